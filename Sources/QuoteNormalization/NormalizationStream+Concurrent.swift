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

  /// Normalizes the next piece given as valid UTF-8 (what ``feed(_:)`` takes), appending the
  /// output's UTF-8 to `out` and gathering no edits, for a caller that wants only the text; the
  /// offsets advance as they would with edits.
  ///
  /// ```swift
  /// var stream = NormalizationStream(normalizer: Normalizer(profile: .match))
  /// var out: [UInt8] = []
  /// Array("It’s here.\n".utf8).withUnsafeBufferPointer { stream.feed(utf8: $0, into: &out) }
  /// String(decoding: out, as: UTF8.self)  // "it is here.\n"
  /// ```
  ///
  /// - Complexity: O(*n*) in the length of `utf8`.
  public mutating func feed(utf8: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
    var none: [Edit] = []
    collectsEdits = false
    defer { collectsEdits = true }
    feed(utf8: utf8, into: &out, edits: &none)
  }

  /// Normalizes `utf8`, valid UTF-8 of whole lines (or one piece of a long line, as
  /// ``feed(_:)`` takes it), on up to `concurrency` threads (default: every core), appending
  /// the output's UTF-8 to `out`: the bytes are cut after line feeds into runs, each run
  /// normalized by a stream of its own, and the runs put back in order. The text and offsets
  /// are those ``feed(utf8:into:)`` gives; no edits are gathered.
  ///
  /// ```swift
  /// var stream = NormalizationStream(normalizer: Normalizer(profile: .match))
  /// var out: [UInt8] = []
  /// stream.feed(concurrently: Array("It’s here.\nÃ©tÃ©\n".utf8)[...], into: &out)
  /// String(decoding: out, as: UTF8.self)  // "it is here.\nete\n"
  /// ```
  ///
  /// - Complexity: O(*n*) in the length of `utf8`, divided among the threads.
  public mutating func feed(
    concurrently utf8: ArraySlice<UInt8>, concurrency: Int? = nil, into out: inout [UInt8]
  ) {
    var none: [Edit] = []
    feed(concurrently: utf8, concurrency: concurrency, into: &out, edits: &none, collecting: false)
  }

  /// ``feed(concurrently:concurrency:into:)``, also appending the edits, in whole-text offsets,
  /// to `edits`: the same as ``feed(utf8:into:edits:)`` gives.
  ///
  /// ```swift
  /// var edits: [Edit] = []
  /// stream.feed(concurrently: Array("Ã©tÃ©\n".utf8)[...], into: &out, edits: &edits)
  /// edits.map(\.rule.rawValue)  // ["mojibake+diacritic", "mojibake+diacritic"]
  /// ```
  ///
  /// - Complexity: O(*n*) in the length of `utf8`, divided among the threads.
  public mutating func feed(
    concurrently utf8: ArraySlice<UInt8>, concurrency: Int? = nil, into out: inout [UInt8],
    edits: inout [Edit]
  ) {
    feed(concurrently: utf8, concurrency: concurrency, into: &out, edits: &edits, collecting: true)
  }

  private mutating func feed(
    concurrently utf8: ArraySlice<UInt8>, concurrency: Int?, into out: inout [UInt8],
    edits: inout [Edit], collecting: Bool
  ) {
    let threads = max(1, min(concurrency ?? Parallel.cores, Parallel.cores))
    let runs = threads == 1 ? [utf8.indices] : Self.runs(of: utf8, count: threads * 4)
    if runs.count <= 1 {
      collectsEdits = collecting
      defer { collectsEdits = true }
      utf8.withUnsafeBufferPointer { feed(utf8: $0, into: &out, edits: &edits) }
      return
    }
    let normalizer = self.normalizer
    let results = Parallel.map(runs.count, threads: threads) { k in
      var stream = NormalizationStream(normalizer: normalizer)
      stream.collectsEdits = collecting
      var out: [UInt8] = []
      var edits: [Edit] = []
      utf8[runs[k]].withUnsafeBufferPointer { stream.feed(utf8: $0, into: &out, edits: &edits) }
      return RunResult(
        utf8: out, edits: edits, input: stream.inputOffset, output: stream.outputOffset)
    }
    out.reserveCapacity(out.count + results.reduce(0) { $0 + $1.utf8.count })
    for r in results {
      out.append(contentsOf: r.utf8)
      for e in r.edits { edits.append(e.shifted(input: inputOffset, output: outputOffset)) }
      inputOffset += r.input
      outputOffset += r.output
    }
  }

  /// `utf8` cut after line feeds into at most `count` runs of about as many bytes each (fewer
  /// when its lines are few and long).
  ///
  /// - Complexity: O(*n*) in the bytes between each cut and the line feed after it.
  static func runs(of utf8: ArraySlice<UInt8>, count: Int) -> [Range<Int>] {
    guard !utf8.isEmpty else { return [] }
    var runs: [Range<Int>] = []
    var start = utf8.startIndex
    let total = utf8.count
    for r in 1..<max(1, count) {
      let target = utf8.startIndex + total * r / count
      guard target > start, let nl = utf8[target...].firstIndex(of: 0x0A) else { continue }
      guard nl + 1 < utf8.endIndex else { break }
      runs.append(start..<(nl + 1))
      start = nl + 1
    }
    runs.append(start..<utf8.endIndex)
    return runs
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
