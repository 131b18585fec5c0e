import {aliasNameAt} from "./alias-names.js";
import {bareCue} from "./bare-cues.js";
import {closedClassWords, nonNameWords} from "./closed-class.js";
import {cueVeto} from "./cue-vetoes.js";
import {familyNameNoun} from "./family-name-noun.js";
import {type FoundMention, finish, joinedText, PERSON_CUES, textsOf} from "./found-mention.js";
import {fullNameAt} from "./full-name-cue.js";
import type {PersonLexicon} from "./lexicon.js";
import {INITIAL, isSurnameCandidate, partOfOrgName} from "./name-shape.js";
import {invertedNameAt, nameRun, numeral} from "./name-run.js";
import {packageGivenAt} from "./package-given.js";
import {arabicSurnameAfter, articleApartAt, nameGoesBefore, nameGoesOn, nameTailAfter, nasabNameAt, particleNameAt, seatNameAt, unlistedGivenArabicSurname} from "./particle-names.js";
import {roleSurnameAt} from "./role-surname.js";
import {subjectPairCue} from "./subject-pair.js";
import type {Token} from "./tokens.js";
import {unlistedGivenBefore} from "./unlisted-given.js";
import {isObjectPronoun, pronounObjectSubject} from "../lang/de/pronoun-object-subject.js";
import {afterRelativePronoun, relativeSubject} from "../lang/de/personCues/relative.js";

/**
 * The rules of one mention, as small functions: the dispatcher {@link mentionAt} runs for every token, and a rare
 * branch (a register form, a particle, a cue) lives in a function of its own, so that V8 optimises each alone and a
 * first visit to a rare branch recompiles that small function, not the whole chain of rules.
 */

/**
 * A capital inside a word after a lower-case letter ("TelBox", "ShopNow", two words run together): a firm's or product's name,
 * not a surname alone; names with a prefix keep theirs ("McCartney", "MacArthur", "DiCaprio", "LeBron", "VanDyke", "O'Neill").
 */
const INNER_CAPITAL = /^(?!(?:Mc|Mac|D[aeiu]|L[ae]|Van|Von|Del|St)\p{Lu})\p{L}*\p{Ll}\p{Lu}/u;
/** A compound whose first part is an acronym ("EU-Recht", "SPÖ-Chef"): a noun, not a name. */
const ACRONYM_COMPOUND = /^\p{Lu}{2,}-\p{L}/u;

/** The mention starting at token i, or null. Rules in order: particle, register, given name, cue + bare name. */
export function mentionAt(text: string, tokens: Token[], i: number, span: number, lex: PersonLexicon): FoundMention | null {
  const particle = particleNameAt(tokens, i, lex);
  if (particle >= 0) return particleMention(text, tokens, i, particle, span, lex);
  const t = tokens[i];
  if (!t.cap || !t.word) return null;
  if (lex.register.byFirst.has(t.lower)) {
    const registered = registeredMention(text, tokens, i, span, lex);
    if (registered) return registered;
  }
  // "Kasim bin Rashid al-Farouqi": a name with a nasab and the Arabic article, whatever the lists know of its first word
  const nasab = nasabNameAt(tokens, i, lex);
  if (nasab >= 0) {
    // "Rashid bin Hamad Al Thani": the article written apart is part of the family name
    const apart = articleApartAt(tokens, nasab - 1);
    const surnameStart = apart ? nasab - 1 : nasab;
    return finish(text, tokens, i, nasab, span, [t.text, joinedText(tokens, i + 1, surnameStart - 1)], joinedText(tokens, surnameStart, nasab), "", "given+nasab+arabic-surname", lex);
  }
  const inverted = invertedNameAt(tokens, i, lex);
  if (inverted >= 0) return finish(text, tokens, i, inverted, span, [tokens[inverted].text], t.text, "", "surname,given", lex);
  const run = nameRun(tokens, i, lex);
  // a lone given name that is a closed-class word too ("Davor war …", "Solange er …") is the closed-class word
  if (run && !(run.last === i && closedClassWords.has(t.lower)) && !partOfOrgName(tokens, i, run.last)) return runMention(text, tokens, i, run, span, lex);
  const listed = packageGivenAt(tokens, i, lex);
  if (listed >= 0) return finish(text, tokens, i, listed, span, textsOf(tokens, i, listed), tokens[listed].text, "", "package-given+surname", lex);
  if (roleSurnameAt(tokens, i, lex)) return finish(text, tokens, i, i, span, [], t.text, "", "speech-verb+role-surname", lex);
  if (!isSurnameCandidate(t, lex)) return null;
  return bareNameAt(text, tokens, i, span, lex);
}

/** A surname with particles ("de Groot", "Frau von Rahmer" → "von Rahmer"); an initial stays alone. */
function particleMention(text: string, tokens: Token[], i: number, last: number, span: number, lex: PersonLexicon): FoundMention {
  const surname = tokens[i].cap ? tokens[last].text : joinedText(tokens, i, last);
  return finish(text, tokens, i, last, span, [], surname, "", "particle+surname", lex);
}

/** The longest register form starting at token i, or null. */
function registeredMention(text: string, tokens: Token[], i: number, span: number, lex: PersonLexicon): FoundMention | null {
  const forms = lex.register.byFirst.get(tokens[i].lower)!;
  for (const [form, id] of forms) {
    if (!formAt(tokens, i, form)) continue;
    const last = i + form.length - 1;
    // "Scheich Kasim" before "bin Rashid al-Farouqi": a short form does not cut a longer name apart
    if (nameGoesOn(tokens, last)) continue;
    // "Rashid bin Hamad" before "Al Thani": nor does one that starts inside a longer name
    if (nameGoesBefore(tokens, i)) continue;
    // the surname is the last word that is no initial; the given names every word before the last
    let surname = "";
    for (let k = last; k >= i; k--) {
      if (tokens[k].word && !INITIAL.test(tokens[k].text)) {
        surname = tokens[k].text;
        break;
      }
    }
    const given: string[] = [];
    for (let k = i; k < last; k++) if (tokens[k].word) given.push(tokens[k].text);
    return finish(text, tokens, i, last, span, given, surname, id, "register", lex);
  }
  return null;
}

/** Whether the lower-cased words of `form` stand at tokens[i..]. */
function formAt(tokens: Token[], i: number, form: readonly string[]): boolean {
  if (i + form.length > tokens.length) return false;
  // a lower-case token's `lower` is its text as written ("al-Farouqi"): lower-case it to compare
  for (let k = 0; k < form.length; k++) if (tokens[i + k].lower !== form[k] && tokens[i + k].text.toLowerCase() !== form[k]) return false;
  return true;
}

/** A run of given names and a surname; "Abu Bakr al-Baghdadi", "Mahmud al-Sarkawi": a surname with the Arabic article ends the name. */
function runMention(text: string, tokens: Token[], i: number, run: {last: number; given: string[]; surname: string}, span: number, lex: PersonLexicon): FoundMention {
  const last = arabicSurnameAfter(tokens, run.last);
  if (last > run.last) return finish(text, tokens, i, last, span, run.surname ? [...run.given, run.surname] : [...run.given], tokens[last].text, "", "given-name+arabic-surname", lex);
  return finish(text, tokens, i, run.last, span, run.given, run.surname, "", run.surname ? "given-name+surname" : "given-name", lex);
}

/** A capitalised word no given name opens: an alias, a full name after a verb, a name with its seat, or a bare name a cue gives. */
function bareNameAt(text: string, tokens: Token[], i: number, span: number, lex: PersonLexicon): FoundMention | null {
  const t = tokens[i];
  const prev = tokens[i - 1];
  // after an article or possessive no name but the subject after an object pronoun that is a possessive too ("teilte ihr Ibarrondo mit")
  // or the subject or object of a relative clause right after its pronoun (", die Brannow verbreitete")
  if (prev && lex.nounMarkers.has(prev.lower)) {
    if (nonNameWords.has(t.lower)) return null;
    if (isObjectPronoun(prev.lower)) return afterMarkerMention(text, tokens, i, span, pronounObjectSubject.id, lex);
    return afterRelativePronoun(tokens, i) ? afterMarkerMention(text, tokens, i, span, relativeSubject.id, lex) : null;
  }
  // a closed-class word ("Derzeit", "Keiner", also one that is a given name: "Mir geht …"), the part of a compound after a hyphen ("31-Jähriger") or a compound on an acronym ("EU-Recht")
  if (closedClassWords.has(t.lower) || (prev !== undefined && prev.text === "-" && prev.end === t.start) || ACRONYM_COMPOUND.test(t.text) || INNER_CAPITAL.test(t.text)) return null;
  const alias = aliasNameAt(tokens, i, lex);
  if (alias >= 0) return finish(text, tokens, i, alias, span, textsOf(tokens, i, alias), tokens[alias].text, "", "alias-name", lex);
  const full = fullNameAt(tokens, i, lex);
  if (full >= 0 && !partOfOrgName(tokens, i, full)) return finish(text, tokens, i, full, span, [t.text], tokens[full].text, "", "verb+full-name", lex);
  const seat = seatNameAt(tokens, i, lex);
  if (seat >= 0) return finish(text, tokens, i, seat, span, [t.text], tokens[seat].text, "", "name+von+seat", lex);
  return cueMention(text, tokens, i, span, lex) ?? arabicNameMention(text, tokens, i, span, lex);
}

/** "Baschar al-Assad": a surname with the Arabic article after a first name no list has and no cue reads (particle-names.ts), or null. */
function arabicNameMention(text: string, tokens: Token[], i: number, span: number, lex: PersonLexicon): FoundMention | null {
  const last = unlistedGivenArabicSurname(tokens, i, lex);
  return last > i && !partOfOrgName(tokens, i, last) ? finish(text, tokens, i, last, span, [tokens[i].text], tokens[last].text, "", "unlisted-given+arabic-surname", lex) : null;
}

/**
 * A name right after a word the lexicon takes for a noun marker, where only the cue `cueId` reads it as a name: the subject after an object
 * pronoun that is a possessive too ("teilte ihr Ibarrondo mit"), a relative clause's subject or object (", die Brannow verbreitete"); or null.
 */
function afterMarkerMention(text: string, tokens: Token[], i: number, span: number, cueId: string, lex: PersonLexicon): FoundMention | null {
  const rule = bareCue(tokens, i, lex);
  return familyNameNoun.cueOf(rule) === cueId && !cueVeto(tokens, i, cueId, lex) && !partOfOrgName(tokens, i, i) ? finish(text, tokens, i, i, span, [], tokens[i].text, "", rule, lex) : null;
}

/** A bare name a person cue gives (bare-cues.ts, subject-pair.ts), or null. */
function cueMention(text: string, tokens: Token[], i: number, span: number, lex: PersonLexicon): FoundMention | null {
  const rule = bareCue(tokens, i, lex) || subjectPairCue(tokens, i, lex);
  const cue = familyNameNoun.cueOf(rule);
  if (!cue || cueVeto(tokens, i, cue, lex)) return null;
  if (cue === "role+name") return roleNameMention(text, tokens, i, span, rule, lex);
  // "sagte Baschar al-Assad": the cue's name runs on over a surname with the Arabic article, unless the cue read a genitive
  const last = cue === "genitive+noun" || cue === "noun+genitive" ? i : arabicSurnameAfter(tokens, i);
  return cuedNameMention(text, tokens, i, last, span, rule, cue, lex);
}

/** "Regisseur Oren Groverman": a role cue may introduce a name the lexicon lacks; "der Kanadier Remy de Castelnau", "der Franzose Karim D.". */
function roleNameMention(text: string, tokens: Token[], i: number, span: number, rule: string, lex: PersonLexicon): FoundMention | null {
  let last = i;
  while (last - i < 2 && tokens[last + 1] && isSurnameCandidate(tokens[last + 1], lex) && tokens[last + 1].start === tokens[last].end + 1) last++;
  if (partOfOrgName(tokens, i, last)) return null;
  const core = last;
  last = nameTailAfter(tokens, last, lex);
  if (last > core && !INITIAL.test(tokens[last].text)) return finish(text, tokens, i, last, span, textsOf(tokens, i, core + 1), joinedText(tokens, core + 1, last), "", rule, lex);
  return cuedNameMention(text, tokens, i, last, span, rule, "role+name", lex);
}

/** The bare name tokens[i..last] a cue gives, with an unlisted given name before it where the cue names a person. */
function cuedNameMention(text: string, tokens: Token[], i: number, last: number, span: number, rule: string, cue: string, lex: PersonLexicon): FoundMention | null {
  if (cue !== "role+name" && partOfOrgName(tokens, i, last)) return null;
  const surname = cue === "genitive+noun" || cue === "noun+genitive" ? tokens[last].text.slice(0, -1) : tokens[last].text;
  // "von Bram Tolliver, einem bekannten Tänzer": a cue that names a person takes an unlisted given name before the surname; so does a genitive ("Tarvo Wessers neuer Film")
  const first = (PERSON_CUES.has(cue) && cue !== "role+name") || cue === "genitive+noun" || cue === "surname-shape" ? unlistedGivenBefore(tokens, i, lex) : i;
  return finish(text, tokens, first, numeral(tokens, last), span, last > first ? textsOf(tokens, first, last) : [], surname, "", rule, lex);
}
