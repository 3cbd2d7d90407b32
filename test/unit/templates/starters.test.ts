import { type Rendered, type RenderOutcome, renderTemplate } from '../../../src/templates/render';
import { STARTER_TEMPLATES } from '../../../src/templates/starters';
import { context } from './helpers';

// What the starters say, written out by hand: the sender greeted by the name they go by or "there", the
// subject quoted as a title in a phrase of its own, the user's name under the sign-off or no name, never
// an address.

function ok(outcome: RenderOutcome): Rendered {
  if (!outcome.ok) throw new Error(`render failed: ${outcome.error.message}`);
  return outcome;
}

const starter = (name: string) => {
  const t = STARTER_TEMPLATES.find((s) => s.name === name);
  if (!t) throw new Error(`no starter "${name}"`);
  return t.body;
};

const SUBJECT = 'Question about bulk import limits';
const person = context({
  snapshot: { from: 'Okafor, Chidi <chidi.okafor@fabrikam.example>' },
  subject: SUBJECT,
  me: { name: 'Sam Taylor', email: 'sam@northwind.example' },
});
// A company writes, the thread has no subject, and the user has set no name (Gmail knows only the address).
const company = context({
  snapshot: { from: 'Contoso Partner Portal <portal@contoso.example>', to: 'sam@northwind.example' },
  subject: '',
  me: { name: '', email: 'sam@northwind.example' },
});
// A shared mailbox whose name is a team's; the message wrote the user's address as their name.
const team = context({
  snapshot: { from: 'Northwind Support <support@northwind.example>' },
  subject: SUBJECT,
  me: { name: 'Northwind Support', email: 'support@northwind.example' },
});
const addressAsName = context({
  snapshot: { from: 'Fabrikam <orders@fabrikam.example>' },
  subject: SUBJECT,
  me: { name: 'sam@northwind.example', email: 'sam@northwind.example' },
});

const text = (name: string, c: ReturnType<typeof context>) => ok(renderTemplate(starter(name), c)).text;

describe('starter "Acknowledge, answer to follow"', () => {
  it('greets the person, quotes the subject as a title and signs with the first name', () => {
    expect(text('Acknowledge, answer to follow', person)).toBe(
      [
        'Hi Chidi,',
        '',
        'Thank you for your message, “Question about bulk import limits”. It has reached me and I am looking into it.',
        '',
        'You will have a full answer within two working days. If anything changes on your side in the meantime, just reply to this email.',
        '',
        'Best regards,',
        'Sam',
      ].join('\n'),
    );
  });

  it('for a company, with no subject and no name of the user: no name, no subject, no address', () => {
    expect(text('Acknowledge, answer to follow', company)).toBe(
      [
        'Hi there,',
        '',
        'Thank you for your message. It has reached me and I am looking into it.',
        '',
        'You will have a full answer within two working days. If anything changes on your side in the meantime, just reply to this email.',
        '',
        'Best regards,',
      ].join('\n'),
    );
  });

  it('cuts a long subject so the sentence still reads as one', () => {
    const long = context({ subject: `Bulk import ${'and more '.repeat(20)}`.trim() });
    expect(text('Acknowledge, answer to follow', long).split('\n')[2]).toBe(
      'Thank you for your message, “Bulk import and more and more and more and more and more…”. It has reached me and I am looking into it.',
    );
  });
});

describe('starter "Ask for missing details"', () => {
  it('asks without repeating the subject, signed with the first name', () => {
    expect(text('Ask for missing details', person)).toBe(
      [
        'Hi Chidi,',
        '',
        'Thanks for getting in touch. So that I can help, could you send me:',
        '',
        '1. the order or account number it is about',
        '2. what you expected to happen, and what happened instead',
        '3. a screenshot, if you have one',
        '',
        'As soon as I have these I will pick it up.',
        '',
        'Best,',
        'Sam',
      ].join('\n'),
    );
  });

  it('from a team mailbox signs with the team name', () => {
    expect(text('Ask for missing details', team).split('\n').slice(0, 1)).toEqual(['Hi there,']);
    expect(text('Ask for missing details', team).endsWith('\n\nBest,\nNorthwind Support')).toBe(true);
  });
});

describe('starter "Polite decline"', () => {
  it('signs with the full name', () => {
    expect(text('Polite decline', person)).toBe(
      [
        'Hi Chidi,',
        '',
        'Thank you for thinking of me, and for taking the time to explain it so clearly. I have given it careful thought, and I am going to say no this time: I could not give it the attention it deserves.',
        '',
        'I hope it goes well, and please do keep me in mind for the future.',
        '',
        'Kind regards,',
        'Sam Taylor',
      ].join('\n'),
    );
  });

  it('never signs with an address: "Kind regards," alone when the only name is the address', () => {
    const t = text('Polite decline', addressAsName);
    expect(t.startsWith('Hi there,\n')).toBe(true);
    expect(t.endsWith('\n\nKind regards,')).toBe(true);
    expect(t).not.toContain('@');
  });

  it('signs with the first name the address holds when the user gave no name', () => {
    const c = context({ me: { name: '', email: 'sam.taylor@northwind.example' } });
    expect(text('Polite decline', c).endsWith('\n\nKind regards,\nSam')).toBe(true);
  });
});

describe('starter "Follow up"', () => {
  it('follows up on the subject, quoted as a title', () => {
    expect(text('Follow up', person)).toBe(
      [
        'Hi Chidi,',
        '',
        'I wanted to follow up on “Question about bulk import limits”. Have you had a chance to look at it?',
        '',
        'If it is easier to talk it through, reply with a time that suits you and I will call.',
        '',
        'Thanks,',
        'Sam',
      ].join('\n'),
    );
  });

  it('with no subject, follows up on "my last message"', () => {
    expect(text('Follow up', company).split('\n')[2]).toBe(
      'I wanted to follow up on my last message. Have you had a chance to look at it?',
    );
  });
});

describe('every starter, for every kind of sender and user', () => {
  const contexts = { person, company, team, addressAsName };
  it.each(
    STARTER_TEMPLATES.flatMap((t) => Object.entries(contexts).map(([k, c]) => [t.name, k, c] as const)),
  )(
    '"%s" for %s: nothing asked, no empty field, no address, the HTML part says the same',
    (name, _kind, c) => {
      const r = ok(renderTemplate(starter(name), c));
      expect(r.missing).toEqual([]);
      expect(r.text).not.toMatch(/Hi ,|“”|\{\{|\{%|@|\n$/);
      expect(r.html).not.toMatch(/Hi ,|“”|@/);
      const lastLine = r.text.split('\n').pop()!;
      expect(lastLine).toMatch(
        /^(Best regards|Best|Kind regards|Thanks),$|^(Sam|Sam Taylor|Northwind Support)$/,
      );
    },
  );
});
