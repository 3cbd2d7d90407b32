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
  it: {
    'card.reply.to': 'Rispondi a',
    'card.reply.includeQuote': 'Includi il messaggio originale',
    'card.reply.includeAttachments': 'Includi gli allegati originali ({count})',
    'card.reply.addCc': 'Aggiungi Cc',
    'card.reply.addBcc': 'Aggiungi Ccn',
    'card.templates.header': 'Modelli',
    'card.draft.header': 'La bozza',
    'card.draft.subject': 'Oggetto',
    'card.draft.to': 'A',
    'card.draft.cc': 'Cc',
    'card.draft.bcc': 'Ccn',
    'card.warning.blocking': 'Nessuna bozza',
    'card.warning.check': 'Controlla',
    'card.createDraft': 'Crea bozza',
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
  pt: {
    'card.reply.to': 'Responder a',
    'card.reply.includeQuote': 'Incluir a mensagem original',
    'card.reply.includeAttachments': 'Incluir os anexos originais ({count})',
    'card.reply.addCc': 'Adicionar Cc',
    'card.reply.addBcc': 'Adicionar Bcc',
    'card.templates.header': 'Modelos',
    'card.draft.header': 'O rascunho',
    'card.draft.subject': 'Assunto',
    'card.draft.to': 'Para',
    'card.draft.cc': 'Cc',
    'card.draft.bcc': 'Bcc',
    'card.warning.blocking': 'Sem rascunho',
    'card.warning.check': 'Verificar',
    'card.createDraft': 'Criar rascunho',
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
