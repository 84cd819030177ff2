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
    // Aligned from scowl's lists (no rule): cross-listed or complementary pairs and their forms.
    ("omelette omelettes behove behoved", "omelet omelets behoove behooved"),
    ("nought baulked flautists guerilla", "naught balked flutists guerrilla"),
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

  /// The whole generated table is loaded (its load time is measured by the benchmark,
  /// `quotenorm-bench`'s `spelling-table-load`, never in a test).
  @Test func tableHoldsTheGeneratedEntries() {
    #expect(SpellingTable.shared.count > 10_000)
  }

  /// Every word of scowl's American lists (english + american words, upper-case words, proper
  /// names, abbreviations, every size) keeps its own spelling, so no two distinct American words
  /// receive the same key. Exempt: `whilst` (listed by scowl for every variety; the issue asks for
  /// `whilst` = `while`) and two spellings scowl itself marks as one word, one of them in an
  /// American variant list (`variant_1..3`: `dialog`, `fagot`).
  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/usr/share/dict/scowl") || ProcessInfo.processInfo.environment["CI"] != nil))
  func noTwoAmericanWordsShareAKey() throws {
    let dir = "/usr/share/dict/scowl"
    let names = try FileManager.default.contentsOfDirectory(atPath: dir)
    let files = names.filter {
      ($0.hasPrefix("english-") || $0.hasPrefix("american-")) && !$0.contains("contractions")
    }
    try #require(files.count >= 20, "install Debian's scowl (make deps)")
    var words: [Substring] = []
    for f in files {
      let text = try String(contentsOfFile: dir + "/" + f, encoding: .utf8)
      words += text.split(separator: "\n")
    }
    var variants: Set<String> = []
    for f in names where f.hasPrefix("variant_") && f.contains("-words.") {
      let text = try String(contentsOfFile: dir + "/" + f, encoding: .utf8)
      for line in text.split(separator: "\n") { variants.insert(line.lowercased()) }
    }
    #expect(words.count > 400_000)
    let found = Self.collisions(words, variants: variants, key: Self.tableKey)
    #expect(found.isEmpty, "\(found.prefix(20))")
  }

  /// The check fails on a false merge: two American words that no variant list relates
  /// (`tonne` and `ton`), while a pair that scowl marks as one word (`dialog` is in its
  /// variant_1 list) passes.
  @Test func theCollisionCheckCatchesAFalseMerge() {
    let merge = ["tonne": "ton", "dialogue": "dialog"]
    let key = { (w: Substring) -> String? in merge[String(w)] ?? String(w) }
    let found = Self.collisions(["ton", "tonne", "dialog", "dialogue", "colour"], variants: ["dialog"], key: key)
    #expect(found.map(\.1) == ["tonne"])
    #expect(Self.collisions(["ton", "tonne"], variants: ["tonne"], key: key).isEmpty)
  }

  /// The key the spelling table gives an American list word (nil: not a plain word).
  static func tableKey(_ line: Substring) -> String? {
    let word = Array(line.unicodeScalars)
    guard !word.isEmpty, word.allSatisfy(\.isASCIILetter) else { return nil }
    let capitalized = word[0].properties.isUppercase
    if let e = SpellingTable.shared.entry(british: word[...]), !(e.lowerCaseOnly && capitalized) {
      return String(String.UnicodeScalarView(SpellingTable.shared.american(e)))
    }
    return line.lowercased()
  }

  /// Pairs of distinct words (earlier word, later word, key) that share a key, except `whilst`
  /// and `while`, and pairs with one word in `variants` (spellings scowl marks as one word).
  static func collisions(
    _ words: [Substring], variants: Set<String>, key: (Substring) -> String?
  ) -> [(String, String, String)] {
    var keys: [String: String] = [:]
    var found: [(String, String, String)] = []
    for line in words {
      guard let k = key(line) else { continue }
      let w = line.lowercased()
      if let other = keys[k], other != w,
        !(["whilst", "while"].contains(w) && ["whilst", "while"].contains(other)),
        !variants.contains(w), !variants.contains(other)
      {
        found.append((other, w, k))
      }
      keys[k] = w
    }
    return found
  }
}
