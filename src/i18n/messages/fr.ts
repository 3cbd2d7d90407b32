// French (fr). Gmail's own words: Répondre, Répondre à tous, Brouillon, Cci, Objet, Modèles, Paramètres.
// The UI says "vous"; one word each for "modèle" (template), "brouillon" (draft), "bibliothèque" (library).
// A no-break space (\u00a0) goes before : ; ! ? and inside « », as French typography writes them.
import type { Catalogue } from '../types';
import { editor } from './fr/editor';
import { library } from './fr/library';

export const fr = (): Catalogue => ({
  // Gmail: "Le mer. 20 déc. 2023 à 13:37, Name <a@b> a écrit :" (a no-break space before the colon)
  'quote.wrote': 'Le {date}, {who} a écrit\u00a0:',
  'quote.wroteNoDate': '{who} a écrit\u00a0:',
  'quote.unknownSender': 'un expéditeur inconnu',
  'quote.cutNote':
    '[Threadsmith a omis la suite du message d’origine\u00a0: Gmail limite un message à 200\u00a0Ko. Le message complet reste dans la conversation.]',

  'list.separator': ', ',
  'list.and': '{first} et {last}',
  'list.more': { one: '{first} et {count} autre', other: '{first} et {count} autres' },

  'mode.reply': 'Répondre',
  'mode.reply-all': 'Répondre à tous',
  'mode.reply-list': 'Répondre à la liste',
  'card.reply.header': 'Réponse',
  'card.reply.to': 'Répondre à',
  'card.reply.includeQuote': 'Inclure le message d’origine',
  'card.reply.includeAttachments': 'Inclure les pièces jointes d’origine ({count})',
  'card.reply.addCc': 'Ajouter Cc',
  'card.reply.addBcc': 'Ajouter Cci',
  'card.reply.addressesHint': 'Adresses séparées par des virgules',
  'card.draft.header': 'Le brouillon',
  'card.draft.to': 'À',
  'card.draft.cc': 'Cc',
  'card.draft.bcc': 'Cci',
  'card.draft.subject': 'Objet',
  'card.warning.blocking': 'Pas de brouillon',
  'card.warning.check': 'À vérifier',
  'card.warning.note': 'Remarque',
  'card.createDraft': 'Créer le brouillon',
  'card.templates.header': 'Modèles',
  'card.templates.none': 'Aucun modèle pour l’instant\u00a0: créez-en un dans votre bibliothèque.',
  'card.templates.draft': 'Brouillon',
  'card.templates.draftAlt': 'Brouillon «\u00a0{name}\u00a0»',
  'card.templates.all': 'Tous les modèles ({count})',
  'card.templates.manage': 'Gérer les modèles',
  'card.templates.hasError': 'Contient une erreur\u00a0: ouvrez-le pour la voir',
  'card.templates.asksFor': 'Demande\u00a0: {fields}',

  'warning.nobody': 'Cette réponse n’a plus aucun destinataire.',
  'warning.nobody.noList': 'Ce message n’indique aucune adresse de liste de diffusion à laquelle répondre.',
  'warning.nobody.onlyMe':
    'Vous n’avez envoyé ce message qu’à vous-même\u00a0: une réponse ne parviendrait à personne d’autre.',
  'warning.nobody.noSender': 'Ce message n’a pas d’expéditeur\u00a0: il n’y a personne à qui répondre.',
  'warning.nobody.invalidSender':
    'L’expéditeur «\u00a0{sender}\u00a0» n’est pas une adresse valide\u00a0: il n’y a personne à qui répondre.',
  'warning.nobody.fromMe':
    'Ce message vient d’une de vos propres adresses\u00a0: une réponse ne parviendrait à personne d’autre.',
  'warning.invalidRecipients': {
    one: '{count} adresse non valide ignorée\u00a0: {names}.',
    other: '{count} adresses non valides ignorées\u00a0: {names}.',
  },
  'warning.tooManyRecipients':
    'Cette réponse irait à {count} personnes, alors que Gmail en autorise au plus {max} par message. Retirez-en de Cc ou Cci, ou choisissez Répondre pour ne répondre qu’à l’expéditeur.',
  'warning.manyRecipients': 'Cette réponse va à {count} personnes.',
  'warning.externalRecipients': {
    one: '{count} destinataire externe (hors de {domain}).',
    other: '{count} destinataires externes (hors de {domain}).',
  },
  'warning.replyTo.toMe':
    'Le message demande que les réponses vous soient adressées (Reply-To)\u00a0: cette réponse va donc à {sender}.',
  'warning.replyTo.others':
    'Le message demande que les réponses aillent à {names} (Reply-To), et non à {sender}.',
  'warning.theSender': 'l’expéditeur',

  'warning.unknownUser':
    'Gmail n’a pas communiqué votre adresse e-mail à Threadsmith, qui ne peut donc pas vous retirer de la réponse. Threadsmith a besoin de l’autorisation de voir votre adresse e-mail\u00a0: si vous l’avez refusée, supprimez l’accès de Threadsmith sur myaccount.google.com/permissions, puis rouvrez-le et acceptez.',
  'warning.repeatedHeader':
    'Ce message contient plusieurs lignes {header}, alors qu’une seule est permise\u00a0: seule la première est utilisée.',
  'warning.noMessageId':
    'Le message d’origine n’a pas de Message-ID\u00a0: la messagerie du destinataire risque de ne pas rattacher cette réponse à la conversation (dans votre Gmail, elle l’est).',
  'warning.attachmentsTooLarge':
    'Les pièces jointes à reprendre font {total}, au-delà de la limite de {max} de Gmail\u00a0: {names}. Désactivez les pièces jointes d’origine ou la citation pour créer le brouillon.',
  'warning.attachmentsMissing': {
    one: 'Gmail ne trouve plus {names} dans ce message\u00a0: le brouillon sera créé sans cette pièce jointe.',
    other:
      'Gmail ne trouve plus {names} dans ce message\u00a0: le brouillon sera créé sans ces pièces jointes.',
  },
  'warning.bodyTooLarge':
    'Le texte de votre réponse dépasse la limite de 200 Ko par message de Gmail. Raccourcissez-le pour créer le brouillon.',
  'warning.quotePlain':
    'Le message d’origine est trop volumineux pour être cité avec sa mise en forme (Gmail limite un message à 200 Ko)\u00a0: il est cité en texte brut.',
  'warning.quoteCut':
    'Le message d’origine est trop volumineux pour être cité en entier (Gmail limite un message à 200 Ko)\u00a0: son début est cité en texte brut, avec une note là où la citation s’arrête.',
  'warning.subjectByGmail':
    'L’objet dépasse les {max} caractères que Threadsmith peut définir\u00a0: c’est Gmail qui l’écrit.',
  'warning.repliesToEarlier':
    'Gmail vous renverrait une réponse à votre propre message\u00a0: ce brouillon répond donc au message de {names} du {date}, dans la même conversation.',
  'warning.repliesToEarlier.noName':
    'Gmail vous renverrait une réponse à votre propre message\u00a0: ce brouillon répond donc au message précédent du {date}, dans la même conversation.',
  'warning.notThreaded.unreadable':
    'Les champs Reply-To ou From du message ne sont pas lisibles avec certitude\u00a0: Threadsmith adresse donc lui-même ce brouillon, qui ouvre une nouvelle conversation avec le même objet.',
  'warning.notThreaded':
    'Les modules complémentaires Gmail ne peuvent adresser une réponse dans la conversation qu’à l’expéditeur\u00a0: ce brouillon ouvre donc une nouvelle conversation avec le même objet.',

  'card.recipients.none': '—',
  'card.recipients.more': '{names} et {count} de plus',
  'card.open': 'Ouvrir',

  // The compose card.
  'compose.header': 'Insérer un modèle',
  'compose.search': 'Rechercher un modèle',
  'compose.searchHint': 'Nom, tag ou texte',
  'compose.for': 'Pour',
  'compose.noRecipients': 'Aucun destinataire pour l’instant',
  'compose.check': 'À vérifier',
  'compose.templates': 'Modèles',
  'compose.emptyLibrary':
    'Votre bibliothèque de modèles est vide. Ouvrez Threadsmith depuis le panneau latéral de Gmail (sans message ouvert) et choisissez {button} pour écrire votre premier modèle.',
  'compose.newTemplate': 'Nouveau modèle',
  'compose.noMatch': 'Aucun modèle ne correspond à «\u00a0{query}\u00a0».',
  'compose.empty': '(vide)',
  'compose.team': 'Équipe',
  'compose.more': '{count} de plus\u00a0: affinez la recherche.',
  'compose.preview.subtitle': 'Aperçu pour ce brouillon',
  'compose.addsCc': 'Ajoute en Cc',
  'compose.addsBcc': 'Ajoute en Cci',
  'compose.subject': 'Objet',
  'compose.setSubject': 'Remplacer l’objet par «\u00a0{subject}\u00a0»',
  'compose.setSubjectHint': 'À désactiver pour une réponse\u00a0: changer l’objet coupe la conversation.',
  'compose.problem': 'Ce modèle contient une erreur',
  'compose.text': 'Texte',
  'compose.insert': 'Insérer',
  'compose.insertWaiting': {
    one: 'Insérer ({count} valeur à remplir)',
    other: 'Insérer ({count} valeurs à remplir)',
  },
  'compose.warning.notAddress': 'Pas une adresse e-mail, laissé tel quel\u00a0: {names}',
  'compose.warning.templateNotAddress':
    '«\u00a0{value}\u00a0», dans le modèle, n’est pas une adresse e-mail\u00a0: il est ignoré.',
  'compose.warning.unknownCc':
    'Gmail n’a pas communiqué à Threadsmith le champ Cc de ce brouillon, qu’Insérer laisse donc tel quel\u00a0: ajoutez vous-même {emails} en Cc.',
  'compose.warning.unknownBcc':
    'Gmail n’a pas communiqué à Threadsmith le champ Cci de ce brouillon, qu’Insérer laisse donc tel quel\u00a0: ajoutez vous-même {emails} en Cci.',

  // Errors.
  'error.reference': 'Référence\u00a0: {reference}',
  'error.title': 'Action impossible',
  'error.unexpected.title': 'Une erreur s’est produite',
  'error.unexpected':
    'Threadsmith a rencontré un problème inattendu. Réessayez\u00a0; si le problème persiste, envoyez-nous la référence ci-dessous.',
  'error.oldButton':
    'Ce bouton provient d’une ancienne version de Threadsmith. Rouvrez le message et réessayez.',
  'error.noDraft.title': 'Aucun brouillon créé',
  'error.cardChanged':
    'La réponse a changé depuis l’affichage de cette fiche. Rien n’a été créé\u00a0: modifiez un choix sur la fiche pour l’actualiser, puis recréez le brouillon.',
  'error.noSender.title': 'Aucun expéditeur',
  'error.noSender':
    'Ce message n’a pas d’adresse d’expéditeur (la ligne From manque ou est illisible)\u00a0: il n’y a personne à qui répondre.',
  'error.draftMayExist.title': 'Vérifiez vos brouillons',
  'error.draftMayExist':
    'Gmail n’a pas confirmé le brouillon, mais il a peut-être été créé. Regardez dans le dossier Brouillons avant de réessayer, pour ne pas vous retrouver avec deux exemplaires.',
  'error.noMessage.title': 'Aucun message ouvert',
  'error.noMessage':
    'Threadsmith agit sur le message ouvert, et cette demande ne précisait pas lequel. Ouvrez un message dans Gmail et réessayez.',
  'error.accessExpired.title': 'Accès au message expiré',
  'error.accessExpired':
    'Gmail n’a pas laissé Threadsmith lire ce message (l’accès a peut-être expiré). Fermez le message, rouvrez-le et réessayez.',
  'error.notReadable.title': 'Message illisible',
  'error.notReadable':
    'Gmail n’a pas laissé Threadsmith lire ce message\u00a0: il a peut-être été supprimé ou déplacé, ou Gmail rencontre un problème. Fermez le message, rouvrez-le et réessayez.',
  'error.notFound.title': 'Message introuvable',
  'error.notFound': 'Ce message n’existe plus\u00a0: il a peut-être été supprimé. Ouvrez un autre message.',
  // The template store, Settings and the team library refuse.
  'error.store.conflict.title': 'Modèle modifié ailleurs',
  'error.store.changed':
    '«\u00a0{name}\u00a0» a été modifié dans une autre fenêtre depuis que vous l’avez ouvert. Vos modifications n’ont pas été enregistrées\u00a0: copiez-les, rouvrez le modèle et appliquez-les à nouveau.',
  'error.store.deleted':
    '«\u00a0{name}\u00a0» a été supprimé dans une autre fenêtre depuis que vous l’avez ouvert. Vos modifications n’ont pas été enregistrées\u00a0: copiez-les et créez un nouveau modèle.',
  'error.store.nameTaken.title': 'Nom déjà utilisé',
  'error.store.nameTaken': 'Vous avez déjà un modèle nommé «\u00a0{name}\u00a0». Choisissez un autre nom.',
  'error.store.namesTaken':
    'Ces noms sont déjà utilisés (des noms qui ne diffèrent que par les majuscules comptent comme identiques)\u00a0: {names}.',
  'error.store.quoted': '«\u00a0{name}\u00a0»',
  'error.store.full.title': 'Bibliothèque de modèles pleine',
  'error.store.full':
    '{what} {needed}, mais il ne reste que {free} de libre sur vos {limit}. Supprimez ou raccourcissez des modèles, puis réessayez.',
  'error.store.needs.template': 'Ce modèle nécessite',
  'error.store.needs.copy': 'La copie nécessite',
  'error.store.needs.upgrade': 'Le passage de vos modèles au nouveau format de stockage nécessite',
  'error.store.needs.change': 'Cette modification nécessite',
  'error.store.needs.import': { one: 'Ce modèle nécessite', other: 'Ces {count} modèles nécessitent' },
  'error.store.needs.settings': 'Vos paramètres nécessitent',
  'error.store.needs.importedSettings': 'Ces paramètres nécessitent',
  'error.store.needs.starters': 'Les modèles de départ nécessitent',
  'error.store.kb': '{size}\u00a0Ko',
  'error.store.tooLarge.title': 'Modèle trop volumineux',
  'error.store.tooLarge':
    'Le nom, l’objet, les champs Cc et Cci ainsi que les tags de ce modèle occupent {size}\u00a0; ensemble, ils ne peuvent pas dépasser {max}. Raccourcissez-les, puis réessayez.',
  'error.store.notFound.title': 'Modèle introuvable',
  'error.store.notFound':
    'Ce modèle n’existe plus\u00a0: il a peut-être été supprimé dans une autre fenêtre.',
  'error.store.damaged.title': 'Modèle endommagé',
  'error.store.damaged':
    '«\u00a0{name}\u00a0» est endommagé et ne peut pas être modifié. Copiez son texte depuis la liste Endommagés, supprimez-le de cette liste et recréez-le.',
  'error.store.busy.title': 'Enregistrement en cours',
  'error.store.busy':
    'Vos modèles sont en cours d’enregistrement dans une autre fenêtre. Rien n’a été modifié\u00a0; réessayez dans un instant.',
  'error.store.newer.title': 'Mise à jour nécessaire',
  'error.store.newer':
    'Vos modèles ont été enregistrés par une version plus récente de Threadsmith (format de stockage {found}\u00a0; cette version prend en charge le format {known}). Vous pouvez les lire, mais pas les modifier tant que le module complémentaire n’est pas mis à jour.',
  'error.settings.tooLarge.title': 'Paramètres trop volumineux',
  'error.settings.tooLarge':
    'Ces paramètres occupent {size}\u00a0; la limite est de {max}. Supprimez des adresses, puis réessayez.',
  'error.team.changed':
    'Quelqu’un d’autre a enregistré «\u00a0{name}\u00a0» dans la bibliothèque d’équipe après que vous l’avez ouvert\u00a0: vos modifications n’ont donc pas été enregistrées. Ce que vous avez saisi est toujours ci-dessous\u00a0: copiez-le, ouvrez la version enregistrée et appliquez à nouveau votre modification.',
  'error.team.deleted':
    'Quelqu’un d’autre a supprimé «\u00a0{name}\u00a0» de la bibliothèque d’équipe après que vous l’avez ouvert\u00a0: vos modifications n’ont donc pas été enregistrées. Ce que vous avez saisi est toujours ci-dessous\u00a0: copiez-le si vous voulez le garder.',
  'error.team.readOnly.title': 'Lecture seule',
  'error.team.readOnly':
    'Vous pouvez utiliser la bibliothèque d’équipe «\u00a0{file}\u00a0», mais pas la modifier\u00a0: seules les personnes autorisées à modifier le fichier dans Drive le peuvent. Demandez à son propriétaire l’accès en modification, ou copiez le modèle dans vos modèles.',
  'error.team.unavailable.title': 'Bibliothèque d’équipe indisponible',
  'error.team.nameTaken':
    'La bibliothèque d’équipe contient déjà un modèle nommé «\u00a0{name}\u00a0». Choisissez un autre nom.',

  // Template lint and the Liquid engine (the Liquid itself comes in as params).
  'lint.parse.unknownTag': 'Balise inconnue\u00a0: {tag}',
  'lint.parse.unavailableTag': '{tag} n’est pas disponible dans les modèles',
  'lint.parse.unknownFilter': 'Filtre inconnu\u00a0: «\u00a0{filter}\u00a0»',
  'lint.parse.unclosed': '{tag} n’est pas fermé\u00a0: ajoutez {end}',
  'lint.parse.unclosedOutput': '«\u00a0{open}\u00a0» n’est pas fermé\u00a0: ajoutez «\u00a0{close}\u00a0»',
  'lint.parse.unclosedTag': '«\u00a0{open}\u00a0» n’est pas fermé\u00a0: ajoutez «\u00a0{close}\u00a0»',
  'lint.parse.unexpectedTag': '{tag} n’est pas attendu ici',
  'lint.parse.invalid': 'Le modèle est illisible près de «\u00a0{near}\u00a0»',
  'lint.parse.inlineComment': 'Chaque ligne d’un commentaire {tag} doit commencer par #',
  'lint.parse.tooLong': 'Le modèle est trop long',
  'lint.parse.tooDeep': 'Le modèle imbrique trop de blocs\u00a0: {count} au plus les uns dans les autres',
  'lint.render.tooManyPieces':
    'Le modèle se répète trop\u00a0: il s’est arrêté après {count} éléments. Bouclez sur moins d’éléments (par ex. {example}).',
  'lint.render.tooLong': 'Le modèle rempli dépasse {count} caractères',
  'lint.render.tooMuchText': 'Le modèle produit trop de texte pour être envoyé',
  'lint.render.filterArgument':
    'Le filtre «\u00a0{filter}\u00a0» demande une valeur, par ex. | {filter}: "texte"',
  'lint.render.failed': 'Impossible de remplir le modèle',
  'lint.field.unknown': 'Champ inconnu\u00a0: «\u00a0{field}\u00a0»',
  'lint.field.unknownHint':
    'Champ inconnu\u00a0: «\u00a0{field}\u00a0». Vouliez-vous dire «\u00a0{hint}\u00a0»\u00a0?',
  'lint.field.emptyDefault':
    '«\u00a0{field}\u00a0» peut être vide pour certains messages\u00a0: ajoutez une valeur par défaut, par ex. {example}, sinon sa valeur vous sera demandée',
  'lint.field.emptyIf':
    '«\u00a0{field}\u00a0» ({why})\u00a0: aucune valeur par défaut ne convient, placez ce qui en dépend dans {open}…{close}, sinon sa valeur vous sera demandée',
  'lint.field.why.someMessages': 'peut être vide pour certains messages',
  'lint.field.why.noCc': 'est vide si la réponse n’a pas de Cc',
  'lint.field.why.noName': 'peut être vide tant que vous n’avez pas indiqué votre nom dans les Paramètres',
  'lint.link.dropped':
    'Le lien vers «\u00a0{href}\u00a0» restera du texte\u00a0: seuls les liens https: et mailto: sont envoyés',

  // The library, the editor, the preview, the fill-in form and Settings: sections of their own, so no
  // file passes 350 lines; called here, so they too are parsed only when French is used.
  ...library(),
  ...editor(),
});
