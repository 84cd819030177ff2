import QuoteNormalization

extension QuoteCollection {
  /// Builds a ``QuoteCollection`` batch by batch, so that a reader can stream a large input
  /// and keep only the compact form (each batch is analysed on all cores).
  ///
  /// ```swift
  /// var b = QuoteCollection.Builder(matcher: QuoteMatcher(), keepingRecords: false)
  /// b.append(firstThousand)
  /// b.append(nextThousand)
  /// let collection = b.build()
  /// ```
  public struct Builder {
    let matcher: QuoteMatcher
    let keepingRecords: Bool
    var records: [QuoteRecord] = []
    var ids: [String] = []
    var identities: [UtteranceIdentity] = []
    var start: [Int32] = [0]
    var lexemeHash: [UInt64] = []
    var surface: [UInt32] = []
    var lemma: [UInt32] = []
    var flags: [TermFlags] = []
    var name: [UInt32] = []

    /// An empty builder.
    ///
    /// - Complexity: O(1).
    public init(matcher: QuoteMatcher = QuoteMatcher(), keepingRecords: Bool = true) {
      self.matcher = matcher
      self.keepingRecords = keepingRecords
    }

    /// The number of quotations appended so far.
    public var count: Int { ids.count }

    /// Analyses `batch` on all cores and appends it.
    ///
    /// - Complexity: O(*n*) in the total length of the texts.
    public mutating func append(_ batch: [QuoteRecord]) {
      let analyzer = matcher.analyzer
      let chunks = Parallel.ranges(batch.count, perCore: 4, minimum: 256)
      let parts = Parallel.map(chunks: chunks.count) { k in
        var part = Part()
        let skeletons = SkeletonCache()
        for r in batch[chunks[k]] {
          let normalized = analyzer.normalizer(for: r.language).normalize(r.text)
          let (_, terms, _) = analyzer.terms(
            key: normalized.text, language: r.language, original: OriginalCase(normalized, skeletons: skeletons))
          part.counts.append(Int32(terms.count))
          for t in terms {
            part.lexemeHash.append(t.lexeme)
            part.surface.append(PackedTerms.fingerprint(t.surface))
            part.lemma.append(PackedTerms.fingerprint(t.lemma))
            part.flags.append(t.flags)
            part.name.append(PackedTerms.fingerprint(t.name))
          }
          part.identities.append(UtteranceIdentity(r))
        }
        return part
      }
      for (k, part) in parts.enumerated() {
        for (j, r) in batch[chunks[k]].enumerated() {
          ids.append(r.id)
          start.append(start[start.count - 1] + part.counts[j])
        }
        identities.append(contentsOf: part.identities)
        lexemeHash.append(contentsOf: part.lexemeHash)
        surface.append(contentsOf: part.surface)
        lemma.append(contentsOf: part.lemma)
        flags.append(contentsOf: part.flags)
        name.append(contentsOf: part.name)
      }
      if keepingRecords { records.append(contentsOf: batch) }
    }

    /// The analysis of one chunk of a batch.
    private struct Part: Sendable {
      var counts: [Int32] = []
      var identities: [UtteranceIdentity] = []
      var lexemeHash: [UInt64] = []
      var surface: [UInt32] = []
      var lemma: [UInt32] = []
      var flags: [TermFlags] = []
      var name: [UInt32] = []
    }

    /// The collection: class ids assigned, document frequencies counted, weights computed.
    ///
    /// - Complexity: O(*t*) in the total number of terms.
    public consuming func build() -> QuoteCollection {
      var vocabulary: [UInt64: UInt32] = [:]
      vocabulary.reserveCapacity(max(1024, lexemeHash.count / 8))
      var lexeme = [UInt32](repeating: 0, count: lexemeHash.count)
      for (k, h) in lexemeHash.enumerated() {
        if let id = vocabulary[h] {
          lexeme[k] = id
        } else {
          let id = UInt32(vocabulary.count)
          vocabulary[h] = id
          lexeme[k] = id
        }
      }
      lexemeHash = []
      var frequency = [Int32](repeating: 0, count: vocabulary.count)
      var seen = [Int32](repeating: -1, count: vocabulary.count)
      let n = ids.count
      for i in 0..<n {
        for k in Int(start[i])..<Int(start[i + 1]) where !flags[k].contains(.bracketed) {
          let id = Int(lexeme[k])
          if seen[id] != Int32(i) {
            seen[id] = Int32(i)
            frequency[id] += 1
          }
        }
      }
      var weight = [Float](repeating: 0, count: lexeme.count)
      for k in 0..<lexeme.count {
        weight[k] = TermWeighting.weight(documentFrequency: Int(frequency[Int(lexeme[k])]), documents: n, flags: flags[k])
      }
      return QuoteCollection(
        matcher: matcher, records: keepingRecords ? records : nil, ids: ids, identities: identities, start: start,
        lexeme: lexeme, surface: surface, lemma: lemma, flags: flags, weight: weight, name: name, frequency: frequency,
        vocabulary: vocabulary)
    }
  }
}
