// Arabic (ar), right to left. Gmail's own words: رد، الرد على الكل، مسودة، نسخة، نسخة مخفية الوجهة،
// الموضوع. One word each: نموذج (template), مسودة (draft), مكتبة (library), وسم (tag). Quotes «…».
// Every sentence starts with an Arabic word (verb first where Arabic puts it), never with Gmail or a
// placeholder: the card isolates a label by its first strong letter, so that letter sets the direction.
// Counts: plural forms where Arabic grammar changes the noun with the number; where a number stands
// alone in a sentence, "عدد …: {count}" or a "(…)" keeps the noun out of the agreement.
import type { Catalogue } from '../types';
import { arEditor } from './ar/editor';
import { arLibrary } from './ar/library';

export const ar = (): Catalogue => ({
  ...arLibrary(),
  ...arEditor(),

  // Gmail: "في الأربعاء، 7 أكتوبر 2026 في 3:53 م تمت كتابة ما يلي بواسطة Name <a@b>:"
  'quote.wrote': 'في {date} تمت كتابة ما يلي بواسطة {who}:',
  'quote.wroteNoDate': 'تمت كتابة ما يلي بواسطة {who}:',
  'quote.unknownSender': 'مرسل غير معروف',
  'quote.cutNote':
    '[لم يُدرج Threadsmith بقية الرسالة الأصلية، لأن الحد الأقصى لحجم الرسالة في Gmail هو 200 كيلوبايت. لا تزال الرسالة كاملةً في المحادثة.]',

  'list.separator': '، ',
  'list.and': '{first} و {last}',
  'list.more': {
    zero: '{first}',
    one: '{first} وآخر',
    two: '{first} وآخران',
    few: '{first} و{count} آخرين',
    many: '{first} و{count} آخرين',
    other: '{first} و{count} آخرين',
  },

  'mode.reply': 'رد',
  'mode.reply-all': 'الرد على الكل',
  'mode.reply-list': 'الرد على القائمة',
  'card.reply.header': 'الرد',
  'card.reply.to': 'الرد على',
  'card.reply.includeQuote': 'تضمين الرسالة الأصلية',
  'card.reply.includeAttachments': 'تضمين المرفقات الأصلية ({count})',
  'card.reply.addCc': 'إضافة نسخة',
  'card.reply.addBcc': 'إضافة نسخة مخفية الوجهة',
  'card.reply.addressesHint': 'عناوين مفصولة بفواصل',
  'card.draft.header': 'المسودة',
  'card.draft.to': 'إلى',
  'card.draft.cc': 'نسخة',
  'card.draft.bcc': 'نسخة مخفية الوجهة',
  'card.draft.subject': 'الموضوع',
  'card.warning.blocking': 'لا يمكن إنشاء مسودة',
  'card.warning.check': 'للمراجعة',
  'card.warning.note': 'ملاحظة',
  'card.createDraft': 'إنشاء مسودة',
  'card.templates.header': 'النماذج',
  'card.templates.none': 'لا توجد نماذج بعد: أنشئ نموذجًا في مكتبتك.',
  'card.templates.draft': 'مسودة',
  'card.templates.draftAlt': 'مسودة من «{name}»',
  'card.templates.all': 'كل النماذج ({count})',
  'card.templates.manage': 'إدارة النماذج',
  'card.templates.hasError': 'فيه خطأ: افتحه لعرضه',
  'card.templates.asksFor': 'يلزم إدخال: {fields}',

  'warning.nobody': 'لم يتبقَّ أحد لإرسال هذا الرد إليه.',
  'warning.nobody.noList': 'لا تذكر هذه الرسالة عنوان قائمة بريدية للرد عليه.',
  'warning.nobody.onlyMe': 'أرسلت هذه الرسالة إلى نفسك فقط، لذا لن يصل الرد إلى أي شخص آخر.',
  'warning.nobody.noSender': 'ليس لهذه الرسالة مرسل، لذا لا يوجد من يمكن الرد عليه.',
  'warning.nobody.invalidSender': 'المرسل «{sender}» ليس عنوانًا صالحًا، لذا لا يوجد من يمكن الرد عليه.',
  'warning.nobody.fromMe': 'وصلت هذه الرسالة من أحد عناوينك، لذا لن يصل الرد إلى أي شخص آخر.',
  'warning.invalidRecipients': {
    zero: 'تم استبعاد {count} عنوان غير صالح: {names}.',
    one: 'تم استبعاد عنوان غير صالح: {names}.',
    two: 'تم استبعاد عنوانين غير صالحين: {names}.',
    few: 'تم استبعاد {count} عناوين غير صالحة: {names}.',
    many: 'تم استبعاد {count} عنوانًا غير صالح: {names}.',
    other: 'تم استبعاد {count} عنوان غير صالح: {names}.',
  },
  'warning.tooManyRecipients':
    'عدد مستلمي هذا الرد {count}، ولا يسمح Gmail بأكثر من {max} في الرسالة الواحدة. أزِل بعضهم من «نسخة» أو «نسخة مخفية الوجهة»، أو اختر «رد» للرد على المرسل وحده.',
  'warning.manyRecipients': 'عدد مستلمي هذا الرد: {count}.',
  'warning.externalRecipients': {
    zero: '{count} مستلم من خارج {domain}.',
    one: 'مستلم واحد من خارج {domain}.',
    two: 'مستلمان من خارج {domain}.',
    few: '{count} مستلمين من خارج {domain}.',
    many: '{count} مستلمًا من خارج {domain}.',
    other: '{count} مستلم من خارج {domain}.',
  },
  'warning.replyTo.toMe':
    'تطلب الرسالة إرسال الردود إليك (Reply-To)، لذا سيُرسَل هذا الرد إلى {sender} بدلاً من ذلك.',
  'warning.replyTo.others': 'تطلب الرسالة إرسال الردود إلى {names} (Reply-To)، وليس إلى {sender}.',
  'warning.theSender': 'المرسل',

  'warning.unknownUser':
    'لم يُرسل Gmail عنوان بريدك الإلكتروني إلى Threadsmith، لذا لا يمكنه استبعادك من الرد. يحتاج Threadsmith إلى إذن بالاطّلاع على عنوان بريدك الإلكتروني: إذا كنت قد رفضته، فأزِل إذن وصوله من myaccount.google.com/permissions، ثم افتحه مجددًا وامنحه الإذن.',
  'warning.repeatedHeader':
    'تحتوي هذه الرسالة على أكثر من سطر {header}، والمسموح به في البريد سطر واحد: سيُستخدَم الأول فقط.',
  'warning.noMessageId':
    'ليس للرسالة الأصلية Message-ID، لذا قد لا يضع برنامج بريد المستلم هذا الرد في المحادثة نفسها (أما في Gmail لديك فسيظهر ضمنها).',
  'warning.attachmentsTooLarge':
    'يبلغ حجم المرفقات المطلوب نقلها {total}، وهذا يتجاوز الحد الأقصى في Gmail وهو {max}: {names}. أوقِف «تضمين المرفقات الأصلية» أو «تضمين الرسالة الأصلية» لإنشاء المسودة.',
  'warning.attachmentsMissing': {
    zero: 'لم يعد Gmail يعرض {names} في هذه الرسالة، لذا ستُنشأ المسودة بدونها.',
    one: 'لم يعد Gmail يعرض {names} في هذه الرسالة، لذا ستُنشأ المسودة بدونه.',
    two: 'لم يعد Gmail يعرض {names} في هذه الرسالة، لذا ستُنشأ المسودة بدونهما.',
    few: 'لم يعد Gmail يعرض {names} في هذه الرسالة، لذا ستُنشأ المسودة بدونها.',
    many: 'لم يعد Gmail يعرض {names} في هذه الرسالة، لذا ستُنشأ المسودة بدونها.',
    other: 'لم يعد Gmail يعرض {names} في هذه الرسالة، لذا ستُنشأ المسودة بدونها.',
  },
  'warning.bodyTooLarge':
    'يتجاوز نص الرد نفسه الحد الأقصى لحجم الرسالة في Gmail وهو 200 كيلوبايت. اختصره لإنشاء المسودة.',
  'warning.quotePlain':
    'الرسالة الأصلية أكبر من أن تُقتبَس بتنسيقها (الحد الأقصى لحجم الرسالة في Gmail هو 200 كيلوبايت)، لذا ستُقتبَس كنص عادي.',
  'warning.quoteCut':
    'الرسالة الأصلية أكبر من أن تُقتبَس كاملةً (الحد الأقصى لحجم الرسالة في Gmail هو 200 كيلوبايت): سيُقتبَس أولها كنص عادي، مع ملاحظة حيث يتوقف الاقتباس.',
  'warning.subjectByGmail':
    'يتجاوز الموضوع الحد الأقصى لعدد الأحرف الذي يمكن أن يضبطه Threadsmith ({max})، لذا سيكتبه Gmail.',
  'warning.repliesToEarlier':
    'كان Gmail سيوجّه الرد على رسالتك إليك أنت، لذا تردّ هذه المسودة على رسالة {names} بتاريخ {date} في المحادثة نفسها.',
  'warning.repliesToEarlier.noName':
    'كان Gmail سيوجّه الرد على رسالتك إليك أنت، لذا تردّ هذه المسودة على الرسالة السابقة بتاريخ {date} في المحادثة نفسها.',
  'warning.notThreaded.unreadable':
    'تتعذّر قراءة الحقل Reply-To أو From في الرسالة بشكل موثوق، لذا يحدّد Threadsmith مستلمي هذه المسودة بنفسه: ستبدأ محادثة جديدة بالموضوع نفسه.',
  'warning.notThreaded':
    'لا يمكن لإضافات Gmail توجيه رد ضمن المحادثة إلا إلى المرسل، لذا ستبدأ هذه المسودة محادثة جديدة بالموضوع نفسه.',

  'card.recipients.none': '—',
  'card.recipients.more': '{names} و{count} آخرين',
  'card.open': 'فتح',

  // The compose card (src/i18n/en/compose.ts).
  'compose.header': 'إدراج نموذج',
  'compose.search': 'البحث في النماذج',
  'compose.searchHint': 'الاسم أو الوسم أو النص',
  'compose.for': 'إلى',
  'compose.noRecipients': 'لا يوجد مستلمون بعد',
  'compose.check': 'للمراجعة',
  'compose.templates': 'النماذج',
  'compose.emptyLibrary':
    'مكتبة النماذج فارغة. افتح Threadsmith من اللوحة الجانبية في Gmail (بدون فتح أي رسالة) واختر {button} لكتابة أول نموذج.',
  'compose.newTemplate': 'نموذج جديد',
  'compose.noMatch': 'لا يوجد نموذج يطابق «{query}».',
  'compose.empty': '(فارغ)',
  'compose.team': 'الفريق',
  'compose.more': 'توجد نتائج أخرى ({count}): ضيِّق نطاق البحث.',
  'compose.preview.subtitle': 'معاينة لهذه المسودة',
  'compose.addsCc': 'يُضيف إلى نسخة',
  'compose.addsBcc': 'يُضيف إلى نسخة مخفية الوجهة',
  'compose.subject': 'الموضوع',
  'compose.setSubject': 'تغيير الموضوع إلى «{subject}»',
  'compose.setSubjectHint': 'أوقِفه عند الرد: تغيير الموضوع يفصل الرد عن المحادثة.',
  'compose.problem': 'في هذا النموذج مشكلة',
  'compose.text': 'النص',
  'compose.insert': 'إدراج',
  'compose.insertWaiting': {
    zero: 'إدراج',
    one: 'إدراج (أدخِل قيمة واحدة)',
    two: 'إدراج (أدخِل قيمتين)',
    few: 'إدراج (أدخِل {count} قيم)',
    many: 'إدراج (أدخِل {count} قيمة)',
    other: 'إدراج (أدخِل {count} قيمة)',
  },
  'compose.warning.notAddress': 'ليس عنوان بريد إلكتروني، فتُرك كما هو: {names}',
  'compose.warning.templateNotAddress': 'القيمة «{value}» في النموذج ليست عنوان بريد إلكتروني، لذا استُبعدت.',
  'compose.warning.unknownCc':
    'لم يُرسل Gmail إلى Threadsmith حقل «نسخة» في هذه المسودة، لذا لن يغيّره «إدراج»: أضِف {emails} إلى «نسخة» بنفسك.',
  'compose.warning.unknownBcc':
    'لم يُرسل Gmail إلى Threadsmith حقل «نسخة مخفية الوجهة» في هذه المسودة، لذا لن يغيّره «إدراج»: أضِف {emails} إلى «نسخة مخفية الوجهة» بنفسك.',

  // Errors (src/i18n/en/errors.ts).
  'error.reference': 'الرقم المرجعي: {reference}',
  'error.title': 'تعذّر على Threadsmith تنفيذ ذلك',
  'error.unexpected.title': 'حدث خطأ ما',
  'error.unexpected':
    'واجه Threadsmith مشكلة غير متوقعة. أعِد المحاولة، وإذا تكرر ذلك فأرسل إلينا الرقم المرجعي أدناه.',
  'error.oldButton': 'هذا الزر من إصدار أقدم من Threadsmith. أعِد فتح الرسالة ثم حاول مرة أخرى.',
  'error.noDraft.title': 'لم تُنشأ أي مسودة',
  'error.cardChanged':
    'تغيّر الرد منذ عرض هذه البطاقة، ولم يُنشأ شيء: غيّر أي خيار في البطاقة لتحديثها، ثم أنشئ المسودة مرة أخرى.',
  'error.noSender.title': 'لا يوجد مرسل',
  'error.noSender':
    'ليس لهذه الرسالة عنوان مرسل (سطر From مفقود أو تتعذّر قراءته)، لذا لا يوجد من يمكن الرد عليه.',
  'error.draftMayExist.title': 'تحقّق من مجلد المسودات',
  'error.draftMayExist':
    'لم يؤكد Gmail إنشاء المسودة، لكن ربما أُنشئت رغم ذلك. راجع مجلد المسودات قبل إعادة المحاولة حتى لا تحصل على مسودتين.',
  'error.noMessage.title': 'لا توجد رسالة مفتوحة',
  'error.noMessage':
    'يعمل Threadsmith على الرسالة المفتوحة لديك، ولم يحدّد هذا الطلب أي رسالة. افتح رسالة في Gmail ثم حاول مرة أخرى.',
  'error.accessExpired.title': 'انتهت صلاحية الوصول إلى الرسالة',
  'error.accessExpired':
    'لم يسمح Gmail لإضافة Threadsmith بقراءة هذه الرسالة (ربما انتهت صلاحية الوصول). أغلِق الرسالة وافتحها مرة أخرى ثم أعِد المحاولة.',
  'error.notReadable.title': 'تتعذّر قراءة الرسالة',
  'error.notReadable':
    'لم يسمح Gmail لإضافة Threadsmith بقراءة هذه الرسالة: ربما حُذفت أو نُقلت، أو يواجه Gmail مشكلة. أغلِق الرسالة وافتحها مرة أخرى ثم أعِد المحاولة.',
  'error.notFound.title': 'لم يتم العثور على الرسالة',
  'error.notFound': 'لم تعد هذه الرسالة موجودة، فربما تم حذفها. افتح رسالة أخرى.',
  // The template store, Settings and the team library refuse.
  'error.store.conflict.title': 'تم تغيير النموذج في مكان آخر',
  'error.store.changed':
    'تم تغيير «{name}» في نافذة أخرى بعد أن فتحته. لم تُحفَظ تعديلاتك: انسخها، ثم أعد فتح النموذج وطبّقها مرة أخرى.',
  'error.store.deleted':
    'تم حذف «{name}» في نافذة أخرى بعد أن فتحته. لم تُحفَظ تعديلاتك: انسخها وأنشئ نموذجًا جديدًا.',
  'error.store.nameTaken.title': 'الاسم مستخدم بالفعل',
  'error.store.nameTaken': 'لديك نموذج باسم «{name}» بالفعل. اختر اسمًا آخر.',
  'error.store.namesTaken':
    'هذه الأسماء مستخدمة بالفعل (لا يكفي أن تختلف الأسماء في الأحرف الكبيرة والصغيرة وحدها): {names}.',
  'error.store.quoted': '«{name}»',
  'error.store.full.title': 'مكتبة النماذج ممتلئة',
  'error.store.full':
    'لا توجد مساحة كافية: {what} {needed}، لكن المتاح {free} فقط من أصل {limit}. احذف بعض النماذج أو اختصرها، ثم حاول مرة أخرى.',
  'error.store.needs.template': 'يتطلّب هذا النموذج',
  'error.store.needs.copy': 'يتطلّب النسخ',
  'error.store.needs.upgrade': 'يتطلّب تحويل نماذجك إلى تنسيق التخزين الجديد',
  'error.store.needs.change': 'يتطلّب هذا التغيير',
  'error.store.needs.import': { other: 'تتطلّب هذه النماذج ({count})' },
  'error.store.needs.settings': 'تتطلّب إعداداتك',
  'error.store.needs.importedSettings': 'تتطلّب هذه الإعدادات',
  'error.store.needs.starters': 'تتطلّب النماذج المبدئية',
  'error.store.kb': '{size} كيلوبايت',
  'error.store.tooLarge.title': 'النموذج كبير جدًا',
  'error.store.tooLarge':
    'يشغل الاسم والموضوع وحقلا «نسخة» و«نسخة مخفية الوجهة» والوسوم في هذا النموذج {size}، ولا يمكن أن تتجاوز معًا {max}. اختصرها، ثم حاول مرة أخرى.',
  'error.store.notFound.title': 'لم يتم العثور على النموذج',
  'error.store.notFound': 'لم يعد هذا النموذج موجودًا، فربما حُذف في نافذة أخرى.',
  'error.store.damaged.title': 'النموذج تالف',
  'error.store.damaged':
    'النموذج «{name}» تالف ولا يمكن تغييره. انسخ نصه من قائمة النماذج التالفة، ثم احذفه منها وأنشئه من جديد.',
  'error.store.busy.title': 'جارٍ الحفظ',
  'error.store.busy': 'يجري حفظ نماذجك في نافذة أخرى. لم يتغيّر شيء، فحاول مرة أخرى بعد قليل.',
  'error.store.newer.title': 'يلزم التحديث',
  'error.store.newer':
    'حُفظت نماذجك بإصدار أحدث من Threadsmith (تنسيق التخزين {found}، وهذا الإصدار يدعم {known}). يمكن قراءتها، لكن لا يمكن تغييرها إلى أن تُحدَّث الإضافة.',
  'error.settings.tooLarge.title': 'الإعدادات كبيرة جدًا',
  'error.settings.tooLarge':
    'تشغل هذه الإعدادات {size}، والحد الأقصى {max}. أزِل بعض العناوين، ثم حاول مرة أخرى.',
  'error.team.changed':
    'حفظ شخص آخر «{name}» في مكتبة الفريق بعد أن فتحته، لذا لم تُحفَظ تعديلاتك. ما كتبته لا يزال أدناه: انسخه، ثم افتح الإصدار المحفوظ وطبّق تغييرك مرة أخرى.',
  'error.team.deleted':
    'حذف شخص آخر «{name}» من مكتبة الفريق بعد أن فتحته، لذا لم تُحفَظ تعديلاتك. ما كتبته لا يزال أدناه: انسخه إن أردت الاحتفاظ به.',
  'error.team.readOnly.title': 'عرض فقط',
  'error.team.readOnly':
    'يمكنك استخدام مكتبة الفريق «{file}»، لكن لا يمكنك تغييرها: لا يستطيع ذلك إلا من لديهم إذن التعديل على الملف في Drive. اطلب من مالكه إذن التعديل، أو انسخ النموذج إلى نماذجك.',
  'error.team.unavailable.title': 'مكتبة الفريق غير متاحة',
  'error.team.nameTaken': 'يوجد في مكتبة الفريق نموذج باسم «{name}» بالفعل. اختر اسمًا آخر.',

  // Template lint and Liquid errors (src/i18n/en/lint.ts): Liquid itself comes in as params.
  'lint.parse.unknownTag': 'وسم غير معروف: {tag}',
  'lint.parse.unavailableTag': 'الوسم {tag} غير متاح في النماذج',
  'lint.parse.unknownFilter': 'فلتر غير معروف: «{filter}»',
  'lint.parse.unclosed': 'الوسم {tag} غير مغلق: أضِف {end}',
  'lint.parse.unclosedOutput': 'لم يُغلَق «{open}»: أضِف «{close}»',
  'lint.parse.unclosedTag': 'لم يُغلَق «{open}»: أضِف «{close}»',
  'lint.parse.unexpectedTag': 'الوسم {tag} غير متوقع هنا',
  'lint.parse.invalid': 'تعذّرت قراءة النموذج قرب «{near}»',
  'lint.parse.inlineComment': 'يجب أن يبدأ كل سطر في تعليق {tag} بالرمز #',
  'lint.parse.tooLong': 'النموذج طويل جدًا',
  'lint.parse.tooDeep': 'تتداخل الكتل في النموذج بعمق زائد: الحد الأقصى للتداخل هو {count}',
  'lint.render.tooManyPieces':
    'يتكرر النموذج أكثر من اللازم: توقف عند الحد الأقصى للأجزاء ({count}). كرِّر على عناصر أقل (مثل {example}).',
  'lint.render.tooLong': 'يتجاوز النموذج بعد ملئه الحد الأقصى لعدد الأحرف ({count})',
  'lint.render.tooMuchText': 'ينتج النموذج نصًا أطول من أن يُرسَل',
  'lint.render.filterArgument': 'يحتاج الفلتر «{filter}» إلى قيمة، مثل | {filter}: "نص"',
  'lint.render.failed': 'تعذّر ملء النموذج',
  'lint.field.unknown': 'حقل غير معروف: «{field}»',
  'lint.field.unknownHint': 'حقل غير معروف: «{field}». هل تقصد «{hint}»؟',
  'lint.field.emptyDefault':
    'قد يكون الحقل «{field}» فارغًا في بعض الرسائل: أضِف قيمة افتراضية، مثل {example}، وإلا فسيُطلب منك إدخاله',
  'lint.field.emptyIf':
    'الحقل «{field}»: {why}، ولا تناسب مكانه أي قيمة افتراضية: ضع ما يعتمد عليه داخل {open}…{close}، وإلا فسيُطلب منك إدخاله',
  'lint.field.why.someMessages': 'قد يكون فارغًا في بعض الرسائل',
  'lint.field.why.noCc': 'يكون فارغًا إذا خلا الرد من «نسخة»',
  'lint.field.why.noName': 'قد يكون فارغًا إلى أن تضبط اسمك في الإعدادات',
  'lint.link.dropped': 'سيبقى الرابط إلى «{href}» نصًا عاديًا: لا تُرسَل إلا روابط https: و mailto:',
});
