import Foundation
import Testing

@_spi(Testing) @testable import QuoteNormalization

/// The variant rules run on windows around what the trigger found must give exactly the text
/// and the edits of running them on whole lines.
@Suite("variants: windows equal whole lines")
struct VariantWindowsTests {
  static let languages: [String?] = [nil, "en", "es", "fr", "it"]

  /// Plain words that no step touches, to pad constructs apart.
  static let filler = [
    "the", "minister", "said", "on", "tuesday", "that", "reform", "would", "take", "time",
    "la", "ministra", "dijo", "que", "el", "gobierno", "le", "président", "a", "déclaré",
    "и", "сказал", "東京", "in", "may", "march", "of", "per", "o", "e",
  ]

  /// Lines of filler with the trigger's test constructs, and each other's, mixed in.
  static func lines(count: Int, seed: UInt64) -> [String] {
    var rng = SeededGenerator(state: seed)
    let constructs = VariantTriggerTests.lines + ["L’homme", "Won’t", "$5m", "Nov. 4,", "25 000"]
    return (0..<count).map { _ in
      var words: [String] = []
      for _ in 0..<Int.random(in: 10...70, using: &rng) {
        if Int.random(in: 0..<6, using: &rng) == 0 {
          words.append(constructs.randomElement(using: &rng) ?? "")
        } else {
          words.append(filler.randomElement(using: &rng) ?? "")
        }
      }
      let separators = [" ", " ", " ", ", ", ". ", " - ", "  ", " «", "» "]
      var line = ""
      for w in words {
        line += w + (separators.randomElement(using: &rng) ?? " ")
      }
      return line
    }
  }

  func expectSame(
    _ text: String, language: String?, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let windowed = Normalizer(profile: .match, language: language)
    let a = windowed.normalize(text)
    let b = windowed.unwindowed.normalize(text)
    #expect(
      scalars(a.text) == scalars(b.text), "\(text.debugDescription)", sourceLocation: sourceLocation
    )
    #expect(a.edits == b.edits, "\(text.debugDescription)", sourceLocation: sourceLocation)
  }

  @Test(arguments: languages)
  func generatedLines(language: String?) {
    for text in Self.lines(count: 300, seed: 0x5EED_0019 &+ UInt64(language?.count ?? 0)) {
      expectSame(text, language: language)
    }
  }

  @Test func seeds() throws {
    for (_, text) in try seedTexts() {
      for language in Self.languages { expectSame(text, language: language) }
    }
  }

  /// The generated lines do take the window path: most are long, and most of their bytes lie
  /// outside every window.
  /// The generated lines do take the window path: most are long, and most of their bytes lie
  /// outside every window. The trigger reads in each window the steps of the hits it holds,
  /// which the window runs without reading it again.
  @Test func generatedLinesRunInWindows() throws {
    let phase = try #require(
      VariantPhase(options: .match, language: nil, configuration: Normalizer.Variants()))
    var windowed = 0
    for text in Self.lines(count: 100, seed: 7) {
      let key = Array(
        Normalizer(options: Normalizer.Options.match.subtracting(.variants)).normalize(text).text
          .utf8)
      var hits: [VariantTrigger.Hit] = []
      let steps = key.withUnsafeBufferPointer { phase.triggered($0, hits: &hits) }
      guard !steps.isEmpty, key.count >= VariantWindows.minimumLine else { continue }
      let windows = key.withUnsafeBufferPointer { VariantWindows.windows(hits, in: $0) }
      if windows.reduce(0, { $0 + $1.range.count }) * 4 < key.count * 3 { windowed += 1 }
      for w in windows {
        let again = key.withUnsafeBufferPointer {
          phase.triggered(UnsafeBufferPointer(rebasing: $0[w.range]))
        }
        #expect(again == w.steps, "\(String(decoding: key[w.range], as: UTF8.self))")
      }
    }
    #expect(windowed >= 30, "\(windowed) of 100 lines in windows")
  }

  /// Windows start at the line's start or after a space, end at a space or the line's end, keep
  /// the margin around every hit, and do not overlap.
  @Test func windowsAreCutAtSpacesAroundHits() {
    let text =
      "the minister said on tuesday that the reform won't take time, and 25,000 people "
      + "said so to the press on the steps of the old town hall in march of this very year"
    let bytes = Array(text.utf8)
    let trigger = VariantTrigger(
      contractions: ContractionStep(language: nil), spelling: true,
      numbers: NumberStep(language: nil))
    var hits: [VariantTrigger.Hit] = []
    let steps = bytes.withUnsafeBufferPointer { trigger.steps(in: $0, hits: &hits) }
    #expect(steps == [.contractions, .numbers])
    let windows = bytes.withUnsafeBufferPointer { VariantWindows.windows(hits, in: $0) }
    #expect(!windows.isEmpty)
    for (k, w) in windows.map(\.range).enumerated() {
      #expect(w.lowerBound == 0 || bytes[w.lowerBound - 1] == 0x20)
      #expect(w.upperBound == bytes.count || bytes[w.upperBound] == 0x20)
      if k > 0 { #expect(windows[k - 1].range.upperBound <= w.lowerBound) }
    }
    for h in hits {
      let lo = max(0, h.range.lowerBound - VariantWindows.margin)
      let hi = min(bytes.count, h.range.upperBound + VariantWindows.margin)
      let holder = windows.first { $0.range.lowerBound <= lo && hi <= $0.range.upperBound }
      #expect(holder != nil, "\(h)")
      #expect(holder?.steps.isSuperset(of: h.steps) == true, "\(h)")
    }
    #expect(windows.reduce(0) { $0 + $1.range.count } < bytes.count)
  }

  @Test(
    .enabled(
      if: ProcessInfo.processInfo.environment["QUOTENORM_CORPUS"] != nil,
      "set by `make test` (QUOTENORM_CORPUS)"))
  func corpusParagraphs() throws {
    let dir = try #require(ProcessInfo.processInfo.environment["QUOTENORM_CORPUS"])
    for name in ["clean.txt", "dirty.txt"] {
      let text = try String(contentsOfFile: dir + "/" + name, encoding: .utf8)
      let paragraphs = text.components(separatedBy: "\n\n")
      for (i, p) in paragraphs.enumerated() where i % 40 == 0 { expectSame(p, language: nil) }
    }
  }
}
