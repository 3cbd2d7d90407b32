// Italian (it). Only the quote attribution so far.
import type { Catalogue } from '../types';

export const it = (): Catalogue => ({
  // Gmail: "Il giorno mer 20 dic 2023 alle ore 13:37 Name <a@b> ha scritto:"
  'quote.wrote': 'Il giorno {date} {who} ha scritto:',
  'quote.wroteNoDate': '{who} ha scritto:',
  'quote.unknownSender': 'un mittente sconosciuto',
});
