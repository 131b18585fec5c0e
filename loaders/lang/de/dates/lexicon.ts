/**
 * German words for temporal expressions: plain data read by the date rules
 * in rules.ts. Keys are lower-case.
 */

/** Month names and abbreviations → month number, each month's full name first. Austrian "Jänner" included. */
export const months: Record<string, number> = {
  januar: 1, jänner: 1, jan: 1, februar: 2, feber: 2, feb: 2, febr: 2, märz: 3, maerz: 3, mär: 3, april: 4, apr: 4,
  mai: 5, juni: 6, jun: 6, juli: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, november: 11, nov: 11, dezember: 12, dez: 12
};

/** Weekday names → ISO weekday (Monday 1 … Sunday 7), each day's common name first. */
export const weekdays: Record<string, number> = {
  montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6, sonntag: 7
};

/** The first key of each value of a table, in order: the month names in full ("januar", not "jan" or "jänner"), the weekday names without "sonnabend". */
function firstKeys(table: Record<string, number>): string[] {
  const seen = new Set<number>();
  const first: string[] = [];
  for (const [word, value] of Object.entries(table)) {
    if (!seen.has(value)) first.push(word);
    seen.add(value);
  }
  return first;
}

/** The twelve month names in full, January first. */
export const monthNames: readonly string[] = firstKeys(months);
/** The seven weekday names, Monday first. */
export const weekdayNames: readonly string[] = firstKeys(weekdays);

/** The keys of `months` and of `weekdays` as sets of lower-case words (for the quote rules' token tests). */
export const monthWords: ReadonlySet<string> = new Set(Object.keys(months));
export const weekdayWords: ReadonlySet<string> = new Set(Object.keys(weekdays));

/** Number words → value. Inflected forms of "ein" count as 1. */
export const numberWords: Record<string, number> = {
  ein: 1, eine: 1, einem: 1, einen: 1, einer: 1, eines: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7,
  acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16,
  siebzehn: 17, achtzehn: 18, neunzehn: 19, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60,
  siebzig: 70, achtzig: 80, neunzig: 90, hundert: 100, einhundert: 100, tausend: 1000,
  beiden: 2, beide: 2, anderthalb: 1.5, eineinhalb: 1.5, zweieinhalb: 2.5, dreieinhalb: 3.5, halben: 0.5, halbes: 0.5, halbe: 0.5
};

/** Vague quantities ("einige Jahre") → the TIMEX3 placeholder X. */
export const vagueQuantities: readonly string[] = [
  "einige", "einigen", "einiger", "mehrere", "mehreren", "wenige", "wenigen", "ein paar", "paar", "viele", "vielen",
  "etliche", "etlichen", "zahlreiche", "zahlreichen", "lange", "langen", "all diese", "die ganzen"
];

/** Ordinal words → number (for "im dritten Quartal", "des zwanzigsten Jahrhunderts"). */
export const ordinalWords: Record<string, number> = {
  erst: 1, zweit: 2, dritt: 3, viert: 4, fünft: 5, sechst: 6, siebt: 7, acht: 8, neunt: 9, zehnt: 10,
  elft: 11, zwölft: 12, dreizehnt: 13, vierzehnt: 14, fünfzehnt: 15, sechzehnt: 16, siebzehnt: 17,
  achtzehnt: 18, neunzehnt: 19, zwanzigst: 20, einundzwanzigst: 21
};

/** Decade words ("die achtziger Jahre") → decade digit. */
export const decadeWords: Record<string, number> = {
  zwanziger: 2, dreißiger: 3, vierziger: 4, fünfziger: 5, sechziger: 6, siebziger: 7, achtziger: 8, neunziger: 9
};

/** Duration units (stems as written before the inflection) → TIMEX3 unit, with "T" for clock units. */
export const durationUnits: Record<string, {unit: string; time?: boolean}> = {
  sekunde: {unit: "S", time: true}, minute: {unit: "M", time: true}, stunde: {unit: "H", time: true},
  tag: {unit: "D"}, woche: {unit: "W"}, wochenende: {unit: "WE"}, monat: {unit: "M"}, quartal: {unit: "Q"},
  jahr: {unit: "Y"}, jahrzehnt: {unit: "DE"}, jahrhundert: {unit: "CE"}, jahrtausend: {unit: "L"}, arbeitstag: {unit: "D"}, werktag: {unit: "D"}
};

/** Seasons → TIMEX3 season code. */
export const seasons: Record<string, string> = {
  frühling: "SP", frühjahr: "SP", sommer: "SU", herbst: "FA", winter: "WI"
};

/** Parts of the day → TIMEX3 code. */
export const dayParts: Record<string, string> = {
  morgen: "MO", früh: "MO", vormittag: "MO", mittag: "MI", nachmittag: "AF", abend: "EV", nacht: "NI"
};

/** Days named relative to today → their offset in days. */
export const deicticDays: Record<string, number> = {vorgestern: -2, gestern: -1, heute: 0, morgen: 1, übermorgen: 2};

/** Adverbs that refer to the present, past or future as a whole. */
export const referenceWords: Record<string, "PRESENT_REF" | "PAST_REF" | "FUTURE_REF"> = {
  jetzt: "PRESENT_REF", derzeit: "PRESENT_REF", zurzeit: "PRESENT_REF", momentan: "PRESENT_REF",
  gegenwärtig: "PRESENT_REF", heutzutage: "PRESENT_REF",
  damals: "PAST_REF", früher: "PAST_REF", kürzlich: "PAST_REF", einst: "PAST_REF", neulich: "PAST_REF", ehemals: "PAST_REF",
  demnächst: "FUTURE_REF", bald: "FUTURE_REF"
};

/**
 * Words left out on purpose, measured on KRAUTS: "nun" is mostly a discourse particle there, and the
 * nouns Zukunft/Gegenwart/Vergangenheit, "künftig", "jüngst", "unlängst" and "seinerzeit"
 * were annotated far less often than they occur.
 */
export const referenceWordsLeftOut: readonly string[] = ["nun", "zukunft", "gegenwart", "vergangenheit", "künftig", "jüngst", "unlängst", "seinerzeit"];

/** Adjectives that shift a unit: "vergangenen Jahr" −1, "diesem Jahr" 0, "nächsten Jahr" +1. */
export const shiftWords: Record<string, number> = {
  vergangen: -1, letzt: -1, vorig: -1, verflossen: -1, dies: 0, laufend: 0, selb: 0, gleich: 0, aktuell: 0,
  nächst: 1, kommend: 1, folgend: 1
};

/** Frequency adverbs → TIMEX3 SET value. */
export const frequencyWords: Record<string, string> = {
  täglich: "P1D", tägliche: "P1D", täglichen: "P1D", alltäglich: "P1D", alltäglichen: "P1D",
  wöchentlich: "P1W", wöchentliche: "P1W", wöchentlichen: "P1W", monatlich: "P1M", monatliche: "P1M", monatlichen: "P1M",
  jährlich: "P1Y", jährliche: "P1Y", jährlichen: "P1Y", alljährlich: "P1Y", alljährliche: "P1Y", alljährlichen: "P1Y",
  stündlich: "PT1H", halbjährlich: "P6M", vierteljährlich: "P3M", wochentags: "XXXX-WXX-WD",
  nachts: "PT1NI", morgens: "XXXX-XX-XXTMO", abends: "XXXX-XX-XXTEV", nachmittags: "XXXX-XX-XXTAF", vormittags: "XXXX-XX-XXTMO"
};

/** Words after a four-digit number that show it is a count, not a year ("3000 Soldaten"). */
export const countNouns: readonly string[] = [
  "euro", "dollar", "franken", "mark", "dm", "lire", "prozent", "%", "km", "m", "meter", "kilometer", "kilo", "kg", "t", "tonnen",
  "mio", "mrd", "millionen", "milliarden", "stück", "stunden", "minuten", "sekunden", "tage", "tagen", "jahre", "mal"
];
