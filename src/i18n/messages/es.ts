// Spanish (es). Gmail's own words: Responder, Responder a todos, Borrador.
import type { Catalogue } from '../types';

export const es = (): Catalogue => ({
  // Gmail: "El lun, 15 ene 2025 a las 17:03, Name (<a@b>) escribió:"
  'quote.wrote': 'El {date}, {who} escribió:',
  'quote.wroteNoDate': '{who} escribió:',
  'quote.unknownSender': 'un remitente desconocido',

  'list.separator': ', ',
  'list.and': '{first} y {last}',
  'list.more': { one: '{first} y {count} más', other: '{first} y {count} más' },

  'mode.reply': 'Responder',
  'mode.reply-all': 'Responder a todos',
  'mode.reply-list': 'Responder a la lista',
  'card.reply.header': 'Respuesta',
  'card.reply.to': 'Responder a',
  'card.reply.includeQuote': 'Incluir el mensaje original',
  'card.reply.includeAttachments': 'Incluir los archivos adjuntos originales ({count})',
  'card.reply.addCc': 'Añadir Cc',
  'card.reply.addBcc': 'Añadir Cco',
  'card.reply.addressesHint': 'Direcciones separadas por comas',
  'card.draft.header': 'El borrador',
  'card.draft.to': 'Para',
  'card.draft.cc': 'Cc',
  'card.draft.bcc': 'Cco',
  'card.draft.subject': 'Asunto',
  'card.warning.blocking': 'Sin borrador',
  'card.warning.check': 'Revisar',
  'card.warning.note': 'Nota',
  'card.createDraft': 'Crear borrador',
  'card.templates.header': 'Plantillas',
  'card.templates.none': 'Aún no hay plantillas: crea una en tu biblioteca.',
  'card.templates.draft': 'Borrador',
  'card.templates.draftAlt': 'Borrador «{name}»',
  'card.templates.all': 'Todas las plantillas ({count})',
  'card.templates.manage': 'Gestionar plantillas',

  'warning.nobody': 'Esta respuesta ya no tiene destinatarios.',
  'warning.nobody.noList': 'Este mensaje no indica ninguna dirección de lista de correo a la que responder.',
  'warning.nobody.onlyMe': 'Enviaste este mensaje solo a ti, así que una respuesta no llegaría a nadie más.',
  'warning.nobody.noSender': 'El mensaje no tiene remitente, así que no hay nadie a quien responder.',
  'warning.nobody.invalidSender':
    'El remitente «{sender}» no es una dirección válida, así que no hay nadie a quien responder.',
  'warning.nobody.fromMe':
    'Este mensaje llegó de una de tus propias direcciones, así que una respuesta no llegaría a nadie más.',
  'warning.invalidRecipients': {
    one: 'Se omitió {count} dirección no válida: {names}.',
    other: 'Se omitieron {count} direcciones no válidas: {names}.',
  },
  'warning.tooManyRecipients':
    'Esta respuesta iría a {count} personas, y Gmail permite como máximo {max} por mensaje. Quita algunas de Cc o Cco, o elige Responder para contestar solo al remitente.',
  'warning.manyRecipients': 'Esta respuesta va a {count} personas.',
  'warning.externalRecipients': {
    one: '{count} destinatario externo (fuera de {domain}).',
    other: '{count} destinatarios externos (fuera de {domain}).',
  },
  'warning.replyTo.toMe':
    'El mensaje pide que las respuestas vayan a ti (Reply-To), así que esta respuesta va a {sender}.',
  'warning.replyTo.others': 'El mensaje pide que las respuestas vayan a {names} (Reply-To), no a {sender}.',
  'warning.theSender': 'el remitente',
});
