import type { PresentCatalogue } from './present.en';

// Present mode's words; see ./present.en.ts.
export const words: PresentCatalogue = {
  'present.controls': "Commandes de la présentation",
  'present.previous': "Précédent",
  'present.next': "Suivant",
  'present.autoplay': "Lecture automatique",
  'present.interval': "Toutes les",
  'present.seconds': "{count} s",
  'present.blackout': "Écran noir",
  'present.blackoutNote': "L’écran est noirci. Appuyez sur B pour le rallumer.",
  'present.fullscreen': "Plein écran",
  'present.export': "Exporter la diapositive (PNG)",
  'present.exporting': "Export en cours…",
  'present.exportFailed': "La diapositive n’a pas pu être exportée. Réessayez, ou faites une capture d’écran.",
  'present.exit': "Quitter la présentation",
  // Present control bar in one row (issue 15): the three exports behind one button
  'present.exportMenu': "Exporter",
  'present.empty': "Aucun événement à présenter : les filtres n’en laissent aucun.",
  'present.source': "— {publisher}, {date}",
  // The quote's language beside it where it is not the briefing's (issue 15, session 11 review); never in its own
  // Present mode without a named publisher (issue 15): date and headline instead
  // Present mode's one-line credits at 1024 px (issue 15); the full credits are in the handout and on the slide
  'present.credits': "Carte : Natural Earth · © GeoNames (CC BY 4.0) · countries-states-cities (ODbL) · SRTM30/KDE Marble · GSHHG (LGPL)",
  'present.sourceNoPublisher': "— «\u202f{headline}\u202f», {date}",
  'slide.sourceShortNoPublisher': "« {headline} », {date}",
  'slide.sourceLineNoPublisher': "{date} : « {headline} »",
  'present.progressLabel': "Avancement de la présentation",
  'present.progress': "Étape {index} sur {count}",
  // Briefing legend card (issue 15, present3): events the frame leaves out
  // The briefing's legend card names the border glow (issue 15, session 7 review)
  'present.litBorder': "Halo : frontière liée à l’événement de cette étape",
  'present.offFrame': "+{count} à {place} {arrow}",
  'present.offFrameBorder': "{border} : +{count} {arrow}",
  'slide.sources': "Sources",
  'slide.sourceLine': "{publisher}, {date} : « {headline} »",
  'slide.eventCount': "{count, plural, one {# événement affiché} other {# événements affichés}}",
  // Briefing slides (issue 15, brief): the slide's own source, the others as a footnote
  'slide.source': "Source",
  'slide.sourceShort': "{publisher}, {date}",
  'slide.otherSources': "Autres sources sur la carte : {list}",
  // Handout and video export (issue 15)
  'present.exportHandout': "Exporter le document (PDF)",
  'present.exportVideo': "Exporter la vidéo",
  'export.handoutHeading': "Document de séance",
  'export.videoHeading': "Vidéo de la présentation",
  'export.step': "Étape {index} sur {count}",
  'export.stepCount': "{count, plural, one {# étape} other {# étapes}}",
  'export.exportedOn': "Exporté le {date}",
  'export.credits': "Crédits",
  'export.source': "Source : {line}",
  // Briefing fixes (issue 15, session 8): the cover names every article's publisher, or says the article names none
  'export.coverSourceNoPublisher': "Éditeur non nommé dans l’article, {date} : « {headline} »",
  'export.page': "Page {index} sur {count}",
  'export.time': "{elapsed} sur {total}",
  'export.progressLabel': "Progression de l’export",
  'export.format': "Format",
  'export.formatMp4': "MP4 (H.264)",
  'export.formatWebm': "WebM",
  // Video shape (issue 15, present3): a 4:3 projector's film
  'export.aspect': "Format d’image",
  'export.aspect169': "16:9 grand écran (1920 × 1080)",
  'export.aspect43': "4:3 projecteur (1440 × 1080)",
  // Video crop preview (issue 15, session 9)
  'export.cropNote': "Dans le cadre pointillé : ce que montre la vidéo",
  'export.length': "{count, plural, one {# étape} other {# étapes}}, {duration} en temps réel. La présentation défile pendant l’enregistrement.",
  'export.record': "Enregistrer",
  'export.cancel': "Annuler",
  'export.saved': "Enregistré : {file}",
  'export.cancelled': "Export annulé.",
  'export.failed': "L’export a échoué. Réessayez.",
  'export.noVideo': "Ce navigateur ne peut pas enregistrer de vidéo.",
  'export.dismiss': "Fermer ce message",
};
