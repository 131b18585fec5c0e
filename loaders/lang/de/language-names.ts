/**
 * Names of languages, capitalised as nouns ("Hindi kennt keinen Artikel", "spricht fließend Russisch"): no person's name.
 * Lower-cased; read by veto language-name (person-vetoes.ts).
 */
export const languageNames: readonly string[] = `
deutsch englisch französisch spanisch italienisch portugiesisch niederländisch flämisch dänisch schwedisch norwegisch isländisch finnisch estnisch
lettisch litauisch polnisch tschechisch slowakisch slowenisch kroatisch serbisch bosnisch bulgarisch mazedonisch rumänisch ungarisch albanisch
griechisch altgriechisch neugriechisch latein lateinisch russisch ukrainisch weißrussisch belarussisch georgisch armenisch türkisch kurdisch
aserbaidschanisch kasachisch usbekisch persisch farsi paschtu urdu hindi bengali tamil telugu marathi gujarati punjabi sanskrit pali nepali
singhalesisch arabisch hebräisch aramäisch jiddisch amharisch somali suaheli swahili haussa yoruba zulu afrikaans chinesisch mandarin kantonesisch
japanisch koreanisch mongolisch tibetisch vietnamesisch thailändisch thai khmer birmanisch indonesisch malaiisch tagalog maori hawaiisch
baskisch katalanisch galicisch bretonisch walisisch irisch gälisch schottisch-gälisch rätoromanisch friesisch sorbisch ladinisch esperanto
quechua aymara guaraní guarani nahuatl maya inuktitut plattdeutsch hochdeutsch schweizerdeutsch jiddisch romani`.trim().split(/\s+/u);
