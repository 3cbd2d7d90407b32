// Spanish (es): the library, All templates, import and export, the team library (src/i18n/en/library.ts).
// A function like ../es.ts, so a click parses it only for a Spanish user.
import type { Catalogue } from '../../types';

export const esLibrary = (): Catalogue => ({
  'library.kilobytes': '{size} KB',
  'library.usage': 'En uso: {used} de {limit}',
  'library.header': 'Plantillas',
  'library.new': 'Nueva plantilla',
  'library.import': 'Importar',
  'library.export': 'Exportar',
  'library.noMatch': 'Ninguna plantilla coincide con esta búsqueda.',
  'library.empty': 'Aún no hay plantillas: crea una o importa algunas.',
  'library.damaged.header': 'Dañadas ({count})',
  'library.damaged.intro':
    'Estas entradas guardadas no se han podido leer; tus otras plantillas no se ven afectadas. Abre una para copiar su texto y después elimínala.',
  'library.damaged.noName': '(sin nombre legible)',
  'library.damaged.more': '{count} más: elimina algunas de estas para ver el resto',
  'library.footer':
    '{usage} de tu espacio para plantillas. Abre un mensaje para usar una plantilla: su tarjeta muestra las que encajan, primero las sugeridas. {phone}',
  'library.phoneNote':
    'En las aplicaciones de Gmail para Android e iOS, usa Borrador en la tarjeta de un mensaje; insertar una plantilla en un mensaje que estás escribiendo funciona en Gmail para la Web.',
  'library.settings': 'Configuración',
  'library.settingsHint': 'Tu nombre para las plantillas y tus otras direcciones',
  'library.justSaved': 'Recién guardada',
  'library.justSavedCheck': 'Recién guardada · {check}',

  'rows.templates': { one: '{count} plantilla', other: '{count} plantillas' },
  'rows.matching': {
    one: '{count} plantilla coincide con «{query}»',
    other: '{count} plantillas coinciden con «{query}»',
  },
  'rows.showing': 'Mostrando {first}–{last} de {total}',
  'rows.showingMore': 'Mostrando {first}–{last} de {total} · {rest} más: afina la búsqueda',
  'rows.previous': 'Anterior',
  'rows.next': 'Siguiente',
  'rows.search': 'Buscar plantillas',
  'rows.searchHint': 'Palabras del nombre, las etiquetas o el texto',
  'rows.team': 'Equipo',
  'all.header': 'Todas las plantillas',
  'all.subtitle': 'Primero las sugeridas',
  'all.empty': 'Aún no hay plantillas: crea una en tu biblioteca.',

  'import.header': 'Importar plantillas',
  'import.nothing': 'No se ha importado nada',
  'import.intro':
    'Pega una exportación de Threadsmith (o una lista de plantillas con nombre y texto). Antes se revisan todas: o se añaden todas, o ninguna.',
  'import.json': 'Plantillas en JSON',
  'import.button': 'Importar',
  'import.pasteFirst': 'Primero pega el JSON de una exportación.',
  'import.moreProblems': '… y {count} problemas más',
  'import.refused': 'No se ha importado nada: consulta la tarjeta',
  'import.nothingNew': {
    one: 'Nada nuevo: esa plantilla ya está en tu biblioteca',
    other: 'Nada nuevo: las {count} plantillas ya están en tu biblioteca',
  },
  'import.done': { one: 'Se ha importado {count} plantilla', other: 'Se han importado {count} plantillas' },
  'import.doneSkipped': {
    one: 'Se ha importado {count} plantilla (ya había {already})',
    other: 'Se han importado {count} plantillas (ya había {already})',
  },
  'export.header': 'Exportar plantillas',
  'export.intro': {
    one: '{count} plantilla. Copia el texto de abajo y guárdalo, o pégalo en Importar en otra cuenta.',
    other: '{count} plantillas. Copia el texto de abajo y guárdalo, o pégalo en Importar en otra cuenta.',
  },
  'export.damaged': {
    one: 'No se incluye {count} entrada dañada: ábrela desde la biblioteca para copiar el texto guardado.',
    other:
      'No se incluyen {count} entradas dañadas: ábrelas desde la biblioteca para copiar el texto guardado.',
  },
  'export.json': 'Exportación (JSON)',
  'damaged.header': 'Entrada dañada',
  'damaged.stored': 'Texto guardado (cópialo antes de eliminarla)',
  'damaged.delete': 'Eliminar definitivamente',
  'damaged.deleted': 'Entrada dañada eliminada',
  'damaged.gone': 'Esa entrada ya no está: puede que se haya eliminado en otra ventana.',
  'damaged.notFound': 'No encontrada',
  'library.back': 'Atrás',
  'library.cancel': 'Cancelar',
  'library.stale': '{done}. Vuelve a abrir la biblioteca para ver la lista actualizada.',
  'library.deleted': 'Plantilla eliminada',
  'library.copied': 'Copiada como «{name}»',

  'team.header': 'Biblioteca del equipo',
  'team.empty':
    'Comparte un conjunto de plantillas con tu equipo. Con {create} se crea un archivo en tu Google Drive; después, compártelo con tu equipo desde Drive («Compartir…»). Para unirte a una biblioteca del equipo que alguien ha compartido contigo: abre Google Drive, selecciona el archivo, abre Threadsmith en el panel lateral de Drive y elige {use}.',
  'team.create': 'Crear biblioteca del equipo',
  'team.allowAccess': 'Permitir el acceso',
  'team.stop': 'Dejar de usarla',
  'team.summary': '{name}: {templates}, marcadas como Equipo en tus listas. {access}',
  'team.canEdit': 'Puedes editarlas; tus compañeros ven tus cambios.',
  'team.canUse': 'Puedes usarlas; solo quien puede editar el archivo en Drive puede cambiarlas.',
  'team.stale':
    'Drive no ha respondido ahora mismo: estas son las plantillas del equipo de la última lectura.',
  'team.moreProblems': '… y {count} más',
  'team.problems': {
    one: '{count} entrada del archivo no se puede usar',
    other: '{count} entradas del archivo no se pueden usar',
  },
  'team.problemsOthers': '{problems} (las demás sí):',
  'team.newTemplate': 'Nueva plantilla del equipo',
  'team.copyMine': 'Copiar mis plantillas al equipo',
  'team.share': 'Compartir…',
  'team.yourTemplates': 'Tus plantillas',
  'team.createIntro':
    'Threadsmith crea un archivo en tu Google Drive para las plantillas del equipo. Solo lo ven las personas con las que lo compartas; las que tengan permiso de edición pueden cambiar sus plantillas.',
  'team.name': 'Nombre de la biblioteca del equipo',
  'team.tickToStart':
    'Marca las plantillas con las que empezar (se copian: las tuyas no cambian), o ninguna para empezar vacía.',
  'team.moreLater': '{count} más: cópialas después con «Copiar mis plantillas al equipo».',
  'team.tickToCopy': 'Marca las plantillas que quieres copiar a {team}. Las tuyas no cambian.',
  'team.noneOfYourOwn': 'Aún no tienes plantillas propias.',
  'team.moreSearch': '{count} más: busca en la biblioteca para abrir una.',
  'team.copyHeader': 'Copiar a la biblioteca del equipo',
  'team.copyButton': 'Copiar al equipo',
  'team.subtitle': 'Equipo · {team}',
  'team.readOnly':
    'Una plantilla del equipo: puedes usarla, pero solo quien puede editar la biblioteca del equipo puede cambiarla. Cópiala a tus plantillas para tener tu propia versión.',
  'team.text': 'Texto',
  'team.tags': 'Etiquetas',
  'team.noTags': '(ninguna)',
  'team.copyToMine': 'Copiar a mis plantillas',
  'team.driveHome':
    'Para usar una biblioteca del equipo que alguien ha compartido contigo, selecciona su archivo aquí en Drive (termina en «(Threadsmith team library).json»); este panel te ofrecerá {use}. Para crear una, abre Threadsmith en Gmail: su biblioteca tiene una sección Biblioteca del equipo.',
  'team.use': 'Usar como biblioteca del equipo',

  'team.none': 'No tienes ninguna biblioteca del equipo.',
  'team.notAvailable': 'Biblioteca del equipo no disponible',
  'team.defaultName': 'Plantillas del equipo',
  'team.saved': '«{name}» guardada en la biblioteca del equipo',
  'team.deleted': 'Eliminada de la biblioteca del equipo',
  'team.copiedToMine': 'Copiada a tus plantillas como «{name}»',
  'team.copyName': '{name} (copia del equipo)',
  'team.consent':
    'Una biblioteca del equipo es un archivo de Google Drive, así que Threadsmith necesita tu permiso para ver y cambiar los archivos de Drive que crees o abras con él («drive.file»). No ve ningún otro archivo de tu Drive. Tus propias plantillas funcionan sin este permiso.',
  'team.permission': 'Se necesita permiso',
  'team.nameTooLong': 'El nombre debe ser una sola línea de {max} caracteres como máximo.',
  'team.created': {
    one: 'Se ha creado «{name}» en tu Drive con {count} plantilla. Usa «Compartir…» para compartirla con tu equipo.',
    other:
      'Se ha creado «{name}» en tu Drive con {count} plantillas. Usa «Compartir…» para compartirla con tu equipo.',
  },
  'team.createdEmpty': 'Se ha creado «{name}» en tu Drive. Usa «Compartir…» para compartirla con tu equipo.',
  'team.tickOne': 'Marca al menos una plantilla para copiar.',
  'team.nothingCopied': 'No se ha copiado nada: consulta la tarjeta',
  'team.copied': {
    one: 'Se ha copiado {count} plantilla a la biblioteca del equipo',
    other: 'Se han copiado {count} plantillas a la biblioteca del equipo',
  },
  'team.left': 'Ya no usas la biblioteca del equipo. El archivo sigue en Drive.',
  'team.theFile': 'el archivo',
  'team.isYours':
    'Este archivo es tu biblioteca del equipo. Sus plantillas aparecen en Gmail junto a las tuyas, marcadas como Equipo.',
  'team.askUse':
    '¿Usar este archivo como tu biblioteca del equipo? Sus plantillas aparecerán en Gmail junto a las tuyas, marcadas como Equipo.',
  'team.askUseAccess':
    '¿Usar este archivo como tu biblioteca del equipo? Threadsmith pedirá antes acceso a este archivo solamente; no ve ningún otro archivo de tu Drive.',
  'team.joined':
    'Listo: «{name}» ({templates}) es ahora tu biblioteca del equipo. Abre Gmail: sus plantillas aparecen junto a las tuyas, marcadas como Equipo.',
  'team.joinedViewer':
    'Listo: «{name}» ({templates}) es ahora tu biblioteca del equipo. Abre Gmail: sus plantillas aparecen junto a las tuyas, marcadas como Equipo. Puedes usarlas; solo quien puede editar el archivo puede cambiarlas.',
  'team.joinedNote': '«{name}» es ahora tu biblioteca del equipo',
  'team.notTeamLibrary': 'No es una biblioteca del equipo',
});
