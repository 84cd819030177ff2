import QuoteNorm

#if canImport(Glibc)
  import Glibc
#endif

/// Prints `message` on standard error.
func printError(_ message: String) {
  var m = message
  if !m.hasSuffix("\n") { m += "\n" }
  let bytes = Array(m.utf8)
  _ = bytes.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count) }
}

/// Streams one input through a normalizer to the output, a few megabytes of lines at a time,
/// each batch normalized on up to `jobs` threads (``NormalizationStream/feed(concurrently:concurrency:)``:
/// the output is the same whatever the number).
struct NormalizeRunner {
  let normalizer: Normalizer
  let path: String
  let format: OutputFormat
  let invalidUTF8: InvalidUTF8Policy
  /// Threads to normalize on (`nil`: every core).
  var jobs: Int? = nil

  /// Bytes of input read before a batch is normalized: enough to keep every core busy, small
  /// enough that memory stays flat.
  static let batchBytes = 1 << 20

  func run(into out: inout OutputWriter) throws {
    var reader = try LineReader(path: path)
    defer { reader.close() }
    var stream = NormalizationStream(normalizer: normalizer)
    var spool = EditSpool()
    var replaced = 0
    var batch: [String] = []
    var batchBytes = 0
    // One thread: each line goes out as it is read, as a stream does best.
    let limit = jobs == 1 || NormalizationStream.defaultConcurrency == 1 ? 0 : Self.batchBytes
    if format == .json { try out.write("{\"file\":\(JSONText.quoted(path)),\"text\":\"") }
    func flush(_ out: inout OutputWriter) throws {
      guard !batch.isEmpty else { return }
      let piece = stream.feed(concurrently: batch, concurrency: jobs)
      batch.removeAll(keepingCapacity: true)
      batchBytes = 0
      switch format {
      case .json:
        try out.write(JSONText.escaped(piece.text))
        try spool.append(piece.edits)
      default:
        try out.write(piece.text)
      }
    }
    do {
      while let (bytes, offset) = try reader.next() {
        let line = try UTF8Decoder.text(
          bytes, at: offset, in: path, policy: invalidUTF8, replaced: &replaced)
        batch.append(line)
        batchBytes += bytes.count
        if batchBytes >= limit { try flush(&out) }
      }
    } catch {
      // What was read before the bad line is written, as when lines went out one by one.
      try flush(&out)
      throw error
    }
    try flush(&out)
    if format == .json {
      try out.write("\",\"edits\":[")
      try spool.drain(into: &out)
      try out.write("]")
      if replaced > 0 { try out.write(",\"invalidUTF8Replaced\":\(replaced)") }
      try out.write("}\n")
    }
    if replaced > 0 {
      printError("quotenorm: \(path == "-" ? "<stdin>" : path): replaced \(replaced) invalid UTF-8 sequence(s) with U+FFFD")
    }
  }
}
