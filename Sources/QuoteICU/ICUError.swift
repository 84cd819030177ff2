internal import CQuoteICU

/// An error reported by ICU, carrying ICU's own name for it (e.g. `U_ILLEGAL_ARGUMENT_ERROR`).
///
/// Only environment failures surface as `ICUError` (a missing transliterator, a data file that
/// ICU cannot load); malformed text never does.
package struct ICUError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The raw `UErrorCode` value.
  package var code: Int32
  /// What QuoteNorm was doing when ICU failed.
  package var operation: String

  package init(code: Int32, operation: String) {
    self.code = code
    self.operation = operation
  }

  /// ICU's name for the code, e.g. `U_BUFFER_OVERFLOW_ERROR`.
  package var name: String { String(cString: qn_error_name(code)) }

  package var description: String { "ICU \(operation) failed: \(name)" }

  /// Throws when `status` is an error; ICU warnings (negative codes) count as success.
  static func check(_ status: Int32, _ operation: String) throws(ICUError) {
    if status > 0 { throw ICUError(code: status, operation: operation) }
  }
}

/// Calls an ICU function that fills a UTF-16 buffer, growing the buffer once when ICU reports
/// `U_BUFFER_OVERFLOW_ERROR`. Returns early on empty input: Swift's empty arrays share storage,
/// and ICU rejects a source that aliases its destination.
///
/// - Complexity: O(*n*) plus the cost of `body`, called at most twice.
func withUTF16Buffer(
  input: [UInt16],
  capacityHint: Int? = nil,
  operation: String,
  _ body: (
    _ src: UnsafePointer<UInt16>, _ length: Int32, _ dest: UnsafeMutablePointer<UInt16>,
    _ capacity: Int32, _ status: inout Int32
  ) -> Int32
) throws(ICUError) -> [UInt16] {
  if input.isEmpty { return [] }
  var capacity = capacityHint ?? (input.count + input.count / 2 + 16)
  for _ in 0..<2 {
    var status: Int32 = 0
    var length: Int32 = 0
    let output = [UInt16](unsafeUninitializedCapacity: capacity) { buffer, initialized in
      input.withUnsafeBufferPointer { src in
        // `src.baseAddress` is non-nil: `input` is not empty.
        length = body(src.baseAddress!, Int32(src.count), buffer.baseAddress!, Int32(capacity), &status)
      }
      initialized = status > 0 ? 0 : Int(length)
    }
    if status == qn_buffer_overflow_status() {
      capacity = Int(length) + 1
      continue
    }
    try ICUError.check(status, operation)
    return output
  }
  throw ICUError(code: qn_buffer_overflow_status(), operation: operation)
}
