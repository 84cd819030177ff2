/// Decodes HTML/XML character references: named (`&eacute;`, all 2,125 HTML5 names), decimal
/// (`&#243;`) and hexadecimal (`&#xF6;`), also inside text that contains tags. Repeats until
/// nothing decodes, so double-encoded text (`&amp;eacute;`) is repaired and the step is
/// idempotent. A semicolon is required: `AT&T` and `&copy` in a URL stay as they are.
/// Numeric references to C1 controls (`&#146;`) decode as Windows-1252, as browsers do.
///
/// - Complexity: O(*n*) per pass; at most four passes.
struct HTMLEntityDecoder: NormalizationStep {
  var triggers: LineFeatures { .ampersand }

  static let named: [String: [Unicode.Scalar]] = {
    var table: [String: [Unicode.Scalar]] = [:]
    for line in namedTable.split(separator: "\n") {
      let parts = line.split(separator: "\t")
      guard parts.count == 2 else { continue }
      let scalars = parts[1].split(separator: " ").compactMap { UInt32($0, radix: 16) }
        .compactMap(Unicode.Scalar.init)
      table[String(parts[0].drop { $0 == " " })] = scalars
    }
    return table
  }()

  /// The longest entity name (`CounterClockwiseContourIntegral`).
  static let maxNameLength = 32

  func apply(to scalars: [Unicode.Scalar]) -> StepResult? {
    var current = scalars
    var edits: [Edit] = []
    while true {
      guard let pass = decodeOnce(current) else { break }
      edits = OffsetMap.compose(edits, pass.edits)
      current = pass.scalars
    }
    return edits.isEmpty ? nil : StepResult(scalars: current, edits: edits)
  }

  private func decodeOnce(_ s: [Unicode.Scalar]) -> StepResult? {
    guard s.contains("&") else { return nil }
    var rw = ScalarRewriter(s)
    var i = 0
    while i < s.count {
      if s[i] == "&", let (end, value) = reference(in: s, at: i) {
        rw.replace(i..<end, with: value, rule: .htmlEntity)
        i = end
      } else {
        i += 1
      }
    }
    return rw.finish()
  }

  /// The end index (after `;`) and decoded scalars of a reference starting at `start`.
  private func reference(in s: [Unicode.Scalar], at start: Int) -> (Int, [Unicode.Scalar])? {
    var j = start + 1
    guard j < s.count else { return nil }
    if s[j] == "#" {
      j += 1
      let hex = j < s.count && (s[j] == "x" || s[j] == "X")
      if hex { j += 1 }
      let digitsStart = j
      var value: UInt32 = 0
      while j < s.count, j - digitsStart < 8, let d = digit(s[j], hex: hex) {
        value = value * (hex ? 16 : 10) + d
        j += 1
      }
      guard j > digitsStart, j < s.count, s[j] == ";" else { return nil }
      guard let scalar = Self.numericScalar(value) else { return nil }
      return (j + 1, [scalar])
    }
    var name = ""
    while j < s.count, j - start <= Self.maxNameLength, s[j].isASCII,
      s[j].properties.isAlphabetic || ("0"..."9").contains(s[j])
    {
      name.unicodeScalars.append(s[j])
      j += 1
    }
    guard !name.isEmpty, j < s.count, s[j] == ";", let value = Self.named[name] else { return nil }
    return (j + 1, value)
  }

  private func digit(_ c: Unicode.Scalar, hex: Bool) -> UInt32? {
    switch c.value {
    case 0x30...0x39: c.value - 0x30
    case 0x41...0x46 where hex: c.value - 0x41 + 10
    case 0x61...0x66 where hex: c.value - 0x61 + 10
    default: nil
    }
  }

  /// The scalar a numeric reference stands for; nil for NUL, surrogates and out-of-range
  /// values (left as text rather than guessed).
  static func numericScalar(_ value: UInt32) -> Unicode.Scalar? {
    if (0x80...0x9F).contains(value), let w = C1ControlRepair.windows1252[Int(value - 0x80)] {
      return w
    }
    guard value != 0, let s = Unicode.Scalar(value) else { return nil }
    return s
  }
}
