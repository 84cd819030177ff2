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

  /// Bytes of input read before a batch is normalized on several threads: enough to keep every
  /// core busy, small enough that memory stays flat.
  static let batchBytes = 1 << 20
  /// Bytes of input read at a time on one thread.
  static let singleBytes = 1 << 16

  func run(into out: inout OutputWriter) throws {
    var reader = try LineReader(path: path)
    defer { reader.close() }
    var stream = NormalizationStream(normalizer: normalizer)
    var spool = EditSpool()
    var replaced = 0
    let threads = max(1, jobs ?? NormalizationStream.defaultConcurrency)
    if format == .json { try out.write("{\"file\":\(JSONText.quoted(path)),\"text\":\"") }
    // Valid UTF-8 goes to the stream as it was read, a batch of lines at a time.
    func feed(_ bytes: ArraySlice<UInt8>, _ out: inout OutputWriter) throws {
      var text: [UInt8] = []
      switch format {
      case .json:
        var edits: [Edit] = []
        stream.feed(concurrently: bytes, concurrency: threads, into: &text, edits: &edits)
        var escaped: [UInt8] = []
        JSONText.appendEscaped(text, into: &escaped)
        try out.write(bytes: escaped)
        try spool.append(edits, threads: threads)
      default:
        stream.feed(concurrently: bytes, concurrency: threads, into: &text)
        try out.write(bytes: text)
      }
    }
    let single = threads == 1 || NormalizationStream.defaultConcurrency == 1
    let limit = single ? Self.singleBytes : Self.batchBytes
    while let (bytes, offset) = try reader.nextLines(limit: limit) {
      if UTF8Decoder.isValidText(bytes) {
        try feed(bytes, &out)
        continue
      }
      // Line by line from here, as the policy says: what comes before a bad line is written
      // before the error.
      var lineStart = bytes.startIndex
      while lineStart < bytes.endIndex {
        let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.endIndex
        let line = try UTF8Decoder.text(
          bytes[lineStart..<lineEnd], at: offset + lineStart - bytes.startIndex, in: path,
          policy: invalidUTF8, replaced: &replaced)
        try feed(ArraySlice(line.utf8), &out)
        lineStart = lineEnd
      }
    }
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
