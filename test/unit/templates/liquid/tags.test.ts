import { render } from './run';

describe('outputs and expressions', () => {
  it.each([
    ['{{ s }}', 'Hello World'],
    ['{{s}}', 'Hello World'],
    ['{{ "it\\"s" }} {{ \'single\' }}', 'it"s single'],
    ['{{ 12 }} {{ -3 }} {{ 1.5 }} {{ -0.25 }}', '12 -3 1.5 -0.25'],
    ['[{{ true }}|{{ false }}|{{ nil }}|{{ null }}|{{ empty }}|{{ blank }}]', '[true|false||||]'],
    ['{{ (1..4) }} {{ (i..3) }}', '1234 123'],
    ["{{ obj.a }} {{ obj.b.c }} {{ obj[\"x y\"] }} {{ obj['b']['c'] }} {{ obj[k] }}", '1 deep 2 deep '],
    ['{{ nums[0] }} {{ nums[-1] }} {{ nums[i] }} {{ nums[nums[0]] }} {{ nums[9] }}', '1 5 2 2 '],
    [
      '{{ nums.first }} {{ nums.last }} {{ nums.size }} {{ s.size }} {{ obj.size }} {{ "abc".size }}',
      '1 5 5 11 3 3',
    ],
    ['{{ people.first.name }} {{ people.last.name }} {{ people[1].name }}', 'Zed Bo amy'],
    ['{{ missing }}|{{ missing.deeper }}|{{ s.nothing }}', '||'],
  ])('%s', (body, text) => {
    expect(render(body)).toBe(text);
  });
});

describe('if, elsif, else, unless', () => {
  it.each([
    ['{% if s %}y{% endif %}', 'y'],
    // '' and 0 are false, as `{% if sender.first_name %}` needs; an empty list is still true.
    [
      '{% if e %}y{% else %}n{% endif %}|{% if z %}y{% else %}n{% endif %}|{% if empty_list %}y{% endif %}',
      'n|n|y',
    ],
    ['{% if nul %}y{% elsif no %}a{% elsif n %}b{% else %}c{% endif %}', 'b'],
    ['{% if n == 7 %}a{% endif %}{% if n != 7 %}b{% endif %}{% if n <> 8 %}c{% endif %}', 'ac'],
    [
      '{% if n > 5 %}a{% endif %}{% if n < 5 %}b{% endif %}{% if n >= 7 %}c{% endif %}{% if n <= 6 %}d{% endif %}',
      'ac',
    ],
    [
      '{% if s contains "World" %}a{% endif %}{% if names contains "bob" %}b{% endif %}{% if names contains "x" %}c{% endif %}',
      'ab',
    ],
    ['{% if obj contains "a" %}a{% else %}objects contain nothing{% endif %}', 'objects contain nothing'],
    // and/or group right to left: `f or t and f` is f or (t and f); `f and f or t` is f and (f or t).
    ['{% if no or t and no %}a{% else %}b{% endif %}|{% if no and no or t %}a{% else %}b{% endif %}', 'b|b'],
    ['{% if t or no and no %}a{% endif %}|{% if n > 1 and n < 10 %}in{% endif %}', 'a|in'],
    [
      '{% if e == empty %}a{% endif %}{% if empty_list == empty %}b{% endif %}{% if "  " == blank %}c{% endif %}',
      'abc',
    ],
    [
      '{% if nul == nil %}a{% endif %}{% if missing == nil %}b{% endif %}{% if z == nil %}c{% endif %}{% if n > nil %}d{% endif %}',
      'ab',
    ],
    ['{% if when == "14 March 2025" %}a date compares as its text{% endif %}', 'a date compares as its text'],
    ['{% if s | size > 3 %}never{% endif %}', 'ERROR'],
    [
      '{% unless e %}a{% endunless %}{% unless s %}b{% else %}c{% endunless %}{% unless s %}d{% elsif n %}e{% endunless %}',
      'ace',
    ],
  ])('%s', (body, text) => {
    if (text === 'ERROR') expect(() => render(body)).toThrow();
    else expect(render(body)).toBe(text);
  });
});

describe('case', () => {
  it.each([
    ['{% case n %}{% when 1 %}one{% when 7 %}seven{% else %}other{% endcase %}', 'seven'],
    ['{% case s %}{% when "x", "Hello World" %}comma{% endcase %}', 'comma'],
    ['{% case k %}{% when "a" or "b" %}or{% else %}no{% endcase %}', 'or'],
    ['{% case z %}{% when 1 %}x{% else %}else{% endcase %}', 'else'],
    // Every matching `when` renders; text before the first `when` never does.
    ['{% case n %}ignored{% when 7 %}a{% when 7 %}b{% endcase %}', 'ab'],
    ['{% case e %}{% when empty %}empty{% endcase %}', 'empty'],
  ])('%s', (body, text) => {
    expect(render(body)).toBe(text);
  });
});

describe('for', () => {
  it.each([
    ['{% for x in nums %}{{ x }}{% endfor %}', '12345'],
    [
      '{% for x in nums limit: 2 %}{{ x }}{% endfor %}|{% for x in nums offset: 3 %}{{ x }}{% endfor %}',
      '12|45',
    ],
    ['{% for x in nums reversed %}{{ x }}{% endfor %}', '54321'],
    // offset, then limit, then reversed, whatever order they are written in.
    ['{% for x in nums reversed limit: 2 offset: 1 %}{{ x }}{% endfor %}', '32'],
    ['{% for x in nums limit: missing %}{{ x }}{% endfor %}', '12345'],
    [
      '{% for x in (1..3) %}{{ x }}{% endfor %}|{% for x in (3..1) %}{{ x }}{% else %}none{% endfor %}',
      '123|none',
    ],
    [
      '{% for x in empty_list %}x{% else %}empty{% endfor %}|{% for x in missing %}x{% else %}missing{% endfor %}',
      'empty|missing',
    ],
    ['{% for x in s %}[{{ x }}]{% endfor %}', '[Hello World]'],
    ['{% for x in obj %}{{ x[0] }}={{ x[1].c }};{% endfor %}', 'a=;b=deep;x y=;'],
    [
      '{% for x in nums limit: 3 %}{{ forloop.index }}{{ forloop.index0 }}{{ forloop.rindex }}{{ forloop.rindex0 }}{% if forloop.first %}F{% endif %}{% if forloop.last %}L{% endif %}{{ forloop.length }};{% endfor %}',
      '1032F3;21213;3210L3;',
    ],
    ['{% for x in nums %}{% if x == 3 %}{% break %}{% endif %}{{ x }}{% endfor %}', '12'],
    ['{% for x in nums %}{% if x == 3 %}{% continue %}{% endif %}{{ x }}{% endfor %}', '1245'],
    [
      '{% for x in (1..2) %}{% for y in nums %}{% if y == 2 %}{% break %}{% endif %}{{ x }}{{ y }} {% endfor %}{% endfor %}',
      '11 21 ',
    ],
    [
      '{% for p in people %}{{ p.name }}{% unless forloop.last %}, {% endunless %}{% endfor %}',
      'Zed, amy, Bo',
    ],
    // The loop variable is gone after the loop, and shadows a field of the same name inside it.
    ['{% for s in names %}{{ s }}{% endfor %}/{{ s }}/{{ forloop.index }}', 'bobAlicecarol/Hello World/'],
  ])('%s', (body, text) => {
    expect(render(body)).toBe(text);
  });
});

describe('comments, break outside a loop, whitespace control', () => {
  it.each([
    ['a{% comment %} {{ not read }} {% if %} {% endcomment %}b', 'ab'],
    ['a{% # a note %}b', 'ab'],
    ['{% # one\n   # two %}ok', 'ok'],
    ['a{% break %}b{% if t %}c{% endif %}', 'a'],
    ['a  {{- s -}}  b', 'aHello Worldb'],
    ['a \n {%- if t -%} \n b \n {%- endif -%} \n c', 'abc'],
    ['a  {{- s }}  b', 'aHello World  b'],
    ['x\n  {%- if t %}\ny{% endif -%}\n  z', 'x\nyz'],
    ['{{ s -}}\n\n  q', 'Hello Worldq'],
    ['{%- # trimmed -%}   x', 'x'],
  ])('%j', (body, text) => {
    expect(render(body)).toBe(text);
  });
});
