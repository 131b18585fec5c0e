import {WORD_ORDER_CUES} from "./bare-cues.js";
import {familyNameNoun} from "./family-name-noun.js";
import {type FoundMention, finish, PERSON_CUES, type VetoedMention} from "./found-mention.js";
import {coordinatedAt, listedBefore} from "./coordinated.js";
import {knownSurnameAt, registerSurname} from "./known-surname.js";
import type {PersonLexicon} from "./lexicon.js";
import {mentionAt} from "./mention-at.js";
import {firstWordIndex, mentionVeto, yieldsToTextSurname} from "./mention-vetoes.js";
import {INITIAL} from "./name-shape.js";
import {surnameCore} from "./names.js";
import {organisationNamesIn} from "./organisation-names.js";
import {loneArabicSurname, roleArabicSurname} from "./particle-names.js";
import {afterPlaceNoun, placeNamesIn} from "./place-names.js";
import {type Token, tokenize} from "./tokens.js";

export type {FoundMention, VetoedMention} from "./found-mention.js";

/**
 * Finds person mentions in the given spans (body sentences) of a text.
 * Token scan with Set/Map lookups; a second pass adds bare surnames that the
 * register, a full name or a person cue (role, speech verb) earlier or later in the same text introduced
 * (document-level consistency: "Regisseur Hecker … Die Daten stammen von Hecker"); a bare name found by
 * word order alone, or a lone given name, is dropped when the text gives it to a place or firm ("die Stadt Lindenau", place-names.ts), and a lone name
 * by any cue when the text or data/organisations.yaml gives it to a union, association or party (organisation-names.ts).
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
  /** Pending words a veto took that yields to a surname of the text: pending index → the vetoed mention, dropped when pass 2 finds it. */
  const pendingVeto = new Map<number, VetoedMention>();
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
      if (m && veto) {
        const v: VetoedMention = {start: m.start, end: m.end, surface: m.surface, rule: m.rule, veto};
        vetoed.push(v);
        // "Jan Wettau … Im Finale gewann Wettau den Pokal": a clause's veto yields to a surname a full name of the text gave (pass 2)
        if (m.first === m.last && yieldsToTextSurname(veto)) {
          pendingVeto.set(pendingLower.length, v);
          pendingSpan.push(span);
          pendingIndex.push(m.first);
          pendingLower.push(tokens[m.first].lower);
        }
        i = m.last;
        continue;
      }
      if (!m) {
        const arabic = loneArabicSurname(tokens, i);
        // (a lower-case token's `lower` is its text: the Arabic article's surname needs lower-casing)
        const lower = arabic ? tokens[i].text.toLowerCase() : tokens[i].lower;
        // "sagte al-Hadri": a lone surname with the Arabic article names the person the register gives it to
        if (arabic && staticSurname(lower)) found.push(finish(text, tokens, i, i, span, [], tokens[i].text, registerSurname(lex, lower), "arabic-surname", lex));
        // "Hamas-Unterhändler al-Chatib": a role noun right before it names a person, as it does a capitalised surname
        else if (arabic && roleArabicSurname(tokens, i, lex)) {
          const m = finish(text, tokens, i, i, span, [], tokens[i].text, "", "role+arabic-surname", lex);
          found.push(m);
          learned.add(lower);
        }
        else if (arabic || (tokens[i].cap && tokens[i].word)) {
          pendingSpan.push(span);
          pendingIndex.push(i);
          pendingLower.push(lower);
        }
        continue;
      }
      found.push(m);
      const lower = surnameCore(m.surname).toLowerCase();
      // a surname that came with its given name or with a cue that names a person ("Regisseur Hecker", "sagte Hecker") names that person elsewhere in the text too;
      // a common noun found by a cue alone ("Professoren Musik") is not taken up elsewhere, where it is the noun ("über Musik")
      // an initial ("Karim D.") is no surname to look for elsewhere
      // so does a surname a foreign particle opens ("Kommissar van Hoeven" before "Van Hoeven sagte"), unless it is a noun ("du Erfolg")
      const named = m.given.length || PERSON_CUES.has(familyNameNoun.cueOf(m.rule)) || (m.rule === "particle+surname" && !lex.commonNoun(lower));
      if (m.surname && named && !staticSurname(lower) && !INITIAL.test(m.surname)) learned.add(lower);
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
    const tokens = tokensBySpan[span];
    // "Lina al-Qasri … sagte al-Qasri": a lone surname with the Arabic article a full name of the text gave
    if (!tokens[i].cap) {
      if (learned.has(lower)) found.push(finish(text, tokens, i, i, span, [], tokens[i].text, "", "arabic-surname", lex));
      continue;
    }
    const m = knownSurnameAt(text, tokens, i, span, lex, known);
    if (m) found.push(m);
    const v = m && pendingVeto.get(p);
    if (v) vetoed.splice(vetoed.indexOf(v), 1);
  }
  // "Die Stadt Lindenau will …. Lindenau soll …": a name the text gives a place is no person where word order alone suggested one
  const places = placeNamesIn(tokensBySpan);
  // so is a lone given name ("die Hauptstadt Karin … in Karin"), found by the given-name list alone
  const atPlace = places.size ? found.filter((m) => (m.given.length ? !(m.rule === "given-name" && places.has(m.given[0].toLowerCase())) : !places.has(m.surname.toLowerCase()) || (!WORD_ORDER_CUES.has(familyNameNoun.cueOf(m.rule)) && !afterPlaceNoun(tokensBySpan[m.span], m.first)))) : found;
  // "Die Gewerkschaft Lindor fordert …. Lindor will …", "bei Verdi" (data/organisations.yaml): a lone name of an organisation is no person, whatever its cue
  const organisations = organisationNamesIn(tokensBySpan, lex);
  const kept = organisations.size ? atPlace.filter((m) => {
    const lower = m.surname.toLowerCase();
    if (m.given.length || m.registerId || !(organisations.has(lower) || (lower.endsWith("s") && organisations.has(lower.slice(0, -1))))) return true;
    vetoed.push({start: m.start, end: m.end, surface: m.surface, rule: m.rule, veto: "organisation-name"});
    return false;
  }) : atPlace;
  return kept.sort((a, b) => a.start - b.start);
}
