// Spanish (es), for Spain and Latin America alike. Gmail's own words: Responder, Responder a todos,
// Borrador, Cc, Cco, Asunto, Configuración, Plantillas, Etiquetas. The UI says "tú", as Google's does.
// One word each: plantilla (template), borrador (draft), biblioteca (library).
import type { Catalogue } from '../types';
import { esEditor } from './es/editor';
import { esLibrary } from './es/library';

export const es = (): Catalogue => ({
  ...esLibrary(),
  ...esEditor(),

  // Gmail: "El lun, 15 ene 2025 a las 17:03, Name (<a@b>) escribió:"
  'quote.wrote': 'El {date}, {who} escribió:',
  'quote.wroteNoDate': '{who} escribió:',
  'quote.unknownSender': 'un remitente desconocido',
  'quote.cutNote':
    '[Threadsmith ha omitido el resto del original: Gmail limita un mensaje a 200 KB. El original sigue en la conversación.]',

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
  'card.templates.hasError': 'Tiene un error: ábrela para verlo',
  'card.templates.asksFor': 'Pide {fields}',

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

  'warning.unknownUser':
    'Gmail no le dio a Threadsmith tu dirección de correo, así que no puede dejarte fuera de la respuesta. Threadsmith necesita permiso para ver tu dirección: si lo rechazaste, quita el acceso de Threadsmith en myaccount.google.com/permissions, vuelve a abrirlo y permítelo.',
  'warning.repeatedHeader':
    'Este mensaje tiene más de una línea {header}, y el correo solo admite una: se usa la primera.',
  'warning.noMessageId':
    'El mensaje original no tiene Message-ID, así que el cliente de correo del destinatario quizá no agrupe esta respuesta en la conversación (en tu Gmail sí se agrupa).',
  'warning.attachmentsTooLarge':
    'Los archivos adjuntos que hay que llevar suman {total}, más que el límite de {max} de Gmail: {names}. Desactiva los archivos adjuntos originales o la cita para crear el borrador.',
  'warning.attachmentsMissing': {
    one: 'Gmail ya no muestra {names} en este mensaje, así que el borrador va sin ese archivo.',
    other: 'Gmail ya no muestra {names} en este mensaje, así que el borrador va sin esos archivos.',
  },
  'warning.bodyTooLarge':
    'El texto de la respuesta supera el límite de 200 KB por mensaje de Gmail. Acórtalo para crear el borrador.',
  'warning.quotePlain':
    'El original es demasiado grande para citarlo con su formato (Gmail limita un mensaje a 200 KB), así que se cita como texto sin formato.',
  'warning.quoteCut':
    'El original es demasiado grande para citarlo entero (Gmail limita un mensaje a 200 KB): se cita su principio como texto sin formato, con una nota donde se corta.',
  'warning.subjectByGmail':
    'El asunto supera los {max} caracteres que Threadsmith puede poner, así que lo escribe Gmail.',
  'warning.repliesToEarlier':
    'Gmail enviaría a tu propia dirección una respuesta a tu mensaje, así que este borrador responde al mensaje que {names} envió el {date}, en la misma conversación.',
  'warning.repliesToEarlier.noName':
    'Gmail enviaría a tu propia dirección una respuesta a tu mensaje, así que este borrador responde al mensaje anterior, del {date}, en la misma conversación.',
  'warning.notThreaded.unreadable':
    'No se puede leer con fiabilidad el Reply-To o el From del mensaje, así que Threadsmith pone los destinatarios del borrador: empieza una conversación nueva con el mismo asunto.',
  'warning.notThreaded':
    'Los complementos de Gmail solo pueden dirigir una respuesta en la conversación al remitente, así que este borrador empieza una conversación nueva con el mismo asunto.',

  'card.recipients.none': '—',
  'card.recipients.more': '{names} y {count} más',
  'card.open': 'Abrir',

  // The compose card (src/i18n/en/compose.ts).
  'compose.header': 'Insertar una plantilla',
  'compose.search': 'Buscar plantillas',
  'compose.searchHint': 'Nombre, etiqueta o texto',
  'compose.for': 'Para',
  'compose.noRecipients': 'Aún no hay destinatarios',
  'compose.check': 'Revisar',
  'compose.templates': 'Plantillas',
  'compose.emptyLibrary':
    'Tu biblioteca de plantillas está vacía. Abre Threadsmith desde el panel lateral de Gmail (sin ningún mensaje abierto) y elige {button} para escribir la primera.',
  'compose.newTemplate': 'Nueva plantilla',
  'compose.noMatch': 'Ninguna plantilla coincide con «{query}».',
  'compose.empty': '(sin texto)',
  'compose.team': 'Equipo',
  'compose.more': '{count} más: afina la búsqueda.',
  'compose.preview.subtitle': 'Vista previa para este borrador',
  'compose.addsCc': 'Añade en Cc',
  'compose.addsBcc': 'Añade en Cco',
  'compose.subject': 'Asunto',
  'compose.setSubject': 'Poner «{subject}» como asunto',
  'compose.setSubjectHint': 'Desactívalo en una respuesta: si cambia el asunto, se rompe la conversación.',
  'compose.problem': 'Esta plantilla tiene un problema',
  'compose.text': 'Texto',
  'compose.insert': 'Insertar',
  'compose.insertWaiting': {
    one: 'Insertar (falta {count} valor)',
    other: 'Insertar (faltan {count} valores)',
  },
  'compose.warning.notAddress': 'No es una dirección de correo, se deja como está: {names}',
  'compose.warning.templateNotAddress':
    '«{value}», de la plantilla, no es una dirección de correo y se omite.',
  'compose.warning.unknownCc':
    'Gmail no le indicó a Threadsmith el Cc de este borrador, así que Insertar lo deja como está: añade tú {emails} en Cc.',
  'compose.warning.unknownBcc':
    'Gmail no le indicó a Threadsmith el Cco de este borrador, así que Insertar lo deja como está: añade tú {emails} en Cco.',

  // The error card (src/i18n/en/errors.ts).
  'error.reference': 'Referencia: {reference}',
  'error.title': 'Threadsmith no puede hacer eso',
  'error.unexpected.title': 'Se ha producido un error',
  'error.unexpected':
    'Threadsmith ha tenido un problema inesperado. Vuelve a intentarlo; si sigue pasando, envíanos la referencia de abajo.',
  'error.oldButton':
    'Ese botón es de una versión anterior de Threadsmith. Vuelve a abrir el mensaje e inténtalo de nuevo.',
  'error.noDraft.title': 'No se ha creado el borrador',
  'error.cardChanged':
    'La respuesta ha cambiado desde que se mostró esta tarjeta. No se ha creado nada: cambia cualquier opción de la tarjeta para actualizarla y vuelve a crear el borrador.',
  'error.noSender.title': 'Sin remitente',
  'error.noSender':
    'Este mensaje no tiene dirección de remitente (falta su línea From o no se puede leer), así que no hay nadie a quien responder.',
  'error.draftMayExist.title': 'Revisa la carpeta Borradores',
  'error.draftMayExist':
    'Gmail no ha confirmado el borrador, pero puede que se haya creado igualmente. Mira en la carpeta Borradores antes de volver a intentarlo para no acabar con dos copias.',
  'error.noMessage.title': 'Ningún mensaje abierto',
  'error.noMessage':
    'Threadsmith trabaja con el mensaje que tienes abierto, y esta solicitud no indicaba cuál. Abre un mensaje en Gmail y vuelve a intentarlo.',
  'error.accessExpired.title': 'El acceso al mensaje ha caducado',
  'error.accessExpired':
    'Gmail no ha dejado que Threadsmith lea este mensaje (puede que el acceso haya caducado). Cierra el mensaje, vuelve a abrirlo e inténtalo de nuevo.',
  'error.notReadable.title': 'No se puede leer el mensaje',
  'error.notReadable':
    'Gmail no ha dejado que Threadsmith lea este mensaje: puede que se haya eliminado o movido, o que Gmail tenga problemas. Cierra el mensaje, vuelve a abrirlo e inténtalo de nuevo.',
  'error.notFound.title': 'No se encuentra el mensaje',
  'error.notFound': 'Este mensaje ya no existe: puede que se haya eliminado. Abre otro mensaje.',
  // The template store, Settings and the team library refuse (src/i18n/en/errors.ts).
  'error.store.conflict.title': 'Plantilla cambiada en otro lugar',
  'error.store.changed':
    '«{name}» se ha cambiado en otra ventana desde que la abriste. Tus cambios no se han guardado: cópialos, vuelve a abrir la plantilla y aplícalos de nuevo.',
  'error.store.deleted':
    '«{name}» se ha eliminado en otra ventana desde que la abriste. Tus cambios no se han guardado: cópialos y crea una plantilla nueva.',
  'error.store.nameTaken.title': 'Nombre ya en uso',
  'error.store.nameTaken': 'Ya tienes una plantilla llamada «{name}». Elige otro nombre.',
  'error.store.namesTaken':
    'Estos nombres ya están en uso (no basta con cambiar mayúsculas y minúsculas): {names}.',
  'error.store.quoted': '«{name}»',
  'error.store.full.title': 'Biblioteca de plantillas llena',
  'error.store.full':
    '{what} {needed}, pero solo quedan libres {free} de tus {limit}. Elimina o acorta algunas plantillas y vuelve a intentarlo.',
  'error.store.needs.template': 'Esta plantilla necesita',
  'error.store.needs.copy': 'La copia necesita',
  'error.store.needs.upgrade': 'Pasar tus plantillas al nuevo formato de almacenamiento requiere',
  'error.store.needs.change': 'Este cambio necesita',
  'error.store.needs.import': { one: 'Esta plantilla necesita', other: 'Estas {count} plantillas necesitan' },
  'error.store.needs.settings': 'Tu configuración necesita',
  'error.store.needs.importedSettings': 'Esta configuración necesita',
  'error.store.needs.starters': 'Las plantillas de inicio necesitan',
  'error.store.kb': '{size} KB',
  'error.store.tooLarge.title': 'Plantilla demasiado grande',
  'error.store.tooLarge':
    'El nombre, el asunto, Cc, Cco y las etiquetas de esta plantilla ocupan {size}; en total pueden ocupar como máximo {max}. Acórtalos y vuelve a intentarlo.',
  'error.store.notFound.title': 'No se encuentra la plantilla',
  'error.store.notFound': 'Esa plantilla ya no existe: puede que se haya eliminado en otra ventana.',
  'error.store.damaged.title': 'Plantilla dañada',
  'error.store.damaged':
    '«{name}» está dañada y no se puede cambiar. Copia su texto desde la lista Dañadas, elimínala allí y vuelve a crearla.',
  'error.store.busy.title': 'Guardado en curso',
  'error.store.busy':
    'Tus plantillas se están guardando en otra ventana. No se ha cambiado nada; vuelve a intentarlo en un momento.',
  'error.store.newer.title': 'Se necesita una actualización',
  'error.store.newer':
    'Tus plantillas se guardaron con una versión más reciente de Threadsmith (formato de almacenamiento {found}; esta versión admite el {known}). Se pueden leer, pero no cambiar hasta que se actualice el complemento.',
  'error.settings.tooLarge.title': 'Configuración demasiado grande',
  'error.settings.tooLarge':
    'Esta configuración ocupa {size}; caben como máximo {max}. Quita algunas direcciones y vuelve a intentarlo.',
  'error.team.changed':
    'Otra persona guardó «{name}» en la biblioteca del equipo después de que la abrieras, así que tus cambios no se han guardado. Lo que escribiste sigue abajo: cópialo, abre la versión guardada y vuelve a aplicar tu cambio.',
  'error.team.deleted':
    'Otra persona eliminó «{name}» de la biblioteca del equipo después de que la abrieras, así que tus cambios no se han guardado. Lo que escribiste sigue abajo: cópialo si quieres conservarlo.',
  'error.team.readOnly.title': 'Solo lectura',
  'error.team.readOnly':
    'Puedes usar la biblioteca del equipo «{file}», pero no cambiarla: solo puede hacerlo quien tiene acceso de edición al archivo en Drive. Pide acceso de edición a su propietario o copia la plantilla a las tuyas.',
  'error.team.unavailable.title': 'Biblioteca del equipo no disponible',
  'error.team.nameTaken':
    'La biblioteca del equipo ya tiene una plantilla llamada «{name}». Elige otro nombre.',

  // Template problems (src/i18n/en/lint.ts): Liquid comes in as params, never translated.
  'lint.parse.unknownTag': 'Etiqueta desconocida {tag}',
  'lint.parse.unavailableTag': '{tag} no está disponible en las plantillas',
  'lint.parse.unknownFilter': 'Filtro desconocido "{filter}"',
  'lint.parse.unclosed': '{tag} no está cerrada: añade {end}',
  'lint.parse.unclosedOutput': '"{open}" no está cerrado: añade "{close}"',
  'lint.parse.unclosedTag': '"{open}" no está cerrado: añade "{close}"',
  'lint.parse.unexpectedTag': '{tag} no se espera aquí',
  'lint.parse.invalid': 'No se ha podido leer la plantilla cerca de "{near}"',
  'lint.parse.inlineComment': 'Cada línea de un comentario {tag} debe empezar por #',
  'lint.parse.tooLong': 'La plantilla es demasiado larga',
  'lint.parse.tooDeep': 'La plantilla tiene demasiados bloques uno dentro de otro: como máximo {count}',
  'lint.render.tooManyPieces':
    'La plantilla se repite demasiado: se detuvo tras {count} partes. Recorre menos elementos (p. ej., {example}).',
  'lint.render.tooLong': 'La plantilla rellenada supera los {count} caracteres',
  'lint.render.tooMuchText': 'La plantilla genera demasiado texto para enviarlo',
  'lint.render.filterArgument': 'El filtro "{filter}" necesita un valor, p. ej., | {filter}: "texto"',
  'lint.render.failed': 'No se ha podido rellenar la plantilla',
  'lint.field.unknown': 'Campo desconocido "{field}"',
  'lint.field.unknownHint': 'Campo desconocido "{field}": ¿querías decir "{hint}"?',
  'lint.field.emptyDefault':
    '"{field}" puede estar vacío en algunos mensajes: añade un valor predeterminado, p. ej., {example}, o se te pedirá',
  'lint.field.emptyIf':
    '"{field}" ({why}): ningún valor predeterminado encaja en su lugar; pon lo que depende de él dentro de {open}…{close}, o se te pedirá',
  'lint.field.why.someMessages': 'puede estar vacío en algunos mensajes',
  'lint.field.why.noCc': 'está vacío si la respuesta no tiene Cc',
  'lint.field.why.noName': 'puede estar vacío hasta que pongas tu nombre en Configuración',
  'lint.link.dropped': 'El enlace a "{href}" se quedará como texto: solo se envían enlaces https: y mailto:',
});
