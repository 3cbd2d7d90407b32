import { UserError } from '../../../src/errors';
import { PROPERTY_LIMITS } from '../../../src/platform/ports';
import {
  ConflictError,
  DamagedTemplateError,
  DuplicateNameError,
  InvalidTemplateError,
  NewerStoreVersionError,
  StoreBusyError,
  StoreFullError,
  TemplateNotFoundError,
  TemplateTooLargeError,
} from '../../../src/store/errors';
import { RECENT_LIMIT } from '../../../src/store/settings';
import type { TemplateInput } from '../../../src/store/templateChecks';
import { input, typical, world } from './fixtures';
import { CRASH } from './memoryStore';

const bodyOf = (w: ReturnType<typeof world>, name: string) =>
  w.store.loadLibrary().templates.find((t) => t.name === name)?.body;

/** A long body with multi-byte characters and emoji, so part boundaries fall inside characters' bytes. */
function longBody(chars: number): string {
  const unit = 'Grüße aus Köln — 日本語のテキスト 🙂👍🏽 and plain ASCII text with {{ sender.name }}.\n';
  return unit
    .repeat(Math.ceil(chars / unit.length))
    .slice(0, chars)
    .replace(/[\uD800-\uDBFF]$/, 'x');
}

describe('saving and loading', () => {
  it('reads back exactly what was saved, with a revision to save against', () => {
    const w = world();
    const saved = w.store.saveTemplate({
      ...input('Thanks'),
      cc: 'boss@example.com',
      tags: ['a', 'b'],
      subject: 'Hello',
    });
    const { templates, damaged } = w.store.loadLibrary();
    expect(damaged).toEqual([]);
    expect(templates).toEqual([saved]);
    expect(saved).toMatchObject({
      name: 'Thanks',
      cc: 'boss@example.com',
      tags: ['a', 'b'],
      subject: 'Hello',
      revision: 1,
    });
    expect(saved.createdAt).toBe(w.clock.now);
  });

  it('updates in place, keeping the creation time and moving the revision on', () => {
    const w = world();
    const first = w.store.saveTemplate(input('Thanks', 'one'));
    w.clock.now += 60_000;
    const second = w.store.saveTemplate({ ...input('Thanks', 'two'), id: first.id }, { expectedRevision: 1 });
    expect(second.revision).toBeGreaterThan(first.revision);
    expect(second.createdAt).toBe(first.createdAt);
    expect(second.updatedAt).toBe(w.clock.now);
    expect(w.store.loadLibrary().templates.map((t) => t.body)).toEqual(['two']);
  });

  it('holds a 64 KB body over several values and reads it back character for character', () => {
    const w = world();
    const body = longBody(64 * 1024);
    const saved = w.store.saveTemplate(input('Long', body));
    expect(w.kv.data.size).toBeGreaterThan(7); // the fake refuses any value over 9 KB, so it had to split
    expect(bodyOf(w, 'Long')).toBe(body);
    // Shrinking it back to one value leaves nothing of the long version behind.
    w.store.saveTemplate(
      { ...input('Long', 'short now'), id: saved.id },
      { expectedRevision: saved.revision },
    );
    expect(bodyOf(w, 'Long')).toBe('short now');
    expect([...w.kv.data.keys()].filter((k) => k.startsWith('tpl:'))).toEqual([`tpl:${saved.id}`]);
  });

  it('refuses a template whose short fields alone exceed one value', () => {
    const w = world();
    expect(() => w.store.saveTemplate({ ...input('Tags'), tags: ['x'.repeat(10_000)] })).toThrow(
      TemplateTooLargeError,
    );
    expect(w.kv.data.size).toBe(0);
  });

  it('rejects a wrong stored shape with the problem named, and writes nothing', () => {
    const w = world();
    const bad = { ...input('  '), mode: 'forward' } as unknown as TemplateInput;
    expect(() => w.store.saveTemplate(bad)).toThrow(/name is missing.*reply mode is unknown/);
    expect(() => w.store.saveTemplate(bad)).toThrow(InvalidTemplateError);
    expect(w.kv.writes).toBe(0);
  });
});

describe('reading the whole library', () => {
  it('costs one property read for 200 templates, and no writes or locks', () => {
    const w = world();
    w.store.importTemplates(Array.from({ length: 200 }, (_, i) => typical(i)));
    w.kv.resetCounts();
    const before = w.lock.acquisitions;
    const library = w.store.loadLibrary();
    expect(library.templates).toHaveLength(200);
    expect(w.kv.calls).toEqual({ getAll: 1, get: 0, setMany: 0, deleteProperty: 0 });
    expect(w.lock.acquisitions).toBe(before);
    expect(library.usage).toEqual({ bytes: w.kv.bytes(), limit: PROPERTY_LIMITS.storeBytes });
  });

  it('lists templates by name regardless of case', () => {
    const w = world();
    for (const name of ['beta', 'Alpha', 'gamma']) w.store.saveTemplate(input(name));
    expect(w.store.loadLibrary().templates.map((t) => t.name)).toEqual(['Alpha', 'beta', 'gamma']);
  });
});

const partsOf = (w: ReturnType<typeof world>, id: string) =>
  [...w.kv.data.keys()].filter((k) => k.startsWith(`tpl:${id}@`));

describe('damaged values', () => {
  function damagedWorld() {
    const w = world();
    const good = w.store.saveTemplate(input('Good one', 'still fine'));
    const long = w.store.saveTemplate(input('Long', longBody(30_000)));
    const truncated = w.store.saveTemplate(input('Truncated', longBody(30_000)));
    const extra = w.store.saveTemplate(input('Extra part', longBody(20_000)));
    w.kv.data.set('tpl:brokenjson', '{"id":"brokenjson","name":"Half written","body":"Dear cust');
    w.kv.data.set(
      'tpl:wrongshape',
      JSON.stringify({ id: 'wrongshape', name: 'Odd', rev: 1, parts: 0, body: 42 }),
    );
    const partKeys = (id: string, rev: number) =>
      [...w.kv.data.keys()].filter((k) => k.startsWith(`tpl:${id}@${rev}#`));
    // Lose part 2 of "Long", cut the last part of "Truncated", add a stray part to "Extra part".
    w.kv.data.delete(`tpl:${long.id}@${long.revision}#2`);
    const last = partKeys(truncated.id, truncated.revision).sort().at(-1)!;
    w.kv.data.set(last, w.kv.data.get(last)!.slice(0, 100));
    w.kv.data.set(`tpl:${extra.id}@${extra.revision}#9`, 'stray');
    w.kv.data.set('tpl:what is this', 'something else');
    w.kv.data.set('settings:v1', '{"otherAddresses": ["me@old.example"');
    return { w, good, long, truncated, extra };
  }

  it('shows each kind as damaged, with its raw text, and still lists every good template', () => {
    const { w, good, long, truncated, extra } = damagedWorld();
    const { templates, damaged } = w.store.loadLibrary();
    expect(templates.map((t) => t.id)).toEqual([good.id]);
    const byId = Object.fromEntries(damaged.map((d) => [d.id, d]));
    expect(byId.brokenjson).toMatchObject({
      name: 'Half written',
      problem: expect.stringMatching(/not valid JSON/),
    });
    expect(byId.brokenjson!.raw).toContain('Dear cust');
    expect(byId.wrongshape).toMatchObject({ name: 'Odd', problem: expect.stringMatching(/body is missing/) });
    expect(byId[long.id]).toMatchObject({
      name: 'Long',
      problem: expect.stringMatching(/^Part 2 of \d+ of this template is missing\.$/),
    });
    expect(byId[long.id]!.raw).toContain('Grüße aus Köln');
    expect(byId[truncated.id]!.problem).toMatch(/parts do not add up.*characters/);
    const extraParts = partsOf(w, extra.id).length;
    expect(byId[extra.id]!.problem).toContain(
      `should have ${extraParts - 1} parts but ${extraParts} were found`,
    );
    expect(byId['what is this']!.raw).toBe('something else');
    expect(byId['settings:v1']!.raw).toContain('me@old.example');
    expect(damaged).toHaveLength(7);
  });

  it('deletes a damaged entry and everything stored for it, touching nothing else', () => {
    const { w, long } = damagedWorld();
    for (const d of w.store.loadLibrary().damaged) w.store.deleteDamaged(d.id);
    const after = w.store.loadLibrary();
    expect(after.damaged).toEqual([]);
    expect(after.templates.map((t) => t.name)).toEqual(['Good one']);
    expect([...w.kv.data.keys()].some((k) => k.startsWith(`tpl:${long.id}`))).toBe(false);
  });

  it('refuses to save over a damaged template, so its text is not lost', () => {
    const { w, long } = damagedWorld();
    expect(() =>
      w.store.saveTemplate({ ...input('Long', 'x'), id: long.id }, { expectedRevision: long.revision }),
    ).toThrow(DamagedTemplateError);
  });

  it('keeps damaged settings untouched by side effects such as recording a use or the own address', () => {
    const { w } = damagedWorld();
    const raw = w.kv.data.get('settings:v1');
    w.store.recordUse('anything');
    w.store.rememberAddress('me@example.com');
    expect(w.kv.data.get('settings:v1')).toBe(raw);
    expect(w.store.loadSettings().otherAddresses).toEqual([]);
  });
});

describe('two sessions editing at once', () => {
  it('refuses the second save from the same revision, and the first one’s text survives', () => {
    const w = world();
    const original = w.store.saveTemplate(input('Shared', 'original'));
    const tabA = w.session(2);
    const tabB = w.session(3);
    const openedA = tabA.loadLibrary().templates[0]!;
    const openedB = tabB.loadLibrary().templates[0]!;
    tabA.saveTemplate(
      { ...input('Shared', 'from A'), id: openedA.id },
      { expectedRevision: openedA.revision },
    );
    const attempt = () =>
      tabB.saveTemplate(
        { ...input('Shared', 'from B'), id: openedB.id },
        { expectedRevision: openedB.revision },
      );
    expect(attempt).toThrow(ConflictError);
    expect(attempt).toThrow('“Shared” was changed in another window since you opened it.');
    expect(bodyOf(w, 'Shared')).toBe('from A');
    expect(original.revision).toBe(openedB.revision);
  });

  it('refuses to delete a template changed since it was opened', () => {
    const w = world();
    const t = w.store.saveTemplate(input('Shared'));
    w.session(2).saveTemplate({ ...input('Shared', 'newer'), id: t.id }, { expectedRevision: t.revision });
    expect(() => w.store.deleteTemplate(t.id, t.revision)).toThrow(ConflictError);
    expect(bodyOf(w, 'Shared')).toBe('newer');
  });

  it('says so when the template was deleted elsewhere before the save', () => {
    const w = world();
    const t = w.store.saveTemplate(input('Gone'));
    w.session(2).deleteTemplate(t.id, t.revision);
    expect(() =>
      w.store.saveTemplate({ ...input('Gone', 'edit'), id: t.id }, { expectedRevision: t.revision }),
    ).toThrow(/was deleted in another window/);
    // Deleting what is already gone is simply done.
    expect(() => w.store.deleteTemplate(t.id, t.revision)).not.toThrow();
  });

  it('tells the user to try again when another execution holds the lock, writing nothing', () => {
    const w = world();
    w.lock.busy = true;
    expect(() => w.store.saveTemplate(input('Busy'))).toThrow(StoreBusyError);
    expect(w.kv.data.size).toBe(0);
  });

  it('makes every write but a use record while holding the user lock (the fake refuses unlocked writes)', () => {
    const w = world();
    const t = w.store.saveTemplate(input('A'));
    w.store.duplicateTemplate(t.id);
    w.store.recordUse(t.id);
    w.store.rememberAddress('me@example.com');
    w.store.saveSettings({ otherAddresses: ['me@example.com'] });
    w.store.importTemplates([input('B')]);
    w.store.deleteTemplate(t.id, t.revision);
    expect(w.store.loadLibrary().templates.map((x) => x.name)).toEqual(['A (copy)', 'B']);
  });
});

describe('names', () => {
  it('refuses a name already used, ignoring case and surrounding space', () => {
    const w = world();
    w.store.saveTemplate(input('Thanks'));
    expect(() => w.store.saveTemplate(input(' THANKS '))).toThrow(DuplicateNameError);
    expect(() => w.store.saveTemplate(input(' THANKS '))).toThrow(
      'You already have a template named “THANKS”.',
    );
  });

  it('lets a template change the case of its own name, but not take another’s', () => {
    const w = world();
    const a = w.store.saveTemplate(input('Thanks'));
    w.store.saveTemplate(input('Sorry'));
    const renamed = w.store.saveTemplate({ ...input('THANKS'), id: a.id }, { expectedRevision: a.revision });
    expect(renamed.name).toBe('THANKS');
    expect(() =>
      w.store.saveTemplate({ ...input('sorry'), id: a.id }, { expectedRevision: renamed.revision }),
    ).toThrow(DuplicateNameError);
  });

  it('names copies "X (copy)", then "X (copy 2)", also when copying a copy', () => {
    const w = world();
    const t = w.store.saveTemplate(input('Welcome', 'body'));
    const first = w.store.duplicateTemplate(t.id);
    const second = w.store.duplicateTemplate(t.id);
    const third = w.store.duplicateTemplate(first.id);
    expect([first.name, second.name, third.name]).toEqual([
      'Welcome (copy)',
      'Welcome (copy 2)',
      'Welcome (copy 3)',
    ]);
    expect(third.body).toBe('body');
    expect(() => w.store.duplicateTemplate('nope')).toThrow(TemplateNotFoundError);
  });
});

describe('import', () => {
  it('adds all items as new templates', () => {
    const w = world();
    const imported = w.store.importTemplates([input('One'), input('Two')]);
    expect(imported.map((t) => t.name)).toEqual(['One', 'Two']);
    expect(w.store.loadLibrary().templates).toHaveLength(2);
  });

  it('adds nothing when one item is invalid, saying which', () => {
    const w = world();
    w.store.saveTemplate(input('Existing'));
    const before = w.kv.dump();
    const items = [input('Fine'), { ...input('Bad'), tags: 'a,b' } as unknown as TemplateInput];
    expect(() => w.store.importTemplates(items)).toThrow(/item 2 \(“Bad”\): the tags are not a list of text/);
    expect(w.kv.dump()).toEqual(before);
  });

  it('adds nothing when names repeat, in the list or against the library', () => {
    const w = world();
    w.store.saveTemplate(input('Existing'));
    const before = w.kv.dump();
    expect(() => w.store.importTemplates([input('New'), input('new')])).toThrow(/“new”/);
    expect(() => w.store.importTemplates([input('New'), input('EXISTING')])).toThrow(DuplicateNameError);
    expect(w.kv.dump()).toEqual(before);
  });

  it('refuses a payload larger than the free space as a whole', () => {
    const w = world();
    const items = Array.from({ length: 6 }, (_, i) => input(`Big ${i}`, longBody(90_000)));
    expect(() => w.store.importTemplates(items)).toThrow(
      /These 6 templates need .* KB but only .* KB of your 500 KB are free/,
    );
    expect(w.kv.data.size).toBe(0);
  });
});

describe('a full store', () => {
  function fullWorld() {
    const w = world();
    // Someone's library: four manuals of about 105 KB each.
    for (let i = 0; i < 4; i++) w.store.saveTemplate(input(`Manual ${i}`, longBody(80_000 + i)));
    return w;
  }

  it('refuses a save that would not fit, with the figures, and touches nothing', () => {
    const w = fullWorld();
    const before = w.kv.dump();
    w.kv.resetCounts();
    let error: unknown;
    try {
      w.store.saveTemplate(input('One more', longBody(70_000)));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StoreFullError);
    expect(error).toBeInstanceOf(UserError);
    const free = (PROPERTY_LIMITS.storeBytes - w.kv.bytes()) / 1024;
    expect((error as Error).message).toMatch(
      new RegExp(
        `^This template needs \\d+\\.\\d KB but only ${free.toFixed(1)} KB of your 500 KB are free\\.`,
      ),
    );
    expect(w.kv.writes).toBe(0);
    expect(w.kv.dump()).toEqual(before);
    expect(w.store.loadLibrary().usage.bytes).toBeGreaterThan(400 * 1024);
  });

  // Apps Script writes its refusal in the user's language: which one it is is told by our own count.
  const GERMAN_QUOTA =
    'Exception: Sie haben das Speicherkontingent für Eigenschaften überschritten. Entfernen Sie einige Eigenschaften und versuchen Sie es noch einmal.';

  it('reports a refusal near the limit as a full store, whatever language it is in', () => {
    const w = fullWorld();
    const free = PROPERTY_LIMITS.storeBytes - w.kv.bytes();
    // Fits by our count, with less than 16 KB to spare: the platform's count may still say no.
    w.kv.failWrite(1, GERMAN_QUOTA);
    w.kv.resetCounts();
    expect(() => w.store.saveTemplate(input('One more', 'x'.repeat(free - 8 * 1024)))).toThrow(
      StoreFullError,
    );
    // It was the platform that refused (our own check let the write through).
    expect(w.kv.calls.setMany).toBe(1);
  });

  it('does not call a refusal far from the limit "full": the error goes on as it is', () => {
    const w = world();
    w.kv.failWrite(1, GERMAN_QUOTA);
    let error: unknown;
    try {
      w.store.saveTemplate(input('Small'));
    } catch (e) {
      error = e;
    }
    expect(error).not.toBeInstanceOf(UserError);
    expect((error as Error).message).toBe(GERMAN_QUOTA);
  });

  it('still saves small edits and deletions when full', () => {
    const w = fullWorld();
    const t = w.store.loadLibrary().templates[0]!;
    w.store.deleteTemplate(t.id, t.revision);
    expect(() => w.store.saveTemplate(input('One more', longBody(70_000)))).not.toThrow();
  });
});

describe('a save that stops halfway', () => {
  function editedWorld() {
    const w = world();
    const t = w.store.saveTemplate(input('Policy', longBody(25_000)));
    const edit = () =>
      w.store.saveTemplate(
        { ...input('Policy', longBody(40_000).toUpperCase()), id: t.id },
        { expectedRevision: t.revision },
      );
    return { w, t, edit };
  }

  it('keeps the previous version readable when it stops before the new version is committed', () => {
    // Write 1 is the new parts, write 2 the head that commits them.
    for (const failing of [1, 2]) {
      const { w, t, edit } = editedWorld();
      w.kv.failWrite(failing);
      expect(edit).toThrow(CRASH);
      const library = w.store.loadLibrary();
      expect(library.damaged).toEqual([]);
      expect(library.templates).toEqual([t]);
    }
  });

  it('clears what the interrupted save left behind with the next change', () => {
    const { w, t, edit } = editedWorld();
    w.kv.failWrite(2);
    expect(edit).toThrow(CRASH);
    const leftover = w.kv.bytes();
    w.store.saveTemplate({ ...input('Policy', 'short'), id: t.id }, { expectedRevision: t.revision });
    expect(w.kv.bytes()).toBeLessThan(leftover);
    expect([...w.kv.data.keys()].filter((k) => k.startsWith('tpl:'))).toEqual([`tpl:${t.id}`]);
  });

  it('counts a save as done once committed, even when removing the old parts fails', () => {
    const { w, edit } = editedWorld();
    w.kv.failWrite(3); // the first deletion of an old part
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
    const saved = edit();
    warn.mockRestore();
    expect(w.store.loadLibrary().templates).toEqual([saved]);
  });

  it('keeps a template whole when a deletion stops after removing its head', () => {
    const { w, t } = editedWorld();
    w.store.saveTemplate(input('Other'));
    w.kv.failWrite(3); // settings, head, then the first part
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
    w.store.deleteTemplate(t.id, t.revision);
    warn.mockRestore();
    const library = w.store.loadLibrary();
    expect(library.templates.map((x) => x.name)).toEqual(['Other']);
    expect(library.damaged).toEqual([]);
  });
});

describe('migration from the v1 format', () => {
  function v1World() {
    const w = world();
    const v1 = (id: string, name: string, tags: string) =>
      JSON.stringify({
        id,
        name,
        body: `Body of ${name}`,
        cc: '',
        bcc: '',
        subject: '',
        mode: 'reply',
        tags,
        createdAt: 1,
        updatedAt: 2,
      });
    w.kv.data.set('tpl:old1', v1('old1', 'Welcome', 'sales, Onboarding,,sales '));
    w.kv.data.set('tpl:old2', v1('old2', 'Refund', ''));
    w.kv.data.set('tpl:old3', '{"id":"old3","name":"Cut off","tags":"x"');
    w.kv.data.set(
      'settings:v1',
      JSON.stringify({
        otherAddresses: ['me@old.example'],
        recentTemplateIds: ['old2'],
        startersSeeded: true,
        deletedStarterIds: [],
      }),
    );
    return w;
  }

  it('reads a v1 store as it is, without writing', () => {
    const w = v1World();
    const library = w.store.loadLibrary();
    expect(w.kv.writes).toBe(0);
    expect(library.templates.map((t) => [t.name, t.tags, t.revision])).toEqual([
      ['Refund', [], 0],
      ['Welcome', ['sales', 'Onboarding'], 0],
    ]);
    expect(library.damaged.map((d) => d.id)).toEqual(['old3']);
    expect(library.settings.otherAddresses).toEqual(['me@old.example']);
  });

  it('rewrites every record in v2 before the first save, keeping damaged ones raw', () => {
    const w = v1World();
    const opened = w.store.loadLibrary().templates.find((t) => t.name === 'Welcome')!;
    const raw3 = w.kv.data.get('tpl:old3');
    // A template opened before the upgrade still saves against the revision it was opened at.
    w.store.saveTemplate({ ...opened, body: 'edited' }, { expectedRevision: opened.revision });
    expect(w.kv.data.get('store:schema')).toBe('2');
    expect(JSON.parse(w.kv.data.get('tpl:old2')!)).toMatchObject({ tags: [], rev: 0, parts: 0 });
    expect(w.kv.data.get('tpl:old3')).toBe(raw3);
    expect(bodyOf(w, 'Welcome')).toBe('edited');
    expect(w.store.migrate()).toBe(0);
  });

  it('finishes an upgrade that stopped before writing the version', () => {
    const w = v1World();
    w.kv.failWrite(2); // the records are written; the version key is not
    expect(() => w.store.migrate()).toThrow(CRASH);
    expect(w.store.loadLibrary().templates).toHaveLength(2);
    expect(w.store.migrate()).toBe(0); // nothing left in v1 shape
    expect(w.kv.data.get('store:schema')).toBe('2');
  });

  it('reads but never writes a store from a newer version', () => {
    const w = world();
    w.store.saveTemplate(input('Future'));
    w.kv.data.set('store:schema', '3');
    expect(w.store.loadLibrary().templates).toHaveLength(1);
    expect(() => w.store.saveTemplate(input('Another'))).toThrow(NewerStoreVersionError);
  });
});

describe('starter templates', () => {
  const starters = [
    { ...input('Thanks for reaching out'), id: 'starter-thanks' },
    { ...input('Meeting follow-up'), id: 'starter-meeting' },
  ];

  it('adds them once; a deleted starter is not added again', () => {
    const w = world();
    expect(w.store.seedStarters(starters).map((t) => t.id)).toEqual(['starter-thanks', 'starter-meeting']);
    const meeting = w.store.loadLibrary().templates.find((t) => t.id === 'starter-meeting')!;
    w.store.deleteTemplate(meeting.id, meeting.revision);
    expect(w.store.seedStarters(starters)).toEqual([]);
    expect(w.store.loadLibrary().templates.map((t) => t.id)).toEqual(['starter-thanks']);
    expect(w.store.loadSettings().deletedStarterIds).toEqual(['starter-meeting']);
  });

  it('skips a starter whose name the user already uses', () => {
    const w = world();
    w.store.saveTemplate(input('meeting FOLLOW-UP', 'mine'));
    expect(w.store.seedStarters(starters).map((t) => t.id)).toEqual(['starter-thanks']);
    expect(bodyOf(w, 'meeting FOLLOW-UP')).toBe('mine');
  });
});

describe('recently used templates and settings', () => {
  it('keeps the most recent first, without repeats, up to the cap', () => {
    const w = world();
    const ids = Array.from({ length: RECENT_LIMIT + 5 }, (_, i) => w.store.saveTemplate(input(`T${i}`)).id);
    for (const id of ids) {
      w.clock.now += 1000;
      w.store.recordUse(id);
    }
    w.clock.now += 1000;
    w.store.recordUse(ids[3]!);
    const recent = w.store.loadLibrary().settings.recentTemplateIds;
    expect(recent).toHaveLength(RECENT_LIMIT);
    expect(recent.slice(0, 3)).toEqual([ids[3], ids[RECENT_LIMIT + 4], ids[RECENT_LIMIT + 3]]);
  });

  it('costs one write per use: its own key, no read, no lock', () => {
    const w = world();
    const t = w.store.saveTemplate(input('A'));
    w.kv.resetCounts();
    w.store.recordUse(t.id);
    expect(w.kv.calls).toEqual({ getAll: 0, get: 0, setMany: 1, deleteProperty: 0 });
    expect(w.kv.data.get(`used:${t.id}`)).toBe(String(w.clock.now));
  });

  it('lists recorded uses before the order older versions kept in the settings', () => {
    const w = world();
    const [a, b, c] = ['A', 'B', 'C'].map((n) => w.store.saveTemplate(input(n)).id);
    w.kv.data.set(
      'settings:v1',
      JSON.stringify({
        ...JSON.parse(w.kv.data.get('settings:v1') ?? '{}'),
        recentTemplateIds: [b, a],
        otherAddresses: [],
        startersSeeded: true,
        deletedStarterIds: [],
      }),
    );
    w.store.recordUse(c!);
    expect(w.store.loadLibrary().settings.recentTemplateIds).toEqual([c, b, a]);
  });

  it('forgets a deleted template in the recent list, and its use record with it', () => {
    const w = world();
    const t = w.store.saveTemplate(input('A'));
    w.store.recordUse(t.id);
    w.store.deleteTemplate(t.id, t.revision);
    expect(w.store.loadLibrary().settings.recentTemplateIds).toEqual([]);
    expect(w.kv.data.has(`used:${t.id}`)).toBe(false);
  });

  it('removes use records no list shows (gone templates, past the cap) at the next locked change', () => {
    const w = world();
    const ids = Array.from({ length: RECENT_LIMIT + 2 }, (_, i) => w.store.saveTemplate(input(`T${i}`)).id);
    for (const id of ids) {
      w.clock.now += 1000;
      w.store.recordUse(id);
    }
    w.store.recordUse('gone');
    w.store.saveTemplate(input('Another'));
    const used = [...w.kv.data.keys()].filter((k) => k.startsWith('used:'));
    expect(used.sort()).toEqual(
      ids
        .slice(2)
        .map((id) => `used:${id}`)
        .sort(),
    );
  });

  it('saves the other addresses cleaned, next to the templates', () => {
    const w = world();
    w.store.saveTemplate(input('A'));
    const saved = w.store.saveSettings({
      otherAddresses: [' me@old.example ', 'ME@old.example', '', 'alias@example.com'],
    });
    expect(saved.otherAddresses).toEqual(['me@old.example', 'alias@example.com']);
    expect(w.store.loadLibrary().settings.otherAddresses).toEqual(['me@old.example', 'alias@example.com']);
  });
});
