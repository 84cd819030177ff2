import QuoteICU

/// Applies a Unicode normalization form with ICU, recording an edit for each normalization
/// segment that changes (so `e` + U+0301 → `é` maps back to both input scalars).
///
/// The text is cut at the form's normalization boundaries. A segment of one scalar (almost all
/// of them) is looked up in ``UnicodeFormTable``; longer segments (a letter with combining
/// marks, Hangul jamo) go to ICU. The result equals normalizing the whole text at once
/// (checked against every line of Unicode's NormalizationTest.txt).
///
/// - Complexity: O(*n*).
struct UnicodeFormStep: NormalizationStep {
  let form: ICUNormalizationForm
  let rule: NormalizationRule

  /// Below U+0300 every scalar is NFC as it stands (combining marks start there); the other
  /// forms change non-ASCII text, and case folding ASCII capitals.
  var triggers: LineFeatures {
    switch form {
    case .nfc: .nfcSensitive
    case .nfkcCasefold: [.nonASCII, .uppercaseASCII]
    default: .nonASCII
    }
  }

  func apply(to s: [Unicode.Scalar]) -> StepResult? {
    if s.isEmpty { return nil }
    let table = UnicodeFormTable.table(for: form)
    let folds = form == .nfkcCasefold
    var rw = ScalarRewriter(s)
    let n = s.count
    table.flags.withUnsafeBufferPointer { flags in
      @inline(__always) func boundaryBefore(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x300 { return true }
        if v < 0x10000 { return flags[Int(v)] & 1 != 0 }
        return table.hasBoundaryBefore(c)
      }
      var i = 0
      while i < n {
        let c = s[i]
        let v = c.value
        // ASCII followed by ASCII: a segment of its own, changed only by case folding.
        if v < 0x80 && (i + 1 == n || s[i + 1].value < 0x80) {
          if folds && v >= 0x41 && v <= 0x5A, let lower = Unicode.Scalar(v + 0x20) {
            rw.replace(i, with: lower, rule: rule)
          }
          i += 1
          continue
        }
        var j = i + 1
        while j < n && !boundaryBefore(s[j]) { j += 1 }
        if j == i + 1 {
          if v < 0x10000 ? flags[Int(v)] & 2 != 0 : true, let m = table.mapping(ofLone: c) {
            rw.replace(i..<j, with: m, rule: rule)
          }
        } else {
          normalizeSegment(s, i..<j, into: &rw)
        }
        i = j
      }
    }
    return rw.finish()
  }

  /// Normalizes a segment of several scalars with ICU.
  private func normalizeSegment(_ s: [Unicode.Scalar], _ range: Range<Int>, into rw: inout ScalarRewriter) {
    var units: [UInt16] = []
    units.reserveCapacity(range.count + 2)
    for c in s[range] { units.append(contentsOf: c.utf16) }
    guard let out = try? ICUNormalizer.normalize(units, form: form), out != units else { return }
    rw.replace(range, with: String(decoding: out, as: UTF16.self).unicodeScalars, rule: rule)
  }
}
