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
`.split(/\s+/).filter(Boolean));
