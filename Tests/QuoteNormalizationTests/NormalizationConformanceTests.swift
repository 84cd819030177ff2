import Foundation
import QuoteNormalization
import Testing

/// Unicode's own conformance suite (NormalizationTest.txt from Debian's `unicode-data`),
/// run through the public `Normalizer(form:)` API: every line, all five columns, all four forms.
@Suite("NormalizationTest.txt conformance")
struct NormalizationConformanceTests {
  struct Line: Sendable {
    var number: Int
    var part: String
    var c: [[Unicode.Scalar]]
  }

  static func loadLines() throws -> [Line] {
    let path =
      ProcessInfo.processInfo.environment["QUOTENORM_NORMALIZATION_TEST"]
      ?? "/usr/share/unicode/NormalizationTest.txt.bz2"
    let text: String
    if path.hasSuffix(".bz2") {
      let p = Process()
      p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      p.arguments = ["bzip2", "-dc", path]
      let pipe = Pipe()
      p.standardOutput = pipe
      try p.run()
      let data = pipe.fileHandleForReading.readDataToEndOfFile()
      p.waitUntilExit()
      try #require(p.terminationStatus == 0, "cannot decompress \(path): run `make test` to install unicode-data")
      text = String(decoding: data, as: UTF8.self)
    } else {
      text = try String(contentsOfFile: path, encoding: .utf8)
    }
    var lines: [Line] = []
    var part = ""
    for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if raw.hasPrefix("@") { part = String(raw.split(separator: " ")[0]); continue }
      if raw.hasPrefix("#") || raw.isEmpty { continue }
      let fields = raw.split(separator: ";", omittingEmptySubsequences: false).prefix(5)
      let cols = fields.map { f in
        f.split(separator: " ").compactMap { UInt32($0, radix: 16) }.compactMap(Unicode.Scalar.init)
      }
      lines.append(Line(number: i + 1, part: part, c: cols))
    }
    return lines
  }

  static func scalars(_ form: Normalizer.UnicodeForm, _ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var str = ""
    str.unicodeScalars.append(contentsOf: s)
    return Array(Normalizer(form: form).normalize(str).text.unicodeScalars)
  }

  @Test("every line, every column, NFC/NFD/NFKC/NFKD")
  func allLines() throws {
    let lines = try Self.loadLines()
    #expect(lines.count == 19_074)
    var failures = 0
    for line in lines {
      let c = line.c
      guard c.count == 5 else {
        Issue.record("line \(line.number): \(c.count) columns")
        continue
      }
      let checks: [(Normalizer.UnicodeForm, [Int], Int)] = [
        (.nfc, [0, 1, 2], 1), (.nfc, [3, 4], 3),
        (.nfd, [0, 1, 2], 2), (.nfd, [3, 4], 4),
        (.nfkc, [0, 1, 2, 3, 4], 3), (.nfkd, [0, 1, 2, 3, 4], 4),
      ]
      for (form, sources, expected) in checks {
        for s in sources where Self.scalars(form, c[s]) != c[expected] {
          failures += 1
          if failures <= 20 {
            Issue.record("line \(line.number): \(form)(c\(s + 1)) != c\(expected + 1)")
          }
        }
      }
    }
    #expect(failures == 0)
  }

  @Test("code points not listed in Part 1 are invariant under all four forms")
  func part1Invariance() throws {
    let lines = try Self.loadLines()
    let listed = Set(lines.filter { $0.part == "@Part1" }.compactMap { $0.c.first?.first?.value })
    #expect(listed.count > 10_000)
    var failures = 0
    // Every 7th code point keeps the run short in debug builds while covering every block.
    for v in stride(from: UInt32(0), through: 0x10FFFF, by: 7) where !listed.contains(v) {
      guard let s = Unicode.Scalar(v) else { continue }
      for form in [Normalizer.UnicodeForm.nfc, .nfd, .nfkc, .nfkd] where Self.scalars(form, [s]) != [s] {
        failures += 1
        if failures <= 10 { Issue.record("U+\(String(v, radix: 16)) changed under \(form)") }
      }
    }
    #expect(failures == 0)
  }
}
