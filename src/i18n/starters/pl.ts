// Polish starters. "Dzień dobry," is the greeting of Polish business mail, with or without a name: a
// first name alone reads too familiar, and "Pani/Panie" needs the sender's gender and the vocative of
// their name, neither of which is known. The body is formal and gender-neutral for both sides: it
// addresses the reader as "Państwo" (as Polish companies write to customers) and keeps the writer's
// verbs out of the gendered past tense. The next line after the greeting starts with a capital letter;
// no comma after the close ("Pozdrawiam", "Z poważaniem"), and a Polish signature gives the full name.
import { type StarterSet, SUBJECT, signOff } from './types';

const greeting = 'Dzień dobry,';
const quotedSubject = `„${SUBJECT}”`;

export const pl: StarterSet = {
  templates: {
    acknowledge: {
      name: 'Potwierdzenie otrzymania',
      body: [
        greeting,
        '',
        `Dziękuję za Państwa wiadomość{% if subject %} w sprawie ${quotedSubject}{% endif %}. Dotarła do mnie i już się nią zajmuję.`,
        '',
        'Pełną odpowiedź prześlę w ciągu **dwóch dni roboczych**. Jeśli w międzyczasie coś się u Państwa zmieni, wystarczy odpowiedzieć na tę wiadomość.',
        '',
        signOff('Pozdrawiam', 'me.name', 'me.first_name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['potwierdzenie', 'wsparcie'],
    },
    details: {
      name: 'Prośba o brakujące informacje',
      body: [
        greeting,
        '',
        'Dziękuję za kontakt. Aby pomóc, potrzebuję kilku informacji. Proszę o przesłanie:',
        '',
        '1. numeru zamówienia lub konta, którego dotyczy sprawa',
        '2. opisu, czego się Państwo spodziewali i co wydarzyło się zamiast tego',
        '3. zrzutu ekranu, jeśli to możliwe',
        '',
        'Gdy tylko je otrzymam, zajmę się sprawą.',
        '',
        signOff('Pozdrawiam', 'me.name', 'me.first_name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['informacje', 'wsparcie'],
    },
    decline: {
      name: 'Uprzejma odmowa',
      body: [
        greeting,
        '',
        'Dziękuję za pamięć o mnie i za tak jasne przedstawienie sprawy. Po starannym namyśle tym razem muszę odmówić: nie mam teraz możliwości poświęcić jej tyle uwagi, na ile zasługuje.',
        '',
        'Życzę powodzenia i mam nadzieję, że w przyszłości znów będą Państwo o mnie pamiętać.',
        '',
        signOff('Z poważaniem', 'me.name', 'me.first_name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['odmowa'],
    },
    followUp: {
      name: 'Przypomnienie',
      body: [
        greeting,
        '',
        `Uprzejmie przypominam o {% if subject %}wiadomości ${quotedSubject}{% else %}mojej ostatniej wiadomości{% endif %}. Czy mieli Państwo okazję się z nią zapoznać?`,
        '',
        'Jeśli łatwiej będzie omówić to telefonicznie, proszę podać dogodny termin, a zadzwonię.',
        '',
        signOff('Dziękuję i pozdrawiam', 'me.name', 'me.first_name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: 'Uprzejme przypomnienie',
      mode: 'reply',
      tags: ['przypomnienie'],
    },
  },
  newTemplateBody: [greeting, '', '', '', signOff('Pozdrawiam', 'me.name', 'me.first_name')].join('\n'),
};
