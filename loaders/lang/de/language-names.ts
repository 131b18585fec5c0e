/**
 * Names of languages, capitalised as nouns ("Swahili wird an der Küste gesprochen", "spricht fließend Russisch"): no person's name. Languages that are
 * also common given names ("Maya", "Tamil") are left out.
 * Lower-cased; read by veto language-name (person-vetoes.ts).
 */
export const languageNames: readonly string[] = `
deutsch englisch französisch spanisch italienisch portugiesisch niederländisch flämisch dänisch schwedisch norwegisch isländisch finnisch estnisch
lettisch litauisch polnisch tschechisch slowakisch slowenisch kroatisch serbisch bosnisch bulgarisch mazedonisch rumänisch ungarisch albanisch
griechisch altgriechisch neugriechisch latein lateinisch russisch ukrainisch weißrussisch belarussisch georgisch armenisch türkisch kurdisch
aserbaidschanisch kasachisch usbekisch persisch farsi paschtu urdu hindi bengali telugu marathi gujarati punjabi sanskrit pali nepali
singhalesisch arabisch hebräisch aramäisch jiddisch amharisch somali suaheli swahili haussa yoruba zulu afrikaans chinesisch mandarin kantonesisch
japanisch koreanisch mongolisch tibetisch vietnamesisch thailändisch thai khmer birmanisch indonesisch malaiisch tagalog maori hawaiisch
baskisch katalanisch galicisch bretonisch walisisch irisch gälisch schottisch-gälisch rätoromanisch friesisch sorbisch ladinisch esperanto
quechua aymara guaraní guarani nahuatl inuktitut plattdeutsch hochdeutsch schweizerdeutsch romani`.trim().split(/\s+/u);
