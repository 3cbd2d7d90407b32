// Turkish (tr). Only the quote attribution so far.
import type { Catalogue } from '../types';

export const tr = (): Catalogue => ({
  // Gmail: "Name <a@b>, 27 Ara 2025 Cmt, 16:05 tarihinde şunu yazdı:"
  'quote.wrote': '{who}, {date} tarihinde şunu yazdı:',
  'quote.wroteNoDate': '{who} şunu yazdı:',
  'quote.unknownSender': 'bilinmeyen bir gönderen',
});
