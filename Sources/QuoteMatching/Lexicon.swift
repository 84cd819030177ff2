import QuoteNormalization

/// The word tables of quote matching, keyed by ``WordHash`` of the match-key form of a word:
/// function words per language (the prior of the term weights), negations, lead-in words,
/// English inflections, synonym classes and closed compounds.
///
/// The English tables are generated from WordNet by `scripts/gen_matching_lexicon.py` (see
/// ``inflectionData``, ``synonymData``, ``compoundData``); the function words are the Snowball stop-word lists
/// (``stopwordData``), written through `Normalizer(profile: .match)` when loaded so that they
/// compare with match keys (`está` is `esta`).
///
/// ```swift
/// let l = Lexicon.shared
/// l.lemma[WordHash.of("went")] == WordHash.of("go")           // true
/// l.synonymClass[WordHash.of("occur")] == WordHash.of("happen")  // true
/// ```
///
/// - Complexity: loaded once, on first use, in O(*n*) over the tables (about 40,000 words);
///   lookups are O(1).
final class Lexicon: Sendable {
  static let shared = Lexicon()

  /// Function words by language (BCP 47 primary subtag).
  let functionWords: [String: Set<UInt64>]
  /// Function words of every language.
  let anyFunctionWord: Set<UInt64>
  /// Negations, in every language: never function words, whatever the lists say.
  let negations: Set<UInt64>
  /// The positive words a negation's place can hold (`something` for `nothing`, `always` for
  /// `never`): where one side has one and the other a negation, the two say opposite things.
  let counterparts: Set<UInt64>
  /// Months and days of the week, in the languages with stop-word lists.
  let temporal: Set<UInt64>
  /// Words that open a quotation without carrying its content (`no,` `furthermore,` `well,`).
  let leadIns: Set<UInt64>
  /// English inflected form → base form.
  let lemma: [UInt64: UInt64]
  /// English base form → its synonym class.
  let synonymClass: [UInt64: UInt64]
  /// A closed English compound → its two parts (`healthcare` → `health` `care`; see
  /// ``compoundData``).
  let compounds: [UInt64: (UInt64, UInt64)]
  /// An English adjective with a negative prefix → the adjective it negates (`unacceptable` →
  /// `acceptable`), or a verb of stance with `dis-` → the verb (`disagreed` → `agreed`; see
  /// ``negatedData``): read as `not` and that word.
  let negated: [UInt64: UInt64]
  /// English acronyms (``WordHash`` of their letters) → whether they are also a common word,
  /// read as acronyms only when written as one (`US`, `U.S.`, not `us`; see ``acronymData``).
  let acronyms: [UInt64: Bool]
  /// English phrases with an acronym, by the hash of their first word: the other words and the
  /// acronym (`united` → [`states`], `us`).
  let acronymPhrases: [UInt64: [(rest: [UInt64], acronym: UInt64)]]
  /// Acronyms read as another of the same first sense (`usa` → `us`; see
  /// ``acronymVariantData``).
  let acronymVariants: [UInt64: UInt64]
  /// English direct antonyms (see ``antonymData``), as ``antonymKey(_:_:)`` of the
  /// fingerprints of their base forms: what scoring holds of a term.
  let antonyms: Set<UInt64>

  /// Opposed little words, as ``antonymKey(_:_:)`` of the fingerprints of their match keys
  /// (``polarWordData``): `for` / `against`, `with` / `without`, `más` / `menos`. Like
  /// ``antonyms``, but read on the words as written: most are function words, which have no
  /// base form and weigh little, and alone they turn `We voted for the bill` into its opposite.
  let polarPairs: Set<UInt64>
  /// The fingerprints of the words of ``polarPairs``.
  let polarWords: Set<UInt32>
  /// Plural orders of magnitude by language (``magnitudeWordData``: `dozens`, `hundreds`,
  /// `miles`, `milliers`), keyed by match-key hash, with their power of ten. Analysis gives
  /// the words of one order one term (`cientos`, `centenares`, `hundreds`), and fact checking
  /// reads them as figures, as it reads digits.
  let magnitudes: [String: [UInt64: Int]]
  /// The fingerprints of every language's magnitude words.
  let magnitudeWords: Set<UInt32>
  /// Every language's magnitude words (languages in alphabetical order, the first wins).
  private let anyMagnitude: [UInt64: Int]

  /// The key of two base forms' fingerprints (``PackedTerms/fingerprint(_:)``) in ``antonyms``,
  /// the same in either order.
  @inline(__always)
  static func antonymKey(_ a: UInt32, _ b: UInt32) -> UInt64 {
    UInt64(min(a, b)) << 32 | UInt64(max(a, b))
  }

  private init() {
    // Each language's words as a quotation in that language is keyed: read in every language,
    // Portuguese `dos` (of the) and Italian `siete` (you are) would be the Spanish numbers `2`
    // and `7`, and those figures function words wherever the language is unknown.
    func hashes(_ words: some Sequence<Substring>, language: String? = nil) -> Set<UInt64> {
      let key = Normalizer(profile: .match, language: language)
      var s = Set<UInt64>()
      for w in words {
        let k = key.normalize(String(w)).text
        s.insert(WordHash.of(k))
      }
      return s
    }
    let negations = hashes(Self.negationWords.split(separator: " "))
    var byLanguage: [String: Set<UInt64>] = [:]
    var all = Set<UInt64>()
    for (code, words) in Self.stopwordData {
      let h = hashes(words.split(separator: " "), language: code).subtracting(negations)
      byLanguage[code] = h
      all.formUnion(h)
    }
    functionWords = byLanguage
    anyFunctionWord = all
    self.negations = negations
    counterparts = hashes(Self.counterpartWords.split(separator: " ")).subtracting(negations)
    temporal = hashes(Self.temporalWords.split(separator: " "))
    leadIns = hashes(Self.leadInWords.split(separator: " "))
    lemma = Self.parseInflections(Self.inflectionData)
    var syn: [UInt64: UInt64] = [:]
    for line in Self.synonymData.split(separator: "\n") {
      let f = line.split(separator: " ")
      if f.count == 2 { syn[WordHash.of(String(f[0]))] = WordHash.of(String(f[1])) }
    }
    synonymClass = syn
    var compounds: [UInt64: (UInt64, UInt64)] = [:]
    for line in Self.compoundData.split(separator: "\n") {
      let f = line.split(separator: " ")
      if f.count == 3 {
        compounds[WordHash.of(String(f[0]))] = (WordHash.of(String(f[1])), WordHash.of(String(f[2])))
      }
    }
    self.compounds = compounds
    var negated: [UInt64: UInt64] = [:]
    for line in Self.negatedData.split(separator: "\n") {
      let f = line.split(separator: " ")
      if f.count == 2 { negated[WordHash.of(String(f[0]))] = WordHash.of(String(f[1])) }
    }
    self.negated = negated
    var acronyms: [UInt64: Bool] = [:]
    var phrases: [UInt64: [(rest: [UInt64], acronym: UInt64)]] = [:]
    for line in Self.acronymData.split(separator: "\n") {
      let f = line.split(separator: " ").map(String.init)
      guard f.count >= 4 else { continue }
      let a = WordHash.of(f[0])
      acronyms[a] = (acronyms[a] ?? false) || f[1] == "w" || f[0].count <= 2
      let words = f[2...].map { WordHash.of($0) }
      phrases[words[0], default: []].append((Array(words.dropFirst()), a))
    }
    var variants: [UInt64: UInt64] = [:]
    for line in Self.acronymVariantData.split(separator: "\n") {
      let f = line.split(separator: " ").map(String.init)
      guard f.count == 3 else { continue }
      let a = WordHash.of(f[0])
      acronyms[a] = (acronyms[a] ?? false) || f[1] == "w" || f[0].count <= 2
      variants[a] = WordHash.of(f[2])
    }
    self.acronymVariants = variants
    self.acronyms = acronyms
    var antonyms = Set<UInt64>()
    for line in Self.antonymData.split(separator: "\n") {
      let f = line.split(separator: " ")
      guard f.count == 2 else { continue }
      antonyms.insert(
        Self.antonymKey(
          PackedTerms.fingerprint(WordHash.of(String(f[0]))), PackedTerms.fingerprint(WordHash.of(String(f[1])))))
    }
    self.antonyms = antonyms
    var polarPairs = Set<UInt64>()
    var polarWords = Set<UInt32>()
    let plain = Normalizer(profile: .match)
    for pair in Self.polarWordData.split(separator: " ") {
      let f = pair.split(separator: "/").map {
        PackedTerms.fingerprint(WordHash.of(plain.normalize(String($0)).text))
      }
      guard f.count == 2 else { continue }
      polarPairs.insert(Self.antonymKey(f[0], f[1]))
      polarWords.formUnion(f)
    }
    self.polarPairs = polarPairs
    self.polarWords = polarWords
    var magnitudes: [String: [UInt64: Int]] = [:]
    for line in Self.magnitudeWordData.split(separator: "\n") {
      let f = line.split(separator: " ")
      guard f.count >= 3, let order = Int(f[1]) else { continue }
      for w in f[2...] {
        magnitudes[String(f[0]), default: [:]][WordHash.of(plain.normalize(String(w)).text)] = order
      }
    }
    self.magnitudes = magnitudes
    var anyMagnitude: [UInt64: Int] = [:]
    for code in magnitudes.keys.sorted() {
      anyMagnitude.merge(magnitudes[code] ?? [:]) { first, _ in first }
    }
    self.anyMagnitude = anyMagnitude
    magnitudeWords = Set(magnitudes.values.flatMap { $0.keys.map(PackedTerms.fingerprint) })
    // Longest phrases first, so `united states secret service` wins over `united states`.
    self.acronymPhrases = phrases.mapValues { $0.sorted { $0.rest.count > $1.rest.count } }
  }

  /// Parses "lemma code code…" lines (see ``inflectionData``) into form → lemma.
  static func parseInflections(_ data: String) -> [UInt64: UInt64] {
    var map: [UInt64: UInt64] = [:]
    map.reserveCapacity(34_000)
    for line in data.split(separator: "\n") {
      let f = line.split(separator: " ")
      guard let lemmaWord = f.first else { continue }
      let lemmaBytes = Array(lemmaWord.utf8)
      let lemmaHash = WordHash.of(lemmaBytes)
      for code in f.dropFirst() {
        var bytes = Array(code.utf8)
        var drop = 0
        if bytes.first == UInt8(ascii: "-") {
          var k = 1
          while k < bytes.count, bytes[k] >= 0x30, bytes[k] <= 0x39 {
            drop = drop * 10 + Int(bytes[k] - 0x30)
            k += 1
          }
          bytes.removeFirst(k)
        }
        guard drop <= lemmaBytes.count else { continue }
        let form = lemmaBytes[..<(lemmaBytes.count - drop)] + bytes
        map[WordHash.of(form)] = lemmaHash
      }
    }
    return map
  }

  /// Whether `word` is a function word of `language` (of any language when it is nil).
  func isFunctionWord(_ word: UInt64, language: String?) -> Bool {
    if let language, let set = functionWords[language] { return set.contains(word) }
    return anyFunctionWord.contains(word)
  }

  /// The power of ten of a plural order of magnitude (``magnitudes``) in `language`; in text of
  /// no known language, in any language where it is no English word (`miles`).
  ///
  /// ```swift
  /// Lexicon.shared.magnitude(of: WordHash.of("centenares"), language: "es")  // 2
  /// ```
  ///
  /// - Complexity: O(1).
  func magnitude(of word: UInt64, language: String?) -> Int? {
    if let language { return magnitudes[language]?[word] }
    if let order = magnitudes["en"]?[word] { return order }
    return lemma[word] == nil ? anyMagnitude[word] : nil
  }

  /// The language whose function words make up most of `words`, when they are at least a
  /// fifth of them and two or more; nil otherwise.
  ///
  /// - Complexity: O(*n* × *l*) for *l* languages.
  func guessLanguage(_ words: [UInt64]) -> String? {
    guard words.count >= 2 else { return nil }
    var best: (String, Int)? = nil
    for (code, set) in functionWords.sorted(by: { $0.key < $1.key }) {
      var hits = 0
      for w in words where set.contains(w) { hits += 1 }
      if hits > (best?.1 ?? 0) { best = (code, hits) }
    }
    guard let (code, hits) = best, hits >= 2, hits * 5 >= words.count else { return nil }
    return code
  }
}
