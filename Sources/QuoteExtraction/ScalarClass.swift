/// Character classes the extractor asks about, with ASCII fast paths: whitespace, letters,
/// case, digits, sentence-final and clause punctuation.
///
/// ```swift
/// ScalarClass.isSpace("\u{202F}")      // true: French narrow no-break space
/// ScalarClass.isTerminal("。")          // true
/// ```
enum ScalarClass {
  /// Spaces and line breaks, including the no-break and narrow spaces French puts inside « ».
  ///
  /// - Complexity: O(1).
  @inline(__always)
  static func isSpace(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
    switch v {
    case 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0x85: return true
    default: return false
    }
  }

  /// Letters (and marks, which attach to letters), any script.
  ///
  /// - Complexity: O(1).
  @inline(__always)
  static func isLetter(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
    if v < 0xC0 { return v == 0xAA || v == 0xB5 || v == 0xBA }
    if v == 0xD7 || v == 0xF7 { return false }
    if v < 0x250 { return true }
    switch v {
    case 0x386, 0x388...0x3FF, 0x400...0x481, 0x48A...0x52F, 0x4E00...0x9FFF, 0x3041...0x3096,
      0x30A1...0x30FA,
      0x620...0x64A, 0xAC00...0xD7A3:
      return true
    default: break
    }
    if (0x2000...0x2BFF).contains(v) || (0x3000...0x303F).contains(v)
      || (0xFF00...0xFF0F).contains(v)
    {
      return false
    }
    return s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark
  }

  /// Decimal digits, any script.
  ///
  /// - Complexity: O(1).
  @inline(__always)
  static func isDigit(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 { return v >= 0x30 && v <= 0x39 }
    return s.properties.numericType == .decimal
  }

  /// Letters or digits.
  @inline(__always)
  static func isWordCharacter(_ s: Unicode.Scalar) -> Bool { isLetter(s) || isDigit(s) }

  /// Uppercase or titlecase letters.
  ///
  /// - Complexity: O(1).
  @inline(__always)
  static func isUpper(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 { return v >= 0x41 && v <= 0x5A }
    if v < 0xC0 { return false }
    if v < 0xDF { return v != 0xD7 }
    if v < 0x100 { return false }
    if v < 0x530, let l = latinGreekCyrillicLower(v) { return l != v }
    if (0x3040...0x9FFF).contains(v) { return false }
    return s.properties.isUppercase || s.properties.generalCategory == .titlecaseLetter
  }

  /// The lowercase of a Latin Extended-A, Greek or Cyrillic letter, where a table-free rule
  /// gives it; `nil` elsewhere (ask Unicode).
  ///
  /// - Complexity: O(1).
  @inline(__always)
  static func latinGreekCyrillicLower(_ v: UInt32) -> UInt32? {
    switch v {
    case 0x100...0x12F, 0x132...0x137, 0x14A...0x177:
      return v | 1 == v ? v : v + 1  // even: capital; odd: small
    case 0x139...0x148, 0x179...0x17E:
      return v & 1 == 1 ? v + 1 : v  // odd: capital
    case 0x391...0x3A1, 0x3A3...0x3AB: return v + 0x20
    case 0x3AC...0x3CE: return v
    case 0x410...0x42F: return v + 0x20
    case 0x400...0x40F: return v + 0x50
    case 0x430...0x45F: return v
    default: return nil
    }
  }

  /// Lowercase letters.
  ///
  /// - Complexity: O(1).
  @inline(__always)
  static func isLower(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 { return v >= 0x61 && v <= 0x7A }
    if v < 0xDF { return v == 0xB5 }
    if v < 0x100 { return v != 0xF7 }
    return s.properties.isLowercase
  }

  /// Letters of scripts without case (CJK, Arabic, Hebrew, Thai, …): such a letter may start a
  /// sentence or a quotation as an uppercase letter would.
  ///
  /// - Complexity: O(1).
  @inline(__always)
  static func isCaseless(_ s: Unicode.Scalar) -> Bool {
    s.value >= 0x590 && isLetter(s) && !s.properties.changesWhenCaseMapped
  }

  /// Sentence-final punctuation: `. ! ? …` and their CJK, Arabic, Greek, Devanagari forms.
  ///
  /// - Complexity: O(1).
  @inline(__always)
  static func isTerminal(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x2E, 0x21, 0x3F, 0x2026, 0x3002, 0xFF01, 0xFF1F, 0xFF0E, 0x61F, 0x6D4, 0x37E, 0x964,
      0x965,
      0x203C, 0x2047...0x2049:
      return true
    default: return false
    }
  }

  /// Clause punctuation that a quotation often ends with before its cue: `, ; :` and CJK forms.
  ///
  /// - Complexity: O(1).
  @inline(__always)
  static func isClausePunctuation(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x2C, 0x3B, 0x3A, 0x3001, 0xFF0C, 0xFF1B, 0xFF1A, 0x60C, 0x61B: return true
    default: return false
    }
  }

  /// Dashes used to introduce a speaker (`— Name`) or set off a clause.
  ///
  /// - Complexity: O(1).
  @inline(__always)
  static func isDash(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x2D, 0x2010...0x2015, 0x2212: return true
    default: return false
    }
  }

  /// Punctuation and symbols (neither letter, digit nor space).
  ///
  /// - Complexity: O(1).
  @inline(__always)
  static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
    !isSpace(s) && !isLetter(s) && !isDigit(s)
  }

  /// Appends the UTF-8 of the lowercase form of `s` to `out` (ASCII fast path).
  ///
  /// - Complexity: O(1).
  @inline(__always)
  static func lowercased(_ s: Unicode.Scalar, utf8 out: inout [UInt8]) {
    let v = s.value
    if v < 0x80 {
      out.append(UInt8(v >= 0x41 && v <= 0x5A ? v + 0x20 : v))
    } else if !s.properties.changesWhenLowercased {
      if v < 0x800 {
        out.append(0xC0 | UInt8(v >> 6))
        out.append(0x80 | UInt8(v & 0x3F))
      } else if v < 0x10000 {
        out.append(0xE0 | UInt8(v >> 12))
        out.append(0x80 | UInt8((v >> 6) & 0x3F))
        out.append(0x80 | UInt8(v & 0x3F))
      } else {
        out.append(0xF0 | UInt8(v >> 18))
        out.append(0x80 | UInt8((v >> 12) & 0x3F))
        out.append(0x80 | UInt8((v >> 6) & 0x3F))
        out.append(0x80 | UInt8(v & 0x3F))
      }
    } else {
      out.append(contentsOf: s.properties.lowercaseMapping.utf8)
    }
  }

  /// The lowercase form of an ASCII or Latin-1 letter; other scalars through Unicode's mapping.
  ///
  /// - Complexity: O(1).
  @inline(__always)
  static func lowercased(_ s: Unicode.Scalar, into out: inout String.UnicodeScalarView) {
    let v = s.value
    if v < 0x80 {
      out.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(v + 0x20)) : s)
    } else if !s.properties.changesWhenLowercased {
      out.append(s)
    } else {
      out.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars)
    }
  }
}
