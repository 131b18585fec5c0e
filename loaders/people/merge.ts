import type {RegisterPerson} from "./register.js";
import {familyFirst} from "./family-first.js";
import {givenEvidence, phoneticCode, spellingKey, spellingVariantEvidence, spellingVariantKey, surnameCore, surnameEvidence} from "./names.js";

/** One distinct name as the mentions give it. */
export interface NameForm {
  /** Provisional or register id carried by the mentions. */
  key: string;
  given: string;
  surname: string;
  registerId: string;
  count: number;
  /** For a given name alone: the family name a noun of kin gives it ("dessen Tochter Lea" after "Jonas Weber" → "Weber"), or absent. */
  family?: string;
}

/** A merged person: final id, canonical name and why each form joined. */
export interface Identity {
  id: string;
  name: string;
  registerId: string;
  /** Given names and surnames known for the person. */
  given: string[];
  surnames: string[];
  evidence: string[];
  count: number;
}

/** Latin letters that do not decompose into a base letter and a mark, spelt out for ids. */
const SPELT_OUT: Record<string, string> = {ß: "ss", æ: "ae", œ: "oe", ø: "o", ł: "l", đ: "d", ð: "d", þ: "th", ı: "i"};

/** Lower-case slug for ids: "Dmitri Peskow" → "dmitri-peskow", "Jörg Straßer" → "jorg-strasser". */
export function slug(name: string): string {
  return name.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/[ßæœøłđðþı]/g, (c) => SPELT_OUT[c]).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "unknown";
}

/**
 * Merges name forms into identities:
 * 1. register people are the first identities (their name and aliases);
 * 2. full names (given + surname), most frequent first, join the identity whose surname
 *    matches (same, transliteration key, or Kölner Phonetik) and whose given names are
 *    compatible (variant group, transliteration, phonetic, initial); else they start one;
 * 3. bare surnames join the one identity whose surname matches; with two or more
 *    candidates they stay apart (ambiguous), with none they start one; a word alone that is the
 *    family name of an East-Asian name in family-name-first order ("Chen" of "Chen Wei-ming", see
 *    familyFirst) counts as a candidate of that identity too, so it joins when it is the only one;
 * 4. given names alone stay apart, but for one that a noun of kin gives a family name (`family`): it joins the one full
 *    name of that family with a compatible given name, with the evidence "Lea: given name of kin in the family Weber";
 * 5. a genitive in -s ("Kaltenbrunners") of a surname other forms give at least as often joins the
 *    identity that surname matches, with the evidence "Kaltenbrunners → Kaltenbrunner: genitive";
 *    without such an identity it is treated as a name of its own.
 * Returns form key → identity.
 */
export function mergeNames(forms: readonly NameForm[], register: readonly RegisterPerson[], groups: ReadonlyMap<string, string>): Map<string, Identity> {
  const identities = new SurnameIndex();
  const byRegister = new Map<string, Identity>();
  for (const person of register) {
    const given: string[] = [];
    const surnames: string[] = [];
    for (const form of [person.name, ...person.aliases]) {
      const words = form.split(/\s+/).filter(Boolean);
      if (!words.length) continue;
      surnames.push(words[words.length - 1]);
      if (words.length > 1) given.push(words[0]);
    }
    const identity: Identity = {id: person.id, name: person.name, registerId: person.id, given: unique(given), surnames: unique(surnames), evidence: [], count: 0};
    identities.add(identity);
    for (const form of [person.name, ...person.aliases]) {
      const [first, ...rest] = form.split(/\s+/).filter(Boolean);
      if (rest.length) identities.indexFamilyFirst(identity, first, rest.join(" "));
    }
    byRegister.set(person.id, identity);
  }
  const result = new Map<string, Identity>();
  // genitives ("Kaltenbrunners") of a surname the corpus gives at least as often ("Kaltenbrunner") come last, to join it;
  // a surname in -s given more often than its stem is a name of its own ("Celmins", not the genitive of "Celmin")
  const surnames = new Map<string, number>();
  for (const f of forms) surnames.set(f.surname.toLowerCase(), (surnames.get(f.surname.toLowerCase()) ?? 0) + f.count);
  for (const s of [...byRegister.values()].flatMap((i) => i.surnames)) surnames.set(s.toLowerCase(), Infinity);
  const genitiveOf = (form: NameForm) => {
    if (form.registerId || form.surname.length <= 4 || !form.surname.endsWith("s")) return "";
    const base = surnames.get(form.surname.slice(0, -1).toLowerCase());
    return base !== undefined && base >= surnames.get(form.surname.toLowerCase())! ? form.surname.slice(0, -1) : "";
  };
  const genitives = new Map(forms.map((f) => [f, genitiveOf(f)]));
  /** Identities of given names alone, by lower-case given name: one whether or not a family came with it. */
  const givenAlone = new Map<string, Identity>();
  const ordered = [...forms].sort((a, b) => Number(!!genitives.get(a)) - Number(!!genitives.get(b)) || rank(a) - rank(b) || b.count - a.count);
  for (const form of ordered) {
    let identity = form.registerId ? byRegister.get(form.registerId) : undefined;
    const base = genitives.get(form)!;
    const genitive = base ? joinable(identities, {...form, surname: base}, groups) : null;
    if (genitive) {
      identity = genitive[0];
      // "Heinz-Christian Straches" gives the given name of a person known so far by surname only ("Strache")
      if (!identity.registerId && !identity.given.length && form.given) {
        identity.name = `${form.given} ${identity.name}`;
        identity.id = slug(identity.name);
      }
      addForm(identity, {...form, surname: base}, [`${form.surname} → ${base}: genitive`, genitive[1]].filter(Boolean).join("; "));
    } else if (identity) {
      addForm(identity, form, identity.surnames.some((s) => s.toLowerCase() === form.surname.toLowerCase()) ? "" : "register");
      if (form.surname) identities.index(identity, form.surname);
    } else if (form.surname) {
      const candidates = matches(identities, form, groups);
      if (!form.given) for (const id of identities.familyFirst(form.surname)) if (!candidates.some(([c]) => c === id)) candidates.push([id, `${form.surname} alone: family name first in ${id.name}`]);
      if (candidates.length === 1 || (candidates.length > 1 && form.given)) {
        [identity] = candidates[0];
        addForm(identity, form, candidates[0][1]);
        if (!identity.registerId && form.given) identity.name = withDiacritics(identity.name, `${form.given} ${form.surname}`);
        identities.index(identity, form.surname);
      } else {
        const name = form.given ? `${form.given} ${form.surname}` : form.surname;
        identity = {id: slug(name), name, registerId: "", given: form.given ? [form.given] : [], surnames: [form.surname], evidence: [], count: 0};
        if (candidates.length > 1) identity.evidence.push(`${form.surname} alone: ambiguous between ${candidates.map(([c]) => c.name).join(", ")}`);
        identities.add(identity);
      }
    } else {
      const kin = form.family ? familyMember(identities, form, groups) : null;
      if (kin) {
        identity = kin;
        addForm(identity, form, `${form.given}: given name of kin in the family ${form.family}`);
      } else {
        identity = givenAlone.get(form.given.toLowerCase());
        if (!identity) {
          identity = {id: slug(`${form.given} given`), name: form.given, registerId: "", given: [form.given], surnames: [], evidence: ["given name alone: not merged"], count: 0};
          identities.add(identity);
          givenAlone.set(form.given.toLowerCase(), identity);
        }
      }
    }
    if (form.given && form.surname) identities.indexFamilyFirst(identity, form.given, form.surname);
    identity.count += form.count;
    result.set(form.key, identity);
  }
  // distinct ids for distinct identities that slug alike
  const seen = new Map<string, number>();
  for (const identity of new Set(result.values())) {
    const n = seen.get(identity.id) ?? 0;
    seen.set(identity.id, n + 1);
    if (n) identity.id = `${identity.id}-${n + 1}`;
  }
  return result;
}

/**
 * Identities indexed by the keys under which surnames can match (spelling key,
 * Kölner Phonetik code; see surnameEvidence), so each name form is compared with
 * the few identities it could join instead of all of them: linear, not quadratic.
 */
class SurnameIndex {
  private readonly byKey = new Map<string, Identity[]>();
  private readonly order = new Map<Identity, number>();
  private readonly keys = new Map<string, string[]>();
  private readonly byFamilyName = new Map<string, Identity[]>();

  add(identity: Identity): void {
    this.order.set(identity, this.order.size);
    for (const s of identity.surnames) this.index(identity, s);
  }

  /** Files the identity under the keys of one of its surnames. */
  index(identity: Identity, surname: string): void {
    for (const key of this.keysOf(surname)) {
      const list = this.byKey.get(key);
      if (!list) this.byKey.set(key, [identity]);
      else if (!list.includes(identity)) list.push(identity);
    }
  }

  /** Files the identity under its family name when "given surname" is an East-Asian name in family-name-first order (see familyFirst). */
  indexFamilyFirst(identity: Identity, given: string, surname: string): void {
    if (!familyFirst(given, surname)) return;
    const key = given.toLowerCase();
    const list = this.byFamilyName.get(key);
    if (!list) this.byFamilyName.set(key, [identity]);
    else if (!list.includes(identity)) list.push(identity);
  }

  /** Identities one of whose full names puts `word` first as an East-Asian family name ("Chen" of "Chen Wei-ming"). */
  familyFirst(word: string): Identity[] {
    return this.byFamilyName.get(word.toLowerCase()) ?? [];
  }

  /** Identities that share a key with the surname, in the order they were made. */
  candidates(surname: string): Identity[] {
    const found = new Set<Identity>();
    for (const key of this.keysOf(surname)) for (const identity of this.byKey.get(key) ?? []) found.add(identity);
    return [...found].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }

  private keysOf(surname: string): string[] {
    let keys = this.keys.get(surname);
    if (!keys) {
      const core = surnameCore(surname);
      const phonetic = phoneticCode(core);
      const key = spellingKey(core);
      const variant = spellingVariantKey(core);
      keys = [`k:${key}`, ...(phonetic ? [`p:${phonetic}`] : []), ...(variant !== key ? [`k:${variant}`] : [])];
      this.keys.set(surname, keys);
    }
    return keys;
  }
}

/** Identities the form matches, with the reason, in the order they were made. */
function matches(identities: SurnameIndex, form: NameForm, groups: ReadonlyMap<string, string>): [Identity, string][] {
  const candidates: [Identity, string][] = [];
  for (const id of identities.candidates(form.surname)) {
    const why = match(id, form, groups);
    if (why !== null) candidates.push([id, why]);
  }
  return candidates;
}

/**
 * The one identity a given name of kin joins: a full name of the corpus with the family's surname and a compatible given
 * name ("Lea" of the family "Weber" → "Lea Weber"); never one known by its surname alone, and null when none or several fit.
 */
function familyMember(identities: SurnameIndex, form: NameForm, groups: ReadonlyMap<string, string>): Identity | null {
  const candidates = matches(identities, {...form, surname: form.family!}, groups).filter(([id]) => id.given.length > 0);
  return candidates.length === 1 ? candidates[0][0] : null;
}

/** The identity the form joins (one match, or the first when the form has a given name), or null. */
function joinable(identities: SurnameIndex, form: NameForm, groups: ReadonlyMap<string, string>): [Identity, string] | null {
  const candidates = matches(identities, form, groups);
  return candidates.length === 1 || (candidates.length > 1 && form.given) ? candidates[0] : null;
}

/** Full names first, then bare surnames, then given names alone. */
function rank(form: NameForm): number {
  return form.registerId ? 0 : form.given && form.surname ? 1 : form.surname ? 2 : 3;
}

/** Why the form belongs to the identity, or null. */
function match(identity: Identity, form: NameForm, groups: ReadonlyMap<string, string>): string | null {
  let surnameWhy = "";
  for (const s of identity.surnames) {
    surnameWhy = surnameEvidence(surnameCore(s), surnameCore(form.surname));
    if (surnameWhy) break;
  }
  if (!surnameWhy) {
    // a spelling variant ("Lindqvist" ~ "Lindquist", "Sørensen" ~ "Soerensen", "Heidemeyer" ~ "Heidemaier") only with the same given name
    const given = form.given.toLowerCase();
    if (!given || !identity.given.some((g) => g.toLowerCase() === given)) return null;
    for (const s of identity.surnames) {
      surnameWhy = spellingVariantEvidence(surnameCore(s), surnameCore(form.surname), form.given);
      if (surnameWhy) return surnameWhy;
    }
    return null;
  }
  const reasons = surnameWhy === "same" ? [] : [surnameWhy];
  if (form.given && identity.given.length) {
    let givenWhy = "";
    for (const g of identity.given) {
      givenWhy = givenEvidence(g, form.given, groups);
      if (givenWhy) break;
    }
    if (!givenWhy) return null;
    if (givenWhy !== "same" && givenWhy !== "none") reasons.push(givenWhy);
  } else if (!form.given) {
    reasons.push(`${form.surname} alone`);
  }
  return reasons.join("; ");
}

/** Letters outside ASCII in a name ("Inês" 1, "Ines" 0). */
const nonAscii = (name: string) => name.replace(/[\x00-\x7f]/g, "").length;

/**
 * The canonical name of two spellings of one person: `other` when it differs from `name` only by diacritics and has more of them
 * ("Ines Carvalho" → "Inês Carvalho": the accented form is the spelling, the plain one a typing simplification), else `name`.
 */
export function withDiacritics(name: string, other: string): string {
  return other !== name && slug(other) === slug(name) && nonAscii(other) > nonAscii(name) ? other : name;
}

function addForm(identity: Identity, form: NameForm, why: string): void {
  if (form.given && !identity.given.some((g) => g.toLowerCase() === form.given.toLowerCase())) identity.given.push(form.given);
  if (form.surname && !identity.surnames.some((s) => s.toLowerCase() === form.surname.toLowerCase())) identity.surnames.push(form.surname);
  if (why && !identity.evidence.includes(why)) identity.evidence.push(why);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
