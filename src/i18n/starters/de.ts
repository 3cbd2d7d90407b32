// German starters. The body says "Sie" (formal: the safe default for mail to customers and partners).
// The greeting is "Hallo <first name>," as most German business mail greets a contact it knows by first
// name; "Guten Tag," when the sender gives no name a person goes by. No "Herr"/"Frau": the sender's
// gender is not known. After the greeting's comma the next line starts in lower case, as German writes it.
import { type StarterSet, SUBJECT, signOff } from './types';

const hallo = '{% if sender.first_name %}Hallo {{ sender.first_name }},{% else %}Guten Tag,{% endif %}';
const quotedSubject = `„${SUBJECT}“`;

export const de: StarterSet = {
  templates: {
    acknowledge: {
      name: 'Eingang bestätigen, Antwort folgt',
      body: [
        hallo,
        '',
        `vielen Dank für Ihre Nachricht{% if subject %} zu ${quotedSubject}{% endif %}. Sie ist bei mir angekommen, und ich kümmere mich darum.`,
        '',
        'Eine vollständige Antwort erhalten Sie innerhalb von **zwei Werktagen**. Falls sich bei Ihnen in der Zwischenzeit etwas ändert, antworten Sie einfach auf diese E-Mail.',
        '',
        signOff('Viele Grüße', 'me.first_name', 'me.name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['eingang', 'support'],
    },
    details: {
      name: 'Fehlende Angaben erfragen',
      body: [
        hallo,
        '',
        'danke, dass Sie sich melden. Damit ich Ihnen helfen kann, schicken Sie mir bitte:',
        '',
        '1. die Bestell- oder Kundennummer, um die es geht',
        '2. was Sie erwartet haben und was stattdessen passiert ist',
        '3. einen Screenshot, falls Sie einen haben',
        '',
        'Sobald ich die Angaben habe, kümmere ich mich darum.',
        '',
        signOff('Viele Grüße', 'me.first_name', 'me.name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['angaben', 'support'],
    },
    decline: {
      name: 'Höflich absagen',
      body: [
        hallo,
        '',
        'vielen Dank, dass Sie an mich gedacht und alles so klar erklärt haben. Ich habe es mir gründlich überlegt und sage dieses Mal ab: Ich könnte der Sache nicht die Aufmerksamkeit geben, die sie verdient.',
        '',
        'Ich wünsche Ihnen viel Erfolg und freue mich, wenn Sie künftig wieder an mich denken.',
        '',
        signOff('Mit freundlichen Grüßen', 'me.name', 'me.first_name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['absage'],
    },
    followUp: {
      name: 'Nachfassen',
      body: [
        hallo,
        '',
        `ich wollte noch einmal wegen {% if subject %}${quotedSubject}{% else %}meiner letzten Nachricht{% endif %} nachfragen. Hatten Sie schon Gelegenheit, es sich anzusehen?`,
        '',
        'Wenn es einfacher ist, das kurz zu besprechen, nennen Sie mir gern einen passenden Termin, und ich rufe Sie an.',
        '',
        signOff('Danke und viele Grüße', 'me.first_name', 'me.name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: 'Nachfrage',
      mode: 'reply',
      tags: ['nachfassen'],
    },
  },
  newTemplateBody: [hallo, '', '', '', signOff('Viele Grüße', 'me.first_name', 'me.name')].join('\n'),
};
