// Dutch (nl). Only the quote attribution so far.
import type { Catalogue } from '../types';

export const nl = (): Catalogue => ({
  // Gmail: "Op wo 20 dec 2023 om 13:37 schreef Name <a@b>:"
  'quote.wrote': 'Op {date} schreef {who}:',
  'quote.wroteNoDate': '{who} schreef:',
  'quote.unknownSender': 'een onbekende afzender',
});
