internal import CQuoteICU

/// A locale's quotation delimiters from CLDR (`ulocdata_getDelimiter`).
package struct ICUQuotationDelimiters: Sendable, Hashable {
  package var start: String
  package var end: String
  package var alternateStart: String
  package var alternateEnd: String
}

/// Locale data from ICU.
///
/// ```swift
/// try ICULocaleData.quotationDelimiters(locale: "de")  // „ “ ‚ ‘
/// ```
package enum ICULocaleData {
  /// The primary and alternate (nested) quotation marks of `locale`.
  ///
  /// - Complexity: O(1) (one resource bundle lookup).
  package static func quotationDelimiters(locale: String) throws(ICUError) -> ICUQuotationDelimiters {
    func get(_ which: qn_delimiter) throws(ICUError) -> String {
      var buffer = [UInt16](repeating: 0, count: 16)
      var status: Int32 = 0
      let n = locale.withCString { qn_locale_delimiter($0, which, &buffer, Int32(buffer.count), &status) }
      try ICUError.check(status, "read quotation delimiters of \(locale)")
      return String(decoding: buffer.prefix(Int(n)), as: UTF16.self)
    }
    return ICUQuotationDelimiters(
      start: try get(QN_QUOTE_START), end: try get(QN_QUOTE_END),
      alternateStart: try get(QN_QUOTE_ALT_START), alternateEnd: try get(QN_QUOTE_ALT_END))
  }

  /// The letters the orthography of `locale` uses (CLDR's standard exemplar characters, both
  /// cases), as code point ranges; multi-character exemplars (`ch`) are left out.
  ///
  /// ```swift
  /// try ICULocaleData.exemplarRanges(locale: "cs").contains { $0.contains(0x159) }  // ř: true
  /// ```
  ///
  /// - Complexity: O(*r*) in the number of ranges (one resource bundle lookup).
  package static func exemplarRanges(locale: String) throws(ICUError) -> [ClosedRange<UInt32>] {
    var buffer = [UInt32](repeating: 0, count: 512)
    var status: Int32 = 0
    var n = locale.withCString {
      qn_locale_exemplar_ranges($0, &buffer, Int32(buffer.count), &status)
    }
    try ICUError.check(status, "read exemplar characters of \(locale)")
    if 2 * Int(n) > buffer.count {
      buffer = [UInt32](repeating: 0, count: 2 * Int(n))
      n = locale.withCString {
        qn_locale_exemplar_ranges($0, &buffer, Int32(buffer.count), &status)
      }
      try ICUError.check(status, "read exemplar characters of \(locale)")
    }
    return (0..<min(Int(n), buffer.count / 2)).map { buffer[2 * $0]...buffer[2 * $0 + 1] }
  }
}
