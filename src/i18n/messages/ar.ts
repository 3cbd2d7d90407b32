// Arabic (ar). Only the quote attribution so far; the rest falls back to English. Right-to-left.
import type { Catalogue } from '../types';

export const ar = (): Catalogue => ({
  // Gmail: "في الأربعاء، 7 أكتوبر 2026 في 3:53 م تمت كتابة ما يلي بواسطة Name <a@b>:"
  'quote.wrote': 'في {date} تمت كتابة ما يلي بواسطة {who}:',
  'quote.wroteNoDate': 'تمت كتابة ما يلي بواسطة {who}:',
  'quote.unknownSender': 'مرسل غير معروف',
});
