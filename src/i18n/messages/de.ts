// German (de). Gmail's own words: Antworten, Allen antworten, Entwurf, Betreff, Vorlagen, Einstellungen.
// The UI says "Sie"; one word each for "Vorlage" (template), "Entwurf" (draft), "Bibliothek" (library).
import type { Catalogue } from '../types';
import { editor } from './de/editor';
import { library } from './de/library';

export const de = (): Catalogue => ({
  // Gmail: "Am Mi., 20. Dez. 2023 um 13:37 Uhr schrieb Name <a@b>:"
  'quote.wrote': 'Am {date} schrieb {who}:',
  'quote.wroteNoDate': '{who} schrieb:',
  'quote.unknownSender': 'ein unbekannter Absender',
  'quote.cutNote':
    '[Threadsmith hat den Rest des Originals weggelassen, da Gmail eine Nachricht auf 200 KB begrenzt. Das Original steht weiterhin in der Unterhaltung.]',

  'list.separator': ', ',
  'list.and': '{first} und {last}',
  'list.more': { other: '{first} und {count} weitere' },

  'mode.reply': 'Antworten',
  'mode.reply-all': 'Allen antworten',
  'mode.reply-list': 'An Liste antworten',
  'card.reply.header': 'Antwort',
  'card.reply.to': 'Antworten an',
  'card.reply.includeQuote': 'Ursprüngliche Nachricht einfügen',
  'card.reply.includeAttachments': 'Ursprüngliche Anhänge einfügen ({count})',
  'card.reply.addCc': 'Cc hinzufügen',
  'card.reply.addBcc': 'Bcc hinzufügen',
  'card.reply.addressesHint': 'Adressen, durch Kommas getrennt',
  'card.draft.header': 'Der Entwurf',
  'card.draft.to': 'An',
  'card.draft.cc': 'Cc',
  'card.draft.bcc': 'Bcc',
  'card.draft.subject': 'Betreff',
  'card.warning.blocking': 'Kein Entwurf',
  'card.warning.check': 'Prüfen',
  'card.warning.note': 'Hinweis',
  'card.createDraft': 'Entwurf erstellen',
  'card.templates.header': 'Vorlagen',
  'card.templates.none': 'Noch keine Vorlagen: Erstellen Sie eine in Ihrer Bibliothek.',
  'card.templates.draft': 'Entwurf',
  'card.templates.draftAlt': 'Entwurf „{name}“',
  'card.templates.all': 'Alle Vorlagen ({count})',
  'card.templates.manage': 'Vorlagen verwalten',
  'card.templates.hasError': 'Enthält einen Fehler: zum Ansehen öffnen',
  'card.templates.asksFor': 'Fragt nach: {fields}',

  'warning.nobody': 'Diese Antwort erreicht niemanden mehr.',
  'warning.nobody.noList':
    'Diese Nachricht nennt keine Adresse einer Mailingliste, an die Sie antworten könnten.',
  'warning.nobody.onlyMe':
    'Sie haben diese Nachricht nur an sich selbst gesendet. Eine Antwort würde niemand anderen erreichen.',
  'warning.nobody.noSender':
    'Die Nachricht hat keinen Absender. Es gibt niemanden, dem Sie antworten könnten.',
  'warning.nobody.invalidSender':
    'Der Absender „{sender}“ ist keine gültige Adresse. Es gibt niemanden, dem Sie antworten könnten.',
  'warning.nobody.fromMe':
    'Diese Nachricht kam von einer Ihrer eigenen Adressen. Eine Antwort würde niemand anderen erreichen.',
  'warning.invalidRecipients': {
    one: '{count} ungültige Adresse weggelassen: {names}.',
    other: '{count} ungültige Adressen weggelassen: {names}.',
  },
  'warning.tooManyRecipients':
    'Diese Antwort ginge an {count} Personen, Gmail erlaubt aber höchstens {max} pro Nachricht. Entfernen Sie einige aus Cc oder Bcc oder wählen Sie „Antworten“, um nur dem Absender zu antworten.',
  'warning.manyRecipients': 'Diese Antwort geht an {count} Personen.',
  'warning.externalRecipients': {
    one: '{count} externer Empfänger (außerhalb von {domain}).',
    other: '{count} externe Empfänger (außerhalb von {domain}).',
  },
  'warning.replyTo.toMe':
    'Die Nachricht bittet um Antworten an Sie (Reply-To), daher geht diese Antwort stattdessen an {sender}.',
  'warning.replyTo.others': 'Die Nachricht bittet um Antworten an {names} (Reply-To), nicht an {sender}.',
  'warning.theSender': 'den Absender',

  'warning.unknownUser':
    'Gmail hat Threadsmith Ihre E-Mail-Adresse nicht mitgeteilt, daher kann Threadsmith Sie nicht aus der Antwort heraushalten. Threadsmith braucht die Berechtigung, Ihre E-Mail-Adresse zu sehen: Falls Sie sie abgelehnt haben, entfernen Sie den Zugriff von Threadsmith unter myaccount.google.com/permissions, öffnen Sie Threadsmith erneut und erlauben Sie ihn.',
  'warning.repeatedHeader':
    'Diese Nachricht hat mehr als eine {header}-Zeile, obwohl nur eine erlaubt ist: Nur die erste wird verwendet.',
  'warning.noMessageId':
    'Die ursprüngliche Nachricht hat keine Message-ID, daher ordnet das E-Mail-Programm des Empfängers diese Antwort eventuell nicht der Unterhaltung zu (in Ihrem Gmail schon).',
  'warning.attachmentsTooLarge':
    'Die mitzusendenden Anhänge sind zusammen {total} groß, über dem Gmail-Limit von {max}: {names}. Schalten Sie die ursprünglichen Anhänge oder das Zitat aus, um den Entwurf zu erstellen.',
  'warning.attachmentsMissing': {
    one: 'Gmail führt {names} bei dieser Nachricht nicht mehr auf, daher fehlt der Anhang im Entwurf.',
    other: 'Gmail führt {names} bei dieser Nachricht nicht mehr auf, daher fehlen die Anhänge im Entwurf.',
  },
  'warning.bodyTooLarge':
    'Der eigene Text der Antwort überschreitet das Gmail-Limit von 200 KB pro Nachricht. Kürzen Sie ihn, um den Entwurf zu erstellen.',
  'warning.quotePlain':
    'Das Original ist zu groß, um es mit Formatierung zu zitieren (Gmail erlaubt höchstens 200 KB pro Nachricht), daher wird es als Nur-Text zitiert.',
  'warning.quoteCut':
    'Das Original ist zu groß, um es vollständig zu zitieren (Gmail erlaubt höchstens 200 KB pro Nachricht): Sein Anfang wird als Nur-Text zitiert, mit einem Hinweis, wo das Zitat endet.',
  'warning.subjectByGmail':
    'Der Betreff ist länger als die {max} Zeichen, die Threadsmith setzen darf, daher schreibt Gmail ihn.',
  'warning.repliesToEarlier':
    'Gmail würde eine Antwort auf Ihre eigene Nachricht an Sie selbst adressieren, daher antwortet dieser Entwurf auf die Nachricht von {names} vom {date} in derselben Unterhaltung.',
  'warning.repliesToEarlier.noName':
    'Gmail würde eine Antwort auf Ihre eigene Nachricht an Sie selbst adressieren, daher antwortet dieser Entwurf auf die vorherige Nachricht vom {date} in derselben Unterhaltung.',
  'warning.notThreaded.unreadable':
    'Reply-To oder From der Nachricht lassen sich nicht zuverlässig lesen, daher adressiert Threadsmith diesen Entwurf selbst: Er beginnt eine neue Unterhaltung mit demselben Betreff.',
  'warning.notThreaded':
    'Gmail-Add-ons können eine Antwort in der Unterhaltung nur an den Absender adressieren, daher beginnt dieser Entwurf eine neue Unterhaltung mit demselben Betreff.',

  'card.recipients.none': '—',
  'card.recipients.more': '{names} und {count} weitere',
  'card.open': 'Öffnen',

  // The compose card (src/i18n/en/compose.ts).
  'compose.header': 'Vorlage einfügen',
  'compose.search': 'Vorlagen suchen',
  'compose.searchHint': 'Name, Tag oder Text',
  'compose.for': 'Für',
  'compose.noRecipients': 'Noch keine Empfänger',
  'compose.check': 'Prüfen',
  'compose.templates': 'Vorlagen',
  'compose.emptyLibrary':
    'Ihre Vorlagenbibliothek ist leer. Öffnen Sie Threadsmith in der Seitenleiste von Gmail (ohne geöffnete Nachricht) und wählen Sie {button}, um Ihre erste Vorlage zu schreiben.',
  'compose.newTemplate': 'Neue Vorlage',
  'compose.noMatch': 'Keine Vorlage passt zu „{query}“.',
  'compose.empty': '(leer)',
  'compose.team': 'Team',
  'compose.more': '{count} weitere: Suche eingrenzen.',
  'compose.preview.subtitle': 'Vorschau für diesen Entwurf',
  'compose.addsCc': 'Fügt Cc hinzu',
  'compose.addsBcc': 'Fügt Bcc hinzu',
  'compose.subject': 'Betreff',
  'compose.setSubject': 'Betreff auf „{subject}“ setzen',
  'compose.setSubjectHint': 'Bei einer Antwort ausschalten: Ein geänderter Betreff trennt die Unterhaltung.',
  'compose.problem': 'Diese Vorlage hat einen Fehler',
  'compose.text': 'Text',
  'compose.insert': 'Einfügen',
  'compose.insertWaiting': {
    one: 'Einfügen ({count} Wert ausfüllen)',
    other: 'Einfügen ({count} Werte ausfüllen)',
  },
  'compose.warning.notAddress': 'Keine E-Mail-Adresse, unverändert gelassen: {names}',
  'compose.warning.templateNotAddress':
    '„{value}“ aus der Vorlage ist keine E-Mail-Adresse und wird weggelassen.',
  'compose.warning.unknownCc':
    'Gmail hat Threadsmith das Cc dieses Entwurfs nicht mitgeteilt, daher lässt „Einfügen“ es unverändert: Fügen Sie {emails} selbst zu Cc hinzu.',
  'compose.warning.unknownBcc':
    'Gmail hat Threadsmith das Bcc dieses Entwurfs nicht mitgeteilt, daher lässt „Einfügen“ es unverändert: Fügen Sie {emails} selbst zu Bcc hinzu.',

  // Errors.
  'error.reference': 'Referenz: {reference}',
  'error.title': 'Das ist mit Threadsmith nicht möglich',
  'error.unexpected.title': 'Ein Fehler ist aufgetreten',
  'error.unexpected':
    'Bei Threadsmith ist ein unerwartetes Problem aufgetreten. Versuchen Sie es noch einmal. Wenn es weiterhin auftritt, senden Sie uns die Referenz unten.',
  'error.oldButton':
    'Diese Schaltfläche stammt aus einer älteren Version von Threadsmith. Öffnen Sie die Nachricht erneut und versuchen Sie es noch einmal.',
  'error.noDraft.title': 'Kein Entwurf erstellt',
  'error.cardChanged':
    'Die Antwort hat sich geändert, seit diese Karte angezeigt wurde. Es wurde nichts erstellt: Ändern Sie eine Auswahl auf der Karte, um sie zu aktualisieren, und erstellen Sie den Entwurf dann erneut.',
  'error.noSender.title': 'Kein Absender',
  'error.noSender':
    'Diese Nachricht hat keine Absenderadresse (die From-Zeile fehlt oder ist nicht lesbar), daher gibt es niemanden, dem Sie antworten könnten.',
  'error.draftMayExist.title': 'Prüfen Sie Ihre Entwürfe',
  'error.draftMayExist':
    'Gmail hat den Entwurf nicht bestätigt, er wurde aber eventuell trotzdem erstellt. Sehen Sie im Ordner „Entwürfe“ nach, bevor Sie es noch einmal versuchen, damit Sie nicht zwei Exemplare haben.',
  'error.noMessage.title': 'Keine Nachricht geöffnet',
  'error.noMessage':
    'Threadsmith arbeitet mit der geöffneten Nachricht, und diese Anfrage hat keine genannt. Öffnen Sie eine Nachricht in Gmail und versuchen Sie es noch einmal.',
  'error.accessExpired.title': 'Zugriff auf Nachricht abgelaufen',
  'error.accessExpired':
    'Gmail hat Threadsmith diese Nachricht nicht lesen lassen (der Zugriff ist eventuell abgelaufen). Schließen Sie die Nachricht, öffnen Sie sie erneut und versuchen Sie es noch einmal.',
  'error.notReadable.title': 'Nachricht nicht lesbar',
  'error.notReadable':
    'Gmail hat Threadsmith diese Nachricht nicht lesen lassen: Sie wurde eventuell gelöscht oder verschoben, oder Gmail hat Probleme. Schließen Sie die Nachricht, öffnen Sie sie erneut und versuchen Sie es noch einmal.',
  'error.notFound.title': 'Nachricht nicht gefunden',
  'error.notFound':
    'Diese Nachricht gibt es nicht mehr, sie wurde eventuell gelöscht. Öffnen Sie eine andere Nachricht.',
  // The template store, Settings and the team library refuse.
  'error.store.conflict.title': 'Vorlage anderswo geändert',
  'error.store.changed':
    '„{name}“ wurde seit dem Öffnen in einem anderen Fenster geändert. Ihre Änderungen wurden nicht gespeichert: Kopieren Sie sie, öffnen Sie die Vorlage erneut und nehmen Sie sie noch einmal vor.',
  'error.store.deleted':
    '„{name}“ wurde seit dem Öffnen in einem anderen Fenster gelöscht. Ihre Änderungen wurden nicht gespeichert: Kopieren Sie sie und erstellen Sie eine neue Vorlage.',
  'error.store.nameTaken.title': 'Name schon vergeben',
  'error.store.nameTaken': 'Sie haben schon eine Vorlage namens „{name}“. Wählen Sie einen anderen Namen.',
  'error.store.namesTaken':
    'Diese Namen sind schon vergeben (Namen müssen sich nicht nur in der Groß- und Kleinschreibung unterscheiden): {names}.',
  'error.store.quoted': '„{name}“',
  'error.store.full.title': 'Vorlagenbibliothek voll',
  'error.store.full':
    '{what} {needed}, von Ihren {limit} sind aber nur {free} frei. Löschen oder kürzen Sie einige Vorlagen und versuchen Sie es noch einmal.',
  'error.store.needs.template': 'Diese Vorlage braucht',
  'error.store.needs.copy': 'Die Kopie braucht',
  'error.store.needs.upgrade': 'Die Umstellung Ihrer Vorlagen auf das neue Speicherformat braucht',
  'error.store.needs.change': 'Diese Änderung braucht',
  'error.store.needs.import': { one: 'Diese Vorlage braucht', other: 'Diese {count} Vorlagen brauchen' },
  'error.store.needs.settings': 'Ihre Einstellungen brauchen',
  'error.store.needs.importedSettings': 'Diese Einstellungen brauchen',
  'error.store.needs.starters': 'Die Startvorlagen brauchen',
  'error.store.kb': '{size} KB',
  'error.store.tooLarge.title': 'Vorlage zu groß',
  'error.store.tooLarge':
    'Name, Betreff, Cc, Bcc und Tags dieser Vorlage belegen {size}; zusammen sind höchstens {max} möglich. Kürzen Sie sie und versuchen Sie es noch einmal.',
  'error.store.notFound.title': 'Vorlage nicht gefunden',
  'error.store.notFound':
    'Diese Vorlage gibt es nicht mehr; sie wurde eventuell in einem anderen Fenster gelöscht.',
  'error.store.damaged.title': 'Vorlage beschädigt',
  'error.store.damaged':
    '„{name}“ ist beschädigt und kann nicht geändert werden. Kopieren Sie ihren Text aus der Liste „Beschädigt“, löschen Sie die Vorlage dort und erstellen Sie sie neu.',
  'error.store.busy.title': 'Wird gerade gespeichert',
  'error.store.busy':
    'Ihre Vorlagen werden gerade in einem anderen Fenster gespeichert. Es wurde nichts geändert; versuchen Sie es gleich noch einmal.',
  'error.store.newer.title': 'Update erforderlich',
  'error.store.newer':
    'Ihre Vorlagen wurden von einer neueren Version von Threadsmith gespeichert (Speicherformat {found}; diese Version unterstützt {known}). Sie lassen sich lesen, aber erst nach einem Update des Add-ons ändern.',
  'error.settings.tooLarge.title': 'Einstellungen zu groß',
  'error.settings.tooLarge':
    'Diese Einstellungen belegen {size}; möglich sind höchstens {max}. Entfernen Sie einige Adressen und versuchen Sie es noch einmal.',
  'error.team.changed':
    'Jemand anderes hat „{name}“ in der Team-Bibliothek gespeichert, nachdem Sie die Vorlage geöffnet haben, daher wurden Ihre Änderungen nicht gespeichert. Ihre Eingabe steht noch unten: Kopieren Sie sie, öffnen Sie die gespeicherte Version und nehmen Sie Ihre Änderung erneut vor.',
  'error.team.deleted':
    'Jemand anderes hat „{name}“ aus der Team-Bibliothek gelöscht, nachdem Sie die Vorlage geöffnet haben, daher wurden Ihre Änderungen nicht gespeichert. Ihre Eingabe steht noch unten: Kopieren Sie sie, wenn Sie sie behalten möchten.',
  'error.team.readOnly.title': 'Nur Lesezugriff',
  'error.team.readOnly':
    'Sie können die Team-Bibliothek „{file}“ verwenden, aber nicht ändern: Das können nur Personen mit Bearbeitungszugriff auf die Datei in Drive. Bitten Sie den Inhaber um Bearbeitungszugriff oder kopieren Sie die Vorlage in Ihre eigenen Vorlagen.',
  'error.team.unavailable.title': 'Team-Bibliothek nicht verfügbar',
  'error.team.nameTaken':
    'Die Team-Bibliothek hat schon eine Vorlage namens „{name}“. Wählen Sie einen anderen Namen.',

  // Template lint and the Liquid engine (the Liquid itself comes in as params).
  'lint.parse.unknownTag': 'Unbekanntes Tag {tag}',
  'lint.parse.unavailableTag': '{tag} ist in Vorlagen nicht verfügbar',
  'lint.parse.unknownFilter': 'Unbekannter Filter „{filter}“',
  'lint.parse.unclosed': '{tag} ist nicht geschlossen: {end} hinzufügen',
  'lint.parse.unclosedOutput': '„{open}“ ist nicht geschlossen: „{close}“ hinzufügen',
  'lint.parse.unclosedTag': '„{open}“ ist nicht geschlossen: „{close}“ hinzufügen',
  'lint.parse.unexpectedTag': '{tag} wird hier nicht erwartet',
  'lint.parse.invalid': 'Die Vorlage ist bei „{near}“ nicht lesbar',
  'lint.parse.inlineComment': 'Jede Zeile eines {tag}-Kommentars muss mit # beginnen',
  'lint.parse.tooLong': 'Die Vorlage ist zu lang',
  'lint.parse.tooDeep': 'Die Vorlage verschachtelt zu viele Blöcke: höchstens {count} ineinander',
  'lint.render.tooManyPieces':
    'Die Vorlage wiederholt sich zu oft: Sie wurde nach {count} Teilen angehalten. Durchlaufen Sie weniger Einträge (z. B. {example}).',
  'lint.render.tooLong': 'Die ausgefüllte Vorlage ist länger als {count} Zeichen',
  'lint.render.tooMuchText': 'Die Vorlage erzeugt zu viel Text zum Senden',
  'lint.render.filterArgument': 'Der Filter „{filter}“ braucht einen Wert, z. B. | {filter}: "Text"',
  'lint.render.failed': 'Die Vorlage konnte nicht ausgefüllt werden',
  'lint.field.unknown': 'Unbekanntes Feld „{field}“',
  'lint.field.unknownHint': 'Unbekanntes Feld „{field}“: Meinten Sie „{hint}“?',
  'lint.field.emptyDefault':
    '„{field}“ kann bei manchen Nachrichten leer sein: Fügen Sie einen Standardwert hinzu, z. B. {example}, sonst werden Sie danach gefragt',
  'lint.field.emptyIf':
    '„{field}“ ({why}) hat keinen passenden Standardwert: Setzen Sie, was davon abhängt, in {open}…{close}, sonst werden Sie danach gefragt',
  'lint.field.why.someMessages': 'kann bei manchen Nachrichten leer sein',
  'lint.field.why.noCc': 'ist leer, wenn die Antwort kein Cc hat',
  'lint.field.why.noName': 'kann leer sein, bis Sie in den Einstellungen Ihren Namen angeben',
  'lint.link.dropped': 'Der Link zu „{href}“ bleibt nur Text: Gesendet werden nur https:- und mailto:-Links',

  // The library, the editor, the preview, the fill-in form and Settings: sections of their own, so no
  // file passes 350 lines; called here, so they too are parsed only when German is used.
  ...library(),
  ...editor(),
});
