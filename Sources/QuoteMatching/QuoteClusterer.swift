/// Groups quotations that render the same statement: across outlets, paraphrased, partial,
/// with lead-ins, insertions and elisions; never across speakers, never across dates.
///
/// ```swift
/// let quotes = [
///   QuoteRecord(id: "afp", text: "That won't happen,", speaker: "Sheinbaum", date: "2025-11-04"),
///   QuoteRecord(id: "lt", text: "it's not going to happen.", speaker: "Claudia Sheinbaum", date: "2025-11-04"),
///   QuoteRecord(id: "bnl", text: "It's not going to happen,", speaker: "Sheinbaum", date: "2025-11-18"),
/// ]
/// let r = QuoteClusterer().cluster(quotes)
/// r.clusterID(of: 0) == r.clusterID(of: 1)  // true
/// r.clusterID(of: 2)                        // "bnl": another day, another statement
/// ```
///
/// How: duplicates grouped; candidate pairs by prefix filtering over an inverted index of
/// IDF-weighted term classes (``LinkFinder``; no all-pairs comparison); candidates aligned and
/// scored exactly on all cores; clusters grown heaviest quotation first without merging
/// (``ClusterAssigner``), so that no fragment chains two statements. The result depends only
/// on the set of quotations and their ids, never on their order.
public struct QuoteClusterer: Sendable {
  /// How candidate pairs are found.
  public enum Candidates: Sendable, Hashable {
    /// Prefix filtering over the inverted index (lossless for the coverage bound when
    /// `maximumPostings` is nil). With a limit, a prefix class held by more than
    /// `maximumPostings` heavier quotations is skipped, and at most `maximumPostings / 8`
    /// (at least 64) candidates, those sharing the most weight, are aligned per quotation:
    /// time stays linear even in a collection of quotations made of the same common words,
    /// at the price of links only such words support (counted in
    /// ``QuoteClustering/limitedQuotations``).
    case prefixFiltering(maximumPostings: Int?)
    /// Every pair: the exhaustive reference, O(n²), for measuring the recall of the other.
    case allPairs

    /// The default: prefix filtering limited to 4,096 postings per class. On the benchmark's
    /// quote sets it narrows the probes of about a fifth of the distinct texts at 100k
    /// quotations (short quotations whose rarest words are still common) and costs 0.0002 of
    /// pair recall there (0.9946 → 0.9944), 0.0027 at 1M (0.9829 → 0.9802); see
    /// Benchmarks/results/cluster.md.
    public static let standard = Candidates.prefixFiltering(maximumPostings: 4_096)
  }

  /// The matcher whose analysis, scores and thresholds are used.
  public let matcher: QuoteMatcher
  /// How candidate pairs are found.
  public var candidates: Candidates

  /// A clusterer using `matcher`.
  ///
  /// - Complexity: O(1).
  public init(matcher: QuoteMatcher = QuoteMatcher(), candidates: Candidates = .standard) {
    self.matcher = matcher
    self.candidates = candidates
  }

  /// Clusters `records` (analysing them first, on all cores).
  ///
  /// - Complexity: see ``cluster(_:progress:)``.
  public func cluster(_ records: [QuoteRecord]) -> QuoteClustering {
    cluster(QuoteCollection(records, matcher: matcher, keepingRecords: false))
  }

  /// Clusters an analysed collection.
  ///
  /// ```swift
  /// let spanish = QuoteCollection(records)                 // one language, not English
  /// let english = QuoteCollection(records.map { r in       // the same quotations, translated
  ///   QuoteRecord(id: r.id, text: translate(r.text), language: "en", speaker: r.speaker, date: r.date)
  /// })
  /// QuoteClusterer().cluster(spanish, translated: english)
  /// ```
  ///
  /// - Parameters:
  ///   - collection: The quotations, weighted by their own IDF.
  ///   - translated: The same quotations in the same order, with the same speakers and dates,
  ///     their texts translated (into English, whose synonyms, paraphrases and inflections the
  ///     matcher knows): pairs are also linked through this reading, never by it alone (see
  ///     *Clustering through a translation* in the QuoteMatching documentation). Ignored
  ///     unless it has as many quotations as `collection`.
  ///   - progress: Called from the calling thread as phases advance (candidates are reported
  ///     when done).
  /// - Complexity: about O(*n* × *c*) for *n* quotations and *c* candidates each (see
  ///   ``QuoteClustering/scoredPairs``), on all cores, twice with `translated`; memory
  ///   O(*t* + *e*) for *t* terms and *e* links.
  public func cluster(
    _ collection: QuoteCollection, translated: QuoteCollection? = nil,
    progress: ((ClusteringProgress) -> Void)? = nil
  ) -> QuoteClustering {
    let configuration = matcher.configuration
    let finder = LinkFinder(collection: collection, configuration: configuration)
    let groups = finder.groups()
    progress?(ClusteringProgress(phase: "candidates", done: 0, total: groups.representative.count))
    var (links, scored, limited) = finder.links(groups, candidates: candidates)
    if let translated {
      let (all, more) = finder.links(groups, own: links, translated: translated, candidates: candidates)
      links = all
      scored += more
    }
    progress?(ClusteringProgress(phase: "candidates", done: groups.representative.count, total: groups.representative.count))
    let selfScores = finder.selfScores(groups)
    progress?(ClusteringProgress(phase: "clustering", done: 0, total: collection.count))
    let assigned = ClusterAssigner(collection: collection, configuration: configuration)
      .assign(groups: groups, links: links, selfScores: selfScores)
    progress?(ClusteringProgress(phase: "clustering", done: collection.count, total: collection.count))
    return QuoteClustering(
      collection: collection, assigned: assigned, links: links.count, scoredPairs: scored,
      limitedQuotations: limited)
  }
}

/// The clusters of a collection.
///
/// ```swift
/// let r = QuoteClusterer().cluster(records)
/// for c in r.clusters where c.members.count > 1 { print(c.id, c.members.map { r.ids[$0] }) }
/// ```
public struct QuoteClustering: Sendable {
  /// One statement: its quotations.
  public struct Cluster: Sendable, Hashable {
    /// The id of the quotation the cluster grew from (its heaviest rendering): the cluster's
    /// name.
    public var id: String
    /// Index of that quotation.
    public var center: Int
    /// Indices of every member, the center first, then by id.
    public var members: [Int]
  }

  /// The quotation ids, in input order.
  public let ids: [String]
  /// The clusters, largest first, then by id.
  public let clusters: [Cluster]
  /// The cluster (index into ``clusters``) of each quotation.
  public let clusterIndex: [Int]
  /// The score of the link by which each quotation joined its cluster (1 for centers).
  public let scores: [Double]
  /// Pairs linked (score at least the link threshold), among group representatives.
  public let links: Int
  /// Candidate pairs aligned and scored: the work done instead of all n(n−1)/2 pairs.
  public let scoredPairs: Int
  /// Distinct texts whose candidates the posting limit of ``QuoteClusterer/Candidates``
  /// narrowed (texts of words so common that thousands of quotations share them): links that
  /// only such words support may be missing for them.
  public let limitedQuotations: Int

  init(
    collection: QuoteCollection, assigned: [(center: Int32, score: Float)], links: Int, scoredPairs: Int,
    limitedQuotations: Int = 0
  ) {
    ids = collection.ids
    var byCenter: [Int32: [Int]] = [:]
    for (q, a) in assigned.enumerated() { byCenter[a.center, default: []].append(q) }
    var clusters = byCenter.map { center, members -> Cluster in
      let rest = members.filter { $0 != Int(center) }.sorted { collection.ids[$0] < collection.ids[$1] }
      return Cluster(id: collection.ids[Int(center)], center: Int(center), members: [Int(center)] + rest)
    }
    clusters.sort { $0.members.count != $1.members.count ? $0.members.count > $1.members.count : $0.id < $1.id }
    var index = [Int](repeating: 0, count: assigned.count)
    for (k, c) in clusters.enumerated() { for m in c.members { index[m] = k } }
    self.clusters = clusters
    self.clusterIndex = index
    self.scores = assigned.map { Double($0.score) }
    self.links = links
    self.scoredPairs = scoredPairs
    self.limitedQuotations = limitedQuotations
  }

  /// The cluster id (its center's id) of quotation `i`.
  ///
  /// - Complexity: O(1).
  public func clusterID(of i: Int) -> String { clusters[clusterIndex[i]].id }
}
