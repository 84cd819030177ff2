import Foundation
import Testing

@testable import QuoteNormalization

/// The eight-byte ``AsciiBlock`` paths must not change a thing: the line scan gives the features
/// and scalar count of the byte-by-byte scan, and the fused match phase the text and edits it
/// gave before (held to the step-by-step pipeline, and by hand to the edits it must make).
@Suite("AsciiBlock: eight bytes at a time, same results")
struct AsciiBlockTests {
  static let languages = ["de", "es", "fr", "it", "ja", "pl", "pt", "ru", "sv", "zh"]

  /// Lines that put every byte the block paths treat specially at every offset of a block:
  /// spaces (single, double, before the line end and a line feed), hyphens, backticks,
  /// capitals, digits, punctuation, controls and non-ASCII scalars after a possible lead.
  static let edgeLines: [String] = {
    let base = "abcdefghijklmnopqrstuvwxyz0123"
    let inserts = [" ", "  ", " \n", "-", "--", "`", "A", "Z", "7", ",", ".", "/", "\t", "Ã ",
      "é", "’", "&", "\u{7F}", "@", "[", "{", "~", " x", "x "]
    var lines: [String] = []
    for insert in inserts {
      for offset in 0...17 {
        let prefix = base.prefix(offset)
        lines.append(prefix + insert + base.dropFirst(offset))
        lines.append(prefix + insert)
        lines.append(String(prefix) + insert + insert + "end")
      }
    }
    return lines + ["", " ", "        ", "the cat sat on the mat", "the cat sat on the mat ",
      "The Cat Sat On The Mat.", "a  b", "eight ok", "eight ok ", "eight ok\n", "12345678"]
  }()

  static func expectSameScan(
    _ line: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let bytes = Array(line.utf8)
    bytes.withUnsafeBufferPointer { b in
      let (fast, fastCount) = LineFeatures.scan(b)
      let (slow, slowCount) = LineFeatures.scanByteByByte(b)
      #expect(fast == slow, "\(line.debugDescription)", sourceLocation: sourceLocation)
      #expect(fastCount == slowCount, "\(line.debugDescription)", sourceLocation: sourceLocation)
    }
  }

  @Test("The line scan equals the byte-by-byte scan on edge lines")
  func scanEdgeLines() {
    for line in Self.edgeLines { Self.expectSameScan(line) }
  }

  @Test("The line scan equals the byte-by-byte scan on news text", arguments: languages)
  func scanNews(_ language: String) throws {
    let url = packageRoot.appendingPathComponent("Fixtures/\(language)/news.txt")
    let text = try String(contentsOf: url, encoding: .utf8)
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      Self.expectSameScan(String(line))
      Self.expectSameScan(String(line) + "\n")
    }
  }

  @Test("The line scan equals the byte-by-byte scan on generated text", arguments: 0..<2)
  func scanGenerated(batch: Int) {
    for text in generatedTexts(count: 200, seed: UInt64(batch) &* 7_919 &+ 3) {
      Self.expectSameScan(text)
    }
  }

  @Test("Fused match keys equal the step-by-step pipeline on edge lines")
  func fusedEdgeLines() {
    let fused = Normalizer(profile: .match)
    let stepwise = fused.unfused
    for line in Self.edgeLines {
      let a = fused.normalize(line)
      let b = stepwise.normalize(line)
      #expect(scalars(a.text) == scalars(b.text), "\(line.debugDescription)")
      expectConsistentMap(a)
    }
  }

  @Test("A copied block keeps its text and makes no edit; capitals still get theirs")
  func fusedEdits() {
    let key = Normalizer(profile: .match)
    let plain = key.normalize("the cat sat on the mat, 1/2 of it.")
    #expect(plain.text == "the cat sat on the mat, 1/2 of it.")
    #expect(plain.edits.isEmpty)
    let capital = key.normalize("the cat sat on The mat")
    #expect(capital.text == "the cat sat on the mat")
    #expect(capital.edits.map(\.input) == [15..<16])
    let dashes = key.normalize("abcdefg--hijklmnop `x`")
    #expect(dashes.text == "abcdefg-hijklmnop 'x'")
  }

  @Test("Block tests answer for each kind of byte")
  func blockAnswers() {
    func block(_ s: String) -> AsciiBlock? {
      Array(s.utf8).withUnsafeBufferPointer { AsciiBlock($0, at: 0) }
    }
    #expect(block("The cat ")?.hasUppercase == true)
    #expect(block("The cat ")?.lastIsSpace == true)
    #expect(block("the  cat")?.hasSpacePair == true)
    #expect(block(" the cat")?.firstIsSpace == true)
    #expect(block("a-b-c-d-") == nil)
    #expect(block("l’été ok") == nil)
    #expect(block("12,5/3.0") != nil)
    // Punctuation the scan reports nothing for is part of a block; `&`, a backtick, a hyphen,
    // DEL and a tab are not.
    #expect(block("it's (ok") != nil && block("\"hi\"; no") != nil && block("[a]{b}~@") != nil)
    #expect(block("x&y;z!?%") == nil && block("a`bcdefg") == nil && block("abc\u{7F}defg") == nil)
    #expect(block("tab\there") == nil)
    func copied(_ s: String, afterSpace: Bool = false) -> Bool? {
      Array(s.utf8).withUnsafeBufferPointer {
        AsciiBlock.copiedByMatchFold($0, at: 0, afterSpace: afterSpace)
      }
    }
    #expect(copied("the cat sat") == true)
    #expect(copied("the cat  at") == nil)
    #expect(copied("the cat \nx") == nil)
    #expect(copied("the cat ") == nil)
    #expect(copied(" the cat", afterSpace: true) == nil)
    #expect(copied("The cat.") == nil)
    #expect(copied("the`cat.") == nil)
    #expect(copied("the-cat.") == nil)
    #expect(copied("x&y;z!?%") == false)
  }

  /// The eight-byte searches find what a byte loop finds, wherever it is (each offset in a
  /// block, the tail, none).
  @Test func searchesAgreeWithByteLoops() {
    var rng = SeededGenerator(state: 0x5EA2C4)
    let alphabet: [UInt8] = Array("ab c".utf8) + [0x0A, 0x26, 0xC3, 0xA9, 0x7F, 0x00, 0x80]
    for _ in 0..<2000 {
      let count = Int.random(in: 0...40, using: &rng)
      let bytes = (0..<count).map { _ -> UInt8 in
        Int.random(in: 0..<6, using: &rng) == 0
          ? alphabet.randomElement(using: &rng) ?? 0x61 : 0x61
      }
      let start = Int.random(in: 0...count, using: &rng)
      bytes.withUnsafeBufferPointer { b in
        let end = b[start...].firstIndex(of: 0x0A) ?? count
        #expect(AsciiBlock.lineEnd(in: b, from: start) == end, "\(bytes) from \(start)")
        let expected = b.contains { $0 == 0x26 || $0 >= 0x80 }
        #expect(AsciiBlock.hasAmpersandOrNonASCII(b) == expected, "\(bytes)")
      }
    }
  }
}
