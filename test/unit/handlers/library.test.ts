import { appendToBody } from '../../../src/handlers/library/library';

test.each([
  ['', '{{ subject }}', '{{ subject }}'],
  ['About', '{{ subject }}', 'About {{ subject }}'],
  ['About ', '{{ subject }}', 'About {{ subject }}'],
  ['Hi,\n', '{{ me.email }}', 'Hi,\n{{ me.email }}'],
])('appendToBody(%j, %j) is %j', (body, snippet, out) => {
  expect(appendToBody(body, snippet)).toBe(out);
});
