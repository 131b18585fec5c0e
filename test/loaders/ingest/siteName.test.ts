import {describe, expect, test} from "vitest";
import {siteNameFromFeedTitle, siteNameFromTitle, TITLE_SITE_RULE} from "../../../loaders/ingest/siteName.js";

describe("siteNameFromTitle: the site's name ending a page title", () => {
  test.each<[string, string | undefined]>([
    ["Neue Brücke über die Saale eröffnet | Mitteldeutsche Rundschau", "Mitteldeutsche Rundschau"],
    ["Neue Brücke über die Saale eröffnet | Kurier", "Kurier"],
    ["Neue Brücke über die Saale eröffnet – Mitteldeutscher Kurier", "Mitteldeutscher Kurier"],
    ["Neue Brücke über die Saale eröffnet — Der Abendbote", "Der Abendbote"],
    ["Neue Brücke über die Saale eröffnet - stadtblatt.de", "stadtblatt.de"],
    ["Neue Brücke eröffnet | Region | Zeitung für Halle", "Zeitung für Halle"],
    ["Neue Brücke eröffnet · Blatt am Sonntag", "Blatt am Sonntag"],
    ["Neue Brücke eröffnet | ELBE ONLINE", "ELBE ONLINE"],
    ["Neue Brücke eröffnet - saale24 online", undefined],
    // the tail is the rest of a headline (lower case words, sentence marks)
    ["Bürgermeisterin – Brücke wird eröffnet", undefined],
    ["Streit um Brücke – Stadtrat: Kein Geld", undefined],
    ["Streit um Brücke - Stadtrat: Kosten zu hoch", undefined],
    ["Saale - Elbe: Wer zahlt?", undefined],
    ["Neue Brücke eröffnet – Endlich Frei.", undefined],
    ["Brücke | Wann kommt der Neubau?", undefined],
    // a section, a person, a number, too long: no outlet
    ["Neue Brücke eröffnet – Politik", undefined],
    ["Neue Brücke eröffnet | Liveblog", undefined],
    ["Das Gespräch – Jana Roth", undefined],
    ["Neue Brücke eröffnet - 2025", undefined],
    ["Neue Brücke eröffnet | Die Große Tägliche Rundschau Für Alle", undefined],
    // no separator, or a hyphen inside a word
    ["Neue Brücke über die Saale eröffnet", undefined],
    ["Saale-Brücke eröffnet", undefined],
    ["| Mitteldeutsche Rundschau", undefined],
    ["– Kurier am Abend", undefined],
    // sections that end titles: a ticker, a FAQ, an author's page
    ["Hochwasser an der Oder - Liveticker", undefined],
    ["Neue Brücke eröffnet | Newsticker", undefined],
    ["Grundsteuer – FAQ", undefined],
    ["Grundsteuer | Fragen und Antworten", undefined],
    ["Jana Roth | Autorin", undefined],
    ["Karl Berg | Autor", undefined],
    // two names paired by a plain dash are a headline, not headline and site
    ["Freiburg - Mainz", undefined],
    ["Werder Bremen - Hansa Rostock", undefined],
    ["Treffen in Wien: Scholz – Nehammer", undefined],
    ["Spitzenspiel: Eintracht Frankfurt – Borussia Mönchengladbach", undefined],
    ["Neue Brücke eröffnet – Kurier", undefined]
  ])("%s → %s", (title, expected) => {
    const found = siteNameFromTitle(title);
    expect(found?.outlet).toBe(expected);
    if (found) expect(found.rule).toBe(TITLE_SITE_RULE);
  });

  /** [title, page host, site name]: a one-word tail after a plain dash counts when it is the host's name. */
  test.each<[string, string, string | undefined]>([
    ["Neue Brücke eröffnet – Kurier", "www.kurier.example", "Kurier"],
    ["Neue Brücke eröffnet - Stadtblatt", "stadtblatt.de", "Stadtblatt"],
    ["Neue Brücke eröffnet - N-TV", "n-tv.de", "N-TV"],
    ["Neue Brücke eröffnet – Kurier", "www.abendblatt.example", undefined],
    ["Freiburg - Mainz", "www.sportportal.example", undefined],
    ["Freiburg - Mainz", "", undefined]
  ])("%s on %s → %s", (title, host, expected) => {
    expect(siteNameFromTitle(title, host)?.outlet).toBe(expected);
  });
});

describe("siteNameFromFeedTitle: the outlet in a feed title that also names its section", () => {
  test.each<[string, string, string | undefined]>([
    ["stadtblatt.de - Nahost", "", "stadtblatt.de"],
    ["Nahost - stadtblatt.de", "", "stadtblatt.de"],
    ["Abendbote - Politik", "https://abendbote.de/politik/feed", "Abendbote"],
    ["Ausland | Rheinische Rundschau", "https://www.rheinische-rundschau.de/rss", "Rheinische Rundschau"],
    ["Kurier – Wien", "https://www.kurier.de/feed", "Kurier"],
    // a side next to a section name, with no host that it names, is no site ("Hamburg" is a place, "Nahost" a topic)
    ["Hamburg - Politik", "https://www.abendblatt.de/rss", undefined],
    ["Nahost | News", "", undefined],
    ["Ukraine-Krieg - Nachrichten", "", undefined],
    // nothing says which side is the outlet: the whole title stays
    ["Kurier – Wien", "", undefined],
    ["Rheinische Rundschau", "", undefined],
    ["Politik - Ausland", "", undefined],
    ["Saale-Blatt", "", undefined],
    ["Nachrichten aus der Region - Politik und mehr", "", undefined]
  ])("%s (host %s) → %s", (title, link, outlet) => {
    expect(siteNameFromFeedTitle(title, link ? new URL(link).hostname : "")?.outlet).toBe(outlet);
  });
});
