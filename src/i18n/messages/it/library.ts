// Italian (it): the library, All templates, import and export, the team library (src/i18n/en/library.ts).
// A function like ../it.ts, so a click parses it only for an Italian user.
import type { Catalogue } from '../../types';

export const itLibrary = (): Catalogue => ({
  'library.kilobytes': '{size} KB',
  'library.usage': 'In uso: {used} di {limit}',
  'library.header': 'Modelli',
  'library.new': 'Nuovo modello',
  'library.import': 'Importa',
  'library.export': 'Esporta',
  'library.noMatch': 'Nessun modello corrisponde a questa ricerca.',
  'library.empty': 'Ancora nessun modello: creane uno o importane alcuni.',
  'library.damaged.header': 'Danneggiate ({count})',
  'library.damaged.intro':
    'Non è stato possibile leggere queste voci salvate; gli altri modelli non ne risentono. Aprine una per copiarne il testo, poi eliminala.',
  'library.damaged.noName': '(nessun nome leggibile)',
  'library.damaged.more': 'Altre {count}: eliminane alcune per vedere le restanti',
  'library.footer':
    '{usage} dello spazio per i modelli. Apri un messaggio per usare un modello: la sua scheda elenca quelli adatti, prima i suggeriti. {phone}',
  'library.phoneNote':
    'Nelle app Gmail per Android e iOS usa Bozza nella scheda di un messaggio; l’inserimento di un modello in un messaggio che stai scrivendo funziona in Gmail sul web.',
  'library.settings': 'Impostazioni',
  'library.settingsHint': 'Il tuo nome per i modelli e gli altri tuoi indirizzi',
  'library.justSaved': 'Appena salvato',
  'library.justSavedCheck': 'Appena salvato · {check}',

  'rows.templates': { one: '{count} modello', other: '{count} modelli' },
  'rows.matching': {
    one: '{count} modello corrisponde a «{query}»',
    other: '{count} modelli corrispondono a «{query}»',
  },
  'rows.showing': '{first}–{last} di {total}',
  'rows.showingMore': '{first}–{last} di {total} · altri {rest}: affina la ricerca',
  'rows.previous': 'Precedenti',
  'rows.next': 'Successivi',
  'rows.search': 'Cerca modelli',
  'rows.searchHint': 'Parole nel nome, nei tag o nel testo',
  'rows.team': 'Team',
  'all.header': 'Tutti i modelli',
  'all.subtitle': 'Prima i suggeriti',
  'all.empty': 'Ancora nessun modello: creane uno nella tua raccolta.',

  'import.header': 'Importa modelli',
  'import.nothing': 'Non è stato importato nulla',
  'import.intro':
    'Incolla un’esportazione di Threadsmith (o un elenco di modelli con nome e testo). Prima vengono controllati tutti: o si aggiungono tutti, o nessuno.',
  'import.json': 'Modelli in JSON',
  'import.button': 'Importa',
  'import.pasteFirst': 'Prima incolla il JSON di un’esportazione.',
  'import.moreProblems': '… e altri {count} problemi',
  'import.refused': 'Non è stato importato nulla: vedi la scheda',
  'import.nothingNew': {
    one: 'Niente di nuovo: quel modello è già nella tua raccolta',
    other: 'Niente di nuovo: tutti i {count} modelli sono già nella tua raccolta',
  },
  'import.done': { one: '{count} modello importato', other: '{count} modelli importati' },
  'import.doneSkipped': {
    one: '{count} modello importato (già presenti: {already})',
    other: '{count} modelli importati (già presenti: {already})',
  },
  'export.header': 'Esporta modelli',
  'export.intro': {
    one: '{count} modello. Copia il testo qui sotto e conservalo, oppure incollalo in Importa in un altro account.',
    other:
      '{count} modelli. Copia il testo qui sotto e conservalo, oppure incollalo in Importa in un altro account.',
  },
  'export.damaged': {
    one: '{count} voce danneggiata non è inclusa: aprila dalla raccolta per copiare il testo salvato.',
    other: '{count} voci danneggiate non sono incluse: aprile dalla raccolta per copiare il testo salvato.',
  },
  'export.json': 'Esportazione (JSON)',
  'damaged.header': 'Voce danneggiata',
  'damaged.stored': 'Testo salvato (copialo prima di eliminarla)',
  'damaged.delete': 'Elimina definitivamente',
  'damaged.deleted': 'Voce danneggiata eliminata',
  'damaged.gone': 'Quella voce non c’è più: potrebbe essere stata eliminata in un’altra finestra.',
  'damaged.notFound': 'Non trovata',
  'library.back': 'Indietro',
  'library.cancel': 'Annulla',
  'library.stale': '{done}. Riapri la raccolta per vedere l’elenco aggiornato.',
  'library.deleted': 'Modello eliminato',
  'library.copied': 'Copiato come «{name}»',

  'team.header': 'Raccolta del team',
  'team.empty':
    'Condividi un insieme di modelli con il tuo team. Con {create} si crea un file nel tuo Google Drive; poi condividi il file con il team da Drive («Condividi…»). Per usare una raccolta del team che qualcuno ha condiviso con te: apri Google Drive, seleziona il file, apri Threadsmith nel riquadro laterale di Drive e scegli {use}.',
  'team.create': 'Crea raccolta del team',
  'team.allowAccess': 'Consenti l’accesso',
  'team.stop': 'Non usarla più',
  'team.summary': '{name}: {templates}, contrassegnati con Team nei tuoi elenchi. {access}',
  'team.canEdit': 'Puoi modificarli; i tuoi colleghi vedono le tue modifiche.',
  'team.canUse': 'Puoi usarli; solo chi può modificare il file in Drive può cambiarli.',
  'team.stale': 'Drive non ha risposto: questi sono i modelli del team all’ultima lettura.',
  'team.moreProblems': '… e altre {count}',
  'team.problems': {
    one: '{count} voce del file non si può usare',
    other: '{count} voci del file non si possono usare',
  },
  'team.problemsOthers': '{problems} (le altre sì):',
  'team.newTemplate': 'Nuovo modello del team',
  'team.copyMine': 'Copia i miei modelli nel team',
  'team.share': 'Condividi…',
  'team.yourTemplates': 'I tuoi modelli',
  'team.createIntro':
    'Threadsmith crea un file nel tuo Google Drive per i modelli del team. Lo vedono solo le persone con cui lo condividi; chi ha l’accesso in modifica può cambiarne i modelli.',
  'team.name': 'Nome della raccolta del team',
  'team.tickToStart':
    'Seleziona i modelli con cui iniziare (sono copie: i tuoi restano come sono), oppure nessuno per partire da zero.',
  'team.moreLater': 'Altri {count}: copiali in seguito con «Copia i miei modelli nel team».',
  'team.tickToCopy': 'Seleziona i modelli da copiare in {team}. I tuoi restano come sono.',
  'team.noneOfYourOwn': 'Non hai ancora modelli tuoi.',
  'team.moreSearch': 'Altri {count}: cerca nella raccolta per aprirne uno.',
  'team.copyHeader': 'Copia nella raccolta del team',
  'team.copyButton': 'Copia nel team',
  'team.subtitle': 'Team · {team}',
  'team.readOnly':
    'Un modello del team: puoi usarlo, ma solo chi ha l’accesso in modifica alla raccolta del team può cambiarlo. Copialo nei tuoi modelli per averne una tua versione.',
  'team.text': 'Testo',
  'team.tags': 'Tag',
  'team.noTags': '(nessuno)',
  'team.copyToMine': 'Copia nei miei modelli',
  'team.driveHome':
    'Per usare una raccolta del team che qualcuno ha condiviso con te, seleziona qui in Drive il suo file (finisce con «(Threadsmith team library).json»); questo riquadro ti proporrà {use}. Per crearne una, apri Threadsmith in Gmail: la sua raccolta ha una sezione Raccolta del team.',
  'team.use': 'Usa come raccolta del team',

  'team.none': 'Non hai una raccolta del team.',
  'team.notAvailable': 'Raccolta del team non disponibile',
  'team.defaultName': 'Modelli del team',
  'team.saved': '«{name}» salvato nella raccolta del team',
  'team.deleted': 'Eliminato dalla raccolta del team',
  'team.copiedToMine': 'Copiato nei tuoi modelli come «{name}»',
  'team.copyName': '{name} (copia del team)',
  'team.consent':
    'Una raccolta del team è un file di Google Drive, quindi Threadsmith ha bisogno della tua autorizzazione per vedere e modificare i file di Drive che crei o apri con Threadsmith («drive.file»). Non vede nessun altro file del tuo Drive. I tuoi modelli funzionano anche senza.',
  'team.permission': 'Autorizzazione necessaria',
  'team.nameTooLong': 'Il nome deve essere una sola riga di massimo {max} caratteri.',
  'team.created': {
    one: '«{name}» creata nel tuo Drive con {count} modello. Usa «Condividi…» per condividerla con il tuo team.',
    other:
      '«{name}» creata nel tuo Drive con {count} modelli. Usa «Condividi…» per condividerla con il tuo team.',
  },
  'team.createdEmpty': '«{name}» creata nel tuo Drive. Usa «Condividi…» per condividerla con il tuo team.',
  'team.tickOne': 'Seleziona almeno un modello da copiare.',
  'team.nothingCopied': 'Non è stato copiato nulla: vedi la scheda',
  'team.copied': {
    one: '{count} modello copiato nella raccolta del team',
    other: '{count} modelli copiati nella raccolta del team',
  },
  'team.left': 'Non usi più la raccolta del team. Il file resta in Drive.',
  'team.theFile': 'il file',
  'team.isYours':
    'Questo file è la tua raccolta del team. I suoi modelli compaiono in Gmail insieme ai tuoi, contrassegnati con Team.',
  'team.askUse':
    'Usare questo file come raccolta del team? I suoi modelli compariranno in Gmail insieme ai tuoi, contrassegnati con Team.',
  'team.askUseAccess':
    'Usare questo file come raccolta del team? Prima Threadsmith chiede l’accesso solo a questo file; non vede nessun altro file del tuo Drive.',
  'team.joined':
    'Fatto: «{name}» ({templates}) ora è la tua raccolta del team. Apri Gmail: i suoi modelli compaiono insieme ai tuoi, contrassegnati con Team.',
  'team.joinedViewer':
    'Fatto: «{name}» ({templates}) ora è la tua raccolta del team. Apri Gmail: i suoi modelli compaiono insieme ai tuoi, contrassegnati con Team. Puoi usarli; solo chi ha l’accesso in modifica al file può cambiarli.',
  'team.joinedNote': '«{name}» ora è la tua raccolta del team',
  'team.notTeamLibrary': 'Non è una raccolta del team',
});
