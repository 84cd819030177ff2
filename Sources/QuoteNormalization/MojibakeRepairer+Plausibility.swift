extension MojibakeRepairer {
  /// How implausible `window` is as real text; lower is more plausible.
  ///
  /// The repairer compares two windows that share their context and differ only in one candidate
  /// run (as found vs. as decoded), so only differences matter. The cost adds up:
  /// - each scalar's rarity (C1 controls, unassigned and private-use code points dominate), and a
  ///   little for a non-ASCII letter outside the text's major scripts (``ScriptProfile``);
  /// - pairs of adjacent letters: two script groups in one word, an uppercase letter after a
  ///   lowercase one, a lowercase non-ASCII letter after or between uppercase ones (mojibake of
  ///   `é` is `Ã©`; of `Ô` in capitals, `Ã”`), letter pairs that Latin orthographies avoid;
  /// - a non-letter right after or right before a letter, weighted per scalar (``ScalarTraits``),
  ///   and two non-ASCII non-letters glued to each other and to a word (`€™`, `º¡`, `»«`);
  /// - a combining mark that does not follow a letter of a script it belongs to;
  /// - a no-break space next to an ordinary space (what `Â ` and `Ã ` leave behind);
  /// - the word-level shapes of ``wordShapeCost(_:_:_:)``.
  ///
  /// ```swift
  /// let found = MojibakeRepairer.implausibility(of: Array("cafÃ© ".unicodeScalars))
  /// let fixed = MojibakeRepairer.implausibility(of: Array("café ".unicodeScalars))
  /// // found > fixed
  /// ```
  ///
  /// - Parameters:
  ///   - window: A candidate run with a few scalars of context on each side.
  ///   - profile: The major scripts of the whole text.
  /// - Complexity: O(*n*) in the length of `window`.
  static func implausibility(
    of window: [Unicode.Scalar], in profile: ScriptProfile = .anything
  ) -> Float {
    let traits = window.map(ScalarTraits.init)
    var cost: Float = 0
    var base = -1  // the last scalar that is not a combining mark
    var beforeBase = -1
    for index in traits.indices {
      let current = traits[index]
      cost += current.rarity
      if current.isLetter && window[index].value >= 0x80 && !profile.isMajor(current.script)
        && !isNomenclatureGreek(window, index)
      {
        cost += 0.5
      }
      // `ß` follows a vowel or a diphthong (`Straße`, `heißen`): never a consonant, never a
      // word's start (`fßr` and `ßber` are `für` and `über` misread).
      if window[index].value == 0xDF {
        let before = base >= 0 ? window[base].value : 0x20
        let isVowel = "aeiouyäöüAEIOUYÄÖÜ".unicodeScalars.contains { $0.value == before }
        if !isVowel && (before < 0x80 || !traits[base].isLetter || before == 0xDF) {
          cost += 1.5
        }
      }
      if current.kind == .mark {
        if base >= 0 {
          cost += markCost(window[index].value, current, after: traits[base])
          // Text with combining accents is decomposed: they follow plain letters, not `Í`.
          if traits[base].isLetter && window[base].value >= 0x80
            && traits[base].script == ScriptGroup.latin
          {
            cost += 1.5
          }
        }
        continue
      }
      if base >= 0 {
        let previous = traits[base]
        if previous.isLetter && current.isLetter {
          cost += letterPairCost(window, traits, beforeBase, base, index)
        } else if previous.isLetter {
          cost += current.afterLetter + foreignMarkCost(current, next: previous, profile)
          // A middle dot glued to a word is Catalan (`l·l`) or Greek (the ano teleia, U+0387,
          // is U+00B7 after NFC): after a letter of another script it is `В·`, Windows-1251
          // mojibake of `·`.
          if window[index].value == 0xB7 && previous.script != ScriptGroup.latin
            && previous.script != ScriptGroup.greek
          {
            cost += 1.5
          }
          // A superscript digit right after an accented capital, and inside a word (after a
          // letter, digit or hyphen) any Latin-1 sign, is the shape of a two-byte sequence
          // (`Ã³` is `ó`, `TNFÎ·` is `TNFη`, `NF-Îº` is `NF-κ`): units, exponents and footnote
          // marks follow plain letters (`m³`, `x²`), `·` an `l`, `º` an `N`. Closing
          // guillemets, `©` and `®` follow capitalised words (`CAFÉ»`).
          let sign = window[index].value
          let capital = window[base].value
          if previous.kind == .uppercase && capital >= 0x80
            && (sign == 0xB9 || sign == 0xB2 || sign == 0xB3
              || ((0xA1...0xBF).contains(sign) && sign != 0xBB && sign != 0xA9 && sign != 0xAE
                && sign != 0xAD && capital <= 0xDE && beforeBase >= 0
                && (traits[beforeBase].isLetter || traits[beforeBase].kind == .digit
                  || window[beforeBase].value == 0x2D)))
          {
            cost += 1
          }
          // Hyphenation leaves at least two letters before the break: a soft hyphen after a
          // word's first letter is `Ă\u{AD}` (Windows-1250 of `í`, C3 AD), not a hyphenation point.
          if window[index].value == 0xAD && (beforeBase < 0 || !traits[beforeBase].isLetter) {
            cost += 1.5
          }
        } else if current.isLetter {
          cost += previous.beforeLetter + foreignMarkCost(previous, next: current, profile)
        } else if (beforeBase >= 0 && traits[beforeBase].isLetter)
          || (index + 1 < traits.count && traits[index + 1].isLetter)
          || Self.gluedSigns(previous, current, window[base], window[index])
        {
          // Signs glued together are a mojibake shape next to a word, and some on their own;
          // Latin-1 signs pair up in emoticons too (`¬´`).
          cost += nonLetterPairCost(previous, current, window[base], window[index])
        }
        if (current.kind == .nbsp && previous.kind == .space)
          || (current.kind == .space && previous.kind == .nbsp)
        {
          cost += 1.5
        }
        // Inverted marks open a phrase glued to its first word (`¡Hola!`, `¿Qué?`); before a
        // space `¡` is something else misread (`Âˇ` is `·` under ISO 8859-2, `¡` under
        // Windows-1250).
        if current.kind == .space && (window[base].value == 0xA1 || window[base].value == 0xBF) {
          cost += 1.5
        }
      }
      beforeBase = base
      base = index
    }
    return cost + wordShapeCost(window, traits, profile)
  }

  /// Cost of a script's own punctuation, symbol or digit next to a letter of another script
  /// (`؋` or `٦` glued to a Latin word), unless that script is one the text is written in
  /// (`SpamAssassin،` in Arabic text).
  private static func foreignMarkCost(
    _ mark: ScalarTraits, next letter: ScalarTraits, _ profile: ScriptProfile
  ) -> Float {
    if mark.script == ScriptGroup.common || mark.script == letter.script { return 0 }
    if profile.isMajorByCount(mark.script) { return 0 }
    return min(2, ScriptGroup.mixingCost(mark.script, letter.script))
  }

  /// Cost of the letter at `index` right after the letter at `previous` (and `beforePrevious`,
  /// if that is a letter too).
  private static func letterPairCost(
    _ window: [Unicode.Scalar], _ traits: [ScalarTraits], _ beforePrevious: Int, _ previous: Int,
    _ index: Int
  ) -> Float {
    let first = traits[previous]
    let second = traits[index]
    let firstValue = window[previous].value
    let secondValue = window[index].value
    let nomenclature = isNomenclatureGreek(window, previous) || isNomenclatureGreek(window, index)
    var cost = nomenclature ? 0 : ScriptGroup.mixingCost(first.script, second.script)
    if first.kind == .lowercase && second.kind == .uppercase {
      cost += 1.5
      // A lowercase non-ASCII letter between two capitals: `MģÄM`.
      if firstValue >= 0x80 && beforePrevious >= 0 && traits[beforePrevious].kind == .uppercase {
        cost += 2.5
      }
    } else if second.kind == .lowercase && first.kind == .uppercase && beforePrevious >= 0
      && traits[beforePrevious].kind == .uppercase && (secondValue >= 0x80 || firstValue >= 0x80)
      && !nomenclature
    {
      // A word in capitals that ends in a lowercase letter: `IRMà`; more so after two
      // non-ASCII capitals (`ĂĽbergeordnete`, `ĂŞtre`: Windows-1250 of `ü`, `ê`).
      cost += firstValue >= 0x80 && window[beforePrevious].value >= 0x80 ? 2 : 1.5
    } else if second.kind == .uppercase && first.kind == .uppercase && secondValue >= 0x80
      && beforePrevious >= 0 && traits[beforePrevious].kind == .lowercase
    {
      // A second non-ASCII capital after the first one inside a lower-case word: `smĂĄ` for
      // `små` (Windows-1250 of C3 A5); the first capital has paid for the case break already.
      cost += 0.5
    }
    let firstIsLatin1 =
      firstValue >= 0xC0 && firstValue <= 0xFF && firstValue != 0xD7
      && firstValue != 0xF7
    if firstIsLatin1 {
      switch secondValue {
      case 0x152, 0x153, 0x160, 0x161, 0x178, 0x17D, 0x17E:
        // A Windows-1252-only letter after a Latin-1 one: `Ãœ` for `Ü`, `âœ` for `✔`.
        cost += 1
      case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0xFF:
        // Two different accented Latin-1 letters in a row: `Äô` in Mac OS Roman `‚Äô`.
        if secondValue != firstValue { cost += 0.5 }
      default: break
      }
    } else if (0x100...0x17F).contains(firstValue) && first.kind == .uppercase
      && second.kind == .lowercase && (0xC0...0x17F).contains(secondValue)
      && secondValue != 0xD7 && secondValue != 0xF7
    {
      // An accented Latin Extended-A capital before another accented letter: `Ăł` for `ó`,
      // `Ĺ›` for `ś` in Windows-1250 mojibake (capitals open words; they do not sit inside).
      cost += 0.5
    }
    return cost
  }

  /// Whether the scalar at `index` is a lower-case Greek letter next to an ASCII capital, as
  /// Greek letters stand in the names of genes, proteins and particles (`IL2Rγc`, `TNFα`,
  /// `NF-κB`): no foreign letter there, and no script mixing with its neighbours.
  ///
  /// - Complexity: O(1).
  @inline(__always)
  static func isNomenclatureGreek(_ window: [Unicode.Scalar], _ index: Int) -> Bool {
    guard (0x3B1...0x3C9).contains(window[index].value) else { return false }
    @inline(__always) func capital(_ k: Int) -> Bool {
      k >= 0 && k < window.count && window[k].value >= 0x41 && window[k].value <= 0x5A
    }
    return capital(index - 1) || capital(index + 1)
  }

  /// Whether `first` and `second` are a symbol glued to another symbol or punctuation mark, one
  /// of them past Latin-1 (`¬∑`, `–†`: Mac OS Roman mojibake needs no word beside it to show).
  ///
  /// - Complexity: O(1).
  @inline(__always)
  private static func gluedSigns(
    _ previous: ScalarTraits, _ current: ScalarTraits, _ first: Unicode.Scalar,
    _ second: Unicode.Scalar
  ) -> Bool {
    let signs: (ScalarTraits) -> Bool = { $0.kind == .symbol || $0.kind == .punctuation }
    return (previous.kind == .symbol || current.kind == .symbol) && signs(previous)
      && signs(current) && max(first.value, second.value) > 0xFF
  }

  /// Cost of two non-ASCII non-letters side by side, next to a word: a symbol glued to other
  /// punctuation (`€™`, `º¡`) is a mojibake pattern, as is a closing quote glued to anything but
  /// punctuation that may follow it (`»«`, `»‹`, `»` with a soft hyphen).
  private static func nonLetterPairCost(
    _ previous: ScalarTraits, _ current: ScalarTraits, _ first: Unicode.Scalar,
    _ second: Unicode.Scalar
  ) -> Float {
    guard first.value >= 0x80, second.value >= 0x80 else { return 0 }
    let isMarkLike: (ScalarTraits) -> Bool = {
      $0.kind == .symbol || $0.kind == .punctuation || $0.kind == .nbsp || $0.kind == .invisible
    }
    guard isMarkLike(previous), isMarkLike(current) else { return 0 }
    if previous.kind == .symbol || current.kind == .symbol { return 1 }
    switch first.value {
    case 0xBB, 0x201D, 0x203A:
      switch second.value {
      case 0xBB, 0x201D, 0x2019, 0x2026, 0x2013, 0x2014: return 0
      default: return 1
      }
    case 0x2026:
      return current.kind == .nbsp || current.kind == .invisible ? 1 : 0
    default: return 0
    }
  }

  /// Cost of a combining mark after `base`: free after a letter of its own script (generic marks
  /// go with Latin, Greek and Cyrillic; overlays such as U+0336 with anything visible), expensive
  /// after anything else.
  private static func markCost(_ value: UInt32, _ mark: ScalarTraits, after base: ScalarTraits)
    -> Float
  {
    let isOverlay = (0x334...0x338).contains(value) || (0x20D0...0x20FF).contains(value)
    if isOverlay && base.kind != .space { return 0.5 }
    guard base.isLetter else { return base.kind == .space ? 6 : 4 }
    if mark.script == ScriptGroup.common {
      let alphabetic =
        base.script == ScriptGroup.latin || base.script == ScriptGroup.greek
        || base.script == ScriptGroup.cyrillic
      return alphabetic ? 0 : 2
    }
    return mark.script == base.script ? 0 : 5
  }
}
