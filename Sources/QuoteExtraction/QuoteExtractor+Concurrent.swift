import QuoteNormalization

/// Many documents at once, on several cores.
extension QuoteExtractor {
  /// The quotations of each text, as ``extract(from:language:)`` gives them one by one, on up
  /// to `concurrency` threads (default: every core); the results in the order of `texts`.
  ///
  /// Documents are independent: each is extracted on its own, so the results do not depend on
  /// the number of threads. Memory is that of the documents in flight: a caller streaming many
  /// articles hands over a few megabytes at a time.
  ///
  /// ```swift
  /// let results = QuoteExtractor().extract(
  ///   concurrently: ["“We will win,” she said.", "«Nous gagnerons», a-t-il dit."],
  ///   languages: ["en", nil])
  /// results[1].quotes[0].text  // "Nous gagnerons"
  /// ```
  ///
  /// - Parameters:
  ///   - texts: The documents.
  ///   - languages: Each document's language (BCP 47), or `nil` (or no array) to guess it.
  ///   - concurrency: The most threads to use; `1` extracts on the calling thread.
  /// - Complexity: O(*n*) in the texts' total length, divided among the threads.
  public func extract(
    concurrently texts: [String], languages: [String?]? = nil, concurrency: Int? = nil
  ) -> [ExtractionResult] {
    let given = languages ?? []
    let language = { @Sendable (k: Int) -> String? in k < given.count ? given[k] : nil }
    return Parallel.map(texts.count, threads: concurrency ?? Parallel.cores) { k in
      extract(from: texts[k], language: language(k))
    }
  }
}
