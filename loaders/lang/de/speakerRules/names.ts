/**
 * Speaker rules for names and sources that look like prepositional phrases:
 * a surname with a particle at the start of a sentence ("Von der Leyen
 * betonte"), and the source of "verlauten" ("Aus Armeekreisen verlautete",
 * "wie aus Reihen des Gerichts verlautete"), which the Wikinews gold marks with
 * its "aus".
 */
import {phraseAt} from "../../../quotes/phrase.js";
import type {SpeakerRule} from "../../../quotes/speakerRule.js";
import {isCapitalised, isWord} from "../../../quotes/tokens.js";

const NAME_PARTICLES = /^(?:von|van|de|zu|di|da|del|della|ter|ten)$/;
const PARTICLE_ARTICLES = /^(?:der|den|dem)$/;

/** "Von der Leyen betonte", "Van Gaal sagte": particle (+ article) + capitalised surname right before the verb. */
export const surnameParticle: SpeakerRule = {
  id: "de.speaker.surname-particle",
  find({tokens, cue, from}) {
    if (!NAME_PARTICLES.test(tokens[from]?.lower ?? "") || !isCapitalised(tokens[from])) return undefined;
    let k = from + 1;
    if (PARTICLE_ARTICLES.test(tokens[k]?.lower ?? "")) k++;
    if (k !== cue - 1 || !isWord(tokens[k]) || !isCapitalised(tokens[k]) || tokens[k].quote >= 0) return undefined;
    // not a passive agent: "Von der Polizei wurde mitgeteilt" has its verb elsewhere
    return /^(?:wurde|wurden|wird|werden|worden)$/.test(tokens[cue + 1]?.lower ?? "") ? undefined : [from, k];
  }
};

/** "Aus Armeekreisen verlautete, …", "wie aus Reihen des Gerichts verlautete": the "aus" phrase is the source. */
export const verlautetFrom: SpeakerRule = {
  id: "de.speaker.verlautet-from",
  find({tokens, cue, from}) {
    if (!tokens[cue].lower.startsWith("verlaut")) return undefined;
    for (let j = from; j < cue; j++) {
      if (tokens[j].lower !== "aus" || tokens[j].quote >= 0) continue;
      const phrase = phraseAt(tokens, j + 1, cue);
      if (phrase) return [j, phrase[1]];
    }
    const next = tokens[cue + 1];
    if (next?.lower === "aus") {
      const phrase = phraseAt(tokens, cue + 2);
      if (phrase) return [cue + 1, phrase[1]];
    }
    return undefined;
  }
};
