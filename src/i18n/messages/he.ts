// Hebrew (he; Google also says iw), right to left. Gmail's own words: תשובה, תשובה לכולם, טיוטה, עותק,
// עותק מוסתר, נושא. One word each: תבנית (template), טיוטה (draft), ספרייה (library), תג (tag).
// Gender-neutral as Google's Hebrew UI is: buttons are nouns (יצירת טיוטה), instructions say "יש ל…" or
// "אפשר ל…", never a masculine or feminine imperative. A prefix letter before Latin text, a number or a
// placeholder takes a hyphen ("ב-Gmail", "ל-{count}"), before a quote mark none (מ"עותק").
// Every sentence starts with a Hebrew word, never with Gmail or a placeholder: the card isolates a label
// by its first strong letter, so that letter sets the direction.
import type { Catalogue } from '../types';
import { heEditor } from './he/editor';
import { heLibrary } from './he/library';

export const he = (): Catalogue => ({
  ...heLibrary(),
  ...heEditor(),

  // Gmail: "בתאריך יום ד׳, 23 בספט׳ 2026 ב-17:24 מאת Name <a@b>:"
  'quote.wrote': 'בתאריך {date} מאת {who}:',
  'quote.wroteNoDate': 'מאת {who}:',
  'quote.unknownSender': 'שולח לא ידוע',
  'quote.cutNote':
    '[שאר ההודעה המקורית הושמט על ידי Threadsmith: ב-Gmail הודעה מוגבלת ל-200 KB. ההודעה המלאה עדיין נמצאת בשיחה.]',

  'list.separator': ', ',
  'list.and': '{first} ו-{last}',
  'list.more': '{first} ועוד {count}',

  'mode.reply': 'תשובה',
  'mode.reply-all': 'תשובה לכולם',
  'mode.reply-list': 'תשובה לרשימה',
  'card.reply.header': 'תשובה',
  'card.reply.to': 'תשובה אל',
  'card.reply.includeQuote': 'הכללת ההודעה המקורית',
  'card.reply.includeAttachments': 'הכללת הקבצים המצורפים המקוריים ({count})',
  'card.reply.addCc': 'הוספה לעותק',
  'card.reply.addBcc': 'הוספה לעותק מוסתר',
  'card.reply.addressesHint': 'כתובות, מופרדות בפסיקים',
  'card.draft.header': 'הטיוטה',
  'card.draft.to': 'אל',
  'card.draft.cc': 'עותק',
  'card.draft.bcc': 'עותק מוסתר',
  'card.draft.subject': 'נושא',
  'card.warning.blocking': 'לא ניתן ליצור טיוטה',
  'card.warning.check': 'לבדיקה',
  'card.warning.note': 'הערה',
  'card.createDraft': 'יצירת טיוטה',
  'card.templates.header': 'תבניות',
  'card.templates.none': 'אין עדיין תבניות: אפשר ליצור תבנית בספרייה.',
  'card.templates.draft': 'טיוטה',
  'card.templates.draftAlt': 'טיוטה מהתבנית "{name}"',
  'card.templates.all': 'כל התבניות ({count})',
  'card.templates.manage': 'ניהול תבניות',
  'card.templates.hasError': 'יש בה שגיאה: אפשר לפתוח כדי לראות',
  'card.templates.asksFor': 'צריך למלא: {fields}',

  'warning.nobody': 'לא נשאר אף נמען לתשובה הזו.',
  'warning.nobody.noList': 'ההודעה הזו לא מציינת כתובת של רשימת תפוצה שאפשר להשיב אליה.',
  'warning.nobody.onlyMe': 'ההודעה הזו נשלחה רק לכתובת שלך, כך שתשובה לא תגיע לאף אחד אחר.',
  'warning.nobody.noSender': 'אין להודעה שולח, כך שאין למי להשיב.',
  'warning.nobody.invalidSender': 'השולח "{sender}" אינו כתובת תקינה, כך שאין למי להשיב.',
  'warning.nobody.fromMe': 'ההודעה הזו נשלחה מאחת הכתובות שלך, כך שתשובה לא תגיע לאף אחד אחר.',
  'warning.invalidRecipients': {
    one: 'כתובת לא תקינה אחת הושמטה: {names}.',
    two: 'שתי כתובות לא תקינות הושמטו: {names}.',
    other: '{count} כתובות לא תקינות הושמטו: {names}.',
  },
  'warning.tooManyRecipients':
    'התשובה הזו תישלח ל-{count} אנשים, ו-Gmail מאפשר לכל היותר {max} בהודעה אחת. אפשר להסיר חלק מהם מ"עותק" או מ"עותק מוסתר", או לבחור "תשובה" כדי להשיב רק לשולח.',
  'warning.manyRecipients': 'התשובה הזו תישלח ל-{count} אנשים.',
  'warning.externalRecipients': {
    one: 'נמען אחד מחוץ ל-{domain}.',
    two: 'שני נמענים מחוץ ל-{domain}.',
    other: '{count} נמענים מחוץ ל-{domain}.',
  },
  'warning.replyTo.toMe':
    'ההודעה מבקשת שתשובות יישלחו לכתובת שלך (Reply-To), ולכן התשובה הזו תישלח במקום זאת אל {sender}.',
  'warning.replyTo.others': 'ההודעה מבקשת שתשובות יישלחו אל {names} (Reply-To), ולא אל {sender}.',
  'warning.theSender': 'השולח',

  'warning.unknownUser':
    'כתובת האימייל שלך לא נמסרה ל-Threadsmith על ידי Gmail, ולכן אי אפשר להשמיט אותך מהתשובה. נדרשת ל-Threadsmith הרשאה לראות את כתובת האימייל שלך: אם סירבת לתת אותה, יש להסיר את הגישה של Threadsmith בכתובת myaccount.google.com/permissions, לפתוח אותו שוב ולאשר.',
  'warning.repeatedHeader':
    'בהודעה הזו יש כמה שורות {header}, ותקן הדואר מאפשר רק אחת: רק הראשונה נלקחת בחשבון.',
  'warning.noMessageId':
    'להודעה המקורית אין Message-ID, ולכן ייתכן שתוכנת הדואר של הנמען לא תציג את התשובה הזו באותה שיחה (ב-Gmail שלך היא כן תופיע בה).',
  'warning.attachmentsTooLarge':
    'גודל הקבצים המצורפים שיש להעביר הוא {total}, מעבר למגבלה של Gmail ({max}): {names}. כדי ליצור את הטיוטה, יש לכבות את "הכללת הקבצים המצורפים המקוריים" או את "הכללת ההודעה המקורית".',
  'warning.attachmentsMissing': {
    one: 'הקובץ {names} כבר לא מופיע בהודעה הזו ב-Gmail, ולכן הטיוטה תיווצר בלעדיו.',
    other: 'הקבצים {names} כבר לא מופיעים בהודעה הזו ב-Gmail, ולכן הטיוטה תיווצר בלעדיהם.',
  },
  'warning.bodyTooLarge':
    'הטקסט של התשובה עצמה חורג ממגבלת הגודל של Gmail להודעה אחת (200 KB). כדי ליצור את הטיוטה, יש לקצר אותו.',
  'warning.quotePlain':
    'ההודעה המקורית גדולה מכדי לצטט אותה עם העיצוב שלה (ב-Gmail הודעה מוגבלת ל-200 KB), ולכן היא מצוטטת כטקסט פשוט.',
  'warning.quoteCut':
    'ההודעה המקורית גדולה מכדי לצטט אותה במלואה (ב-Gmail הודעה מוגבלת ל-200 KB): תחילתה מצוטטת כטקסט פשוט, עם הערה במקום שבו הציטוט נקטע.',
  'warning.subjectByGmail': 'הנושא ארוך מ-{max} התווים ש-Threadsmith יכול לקבוע, ולכן Gmail יכתוב אותו.',
  'warning.repliesToEarlier':
    'ב-Gmail, תשובה להודעה שלך הייתה נשלחת בחזרה לכתובת שלך, ולכן הטיוטה הזו משיבה להודעה של {names} מתאריך {date}, באותה שיחה.',
  'warning.repliesToEarlier.noName':
    'ב-Gmail, תשובה להודעה שלך הייתה נשלחת בחזרה לכתובת שלך, ולכן הטיוטה הזו משיבה להודעה הקודמת מתאריך {date}, באותה שיחה.',
  'warning.notThreaded.unreadable':
    'אי אפשר לקרוא באופן אמין את השדה Reply-To או From של ההודעה, ולכן Threadsmith ממען את הטיוטה הזו בעצמו: היא פותחת שיחה חדשה עם אותו נושא.',
  'warning.notThreaded':
    'תוספים ל-Gmail יכולים למען תשובה בתוך השיחה רק לשולח, ולכן הטיוטה הזו פותחת שיחה חדשה עם אותו נושא.',

  'card.recipients.none': '—',
  'card.recipients.more': '{names} ועוד {count}',
  'card.open': 'פתיחה',

  // The compose card (src/i18n/en/compose.ts).
  'compose.header': 'הוספת תבנית',
  'compose.search': 'חיפוש בתבניות',
  'compose.searchHint': 'שם, תג או טקסט',
  'compose.for': 'אל',
  'compose.noRecipients': 'אין עדיין נמענים',
  'compose.check': 'לבדיקה',
  'compose.templates': 'תבניות',
  'compose.emptyLibrary':
    'ספריית התבניות שלך ריקה. כדי לכתוב את התבנית הראשונה, יש לפתוח את Threadsmith מחלונית הצד של Gmail (בלי הודעה פתוחה) ולבחור {button}.',
  'compose.newTemplate': 'תבנית חדשה',
  'compose.noMatch': 'לא נמצאה תבנית שתואמת את "{query}".',
  'compose.empty': '(ריק)',
  'compose.team': 'צוות',
  'compose.more': 'יש עוד {count}: אפשר לצמצם את החיפוש.',
  'compose.preview.subtitle': 'תצוגה מקדימה לטיוטה הזו',
  'compose.addsCc': 'מוסיפה לעותק',
  'compose.addsBcc': 'מוסיפה לעותק מוסתר',
  'compose.subject': 'נושא',
  'compose.setSubject': 'שינוי הנושא ל"{subject}"',
  'compose.setSubjectHint': 'בתשובה כדאי לכבות: שינוי הנושא מפצל את השיחה.',
  'compose.problem': 'יש בעיה בתבנית הזו',
  'compose.text': 'טקסט',
  'compose.insert': 'הוספה',
  'compose.insertWaiting': {
    one: 'הוספה (יש למלא ערך אחד)',
    two: 'הוספה (יש למלא שני ערכים)',
    other: 'הוספה (יש למלא {count} ערכים)',
  },
  'compose.warning.notAddress': 'לא כתובת אימייל, הושאר ללא שינוי: {names}',
  'compose.warning.templateNotAddress': 'הערך "{value}" שבתבנית אינו כתובת אימייל, ולכן הוא הושמט.',
  'compose.warning.unknownCc':
    'השדה "עותק" של הטיוטה הזו לא הועבר מ-Gmail אל Threadsmith, ולכן "הוספה" לא משנה אותו: יש להוסיף את {emails} ל"עותק" באופן ידני.',
  'compose.warning.unknownBcc':
    'השדה "עותק מוסתר" של הטיוטה הזו לא הועבר מ-Gmail אל Threadsmith, ולכן "הוספה" לא משנה אותו: יש להוסיף את {emails} ל"עותק מוסתר" באופן ידני.',

  // Errors (src/i18n/en/errors.ts).
  'error.reference': 'מזהה: {reference}',
  'error.title': 'אי אפשר לעשות את זה ב-Threadsmith',
  'error.unexpected.title': 'משהו השתבש',
  'error.unexpected':
    'אירעה ב-Threadsmith בעיה לא צפויה. אפשר לנסות שוב; אם זה חוזר על עצמו, כדאי לשלוח לנו את המזהה שמופיע למטה.',
  'error.oldButton': 'הלחצן הזה שייך לגרסה קודמת של Threadsmith. יש לפתוח את ההודעה מחדש ולנסות שוב.',
  'error.noDraft.title': 'לא נוצרה טיוטה',
  'error.cardChanged':
    'התשובה השתנתה מאז שהכרטיס הזה הוצג, ולא נוצר דבר: כדי לרענן את הכרטיס יש לשנות בו אפשרות כלשהי, ואז ליצור את הטיוטה שוב.',
  'error.noSender.title': 'אין שולח',
  'error.noSender': 'אין להודעה הזו כתובת שולח (שורת From חסרה או לא קריאה), כך שאין למי להשיב.',
  'error.draftMayExist.title': 'כדאי לבדוק את תיקיית הטיוטות',
  'error.draftMayExist':
    'לא התקבל מ-Gmail אישור על הטיוטה, אבל ייתכן שהיא נוצרה בכל זאת. כדאי לבדוק בתיקיית הטיוטות לפני שמנסים שוב, כדי שלא יהיו שתי טיוטות.',
  'error.noMessage.title': 'אין הודעה פתוחה',
  'error.noMessage':
    'כדי לעבוד, Threadsmith צריך הודעה פתוחה, והבקשה הזו לא ציינה איזו. יש לפתוח הודעה ב-Gmail ולנסות שוב.',
  'error.accessExpired.title': 'פג תוקף הגישה להודעה',
  'error.accessExpired':
    'ל-Threadsmith לא הותר ב-Gmail לקרוא את ההודעה הזו (ייתכן שתוקף הגישה פג). יש לסגור את ההודעה, לפתוח אותה שוב ולנסות מחדש.',
  'error.notReadable.title': 'אי אפשר לקרוא את ההודעה',
  'error.notReadable':
    'ל-Threadsmith לא הותר ב-Gmail לקרוא את ההודעה הזו: ייתכן שהיא נמחקה או הועברה, או שיש ב-Gmail תקלה. יש לסגור את ההודעה, לפתוח אותה שוב ולנסות מחדש.',
  'error.notFound.title': 'ההודעה לא נמצאה',
  'error.notFound': 'ההודעה הזו כבר לא קיימת: ייתכן שהיא נמחקה. אפשר לפתוח הודעה אחרת.',
  // The template store, Settings and the team library refuse.
  'error.store.conflict.title': 'התבנית שונתה במקום אחר',
  'error.store.changed':
    'התבנית "{name}" שונתה בחלון אחר מאז שנפתחה כאן. העריכות לא נשמרו: יש להעתיק אותן, לפתוח שוב את התבנית ולהחיל אותן מחדש.',
  'error.store.deleted':
    'התבנית "{name}" נמחקה בחלון אחר מאז שנפתחה כאן. העריכות לא נשמרו: יש להעתיק אותן וליצור תבנית חדשה.',
  'error.store.nameTaken.title': 'השם כבר בשימוש',
  'error.store.nameTaken': 'כבר יש לך תבנית בשם "{name}". יש לבחור שם אחר.',
  'error.store.namesTaken':
    'השמות האלה כבר בשימוש (שמות צריכים להיות שונים ביותר מאותיות גדולות וקטנות): {names}.',
  'error.store.quoted': '"{name}"',
  'error.store.full.title': 'ספריית התבניות מלאה',
  'error.store.full':
    'אין מספיק מקום: {what} {needed}, אבל פנויים רק {free} מתוך {limit}. יש למחוק או לקצר כמה תבניות ולנסות שוב.',
  'error.store.needs.template': 'לתבנית הזו נדרשים',
  'error.store.needs.copy': 'להעתקה נדרשים',
  'error.store.needs.upgrade': 'לשדרוג התבניות שלך לפורמט האחסון החדש נדרשים',
  'error.store.needs.change': 'לשינוי הזה נדרשים',
  'error.store.needs.import': { other: 'לתבניות האלה ({count}) נדרשים' },
  'error.store.needs.settings': 'להגדרות שלך נדרשים',
  'error.store.needs.importedSettings': 'להגדרות האלה נדרשים',
  'error.store.needs.starters': 'לתבניות ההתחלתיות נדרשים',
  'error.store.kb': '{size} KB',
  'error.store.tooLarge.title': 'התבנית גדולה מדי',
  'error.store.tooLarge':
    'השם, הנושא, השדות "עותק" ו"עותק מוסתר" והתגים של התבנית הזו תופסים {size}; יחד הם יכולים לתפוס לכל היותר {max}. יש לקצר אותם ולנסות שוב.',
  'error.store.notFound.title': 'התבנית לא נמצאה',
  'error.store.notFound': 'התבנית הזו כבר לא קיימת; ייתכן שהיא נמחקה בחלון אחר.',
  'error.store.damaged.title': 'התבנית פגומה',
  'error.store.damaged':
    'התבנית "{name}" פגומה ואי אפשר לשנות אותה. יש להעתיק את הטקסט שלה מרשימת הפגומות, למחוק אותה שם וליצור אותה מחדש.',
  'error.store.busy.title': 'מתבצעת שמירה',
  'error.store.busy': 'התבניות שלך נשמרות עכשיו בחלון אחר. לא שונה דבר; אפשר לנסות שוב בעוד רגע.',
  'error.store.newer.title': 'נדרש עדכון',
  'error.store.newer':
    'התבניות שלך נשמרו בגרסה חדשה יותר של Threadsmith (פורמט אחסון {found}; הגרסה הזו תומכת ב-{known}). אפשר לקרוא אותן, אבל לא לשנות אותן עד שהתוסף יעודכן.',
  'error.settings.tooLarge.title': 'ההגדרות גדולות מדי',
  'error.settings.tooLarge':
    'ההגדרות האלה תופסות {size}; אפשר לכל היותר {max}. יש להסיר כמה כתובות ולנסות שוב.',
  'error.team.changed':
    'מישהו אחר שמר את "{name}" בספריית הצוות אחרי שפתחת אותה, ולכן העריכות לא נשמרו. מה שהקלדת עדיין מופיע למטה: כדאי להעתיק אותו, לפתוח את הגרסה השמורה ולהחיל שוב את השינוי.',
  'error.team.deleted':
    'מישהו אחר מחק את "{name}" מספריית הצוות אחרי שפתחת אותה, ולכן העריכות לא נשמרו. מה שהקלדת עדיין מופיע למטה: כדאי להעתיק אותו אם רוצים לשמור אותו.',
  'error.team.readOnly.title': 'צפייה בלבד',
  'error.team.readOnly':
    'אפשר להשתמש בספריית הצוות "{file}", אבל לא לשנות אותה: רק בעלי הרשאת עריכה לקובץ ב-Drive יכולים. אפשר לבקש מהבעלים הרשאת עריכה, או להעתיק את התבנית לתבניות שלך.',
  'error.team.unavailable.title': 'ספריית הצוות לא זמינה',
  'error.team.nameTaken': 'בספריית הצוות כבר יש תבנית בשם "{name}". יש לבחור שם אחר.',

  // Template lint and Liquid errors (src/i18n/en/lint.ts): Liquid itself comes in as params.
  'lint.parse.unknownTag': 'תג לא מוכר: {tag}',
  'lint.parse.unavailableTag': 'התג {tag} לא זמין בתבניות',
  'lint.parse.unknownFilter': 'מסנן לא מוכר: "{filter}"',
  'lint.parse.unclosed': 'התג {tag} לא נסגר: יש להוסיף {end}',
  'lint.parse.unclosedOutput': 'הסימן "{open}" לא נסגר: יש להוסיף "{close}"',
  'lint.parse.unclosedTag': 'הסימן "{open}" לא נסגר: יש להוסיף "{close}"',
  'lint.parse.unexpectedTag': 'התג {tag} לא צפוי כאן',
  'lint.parse.invalid': 'אי אפשר לקרוא את התבנית ליד "{near}"',
  'lint.parse.inlineComment': 'כל שורה בהערת {tag} חייבת להתחיל ב-#',
  'lint.parse.tooLong': 'התבנית ארוכה מדי',
  'lint.parse.tooDeep': 'יש בתבנית יותר מדי בלוקים זה בתוך זה: לכל היותר {count}',
  'lint.render.tooManyPieces':
    'התבנית חוזרת על עצמה יותר מדי: היא נעצרה אחרי {count} חלקים. כדאי לעבור בלולאה על פחות פריטים (למשל {example}).',
  'lint.render.tooLong': 'התבנית המלאה ארוכה מ-{count} תווים',
  'lint.render.tooMuchText': 'התבנית יוצרת יותר מדי טקסט לשליחה',
  'lint.render.filterArgument': 'המסנן "{filter}" צריך ערך, למשל | {filter}: "טקסט"',
  'lint.render.failed': 'אי אפשר היה למלא את התבנית',
  'lint.field.unknown': 'שדה לא מוכר: "{field}"',
  'lint.field.unknownHint': 'שדה לא מוכר: "{field}". האם התכוונת ל"{hint}"?',
  'lint.field.emptyDefault':
    'השדה "{field}" עשוי להיות ריק בחלק מההודעות: כדאי להוסיף ערך ברירת מחדל, למשל {example}, אחרת יהיה צורך למלא אותו',
  'lint.field.emptyIf':
    'השדה "{field}": {why}, ואין ערך ברירת מחדל שמתאים במקומו: את מה שתלוי בו יש לשים בתוך {open}…{close}, אחרת יהיה צורך למלא אותו',
  'lint.field.why.someMessages': 'עשוי להיות ריק בחלק מההודעות',
  'lint.field.why.noCc': 'ריק כשאין בתשובה עותק',
  'lint.field.why.noName': 'עשוי להיות ריק עד שהשם שלך מוגדר בהגדרות',
  'lint.link.dropped': 'הקישור אל "{href}" יישאר כטקסט: נשלחים רק קישורי https: ו-mailto:',
});
