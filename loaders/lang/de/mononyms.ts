/**
 * Persons known by one name that stands alone in German text like a known surname: gods and heroes of Greek, Roman,
 * Norse, Egyptian and Near Eastern myth, figures of the Bible and of religion (with the Latin genitives "Christi",
 * "Jesu"), rulers, generals and authors of antiquity and of the Middle Ages and early modern times, Italian painters
 * and sculptors known by one name ("Tintoretto"), Brazilian footballers and German-language pop musicians known by
 * one name ("Cafu", "Heino"), and characters of opera and fantasy whose name is not also a work's title ("Papageno", "Gandalf"). Lower-cased,
 * plain data, read as known surnames (also in the genitive in -s: "Attilas Hof").
 * Left out on purpose: names of planets ("Mars", "Venus", "Jupiter"), of firms and brands ("Hermes", "Nike", "Pandora"),
 * of places ("Paris", "Hagen") and of groups ("Isis"), which stand for other things as often.
 */
export const mononyms: readonly string[] = `
zeus hera poseidon hades athene apollon aphrodite ares hephaistos demeter dionysos persephone hestia kronos uranos
prometheus herakles perseus theseus achilles achilleus odysseus agamemnon menelaos priamos ödipus medea antigone orpheus
eurydike sisyphos tantalos kassandra daidalos minos ariadne medusa
juno vulcanus bacchus janus romulus remus aeneas
odin wotan loki freya freyja frigg baldur heimdall brünhild kriemhild
osiris horus anubis amun echnaton nofretete tutanchamun ramses cheops kleopatra ptolemaios
gilgamesch marduk ischtar
satan luzifer beelzebub mephisto mephistopheles christi jesu pilatus herodes salomo nebukadnezar goliath
jesaja jeremia hesekiel ezechiel hiob petrus paulus konfuzius laotse zarathustra
attila sulla hannibal perikles xerxes dareios kyros leonidas spartacus vercingetorix arminius pompeius crassus
caligula claudius vespasian trajan hadrian diokletian justinian theoderich chlodwig alarich odoaker mithridates
antiochos seleukos hammurabi saladin tamerlan archimedes pythagoras euklid hippokrates ptolemäus demosthenes
epikur heraklit parmenides thales hesiod pindar äsop catull properz lukrez sallust quintilian boethius augustinus
tertullian abaelard petrarca boccaccio
wallenstein tilly metternich talleyrand robespierre danton cromwell savonarola melanchthon müntzer paracelsus
nostradamus kolumbus magellan rasputin bonifatius
donatello masaccio tintoretto veronese giorgione canaletto correggio parmigianino perugino pinturicchio bernini
romario bebeto cafu dunga zico garrincha robinho juninho dedê marcelinho cacau naldo rafinha denílson kléberson luisão maicon ramires neymar
bono moby eminem nena heino falco campino sido
tamino papageno pamina sarastro sancho gandalf frodo bilbo aragorn sauron voldemort dumbledore obelix idefix shatterhand pumuckl
`.split(/\s+/).filter(Boolean);
