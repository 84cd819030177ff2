/// Keeping repair idempotent around the U+FFFD that a marked sequence becomes: everything the
/// next pass would read as part of the same marked sequence is taken in now.
extension MojibakeRepairer {
  /// `fixes`, where a fix that begins with a U+FFFD it made also takes in the incomplete
  /// sequence right before it in the input (a lead and at least one continuation, `ã€` before
  /// `ã€�` → `�`; or a two-byte lead alone, `Ï` before it), repeatedly leftwards: otherwise
  /// normalizing the result again would read that U+FFFD as a marker for the sequence before
  /// it, and one more before that.
  ///
  /// - Complexity: O(*n*) over all fixes.
  static func absorbingIncompletePrefixes(
    _ fixes: [MojibakeFix], in scalars: [Unicode.Scalar]
  ) -> [MojibakeFix] {
    guard fixes.contains(where: { $0.replacement.contains(Loss.unknown) }) else { return fixes }
    var result = fixes
    for f in result.indices { absorbInside(&result[f]) }
    for f in result.indices.reversed() where result[f].replacement.first == Loss.unknown {
      let floor = f > 0 ? result[f - 1].range.upperBound : 0
      var start = result[f].range.lowerBound
      while let prefix = incompletePrefix(in: scalars, endingAt: start, floor: floor) {
        start = prefix
      }
      let absorbed = result[f].range.lowerBound - start
      guard absorbed > 0 else { continue }
      result[f].range = start..<result[f].range.upperBound
      // The U+FFFD stands for the absorbed scalars too (none of them transparent).
      if var consumed = result[f].consumed, !consumed.isEmpty {
        consumed[0] += absorbed
        result[f].consumed = consumed
      }
    }
    return result
  }

  /// The same inside one fix: a U+FFFD the fix made from several scalars takes in an incomplete
  /// sequence that the fix copied unchanged right before it (`ã€` + `ã€�` read as `ã€` + `�`).
  ///
  /// - Complexity: O(*r*) in the length of the replacement.
  private static func absorbInside(_ fix: inout MojibakeFix) {
    guard var consumed = fix.consumed, consumed.count == fix.replacement.count else { return }
    var replacement = fix.replacement
    var j = replacement.count - 1
    while j > 0 {
      defer { j -= 1 }
      guard replacement[j] == Loss.unknown, consumed[j] > 1 else { continue }
      var start = j
      while let prefix = incompletePrefix(in: replacement, endingAt: start, floor: 0),
        consumed[prefix..<start].allSatisfy({ $0 == 1 })
      {
        start = prefix
      }
      guard start < j else { continue }
      consumed[start] = consumed[start...j].reduce(0, +)
      replacement[start] = Loss.unknown
      consumed.removeSubrange((start + 1)...j)
      replacement.removeSubrange((start + 1)...j)
      j = start + 1
    }
    fix.replacement = replacement
    fix.consumed = consumed
  }

  /// The start of a lead and one or more continuations (under one of the ``lossEncodings``)
  /// that end right before `end`, at or after `floor`, still missing a byte, or of a two-byte
  /// lead alone there; `nil` if none.
  private static func incompletePrefix(
    in scalars: [Unicode.Scalar], endingAt end: Int, floor: Int
  ) -> Int? {
    for encoding in lossEncodings {
      var k = end - 1
      var continuations = 0
      while k >= floor && continuations < 3, let byte = encoding.byte(of: scalars[k]) {
        if SingleByteEncoding.isLead(byte) {
          // A lead alone is taken only where the U+FFFD completes it (`Ï�`): a longer sequence
          // would need a byte after the marker too, and is not read so.
          let needed = SingleByteEncoding.sequenceShape(lead: byte).continuations
          if (continuations > 0 || needed == 1) && continuations < needed {
            return k
          }
          break
        }
        guard SingleByteEncoding.isContinuation(byte) else { break }
        continuations += 1
        k -= 1
      }
    }
    return nil
  }
}
