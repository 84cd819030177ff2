/// Writes numbers one way in match keys: `25,000`, `25.000`, `25 000` (with a no-break or thin
/// space, or in a number of several groups), `25'000` → `25000`; `3,5` and `3.5` → `3.5`;
/// `1.234,5` → `1234.5`; `25 %`, `25 per cent`, `25 por ciento`, `25 pour cent` → `25%`;
/// `2.5 million`, `25 mil` → `2500000`, `25000`; the newsroom abbreviations `2.5bn`, `3tn`, `4mn`
/// and, after a currency sign, `$5m`, `£50k` → `2500000000`, `3000000000000`, `4000000`,
/// `$5000000`, `£50000` (a bare `5m` is five metres, and stays); `21st`, `1er`, `2e`, `1.º`, `3ª` → `21st`, `1st`,
/// `2nd`, `1st`, `3rd`; English and Spanish number words that parse cleanly (see
/// ``NumberWords``) → digits (`twenty-five`, `veinticinco` → `25`). The words for one alone
/// (`one`, `un`, `uno`, `una`) stay: they are pronouns and articles far more often.
///
/// A separator followed by exactly three digits groups thousands; any other `.` or `,` followed
/// by digits is a decimal mark. Anything else (`1,2,3`, `1.5.2020`, a phone number) stays.
/// A plain space groups thousands like a no-break space (`25 000` → `25000`), since scrapers
/// flatten no-break spaces; the rare `May 15 100 people` is joined as well.
///
/// - Complexity: O(*n*).
struct NumberStep: VariantStep {
  /// The text's language (BCP 47), when known: number words of English and Spanish are read when
  /// it is unknown, and Spanish `once` (11) only in Spanish text.
  let language: String?

  var languages: [NumberWords.Language] {
    guard let l = language?.lowercased() else { return [.english, .spanish] }
    if l.hasPrefix("en") { return [.english] }
    if l.hasPrefix("es") { return [.spanish] }
    return []
  }

  func apply(to s: [Unicode.Scalar], context: VariantContext) -> StepResult? {
    var rw = ScalarRewriter(s)
    let n = s.count
    var i = 0
    while i < n {
      let c = s[i]
      if i > 0 && VariantWords.isWordScalar(s[i - 1]) || !(c.isASCIIDigit || c.isASCIILetter) {
        i += 1
        continue
      }
      let parsed = c.isASCIIDigit ? digits(s, at: i, context: context) : words(s, at: i)
      guard var (text, end) = parsed else {
        while i < n, VariantWords.isWordScalar(s[i]) { i += 1 }
        continue
      }
      if text.isEmpty {  // digits that stay as written, whole
        i = end
        continue
      }
      // A whole number takes an ordinal suffix also when it was written in groups (`25 000e`):
      // the next pass sees its digits as one run.
      var plain = c.isASCIIDigit && !text.contains(".")
      var spelled = !c.isASCIIDigit
      if let (scaled, e) = scale(text, s, end, start: c.isASCIIDigit ? i : nil) {
        (text, end, plain, spelled) = (scaled, e, false, true)
      }
      // Digits written for words must not touch other digits through a `,` `.` `'`: `25,fifty`
      // would become `25,50`, read as a decimal next time.
      func joins(_ separator: Unicode.Scalar?, _ other: Unicode.Scalar?) -> Bool {
        guard let separator, let other else { return false }
        return [",", ".", "'"].contains(separator) && (other.isASCIIDigit || other.isASCIILetter)
      }
      // What precedes the number is read as this pass writes it, as the next pass will see it:
      // `5 percent,twenty` is `5%,twenty`, where `twenty` touches no letter.
      func written(_ k: Int) -> Unicode.Scalar? {
        guard k >= 0 else { return nil }
        if let e = rw.edits.last, e.input.upperBound == k + 1, let last = rw.output[e.output].last {
          return last
        }
        return s[k]
      }
      let before = (written(i - 1), written(i - 2))
      // Nor through a space where the digits would then read as thousands groups (`zero 180`
      // → `0 180`, `5 two hundred` → `5 200`, both joined next time).
      // Three digits are a group only as this pass writes them: joined with the groups after
      // them (`100,000` → `100000`) or scaled (`000tn` → `0`), they are none by the next pass,
      // which must decide the same.
      let groupsAfter =
        text.count <= 3 && !text.contains(".") && end + 3 < n && s[end] == " "
        && s[(end + 1)...(end + 3)].allSatisfy(\.isASCIIDigit)
        && (end + 4 == n || !s[end + 4].isASCIIDigit)
        && writtenAsGroup(s, at: end + 1, context: context)
      let groupsBefore = before.0 == " " && before.1?.isASCIIDigit == true && text.count == 3
      let after = (end < n ? s[end] : nil, end + 1 < n ? s[end + 1] : nil)
      if spelled && (joins(after.0, after.1) || joins(before.0, before.1) || groupsAfter || groupsBefore) {
        i = end
        continue
      }
      if plain, let (suffix, e) = ordinal(s, end, context: context) {
        text += Self.englishOrdinal(text, suffix)
        end = e
      } else if let e = percent(s, end) {
        text += "%"
        end = e
      }
      if !s[i..<end].elementsEqual(text.unicodeScalars) {
        rw.replace(i..<end, with: text.unicodeScalars, rule: .number)
      }
      i = end
    }
    return rw.finish()
  }

  /// Whether the number at `k` (three digits) still has a whole part of three digits once this
  /// step has written it.
  private func writtenAsGroup(_ s: [Unicode.Scalar], at k: Int, context: VariantContext) -> Bool {
    guard let (text, end) = digits(s, at: k, context: context), !text.isEmpty else { return true }
    let written = scale(text, s, end, start: k)?.0 ?? text
    // Its whole part, which a space before it would group (`5 100.5` is read `5100.5`).
    let whole = written.unicodeScalars.prefix { $0 != "." }
    return whole.count == 3 && whole.allSatisfy(\.isASCIIDigit)
  }

  private func digitRunEnd(_ s: [Unicode.Scalar], _ i: Int) -> Int {
    var j = i
    while j < s.count, s[j].isASCIIDigit { j += 1 }
    return j
  }

  /// A number in digits at `i`: its canonical text and end; empty text for digits that stay as
  /// written, whole (`1,2,3`).
  func digits(_ s: [Unicode.Scalar], at i: Int, context: VariantContext) -> (String, Int)? {
    let n = s.count
    var groups: [Range<Int>] = [i..<digitRunEnd(s, i)]
    var seps: [Unicode.Scalar] = []
    var j = groups[0].upperBound
    while j + 1 < n, [",", ".", " ", "'"].contains(s[j]), s[j + 1].isASCIIDigit {
      let e = digitRunEnd(s, j + 1)
      if s[j] == " " || s[j] == "'" {
        guard e - j - 1 == 3 else { break }
      }
      seps.append(s[j])
      groups.append((j + 1)..<e)
      j = e
    }
    let str = { (r: Range<Int>) in VariantWords.string(s[r]) }
    if seps.isEmpty { return (str(groups[0]), groups[0].upperBound) }
    // Grouping separators: all the same, every group after the first of three digits.
    var grouping = seps.count
    var decimal: Range<Int>? = nil
    if seps.count >= 2, seps.last != seps[seps.count - 2], seps.last == "." || seps.last == "," {
      grouping = seps.count - 1
      decimal = groups[groups.count - 1]
    }
    let sep = seps[0]
    let isGrouping =
      groups[0].count <= 3 && seps[..<grouping].allSatisfy { $0 == sep }
      && groups[1...grouping].allSatisfy { $0.count == 3 }
    if !isGrouping {
      // One `.` or `,` and no group of three: a decimal mark (`3,5`, `3.14159`).
      // Anything else (`1,2,3`, `1.5.2020`) stays as written, as a whole.
      guard seps.count == 1, sep == "." || sep == "," else { return ("", j) }
      return (str(groups[0]) + "." + str(groups[1]), groups[1].upperBound)
    }
    // A plain space groups thousands too (`25 000` whose no-break space a scraper flattened):
    // in a match key, joining the rare `May 15 100 people` is the smaller harm. But groups that
    // go on with a group of another length are a phone number or a list (`555 123 4567`).
    if sep == " " || sep == "'", j + 1 < n, s[j] == sep, s[j + 1].isASCIIDigit { return ("", j) }
    var text = groups[0...grouping].map(str).joined()
    if let decimal { text += "." + str(decimal) }
    return (text, groups[groups.count - 1].upperBound)
  }

  /// Number words at `i` (lower case), in one of the languages: value and end.
  func words(_ s: [Unicode.Scalar], at i: Int) -> (String, Int)? {
    // Most words are not number words: one hash lookup before any string is made.
    var first = i
    while first < s.count, s[first].isASCIILetter { first += 1 }
    let table = VariantWordTable.shared
    let flags = table.flags(s[i..<first])
    guard flags.contains(.anyNumber) else { return nil }
    // A word that is no number alone (`a`, `and`, `y`, `un`) needs a number word after it.
    if !flags.contains(.standalone) {
      guard first + 1 < s.count, s[first] == " " || s[first] == "-" else { return nil }
      var k = first + 1
      while k < s.count, s[k].isASCIILetter { k += 1 }
      guard table.flags(s[(first + 1)..<k]).contains(.anyNumber) else { return nil }
    }
    for language in languages {
      let vocabulary = language == .english ? NumberWords.english : NumberWords.spanish
      var tokens: [(String, Int)] = []  // word, end
      var j = i
      while j < s.count, s[j].isASCIILetter {
        var k = j
        while k < s.count, s[k].isASCIILetter { k += 1 }
        if k < s.count, VariantWords.isWordScalar(s[k]) { break }
        let w = VariantWords.string(s[j..<k])
        guard vocabulary.contains(w) else { break }
        tokens.append((w, k))
        guard k + 1 < s.count, s[k] == " " || s[k] == "-", s[k + 1].isASCIILetter else { break }
        j = k + 1
      }
      // The longest prefix that parses cleanly.
      var m = tokens.count
      while m > 0 {
        let ws = tokens[..<m].map(\.0)
        if let v = NumberWords.value(of: ws, language: language), !(m == 1 && v == 1),
          !(language == .spanish && ws == ["once"] && self.language == nil)
        {
          return (String(v), tokens[m - 1].1)
        }
        m -= 1
      }
    }
    return nil
  }

  /// The number words that are a number other than 1 on their own, in either language (the
  /// others, `a` `and` `y` `un`, make one only with a number word after them); looked up in
  /// ``VariantWordTable`` (`.standalone`).
  static let standaloneWords: Set<String> = NumberWords.english.union(NumberWords.spanish).filter { w in
    [NumberWords.Language.english, .spanish].contains { l in
      NumberWords.value(of: [w], language: l).map { $0 != 1 } ?? false
    }
  }

  static let scales: [String: Int] = [
    "thousand": 3, "million": 6, "billion": 9, "trillion": 12, "mil": 3, "millon": 6,
    "millones": 6,
  ]

  /// Scale abbreviations written right after digits (`2.5bn`); ``currencyScales`` only after a
  /// currency sign (`$5m`: a bare `5m` is five metres).
  static let attachedScales: [String: Int] = ["bn": 9, "bln": 9, "tn": 12, "trn": 12, "mn": 6, "mln": 6]
  static let currencyScales: [String: Int] = ["m": 6, "k": 3, "b": 9]
  static let currencySigns: Set<Unicode.Scalar> = ["$", "£", "€", "¥", "₹", "₽"]

  /// `2.5 million` → `2500000`: the digits times a scale word after one space. Scale words in a
  /// row multiply (`19 billion billion`): the next pass would read the digits and the word
  /// left over as a number again.
  func scale(_ text: String, _ s: [Unicode.Scalar], _ end: Int, start: Int? = nil) -> (String, Int)? {
    guard var (zeros, e) = start.flatMap({ attachedScale(s, end, from: $0) }) ?? scaleWord(s, end) else {
      return nil
    }
    while let (more, next) = scaleWord(s, e) {
      zeros += more
      e = next
    }
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    let whole = String(parts[0])
    let fraction = parts.count > 1 ? String(parts[1]) : ""
    guard fraction.count <= zeros else { return nil }
    let digits = whole + fraction + String(repeating: "0", count: zeros - fraction.count)
    // Leading zeros dropped in one step (one `removeFirst` each was quadratic in their number).
    let significant = digits.drop { $0 == "0" }
    return (significant.isEmpty ? "0" : String(significant), e)
  }

  /// The power of ten of a scale abbreviation right after the digits that run `start..<end`
  /// (``attachedScales``, or ``currencyScales`` after a currency sign), and where it ends.
  private func attachedScale(_ s: [Unicode.Scalar], _ end: Int, from start: Int) -> (Int, Int)? {
    var k = end
    while k < s.count, s[k].isASCIILetter { k += 1 }
    guard k > end, k - end <= 3, k == s.count || !VariantWords.isWordScalar(s[k]),
      VariantWordTable.shared.flags(s[end..<k]).contains(.scaleSuffix)
    else { return nil }
    let w = VariantWords.string(s[end..<k])
    if let zeros = Self.attachedScales[w] { return (zeros, k) }
    guard start > 0, Self.currencySigns.contains(s[start - 1]), let zeros = Self.currencyScales[w] else {
      return nil
    }
    return (zeros, k)
  }

  /// The power of ten of a scale word after one space at `end`, and where it ends.
  private func scaleWord(_ s: [Unicode.Scalar], _ end: Int) -> (Int, Int)? {
    guard end + 1 < s.count, s[end] == " " else { return nil }
    var k = end + 1
    while k < s.count, s[k].isASCIILetter { k += 1 }
    if k < s.count, VariantWords.isWordScalar(s[k]) { return nil }
    guard VariantWordTable.shared.flags(s[(end + 1)..<k]).contains(.afterNumber) else { return nil }
    let w = VariantWords.string(s[(end + 1)..<k])
    guard let zeros = Self.scales[w] else { return nil }
    // `mil millones`: 10^9.
    if w == "mil", k + 9 <= s.count, VariantWords.string(s[k..<(k + 9)]) == " millones",
      k + 9 == s.count || !VariantWords.isWordScalar(s[k + 9])
    {
      return (9, k + 9)
    }
    return (zeros, k)
  }
}

extension Unicode.Scalar {
  var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
}
