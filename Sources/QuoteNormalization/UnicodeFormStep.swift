import QuoteICU

/// Applies a Unicode normalization form with ICU, recording an edit for each normalization
/// segment that changes (so `e` + U+0301 → `é` maps back to both input scalars).
///
/// The already-normalized prefix is skipped with ICU's quick check; from the first scalar that
/// fails it, the text is cut at ICU's normalization boundaries and only the segments that may
/// change are normalized. ASCII segments are handled in Swift. The result equals normalizing the
/// whole text at once (checked against Unicode's NormalizationTest.txt).
///
/// - Complexity: O(*n*).
struct UnicodeFormStep: NormalizationStep {
  let form: ICUNormalizationForm
  let rule: NormalizationRule

  func apply(to s: [Unicode.Scalar]) -> StepResult? {
    if s.isEmpty { return nil }
    // UTF-16 copy and, for each scalar, its UTF-16 offset.
    var utf16: [UInt16] = []
    utf16.reserveCapacity(s.count + 8)
    var allASCII = true
    for c in s {
      if c.value < 0x80 {
        utf16.append(UInt16(c.value))
      } else {
        allASCII = false
        utf16.append(contentsOf: c.utf16)
      }
    }
    if allASCII { return asciiOnly(s) }
    var rw = ScalarRewriter(s)
    var i = 0
    var u = 0  // UTF-16 offset of scalar i
    while i < s.count {
      // Skip what ICU says is certainly normalized.
      let yes = utf16.withUnsafeBufferPointer { buf in
        ICUNormalizer.quickCheckYesPrefix(UnsafeBufferPointer(rebasing: buf[u...]), form: form)
      }
      if u + yes >= utf16.count { break }
      var target = u + yes
      while u < target {
        u += s[i].utf16.count
        i += 1
      }
      if u > target { target = u }  // never split a surrogate pair
      // Back up to the boundary that starts the failing segment.
      while i > 0 && !ICUNormalizer.hasBoundaryBefore(s[i], form: form) {
        i -= 1
        u -= s[i].utf16.count
      }
      // Normalize segments until one is unchanged and we can quick-check again.
      var changedAny = false
      repeat {
        var j = i + 1
        var uj = u + s[i].utf16.count
        while j < s.count && !ICUNormalizer.hasBoundaryBefore(s[j], form: form) {
          uj += s[j].utf16.count
          j += 1
        }
        changedAny = normalizeSegment(s, i..<j, utf16[u..<uj], into: &rw)
        i = j
        u = uj
      } while changedAny && i < s.count
    }
    return rw.finish()
  }

  /// Normalizes one segment; returns whether it changed.
  private func normalizeSegment(
    _ s: [Unicode.Scalar], _ range: Range<Int>, _ units: ArraySlice<UInt16>,
    into rw: inout ScalarRewriter
  ) -> Bool {
    if range.count == 1 && s[range.lowerBound].value < 0x80 {
      let c = s[range.lowerBound]
      guard form == .nfkcCasefold, c.value >= 0x41, c.value <= 0x5A,
        let lower = Unicode.Scalar(c.value + 0x20)
      else { return false }
      rw.replace(range.lowerBound, with: lower, rule: rule)
      return true
    }
    guard let out = try? ICUNormalizer.normalize(Array(units), form: form),
      !out.elementsEqual(units)
    else { return false }
    rw.replace(range, with: String(decoding: out, as: UTF16.self).unicodeScalars, rule: rule)
    return true
  }

  /// ASCII needs work only under case folding.
  private func asciiOnly(_ s: [Unicode.Scalar]) -> StepResult? {
    guard form == .nfkcCasefold else { return nil }
    var rw = ScalarRewriter(s)
    for (i, c) in s.enumerated() where c.value >= 0x41 && c.value <= 0x5A {
      if let lower = Unicode.Scalar(c.value + 0x20) { rw.replace(i, with: lower, rule: rule) }
    }
    return rw.finish()
  }
}
