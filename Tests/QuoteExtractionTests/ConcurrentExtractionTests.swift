import Foundation
import QuoteExtraction
import Testing

/// `QuoteExtractor.extract(concurrently:languages:concurrency:)` gives, in order, what
/// extracting the texts one by one gives, whatever the number of threads.
@Suite("QuoteExtractor: many documents concurrently")
struct ConcurrentExtractionTests {
  @Test func sameAsOneByOne() throws {
    let dir = Fixtures.url("seeds")
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
    let seeds = try names.map { try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8) }
    // The seeds, their paragraphs and a few short texts in other conventions.
    let texts = seeds + seeds.flatMap { $0.components(separatedBy: "\n\n") } + [
      "«Nous gagnerons», a-t-il dit.", "„Wir schaffen das“, sagte sie.", "", "no quotes here",
    ]
    let languages: [String?] = texts.indices.map { $0 % 3 == 0 ? "en" : nil }
    let extractor = QuoteExtractor()
    let expected = texts.indices.map { extractor.extract(from: texts[$0], language: languages[$0]) }
    #expect(expected.contains { !$0.quotes.isEmpty })
    for threads in [1, 2, 3] {
      let got = extractor.extract(concurrently: texts, languages: languages, concurrency: threads)
      #expect(got == expected, "\(threads) threads")
    }
    #expect(extractor.extract(concurrently: texts) == texts.map { extractor.extract(from: $0) })
    #expect(extractor.extract(concurrently: []).isEmpty)
  }
}
