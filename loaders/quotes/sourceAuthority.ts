/**
 * `de.speaker.source-authority`: who speaks in a source phrase. "Nach Angaben
 * der Feuerwehr", "Angaben der Polizei zufolge", "nach Informationen des
 * Senders", "nach Erkenntnissen von Europol": the speaker span keeps the
 * source noun, as the Wikinews gold marks it ("Angaben der Feuerwehr"), but the
 * speaker named in the row is the authority after it ("der Feuerwehr"), the
 * way "laut der Polizei" names "der Polizei"; the first part of a hyphenated
 * compound too ("NASA-Angaben" → "NASA"). A phrase of time after "vom"
 * ("Angaben vom frühen Morgen") and a source noun with nothing after it
 * ("Polizeiangaben", "eigenen Angaben") name no authority.
 */
import {sourceNouns} from "../lang/de/speechVerbs.js";
import {tokenize} from "./tokens.js";

const SOURCE_NOUNS = new Set(sourceNouns);
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
  // "von" takes the phrase after it; a genitive keeps its article ("der Feuerwehr")
  const start = link.lower === "von" ? first.start : link.start;
  return surface.slice(start).trim();
}
