import Foundation
import QuoteMatching

/// The package root (for `seeds/` and `Fixtures/`).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()

/// `Fixtures/en/seeds.clusters.json`: which seed quotations are one statement.
struct SeedGold: Decodable {
  struct Quote: Decodable {
    var file: String
    var text: String
    var occurrence: Int
    var source: String?
  }
  struct Statement: Decodable {
    var id: String
    var speaker: String?
    var date: String?
    var quotes: [Quote]
  }
  var statements: [Statement]

  static func load() throws -> SeedGold {
    let url = packageRoot.appendingPathComponent("Fixtures/en/seeds.clusters.json")
    return try JSONDecoder().decode(SeedGold.self, from: Data(contentsOf: url))
  }

  /// Every quote as a record (ids `statement#k`), with or without speakers and dates, and the
  /// statement of each; checks that each text occurs in its file as often as its occurrence says.
  func records(speakers: Bool = true, dates: Bool = true) throws -> (records: [QuoteRecord], statement: [String]) {
    var records: [QuoteRecord] = []
    var statement: [String] = []
    for s in statements {
      for (k, q) in s.quotes.enumerated() {
        let article = try String(contentsOf: packageRoot.appendingPathComponent(q.file), encoding: .utf8)
        guard article.components(separatedBy: q.text).count - 1 > q.occurrence else {
          throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "\(q.text) not in \(q.file)"])
        }
        records.append(
          QuoteRecord(
            id: "\(s.id)#\(k)", text: q.text, language: "en", speaker: speakers ? s.speaker : nil,
            date: dates ? s.date : nil, source: q.source))
        statement.append(s.id)
      }
    }
    return (records, statement)
  }
}

/// Pair recall and precision of a clustering against the statements.
struct PairCounts: CustomStringConvertible {
  var truePairs = 0
  var foundPairs = 0
  var correctPairs = 0
  var recall: Double { truePairs == 0 ? 1 : Double(correctPairs) / Double(truePairs) }
  var precision: Double { foundPairs == 0 ? 1 : Double(correctPairs) / Double(foundPairs) }
  var description: String { "recall \(correctPairs)/\(truePairs), precision \(correctPairs)/\(foundPairs)" }

  init(statement: [String], cluster: [String]) {
    for i in statement.indices {
      for j in (i + 1)..<statement.count {
        let same = statement[i] == statement[j]
        let together = cluster[i] == cluster[j]
        if same { truePairs += 1 }
        if together { foundPairs += 1 }
        if same && together { correctPairs += 1 }
      }
    }
  }
}
