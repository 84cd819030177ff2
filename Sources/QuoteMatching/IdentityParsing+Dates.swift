extension IdentityParsing {
  /// Days since 1970-01-01 of a date written the ways feeds, outlets and spreadsheets write
  /// them, or nil (the date is then compared as a label, as written):
  /// - ISO `YYYY-MM-DD`, with anything after it (a time), `YYYYMMDD`, and `YYYY/MM/DD`,
  ///   `YYYY.MM.DD`;
  /// - a day, a month named in English, Spanish, French, German, Italian or Portuguese (whole or
  ///   abbreviated to three letters or more) and a four-digit year, in any order, among words and
  ///   a time: `November 4, 2025`, `4 Nov 2025`, `Tue, 04 Nov 2025 14:00:00 GMT` (RSS),
  ///   `4 de noviembre de 2025`, `4. November 2025`, `le 4 novembre 2025`;
  /// - `DD.MM.YYYY` (dots separate a date day first where they are used for one);
  /// - `DD/MM/YYYY` or `MM/DD/YYYY` (also with `-`) only where one of the two numbers exceeds
  ///   12: `04/11/2025` could be either, and stays a label.
  ///
  /// Anything else that holds numbers (a second day or year, a day past the month's end) is
  /// nil: a wrong day would keep apart what a label lets through.
  ///
  /// ```swift
  /// IdentityParsing.day("2025-11-04")                      // 20396
  /// IdentityParsing.day("Tue, 04 Nov 2025 14:00:00 GMT")   // 20396
  /// IdentityParsing.day("4 de noviembre de 2025")          // 20396
  /// IdentityParsing.day("25/11/2025")                      // 20417
  /// IdentityParsing.day("04/11/2025")                      // nil: April 11 or 4 November
  /// IdentityParsing.day("04.11.2025")                      // 20396
  /// ```
  ///
  /// - Complexity: O(*n*) in the length of `s`.
  static func day(_ s: String) -> Int? {
    if let d = isoDay(s) { return d }
    // The basic ISO 8601 form, `20251104`.
    let compact = Array(s.utf8)
    if compact.count == 8, compact.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
      let y = Int(s.prefix(4)), plausibleYears.contains(y), let m = Int(s.dropFirst(4).prefix(2)),
      let d = Int(s.suffix(2))
    {
      return civilDay(year: y, month: m, day: d)
    }
    let key = normalizer.normalize(s).text
    // Runs of letters and of digits; a digit run touching `:` is part of a time.
    var words: [String] = []
    var numbers: [(value: Int, digits: Int, separator: Character?)] = []
    let characters = Array(key)
    var start = 0
    while start < characters.count {
      let c = characters[start]
      let isDigit = c.isASCII && c.isNumber
      guard isDigit || c.isLetter else {
        start += 1
        continue
      }
      var end = start + 1
      while end < characters.count,
        isDigit ? (characters[end].isASCII && characters[end].isNumber) : characters[end].isLetter
      {
        end += 1
      }
      let run = String(characters[start..<end])
      let before: Character? = start > 0 ? characters[start - 1] : nil
      let after: Character? = end < characters.count ? characters[end] : nil
      if !isDigit {
        words.append(run)
      } else if before != ":" && after != ":" {
        numbers.append((Int(run) ?? -1, run.count, after))
      }
      start = end
    }
    let months = words.compactMap(month(named:))
    if months.count > 1 || numbers.count > 3 { return nil }
    if let m = months.first {
      let years = numbers.filter { $0.digits == 4 }
      let days = numbers.filter { $0.digits <= 2 }
      guard years.count == 1, days.count == 1, numbers.count == 2, plausibleYears.contains(years[0].value)
      else { return nil }
      return civilDay(year: years[0].value, month: m, day: days[0].value)
    }
    guard numbers.count == 3, numbers[0].separator == numbers[1].separator,
      let separator = numbers[0].separator, "/.-".contains(separator)
    else { return nil }
    if numbers[0].digits == 4 {
      guard plausibleYears.contains(numbers[0].value) else { return nil }
      return civilDay(year: numbers[0].value, month: numbers[1].value, day: numbers[2].value)
    }
    guard numbers[2].digits == 4, plausibleYears.contains(numbers[2].value), numbers[0].digits <= 2,
      numbers[1].digits <= 2
    else { return nil }
    let (a, b) = (numbers[0].value, numbers[1].value)
    if a > 12 && b <= 12 { return civilDay(year: numbers[2].value, month: b, day: a) }
    if b > 12 && a <= 12 { return civilDay(year: numbers[2].value, month: a, day: b) }
    // Dots separate a date day first wherever they are used for one (`04.11.2025`); slashes
    // are read either way, and stay unread when both could be the month.
    if separator == "." { return civilDay(year: numbers[2].value, month: b, day: a) }
    return nil
  }

  /// Years a four-digit number in a date written in words or with slashes is taken to be.
  static let plausibleYears = 1000...2999

  /// Month names in the match-key form (lower case, accents folded), by language, January first.
  static let monthNames: [[String]] = [
    "january february march april may june july august september october november december",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre",
    "januar februar marz april mai juni juli august september oktober november dezember",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro",
    "jan feb mar apr may jun jul aug sept oct nov dec",
    "setiembre ene dic sep dez okt maerz",
  ].map { $0.split(separator: " ").map(String.init) }

  /// The month (1…12) a word names, whole or by a prefix of three letters or more that names no
  /// other month; nil for any other word.
  static func month(named word: String) -> Int? {
    guard word.count >= 3 else { return nil }
    var found: Int? = nil
    for (k, names) in monthNames.enumerated() {
      for (i, name) in names.enumerated() where name.hasPrefix(word) {
        let m = k < 6 ? i + 1 : extraMonth(k, i)
        if let f = found, f != m { return nil }
        found = m
      }
    }
    return found
  }

  /// The month of the abbreviations and variant spellings in the last two rows of
  /// ``monthNames``.
  private static func extraMonth(_ row: Int, _ i: Int) -> Int {
    row == 6 ? i + 1 : [9, 1, 12, 9, 12, 10, 3][i]
  }

  /// Days since 1970-01-01 of a civil date, or nil when it does not exist.
  ///
  /// - Complexity: O(1).
  static func civilDay(year y: Int, month m: Int, day d: Int) -> Int? {
    guard (1...12).contains(m), d >= 1 else { return nil }
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
    let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    guard d <= lengths[m - 1] else { return nil }
    // Days from civil (Howard Hinnant's algorithm).
    let yy = m <= 2 ? y - 1 : y
    let era = (yy >= 0 ? yy : yy - 399) / 400
    let yoe = yy - era * 400
    let mp = (m + 9) % 12
    let doy = (153 * mp + 2) / 5 + d - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }
}
