/// The terms of one quotation as scoring reads them: parallel buffers of class ids, surface and
/// lemma fingerprints, flags and weights.
struct TermSlice {
  var lexeme: UnsafeBufferPointer<UInt32>
  var surface: UnsafeBufferPointer<UInt32>
  var lemma: UnsafeBufferPointer<UInt32>
  var flags: UnsafeBufferPointer<TermFlags>
  var weight: UnsafeBufferPointer<Float>
  /// ``PackedTerms/fingerprint(_:)`` of ``Term/name`` (0: not a name).
  var name: UnsafeBufferPointer<UInt32>

  var count: Int { lexeme.count }

  /// The total weight, leaving out bracketed terms (whose weight is 0 anyway).
  var total: Double {
    var s = 0.0
    for w in weight { s += Double(w) }
    return s
  }

  @inline(__always)
  func share(_ i: Int, _ other: TermSlice, _ j: Int) -> Float {
    if lexeme[i] != other.lexeme[j] {
      let n = name[i]
      return n != 0 && n == other.name[j] ? Float(TermMatch.name) : 0
    }
    if surface[i] == other.surface[j] { return Float(TermMatch.exact) }
    if lemma[i] == other.lemma[j] { return Float(TermMatch.inflection) }
    return Float(TermMatch.synonym)
  }
}

/// What the comparison of two quotations found, before calibration.
struct PairEvidence: Sendable, Hashable {
  /// The weight of each side (bracketed and elided material aside).
  var weightA = 0.0
  var weightB = 0.0
  /// Weight matched in order (the alignment).
  var credit = 0.0
  /// Weight matched in any order.
  var bagCredit = 0.0
  /// Weight of one side left out because the other side marks an elision right there.
  var elidedA = 0.0
  var elidedB = 0.0
  /// Weight of one side matched by the other's bracketed words (`Mexico` / `[Mexico]`):
  /// editorial text is never weighed on its own side, but where it holds the other side's
  /// words it covers them.
  var bracketCreditA = 0.0
  var bracketCreditB = 0.0
  /// Matched content terms (not function words, lead-ins or brackets), by credit share.
  var contentMatched = 0.0
  /// Aligned term pairs (index in A, index in B), in order; empty unless asked for.
  var pairs: [(Int, Int)] = []
  /// Whether one side negates what the other says in the same words (`We will accept the
  /// deal` / `We will not accept the deal`): see ``PairScorer``'s `polarity`.
  var polarityConflict = false
  /// Whether the two put different numbers, months or days, or English antonyms, in the same
  /// place (`Prices rose 3% in October` / `Prices rose 4% in October`, `legal` / `illegal`):
  /// see ``PairScorer``'s `conflictingFacts`.
  var factConflict = false

  /// The same evidence with the sides swapped: what comparing B with A gives.
  var mirrored: PairEvidence {
    var m = self
    swap(&m.weightA, &m.weightB)
    swap(&m.elidedA, &m.elidedB)
    swap(&m.bracketCreditA, &m.bracketCreditB)
    m.pairs = pairs.map { ($0.1, $0.0) }
    return m
  }

  /// The share of A's weight found in B, in order.
  var coverageA: Double {
    weightA - elidedA > 0 ? min(1, (credit + bracketCreditA) / (weightA - elidedA)) : 0
  }
  /// The share of B's weight found in A, in order.
  var coverageB: Double {
    weightB - elidedB > 0 ? min(1, (credit + bracketCreditB) / (weightB - elidedB)) : 0
  }
  var bagCoverageA: Double { weightA > 0 ? min(1, (bagCredit + bracketCreditA) / weightA) : 0 }
  var bagCoverageB: Double { weightB > 0 ? min(1, (bagCredit + bracketCreditB) / weightB) : 0 }

  static func == (l: PairEvidence, r: PairEvidence) -> Bool {
    l.weightA == r.weightA && l.weightB == r.weightB && l.credit == r.credit && l.bagCredit == r.bagCredit
      && l.elidedA == r.elidedA && l.elidedB == r.elidedB && l.contentMatched == r.contentMatched
      && l.bracketCreditA == r.bracketCreditA && l.bracketCreditB == r.bracketCreditB
      && l.polarityConflict == r.polarityConflict && l.factConflict == r.factConflict
  }

  func hash(into h: inout Hasher) {
    h.combine(credit)
    h.combine(bagCredit)
  }
}

/// Weighted alignment of two term sequences: the order-preserving matching of most weight
/// (a weighted longest common subsequence, where a pair earns its weight times the
/// ``TermMatch`` share), plus the order-free overlap and the elision adjustments.
///
/// One scorer per thread: it keeps its dynamic-programming table between calls.
///
/// - Complexity: O(*m* × *n*) time, O(*m* × *n*) scratch memory, reused; at most
///   ``maximumCells`` cells (longer pairs are aligned on their first terms).
struct PairScorer {
  /// Alignment cells per comparison at most (a query of 400 words against an article of
  /// 10,000 fits; two 2,000-word texts fit).
  static let maximumCells = 4_000_000

  private var table: [Float] = []
  private var used: [Bool] = []

  mutating func evidence(_ a: TermSlice, _ b: TermSlice, wantPairs: Bool) -> PairEvidence {
    var e = PairEvidence()
    e.weightA = a.total
    e.weightB = b.total
    // Past `maximumCells`, only the first terms of each side are compared, and coverages are
    // of those: two quotations of 15,000 words would otherwise cost 225M cells and 900 MB.
    var m = a.count
    var n = b.count
    guard m > 0, n > 0 else { return e }
    if m * n > Self.maximumCells {
      let side = Int(Double(Self.maximumCells).squareRoot())
      if m <= side { n = Self.maximumCells / m } else if n <= side { m = Self.maximumCells / n } else { (m, n) = (side, side) }
      e.weightA = (0..<m).reduce(0) { $0 + Double(a.weight[$1]) }
      e.weightB = (0..<n).reduce(0) { $0 + Double(b.weight[$1]) }
    }
    e.bagCredit = bag(a, b, m, n)
    if e.bagCredit == 0 { return e }
    let width = n + 1
    let size = (m + 1) * width
    var table = self.table
    self.table = []
    defer { self.table = table }
    if table.count < size { table = [Float](repeating: 0, count: size) }
    table.withUnsafeMutableBufferPointer { h in
      for j in 0...n { h[j] = 0 }
      for i in 1...m {
        let row = i * width
        let prev = row - width
        h[row] = 0
        let wi = a.weight[i - 1]
        for j in 1...n {
          var best = max(h[prev + j], h[row + j - 1])
          let s = a.share(i - 1, b, j - 1)
          if s > 0 {
            let c = h[prev + j - 1] + s * min(wi, b.weight[j - 1])
            if c > best { best = c }
          }
          h[row + j] = best
        }
      }
      e.credit = Double(h[m * width + n])
      // Traceback, preferring the diagonal wherever it is on an optimal path.
      var pairs: [(Int, Int)] = []
      var i = m
      var j = n
      while i > 0 && j > 0 {
        let here = h[i * width + j]
        let s = a.share(i - 1, b, j - 1)
        if s > 0, here == h[(i - 1) * width + j - 1] + s * min(a.weight[i - 1], b.weight[j - 1]) {
          pairs.append((i - 1, j - 1))
          i -= 1
          j -= 1
        } else if h[(i - 1) * width + j] >= h[i * width + j - 1] {
          i -= 1
        } else {
          j -= 1
        }
      }
      pairs.reverse()
      for (pi, pj) in pairs {
        let f = a.flags[pi].union(b.flags[pj])
        if f.isDisjoint(with: [.function, .leadIn, .bracketed]) { e.contentMatched += Double(a.share(pi, b, pj)) }
        let bracketedA = a.flags[pi].contains(.bracketed)
        if bracketedA != b.flags[pj].contains(.bracketed) {
          let s = Double(a.share(pi, b, pj))
          if bracketedA { e.bracketCreditB += s * Double(b.weight[pj]) } else { e.bracketCreditA += s * Double(a.weight[pi]) }
        }
      }
      (e.elidedA, e.elidedB) = Self.elided(a, b, pairs)
      // The term right before a side's stretch counts when the other side goes on before
      // its own (`No lo hizo nunca` / `Nunca lo hizo`), not when the other starts there (a
      // partial quote: the reporter may have kept a `not` outside the quotation marks).
      // A lead-in (`No,`) is not going on. Nor is anything decided where a side marks an
      // elision (`[…]`): the words it left out are its business.
      let sideA = Self.polarity(a, pairs, side: 0, fromBefore: Self.goesOnBefore(b, pairs.first?.1))
      let sideB = Self.polarity(b, pairs, side: 1, fromBefore: Self.goesOnBefore(a, pairs.first?.0))
      e.polarityConflict =
        sideA.negated != sideB.negated && !sideA.saysMore && !sideB.saysMore
        && !sideA.elides && !sideB.elides
      e.factConflict = Self.conflictingFacts(a, b, pairs)
      if wantPairs { e.pairs = pairs }
    }
    return e
  }

  /// The order-free overlap: each term of A against the best unused term of B of its class.
  private mutating func bag(_ a: TermSlice, _ b: TermSlice, _ m: Int, _ n: Int) -> Double {
    if used.count < n { used = [Bool](repeating: false, count: n) }
    for j in 0..<n { used[j] = false }
    var total = 0.0
    for i in 0..<m where a.weight[i] > 0 {
      var best = -1
      var bestShare: Float = 0
      for j in 0..<n where !used[j] {
        let s = a.share(i, b, j)
        if s > bestShare {
          best = j
          bestShare = s
        }
      }
      if best >= 0 {
        used[best] = true
        total += Double(bestShare * min(a.weight[i], b.weight[best]))
      }
    }
    return total
  }

}
