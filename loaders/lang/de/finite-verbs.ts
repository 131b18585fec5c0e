/**
 * Finite verb forms after which, in German verb-second order, a bare
 * capitalised word without article is the subject and, as common nouns
 * need an article, usually a name ("1990 wirkte Turner mit", "verlor
 * Benvenuti vorzeitig"). Plain data, lower case.
 *
 * `finiteVerbs` are whole forms (auxiliaries, modals, frequent verbs).
 * `strongPastStems` are strong past stems matched at the end of a word, so
 * that prefixed forms count too ("übernahm", "erwarb", "verließ").
 */
export const finiteVerbs: ReadonlySet<string> = new Set(`
ist war sind waren wurde wurden wird werden hat hatte hatten habe hätte wäre sei
kann konnte könnte muss musste müsste muß mußte müßte soll sollte will wollte darf durfte mag mochte möchte
gilt galt bleibt blieb liegt lag steht stand geht ging kommt kam gibt gab sieht sah nimmt nahm
hält hielt lässt ließ fährt fuhr läuft lief trifft traf zieht zog spielt spielte lebt lebte
erhält erhielt gewinnt gewann verliert verlor beginnt begann stirbt starb schreibt schrieb spricht sprach
klagt klagte meint meinte sagt sagte erzählt erzählte erläutert erläuterte findet fand fährt
`.split(/\s+/).filter(Boolean));

/** Auxiliaries and modals among the finite forms: after a bare subject they make "aux" rather than a full verb ("Keller hat …"). */
export const auxiliaryForms: ReadonlySet<string> = new Set(
  "ist war sind waren wurde wurden wird werden hat hatte hatten habe hätte wäre sei kann konnte könnte muss musste müsste soll sollte will wollte darf durfte mag mochte möchte muß mußte müßte".split(" ")
);

/** Strong and irregular past stems, matched as word endings (3+ letters). */
export const strongPastStems: readonly string[] = `
nahm kam gab ging sah fand blieb stand lag saß hielt ließ fiel trat traf zog schrieb sprach verlor gewann begann
starb bot fuhr lief rief wies trug schlug brach warf half stieg wuchs warb bat bog flog floh goss hing hob lud
litt log mied pfiff rang rann riet ritt schien schob schoss schwieg schwor sang sank sann schuf schlich schloss
schmolz schnitt stach stahl stieß strich stritt sprang tat trank trieb vergaß verzieh wich wog wusch zwang
brachte dachte kannte nannte rannte sandte wandte wusste
`.split(/\s+/).filter(Boolean);

/** Words ending like a weak past form ("-te") that are adjectives or numerals instead. */
export const notPastForms: ReadonlySet<string> = new Set(`
erste zweite dritte vierte fünfte sechste siebte achte neunte zehnte letzte beste nächste meiste
größte höchste neueste jüngste älteste wichtigste bekannteste erfolgreichste gute weite breite leichte
rechte echte schlechte harte kalte alte starke halbe harte bunte rote weiße heute bereits
`.split(/\s+/).filter(Boolean));

/**
 * Weak past forms of verbs whose "ge-" is an inseparable prefix ("gehören", "gelangen"): finite, although they begin like a
 * participle ("gegründete"). Only verbs whose form is seldom an attribute ("die gewährte Hilfe", "gebrauchte Wagen" stay out).
 */
export const inseparableGePast: ReadonlySet<string> = new Set("gehörte gehörten gelangte gelangten genügte genügten gehorchte gehorchten".split(" "));

/**
 * Separable verb particles that a finite verb is written together with at the end of a subordinate clause
 * ("wie sie es ausdrückt", "als er zurückkehrt"); in verb-second order the particle stands apart ("drückt es aus").
 */
export const separableParticles: readonly string[] =
  "ab an auf aus bei dar ein fest fort her heraus hin hinaus los mit nach vor voran vorbei weg weiter wieder zu zurück zusammen".split(" ");

/**
 * The infinitive marker: a plural present form right after it ("zu öffnen") or right before it ("öffnen zu wollen")
 * is an infinitive, not the finite verb of its clause. Also the word the event and date rules read as
 * "zu" of a zu-infinitive.
 */
export const infinitiveMarker = "zu";

/**
 * Verbs that take a bare infinitive right before them ("öffnen können", "schließen lassen", "kommen werden"): a plural
 * present form before one of these is that infinitive; the verb after it is finite or not by itself.
 */
export const infinitiveGovernors: ReadonlySet<string> = new Set(
  "können könne konnten konnte müssen müsse mussten musste sollen solle sollten sollte wollen wolle wollten wollte dürfen dürfe durften durfte mögen möchten lassen lasse ließen ließ werden werde wird wurden würden".split(" ")
);

/**
 * Lower-case words that are also a third-person plural present form of some verb but, in running text, are mostly
 * an article, a pronoun, a conjunction or a numeral ("einen", "meinen", "sondern", "einigen", "sieben"), and "haben", mostly
 * the auxiliary of a perfect whose participle the past markers read (not across an abbreviation: "haben z. B. … trainiert").
 */
export const pluralVerbLookalikes: ReadonlySet<string> = new Set("einen meinen sondern einigen sieben haben".split(" "));
