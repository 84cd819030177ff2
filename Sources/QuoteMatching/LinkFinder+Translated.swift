extension LinkFinder {
  /// The links of `own` together with the links found by reading the same quotations through
  /// a translation (`translated`: the same quotations, in the same order, with the same
  /// speakers and dates, their texts translated).
  ///
  /// Why: the lexical knowledge that lets two wordings of one statement match (synonyms,
  /// paraphrases, inflections) exists for English only. Two Spanish renderings of one English
  /// sentence, `Preferiblemente, los dos al mismo tiempo en hoyos diferentes.` and `De
  /// preferencia, ambos al mismo tiempo en distintos hoyos.`, share few words as written but
  /// more once both are English (`different`, `both`, `preferably`).
  ///
  /// How: links are found in the translated collection under the same groups, so a link means
  /// the same pair of quotations in both readings. A pair linked only through translation is
  /// aligned as written too; both are scored by ``Calibration/throughTranslation(own:ownLinked:translated:linkThreshold:)``
  /// (the geometric mean of the two readings, so a translation that makes two different
  /// sentences alike cannot link them when the originals share nothing). On the NTREX renderings
  /// (`Benchmarks/cluster/ntrex_quotes.py`) this raised pair recall from 0.815 to 0.869 at
  /// precision 0.932 (held-out half) and from 0.781 to 0.854 at precision 0.923 → 0.904.
  ///
  /// - Complexity: the candidate search and alignments of ``links(_:candidates:)`` on the
  ///   translated collection, plus one alignment as written per pair linked only there.
  func links(
    _ groups: Groups, own: [Link], translated: QuoteCollection, candidates: QuoteClusterer.Candidates
  ) -> (links: [Link], scored: Int) {
    guard translated.count == collection.count, collection.count > 1 else { return (own, 0) }
    let other = LinkFinder(collection: translated, configuration: configuration)
    let (through, scored, _) = other.links(groups, candidates: candidates)
    var result = own
    var at: [UInt64: Int] = [:]
    func key(_ l: Link) -> UInt64 { UInt64(UInt32(bitPattern: l.a)) << 32 | UInt64(UInt32(bitPattern: l.b)) }
    for (k, l) in own.enumerated() { at[key(l)] = k }
    var scorer = PairScorer()
    let tolerance = configuration.dateToleranceDays
    let threshold = configuration.linkThreshold
    collection.withTermBuffers { buffers in
      for l in through {
        if let k = at[key(l)] {
          let s = Calibration.throughTranslation(
            own: Double(result[k].score), ownLinked: true, translated: Double(l.score), linkThreshold: threshold)
          result[k].score = Float(s ?? Double(result[k].score))
          continue
        }
        let a = Int(l.a)
        let b = Int(l.b)
        let e = scorer.evidence(
          buffers.slice(collection.terms(a)), buffers.slice(collection.terms(b)), wantPairs: false)
        // Opposite things in the same words as written: no translation links them.
        if e.polarityConflict || e.factConflict { continue }
        let ia = collection.identities[a]
        let prior = ia.knownAndAgreeing(with: collection.identities[b], toleranceDays: tolerance)
          ? Calibration.sameSpeakerAndDayLogOdds : 0
        guard
          let s = Calibration.throughTranslation(
            own: Calibration.score(e, priorLogOdds: prior), ownLinked: false, translated: Double(l.score),
            linkThreshold: threshold)
        else { continue }
        at[key(l)] = result.count
        result.append(Link(a: l.a, b: l.b, score: Float(s)))
      }
    }
    return (result, scored)
  }
}
