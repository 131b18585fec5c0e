/**
 * Finite verb forms that mark reported speech (Konjunktiv I, and the
 * Konjunktiv II forms that stand in for it where Konjunktiv I looks like the
 * indicative). Plain data, lower case.
 */
export const konjunktivI: readonly string[] = [
  "sei", "seien", "seiest", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "möge", "wisse",
  "gebe", "stehe", "liege", "gehe", "komme", "bleibe", "lasse", "halte", "sehe", "wolle", "brauche", "handle", "handele",
  "befinde", "bestehe", "fehle", "gelte", "gehöre", "erhalte", "plane", "arbeite", "trage", "führe", "verfüge", "wisse",
  "strebe", "rechne", "erwarte", "beabsichtige", "unterstütze", "lehne", "sehe", "stelle", "setze", "zeige", "laufe"
];

/**
 * Verb stems whose third person singular Konjunktiv I is stem + "e" ("nehme",
 * "reiche"); verbs in -ieren are recognised by their ending ("existiere").
 */
export const konjunktivStems: readonly string[] = [
  "nehm", "geb", "seh", "halt", "lass", "trag", "find", "brauch", "bring", "denk", "zeig", "stell", "setz", "leg", "mach", "bestreit",
  "entbehr", "verfüg", "erfüll", "fehl", "folg", "führ", "gelt", "gehör", "glaub", "hoff", "kenn", "kost", "lauf", "leb", "lern",
  "mein", "nutz", "plan", "reich", "rechn", "richt", "schein", "schaff", "schreib", "spiel", "sprech", "steig", "stimm", "such", "treff",
  "tret", "versuch", "verlier", "wart", "wachs", "wirk", "zahl", "zieh", "dien", "droh", "entscheid", "befind", "besteh", "betreff",
  "bedeut", "beruh", "häng", "entsprech", "widersprech", "verstoß", "stamm", "fürcht", "befürcht", "erwart", "bereit", "verhandl",
  "lieg", "steh", "geh", "komm", "bleib", "wiss", "handl", "bestätig", "verlang", "ford", "sorg", "trau", "tu", "beabsichtig", "erlaub",
  "verbiet", "bring", "biet", "erreich", "verletz", "verstieß", "benötig", "prüf", "ermittl", "arbeit", "unterstütz", "lehn", "ruf", "sag"
];

/** Konjunktiv II forms used as stand-ins in reported speech (weaker evidence: also conditional). */
export const konjunktivII: readonly string[] = [
  "hätten", "würden", "wären", "hätte", "würde", "wäre", "könnten", "müssten", "dürften", "gäbe", "bliebe", "käme", "ginge", "stünde", "läge", "ließe", "fände", "bestünde",
  // plurals with an umlaut ("die Betriebe stünden unter Druck"); not "gingen", "blieben", "ließen", which are past indicative too
  "gäben", "kämen", "stünden", "lägen", "fänden", "bestünden"
];

/**
 * Konjunktiv II forms of the dictionary's modals read as a plain wish or possibility ("Bolivien möchte … vorlegen",
 * "Sollte sie scheitern, könnte eine Seite die Schlichtung anrufen"): no stand-in for a report on their own (the
 * plurals "könnten", "müssten", "dürften" are listed in `konjunktivII`).
 */
export const modalKonjunktivII: readonly string[] = ["möchte", "möchten", "könnte", "müsste", "dürfte"];

/** Reportive modal: "soll … abgebrannt sein" (with a perfect or passive infinitive at the end) reports what others say. */
export const reportiveModals: readonly string[] = ["soll", "sollen"];

/**
 * Past participles, by shape: a perfect infinitive after "soll" ("soll … abgebrannt sein", "soll … getötet
 * worden sein", "soll … gesagt haben") has one before "sein"/"haben"; a plan ("soll 2026 fertig sein",
 * "soll bald in Betrieb sein") has not. Forms with "ge" ("gesagt", "festgenommen"), with an inseparable
 * prefix ("verletzt", "erschossen", "entkommen") and in -iert.
 */
export const participleShape = /^(?:\p{Ll}*ge\p{Ll}{2,}(?:t|en)|(?:be|ent|er|ver|zer|emp|miss)\p{Ll}{2,}(?:t|en)|\p{Ll}{3,}iert|worden|gewesen)$/u;

/** Adjectives of participle shape ("soll bereit sein"). */
export const participleShapedAdjectives: readonly string[] = ["bereit", "gerecht", "gesamt", "gewiss", "bereiten"];

/** Pronouns that make a Konjunktiv-looking form first person ("ich habe", "ich werde"): not reported speech. */
export const firstPersonPronouns: readonly string[] = ["ich", "wir"];

/** First-person words inside a quotation ("unseres Landes"): someone speaks, so it is not a name or a term. */
export const firstPersonWords: readonly string[] = ["ich", "wir", "mein", "meine", "meinen", "meiner", "unser", "unsere", "unseren", "unserer", "unseres", "uns", "mich", "mir"];

/**
 * Words after which a dictionary Konjunktiv form is an attributive adjective or a noun, not a verb
 * ("die lange Pipeline", "sehr lange", "zur Ruhe"): articles, determiners, contracted prepositions,
 * degree words and comparison particles.
 */
export const attributiveBefore: readonly string[] = [
  "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "eines", "zur", "zum", "im", "am", "vom", "beim", "ins",
  "diese", "dieser", "diesem", "diesen", "jede", "jeder", "jedem", "jeden", "seine", "seiner", "seinem", "seinen", "ihre", "ihrer", "ihrem", "ihren",
  "keine", "keiner", "keinem", "keinen", "sehr", "so", "zu", "als", "wie"
];

/** A participle-like ending before "haben" ("getroffen", "unterschrieben", "verkündet"). */
const HABEN_PARTICIPLE = /^\p{Ll}\p{L}+(?:t|en)$/u;
const PARTICIPLE_ADJECTIVES = new Set(participleShapedAdjectives);

/**
 * Whether word `j` of `words` (as written) closes a perfect infinitive: "haben" after a lower-case word of a participle's
 * ending ("getroffen haben", "unterschrieben haben"; "mehr Zeit haben" has a noun before it), or "sein" after a participle
 * by `participleShape` ("abgebrannt sein", "getötet worden sein", "gewesen sein"; "bereit sein" and "offen sein" are
 * adjectives). "sein" takes adjectives as often as participles, so it asks for the stricter shape; `seinAfter`, when
 * given, narrows it to these words ("worden", "gewesen": a passive or "sein" itself). Used by the events' hearsay rule
 * (loaders/events/mood.ts) and the quote veto on hearsay about the previous subject (speakerRules/previous.ts).
 */
export function closesPerfectInfinitive(words: readonly string[], j: number, seinAfter?: readonly string[]): boolean {
  const before = words[j - 1];
  if (before === undefined || PARTICIPLE_ADJECTIVES.has(before)) return false;
  if (words[j] === "haben") return HABEN_PARTICIPLE.test(before);
  if (words[j] !== "sein") return false;
  return seinAfter ? seinAfter.includes(before) : participleShape.test(before);
}
