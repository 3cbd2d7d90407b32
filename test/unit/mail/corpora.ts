// Locates ../shared/corpora (third-party test data kept outside the repo) and reads from it when present.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CORPORA = resolve(__dirname, '../../../../shared/corpora');

/** The file's text, or null (with one line saying so) when the corpora folder is absent. */
export function readCorpus(relative: string): string | null {
  const path = join(CORPORA, relative);
  if (!existsSync(path)) {
    console.log(`skipped: ${path} is absent (third-party corpora not checked out)`);
    return null;
  }
  return readFileSync(path, 'utf8');
}

/** A raw header's value from an .eml text: first occurrence, folding undone. '' when absent. */
export function rawHeader(eml: string, name: string): string {
  const head = eml.replace(/\r\n/g, '\n').split('\n\n')[0] ?? '';
  const match = head.match(new RegExp(`^${name}:[ \\t]*((?:.*)(?:\\n[ \\t].*)*)`, 'im'));
  return match ? (match[1] ?? '').replace(/\n[ \t]+/g, ' ').trim() : '';
}

/**
 * `test.each` over cases read from the corpora, or one skipped test when there are none (a clone without
 * ../shared/corpora, as in CI): Jest refuses `test.each` over an empty table.
 */
export function eachCase<T extends readonly unknown[]>(
  table: readonly T[],
): (name: string, fn: (...args: T) => void | Promise<void>) => void {
  if (table.length > 0) return (name, fn) => test.each(table as T[])(name, fn as never);
  return (name) => test.skip(`${name} (third-party corpora not checked out)`, () => undefined);
}
