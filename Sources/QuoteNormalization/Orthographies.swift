import QuoteICU

/// Which Latin-script orthographies write each accented Latin letter, read from CLDR's standard
/// exemplar characters through ICU (``ICULocaleData/exemplarRanges(locale:)``): one bit per
/// language of ``languages``.
///
/// The mojibake judge uses it for a word whose accented letters no single language writes
/// together: `GARANTĂŤA` (`Ă` is Romanian or Vietnamese, `Ť` Czech or Slovak) is Windows-1250
/// mojibake of `GARANTÍA`, while `Dvořák`, `naïveté` and `Łódź` each keep to one orthography.
///
/// ```swift
/// Orthographies.mask(of: 0x159) & Orthographies.mask(of: 0xE1) != 0  // ř, á: Czech
/// Orthographies.mask(of: 0x102) & Orthographies.mask(of: 0x164) == 0  // Ă, Ť: none
/// ```
enum Orthographies {
  /// The languages, at most 64: the Latin-script orthographies CLDR describes that mojibake
  /// repair meets, and enough others that a real word's letters rarely find no language.
  static let languages: [String] = [
    "af", "ast", "az", "br", "bs", "ca", "cs", "cy", "da", "de", "dsb", "en", "eo", "es", "et",
    "eu", "fi", "fil", "fo", "fr", "fur", "fy", "ga", "gd", "gl", "gsw", "ha", "haw", "hr", "hsb",
    "hu", "id", "ig", "is", "it", "kl", "lb", "lt", "lv", "mg", "mi", "ms", "mt", "nb", "nl",
    "nn", "pl", "pt", "rm", "ro", "se", "sk", "sl", "so", "sq", "sv", "sw", "tk", "tr", "uz",
    "vi", "wo", "yo", "zu",
  ]

  /// The blocks covered: Latin-1 letters and Latin Extended-A and -B (U+00C0–U+024F), and Latin
  /// Extended Additional (U+1E00–U+1EFF, Vietnamese).
  private static let low: ClosedRange<UInt32> = 0xC0...0x24F
  private static let high: ClosedRange<UInt32> = 0x1E00...0x1EFF

  /// The masks of `low` then `high`, built once.
  private static let masks: [UInt64] = {
    var masks = [UInt64](repeating: 0, count: low.count + high.count)
    func slot(_ value: UInt32) -> Int? {
      if low.contains(value) { return Int(value - low.lowerBound) }
      if high.contains(value) { return low.count + Int(value - high.lowerBound) }
      return nil
    }
    for (bit, language) in languages.prefix(64).enumerated() {
      guard let ranges = try? ICULocaleData.exemplarRanges(locale: language) else { continue }
      for range in ranges {
        for value in range.clamped(to: low) { masks[slot(value) ?? 0] |= 1 << UInt64(bit) }
        for value in range.clamped(to: high) { masks[slot(value) ?? 0] |= 1 << UInt64(bit) }
      }
    }
    // Romanian written with the cedilla forms of its comma-below letters, as most of its text
    // long was (`ş`, `ţ` for `ș`, `ț`).
    for (cedilla, comma) in [(0x15E, 0x218), (0x15F, 0x219), (0x162, 0x21A), (0x163, 0x21B)] {
      if let c = slot(UInt32(cedilla)), let m = slot(UInt32(comma)) { masks[c] |= masks[m] }
    }
    // `×` and `÷` are no letters.
    masks[0xD7 - 0xC0] = 0
    masks[0xF7 - 0xC0] = 0
    return masks
  }()

  /// The languages that write `value` (bit *i* for ``languages``[*i*]); 0 when none does or
  /// `value` lies outside the blocks covered (no verdict).
  ///
  /// - Complexity: O(1).
  @inline(__always)
  static func mask(of value: UInt32) -> UInt64 {
    if low.contains(value) { return masks[Int(value - low.lowerBound)] }
    if high.contains(value) { return masks[low.count + Int(value - high.lowerBound)] }
    return 0
  }
}

extension Orthographies {
  /// The bit of the language of `tag` (BCP 47: `es`, `pt-BR`, `nb`; its primary subtag), or 0
  /// when it is not one of ``languages``.
  ///
  /// ```swift
  /// Orthographies.mask(ofLanguage: "es-MX") == Orthographies.mask(ofLanguage: "es")  // true
  /// ```
  ///
  /// - Complexity: O(1) (64 languages at most).
  static func mask(ofLanguage tag: String) -> UInt64 {
    let primary = tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first
    guard let primary, let bit = languages.prefix(64).firstIndex(of: String(primary)) else {
      return 0
    }
    return 1 << UInt64(bit)
  }

  /// The languages that write the most of the accented Latin letters of `scalars` (every
  /// language that ties for the most), or 0 when none of its letters gives a verdict.
  ///
  /// The mojibake judge reads a line's language from the letters an earlier pass repaired, so
  /// that of two readings of a run the one in that language wins: in Spanish text `ĂĄ` is `á`
  /// (ISO 8859-2), not `å` (Windows-1250).
  ///
  /// ```swift
  /// Orthographies.lineLanguages(Array("Página, más, también y español".unicodeScalars))
  /// // the bit of "es" (and of the other languages that write á, é and ñ) is set
  /// ```
  ///
  /// - Complexity: O(*n*) in the length of `scalars`, 64 counters per accented letter.
  static func lineLanguages(_ scalars: [Unicode.Scalar]) -> UInt64 {
    var counts = [Int](repeating: 0, count: 64)
    var letters = 0
    for scalar in scalars where scalar.value >= 0xC0 {
      var mask = mask(of: scalar.value)
      guard mask != 0 else { continue }
      letters += 1
      while mask != 0 {
        counts[mask.trailingZeroBitCount] += 1
        mask &= mask - 1
      }
    }
    guard letters > 0, let most = counts.max(), most > 0 else { return 0 }
    var languages: UInt64 = 0
    for (bit, count) in counts.enumerated() where count == most { languages |= 1 << UInt64(bit) }
    return languages
  }

  /// Cost of the accented Latin letters of `window` that none of `languages` writes: 1 each
  /// (none when `languages` is 0).
  ///
  /// - Complexity: O(*n*) in the length of `window`.
  static func foreignLetterCost(_ window: [Unicode.Scalar], languages: UInt64) -> Float {
    guard languages != 0 else { return 0 }
    var cost: Float = 0
    for scalar in window where scalar.value >= 0xC0 {
      let mask = mask(of: scalar.value)
      if mask != 0 && mask & languages == 0 { cost += 1 }
    }
    return cost
  }
}
