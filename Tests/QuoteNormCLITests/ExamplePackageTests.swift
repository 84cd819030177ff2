import Foundation
import Testing

/// The example package depends on QuoteNorm by path and uses `import QuoteNorm`; building and
/// running it proves the library product works for another package.
@Suite("Examples/QuoteNormExample")
struct ExamplePackageTests {
  @Test func buildsAndRuns() throws {
    let example = CLI.packageRoot.appendingPathComponent("Examples/QuoteNormExample")
    // A build plan left by an earlier run misses source files added to the library since
    // (SwiftPM does not replan a path dependency); the compiled objects stay.
    for configuration in ["debug", "release"] {
      let plan = example.appendingPathComponent(".build/\(configuration)/description.json")
      try? FileManager.default.removeItem(at: plan)
    }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["swift", "run", "--package-path", example.path, "QuoteNormExample"]
    let out = Pipe()
    p.standardOutput = out
    let errPath = FileManager.default.temporaryDirectory.appendingPathComponent("example-\(UUID().uuidString).log").path
    FileManager.default.createFile(atPath: errPath, contents: nil)
    defer { try? FileManager.default.removeItem(atPath: errPath) }
    p.standardError = FileHandle(forWritingAtPath: errPath)
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    let log = String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self)
    #expect(p.terminationStatus == 0, "swift run failed:\n\(log.suffix(3000))")
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.contains("same key: true"))
    #expect(text.contains("in the original: wonâ€™t"))
  }
}
