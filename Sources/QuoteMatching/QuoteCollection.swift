/// Quotations analysed once and stored compactly for clustering and search: their ids,
/// speakers and dates, and their terms as flat arrays of class ids and weights learned from the
/// collection itself (IDF over its quotations).
///
/// The texts are kept only when asked (`keepingRecords`), so a million quotations fit in a few
/// hundred megabytes; everything else a comparison needs stays.
///
/// ```swift
/// let c = QuoteCollection([
///   QuoteRecord(id: "a", text: "That won't happen", date: "2025-11-04"),
///   QuoteRecord(id: "b", text: "It's not going to happen", date: "2025-11-04"),
/// ])
/// c.count  // 2
/// ```
public struct QuoteCollection: Sendable {
  /// The matcher whose analysis and thresholds the collection uses.
  public let matcher: QuoteMatcher
  /// The records, in the order given, when kept.
  public let records: [QuoteRecord]?
  let ids: [String]
  let identities: [UtteranceIdentity]
  /// Term offsets: the terms of quotation `i` are `start[i]..<start[i + 1]`.
  let start: [Int32]
  let lexeme: [UInt32]
  let surface: [UInt32]
  let lemma: [UInt32]
  let flags: [TermFlags]
  let weight: [Float]
  /// Name fingerprints (``Term/name``; 0: not a name).
  let name: [UInt32]
  /// Quotations holding each class id.
  let frequency: [Int32]
  /// Class hash → class id.
  let vocabulary: [UInt64: UInt32]

  /// The number of quotations.
  public var count: Int { ids.count }

  /// The identifier of quotation `i`.
  ///
  /// - Complexity: O(1).
  public func id(at i: Int) -> String { ids[i] }

  /// Analyses `records` on all cores.
  ///
  /// - Parameters:
  ///   - records: The quotations; their ids should be unique (ties are broken by id).
  ///   - matcher: The analysis and thresholds to use.
  ///   - keepingRecords: Keep the records (texts) for reports, alignments and search spans.
  /// - Complexity: O(*n*) in the total length of the texts.
  public init(_ records: [QuoteRecord], matcher: QuoteMatcher = QuoteMatcher(), keepingRecords: Bool = true) {
    var b = Builder(matcher: matcher, keepingRecords: keepingRecords)
    b.append(records)
    self = b.build()
  }

  init(
    matcher: QuoteMatcher, records: [QuoteRecord]?, ids: [String], identities: [UtteranceIdentity],
    start: [Int32], lexeme: [UInt32], surface: [UInt32], lemma: [UInt32], flags: [TermFlags],
    weight: [Float], name: [UInt32], frequency: [Int32], vocabulary: [UInt64: UInt32]
  ) {
    self.matcher = matcher
    self.records = records
    self.ids = ids
    self.identities = identities
    self.start = start
    self.lexeme = lexeme
    self.surface = surface
    self.lemma = lemma
    self.flags = flags
    self.weight = weight
    self.name = name
    self.frequency = frequency
    self.vocabulary = vocabulary
  }

  /// The terms of quotation `i`.
  func terms(_ i: Int) -> Range<Int> { Int(start[i])..<Int(start[i + 1]) }

  /// The total weight of quotation `i`.
  func totalWeight(_ i: Int) -> Double {
    var s = 0.0
    for k in terms(i) { s += Double(weight[k]) }
    return s
  }

  /// Calls `body` with buffers over the whole term arrays, to slice per quotation.
  func withTermBuffers<R>(_ body: (TermBuffers) -> R) -> R {
    lexeme.withUnsafeBufferPointer { l in
      surface.withUnsafeBufferPointer { s in
        lemma.withUnsafeBufferPointer { m in
          flags.withUnsafeBufferPointer { f in
            weight.withUnsafeBufferPointer { w in
              name.withUnsafeBufferPointer { n in
                body(TermBuffers(lexeme: l, surface: s, lemma: m, flags: f, weight: w, name: n))
              }
            }
          }
        }
      }
    }
  }

  /// The weight of a class id for a term with `flags` in this collection.
  func weight(lexeme id: UInt32?, flags: TermFlags) -> Float {
    let df = id.map { Int(frequency[Int($0)]) } ?? 0
    return TermWeighting.weight(documentFrequency: df, documents: count, flags: flags)
  }
}

/// Buffers over a collection's term arrays.
struct TermBuffers {
  let lexeme: UnsafeBufferPointer<UInt32>
  let surface: UnsafeBufferPointer<UInt32>
  let lemma: UnsafeBufferPointer<UInt32>
  let flags: UnsafeBufferPointer<TermFlags>
  let weight: UnsafeBufferPointer<Float>
  let name: UnsafeBufferPointer<UInt32>

  /// The terms `r` as a ``TermSlice``.
  @inline(__always)
  func slice(_ r: Range<Int>) -> TermSlice {
    TermSlice(
      lexeme: UnsafeBufferPointer(rebasing: lexeme[r]), surface: UnsafeBufferPointer(rebasing: surface[r]),
      lemma: UnsafeBufferPointer(rebasing: lemma[r]), flags: UnsafeBufferPointer(rebasing: flags[r]),
      weight: UnsafeBufferPointer(rebasing: weight[r]), name: UnsafeBufferPointer(rebasing: name[r]))
  }
}
