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
