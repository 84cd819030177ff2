import Foundation
import Testing

/// `match`, `cluster` and `search` across languages (issue 6), through the built binary.
/// Tests that translate need Apertium's English–Spanish pair (`make test` installs it).
@Suite("quotenorm across languages")
struct CrossLingualCommandTests {
  static let installed: Bool = {
    let modes = "/usr/share/apertium/modes/"
    return FileManager.default.isExecutableFile(atPath: "/usr/bin/apertium")
      && FileManager.default.fileExists(atPath: modes + "spa-eng.mode")
      && FileManager.default.fileExists(atPath: modes + "eng-spa.mode")
  }()

  static func objects(_ r: CLIResult) throws -> [[String: Any]] {
    try r.text.split(separator: "\n").map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
  }

  /// Runs `cluster --input` on JSON Lines quotations: each id's cluster, and standard error.
  static func clusters(_ jsonl: String) throws -> (cluster: [String: String], stderr: String) {
    let c = try CLI.run(["cluster", "--input", try CLI.tempFile(Data(jsonl.utf8), name: "q.jsonl")])
    #expect(c.status == 0, "\(c.stderr)")
    var cluster: [String: String] = [:]
    for o in try objects(c) { cluster[o["id"] as? String ?? ""] = o["cluster"] as? String }
    return (cluster, c.stderr)
  }

  @Test(.enabled(if: installed)) func matchOfASpanishQuoteAndItsEnglishRenderingIsSame() throws {
    let r = try CLI.run([
      "match", "México es un país libre, independiente y soberano.",
      "Mexico is a free, independent and sovereign country.",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    let o = try #require(try Self.objects(r).first)
    #expect(o["verdict"] as? String == "same")
    #expect((o["score"] as? Double ?? 0) >= 0.9)
    let t = try #require(o["translation"] as? [String: Any])
    #expect((t["a"] as? String ?? "").contains("Mexico"))
    #expect((t["b"] as? String ?? "").contains("libre"))
  }

  @Test(.enabled(if: installed)) func aShortQuoteAndItsRenderingAreReadThroughTheMatcher() throws {
    // Apertium gives `This will not occur.`: no content word in common with `That won't
    // happen.` for term overlap; same-language matching reads `won't` and `occur`/`happen`.
    let m = try CLI.run(["match", "--lang-a", "es", "--lang-b", "en", "Eso no va a ocurrir.", "That won't happen."])
    #expect(m.status == 0, "\(m.stderr)")
    let o = try #require(try Self.objects(m).first)
    #expect(o["verdict"] as? String != "different")
    #expect((o["score"] as? Double ?? 0) >= 0.5)
    let quotes = """
      {"id": "afp", "text": "That won't happen.", "lang": "en"}
      {"id": "jornada", "text": "Eso no va a ocurrir.", "lang": "es"}
      {"id": "otro", "text": "La economía crecerá este año.", "lang": "es"}
      """
    let cluster = try Self.clusters(quotes).cluster
    #expect(cluster["afp"] == cluster["jornada"])
    #expect(cluster["otro"] != cluster["afp"])
    // Search reads its best candidates the same way.
    let english = #"{"id": "afp", "text": "That won't happen.", "lang": "en"}"# + "\n"
      + #"{"id": "x", "text": "The economy will grow this year.", "lang": "en"}"#
    let targets = try CLI.tempFile(Data(english.utf8), name: "t.jsonl")
    let query = try CLI.tempFile(Data(#"{"id": "q", "text": "Eso no va a ocurrir.", "lang": "es"}"#.utf8), name: "q.jsonl")
    let s = try CLI.run(["search", "--index", targets, "--query", query, "--top", "1"])
    #expect(s.status == 0, "\(s.stderr)")
    let hit = try #require(try Self.objects(s).first?["results"] as? [[String: Any]]).first
    #expect(hit?["id"] as? String == "afp")
  }

  @Test(.enabled(if: installed)) func languagesWrittenAsISO639CodesOrNamesAreRead() throws {
    // Datasets write `spa`/`eng` (ISO 639-2/3, as Apertium's modes do) or names.
    for (es, en) in [("spa", "eng"), ("Spanish", "English"), ("es_MX", "en_US")] {
      let quotes = """
        {"id": "afp", "text": "That won't happen.", "lang": "\(en)"}
        {"id": "jornada", "text": "Eso no va a ocurrir.", "lang": "\(es)"}
        {"id": "otro", "text": "The economy will grow this year.", "lang": "\(en)"}
        """
      let (cluster, stderr) = try Self.clusters(quotes)
      #expect(!stderr.contains("no apertium translation route"), "\(es): \(stderr)")
      #expect(cluster["afp"] == cluster["jornada"], "\(es)")
      #expect(cluster["otro"] != cluster["afp"], "\(es)")
    }
  }

  @Test(.enabled(if: installed)) func aShortQuoteReadAsAnUntranslatedLanguageIsTakenInAClose() throws {
    // `No va a pasar.` reads as Catalan (no English–Catalan pair here), `Nobody wants a war.`
    // as Polish: each is taken in a language its words fit nearly as well that is translated,
    // or in the other side's.
    let es = try CLI.run(["match", "No va a pasar.", "It's not going to happen."])
    #expect(es.status == 0, "\(es.stderr)")
    #expect(!es.stderr.contains("compared as written"), "\(es.stderr)")
    #expect(try Self.objects(es).first?["verdict"] as? String != "different")
    let en = try CLI.run(["match", "Nobody wants a war.", "Everybody wants a war."])
    #expect(en.status == 0, "\(en.stderr)")
    #expect(!en.stderr.contains("compared as written"), "\(en.stderr)")
  }

  /// A side identified without enough confidence is taken in its likeliest language when the
  /// other side is sure of another (`No vamos a permitirlo.` is Spanish at 0.89), and two
  /// quotations of one language keep their same-language reading.
  @Test(.enabled(if: installed)) func anUnsureSideIsReadInItsLikeliestLanguage() throws {
    let r = try CLI.run(["match", "No vamos a permitirlo.", "We will not allow it."])
    #expect(r.status == 0, "\(r.stderr)")
    let o = try #require(try Self.objects(r).first)
    #expect(o["verdict"] as? String == "same", "\(o)")
    #expect(o["translation"] != nil)
    // In a collection too: the unsure side is not taken in the most frequent language.
    let quotes = """
      {"id": "afp", "text": "We will not allow it."}
      {"id": "jornada", "text": "No vamos a permitirlo."}
      {"id": "x1", "text": "The economy will grow this year, the minister said."}
      {"id": "x2", "text": "Tariffs will rise next month on steel and aluminum."}
      """
    let cluster = try Self.clusters(quotes).cluster
    #expect(cluster["afp"] == cluster["jornada"])
    #expect(cluster["x1"] != cluster["afp"] && cluster["x2"] != cluster["afp"])
    let same = try CLI.run(["match", "It won't happen.", "That won't happen."])
    let s = try #require(try Self.objects(same).first)
    #expect(s["verdict"] as? String == "same")
    #expect(s["translation"] == nil)
  }

  @Test(.enabled(if: installed)) func matchTextShowsEachTranslation() throws {
    let r = try CLI.run([
      "match", "--format", "text", "--lang-a", "es", "--lang-b", "en",
      "No estamos de acuerdo.", "We do not agree.",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.text.contains("A→ We do not agree"))
    #expect(r.text.contains("B→ "))
  }

  @Test func translateWithNoneNeedsNoApertium() throws {
    let r = try CLI.run([
      "match", "--translate-with", "none", "--lang-a", "es", "--lang-b", "en",
      "Eso no va a ocurrir.", "It's not going to happen.",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    let o = try #require(try Self.objects(r).first)
    // Untranslated, the two share no word: the pair is compared, and found different.
    #expect(o["verdict"] as? String == "different")
    let t = try #require(o["translation"] as? [String: Any])
    #expect(t["a"] as? String == "Eso no va a ocurrir.")
  }

  @Test func aMissingPairIsExit69NamingThePackage() throws {
    // Debian packages Spanish–Italian as apertium-spa-ita; the tests never install it.
    guard !FileManager.default.fileExists(atPath: "/usr/share/apertium/modes/spa-ita.mode") else {
      return
    }
    let r = try CLI.run([
      "match", "--lang-a", "es", "--lang-b", "it", "Eso no va a ocurrir.", "Non succederà.",
    ])
    #expect(r.status == 69)
    #expect(r.stderr.contains("apt-get install apertium apertium-spa-ita"), "\(r.stderr)")
    #expect(r.text.isEmpty)
  }

  /// An identified language without a route (a short Spanish quote read as Italian, say)
  /// does not stop the batch: that pair is compared as written, with a note naming the package.
  @Test(.enabled(if: installed)) func anIdentifiedLanguageWithoutARouteIsANote() throws {
    guard !FileManager.default.fileExists(atPath: "/usr/share/apertium/modes/spa-ita.mode") else {
      return
    }
    let input = [
      #"{"id":"x","a":"Eso no va a ocurrir, dijo la presidenta en su conferencia.","b":"It is not going to happen, the president said at her news conference.","langA":"es","langB":"en"}"#,
      #"{"id":"it","a":"Eso no va a ocurrir, dijo la presidenta en su conferencia.","b":"Questo non succederà mai, ha detto la presidente nella sua conferenza stampa di oggi."}"#,
    ].joined(separator: "\n") + "\n"
    let r = try CLI.run(["match", "--input", "-"], stdin: Data(input.utf8))
    #expect(r.status == 0, "\(r.stderr)")
    let objects = try Self.objects(r)
    #expect(objects.count == 2)
    #expect(objects.first?["translation"] != nil)
    #expect(objects.last?["translation"] == nil)
    #expect(r.stderr.contains("pair it"), "\(r.stderr)")
    #expect(r.stderr.contains("apt-get install apertium apertium-spa-ita"), "\(r.stderr)")
  }

  @Test(.enabled(if: installed)) func aLanguageWithoutARouteIsComparedAsWrittenWithANote() throws {
    // Estonian has no Apertium pair with English or Spanish in Debian: the collection still
    // clusters (Spanish with English across languages), and the note names the language.
    let input = [
      #"{"id":"es","text":"México es un país libre, independiente y soberano.","lang":"es"}"#,
      #"{"id":"en","text":"Mexico is a free, independent and sovereign country.","lang":"en"}"#,
      #"{"id":"et","text":"Mehhiko on vaba, sõltumatu ja suveräänne riik.","lang":"et"}"#,
    ].joined(separator: "\n") + "\n"
    let r = try CLI.run(["cluster", "--input", "-"], stdin: Data(input.utf8))
    #expect(r.status == 0, "\(r.stderr)")
    let o = try Self.objects(r)
    let cluster = Dictionary(uniqueKeysWithValues: o.map { ($0["id"] as? String ?? "", $0["cluster"] as? String ?? "") })
    #expect(cluster["es"] == cluster["en"])
    #expect(cluster["et"] != cluster["en"])
    #expect(r.stderr.contains("no apertium translation route for et"), "\(r.stderr)")
  }

  /// The fixture's quotations as JSON Lines: ids `STATEMENT#k`, distractors and hard negatives
  /// `distractor:ID`.
  static func fixtureLines(withLanguages: Bool) throws -> String {
    let url = CLI.packageRoot.appendingPathComponent("Fixtures/crosslingual/statements.json")
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    var lines: [String] = []
    func line(_ id: String, _ q: [String: Any]) throws {
      var o: [String: Any] = ["id": id, "text": q["text"] ?? ""]
      if withLanguages { o["lang"] = q["lang"] }
      lines.append(String(decoding: try JSONSerialization.data(withJSONObject: o), as: UTF8.self))
    }
    for s in root["statements"] as? [[String: Any]] ?? [] {
      for (k, q) in (s["quotes"] as? [[String: Any]] ?? []).enumerated() {
        try line("\(s["id"] as? String ?? "")#\(k)", q)
      }
    }
    for key in ["distractors", "hardNegatives"] {
      for q in root[key] as? [[String: Any]] ?? [] {
        try line("distractor:\(q["id"] as? String ?? "")", q)
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  @Test(.enabled(if: installed), arguments: [true, false])
  func clusterPutsEachSpanishQuoteWithItsEnglishRenderings(withLanguages: Bool) throws {
    let text = try Self.fixtureLines(withLanguages: withLanguages)
    let path = try CLI.tempFile(Data(text.utf8), name: "statements.jsonl")
    let r = try CLI.run(["cluster", "--input", path])
    #expect(r.status == 0, "\(r.stderr)")
    var members: [String: Set<String>] = [:]
    var clusterOf: [String: String] = [:]
    for o in try Self.objects(r) {
      let id = try #require(o["id"] as? String)
      let cluster = try #require(o["cluster"] as? String)
      clusterOf[id] = cluster
      members[cluster, default: []].insert(id)
    }
    let statements = Set(clusterOf.keys.filter { $0.contains("#") }.map { String($0.split(separator: "#")[0]) })
    #expect(statements.count == 10)
    for s in statements {
      let ids = clusterOf.keys.filter { $0.hasPrefix(s + "#") }
      let clusters = Set(ids.compactMap { clusterOf[$0] })
      #expect(clusters.count == 1, "\(s) is split: \(clusters)")
      for c in clusters {
        #expect(members[c]?.allSatisfy { $0.hasPrefix(s + "#") } == true, "\(s): \(members[c] ?? [])")
      }
    }
    for (id, c) in clusterOf where id.hasPrefix("distractor:") {
      #expect(!(c.contains("#")), "\(id) joined \(c)")
    }
    // Spanish quotations carry their English translation.
    #expect(r.text.contains("\"translation\":"))
  }

  @Test(.enabled(if: installed)) func clusterDoesNotDependOnInputOrder() throws {
    let lines = try Self.fixtureLines(withLanguages: true).split(separator: "\n")
    let a = try CLI.tempFile(Data((lines.joined(separator: "\n") + "\n").utf8), name: "a.jsonl")
    let b = try CLI.tempFile(
      Data((lines.reversed().joined(separator: "\n") + "\n").utf8), name: "b.jsonl")
    let ra = try CLI.run(["cluster", "--input", a])
    let rb = try CLI.run(["cluster", "--input", b])
    #expect(ra.status == 0 && rb.status == 0)
    #expect(Set(ra.text.split(separator: "\n")) == Set(rb.text.split(separator: "\n")))
  }

  @Test(.enabled(if: installed)) func clusterTextShowsTranslations() throws {
    let text = try Self.fixtureLines(withLanguages: true)
    let path = try CLI.tempFile(Data(text.utf8), name: "statements.jsonl")
    let r = try CLI.run(["cluster", "--input", path, "--format", "text"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.text.contains("10 statements quoted more than once"))
    #expect(r.text.contains("→ We do not agree with any process of interference"))
  }

  @Test(.enabled(if: installed)) func searchFindsTheEnglishRenderingOfASpanishQuery() throws {
    let targets = """
      {"id": "afp", "text": "We do not agree with any process of interference or interventionism.", "lang": "en"}
      {"id": "weather", "text": "Heavy rain is expected across the north of the country this weekend.", "lang": "en"}
      {"id": "tariffs", "text": "Mexico will pay a 25% tariff on everything it sends to the United States.", "lang": "en"}
      """
    let queries = """
      {"id": "q", "text": "No estamos de acuerdo con ningún proceso de injerencia o de intervencionismo.", "lang": "es"}
      """
    let t = try CLI.tempFile(Data(targets.utf8), name: "targets.jsonl")
    let q = try CLI.tempFile(Data(queries.utf8), name: "queries.jsonl")
    let r = try CLI.run(["search", "--index", t, "--query", q])
    #expect(r.status == 0, "\(r.stderr)")
    let o = try #require(try Self.objects(r).first)
    let results = try #require(o["results"] as? [[String: Any]])
    let top = try #require(results.first)
    #expect(top["id"] as? String == "afp")
    #expect(top["verdict"] as? String == "same")
    #expect((top["translation"] as? String ?? "").contains("acuerdo"))
  }
}
