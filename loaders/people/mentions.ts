import type {PersonLexicon} from "./lexicon.js";
import {roleAround} from "./role-context.js";
import {roleNoun} from "./roles.js";
import {type Token, tokenize} from "./tokens.js";
import {finiteVerbAt} from "./verbs.js";

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

const INITIAL = /^\p{Lu}\.$/u;
const ACRONYM = /^[\p{Lu}\d]{2,}$/u;
/** Surname shapes that are rarely German nouns: Slavic, Balkan, Greek, Turkish, Romanian endings. */
const SURNAME_SHAPE = /^.{3,}(?:sk[iyj]j?|zk[iy]|enko|[^aeiou][oe]v|vi[cć]|escu|opoulos|akis|idis|o[gğ]lu|ishvili|adze|sson)$/u;
/** Party abbreviations in "Name (SPD)". Lower-cased. */
const PARTIES = new Set(["spd", "cdu", "csu", "fdp", "afd", "grüne", "grünen", "linke", "bsw", "övp", "spö", "fpö", "svp", "sp", "fdp.", "pds", "npd"]);
/** Words before a name that report its words: ", so Müller." and "laut Müller". */
/** Sentence adverbs that open a clause before an inverted verb ("Danach kam …", "Natürlich nutzte …"): by ending or by form. */
const SENTENCE_ADVERB = /^(?:da|dar|wo|hier|dort|jetzt|nun|zwar|ferner|zuletzt|zunächst|seither|später|trotzdem|außerdem|dennoch|erst|bald|oft|heute|gestern|morgen|damals|immer|noch|schon|auch|nur|vielleicht|zudem|inzwischen|mittlerweile|bisher|bereits|ebenfalls|anschließend|allerdings|stattdessen|deshalb|daher|dabei|schließlich|endlich|plötzlich|sofort|demnach|hinzu|hierzu|somit|also|so|dann|wieder|weiter|sonst|jedoch|ebenso)$|(?:lich|weise|mals|dings|falls|gemäß|dem|halb|wegen|her|hin|wärts)$|^(?:da|dar|wo)(?:n|r|nach|bei|mit|rauf|rin|rüber|zu|von|für|gegen|hinter|neben|über|unter|vor|durch|um|auf|aus|an|in)$/u;
/** Pronouns after a verb that show the word before it was not the subject ("Dort arbeitete er"). */
const PRONOUNS = new Set(["er", "sie", "es", "man", "ich", "wir", "ihr", "du", "sich"]);
const REPORTERS = new Set(["laut", "so"]);
/** Words after which a bare capitalised word is the subject of a clause ("dass Bothe freigelassen wurde", "hat Schödler … müssen"). */
const SUBJECT_OPENERS = new Set("dass daß da nachdem weil ob obwohl bevor sobald".split(" "));
/** Endings of German common nouns (and plurals) that a bare subject with these endings is taken to be. */
const NOUN_ENDING = /(?:ung|heit|keit|schaft|tion|sion|tät|ismus|nis|tum|ium|ik|ie|ei|enz|anz|ment|chen|lein|en|ern|eln|te|ge|ur|ät|is|us|ling|ist|al|at)$/u;
const PLACE_PREFIXES = new Set(["st", "st.", "sankt", "santa", "san", "santo", "são", "monte", "lake", "mount", "saint", "sainte", "fort", "port", "cape", "kap"]);
const ROMAN = /^(?:[IVX]{1,5}|Jr|Sr)\.?$/u;
const STRONG_FIRST = new Set(["von", "van", "zu", "vom", "zur", "de", "da", "di", "del", "della", "dos", "du", "bin", "ibn", "al", "el", "ten", "ter", "mac", "le", "la"]);

/**
 * Finds person mentions in the given spans (body sentences) of a text.
 * Token scan with Set/Map lookups; a second pass adds bare surnames that the
 * register or a full name earlier or later in the same text introduced.
 */
export function findMentions(text: string, spans: readonly {start: number; end: number}[], lex: PersonLexicon): FoundMention[] {
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
    for (let i = 0; i < tokens.length; i++) {
      const m = mentionAt(text, tokens, i, span, lex) ?? knownSurnameAt(text, tokens, i, span, lex, staticSurname);
      if (!m) {
        if (tokens[i].cap && tokens[i].word) {
          pendingSpan.push(span);
          pendingIndex.push(i);
          pendingLower.push(tokens[i].lower);
        }
        continue;
      }
      found.push(m);
      const lower = m.surname.toLowerCase();
      if (m.surname && m.given.length && !staticSurname(lower)) learned.add(lower);
      i = m.last;
      // "Kallas und Selenskyj", "Trump und Putin": a bare name coordinated with a person is a person
      const before = coordinatedAt(tokens, i - (m.last - m.first) - 2, m.first - 1, lex);
      const previous = found[found.length - 2];
      if (before >= 0 && !(previous && previous.span === span && previous.last >= before)) found.push(finish(text, tokens, before, before, span, [], tokens[before].text, "", "coordinated-name", lex));
      const after = coordinatedAt(tokens, m.last + 2, m.last + 1, lex);
      if (after >= 0) {
        found.push(finish(text, tokens, after, after, span, [], tokens[after].text, "", "coordinated-name", lex));
        i = after;
      }
    }
  });
  // pass 2: surnames a full name of this text introduced ("Peskow" after "Dmitri Peskow")
  const known = (lower: string) => learned.has(lower);
  let tokens: Token[] = [];
  let tokensOf = -1;
  for (let p = 0; learned.size && p < pendingLower.length; p++) {
    const span = pendingSpan[p];
    const i = pendingIndex[p];
    const lower = pendingLower[p];
    if (!learned.has(lower) && !(lower.endsWith("s") && learned.has(lower.slice(0, -1)))) continue;
    if (tokensOf !== span) {
      tokens = tokenize(text, spans[span].start, spans[span].end);
      tokensOf = span;
    }
    const m = knownSurnameAt(text, tokens, i, span, lex, known);
    if (m) found.push(m);
  }
  return found.sort((a, b) => a.start - b.start);
}

const COORDINATORS = new Set(["und", "oder", "sowie", "&"]);

/** Index k when tokens[k] is a lone capitalised name joined to a mention by tokens[joiner] ("und", "oder", "sowie"), else -1. */
function coordinatedAt(tokens: Token[], k: number, joiner: number, lex: PersonLexicon): number {
  const t = tokens[k];
  if (!t || !tokens[joiner] || !COORDINATORS.has(tokens[joiner].lower) || !isSurnameCandidate(t, lex) || isGiven(t, lex)) return -1;
  // names the register or the surname lexicon knows keep their own rule
  if (lex.register.byFirst.has(t.lower) || lex.register.bySurname.has(t.lower) || lex.knownSurnames.has(t.lower)) return -1;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (prev && (lex.nounMarkers.has(prev.lower) || (prev.cap && prev.word))) return -1;
  if (next && next.cap && next.word) return -1;
  if (/(?:ung|heit|keit|schaft|tion|tät|ismus)$/u.test(t.lower)) return -1;
  return k;
}

/** A bare surname the given test knows (also in the genitive: "Putins"). */
function knownSurnameAt(text: string, tokens: Token[], i: number, span: number, lex: PersonLexicon, known: (lower: string) => boolean): FoundMention | null {
  const t = tokens[i];
  if (!t.cap || !t.word || lex.nonPersonWords.has(t.lower)) return null;
  // part of a longer name or title the lexicon lacks ("Kerry Shook", "The Shakespeare Problem")
  const base = known(t.lower) ? t.lower : t.lower.length > 5 && t.lower.endsWith("s") && known(t.lower.slice(0, -1)) ? t.lower.slice(0, -1) : "";
  if (!base) return null;
  const next = tokens[i + 1];
  if (base === t.lower && next?.cap && next.word && !lex.nonPersonWords.has(next.lower) && !roleNoun(next) && !lex.personVerbs.has(next.lower)) return null;
  const surname = base === t.lower ? t.text : t.text.slice(0, -1);
  // "Valentino Rossi", "Venus Williams": an unlisted given name before a known surname
  const prev = tokens[i - 1];
  const opener = tokens[i - 2];
  if (base === t.lower && prev && isSurnameCandidate(prev, lex) && !prev.lower.endsWith("s") && !known(prev.lower) && !(opener && (lex.nounMarkers.has(opener.lower) || (opener.word && !opener.cap && /(?:e|en|er|es|em)$/u.test(opener.lower))))) {
    return finish(text, tokens, i - 1, i, span, [prev.text], surname, registerSurname(lex, base), "given+known-surname", lex);
  }
  return finish(text, tokens, i, i, span, [], surname, registerSurname(lex, base), "known-surname", lex);
}

function registerSurname(lex: PersonLexicon, lower: string): string {
  const ids = lex.register.bySurname.get(lower);
  return ids?.length === 1 ? ids[0] : "";
}

/** The mention starting at token i, or null. Rules in order: register, given name, cue + bare name. */
function mentionAt(text: string, tokens: Token[], i: number, span: number, lex: PersonLexicon): FoundMention | null {
  const t = tokens[i];
  if (!t.cap || !t.word) return null;
  const registered = registerAt(tokens, i, lex);
  if (registered) {
    const [last, id] = registered;
    const parts = tokens.slice(i, last + 1).filter((x) => x.word && !INITIAL.test(x.text));
    const surname = parts.length ? parts[parts.length - 1].text : "";
    const given = tokens.slice(i, last).filter((x) => x.word).map((x) => x.text);
    return finish(text, tokens, i, last, span, given, surname, id, "register", lex);
  }
  const run = nameRun(tokens, i, lex);
  if (run) return finish(text, tokens, i, run.last, span, run.given, run.surname, "", run.surname ? "given-name+surname" : "given-name", lex);
  if (!isSurnameCandidate(t, lex)) return null;
  const prev = tokens[i - 1];
  if (prev && lex.nounMarkers.has(prev.lower)) return null;
  const cue = bareCue(tokens, i, lex);
  if (!cue) return null;
  let last = i;
  // "Regisseur Oren Moverman": a role cue may introduce a name the lexicon lacks
  while (cue === "role+name" && last - i < 2 && tokens[last + 1] && isSurnameCandidate(tokens[last + 1], lex) && tokens[last + 1].start === tokens[last].end + 1) last++;
  const surname = cue === "genitive+noun" ? tokens[last].text.slice(0, -1) : tokens[last].text;
  return finish(text, tokens, i, numeral(tokens, last), span, last > i ? tokens.slice(i, last).map((x) => x.text) : [], surname, "", cue, lex);
}

/** Which cue makes a lone capitalised word a name, or "". */
function bareCue(tokens: Token[], i: number, lex: PersonLexicon): string {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const genitive = tokens[i].lower.endsWith("s");
  if (prev && roleNoun(prev) && !genitive) return "role+name";
  if (prev?.text === "," && roleAround(tokens, i, i, lex).roles.length) return "role+name";
  const adjective = prev && prev.word && !prev.cap && /(?:e|en|er|es|em)$/u.test(prev.lower);
  const sentenceStart = !prev || (!prev.word && /[.!?:]/.test(prev.text));
  // not after a number, "als"/"wie" (predicative: "als Fehlentwicklung kritisierte") or a capitalised adjective ("zur Römischen Republik erklärt")
  const predicative = prev && (/^\d$/u.test(prev.text) || prev.lower === "als" || prev.lower === "wie" || (prev.cap && /(?:ischen|ische|ischer|lichen|ichen)$/u.test(prev.lower)));
  if (!sentenceStart && next && lex.personVerbs.has(next.lower) && !adjective && !predicative) return "name+speech-verb";
  // not after an attribute ("das offiziell bestätigte Gespräch.")
  const beforeVerb = tokens[i - 2];
  if (prev && lex.personVerbs.has(prev.lower) && (!next || !next.word) && !(beforeVerb && beforeVerb.word && !beforeVerb.cap && lex.nounMarkers.has(beforeVerb.lower)) && !(beforeVerb?.word && !beforeVerb.cap && prev.lower.endsWith("te") && /(?:ell|ig|lich|isch|al|iv)$/u.test(beforeVerb.lower))) return "speech-verb+name";
  // "Barretta (64)", "Müller (SPD)": age or party in brackets
  if (next?.text === "(" && !genitive && bracketed(tokens, i + 2)) return "name+bracket";
  // ", so Schaffer." / "laut Pellengahr" / "Popper zufolge"
  if (prev && REPORTERS.has(prev.lower) && (prev.lower === "laut" || tokens[i - 2]?.text === ",") && (!next || (!next.word && !/\d/u.test(next.text)))) return "reporter+name";
  if (next?.lower === "zufolge" && !genitive && !NOUN_ENDING.test(tokens[i].lower) && (!prev || !prev.word || roleNoun(prev))) return "name+zufolge";
  if (prev && SUBJECT_OPENERS.has(prev.lower) && next?.word && !next.cap && !NOUN_ENDING.test(tokens[i].lower) && !lex.nounMarkers.has(next.lower) && !(tokens[i].lower.length > 7 && tokens[i].lower.endsWith("e"))) return "bare-subject";
  // clause-initial subject: "Fadinger verbuchte …", ", als Munch starb"
  const opens = !prev || (!prev.word && /^[.!?:"„“«»]$/u.test(prev.text));
  const third = tokens[i + 2];
  if (opens && next && !genitive && !NOUN_ENDING.test(tokens[i].lower) && !/e$/u.test(tokens[i].lower) && !SENTENCE_ADVERB.test(tokens[i].lower) && !(third && (PRONOUNS.has(third.lower) || (third.cap && third.word)))) {
    const kind = finiteVerbAt(tokens, i + 1, true);
    if (kind && kind !== "aux") return "subject+verb";
  }
  // pre-nominal genitive: "Swayzes Liebe", "aus McCartneys Ohr", "Chaucers erstes Gedicht"
  if (genitive && prev && !COORDINATORS.has(prev.lower) && !(prev && (lex.nounMarkers.has(prev.lower) || (prev.word && !prev.cap && /(?:e|en|er|es|em)$/u.test(prev.lower)))) && possessor(tokens[i], lex) && headNounAfter(tokens, i + 1)) return "genitive+noun";
  // verb-second inversion: "1990 wirkte Turner mit", "revanchierte sich Friesinger"
  const verb = prev?.lower === "sich" ? i - 2 : i - 1;
  const vk = verb >= 0 ? finiteVerbAt(tokens, verb) : "";
  if (vk && vk !== "aux" && next?.word && !next.cap && !NOUN_ENDING.test(tokens[i].lower) && !tokens[i].lower.endsWith("e") && !genitive) return "verb+subject-" + vk;
  if (i > 0 && SURNAME_SHAPE.test(tokens[i].lower) && !(prev && !prev.word && /[.:!?]/.test(prev.text))) return "surname-shape";
  return "";
}

function isGiven(t: Token, lex: PersonLexicon): boolean {
  if (!t.cap || !t.word) return false;
  if (INITIAL.test(t.text)) return true;
  if (lex.givenNames.has(t.lower)) return true;
  const dash = t.lower.indexOf("-");
  return dash > 0 && t.lower.split("-").every((p) => lex.givenNames.has(p));
}

function isSurnameCandidate(t: Token, lex: PersonLexicon): boolean {
  return t.word && t.cap && !INITIAL.test(t.text) && !ACRONYM.test(t.text) && !lex.nonPersonWords.has(t.lower) && !roleNoun(t);
}

/**
 * A word after a given name that is a surname although it is also a noun or a place:
 * a role noun not followed by another capitalised word ("Karl Richter wegen …", "Maria König"),
 * or a place after a nobility particle ("Karl von Bayern").
 */
function surnameAfterGiven(tokens: Token[], k: number, afterParticle: boolean, lex: PersonLexicon): boolean {
  const t = tokens[k];
  if (!t.word || !t.cap || INITIAL.test(t.text) || ACRONYM.test(t.text)) return false;
  if (afterParticle) return true;
  const next = tokens[k + 1];
  return !!roleNoun(t) && !lex.nounMarkers.has(t.lower) && !(next?.cap && next.word);
}

/** Given name(s), optional particles, then a surname. */
function nameRun(tokens: Token[], i: number, lex: PersonLexicon): {last: number; given: string[]; surname: string} | null {
  const prev = tokens[i - 1];
  // "St. Anna", "Santa Maria", "Lake Harriet": a place named after a person
  const before = prev?.text === "." ? tokens[i - 2] : prev;
  if (before && PLACE_PREFIXES.has(before.lower)) return null;
  // "22. August", "am 3. Mai": a date, not a given name
  const dated = prev && (/^\d/.test(prev.text) || (prev.text === "." && /^\d/.test(tokens[i - 2]?.text ?? "")));
  if (dated && (lex.ambiguousGivenNames.has(tokens[i].lower) || lex.nonPersonWords.has(tokens[i].lower))) return null;
  let j = i;
  while (j < tokens.length && isGiven(tokens[j], lex) && !(j > i && ROMAN.test(tokens[j].text))) j++;
  if (j === i) return null;
  const given = tokens.slice(i, j).map((t) => t.text);
  let k = j;
  if (k < tokens.length && STRONG_FIRST.has(tokens[k].lower)) {
    k++;
    if (k < tokens.length && lex.nameParticles.has(tokens[k].lower)) k++;
  }
  const candidate = tokens[k];
  if (candidate && !ROMAN.test(candidate.text) && (isSurnameCandidate(candidate, lex) || surnameAfterGiven(tokens, k, k > j, lex))) {
    // "Gotthold Ephraim Lessing", "Samson Raphael Hirsch": a second name part before a known surname
    const third = tokens[k + 1];
    if (k === j && third && lex.knownSurnames.has(third.lower) && isSurnameCandidate(third, lex) && third.start === candidate.end + 1 && !(tokens[k + 2]?.cap && tokens[k + 2].word)) {
      return {last: numeral(tokens, k + 1), given: [...given, candidate.text], surname: third.text};
    }
    return {last: numeral(tokens, k), given, surname: candidate.text};
  }
  // "Karl der Große": given name with an epithet
  if (given.length === 1 && (tokens[j]?.lower === "der" || tokens[j]?.lower === "die") && tokens[j + 1]?.cap && /e$/u.test(tokens[j + 1].lower) && !roleNoun(tokens[j + 1]) && tokens[j + 1].lower.length > 3 && /^(?:groß|klein|heilig|fromm|kühn|jung|ält|gut|einfältig|stamm|stark|schön|weis|gerecht|eiser)/u.test(tokens[j + 1].lower)) {
    return {last: j + 1, given, surname: ""};
  }
  if (INITIAL.test(given[0])) return null;
  if (given.length >= 2 && !INITIAL.test(given[given.length - 1])) return {last: numeral(tokens, j - 1), given: given.slice(0, -1), surname: given[given.length - 1]};
  const after = numeral(tokens, i);
  if (given.length === 1 && (after > i || !(lex.ambiguousGivenNames.has(given[0].toLowerCase()) || lex.nonPersonWords.has(given[0].toLowerCase())))) return {last: after, given, surname: ""};
  return null;
}

/** Extends a name over a following regnal numeral or suffix ("Joseph II.", "Downey Jr."). */
function numeral(tokens: Token[], last: number): number {
  const end = numeralOnly(tokens, last);
  // "Friedrich II. von Preußen"
  if (end > last && (tokens[end + 1]?.lower === "von" || tokens[end + 1]?.lower === "zu") && tokens[end + 2]?.cap && tokens[end + 2].word) return end + 2;
  return end;
}

function numeralOnly(tokens: Token[], last: number): number {
  const next = tokens[last + 1];
  if (!next || !ROMAN.test(next.text) || next.text.endsWith(".")) return next && ROMAN.test(next.text) ? last + 1 : last;
  // the full stop of an ordinal numeral belongs to it ("Benedikt XVI."), also when set apart
  return tokens[last + 2]?.text === "." && tokens[last + 2].start - next.end <= 1 ? last + 2 : last + 1;
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

/** A capitalised "-s" word whose stem looks like a person's name, not a place or common noun ("Swayzes", not "Europas", "Sachsens", "Jahres"). */
function possessor(t: Token, lex: PersonLexicon): boolean {
  const w = t.lower;
  if (w.length < 5 || ACRONYM.test(t.text) || w.includes("-") || /(?:us|is|ss|os|ts|chs|ns|ms|bs|ls|ks|'s|’s)$/u.test(w)) return false;
  const stem = w.slice(0, -1);
  // known surnames keep their own rule (with register ids): "Trumps" is known-surname
  if (lex.knownSurnames.has(stem) || lex.register.bySurname.has(stem) || lex.register.byFirst.has(stem)) return false;
  if (lex.givenNames.has(stem)) return !lex.nonPersonWords.has(stem);
  if (lex.nonPersonWords.has(stem) || lex.nonPersonWords.has(w)) return false;
  return !/(?:a|e|en|land|reich|burg|berg|stadt|dorf|heim|ien|ut|ung|heit|keit|schaft|tum|ns|ts)$/u.test(stem) && !NOUN_ENDING.test(stem);
}

/** Whether a noun phrase without article starts at tokens[k]: a capitalised noun, maybe after an adjective ("erstes Gedicht"). */
function headNounAfter(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t?.word) return false;
  if (t.cap) return !roleNoun(t) || !!roleNoun(t)?.role;
  const n = tokens[k + 1];
  return /(?:e|er|es)$/u.test(t.lower) && !t.lower.endsWith("te") && !!n?.cap && !!n.word;
}

/** Whether tokens from k hold an age (14–99) or a party abbreviation and then ")": "(64)", "( SPD )". The tokenizer keeps digits apart. */
function bracketed(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (PARTIES.has(t.lower)) return tokens[k + 1]?.text === ")";
  if (!/^\d$/u.test(t.text) || !/^\d$/u.test(tokens[k + 1]?.text ?? "") || tokens[k + 2]?.text !== ")" || tokens[k + 1].start !== t.end) return false;
  return Number(t.text) >= 1 && !(t.text === "1" && Number(tokens[k + 1].text) < 4);
}
