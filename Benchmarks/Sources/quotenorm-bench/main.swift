// quotenorm-bench: throughput of QuoteNorm's profiles and of ICU alone on the same paragraphs.
//
//   quotenorm-bench --corpus DIR [--repeat N] [--limit-mb MB] [--only TOOL] [--text clean|dirty]
//   quotenorm-bench --cluster QUOTES.jsonl [--exhaustive]     (see ClusterBench.swift)
//
// Prints one JSON line per measurement:
//   {"tool": "quotenorm-match", "text": "dirty", "mb_per_s": 123.4, "bytes": …, "seconds": …, "runs": N}
// Every tool sees the same paragraphs (the corpus split at blank lines), one call per paragraph,
// Swift String in and out; the fastest of N runs is reported. "icu-*" is one ICU unorm2 call
// per paragraph through QuoteNorm's public `UnicodeForm.apply(to:)` (UTF-8 → UTF-16 → UTF-8
// included, as any Swift caller pays it).
import Foundation
import QuoteNorm

struct Options {
  var corpus = "Benchmarks/.corpus"
  var repeatCount = 3
  var limitMB = 0.0
  /// Also time each rule alone (for profiling the pipeline).
  var perRule = false
  /// Only run tools whose name starts with this (for profiling).
  var only = ""
  /// Only this side of the corpus (`clean` or `dirty`; both when empty), for profiling one.
  var text = ""
}

var options = Options()
/// `--cluster FILE [--exhaustive]`: the clustering measurement (ClusterBench.swift) instead.
var clusterFile: String? = nil
var clusterExhaustive = false
var args = CommandLine.arguments.dropFirst()
while let a = args.popFirst() {
  switch a {
  case "--corpus": options.corpus = args.popFirst() ?? options.corpus
  case "--repeat": options.repeatCount = Int(args.popFirst() ?? "") ?? options.repeatCount
  case "--limit-mb": options.limitMB = Double(args.popFirst() ?? "") ?? 0
  case "--per-rule": options.perRule = true
  case "--only": options.only = args.popFirst() ?? ""
  case "--text": options.text = args.popFirst() ?? ""
  case "--cluster": clusterFile = args.popFirst()
  case "--exhaustive": clusterExhaustive = true
  default:
    FileHandle.standardError.write(Data("quotenorm-bench: unknown argument \(a)\n".utf8))
    exit(64)
  }
}

if let clusterFile { clusterBench(path: clusterFile, exhaustive: clusterExhaustive) }

@MainActor func paragraphs(_ name: String) -> [String] {
  let path = options.corpus + "/" + name
  guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
    FileHandle.standardError.write(Data("quotenorm-bench: cannot read \(path)\n".utf8))
    exit(66)
  }
  var paras = text.components(separatedBy: "\n\n")
  if options.limitMB > 0 {
    var total = 0
    var kept: [String] = []
    for p in paras {
      total += p.utf8.count
      kept.append(p)
      if Double(total) > options.limitMB * 1e6 { break }
    }
    paras = kept
  }
  return paras
}

@MainActor func measure(_ tool: String, _ text: String, _ paras: [String], _ body: (String) -> Int) {
  if !options.only.isEmpty && tool != options.only { return }
  let bytes = paras.reduce(0) { $0 + $1.utf8.count }
  var best = Double.infinity
  var sink = 0
  for _ in 0..<max(1, options.repeatCount) {
    let clock = ContinuousClock()
    let t = clock.measure {
      for p in paras { sink &+= body(p) }
    }
    let s = Double(t.components.seconds) + Double(t.components.attoseconds) / 1e18
    best = min(best, s)
  }
  let mbps = Double(bytes) / 1e6 / best
  let line = (
    "{\"tool\": \"\(tool)\", \"text\": \"\(text)\", \"mb_per_s\": \((mbps * 1000).rounded() / 1000), \"bytes\": \(bytes), \"seconds\": \((best * 1000).rounded() / 1000), \"runs\": \(options.repeatCount), \"check\": \(sink % 1000)}\n"
  )
  FileHandle.standardOutput.write(Data(line.utf8))
}

// Variant folding (issue 3): the spelling table's load time, first thing in the process.
do {
  let clock = ContinuousClock()
  var entries = 0
  let t = clock.measure { entries = Normalizer.Variants.loadSpellingTable() }
  let ms = Double(t.components.attoseconds) / 1e15 + Double(t.components.seconds) * 1e3
  if options.only.isEmpty || options.only == "spelling-table-load" {
    FileHandle.standardOutput.write(Data("{\"tool\": \"spelling-table-load\", \"ms\": \((ms * 1000).rounded() / 1000), \"entries\": \(entries)}\n".utf8))
  }
}

let repair = Normalizer(profile: .repair)
let extractor = QuoteExtractor()
/// Quotations found by the last `quotenorm-extract` run, for quotes/s.
nonisolated(unsafe) var extractedQuotes = 0
let display = Normalizer(profile: .display)
let match = Normalizer(profile: .match)
/// The match profile before issue 3 (no spelling, contraction or number folding), for the ratio.
let matchNoVariants = Normalizer(options: Normalizer.Options.match.subtracting(.variants))
let matchTranslit = Normalizer(profile: .match, transliterate: true)

for side in ["dirty", "clean"] where options.text.isEmpty || options.text == side {
  let paras = paragraphs(side + ".txt")
  measure("icu-nfc", side, paras) { Normalizer.UnicodeForm.nfc.apply(to: $0).utf8.count }
  measure("icu-nfkc-casefold", side, paras) { Normalizer.UnicodeForm.nfkcCasefold.apply(to: $0).utf8.count }
  measure("quotenorm-repair", side, paras) { repair.normalize($0).text.utf8.count }
  measure("quotenorm-display", side, paras) { display.normalize($0).text.utf8.count }
  measure("quotenorm-match", side, paras) { match.normalize($0).text.utf8.count }
  measure("quotenorm-match-novariants", side, paras) { matchNoVariants.normalize($0).text.utf8.count }
  measure("quotenorm-match-translit", side, paras) { matchTranslit.normalize($0).text.utf8.count }
  // Quote extraction, one call per paragraph, language guessed per call (repair included).
  extractedQuotes = 0
  measure("quotenorm-extract", side, paras) {
    let n = extractor.extract(from: $0).quotes.count
    extractedQuotes += n
    return n
  }
  if options.only.isEmpty || options.only == "quotenorm-extract" {
    let perRun = extractedQuotes / max(1, options.repeatCount)
    FileHandle.standardError.write(Data("quotenorm-extract \(side): \(perRun) quotations per run\n".utf8))
  }
}

if options.perRule {
  let paras = paragraphs("dirty.txt")
  let rules: [(String, Normalizer.Options)] = [
    ("none", []), ("htmlEntities", .htmlEntities), ("mojibake", .mojibake),
    ("controlCharacters", .controlCharacters), ("lineBreaks", .lineBreaks),
    ("invisibles", .invisibles), ("straySpaces", .straySpaces), ("nfc", .nfc),
    ("whitespace", .whitespace), ("punctuation", .punctuation), ("nfkcCasefold", .nfkcCasefold),
    ("diacritics", .diacritics),
  ]
  for (name, o) in rules {
    let n = Normalizer(options: o)
    measure("rule-\(name)", "dirty", paras) { n.normalize($0).text.utf8.count }
  }
}
