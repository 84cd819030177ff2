/// A user's aliases: other names for one thing, each mapped to its canonical name
/// (`AMLO` → `Andrés Manuel López Obrador`, `López Obrador` → the same), applied to match keys.
///
/// Aliases are matched on whole words of the folded text (case, accents, punctuation and the
/// other variant rules folded the same way), longest first; an occurrence of a canonical name
/// is left as it is, so a short alias inside it (`López Obrador`) is not expanded again.
///
/// ```swift
/// let aliases = try AliasTable(parsing: #"{"AMLO": "Andrés Manuel López Obrador"}"#)
/// let n = Normalizer(profile: .match, variants: .init(aliases: aliases))
/// n.normalize("AMLO said").text  // "andres manuel lopez obrador said"
/// ```
///
/// - Complexity: building is O(*n*) in the size of the file.
public struct AliasTable: Sendable, Hashable {
  /// Alias → canonical name, as written.
  public private(set) var entries: [String: String]

  /// A table of the given aliases.
  ///
  /// - Complexity: O(1).
  public init(_ entries: [String: String] = [:]) { self.entries = entries }

  /// Whether the table has no alias.
  public var isEmpty: Bool { entries.isEmpty }

  /// Reads a JSON object of strings (`{"AMLO": "Andrés Manuel López Obrador"}`) or TSV lines
  /// `alias<TAB>canonical` (`#` starts a comment line; blank lines are skipped).
  ///
  /// - Throws: ``NormalizationError`` with code ``NormalizationError/Code/badAliasFile``.
  /// - Complexity: O(*n*).
  public init(parsing text: String) throws(NormalizationError) {
    let trimmed = text.drop { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\u{FEFF}" }
    if trimmed.first == "{" {
      var parser = JSONStringMap(Array(trimmed.unicodeScalars))
      entries = try parser.parse()
      return
    }
    var out: [String: String] = [:]
    for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
      if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
      let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
        throw NormalizationError(
          code: .badAliasFile,
          message: "alias file, line \(n + 1): expected alias<TAB>canonical; write TSV lines or a JSON object {\"alias\": \"canonical\", …}")
      }
      out[String(parts[0])] = String(parts[1])
    }
    entries = out
  }
}

/// A parser for one JSON object whose values are strings.
struct JSONStringMap {
  let s: [Unicode.Scalar]
  var i = 0
  init(_ s: [Unicode.Scalar]) { self.s = s }

  func fail(_ what: String) -> NormalizationError {
    let line = s[..<min(i, s.count)].filter { $0 == "\n" }.count + 1
    return NormalizationError(
      code: .badAliasFile,
      message: "alias file, line \(line): \(what); write {\"alias\": \"canonical\", …} or alias<TAB>canonical lines")
  }

  mutating func space() {
    while i < s.count, [" ", "\n", "\t", "\r"].contains(s[i]) { i += 1 }
  }

  mutating func expect(_ c: Unicode.Scalar) throws(NormalizationError) {
    space()
    guard i < s.count, s[i] == c else { throw fail("expected '\(c)'") }
    i += 1
  }

  mutating func string() throws(NormalizationError) -> String {
    try expect("\"")
    var out = String.UnicodeScalarView()
    while i < s.count, s[i] != "\"" {
      var c = s[i]
      if c == "\\" {
        i += 1
        guard i < s.count else { break }
        switch s[i] {
        case "n": c = "\n"
        case "t": c = "\t"
        case "r": c = "\r"
        case "b": c = "\u{8}"
        case "f": c = "\u{C}"
        case "u":
          guard i + 4 < s.count, let v = UInt32(String(String.UnicodeScalarView(s[(i + 1)...(i + 4)])), radix: 16)
          else { throw fail("bad \\u escape") }
          i += 4
          var value = v
          // A surrogate pair.
          if (0xD800..<0xDC00).contains(v), i + 6 < s.count, s[i + 1] == "\\", s[i + 2] == "u",
            let lo = UInt32(String(String.UnicodeScalarView(s[(i + 3)...(i + 6)])), radix: 16)
          {
            value = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00)
            i += 6
          }
          c = Unicode.Scalar(value) ?? "\u{FFFD}"
        default: c = s[i]
        }
      }
      out.append(c)
      i += 1
    }
    try expect("\"")
    return String(out)
  }

  mutating func parse() throws(NormalizationError) -> [String: String] {
    try expect("{")
    var out: [String: String] = [:]
    space()
    if i < s.count, s[i] == "}" { return out }
    while true {
      let key = try string()
      try expect(":")
      space()
      guard i < s.count, s[i] == "\"" else { throw fail("the value of \"\(key)\" is not a string") }
      out[key] = try string()
      space()
      guard i < s.count else { throw fail("unterminated object") }
      if s[i] == "," { i += 1; continue }
      try expect("}")
      return out
    }
  }
}
