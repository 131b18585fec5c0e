/**
 * Surnames that stand alone for a person in German news and reference text:
 * common German family names that are not also common nouns, and the
 * surnames of widely known public and historical figures. Lower-cased,
 * plain data. (Surnames that are also nouns — Koch, Bauer, Richter, Fuchs —
 * are left out: they count only with a given name or a role.)
 */
export const knownSurnames: ReadonlySet<string> = new Set(`
müller schmidt schneider  weber meyer meier mayer maier wagner becker schulz schulze hoffmann hofmann 
schröder neumann schwarz zimmermann krüger hartmann  schmitt  schmitz krause lehmann schmid köhler herrmann
 huber peters möller scholz  hahn schubert     berger winkler roth beck 
baumann franke  schuster böhm kraus schumacher krämer vogt   seidel  brandt haas 
 schulte  ziegler kuhn kühn pohl bergmann voigt sauer  wolff pfeiffer   
goethe schiller lessing heine kafka  brecht grass böll hesse rilke kleist hölderlin fontane büchner
bach händel mozart beethoven schubert brahms wagner haydn mahler strauss schumann liszt chopin verdi puccini
kant hegel marx engels nietzsche schopenhauer freud  heidegger habermas adorno luther calvin zwingli
einstein planck heisenberg darwin newton galilei kopernikus kepler humboldt gauß leibniz
bismarck adenauer erhard kiesinger brandt schmidt kohl schröder merkel scholz merz steinmeier gauck wulff köhler
weizsäcker  rau genscher  gabriel westerwelle schäuble seehofer söder laschet lindner habeck baerbock
lauterbach pistorius faeser wagenknecht weidel chrupalla gysi lafontaine stoiber strauß wehner honecker ulbricht
hitler himmler göring goebbels heß stalin lenin trotzki chruschtschow breschnew gorbatschow jelzin putin medwedew
lawrow peskow schoigu nawalny prigoschin selenskyj selenskij klitschko poroschenko janukowitsch timoschenko
trump biden obama clinton bush reagan carter nixon kennedy eisenhower truman roosevelt lincoln harris pence vance
rubio pompeo kerry blinken austin hegseth waltz witkoff ratcliffe musk zuckerberg gates  bezos buffett
macron sarkozy hollande chirac mitterrand gaulle lepen blair cameron johnson thatcher churchill sunak starmer
berlusconi meloni draghi prodi orbán orban erdoğan erdogan netanjahu netanyahu arafat abbas assad saddam gaddafi
chamenei khamenei rohani ahmadinedschad mandela gandhi nehru mao xi lukaschenko tusk kaczyński kaczynski
napoleon caesar cicero augustus nero jesus christus buddha moses
picasso dürer rembrandt monet rodin michelangelo raffael goya dalí warhol
shakespeare dickens tolstoi dostojewski tschechow puschkin cervantes dante hemingway orwell
beckenbauer klinsmann löw flick nagelsmann ballack lahm kahn  schweinsteiger klopp hoeneß rummenigge
messi ronaldo pelé maradona federer nadal djokovic vettel

anderson thompson robinson richardson henderson patterson johnston harrison robertson ferguson cunningham williams jones davis wilson
taylor jackson clark lewis walker allen wright adams nelson mitchell roberts turner phillips campbell parker evans edwards collins
stewart morris murphy rogers cooper peterson bailey kelly howard richards watson brooks bennett hughes sanders myers foster powell
jenkins perry russell sullivan butler barnes fisher coleman simmons reynolds wallace gibson ellis stevens murray marshall owens
mcdonald wells hunt palmer holmes hicks dixon burns shaw knight hawkins dunn perkins hudson spencer gardner stephens payne pierce
matthews willis watkins olson carroll snyder bradley andrews harper riley armstrong carpenter weaver elliott lawrence franklin
lawson mccarthy mckenzie macdonald fitzgerald o'brien o'connor o'neill kennedy davidson morrison douglas hamilton
rossi russo esposito bianchi romano colombo ricci marino greco gallo conti costa giordano mancini lombardi moretti barbieri fontana
santoro mariani rinaldi caruso ferrara galli martini leone longo gentile martinelli vitale serra coppola de luca
garcía garcia martínez martinez rodríguez rodriguez lópez lopez hernández hernandez gonzález gonzalez pérez perez sánchez sanchez
ramírez ramirez torres flores rivera gómez gomez díaz diaz fernández fernandez moreno álvarez alvarez romero navarro gutiérrez gutierrez
ruiz jiménez jimenez vázquez vazquez castillo ortiz silva santos oliveira pereira ferreira rodrigues alves ribeiro carvalho
dubois lefebvre moreau laurent michel leroy roux fournier girard bonnet dupont lambert fontaine rousseau mercier blanchard guerin
nowak kowalczyk wójcik wojcik woźniak wozniak mazur krawczyk
yılmaz yilmaz kaya demir şahin sahin çelik celik yıldız yildiz öztürk ozturk aydın aydin özdemir ozdemir arslan doğan dogan kılıç kilic
bakker visser smit mulder janssen jansen hansen olsen larsen andersen pedersen nielsen jensen christensen rasmussen sørensen sorensen
kristensen johansen petersen mortensen
wolff hoffmann hartmann herrmann schulte albrecht franke pohl
platon aristoteles sokrates homer vergil ovid horaz plutarch herodot thukydides tacitus livius seneca sueton plinius sappho euripides sophokles aischylos
vivaldi telemann monteverdi purcell bruckner dvořák dvorak tschaikowsky rachmaninow strawinsky schönberg webern hindemith orff weill gershwin rossini bizet debussy ravel
smetana mendelssohn offenbach lortzing humperdinck pergolesi paganini sibelius grieg elgar prokofjew schostakowitsch bartók bartok ligeti stockhausen henze
cranach holbein klimt schiele kandinsky kokoschka macke beuys kirchner nolde munch matisse cézanne cezanne gauguin renoir manet degas vermeer rubens bruegel
caravaggio tizian botticelli velázquez velazquez magritte miró chagall modigliani hopper pollock lichtenstein hundertwasser feininger spitzweg menzel liebermann
zweig musil döblin feuchtwanger remarque tucholsky kästner dürrenmatt handke jelinek enzensberger süskind grimm hauff eichendorff novalis wieland klopstock herder
hebbel grillparzer nestroy schnitzler hofmannsthal trakl celan bachmann borchert seghers  sudermann wedekind rilke morgenstern ringelnatz
balzac flaubert proust camus sartre beauvoir voltaire molière moliere racine baudelaire rimbaud verlaine stendhal maupassant
joyce wilde yeats beckett twain melville faulkner steinbeck salinger kerouac nabokov tolkien rowling kipling chaucer milton byron shelley keats tennyson
dostojewskij gogol turgenjew solschenizyn pasternak bulgakow achmatowa
descartes spinoza locke hume hobbes fichte schelling husserl wittgenstein popper arendt foucault derrida kierkegaard machiavelli erasmus montaigne pascal
pasteur curie bohr schrödinger hawking tesla edison virchow röntgen mendel linné euler riemann hilbert gödel turing oppenheimer fermi faraday maxwell
steinbrück trittin künast özdemir rösler brüderle wowereit platzeck müntefering stoiber beckstein rüttgers oettinger tillich bouffier kretschmann ramelow
guttenberg zypries schily clement eichel nahles gabriel kipping riexinger giffey esken klingbeil kubicki spahn altmaier kramp-karrenbauer leyen
zapatero aznar rajoy sánchez juncker barroso tsipras varoufakis renzi monti sarkozy hollande fillon juppé valls  faymann haider strache klestil 
schüssel gusenbauer  blocher bush cheney rumsfeld powell rice gonzales bolton hillary sanders pelosi mccain romney palin giuliani cuomo bloomberg
scharon sharon rabin peres olmert barak livni ahmadinedschad chatami mubarak mursi sisi bashir mugabe museveni kabila lula rousseff chávez chavez morales castro
pinochet perón kirchner uribe santos fujimori hu jiang deng abe koizumi putin jelzin medwedjew
ratzinger wojtyła wojtyla   bergoglio käßmann huber lehmann meisner
schumacher vettel rosberg hamilton alonso senna lauda häkkinen raikkönen räikkönen becker   nadal sampras agassi federer
beckham zidane ronaldinho kaká henry ibrahimović ibrahimovic rooney lampard gerrard drogba robben ribéry ribery podolski klose mertesacker  götze müller özil
seeler netzer breitner overath  matthäus völler rehhagel hitzfeld magath heynckes gaal mourinho ferguson wenger
armstrong ullrich zabel schumi bolt phelps spitz
elvis presley lennon mccartney jagger dylan springsteen sinatra madonna shakira jackson  bowie cobain hendrix marley lindenberg grönemeyer maffay westernhagen
chaplin hitchcock spielberg kubrick scorsese tarantino fassbinder  wenders schlöndorff riefenstahl dietrich monroe brando depp pitt jolie cruise clooney dicaprio
schweiger  schweighöfer bleibtreu gottschalk jauch raab kerner plasberg illner maischberger
disney warhol gates  wozniak  brin dell ellison
heydrich eichmann mengele bormann speer ribbentrop rommel dönitz keitel hindenburg ludendorff stauffenberg scholl bonhoeffer
 barbarossa     
`.split(/\s+/).filter(Boolean));
