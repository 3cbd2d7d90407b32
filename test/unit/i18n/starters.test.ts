import { STARTER_SETS } from '../../../src/i18n/starters';
import { lintTemplate } from '../../../src/templates/lint';
import { validateTemplateInput } from '../../../src/templates/model';
import { type RenderOutcome, renderTemplate } from '../../../src/templates/render';
import { starterTemplates } from '../../../src/templates/starters';
import { context } from '../templates/helpers';

// Every locale's starter set: the same starters as English, each clean for lint and the model, using the
// same merge fields (the greeting may name the sender by another name field: 様 takes the family name).

const en = STARTER_SETS.en!;
const KEYS = Object.keys(en.templates);

/** The merge fields a body reads, from its Liquid tags and outputs. */
function fieldsOf(body: string): Set<string> {
  const fields = new Set<string>();
  for (const tag of body.match(/\{\{[^}]*\}\}|\{%[^%]*%\}/g) ?? []) {
    for (const f of tag.match(/\b(?:sender|me)\.[a-z_]+|\bsubject\b/g) ?? []) fields.add(f);
  }
  return fields;
}

const withoutSender = (s: Set<string>) => [...s].filter((f) => !f.startsWith('sender.')).sort();
const SENDER_NAME_FIELDS = ['sender.first_name', 'sender.last_name', 'sender.name'];

function text(outcome: RenderOutcome): string {
  if (!outcome.ok) throw new Error(`render failed: ${outcome.error.message}`);
  return outcome.text;
}

describe.each(Object.keys(STARTER_SETS))('starter set %s', (tag) => {
  const set = STARTER_SETS[tag]!;

  it('has the English starters, with the same mode and subject use', () => {
    expect(Object.keys(set.templates)).toEqual(KEYS);
    for (const key of KEYS) {
      const [mine, theirs] = [set.templates[key as 'decline'], en.templates[key as 'decline']];
      expect(mine.mode).toBe(theirs.mode);
      expect(mine.subject === '').toBe(theirs.subject === '');
      expect(mine.tags.length).toBeGreaterThan(0);
    }
  });

  it.each(KEYS)('"%s" is a valid template that lints clean, with the same merge fields as English', (key) => {
    const t = set.templates[key as 'decline'];
    expect(validateTemplateInput({ ...t, tags: t.tags.join(',') })).toMatchObject({ ok: true });
    expect(lintTemplate(t.body)).toEqual({ errors: [], warnings: [] });
    const fields = fieldsOf(t.body);
    expect(withoutSender(fields)).toEqual(withoutSender(fieldsOf(en.templates[key as 'decline'].body)));
    for (const f of fields) if (f.startsWith('sender.')) expect(SENDER_NAME_FIELDS).toContain(f);
  });

  it('starts a new template clean', () => {
    expect(lintTemplate(set.newTemplateBody)).toEqual({ errors: [], warnings: [] });
  });
});

describe('the seed picks the user locale’s set', () => {
  const names = (locale: string) => starterTemplates(locale).map((t) => t.name);
  const ids = [
    'starter-acknowledge-answer-to-follow',
    'starter-ask-for-missing-details',
    'starter-polite-decline',
    'starter-follow-up',
  ];

  it.each(['de', 'de-AT', 'de-CH'])('%s: German', (locale) => {
    expect(names(locale)).toEqual([
      'Eingang bestätigen, Antwort folgt',
      'Fehlende Angaben erfragen',
      'Höflich absagen',
      'Nachfassen',
    ]);
  });

  it('ja: Japanese', () => {
    expect(names('ja')).toEqual([
      '受領のご連絡（回答は後日）',
      '不足情報のお願い',
      '丁寧なお断り',
      'フォローアップ',
    ]);
  });

  it.each(['es', 'es-MX', 'es-419'])('%s: Spanish', (locale) => {
    expect(names(locale)).toEqual([
      'Acuse de recibo, respuesta pendiente',
      'Pedir los datos que faltan',
      'Declinar con cortesía',
      'Seguimiento',
    ]);
  });

  it('pt-BR: Brazilian Portuguese; pt-PT and pt: European', () => {
    expect(names('pt-BR')).toEqual([
      'Confirmar recebimento, resposta a seguir',
      'Pedir as informações que faltam',
      'Recusar com educação',
      'Retomar o contato',
    ]);
    for (const locale of ['pt-PT', 'pt'])
      expect(names(locale)).toEqual([
        'Acusar a receção, resposta a seguir',
        'Pedir os dados em falta',
        'Recusar com delicadeza',
        'Dar seguimento',
      ]);
  });

  it('it: Italian', () => {
    expect(names('it')).toEqual([
      'Conferma di ricezione, risposta in arrivo',
      'Richiesta dei dati mancanti',
      'Rifiuto cortese',
      'Sollecito',
    ]);
  });

  it.each(['en-US', 'xx', '', 'de!!'])('%s: English, as today', (locale) => {
    expect(names(locale)).toEqual([
      'Acknowledge, answer to follow',
      'Ask for missing details',
      'Polite decline',
      'Follow up',
    ]);
  });

  it.each(['en', 'de', 'ja', 'es', 'pt-BR', 'pt-PT', 'it'])(
    '%s: the ids are the English ones, so a deleted starter stays deleted',
    (l) => {
      expect(starterTemplates(l).map((t) => t.id)).toEqual(ids);
    },
  );
});

describe('the greetings, written out by hand', () => {
  const person = context({
    snapshot: { from: 'Okafor, Chidi <chidi.okafor@fabrikam.example>' },
    subject: 'Frage zu Importlimits',
    me: { name: 'Sam Taylor', email: 'sam@northwind.example' },
  });
  const company = context({
    snapshot: { from: 'Contoso Partner Portal <portal@contoso.example>' },
    subject: '',
    me: { name: '', email: 'sam@northwind.example' },
  });
  const de = STARTER_SETS.de!.templates;
  const ja = STARTER_SETS.ja!.templates;

  it('German: "Hallo <first name>," in a Sie text; "Guten Tag," without a name; no address signed', () => {
    expect(text(renderTemplate(de.acknowledge.body, person))).toBe(
      [
        'Hallo Chidi,',
        '',
        'vielen Dank für Ihre Nachricht zu „Frage zu Importlimits“. Sie ist bei mir angekommen, und ich kümmere mich darum.',
        '',
        'Eine vollständige Antwort erhalten Sie innerhalb von zwei Werktagen. Falls sich bei Ihnen in der Zwischenzeit etwas ändert, antworten Sie einfach auf diese E-Mail.',
        '',
        'Viele Grüße',
        'Sam',
      ].join('\n'),
    );
    expect(text(renderTemplate(de.followUp.body, company)).split('\n').slice(0, 3)).toEqual([
      'Guten Tag,',
      '',
      'ich wollte noch einmal wegen meiner letzten Nachricht nachfragen. Hatten Sie schon Gelegenheit, es sich anzusehen?',
    ]);
  });

  it('Spanish: "Hola, <nombre>:" with its vocative comma; "Buenos días:" without a name; usted', () => {
    const es = STARTER_SETS.es!.templates;
    expect(text(renderTemplate(es.decline.body, person)).split('\n').slice(0, 3)).toEqual([
      'Hola, Chidi:',
      '',
      'Muchas gracias por pensar en mí y por tomarse el tiempo de explicarlo con tanta claridad. Lo he pensado detenidamente y esta vez voy a decir que no: no podría dedicarle la atención que merece.',
    ]);
    expect(text(renderTemplate(es.decline.body, person)).split('\n').slice(-2)).toEqual([
      'Atentamente,',
      'Sam Taylor',
    ]);
    expect(text(renderTemplate(es.followUp.body, company)).split('\n').slice(0, 3)).toEqual([
      'Buenos días:',
      '',
      'Le escribo de nuevo en relación con mi último mensaje. ¿Ha tenido ocasión de revisarlo?',
    ]);
  });

  it('Portuguese: "Olá, <nome>," in both; European words in pt, Brazilian in pt-BR', () => {
    const pt = STARTER_SETS.pt!.templates;
    const br = STARTER_SETS['pt-BR']!.templates;
    expect(text(renderTemplate(pt.details.body, person)).split('\n').slice(0, 7)).toEqual([
      'Olá, Chidi,',
      '',
      'Agradeço o seu contacto. Para que possa ajudar, pode enviar-me:',
      '',
      '1. o número da encomenda ou da conta em causa',
      '2. o que esperava que acontecesse e o que aconteceu em vez disso',
      '3. uma captura de ecrã, se a tiver',
    ]);
    expect(text(renderTemplate(br.details.body, company)).split('\n').slice(0, 3)).toEqual([
      'Olá,',
      '',
      'Agradeço o contato. Para que eu possa ajudar, você poderia me enviar:',
    ]);
  });

  it('Japanese: the family name with 様, ご担当者様 without one; no "Hi"', () => {
    const yamada = context({
      snapshot: { from: 'Taro Yamada <t.yamada@fabrikam.example>' },
      me: { name: 'Sam Taylor', email: 'sam@northwind.example' },
    });
    const lines = text(renderTemplate(ja.decline.body, yamada)).split('\n');
    expect(lines[0]).toBe('Yamada 様');
    expect(lines[2]).toBe('お世話になっております。');
    expect(lines.slice(-2)).toEqual(['何卒よろしくお願い申し上げます。', 'Sam Taylor']);
    expect(text(renderTemplate(ja.details.body, company)).split('\n')[0]).toBe('ご担当者様');
  });
});

describe('the Polish, Russian and Turkish greetings, written out by hand', () => {
  const person = (subject: string) =>
    context({
      snapshot: { from: 'Okafor, Chidi <chidi.okafor@fabrikam.example>' },
      subject,
      me: { name: 'Sam Taylor', email: 'sam@northwind.example' },
    });
  const company = context({
    snapshot: { from: 'Contoso Partner Portal <portal@contoso.example>' },
    subject: '',
    me: { name: '', email: 'sam@northwind.example' },
  });
  const sets = (tag: string) => STARTER_SETS[tag]!.templates;

  it('Polish: "Dzień dobry," with or without a name, a "Państwo" text, the full name signed', () => {
    expect(text(renderTemplate(sets('pl').acknowledge.body, person('Limity importu')))).toBe(
      [
        'Dzień dobry,',
        '',
        'Dziękuję za Państwa wiadomość w sprawie „Limity importu”. Dotarła do mnie i już się nią zajmuję.',
        '',
        'Pełną odpowiedź prześlę w ciągu dwóch dni roboczych. Jeśli w międzyczasie coś się u Państwa zmieni, wystarczy odpowiedzieć na tę wiadomość.',
        '',
        'Pozdrawiam',
        'Sam Taylor',
      ].join('\n'),
    );
    expect(text(renderTemplate(sets('pl').followUp.body, company)).split('\n')).toEqual([
      'Dzień dobry,',
      '',
      'Uprzejmie przypominam o mojej ostatniej wiadomości. Czy mieli Państwo okazję się z nią zapoznać?',
      '',
      'Jeśli łatwiej będzie omówić to telefonicznie, proszę podać dogodny termin, a zadzwonię.',
      '',
      'Dziękuję i pozdrawiam',
    ]);
  });

  it('Russian: "Добрый день, <first name>,", "Добрый день," without a name; "С уважением," and the full name', () => {
    const lines = text(renderTemplate(sets('ru').acknowledge.body, person('Лимиты импорта'))).split('\n');
    expect(lines[0]).toBe('Добрый день, Chidi,');
    expect(lines[2]).toBe(
      'Спасибо за Ваше письмо «Лимиты импорта». Оно получено, и я уже занимаюсь вопросом.',
    );
    expect(lines.slice(-2)).toEqual(['С уважением,', 'Sam Taylor']);
    expect(text(renderTemplate(sets('ru').decline.body, company)).split('\n')[0]).toBe('Добрый день,');
  });

  it('Turkish: "Merhaba <first name>,", "Merhaba," without a name; the subject as "“…” konulu"', () => {
    const lines = text(renderTemplate(sets('tr').acknowledge.body, person('İçe aktarma sınırları'))).split(
      '\n',
    );
    expect(lines[0]).toBe('Merhaba Chidi,');
    expect(lines[2]).toBe(
      '“İçe aktarma sınırları” konulu e-postanız için teşekkür ederim. Bana ulaştı, konuyu inceliyorum.',
    );
    expect(lines.slice(-2)).toEqual(['Saygılarımla,', 'Sam Taylor']);
    expect(
      text(renderTemplate(sets('tr').followUp.body, company))
        .split('\n')
        .slice(0, 3),
    ).toEqual(['Merhaba,', '', 'Son e-postamla ilgili durumu sormak istedim. İnceleme fırsatınız oldu mu?']);
  });

  it.each([
    ['pl-PL', 'Potwierdzenie otrzymania'],
    ['ru-RU', 'Подтверждение получения'],
    ['tr-TR', 'Alındı bildirimi'],
  ])('%s seeds its own set, with the English ids', (locale, first) => {
    expect(starterTemplates(locale)[0]).toMatchObject({
      name: first,
      id: 'starter-acknowledge-answer-to-follow',
    });
  });
});
