// Hebrew starters. The greeting is "שלום <first name>,"; "שלום רב," when the sender gives no name a
// person goes by. No title (the gender is not known). The body speaks to the reader in the singular, as
// Hebrew business mail does, but only in forms spelled the same for a man and a woman (פנייתך, ציפית,
// ממך, "אפשר להשיב"), never a gendered verb; the user's own sentences avoid the present tense, which is
// gendered too (אטפל, קיבלתי, not מטפל/ת). The close is "בברכה," with the first name ("בכבוד רב," and the
// full name for the decline).
import { type StarterSet, SUBJECT, signOff } from './types';

const greeting = '{% if sender.first_name %}שלום {{ sender.first_name }},{% else %}שלום רב,{% endif %}';
const quotedSubject = `"${SUBJECT}"`;

export const he: StarterSet = {
  templates: {
    acknowledge: {
      name: 'אישור קבלה, תשובה בהמשך',
      body: [
        greeting,
        '',
        `תודה על פנייתך{% if subject %} בנושא ${quotedSubject}{% endif %}. ההודעה התקבלה, והנושא כבר בטיפול.`,
        '',
        'תשובה מלאה תישלח **תוך שני ימי עבודה**. אם בינתיים משהו משתנה אצלך, אפשר פשוט להשיב למייל הזה.',
        '',
        signOff('בברכה,', 'me.first_name', 'me.name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['אישור', 'תמיכה'],
    },
    details: {
      name: 'בקשת פרטים חסרים',
      body: [
        greeting,
        '',
        'תודה על הפנייה. כדי שאוכל לעזור, אשמח לקבל:',
        '',
        '1. מספר ההזמנה או החשבון שבנדון',
        '2. מה ציפית שיקרה, ומה קרה בפועל',
        '3. צילום מסך, אם יש',
        '',
        'ברגע שאקבל את הפרטים, אטפל בזה.',
        '',
        signOff('בברכה,', 'me.first_name', 'me.name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['פרטים', 'תמיכה'],
    },
    decline: {
      name: 'סירוב מנומס',
      body: [
        greeting,
        '',
        'תודה שחשבת עליי, ושהקדשת זמן להסביר את הכול בבהירות כזו. שקלתי את הדברים בכובד ראש, והפעם אאלץ לסרב: לא אוכל להקדיש לזה את תשומת הלב הראויה.',
        '',
        'בהצלחה רבה, ואשמח לשמוע ממך שוב בהזדמנויות הבאות.',
        '',
        signOff('בכבוד רב,', 'me.name', 'me.first_name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['סירוב'],
    },
    followUp: {
      name: 'מעקב',
      body: [
        greeting,
        '',
        `רציתי לבדוק לגבי {% if subject %}${quotedSubject}{% else %}ההודעה הקודמת שלי{% endif %}. הספקת לעיין בזה?`,
        '',
        'אם קל יותר לדבר על זה, אפשר להשיב עם מועד שנוח לך, ואתקשר.',
        '',
        signOff('תודה,', 'me.first_name', 'me.name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: 'מעקב',
      mode: 'reply',
      tags: ['מעקב'],
    },
  },
  newTemplateBody: [greeting, '', '', '', signOff('בברכה,', 'me.first_name', 'me.name')].join('\n'),
};
