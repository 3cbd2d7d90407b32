// Japanese starters: business mail as Japanese writes it. No "Hi": the first line names the addressee
// by family name with 様 ("Okafor 様"), or ご担当者様 ("to the person in charge") when the sender gives no
// name a person goes by; then お世話になっております。; polite 丁寧語/謙譲語 throughout; the close is
// よろしくお願いいたします。 with the user's full name under it (a Japanese signature gives the family name).
import { type StarterSet, SUBJECT, signOff } from './types';

const addressee = '{% if sender.last_name %}{{ sender.last_name }} 様{% else %}ご担当者様{% endif %}';
const quotedSubject = `「${SUBJECT}」`;
const opening = 'お世話になっております。';

export const ja: StarterSet = {
  templates: {
    acknowledge: {
      name: '受領のご連絡（回答は後日）',
      body: [
        addressee,
        '',
        opening,
        `{% if subject %}${quotedSubject}の件、{% endif %}ご連絡いただきありがとうございます。確かに拝受し、現在確認しております。`,
        '',
        '**2 営業日以内**に改めてご回答いたします。それまでに状況が変わりましたら、このメールにそのままご返信ください。',
        '',
        signOff('よろしくお願いいたします。', 'me.name', 'me.first_name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['受領', 'サポート'],
    },
    details: {
      name: '不足情報のお願い',
      body: [
        addressee,
        '',
        opening,
        'お問い合わせいただきありがとうございます。対応にあたり、次の情報をお送りいただけますでしょうか。',
        '',
        '1. 対象のご注文番号またはアカウント番号',
        '2. 想定されていた動作と、実際に起きたこと',
        '3. スクリーンショット（お持ちの場合）',
        '',
        'いただき次第、対応いたします。',
        '',
        signOff('よろしくお願いいたします。', 'me.name', 'me.first_name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['不足情報', 'サポート'],
    },
    decline: {
      name: '丁寧なお断り',
      body: [
        addressee,
        '',
        opening,
        'このたびはお声がけいただき、また丁寧にご説明いただきありがとうございました。慎重に検討いたしましたが、十分に時間を割くことが難しいため、今回は見送らせていただきます。',
        '',
        'ご期待に沿えず申し訳ございません。今後また機会がございましたら、ぜひよろしくお願いいたします。',
        '',
        signOff('何卒よろしくお願い申し上げます。', 'me.name', 'me.first_name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['お断り'],
    },
    followUp: {
      name: 'フォローアップ',
      body: [
        addressee,
        '',
        opening,
        `{% if subject %}${quotedSubject}の件{% else %}先日お送りしたメール{% endif %}について、その後いかがでしょうか。`,
        '',
        'お電話でお話しするほうがよろしければ、ご都合のよい日時をご返信ください。こちらからお電話いたします。',
        '',
        signOff('よろしくお願いいたします。', 'me.name', 'me.first_name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: 'ご確認のお願い',
      mode: 'reply',
      tags: ['フォローアップ'],
    },
  },
  newTemplateBody: [
    addressee,
    '',
    opening,
    '',
    '',
    signOff('よろしくお願いいたします。', 'me.name', 'me.first_name'),
  ].join('\n'),
};
