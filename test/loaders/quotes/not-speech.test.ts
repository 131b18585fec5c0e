import {describe, expect, test} from "vitest";
import {quotesIn} from "./helpers.js";

/** Sentences that look like indirect or reported speech (a speech verb, a Konjunktiv, a source word) but are not. */
describe("not indirect or reported speech", () => {
  test.each<[string, string]>([
    ["first person inside a direct quote", "„Das werde ich sofort tun“, schrieb Trump."],
    ["first person outside quotes", "Ich habe das gesehen. Wir werde das prüfen."],
    ["Konjunktiv in a purpose clause", "Er arbeitet viel, damit er das Ziel erreiche."],
    ["reportive soll without a source", "Dabei sollen 3000 Menschen gestorben sein."],
    ["a participle used as adjective", "Dies war das erste offiziell bestätigte Gespräch."],
    ["a preposition that looks like a particle", "Gestern gab es einen Zwischenfall mit 300 Passagieren an Bord."],
    ["a passive speech verb", "Das Urteil wurde bestätigt."],
    ["a verb-final passive", "Das war geschehen, nachdem über geheime Flüge berichtet worden war."],
    ["a source note in parentheses", "Im April gab es die ersten Verletzten (Wikinews berichtete)."],
    ["erklären … für (declare to be)", "Der Rechnungshof erklärte die Ausschreibung für fehlerhaft."],
    ["fordern with victims", "Der Taifun forderte zwölf Todesopfer."],
    ["a noun without a content clause after it", "Die Entscheidung, die gestern fiel, überraschte viele."],
    ["a past intention told by the writer (wollte)", "Die Radlerin hielt an und wollte dem Gestürzten aufhelfen."],
    ["a court's sentence (verurteilen zu)", "Im Herbst verurteilte sie ein Landgericht zu zwei Jahren auf Bewährung."],
    ["'nach' as a preposition after a source noun", "Die Ermittlungen nach dem Brand dauern noch an."],
    ["a decision (beschließen) without a content clause", "Das Gericht beschloss die Freilassung des Angeklagten."],
    ["defending a title (verteidigen)", "Der Ruderer verteidigt seinen Vorsprung in der Jahreswertung."],
    ["Sorge tragen (no speech)", "Die Käufer müssen dafür Sorge tragen, dass die Leitungen geprüft werden."],
    ["werfen without its particle (not vorwerfen)", "Randalierer beschädigten Schaufenster und warfen mit Flaschen."],
    ["a participle used as adjective opening the sentence", "Anerkannte Regeln für solche Fälle gibt es bisher nicht."],
    ["a participle used as adjective after a sentence-initial adverb", "Offiziell bestätigte Zahlen gibt es nicht, die Lage sei unklar."],
    ["a participle used as adjective before a noun and the finite auxiliary", "Zwei des Betrugs beschuldigte Händler müssen im Mai vor Gericht erscheinen."],
    ["a participle used as adjective after an agent phrase, before the finite auxiliary", "Die von den Anwohnern kritisierte Ampel wurde abgebaut."],
    ["a speech act in a dass-clause the sentence is about", "Dass der Verein die Beitragserhöhung ablehnt, überrascht niemanden."],
    ["a speech act in a temporal clause", "Die Aufsicht wurde von der Polizei informiert, nachdem Aktivisten von der Abschaltung berichtet hatten."],
    ["a purpose clause after the cue's clause (um … zu)", "Die Rektorin, deren Abwahl gefordert wird, griff zu einem Kniff, um der Kritik zu entgehen."],
    ["erklären … für at the end of a passive clause", "Das Referendum wurde vom Verfassungsgericht für unzulässig erklärt."],
    ["verurteilen zu at the end of its clause", "Der Angeklagte wurde von einem Gericht zu drei Jahren Haft verurteilt."],
    ["the cue of a short quotation the sentence opens with", "„Wir wollen die Werke enger verzahnen“, hatte der Konzernchef in einem Interview erklärt."],
    ["sehen without als or darin", "Die Zuschauer sahen ein spannendes Spiel."],
    ["a capitalised cue form opening the sentence before a preposition is a noun", "Angaben zu Dauer und Kosten wurden nicht gemacht."],
    ["begründen without 'mit'", "Die Zahlen begründen einen neuen Rekord."],
    ["drohen without 'mit' is a danger, not a threat made", "Der Wirtschaft des Landes droht ein weiterer Abschwung."],
    ["a capitalised noun after a number with a dot is no verb", "Die 168.000 Versicherten der Kasse müssen wechseln."],
    ["a speech verb in the infinitive after a modal of obligation", "Die Abgeordneten müssen ihre Nebeneinkünfte künftig angeben."],
    ["a speech verb in the infinitive after a modal of ability", "Die Behörde kann den Bericht zunächst nicht bestätigen."],
    ["a speech verb right after 'wie', with no subject (the narrator's comment)", "Der Stadtrat lehnte, wie befürchtet, am Montag den Zuschuss ab."],
    ["a participle right after 'wie' inside a main clause", "Die Intendantin kündigte, wie erwartet, am Montag einen Umbau an."],
    ["festhalten an (to hold on to)", "Die Gewerkschaft hielt an ihrer Kritik an den Plänen fest."],
    ["festhalten am (to hold on to)", "Die Partei hält am Ausstieg aus der Kernenergie fest."],
    ["a relative clause in Konjunktiv after a content noun", "Die Meinung, die er dazu habe, behielt er für sich."],
    ["schließen without 'daraus' (to close)", "Das Werk schließt zum Jahresende seine Tore."],
    ["schließen daraus without a content clause", "Die Ermittler schlossen daraus vorerst nichts."],
    ["a participle of a separable verb without a content clause (aufgerufen)", "Das Rote Kreuz hat zu Spenden für die Flüchtlinge aufgerufen."],
    ["a noun that takes 'nach' as its complement (die Gier nach Informationen)", "Die Leser zeigen eine Gier nach neuen Informationen, die kaum zu stillen ist."],
    ["a noun that takes 'nach' as its complement (die Suche nach Informationen)", "Die Helfer setzten am Abend die Suche nach weiteren Informationen über die Vermissten fort."],
    ["numbers and data are no source ('aus zufälligen Ziffern')", "Die Kennungen wechseln ständig und bestehen aus zufälligen Ziffern und Zeichen."],
    ["es sei denn (unless) is no Konjunktiv I report", "Die Regeln gelten überall, es sei denn, die Verfassung verankert sie anders."]
  ])("no indirect or reported quote: %s", (_name, text) => {
    expect(quotesIn(text).filter((q) => q.type !== "direct")).toEqual([]);
  });
});
