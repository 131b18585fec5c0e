import {describe, expect, it} from "vitest";
import {registerBodies, registerBodyOf} from "../../../loaders/people/register-body.js";
import type {RegisterPerson} from "../../../loaders/people/register.js";

const person = (id: string, affiliation: string): RegisterPerson => ({id, name: id, aliases: [], roles: [], affiliation, wikidata: ""});
const register = [person("a", "EU-Kommission"), person("b", "Polen"), person("c", "UN-Sicherheitsrat"), person("d", "EU-Parlament")];

/** [roles, article text, the mention's words in it, affiliation expected ("" for none)] — made-up sentences. */
describe("a role naming a register body by its head noun alone", () => {
  it.each<[string[], string, string, string]>([
    [["Sprecherin der Kommission"], "Die EU-Kommission will das Abkommen bald unterzeichnen. Die Sprecherin der Kommission, Lena Sommer, sagte das.", "Lena Sommer", "EU-Kommission"],
    [["Kommissionssprecher"], "Die EU-Kommission schweigt dazu, sagte Kommissionssprecher Jan Ott.", "Jan Ott", "EU-Kommission"],
    [["Sprecherin der Kommission"], "Die Kommission der EU prüft den Fall, sagte die Sprecherin der Kommission, Lena Sommer.", "Lena Sommer", "EU-Kommission"],
    [["Sprecher des Sicherheitsrats"], "Der UN-Sicherheitsrat tagt. Der Sprecher des Sicherheitsrats, Jan Ott, sprach.", "Jan Ott", "UN-Sicherheitsrat"],
    // the qualifier alone, or far from the mention, is not enough
    [["Sprecherin der Kommission"], "Die EU will das Abkommen bald unterzeichnen. Die Sprecherin der Kommission, Lena Sommer, sagte das.", "Lena Sommer", ""],
    [["Sprecherin der Kommission"], "Die EU-Kommission tagt. Es regnet. Die Stadt schweigt. Die Sprecherin der Kommission, Lena Sommer, sprach.", "Lena Sommer", ""],
    // another commission or a German parliament in the article: the head noun may be theirs
    [["Sprecherin der Kommission"], "Die Rentenkommission tagt, die EU-Kommission schweigt. Die Sprecherin der Kommission, Lena Sommer, sprach.", "Lena Sommer", ""],
    [["Parlamentspräsidentin"], "Das EU-Parlament stimmt ab. Parlamentspräsidentin Klara Weidner sagte im Bundestag, sie sei dafür.", "Klara Weidner", ""],
    [["Parlamentspräsidentin"], "Parlamentspräsidentin Klara Weidner sagte im Bundestag, die EU sei gefragt.", "Klara Weidner", ""],
    [["Parlamentspräsidentin"], "Das EU-Parlament stimmt ab. Parlamentspräsidentin Klara Weidner ist dafür.", "Klara Weidner", "EU-Parlament"],
    // a role that names no register body
    [["Sprecherin der Stadt"], "Die EU-Kommission prüft den Fall, sagte die Sprecherin der Stadt, Lena Sommer.", "Lena Sommer", ""],
    [["Kommissar"], "Die EU-Kommission prüft den Fall, sagte Kommissar Jan Ott.", "Jan Ott", ""]
  ])("%j in %s → %s", (roles, text, person, expected) => {
    expect(registerBodyOf(roles, text, registerBodies(register), text.indexOf(person))?.affiliation ?? "").toBe(expected);
  });

  it("a head two register affiliations share names neither", () => {
    const two = [...register, person("e", "Kohle-Kommission")];
    const text = "Die EU-Kommission schweigt, sagte die Sprecherin der Kommission.";
    expect(registerBodyOf(["Sprecherin der Kommission"], text, registerBodies(two), 30)).toBeNull();
  });
});
