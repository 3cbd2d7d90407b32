// Builders for template-store tests: a store over the in-memory fakes with a fixed clock and
// repeatable ids, and templates that look like what people keep.
import type { TemplateInput } from '../../../src/store/templateChecks';
import { TemplateStore } from '../../../src/store/templateStore';
import { MemoryLock, MemoryStore } from './memoryStore';

/** Repeatable pseudo-random numbers (mulberry32), so ids are the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface World {
  kv: MemoryStore;
  lock: MemoryLock;
  clock: { now: number };
  /** A separate "session" (another Gmail tab) over the same property store and lock. */
  session(seed?: number): TemplateStore;
  store: TemplateStore;
}

export function world(): World {
  const lock = new MemoryLock();
  const kv = new MemoryStore(lock);
  const clock = { now: Date.UTC(2026, 0, 15, 9, 30) };
  const session = (seed = 1) => new TemplateStore({ kv, lock, now: () => clock.now, random: seeded(seed) });
  return { kv, lock, clock, session, store: session() };
}

export function input(
  name: string,
  body = `Hi {{ sender.first_name | default: "there" }},\n\nThanks!`,
): TemplateInput {
  return { name, body, cc: '', bcc: '', subject: '', mode: 'reply', tags: [] };
}

/** A template of the size people keep: a greeting, three short paragraphs, a sign-off (about 800 characters). */
export function typical(i: number): TemplateInput {
  const body = [
    `Hi {{ sender.first_name | default: "there" }},`,
    `Thanks for getting in touch about ${['your order', 'the invoice', 'your application', 'the meeting'][i % 4]}. I have looked into it and here is where things stand: the request is logged under reference ${1000 + i} and the team will follow up within two working days.`,
    'If anything in the meantime changes on your side, just reply to this message and it will reach the same people. Attach screenshots or documents if they help; we read every one.',
    `In the meantime you may find the help pages useful: https://example.com/help/topic-${i}. They answer most questions about **billing**, *accounts* and deliveries.`,
    'Best regards,\n{{ me.name }}',
  ].join('\n\n');
  return {
    name: `Reply ${i}: ${['Order status', 'Invoice question', 'Application received', 'Meeting follow-up'][i % 4]}`,
    body,
    cc: i % 5 === 0 ? 'team@example.com' : '',
    bcc: '',
    subject: '',
    mode: i % 3 === 0 ? 'reply-all' : 'reply',
    tags: ['support', ['orders', 'billing', 'hiring', 'meetings'][i % 4]!],
  };
}
