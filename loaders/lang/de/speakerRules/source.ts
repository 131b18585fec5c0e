/**
 * A direct-quote rule for quotations with no speech verb whose sentence names
 * its source ("Nach Aussage des Trainers sei die Niederlage „ein ganz normaler
 * Ausrutscher“ gewesen", "Der Film ist laut einer Kritikerin ein
 * „stilles Meisterwerk“", "Die „…“ seien erschöpft, so Berg."): the source
 * phrase is the speaker, not the attribution carried from the sentences before.
 */
import {attributionByWord} from "../../../quotes/attribute.js";
import {phraseAt} from "../../../quotes/phrase.js";
import type {DirectRule} from "../../../quotes/rule.js";
import type {Token} from "../../../quotes/tokens.js";
import {accordingTo} from "../quoteRules/accordingTo.js";

/** ", so Berg." closing the sentence: index of "so", or -1. */
function soAtEnd(tokens: Token[]): number {
  for (let k = tokens.length - 2; k > 1 && k > tokens.length - 14; k--) {
    if (tokens[k].lower !== "so" || tokens[k - 1].text !== "," || tokens[k].quote >= 0) continue;
    const phrase = phraseAt(tokens, k + 1);
    const rest = phrase ? tokens.length - 1 - phrase[1] : -1;
    if (phrase && tokens[phrase[0]].quote < 0 && (rest === 0 || (rest === 1 && /^[.!?]$/.test(tokens[tokens.length - 1].text)))) return k;
  }
  return -1;
}

export const sourceInSentence: DirectRule = {
  id: "de.quote.direct.source-in-sentence",
  attribute({sentence}) {
    const found = accordingTo.apply(sentence);
    if (found && found.speakerStart !== null) {
      return {speakerStart: found.speakerStart, speakerEnd: found.speakerEnd, cue: found.cue, cueStart: found.cueStart, cueEnd: found.cueEnd};
    }
    const so = soAtEnd(sentence.tokens);
    return so >= 0 ? attributionByWord(sentence.tokens, so, phraseAt(sentence.tokens, so + 1)) : null;
  }
};
