// Brazilian Portuguese (pt-BR): the library, All templates, import and export, the team library
// (src/i18n/en/library.ts). A function like ../pt-BR.ts, so a click parses it only for this user.
import type { Catalogue } from '../../types';

export const ptBRLibrary = (): Catalogue => ({
  'library.kilobytes': '{size} KB',
  'library.usage': 'Em uso: {used} de {limit}',
  'library.header': 'Modelos',
  'library.new': 'Novo modelo',
  'library.import': 'Importar',
  'library.export': 'Exportar',
  'library.noMatch': 'Nenhum modelo corresponde a esta pesquisa.',
  'library.empty': 'Ainda não há modelos: crie um ou importe alguns.',
  'library.damaged.header': 'Danificados ({count})',
  'library.damaged.intro':
    'Não foi possível ler estas entradas salvas; seus outros modelos não foram afetados. Abra uma para copiar o texto e depois exclua-a.',
  'library.damaged.noName': '(sem nome legível)',
  'library.damaged.more': 'Mais {count}: exclua algumas destas para ver o resto',
  'library.footer':
    '{usage} do seu espaço para modelos. Abra uma mensagem para usar um modelo: o cartão dela lista os que combinam, primeiro os sugeridos. {phone}',
  'library.phoneNote':
    'Nos apps do Gmail para Android e iOS, use Rascunho no cartão de uma mensagem; inserir um modelo em uma mensagem que você está escrevendo funciona no Gmail na Web.',
  'library.settings': 'Configurações',
  'library.settingsHint': 'Seu nome para os modelos e seus outros endereços',
  'library.justSaved': 'Salvo agora',
  'library.justSavedCheck': 'Salvo agora · {check}',

  'rows.templates': { one: '{count} modelo', other: '{count} modelos' },
  'rows.matching': {
    one: '{count} modelo corresponde a “{query}”',
    other: '{count} modelos correspondem a “{query}”',
  },
  'rows.showing': 'Mostrando {first}–{last} de {total}',
  'rows.showingMore': 'Mostrando {first}–{last} de {total} · mais {rest}: refine a pesquisa',
  'rows.previous': 'Anterior',
  'rows.next': 'Próxima',
  'rows.search': 'Pesquisar modelos',
  'rows.searchHint': 'Palavras do nome, das tags ou do texto',
  'rows.team': 'Equipe',
  'all.header': 'Todos os modelos',
  'all.subtitle': 'Os sugeridos primeiro',
  'all.empty': 'Ainda não há modelos: crie um na sua biblioteca.',

  'import.header': 'Importar modelos',
  'import.nothing': 'Nada foi importado',
  'import.intro':
    'Cole uma exportação do Threadsmith (ou uma lista de modelos com nome e texto). Todos os modelos são verificados antes: ou todos são adicionados, ou nenhum.',
  'import.json': 'Modelos em JSON',
  'import.button': 'Importar',
  'import.pasteFirst': 'Cole primeiro o JSON de uma exportação.',
  'import.moreProblems': '… e mais {count} problemas',
  'import.refused': 'Nada foi importado: veja o cartão',
  'import.nothingNew': {
    one: 'Nada de novo: esse modelo já está na sua biblioteca',
    other: 'Nada de novo: os {count} modelos já estão na sua biblioteca',
  },
  'import.done': { one: '{count} modelo importado', other: '{count} modelos importados' },
  'import.doneSkipped': {
    one: '{count} modelo importado (já havia {already})',
    other: '{count} modelos importados (já havia {already})',
  },
  'export.header': 'Exportar modelos',
  'export.intro': {
    one: '{count} modelo. Copie o texto abaixo e guarde-o, ou cole-o em Importar em outra conta.',
    other: '{count} modelos. Copie o texto abaixo e guarde-o, ou cole-o em Importar em outra conta.',
  },
  'export.damaged': {
    one: '{count} entrada danificada não foi incluída: abra-a na biblioteca para copiar o texto salvo.',
    other:
      '{count} entradas danificadas não foram incluídas: abra-as na biblioteca para copiar o texto salvo.',
  },
  'export.json': 'Exportação (JSON)',
  'damaged.header': 'Entrada danificada',
  'damaged.stored': 'Texto salvo (copie antes de excluir)',
  'damaged.delete': 'Excluir definitivamente',
  'damaged.deleted': 'Entrada danificada excluída',
  'damaged.gone': 'Essa entrada não existe mais: ela pode ter sido excluída em outra janela.',
  'damaged.notFound': 'Não encontrada',
  'library.back': 'Voltar',
  'library.cancel': 'Cancelar',
  'library.stale': '{done}. Abra a biblioteca de novo para ver a lista atualizada.',
  'library.deleted': 'Modelo excluído',
  'library.copied': 'Copiado como “{name}”',

  'team.header': 'Biblioteca da equipe',
  'team.empty':
    'Compartilhe um conjunto de modelos com sua equipe. Com {create}, é criado um arquivo no seu Google Drive; depois, compartilhe esse arquivo com a equipe pelo Drive (“Compartilhar…”). Para entrar em uma biblioteca da equipe que alguém compartilhou com você: abra o Google Drive, selecione o arquivo, abra o Threadsmith no painel lateral do Drive e escolha {use}.',
  'team.create': 'Criar biblioteca da equipe',
  'team.allowAccess': 'Permitir acesso',
  'team.stop': 'Parar de usar',
  'team.summary': '{name}: {templates}, marcados como Equipe nas suas listas. {access}',
  'team.canEdit': 'Você pode editá-los; seus colegas veem suas alterações.',
  'team.canUse': 'Você pode usá-los; só quem pode editar o arquivo no Drive pode alterá-los.',
  'team.stale': 'O Drive não respondeu agora: estes são os modelos da equipe da última leitura.',
  'team.moreProblems': '… e mais {count}',
  'team.problems': {
    one: '{count} entrada do arquivo não pode ser usada',
    other: '{count} entradas do arquivo não podem ser usadas',
  },
  'team.problemsOthers': '{problems} (as outras podem):',
  'team.newTemplate': 'Novo modelo da equipe',
  'team.copyMine': 'Copiar meus modelos para a equipe',
  'team.share': 'Compartilhar…',
  'team.yourTemplates': 'Seus modelos',
  'team.createIntro':
    'O Threadsmith cria um arquivo no seu Google Drive para os modelos da equipe. Só as pessoas com quem você compartilhar o arquivo podem vê-lo; quem tiver acesso de edição pode alterar os modelos.',
  'team.name': 'Nome da biblioteca da equipe',
  'team.tickToStart':
    'Marque os modelos com que quer começar (são cópias: os seus ficam como estão), ou nenhum para começar vazia.',
  'team.moreLater': 'Mais {count}: copie-os depois com “Copiar meus modelos para a equipe”.',
  'team.tickToCopy': 'Marque os modelos a copiar para {team}. Os seus ficam como estão.',
  'team.noneOfYourOwn': 'Você ainda não tem modelos próprios.',
  'team.moreSearch': 'Mais {count}: pesquise na biblioteca para abrir um.',
  'team.copyHeader': 'Copiar para a biblioteca da equipe',
  'team.copyButton': 'Copiar para a equipe',
  'team.subtitle': 'Equipe · {team}',
  'team.readOnly':
    'Um modelo da equipe: você pode usá-lo, mas só quem tem acesso de edição à biblioteca da equipe pode alterá-lo. Copie-o para seus modelos para ter sua própria versão.',
  'team.text': 'Texto',
  'team.tags': 'Tags',
  'team.noTags': '(nenhuma)',
  'team.copyToMine': 'Copiar para meus modelos',
  'team.driveHome':
    'Para usar uma biblioteca da equipe que alguém compartilhou com você, selecione o arquivo dela aqui no Drive (o nome termina em “(Threadsmith team library).json”); este painel vai oferecer {use}. Para criar uma, abra o Threadsmith no Gmail: a biblioteca dele tem uma seção Biblioteca da equipe.',
  'team.use': 'Usar como biblioteca da equipe',

  'team.none': 'Você não tem uma biblioteca da equipe.',
  'team.notAvailable': 'Biblioteca da equipe indisponível',
  'team.defaultName': 'Modelos da equipe',
  'team.saved': '“{name}” salvo na biblioteca da equipe',
  'team.deleted': 'Excluído da biblioteca da equipe',
  'team.copiedToMine': 'Copiado para seus modelos como “{name}”',
  'team.copyName': '{name} (cópia da equipe)',
  'team.consent':
    'Uma biblioteca da equipe é um arquivo no Google Drive, então o Threadsmith precisa da sua permissão para ver e alterar os arquivos do Drive que você cria ou abre com ele (“drive.file”). Ele não vê nenhum outro arquivo do seu Drive. Seus próprios modelos funcionam sem isso.',
  'team.permission': 'Permissão necessária',
  'team.nameTooLong': 'O nome precisa ter uma só linha, com no máximo {max} caracteres.',
  'team.created': {
    one: '“{name}” criada no seu Drive com {count} modelo. Use “Compartilhar…” para compartilhá-la com sua equipe.',
    other:
      '“{name}” criada no seu Drive com {count} modelos. Use “Compartilhar…” para compartilhá-la com sua equipe.',
  },
  'team.createdEmpty':
    '“{name}” criada no seu Drive. Use “Compartilhar…” para compartilhá-la com sua equipe.',
  'team.tickOne': 'Marque pelo menos um modelo para copiar.',
  'team.nothingCopied': 'Nada foi copiado: veja o cartão',
  'team.copied': {
    one: '{count} modelo copiado para a biblioteca da equipe',
    other: '{count} modelos copiados para a biblioteca da equipe',
  },
  'team.left': 'Você não usa mais a biblioteca da equipe. O arquivo continua no Drive.',
  'team.theFile': 'o arquivo',
  'team.isYours':
    'Este arquivo é a sua biblioteca da equipe. Os modelos dele aparecem no Gmail junto com os seus, marcados como Equipe.',
  'team.askUse':
    'Usar este arquivo como sua biblioteca da equipe? Os modelos dele vão aparecer no Gmail junto com os seus, marcados como Equipe.',
  'team.askUseAccess':
    'Usar este arquivo como sua biblioteca da equipe? Antes, o Threadsmith pede acesso só a este arquivo; ele não vê nenhum outro arquivo do seu Drive.',
  'team.joined':
    'Pronto: “{name}” ({templates}) agora é sua biblioteca da equipe. Abra o Gmail: os modelos dela aparecem junto com os seus, marcados como Equipe.',
  'team.joinedViewer':
    'Pronto: “{name}” ({templates}) agora é sua biblioteca da equipe. Abra o Gmail: os modelos dela aparecem junto com os seus, marcados como Equipe. Você pode usá-los; só quem tem acesso de edição ao arquivo pode alterá-los.',
  'team.joinedNote': '“{name}” agora é sua biblioteca da equipe',
  'team.notTeamLibrary': 'Não é uma biblioteca da equipe',
});
