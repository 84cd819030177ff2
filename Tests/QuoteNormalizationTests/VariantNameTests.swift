import Foundation
import Testing

@testable import QuoteNormalization

/// Name keys (recall on variant sets, false merges on distinct names) and user aliases.
@Suite("variants: names and aliases")
struct VariantNameTests {
  static func variantSets() throws -> [[String]] {
    let text = try String(contentsOf: packageRoot.appendingPathComponent("Fixtures/names/variants.tsv"), encoding: .utf8)
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t").map(String.init) }
  }

  @Test func recallOnVariantSets() throws {
    let sets = try Self.variantSets()
    var pairs = 0
    var merged = 0
    for set in sets {
      let keys = set.map(NameKey.transliteration)
      for i in keys.indices { for j in keys.indices where j > i { pairs += 1; if keys[i] == keys[j] { merged += 1 } } }
    }
    print("name key recall: \(merged)/\(pairs) variant pairs")
    #expect(merged == pairs)
  }

  @Test func accentInsensitiveKey() {
    #expect(NameKey.accentInsensitive("Andrés Manuel López Obrador") == "andres manuel lopez obrador")
    #expect(NameKey.accentInsensitive("ANDRES MANUEL LOPEZ OBRADOR") == "andres manuel lopez obrador")
  }

  @Test func skeletonIsIdempotent() throws {
    for set in try Self.variantSets() {
      for name in set {
        let k = NameKey.transliteration(name)
        #expect(NameKey.transliteration(k) == k, "\(name)")
      }
    }
  }

  /// False merges on distinct real names: scowl's proper names (first names, surnames, places;
  /// one-word, ASCII, capitalized). Reported, and bounded so that a change to the key that merges
  /// much more fails.
  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/usr/share/dict/scowl")))
  func falseMergesOnDistinctNames() throws {
    let dir = "/usr/share/dict/scowl"
    var names = Set<String>()
    for f in try FileManager.default.contentsOfDirectory(atPath: dir)
    where f.hasPrefix("american-proper-names") || f.hasPrefix("english-proper-names") {
      let text = try String(contentsOfFile: dir + "/" + f, encoding: .utf8)
      for line in text.split(separator: "\n") {
        let s = Array(line.unicodeScalars)
        if s.count >= 3, s.allSatisfy(\.isASCIILetter), s[0].properties.isUppercase, s.dropFirst().allSatisfy(\.properties.isLowercase) {
          names.insert(String(line))
        }
      }
    }
    var byKey: [String: Int] = [:]
    var basic: [String: Int] = [:]
    for n in names {
      byKey[NameKey.transliteration(n), default: 0] += 1
      basic[NameKey.accentInsensitive(n), default: 0] += 1
    }
    let merged = byKey.values.filter { $0 > 1 }.reduce(0, +)
    let pairs = byKey.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
    let total = names.count * (names.count - 1) / 2
    let rate = Double(merged) / Double(names.count)
    print("name key false merges: \(merged) of \(names.count) distinct names share a key with another (\(String(format: "%.2f", rate * 100))%); \(pairs) of \(total) pairs (\(String(format: "%.5f", Double(pairs) / Double(total) * 100))%); accent-insensitive key: \(basic.values.filter { $0 > 1 }.count) shared keys")
    #expect(names.count > 20_000)
    #expect(rate < 0.25)
    #expect(basic.values.allSatisfy { $0 == 1 })
  }

  @Test func namesInTextOptIn() {
    let n = Normalizer(options: Normalizer.Options.match.union(.names))
    let keys = Set(["Zelenskyy said", "Zelensky said", "Selenskyj said", "Zelenskiy said"].map { n.normalize($0).text })
    #expect(keys.count == 1, "\(keys)")
    #expect(n.normalize("the zelensky file").text == "the zelensky file")  // not written as a name
    let r = n.normalize("Then Gaddafi spoke")
    #expect(r.text == "then kadafi spoke")
    expectConsistentMap(r)
    #expect(n.normalize(r.text).text == r.text)
  }

  @Test func aliasesFromJSONAndTSV() throws {
    let json = try AliasTable(parsing: #"{"AMLO": "Andrés Manuel López Obrador", "López Obrador": "Andrés Manuel López Obrador"}"#)
    let tsv = try AliasTable(parsing: "# aliases\nAMLO\tAndrés Manuel López Obrador\nLópez Obrador\tAndrés Manuel López Obrador\n")
    #expect(json == tsv)
    let n = Normalizer(profile: .match, variants: .init(aliases: json))
    let texts = ["Andrés Manuel López Obrador dijo", "Andres Manuel Lopez Obrador dijo", "López Obrador dijo", "AMLO dijo"]
    let keys = texts.map { n.normalize($0).text }
    #expect(Set(keys).count == 1, "\(keys)")
    #expect(keys[0] == "andres manuel lopez obrador dijo")
    for t in texts {
      let r = n.normalize(t)
      expectConsistentMap(r)
      #expect(n.normalize(r.text).text == r.text)
    }
    #expect(n.normalize("AMLO").edits.map(\.rule).contains { $0.components.contains(.alias) })
    // With names on too, every form still gives one key.
    let both = Normalizer(options: Normalizer.Options.match.union(.names), variants: .init(aliases: json))
    #expect(Set(texts.map { both.normalize($0).text }).count == 1)
  }

  @Test func badAliasFiles() {
    #expect(throws: NormalizationError.self) { try AliasTable(parsing: #"{"AMLO": 1}"#) }
    #expect(throws: NormalizationError.self) { try AliasTable(parsing: "just one column\n") }
  }
}
