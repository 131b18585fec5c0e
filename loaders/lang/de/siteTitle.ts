/**
 * Words the page-title rule for outlets (loaders/ingest/siteName.ts) looks at:
 * plain data, lower case.
 */

/** Separators between a page's headline and its site's name ("Schlagzeile | Rundschau", "Schlagzeile – Rundschau"). */
export const titleSeparators: readonly string[] = ["|", "–", "—", "-", "·", "•", "::"];

/** Lower-case words a site's name may hold ("Zeitung für Deutschland", "Blick am Abend", "heise online"): articles, link words, "online". */
export const siteNameLinkWords: readonly string[] = ["der", "die", "das", "des", "dem", "den", "am", "im", "an", "für", "von", "vom", "zum", "zur", "und", "&", "online", "de"];

/** Section names that end titles in the site's place ("Schlagzeile – Politik"): no outlet. */
export const sectionNames: readonly string[] = [
  "politik", "wirtschaft", "sport", "kultur", "panorama", "ausland", "inland", "meinung", "kommentar", "wissen", "gesellschaft", "regional", "lokales",
  "nachrichten", "news", "video", "videos", "liveblog", "live", "ticker", "newsticker", "interview", "reise", "auto", "digital", "finanzen", "startseite", "home",
  "liveticker", "live-ticker", "live-blog", "minutenprotokoll", "faq", "fragen und antworten", "überblick", "analyse", "kolumne", "podcast", "bilder", "fotos",
  "bildergalerie", "galerie", "fotostrecke", "ratgeber", "service", "archiv", "leserbriefe", "autor", "autorin", "autoren", "autorinnen", "profil", "dossier", "thema", "themen"
];
