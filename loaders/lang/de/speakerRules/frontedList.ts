/**
 * A fronted prepositional phrase holding a list ("In den Antworten zu Tirol, Kärnten und der Steiermark
 * sagte das Ministerium, …"): its commas join the list and open no clause, so the speaker is looked for
 * after the verb, as after any fronted phrase, not in the list's last member.
 */
import type {SpeakerRule} from "../../../quotes/speakerRule.js";
import {isCapitalised, isWord, LOWER_WORD} from "../../../quotes/tokens.js";
import {prepositions} from "../closed-class.js";
import {definiteArticles} from "../inflection.js";
import {finiteForm} from "../quoteRules/sentenceFacts.js";

const PREPOSITIONS = new Set(prepositions);
const LIST_JOINERS = new Set(["und", "oder", "sowie"]);
const ARTICLES = new Set(definiteArticles);

/** de.speaker.fronted-list: the clause before the verb goes back over the commas of a list to a preposition opening the sentence. */
export const frontedList: SpeakerRule = {
  id: "de.speaker.fronted-list",
  find(context) {
    const {tokens, cue, from} = context;
    if (from === 0 || from > 40 || tokens[from - 1].text !== "," || !PREPOSITIONS.has(tokens[0].lower)) return undefined;
    // the last member: capitalised words, articles and a joiner up to the verb ("Kärnten und der Steiermark")
    let joined = false;
    for (let j = from; j < cue; j++) {
      const t = tokens[j];
      if (t.quote >= 0) return undefined;
      if (LIST_JOINERS.has(t.lower)) joined = true;
      else if (!(isWord(t) && isCapitalised(t)) && !ARTICLES.has(t.lower)) return undefined;
    }
    if (!joined) return undefined;
    // each comma before it is followed by a capitalised member, and no verb stands in the phrase
    for (let j = 1; j < from - 1; j++) {
      const t = tokens[j];
      if (t.quote >= 0 || (LOWER_WORD.test(t.text) && finiteForm(t.lower) && !ARTICLES.has(t.lower))) return undefined;
      if (t.text === "," && !(isWord(tokens[j + 1]) && isCapitalised(tokens[j + 1]))) return undefined;
    }
    // the verb follows the list: its subject comes after it, as after any fronted phrase ("sagte das Ministerium")
    const next = tokens[cue + 1];
    if (!next || next.quote >= 0 || /^[,.;:!?]$/.test(next.text)) return undefined;
    const subject = context.phraseAfter(cue + 1);
    return subject && !(subject[0] === subject[1] && /^(?:es|man)$/.test(tokens[subject[0]].lower)) ? subject : undefined;
  }
};
