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

  /// For every scalar of the Basic Multilingual Plane, indexed by its value (surrogates: 0):
  /// bit 0 when `form` has a boundary before it (``hasBoundaryBefore(_:form:)``), bit 1 when
  /// normalizing it alone changes it. One call into ICU for the whole plane.
  ///
  /// ```swift
  /// let f = ICUNormalizer.planeFlags(form: .nfkcCasefold)
  /// f[0x41]  // 3: a boundary before "A", which folds to "a"
  /// ```
  ///
  /// - Throws: ``ICUError`` when ICU's normalization data does not load.
  /// - Complexity: O(65,536).
  package static func planeFlags(form: ICUNormalizationForm) throws(ICUError) -> [UInt8] {
    var flags = [UInt8](repeating: 0, count: 0x10000)
    var status: Int32 = 0
    flags.withUnsafeMutableBufferPointer { b in
      if let base = b.baseAddress { qn_normalize_bmp_flags(form.cValue, base, &status) }
    }
    if status > 0 { throw ICUError(code: status, operation: "unorm2_isNormalized") }
    // As ``hasBoundaryBefore(_:form:)`` answers below U+00C0.
    for v in 0..<0xC0 { flags[v] |= 1 }
    return flags
  }

  /// Checks that ICU's normalization data loads.
  package static func selfCheck() throws(ICUError) {
    for form in ICUNormalizationForm.allCases {
      _ = try normalize([0x41, 0x301], form: form)
    }
  }
}
