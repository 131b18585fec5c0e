/**
 * Word beginnings that make a derived verb or noun rather than a compound
 * ("Ausgrenzung", "begrenzt", "Vergleich"): a term is not taken as the head of a
 * longer word when what stands before it is one of these. Folded lower case.
 */
export const nonCompoundModifiers: readonly string[] = [
  "ab", "an", "auf", "aus", "be", "bei", "da", "dar", "durch", "ein", "emp", "ent", "er", "fort", "ge",
  "her", "heraus", "herum", "hin", "hinaus", "los", "miss", "mit", "nach", "neben", "nieder", "uber", "um", "un",
  "unter", "ur", "ver", "vor", "voran", "voraus", "vorbei", "weg", "weiter", "wider", "wieder", "zer", "zu",
  "zuruck", "zusammen",
  // participle and zu-infinitive forms of particle verbs ("ausgegrenzt", "unterzukriegen")
  "abge", "ange", "aufge", "ausge", "einge", "mitge", "nachge", "vorge", "zuge", "zusammenge",
  "abzu", "anzu", "aufzu", "auszu", "beizu", "einzu", "mitzu", "nachzu", "unterzu", "vorzu", "zuzu", "uberzu", "durchzu"
];

/**
 * Inseparable verb prefixes: a word that is one of them plus a noun is derived from a verb, no compound with that noun as
 * its head ("Ver|einigung" is "vereinigen", not an "Einigung"; "Be|such"). Lower case.
 */
export const inseparablePrefixes: readonly string[] = ["be", "emp", "ent", "er", "ge", "miss", "ver", "zer"];

/** Shortest modifier (characters before the head) for a compound head match: "Weltkrieg" yes, "Ukrieg" no. */
export const MIN_MODIFIER = 3;

/** Shortest term stem that is also looked for as the head of longer words. */
export const MIN_HEAD = 4;
