/// Reads a lone C1 control (U+0080–U+009F) as the Windows-1252 character it stands for
/// (`don\u{92}t` → `don’t`): text decoded as Latin-1 when it was Windows-1252. The five bytes
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
    for (i, c) in s.enumerated() {
      let v = c.value
      if v >= 0x80 && v <= 0x9F {
        if let w = Self.windows1252[Int(v - 0x80)] {
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
}
