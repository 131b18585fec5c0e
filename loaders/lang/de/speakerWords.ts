import {articles, demonstrativeDeterminers, possessiveDeterminers} from "./inflection.js";

/**
 * Words around speakers: pronouns that can stand for a speaker, words that
 * end a speaker noun phrase, and words that open a sentence without being its
 * subject (so the subject follows the verb). Plain data, lower case.
 */
export const speakerPronouns: readonly string[] = ["er", "sie", "es", "man", "diese", "dieser", "jener"];

/** Words that end a noun phrase when scanning it word by word. */
export const phraseStops: readonly string[] = [
  "am", "im", "in", "an", "auf", "bei", "beim", "vor", "nach", "mit", "zu", "zum", "zur", "über", "unter", "gegenüber", "während",
  "laut", "dass", "daß", "ob", "wie", "was", "und", "oder", "aber", "doch", "jedoch", "auch", "außerdem", "zudem", "ebenfalls",
  "bereits", "schon", "noch", "nun", "jetzt", "heute", "gestern", "morgen", "damals", "dann", "dabei", "daher", "deshalb", "zuvor",
  "weiter", "weiters", "ferner", "nicht", "sich", "es", "dies", "so", "als", "um", "seit", "gegen", "für", "aus", "vom", "von",
  "inzwischen", "unterdessen", "mittlerweile", "wiederholt", "erneut", "zuletzt", "ausdrücklich", "deutlich", "klar", "offen",
  "sinngemäß", "wörtlich", "zufolge", "selbst", "ihm", "ihr", "ihnen", "uns", "mir", "dort", "hier", "etwa", "rund", "zunächst",
  // prepositions spelt like an inflected adjective ("binnen weniger Minuten", "ohne jeden Zweifel")
  "binnen", "zwischen", "neben", "hinter", "außer", "entgegen", "ohne", "wider", "innerhalb", "außerhalb"
];

/** Adverbs and connectives that may open a sentence without being its subject ("Insgesamt zählt die Polizei …"). */
export const sentenceAdverbs: readonly string[] = [
  "insgesamt", "damit", "demnach", "demzufolge", "hingegen", "ebenso", "allerdings", "unterdessen", "inzwischen", "indes", "indessen",
  "zudem", "außerdem", "daneben", "darüber", "dennoch", "trotzdem", "deshalb", "deswegen", "daher", "darum", "somit", "folglich",
  "zunächst", "anschließend", "danach", "später", "schließlich", "endlich", "zuletzt", "bislang", "bisher", "derzeit", "momentan",
  "aktuell", "gleichzeitig", "zugleich", "gestern", "heute", "morgen", "vorgestern", "damals", "nun", "jetzt", "bereits", "schon",
  "auch", "ebenfalls", "sogar", "nur", "lediglich", "vor", "allein", "zwar", "jedoch", "aber", "doch", "denn", "also", "dabei",
  "dazu", "darin", "darauf", "daraufhin", "dort", "hier", "offenbar", "offensichtlich", "angeblich", "vermutlich", "wahrscheinlich",
  "möglicherweise", "tatsächlich", "immerhin", "jedenfalls", "erneut", "wiederum", "ferner", "weiterhin", "gegenwärtig", "mittlerweile",
  "kürzlich", "jüngst", "neulich", "besonders", "vorerst", "darüberhinaus", "ähnlich", "offiziell", "gleichfalls", "einst", "ursprünglich", "letztlich", "so", "dies", "das", "dem", "diesem", "zuvor", "vorher", "erst", "zurzeit",
  "vielmehr", "zuerst", "eher", "stattdessen", "umgekehrt", "einerseits", "andererseits", "ohnehin", "freilich", "übrigens", "nämlich",
  "natürlich", "sicherlich", "gewiss", "keinesfalls", "keineswegs", "vielleicht", "zumal"
];

/**
 * Adverbs of degree and focus that may open a sentence before another adverb or a phrase ("Ganz
 * aktuell berichtete …", "Gerade deshalb warnte …"): capitalised there, no subject. Kept apart from
 * `sentenceAdverbs`, which the people extractor also reads ("Ganz" is a surname too).
 */
export const openingDegreeAdverbs: readonly string[] = ["ganz", "gerade", "fast", "kaum", "sehr", "genau", "eben", "knapp", "völlig", "weit", "recht", "ziemlich"];

/**
 * Adverbs by their derivational ending ("Offiziell", "Möglicherweise", "Kurzzeitig", "Gegenwärtig"),
 * capitalised at a sentence's start: no subject. Tighter than "-ell" or "-ig" alone, which also end
 * names ("Powell", "Mitchell", "Ludwig") and nouns ("Hinweise").
 */
export const adverbForm = /^\p{L}{2,}(?:lich|erweise|(?:zeit|teil|schritt|beispiel|ausnahms|stellen|stück|paar)weise|iell|uell|nell|rell|zeitig|wärtig|künftig|ständig|mäßig)$/u;

/**
 * Possessives that open a source phrase pointing back to the speaker already named ("Nach ihren
 * Informationen habe …", "seiner Meinung nach", "eigenen Angaben zufolge"): the source is that
 * speaker's, who speaks on in the sentences after it.
 */
export const ownSourceOpeners: readonly string[] = ["sein", "seine", "seiner", "seinen", "seinem", "seines", "ihr", "ihre", "ihrer", "ihren", "ihrem", "ihres", "eigenen", "eigener"];

/**
 * A sentence opened by "Die" and a noun (after at most one adjective) that is no feminine person noun in
 * "-in"; the noun is group 1. When it can speak (a feminine body or a plural of people: "Die Polizei
 * ermittelt.", "Die Ermittler gehen davon aus."; see `groupNouns`), an "ihr"/"ihre" after it may point to it as
 * well as to a woman named before ("Die Sprecherin" is her; "Die Brücke" owns no statements).
 */
export const FEMININE_OR_PLURAL_SUBJECT = /(?:^|[.!?]\s+)Die\s+(?:\p{Ll}+e[nr]?\s+)?(\p{Lu}[\p{L}-]*)(?<!in)(?![\p{L}-])/u;

/** Nouns of groups of people beyond the role and organisation lexicons that may own a statement ("Die Anwohner", "Die Sanitäter"). */
export const groupNouns: readonly string[] = [
  "anwohner", "bewohner", "eltern", "sanitäter", "helfer", "retter", "rettungskräfte", "einsatzkräfte", "demonstranten", "teilnehmer",
  "mitglieder", "angehörige", "angehörigen", "ärzte", "experten", "forscher", "wissenschaftler", "behörden", "bürger", "leute", "menschen",
  "schüler", "studenten", "fans", "gäste", "besucher", "kunden", "nutzer", "passagiere", "insassen", "nachbarn", "veranstalter", "organisatoren",
  "zeugen", "augenzeugen", "kritiker", "befürworter", "gegner", "anwälte", "verteidiger", "kläger", "richter", "beamten", "kollegen"
];

/** Determiners and possessives that may open a speaker noun phrase. */
export const determiners: readonly string[] = [
  "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen",
  "sein", "seine", "seiner", "seines", "seinem", "seinen", "ihr", "ihre", "ihrer", "ihres", "ihrem", "ihren", "dessen", "deren",
  "beide", "beiden", "viele", "mehrere", "einige", "zahlreiche", "alle"
];

/** Determiners beyond "des"/"der" that open a genitive after a noun inside a speaker phrase ("die Vereinigung aller Mönche", "Auffassung eines Gerichtes"). */
export const genitiveDeterminers: readonly string[] = ["aller", "beider", "eines", "mehrerer", "sämtlicher"];

/**
 * Words that tie a name to the person noun before it inside a speaker phrase, so that the name
 * is that person's relation, not the speaker: "Sprecher von Anna Berg", "vom", and the genitive
 * articles before a role noun ("die Beraterin des Ministers Karl Roth").
 */
export const personOfLinks: readonly string[] = ["von", "vom", "des", "der"];

/**
 * Nouns for a person's part in a case or an event, which people/roles.ts does not count as roles:
 * after a genitive article in a speaker phrase they govern the name that follows ("die Anwältin des
 * Klägers Hans Meier", "der Vater des Opfers Lena Winter": the name is the plaintiff's, the
 * victim's). Stems, matched as whole words with the endings in partyNounEndings.
 */
export const partyNounStems: readonly string[] = [
  "kläger", "angeklagt", "beklagt", "beschuldigt", "verdächtig", "tatverdächtig", "opfer", "mandant", "täter",
  "verstorben", "getötet", "verletzt", "vermisst", "entführt", "festgenommen", "inhaftiert", "häftling", "patient", "geschädigt", "hinterblieben"
];

/** Endings of the party nouns: masculine and feminine, singular and genitive or weak forms ("Klägers", "Klägerin", "Angeklagten"). */
export const partyNounEndings: readonly string[] = ["", "s", "in", "e", "en", "er", "es", "n"];

/**
 * Nouns of a speaker phrase that name a document rather than a person ("heißt es in der
 * Erklärung", "dem Bericht zufolge"): its author is the speaker. A compound ends in one
 * ("Pressemitteilung", "UN-Bericht"). Capitalised, singular (and the plural "Erklärungen"). Not
 * "Post": "Die Post" is mostly the company.
 */
export const documentNouns: readonly string[] = [
  "Erklärung", "Mitteilung", "Pressemitteilung", "Stellungnahme", "Botschaft", "Nachricht", "Beitrag", "Tweet",
  "Schreiben", "Brief", "Bericht", "Statement", "Erklärungen"
];

/**
 * Document nouns that also name an institution ("die Botschaft": an embassy, "die Vertretung"): as a speaker in
 * the nominative ("teilte die Botschaft mit") the institution speaks, not the author of a message.
 */
export const institutionDocumentNouns: readonly string[] = ["Botschaft"];

/** Words that bring a document up for the first time ("veröffentlichte eine Erklärung", "in ihrem Bericht"). */
export const documentOpeners: readonly string[] = [
  "ein", "eine", "einer", "einen", "einem", "eines", "sein", "seine", "seiner", "seinen", "seinem", "seines", "ihr", "ihre", "ihrer", "ihren", "ihrem", "ihres"
];

/**
 * Prepositions of a time, place or occasion phrase between a speech verb and its subject ("sagte
 * am Montag der Minister", "erklärte im Interview mit der Zeitung die Ministerin"). Not "von"/"vom"
 * (a passive agent), "aus" ("verlautete aus Kreisen …") nor "laut" (a source).
 */
export const afterVerbPrepositions: readonly string[] = [
  "am", "im", "in", "an", "auf", "bei", "beim", "vor", "nach", "mit", "zum", "zur", "über", "gegenüber", "während", "seit"
];

/**
 * Noun endings of feminine singular and of plural or weak forms: "der" before such a noun after a
 * prepositional phrase opens a genitive ("an den Liebling der europäischen Grünen", "aus Kreisen der
 * Organisation"), not a subject.
 */
export const genitiveNounEndings = /(?:ung|ion|heit|keit|schaft|tät|ei|en|innen)$/u;

/** Determiners that a subject after such a phrase may open with (nominative). */
export const nominativeDeterminers: readonly string[] = ["der", "die", "das", "ein", "eine"];

/** Lower-case link words inside foreign names ("League for Democratic Reform", "Bank of America", "Banco de España"). */
export const foreignNameLinks: readonly string[] = ["of", "for", "and", "the", "with", "on", "de", "del", "la", "le", "du", "da", "dos"];

/** Pronouns of the first person: outside a quotation they stand for the writer, never a reported speaker. */
export const firstPersonSpeakers: readonly string[] = ["ich", "wir", "mir", "mich", "uns"];

/** Relative pronouns that can be the subject of a relative clause (", die betonte, …"). */
export const subjectRelatives: readonly string[] = ["der", "die", "das", "welcher", "welche", "welches"];

/** Relative pronouns that are never a subject (", den man … nennt", ", dem er … sagte"). */
export const objectRelatives: readonly string[] = ["den", "dem", "denen", "deren", "dessen", "welchen", "welchem"];

/** Subjects that may follow a relative pronoun, which is then the object (", die man … nennt", ", das er … sagte"). */
export const relativeClauseSubjects: readonly string[] = ["man", "ich", "du", "er", "sie", "es", "wir", "ihr"];

/** Dashes that end a dateline ("Kiew (dpa) - …"). */
export const datelineDashes: readonly string[] = ["-", "–", "—"];

/** Quantifying words that may stand alone as a speaker ("Beide betonten …", "Viele sagen …"). */
export const quantifierSpeakers: readonly string[] = ["beide", "beiden", "viele", "mehrere", "einige", "zahlreiche", "alle", "manche"];

/** Pronouns of one man: a speaker they stand for is no woman and no group. */
export const masculinePronouns: readonly string[] = ["er", "ihm", "ihn", "sein", "seine", "seiner", "seinem", "seinen", "seines"];

/** Pronouns of one woman or of several ("sie sagte", "sie sagten"): a speaker they stand for is no single man. */
export const femininePluralPronouns: readonly string[] = ["sie", "ihr", "ihre", "ihrer", "ihrem", "ihren", "ihres"];

/** Forms of address and kin nouns that make a woman of the person named ("Frau Merkel", "seine Ehefrau"). */
export const femaleAddress: readonly string[] = ["frau", "ehefrau", "witwe", "tochter", "schwester", "mutter"];
/** Forms of address and kin nouns that make a man of the person named ("Herr Scholz", "ihr Sohn"). */
export const maleAddress: readonly string[] = ["herr", "herrn", "ehemann", "witwer", "sohn", "bruder", "vater"];

/** Given names borne by men and women in the news ("Kim Jong-un", "Jean-Claude Juncker", "Andrea Nahles", "Luca Toni"): no gender from the name alone. */
export const unisexGivenNames: readonly string[] = [
  "kim", "jean", "luca", "andrea", "nicola", "sascha", "alexis", "robin", "toni", "kai", "chris", "maxime", "dominique", "claude",
  "eike", "gerrit", "jo", "sam", "alex", "charlie", "jamie", "jordan", "taylor", "morgan", "ashley", "lee", "yi", "li", "hu", "eli", "noa",
  "ai", "ilhan", "hope", "riley", "stevie", "tran", "pham", "zola", "jackie", "ma", "pat", "kay", "leslie", "lindsay", "dee", "kerry", "casey", "chi"
];

/** Given names whose gender the generated lists (given-name-gender.ts) get wrong or lack: men. */
export const maleGivenNameOverrides: readonly string[] = [
  "bülent", "uli", "ulli", "rené", "matti", "akira", "xi", "mao", "weiwei", "alaa", "ala", "edi", "medard", "romuald", "helge", "kalle", "mika",
  "ola", "patrice", "valery", "yacine", "yuval", "ariel", "haile", "jakaya", "emmerson", "sidney"
];

/** The same for women. */
export const femaleGivenNameOverrides: readonly string[] = ["malu", "condoleezza", "ségolène", "laverne"];

/**
 * Words of a time phrase that opens a sentence in place of its subject ("Anfang Mai", "Ende 2019",
 * "Mitte der Woche"): with months, weekdays and numbers, such a span is when, not who speaks.
 */
export const timePhraseWords: readonly string[] = ["anfang", "mitte", "ende", "der", "des", "jahres", "monats", "woche", "jahr", "vergangenen", "letzten", "diesen", "dieses"];

/**
 * Words after "„…“," that read as finite verbs but make no frame of saying ("„…“, lautete das Motto", "„…“, ist ein
 * Film von …", "„…“, so der Sprecher" has a rule of its own): de.quote.direct.inverted-frame passes them, and with them
 * the function words and finite auxiliaries ("so", "ist", "wurde"), which are not repeated here.
 */
export const invertedFrameNonVerbs: readonly string[] = ["lautet", "lautete", "lauten", "lauteten", "heißt", "hieß", "steht", "stand", "stehen", "standen", "gilt", "galt", "bleibt", "blieb", "gibt", "gab"];

/** Lower-case subjects of an inverted frame ("„…“, freute sich er" is no German; "„…“, ärgerte sie sich"). */
export const invertedFrameSubjects: readonly string[] = ["er", "sie"];

/** Adverbs that may stand between the verb of an inverted frame and its subject ("…, findet auch der Bürgermeister."). */
export const invertedFrameAdverbs: readonly string[] = ["auch", "dagegen", "hingegen", "jedoch", "aber", "denn", "nun", "etwa", "daraufhin", "dazu", "ebenfalls", "indes", "wiederum", "zudem", "allerdings", "wiederholt", "erneut", "gestern", "heute"];

/** Words after a time noun that end a time adverbial ("Zwei Tage später", "Tags darauf", "Einmal mehr"). */
export const timeAdverbialTails: readonly string[] = ["später", "zuvor", "darauf", "danach", "vorher", "lang", "mehr", "her", "nach"];

/** Time adverbs that look like a capitalised noun when they open a sentence ("Heuer betonte …", "Einmal mehr …"). */
export const timeAdverbs: readonly string[] = ["heuer", "einmal", "tags", "jahrelang", "wochenlang", "monatelang", "tagelang", "stundenlang"];

/** Comparatives of quantity that open a subject with "als" ("Mehr als 100 Ärzte", "Weniger als ein Drittel"). */
export const comparativeQuantifiers: readonly string[] = ["mehr", "weniger", "über", "knapp"];

/** Prepositions that open a participial attribute of a speaker ("mit den Gesprächen vertraute Personen"). */
export const attributePrepositions: readonly string[] = ["mit", "von", "aus", "über", "an", "in"];

/** Plural nouns of informed sources, speakers though no person or organisation noun ("vertraute Kreise", "Insider"). */
export const informedSourceNouns: readonly string[] = ["personen", "kreise", "kreisen", "quellen", "insider", "leute", "menschen", "beobachter"];

/** Inflected adjectives ("französische", "neuen", "dortigen"): lower case, ending in -e, -en, -er, -em or -es (the register-office rule, quotes/roleSpeakers.ts). */
export const inflectedAdjectiveShape = /^\p{Ll}[\p{L}]*(?:e|en|er|em|es)$/u;

/** Words of that shape before an office noun that do not qualify it: articles, demonstratives and possessives (lang/de/inflection.ts), and words such as "später", "sagte": no "der französische Außenminister". */
export const notQualifyingWords: readonly string[] = [...articles, ...demonstrativeDeterminers, ...possessiveDeterminers, "aber", "oder", "immer", "sowie", "später", "wieder", "neben", "unter", "hinter", "über", "aller", "jeder", "jedem", "jeden", "jede", "wer", "sagte", "erklärte"];

/** Endings a role noun's stem takes in the text ("Außenminister|in", "Präsident|en"), "" for the bare stem (quotes/roleSpeakers.ts). */
export const roleNounEndings: readonly string[] = ["", "in", "en", "n", "s"];
