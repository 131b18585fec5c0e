/**
 * German function words and very common verbs left out of key terms. Plain
 * data, lower case, compared with the lower-cased surface form.
 */
export const stopwords: readonly string[] = [
  // articles, pronouns, determiners
  "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen",
  "ich", "du", "er", "sie", "es", "wir", "ihr", "mich", "mir", "dich", "dir", "ihn", "ihm", "ihnen", "uns", "euch", "sich",
  "mein", "meine", "meiner", "meines", "meinem", "meinen", "dein", "deine", "sein", "seine", "seiner", "seines", "seinem", "seinen",
  "ihre", "ihrer", "ihres", "ihrem", "ihren", "unser", "unsere", "unserer", "unseres", "unserem", "unseren", "euer", "eure",
  "dies", "dieser", "diese", "dieses", "diesem", "diesen", "jener", "jene", "jenes", "jenem", "jenen", "derselbe", "dieselbe", "dasselbe",
  "welcher", "welche", "welches", "welchem", "welchen", "wer", "wen", "wem", "wessen", "was", "man", "jemand", "niemand", "nichts", "etwas",
  "alle", "aller", "alles", "allem", "allen", "jeder", "jede", "jedes", "jedem", "jeden", "kein", "keine", "keiner", "keines", "keinem", "keinen",
  "manche", "mancher", "manches", "viele", "vieler", "vielen", "viel", "mehr", "meist", "meisten", "wenige", "wenigen", "weniger", "einige", "einigen", "einiger",
  "andere", "anderer", "anderes", "anderem", "anderen", "solche", "solcher", "solches", "solchen", "beide", "beiden", "beider", "selbst", "selber",
  "deren", "dessen", "denen",
  // prepositions and contractions
  "an", "am", "ans", "auf", "aufs", "aus", "bei", "beim", "bis", "durch", "durchs", "für", "fürs", "gegen", "gegenüber", "hinter", "in", "im", "ins",
  "mit", "nach", "neben", "ohne", "seit", "über", "übers", "um", "ums", "unter", "von", "vom", "vor", "vors", "während", "wegen", "zu", "zum", "zur",
  "zwischen", "trotz", "laut", "statt", "anstatt", "innerhalb", "außerhalb", "ab", "entlang", "gemäß", "samt", "dank", "je", "pro", "per", "via",
  // conjunctions and particles
  "und", "oder", "aber", "denn", "sondern", "doch", "dass", "daß", "ob", "wenn", "weil", "als", "wie", "damit", "sodass", "obwohl", "falls", "sowie",
  "sowohl", "weder", "noch", "entweder", "bevor", "nachdem", "während", "sobald", "solange", "indem", "ohne", "also", "zudem", "außerdem", "jedoch",
  "allerdings", "dennoch", "trotzdem", "sonst", "deshalb", "daher", "darum", "deswegen", "nämlich", "schließlich", "bzw",
  "nicht", "auch", "nur", "noch", "schon", "sehr", "so", "ja", "nein", "mal", "eben", "halt", "wohl", "etwa", "fast", "gar", "immer", "nie", "oft",
  "ganz", "gerade", "bereits", "erst", "zwar", "sogar", "eher", "kaum", "genau", "ebenfalls", "ebenso", "besonders", "vor allem", "insbesondere",
  "hier", "dort", "da", "dann", "nun", "jetzt", "heute", "gestern", "morgen", "bald", "wieder", "weiter", "weitere", "weiteren", "weiterer", "weiteres",
  "dabei", "dafür", "dagegen", "daran", "darauf", "daraus", "darin", "darüber", "davon", "dazu", "dadurch", "danach", "davor", "hierzu", "hierbei",
  "wo", "wohin", "woher", "warum", "wieso", "weshalb", "wann", "womit", "wodurch", "worauf", "worüber", "wovon",
  "zwar", "bisher", "inzwischen", "unterdessen", "zunächst", "zuletzt", "später", "früher", "derzeit", "mittlerweile", "stets", "ebenso",
  // auxiliaries, modals and the commonest verbs
  "sein", "bin", "bist", "ist", "sind", "seid", "war", "warst", "waren", "wart", "wäre", "wären", "gewesen",
  "haben", "habe", "hast", "hat", "habt", "hatte", "hatten", "hätte", "hätten", "gehabt",
  "werden", "werde", "wirst", "wird", "werdet", "wurde", "wurden", "würde", "würden", "worden", "geworden",
  "können", "kann", "kannst", "konnte", "konnten", "könnte", "könnten", "müssen", "muss", "musste", "mussten", "müsste", "müssten",
  "sollen", "soll", "sollte", "sollten", "wollen", "will", "willst", "wollte", "wollten", "dürfen", "darf", "durfte", "dürfte", "dürften",
  "mögen", "mag", "mochte", "möchte", "möchten", "lassen", "lässt", "ließ", "gibt", "gab", "geben", "gehen", "geht", "ging", "kommen", "kommt", "kam",
  "machen", "macht", "machte", "gemacht", "sagen", "sagt", "sagte", "sagten", "gesagt", "sei", "seien", "heißt", "hieß",
  // numbers and quantities written as words
  "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "hundert", "tausend",
  "erste", "ersten", "erster", "zweite", "zweiten", "dritte", "dritten", "prozent",
  // web and print leftovers
  "foto", "bild", "bilder", "video", "videos", "mehr", "lesen", "http", "https", "www", "com", "html"
];
