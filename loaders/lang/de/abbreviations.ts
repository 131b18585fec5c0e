/**
 * German abbreviations that end in a dot but do not end a sentence.
 * Plain data: lower-case, without the final dot. Multi-part forms ("z. B.")
 * are matched part by part, so "z" and "b" are listed on their own. Words that
 * also end sentences ("so", "Art", "AG", "GmbH") are left out on purpose.
 */
export const abbreviations: readonly string[] = [
  // titles and forms of address
  "dr", "prof", "hr", "fr", "frl", "dipl", "ing", "mag", "med", "jur", "phil", "rer", "nat", "hon", "em", "sen", "jun", "st",
  // common abbreviations
  "z", "b", "bzw", "vgl", "ca", "etc", "usw", "u", "a", "o", "ä", "d", "h", "i", "s", "v", "chr", "n",
  "evtl", "ggf", "inkl", "exkl", "max", "min", "mind", "bzgl", "zzgl", "abzgl", "sog", "insb", "allg", "bspw",
  "gem", "lt", "geb", "gest", "verh", "vs", "bd", "nr", "tel", "str", "abs", "kap", "ziff", "hrsg",
  "jh", "jhd", "jhdt", "mio", "mrd", "tsd", "abt", "akad", "anm", "bes", "betr", "dgl", "dt", "ebd", "einschl",
  "engl", "franz", "frz", "ital", "span", "russ", "amerik", "europ", "präs", "adm",
  "kath", "ev", "evang", "luth", "mr", "mrs", "ms", "jr", "sr",
  "vorm", "nachm", "ggü", "u.a", "z.b", "d.h", "u.ä", "o.ä", "s.o", "s.u", "v.a", "i.d.r", "z.t", "u.u", "m.e",
  // months and weekdays
  "jan", "feb", "febr", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez",
  "mo", "di", "mi", "fr", "sa"
];

/** Month names, so that "am 12. Februar" keeps its ordinal dot. */
export const monthNames: readonly string[] = [
  "januar", "jänner", "februar", "feber", "märz", "april", "mai", "juni", "juli", "august",
  "september", "oktober", "november", "dezember"
];

/** Initials of two or three letters, written as such (case-sensitive): "Ch. Leitner" (Christian, Christoph), "Chr.", "Th." (Thomas), "Ph." (Philipp). A dot after one ends no sentence. */
export const multiLetterInitials: readonly string[] = ["Ch", "Chr", "Th", "Ph"];
