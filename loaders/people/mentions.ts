import {abstractNounSuffixes, attributiveEnding} from "../lang/de/inflection.js";
import {aliasNameAt} from "./alias-names.js";
import {bareCue, WORD_ORDER_CUES} from "./bare-cues.js";
import {closedClassWords, nonNameWords, notGivenName} from "./closed-class.js";
import {firstWordIndex, mentionVeto} from "./mention-vetoes.js";
import {cueVeto} from "./cue-vetoes.js";
import {familyNameNoun} from "./family-name-noun.js";
import {fullNameAt} from "./full-name-cue.js";
import {unlistedGivenBefore} from "./unlisted-given.js";
import {packageGivenAt} from "./package-given.js";
import type {PersonLexicon} from "./lexicon.js";
import {COORDINATORS, headlineNoun, INITIAL, isGiven, isSurnameCandidate, partOfOrgName} from "./name-shape.js";
import {invertedNameAt, nameRun, numeral} from "./name-run.js";
import {surnameCore} from "./names.js";
import {arabicSurnameAfter, nameTailAfter, particleNameAt, seatNameAt} from "./particle-names.js";
import {afterPlaceNoun, placeNamesIn} from "./place-names.js";
import {roleAround} from "./role-context.js";
import {roleSurnameAt} from "./role-surname.js";
import {roleNoun} from "./roles.js";
import {subjectPairCue} from "./subject-pair.js";
import {adjectiveShape, nominalisedParticipleEnding, placeOnlyPrepositions} from "../lang/de/bare-name-words.js";
import {isObjectPronoun, pronounObjectSubject} from "../lang/de/pronoun-object-subject.js";
import {type Token, tokenize} from "./tokens.js";
import {firmPartners} from "../lang/de/non-person-words.js";
import {finiteVerbAt} from "./verbs.js";

/**
 * A capital inside a word after a lower-case letter ("TelBox", "ShopNow", two words run together): a firm's or product's name,
 * not a surname alone; names with a prefix keep theirs ("McCartney", "MacArthur", "DiCaprio", "LeBron", "VanDyke", "O'Neill").
 */
const INNER_CAPITAL = /^(?!(?:Mc|Mac|D[aeiu]|L[ae]|Van|Von|Del|St)\p{Lu})\p{L}*\p{Ll}\p{Lu}/u;
/** A compound whose first part is an acronym ("EU-Recht", "SPÖ-Chef"): a noun, not a name. */
const ACRONYM_COMPOUND = /^\p{Lu}{2,}-\p{L}/u;

/**
 * Cues that name a person by what the text says of the word (a role, a speech verb, an age or party in
 * brackets, a citation), not by word order alone: a bare name they find is taken up again elsewhere in the text.
 */
const PERSON_CUES = new Set(["role+name", "role+quoted-name", "name+als-role", "name+speech-verb", "speech-verb+name", "reporter+name", "name+bracket", "name+zufolge", "author+citation", "name+colon", "name+apposition"]);

/** Words for a firm's partners ("und Co", "& Söhne"). */
const FIRM_PARTNERS = new Set(firmPartners);
/** Prepositions after which a lone name is a place ("in Sharon"). */
const PLACE_ONLY = new Set(placeOnlyPrepositions);
/** Abstract nouns ("Regierung", "Freiheit", "Sozialismus"): never a name in a list of names. */
const ABSTRACT_NOUN = new RegExp(`(?:${[...abstractNounSuffixes, "ismus"].join("|")})$`, "u");

/** A mention a veto of mention-vetoes.ts dropped: its span, the rule that found it and the veto's id. */
export interface VetoedMention {
  start: number;
  end: number;
  surface: string;
  rule: string;
  veto: string;
}

/** A person mention found in the text, before identities are merged. */
export interface FoundMention {
  start: number;
  end: number;
  surface: string;
  /** Given names as written ("Dmitri"), possibly empty. */
  given: string[];
  /** Surname as written ("Peskow"), "" when only a given name is known. */
  surname: string;
  /** Register id when the register names this form, else "". */
  registerId: string;
  /** Roles the text gives next to the name ("Außenminister", "Direktor der CIA"). */
  roles: string[];
  affiliation: string;
  /** The words the affiliation was read from ("US-", "russische"). */
  affiliationCue: string;
  rule: string;
  /** Index of the span (sentence) the mention lies in. */
  span: number;
  /** Token range within that span. */
  first: number;
  last: number;
}

/**
 * Finds person mentions in the given spans (body sentences) of a text.
 * Token scan with Set/Map lookups; a second pass adds bare surnames that the
 * register, a full name or a person cue (role, speech verb) earlier or later in the same text introduced
 * (document-level consistency: "Regisseur Hecker … Die Daten stammen von Hecker"); a bare name found by
 * word order alone is dropped when the text gives it to a place or firm ("die Stadt Lindenau", place-names.ts).
 * Each span is tokenized once; its tokens are left in `tokensBySpan[span]` for callers that read them again.
 * Mentions a veto of mention-vetoes.ts drops are pushed to `vetoed` with the veto's id (counted per veto id by scripts/eval/people-errors.ts).
 */
export function findMentions(text: string, spans: readonly {start: number; end: number}[], lex: PersonLexicon, tokensBySpan: Token[][] = [], vetoed: VetoedMention[] = []): FoundMention[] {
  const found: FoundMention[] = [];
  const learned = new Set<string>();
  /** Capitalised words pass 1 left alone: span, token index and lower-case form, as parallel arrays. */
  const pendingSpan: number[] = [];
  const pendingIndex: number[] = [];
  const pendingLower: string[] = [];
  const staticSurname = (lower: string) => lex.knownSurnames.has(lower) || lex.register.bySurname.has(lower);
  // pass 1: names, cues, and surnames the lexicon or register knows
  spans.forEach((s, span) => {
    const tokens = tokenize(text, s.start, s.end);
    tokensBySpan[span] = tokens;
    const firstWord = firstWordIndex(tokens);
    for (let i = 0; i < tokens.length; i++) {
      const m = mentionAt(text, tokens, i, span, lex) ?? knownSurnameAt(text, tokens, i, span, lex, staticSurname);
      // a firm's, place's or product's name, an illness or an adjective (mention-vetoes.ts): none of its words is read again
      const veto = m ? mentionVeto(tokens, m.first, m.last, m.rule, lex, firstWord) : "";
      if (m && veto) { vetoed.push({start: m.start, end: m.end, surface: m.surface, rule: m.rule, veto}); i = m.last; continue; }
      if (!m) {
        if (tokens[i].cap && tokens[i].word) {
          pendingSpan.push(span);
          pendingIndex.push(i);
          pendingLower.push(tokens[i].lower);
        }
        continue;
      }
      found.push(m);
      const lower = surnameCore(m.surname).toLowerCase();
      // a surname that came with its given name or with a cue that names a person ("Regisseur Hecker", "sagte Hecker") names that person elsewhere in the text too;
      // a common noun found by a cue alone ("Professoren Musik") is not taken up elsewhere, where it is the noun ("über Musik")
      // an initial ("Brahim A.") is no surname to look for elsewhere
      if (m.surname && (m.given.length || PERSON_CUES.has(familyNameNoun.cueOf(m.rule))) && !staticSurname(lower) && !INITIAL.test(m.surname)) learned.add(lower);
      i = m.last;
      // "Kallas und Selenskyj", "Trump und Putin": a bare name coordinated with a person is a person
      const before = coordinatedAt(tokens, i - (m.last - m.first) - 2, m.first - 1, lex);
      const previous = found[found.length - 2];
      if (before >= 0 && !(previous && previous.span === span && previous.last >= before)) {
        // "Harlond, Brenneck und Leigh": the list goes on before a comma
        const listed: number[] = [before];
        for (let k = listedBefore(tokens, before, lex); k >= 0 && !(previous && previous.span === span && previous.last >= k); k = listedBefore(tokens, k, lex)) listed.unshift(k);
        for (const k of listed) found.push(finish(text, tokens, k, k, span, [], tokens[k].text, "", "coordinated-name", lex));
      }
      const after = coordinatedAt(tokens, m.last + 2, m.last + 1, lex);
      if (after >= 0) {
        found.push(finish(text, tokens, after, after, span, [], tokens[after].text, "", "coordinated-name", lex));
        i = after;
      }
    }
  });
  // pass 2: surnames a full name of this text introduced ("Peskow" after "Dmitri Peskow")
  const known = (lower: string) => learned.has(lower);
  for (let p = 0; learned.size && p < pendingLower.length; p++) {
    const span = pendingSpan[p];
    const i = pendingIndex[p];
    const lower = pendingLower[p];
    if (!learned.has(lower) && !(lower.endsWith("s") && learned.has(lower.slice(0, -1)))) continue;
    const m = knownSurnameAt(text, tokensBySpan[span], i, span, lex, known);
    if (m) found.push(m);
  }
  // "Die Stadt Lindenau will …. Lindenau soll …": a name the text gives a place is no person where word order alone suggested one
  const places = placeNamesIn(tokensBySpan);
  const kept = places.size ? found.filter((m) => m.given.length || !places.has(m.surname.toLowerCase()) || (!WORD_ORDER_CUES.has(familyNameNoun.cueOf(m.rule)) && !afterPlaceNoun(tokensBySpan[m.span], m.first))) : found;
  return kept.sort((a, b) => a.start - b.start);
}

/** Index k when tokens[k] is a lone capitalised name joined to a mention by tokens[joiner] ("und", "oder", "sowie"), else -1. */
function coordinatedAt(tokens: Token[], k: number, joiner: number, lex: PersonLexicon, comma = false): number {
  const t = tokens[k];
  if (!t || !tokens[joiner] || !(COORDINATORS.has(tokens[joiner].lower) || (comma && tokens[joiner].text === ",")) || !isSurnameCandidate(t, lex) || isGiven(t, lex)) return -1;
  // names the register or the surname lexicon knows keep their own rule
  if (lex.register.byFirst.has(t.lower) || lex.register.bySurname.has(t.lower) || lex.knownSurnames.has(t.lower)) return -1;
  // a place or firm ("Merkel und Myanmar" is a list of topics) or a firm's partner ("Jan Vorberg und Co")
  if (lex.placesAndOrganisations.has(t.lower) || FIRM_PARTNERS.has(t.lower)) return -1;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (prev && (lex.nounMarkers.has(prev.lower) || (prev.cap && prev.word))) return -1;
  if (next && next.cap && next.word) return -1;
  if (ABSTRACT_NOUN.test(t.lower)) return -1;
  // a common noun ("zwei Wochen und Telemann") or a nominalised participle ("Unternehmen und Fördersuchende")
  if (lex.commonNoun(t.lower) || nominalisedParticipleEnding.test(t.lower)) return -1;
  return k;
}

/**
 * Index k when tokens[k] is a lone capitalised name before a comma that opens tokens[first], an item of a list of names
 * ("Harlond, Brenneck und Leigh"): not a place, firm or common noun, and nothing but a comma, bracket or sentence start before it; else -1.
 */
function listedBefore(tokens: Token[], first: number, lex: PersonLexicon): number {
  if (tokens[first - 1]?.text !== ",") return -1;
  const k = first - 2;
  const t = tokens[k];
  const prev = tokens[k - 1];
  if (!t || (prev && (prev.word || !/^[,(;:]$/u.test(prev.text)))) return -1;
  if (lex.placesAndOrganisations.has(t.lower)) return -1;
  return coordinatedAt(tokens, k, first - 1, lex, true);
}

/** A bare surname the given test knows (also in the genitive: "Putins"). */
function knownSurnameAt(text: string, tokens: Token[], i: number, span: number, lex: PersonLexicon, known: (lower: string) => boolean): FoundMention | null {
  const t = tokens[i];
  if (!t.cap || !t.word || lex.nonPersonWords.has(t.lower)) return null;
  // part of a longer name or title the lexicon lacks ("Kerry Snook", "The Marlowe Question")
  const base = known(t.lower) ? t.lower : t.lower.length > 5 && t.lower.endsWith("s") && known(t.lower.slice(0, -1)) ? t.lower.slice(0, -1) : "";
  if (!base) return null;
  const next = tokens[i + 1];
  if (base === t.lower && next?.cap && next.word && !lex.nonPersonWords.has(next.lower) && !roleNoun(next) && !lex.personVerbs.has(next.lower)) return null;
  const surname = base === t.lower ? t.text : t.text.slice(0, -1);
  // "Valentino Rossi", "Venus Williams": an unlisted given name before a known surname
  const prev = tokens[i - 1];
  const opener = tokens[i - 2];
  // not a preposition, adverb or finite verb ("Neben Strache", "Verliert Strache") nor a role noun ("Anwältin Rest"),
  // nor a common noun of five letters or more ("Kat Szabo" stays), adjective, place or firm ("Dauerthema Merkel", "Dow Jones")
  if (base === t.lower && prev && isSurnameCandidate(prev, lex) && !prev.lower.endsWith("s") && !known(prev.lower) && !notGivenName(prev.lower) && !headlineNoun(prev, lex) && !lex.placesAndOrganisations.has(prev.lower) && !adjectiveShape.test(prev.lower) && !(opener && (lex.nounMarkers.has(opener.lower) || (opener.word && !opener.cap && attributiveEnding.test(opener.lower) && !finiteVerbAt(tokens, i - 2))))) {
    return finish(text, tokens, i - 1, i, span, [prev.text], surname, registerSurname(lex, base), "given+known-surname", lex);
  }
  if (partOfOrgName(tokens, i, i)) return null;
  // "der Mini Cooper", "Lehmbruck - Beuys": after a capitalised word that is no role, name or noun the surname ends a longer name
  if (base === t.lower && prev?.cap && prev.word && prev !== tokens[0] && !roleNoun(prev) && !lex.nonPersonWords.has(prev.lower) && !lex.commonNoun(prev.lower) && !isGiven(prev, lex) && !known(prev.lower)) return null;
  // "in Sharon": a place; "eine Madonna": a common noun
  if (prev && base === t.lower && (PLACE_ONLY.has(prev.lower) || (lex.commonNoun(t.lower) && lex.nounMarkers.has(prev.lower)))) return null;
  return finish(text, tokens, i, i, span, [], surname, registerSurname(lex, base), "known-surname", lex);
}

function registerSurname(lex: PersonLexicon, lower: string): string {
  const ids = lex.register.bySurname.get(lower);
  return ids?.length === 1 ? ids[0] : "";
}

/** The mention starting at token i, or null. Rules in order: register, given name, cue + bare name. */
function mentionAt(text: string, tokens: Token[], i: number, span: number, lex: PersonLexicon): FoundMention | null {
  const t = tokens[i];
  const particle = particleNameAt(tokens, i, lex);
  if (particle >= 0) return finish(text, tokens, i, particle, span, [], surnameWithParticles(tokens, i, particle), "", "particle+surname", lex);
  if (!t.cap || !t.word) return null;
  const registered = registerAt(tokens, i, lex);
  if (registered) {
    const [last, id] = registered;
    const parts = tokens.slice(i, last + 1).filter((x) => x.word && !INITIAL.test(x.text));
    const surname = parts.length ? parts[parts.length - 1].text : "";
    const given = tokens.slice(i, last).filter((x) => x.word).map((x) => x.text);
    return finish(text, tokens, i, last, span, given, surname, id, "register", lex);
  }
  const inverted = invertedNameAt(tokens, i, lex);
  if (inverted >= 0) return finish(text, tokens, i, inverted, span, [tokens[inverted].text], t.text, "", "surname,given", lex);
  const run = nameRun(tokens, i, lex);
  // a lone given name that is a closed-class word too ("Davor war …", "Solange er …") is the closed-class word
  if (run && !(run.last === i && closedClassWords.has(t.lower)) && !partOfOrgName(tokens, i, run.last)) {
    // "Abu Bakr al-Baghdadi", "Mahmud al-Sarkawi": a surname with the Arabic article ends the name
    const last = arabicSurnameAfter(tokens, run.last);
    if (last > run.last) return finish(text, tokens, i, last, span, [...run.given, ...(run.surname ? [run.surname] : [])], tokens[last].text, "", "given-name+arabic-surname", lex);
    return finish(text, tokens, i, run.last, span, run.given, run.surname, "", run.surname ? "given-name+surname" : "given-name", lex);
  }
  const listed = packageGivenAt(tokens, i, lex);
  if (listed >= 0) return finish(text, tokens, i, listed, span, tokens.slice(i, listed).map((x) => x.text), tokens[listed].text, "", "package-given+surname", lex);
  if (roleSurnameAt(tokens, i, lex)) return finish(text, tokens, i, i, span, [], t.text, "", "speech-verb+role-surname", lex);
  if (!isSurnameCandidate(t, lex)) return null;
  const prev = tokens[i - 1];
  // after an article or possessive no name but the subject after an object pronoun that is a possessive too ("teilte ihr Ibarrondo mit")
  if (prev && lex.nounMarkers.has(prev.lower)) {
    const rule = isObjectPronoun(prev.lower) && !nonNameWords.has(t.lower) ? bareCue(tokens, i, lex) : "";
    return familyNameNoun.cueOf(rule) === pronounObjectSubject.id && !cueVeto(tokens, i, pronounObjectSubject.id, lex) && !partOfOrgName(tokens, i, i) ? finish(text, tokens, i, i, span, [], t.text, "", rule, lex) : null;
  }
  // a closed-class word ("Derzeit", "Keiner", also one that is a given name: "Mir geht …"), the part of a compound after a hyphen ("31-Jähriger") or a compound on an acronym ("EU-Recht")
  if (closedClassWords.has(t.lower) || (prev?.text === "-" && prev.end === t.start) || ACRONYM_COMPOUND.test(t.text) || INNER_CAPITAL.test(t.text)) return null;
  const alias = aliasNameAt(tokens, i, lex);
  if (alias >= 0) return finish(text, tokens, i, alias, span, tokens.slice(i, alias).map((x) => x.text), tokens[alias].text, "", "alias-name", lex);
  const full = fullNameAt(tokens, i, lex);
  if (full >= 0 && !partOfOrgName(tokens, i, full)) return finish(text, tokens, i, full, span, [t.text], tokens[full].text, "", "verb+full-name", lex);
  const seat = seatNameAt(tokens, i, lex);
  if (seat >= 0) return finish(text, tokens, i, seat, span, [t.text], tokens[seat].text, "", "name+von+seat", lex);
  const rule = bareCue(tokens, i, lex) || subjectPairCue(tokens, i, lex);
  const cue = familyNameNoun.cueOf(rule);
  if (!cue || cueVeto(tokens, i, cue, lex)) return null;
  let last = i;
  // "Regisseur Oren Groverman": a role cue may introduce a name the lexicon lacks
  while (cue === "role+name" && last - i < 2 && tokens[last + 1] && isSurnameCandidate(tokens[last + 1], lex) && tokens[last + 1].start === tokens[last].end + 1) last++;
  if (partOfOrgName(tokens, i, last)) return null;
  // "der Kanadier Remy de Castelnau", "der Tunesier Abu al-Hamran", "der Franzose Brahim A."
  const core = last;
  if (cue === "role+name") last = nameTailAfter(tokens, last, lex);
  if (last > core && !INITIAL.test(tokens[last].text)) return finish(text, tokens, i, last, span, tokens.slice(i, core + 1).map((x) => x.text), tokens.slice(core + 1, last + 1).map((x) => x.text).join(" "), "", rule, lex);
  const surname = cue === "genitive+noun" || cue === "noun+genitive" ? tokens[last].text.slice(0, -1) : tokens[last].text;
  // "von Bram Tolliver, einem bekannten Tänzer": a cue that names a person takes an unlisted given name before the surname; so does a genitive ("Tarvo Wessers neuer Film")
  const first = (PERSON_CUES.has(cue) && cue !== "role+name") || cue === "genitive+noun" || cue === "surname-shape" ? unlistedGivenBefore(tokens, i, lex) : i;
  return finish(text, tokens, first, numeral(tokens, last), span, last > first ? tokens.slice(first, last).map((x) => x.text) : [], surname, "", rule, lex);
}

/** Longest register form starting at token i: [last token index, person id]. */
function registerAt(tokens: Token[], i: number, lex: PersonLexicon): [number, string] | null {
  const forms = lex.register.byFirst.get(tokens[i].lower);
  if (!forms) return null;
  for (const [form, id] of forms) {
    let k = i;
    let ok = true;
    for (const word of form) {
      if (k >= tokens.length || tokens[k].lower !== word) {
        ok = false;
        break;
      }
      k++;
    }
    if (ok) return [k - 1, id];
  }
  return null;
}

function finish(text: string, tokens: Token[], first: number, last: number, span: number, given: string[], surname: string, registerId: string, rule: string, lex: PersonLexicon): FoundMention {
  const start = tokens[first].start;
  const end = tokens[last].end;
  const context = roleAround(tokens, first, last, lex);
  return {
    start, end, surface: text.slice(start, end), given, surname, registerId,
    roles: context.roles, affiliation: context.affiliation, affiliationCue: context.cue, rule, span, first, last
  };
}

/** The surname from tokens[first] to tokens[last], particles included ("de Groot", "Frau von Rahmer" → "von Rahmer"); an initial stays alone. */
function surnameWithParticles(tokens: Token[], first: number, last: number): string {
  return tokens[first].cap ? tokens[last].text : tokens.slice(first, last + 1).map((t) => t.text).join(" ");
}
