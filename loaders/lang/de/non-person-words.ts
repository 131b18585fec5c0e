/**
 * Capitalised words that are never a person's name on their own: organisations,
 * media, places, institutions, months and days, and the function words that
 * start sentences. Lower-cased. Plain data.
 */
export const nonPersonWords: ReadonlySet<string> = new Set(`
cnn tass ria nowosti interfax reuters afp dpa ap bbc fox nbc abc cbs politico axios bloomberg spiegel zeit welt bild faz taz ard zdf rt
truth social x twitter facebook telegram instagram tiktok youtube google apple microsoft amazon meta tesla
kreml pentagon weiße weißen weißes haus oval office bundestag bundesrat bundesregierung regierung kongress senat parlament duma rada
nato eu uno un usa us cia fbi nsa osze who imf iwf g7 g20 opec hamas hisbollah taliban
russland russlands ukraine ukraine ukrainer amerika amerikas vereinigten staaten deutschland deutschlands frankreich england
großbritannien china japan indien iran irak israel syrien türkei polen ungarn österreich schweiz italien spanien europa asien
afrika belarus weißrussland saudi-arabien katar kuba kanada mexiko brasilien kasachstan georgien moldau rumänien nordkorea südkorea
moskau washington kiew kyjiw berlin paris london brüssel rom wien peking tokio helsinki münchen ramstein charkiw odessa
donbass donezk luhansk krim mariupol cherson saporischschja sankt petersburg new york minsk warschau genf istanbul riad riyadh
montag dienstag mittwoch donnerstag freitag samstag sonntag sonnabend
januar februar märz april mai juni juli august september oktober november dezember
der die das den dem des ein eine einer einem einen eines und oder aber doch wenn als wie wo was wer wir ihr sie er es ich du
man nach vor bei mit von zu für über unter auf aus an in im am um dies diese dieser dieses jener jene auch noch schon nur so
laut zudem dabei damit dann da daher denn deshalb trotz während seit bis gegen ohne durch alle beide beiden kein keine
gott gottes herr frau präsident dr prof vom zum zur beim ins seite the of and for to new san santa los las el verlag kg ag gmbh
spanien kroatien portugal griechenland schweden norwegen dänemark finnland niederlande belgien irland schottland tschechien slowakei serbien taiwan korea vietnam ägypten libyen tunesien algerien marokko nigeria südafrika kenia äthiopien argentinien chile kolumbien venezuela peru australien neuseeland afghanistan pakistan bayern sachsen hessen thüringen hamburg bremen köln frankfurt stuttgart düsseldorf dresden leipzig hannover nürnberg bonn
`.split(/\s+/).filter(Boolean));

/** Determiners and prepositions that make a following capitalised word a common noun ("der Kreml", "im Weißen Haus"). */
export const nounMarkers: ReadonlySet<string> = new Set(`
der die das den dem des ein eine einer einem einen eines kein keine keinen keinem keiner keines
im am zum zur vom beim ins ans aufs
mein meine meinen meinem meiner sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer unser unsere unseren unserem unserer
dieser diese dieses diesen diesem jeder jede jedes jeden jedem welche welcher welches solche solcher
viele vielen einige einigen mehrere alle allen`.split(/\s+/).filter(Boolean));

/** Speech and action verbs that, right after a bare capitalised word, mark it as a person ("Müller sagte"). */
export const personVerbs: ReadonlySet<string> = new Set(`
sagte sagt sagten erklärte erklärt meinte meint betonte betont fügte fügt kritisierte kritisiert forderte fordert warnte warnt
schrieb schreibt räumte räumt lobte lobt bestätigte bestätigt verwies verweist antwortete antwortet versicherte versichert
sprach spricht starb stirbt unterzeichnete unterzeichnet glaubt glaubte
klagt klagte erläutert erläuterte ergänzt ergänzte berichtet berichtete erzählt erzählte bemerkt bemerkte
widersprach widerspricht entgegnete entgegnet bilanzierte bilanziert resümierte resümiert
behauptete behauptet kommentierte kommentiert beklagte beklagt mahnte mahnt bekräftigte bekräftigt beteuerte beteuert
unterstrich unterstreicht fragte fragt schimpfte schimpft versprach verspricht gestand gesteht bestritt bestreitet
dementierte dementiert urteilte urteilt folgerte folgert hoffte hofft fürchtete fürchtet vermutete vermutet
empfahl empfiehlt appellierte appelliert versicherte beschrieb beschreibt schilderte schildert`.split(/\s+/).filter(Boolean));

/** Name particles between given name and surname ("Carl von Linné", "Vincent van Gogh"). */
export const nameParticles: ReadonlySet<string> = new Set(
  "von van de der den di da del della dos du le la bin ibn al el ten ter zu vom zur mac st.".split(/\s+/)
);

/** Words after a name that make it the name of a firm, prize, institution or place ("Konrad Wessel Verlag", "Birken Awards", "Dale Prentiss Associates", "Henry Walden Universität"). */
export const organisationNameTails: readonly string[] = (
  "verlag gmbh ag kg ohg gbr e.v. co co. inc inc. ltd ltd. llc associates award awards foundation institute institut stiftung center centre " +
  "company group brothers music records entertainment enterprises pictures studios " +
  "universität university college hochschule hospital klinik klinikum krankenhaus schule gymnasium stadion arena preis prize flughafen airport"
).split(" ");

/** Words after "&" that make a firm's name ("Wülfing & Sohn", "Müller & Co."). */
export const firmPartners: readonly string[] = ["sohn", "söhne", "co", "co.", "cie", "cie.", "partner"];

/**
 * Heads of compound nouns of places and organisations before their name ("in der Grenzstadt …", "die Hafenstadt …", "der Ölkonzern …",
 * "die Terrormiliz …"): a name after such a compound, or after the head as a word of its own, is that place's or organisation's name. Read
 * where a list of whole words (`placeNouns`) is not enough (loaders/people/particle-names.ts: an unlisted first name before an Arabic
 * surname); the compound must be a German noun, so a name that ends the same ("Roland") is none. Lower case.
 */
export const placeNounHeads: readonly string[] = (
  "stadt dorf ortschaft provinz region bezirk viertel gebiet lager konzern firma unternehmen partei miliz gruppe bewegung organisation " +
  "sender zeitung hafen gefängnis stützpunkt kaserne moschee universität klinik krankenhaus insel oase emirat königreich republik brigade netzwerk"
).split(" ");

/** Endings of a capitalised word before a name that make the name part of an institution's or place's name ("Galerie Irma Lohwasser", "Akademie Kuno Brantl"). */
export const institutionHeads: readonly string[] = "galerie akademie stiftung verlag gymnasium schule preis stadion straße allee brücke kaserne klinik institut".split(" ");

/**
 * Nouns of places and institutions that stand before their name ("die Stadt Lindenau", "der Landkreis
 * Wettau", "die Firma Brandt"): a bare word after one is that place's or firm's name everywhere in the text,
 * not a person's. Lower case.
 */
export const placeNouns: readonly string[] = (
  "stadt gemeinde dorf ort ortschaft ortsteil stadtteil stadtviertel viertel stadtbezirk kreis landkreis bezirk region provinz land bundesland kanton " +
  "insel hauptstadt kreisstadt kleinstadt großstadt kommune metropole republik staat königreich emirat " +
  "firma konzern unternehmen partei verein klub club hotel hafen flughafen bahnhof fluss see berg " +
  "gefängnis haftanstalt strafanstalt justizvollzugsanstalt flüchtlingslager internierungslager gefangenenlager militärlager " +
  "militärstützpunkt luftwaffenstützpunkt stützpunkt kaserne grenzübergang krankenhaus spital klinikum stadion"
).split(" ");

/** Nouns of a group a person leads or founds, written after the person's name with a hyphen ("Merz-Regierung", "Hasenhüttl-Truppe"): no double-barrelled name. Five letters or more (shorter last parts, "-Team", are never read as a name). */
export const groupNounHeads: readonly string[] = ["regierung", "kabinett", "gruppe", "truppe", "familie", "partei", "bande", "clique", "lager", "fraktion", "koalition", "stiftung"];
