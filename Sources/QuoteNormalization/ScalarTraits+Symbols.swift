extension ScalarTraits {
  /// Costs of one non-letter that the Windows-1252, Latin-1 or Mac OS Roman decoders produce.
  struct SymbolCost: Sendable {
    var kind: Kind
    var rarity: Float
    /// Cost right after a letter.
    var after: Float
    /// Cost right before a letter.
    var before: Float
    var splits: Bool

    init(_ kind: Kind, _ rarity: Float, _ after: Float, _ before: Float, splits: Bool = true) {
      self.kind = kind
      self.rarity = rarity
      self.after = after
      self.before = before
      self.splits = splits
    }
  }

  /// Hand-set costs for the punctuation and symbols that single-byte misdecodings are made of.
  ///
  /// These are the scalars a mojibake sequence consists of besides letters, so their use in real
  /// text matters most: `’` and `–` sit inside words, `”` `»` `…` close them, `„` `«` `¿` open
  /// them; `™ ® ° ² ³` follow a word or number; `© ¬ ¶ ‰ ¤ ¦ ¸ ¯` are odd next to letters on
  /// either side.
  ///
  /// - Returns: `nil` for scalars without special costs (the general-category defaults apply).
  /// - Complexity: O(1).
  static func symbolCosts(_ value: UInt32) -> SymbolCost? {
    switch value {
    case 0xA0: return SymbolCost(.nbsp, 0.2, 0, 0, splits: false)
    case 0xA1: return SymbolCost(.punctuation, 0.3, 2, 0)
    case 0xA2: return SymbolCost(.symbol, 0.5, 1.5, 2)
    case 0xA3: return SymbolCost(.symbol, 0.3, 2, 1.5)
    case 0xA4, 0xA6, 0xAC, 0xAF, 0xB6, 0xB8: return SymbolCost(.symbol, 1, 2, 2)
    case 0xA5: return SymbolCost(.symbol, 0.5, 1.5, 2)
    case 0xA7: return SymbolCost(.symbol, 0.5, 2, 1)
    case 0xA8: return SymbolCost(.symbol, 1, 1, 1.5)
    case 0xA9: return SymbolCost(.symbol, 0.3, 1.5, 1.5)
    case 0xAA: return SymbolCost(.symbol, 0.5, 0.5, 2)
    case 0xAB: return SymbolCost(.punctuation, 0, 1.5, 0)
    case 0xAD: return SymbolCost(.invisible, 0.5, 0, 0, splits: false)
    case 0xAE: return SymbolCost(.symbol, 0.3, 0.5, 2)
    case 0xB0: return SymbolCost(.symbol, 0.3, 1, 0.5)
    case 0xB1: return SymbolCost(.symbol, 0.5, 2, 1)
    case 0xB2, 0xB3: return SymbolCost(.symbol, 0.3, 0.3, 1.5)
    case 0xB4: return SymbolCost(.symbol, 0.5, 0.5, 0.5, splits: false)
    case 0xB5: return SymbolCost(.symbol, 0.5, 1, 0.3, splits: false)
    case 0xB7: return SymbolCost(.punctuation, 0.3, 0.3, 0.3, splits: false)
    case 0xB9: return SymbolCost(.symbol, 0.5, 0.3, 1.5)
    case 0xBA: return SymbolCost(.symbol, 0.3, 0.5, 2)
    case 0xBB: return SymbolCost(.punctuation, 0, 0, 0.5)
    case 0xBC...0xBE, 0xF7: return SymbolCost(.symbol, 0.5, 2, 2)
    case 0xBF: return SymbolCost(.punctuation, 0.3, 1.5, 0)
    case 0xD7: return SymbolCost(.symbol, 0.3, 1, 1)
    case 0xC0...0x2000: return smallModifierCosts(value)
    // U+2010 and U+2011: real text hyphenates with U+002D nearly always.
    case 0x2010, 0x2011: return SymbolCost(.punctuation, 1, 0.5, 0.5, splits: false)
    case 0x2013: return SymbolCost(.punctuation, 0, 0.5, 0.5, splits: false)
    case 0x2014: return SymbolCost(.punctuation, 0, 0.3, 0.3, splits: false)
    case 0x2018: return SymbolCost(.punctuation, 0, 1, 0)
    case 0x2019: return SymbolCost(.punctuation, 0, 0, 0, splits: false)
    case 0x201A: return SymbolCost(.punctuation, 0.5, 2, 0.5)
    case 0x201C: return SymbolCost(.punctuation, 0, 0.5, 0)
    case 0x201D: return SymbolCost(.punctuation, 0, 0, 1)
    case 0x201E: return SymbolCost(.punctuation, 0.3, 2, 0)
    case 0x2020: return SymbolCost(.symbol, 0.5, 1, 2)
    case 0x2021: return SymbolCost(.symbol, 1, 1.5, 2)
    case 0x2022: return SymbolCost(.punctuation, 0.3, 2, 1.5)
    case 0x2026: return SymbolCost(.punctuation, 0, 0, 1)
    case 0x2030: return SymbolCost(.symbol, 0.5, 2, 2)
    case 0x2039: return SymbolCost(.punctuation, 0.5, 2, 0.5)
    case 0x203A: return SymbolCost(.punctuation, 0.5, 1, 1)
    case 0x2044, 0x2260, 0x2264, 0x2265: return SymbolCost(.symbol, 0.5, 1, 1)
    case 0x20AC: return SymbolCost(.symbol, 0.3, 1.5, 1.5)
    case 0x2122: return SymbolCost(.symbol, 0.3, 0.5, 2)
    case 0x221A, 0x221E: return SymbolCost(.symbol, 0.5, 2, 1)
    case 0x2202, 0x2206, 0x220F, 0x2211, 0x222B, 0x2248: return SymbolCost(.symbol, 0.5, 2, 1.5)
    case 0x25CA: return SymbolCost(.symbol, 1, 2, 2)
    default: return nil
    }
  }

  /// The spacing accents among the decoders' repertoire (`ˆ ˜ ˘ ˙ ˚ ˛ ˝ ˇ`), which are
  /// modifier letters or symbols by category but behave like stray symbols in mojibake.
  private static func smallModifierCosts(_ value: UInt32) -> SymbolCost? {
    switch value {
    case 0x2C6, 0x2C7, 0x2D8...0x2DB, 0x2DC, 0x2DD: return SymbolCost(.symbol, 1, 2, 2)
    default: return nil
    }
  }
}
