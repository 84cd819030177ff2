import Foundation
import QuoteNormalization
import Testing

/// The `repair` profile must leave correct text alone: every language of the corpus built by
/// `../shared/scripts/make_corpus.sh` (`make test` builds it and sets QUOTENORM_CORPUS).
@Suite(
  "repair leaves clean corpus text unchanged",
  .enabled(if: ProcessInfo.processInfo.environment["QUOTENORM_CORPUS"] != nil,
           "set by `make test` (QUOTENORM_CORPUS)"))
struct CorpusNonRegressionTests {
  @Test func cleanParagraphsOfEveryLanguage() throws {
    let dir = try #require(ProcessInfo.processInfo.environment["QUOTENORM_CORPUS"])
    let clean = try String(contentsOfFile: dir + "/clean.txt", encoding: .utf8)
    let labels = try String(contentsOfFile: dir + "/labels.tsv", encoding: .utf8)
    let langs = labels.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
      .map { $0.count > 2 ? String($0[2]) : "" }
    let paragraphs = clean.components(separatedBy: "\n\n").filter { !$0.isEmpty && $0 != "\n" }
      .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\n")) }.filter { !$0.isEmpty }
    try #require(paragraphs.count == langs.count, "paragraphs \(paragraphs.count) vs labels \(langs.count)")
    // Up to 400 paragraphs per language, spread over the corpus.
    var perLanguage: [String: Int] = [:]
    var checked = 0
    var changed: [(String, String)] = []
    let repair = Normalizer(profile: .repair)
    for (i, p) in paragraphs.enumerated() where i % 7 == 0 {
      let lang = langs[i]
      if perLanguage[lang, default: 0] >= 400 { continue }
      perLanguage[lang, default: 0] += 1
      checked += 1
      let r = repair.normalize(p)
      if scalars(r.text) != scalars(p) { changed.append((lang, p)) }
    }
    #expect(perLanguage.count >= 14, "languages: \(perLanguage.keys.sorted())")
    for (lang, p) in changed.prefix(10) { Issue.record("\(lang): changed \(p.prefix(200).debugDescription)") }
    #expect(changed.isEmpty, "\(changed.count) of \(checked) clean paragraphs changed")
  }
}
