// Portuguese (pt), the base of pt-BR and pt-PT: what both write the same way.
import type { Catalogue } from '../types';

export const pt = (): Catalogue => ({
  // Gmail: "Em qua., 20 de dez. de 2023 às 13:37, Name <a@b> escreveu:"
  'quote.wrote': 'Em {date}, {who} escreveu:',
  'quote.wroteNoDate': '{who} escreveu:',
  'quote.unknownSender': 'um remetente desconhecido',
});
