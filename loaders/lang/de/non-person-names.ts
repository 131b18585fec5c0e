/**
 * Plain-data lists for the mention vetoes of loaders/people/mention-vetoes.ts: words and phrases
 * around which a name-shaped word names a firm, team, place or product, or no name at all. Lower case.
 */

/** Capitalised words before a name that make it the name of a firm ("Air Lindor", "Radio Bremen" is a place). */
export const organisationNameHeads: readonly string[] = ["air", "aero", "fc", "sc", "sv", "tsv", "vfb", "vfl", "ac", "cf"];

/** Words after a name that make it a firm's name ("Nordwind Airlines", "Lindor Bank", "Kessler Holding"). */
export const firmNameTails: readonly string[] = (
  "airlines airways aviation bank banken holding holdings corporation corp plc oyj " +
  "gruppe konzern motors automotive airport hotels hotel resorts media labs systems technologies software electronics pharma " +
  "capital partners investments insurance versicherung versicherungen reisen travel tours"
).split(" ");

/**
 * Firms' legal forms written with dots after a name ("Lindor N.V.", "Lindor S.p.A."): the tokenizer reads each letter with its dot as
 * one token ("N.", "V."), so each form is matched against the lower-cased tokens after the name joined ("n." + "v.").
 */
export const dottedFirmTails: readonly string[] = ["n.v.", "s.p.a.", "s.a.", "b.v.", "s.r.l.", "s.à.r.l.", "inc.", "ltd."];

/** Team nicknames after a place that make the pair a sports team's name ("Ohio Falcons", "Dakota Bears"). */
export const teamNicknames: readonly string[] = (
  "panthers bears lions tigers eagles falcons hawks ravens cardinals giants jets patriots cowboys raiders packers bulls lakers celtics " +
  "knicks warriors rangers penguins bruins steelers broncos chiefs chargers colts dolphins bills browns bengals texans " +
  "titans jaguars saints buccaneers seahawks rams redskins commanders yankees mets dodgers cubs sox astros " +
  "mariners padres pirates brewers royals twins orioles phillies braves marlins rockies diamondbacks nuggets spurs rockets " +
  "mavericks clippers nets pistons pacers bucks hornets grizzlies pelicans blazers timberwolves wizards " +
  "raptors canucks flames oilers senators canadiens devils flyers sabres blackhawks predators ducks sharks coyotes " +
  "hurricanes avalanche capitals islanders galaxy sounders timbers whitecaps"
).split(" ");

/**
 * Subordinating conjunctions that open a sentence where word order alone may read them as a subject ("Solange die Wahl läuft",
 * "Sobald der Zug hält"); "solange" is also a given name of the lists. At a sentence's start alone, no name.
 */
export const conjunctionGivenNames: readonly string[] = "solange sobald sofern soweit indem obwohl obgleich nachdem bevor ehe falls weil seitdem sowie".split(" ");

/**
 * Adjectives and adverbs with no adjective ending that open a sentence as a predicate or adverb before its finite verb
 * ("Stabil blieb …", "Konkret heißt das …", "Knapp verfehlte …", "Schwer wiegt …"). Adjectives that are common family names
 * ("Jung", "Schnell", "Frei", "Hart", "Kurz", "Rasch") are left out: those stay names ("Schnell hat erklärt"); the veto also
 * skips any word the surname lists or the register know.
 */
export const sentenceInitialAdjectives: readonly string[] = (
  "stabil konkret klar unklar fest offen knapp rund direkt extrem total ideal generell speziell formal normal neutral global " +
  "lokal regional zentral sozial liberal konstant flexibel möglich sicher unsicher genau gleich ganz fast gerade prompt simpel " +
  "komplex akut massiv aktiv passiv positiv negativ exakt korrekt perfekt abstrakt diskret privat intern extern nett schlecht gut " +
  "besser schwer leicht sanft still laut leise kalt warm heiß trocken nass spät früh selten neu alt dünn dick breit schmal " +
  "tief hoch nah fern stets bald kaum eher zuerst erneut langsam überall nirgends anders ebenso zugleich sofort " +
  // predicative adjectives fronted before a copula ("Heikel bleibt die Frage …", "Strittig ist vor allem …")
  "heikel strittig umstritten unstrittig fraglich ungewiss ungeklärt ungelöst entscheidend wichtig schwierig kritisch problematisch " +
  "brisant dringend wahrscheinlich unwahrscheinlich denkbar unmöglich offensichtlich sicherer unverändert ausgeschlossen"
).split(/\s+/).filter(Boolean);

/**
 * Versions written after a product's name ("unter Lindows XP", "mit Fenix NT", "auf dem Lumen Pro"), case as written.
 * A closed list: any other acronym after a name is a place or an organisation ("mit Biden USA", "mit Krause GmbH").
 */
export const productVersions: readonly string[] = ["XP", "NT", "ME", "SE", "OS", "CE", "RT", "GT", "LE", "Pro", "Max", "Plus", "Mini", "Lite", "Ultra"];

/** Prepositions before a product name that a version follows ("unter Lindows XP", "mit Fenix NT"). */
export const productPrepositions: readonly string[] = ["unter", "mit", "für", "auf", "von"];

/** Names of software, devices and media outlets that are never a person ("unter Windows", "berichtet Wired"). */
export const productAndMediaNames: readonly string[] = (
  "windows linux ubuntu debian fedora android ios macos iphone ipad ipod xbox playstation kindle firefox thunderbird wikipedia wired guardian telegraph independent economist forbes buzzfeed techcrunch engadget mashable verge " +
  "gizmodo politico league championship"
).split(" ");

/** Place names of several words whose parts are name-shaped ("Santiago de Chile", "Abu Dhabi", "Rio de Janeiro"): no person, and a dateline of their own (parts.ts). */
export const multiWordPlaces: readonly string[] = [
  "santiago de chile", "santiago de compostela", "rio de janeiro", "abu dhabi", "buenos aires", "são paulo", "sao paulo", "los angeles",
  "san francisco", "san diego", "san antonio", "san josé", "san jose", "santo domingo", "costa rica", "puerto rico", "sri lanka", "hong kong",
  "kuala lumpur", "tel aviv", "addis abeba", "dar es salaam", "la paz", "new delhi", "ho chi minh", "las vegas", "salt lake city",
  "port-au-prince", "st. louis", "st. petersburg", "sankt petersburg", "santa cruz", "santa monica", "monte carlo", "santa clara",
  "mar del plata", "ciudad juárez", "ciudad juarez", "porto alegre", "belo horizonte", "cabo verde", "sierra leone", "trinidad und tobago",
  "el salvador", "san marino", "bosnien und herzegowina", "dubai city", "kuwait city", "mexico city", "quebec city", "panama city",
  "abu ghraib", "bandar seri begawan", "ras al-khaimah", "sharm el-sheikh", "scharm el-scheich", "ain al-asad", "deir ez-zor", "deir al-sor",
  "den haag", "new york", "neu delhi"
];

/** Endings of a noun before a name that make the name a firm's, outlet's, team's or party's ("der Reisekonzern Lindor Cook", "das Dating-Portal …"). */
export const organisationNounEndings: readonly string[] = (
  "konzern unternehmen firma portal plattform airline fluglinie fluggesellschaft kette marke sender zeitung magazin bank " +
  "reiseveranstalter verein klub club mannschaft website webseite netzwerk label studio agentur rockband popband metalband modelabel " +
  "gewerkschaft verband vereinigung gesellschaft tochterfirma " +
  // a team's standing in its league, which a role's head ("-meister") would read as a person's title: "bei Vizemeister Lindor"
  "vizemeister rekordmeister herbstmeister"
).split(" ");

/**
 * Nouns of a team's promotion, relegation, league standing or cup (lower case, compound heads too: "DFB-Pokal", "Tabellenführung"): a bare
 * subject whose clause goes on to one is a club (veto team-standing, person-vetoes.ts). A league ("Bundesliga") is left out: a player plays in one.
 */
export const teamStandingNouns: readonly string[] = ["aufstieg", "abstieg", "klassenerhalt", "pokal", "pokalfinale", "relegation", "tabellenspitze", "tabellenführung"];

/**
 * Nouns of a player that make the subject of a team-standing clause a person, not a club (veto team-standing, person-vetoes.ts): a
 * compatriot or partner a club has none of ("schlug seinen Landsmann", "mit ihrem Doppelpartner"), or a woman by a feminine noun of
 * an opponent or winner ("besiegte die Titelverteidigerin"); a club's opponent is "der Gegner". Heads, lower case, compounds too
 * ("Finalgegnerin").
 */
export const playerNouns: readonly string[] = [
  "landsmann", "landsmänner", "landsfrau", "landsleute", "teamkollege", "teamkollegin", "doppelpartner", "doppelpartnerin",
  "gegnerin", "kontrahentin", "rivalin", "titelverteidigerin", "siegerin", "favoritin", "finalistin", "spielerin"
];

/**
 * Endings of a noun before a name that make the name an organisation's in the whole text ("die Gewerkschaft Lindor …
 * Lindor fordert …", "der Branchenverband Wettau"): unions, associations, parties, chambers, cooperatives and groups of
 * firms ("der Konzern Wettau"). A single firm ("Firma Brandt", "das Unternehmen Brandt") is left out: it is often named
 * after its owner, who speaks in the same text.
 */
export const organisationNameNouns: readonly string[] = "gewerkschaft gewerkschaftsbund verband vereinigung konzern partei kammer genossenschaft".split(" ");

/** Last parts of a hyphenated noun whose first part is an organisation ("Lindor-Chef", "Wettau-Mitglieder"), not a person. */
export const organisationMemberHeads: readonly string[] = (
  "chef chefin chefs boss bosse vorsitzende vorsitzender vorsitzenden vorstand vorstände mitglied mitglieder mitgliedern funktionär funktionäre " +
  "gewerkschafter gewerkschafterin zentrale"
).split(" ");

/**
 * Endings of nouns of illnesses, which a preposition or word order may put where a name stands ("an Leukämie", "Meningitis brach aus").
 * Read as a true ending of a longer word ("Lungenkrebs", "Gelbfieber"); the whole word alone ("Krebs", "Fieber") is also a family name
 * and counts as an illness only after one of {@link illnessPrepositions}.
 */
export const illnessEndings: readonly string[] = ["ämie", "itis", "krebs", "infarkt", "syndrom", "grippe", "fieber", "virus", "demenz", "sklerose", "tuberkulose"];

/** Prepositions after which a whole illness word is the illness, not a family name ("starb an Krebs", "Mittel gegen Fieber"). */
export const illnessPrepositions: readonly string[] = ["an", "gegen"];

/** Short heads of compounds for substances, too short for the dictionary's compound rule ("Senf|gas", "Raps|öl", "Nerven|gift"). */
export const substanceHeads: readonly string[] = ["gas", "gase", "öl", "öle", "gift", "gifte"];
