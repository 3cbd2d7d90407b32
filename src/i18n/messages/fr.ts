// French (fr). Gmail's own words: Répondre, Répondre à tous, Brouillon.
import type { Catalogue } from '../types';

export const fr = (): Catalogue => ({
  // Gmail: "Le mer. 20 déc. 2023 à 13:37, Name <a@b> a écrit :" (a no-break space before the colon)
  'quote.wrote': 'Le {date}, {who} a écrit\u00a0:',
  'quote.wroteNoDate': '{who} a écrit\u00a0:',
  'quote.unknownSender': 'un expéditeur inconnu',

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
  'card.templates.none': 'Aucun modèle pour l’instant : créez-en un dans votre bibliothèque.',
  'card.templates.draft': 'Brouillon',
  'card.templates.draftAlt': 'Brouillon « {name} »',
  'card.templates.all': 'Tous les modèles ({count})',
  'card.templates.manage': 'Gérer les modèles',

  'warning.nobody': 'Cette réponse n’a plus aucun destinataire.',
  'warning.nobody.noList': 'Ce message n’indique aucune adresse de liste de diffusion à laquelle répondre.',
  'warning.nobody.onlyMe':
    'Vous avez envoyé ce message à vous seul : une réponse ne parviendrait à personne d’autre.',
  'warning.nobody.noSender': 'Ce message n’a pas d’expéditeur : il n’y a personne à qui répondre.',
  'warning.nobody.invalidSender':
    'L’expéditeur « {sender} » n’est pas une adresse valide : il n’y a personne à qui répondre.',
  'warning.nobody.fromMe':
    'Ce message vient d’une de vos propres adresses : une réponse ne parviendrait à personne d’autre.',
  'warning.invalidRecipients': {
    one: '{count} adresse non valide ignorée : {names}.',
    other: '{count} adresses non valides ignorées : {names}.',
  },
  'warning.tooManyRecipients':
    'Cette réponse irait à {count} personnes, et Gmail en autorise au plus {max} par message. Retirez-en de Cc ou Cci, ou choisissez Répondre pour ne répondre qu’à l’expéditeur.',
  'warning.manyRecipients': 'Cette réponse va à {count} personnes.',
  'warning.externalRecipients': {
    one: '{count} destinataire externe (hors de {domain}).',
    other: '{count} destinataires externes (hors de {domain}).',
  },
  'warning.replyTo.toMe':
    'Le message demande que les réponses vous soient adressées (Reply-To) : cette réponse va donc à {sender}.',
  'warning.replyTo.others':
    'Le message demande que les réponses aillent à {names} (Reply-To), et non à {sender}.',
  'warning.theSender': 'l’expéditeur',
});
