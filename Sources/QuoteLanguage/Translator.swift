/// A machine translation backend: many texts in, their translations out, in order.
///
/// Backends run batches (one set of processes per call, not per text) and hand each
/// translation on as soon as it is ready. Conforming types: ``ApertiumTranslator`` (Apertium's
/// rule-based translation, with pivoting), ``LexiconTranslator`` (word by word through
/// Apertium's morphological analysers and bilingual dictionaries, with every translation of
/// every word kept as evidence), and ``PassthroughTranslator`` (no translation).
///
/// ```swift
/// let t: any Translator = ApertiumTranslator()
/// try t.translate(["Eso no va a ocurrir."], from: "es", to: "en")  // ["This will not occur"]
/// ```
public protocol Translator: Sendable {
  /// A short name for reports (`apertium`, `lexicon`, `none`).
  var name: String { get }

  /// Whether this backend can translate `source` into `target` here (the pair, or a pivot
  /// route, is installed).
  ///
  /// - Complexity: O(number of installed pairs).
  func canTranslate(from source: String, to target: String) -> Bool

  /// Translates `texts` from `source` into `target` (BCP 47 tags), calling `body` with each
  /// text's index and translation, in order, as they come.
  ///
  /// - Throws: ``QuoteLanguageError`` when the pair or a tool is missing (the message names the
  ///   Debian package) or a backend process fails; untranslatable words are not errors (they
  ///   pass through unchanged).
  /// - Complexity: O(*n*) in the total length, in one batch of processes per call (per route
  ///   step when pivoting).
  func translate(
    _ texts: [String], from source: String, to target: String,
    each body: (Int, String) throws -> Void
  ) throws
}

extension Translator {
  /// The translations of `texts`, in order.
  ///
  /// ```swift
  /// try ApertiumTranslator().translate(["Hola", "Adiós"], from: "es", to: "en")  // ["Hello", "Goodbye"]
  /// ```
  ///
  /// - Complexity: as ``translate(_:from:to:each:)``.
  public func translate(_ texts: [String], from source: String, to target: String) throws
    -> [String]
  {
    var out = [String](repeating: "", count: texts.count)
    try translate(texts, from: source, to: target) { i, t in out[i] = t }
    return out
  }
}

/// The backend that translates nothing (`--translate-with none`): texts come back unchanged,
/// so texts in different languages match only on what they share verbatim (names, numbers,
/// cognates).
///
/// ```swift
/// try PassthroughTranslator().translate(["Hola"], from: "es", to: "en")  // ["Hola"]
/// ```
public struct PassthroughTranslator: Translator {
  /// `none`.
  public var name: String { "none" }

  /// Creates the backend.
  ///
  /// - Complexity: O(1).
  public init() {}

  /// Always true.
  ///
  /// - Complexity: O(1).
  public func canTranslate(from source: String, to target: String) -> Bool { true }

  /// Hands every text back unchanged.
  ///
  /// - Complexity: O(*n*) in the number of texts.
  public func translate(
    _ texts: [String], from source: String, to target: String,
    each body: (Int, String) throws -> Void
  ) throws {
    for (i, t) in texts.enumerated() { try body(i, t) }
  }
}
