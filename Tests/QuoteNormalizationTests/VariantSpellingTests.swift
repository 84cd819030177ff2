import Foundation
import Testing

@testable import QuoteNormalization

/// Spelling varieties: British, Canadian and Australian spellings get their American key, and
/// no two distinct American words get the same one.
@Suite("variants: spelling")
struct VariantSpellingTests {
  let match = Normalizer(profile: .match)

  func key(_ s: String) -> String { match.normalize(s).text }

  @Test(arguments: [
    // The seeds' British spellings.
    ("\"terrorist\" organisations", "\"terrorist\" organizations"),
    ("categorised", "categorized"), ("signalled", "signaled"), ("authorising", "authorizing"),
    ("Whilst", "while"), ("travelling", "traveling"),
    // One per rule.
    ("colour behaviours", "color behaviors"), ("centre centred centring", "center centered centering"),
    ("analyse paralysed", "analyze paralyzed"), ("catalogue catalogued", "catalog cataloged"),
    ("defence licence offence", "defense license offense"), ("counsellor woollen", "counselor woolen"),
    ("enrol fulfil skilful", "enroll fulfill skillful"), ("anaemia foetus manoeuvre", "anemia fetus maneuver"),
    ("judgement acknowledgement", "judgment acknowledgment"), ("likeable ageing", "likable aging"),
    ("programme programmes", "program programs"), ("cheque chequered", "check checkered"),
    ("mould moustache", "mold mustache"), ("aluminium", "aluminum"), ("sceptical", "skeptical"),
    ("sulphur", "sulfur"), ("tyres", "tires"), ("plough", "plow"), ("draught", "draft"),
    ("cosy", "cozy"), ("speciality", "specialty"), ("jewellery", "jewelry"), ("furore", "furor"),
    // The hand list.
    ("amongst amidst learnt dreamt", "among amid learned dreamed"), ("grey kerb storey gaol", "gray curb story jail"),
    // Hard cases, decided: the British spelling is not an American word, so it merges.
    ("practise licence programme dependant", "practice license program dependent"),
    ("metre tyre kerb storey draught", "meter tire curb story draft"),
  ])
  func britishGetsAmericanKey(british: String, american: String) {
    #expect(scalars(key(british)) == scalars(key(american)))
    #expect(scalars(key(british)) == scalars(american.lowercased()))
  }

  @Test func americanWordsAreLeftAlone() {
    // Words distinct in American English stay distinct.
    for w in ["spelt", "smelt", "whisky", "whiskey", "tonne", "ton", "license", "practice", "meter", "tire", "curb", "story", "draft", "program", "dependent", "while"] {
      #expect(key(w) == w, "\(w)")
    }
  }

  @Test func lowerCaseOnlyWordsKeepProperNamesOnTheDisplaySide() {
    // The display-side conversion keeps case, so it can spare the names.
    let display = Normalizer(
      options: Normalizer.Options.display.union(.spelling), variants: .init(spelling: .american))
    #expect(display.normalize("Tyre, a city; the tyre").text == "Tyre, a city; the tire")
    #expect(display.normalize("Earl Grey tea, grey sky").text == "Earl Grey tea, gray sky")
    // A match key shows no case: the word folds whatever its case, so the key is idempotent.
    #expect(key("Tyre, a city") == "tire, a city")
    #expect(key("Earl Grey tea, grey sky") == "earl gray tea, gray sky")
    #expect(key(key("The Centre")) == key("The Centre"))
  }

  @Test func possessivesAndHyphensKeepTheirWord() {
    #expect(key("the organisation's well-organised plan") == "the organization's well-organized plan")
  }

  @Test func displaySideConversionKeepsCase() {
    let us = Normalizer(options: Normalizer.Options.display.union(.spelling))
    let r = us.normalize("The Organisation’s COLOUR, Honour and favourites")
    #expect(r.text == "The Organization’s COLOR, Honour and favorites")
    expectConsistentMap(r)
    #expect(r.edits.allSatisfy { $0.rule == .spelling })
    let uk = Normalizer(options: Normalizer.Options.display.union(.spelling), variants: .init(spelling: .british))
    let b = uk.normalize("The color of the organization’s license")
    #expect(b.text == "The colour of the organisation’s license")
    expectConsistentMap(b)
    #expect(uk.normalize(b.text).text == b.text)
  }

  @Test func britishMatchKey() {
    let uk = Normalizer(profile: .match, variants: .init(spelling: .british))
    #expect(uk.normalize("organizations colored").text == uk.normalize("organisations coloured").text)
    #expect(uk.normalize("organizations").text == "organisations")
  }

  @Test func tableLoadsFastAndOnce() {
    let clock = ContinuousClock()
    let t = clock.measure { _ = SpellingTable.shared.count }
    #expect(SpellingTable.shared.count > 10_000)
    #expect(t < .milliseconds(200), "\(t)")  // debug build; the benchmark measures release
  }

  /// Every word of scowl's American lists (english + american words, upper-case words, proper
  /// names, abbreviations, every size) keeps its own spelling, so no two distinct American words
  /// receive the same key. `whilst` (listed by scowl for every variety) is the one documented
  /// exception: the issue asks for `whilst` = `while`.
  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/usr/share/dict/scowl") || ProcessInfo.processInfo.environment["CI"] != nil))
  func noTwoAmericanWordsShareAKey() throws {
    let dir = "/usr/share/dict/scowl"
    let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter {
      ($0.hasPrefix("english-") || $0.hasPrefix("american-")) && !$0.contains("contractions")
    }
    try #require(files.count >= 20, "install Debian's scowl (make deps)")
    let table = SpellingTable.shared
    var keys: [String: String] = [:]
    var collisions: [(String, String, String)] = []
    var checked = 0
    for f in files {
      let text = try String(contentsOfFile: dir + "/" + f, encoding: .utf8)
      for line in text.split(separator: "\n") {
        let word = Array(line.unicodeScalars)
        guard !word.isEmpty, word.allSatisfy(\.isASCIILetter) else { continue }
        checked += 1
        let capitalized = word[0].properties.isUppercase
        var k = String(String.UnicodeScalarView(word.map { Unicode.Scalar($0.value | 0x20) ?? $0 }))
        if let e = table.entry(british: word[...]), !(e.lowerCaseOnly && capitalized) {
          k = String(String.UnicodeScalarView(table.american(e)))
        }
        let w = String(line).lowercased()
        if let other = keys[k], other != w, !(["whilst", "while"].contains(w) && ["whilst", "while"].contains(other)) {
          collisions.append((other, w, k))
        }
        keys[k] = w
      }
    }
    #expect(checked > 400_000)
    #expect(collisions.isEmpty, "\(collisions.prefix(20))")
  }
}
