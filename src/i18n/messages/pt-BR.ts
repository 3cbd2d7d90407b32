// Brazilian Portuguese (pt-BR). Every key is here but the quote attribution, which both Portuguese
// write the same way and comes from pt.ts; pt itself is European, so nothing else may fall back to it.
// Gmail's own words: Responder, Responder a todos, Rascunho, Cc, Cco, Assunto, Configurações, Modelos,
// Marcadores. The UI says "você", as Google's does. One word each: modelo (template), rascunho (draft),
// biblioteca (library).
import type { Catalogue } from '../types';
import { ptBREditor } from './pt-BR/editor';
import { ptBRLibrary } from './pt-BR/library';

export const ptBR = (): Catalogue => ({
  ...ptBRLibrary(),
  ...ptBREditor(),

  // The quote attribution itself is pt's (written alike); this note, inside the draft, is our own.
  'quote.cutNote':
    '[O Threadsmith omitiu o restante do original: o Gmail limita uma mensagem a 200 KB. O original continua na conversa.]',

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
  'card.templates.hasError': 'Tem um erro: abra para ver',
  'card.templates.asksFor': 'Pede {fields}',

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
    'A mensagem pede que as respostas sejam enviadas a {names} (Reply-To), e não a {sender}.',
  'warning.theSender': 'o remetente',

  'warning.unknownUser':
    'O Gmail não informou seu endereço de e-mail ao Threadsmith, então ele não consegue tirar você da resposta. O Threadsmith precisa de permissão para ver seu endereço de e-mail: se você recusou, remova o acesso do Threadsmith em myaccount.google.com/permissions, abra-o de novo e permita.',
  'warning.repeatedHeader':
    'Esta mensagem tem mais de uma linha {header}, e um e-mail só pode ter uma: só a primeira é usada.',
  'warning.noMessageId':
    'A mensagem original não tem Message-ID, então o programa de e-mail do destinatário pode não agrupar esta resposta na conversa (no seu Gmail ela é agrupada).',
  'warning.attachmentsTooLarge':
    'Os anexos a incluir somam {total}, acima do limite de {max} do Gmail: {names}. Desative os anexos originais ou a citação para criar o rascunho.',
  'warning.attachmentsMissing': {
    one: 'O Gmail não mostra mais {names} nesta mensagem, então o rascunho vai sem esse anexo.',
    other: 'O Gmail não mostra mais {names} nesta mensagem, então o rascunho vai sem esses anexos.',
  },
  'warning.bodyTooLarge':
    'O texto da resposta passa do limite de 200 KB por mensagem do Gmail. Encurte-o para criar o rascunho.',
  'warning.quotePlain':
    'A mensagem original é grande demais para ser citada com a formatação (o Gmail limita uma mensagem a 200 KB), então é citada como texto simples.',
  'warning.quoteCut':
    'A mensagem original é grande demais para ser citada inteira (o Gmail limita uma mensagem a 200 KB): o início é citado como texto simples, com uma nota onde ela é cortada.',
  'warning.subjectByGmail':
    'O assunto passa dos {max} caracteres que o Threadsmith pode definir, então quem o escreve é o Gmail.',
  'warning.repliesToEarlier':
    'O Gmail mandaria de volta para você uma resposta à sua própria mensagem, então este rascunho responde à mensagem enviada por {names} em {date}, na mesma conversa.',
  'warning.repliesToEarlier.noName':
    'O Gmail mandaria de volta para você uma resposta à sua própria mensagem, então este rascunho responde à mensagem anterior, enviada em {date}, na mesma conversa.',
  'warning.notThreaded.unreadable':
    'Não é possível ler com segurança o Reply-To ou o From da mensagem, então o próprio Threadsmith define os destinatários do rascunho: ele inicia uma nova conversa com o mesmo assunto.',
  'warning.notThreaded':
    'Os complementos do Gmail só podem endereçar uma resposta na conversa ao remetente, então este rascunho inicia uma nova conversa com o mesmo assunto.',

  'card.recipients.none': '—',
  'card.recipients.more': '{names} e mais {count}',
  'card.open': 'Abrir',

  // The compose card (src/i18n/en/compose.ts).
  'compose.header': 'Inserir um modelo',
  'compose.search': 'Pesquisar modelos',
  'compose.searchHint': 'Nome, tag ou texto',
  'compose.for': 'Para',
  'compose.noRecipients': 'Ainda não há destinatários',
  'compose.check': 'Verificar',
  'compose.templates': 'Modelos',
  'compose.emptyLibrary':
    'Sua biblioteca de modelos está vazia. Abra o Threadsmith no painel lateral do Gmail (sem nenhuma mensagem aberta) e escolha {button} para escrever o primeiro.',
  'compose.newTemplate': 'Novo modelo',
  'compose.noMatch': 'Nenhum modelo corresponde a “{query}”.',
  'compose.empty': '(vazio)',
  'compose.team': 'Equipe',
  'compose.more': 'Mais {count}: refine a pesquisa.',
  'compose.preview.subtitle': 'Visualização para este rascunho',
  'compose.addsCc': 'Adiciona em Cc',
  'compose.addsBcc': 'Adiciona em Cco',
  'compose.subject': 'Assunto',
  'compose.setSubject': 'Definir o assunto como “{subject}”',
  'compose.setSubjectHint': 'Desative em uma resposta: mudar o assunto quebra a conversa.',
  'compose.problem': 'Este modelo tem um problema',
  'compose.text': 'Texto',
  'compose.insert': 'Inserir',
  'compose.insertWaiting': {
    one: 'Inserir (falta {count} valor)',
    other: 'Inserir (faltam {count} valores)',
  },
  'compose.warning.notAddress': 'Não é um endereço de e-mail e ficou como está: {names}',
  'compose.warning.templateNotAddress':
    '“{value}”, do modelo, não é um endereço de e-mail e foi deixado de fora.',
  'compose.warning.unknownCc':
    'O Gmail não informou ao Threadsmith o Cc deste rascunho, então Inserir não muda o Cc: adicione {emails} ao Cc manualmente.',
  'compose.warning.unknownBcc':
    'O Gmail não informou ao Threadsmith o Cco deste rascunho, então Inserir não muda o Cco: adicione {emails} ao Cco manualmente.',

  // The error card (src/i18n/en/errors.ts).
  'error.reference': 'Referência: {reference}',
  'error.title': 'O Threadsmith não pode fazer isso',
  'error.unexpected.title': 'Algo deu errado',
  'error.unexpected':
    'O Threadsmith encontrou um problema inesperado. Tente de novo; se continuar acontecendo, envie para nós a referência abaixo.',
  'error.oldButton':
    'Esse botão é de uma versão anterior do Threadsmith. Abra a mensagem de novo e tente outra vez.',
  'error.noDraft.title': 'Nenhum rascunho criado',
  'error.cardChanged':
    'A resposta mudou desde que este cartão foi exibido. Nada foi criado: mude qualquer opção do cartão para atualizá-lo e crie o rascunho de novo.',
  'error.noSender.title': 'Sem remetente',
  'error.noSender':
    'Esta mensagem não tem endereço de remetente (a linha From está faltando ou ilegível), então não há a quem responder.',
  'error.draftMayExist.title': 'Confira a pasta Rascunhos',
  'error.draftMayExist':
    'O Gmail não confirmou o rascunho, mas ele pode ter sido criado mesmo assim. Veja a pasta Rascunhos antes de tentar de novo, para não ficar com duas cópias.',
  'error.noMessage.title': 'Nenhuma mensagem aberta',
  'error.noMessage':
    'O Threadsmith trabalha com a mensagem que você abriu, e esta solicitação não disse qual. Abra uma mensagem no Gmail e tente de novo.',
  'error.accessExpired.title': 'O acesso à mensagem expirou',
  'error.accessExpired':
    'O Gmail não deixou o Threadsmith ler esta mensagem (o acesso pode ter expirado). Feche a mensagem, abra-a de novo e tente outra vez.',
  'error.notReadable.title': 'Não foi possível ler a mensagem',
  'error.notReadable':
    'O Gmail não deixou o Threadsmith ler esta mensagem: ela pode ter sido excluída ou movida, ou o Gmail está com problemas. Feche a mensagem, abra-a de novo e tente outra vez.',
  'error.notFound.title': 'Mensagem não encontrada',
  'error.notFound': 'Esta mensagem não existe mais: ela pode ter sido excluída. Abra outra mensagem.',
  // The template store, Settings and the team library refuse (src/i18n/en/errors.ts).
  'error.store.conflict.title': 'Modelo alterado em outro lugar',
  'error.store.changed':
    '“{name}” foi alterado em outra janela depois que você o abriu. Suas alterações não foram salvas: copie-as, abra o modelo de novo e refaça-as.',
  'error.store.deleted':
    '“{name}” foi excluído em outra janela depois que você o abriu. Suas alterações não foram salvas: copie-as e crie um novo modelo.',
  'error.store.nameTaken.title': 'Nome já em uso',
  'error.store.nameTaken': 'Você já tem um modelo chamado “{name}”. Escolha outro nome.',
  'error.store.namesTaken': 'Estes nomes já estão em uso (não basta mudar maiúsculas e minúsculas): {names}.',
  'error.store.quoted': '“{name}”',
  'error.store.full.title': 'Biblioteca de modelos cheia',
  'error.store.full':
    '{what} {needed}, mas só restam {free} livres dos seus {limit}. Exclua ou encurte alguns modelos e tente de novo.',
  'error.store.needs.template': 'Este modelo precisa de',
  'error.store.needs.copy': 'A cópia precisa de',
  'error.store.needs.upgrade': 'Converter seus modelos para o novo formato de armazenamento requer',
  'error.store.needs.change': 'Esta alteração precisa de',
  'error.store.needs.import': { one: 'Este modelo precisa de', other: 'Estes {count} modelos precisam de' },
  'error.store.needs.settings': 'Suas configurações precisam de',
  'error.store.needs.importedSettings': 'Estas configurações precisam de',
  'error.store.needs.starters': 'Os modelos iniciais precisam de',
  'error.store.kb': '{size} KB',
  'error.store.tooLarge.title': 'Modelo grande demais',
  'error.store.tooLarge':
    'O nome, o assunto, Cc, Cco e as tags deste modelo ocupam {size}; juntos, podem ocupar no máximo {max}. Encurte-os e tente de novo.',
  'error.store.notFound.title': 'Modelo não encontrado',
  'error.store.notFound': 'Esse modelo não existe mais; ele pode ter sido excluído em outra janela.',
  'error.store.damaged.title': 'Modelo danificado',
  'error.store.damaged':
    '“{name}” está danificado e não pode ser alterado. Copie o texto dele na lista Danificados, exclua-o de lá e crie-o de novo.',
  'error.store.busy.title': 'Salvamento em andamento',
  'error.store.busy':
    'Seus modelos estão sendo salvos em outra janela. Nada foi alterado; tente de novo daqui a pouco.',
  'error.store.newer.title': 'Atualização necessária',
  'error.store.newer':
    'Seus modelos foram salvos por uma versão mais recente do Threadsmith (formato de armazenamento {found}; esta versão é compatível com o {known}). Eles podem ser lidos, mas não alterados até que o complemento seja atualizado.',
  'error.settings.tooLarge.title': 'Configurações grandes demais',
  'error.settings.tooLarge':
    'Estas configurações ocupam {size}; cabem no máximo {max}. Remova alguns endereços e tente de novo.',
  'error.team.changed':
    'Outra pessoa salvou “{name}” na biblioteca da equipe depois que você o abriu, então suas alterações não foram salvas. O que você digitou continua abaixo: copie, abra a versão salva e refaça sua alteração.',
  'error.team.deleted':
    'Outra pessoa excluiu “{name}” da biblioteca da equipe depois que você o abriu, então suas alterações não foram salvas. O que você digitou continua abaixo: copie se quiser guardar.',
  'error.team.readOnly.title': 'Somente leitura',
  'error.team.readOnly':
    'Você pode usar a biblioteca da equipe “{file}”, mas não alterá-la: só quem tem acesso de edição ao arquivo no Drive pode. Peça acesso de edição ao proprietário ou copie o modelo para os seus.',
  'error.team.unavailable.title': 'Biblioteca da equipe indisponível',
  'error.team.nameTaken': 'A biblioteca da equipe já tem um modelo chamado “{name}”. Escolha outro nome.',

  // Template problems (src/i18n/en/lint.ts): Liquid comes in as params, never translated.
  'lint.parse.unknownTag': 'Tag desconhecida {tag}',
  'lint.parse.unavailableTag': '{tag} não está disponível nos modelos',
  'lint.parse.unknownFilter': 'Filtro desconhecido "{filter}"',
  'lint.parse.unclosed': '{tag} não foi fechada: adicione {end}',
  'lint.parse.unclosedOutput': '"{open}" não foi fechado: adicione "{close}"',
  'lint.parse.unclosedTag': '"{open}" não foi fechado: adicione "{close}"',
  'lint.parse.unexpectedTag': '{tag} não é esperada aqui',
  'lint.parse.invalid': 'Não foi possível ler o modelo perto de "{near}"',
  'lint.parse.inlineComment': 'Toda linha de um comentário {tag} precisa começar com #',
  'lint.parse.tooLong': 'O modelo é longo demais',
  'lint.parse.tooDeep': 'O modelo tem blocos demais um dentro do outro: no máximo {count}',
  'lint.render.tooManyPieces':
    'O modelo se repete demais: parou depois de {count} partes. Percorra menos itens (por exemplo, {example}).',
  'lint.render.tooLong': 'O modelo preenchido tem mais de {count} caracteres',
  'lint.render.tooMuchText': 'O modelo gera texto demais para enviar',
  'lint.render.filterArgument': 'O filtro "{filter}" precisa de um valor, por exemplo | {filter}: "texto"',
  'lint.render.failed': 'Não foi possível preencher o modelo',
  'lint.field.unknown': 'Campo desconhecido "{field}"',
  'lint.field.unknownHint': 'Campo desconhecido "{field}": você quis dizer "{hint}"?',
  'lint.field.emptyDefault':
    '"{field}" pode ficar vazio em algumas mensagens: adicione um valor padrão, por exemplo {example}, ou ele será pedido a você',
  'lint.field.emptyIf':
    '"{field}" ({why}): nenhum valor padrão cabe no lugar dele; coloque o que depende dele dentro de {open}…{close}, ou ele será pedido a você',
  'lint.field.why.someMessages': 'pode ficar vazio em algumas mensagens',
  'lint.field.why.noCc': 'fica vazio quando a resposta não tem Cc',
  'lint.field.why.noName': 'pode ficar vazio até você informar seu nome nas Configurações',
  'lint.link.dropped': 'O link para "{href}" vai ficar como texto: só links https: e mailto: são enviados',
});
