import type { Translation } from '../catalog';
import type en from '../en/web';

export default {
  forbiddenHost: 'Les requêtes doivent être adressées à cette console sur 127.0.0.1.',
  forbiddenOrigin: 'Les requêtes provenant d’autres sites sont refusées.',
  methodNotAllowed: 'Méthode non autorisée.',
  useMethod: 'Utilisez la méthode {method}.',
  internal: 'Le serveur de la console n’a pas pu répondre.',
  badToken: 'Ce jeton d’accès n’est pas celui de cette console.',
  'badToken.hint': 'Ouvrez l’adresse que la console a affichée à son démarrage.',
  tokenUsed: 'Cette adresse de connexion a déjà été utilisée une fois.',
  'tokenUsed.hint': 'Utilisez l’onglet du navigateur qui l’a ouverte, ou redémarrez la console pour obtenir une nouvelle adresse.',
  notSignedIn: 'Cet onglet du navigateur n’est pas connecté à la console.',
  'notSignedIn.hint': 'Ouvrez l’adresse que la console a affichée à son démarrage (elle contient un jeton d’accès à usage unique).',
  noEvents: 'Cette console n’envoie aucun événement.',
  badChannel: 'Le nom d’opération dans cette adresse n’est pas valide (séquence d’échappement % incorrecte).',
  'badChannel.hint': 'Rechargez la fenêtre.',
  sendJson: 'Envoyez du JSON.',
  tooLarge: 'La requête est trop volumineuse.',
  invalidJson: 'La requête n’était pas du JSON valide.',
  notFound: 'Introuvable',
} satisfies Translation<typeof en>;
