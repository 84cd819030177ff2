import QuoteNormalization
import Synchronization

/// Turns a quotation into terms: the match key of `Normalizer(profile: .match)` (with its
/// variant folding), split into words, with brackets, elisions and lead-ins marked, English
/// closed compounds read as their two words (``Lexicon/compounds``) and acronyms as one term
/// with their phrases (``Acronyms``), the English paraphrase rules applied, and each word given
/// its lemma and class.
///
/// ```swift
/// let q = QuoteAnalyzer(options: .default).analyze("It’s not going to happen.", language: "en")
/// q.terms.count  // 4: it will not happen
/// ```
///
/// - Complexity: O(*n*) in the length of the text.
struct QuoteAnalyzer: Sendable {
  let options: QuoteMatcher.Options
  private let normalizers = NormalizerCache()

  init(options: QuoteMatcher.Options) {
    self.options = options
  }

  /// The match-profile normalizer for `language`.
  func normalizer(for language: String?) -> Normalizer { normalizers.normalizer(for: language) }

  /// The analysis of `text`, keeping everything needed to show an alignment.
  func analyze(_ text: String, language: String?) -> AnalyzedQuote {
    let normalized = normalizers.normalizer(for: language).normalize(text)
    let (tokens, terms, lang) = self.terms(
      key: normalized.text, language: language, original: OriginalCase(normalized))
    return AnalyzedQuote(normalized: normalized, language: lang, tokens: tokens, terms: terms)
  }

  /// The terms of a match key, its tokens and the language they were read in (the given one,
  /// else the one its function words point to).
  func terms(
    key: String, language: String?, original: OriginalCase? = nil
  ) -> ([KeyToken], [Term], String?) {
    let lang = language.flatMap(Self.primary)
    let tokens = KeyTokenizer.tokens(in: key, language: lang)
    var copy = key
    return copy.withUTF8 { bytes in
      let lexicon = Lexicon.shared
      let effective = lang ?? lexicon.guessLanguage(tokens.map(\.hash))
      let english = effective == "en"
      // The English word tables (compounds, acronyms) also read text of no known language: a
      // short quote often has too few function words to tell.
      let englishTables = english || effective == nil
      var terms: [Term] = []
      terms.reserveCapacity(tokens.count + 2)
      for (k, tok) in tokens.enumerated() {
        let range = Int32(k)..<Int32(k + 1)
        var flags: TermFlags = []
        if tok.flags.contains(.bracketed) { flags.insert(.bracketed) }
        if tok.flags.contains(.gapBefore) { flags.insert(.gapBefore) }
        if tok.flags.contains(.gapAfter) { flags.insert(.gapAfter) }
        if tok.flags.contains(.numeric) { flags.insert(.numeric) }
        if tok.flags.contains(.apostrophe) {
          let word = UnsafeBufferPointer(rebasing: bytes[tok.bytes])
          if let parts = apostropheParts(Array(word)[...], english: english) {
            for (j, (surface, lemma)) in parts.enumerated() {
              var f = flags
              if j > 0 { f.remove(.gapBefore) }
              if j < parts.count - 1 { f.remove(.gapAfter) }
              if parts.count > 1 { f.insert(.rewritten) }
              terms.append(Term(surface: surface, lemma: lemma, lexeme: lemma, tokens: range, flags: f))
            }
            continue
          }
        }
        // An adjective with a negative prefix (or a verb of stance with `dis-`) is read as `not`
        // and the word it negates, as a translator may write either (`unacceptable` / `not
        // acceptable`, `disagree` / `do not agree`).
        if englishTables, !flags.contains(.numeric), let base = lexicon.negated[tok.hash] {
          var f = flags
          f.remove(.gapAfter)
          terms.append(Term(surface: Self.not, lemma: Self.not, lexeme: Self.not, tokens: range, flags: f))
          f = flags
          f.remove(.gapBefore)
          terms.append(Term(surface: base, lemma: base, lexeme: base, tokens: range, flags: f))
          continue
        }
        // A closed English compound is read as its two words, as the open and hyphenated
        // spellings are (`healthcare`, `health care`, `health-care`).
        if englishTables, !flags.contains(.numeric), let (first, second) = lexicon.compounds[tok.hash] {
          var f = flags
          f.remove(.gapAfter)
          terms.append(Term(surface: first, lemma: first, lexeme: first, tokens: range, flags: f))
          f = flags
          f.remove(.gapBefore)
          terms.append(Term(surface: second, lemma: second, lexeme: second, tokens: range, flags: f))
          continue
        }
        terms.append(Term(surface: tok.hash, lemma: tok.hash, lexeme: tok.hash, tokens: range, flags: flags))
      }
      if englishTables {
        Acronyms.apply(&terms, tokens: tokens, bytes: bytes, original: original)
      }
      // The paraphrase rules key on English words only (`going to`, `no one`, `won't`): they
      // read text of no known language too, for the same reason.
      if englishTables && options.contains(.paraphrases) { EnglishParaphrases.apply(&terms, tokens: tokens) }
      if options.contains(.paraphrases) {
        RomanceFuture.apply(&terms, tokens: tokens, bytes: bytes, language: effective)
      }
      if options.contains(.inflections), let l = effective, LightStemmer.languages.contains(l) {
        // A term of several tokens is a periphrasis whose last word is its verb (``RomanceFuture``).
        for k in terms.indices where terms[k].flags.isDisjoint(with: [.rewritten, .numeric]) {
          let tok = tokens[Int(terms[k].tokens.upperBound) - 1]
          // An acronym is not inflected (and its bytes hold dots and spaces: `i. a.`).
          guard tok.flags.isDisjoint(with: [.apostrophe, .dotted]) else { continue }
          terms[k].lemma = LightStemmer.stem(UnsafeBufferPointer(rebasing: bytes[tok.bytes]))
          terms[k].flags.insert(.stemmed)
        }
      }
      classify(&terms, language: effective)
      markLeadIn(&terms, tokens: tokens)
      if let original { markNames(&terms, tokens: tokens, bytes: bytes, original: original) }
      return (tokens, terms, effective)
    }
  }

  /// Gives each word the text capitalized as a name (`Zelenskyy`; not a function word, a
  /// number or a rewritten term) the skeleton of its transliteration (``Term/name``), so that
  /// two romanizations of one name match (`Zelensky`, `Selenskyj`), in any language.
  ///
  /// - Complexity: O(*n*) in the key's length.
  func markNames(
    _ terms: inout [Term], tokens: [KeyToken], bytes: UnsafeBufferPointer<UInt8>, original: OriginalCase
  ) {
    for k in terms.indices
    where terms[k].tokens.count == 1
      && terms[k].flags.isDisjoint(with: [.function, .negation, .numeric, .rewritten, .leadIn])
      // A word split in two terms (`won't`, `healthcare`) is no name.
      && (k == 0 || terms[k - 1].tokens != terms[k].tokens)
      && (k + 1 == terms.count || terms[k + 1].tokens != terms[k].tokens)
    {
      let token = tokens[Int(terms[k].tokens.lowerBound)]
      guard token.scalars.count >= 3, !token.flags.contains(.dotted),
        original.isCapitalized(token.scalars)
      else { continue }
      if let known = original.skeletons.hashes[token.hash] {
        terms[k].name = known
        continue
      }
      let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.bytes]), as: UTF8.self)
      let name = WordHash.of(NameKey.skeleton(folded: word))
      original.skeletons.hashes[token.hash] = name
      terms[k].name = name
    }
  }

  /// The parts of a word with an apostrophe: English contractions, or an elided article or
  /// pronoun and its word elsewhere (`l'etat` → `l` `etat`).
  func apostropheParts(_ word: ArraySlice<UInt8>, english: Bool) -> [(UInt64, UInt64)]? {
    if english { return EnglishParaphrases.contraction(word) }
    guard let p = word.firstIndex(of: UInt8(ascii: "'")), p - word.startIndex <= 5 else { return nil }
    let head = WordHash.of(word[word.startIndex..<p])
    let tail = WordHash.of(word[(p + 1)...])
    return [(head, head), (tail, tail)]
  }

  /// `not`, the negation an adjective's negative prefix is read as.
  static let not = WordHash.of("not")

  /// The term of plural words of the power of ten `order` (`hundreds`, `cientos`: 2).
  static func magnitudeLexeme(_ order: Int) -> UInt64 { WordHash.of("1e\(order)s") }

  /// Sets lemma, class and the function/negation/temporal flags. Text of no known language
  /// gets the English inflections and synonyms, as it gets the other English tables: a short
  /// quote (`Hundreds were evacuated`) has too few function words to tell, and read otherwise
  /// than its English counterpart (`evacuated` as `evacuate` there) it would miss its own words.
  func classify(_ terms: inout [Term], language: String?) {
    let lexicon = Lexicon.shared
    let english = language == "en" || language == nil
    for k in terms.indices {
      var t = terms[k]
      if lexicon.negations.contains(t.surface) {
        t.flags.insert(.negation)
      } else if lexicon.isFunctionWord(t.surface, language: language) {
        t.flags.insert(.function)
      }
      if lexicon.temporal.contains(t.surface) { t.flags.insert(.temporal) }
      if lexicon.counterparts.contains(t.surface) { t.flags.insert(.counterpart) }
      if t.flags.contains(.stemmed) {
        t.lexeme = t.lemma
      } else if !t.flags.contains(.rewritten) && !t.flags.contains(.numeric) {
        if english && options.contains(.inflections) {
          t.lemma = lexicon.lemma[t.lemma] ?? t.lemma
        }
        t.lexeme = t.lemma
        if english && options.contains(.synonyms) {
          t.lexeme = lexicon.synonymClass[t.lemma] ?? t.lemma
        }
      }
      // An order of magnitude is one term in every language that writes it so.
      if let order = lexicon.magnitude(of: t.surface, language: language) {
        t.lexeme = Self.magnitudeLexeme(order)
      }
      terms[k] = t
    }
  }

  /// Marks the opening clause as a lead-in when it is one or two words, one a discourse word
  /// and none a content word (`No,` `Furthermore,` `Well, yes,`), and more follows.
  func markLeadIn(_ terms: inout [Term], tokens: [KeyToken]) {
    guard terms.count >= 3 else { return }
    var end = 1
    while end < terms.count, end <= 2 {
      let tok = Int(terms[end].tokens.lowerBound)
      if tok < tokens.count, tokens[tok].flags.contains(.clauseStart), terms[end].tokens != terms[end - 1].tokens {
        break
      }
      end += 1
    }
    guard end <= 2, end < terms.count else { return }
    let lexicon = Lexicon.shared
    var sawLeadIn = false
    for k in 0..<end {
      let s = terms[k].surface
      if lexicon.leadIns.contains(s) {
        sawLeadIn = true
      } else if !terms[k].flags.contains(.function) {
        return
      }
    }
    guard sawLeadIn else { return }
    for k in 0..<end { terms[k].flags.insert(.leadIn) }
  }

  /// The primary subtag of a BCP 47 code, lower-cased (`pt-BR` → `pt`); nil for `und`/`auto`.
  static func primary(_ code: String) -> String? {
    let p = code.split(separator: "-").first.map { $0.lowercased() } ?? ""
    return p.isEmpty || p == "und" || p == "auto" ? nil : p
  }
}

/// One match-profile normalizer per language, made on first use and shared: the language
/// matters to Turkic case folding and to variant folding.
final class NormalizerCache: Sendable {
  private let cache = Mutex<[String: Normalizer]>([:])
  private let plain = Normalizer(profile: .match)

  func normalizer(for language: String?) -> Normalizer {
    guard let language, !language.isEmpty else { return plain }
    return cache.withLock { c in
      if let n = c[language] { return n }
      let n = Normalizer(profile: .match, language: language)
      c[language] = n
      return n
    }
  }
}
