// Arabic starters. The body addresses the reader in the plural of respect (شكرًا لرسالتكم، يسعدني أن
// تتذكروني), as Arabic business mail does: formal, and the same for a man, a woman or a company, where
// the singular would have to guess a gender. The greeting is "مرحبًا <first name>،"; "تحية طيبة،" when
// the sender gives no name a person goes by. No "عزيزي/عزيزتي" (gendered) and no title. The close is
// "مع أطيب التحيات،" with the first name ("مع خالص التقدير،" and the full name for the decline).
import { type StarterSet, SUBJECT, signOff } from './types';

const greeting = '{% if sender.first_name %}مرحبًا {{ sender.first_name }}،{% else %}تحية طيبة،{% endif %}';
const quotedSubject = `«${SUBJECT}»`;

export const ar: StarterSet = {
  templates: {
    acknowledge: {
      name: 'تأكيد الاستلام والرد لاحقًا',
      body: [
        greeting,
        '',
        `شكرًا لرسالتكم{% if subject %} بشأن ${quotedSubject}{% endif %}. لقد وصلتني، وأنا أعمل على متابعتها.`,
        '',
        'ستصلكم إجابة كاملة خلال **يومَي عمل**. وإذا تغيّر أي شيء لديكم في هذه الأثناء، فيكفي الرد على هذه الرسالة.',
        '',
        signOff('مع أطيب التحيات،', 'me.first_name', 'me.name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['استلام', 'دعم'],
    },
    details: {
      name: 'طلب التفاصيل الناقصة',
      body: [
        greeting,
        '',
        'شكرًا لتواصلكم. حتى أتمكن من المساعدة، يُرجى تزويدي بما يلي:',
        '',
        '1. رقم الطلب أو الحساب المعني',
        '2. ما كنتم تتوقعون حدوثه، وما حدث بدلاً من ذلك',
        '3. لقطة شاشة، إن وُجدت',
        '',
        'سأتابع الأمر فور وصول هذه المعلومات.',
        '',
        signOff('مع أطيب التحيات،', 'me.first_name', 'me.name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['تفاصيل', 'دعم'],
    },
    decline: {
      name: 'اعتذار مهذّب',
      body: [
        greeting,
        '',
        'شكرًا لتفكيركم بي، ولوقتكم في شرح الأمر بهذا الوضوح. لقد فكّرت فيه مليًّا، وأعتذر هذه المرة: فلن أستطيع أن أمنحه الاهتمام الذي يستحقه.',
        '',
        'أتمنى لكم كل التوفيق، ويسعدني أن تتذكروني في المستقبل.',
        '',
        signOff('مع خالص التقدير،', 'me.name', 'me.first_name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['اعتذار'],
    },
    followUp: {
      name: 'متابعة',
      body: [
        greeting,
        '',
        `أودّ المتابعة بشأن {% if subject %}${quotedSubject}{% else %}رسالتي السابقة{% endif %}. هل أتيحت لكم فرصة للنظر في الأمر؟`,
        '',
        'وإن كان الحديث أسهل، فيُرجى الرد بوقت يناسبكم وسأتصل بكم.',
        '',
        signOff('شكرًا لكم،', 'me.first_name', 'me.name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: 'متابعة',
      mode: 'reply',
      tags: ['متابعة'],
    },
  },
  newTemplateBody: [greeting, '', '', '', signOff('مع أطيب التحيات،', 'me.first_name', 'me.name')].join('\n'),
};
