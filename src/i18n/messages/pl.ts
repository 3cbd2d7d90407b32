// Polish (pl). Gmail's own words: Odpowiedz, Odpowiedz wszystkim, Wersja robocza, DW / UDW, Temat.
// The UI speaks to the user as Google's Polish UI does: "ty" (Twój, Cię), gender-neutral phrasing.
import type { Catalogue } from '../types';
import { plEditor } from './pl/editor';
import { plLibrary } from './pl/library';

export const pl = (): Catalogue => ({
  ...plLibrary(),
  ...plEditor(),

  // Gmail: "W dniu śr., 20.12.2023 o 13:37 Name <a@b> napisał(a):"
  'quote.wrote': 'W dniu {date} {who} napisał(a):',
  'quote.wroteNoDate': '{who} napisał(a):',
  'quote.unknownSender': 'nieznany nadawca',
  'quote.cutNote':
    '[Threadsmith pominął resztę oryginału: Gmail ogranicza wiadomość do 200 KB. Cała wiadomość jest nadal w wątku.]',

  // "i jeszcze 3" needs no agreement with what is listed (people, addresses or files).
  'list.separator': ', ',
  'list.and': '{first} i {last}',
  'list.more': {
    one: '{first} i jeszcze {count}',
    few: '{first} i jeszcze {count}',
    many: '{first} i jeszcze {count}',
    other: '{first} i jeszcze {count}',
  },

  'mode.reply': 'Odpowiedz',
  'mode.reply-all': 'Odpowiedz wszystkim',
  'mode.reply-list': 'Odpowiedz na listę',
  'card.reply.header': 'Odpowiedź',
  'card.reply.to': 'Komu odpowiedzieć',
  'card.reply.includeQuote': 'Dołącz oryginalną wiadomość',
  'card.reply.includeAttachments': 'Dołącz oryginalne załączniki ({count})',
  'card.reply.addCc': 'Dodaj DW',
  'card.reply.addBcc': 'Dodaj UDW',
  'card.reply.addressesHint': 'Adresy oddzielone przecinkami',
  'card.draft.header': 'Wersja robocza',
  'card.draft.to': 'Do',
  'card.draft.cc': 'DW',
  'card.draft.bcc': 'UDW',
  'card.draft.subject': 'Temat',
  'card.warning.blocking': 'Brak wersji roboczej',
  'card.warning.check': 'Sprawdź',
  'card.warning.note': 'Informacja',
  'card.createDraft': 'Utwórz wersję roboczą',
  'card.templates.header': 'Szablony',
  'card.templates.none': 'Nie masz jeszcze szablonów: utwórz szablon w bibliotece.',
  'card.templates.draft': 'Wersja robocza',
  'card.templates.draftAlt': 'Wersja robocza z szablonu „{name}”',
  'card.templates.all': 'Wszystkie szablony ({count})',
  'card.templates.manage': 'Zarządzaj szablonami',
  'card.templates.hasError': 'Zawiera błąd: otwórz, aby go zobaczyć',
  'card.templates.asksFor': 'Do uzupełnienia: {fields}',

  // {sender} stands after "do" (genitive): "do Ana <a@b>", or "do nadawcy" without a name.
  'warning.nobody': 'Nie ma już nikogo, do kogo można wysłać tę odpowiedź.',
  'warning.nobody.noList': 'Ta wiadomość nie podaje adresu listy dyskusyjnej, na który można odpowiedzieć.',
  'warning.nobody.onlyMe':
    'Tę wiadomość wysłano tylko na Twój adres, więc odpowiedź nie trafi do nikogo innego.',
  'warning.nobody.noSender': 'Wiadomość nie ma nadawcy, więc nie ma komu odpowiedzieć.',
  'warning.nobody.invalidSender':
    'Nadawca „{sender}” nie jest prawidłowym adresem, więc nie ma komu odpowiedzieć.',
  'warning.nobody.fromMe':
    'Ta wiadomość przyszła z jednego z Twoich adresów, więc odpowiedź nie trafi do nikogo innego.',
  'warning.invalidRecipients': {
    one: 'Pominięto {count} nieprawidłowy adres: {names}.',
    few: 'Pominięto {count} nieprawidłowe adresy: {names}.',
    many: 'Pominięto {count} nieprawidłowych adresów: {names}.',
    other: 'Pominięto {count} nieprawidłowego adresu: {names}.',
  },
  'warning.tooManyRecipients':
    'Ta odpowiedź trafiłaby do {count} osób, a Gmail pozwala na najwyżej {max} w jednej wiadomości. Usuń część adresów z pól DW lub UDW albo wybierz „Odpowiedz”, aby odpowiedzieć tylko nadawcy.',
  'warning.manyRecipients': 'Ta odpowiedź trafi do {count} osób.',
  'warning.externalRecipients': {
    one: '{count} odbiorca zewnętrzny (spoza {domain}).',
    few: '{count} odbiorców zewnętrznych (spoza {domain}).',
    many: '{count} odbiorców zewnętrznych (spoza {domain}).',
    other: '{count} odbiorcy zewnętrznego (spoza {domain}).',
  },
  'warning.replyTo.toMe':
    'Wiadomość prosi o odpowiedzi na Twój adres (Reply-To), więc ta odpowiedź trafi zamiast tego do {sender}.',
  'warning.replyTo.others': 'Wiadomość prosi o odpowiedzi do {names} (Reply-To), a nie do {sender}.',
  'warning.theSender': 'nadawcy',

  'warning.unknownUser':
    'Gmail nie przekazał Threadsmith Twojego adresu e-mail, więc Threadsmith nie może pominąć Cię w odpowiedzi. Threadsmith potrzebuje uprawnienia do wyświetlania Twojego adresu e-mail: jeśli go nie przyznano, usuń dostęp Threadsmith na stronie myaccount.google.com/permissions, otwórz dodatek ponownie i zezwól na dostęp.',
  'warning.repeatedHeader':
    'Ta wiadomość ma więcej niż jeden wiersz {header}, choć poczta dopuszcza tylko jeden: użyto pierwszego.',
  'warning.noMessageId':
    'Oryginalna wiadomość nie ma nagłówka Message-ID, więc program pocztowy odbiorcy może nie dołączyć tej odpowiedzi do wątku (w Twoim Gmailu wątek zostanie zachowany).',
  'warning.attachmentsTooLarge':
    'Załączniki do dołączenia mają łącznie {total}, więcej niż limit Gmaila ({max}): {names}. Wyłącz oryginalne załączniki lub cytat, aby utworzyć wersję roboczą.',
  'warning.attachmentsMissing': {
    one: 'Gmail nie pokazuje już załącznika {names} w tej wiadomości, więc wersja robocza powstanie bez niego.',
    few: 'Gmail nie pokazuje już załączników {names} w tej wiadomości, więc wersja robocza powstanie bez nich.',
    many: 'Gmail nie pokazuje już załączników {names} w tej wiadomości, więc wersja robocza powstanie bez nich.',
    other:
      'Gmail nie pokazuje już załączników {names} w tej wiadomości, więc wersja robocza powstanie bez nich.',
  },
  'warning.bodyTooLarge':
    'Tekst odpowiedzi przekracza limit Gmaila wynoszący 200 KB na wiadomość. Skróć go, aby utworzyć wersję roboczą.',
  'warning.quotePlain':
    'Oryginał jest za duży, by zacytować go z formatowaniem (Gmail ogranicza wiadomość do 200 KB), więc zostanie zacytowany jako zwykły tekst.',
  'warning.quoteCut':
    'Oryginał jest za duży, by zacytować go w całości (Gmail ogranicza wiadomość do 200 KB): jego początek zostanie zacytowany jako zwykły tekst, z dopiskiem w miejscu urwania.',
  'warning.subjectByGmail':
    'Temat jest dłuższy niż {max} znaków, które może ustawić Threadsmith, więc wpisze go Gmail.',
  'warning.repliesToEarlier':
    'Gmail zaadresowałby odpowiedź na Twoją własną wiadomość z powrotem do Ciebie, więc ta wersja robocza odpowiada na wiadomość od {names} z {date} w tej samej rozmowie.',
  'warning.repliesToEarlier.noName':
    'Gmail zaadresowałby odpowiedź na Twoją własną wiadomość z powrotem do Ciebie, więc ta wersja robocza odpowiada na wcześniejszą wiadomość z {date} w tej samej rozmowie.',
  'warning.notThreaded.unreadable':
    'Nie da się wiarygodnie odczytać pola Reply-To lub From tej wiadomości, więc Threadsmith sam adresuje tę wersję roboczą: rozpocznie ona nową rozmowę z tym samym tematem.',
  'warning.notThreaded':
    'Dodatki do Gmaila mogą adresować odpowiedź w wątku tylko do nadawcy, więc ta wersja robocza rozpocznie nową rozmowę z tym samym tematem.',

  'card.recipients.none': '—',
  'card.recipients.more': '{names} i jeszcze {count}',
  'card.open': 'Otwórz',

  // The compose card (src/i18n/en/compose.ts).
  'compose.header': 'Wstaw szablon',
  'compose.search': 'Szukaj szablonów',
  'compose.searchHint': 'Nazwa, tag lub tekst',
  'compose.for': 'Do',
  'compose.noRecipients': 'Brak odbiorców',
  'compose.check': 'Sprawdź',
  'compose.templates': 'Szablony',
  'compose.emptyLibrary':
    'Twoja biblioteka szablonów jest pusta. Otwórz Threadsmith w panelu bocznym Gmaila (bez otwartej wiadomości) i wybierz {button}, aby napisać pierwszy szablon.',
  'compose.newTemplate': 'Nowy szablon',
  'compose.noMatch': 'Żaden szablon nie pasuje do „{query}”.',
  'compose.empty': '(pusty)',
  'compose.team': 'Zespół',
  'compose.more': 'Jeszcze {count}: zawęź wyszukiwanie.',
  'compose.preview.subtitle': 'Podgląd dla tej wersji roboczej',
  'compose.addsCc': 'Dodaje DW',
  'compose.addsBcc': 'Dodaje UDW',
  'compose.subject': 'Temat',
  'compose.setSubject': 'Ustaw temat „{subject}”',
  'compose.setSubjectHint': 'Wyłącz przy odpowiedzi: zmieniony temat rozdziela wątek.',
  'compose.problem': 'Ten szablon zawiera błąd',
  'compose.text': 'Tekst',
  'compose.insert': 'Wstaw',
  'compose.insertWaiting': {
    one: 'Wstaw (uzupełnij {count} wartość)',
    few: 'Wstaw (uzupełnij {count} wartości)',
    many: 'Wstaw (uzupełnij {count} wartości)',
    other: 'Wstaw (uzupełnij {count} wartości)',
  },
  'compose.warning.notAddress': 'Pozostawiono bez zmian (to nie adres e-mail): {names}',
  'compose.warning.templateNotAddress': '„{value}” z szablonu nie jest adresem e-mail i zostanie pominięte.',
  'compose.warning.unknownCc':
    'Gmail nie przekazał Threadsmith pola DW tej wersji roboczej, więc „Wstaw” go nie zmieni: dodaj {emails} do DW samodzielnie.',
  'compose.warning.unknownBcc':
    'Gmail nie przekazał Threadsmith pola UDW tej wersji roboczej, więc „Wstaw” go nie zmieni: dodaj {emails} do UDW samodzielnie.',

  // Errors (src/i18n/en/errors.ts).
  'error.reference': 'Identyfikator błędu: {reference}',
  'error.title': 'Threadsmith nie może tego zrobić',
  'error.unexpected.title': 'Coś poszło nie tak',
  'error.unexpected':
    'W Threadsmith wystąpił nieoczekiwany problem. Spróbuj ponownie; jeśli problem się powtarza, wyślij nam identyfikator błędu podany poniżej.',
  'error.oldButton':
    'Ten przycisk pochodzi ze starszej wersji Threadsmith. Otwórz wiadomość ponownie i spróbuj jeszcze raz.',
  'error.noDraft.title': 'Nie utworzono wersji roboczej',
  'error.cardChanged':
    'Odpowiedź zmieniła się od wyświetlenia tej karty. Nic nie utworzono: zmień dowolną opcję na karcie, aby ją odświeżyć, a potem ponownie utwórz wersję roboczą.',
  'error.noSender.title': 'Brak nadawcy',
  'error.noSender':
    'Ta wiadomość nie ma adresu nadawcy (brak wiersza Od lub nie da się go odczytać), więc nie ma komu odpowiedzieć.',
  'error.draftMayExist.title': 'Sprawdź folder Wersje robocze',
  'error.draftMayExist':
    'Gmail nie potwierdził utworzenia wersji roboczej, ale mogła ona mimo to powstać. Zanim spróbujesz ponownie, zajrzyj do folderu Wersje robocze, aby nie mieć dwóch kopii.',
  'error.noMessage.title': 'Brak otwartej wiadomości',
  'error.noMessage':
    'Threadsmith działa na otwartej wiadomości, a to żądanie nie wskazało, której. Otwórz wiadomość w Gmailu i spróbuj ponownie.',
  'error.accessExpired.title': 'Dostęp do wiadomości wygasł',
  'error.accessExpired':
    'Gmail nie pozwolił Threadsmith odczytać tej wiadomości (dostęp mógł wygasnąć). Zamknij wiadomość, otwórz ją ponownie i spróbuj jeszcze raz.',
  'error.notReadable.title': 'Nie można odczytać wiadomości',
  'error.notReadable':
    'Gmail nie pozwolił Threadsmith odczytać tej wiadomości: mogła zostać usunięta lub przeniesiona albo Gmail ma problemy. Zamknij wiadomość, otwórz ją ponownie i spróbuj jeszcze raz.',
  'error.notFound.title': 'Nie znaleziono wiadomości',
  'error.notFound': 'Ta wiadomość już nie istnieje: mogła zostać usunięta. Otwórz inną wiadomość.',
  // The template store, Settings and the team library refuse.
  'error.store.conflict.title': 'Szablon zmieniony gdzie indziej',
  'error.store.changed':
    'Szablon „{name}” został zmieniony w innym oknie po jego otwarciu. Twoje zmiany nie zostały zapisane: skopiuj je, otwórz szablon ponownie i wprowadź je jeszcze raz.',
  'error.store.deleted':
    'Szablon „{name}” został usunięty w innym oknie po jego otwarciu. Twoje zmiany nie zostały zapisane: skopiuj je i utwórz nowy szablon.',
  'error.store.nameTaken.title': 'Nazwa jest już zajęta',
  'error.store.nameTaken': 'Masz już szablon o nazwie „{name}”. Wybierz inną nazwę.',
  'error.store.namesTaken':
    'Te nazwy są już zajęte (nazwy muszą różnić się czymś więcej niż wielkością liter): {names}.',
  'error.store.quoted': '„{name}”',
  'error.store.full.title': 'Biblioteka szablonów jest pełna',
  'error.store.full':
    '{what} {needed}, a wolne jest tylko {free} z {limit}. Usuń lub skróć niektóre szablony i spróbuj ponownie.',
  'error.store.needs.template': 'Ten szablon wymaga',
  'error.store.needs.copy': 'Kopia wymaga',
  'error.store.needs.upgrade': 'Przeniesienie szablonów do nowego formatu zapisu wymaga',
  'error.store.needs.change': 'Ta zmiana wymaga',
  'error.store.needs.import': {
    one: 'Ten szablon wymaga',
    few: 'Te {count} szablony wymagają',
    many: 'Tych {count} szablonów wymaga',
    other: 'Te szablony ({count}) wymagają',
  },
  'error.store.needs.settings': 'Twoje ustawienia wymagają',
  'error.store.needs.importedSettings': 'Te ustawienia wymagają',
  'error.store.needs.starters': 'Szablony startowe wymagają',
  'error.store.kb': '{size} KB',
  'error.store.tooLarge.title': 'Szablon jest za duży',
  'error.store.tooLarge':
    'Nazwa, temat, DW, UDW i tagi tego szablonu zajmują {size}; razem mogą zajmować najwyżej {max}. Skróć je i spróbuj ponownie.',
  'error.store.notFound.title': 'Nie znaleziono szablonu',
  'error.store.notFound': 'Ten szablon już nie istnieje; mógł zostać usunięty w innym oknie.',
  'error.store.damaged.title': 'Szablon jest uszkodzony',
  'error.store.damaged':
    'Szablon „{name}” jest uszkodzony i nie można go zmienić. Skopiuj jego tekst z listy Uszkodzone, usuń go tam i utwórz ponownie.',
  'error.store.busy.title': 'Trwa zapisywanie',
  'error.store.busy':
    'Twoje szablony są właśnie zapisywane w innym oknie. Nic nie zmieniono; spróbuj ponownie za chwilę.',
  'error.store.newer.title': 'Wymagana aktualizacja',
  'error.store.newer':
    'Twoje szablony zostały zapisane przez nowszą wersję Threadsmith (format zapisu {found}; ta wersja obsługuje {known}). Można je czytać, ale nie można ich zmieniać, dopóki dodatek nie zostanie zaktualizowany.',
  'error.settings.tooLarge.title': 'Ustawienia są za duże',
  'error.settings.tooLarge':
    'Te ustawienia zajmują {size}; zmieści się najwyżej {max}. Usuń niektóre adresy i spróbuj ponownie.',
  'error.team.changed':
    'Ktoś inny zapisał „{name}” w bibliotece zespołu po otwarciu przez Ciebie szablonu, więc Twoje zmiany nie zostały zapisane. To, co wpisano, nadal jest poniżej: skopiuj to, otwórz zapisaną wersję i wprowadź zmianę ponownie.',
  'error.team.deleted':
    'Ktoś inny usunął „{name}” z biblioteki zespołu po otwarciu przez Ciebie szablonu, więc Twoje zmiany nie zostały zapisane. To, co wpisano, nadal jest poniżej: skopiuj to, jeśli chcesz to zachować.',
  'error.team.readOnly.title': 'Tylko do odczytu',
  'error.team.readOnly':
    'Możesz używać biblioteki zespołu „{file}”, ale nie możesz jej zmieniać: mogą to robić tylko osoby z uprawnieniami do edycji pliku na Dysku. Poproś właściciela o uprawnienia do edycji albo skopiuj szablon do swoich szablonów.',
  'error.team.unavailable.title': 'Biblioteka zespołu jest niedostępna',
  'error.team.nameTaken': 'Biblioteka zespołu ma już szablon o nazwie „{name}”. Wybierz inną nazwę.',

  // Template lint (src/i18n/en/lint.ts). Liquid code comes in as params and stays as written.
  'lint.parse.unknownTag': 'Nieznany tag {tag}',
  'lint.parse.unavailableTag': 'Tag {tag} nie jest dostępny w szablonach',
  'lint.parse.unknownFilter': 'Nieznany filtr „{filter}”',
  'lint.parse.unclosed': 'Tag {tag} nie jest zamknięty: dodaj {end}',
  'lint.parse.unclosedOutput': '„{open}” nie jest zamknięte: dodaj „{close}”',
  'lint.parse.unclosedTag': '„{open}” nie jest zamknięte: dodaj „{close}”',
  'lint.parse.unexpectedTag': 'Tag {tag} nie powinien się tu znaleźć',
  'lint.parse.invalid': 'Nie udało się odczytać szablonu w okolicy „{near}”',
  'lint.parse.inlineComment': 'Każdy wiersz komentarza {tag} musi zaczynać się od #',
  'lint.parse.tooLong': 'Szablon jest za długi',
  'lint.parse.tooDeep': 'Szablon zagnieżdża bloki zbyt głęboko (najwyżej {count} poziomów)',
  'lint.render.tooManyPieces':
    'Szablon za dużo się powtarza: zatrzymano go po {count} fragmentach. Użyj pętli po mniejszej liczbie elementów (np. {example}).',
  'lint.render.tooLong': 'Wypełniony szablon przekracza limit znaków ({count})',
  'lint.render.tooMuchText': 'Szablon tworzy za dużo tekstu, by go wysłać',
  'lint.render.filterArgument': 'Filtr „{filter}” wymaga wartości, np. | {filter}: "tekst"',
  'lint.render.failed': 'Nie udało się wypełnić szablonu',
  'lint.field.unknown': 'Nieznane pole „{field}”',
  'lint.field.unknownHint': 'Nieznane pole „{field}”: czy chodziło o „{hint}”?',
  'lint.field.emptyDefault':
    'Pole „{field}” w niektórych wiadomościach może być puste: dodaj wartość domyślną, np. {example}, albo Threadsmith zapyta Cię o nią',
  // {why} is still English (src/templates/fields.ts), so it stands in brackets of its own.
  'lint.field.emptyIf':
    'Pole „{field}” może być puste ({why}), a żadna wartość domyślna nie pasuje w tym miejscu: umieść to, co od niego zależy, w {open}…{close}, albo Threadsmith zapyta Cię o nie',
  'lint.field.why.someMessages': 'w niektórych wiadomościach',
  'lint.field.why.noCc': 'gdy odpowiedź nie ma DW',
  'lint.field.why.noName': 'dopóki nie podasz imienia i nazwiska w Ustawieniach',
  'lint.link.dropped':
    'Link do „{href}” zostanie zachowany jako tekst: wysyłane są tylko linki https: i mailto:',
});
