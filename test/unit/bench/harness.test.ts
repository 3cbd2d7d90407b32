// What the bench relies on: the generated template libraries (realistic, lint-clean, deterministic),
// the ledger's attribution switch, and taking a draft back out of the emulated mailbox.
import { join } from 'node:path';
import { libraryTemplates, seededStore, tenKilobyteTemplate } from '../../../bench/library';
import { Mailbox } from '../../../sim/mailbox/mailbox';
import { ROOT, Runtime } from '../../../sim/sandbox';
import { Ledger } from '../../../sim/services/ledger';
import { messageEvent } from '../../../sim/testing/events';
import { lintTemplate } from '../../../src/templates';

const FIXTURE = join(ROOT, 'fixtures', 'mailbox', 'thread-billing-3-follow-up.eml');

describe('the bench libraries', () => {
  test('200 templates with unique names, every one lint-clean, about 800 bytes each', () => {
    const templates = libraryTemplates(200);
    expect(new Set(templates.map((t) => t.name.toLowerCase())).size).toBe(200);
    for (const t of templates) expect(lintTemplate(t.body)).toEqual({ errors: [], warnings: [] });
    const average = templates.reduce((n, t) => n + Buffer.byteLength(t.body, 'utf8'), 0) / templates.length;
    expect(average).toBeGreaterThan(600);
    expect(average).toBeLessThan(1200);
    expect(templates.some((t) => /\[[^\]]+\]\(https:/.test(t.body))).toBe(true);
    expect(templates.find((t) => t.name === 'Escalation')?.cc).not.toBe('');
  });

  test('the 10 KB template is 10 KB of Markdown and Liquid, and lint-clean', () => {
    const { body } = tenKilobyteTemplate();
    const bytes = Buffer.byteLength(body, 'utf8');
    expect(bytes).toBeLessThanOrEqual(10 * 1024);
    expect(bytes).toBeGreaterThan(10 * 1024 - 64);
    expect(body).toMatch(/\*\*Step 1: /);
    expect(body).toMatch(/^- /m);
    expect(body).toMatch(/^1\. /m);
    expect(body).toContain('{% for p in cc %}');
    expect(lintTemplate(body)).toEqual({ errors: [], warnings: [] });
  });

  test('a seeded store is the same every time but for new ids and times: starters, the 200, the name', async () => {
    const mailbox = await Mailbox.fromFiles([FIXTURE]);
    const a = seededStore(mailbox, libraryTemplates(200), { myName: 'Sam Taylor' });
    const b = seededStore(mailbox, libraryTemplates(200), { myName: 'Sam Taylor' });
    // Seeded through the cards, so the add-on picks the ids (Math.random) and times (Date.now) itself:
    // those may differ, in values of the same size, the keys in the same order.
    const masked = (values: Record<string, string>) =>
      Object.entries(values).map(([key, value]) =>
        [key, value].map((text) =>
          text
            .replace(/\bt[0-9a-z]{12}\b/g, 't<id>')
            .replace(/"(createdAt|updatedAt|ownAddressCheckedAt)":\d{13}\b/g, '"$1":<time>'),
        ),
      );
    const sizes = (values: Record<string, string>) =>
      Object.entries(values).map(([k, v]) => [k.length, v.length]);
    expect(masked(a)).toEqual(masked(b));
    expect(sizes(a)).toEqual(sizes(b));
    expect(Object.keys(a).filter((k) => /^tpl:[^:@#]+$/.test(k))).toHaveLength(204);
    expect(Object.values(a).some((v) => v.includes('"myName":"Sam Taylor"'))).toBe(true);
  });
});

describe('Ledger.attributing', () => {
  test('on (the default), each call names its caller; off, no stack is taken and no caller named', () => {
    const ledger = new Ledger();
    const stacks: string[] = [];
    ledger.callerOf = (stack) => {
      stacks.push(stack);
      return 'src/x.ts:1 f';
    };
    expect(ledger.attributing).toBe(true);
    ledger.record('GmailApp', 'getMessageById', ['id'], (m) => new Error(m));
    ledger.attributing = false;
    ledger.record('GmailApp', 'getMessageById', ['id'], (m) => new Error(m));
    expect(ledger.entries.map((e) => e.caller)).toEqual(['src/x.ts:1 f', undefined]);
    expect(stacks).toHaveLength(1);
    expect(ledger.entries[1]).toEqual({ service: 'GmailApp', method: 'getMessageById', args: '"id"' });
  });

  test('faults still fire while attribution is off', () => {
    const ledger = new Ledger();
    ledger.attributing = false;
    ledger.failNext('PropertiesService', 1, 'busy');
    expect(() => ledger.record('PropertiesService', 'getProperties', [], (m) => new Error(m))).toThrow(
      'busy',
    );
  });
});

describe('Mailbox.discardDraft', () => {
  test('takes a reply draft out of drafts, its thread and the message map', async () => {
    const mailbox = await Mailbox.fromFiles([FIXTURE]);
    const [original] = mailbox.messages();
    const thread = mailbox.thread(original!.threadId)!;
    const before = thread.messages.length;
    const runtime = new Runtime({ mailbox });
    const event = messageEvent(mailbox, original!.id);
    runtime.withServices(() => {
      GmailApp.setCurrentMessageAccessToken(event.gmail!.accessToken as string);
      GmailApp.getMessageById(original!.id)!.createDraftReply('Thanks.');
    });
    const [draft] = mailbox.drafts;
    expect(thread.messages).toHaveLength(before + 1);
    expect(mailbox.message(draft!.messageId)).toBeDefined();

    expect(mailbox.discardDraft(draft!.draftId)).toBe(true);
    expect(mailbox.drafts).toHaveLength(0);
    expect(thread.messages).toHaveLength(before);
    expect(mailbox.message(draft!.messageId)).toBeUndefined();
    expect(mailbox.threads().map((t) => t.id)).toContain(thread.id);
    expect(mailbox.discardDraft(draft!.draftId)).toBe(false);
  });
});
