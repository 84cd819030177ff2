import Foundation
import QuoteExtraction
import Testing

/// Hand-written news fixtures in ten languages (`Fixtures/<lang>/news.txt` and gold), each
/// with its own quotation marks, cues and attribution patterns.
@Suite("Multilingual fixtures")
struct MultilingualGoldTests {
  /// Reached when the fixtures were written: (span recall, kind F1 over all kinds, speaker
  /// accuracy on speech quotations).
  static let reached: [String: (recall: Double, kindsRight: Int, speakers: Double)] = [
    "es": (1, 9, 1), "de": (1, 10, 1), "fr": (1, 7, 1), "it": (1, 6, 1), "pt": (1, 6, 1),
    "pl": (1, 5, 1), "sv": (1, 5, 1), "ru": (1, 5, 1), "ja": (1, 4, 1), "zh": (1, 4, 1),
  ]

  @Test(arguments: ["es", "de", "fr", "it", "pt", "pl", "sv", "ru", "ja", "zh"])
  func fixture(_ lang: String) throws {
    let score = try Score.evaluate(try Fixtures.gold("Fixtures/\(lang)/news.gold.json"))
    print("\(lang):\n\(score)")
    let target = try #require(Self.reached[lang])
    #expect(score.recall >= target.recall)
    #expect(score.byKind.values.reduce(0) { $0 + $1.matched } >= target.kindsRight)
    #expect(score.speakerAccuracy >= target.speakers)
  }

  @Test(arguments: ["es", "de", "fr", "it", "pt", "pl", "sv", "ru", "ja", "zh"])
  func languageIsGuessed(_ lang: String) throws {
    let text = try Fixtures.text("Fixtures/\(lang)/news.txt")
    #expect(QuoteExtractor().extract(from: text).language == lang)
  }
}
