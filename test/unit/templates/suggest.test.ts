import { rankTemplates } from '../../../src/templates/suggest';
import type { Template } from '../../../src/templates/types';

const t = (id: string, name: string, tags: string[] = []): Template => ({
  id,
  name,
  body: 'x',
  cc: '',
  bcc: '',
  subject: '',
  mode: 'reply',
  tags,
  createdAt: 0,
  updatedAt: 0,
});

const library = [
  t('a', 'Acknowledge'),
  t('b', 'Billing answer', ['billing']),
  t('c', 'Acme welcome', ['acme']),
  t('d', 'Decline'),
  t('e', 'Invoice copy'),
  t('f', 'Follow up', ['follow-up']),
];

const rank = (input: Partial<Parameters<typeof rankTemplates>[1]>) =>
  rankTemplates(library, { senderDomain: '', subject: '', recentlyUsed: [], ...input }).map(
    (s) => `${s.template.id}${s.reasons.length ? `: ${s.reasons.join('; ')}` : ''}`,
  );

describe('rankTemplates', () => {
  it('lists everything by name when nothing fits', () => {
    expect(rank({})).toEqual(['a', 'c', 'b', 'd', 'f', 'e']);
  });

  it('puts recently used first, most recent first', () => {
    expect(rank({ recentlyUsed: ['d', 'a'] })).toEqual([
      'd: used last',
      'a: used recently',
      'c',
      'b',
      'f',
      'e',
    ]);
  });

  it('only counts the last five uses as recent', () => {
    expect(rank({ recentlyUsed: ['a', 'b', 'c', 'd', 'f', 'e'] }).at(-1)).toBe('e');
  });

  it('matches tags against the sender domain and the subject, and name words against the subject', () => {
    expect(
      rank({ senderDomain: 'mail.acme.example', subject: 'Billing: invoice for March (follow-up)' }),
    ).toEqual([
      "c: tag 'acme' matches the sender's domain",
      "b: tag 'billing' matches the subject",
      "f: tag 'follow-up' matches the subject",
      "e: 'invoice' is in the subject and the name",
      'a',
      'd',
    ]);
  });

  it('tolerates a plural', () => {
    expect(rank({ subject: 'Two invoices' })[0]).toBe("e: 'invoice' is in the subject and the name");
  });

  it('ranks a recent template above a keyword match, and explains both', () => {
    expect(rank({ subject: 'billing', recentlyUsed: ['b', 'd'] }).slice(0, 2)).toEqual([
      "b: used last; tag 'billing' matches the subject",
      'd: used recently',
    ]);
  });

  it('is deterministic whatever the input order', () => {
    const input = { senderDomain: 'acme.example', subject: 'invoice', recentlyUsed: ['f'] };
    const once = rankTemplates(library, input).map((s) => s.template.id);
    expect(rankTemplates([...library].reverse(), input).map((s) => s.template.id)).toEqual(once);
  });
});
