// The third-party corpora beside the repository (../shared/corpora), read in place, never copied.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPORA } from './harness';

export interface CorpusEntry {
  file: string;
  path: string;
  exercises: string[];
}

/** Every corpus message listed in its manifest, or [] (with one line saying so) when the folder is absent. */
export function corpusMessages(): CorpusEntry[] {
  const manifest = join(CORPORA, 'MANIFEST-eml.json');
  if (!existsSync(manifest)) {
    console.log(`corpus conformance skipped: ${CORPORA} is absent`);
    return [];
  }
  const entries = JSON.parse(readFileSync(manifest, 'utf8')) as { file: string; exercises?: string[] }[];
  return entries.map((e) => ({ file: e.file, path: join(CORPORA, e.file), exercises: e.exercises ?? [] }));
}

/** Reply prefixes mail clients use, from the corpus's Thunderbird vector plus the common English ones. */
export function knownReplyPrefixes(): string[] {
  const vector = join(CORPORA, 'vectors', 'subject', 'thunderbird-localizedRe.json');
  const extra = existsSync(vector)
    ? (JSON.parse(readFileSync(vector, 'utf8')) as { union: string[] }).union
    : [];
  return [
    ...new Set([
      'Re',
      'RE',
      're',
      'rE',
      'AW',
      'Aw',
      'SV',
      'Sv',
      'VS',
      'Antw',
      'Odp',
      'YNT',
      'R',
      'Ynt',
      '回复',
      '答复',
      'Ats.',
      ...extra,
    ]),
  ];
}

/** How many reply prefixes a subject starts with (a list tag may stand before or between them). */
export function countReplyPrefixes(subject: string, prefixes = knownReplyPrefixes()): number {
  const escaped = prefixes.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const one = new RegExp(`^\\s*(?:\\[[^\\]]*\\]\\s*)?(?:${escaped})\\s*(?:\\[\\d+\\]|\\(\\d+\\))?\\s*[:：]`);
  let count = 0;
  let rest = subject;
  for (let m = one.exec(rest); m; m = one.exec(rest)) {
    count += 1;
    rest = rest.slice(m[0].length);
  }
  return count;
}

export function readRaw(path: string): string {
  return readFileSync(path, 'latin1');
}
