import {abstractNounSuffixes} from "./inflection.js";

/**
 * Words and word shapes that tell whether a lone capitalised word is a person's
 * name (loaders/people/bare-cues.ts reads them): party abbreviations, sentence
 * adverbs, auxiliaries, pronouns, clause openers, and endings of nouns,
 * adjectives, places and foreign surnames. Plain data; lower case.
 */

/** Surname shapes that are rarely German nouns: Slavic (also Russian as German writes it: "-witsch", "-owa"; not "-ow", which ends places: "Teltow"), Balkan, Greek, Georgian, Turkish, Romanian endings. */
/** Italian and Spanish surname endings ("Castellini", "Moroni", "Borelli", "Moretti", "Fernández", "Domínguez"), which a few nouns share ("Zucchini", "Spaghetti"): a dictionary noun is none. */
export const romanceSurnameShape = /^.{3,}(?:ini|oni|elli|etti|[^aeiouäöü]ez|[gq]uez)$/u;

export const surnameShape = /^.{3,}(?:sk[iyj]j?|zk[iy]|enko|[^aeiou][oe]v|[^aeiou][oe]wa|[^aeiou]itsch|schwili|vi[cć]|escu|opoulos|akis|idis|o[gğ]lu|ishvili|adze|sson)$/u;

/**
 * Name endings in -s that are no genitive: Latin and Greek names ("Pius", "Theodoros", "Midas", "Dionysos", "Tobias")
 * take an apostrophe in the genitive, so after a role noun they are the name itself ("Papst Pius", "Erzbischof Theodoros").
 */
export const nominativeSEnding = /(?:us|os|is|as|ys)$/u;

/**
 * Name endings in -s that are no genitive after a case noun: those of {@link nominativeSEnding} and Spanish and Greek
 * names in -es ("im Fall Fuentes", "die Affäre Mendes"); a case is named by the nominative.
 */
export const caseNameSEnding = /(?:us|os|is|as|ys|es)$/u;

/** Nouns of a case or affair named after a person right after them ("im Fall Ranzoni", "die Affäre Dreyfus", "die Causa Wulff"). */
export const caseNouns: readonly string[] = ["fall", "affäre", "causa"];

/** Party abbreviations and names in "Name (SPD)", and as a role's genitive ("der Grünen", genitive-organisation.ts). Lower-cased. */
export const partyAbbreviations: readonly string[] = ["spd", "cdu", "csu", "fdp", "afd", "grüne", "grünen", "linke", "linken", "bsw", "övp", "spö", "fpö", "svp", "sp", "fdp.", "pds", "npd"];

/** `partyAbbreviations` as a set, built once for every rule that looks a word up in it. */
export const partyNames: ReadonlySet<string> = new Set(partyAbbreviations);

/** Sentence adverbs that open a clause before an inverted verb ("Danach kam …", "Natürlich nutzte …", "Jahrelang blieb …", "Montagfrüh begann …"): by ending or by form. */
export const sentenceAdverbShape = /^(?:da|dar|wo|hier|dort|jetzt|nun|zwar|ferner|zuletzt|zunächst|seither|später|trotzdem|außerdem|dennoch|erst|bald|oft|heute|gestern|morgen|damals|immer|noch|schon|auch|nur|vielleicht|irgendwann|irgendwo|irgendwie|irgendwer|irgendwas|jeweils|teils|meist|meistens|unlängst|demnächst|mitunter|durchwegs|durchweg|fortan|drum|gern|gerne|oben|unten|hinten|vorne|vorn|innen|außen|drinnen|draußen|drüben|links|rechts|mitten|überall|nirgends|nirgendwo|anderswo|woanders|bislang|einst|jüngst|kürzlich|neulich|erneut|nochmals|letzterer|letztere|ersterer|erstere|kurzum|apropos|übrigens|erstens|zweitens|drittens|viertens|fünftens|letztens|zudem|inzwischen|mittlerweile|bisher|bereits|ebenfalls|anschließend|allerdings|stattdessen|deshalb|daher|dabei|schließlich|endlich|plötzlich|sofort|demnach|hinzu|hierzu|somit|also|so|dann|wieder|weiter|sonst|jedoch|ebenso|lieber|heuer|allgemein|sowieso)$|(?:lich|weise|mals|dings|falls|gemäß|dem|halb|wegen|hin|wärts|seits)$|^(?:da|bis|vor|nach|seit|frü|e|nä|hö|hier|um|wo|dort|zu|ehe|ring?s|vor|bis)her$|^(?:da|dar|wo)(?:n|r|nach|bei|mit|rauf|rin|rüber|zu|von|für|gegen|hinter|neben|über|unter|vor|durch|um|auf|aus|an|in)$|^\p{L}{4,}(?:e|en|s)lang$|(?:tag|abend)früh$/u;

/** Forms of "sein": a bare noun after them is usually the predicate. */
export const copulaForms: readonly string[] = ["ist", "war"];

/** Prepositions before a place or institution name. */
export const placePrepositions: readonly string[] = "in im von vom aus bei beim nach über mit zu zur zum an am auf unter vor hinter".split(" ");

/** Prepositions after which a lone given name, with no surname, names a place ("in Sienna", "aus Hagen"). */
export const placeOnlyPrepositions: readonly string[] = ["in", "aus"];

/** Prepositions whose bare capitalised object, no noun or place, is a person addressed ("schrieb an Hallmann"); others measured worse on GermEval. */
export const recipientPrepositions: readonly string[] = ["an"];

/** Past participles: "ge-" forms with a separable prefix ("angenommen", "gezeigt"), inseparable prefixes ("vertreten", "misshandelt") and "-iert" ("koordiniert"). */
export const pastParticipleShape = /^(?:ab|an|auf|aus|bei|ein|mit|nach|vor|zu|zurück)?ge\p{L}{3,}(?:t|en)$|^(?:be|ver|er|ent|zer|miss|über|unter|hinter)\p{L}{3,}(?:t|en)$|\p{L}{3,}iert$/u;

/** Forms of "werden" and "sein" that make a passive: "von X" before a participle in such a clause names its agent. */
/** Prepositions of a way or a place after "von X" ("von Linz nach Wels", "von Linz aus", "von Linz bis …"): X is a place there, no agent. */
export const routePrepositions: readonly string[] = "nach bis zu zum zur aus über in im an am auf bei gegen ab von".split(" ");

/** Adverbs of a place's position before "von" ("westlich von Linz", "unweit von Linz"): the word after "von" is a place there. */
export const placeAdverbBeforeVon = /^(?:(?:nord|süd|ost|west|nordost|nordwest|südost|südwest)lich|unweit|nahe|abseits|oberhalb|unterhalb|jenseits|diesseits|außerhalb|innerhalb|links|rechts)$/u;

export const passiveAuxiliaries: readonly string[] = "wird wurde werden wurden worden ist sind war waren sei".split(" ");

/** Singular auxiliaries and modals, indicative and subjunctive: "Würzler ist …", "Dirl wurde 1893 …", "Bourdieu habe …". */
export const singularAuxiliaries: readonly string[] = "ist war wurde wird hat hatte soll sollte kann konnte will wollte muss musste muß mußte sei wäre habe hätte würde könnte müsste müßte dürfte darf".split(" ");

/** Adjectives, adverbs and participles that open a sentence before an auxiliary ("Wichtig ist …", "Geplant ist …", "Bekannt wurde …", "Umgesetzt wurde …"). */
export const predicativeShape = /(?:ig|lich|isch|bar|sam|haft|los|voll|weit|wert|end|iert|zeitig|tens|ens|är)$|^\p{L}{4,}(?:ant|ent)$|^(?:ab|an|auf|aus|bei|ein|mit|nach|vor|zu|zurück|um|fest|fern|dar|her|hin|weg|frei|fort|zusammen|wieder|vorbei|heraus|hinaus|voran|durch|hoch|statt|teil)?ge\p{L}+(?:[^d]t|en)$|^(?:be|ver|er|ent|zer|über|unter)\p{L}+[^d]t$/u;

/** Function words that open a sentence before an auxiliary. */
export const auxiliaryClauseOpeners: readonly string[] = "insgesamt mehr weniger kaum zumindest leider zuvor nunmehr entweder jeder jede jedes ihm ihr ihn ihnen wieviel wie viel gleichzeitig dementsprechend gemeinsam bekannt schön komisch offiziell".split(" ");

/** Pronouns after a verb that show the word before it was not the subject ("Dort arbeitete er"). */
export const pronounsAfterVerb: readonly string[] = ["er", "sie", "es", "man", "ich", "wir", "ihr", "du", "sich"];

/** Subject pronouns: after "Dort arbeitete" they show the word before the verb was no subject; the reflexive "sich" does not ("Baffei setzte sich …"). */
export const subjectPronouns: readonly string[] = ["er", "sie", "es", "man", "ich", "wir", "ihr", "du"];

/** Subject pronouns that are never an object ("sie", "es" and "ihr" are accusative or dative too: "Kowalczak traf sie"). */
export const nominativeOnlyPronouns: readonly string[] = ["er", "man", "ich", "wir", "du"];

/** Words before a name that report its words: ", so Müller." and "laut Müller". */
export const reporterWords: readonly string[] = ["laut", "so"];

/** Words after which a bare capitalised word is the subject of a clause ("dass Rothke freigelassen wurde", "hat Schöndler … müssen"). */
export const subjectOpeners: readonly string[] = "dass daß da nachdem weil ob obwohl bevor sobald wenn sodass falls sofern solange indem obgleich seitdem ehe woher wohin warum weshalb wieso".split(" ");

/** Endings of German common nouns (and plurals) that a bare subject with these endings is taken to be. */
export const nounEnding = new RegExp(`(?:${abstractNounSuffixes.join("|")}|ismus|nis|tum|ium|ik|ie|ei|enz|anz|ment|chen|lein|en|ern|eln|te|ge|ur|ät|is|us|ling|ist|al|at)$`, "u");

/** Endings only common nouns have, names hardly ever: they back up the noun dictionary for compounds it lacks ("Psalmbereimungen"). */
export const strongNounEnding = new RegExp(`(?:${abstractNounSuffixes.join("|")}|ismus|nis|tum|ment|chen|lein|ling)(?:en|s|e|se)?$`, "u");

/** Endings of adjectives and adverbs that head a line before a colon ("Aktuell:", "Wundersam:", "Schließlich:"). */
export const adjectiveShape = /(?:lich|ig|bar|sam|haft|los|ell|iv|al|end|ert|erweise)$/u;

/** Endings of nominalised adjectives at a sentence's start ("Ähnliches gilt …", "Vorrangiges ist …"). */
export const nominalisedAdjectiveEnding = /(?:es|ige|ische)$/u;

/**
 * Adjectives that are never names, anywhere in a sentence: the neuter nominalised in -es of adjective suffixes ("Wichtiges", "Seltsames",
 * "Ärgerliches"; not -ales: "Morales") and adverbs in -iell, -uell, -onell ("Finanziell", "Aktuell", "Traditionell"; not -ell alone: "Campbell").
 */
export const adjectiveWordShape = /(?:lich|isch|ig|sam|bar|haft|iell|uell|iv|il)es$|(?:iell|uell|onell)$/u;

/** Endings of nominalised participles ("Fördersuchende", "Reisenden"): a group of people, not a name. */
export const nominalisedParticipleEnding = /(?:ende|enden|ender)$/u;

/** Endings of German place names: a bare word with them is a place, not a person, when only word order speaks for a name. */
export const placeNameShape = /(?:dorf|burg|hausen|ingen|stadt|ien|zell|weiler|hofen|kirchen|leben|rode)$/u;

/** Verbs of lying, bordering and flowing that a place or river takes as its subject ("Nof Amir liegt im Osten …", "Die Wurm mündet …"). */
export const placeVerbs: readonly string[] = "liegt lag liegen lagen grenzt grenzte mündet mündete fließt floss entspringt entsprang erstreckt erstreckte befindet befand".split(" ");

/** Participles of a place's history that a person does not take as the subject of a passive ("wurde Lindau eingemeindet", "… gegründet"). */
export const placeParticiples: readonly string[] = "eingemeindet ausgemeindet eingepfarrt ausgepfarrt erbaut besiedelt umbenannt gegründet eröffnet errichtet".split(" ");

/** Particles and adverbs that may stand between a finite verb (and "sich") and the subject after it ("meldete sich dann auch Lindqvist zu Wort", "sagte auch Ibarrondo"). */
export const particlesBeforeSubject: readonly string[] = "auch selbst sogar nun dann noch erst bereits schon schließlich letztendlich endlich wieder jedoch allerdings zunächst zuerst plötzlich".split(" ");

/** A plain capitalised word of five or more letters: no compound with a hyphen, no inner capital ("PinkNews"), no short adjective ("Neu:", "Kurz:"). */
export const plainWordShape = /^\p{Lu}\p{Ll}{4,}$/u;
