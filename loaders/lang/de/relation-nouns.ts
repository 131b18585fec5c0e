/**
 * Nouns whose "von" complement is a person (plain data for the person cue rule relation+von+name,
 * loaders/lang/de/personCues/relation.ts), lower-cased, with their plural and dative forms.
 */

/** Kinship and personal relations, followers and opponents: "der Sohn von …", "eine Schülerin von …", "der Nachfolger von …". */
export const personRelationNouns: readonly string[] = [
  "sohn", "söhne", "söhnen", "tochter", "töchter", "töchtern", "vater", "mutter", "bruder", "brüder", "brüdern", "schwester", "schwestern",
  "ehefrau", "ehemann", "gattin", "gatte", "witwe", "witwer", "enkel", "enkelin", "enkeln", "neffe", "neffen", "nichte", "onkel", "tante",
  "cousin", "cousine", "vetter", "schwager", "schwägerin", "schwiegersohn", "schwiegertochter", "schwiegervater", "schwiegermutter",
  "großvater", "großmutter", "urenkel", "nachkomme", "nachkommen", "stiefsohn", "stieftochter", "stiefvater", "stiefmutter",
  "freund", "freundin", "freunde", "freunden", "jugendfreund", "geliebte", "geliebten", "geliebter", "verlobte", "verlobter", "lebensgefährte", "lebensgefährtin",
  "schüler", "schülerin", "schülern", "meisterschüler", "lehrer", "lehrerin", "lehrmeister", "nachfolger", "nachfolgerin", "vorgänger", "vorgängerin",
  "mörder", "mörderin", "biograf", "biografin", "biograph", "anhänger", "anhängerin", "anhängern", "rivale", "rivalin", "widersacher"
];

/** Works and their making, by an author or artist: "ein Roman von …", "Gemälde von …", "unter der Regie von …". */
export const authoredWorkNouns: readonly string[] = [
  "roman", "romane", "romanen", "gedicht", "gedichte", "gedichten", "novelle", "novellen", "erzählung", "erzählungen", "oper", "opern",
  "sinfonie", "sinfonien", "symphonie", "komposition", "kompositionen", "libretto", "gemälde", "gemälden", "skulptur", "skulpturen",
  "zeichnungen", "radierungen", "porträt", "büste", "biografie", "biographie", "übersetzung", "inszenierung", "regie", "schriften",
  "tagebücher", "memoiren", "lieder", "liedern", "werke", "werken", "theaterstück", "drama", "dramen"
];

/**
 * Kin who mostly share the family name, before a lone given name after a possessive ("dessen Tochter Lea", "seine Frau Anna"):
 * the given name is read as that family's member (loaders/people/family-relation.ts). In-laws, who often do not, are left out.
 */
export const familyRelationNouns: readonly string[] = [
  "sohn", "tochter", "frau", "ehefrau", "mann", "ehemann", "gattin", "gatte", "witwe", "witwer", "bruder", "schwester",
  "vater", "mutter", "enkel", "enkelin", "neffe", "nichte", "onkel", "tante", "cousin", "cousine", "großvater", "großmutter"
];

/** Possessives that point back to the family's person: "dessen"/"deren" to the name before, "sein"/"ihr" to the last one named. */
export const familyPossessives: readonly string[] = ["dessen", "deren", "sein", "seine", "seinem", "seinen", "seiner", "seines", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres"];
