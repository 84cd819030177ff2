/// One quotation mark found in a paragraph, with what its context allows.
struct MarkCandidate: Sendable, Hashable {
  /// Scalar offset of the mark in the text.
  var start: Int
  /// 1, or 2 for a doubled mark standing for a double quote (` `` `, `''`, `´´`).
  var width: Int
  var family: QuotationMark.Family
  /// The mark may open here: its glyph can open and the characters around allow it.
  var opens: Bool
  /// The mark may close here.
  var closes: Bool
  /// The role to take when both are allowed and nothing open can be closed.
  var preferOpening: Bool
  /// A straight or prime-like mark right after a digit (`6'2"`): an inch or foot sign unless
  /// something open pairs with it.
  var afterDigit: Bool

  var end: Int { start + width }
}

/// Finds the quotation marks of a paragraph and works out, from the characters on each side,
/// which can open and which can close, setting apostrophes aside: between letters (`don't`,
/// `O'Brien`, `l'homme`), before a decade (`'90s`) and in elisions the lexicon lists (`'Twas`,
/// `rock 'n' roll`). Possessives after *s* (`Victims'`) look like closing marks; the pairer
/// drops them when nothing open pairs with them.
///
/// ```swift
/// let t = Array(#"He said "don't.""#.unicodeScalars)
/// MarkScanner(elisions: []).scan(t, 0..<t.count, convention: .forLanguage("en")).count  // 2
/// ```
///
/// Flanking follows CommonMark's rules, with quotation marks counted as punctuation: a mark
/// can open when a non-space follows it (and, if that is punctuation, a space or punctuation
/// precedes it); symmetrically for closing. Guillemets look past one space, for French
/// `« … »`.
struct MarkScanner: Sendable {
  /// Keys of the words written with a leading apostrophe (`twas`, `n`, `em`).
  var elisions: Set<WordKey>

  /// The marks in `range` of `text`, in order.
  ///
  /// - Complexity: O(*n*) in the length of the range.
  func scan(_ text: [Unicode.Scalar], _ range: Range<Int>, convention: QuoteConvention)
    -> [MarkCandidate]
  {
    var out: [MarkCandidate] = []
    var i = range.lowerBound
    let hi = range.upperBound
    var skipUntil = -1
    while i < hi {
      let s = text[i]
      guard let info = QuotationMark.info(for: s) else {
        i += 1
        continue
      }
      if i < skipUntil {
        i += 1
        continue
      }
      var width = 1
      var family = info.family
      if (s == "`" || s == "'" || s == "´" || s == "‘" || s == "’"), i + 1 < hi, text[i + 1] == s {
        width = 2
        family = .double
      }
      let prev: Unicode.Scalar? = i > range.lowerBound ? text[i - 1] : nil
      let next: Unicode.Scalar? = i + width < hi ? text[i + width] : nil
      if info.fixed {
        out.append(
          MarkCandidate(
            start: i, width: 1, family: family, opens: info.canOpen, closes: info.canClose,
            preferOpening: info.preferOpening, afterDigit: false))
        i += 1
        continue
      }
      var (left, right) = Self.flanking(prev: prev, next: next)
      if family == .guillemet || family == .singleGuillemet {
        let p2: Unicode.Scalar? = prev.map {
          ScalarClass.isSpace($0) && $0 != "\n" && i >= range.lowerBound + 2 ? text[i - 2] : $0
        }
        let n2: Unicode.Scalar? = next.map {
          ScalarClass.isSpace($0) && $0 != "\n" && i + 2 < hi ? text[i + 2] : $0
        }
        let spacedLeft = n2.map { !ScalarClass.isSpace($0) } ?? false
        let spacedRight = p2.map { !ScalarClass.isSpace($0) } ?? false
        let prevOpen = prev.map { ScalarClass.isSpace($0) || ScalarClass.isPunctuation($0) } ?? true
        let nextOpen = next.map { ScalarClass.isSpace($0) || ScalarClass.isPunctuation($0) } ?? true
        left = spacedLeft && prevOpen
        right = spacedRight && nextOpen
        // Where the language writes « » (or » «), the glyph's direction decides, so that
        // French-spaced nested guillemets (`« il a dit « non » hier »`) nest.
        if let opens = convention.role(of: s) {
          if opens { right = false } else { left = false }
        }
      } else if prev.map(Self.isCJKContext) == true || next.map(Self.isCJKContext) == true {
        // No spaces in CJK text: the marks' own direction and what is open decide.
        left = next.map { !ScalarClass.isSpace($0) } ?? false
        right = prev.map { !ScalarClass.isSpace($0) } ?? false
      }
      if family == .single && width == 1 {
        // Apostrophes: between letters, before a decade, in listed elisions.
        if let p = prev, let n = next, ScalarClass.isLetter(p), ScalarClass.isLetter(n) {
          i += 1
          continue
        }
        if left, !right, let n = next, ScalarClass.isDigit(n), Self.isDecade(text, i + 1, hi) {
          i += 1
          continue
        }
        if left, !right, let (word, end) = Self.word(text, i + 1, hi), elisions.contains(word) {
          // `'n'`: the mark after the elided word is an apostrophe too.
          if end < hi, QuotationMark.info(for: text[end])?.family == .single,
            end + 1 >= hi || !ScalarClass.isLetter(text[end + 1])
          {
            skipUntil = end + 1
          }
          i += 1
          continue
        }
      }
      let afterDigit = prev.map { ScalarClass.isDigit($0) } ?? false
      out.append(
        MarkCandidate(
          start: i, width: width, family: family, opens: info.canOpen && left,
          closes: (info.canClose || width == 2) && right,
          preferOpening: convention.prefersOpening(s, default: info.preferOpening),
          afterDigit: afterDigit && (s == "\"" || s == "'" || s == "’" || s == "”")))
      i += width
    }
    return out
  }

  /// CommonMark flanking with the characters before and after a mark.
  @inline(__always)
  static func flanking(prev: Unicode.Scalar?, next: Unicode.Scalar?) -> (left: Bool, right: Bool) {
    let prevSpace = prev.map(ScalarClass.isSpace) ?? true
    let nextSpace = next.map(ScalarClass.isSpace) ?? true
    let prevPunct = prev.map(ScalarClass.isPunctuation) ?? false
    let nextPunct = next.map(ScalarClass.isPunctuation) ?? false
    let left = !nextSpace && (!nextPunct || prevSpace || prevPunct)
    let right = !prevSpace && (!prevPunct || nextSpace || nextPunct)
    return (left, right)
  }

  /// CJK letters and CJK punctuation (`，` `。` `：`).
  static func isCJKContext(_ s: Unicode.Scalar) -> Bool {
    ScalarClass.isCJK(s) || (0x3000...0x303F).contains(s.value)
      || (0xFF00...0xFF65).contains(s.value)
  }

  /// `'90s`, `'07`: two digits, then an optional *s*, then no more letters or digits.
  private static func isDecade(_ t: [Unicode.Scalar], _ i: Int, _ hi: Int) -> Bool {
    guard i + 1 < hi, ScalarClass.isDigit(t[i]), ScalarClass.isDigit(t[i + 1]) else { return false }
    var k = i + 2
    if k < hi, t[k] == "s" { k += 1 }
    return k >= hi || !ScalarClass.isWordCharacter(t[k])
  }

  /// The key of the letters from `i` up to the first non-letter, and where they end.
  private static func word(_ t: [Unicode.Scalar], _ i: Int, _ hi: Int) -> (WordKey, Int)? {
    var k = i
    var key = WordKey.seed
    while k < hi, ScalarClass.isLetter(t[k]), k - i < 12 {
      key = key.appending(lowercase: t[k])
      k += 1
    }
    return k == i ? nil : (key, k)
  }
}
