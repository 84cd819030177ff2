internal import CQuoteICU

/// ICU's full case mapping (which handles ß, final sigma, Turkish dotted i by locale).
///
/// ```swift
/// try ICUCaseMapping.fold("Straße")  // "strasse"
/// ```
package enum ICUCaseMapping {
  /// Full default case folding (`u_strFoldCase`).
  ///
  /// - Complexity: O(*n*).
  package static func fold(_ text: String) throws(ICUError) -> String {
    let out = try withUTF16Buffer(input: UTF16Transcoding.units(of: text), operation: "fold case") {
      src, len, dest, cap, status in qn_fold_case(src, len, dest, cap, &status)
    }
    return UTF16Transcoding.string(from: out)
  }

  /// Locale-sensitive lowercasing (`u_strToLower`).
  ///
  /// - Complexity: O(*n*).
  package static func lowercase(_ text: String, locale: String = "") throws(ICUError) -> String {
    let out = try withUTF16Buffer(input: UTF16Transcoding.units(of: text), operation: "lowercase") {
      src, len, dest, cap, status in
      locale.withCString { qn_to_lower($0, src, len, dest, cap, &status) }
    }
    return UTF16Transcoding.string(from: out)
  }

  /// Locale-sensitive uppercasing (`u_strToUpper`).
  ///
  /// - Complexity: O(*n*).
  package static func uppercase(_ text: String, locale: String = "") throws(ICUError) -> String {
    let out = try withUTF16Buffer(input: UTF16Transcoding.units(of: text), operation: "uppercase") {
      src, len, dest, cap, status in
      locale.withCString { qn_to_upper($0, src, len, dest, cap, &status) }
    }
    return UTF16Transcoding.string(from: out)
  }
}
