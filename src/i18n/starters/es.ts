// Spanish starters, for Spain and Latin America alike. The body says "usted" (formal: the safe default for
// mail to customers and partners, and what a decline needs). The greeting is "Hola, <nombre>:" with the
// vocative comma and the colon Spanish letters use, the next line starting in upper case; "Buenos días:"
// when the sender gives no name a person goes by. The subject is quoted with «», as the catalogue does.
import { type StarterSet, SUBJECT, signOff } from './types';

const hola = '{% if sender.first_name %}Hola, {{ sender.first_name }}:{% else %}Buenos días:{% endif %}';
const quotedSubject = `«${SUBJECT}»`;

export const es: StarterSet = {
  templates: {
    acknowledge: {
      name: 'Acuse de recibo, respuesta pendiente',
      body: [
        hola,
        '',
        `Gracias por su mensaje{% if subject %} sobre ${quotedSubject}{% endif %}. Lo he recibido y ya me estoy ocupando de ello.`,
        '',
        'Tendrá una respuesta completa en un plazo de **dos días hábiles**. Si mientras tanto cambia algo por su parte, basta con que responda a este correo.',
        '',
        signOff('Saludos cordiales,', 'me.first_name', 'me.name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['recibido', 'soporte'],
    },
    details: {
      name: 'Pedir los datos que faltan',
      body: [
        hola,
        '',
        'Gracias por ponerse en contacto. Para poder ayudarle, ¿podría enviarme lo siguiente?',
        '',
        '1. el número de pedido o de cuenta al que se refiere',
        '2. qué esperaba que ocurriera y qué ocurrió en su lugar',
        '3. una captura de pantalla, si la tiene',
        '',
        'En cuanto tenga estos datos, me pondré con ello.',
        '',
        signOff('Un saludo,', 'me.first_name', 'me.name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['datos', 'soporte'],
    },
    decline: {
      name: 'Declinar con cortesía',
      body: [
        hola,
        '',
        'Muchas gracias por pensar en mí y por tomarse el tiempo de explicarlo con tanta claridad. Lo he pensado detenidamente y esta vez voy a decir que no: no podría dedicarle la atención que merece.',
        '',
        'Le deseo que todo salga bien, y no dude en contar conmigo en el futuro.',
        '',
        signOff('Atentamente,', 'me.name', 'me.first_name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['declinar'],
    },
    followUp: {
      name: 'Seguimiento',
      body: [
        hola,
        '',
        `Le escribo de nuevo en relación con {% if subject %}${quotedSubject}{% else %}mi último mensaje{% endif %}. ¿Ha tenido ocasión de revisarlo?`,
        '',
        'Si le resulta más fácil hablarlo, respóndame con una hora que le venga bien y le llamo.',
        '',
        signOff('Gracias,', 'me.first_name', 'me.name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: 'Seguimiento',
      mode: 'reply',
      tags: ['seguimiento'],
    },
  },
  newTemplateBody: [hola, '', '', '', signOff('Saludos cordiales,', 'me.first_name', 'me.name')].join('\n'),
};
