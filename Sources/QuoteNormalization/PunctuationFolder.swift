/// For matching: every quotation mark becomes `"` (double) or `'` (single), and so do
/// apostrophes, primes, backticks and acute accents used as quote marks; every dash (and a run
/// of dashes or of double hyphens) becomes `-`; an ellipsis becomes `...`.
///
/// - Complexity: O(*n*).
struct PunctuationFolder: NormalizationStep {
  var triggers: LineFeatures { [.asciiPunctuation, .nonASCII] }

  static func fold(_ c: Unicode.Scalar) -> (Unicode.Scalar, NormalizationRule)? {
    switch c.value {
    case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033, 0x2036, 0x301D, 0x301E, 0x301F,
      0xFF02, 0x275D, 0x275E, 0x2E42, 0x300C, 0x300D, 0xFE41, 0xFE42, 0x1F676, 0x1F677:
      ("\"", .quotationMark)
    case 0x2018, 0x2019, 0x201A, 0x201B, 0x2039, 0x203A, 0x2032, 0x2035, 0x0060, 0x00B4, 0x02BC,
      0x02BB, 0x02B9, 0x02BD, 0xFF07, 0x275B, 0x275C, 0x300E, 0x300F, 0xFE43, 0xFE44:
      ("'", .quotationMark)
    case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2053, 0x2E3A, 0x2E3B, 0xFE58, 0xFE63,
      0xFF0D, 0x2212:
      ("-", .dash)
    default:
      nil
    }
  }

  static func isDash(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x2010...0x2015, 0x2053, 0x2E3A, 0x2E3B, 0xFE58, 0xFE63, 0xFF0D, 0x2212: true
    default: false
    }
  }

  func apply(to s: [Unicode.Scalar]) -> StepResult? {
    var rw = ScalarRewriter(s)
    var i = 0
    while i < s.count {
      let c = s[i]
      let v = c.value
      // Nothing to fold among letters: a quick range test before the switch.
      if v < 0x60 && c != "-" || v > 0x60 && v < 0xAB || v > 0xBB && v < 0x2B9
        || v > 0x2BD && v < 0x2010 || v > 0x2212 && v < 0x275B || v > 0x275E && v < 0x2E3A
        || v > 0x2E42 && v < 0x300C || v > 0x301F && v < 0xFE41
      {
        i += 1
        continue
      }
      if c == "-" || Self.isDash(c) {
        var j = i + 1
        while j < s.count, s[j] == "-" || Self.isDash(s[j]) { j += 1 }
        if j - i > 1 || c != "-" { rw.replace(i..<j, with: CollectionOfOne("-"), rule: .dash) }
        i = j
        continue
      }
      if c.value == 0x2026 {
        rw.replace(i..<(i + 1), with: [".", ".", "."], rule: .ellipsis)
      } else if let (r, rule) = Self.fold(c) {
        rw.replace(i, with: r, rule: rule)
      }
      i += 1
    }
    return rw.finish()
  }
}
