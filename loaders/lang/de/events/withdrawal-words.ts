/**
 * Verbs of withdrawing or retracting (plain data, lower case; a phrase "verb particle" asks for the particle closing the
 * clause, as `CueContext.predicate` reads it).
 */

/**
 * A noun cue of data/events.yaml under one of these verbs names what is withdrawn, no event of its type (rule
 * `data.event.*`, read by loaders/events/userCues.ts): "hat seine Veto-Drohung zurückgezogen", "zog die Klage zurück",
 * "nahm das Ultimatum zurück" report a retraction, not a threat, a lawsuit or an ultimatum.
 */
export const WITHDRAWING: readonly string[] = [
  "zurückgezogen", "zog zurück", "zogen zurück", "zieht zurück", "ziehen zurück",
  "zurückgenommen", "nahm zurück", "nahmen zurück", "nimmt zurück", "nehmen zurück",
  "widerrufen", "widerrief", "widerriefen", "widerruft"
];
