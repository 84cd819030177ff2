/// The paragraphs of a text and the region each belongs to: article body, heading (title,
/// caption, standfirst fragment, crosshead) or boilerplate (link lists, tags, repeated
/// captions, copyright lines).
///
/// A paragraph is a line, as scraped articles write them; in hard-wrapped text (most lines of
/// similar length, many not ending a sentence) it is a block of lines between blank lines.
/// A heading is a paragraph that does not end a sentence. Boilerplate starts at a heading the
/// lexicon lists (`Explore`, `Related`, `Lesen Sie auch`; also glued to what follows, as in
/// `RelatedTRT World - …`) and runs over the heading-like paragraphs after it; a heading-like
/// paragraph repeating an earlier one is boilerplate too.
///
/// ```swift
/// let t = Array("Title here\nBody sentence.\nExplore\nA link\n".unicodeScalars)
/// TextLayout(t, lexicon: CueLexicon.builtIn("en")).regions  // [.heading, .body, .boilerplate, .boilerplate]
/// ```
struct TextLayout: Sendable {
  /// Paragraph ranges (without their line breaks), blank lines left out.
  var paragraphs: [Range<Int>] = []
  var regions: [QuoteRegion] = []

  /// Lays out `text`.
  ///
  /// - Complexity: O(*n*).
  init(_ text: [Unicode.Scalar], lexicon: CueLexicon?) {
    var lines: [Range<Int>] = []
    var start = 0
    for (i, s) in text.enumerated() where s == "\n" {
      lines.append(start..<i)
      start = i + 1
    }
    if start < text.count { lines.append(start..<text.count) }
    let trimmedLines = lines.map { Self.trim(text, $0) }
    if Self.isHardWrapped(text, trimmedLines) {
      var block: Range<Int>? = nil
      for l in trimmedLines {
        if l.isEmpty {
          if let b = block { paragraphs.append(b) }
          block = nil
        } else {
          block = block.map { $0.lowerBound..<l.upperBound } ?? l
        }
      }
      if let b = block { paragraphs.append(b) }
    } else {
      paragraphs = trimmedLines.filter { !$0.isEmpty }
    }
    regions = classify(text, lexicon: lexicon)
  }

  private static func trim(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int> {
    var a = r.lowerBound
    var b = r.upperBound
    while a < b, ScalarClass.isSpace(t[a]) || t[a] == "\u{FEFF}" { a += 1 }
    while b > a, ScalarClass.isSpace(t[b - 1]) { b -= 1 }
    return a..<b
  }

  /// Most long lines 55–85 scalars long, a quarter of them or more not ending a sentence.
  private static func isHardWrapped(_ t: [Unicode.Scalar], _ lines: [Range<Int>]) -> Bool {
    let long = lines.filter { $0.count >= 40 }
    guard long.count >= 6 else { return false }
    let wrapped = long.filter { (55...85).contains($0.count) }
    let open = wrapped.filter { !ScalarClass.isTerminal(t[$0.upperBound - 1]) }
    return wrapped.count * 10 >= long.count * 7 && open.count * 4 >= wrapped.count
  }

  /// Whether a paragraph ends without ending a sentence (closing marks and brackets aside).
  static func isHeadingLike(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
    guard r.count <= 300 else { return false }
    var b = r.upperBound
    while b > r.lowerBound, let m = QuotationMark.info(for: t[b - 1]),
      m.canClose || t[b - 1] == "\""
    { b -= 1 }
    while b > r.lowerBound, t[b - 1] == ")" || t[b - 1] == "]" || ScalarClass.isSpace(t[b - 1]) {
      b -= 1
    }
    guard b > r.lowerBound else { return true }
    let last = t[b - 1]
    return !ScalarClass.isTerminal(last) && !ScalarClass.isClausePunctuation(last)
  }

  private func classify(_ t: [Unicode.Scalar], lexicon: CueLexicon?) -> [QuoteRegion] {
    var out: [QuoteRegion] = []
    out.reserveCapacity(paragraphs.count)
    var inBoilerplate = false
    var seenHeadings: Set<[Unicode.Scalar]> = []
    for p in paragraphs {
      let heading = Self.isHeadingLike(t, p)
      if Self.startsBoilerplate(t, p, lexicon) {
        inBoilerplate = true
        out.append(.boilerplate)
        continue
      }
      if !heading {
        inBoilerplate = false
        out.append(Self.isCopyright(t, p) ? .boilerplate : .body)
        continue
      }
      if inBoilerplate || Self.isCopyright(t, p) {
        out.append(.boilerplate)
        continue
      }
      let key = Array(t[p])
      out.append(seenHeadings.contains(key) ? .boilerplate : .heading)
      seenHeadings.insert(key)
    }
    return out
  }

  private static func isCopyright(_ t: [Unicode.Scalar], _ p: Range<Int>) -> Bool {
    t[p.lowerBound] == "©"
  }

  /// A paragraph that is a listed heading, alone or followed by `:`, `-`, `|`, or glued to a
  /// capitalized word (`RelatedTRT World`).
  private static func startsBoilerplate(
    _ t: [Unicode.Scalar], _ p: Range<Int>, _ lexicon: CueLexicon?
  ) -> Bool {
    guard let lexicon, p.count <= 300 else { return false }
    // The first words (up to four) as keys, and where each ends.
    var keys: [WordKey] = []
    var ends: [Int] = []
    var i = p.lowerBound
    while i < p.upperBound && keys.count < 4 {
      while i < p.upperBound, !ScalarClass.isLetter(t[i]) {
        if !ScalarClass.isSpace(t[i]) { return matches(keys, ends, lexicon, t, p) }
        i += 1
      }
      var key = WordKey.seed
      let wordStart = i
      while i < p.upperBound,
        ScalarClass.isLetter(t[i]) || ((t[i] == "'" || t[i] == "’") && i > wordStart)
      {
        // A glued capital after lowercase letters ends the word: "RelatedTRT".
        if i > wordStart, ScalarClass.isUpper(t[i]), ScalarClass.isLower(t[i - 1]) { break }
        key = key.appending(lowercase: t[i] == "’" ? "'" : t[i])
        i += 1
      }
      if i == wordStart { break }
      keys.append(key)
      ends.append(i)
      if i < p.upperBound, ScalarClass.isLetter(t[i]) {
        // Glued: the heading must match exactly the words so far.
        return lexicon.match(.boilerplate, keys: keys, at: 0) == keys.count
      }
    }
    return matches(keys, ends, lexicon, t, p)
  }

  private static func matches(
    _ keys: [WordKey], _ ends: [Int], _ lexicon: CueLexicon, _ t: [Unicode.Scalar], _ p: Range<Int>
  ) -> Bool {
    guard !keys.isEmpty, let n = lexicon.match(.boilerplate, keys: keys, at: 0) else {
      return false
    }
    // The heading is the whole paragraph, or what follows it is set off by punctuation.
    var k = ends[n - 1]
    while k < p.upperBound, ScalarClass.isSpace(t[k]) { k += 1 }
    if k >= p.upperBound { return true }
    return t[k] == ":" || t[k] == "|" || t[k] == "-" || t[k] == "–" || t[k] == "—" || t[k] == "»"
      || t[k] == ">"
  }

}
