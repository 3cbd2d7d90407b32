// The build is what clasp pushes: it must refuse a manifest that names a function the bundle lacks.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BuildError, build, manifestFunctionNames, ROOT } from '../../tools/build';

const manifest = JSON.parse(readFileSync(join(ROOT, 'appsscript.json'), 'utf8'));

test('manifestFunctionNames finds triggers, universal actions and the compose action', () => {
  const names = manifestFunctionNames({
    addOns: {
      common: { homepageTrigger: { runFunction: 'home' }, universalActions: [{ runFunction: 'settings' }] },
      gmail: {
        contextualTriggers: [{ onTriggerFunction: 'open' }],
        composeTrigger: { selectActions: [{ runFunction: 'compose' }] },
      },
    },
  });
  expect(names.sort()).toEqual(['compose', 'home', 'open', 'settings']);
});

test('a manifest function that src/index.ts does not export fails the build, naming it', async () => {
  const broken = structuredClone(manifest);
  broken.addOns.gmail.contextualTriggers[0].onTriggerFunction = 'onOpenedMessageTypo';
  const outDir = mkdtempSync(join(tmpdir(), 'ts-build-'));
  await expect(build({ manifest: broken, outDir })).rejects.toThrow(BuildError);
  await expect(build({ manifest: broken, outDir })).rejects.toThrow(/"onOpenedMessageTypo"/);
});

test('each export becomes a top-level function declaration delegating into the bundle', async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'ts-build-'));
  const result = await build({ outDir });
  const code = readFileSync(join(outDir, 'Code.js'), 'utf8');
  for (const name of manifestFunctionNames(manifest)) {
    expect(code).toMatch(
      new RegExp(`^function ${name}\\(e\\) \\{ return __threadsmith\\.${name}\\(e\\); \\}$`, 'm'),
    );
  }
  expect(result.exports).toContain('dispatchAction');
  expect(JSON.parse(readFileSync(join(outDir, 'appsscript.json'), 'utf8'))).toEqual(manifest);
});
