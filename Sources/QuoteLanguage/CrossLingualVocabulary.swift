import Foundation

/// Interned terms of a collection and their weights: every stem, lemma stem, number and name is
/// an `Int32` within its language (`es` stems and `en` stems never collide), weighted by its
/// inverse document frequency in the collection with a prior for function words (the 100 most
/// frequent words of each language in ``LanguageIdentifier``'s training text), so that even two
/// quotations alone are weighed sensibly.
///
/// ```swift
/// var v = CrossLingualVocabulary()
/// let id = v.intern("happe", kind: .stem, language: "en")
/// v.count(document: [id], language: "en")
/// v.weight(id)  // ln((1 + 1 + 50) / (1 + 0.5)) ≈ 3.5
/// ```
///
/// - Complexity: interning and look-ups are O(1) amortised.
struct CrossLingualVocabulary: Sendable {
  /// What a term is.
  enum Kind: UInt8, Sendable { case stem, lemma, number, name }

  private var ids: [String: Int32] = [:]
  private(set) var isFunctionWord: [Bool] = []
  private(set) var languageOf: [Int32] = []
  private var documentFrequency: [Int32] = []
  private var documents: [String: Int] = [:]
  private var languages: [String] = []
  private(set) var weights: [Float] = []

  /// Virtual documents of the prior, and the share of them a function word occurs in.
  static let priorDocuments = 50.0
  static let functionWordShare = 0.6

  init() {}

  /// The id of `term` of `kind` in `language`.
  mutating func intern(_ term: String, kind: Kind, language: String) -> Int32 {
    let key = "\(language)\u{1}\(kind.rawValue)\u{1}\(term)"
    if let id = ids[key] { return id }
    let id = Int32(isFunctionWord.count)
    ids[key] = id
    let function = (kind == .stem || kind == .lemma) && Self.functionStems(language).contains(term)
    isFunctionWord.append(function)
    var li = languages.firstIndex(of: language)
    if li == nil {
      languages.append(language)
      li = languages.count - 1
    }
    languageOf.append(Int32(li ?? 0))
    documentFrequency.append(0)
    return id
  }

  /// Counts one document (a quotation or a translation) of `language` containing `terms`.
  mutating func count(document terms: [Int32], language: String) {
    documents[language, default: 0] += 1
    for t in Set(terms) { documentFrequency[Int(t)] += 1 }
  }

  /// Computes every term's weight from the counts so far.
  mutating func finish() {
    var n = [Double](repeating: 0, count: languages.count)
    for (i, l) in languages.enumerated() { n[i] = Double(documents[l] ?? 0) }
    weights = (0..<isFunctionWord.count).map { i in
      let docs = n[Int(languageOf[i])]
      let prior = isFunctionWord[i] ? Self.priorDocuments * Self.functionWordShare : 0
      let idf = log((docs + 1 + Self.priorDocuments) / (Double(documentFrequency[i]) + 0.5 + prior))
      return Float(max(idf, 0.05))
    }
  }

  /// The weight of a term (after ``finish()``).
  func weight(_ id: Int32) -> Float { weights[Int(id)] }

  /// The stems of each language's 100 most frequent words.
  static func functionStems(_ language: String) -> Set<String> {
    FunctionWords.shared.stems[language] ?? []
  }
}

/// The most frequent words of each language of the identifier's profiles, as stems.
struct FunctionWords: Sendable {
  let stems: [String: Set<String>]
  static let shared = FunctionWords(count: 100)

  init(count: Int) {
    let p = LanguageProfiles.shared
    var byLanguage: [String: [(String, Float)]] = [:]
    for (word, costs) in p.words {
      for (i, lang) in p.languages.enumerated() where costs[i] < p.wordFloor[i] {
        byLanguage[lang, default: []].append((word, costs[i]))
      }
    }
    var stems: [String: Set<String>] = [:]
    for (lang, words) in byLanguage {
      let top = words.sorted { $0.1 == $1.1 ? $0.0 < $1.0 : $0.1 < $1.1 }.prefix(count)
      stems[lang] = Set(top.map { KeyTerms.stem(Self.fold($0.0)) })
    }
    self.stems = stems
  }

  /// Lower case without diacritics, as in match keys.
  static func fold(_ s: String) -> String {
    s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }
}
