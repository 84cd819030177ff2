import QuoteICU

/// Removes characters that are invisible and carry no meaning where they stand: ZERO WIDTH
/// SPACE, WORD JOINER, BOM/ZWNBSP, SOFT HYPHEN, invisible math operators, the Mongolian vowel
/// separator outside Mongolian; ZERO WIDTH JOINER except between emoji or next to a letter of a
/// script that shapes with it (Arabic, Indic, …), and even there between two letters that join
/// each other anyway (Joining_Type); ZERO WIDTH NON-JOINER except next to such a
/// letter; bidi controls (LRM, RLM, ALM, embeddings, overrides, isolates) in a line with no
/// right-to-left letter.
///
/// - Complexity: O(*n*).
struct InvisibleCharacterFilter: NormalizationStep {
  var triggers: LineFeatures { .invisible }

  /// ISO 15924 codes of scripts in which ZWJ/ZWNJ change shaping.
  static let joiningScripts: Set<String> = [
    "Arab", "Syrc", "Thaa", "Nkoo", "Mong", "Deva", "Beng", "Guru", "Gujr", "Orya", "Taml",
    "Telu", "Knda", "Mlym", "Sinh", "Mymr", "Khmr", "Tibt", "Phag", "Mand", "Rohg", "Adlm",
  ]

  func apply(to s: [Unicode.Scalar]) -> StepResult? {
    guard s.contains(where: { Self.mayBeInvisible($0) }) else { return nil }
    var rw = ScalarRewriter(s)
    for i in s.indices where Self.mayBeInvisible(s[i]) && !standsAlone(s, i) {
      let v = s[i].value
      let remove: Bool
      switch v {
      case 0x200D:
        remove = !(emojiJoin(s, i) || nextToJoiningScript(s, i)) || joinsAnyway(s, i)
      case 0x200C:
        remove = !nextToJoiningScript(s, i)
      case 0x180E:
        remove = !nextToJoiningScript(s, i)
      case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069:
        remove = !lineHasRightToLeftLetter(s, around: i)
      default:
        remove = true
      }
      if remove { rw.delete(i..<(i + 1), rule: .invisible) }
    }
    return rw.finish()
  }

  static func mayBeInvisible(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0xAD, 0x061C, 0x180E, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064,
      0x2066...0x2069, 0xFEFF:
      true
    default: false
    }
  }

  static func isRightToLeftLetter(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFC, 0x10800...0x10FFF, 0x1E800...0x1EFFF:
      c.properties.isAlphabetic
    default: false
    }
  }

  /// Whether the line around `i` (up to the nearest line breaks) has a right-to-left letter.
  private func lineHasRightToLeftLetter(_ s: [Unicode.Scalar], around i: Int) -> Bool {
    func isBreak(_ c: Unicode.Scalar) -> Bool {
      switch c.value {
      case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: true
      default: false
      }
    }
    var j = i
    while j > 0 && !isBreak(s[j - 1]) { j -= 1 }
    while j < s.count && !isBreak(s[j]) {
      if Self.isRightToLeftLetter(s[j]) { return true }
      j += 1
    }
    return false
  }

  private func emojiJoin(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
    guard i > 0, i + 1 < s.count else { return false }
    let prev = s[i - 1]
    let next = s[i + 1]
    let prevOK =
      prev.value == 0xFE0F || prev.properties.isEmojiModifier
      || (prev.properties.isEmoji && prev.value > 0x7F)
    return prevOK && next.properties.isEmoji && next.value > 0x7F
  }

  /// Whether the character cluster (base and marks) on either side of `i` belongs to a script
  /// that shapes with joiners. Whole clusters are checked because NFC may reorder their marks.
  private func nextToJoiningScript(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
    func joins(_ c: Unicode.Scalar) -> Bool {
      c.value > 0x7F && Self.joiningScripts.contains(ICUScript.code(of: c))
    }
    var j = i - 1
    while j >= 0 {
      if joins(s[j]) { return true }
      if !Self.isMark(s[j]) { break }
      j -= 1
    }
    j = i + 1
    while j < s.count {
      if joins(s[j]) { return true }
      if !Self.isMark(s[j]) { break }
      j += 1
    }
    return false
  }

  /// Whether the letters on both sides of the joiner at `i` (past transparent marks) join each
  /// other without it: the one before joins what follows (dual- or left-joining, Arabic `ب`),
  /// the one after joins what precedes (dual- or right-joining, `ا`), so the joiner changes
  /// nothing (`ع\u{200D}ند` is `عند`). Where a letter would not join, it forces a joining form
  /// and stays (`ه\u{200D}` for an abbreviation).
  private func joinsAnyway(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
    var j = i - 1
    while j >= 0 && ICUScript.joiningType(of: s[j]) == .transparent { j -= 1 }
    var k = i + 1
    while k < s.count && ICUScript.joiningType(of: s[k]) == .transparent { k += 1 }
    guard j >= 0, k < s.count else { return false }
    let before = ICUScript.joiningType(of: s[j])
    let after = ICUScript.joiningType(of: s[k])
    return (before == .dualJoining || before == .leftJoining)
      && (after == .dualJoining || after == .rightJoining)
  }

  static func isMark(_ c: Unicode.Scalar) -> Bool {
    guard c.value >= 0x300 else { return false }
    switch c.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }

  /// An invisible character standing alone between spaces or line ends is being shown (a
  /// character table, a typography article), not used: it stays. Line and text boundaries
  /// count as gaps so that the decision survives whitespace cleanup.
  private func standsAlone(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
    func isGap(_ j: Int) -> Bool { j < 0 || j >= s.count || s[j].properties.isWhitespace }
    return isGap(i - 1) && isGap(i + 1)
  }
}
