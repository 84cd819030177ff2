/// The one error of this module: the environment lacks something a backend needs (an Apertium
/// pair, a tool), or a backend process failed. Text is never an error: an unknown language
/// gives `nil`, an untranslatable word passes through unchanged.
///
/// ```swift
/// do {
///   _ = try ApertiumTranslator().translate(["Bonjour"], from: "fr", to: "ja")
/// } catch let error as QuoteLanguageError {
///   print(error.code, error)  // missing-pair: no Apertium pair translates fr to ja; …
/// }
/// ```
public struct QuoteLanguageError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What went wrong; an extensible set of codes.
  public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    /// The code's name (`"missing-pair"`).
    public let rawValue: String
    /// The code with this name.
    ///
    /// - Complexity: O(1).
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The `apertium` or `lt-proc` program is not installed.
    public static let missingTool = Code(rawValue: "missing-tool")
    /// No installed Apertium mode (directly or through a pivot) translates the two languages.
    public static let missingPair = Code(rawValue: "missing-pair")
    /// A backend process could not be started, exited with an error, or gave fewer lines than
    /// it was given.
    public static let processFailed = Code(rawValue: "process-failed")

    /// The name.
    public var description: String { rawValue }
  }

  /// What went wrong.
  public var code: Code
  /// What went wrong and what to do (which Debian package to install).
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
