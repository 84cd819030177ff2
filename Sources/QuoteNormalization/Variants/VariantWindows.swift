/// The parts of a line the variant steps run on: around each of the trigger's hits
/// (``VariantTrigger/steps(in:hits:)``), not the whole line, since most of a long line is words
/// no step touches. A line of 600 bytes with one `won't` runs the steps on some 60.
///
/// A window starts at the line's start or just after a space, and ends at a space or the line's
/// end, at least ``margin`` bytes from every hit it holds: no step reads that far beyond the
/// word or digits it starts from (the furthest are a date read back from its month,
/// `4th of november`, nine bytes, and the groups of a number, each a hit of its own), so a step
/// sees in a window what it would see in the whole line, and changes the same things; and the
/// trigger would find in a window the hits it holds, so the steps a window runs are theirs,
/// with no second reading. A test compares windows with whole lines on the corpus and on
/// generated lines.
///
/// ```swift
/// VariantWindows.windows([Hit(range: 40..<43, steps: .contractions)], in: bytes)
/// // [12..<71, contractions]: from after a space to before one
/// ```
///
/// - Complexity: O(*n*) in the line's bytes.
enum VariantWindows {
  /// Bytes kept on each side of a hit.
  static let margin = 24

  /// Lines shorter than this run whole: windows would save little.
  static let minimumLine = 4 * margin

  /// A part of a line to run the steps on, and the steps its hits make run.
  struct Window: Equatable, Sendable {
    var range: Range<Int>
    var steps: VariantTrigger.Steps
  }

  /// Disjoint windows, in order, covering every hit of `hits` (in order) with ``margin``
  /// bytes on each side, widened to spaces; each with the steps of the hits it holds.
  ///
  /// - Complexity: O(*n*): each byte is read at most twice.
  static func windows(_ hits: [VariantTrigger.Hit], in b: UnsafeBufferPointer<UInt8>) -> [Window] {
    var result: [Window] = []
    let n = b.count
    for hit in hits {
      let end = min(n, hit.range.upperBound + margin)
      if let last = result.last, end <= last.range.upperBound {
        result[result.count - 1].steps.formUnion(hit.steps)
        continue
      }
      // Back to just after a space, not into the window before (merged with it then).
      let floor = result.last?.range.upperBound ?? 0
      var lo = max(floor, hit.range.lowerBound - margin)
      while lo > floor && b[lo - 1] != 0x20 { lo -= 1 }
      var hi = end
      while hi < n && b[hi] != 0x20 { hi += 1 }
      if let last = result.last, lo <= last.range.upperBound {
        result[result.count - 1] = Window(
          range: last.range.lowerBound..<hi, steps: last.steps.union(hit.steps))
      } else {
        result.append(Window(range: lo..<hi, steps: hit.steps))
      }
    }
    return result
  }
}
