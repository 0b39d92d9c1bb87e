import type { Translation } from '../catalog';
import type en from '../en/sendsafely';

// SendSafely's portal is English only: its labels are quoted as the admin sees them, French beside.
export default {
  cancelled: 'La requête à SendSafely a été annulée.',
  'cancelled.hint': 'Rien d’autre n’a été envoyé. Recommencez quand vous serez prêt.',
  timeout: '{host} n’a pas répondu dans un délai de {seconds, plural, one {# seconde} other {# secondes}}.',
  'timeout.hint': 'Vérifiez votre connexion et réessayez; si le problème persiste, consultez status.sendsafely.com.',
  tls: 'La connexion sécurisée à {host} n’a pas pu être vérifiée (problème de certificat).',
  'tls.hint': 'Vérifiez l’hôte de l’organisation; un serveur mandataire (proxy) qui inspecte le HTTPS peut exiger que son certificat soit approuvé.',
  unreachable: 'Impossible de joindre {host}{reason, select, dns {\u00a0: cet hôte n’existe pas} refused {\u00a0: la connexion a été refusée} other {}}.',
  'unreachable.hint': 'Vérifiez l’hôte de l’organisation (par exemple https://votreentreprise.sendsafely.com) et votre connexion Internet.',
  plan: 'Ce compte SendSafely ne peut pas utiliser l’API\u00a0: SendSafely ne donne accès à son API REST qu’avec l’offre «\u00a0Enterprise\u00a0».',
  'plan.hint': 'Demandez à votre administrateur SendSafely si votre organisation a l’offre «\u00a0Enterprise\u00a0», ou choisissez un autre mode de transmission.',
  clockSkew:
    'SendSafely a refusé la requête parce que l’horloge de cet ordinateur est trop décalée{known, select, yes { (cet ordinateur a environ {minutes, plural, one {# minute} other {# minutes}} {direction, select, behind {de retard} other {d’avance}})} other {}}.',
  'clockSkew.hint': 'Activez le réglage automatique de la date et de l’heure dans les paramètres de votre système, puis réessayez.',
  authFailed: 'SendSafely ({host}) n’a pas accepté cette clé d’API et ce secret d’API.',
  'authFailed.hint':
    'Vérifiez le secret d’API et que la clé appartient bien à cet hôte d’organisation. Le secret n’est affiché qu’une fois, à la création de la clé; s’il est perdu, créez une nouvelle clé sous «\u00a0Edit Profile → API Keys\u00a0» (Modifier le profil → Clés d’API).',
  unknownPackage: 'SendSafely n’a plus ce paquet (il a été supprimé ou il a expiré).',
  'unknownPackage.hint': 'Faites une nouvelle transmission si le consultant iCIMS a encore besoin des valeurs.',
  invalidEmail: 'SendSafely n’a pas accepté l’adresse courriel du destinataire{hasDetail, select, yes { (réponse de SendSafely\u00a0: «\u00a0{detail}\u00a0»)} other {}}.',
  'invalidEmail.hint': 'Vérifiez l’adresse courriel du consultant iCIMS.',
  needsApproval: 'Votre organisation SendSafely exige l’accord d’un approbateur pour les paquets destinés à ce destinataire; le paquet n’a donc pas été livré.',
  'needsApproval.hint': 'Demandez à votre approbateur SendSafely de l’approuver, ou envoyez-le à une adresse que votre politique autorise.',
  limitExceeded: 'SendSafely a refusé\u00a0: une limite du compte a été atteinte{hasDetail, select, yes { (réponse de SendSafely\u00a0: «\u00a0{detail}\u00a0»)} other {}}.',
  'limitExceeded.hint': 'Comparez la durée de vie du paquet aux limites de votre organisation, ou adressez-vous à votre administrateur SendSafely.',
  rejected: 'SendSafely a refusé la requête{hasDetail, select, yes { (réponse de SendSafely\u00a0: «\u00a0{detail}\u00a0»)} other {}}.',
  'rejected.hint': 'Vérifiez les valeurs et réessayez.',
  badAnswer:
    '{host} a envoyé une réponse qui ne vient pas de SendSafely ({reason, select, noEmail {aucune adresse courriel dans verify-credentials} noLink {finalize n’a pas renvoyé de lien} missingFields {il manque des champs {part, select, package {au paquet} publicKeys {aux clés publiques} finalize {à la réponse de finalize} other {aux renseignements sur le paquet}}} internal {une erreur interne s’est produite à sa lecture} notJson {ce n’est pas du JSON} noCode {aucun code de réponse} other {HTTP {status}}}).',
  'badAnswer.hint': 'Vérifiez l’hôte de l’organisation\u00a0: ce doit être votre adresse SendSafely, par exemple https://votreentreprise.sendsafely.com.',
  rateLimited: 'SendSafely a demandé de ralentir et a continué de refuser après plusieurs attentes.',
  'rateLimited.hint': 'Attendez une minute, puis réessayez.',
  unavailable: 'SendSafely ({host}) a eu une erreur de serveur (HTTP {status}).',
  'unavailable.hint': 'Réessayez dans quelques minutes; si le problème persiste, consultez status.sendsafely.com.',
  hostInvalid: 'Ce n’est pas un hôte d’organisation SendSafely.',
  'hostInvalid.hint': 'Entrez l’adresse de votre organisation, par exemple https://votreentreprise.sendsafely.com.',
  httpsOnly: 'SendSafely doit être joint en HTTPS.',
  'httpsOnly.hint': 'Utilisez l’adresse https:// de votre organisation, par exemple https://votreentreprise.sendsafely.com.',
} satisfies Translation<typeof en>;
