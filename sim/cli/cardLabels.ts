// The message card's labels the CLI finds its way by, per locale the card speaks: sim/ drives the built
// bundle and never imports src/, so they are copied here; test/unit/i18n/cliLabels.test.ts keeps them equal
// to src/i18n's catalogues. A locale not listed reads the English labels (as the add-on falls back).
export const CARD_LABELS: Record<string, Record<CardLabel, string>> = {
  en: {
    'card.reply.to': 'Reply to',
    'card.reply.includeQuote': 'Include the original message',
    'card.reply.includeAttachments': 'Include the original attachments ({count})',
    'card.reply.addCc': 'Add Cc',
    'card.reply.addBcc': 'Add Bcc',
    'card.templates.header': 'Templates',
    'card.draft.header': 'The draft',
    'card.draft.subject': 'Subject',
    'card.draft.to': 'To',
    'card.draft.cc': 'Cc',
    'card.draft.bcc': 'Bcc',
    'card.warning.blocking': 'No draft',
    'card.warning.check': 'Check',
    'card.createDraft': 'Create draft',
  },
  de: {
    'card.reply.to': 'Antworten an',
    'card.reply.includeQuote': 'Ursprüngliche Nachricht einfügen',
    'card.reply.includeAttachments': 'Ursprüngliche Anhänge einfügen ({count})',
    'card.reply.addCc': 'Cc hinzufügen',
    'card.reply.addBcc': 'Bcc hinzufügen',
    'card.templates.header': 'Vorlagen',
    'card.draft.header': 'Der Entwurf',
    'card.draft.subject': 'Betreff',
    'card.draft.to': 'An',
    'card.draft.cc': 'Cc',
    'card.draft.bcc': 'Bcc',
    'card.warning.blocking': 'Kein Entwurf',
    'card.warning.check': 'Prüfen',
    'card.createDraft': 'Entwurf erstellen',
  },
  es: {
    'card.reply.to': 'Responder a',
    'card.reply.includeQuote': 'Incluir el mensaje original',
    'card.reply.includeAttachments': 'Incluir los archivos adjuntos originales ({count})',
    'card.reply.addCc': 'Añadir Cc',
    'card.reply.addBcc': 'Añadir Cco',
    'card.templates.header': 'Plantillas',
    'card.draft.header': 'El borrador',
    'card.draft.subject': 'Asunto',
    'card.draft.to': 'Para',
    'card.draft.cc': 'Cc',
    'card.draft.bcc': 'Cco',
    'card.warning.blocking': 'Sin borrador',
    'card.warning.check': 'Revisar',
    'card.createDraft': 'Crear borrador',
  },
  fr: {
    'card.reply.to': 'Répondre à',
    'card.reply.includeQuote': 'Inclure le message d’origine',
    'card.reply.includeAttachments': 'Inclure les pièces jointes d’origine ({count})',
    'card.reply.addCc': 'Ajouter Cc',
    'card.reply.addBcc': 'Ajouter Cci',
    'card.templates.header': 'Modèles',
    'card.draft.header': 'Le brouillon',
    'card.draft.subject': 'Objet',
    'card.draft.to': 'À',
    'card.draft.cc': 'Cc',
    'card.draft.bcc': 'Cci',
    'card.warning.blocking': 'Pas de brouillon',
    'card.warning.check': 'À vérifier',
    'card.createDraft': 'Créer le brouillon',
  },
  ja: {
    'card.reply.to': '返信先',
    'card.reply.includeQuote': '元のメッセージを含める',
    'card.reply.includeAttachments': '元の添付ファイルを含める（{count}）',
    'card.reply.addCc': 'Cc を追加',
    'card.reply.addBcc': 'Bcc を追加',
    'card.templates.header': 'テンプレート',
    'card.draft.header': '下書き',
    'card.draft.subject': '件名',
    'card.draft.to': '宛先',
    'card.draft.cc': 'Cc',
    'card.draft.bcc': 'Bcc',
    'card.warning.blocking': '下書きなし',
    'card.warning.check': '確認',
    'card.createDraft': '下書きを作成',
  },
  nl: {
    'card.reply.to': 'Antwoord aan',
    'card.reply.includeQuote': 'Oorspronkelijk bericht opnemen',
    'card.reply.includeAttachments': 'Oorspronkelijke bijlagen opnemen ({count})',
    'card.reply.addCc': 'Cc toevoegen',
    'card.reply.addBcc': 'Bcc toevoegen',
    'card.templates.header': 'Sjablonen',
    'card.draft.header': 'Het concept',
    'card.draft.subject': 'Onderwerp',
    'card.draft.to': 'Aan',
    'card.draft.cc': 'Cc',
    'card.draft.bcc': 'Bcc',
    'card.warning.blocking': 'Geen concept',
    'card.warning.check': 'Controleren',
    'card.createDraft': 'Concept maken',
  },
  'pt-BR': {
    'card.reply.to': 'Responder para',
    'card.reply.includeQuote': 'Incluir a mensagem original',
    'card.reply.includeAttachments': 'Incluir os anexos originais ({count})',
    'card.reply.addCc': 'Adicionar Cc',
    'card.reply.addBcc': 'Adicionar Cco',
    'card.templates.header': 'Modelos',
    'card.draft.header': 'O rascunho',
    'card.draft.subject': 'Assunto',
    'card.draft.to': 'Para',
    'card.draft.cc': 'Cc',
    'card.draft.bcc': 'Cco',
    'card.warning.blocking': 'Sem rascunho',
    'card.warning.check': 'Verificar',
    'card.createDraft': 'Criar rascunho',
  },
  ar: {
    'card.reply.to': 'الرد على',
    'card.reply.includeQuote': 'تضمين الرسالة الأصلية',
    'card.reply.includeAttachments': 'تضمين المرفقات الأصلية ({count})',
    'card.reply.addCc': 'إضافة نسخة',
    'card.reply.addBcc': 'إضافة نسخة مخفية الوجهة',
    'card.templates.header': 'النماذج',
    'card.draft.header': 'المسودة',
    'card.draft.subject': 'الموضوع',
    'card.draft.to': 'إلى',
    'card.draft.cc': 'نسخة',
    'card.draft.bcc': 'نسخة مخفية الوجهة',
    'card.warning.blocking': 'لا يمكن إنشاء مسودة',
    'card.warning.check': 'للمراجعة',
    'card.createDraft': 'إنشاء مسودة',
  },
  he: {
    'card.reply.to': 'תשובה אל',
    'card.reply.includeQuote': 'הכללת ההודעה המקורית',
    'card.reply.includeAttachments': 'הכללת הקבצים המצורפים המקוריים ({count})',
    'card.reply.addCc': 'הוספה לעותק',
    'card.reply.addBcc': 'הוספה לעותק מוסתר',
    'card.templates.header': 'תבניות',
    'card.draft.header': 'הטיוטה',
    'card.draft.subject': 'נושא',
    'card.draft.to': 'אל',
    'card.draft.cc': 'עותק',
    'card.draft.bcc': 'עותק מוסתר',
    'card.warning.blocking': 'לא ניתן ליצור טיוטה',
    'card.warning.check': 'לבדיקה',
    'card.createDraft': 'יצירת טיוטה',
  },
  pl: {
    'card.reply.to': 'Komu odpowiedzieć',
    'card.reply.includeQuote': 'Dołącz oryginalną wiadomość',
    'card.reply.includeAttachments': 'Dołącz oryginalne załączniki ({count})',
    'card.reply.addCc': 'Dodaj DW',
    'card.reply.addBcc': 'Dodaj UDW',
    'card.templates.header': 'Szablony',
    'card.draft.header': 'Wersja robocza',
    'card.draft.subject': 'Temat',
    'card.draft.to': 'Do',
    'card.draft.cc': 'DW',
    'card.draft.bcc': 'UDW',
    'card.warning.blocking': 'Brak wersji roboczej',
    'card.warning.check': 'Sprawdź',
    'card.createDraft': 'Utwórz wersję roboczą',
  },
  ru: {
    'card.reply.to': 'Кому ответить',
    'card.reply.includeQuote': 'Включить исходное письмо',
    'card.reply.includeAttachments': 'Включить исходные вложения ({count})',
    'card.reply.addCc': 'Добавить в копию',
    'card.reply.addBcc': 'Добавить в скрытую копию',
    'card.templates.header': 'Шаблоны',
    'card.draft.header': 'Черновик',
    'card.draft.subject': 'Тема',
    'card.draft.to': 'Кому',
    'card.draft.cc': 'Копия',
    'card.draft.bcc': 'Скрытая копия',
    'card.warning.blocking': 'Нельзя создать черновик',
    'card.warning.check': 'Проверьте',
    'card.createDraft': 'Создать черновик',
  },
  tr: {
    'card.reply.to': 'Kime yanıt verilsin',
    'card.reply.includeQuote': 'Orijinal iletiyi dahil et',
    'card.reply.includeAttachments': 'Orijinal ekleri dahil et ({count})',
    'card.reply.addCc': 'Cc ekle',
    'card.reply.addBcc': 'Bcc ekle',
    'card.templates.header': 'Şablonlar',
    'card.draft.header': 'Taslak',
    'card.draft.subject': 'Konu',
    'card.draft.to': 'Kime',
    'card.draft.cc': 'Cc',
    'card.draft.bcc': 'Bcc',
    'card.warning.blocking': 'Taslak oluşturulamaz',
    'card.warning.check': 'Kontrol edin',
    'card.createDraft': 'Taslak oluştur',
  },
};

export type CardLabel =
  | 'card.reply.to'
  | 'card.reply.includeQuote'
  | 'card.reply.includeAttachments'
  | 'card.reply.addCc'
  | 'card.reply.addBcc'
  | 'card.templates.header'
  | 'card.draft.header'
  | 'card.draft.subject'
  | 'card.draft.to'
  | 'card.draft.cc'
  | 'card.draft.bcc'
  | 'card.warning.blocking'
  | 'card.warning.check'
  | 'card.createDraft';

/** The catalogue the add-on picks for a locale, as far as the CLI needs it: "pt_BR" → pt-BR, "de-AT" → de. */
export function cardLabels(locale: string | undefined): Record<CardLabel, string> {
  const tag = (locale ?? '').trim().replace(/_/g, '-');
  const parts = tag.split('-');
  for (let n = parts.length; n >= 1; n--) {
    const key = Object.keys(CARD_LABELS).find(
      (k) => k.toLowerCase() === parts.slice(0, n).join('-').toLowerCase(),
    );
    if (key) return CARD_LABELS[key]!;
  }
  return CARD_LABELS.en!;
}
