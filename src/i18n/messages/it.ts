// Italian (it). Gmail's own words: Rispondi, Rispondi a tutti, Bozza, Cc, Ccn, Oggetto, Impostazioni,
// Modelli, Etichette. The UI says "tu", as Google's does. One word each: modello (template), bozza
// (draft), raccolta (library: the Italian word, not the calque "libreria").
import type { Catalogue } from '../types';
import { itEditor } from './it/editor';
import { itLibrary } from './it/library';

export const it = (): Catalogue => ({
  ...itLibrary(),
  ...itEditor(),

  // Gmail: "Il giorno mer 20 dic 2023 alle ore 13:37 Name <a@b> ha scritto:"
  'quote.wrote': 'Il giorno {date} {who} ha scritto:',
  'quote.wroteNoDate': '{who} ha scritto:',
  'quote.unknownSender': 'un mittente sconosciuto',
  'quote.cutNote':
    '[Threadsmith ha omesso il resto dell’originale: Gmail limita un messaggio a 200 KB. L’originale è ancora nella conversazione.]',

  'list.separator': ', ',
  'list.and': '{first} e {last}',
  'list.more': { one: '{first} e {count} altro', other: '{first} e altri {count}' },

  'mode.reply': 'Rispondi',
  'mode.reply-all': 'Rispondi a tutti',
  'mode.reply-list': 'Rispondi alla lista',
  'card.reply.header': 'Risposta',
  'card.reply.to': 'Rispondi a',
  'card.reply.includeQuote': 'Includi il messaggio originale',
  'card.reply.includeAttachments': 'Includi gli allegati originali ({count})',
  'card.reply.addCc': 'Aggiungi Cc',
  'card.reply.addBcc': 'Aggiungi Ccn',
  'card.reply.addressesHint': 'Indirizzi separati da virgole',
  'card.draft.header': 'La bozza',
  'card.draft.to': 'A',
  'card.draft.cc': 'Cc',
  'card.draft.bcc': 'Ccn',
  'card.draft.subject': 'Oggetto',
  'card.warning.blocking': 'Nessuna bozza',
  'card.warning.check': 'Controlla',
  'card.warning.note': 'Nota',
  'card.createDraft': 'Crea bozza',
  'card.templates.header': 'Modelli',
  'card.templates.none': 'Ancora nessun modello: creane uno nella tua raccolta.',
  'card.templates.draft': 'Bozza',
  'card.templates.draftAlt': 'Bozza «{name}»',
  'card.templates.all': 'Tutti i modelli ({count})',
  'card.templates.manage': 'Gestisci modelli',
  'card.templates.hasError': 'Contiene un errore: aprilo per vederlo',
  'card.templates.asksFor': 'Chiede {fields}',

  'warning.nobody': 'Non è rimasto nessuno a cui inviare questa risposta.',
  'warning.nobody.noList': 'Questo messaggio non indica l’indirizzo di una mailing list a cui rispondere.',
  'warning.nobody.onlyMe':
    'Hai inviato questo messaggio solo a te, quindi una risposta non arriverebbe a nessun altro.',
  'warning.nobody.noSender': 'Il messaggio non ha un mittente, quindi non c’è nessuno a cui rispondere.',
  'warning.nobody.invalidSender':
    'Il mittente «{sender}» non è un indirizzo valido, quindi non c’è nessuno a cui rispondere.',
  'warning.nobody.fromMe':
    'Questo messaggio è arrivato da uno dei tuoi indirizzi, quindi una risposta non arriverebbe a nessun altro.',
  'warning.invalidRecipients': {
    one: 'Escluso {count} indirizzo non valido: {names}.',
    other: 'Esclusi {count} indirizzi non validi: {names}.',
  },
  'warning.tooManyRecipients':
    'Questa risposta andrebbe a {count} persone, ma Gmail ne consente al massimo {max} per messaggio. Rimuovine alcune da Cc o Ccn, oppure scegli Rispondi per rispondere solo al mittente.',
  'warning.manyRecipients': 'Questa risposta va a {count} persone.',
  'warning.externalRecipients': {
    one: '{count} destinatario esterno (fuori da {domain}).',
    other: '{count} destinatari esterni (fuori da {domain}).',
  },
  'warning.replyTo.toMe':
    'Il messaggio chiede di inviare le risposte a te (Reply-To), quindi questa risposta va invece a {sender}.',
  'warning.replyTo.others':
    'Il messaggio chiede di inviare le risposte a {names} (Reply-To), non a {sender}.',
  'warning.theSender': 'il mittente',

  'warning.unknownUser':
    'Gmail non ha comunicato a Threadsmith il tuo indirizzo email, quindi non può escluderti dalla risposta. Threadsmith ha bisogno dell’autorizzazione a vedere il tuo indirizzo email: se l’hai negata, rimuovi l’accesso di Threadsmith su myaccount.google.com/permissions, riaprilo e consenti l’accesso.',
  'warning.repeatedHeader':
    'Questo messaggio ha più di una riga {header}, mentre la posta ne ammette una sola: viene usata solo la prima.',
  'warning.noMessageId':
    'Il messaggio originale non ha un Message-ID, quindi il programma di posta del destinatario potrebbe non raggruppare questa risposta nella conversazione (nel tuo Gmail viene raggruppata).',
  'warning.attachmentsTooLarge':
    'Gli allegati da includere arrivano a {total}, oltre il limite di {max} di Gmail: {names}. Disattiva gli allegati originali o la citazione per creare la bozza.',
  'warning.attachmentsMissing': {
    one: 'Gmail non mostra più {names} in questo messaggio, quindi la bozza sarà senza questo allegato.',
    other: 'Gmail non mostra più {names} in questo messaggio, quindi la bozza sarà senza questi allegati.',
  },
  'warning.bodyTooLarge':
    'Il testo della risposta supera il limite di 200 KB per messaggio di Gmail. Accorcialo per creare la bozza.',
  'warning.quotePlain':
    'L’originale è troppo grande per citarlo con la formattazione (Gmail limita un messaggio a 200 KB), quindi è citato come testo normale.',
  'warning.quoteCut':
    'L’originale è troppo grande per citarlo per intero (Gmail limita un messaggio a 200 KB): ne viene citato l’inizio come testo normale, con una nota nel punto in cui si interrompe.',
  'warning.subjectByGmail':
    'L’oggetto supera i {max} caratteri che Threadsmith può impostare, quindi lo scrive Gmail.',
  'warning.repliesToEarlier':
    'Gmail invierebbe al tuo stesso indirizzo una risposta al tuo messaggio, quindi questa bozza risponde al messaggio che {names} ha inviato il {date}, nella stessa conversazione.',
  'warning.repliesToEarlier.noName':
    'Gmail invierebbe al tuo stesso indirizzo una risposta al tuo messaggio, quindi questa bozza risponde al messaggio precedente, del {date}, nella stessa conversazione.',
  'warning.notThreaded.unreadable':
    'Il Reply-To o il From del messaggio non si possono leggere con certezza, quindi Threadsmith sceglie da sé i destinatari della bozza: inizia una nuova conversazione con lo stesso oggetto.',
  'warning.notThreaded':
    'I componenti aggiuntivi di Gmail possono indirizzare una risposta nella conversazione solo al mittente, quindi questa bozza inizia una nuova conversazione con lo stesso oggetto.',

  'card.recipients.none': '—',
  'card.recipients.more': '{names} e altri {count}',
  'card.open': 'Apri',

  // The compose card (src/i18n/en/compose.ts).
  'compose.header': 'Inserisci un modello',
  'compose.search': 'Cerca modelli',
  'compose.searchHint': 'Nome, tag o testo',
  'compose.for': 'Per',
  'compose.noRecipients': 'Ancora nessun destinatario',
  'compose.check': 'Controlla',
  'compose.templates': 'Modelli',
  'compose.emptyLibrary':
    'La tua raccolta di modelli è vuota. Apri Threadsmith dal riquadro laterale di Gmail (senza messaggi aperti) e scegli {button} per scrivere il primo.',
  'compose.newTemplate': 'Nuovo modello',
  'compose.noMatch': 'Nessun modello corrisponde a «{query}».',
  'compose.empty': '(vuoto)',
  'compose.team': 'Team',
  'compose.more': 'Altri {count}: affina la ricerca.',
  'compose.preview.subtitle': 'Anteprima per questa bozza',
  'compose.addsCc': 'Aggiunge in Cc',
  'compose.addsBcc': 'Aggiunge in Ccn',
  'compose.subject': 'Oggetto',
  'compose.setSubject': 'Imposta l’oggetto su «{subject}»',
  'compose.setSubjectHint': 'Disattiva per una risposta: se l’oggetto cambia, la conversazione si divide.',
  'compose.problem': 'Questo modello ha un problema',
  'compose.text': 'Testo',
  'compose.insert': 'Inserisci',
  'compose.insertWaiting': {
    one: 'Inserisci (manca {count} valore)',
    other: 'Inserisci (mancano {count} valori)',
  },
  'compose.warning.notAddress': 'Non è un indirizzo email, lasciato così com’è: {names}',
  'compose.warning.templateNotAddress': '«{value}» del modello non è un indirizzo email ed è escluso.',
  'compose.warning.unknownCc':
    'Gmail non ha comunicato a Threadsmith il Cc di questa bozza, quindi Inserisci lo lascia com’è: aggiungi tu {emails} in Cc.',
  'compose.warning.unknownBcc':
    'Gmail non ha comunicato a Threadsmith il Ccn di questa bozza, quindi Inserisci lo lascia com’è: aggiungi tu {emails} in Ccn.',

  // The error card (src/i18n/en/errors.ts).
  'error.reference': 'Riferimento: {reference}',
  'error.title': 'Threadsmith non può farlo',
  'error.unexpected.title': 'Si è verificato un problema',
  'error.unexpected':
    'Threadsmith ha riscontrato un problema imprevisto. Riprova; se continua a succedere, inviaci il riferimento qui sotto.',
  'error.oldButton':
    'Quel pulsante è di una versione precedente di Threadsmith. Riapri il messaggio e riprova.',
  'error.noDraft.title': 'Nessuna bozza creata',
  'error.cardChanged':
    'La risposta è cambiata da quando è stata mostrata questa scheda. Non è stato creato nulla: modifica una qualsiasi scelta nella scheda per aggiornarla, poi crea di nuovo la bozza.',
  'error.noSender.title': 'Nessun mittente',
  'error.noSender':
    'Questo messaggio non ha un indirizzo del mittente (la riga From manca o è illeggibile), quindi non c’è nessuno a cui rispondere.',
  'error.draftMayExist.title': 'Controlla la cartella Bozze',
  'error.draftMayExist':
    'Gmail non ha confermato la bozza, ma potrebbe essere stata creata comunque. Controlla la cartella Bozze prima di riprovare, per non ritrovarti con due copie.',
  'error.noMessage.title': 'Nessun messaggio aperto',
  'error.noMessage':
    'Threadsmith lavora sul messaggio che hai aperto, e questa richiesta non ha indicato quale. Apri un messaggio in Gmail e riprova.',
  'error.accessExpired.title': 'Accesso al messaggio scaduto',
  'error.accessExpired':
    'Gmail non ha permesso a Threadsmith di leggere questo messaggio (l’accesso potrebbe essere scaduto). Chiudi il messaggio, riaprilo e riprova.',
  'error.notReadable.title': 'Messaggio non leggibile',
  'error.notReadable':
    'Gmail non ha permesso a Threadsmith di leggere questo messaggio: potrebbe essere stato eliminato o spostato, oppure Gmail ha qualche problema. Chiudi il messaggio, riaprilo e riprova.',
  'error.notFound.title': 'Messaggio non trovato',
  'error.notFound':
    'Questo messaggio non esiste più: potrebbe essere stato eliminato. Apri un altro messaggio.',
  // The template store, Settings and the team library refuse (src/i18n/en/errors.ts).
  'error.store.conflict.title': 'Modello modificato altrove',
  'error.store.changed':
    '«{name}» è stato modificato in un’altra finestra dopo che l’hai aperto. Le tue modifiche non sono state salvate: copiale, riapri il modello e applicale di nuovo.',
  'error.store.deleted':
    '«{name}» è stato eliminato in un’altra finestra dopo che l’hai aperto. Le tue modifiche non sono state salvate: copiale e crea un nuovo modello.',
  'error.store.nameTaken.title': 'Nome già in uso',
  'error.store.nameTaken': 'Hai già un modello di nome «{name}». Scegli un altro nome.',
  'error.store.namesTaken':
    'Questi nomi sono già in uso (non basta cambiare maiuscole e minuscole): {names}.',
  'error.store.quoted': '«{name}»',
  'error.store.full.title': 'Raccolta di modelli piena',
  'error.store.full':
    '{what} {needed}, ma dei tuoi {limit} ne restano liberi solo {free}. Elimina o accorcia alcuni modelli e riprova.',
  'error.store.needs.template': 'Questo modello richiede',
  'error.store.needs.copy': 'La copia richiede',
  'error.store.needs.upgrade': 'Il passaggio dei tuoi modelli al nuovo formato di archiviazione richiede',
  'error.store.needs.change': 'Questa modifica richiede',
  'error.store.needs.import': { one: 'Questo modello richiede', other: 'Questi {count} modelli richiedono' },
  'error.store.needs.settings': 'Le tue impostazioni richiedono',
  'error.store.needs.importedSettings': 'Queste impostazioni richiedono',
  'error.store.needs.starters': 'I modelli iniziali richiedono',
  'error.store.kb': '{size} KB',
  'error.store.tooLarge.title': 'Modello troppo grande',
  'error.store.tooLarge':
    'Nome, oggetto, Cc, Ccn e tag di questo modello occupano {size}; insieme possono occupare al massimo {max}. Accorciali e riprova.',
  'error.store.notFound.title': 'Modello non trovato',
  'error.store.notFound':
    'Quel modello non esiste più; potrebbe essere stato eliminato in un’altra finestra.',
  'error.store.damaged.title': 'Modello danneggiato',
  'error.store.damaged':
    '«{name}» è danneggiato e non può essere modificato. Copia il testo dall’elenco Danneggiate, eliminalo da lì e crealo di nuovo.',
  'error.store.busy.title': 'Salvataggio in corso',
  'error.store.busy':
    'I tuoi modelli sono in fase di salvataggio in un’altra finestra. Non è stato cambiato nulla; riprova tra un momento.',
  'error.store.newer.title': 'Aggiornamento necessario',
  'error.store.newer':
    'I tuoi modelli sono stati salvati da una versione più recente di Threadsmith (formato di archiviazione {found}; questa versione supporta il {known}). Puoi leggerli, ma non modificarli finché il componente aggiuntivo non viene aggiornato.',
  'error.settings.tooLarge.title': 'Impostazioni troppo grandi',
  'error.settings.tooLarge':
    'Queste impostazioni occupano {size}; il massimo è {max}. Rimuovi alcuni indirizzi e riprova.',
  'error.team.changed':
    'Qualcun altro ha salvato «{name}» nella raccolta del team dopo che l’hai aperto, quindi le tue modifiche non sono state salvate. Quello che hai scritto è ancora qui sotto: copialo, apri la versione salvata e applica di nuovo la modifica.',
  'error.team.deleted':
    'Qualcun altro ha eliminato «{name}» dalla raccolta del team dopo che l’hai aperto, quindi le tue modifiche non sono state salvate. Quello che hai scritto è ancora qui sotto: copialo se vuoi conservarlo.',
  'error.team.readOnly.title': 'Sola lettura',
  'error.team.readOnly':
    'Puoi usare la raccolta del team «{file}», ma non modificarla: può farlo solo chi ha l’accesso in modifica al file in Drive. Chiedi l’accesso in modifica al proprietario oppure copia il modello nei tuoi.',
  'error.team.unavailable.title': 'Raccolta del team non disponibile',
  'error.team.nameTaken':
    'La raccolta del team contiene già un modello di nome «{name}». Scegli un altro nome.',

  // Template problems (src/i18n/en/lint.ts): Liquid comes in as params, never translated.
  'lint.parse.unknownTag': 'Tag sconosciuto {tag}',
  'lint.parse.unavailableTag': '{tag} non è disponibile nei modelli',
  'lint.parse.unknownFilter': 'Filtro sconosciuto "{filter}"',
  'lint.parse.unclosed': '{tag} non è chiuso: aggiungi {end}',
  'lint.parse.unclosedOutput': '"{open}" non è chiuso: aggiungi "{close}"',
  'lint.parse.unclosedTag': '"{open}" non è chiuso: aggiungi "{close}"',
  'lint.parse.unexpectedTag': '{tag} non è previsto qui',
  'lint.parse.invalid': 'Impossibile leggere il modello vicino a "{near}"',
  'lint.parse.inlineComment': 'Ogni riga di un commento {tag} deve iniziare con #',
  'lint.parse.tooLong': 'Il modello è troppo lungo',
  'lint.parse.tooDeep': 'Il modello ha troppi blocchi uno dentro l’altro: al massimo {count}',
  'lint.render.tooManyPieces':
    'Il modello si ripete troppo: si è fermato dopo {count} parti. Scorri meno elementi (ad es. {example}).',
  'lint.render.tooLong': 'Il modello compilato supera i {count} caratteri',
  'lint.render.tooMuchText': 'Il modello genera troppo testo da inviare',
  'lint.render.filterArgument': 'Il filtro "{filter}" richiede un valore, ad es. | {filter}: "testo"',
  'lint.render.failed': 'Impossibile compilare il modello',
  'lint.field.unknown': 'Campo sconosciuto "{field}"',
  'lint.field.unknownHint': 'Campo sconosciuto "{field}": intendevi "{hint}"?',
  'lint.field.emptyDefault':
    '"{field}" può essere vuoto per alcuni messaggi: aggiungi un valore predefinito, ad es. {example}, altrimenti ti verrà chiesto',
  'lint.field.emptyIf':
    '"{field}" ({why}): nessun valore predefinito sta bene al suo posto; metti ciò che ne dipende dentro {open}…{close}, altrimenti ti verrà chiesto',
  'lint.field.why.someMessages': 'può essere vuoto per alcuni messaggi',
  'lint.field.why.noCc': 'è vuoto se la risposta non ha Cc',
  'lint.field.why.noName': 'può essere vuoto finché non imposti il tuo nome nelle Impostazioni',
  'lint.link.dropped': 'Il link a "{href}" resterà come testo: vengono inviati solo i link https: e mailto:',
});
