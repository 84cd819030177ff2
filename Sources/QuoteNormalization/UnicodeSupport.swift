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
