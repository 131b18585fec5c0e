/**
 * The subject that fills the prefield of a main clause: everything in front of
 * the finite verb is one phrase ("Fachleute vor Ort meinten …", "Ute
 * Lenz vom Institut für Meereskunde in Kiel erklärt …"), so
 * a subject found at the clause start runs up to the verb when the words
 * between are of a noun phrase (names, articles, adjectives, prepositions of
 * place and origin); an adverb ("heute", "am Montag") or a relative clause
 * keeps the phrase as it is.
 */
import type {SpeakerRefinement} from "../../../quotes/speakerRule.js";
import {finiteAuxiliaries, leadingParticles, prefieldLinks} from "./words.js";
import {subjectPart} from "./wieClause.js";
import {isCapitalised} from "../../../quotes/tokens.js";

const AUXILIARIES = new Set(finiteAuxiliaries);
const PARTICLES = new Set(leadingParticles);
const LINKS = new Set(prefieldLinks);
const PRONOUNS = /^(?:er|sie|es|man|wir|ich|das|dies|diese|dieser)$/;

export const prefieldExtent: SpeakerRefinement = {
  id: "de.speaker.prefield-extent",
  refine({tokens, cue, from}, [first, last]) {
    if (last >= cue - 1 || first >= cue || PRONOUNS.test(tokens[first].lower) || isCapitalised(tokens[cue])) return undefined; // a verb, not a noun cue ("den Befehl")
    let start = from;
    while (start < first && PARTICLES.has(tokens[start].lower)) start++;
    if (start !== first || (from > 0 && tokens[from - 1].quote < 0 && tokens[from - 1].text !== ":")) return undefined; // a main clause opening the sentence
    let verb = last + 1;
    while (verb < cue && !AUXILIARIES.has(tokens[verb].lower)) {
      const t = tokens[verb];
      if (!subjectPart(tokens, verb) && !LINKS.has(t.lower)) return undefined;
      if (t.text === ",") return undefined; // an apposition or a relative clause: left to the apposition rules
      verb++;
    }
    return verb > last + 1 ? [first, verb - 1] : undefined;
  }
};
