/** German function words left out when comparing the content of two quotes. Plain data, lower case. */
export const functionWords: readonly string[] = (
  "der die das des dem den ein eine einer eines einem einen und oder aber doch sondern denn dass daß ob wenn weil als wie " +
  "ich du er sie es wir ihr mich dich sich uns euch mir dir ihm ihnen mein meine meinen meinem meiner sein seine seinen seinem seiner " +
  "unser unsere unseren unserem unserer ihre ihren ihrem ihrer dieser diese dieses diesen diesem jener jene auch noch schon nur sehr so " +
  "zu zum zur in im an am auf aus bei beim mit nach von vom vor über unter für gegen um durch ohne bis seit während " +
  "ist sind war waren bin bist sei seien habe haben hat hatte hatten werde werden wird wurde wurden worden kann können könne muss müssen " +
  "soll sollen will wollen würde würden hätte hätten wäre wären nicht kein keine keinen keinem keiner was wer wo da dort hier jetzt dann " +
  "man alle alles beide beiden viel viele mehr andere anderen jeweiligen"
).split(" ");
