// Dutch starters. The body says "u" (formal: still the safe default for mail to customers and partners,
// though the UI says "je" as Google's Dutch UI does). The greeting is "Beste <voornaam>," or "Goedendag,"
// when the sender gives no name a person goes by; no "heer"/"mevrouw" (the sender's gender is not known).
// After the greeting's comma the next line starts with a capital, as Dutch writes it. The sign-off is
// "Met vriendelijke groet," with the first name (the full name for the decline).
import { type StarterSet, SUBJECT, signOff } from './types';

const beste = '{% if sender.first_name %}Beste {{ sender.first_name }},{% else %}Goedendag,{% endif %}';
const quotedSubject = `‘${SUBJECT}’`;

export const nl: StarterSet = {
  templates: {
    acknowledge: {
      name: 'Ontvangst bevestigen, antwoord volgt',
      body: [
        beste,
        '',
        `Bedankt voor uw bericht{% if subject %} over ${quotedSubject}{% endif %}. Ik heb het ontvangen en zoek het voor u uit.`,
        '',
        'U krijgt binnen **twee werkdagen** een volledig antwoord. Verandert er in de tussentijd iets aan uw kant, beantwoord dan gewoon deze e-mail.',
        '',
        signOff('Met vriendelijke groet,', 'me.first_name', 'me.name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['ontvangst', 'support'],
    },
    details: {
      name: 'Ontbrekende gegevens vragen',
      body: [
        beste,
        '',
        'Bedankt dat u contact opneemt. Om u te kunnen helpen, wilt u mij het volgende sturen?',
        '',
        '1. het order- of klantnummer waar het om gaat',
        '2. wat u verwachtte en wat er in plaats daarvan gebeurde',
        '3. een schermafbeelding, als u die hebt',
        '',
        'Zodra ik deze gegevens heb, ga ik ermee aan de slag.',
        '',
        signOff('Met vriendelijke groet,', 'me.first_name', 'me.name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['gegevens', 'support'],
    },
    decline: {
      name: 'Beleefd afwijzen',
      body: [
        beste,
        '',
        'Bedankt dat u aan mij dacht en dat u de tijd nam om het zo duidelijk uit te leggen. Ik heb er goed over nagedacht en zeg deze keer nee: ik zou er niet de aandacht aan kunnen geven die het verdient.',
        '',
        'Ik wens u er veel succes mee en hoop dat u in de toekomst weer aan mij denkt.',
        '',
        signOff('Met vriendelijke groet,', 'me.name', 'me.first_name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['afwijzing'],
    },
    followUp: {
      name: 'Opvolgen',
      body: [
        beste,
        '',
        `Ik kom even terug op {% if subject %}${quotedSubject}{% else %}mijn vorige bericht{% endif %}. Hebt u al de gelegenheid gehad ernaar te kijken?`,
        '',
        'Als het makkelijker is om het even door te spreken, laat me dan weten wanneer het u uitkomt, dan bel ik u.',
        '',
        signOff('Alvast bedankt,', 'me.first_name', 'me.name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: 'Opvolging',
      mode: 'reply',
      tags: ['opvolgen'],
    },
  },
  newTemplateBody: [beste, '', '', '', signOff('Met vriendelijke groet,', 'me.first_name', 'me.name')].join(
    '\n',
  ),
};
