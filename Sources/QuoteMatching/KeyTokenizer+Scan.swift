/// FNV-1a, 64 bits, over UTF-8 bytes: the identity of a word everywhere in this module.
///
/// Stable across runs and machines (unlike `Hasher`), so term ids, tables and output order never
/// depend on the process. Two distinct words share a hash with probability about 2⁻⁶⁴ per pair.
///
/// ```swift
/// WordHash.of("happen") == WordHash.of("happen")  // true
/// ```
///
/// - Complexity: O(*k*) in the word's UTF-8 length.
struct WordHash: Sendable {
  private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

  mutating func add(_ byte: UInt8) {
    value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
  }

  mutating func add(_ s: String) {
    for b in s.utf8 { add(b) }
  }

  static func of(_ s: String) -> UInt64 {
    var h = WordHash()
    h.add(s)
    return h.value
  }

  static func of(_ bytes: some Sequence<UInt8>) -> UInt64 {
    var h = WordHash()
    for b in bytes { h.add(b) }
    return h.value
  }
}

extension KeyTokenizer {
  /// The scan over a key without dictionary-segmented scripts.
  struct Scan {
    let bytes: UnsafeBufferPointer<UInt8>
    var out: [KeyToken] = []
    var marks = PunctuationState()
    var scalar = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
      self.bytes = bytes
      out.reserveCapacity(bytes.count / 5 + 1)
    }

    /// The scalar at byte `i` and its length, and whether it belongs in a word.
    func classify(_ i: Int) -> (isWord: Bool, isDigit: Bool, isLetter: Bool, length: Int) {
      let b = bytes[i]
      if b < 0x80 {
        let digit = b >= 0x30 && b <= 0x39
        let letter = (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A)
        return (digit || letter, digit, letter, 1)
      }
      let (v, len) = UTF8Scalar.decode(bytes, at: i)
      guard let s = Unicode.Scalar(v) else { return (false, false, false, len) }
      let p = s.properties
      switch p.generalCategory {
      case .decimalNumber: return (true, true, false, len)
      case .nonspacingMark, .spacingMark, .enclosingMark: return (true, false, true, len)
      default:
        let letter = p.isAlphabetic
        return (letter, false, letter, len)
      }
    }

    mutating func run() {
      let n = bytes.count
      var i = 0
      while i < n {
        let c = classify(i)
        if !c.isWord {
          if c.length == 1 { marks.see(bytes[i]) }
          if bytes[i] == UInt8(ascii: "(") || bytes[i] == UInt8(ascii: "[") || bytes[i] == UInt8(ascii: "{") {
            marks.noteOpen(at: out.count)
          }
          i += c.length
          scalar += 1
          continue
        }
        if c.isLetter, let end = acronymEnd(from: i) {
          emitAcronym(i..<end)
          i = end
          continue
        }
        word(from: i)
        i = out[out.count - 1].bytes.upperBound
      }
      marks.close(&out)
    }

    /// Reads one word starting at `start` and appends it.
    mutating func word(from start: Int) {
      let n = bytes.count
      var i = start
      var h = WordHash()
      var flags = marks.take(first: out.isEmpty)
      let firstScalar = scalar
      var allDigits = true
      var zerosSoFar = true
      var lastWasLetter = false
      var lastWasDigit = false
      while i < n {
        let c = classify(i)
        if c.isWord {
          // A number's leading zeros do not count (`09:30` is `9:30`).
          let leadingZero =
            zerosSoFar && bytes[i] == UInt8(ascii: "0") && i + 1 < n && classify(i + 1).isDigit
          zerosSoFar = leadingZero
          if !leadingZero {
            for k in i..<(i + c.length) { h.add(bytes[k]) }
          }
          allDigits = allDigits && c.isDigit
          lastWasLetter = c.isLetter
          lastWasDigit = c.isDigit
          i += c.length
          scalar += 1
          continue
        }
        // Joiners: an apostrophe between letters, a . or , between digits.
        let b = bytes[i]
        if i + 1 < n {
          let next = classify(i + 1)
          if b == UInt8(ascii: "'") && lastWasLetter && next.isLetter {
            flags.insert(.apostrophe)
            h.add(b)
            i += 1
            scalar += 1
            continue
          }
          if (b == UInt8(ascii: ".") || b == UInt8(ascii: ",")) && lastWasDigit && next.isDigit {
            h.add(b)
            i += 1
            scalar += 1
            continue
          }
        }
        break
      }
      if allDigits { flags.insert(.numeric) }
      out.append(KeyToken(bytes: start..<i, scalars: firstScalar..<scalar, hash: h.value, flags: flags))
    }

    /// The end of an acronym written with dots starting at `start`, or nil: at least two units,
    /// each a single letter or the same letter twice (Spanish plurals: `ee. uu.`, `ff. aa.`)
    /// followed by a dot, with one space or none between them (`u.s.`, `u. s.`, `i. a.`,
    /// initials `j. k.`).
    func acronymEnd(from start: Int) -> Int? {
      let n = bytes.count
      var i = start
      var units = 0
      var end = start
      while i < n {
        let c = classify(i)
        guard c.isLetter else { break }
        var dot = i + c.length
        if dot + c.length < n, bytes[dot] != UInt8(ascii: "."),
          (0..<c.length).allSatisfy({ bytes[i + $0] == bytes[dot + $0] })
        {
          dot += c.length
        }
        guard dot < n, bytes[dot] == UInt8(ascii: ".") else { break }
        units += 1
        i = dot + 1
        end = i
        if i + 1 < n, bytes[i] == UInt8(ascii: " "), classify(i + 1).isLetter { i += 1 }
      }
      return units >= 2 ? end : nil
    }

    mutating func emitAcronym(_ r: Range<Int>) {
      var h = WordHash()
      var count = 0
      var i = r.lowerBound
      while i < r.upperBound {
        let c = classify(i)
        if c.isLetter { for k in i..<(i + c.length) { h.add(bytes[k]) } }
        i += c.length
        count += 1
      }
      var flags = marks.take(first: out.isEmpty)
      flags.insert(.dotted)
      // The final dot is the acronym's, not a clause end.
      out.append(KeyToken(bytes: r, scalars: scalar..<(scalar + count), hash: h.value, flags: flags))
      scalar += count
    }

    func finish() -> [KeyToken] { out }
  }
}
