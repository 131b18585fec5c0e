/**
 * Hand-written gold for the quotes in the five seeds, written by reading the
 * seed bodies (not from the extractor's output). Each quote: its text as it
 * stands in the article (without quotation marks; for indirect speech the
 * reported clause), its type, and the surfaces its speaker may be given as
 * (the mention the attribution rests on). Reader comments, FAQ and
 * boilerplate hold no gold quotes: they are not mined.
 */
export interface GoldQuote {
  text: string;
  type: "direct" | "indirect" | "reported";
  speakers: string[];
}

export const goldQuotes: Record<string, GoldQuote[]> = {
  "000": [
    {type: "direct", speakers: ["der Kreml-Sprecher Dmitry Peskov", "Dmitry Peskov"], text: "Der russische Präsident lud den Präsidenten der Vereinigten Staaten ein, Moskau zu besuchen, und äußerte seine Bereitschaft, US-Beamte in Russland in den Bereichen von gegenseitigem Interesse zu empfangen, einschließlich natürlich des Themas der Regelung in der Ukraine"},
    {type: "direct", speakers: ["Peskov"], text: "Putin und Trump haben auch vereinbart, die persönlichen Kontakte fortzusetzen, einschließlich der Organisation eines persönlichen Treffens"},
    {type: "indirect", speakers: ["Trump"], text: "dass er eine Vereinbarung mit Putin getroffen hat, um \"unverzüglich Verhandlungen\" mit dem Ziel aufzunehmen, den Krieg in der Ukraine zu beenden"},
    {type: "direct", speakers: ["Trump"], text: "unverzüglich Verhandlungen"},
    {type: "indirect", speakers: ["seiner Erklärung", "seiner"], text: "äußerten beide den Wunsch, \"die Millionen von Toten zu stoppen, die in dem Krieg zwischen Russland und der Ukraine stattfinden\", und beschlossen, dass ihre diplomatischen Teams sofort mit Verhandlungen beginnen werden"},
    {type: "direct", speakers: ["seiner Erklärung", "seiner"], text: "die Millionen von Toten zu stoppen, die in dem Krieg zwischen Russland und der Ukraine stattfinden"},
    {type: "indirect", speakers: ["Trump"], text: "dass er den Prozess beginnen wird, indem er den ukrainischen Präsidenten Volodímir Zelenski anruft, um ihm mitzuteilen, was er mit Putin in dem, was er als \"längeres und sehr produktives Telefongespräch\" bezeichnete, besprochen hat"},
    {type: "direct", speakers: ["er"], text: "längeres und sehr produktives Telefongespräch"},
    {type: "indirect", speakers: ["Trump"], text: "dass dieses Team \"ein erfolgreiches Ergebnis\" erzielen wird"},
    {type: "direct", speakers: ["Trump"], text: "ein erfolgreiches Ergebnis"},
    {type: "indirect", speakers: ["er"], text: "dass Millionen von Menschen in einem Krieg gestorben sind, der nicht stattgefunden hätte, wenn er Präsident gewesen wäre, aber er glaubt, dass es jetzt an der Zeit ist, weitere Verluste von Menschenleben zu verhindern"},
    {type: "indirect", speakers: ["Trump"], text: "In dieser Gelegenheit sprachen sie außerdem über die Stärken ihrer jeweiligen Nationen und den \"großen Nutzen\", den sie laut Trump in der Zukunft durch gemeinsame Zusammenarbeit erzielen könnten"},
    {type: "direct", speakers: ["Trump"], text: "großen Nutzen"}
  ],
  "001": [
    {type: "indirect", speakers: ["Trump"], text: "Das Treffen werde in „nicht allzu ferner Zukunft“ stattfinden"},
    {type: "direct", speakers: ["Trump"], text: "nicht allzu ferner Zukunft"},
    {type: "reported", speakers: ["US-Präsident Donald Trump", "Donald Trump"], text: "US-Präsident Donald Trump hat seine Bereitschaft bekundet, Russland zu besuchen und Wladimir Putin in die USA einzuladen."},
    {type: "indirect", speakers: ["Trump"], text: "dass beide Staatschefs offenen für persönliche Treffen seien"},
    {type: "direct", speakers: ["Trump"], text: "Wir gehen davon aus, dass er hierherkommen wird und ich dorthin [nach Russland] reisen werde"},
    {type: "indirect", speakers: ["Trump"], text: "dass ihr erstes persönliches Treffen „in nicht allzu ferner Zukunft“ stattfinden solle"},
    {type: "direct", speakers: ["Trump"], text: "in nicht allzu ferner Zukunft"},
    {type: "indirect", speakers: ["Trump"], text: "umfasste das lange und „sehr fruchtbare“ Gespräch eine Vielzahl von Themen, darunter die Ukraine, den Nahen Osten, Energie, künstliche Intelligenz und die Stärke des US-Dollars"},
    {type: "direct", speakers: ["Trump"], text: "sehr fruchtbare"},
    {type: "indirect", speakers: ["Trump"], text: "dass Moskau und Washington sich darauf geeinigt hätten, umgehend Verhandlungen zur Beendigung des Krieges in der Ukraine aufzunehmen"},
    {type: "indirect", speakers: ["Trump"], text: "Allerdings habe Putin die Idee eines vorübergehenden Waffenstillstands abgelehnt und stattdessen eine langfristige Lösung angestrebt."},
    {type: "direct", speakers: ["Trump"], text: "Er will jetzt Frieden. Er will nicht, dass es endet und in sechs Monaten erneut Kämpfe ausbrechen"},
    {type: "indirect", speakers: ["Trump"], text: "dass sowohl Putin als auch Selenskyj an einer Friedensvereinbarung interessiert seien"},
    {type: "indirect", speakers: ["der ukrainische Präsidialamtschef Andrij Jermak", "Andrij Jermak"], text: "dass sich Kiew ebenfalls auf diplomatische Gespräche vorbereite"},
    {type: "indirect", speakers: ["Jermak"], text: "dass sich die Parteien darauf verständigt hätten, an einer „fairen“ Lösung des Krieges zu arbeiten"},
    {type: "direct", speakers: ["Jermak"], text: "fairen"}
  ],
  "002": [
    {type: "reported", speakers: ["CNN"], text: "CNN berichtete dies unter Berufung auf eine informierte Quelle."},
    {type: "reported", speakers: ["US-Präsident Donald Trump", "Donald Trump"], text: "US-Präsident Donald Trump bestätigte das Gespräch mit Putin in seinem sozialen Netzwerk Truth Social."},
    {type: "indirect", speakers: ["er"], text: "Gesprächsthemen seien die Ukraine, der Nahe Osten, Energie und künstliche Intelligenz gewesen"},
    {type: "direct", speakers: ["Trump"], text: "Wir erinnerten uns an die gemeinsame Geschichte unserer Länder, insbesondere an die Zusammenarbeit im Zweiten Weltkrieg, und drückten den Wunsch aus, den Verlust von Menschenleben im Krieg zwischen Russland und der Ukraine zu beenden"},
    {type: "direct", speakers: ["der Erklärung", "Erklärung"], text: "Wir haben auch vereinbart, dass unsere jeweiligen Teams unverzüglich mit den Verhandlungen beginnen sollen. Wir werden zunächst den ukrainischen Präsidenten Selenskyj anrufen, um ihn über das Gespräch zu informieren. Das werde ich sofort tun"},
    {type: "reported", speakers: ["Der Kreml"], text: "Der Kreml bestätigte auch Putins Gespräch mit Donald Trump"},
    {type: "indirect", speakers: ["russischen Propagandisten"], text: "das russischen Propagandisten zufolge anderthalb Stunden dauerte"},
    {type: "indirect", speakers: ["Der russische Präsidentensprecher Dmitri Peskow", "Dmitri Peskow"], text: "bei dem Gespräch sei es um eine friedliche Beilegung des Krieges in der Ukraine gegangen"},
    {type: "indirect", speakers: ["die Regierung des russischen Präsidenten Wladimir Putin", "die Regierung"], text: "dass die Kontakte zwischen Moskau und Washington intensiver geworden seien"}
  ],
  "003": [
    {type: "direct", speakers: ["ihm"], text: "lang und sehr produktiv"},
    {type: "reported", speakers: ["Trump"], text: "Über die Inhalte des Gesprächs berichtete Trump auf der Plattform Truth Social."},
    {type: "direct", speakers: ["Trump"], text: "Wir haben beschlossen, in enger Zusammenarbeit Fortschritte zu machen, einschließlich gegenseitiger Staatsbesuche. Zudem haben wir vereinbart, dass unsere Teams umgehend mit den Verhandlungen beginnen sollen. Ich werde als nächstes Präsident Selenskij aus der Ukraine kontaktieren und ihn über unser Gespräch in Kenntnis setzen, was ich unmittelbar tun werde."},
    {type: "direct", speakers: ["Trump"], text: "Präsident Putin nutzte sogar meinen Wahlkampfslogan ‘Gesunder Menschenverstand’. Wir sind beide fest von diesem Prinzip überzeugt"},
    {type: "indirect", speakers: ["Trump"], text: "dass er ein produktives Telefonat mit dem ukrainischen Präsidenten Selenskij geführt hat, der ebenfalls an einem Friedensschluss interessiert sei"},
    {type: "direct", speakers: ["Trump"], text: "Wir erörterten verschiedene kriegsbezogene Themen, vorrangig jedoch das bevorstehende Treffen am Freitag in München. Dort werden Vizepräsident J.D. Vance und Außenminister Marco Rubio die US-Delegation anführen. Ich bin zuversichtlich, dass das Treffen erfolgreich sein wird. Es ist Zeit, diesen absurd verheerenden Krieg zu beenden, der so viel unnötiges Leid und Zerstörung verursacht hat. Gott segne die Völker Russlands und der Ukraine!"},
    {type: "reported", speakers: ["US-Verteidigungsminister Pete Hegseth", "Pete Hegseth"], text: "US-Verteidigungsminister Pete Hegseth äußerte sich während des Ramstein-Treffens in Brüssel skeptisch zu einer möglichen NATO-Mitgliedschaft der Ukraine."},
    {type: "direct", speakers: ["er"], text: "Wir unterstützen das Ziel einer souveränen und prosperierenden Ukraine. Jedoch müssen wir die Realität anerkennen, dass eine Rückkehr zu den Grenzen von 2014 unrealistisch ist. Das Streben nach diesem unerreichbaren Ziel würde den Krieg nur verlängern und mehr Leid verursachen."}
  ],
  "004": [
    {type: "indirect", speakers: ["die russische Nachrichtenagentur TASS", "TASS"], text: "Fast anderthalb Stunden sprachen der US-amerikanische Präsident Donald Trump am Telefon"},
    {type: "reported", speakers: ["Trump"], text: "Dabei sprach sich Trump für ein schnelles Ende des militärischen Konfliktes aus [siehe auch Bericht »CNN«]."},
    {type: "indirect", speakers: ["Wladimir Putin"], text: "dass vor allem zuerst die Ursachen des Ukraine-Konfliktes angegangen werden müssen, um den Konflikt dann auch beenden zu können"},
    {type: "indirect", speakers: ["Wladimir Putin", "die russische Nachrichtenagentur TASS"], text: "Auf jeden Fall sei Putin bereit zu verhandeln."},
    {type: "direct", speakers: ["Trump"], text: "Ich hatte gerade ein langes und sehr produktives Telefonat mit dem russischen Präsidenten Wladimir Putin. Wir sprachen über die Ukraine, den Nahen Osten, Energie, künstliche Intelligenz, die Macht des Dollars und verschiedene andere Themen. Wir dachten beide über die große Geschichte unserer Nationen nach und darüber, dass wir im Zweiten Weltkrieg so erfolgreich zusammen gekämpft haben, und erinnerten uns daran, dass Russland zig Millionen Menschen verloren hat und wir ebenso viele! Wir sprachen beide über die Stärken unserer jeweiligen Nationen und den großen Nutzen, den wir eines Tages aus der Zusammenarbeit ziehen werden. Aber zuerst wollen wir, da waren wir uns beide einig, die Millionen von Toten im Krieg mit Russland/der Ukraine stoppen. Präsident Putin verwendete sogar mein sehr starkes Wahlkampfmotto „GESUNDER MENSCHENVERSTAND“.\nWir glauben beide sehr fest daran. Wir einigten uns darauf, sehr eng zusammenzuarbeiten, auch indem wir die Länder des jeweils anderen besuchen. Wir haben auch vereinbart, dass unsere jeweiligen Teams sofort mit den Verhandlungen beginnen, und wir werden zunächst Präsident Selenskyj aus der Ukraine anrufen, um ihn über das Gespräch zu informieren, was ich jetzt sofort tun werde. Ich habe Außenminister Marco Rubio, CIA-Direktor John Ratcliffe, den Nationalen Sicherheitsberater Michael Waltz sowie Botschafter und Sondergesandten Steve Witkoff gebeten, die Verhandlungen zu führen, und ich bin fest davon überzeugt, dass sie erfolgreich sein werden. Millionen von Menschen sind in einem Krieg gestorben, den es nicht gegeben hätte, wenn ich Präsident gewesen wäre, aber er hat stattgefunden und muss daher enden. Es dürfen keine weiteren Menschenleben verloren gehen! Ich möchte Präsident Putin für seine Zeit und Mühe im Zusammenhang mit diesem Aufruf danken und für die gestrige Freilassung von Marc Fogel, einem wunderbaren Mann, den ich gestern Abend im Weißen Haus persönlich begrüßt habe. Ich glaube, dass diese Bemühungen zu einem erfolgreichen Abschluss führen werden, hoffentlich bald!"}
  ]
};
