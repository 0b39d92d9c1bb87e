import type { Translation } from '../../../main/shared/i18n/catalog';
import type en from '../en/shell';

export default {
  'language.title': 'Langue',
  'language.label': 'Langue de la console',
  'language.system': 'Celle du système',
  'language.help': 'Certn et iCIMS gardent leur nom anglais, et leurs portails sont en anglais : la console cite leurs libellés tels que vous les verrez, avec leur sens à côté. La transmission et le courriel de demande peuvent être rédigés dans une autre langue pour le consultant.',
  'stepNav.label': 'Étapes de la configuration',
  'stepState.todo': 'Pas commencée',
  'stepState.in_progress': 'En cours',
  'stepState.done': 'Terminée',
  'stepState.attention': 'À vérifier',
} satisfies Translation<typeof en>;
