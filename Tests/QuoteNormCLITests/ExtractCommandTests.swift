import Foundation
import Testing

@Suite("quotenorm extract, end to end")
struct ExtractCommandTests {
  static func lines(_ r: CLIResult) throws -> [[String: Any]] {
    try r.text.split(separator: "\n").map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
  }

  @Test func jsonlHasEveryFieldWithScalarOffsets() throws {
    let input = "😀 Ana Ruiz spoke. “Yes,” she said, ‘maybe.’\n"
    let path = try CLI.tempFile(Data(input.utf8))
    let r = try CLI.run(["extract", "--lang", "en", path])
    #expect(r.status == 0)
    let objs = try Self.lines(r)
    #expect(objs.count == 2)
    let q = objs[0]
    for key in [
      "doc", "start", "end", "text", "open", "close", "depth", "parent", "kind", "speaker",
      "speakerStart",
      "speakerEnd", "cue", "lang", "diagnostics",
    ] {
      #expect(q.keys.contains(key), "missing \(key)")
    }
    #expect(q["doc"] as? String == path)
    #expect(q["text"] as? String == "Yes,")
    #expect(q["start"] as? Int == 19)
    #expect(q["end"] as? Int == 23)
    #expect(q["open"] as? String == "“")
    #expect(q["close"] as? String == "”")
    #expect(q["kind"] as? String == "direct")
    #expect(q["speaker"] as? String == "Ana Ruiz")
    #expect(q["speakerIsDescription"] as? Bool == false)
    #expect(q["cue"] as? String == "said")
    #expect(q["parent"] is NSNull)
    #expect(q["lang"] as? String == "en")
    let scalars = Array(input.unicodeScalars)
    let start = try #require(q["speakerStart"] as? Int)
    let end = try #require(q["speakerEnd"] as? Int)
    #expect(String(String.UnicodeScalarView(scalars[start..<end])) == "she")
  }

  @Test func jsonlInputPassesFieldsThrough() throws {
    let input = """
      {"id": "a1", "text": "\\u201cNein\\u201d, sagte Angela Merkel.", "lang": "de", "date": "2025-11-04", "outlet": "Tagesschau"}
      {"id": "b2", "text": "\\"No,\\" said Tom Hill."}

      """
    let r = try CLI.run(["extract", "--input-format", "jsonl"], stdin: Data(input.utf8))
    #expect(r.status == 0)
    let objs = try Self.lines(r)
    #expect(objs.map { $0["doc"] as? String } == ["a1", "b2"])
    #expect(objs[0]["date"] as? String == "2025-11-04")
    #expect(objs[0]["outlet"] as? String == "Tagesschau")
    #expect(objs[0]["lang"] as? String == "de")
    #expect(objs[0]["speaker"] as? String == "Angela Merkel")
    #expect(objs[1]["speaker"] as? String == "Tom Hill")
    #expect(objs[1]["date"] == nil)
  }

  @Test func jsonFormatIsOneObjectPerArticle() throws {
    let a = try CLI.tempFile(Data("“Yes,” she said.\n".utf8))
    let b = try CLI.tempFile(Data("Nothing here.\n".utf8))
    let r = try CLI.run(["extract", "--format", "json", "--lang", "en", a, b])
    let objs = try Self.lines(r)
    #expect(objs.count == 2)
    #expect((objs[0]["quotes"] as? [Any])?.count == 1)
    #expect((objs[1]["quotes"] as? [Any])?.count == 0)
  }

  @Test func textFormatIsATable() throws {
    let r = try CLI.run(["extract", "--format", "text", "seeds/004_f42273d575fc1bef.txt"])
    #expect(r.status == 0)
    #expect(r.text.hasPrefix("== seeds/004_f42273d575fc1bef.txt (en, 21 quotations)"))
    #expect(r.text.contains("Donald Trump"))
    #expect(r.text.contains("scare"))
  }

  @Test func languageIsGuessedPerArticle() throws {
    let r = try CLI.run(
      ["extract"], stdin: Data("«Ganaremos», dijo el presidente Pedro Sánchez.\n".utf8))
    let objs = try Self.lines(r)
    #expect(objs.first?["lang"] as? String == "es")
    #expect(objs.first?["doc"] as? String == "<stdin>")
  }

  @Test func badInputExitCodes() throws {
    let bad = try CLI.tempFile(Data([0x22, 0x61, 0xE9, 0x22, 0x0A]))
    let r = try CLI.run(["extract", bad])
    #expect(r.status == 65)
    #expect(r.stderr.contains("invalid UTF-8 at byte offset 2"))
    let replaced = try CLI.run(["extract", "--invalid-utf8", "replace", bad])
    #expect(replaced.status == 0)
    let missing = try CLI.run(["extract", "/nonexistent/file.txt"])
    #expect(missing.status == 66)
    let binary = try CLI.tempFile(Data([0x61, 0x00, 0x62]))
    #expect(try CLI.run(["extract", binary]).status == 65)
    let badJSON = try CLI.run(
      ["extract", "--input-format", "jsonl"], stdin: Data("{not json}\n".utf8))
    #expect(badJSON.status == 65)
    #expect(badJSON.stderr.contains("line 1"))
    #expect(try CLI.run(["extract", "--format", "yaml"]).status == 64)
  }

  /// A text file past the window size is read in windows cut at blank lines: every quotation
  /// is still found, with offsets from the start of the file, and a speaker named in its own
  /// paragraph.
  @Test func largeFilesAreReadInWindowsWithFileOffsets() throws {
    var text = ""
    var k = 0
    while text.utf8.count < 3_300_000 {
      text += "The minister spoke on day \(k) about the budget and the many choices ahead. "
        + "“We will keep our promise number \(k),” Ana Ruiz said in the capital.\n\n"
      k += 1
    }
    let file = try CLI.tempFile(Data(text.utf8))
    let r = try CLI.run(["extract", "--lang", "en", file])
    #expect(r.status == 0, "\(r.stderr)")
    let lines = r.text.split(separator: "\n")
    #expect(lines.count == k)
    let scalars = Array(text.unicodeScalars)
    for (i, line) in lines.enumerated() where i % 997 == 0 || i == lines.count - 1 {
      let o = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      let start = try #require(o["start"] as? Int)
      let end = try #require(o["end"] as? Int)
      #expect(String(String.UnicodeScalarView(scalars[start..<end])) == o["text"] as? String)
      #expect(o["text"] as? String == "We will keep our promise number \(i),")
      #expect(o["speaker"] as? String == "Ana Ruiz")
      // Quotations are numbered through the whole file, not again from 0 in each window.
      #expect(o["index"] as? Int == i)
      #expect(o["statement"] as? Int == i)
    }
    // The same on one thread.
    let one = try CLI.run(["extract", "--lang", "en", "--jobs", "1", file])
    #expect(one.stdout == r.stdout)
  }
}

@Suite("quotenorm extract --jobs")
struct ExtractJobsTests {
  /// The seed articles as JSON Lines, repeated past one batch (1 MiB), each with its own id.
  static func articles() throws -> String {
    let seeds = CLI.packageRoot.appendingPathComponent("seeds")
    let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
    let texts = try names.map { try String(contentsOf: seeds.appendingPathComponent($0), encoding: .utf8) }
    var out = ""
    var n = 0
    while out.utf8.count < 5 << 19 {
      for t in texts {
        let line = try JSONSerialization.data(withJSONObject: ["id": "a\(n)", "text": t, "outlet": "o\(n % 7)"])
        out += String(decoding: line, as: UTF8.self) + "\n"
        n += 1
      }
    }
    return try CLI.tempFile(Data(out.utf8), name: "articles.jsonl")
  }

  @Test func outputDoesNotDependOnThreads() throws {
    let path = try Self.articles()
    for format in ["jsonl", "json", "text"] {
      let args = ["extract", "--input-format", "jsonl", "--format", format]
      let one = try CLI.run(args + ["--jobs", "1", path])
      let three = try CLI.run(args + ["--jobs", "3", path])
      let all = try CLI.run(args + [path])
      #expect(one.status == 0 && three.status == 0 && all.status == 0)
      #expect(one.stdout.count > 100_000)
      #expect(one.stdout == three.stdout, "\(format): --jobs 1 and --jobs 3 differ")
      #expect(one.stdout == all.stdout, "\(format): --jobs 1 and the default differ")
    }
  }

  /// A bad line stops the run with its line number after the articles before it are written,
  /// however many threads extract them.
  @Test func aBadLineAfterGoodOnesKeepsTheirOutput() throws {
    let good = #"{"id": "a", "text": "“We will win,” she said."}"#
    let input = String(repeating: good + "\n", count: 3) + "{not json}\n"
    for jobs in ["1", "2"] {
      let r = try CLI.run(["extract", "--input-format", "jsonl", "--jobs", jobs, "-"], stdin: Data(input.utf8))
      #expect(r.status == 65)
      #expect(r.stderr.contains("line 4"))
      #expect(r.text.split(separator: "\n").count == 3)
    }
  }

  @Test func jobsMustBePositive() throws {
    #expect(try CLI.run(["extract", "--jobs", "0", "-"], stdin: Data("x\n".utf8)).status == 64)
  }
}

