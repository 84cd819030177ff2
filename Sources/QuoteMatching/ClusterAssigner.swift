/// Turns scored links into clusters that do not chain.
///
/// Quotations are taken heaviest first (total weight, then id: never the input order). Each
/// joins the cluster of its best-scoring link to a quotation already placed, if it is linked to
/// that cluster's center (its first, fullest rendering) or to at least half its members, and if
/// its speaker and date are compatible with every member; otherwise it starts a cluster of its
/// own. A quotation joins at most one cluster and clusters never merge, so a fragment shared by
/// two statements (`"not imminent"`) can join one of them but never bridge them; and since
/// the heavier quotation of a link is placed first, fragments attach to full renderings, not
/// the other way round.
///
/// - Complexity: O(*n* log *n* + *e* × *c*) for *n* quotations, *e* links and *c* clusters per
///   group (small).
struct ClusterAssigner {
  let collection: QuoteCollection
  let configuration: QuoteMatcher.Configuration

  /// The cluster (index of its first quotation, the *center*) and link score of each quotation.
  func assign(groups: LinkFinder.Groups, links: [LinkFinder.Link], selfScores: [Float]) -> [(center: Int32, score: Float)] {
    let n = collection.count
    let groupCount = groups.representative.count
    // Adjacency between groups, from the links of their representatives.
    var degree = [Int32](repeating: 0, count: groupCount + 1)
    for l in links {
      degree[Int(groups.of[Int(l.a)]) + 1] += 1
      degree[Int(groups.of[Int(l.b)]) + 1] += 1
    }
    for g in 0..<groupCount { degree[g + 1] += degree[g] }
    var fill = degree
    var neighbor = [Int32](repeating: 0, count: links.count * 2)
    var neighborScore = [Float](repeating: 0, count: links.count * 2)
    for l in links {
      let ga = Int(groups.of[Int(l.a)])
      let gb = Int(groups.of[Int(l.b)])
      neighbor[Int(fill[ga])] = Int32(gb)
      neighborScore[Int(fill[ga])] = l.score
      fill[ga] += 1
      neighbor[Int(fill[gb])] = Int32(ga)
      neighborScore[Int(fill[gb])] = l.score
      fill[gb] += 1
    }
    // Heaviest first, then by id.
    let weights = (0..<n).map { collection.totalWeight($0) }
    let order = (0..<n).sorted { weights[$0] != weights[$1] ? weights[$0] > weights[$1] : collection.ids[$0] < collection.ids[$1] }

    var result = [(center: Int32, score: Float)](repeating: (-1, 0), count: n)
    var clustersOfGroup = [[Int32]](repeating: [], count: groupCount)
    // Members of each group in each cluster, and the size of each cluster (by center).
    var placed: [GroupInCluster: Int32] = [:]
    var size: [Int32: Int32] = [:]
    // The distinct speaker/date identities of each cluster (by center).
    var identities: [Int32: [UtteranceIdentity]] = [:]
    var support: [Int32: (score: Float, linked: Int32)] = [:]
    for q in order {
      let g = Int(groups.of[q])
      support.removeAll(keepingCapacity: true)
      func note(_ h: Int, _ score: Float) {
        for c in clustersOfGroup[h] {
          let k = placed[GroupInCluster(group: Int32(h), center: c)] ?? 0
          let old = support[c] ?? (0, 0)
          support[c] = (max(old.score, score), old.linked + k)
        }
      }
      if selfScores[g] >= Float(configuration.linkThreshold) { note(g, selfScores[g]) }
      for k in Int(degree[g])..<Int(degree[g + 1]) { note(Int(neighbor[k]), neighborScore[k]) }
      var best: (center: Int32, score: Float)? = nil
      for (c, s) in support {
        // Linked to the cluster's center (its fullest rendering) or to half its members: one
        // link to one member is not enough to join a cluster of many.
        let linkedToCenter = placed[GroupInCluster(group: groups.of[Int(c)], center: c)].map { _ in
          groups.of[Int(c)] == Int32(g) ? selfScores[g] >= Float(configuration.linkThreshold) : linksToGroup(g, Int(groups.of[Int(c)]))
        } ?? false
        guard linkedToCenter || 2 * s.linked >= (size[c] ?? 1) else { continue }
        if let b = best {
          if s.score < b.score { continue }
          if s.score == b.score && collection.ids[Int(c)] >= collection.ids[Int(b.center)] { continue }
        }
        guard compatible(q, with: identities[c] ?? []) else { continue }
        best = (c, s.score)
      }
      let center = best?.center ?? Int32(q)
      result[q] = best ?? (Int32(q), 1)
      let id = collection.identities[q]
      if !(identities[center]?.contains(id) ?? false) { identities[center, default: []].append(id) }
      if !clustersOfGroup[g].contains(center) { clustersOfGroup[g].append(center) }
      placed[GroupInCluster(group: Int32(g), center: center), default: 0] += 1
      size[center, default: 0] += 1
    }
    return result

    /// Whether groups `a` and `b` are linked.
    func linksToGroup(_ a: Int, _ b: Int) -> Bool {
      for k in Int(degree[a])..<Int(degree[a + 1]) where Int(neighbor[k]) == b { return true }
      return false
    }
  }

  struct GroupInCluster: Hashable {
    var group: Int32
    var center: Int32
  }

  /// Whether quotation `q` may join a cluster whose members have `identities`.
  private func compatible(_ q: Int, with identities: [UtteranceIdentity]) -> Bool {
    let id = collection.identities[q]
    let tolerance = configuration.dateToleranceDays
    return identities.allSatisfy { id.compatible(with: $0, toleranceDays: tolerance) }
  }
}
