import Foundation
import Testing

/// Runs the built `quotenorm` binary, as a user would.
struct CLIResult {
  var status: Int32
  var stdout: Data
  var stderr: String
  var text: String { String(decoding: stdout, as: UTF8.self) }
}

enum CLI {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The binary next to the test bundle (`.build/<config>/quotenorm`).
  static var binary: URL {
    let candidates = [
      Bundle.main.bundleURL.appendingPathComponent("quotenorm"),
      Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("quotenorm"),
      packageRoot.appendingPathComponent(".build/debug/quotenorm"),
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
  }

  static func run(_ args: [String], stdin: Data? = nil, stdinClosed: Bool = false, stdoutTo: String? = nil) throws -> CLIResult {
    let p = Process()
    p.executableURL = binary
    p.arguments = args
    p.currentDirectoryURL = packageRoot
    let out = Pipe()
    // Standard error goes to a file so that neither stream can block the child.
    let errPath = FileManager.default.temporaryDirectory.appendingPathComponent("qn-err-\(UUID().uuidString)").path
    FileManager.default.createFile(atPath: errPath, contents: nil)
    defer { try? FileManager.default.removeItem(atPath: errPath) }
    if let stdoutTo {
      p.standardOutput = FileHandle(forWritingAtPath: stdoutTo)
    } else {
      p.standardOutput = out
    }
    p.standardError = FileHandle(forWritingAtPath: errPath)
    // Standard input comes from a file (writing to a pipe can be interrupted by signals).
    var inputPath: String? = nil
    if let stdin {
      let path = FileManager.default.temporaryDirectory.appendingPathComponent("qn-in-\(UUID().uuidString)").path
      FileManager.default.createFile(atPath: path, contents: stdin)
      inputPath = path
      p.standardInput = FileHandle(forReadingAtPath: path)
    } else if stdinClosed {
      let pipe = Pipe()
      try pipe.fileHandleForWriting.close()
      p.standardInput = pipe
    } else {
      p.standardInput = FileHandle.nullDevice
    }
    defer { if let inputPath { try? FileManager.default.removeItem(atPath: inputPath) } }
    try p.run()
    let outData = stdoutTo == nil ? out.fileHandleForReading.readDataToEndOfFile() : Data()
    p.waitUntilExit()
    let errData = FileManager.default.contents(atPath: errPath) ?? Data()
    return CLIResult(status: p.terminationStatus, stdout: outData, stderr: String(decoding: errData, as: UTF8.self))
  }

  /// One directory per test process for the files the tests write; removed when the process exits.
  static let scratchRoot: URL = {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent(
        "quotenorm-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
    atexit { try? FileManager.default.removeItem(at: CLI.scratchRoot) }
    return root
  }()

  static func tempFile(_ contents: Data, name: String = "input.txt") throws -> String {
    let dir = scratchRoot.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try contents.write(to: url)
    return url.path
  }
}
