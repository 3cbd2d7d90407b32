// European Portuguese (pt, what pt-PT users read): the library, All templates, import and export, the team library
// (src/i18n/en/library.ts). A function like ../pt.ts, so a click parses it only for this user.
import type { Catalogue } from '../../types';

export const ptLibrary = (): Catalogue => ({
  'library.kilobytes': '{size} KB',
  'library.usage': 'Em uso: {used} de {limit}',
  'library.header': 'Modelos',
  'library.new': 'Novo modelo',
  'library.import': 'Importar',
  'library.export': 'Exportar',
  'library.noMatch': 'Nenhum modelo corresponde a esta pesquisa.',
  'library.empty': 'Ainda não há modelos: crie um ou importe alguns.',
  'library.damaged.header': 'Danificadas ({count})',
  'library.damaged.intro':
    'Não foi possível ler estas entradas guardadas; os seus outros modelos não foram afetados. Abra uma para copiar o texto e depois elimine-a.',
  'library.damaged.noName': '(sem nome legível)',
  'library.damaged.more': 'Mais {count}: elimine algumas destas para ver o resto',
  'library.footer':
    '{usage} do seu espaço para modelos. Abra uma mensagem para usar um modelo: o cartão da mensagem lista os que se aplicam, primeiro os sugeridos. {phone}',
  'library.phoneNote':
    'Nas aplicações do Gmail para Android e iOS, use Rascunho no cartão de uma mensagem; inserir um modelo numa mensagem que está a escrever funciona no Gmail na Web.',
  'library.settings': 'Definições',
  'library.settingsHint': 'O seu nome para os modelos e os seus outros endereços',
  'library.justSaved': 'Acabado de guardar',
  'library.justSavedCheck': 'Acabado de guardar · {check}',

  'rows.templates': { one: '{count} modelo', other: '{count} modelos' },
  'rows.matching': {
    one: '{count} modelo corresponde a «{query}»',
    other: '{count} modelos correspondem a «{query}»',
  },
  'rows.showing': 'A mostrar {first}–{last} de {total}',
  'rows.showingMore': 'A mostrar {first}–{last} de {total} · mais {rest}: refine a pesquisa',
  'rows.previous': 'Anterior',
  'rows.next': 'Seguinte',
  'rows.search': 'Pesquisar modelos',
  'rows.searchHint': 'Palavras do nome, das tags ou do texto',
  'rows.team': 'Equipa',
  'all.header': 'Todos os modelos',
  'all.subtitle': 'Os sugeridos primeiro',
  'all.empty': 'Ainda não há modelos: crie um na sua biblioteca.',

  'import.header': 'Importar modelos',
  'import.nothing': 'Nada foi importado',
  'import.intro':
    'Cole uma exportação do Threadsmith (ou uma lista de modelos com nome e texto). Todos os modelos são verificados primeiro: ou todos são adicionados, ou nenhum.',
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
    one: '{count} modelo. Copie o texto abaixo e guarde-o, ou cole-o em Importar noutra conta.',
    other: '{count} modelos. Copie o texto abaixo e guarde-o, ou cole-o em Importar noutra conta.',
  },
  'export.damaged': {
    one: '{count} entrada danificada não foi incluída: abra-a na biblioteca para copiar o texto guardado.',
    other:
      '{count} entradas danificadas não foram incluídas: abra-as na biblioteca para copiar o texto guardado.',
  },
  'export.json': 'Exportação (JSON)',
  'damaged.header': 'Entrada danificada',
  'damaged.stored': 'Texto guardado (copie antes de eliminar)',
  'damaged.delete': 'Eliminar definitivamente',
  'damaged.deleted': 'Entrada danificada eliminada',
  'damaged.gone': 'Essa entrada já não existe: pode ter sido eliminada noutra janela.',
  'damaged.notFound': 'Não encontrada',
  'library.back': 'Voltar',
  'library.cancel': 'Cancelar',
  'library.stale': '{done}. Abra novamente a biblioteca para ver a lista atualizada.',
  'library.deleted': 'Modelo eliminado',
  'library.copied': 'Copiado como «{name}»',

  'team.header': 'Biblioteca da equipa',
  'team.empty':
    'Partilhe um conjunto de modelos com a sua equipa. Com {create}, é criado um ficheiro no seu Google Drive; depois, partilhe esse ficheiro com a equipa pelo Drive («Partilhar…»). Para aderir a uma biblioteca da equipa que alguém partilhou consigo: abra o Google Drive, selecione o ficheiro, abra o Threadsmith no painel lateral do Drive e escolha {use}.',
  'team.create': 'Criar biblioteca da equipa',
  'team.allowAccess': 'Permitir acesso',
  'team.stop': 'Deixar de usar',
  'team.summary': '{name}: {templates}, marcados como Equipa nas suas listas. {access}',
  'team.canEdit': 'Pode editá-los; os seus colegas veem as suas alterações.',
  'team.canUse': 'Pode usá-los; só quem pode editar o ficheiro no Drive pode alterá-los.',
  'team.stale': 'O Drive não respondeu de momento: estes são os modelos da equipa da última leitura.',
  'team.moreProblems': '… e mais {count}',
  'team.problems': {
    one: '{count} entrada do ficheiro não pode ser usada',
    other: '{count} entradas do ficheiro não podem ser usadas',
  },
  'team.problemsOthers': '{problems} (as outras podem):',
  'team.newTemplate': 'Novo modelo da equipa',
  'team.copyMine': 'Copiar os meus modelos para a equipa',
  'team.share': 'Partilhar…',
  'team.yourTemplates': 'Os seus modelos',
  'team.createIntro':
    'O Threadsmith cria um ficheiro no seu Google Drive para os modelos da equipa. Só as pessoas com quem partilhar o ficheiro podem vê-lo; quem tiver acesso de edição pode alterar os modelos.',
  'team.name': 'Nome da biblioteca da equipa',
  'team.tickToStart':
    'Assinale os modelos com que quer começar (são cópias: os seus ficam como estão), ou nenhum para começar vazia.',
  'team.moreLater': 'Mais {count}: copie-os depois com «Copiar os meus modelos para a equipa».',
  'team.tickToCopy': 'Assinale os modelos a copiar para {team}. Os seus ficam como estão.',
  'team.noneOfYourOwn': 'Ainda não tem modelos próprios.',
  'team.moreSearch': 'Mais {count}: pesquise na biblioteca para abrir um.',
  'team.copyHeader': 'Copiar para a biblioteca da equipa',
  'team.copyButton': 'Copiar para a equipa',
  'team.subtitle': 'Equipa · {team}',
  'team.readOnly':
    'Um modelo da equipa: pode usá-lo, mas só quem tem acesso de edição à biblioteca da equipa pode alterá-lo. Copie-o para os seus modelos para ter a sua própria versão.',
  'team.text': 'Texto',
  'team.tags': 'Tags',
  'team.noTags': '(nenhuma)',
  'team.copyToMine': 'Copiar para os meus modelos',
  'team.driveHome':
    'Para usar uma biblioteca da equipa que alguém partilhou consigo, selecione aqui no Drive o ficheiro dessa biblioteca (o nome termina em «(Threadsmith team library).json»); este painel passa a oferecer {use}. Para criar uma, abra o Threadsmith no Gmail: a biblioteca tem uma secção Biblioteca da equipa.',
  'team.use': 'Usar como biblioteca da equipa',

  'team.none': 'Não tem nenhuma biblioteca da equipa.',
  'team.notAvailable': 'Biblioteca da equipa indisponível',
  'team.defaultName': 'Modelos da equipa',
  'team.saved': '«{name}» guardado na biblioteca da equipa',
  'team.deleted': 'Eliminado da biblioteca da equipa',
  'team.copiedToMine': 'Copiado para os seus modelos como «{name}»',
  'team.copyName': '{name} (cópia da equipa)',
  'team.consent':
    'Uma biblioteca da equipa é um ficheiro no Google Drive, por isso o Threadsmith precisa da sua autorização para ver e alterar os ficheiros do Drive que criar ou abrir com ele («drive.file»). Não vê nenhum outro ficheiro do seu Drive. Os seus próprios modelos funcionam sem esta autorização.',
  'team.permission': 'Autorização necessária',
  'team.nameTooLong': 'O nome tem de ter uma só linha, com {max} caracteres no máximo.',
  'team.created': {
    one: '«{name}» criada no seu Drive com {count} modelo. Use «Partilhar…» para a partilhar com a sua equipa.',
    other:
      '«{name}» criada no seu Drive com {count} modelos. Use «Partilhar…» para a partilhar com a sua equipa.',
  },
  'team.createdEmpty': '«{name}» criada no seu Drive. Use «Partilhar…» para a partilhar com a sua equipa.',
  'team.tickOne': 'Assinale pelo menos um modelo para copiar.',
  'team.nothingCopied': 'Nada foi copiado: veja o cartão',
  'team.copied': {
    one: '{count} modelo copiado para a biblioteca da equipa',
    other: '{count} modelos copiados para a biblioteca da equipa',
  },
  'team.left': 'Já não usa a biblioteca da equipa. O ficheiro continua no Drive.',
  'team.theFile': 'o ficheiro',
  'team.isYours':
    'Este ficheiro é a sua biblioteca da equipa. Os modelos deste ficheiro aparecem no Gmail junto com os seus, marcados como Equipa.',
  'team.askUse':
    'Usar este ficheiro como a sua biblioteca da equipa? Os modelos deste ficheiro vão aparecer no Gmail junto com os seus, marcados como Equipa.',
  'team.askUseAccess':
    'Usar este ficheiro como a sua biblioteca da equipa? Antes, o Threadsmith pede acesso só a este ficheiro; não vê nenhum outro ficheiro do seu Drive.',
  'team.joined':
    'Concluído: «{name}» ({templates}) é agora a sua biblioteca da equipa. Abra o Gmail: os modelos aparecem junto com os seus, marcados como Equipa.',
  'team.joinedViewer':
    'Concluído: «{name}» ({templates}) é agora a sua biblioteca da equipa. Abra o Gmail: os modelos aparecem junto com os seus, marcados como Equipa. Pode usá-los; só quem tem acesso de edição ao ficheiro pode alterá-los.',
  'team.joinedNote': '«{name}» é agora a sua biblioteca da equipa',
  'team.notTeamLibrary': 'Não é uma biblioteca da equipa',
});
