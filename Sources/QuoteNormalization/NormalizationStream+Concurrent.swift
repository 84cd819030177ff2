/// Many pieces at once, on several cores.
///
/// Every line is normalized on its own (``NormalizationStream`` keeps nothing from one line to
/// the next but the offsets), so a batch of pieces can be cut into runs, each run normalized by
/// a stream of its own from offset zero, and the runs put back in order, their edits shifted by
/// the scalars before them: the result is byte for byte what feeding the pieces one by one
/// gives.
extension NormalizationStream {
  /// The threads ``feed(concurrently:concurrency:)`` uses by default: the cores online.
  ///
  /// ```swift
  /// NormalizationStream.defaultConcurrency  // 2 on a two-core machine
  /// ```
  ///
  /// - Complexity: O(1).
  public static var defaultConcurrency: Int { Parallel.cores }

  /// Normalizes `pieces` in order, as calling ``feed(_:)`` on each would — the same text, the
  /// same edits in whole-text offsets, the offsets advanced the same way — on up to
  /// `concurrency` threads (default: ``defaultConcurrency``, every core).
  ///
  /// Each piece is what ``feed(_:)`` takes: whole lines with their `\n`, or a piece of one long
  /// line cut where it does not split a CRLF, an entity or a mojibake sequence. Memory is that
  /// of the batch: a caller streaming a large file feeds it a few megabytes at a time.
  ///
  /// ```swift
  /// var stream = NormalizationStream(normalizer: Normalizer(profile: .match))
  /// let r = stream.feed(concurrently: ["It’s here.\n", "Ã©tÃ©\n"])
  /// r.text              // "it is here.\nete\n"
  /// stream.inputOffset  // 17
  /// ```
  ///
  /// - Parameter concurrency: The most threads to use; `1` normalizes on the calling thread.
  /// - Complexity: O(*n*) in the pieces' total length, divided among the threads.
  public mutating func feed(concurrently pieces: [String], concurrency: Int? = nil) -> (
    text: String, edits: [Edit]
  ) {
    let threads = max(1, min(concurrency ?? Parallel.cores, Parallel.cores))
    if threads == 1 || pieces.count == 1 {
      var out: [UInt8] = []
      var edits: [Edit] = []
      for var piece in pieces { piece.withUTF8 { feed(utf8: $0, into: &out, edits: &edits) } }
      return (String(decoding: out, as: UTF8.self), edits)
    }
    let runs = Self.runs(of: pieces, count: threads * 4)
    let normalizer = self.normalizer
    let results = Parallel.map(runs.count, threads: threads) { k in
      var stream = NormalizationStream(normalizer: normalizer)
      var out: [UInt8] = []
      var edits: [Edit] = []
      for i in runs[k] {
        var piece = pieces[i]
        piece.withUTF8 { stream.feed(utf8: $0, into: &out, edits: &edits) }
      }
      return RunResult(utf8: out, edits: edits, input: stream.inputOffset, output: stream.outputOffset)
    }
    var out: [UInt8] = []
    out.reserveCapacity(results.reduce(0) { $0 + $1.utf8.count })
    var edits: [Edit] = []
    edits.reserveCapacity(results.reduce(0) { $0 + $1.edits.count })
    for r in results {
      out.append(contentsOf: r.utf8)
      for e in r.edits { edits.append(e.shifted(input: inputOffset, output: outputOffset)) }
      inputOffset += r.input
      outputOffset += r.output
    }
    return (String(decoding: out, as: UTF8.self), edits)
  }

  /// What one run of pieces gave, offsets from the run's start.
  private struct RunResult: Sendable {
    var utf8: [UInt8]
    var edits: [Edit]
    var input: Int
    var output: Int
  }

  /// `pieces` cut into at most `count` runs of consecutive pieces with about as many bytes each.
  ///
  /// - Complexity: O(*p*) in the number of pieces.
  static func runs(of pieces: [String], count: Int) -> [Range<Int>] {
    guard !pieces.isEmpty else { return [] }
    let total = pieces.reduce(0) { $0 + $1.utf8.count }
    let wanted = max(1, min(count, pieces.count))
    var runs: [Range<Int>] = []
    var start = 0
    var bytes = 0
    for (i, p) in pieces.enumerated() {
      bytes += p.utf8.count
      // Close the run once the bytes so far reach its share of the total.
      if runs.count < wanted - 1 && bytes * wanted >= total * (runs.count + 1) {
        runs.append(start..<(i + 1))
        start = i + 1
      }
    }
    if start < pieces.count { runs.append(start..<pieces.count) }
    return runs
  }
}
