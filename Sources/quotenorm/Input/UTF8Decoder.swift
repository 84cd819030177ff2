#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Decodes input bytes as UTF-8, locating the first invalid byte or replacing invalid
/// sequences with U+FFFD (one per maximal invalid subpart, as the Unicode standard recommends).
enum UTF8Decoder {
  enum Outcome {
    case valid(String)
    /// The first invalid byte's offset within the bytes.
    case invalid(offset: Int)
    /// A NUL byte: the input is binary, not text.
    case binary(offset: Int)
  }

  /// Decodes strictly.
  ///
  /// - Complexity: O(*n*).
  static func decode(_ bytes: ArraySlice<UInt8>) -> Outcome {
    if let nul = bytes.firstIndex(of: 0) { return .binary(offset: nul - bytes.startIndex) }
    if let s = String(validating: bytes, as: UTF8.self) { return .valid(s) }
    return .invalid(offset: firstInvalidOffset(bytes))
  }

  /// Whether `bytes` are text as ``decode(_:)`` takes it, valid UTF-8 without a NUL byte,
  /// checked without building a `String`.
  ///
  /// - Complexity: O(*n*).
  static func isValidText(_ bytes: ArraySlice<UInt8>) -> Bool {
    let hasNUL = bytes.withUnsafeBufferPointer { b in
      b.baseAddress.map { memchr($0, 0, b.count) != nil } ?? false
    }
    guard !hasNUL else { return false }
    return (try? UTF8Span(validating: bytes.span)) != nil
  }

  /// Decodes, replacing invalid sequences; returns the text and the number of replacements.
  ///
  /// - Complexity: O(*n*).
  static func decodeReplacing(_ bytes: ArraySlice<UInt8>) -> (String, Int) {
    var count = 0
    var it = bytes.makeIterator()
    var decoder = UTF8()
    var out = String.UnicodeScalarView()
    loop: while true {
      switch decoder.decode(&it) {
      case .scalarValue(let s): out.append(s)
      case .emptyInput: break loop
      case .error:
        count += 1
        out.append("\u{FFFD}")
      }
    }
    return (String(out), count)
  }

  /// The offset of the first byte that starts an invalid sequence.
  static func firstInvalidOffset(_ bytes: ArraySlice<UInt8>) -> Int {
    var it = bytes.makeIterator()
    var decoder = UTF8()
    var offset = 0
    while true {
      switch decoder.decode(&it) {
      case .scalarValue(let s): offset += UTF8.width(s)
      case .emptyInput: return offset
      case .error: return offset
      }
    }
  }

  /// The bytes of `path` at byte `offset` as text under `policy`: invalid UTF-8 stops with its
  /// offset (or, under `.replace`, becomes U+FFFD, counted in `replaced`); a NUL byte always
  /// stops (binary data).
  ///
  /// - Throws: ``InputError`` with code `.badData` and the byte offset.
  /// - Complexity: O(*n*).
  static func text(
    _ bytes: ArraySlice<UInt8>, at offset: Int, in path: String, policy: InvalidUTF8Policy,
    replaced: inout Int
  ) throws(InputError) -> String {
    switch decode(bytes) {
    case .valid(let s):
      return s
    case .binary(let at):
      throw InputError(
        file: path, code: .badData,
        message: "binary data (NUL byte at byte offset \(offset + at)); QuoteNorm reads UTF-8 text")
    case .invalid(let at):
      guard policy == .replace else {
        throw InputError(
          file: path, code: .badData,
          message:
            "invalid UTF-8 at byte offset \(offset + at); fix the encoding (e.g. iconv -f WINDOWS-1252 -t UTF-8) or pass --invalid-utf8 replace"
        )
      }
      let (s, n) = decodeReplacing(bytes)
      replaced += n
      return s
    }
  }
}
