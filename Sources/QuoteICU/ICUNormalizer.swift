internal import CQuoteICU

/// A Unicode normalization form implemented by ICU's `Normalizer2`.
package enum ICUNormalizationForm: Sendable, Hashable, CaseIterable {
  case nfc, nfd, nfkc, nfkd, nfkcCasefold

  var cValue: qn_form {
    switch self {
    case .nfc: QN_FORM_NFC
    case .nfd: QN_FORM_NFD
    case .nfkc: QN_FORM_NFKC
    case .nfkd: QN_FORM_NFKD
    case .nfkcCasefold: QN_FORM_NFKC_CASEFOLD
    }
  }
}

/// Swift access to ICU's `Normalizer2` singletons (which are never closed).
///
/// ```swift
/// let nfc = try ICUNormalizer.normalize(Array("e\u{301}".utf16), form: .nfc)  // [0xE9]
/// ```
package enum ICUNormalizer {
  /// Normalizes UTF-16 text.
  ///
  /// - Complexity: O(*n*).
  package static func normalize(_ text: [UInt16], form: ICUNormalizationForm) throws(ICUError)
    -> [UInt16]
  {
    try withUTF16Buffer(input: text, operation: "normalize") { src, len, dest, cap, status in
      qn_normalize(form.cValue, src, len, dest, cap, &status)
    }
  }

  /// Normalizes a string.
  ///
  /// - Complexity: O(*n*).
  package static func normalize(_ text: String, form: ICUNormalizationForm) throws(ICUError)
    -> String
  {
    UTF16Transcoding.string(from: try normalize(UTF16Transcoding.units(of: text), form: form))
  }

  /// The length of the longest prefix of `text` that is certainly in `form`
  /// (`unorm2_spanQuickCheckYes`).
  ///
  /// - Complexity: O(*n*).
  package static func quickCheckYesPrefix(
    _ text: UnsafeBufferPointer<UInt16>, form: ICUNormalizationForm
  ) -> Int {
    guard let base = text.baseAddress, !text.isEmpty else { return 0 }
    var status: Int32 = 0
    let n = qn_normalize_span_yes(form.cValue, base, Int32(text.count), &status)
    return status > 0 ? 0 : Int(n)
  }

  /// Whether `form` has a normalization boundary before `scalar`, i.e. text may be split there
  /// and normalized piecewise.
  ///
  /// - Complexity: O(1).
  package static func hasBoundaryBefore(_ scalar: Unicode.Scalar, form: ICUNormalizationForm)
    -> Bool
  {
    if scalar.value < 0xC0 { return true }
    var status: Int32 = 0
    return qn_normalize_has_boundary_before(form.cValue, Int32(bitPattern: scalar.value), &status)
      != 0
  }

  /// Checks that ICU's normalization data loads.
  package static func selfCheck() throws(ICUError) {
    for form in ICUNormalizationForm.allCases {
      _ = try normalize([0x41, 0x301], form: form)
    }
  }
}
