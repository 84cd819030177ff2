import QuoteNormalization

/// Turns aligned term pairs into ``QuoteAlignment`` segments over the original texts: runs of
/// `same` and `variant` words, and what only one side has.
///
/// ```swift
/// let s = AlignmentBuilder(a: qa, b: qb).build(pairs: evidence.pairs)
/// ```
///
/// - Complexity: O(*m* + *n*) plus the offset-map look-ups, O(log *e*) each.
struct AlignmentBuilder {
  let a: AnalyzedQuote
  let b: AnalyzedQuote

  func build(pairs: [(Int, Int)]) -> QuoteAlignment {
    var segments: [QuoteAlignment.Segment] = []
    var i = 0
    var j = 0
    // How far each side's segments reach: a term a rewrite folded into the one before it
    // (`not` inside `is not going to` → `will not`) is left out where that one covers it, so
    // that segments never overlap.
    var reachA = 0
    var reachB = 0
    func clamp(_ r: Range<Int>?, _ reach: inout Int) -> Range<Int>? {
      guard let r, r.upperBound > reach else { return nil }
      let clamped = max(r.lowerBound, reach)..<r.upperBound
      reach = r.upperBound
      return clamped
    }
    func emit(_ op: QuoteAlignment.Operation, a wholeA: Range<Int>?, b wholeB: Range<Int>?) {
      let ra = clamp(wholeA, &reachA)
      let rb = clamp(wholeB, &reachB)
      guard ra != nil || rb != nil else { return }
      // A matched term whose side is covered joins the matched segment that covers it (`will
      // not` ↔ `is not going to`); after a one-sided segment (`It’s`, whose `is` matched `are`
      // and whose `it` did not) its other side is shown on its own. So a `same` or `variant`
      // segment always has both sides.
      var op = op
      if (op == .same || op == .variant) && (ra == nil) != (rb == nil) {
        if let last = segments.last, last.operation == .same || last.operation == .variant {
          segments[segments.count - 1].a = Self.union(last.a, ra)
          segments[segments.count - 1].b = Self.union(last.b, rb)
          return
        }
        op = ra == nil ? .onlyB : .onlyA
      }
      if let last = segments.last, last.operation == op {
        segments[segments.count - 1].a = Self.union(last.a, ra)
        segments[segments.count - 1].b = Self.union(last.b, rb)
      } else {
        segments.append(QuoteAlignment.Segment(operation: op, a: ra, b: rb))
      }
    }
    func onlyA(_ k: Int) {
      let t = a.terms[k]
      emit(t.flags.contains(.bracketed) ? .editorial : .onlyA, a: a.originalScalars(tokens: t.tokens), b: nil)
    }
    func onlyB(_ k: Int) {
      let t = b.terms[k]
      emit(t.flags.contains(.bracketed) ? .editorial : .onlyB, a: nil, b: b.originalScalars(tokens: t.tokens))
    }
    for (pi, pj) in pairs {
      while i < pi {
        onlyA(i)
        i += 1
      }
      while j < pj {
        onlyB(j)
        j += 1
      }
      let ta = a.terms[pi]
      let tb = b.terms[pj]
      let op: QuoteAlignment.Operation = writtenAlike(ta, tb) ? .same : .variant
      emit(op, a: a.originalScalars(tokens: ta.tokens), b: b.originalScalars(tokens: tb.tokens))
      i = pi + 1
      j = pj + 1
    }
    while i < a.terms.count {
      onlyA(i)
      i += 1
    }
    while j < b.terms.count {
      onlyB(j)
      j += 1
    }
    return QuoteAlignment(segments: segments)
  }

  /// Folds case, accents and punctuation but not variants, to tell `That`/`that` (same) from
  /// `won't`/`not` or `organisations`/`organizations` (variant).
  static let surface = Normalizer(options: Normalizer.Options.match.subtracting(.variants))

  /// Whether two matched terms are written alike in the originals.
  private func writtenAlike(_ ta: Term, _ tb: Term) -> Bool {
    let x = a.originalText(a.originalScalars(tokens: ta.tokens))
    let y = b.originalText(b.originalScalars(tokens: tb.tokens))
    return x == y || Self.surface.normalize(x).text == Self.surface.normalize(y).text
  }

  static func union(_ x: Range<Int>?, _ y: Range<Int>?) -> Range<Int>? {
    guard let x else { return y }
    guard let y else { return x }
    return min(x.lowerBound, y.lowerBound)..<max(x.upperBound, y.upperBound)
  }
}
