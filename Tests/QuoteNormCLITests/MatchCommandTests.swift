import Foundation
import Testing

@Suite("quotenorm match")
struct MatchCommandTests {
  @Test func twoQuotationsGiveOneJSONLine() throws {
    let r = try CLI.run(["match", "That won't happen,", "It’s not going to happen."])
    #expect(r.status == 0, "\(r.stderr)")
    let lines = r.text.split(separator: "\n")
    #expect(lines.count == 1)
    let o = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
    #expect(o["id"] as? String == "1")
    #expect(o["verdict"] as? String == "same")
    #expect((o["score"] as? Double ?? 0) > 0.9)
    let alignment = try #require(o["alignment"] as? [[String: Any]])
    #expect(alignment.contains { $0["op"] as? String == "variant" })
  }

  @Test func pairsFromJSONLinesKeepTheirIdsAndOrder() throws {
    let input = """
      {"id": "p1", "a": "Furthermore, we do not agree", "b": "We do not agree with any process of interference or interventionism."}
      {"a": "Mexico is a free, independent and sovereign country.", "b": "There is always a way,", "langA": "en", "langB": "en"}

      {"id": 7, "a": "No, Mexico is a free, independent and sovereign country.", "b": "Mexico is a free, independent and sovereign country."}
      """
    let path = try CLI.tempFile(Data(input.utf8), name: "pairs.jsonl")
    let r = try CLI.run(["match", "--input", path])
    #expect(r.status == 0, "\(r.stderr)")
    let objects = try r.text.split(separator: "\n").map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    #expect(objects.map { $0["id"] as? String } == ["p1", "2", "7"])
    #expect(objects.map { $0["verdict"] as? String } == ["contained", "different", "same"])
  }

  @Test func textFormatMarksTheDifferences() throws {
    let r = try CLI.run(["match", "--format", "text", "That won’t happen,” she said.", "It's not going to happen"])
    #expect(r.status == 0)
    #expect(r.text.contains("[~That won’t] happen"))
    #expect(r.text.contains("[+she said]"))
    #expect(r.text.contains("[~It's not going to] happen"))
  }

  @Test func aBadLineIsBadInput() throws {
    let path = try CLI.tempFile(Data("{\"a\": \"x\"}\n".utf8), name: "bad.jsonl")
    let r = try CLI.run(["match", "--input", path])
    #expect(r.status == 65)
    #expect(r.stderr.contains("line 1"))
  }

  @Test func usageErrors() throws {
    #expect(try CLI.run(["match", "only one"]).status == 64)
    #expect(try CLI.run(["match", "--input", "x.jsonl", "a", "b"]).status == 64)
    #expect(try CLI.run(["match", "--input", "/nonexistent/pairs.jsonl"]).status == 66)
  }
}
