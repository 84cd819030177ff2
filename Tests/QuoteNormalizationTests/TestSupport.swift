import Foundation
import QuoteNormalization
import Testing

/// Scalars of a string, for comparisons that must not use canonical equivalence.
func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

/// The package root (for `seeds/` and `Fixtures/`).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()

/// The five seed articles.
func seedTexts() throws -> [(String, String)] {
  let dir = packageRoot.appendingPathComponent("seeds")
  let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
  return try names.map { ($0, try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8)) }
}

/// Checks that `r.edits` describe exactly how `r.original` became `r.text`: edits are sorted and
/// disjoint, text between edits is copied unchanged, and every output range maps back inside
/// the input.
func expectConsistentMap(_ r: NormalizedText, sourceLocation: SourceLocation = #_sourceLocation) {
  let input = scalars(r.original)
  let output = scalars(r.text)
  var i = 0
  var o = 0
  for e in r.edits {
    guard e.input.lowerBound >= i, e.output.lowerBound >= o,
      e.input.upperBound <= input.count, e.output.upperBound <= output.count,
      e.input.lowerBound - i == e.output.lowerBound - o
    else {
      Issue.record("edit \(e) out of order or out of range", sourceLocation: sourceLocation)
      return
    }
    if input[i..<e.input.lowerBound] != output[o..<e.output.lowerBound] {
      Issue.record("text before \(e) not copied unchanged", sourceLocation: sourceLocation)
      return
    }
    i = e.input.upperBound
    o = e.output.upperBound
  }
  #expect(input.count - i == output.count - o, sourceLocation: sourceLocation)
  #expect(input[i...] == output[o...], "tail not copied unchanged", sourceLocation: sourceLocation)
  // Mapping: every edit's output range maps back to (at least) its input range and stays inside.
  for e in r.edits {
    let back = r.map.inputRange(forOutput: e.output)
    #expect(back.lowerBound >= 0 && back.upperBound <= input.count, sourceLocation: sourceLocation)
    if !e.output.isEmpty {
      #expect(back.lowerBound <= e.input.lowerBound && back.upperBound >= e.input.upperBound,
              sourceLocation: sourceLocation)
    }
  }
}

/// A damaged text and the text its repair must give (`found` made from `expected` with Python's
/// codecs, never with the tables under test).
struct RepairCase: Sendable, CustomTestStringConvertible {
  let found: String
  let expected: String
  init(_ found: String, _ expected: String) {
    self.found = found
    self.expected = expected
  }
  var testDescription: String { found }

  /// Checks that `repair` gives `expected`, and that repairing that again changes nothing.
  func check(sourceLocation: SourceLocation = #_sourceLocation) {
    let out = repair(found)
    #expect(
      out.unicodeScalars.elementsEqual(expected.unicodeScalars), "\(found) → \(out)",
      sourceLocation: sourceLocation)
    #expect(
      repair(out).unicodeScalars.elementsEqual(out.unicodeScalars), sourceLocation: sourceLocation)
  }
}

/// The `repair` profile's text for `s`.
func repair(_ s: String) -> String {
  Normalizer(profile: .repair).normalize(s).text
}
