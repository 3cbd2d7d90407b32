// Polish (pl). Only the quote attribution so far.
import type { Catalogue } from '../types';

export const pl = (): Catalogue => ({
  // Gmail: "W dniu śr., 20.12.2023 o 13:37 Name <a@b> napisał(a):"
  'quote.wrote': 'W dniu {date} {who} napisał(a):',
  'quote.wroteNoDate': '{who} napisał(a):',
  'quote.unknownSender': 'nieznany nadawca',
});
