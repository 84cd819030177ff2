import QuoteICU

/// A word or number of a normalized text, found by ICU's word break rules.
public struct Token: Sendable, Hashable, Codable {
  /// What kind of segment ICU's rule status says it is.
  public enum Kind: String, Sendable, Hashable, Codable {
    case word, number, kana, ideograph
  }

  /// The token as it stands in the normalized text.
  public var text: String
  /// Its scalar offsets in the normalized text.
  public var range: Range<Int>
  /// The scalar offsets in the original text that produced it.
  public var originalRange: Range<Int>
  public var kind: Kind
}

extension NormalizedText {
  /// The words and numbers of ``text`` (punctuation and spaces left out), by ICU's word break
  /// rules for `locale`, each with its range in the normalized and in the original text.
  ///
  /// ```swift
  /// let r = Normalizer(profile: .match).normalize("“It’s 25,000!” she said")
  /// r.tokens().map(\.text)  // ["it's", "25,000", "she", "said"]
  /// ```
  ///
  /// - Complexity: O(*n*); ICU is called once per line.
  public func tokens(locale: String = "") -> [Token] {
    var result: [Token] = []
    var lineStart = 0  // scalar offset of the current line in `text`
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let scalars = Array(line.unicodeScalars)
      defer { lineStart += scalars.count + 1 }
      if scalars.isEmpty { continue }
      var units: [UInt16] = []
      var scalarAt: [Int] = []  // UTF-16 offset -> scalar offset within the line
      units.reserveCapacity(scalars.count)
      for (k, c) in scalars.enumerated() {
        for u in c.utf16 {
          units.append(u)
          scalarAt.append(k)
        }
      }
      scalarAt.append(scalars.count)
      guard let segments = try? ICUBreakIterator.segments(units, kind: .word, locale: locale) else {
        continue
      }
      for seg in segments where seg.ruleStatus >= 100 {
        let kind: Token.Kind =
          switch seg.ruleStatus {
          case 100..<200: .number
          case 300..<400: .kana
          case 400..<500: .ideograph
          default: .word
          }
        let lo = scalarAt[seg.start]
        let hi = scalarAt[seg.end]
        var word = ""
        word.unicodeScalars.append(contentsOf: scalars[lo..<hi])
        let range = (lineStart + lo)..<(lineStart + hi)
        result.append(
          Token(text: word, range: range, originalRange: map.inputRange(forOutput: range), kind: kind))
      }
    }
    return result
  }
}
