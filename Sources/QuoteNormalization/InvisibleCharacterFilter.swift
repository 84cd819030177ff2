import QuoteICU

/// Removes characters that are invisible and carry no meaning where they stand: ZERO WIDTH
/// SPACE, WORD JOINER, BOM/ZWNBSP, SOFT HYPHEN, invisible math operators, the Mongolian vowel
/// separator outside Mongolian; ZERO WIDTH JOINER except between emoji or next to a letter of a
/// script that shapes with it (Arabic, Indic, …); ZERO WIDTH NON-JOINER except next to such a
/// letter; bidi controls (LRM, RLM, ALM, embeddings, overrides, isolates) in a line with no
/// right-to-left letter.
///
/// - Complexity: O(*n*).
struct InvisibleCharacterFilter: NormalizationStep {
  /// ISO 15924 codes of scripts in which ZWJ/ZWNJ change shaping.
  static let joiningScripts: Set<String> = [
    "Arab", "Syrc", "Thaa", "Nkoo", "Mong", "Deva", "Beng", "Guru", "Gujr", "Orya", "Taml",
    "Telu", "Knda", "Mlym", "Sinh", "Mymr", "Khmr", "Tibt", "Phag", "Mand", "Rohg", "Adlm",
  ]

  func apply(to s: [Unicode.Scalar]) -> StepResult? {
    guard s.contains(where: { Self.mayBeInvisible($0) }) else { return nil }
    var rw = ScalarRewriter(s)
    var hasRTL: Bool? = nil
    for i in s.indices where Self.mayBeInvisible(s[i]) {
      let v = s[i].value
      let remove: Bool
      switch v {
      case 0x200D:
        remove = !(emojiJoin(s, i) || nextToJoiningScript(s, i))
      case 0x200C:
        remove = !nextToJoiningScript(s, i)
      case 0x180E:
        remove = !nextToJoiningScript(s, i)
      case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069:
        if hasRTL == nil { hasRTL = s.contains { Self.isRightToLeftLetter($0) } }
        remove = hasRTL == false
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

  private func emojiJoin(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
    guard i > 0, i + 1 < s.count else { return false }
    let prev = s[i - 1]
    let next = s[i + 1]
    let prevOK =
      prev.value == 0xFE0F || prev.properties.isEmojiModifier
      || (prev.properties.isEmoji && prev.value > 0x7F)
    return prevOK && next.properties.isEmoji && next.value > 0x7F
  }

  private func nextToJoiningScript(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
    for j in [i - 1, i + 1] where j >= 0 && j < s.count && s[j].value > 0x7F {
      if Self.joiningScripts.contains(ICUScript.code(of: s[j])) { return true }
    }
    return false
  }
}
