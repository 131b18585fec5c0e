/**
 * A direct-quote rule for quotations with no speech verb whose sentence names
 * its source ("Nach Aussagen der Anwältin sei der Streit „eine völlig normale
 * Auseinandersetzung“ gewesen", "Das Buch ist laut einem Jury-Mitglied eine
 * „kluge Geschichte“"): the source phrase is the speaker, not the attribution
 * carried from the sentences before.
 */
import type {DirectRule} from "../../../quotes/rule.js";
import {accordingTo} from "../quoteRules/indirect.js";

export const sourceInSentence: DirectRule = {
  id: "de.quote.direct.source-in-sentence",
  attribute({sentence}) {
    const found = accordingTo.apply(sentence);
    if (!found || found.speakerStart === null) return null;
    return {speakerStart: found.speakerStart, speakerEnd: found.speakerEnd, cue: found.cue, cueStart: found.cueStart, cueEnd: found.cueEnd};
  }
};
