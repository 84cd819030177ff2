/// Removes non-ASCII spaces (NBSP, narrow NBSP, thin, ideographic…) that stand next to an
/// ordinary space or tab, or at the end of a line: invisible leftovers of markup and copy-paste
/// that make equal text compare unequal. A non-ASCII space between two words, or indenting a
/// line (`　` in Japanese), is meaningful and stays.
///
/// - Complexity: O(*n*).
struct StraySpaceFilter: NormalizationStep {
  var triggers: LineFeatures { .nonASCIISpace }

  func apply(to s: [Unicode.Scalar]) -> StepResult? {
    guard s.contains(where: \.isNonASCIISpace) else { return nil }
    var rw = ScalarRewriter(s)
    var i = 0
    while i < s.count {
      guard isSpace(s[i]) else { i += 1; continue }
      let start = i
      var hasASCII = false
      var hasOther = false
      while i < s.count, isSpace(s[i]) {
        if s[i].isNonASCIISpace { hasOther = true } else { hasASCII = true }
        i += 1
      }
      guard hasOther else { continue }
      let atLineStart = start == 0 || isLineBreak(s[start - 1])
      let atLineEnd = i == s.count || isLineBreak(s[i])
      guard hasASCII || (atLineEnd && !atLineStart) else { continue }
      for k in start..<i where s[k].isNonASCIISpace { rw.delete(k..<(k + 1), rule: .straySpace) }
    }
    return rw.finish()
  }

  private func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c.isNonASCIISpace }
  private func isLineBreak(_ c: Unicode.Scalar) -> Bool {
    c == "\n" || c == "\r" || c.value == 0x2028 || c.value == 0x2029 || c.value == 0x85
  }
}
