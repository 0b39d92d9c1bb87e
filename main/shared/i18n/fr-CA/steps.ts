import type { Translation } from '../catalog';
import type en from '../en/steps';

export default {
  connect: 'Connecter Certn',
  packages: 'Forfaits',
  icims: 'Demande à iCIMS',
  certn: 'Connexion dans Certn',
  handoff: 'Transmission',
  golive: 'Mise en service',
  ref: 'étape {number}, {title}',
  refCapital: 'Étape {number}, {title}',
} satisfies Translation<typeof en>;
