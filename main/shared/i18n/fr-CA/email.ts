import type { Translation } from '../catalog';
import type en from '../en/email';

export default {
  subject: 'Demande : intégration de vérification des antécédents Certn pour {company}',
  greeting: 'Bonjour,',
  intro: '{company} utilise Certn pour ses vérifications des antécédents et souhaite que l’intégration Certn soit activée dans iCIMS.',
  ask: 'Pourriez-vous nous affecter un consultant en intégration (Customer Integration Consultant)? Nous aurons besoin du numéro de client iCIMS (Customer ID) ainsi que d’un nom d’utilisateur et d’un mot de passe d’intégration pour Certn.',
  region: 'Région Certn : {region}',
  endpoint: 'Point de terminaison Certn pour les événements iCIMS : {endpoint}',
  endpointPending: 'Point de terminaison Certn pour les événements iCIMS : (affiché dans la console une fois la connexion établie)',
  packagesHeading: 'Forfaits Certn à offrir dans iCIMS (noms complets exacts, entre guillemets, et identifiants) :',
  packagesPending: 'Forfaits Certn : à venir.',
  packageLine: '  - {name}  identifiant {id}',
  packageLineNote: '  - {name}  identifiant {id} ({note})',
  credentials: 'Le nom d’utilisateur et le mot de passe du webhook seront transmis séparément au consultant iCIMS par un canal sécurisé.',
  closing: 'Merci,',
} satisfies Translation<typeof en>;
