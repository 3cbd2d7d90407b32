import {
  canonicalLocale,
  catalogueOf,
  isRtlLocale,
  LOCALES,
  localeChain,
  type Message,
  nameList,
  t,
} from '../../../src/i18n';
import { en, type MessageId } from '../../../src/i18n/messages/en';

const placeholders = (m: Message): string[] => {
  const forms = typeof m === 'string' ? [m] : Object.values(m);
  const names = new Set<string>();
  for (const f of forms) for (const [, name] of f.matchAll(/\{([^{}]*)\}/g)) names.add(name ?? '');
  return [...names].sort();
};

describe('every catalogue', () => {
  const english = en as Record<string, Message>;
  test.each([...LOCALES].filter((tag) => tag !== 'en'))(
    '%s has only English keys, same placeholders',
    (tag) => {
      const catalogue = catalogueOf(tag) as Record<string, Message>;
      for (const [id, message] of Object.entries(catalogue)) {
        expect({ id, known: id in english }).toEqual({ id, known: true });
        expect({ id, placeholders: placeholders(message) }).toEqual({
          id,
          placeholders: placeholders(english[id]!),
        });
        if (typeof message === 'string')
          expect({ id, empty: message.trim() === '' }).toEqual({ id, empty: false });
        else expect({ id, other: typeof message.other }).toEqual({ id, other: 'string' });
      }
    },
  );

  test('plural forms are the locale’s own categories', () => {
    for (const [tag, catalogue] of LOCALES.map((tag) => [tag, catalogueOf(tag) ?? {}] as const)) {
      const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
      for (const [id, message] of Object.entries(catalogue)) {
        if (typeof message === 'string') continue;
        for (const form of Object.keys(message))
          expect({ tag, id, form, ok: categories.includes(form as Intl.LDMLPluralRule) }).toMatchObject({
            ok: true,
          });
      }
    }
  });

  test('the locales', () => {
    expect([...LOCALES].sort()).toEqual(
      [
        'ar',
        'de',
        'en',
        'es',
        'fr',
        'he',
        'it',
        'ja',
        'ko',
        'nl',
        'pl',
        'pt',
        'pt-BR',
        'ru',
        'tr',
        'zh-CN',
        'zh-TW',
      ].sort(),
    );
  });
});

describe('locale chain', () => {
  test.each([
    ['pt-BR', ['pt-BR', 'pt', 'en']],
    ['pt_BR', ['pt-BR', 'pt', 'en']],
    ['pt-PT', ['pt', 'en']],
    ['de-AT', ['de', 'en']],
    ['en-GB', ['en']],
    ['zh-TW', ['zh-TW', 'en']],
    ['zh-Hant-TW', ['zh-TW', 'en']],
    ['zh-HK', ['zh-TW', 'en']],
    ['zh', ['zh-CN', 'en']],
    ['iw', ['he', 'en']],
    // Unknown, empty, malformed: English.
    ['xx', ['en']],
    ['', ['en']],
    ['  ', ['en']],
    ['de!!', ['en']],
    ['<script>', ['en']],
    ['a-b-c-d-e-f-g-h-i-j-kkkkkkkkkkkkkkkkkkk', ['en']],
  ])('%j', (locale, chain) => {
    expect(localeChain(locale)).toEqual(chain);
  });

  test('undefined and null', () => {
    expect(localeChain(undefined)).toEqual(['en']);
    expect(localeChain(null)).toEqual(['en']);
    expect(canonicalLocale('en_us')).toBe('en-US');
    expect(canonicalLocale('??')).toBe('');
  });

  test('right to left', () => {
    expect([
      isRtlLocale('ar'),
      isRtlLocale('he-IL'),
      isRtlLocale('iw'),
      isRtlLocale('de'),
      isRtlLocale(''),
    ]).toEqual([true, true, true, false, false]);
  });
});

describe('t', () => {
  test('unknown, empty or malformed locale: English', () => {
    for (const locale of ['', 'xx-YY', 'not a locale', '__', undefined]) {
      expect(t(locale, 'card.createDraft')).toBe('Create draft');
    }
  });

  test('never a raw id or placeholder', () => {
    expect(t('de', 'nope' as MessageId)).toBe('');
    expect(t('de', 'quote.wrote', {})).toBe('Am  schrieb :');
    for (const tag of [...LOCALES]) {
      for (const id of Object.keys(en) as MessageId[]) {
        const text = t(tag, id, {
          count: 2,
          names: ['A', 'B'],
          sender: 'S',
          who: 'W',
          date: 'D',
          domain: 'x',
          max: 50,
          name: 'N',
          first: 'F',
          last: 'L',
        });
        expect(text).not.toMatch(/[{}]/);
        expect(text).not.toContain(id);
      }
    }
  });

  test('plurals with Intl.PluralRules, numbers with Intl.NumberFormat', () => {
    expect(t('en', 'warning.externalRecipients', { count: 1, domain: 'a.example' })).toBe(
      '1 external recipient (outside a.example).',
    );
    expect(t('en', 'warning.externalRecipients', { count: 1200, domain: 'a.example' })).toBe(
      '1,200 external recipients (outside a.example).',
    );
    expect(t('de', 'warning.externalRecipients', { count: 1, domain: 'a.example' })).toBe(
      '1 externer Empfänger (außerhalb von a.example).',
    );
    expect(t('de', 'warning.externalRecipients', { count: 1200, domain: 'a.example' })).toBe(
      '1.200 externe Empfänger (außerhalb von a.example).',
    );
    expect(t('ja', 'warning.externalRecipients', { count: 1, domain: 'a.example' })).toBe(
      '外部の宛先 1 件（a.example 以外）。',
    );
    // French says 0 and 1 in the singular.
    expect(t('fr', 'warning.externalRecipients', { count: 0, domain: 'a.example' })).toBe(
      '0 destinataire externe (hors de a.example).',
    );
  });

  test('lists of names in the user’s words', () => {
    expect(nameList('en', ['A', 'B', 'C'])).toBe('A, B and C');
    expect(nameList('en', ['A', 'B', 'C', 'D', 'E'])).toBe('A, B, C and 2 more');
    expect(nameList('de', ['A', 'B'])).toBe('A und B');
    expect(nameList('ja', ['A', 'B', 'C', 'D'])).toBe('A、B、C ほか 1 件');
    expect(nameList('fr', ['A'])).toBe('A');
    expect(nameList('fr', [])).toBe('');
  });

  test('a message param: "the sender" in the user’s language', () => {
    expect(t('de', 'warning.replyTo.toMe', { sender: { id: 'warning.theSender' } })).toContain(
      'an den Absender',
    );
  });

  test('translations are data: markup comes back as text, for the card to escape', () => {
    expect(t('en', 'card.templates.draftAlt', { name: '<b>x</b>' })).toBe('Draft “<b>x</b>”');
  });
});
