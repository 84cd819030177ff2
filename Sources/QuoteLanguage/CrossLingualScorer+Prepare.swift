import Dispatch
import Synchronization

extension CrossLingualScorer {
  /// Prepares quotations for comparison: identifies the languages not given, translates every
  /// language's quotations into every other language present (one translator batch and one
  /// dictionary batch per ordered pair, run concurrently), and weighs terms by the collection.
  ///
  /// A pair no backend translates (its package not installed) is reported in
  /// ``CrossLingualCollection/diagnostics``, and its quotations are compared on what they
  /// share verbatim.
  ///
  /// - Throws: ``QuoteLanguageError/Code/processFailed`` when a backend process fails.
  /// - Complexity: O(*n*) in the total length, times the number of other languages present,
  ///   plus the backends' work.
  public func prepare(_ quotes: [CrossLingualQuote]) throws -> CrossLingualCollection {
    var resolved = quotes
    var diagnostics: [String] = []
    for k in resolved.indices {
      if let l = resolved[k].language, !l.isEmpty {
        resolved[k].language = ApertiumInstallation.primary(l)
      } else {
        let found = configuration.identifier.identify(resolved[k].text).language
        if found == nil { diagnostics.append("\(resolved[k].id): language not identified") }
        resolved[k].language = found ?? "und"
      }
    }
    var byLanguage: [String: [Int]] = [:]
    var order: [String] = []
    for (k, q) in resolved.enumerated() {
      let l = q.language ?? "und"
      if byLanguage[l] == nil { order.append(l) }
      byLanguage[l, default: []].append(k)
    }
    let known = order.filter { $0 != "und" }
    var jobs: [Job] = []
    let apertium = configuration.translator as? ApertiumTranslator
    for s in known {
      for t in known where t != s {
        let indices = byLanguage[s] ?? []
        // One run of the pair's pipeline gives both the translation and the dictionary
        // evidence where the translator is Apertium with a direct pair (the common case).
        if configuration.lexicon != nil, let apertium, apertium.canShareAnalysis(from: s, to: t) {
          jobs.append(Job(source: s, target: t, kind: .both, indices: indices))
          continue
        }
        jobs.append(Job(source: s, target: t, kind: .translation, indices: indices))
        if configuration.lexicon != nil {
          jobs.append(Job(source: s, target: t, kind: .lexical, indices: indices))
        }
      }
    }
    let results = Mutex<[Int: JobResult]>([:])
    let texts = resolved.map(\.text)
    let batches = jobs
    DispatchQueue.concurrentPerform(iterations: batches.count) { n in
      let r = run(batches[n], texts)
      results.withLock { $0[n] = r }
    }
    var mt: [String: [Int: String]] = [:]  // target -> quote -> translation
    var lex: [String: [Int: [LexicalUnit]]] = [:]  // target -> quote -> units
    var ownLemmas: [Int: [LexicalUnit]] = [:]
    let finished = results.withLock { $0 }
    for n in jobs.indices {
      let job = jobs[n]
      switch finished[n] {
      case .translated(let out)?:
        for (k, i) in job.indices.enumerated() { mt[job.target, default: [:]][i] = out[k] }
      case .both(let out)?:
        for (k, i) in job.indices.enumerated() {
          mt[job.target, default: [:]][i] = out[k].translation
          lex[job.target, default: [:]][i] = out[k].units
          if ownLemmas[i] == nil { ownLemmas[i] = out[k].units }
        }
      case .analysed(let out)?:
        for (k, i) in job.indices.enumerated() {
          lex[job.target, default: [:]][i] = out[k]
          if ownLemmas[i] == nil { ownLemmas[i] = out[k] }
        }
      case .failed(let error)?:
        if error.code == .processFailed { throw error }
        if !diagnostics.contains(error.message) { diagnostics.append(error.message) }
      case nil: break
      }
    }
    var vocabulary = CrossLingualVocabulary()
    var prepared: [PreparedQuote] = []
    prepared.reserveCapacity(resolved.count)
    var lemmaCache: [String: [String]] = [:]
    func lemmaStems(_ lemma: String) -> [String] {
      if let s = lemmaCache[lemma] { return s }
      let s = FunctionWords.fold(lemma).split(separator: " ").map(String.init)
      lemmaCache[lemma] = s
      return s
    }
    // The key terms of every text and translation, on all cores (pure work); interning into
    // the vocabulary below stays sequential.
    let analysed = Self.keyTerms(of: resolved, translations: mt)
    for (i, q) in resolved.enumerated() {
      let lang = q.language ?? "und"
      let own = analysed[i].own
      let terms = own.stems.map { vocabulary.intern($0, kind: .stem, language: lang) }
      var lemmas: [Int32]
      if let units = ownLemmas[i] {
        lemmas = units.filter { !$0.isPunctuation }.flatMap { u in
          lemmaStems(u.lemma).map { vocabulary.intern($0, kind: .lemma, language: lang) }
        }
      } else {
        lemmas = own.stems.map { vocabulary.intern($0, kind: .lemma, language: lang) }
      }
      var renderings: [String: Rendering] = [:]
      for t in known where t != lang {
        var r = Rendering(text: "", terms: [], lexical: [])
        if let text = mt[t]?[i] {
          r.text = text
          r.terms = Self.sortedSet(
            (analysed[i].renderings[t]?.stems ?? []).map {
              vocabulary.intern($0, kind: .stem, language: t)
            })
        }
        if let units = lex[t]?[i] {
          // A word the dictionary lacks (a name, a number, an unknown word) stands for itself.
          r.lexical = units.filter { !$0.isPunctuation }.map { u in
            let targets = u.translations.isEmpty ? [u.lemma] : u.translations
            return Self.sortedSet(
              targets.flatMap {
                lemmaStems($0).map { vocabulary.intern($0, kind: .lemma, language: t) }
              })
          }
          if r.text.isEmpty {
            r.text = units.map { $0.translations.first ?? $0.lemma }.joined(separator: " ")
          }
        }
        if !r.text.isEmpty || !r.lexical.isEmpty {
          vocabulary.count(document: r.terms, language: t)
          renderings[t] = r
        }
      }
      vocabulary.count(document: terms, language: lang)
      vocabulary.count(document: lemmas, language: lang)
      prepared.append(
        PreparedQuote(
          language: lang, terms: Self.sortedSet(terms), length: own.stems.count,
          lemmas: Self.sortedSet(lemmas),
          numbers: Self.sortedSet(
            own.numbers.map { vocabulary.intern($0, kind: .number, language: "*") }),
          names: Self.sortedSet(
            own.names.map { vocabulary.intern($0, kind: .name, language: "*") }),
          renderings: renderings))
    }
    vocabulary.finish()
    return CrossLingualCollection(
      quotes: resolved, diagnostics: diagnostics, prepared: prepared, vocabulary: vocabulary)
  }

  /// The key terms of each quotation and of each of its translations (by target language),
  /// computed concurrently in slices of the collection.
  ///
  /// - Complexity: O(*n*) in the total length of texts and translations, over the cores.
  static func keyTerms(
    of quotes: [CrossLingualQuote], translations: [String: [Int: String]]
  ) -> [(own: KeyTerms, renderings: [String: KeyTerms])] {
    let empty = KeyTerms("", language: nil)
    let out = Mutex([(own: KeyTerms, renderings: [String: KeyTerms])](
      repeating: (empty, [:]), count: quotes.count))
    let slices = min(quotes.count, 64)
    guard slices > 0 else { return [] }
    DispatchQueue.concurrentPerform(iterations: slices) { n in
      let range = (quotes.count * n / slices)..<(quotes.count * (n + 1) / slices)
      var part: [(own: KeyTerms, renderings: [String: KeyTerms])] = []
      part.reserveCapacity(range.count)
      for i in range {
        let lang = quotes[i].language ?? "und"
        var renderings: [String: KeyTerms] = [:]
        for (t, texts) in translations where t != lang {
          if let text = texts[i] { renderings[t] = KeyTerms(text, language: t) }
        }
        part.append((KeyTerms(quotes[i].text, language: lang), renderings))
      }
      out.withLock { all in
        for (k, i) in range.enumerated() { all[i] = part[k] }
      }
    }
    return out.withLock { $0 }
  }

  /// One translator or dictionary batch: the quotations of one language into another.
  struct Job: Sendable {
    enum Kind: Sendable { case translation, lexical, both }
    var source: String
    var target: String
    var kind: Kind
    var indices: [Int]
  }

  enum JobResult: Sendable {
    case translated([String])
    case analysed([[LexicalUnit]])
    case both([AnalysedTranslation])
    case failed(QuoteLanguageError)
  }

  /// Runs a job on its distinct texts only (a collection often quotes one text many times).
  func run(_ job: Job, _ texts: [String]) -> JobResult {
    var distinct: [String] = []
    var slot: [String: Int] = [:]
    var of: [Int] = []
    of.reserveCapacity(job.indices.count)
    for i in job.indices {
      let t = texts[i]
      if let k = slot[t] {
        of.append(k)
      } else {
        slot[t] = distinct.count
        of.append(distinct.count)
        distinct.append(t)
      }
    }
    do {
      switch job.kind {
      case .both:
        if let apertium = configuration.translator as? ApertiumTranslator,
          let out = try apertium.translateAnalysing(distinct, from: job.source, to: job.target)
        {
          return .both(of.map { out[$0] })
        }
        // The mode changed under us: the two backends on their own.
        let mt = try configuration.translator.translate(
          distinct, from: job.source, to: job.target)
        let units =
          try configuration.lexicon?.analyze(distinct, from: job.source, to: job.target)
          ?? Array(repeating: [], count: distinct.count)
        return .both(of.map { AnalysedTranslation(translation: mt[$0], units: units[$0]) })
      case .lexical:
        guard let lexicon = configuration.lexicon else { return .analysed([]) }
        let out = try lexicon.analyze(distinct, from: job.source, to: job.target)
        return .analysed(of.map { out[$0] })
      case .translation: break
      }
      let out = try configuration.translator.translate(distinct, from: job.source, to: job.target)
      return .translated(of.map { out[$0] })
    } catch let error as QuoteLanguageError {
      return .failed(error)
    } catch {
      return .failed(QuoteLanguageError(code: .processFailed, message: "\(error)"))
    }
  }

  static func sortedSet(_ ids: [Int32]) -> [Int32] {
    Array(Set(ids)).sorted()
  }
}
