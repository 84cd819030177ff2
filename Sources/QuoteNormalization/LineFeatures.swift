/// What one line contains that some rule may act on, found in a single pass over its UTF-8
/// bytes. A rule whose triggers are absent from a line is skipped, and a line that triggers no
/// rule is copied through as bytes: most lines of clean text never become scalar arrays.
import QuoteICU

struct LineFeatures: OptionSet, Sendable {
  let rawValue: UInt32

  static let ampersand = LineFeatures(rawValue: 1 << 0)
  /// A pair that can start mojibake: a scalar that is a UTF-8 lead byte under Windows-1252,
  /// Latin-1, MacRoman, Windows-1251 or Windows-1250, followed by one that is a continuation
  /// byte (or a space, where a scraper turned NBSP into one). Invisibles between them are
  /// handled by the rerun after invisible removal.
  static let mojibakeCandidate = LineFeatures(rawValue: 1 << 1)
  /// C0 (other than tab and line feed), DEL or C1 controls.
  static let control = LineFeatures(rawValue: 1 << 2)
  /// CR, VT, FF, NEL, U+2028, U+2029.
  static let lineBreak = LineFeatures(rawValue: 1 << 3)
  static let invisible = LineFeatures(rawValue: 1 << 4)
  static let nonASCIISpace = LineFeatures(rawValue: 1 << 5)
  /// A tab, two spaces in a row, or a space before the line end.
  static let spaceRun = LineFeatures(rawValue: 1 << 6)
  static let nonASCII = LineFeatures(rawValue: 1 << 7)
  /// A scalar at or above U+0300.
  static let aboveLatin = LineFeatures(rawValue: 1 << 8)
  /// A scalar that NFC may change: one without a normalization boundary before it (it may
  /// combine with what precedes) or one that changes alone.
  static let nfcSensitive = LineFeatures(rawValue: 1 << 11)
  static let uppercaseASCII = LineFeatures(rawValue: 1 << 9)
  /// A backtick or two hyphens in a row.
  static let asciiPunctuation = LineFeatures(rawValue: 1 << 10)

  static let all = LineFeatures(rawValue: UInt32.max)

  /// Scans one line; also returns its number of scalars.
  ///
  /// - Complexity: O(*n*).
  static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (LineFeatures, Int) {
    mojibakeRoles.withUnsafeBufferPointer { roles in
      nfcFlags.withUnsafeBufferPointer { nfc in scan(bytes, roles: roles, nfc: nfc, blocks: true) }
    }
  }

  /// ``scan(_:)`` one byte at a time, without the eight-byte ``AsciiBlock`` path: the reference
  /// that tests hold the block path to.
  ///
  /// ```swift
  /// Array("It’s  here".utf8).withUnsafeBufferPointer { LineFeatures.scanByteByByte($0) }
  /// // == LineFeatures.scan($0)
  /// ```
  ///
  /// - Complexity: O(*n*).
  static func scanByteByByte(_ bytes: UnsafeBufferPointer<UInt8>) -> (LineFeatures, Int) {
    mojibakeRoles.withUnsafeBufferPointer { roles in
      nfcFlags.withUnsafeBufferPointer { nfc in scan(bytes, roles: roles, nfc: nfc, blocks: false) }
    }
  }

  /// The features of a line given as scalars (for the passes that check a changed line).
  ///
  /// - Complexity: O(*n*).
  static func scan(scalars: [Unicode.Scalar]) -> LineFeatures {
    var bytes: [UInt8] = []
    UTF8Scalars.encode(scalars, into: &bytes)
    return bytes.withUnsafeBufferPointer { scan($0).0 }
  }

  private static func scan(
    _ bytes: UnsafeBufferPointer<UInt8>, roles: UnsafeBufferPointer<UInt16>,
    nfc: UnsafeBufferPointer<UInt8>, blocks: Bool
  ) -> (LineFeatures, Int) {
    var f: UInt32 = 0
    var scalars = 0
    var i = 0
    let n = bytes.count
    var prevSpace = false
    var prevHyphen = false
    var prevRoles: UInt16 = 0
    while i < n {
      // Eight ASCII letters and single spaces at once (most of most text): the same features
      // and state as the byte-by-byte path below.
      if blocks, i + 8 <= n, let block = AsciiBlock(bytes, at: i) {
        if block.firstIsSpace {
          if prevRoles & 0x40 != 0 { f |= mojibakeCandidate.rawValue }
          if prevSpace { f |= spaceRun.rawValue }
        }
        i += 8
        if block.hasUppercase { f |= uppercaseASCII.rawValue }
        if block.hasSpacePair || (block.lastIsSpace && (i == n || bytes[i] == 0x0A)) {
          f |= spaceRun.rawValue
        }
        scalars += 8
        prevSpace = block.lastIsSpace
        prevHyphen = false
        prevRoles = 0
        continue
      }
      let b = bytes[i]
      if b < 0x80 {
        if prevRoles & 0x40 != 0 && b == 0x20 { f |= mojibakeCandidate.rawValue }
        prevRoles = 0
        scalars += 1
        i += 1
        switch b {
        case 0x61...0x7A, 0x30...0x39, 0x2C, 0x2E:
          prevSpace = false
          prevHyphen = false
          continue
        case 0x41...0x5A:
          f |= uppercaseASCII.rawValue
        case 0x20:
          if prevSpace || i == n || bytes[i] == 0x0A { f |= spaceRun.rawValue }
          prevSpace = true
          prevHyphen = false
          continue
        case 0x26: f |= ampersand.rawValue
        case 0x09: f |= spaceRun.rawValue
        case 0x0A: break
        case 0x0D, 0x0B, 0x0C: f |= lineBreak.rawValue
        case 0x60: f |= asciiPunctuation.rawValue
        case 0x2D:
          if prevHyphen { f |= asciiPunctuation.rawValue }
          prevHyphen = true
          prevSpace = false
          continue
        case 0x00..<0x20, 0x7F: f |= control.rawValue
        default: break
        }
        prevSpace = false
        prevHyphen = false
        continue
      }
      // Multi-byte scalar (the input is valid UTF-8).
      let start = i
      var v: UInt32
      if b < 0xE0 {
        v = (UInt32(b & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F)
        i += 2
      } else if b < 0xF0 {
        v =
          (UInt32(b & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6)
          | UInt32(bytes[i + 2] & 0x3F)
        i += 3
      } else {
        v =
          (UInt32(b & 0x07) << 18) | (UInt32(bytes[i + 1] & 0x3F) << 12)
          | (UInt32(bytes[i + 2] & 0x3F) << 6) | UInt32(bytes[i + 3] & 0x3F)
        i += 4
      }
      scalars += 1
      prevSpace = false
      prevHyphen = false
      f |= nonASCII.rawValue | classify(v, nfc: nfc)
      if v < 0x10000 {
        var m = roles[Int(v)]
        if isMojibakePair(prevRoles, m) { f |= mojibakeCandidate.rawValue }
        // A Windows-1251 or -1250 capital where no capital stands may be a lead whose
        // no-break space was lost too, as bit 6 says for Windows-1252 (`creerГ  il`,
        // `c'est-Ă -dire`, `traduction Ă  <…>`: ``MojibakeRepairer/isCaseBreak(in:at:)``).
        if m & 0x80 != 0 && Self.isCaseBreak(bytes, start, i) { m |= 0x40 }
        prevRoles = m
      } else {
        prevRoles = 0
      }
    }
    return (LineFeatures(rawValue: f), scalars)
  }

  /// Per BMP scalar, its roles as a UTF-8 byte under each legacy encoding: for Windows-1252,
  /// Latin-1 and MacRoman (in that order; Windows-1254's six letters of its own share the
  /// Windows-1252 bits) two bits each, lead byte (0xC2...0xF4) then
  /// continuation byte (0x80...0xBF); bit 6, a lead byte of a two-byte sequence (0xC2...0xDF)
  /// under Windows-1252 or Latin-1, whose continuation may have been a no-break space that a
  /// scraper turned into a space (`Ã ` for `à`; only where that reads as a letter real text
  /// uses, ``mayLoseNoBreakSpace(lead:)``); bit 7, a capital that is such a lead under
  /// Windows-1251 or -1250 and makes a lower-case letter (`Г`, `Ă`); bits 8–11, lead (two-byte
  /// sequences only) and continuation under Windows-1251 and Windows-1250; bits 12–13, under Windows-1251, the
  /// lead byte 0xE2 and the continuations 0x80…0x84 that follow it in the mojibake of
  /// punctuation, `€` and `™` (`вЂ™` is `’`, `в„ў` is `™`): `вЂ` appears in no real text, while
  /// the other three-byte leads are common lower-case letters; likewise the lead 0xEF and the
  /// second bytes of the byte order mark, U+FFFD, the Latin ligatures and the full-width forms
  /// (``specialsSecondBytes``: `п»ї` is the BOM, `пїЅ` U+FFFD, `п¬Ѓ` `ﬁ`); bits 14–15, lead (two-byte
  /// sequences and 0xE2) and continuation under any of Windows-1253, Windows-1257, codepage 437
  /// and ISO 8859-2 (`ΓÇÖ` is `’`).
  static let mojibakeRoles: [UInt16] = {
    var roles = [UInt16](repeating: 0, count: 0x10000)
    let codepages = [
      ("windows-1252", 0), ("windows-1254", 0), ("ISO-8859-1", 2), ("macintosh", 4),
      ("windows-1251", 8),
      ("windows-1250", 10), ("windows-1253", 14), ("windows-1257", 14), ("ibm-437", 14),
      ("ISO-8859-2", 14),
    ]
    for (name, bit) in codepages {
      guard let table = try? ICUCodepage.decodeAllBytes(converter: name) else { continue }
      for byte in 0x80...0xF4 {
        // Bytes a codepage leaves undefined decode as C1 controls in browsers and Python.
        let scalar = table[byte] ?? (byte < 0xA0 ? Unicode.Scalar(UInt32(byte)) : nil)
        guard let c = scalar, c.value < 0x10000 else { continue }
        // Under Windows-1251 and -1250, two-byte leads only: their three-byte leads are
        // common lower-case letters (`в`, `ě`), and a Cyrillic or Czech line with mojibake
        // has letters, which are two-byte sequences.
        if byte >= 0xC2 && (bit < 8 || byte <= 0xDF || (bit == 14 && byte == 0xE2)) {
          roles[Int(c.value)] |= 1 << UInt16(bit)
        }
        if byte <= 0xBF { roles[Int(c.value)] |= 2 << UInt16(bit) }
        if byte >= 0xC2 && byte <= 0xDF && bit < 4 && Self.mayLoseNoBreakSpace(lead: byte) {
          roles[Int(c.value)] |= 1 << 6
        }
        // Bit 7: a capital that is a two-byte lead under Windows-1251 or -1250 and makes a
        // lower-case letter with a no-break space (`Г`, `Ă`: C3 A0 is `à`).
        if (bit == 8 || bit == 10) && byte >= 0xC2 && byte <= 0xDF && c.properties.isUppercase,
          let d = Unicode.Scalar(UInt32(byte & 0x1F) << 6 | 0x20), d.properties.isLowercase
        {
          roles[Int(c.value)] |= 1 << 7
        }
        if bit == 8 && (byte == 0xE2 || byte == 0xEF) { roles[Int(c.value)] |= 1 << 12 }
        if bit == 8 && (byte <= 0x84 || Self.specialsSecondBytes.contains(byte)) {
          roles[Int(c.value)] |= 2 << 12
        }
      }
    }
    // U+FFFD where a lossy decoder replaced a continuation byte (`Ä�`). A `?` that did so follows
    // a continuation (`â€?`), so the pair before it is a candidate already.
    roles[0xFFFD] |= 2 | 2 << 8 | 2 << 10 | 2 << 14
    return roles
  }()

  /// Whether the two-byte lead `lead` and a lost 0xA0 make a letter real text uses, or U+00A0,
  /// as the judge requires (``MojibakeRepairer/isLostNoBreakSpace(in:at:as:)``): `Ã ` may be
  /// `à`, `Å ` `Š`; `ß `, `É `, `È ` (U+07E0, U+0260, U+0220) are words before a space.
  ///
  /// - Complexity: O(1).
  static func mayLoseNoBreakSpace(lead: Int) -> Bool {
    guard let scalar = Unicode.Scalar(UInt32(lead & 0x1F) << 6 | 0x20) else { return false }
    let traits = ScalarTraits(scalar)
    return (traits.isLetter || scalar.properties.isWhitespace)
      && traits.rarity < MojibakeRepairer.rareScalar
  }

  /// The second bytes of the three-byte sequences after 0xEF that Windows-1251 mojibake carries
  /// (`п»ї`, `пїЅ`, `п¬Ѓ`, `пјЃ`): the byte order mark and U+FFFD (0xBB, 0xBF), the Latin
  /// ligatures (0xAC) and the full-width forms (0xBC, 0xBD).
  static let specialsSecondBytes: Set<Int> = [0xAC, 0xBB, 0xBC, 0xBD, 0xBF]

  /// The bytes of ``MojibakeRepairer/isCaseBreak(in:at:)`` around the capital at
  /// `start..<end` (ASCII neighbours only): a lower-case letter before it (any letter before a
  /// Cyrillic capital), or a hyphen or apostrophe after one; or a space or the line's start
  /// before it and two spaces after it.
  @inline(__always)
  static func isCaseBreak(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    @inline(__always) func lower(_ k: Int) -> Bool {
      k >= 0 && k < bytes.count && bytes[k] >= 0x61 && bytes[k] <= 0x7A
    }
    if lower(start - 1) { return true }
    // A Cyrillic capital (lead 0xD0) after an ASCII letter.
    if start > 0 && bytes[start] == 0xD0 && (bytes[start - 1] | 0x20) >= 0x61
      && (bytes[start - 1] | 0x20) <= 0x7A
    {
      return true
    }
    if start > 0 && (bytes[start - 1] == 0x2D || bytes[start - 1] == 0x27) {
      return lower(start - 2)
    }
    return (start == 0 || bytes[start - 1] == 0x20) && end + 1 < bytes.count && bytes[end] == 0x20
      && bytes[end + 1] == 0x20
  }

  /// Whether a scalar with roles `previous` followed by one with roles `current` can be a
  /// lead and continuation byte under the same encoding.
  @inline(__always)
  static func isMojibakePair(_ previous: UInt16, _ current: UInt16) -> Bool {
    ((previous & 0b0101_0101_0001_0101) << 1) & current != 0
  }

  /// NFC's table flags (bit 0 boundary before, bit 1 changes alone), for the scan.
  static let nfcFlags = UnicodeFormTable.table(for: .nfc).flags

  /// Features of one non-ASCII scalar.
  @inline(__always)
  static func classify(_ v: UInt32, nfc: UnsafeBufferPointer<UInt8>) -> UInt32 {
    if v < 0x100 {
      var r: UInt32 = 0
      if v < 0xA0 { r |= v == 0x85 ? lineBreak.rawValue | control.rawValue : control.rawValue }
      if v == 0xA0 { r |= nonASCIISpace.rawValue }
      if v == 0xAD { r |= invisible.rawValue }
      return r
    }
    if v < 0x300 { return 0 }
    var r = aboveLatin.rawValue
    if v >= 0x10000 || nfc[Int(v)] != 1 { r |= nfcSensitive.rawValue }
    switch v {
    case 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x1680: r |= nonASCIISpace.rawValue
    case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0x061C, 0x180E:
      r |= invisible.rawValue
    case 0x2028, 0x2029: r |= lineBreak.rawValue
    default: break
    }
    return r
  }
}
