/**
 * Word lists (plain data) for uses of speech words that report no speech: negations that deny a speech act ("bestätigte das
 * nicht") and verbs of purpose after "soll" ("soll Streit verhindern").
 */

/** Words that deny the act of their clause: the one list in negation.ts. */
export {negationWords} from "./negation.js";


/**
 * Infinitives of purpose or effect: after "soll" at the end of its clause they state what a thing or person is
 * meant to do ("Die Mauer soll das Dorf schützen", "soll für Ruhe sorgen"), not what was said.
 */
export const purposeVerbs: readonly string[] = [
  "verhindern", "sorgen", "ermöglichen", "sicherstellen", "gewährleisten", "dienen", "helfen", "schützen", "stärken", "verbessern",
  "erleichtern", "fördern", "entlasten", "beitragen", "garantieren", "vermeiden", "verringern", "reduzieren", "bekämpfen", "eindämmen",
  "unterstützen", "abschrecken", "sichern", "ersetzen", "ergänzen", "beschleunigen", "vereinfachen"
];

/** Subjects beside "heißen" that make it mean "to mean" ("Das heißt, dass …", "Für uns heißt das, …"), not hearsay ("es heißt"). */
export const meansSubjects: readonly string[] = ["das", "dies", "was"];
