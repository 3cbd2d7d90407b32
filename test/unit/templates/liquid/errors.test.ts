import { LIMITS, parseTemplate } from '../../../../src/templates/engine';
import { lintTemplate } from '../../../../src/templates/lint';
import { renderTemplate } from '../../../../src/templates/render';
import { globalsOf, walkTemplate } from '../../../../src/templates/usage';
import { context } from '../helpers';
import { failure, render } from './run';

// German now translates the lint messages, so "no translation yet" is checked with a German catalogue
// that lacks them on purpose (as test/unit/i18n/fallback.test.ts does): English words, German numbers.
jest.mock('../../../../src/i18n/messages/de', () => ({ de: () => ({ 'editor.save': 'Speichern' }) }));

describe('errors are codes with params and a position', () => {
  it.each([
    ['Hi,\n\n{% if s %}Hey', 'lint.parse.unclosed', { tag: 'if' }, '3:1'],
    ['{% for x in nums %}{% if t %}{% endfor %}', 'lint.parse.unknownTag', { tag: 'endfor' }, '1:30'],
    ['{% comment %}never closed', 'lint.parse.unclosed', { tag: 'comment' }, '1:1'],
    ['Line one\n  {{ s', 'lint.parse.unclosedOutput', {}, '2:3'],
    ['ok\n{% if s', 'lint.parse.unclosedTag', {}, '2:1'],
    ['a\nb\n  x {{ s | shout }}', 'lint.parse.unknownFilter', { filter: 'shout' }, '3:5'],
    ['{% frobnicate %}', 'lint.parse.unknownTag', { tag: 'frobnicate' }, '1:1'],
    ['  {% assign x = 1 %}', 'lint.parse.unknownTag', { tag: 'assign' }, '1:3'],
    ['{% include "x" %}', 'lint.parse.unavailableTag', { tag: 'include' }, '1:1'],
    ['{% raw %}{{ x }}{% endraw %}', 'lint.parse.unavailableTag', { tag: 'raw' }, '1:1'],
    ['{% if s %}a{% else %}b{% else %}c{% endif %}', 'lint.parse.unexpectedTag', { tag: 'else' }, '1:23'],
    ['{% if s %}a{% else %}b{% elsif t %}c{% endif %}', 'lint.parse.unexpectedTag', { tag: 'elsif' }, '1:23'],
    ['{{ }}', 'lint.parse.invalid', { near: '' }, '1:1'],
    ['x {{ s s }}', 'lint.parse.invalid', { near: 's' }, '1:3'],
    ['{% for in nums %}{% endfor %}', 'lint.parse.invalid', { near: 'in nums' }, '1:1'],
    ['{% # a\n b %}', 'lint.parse.inlineComment', {}, '1:1'],
    ['{{ s | append }}', 'lint.render.filterArgument', { filter: 'append' }, '1:1'],
  ])('%j', (body, code, params, at) => {
    expect(failure(body)).toEqual({ code, params, at });
  });

  it('says each in English through the catalogue, with its position', () => {
    expect(renderTemplate('a\n {% if x %}', context())).toEqual({
      ok: false,
      error: { message: '{% if %} is not closed: add {% endif %}', line: 2, column: 2 },
    });
    expect(renderTemplate('{% if x %}{% else %}{% else %}{% endif %}', context())).toEqual({
      ok: false,
      error: { message: '{% else %} is not expected here', line: 1, column: 21 },
    });
    expect(renderTemplate('x {{ a b }}', context())).toEqual({
      ok: false,
      error: { message: 'The template could not be read near "b"', line: 1, column: 3 },
    });
  });
});

describe('the words of an error follow the user locale', () => {
  it('says a render error in the context locale (no translation yet: English words, German numbers)', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ name: `P ${i}`, email: `p${i}@acme.example` }));
    const c = { ...context({ to: many }), format: { locale: 'de-DE', timeZone: 'UTC' } };
    const r = renderTemplate('{% for p in to %}{{ p.name }}, {% endfor %}', c);
    expect(!r.ok && r.error.message).toMatch(
      /^The template repeats too much: it stopped after 10\.000 pieces/,
    );
    expect(lintTemplate('{% if x %}', { locale: 'ja' }).errors[0]?.message).toBe(
      '{% if %} is not closed: add {% endif %}',
    );
  });
});

describe('limits', () => {
  it('stops a 5,000-iteration loop at the render limit, at the node that passed it', () => {
    // The loop is piece 1 and each turn two more: the 5,000th turn's "," is piece 10,001.
    expect(failure('{% for x in (1..5000) %}{{ x }},{% endfor %}')).toEqual({
      code: 'lint.render.tooManyPieces',
      params: { count: 10000 },
      at: '1:32',
    });
  });

  it('stops output over the limit', () => {
    const long = 'x'.repeat(1000);
    expect(failure(`{% for i in (1..300) %}${long}{% endfor %}`)).toEqual({
      code: 'lint.render.tooLong',
      params: { count: 200000 },
      at: '1:24',
    });
  });

  it('stops a huge range and a snowballing filter chain on the memory budget', () => {
    expect(failure('{% for i in (1..100000000) %}{% endfor %}').code).toBe('lint.render.tooMuchText');
    const chain = `{% for i in (1..200) %}{{ big | append: big | append: big }}{% endfor %}`;
    expect(failure(chain, { big: 'y'.repeat(5000) }).code).toBe('lint.render.tooMuchText');
  });

  it('refuses nesting deeper than the limit at parse, and accepts it up to the limit', () => {
    const nest = (n: number) => `${'{% if t %}'.repeat(n)}deep${'{% endif %}'.repeat(n)}`;
    expect(render(nest(LIMITS.depth), { t: true })).toBe('deep');
    expect(failure(nest(LIMITS.depth + 1), { t: true })).toEqual({
      code: 'lint.parse.tooDeep',
      params: { count: 100 },
      at: `1:${10 * LIMITS.depth + 1}`,
    });
  });

  it('refuses brackets nested past the limit instead of running out of stack', () => {
    const deep = `{{ ${'a['.repeat(20_000)}0${']'.repeat(20_000)} }}`;
    expect(failure(deep)).toEqual({ code: 'lint.parse.tooDeep', params: { count: 100 }, at: '1:1' });
    // a[a[a[0]]] with a = [1, 0]: a[0] is 1, a[1] is 0, a[0] is 1.
    expect(render(`{{ ${'a['.repeat(3)}0${']'.repeat(3)} }}`, { a: [1, 0] })).toBe('1');
  });

  it('refuses a template longer than the parse limit', () => {
    expect(() => parseTemplate('x'.repeat(LIMITS.parse + 1))).toThrow(
      expect.objectContaining({ code: 'lint.parse.tooLong' }),
    );
  });
});

describe('untrusted input', () => {
  it('prints a value holding Liquid as data, never parsed again', () => {
    expect(
      render('{{ v }}|{{ v | upcase }}|{% if v contains "{%" %}seen as text{% endif %}', {
        v: '{{ s }}{% if %}',
      }),
    ).toBe('{{ s }}{% if %}|{{ S }}{% IF %}|seen as text');
  });

  it('reads only own data: __proto__, constructor and prototype methods read nothing', () => {
    const scope = { obj: { a: 1 }, list: [1, 2], s: 'abc' };
    expect(
      render(
        '[{{ obj.__proto__ }}|{{ obj.constructor }}|{{ constructor }}|{{ __proto__.x }}|{{ obj.toString }}|{{ list.map }}|{{ s.length }}|{{ obj["__proto__"] }}]',
        scope,
      ),
    ).toBe('[||||||3|]');
    expect(render('{% if obj.constructor %}y{% else %}n{% endif %}', scope)).toBe('n');
  });

  it('lets a loop variable named __proto__ be just a name', () => {
    expect(render('{% for __proto__ in list %}{{ __proto__ }}{% endfor %}', { list: [1, 2] })).toBe('12');
  });
});

describe('what the tree tells usage.ts', () => {
  it('lists the paths read from the scope, not loop variables or forloop', () => {
    const nodes = parseTemplate(
      '{% for p in to limit: n %}{{ p.name | default: me.name }}{{ forloop.index }}{% endfor %}{% if a[b] %}{% endif %}',
    );
    expect(globalsOf(nodes).map((g) => [g.segments.join('.'), `${g.at.line}:${g.at.column}`])).toEqual([
      ['to', '1:13'],
      ['n', '1:23'],
      ['me.name', '1:48'],
      ['a.', '1:95'],
      ['b', '1:97'],
    ]);
  });

  it('resolves loop variables over to/cc to their fields, and sees guards', () => {
    const seen: string[] = [];
    walkTemplate(
      parseTemplate(
        '{% for p in cc %}{{ p.first_name }}{% endfor %}{% if sender.name %}{{ sender.name }}{% endif %}{{ to[0].email | default: "" }}{% case subject %}{% when "x" %}{{ subject }}{% endcase %}',
      ),
      (u) => seen.push(`${u.field} default=${u.hasDefault} empty=${u.allowsEmpty} guarded=${u.guarded}`),
    );
    expect(seen).toEqual([
      'cc[].first_name default=false empty=false guarded=false',
      'sender.name default=false empty=false guarded=true',
      'to.email default=true empty=true guarded=false',
      'subject default=false empty=false guarded=true',
    ]);
  });
});
