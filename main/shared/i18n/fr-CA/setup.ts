import type { Translation } from '../catalog';
import type en from '../en/setup';

export default {
  // Demande à iCIMS
  'icims.dateInvalid': 'Cette date n’est pas valide.',
  'icims.dateInvalid.hint': 'Utilisez une date comme 2026-11-27.',
  'icims.dateFuture': 'Cette date est dans le futur.',
  'icims.dateFuture.hint': 'Consignez une étape une fois qu’elle a eu lieu.',
  'icims.consultantName': 'Entrez le nom du consultant iCIMS.',
  'icims.consultantName.hint': 'Il figure dans le courriel d’iCIMS qui vous l’a présenté.',
  'icims.consultantEmail': 'Cette adresse courriel ne semble pas valide.',
  'icims.consultantEmail.hint': 'Utilisez la forme nom@entreprise.com.',
  'icims.customerId': 'Le numéro de client iCIMS (Customer ID) ne contient que des chiffres (par exemple 1234).',
  'icims.customerId.hint': 'Copiez-le du courriel du consultant iCIMS, sans lettres ni espaces.',
  'icims.hostingSimulator': 'Une intégration de simulateur utilise l’iCIMS simulé.',
  'icims.hostingSimulator.hint': 'Choisissez « Simulateur local ».',
  'icims.hostingChoose': 'Choisissez où l’iCIMS de ce client est hébergé : États-Unis ou Europe.',
  'icims.hostingChoose.hint': 'Le consultant iCIMS peut vous le dire; les clients hébergés en Europe utilisent api-eu.icims.com.',
  'icims.refusedNothingSaved': '{message} Rien n’a été enregistré.',
} satisfies Translation<typeof en>;
