/// The variant phase of a line: on the whole line, or on windows around what the trigger found
/// (``VariantWindows``), which gives the same text and edits at a fraction of the cost on long
/// lines.
extension NormalizationStream {
  /// A line as written, for the variant steps that look at it (``VariantContext``): decoded
  /// only when the trigger finds something, so most lines build no closure for it.
  enum WrittenLine {
    case utf8(UnsafeBufferPointer<UInt8>)
    case scalars([Unicode.Scalar])

    /// A function that returns the line's scalars.
    var decoder: () -> [Unicode.Scalar] {
      switch self {
      case .utf8(let bytes): { UTF8Scalars.decode(bytes) }
      case .scalars(let scalars): { scalars }
      }
    }
  }

  /// Runs the variant rules on the line's output, `out[mark...]` (`count` scalars), when the
  /// trigger finds something for them; updates `lineEdits` (from the line as written) and
  /// returns the number of scalars the line now has.
  ///
  /// - Complexity: O(*n*) in the line's bytes.
  func applyVariants(
    _ out: inout [UInt8], from mark: Int, _ count: Int, _ lineEdits: inout [Edit],
    _ written: WrittenLine
  ) -> Int {
    guard let variants else { return count }
    let triggered: VariantTrigger.Steps
    if variants.windowed && out.count - mark >= VariantWindows.minimumLine {
      var hits: [VariantTrigger.Hit] = []
      triggered = out.withUnsafeBufferPointer {
        variants.triggered(UnsafeBufferPointer(rebasing: $0[mark...]), hits: &hits)
      }
      guard !triggered.isEmpty else { return count }
      let windows = out.withUnsafeBufferPointer {
        VariantWindows.windows(hits, in: UnsafeBufferPointer(rebasing: $0[mark...]))
      }
      // Windows that cover most of the line save nothing: run it whole.
      if windows.reduce(0, { $0 + $1.range.count }) * 4 < (out.count - mark) * 3 {
        return applyVariants(
          variants, in: windows, &out, from: mark, count, &lineEdits, original: written.decoder)
      }
    } else {
      triggered = out.withUnsafeBufferPointer {
        variants.triggered(UnsafeBufferPointer(rebasing: $0[mark...]))
      }
      guard !triggered.isEmpty else { return count }
    }
    let current = out.withUnsafeBufferPointer {
      UTF8Scalars.decode(UnsafeBufferPointer(rebasing: $0[mark...]))
    }
    let original = written.decoder
    let context = VariantContext(original: original, edits: lineEdits)
    guard let r = variants.run(current, context: context, triggered: triggered) else {
      return count
    }
    var result = r.scalars
    lineEdits = OffsetMap.compose(lineEdits, r.edits)
    settle(&result, &lineEdits, original: original)
    out.removeSubrange(mark...)
    UTF8Scalars.encode(result, into: &out)
    return result.count
  }

  /// ``applyVariants(_:from:_:_:_:)`` on `windows` (byte ranges of the line, each with the
  /// steps its hits make run), from the last to the first, so that the bytes and scalars
  /// before a window never move.
  ///
  /// - Complexity: O(*n*) in the line's bytes, the steps' work in the windows' size.
  private func applyVariants(
    _ variants: VariantPhase, in windows: [VariantWindows.Window], _ out: inout [UInt8],
    from mark: Int, _ count: Int, _ lineEdits: inout [Edit],
    original: @escaping () -> [Unicode.Scalar]
  ) -> Int {
    // Each window's first scalar in the line: the bytes before it that start a scalar.
    var starts: [Int] = []
    starts.reserveCapacity(windows.count)
    out.withUnsafeBufferPointer { b in
      var scalars = 0
      var at = mark
      for w in windows {
        while at < mark + w.range.lowerBound {
          if b[at] & 0xC0 != 0x80 { scalars += 1 }
          at += 1
        }
        starts.append(scalars)
      }
    }
    var produced = count
    var changed = false
    for (w, base) in zip(windows, starts).reversed() where !w.steps.isEmpty {
      let range = (mark + w.range.lowerBound)..<(mark + w.range.upperBound)
      let scalars = out.withUnsafeBufferPointer {
        UTF8Scalars.decode(UnsafeBufferPointer(rebasing: $0[range]))
      }
      let triggered = w.steps
      let context = VariantContext(original: original, edits: lineEdits, base: base)
      guard let r = variants.run(scalars, context: context, triggered: triggered) else { continue }
      lineEdits = OffsetMap.compose(
        lineEdits, r.edits.map { $0.shifted(input: base, output: base) })
      var bytes: [UInt8] = []
      UTF8Scalars.encode(r.scalars, into: &bytes)
      out.replaceSubrange(range, with: bytes)
      produced += r.scalars.count - scalars.count
      changed = true
    }
    // What the whole-line path settles (a rare line with `&` or a non-ASCII scalar).
    guard changed,
      out.withUnsafeBufferPointer({
        AsciiBlock.hasAmpersandOrNonASCII(UnsafeBufferPointer(rebasing: $0[mark...]))
      })
    else {
      return produced
    }
    var result = out.withUnsafeBufferPointer {
      UTF8Scalars.decode(UnsafeBufferPointer(rebasing: $0[mark...]))
    }
    guard settle(&result, &lineEdits, original: original) else { return produced }
    out.removeSubrange(mark...)
    UTF8Scalars.encode(result, into: &out)
    return result.count
  }
}
