import type { Translation } from '../catalog';
import type en from '../en/rotation';

export default {
  'kind.webhook': 'Nom d’utilisateur et mot de passe du webhook',
  'kind.certn_api_key': 'Clé d’API Certn',
  'kind.icims': 'Identifiants d’intégration iCIMS',

  // Les étapes, par identifiant
  'step.webhook.portal.title': 'Obtenir de nouveaux identifiants du webhook auprès de Certn',
  'step.webhook.portal.1':
    'Dans le portail client de Certn («\u00a0Client Portal\u00a0», client.certn.co), ouvrez «\u00a0Settings → Integrations\u00a0» (Paramètres → Intégrations), puis cliquez sur «\u00a0Edit\u00a0» (Modifier) à côté d’iCIMS.',
  'step.webhook.portal.2':
    'Certn génère un nouveau nom d’utilisateur et un nouveau mot de passe du webhook et ne les affiche qu’une fois\u00a0: gardez cette page ouverte jusqu’à ce que les deux soient enregistrés ici.',
  'step.webhook.portal.3':
    'Dès ce moment, Certn refuse l’ancienne paire\u00a0: les événements envoyés par iCIMS échouent jusqu’à ce que le consultant iCIMS saisisse la nouvelle.',
  'step.webhook.capture.title': 'Enregistrer la nouvelle paire dans le coffre-fort',
  'step.webhook.capture.1':
    'Collez le nouveau nom d’utilisateur et le nouveau mot de passe du webhook exactement comme Certn les affiche. L’ancienne paire n’est conservée (chiffrée) que jusqu’à la fin de ce renouvellement, pour prouver que Certn la refuse.',
  'step.webhook.handoff.title': 'Créer une nouvelle transmission',
  'step.webhook.handoff.1':
    'À l’{step}, créez une nouvelle transmission pour le consultant iCIMS et envoyez-la comme la précédente. Elle remplace toutes les transmissions antérieures, qui contiennent l’ancienne paire.',
  'step.webhook.apply.title': 'Le consultant iCIMS met à jour iCIMS',
  'step.webhook.apply.1':
    'Demandez au consultant iCIMS de saisir le nouveau nom d’utilisateur et le nouveau mot de passe dans «\u00a0Event Notifications\u00a0» (notifications d’événements) d’iCIMS pour Certn, puis confirmez-le ici une fois que c’est fait.',
  'step.certn_api_key.portal.title': 'Créer une nouvelle clé d’API dans Certn',
  'step.certn_api_key.portal.1':
    'Dans le portail client de Certn («\u00a0Client Portal\u00a0», client.certn.co), ouvrez «\u00a0Settings → Integrations → API Keys\u00a0» (Paramètres → Intégrations → Clés d’API) et créez une nouvelle clé. Elle n’est affichée qu’une fois.',
  'step.certn_api_key.portal.2':
    'Plusieurs clés peuvent être actives à la fois\u00a0: l’ancienne clé continue donc de fonctionner jusqu’à ce que vous la révoquiez plus bas.',
  'step.certn_api_key.capture.title': 'Enregistrer la nouvelle clé dans le coffre-fort',
  'step.certn_api_key.capture.1':
    'Collez la nouvelle clé. La console la vérifie auprès de Certn avant de l’enregistrer et compte son âge à partir d’aujourd’hui; une clé refusée par Certn n’est pas conservée.',
  'step.certn_api_key.revoke.title': 'Révoquer l’ancienne clé dans Certn',
  'step.certn_api_key.revoke.1':
    'Dans le portail client de Certn («\u00a0Client Portal\u00a0», client.certn.co), sous «\u00a0Settings → Integrations → API Keys\u00a0» (Paramètres → Intégrations → Clés d’API), révoquez l’ancienne clé (celle créée avant ce renouvellement). D’ici là, quiconque la détient peut encore consulter votre compte.',
  'step.certn_api_key.handoff.1': 'La transmission au consultant iCIMS ne contient pas la clé d’API Certn\u00a0: il n’y a rien à lui renvoyer.',
  'step.icims.portal.title': 'Obtenir de nouveaux identifiants auprès d’iCIMS',
  'step.icims.portal.1':
    'Demandez à votre consultant iCIMS (ou au soutien d’iCIMS) d’émettre un nouveau mot de passe pour l’utilisateur de l’intégration Certn. L’ancien mot de passe cesse alors de fonctionner.',
  'step.icims.capture.title': 'Enregistrer les nouveaux identifiants dans le coffre-fort',
  'step.icims.capture.1':
    'Saisissez le nom d’utilisateur et le nouveau mot de passe exactement comme iCIMS les a fournis. La console les vérifie auprès d’iCIMS avant de les enregistrer; des identifiants refusés par iCIMS ne sont pas conservés.',
  'step.icims.apply.title': 'Les saisir dans Certn',
  'step.icims.apply.1':
    'Dans le portail client de Certn («\u00a0Client Portal\u00a0», client.certn.co), ouvrez «\u00a0Settings → Integrations\u00a0» (Paramètres → Intégrations), cliquez sur «\u00a0Edit\u00a0» (Modifier) à côté d’iCIMS, puis saisissez le nouveau nom d’utilisateur et le nouveau mot de passe iCIMS. D’ici là, Certn ne peut pas lire les candidats dans iCIMS, et les commandes de vérification échouent.',
  'step.icims.handoff.1':
    'La transmission au consultant iCIMS ne contient pas les identifiants iCIMS (c’est lui qui les a émis)\u00a0: il n’y a rien à lui renvoyer.',
  'step.noHandoff.title': 'Aucune nouvelle transmission',
  'step.noRevoke.title': 'Rien à révoquer',
  'step.noRevoke.1': 'L’ancien identifiant a cessé de fonctionner quand le nouveau a été émis.',
  'step.verify.title': 'Vérification\u00a0: nouveau accepté, ancien refusé',
  'step.verify.1':
    'La console essaie le nouvel identifiant, refait le test du point de terminaison, puis essaie une dernière fois l’ancien identifiant\u00a0: il doit être refusé.',

  // Refus
  invalidReason:
    '«\u00a0{reason}\u00a0» n’est pas un motif de renouvellement {kind, select, webhook {du nom d’utilisateur et du mot de passe du webhook} certn_api_key {de la clé d’API Certn} other {des identifiants d’intégration iCIMS}}.',
  'invalidReason.hint': 'Choisissez l’un de ces motifs\u00a0: {reasons}.',
  alreadyOpen:
    'Un renouvellement {kind, select, webhook {du nom d’utilisateur et du mot de passe du webhook} certn_api_key {de la clé d’API Certn} other {des identifiants d’intégration iCIMS}} est toujours en cours.',
  'alreadyOpen.hint': 'Terminez-le ou annulez-le d’abord\u00a0: un identifiant à la fois.',
  nothingToRotate:
    '{kind, select, webhook {Aucun nom d’utilisateur ni mot de passe du webhook n’est encore enregistré} certn_api_key {Aucune clé d’API Certn n’est encore enregistrée} other {Aucun identifiant d’intégration iCIMS n’est encore enregistré}}\u00a0: il n’y a rien à renouveler.',
  'nothingToRotate.hint':
    '{kind, select, certn_api_key {Enregistrez-la d’abord à l’{step}} other {Enregistrez-les d’abord à l’{step}}}; le renouvellement remplace un identifiant déjà en usage.',
  alreadySaved: 'Le nouvel identifiant est déjà enregistré pour ce renouvellement.',
  'alreadySaved.hint': 'Passez à l’étape suivante, ou annulez et recommencez.',
  'alreadySaved.nextHint': 'Passez à l’étape suivante.',
  'webhook.bothNeeded': 'Saisissez le nouveau nom d’utilisateur et le nouveau mot de passe du webhook.',
  'webhook.bothNeeded.hint': 'Certn affiche les deux sur la même page, une seule fois.',
  'webhook.same': 'C’est le mot de passe du webhook que vous remplacez.',
  'webhook.same.hint': 'Copiez le nouveau mot de passe que Certn affiche après «\u00a0Edit\u00a0» (Modifier).',
  'apiKey.missing': 'Saisissez la nouvelle clé d’API.',
  'apiKey.missing.hint': 'Certn ne l’affiche qu’une fois, à sa création.',
  'apiKey.same': 'C’est la clé d’API que vous remplacez.',
  'apiKey.same.hint': 'Créez une nouvelle clé dans le portail client de Certn («\u00a0Client Portal\u00a0») et collez celle-là.',
  'icims.passwordMissing': 'Saisissez le nouveau mot de passe iCIMS.',
  'icims.passwordMissing.hint': 'iCIMS l’émet pour l’utilisateur de l’intégration Certn.',
  'icims.same': 'Ce sont les identifiants iCIMS que vous remplacez.',
  'icims.same.hint': 'Saisissez le nouveau mot de passe émis par iCIMS.',
  notInFlow: 'Cette étape ne fait pas partie de ce renouvellement.',
  'notInFlow.hint': 'Suivez les étapes affichées.',
  saveFirst: 'Enregistrez d’abord le nouvel identifiant.',
  'saveFirst.hint': 'Les étapes se suivent dans l’ordre\u00a0: le portail, le coffre-fort, puis le reste.',
  finishFirst: 'Avant la vérification, terminez\u00a0: {steps}.',
  'finishFirst.hint': 'La vérification prouve que toute la chaîne fonctionne avec le nouvel identifiant.',
  notFinished: 'Le renouvellement n’est pas terminé\u00a0: {steps}.',
  'notFinished.hint': 'Chaque étape doit être faite, et la vérification doit réussir.',
  none: 'Aucun renouvellement n’est en cours pour cette intégration.',
  'none.hint': 'Commencez-en un\u00a0: choisissez l’identifiant à renouveler.',

  // La vérification finale
  'check.probe': 'Test du point de terminaison avec les identifiants du webhook enregistrés',
  'check.webhook.old': 'Anciens identifiants du webhook refusés par Certn',
  'check.certn_api_key.new': 'Nouvelle clé d’API acceptée par Certn',
  'check.certn_api_key.old': 'Ancienne clé d’API refusée par Certn',
  'check.icims.new': 'Nouveaux identifiants iCIMS acceptés par iCIMS',
  'check.icims.old': 'Anciens identifiants iCIMS refusés par iCIMS',
  'check.probeDetail':
    '{outcome, select, accepted {Point de terminaison joint, identifiants probablement acceptés} rejected {Identifiants du webhook probablement refusés} other {{status, select, none {Point de terminaison injoignable} other {Résultat non concluant}}}}{status, select, none {} other { (HTTP {status})}}',
  'check.accepted': '{kind, select, certn_api_key {Acceptée.} other {Acceptés.}}',
  'check.refused': '{kind, select, certn_api_key {Refusée (HTTP 401).} other {Refusés (HTTP 401).}}',
  'check.stillWorks': 'L’ancien identifiant fonctionne encore\u00a0: révoquez-le, puis vérifiez de nouveau.',
  'check.notRefused': 'Pas refusé comme prévu\u00a0: {message}',
  'check.couldNotRun': 'La vérification n’a pas pu être faite.',
} satisfies Translation<typeof en>;
