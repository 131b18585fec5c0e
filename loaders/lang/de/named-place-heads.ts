/**
 * Nouns that, written after a person's name as a word of their own, make the name part of the name of a street, square,
 * building, institution, society or award named after the person ("die Ilse Wendt Straße", "das Jonas Brandt Archiv",
 * "die Clara Lindner Gesellschaft", "die Otto Kessler Medaille"). Matched as the whole word or as a compound's head
 * ("Gedächtniskirche", "Grundschule"). Lower case, singular only: a plural after a name is more often the object of a
 * clause ("besuchte Jonas Brandt Museen"). Nouns that are also frequent family names ("Haus", "Halle", "Berg") are left out. A name
 * in the genitive is the owner ("Wendts Oper"), never read here.
 */
export const namedPlaceHeads: readonly string[] = (
  "straße strasse allee gasse ufer brücke park archiv gesellschaft museum saal theater kirche kapelle denkmal " +
  "bibliothek zentrum medaille plakette orden schule kaserne turm gedenkstätte kolleg bühne oper"
).split(" ");

/** Heads of {@link namedPlaceHeads} matched as the whole word only: as a compound's head they end common nouns and names ("Sturm", "Käufer", "Norden", "Hopper"). */
export const wholeWordPlaceHeads: readonly string[] = ["turm", "ufer", "orden", "oper", "park"];

/**
 * Heads matched in a compound only: as a word of their own after a name they are the object of an idiom ("machte Jonas Brandt Platz",
 * "Das machte Clara Lindner Schule"), as a head they name the place ("Marktplatz", "Grundschule").
 */
export const compoundOnlyPlaceHeads: readonly string[] = ["platz", "schule"];
