/// Coarse script groups derived from code point ranges, enough to tell when two adjacent letters
/// of one word come from writing systems that never mix (no ICU script property needed).
///
/// Han, Hiragana, Katakana and Bopomofo form one group, as Japanese and Chinese text mixes them
/// freely. Common and Inherited scalars (punctuation, symbols, digits, generic combining marks) are
/// ``common`` and never count as a mix.
///
/// ```swift
/// ScriptGroup.of(0x0436)                        // ScriptGroup.cyrillic
/// ScriptGroup.mixingCost(ScriptGroup.latin, ScriptGroup.cyrillic)  // 4
/// ```
enum ScriptGroup {
  static let common: UInt8 = 0
  static let latin: UInt8 = 1
  static let greek: UInt8 = 2
  static let cyrillic: UInt8 = 3
  static let armenian: UInt8 = 4
  static let hebrew: UInt8 = 5
  static let arabic: UInt8 = 6
  static let syriac: UInt8 = 7
  static let thaana: UInt8 = 8
  static let nko: UInt8 = 9
  static let otherAfroAsiatic: UInt8 = 10
  static let han: UInt8 = 11
  static let hangul: UInt8 = 12
  static let georgian: UInt8 = 13
  static let ethiopic: UInt8 = 14
  static let other: UInt8 = 15
  /// Brahmic and Southeast Asian blocks U+0900–U+109F get one group per 128-code-point block.
  static let brahmicBase: UInt8 = 32

  /// The group of the letter or mark `value`; ``common`` for anything else.
  ///
  /// - Complexity: O(1).
  static func of(_ value: UInt32) -> UInt8 {
    switch value {
    case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x250...0x2AF, 0x1D00...0x1DBF, 0x1E00...0x1EFF,
      0x2C60...0x2C7F, 0xA720...0xA7FF, 0xAB30...0xAB6F, 0xFB00...0xFB06, 0xFF21...0xFF3A,
      0xFF41...0xFF5A:
      return value == 0xD7 || value == 0xF7 ? common : latin
    case 0x2B0...0x2FF: return latin
    case 0x300...0x36F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F:
      return common
    case 0x370...0x3FF, 0x1F00...0x1FFF: return greek
    case 0x400...0x52F, 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F: return cyrillic
    case 0x530...0x58F, 0xFB13...0xFB17: return armenian
    case 0x590...0x5FF, 0xFB1D...0xFB4F: return hebrew
    case 0x600...0x6FF, 0x750...0x77F, 0x8A0...0x8FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF:
      return arabic
    case 0x700...0x74F, 0x860...0x86F: return syriac
    case 0x780...0x7BF: return thaana
    case 0x7C0...0x7FF: return nko
    case 0x800...0x85F: return otherAfroAsiatic
    case 0x900...0x109F: return brahmicBase + UInt8((value - 0x900) >> 7)
    case 0x10A0...0x10FF, 0x1C90...0x1CBF, 0x2D00...0x2D2F: return georgian
    case 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xAC00...0xD7FF: return hangul
    case 0x1200...0x139F, 0x2D80...0x2DDF, 0xAB00...0xAB2F: return ethiopic
    case 0x2E80...0x2FDF, 0x3005...0x3007, 0x3021...0x3029, 0x3031...0x3035, 0x3038...0x303C,
      0x3040...0x312F, 0x31A0...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,
      0xFF66...0xFF9F, 0x20000...0x3134F:
      return han
    case 0xA0...0xBF, 0x2000...0x2BFF, 0x3000...0x303F, 0xFE30...0xFE6F, 0xFF00...0xFFEF,
      0x1F000...0x1FBFF:
      return common
    default: return other
    }
  }

  /// Whether a script separates its words with spaces, so that punctuation glued to a word stands
  /// out (Chinese, Japanese and Thai put punctuation between letters all the time).
  ///
  /// - Complexity: O(1).
  static func separatesWords(_ group: UInt8) -> Bool {
    group != han && group < brahmicBase + 10
  }

  /// Cost of two letters of groups `first` and `second` standing next to each other in one word.
  ///
  /// Latin next to Greek (science: `IL2Rγc`) or Han (Chinese and Japanese mix in Latin words
  /// without spaces) and Han next to Hangul are merely unusual; any other mix is a strong sign of
  /// misdecoding.
  ///
  /// - Complexity: O(1).
  static func mixingCost(_ first: UInt8, _ second: UInt8) -> Float {
    if first == second || first == common || second == common { return 0 }
    let low = min(first, second)
    let high = max(first, second)
    if low == latin && (high == greek || high == han) { return 1 }
    if low == han && high == hangul { return 1 }
    return 4
  }
}

/// The script groups that make up a large share of a text's letters, so that a word in another
/// script stands out (a Latin-looking `å’Œ` amid Chinese) and one in a major script does not.
///
/// ```swift
/// let profile = ScriptProfile(Array("RAID 和 LVM 的目标不同".unicodeScalars))
/// profile.isMajor(ScriptGroup.han)  // true
/// ```
struct ScriptProfile: Sendable, Equatable {
  /// Bit *g* is set when group *g* is major.
  var majorGroups: UInt64

  /// Every group counts as major: no letter is foreign.
  static let anything = ScriptProfile(majorGroups: .max)

  init(majorGroups: UInt64) {
    self.majorGroups = majorGroups
  }

  /// Profiles `scalars`: a group is major if it has at least a quarter of the letters, where a
  /// Han or Hangul character weighs as much as three alphabetic letters (about one word's worth).
  ///
  /// - Complexity: O(*n*); classifies by code point range only.
  init(_ scalars: [Unicode.Scalar]) {
    var counts = [Int](repeating: 0, count: 64)
    var total = 0
    for scalar in scalars {
      let value = scalar.value
      let group: UInt8
      if value < 0x80 {
        guard (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A else { continue }
        group = ScriptGroup.latin
      } else {
        // Spacing modifiers (`˘`, `˝`, `ˇ`) are Windows-1250 and -1252 bytes in mojibake, and
        // never the letters a text is written in: they do not make Latin major.
        guard value < 0x2B0 || value > 0x2FF else { continue }
        group = ScriptGroup.of(value)
        if group == ScriptGroup.common { continue }
      }
      let weight = group == ScriptGroup.han || group == ScriptGroup.hangul ? 3 : 1
      counts[Int(group)] += weight
      total += weight
    }
    var mask: UInt64 = 0
    for (group, count) in counts.enumerated() where count > 0 && count * 4 >= total {
      mask |= 1 << UInt64(group)
    }
    self.majorGroups = total == 0 ? .max : mask
  }

  /// Whether `group` is major in the text (``ScriptGroup/common`` always is).
  func isMajor(_ group: UInt8) -> Bool {
    group == ScriptGroup.common || majorGroups & (1 << UInt64(group & 63)) != 0
  }

  /// Whether `group` is major because the text was counted, not because the profile is
  /// ``anything``.
  func isMajorByCount(_ group: UInt8) -> Bool {
    majorGroups != ScriptProfile.anything.majorGroups && isMajor(group)
  }
}
