// Dutch (nl). Gmail's own words: Beantwoorden, Allen beantwoorden, Concept, Onderwerp, Sjablonen,
// Instellingen. The UI says "je", as Google's Dutch UI does; one word each for "sjabloon" (template),
// "concept" (draft), "bibliotheek" (library).
import type { Catalogue } from '../types';
import { editor } from './nl/editor';
import { library } from './nl/library';

export const nl = (): Catalogue => ({
  // Gmail: "Op wo 20 dec 2023 om 13:37 schreef Name <a@b>:"
  'quote.wrote': 'Op {date} schreef {who}:',
  'quote.wroteNoDate': '{who} schreef:',
  'quote.unknownSender': 'een onbekende afzender',
  'quote.cutNote':
    '[Threadsmith heeft de rest van het origineel weggelaten: Gmail staat maximaal 200 KB per bericht toe. Het volledige bericht staat nog in het gesprek.]',

  'list.separator': ', ',
  'list.and': '{first} en {last}',
  'list.more': { one: '{first} en nog {count}', other: '{first} en nog {count}' },

  'mode.reply': 'Beantwoorden',
  'mode.reply-all': 'Allen beantwoorden',
  'mode.reply-list': 'Lijst beantwoorden',
  'card.reply.header': 'Antwoord',
  'card.reply.to': 'Antwoord aan',
  'card.reply.includeQuote': 'Oorspronkelijk bericht opnemen',
  'card.reply.includeAttachments': 'Oorspronkelijke bijlagen opnemen ({count})',
  'card.reply.addCc': 'Cc toevoegen',
  'card.reply.addBcc': 'Bcc toevoegen',
  'card.reply.addressesHint': 'Adressen, gescheiden door komma’s',
  'card.draft.header': 'Het concept',
  'card.draft.to': 'Aan',
  'card.draft.cc': 'Cc',
  'card.draft.bcc': 'Bcc',
  'card.draft.subject': 'Onderwerp',
  'card.warning.blocking': 'Geen concept',
  'card.warning.check': 'Controleren',
  'card.warning.note': 'Opmerking',
  'card.createDraft': 'Concept maken',
  'card.templates.header': 'Sjablonen',
  'card.templates.none': 'Nog geen sjablonen: maak er een in je bibliotheek.',
  'card.templates.draft': 'Concept',
  'card.templates.draftAlt': 'Concept ‘{name}’',
  'card.templates.all': 'Alle sjablonen ({count})',
  'card.templates.manage': 'Sjablonen beheren',
  'card.templates.hasError': 'Bevat een fout: open het om die te zien',
  'card.templates.asksFor': 'Vraagt om {fields}',

  'warning.nobody': 'Er is niemand meer om dit antwoord naar te sturen.',
  'warning.nobody.noList': 'Dit bericht noemt geen adres van een mailinglijst om op te antwoorden.',
  'warning.nobody.onlyMe':
    'Je hebt dit bericht alleen naar jezelf gestuurd, dus een antwoord bereikt verder niemand.',
  'warning.nobody.noSender': 'Het bericht heeft geen afzender, dus je kunt niemand antwoorden.',
  'warning.nobody.invalidSender':
    'De afzender ‘{sender}’ is geen geldig adres, dus je kunt niemand antwoorden.',
  'warning.nobody.fromMe':
    'Dit bericht kwam van een van je eigen adressen, dus een antwoord bereikt verder niemand.',
  'warning.invalidRecipients': {
    one: '{count} ongeldig adres weggelaten: {names}.',
    other: '{count} ongeldige adressen weggelaten: {names}.',
  },
  'warning.tooManyRecipients':
    'Dit antwoord zou naar {count} personen gaan, en Gmail staat er maximaal {max} per bericht toe. Verwijder er een paar uit Cc of Bcc, of kies Beantwoorden om alleen de afzender te antwoorden.',
  'warning.manyRecipients': 'Dit antwoord gaat naar {count} personen.',
  'warning.externalRecipients': {
    one: '{count} externe ontvanger (buiten {domain}).',
    other: '{count} externe ontvangers (buiten {domain}).',
  },
  'warning.replyTo.toMe':
    'Het bericht vraagt om antwoorden aan jou (Reply-To), dus dit antwoord gaat in plaats daarvan naar {sender}.',
  'warning.replyTo.others': 'Het bericht vraagt om antwoorden aan {names} (Reply-To), niet aan {sender}.',
  'warning.theSender': 'de afzender',

  'warning.unknownUser':
    'Gmail heeft Threadsmith je e-mailadres niet gegeven, dus Threadsmith kan je niet uit het antwoord weglaten. Threadsmith heeft toestemming nodig om je e-mailadres te zien: als je die hebt geweigerd, verwijder dan de toegang van Threadsmith via myaccount.google.com/permissions, open Threadsmith opnieuw en sta het toe.',
  'warning.repeatedHeader':
    'Dit bericht heeft meer dan één {header}-regel, terwijl er maar één mag zijn: alleen de eerste wordt gebruikt.',
  'warning.noMessageId':
    'Het oorspronkelijke bericht heeft geen Message-ID, dus de mailapp van de ontvanger plaatst dit antwoord misschien niet in het gesprek (in je eigen Gmail wel).',
  'warning.attachmentsTooLarge':
    'De mee te sturen bijlagen zijn samen {total}, meer dan de limiet van {max} van Gmail: {names}. Zet de oorspronkelijke bijlagen of het citaat uit om het concept te maken.',
  'warning.attachmentsMissing': {
    one: 'Gmail toont {names} niet meer bij dit bericht, dus het concept wordt zonder deze bijlage gemaakt.',
    other:
      'Gmail toont {names} niet meer bij dit bericht, dus het concept wordt zonder deze bijlagen gemaakt.',
  },
  'warning.bodyTooLarge':
    'De eigen tekst van het antwoord is groter dan de limiet van 200 KB per bericht van Gmail. Maak hem korter om het concept te maken.',
  'warning.quotePlain':
    'Het origineel is te groot om met opmaak te citeren (Gmail staat maximaal 200 KB per bericht toe), dus het wordt als platte tekst geciteerd.',
  'warning.quoteCut':
    'Het origineel is te groot om helemaal te citeren (Gmail staat maximaal 200 KB per bericht toe): het begin wordt als platte tekst geciteerd, met een opmerking waar het citaat stopt.',
  'warning.subjectByGmail':
    'Het onderwerp is langer dan de {max} tekens die Threadsmith mag instellen, dus Gmail vult het in.',
  'warning.repliesToEarlier':
    'Gmail zou een antwoord op je eigen bericht aan jezelf richten, dus dit concept beantwoordt in hetzelfde gesprek het bericht dat {names} op {date} stuurde.',
  'warning.repliesToEarlier.noName':
    'Gmail zou een antwoord op je eigen bericht aan jezelf richten, dus dit concept beantwoordt in hetzelfde gesprek het eerdere bericht van {date}.',
  'warning.notThreaded.unreadable':
    'De Reply-To of From van het bericht is niet betrouwbaar te lezen, dus Threadsmith adresseert dit concept zelf: het begint een nieuw gesprek met hetzelfde onderwerp.',
  'warning.notThreaded':
    'Gmail-add-ons kunnen een antwoord in het gesprek alleen aan de afzender richten, dus dit concept begint een nieuw gesprek met hetzelfde onderwerp.',

  'card.recipients.none': '—',
  'card.recipients.more': '{names} en nog {count}',
  'card.open': 'Openen',

  // The compose card.
  'compose.header': 'Sjabloon invoegen',
  'compose.search': 'Sjablonen zoeken',
  'compose.searchHint': 'Naam, tag of tekst',
  'compose.for': 'Voor',
  'compose.noRecipients': 'Nog geen ontvangers',
  'compose.check': 'Controleren',
  'compose.templates': 'Sjablonen',
  'compose.emptyLibrary':
    'Je sjabloonbibliotheek is leeg. Open Threadsmith in het zijpaneel van Gmail (zonder geopend bericht) en kies {button} om je eerste sjabloon te schrijven.',
  'compose.newTemplate': 'Nieuw sjabloon',
  'compose.noMatch': 'Geen sjabloon gevonden voor ‘{query}’.',
  'compose.empty': '(leeg)',
  'compose.team': 'Team',
  'compose.more': 'Nog {count}: verfijn de zoekopdracht.',
  'compose.preview.subtitle': 'Voorbeeld voor dit concept',
  'compose.addsCc': 'Voegt Cc toe',
  'compose.addsBcc': 'Voegt Bcc toe',
  'compose.subject': 'Onderwerp',
  'compose.setSubject': 'Onderwerp wijzigen in ‘{subject}’',
  'compose.setSubjectHint': 'Uitzetten bij een antwoord: een ander onderwerp haalt het uit het gesprek.',
  'compose.problem': 'Dit sjabloon bevat een fout',
  'compose.text': 'Tekst',
  'compose.insert': 'Invoegen',
  'compose.insertWaiting': {
    one: 'Invoegen ({count} waarde invullen)',
    other: 'Invoegen ({count} waarden invullen)',
  },
  'compose.warning.notAddress': 'Geen e-mailadres, ongewijzigd gelaten: {names}',
  'compose.warning.templateNotAddress': '‘{value}’ uit het sjabloon is geen e-mailadres en wordt weggelaten.',
  'compose.warning.unknownCc':
    'Gmail heeft Threadsmith de Cc van dit concept niet doorgegeven, dus Invoegen laat die ongewijzigd: voeg {emails} zelf toe aan Cc.',
  'compose.warning.unknownBcc':
    'Gmail heeft Threadsmith de Bcc van dit concept niet doorgegeven, dus Invoegen laat die ongewijzigd: voeg {emails} zelf toe aan Bcc.',

  // Errors.
  'error.reference': 'Referentie: {reference}',
  'error.title': 'Dat kan Threadsmith niet',
  'error.unexpected.title': 'Er is iets misgegaan',
  'error.unexpected':
    'Threadsmith liep tegen een onverwacht probleem aan. Probeer het opnieuw. Blijft het gebeuren, stuur ons dan de referentie hieronder.',
  'error.oldButton':
    'Die knop komt uit een oudere versie van Threadsmith. Open het bericht opnieuw en probeer het nog eens.',
  'error.noDraft.title': 'Geen concept gemaakt',
  'error.cardChanged':
    'Het antwoord is veranderd sinds deze kaart werd getoond. Er is niets gemaakt: wijzig een keuze op de kaart om die te vernieuwen en maak het concept dan opnieuw.',
  'error.noSender.title': 'Geen afzender',
  'error.noSender':
    'Dit bericht heeft geen afzenderadres (de From-regel ontbreekt of is onleesbaar), dus je kunt niemand antwoorden.',
  'error.draftMayExist.title': 'Controleer je concepten',
  'error.draftMayExist':
    'Gmail heeft het concept niet bevestigd, maar misschien is het toch gemaakt. Kijk in je map Concepten voordat je het opnieuw probeert, zodat je niet twee exemplaren krijgt.',
  'error.noMessage.title': 'Geen bericht geopend',
  'error.noMessage':
    'Threadsmith werkt met het bericht dat je open hebt, en dit verzoek zei niet welk. Open een bericht in Gmail en probeer het opnieuw.',
  'error.accessExpired.title': 'Toegang tot bericht verlopen',
  'error.accessExpired':
    'Gmail liet Threadsmith dit bericht niet lezen (de toegang is misschien verlopen). Sluit het bericht, open het opnieuw en probeer het nog eens.',
  'error.notReadable.title': 'Bericht niet leesbaar',
  'error.notReadable':
    'Gmail liet Threadsmith dit bericht niet lezen: het is misschien verwijderd of verplaatst, of Gmail heeft problemen. Sluit het bericht, open het opnieuw en probeer het nog eens.',
  'error.notFound.title': 'Bericht niet gevonden',
  'error.notFound': 'Dit bericht bestaat niet meer: het is misschien verwijderd. Open een ander bericht.',
  // The template store, Settings and the team library refuse.
  'error.store.conflict.title': 'Sjabloon elders gewijzigd',
  'error.store.changed':
    '‘{name}’ is in een ander venster gewijzigd nadat je het opende. Je wijzigingen zijn niet opgeslagen: kopieer ze, open het sjabloon opnieuw en breng ze nog een keer aan.',
  'error.store.deleted':
    '‘{name}’ is in een ander venster verwijderd nadat je het opende. Je wijzigingen zijn niet opgeslagen: kopieer ze en maak een nieuw sjabloon.',
  'error.store.nameTaken.title': 'Naam al in gebruik',
  'error.store.nameTaken': 'Je hebt al een sjabloon met de naam ‘{name}’. Kies een andere naam.',
  'error.store.namesTaken':
    'Deze namen zijn al in gebruik (namen moeten meer verschillen dan alleen in hoofdletters): {names}.',
  'error.store.quoted': '‘{name}’',
  'error.store.full.title': 'Sjabloonbibliotheek vol',
  'error.store.full':
    '{what} {needed}, maar van je {limit} is nog maar {free} vrij. Verwijder of verkort een paar sjablonen en probeer het opnieuw.',
  'error.store.needs.template': 'Dit sjabloon vereist',
  'error.store.needs.copy': 'De kopie vereist',
  'error.store.needs.upgrade': 'Het omzetten van je sjablonen naar de nieuwe opslagindeling vereist',
  'error.store.needs.change': 'Deze wijziging vereist',
  'error.store.needs.import': { one: 'Dit sjabloon vereist', other: 'Deze {count} sjablonen vereisen' },
  'error.store.needs.settings': 'Je instellingen vereisen',
  'error.store.needs.importedSettings': 'Deze instellingen vereisen',
  'error.store.needs.starters': 'De startsjablonen vereisen',
  'error.store.kb': '{size} KB',
  'error.store.tooLarge.title': 'Sjabloon te groot',
  'error.store.tooLarge':
    'De naam, het onderwerp, Cc, Bcc en de tags van dit sjabloon nemen {size} in; samen is maximaal {max} toegestaan. Maak ze korter en probeer het opnieuw.',
  'error.store.notFound.title': 'Sjabloon niet gevonden',
  'error.store.notFound': 'Dat sjabloon bestaat niet meer; het is misschien in een ander venster verwijderd.',
  'error.store.damaged.title': 'Sjabloon beschadigd',
  'error.store.damaged':
    '‘{name}’ is beschadigd en kan niet worden gewijzigd. Kopieer de tekst uit de lijst Beschadigd, verwijder het daar en maak het opnieuw.',
  'error.store.busy.title': 'Bezig met opslaan',
  'error.store.busy':
    'Je sjablonen worden in een ander venster opgeslagen. Er is niets gewijzigd; probeer het zo opnieuw.',
  'error.store.newer.title': 'Update nodig',
  'error.store.newer':
    'Je sjablonen zijn opgeslagen door een nieuwere versie van Threadsmith (opslagindeling {found}; deze versie ondersteunt {known}). Je kunt ze lezen, maar pas wijzigen als de add-on is geüpdatet.',
  'error.settings.tooLarge.title': 'Instellingen te groot',
  'error.settings.tooLarge':
    'Deze instellingen nemen {size} in; er past maximaal {max}. Verwijder een paar adressen en probeer het opnieuw.',
  'error.team.changed':
    'Iemand anders heeft ‘{name}’ in de teambibliotheek opgeslagen nadat jij het opende, dus je wijzigingen zijn niet opgeslagen. Wat je hebt getypt, staat nog hieronder: kopieer het, open de opgeslagen versie en breng je wijziging opnieuw aan.',
  'error.team.deleted':
    'Iemand anders heeft ‘{name}’ uit de teambibliotheek verwijderd nadat jij het opende, dus je wijzigingen zijn niet opgeslagen. Wat je hebt getypt, staat nog hieronder: kopieer het als je het wilt bewaren.',
  'error.team.readOnly.title': 'Alleen bekijken',
  'error.team.readOnly':
    'Je kunt de teambibliotheek ‘{file}’ gebruiken, maar niet wijzigen: dat kunnen alleen mensen met bewerkrechten voor het bestand in Drive. Vraag de eigenaar om bewerkrechten of kopieer het sjabloon naar je eigen sjablonen.',
  'error.team.unavailable.title': 'Teambibliotheek niet beschikbaar',
  'error.team.nameTaken':
    'De teambibliotheek heeft al een sjabloon met de naam ‘{name}’. Kies een andere naam.',

  // Template lint and the Liquid engine (the Liquid itself comes in as params).
  'lint.parse.unknownTag': 'Onbekende tag {tag}',
  'lint.parse.unavailableTag': '{tag} is niet beschikbaar in sjablonen',
  'lint.parse.unknownFilter': 'Onbekend filter ‘{filter}’',
  'lint.parse.unclosed': '{tag} is niet gesloten: voeg {end} toe',
  'lint.parse.unclosedOutput': '‘{open}’ is niet gesloten: voeg ‘{close}’ toe',
  'lint.parse.unclosedTag': '‘{open}’ is niet gesloten: voeg ‘{close}’ toe',
  'lint.parse.unexpectedTag': '{tag} wordt hier niet verwacht',
  'lint.parse.invalid': 'Het sjabloon is niet te lezen bij ‘{near}’',
  'lint.parse.inlineComment': 'Elke regel van een {tag}-opmerking moet beginnen met #',
  'lint.parse.tooLong': 'Het sjabloon is te lang',
  'lint.parse.tooDeep': 'Het sjabloon nest te veel blokken: maximaal {count} in elkaar',
  'lint.render.tooManyPieces':
    'Het sjabloon herhaalt te veel: het is gestopt na {count} stukken. Loop over minder items (bijv. {example}).',
  'lint.render.tooLong': 'Het ingevulde sjabloon is langer dan {count} tekens',
  'lint.render.tooMuchText': 'Het sjabloon maakt te veel tekst om te versturen',
  'lint.render.filterArgument': 'Het filter ‘{filter}’ heeft een waarde nodig, bijv. | {filter}: "tekst"',
  'lint.render.failed': 'Het sjabloon kon niet worden ingevuld',
  'lint.field.unknown': 'Onbekend veld ‘{field}’',
  'lint.field.unknownHint': 'Onbekend veld ‘{field}’: bedoel je ‘{hint}’?',
  'lint.field.emptyDefault':
    '‘{field}’ kan bij sommige berichten leeg zijn: voeg een standaardwaarde toe, bijv. {example}, anders word je erom gevraagd',
  'lint.field.emptyIf':
    '‘{field}’ ({why}) heeft geen passende standaardwaarde: zet wat ervan afhangt binnen {open}…{close}, anders word je erom gevraagd',
  'lint.field.why.someMessages': 'kan bij sommige berichten leeg zijn',
  'lint.field.why.noCc': 'is leeg als het antwoord geen Cc heeft',
  'lint.field.why.noName': 'kan leeg zijn tot je je naam invult bij Instellingen',
  'lint.link.dropped':
    'De link naar ‘{href}’ blijft gewone tekst: alleen https:- en mailto:-links worden verstuurd',

  // The library, the editor, the preview, the fill-in form and Settings: sections of their own, so no
  // file passes 350 lines; called here, so they too are parsed only when Dutch is used.
  ...library(),
  ...editor(),
});
