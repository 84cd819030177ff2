extension QuoteExtractor {
  /// How a ``QuoteExtractor`` works: which switches are on and which lexicons it reads.
  ///
  /// ```swift
  /// var c = QuoteExtractor.Configuration()
  /// c.options.remove(.repair)                 // the text is known to be clean
  /// c.lexicons["en"] = CueLexicon.builtIn("en")!.merging(try CueLexicon(language: "en", tsv: "cue\tquipped"))
  /// let x = QuoteExtractor(configuration: c)
  /// ```
  public struct Configuration: Sendable {
    /// Independent switches.
    public struct Options: OptionSet, Sendable, Hashable {
      /// The code's name (`"unclosed-quote"`), or the option's bits.
      public let rawValue: UInt32
      /// The value with this raw value.
      ///
      /// - Complexity: O(1).
      public init(rawValue: UInt32) { self.rawValue = rawValue }

      /// Run the `repair` normalization first (HTML entities, mojibake, invisible characters)
      /// and map every range back to the original text.
      public static let repair = Options(rawValue: 1 << 0)
      /// Find speakers and cues.
      public static let attribution = Options(rawValue: 1 << 1)
      /// Mark headings and boilerplate blocks (related links, tag lists) as such.
      public static let regions = Options(rawValue: 1 << 2)

      /// Everything.
      public static let all: Options = [.repair, .attribution, .regions]
    }

    /// The switches; all on by default.
    public var options: Options = .all
    /// Lexicons by language (primary subtag), used instead of the built-in ones.
    public var lexicons: [String: CueLexicon] = [:]
    /// The language to assume when none is given and none can be guessed; `nil` reads such
    /// text for marks and structure only.
    public var fallbackLanguage: String? = nil
    /// At most this many quotations open at once in a paragraph (real text nests three or four
    /// deep). An opening mark past it is ignored with a
    /// ``ExtractionDiagnostic/Code/nestingTooDeep`` diagnostic, which keeps extraction linear
    /// in time and output on text of many unclosed marks. At least 1.
    public var maxOpenQuotations: Int = 16

    /// The default configuration: repair, attribution, regions; built-in lexicons.
    ///
    /// - Complexity: O(1).
    public init() {}

    /// A configuration with the given lexicons and switches.
    ///
    /// - Complexity: O(1).
    public init(
      options: Options = .all, lexicons: [String: CueLexicon] = [:], fallbackLanguage: String? = nil
    ) {
      self.options = options
      self.lexicons = lexicons
      self.fallbackLanguage = fallbackLanguage
    }

    /// The lexicon for `language`: the configured one, else the built-in one.
    func lexicon(for language: String) -> CueLexicon? {
      let primary = String(language.split(separator: "-").first ?? "").lowercased()
      return lexicons[primary] ?? CueLexicon.builtIn(primary)
    }
  }
}
