// Traditional Chinese (zh-TW; also zh-Hant, zh-HK, zh-MO). Only the quote attribution so far.
import type { Catalogue } from '../types';

export const zhTW = (): Catalogue => ({
  // Gmail: "Name <a@b> 於 2023年6月15日 週四 下午3:38寫道："
  'quote.wrote': '{who} 於 {date}寫道：',
  'quote.wroteNoDate': '{who} 寫道：',
  'quote.unknownSender': '不明寄件者',
});
