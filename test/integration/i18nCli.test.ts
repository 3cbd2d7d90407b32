// The CLI in the user's language: `--locale` reaches the events of every command, the message card and
// its warnings speak it, the draft's quote attribution is Gmail's in that language, in both parts.
import { join } from 'node:path';
import { draftCommand, openCommand, planCommand } from '../../sim/cli/commands';
import { FIXTURES } from '../support/harness';

const replyAll = join(FIXTURES, 'reply-all-cc-duplicates-and-bcc.eml');
const texts = (response: unknown) =>
  [...JSON.stringify(response).matchAll(/"text":"([^"]*)"/g)].map((m) => m[1]);

test.each([
  ['de', 'Entwurf erstellen', 'Allen antworten', '3 externe Empfänger (außerhalb von northwind.example).'],
  ['fr', 'Créer le brouillon', 'Répondre à tous', '3 destinataires externes (hors de northwind.example).'],
  ['es', 'Crear borrador', 'Responder a todos', '3 destinatarios externos (fuera de northwind.example).'],
  ['ja', '下書きを作成', '全員に返信', '外部の宛先 3 件（northwind.example 以外）。'],
  ['pt-BR', 'Criar rascunho', 'Responder a todos', '3 destinatários externos (fora de northwind.example).'],
  // Unknown and malformed locales: English.
  ['xx-YY', 'Create draft', 'Reply all', '3 external recipients (outside northwind.example).'],
  ['de!!', 'Create draft', 'Reply all', '3 external recipients (outside northwind.example).'],
])('--locale %s: the message card and its warnings', async (locale, create, replyAllLabel, external) => {
  const shown = texts(await openCommand({ eml: replyAll, locale }));
  expect(shown).toContain(create);
  const plan = await planCommand({ eml: replyAll, mode: 'reply-all', locale });
  expect(plan.warnings).toEqual([{ message: external, blocking: false, tier: 'info' }]);
  expect(plan.route).toBe('reply');
  expect(JSON.stringify(await openCommand({ eml: replyAll, locale }))).toContain(replyAllLabel);
});

test.each([
  ['de', /\n\nAm .+ schrieb Priya Raman <priya\.raman@contoso\.example>:\n\n> /],
  ['fr', /\n\nLe .+, Priya Raman <priya\.raman@contoso\.example> a écrit\u00a0:\n\n> /],
  ['ja', /\n\n\d{4}年\d{1,2}月\d{1,2}日\(.\) .+ Priya Raman <priya\.raman@contoso\.example>:\n\n> /],
  ['zh-TW', /\n\nPriya Raman <priya\.raman@contoso\.example> 於 .+寫道：\n\n> /],
])('--locale %s: the draft quotes as Gmail does in that language', async (locale, attribution) => {
  const draft = await draftCommand({ eml: replyAll, locale, 'time-zone': 'Europe/Berlin' });
  expect(`\n\n${draft.text}`).toMatch(attribution);
  expect(draft.html).toContain('class="gmail_attr">');
});
