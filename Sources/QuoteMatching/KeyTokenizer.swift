import QuoteICU

/// What a word of a match key carries besides its text.
struct TokenFlags: OptionSet, Sendable, Hashable {
  let rawValue: UInt8
  /// Inside `(…)`, `[…]` or `{…}`: editorial text, not the speaker's words.
  static let bracketed = TokenFlags(rawValue: 1 << 0)
  /// An elision (`…`, `...`, `[…]`) stands right before this word.
  static let gapBefore = TokenFlags(rawValue: 1 << 1)
  /// The first word of a clause (after `.`, `,`, `;`, `:`, `!`, `?`, a quotation mark or a
  /// bracket, or at the start).
  static let clauseStart = TokenFlags(rawValue: 1 << 2)
  /// Digits.
  static let numeric = TokenFlags(rawValue: 1 << 3)
  /// Has an apostrophe between letters (`won't`, `l'etat`).
  static let apostrophe = TokenFlags(rawValue: 1 << 4)
  /// An elision follows the last word (set on the last word only).
  static let gapAfter = TokenFlags(rawValue: 1 << 5)
  /// An acronym written with dots (`u.s.`, `i. a.`): its bytes are not its letters.
  static let dotted = TokenFlags(rawValue: 1 << 6)
}

/// One word of a match key: where it lies and its hash.
struct KeyToken: Sendable, Hashable {
  /// UTF-8 offsets in the key (for acronyms like `u.s.` the dots are inside the range).
  var bytes: Range<Int>
  /// Unicode scalar offsets in the key.
  var scalars: Range<Int>
  /// ``WordHash`` of the word's letters (an acronym's letters without its dots).
  var hash: UInt64
  var flags: TokenFlags
}

/// Splits a match key (the text of `Normalizer(profile: .match)`: case-folded, quotation marks
/// and apostrophes ASCII, `…` written `...`) into words.
///
/// Letters, marks and digits make words; an apostrophe between letters stays inside the word,
/// `.` or `,` between digits inside the number; hyphens and all other punctuation separate.
/// Single letters joined by dots (`u.s.`, `u.k.`) make one word (`us`). Text in a script
/// written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar) is segmented by ICU's
/// dictionary word breaker instead.
///
/// ```swift
/// KeyTokenizer.tokens(in: "that won't happen (u.s.) ...").map(\.flags)
/// ```
///
/// - Complexity: O(*n*) in the key's UTF-8 length.
enum KeyTokenizer {
  static func tokens(in key: String, language: String? = nil) -> [KeyToken] {
    var copy = key
    return copy.withUTF8 { bytes in
      if needsDictionarySegmentation(bytes) {
        return icuTokens(key, bytes: bytes, language: language)
      }
      var scan = Scan(bytes: bytes)
      scan.run()
      return scan.finish()
    }
  }

  /// Whether the text holds a script written without spaces between words.
  static func needsDictionarySegmentation(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      if b < 0xE0 {
        i += b < 0x80 ? 1 : 2
        continue
      }
      let (s, len) = UTF8Scalar.decode(bytes, at: i)
      i += len
      switch s {
      case 0x0E00...0x0EFF, 0x1000...0x109F, 0x1780...0x17FF, 0x3040...0x30FF, 0x3400...0x4DBF,
        0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F:
        return true
      default: continue
      }
    }
    return false
  }

  /// Words by ICU's word break iterator (segments with a letter, number, kana or ideograph rule
  /// status), with brackets, elisions and clause starts read from the segments between them.
  static func icuTokens(_ key: String, bytes: UnsafeBufferPointer<UInt8>, language: String?) -> [KeyToken] {
    let utf16 = Array(key.utf16)
    guard let segments = try? ICUBreakIterator.segments(utf16, kind: .word, locale: language ?? "") else {
      return []
    }
    // UTF-16 offset → (scalar offset, byte offset), walking the key once.
    var scalarAt = [Int](repeating: 0, count: utf16.count + 1)
    var byteAt = [Int](repeating: 0, count: utf16.count + 1)
    var u = 0
    var sc = 0
    var by = 0
    for s in key.unicodeScalars {
      let w16 = s.value > 0xFFFF ? 2 : 1
      for k in 0..<w16 {
        scalarAt[u + k] = sc
        byteAt[u + k] = by
      }
      u += w16
      sc += 1
      by += UTF8.width(s)
    }
    scalarAt[utf16.count] = sc
    byteAt[utf16.count] = by
    var out: [KeyToken] = []
    var marks = PunctuationState()
    for seg in segments {
      let r = byteAt[seg.start]..<byteAt[seg.end]
      if seg.ruleStatus < 100 {
        for i in r { marks.see(bytes[i]) }
        continue
      }
      var h = WordHash()
      for i in r { h.add(bytes[i]) }
      var flags = marks.take(first: out.isEmpty)
      if seg.ruleStatus < 200 { flags.insert(.numeric) }
      out.append(KeyToken(bytes: r, scalars: scalarAt[seg.start]..<scalarAt[seg.end], hash: h.value, flags: flags))
    }
    marks.close(&out)
    return out
  }
}

/// Brackets, elisions and clause boundaries seen between words.
struct PunctuationState {
  var depth = 0
  /// Index of the first word after the outermost open bracket, to clear if it never closes.
  var openedAt: Int? = nil
  var dots = 0
  var gap = false
  var clause = false

  mutating func see(_ b: UInt8) {
    if b == UInt8(ascii: ".") {
      dots += 1
      if dots >= 2 { gap = true }
      clause = true
      return
    }
    dots = 0
    switch b {
    case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
      depth += 1
      clause = true
    case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
      if depth > 0 { depth -= 1 }
      if depth == 0 { openedAt = nil }
      clause = true
    case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"),
      UInt8(ascii: "\""):
      clause = true
    default: break
    }
  }

  /// The flags for the next word, resetting what they consumed.
  mutating func take(first: Bool) -> TokenFlags {
    var f: TokenFlags = []
    if depth > 0 { f.insert(.bracketed) }
    if gap && !first { f.insert(.gapBefore) }
    if clause || first { f.insert(.clauseStart) }
    gap = false
    clause = false
    dots = 0
    return f
  }

  /// Marks a trailing elision and clears the bracket flag of words after a bracket that
  /// never closed (an unbalanced `(` is a typo, not an insertion).
  mutating func close(_ tokens: inout [KeyToken]) {
    if gap, !tokens.isEmpty { tokens[tokens.count - 1].flags.insert(.gapAfter) }
    if depth > 0, let k = openedAt {
      for i in k..<tokens.count { tokens[i].flags.remove(.bracketed) }
    }
  }

  mutating func noteOpen(at index: Int) {
    if depth == 1 && openedAt == nil { openedAt = index }
  }
}

/// Decoding one scalar from UTF-8 bytes known to be valid.
enum UTF8Scalar {
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
    let b = UInt32(bytes[i])
    if b < 0x80 { return (b, 1) }
    let n = bytes.count
    func cont(_ k: Int) -> UInt32 { i + k < n ? UInt32(bytes[i + k] & 0x3F) : 0 }
    if b < 0xE0 { return ((b & 0x1F) << 6 | cont(1), 2) }
    if b < 0xF0 { return ((b & 0x0F) << 12 | cont(1) << 6 | cont(2), 3) }
    return ((b & 0x07) << 18 | cont(1) << 12 | cont(2) << 6 | cont(3), 4)
  }
}
