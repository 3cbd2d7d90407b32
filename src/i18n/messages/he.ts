// Hebrew (he; Google also says iw). Only the quote attribution so far. Right-to-left.
import type { Catalogue } from '../types';

export const he = (): Catalogue => ({
  // Gmail: "בתאריך יום ד׳, 23 בספט׳ 2026 ב-17:24 מאת Name <a@b>:"
  'quote.wrote': 'בתאריך {date} מאת {who}:',
  'quote.wroteNoDate': 'מאת {who}:',
  'quote.unknownSender': 'שולח לא ידוע',
});
