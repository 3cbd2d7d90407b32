// Russian (ru). Gmail's own words: Ответить, Ответить всем, Черновик, Копия / Скрытая копия, Тема.
// The UI says "вы" (lower case), as Google's Russian UI does.
import type { Catalogue } from '../types';
import { ruEditor } from './ru/editor';
import { ruLibrary } from './ru/library';

export const ru = (): Catalogue => ({
  ...ruLibrary(),
  ...ruEditor(),

  // Gmail writes no verb in Russian: "ср, 20 дек. 2023 г. в 13:37, Name <a@b>:"
  'quote.wrote': '{date}, {who}:',
  'quote.wroteNoDate': '{who}:',
  'quote.unknownSender': 'неизвестный отправитель',
  'quote.cutNote':
    '[Threadsmith не включил остаток исходного письма: Gmail ограничивает письмо 200 КБ. Письмо целиком по-прежнему есть в цепочке.]',

  // "и ещё 3" needs no agreement with what is listed (people, addresses or files).
  'list.separator': ', ',
  'list.and': '{first} и {last}',
  'list.more': {
    one: '{first} и ещё {count}',
    few: '{first} и ещё {count}',
    many: '{first} и ещё {count}',
    other: '{first} и ещё {count}',
  },

  'mode.reply': 'Ответить',
  'mode.reply-all': 'Ответить всем',
  'mode.reply-list': 'Ответить в рассылку',
  'card.reply.header': 'Ответ',
  'card.reply.to': 'Кому ответить',
  'card.reply.includeQuote': 'Включить исходное письмо',
  'card.reply.includeAttachments': 'Включить исходные вложения ({count})',
  'card.reply.addCc': 'Добавить в копию',
  'card.reply.addBcc': 'Добавить в скрытую копию',
  'card.reply.addressesHint': 'Адреса через запятую',
  'card.draft.header': 'Черновик',
  'card.draft.to': 'Кому',
  'card.draft.cc': 'Копия',
  'card.draft.bcc': 'Скрытая копия',
  'card.draft.subject': 'Тема',
  'card.warning.blocking': 'Нельзя создать черновик',
  'card.warning.check': 'Проверьте',
  'card.warning.note': 'Примечание',
  'card.createDraft': 'Создать черновик',
  'card.templates.header': 'Шаблоны',
  'card.templates.none': 'Шаблонов пока нет: создайте шаблон в библиотеке.',
  'card.templates.draft': 'Черновик',
  'card.templates.draftAlt': 'Черновик по шаблону «{name}»',
  'card.templates.all': 'Все шаблоны ({count})',
  'card.templates.manage': 'Управление шаблонами',
  'card.templates.hasError': 'Есть ошибка: откройте, чтобы посмотреть',
  'card.templates.asksFor': 'Нужно заполнить: {fields}',

  // {sender} stands in the dative ("ответ уйдёт Ana <a@b>", "а не отправителю" without a name).
  'warning.nobody': 'Этот ответ больше некому отправить.',
  'warning.nobody.noList': 'В этом письме нет адреса списка рассылки, на который можно ответить.',
  'warning.nobody.onlyMe': 'Вы отправили это письмо только себе, поэтому ответ больше никому не придёт.',
  'warning.nobody.noSender': 'У письма нет отправителя, поэтому отвечать некому.',
  'warning.nobody.invalidSender': 'Отправитель «{sender}» — недействительный адрес, поэтому отвечать некому.',
  'warning.nobody.fromMe':
    'Это письмо пришло с одного из ваших адресов, поэтому ответ больше никому не придёт.',
  'warning.invalidRecipients': {
    one: 'Пропущен {count} недействительный адрес: {names}.',
    few: 'Пропущено {count} недействительных адреса: {names}.',
    many: 'Пропущено {count} недействительных адресов: {names}.',
    other: 'Пропущено {count} недействительного адреса: {names}.',
  },
  'warning.tooManyRecipients':
    'Получателей у этого ответа было бы {count}, а Gmail позволяет не больше {max} в одном письме. Уберите часть адресов из копии или скрытой копии либо выберите «Ответить», чтобы ответить только отправителю.',
  'warning.manyRecipients': 'Получателей у этого ответа: {count}.',
  'warning.externalRecipients': {
    one: '{count} внешний получатель (не из {domain}).',
    few: '{count} внешних получателя (не из {domain}).',
    many: '{count} внешних получателей (не из {domain}).',
    other: '{count} внешнего получателя (не из {domain}).',
  },
  'warning.replyTo.toMe':
    'В письме указано, что отвечать нужно вам (Reply-To), поэтому этот ответ уйдёт {sender}.',
  'warning.replyTo.others': 'В письме указано, что отвечать нужно {names} (Reply-To), а не {sender}.',
  'warning.theSender': 'отправителю',

  'warning.unknownUser':
    'Gmail не сообщил Threadsmith ваш адрес электронной почты, поэтому Threadsmith не может исключить вас из ответа. Threadsmith нужно разрешение на просмотр вашего адреса: если вы его не дали, отзовите доступ Threadsmith на странице myaccount.google.com/permissions, откройте дополнение снова и разрешите доступ.',
  'warning.repeatedHeader':
    'В этом письме несколько строк {header}, хотя допускается только одна: используется первая.',
  'warning.noMessageId':
    'У исходного письма нет Message-ID, поэтому почтовая программа получателя может не добавить этот ответ в цепочку (в вашем Gmail он будет в цепочке).',
  'warning.attachmentsTooLarge':
    'Размер вложений — {total}, это больше лимита Gmail ({max}): {names}. Отключите исходные вложения или цитату, чтобы создать черновик.',
  'warning.attachmentsMissing': {
    one: 'Gmail больше не показывает вложение {names} в этом письме, поэтому черновик будет без него.',
    few: 'Gmail больше не показывает вложения {names} в этом письме, поэтому черновик будет без них.',
    many: 'Gmail больше не показывает вложения {names} в этом письме, поэтому черновик будет без них.',
    other: 'Gmail больше не показывает вложения {names} в этом письме, поэтому черновик будет без них.',
  },
  'warning.bodyTooLarge':
    'Текст ответа превышает лимит Gmail в 200 КБ на одно письмо. Сократите его, чтобы создать черновик.',
  'warning.quotePlain':
    'Исходное письмо слишком большое, чтобы процитировать его с форматированием (Gmail ограничивает письмо 200 КБ), поэтому оно цитируется как обычный текст.',
  'warning.quoteCut':
    'Исходное письмо слишком большое, чтобы процитировать его целиком (Gmail ограничивает письмо 200 КБ): начало цитируется как обычный текст, с пометкой в месте обрыва.',
  'warning.subjectByGmail':
    'Тема длиннее {max} символов, которые может задать Threadsmith, поэтому её заполнит Gmail.',
  'warning.repliesToEarlier':
    'Gmail адресовал бы ответ на ваше собственное письмо вам же, поэтому этот черновик отвечает на письмо от {names} ({date}) в той же цепочке.',
  'warning.repliesToEarlier.noName':
    'Gmail адресовал бы ответ на ваше собственное письмо вам же, поэтому этот черновик отвечает на более раннее письмо ({date}) в той же цепочке.',
  'warning.notThreaded.unreadable':
    'Поля Reply-To или From этого письма не удаётся надёжно прочитать, поэтому Threadsmith сам указывает адресатов черновика: он начнёт новую цепочку с той же темой.',
  'warning.notThreaded':
    'Дополнения Gmail могут адресовать ответ в цепочке только отправителю, поэтому этот черновик начнёт новую цепочку с той же темой.',

  'card.recipients.none': '—',
  'card.recipients.more': '{names} и ещё {count}',
  'card.open': 'Открыть',

  // The compose card (src/i18n/en/compose.ts).
  'compose.header': 'Вставить шаблон',
  'compose.search': 'Поиск шаблонов',
  'compose.searchHint': 'Название, тег или текст',
  'compose.for': 'Кому',
  'compose.noRecipients': 'Получателей пока нет',
  'compose.check': 'Проверьте',
  'compose.templates': 'Шаблоны',
  'compose.emptyLibrary':
    'Ваша библиотека шаблонов пуста. Откройте Threadsmith на боковой панели Gmail (не открывая письмо) и выберите {button}, чтобы написать первый шаблон.',
  'compose.newTemplate': 'Новый шаблон',
  'compose.noMatch': 'Нет шаблонов по запросу «{query}».',
  'compose.empty': '(пусто)',
  'compose.team': 'Команда',
  'compose.more': 'Ещё {count}: уточните запрос.',
  'compose.preview.subtitle': 'Предпросмотр для этого черновика',
  'compose.addsCc': 'Добавит в копию',
  'compose.addsBcc': 'Добавит в скрытую копию',
  'compose.subject': 'Тема',
  'compose.setSubject': 'Заменить тему на «{subject}»',
  'compose.setSubjectHint': 'Отключите для ответа: с другой темой письмо выпадет из цепочки.',
  'compose.problem': 'В шаблоне есть ошибка',
  'compose.text': 'Текст',
  'compose.insert': 'Вставить',
  'compose.insertWaiting': {
    one: 'Вставить (заполните {count} поле)',
    few: 'Вставить (заполните {count} поля)',
    many: 'Вставить (заполните {count} полей)',
    other: 'Вставить (заполните {count} поля)',
  },
  'compose.warning.notAddress': 'Не адрес электронной почты, оставлено как есть: {names}',
  'compose.warning.templateNotAddress': '«{value}» из шаблона — не адрес электронной почты, он пропущен.',
  'compose.warning.unknownCc':
    'Gmail не сообщил Threadsmith, кто в копии этого черновика, поэтому «Вставить» её не меняет: добавьте {emails} в копию сами.',
  'compose.warning.unknownBcc':
    'Gmail не сообщил Threadsmith, кто в скрытой копии этого черновика, поэтому «Вставить» её не меняет: добавьте {emails} в скрытую копию сами.',

  // Errors (src/i18n/en/errors.ts).
  'error.reference': 'Код ошибки: {reference}',
  'error.title': 'Threadsmith не может это сделать',
  'error.unexpected.title': 'Что-то пошло не так',
  'error.unexpected':
    'В Threadsmith произошла непредвиденная ошибка. Повторите попытку; если ошибка повторяется, пришлите нам код ниже.',
  'error.oldButton':
    'Эта кнопка из более старой версии Threadsmith. Откройте письмо заново и повторите попытку.',
  'error.noDraft.title': 'Черновик не создан',
  'error.cardChanged':
    'Ответ изменился с тех пор, как была показана эта карточка. Ничего не создано: измените любой параметр на карточке, чтобы обновить её, и снова создайте черновик.',
  'error.noSender.title': 'Нет отправителя',
  'error.noSender':
    'У этого письма нет адреса отправителя (строка «От» отсутствует или не читается), поэтому отвечать некому.',
  'error.draftMayExist.title': 'Проверьте папку «Черновики»',
  'error.draftMayExist':
    'Gmail не подтвердил создание черновика, но он мог всё же появиться. Прежде чем повторить попытку, загляните в папку «Черновики», чтобы не получить две копии.',
  'error.noMessage.title': 'Письмо не открыто',
  'error.noMessage':
    'Threadsmith работает с открытым письмом, а в этом запросе не указано, с каким. Откройте письмо в Gmail и повторите попытку.',
  'error.accessExpired.title': 'Доступ к письму истёк',
  'error.accessExpired':
    'Gmail не дал Threadsmith прочитать это письмо (возможно, истёк доступ). Закройте письмо, откройте его снова и повторите попытку.',
  'error.notReadable.title': 'Не удаётся прочитать письмо',
  'error.notReadable':
    'Gmail не дал Threadsmith прочитать это письмо: возможно, оно удалено или перемещено либо в Gmail сбой. Закройте письмо, откройте его снова и повторите попытку.',
  'error.notFound.title': 'Письмо не найдено',
  'error.notFound': 'Этого письма больше нет: возможно, оно удалено. Откройте другое письмо.',
  // The template store, Settings and the team library refuse.
  'error.store.conflict.title': 'Шаблон изменён в другом окне',
  'error.store.changed':
    'Шаблон «{name}» изменили в другом окне, пока он был открыт здесь. Ваши изменения не сохранены: скопируйте их, откройте шаблон заново и внесите их ещё раз.',
  'error.store.deleted':
    'Шаблон «{name}» удалили в другом окне, пока он был открыт здесь. Ваши изменения не сохранены: скопируйте их и создайте новый шаблон.',
  'error.store.nameTaken.title': 'Название уже занято',
  'error.store.nameTaken': 'У вас уже есть шаблон «{name}». Выберите другое название.',
  'error.store.namesTaken':
    'Эти названия уже заняты (названия должны отличаться не только регистром букв): {names}.',
  'error.store.quoted': '«{name}»',
  'error.store.full.title': 'Библиотека шаблонов заполнена',
  'error.store.full':
    '{what} {needed}, но свободно только {free} из {limit}. Удалите или сократите некоторые шаблоны и повторите попытку.',
  'error.store.needs.template': 'Этому шаблону нужно',
  'error.store.needs.copy': 'Копии нужно',
  'error.store.needs.upgrade': 'Для перевода шаблонов в новый формат хранения нужно',
  'error.store.needs.change': 'Для этого изменения нужно',
  'error.store.needs.import': {
    one: 'Этим шаблонам ({count}) нужно',
    other: 'Этим шаблонам ({count}) нужно',
  },
  'error.store.needs.settings': 'Вашим настройкам нужно',
  'error.store.needs.importedSettings': 'Этим настройкам нужно',
  'error.store.needs.starters': 'Начальным шаблонам нужно',
  'error.store.kb': '{size} КБ',
  'error.store.tooLarge.title': 'Шаблон слишком большой',
  'error.store.tooLarge':
    'Название, тема, копия, скрытая копия и теги этого шаблона занимают {size}; вместе они могут занимать не больше {max}. Сократите их и повторите попытку.',
  'error.store.notFound.title': 'Шаблон не найден',
  'error.store.notFound': 'Этого шаблона больше нет; возможно, его удалили в другом окне.',
  'error.store.damaged.title': 'Шаблон повреждён',
  'error.store.damaged':
    'Шаблон «{name}» повреждён, и его нельзя изменить. Скопируйте его текст из списка повреждённых, удалите его там и создайте заново.',
  'error.store.busy.title': 'Идёт сохранение',
  'error.store.busy':
    'Ваши шаблоны сейчас сохраняются в другом окне. Ничего не изменено; повторите попытку чуть позже.',
  'error.store.newer.title': 'Нужно обновление',
  'error.store.newer':
    'Ваши шаблоны сохранены более новой версией Threadsmith (формат хранения {found}; эта версия поддерживает {known}). Их можно читать, но нельзя изменять, пока дополнение не обновлено.',
  'error.settings.tooLarge.title': 'Настройки слишком большие',
  'error.settings.tooLarge':
    'Эти настройки занимают {size}; помещается не больше {max}. Удалите несколько адресов и повторите попытку.',
  'error.team.changed':
    'Кто-то другой сохранил «{name}» в командной библиотеке после того, как вы открыли шаблон, поэтому ваши изменения не сохранены. Введённый вами текст остался ниже: скопируйте его, откройте сохранённую версию и внесите изменение ещё раз.',
  'error.team.deleted':
    'Кто-то другой удалил «{name}» из командной библиотеки после того, как вы открыли шаблон, поэтому ваши изменения не сохранены. Введённый вами текст остался ниже: скопируйте его, если хотите его сохранить.',
  'error.team.readOnly.title': 'Только просмотр',
  'error.team.readOnly':
    'Вы можете использовать командную библиотеку «{file}», но не изменять её: это могут только те, у кого есть права на редактирование файла на Диске. Попросите владельца дать вам права на редактирование или скопируйте шаблон в свои шаблоны.',
  'error.team.unavailable.title': 'Командная библиотека недоступна',
  'error.team.nameTaken': 'В командной библиотеке уже есть шаблон «{name}». Выберите другое название.',

  // Template lint (src/i18n/en/lint.ts). Liquid code comes in as params and stays as written.
  'lint.parse.unknownTag': 'Неизвестный тег {tag}',
  'lint.parse.unavailableTag': 'Тег {tag} недоступен в шаблонах',
  'lint.parse.unknownFilter': 'Неизвестный фильтр «{filter}»',
  'lint.parse.unclosed': 'Тег {tag} не закрыт: добавьте {end}',
  'lint.parse.unclosedOutput': '«{open}» не закрыто: добавьте «{close}»',
  'lint.parse.unclosedTag': '«{open}» не закрыто: добавьте «{close}»',
  'lint.parse.unexpectedTag': 'Тег {tag} здесь неуместен',
  'lint.parse.invalid': 'Не удалось прочитать шаблон рядом с «{near}»',
  'lint.parse.inlineComment': 'Каждая строка комментария {tag} должна начинаться с #',
  'lint.parse.tooLong': 'Шаблон слишком длинный',
  'lint.parse.tooDeep': 'В шаблоне слишком глубокая вложенность блоков (не больше {count} уровней)',
  'lint.render.tooManyPieces':
    'Шаблон слишком много повторяется: он остановлен после {count} фрагментов. Перебирайте в цикле меньше элементов (например, {example}).',
  'lint.render.tooLong': 'Заполненный шаблон превышает лимит символов ({count})',
  'lint.render.tooMuchText': 'Шаблон создаёт слишком много текста для отправки',
  'lint.render.filterArgument': 'Фильтру «{filter}» нужно значение, например | {filter}: "текст"',
  'lint.render.failed': 'Не удалось заполнить шаблон',
  'lint.field.unknown': 'Неизвестное поле «{field}»',
  'lint.field.unknownHint': 'Неизвестное поле «{field}»: может быть, «{hint}»?',
  'lint.field.emptyDefault':
    'Поле «{field}» в некоторых письмах может быть пустым: добавьте значение по умолчанию, например {example}, иначе Threadsmith спросит его у вас',
  // {why} is still English (src/templates/fields.ts), so it stands in brackets of its own.
  'lint.field.emptyIf':
    'Поле «{field}» может быть пустым ({why}), и значение по умолчанию здесь не подходит: поместите то, что от него зависит, внутрь {open}…{close}, иначе Threadsmith спросит его у вас',
  'lint.field.why.someMessages': 'в некоторых письмах',
  'lint.field.why.noCc': 'если в ответе нет адресов в копии',
  'lint.field.why.noName': 'пока вы не укажете своё имя в настройках',
  'lint.link.dropped': 'Ссылка на «{href}» останется текстом: отправляются только ссылки https: и mailto:',
});
