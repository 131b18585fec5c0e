/**
 * A partial quote that is the complement of a verb characterising in the speaker's words, in the
 * quotation's own clause: "sprach von einem „…“", "nannte den Plan eine „…“", "bezeichnete das als
 * „…“", also with the verb after it ("Von einem „…“ sprach der Kanzler", "Während die Partei von
 * einem „…“ sprach, …"). The quotation is the speaker's words (type direct), the verb's subject the
 * speaker (policy for partial quotes: loaders/quotes/README.md). The verb of its own clause wins over
 * a quotation before it in the sentence ("X nannte … eine „…“, Y sprach von einem „…“": Y) and over a
 * cue of another clause.
 */
import {attributionFor} from "../../../quotes/attribute.js";
import {clauseStart, type Cue} from "../../../quotes/context.js";
import {cueForms, type CueForm} from "../../../quotes/lexicon.js";
import type {DirectRule} from "../../../quotes/rule.js";
import {CLAUSE_END_MARKS, type Token} from "../../../quotes/tokens.js";
import {lowerBound} from "../../../text/lower-bound.js";
import {characterisingClause} from "../speechVerbs.js";

/** Tokens after a quotation's opening mark the search for its clause's verb reads at most. */
const CLAUSE_REACH = 60;

/** Lemma → the preposition its complement takes ("sprechen" → "von"), "" when it takes a noun phrase. */
const PREPOSITIONS = new Map(characterisingClause.map(({lemma, preposition}) => [lemma, preposition]));

/** The characterising reading of a word outside quotations, if it is one of the finite or participle forms. */
function characterisingForm(t: Token): CueForm | undefined {
  if (t.quote >= 0) return undefined;
  return cueForms.get(t.lower)?.find((f) => PREPOSITIONS.has(f.lemma) && !(f.particle && f.particle !== PREPOSITIONS.get(f.lemma)));
}

/** One past the last token of the clause holding token `i`, over quotations (their commas are the speaker's). */
function clauseEndOver(tokens: Token[], i: number): number {
  let j = i + 1;
  while (j < tokens.length && j < i + CLAUSE_REACH && !(tokens[j].quote < 0 && CLAUSE_END_MARKS.has(tokens[j].text))) j++;
  return j;
}

/**
 * The characterising verb of the clause that holds token `open` (the opening mark), with the
 * preposition its complement needs standing before the quotation in the clause; null when none.
 */
function clauseVerb(tokens: Token[], open: number): Cue | null {
  const from = clauseStart(tokens, open);
  const to = clauseEndOver(tokens, open);
  for (let i = from; i < to; i++) {
    const form = characterisingForm(tokens[i]);
    if (!form) continue;
    const preposition = PREPOSITIONS.get(form.lemma)!;
    if (!preposition) return {index: i, form, particle: -1};
    // "sprach von einem „…“", "Von einem „…“ sprach": the preposition before the quotation, in the clause
    for (let j = open - 1; j >= from && j >= open - 6; j--) {
      // the lexicon's own particle ("sprach von") is part of the cue text; "als" of "bezeichnete" is not
      if (tokens[j].quote < 0 && tokens[j].lower === preposition) return {index: i, form, particle: form.particle ? j : -1};
    }
  }
  return null;
}

export const characterisingInClause: DirectRule = {
  id: "de.quote.direct.characterising-clause",
  attribute({pair, sentence, sentenceLike}) {
    if (sentenceLike) return null; // a partial quote, not a sentence quoted whole
    const {tokens} = sentence;
    const open = lowerBound(tokens.length, (k) => tokens[k].start < pair.open);
    if (open >= tokens.length || tokens[open].start !== pair.open) return null;
    const cue = clauseVerb(tokens, open);
    if (!cue) return null;
    const a = attributionFor(tokens, cue);
    return a.speakerStart === null ? null : a;
  }
};
