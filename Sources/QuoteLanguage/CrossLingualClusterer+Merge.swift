import QuoteMatching

extension CrossLingualClusterer {
  /// A merged cluster: same-language clusters of different languages.
  struct Merged: Sendable {
    /// The first (largest) same-language cluster's center.
    var center: Int
    /// Indices into the units.
    var units: [Int]
    var languages: Set<String>
    var members: [Int]
    var identities: [UtteranceIdentity]
    /// For each unit that joined (by its index): the link by which it joined, oriented from
    /// the unit's side.
    var joined: [Int: CrossLingualMatch]
  }

  /// Merges same-language clusters along cross-language links (step 6 of the type's summary).
  ///
  /// - Complexity: O(*u* log *u* + *e* × *c*) for *u* units, *e* links and *c* candidate
  ///   merged clusters per unit.
  func merge(_ units: [Unit], _ links: [Link], _ records: [QuoteRecord]) -> [Merged] {
    var unitOf = [Int](repeating: 0, count: records.count)
    for (u, unit) in units.enumerated() { for m in unit.members { unitOf[m] = u } }
    var linksOfUnit: [Int: [(mine: Int, other: Int, match: CrossLingualMatch)]] = [:]
    for l in links {
      linksOfUnit[unitOf[l.a], default: []].append((l.a, l.b, l.match))
      linksOfUnit[unitOf[l.b], default: []].append((l.b, l.a, Self.reversed(l.match)))
    }
    // Largest first; among clusters of one size, the best linked first (a weak link must not
    // take the place of a strong one in a merged cluster), then by center id.
    let strongest = units.indices.map { u in (linksOfUnit[u] ?? []).map(\.match.score).max() ?? 0 }
    let order = units.indices.sorted {
      if units[$0].members.count != units[$1].members.count {
        return units[$0].members.count > units[$1].members.count
      }
      if strongest[$0] != strongest[$1] { return strongest[$0] > strongest[$1] }
      return records[units[$0].center].id < records[units[$1].center].id
    }
    let tolerance = matcher.configuration.dateToleranceDays
    var mergedOf = [Int?](repeating: nil, count: units.count)
    var merged: [Merged] = []
    for u in order {
      let unit = units[u]
      // Support of each merged cluster already made: best link, members linked, center linked.
      var support: [Int: Support] = [:]
      for (mine, other, match) in linksOfUnit[u] ?? [] {
        guard let s = mergedOf[unitOf[other]] else { continue }
        var sup = support[s] ?? Support()
        sup.linked.insert(other)
        if other == merged[s].center { sup.center = true }
        if match.verdict == .same { sup.same = true }
        let better =
          sup.best.map {
            match.score > $0.match.score
              || (match.score == $0.match.score && records[mine].id < records[$0.mine].id)
          } ?? true
        if better { sup.best = (mine, match) }
        support[s] = sup
      }
      let ids = unit.members.map { Self.identity(records[$0]) }
      let ranked = support.keys.sorted {
        let a = support[$0]?.best?.match.score ?? 0
        let b = support[$1]?.best?.match.score ?? 0
        return a != b ? a > b : records[merged[$0].center].id < records[merged[$1].center].id
      }
      var chosen: Int?
      for s in ranked {
        guard let sup = support[s] else { continue }
        // One cluster per language, unless this one links to the merged cluster's center or as
        // `same` and its own language's cluster there does not contradict it (two translators'
        // Spanish often share too little to link, while each is `same` as the English
        // original).
        if merged[s].languages.contains(unit.language)
          && !((sup.same || sup.center) && !contradicts(unit, merged[s], units, records))
        {
          continue
        }
        // As within a language: linked to the center or to half the members. Across languages
        // a rendering's words differ more, so also: linked as `same`, or linked to this merged
        // cluster only (then joining cannot bridge two statements).
        let enough =
          sup.center || sup.same || 2 * sup.linked.count >= merged[s].members.count
          || support.count == 1
        guard enough else { continue }
        let compatible = ids.allSatisfy { a in
          merged[s].identities.allSatisfy { a.compatible(with: $0, toleranceDays: tolerance) }
        }
        guard compatible else { continue }
        chosen = s
        break
      }
      if let s = chosen, let best = support[s]?.best {
        merged[s].units.append(u)
        merged[s].languages.insert(unit.language)
        merged[s].members += unit.members
        merged[s].identities += ids
        merged[s].joined[u] = best.match
        mergedOf[u] = s
      } else {
        mergedOf[u] = merged.count
        merged.append(
          Merged(
            center: unit.center, units: [u], languages: [unit.language], members: unit.members,
            identities: ids, joined: [:]))
      }
    }
    return merged
  }

  /// Whether the center of `unit` is `different` from the center of any cluster of its
  /// language already in `m`, by same-language matching.
  ///
  /// - Complexity: one pair alignment per such cluster.
  func contradicts(_ unit: Unit, _ m: Merged, _ units: [Unit], _ records: [QuoteRecord]) -> Bool {
    m.units.contains { u in
      guard units[u].language == unit.language else { return false }
      let a = records[unit.center]
      let b = records[units[u].center]
      return matcher.match(a.text, b.text, languageA: unit.language, languageB: unit.language).verdict
        == .different
    }
  }

  struct Support {
    var best: (mine: Int, match: CrossLingualMatch)?
    var linked = Set<Int>()
    var center = false
    var same = false
  }

  /// The same comparison seen from the other side.
  static func reversed(_ m: CrossLingualMatch) -> CrossLingualMatch {
    let e = m.evidence
    let verdict: CrossLingualVerdict =
      switch m.verdict {
      case .contains: .contained
      case .contained: .contains
      default: m.verdict
      }
    return CrossLingualMatch(
      score: m.score, verdict: verdict, coverageA: m.coverageB, coverageB: m.coverageA,
      evidence: CrossLingualEvidence(
        translationCoverageA: e.translationCoverageB, translationCoverageB: e.translationCoverageA,
        lexicalCoverageA: e.lexicalCoverageB, lexicalCoverageB: e.lexicalCoverageA,
        numbers: e.numbers, names: e.names, lengthRatio: e.lengthRatio),
      translationA: m.translationB, translationB: m.translationA)
  }
}
