import Foundation
@testable import QuoteNormalization
import Testing

/// `NormalizationStream.feed(concurrently:concurrency:)` gives exactly what feeding the pieces
/// one by one gives: the same text, the same edits at the same whole-text offsets, the same
/// offsets afterwards — whatever the number of threads.
@Suite("NormalizationStream: feeding pieces concurrently")
struct ConcurrentStreamTests {
  static let normalizers: [(String, Normalizer)] =
    Normalizer.Profile.allCases.map { ($0.rawValue, Normalizer(profile: $0)) }

  /// The seeds and generated damaged text as lines, in one batch.
  static func pieces() throws -> [String] {
    let texts = try seedTexts().map(\.1) + generatedTexts(count: 300, seed: 7)
    return texts.joined(separator: "\n").split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0 + "\n" }
  }

  /// The pieces fed one by one: the text, the edits, and the stream after them.
  static func oneByOne(_ pieces: [String], _ normalizer: Normalizer) -> (
    text: String, edits: [Edit], stream: NormalizationStream
  ) {
    var stream = NormalizationStream(normalizer: normalizer)
    var text = ""
    var edits: [Edit] = []
    for piece in pieces {
      let r = stream.feed(piece)
      text += r.text
      edits += r.edits
    }
    return (text, edits, stream)
  }

  @Test(arguments: normalizers)
  func sameAsOneByOne(_ name: String, _ normalizer: Normalizer) throws {
    let pieces = try Self.pieces()
    let (text, edits, sequential) = Self.oneByOne(pieces, normalizer)
    // The first three pieces in a batch of their own, so that the second batch starts at
    // offsets other than zero.
    for threads in [1, 2, 3] {
      var stream = NormalizationStream(normalizer: normalizer)
      var t = ""
      var e: [Edit] = []
      for batch in [Array(pieces.prefix(3)), Array(pieces.dropFirst(3))] {
        let r = stream.feed(concurrently: batch, concurrency: threads)
        t += r.text
        e += r.edits
      }
      #expect(scalars(t) == scalars(text), "\(name), \(threads) threads: text differs")
      #expect(e == edits, "\(name), \(threads) threads: edits differ")
      #expect(stream.inputOffset == sequential.inputOffset)
      #expect(stream.outputOffset == sequential.outputOffset)
    }
    // The edits still reproduce the output from the input.
    expectConsistentMap(NormalizedText(original: pieces.joined(), text: text, map: OffsetMap(edits: edits)))
  }

  /// The bytes of a batch, fed whole: the same text, edits and offsets as piece by piece; and
  /// without edits, the same text and offsets.
  @Test(arguments: normalizers)
  func bytesSameAsOneByOne(_ name: String, _ normalizer: Normalizer) throws {
    let pieces = try Self.pieces()
    let (text, edits, sequential) = Self.oneByOne(pieces, normalizer)
    let head = Array(pieces.prefix(3).joined().utf8)
    let rest = Array(pieces.dropFirst(3).joined().utf8)
    for threads in [1, 2, 3] {
      var stream = NormalizationStream(normalizer: normalizer)
      var out: [UInt8] = []
      var e: [Edit] = []
      for batch in [head, rest] {
        stream.feed(concurrently: batch[...], concurrency: threads, into: &out, edits: &e)
      }
      let label = "\(name), \(threads) threads"
      let got = String(decoding: out, as: UTF8.self)
      #expect(scalars(got) == scalars(text), "\(label): text differs")
      #expect(e == edits, "\(label): edits differ")
      #expect(stream.inputOffset == sequential.inputOffset)
      #expect(stream.outputOffset == sequential.outputOffset)

      var textOnly = NormalizationStream(normalizer: normalizer)
      var bare: [UInt8] = []
      for batch in [head, rest] {
        textOnly.feed(concurrently: batch[...], concurrency: threads, into: &bare)
      }
      #expect(bare == out, "\(label): text without edits differs")
      #expect(textOnly.inputOffset == sequential.inputOffset)
      #expect(textOnly.outputOffset == sequential.outputOffset)
    }
    // One thread, straight from a buffer, without edits.
    var direct = NormalizationStream(normalizer: normalizer)
    var bytes: [UInt8] = []
    (head + rest).withUnsafeBufferPointer { direct.feed(utf8: $0, into: &bytes) }
    #expect(scalars(String(decoding: bytes, as: UTF8.self)) == scalars(text))
    #expect(direct.outputOffset == sequential.outputOffset)
  }

  /// Cuts fall after line feeds, cover the bytes in order, and are as many as asked for when
  /// the lines allow; a text of one line is one run.
  @Test func byteRunsFollowLines() {
    let text = Array(String(repeating: "a line of text\n", count: 100).utf8)
    let runs = NormalizationStream.runs(of: text[...], count: 8)
    #expect(runs.count == 8)
    #expect(runs.first?.lowerBound == 0 && runs.last?.upperBound == text.count)
    for (a, b) in zip(runs, runs.dropFirst()) { #expect(a.upperBound == b.lowerBound) }
    for r in runs.dropLast() { #expect(text[r.upperBound - 1] == 0x0A) }
    let one = Array("no line feed at all".utf8)
    #expect(NormalizationStream.runs(of: one[...], count: 8) == [0..<one.count])
    #expect(NormalizationStream.runs(of: [UInt8]()[...], count: 8).isEmpty)
  }

  @Test func emptyBatchChangesNothing() {
    var stream = NormalizationStream(normalizer: Normalizer(profile: .match))
    _ = stream.feed("Ã©tÃ©\n")
    let r = stream.feed(concurrently: [], concurrency: 2)
    #expect(r.text.isEmpty && r.edits.isEmpty)
    #expect(stream.inputOffset == 6 && stream.outputOffset == 4)
  }
}
