/// What may follow a number in ``NumberStep``: an ordinal suffix (`21st`, `1er`, `3.º`) and a
/// percent sign or words (`25 %`, `25 per cent`, `25 por ciento`).
extension NumberStep {
  /// An ordinal suffix right after digits: `st nd rd th` (English), `er re e eme ieme` (French),
  /// `º ª` (Spanish, Italian, Portuguese; `o`/`a` once folded, after an optional `.`).
  func ordinal(_ s: [Unicode.Scalar], _ end: Int, context: VariantContext) -> (String, Int)? {
    var k = end
    var start = end
    if k < s.count, s[k] == "." { k += 1; start = k }
    while k < s.count, s[k].isASCIILetter { k += 1 }
    if k < s.count, VariantWords.isWordScalar(s[k]) || k == start { return nil }
    guard VariantWordTable.shared.flags(s[start..<k]).contains(.ordinal) else { return nil }
    let suffix = VariantWords.string(s[start..<k])
    let dotted = start > end
    switch suffix {
    case "st", "nd", "rd", "th", "er", "re", "e", "eme", "ieme":
      return dotted ? nil : (suffix, k)
    case "o", "a":
      let original = context.originalScalars(for: start..<k).first?.value
      return original == 0xBA || original == 0xAA ? (suffix, k) : nil
    default:
      return nil
    }
  }

  /// `n` + `st`, `nd`, `rd` or `th`.
  static func englishOrdinal(_ digits: String, _ suffix: String) -> String {
    let last2 = Int(digits.suffix(2)) ?? 0
    if (11...13).contains(last2) { return "th" }
    switch last2 % 10 {
    case 1: return "st"
    case 2: return "nd"
    case 3: return "rd"
    default: return "th"
    }
  }

  static let percentWords: [[Unicode.Scalar]] = [
    "per cent", "percent", "por ciento", "pour cent", "per cento", "pct",
  ].map { Array($0.unicodeScalars) }

  /// The end of a percent sign or words after a number (`%`, ` %`, ` per cent`), or nil.
  func percent(_ s: [Unicode.Scalar], _ end: Int) -> Int? {
    if end < s.count, s[end] == "%" { return end + 1 }
    guard end + 1 < s.count, s[end] == " " else { return nil }
    if s[end + 1] == "%" { return end + 2 }
    for w in Self.percentWords where end + 1 + w.count <= s.count {
      let e = end + 1 + w.count
      if s[(end + 1)..<e].elementsEqual(w), e == s.count || !VariantWords.isWordScalar(s[e]) {
        return e
      }
    }
    return nil
  }
}
