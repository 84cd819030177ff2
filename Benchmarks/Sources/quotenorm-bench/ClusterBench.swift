// quotenorm-bench --cluster QUOTES.jsonl [--exhaustive]: clustering throughput, memory and the
// recall of candidate generation against exhaustive scoring, in process.
//
// Prints JSON lines:
//   {"tool": "quotenorm-cluster", "quotes": N, "analysis_s": …, "cluster_s": …, "seconds": …,
//    "scored_pairs": …, "links": …, "clusters": …, "peak_rss_mb": …}
// and with --exhaustive (every pair aligned and scored: O(n²), for samples of ~10k):
//   {"tool": "quotenorm-cluster-exhaustive", …, "link_recall": …, "pair_recall": …, "pair_precision": …}
// link_recall: links found by prefix filtering / links of exhaustive scoring (the filter never
// finds a link exhaustive scoring does not); pair_recall/precision: pairs of quotations put in
// one cluster by the exhaustive run that the prefix run also puts together, and the converse.
import Foundation
import QuoteNorm

struct ClusterBenchRecord: Decodable {
  var id: String
  var text: String
  var lang: String?
  var speaker: String?
  var date: String?
}

func clusterBench(path: String, exhaustive: Bool) -> Never {
  guard let data = FileManager.default.contents(atPath: path) else {
    FileHandle.standardError.write(Data("quotenorm-bench: cannot read \(path)\n".utf8))
    exit(66)
  }
  let decoder = JSONDecoder()
  var records: [QuoteRecord] = []
  for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
    guard let r = try? decoder.decode(ClusterBenchRecord.self, from: Data(line)) else { continue }
    records.append(QuoteRecord(id: r.id, text: r.text, language: r.lang, speaker: r.speaker, date: r.date))
  }
  let clock = ContinuousClock()
  func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
  func round3(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
  var collection: QuoteCollection?
  let analysis = clock.measure { collection = QuoteCollection(records, keepingRecords: false) }
  guard let c = collection else { exit(70) }
  var result: QuoteClustering?
  let clustering = clock.measure { result = QuoteClusterer().cluster(c) }
  guard let r = result else { exit(70) }
  let line =
    "{\"tool\": \"quotenorm-cluster\", \"quotes\": \(records.count), \"analysis_s\": \(round3(seconds(analysis))), "
    + "\"cluster_s\": \(round3(seconds(clustering))), \"seconds\": \(round3(seconds(analysis + clustering))), "
    + "\"scored_pairs\": \(r.scoredPairs), \"links\": \(r.links), \"clusters\": \(r.clusters.count), "
    + "\"cores\": \(ProcessInfo.processInfo.activeProcessorCount), \"peak_rss_mb\": \(peakRSSMegabytes())}\n"
  FileHandle.standardOutput.write(Data(line.utf8))
  if exhaustive {
    var full: QuoteClustering?
    let t = clock.measure { full = QuoteClusterer(candidates: .allPairs).cluster(c) }
    guard let f = full else { exit(70) }
    let (recall, precision) = pairAgreement(reference: f, other: r)
    let line =
      "{\"tool\": \"quotenorm-cluster-exhaustive\", \"quotes\": \(records.count), \"seconds\": \(round3(seconds(t))), "
      + "\"scored_pairs\": \(f.scoredPairs), \"links\": \(f.links), \"link_recall\": \(round3(Double(r.links) / Double(max(1, f.links)))), "
      + "\"pair_recall\": \(round3(recall)), \"pair_precision\": \(round3(precision))}\n"
    FileHandle.standardOutput.write(Data(line.utf8))
  }
  exit(0)
}

/// Share of the pairs clustered together by `reference` that `other` also clusters together,
/// and the converse.
func pairAgreement(reference: QuoteClustering, other: QuoteClustering) -> (Double, Double) {
  var both: [Int: Int] = [:]
  var inRef: [Int: Int] = [:]
  var inOther: [Int: Int] = [:]
  for i in 0..<reference.clusterIndex.count {
    let a = reference.clusterIndex[i]
    let b = other.clusterIndex[i]
    both[a &* 1_000_003 &+ b, default: 0] += 1
    inRef[a, default: 0] += 1
    inOther[b, default: 0] += 1
  }
  func pairs(_ d: [Int: Int]) -> Double { d.values.reduce(0.0) { $0 + Double($1 * ($1 - 1) / 2) } }
  let common = pairs(both)
  return (common / max(1, pairs(inRef)), common / max(1, pairs(inOther)))
}

/// The process's peak resident memory (VmHWM), in MB.
func peakRSSMegabytes() -> Int {
  guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return -1 }
  for line in s.split(separator: "\n") where line.hasPrefix("VmHWM:") {
    let kb = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
    return kb / 1024
  }
  return -1
}
