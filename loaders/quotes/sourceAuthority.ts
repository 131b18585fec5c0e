/**
 * `de.speaker.source-authority`: who speaks in a source phrase. "Nach Angaben
 * der Feuerwehr", "Angaben der Polizei zufolge", "nach Informationen des
 * Senders", "nach Erkenntnissen von Europol": the speaker span keeps the
 * source noun, as the Wikinews gold marks it ("Angaben der Feuerwehr"), but the
 * speaker named in the row is the authority after it, in its base form
 * ("Feuerwehr", speakers.ts with authorityBaseForm), the way "laut der Polizei"
 * names "Polizei"; the first part of a hyphenated compound too ("NASA-Angaben"
 * → "NASA"). The authority is its noun phrase only: a lower-case preposition
 * after it ends it ("der Polizei vom Montag", "der Polizei in Köln" →
 * "Polizei"). A phrase of time after "vom" or "von" ("Angaben vom frühen
 * Morgen", "Angaben von Montag") and a source noun with nothing after it
 * ("Polizeiangaben", "eigenen Angaben") name no authority. The row's rule id
 * says when this rule named the speaker (SOURCE_AUTHORITY_SUFFIX).
 */
import {prepositions} from "../lang/de/closed-class.js";
import {namePrepositions, TIME_WORD} from "../lang/de/speakerKinds.js";
import {sourceNouns} from "../lang/de/speechVerbs.js";
import {tokenize} from "./tokens.js";

/** Rule id of a speaker this module named. */
export const SOURCE_AUTHORITY_RULE = "de.speaker.source-authority";
/** Appended to a quote row's rule id when its speaker is the authority of a source phrase ("de.quote.indirect.nach+de.speaker.source-authority"). */
export const SOURCE_AUTHORITY_SUFFIX = `+${SOURCE_AUTHORITY_RULE}`;

const SOURCE_NOUNS = new Set(sourceNouns);
const PREPOSITIONS = new Set(prepositions);
const IN_NAMES = new Set(namePrepositions);
/** Words that join the authority to its source noun: "von" and the articles of a genitive. */
const LINKS = new Set(["von", "des", "der", "eines", "einer"]);
/** Words at most before the source noun: an article and two adjectives ("den ersten offiziellen Angaben"). */
const MAX_LEAD = 3;

/**
 * The authority a speaker phrase names after a source noun ("Angaben der Feuerwehr" → "der Feuerwehr",
 * "Informationen von AFP und Reuters" → "AFP und Reuters"), as written; undefined when the phrase is no
 * source noun with a genitive or "von" phrase after it.
 */
export function sourceAuthority(surface: string): string | undefined {
  const tokens = tokenize(surface, 0, surface.length);
  // the source noun opens the phrase, after an article or adjectives at most ("Den Angaben", "nach ersten offiziellen Angaben")
  const noun = tokens.findIndex((t, i) => i <= MAX_LEAD && SOURCE_NOUNS.has(t.lower));
  const link = tokens[noun + 1];
  const first = tokens[noun + 2];
  // "NASA-Angaben", "Polizei-Informationen": the first part of a hyphenated compound is the authority
  const compound = tokens.length === 1 ? /^(\p{Lu}[^-]*)-(\p{L}+)$/u.exec(tokens[0].text) : null;
  if (compound && SOURCE_NOUNS.has(compound[2].toLowerCase())) return compound[1];
  if (noun < 0 || !link || !LINKS.has(link.lower) || !first) return undefined;
  // "Angaben von Montag", "von gestern": a time, no authority
  if (link.lower === "von" && TIME_WORD.test(first.text.charAt(0).toUpperCase() + first.text.slice(1))) return undefined;
  // "von" takes the phrase after it; a genitive keeps its article ("der Feuerwehr")
  const start = link.lower === "von" ? first.start : link.start;
  // the noun phrase ends at a preposition after its first capitalised word ("der Polizei vom Montag", "der Feuerwehr
  // vor Ort"), except one found inside names ("für", "ohne") unless a time follows it ("gegen Abend"); a preposition
  // right before that one goes too ("bis gegen Abend")
  const head = tokens.findIndex((t, i) => i >= noun + 2 && /^\p{Lu}|^\d/u.test(t.text));
  let stop = head < 0 ? -1 : tokens.findIndex((t, i) => i > head && endsName(t.text, tokens[i + 1]?.text));
  while (stop > head + 1 && PREPOSITIONS.has(tokens[stop - 1].text)) stop--;
  return surface.slice(start, stop < 0 ? surface.length : tokens[stop].start).trim() || undefined;
}

/** Whether a word ends an authority's name: a preposition not found inside names, or any preposition before a time word. */
function endsName(word: string, next: string | undefined): boolean {
  if (!PREPOSITIONS.has(word)) return false;
  return !IN_NAMES.has(word) || (next !== undefined && TIME_WORD.test(next));
}
