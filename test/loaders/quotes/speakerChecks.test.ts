import {describe, expect, test} from "vitest";
import {quotesIn} from "./helpers.js";
import {findQuotes} from "../../../loaders/quotes/extract.js";
import {quoteRows} from "../../../loaders/quotes/speakers.js";
import {splitSentences} from "../../../loaders/text/sentences.js";

/** [check, sentence, speaker of the first quote found] — sentences written for the test, not taken from a corpus. */
describe("speaker checks", () => {
  test.each<[string, string, string]>([
    ["de.speaker.function-word-only keeps an attribution adverb as the mention", "Die Studie erschien am Montag. Demnach hat jeder dritte Schüler kein eigenes Zimmer.", "Demnach"],
    ["de.speaker.function-word-only keeps an attribution adverb inside the clause", "Der Bericht liegt vor. Die Zahl der Unfälle ist demnach deutlich gestiegen.", "demnach"],
    ["de.speaker.function-word-only (first person outside a quotation)", "Ich habe den Kollegen gesagt, dass wir mehr Zeit brauchen.", ""],
    ["de.speaker.function-word-only (first person plural)", "Wir haben gesagt, dass bis zu 300 Helfer kommen können.", ""],
    ["de.speaker.function-word-only keeps a pronoun of the third person", "Er habe gesagt, dass die Brücke bald fertig sei.", "Er"],
    ["de.speaker.function-word-only keeps a pronoun of the third person after \"von\"", "Der Minister führte ein Gespräch, das zwei Stunden dauerte und von ihm als „offen“ beschrieben wurde.", "ihm"],
    ["de.speaker.function-word-only keeps an indefinite pronoun", "Manche sagen, dass die Brücke zu teuer sei.", "Manche"],
    ["de.speaker.function-word-only (an adverb by its ending opens the sentence)", "Zwischenzeitlich war die Rede davon, dass der Zug entgleist sei.", ""],
    ["de.speaker.function-word-only (an adverb in -zeitig)", "Kurzzeitig bestand der Verdacht, dass die Brücke einsturzgefährdet sei.", ""],
    ["de.speaker.relative-pronoun keeps a subject pronoun as the mention (feminine)", "Neue Leiterin ist Anna Berger, die nie vergisst zu betonen, dass die Schule offen bleibe.", "die"],
    ["de.speaker.relative-pronoun keeps a subject pronoun as the mention (masculine)", "Wichtig wird die Aussage des Gutachters Peter Lang, der erklären soll, wie der Unfall geschah.", "der"],
    ["de.speaker.relative-pronoun keeps a subject pronoun as the mention (after a preposition)", "Unterstützung kam vom Verband der Bäcker, der betonte, dass die Frist zu kurz sei.", "der"],
    ["de.speaker.relative-pronoun never opens a following noun phrase", "Die Ministerin lobte das Treffen mit dem Bürgermeister, das Beobachtern zufolge zwei Stunden dauerte.", "Beobachtern"],
    ["de.speaker.relative-pronoun (object pronoun is no speaker)", "Das ist ein Begriff, den man in der Forschung Wachschlaf nennt.", ""],
    ["de.speaker.relative-pronoun (another subject follows)", "Es gibt Leute, die man als Helden bezeichnet.", ""],
    ["de.speaker.relative-pronoun leaves an apposition", "Am Montag sagte Karl Huber, der Kommandant der Feuerwehr, die Brandursache sei unklar.", "Karl Huber, der Kommandant der Feuerwehr"],
    ["de.speaker.dateline (agency in parentheses, hyphen)", "Berlin (dpa) - Der Bürgermeister Karl Huber hat vor einem harten Winter gewarnt.", "Der Bürgermeister Karl Huber"],
    ["de.speaker.dateline (two places, en dash)", "Washington/Berlin (AFP) – Die Regierung hat mitgeteilt, dass zwei Männer festgenommen wurden.", "Die Regierung"],
    ["de.speaker.dateline keeps a parenthesis inside a speaker", "Die Gewerkschaft der Polizei (GdP) hat gewarnt, dass Personal fehle.", "Die Gewerkschaft der Polizei (GdP)"],
    ["de.speaker.time-adverbial (fronted, with a tail)", "Zwei Tage später sagte der Minister, er trete zurück.", "der Minister"],
    ["de.speaker.time-adverbial (fronted plural noun and tail)", "Jahre später erklärte die Richterin, sie bereue nichts.", "die Richterin"],
    ["de.speaker.time-adverbial (a time adverb)", "Heuer betonte die Bürgermeisterin, dass das Bad offen bleibe.", "die Bürgermeisterin"],
    ["de.speaker.time-adverbial (Einmal mehr)", "Einmal mehr betonte der Trainer, dass die Mannschaft jung sei.", "der Trainer"],
    ["de.speaker.time-adverbial (after the verb, before the subject)", "Die Halle werde geschlossen, sagte letzte Woche der Betriebsrat.", "der Betriebsrat"],
    ["de.speaker.time-adverbial (after the verb, alone)", "Dass der Konzern Steuern spart, berichtete vergangene Woche das Magazin Nordblick.", "das Magazin Nordblick"],
    ["de.speaker.time-adverbial leaves a lone month (a surname too)", "Mai sagte, die Halle werde geschlossen.", "Mai"]
  ])("%s: %s", (_rule, sentence, speaker) => {
    expect(quotesIn(sentence)[0]?.speaker).toBe(speaker);
  });
});

/** [case, text, speaker column of the first row] — the speaker a row names, with no person mentions given. */
describe("speaker column of anaphoric spans", () => {
  test.each<[string, string, string]>([
    ["relative pronoun → the phrase before its comma", "Neue Leiterin ist Anna Berger, die nie vergisst zu betonen, dass die Schule offen bleibe.", "Anna Berger"],
    ["relative pronoun → the genitive that agrees with it", "Wichtig wird die Aussage des Gutachters Peter Lang, der erklären soll, wie der Unfall geschah.", "Gutachters Peter Lang"],
    ["relative pronoun → the phrase after a preposition", "Unterstützung kam vom Verband der Bäcker, der betonte, dass die Frist zu kurz sei.", "Verband der Bäcker"],
    ["attribution adverb with nothing carried → empty", "Der Bericht liegt vor. Die Zahl der Unfälle ist demnach deutlich gestiegen.", ""],
    ["attribution adverb → the speaker carried from before", "Anna Berger sagte, dass die Schule offen bleibe. Demnach soll der Unterricht am Montag beginnen.", "Anna Berger"],
    ["a name stays itself", "Anna Berger sagte, dass die Schule offen bleibe.", "Anna Berger"]
  ])("%s: %s", (_case, text, speaker) => {
    expect(quoteRows("a", text, findQuotes(text, splitSentences(text)), [])[0]?.speaker).toBe(speaker);
  });
});
