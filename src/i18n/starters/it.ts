// Italian starters. The body gives "Lei" (formal, with the courtesy capitals business mail keeps: La, Le,
// Suo): the safe default for customers and partners. The greeting is "Buongiorno <nome>,", "Buongiorno,"
// when the sender gives no name a person goes by (no "Gentile/Gentilissimo": it would need the sender's
// gender); the next line starts in upper case, as Italian mail usually writes it. The close is
// "Cordiali saluti," ("Distinti saluti," and the full name under the decline).
import { type StarterSet, SUBJECT, signOff } from './types';

const buongiorno =
  '{% if sender.first_name %}Buongiorno {{ sender.first_name }},{% else %}Buongiorno,{% endif %}';
const quotedSubject = `«${SUBJECT}»`;

export const it: StarterSet = {
  templates: {
    acknowledge: {
      name: 'Conferma di ricezione, risposta in arrivo',
      body: [
        buongiorno,
        '',
        `La ringrazio per il Suo messaggio{% if subject %} su ${quotedSubject}{% endif %}. L’ho ricevuto e me ne sto occupando.`,
        '',
        'Riceverà una risposta completa entro **due giorni lavorativi**. Se nel frattempo cambia qualcosa da parte Sua, risponda pure a questa email.',
        '',
        signOff('Cordiali saluti,', 'me.first_name', 'me.name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['ricezione', 'assistenza'],
    },
    details: {
      name: 'Richiesta dei dati mancanti',
      body: [
        buongiorno,
        '',
        'La ringrazio per avermi scritto. Per poterLa aiutare, potrebbe inviarmi:',
        '',
        '1. il numero dell’ordine o dell’account a cui si riferisce',
        '2. che cosa si aspettava che succedesse e che cosa è successo invece',
        '3. uno screenshot, se ne ha uno',
        '',
        'Appena avrò queste informazioni, me ne occuperò.',
        '',
        signOff('Un cordiale saluto,', 'me.first_name', 'me.name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['dati', 'assistenza'],
    },
    decline: {
      name: 'Rifiuto cortese',
      body: [
        buongiorno,
        '',
        'La ringrazio per aver pensato a me e per avermi spiegato tutto con tanta chiarezza. Ci ho riflettuto con attenzione e questa volta devo rinunciare: non potrei dedicarci l’attenzione che merita.',
        '',
        'Le auguro che tutto vada per il meglio e spero che vorrà pensare a me anche in futuro.',
        '',
        signOff('Distinti saluti,', 'me.name', 'me.first_name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['rifiuto'],
    },
    followUp: {
      name: 'Sollecito',
      body: [
        buongiorno,
        '',
        `Le scrivo per riprendere {% if subject %}${quotedSubject}{% else %}il mio ultimo messaggio{% endif %}. Ha avuto modo di darci un’occhiata?`,
        '',
        'Se preferisce parlarne a voce, mi indichi un orario che Le è comodo e La chiamo io.',
        '',
        signOff('Grazie e cordiali saluti,', 'me.first_name', 'me.name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: 'Gentile sollecito',
      mode: 'reply',
      tags: ['sollecito'],
    },
  },
  newTemplateBody: [buongiorno, '', '', '', signOff('Cordiali saluti,', 'me.first_name', 'me.name')].join(
    '\n',
  ),
};
