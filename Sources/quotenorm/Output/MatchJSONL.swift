import QuoteNorm

/// JSON Lines input of `match`, `cluster` and `search`: one object per non-blank line, read in
/// bounded memory by ``LineReader``; a line that is not valid UTF-8 or not the expected object
/// is bad input (exit 65, with the line number).
enum MatchJSONL {
  /// Calls `body` with each record of `path` (`-` is standard input) and its line number.
  static func forEach<T: MatchJSONRecord>(
    _ type: T.Type, path: String, invalidUTF8: InvalidUTF8Policy, expected: String,
    _ body: (T, Int) throws -> Void
  ) throws {
    var reader = try LineReader(path: path)
    defer { reader.close() }
    var number = 0
    var replaced = 0
    while let (bytes, offset) = try reader.next() {
      number += 1
      if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { continue }
      var line = bytes
      switch UTF8Decoder.decode(bytes) {
      case .valid: break
      case .binary(let at):
        throw InputError(
          file: path, code: .badData, message: "binary data (NUL byte at byte offset \(offset + at)); expected JSON Lines")
      case .invalid(let at):
        guard invalidUTF8 == .replace else {
          throw InputError(
            file: path, code: .badData,
            message: "invalid UTF-8 at byte offset \(offset + at) (line \(number)); fix the encoding or pass --invalid-utf8 replace")
        }
        replaced += 1
        line = Array(UTF8Decoder.decodeReplacing(bytes).0.utf8)[...]
      }
      guard let fields = MatchJSONObject.parse(line), let record = T(fields) else {
        throw InputError(
          file: path, code: .badData, message: "line \(number): not a JSON object \(expected)")
      }
      try body(record, number)
    }
    if replaced > 0 {
      printError("quotenorm: \(path == "-" ? "<stdin>" : path): \(replaced) line(s) with invalid UTF-8 read with U+FFFD")
    }
  }
}

/// A record made from the top-level members of a JSON object.
protocol MatchJSONRecord {
  init?(_ fields: [String: String])
}

/// One line of `match --input`: `{"id"?, "a", "b", "langA"?, "langB"?}`.
struct MatchPairInput: MatchJSONRecord {
  var id: String?
  var a: String
  var b: String
  var langA: String?
  var langB: String?

  static let expected = #"{"id"?, "a", "b", "langA"?, "langB"?} with string "a" and "b""#

  init?(_ f: [String: String]) {
    guard let a = f["a"], let b = f["b"] else { return nil }
    self.a = a
    self.b = b
    id = f["id"]
    langA = f["langA"]
    langB = f["langB"]
  }
}

/// One line of `cluster --input` and `search --index/--query`:
/// `{"id", "text", "lang"?, "speaker"?, "date"?, "source"?}` (an id may be a string or a
/// number; other members are ignored).
struct MatchQuoteInput: MatchJSONRecord {
  var record: QuoteRecord

  static let expected = #"{"id", "text", "lang"?, "speaker"?, "date"?, "source"?} with an "id" and a string "text""#

  init?(_ f: [String: String]) {
    guard let id = f["id"], let text = f["text"] else { return nil }
    record = QuoteRecord(id: id, text: text, language: f["lang"], speaker: f["speaker"], date: f["date"], source: f["source"])
  }
}
