// The one place liquidjs is imported. Its package entry ("module"/"main") is the Node build, which
// imports fs, path, stream and crypto: neither esbuild's neutral platform nor Apps Script has them.
// The browser ES build has no imports and the same API, so we import it by path and give it the
// package's own types (the file ships none, so TypeScript resolves it to an untyped module).
import type * as Liquidjs from 'liquidjs';
// @ts-expect-error TS7016: the browser build has no .d.ts of its own; typed as the package below.
import * as browserBuild from 'liquidjs/dist/liquid.browser.mjs';

const liquidjs = browserBuild as typeof Liquidjs;

export const { Drop, Liquid, Output, TypeGuards, toValueSync } = liquidjs;
export type Drop = Liquidjs.Drop;
export type Liquid = Liquidjs.Liquid;
export type Output = Liquidjs.Output;
export type LiquidTemplate = Liquidjs.Template;
