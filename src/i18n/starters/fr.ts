// French starters. The body says "vous" (the norm for mail to customers and partners). The greeting is
// "Bonjour <prénom>," or a bare "Bonjour," when the sender gives no name a person goes by; no
// "Monsieur"/"Madame" (the sender's gender is not known). The sign-off is "Cordialement," with the
// first name ("Bien cordialement," and the full name for the decline). French typography: a no-break
// space before ? : ; ! and inside « ».
import { type StarterSet, SUBJECT, signOff } from './types';

const bonjour = '{% if sender.first_name %}Bonjour {{ sender.first_name }},{% else %}Bonjour,{% endif %}';
const quotedSubject = `«\u00a0${SUBJECT}\u00a0»`;

export const fr: StarterSet = {
  templates: {
    acknowledge: {
      name: 'Accusé de réception, réponse à suivre',
      body: [
        bonjour,
        '',
        `Merci pour votre message{% if subject %} concernant ${quotedSubject}{% endif %}. Je l’ai bien reçu et je m’en occupe.`,
        '',
        'Vous aurez une réponse complète sous **deux jours ouvrés**. Si quelque chose change de votre côté d’ici là, il vous suffit de répondre à cet e-mail.',
        '',
        signOff('Cordialement,', 'me.first_name', 'me.name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['accusé-de-réception', 'support'],
    },
    details: {
      name: 'Demander les informations manquantes',
      body: [
        bonjour,
        '',
        'Merci de m’avoir écrit. Pour que je puisse vous aider, pourriez-vous m’envoyer\u00a0:',
        '',
        '1. le numéro de commande ou de compte concerné\u00a0;',
        '2. ce que vous attendiez, et ce qui s’est passé à la place\u00a0;',
        '3. une capture d’écran, si vous en avez une.',
        '',
        'Dès que j’aurai ces éléments, je m’en occuperai.',
        '',
        signOff('Cordialement,', 'me.first_name', 'me.name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['informations', 'support'],
    },
    decline: {
      name: 'Refus poli',
      body: [
        bonjour,
        '',
        'Merci d’avoir pensé à moi, et d’avoir pris le temps de tout expliquer aussi clairement. J’y ai bien réfléchi et je vais décliner cette fois-ci\u00a0: je ne pourrais pas y consacrer l’attention que cela mérite.',
        '',
        'Je vous souhaite pleine réussite, et n’hésitez pas à penser à moi à l’avenir.',
        '',
        signOff('Bien cordialement,', 'me.name', 'me.first_name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['refus'],
    },
    followUp: {
      name: 'Relance',
      body: [
        bonjour,
        '',
        `Je me permets de revenir vers vous au sujet de {% if subject %}${quotedSubject}{% else %}mon dernier message{% endif %}. Avez-vous eu l’occasion d’y jeter un œil\u00a0?`,
        '',
        'S’il est plus simple d’en parler de vive voix, indiquez-moi un créneau qui vous convient et je vous appellerai.',
        '',
        signOff('Merci d’avance,', 'me.first_name', 'me.name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: 'Relance',
      mode: 'reply',
      tags: ['relance'],
    },
  },
  newTemplateBody: [bonjour, '', '', '', signOff('Cordialement,', 'me.first_name', 'me.name')].join('\n'),
};
