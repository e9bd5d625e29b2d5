import type { ShareCatalogue } from './share.en';

// The Share dialog's words; see ./share.en.ts.
export const words: ShareCatalogue = {
  'share.title': "Partager cette vue",
  'share.intro': "Le lien et le code d’intégration rétablissent cette date, l’événement choisi, les filtres et la position de la carte.",
  'share.link': "Lien vers cette vue",
  'share.copyLink': "Copier le lien",
  // Share dialog: the link first, the embed after its own heading (issue 13, session 8)
  'share.embedHeading': "Intégrer cette carte",
  'share.embed': "Code d’intégration",
  'share.embedHint': "Collez-le dans le code HTML d’une page. Son script donne au cadre la hauteur dont la carte a besoin ; sans le script, le cadre garde une hauteur de {height} pixels.",
  // AMP snippet in the Share dialog (issue 14 review, embed2)
  'share.amp': "Code pour une page AMP (l’image de repli s’affiche jusqu’au chargement de la carte)",
  // AMP code behind a disclosure, after the iframe code (issue 14, session 9)
  'share.ampShow': "Code pour une page AMP",
  'share.copyEmbed': "Copier le code d’intégration",
  'share.mirror': "Faire suivre cette carte par l’adresse de l’article, pour que les lecteurs qui partagent l’article partagent ce moment (la page doit inclure le script)",
  'share.linkCopied': "Lien copié.",
  'share.codeCopied': "Code d’intégration copié.",
  'share.copyFailed': "La copie automatique a échoué : le texte est sélectionné, appuyez sur Ctrl+C (⌘C sur Mac) pour le copier.",
  'share.previewWidth': "Largeur de l’aperçu",
  'share.previewPhone': "Téléphone, 320 px",
  'share.previewColumn': "Article, 680 px",
  'share.introEmbed': "Le lien ouvre la carte complète à cette date, avec l’événement choisi, les filtres et la position de la carte.",
  'share.builder': "Personnaliser l’intégration",
  'share.preview': "Aperçu de la carte intégrée",
  'share.height': "Hauteur",
  'share.heightAuto': "Automatique",
  'share.heightPx': "{height} px",
  'share.controls': "Commandes",
  'share.controls.compact': "Compactes : lecture, frise, date",
  'share.controls.full': "Complètes : toutes les options",
  'share.controls.none': "Aucune : la carte seule, pilotée par la page",
  'share.theme': "Thème",
  'share.theme.light': "Clair",
  'share.theme.dark': "Sombre",
  'share.theme.auto': "Comme le système du lecteur",
  'share.transparent': "Fond transparent",
  'share.legendOpen': "Légende ouverte au départ",
  'share.language': "Langue",
  'share.languageReader': "Celle du lecteur",
};
