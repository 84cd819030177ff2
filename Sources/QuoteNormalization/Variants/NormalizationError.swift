/// An error of QuoteNormalization: only reading configuration (an alias file) can fail;
/// malformed *text* is never an error.
///
/// ```swift
/// do { _ = try AliasTable(parsing: "{\"AMLO\": 1}") } catch let e as NormalizationError {
///   e.code == .badAliasFile  // true
///   e.message  // "alias file, line 1: …; write {\"alias\": \"canonical\", …} or alias<TAB>canonical lines"
/// }
/// ```
///
/// - Complexity: O(1).
public struct NormalizationError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What kind of error; new codes may be added.
  public struct Code: RawRepresentable, Sendable, Hashable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    /// An alias file that is neither a JSON object of strings nor alias-TAB-canonical lines.
    public static let badAliasFile = Code(rawValue: "bad-alias-file")
  }

  public let code: Code
  /// What went wrong and what to do.
  public let message: String

  public init(code: Code, message: String) {
    self.code = code
    self.message = message
  }

  public var description: String { message }
}
