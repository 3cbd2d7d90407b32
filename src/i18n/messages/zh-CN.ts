// Simplified Chinese (zh-CN; also zh, zh-Hans, zh-SG). Only the quote attribution so far.
import type { Catalogue } from '../types';

export const zhCN = (): Catalogue => ({
  // Gmail: "Name <a@b> 于2023年6月15日周四 15:38写道："
  'quote.wrote': '{who} 于{date}写道：',
  'quote.wroteNoDate': '{who} 写道：',
  'quote.unknownSender': '未知发件人',
});
