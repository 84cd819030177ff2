import Foundation
import Testing

@testable import QuoteLanguage

/// Fixture paths and loading (`Fixtures/crosslingual/`).
enum CrossLingualFixtures {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static func url(_ name: String) -> URL {
    packageRoot.appendingPathComponent("Fixtures/crosslingual").appendingPathComponent(name)
  }

  /// One line of `langid.tsv`.
  struct LanguageSample: Sendable, CustomTestStringConvertible {
    var language: String
    var kind: String
    var text: String
    var testDescription: String { "\(language): \(text)" }
  }

  static func languageSamples() throws -> [LanguageSample] {
    let text = try String(contentsOf: url("langid.tsv"), encoding: .utf8)
    return text.split(separator: "\n").compactMap { line in
      if line.hasPrefix("#") { return nil }
      let f = line.split(separator: "\t", maxSplits: 2).map(String.init)
      return f.count == 3 ? LanguageSample(language: f[0], kind: f[1], text: f[2]) : nil
    }
  }

  struct Statements: Decodable {
    struct Quote: Decodable {
      var lang: String
      var text: String
    }
    struct Statement: Decodable {
      var id: String
      var quotes: [Quote]
    }
    struct Distractor: Decodable {
      var id: String
      var lang: String
      var text: String
    }
    var statements: [Statement]
    var distractors: [Distractor]
    var hardNegatives: [Distractor]

    /// Every quotation as a `CrossLingualQuote` whose id is its statement's, in file order:
    /// statements, distractors, hard negatives.
    var quotes: [CrossLingualQuote] {
      statements.flatMap { s in
        s.quotes.map { CrossLingualQuote(id: s.id, text: $0.text, language: $0.lang) }
      }
        + (distractors + hardNegatives).map {
          CrossLingualQuote(id: $0.id, text: $0.text, language: $0.lang)
        }
    }
  }

  static func statements() throws -> Statements {
    try JSONDecoder().decode(Statements.self, from: Data(contentsOf: url("statements.json")))
  }

  /// Whether `apertium-eng-spa` (and Apertium's tools) are installed: `make test` installs them.
  static let apertiumInstalled: Bool = {
    let a = ApertiumInstallation()
    return a.executable != nil && a.mode(from: "es", to: "en") != nil
      && a.mode(from: "en", to: "es") != nil
  }()
}
