/// Makes every line break a line feed: CRLF, CR, NEL (U+0085), VT, FF, LINE SEPARATOR (U+2028)
/// and PARAGRAPH SEPARATOR (U+2029) become `\n`. (U+2029 does not become a blank line: that
/// would split one paragraph of the input into two and shift every paragraph after it.) In the
/// profiles, ``C1ControlRepair`` runs first and reads NEL as the Windows-1252 ellipsis it nearly
/// always is in Web text, so only a normalizer without that step breaks lines at NEL.
///
/// - Complexity: O(*n*).
struct LineBreakNormalizer: NormalizationStep {
  var triggers: LineFeatures { .lineBreak }

  func apply(to s: [Unicode.Scalar]) -> StepResult? {
    var rw = ScalarRewriter(s)
    var i = 0
    while i < s.count {
      switch s[i].value {
      case 0x0D:
        let end = i + 1 < s.count && s[i + 1] == "\n" ? i + 2 : i + 1
        rw.replace(i..<end, with: CollectionOfOne("\n"), rule: .lineBreak)
        i = end
        continue
      case 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
        rw.replace(i, with: "\n", rule: .lineBreak)
      default:
        break
      }
      i += 1
    }
    return rw.finish()
  }
}
