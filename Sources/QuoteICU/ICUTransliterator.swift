internal import CQuoteICU
import Synchronization

/// An ICU transliterator (`utrans`), e.g. `Greek-Latin/UNGEGN` or `Any-Latin`.
///
/// ICU transliterators are not thread-safe, so each instance is used by one caller at a time;
/// ``ICUTransliteratorPool`` hands them out. Input should be paragraph-sized: ICU's
/// transliteration of one huge buffer is quadratic.
///
/// ```swift
/// let t = try ICUTransliterator(id: "Cyrillic-Latin/BGN")
/// t.transform("Москва")  // "Moskva"
/// ```
package final class ICUTransliterator {
  private let handle: OpaquePointer
  /// The transliterator's ID.
  package let id: String

  /// Opens a transliterator; throws when ICU has no such ID.
  ///
  /// - Complexity: opening compiles rules, often milliseconds: cache the result.
  package init(id: String) throws(ICUError) {
    var status: Int32 = 0
    let units = Array(id.utf16)
    let h = qn_transliterator_open(units, Int32(units.count), &status)
    try ICUError.check(status, "open transliterator \(id)")
    guard let h else { throw ICUError(code: 1, operation: "open transliterator \(id)") }
    self.handle = h
    self.id = id
  }

  deinit { qn_transliterator_close(handle) }

  /// Transliterates `text`; returns it unchanged if ICU fails.
  ///
  /// - Complexity: O(*n*) for paragraph-sized input.
  package func transform(_ text: String) -> String {
    let units = UTF16Transcoding.units(of: text)
    if units.isEmpty { return text }
    var capacity = units.count * 2 + 16
    for _ in 0..<3 {
      var buffer = units + [UInt16](repeating: 0, count: capacity - units.count)
      var status: Int32 = 0
      let length = qn_transliterator_transform(
        handle, &buffer, Int32(units.count), Int32(capacity), &status)
      if status == qn_buffer_overflow_status() {
        capacity = max(capacity * 2, Int(length) + 16)
        continue
      }
      if status > 0 { return text }
      return UTF16Transcoding.string(from: Array(buffer.prefix(Int(length))))
    }
    return text
  }
}

/// A thread-safe cache of transliterators by ID: opening one costs milliseconds, and an
/// instance must not be used by two threads at once, so callers check one out and return it.
package final class ICUTransliteratorPool: Sendable {
  // Safe: the dictionary is only touched inside the mutex; transliterators move between
  // threads but are used by one caller at a time.
  private nonisolated(unsafe) var idle: [String: [ICUTransliterator]] = [:]
  private let lock = Mutex(())

  package static let shared = ICUTransliteratorPool()

  package init() {}

  /// Runs `body` with a transliterator for `id`, opening one if none is idle.
  ///
  /// - Complexity: O(1) amortized plus `body`.
  package func with<R>(id: String, _ body: (ICUTransliterator) -> R) throws(ICUError) -> R {
    let cached: ICUTransliterator? = lock.withLock { _ in idle[id]?.popLast() }
    let t: ICUTransliterator
    if let cached { t = cached } else { t = try ICUTransliterator(id: id) }
    let result = body(t)
    lock.withLock { _ in idle[id, default: []].append(t) }
    return result
  }

  /// Whether ICU knows the transliterator `id`.
  package func isAvailable(_ id: String) -> Bool {
    (try? with(id: id) { _ in true }) ?? false
  }
}
