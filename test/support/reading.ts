// The reading fixtures (fixtures/reading) and their hand-written expectations (expected.json).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../sim/sandbox';

export const READING = join(ROOT, 'fixtures', 'reading');

export interface Person {
  name: string;
  email: string;
}

export interface ReadingExpectation {
  from: Person[];
  to: Person[];
  cc: Person[];
  replyTo: Person[];
  subject: string;
  bodyText?: string;
  attachments?: string[];
  attachmentsWithoutInline?: string[];
  reply?: { to: string[]; replyAllCc: string[]; subject?: string; bcc?: string[]; repliesTo?: string };
  notes?: string;
}

export const readingExpectations: Record<string, ReadingExpectation> = JSON.parse(
  readFileSync(join(READING, 'expected.json'), 'utf8'),
);

export const readingFiles = readdirSync(READING)
  .filter((f) => f.endsWith('.eml'))
  .sort();
