/**
 * Given names that denote the same name: diminutives (Mike → Michael,
 * Bill → William) and transliterations (Wolodymyr, Volodímir → Vladimir).
 * Each line is one group; the first entry is the group's key. Plain data.
 */
const groups = `
michael mike mick mikey micha michail mikhail mychajlo mykhailo mykhaylo mikael michel miguel michele michał michal
william bill billy will willie willy wilhelm willem guillaume guillermo
robert bob bobby rob robbie bert roberto
richard dick rick ricky rich riccardo ricardo
james jim jimmy jamie jakob jacob jake jacques jaime giacomo jakow yakov jakiw
joseph joe joey josef józef jozef giuseppe josé jose yosef yossi josip
stephen steve steven stefan stephan stéphane stefano esteban stepan
peter pete pierre pietro pedro piotr pjotr pyotr petr petro pieter per petros
thomas tom tommy thomas tomás tomáš tomasz tommaso
anthony tony antonio anton antoine antonis antonín
edward ed eddie eduard edouard édouard eduardo edmund ted
theodore ted teddy theodor theo fjodor fyodor fedor fedir
charles chuck charlie carl karl carlos carlo karel karol károly
christopher chris christoph kristof krzysztof cristopher
daniel dan danny dani daniele
david dave davide dawid
donald don donnie
douglas doug
andrew andy andreas andré andrea andrej andrei andrey andrij andriy andrii andrzej andrés
alexander alex alexandr aleksandr aleksander aleksandar alexandre alessandro alejandro oleksandr olexandr oleksander sascha sasha alexis
alexei alexej alexey aleksej aleksei aleksey oleksij oleksii oleksiy
nicholas nick nicolas nikolaus nikolai nikolaj nikolay mykola nicola nikola niklas nico nikos nikolaos
matthew matt matthias mathias matteo mateusz matthäus mathieu
mark marc marco marcus markus marcos marek marko
john jon johnny johann johannes jan juan giovanni gianni jean joão ivan iwan jens hans hannes ján janos jános ioannis yannis yiannis giannis
dmitri dmitry dmitrij dmitriy dimitri dimitrij dmytro dimitrios dimitris
vladimir wladimir volodymyr wolodymyr volodimir volodímir wolodimir
vladislav wladislaw wladyslaw władysław
sergei sergej sergey serhij serhiy serhii sergij sergio serge
yevgeny jewgeni jewgenij evgeni evgenij evgeny yevgeniy yevgeni yevhen jewhen yevheniy jewhenij eugen eugene
yuri juri jurij yuriy yury jurii george georg georgi georgij georgy georges jorge giorgio georgios giorgos jerzy jiří jiri
mikhail
gregory greg grigori grigorij grigory hryhorij hryhoriy gregor grzegorz
igor ihor
ilya ilja elias
maxim maksim maksym max maximilian
paul pavel pawel paweł pavlo paolo pablo paulo pavlos
oleg oleh
vitali vitalij vitaly vitalii witali witalij vitaliy
viktor victor wiktor vittorio víctor
valeri valerij valery valerii waleri walerij valerio
vasily vasili vasyl wassili wassilij wassyl wasyl vassilis vasilis wassilis basil
yaroslav jaroslaw jaroslav jarosław
konstantin kostjantyn kostiantyn constantin konstantinos kostas
leonid leonard leo
boris borys
bohdan bogdan
roman ramon
timothy tim timo timur
benjamin ben benny binyamin
samuel sam
nathan nat
lawrence larry lorenz lorenzo laurent
gerald gerry jerry gerard gérard
ronald ron ronnie
kenneth ken kenny
frederick fred freddie friedrich fritz frédéric federico
henry hank harry henri heinrich enrico enrique hendrik henrik henk
francis frank francesco francisco françois franz frans
louis lou ludwig luis luigi lewis ludovic
philip phil philipp philippe filippo felipe
patrick pat patrice
zachary zach
joshua josh
jonathan jon
jeffrey jeff geoffrey geoff
gerhard gerd gert
wolfgang wolf
hans-dietrich
elizabeth liz beth betty elisabeth elisabetta isabel isabelle elżbieta jelisaweta yelizaveta elizaveta
catherine kate katie cathy kathy katharina katherine kathleen katrin kathrin caterina catalina katerina kateryna jekaterina ekaterina yekaterina katarzyna
margaret maggie meg peggy margarete margarethe margherita margrit margit
susan sue susanne suzanne
patricia pat patty
deborah debbie
jennifer jenny
rebecca becky
victoria vicky viktoria wiktoria viktorija
alexandra aleksandra oleksandra sandra
natalia natalja nataliya natalya natalie nathalie natascha nataša natasa
julia julija yulia yuliya julie giulia
maria mariya marija marie mary maría
anna hanna ganna anne ann annie ana
elena jelena olena helen helena hélène eleni ellen
olga olha
irina iryna irene
tatiana tatjana tatyana tetiana tetyana
svetlana swetlana switlana svitlana
ludmila ljudmila lyudmila lyudmyla ljudmyla
mohammed mohammad muhammad mohamed mohamad muhammed mehmet
ahmed ahmad ahmet
hussein husain hüseyin huseyin hossein
hassan hasan
youssef yusuf jussuf yosef yossi
ibrahim ebrahim abraham avraham
ismail esmail ismael
omar umar
khaled khalid chaled
ali
abdullah abdallah abdulla
mahmoud mahmud
mustafa moustafa
isaac yitzhak yitzchak jitzchak jizchak itzhak
`;

/** Lower-cased given name → key of its group (itself when it has no group). */
export const givenNameGroup: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const line of groups.split("\n")) {
    const names = line.trim().split(/\s+/).filter(Boolean);
    for (const name of names) if (!map.has(name)) map.set(name, names[0]);
  }
  return map;
})();
