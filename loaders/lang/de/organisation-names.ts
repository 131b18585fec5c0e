/**
 * Names of firms, brands, clubs and institutions that stand alone in German text
 * as the subject or object of a sentence ("Honda will …", "Intel nimmt …"): car
 * makers, technology, media and consumer-goods firms, airlines, football clubs.
 * Lower-cased, plain data. Read only where a lone capitalised word would be taken
 * for a person by its position or a cue (loaders/people/bare-cues.ts), not after a
 * given name. Firms named after a founder whose name is a common surname (Porsche,
 * Ford, Bosch, Siemens, Daimler, Krupp) are left out: the founder is a person too.
 */
const firms = `
volkswagen audi bmw toyota honda nissan mazda mitsubishi suzuki subaru hyundai kia dacia skoda škoda seat fiat lancia alfa volvo saab
tesla lada smart vauxhall jaguar bentley bugatti lamborghini maserati
intel ibm amd nvidia microsoft apple google alphabet amazon facebook meta yahoo ebay paypal netflix twitter oracle cisco motorola nokia
ericsson samsung sony panasonic toshiba hitachi fujitsu canon nikon nintendo sega lenovo huawei xiaomi alibaba tencent baidu spotify
vodafone telekom telefonica o2 sap infineon tomtom garmin blackberry novell sun adobe symantec
haribo nestlé nestle danone unilever coca-cola pepsi pepsico mcdonald's starbucks aldi lidl rewe edeka metro ikea h&m zara
adidas nike lufthansa ryanair easyjet airbus boeing condor germanwings eurowings alitalia swissair
dow nasdaq allianz commerzbank dekabank ubs credit axa ergo munich gazprom rosneft lukoil shell bp exxon chevron total eon e.on rwe vattenfall
basf henkel beiersdorf degussa evonik thyssenkrupp heidelbergcement hochtief bilfinger continental schaeffler
whatsapp instagram snapchat skype youtube uber airbnb zalando heise golem
paramount miramax pixar dreamworks mgm viacom bertelsmann sat.1 pro7 prosieben rtl vox arte
`;
const clubs = `
hertha schalke werder borussia eintracht fortuna hansa arminia alemannia kickers union dynamo energie sturm rapid admira
austria salzburg juventus inter lazio barça barca real atlético atletico chelsea arsenal ajax feyenoord benfica porto celtic
`;

/**
 * Institutes of opinion, market and economic research and non-governmental organisations named alone as a subject or object ("eine
 * Umfrage, die Forsa veröffentlichte", "Dort traf er Greenpeace"), where word order alone would read them as a surname. Names written in
 * capitals ("DIW", "WWF") are no name a word-order cue reads; a union named like a person ("Verdi") belongs in data/organisations.yaml,
 * where a story about the person can drop it.
 */
const institutes = `
forsa infratest emnid allensbach ipsos yougov civey kantar infas dimap
greenpeace oxfam attac foodwatch campact amnesty unicef unesco caritas diakonie misereor germanwatch
`;

/** Armed and political groups named alone, many with the Arabic article ("al-Kaida", "Hisbollah"): never a surname after a role noun. */
const groups = `
hamas hisbollah hizbollah al-kaida al-qaida al-schabab al-shabaab al-nusra fatah taliban
`;

/** Organisation names, lower-cased. */
export const organisationNames: ReadonlySet<string> = new Set(`${firms} ${clubs} ${institutes} ${groups}`.split(/\s+/).filter(Boolean));

/** Names of organisations with lower-case words inside, lower-cased ("Ärzte ohne Grenzen"): the phrase grammar stops at the lower-case word. */
export const linkedOrganisationNames: readonly string[] = [
  "ärzte ohne grenzen", "reporter ohne grenzen", "ingenieure ohne grenzen", "apotheker ohne grenzen", "brot für die welt", "save the children",
  "terre des hommes", "friends of the earth", "pro asyl"
];
