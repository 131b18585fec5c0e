/**
 * Surnames of widely known people of the 20th and 21st centuries and of history that German news and
 * reference text names by the surname alone ("sagte Gorbatschow", "die Sinfonien Bruckners"), written
 * from general knowledge by field: politics (German, Austrian, Swiss, European, American, Russian and
 * Eastern European, Middle Eastern, Asian, African, Latin American), religion, philosophy and science,
 * literature, music, art and architecture, film, sport, business and history. Lower-cased, plain data,
 * read as known surnames next to `knownSurnames` (also in the genitive in -s: "Bruckners").
 *
 * Left out on purpose, because the word stands for something else as often: German common nouns and
 * adjectives ("Koch", "Fischer", "Keller", "Herzog", "Frisch", "Klee", "Kiefer", "Richter", "Lang", "Jung"),
 * English words of titles and firms ("Brown", "King", "Jobs", "Glass", "Cash"), brands and firms named after
 * a person ("Porsche", "Ferrari", "Siemens", "Bosch", "Disney", "Ford", "Nobel"), units ("Watt", "Ohm",
 * "Celsius"), places ("London", "Washington", "Lincoln", "Houston", "Madison"), and given names, which the
 * given-name lists read.
 */
export const famousSurnames: readonly string[] = `
wolfowitz kissinger mcnamara albright petraeus geithner bernanke greenspan paulson gingrich boehner mcconnell
schwarzenegger huckabee dukakis mondale agnew quayle lieberman daschle hastert sotomayor scalia ginsburg alito breyer
axelrod holbrooke sebelius panetta ashcroft rove hoover attlee callaghan clegg miliband osborne mandelson prescott
farage salmond mcguinness trimble pompidou giscard jospin villepin raffarin balladur rocard fabius kouchner lagarde
strauss-kahn bayrou delors barnier dati borloo lötzsch bisky pinkwart niebel leutheusser-schnarrenberger kauder
pofalla gröhe schavan ramsauer aigner mappus carstensen althaus böhmer milbradt biedenkopf klaeden bosbach polenz
lammert thierse süssmuth lübke heinemann carstens kinkel scharping riester stolpe tiefensee wieczorek-zeul bulmahn
bütikofer ströbele stegner ypsilanti schäfer-gümbel sarrazin buschkowsky diepgen momper landowsky dregger waigel blüm
geißler späth barzel ehmke ollenhauer heuss krenz modrow mielke pieck grotewohl stoph zollitsch mixa woelki kreisky
sinowatz vranitzky pröll molterer riess-passer westenthaler grasser kirchschläger figl gorbach androsch busek plassnik
gehrer häupl zilk voves haslauer burgstaller niessl glawischnig petzner kickl mölzer leuenberger couchepin calmy-rey
leuthard widmer-schlumpf burkhalter villiger dreifuss delamuraz santer solana pöttering buzek annan boutros-ghali
hammarskjöld trichet duisenberg andropow tschernenko molotow berija schukow kassjanow primakow tschernomyrdin
kirijenko fradkow luschkow schirinowski sjuganow chodorkowski beresowski abramowitsch litwinenko politkowskaja
kasparow kadyrow dudajew bassajew saakaschwili schewardnadse alijew nasarbajew juschtschenko kutschma krawtschuk
walesa wałęsa jaruzelski kwaśniewski kwasniewski havel dubček dubcek tito milošević milosevic karadžić karadzic mladić
mladic tudjman tuđman izetbegović izetbegovic koštunica kostunica tadić tadic gyurcsány ceaușescu ceausescu băsescu
basescu iliescu hoxha dajan ben-gurion nasser sadat ghaddafi gadhafi chomeini khomeini rafsandschani mussawi
laridschani karzai karsai musharraf muscharraf bhutto zardari vajpayee mbeki zuma tutu kagame kenyatta odinga obasanjo
bokassa lumumba nkrumah selassie suharto sukarno thaksin fukuda hatoyama nakasone sarkawi zawahiri menem allende
bachelet piñera pinera zedillo noriega guevara sandino zapata batista stroessner videla roncalli pacelli montini
wycliff loyola horkheimer marcuse jaspers lacan deleuze bourdieu luhmann gadamer rawls whitehead frege cantor brahe
pauli dirac feynman meitner rutherford lamarck cuvier haeckel piaget pawlow chomsky babbage zuse torvalds marlowe
corneille diderot tieck brentano grabbe raabe broch werfel kempowski kehlmann tellkamp defoe fielding austen brontë
thackeray huxley waugh golding pinter stoppard hawthorne whitman wharton capote mailer updike vonnegut pynchon grisham
crichton rabelais zola mallarmé apollinaire cocteau houellebecq lermontow gorki majakowski ibsen strindberg lagerlöf
lindgren hamsun kundera hrabal sienkiewicz márquez borges neruda cortázar coelho pamuk kertész rushdie naipaul achebe
soyinka gordimer coetzee murakami kawabata mishima tagore mussorgski donizetti bellini berlioz gounod satie britten
eisler copland karajan furtwängler toscanini solti abbado barenboim thielemann muti harnoncourt netrebko pavarotti
carreras callas joplin coltrane gillespie winehouse timberlake minogue giotto grünewald delacroix courbet seurat
toulouse-lautrec beckmann grosz braque duchamp mondrian malewitsch rothko hockney polke baselitz immendorff lüpertz
koons hirst schinkel gropius corbusier gaudí gehry hadid libeskind koolhaas keaton lubitsch welles fellini antonioni
truffaut godard kurosawa eastwood almodóvar tykwer haneke bogart hepburn garbo redford nicholson pacino streep winslet
kidman stallone connery lemmon matthau hackman rühmann albers schygulla brehme sammer häßler hässler effenberg frings
metzelder khedira hummels kuranyi asamoah odonkor daum rangnick labbadia hoeness assauer calmund cruyff figo rivaldo
romário gullit rijkaard totti buffon cannavaro maldini baresi pirlo gattuso shearer lineker iniesta casillas puyol
fàbregas guardiola benítez ancelotti capello trapattoni lippi hiddink raikkonen piquet mansell villeneuve kubica
heidfeld barrichello coulthard ecclestone đoković roddick mcenroe lendl edberg wilander navratilova seles hingis henin
clijsters scharapowa sharapova kournikova kohlschreiber neureuther walchhofer hirscher kostelić kostelic höfl-riesch
bjørndalen björndalen schlierenzauer hannawald weißflog friesinger pechstein zátopek zatopek bubka tyson holyfield
schmeling contador pantani merckx indurain hinault klöden nowitzki kaymer karpow kramnik carlsen rockefeller carnegie
vanderbilt piëch wiedeking winterkorn zetsche schrempp kleinfeld ackermann herrhausen middelhoff murdoch soros
stresemann scheidemann noske rathenau erzberger brüning jodl canaris niemöller goerdeler tresckow mussolini
chamberlain daladier pétain quisling horthy antonescu vespucci amundsen nansen shackleton livingstone garibaldi cavour
bolívar
`.split(/\s+/).filter(Boolean);
