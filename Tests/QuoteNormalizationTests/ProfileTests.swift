import QuoteNormalization
import Testing

@Suite("display and match profiles")
struct ProfileTests {
  @Test(arguments: [
    ("e\u{301}te\u{301}", "été"),
    ("a\u{A0}b\u{202F}c\u{2009}d\u{3000}e", "a b c d e"),
    ("many    spaces\t\there  \nnext", "many spaces here\nnext"),
    ("“Curly” and 'straight' stay", "“Curly” and 'straight' stay"),
    ("Accents Stay: López", "Accents Stay: López"),
  ])
  func display(input: String, expected: String) {
    let r = Normalizer(profile: .display).normalize(input)
    #expect(scalars(r.text) == scalars(expected))
    expectConsistentMap(r)
  }

  @Test(arguments: [
    // The variant rules expand contractions in match keys (issue 3).
    ("“That won’t happen,”", "\"that will not happen,\""),
    ("«No va a ocurrir»", "\"no va a ocurrir\""),
    ("„Das wird nicht passieren“", "\"das wird nicht passieren\""),
    ("‘single’ ‚low‘ ‹angle› `back´", "'single' 'low' 'angle' 'back'"),
    ("Andrés Manuel López Obrador", "andres manuel lopez obrador"),
    ("ANDRES MANUEL LOPEZ OBRADOR", "andres manuel lopez obrador"),
    ("Łódź, Øresund, Æsir, Œuvre, Straße, Đorđe, Þór", "lodz, oresund, aesir, oeuvre, strasse, dorde, thor"),
    ("Nguyễn Phú Trọng", "nguyen phu trong"),
    ("en–dash em—dash ‒ ― −", "en-dash em-dash - - -"),
    ("wait -- what --- now", "wait - what - now"),
    ("and so…", "and so..."),
    ("Йошкар-Ола и ёлка", "йошкар-ола и ёлка"),
    ("Αθήνα", "αθήνα"),
    ("ＦＵＬＬＷＩＤＴＨ １２３", "fullwidth 123"),
    ("ﬁnancial ﬂows", "financial flows"),
  ])
  func match(input: String, expected: String) {
    let r = Normalizer(profile: .match).normalize(input)
    #expect(scalars(r.text) == scalars(expected))
    expectConsistentMap(r)
  }

  @Test func matchKeysOfOneQuoteAgree() {
    let n = Normalizer(profile: .match)
    let variants = [
      "“It’s not going to happen.”", "\"It's not going to happen.\"", "«It’s not going to happen.»",
      "&ldquo;It&rsquo;s not going to happen.&rdquo;", "â€œItâ€™s not going to happen.â€\u{9D}",
    ]
    let keys = Set(variants.map { n.normalize($0).text })
    #expect(keys.count == 1, "\(keys)")
  }

  @Test func transliteration() {
    let n = Normalizer(profile: .match, transliterate: true)
    #expect(n.normalize("Владимир Путин").text == "vladimir putin")
    #expect(n.normalize("Зеленский").text.hasPrefix("zelensk"))
    let r = n.normalize("Москва and Athens")
    #expect(r.text == "moskva and athens")
    #expect(r.map.inputRange(forOutput: 0..<6) == 0..<6)
    expectConsistentMap(r)
  }

  @Test func turkishCasefold() {
    let tr = Normalizer(options: [.nfkcCasefold], language: "tr")
    #expect(scalars(tr.normalize("ISPARTA İZMİR").text) == scalars("ısparta izmir"))
    let en = Normalizer(options: [.nfkcCasefold])
    #expect(scalars(en.normalize("ISPARTA").text) == scalars("isparta"))
  }

  @Test func exactFormAppliesNothingElse() {
    let r = Normalizer(form: .nfc).normalize("Ã©&amp;e\u{301}\u{200B}")
    #expect(scalars(r.text) == scalars("Ã©&amp;é\u{200B}"))
    #expect(r.edits.map(\.rule) == [.nfc])
  }

  @Test func edgeInputs() {
    for p in Normalizer.Profile.allCases {
      let n = Normalizer(profile: p)
      #expect(n.normalize("").text.isEmpty)
      #expect(n.normalize("\n\n").text == "\n\n")
      let long = String(repeating: "word ", count: 40_000) + "end"
      let r = n.normalize(long)
      #expect(r.text.unicodeScalars.count == long.unicodeScalars.count)
    }
  }
}
