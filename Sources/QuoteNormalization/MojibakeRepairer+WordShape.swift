extension MojibakeRepairer {
  /// Costs that need a whole word in view.
  ///
  /// - Punctuation inside a word, with letters on both sides (`khá»Ÿi` for `khởi`), or two
  ///   symbols (`Táº¡i` for `Tại`); a single symbol is costed by its neighbours already.
  /// - Neighbouring words in different scripts (`ØŒ` amid Arabic, a Cyrillic letter amid Latin).
  /// - A letter that forms a word on its own but rarely does (`Ã`, `Ð`, a lone Hebrew letter),
  ///   unless a period follows a lower-case one of another script than Latin (an
  ///   abbreviation: `т.д.`).
  /// - An apostrophe between a word and `s` (`Ã’s` is a plural, not `Òs`) counts in favour.
  /// - Two neighbouring accented Latin letters that no single orthography writes together
  ///   (``Orthographies``), in a word of running text: `GARANTĂŤA`, `CHAĂŽNE`, `smĂĄ`
  ///   (Windows-1250 mojibake of `Í`, `Î`, `å`). Once per word, above the first pass's margin.
  ///
  /// - Complexity: O(*n*) in the length of `window`.
  static func wordShapeCost(
    _ window: [Unicode.Scalar], _ traits: [ScalarTraits], _ profile: ScriptProfile
  ) -> Float {
    var cost: Float = 0
    var lastLetter = -1  // the last letter seen
    var stretchLength = 0  // non-letters since `lastLetter`
    var stretchSplits = false  // … include a word splitter
    var stretchHasPunctuation = false  // … include punctuation (not just symbols)
    var stretchIsGap = false  // … include a space, digit or control, so they separate words
    var wordStart = 0  // where the current word's letters begin
    var previousLanguages: UInt64 = 0  // who writes the accented letter just before, if any
    var clash = false  // two such neighbours in the current word that no language writes
    for index in traits.indices where traits[index].kind != .mark {
      let current = traits[index]
      guard current.isLetter else {
        stretchLength += 1
        if current.splitsWord { stretchSplits = true }
        if current.kind == .punctuation { stretchHasPunctuation = true }
        switch current.kind {
        case .space, .nbsp, .digit, .control: stretchIsGap = true
        default: break
        }
        continue
      }
      if lastLetter >= 0 && stretchLength > 0 {
        if stretchIsGap || !stretchSplits {
          cost += neighbourWordCost(traits[lastLetter].script, current.script, profile)
        } else if (stretchLength >= 2 || stretchHasPunctuation)
          && ScriptGroup.separatesWords(traits[lastLetter].script)
          && ScriptGroup.separatesWords(current.script)
        {
          cost += 2
        }
        if stretchLength == 1 && window[index - 1].value == 0x2019 && isPossessive(window, index) {
          cost -= 1.5
        }
      }
      if lastLetter < 0 || stretchLength > 0 {
        if clash && isRunningText(window, wordStart, lastLetter + 1) { cost += 2 }
        wordStart = index
        previousLanguages = 0
        clash = false
      }
      let value = window[index].value
      let languages =
        value >= 0xC0 && current.script == ScriptGroup.latin ? Orthographies.mask(of: value) : 0
      if languages != 0 && previousLanguages != 0 && languages & previousLanguages == 0 {
        clash = true
      }
      previousLanguages = languages
      lastLetter = index
      stretchLength = 0
      stretchSplits = false
      stretchHasPunctuation = false
      stretchIsGap = false
      // A lone lower-case letter of another script than Latin before a period is an
      // abbreviation (`т.д.`, `κ.λπ.`); Latin mojibake makes lone letters before periods
      // (`Ù...` for `م` whose 0x85 became an ellipsis).
      if isIsolated(index, traits)
        && !(current.kind == .lowercase && current.script != ScriptGroup.latin
          && index + 1 < window.count && window[index + 1] == ".")
      {
        cost += loneLetterCost(window[index].value, current, profile)
      }
    }
    if clash && lastLetter >= 0 && isRunningText(window, wordStart, lastLetter + 1) {
      cost += 2
    }
    return cost
  }

  /// Whether the word `window[start..<end]` is running text, not a pile of mojibake whose
  /// letters would clash whatever is read (`ŒØ` inside `â€ŒØ§`): it has an ASCII letter
  /// (`oppstĂĄr`), or stands between spaces (Norwegian `for ĂĄ optimalisere`, `å`).
  private static func isRunningText(_ window: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
    let hasASCIILetter = window[start..<end].contains { c in
      (c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7A
    }
    if hasASCIILetter { return true }
    return start > 0 && window[start - 1].value == 0x20 && end < window.count
      && window[end].value == 0x20
  }

  /// Whether `s` at `index` ends a word right after an apostrophe: English `’s`.
  private static func isPossessive(_ window: [Unicode.Scalar], _ index: Int) -> Bool {
    guard window[index] == "s" else { return false }
    guard index + 1 < window.count else { return true }
    return !ScalarTraits(window[index + 1]).isLetter
  }

  /// Cost of two neighbouring words in different scripts: a Latin-looking word amid Arabic
  /// (`ØŒ` for `،`) or a lone Cyrillic letter amid Latin text. Latin words amid a text's major
  /// non-Latin script are ordinary (`RAID 和 LVM`).
  private static func neighbourWordCost(_ first: UInt8, _ second: UInt8, _ profile: ScriptProfile)
    -> Float
  {
    if first == second || first == ScriptGroup.common || second == ScriptGroup.common { return 0 }
    let low = min(first, second)
    let high = max(first, second)
    if low == ScriptGroup.latin && profile.isMajorByCount(high) { return 0 }
    return low == ScriptGroup.latin && high == ScriptGroup.han ? 0.5 : 1
  }

  /// Whether the letter at `index` has non-letters (not marks) on both sides inside the window.
  private static func isIsolated(_ index: Int, _ traits: [ScalarTraits]) -> Bool {
    var left = index - 1
    while left >= 0 && traits[left].kind == .mark { left -= 1 }
    var right = index + 1
    while right < traits.count && traits[right].kind == .mark { right += 1 }
    guard left >= 0, right < traits.count else { return false }
    return !traits[left].isLetter && !traits[right].isLetter
  }

  /// Cost of a letter that forms a word on its own: nothing for ASCII and the accented letters
  /// that are words (`à é ó å`, Vietnamese `ở`, Russian `в`), more for other accented letters and
  /// most capitals (`Ã`), some for scripts whose words are seldom one letter long.
  private static func loneLetterCost(
    _ value: UInt32, _ traits: ScalarTraits, _ profile: ScriptProfile
  ) -> Float {
    if value < 0x80 { return 0 }
    switch traits.script {
    case ScriptGroup.latin:
      switch value {
      case 0xC0, 0xC1, 0xC5, 0xC8, 0xC9, 0xD2, 0xD3, 0xE0, 0xE1, 0xE5, 0xE8, 0xE9, 0xED, 0xF2, 0xF3,
        0xF4, 0xFA, 0x1E00...0x1EFF:
        return 0
      case 0xDF...0xFF: return 0.5
      case 0x100...0x17F: return traits.kind == .lowercase ? 0.5 : 1
      default: return 1.5
      }
    case ScriptGroup.cyrillic:
      switch value {
      case 0x430, 0x432, 0x436, 0x437, 0x438, 0x439, 0x43A, 0x43E, 0x441, 0x443, 0x44F, 0x456,
        0x410, 0x412, 0x416, 0x417, 0x418, 0x41A, 0x41E, 0x421, 0x423, 0x42F, 0x406:
        return 0
      default: return 1
      }
    case ScriptGroup.han, ScriptGroup.hangul:
      return profile.isMajorByCount(traits.script) ? 0 : 0.5
    case ScriptGroup.greek, ScriptGroup.hebrew, ScriptGroup.arabic:
      return 0.5
    default: return 1.5
    }
  }
}
