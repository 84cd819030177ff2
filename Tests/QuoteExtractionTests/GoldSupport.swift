import Foundation
import QuoteExtraction
import Testing

/// Gold files (`Fixtures/**.gold.json`): quotations by text and occurrence; offsets are
/// computed from the text here, never typed by hand.
struct GoldFile: Decodable {
  struct Document: Decodable {
    var file: String
    var quotes: [GoldQuote]
  }
  var language: String
  var documents: [Document]
}

struct GoldQuote: Decodable {
  var text: String
  var occurrence: Int
  var kind: QuoteKind
  var speaker: String?
  var region: QuoteRegion?
  var depth: Int?
  /// The text of an earlier part of the same statement (split around its cue).
  var statementWith: String?
}

/// Paths and loading.
enum Fixtures {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static func url(_ relative: String) -> URL { packageRoot.appendingPathComponent(relative) }

  static func text(_ relative: String) throws -> String {
    try String(contentsOf: url(relative), encoding: .utf8)
  }

  static func gold(_ relative: String) throws -> GoldFile {
    try JSONDecoder().decode(GoldFile.self, from: Data(contentsOf: url(relative)))
  }

  /// Scalar offsets of the `occurrence`-th occurrence of `needle` in `text`.
  static func locate(_ needle: String, occurrence: Int, in text: String) -> Range<Int>? {
    let hay = Array(text.unicodeScalars)
    let n = Array(needle.unicodeScalars)
    guard !n.isEmpty, n.count <= hay.count else { return nil }
    var seen = 0
    for i in 0...(hay.count - n.count) where hay[i] == n[0] && Array(hay[i..<(i + n.count)]) == n {
      if seen == occurrence { return i..<(i + n.count) }
      seen += 1
    }
    return nil
  }
}

/// Precision, recall and F1 of spans (and of spans with kinds), and speaker accuracy.
struct Score: CustomStringConvertible {
  var gold = 0
  var predicted = 0
  var matched = 0
  var byKind: [QuoteKind: (gold: Int, predicted: Int, matched: Int)] = [:]
  /// Gold speech quotations (direct, mixed, headline) and those found with the right speaker.
  var speechGold = 0
  var speechFound = 0
  var speakerRight = 0
  var failures: [String] = []

  var precision: Double { predicted == 0 ? 0 : Double(matched) / Double(predicted) }
  var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
  var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
  var speakerAccuracy: Double { speechGold == 0 ? 1 : Double(speakerRight) / Double(speechGold) }

  func f1(_ kind: QuoteKind) -> Double {
    guard let k = byKind[kind], k.gold + k.predicted > 0 else { return 1 }
    let p = k.predicted == 0 ? 0 : Double(k.matched) / Double(k.predicted)
    let r = k.gold == 0 ? 0 : Double(k.matched) / Double(k.gold)
    return p + r == 0 ? 0 : 2 * p * r / (p + r)
  }

  var description: String {
    var lines = [
      String(
        format:
          "spans: %d gold, %d found, %d right: P %.3f R %.3f F1 %.3f; speakers %d/%d of speech quotations (%.3f)",
        gold, predicted, matched, precision, recall, f1, speakerRight, speechGold, speakerAccuracy)
    ]
    for kind in QuoteKind.allCases {
      guard let k = byKind[kind] else { continue }
      lines.append(
        String(
          format: "  %-8@ gold %2d found %2d right %2d F1 %.3f", kind.rawValue, k.gold, k.predicted,
          k.matched, f1(kind)))
    }
    return (lines + failures.map { "  ✗ " + $0 }).joined(separator: "\n")
  }

  /// Whether a predicted speaker name is the gold one: equal ignoring case, or one is the
  /// other's surname ("Sheinbaum" / "Claudia Sheinbaum").
  static func sameSpeaker(_ predicted: String?, _ gold: String?) -> Bool {
    guard let p = predicted?.lowercased(), let g = gold?.lowercased() else {
      return predicted == nil && gold == nil
    }
    if p == g { return true }
    let pw = p.split(separator: " ")
    let gw = g.split(separator: " ")
    return pw.last == gw.last && (pw.count == 1 || gw.count == 1)
  }

  /// Scores the extraction of every document of a gold file.
  static func evaluate(_ gold: GoldFile, extractor: QuoteExtractor = QuoteExtractor()) throws
    -> Score
  {
    var score = Score()
    for doc in gold.documents {
      let text = try Fixtures.text(doc.file)
      let result = extractor.extract(from: text, language: gold.language)
      var byRange: [Range<Int>: Int] = [:]
      for (i, q) in result.quotes.enumerated() { byRange[q.content.scalars] = i }
      score.predicted += result.quotes.count
      for q in result.quotes { score.byKind[q.kind, default: (0, 0, 0)].predicted += 1 }
      for g in doc.quotes {
        score.gold += 1
        score.byKind[g.kind, default: (0, 0, 0)].gold += 1
        let speech = g.kind.isSpeech
        if speech { score.speechGold += 1 }
        guard let r = Fixtures.locate(g.text, occurrence: g.occurrence, in: text) else {
          score.failures.append("\(doc.file): gold text not found: \(g.text)")
          continue
        }
        guard let i = byRange[r] else {
          score.failures.append("\(doc.file): missed \(g.kind) \"\(g.text.prefix(50))\"")
          continue
        }
        let q = result.quotes[i]
        score.matched += 1
        if q.kind == g.kind {
          score.byKind[g.kind, default: (0, 0, 0)].matched += 1
        } else {
          score.failures.append(
            "\(doc.file): \"\(g.text.prefix(40))\" is \(g.kind), found \(q.kind)")
        }
        if speech {
          score.speechFound += 1
          if sameSpeaker(q.speaker?.name, g.speaker) {
            score.speakerRight += 1
          } else {
            score.failures.append(
              "\(doc.file): \"\(g.text.prefix(40))\" said by \(g.speaker ?? "nobody"), found \(q.speaker?.name ?? "nobody")"
            )
          }
        }
      }
    }
    return score
  }
}
