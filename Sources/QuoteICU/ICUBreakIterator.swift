internal import CQuoteICU

/// The kind of text boundary to find.
package enum ICUBreakKind: Sendable {
  case character, word, line, sentence

  var cValue: qn_break_kind {
    switch self {
    case .character: QN_BREAK_CHARACTER
    case .word: QN_BREAK_WORD
    case .line: QN_BREAK_LINE
    case .sentence: QN_BREAK_SENTENCE
    }
  }
}

/// One segment between two boundaries, in UTF-16 offsets, with ICU's rule status
/// (word breaks: 0 = none/punctuation/space, 100 = number, 200 = letter, 300 = kana, 400 = ideo).
package struct ICUBreakSegment: Sendable, Hashable {
  package var start: Int
  package var end: Int
  package var ruleStatus: Int
}

/// ICU break iteration (`ubrk`) over a UTF-16 buffer.
///
/// ```swift
/// let segs = try ICUBreakIterator.segments(Array("Hi, you.".utf16), kind: .word, locale: "en")
/// // [0..<2 (200), 2..<3 (0), 3..<4 (0), 4..<7 (200), 7..<8 (0)]
/// ```
package enum ICUBreakIterator {
  /// The segments of `text` between consecutive boundaries of `kind`.
  ///
  /// - Complexity: O(*n*); opening the iterator costs microseconds, so pass paragraphs.
  package static func segments(_ text: [UInt16], kind: ICUBreakKind, locale: String = "")
    throws(ICUError) -> [ICUBreakSegment]
  {
    if text.isEmpty { return [] }
    var status: Int32 = 0
    let opened: OpaquePointer? = text.withUnsafeBufferPointer { buf in
      locale.withCString { qn_break_open(kind.cValue, $0, buf.baseAddress, Int32(buf.count), &status) }
    }
    try ICUError.check(status, "open break iterator")
    guard let handle = opened else { throw ICUError(code: 1, operation: "open break iterator") }
    defer { qn_break_close(handle) }
    var result: [ICUBreakSegment] = []
    var start = Int(qn_break_first(handle))
    while true {
      let end = Int(qn_break_next(handle))
      if end < 0 { break }
      result.append(ICUBreakSegment(start: start, end: end, ruleStatus: Int(qn_break_rule_status(handle))))
      start = end
    }
    return text.withUnsafeBufferPointer { _ in result }
  }
}
