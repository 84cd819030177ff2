/// Turns Unicode scalar offsets into `String.Index` values of one string, walking it once for
/// a whole batch of offsets.
///
/// ```swift
/// let idx = ScalarIndex(of: "a😀b", offsets: [0, 2])
/// idx[2]  // the index of "b"
/// ```
struct ScalarIndex {
  private var table: [Int: String.Index] = [:]
  private let end: String.Index

  /// Indexes `offsets` of `text` (clamped to its length).
  ///
  /// - Complexity: O(*n* + *k* log *k*) for *k* offsets.
  init(of text: String, offsets: [Int]) {
    let scalars = text.unicodeScalars
    end = scalars.endIndex
    let wanted = Set(offsets).sorted()
    var i = scalars.startIndex
    var at = 0
    for o in wanted {
      while at < o, i < scalars.endIndex {
        scalars.formIndex(after: &i)
        at += 1
      }
      table[o] = i
    }
  }

  /// The index of scalar offset `o`.
  subscript(_ o: Int) -> String.Index { table[o] ?? end }

  /// A range of offsets as a `String.Index` range.
  func range(_ r: Range<Int>) -> Range<String.Index> { self[r.lowerBound]..<self[r.upperBound] }
}
