// German (de). Gmail's own words: Antworten, Allen antworten, Entwurf.
import type { Catalogue } from '../types';

export const de = (): Catalogue => ({
  // Gmail: "Am Mi., 20. Dez. 2023 um 13:37 Uhr schrieb Name <a@b>:"
  'quote.wrote': 'Am {date} schrieb {who}:',
  'quote.wroteNoDate': '{who} schrieb:',
  'quote.unknownSender': 'ein unbekannter Absender',

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

  'warning.nobody': 'Diese Antwort erreicht niemanden mehr.',
  'warning.nobody.noList':
    'Diese Nachricht nennt keine Adresse einer Mailingliste, an die Sie antworten könnten.',
  'warning.nobody.onlyMe':
    'Sie haben diese Nachricht nur an sich selbst gesendet, eine Antwort erreicht niemanden sonst.',
  'warning.nobody.noSender':
    'Die Nachricht hat keinen Absender, es gibt niemanden, dem Sie antworten könnten.',
  'warning.nobody.invalidSender':
    'Der Absender „{sender}“ ist keine gültige Adresse, es gibt niemanden, dem Sie antworten könnten.',
  'warning.nobody.fromMe':
    'Diese Nachricht kam von einer Ihrer eigenen Adressen, eine Antwort erreicht niemanden sonst.',
  'warning.invalidRecipients': {
    one: '{count} ungültige Adresse weggelassen: {names}.',
    other: '{count} ungültige Adressen weggelassen: {names}.',
  },
  'warning.tooManyRecipients':
    'Diese Antwort ginge an {count} Personen, Gmail erlaubt höchstens {max} pro Nachricht. Entfernen Sie einige aus Cc oder Bcc oder wählen Sie „Antworten“, um nur dem Absender zu antworten.',
  'warning.manyRecipients': 'Diese Antwort geht an {count} Personen.',
  'warning.externalRecipients': {
    one: '{count} externer Empfänger (außerhalb von {domain}).',
    other: '{count} externe Empfänger (außerhalb von {domain}).',
  },
  'warning.replyTo.toMe':
    'Die Nachricht bittet um Antworten an Sie (Reply-To), daher geht diese Antwort stattdessen an {sender}.',
  'warning.replyTo.others': 'Die Nachricht bittet um Antworten an {names} (Reply-To), nicht an {sender}.',
  'warning.theSender': 'den Absender',

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

  // The library and Settings (a first few keys; the rest falls back to English key by key).
  'library.header': 'Vorlagen',
  'library.new': 'Neue Vorlage',
  'library.import': 'Importieren',
  'library.export': 'Exportieren',
  'library.usage': 'Belegt {used} von {limit}',
  'library.kilobytes': '{size} KB',
  'library.settings': 'Einstellungen',
  'library.settingsHint': 'Ihr Name für Vorlagen und Ihre weiteren Adressen',
  'rows.templates': { one: '{count} Vorlage', other: '{count} Vorlagen' },
  'rows.search': 'Vorlagen durchsuchen',
  'team.header': 'Team-Bibliothek',
  'settings.header': 'Einstellungen',
  'settings.you': 'Sie',
  'settings.name': 'Ihr Name',
  'settings.otherAddresses': 'Meine weiteren Adressen',
  'settings.onePerLine': 'Eine pro Zeile',
  'settings.save': 'Speichern',
  'settings.saved': 'Gespeichert.',
});
