/// What the mojibake plausibility model knows about one scalar: its kind, a coarse script group,
/// how rare it is in real text, and how odd it is right after or right before a letter.
///
/// Derived from code point ranges and the standard library's Unicode properties (no ICU, no
/// Foundation). The numbers are costs in the sense of negative log-likelihood: 0 is unremarkable,
/// about 2 is "suspicious", 10 is "practically never in real text".
///
/// ```swift
/// let traits = ScalarTraits("©")  // kind .symbol, afterLetter 1.5: odd right after a letter
/// ```
struct ScalarTraits: Sendable {
  /// The role a scalar plays in a word.
  enum Kind: UInt8, Sendable {
    case space, nbsp, lowercase, uppercase, uncasedLetter, digit, mark
    case punctuation, symbol, control, invisible, unassigned
  }

  var kind: Kind
  /// A ``ScriptGroup`` value: the script of a letter or mark, or of punctuation, symbols and digits
  /// that belong to one script (Arabic comma, Arabic-Indic digits); ``ScriptGroup/common`` for
  /// the rest.
  var script: UInt8
  /// Cost of the scalar appearing at all.
  var rarity: Float
  /// Cost of a non-letter directly after a letter.
  var afterLetter: Float = 0
  /// Cost of a non-letter directly before a letter.
  var beforeLetter: Float = 0
  /// Whether this non-letter is odd inside a word (unlike apostrophes, hyphens or a middle dot).
  var splitsWord: Bool = false

  var isLetter: Bool { kind == .lowercase || kind == .uppercase || kind == .uncasedLetter }

  /// Classifies `scalar`.
  ///
  /// - Complexity: O(1); a table lookup in the Basic Multilingual Plane, where the decodings of
  /// nearly all mojibake land.
  init(_ scalar: Unicode.Scalar) {
    let value = scalar.value
    if value < 0x10000 {
      self = Self.basicPlane[Int(value)]
      return
    }
    self.init(classifying: scalar)
  }

  /// Traits of every BMP scalar, computed once (surrogate code points get U+FFFD's).
  private static let basicPlane: [ScalarTraits] = (UInt32(0)..<0x10000).map { value in
    ScalarTraits(classifying: Unicode.Scalar(value) ?? "\u{FFFD}")
  }

  /// Classifies `scalar` from its code point and general category.
  private init(classifying scalar: Unicode.Scalar) {
    let value = scalar.value
    if value < 0x80 {
      self.init(ascii: value)
      return
    }
    if let symbol = Self.symbolCosts(value) {
      self.init(kind: symbol.kind, script: ScriptGroup.common, rarity: symbol.rarity)
      afterLetter = symbol.after
      beforeLetter = symbol.before
      splitsWord = symbol.splits
      return
    }
    let properties = scalar.properties
    let script = ScriptGroup.of(value)
    switch properties.generalCategory {
    case .uppercaseLetter, .titlecaseLetter:
      self.init(kind: .uppercase, script: script, rarity: Self.letterRarity(value))
    case .lowercaseLetter:
      self.init(kind: .lowercase, script: script, rarity: Self.letterRarity(value))
    case .otherLetter, .modifierLetter, .letterNumber:
      self.init(kind: .uncasedLetter, script: script, rarity: Self.letterRarity(value))
    case .nonspacingMark, .spacingMark, .enclosingMark:
      self.init(kind: .mark, script: script, rarity: Self.nonLetterRarity(value))
    case .decimalNumber:
      // Digits of other scripts (Arabic-Indic, NKo…) keep their script, to clash with letters.
      self.init(kind: .digit, script: script, rarity: max(0.3, Self.letterRarity(value)))
    case .spaceSeparator:
      let isNoBreak = value == 0xA0 || value == 0x202F || value == 0x2007
      self.init(kind: isNoBreak ? .nbsp : .space, script: ScriptGroup.common, rarity: 0.3)
    case .lineSeparator, .paragraphSeparator:
      self.init(kind: .space, script: ScriptGroup.common, rarity: 0.5)
    case .control:
      let isBreak = value == 0x85
      self.init(kind: .control, script: ScriptGroup.common, rarity: isBreak ? 6 : 10)
    case .format:
      let rarity: Float
      switch value {
      case 0xAD: rarity = 0.5
      case 0x200B...0x200F, 0x2060...0x2064, 0xFEFF: rarity = 1.5
      default: rarity = 3
      }
      self.init(kind: .invisible, script: ScriptGroup.common, rarity: rarity)
    case .surrogate, .privateUse, .unassigned:
      self.init(kind: .unassigned, script: ScriptGroup.common, rarity: 10)
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation:
      // CJK punctuation sits between letters: Chinese and Japanese have no spaces.
      let isCJK = (0x3000...0x303F).contains(value) || (0xFF00...0xFF65).contains(value)
      let rarity = Self.nonLetterRarity(value)
      self.init(kind: .punctuation, script: Self.nonLetterScript(value), rarity: rarity)
      afterLetter = isCJK ? 0 : 0.5
      beforeLetter = isCJK ? 0 : 0.5
      splitsWord = true
    case .otherNumber, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
      let isPictograph = value >= 0x1F000 && value < 0x1FB00
      let rarity: Float = isPictograph ? 0.3 : Self.nonLetterRarity(value)
      self.init(kind: .symbol, script: Self.nonLetterScript(value), rarity: rarity)
      afterLetter = isPictograph ? 0.5 : 1
      beforeLetter = isPictograph ? 0.5 : 1
      splitsWord = true
    @unknown default:
      self.init(kind: .symbol, script: ScriptGroup.common, rarity: 1)
    }
  }

  private init(kind: Kind, script: UInt8, rarity: Float) {
    self.kind = kind
    self.script = script
    self.rarity = rarity
  }

  /// ASCII never changes in a repair, so only its shape matters, not its cost.
  private init(ascii value: UInt32) {
    switch value {
    case 0x61...0x7A: self.init(kind: .lowercase, script: ScriptGroup.latin, rarity: 0)
    case 0x41...0x5A: self.init(kind: .uppercase, script: ScriptGroup.latin, rarity: 0)
    case 0x30...0x39: self.init(kind: .digit, script: ScriptGroup.common, rarity: 0)
    case 0x09, 0x0A, 0x0D, 0x20: self.init(kind: .space, script: ScriptGroup.common, rarity: 0)
    case 0x00..<0x20, 0x7F: self.init(kind: .control, script: ScriptGroup.common, rarity: 0)
    default: self.init(kind: .punctuation, script: ScriptGroup.common, rarity: 0)
    }
  }

  /// How rare a letter is as a repair result or in real text, by range.
  ///
  /// Common: the letters of living languages' alphabets. Rare: Latin Extended-B and IPA (except the
  /// Vietnamese, pinyin and Romanian letters there), spacing modifiers, historic Cyrillic, and
  /// scripts that a two-byte misdecoding lands in but real text seldom uses (Syriac, Thaana, NKo…).
  static func letterRarity(_ value: UInt32) -> Float {
    switch value {
    case 0xC0...0xFF:
      switch value {
      case 0xC2: return 2
      case 0xC3: return 1.5
      case 0xD0, 0xDE: return 1
      case 0xF0, 0xFE: return 0.5
      case 0xDD, 0xFD, 0xFF, 0xE6: return 0.3
      case 0xC0...0xDE: return 0.2
      default: return 0
      }
    case 0x17F: return 3  // long s: historical print only (`┐` is its byte under codepage 437)
    case 0x100...0x17E: return rareExtendedA.contains(UInt8(value - 0x100)) ? 1.5 : 0
    case 0x218...0x21B: return 0
    case 0x18F, 0x1A0, 0x1A1, 0x1AF, 0x1B0, 0x1CD...0x1DC: return 0.5
    case 0x192: return 2
    case 0x180...0x24F: return 3
    case 0x259: return 1
    case 0x250...0x2AF: return 4
    case 0x2B0...0x2FF: return 3
    case 0x386...0x3CE: return 0
    case 0x370...0x3FF: return 2
    case 0x400...0x45F: return 0
    case 0x490, 0x491: return 0
    case 0x48A...0x4FF: return 1
    case 0x460...0x52F: return 2.5
    case 0x530...0x58F: return 2
    case 0x5D0...0x5EA: return 0
    case 0x590...0x5FF: return 1.5
    case 0x621...0x64A, 0x67E, 0x686, 0x698, 0x6A9, 0x6AF, 0x6CC: return 0
    case 0x600...0x6FF: return 1.5
    case 0x750...0x77F: return 2
    case 0x700...0x8FF: return 3
    case 0x900...0xEFF: return 0.5
    case 0xF00...0x10FF, 0x1200...0x139F: return 1
    case 0x1D00...0x1DBF: return 3
    case 0x1E00...0x1EFF: return 0
    case 0x1F00...0x1FFF: return 0.5
    case 0x3040...0x30FF, 0x4E00...0x9FFF: return 0
    case 0x3100...0x31FF: return 1
    case 0x3400...0x4DBF: return 1.5
    case 0xAC00...0xD7A3: return 0.3
    case 0xF900...0xFAFF, 0x20000...0x3134F: return 2
    case 0xFB00...0xFB4F: return 1.5
    case 0xFF00...0xFFEF: return 0.5
    default: return 3
    }
  }

  /// The script of a punctuation mark or symbol that belongs to one (Arabic comma, Armenian
  /// full stop, Afghani sign); ``ScriptGroup/common`` for the general-purpose ones.
  private static func nonLetterScript(_ value: UInt32) -> UInt8 {
    (0x370...0x1FFF).contains(value) ? ScriptGroup.of(value) : ScriptGroup.common
  }

  /// How rare a combining mark, punctuation mark or symbol is. Even the accents of European
  /// orthographies are rare as separate scalars (text is mostly NFC), and the rest of the generic
  /// block is phonetic notation, but for the low line and the overlays that decorate text.
  /// Script-specific punctuation is as rare as its script's letters, except the commas, stops
  /// and question marks that text in that script uses all the time.
  static func nonLetterRarity(_ value: UInt32) -> Float {
    switch value {
    case 0x300...0x30C, 0x323, 0x326...0x328, 0x331: return 1.5
    // The low line and the overlays that decorate text (`t̲e̲x̲t̲`, `s̶t̶r̶u̶c̶k̶`), in use online.
    case 0x332, 0x334...0x338: return 1.5
    case 0x30D...0x33F, 0x2B0...0x2FF: return 3
    case 0x340...0x36F: return 4.5
    case 0x37E, 0x387, 0x589, 0x5BE, 0x5C3, 0x60C, 0x61B, 0x61F, 0x6D4, 0x964, 0x965: return 0.3
    case 0x370...0x1FFF: return max(0.3, letterRarity(value))
    case 0x3000...0x303F: return 0
    case 0x2000...0x2BFF: return symbolBlockRarity(value)
    case 0xFF00...0xFFEF: return 0.3
    case 0x2E00...0x2E7F, 0xFE30...0xFE4F: return 1.5
    case 0x2E80...0x2FFF, 0xFE10...0xFE1F, 0xFE50...0xFE6F: return 2.5
    case 0x10000...: return 3
    default: return 0.5
    }
  }

  /// Rarity of the symbol blocks U+2000–U+2BFF in running text: punctuation, currency, arrows,
  /// the common math operators, box drawing and pictographs are in use; braille, the
  /// supplemental arrows and math blocks and control pictures hardly are.
  private static func symbolBlockRarity(_ value: UInt32) -> Float {
    switch value {
    case 0x2000...0x206F, 0x20A0...0x20CF, 0x2600...0x27BF: return 0.3
    case 0x2B05...0x2B07, 0x2B1B, 0x2B1C, 0x2B50, 0x2B55: return 0.3
    case 0x2300...0x23FF, 0x2B00...0x2BFF: return 1
    case 0x2400...0x245F, 0x27C0...0x2AFF: return 2
    default: return 0.5
    }
  }

  /// Offsets from U+0100 of the Latin Extended-A letters that no major language uses
  /// (Esperanto, Maltese, Sami, archaic forms).
  private static let rareExtendedA: Set<UInt8> = [
    0x08, 0x09, 0x0A, 0x0B, 0x14, 0x15, 0x1C, 0x1D, 0x20, 0x21, 0x24, 0x25, 0x26, 0x27, 0x28,
    0x29, 0x2C, 0x2D, 0x32, 0x33, 0x34, 0x35, 0x38, 0x3F, 0x40, 0x49, 0x4A, 0x4B, 0x4E, 0x4F,
    0x56, 0x57, 0x5C, 0x5D, 0x66, 0x67, 0x68, 0x69, 0x6C, 0x6D, 0x74, 0x75, 0x76, 0x77, 0x7F,
  ]
}
