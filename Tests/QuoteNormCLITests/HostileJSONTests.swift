import Foundation
import Testing

/// JSON output is valid JSON whatever the input: random bytes (and fragments chosen to break
/// hand-written JSON: quotes, backslashes, control characters, U+2028, invalid and overlong
/// UTF-8) through every command that prints JSON, with `--invalid-utf8 replace`.
@Suite("hostile input: JSON output always parses")
struct HostileJSONTests {
  /// SplitMix64, so a failure reproduces from its seed.
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  static let fragments: [[UInt8]] = [
    "\"", "\\", "\\u0000", "\\\"", "\u{1}", "\u{1F}", "\t", "\r\n", "\u{7F}", "\u{85}",
    "\u{2028}", "\u{2029}", "\u{FEFF}", "“Yes,” she said.", "«Non», a-t-il dit.", "&quot;", "&#0;",
    "&#x110000;", "Ã©", "â€œ", "😀", "e\u{301}", "</script>", "{\"a\":1}", "]", "}", ",",
  ].map { Array($0.utf8) } + [
    [0xC3], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0x80, 0x80],
  ]

  /// Inputs of random bytes and fragments, without NUL (binary, rejected by design) and not
  /// starting with a UTF-16 byte order mark (rejected too).
  static func inputs(count: Int, seed: UInt64) -> [Data] {
    var rng = Generator(state: seed)
    return (0..<count).map { _ in
      var bytes: [UInt8] = []
      for _ in 0..<Int.random(in: 1...60, using: &rng) {
        if Bool.random(using: &rng) {
          bytes += fragments.randomElement(using: &rng) ?? []
        } else {
          bytes += (0..<Int.random(in: 1...12, using: &rng)).map { _ in UInt8.random(in: 1...255, using: &rng) }
        }
      }
      if bytes.count >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF) {
        bytes.removeFirst()
      }
      return Data(bytes)
    }
  }

  static let commands: [[String]] = [
    ["normalize", "--format", "json"], ["normalize", "--format", "json", "--profile", "repair"],
    ["normalize", "--format", "json", "--profile", "match", "--transliterate"],
    ["normalize", "--format", "json", "--form", "nfkd"],
    ["extract", "--format", "json"], ["extract", "--format", "jsonl"],
  ]

  @Test(arguments: commands)
  func randomBytesGiveValidJSON(_ command: [String]) throws {
    for (k, input) in Self.inputs(count: 25, seed: 0xC0FFEE).enumerated() {
      let r = try CLI.run(command + ["--invalid-utf8", "replace", "-"], stdin: input)
      #expect(r.status == 0, "input \(k): \(r.stderr)")
      for line in r.text.split(separator: "\n") {
        let parsed = try? JSONSerialization.jsonObject(with: Data(line.utf8))
        #expect(parsed != nil, "input \(k): not JSON: \(line.prefix(200))")
      }
    }
  }

  /// The text in normalize's JSON is the normalized text, offsets and all: parsing it back
  /// gives what the text format prints.
  @Test func normalizeJSONRoundTripsTheText() throws {
    for input in Self.inputs(count: 15, seed: 7) {
      let json = try CLI.run(["normalize", "--format", "json", "--invalid-utf8", "replace", "-"], stdin: input)
      let text = try CLI.run(["normalize", "--invalid-utf8", "replace", "-"], stdin: input)
      let obj = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
      let decoded = try #require(obj["text"] as? String)
      #expect(Array(decoded.unicodeScalars) == Array(text.text.unicodeScalars))
    }
  }
}
