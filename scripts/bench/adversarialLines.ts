/**
 * Adversarial one-line articles for the growth check (scripts/bench/adversarial.ts) and the 1 MB test
 * (test/loaders/extractors.test.ts): each case repeats a short unit into one line, after an optional head.
 */

/** Units repeated into one line: quotation marks, speech verbs, event triggers, clause chains, dates, names. */
export const ADVERSARIAL_CASES: Readonly<Record<string, {unit: string; head?: string}>> = {
  "quote marks": {unit: "„a“ „b »c ‚d \" "},
  "open quotes with cues": {unit: "„Er sagte, dass es sei, laut Müller zufolge, so der Sprecher "},
  "closed quotes with cues": {unit: "„Das ist gut“, sagte er, „sehr gut“. "},
  "speech verbs, negated": {unit: "er sagte nicht und sie erklärte keine und man betonte nie "},
  "speech verbs in one clause": {unit: "sagte erklärte betonte sagte meinte berichtete "},
  "indirect report chain": {unit: "sagte er sei gekommen habe gesehen werde gehen und "},
  "bare infinitive cues": {unit: "er kündigte an zu kommen und forderte auf zu gehen und "},
  "konjunktiv after commas": {unit: "sagte er, das Gericht sei zuständig, der Rat habe, "},
  "triggers, context fails": {unit: "wählte "},
  "triggers, negated": {unit: "der Rat wählte nicht und stimmte keinem zu und beschloss nie "},
  "cues after a comma": {unit: "sagte, erklärte, betonte sie, "},
  "um … zu after cues": {unit: "sagte er, um es zu tun, "},
  "um … zu chain": {head: "Er forderte sie auf, ", unit: "um es zu tun, "},
  "dated words": {unit: "Am 3. Mai 2020 wählte der Rat. "},
  "dated sentences": {unit: "Am 3. Mai 2020 wählte der Rat in Berlin.“ „"},
  "names and roles": {unit: "Kanzlerin Angela Merkel und Minister Olaf Scholz sagten "},
  "long words": {unit: "Bundestagswahlwahlwahl"},
  "passive cites in one clause": {head: "Anna Berg wird ", unit: "zitiert „a“ "},
  "quotes after a comma and a head": {head: "Anna Berg, ", unit: "a, sagte „b“ "},
  "names in straight marks": {unit: "\"Anna Berg\" und "},
  "characterising partial quotes": {unit: "nannte ihn einen „Fehler“ und sprach von einem „Skandal“ und bezeichnete das als „Farce“ "},
  "fronted von-quotes": {unit: "Von einem „Fehler“ sprach er, von „Skandal“ sprach sie, "},
  "governed infinitives": {unit: "die Gespräche sollen beginnen und die Verhandlungen beginnen und das Treffen soll stattfinden "}
};

/**
 * The text of an article whose body is `head` and `unit` repeated into one line of at least `chars`
 * characters, ending "… die Nummer." (a tail that makes context rules fail: "wählte … die Nummer").
 * `quoted` wraps the line in one quotation ("„… die Nummer.“ Er ging."): the sentence splitter, which cuts
 * long lines into chunks of 2,000 characters, keeps a closed quotation one sentence.
 */
export function adversarialLine({unit, head = ""}: {unit: string; head?: string}, chars: number, quoted = true): string {
  const line = `${head}${unit.repeat(Math.ceil(chars / unit.length))} die Nummer.`;
  return quoted ? `Titel\n\n„${line}“ Er ging.` : `Titel\n\n${line}`;
}

/**
 * The article's sentences with its body made one sentence (what a caller may hand the extractors; the
 * splitter itself cuts an unquoted line into chunks), so each rule meets the whole line at once.
 */
export function wholeBodySentence<T extends {sentences: {start: number; end: number; part: string}[]}>(article: T): T {
  const body = article.sentences.filter((s) => s.part === "body");
  if (!body.length) return article;
  const whole = {start: body[0].start, end: body[body.length - 1].end, part: "body"};
  return {...article, sentences: [...article.sentences.filter((s) => s.part !== "body"), whole]};
}
