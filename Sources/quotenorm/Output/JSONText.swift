/// JSON text for strings and edits, written by hand for the streaming paths (the whole output
/// is never held in memory). Every string goes through ``quoted(_:)``, so output is valid
/// JSON whatever the input.
enum JSONText {
  /// `s` as the contents of a JSON string (without the surrounding quotes), escaped as
  /// Foundation's `JSONEncoder` escapes it: `\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t`, other
  /// controls as `\u00xx`; nothing else.
  ///
  /// - Complexity: O(*n*).
  static func escaped(_ s: String) -> String {
    var needs = false
    for b in s.utf8 where b < 0x20 || b == 0x22 || b == 0x5C {
      needs = true
      break
    }
    if !needs { return s }
    var out = String.UnicodeScalarView()
    for c in s.unicodeScalars {
      switch c {
      case "\"": out.append(contentsOf: "\\\"".unicodeScalars)
      case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
      case "\u{8}": out.append(contentsOf: "\\b".unicodeScalars)
      case "\u{C}": out.append(contentsOf: "\\f".unicodeScalars)
      case "\n": out.append(contentsOf: "\\n".unicodeScalars)
      case "\r": out.append(contentsOf: "\\r".unicodeScalars)
      case "\t": out.append(contentsOf: "\\t".unicodeScalars)
      default:
        if c.value < 0x20 {
          let hex = String(c.value, radix: 16)
          out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
        } else {
          out.append(c)
        }
      }
    }
    return String(out)
  }

  /// `s` as a JSON string literal.
  static func quoted(_ s: String) -> String { "\"" + escaped(s) + "\"" }

  /// An edit as `{"input":[a,b],"output":[c,d],"rule":"…"}`.
  static func edit(_ e: Edit) -> String {
    "{\"input\":[\(e.input.lowerBound),\(e.input.upperBound)],\"output\":[\(e.output.lowerBound),\(e.output.upperBound)],\"rule\":\(quoted(e.rule.rawValue))}"
  }
}

import QuoteNorm
