import Foundation
import Testing

@testable import QuoteNormalization

/// The fused match phase (one pass over UTF-8 with a precomputed table) must give exactly the
/// text of the step-by-step pipeline, with a consistent offset map.
@Suite("fused match phase equals the step-by-step pipeline")
struct FusedMatchTests {
  let fused = Normalizer(profile: .match)
  var stepwise: Normalizer { fused.unfused }

  /// The table's shortcut (scalars no step changes are not run through the steps) builds the
  /// very table that running the steps on every scalar builds.
  @Test func tableShortcutBuildsTheSameTable() {
    let quick = MatchFoldTable.shared
    let reference = MatchFoldTable(exhaustive: true)
    // The first scalar where they differ, if any (whole arrays would print 65,536 values).
    let flags = quick.flags.indices.first { quick.flags[$0] != reference.flags[$0] }
    let index = quick.entryIndex.indices.first { quick.entryIndex[$0] != reference.entryIndex[$0] }
    #expect(flags == nil, "flags differ at U+\(String(flags ?? 0, radix: 16))")
    #expect(index == nil, "entries differ at U+\(String(index ?? 0, radix: 16))")
    #expect(quick.entryList.count == reference.entryList.count)
    #expect(quick.entryList == reference.entryList)
    #expect(quick.bytes.count == reference.bytes.count && quick.bytes == reference.bytes)
    // What the table holds, on a few scalars: "é" folds to "e", "’" to "'", "ж" stays.
    #expect(quick.flags[0xE9] == 3 && quick.flags[0x2019] == 3 && quick.flags[0x436] == 1)
  }

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

  /// A line folded before any scan (``MatchFoldTransducer/applyUnscanned(_:into:)``) is one the
  /// scan finds nothing for the first phase in, folded the same way; and a line the scan sends
  /// straight to the transducer is not refused by the unscanned fold.
  @Test(arguments: 0..<4)
  func unscannedFoldAgreesWithTheScan(batch: Int) throws {
    let transducer = MatchFoldTransducer()
    var texts = generatedTexts(count: 300, seed: UInt64(batch) &* 7919 &+ 3)
    texts += try seedTexts().flatMap { $0.1.split(separator: "\n").map(String.init) }
    texts += [
      "Ã©tÃ© &amp; Ã ", "a &amp; b", "Bcrypt Г  il", "—–", "Ã—", "a  b", "x \n", "ok\u{AD}",
      "Å Ω ﬁ", "a—b",
    ]
    var folded = 0
    for text in texts {
      let line = Array(text.utf8)
      let (features, count) = line.withUnsafeBufferPointer { LineFeatures.scan($0) }
      var a: [UInt8] = []
      var b: [UInt8] = []
      let unscanned = line.withUnsafeBufferPointer { transducer.applyUnscanned($0, into: &a) }
      let scanned = line.withUnsafeBufferPointer { transducer.apply($0, into: &b) }
      let clear = features.isDisjoint(with: MatchFoldTransducer.firstPhaseFeatures)
      if let unscanned {
        folded += 1
        #expect(clear, "\(text.debugDescription)")
        #expect(unscanned.inputCount == count, "\(text.debugDescription)")
        #expect(a == b && unscanned.edits == scanned?.edits, "\(text.debugDescription)")
      } else {
        #expect(!clear || scanned == nil, "\(text.debugDescription)")
      }
    }
    #expect(folded > 30)
  }
}
