/// The words extraction reads attribution with, for one language: speech verbs and cue
/// phrases, pronouns, titles, role nouns, and the function words around them. Lexicons are
/// data: the built-in ones are the TSV files in `Sources/QuoteExtraction/Lexicons/` (format in
/// that folder's README), and any lexicon can be extended with more TSV text.
///
/// ```swift
/// var en = CueLexicon.builtIn("en")!
/// en = en.merging(try CueLexicon(language: "en", tsv: "cue\tquipped\ncue\tmused\n"))
/// QuoteExtractor(configuration: .init(lexicons: ["en": en]))
/// ```
public struct CueLexicon: Sendable, Hashable {
  /// What an entry is for.
  public enum Category: String, Sendable, Hashable, CaseIterable, Codable {
    /// A speech verb or cue phrase in any inflection (`said`, `told reporters`, `a déclaré`).
    case cue
    /// A preposition that puts the speaker after it (`according to`, `según`, `laut`).
    case source
    /// A cue that follows its speaker as a postposition (`zufolge`).
    case postSource = "post-source"
    /// A subject pronoun, with its gender (`she	f`).
    case pronoun
    /// A determiner; `indefinite` for those that introduce someone new (`a`, `un`).
    case determiner
    /// A noun for a person's role (`official`, `spokeswoman	f`).
    case role
    /// A title or honorific written before a name (`President`, `Ms.	f`).
    case title
    /// A given name with its usual gender (`Claudia	f`), for pronoun agreement.
    case given
    /// A name particle written in lowercase inside names (`de`, `van`, `bin`).
    case particle
    /// A function word: never a name when capitalized, and used to guess the language.
    case stopword
    /// A word after which a short quotation is a predicate (`is`, `to`, `will`): partial, not scare.
    case predicate
    /// A word allowed between a speaker and the cue (`later`, `also`, `has`).
    case skip
    /// A word ending for adverbs allowed between a speaker and the cue (`ly`, `mente`).
    case adverbSuffix = "adverb-suffix"
    /// A complementizer after a speech verb (`that`, `que`, `dass`).
    case complementizer
    /// A word introducing the name of a work (`book`, `film`, `titled`).
    case titleCue = "title-cue"
    /// A heading that starts a block of links or tags (`Related`, `Explore`, `Lesen Sie auch`).
    case boilerplate
    /// A word written with a leading apostrophe (`twas`, `n`, `em`).
    case elision
    /// An abbreviation whose period does not end a sentence (`mr.`, `u.s.`).
    case abbreviation
    /// An ending that makes a closed compound a role noun (`sprecher` in
    /// `Regierungssprecher`).
    case roleSuffix = "role-suffix"
    /// A word by which the writer distances a term (`so-called`, `sogenannte`): the quotation
    /// after it is a scare quote whatever its length.
    case scareCue = "scare-cue"
    /// A conjunction after which a name may be a subject (`and`, `but`, `y`, `und`).
    case conjunction
    /// A topic or subject particle after a speaker in Japanese or Korean (`は`, `が`).
    case topicParticle = "topic-particle"
    /// A document or message someone speaks through (`statement`, `comunicado`): after a source
    /// preposition, its author is the speaker (`according to a statement from the ministry`).
    case vehicle
    /// A word between a document and its author (`from`, `issued by`, `del`).
    case authorLink = "author-link"
    /// A cue whose quotation is the subject's characterization of something, a predicate
    /// (`called it`, `described it as`, `calificó de`): partial even when it ends a sentence.
    /// List it as a `cue` too.
    case characterization
    /// A role general enough to stand for a more precise office (`leader` for a chancellor,
    /// `jefe` for a minister): a description by it may stand for someone named with another
    /// office, where `the president` does not stand for `Treasury Secretary Janet Yellen`.
    case hypernym
    /// A noun that ends an organization's name (`Department`, `Assembly`): a capitalized run
    /// ending in it is the organization, a title word in it part of the name (`the Justice
    /// Department`, not `Department` titled `Justice`).
    case organization
    /// An auxiliary that makes the cue after it passive (`was told`, `were asked`): its subject
    /// is spoken to, not the speaker.
    case passive

    /// The category's position in ``allCases``, for array-backed storage.
    var slot: Int {
      switch self {
      case .cue: 0
      case .source: 1
      case .postSource: 2
      case .pronoun: 3
      case .determiner: 4
      case .role: 5
      case .title: 6
      case .given: 7
      case .particle: 8
      case .stopword: 9
      case .predicate: 10
      case .skip: 11
      case .adverbSuffix: 12
      case .complementizer: 13
      case .titleCue: 14
      case .boilerplate: 15
      case .elision: 16
      case .abbreviation: 17
      case .conjunction: 18
      case .topicParticle: 19
      case .roleSuffix: 20
      case .scareCue: 21
      case .vehicle: 22
      case .authorLink: 23
      case .characterization: 24
      case .hypernym: 25
      case .organization: 26
      case .passive: 27
      }
    }
  }

  /// Grammatical gender or number of a pronoun, title, role or given name.
  public enum Gender: String, Sendable, Hashable, Codable {
    case masculine = "m", feminine = "f", neuter = "n", plural = "p", firstPerson = "1"
  }

  /// The language (BCP 47).
  public let language: String
  /// Write each entry's characters as separate words (Chinese, Japanese: no spaces).
  let splitsCharacters: Bool
  /// Each category's entries as written (lowercased), for ``entries(_:)`` and merging.
  private var texts = [[String: Gender?]](repeating: [:], count: Category.allCases.count)
  /// Single-word entries by ``WordKey``, one set per category (``Category/slot``).
  private var sets = [Set<WordKey>](repeating: [], count: Category.allCases.count)
  /// Multi-word entries by their first word's key, longest first.
  private var phrases = [[WordKey: [[WordKey]]]](repeating: [:], count: Category.allCases.count)
  private var genders = [[[WordKey]: Gender]](repeating: [:], count: Category.allCases.count)
  private var indefinites: Set<WordKey> = []
  /// Adverb endings and role endings (closed compounds), kept as strings.
  private(set) var adverbSuffixes: [String] = []
  private(set) var roleSuffixes: [String] = []

  /// An empty lexicon.
  ///
  /// - Complexity: O(1).
  public init(language: String) {
    self.language = language
    self.splitsCharacters = ["zh", "ja", "ko", "th"].contains(language)
  }

  /// Every entry of `category`, each as written in the file (lowercased).
  ///
  /// ```swift
  /// CueLexicon.builtIn("es")!.entries(.source)  // ["de acuerdo con", "según", …]
  /// ```
  ///
  /// - Complexity: O(*k* log *k*) for *k* entries.
  public func entries(_ category: Category) -> [String] { texts[category.slot].keys.sorted() }

  /// Adds one entry.
  ///
  /// - Complexity: O(*w*) in the words of the entry.
  mutating func add(_ category: Category, _ entry: String, gender: Gender?, indefinite: Bool) {
    let lowered = entry.lowercased()
    let parts: [String] =
      splitsCharacters && !lowered.contains(" ")
      ? lowered.unicodeScalars.map { String($0) }
      : lowered.split(separator: " ").map(String.init)
    guard !parts.isEmpty else { return }
    let slot = category.slot
    texts[slot].updateValue(gender, forKey: lowered)
    let keys = parts.map(WordKey.of)
    if keys.count == 1 {
      sets[slot].insert(keys[0])
      if category == .adverbSuffix && !adverbSuffixes.contains(lowered) {
        adverbSuffixes.append(lowered)
      }
      if category == .roleSuffix && !roleSuffixes.contains(lowered) { roleSuffixes.append(lowered) }
    } else {
      var list = phrases[slot][keys[0], default: []]
      if !list.contains(keys) { list.append(keys) }
      list.sort { $0.count > $1.count }
      phrases[slot][keys[0]] = list
    }
    if let gender { genders[slot][keys] = gender }
    if indefinite && keys.count == 1 { indefinites.insert(keys[0]) }
  }

  /// Whether the single lowercase word `w` is an entry of `category`.
  ///
  /// - Complexity: O(*w*) to hash the word.
  func contains(_ category: Category, _ w: String) -> Bool { sets[category.slot].contains(.of(w)) }

  /// Whether the word with key `key` is an entry of `category`.
  ///
  /// - Complexity: O(1).
  @inline(__always)
  func contains(_ category: Category, key: WordKey) -> Bool { sets[category.slot].contains(key) }

  /// The number of words of the longest entry of `category` that starts at token `i`, or
  /// `nil`; `upper` bounds the match.
  ///
  /// - Complexity: O(*p*) in the phrases starting with that word.
  func match(_ category: Category, _ tokens: [Token], at i: Int, upper: Int? = nil) -> Int? {
    let end = upper ?? tokens.count
    guard i >= 0, i < end else { return nil }
    let first = tokens[i].key
    if let list = phrases[category.slot][first] {
      for p in list where i + p.count <= end {
        var ok = true
        for k in 1..<p.count where tokens[i + k].key != p[k] {
          ok = false
          break
        }
        if ok { return p.count }
      }
    }
    return sets[category.slot].contains(first) ? 1 : nil
  }

  /// The same for a sequence of word keys.
  ///
  /// - Complexity: O(*p*) in the phrases starting with that word.
  func match(_ category: Category, keys: [WordKey], at i: Int) -> Int? {
    guard i >= 0, i < keys.count else { return nil }
    if let list = phrases[category.slot][keys[i]] {
      for p in list where i + p.count <= keys.count && Array(keys[i..<(i + p.count)]) == p {
        return p.count
      }
    }
    return sets[category.slot].contains(keys[i]) ? 1 : nil
  }

  /// The gender recorded for an entry of one or more words.
  ///
  /// - Complexity: O(*w*).
  func gender(_ category: Category, _ keys: [WordKey]) -> Gender? { genders[category.slot][keys] }

  /// The gender recorded for a one-word entry.
  func gender(_ category: Category, key: WordKey) -> Gender? { genders[category.slot][[key]] }

  /// Whether a determiner introduces someone new (`a`, `un`).
  ///
  /// - Complexity: O(1).
  func isIndefinite(_ key: WordKey) -> Bool { indefinites.contains(key) }

  /// This lexicon with every entry of `other` added (`other`'s genders win).
  ///
  /// - Complexity: O(*k*) in the entries of `other`.
  public func merging(_ other: CueLexicon) -> CueLexicon {
    var m = self
    for c in Category.allCases {
      for (text, gender) in other.texts[c.slot] {
        m.add(
          c, text, gender: gender,
          indefinite: c == .determiner && other.indefinites.contains(.of(text)))
      }
    }
    return m
  }
}

/// A word as the extractor compares it: the 64-bit FNV-1a hash of its lowercase Unicode
/// scalars, so tokens and lexicon entries compare without building or normalizing strings.
///
/// ```swift
/// WordKey.of("Said") == WordKey.of("said")  // true
/// ```
typealias WordKey = UInt64

extension WordKey {
  /// The FNV-1a offset basis: the key of the empty word.
  static let seed: WordKey = 0xcbf2_9ce4_8422_2325

  /// The key after appending scalar value `v` (already lowercase).
  ///
  /// - Complexity: O(1).
  @inline(__always)
  func appending(_ v: UInt32) -> WordKey { (self ^ WordKey(v)) &* 0x100_0000_01B3 }

  /// The key after appending scalar `s`, lowercased.
  ///
  /// - Complexity: O(1).
  @inline(__always)
  func appending(lowercase s: Unicode.Scalar) -> WordKey {
    let v = s.value
    if v < 0x80 { return appending(v >= 0x41 && v <= 0x5A ? v + 0x20 : v) }
    if v < 0x100 { return appending((0xC0...0xDE).contains(v) && v != 0xD7 ? v + 0x20 : v) }
    if v < 0x530, let l = ScalarClass.latinGreekCyrillicLower(v) { return appending(l) }
    if (0x3040...0x9FFF).contains(v) { return appending(v) }
    if !s.properties.changesWhenLowercased { return appending(v) }
    var k = self
    for l in s.properties.lowercaseMapping.unicodeScalars { k = k.appending(l.value) }
    return k
  }

  /// The key of a word.
  ///
  /// - Complexity: O(*n*).
  static func of(_ w: some StringProtocol) -> WordKey {
    var k = seed
    for s in w.unicodeScalars { k = k.appending(lowercase: s) }
    return k
  }
}
