import QuoteICU

/// ICU's answers for one normalization form, precomputed for the Basic Multilingual Plane so
/// the hot loop stays in Swift: whether a scalar has a normalization boundary before it, and
/// what a scalar that stands alone between two boundaries becomes. Built once per form, on
/// first use (about 65,000 ICU calls, a few milliseconds in release builds).
final class UnicodeFormTable: Sendable {
  /// Bit 0: boundary before. Bit 1: changes when normalized alone.
  let flags: [UInt8]
  private let mappings: [UInt32: [Unicode.Scalar]]
  let form: ICUNormalizationForm

  private static let nfc = UnicodeFormTable(.nfc)
  private static let nfd = UnicodeFormTable(.nfd)
  private static let nfkc = UnicodeFormTable(.nfkc)
  private static let nfkd = UnicodeFormTable(.nfkd)
  private static let nfkcCasefold = UnicodeFormTable(.nfkcCasefold)

  static func table(for form: ICUNormalizationForm) -> UnicodeFormTable {
    switch form {
    case .nfc: nfc
    case .nfd: nfd
    case .nfkc: nfkc
    case .nfkd: nfkd
    case .nfkcCasefold: nfkcCasefold
    }
  }

  private init(_ form: ICUNormalizationForm) {
    self.form = form
    // One call into ICU for the plane's flags; then the scalars that change, one by one.
    var flags = (try? ICUNormalizer.planeFlags(form: form)) ?? Self.planeFlags(form)
    var mappings: [UInt32: [Unicode.Scalar]] = [:]
    for v in 0..<UInt32(0x10000) where flags[Int(v)] & 2 != 0 {
      let unit = [UInt16(v)]
      if let out = try? ICUNormalizer.normalize(unit, form: form), out != unit {
        mappings[v] = Array(String(decoding: out, as: UTF16.self).unicodeScalars)
      } else {
        flags[Int(v)] &= ~2
      }
    }
    self.flags = flags
    self.mappings = mappings
  }

  /// ``ICUNormalizer/planeFlags(form:)`` asked scalar by scalar, should the bulk call fail.
  ///
  /// - Complexity: O(65,536) calls into ICU.
  private static func planeFlags(_ form: ICUNormalizationForm) -> [UInt8] {
    (0..<UInt32(0x10000)).map { v in
      guard let c = Unicode.Scalar(v) else { return 0 }  // surrogates
      let unit = [UInt16(v)]
      let changes = (try? ICUNormalizer.normalize(unit, form: form)).map { $0 != unit } ?? false
      return (ICUNormalizer.hasBoundaryBefore(c, form: form) ? 1 : 0) | (changes ? 2 : 0)
    }
  }

  /// Whether text can be cut before `c` and normalized piecewise.
  ///
  /// - Complexity: O(1).
  @inline(__always)
  func hasBoundaryBefore(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v < 0x300 { return true }
    if v < 0x10000 { return flags[Int(v)] & 1 != 0 }
    return ICUNormalizer.hasBoundaryBefore(c, form: form)
  }

  /// What `c` becomes when it forms a segment alone, or nil if it stays as it is.
  ///
  /// - Complexity: O(1).
  @inline(__always)
  func mapping(ofLone c: Unicode.Scalar) -> [Unicode.Scalar]? {
    let v = c.value
    if v < 0x10000 {
      if flags[Int(v)] & 2 == 0 { return nil }
      return mappings[v]
    }
    let units = Array(String(c).utf16)
    guard let out = try? ICUNormalizer.normalize(units, form: form), out != units else { return nil }
    return Array(String(decoding: out, as: UTF16.self).unicodeScalars)
  }
}
