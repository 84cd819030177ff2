import QuoteNormalization

/// Finds every pair of quotations that may be one statement, without comparing all pairs, and
/// scores those exactly.
///
/// 1. **Duplicates.** Quotations with identical terms, speaker and date form a group; only one
///    member of each group (its smallest id) is compared.
/// 2. **Candidates by prefix filtering.** A link needs one side to have at least
///    `minimumCoverage` (τ) of its weight in the other. Sort a quotation's classes by weight,
///    heaviest first; its *prefix* is the shortest run of them after which less than τ of its
///    weight remains. Any quotation holding τ of its weight must hold a class of its prefix, so
///    probing an inverted index (class → quotations) with the prefix alone finds every such
///    pair: lossless for the bound, and cheap, because the heaviest classes are the rarest.
/// 3. **Pruning.** The weight a candidate shares with the prefix plus the weight outside the
///    prefix bounds the overlap; candidates that cannot reach τ of the lighter side are
///    dropped before the alignment.
/// 4. **Scoring.** The rest, unless their speakers or dates conflict, are aligned and scored
///    exactly (``PairScorer``, ``Calibration``); each pair is probed from its lighter side only.
///
/// Candidates are found and aligned per distinct text (``Texts``), not per group: the groups
/// of a text differ only in speaker and date, which add a prior to the score.
///
/// Chunks of quotations are processed on all cores; each thread has its own scratch arrays.
///
/// - Complexity: O(Σ over quotations of the posting lengths of their prefix classes), plus
///   O(*m* × *n*) per candidate that survives pruning.
struct LinkFinder {
  let collection: QuoteCollection
  let configuration: QuoteMatcher.Configuration

  /// A scored pair of group representatives (`a` has the smaller id).
  struct Link: Sendable {
    var a: Int32
    var b: Int32
    var score: Float
  }

  /// Groups of identical quotations (same terms, same speaker and date).
  struct Groups: Sendable {
    /// The group of each quotation.
    var of: [Int32]
    /// The representative (smallest id) of each group.
    var representative: [Int32]
  }

  func groups() -> Groups {
    var byKey: [UInt64: Int32] = [:]
    var of = [Int32](repeating: 0, count: collection.count)
    var representative: [Int32] = []
    for i in 0..<collection.count {
      var h = WordHash()
      func add(_ v: UInt64) {
        for s in stride(from: 0, to: 64, by: 8) { h.add(UInt8(truncatingIfNeeded: v >> UInt64(s))) }
      }
      for k in collection.terms(i) {
        add(UInt64(collection.lexeme[k]) << 32 | UInt64(collection.surface[k]))
        h.add(UInt8(truncatingIfNeeded: collection.flags[k].rawValue))
      }
      // Speaker and date too: a group is one text said by one speaker on one day, so that a
      // pair of groups whose speakers or dates conflict need not be compared at all.
      let id = collection.identities[i]
      h.add(0xFF)
      for w in id.speakerWords { add(w) }
      add(UInt64(bitPattern: Int64(id.day ?? Int.min)))
      add(id.label ?? 0)
      if let g = byKey[h.value] {
        of[i] = g
        if collection.ids[i] < collection.ids[Int(representative[Int(g)])] { representative[Int(g)] = Int32(i) }
      } else {
        let g = Int32(representative.count)
        byKey[h.value] = g
        of[i] = g
        representative.append(Int32(i))
      }
    }
    return Groups(of: of, representative: representative)
  }

  /// The links among group representatives with a score of at least the link threshold, the
  /// number of candidate pairs scored, and the number of texts whose probe the posting limit
  /// cut short.
  ///
  /// Members are indexed lightest first (total weight, then id), so a posting list is sorted
  /// by weight and a probe skips, by binary search, the members lighter than itself: a pair is
  /// probed from its lighter side only, the side the coverage bound is about.
  func links(_ groups: Groups, candidates: QuoteClusterer.Candidates) -> (links: [Link], scored: Int, limited: Int) {
    let texts = self.texts(groups)
    let weights = texts.representative.map { collection.totalWeight(Int($0)) }
    let order = texts.representative.indices.sorted {
      weights[$0] != weights[$1]
        ? weights[$0] < weights[$1]
        : collection.ids[Int(texts.representative[$0])] < collection.ids[Int(texts.representative[$1])]
    }
    let reps = order.map { Int(texts.representative[$0]) }
    let (tau, cap, allPairs): (Double, Int, Bool) =
      switch candidates {
      case .prefixFiltering(let maximumPostings): (configuration.minimumCoverage, maximumPostings ?? Int.max, false)
      case .allPairs: (configuration.minimumCoverage, Int.max, true)
      }
    let index = PrefixIndex(collection: collection, members: reps, tau: tau)
    let chunks = Parallel.ranges(reps.count, perCore: 16, minimum: 128)
    let parts = Parallel.map(chunks: chunks.count) { k in
      index.withBuffers { ib in
        collection.withTermBuffers { tb in
          let worker = Worker(
            finder: self, groups: groups, texts: texts, textOfMember: order, index: ib, terms: tb)
          var out: [Link] = []
          for r in chunks[k] {
            if allPairs { worker.scoreAll(r, into: &out) } else { worker.probe(r, cap: cap, into: &out) }
          }
          return (out, worker.scored, worker.limited)
        }
      }
    }
    let within = linksWithinTexts(groups, texts)
    return (parts.flatMap { $0.0 } + within, parts.reduce(0) { $0 + $1.1 }, parts.reduce(0) { $0 + $1.2 })
  }

  /// The score of each group's representative against itself: what two identical quotations
  /// score (low for a lone function word, so that identical fragments do not link by default).
  func selfScores(_ groups: Groups) -> [Float] {
    let chunks = Parallel.ranges(groups.representative.count, perCore: 4, minimum: 1024)
    let parts = Parallel.map(chunks: chunks.count) { k in
      var scorer = PairScorer()
      return collection.withTermBuffers { buffers in
        chunks[k].map { g -> Float in
          let r = collection.terms(Int(groups.representative[g]))
          return Float(Calibration.score(scorer.evidence(buffers.slice(r), buffers.slice(r), wantPairs: false)))
        }
      }
    }
    return parts.flatMap { $0 }
  }

  /// One thread's scratch state, over raw buffers of the index and the terms (valid while
  /// the closure that made it runs). A class, so that its scratch arrays are plain memory
  /// without exclusivity checks in the inner loop; never shared between threads.
  final class Worker {
    let finder: LinkFinder
    let collection: QuoteCollection
    let groups: Groups
    let texts: Texts
    /// The text (index into `texts`) of each member of the index.
    let textOfMember: [Int]
    let index: PrefixIndex.Buffers
    let terms: TermBuffers
    let configuration: QuoteMatcher.Configuration
    var scorer = PairScorer()
    let stamp: UnsafeMutableBufferPointer<Int32>
    let shared: UnsafeMutableBufferPointer<Float>
    var candidates: [Int32] = []
    let lexemeStamp: UnsafeMutableBufferPointer<Int32>
    /// The weight of each of r's classes, valid where `lexemeStamp` is r.
    let lexemeWeight: UnsafeMutableBufferPointer<Float>
    /// Candidate pairs aligned and scored.
    var scored = 0
    /// Probes that the posting limit cut short (a prefix class skipped, or candidates left out).
    var limited = 0

    /// Candidates aligned per probe at most under a posting limit `cap`.
    static func alignedPerProbe(cap: Int) -> Int { max(64, cap / 8) }

    /// Alignment cells per probe at most under a posting limit (about 50 ms of alignment):
    /// realistic quotations, of tens of words, never come near it.
    static let cellsPerProbe = 32_000_000

    init(
      finder: LinkFinder, groups: Groups, texts: Texts, textOfMember: [Int], index: PrefixIndex.Buffers,
      terms: TermBuffers
    ) {
      self.finder = finder
      self.collection = finder.collection
      self.groups = groups
      self.texts = texts
      self.textOfMember = textOfMember
      self.index = index
      self.terms = terms
      self.configuration = finder.configuration
      stamp = .allocate(capacity: index.total.count)
      stamp.initialize(repeating: -1)
      shared = .allocate(capacity: index.total.count)
      shared.initialize(repeating: 0)
      lexemeStamp = .allocate(capacity: collection.vocabulary.count)
      lexemeStamp.initialize(repeating: -1)
      lexemeWeight = .allocate(capacity: collection.vocabulary.count)
      lexemeWeight.initialize(repeating: 0)
    }

    deinit {
      stamp.deallocate()
      shared.deallocate()
      lexemeStamp.deallocate()
      lexemeWeight.deallocate()
    }

    /// Whether member `c` is heavier than member `r` (ties by index): a pair is probed from
    /// its lighter side, the side whose coverage the bound is about.
    @inline(__always)
    func heavier(_ c: Int, than r: Int) -> Bool {
      let wc = index.total[c]
      let wr = index.total[r]
      return wc > wr || (wc == wr && c > r)
    }

    /// Postings read past the prefix to sharpen the overlap bound, at most: classes held by
    /// more heavier members than this (function words, mostly) are left as slack.
    var sharpening: Int { max(256, index.total.count / 64) }

    /// Finds and scores the links of member `r` (an index into `index.members`) with heavier
    /// members.
    func probe(_ r: Int, cap: Int, into out: inout [Link]) {
      let tau = Float(configuration.minimumCoverage)
      let wr = index.total[r]
      let r32 = Int32(r)
      let lo = Int(index.classStart[r])
      let prefixEnd = lo + Int(index.prefixLength[r])
      let classEnd = Int(index.classStart[r + 1])
      candidates.removeAll(keepingCapacity: true)
      var cut = false
      defer { if cut { limited += 1 } }
      // Weight of r's classes whose postings were not read: what a candidate may still share.
      var slack = wr
      for k in lo..<classEnd {
        let l = Int(index.classID[k])
        let w = index.classWeight[k]
        let end = Int(index.postingStart[l + 1])
        // First member heavier than r: postings are in member order.
        var first = Int(index.postingStart[l])
        var hi = end
        while first < hi {
          let mid = (first + hi) / 2
          if Int(index.posting[mid]) <= r { first = mid + 1 } else { hi = mid }
        }
        let inPrefix = k < prefixEnd
        // Past the prefix, rare classes are read too (only to sharpen the bound of the
        // candidates found so far); common ones are left as slack.
        if end - first > (inPrefix ? cap : sharpening) {
          if inPrefix { cut = true }
          continue
        }
        slack -= w
        for p in first..<end {
          let c = Int(index.posting[p])
          if stamp[c] != r32 {
            guard inPrefix else { continue }
            stamp[c] = r32
            shared[c] = 0
            candidates.append(Int32(c))
          }
          shared[c] += w
        }
      }
      if candidates.isEmpty { return }
      // Alignment cells this probe would cost: past the budget (very long quotations, each
      // near many others), the candidates sharing the most weight go first and the rest wait.
      let rLength = collection.terms(index.members[r]).count
      var cells = 0
      for c in candidates {
        cells += min(PairScorer.maximumCells, rLength * collection.terms(index.members[Int(c)]).count)
      }
      let budgeted = cap != Int.max && cells > Self.cellsPerProbe
      if cap != Int.max && (candidates.count > Self.alignedPerProbe(cap: cap) || budgeted) {
        // Under a limit, the candidates sharing the most weight with r are aligned (ties by
        // member index): quotations of common words only cannot make the work quadratic.
        let keep = min(candidates.count, Self.alignedPerProbe(cap: cap))
        candidates.sort { shared[Int($0)] != shared[Int($1)] ? shared[Int($0)] > shared[Int($1)] : $0 < $1 }
        candidates.removeLast(candidates.count - keep)
        cut = true
      }
      for k in lo..<Int(index.classStart[r + 1]) {
        lexemeStamp[Int(index.classID[k])] = r32
        lexemeWeight[Int(index.classID[k])] = index.classWeight[k]
      }
      // The pair needs τ of r's weight (r is the lighter side): what the prefix shared plus all
      // of r outside its prefix bounds it; then the exact order-free overlap does.
      let needed = tau * wr
      var spent = 0
      for c in candidates {
        let ci = Int(c)
        if shared[ci] + slack < needed { continue }
        if budgeted {
          spent += min(PairScorer.maximumCells, rLength * collection.terms(index.members[ci]).count)
          if spent > Self.cellsPerProbe { break }
        }
        if slack > 0 {
          var overlap: Float = 0
          for k in Int(index.classStart[ci])..<Int(index.classStart[ci + 1]) where lexemeStamp[Int(index.classID[k])] == r32 {
            overlap += min(index.classWeight[k], lexemeWeight[Int(index.classID[k])])
          }
          if overlap < needed { continue }
        }
        score(r, ci, into: &out)
      }
    }

    /// Scores member `r` against every heavier member (the exhaustive reference).
    func scoreAll(_ r: Int, into out: inout [Link]) {
      for c in (r + 1)..<index.total.count { score(r, c, into: &out) }
    }

    /// Aligns members `r` and `c` (two texts) once and links each pair of their groups whose
    /// speakers and dates agree and whose score, with the pair's prior, holds; texts with no
    /// such pair of groups are never aligned.
    func score(_ r: Int, _ c: Int, into out: inout [Link]) {
      let gr = texts.groups[textOfMember[r]]
      let gc = texts.groups[textOfMember[c]]
      let tolerance = configuration.dateToleranceDays
      let any = gr.contains { a in
        let ia = collection.identities[Int(groups.representative[Int(a)])]
        return gc.contains { b in
          ia.compatible(with: collection.identities[Int(groups.representative[Int(b)])], toleranceDays: tolerance)
        }
      }
      guard any else { return }
      let qr = index.members[r]
      let qc = index.members[c]
      let (a, b) = collection.ids[qr] < collection.ids[qc] ? (qr, qc) : (qc, qr)
      scored += 1
      let e = scorer.evidence(terms.slice(collection.terms(a)), terms.slice(collection.terms(b)), wantPairs: false)
      guard Calibration.score(e, priorLogOdds: Calibration.sameSpeakerAndDayLogOdds) >= configuration.linkThreshold
      else { return }
      for x in gr { for y in gc { finder.appendLink(groups, Int(x), Int(y), e, into: &out) } }
    }
  }
}
