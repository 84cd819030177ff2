import Foundation
import Testing

/// Extraction never returns an overlapping or out-of-range span, on generated text full of
/// quotation marks of every convention, nested, unbalanced and stray, through the CLI's JSON
/// Lines (one run per batch of articles, `--input-format jsonl`).
@Suite("hostile input: extraction spans stay in range and never cross")
struct HostileExtractSpanTests {
  static let fragments = [
    "word", "She", "said", "Ana Díaz", "told reporters", ",", ".", ":", " ", " ", " ", "\n", "\n\n",
    "“", "”", "‘", "’", "«", "»", "« ", " »", "„", "‚", "「", "」", "『", "』", "\"", "'", "‹", "›",
    "“Yes,” she said.", "«Non», a dit Macron.", "„Nein“, sagte Merkel.", "「いいえ」と言った。",
    "don't", "O'Brien", "'90s", "—", "(", ")",
  ]

  /// Articles built from the fragments (SplitMix64, so a failure reproduces from its seed).
  static func articles(count: Int, seed: UInt64) -> [String] {
    var rng = HostileJSONTests.Generator(state: seed)
    return (0..<count).map { _ in
      (0..<Int.random(in: 1...80, using: &rng)).map { _ in fragments.randomElement(using: &rng) ?? "" }
        .joined()
    }
  }

  @Test(arguments: ["en", "fr", "de", "ja", "auto"])
  func spansStayInRangeAndNeverCross(language: String) throws {
    let texts = Self.articles(count: 150, seed: UInt64(language.unicodeScalars.first?.value ?? 1))
    var input = ""
    for (k, t) in texts.enumerated() {
      let obj: [String: Any] = ["id": "\(k)", "text": t, "lang": language]
      let data = try JSONSerialization.data(withJSONObject: obj)
      input += String(decoding: data, as: UTF8.self) + "\n"
    }
    let r = try CLI.run(["extract", "--input-format", "jsonl"], stdin: Data(input.utf8))
    #expect(r.status == 0, "\(r.stderr)")
    var quotes: [String: [[String: Any]]] = [:]
    for line in r.text.split(separator: "\n") {
      let q = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      quotes[q["doc"] as? String ?? "", default: []].append(q)
    }
    #expect(quotes.values.map(\.count).reduce(0, +) > 100, "too few quotations to say anything")
    for (doc, qs) in quotes {
      let k = try #require(Int(doc))
      let count = texts[k].unicodeScalars.count
      var extents: [Range<Int>] = []
      for q in qs {
        let start = try #require(q["start"] as? Int)
        let end = try #require(q["end"] as? Int)
        #expect(0 <= start && start <= end && end <= count, "doc \(k): content \(start)..<\(end) of \(count)")
        var lo = start
        var hi = end
        if let os = q["openStart"] as? Int, let oe = q["openEnd"] as? Int {
          #expect(0 <= os && os < oe && oe <= start, "doc \(k): opening mark \(os)..<\(oe) vs \(start)")
          lo = os
        }
        if let cs = q["closeStart"] as? Int, let ce = q["closeEnd"] as? Int {
          #expect(end <= cs && cs < ce && ce <= count, "doc \(k): closing mark \(cs)..<\(ce) vs \(end)")
          hi = ce
        }
        for key in ["speaker", "cue"] {
          if let s = q["\(key)Start"] as? Int, let e = q["\(key)End"] as? Int {
            #expect(0 <= s && s <= e && e <= count, "doc \(k): \(key) \(s)..<\(e) of \(count)")
          }
        }
        extents.append(lo..<hi)
      }
      for i in extents.indices {
        for j in extents.indices where j > i {
          let (a, b) = (extents[i], extents[j])
          let crossing =
            a.lowerBound < b.lowerBound && b.lowerBound < a.upperBound && a.upperBound < b.upperBound
            || b.lowerBound < a.lowerBound && a.lowerBound < b.upperBound && b.upperBound < a.upperBound
          #expect(!crossing, "doc \(k): quotations \(a) and \(b) overlap: \(texts[k].debugDescription)")
        }
      }
    }
  }
}
