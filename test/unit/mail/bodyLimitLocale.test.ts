// The note where a cut quote stops is in the draft, so in the user's language: a German catalogue of
// the test's own holds the key (the translators add the real one from the English).
import { draftBodies, fitBody } from '../../../src/mail';
import type { UnroutedPlan } from '../../../src/mail/types';

jest.mock('../../../src/i18n/messages/de', () => ({
  de: () => ({ 'quote.cutNote': '[Threadsmith hat den Rest des Originals weggelassen.]' }),
}));

const plan: UnroutedPlan = {
  mode: 'reply',
  threadId: 't',
  to: [{ name: 'Ana', email: 'ana@x.example' }],
  cc: [],
  bcc: [],
  subject: 'Re: x',
  inReplyTo: '',
  references: [],
  body: { text: 'Danke!', html: '<div>Danke!</div>' },
  quote: { text: `Am Mo. schrieb Ana:\n\n${'> ein langer Text\n'.repeat(16000)}`, html: '<div>x</div>' },
  attachments: [],
  warnings: [],
};

test('the note is in the user’s language, in both parts of the draft', () => {
  const bodies = draftBodies(fitBody(plan, 'de-AT'));
  expect(bodies.text).toContain('[Threadsmith hat den Rest des Originals weggelassen.]');
  expect(bodies.html).toContain('[Threadsmith hat den Rest des Originals weggelassen.]');
  expect(bodies.text).not.toContain('left out');
});

test('an unknown locale writes it in English', () => {
  expect(draftBodies(fitBody(plan, 'xx')).text).toContain('[Threadsmith left out the rest of the original');
});
