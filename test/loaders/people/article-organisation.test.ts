import {describe, expect, it} from "vitest";
import {articleOrganisationOf} from "../../../loaders/people/article-organisation.js";

/** [roles, article text, affiliation expected ("" for none)] — made-up sentences. */
describe("a role compound with a generic organisation prefix takes the organisation the article names", () => {
  it.each<[string[], string, string]>([
    [["Verbandspräsidentin"], "Der Verband Winzerhöfe Mosel (VWM) lehnt den Plan ab. Die Verbandspräsidentin sprach von Betrug.", "Winzerhöfe Mosel"],
    [["Vereinschef"], "Der Verein Grünfink Oberdorf klagt. Vereinschef Max Wendt ist zuversichtlich.", "Grünfink Oberdorf"],
    // a name that goes on with lower-case words is cut at its first one, and a common noun left alone is no name
    [["Vereinschef"], "Der Verein Freunde der Altstadt klagt.", ""],
    [["Gewerkschaftssprecher"], "Die Gewerkschaft Bau und Holz ruft zum Streik auf.", "Bau und Holz"],
    // two organisations so named: neither
    [["Verbandschef"], "Der Verband Winzerhöfe Mosel und der Verband Obstbau Nord streiten.", ""],
    // a common noun after the generic noun is no name
    [["Verbandschef"], "Das bereitet dem Verband Sorgen.", ""],
    // a role without such a prefix
    [["Präsidentin"], "Der Verband Winzerhöfe Mosel lehnt ab.", ""]
  ])("%j in %s → %s", (roles, text, expected) => {
    expect(articleOrganisationOf(roles, text)?.affiliation ?? "").toBe(expected);
  });
});
