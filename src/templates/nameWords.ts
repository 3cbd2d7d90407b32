// The words and scripts names.ts weighs a display name against: honorifics, suffixes, particles,
// role and mailbox words, company and legal forms, job titles, and the scripts written without spaces.
// Data only, so the rules in names.ts read as rules.

// Compared lowercased and without a trailing dot.
export const HONORIFICS = new Set(
  (
    'mr mrs ms miss mx dr prof professor sir dame lady lord herr frau fr mme mlle monsieur madame ' +
    'sr sra srta sig sig.ra dott dott.ssa ing rev revd hon capt col gen lt sgt mag dipl dr.-ing dipl.-ing ' +
    'dr.med univ ir drs mevr dhr г-н г-жа κ κος κα السيد السيدة الدكتور د'
  ).split(' '),
);
// Doctorates name their field after "Dr." ("Dr. med. Hans Weber", "Dr. rer. nat. Eva Roth").
export const DOCTORATE_FIELDS = new Set(
  'med rer nat phil jur dent vet h.c habil mult oec pol sc techn'.split(' '),
);
export const SUFFIXES = new Set(
  'jr sr ii iii iv phd ph.d md m.d esq dds dvm mba cpa rn cfa msc bsc llm jd'.split(' '),
);
// Name particles stay lowercase and belong to the last name ("Ana van der Berg" → "van der Berg").
export const PARTICLES = new Set(
  'van von der den de del della di da du la le dos das do ter ten zu bin ibn bint al el ap'.split(' '),
);
// Words that say a display name belongs to a role or an organisation, not a person, wherever they stand
// ("Northwind Support", "The Billing Team", "Contoso Partner Portal"). Surnames that are also words
// ("Jobs", "Law", "Post") are left out.
export const ROLE_WORDS = new Set(
  (
    'info support help helpdesk servicedesk desk team noreply no-reply donotreply reply sales billing ' +
    'accounts account admin administrator office service services customer customers care contact ' +
    'hello hi mail mailer postmaster webmaster notifications notification notify alerts alert news ' +
    'newsletter marketing careers hr it pr qa hq crm erp security privacy legal press media feedback ' +
    'orders order shop store booking bookings reservations invoice invoices payments finance department ' +
    'dept inc ltd llc llp plc gmbh corp corporation incorporated limited company group the via bot ' +
    'automated system robot portal logistics shipping delivery deliveries dispatch tracking returns ' +
    'refunds announcements announce escalations receivable payable accounting bookkeeping payroll ' +
    'procurement purchasing operations ops helpline hotline community forum events updates digest ' +
    'reminders reminder receipts receipt statements recruiting recruitment talent hiring onboarding ' +
    'partner partners partnerships compliance audit research list lists mailing newsroom editorial ' +
    'subscriptions subscription membership members registration admissions enquiries inquiries ' +
    'concierge reception frontdesk bakery importers imports exports traders trading university ' +
    'universität college school academy institute hospital clinic praxis kanzlei council ministry ' +
    'agency association foundation society committee library museum airlines airways hotel hotels ' +
    'restaurant studio studios lab labs solutions systems technologies technology software consulting ' +
    'holdings industries international global worldwide enterprises ventures insurance networks ' +
    'communications telecom digital cloud platform marketplace pharmacy products ' +
    'buchhaltung kundenservice kundendienst kundensupport vertrieb verwaltung rechnung rechnungen ' +
    'rechnungswesen bestellung bestellungen versand einkauf kontakt abteilung personalabteilung ' +
    'facturation comptabilité équipe client clients commandes ventes assistance soporte ventas ' +
    'facturación atención cliente clientes pedidos equipo assistenza clienti vendite amministrazione ' +
    'ufficio klantenservice administratie verkoop & + and of for'
  ).split(' '),
);
// Company forms that are also short words or initials ("AG", "SA", "Co"): organisations only at the end.
export const COMPANY_FORMS = new Set(
  (
    'co ag kg ohg ug mbh ev e.v sa s.a sas s.a.s sarl srl s.r.l spa s.p.a bv b.v nv n.v pty pte oy oyj ' +
    'ab as aps kk kft zrt sro s.r.o lda sl s.l gbr lp se'
  ).split(' '),
);
export const LEGAL_FORMS = new Set([
  ...COMPANY_FORMS,
  ...'inc ltd llc llp plc gmbh corp corporation incorporated limited company'.split(' '),
]);
// What follows a person's name after a comma ("Ana Ruiz, CEO"), never a given name.
export const JOB_TITLES = new Set(
  (
    'ceo cto cfo coo cio cmo ciso vp svp evp avp md gm president founder co-founder cofounder owner ' +
    'partner director manager head lead chair chairman chairwoman engineer developer designer consultant ' +
    'analyst officer assistant associate coordinator specialist representative rep advisor adviser ' +
    'secretary treasurer editor professor lecturer counsel attorney lawyer accountant architect ' +
    'geschäftsführer geschäftsführerin leiter leiterin inhaber inhaberin directeur directrice gérant ' +
    'director directora gerente'
  ).split(' '),
);
// More words local parts use for mailboxes rather than people (`order.confirmation@`, `mailer-daemon@`).
export const MAILBOX_WORDS = new Set(
  (
    'jobs confirmation confirm verify verification update auto daemon bounce bounces return do not web ' +
    'online app notice notices noreply'
  ).split(' '),
);
export const isMailboxWord = (w: string) => ROLE_WORDS.has(w) || MAILBOX_WORDS.has(w);
// Organisation words in scripts written without spaces (株式会社 "Co., Ltd.", サポート "support", 客服
// "customer service", 고객센터 "customer centre"), found anywhere in the name.
export const CJK_ORGANISATION =
  /株式会社|有限会社|合同会社|サポート|カスタマー|センター|事務局|窓口|お知らせ|通知|チーム|公司|集团|集團|客服|团队|團隊|中心|주식회사|고객센터|센터|지원팀/u;

// Scripts written family name first, without spaces between given and family name: the whole name is
// kept (splitting "山田 太郎" at the space would greet Mr Yamada by his family name).
export const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
export const CYRILLIC = /\p{Script=Cyrillic}/u;
export const PATRONYMIC = /(?:ович|евич|ьич|овна|евна|ична|инична)$/u;
export const LETTERS = /^[\p{L}\p{M}'’.-]+$/u;
// Emoji, pictographs and other symbols people decorate names with ("🎉 Priya", "Ana ★"), and invisible
// joiners and spaces; the zero-width non-joiner stays (Persian names use it).
export const DECORATION =
  /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\p{So}\u200B\u2060\uFEFF]|\u200D|\uFE0F|\u20E3/gu;
// Arabic names built on "Abd" ("servant of") take the next word with them: "Abdul Rahman" is one name.
export const ABD = new Set(['abd', 'عبد']);
export const ABD_LONG = new Set(['abdul', 'abdel', 'abdal', 'abdur', 'abdus', 'abdoul']);
