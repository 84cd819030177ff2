import QuoteNormalization

/// A quotation read for matching: its match key (with the offset map back to the text you
/// gave), its words and the terms they compare as.
///
/// Make one with ``QuoteMatcher/analyze(_:language:)`` and reuse it: a quotation compared with
/// many others is analysed once.
///
/// ```swift
/// let m = QuoteMatcher()
/// let q = m.analyze("“It’s not going to happen,” she said.", language: "en")
/// q.normalized.text   // "\"it's not going to happen,\" she said."
/// q.words             // ["it's", "not", "going", "to", "happen", "she", "said"]
/// q.language          // "en"
/// ```
public struct AnalyzedQuote: Sendable {
  /// The match key and the map back to the original text.
  public let normalized: NormalizedText
  /// The language the quotation was read in: the one given, else the one its function words
  /// point to; nil when neither says.
  public let language: String?
  let tokens: [KeyToken]
  let terms: [Term]

  init(normalized: NormalizedText, language: String?, tokens: [KeyToken], terms: [Term]) {
    self.normalized = normalized
    self.language = language
    self.tokens = tokens
    self.terms = terms
  }

  /// The text that was analysed.
  ///
  /// - Complexity: O(1).
  public var text: String { normalized.original }

  /// The words of the match key, in order.
  ///
  /// - Complexity: O(*n*).
  public var words: [String] {
    var key = normalized.text
    return key.withUTF8 { b in tokens.map { String(decoding: UnsafeBufferPointer(rebasing: b[$0.bytes]), as: UTF8.self) } }
  }

  /// The Unicode scalar range of the original text that the key tokens `tokens` came from.
  ///
  /// - Complexity: O(log *e*) in the number of normalization edits.
  func originalScalars(tokens range: Range<Int32>) -> Range<Int> {
    guard !range.isEmpty, Int(range.upperBound) <= tokens.count else { return 0..<0 }
    let lo = tokens[Int(range.lowerBound)].scalars.lowerBound
    let hi = tokens[Int(range.upperBound) - 1].scalars.upperBound
    return normalized.map.inputRange(forOutput: lo..<hi)
  }

  /// The original text of a scalar range.
  ///
  /// - Complexity: O(*n*) to find the scalar offsets.
  func originalText(_ r: Range<Int>) -> String {
    let s = normalized.original.unicodeScalars
    guard r.lowerBound >= 0, r.upperBound <= s.count else { return "" }
    let a = s.index(s.startIndex, offsetBy: r.lowerBound)
    let b = s.index(a, offsetBy: r.count)
    return String(s[a..<b])
  }
}
