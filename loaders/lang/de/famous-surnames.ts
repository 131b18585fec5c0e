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
 * "Celsius"), places ("London", "Washington", "Lincoln", "Houston", "Madison", "Havel", "St. Pauli"), things
 * named after a person ("Hartz IV", "Hubble", "Roncalli", "Carlsen", "Riester"), and given names, which the
 * given-name lists read. test/loaders/people/famous-surnames.test.ts checks the list against the noun dictionary,
 * the place, organisation, non-person and given-name lists.
 */
export const famousSurnames: readonly string[] = `
wolfowitz kissinger mcnamara albright petraeus geithner bernanke greenspan paulson gingrich boehner mcconnell
schwarzenegger huckabee dukakis mondale agnew quayle lieberman daschle hastert sotomayor scalia ginsburg alito breyer
axelrod holbrooke sebelius panetta ashcroft rove hoover attlee callaghan clegg miliband osborne mandelson prescott
farage salmond mcguinness trimble pompidou giscard jospin villepin raffarin balladur rocard fabius kouchner lagarde
strauss-kahn bayrou delors barnier dati borloo lötzsch bisky pinkwart niebel leutheusser-schnarrenberger kauder
pofalla gröhe schavan ramsauer aigner mappus carstensen althaus böhmer milbradt biedenkopf klaeden bosbach polenz
lammert thierse süssmuth lübke heinemann carstens kinkel scharping wieczorek-zeul bulmahn
bütikofer ströbele stegner schäfer-gümbel sarrazin buschkowsky diepgen momper landowsky dregger waigel blüm
geißler späth barzel ehmke ollenhauer heuss krenz modrow mielke pieck grotewohl stoph zollitsch mixa woelki kreisky
sinowatz vranitzky pröll molterer riess-passer westenthaler grasser kirchschläger figl gorbach androsch busek plassnik
gehrer häupl zilk voves haslauer burgstaller niessl glawischnig petzner kickl mölzer leuenberger couchepin calmy-rey
leuthard widmer-schlumpf burkhalter villiger delamuraz santer solana pöttering buzek annan boutros-ghali
hammarskjöld trichet duisenberg andropow tschernenko molotow berija schukow kassjanow primakow tschernomyrdin
kirijenko fradkow luschkow schirinowski sjuganow chodorkowski beresowski abramowitsch litwinenko politkowskaja
kasparow kadyrow dudajew bassajew saakaschwili schewardnadse alijew nasarbajew juschtschenko kutschma krawtschuk
walesa wałęsa jaruzelski kwaśniewski kwasniewski dubček dubcek tito milošević milosevic karadžić karadzic mladić
mladic tudjman tuđman izetbegović izetbegovic koštunica kostunica tadić tadic gyurcsány ceaușescu ceausescu băsescu
basescu iliescu hoxha dajan ben-gurion sadat ghaddafi gadhafi chomeini khomeini rafsandschani mussawi
laridschani karzai karsai musharraf muscharraf bhutto zardari vajpayee mbeki zuma kagame kenyatta odinga obasanjo
bokassa nkrumah selassie suharto sukarno fukuda hatoyama nakasone sarkawi zawahiri menem allende
bachelet piñera pinera zedillo noriega guevara sandino zapata batista stroessner videla pacelli montini
wycliff loyola horkheimer marcuse jaspers lacan deleuze bourdieu luhmann gadamer rawls whitehead frege cantor brahe
dirac feynman meitner rutherford lamarck cuvier haeckel piaget pawlow chomsky babbage zuse torvalds marlowe
corneille diderot tieck brentano grabbe raabe broch werfel kempowski kehlmann tellkamp defoe fielding austen brontë
thackeray huxley waugh golding pinter stoppard hawthorne whitman wharton capote mailer updike vonnegut pynchon grisham
crichton rabelais mallarmé apollinaire cocteau houellebecq lermontow gorki majakowski ibsen strindberg lagerlöf
lindgren hamsun kundera hrabal sienkiewicz márquez borges neruda cortázar coelho pamuk kertész rushdie naipaul achebe
soyinka gordimer coetzee murakami kawabata mishima tagore mussorgski donizetti bellini berlioz gounod satie britten
eisler copland karajan furtwängler toscanini solti abbado barenboim thielemann muti harnoncourt netrebko pavarotti
carreras callas joplin coltrane gillespie winehouse timberlake minogue giotto grünewald delacroix courbet seurat
toulouse-lautrec beckmann grosz braque duchamp mondrian malewitsch rothko hockney polke baselitz immendorff lüpertz
koons hirst schinkel gropius corbusier gaudí gehry hadid libeskind koolhaas keaton lubitsch welles fellini antonioni
truffaut godard kurosawa eastwood almodóvar tykwer haneke bogart hepburn garbo redford nicholson pacino streep winslet
kidman stallone connery lemmon matthau hackman rühmann albers schygulla brehme sammer häßler hässler effenberg frings
metzelder khedira hummels kuranyi asamoah odonkor daum rangnick labbadia hoeness assauer calmund cruyff figo rivaldo
gullit rijkaard totti buffon cannavaro maldini baresi pirlo gattuso shearer lineker iniesta casillas puyol
fàbregas guardiola benítez ancelotti capello trapattoni lippi hiddink raikkonen piquet mansell villeneuve kubica
heidfeld barrichello coulthard ecclestone đoković roddick mcenroe lendl edberg wilander navratilova seles hingis henin
clijsters scharapowa sharapova kournikova kohlschreiber neureuther walchhofer hirscher kostelić kostelic höfl-riesch
bjørndalen björndalen schlierenzauer hannawald weißflog friesinger pechstein zátopek zatopek bubka tyson holyfield
schmeling contador pantani merckx indurain hinault klöden nowitzki kaymer karpow kramnik rockefeller carnegie
vanderbilt piëch wiedeking winterkorn zetsche schrempp kleinfeld ackermann herrhausen middelhoff murdoch soros
scheidemann noske rathenau erzberger brüning jodl canaris niemöller goerdeler tresckow mussolini
chamberlain daladier pétain horthy antonescu vespucci amundsen nansen shackleton livingstone garibaldi cavour
gutenberg hus tetzel bucer sickingen hutten oxenstierna richelieu mazarin colbert vauban turenne
blücher gneisenau scharnhorst clausewitz lützow radetzky windischgrätz kossuth mazzini bakunin proudhon lassalle bebel
liebknecht kautsky kapp lüttwitz hugenberg thälmann röhm strasser seyß-inquart kaltenbrunner globke filbinger dutschke
baader meinhof ensslin raspe schleyer buback ponto custer geronimo lindbergh earhart capone dillinger liebig bunsen
kirchhoff helmholtz behring domagk fleming lister jenner semmelweis hahnemann vesal mendelejew lavoisier boyle hooke
huygens leeuwenhoek bernoulli laplace lagrange fourier cauchy galois poincaré noether minkowski lorentz boltzmann
wegener nernst ostwald strassmann sommerfeld debye yukawa gell-mann higgs glashow crick pauling sanger venter dawkins
sagan lemaître gagarin aldrin koroljow tereschkowa leonow jähn merbold malthus keynes hayek friedman schumpeter
walras pareto samuelson stiglitz krugman bofinger rürup roubini durkheim simmel tönnies parsons erikson maslow
watzlawick milgram zimbardo kinsey bultmann rahner küng drewermann schweitzer ketteler ockham montesquieu
condorcet comte bentham peirce dewey quine kripke searle dennett putnam rorty nozick sloterdijk precht safranski
spaemann blumenberg cassirer scheler plessner gehlen lukács gramsci althusser lévi-strauss barthes baudrillard lyotard
levinas ricœur ricoeur merleau-ponty žižek zizek agamben vattimo gryphius opitz grimmelshausen gellert hamann uhland
mörike lenau platen rückert chamisso fouqué arnim droste-hülshoff gotthelf immermann gutzkow freytag spielhagen
anzengruber rosegger ganghofer dehmel liliencron sternheim horváth zuckmayer fallada ossietzky kisch fühmann hermlin
heym kunert biermann plenzdorf strittmatter andersch koeppen hildesheimer hochhuth kipphardt wellershoff brinkmann
wondratschek turrini ransmayr menasse köhlmeier glavinic stuckrad-barre lewitscharoff mosebach grünbein
sebald hettche ortheil genazino gernhardt zaimoglu kaminer ariosto tasso leopardi manzoni pirandello pavese moravia
calvino pasolini unamuno goytisolo saramago pessoa camões bolaño carpentier llosa blixen undset bjørnson laxness
mankell sjöwall nesbø čapek hašek škvorecký szymborska gombrowicz nádas márai petőfi kazantzakis kavafis
seferis elytis mahfus darwisch bellow malamud ozick albee mamet carver cheever delillo eggers atwood ondaatje
ishiguro mcewan byatt woolf forster stevenson doyle sayers chandler hammett highsmith simenon verne musset lamartine
chateaubriand gide malraux genet ionesco duras modiano perec queneau prévert éluard tzara buxtehude pachelbel
rameau couperin lully scarlatti corelli albinoni gluck salieri boccherini spohr marschner flotow pfitzner
zemlinsky schreker busoni respighi mascagni leoncavallo ponchielli massenet chabrier chausson dukas poulenc milhaud
honegger messiaen boulez xenakis nono berio penderecki lutosławski górecki kurtág janáček martinů borodin balakirew
skrjabin glinka chatschaturjan holst delius tippett ives morricone theodorakis piazzolla villa-lobos ginastera
klemperer knappertsbusch celibidache jochum kleiber sawallisch masur dohnányi blomstedt jansons gergiev dudamel
welser-möst nagano järvi chailly pollini brendel horowitz rubinstein gilels argerich kissin menuhin oistrach heifetz
perlman zukerman rostropowitsch casals villazón bartoli gheorghiu terfel hampson quasthoff fassbaender rysanek
flagstad tebaldi freni bergonzi gigli ellington basie mingus brubeck getz jarrett hancock metheny mangelsdorff
doldinger clapton townshend daltrey wyman zappa garfunkel gaye pickett orbison cochran tosh sheeran
aguilera beyoncé rihanna bieber niedecken jürgens carpendale naidoo kaulitz ambros fendrich danzer quinn pabst wiene
harlan käutner staudte reitz sanders-brahms seidl glawogger ruzowitzky donnersmarck dresen petzold hirschbiegel
eichinger kebekus pocher klum lanz elstner kulenkampff frankenfeld carrell wickert slomka augstein nannen dönhoff
schirrmacher reich-ranicki karasek hanks affleck wahlberg gosling jackman blanchett aniston paltrow bardem
banderas portman johansson knightley radcliffe brosnan oldman day-lewis mcgregor fiennes neeson depardieu delon
belmondo gabin deneuve bardot huppert binoche adjani cotillard tautou loren lollobrigida mastroianni benigni kinski
berben ferres wokalek herfurth tukur lohmeyer liefers tschirner wuttke brandauer muliar qualtinger hörbiger
wessely jannings rökk rahn morlock herberger derwall vogts ribbeck hrubesch littbarski briegel allofs stielike
augenthaler buchwald bierhoff jancker nerlinger enke trochowski rolfes hitzlsperger tasci kießling helmes
badstuber schürrle gündogan großkreutz weidenfeller piszczek kagawa tuchel favre schaaf ailton élber lúcio sagnol
lizarazu jeremies salihamidzic zickler kuffour kovač klasnić krstajić preetz pantelić woronin olić petrić jarolím
kompany rakitić farfán altıntop höwedes barnetta kadlec džeko dzeko misimović misimovic hleb pogrebnjak marica piqué
busquets anelka benzema gourcuff malouda heskey arshavin arschawin adebayor berbatow tévez agüero higuaín milito
zanetti cambiasso sneijder huntelaar gilardino inzaghi materazzi nesta seedorf schewtschenko essien makélélé vieira
thuram trézéguet barthez deschamps domenech platini blatter havelange niersbach mayer-vorfelder kovalainen trulli
fisichella buemi alguersuari sutil liuzzi grosjean montoya frentzen briatore todt mosley petkovic lisicki görges
schüttler hewitt safin davydenko verdasco tsonga monfils gasquet söderling berdych stepanek ljubičić čilić cilic
wawrinka nalbandian kuerten rafter ivanišević ivanisevic connors năstase nastase mauresmo capriati evert kuznetsova
dementieva safina zvonareva janković jankovic wozniacki azarenka schiavone pennetta stosur hantuchová kvitová vonn
mancuso pärson paerson görgl fenninger svindal cuche ligety tomba girardelli zurbriggen stenmark killy kofler małysz
malysz uhrmann hautamäki ahonen nykänen poirée fourcade sachenbacher angerer bjørgen zöggeler hüfner geisenberger
anschütz sablikova harting isinbajewa issinbajewa almsick thorpe rocchigiani michalczewski walujew calzaghe sinkewitz
totschnig landis valverde sastre cavendish boonen cancellara schleck winokurow vinokourov jalabert virenque zülle
mickelson kretzschmar kehrmann mcchrystal kucinich plame blankfein dimon immelt ballmer winfrey letterman limbaugh
hortefeux bruni aubry copé veltroni fini bossi tremonti frattini maroni moratinos balkenende wilders rutte lubbers
verhofstadt leterme reinfeldt bildt stoltenberg brundtland vanhanen ahtisaari komorowski sikorski topolánek paroubek
fico dzurinda gašparovič bajnai sólyom geoană stanischew parwanow borissow đinđić sanader mesić thaçi thaci rugova
berisha gruevski crvenkovski đukanović dodik silajdžić lajčák inzko ashdown kudrin setschin surkow schuwalow gryslow
limonow nemzow deripaska potanin prochorow wekselberg usmanow jewkurow burdschanadse kotscharjan karimow bakijew
otunbajewa jazenjuk fajad fayyad hanija meschaal maschaal siniora hariri dschumblat karrubi maliki talabani
barsani sadr sistani allawi gilani rajapaksa hekmatyar haqqani abhisit yudhoyono rudd gillard turnbull
tsvangirai kibaki bouteflika sirleaf gbagbo ouattara compaoré ravalomanana rajoelina kikwete zenawi correa calderón
zelaya micheletti humala mujica torrijos bertone sodano fellay zumwinkel merckle mehdorn obermann
ricke cromme reithofer hundt rogowski bsirske schmoldt engelen-kefer zwickel eick kretschmer demjanjuk
fritzl kampusch polanski schneiderhan wichert rebellin kessler wörner rühe struck schmalz-jacobsen wieczorek eppler
ehrenberg matthöfer apel lambsdorff mischnick möllemann gerhardt bangemann haussmann rexrodt höhn vollmer dehm
haderthauer schönbohm beust voscherau al-wazir ringstorff sellering glogowski mcallister dreyer höppner haseloff
simonis engholm barschel lieberknecht däubler-gmelin döpfner tröger riemenschneider pacher multscher schongauer
baldung burgkmair asam dientzenhofer knobelsdorff gontard langhans weinbrenner klenze olbrich behrens poelzig
mendelsohn scharoun eiermann schwippert schadow begas barlach marcks feuerbach böcklin lenbach piloty makart leibl
trübner uhde slevogt corinth modersohn-becker vogeler heckel schmidt-rottluff mueller jawlensky werefkin münter
itten moholy-nagy zetkin kollwitz lasker-schüler kaschnitz domin huch suttner montessori pankhurst dickinson
plath angelou munro preußler nöstlinger steiner fröbel pestalozzi knef witt
`.split(/\s+/).filter(Boolean);
