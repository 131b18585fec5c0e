import {describe, expect, it} from "vitest";
import {articleOrganisationOf} from "../../../loaders/people/article-organisation.js";

/** [roles, article text, the mention's words in it, affiliation expected ("" for none)] — made-up sentences. */
describe("a role compound with a generic organisation prefix takes the organisation the article names", () => {
  it.each<[string[], string, string, string]>([
    [["Verbandspräsidentin"], "Der Verband Winzerhöfe Mosel (VWM) lehnt den Plan ab. Die Verbandspräsidentin Ute Roll sprach von Betrug.", "Ute Roll", "Winzerhöfe Mosel"],
    [["Vereinschef"], "Der Verein Grünfink Oberdorf klagt. Vereinschef Max Wendt ist zuversichtlich.", "Max Wendt", "Grünfink Oberdorf"],
    [["Gewerkschaftssprecher"], "Die Gewerkschaft Bau und Holz ruft zum Streik auf, sagte Gewerkschaftssprecher Ole Funk.", "Ole Funk", "Bau und Holz"],
    [["Vereinschef"], "Vereinschef Max Wendt sagte, der Verein Grünfink Oberdorf werde klagen.", "Max Wendt", "Grünfink Oberdorf"],
    // a name that goes on with lower-case words is cut and read as none, and a common noun left alone is no name
    [["Vereinschef"], "Der Verein Freunde der Altstadt klagt. Vereinschef Max Wendt sprach.", "Max Wendt", ""],
    // words of time and an object before the verb are no name
    [["Vereinschef"], "Zuvor hatte der Verein Mitte Mai Klage eingereicht. Vereinschef Max Wendt sprach.", "Max Wendt", ""],
    [["Verbandschefin"], "Zuvor hatte der Verband Ende April Beschwerde eingelegt. Verbandschefin Ute Roll sprach.", "Ute Roll", ""],
    [["Verbandschefin"], "Zuvor hatte der Verband Obstbau Nord Beschwerde eingelegt. Verbandschefin Ute Roll sprach.", "Ute Roll", ""],
    // another union named after the person's sentence is not the person's own
    [["Gewerkschaftschef"], "Gewerkschaftschef Tom Berger kündigte Streiks an. Auch die Gewerkschaft Erziehung und Wissenschaft unterstützt das.", "Tom Berger", ""],
    // named far from the mention: none
    [["Vereinschef"], "Der Verein Grünfink Oberdorf klagt. Das Gericht tagt. Die Stadt schweigt. Vereinschef Max Wendt sprach.", "Max Wendt", ""],
    // two organisations so named: neither
    [["Verbandschef"], "Der Verband Winzerhöfe Mosel und der Verband Obstbau Nord streiten, sagte Verbandschef Jan Ott.", "Jan Ott", ""],
    // a common noun after the generic noun is no name
    [["Verbandschef"], "Das bereitet dem Verband Sorgen, sagte Verbandschef Jan Ott.", "Jan Ott", ""],
    // a role without such a prefix
    [["Präsidentin"], "Der Verband Winzerhöfe Mosel lehnt ab, sagte Präsidentin Ute Roll.", "Ute Roll", ""]
  ])("%j in %s → %s", (roles, text, person, expected) => {
    expect(articleOrganisationOf(roles, text, text.indexOf(person))?.affiliation ?? "").toBe(expected);
  });

  it("names the organisation's words it was read from", () => {
    const text = "Der Verein Grünfink Oberdorf klagt. Vereinschef Max Wendt ist zuversichtlich.";
    expect(articleOrganisationOf(["Vereinschef"], text, text.indexOf("Max"))).toEqual({affiliation: "Grünfink Oberdorf", cue: "Vereinschef", words: "Verein Grünfink Oberdorf"});
  });
});
