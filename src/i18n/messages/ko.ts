// Korean (ko). Only the quote attribution so far.
import type { Catalogue } from '../types';

export const ko = (): Catalogue => ({
  // Gmail: "2021년 10월 22일 (금) 오전 1:23, Name <a@b>님이 작성:"
  'quote.wrote': '{date}, {who}님이 작성:',
  'quote.wroteNoDate': '{who}님이 작성:',
  'quote.unknownSender': '알 수 없는 발신자',
});
