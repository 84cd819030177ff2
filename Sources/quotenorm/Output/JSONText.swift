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
    var out: [UInt8] = []
    appendEscaped(s.utf8, into: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends the UTF-8 of ``escaped(_:)`` for the UTF-8 `bytes`: runs that need no escape go
  /// in one piece (the bytes of a non-ASCII scalar never do).
  ///
  /// ```swift
  /// var out: [UInt8] = []
  /// JSONText.appendEscaped(Array("a\"b\n".utf8), into: &out)  // a\"b\n
  /// ```
  ///
  /// - Complexity: O(*n*).
  static func appendEscaped<C: Collection<UInt8>>(_ bytes: C, into out: inout [UInt8]) {
    out.reserveCapacity(out.count + bytes.count + 16)
    var runStart = bytes.startIndex
    var i = bytes.startIndex
    while i != bytes.endIndex {
      let b = bytes[i]
      guard b < 0x20 || b == 0x22 || b == 0x5C else {
        bytes.formIndex(after: &i)
        continue
      }
      out.append(contentsOf: bytes[runStart..<i])
      out.append(0x5C)  // backslash
      switch b {
      case 0x22: out.append(0x22)
      case 0x5C: out.append(0x5C)
      case 0x08: out.append(0x62)  // b
      case 0x0C: out.append(0x66)  // f
      case 0x0A: out.append(0x6E)  // n
      case 0x0D: out.append(0x72)  // r
      case 0x09: out.append(0x74)  // t
      default:
        // u00xx, in lower-case hex digits
        let hex = { (d: UInt8) -> UInt8 in d < 10 ? 0x30 + d : 0x57 + d }
        out.append(contentsOf: [0x75, 0x30, 0x30, hex(b >> 4), hex(b & 0xF)])
      }
      bytes.formIndex(after: &i)
      runStart = i
    }
    out.append(contentsOf: bytes[runStart..<i])
  }

  /// `s` as a JSON string literal.
  static func quoted(_ s: String) -> String { "\"" + escaped(s) + "\"" }

  /// Appends an edit as `{"input":[a,b],"output":[c,d],"rule":"…"}`; `names` keeps each rule's
  /// escaped name once made (a text has a few dozen rules and millions of edits).
  ///
  /// - Complexity: O(1) for the numbers, O(*k*) in the rule's name.
  static func appendEdit(
    _ e: Edit, into out: inout [UInt8], names: inout [NormalizationRule: [UInt8]]
  ) {
    out.append(contentsOf: #"{"input":["#.utf8)
    appendDecimal(e.input.lowerBound, into: &out)
    out.append(0x2C)
    appendDecimal(e.input.upperBound, into: &out)
    out.append(contentsOf: #"],"output":["#.utf8)
    appendDecimal(e.output.lowerBound, into: &out)
    out.append(0x2C)
    appendDecimal(e.output.upperBound, into: &out)
    out.append(contentsOf: #"],"rule":""#.utf8)
    if let name = names[e.rule] {
      out.append(contentsOf: name)
    } else {
      var name: [UInt8] = []
      appendEscaped(e.rule.rawValue.utf8, into: &name)
      names[e.rule] = name
      out.append(contentsOf: name)
    }
    out.append(contentsOf: #""}"#.utf8)
  }

  /// Appends `n` in decimal ASCII digits (a minus sign first if negative).
  ///
  /// - Complexity: O(log *n*).
  static func appendDecimal(_ n: Int, into out: inout [UInt8]) {
    if n < 0 { out.append(0x2D) }
    var m = n.magnitude
    // Twenty digits hold any Int; written from the right, appended in one piece.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
      var k = 20
      repeat {
        k -= 1
        digits[k] = UInt8(truncatingIfNeeded: m % 10) + 0x30
        m /= 10
      } while m > 0
      out.append(contentsOf: UnsafeBufferPointer(rebasing: digits[k...]))
    }
  }

}

import QuoteNorm
