#if canImport(QuoteExtraction)
  import QuoteNorm

  /// The invariants of ``QuoteExtractor/extract(from:language:)`` on every input:
  /// - no quotation is empty;
  /// - every span (content, marks, speaker mention, cue) lies inside the text, its `String.Index`
  ///   range and its scalar offsets agree, and a quotation's `text` is its content as written;
  /// - the opening mark ends where the content may start, the closing mark starts after it ends;
  /// - no two quotations overlap: their extents (marks included) are disjoint or nested, and a
  ///   nested one lies inside its `parent`, one level deeper;
  /// - `statement` names an earlier (or the same) quotation that starts its own statement;
  /// - extracting again gives the same result (no hidden state).
  ///
  /// Where repair changed the text, spans are mapped back through the repair's offset map, whose
  /// edits are as coarse as the repairs: a mojibake run is one edit, so a mark repaired inside
  /// one maps back to the whole run and may overlap the content next to it. There, marks and
  /// content are only checked to be in order (a monotone map keeps order and nesting, not
  /// disjointness); the strict checks run on every text repair leaves alone.
  public struct ExtractionInvariants: Sendable {
    public let extractor: QuoteExtractor
    private let repairer = Normalizer(profile: .repair)

    public init(extractor: QuoteExtractor = QuoteExtractor()) { self.extractor = extractor }

    /// Runs every check on `text` read as `language`, trapping on the first violation.
    ///
    /// - Complexity: O(*n* + *q*²) for *q* quotations.
    public func check(_ text: String, language: String?) {
      let r = extractor.extract(from: text, language: language)
      let exact = repairer.normalize(text).edits.isEmpty
      let scalars = text.unicodeScalars
      let count = scalars.count
      func checkSpan(_ s: TextSpan, _ what: String) {
        Invariant.check(
          s.scalars.lowerBound >= 0 && s.scalars.upperBound <= count,
          "\(what) \(s.scalars) outside 0..<\(count)", input: text)
        let lo = scalars.distance(from: scalars.startIndex, to: s.range.lowerBound)
        let hi = lo + scalars.distance(from: s.range.lowerBound, to: s.range.upperBound)
        Invariant.check(
          lo == s.scalars.lowerBound && hi == s.scalars.upperBound,
          "\(what): index range is \(lo)..<\(hi), scalars say \(s.scalars)", input: text)
      }
      var extents: [Range<Int>] = []
      for (i, q) in r.quotes.enumerated() {
        checkSpan(q.content, "quote \(i) content")
        Invariant.check(!q.content.scalars.isEmpty, "quote \(i) is empty", input: text)
        Invariant.check(
          q.text.unicodeScalars.elementsEqual(scalars[q.content.range]),
          "quote \(i) text differs from its content span", input: text)
        var lo = q.content.scalars.lowerBound
        var hi = q.content.scalars.upperBound
        if let m = q.openingMark {
          checkSpan(m, "quote \(i) opening mark")
          Invariant.check(
            exact
              ? m.scalars.upperBound <= q.content.scalars.lowerBound
              : m.scalars.lowerBound <= q.content.scalars.lowerBound
                && m.scalars.upperBound <= q.content.scalars.upperBound,
            "quote \(i) opening mark \(m.scalars) after content \(q.content.scalars)", input: text)
          lo = m.scalars.lowerBound
        }
        if let m = q.closingMark {
          checkSpan(m, "quote \(i) closing mark")
          Invariant.check(
            exact
              ? m.scalars.lowerBound >= q.content.scalars.upperBound
              : m.scalars.lowerBound >= q.content.scalars.lowerBound
                && m.scalars.upperBound >= q.content.scalars.upperBound,
            "quote \(i) closing mark \(m.scalars) before content end \(q.content.scalars)",
            input: text)
          hi = m.scalars.upperBound
        }
        if let s = q.speaker { checkSpan(s.mention, "quote \(i) speaker") }
        if let c = q.cue { checkSpan(c, "quote \(i) cue") }
        extents.append(lo..<hi)
        Invariant.check(
          q.statement >= 0 && q.statement <= i
            && r.quotes[q.statement].statement == q.statement,
          "quote \(i) statement \(q.statement) is not a statement start", input: text)
        if let p = q.parent {
          Invariant.check(
            p >= 0 && p < i && q.depth == r.quotes[p].depth + 1,
            "quote \(i) parent \(p) depth \(q.depth)", input: text)
          Invariant.check(
            extents[p].lowerBound <= lo && hi <= extents[p].upperBound,
            "quote \(i) extent \(lo)..<\(hi) outside its parent's \(extents[p])", input: text)
        } else {
          Invariant.check(q.depth == 0, "quote \(i) has depth \(q.depth) and no parent", input: text)
        }
      }
      for i in extents.indices where exact {
        for j in extents.indices where j > i {
          let a = extents[i]
          let b = extents[j]
          let disjoint = a.upperBound <= b.lowerBound || b.upperBound <= a.lowerBound
          let nested =
            (a.lowerBound <= b.lowerBound && b.upperBound <= a.upperBound)
            || (b.lowerBound <= a.lowerBound && a.upperBound <= b.upperBound)
          Invariant.check(
            disjoint || nested, "quotes \(i) \(a) and \(j) \(b) overlap", input: text)
        }
      }
      let again = extractor.extract(from: text, language: language)
      Invariant.check(again == r, "extracting twice gave different results", input: text)
    }
  }
#endif
