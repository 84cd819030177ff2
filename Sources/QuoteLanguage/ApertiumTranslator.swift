/// Translation by Apertium, the rule-based machine translation system Debian packages with its
/// language pairs (`apertium-eng-spa`, `apertium-fr-es`, …).
///
/// Each batch runs `apertium -u -f line MODE` once, as a subprocess given an argument vector
/// (no shell): one text per line in, one translation per line out, read as it streams.
/// `-f line` makes Apertium translate every line on its own (no sentence or chunk spans two
/// texts) and `-u` drops the `*` it puts before unknown words, which then pass through
/// unchanged (names, and words its dictionaries lack). Where no direct pair is installed the
/// batch goes through Spanish or English (fr → es → en, pt → es → en, ca → es → en): one
/// process per step.
///
/// ```swift
/// let t = ApertiumTranslator()
/// try t.translate(["Eso no va a ocurrir."], from: "es", to: "en")  // ["This will not occur"]
/// try t.translate(["That won't happen."], from: "en", to: "es")    // ["Aquello no pasará"]
/// t.canTranslate(from: "fr", to: "en")  // true with apertium-fr-es and apertium-eng-spa
/// ```
public struct ApertiumTranslator: Translator {
  /// The installed pairs.
  public let installation: ApertiumInstallation
  /// The largest number of texts given to one process (bigger batches are split).
  public var batchSize: Int

  /// `apertium`.
  public var name: String { "apertium" }

  /// A translator over the pairs installed in `installation`.
  ///
  /// - Complexity: O(1).
  public init(installation: ApertiumInstallation = ApertiumInstallation(), batchSize: Int = 20_000)
  {
    self.installation = installation
    self.batchSize = max(1, batchSize)
  }

  /// Whether an installed pair, or two through a pivot, translate `source` into `target`.
  ///
  /// - Complexity: O(number of installed pairs).
  public func canTranslate(from source: String, to target: String) -> Bool {
    installation.executable != nil && installation.route(from: source, to: target) != nil
  }

  /// Translates `texts`, one `apertium` process per route step and batch.
  ///
  /// - Throws: ``QuoteLanguageError/Code/missingTool`` without `apertium`,
  ///   ``QuoteLanguageError/Code/missingPair`` without a route (naming the package to install),
  ///   ``QuoteLanguageError/Code/processFailed`` when Apertium fails.
  /// - Complexity: O(*n*) in the total length of the texts, per route step.
  public func translate(
    _ texts: [String], from source: String, to target: String,
    each body: (Int, String) throws -> Void
  ) throws {
    if ApertiumInstallation.primary(source) == ApertiumInstallation.primary(target) {
      for (i, t) in texts.enumerated() { try body(i, t) }
      return
    }
    guard let executable = installation.executable else {
      throw QuoteLanguageError(
        code: .missingTool,
        message: "the apertium program is not installed; install it with: apt-get install apertium "
          + (ApertiumInstallation.package(for: source, target) ?? ""))
    }
    guard let route = installation.route(from: source, to: target) else {
      throw ApertiumInstallation.missingPairError(from: source, to: target)
    }
    var start = 0
    while start < texts.count {
      let end = min(texts.count, start + batchSize)
      var batch = LexiconTranslator.prepared(texts[start..<end], from: source)
      for (step, mode) in route.enumerated() {
        let pipeline = ProcessPipeline(stages: [
          .init(executable: executable, arguments: ["-u", "-f", "line", mode.name])
        ])
        if step == route.count - 1 {
          let offset = start
          try pipeline.run(batch, separator: 0x0A) { i, line in
            try body(offset + i, Self.tidy(line))
          }
        } else {
          var next = batch
          try pipeline.run(batch, separator: 0x0A) { i, line in next[i] = Self.tidy(line) }
          batch = next
        }
      }
      start = end
    }
  }

  /// A translation without the stray spaces Apertium leaves (a doubled space where a word
  /// was dropped, spaces at the ends).
  static func tidy(_ line: String) -> String {
    line.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
  }
}
