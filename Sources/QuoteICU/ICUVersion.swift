internal import CQuoteICU

/// Versions of the ICU library QuoteNorm is linked against.
package enum ICUVersion {
  /// The ICU version, e.g. `"72.1"`.
  ///
  /// - Complexity: O(1).
  package static var icu: String {
    var buffer = [CChar](repeating: 0, count: 32)
    qn_icu_version(&buffer, Int32(buffer.count))
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// The Unicode version ICU implements, e.g. `"15.0"`.
  ///
  /// - Complexity: O(1).
  package static var unicode: String {
    var buffer = [CChar](repeating: 0, count: 32)
    qn_unicode_version(&buffer, Int32(buffer.count))
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
