// Japanese (ja). Gmail's own words: 返信, 全員に返信, 下書き.
import type { Catalogue } from '../types';

export const ja: Catalogue = {
  // Gmail: "2023年12月20日(水) 13:37 Name <a@b>:"
  'quote.wrote': '{date} {who}:',
  'quote.wroteNoDate': '{who}:',
  'quote.unknownSender': '不明な送信者',

  'list.separator': '、',
  'list.and': '{first}、{last}',
  'list.more': { other: '{first} ほか {count} 件' },

  'mode.reply': '返信',
  'mode.reply-all': '全員に返信',
  'mode.reply-list': 'リストに返信',
  'card.reply.header': '返信',
  'card.reply.to': '返信先',
  'card.reply.includeQuote': '元のメッセージを含める',
  'card.reply.includeAttachments': '元の添付ファイルを含める（{count}）',
  'card.reply.addCc': 'Cc を追加',
  'card.reply.addBcc': 'Bcc を追加',
  'card.reply.addressesHint': 'アドレス（カンマ区切り）',
  'card.draft.header': '下書き',
  'card.draft.to': '宛先',
  'card.draft.cc': 'Cc',
  'card.draft.bcc': 'Bcc',
  'card.draft.subject': '件名',
  'card.warning.blocking': '下書きなし',
  'card.warning.check': '確認',
  'card.warning.note': 'メモ',
  'card.createDraft': '下書きを作成',
  'card.templates.header': 'テンプレート',
  'card.templates.none': 'テンプレートはまだありません。ライブラリで作成してください。',
  'card.templates.draft': '下書き',
  'card.templates.draftAlt': '「{name}」の下書き',
  'card.templates.all': 'すべてのテンプレート（{count}）',
  'card.templates.manage': 'テンプレートを管理',

  'warning.nobody': 'この返信の送信先がありません。',
  'warning.nobody.noList': 'このメッセージには返信先のメーリングリストのアドレスがありません。',
  'warning.nobody.onlyMe': 'このメッセージは自分宛てにのみ送信されたため、返信しても他の誰にも届きません。',
  'warning.nobody.noSender': 'このメッセージには送信者がないため、返信先がありません。',
  'warning.nobody.invalidSender': '送信者「{sender}」は有効なアドレスではないため、返信先がありません。',
  'warning.nobody.fromMe':
    'このメッセージは自分のアドレスから送信されたため、返信しても他の誰にも届きません。',
  'warning.invalidRecipients': { other: '無効なアドレス {count} 件を除外しました: {names}。' },
  'warning.tooManyRecipients':
    'この返信の宛先は {count} 人ですが、Gmail で 1 通に指定できるのは {max} 人までです。Cc か Bcc から一部を削除するか、[返信] を選んで送信者のみに返信してください。',
  'warning.manyRecipients': 'この返信の宛先は {count} 人です。',
  'warning.externalRecipients': { other: '外部の宛先 {count} 件（{domain} 以外）。' },
  'warning.replyTo.toMe':
    'このメッセージは返信先 (Reply-To) に自分を指定しているため、この返信は {sender} に送信されます。',
  'warning.replyTo.others':
    'このメッセージは返信先 (Reply-To) に {names} を指定しています（{sender} ではありません）。',
  'warning.theSender': '送信者',

  // The library and Settings (a first few keys; the rest falls back to English key by key).
  'library.header': 'テンプレート',
  'library.new': '新しいテンプレート',
  'library.import': 'インポート',
  'library.export': 'エクスポート',
  'library.usage': '{limit} 中 {used} を使用',
  'library.kilobytes': '{size} KB',
  'library.settings': '設定',
  'library.settingsHint': 'テンプレートで使う名前と、その他のアドレス',
  'rows.templates': { other: 'テンプレート {count} 件' },
  'rows.search': 'テンプレートを検索',
  'team.header': 'チーム ライブラリ',
  'settings.header': '設定',
  'settings.you': 'あなた',
  'settings.name': '名前',
  'settings.otherAddresses': 'その他のメールアドレス',
  'settings.onePerLine': '1 行に 1 件',
  'settings.save': '保存',
  'settings.saved': '保存しました。',
};
