import type { Translation } from '../catalog';
import type en from '../en/contract';

export default {
  illFormed: 'contient un caractère brisé (une moitié de paire de substitution UTF-16); retapez ou collez le texte de nouveau',
  'integration.name.empty': 'Donnez un nom à l’intégration.',
  'integration.name.long': 'Gardez le nom sous 80 caractères.',
  'handoff.recipient.empty': 'Indiquez à qui la transmission est destinée.',
  'handoff.recipient.long': 'Gardez la mention du destinataire sous 120 caractères.',
  'handoff.days': 'Une transmission reste valide de 1 à 365 jours.',
  'handoff.email': 'Entrez l’adresse courriel du consultant.',
  'sendsafely.host': 'Entrez l’hôte SendSafely de votre organisation.',
  'sendsafely.apiKey': 'Entrez la clé d’API.',
  'sendsafely.apiSecret': 'Entrez le secret d’API.',
  date: 'Entrez une date comme 2026-11-27.',
  'package.name': 'Donnez un nom au forfait.',
  'package.checks': 'Choisissez au moins une vérification.',
  email: 'Entrez une adresse courriel comme nom@exemple.com.',
  customerId: 'Le numéro de client iCIMS (Customer ID) compte au plus 12 chiffres, par exemple 4821.',
} satisfies Translation<typeof en>;
