// Partial consent: the user may decline a scope of the manifest. Without userinfo.email, Session gives
// '' for the user's address, and the add-on must not draft a reply it cannot keep the user off.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../sim/sandbox';
import { findButton, hasText } from '../../sim/testing/cardQuery';
import { createDraft, fixtureRuntime, openMessage } from '../support/harness';

const MANIFEST = JSON.parse(readFileSync(join(ROOT, 'dist', 'appsscript.json'), 'utf8')) as {
  oauthScopes: string[];
};
const EMAIL = 'https://www.googleapis.com/auth/userinfo.email';
const withoutEmail = MANIFEST.oauthScopes.filter((s) => s !== EMAIL);

test('without userinfo.email, "Create draft" waits and the card says why in plain words', async () => {
  const runtime = await fixtureRuntime({ grantedScopes: withoutEmail });
  // Sent to me and Cc'd to others: a reply-all without my address would include me.
  const { event, card } = openMessage(runtime, 'reply-all-cc-duplicates-and-bcc.eml');
  expect(hasText(card, 'Gmail did not give Threadsmith your email address')).toBe(true);
  expect(findButton(card, 'Create draft').disabled).toBe(true);
  expect(createDraft(runtime, event, card, { mode: 'reply-all' }).disabled).toBe(true);
  expect(runtime.mailbox.drafts).toHaveLength(0);
});

test('with every scope granted the same message drafts', async () => {
  const runtime = await fixtureRuntime();
  const { event, card } = openMessage(runtime, 'reply-all-cc-duplicates-and-bcc.eml');
  expect(createDraft(runtime, event, card, { mode: 'reply-all' }).draft).toBeDefined();
});

test('a scope the manifest does not declare cannot be granted', async () => {
  await expect(
    fixtureRuntime({ grantedScopes: ['https://www.googleapis.com/auth/gmail.readonly'] }),
  ).rejects.toThrow('grantedScopes must come from the manifest');
});
