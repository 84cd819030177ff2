import Foundation
import QuoteNormalization
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

  @Test(arguments: normalizers)
  func sameAsOneByOne(_ name: String, _ normalizer: Normalizer) throws {
    let pieces = try Self.pieces()
    var sequential = NormalizationStream(normalizer: normalizer)
    var text = ""
    var edits: [Edit] = []
    // A first piece fed alone, so that the batches start at offsets other than zero.
    for piece in pieces.prefix(3) {
      let r = sequential.feed(piece)
      text += r.text
      edits += r.edits
    }
    for piece in pieces.dropFirst(3) {
      let r = sequential.feed(piece)
      text += r.text
      edits += r.edits
    }
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

  @Test func emptyBatchChangesNothing() {
    var stream = NormalizationStream(normalizer: Normalizer(profile: .match))
    _ = stream.feed("Ã©tÃ©\n")
    let r = stream.feed(concurrently: [], concurrency: 2)
    #expect(r.text.isEmpty && r.edits.isEmpty)
    #expect(stream.inputOffset == 6 && stream.outputOffset == 4)
  }
}
