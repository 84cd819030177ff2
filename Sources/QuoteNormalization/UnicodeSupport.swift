import QuoteICU

/// Versions of the Unicode machinery QuoteNorm runs on.
///
/// ```swift
/// UnicodeSupport.icuVersion      // "72.1"
/// UnicodeSupport.unicodeVersion  // "15.0"
/// ```
public enum UnicodeSupport {
  /// The ICU version in use.
  ///
  /// - Complexity: O(1).
  public static var icuVersion: String { ICUVersion.icu }
  /// The Unicode version ICU implements.
  ///
  /// - Complexity: O(1).
  public static var unicodeVersion: String { ICUVersion.unicode }
}

extension Normalizer.UnicodeForm {
  /// Applies this form to the whole string with one ICU call, without an offset map: the
  /// fastest path when offsets are not needed (and the baseline the benchmarks compare with).
  ///
  /// ```swift
  /// Normalizer.UnicodeForm.nfkcCasefold.apply(to: "Straße")  // "strasse"
  /// ```
  ///
  /// - Complexity: O(*n*).
  public func apply(to text: String) -> String {
    (try? ICUNormalizer.normalize(text, form: icu)) ?? text
  }
}
