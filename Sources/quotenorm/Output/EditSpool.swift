#if canImport(Glibc)
  import Glibc
#endif
import QuoteNorm

/// Holds the JSON of a file's edits while its text is being streamed out, in memory up to a
/// limit and in an anonymous temporary file beyond it, so memory stays flat on large inputs.
struct EditSpool {
  private var pending: [UInt8] = []
  private var file: UnsafeMutablePointer<FILE>? = nil
  private(set) var count = 0
  /// Each rule's name as JSON, made once.
  private var ruleNames: [NormalizationRule: [UInt8]] = [:]
  static let memoryLimit = 1 << 22

  mutating func append(_ edits: [Edit]) throws(OutputError) {
    for e in edits {
      if count > 0 { pending.append(0x2C) }
      JSONText.appendEdit(e, into: &pending, names: &ruleNames)
      count += 1
    }
    if pending.count > Self.memoryLimit { try spill() }
  }

  /// Edits written per thread at a time by ``append(_:threads:)``.
  static let chunkEdits = 1 << 14

  /// ``append(_:)``, the JSON of many edits written on up to `threads` threads, a chunk of
  /// edits each, and put back in order: the same bytes.
  ///
  /// - Complexity: O(*e*) in the edits, divided among the threads.
  mutating func append(_ edits: [Edit], threads: Int) throws(OutputError) {
    let chunk = Self.chunkEdits
    guard threads > 1, edits.count >= 2 * chunk else { return try append(edits) }
    let pieces = Parallel.map((edits.count + chunk - 1) / chunk, threads: threads) { k in
      var out: [UInt8] = []
      var names: [NormalizationRule: [UInt8]] = [:]
      for i in (k * chunk)..<min(edits.count, (k + 1) * chunk) {
        if i > k * chunk { out.append(0x2C) }
        JSONText.appendEdit(edits[i], into: &out, names: &names)
      }
      return out
    }
    for (k, piece) in pieces.enumerated() {
      if count > 0 { pending.append(0x2C) }
      pending.append(contentsOf: piece)
      count += min(edits.count, (k + 1) * chunk) - k * chunk
      if pending.count > Self.memoryLimit { try spill() }
    }
  }

  private mutating func spill() throws(OutputError) {
    if file == nil { file = tmpfile() }
    guard let f = file else { throw OutputError(pipeClosed: false, message: "cannot create a temporary file") }
    let n = pending.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, f) }
    guard n == pending.count else { throw OutputError(pipeClosed: false, message: "temporary file: \(String(cString: strerror(errno)))") }
    pending.removeAll(keepingCapacity: true)
  }

  /// Writes all edits (comma-separated) to `out` and releases the spool.
  mutating func drain(into out: inout OutputWriter) throws(OutputError) {
    if let f = file {
      rewind(f)
      var chunk = [UInt8](repeating: 0, count: 1 << 16)
      while true {
        let n = chunk.withUnsafeMutableBufferPointer { fread($0.baseAddress, 1, $0.count, f) }
        if n == 0 { break }
        try out.write(bytes: chunk[0..<n])
      }
      fclose(f)
      file = nil
    }
    try out.write(bytes: pending)
    pending.removeAll()
    count = 0
  }
}
