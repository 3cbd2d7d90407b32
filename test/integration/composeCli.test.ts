// The CLI's `compose`: the compose window's Insert for given recipients, as the update-draft JSON.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeCommand } from '../../sim/cli/composeCommand';

type Update = {
  renderActions: {
    hostAppAction: {
      gmailAction: {
        updateDraftActionMarkup: {
          updateBody: { insertContents: { content: string; contentType: string }[]; type: string };
          updateCcRecipients?: { ccRecipients: { email: string }[] };
          updateSubject?: { subject: string };
        };
      };
    };
  };
};

// A template that signs with the user's first name and no default: the emulated user has set no name.
const dir = mkdtempSync(join(tmpdir(), 'ts-cli-compose-'));
const library = join(dir, 'library.json');
writeFileSync(
  library,
  JSON.stringify([
    {
      name: 'Signed',
      body: 'Hi {{ sender.first_name | default: "there" }},\n\nSee you soon.\n\n{{ me.first_name }}',
    },
  ]),
);

const insertOf = (out: unknown) =>
  (out as Update).renderActions.hostAppAction.gmailAction.updateDraftActionMarkup.updateBody;

test('prints the insert for the recipients, with the values given for what they lack', async () => {
  const out = await composeCommand({
    templates: library,
    template: 'signed',
    to: 'ana.ruiz@contoso.example',
    field: ['me.first_name=Sam'],
  });
  expect(insertOf(out).type).toBe('IN_PLACE_INSERT');
  expect(insertOf(out).insertContents[0]!.contentType).toBe('MUTABLE_HTML');
  expect(insertOf(out).insertContents[0]!.content).toMatch(/Hi Ana,[\s\S]*Sam/);
});

test('a value nobody can supply is an error naming it, not an empty field', async () => {
  await expect(
    composeCommand({ templates: library, template: 'Signed', to: 'ana.ruiz@contoso.example' }),
  ).rejects.toThrow(/me\.first_name/);
});

test('a starter needs no value: with no name of the user it signs off without one', async () => {
  const out = await composeCommand({ template: 'Follow up', to: 'ana.ruiz@contoso.example' });
  expect(insertOf(out).insertContents[0]!.content).toBe(
    '<div>Hi Ana,</div><div><br></div><div>I wanted to follow up on my last message. Have you had a chance to look at it?</div><div><br></div><div>If it is easier to talk it through, reply with a time that suits you and I will call.</div><div><br></div><div>Thanks,</div>',
  );
});

test('an unknown template or a bad --field is an error naming it', async () => {
  await expect(composeCommand({ template: 'Nope', to: 'a@x.example' })).rejects.toThrow(
    /no template named "Nope"/,
  );
  await expect(composeCommand({ template: 'Follow up', field: ['me.nickname=x'] })).rejects.toThrow(
    /no such merge field/,
  );
});

test('a template the list does not show is searched for, as the user would', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ts-cli-compose-'));
  const many = join(dir, 'many.json');
  writeFileSync(
    many,
    JSON.stringify(
      Array.from({ length: 45 }, (_, i) => ({
        name: `Zeta ${i + 1}`,
        body: `Number ${i + 1}.`,
        mode: 'reply',
      })),
    ),
  );
  // The list shows 30 (the starters, then the library's order): "Zeta 45" is found by searching.
  const out = (await composeCommand({ templates: many, template: 'zeta 45', to: 'a@x.example' })) as Update;
  const update = out.renderActions.hostAppAction.gmailAction.updateDraftActionMarkup;
  expect(update.updateBody.insertContents[0]!.content).toBe('<div>Number 45.</div>');
  await expect(composeCommand({ templates: many, template: 'Zeta 99' })).rejects.toThrow(
    /no template named "Zeta 99"; the library has .*"Zeta 1"/,
  );
});

test('works in the user’s language: a German and an Arabic compose window, found by its own words', async () => {
  const de = await composeCommand({ template: 'Nachfassen', to: 'ana.ruiz@contoso.example', locale: 'de' });
  const deBody = insertOf(de).insertContents[0]?.content ?? '';
  expect(deBody).toContain('Hallo');
  expect(deBody).not.toContain('Hi ');
  const ar = await composeCommand({ template: 'متابعة', to: 'ana.ruiz@contoso.example', locale: 'ar' });
  expect(insertOf(ar).type).toBe('IN_PLACE_INSERT');
  expect(insertOf(ar).insertContents[0]?.content ?? '').toMatch(/[\u0600-\u06ff]/);
});
