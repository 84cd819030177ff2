import Foundation
import Testing

@Suite("quotenorm cluster")
struct ClusterCommandTests {
  static let quotes = """
    {"id": "afp", "text": "That won't happen,", "speaker": "Claudia Sheinbaum", "date": "2025-11-04", "source": "AFP"}
    {"id": "lt", "text": "it's not going to happen.", "speaker": "Sheinbaum", "date": "2025-11-04", "source": "Latin Times"}
    {"id": "bnl", "text": "It's not going to happen,", "speaker": "Claudia Sheinbaum", "date": "2025-11-18", "source": "bnl"}
    {"id": "op", "text": "There is always a way,", "speaker": "operative"}
    {"id": "ts", "text": "No, Mexico is a free, independent and sovereign country.", "speaker": "Claudia Sheinbaum", "date": "2025-11-04"}
    {"id": "lt2", "text": "Mexico is a free, independent and sovereign country.", "speaker": "Claudia Sheinbaum", "date": "2025-11-04"}
    """

  func clusters(_ output: String) throws -> [String: String] {
    var out: [String: String] = [:]
    for line in output.split(separator: "\n") {
      let o = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      out[try #require(o["id"] as? String)] = o["cluster"] as? String
    }
    return out
  }

  @Test func quotationsFromJSONLines() throws {
    let path = try CLI.tempFile(Data(Self.quotes.utf8), name: "quotes.jsonl")
    let r = try CLI.run(["cluster", "--input", path])
    #expect(r.status == 0, "\(r.stderr)")
    let ids = r.text.split(separator: "\n").map { String($0.split(separator: "\"")[3]) }
    #expect(ids == ["afp", "lt", "bnl", "op", "ts", "lt2"])
    let c = try clusters(r.text)
    #expect(c["afp"] == c["lt"])
    #expect(c["bnl"] != c["afp"])
    #expect(c["ts"] == c["lt2"])
    #expect(c["op"] == "op")
    #expect(r.stderr.isEmpty)
  }

  @Test func outputDoesNotDependOnInputOrder() throws {
    let reversed = Self.quotes.split(separator: "\n").reversed().joined(separator: "\n")
    let a = try CLI.run(["cluster", "--input", try CLI.tempFile(Data(Self.quotes.utf8), name: "a.jsonl")])
    let b = try CLI.run(["cluster", "--input", try CLI.tempFile(Data(reversed.utf8), name: "b.jsonl")])
    #expect(try clusters(a.text) == clusters(b.text))
  }

  @Test func seedArticlesInTextFormat() throws {
    let seeds = try FileManager.default.contentsOfDirectory(atPath: CLI.packageRoot.appendingPathComponent("seeds").path)
      .filter { $0.hasSuffix(".txt") }.sorted().map { "seeds/" + $0 }
    let r = try CLI.run(["cluster", "--format", "text"] + seeds)
    #expect(r.status == 0, "\(r.stderr)")
    // The 4 Nov sentence: five renderings of four outlets in one cluster, the 18 Nov one apart.
    let blocks = r.text.components(separatedBy: "\n== ")
    let wont = try #require(blocks.first { $0.contains("That won't happen,") && $0.contains("quotations:") })
    #expect(wont.contains("seeds/002"))
    #expect(wont.contains("seeds/003"))
    #expect(!wont.contains("seeds/004"))
    #expect(r.text.contains("[~It’s not going to] happen."))
  }

  @Test func aDescribedSpeakerIsNoIdentity() throws {
    // "a source close to the ministry" may be Ana Torres: the articles' quotations cluster,
    // where the same texts with speakers "source" and "Ana Torres" stay apart.
    let a = try CLI.tempFile(
      Data(#""We will not negotiate with terrorists under any circumstances, and our position is final," a source close to the ministry said."#.utf8),
      name: "a.txt")
    let b = try CLI.tempFile(
      Data(#""We will not negotiate with terrorists under any circumstances," said Ana Torres, a spokeswoman for the ministry."#.utf8),
      name: "b.txt")
    let r = try CLI.run(["cluster", "--format", "jsonl", a, b])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(Set(try clusters(r.text).values).count == 1)
    let named = """
      {"id": "a", "text": "We will not negotiate with terrorists under any circumstances, and our position is final,", "speaker": "source"}
      {"id": "b", "text": "We will not negotiate with terrorists under any circumstances,", "speaker": "Ana Torres"}
      """
    let apart = try CLI.run(["cluster", "--input", try CLI.tempFile(Data(named.utf8), name: "n.jsonl")])
    #expect(Set(try clusters(apart.text).values).count == 2)
    // The description is still shown.
    let text = try CLI.run(["cluster", "--format", "text", a, b])
    #expect(text.text.contains("source"))
  }

  @Test func repeatedIdsAreBadInput() throws {
    let path = try CLI.tempFile(Data("{\"id\": 1, \"text\": \"a b c\"}\n{\"id\": \"1\", \"text\": \"d e f\"}\n".utf8), name: "dup.jsonl")
    let r = try CLI.run(["cluster", "--input", path])
    #expect(r.status == 65)
    #expect(r.stderr.contains("appears twice"))
  }

  @Test func usageErrors() throws {
    #expect(try CLI.run(["cluster"]).status == 64)
    #expect(try CLI.run(["cluster", "--input", "q.jsonl", "seeds/x.txt"]).status == 64)
    #expect(try CLI.run(["cluster", "--input", "/nonexistent.jsonl"]).status == 66)
  }
}
