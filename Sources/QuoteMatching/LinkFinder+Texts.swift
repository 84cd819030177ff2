import QuoteNormalization

extension LinkFinder {
  /// Groups whose quotations have identical terms: one text said by several speakers, on
  /// several days, or printed without either. Candidate generation and alignment run once per
  /// text; the score of each pair of groups then only adds its speaker-and-day prior, and pairs
  /// whose speakers or dates conflict get no link.
  ///
  /// Collections of real coverage repeat texts this way (a quote reprinted over days, a stock
  /// phrase said by many), and probing every identity apart read the same postings and aligned
  /// the same two texts once per pair of identities: 1M quotations of the benchmark, ten
  /// identities a text, took ten times the work of their distinct texts.
  struct Texts: Sendable {
    /// The text of each group.
    var of: [Int32]
    /// The groups of each text, by their representatives' ids.
    var groups: [[Int32]]
    /// The representative quotation of each text: its smallest id.
    var representative: [Int32]
  }

  /// The texts of `groups`' representatives.
  ///
  /// - Complexity: O(*t*) for *t* terms (a hash per text, terms compared on a hash match).
  func texts(_ groups: Groups) -> Texts {
    var byKey: [UInt64: Int32] = [:]
    var of = [Int32](repeating: 0, count: groups.representative.count)
    var members: [[Int32]] = []
    var representative: [Int32] = []
    for (g, r) in groups.representative.enumerated() {
      let q = Int(r)
      var h = WordHash()
      for k in collection.terms(q) {
        let v = UInt64(collection.lexeme[k]) << 32 | UInt64(collection.surface[k])
        for s in stride(from: 0, to: 64, by: 8) { h.add(UInt8(truncatingIfNeeded: v >> UInt64(s))) }
        h.add(UInt8(truncatingIfNeeded: collection.flags[k].rawValue))
      }
      if let t = byKey[h.value], sameTerms(q, Int(representative[Int(t)])) {
        of[g] = t
        members[Int(t)].append(Int32(g))
        if collection.ids[q] < collection.ids[Int(representative[Int(t)])] { representative[Int(t)] = r }
        continue
      }
      let t = Int32(representative.count)
      // A hash shared by two different texts (never seen) leaves the second unmerged.
      if byKey[h.value] == nil { byKey[h.value] = t }
      of[g] = t
      members.append([Int32(g)])
      representative.append(r)
    }
    for t in members.indices where members[t].count > 1 {
      members[t].sort { collection.ids[Int(groups.representative[Int($0)])] < collection.ids[Int(groups.representative[Int($1)])] }
    }
    return Texts(of: of, groups: members, representative: representative)
  }

  private func sameTerms(_ a: Int, _ b: Int) -> Bool {
    let ra = collection.terms(a)
    let rb = collection.terms(b)
    guard ra.count == rb.count else { return false }
    for (i, j) in zip(ra, rb) {
      if collection.lexeme[i] != collection.lexeme[j] || collection.surface[i] != collection.surface[j]
        || collection.flags[i] != collection.flags[j]
      {
        return false
      }
    }
    return true
  }

  /// Links between the groups of one text whose speakers and dates agree (a text with a
  /// speaker and one without, or on two days within the tolerance), scored from the text's
  /// evidence against itself.
  ///
  /// - Complexity: O(*k*²) per text of *k* groups, plus one alignment per such text.
  func linksWithinTexts(_ groups: Groups, _ texts: Texts) -> [Link] {
    let many = texts.groups.indices.filter { texts.groups[$0].count > 1 }
    let chunks = Parallel.ranges(many.count, perCore: 4, minimum: 256)
    let parts = Parallel.map(chunks: chunks.count) { k in
      var scorer = PairScorer()
      var out: [Link] = []
      collection.withTermBuffers { buffers in
        for t in chunks[k].map({ many[$0] }) {
          let r = collection.terms(Int(texts.representative[t]))
          let e = scorer.evidence(buffers.slice(r), buffers.slice(r), wantPairs: false)
          let members = texts.groups[t]
          for i in members.indices {
            for j in (i + 1)..<members.count {
              appendLink(groups, Int(members[i]), Int(members[j]), e, into: &out)
            }
          }
        }
      }
      return out
    }
    return parts.flatMap { $0 }
  }

  /// Appends the link between groups `ga` and `gb`, whose texts gave evidence `e`, if their
  /// speakers and dates agree, the score with their prior reaches the link threshold, and they
  /// share a content word or both are covered (`coveredThreshold`): function words alone never
  /// link two quotations. Where neither side holds the other the score already says so
  /// (``Calibration/coveredSide``); a fragment of function words held whole in a longer
  /// quotation (`… […] after!` in `What ever happened to happily ever after?`, `Yes, we can.` in
  /// `Yes, we can, and we will.`) is `contained` for `match`, and still not linked here: it
  /// would join every quotation that holds those words. Measured on the NTREX renderings and the
  /// generated sets in the CHANGELOG (session 17).
  ///
  /// - Complexity: O(*k*) in the speaker words.
  func appendLink(_ groups: Groups, _ ga: Int, _ gb: Int, _ e: PairEvidence, into out: inout [Link]) {
    guard max(e.coverageA, e.coverageB) >= configuration.minimumCoverage else { return }
    guard e.contentMatched > 0 || min(e.coverageA, e.coverageB) >= configuration.coveredThreshold
    else { return }
    let qa = Int(groups.representative[ga])
    let qb = Int(groups.representative[gb])
    let ia = collection.identities[qa]
    let ib = collection.identities[qb]
    let tolerance = configuration.dateToleranceDays
    guard ia.compatible(with: ib, toleranceDays: tolerance) else { return }
    let prior = ia.knownAndAgreeing(with: ib, toleranceDays: tolerance) ? Calibration.sameSpeakerAndDayLogOdds : 0
    let s = Calibration.score(e, priorLogOdds: prior)
    guard s >= configuration.linkThreshold else { return }
    let (a, b) = collection.ids[qa] < collection.ids[qb] ? (qa, qb) : (qb, qa)
    out.append(Link(a: Int32(a), b: Int32(b), score: Float(s)))
  }
}
