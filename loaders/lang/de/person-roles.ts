/**
 * Role nouns: titles and functions that stand next to a person's name
 * ("Außenminister Marco Rubio", "der Kreml-Sprecher Dmitry Peskov"), among them the works council's
 * and union's ("Betriebsrätin", "Personalratsvorsitzende", "Gewerkschafter", "Vertrauensfrau", "Obmann").
 * A capitalised token is a role when it is, or ends with (as a compound), one
 * of the heads below, after an inflection ending is removed. Plain data.
 */

/**
 * Heads of role nouns, lower-cased, without inflection endings, as written: with the feminine of every head in -mann
 * added ("Landeshauptmann" → "Landeshauptfrau", "Frontmann" → "Frontfrau"; `withFeminineMann`). The feminine in -in
 * needs no head of its own ("Ministerin"): see `roleEndings` and, for heads in -e or with an umlaut, `feminineStems`.
 */
export const roleHeads: readonly string[] = withFeminineMann(`
präsident kanzler minister premier sprecher direktor chef botschafter gesandt berater sekretär senator abgeordnet
gouverneur bürgermeister könig prinz prinzessin fürst papst kardinal bischof pfarrer general oberst admiral kommandeur
befehlshaber kommissar richter anwalt anwält ärzt trainer kapitän stürmer torwart autor schriftsteller dichter maler komponist
regisseur sänger musiker schauspieler künstler professor forscher wissenschaftler historiker ökonom politiker diplomat
journalist reporter korrespondent moderator kolumnist unternehmer gründer manager geschäftsführer vorstand vorsitzend
leiter oligarch milliardär kandidat herausforderer nachfolger vorgänger amtsinhaber beauftragt unterhändler vermittler mediator
verhandlungsführer schlichter sondierer
aktivist dissident kritiker oppositionsführer anführer vertreter stellvertreter kaiser zar scheich emir mullah ayatollah
imam rabbiner rapper coach schiedsrichter fahrer pilot weltmeister olympiasieger athlet boxer verleger intendant
staatssekretär generalsekretär vize diktator machthaber herrscher regent ministerpräsident bundespräsident
dirigent geiger pianist gitarrist bassist schlagzeuger produzent choreograf choreograph tänzer fotograf designer
architekt ingenieur arzt doktor chirurg philosoph theologe prophet apostel missionar priester pater mönch abt kaplan rektor
detektiv inspektor ermittler polizist sheriff soldat offizier leutnant hauptmann generalmajor marschall konsul pharao
herzog baron freiherr marquis markgraf landgraf kurfürst erzherzog kronprinz
verteidiger spieler schwimmer keeper profi meister
loge login experte expertin analyst analystin therapeut therapeutin
kämmerer dezernent referent beigeordnet landrat landrät dekan
bundesrat bundesrät stadtrat stadträt gemeinderat gemeinderät regierungsrat regierungsrät staatsrat staatsrät hofrat hofrät geheimrat geheimrät landesrat landesrät
betriebsrat betriebsrät personalrat personalrät obmann obfrau obleute vertrauensmann vertrauensfrau vertrauensleute streikführer
verhandler wissenschafter
`.split(/\s+/).filter(Boolean));

/** Feminine stems with an umlaut that no head gives ("Bischöfin", "Päpstin", "Äbtissin", "Finanzvorständin"); "Ärztin", "Anwältin", "Landrätin" have heads of their own. */
const umlautFeminineStems: readonly string[] = ["bischöf", "päpst", "äbtiss", "vorständ"];

/** Adds the feminine of every head in -mann ("hauptmann" → "hauptfrau"; "obmann" → "obfrau" is kept once). */
function withFeminineMann(heads: readonly string[]): string[] {
  const out = new Set(heads);
  for (const head of heads) if (head.endsWith("mann")) out.add(`${head.slice(0, -4)}frau`);
  return [...out];
}

/** Heads that announce a name without being a function ("Frau Merkel", "sein Sohn Hunter", "seinem Amtskollegen Trump"). */
export const cueOnlyHeads: readonly string[] = `
herr frau ehefrau ehemann gattin gatte witwe sohn tochter bruder schwester vater mutter onkel tante neffe nichte enkel
freund freundin partner partnerin kollege kollegin amtskollege amtskollegin genosse genossin
cousin cousine großvater großmutter schwager schwägerin schwiegersohn schwiegertochter schwiegervater schwiegermutter
gehilfe gehilfin lebensgefährte lebensgefährtin verlobte verlobter familie ehepaar
`.split(/\s+/).filter(Boolean);

/**
 * Heads of occupations and trades that stand before a name like a role ("der Bildhauer Anton Kerber", "die Physikerin Wera Ostrow").
 * Read by the people rules only (loaders/people/roles.ts), not by the speaker rules. No word that is also a common
 * surname ("Bauer", "Müller", "Jäger", "Turner", "Kaufmann"): a role noun is never read as a surname. No word a firm is named by
 * as well ("Betreiber", "Eigentümer", "Händler", "Herausgeber", "Investor") nor one that ends other nouns ("zeuge": "Flugzeuge").
 */
export const occupationHeads: readonly string[] = withFeminineMann(`
lehrer redakteur übersetzer bildhauer zeichner grafiker illustrator karikaturist kabarettist komiker satiriker
liedermacher lyriker dramatiker romancier publizist essayist physiker chemiker mathematiker biologe astronom archäologe
soziologe psychologe politologe ethnologe linguist germanist mediziner jurist pädagoge banker bankier assistent
doktorand sportler läufer torhüter golfer sprinter bergsteiger segler ruderer torjäger holzfäller landwirt gastwirt
kommandant feldherr söldner organist kantor pastor diakon vikar propst evangelist missionarin reformator
sultan kalif häuptling popstar rockstar superstar drummer songwriter frontmann blogger darsteller erzähler protagonist
funktionär täter mörder
gewerkschafter mitglied
kassierer verkäufer kellner friseur pfleger erzieher
`.split(/\s+/).filter(Boolean));

/**
 * Stems of feminine role nouns that do not end in their masculine head, read before "-in"/"-innen" only: the stem of every head in -e
 * (weak masculines: "Pädagoge" → "Pädagogin", "Experte" → "Expertin") and those with an umlaut (`umlautFeminineStems`).
 */
export const feminineStems: readonly string[] = [
  ...umlautFeminineStems,
  ...[...roleHeads, ...occupationHeads].filter((head) => head.endsWith("e")).map((head) => head.slice(0, -1))
];

/**
 * Nouns of nationality that announce a name as cue-only heads do ("der Kenianer Paul Otieno", "die Französin Anne Roux"):
 * whole forms, no compounds. None that is also a country's or region's name in an inflected form ("Polen", "Schweden",
 * "Ungarn") or an adjective of a place ("Schweizer", "Berliner"), nor a common surname ("Franke", "Hesse", "Sachse", "Böhme").
 */
export const nationalityNouns: readonly string[] = `
amerikaner amerikanerin kanadier kanadierin mexikaner mexikanerin brasilianer brasilianerin argentinier argentinierin
kolumbianer kolumbianerin peruaner peruanerin venezolaner venezolanerin kubaner kubanerin jamaikaner jamaikanerin chilene chilenin
uruguayer uruguayerin ecuadorianer ecuadorianerin australier australierin neuseeländer neuseeländerin
kenianer kenianerin äthiopier äthiopierin nigerianer nigerianerin ghanaer ghanaerin südafrikaner südafrikanerin kameruner kamerunerin
senegalese senegalesin kongolese kongolesin ägypter ägypterin marokkaner marokkanerin algerier algerierin tunesier tunesierin
iraner iranerin iraker irakerin syrer syrerin libanese libanesin jordanier jordanierin palästinenser palästinenserin israeli israelin
afghane afghanin pakistaner pakistanerin inder inderin chinese chinesin japaner japanerin koreaner koreanerin südkoreaner südkoreanerin
nordkoreaner nordkoreanerin vietnamese vietnamesin thailänder thailänderin indonesier indonesierin
italiener italienerin spanier spanierin portugiese portugiesin franzose französin brite britin engländer engländerin schotte schottin
ire irin niederländer niederländerin belgier belgierin luxemburgerin österreicher österreicherin norweger norwegerin däne dänin finne finnin
isländer isländerin grieche griechin türke türkin russe russin ukrainer ukrainerin weißrusse weißrussin georgier georgierin armenier armenierin
tscheche tschechin slowake slowakin rumäne rumänin bulgare bulgarin kroate kroatin serbe serbin slowene slowenin bosnier bosnierin
albaner albanerin litauer litauerin kasache kasachin usbeke usbekin kurde kurdin
`.split(/\s+/).filter(Boolean);

/** Nouns of age that describe a person without naming a role ("der 54-Jährige", "die Siebzigjährige"). */
export const ageNoun = /^(?:\d+-|\p{Lu}\p{Ll}+)[jJ]ährigen?$/u;

/** Titles of nobility written between the given names and the surname, as part of the name ("Karl Freiherr von Stein", "Otto Graf Lambsdorff"). */
export const nobilityTitles: ReadonlySet<string> = new Set(
  "freiherr freifrau freiin reichsfreiherr graf gräfin reichsgraf fürst fürstin prinz prinzessin herzog herzogin ritter edler edle baron baronin markgraf".split(" ")
);

/**
 * Titles of rulers and honorifics written before a name or standing for one ("Emir Tamim", "Scheich Mohammed bin Salman", "der Emir von
 * Katar", "Katars Emir", "König Abdullah"), some of them given names too ("Emir"): such a word is a title, not a given name, unless a
 * surname follows it that is no given name and no particle ("Emir Kusturica"). Lower case.
 */
export const rulerTitles: ReadonlySet<string> = new Set(
  "emir emira emirin scheich scheicha sheikh sheikha sultan sultanin prinz prinzessin kronprinz kronprinzessin könig königin kaiser kaiserin zar zarin schah".split(" ")
);

/** Short titles written before names. */
export const titleAbbreviations: ReadonlySet<string> = new Set(["dr.", "prof.", "mr.", "mrs.", "ms."]);

/** Heads whose lemma adds "er" (adjectival nouns): Sondergesandten → Sondergesandter. */
export const adjectivalHeads: ReadonlySet<string> = new Set(["gesandt", "abgeordnet", "vorsitzend", "beauftragt", "beigeordnet"]);

/**
 * Adjectives that say a role is not held now, or not yet ("der frühere Arbeitsrichter", "die ehemalige
 * Bürgermeisterin", "die künftige Ministerpräsidentin", "der designierte Kanzler"): stems, lower case; the role
 * keeps them in the nominative ("früherer Arbeitsrichter", "künftige Ministerpräsidentin").
 */
export const tenureAdjectives: readonly string[] = ["früher", "ehemalig", "einstig", "vormalig", "künftig", "designiert", "zukünftig"];

/**
 * Prepositions of a place phrase that may end a role's complement when the apposition ends after it ("Leiter ihres Büros
 * im Ausland", "Sprecher der Botschaft in Kairo"); `article`: an article may stand between it and the noun.
 */
export const roleComplementPrepositions: readonly {word: string; article: boolean}[] = [
  {word: "im", article: false}, {word: "in", article: true}, {word: "am", article: false}, {word: "beim", article: false}, {word: "bei", article: true}
];

/**
 * Adjectives of rank or standing that belong to the role they qualify ("die stellvertretende Landesvorsitzende",
 * "der geschäftsführende Präsident", "die kommissarische Leiterin"): stems, lower case; kept in the role like those of tenure.
 */
export const rankAdjectives: readonly string[] = ["stellvertretend", "geschäftsführend", "amtierend", "kommissarisch", "interimistisch"];

/**
 * Finite forms of "sein" and "bleiben" in the singular that join a subject to a role noun: an inverted subject and the role
 * after it ("Seit Montag ist NAME Chefin", people/role-context.ts), the name after an opening "Für die X" (people/fronted-side.ts).
 */
export const singularRoleCopulas: readonly string[] = ["ist", "war", "bleibt", "blieb"];

/** The role copulas with the plural forms of "sein": "Für die X sind …" (people/fronted-side.ts). */
export const roleCopulas: readonly string[] = [...singularRoleCopulas, "sind", "waren"];

/** Inflection endings tried, longest first, when matching a head. */
export const roleEndings: readonly string[] = ["innen", "innen", "in", "en", "er", "e", "n", "s", ""];

/**
 * A compound's prefix that names an organisation by its acronym, read as the role holder's affiliation ("SPD-Fraktionschef" → SPD,
 * "ABC-Klubobfrau" → ABC): capitals and digits, two to six, unless `nonOrganisationPrefixes` lists it.
 */
export const ORGANISATION_PREFIX = /^\p{Lu}[\p{Lu}\d]{1,5}$/u;

/**
 * Acronym prefixes of a field, a medium or an event rather than an organisation ("TV-Moderator", "IT-Experte", "WM-Torschütze"), or of a
 * kind of club that does not say which ("FC-Trainer"), lower case.
 */
export const nonOrganisationPrefixes: readonly string[] = "tv pr it ki wm em pc dj ceo cd dvd sms hiv gps fc sc sv".split(" ");

/**
 * Affiliation cues: lower-cased prefix, adjective stem or genitive → affiliation.
 * "US-Präsident", "russische Präsident", "Präsident Russlands", "Direktor der CIA".
 * A country's or city's name as it stands is in `placeNameAffiliations`.
 */
export const affiliationCues: ReadonlyMap<string, string> = new Map(Object.entries({
  "us": "USA", "us-amerikanisch": "USA", "amerikanisch": "USA", "vereinigten staaten": "USA", "weißen haus": "USA", "cia": "USA (CIA)", "fbi": "USA (FBI)", "pentagon": "USA (Pentagon)",
  "russisch": "Russland", "russlands": "Russland", "kreml": "Russland (Kreml)", "moskaus": "Russland",
  "ukrainisch": "Ukraine", "kiews": "Ukraine",
  "deutsch": "Deutschland", "deutschlands": "Deutschland", "bundes": "Deutschland",
  "britisch": "Vereinigtes Königreich", "französisch": "Frankreich", "frankreichs": "Frankreich", "chinesisch": "China", "chinas": "China",
  "polnisch": "Polen", "italienisch": "Italien", "türkisch": "Türkei", "israelisch": "Israel", "iranisch": "Iran", "belarussisch": "Belarus",
  "saudisch": "Saudi-Arabien", "saudi-arabisch": "Saudi-Arabien", "nato": "NATO", "eu": "EU", "un": "UN", "uno": "UN", "österreichisch": "Österreich", "schweizer": "Schweiz",
  "europäisch": "EU", "spanisch": "Spanien", "ungarisch": "Ungarn", "japanisch": "Japan", "indisch": "Indien", "kanadisch": "Kanada",
  "brasilianisch": "Brasilien", "mexikanisch": "Mexiko", "argentinisch": "Argentinien", "venezolanisch": "Venezuela", "kolumbianisch": "Kolumbien", "chilenisch": "Chile",
  "peruanisch": "Peru", "kubanisch": "Kuba", "südafrikanisch": "Südafrika", "ägyptisch": "Ägypten", "syrisch": "Syrien", "irakisch": "Irak",
  "afghanisch": "Afghanistan", "pakistanisch": "Pakistan", "nordkoreanisch": "Nordkorea", "südkoreanisch": "Südkorea", "vietnamesisch": "Vietnam", "thailändisch": "Thailand",
  "indonesisch": "Indonesien", "australisch": "Australien", "neuseeländisch": "Neuseeland", "niederländisch": "Niederlande", "belgisch": "Belgien", "dänisch": "Dänemark",
  "schwedisch": "Schweden", "norwegisch": "Norwegen", "finnisch": "Finnland", "griechisch": "Griechenland", "portugiesisch": "Portugal", "tschechisch": "Tschechien",
  "slowakisch": "Slowakei", "rumänisch": "Rumänien", "bulgarisch": "Bulgarien", "serbisch": "Serbien", "kroatisch": "Kroatien", "slowenisch": "Slowenien",
  "albanisch": "Albanien", "georgisch": "Georgien", "armenisch": "Armenien", "aserbaidschanisch": "Aserbaidschan", "kasachisch": "Kasachstan", "libanesisch": "Libanon",
  "jordanisch": "Jordanien", "katarisch": "Katar", "nigerianisch": "Nigeria", "kenianisch": "Kenia", "äthiopisch": "Äthiopien", "irisch": "Irland",
  "estnisch": "Estland", "lettisch": "Lettland", "litauisch": "Litauen", "moldauisch": "Moldau", "luxemburgisch": "Luxemburg", "isländisch": "Island",
  "marokkanisch": "Marokko", "algerisch": "Algerien", "tunesisch": "Tunesien", "libysch": "Libyen", "palästinensisch": "Palästina", "jemenitisch": "Jemen",
  "taiwanisch": "Taiwan", "philippinisch": "Philippinen", "malaysisch": "Malaysia", "venezuelas": "Venezuela", "brasiliens": "Brasilien", "mexikos": "Mexiko",
  "argentiniens": "Argentinien", "ägyptens": "Ägypten", "syriens": "Syrien", "iraks": "Irak", "irans": "Iran", "israels": "Israel",
  "polens": "Polen", "ungarns": "Ungarn", "japans": "Japan", "indiens": "Indien", "kanadas": "Kanada", "italiens": "Italien",
  "spaniens": "Spanien",
  "katars": "Katar", "saudi-arabiens": "Saudi-Arabien", "jordaniens": "Jordanien", "libanons": "Libanon", "jemens": "Jemen", "omans": "Oman", "omanisch": "Oman",
  "kuwaits": "Kuwait", "kuwaitisch": "Kuwait", "emiratisch": "Vereinigte Arabische Emirate"
}));

/**
 * Nouns that follow a ruler's or saint's given name as an epithet with its article ("Heinrich der Löwe", "Johannes der Täufer",
 * "Wilhelm der Eroberer"): with the name they are one name (loaders/people/name-run.ts). Lower case.
 */
export const epithetNouns: readonly string[] = ["löwe", "täufer", "eroberer", "seefahrer", "bär", "bayer", "bekenner", "zänker", "evangelist", "apostel", "philosoph", "baumeister"];

/**
 * Stems of adjectives that follow a ruler's given name as an epithet in -e with its article ("Karl der Große", "Erik der Rote", "Iwan der
 * Schreckliche", "Johanna die Wahnsinnige"). A word in -e after "der" is as often a dative noun ("sagte Anna der Presse"), so the stems are listed.
 */
export const epithetAdjectiveStems: readonly string[] = (
  "groß klein heilig fromm kühn jung ält gut einfältig stamm stark schön weis gerecht eiser rot schwarz weiß kahl kurz lang dick fett faul " +
  "mild tapfer friedfertig sanftmütig siegreich prächtig streitbar schrecklich wahnsinnig grausam ehrwürdig unerschrocken stolz blind lahm " +
  "hochmütig großmütig bärtig letzt erst zweit jünger älter"
).split(/\s+/).filter(Boolean);

/**
 * Affiliation cues that are a country's or city's name as it stands ("Katar", "Kiew", "Ukraine"), lower-cased → affiliation. Such a name
 * is mostly where one goes, meets or speaks ("Nach Katar reiste Außenminister …", "Die Ukraine besuchte …"), so it gives its affiliation only
 * right after "von" ("Emir von Katar"), after the genitive article where its genitive takes no ending (`caselessGenitiveNames`: "Präsident
 * der Ukraine"), as a compound's prefix ("Ukraine-Gesandter"), with an adjective's "-er" ("Kiewer", "Moskauer"), or where a rule reads a
 * side by its name ("verhandelt für Katar"); its genitive in "-s" ("Katars", "Kiews") is in `affiliationCues`.
 */
export const placeNameAffiliations: ReadonlyMap<string, string> = new Map(Object.entries({
  "katar": "Katar", "ukraine": "Ukraine", "kiew": "Ukraine", "kyjiw": "Ukraine", "moskau": "Russland", "türkei": "Türkei", "usa": "USA"
}));

/** Names of `placeNameAffiliations` whose genitive takes no ending, so that "der" before them may be genitive: "Präsident der Ukraine", "der USA". */
export const caselessGenitiveNames: readonly string[] = ["ukraine", "türkei", "usa"];

/** Words right before a name of `placeNameAffiliations` after which it gives its affiliation: "Emir von Katar". */
export const placeNameAffiliationOpeners: readonly string[] = ["von"];
