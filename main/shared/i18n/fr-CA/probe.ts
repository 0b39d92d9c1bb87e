import type { Translation } from '../catalog';
import type en from '../en/probe';

export default {
  bestEffort: 'Il s’agit d’une lecture approximative\u00a0: Certn n’offre aucun test officiel de ces identifiants et ne documente pas la façon dont son point de terminaison iCIMS y répond.',
  'title.cancelled': 'Vérification annulée',
  'title.unreachable': 'Point de terminaison injoignable',
  'title.rejected': 'Identifiants du webhook probablement refusés',
  'title.accepted': 'Point de terminaison joint, identifiants probablement acceptés',
  'title.inconclusive': 'Résultat non concluant',
  failure:
    '{kind, select, cancelled {La vérification a été annulée.} timeout {{host} n’a pas répondu à temps.} dns {Le serveur {host} est introuvable.} offline {Cet ordinateur semble hors ligne.} refused {Rien ne répond à {host}.} tls {La connexion sécurisée à {host} n’a pas pu être vérifiée.} other {La connexion à {host} a échoué.}}',
  unreachable: '{failure} Les identifiants n’ont pas été vérifiés. {bestEffort}',
  rejected:
    'Le point de terminaison iCIMS de Certn (région\u00a0: {where}) a répondu par le code HTTP 401, ce qui signifie très probablement qu’il a refusé ce nom d’utilisateur et ce mot de passe du webhook. Comparez-les avec ce que Certn a affiché à l’enregistrement de l’intégration; s’ils sont perdus, régénérez-les dans Certn, sous «\u00a0Settings → Integrations → iCIMS\u00a0» (Paramètres → Intégrations → iCIMS). {bestEffort}',
  accepted:
    'Le point de terminaison iCIMS de Certn (région\u00a0: {where}) a répondu par le code HTTP 400 à l’événement de test vide, ce qui signifie très probablement qu’il a accepté les identifiants du webhook et refusé seulement l’événement. Rien n’a été commandé. {bestEffort}',
  inconclusive: 'Le point de terminaison iCIMS de Certn (région\u00a0: {where}) a répondu par le code HTTP {status}, ce qui n’indique rien sur les identifiants. Réessayez plus tard. {bestEffort}',
} satisfies Translation<typeof en>;
