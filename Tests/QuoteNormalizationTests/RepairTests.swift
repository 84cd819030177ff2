import QuoteNormalization
import Testing

@Suite("repair profile")
struct RepairTests {
  let repair = Normalizer(profile: .repair)

  @Test(arguments: [
    ("caf&eacute; au lait", "café au lait"),
    ("L&#243;pez &amp; Obrador", "López & Obrador"),
    ("Sch&#xF6;n, sch&#XF6;ner", "Schön, schöner"),
    ("&laquo;&nbsp;Bonjour&nbsp;&raquo;", "«\u{A0}Bonjour\u{A0}»"),
    ("It&rsquo;s &ldquo;fine&rdquo; &mdash; really&hellip;", "It’s “fine” — really…"),
    ("<p>Ni&ntilde;o &amp; ni&ntilde;a</p>", "<p>Niño & niña</p>"),
    ("double &amp;eacute; and &amp;amp;quot;", "double é and \""),
    ("&#146;legacy&#147;", "’legacy“"),
    ("AT&T &copy 2024 R&D", "AT&T &copy 2024 R&D"),
    ("&unknownentity; &#xD800; &#0;", "&unknownentity; &#xD800; &#0;"),
    ("x &#128512; y", "x 😀 y"),
  ])
  func htmlEntities(input: String, expected: String) {
    let r = repair.normalize(input)
    #expect(scalars(r.text) == scalars(expected))
    expectConsistentMap(r)
  }

  @Test(arguments: [
    ("a\r\nb\rc\u{2028}d\u{0B}e", "a\nb\nc\nd\ne"),
    ("para\u{2029}next", "para\nnext"),
  ])
  func lineBreaks(input: String, expected: String) {
    #expect(scalars(repair.normalize(input).text) == scalars(expected))
  }

  /// NEL (U+0085) is read as the Windows-1252 byte 0x85 it nearly always is in Web text, like
  /// the other C1 controls: an ellipsis, not a line end (ftfy does the same).
  @Test func nextLineIsAnEllipsis() {
    let r = repair.normalize("C'est vrai que nous n'en avons pas encore beaucoup parl\u{E9}\u{85} Tu sais")
    #expect(scalars(r.text) == scalars("C'est vrai que nous n'en avons pas encore beaucoup parl\u{E9}\u{2026} Tu sais"))
    expectConsistentMap(r)
  }

  /// C1 controls inside plain words where Windows-1252 has no letter: the line was Mac OS
  /// Roman (ftfy's "Latin-1 / MacRoman mixup" case). Windows-1252 punctuation at a word's
  /// edge keeps the line Windows-1252.
  @Test(arguments: [
    ("Habitantes de Coatl\u{87}n conf\u{92}an en proyecto", "Habitantes de Coatlán confían en proyecto"),
    ("the caf\u{8E} and the r\u{8E}sum\u{8E}", "the café and the résumé"),
    ("I don\u{92}t know \u{93}why\u{94}", "I don’t know “why”"),
    ("\u{93}Coatl\u{87}n\u{94}", "“Coatl‡n”"),
    ("well\u{97}known", "well—known"),
  ])
  func macRomanLines(input: String, expected: String) {
    let r = repair.normalize(input)
    #expect(scalars(r.text) == scalars(expected), "\(r.text)")
    expectConsistentMap(r)
  }

  @Test(arguments: [
    ("zero\u{200B}width", "zerowidth"),
    ("\u{FEFF}BOM at start", "BOM at start"),
    ("soft\u{AD}hyphen Silben\u{AD}trennung", "softhyphen Silbentrennung"),
    ("word\u{2060}joiner", "wordjoiner"),
    ("stray\u{200D}joiner", "strayjoiner"),
    ("family 👨\u{200D}👩\u{200D}👧 stays", "family 👨\u{200D}👩\u{200D}👧 stays"),
    ("می\u{200C}خواهم", "می\u{200C}خواهم"),  // Persian ZWNJ is spelling
    ("क्\u{200D}ष", "क्\u{200D}ष"),  // Devanagari ZWJ shapes a conjunct
    // Between Arabic letters that join each other anyway a ZWJ changes nothing; after a letter
    // that would not join what follows, it forces a joining form (an abbreviation) and stays.
    ("تدّعي أنها ت\u{200D}رد من", "تدّعي أنها ترد من"),
    ("ه\u{200D}.ق", "ه\u{200D}.ق"),
    ("left\u{200E}to right", "leftto right"),
    ("שלום\u{200F} world", "שלום\u{200F} world"),  // RLM in a right-to-left line stays
    ("don\u{92}t \u{93}quote\u{94}", "don’t “quote”"),
    ("bell\u{7}char", "bellchar"),
  ])
  func invisiblesAndControls(input: String, expected: String) {
    let r = repair.normalize(input)
    #expect(scalars(r.text) == scalars(expected))
    expectConsistentMap(r)
  }

  @Test(arguments: [
    ("word\u{A0} next", "word next"),
    ("end of line\u{202F}\nnext", "end of line\nnext"),
    ("«\u{A0}Bonjour\u{A0}»", "«\u{A0}Bonjour\u{A0}»"),
    ("100\u{A0}%", "100\u{A0}%"),
    ("\u{3000}段落の字下げ", "\u{3000}段落の字下げ"),
  ])
  func straySpaces(input: String, expected: String) {
    #expect(scalars(repair.normalize(input).text) == scalars(expected))
  }

  /// Correct text in many languages passes byte-identical.
  @Test(arguments: [
    "Mexican President Claudia Sheinbaum said: “That won’t happen.”",
    "«No va a ocurrir», afirmó la presidenta de México.",
    "„Das wird nicht passieren“, sagte Björn Höcke.",
    "« Cela n’arrivera pas », a déclaré François Hollande.",
    "«Isso não vai acontecer», disse Mário Centeno.",
    "„To się nie stanie” — powiedział Łukasz Piszczek.",
    "«Этого не произойдёт», — заявил Владимир Путин.",
    "«Αυτό δεν θα συμβεί», δήλωσε ο Κυριάκος Μητσοτάκης.",
    "「そうはならない」と述べた。",
    "“这不会发生，”他表示。",
    "Nguyễn Phú Trọng nói: “Điều đó sẽ không xảy ra.”",
    "قال إن «ذلك لن يحدث».",
    "Recep Tayyip Erdoğan: «Bu olmayacak.»",
    "Søren Kierkegaard og Zoë Kravitz — “ÆØÅ æøå”.",
    "ALL CAPS: PERÚ” and SÃO PAULO, MAÇÃ, IL Y MARQUÉ…",
    "Temperatures of ±5 °C, √2 ≈ 1.414, £5 and ©2024 ™.",
    "The string “Ã©” is what é looks like after a bad decode.",
  ])
  func cleanTextUnchanged(text: String) {
    let r = repair.normalize(text)
    #expect(scalars(r.text) == scalars(text))
    #expect(r.edits.isEmpty)
  }
}
