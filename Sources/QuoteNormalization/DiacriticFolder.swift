import QuoteICU

/// Removes diacritics from Latin letters (`é` → `e`, `ệ` → `e`, `ñ` → `n`) and spells the
/// Latin letters that have no decomposition in ASCII (`ł` → `l`, `ø` → `o`, `æ` → `ae`,
/// `œ` → `oe`, `ß` → `ss`, `đ` → `d`, `þ` → `th`), keeping case. Letters of other scripts keep
/// their marks: Cyrillic `й`, Greek `ά` and Devanagari vowel signs are left alone.
///
/// - Complexity: O(*n*); the table of ~1,500 Latin letters is built once, with ICU's NFD.
struct DiacriticFolder: NormalizationStep {
  var triggers: LineFeatures { .nonASCII }

  /// Letters without a canonical decomposition, spelled in ASCII.
  static let special: [UInt32: String] = [
    0x0141: "L", 0x0142: "l", 0x00D8: "O", 0x00F8: "o", 0x00C6: "AE", 0x00E6: "ae",
    0x0152: "OE", 0x0153: "oe", 0x00DF: "ss", 0x1E9E: "SS", 0x0110: "D", 0x0111: "d",
    0x00DE: "TH", 0x00FE: "th", 0x00D0: "D", 0x00F0: "d", 0x0131: "i", 0x0126: "H", 0x0127: "h",
    0x0166: "T", 0x0167: "t", 0x013F: "L", 0x0140: "l", 0x0180: "b", 0x0197: "I", 0x0268: "i",
    0x01B5: "Z", 0x01B6: "z", 0x0189: "D", 0x0256: "d", 0x023A: "A", 0x2C65: "a",
  ]

  static func isLatinRange(_ v: UInt32) -> Bool {
    (0xC0...0x24F).contains(v) || (0x1E00...0x1EFF).contains(v) || (0x2C60...0x2C7F).contains(v)
      || (0xA720...0xA7FF).contains(v) || (0xAB30...0xAB6F).contains(v)
  }

  static func isCombiningMark(_ v: UInt32) -> Bool {
    (0x300...0x36F).contains(v) || (0x1AB0...0x1AFF).contains(v) || (0x1DC0...0x1DFF).contains(v)
      || (0x20D0...0x20FF).contains(v) || (0xFE20...0xFE2F).contains(v)
  }

  /// Folded spelling of every Latin letter that changes.
  static let table: [UInt32: [Unicode.Scalar]] = {
    var t: [UInt32: [Unicode.Scalar]] = [:]
    let ranges: [ClosedRange<UInt32>] = [
      0xC0...0x24F, 0x1E00...0x1EFF, 0x2C60...0x2C7F, 0xA720...0xA7FF, 0xAB30...0xAB6F,
    ]
    for range in ranges {
      for v in range {
        guard let c = Unicode.Scalar(v), c.properties.isAlphabetic else { continue }
        if let sp = special[v] {
          t[v] = Array(sp.unicodeScalars)
          continue
        }
        guard let d = try? ICUNormalizer.normalize(String(c), form: .nfd) else { continue }
        var base = Array(d.unicodeScalars.filter { !isCombiningMark($0.value) })
        if let first = base.first, let sp = special[first.value] {
          base = Array(sp.unicodeScalars) + base.dropFirst()
        }
        if !base.isEmpty && base != [c] { t[v] = base }
      }
    }
    return t
  }()

  /// Folded spelling of U+00C0..<U+0250 (the common accented letters), for direct indexing.
  static let latinBlock: [[Unicode.Scalar]?] = (0xC0..<0x250).map { table[UInt32($0)] }
  /// Bit per BMP scalar: a combining mark (Mn, Mc, Me) — transparent between a base and marks.
  static let markBits: [UInt64] = {
    var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
    for v in 0x300..<0x10000 {
      guard let c = Unicode.Scalar(UInt32(v)) else { continue }
      switch c.properties.generalCategory {
      case .nonspacingMark, .spacingMark, .enclosingMark: bits[v >> 6] |= 1 << UInt64(v & 63)
      default: break
      }
    }
    return bits
  }()

  @inline(__always)
  static func isMark(_ v: UInt32, _ bits: UnsafeBufferPointer<UInt64>) -> Bool {
    v >= 0x300 && (v >= 0x10000 || bits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0)
  }

  func apply(to s: [Unicode.Scalar]) -> StepResult? {
    var rw = ScalarRewriter(s)
    var previousIsLatin = false
    Self.markBits.withUnsafeBufferPointer { bits in
      for i in s.indices {
        let c = s[i]
        let v = c.value
        if v < 0x80 {
          previousIsLatin = c.isASCIILetter
          continue
        }
        if Self.isCombiningMark(v) {
          if previousIsLatin { rw.delete(i..<(i + 1), rule: .diacritic) }
          continue
        }
        // Other marks keep the base they follow (NFC may compose across them).
        if Self.isMark(v, bits) { continue }
        if v < 0x250 {
          previousIsLatin = v >= 0xC0 && v != 0xD7 && v != 0xF7
          if v >= 0xC0, let folded = Self.latinBlock[Int(v - 0xC0)] {
            rw.replace(i..<(i + 1), with: folded, rule: .diacritic)
          }
        } else if Self.isLatinRange(v) {
          previousIsLatin = true
          if let folded = Self.table[v] { rw.replace(i..<(i + 1), with: folded, rule: .diacritic) }
        } else {
          previousIsLatin = false
        }
      }
    }
    return rw.finish()
  }
}
