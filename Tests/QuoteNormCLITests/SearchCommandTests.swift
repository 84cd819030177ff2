import Foundation
import Testing

@Suite("quotenorm search")
struct SearchCommandTests {
  @Test func findsQuotationsInArticlesWithSpans() throws {
    var index = ""
    let names = ["000_a1bb128c15978151", "002_aa17bf66d3b39eed", "004_f42273d575fc1bef"]
    var texts: [String: String] = [:]
    for n in names {
      let text = try String(contentsOf: CLI.packageRoot.appendingPathComponent("seeds/\(n).txt"), encoding: .utf8)
      texts[n] = text
      let json = try JSONSerialization.data(withJSONObject: ["id": n, "text": text])
      index += String(decoding: json, as: UTF8.self) + "\n"
    }
    let queries = """
      {"id": "q1", "text": "Mexico is a free and sovereign country"}
      {"id": "q2", "text": "It won't happen", "date": "2025-11-18"}
      """
    let r = try CLI.run([
      "search", "--index", try CLI.tempFile(Data(index.utf8), name: "index.jsonl"), "--query",
      try CLI.tempFile(Data(queries.utf8), name: "queries.jsonl"), "--top", "2",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    let lines = try r.text.split(separator: "\n").map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    #expect(lines.map { $0["id"] as? String } == ["q1", "q2"])
    let first = try #require((lines[0]["results"] as? [[String: Any]])?.first)
    #expect(first["id"] as? String == "002_aa17bf66d3b39eed")
    #expect(first["verdict"] as? String == "contained")
    let span = try #require(first["span"] as? [Int])
    let scalars = Array(try #require(texts["002_aa17bf66d3b39eed"]).unicodeScalars)
    let found = String(String.UnicodeScalarView(scalars[span[0]..<span[1]]))
    #expect(found.hasPrefix("Mexico is a free"))
    #expect(found.hasSuffix("country"))
  }

  @Test func usageErrors() throws {
    #expect(try CLI.run(["search", "--index", "-", "--query", "-"]).status == 64)
    #expect(try CLI.run(["search", "--index", "a.jsonl", "--query", "b.jsonl", "--top", "0"]).status == 64)
  }
}
