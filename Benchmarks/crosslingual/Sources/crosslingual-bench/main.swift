// crosslingual-bench: measures QuoteLanguage's cross-lingual matching on real translation pairs.
//
//   crosslingual-bench [--pairs TSV] [--columns en,es,es_ref2,es_mx] [--limit 1000]
//                      [--translate-with apertium|lexicon|none] [--no-lexicon]
//                      [--features DIR] [--out FILE] [--aligned-only] [--repeat N]
//
// TSV: a header line naming the columns (NTREX dev: line, doc_id, en, es, es_ref2, es_mx), or,
// with --columns en,es and no header (es_en_pairs.sh output), plain rows.
// For each Spanish column: a collection of the first LIMIT English sentences and their Spanish
// translations; every Spanish sentence ranks every English one (es→en) and the reverse
// (en→es); P@1 is the share whose best candidate is its own translation. Also reported: the
// scores of the true pairs and of the best wrong candidate, and throughput (quote pairs per
// second, translation included). With --features, writes the calibration features
// (Benchmarks/crosslingual/calibrate.py reads them).
import Foundation
import QuoteNorm

struct Options {
  var pairs = ""
  var columns: [String] = []
  var limit = 1000
  var backend = "apertium"
  var lexicon = true
  var features: String?
  var out: String?
  var header = true
  var matrix: String?
  var langid: String?
  /// Print every es→en retrieval miss of the `es` column (standard error).
  var misses = false
  var sameLanguage: [String] = []
  var pivotMatcher = false
  var alignedOnly = false
  var repeats = 1
}

var options = Options()
var args = CommandLine.arguments.dropFirst()
while let a = args.popFirst() {
  switch a {
  case "--pairs": options.pairs = args.popFirst() ?? ""
  case "--columns": options.columns = (args.popFirst() ?? "").split(separator: ",").map(String.init)
  case "--limit": options.limit = Int(args.popFirst() ?? "") ?? 1000
  case "--translate-with": options.backend = args.popFirst() ?? "apertium"
  case "--no-lexicon": options.lexicon = false
  case "--features": options.features = args.popFirst()
  case "--out": options.out = args.popFirst()
  case "--no-header": options.header = false
  case "--dump-matrix": options.matrix = args.popFirst()
  case "--langid": options.langid = args.popFirst()
  case "--pivot-matcher": options.pivotMatcher = true
  case "--aligned-only": options.alignedOnly = true
  case "--misses": options.misses = true
  case "--repeat": options.repeats = max(1, Int(args.popFirst() ?? "") ?? 1)
  case "--same-language":
    options.sameLanguage = (args.popFirst() ?? "").split(separator: ",").map(String.init)
  default:
    FileHandle.standardError.write("unknown argument \(a)\n".data(using: .utf8) ?? Data())
    exit(64)
  }
}
if let path = options.langid {
  print(LanguageIDReport.run(path), terminator: "")
  exit(0)
}
if options.pairs.isEmpty {
  let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  options.pairs =
    here.appendingPathComponent("../../../../../shared/data/ntrex-en-es-dev.tsv").standardized.path
}

func readTable(_ path: String, _ options: Options) -> [String: [String]] {
  guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
    FileHandle.standardError.write("cannot read \(path)\n".data(using: .utf8) ?? Data())
    exit(66)
  }
  var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map {
    $0.split(separator: "\t", omittingEmptySubsequences: false).map { String($0) }
  }
  var names = options.columns
  if options.header {
    names = lines.removeFirst()
  }
  var table: [String: [String]] = [:]
  for row in lines.prefix(options.limit) {
    for (k, name) in names.enumerated() where k < row.count {
      table[name, default: []].append(
        row[k].split(whereSeparator: \.isWhitespace).joined(separator: " "))
    }
  }
  return table
}

let table = readTable(options.pairs, options)
guard let english = table["en"] else { print("no en column"); exit(65) }
let spanishColumns = table.keys.filter { $0.hasPrefix("es") }.sorted()
if options.pivotMatcher {
  print("| Spanish | direction | P@1 | true pair top-1 and ≥ 0.5 |\n|---|---|---|---|")
  for column in spanishColumns {
    print(
      try PivotMatcherReport.run(english: english, spanish: table[column] ?? [], column: column),
      terminator: "")
  }
  exit(0)
}

var configuration = CrossLingualScorer.Configuration()
switch options.backend {
case "lexicon": configuration.translator = LexiconTranslator()
case "none": configuration.translator = PassthroughTranslator()
default: configuration.translator = ApertiumTranslator()
}
if !options.lexicon { configuration.lexicon = nil }
let scorer = CrossLingualScorer(configuration: configuration)
if options.sameLanguage.count == 2 {
  // Two renderings of each sentence in one language (NTREX: es and es_mx): the per-side
  // coverage of these same-language paraphrase pairs, to put the same-language fallback on the
  // cross-lingual scale (CrossLingualScorer.sameLanguageScale = its median ÷ this median).
  let (x, y) = (table[options.sameLanguage[0]] ?? [], table[options.sameLanguage[1]] ?? [])
  var quotes: [CrossLingualQuote] = []
  for (i, t) in x.enumerated() {
    quotes.append(CrossLingualQuote(id: "x\(i)", text: t, language: "es"))
  }
  for (i, t) in y.enumerated() {
    quotes.append(CrossLingualQuote(id: "y\(i)", text: t, language: "es"))
  }
  let c = try scorer.prepare(quotes)
  var raw: [Double] = []
  var linked = 0
  for i in 0..<x.count {
    let e = scorer.evidence(i, x.count + i, in: c)
    raw.append(e.coverageA / CrossLingualScorer.sameLanguageScale)
    raw.append(e.coverageB / CrossLingualScorer.sameLanguageScale)
    if scorer.links(scorer.match(i, x.count + i, in: c)) { linked += 1 }
  }
  print(
    "same-language pairs \(options.sameLanguage): per-side raw coverage p10 / p50 / p90 = \(f3(percentile(raw, 0.1))) / \(f3(percentile(raw, 0.5))) / \(f3(percentile(raw, 0.9))); linked \(linked) of \(x.count)"
  )
  exit(0)
}

func percentile(_ xs: [Double], _ p: Double) -> Double {
  let s = xs.sorted()
  guard !s.isEmpty else { return .nan }
  return s[min(s.count - 1, Int(Double(s.count - 1) * p + 0.5))]
}
func f3(_ x: Double) -> String { String(format: "%.3f", x) }
func distribution(_ xs: [Double]) -> String {
  [0.05, 0.25, 0.5, 0.75, 0.95].map { f3(percentile(xs, $0)) }.joined(separator: " / ")
}

var report =
  "# Cross-lingual retrieval (\(URL(fileURLWithPath: options.pairs).lastPathComponent), first \(english.count) pairs, translate-with \(options.backend)\(options.lexicon ? " + lexicon" : ""))\n\n"
report +=
  "| Spanish | P@1 es→en | P@1 en→es | true pairs: score p5 / p25 / p50 / p75 / p95 | best wrong: p5 / p25 / p50 / p75 / p95 | true ≥ 0.5 | best wrong ≥ 0.5 | prepare s | pairs/s |\n"
report += "|---|---|---|---|---|---|---|---|---|\n"

for column in spanishColumns where !options.alignedOnly {
  guard let spanish = table[column], spanish.count == english.count else { continue }
  let n = english.count
  var quotes: [CrossLingualQuote] = []
  for (i, t) in english.enumerated() {
    quotes.append(CrossLingualQuote(id: "en\(i)", text: t, language: "en"))
  }
  for (i, t) in spanish.enumerated() {
    quotes.append(CrossLingualQuote(id: "es\(i)", text: t, language: "es"))
  }
  let t0 = Date()
  let collection: CrossLingualCollection
  do { collection = try scorer.prepare(quotes) } catch {
    print("prepare failed: \(error)")
    exit(1)
  }
  let prepared = Date().timeIntervalSince(t0)
  for d in collection.diagnostics {
    FileHandle.standardError.write("\(d)\n".data(using: .utf8) ?? Data())
  }
  // Score every (es, en) pair once: rows are Spanish quotes, columns English ones.
  var scores = [Double](repeating: 0, count: n * n)
  let t1 = Date()
  scores.withUnsafeMutableBufferPointer { buffer in
    let base = buffer.baseAddress
    nonisolated(unsafe) let out = base
    DispatchQueue.concurrentPerform(iterations: n) { i in
      for j in 0..<n { out?[i * n + j] = scorer.score(n + i, j, in: collection) }
    }
  }
  let scored = Date().timeIntervalSince(t1)
  var correctEsEn = 0
  var correctEnEs = 0
  var truePairs: [Double] = []
  var bestWrong: [Double] = []
  for i in 0..<n {
    var best = -1.0
    var arg = -1
    var wrong = -1.0
    for j in 0..<n {
      let s = scores[i * n + j]
      if s > best { best = s; arg = j }
      if j != i && s > wrong { wrong = s }
    }
    if arg == i { correctEsEn += 1 } else if options.misses && column == "es" {
      FileHandle.standardError.write(Data((
        "miss es→en \(i) (\(f3(scores[i * n + i])) vs \(f3(best)))\n  es: \(spanish[i])\n  en: \(english[i])\n  got: \(english[arg])\n"
      ).utf8))
    }
    truePairs.append(scores[i * n + i])
    bestWrong.append(wrong)
    var bestCol = -1.0
    var argCol = -1
    var wrongCol = -1.0
    for k in 0..<n {
      let s = scores[k * n + i]
      if s > bestCol { bestCol = s; argCol = k }
      if k != i && s > wrongCol { wrongCol = s }
    }
    if argCol == i { correctEnEs += 1 }
    bestWrong.append(wrongCol)
  }
  let linkedTrue = truePairs.filter { $0 >= 0.5 }.count
  let linkedWrong = bestWrong.filter { $0 >= 0.5 }.count
  let pairsPerSecond = Double(n * n) / (prepared + scored)
  report +=
    "| \(column) | \(f3(Double(correctEsEn) / Double(n))) | \(f3(Double(correctEnEs) / Double(n))) | \(distribution(truePairs)) | \(distribution(bestWrong)) | \(f3(Double(linkedTrue) / Double(n))) | \(f3(Double(linkedWrong) / Double(bestWrong.count))) | \(String(format: "%.1f", prepared)) | \(Int(pairsPerSecond)) |\n"
  FileHandle.standardError.write("\(column): done\n".data(using: .utf8) ?? Data())

  if let dir = options.matrix {
    // Every pair's evidence as float32 rows (7 values), Spanish-major, for offline analysis.
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    var values: [Float] = []
    values.reserveCapacity(n * n * 7)
    for i in 0..<n {
      for j in 0..<n {
        let e = scorer.evidence(n + i, j, in: collection)
        values += [
          e.translationCoverageA, e.translationCoverageB, e.lexicalCoverageA, e.lexicalCoverageB,
          e.numbers, e.names, e.lengthRatio,
        ].map { Float($0) }
      }
    }
    let data = values.withUnsafeBufferPointer { Data(buffer: $0) }
    try? data.write(to: URL(fileURLWithPath: dir + "/evidence-\(column).f32"))
  }
  if let dir = options.features {
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    var rows = "label\tkind\ti\tj\ttcA\ttcB\tlcA\tlcB\tnumbers\tnames\tlength\n"
    func row(_ label: Int, _ kind: String, _ i: Int, _ j: Int, _ e: CrossLingualEvidence) {
      rows +=
        "\(label)\t\(kind)\t\(i)\t\(j)\t\(e.translationCoverageA)\t\(e.translationCoverageB)\t\(e.lexicalCoverageA)\t\(e.lexicalCoverageB)\t\(e.numbers)\t\(e.names)\t\(e.lengthRatio)\n"
    }
    var rng = SystemRandomNumberGenerator()
    for i in 0..<n {
      row(1, "true", i, i, scorer.evidence(n + i, i, in: collection))
      let hardest = (0..<n).filter { $0 != i }.sorted { scores[i * n + $0] > scores[i * n + $1] }
        .prefix(5)
      for j in hardest { row(0, "hard", i, j, scorer.evidence(n + i, j, in: collection)) }
      let hardestCol = (0..<n).filter { $0 != i }.sorted { scores[$0 * n + i] > scores[$1 * n + i] }
        .prefix(5)
      for k in hardestCol { row(0, "hard", k, i, scorer.evidence(n + k, i, in: collection)) }
      for _ in 0..<5 {
        let j = Int.random(in: 0..<n, using: &rng)
        if j != i { row(0, "random", i, j, scorer.evidence(n + i, j, in: collection)) }
      }
    }
    // Partial quotes: the middle half of each English sentence against the full Spanish one.
    var partial: [CrossLingualQuote] = []
    for (i, t) in english.enumerated() {
      let w = t.split(separator: " ")
      let k = max(3, w.count / 2)
      let start = (w.count - k) / 2
      partial.append(
        CrossLingualQuote(
          id: "part\(i)", text: w[start..<min(w.count, start + k)].joined(separator: " "),
          language: "en"))
    }
    if let c2 = try? scorer.prepare(partial + Array(quotes[n...])) {
      for i in 0..<n where english[i].split(separator: " ").count >= 8 {
        row(1, "partial", i, i, scorer.evidence(n + i, i, in: c2))
      }
    }
    try? rows.write(toFile: dir + "/features-\(column).tsv", atomically: true, encoding: .utf8)
  }
}

// Throughput when each quotation is compared once (aligned pairs): translation dominates.
// Also the CPU time of this process and of the Apertium programs it ran (they are waited for,
// so getrusage counts them), which a busy machine changes less than the wall clock.
func cpuSeconds() -> (own: Double, programs: Double) {
  var me = rusage()
  var children = rusage()
  getrusage(RUSAGE_SELF.rawValue, &me)
  getrusage(RUSAGE_CHILDREN.rawValue, &children)
  func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
  return (s(me.ru_utime) + s(me.ru_stime), s(children.ru_utime) + s(children.ru_stime))
}
for _ in 0..<options.repeats {
  let n = english.count
  let spanish = table[spanishColumns.first ?? "es"] ?? []
  var quotes: [CrossLingualQuote] = []
  for (i, t) in english.enumerated() {
    quotes.append(CrossLingualQuote(id: "en\(i)", text: t, language: "en"))
  }
  for (i, t) in spanish.enumerated() {
    quotes.append(CrossLingualQuote(id: "es\(i)", text: t, language: "es"))
  }
  let cpu0 = cpuSeconds()
  let t0 = Date()
  let c = try scorer.prepare(quotes)
  var linked = 0
  for i in 0..<n where scorer.match(n + i, i, in: c).score >= 0.5 { linked += 1 }
  let s = Date().timeIntervalSince(t0)
  let cpu1 = cpuSeconds()
  let (own, programs) = (cpu1.own - cpu0.own, cpu1.programs - cpu0.programs)
  report +=
    "\nAligned pairs (each quotation in one pair, translation included): \(n) pairs in \(String(format: "%.2f", s)) s = \(Int(Double(n) / s)) pairs/s; \(linked) linked; CPU \(String(format: "%.2f", own + programs)) s (this process \(String(format: "%.2f", own)), Apertium \(String(format: "%.2f", programs))).\n"
}
print(report, terminator: "")
if let out = options.out { try? report.write(toFile: out, atomically: true, encoding: .utf8) }
