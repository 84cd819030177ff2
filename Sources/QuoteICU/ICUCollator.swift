internal import CQuoteICU

/// An ICU collator for locale-aware comparison (e.g. accent-insensitive at primary strength).
///
/// Not thread-safe: use one per task.
///
/// ```swift
/// let c = try ICUCollator(locale: "es", strength: .primary)
/// c.compare("López", "lopez")  // 0
/// ```
package final class ICUCollator {
  /// How many differences count: base letters, accents, case.
  package enum Strength: Int32, Sendable { case primary = 0, secondary = 1, tertiary = 2 }

  private let handle: OpaquePointer

  package init(locale: String, strength: Strength) throws(ICUError) {
    var status: Int32 = 0
    let h = locale.withCString { qn_collator_open($0, strength.rawValue, &status) }
    try ICUError.check(status, "open collator \(locale)")
    guard let h else { throw ICUError(code: 1, operation: "open collator \(locale)") }
    handle = h
  }

  deinit { qn_collator_close(handle) }

  /// -1, 0 or 1.
  ///
  /// - Complexity: O(*n*).
  package func compare(_ a: String, _ b: String) -> Int {
    let x = Array(a.utf16)
    let y = Array(b.utf16)
    return Int(qn_collator_compare(handle, x, Int32(x.count), y, Int32(y.count)))
  }
}
