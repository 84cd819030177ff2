/// Repairs mojibake (UTF-8 read as Windows-1252, Latin-1, MacRoman, Windows-1251, -1250, -1253,
/// -1254 or -1257, codepage 437 or ISO 8859-2, in up to three layers) by weighing decode
/// hypotheses by how plausible their result is; see ``MojibakeRepairer``.
///
/// - Complexity: O(*n*).
struct MojibakeStep: NormalizationStep {
  var triggers: LineFeatures { .mojibakeCandidate }

  private let repairer: MojibakeRepairer

  /// A step for text in `language` (BCP 47, when known; ``MojibakeRepairer/init(language:)``).
  init(language: String? = nil) {
    repairer = MojibakeRepairer(language: language)
  }

  /// Each line (up to `\n`, `\r`, U+2028, U+2029, VT or FF) is judged on its own, so that the
  /// decision does not change once line breaks are normalized and the text is cut into lines.
  /// NEL (U+0085) does not cut: it is a continuation byte of much Latin-1 mojibake.
  func apply(to s: [Unicode.Scalar]) -> StepResult? {
    var rw = ScalarRewriter(s)
    var start = 0
    while start < s.count {
      var end = start
      while end < s.count && !Self.isLineBreak(s[end]) { end += 1 }
      if end > start {
        let line = start == 0 && end == s.count ? s : Array(s[start..<end])
        for fix in repairer.fixes(in: line) {
          if let pieces = Self.perCharacter(fix) {
            for (range, c) in pieces where !(range.count == 1 && line[range.lowerBound] == c) {
              rw.replace(
                (range.lowerBound + start)..<(range.upperBound + start), with: [c], rule: .mojibake)
            }
          } else {
            let r = (fix.range.lowerBound + start)..<(fix.range.upperBound + start)
            rw.replace(r, with: fix.replacement, rule: .mojibake)
          }
        }
      }
      start = end + 1
    }
    return rw.finish()
  }

  /// A single-layer fix cut into one edit per repaired character: each character came from
  /// as many misread scalars as its UTF-8 bytes (or as ``MojibakeFix/consumed`` says, where a
  /// lost byte or space was undone), so a repaired quotation mark maps back to its
  /// own three scalars, not to the whole run (whose other characters may be the quotation's
  /// words). `nil` when the fix is not such a one-to-one decoding (layers, dropped scalars):
  /// then the run is one edit.
  ///
  /// - Complexity: O(*k*) in the length of the fix.
  static func perCharacter(_ fix: MojibakeFix) -> [(Range<Int>, Unicode.Scalar)]? {
    guard fix.layers == 1, fix.replacement.count > 1 else { return nil }
    var pieces: [(Range<Int>, Unicode.Scalar)] = []
    pieces.reserveCapacity(fix.replacement.count)
    var at = fix.range.lowerBound
    for (k, c) in fix.replacement.enumerated() {
      let n = fix.consumed?[k] ?? UTF8.width(c)
      pieces.append((at..<(at + n), c))
      at += n
    }
    return at == fix.range.upperBound ? pieces : nil
  }

  static func isLineBreak(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x0A, 0x0B, 0x0C, 0x0D, 0x2028, 0x2029: true
    default: false
    }
  }
}
