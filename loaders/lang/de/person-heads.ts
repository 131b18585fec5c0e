/**
 * Nouns whose genitive attribute is mostly a person: kin and followers, what a
 * person does or undergoes, says or writes ("die Rückkehr Gramolls", "die Aussagen
 * Kerbels", "die Ex-Freundin Kettelhacks"). Matched as the head of a compound
 * ("Mitarbeiteranweisung", "Regierungszeit"). Lower case, singular and plural.
 * Nouns a place takes as often ("Regierung", "Hauptstadt", "Bevölkerung") are left out.
 */
export const personPossessedHeads: readonly string[] = `
sohn söhne tochter töchter vater mutter bruder schwester ehefrau ehemann frau witwe witwer freundin freund geliebte
onkel tante neffe nichte enkel enkelin großvater großmutter schwiegersohn schwiegervater schwager
anhänger anhängerin gefolgsmann nachfolger nachfolgerin vorgänger vorgängerin biograf biograph mörder mörderin schüler schülerin
rücktritt rückkehr tod todes geburt ermordung hinrichtung verhaftung festnahme entlassung abdankung krönung thronbesteigung
verabschiedung amtszeit regierungszeit amtsantritt wahl wiederwahl vertrag vertrags wechsel karriere laufbahn
aussage aussagen meinung ansicht botschaft worte erläuterungen erklärung äußerungen kritik vorschlag vorschläge
werk werke werks schriften briefe brief tagebücher tagebuch memoiren autobiographie autobiografie biographie biografie
studien studie thesen theorie lehre gedichte romane roman kompositionen oper opern lieder
anweisung anweisungen befehl befehle idee ideen plan pläne
`.split(/\s+/).filter(Boolean);

/**
 * Heads of a compound written with a hyphen after a person's name ("Chaplin-Film", "Merkel-Regierung", "Beatles-Fans"):
 * the compound is a thing or group named after the person, not the person. Lower case.
 */
export const nameCompoundHeads: ReadonlySet<string> = new Set(`
film filme films filmen song songs album alben roman romane biografie biographie fan fans anhänger regierung regierungen ära
administration kabinett lager clan show interview interviews rede reden partei stiftung prozess affäre skandal effekt doktrin
plan museum denkmal preis ausstellung festival konzert konzerte tour gedenken jahr jahre
`.split(/\s+/).filter(Boolean));

/** Nouns of a person as the predicate of "X ist ein …" that neither role nouns nor agent endings tell ("ein Mensch", "eine Legende"). Lower case. */
export const personPredicateNouns: readonly string[] = `
mensch mann frau kind junge mädchen person persönlichkeit figur gestalt held heldin legende star ikone idol mitglied
nachkomme nachfahre sprössling liebling gast freund freundin feind gegner rivale rivalin talent genie original
`.split(/\s+/).filter(Boolean);
