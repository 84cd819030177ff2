import Foundation

/// A text's machine translation and its dictionary evidence, from one run of a pair's
/// pipeline (``ApertiumTranslator/translateAnalysing(_:from:to:)``).
struct AnalysedTranslation: Sendable, Hashable {
  /// The translation, as `apertium -u` gives it (unknown words unmarked).
  var translation: String
  /// The text's lexical units with every translation the bilingual dictionary gives.
  var units: [LexicalUnit]
}

extension ApertiumTranslator {
  /// Translates `texts` and gives their lexical units from **one** run of the pair's own
  /// pipeline, instead of `apertium` for the translation and ``LexiconTranslator`` for the
  /// evidence, which analysed every text twice.
  ///
  /// The pair's `.mode` file is split after its bilingual dictionary lookup (`lt-proc -b`):
  /// the first part (analyser, tagger, pretransfer, dictionary) runs once over the batch in
  /// null-flush mode; its output is parsed into ``LexicalUnit``s and handed, record by record,
  /// to the second part (lexical selection, transfer, generation). No shell, no `apertium`
  /// script (which adds `bash`, `sed`, two `gawk` and the deformatters per batch). The
  /// programs that read each unit on their own (the dictionary lookup, the generator,
  /// `apertium-postchunk`) see only the batch's distinct units (``UnitLookup``): the same
  /// output for about a quarter of their work.
  ///
  /// ```swift
  /// let t = ApertiumTranslator()
  /// let r = try t.translateAnalysing(["Dijeron que no."], from: "es", to: "en")
  /// r?[0].translation     // "They said that no."
  /// r?[0].units[0].lemma  // "decir"
  /// ```
  ///
  /// - Returns: `nil` when no direct mode is installed or its pipeline cannot be split (the
  ///   caller then runs the two backends on their own).
  /// - Throws: ``QuoteLanguageError/Code/processFailed`` when a program fails.
  /// - Complexity: O(*n*) in the total length of the texts; a few sets of processes per batch
  ///   (one per run of consecutive context-reading programs, one per looked-up program).
  func translateAnalysing(_ texts: [String], from source: String, to target: String) throws
    -> [AnalysedTranslation]?
  {
    guard installation.executable != nil, let mode = installation.mode(from: source, to: target),
      let spec = try? String(contentsOfFile: mode.path, encoding: .utf8),
      let split = Self.splitMode(spec)
    else { return nil }
    var out = [AnalysedTranslation](
      repeating: AnalysedTranslation(translation: "", units: []), count: texts.count)
    var start = 0
    while start < texts.count {
      let end = min(texts.count, start + batchSize)
      var streams = [String](repeating: "", count: end - start)
      let offset = start
      let records = LexiconTranslator.prepared(texts[start..<end], from: source).map(LexiconTranslator.record)
      try UnitLookup.run(split.analysis, over: records) {
        i, stream in
        streams[i] = stream
        out[offset + i].units = LexicalUnit.parse(stream)
      }
      try UnitLookup.run(split.generation, over: streams) { i, text in
        out[offset + i].translation = Self.tidy(Self.unescape(text))
      }
      start = end
    }
    return out
  }

  /// Whether ``translateAnalysing(_:from:to:)`` can serve `source` → `target` here (a direct
  /// mode whose pipeline splits).
  ///
  /// - Complexity: O(number of installed pairs) and one read of the mode file.
  func canShareAnalysis(from source: String, to target: String) -> Bool {
    guard installation.executable != nil, let mode = installation.mode(from: source, to: target),
      let spec = try? String(contentsOfFile: mode.path, encoding: .utf8)
    else { return false }
    return Self.splitMode(spec) != nil
  }

  /// A mode's pipeline cut after its bilingual dictionary lookup, each program with `-z`.
  struct SplitMode: Sendable, Hashable {
    var analysis: [ProcessPipeline.Stage]
    var generation: [ProcessPipeline.Stage]
  }

  /// Splits the text of a `.mode` file (programs joined by `|`, arguments quoted with `'`)
  /// after its `lt-proc -b`; `$1` becomes `-n` (unknown words unmarked, as `apertium -u`),
  /// `$2` (the tagger's option) is dropped. `nil` for anything a plain split cannot run (shell
  /// syntax, a program not on `PATH`, no dictionary lookup).
  ///
  /// - Complexity: O(*n*) in the length of the mode text.
  static func splitMode(_ spec: String) -> SplitMode? {
    var stages: [ProcessPipeline.Stage] = []
    for part in spec.split(separator: "|") {
      var words: [String] = []
      for raw in part.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
        var w = String(raw)
        if w.first == "'" || w.first == "\"" { w.removeFirst() }
        if w.last == "'" || w.last == "\"" { w.removeLast() }
        if w.contains(where: { ";&<>`(){}*?".contains($0) }) { return nil }
        if w == "$2" { continue }
        if w == "$1" { w = "-n" }
        if w.contains("$") { return nil }
        words.append(w)
      }
      guard let program = words.first else { return nil }
      let executable =
        program.hasPrefix("/") ? program : ApertiumInstallation.findExecutable(program)
      guard let executable else { return nil }
      var arguments = Array(words.dropFirst())
      if !arguments.contains("-z") { arguments.insert("-z", at: 0) }
      stages.append(ProcessPipeline.Stage(executable: executable, arguments: arguments))
    }
    guard
      let cut = stages.firstIndex(where: {
        $0.executable.hasSuffix("/lt-proc") && $0.arguments.contains("-b")
      }), cut + 1 < stages.count
    else { return nil }
    return SplitMode(analysis: Array(stages[...cut]), generation: Array(stages[(cut + 1)...]))
  }

  /// Generated text without the `\` escapes of Apertium's stream format (what
  /// `apertium-retxt` does for plain text).
  static func unescape(_ text: String) -> String {
    guard text.contains("\\") else { return text }
    var out = String.UnicodeScalarView()
    var escaped = false
    for c in text.unicodeScalars {
      if !escaped && c == "\\" {
        escaped = true
        continue
      }
      escaped = false
      out.append(c)
    }
    return String(out)
  }
}
