import Foundation
import Testing

@testable import QuoteNormalization

/// The fused match phase (one pass over UTF-8 with a precomputed table) must give exactly the
/// text of the step-by-step pipeline, with a consistent offset map.
@Suite("fused match phase equals the step-by-step pipeline")
struct FusedMatchTests {
  let fused = Normalizer(profile: .match)
  var stepwise: Normalizer { fused.unfused }

  @Test func seeds() throws {
    for (name, text) in try seedTexts() {
      let a = fused.normalize(text)
      let b = stepwise.normalize(text)
      #expect(scalars(a.text) == scalars(b.text), "\(name)")
      expectConsistentMap(a)
    }
  }

  @Test(arguments: 0..<4)
  func generated(batch: Int) {
    for text in generatedTexts(count: 200, seed: UInt64(batch) &* 104_729 &+ 17) {
      let a = fused.normalize(text)
      let b = stepwise.normalize(text)
      #expect(scalars(a.text) == scalars(b.text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
      expectConsistentMap(a)
    }
  }

  @Test(arguments: [
    "ÀÉÎÕÜ àéîõü Ñ ñ Ç ç Œ œ Æ æ Ø ø Å å Ł ł Đ đ Þ þ ß ẞ",
    "Ελληνικά ΑΘΗΝΑ Ωμέγα, Русский ЯЗЫК Ёлка, Українська Ґ Є Ї",
    "日本語のテキスト、ｶﾀｶﾅ ＡＢＣ　全角, 中文“引号”",
    "dash—dash–dash−minus ‐ ‑ ‒ ― -- --- a-b `tick´ ′prime″",
    "…ellipsis… ﬁ ﬂ ﬃ ½ ² ℃ № ™ Ⅻ ㈱",
    "Türkçe İstanbul ıı, Azərbaycan, Tiếng Việt Nguyễn Phú Trọng",
  ])
  func scripts(text: String) {
    let a = fused.normalize(text)
    let b = stepwise.normalize(text)
    #expect(scalars(a.text) == scalars(b.text))
    expectConsistentMap(a)
  }
}
