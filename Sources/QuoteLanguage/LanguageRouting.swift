import QuoteMatching

extension LanguageIdentifier {
  /// The language of a quotation: the tag given with it (its primary subtag), else the
  /// identified language when the identifier is at least `minimumConfidence` sure, else `nil`
  /// (short quotes often do not tell).
  ///
  /// ```swift
  /// let id = LanguageIdentifier()
  /// id.language(of: "Eso no va a ocurrir, dijo la presidenta.", given: nil)  // "es"
  /// id.language(of: "OK", given: nil)                                     // nil
  /// id.language(of: "anything", given: "en-GB")                           // "en"
  /// ```
  ///
  /// With `preferred` (the other side's language), a text whose words fit it nearly as well as
  /// the best language is taken to be in it: `Nobody wants a war.` next to English.
  ///
  /// - Complexity: O(*n*) in the length of the text.
  public func language(
    of text: String, given: String?, minimumConfidence: Double = 0.95, preferring preferred: String? = nil
  ) -> String? {
    if let given, !given.isEmpty { return ApertiumInstallation.primary(given) }
    let r = identify(text, preferring: preferred)
    guard let l = r.language, r.confidence >= minimumConfidence else { return nil }
    return l
  }
}

extension LanguageIdentifier {
  /// Of `languages`, the one `text` is read as when preferred (within a factor e^`margin` of
  /// the best language, ``identify(_:preferring:margin:)``), the most confident such reading;
  /// `nil` when none is.
  ///
  /// ```swift
  /// LanguageIdentifier().closest("No va a pasar.", among: ["en", "es"], margin: 8)  // "es"
  /// ```
  ///
  /// - Complexity: O(*k* × *n*) for *k* languages and a text of length *n*.
  public func closest(_ text: String, among languages: [String], margin: Float) -> String? {
    var best: (language: String, confidence: Double)? = nil
    for c in languages {
      let r = identify(text, preferring: c, margin: margin)
      if r.language == c, r.confidence > (best?.confidence ?? -1) { best = (c, r.confidence) }
    }
    return best?.language
  }
}

/// The languages of a mix of quotations, resolved once for clustering and search: each one's
/// language (given, or identified), and the *pivot*, the most frequent language (ties: the
/// first by name; with a translator, the most frequent one it can translate from and to),
/// into which the others are translated to find candidates. A quotation whose
/// language cannot be told is taken to be in the pivot language.
///
/// With a translator, a language it cannot translate to and from the pivot (and every other
/// language kept) is not compared across languages: its quotations are taken with the pivot's,
/// compared as written (as same-language matching compares any text), and the language is
/// listed in ``untranslatable`` for the caller to report. A multilingual collection then never
/// fails for want of one Debian pair.
struct LanguageRouting: Sendable {
  /// Each quotation's language.
  var languages: [String]
  /// The most frequent language.
  var pivot: String
  /// The languages present, sorted.
  var present: [String]
  /// Languages found but not translatable here, sorted (their quotations are under the pivot).
  var untranslatable: [String] = []
  /// Whether each quotation is under the pivot as written because its own language is not
  /// translatable here (its "translations" are the pivot's pair misreading another language).
  var asWritten: [Bool] = []

  /// Resolves `records` (``LanguageIdentifier/language(of:given:minimumConfidence:)``).
  ///
  /// - Complexity: O(*n*) in the total length, plus O(*k*²) route checks for *k* languages.
  init(
    _ records: [QuoteRecord], identifier: LanguageIdentifier, minimumConfidence: Double,
    translator: (any Translator)? = nil
  ) {
    let found = records.map {
      identifier.language(of: $0.text, given: $0.language, minimumConfidence: minimumConfidence)
    }
    var counts: [String: Int] = [:]
    for l in found { if let l { counts[l, default: 0] += 1 } }
    // Most frequent first (ties by name).
    let byFrequency = counts.keys.sorted {
      counts[$0] != counts[$1] ? counts[$0, default: 0] > counts[$1, default: 0] : $0 < $1
    }
    var pivot = byFrequency.first ?? "und"
    var kept: Set<String> = [pivot]
    // Languages a quotation identified as one left out may be taken in instead.
    var rescue: [String] = []
    // Languages translated to and from every kept one (or kept), for a quotation not surely
    // identified.
    var reachable: Set<String> = []
    if let translator {
      func routes(_ a: String, _ b: String) -> Bool {
        a == "und" || b == "und"
          || (translator.canTranslate(from: a, to: b) && translator.canTranslate(from: b, to: a))
      }
      // The pivot is the most frequent language that reaches another one present; each other
      // language is kept if it reaches every language kept before it.
      if let first = byFrequency.first(where: { l in byFrequency.contains { $0 != l && routes(l, $0) } }) {
        pivot = first
        kept = [first]
        for l in byFrequency where l != first && kept.allSatisfy({ routes(l, $0) }) { kept.insert(l) }
      }
      reachable = Set(identifier.candidates.filter { c in kept.contains(c) || kept.allSatisfy { routes(c, $0) } })
      untranslatable = Set(counts.keys).subtracting(kept).subtracting(["und"]).sorted()
      if !untranslatable.isEmpty {
        rescue = identifier.candidates.sorted().filter { c in
          kept.contains(c) || kept.allSatisfy { routes(c, $0) }
        }
      }
    } else {
      kept.formUnion(counts.keys)
    }
    // A quotation identified as a language left out, and given none, is taken in a language
    // kept or translated to and from every kept one that its words fit nearly as well (a short
    // Spanish quotation read as Catalan), else in the pivot.
    languages = records.indices.map { i in
      // Not identified surely: the likeliest language when it is three times likelier than all
      // others together and translated (`No vamos a permitirlo.` is Spanish at 0.89), else
      // the pivot.
      guard let l = found[i] else {
        let guess = identifier.identify(records[i].text)
        guard records[i].language?.isEmpty != false, let g = guess.language, g != pivot,
          guess.confidence >= Self.likelyConfidence, reachable.contains(g)
        else { return pivot }
        return g
      }
      if kept.contains(l) { return l }
      if records[i].language?.isEmpty == false { return pivot }
      return identifier.closest(
        records[i].text, among: rescue, margin: CrossLingualScorer.rescueMargin) ?? pivot
    }
    self.pivot = pivot
    let taken = languages
    asWritten = records.indices.map { i in
      taken[i] == pivot && found[i].map { $0 != pivot && $0 != "und" } == true
    }
    present = Set(languages).sorted()
    untranslatable = untranslatable.filter { l in
      records.indices.contains { found[$0] == l && languages[$0] == pivot && pivot != l }
    }
  }

  /// How sure the identifier must be of a quotation's likeliest language for it to be taken in
  /// that language rather than the pivot, when it is not sure enough to count it.
  static let likelyConfidence = 0.75

  /// Whether more than one language is present.
  var isMixed: Bool { present.count > 1 }

  /// Prepares every quotation for cross-lingual scoring, in the order of their ids (so that
  /// nothing depends on the order of the input); returns the collection and each record's
  /// position in it.
  ///
  /// - Throws: ``QuoteLanguageError`` when a translation backend is missing or fails.
  func prepare(_ records: [QuoteRecord], scorer: CrossLingualScorer, tags: [String]) throws
    -> (CrossLingualCollection, [Int])
  {
    // A pair no backend translates is an error here: a command asked to work across languages.
    try scorer.requireTranslation(between: present)
    let order = records.indices.sorted { tags[$0] < tags[$1] }
    var position = [Int](repeating: 0, count: records.count)
    for (k, i) in order.enumerated() { position[i] = k }
    let collection = try scorer.prepare(
      order.map { CrossLingualQuote(id: tags[$0], text: records[$0].text, language: languages[$0]) }
    )
    return (collection, position)
  }

  /// Each record's text in the pivot language: its own, or its translation.
  func pivotTexts(_ records: [QuoteRecord], _ c: CrossLingualCollection, _ position: [Int])
    -> [String]
  {
    records.indices.map { i in
      languages[i] == pivot
        ? records[i].text : (c.translation(of: position[i], into: pivot) ?? records[i].text)
    }
  }
}

extension CrossLingualScorer {
  /// The languages of `records` as this scorer's identifier and translator resolve them.
  ///
  /// - Complexity: O(*n*) in the total length.
  func routing(_ records: [QuoteRecord], minimumConfidence: Double) -> LanguageRouting {
    LanguageRouting(
      records, identifier: configuration.identifier, minimumConfidence: minimumConfidence,
      translator: configuration.translator)
  }

  /// Checks that the translation backend translates between every two of `languages` here.
  ///
  /// ```swift
  /// try CrossLingualScorer().requireTranslation(between: ["en", "es"])
  /// // without apertium-eng-spa: missing-pair "…; install it with: apt-get install apertium apertium-eng-spa"
  /// ```
  ///
  /// - Throws: ``QuoteLanguageError/Code/missingTool`` without the `apertium` program,
  ///   ``QuoteLanguageError/Code/missingPair`` for a pair not installed (naming the package).
  /// - Complexity: O(*k*² × number of installed pairs) for *k* languages.
  public func requireTranslation(between languages: [String]) throws {
    let translator = configuration.translator
    for s in languages where s != "und" {
      for t in languages where t != s && t != "und" {
        guard !translator.canTranslate(from: s, to: t) else { continue }
        if ApertiumInstallation.findExecutable("apertium") == nil {
          throw QuoteLanguageError(
            code: .missingTool,
            message: "the apertium program is not installed; install it with: apt-get install "
              + "apertium \(ApertiumInstallation.package(for: s, t) ?? "")")
        }
        throw ApertiumInstallation.missingPairError(from: s, to: t)
      }
    }
  }

  /// How much less likely (in nats) than the identified language a translated language may be
  /// for a short quotation to be taken in it, when the identified one is not translated (the
  /// other outcome, comparing as written, cannot find anything).
  static let rescueMargin: Float = 8

  /// Whether the backend translates `a` into `b` and back.
  func translatable(_ a: String, _ b: String) -> Bool {
    configuration.translator.canTranslate(from: a, to: b)
      && configuration.translator.canTranslate(from: b, to: a)
  }

  /// The language, `other` itself or one translated to and from it, that `text` fits nearly as
  /// well as the language it is identified as (within a factor e^``rescueMargin``), the most
  /// confident such reading; `nil` when none.
  ///
  /// - Complexity: O(*k* × *n*) for *k* candidate languages.
  func translatableReading(of text: String, with other: String) -> String? {
    let identifier = configuration.identifier
    let languages = identifier.candidates.sorted().filter { $0 == other || translatable($0, other) }
    return identifier.closest(text, among: languages, margin: Self.rescueMargin)
  }

  /// Compares each pair whose two languages differ (given, or identified when the identifier
  /// is `minimumConfidence` sure): all their texts are prepared as one collection (one
  /// translation batch per language pair, shared term weights). Pairs of one language, or of
  /// a language that cannot be told, give `nil`: same-language matching is for them.
  ///
  /// ```swift
  /// let r = try CrossLingualScorer().match(pairs: [
  ///   QuotePair(id: "1", a: "Eso no va a ocurrir.", b: "It's not going to happen.", languageA: "es"),
  ///   QuotePair(id: "2", a: "It won't happen.", b: "That won't happen."),
  /// ])
  /// r[0]?.verdict  // .same
  /// r[1]           // nil
  /// ```
  ///
  /// Only the language pairs that some pair needs must be installed. A pair whose languages
  /// were not both given, and that no installed pair translates, is compared as written (nil)
  /// and reported through `note`, once per language pair: an identified language may be a
  /// misreading of a short quote (a Spanish headline read as Catalan), and one such quote must
  /// not stop a batch. Languages given on both sides must be translatable.
  ///
  /// - Throws: as ``requireTranslation(between:)``, or when a backend process fails.
  /// - Complexity: one translation batch per language pair, then O(*m* + *n*) per pair.
  public func match(
    pairs: [QuotePair], minimumConfidence: Double = 0.95, note: ((String) -> Void)? = nil
  ) throws -> [CrossLingualMatch?] {
    let identifier = configuration.identifier
    var cross: [Int] = []
    var quotes: [CrossLingualQuote] = []
    var required = Set<[String]>()
    var routed: [[String]: Bool] = [:]
    for (k, p) in pairs.enumerated() {
      // Each side read with the other's language preferred: a short quotation's words often
      // fit some other language nearly as well.
      let alone = identifier.language(of: p.a, given: p.languageA, minimumConfidence: minimumConfidence)
      var sureB = identifier.language(
        of: p.b, given: p.languageB, minimumConfidence: minimumConfidence, preferring: alone)
      var sureA = identifier.language(
        of: p.a, given: p.languageA, minimumConfidence: minimumConfidence, preferring: sureB)
      // One side sure and the other not (`No vamos a permitirlo.`: Spanish, 0.89): the unsure
      // side is taken in its likeliest language when that is another one, since comparing as
      // written finds nothing across languages (the caller keeps the better of the two).
      if sureA == nil, let b = sureB, let guess = identifier.identify(p.a).language, guess != b { sureA = guess }
      if sureB == nil, let a = sureA, let guess = identifier.identify(p.b).language, guess != a { sureB = guess }
      guard var lb = sureB, var la = sureA, la != lb else { continue }
      let given = p.languageA?.isEmpty == false && p.languageB?.isEmpty == false
      // A short quotation read as a language no installed pair reaches (`No va a pasar.` as
      // Catalan, `Nobody wants a war.` as Polish) is taken in one that the words fit nearly as
      // well and that is translated (Spanish), or in the other side's (English).
      if !given && !translatable(la, lb) {
        if p.languageA?.isEmpty != false, let alt = translatableReading(of: p.a, with: lb) {
          la = alt
        } else if p.languageB?.isEmpty != false, let alt = translatableReading(of: p.b, with: la) {
          lb = alt
        }
        if la == lb { continue }
      }
      if !given {
        let key = [la, lb].sorted()
        if routed[key] == nil {
          do {
            try requireTranslation(between: key)
            routed[key] = true
          } catch {
            routed[key] = false
            note?(
              "pair \(p.id) (and any other identified as \(key[0]) and \(key[1])) compared as "
                + "written: \(error)")
          }
        }
        if routed[key] == false { continue }
      }
      cross.append(k)
      required.insert([la, lb].sorted())
      quotes.append(CrossLingualQuote(id: "\(k)a", text: p.a, language: la))
      quotes.append(CrossLingualQuote(id: "\(k)b", text: p.b, language: lb))
    }
    var out = [CrossLingualMatch?](repeating: nil, count: pairs.count)
    if cross.isEmpty { return out }
    for languages in required.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
      try requireTranslation(between: languages)
    }
    let collection = try prepare(quotes)
    for (n, k) in cross.enumerated() { out[k] = match(2 * n, 2 * n + 1, in: collection) }
    return out
  }
}
