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
}
