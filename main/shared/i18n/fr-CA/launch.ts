import type { Translation } from '../catalog';
import type en from '../en/launch';

export default {
  noDisplay: 'Electron ne peut pas démarrer ici, car il n’y a pas d’affichage (DISPLAY/WAYLAND_DISPLAY non défini){next, select, browser {\u00a0: démarrage en mode navigateur à la place.} other {.}}',
  noBinary: 'Electron ne peut pas démarrer ici, car son exécutable n’est pas installé et n’a pas pu être téléchargé (hors ligne?){next, select, browser {\u00a0: démarrage en mode navigateur à la place.} other {.}}',
  sqliteUnavailable:
    'Electron ne peut pas démarrer ici, car SQLite n’a pas pu être compilé pour Electron {electron} (hors ligne, ou aucun compilateur C++; détails dans {log})\u00a0: lancez `{command}` là où le réseau est accessible, puis `npm start`{next, select, browser {; démarrage en mode navigateur à la place.} other {.}}',
  sqliteAbi:
    'Electron ne peut pas démarrer ici, car la version de SQLite compilée pour Electron {electron} vise NODE_MODULE_VERSION {built}, et non {required}\u00a0: lancez `{command}`, puis `npm start`{next, select, browser {; démarrage en mode navigateur à la place.} other {.}}',
  sqliteFailed: 'Electron {electron} n’a pas pu charger sa version de SQLite\u00a0: lancez `{command}`, puis `npm start`{next, select, browser {; démarrage en mode navigateur à la place.} other {.}}',
  exited: 'Electron s’est arrêté au démarrage (code {code}){next, select, browser {\u00a0: démarrage en mode navigateur à la place.} other {.}}',
  unknownVersion: 'inconnue',
  preparing: 'Préparation de SQLite pour Electron {electron} ({platform}-{arch}); au premier démarrage seulement, cela peut prendre une minute…',
  ready: 'SQLite pour Electron {electron} ({platform}-{arch}) est prêt\u00a0: {file}',
} satisfies Translation<typeof en>;
