// French: the template library, its lists, import and export, the team library (src/i18n/en/library.ts).
import type { Catalogue } from '../../types';

export const library = (): Catalogue => ({
  'library.kilobytes': '{size}\u00a0Ko',
  'library.usage': '{used} utilisés sur {limit}',

  'library.header': 'Modèles',
  'library.new': 'Nouveau modèle',
  'library.import': 'Importer',
  'library.export': 'Exporter',
  'library.noMatch': 'Aucun modèle ne correspond à cette recherche.',
  'library.empty': 'Aucun modèle pour l’instant\u00a0: créez-en un ou importez-en.',
  'library.damaged.header': 'Endommagés ({count})',
  'library.damaged.intro':
    'Ces entrées enregistrées sont illisibles\u00a0; vos autres modèles ne sont pas touchés. Ouvrez-en une pour copier son texte, puis supprimez-la.',
  'library.damaged.noName': '(nom illisible)',
  'library.damaged.more': '{count} de plus — supprimez-en quelques-unes pour voir les autres',
  'library.footer':
    'Espace de modèles\u00a0: {usage}. Pour utiliser un modèle, ouvrez un message\u00a0: sa fiche liste ceux qui conviennent, les suggestions en premier. {phone}',
  'library.phoneNote':
    'Dans les applications Gmail pour Android et iOS, utilisez Brouillon sur la fiche d’un message\u00a0; l’insertion d’un modèle dans un message en cours de rédaction fonctionne dans Gmail sur le Web.',
  'library.settings': 'Paramètres',
  'library.settingsHint': 'Votre nom pour les modèles et vos autres adresses',
  'library.justSaved': 'Enregistré',
  'library.justSavedCheck': 'Enregistré · {check}',

  'rows.templates': { one: '{count} modèle', other: '{count} modèles' },
  'rows.matching': {
    one: '{count} modèle correspond à «\u00a0{query}\u00a0»',
    other: '{count} modèles correspondent à «\u00a0{query}\u00a0»',
  },
  'rows.showing': '{first} à {last} sur {total}',
  'rows.showingMore': '{first} à {last} sur {total} · {rest} de plus — affinez la recherche',
  'rows.previous': 'Précédent',
  'rows.next': 'Suivant',
  'rows.search': 'Rechercher un modèle',
  'rows.searchHint': 'Mots du nom, des tags ou du texte',
  'rows.team': 'Équipe',
  'all.header': 'Tous les modèles',
  'all.subtitle': 'Suggestions en premier',
  'all.empty': 'Aucun modèle pour l’instant\u00a0: créez-en un dans votre bibliothèque.',

  'import.header': 'Importer des modèles',
  'import.nothing': 'Rien n’a été importé',
  'import.intro':
    'Collez un export de Threadsmith (ou une liste de modèles avec un nom et un corps). Chaque modèle est d’abord vérifié\u00a0: soit tous sont ajoutés, soit aucun.',
  'import.json': 'Modèles au format JSON',
  'import.button': 'Importer',
  'import.pasteFirst': 'Collez d’abord le JSON d’un export.',
  'import.moreProblems': '… et {count} autres problèmes',
  'import.refused': 'Rien n’a été importé\u00a0: voir la fiche',
  'import.nothingNew': {
    one: 'Rien de nouveau\u00a0: ce modèle est déjà dans votre bibliothèque',
    other: 'Rien de nouveau\u00a0: les {count} modèles sont déjà dans votre bibliothèque',
  },
  'import.done': { one: '{count} modèle importé', other: '{count} modèles importés' },
  'import.doneSkipped': {
    one: '{count} modèle importé ({already} déjà dans la bibliothèque)',
    other: '{count} modèles importés ({already} déjà dans la bibliothèque)',
  },
  'export.header': 'Exporter les modèles',
  'export.intro': {
    one: '{count} modèle. Copiez le texte ci-dessous et conservez-le, ou collez-le dans Importer sur un autre compte.',
    other:
      '{count} modèles. Copiez le texte ci-dessous et conservez-le, ou collez-le dans Importer sur un autre compte.',
  },
  'export.damaged': {
    one: '{count} entrée endommagée n’est pas incluse\u00a0: ouvrez-la depuis la bibliothèque pour copier le texte enregistré.',
    other:
      '{count} entrées endommagées ne sont pas incluses\u00a0: ouvrez-les depuis la bibliothèque pour copier le texte enregistré.',
  },
  'export.json': 'Export (JSON)',
  'damaged.header': 'Entrée endommagée',
  'damaged.stored': 'Texte enregistré (copiez-le avant de supprimer)',
  'damaged.delete': 'Supprimer définitivement',
  'damaged.deleted': 'Entrée endommagée supprimée',
  'damaged.gone': 'Cette entrée n’existe plus\u00a0: elle a peut-être été supprimée dans une autre fenêtre.',
  'damaged.notFound': 'Introuvable',
  'library.back': 'Retour',
  'library.cancel': 'Annuler',
  'library.stale': '{done}. Rouvrez la bibliothèque pour voir la liste à jour.',
  'library.deleted': 'Modèle supprimé',
  'library.copied': 'Copié sous le nom «\u00a0{name}\u00a0»',

  'team.header': 'Bibliothèque d’équipe',
  'team.empty':
    'Partagez un même ensemble de modèles avec votre équipe. Avec {create}, Threadsmith crée un fichier dans votre Google Drive\u00a0; partagez ensuite ce fichier avec votre équipe depuis Drive («\u00a0Partager…\u00a0»). Pour rejoindre une bibliothèque d’équipe partagée avec vous\u00a0: ouvrez Google Drive, sélectionnez le fichier, ouvrez Threadsmith dans le panneau latéral de Drive et choisissez {use}.',
  'team.create': 'Créer une bibliothèque d’équipe',
  'team.allowAccess': 'Autoriser l’accès',
  'team.stop': 'Ne plus l’utiliser',
  'team.summary': '{name}\u00a0: {templates}, marqués Équipe dans vos listes. {access}',
  'team.canEdit': 'Vous pouvez les modifier\u00a0; vos collègues voient vos changements.',
  'team.canUse':
    'Vous pouvez les utiliser\u00a0; seules les personnes autorisées à modifier le fichier dans Drive peuvent les changer.',
  'team.stale': 'Drive n’a pas répondu\u00a0: voici les modèles d’équipe tels que lus la dernière fois.',
  'team.moreProblems': '… et {count} de plus',
  'team.problems': {
    one: '{count} entrée du fichier est inutilisable',
    other: '{count} entrées du fichier sont inutilisables',
  },
  'team.problemsOthers': '{problems} (les autres fonctionnent)\u00a0:',
  'team.newTemplate': 'Nouveau modèle d’équipe',
  'team.copyMine': 'Copier mes modèles dans l’équipe',
  'team.share': 'Partager…',
  'team.yourTemplates': 'Vos modèles',
  'team.createIntro':
    'Threadsmith crée un fichier dans votre Google Drive pour les modèles de l’équipe. Seules les personnes avec qui vous le partagez peuvent le voir\u00a0; celles à qui vous donnez l’accès en modification peuvent changer ses modèles.',
  'team.name': 'Nom de la bibliothèque d’équipe',
  'team.tickToStart':
    'Cochez les modèles à y mettre au départ (des copies\u00a0: les vôtres restent tels quels), ou aucun pour commencer vide.',
  'team.moreLater':
    '{count} de plus\u00a0: copiez-les plus tard avec «\u00a0Copier mes modèles dans l’équipe\u00a0».',
  'team.tickToCopy': 'Cochez les modèles à copier dans {team}. Les vôtres restent tels quels.',
  'team.noneOfYourOwn': 'Vous n’avez pas encore de modèles à vous.',
  'team.moreSearch': '{count} de plus\u00a0: cherchez dans la bibliothèque pour en ouvrir un.',
  'team.copyHeader': 'Copier dans la bibliothèque d’équipe',
  'team.copyButton': 'Copier dans l’équipe',
  'team.subtitle': 'Équipe · {team}',
  'team.readOnly':
    'Un modèle d’équipe\u00a0: vous pouvez l’utiliser, mais seules les personnes autorisées à modifier la bibliothèque d’équipe peuvent le changer. Copiez-le dans vos modèles pour en faire votre propre version.',
  'team.text': 'Texte',
  'team.tags': 'Tags',
  'team.noTags': '(aucun)',
  'team.copyToMine': 'Copier dans mes modèles',
  'team.driveHome':
    'Pour utiliser une bibliothèque d’équipe partagée avec vous, sélectionnez son fichier ici dans Drive (son nom finit par «\u00a0(Threadsmith team library).json\u00a0»)\u00a0; ce panneau propose alors {use}. Pour en créer une, ouvrez Threadsmith dans Gmail\u00a0: sa bibliothèque a une section Bibliothèque d’équipe.',
  'team.use': 'Utiliser comme bibliothèque d’équipe',

  'team.none': 'Vous n’avez pas de bibliothèque d’équipe.',
  'team.notAvailable': 'Bibliothèque d’équipe indisponible',
  'team.defaultName': 'Modèles d’équipe',
  'team.saved': '«\u00a0{name}\u00a0» enregistré dans la bibliothèque d’équipe',
  'team.deleted': 'Supprimé de la bibliothèque d’équipe',
  'team.copiedToMine': 'Copié dans vos modèles sous le nom «\u00a0{name}\u00a0»',
  'team.copyName': '{name} (copie d’équipe)',
  'team.consent':
    'Une bibliothèque d’équipe est un fichier Google Drive\u00a0: Threadsmith a donc besoin de votre autorisation pour voir et modifier les fichiers Drive que vous créez ou ouvrez avec lui («\u00a0drive.file\u00a0»). Il ne voit aucun autre fichier de votre Drive. Vos propres modèles fonctionnent sans cela.',
  'team.permission': 'Autorisation requise',
  'team.nameTooLong': 'Le nom doit tenir sur une ligne de {max} caractères au plus.',
  'team.created': {
    one: '«\u00a0{name}\u00a0» créé dans votre Drive avec {count} modèle. Utilisez «\u00a0Partager…\u00a0» pour le partager avec votre équipe.',
    other:
      '«\u00a0{name}\u00a0» créé dans votre Drive avec {count} modèles. Utilisez «\u00a0Partager…\u00a0» pour le partager avec votre équipe.',
  },
  'team.createdEmpty':
    '«\u00a0{name}\u00a0» créé dans votre Drive. Utilisez «\u00a0Partager…\u00a0» pour le partager avec votre équipe.',
  'team.tickOne': 'Cochez au moins un modèle à copier.',
  'team.nothingCopied': 'Rien n’a été copié\u00a0: voir la fiche',
  'team.copied': {
    one: '{count} modèle copié dans la bibliothèque d’équipe',
    other: '{count} modèles copiés dans la bibliothèque d’équipe',
  },
  'team.left': 'Vous n’utilisez plus la bibliothèque d’équipe. Le fichier reste dans Drive.',
  'team.theFile': 'le fichier',
  'team.isYours':
    'Ce fichier est votre bibliothèque d’équipe. Ses modèles apparaissent dans Gmail avec les vôtres, marqués Équipe.',
  'team.askUse':
    'Utiliser ce fichier comme bibliothèque d’équipe\u00a0? Ses modèles apparaîtront dans Gmail avec les vôtres, marqués Équipe.',
  'team.askUseAccess':
    'Utiliser ce fichier comme bibliothèque d’équipe\u00a0? Threadsmith demande d’abord l’accès à ce seul fichier\u00a0; il ne voit aucun autre fichier de votre Drive.',
  'team.joined':
    'C’est fait\u00a0: «\u00a0{name}\u00a0» ({templates}) est maintenant votre bibliothèque d’équipe. Ouvrez Gmail\u00a0: ses modèles apparaissent avec les vôtres, marqués Équipe.',
  'team.joinedViewer':
    'C’est fait\u00a0: «\u00a0{name}\u00a0» ({templates}) est maintenant votre bibliothèque d’équipe. Ouvrez Gmail\u00a0: ses modèles apparaissent avec les vôtres, marqués Équipe. Vous pouvez les utiliser\u00a0; seules les personnes autorisées à modifier le fichier peuvent les changer.',
  'team.joinedNote': '«\u00a0{name}\u00a0» est maintenant votre bibliothèque d’équipe',
  'team.notTeamLibrary': 'Pas une bibliothèque d’équipe',
});
