// What a line shows about the codepage that garbled it and about the damage after the bad
// decoding: the evidence the repair session weighs.

extension MojibakeRepairer.RepairSession {
  /// The replacements of the earlier pass's fixes in words that start in lower case, but for
  /// those ISO 8859-2 and Windows-1250 read differently: a tie between the two is no evidence
  /// of the line's language (`ĂĄ`, `å` or `á`), a letter both read alike is (`Ă­`, `í`). A
  /// capitalised word is often a name from another language (`LĂłpez` in a German quotation).
  ///
  /// - Complexity: O(*m*) in the scalars the fixes replaced and the words they sit in.
  static func agreedLetters(of hints: [MojibakeFix], in input: [Unicode.Scalar])
    -> [Unicode.Scalar]
  {
    var letters: [Unicode.Scalar] = []
    for hint in hints {
      // The word's first letter, looked for a few letters back only (linear on a line of one
      // endless word).
      var start = hint.range.lowerBound
      while start > 0 && hint.range.lowerBound - start < 32
        && input[start - 1].properties.isAlphabetic
      {
        start -= 1
      }
      let first = start < hint.range.lowerBound ? input[start] : hint.replacement.first
      if first?.properties.isUppercase ?? true { continue }
      let twin: SingleByteEncoding
      switch hint.encoding {
      case .windows1250: twin = .iso88592
      case .iso88592: twin = .windows1250
      default:
        letters += hint.replacement
        continue
      }
      let found = input[hint.range].filter { !MojibakeRepairer.isTransparent($0.value) }
      if MojibakeRepairer.decode(Array(found), as: twin) == hint.replacement {
        letters += hint.replacement
      }
    }
    return letters
  }

  /// Whether the line was garbled by ISO 8859-2 rather than Windows-1250, which read most of
  /// the same glyphs as different bytes: a C1 control right after a lead of ISO 8859-2 (its bytes
  /// 0x80–0x9F are controls: `Ä\u{8D}` is `č`) where Windows-1250 has a glyph (its undefined
  /// bytes, `Ä\u{83}` for `ă`, are controls under a sloppy decoder too), and after a lead no
  /// glyph that only Windows-1250 has among those bytes (`Ĺ™` is Windows-1250 `ř`; `Š` is in
  /// both).
  ///
  /// - Complexity: O(*n*).
  static func showsISO88592(_ input: [Unicode.Scalar]) -> Bool {
    var control = false
    for k in input.indices.dropFirst() {
      let value = input[k].value
      guard value >= 0x80 else { continue }
      let lead = SingleByteEncoding.iso88592.byte(of: input[k - 1])
      guard let lead, lead >= 0xC2, lead <= 0xDF else { continue }
      if value <= 0x9F {
        // A byte Windows-1250 leaves undefined is a control under its sloppy decoder too.
        if SingleByteEncoding.windows1250High[Int(value) - 0x80] != value { control = true }
        continue
      }
      if let byte = SingleByteEncoding.windows1250.byte(of: input[k]), byte <= 0x9F,
        SingleByteEncoding.iso88592.byte(of: input[k]) == nil,
        SingleByteEncoding.windows1250.byte(of: input[k - 1]) != nil
      {
        return false
      }
    }
    return control
  }

  /// Cost of closing guillemets glued to a letter on a line that opens none: a quotation
  /// closed that nothing opened, where Windows-1252 mojibake has `»` as a continuation byte
  /// glued to its lead (`dá»…` is `dễ`, E1 BB 85; `há»—` `hỗ`), which the judge otherwise
  /// reads as a word, a guillemet and an ellipsis or a dash.
  ///
  /// - Complexity: O(*n*) in the length of `window`.
  static func unopenedGuillemetCost(_ window: [Unicode.Scalar]) -> Float {
    var cost: Float = 0
    for i in window.indices.dropFirst() where window[i].value == 0xBB {
      if ScalarTraits(window[i - 1]).isLetter { cost += 1.5 }
    }
    return cost
  }

  /// Whether a space that a sequence needs as its 0xA0 byte (under Windows-1252 or
  /// `codepage`) is followed by a second space somewhere in `input`: a scraper turned the
  /// no-break spaces into spaces without collapsing them.
  ///
  /// - Complexity: O(*n*).
  static func keepsSpaces(_ input: [Unicode.Scalar], codepage: SingleByteEncoding?) -> Bool {
    var k = 1
    while k + 1 < input.count {
      if input[k].value == 0x20 && input[k + 1].value == 0x20 && input[k - 1].value >= 0x80 {
        for encoding in [.sloppyWindows1252] + (codepage.map { [$0] } ?? [])
        where MojibakeRepairer.isLostNoBreakSpace(in: input, at: k, as: encoding) {
          return true
        }
      }
      k += 1
    }
    return false
  }

  /// The codepage of ``dominantCodepage``: one other than Windows-1252 and Mac OS Roman
  /// (Windows-1251, -1250…) when at least two of the earlier pass's fixes were its own and
  /// three quarters of all of them were. A Windows-1252 fix that the codepage would have made
  /// the same way (`Â«` is `«` under Windows-1250 too) counts for neither.
  ///
  /// - Complexity: O(*m*) in the scalars the fixes replaced.
  static func dominantCodepage(
    of hints: [MojibakeFix], in input: [Unicode.Scalar],
    among candidates: [SingleByteEncoding] = Array(SingleByteEncoding.allCases.dropFirst(2)),
    minimum: Int = 2
  ) -> SingleByteEncoding? {
    for encoding in candidates {
      let codepage = MojibakeEncoding(encoding)
      let own = hints.filter { $0.encoding.lane == codepage }.count
      guard own >= minimum else { continue }
      let others = hints.filter { hint in
        guard hint.encoding.lane != codepage else { return false }
        let found = input[hint.range].filter { !MojibakeRepairer.isTransparent($0.value) }
        // A fix may replace part of its sequence only (`Â«` → `«` removes `Â`): what it
        // replaced counts for neither when each scalar is the same byte under both codepages.
        if let own = SingleByteEncoding.allCases.first(where: {
          MojibakeEncoding($0) == hint.encoding.lane
        }) {
          let sameBytes = found.allSatisfy { c in
            let byte = encoding.byte(of: c)
            return c.value == 0x20 || (byte != nil && byte == own.byte(of: c))
          }
          if sameBytes { return false }
        }
        return MojibakeRepairer.decode(Array(found), as: encoding) != hint.replacement
      }.count
      if 4 * own >= 3 * (own + others) { return encoding }
    }
    return nil
  }
}
extension MojibakeRepairer {
  /// The codepage other than Windows-1252 and Mac OS Roman that made at least one of an earlier
  /// pass's fixes and three quarters of them (as ``RepairSession`` counts a dominant codepage):
  /// the text went through that decoder, so a lead of it before a space is read as a sequence
  /// whose no-break space a scraper turned into a space (`Г l’ouest`, `hĂ i`), as Windows-1252's
  /// always are. Without hints, the codepage a capital glued to a lower-case word shows
  /// (``caseBreakCodepage(in:)``), if any.
  ///
  /// - Complexity: O(*m*) in the scalars the fixes replaced.
  static func spaceCodepage(of hints: [MojibakeFix], in input: [Unicode.Scalar])
    -> SingleByteEncoding?
  {
    guard !hints.isEmpty else { return caseBreakCodepage(in: input) }
    return RepairSession.dominantCodepage(of: hints, in: input, minimum: 1)
  }

  /// Without an earlier pass's fixes, the codepage (Windows-1251 or -1250) whose lead is a
  /// capital before a space, where the lead and a lost no-break space make a lower-case letter
  /// (`Г` is C3 in Windows-1251, `Ă` in Windows-1250; C3 A0 is `à`), and the capital is where
  /// no capital stands (``isCaseBreak(in:at:)``): glued to the end of a lower-case word
  /// (`creerГ  il`, `serĂ  suficient`, `c'est-Ă -dire`), or a word of its own before a second
  /// space (`traduction Ă  <https:…>`). A lone capital before one space is a letter named
  /// (`Litera Ă este…`), and stays.
  /// A lead Windows-1252 reads is left to Windows-1252 (`Ã `).
  ///
  /// - Complexity: O(*n*).
  static func caseBreakCodepage(in input: [Unicode.Scalar]) -> SingleByteEncoding? {
    guard input.count >= 3 else { return nil }
    for i in 1..<(input.count - 1) where input[i].value >= 0x80 && input[i + 1].value == 0x20 {
      let lead = input[i]
      guard lead.properties.isUppercase, isCaseBreak(in: input, at: i),
        SingleByteEncoding.sloppyWindows1252.byte(of: lead).map(SingleByteEncoding.isLead) != true
      else { continue }
      for encoding in [SingleByteEncoding.windows1251, .windows1250] {
        guard let byte = encoding.byte(of: lead), byte >= 0xC2, byte <= 0xDF,
          let decoded = Unicode.Scalar(UInt32(byte & 0x1F) << 6 | 0x20),
          decoded.properties.isLowercase
        else { continue }
        return encoding
      }
    }
    return nil
  }

  /// Whether the capital at `index` (before a space) stands where no capital does: right after
  /// a lower-case letter, a Cyrillic one right after a Latin letter (`VГ `), or after a hyphen
  /// or apostrophe that follows a lower-case letter (`c'est-Ă -dire`); or alone after a space
  /// and before two (the lost byte's and the separator).
  ///
  /// - Complexity: O(1).
  static func isCaseBreak(in input: [Unicode.Scalar], at index: Int) -> Bool {
    let before = index > 0 ? input[index - 1] : " "
    if before.properties.isLowercase { return true }
    // A Cyrillic capital right after a Latin letter: no word mixes the two (`VГ ` is `Và`).
    let isLatin = (before.value | 0x20) >= 0x61 && (before.value | 0x20) <= 0x7A
    if isLatin && ScriptGroup.of(input[index].value) == ScriptGroup.cyrillic { return true }
    if before.value == 0x2D || before.value == 0x27 || before.value == 0x2019 {
      return index > 1 && input[index - 2].properties.isLowercase
    }
    return before.value == 0x20 && index + 2 < input.count && input[index + 2].value == 0x20
  }
}
