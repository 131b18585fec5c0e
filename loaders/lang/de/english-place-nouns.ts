/**
 * English nouns of buildings, rooms, streets and landforms that end the names of places and things ("Harbor Lounge", "Ventnor Avenue",
 * "Oakley Tower") and hardly ever a person's: never a surname (read into the person lexicon's non-person words, loaders/people/lexicon.ts).
 * Nouns that are also common surnames (Hall, Hill, Park, Street, Lane, Lake, Bay, Church, Court, Brook, Wood, Plaza) are left out. Plain data, lower case.
 */
export const englishPlaceNouns: readonly string[] = (
  "lounge cabinet avenue boulevard road square tower bridge garden gardens valley beach canyon creek falls springs harbour harbor " +
  "island islands mountains station stadium theatre cathedral chapel museum gallery mall terrace pavilion headquarters " +
  "skyline suite lobby basement rooftop highway freeway parkway"
).split(" ");
