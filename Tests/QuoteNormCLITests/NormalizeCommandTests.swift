import Foundation
import Testing

@Suite("quotenorm normalize, end to end")
struct NormalizeCommandTests {
  @Test func profilesOnAFile() throws {
    let path = try CLI.tempFile(Data("“It’s Ã©tÃ©,” said L&oacute;pez\u{A0} ok\n".utf8))
    let repair = try CLI.run(["normalize", "--profile", "repair", path])
    #expect(repair.status == 0)
    let display = try CLI.run(["normalize", path])
    #expect(display.status == 0)
    #expect(display.text.contains("López ok"))
    let match = try CLI.run(["normalize", "--profile", "match", path])
    #expect(match.text == "\"it is ete,\" said lopez ok\n")  // contractions expanded (issue 3)
    let kept = try CLI.run(["normalize", "--profile", "match", "--no-contractions", path])
    #expect(kept.text == "\"it's ete,\" said lopez ok\n")
  }

  @Test func variantFlags() throws {
    let path = try CLI.tempFile(Data("Whilst 25,000 organisations won’t, AMLO said.\n".utf8))
    let aliases = try CLI.tempFile(Data("AMLO\tAndrés Manuel López Obrador\n".utf8), name: "aliases.tsv")
    let r = try CLI.run(["normalize", "--profile", "match", "--aliases", aliases, "--format", "json", path])
    #expect(r.status == 0)
    #expect(r.text.contains("while 25000 organizations will not, andres manuel lopez obrador said."))
    for rule in ["spelling", "number", "contraction", "alias"] { #expect(r.text.contains(rule)) }
    let none = try CLI.run(["normalize", "--profile", "match", "--no-spelling", "--no-numbers", "--no-contractions", path])
    #expect(none.text == "whilst 25,000 organisations won't, amlo said.\n")
    let uk = try CLI.run(["normalize", "--spelling", "uk", try CLI.tempFile(Data("The color of the organization.\n".utf8))])
    #expect(uk.text == "The colour of the organisation.\n")
    let bad = try CLI.run(["normalize", "--names", path])
    #expect(bad.status == 64)
  }

  /// `--lang` reaches the mojibake repair: UTF-8 read as ISO 8859-2 (`ĂĄ`) is `á` in Spanish
  /// and `å` in Norwegian, which read that byte as Windows-1250 does.
  @Test func languageRanksMojibakeReadings() throws {
    let path = try CLI.tempFile(Data("La pĂĄgina consume ligeramente mĂĄs memoria\n".utf8))
    let spanish = try CLI.run(["normalize", "--profile", "repair", "--lang", "es", path])
    #expect(spanish.status == 0)
    #expect(spanish.text == "La página consume ligeramente más memoria\n")
    let norwegian = try CLI.run(["normalize", "--profile", "repair", "--lang", "nb", path])
    #expect(norwegian.text == "La pågina consume ligeramente mås memoria\n")
  }

  @Test func stripMarkup() throws {
    let html = "<p>&ldquo;No,&rdquo; <em>she</em> said.</p>\n"
    let r = try CLI.run(["normalize", "--strip-markup", "--format", "json", "-"], stdin: Data(html.utf8))
    #expect(r.status == 0)
    let obj = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
    #expect(obj["text"] as? String == "\n“No,” she said.\n\n")
    let rules = (obj["edits"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
    #expect(rules.contains("markup") && rules.contains("html-entity"))
    // Without the flag the tags stay (the profiles never remove them).
    let plain = try CLI.run(["normalize", "-"], stdin: Data(html.utf8))
    #expect(plain.text.contains("<em>she</em>"))
    #expect(try CLI.run(["normalize", "--form", "nfc", "--strip-markup", "-"], stdin: Data()).status == 64)
  }

  @Test func jsonShapeAndOffsets() throws {
    let input = "caf&eacute;\u{200B} x\n"
    let r = try CLI.run(["normalize", "--profile", "display", "--format", "json", "-"], stdin: Data(input.utf8))
    #expect(r.status == 0)
    let obj = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
    #expect(obj["text"] as? String == "café x\n")
    let edits = try #require(obj["edits"] as? [[String: Any]])
    #expect(edits.count == 2)
    #expect(edits[0]["input"] as? [Int] == [3, 11])
    #expect(edits[0]["output"] as? [Int] == [3, 4])
    #expect(edits[0]["rule"] as? String == "html-entity")
    #expect(edits[1]["input"] as? [Int] == [11, 12])
    #expect(edits[1]["rule"] as? String == "invisible")
  }

  @Test func scalarOffsetsAcrossLinesAndAstralCharacters() throws {
    // Offsets count Unicode scalars (Python str indexes): 😀 is one, not two UTF-16 units.
    let input = "😀 a\nb &amp; c\n"
    let r = try CLI.run(["normalize", "--profile", "repair", "--format", "json"], stdin: Data(input.utf8))
    let obj = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
    let edits = try #require(obj["edits"] as? [[String: Any]])
    #expect(edits.first?["input"] as? [Int] == [6, 11])
  }

  @Test func severalFilesAndStdin() throws {
    let a = try CLI.tempFile(Data("A&amp;B\n".utf8))
    let b = try CLI.tempFile(Data("C&lt;D\n".utf8))
    let r = try CLI.run(["normalize", "--profile", "repair", a, "-", b], stdin: Data("stdin&gt;\n".utf8))
    #expect(r.text == "A&B\nstdin>\nC<D\n")
    let json = try CLI.run(["normalize", "--format", "json", a, b])
    let lines = json.text.split(separator: "\n")
    #expect(lines.count == 2)
    for l in lines { #expect((try? JSONSerialization.jsonObject(with: Data(l.utf8))) != nil) }
  }

  @Test func exactForm() throws {
    let r = try CLI.run(["normalize", "--form", "nfd"], stdin: Data("é&amp;".utf8))
    #expect(Array(r.text.unicodeScalars) == ["e", "\u{301}", "&", "a", "m", "p", ";"])
    let bad = try CLI.run(["normalize", "--form", "nfc", "--profile", "match"], stdin: Data())
    #expect(bad.status == 64)
  }

  @Test func invalidUTF8FailsWithOffsetOrIsReplaced() throws {
    var bytes = Data("good line\nbad \u{E9}".utf8)
    bytes.append(contentsOf: [0xFF, 0x41, 0x0A])
    let path = try CLI.tempFile(bytes)
    let r = try CLI.run(["normalize", path])
    #expect(r.status == 65)
    #expect(r.stderr.contains("byte offset 16"))
    #expect(r.stderr.contains(path))
    #expect(r.stderr.contains("--invalid-utf8 replace"))
    let fixed = try CLI.run(["normalize", "--invalid-utf8", "replace", path])
    #expect(fixed.status == 0)
    #expect(fixed.text == "good line\nbad é\u{FFFD}A\n")
    #expect(fixed.stderr.contains("replaced 1 invalid UTF-8"))
  }

  /// Deep in a file, past the blocks the reader validates whole: the offset is the file's, what
  /// came before the bad line is written, and replacing gives the text line by line would.
  @Test func invalidUTF8DeepInAFile() throws {
    let good = String(repeating: "Ça va, l’été «très» bien.\n", count: 8_000)  // 232 KB
    var bytes = Data(good.utf8)
    let offset = bytes.count + 4
    bytes.append(contentsOf: Array("bad ".utf8) + [0xC3, 0x28] + Array(" line\n".utf8))
    bytes.append(contentsOf: Data(good.utf8))
    let path = try CLI.tempFile(bytes)
    let expected = try CLI.run(["normalize", "--profile", "match", "-"], stdin: Data(good.utf8))
    for jobs in ["1", "2"] {
      let r = try CLI.run(["normalize", "--profile", "match", "--jobs", jobs, path])
      #expect(r.status == 65)
      #expect(r.stderr.contains("byte offset \(offset)"), "\(r.stderr)")
      #expect(r.stdout == expected.stdout, "--jobs \(jobs): the lines before the bad one")
      let fixed = try CLI.run(
        ["normalize", "--profile", "match", "--jobs", jobs, "--invalid-utf8", "replace", path])
      #expect(fixed.status == 0)
      #expect(fixed.text == expected.text + "bad \u{FFFD}( line\n" + expected.text)
      #expect(fixed.stderr.contains("replaced 1 invalid UTF-8"))
    }
  }

  @Test func emptyInput() throws {
    let path = try CLI.tempFile(Data())
    let r = try CLI.run(["normalize", path])
    #expect(r.status == 0)
    #expect(r.stdout.isEmpty)
    let j = try CLI.run(["normalize", "--format", "json", path])
    let obj = try #require(try JSONSerialization.jsonObject(with: j.stdout) as? [String: Any])
    #expect(obj["text"] as? String == "")
    #expect((obj["edits"] as? [Any])?.isEmpty == true)
  }

  @Test func binaryFileAndUTF16AreRejected() throws {
    let bin = try CLI.tempFile(Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0x41]))
    let r = try CLI.run(["normalize", bin])
    #expect(r.status == 65)
    #expect(r.stderr.contains("binary"))
    let utf16 = try CLI.tempFile(Data([0xFF, 0xFE, 0x41, 0x00]))
    let u = try CLI.run(["normalize", utf16])
    #expect(u.status == 65)
    #expect(u.stderr.contains("UTF-16"))
  }

  @Test func missingFileAndDirectory() throws {
    let r = try CLI.run(["normalize", "/nonexistent/file.txt"])
    #expect(r.status == 66)
    #expect(r.stderr.contains("/nonexistent/file.txt"))
    let d = try CLI.run(["normalize", FileManager.default.temporaryDirectory.path])
    #expect(d.status == 66)
    #expect(d.stderr.contains("directory"))
  }

  @Test func helpListsExitCodes() throws {
    let r = try CLI.run(["--help"])
    #expect(r.text.contains("65"))
    #expect(r.text.contains("invalid UTF-8"))
    let v = try CLI.run(["--version"])
    #expect(v.text.contains("ICU 7"))
  }

  @Test func conformanceSampleThroughTheCLI() throws {
    // Every 50th line of NormalizationTest.txt, all four forms, through `--form`.
    let path = ProcessInfo.processInfo.environment["QUOTENORM_NORMALIZATION_TEST"]
      ?? "/usr/share/unicode/NormalizationTest.txt.bz2"
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["bzip2", "-dc", path]
    let pipe = Pipe()
    p.standardOutput = pipe
    try p.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    var rows: [[String]] = []
    for (i, line) in String(decoding: data, as: UTF8.self).split(separator: "\n").enumerated()
    where !line.hasPrefix("#") && !line.hasPrefix("@") && i % 50 == 0 {
      let cols = line.split(separator: ";", omittingEmptySubsequences: false).prefix(5).map { f in
        String(String.UnicodeScalarView(f.split(separator: " ").compactMap { UInt32($0, radix: 16) }.compactMap(Unicode.Scalar.init)))
      }
      // Skip rows whose text contains a line break (none do today; the CLI works per line).
      if cols.count == 5 && !cols.contains(where: { $0.contains("\n") || $0.contains("\r") }) { rows.append(cols) }
    }
    #expect(rows.count > 300)
    for (form, expected) in [("nfc", 1), ("nfd", 2), ("nfkc", 3), ("nfkd", 4)] {
      let input = rows.map { $0[0] }.joined(separator: "\n") + "\n"
      let r = try CLI.run(["normalize", "--form", form], stdin: Data(input.utf8))
      #expect(r.status == 0)
      let got = r.text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
      let want = rows.map { $0[expected] }
      #expect(got.map { Array($0.unicodeScalars) } == want.map { Array($0.unicodeScalars) }, "form \(form)")
    }
  }
}

@Suite("quotenorm normalize --jobs")
struct NormalizeJobsTests {
  /// More than one batch of input (1 MiB), so that several batches are cut into runs.
  static func bigInput() throws -> String {
    let seeds = CLI.packageRoot.appendingPathComponent("seeds")
    let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
    let text = try names.map { try String(contentsOf: seeds.appendingPathComponent($0), encoding: .utf8) }
      .joined(separator: "\n") + "\nÃ©tÃ© &amp; It’s 25,000 organisations\u{200B}\n"
    var out = ""
    while out.utf8.count < 3 << 20 { out += text }
    return try CLI.tempFile(Data(out.utf8), name: "big.txt")
  }

  @Test func outputDoesNotDependOnThreads() throws {
    let path = try Self.bigInput()
    for args in [["--profile", "match", "--format", "json"], ["--profile", "repair"]] {
      let one = try CLI.run(["normalize", "--jobs", "1"] + args + [path])
      let three = try CLI.run(["normalize", "--jobs", "3"] + args + [path])
      let all = try CLI.run(["normalize"] + args + [path])
      #expect(one.status == 0 && three.status == 0 && all.status == 0)
      #expect(one.stdout.count > 3 << 20)
      #expect(one.stdout == three.stdout, "\(args): --jobs 1 and --jobs 3 differ")
      #expect(one.stdout == all.stdout, "\(args): --jobs 1 and the default differ")
    }
  }

  /// What JSON must escape comes back as it went in: quotes, backslashes, every control, next
  /// to letters of other scripts and astral characters, across the reader's 64 KB blocks.
  @Test func jsonEscapesEveryControl() throws {
    // Every control but the line breaks (and NUL, which makes the input binary).
    let kept: [UInt8] = (1..<0x20).filter { ![0x0A, 0x0B, 0x0C, 0x0D].contains($0) }
    let controls = String(decoding: kept, as: UTF8.self)
    let line: String = "\"q\" \\ back\\slash " + controls + " ж é 😀 \u{7F} end\n"
    let input = String(repeating: line, count: 2_000)  // about 140 KB
    let r = try CLI.run(
      ["normalize", "--form", "nfc", "--format", "json", "-"], stdin: Data(input.utf8))
    #expect(r.status == 0, "\(r.stderr)")
    let obj = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
    let text = try #require(obj["text"] as? String)
    #expect(Array(text.unicodeScalars) == Array(input.unicodeScalars))
    let json = r.text
    #expect(json.contains(#"\u0001"#) && json.contains(#"\u001f"#) && json.contains(#"\t"#))
  }

  @Test func jobsMustBePositive() throws {
    let r = try CLI.run(["normalize", "--jobs", "0", "-"], stdin: Data("x\n".utf8))
    #expect(r.status == 64)
    #expect(r.stderr.contains("--jobs"))
  }
}
