// The surface-independent template pieces the handlers share: search, paging, the values typed for
// missing fields, and render-after-lint with what to ask.
import {
  draftableRender,
  fieldOverrides,
  pageOf,
  pageParam,
  renderForContext,
  STARTERS,
  searchTemplates,
} from '../../../src/handlers/shared/templates';
import type { Template } from '../../../src/templates/types';
import { context } from '../templates/helpers';

const t = (name: string, body = '', tags: string[] = []): Template => ({
  id: name.toLowerCase().replace(/\W+/g, '-'),
  name,
  body,
  tags,
  cc: '',
  bcc: '',
  subject: '',
  mode: 'reply',
  createdAt: 0,
  updatedAt: 0,
});

test('search needs every word somewhere in name, tags or text, and puts name matches first', () => {
  const list = [
    t('Welcome', 'our refund policy'),
    t('Refund approved'),
    t('Invoice', '', ['billing', 'refund']),
  ];
  expect(searchTemplates(list, 'REFUND').map((x) => x.name)).toEqual([
    'Refund approved',
    'Welcome',
    'Invoice',
  ]);
  expect(searchTemplates(list, 'refund policy').map((x) => x.name)).toEqual(['Welcome']);
  expect(searchTemplates(list, '  ')).toHaveLength(3);
});

test('pages are clamped and say which part of the list they show', () => {
  const items = Array.from({ length: 95 }, (_, i) => i);
  expect(pageOf(items, 2)).toMatchObject({ page: 2, pages: 3, first: 81, last: 95, total: 95 });
  expect(pageOf(items, 9).page).toBe(2);
  expect(pageOf([], 0)).toMatchObject({ page: 0, pages: 1, first: 0, last: 0, total: 0 });
  expect([pageParam('3'), pageParam(''), pageParam('-1'), pageParam('x')]).toEqual([3, 0, 0, 0]);
});

test('typed values are read for known fields only, blanks left out', () => {
  const e = {
    commonEventObject: {
      formInputs: {
        'fill:sender.first_name': { stringInputs: { value: ['Zoe'] } },
        'fill:sender.nick': { stringInputs: { value: ['x'] } },
        'fill:me.name': { stringInputs: { value: ['  '] } },
        cc: { stringInputs: { value: ['a@b.example'] } },
      },
    },
  };
  expect(fieldOverrides(e)).toEqual({ 'sender.first_name': 'Zoe' });
});

test('render asks for what the message lacks, fills it with what was typed, and only then drafts', () => {
  const ctx = context({ snapshot: { from: 'zq7k@vendor.example' } });
  const body = 'Hi {{ sender.first_name }}, from {{ me.name }}';
  const bare = renderForContext(body, ctx, {});
  expect(bare.ok && bare.asked).toEqual(['sender.first_name']);
  expect(() => draftableRender('Hi', bare)).toThrow(/Fill in “Sender's first name” \(sender\.first_name\)/);
  const filled = renderForContext(body, ctx, { 'sender.first_name': 'Zoe', 'sender.last_name': 'ignored' });
  expect(filled.ok && filled.asked).toEqual(['sender.first_name']);
  expect(draftableRender('Hi', filled).text).toBe('Hi Zoe, from Sam Lee');
});

test('an unknown field is an error before rendering (it would otherwise print nothing)', () => {
  const outcome = renderForContext('Hi {{ sender.nmae }}', context(), {});
  expect(outcome.ok).toBe(false);
  expect(() => draftableRender('Typo', outcome)).toThrow(/Line 1, column 7: Unknown field "sender.nmae"/);
});

test('starters have stable ids the store accepts', () => {
  expect(STARTERS.map((s) => s.id)).toEqual([
    'starter-acknowledge-answer-to-follow',
    'starter-ask-for-missing-details',
    'starter-polite-decline',
    'starter-follow-up',
  ]);
});
