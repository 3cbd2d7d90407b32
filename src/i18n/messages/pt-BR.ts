// Brazilian Portuguese (pt-BR); what it shares with pt (the quote attribution) comes from pt.ts.
// Gmail's own words: Responder, Responder a todos, Rascunho.
import type { Catalogue } from '../types';

export const ptBR = (): Catalogue => ({
  'list.separator': ', ',
  'list.and': '{first} e {last}',
  'list.more': { one: '{first} e mais {count}', other: '{first} e mais {count}' },

  'mode.reply': 'Responder',
  'mode.reply-all': 'Responder a todos',
  'mode.reply-list': 'Responder à lista',
  'card.reply.header': 'Resposta',
  'card.reply.to': 'Responder para',
  'card.reply.includeQuote': 'Incluir a mensagem original',
  'card.reply.includeAttachments': 'Incluir os anexos originais ({count})',
  'card.reply.addCc': 'Adicionar Cc',
  'card.reply.addBcc': 'Adicionar Cco',
  'card.reply.addressesHint': 'Endereços separados por vírgulas',
  'card.draft.header': 'O rascunho',
  'card.draft.to': 'Para',
  'card.draft.cc': 'Cc',
  'card.draft.bcc': 'Cco',
  'card.draft.subject': 'Assunto',
  'card.warning.blocking': 'Sem rascunho',
  'card.warning.check': 'Verificar',
  'card.warning.note': 'Observação',
  'card.createDraft': 'Criar rascunho',
  'card.templates.header': 'Modelos',
  'card.templates.none': 'Ainda não há modelos: crie um na sua biblioteca.',
  'card.templates.draft': 'Rascunho',
  'card.templates.draftAlt': 'Rascunho “{name}”',
  'card.templates.all': 'Todos os modelos ({count})',
  'card.templates.manage': 'Gerenciar modelos',

  'warning.nobody': 'Esta resposta não tem mais destinatários.',
  'warning.nobody.noList': 'Esta mensagem não indica um endereço de lista de e-mails para responder.',
  'warning.nobody.onlyMe':
    'Você enviou esta mensagem só para você, então uma resposta não chegaria a mais ninguém.',
  'warning.nobody.noSender': 'A mensagem não tem remetente, então não há a quem responder.',
  'warning.nobody.invalidSender':
    'O remetente “{sender}” não é um endereço válido, então não há a quem responder.',
  'warning.nobody.fromMe':
    'Esta mensagem veio de um dos seus próprios endereços, então uma resposta não chegaria a mais ninguém.',
  'warning.invalidRecipients': {
    one: '{count} endereço inválido foi deixado de fora: {names}.',
    other: '{count} endereços inválidos foram deixados de fora: {names}.',
  },
  'warning.tooManyRecipients':
    'Esta resposta iria para {count} pessoas, e o Gmail permite no máximo {max} por mensagem. Remova algumas de Cc ou Cco, ou escolha Responder para responder só ao remetente.',
  'warning.manyRecipients': 'Esta resposta vai para {count} pessoas.',
  'warning.externalRecipients': {
    one: '{count} destinatário externo (fora de {domain}).',
    other: '{count} destinatários externos (fora de {domain}).',
  },
  'warning.replyTo.toMe':
    'A mensagem pede que as respostas sejam enviadas a você (Reply-To), então esta resposta vai para {sender}.',
  'warning.replyTo.others':
    'A mensagem pede que as respostas vão para {names} (Reply-To), não para {sender}.',
  'warning.theSender': 'o remetente',
});
