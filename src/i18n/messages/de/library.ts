// German: the template library, its lists, import and export, the team library (src/i18n/en/library.ts).
import type { Catalogue } from '../../types';

export const library = (): Catalogue => ({
  'library.kilobytes': '{size} KB',
  'library.usage': 'Belegt {used} von {limit}',

  'library.header': 'Vorlagen',
  'library.new': 'Neue Vorlage',
  'library.import': 'Importieren',
  'library.export': 'Exportieren',
  'library.noMatch': 'Keine Vorlage passt zu dieser Suche.',
  'library.empty': 'Noch keine Vorlagen: Erstellen oder importieren Sie welche.',
  'library.damaged.header': 'Beschädigt ({count})',
  'library.damaged.intro':
    'Diese gespeicherten Einträge sind nicht lesbar; Ihre anderen Vorlagen sind nicht betroffen. Öffnen Sie einen, kopieren Sie seinen Text und löschen Sie ihn dann.',
  'library.damaged.noName': '(kein lesbarer Name)',
  'library.damaged.more': '{count} weitere – löschen Sie einige davon, um den Rest zu sehen',
  'library.footer':
    '{usage} Vorlagenspeicher. Um eine Vorlage zu verwenden, öffnen Sie eine Nachricht: Die Karte der Nachricht listet die passenden Vorlagen auf, Vorschläge zuerst. {phone}',
  'library.phoneNote':
    'In den Gmail-Apps für Android und iOS verwenden Sie „Entwurf“ auf der Karte einer Nachricht; eine Vorlage in eine Nachricht einfügen, die Sie gerade schreiben, geht in Gmail im Web.',
  'library.settings': 'Einstellungen',
  'library.settingsHint': 'Ihr Name für Vorlagen und Ihre weiteren Adressen',
  'library.justSaved': 'Gespeichert',
  'library.justSavedCheck': 'Gespeichert · {check}',

  'rows.templates': { one: '{count} Vorlage', other: '{count} Vorlagen' },
  'rows.matching': {
    one: '{count} Vorlage passt zu „{query}“',
    other: '{count} Vorlagen passen zu „{query}“',
  },
  'rows.showing': '{first}–{last} von {total}',
  'rows.showingMore': '{first}–{last} von {total} · {rest} weitere – Suche eingrenzen',
  'rows.previous': 'Zurück',
  'rows.next': 'Weiter',
  'rows.search': 'Vorlagen durchsuchen',
  'rows.searchHint': 'Wörter aus Name, Tags oder Text',
  'rows.team': 'Team',
  'all.header': 'Alle Vorlagen',
  'all.subtitle': 'Vorschläge zuerst',
  'all.empty': 'Noch keine Vorlagen: Erstellen Sie eine in Ihrer Bibliothek.',

  'import.header': 'Vorlagen importieren',
  'import.nothing': 'Nichts importiert',
  'import.intro':
    'Fügen Sie einen Export aus Threadsmith ein (oder eine Liste von Vorlagen mit Name und Text). Jede Vorlage wird zuerst geprüft: Entweder werden alle hinzugefügt oder keine.',
  'import.json': 'Vorlagen als JSON',
  'import.button': 'Importieren',
  'import.pasteFirst': 'Fügen Sie zuerst das JSON eines Exports ein.',
  'import.moreProblems': '… und {count} weitere Probleme',
  'import.refused': 'Nichts importiert: siehe Karte',
  'import.nothingNew': {
    one: 'Nichts Neues: Diese Vorlage ist schon in Ihrer Bibliothek',
    other: 'Nichts Neues: Alle {count} Vorlagen sind schon in Ihrer Bibliothek',
  },
  'import.done': { one: '{count} Vorlage importiert', other: '{count} Vorlagen importiert' },
  'import.doneSkipped': {
    one: '{count} Vorlage importiert ({already} schon vorhanden)',
    other: '{count} Vorlagen importiert ({already} schon vorhanden)',
  },
  'export.header': 'Vorlagen exportieren',
  'export.intro': {
    one: '{count} Vorlage. Kopieren Sie den Text unten und bewahren Sie ihn auf, oder fügen Sie ihn in einem anderen Konto unter „Importieren“ ein.',
    other:
      '{count} Vorlagen. Kopieren Sie den Text unten und bewahren Sie ihn auf, oder fügen Sie ihn in einem anderen Konto unter „Importieren“ ein.',
  },
  'export.damaged': {
    one: '{count} beschädigter Eintrag ist nicht enthalten: Öffnen Sie ihn in der Bibliothek, um den gespeicherten Text zu kopieren.',
    other:
      '{count} beschädigte Einträge sind nicht enthalten: Öffnen Sie sie in der Bibliothek, um den gespeicherten Text zu kopieren.',
  },
  'export.json': 'Export (JSON)',
  'damaged.header': 'Beschädigter Eintrag',
  'damaged.stored': 'Gespeicherter Text (vor dem Löschen kopieren)',
  'damaged.delete': 'Endgültig löschen',
  'damaged.deleted': 'Beschädigter Eintrag gelöscht',
  'damaged.gone': 'Dieser Eintrag ist nicht mehr da: Er wurde eventuell in einem anderen Fenster gelöscht.',
  'damaged.notFound': 'Nicht gefunden',
  'library.back': 'Zurück',
  'library.cancel': 'Abbrechen',
  'library.stale': '{done}. Öffnen Sie die Bibliothek erneut, um die aktuelle Liste zu sehen.',
  'library.deleted': 'Vorlage gelöscht',
  'library.copied': 'Als „{name}“ kopiert',

  'team.header': 'Team-Bibliothek',
  'team.empty':
    'Teilen Sie einen gemeinsamen Satz Vorlagen mit Ihrem Team. Mit {create} legen Sie eine Datei in Ihrem Google Drive an; diese Datei teilen Sie dann in Drive mit Ihrem Team („Freigeben…“). Um einer Team-Bibliothek beizutreten, die jemand mit Ihnen geteilt hat: Öffnen Sie Google Drive, wählen Sie die Datei aus, öffnen Sie Threadsmith in der Seitenleiste von Drive und wählen Sie {use}.',
  'team.create': 'Team-Bibliothek erstellen',
  'team.allowAccess': 'Zugriff erlauben',
  'team.stop': 'Nicht mehr verwenden',
  'team.summary': '{name}: {templates}, in Ihren Listen mit „Team“ markiert. {access}',
  'team.canEdit': 'Sie können sie bearbeiten; Ihr Team sieht Ihre Änderungen.',
  'team.canUse':
    'Sie können sie verwenden; ändern können sie nur Personen mit Bearbeitungszugriff auf die Datei in Drive.',
  'team.stale':
    'Drive hat gerade nicht geantwortet: Sie sehen die Team-Vorlagen mit dem zuletzt gelesenen Stand.',
  'team.moreProblems': '… und {count} weitere',
  'team.problems': {
    one: '{count} Eintrag der Datei ist nicht verwendbar',
    other: '{count} Einträge der Datei sind nicht verwendbar',
  },
  'team.problemsOthers': '{problems} (die anderen schon):',
  'team.newTemplate': 'Neue Team-Vorlage',
  'team.copyMine': 'Meine Vorlagen ins Team kopieren',
  'team.share': 'Freigeben…',
  'team.yourTemplates': 'Ihre Vorlagen',
  'team.createIntro':
    'Threadsmith legt in Ihrem Google Drive eine Datei für die Vorlagen des Teams an. Nur Personen, für die Sie die Datei freigeben, können sie sehen; wer Bearbeitungszugriff hat, kann ihre Vorlagen ändern.',
  'team.name': 'Name der Team-Bibliothek',
  'team.tickToStart':
    'Wählen Sie die Vorlagen für den Start aus (Kopien: Ihre bleiben unverändert) oder keine, um leer zu beginnen.',
  'team.moreLater': '{count} weitere: Kopieren Sie sie später mit „Meine Vorlagen ins Team kopieren“.',
  'team.tickToCopy':
    'Wählen Sie die Vorlagen aus, die nach {team} kopiert werden. Ihre eigenen bleiben unverändert.',
  'team.noneOfYourOwn': 'Sie haben noch keine eigenen Vorlagen.',
  'team.moreSearch': '{count} weitere: Durchsuchen Sie die Bibliothek, um eine zu öffnen.',
  'team.copyHeader': 'In die Team-Bibliothek kopieren',
  'team.copyButton': 'Ins Team kopieren',
  'team.subtitle': 'Team · {team}',
  'team.readOnly':
    'Eine Team-Vorlage: Sie können sie verwenden, ändern können sie aber nur Personen mit Bearbeitungszugriff auf die Team-Bibliothek. Kopieren Sie sie in Ihre Vorlagen, um eine eigene Version zu erstellen.',
  'team.text': 'Text',
  'team.tags': 'Tags',
  'team.noTags': '(keine)',
  'team.copyToMine': 'In meine Vorlagen kopieren',
  'team.driveHome':
    'Um eine Team-Bibliothek zu verwenden, die jemand mit Ihnen geteilt hat, wählen Sie ihre Datei hier in Drive aus (sie endet auf „(Threadsmith team library).json“); dieser Bereich bietet dann {use} an. Um eine zu erstellen, öffnen Sie Threadsmith in Gmail: Die Bibliothek hat einen Abschnitt „Team-Bibliothek“.',
  'team.use': 'Als Team-Bibliothek verwenden',

  'team.none': 'Sie haben keine Team-Bibliothek.',
  'team.notAvailable': 'Team-Bibliothek nicht verfügbar',
  'team.defaultName': 'Team-Vorlagen',
  'team.saved': '„{name}“ in der Team-Bibliothek gespeichert',
  'team.deleted': 'Aus der Team-Bibliothek gelöscht',
  'team.copiedToMine': 'Als „{name}“ in Ihre Vorlagen kopiert',
  'team.copyName': '{name} (Team-Kopie)',
  'team.consent':
    'Eine Team-Bibliothek ist eine Datei in Google Drive, daher braucht Threadsmith Ihre Berechtigung, die Drive-Dateien zu sehen und zu ändern, die Sie damit erstellen oder öffnen („drive.file“). Andere Dateien in Ihrem Drive sieht Threadsmith nicht. Ihre eigenen Vorlagen funktionieren auch ohne.',
  'team.permission': 'Berechtigung erforderlich',
  'team.nameTooLong': 'Der Name muss eine Zeile mit höchstens {max} Zeichen sein.',
  'team.created': {
    one: '„{name}“ mit {count} Vorlage in Ihrem Drive erstellt. Geben Sie sie mit „Freigeben…“ für Ihr Team frei.',
    other:
      '„{name}“ mit {count} Vorlagen in Ihrem Drive erstellt. Geben Sie sie mit „Freigeben…“ für Ihr Team frei.',
  },
  'team.createdEmpty': '„{name}“ in Ihrem Drive erstellt. Geben Sie sie mit „Freigeben…“ für Ihr Team frei.',
  'team.tickOne': 'Wählen Sie mindestens eine Vorlage zum Kopieren aus.',
  'team.nothingCopied': 'Nichts kopiert: siehe Karte',
  'team.copied': {
    one: '{count} Vorlage in die Team-Bibliothek kopiert',
    other: '{count} Vorlagen in die Team-Bibliothek kopiert',
  },
  'team.left': 'Sie verwenden die Team-Bibliothek nicht mehr. Die Datei bleibt in Drive.',
  'team.theFile': 'die Datei',
  'team.isYours':
    'Diese Datei ist Ihre Team-Bibliothek. Die Vorlagen darin erscheinen in Gmail neben Ihren eigenen, mit „Team“ markiert.',
  'team.askUse':
    'Diese Datei als Team-Bibliothek verwenden? Die Vorlagen darin erscheinen dann in Gmail neben Ihren eigenen, mit „Team“ markiert.',
  'team.askUseAccess':
    'Diese Datei als Team-Bibliothek verwenden? Threadsmith bittet zuerst um Zugriff auf genau diese Datei; andere Dateien in Ihrem Drive sieht es nicht.',
  'team.joined':
    'Fertig: „{name}“ ({templates}) ist jetzt Ihre Team-Bibliothek. Öffnen Sie Gmail: Die Vorlagen erscheinen neben Ihren eigenen, mit „Team“ markiert.',
  'team.joinedViewer':
    'Fertig: „{name}“ ({templates}) ist jetzt Ihre Team-Bibliothek. Öffnen Sie Gmail: Die Vorlagen erscheinen neben Ihren eigenen, mit „Team“ markiert. Sie können sie verwenden; ändern können sie nur Personen mit Bearbeitungszugriff auf die Datei.',
  'team.joinedNote': '„{name}“ ist jetzt Ihre Team-Bibliothek',
  'team.notTeamLibrary': 'Keine Team-Bibliothek',
});
