// Dutch: the template library, its lists, import and export, the team library (src/i18n/en/library.ts).
import type { Catalogue } from '../../types';

export const library = (): Catalogue => ({
  'library.kilobytes': '{size} KB',
  'library.usage': '{used} van {limit} gebruikt',

  'library.header': 'Sjablonen',
  'library.new': 'Nieuw sjabloon',
  'library.import': 'Importeren',
  'library.export': 'Exporteren',
  'library.noMatch': 'Geen sjabloon gevonden voor deze zoekopdracht.',
  'library.empty': 'Nog geen sjablonen: maak er een of importeer ze.',
  'library.damaged.header': 'Beschadigd ({count})',
  'library.damaged.intro':
    'Deze opgeslagen items zijn niet te lezen; je andere sjablonen hebben er geen last van. Open er een om de tekst te kopiëren en verwijder het daarna.',
  'library.damaged.noName': '(geen leesbare naam)',
  'library.damaged.more': 'Nog {count} — verwijder er een paar om de rest te zien',
  'library.footer':
    'Sjabloonopslag: {usage}. Open een bericht om een sjabloon te gebruiken: de kaart toont de sjablonen die passen, voorgestelde eerst. {phone}',
  'library.phoneNote':
    'Gebruik in de Gmail-apps voor Android en iOS Concept op de kaart van een bericht; een sjabloon invoegen in een bericht dat je schrijft, werkt in Gmail op het web.',
  'library.settings': 'Instellingen',
  'library.settingsHint': 'Je naam voor sjablonen en je andere adressen',
  'library.justSaved': 'Opgeslagen',
  'library.justSavedCheck': 'Opgeslagen · {check}',

  'rows.templates': { one: '{count} sjabloon', other: '{count} sjablonen' },
  'rows.matching': {
    one: '{count} sjabloon voor ‘{query}’',
    other: '{count} sjablonen voor ‘{query}’',
  },
  'rows.showing': '{first}–{last} van {total}',
  'rows.showingMore': '{first}–{last} van {total} · nog {rest} — verfijn de zoekopdracht',
  'rows.previous': 'Vorige',
  'rows.next': 'Volgende',
  'rows.search': 'Sjablonen zoeken',
  'rows.searchHint': 'Woorden uit naam, tags of tekst',
  'rows.team': 'Team',
  'all.header': 'Alle sjablonen',
  'all.subtitle': 'Voorgestelde eerst',
  'all.empty': 'Nog geen sjablonen: maak er een in je bibliotheek.',

  'import.header': 'Sjablonen importeren',
  'import.nothing': 'Er is niets geïmporteerd',
  'import.intro':
    'Plak een export uit Threadsmith (of een lijst sjablonen met een naam en een tekst). Elk sjabloon wordt eerst gecontroleerd: ze worden allemaal toegevoegd, of geen enkele.',
  'import.json': 'Sjablonen als JSON',
  'import.button': 'Importeren',
  'import.pasteFirst': 'Plak eerst de JSON van een export.',
  'import.moreProblems': '… en nog {count} problemen',
  'import.refused': 'Er is niets geïmporteerd: zie de kaart',
  'import.nothingNew': {
    one: 'Niets nieuws: dat sjabloon staat al in je bibliotheek',
    other: 'Niets nieuws: alle {count} sjablonen staan al in je bibliotheek',
  },
  'import.done': { one: '{count} sjabloon geïmporteerd', other: '{count} sjablonen geïmporteerd' },
  'import.doneSkipped': {
    one: '{count} sjabloon geïmporteerd ({already} al aanwezig)',
    other: '{count} sjablonen geïmporteerd ({already} al aanwezig)',
  },
  'export.header': 'Sjablonen exporteren',
  'export.intro': {
    one: '{count} sjabloon. Kopieer de tekst hieronder en bewaar hem, of plak hem bij Importeren in een ander account.',
    other:
      '{count} sjablonen. Kopieer de tekst hieronder en bewaar hem, of plak hem bij Importeren in een ander account.',
  },
  'export.damaged': {
    one: '{count} beschadigd item is niet meegenomen: open het in de bibliotheek om de opgeslagen tekst te kopiëren.',
    other:
      '{count} beschadigde items zijn niet meegenomen: open ze in de bibliotheek om de opgeslagen tekst te kopiëren.',
  },
  'export.json': 'Export (JSON)',
  'damaged.header': 'Beschadigd item',
  'damaged.stored': 'Opgeslagen tekst (kopieer die voordat je verwijdert)',
  'damaged.delete': 'Definitief verwijderen',
  'damaged.deleted': 'Beschadigd item verwijderd',
  'damaged.gone': 'Dat item is er niet meer: het is misschien in een ander venster verwijderd.',
  'damaged.notFound': 'Niet gevonden',
  'library.back': 'Terug',
  'library.cancel': 'Annuleren',
  'library.stale': '{done}. Open de bibliotheek opnieuw om de actuele lijst te zien.',
  'library.deleted': 'Sjabloon verwijderd',
  'library.copied': 'Gekopieerd als ‘{name}’',

  'team.header': 'Teambibliotheek',
  'team.empty':
    'Deel één set sjablonen met je team. Met {create} maak je een bestand in je Google Drive; dat bestand deel je daarna vanuit Drive met je team (‘Delen…’). Deelnemen aan een teambibliotheek die iemand met je heeft gedeeld: open Google Drive, selecteer het bestand, open Threadsmith in het zijpaneel van Drive en kies {use}.',
  'team.create': 'Teambibliotheek maken',
  'team.allowAccess': 'Toegang toestaan',
  'team.stop': 'Niet meer gebruiken',
  'team.summary': '{name}: {templates}, gemarkeerd met Team in je lijsten. {access}',
  'team.canEdit': 'Je kunt ze bewerken; je teamgenoten zien je wijzigingen.',
  'team.canUse':
    'Je kunt ze gebruiken; alleen mensen met bewerkrechten voor het bestand in Drive kunnen ze wijzigen.',
  'team.stale': 'Drive reageerde net niet: dit zijn de teamsjablonen zoals ze het laatst zijn gelezen.',
  'team.moreProblems': '… en nog {count}',
  'team.problems': {
    one: '{count} item van het bestand is niet bruikbaar',
    other: '{count} items van het bestand zijn niet bruikbaar',
  },
  'team.problemsOthers': '{problems} (de rest wel):',
  'team.newTemplate': 'Nieuw teamsjabloon',
  'team.copyMine': 'Mijn sjablonen naar het team kopiëren',
  'team.share': 'Delen…',
  'team.yourTemplates': 'Je sjablonen',
  'team.createIntro':
    'Threadsmith maakt een bestand in je Google Drive voor de sjablonen van het team. Alleen mensen met wie je het bestand deelt, kunnen het zien; wie bewerkrechten krijgt, kan de sjablonen wijzigen.',
  'team.name': 'Naam van de teambibliotheek',
  'team.tickToStart':
    'Vink de sjablonen aan om mee te beginnen (kopieën: die van jou blijven zoals ze zijn), of geen om leeg te beginnen.',
  'team.moreLater': 'Nog {count}: kopieer ze later met ‘Mijn sjablonen naar het team kopiëren’.',
  'team.tickToCopy':
    'Vink de sjablonen aan die je naar {team} wilt kopiëren. Die van jou blijven zoals ze zijn.',
  'team.noneOfYourOwn': 'Je hebt nog geen eigen sjablonen.',
  'team.moreSearch': 'Nog {count}: zoek in de bibliotheek om er een te openen.',
  'team.copyHeader': 'Naar de teambibliotheek kopiëren',
  'team.copyButton': 'Naar het team kopiëren',
  'team.subtitle': 'Team · {team}',
  'team.readOnly':
    'Een teamsjabloon: je kunt het gebruiken, maar alleen mensen met bewerkrechten voor de teambibliotheek kunnen het wijzigen. Kopieer het naar je sjablonen om je eigen versie te maken.',
  'team.text': 'Tekst',
  'team.tags': 'Tags',
  'team.noTags': '(geen)',
  'team.copyToMine': 'Naar mijn sjablonen kopiëren',
  'team.driveHome':
    'Wil je een teambibliotheek gebruiken die iemand met je heeft gedeeld? Selecteer het bestand hier in Drive (de naam eindigt op ‘(Threadsmith team library).json’); dit paneel biedt dan {use} aan. Om er een te maken, open je Threadsmith in Gmail: de bibliotheek heeft een onderdeel Teambibliotheek.',
  'team.use': 'Als teambibliotheek gebruiken',

  'team.none': 'Je hebt geen teambibliotheek.',
  'team.notAvailable': 'Teambibliotheek niet beschikbaar',
  'team.defaultName': 'Teamsjablonen',
  'team.saved': '‘{name}’ opgeslagen in de teambibliotheek',
  'team.deleted': 'Verwijderd uit de teambibliotheek',
  'team.copiedToMine': 'Gekopieerd naar je sjablonen als ‘{name}’',
  'team.copyName': '{name} (teamkopie)',
  'team.consent':
    'Een teambibliotheek is een bestand in Google Drive, dus Threadsmith heeft je toestemming nodig om de Drive-bestanden te zien en te wijzigen die je ermee maakt of opent (‘drive.file’). Andere bestanden in je Drive ziet het niet. Je eigen sjablonen werken ook zonder.',
  'team.permission': 'Toestemming nodig',
  'team.nameTooLong': 'De naam moet één regel van maximaal {max} tekens zijn.',
  'team.created': {
    one: '‘{name}’ gemaakt in je Drive met {count} sjabloon. Deel het met je team via ‘Delen…’.',
    other: '‘{name}’ gemaakt in je Drive met {count} sjablonen. Deel het met je team via ‘Delen…’.',
  },
  'team.createdEmpty': '‘{name}’ gemaakt in je Drive. Deel het met je team via ‘Delen…’.',
  'team.tickOne': 'Vink minstens één sjabloon aan om te kopiëren.',
  'team.nothingCopied': 'Er is niets gekopieerd: zie de kaart',
  'team.copied': {
    one: '{count} sjabloon naar de teambibliotheek gekopieerd',
    other: '{count} sjablonen naar de teambibliotheek gekopieerd',
  },
  'team.left': 'Je gebruikt de teambibliotheek niet meer. Het bestand blijft in Drive.',
  'team.theFile': 'het bestand',
  'team.isYours':
    'Dit bestand is je teambibliotheek. De sjablonen erin verschijnen in Gmail bij die van jou, gemarkeerd met Team.',
  'team.askUse':
    'Dit bestand als teambibliotheek gebruiken? De sjablonen erin verschijnen dan in Gmail bij die van jou, gemarkeerd met Team.',
  'team.askUseAccess':
    'Dit bestand als teambibliotheek gebruiken? Threadsmith vraagt eerst toegang tot alleen dit bestand; andere bestanden in je Drive ziet het niet.',
  'team.joined':
    'Klaar: ‘{name}’ ({templates}) is nu je teambibliotheek. Open Gmail: de sjablonen verschijnen bij die van jou, gemarkeerd met Team.',
  'team.joinedViewer':
    'Klaar: ‘{name}’ ({templates}) is nu je teambibliotheek. Open Gmail: de sjablonen verschijnen bij die van jou, gemarkeerd met Team. Je kunt ze gebruiken; alleen mensen met bewerkrechten voor het bestand kunnen ze wijzigen.',
  'team.joinedNote': '‘{name}’ is nu je teambibliotheek',
  'team.notTeamLibrary': 'Geen teambibliotheek',
});
