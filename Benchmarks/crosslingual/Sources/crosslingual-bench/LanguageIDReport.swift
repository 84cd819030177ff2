import Foundation
import QuoteNorm

/// `crosslingual-bench --langid TSV`: accuracy of ``LanguageIdentifier`` on the rows of
/// `langid_data.py` (source, lang, text), per source and language, on all sentences of 5+ words,
/// on the "prose" ones (capitalised, ending in . ! ?, without markup or command-line
/// characters, which removes most untranslated program strings from the catalogues), and on
/// short quotes: a 2–4-word window of each sentence (seeded), alone and with the language of
/// its article preferred.
enum LanguageIDReport {
  struct Tally {
    var n = 0
    var right = 0
    mutating func add(_ ok: Bool) {
      n += 1
      if ok { right += 1 }
    }
    var text: String { n == 0 ? "–" : String(format: "%.3f (%d)", Double(right) / Double(n), n) }
  }

  static func isProse(_ s: String) -> Bool {
    guard let first = s.unicodeScalars.first, let last = s.unicodeScalars.last else { return false }
    let cjk = first.value >= 0x3000
    if !cjk && !first.properties.isUppercase { return false }
    if !".!?。！？".unicodeScalars.contains(last) { return false }
    return !s.contains { "/=_<>{}[]|\\@#$%*`".contains($0) } && !s.contains("--")
  }

  static func run(_ path: String) -> String {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      return "cannot read \(path)\n"
    }
    let id = LanguageIdentifier()
    var all: [String: Tally] = [:]
    var prose: [String: Tally] = [:]
    var short: [String: Tally] = [:]
    var shortPreferred: [String: Tally] = [:]
    var confusions: [String: Int] = [:]
    var rng = SeededGenerator(seed: 6)
    let start = Date()
    var count = 0
    for line in text.split(separator: "\n") {
      let f = line.split(separator: "\t", maxSplits: 2).map(String.init)
      guard f.count == 3 else { continue }
      let (source, lang, sentence) = (f[0], f[1], f[2])
      let key = "\(source)\t\(lang)"
      let got = id.identify(sentence).language
      count += 1
      all[key, default: Tally()].add(got == lang)
      if got != lang { confusions["\(lang)→\(got ?? "nil")", default: 0] += 1 }
      if isProse(sentence) {
        prose[key, default: Tally()].add(got == lang)
        if got != lang && (prose[key]?.n ?? 0) - (prose[key]?.right ?? 0) <= 3 {
          FileHandle.standardError.write(
            "\(source) \(lang)→\(got ?? "nil"): \(sentence)\n".data(using: .utf8) ?? Data())
        }
      }
      let words = sentence.split(separator: " ")
      if words.count >= 5 {
        let k = Int.random(in: 2...4, using: &rng)
        let at = Int.random(in: 0...(words.count - k), using: &rng)
        let quote = words[at..<(at + k)].joined(separator: " ")
        short[key, default: Tally()].add(id.identify(quote).language == lang)
        shortPreferred[key, default: Tally()].add(
          id.identify(quote, preferring: lang).language == lang)
      }
    }
    let seconds = Date().timeIntervalSince(start)
    var out = "# Language identification (\(URL(fileURLWithPath: path).lastPathComponent))\n\n"
    out +=
      "| source | lang | sentences 5+ words | prose only | short quotes (2–4 words) | short, article language preferred |\n|---|---|---|---|---|---|\n"
    var totals: [String: (Tally, Tally, Tally, Tally)] = [:]
    for key in all.keys.sorted() {
      let parts = key.split(separator: "\t")
      out +=
        "| \(parts[0]) | \(parts[1]) | \(all[key]?.text ?? "–") | \(prose[key]?.text ?? "–") | \(short[key]?.text ?? "–") | \(shortPreferred[key]?.text ?? "–") |\n"
      let source = String(parts[0])
      var t = totals[source] ?? (Tally(), Tally(), Tally(), Tally())
      t.0.n += all[key]?.n ?? 0
      t.0.right += all[key]?.right ?? 0
      t.1.n += prose[key]?.n ?? 0
      t.1.right += prose[key]?.right ?? 0
      t.2.n += short[key]?.n ?? 0
      t.2.right += short[key]?.right ?? 0
      t.3.n += shortPreferred[key]?.n ?? 0
      t.3.right += shortPreferred[key]?.right ?? 0
      totals[source] = t
    }
    for (source, t) in totals.sorted(by: { $0.key < $1.key }) {
      out += "| **\(source)** | all | \(t.0.text) | \(t.1.text) | \(t.2.text) | \(t.3.text) |\n"
    }
    let top = confusions.sorted { $0.value > $1.value }.prefix(12).map { "\($0.key) \($0.value)" }
    out += "\nMost frequent confusions (all sentences): \(top.joined(separator: ", ")).\n"
    out += String(format: "Speed: %d sentences in %.2f s.\n", count, seconds)
    return out
  }
}

/// A small deterministic generator (SplitMix64) for reproducible samples.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
