import QuoteNormalization

/// Reading speaker names and dates for ``UtteranceIdentity``.
///
/// ```swift
/// IdentityParsing.isoDay("2025-11-04")           // 20396
/// IdentityParsing.isoDay("2025-11-04T09:30:00Z") // 20396
/// IdentityParsing.isoDay("4 Nov")                // nil: compared as a label
/// ```
enum IdentityParsing {
  static let normalizer = Normalizer(profile: .match)

  /// Titles and honorifics left out of speaker names (match-key forms).
  static let titles: Set<UInt64> = Set(
    """
    president vice prime minister secretary senator senador rep representative governor mayor \
    general gen col chancellor king queen prince princess pope sir dame lord lady mr mrs ms miss \
    dr prof professor judge justice ambassador spokesman spokeswoman spokesperson ceo chairman \
    presidente presidenta ministro ministra secretario secretaria senora senor sra sr don dona \
    president president-elect presidentin bundeskanzler kanzlerin herr frau mme mlle monsieur madame
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { WordHash.of(String($0)) })

  /// Days since 1970-01-01 of a date written `YYYY-MM-DD` (anything after the tenth character,
  /// such as a time, is ignored); nil for any other text or an impossible date.
  ///
  /// - Complexity: O(1).
  static func isoDay(_ s: String) -> Int? {
    let b = Array(s.utf8.prefix(10))
    guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
    func number(_ r: Range<Int>) -> Int? {
      var v = 0
      for i in r {
        guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }
        v = v * 10 + Int(b[i] - 0x30)
      }
      return v
    }
    guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
    return civilDay(year: y, month: m, day: d)
  }
}
