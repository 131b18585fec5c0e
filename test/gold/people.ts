/**
 * Hand-written gold for the five seeds, from reading the article bodies
 * (title, photo credits, FAQ, comments and "Mehr zum Thema" tails are not body
 * and carry no mentions here). Each entry: [surface as written, person].
 * Persons are the ids of data/people.yaml.
 */
export const goldMentions: Record<string, [string, string][]> = {
  "000_14706316a7e5e39a.txt": [
    ["Putin", "wladimir-putin"], ["Trump", "donald-trump"],
    ["Wladimir Putin", "wladimir-putin"], ["Donald Trump", "donald-trump"],
    ["Dmitry Peskov", "dmitri-peskow"],
    ["Putin", "wladimir-putin"], ["Trump", "donald-trump"], ["Peskov", "dmitri-peskow"],
    ["Trump", "donald-trump"], ["Putin", "wladimir-putin"],
    ["Trump", "donald-trump"], ["Volodímir Zelenski", "wolodymyr-selenskyj"], ["Putin", "wladimir-putin"],
    ["Marco Rubio", "marco-rubio"], ["John Ratcliffe", "john-ratcliffe"], ["Michael Waltz", "mike-waltz"], ["Steve Witkoff", "steve-witkoff"],
    ["Trump", "donald-trump"],
    ["Putin", "wladimir-putin"], ["Joe Biden", "joe-biden"],
    ["Trump", "donald-trump"],
    ["Marc Fogel", "marc-fogel"]
  ],
  "001_5955f4ed10c564c3.txt": [
    ["Trump", "donald-trump"],
    ["Donald Trump", "donald-trump"], ["Wladimir Putin", "wladimir-putin"],
    ["Putin", "wladimir-putin"], ["Trump", "donald-trump"],
    ["Trump", "donald-trump"], ["Trump", "donald-trump"], ["Trump", "donald-trump"], ["Trump", "donald-trump"],
    ["Putin", "wladimir-putin"], ["Trump", "donald-trump"],
    ["Trump", "donald-trump"], ["Wolodymyr Selenskyj", "wolodymyr-selenskyj"], ["Putin", "wladimir-putin"], ["Selenskyj", "wolodymyr-selenskyj"],
    ["Mark Rubio", "marco-rubio"], ["John Ratcliffe", "john-ratcliffe"], ["Mike Waltz", "mike-waltz"], ["Steve Witkoff", "steve-witkoff"],
    ["Andrij Jermak", "andrij-jermak"],
    ["Trumps", "donald-trump"], ["Selenskyj", "wolodymyr-selenskyj"], ["Jermak", "andrij-jermak"]
  ],
  "002_1092a0d877b93a9a.txt": [
    ["Donald Trump", "donald-trump"], ["Wladimir Putin", "wladimir-putin"],
    ["Donald Trump", "donald-trump"], ["Putin", "wladimir-putin"],
    ["Trump", "donald-trump"],
    ["Selenskyj", "wolodymyr-selenskyj"],
    ["Putins", "wladimir-putin"], ["Donald Trump", "donald-trump"],
    ["Dmitri Peskow", "dmitri-peskow"], ["Putin", "wladimir-putin"], ["Trump", "donald-trump"],
    ["Trumps", "donald-trump"],
    ["Joe Biden", "joe-biden"],
    ["Wladimir Putin", "wladimir-putin"]
  ],
  "003_c5a8fd1d68f62b62.txt": [
    ["Trump", "donald-trump"], ["Wladimir Putin", "wladimir-putin"],
    ["Trump", "donald-trump"],
    ["Selenskij", "wolodymyr-selenskyj"], ["Trump", "donald-trump"],
    ["Putin", "wladimir-putin"], ["Trump", "donald-trump"],
    ["Trump", "donald-trump"], ["Selenskij", "wolodymyr-selenskyj"],
    ["J.D. Vance", "jd-vance"], ["Marco Rubio", "marco-rubio"], ["Trump", "donald-trump"],
    ["Pete Hegseth", "pete-hegseth"],
    ["Putin", "wladimir-putin"],
    ["Barack Obama", "barack-obama"]
  ],
  "004_9ffa6b3be26fc3b5.txt": [
    ["Donald Trump", "donald-trump"], ["Trump", "donald-trump"], ["Wladimir Putin", "wladimir-putin"],
    ["Putin", "wladimir-putin"], ["Trump", "donald-trump"],
    ["Putin", "wladimir-putin"],
    ["Trump", "donald-trump"],
    ["Wladimir Putin", "wladimir-putin"], ["Putin", "wladimir-putin"], ["Selenskyj", "wolodymyr-selenskyj"],
    ["Marco Rubio", "marco-rubio"], ["John Ratcliffe", "john-ratcliffe"], ["Michael Waltz", "mike-waltz"], ["Steve Witkoff", "steve-witkoff"],
    ["Putin", "wladimir-putin"], ["Marc Fogel", "marc-fogel"]
  ]
};

/** Spellings that must end up as one person each. */
export const goldIdentities: string[][] = [
  ["Volodímir Zelenski", "Wolodymyr Selenskyj", "Selenskyj", "Selenskij"],
  ["Dmitry Peskov", "Peskov", "Dmitri Peskow"],
  ["Marco Rubio", "Mark Rubio"],
  ["Michael Waltz", "Mike Waltz"],
  ["Andrij Jermak", "Jermak"]
];

/** Roles the seed bodies give (person → roles that must appear among the person's roles). */
export const goldRoles: Record<string, string[]> = {
  "dmitri-peskow": ["Kreml-Sprecher", "Präsidentensprecher"],
  "marco-rubio": ["Außenminister"],
  "john-ratcliffe": ["Direktor der CIA", "CIA-Direktor"],
  "mike-waltz": ["Nationaler Sicherheitsberater", "Berater für nationale Sicherheit"],
  "steve-witkoff": ["Sondergesandter", "Botschafter"],
  "andrij-jermak": ["Präsidialamtschef"],
  "pete-hegseth": ["US-Verteidigungsminister"],
  "jd-vance": ["Vizepräsident"],
  "joe-biden": ["früherer US-Präsident"], // "Der frühere US-Präsident Joe Biden": the role says it is no longer held
  "donald-trump": ["US-Präsident"]
};

/** Negotiators the seeds name: tasked with the talks or leading the delegation. Vance co-leads the delegation in 003. */
export const goldNegotiators = ["marco-rubio", "john-ratcliffe", "mike-waltz", "steve-witkoff", "jd-vance"];
