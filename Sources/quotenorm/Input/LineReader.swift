#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a file or standard input line by line as raw bytes, in bounded memory: a line longer
/// than ``maxPiece`` bytes is returned in pieces cut after a space (or, failing that, at a
/// UTF-8 character boundary).
struct LineReader {
  /// Longest piece returned for a line without a line feed.
  static let maxPiece = 1 << 20

  let path: String
  private let fd: Int32
  private var buffer: [UInt8] = []
  private var start = 0
  private var eof = false
  /// Byte offset of the next piece in the input.
  private(set) var offset = 0
  /// Whether the input starts with a UTF-8 byte order mark (reported, then removed by repair).
  private(set) var sawFirstBlock = false

  /// Opens `path` (`-` is standard input).
  init(path: String) throws(InputError) {
    self.path = path
    if path == "-" {
      fd = 0
      return
    }
    var st = stat()
    guard stat(path, &st) == 0 else {
      throw InputError(file: path, code: .missing, message: "cannot open: \(String(cString: strerror(errno)))")
    }
    if (st.st_mode & S_IFMT) == S_IFDIR {
      throw InputError(file: path, code: .missing, message: "is a directory; pass the files inside it")
    }
    let f = open(path, O_RDONLY)
    guard f >= 0 else {
      throw InputError(file: path, code: .missing, message: "cannot open: \(String(cString: strerror(errno)))")
    }
    fd = f
  }

  func close() { if fd > 2 { _ = Glibc.close(fd) } }

  /// The next line (with its `\n`) or piece, with its byte offset; nil at end of input.
  mutating func next() throws(InputError) -> (bytes: ArraySlice<UInt8>, offset: Int)? {
    while true {
      if let nl = buffer[start...].firstIndex(of: 0x0A) {
        return take(upTo: nl + 1)
      }
      // Strictly longer: `safeCut` looks at the byte after the piece (a line of exactly
      // `maxPiece` bytes so far read past the end of the buffer and trapped).
      if buffer.count - start > Self.maxPiece {
        return take(upTo: safeCut())
      }
      if eof {
        if start < buffer.count { return take(upTo: buffer.count) }
        return nil
      }
      try fill()
    }
  }

  /// Whole lines (each with its `\n`), about `limit` bytes of them, from the next line on, with
  /// their byte offset; a line longer than `limit` alone, and a line longer than ``maxPiece``
  /// in pieces, as ``next()`` returns them; nil at end of input.
  ///
  /// - Complexity: O(*n*) in the bytes returned (read once, searched back from the limit).
  mutating func nextLines(limit: Int) throws(InputError) -> (
    bytes: ArraySlice<UInt8>, offset: Int
  )? {
    while buffer.count - start < limit && !eof { try fill() }
    let end = min(buffer.count, start + limit)
    if end == buffer.count && eof && start < end { return take(upTo: end) }
    if let nl = buffer[start..<end].lastIndex(of: 0x0A) { return take(upTo: nl + 1) }
    return try next()
  }

  private mutating func take(upTo end: Int) -> (bytes: ArraySlice<UInt8>, offset: Int) {
    let piece = buffer[start..<end]
    let at = offset
    offset += end - start
    start = end
    return (piece, at)
  }

  /// Where to cut a long line: after the last space that follows a non-space, else at the last
  /// UTF-8 lead byte.
  private func safeCut() -> Int {
    let end = start + Self.maxPiece
    var k = end - 1
    while k > start + Self.maxPiece / 2 {
      if buffer[k] != 0x20 && buffer[k + 1] == 0x20 { return k + 1 }
      k -= 1
    }
    k = end
    while k > start + 1 && (buffer[k] & 0xC0) == 0x80 { k -= 1 }
    return k
  }

  private mutating func fill() throws(InputError) {
    if start > 0 {
      buffer.removeSubrange(0..<start)
      start = 0
    }
    let chunk = 1 << 16
    let old = buffer.count
    buffer.append(contentsOf: repeatElement(0, count: chunk))
    let n = buffer.withUnsafeMutableBufferPointer { read(fd, $0.baseAddress! + old, chunk) }
    if n < 0 {
      let message = String(cString: strerror(errno))
      buffer.removeSubrange(old...)
      throw InputError(file: path, code: .unreadable, message: "read failed: \(message)")
    }
    buffer.removeSubrange((old + n)...)
    if n == 0 { eof = true }
    if !sawFirstBlock && !buffer.isEmpty {
      sawFirstBlock = true
      if buffer.count >= 2 && (buffer[0] == 0xFF && buffer[1] == 0xFE || buffer[0] == 0xFE && buffer[1] == 0xFF) {
        throw InputError(
          file: path, code: .badData,
          message: "looks like UTF-16 (byte order mark at byte 0); convert it first: iconv -f UTF-16 -t UTF-8 '\(path)'")
      }
    }
  }
}

/// A problem with an input, with the exit code it maps to.
struct InputError: Error {
  enum Code { case missing, unreadable, badData }
  var file: String
  var code: Code
  var message: String

  var exitCode: Int32 {
    switch code {
    case .missing, .unreadable: 66
    case .badData: 65
    }
  }

  /// The message for standard error. Bad data stops the output where it was found, so the
  /// message says that what was written for this input is not all of it.
  var description: String {
    let incomplete = code == .badData ? "; the output for this input is incomplete" : ""
    return "quotenorm: \(file == "-" ? "<stdin>" : file): \(message)\(incomplete)"
  }
}
