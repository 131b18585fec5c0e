/**
 * Closed word classes that open a phrase, so a capitalised word right after them
 * is a noun in that phrase, not the subject of the clause ("seit Jahren kritisiert",
 * "für Rentner betonte", "mehr Rechte fordert"). Plain data, lower case.
 */
export const prepositions: readonly string[] = (
  "an am ans auf aufs aus bei beim bis durch durchs für fürs gegen gegenüber hinter in im ins mit nach neben ohne seit " +
  "über übers um ums unter von vom vor vors während wegen zu zum zur zwischen trotz statt anstatt innerhalb außerhalb ab " +
  "entlang gemäß samt dank je pro per via binnen mittels seitens infolge angesichts hinsichtlich"
).split(" ");

/** Quantifiers before a bare plural or mass noun ("mehr Funktionen", "viele Kinder"). */
export const quantifiers: readonly string[] = "mehr weniger viele vielen wenige wenigen einige einigen mehrere mehreren etliche zahlreiche zahlreichen manche".split(" ");

/** Conjunctions that join main clauses: a bare subject may follow ("… stürzte und Wendrich wird …"). */
export const clauseJoiners: readonly string[] = ["und", "aber", "doch", "denn", "sondern", "oder"];

/** Lower-case words that end like an inflected adjective ("-e", "-en", "-er", "-es", "-em") but are prepositions, conjunctions or adverbs ("über", "gegen", "aber"). */
export const adjectiveLookalikes: readonly string[] = (
  "über unter hinter wider gegen neben zwischen ohne entgegen gegenüber aber oder weder entweder wieder immer sehr mehr nie seither " +
  "vorher nachher außer innerhalb außerhalb oberhalb unterhalb jenseits diesseits anstelle statt wegen " +
  "er es sie ihnen denen dies wenn dann denn wann eben gestern morgen nachdem seitdem indem trotzdem außerdem zudem zusammen oben unten hinten vorne innen selten gerne"
).split(" ");

/** English function words: a name right after one is part of an English title or phrase ("The Miriam Tapes", "Tower of London"). */
export const englishFunctionWords: readonly string[] = "the The of for with by from at on".split(" ");
