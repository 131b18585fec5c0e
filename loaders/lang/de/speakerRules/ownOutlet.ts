/**
 * de.speaker.own-outlet-addressee: the outlet that publishes an article is the one the speaker talks to, not part of
 * the speaker ("…, sagte ein Mitglied der Kommission der TAZ." in a TAZ article; "sagte Karl Roth dem KURIER" in a
 * Kurier article): a dative article and a form of the article's own outlet name at the end of a speaker phrase are
 * cut off. An outlet name that is the whole speaker phrase ("berichtete die TAZ") stays: the text says so.
 * The outlet's forms (`outletForms`): its name, each distinctive word of it and the initials of a name of several
 * words ("Neue Zürcher Zeitung" → "NZZ"), compared without case.
 */

/** Articles of a dative or genitive before a medium the speaker talks to. */
const ADDRESSEE_ARTICLES = ["der", "dem"];
/** Words of outlet names that name no outlet alone (lower case). */
const GENERIC_OUTLET_WORDS = new Set(["zeitung", "online", "news", "nachrichten", "magazin", "tagblatt", "der", "die", "das", "de", "at", "ch", "com", "net"]);

/** The forms an outlet name takes in running text, lower case ("ZEIT ONLINE" → "zeit online", "zeit"). */
export function outletForms(outlet: string): string[] {
  const name = outlet.replace(/\s+[-–|]\s+.*$/u, "").trim(); // "tagesschau.de - Nahost": the section is no part of the name
  if (!name) return [];
  const forms = new Set<string>([name.toLowerCase()]);
  const words = name.split(/[\s.]+/u).filter(Boolean);
  for (const w of words) if (w.length >= 3 && !GENERIC_OUTLET_WORDS.has(w.toLowerCase())) forms.add(w.toLowerCase());
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w));
  if (capitals.length >= 2) forms.add(capitals.map((w) => w[0]).join("").toLowerCase());
  return [...forms];
}

export const ownOutletAddressee = {
  id: "de.speaker.own-outlet-addressee",
  /**
   * The end of a speaker phrase `phrase` without a trailing "der/dem <outlet>" naming one of `forms`, as a length
   * into the phrase; null when the phrase has no such tail or is nothing but it.
   */
  cut(phrase: string, forms: readonly string[]): number | null {
    if (!forms.length) return null;
    for (const article of ADDRESSEE_ARTICLES) {
      for (const form of forms) {
        const tail = ` ${article} ${form}`;
        if (phrase.length <= tail.length || !phrase.toLowerCase().endsWith(tail)) continue;
        const end = phrase.length - tail.length;
        if (!/\p{L}/u.test(phrase.slice(0, end))) return null;
        return end;
      }
    }
    return null;
  }
};
