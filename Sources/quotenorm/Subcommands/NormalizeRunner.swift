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

/// Streams one input through a normalizer to the output.
struct NormalizeRunner {
  let normalizer: Normalizer
  let path: String
  let format: OutputFormat
  let invalidUTF8: InvalidUTF8Policy

  func run(into out: inout OutputWriter) throws {
    var reader = try LineReader(path: path)
    defer { reader.close() }
    var stream = NormalizationStream(normalizer: normalizer)
    var spool = EditSpool()
    var replaced = 0
    if format == .json { try out.write("{\"file\":\(JSONText.quoted(path)),\"text\":\"") }
    while let (bytes, offset) = try reader.next() {
      let line: String
      switch UTF8Decoder.decode(bytes) {
      case .valid(let s):
        line = s
      case .binary(let at):
        throw InputError(
          file: path, code: .badData,
          message: "binary data (NUL byte at byte offset \(offset + at)); QuoteNorm reads UTF-8 text")
      case .invalid(let at):
        guard invalidUTF8 == .replace else {
          throw InputError(
            file: path, code: .badData,
            message: "invalid UTF-8 at byte offset \(offset + at); fix the encoding (e.g. iconv -f WINDOWS-1252 -t UTF-8) or pass --invalid-utf8 replace")
        }
        let (s, n) = UTF8Decoder.decodeReplacing(bytes)
        replaced += n
        line = s
      }
      let piece = stream.feed(line)
      switch format {
      case .json:
        try out.write(JSONText.escaped(piece.text))
        try spool.append(piece.edits)
      default:
        try out.write(piece.text)
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
