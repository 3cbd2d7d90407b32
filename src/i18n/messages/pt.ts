// Portuguese (pt): European Portuguese, what pt-PT users read (pt-PT → pt). pt-BR has every key of its
// own but the quote attribution, which both write the same way. Gmail's own words (pt-PT): Responder,
// Responder a todos, Rascunho, Cc, Bcc, Assunto, Definições, Modelos, Etiquetas. The UI is formal and
// impersonal, as Google's is ("Abra", "o seu"); European spelling and words (ecrã, utilizador, equipa,
// gerir, eliminar). One word each: modelo (template), rascunho (draft), biblioteca (library).
import type { Catalogue } from '../types';
import { ptEditor } from './pt/editor';
import { ptLibrary } from './pt/library';

export const pt = (): Catalogue => ({
  ...ptLibrary(),
  ...ptEditor(),

  // Gmail: "Em qua., 20 de dez. de 2023 às 13:37, Name <a@b> escreveu:"
  'quote.wrote': 'Em {date}, {who} escreveu:',
  'quote.wroteNoDate': '{who} escreveu:',
  'quote.unknownSender': 'um remetente desconhecido',
  'quote.cutNote':
    '[O Threadsmith omitiu o resto do original: o Gmail limita uma mensagem a 200 KB. O original continua na conversa.]',

  'list.separator': ', ',
  'list.and': '{first} e {last}',
  'list.more': { one: '{first} e mais {count}', other: '{first} e mais {count}' },

  'mode.reply': 'Responder',
  'mode.reply-all': 'Responder a todos',
  'mode.reply-list': 'Responder à lista',
  'card.reply.header': 'Resposta',
  'card.reply.to': 'Responder a',
  'card.reply.includeQuote': 'Incluir a mensagem original',
  'card.reply.includeAttachments': 'Incluir os anexos originais ({count})',
  'card.reply.addCc': 'Adicionar Cc',
  'card.reply.addBcc': 'Adicionar Bcc',
  'card.reply.addressesHint': 'Endereços separados por vírgulas',
  'card.draft.header': 'O rascunho',
  'card.draft.to': 'Para',
  'card.draft.cc': 'Cc',
  'card.draft.bcc': 'Bcc',
  'card.draft.subject': 'Assunto',
  'card.warning.blocking': 'Sem rascunho',
  'card.warning.check': 'Verificar',
  'card.warning.note': 'Nota',
  'card.createDraft': 'Criar rascunho',
  'card.templates.header': 'Modelos',
  'card.templates.none': 'Ainda não há modelos: crie um na sua biblioteca.',
  'card.templates.draft': 'Rascunho',
  'card.templates.draftAlt': 'Rascunho «{name}»',
  'card.templates.all': 'Todos os modelos ({count})',
  'card.templates.manage': 'Gerir modelos',
  'card.templates.hasError': 'Tem um erro: abra-o para o ver',
  'card.templates.asksFor': 'Pede {fields}',

  'warning.nobody': 'Já não há ninguém a quem enviar esta resposta.',
  'warning.nobody.noList': 'Esta mensagem não indica nenhum endereço de lista de correio a que responder.',
  'warning.nobody.onlyMe':
    'Enviou esta mensagem apenas para si, por isso uma resposta não chegaria a mais ninguém.',
  'warning.nobody.noSender': 'A mensagem não tem remetente, por isso não há ninguém a quem responder.',
  'warning.nobody.invalidSender':
    'O remetente «{sender}» não é um endereço válido, por isso não há ninguém a quem responder.',
  'warning.nobody.fromMe':
    'Esta mensagem veio de um dos seus próprios endereços, por isso uma resposta não chegaria a mais ninguém.',
  'warning.invalidRecipients': {
    one: '{count} endereço inválido foi deixado de fora: {names}.',
    other: '{count} endereços inválidos foram deixados de fora: {names}.',
  },
  'warning.tooManyRecipients':
    'Esta resposta seguiria para {count} pessoas, e o Gmail permite no máximo {max} por mensagem. Remova algumas do Cc ou do Bcc, ou escolha Responder para responder apenas ao remetente.',
  'warning.manyRecipients': 'Esta resposta segue para {count} pessoas.',
  'warning.externalRecipients': {
    one: '{count} destinatário externo (fora de {domain}).',
    other: '{count} destinatários externos (fora de {domain}).',
  },
  'warning.replyTo.toMe':
    'A mensagem pede que as respostas lhe sejam enviadas (Reply-To), por isso esta resposta segue para {sender}.',
  'warning.replyTo.others':
    'A mensagem pede que as respostas sejam enviadas a {names} (Reply-To), e não a {sender}.',
  'warning.theSender': 'o remetente',

  'warning.unknownUser':
    'O Gmail não deu ao Threadsmith o seu endereço de email, por isso não o pode retirar da resposta. O Threadsmith precisa de autorização para ver o seu endereço de email: se a recusou, remova o acesso do Threadsmith em myaccount.google.com/permissions, abra-o novamente e autorize.',
  'warning.repeatedHeader':
    'Esta mensagem tem mais de uma linha {header}, quando o email só permite uma: apenas a primeira é utilizada.',
  'warning.noMessageId':
    'A mensagem original não tem Message-ID, por isso o programa de email do destinatário pode não agrupar esta resposta na conversa (no seu Gmail fica agrupada).',
  'warning.attachmentsTooLarge':
    'Os anexos a incluir somam {total}, acima do limite de {max} do Gmail: {names}. Desative os anexos originais ou a citação para criar o rascunho.',
  'warning.attachmentsMissing': {
    one: 'O Gmail já não mostra {names} nesta mensagem, por isso o rascunho segue sem esse anexo.',
    other: 'O Gmail já não mostra {names} nesta mensagem, por isso o rascunho segue sem esses anexos.',
  },
  'warning.bodyTooLarge':
    'O texto da resposta ultrapassa o limite de 200 KB por mensagem do Gmail. Encurte-o para criar o rascunho.',
  'warning.quotePlain':
    'A mensagem original é demasiado grande para ser citada com a formatação (o Gmail limita uma mensagem a 200 KB), por isso é citada como texto simples.',
  'warning.quoteCut':
    'A mensagem original é demasiado grande para ser citada na íntegra (o Gmail limita uma mensagem a 200 KB): o início é citado como texto simples, com uma nota no ponto em que é cortada.',
  'warning.subjectByGmail':
    'O assunto ultrapassa os {max} caracteres que o Threadsmith pode definir, por isso é o Gmail que o escreve.',
  'warning.repliesToEarlier':
    'O Gmail enviaria para o seu próprio endereço uma resposta à sua mensagem, por isso este rascunho responde à mensagem enviada por {names} em {date}, na mesma conversa.',
  'warning.repliesToEarlier.noName':
    'O Gmail enviaria para o seu próprio endereço uma resposta à sua mensagem, por isso este rascunho responde à mensagem anterior, enviada em {date}, na mesma conversa.',
  'warning.notThreaded.unreadable':
    'Não é possível ler com segurança o Reply-To ou o From da mensagem, por isso é o Threadsmith que define os destinatários do rascunho: este inicia uma nova conversa com o mesmo assunto.',
  'warning.notThreaded':
    'Os suplementos do Gmail só podem endereçar uma resposta na conversa ao remetente, por isso este rascunho inicia uma nova conversa com o mesmo assunto.',

  'card.recipients.none': '—',
  'card.recipients.more': '{names} e mais {count}',
  'card.open': 'Abrir',

  // The compose card (src/i18n/en/compose.ts).
  'compose.header': 'Inserir um modelo',
  'compose.search': 'Pesquisar modelos',
  'compose.searchHint': 'Nome, tag ou texto',
  'compose.for': 'Para',
  'compose.noRecipients': 'Ainda sem destinatários',
  'compose.check': 'Verificar',
  'compose.templates': 'Modelos',
  'compose.emptyLibrary':
    'A sua biblioteca de modelos está vazia. Abra o Threadsmith no painel lateral do Gmail (sem nenhuma mensagem aberta) e escolha {button} para escrever o primeiro.',
  'compose.newTemplate': 'Novo modelo',
  'compose.noMatch': 'Nenhum modelo corresponde a «{query}».',
  'compose.empty': '(vazio)',
  'compose.team': 'Equipa',
  'compose.more': 'Mais {count}: refine a pesquisa.',
  'compose.preview.subtitle': 'Pré-visualização para este rascunho',
  'compose.addsCc': 'Adiciona em Cc',
  'compose.addsBcc': 'Adiciona em Bcc',
  'compose.subject': 'Assunto',
  'compose.setSubject': 'Definir o assunto como «{subject}»',
  'compose.setSubjectHint': 'Desative numa resposta: alterar o assunto separa a conversa.',
  'compose.problem': 'Este modelo tem um problema',
  'compose.text': 'Texto',
  'compose.insert': 'Inserir',
  'compose.insertWaiting': {
    one: 'Inserir (falta {count} valor)',
    other: 'Inserir (faltam {count} valores)',
  },
  'compose.warning.notAddress': 'Não é um endereço de email e fica como está: {names}',
  'compose.warning.templateNotAddress':
    '«{value}», do modelo, não é um endereço de email e é deixado de fora.',
  'compose.warning.unknownCc':
    'O Gmail não indicou ao Threadsmith o Cc deste rascunho, por isso Inserir não altera o Cc: adicione {emails} ao Cc manualmente.',
  'compose.warning.unknownBcc':
    'O Gmail não indicou ao Threadsmith o Bcc deste rascunho, por isso Inserir não altera o Bcc: adicione {emails} ao Bcc manualmente.',

  // The error card (src/i18n/en/errors.ts).
  'error.reference': 'Referência: {reference}',
  'error.title': 'O Threadsmith não pode fazer isso',
  'error.unexpected.title': 'Ocorreu um erro',
  'error.unexpected':
    'O Threadsmith encontrou um problema inesperado. Tente novamente; se continuar a acontecer, envie-nos a referência abaixo.',
  'error.oldButton':
    'Esse botão é de uma versão anterior do Threadsmith. Abra novamente a mensagem e tente outra vez.',
  'error.noDraft.title': 'Nenhum rascunho criado',
  'error.cardChanged':
    'A resposta mudou desde que este cartão foi apresentado. Não foi criado nada: altere qualquer opção do cartão para o atualizar e crie novamente o rascunho.',
  'error.noSender.title': 'Sem remetente',
  'error.noSender':
    'Esta mensagem não tem endereço de remetente (a linha From falta ou é ilegível), por isso não há ninguém a quem responder.',
  'error.draftMayExist.title': 'Verifique a pasta Rascunhos',
  'error.draftMayExist':
    'O Gmail não confirmou o rascunho, mas este pode ter sido criado na mesma. Veja a pasta Rascunhos antes de tentar novamente, para não ficar com duas cópias.',
  'error.noMessage.title': 'Nenhuma mensagem aberta',
  'error.noMessage':
    'O Threadsmith trabalha com a mensagem que tem aberta, e este pedido não indicou qual. Abra uma mensagem no Gmail e tente novamente.',
  'error.accessExpired.title': 'O acesso à mensagem expirou',
  'error.accessExpired':
    'O Gmail não deixou o Threadsmith ler esta mensagem (o acesso pode ter expirado). Feche a mensagem, abra-a novamente e tente outra vez.',
  'error.notReadable.title': 'Não é possível ler a mensagem',
  'error.notReadable':
    'O Gmail não deixou o Threadsmith ler esta mensagem: pode ter sido eliminada ou movida, ou o Gmail está com problemas. Feche a mensagem, abra-a novamente e tente outra vez.',
  'error.notFound.title': 'Mensagem não encontrada',
  'error.notFound': 'Esta mensagem já não existe: pode ter sido eliminada. Abra outra mensagem.',
  // The template store, Settings and the team library refuse (src/i18n/en/errors.ts).
  'error.store.conflict.title': 'Modelo alterado noutro local',
  'error.store.changed':
    '«{name}» foi alterado noutra janela depois de o ter aberto. As suas alterações não foram guardadas: copie-as, volte a abrir o modelo e aplique-as novamente.',
  'error.store.deleted':
    '«{name}» foi eliminado noutra janela depois de o ter aberto. As suas alterações não foram guardadas: copie-as e crie um novo modelo.',
  'error.store.nameTaken.title': 'Nome já utilizado',
  'error.store.nameTaken': 'Já tem um modelo chamado «{name}». Escolha outro nome.',
  'error.store.namesTaken':
    'Estes nomes já estão a ser utilizados (não basta mudar maiúsculas e minúsculas): {names}.',
  'error.store.quoted': '«{name}»',
  'error.store.full.title': 'Biblioteca de modelos cheia',
  'error.store.full':
    '{what} {needed}, mas só restam {free} livres dos seus {limit}. Elimine ou encurte alguns modelos e tente novamente.',
  'error.store.needs.template': 'Este modelo precisa de',
  'error.store.needs.copy': 'A cópia precisa de',
  'error.store.needs.upgrade': 'Converter os seus modelos para o novo formato de armazenamento requer',
  'error.store.needs.change': 'Esta alteração precisa de',
  'error.store.needs.import': { one: 'Este modelo precisa de', other: 'Estes {count} modelos precisam de' },
  'error.store.needs.settings': 'As suas definições precisam de',
  'error.store.needs.importedSettings': 'Estas definições precisam de',
  'error.store.needs.starters': 'Os modelos iniciais precisam de',
  'error.store.kb': '{size} KB',
  'error.store.tooLarge.title': 'Modelo demasiado grande',
  'error.store.tooLarge':
    'O nome, o assunto, Cc, Bcc e as tags deste modelo ocupam {size}; no total, podem ocupar no máximo {max}. Encurte-os e tente novamente.',
  'error.store.notFound.title': 'Modelo não encontrado',
  'error.store.notFound': 'Esse modelo já não existe; pode ter sido eliminado noutra janela.',
  'error.store.damaged.title': 'Modelo danificado',
  'error.store.damaged':
    '«{name}» está danificado e não pode ser alterado. Copie o texto na lista Danificadas, elimine-o aí e crie-o novamente.',
  'error.store.busy.title': 'A guardar',
  'error.store.busy':
    'Os seus modelos estão a ser guardados noutra janela. Nada foi alterado; tente novamente daqui a pouco.',
  'error.store.newer.title': 'Atualização necessária',
  'error.store.newer':
    'Os seus modelos foram guardados por uma versão mais recente do Threadsmith (formato de armazenamento {found}; esta versão suporta o {known}). Podem ser lidos, mas não alterados até o suplemento ser atualizado.',
  'error.settings.tooLarge.title': 'Definições demasiado grandes',
  'error.settings.tooLarge':
    'Estas definições ocupam {size}; cabem no máximo {max}. Remova alguns endereços e tente novamente.',
  'error.team.changed':
    'Outra pessoa guardou «{name}» na biblioteca da equipa depois de o ter aberto, por isso as suas alterações não foram guardadas. O que escreveu continua abaixo: copie-o, abra a versão guardada e aplique novamente a sua alteração.',
  'error.team.deleted':
    'Outra pessoa eliminou «{name}» da biblioteca da equipa depois de o ter aberto, por isso as suas alterações não foram guardadas. O que escreveu continua abaixo: copie-o se o quiser manter.',
  'error.team.readOnly.title': 'Só de leitura',
  'error.team.readOnly':
    'Pode usar a biblioteca da equipa «{file}», mas não a pode alterar: só quem tem acesso de edição ao ficheiro no Drive o pode fazer. Peça acesso de edição ao proprietário ou copie o modelo para os seus.',
  'error.team.unavailable.title': 'Biblioteca da equipa indisponível',
  'error.team.nameTaken': 'A biblioteca da equipa já tem um modelo chamado «{name}». Escolha outro nome.',

  // Template problems (src/i18n/en/lint.ts): Liquid comes in as params, never translated.
  'lint.parse.unknownTag': 'Tag desconhecida {tag}',
  'lint.parse.unavailableTag': '{tag} não está disponível nos modelos',
  'lint.parse.unknownFilter': 'Filtro desconhecido "{filter}"',
  'lint.parse.unclosed': '{tag} não está fechada: adicione {end}',
  'lint.parse.unclosedOutput': '"{open}" não está fechado: adicione "{close}"',
  'lint.parse.unclosedTag': '"{open}" não está fechado: adicione "{close}"',
  'lint.parse.unexpectedTag': '{tag} não é esperada aqui',
  'lint.parse.invalid': 'Não foi possível ler o modelo perto de "{near}"',
  'lint.parse.inlineComment': 'Cada linha de um comentário {tag} tem de começar por #',
  'lint.parse.tooLong': 'O modelo é demasiado longo',
  'lint.parse.tooDeep': 'O modelo tem demasiados blocos uns dentro dos outros: no máximo {count}',
  'lint.render.tooManyPieces':
    'O modelo repete-se demasiado: parou após {count} partes. Percorra menos itens (por exemplo, {example}).',
  'lint.render.tooLong': 'O modelo preenchido tem mais de {count} caracteres',
  'lint.render.tooMuchText': 'O modelo gera demasiado texto para enviar',
  'lint.render.filterArgument': 'O filtro "{filter}" precisa de um valor, por exemplo | {filter}: "texto"',
  'lint.render.failed': 'Não foi possível preencher o modelo',
  'lint.field.unknown': 'Campo desconhecido "{field}"',
  'lint.field.unknownHint': 'Campo desconhecido "{field}": queria dizer "{hint}"?',
  'lint.field.emptyDefault':
    '"{field}" pode estar vazio em algumas mensagens: adicione um valor predefinido, por exemplo {example}, ou ser-lhe-á pedido',
  'lint.field.emptyIf':
    '"{field}" ({why}): nenhum valor predefinido fica bem no seu lugar; coloque o que depende dele dentro de {open}…{close}, ou ser-lhe-á pedido',
  'lint.field.why.someMessages': 'pode estar vazio em algumas mensagens',
  'lint.field.why.noCc': 'fica vazio quando a resposta não tem Cc',
  'lint.field.why.noName': 'pode estar vazio até indicar o seu nome nas Definições',
  'lint.link.dropped': 'O link para "{href}" fica como texto: só são enviados links https: e mailto:',
});
