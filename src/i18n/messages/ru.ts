// Russian (ru). Only the quote attribution so far.
import type { Catalogue } from '../types';

export const ru = (): Catalogue => ({
  // Gmail writes no verb in Russian: "ср, 20 дек. 2023 г. в 13:37, Name <a@b>:"
  'quote.wrote': '{date}, {who}:',
  'quote.wroteNoDate': '{who}:',
  'quote.unknownSender': 'неизвестный отправитель',
});
