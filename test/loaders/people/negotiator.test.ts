import {describe, expect, it} from "vitest";
import {personLexicon} from "../../../loaders/people/lexicon.js";
import {findMentions} from "../../../loaders/people/mentions.js";
import {negotiatorRules} from "../../../loaders/people/negotiator.js";
import {tokenize} from "../../../loaders/people/tokens.js";

function negotiators(text: string): string[] {
  const found = findMentions(text, [{start: 0, end: text.length}], personLexicon());
  return [...negotiatorRules(tokenize(text), found).keys()].map((m) => m.surface);
}

describe("negotiator rule", () => {
  const cases: [string, string[]][] = [
    ["Er ernannte den Außenminister Anna Berg; den Direktor der CIA, Paul Kern; sowie Botschafter Eva Roth, um die Verhandlungen zu führen.", ["Anna Berg", "Paul Kern", "Eva Roth"]],
    ["Das Amt hat Außenministerin Lena Holm und Sondergesandten Tom Brandt mit der Leitung der Delegation beauftragt.", ["Lena Holm", "Tom Brandt"]],
    ["Dort werden Vizepräsident Karl Weise und Ministerin Jana Falk die Delegation anführen.", ["Karl Weise", "Jana Falk"]],
    ["Sondergesandter Steve Witkoff verhandelte in Riad mit der russischen Seite.", ["Steve Witkoff"]],
    // no negotiation cue: a list alone is not a delegation
    ["Anna Berg und Paul Kern besuchten das Museum.", []],
    // a cue, but the names are not a coordinated list
    ["Anna Berg sagte, Paul Kern habe die Verhandlungen kritisiert.", []],
    // the only cue is a member's role inside the list: that member by role, the others not (a signing is no negotiating)
    ["Ministerin Lena Holm und die Verhandlungsführerin der Inselrepublik, Eva Roth, unterzeichneten den Vertrag.", ["Eva Roth"]],
    ["Kanzler Tom Brandt, Chefunterhändler Karl Weise und Ministerin Jana Falk setzten ihre Unterschrift unter das Papier.", ["Karl Weise"]]
  ];
  it.each(cases)("%s", (text, expected) => expect(negotiators(text)).toEqual(expected));
});

describe("negotiator rule on other wordings", () => {
  const cases: [string, string[]][] = [
    ["Steve Witkoff und Jared Kushner reisten zu Friedensgesprächen nach Moskau.", ["Steve Witkoff", "Jared Kushner"]],
    ["Katar will zwischen Anna Berg und Paul Kern vermitteln.", ["Anna Berg", "Paul Kern"]]
  ];
  it.each(cases)("%s", (text, expected) => expect(negotiators(text)).toEqual(expected));
});

describe("negotiator by role, inverted subject and leading talks", () => {
  const cases: [string, string[]][] = [
    // a negotiating role: negotiator:role
    ["Das sagte die Verhandlungsführerin Lea Sommer am Montag.", ["Lea Sommer"]],
    ["Der Chefunterhändler Olaf Brink reiste ab.", ["Olaf Brink"]],
    ["Der Schlichter Peter Hahnfeld legte einen Vorschlag vor.", ["Peter Hahnfeld"]],
    ["Der Grünen-Sondierer Malte Rehse zeigte sich zufrieden.", ["Malte Rehse"]],
    ["Die Sondiererin der Union, Britta Kamp, reiste ab.", ["Britta Kamp"]],
    ["Die Sprecherin Lea Sommer reiste ab.", []],
    // the inverted subject of a negotiating verb: negotiator:subject
    ["Für die Gewerkschaft verhandelt Lea Sommer.", ["Lea Sommer"]],
    ["Für die Gewerkschaft spricht Lea Sommer.", []],
    // a leading verb with talks as its object, shared by a coordinated name: negotiator:leads
    ["Lea Sommer und Olaf Brink führen die Gespräche für ihre Seiten.", ["Olaf Brink", "Lea Sommer"]],
    ["Olaf Brink leitet die Delegation.", ["Olaf Brink"]],
    // one conversation is no talks; a leading verb with another object leads nothing of the kind
    ["Lea Sommer führte ein Gespräch mit Olaf Brink.", []],
    ["Lea Sommer führte zudem Gespräche mit Olaf Brink.", []],
    ["Olaf Brink leitet das Museum, sagte er.", []],
    // "schlicht" is an adverb, not arbitration
    ["Das ist schlicht falsch, sagten Lea Sommer und Olaf Brink.", []]
  ];
  it.each(cases)("%s", (text, expected) => expect(negotiators(text)).toEqual(expected));
});

describe("negotiator by relative clause and by the delegation a name heads", () => {
  const cases: [string, string[]][] = [
    // a relative clause right after the name or after its clause's verb: negotiator:relative
    ["Die Ministerin wird von Olaf Brink begleitet, der als Chefunterhändler der Regierung gilt.", ["Olaf Brink"]],
    ["Lea Sommer, die als Vermittlerin im Tarifstreit auftritt, schwieg.", ["Lea Sommer"]],
    ["Staatssekretär Olaf Brink, der die Verhandlungen für die Stadt geführt hatte, trat zurück.", ["Olaf Brink"]],
    ["Lea Sommer, die die Verhandlungen scharf kritisiert hatte, trat zurück.", []],
    ["Lea Sommer, die als Sprecherin der Stadt gilt, schwieg.", []],
    // a speech verb before the comma: "die" opens what was said, no relative clause about the name
    ["Olaf Brink sagte, die Gespräche führten nicht weiter.", []],
    // "ausführen" (to explain) after a fronted object, and a judgement of the delegation, name no negotiator
    ["Zu den Gesprächen führte Olaf Brink aus, man sei zufrieden.", []],
    ["Für Lea Sommer ist das Urteil der Delegation ein Erfolg.", []],
    ["Lea Sommer erklärte, die Verhandlungen leiten künftig andere.", []],
    // the noun after "als" is the role: a stance on talks is none ("Kritiker der Verhandlungen"), a head of them is one
    ["Olaf Brink, der als Gegner der Verhandlungen gilt, schwieg am Montag.", []],
    ["Olaf Brink, der als Kritiker der Verhandlungen gilt, schwieg am Montag.", []],
    ["Olaf Brink, der als scharfer Kritiker der Gespräche über die Sondierungen gilt, schwieg.", []],
    ["Olaf Brink, der als Leiter der Verhandlungen gilt, schwieg am Montag.", ["Olaf Brink"]],
    ["Olaf Brink, der als erfahrener Unterhändler gilt, schwieg am Montag.", ["Olaf Brink"]],
    // a perfect or modal clause with talks: negotiator:leads
    ["Olaf Brink hat die Gespräche mit der Gewerkschaft geleitet.", ["Olaf Brink"]],
    ["Olaf Brink hat die Verhandlungen verfolgt.", []],
    // the head of a delegation named before the name: negotiator:led-by
    ["Die Delegation unter Leitung von Ministerin Lea Sommer reiste ab.", ["Lea Sommer"]],
    ["Die Delegation unter der Leitung des Staatssekretärs Olaf Brink reiste ab.", ["Olaf Brink"]],
    ["Die Abordnung der Stadt, angeführt von Lea Sommer, traf die Unterhändler der Gewerkschaft.", ["Lea Sommer"]],
    ["Die Delegation um Bürgermeister Olaf Brink reiste früher ab.", ["Olaf Brink"]],
    ["Die Gruppe um Olaf Brink reiste früher ab.", []],
    ["Die Verhandlungen um Stürmer Olaf Brink stocken.", []],
    ["Das Museum unter Leitung von Lea Sommer öffnet wieder.", []],
    // talks in a clause of their own after the name are not what the name heads
    ["Das Orchester spielte unter Leitung von Lea Sommer, bevor die Verhandlungen begannen.", []],
    ["Angeführt von Lea Sommer reiste die Delegation nach Genf.", ["Lea Sommer"]],
    ["Die Stadt schickte eine Abordnung unter Leitung von Lea Sommer, um die Verhandlungen zu führen.", ["Lea Sommer"]]
  ];
  it.each(cases)("%s", (text, expected) => expect(negotiators(text)).toEqual(expected));
});

describe("negotiator as inverted subject or passive agent of leading talks", () => {
  const cases: [string, string[]][] = [
    ["Auf der anderen Seite führt Vizeminister Jonas Ritter die Gespräche.", ["Jonas Ritter"]],
    ["Für den Verband leitet Anna Berg die Delegation in Genf.", ["Anna Berg"]],
    ["Die Delegation der Stadt wird von Ministerin Lea Sommer geleitet.", ["Lea Sommer"]],
    ["Die Gespräche werden erneut von Olaf Brink geführt.", ["Olaf Brink"]],
    ["Die Delegation wurde von Paul Kern angeführt.", ["Paul Kern"]],
    // leading something else, or a passive without talks, is no negotiating
    ["Am Abend führt Anna Berg die Gäste durch das Museum.", []],
    ["Das Museum wird von Anna Berg geleitet.", []],
    ["Die Gespräche wurden von Anna Berg kritisiert.", []]
  ];
  it.each(cases)("%s", (text, expected) => expect(negotiators(text)).toEqual(expected));
});

describe("negotiators named by a chief negotiator's role, a fronted object of leading or a team", () => {
  const cases: [string, string[]][] = [
    // negotiator:role on every form of Chefverhandler, Verhandler, Verhandlungsleiter, also after a prefix and "als"
    ["Chefverhandlerin Ida Wenger sagte, man sei nah dran.", ["Ida Wenger"]],
    ["Der Chefverhandler der Kammer, Rolf Kainz, schwieg.", ["Rolf Kainz"]],
    ["Die KVP-Chefverhandlerin Ida Wenger reiste ab.", ["Ida Wenger"]],
    ["Der Verhandler Rolf Kainz gab nach.", ["Rolf Kainz"]],
    ["Die Verhandlungsleiterin Ida Wenger zog Bilanz.", ["Ida Wenger"]],
    ["Die Kammer setzt auf Fraktionschef Rolf Kainz als Chefverhandler.", ["Rolf Kainz"]],
    ["Seit Montag ist Ida Wenger Chefverhandlerin.", ["Ida Wenger"]],
    // negotiator:subject past the role words of an inverted subject
    ["Für die KVP verhandelt Fraktionschefin Ida Wenger.", ["Ida Wenger"]],
    // negotiator:fronted-object: talks or a delegation fronted before the verb of leading
    ["Das Verhandlungsteam der KVP führt Fraktionschef Rolf Kainz.", ["Rolf Kainz"]],
    ["Die Abordnung leitet Ida Wenger.", ["Ida Wenger"]],
    ["Die Delegation führt Ministerin Ida Wenger an.", ["Ida Wenger"]],
    // a team only in a sentence about talks
    ["Bei den Verhandlungen wird das Team der KVP von Senatorin Ida Wenger angeführt.", ["Ida Wenger"]],
    ["Das Team der Gäste führt Kapitän Rolf Kainz an.", []],
    // the name as object of leading, not its subject
    ["Die Gespräche führten Ida Wenger zu dem Schluss, dass es reicht.", []]
  ];
  it.each(cases)("%s", (text, expected) => expect(negotiators(text)).toEqual(expected));
});

/** The rule of each marked mention, "surface rule", in text order. */
function kinds(text: string): string[] {
  const found = findMentions(text, [{start: 0, end: text.length}], personLexicon());
  return [...negotiatorRules(tokenize(text), found)].sort((a, b) => a[0].first - b[0].first).map(([m, rule]) => `${m.surface} ${rule}`);
}

describe("mediators are neutral third parties, not negotiators of a side", () => {
  const cases: [string, string[]][] = [
    // a mediator's role: mediator:role
    ["Der Schlichter Peter Hahnfeld legte einen Vorschlag vor.", ["Peter Hahnfeld mediator:role"]],
    ["Die Co-Schlichterin Ines Wacholder sprach von einem fairen Kompromiss.", ["Ines Wacholder mediator:role"]],
    ["Der Vermittler Tomas Lindgren reiste nach Genf.", ["Tomas Lindgren mediator:role"]],
    ["Der Moderator der Gespräche, Tomas Lindgren, schlug eine Pause vor.", ["Tomas Lindgren mediator:role"]],
    // "Mediator" is a role noun: before a full name, a surname alone, feminine, without article
    ["Der Mediator Jonas Falkenberg legte einen Vorschlag vor.", ["Jonas Falkenberg mediator:role"]],
    ["Der Mediator Falkenberg schwieg.", ["Falkenberg mediator:role"]],
    ["Mediatorin Greta Wollin sprach mit beiden Seiten.", ["Greta Wollin mediator:role"]],
    // a party's role stays a negotiator's, also beside arbitration
    ["Die Verhandlungsführerin Lea Sommer lehnte die Schlichtung ab.", ["Lea Sommer negotiator:role"]],
    // the talks a name heads are mediation: mediator:led-by, and the list after it shares it
    ["Die Schlichtung unter Leitung von Peter Hahnfeld begann am Montag.", ["Peter Hahnfeld mediator:led-by"]],
    ["Die Schlichtung unter Leitung von Peter Hahnfeld und Ines Wacholder soll die festgefahrenen Verhandlungen retten.",
      ["Peter Hahnfeld mediator:led-by", "Ines Wacholder mediator:list"]],
    ["Die beiden Schlichter, Peter Hahnfeld und Ines Wacholder, trafen sich mit Vertretern beider Seiten.",
      ["Peter Hahnfeld mediator:list", "Ines Wacholder mediator:list"]],
    // the delegation a name heads is a side's
    ["Die Delegation unter Leitung von Lea Sommer traf den Vermittler.", ["Lea Sommer negotiator:led-by"]],
    // parties who call in arbitration, and the sides someone mediates between, are parties
    ["Nach dem Scheitern der Verhandlungen riefen Lea Sommer und Olaf Brink die Schlichtung an.", ["Lea Sommer negotiator:list", "Olaf Brink negotiator:list"]],
    ["Katar will zwischen Anna Berg und Paul Kern vermitteln.", ["Anna Berg negotiator:list", "Paul Kern negotiator:list"]],
    // a role after the name that makes it a mediator
    ["Lea Sommer, die als Vermittlerin im Tarifstreit auftritt, schwieg.", ["Lea Sommer mediator:role"]]
  ];
  it.each(cases)("%s", (text, expected) => expect(kinds(text)).toEqual(expected));
});
