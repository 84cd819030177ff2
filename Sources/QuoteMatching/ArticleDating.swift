/// When a quotation in an article was said, as far as the article's text tells: a date written
/// in the quotation's paragraph (`on November 18`, `Nov 04, 2025`, `2025-11-04`), else a
/// weekday there (`on Tuesday`: the last such day up to the publication date), else the
/// publication date (the first full date near the top of the article).
///
/// Dates come out as ISO `YYYY-MM-DD`, ready for ``QuoteRecord/date``. English month and day
/// names only; an article without any date gives nil, which matches every date.
///
/// ```swift
/// let text = "November 19, 2025\n\n\"It's not going to happen,\" she said on November 18."
/// let d = ArticleDating(text)
/// d.published                       // "2025-11-19"
/// d.date(ofParagraphAt: 19)         // "2025-11-18"
/// ```
public struct ArticleDating: Sendable {
  /// The publication date, when the article gives one in its first 2,000 characters.
  public let published: String?
  private let publishedDay: Int?
  private let scalars: [Unicode.Scalar]

  /// Reads the publication date of `text`.
  ///
  /// - Complexity: O(*n*) in the length of the text.
  public init(_ text: String) {
    scalars = Array(text.unicodeScalars)
    let head = Self.lowered(scalars.prefix(2000))
    var found: Int? = nil
    for k in head.indices {
      if let (day, _) = Self.fullDate(head, at: k) {
        found = day
        break
      }
    }
    publishedDay = found
    published = found.map(Self.iso)
  }

  /// The date of the paragraph (line) holding scalar offset `offset`.
  ///
  /// - Complexity: O(*p*) in the length of the paragraph.
  public func date(ofParagraphAt offset: Int) -> String? {
    guard offset >= 0, offset <= scalars.count else { return published }
    var lo = min(offset, scalars.count)
    while lo > 0 && scalars[lo - 1] != "\n" { lo -= 1 }
    var hi = min(offset, scalars.count)
    while hi < scalars.count && scalars[hi] != "\n" { hi += 1 }
    let para = Self.lowered(scalars[lo..<hi])
    var weekday: Int? = nil
    for k in para.indices {
      if let (day, _) = Self.fullDate(para, at: k) { return Self.iso(day) }
      if let year = publishedDay.map(Self.year), let day = Self.monthDay(para, at: k, year: year) {
        return Self.iso(day)
      }
      if weekday == nil, let w = Self.weekday(para, at: k) { weekday = w }
    }
    if let w = weekday, let p = publishedDay {
      // Days since 1970-01-01 (a Thursday, weekday 4 counting Sunday as 0).
      let back = ((p + 4) % 7 - w + 7) % 7
      return Self.iso(p - back)
    }
    return published
  }

  static let months = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
  ]
  static let weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]

  static func lowered(_ s: some Collection<Unicode.Scalar>) -> [UInt8] {
    s.map { c in
      guard c.isASCII else { return UInt8(ascii: "?") }
      let b = UInt8(c.value)
      return b >= 65 && b <= 90 ? b + 32 : b
    }
  }

  /// A date with a year at `k`: ISO, `Month D, YYYY`, `Mon. D, YYYY` or `D Month YYYY`.
  static func fullDate(_ t: [UInt8], at k: Int) -> (Int, Int)? {
    if k > 0 && isDigit(t[k - 1]) { return nil }
    if let (y, e1) = number(t, k, 4), e1 < t.count, t[e1] == UInt8(ascii: "-"), let (m, e2) = number(t, e1 + 1, 2),
      e2 < t.count, t[e2] == UInt8(ascii: "-"), let (d, e3) = number(t, e2 + 1, 2)
    {
      return day(y, m, d).map { ($0, e3) }
    }
    // A month name may be glued to the word before it in scraped text ("4 min readNov 04, 2025"):
    // with a day and a four-digit year after it, the date is still clear.
    if let (m, e1) = month(t, k), let (d, e2) = number(t, skip(t, e1, ". "), 2) {
      var e = e2
      if e < t.count, t[e] == UInt8(ascii: ",") { e += 1 }
      if let (y, e3) = number(t, skip(t, e, " "), 4) { return day(y, m, d).map { ($0, e3) } }
    }
    if k > 0 && isLetter(t[k - 1]) { return nil }
    if let (d, e1) = number(t, k, 2), let (m, e2) = month(t, skip(t, e1, " ")), let (y, e3) = number(t, skip(t, e2, ". "), 4) {
      return day(y, m, d).map { ($0, e3) }
    }
    return nil
  }

  /// `Month D` or `D Month` without a year, taken in `year`.
  static func monthDay(_ t: [UInt8], at k: Int, year: Int) -> Int? {
    if k > 0 && (isLetter(t[k - 1]) || isDigit(t[k - 1])) { return nil }
    if let (m, e1) = month(t, k), let (d, e2) = number(t, skip(t, e1, ". "), 2), e2 >= t.count || !isDigit(t[e2]) {
      return day(year, m, d)
    }
    if let (d, e1) = number(t, k, 2), let (m, _) = month(t, skip(t, e1, " ")), e1 > k { return day(year, m, d) }
    return nil
  }

  static func weekday(_ t: [UInt8], at k: Int) -> Int? {
    if k > 0 && isLetter(t[k - 1]) { return nil }
    for (w, name) in weekdays.enumerated() where matches(t, k, name) { return w }
    return nil
  }

  /// A month name (or its three-letter abbreviation) at `k`: (month 1…12, end).
  static func month(_ t: [UInt8], _ k: Int) -> (Int, Int)? {
    for (m, name) in months.enumerated() {
      if matches(t, k, name) { return (m + 1, k + name.utf8.count) }
      let abbr = String(name.prefix(3))
      if matches(t, k, abbr), k + 3 >= t.count || !isLetter(t[k + 3]) { return (m + 1, k + 3) }
    }
    return nil
  }

  static func matches(_ t: [UInt8], _ k: Int, _ word: String) -> Bool {
    let w = Array(word.utf8)
    guard k + w.count <= t.count, Array(t[k..<(k + w.count)]) == w else { return false }
    return k + w.count == t.count || !isLetter(t[k + w.count])
  }

  /// Up to `width` digits at `k` (exactly 4 for a year).
  static func number(_ t: [UInt8], _ k: Int, _ width: Int) -> (Int, Int)? {
    var v = 0
    var e = k
    while e < t.count, e - k < width, isDigit(t[e]) {
      v = v * 10 + Int(t[e] - 0x30)
      e += 1
    }
    if e == k || (width == 4 && e - k != 4) { return nil }
    return (v, e)
  }

  static func skip(_ t: [UInt8], _ k: Int, _ chars: String) -> Int {
    let set = Set(chars.utf8)
    var e = k
    while e < t.count, set.contains(t[e]) { e += 1 }
    return e
  }

  static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
  static func isLetter(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }

  static func day(_ y: Int, _ m: Int, _ d: Int) -> Int? {
    var s = String(y) + "-"
    s += (m < 10 ? "0" : "") + String(m) + "-" + (d < 10 ? "0" : "") + String(d)
    return IdentityParsing.isoDay(s)
  }

  static func year(_ day: Int) -> Int { Int(iso(day).prefix(4)) ?? 1970 }

  /// ISO date of a day number (civil from days, Howard Hinnant's algorithm).
  static func iso(_ z0: Int) -> String {
    let z = z0 + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
    return String(y) + "-" + (m < 10 ? "0" : "") + String(m) + "-" + (d < 10 ? "0" : "") + String(d)
  }
}
