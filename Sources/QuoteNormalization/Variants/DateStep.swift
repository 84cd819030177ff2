/// Writes English dates one way in match keys (after the number step, which may have written
/// their digits), day first, month spelled out: `November 4`,
/// `Nov. 4`, `Nov 4th`, `4 Nov`, `4th November`, `the 4th of November` → `4 november` (`the 4
/// november`); `November 4, 2025` and `4 November, 2025` → `4 november 2025`. Outlets print the
/// same words in their house style (AP abbreviates months before a day, even inside quotations;
/// British outlets put the day first), and a quote should not differ by it.
///
/// A month is read only where the text as written capitalizes it (`May 4`, not `may 4`), next to
/// a day of one or two digits (1–31) that is not part of something else: a range (`4-5 November`),
/// a time (`May 15:30`), a decimal or a longer number stay as written. The day keeps no ordinal
/// suffix and no leading zero. The period of an abbreviated month goes only when the day follows
/// it (`Nov. 4`); after the day (`on 4 Nov.`) it may end a sentence, and stays.
///
/// The output is lower case, so a second pass (which sees no capital) leaves it as it is.
///
/// Times of day with `a.m.` or `p.m.`, in any language, are written on the 24-hour clock:
/// `5 p.m.`, `5pm`, `5 PM`, `5:00 p.m.`, `5 p. m.` → `17:00`; `9.30am` → `9:30`; `12 a.m.` →
/// `0:00` (see ``time(_:at:context:)``).
///
/// ```swift
/// Normalizer(profile: .match).normalize("On Nov. 4, 2025, at 5 p.m., she said").text
/// // "on 4 november 2025, at 17:00, she said"
/// ```
///
/// - Complexity: O(*n*).
struct DateStep: VariantStep {
  /// English month names and abbreviations (lower case) → the month's full name.
  static let months: [String: String] = {
    let names = [
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december",
    ]
    var m: [String: String] = [:]
    for n in names { m[n] = n }
    for (abbreviation, k) in [
      ("jan", 0), ("feb", 1), ("mar", 2), ("apr", 3), ("jun", 5), ("jul", 6), ("aug", 7),
      ("sep", 8), ("sept", 8), ("oct", 9), ("nov", 10), ("dec", 11),
    ] {
      m[abbreviation] = names[k]
    }
    return m
  }()

  /// Whether English month names are read: in English text or text of unknown language.
  let readsMonths: Bool
  /// The number step that runs before this one: a time is written only where the number step
  /// would leave it as it is (`5pm per cent` stays, or the next pass would read `00 per cent`).
  let numbers: NumberStep

  /// The step for text in `language` (BCP 47; nil when unknown).
  init(language: String?) {
    readsMonths = Self.readsMonths(language: language)
    numbers = NumberStep(language: language)
  }

  /// Whether text in `language` (BCP 47; nil when unknown) gets English dates: English or
  /// unknown.
  static func readsMonths(language: String?) -> Bool {
    guard let l = language?.lowercased() else { return true }
    return l == "en" || l.hasPrefix("en-") || l.hasPrefix("en_")
  }

  func apply(to s: [Unicode.Scalar], context: VariantContext) -> StepResult? {
    // Times in one pass over the digits, then dates around the month words; a date that would
    // overlap a time stays as written.
    var changes: [(range: Range<Int>, text: [Unicode.Scalar])] = []
    var i = 0
    while i < s.count {
      guard s[i].isASCIIDigit, i == 0 || Self.opensTime(s[i - 1]) else {
        i += 1
        continue
      }
      if let (clock, end) = time(s, at: i, context: context) {
        changes.append((i..<end, clock))
        i = end
      } else {
        while i < s.count, s[i].isASCIIDigit { i += 1 }
      }
    }
    if readsMonths {
      let times = changes.map(\.range)
      var dates: [(range: Range<Int>, text: [Unicode.Scalar])] = []
      var consumed = 0
      VariantWords.forEach(in: s) { word in
        guard word.lowerBound >= consumed, let d = date(s, around: word, after: consumed, context: context),
          !times.contains(where: { $0.overlaps(d.range) })
        else { return }
        consumed = d.range.upperBound
        if d.text != Array(s[d.range]) { dates.append(d) }
      }
      if !dates.isEmpty { changes = (changes + dates).sorted { $0.range.lowerBound < $1.range.lowerBound } }
    }
    guard !changes.isEmpty else { return nil }
    var rw = ScalarRewriter(s)
    for c in changes { rw.replace(c.range, with: c.text, rule: .date) }
    return rw.finish()
  }

  /// The date around the month word `word` (`Nov. 4`, `4th of November`, `, 2025` after
  /// either): its range and how it is written in the key.
  private func date(
    _ s: [Unicode.Scalar], around word: Range<Int>, after floor: Int, context: VariantContext
  ) -> (range: Range<Int>, text: [Unicode.Scalar])? {
    guard word.count >= 3, word.count <= 9, VariantWordTable.shared.flags(s[word]).contains(.month),
      let full = Self.months[VariantWords.string(s[word])], context.isCapitalized(word)
    else { return nil }
    let abbreviated = full.unicodeScalars.count != word.count
    let day: Int
    let start: Int
    var end: Int
    if let (d, e) = dayAfter(s, word, abbreviated: abbreviated) {
      // The day moves before the month: not next to a number separator (`25,000,Nov. 1`).
      if word.lowerBound > 0 && [",", ".", ":", "'", "-", "/"].contains(s[word.lowerBound - 1]) {
        return nil
      }
      (day, start, end) = (d, word.lowerBound, e)
    } else if let (d, b) = dayBefore(s, word, after: floor) {
      (day, start, end) = (d, b, word.upperBound)
    } else {
      return nil
    }
    var out = Array(String(day).unicodeScalars) + [" "] + full.unicodeScalars
    if let (year, e) = yearAfter(s, end) {
      out += [" "] + year
      end = e
    }
    return (start..<end, out)
  }

  /// The day after a month (`Nov. 4th`): its value and the end of its digits and suffix.
  private func dayAfter(
    _ s: [Unicode.Scalar], _ month: Range<Int>, abbreviated: Bool
  ) -> (Int, Int)? {
    var i = month.upperBound
    if abbreviated && i < s.count && s[i] == "." { i += 1 }
    guard i + 1 < s.count, s[i] == " " else { return nil }
    return day(s, at: i + 1)
  }

  /// The day before a month (`4 November`, `4th of November`): its value and where it starts.
  private func dayBefore(_ s: [Unicode.Scalar], _ month: Range<Int>, after floor: Int) -> (Int, Int)? {
    var i = month.lowerBound - 1
    guard i > floor, s[i] == " " else { return nil }
    // `of` between them.
    if i - 3 >= floor, s[i - 1] == "f", s[i - 2] == "o", s[i - 3] == " " { i -= 3 }
    // Back over a suffix and the digits.
    var start = i
    while start > floor, s[start - 1].isASCIILetter { start -= 1 }
    while start > floor, s[start - 1].isASCIIDigit { start -= 1 }
    guard start < i, s[start].isASCIIDigit else { return nil }
    if start > 0 && !Self.opensDay(s[start - 1]) { return nil }
    guard let (d, end) = day(s, at: start), end == i else { return nil }
    // `of` only after an ordinal (`4th of November`), as English writes it.
    if i != month.lowerBound - 1 && !s[end - 1].isASCIILetter { return nil }
    return (d, start)
  }

  /// A day of one or two digits at `i` with an optional English ordinal suffix, standing alone:
  /// its value and end.
  private func day(_ s: [Unicode.Scalar], at i: Int) -> (Int, Int)? {
    let n = s.count
    var j = i
    var value = 0
    while j < n, j - i < 3, s[j].isASCIIDigit {
      value = value * 10 + Int(s[j].value - 0x30)
      j += 1
    }
    guard j > i, j - i <= 2, (1...31).contains(value) else { return nil }
    var k = j
    while k < n, s[k].isASCIILetter { k += 1 }
    if k > j {
      let suffix = VariantWords.string(s[j..<k])
      guard ["st", "nd", "rd", "th"].contains(suffix) else { return nil }
      j = k
    }
    guard j == n || Self.closesDay(s, j) else { return nil }
    return (value, j)
  }

  /// `, 2025` after a date (a year of four digits): its digits and end.
  private func yearAfter(_ s: [Unicode.Scalar], _ i: Int) -> ([Unicode.Scalar], Int)? {
    let n = s.count
    guard i + 6 <= n, s[i] == ",", s[i + 1] == " " else { return nil }
    let digits = s[(i + 2)..<(i + 6)]
    guard digits.allSatisfy(\.isASCIIDigit), digits.first == "1" || digits.first == "2",
      i + 6 == n || !VariantWords.isWordScalar(s[i + 6])
    else { return nil }
    return (Array(digits), i + 6)
  }

  /// What may stand before a day: a space, an opening bracket or quotation mark.
  private static func opensDay(_ c: Unicode.Scalar) -> Bool {
    c == " " || c == "(" || c == "[" || c == "\"" || c == "'"
  }

  /// Whether the day's digits end at `j`: no other word, digit, range or time continues them.
  private static func closesDay(_ s: [Unicode.Scalar], _ j: Int) -> Bool {
    let c = s[j]
    if VariantWords.isWordScalar(c) { return false }
    if c == "-" || c == "/" || c == "\u{2013}" { return false }
    if c == ":" || c == "." || c == "," || c == "'" {
      return !(j + 1 < s.count && s[j + 1].isASCIIDigit)
    }
    return true
  }
}
