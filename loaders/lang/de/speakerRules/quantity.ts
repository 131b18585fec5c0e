/**
 * Speaker spans that open with a comparative of quantity: "Mehr als dreißig Schulen riefen … auf",
 * "Weniger als ein Drittel der Mieter gab an": the phrase search stops at "als"; the speaker is the whole
 * quantity and the noun phrase it counts.
 */
import {phraseAt} from "../../../quotes/phrase.js";
import type {SpeakerRefinement} from "../../../quotes/speakerRule.js";
import {comparativeQuantifiers} from "../speakerWords.js";

const COMPARATIVES = new Set(comparativeQuantifiers);
const ARTICLES = new Set(["die", "der", "das", "den"]);
/** A count: digits or a lower-case number word ("100", "dreißig", "zwei"). */
const COUNT_WORD = /^(?:\d[\d.,]*|\p{Ll}+)$/u;

/** "Mehr als 100 Ärzte", "Weniger als ein Drittel der Mieter": the span after "als" joins the comparative. */
export const comparativeQuantity: SpeakerRefinement = {
  id: "de.speaker.comparative-quantity",
  refine({tokens, cue}, [first, last]) {
    if (first !== last || !COMPARATIVES.has(tokens[first].lower) || tokens[first + 1]?.lower !== "als") return undefined;
    let k = first + 2;
    // the count: a number or number word ("100", "dreißig", "zwei Drittel")
    while (k < cue && k < first + 5 && tokens[k].quote < 0 && COUNT_WORD.test(tokens[k].text) && !ARTICLES.has(tokens[k].lower)) k++;
    const counted = phraseAt(tokens, k, cue);
    return counted ? [first, counted[1]] : undefined;
  }
};
