import {describe, expect, it} from "vitest";
import {registerBodies, registerBodyOf} from "../../../loaders/people/register-body.js";
import type {RegisterPerson} from "../../../loaders/people/register.js";

const person = (id: string, affiliation: string): RegisterPerson => ({id, name: id, aliases: [], roles: [], affiliation, wikidata: ""});
const register = [person("a", "EU-Kommission"), person("b", "Polen"), person("c", "UN-Sicherheitsrat")];

/** [roles, article text, affiliation expected ("" for none)] — made-up sentences. */
describe("a role naming a register body by its head noun alone", () => {
  it.each<[string[], string, string]>([
    [["Sprecherin der Kommission"], "Die EU will das Abkommen bald unterzeichnen.", "EU-Kommission"],
    [["Kommissionssprecher"], "Die EU-Kommission schweigt dazu.", "EU-Kommission"],
    [["Sprecher des Sicherheitsrats"], "Der UN-Generalsekretär reiste ab.", "UN-Sicherheitsrat"],
    // the article does not name the qualifier: another commission may be meant
    [["Sprecherin der Kommission"], "Die Kommission des Landtags tagte am Montag.", ""],
    // a role that names no register body
    [["Sprecherin der Stadt"], "Die EU prüft den Fall.", ""],
    [["Kommissar"], "Die EU prüft den Fall.", ""]
  ])("%j in %s → %s", (roles, text, expected) => {
    expect(registerBodyOf(roles, text, registerBodies(register))?.affiliation ?? "").toBe(expected);
  });

  it("a head two register affiliations share names neither", () => {
    const two = [...register, person("d", "Kohle-Kommission")];
    expect(registerBodyOf(["Sprecherin der Kommission"], "Die EU und die Kohle-Kommission", registerBodies(two))).toBeNull();
  });
});
