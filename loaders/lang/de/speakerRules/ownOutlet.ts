/**
 * de.speaker.own-outlet-addressee: the outlet that publishes an article is the one the speaker talks to, not part of
 * the speaker ("…, sagte ein Mitglied der Kommission der TAZ." in a TAZ article; "sagte Karl Roth dem KURIER" in a
 * Kurier article): a dative article and a form of the article's own outlet name at the end of a speaker phrase are
 * cut off. An outlet name that is the whole speaker phrase ("berichtete die TAZ") stays: the text says so.
 * The outlet's forms (`outletForms`): its name; the initials of a name of several words besides articles ("Neue Zürcher
 * Zeitung" → "NZZ"); a word of it written in capitals ("ZEIT ONLINE" → "ZEIT"); and a distinctive word of it that is
 * not itself a noun of the dictionary (a compound counts: "Tageblick" of "tageblick.de", "Zürcher" of "Neue Zürcher
 * Zeitung"). "Die Welt" and "Die Presse" give only their names: "der Welt", "der Presse" are words of any text.
 */
import {isDictionaryNounForm} from "../common-nouns.js";

/** Articles of a dative or genitive before a medium the speaker talks to. */
const ADDRESSEE_ARTICLES = ["der", "dem"];
/** Words of outlet names that name no outlet alone (lower case). */
const GENERIC_OUTLET_WORDS = new Set(["zeitung", "online", "news", "nachrichten", "magazin", "tagblatt", "de", "at", "ch", "com", "net"]);
/** Articles of outlet names ("Die Welt", "DER STANDARD"): no word and no initial of a form. */
const NAME_ARTICLES = new Set(["der", "die", "das"]);

/**
 * The forms an outlet name takes in running text: forms in lower case are compared without case ("ZEIT ONLINE" →
 * "zeit online"), forms with capitals only as written ("NZZ", "ZEIT").
 */
export function outletForms(outlet: string): string[] {
  const name = outlet.replace(/\s+[-–|]\s+.*$/u, "").trim(); // "tagesschau.de - Nahost": the section is no part of the name
  if (!name) return [];
  const forms = new Set<string>([name.toLowerCase()]);
  const words = name.split(/[\s.]+/u).filter((w) => w && !NAME_ARTICLES.has(w.toLowerCase()));
  const distinctive = words.filter((w) => w.length >= 3 && !GENERIC_OUTLET_WORDS.has(w.toLowerCase()));
  for (const w of distinctive) {
    if (w.length >= 3 && w === w.toUpperCase()) forms.add(w);
    else if (!isDictionaryNounForm(w.toLowerCase())) forms.add(w.toLowerCase());
  }
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w));
  if (capitals.length >= 2) forms.add(capitals.map((w) => w[0]).join(""));
  return [...forms];
}

/**
 * Rule `de.speaker.own-outlet-addressee`: `cut` trims a speaker phrase ending in "der/dem" and a form of the article's
 * own outlet (`outletForms`) to the speaker before it ("ein Sprecher der NZZ" in an NZZ article → "ein Sprecher").
 */
export const ownOutletAddressee = {
  id: "de.speaker.own-outlet-addressee",
  /**
   * The end of a speaker phrase `phrase` without a trailing "der/dem <outlet>" naming one of `forms`, as a length
   * into the phrase (a form with capitals only as written, `outletForms`); null when the phrase has no such tail or is
   * nothing but it.
   */
  cut(phrase: string, forms: readonly string[]): number | null {
    if (!forms.length) return null;
    const lower = phrase.toLowerCase();
    for (const article of ADDRESSEE_ARTICLES) {
      for (const form of forms) {
        const tail = ` ${article} ${form}`;
        const cased = form !== form.toLowerCase();
        if (phrase.length <= tail.length || !(cased ? phrase.slice(-form.length) === form && lower.endsWith(tail.toLowerCase()) : lower.endsWith(tail))) continue;
        const end = phrase.length - tail.length;
        if (!/\p{L}/u.test(phrase.slice(0, end))) return null;
        return end;
      }
    }
    return null;
  }
};
