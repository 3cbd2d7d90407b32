import { STARTER_SETS } from '../../../src/i18n/starters';
import { type RenderOutcome, renderTemplate } from '../../../src/templates/render';
import { context } from '../templates/helpers';

// The Arabic and Hebrew greetings and closes, written out by hand (docs/i18n.md's greeting table).

function text(outcome: RenderOutcome): string {
  if (!outcome.ok) throw new Error(`render failed: ${outcome.error.message}`);
  return outcome.text;
}

const person = context({
  snapshot: { from: 'Okafor, Chidi <chidi.okafor@fabrikam.example>' },
  subject: 'Import limits',
  me: { name: 'Sam Taylor', email: 'sam@northwind.example' },
});
const company = context({
  snapshot: { from: 'Contoso Partner Portal <portal@contoso.example>' },
  subject: '',
  me: { name: '', email: 'sam@northwind.example' },
});

describe('Arabic', () => {
  const ar = STARTER_SETS.ar!.templates;

  it('"مرحبًا <first name>،", the plural of respect, the first name under the close', () => {
    expect(text(renderTemplate(ar.acknowledge.body, person))).toBe(
      [
        'مرحبًا Chidi،',
        '',
        'شكرًا لرسالتكم بشأن «Import limits». لقد وصلتني، وأنا أعمل على متابعتها.',
        '',
        'ستصلكم إجابة كاملة خلال يومَي عمل. وإذا تغيّر أي شيء لديكم في هذه الأثناء، فيكفي الرد على هذه الرسالة.',
        '',
        'مع أطيب التحيات،',
        'Sam',
      ].join('\n'),
    );
  });

  it('"تحية طيبة،" without a name; no address signed; the decline signs the full name', () => {
    expect(text(renderTemplate(ar.followUp.body, company)).split('\n')).toEqual([
      'تحية طيبة،',
      '',
      'أودّ المتابعة بشأن رسالتي السابقة. هل أتيحت لكم فرصة للنظر في الأمر؟',
      '',
      'وإن كان الحديث أسهل، فيُرجى الرد بوقت يناسبكم وسأتصل بكم.',
      '',
      'شكرًا لكم،',
    ]);
    expect(text(renderTemplate(ar.decline.body, person)).split('\n').slice(-2)).toEqual([
      'مع خالص التقدير،',
      'Sam Taylor',
    ]);
  });
});

describe('Hebrew', () => {
  const he = STARTER_SETS.he!.templates;

  it('"שלום <first name>,", forms the same for a man and a woman, the first name under the close', () => {
    expect(text(renderTemplate(he.acknowledge.body, person))).toBe(
      [
        'שלום Chidi,',
        '',
        'תודה על פנייתך בנושא "Import limits". ההודעה התקבלה, והנושא כבר בטיפול.',
        '',
        'תשובה מלאה תישלח תוך שני ימי עבודה. אם בינתיים משהו משתנה אצלך, אפשר פשוט להשיב למייל הזה.',
        '',
        'בברכה,',
        'Sam',
      ].join('\n'),
    );
  });

  it('"שלום רב," without a name; no address signed; the decline signs the full name', () => {
    expect(text(renderTemplate(he.followUp.body, company)).split('\n')).toEqual([
      'שלום רב,',
      '',
      'רציתי לבדוק לגבי ההודעה הקודמת שלי. הספקת לעיין בזה?',
      '',
      'אם קל יותר לדבר על זה, אפשר להשיב עם מועד שנוח לך, ואתקשר.',
      '',
      'תודה,',
    ]);
    expect(text(renderTemplate(he.decline.body, person)).split('\n').slice(-2)).toEqual([
      'בכבוד רב,',
      'Sam Taylor',
    ]);
  });
});
