import { deliveredToSuggestion, identityOf, isMe } from '../../../src/mail';
import { snapshot } from './snapshot';

describe('isMe', () => {
  const identity = identityOf('ana.ruiz@gmail.com', ['ana@work.example', ' ', 'Sales@Shop.example']);
  test.each([
    ['the session address', 'ana.ruiz@gmail.com', true],
    ['another case', 'Ana.Ruiz@GMAIL.com', true],
    ['a dot variant on gmail.com', 'anaruiz@gmail.com', true],
    ['scattered dots on gmail.com', 'a.n.a.r.u.i.z@gmail.com', true],
    ['googlemail.com for gmail.com', 'ana.ruiz@googlemail.com', true],
    ['a +tag variant', 'ana.ruiz+newsletters@gmail.com', true],
    ['an other address', 'ana@work.example', true],
    ['a +tag of an other address', 'ana+x@work.example', true],
    ['an other address in another case', 'sales@shop.example', true],
    ['dots matter outside gmail', 'a.na@work.example', false],
    ['someone else on gmail', 'sam@gmail.com', false],
    ['same local part, other domain', 'ana.ruiz@example.com', false],
    ['empty', '', false],
  ])('%s: %s → %s', (_label, email, expected) => {
    expect(isMe(email, identity)).toBe(expected);
    expect(isMe({ name: 'x', email }, identity)).toBe(expected);
  });
});

describe('deliveredToSuggestion', () => {
  const identity = identityOf('me@example.com', ['me@old.example']);
  test.each([
    ['nothing delivered-to', '', '', null],
    ['delivered to me', 'me@example.com', '', null],
    ['delivered to a +tag of me', 'me+lists@example.com', '', null],
    ['delivered to an address not yet known', 'me@forwarded.example', '', 'me@forwarded.example'],
    ['only X-Original-To names it', 'me@example.com', 'team@example.com', 'team@example.com'],
    ['known old address', 'me@old.example', '', null],
    ['garbage', 'not an address', '', null],
  ])('%s', (_label, deliveredTo, xOriginalTo, expected) => {
    expect(deliveredToSuggestion(snapshot({ headers: { deliveredTo, xOriginalTo } }), identity)).toBe(
      expected,
    );
  });
});
