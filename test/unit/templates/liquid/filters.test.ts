import { ALLOWED_FILTERS } from '../../../../src/templates/engine';
import { render } from './run';

const scope = {
  s: 'Hello World',
  e: '',
  n: 7,
  nul: null,
  no: false,
  sp: '  padded  ',
  words: 'the quick  brown fox jumps over the lazy dog',
  list: [3, 1, 2, 3, null, 'b'],
  names: ['bob', 'Alice', 'carol'],
  people: [{ name: 'Zed', age: 3 }, { name: 'amy', age: 1 }, { name: 'Bo' }],
  nums: [1, 2, 3, 4, 5],
  emoji: '😀😁😂abc',
  cjk: '日本語 テキスト hello 世界',
};

// Each filter: a normal case, then an edge case.
const CASES: Record<string, [string, string][]> = {
  default: [
    [
      '{{ e | default: "d" }}|{{ nul | default: "d" }}|{{ missing | default: "d" }}|{{ s | default: "d" }}',
      'd|d|d|Hello World',
    ],
    [
      '{{ no | default: "d" }}|{{ no | default: "d", allow_false: true }}|{{ 0 | default: "d" }}',
      'd|false|d',
    ],
  ],
  capitalize: [
    ['{{ "hELLO wORLD" | capitalize }}', 'Hello world'],
    ['[{{ e | capitalize }}]', '[]'],
  ],
  upcase: [
    ['{{ s | upcase }}', 'HELLO WORLD'],
    ['{{ "straße" | upcase }}', 'STRASSE'],
  ],
  downcase: [
    ['{{ s | downcase }}', 'hello world'],
    ['{{ "ÉCOLE" | downcase }}', 'école'],
  ],
  date: [
    ['{{ "2024-12-25" | date: "%-d %B %Y" }}', '25 December 2024'],
    ['{{ "not a date" | date: "%Y" }}|{{ "now" | date: "%Y-%m-%d" }}', 'not a date|2025-03-15'],
  ],
  append: [
    ['{{ s | append: "!" }}', 'Hello World!'],
    ['{{ nul | append: "x" }}|{{ n | append: 1.5 }}', 'x|71.5'],
  ],
  prepend: [
    ['{{ s | prepend: "> " }}', '> Hello World'],
    ['{{ nul | prepend: "x" }}', 'x'],
  ],
  strip: [
    ['[{{ sp | strip }}]', '[padded]'],
    ['{{ "xxhixx" | strip: "x" }}', 'hi'],
  ],
  lstrip: [
    ['[{{ sp | lstrip }}]', '[padded  ]'],
    ['{{ "xyhixy" | lstrip: "yx" }}', 'hixy'],
  ],
  rstrip: [
    ['[{{ sp | rstrip }}]', '[  padded]'],
    ['{{ "xyhixy" | rstrip: "yx" }}', 'xyhi'],
  ],
  strip_newlines: [
    ['{{ "a\\nb\\r\\nc" | strip_newlines }}', 'abc'],
    ['{{ s | strip_newlines }}', 'Hello World'],
  ],
  squish: [
    ['[{{ "  a \\n\\t b  " | squish }}]', '[a b]'],
    ['[{{ e | squish }}]', '[]'],
  ],
  normalize_whitespace: [
    ['[{{ "a \\n\\t b" | normalize_whitespace }}]', '[a b]'],
    ['[{{ "  x  " | normalize_whitespace }}]', '[ x ]'],
  ],
  replace: [
    ['{{ s | replace: "o", "0" }}', 'Hell0 W0rld'],
    ['{{ "abc" | replace: "", "-" }}|{{ s | replace: "World" }}', 'a-b-c|Hello '],
  ],
  replace_first: [
    ['{{ s | replace_first: "o", "0" }}', 'Hell0 World'],
    ['{{ s | replace_first: "o", "$&$&" }}', 'Hell$&$& World'],
  ],
  replace_last: [
    ['{{ s | replace_last: "o", "0" }}', 'Hello W0rld'],
    ['{{ s | replace_last: "q", "0" }}', 'Hello World'],
  ],
  remove: [
    ['{{ s | remove: "l" }}', 'Heo Word'],
    ['{{ s | remove: "xyz" }}', 'Hello World'],
  ],
  remove_first: [
    ['{{ s | remove_first: "l" }}', 'Helo World'],
    ['{{ s | remove_first: "Q" }}', 'Hello World'],
  ],
  remove_last: [
    ['{{ s | remove_last: "l" }}', 'Hello Word'],
    ['{{ s | remove_last: "Q" }}', 'Hello World'],
  ],
  truncate: [
    ['{{ words | truncate: 10 }}|{{ words | truncate: 10, "…" }}', 'the qui...|the quick…'],
    // Fits: unchanged; counts code points; the omission alone when it is longer than the length.
    [
      '{{ s | truncate: 11 }}|{{ emoji | truncate: 5, "" }}|{{ s | truncate: 2 }}',
      'Hello World|😀😁😂ab|...',
    ],
  ],
  truncatewords: [
    [
      '{{ words | truncatewords: 3 }}|{{ words | truncatewords: 3, "--" }}',
      'the quick brown...|the quick brown--',
    ],
    // liquidjs adds the omission when the text has exactly as many words; 0 words is 1.
    [
      '{{ "a b c" | truncatewords: 3 }}|{{ "a b" | truncatewords: 0 }}|{{ "one" | truncatewords: 5 }}',
      'a b c...|a...|one',
    ],
  ],
  split: [
    ['{{ "a,b,c" | split: "," | join: "+" }}', 'a+b+c'],
    [
      '{{ "a,b,,c,," | split: "," | join: "+" }}|{{ "abc" | split: "" | join: "." }}|{{ "" | split: "," | size }}',
      'a+b++c|a.b.c|0',
    ],
  ],
  join: [
    ['{{ names | join: ", " }}|{{ names | join }}', 'bob, Alice, carol|bob Alice carol'],
    ['{{ list | join: "-" }}|{{ s | join: "-" }}|[{{ nul | join }}]', '3-1-2-3--b|Hello World|[]'],
  ],
  first: [
    ['{{ names | first }}', 'bob'],
    ['{{ s | first }}|[{{ n | first }}]|[{{ empty_list | first }}]', 'H|[]|[]'],
  ],
  last: [
    ['{{ names | last }}', 'carol'],
    ['{{ s | last }}|[{{ e | last }}]', 'd|[]'],
  ],
  size: [
    ['{{ names | size }}|{{ s | size }}', '3|11'],
    ['{{ n | size }}|{{ nul | size }}', '0|0'],
  ],
  reverse: [
    ['{{ names | reverse | join: "," }}', 'carol,Alice,bob'],
    ['{{ s | reverse }}', 'Hello World'],
  ],
  sort: [
    [
      '{{ names | sort | join: "," }}|{{ people | sort: "name" | map: "name" | join: "," }}',
      'Alice,bob,carol|Bo,Zed,amy',
    ],
    // Nil sorts last.
    ['{{ people | sort: "age" | map: "name" | join: "," }}', 'amy,Zed,Bo'],
  ],
  sort_natural: [
    ['{{ names | sort_natural | join: "," }}', 'Alice,bob,carol'],
    ['{{ people | sort_natural: "name" | map: "name" | join: "," }}', 'amy,Bo,Zed'],
  ],
  uniq: [
    ['{{ list | uniq | join: "," }}', '3,1,2,,b'],
    ['{{ s | uniq | join: "," }}', 'Hello World'],
  ],
  compact: [
    ['{{ list | compact | join: "," }}', '3,1,2,3,b'],
    ['{{ people | map: "age" | compact | join: "," }}', '3,1'],
  ],
  map: [
    ['{{ people | map: "name" | join: "," }}', 'Zed,amy,Bo'],
    ['{{ people | map: "age" | join: "," }}|{{ people | map: "__proto__" | size }}', '3,1,|3'],
  ],
  slice: [
    ['{{ s | slice: 0, 5 }}|{{ nums | slice: 1, 2 | join: "," }}|{{ nums | slice: 1 }}', 'Hello|2,3|2'],
    [
      '{{ s | slice: -5, 3 }}|{{ nums | slice: -2, 2 | join: "," }}|[{{ s | slice: -50 }}]|{{ emoji | slice: 1, 2 }}',
      'Wor|4,5|[]|😁😂',
    ],
  ],
  plus: [
    ['{{ n | plus: 2 }}|{{ "3" | plus: "4" }}', '9|7'],
    ['{{ s | plus: 1 }}|{{ 0.1 | plus: 0.2 }}', '1|0.30000000000000004'],
  ],
  minus: [
    ['{{ n | minus: 10 }}', '-3'],
    ['{{ nul | minus: 1 }}', '-1'],
  ],
  times: [
    ['{{ n | times: 3 }}', '21'],
    ['{{ n | times: 1.5 }}', '10.5'],
  ],
  divided_by: [
    // liquidjs divides exactly; the third argument asks for whole-number division.
    ['{{ n | divided_by: 2 }}|{{ n | divided_by: 2, true }}', '3.5|3'],
    ['{{ n | divided_by: 0 }}', 'Infinity'],
  ],
  modulo: [
    ['{{ n | modulo: 3 }}', '1'],
    ['{{ -7 | modulo: 3 }}', '2'],
  ],
  round: [
    ['{{ 3.75 | round }}|{{ 3.75 | round: 1 }}|{{ 1234.5678 | round: -2 }}', '4|3.8|1200'],
    ['{{ 1.005 | round: 2 }}|{{ -2.5 | round }}', '1.01|-3'],
  ],
  ceil: [
    ['{{ 3.2 | ceil }}', '4'],
    ['{{ "-3.8" | ceil }}', '-3'],
  ],
  floor: [
    ['{{ 3.8 | floor }}', '3'],
    ['{{ -3.2 | floor }}', '-4'],
  ],
  abs: [
    ['{{ -2.5 | abs }}', '2.5'],
    ['{{ "-3" | abs }}|{{ s | abs }}', '3|0'],
  ],
  at_least: [
    ['{{ n | at_least: 10 }}|{{ n | at_least: 1 }}', '10|7'],
    ['{{ "x" | at_least: 2 }}', '2'],
  ],
  at_most: [
    ['{{ n | at_most: 5 }}|{{ n | at_most: 50 }}', '5|7'],
    ['{{ "x" | at_most: -1 }}', '-1'],
  ],
  url_encode: [
    ['{{ "a b&c/d?e=é" | url_encode }}', 'a+b%26c%2Fd%3Fe%3D%C3%A9'],
    ['{{ "a+b" | url_encode }}|{{ n | url_encode }}', 'a%2Bb|7'],
  ],
  number_of_words: [
    ['{{ words | number_of_words }}|{{ e | number_of_words }}', '9|0'],
    // CJK modes count each Han, kana or Hangul character as a word, plus the other words (9 + 1).
    [
      '{{ cjk | number_of_words }}|{{ cjk | number_of_words: "cjk" }}|{{ cjk | number_of_words: "auto" }}|{{ s | number_of_words: "auto" }}',
      '4|10|10|2',
    ],
  ],
  array_to_sentence_string: [
    [
      '{{ names | array_to_sentence_string }}|{{ names | array_to_sentence_string: "or" }}',
      'bob, Alice, and carol|bob, Alice, or carol',
    ],
    [
      '{{ "x" | array_to_sentence_string }}|[{{ empty_list | array_to_sentence_string }}]|{{ nums | slice: 0, 2 | array_to_sentence_string }}',
      'x|[]|1 and 2',
    ],
  ],
  strip_html: [
    ['{{ "<p>Hi <b>there</b></p><script>x()</script><!-- note -->end" | strip_html }}', 'Hi thereend'],
    ['{{ "a < b" | strip_html }}|{{ "<a" | strip_html }}', 'a < b|<a'],
  ],
  raw: [
    ['{{ s | raw }}', 'Hello World'],
    ['{{ "{{ x }}" | raw }}', '{{ x }}'],
  ],
};

describe('every allowed filter', () => {
  it('has cases here, and the engine has nothing else', () => {
    expect(Object.keys(CASES).sort()).toEqual([...ALLOWED_FILTERS].sort());
  });

  it.each(Object.entries(CASES).flatMap(([name, cases]) => cases.map(([body, text]) => [name, body, text])))(
    '%s: %s',
    (_name, body, text) => {
      expect(render(body, { ...scope, empty_list: [] })).toBe(text);
    },
  );
});
