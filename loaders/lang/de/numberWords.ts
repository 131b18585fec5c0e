/**
 * German number words, lower case, matched by the "#" atom of term patterns
 * together with numbers in digits ("300 Dollar", "zehn Dollar", "Millionen Dollar").
 */
export const numberWords: readonly string[] = [
  "null", "ein", "eins", "eine", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
  "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn",
  "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig",
  "hundert", "hunderte", "hunderten", "tausend", "tausende", "tausenden", "dutzend", "dutzende", "dutzenden",
  "million", "millionen", "mio", "milliarde", "milliarden", "mrd", "billion", "billionen", "halbe", "halben"
];

/**
 * Words that go with a number and say little of what a sentence is about: currencies, percentages, units of time and
 * approximators ("rund 11 Milliarden Euro", "knapp drei Prozent", "seit zwei Jahren"). With numberWords they weigh little
 * when quotes are compared (loaders/quotes/statements.ts). Lower case.
 */
export const quantityWords: readonly string[] = [
  "euro", "cent", "dollar", "franken", "pfund", "rubel", "yen", "prozent", "prozentpunkt", "prozentpunkte", "prozentpunkten",
  "jahr", "jahre", "jahren", "jahres", "monat", "monate", "monaten", "monats", "woche", "wochen", "tag", "tage", "tagen",
  "stunde", "stunden", "rund", "etwa", "knapp", "circa", "zirka", "mindestens", "höchstens", "ungefähr"
];
