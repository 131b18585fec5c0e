import {finiteVerbSourceGeneration, isDictionaryFiniteVerb} from "../lang/de/finite-verb-dict.js";
import {particlesBeforeSubject} from "../lang/de/bare-name-words.js";
import {auxiliaryForms, finiteVerbs, inseparableGePast, notPastForms, separableParticles, strongPastStems} from "../lang/de/finite-verbs.js";
import type {Token} from "./tokens.js";

const AUX = auxiliaryForms;
const PARTICIPLE = /^(?:ab|an|auf|aus|bei|ein|fest|fort|her|hin|los|mit|nach|so|vor|weg|zu|zurück|zusammen)?ge/u;
/** Inseparable verb prefixes. */
const INSEPARABLE = ["ver", "ent", "emp", "be", "er", "zer", "miss", "über", "unter", "hinter", "wider"];
/** A third-person form with an inseparable prefix that is also a participle ("erwartet", "befürchtet"). */
const INSEPARABLE_T = /^(?:be|er|ver|ent|emp|zer|über|unter)\p{L}{3,}t$/u;
/** Words that open a content clause after a verb of saying or thinking. */
const CONTENT_CLAUSE = new Set(["dass", "daß", "ob"]);
const SUPERLATIVE = /[^s]ste$/u;
const stems = new Set(strongPastStems);
const stemLengths = [...new Set(strongPastStems.map((s) => s.length))].sort((a, b) => b - a);

/** What a word's letters alone say of it as a finite verb ({@link wordKind}); the context decides the rest. */
const enum Kind {
  None = 0,
  Aux = 1,
  Listed = 2,
  Strong = 3,
  /** A dictionary form ("nennt"). */
  Dict = 4,
  /** A weak past form in "-te": a verb unless it stands inside a noun phrase. */
  Weak = 5
}
/** Bit added to a kind: a form that is also a participle, finite before ", dass …" ({@link INSEPARABLE_T}). */
const PARTICIPLE_T = 8;

/** {@link wordKind} per lower-case word: words repeat, the stem and dictionary tests need not. */
const kinds = new Map<string, number>();
/** The verb dictionary's source {@link kinds} was filled from. */
let kindsGeneration = -1;

const PARTICLES_BEFORE_SUBJECT = new Set(particlesBeforeSubject);

/**
 * The index of the token before up to two particles that may stand between a verb and its subject right before
 * tokens[i] ("übernahm dann auch Brasseur …" → the verb's index); i - 1 when none stands there (-1 for the first token).
 */
export function beforeParticles(tokens: Token[], i: number): number {
  let k = i - 1;
  while (k > 0 && k >= i - 2 && PARTICLES_BEFORE_SUBJECT.has(tokens[k].lower)) k--;
  return k;
}

/**
 * Whether tokens[k] reads as a finite verb: a listed form, a word ending in a
 * strong past stem ("übernahm"), a third-person form of the verb dictionary
 * ("nennt", "weiß"; "dict"), or a weak past form in "-te" that does not
 * stand inside a noun phrase ("verspielte", not "die letzte").
 */
export function finiteVerbAt(tokens: Token[], k: number, afterSubject = false): string {
  const t = tokens[k];
  if (!t || !t.word || t.cap) return "";
  const w = t.lower;
  if (kindsGeneration !== finiteVerbSourceGeneration()) {
    kinds.clear();
    kindsGeneration = finiteVerbSourceGeneration();
  }
  let bits = kinds.get(w);
  if (bits === undefined) {
    bits = wordKind(w);
    if (kinds.size >= 200_000) kinds.clear();
    kinds.set(w, bits);
  }
  const kind = bits & 7;
  if (kind === Kind.Aux) return "aux";
  if (kind === Kind.Listed) return "listed";
  if (kind === Kind.Strong) return "strong";
  // a form that is also a participle is finite before ", dass …" ("Schliepkamp erwartet, dass …", "befürchtet, dass")
  if (bits & PARTICIPLE_T && tokens[k + 1]?.text === "," && CONTENT_CLAUSE.has(tokens[k + 2]?.lower ?? "")) return "dict";
  if (kind === Kind.Dict) return "dict";
  if (kind === Kind.Weak) {
    const before = tokens[k - 1];
    // in verb-second order the verb follows the first constituent's head (capitalised, a number or punctuation); after a lower-case word it is an attribute ("die offiziell bestätigte")
    return !afterSubject && before && before.word && !before.cap ? "" : "weak";
  }
  return "";
}

/** The tests of {@link finiteVerbAt} that read the word alone, in its order: a {@link Kind}, plus {@link PARTICIPLE_T}. */
function wordKind(w: string): number {
  if (finiteVerbs.has(w)) return AUX.has(w) ? Kind.Aux : Kind.Listed;
  for (const length of stemLengths) {
    if (w.length < length) continue;
    // not a participle used as an adjective ("genannte", "sogenannte", "gebrachte")
    if (stems.has(w.slice(w.length - length)) && (w.length === length || (w.length - length >= 2 && !w.slice(0, w.length - length).endsWith("ge")))) return Kind.Strong;
  }
  // a listed form with an inseparable prefix ("verlässt", "erhält", "unterschreibt")
  for (const prefix of INSEPARABLE) if (w.length - prefix.length >= 4 && w.startsWith(prefix) && finiteVerbs.has(w.slice(prefix.length)) && !AUX.has(w.slice(prefix.length))) return Kind.Listed;
  const participle = INSEPARABLE_T.test(w) ? PARTICIPLE_T : 0;
  // forms in -te go to the test below, which tells a past form from an attribute ("die geleitete Gemeinde")
  if (!w.endsWith("te") && isDictionaryFiniteVerb(w)) return Kind.Dict | participle;
  // participles used as adjectives ("gegründete", "angestellte") and superlatives ("kleinste") are not verbs; "gehörte", "gelangte" are
  const pastShape = inseparableGePast.has(w) || (w.endsWith("te") && !PARTICIPLE.test(w));
  if (w.length >= 5 && pastShape && !notPastForms.has(w) && !SUPERLATIVE.test(w)) return Kind.Weak | participle;
  return Kind.None | participle;
}

/** Particles, longest first, so "zurück" is tried before "zu". */
const PARTICLES = [...separableParticles].sort((a, b) => b.length - a.length);
/** A present form in -iert ("formuliert", "reagiert"): a participle too, so finite only where a clause ends on it after its subject. */
const IERT_PRESENT = /^\p{L}{3,}iert$/u;

/**
 * Whether tokens[k] reads as the finite verb that closes a subordinate clause after its subject: a form of {@link finiteVerbAt},
 * a separable verb written as one word ("ausdrückt", "zurückkehrt": a particle, then a finite form that is no auxiliary),
 * or a present form in -iert ("formuliert"). The caller knows the clause ends there (punctuation follows).
 */
export function clauseFinalVerbAt(tokens: Token[], k: number): boolean {
  if (finiteVerbAt(tokens, k, true)) return true;
  const t = tokens[k];
  if (!t?.word || t.cap) return false;
  const w = t.lower;
  if (IERT_PRESENT.test(w) && !PARTICIPLE.test(w)) return true;
  for (const particle of PARTICLES) {
    if (w.length - particle.length < 4 || !w.startsWith(particle)) continue;
    const rest = w.slice(particle.length);
    // "ausgeht" is no participle's shape; "abgesagt" is ("ge" after the particle)
    if (rest.startsWith("ge") && !finiteVerbs.has(rest)) continue;
    const kind = wordKind(rest) & 7;
    if (kind !== Kind.None && kind !== Kind.Aux) return true;
  }
  return false;
}
