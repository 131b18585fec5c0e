/**
 * Words of people/register-body.ts, which reads a register body from its head noun alone ("Sprecherin der Kommission" →
 * "EU-Kommission"). Lower case.
 */

/** Articles of a genitive complement naming the body ("Sprecherin der Kommission", "Präsident des Parlaments"). */
export const bodyGenitiveArticles: ReadonlySet<string> = new Set(["der", "des"]);

/**
 * The genitive articles between a head noun and its qualifier in the qualified form "Kommission der EU", "Rat der UN", as a pattern
 * alternative.
 */
export const bodyQualifierJoiners: readonly string[] = ["der", "des"];

/**
 * Bodies of a German federal state, a Land or a town: where an article names one, a bare "Parlament", "Kommission" or "Ausschuss" may be
 * its own or one of its commissions, so the register's body is not read from the head noun ("Parlamentspräsidentin Klara Weidner sagte
 * im Bundestag").
 */
export const domesticBodies: readonly string[] = [
  "bundestag", "bundesrat", "landtag", "abgeordnetenhaus", "bürgerschaft", "kreistag", "stadtrat", "gemeinderat", "nationalrat", "ständerat"
];
