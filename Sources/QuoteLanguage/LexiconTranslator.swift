import Foundation

/// Word-level translation evidence from Apertium's morphological analysers, part-of-speech
/// taggers and bilingual dictionaries, run through its own tools (no translation rules): every
/// word of a text is analysed to its lemma (`dijeron` → `decir`), disambiguated by the pair's
/// tagger, and looked up in the bilingual dictionary with **all** its translations
/// (`decir` → `say`, `tell`).
///
/// The pipeline is read from the pair's `.mode` file and run without a shell, one set of
/// processes per batch, in Apertium's null-flush mode (texts separated by `\0`):
/// `lt-proc -z [-w] X.automorf.bin | [cg-proc -z -w X.rlx.bin |] apertium-tagger -z -g X.prob |
/// apertium-pretransfer -z | lt-proc -z -b X.autobil.bin`. As a ``Translator`` it glosses word
/// by word (each word's first translation); ``analyze(_:from:to:)`` gives the evidence. Needs a
/// direct pair: no pivoting.
///
/// ```swift
/// let lex = LexiconTranslator()
/// let units = try lex.analyze(["Dijeron que no."], from: "es", to: "en")[0]
/// units.map(\.lemma)          // ["decir", "que", "no", "."]
/// units[0].translations       // ["say", "tell"]
/// try lex.translate(["Dijeron que no."], from: "es", to: "en")  // ["say that no ."]
/// ```
public struct LexiconTranslator: Translator {
  /// The installed pairs.
  public let installation: ApertiumInstallation

  /// `lexicon`.
  public var name: String { "lexicon" }

  /// A backend over the pairs installed in `installation`.
  ///
  /// - Complexity: O(1).
  public init(installation: ApertiumInstallation = ApertiumInstallation()) {
    self.installation = installation
  }

  /// Whether a direct pair translates `source` into `target` and the tools are installed.
  ///
  /// - Complexity: O(number of installed pairs).
  public func canTranslate(from source: String, to target: String) -> Bool {
    (try? pipeline(from: source, to: target)) != nil
  }

  /// Glosses `texts` word by word: each word's first dictionary translation, unknown words
  /// unchanged, punctuation kept.
  ///
  /// - Complexity: O(*n*) in the total length; one set of processes per call.
  public func translate(
    _ texts: [String], from source: String, to target: String,
    each body: (Int, String) throws -> Void
  ) throws {
    if ApertiumInstallation.primary(source) == ApertiumInstallation.primary(target) {
      for (i, t) in texts.enumerated() { try body(i, t) }
      return
    }
    try analyze(texts, from: source, to: target) { i, units in
      try body(i, units.map { $0.translations.first ?? $0.lemma }.joined(separator: " "))
    }
  }

  /// The lexical units of each text, with their lemmas and every dictionary translation.
  ///
  /// - Throws: ``QuoteLanguageError`` when the tools or the pair are missing (naming the
  ///   package) or a process fails.
  /// - Complexity: O(*n*) in the total length; one set of processes per call.
  public func analyze(_ texts: [String], from source: String, to target: String) throws
    -> [[LexicalUnit]]
  {
    var out = [[LexicalUnit]](repeating: [], count: texts.count)
    try analyze(texts, from: source, to: target) { i, units in out[i] = units }
    return out
  }

  /// As ``analyze(_:from:to:)``, handing each text's units on in order once the dictionary
  /// has looked up the batch's distinct units.
  ///
  /// - Complexity: O(*n*) in the total length; two sets of processes per call.
  public func analyze(
    _ texts: [String], from source: String, to target: String,
    each body: (Int, [LexicalUnit]) throws -> Void
  ) throws {
    // The dictionary lookup sees each distinct unit once (``UnitLookup``).
    let p = try pipeline(from: source, to: target)
    try UnitLookup.run(p.stages, over: Self.prepared(texts, from: source).map(Self.record)) { i, stream in
      try body(i, LexicalUnit.parse(stream))
    }
  }

  /// The analysis pipeline of the direct pair, from its `.mode` file.
  func pipeline(from source: String, to target: String) throws -> ProcessPipeline {
    guard let ltProc = ApertiumInstallation.findExecutable("lt-proc"),
      let tagger = ApertiumInstallation.findExecutable("apertium-tagger"),
      let pretransfer = ApertiumInstallation.findExecutable("apertium-pretransfer")
    else {
      throw QuoteLanguageError(
        code: .missingTool,
        message:
          "Apertium's tools (lt-proc, apertium-tagger) are not installed; install them with: "
          + "apt-get install apertium lttoolbox")
    }
    guard let mode = installation.mode(from: source, to: target),
      let spec = try? String(contentsOfFile: mode.path, encoding: .utf8)
    else { throw ApertiumInstallation.missingPairError(from: source, to: target) }
    let words = spec.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "|" }).map {
      $0.trimmingCharacters(in: CharacterSet(charactersIn: "'\""))
    }
    func file(_ suffix: String) -> String? { words.first { $0.hasSuffix(suffix) } }
    guard let morph = file(".automorf.bin"), let bil = file(".autobil.bin") else {
      throw QuoteLanguageError(
        code: .missingPair,
        message:
          "the Apertium mode \(mode.name) has no analyser or bilingual dictionary; reinstall "
          + (ApertiumInstallation.package(for: source, target) ?? "its package"))
    }
    var stages: [ProcessPipeline.Stage] = []
    let wordBound = spec.contains("lt-proc -w")
    stages.append(
      .init(executable: ltProc, arguments: ["-z"] + (wordBound ? ["-w"] : []) + [morph]))
    if let rlx = file(".rlx.bin"), let cg = ApertiumInstallation.findExecutable("cg-proc") {
      stages.append(.init(executable: cg, arguments: ["-z", "-w", rlx]))
    }
    if let prob = file(".prob") {
      stages.append(.init(executable: tagger, arguments: ["-z", "-g", prob]))
    }
    stages.append(.init(executable: pretransfer, arguments: ["-z"]))
    stages.append(.init(executable: ltProc, arguments: ["-z", "-b", bil]))
    return ProcessPipeline(stages: stages)
  }

  /// One record of a null-flush batch: the escaped text and a blank. Without the blank,
  /// `lt-proc -z` drops what follows the last complete word at the `\0` (`1-0` → `1`,
  /// `logística` → the adjective): the last word of every quotation was lost or misread.
  static func record(_ text: String) -> String { escape(text) + " " }

  /// `texts` as Apertium reads them best from `source`: plural abbreviations joined
  /// (``joiningPluralAbbreviations(_:)``) and, from Spanish, the periphrastic future written as
  /// the simple one (``SpanishFuture``).
  ///
  /// - Complexity: O(*n*).
  static func prepared(_ texts: some Sequence<String>, from source: String) -> [String] {
    let spanish = ApertiumInstallation.primary(source) == "es"
    return texts.map { text in
      let joined = joiningPluralAbbreviations(text)
      return spanish ? SpanishFuture.rewrite(joined) : joined
    }
  }

  /// `text` with the space inside plural abbreviations removed: Spanish doubles an
  /// abbreviation's letters for the plural and writes a space between the words (`EE. UU.`,
  /// `FF. AA.`, `RR. HH.`), which Apertium reads as unknown pieces (`EE. UU.` → `EE. UU. It`)
  /// while it translates the unspaced form (`EE.UU.` → `USA`). Every text goes through this
  /// before Apertium reads it.
  ///
  /// ```swift
  /// LexiconTranslator.joiningPluralAbbreviations("EE. UU. y las FF. AA.")  // "EE.UU. y las FF.AA."
  /// ```
  ///
  /// - Complexity: O(*n*).
  static func joiningPluralAbbreviations(_ text: String) -> String {
    let s = Array(text.unicodeScalars)
    // A doubled capital and a period standing as a word: `EE.`.
    func doubled(_ i: Int) -> Bool {
      i + 2 < s.count && s[i] == s[i + 1] && s[i].properties.isUppercase && s[i + 2] == "."
        && (i == 0 || !s[i - 1].properties.isAlphabetic && s[i - 1] != ".")
    }
    var cut: [Int] = []
    var i = 0
    while i < s.count {
      if doubled(i) && i + 3 < s.count && s[i + 3] == " " && doubled(i + 4)
        && (i + 7 == s.count || !s[i + 7].properties.isAlphabetic)
      {
        cut.append(i + 3)
        i += 4
      } else {
        i += 1
      }
    }
    guard !cut.isEmpty else { return text }
    var out = String.UnicodeScalarView()
    var next = 0
    for (k, c) in s.enumerated() {
      if next < cut.count && cut[next] == k {
        next += 1
        continue
      }
      out.append(c)
    }
    return String(out)
  }

  /// `text` with the characters of Apertium's stream format escaped (what `apertium-destxt`
  /// does for plain text).
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count + 8)
    for c in text.unicodeScalars {
      switch c {
      case "^", "$", "/", "\\", "@", "<", ">", "[", "]", "{", "}", "*", "#", "+", "~":
        out.append("\\")
      default: break
      }
      out.unicodeScalars.append(c)
    }
    return out
  }
}
