import QuoteMatching
import Testing

@Suite("Clusters of the seed quotations")
struct SeedClusterTests {
  @Test func everyStatementIsOneClusterAndNoClusterMixesTwo() throws {
    let gold = try SeedGold.load()
    let (records, statement) = try gold.records()
    let r = QuoteClusterer().cluster(records)
    let cluster = records.indices.map { r.clusterID(of: $0) }
    let counts = PairCounts(statement: statement, cluster: cluster)
    for c in r.clusters where c.members.count > 1 {
      print(c.members.map { "\(records[$0].id) [\(records[$0].text.prefix(40))]" })
    }
    #expect(counts.recall == 1, "\(counts)")
    #expect(counts.precision == 1, "\(counts)")
  }

  @Test func theEighteenthOfNovemberStaysApartWhenDatesAreGiven() throws {
    let gold = try SeedGold.load()
    let (records, _) = try gold.records()
    let r = QuoteClusterer().cluster(records)
    let nov18 = try #require(records.firstIndex { $0.id.hasPrefix("sheinbaum-2025-11-18-not-going-to-happen") })
    let nov4 = try #require(records.firstIndex { $0.id.hasPrefix("sheinbaum-2025-11-04-wont-happen") })
    #expect(r.clusterID(of: nov18) != r.clusterID(of: nov4))
    // Without dates the same words are one statement as far as text can tell.
    let (undated, _) = try gold.records(dates: false)
    let u = QuoteClusterer().cluster(undated)
    #expect(u.clusterID(of: nov18) == u.clusterID(of: nov4))
  }

  @Test func differentSpeakersNeverMerge() throws {
    let gold = try SeedGold.load()
    let (records, _) = try gold.records()
    let r = QuoteClusterer().cluster(records)
    let sheinbaum = try #require(records.firstIndex { $0.id.hasPrefix("sheinbaum-2025-11-18-he-has-suggested") })
    let trump = try #require(records.firstIndex { $0.id.hasPrefix("trump-offer-intervention") })
    #expect(r.clusterID(of: sheinbaum) != r.clusterID(of: trump))
  }

  @Test func outputDoesNotDependOnInputOrder() throws {
    let gold = try SeedGold.load()
    let (records, _) = try gold.records(dates: false)
    let a = QuoteClusterer().cluster(records)
    let shuffled = records.reversed() + []
    let b = QuoteClusterer().cluster(Array(shuffled))
    for (k, rec) in records.enumerated() {
      let j = try #require(shuffled.firstIndex { $0.id == rec.id })
      #expect(a.clusterID(of: k) == b.clusterID(of: j))
      #expect(a.scores[k] == b.scores[j])
    }
  }

  /// One text said by several speakers, on several days, or printed without either: aligned
  /// once as a text, linked per pair of speaker/date groups.
  @Test func oneTextAcrossSpeakersAndDays() {
    let text = "We do not agree with any process of interference or interventionism."
    let partial = "We do not agree with any process of interference"
    let records = [
      QuoteRecord(id: "a1", text: text, speaker: "Claudia Sheinbaum", date: "2025-11-04"),
      QuoteRecord(id: "a2", text: text, speaker: "Sheinbaum", date: "2025-11-04"),
      QuoteRecord(id: "a3", text: partial, speaker: "Claudia Sheinbaum", date: "2025-11-04"),
      QuoteRecord(id: "b1", text: text, speaker: "Claudia Sheinbaum", date: "2025-11-18"),
      QuoteRecord(id: "b2", text: partial, speaker: "Sheinbaum", date: "2025-11-18"),
      QuoteRecord(id: "c1", text: text, speaker: "Marco Rubio", date: "2025-11-04"),
      QuoteRecord(id: "n1", text: text),
    ]
    for order in [records, records.reversed()] {
      let r = QuoteClusterer().cluster(order)
      let cluster = Dictionary(uniqueKeysWithValues: order.indices.map { (order[$0].id, r.clusterID(of: $0)) })
      #expect(cluster["a1"] == cluster["a2"] && cluster["a1"] == cluster["a3"])
      #expect(cluster["b1"] == cluster["b2"])
      #expect(cluster["a1"] != cluster["b1"])
      #expect(cluster["c1"] != cluster["a1"] && cluster["c1"] != cluster["b1"])
      // Without speaker or date the text can join one of them, never bridge two.
      #expect([cluster["a1"], cluster["b1"], cluster["c1"], "n1"].contains(cluster["n1"]))
    }
  }

  /// Quotations made of the same few common words share every class: without a limit each
  /// would be a candidate of every other. Under the posting limit the work per quotation is
  /// bounded, the result is still a partition, and the narrowing is counted.
  @Test func commonWordsOnlyAreLimitedAndCounted() throws {
    let words = "the of and to in a is that it for on with as was he she said we not be".split(separator: " ")
    var state: UInt64 = 5
    func next() -> Int {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      return Int(state >> 33) % words.count
    }
    let records = (0..<1_500).map { i in
      QuoteRecord(id: "q\(i)", text: (0..<12).map { _ in String(words[next()]) }.joined(separator: " "))
    }
    let limited = QuoteClusterer(candidates: .prefixFiltering(maximumPostings: 128)).cluster(records)
    #expect(limited.limitedQuotations > 0)
    #expect(limited.scoredPairs <= records.count * 64)
    #expect(Set(limited.clusters.flatMap(\.members)).count == records.count)
    #expect(limited.clusters.map(\.members.count).reduce(0, +) == records.count)
    // The seeds are far from any limit.
    let (seeds, _) = try SeedGold.load().records()
    #expect(QuoteClusterer().cluster(seeds).limitedQuotations == 0)
  }
}

