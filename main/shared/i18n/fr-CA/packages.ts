import type { Translation } from '../catalog';
import type en from '../en/packages';

export default {
  // Refus de l’étape des forfaits
  'unknown': 'Ce forfait ne figure pas dans la liste de cette intégration.',
  'unknown.hint': 'Synchronisez les forfaits ou ajoutez celui-ci par son adresse dans le portail.',
  'notFound': 'Certn n’a aucun forfait portant l’identifiant {packageId} dans ce compte.',
  'notFound.hint': 'Vérifiez que l’adresse a été copiée en entier et que le forfait appartient à ce compte Certn et à cette région.',
  'willFail': '«\u00a0{name}\u00a0» échouera quand un recruteur le commandera\u00a0: {reasons}.',
  'willFail.hint':
    'Corrigez-le dans le portail client de Certn («\u00a0Client Portal\u00a0») et synchronisez de nouveau, ou sélectionnez-le quand même avec une dérogation explicite (consignée dans le journal d’audit).',
  'atsOff': 'Selon Certn, ce forfait n’est pas marqué pour utilisation par un ATS.',
  'atsOff.hint':
    'Dans le portail client de Certn («\u00a0Client Portal\u00a0»), modifiez le forfait, activez «\u00a0Mark this package for ATS use\u00a0» (Marquer ce forfait pour utilisation par un ATS), enregistrez, puis synchronisez de nouveau les forfaits.',
  'planUnknown': 'Ce plan de forfait n’existe plus.',
  'planUnknown.hint': 'Planifiez le forfait de nouveau.',

  // La liste des étapes pour créer un forfait planifié dans le portail client, une ligne chacune
  'plan.open': 'Dans le portail client de Certn («\u00a0Client Portal\u00a0»), ouvrez «\u00a0Packages → New Package\u00a0» (Forfaits → Nouveau forfait).',
  'plan.name': 'Nom («\u00a0Name\u00a0»)\u00a0: «\u00a0{name}\u00a0» (exactement; iCIMS le comparera caractère par caractère).',
  'plan.description': 'Description\u00a0: {description}',
  'plan.descriptionOptional': 'Description\u00a0: facultative.',
  'plan.ats': 'Activez «\u00a0Mark this package for ATS use\u00a0» (Marquer ce forfait pour utilisation par un ATS).',
  'plan.tags': 'Étiquettes («\u00a0Tags\u00a0»)\u00a0: {tags}.',
  'plan.tagsOptional': 'Étiquettes («\u00a0Tags\u00a0»)\u00a0: facultatives.',
  'plan.checks': 'Vérifications («\u00a0Checks\u00a0»)\u00a0: {checks}.',
  'plan.save': 'Relisez, puis cliquez sur «\u00a0Save package\u00a0» (Enregistrer le forfait).',
  'plan.paste': 'Copiez l’adresse du nouveau forfait dans la barre d’adresse du navigateur et collez-la ci-dessous.',
} satisfies Translation<typeof en>;
