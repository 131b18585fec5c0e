/**
 * Names of places that stand alone in German text: the world's states (German
 * names), continents and regions, the German, Austrian and Swiss states, and
 * large cities. Lower-cased, plain data. Read only where a lone capitalised word
 * would be taken for a person by its position or a cue (loaders/people/bare-cues.ts),
 * not after a given name, so "Paris Hilton" and "Irving Berlin" keep their surnames.
 * Cities that are common surnames or given names (Hagen, Halle, Bamberg) are left out.
 */
const states = `
afghanistan ägypten albanien algerien andorra angola antigua argentinien armenien aserbaidschan äquatorialguinea äthiopien australien
bahamas bahrain bangladesch barbados belarus belgien belize benin bhutan bolivien bosnien botswana brasilien brunei bulgarien burkina
burundi chile china dänemark deutschland dominica dschibuti ecuador elfenbeinküste eritrea estland eswatini fidschi finnland
frankreich gabun gambia georgien ghana grenada griechenland großbritannien guatemala guinea guinea-bissau guyana haiti honduras indien
indonesien irak iran irland island israel italien jamaika japan jemen jordanien kambodscha kamerun kanada kasachstan katar kenia
kirgisistan kiribati kolumbien komoren kongo korea kosovo kroatien kuba kuwait laos lesotho lettland libanon liberia libyen
liechtenstein litauen luxemburg madagaskar malawi malaysia malediven mali malta marokko mauretanien mauritius mexiko mikronesien
moldau moldawien monaco mongolei montenegro mosambik myanmar birma burma namibia nauru nepal neuseeland nicaragua niederlande holland
niger nigeria nordkorea nordmazedonien mazedonien norwegen oman österreich osttimor pakistan palau palästina panama papua-neuguinea
paraguay peru philippinen polen portugal ruanda rumänien russland salomonen sambia samoa san-marino saudi-arabien schweden schweiz
senegal serbien seychellen simbabwe singapur slowakei slowenien somalia spanien südafrika sudan südsudan südkorea suriname syrien
tadschikistan taiwan tansania thailand togo tonga tschad tschechien tschechoslowakei tunesien türkei turkmenistan tuvalu
uganda ukraine ungarn uruguay usbekistan vanuatu vatikan venezuela vietnam weißrussland zypern jugoslawien sowjetunion udssr
amerika europa asien afrika australien ozeanien antarktis arktis skandinavien baltikum balkan kaukasus sibirien tibet kaschmir
kurdistan tschetschenien palästina grönland karibik lateinamerika südamerika nordamerika mittelamerika nahost fernost orient
`;
const regions = `
baden-württemberg bayern brandenburg hessen mecklenburg-vorpommern niedersachsen nordrhein-westfalen rheinland-pfalz saarland
sachsen sachsen-anhalt schleswig-holstein thüringen westfalen rheinland pfalz franken schwaben oberbayern niederbayern ostfriesland
holstein mecklenburg vorpommern pommern schlesien ostpreußen preußen württemberg lothringen elsass sauerland eifel allgäu
burgenland kärnten niederösterreich oberösterreich steiermark tirol südtirol vorarlberg
böhmen mähren galizien siebenbürgen bukowina krain istrien dalmatien slawonien burgund banat westpreußen posen masuren
aargau appenzell graubünden luzern neuenburg nidwalden obwalden schaffhausen schwyz solothurn tessin thurgau waadt zürich
toskana lombardei katalonien andalusien bretagne normandie provence flandern wallonie schottland wales england irland kalifornien
texas florida alaska hawaii quebec ontario bengalen punjab sizilien sardinien korsika kreta zypern mallorca
`;
const cities = `
berlin hamburg münchen köln frankfurt stuttgart düsseldorf dortmund essen leipzig bremen dresden hannover nürnberg duisburg bochum
wuppertal bielefeld bonn münster karlsruhe mannheim augsburg wiesbaden gelsenkirchen mönchengladbach braunschweig chemnitz kiel aachen
magdeburg freiburg krefeld lübeck oberhausen erfurt mainz rostock kassel potsdam saarbrücken ludwigshafen oldenburg osnabrück
leverkusen heidelberg darmstadt regensburg ingolstadt würzburg wolfsburg ulm heilbronn pforzheim göttingen bottrop recklinghausen
reutlingen koblenz bremerhaven jena trier erlangen moers cottbus hildesheim salzgitter gütersloh schwerin zwickau weimar eisenach
wien graz linz salzburg innsbruck klagenfurt bregenz zürich genf basel bern lausanne luzern lugano
paris london rom madrid lissabon brüssel amsterdam kopenhagen stockholm oslo helsinki warschau prag budapest bukarest sofia
athen belgrad zagreb ljubljana sarajevo tirana skopje moskau kiew kyjiw minsk vilnius riga tallinn ankara istanbul teheran bagdad
damaskus beirut jerusalem kairo tripolis tunis algier rabat nairobi johannesburg kapstadt lagos peking shanghai hongkong
tokio seoul pjöngjang taipeh bangkok hanoi manila jakarta singapur delhi mumbai bombay kalkutta karatschi islamabad kabul
washington chicago boston philadelphia detroit houston dallas atlanta miami seattle denver toronto montreal vancouver
ottawa mexiko-stadt havanna bogotá bogota caracas lima  brasília sydney melbourne canberra hollywood
mailand neapel turin florenz venedig genua bologna barcelona valencia sevilla bilbao lyon marseille straßburg bordeaux nizza
manchester liverpool glasgow edinburgh dublin antwerpen rotterdam krakau danzig breslau posen stettin königsberg
doha dubai maskat sanaa amman ramallah gaza rafah hebron nablus dschenin haifa eilat aleppo mossul basra erbil riad dschidda
odessa charkiw lwiw donezk luhansk cherson mariupol saporischschja dnipro davos neu-delhi
`;

/** Place names of one word, lower-cased. */
export const placeNames: ReadonlySet<string> = new Set(`${states} ${regions} ${cities}`.split(/\s+/).filter(Boolean));

