/**
 * Speech verbs (Redeeinleitungen) as plain data. Each line is
 * `lemma: form form … [+particle]`. Weak verbs list only their stem
 * ("sag~"), which stands for sagt, sagte, sagten, sagen, gesagt; strong and
 * irregular verbs list their finite forms. A `+particle` makes the verb
 * separable: the finite form counts as a cue only when the particle follows
 * in the same clause ("teilte … mit"), and the joined forms (mitteilte,
 * mitgeteilt) are added.
 *
 * Kinds: `say` verbs introduce content (dass-clauses, Konjunktiv I, direct
 * quotes); `act` verbs name a speech act and often stand without content
 * ("betonte die Bedeutung …") — the Reported type.
 */
import {deicticDays, referenceWords, shiftWords} from "./dates/lexicon.js";

export const sayVerbs = `
sagen: sag~
erklären: erklär~
betonen: beton~
berichten: bericht~
meinen: mein~
sprechen: spricht sprach sprachen sprechen +von
enthüllen: enthüll~
bekunden: bekund~
unterstellen: unterstell~
beteuern: beteuert beteuerte beteuerten beteuern
mitteilen-lassen: ließ ließen lässt +mitteilen
verlauten-lassen: ließ ließen lässt +verlauten
erläutern: erläutert erläuterte erläuterten erläutern
warnen-vor: warn~
schreiben: schreibt schrieb schrieben schreiben geschrieben
behaupten: behaupt~
versichern: versicher~
bestätigen: bestätig~
erzählen: erzähl~
antworten: antwort~
entgegnen: entgegn~
ergänzen: ergänz~
fügen: fügt fügte fügten fügen +hinzu
teilen: teilt teilte teilten teilen +mit
geben: gibt gab gaben geben +bekannt
geben: gibt gab gaben geben +an
geben: gibt gab gaben +zu
weisen: weist wies wiesen weisen +hin
räumen: räumt räumte räumten räumen +ein
kündigen: kündigt kündigte kündigten kündigen +an
stellen: stellt stellte stellten stellen +klar
stellen: stellt stellte stellten stellen +fest
führen: führt führte führten +aus
halten: hält hielt hielten +fest
verkünden: verkünd~
unterstreichen: unterstreicht unterstrich unterstrichen
bekräftigen: bekräftig~
warnen: warn~
mahnen: mahn~
fordern: fordert forderte forderten fordern gefordert
kritisieren: kritisier~
melden: meld~
mitteilen: mitteilt mitteilte mitteilten mitgeteilt
zitieren: zitier~
heißen: heißt hieß
verlauten: verlaut~
glauben: glaubt glaubte glaubten glauben
vermuten: vermut~
hoffen: hofft hoffte hofften hoffen
fürchten: fürcht~
befürchten: befürcht~
bezweifeln: bezweifelt bezweifelte bezweifelten bezweifeln
bestreiten: bestreitet bestritt bestritten bestreiten
dementieren: dementier~
argumentieren: argumentier~
begründen: begründ~
vermelden: vermeld~
verraten: verrät verriet verrieten
versprechen: verspricht versprach versprachen versprechen versprochen
zusichern: sicherte sicherten +zu
verweisen: verweist verwies verwiesen
beklagen: beklag~
klagen: klag~
informieren: informier~
ankündigen: angekündigt ankündigte
bekanntgeben: bekanntgab bekanntgegeben
hinzufügen: hinzufügte hinzugefügt
erwidern: erwidert erwiderte erwiderten erwidern
schildern: schildert schilderte schilderten schildern
beschreiben: beschreibt beschrieb beschrieben
bezeichnen: bezeichn~
nennen: nennt nannte nannten nennen genannt
vermelden: vermeld~
appellieren: appellier~
bilanzieren: bilanzier~
resümieren: resümier~
kommentieren: kommentier~
rechnen: rechnet rechnete rechneten rechnen +damit
erwarten: erwart~
schätzen: schätzt schätzte schätzten schätzen
vermerken: vermerk~
verlangen: verlang~
raten: rät riet rieten
empfehlen: empfiehlt empfahl empfahlen empfehlen
bitten: bittet bat baten bitten gebeten
drohen: droht drohte drohten gedroht
bestehen: besteht bestand bestanden +darauf
vorschlagen: schlägt schlug schlugen +vor
urteilen: urteilt urteilte urteilten
eingestehen: gesteht gestand gestanden +ein
auffordern: fordert forderte forderten fordern +auf
entscheiden: entscheidet entschied entschieden
beschließen: beschließt beschloss beschlossen
anbieten: bietet bot boten +an
prognostizieren: prognostizier~
widersprechen: widerspricht widersprach widersprachen widersprechen
festlegen: legt legte legten +fest
spekulieren: spekulier~
annehmen: nimmt nahm nahmen +an
annehmen-participle: angenommen
befürworten: befürwort~
beschuldigen: beschuldig~
charakterisieren: charakterisier~
skandieren: skandier~
beschwören: beschwört beschwor beschworen
titulieren: titulier~
verteidigen: verteidig~
verlautbaren: verlautbar~
bezichtigen: bezichtig~
ausgehen: geht ging gingen gehen +aus
ausgehen-participle: ausgegangen
fragen: frag~
vorwerfen-joined: vorwirft vorwarf
verdächtigen: verdächtig~
ergeben: ergab ergaben
aufrufen-participle: aufgerufen
festhalten-participle: festgehalten
feststellen-participle: festgestellt
hinweisen-participle: hingewiesen
klarstellen-participle: klargestellt
schließen-daraus: schließt schloss schlossen schließen +daraus
folgern: folgert folgerte folgerten folgern gefolgert
twittern: twitter~ getwittert
tweeten: twittert tweetet tweetete tweeteten getweetet
posten: postet postete posteten gepostet
kontern: konter~
hervorheben: hebt hob hoben heben +hervor
hervorheben-participle: hervorgehoben
einwenden: wendet wandte wandten wendete wendeten +ein
einwenden-participle: eingewandt eingewendet
erinnern-daran: erinnert erinnerte erinnerten erinnern +daran
präzisieren: präzisier~
anmerken: merkt merkte merkten +an
anmerken-participle: angemerkt
monieren: monier~
mutmaßen: mutmaßt mutmaßte mutmaßten
insistieren: insistier~
beharren: beharrt beharrte beharrten +darauf
andeuten: deutet deutete deuteten +an
andeuten-participle: angedeutet
deutlich-machen: macht machte machten +deutlich
klarmachen: macht machte machten +klar
wissen-lassen: ließ ließen lässt +wissen
ausrichten-lassen: ließ ließen lässt +ausrichten
`;

/** Speech-act verbs that mostly stand without a content clause: Reported when they do. */
export const actVerbs = `
äußern: äußert äußerte äußerten geäußert
loben: lob~
verurteilen: verurteil~
ablehnen: lehnte lehnten lehnt +ab
zurückweisen: wies wiesen weist +zurück
einräumen: eingeräumt
anklagen: klagte +an
vorwerfen: wirft warf warfen +vor
vorwerfen: vorgeworfen
ablehnen-participle: abgelehnt
zurückweisen-participle: zurückgewiesen
zusagen: sagte +zu
aufrufen: rief riefen ruft rufen +auf
sprechen-aus: sprach sprachen spricht +aus
wollen: will wollen
protestieren: protestier~
bemängeln: bemängelt bemängelte bemängelten
beanstanden: beanstandet beanstandete beanstandeten
anprangern: prangert prangerte prangerten +an
ausschließen: schließt schloss schlossen +aus
anerkennen: erkennt erkannte erkannten +an
sehen-als: sieht sehen sah sahen +als
sehen-darin: sieht sehen sah sahen +darin
halten-für: hält halten hielt hielten +für
`;

/**
 * Speech verbs whose object or complement characterises in the speaker's words: a quoted phrase after them in their clause is
 * a partial quote of the speaker even when it opens with a capital after an article or preposition ("nannte den Plan eine
 * „Bankrotterklärung der Regierung“", "sprach von einem „Tag der Freude“"), not a title.
 * Lemmas of the lexicons above.
 */
export const characterisingLemmas: readonly string[] = ["nennen", "sprechen", "bezeichnen", "warnen", "warnen-vor", "loben", "kritisieren", "verurteilen", "beklagen"];

/** Verbs that name, inform or expect rather than report speech: never a Reported quote on their own. */
export const notReportedAlone: readonly string[] = ["heißen", "informieren", "erwarten", "verweisen", "begründen", "schätzen", "rechnen", "beschreiben", "schreiben", "glauben", "hoffen", "vermuten", "annehmen", "festlegen", "melden", "bitten", "raten", "drohen", "zitieren", "erzählen", "annehmen-participle", "ausgehen", "ausgehen-participle", "fragen", "verdächtigen", "ergeben", "verteidigen", "entscheiden", "beschließen", "schließen-daraus", "folgern", "aufrufen-participle", "festhalten-participle", "feststellen-participle", "hinweisen-participle", "klarstellen-participle", "ablehnen-participle", "zurückweisen-participle", "ablehnen", "anbieten",
  // posting a picture or a link, a counter-attack in a game, a reminder of a date: no speech act without content
  "twittern", "tweeten", "posten", "kontern", "erinnern-daran", "hervorheben-participle", "einwenden-participle", "anmerken-participle", "andeuten-participle",
  // "machte mit dem zweiten Tor alles klar" (a game decided), "machte den Weg deutlich": content makes them speech
  "klarmachen", "deutlich-machen",
  // a protest action ("Vor dem Rathaus protestierten Hunderte Winzer"): a speech act only against something ("protestierte gegen …")
  "protestieren"];

/**
 * Modals of obligation or ability, present and Konjunktiv: a speech verb in the infinitive after one
 * ("müssen ihre Einnahmen angeben", "man müsse davon ausgehen, dass …") names what one must or can
 * say, no speech act performed (unlike the past "musste betonen, dass …").
 */
export const obligationModals: readonly string[] = ["muss", "müssen", "müsse", "müsste", "müssten", "kann", "können", "könne", "könnte", "könnten", "darf", "dürfen", "dürfe", "dürfte", "dürften"];

/** Separable speech verbs that with "sich" in their clause mean to remember, not to say ("erinnert sich daran, dass …"): no cue then. */
export const reflexiveNotSpeech: readonly string[] = ["erinnern-daran"];

/** Plain verbs of saying, after which a main clause in the indicative is reported speech ("sagte Okafor, die Werke hielten sich an …"). */
export const plainSayVerbs: readonly string[] = ["sagen", "erklären", "betonen", "meinen", "teilen", "mitteilen", "ergänzen", "versichern", "behaupten", "bekräftigen"];

/**
 * Of `notReportedAlone`, the verbs that are a Reported speech act with this preposition (or one of these, split by "|") in their clause
 * ("drohte mit Konsequenzen", "begründete … mit …", "bittet um Hinweise", "geht von einem Unfall aus", "protestierte gegen …").
 */
export const reportedWithPreposition: Readonly<Record<string, string>> = {drohen: "mit", begründen: "mit", bitten: "um", ausgehen: "von", protestieren: "gegen|dagegen"};

/**
 * Of `reportedWithPreposition`, the verbs that are a stance only with a person or organisation as
 * subject: "Die Ermittler gehen von Brandstiftung aus" (they assume), not "Der Streit ging von den
 * Nachbarn aus" (it originated).
 */
export const reportedWithSpeakerSubject: readonly string[] = ["ausgehen"];

/**
 * Of `notReportedAlone`, the verbs of speaking that still name a speaker whom
 * the Konjunktiv sentences after them continue ("X verteidigte sein Vorgehen.
 * So seien …"), unlike those that name, expect or decide.
 */
export const openAttributionAlone: readonly string[] = ["verteidigen", "begründen", "beschreiben", "erzählen", "bitten", "fragen", "verweisen", "informieren", "ausgehen", "ablehnen-participle", "zurückweisen-participle"];

/** Adverbs that attribute the rest of the sentence to the source named before ("Demnach …"). */
export const attributionAdverbs: readonly string[] = ["demnach", "demzufolge"];

/** Phrases that attribute a whole clause to a source ("laut X", "X zufolge", "nach Angaben X"). */
export const attributionPrepositions: readonly string[] = ["laut", "lt.", "gemäß"];
export const attributionPostpositions: readonly string[] = ["zufolge"];
/** "nach Angaben von X", "nach Informationen des X", "nach Aussage …": preposition + source noun. */
export const sourceNouns: readonly string[] = ["angaben", "informationen", "aussage", "aussagen", "auskunft", "darstellung", "einschätzung", "ansicht", "meinung", "worten", "berichten", "bericht", "schätzungen", "erkenntnissen", "mitteilung", "auffassung", "überzeugung", "medienberichten", "polizeiangaben", "zeugenaussagen", "untersuchungen", "meldungen", "vorstellungen", "studie", "schätzung", "ermittlungen", "recherchen", "plänen", "angaben", "berichts", "erklärung", "ansicht", "einschätzungen", "expertenangaben", "behördenangaben", "zählung", "umfrage", "prognose", "prognosen", "statistik", "statistiken", "hochrechnung", "hochrechnungen", "ermittlungsstand", "kenntnisstand", "erkenntnisstand", "berechnungen", "willen"];

/** Nouns that take "nach" as their own complement ("die Suche nach Daten", "die Gier nach Informationen"): no attribution follows. */
export const nachComplementNouns: readonly string[] = ["suche", "gier", "hunger", "durst", "frage", "nachfrage", "sehnsucht", "verlangen", "streben", "jagd", "bedarf", "ruf", "rufe", "forderung", "forderungen", "wunsch", "wünsche"];

/** Source nouns that head compounds ("Unternehmensangaben", "Presseberichten", "Zeugenaussagen"). */
export const sourceNounHeads: readonly string[] = ["angaben", "berichten", "informationen", "aussagen", "schätzungen", "erkenntnissen", "meldungen"];

/** Compounds ending in a source noun head, lower case: "unternehmensangaben", "medienberichten". */
export const sourceNounCompound = new RegExp(`\\p{L}{3}(?:${sourceNounHeads.join("|")})$`, "u");

/** Verbs by which one source relays another's words ("Die Zeitung zitiert X mit den Worten: …"): the quotation has both as sources. */
export const citeLemmas: readonly string[] = ["zitieren"];

/** Modals that report hearsay or a plan when they follow an attribution ("Der Fahrer soll befragt werden"). */
export const continuationModals: readonly string[] = ["soll", "sollen", "sollten"];

/** Continuation modals whose form is the indicative plural too: hearsay only with a perfect infinitive ("sollen … gesagt haben"). */
export const indicativeLikeModals: readonly string[] = ["sollen"];

/**
 * Words of a time still ahead ("am Donnerstag", "morgen", "nächste Woche"): with one of them a "soll"
 * schedules ("Am Donnerstag soll der Rat beraten") rather than reports hearsay. Weekdays count
 * only after "am" or "ab", so "soll am Montag gesagt haben" stays hearsay by its perfect infinitive anyway.
 */
export const futureTimeWords: readonly string[] = [
  // "morgen", "übermorgen"
  ...Object.keys(deicticDays).filter((w) => deicticDays[w] > 0),
  // "demnächst", "bald"
  ...Object.keys(referenceWords).filter((w) => referenceWords[w] === "FUTURE_REF"),
  // "nächste Woche", "kommenden Montag"; not "folgend", which also points ahead in the text ("die folgende Erklärung")
  ...Object.keys(shiftWords).filter((w) => shiftWords[w] > 0 && w !== "folgend").flatMap((stem) => [`${stem}e`, `${stem}en`, `${stem}er`]),
  // left out of the date rules (referenceWordsLeftOut), but a time still ahead
  "künftig"
];

/** Nouns of victims after "fordern", which then means to claim lives, not to demand ("forderte 30 Todesopfer"). */
export const victimNouns: readonly string[] = ["todesopfer", "opfer", "tote", "toten", "menschenleben", "leben", "verletzte", "verletzten"];

/** Nouns after "mit" that introduce the quotation following them ("mit den Worten „…“", "mit dem Satz „…“"): the clause's subject said it. */
export const quotingNouns: readonly string[] = ["worten", "satz", "bemerkung", "ausruf", "aussage", "hinweis", "appell", "parole"];

/**
 * Characterising verbs whose partial quote is found in their own clause (`de.quote.direct.characterising-clause`), with the
 * preposition their complement takes before the quotation ("sprach von einem „…“", "bezeichnete das als „…“"), "" for a
 * noun phrase or adjective ("nannte den Plan eine „…“", "nannte ihn „…“"). Lemmas of the lexicons above.
 */
export const characterisingClause: readonly {lemma: string; preposition: string}[] = [
  {lemma: "sprechen", preposition: "von"},
  {lemma: "bezeichnen", preposition: "als"},
  {lemma: "nennen", preposition: ""}
];
