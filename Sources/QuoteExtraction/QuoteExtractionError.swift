/// The one error of this module: a lexicon that cannot be read. Text is never an error:
/// malformed quotations give partial results with diagnostics.
///
/// ```swift
/// do { _ = try CueLexicon(language: "en", tsv: "verb\tsaid\n") } catch {
///   print(error)  // line 1: unknown category "verb"; use one of cue, source, …
/// }
/// ```
public struct QuoteExtractionError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What went wrong; an extensible set of codes.
  public struct Code: RawRepresentable, Sendable, Hashable {
    /// The code's name (`"unclosed-quote"`), or the option's bits.
    public let rawValue: String
    /// The value with this raw value.
    ///
    /// - Complexity: O(1).
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A lexicon line names a category that does not exist.
    public static let unknownCategory = Code(rawValue: "unknown-category")
    /// A lexicon line has no entry after its category.
    public static let emptyEntry = Code(rawValue: "empty-entry")
    /// A lexicon attribute is not one the category takes.
    public static let badAttribute = Code(rawValue: "bad-attribute")
  }

  /// What went wrong.
  public var code: Code
  /// What went wrong and what to do, with the line number.
  public var message: String

  /// Creates an error.
  ///
  /// - Complexity: O(1).
  public init(code: Code, message: String) {
    self.code = code
    self.message = message
  }

  /// The message.
  public var description: String { message }
}
