import QuoteICU

/// The single-byte encodings that UTF-8 text is commonly misread as, with byte ↔ scalar tables
/// built once (Windows-1252, Latin-1, Mac OS Roman, Windows-1251, -1250, -1253 and -1257,
/// codepage 437 and ISO 8859-2).
///
/// The decoders modelled:
/// - `sloppyWindows1252`: Windows-1252 where the five undefined bytes 0x81 0x8D 0x8F 0x90 0x9D
///   decode to the C1 controls U+0081 …, as browsers and sloppy decoders do. Latin-1 is a subset
///   of its inverse: every C1 control U+0080–U+009F maps back to its own byte, so one inverse
///   table undoes both Windows-1252 and Latin-1 mojibake. Its inverse also reads the six letters
///   Windows-1254 (Turkish) has where Windows-1252 has `Ð Ý Þ ð ý þ` (``windows1254Letters``).
/// - `macRoman`: classic Mac OS Roman, with 0xF0 as U+F8FF (the Apple logo).
/// - from ICU's converters, undefined bytes below 0xA0 as C1 controls too: `windows1251`
///   (Cyrillic: `РїСЂРёРІРµС‚` for `привет`), `windows1250` (Central European: `Ĺ˝luĹĄouÄŤkĂ˝`
///   for `Žluťoučký`), `windows1253` (Greek: `ΞΉΞ±` for `ια`), `windows1257` (Baltic:
///   `Ä“` for `ē`) and `cp437` (the DOS console: `ΓÇÖ` for `’`).
/// - `iso88592`: ISO 8859-2 (Central European), whose bytes 0x80–0x9F are C1 controls. It maps
///   the Windows-1252 glyphs `š`, `ž`, `ś` to other continuation bytes, so the repairer reads a
///   run under it only if the run has a glyph Windows-1252 lacks (`Îš` stays `Κ`, not `ι`), and
///   prefers Windows-1250 at a tie unless the line shows ISO 8859-2
///   (``MojibakeRepairer/RepairSession/showsISO88592(_:)``).
///
/// ```swift
/// SingleByteEncoding.sloppyWindows1252.byte(of: "€")  // 0x80
/// SingleByteEncoding.macRoman.byte(of: "€")           // 0xDB
/// SingleByteEncoding.windows1251.byte(of: "Р")        // 0xD0
/// ```
enum SingleByteEncoding: Sendable, CaseIterable {
  case sloppyWindows1252
  case macRoman
  case windows1251
  case windows1250
  case windows1253
  case windows1257
  case cp437
  case iso88592

  /// The encoding whose lane in ``packedBytes(of:)`` starts at bit `shift`.
  init?(shift: UInt64) {
    guard shift % 8 == 0, shift < 8 * UInt64(Self.allCases.count) else { return nil }
    self = Self.allCases[Int(shift / 8)]
  }

  /// The lane of this encoding's byte in ``packedBytes(of:)``: eight bits per encoding, in the
  /// order of ``allCases``.
  @inline(__always)
  var shift: UInt64 {
    switch self {
    case .sloppyWindows1252: 0
    case .macRoman: 8
    case .windows1251: 16
    case .windows1250: 24
    case .windows1253: 32
    case .windows1257: 40
    case .cp437: 48
    case .iso88592: 56
    }
  }

  /// Every lane's shift, in order (a constant stride, not a stored array: hot loops read it).
  /// Eight lanes fill the `UInt64` of ``packedBytes(of:)``: a ninth encoding needs a wider one.
  @inline(__always)
  static var shifts: StrideTo<UInt64> { stride(from: 0, to: 64, by: 8) }

  /// Scalars of the bytes 0x80–0xFF under sloppy Windows-1252.
  static let windows1252High: [UInt32] = [
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7,
    0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7,
    0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF,
    0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7,
    0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF,
    0x00D0, 0x00D1, 0x00D2, 0x00D3, 0x00D4, 0x00D5, 0x00D6, 0x00D7,
    0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF,
    0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7,
    0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC, 0x00ED, 0x00EE, 0x00EF,
    0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7,
    0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF,
  ]

  /// Scalars of the bytes 0x80–0xFF under Mac OS Roman.
  static let macRomanHigh: [UInt32] = [
    0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1,
    0x00E0, 0x00E2, 0x00E4, 0x00E3, 0x00E5, 0x00E7, 0x00E9, 0x00E8,
    0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3,
    0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC,
    0x2020, 0x00B0, 0x00A2, 0x00A3, 0x00A7, 0x2022, 0x00B6, 0x00DF,
    0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8,
    0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202, 0x2211,
    0x220F, 0x03C0, 0x222B, 0x00AA, 0x00BA, 0x03A9, 0x00E6, 0x00F8,
    0x00BF, 0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB,
    0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153,
    0x2013, 0x2014, 0x201C, 0x201D, 0x2018, 0x2019, 0x00F7, 0x25CA,
    0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02,
    0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1,
    0x00CB, 0x00C8, 0x00CD, 0x00CE, 0x00CF, 0x00CC, 0x00D3, 0x00D4,
    0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC,
    0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7,
  ]

  /// Scalars of the bytes 0x80–0xFF under an ICU codepage: undefined bytes below 0xA0 as C1
  /// controls, others 0 (all 0 if ICU lacks the converter).
  private static func high(_ converter: String) -> [UInt32] {
    let table = (try? ICUCodepage.decodeAllBytes(converter: converter)) ?? []
    return (0x80...0xFF).map { byte in
      guard byte < table.count else { return 0 }
      return table[byte].map(\.value) ?? (byte < 0xA0 ? UInt32(byte) : 0)
    }
  }

  /// Scalars of the bytes 0x80–0xFF under the ICU codepages.
  static let windows1251High = high("windows-1251")
  static let windows1250High = high("windows-1250")
  static let windows1253High = high("windows-1253")
  static let windows1257High = high("windows-1257")
  static let cp437High = high("ibm-437")
  static let iso88592High = high("ISO-8859-2")

  /// Inverse of the tables, packed one lane per encoding (``shift``; 0 = not a high byte),
  /// sorted by scalar. Latin-1 needs no table of its own: every C1 control U+0080–U+009F reads
  /// back as its own byte under the sloppy decoder.
  private static let inverse: [(scalar: UInt32, packed: UInt64)] = {
    var packed: [UInt32: UInt64] = [:]
    let tables = [
      windows1252High, macRomanHigh, windows1251High, windows1250High, windows1253High,
      windows1257High, cp437High, iso88592High,
    ]
    for index in 0..<0x80 {
      let byte = UInt64(0x80 + index)
      if index < 0x20 { packed[UInt32(0x80 + index), default: 0] |= byte }
      for (lane, table) in tables.enumerated() where table.count == 0x80 && table[index] != 0 {
        packed[table[index], default: 0] |= byte << UInt64(8 * lane)
      }
    }
    // Windows-1254 (Turkish) differs from Windows-1252 in six letters only; the first lane
    // reads them too (`ğŸ˜€` is F0 9F 98 80, `😀`). They are not Windows-1252 glyphs, so no byte
    // of that lane changes meaning.
    for (scalar, byte) in windows1254Letters { packed[scalar, default: 0] |= UInt64(byte) }
    return packed.sorted { $0.key < $1.key }.map { (scalar: $0.key, packed: $0.value) }
  }()

  /// The letters of Windows-1254 (Turkish) at the bytes where Windows-1252 has `Ð Ý Þ ð ý þ`.
  static let windows1254Letters: [(scalar: UInt32, byte: UInt8)] = [
    (0x011E, 0xD0), (0x0130, 0xDD), (0x015E, 0xDE), (0x011F, 0xF0), (0x0131, 0xFD), (0x015F, 0xFE),
  ]

  /// Whether `scalar` is ASCII or a glyph of sloppy Windows-1252 itself (not one of the
  /// ``windows1254Letters`` its lane also reads).
  @inline(__always)
  static func isWindows1252Glyph(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0..<0x80: return true
    case 0x11E, 0x11F, 0x130, 0x131, 0x15E, 0x15F: return false  // windows1254Letters
    default: return sloppyWindows1252.byte(of: scalar) != nil
    }
  }

  /// Direct lookup for U+0080–U+04FF: Latin-1, Latin Extended, Greek and Cyrillic, where nearly
  /// every mojibake scalar falls.
  private static let directInverse: [UInt64] = {
    var table = [UInt64](repeating: 0, count: 0x500 - 0x80)
    for entry in inverse where entry.scalar >= 0x80 && entry.scalar < 0x500 {
      table[Int(entry.scalar - 0x80)] = entry.packed
    }
    return table
  }()

  /// Sorted lookup for the remaining scalars (punctuation and symbols from U+2013 on).
  private static let beyondInverse: [(scalar: UInt32, packed: UInt64)] = inverse.filter {
    $0.scalar >= 0x500
  }

  /// The high bytes (0x80–0xFF) that `value` reads back as, one lane of eight bits per
  /// encoding (see ``shift``); 0 in a lane means the scalar is not a high byte of that encoding
  /// (ASCII included).
  ///
  /// - Complexity: O(1) below U+0500; a binary search over about 130 entries otherwise.
  @inline(__always)
  static func packedBytes(of value: UInt32) -> UInt64 {
    if value < 0x80 { return 0 }
    if value < 0x500 { return directInverse[Int(value &- 0x80)] }
    if value < 0x2013 || value > 0xFB02 { return 0 }
    let table = beyondInverse
    var low = 0
    var high = table.count
    while low < high {
      let mid = (low + high) / 2
      if table[mid].scalar < value { low = mid + 1 } else { high = mid }
    }
    return low < table.count && table[low].scalar == value ? table[low].packed : 0
  }

  /// The byte that `scalar` reads back as under this encoding, or `nil` if it is not a high byte.
  ///
  /// - Complexity: O(1) amortized; see ``packedBytes(of:)``.
  @inline(__always)
  func byte(of scalar: Unicode.Scalar) -> UInt8? {
    let byte = UInt8(truncatingIfNeeded: Self.packedBytes(of: scalar.value) >> shift)
    return byte == 0 ? nil : byte
  }

  /// Whether `byte` can start a multi-byte UTF-8 sequence.
  @inline(__always)
  static func isLead(_ byte: UInt8) -> Bool { byte >= 0xC2 && byte <= 0xF4 }

  /// Whether `byte` is a UTF-8 continuation byte.
  @inline(__always)
  static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

  /// The number of continuation bytes a lead byte asks for, and the allowed range of the first one
  /// (which excludes overlong forms, surrogates and values past U+10FFFF).
  @inline(__always)
  static func sequenceShape(lead: UInt8) -> (continuations: Int, first: ClosedRange<UInt8>) {
    switch lead {
    case 0xC2...0xDF: return (1, 0x80...0xBF)
    case 0xE0: return (2, 0xA0...0xBF)
    case 0xED: return (2, 0x80...0x9F)
    case 0xE1...0xEF: return (2, 0x80...0xBF)
    case 0xF0: return (3, 0x90...0xBF)
    case 0xF4: return (3, 0x80...0x8F)
    default: return (3, 0x80...0xBF)
    }
  }
}
