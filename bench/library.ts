// The template libraries the bench measures with: 200 templates of the kind a support or sales desk
// keeps (Markdown with Liquid merge fields, lists, links, a few Cc/Bcc), and one 10 KB template.
// Deterministic, so runs compare. Seeded into a user store as the user fills it, through the bundle's
// cards (never timed).

import type { Mailbox } from '../sim/mailbox/mailbox';
import { Runtime } from '../sim/sandbox';
import { messageEvent } from '../sim/testing/events';
import { importTemplates, openLibrary, saveSettings, type TemplateJson } from '../sim/testing/setup';

type TemplateInput = Required<TemplateJson>;

const TOPICS = [
  ['Refund', 'billing', 'refund'],
  ['Invoice copy', 'billing', 'invoice'],
  ['Payment failed', 'billing', 'payment'],
  ['Price increase', 'billing', 'pricing'],
  ['Contract renewal', 'sales', 'renewal'],
  ['Quote request', 'sales', 'quote'],
  ['Demo booking', 'sales', 'demo'],
  ['Discount policy', 'sales', 'discount'],
  ['Shipping delay', 'orders', 'shipping'],
  ['Order status', 'orders', 'status'],
  ['Return label', 'orders', 'returns'],
  ['Damaged item', 'orders', 'damage'],
  ['Password reset', 'support', 'access'],
  ['Two-factor setup', 'support', 'security'],
  ['Data export', 'support', 'export'],
  ['Import limits', 'support', 'import'],
  ['Outage update', 'incident', 'outage'],
  ['Maintenance window', 'incident', 'maintenance'],
  ['Post-incident report', 'incident', 'postmortem'],
  ['Feature request', 'product', 'roadmap'],
  ['Bug acknowledged', 'product', 'bug'],
  ['Beta invitation', 'product', 'beta'],
  ['Onboarding welcome', 'onboarding', 'welcome'],
  ['Training session', 'onboarding', 'training'],
  ['Account migration', 'onboarding', 'migration'],
  ['Meeting follow-up', 'general', 'meeting'],
  ['Out of office', 'general', 'absence'],
  ['Introduction', 'general', 'intro'],
  ['Interview invitation', 'hiring', 'interview'],
  ['Candidate decline', 'hiring', 'decline'],
  ['Vendor onboarding', 'procurement', 'vendor'],
  ['Security questionnaire', 'legal', 'security'],
  ['GDPR request', 'legal', 'privacy'],
  ['NDA sent', 'legal', 'nda'],
  ['Partner referral', 'partners', 'referral'],
  ['Event invitation', 'marketing', 'event'],
  ['Case study request', 'marketing', 'case-study'],
  ['Survey thanks', 'marketing', 'survey'],
  ['Escalation', 'support', 'escalation'],
  ['Closing the ticket', 'support', 'closing'],
] as const;

const VARIANTS = ['', ' (short)', ' (formal)', ' (EU customers)', ' (enterprise)'] as const;

const OPENINGS = [
  'Hi {{ sender.first_name | default: "there" }},',
  'Hello {{ sender.first_name | default: "there" }},',
  'Dear {{ sender.name | default: "customer" }},',
  'Hi {{ to.first_name | default: "team" }},',
];

const SIGN_OFFS = [
  'Best regards,\n{{ me.first_name | default: me.name }}',
  'Kind regards,\n{{ me.name | default: me.email }}',
  'Thanks,\n{{ me.first_name | default: me.email }}',
  'Cheers,\n{{ me.first_name | default: me.name }}',
];

const SENTENCES = [
  'Thanks for your message about *{{ subject | default: "your request" }}*.',
  'I have looked into it and here is where things stand.',
  'Our team picked this up on {{ today }} and it is **our priority this week**.',
  'You can follow the progress on [our status page](https://status.northwind.example).',
  'The full policy is in [the help centre](https://help.northwind.example/policies).',
  'If anything changes on your side, just reply to this email and it reaches the same people.',
  'We usually answer within **one working day**, often much sooner.',
  'Your account manager is copied so that nothing falls between the cracks.',
  'For {{ sender.domain | default: "your company" }} we keep the same terms as last year.',
  'I have attached nothing to this email on purpose: everything is in the links above.',
  'This thread has {{ thread.count }} messages; I have read them all before answering.',
  'Your message of {{ date | date: "medium" }} is the one I am answering here.',
];

const LIST_ITEMS = [
  'the order or account number',
  'the date it happened',
  'a screenshot, if you have one',
  'the names of the people involved',
  'the browser and version you use',
  'what you expected, and what happened instead',
  'the invoice number from the top right of the PDF',
  'your preferred time for a call',
];

/** A small deterministic PRNG (mulberry32), so every run builds the same library. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

/** Deals sentences without repeats (until the pool runs out), so a template never says a thing twice. */
function dealer(next: () => number) {
  let left: string[] = [];
  return (count: number): string => {
    const out: string[] = [];
    while (out.length < count) {
      if (left.length === 0) left = [...SENTENCES];
      out.push(left.splice(Math.floor(next() * left.length), 1)[0]!);
    }
    return out.join(' ');
  };
}

function list(next: () => number, numbered: boolean): string {
  const n = 2 + Math.floor(next() * 4);
  return Array.from(
    { length: n },
    (_, i) => `${numbered ? `${i + 1}.` : '-'} ${pick(next, LIST_ITEMS)}`,
  ).join('\n');
}

/** One library template: between about 400 bytes and 2 KB of Markdown and Liquid (800 bytes on average). */
function libraryTemplate(next: () => number, index: number): TemplateInput {
  const [topic, team, tag] = TOPICS[index % TOPICS.length]!;
  const variant = VARIANTS[Math.floor(index / TOPICS.length) % VARIANTS.length]!;
  const sentences = dealer(next);
  const parts = [pick(next, OPENINGS), '', sentences(3 + Math.floor(next() * 4))];
  if (next() < 0.6) parts.push('', 'Could you send me:', '', list(next, next() < 0.5));
  if (next() < 0.4)
    parts.push(
      '',
      '{% if cc.first_name %}{{ cc.first_name }}, I have kept you in copy.{% else %}I have kept the team in copy.{% endif %}',
    );
  if (next() < 0.8) parts.push('', sentences(2 + Math.floor(next() * 4)));
  parts.push('', pick(next, SIGN_OFFS));
  // Escalations always copy the team leads; other templates now and then copy their team.
  const cc = tag === 'escalation' || next() < 0.15 ? `${team}-leads@northwind.example` : '';
  return {
    name: `${topic}${variant}`,
    body: parts.join('\n'),
    cc,
    bcc: next() < 0.1 ? 'crm@northwind.example' : '',
    subject: next() < 0.2 ? `${topic}: next steps` : '',
    mode: next() < 0.25 ? 'reply-all' : 'reply',
    tags: next() < 0.5 ? [team, tag] : [team],
  };
}

/** `count` distinct templates (names unique), the same every run. */
export function libraryTemplates(count = 200): TemplateInput[] {
  const next = random(7);
  return Array.from({ length: count }, (_, i) => libraryTemplate(next, i));
}

/**
 * A long template as people really write one: an onboarding guide of about 10 KB with headings in bold,
 * bulleted and numbered lists, links, merge fields with defaults, a condition and a loop over the Cc.
 */
/**
 * Templates that are all emphasis markers: `*a` repeated to `bytes` (64 KB each, the most a template may
 * hold; the issue measured 100 KB ones from before that limit). Markdown's emphasis
 * rules make such a body slow to render in full (seconds for four); the compose list must not be.
 */
export function heavyTemplates(count = 4, bytes = 64 * 1024): TemplateInput[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `Heavy ${i + 1}`,
    body: '*a'.repeat(Math.floor(bytes / 2)),
    cc: '',
    bcc: '',
    subject: '',
    mode: 'reply',
    tags: ['heavy'],
  }));
}

export function tenKilobyteTemplate(bytes = 10 * 1024): TemplateInput {
  const next = random(11);
  const sentences = dealer(next);
  const sections: string[] = [
    'Hi {{ sender.first_name | default: "there" }},',
    '',
    'Welcome to Northwind, and thank you for choosing us for *{{ subject | default: "your project" }}*. This guide covers everything your team at {{ sender.domain | default: "your company" }} needs for the first weeks; keep it handy.',
  ];
  const tail = [
    '{% if cc.size > 0 %}I have copied {% for p in cc %}{{ p.first_name | default: p.email }}{% unless forloop.last %}, {% endunless %}{% endfor %} so everyone has the same guide.{% else %}Forward this to anyone on your team who should have it.{% endif %}',
    '',
    'Your message of {{ date | date: "long" }} is in our system, and this thread now has {{ thread.count }} messages.',
    '',
    'Best regards,',
    '{{ me.first_name | default: me.name }}',
  ].join('\n');
  const room = bytes - Buffer.byteLength(tail, 'utf8') - 8;
  for (let step = 1; ; step++) {
    const section = [
      '',
      `**Step ${step}: ${pick(next, TOPICS)[0]}**`,
      '',
      sentences(3),
      '',
      list(next, step % 2 === 0),
      '',
      `More in [the step ${step} guide](https://help.northwind.example/onboarding/step-${step}) and [the FAQ](https://help.northwind.example/faq#step-${step}).`,
    ];
    if (Buffer.byteLength([...sections, ...section].join('\n'), 'utf8') > room) break;
    sections.push(...section);
  }
  const head = sections.join('\n');
  // A closing paragraph of whole sentences brings the body to within a sentence of `bytes`.
  const FILLER = 'Thanks again for choosing us. ';
  const short = bytes - Buffer.byteLength(`${head}\n\n\n\n${tail}`, 'utf8');
  const filler = FILLER.repeat(Math.max(1, Math.floor(short / FILLER.length))).trimEnd();
  const body = `${head}\n\n${filler}\n\n${tail}`;
  return {
    name: 'Onboarding guide (10 KB)',
    body,
    cc: '',
    bcc: '',
    subject: 'Your onboarding guide',
    mode: 'reply',
    tags: ['onboarding', 'guide'],
  };
}

/**
 * A user store as the add-on leaves it: the starters added on the first run (the homepage), then
 * `templates` pasted into the library's Import card and the name typed into Settings (when given), all
 * through the built bundle's cards in an emulated runtime. Returns the property values, to copy into
 * each fresh runtime.
 *
 * The add-on picks each new template's id with Math.random and stamps it with Date.now, so those differ
 * from run to run; nothing the bench counts depends on them. Every id has the same length (a "t" and 12
 * base-36 digits) and every time 13 digits, so the values have the same sizes and keys in the same
 * order; templates are listed by name (an id only breaks a tie between equal names, and the names are
 * unique). test/unit/bench/harness.test.ts holds the seeded stores to that.
 */
export function seededStore(
  mailbox: Mailbox,
  templates: readonly TemplateJson[],
  settings: { myName?: string } = {},
): Record<string, string> {
  const runtime = new Runtime({ mailbox });
  runtime.loadBundle();
  openLibrary(runtime);
  if (templates.length > 0) importTemplates(runtime, templates);
  if (settings.myName !== undefined) saveSettings(runtime, { myName: settings.myName });
  // A returning user has opened a message before: the add-on keeps their address (src/handlers/shared/me.ts).
  const first = mailbox.messages()[0];
  if (first) runtime.render('onGmailMessage', messageEvent(mailbox, first.id));
  return runtime.userStore.toObject();
}
