/// Reads a lone C1 control (U+0080–U+009F) as the Windows-1252 character it stands for
/// (`don\u{92}t` → `don’t`): text decoded as Latin-1 when it was Windows-1252. A line whose C1
/// controls all stand inside words, some where Windows-1252 has no letter, was Mac OS Roman
/// instead (`Coatl\u{87}n conf\u{92}an` → `Coatlán confían`; ``readsAsMacRoman(_:)``). The five bytes
/// Windows-1252 leaves undefined are removed, and so are C0 controls other than tab and line
/// breaks. NEL (U+0085) counts as one of them and becomes `…` (`parlé\u{85} Tu sais`): on the
/// Web it is the ellipsis byte 0x85 far more often than an EBCDIC line end.
///
/// - Complexity: O(*n*).
struct C1ControlRepair: NormalizationStep {
  var triggers: LineFeatures { .control }

  /// Windows-1252 for bytes 0x80...0x9F (nil where undefined).
  static let windows1252: [Unicode.Scalar?] = [
    "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
    "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
    nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
    "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
  ]

  func apply(to s: [Unicode.Scalar]) -> StepResult? {
    var rw = ScalarRewriter(s)
    let mac = Self.readsAsMacRoman(s)
    for (i, c) in s.enumerated() {
      let v = c.value
      if v >= 0x80 && v <= 0x9F {
        if mac, let m = Unicode.Scalar(SingleByteEncoding.macRomanHigh[Int(v - 0x80)]) {
          rw.replace(i, with: m, rule: .c1Control)
        } else if let w = Self.windows1252[Int(v - 0x80)] {
          rw.replace(i, with: w, rule: .c1Control)
        } else {
          rw.delete(i..<(i + 1), rule: .c1Control)
        }
      } else if v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0B && v != 0x0C && v != 0x0D
        || v == 0x7F
      {
        rw.delete(i..<(i + 1), rule: .controlCharacter)
      }
    }
    return rw.finish()
  }

  /// Windows-1252 readings that hardly ever stand inside a word (`‡ † ‰ ˆ ˜ • € „ ‚ ‹ › ™`, and
  /// the undefined bytes), by byte: inside a word they are Mac OS Roman letters (`Coatl\u{87}n`
  /// is `Coatlán`).
  static let foreignInsideWords: Set<UInt32> = [
    0x80, 0x81, 0x82, 0x84, 0x86, 0x87, 0x88, 0x89, 0x8B, 0x8D, 0x8F, 0x90, 0x95, 0x98, 0x99, 0x9B, 0x9D,
  ]
  /// Windows-1252 capitals (`Š Œ Ž Ÿ`), out of place between lower-case letters.
  static let capitals: Set<UInt32> = [0x8A, 0x8C, 0x8E, 0x9F]

  /// Whether the line's C1 controls are Mac OS Roman text decoded as Latin-1, not Windows-1252:
  /// some stand inside a word where Windows-1252 gives no letter (a Mac OS Roman letter is
  /// every byte 0x80–0x9F), or are Windows-1252 capitals after lower-case letters, and none is
  /// Windows-1252 punctuation at a word's edge (next to a space, a digit or the line's end:
  /// `\u{93}Yes\u{94}`, `1990\u{96}2000`). The quotes, dashes and ellipsis of Windows-1252
  /// inside words (`don\u{92}t`, `well\u{97}known`) count for neither.
  ///
  /// - Complexity: O(*n*).
  static func readsAsMacRoman(_ s: [Unicode.Scalar]) -> Bool {
    var mac = 0
    for (i, c) in s.enumerated() {
      let v = c.value
      guard v >= 0x80 && v <= 0x9F else { continue }
      let before = i > 0 ? s[i - 1] : nil
      let after = i + 1 < s.count ? s[i + 1] : nil
      // Evidence comes from plain words around it: ASCII letters (in garbled text, C1 controls
      // are remnants of longer sequences, between other mojibake).
      let lowerBefore = before.map { $0.isASCIILetter && $0.properties.isLowercase } ?? false
      guard let b = before, let a = after, b.properties.isAlphabetic, a.properties.isAlphabetic else {
        // At a word's edge: Windows-1252 punctuation's place, unless Windows-1252 reads a
        // capital ending a lower-case word (`r\u{8E}sum\u{8E}`), or nothing at all.
        if capitals.contains(v) && lowerBefore { mac += 1 }
        if windows1252[Int(v - 0x80)].map({ !$0.properties.isAlphabetic }) ?? false { return false }
        continue
      }
      guard b.isASCIILetter && a.isASCIILetter else { continue }
      if foreignInsideWords.contains(v) || capitals.contains(v) && lowerBefore && a.properties.isLowercase {
        mac += 1
      }
    }
    return mac > 0
  }
}
