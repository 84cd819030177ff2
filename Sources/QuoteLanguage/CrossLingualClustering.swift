import QuoteMatching

/// The clusters of quotations in several languages (``CrossLingualClusterer``).
///
/// ```swift
/// let r = try CrossLingualClusterer().cluster(records)
/// for c in r.clusters where c.members.count > 1 {
///   for m in c.members { print(r.ids[m], r.languages[m], r.translations[m] ?? "") }
/// }
/// ```
public struct CrossLingualClustering: Sendable {
  /// One statement: its quotations, in any language.
  public struct Cluster: Sendable, Hashable {
    /// The id of the quotation the cluster grew from: the center of its largest
    /// same-language cluster.
    public var id: String
    /// Index of that quotation.
    public var center: Int
    /// Indices of every member, the center first, then by id.
    public var members: [Int]
  }

  /// One language's quotations and their same-language collection.
  struct Group: Sendable {
    var language: String
    /// Indices of the records, in input order.
    var members: [Int]
    var collection: QuoteCollection
  }

  /// The quotation ids, in input order.
  public let ids: [String]
  /// Each quotation's language: given, identified, or the pivot when neither.
  public let languages: [String]
  /// The most frequent language, into which the others were translated for candidates.
  public let pivot: String
  /// The clusters, largest first, then by id.
  public let clusters: [Cluster]
  /// The cluster (index into ``clusters``) of each quotation.
  public let clusterIndex: [Int]
  /// The score of the link by which each quotation joined its cluster (1 for centers): within
  /// its language, or, for the center of a same-language cluster that joined another
  /// language's, the cross-language score.
  public let scores: [Double]
  /// Each quotation in the pivot language (nil for the pivot's own quotations, and when only
  /// one language is present).
  public let translations: [String?]
  /// The cross-language comparison by which each joining same-language cluster's center
  /// joined (nil for the others), seen from that center.
  public let crossLingualLinks: [CrossLingualMatch?]
  /// Cross-language pairs linked, and candidate pairs scored.
  public let crossLinks: Int
  public let scoredPairs: Int
  let groups: [Group]
  let groupOf: [Int]
  let localIndex: [Int]

  init(
    records: [QuoteRecord], languages: [String], pivot: String, groups: [Group],
    units: [CrossLingualClusterer.Unit], merged: [CrossLingualClusterer.Merged], scores: [Double],
    translations: [String?], crossLinks: Int, scoredPairs: Int
  ) {
    ids = records.map(\.id)
    self.languages = languages
    self.pivot = pivot
    self.groups = groups
    var groupOf = [Int](repeating: 0, count: records.count)
    var localIndex = [Int](repeating: 0, count: records.count)
    for (g, group) in groups.enumerated() {
      for (k, i) in group.members.enumerated() {
        groupOf[i] = g
        localIndex[i] = k
      }
    }
    self.groupOf = groupOf
    self.localIndex = localIndex
    var scores = scores
    var links = [CrossLingualMatch?](repeating: nil, count: records.count)
    var clusters: [Cluster] = []
    for m in merged {
      for (u, match) in m.joined {
        scores[units[u].center] = match.score
        links[units[u].center] = match
      }
      let rest = m.members.filter { $0 != m.center }.sorted { records[$0].id < records[$1].id }
      clusters.append(Cluster(id: records[m.center].id, center: m.center, members: [m.center] + rest))
    }
    clusters.sort {
      $0.members.count != $1.members.count ? $0.members.count > $1.members.count : $0.id < $1.id
    }
    var index = [Int](repeating: 0, count: records.count)
    for (k, c) in clusters.enumerated() { for i in c.members { index[i] = k } }
    self.clusters = clusters
    self.clusterIndex = index
    self.scores = scores
    self.translations = translations
    self.crossLingualLinks = links
    self.crossLinks = crossLinks
    self.scoredPairs = scoredPairs
  }

  /// The cluster id (its center's id) of quotation `i`.
  ///
  /// - Complexity: O(1).
  public func clusterID(of i: Int) -> String { clusters[clusterIndex[i]].id }

  /// The same-language comparison of quotations `i` and `j` (with the word alignment), nil
  /// when their languages differ.
  ///
  /// - Complexity: one alignment, O(*m* × *n*) at worst in their numbers of words.
  public func sameLanguageMatch(_ i: Int, _ j: Int) -> QuoteMatch? {
    guard groupOf[i] == groupOf[j] else { return nil }
    return groups[groupOf[i]].collection.match(localIndex[i], localIndex[j])
  }
}
