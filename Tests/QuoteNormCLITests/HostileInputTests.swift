import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Every way an input can be wrong, through every command that reads files: a clear message
/// naming the file, the documented exit code (README, *Exit codes*), and never a partial result
/// presented as complete (the message says the output is incomplete; JSON is left unterminated).
@Suite("hostile input: every reading command")
struct HostileInputTests {
  /// The commands that read article files, with the output formats that matter.
  static let commands: [[String]] = [
    ["normalize"], ["normalize", "--format", "json"], ["normalize", "--profile", "match"],
    ["extract"], ["extract", "--format", "json"],
  ]

  static let text = Data("“Yes,” she said. Ã©tÃ© caf&eacute;.\n".utf8)

  @Test(arguments: commands)
  func invalidUTF8IsLocatedOrReplaced(_ command: [String]) throws {
    var bytes = Self.text
    bytes.append(contentsOf: [0x41, 0xC3, 0x28, 0x0A])  // a lead byte without its continuation
    let path = try CLI.tempFile(bytes)
    let r = try CLI.run(command + [path])
    #expect(r.status == 65)
    #expect(r.stderr.contains(path))
    #expect(r.stderr.contains("invalid UTF-8 at byte offset \(Self.text.count + 1)"))
    #expect(r.stderr.contains("incomplete"))
    let replaced = try CLI.run(command + ["--invalid-utf8", "replace", path])
    #expect(replaced.status == 0)
    #expect(replaced.stderr.contains("replaced 1 invalid UTF-8"))
  }

  @Test(arguments: commands)
  func utf16WithByteOrderMarkIsNamed(_ command: [String]) throws {
    for bom: [UInt8] in [[0xFF, 0xFE], [0xFE, 0xFF]] {
      var bytes = Data(bom)
      for u in "“Yes,” she said.\n".utf16 {
        let pair = [UInt8(u & 0xFF), UInt8(u >> 8)]
        bytes.append(contentsOf: bom[0] == 0xFF ? pair : pair.reversed())
      }
      let path = try CLI.tempFile(bytes)
      let r = try CLI.run(command + [path])
      #expect(r.status == 65)
      #expect(r.stderr.contains("UTF-16"))
      #expect(r.stderr.contains("iconv -f UTF-16 -t UTF-8"))
      #expect(r.stdout.isEmpty || !Self.isCompleteJSON(r.stdout, command))
    }
  }

  @Test(arguments: commands)
  func nulByteInTheMiddleStopsWithItsOffset(_ command: [String]) throws {
    var bytes = Data(repeating: 0, count: 0)
    for _ in 0..<3 { bytes.append(Self.text) }
    let at = bytes.count + 4
    bytes.append(contentsOf: Array("more\u{0}text\n".utf8))
    let path = try CLI.tempFile(bytes)
    let r = try CLI.run(command + [path])
    #expect(r.status == 65)
    #expect(r.stderr.contains("binary data (NUL byte at byte offset \(at))"))
    #expect(r.stderr.contains("incomplete"))
    #expect(!Self.isCompleteJSON(r.stdout, command))
  }

  @Test(arguments: commands)
  func binaryFileIsRejected(_ command: [String]) throws {
    var rng = SystemRandomNumberGenerator()
    let bytes = Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00] + (0..<4096).map { _ in UInt8.random(in: 0...255, using: &rng) })
    let path = try CLI.tempFile(bytes)
    let r = try CLI.run(command + [path])
    #expect(r.status == 65)
    #expect(r.stderr.contains("binary data") || r.stderr.contains("invalid UTF-8"))
  }

  @Test(arguments: commands)
  func directoryIsNamed(_ command: [String]) throws {
    let dir = FileManager.default.temporaryDirectory.path
    let r = try CLI.run(command + [dir])
    #expect(r.status == 66)
    #expect(r.stderr.contains("is a directory"))
  }

  @Test(arguments: commands)
  func missingFileIsNamed(_ command: [String]) throws {
    let ok = try CLI.tempFile(Self.text)
    let r = try CLI.run(command + [ok, "/nonexistent/article.txt"])
    #expect(r.status == 66)
    #expect(r.stderr.contains("/nonexistent/article.txt: cannot open: No such file or directory"))
  }

  /// A file that opens but cannot be read (EIO): `/proc/self/mem` fails at offset 0 for any
  /// user, root included, where `chmod 000` would not stop root.
  @Test(arguments: commands)
  func readErrorIsReported(_ command: [String]) throws {
    let r = try CLI.run(command + ["/proc/self/mem"])
    #expect(r.status == 66)
    #expect(r.stderr.contains("/proc/self/mem: read failed: Input/output error"))
  }

  static var isRoot: Bool { getuid() == 0 }
  static var setpriv: String? {
    ["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// A file without read permission. As root, permissions do not apply, so the command runs as
  /// `nobody` through `setpriv`; without `setpriv` the case is skipped (readErrorIsReported
  /// still covers an unreadable input).
  @Test(.enabled(if: !isRoot || setpriv != nil, "running as root without setpriv"), arguments: commands)
  func permissionDeniedIsReported(_ command: [String]) throws {
    let path = try CLI.tempFile(Self.text)
    chmod(URL(fileURLWithPath: path).deletingLastPathComponent().path, 0o755)
    chmod(path, 0)
    defer { chmod(path, 0o644) }
    var status: Int32
    var stderr: String
    if Self.isRoot, let setpriv = Self.setpriv {
      (status, stderr) = try Self.runShell(
        "'\(setpriv)' --reuid=65534 --regid=65534 --clear-groups '\(CLI.binary.path)' \(command.joined(separator: " ")) '\(path)' 2>&1 >/dev/null")
    } else {
      let c = try CLI.run(command + [path])
      (status, stderr) = (c.status, c.stderr)
    }
    #expect(status == 66)
    #expect(stderr.contains("\(path): cannot open: Permission denied"))
  }

  @Test(arguments: commands)
  func emptyFileIsEmptyOutput(_ command: [String]) throws {
    let path = try CLI.tempFile(Data())
    let r = try CLI.run(command + [path])
    #expect(r.status == 0)
    #expect(r.stderr.isEmpty)
    if command.contains("json") {
      #expect(Self.isCompleteJSON(r.stdout, command))
    } else if command.first == "normalize" {
      #expect(r.stdout.isEmpty)
    }
  }

  @Test(arguments: commands)
  func closedStandardInputIsReported(_ command: [String]) throws {
    let (status, stderr) = try Self.runShell(
      "'\(CLI.binary.path)' \(command.joined(separator: " ")) - <&- 2>&1 >/dev/null")
    #expect(status == 66)
    #expect(stderr.contains("<stdin>"))
  }

  /// A line longer than the reader's piece (1 MiB) without a line feed: read in pieces cut at
  /// a space, or at a character boundary where there is none. A line of exactly one piece so
  /// far used to read past the buffer and trap (found by Benchmarks/growth.sh, giant-line).
  @Test(arguments: [["normalize", "--profile", "repair"], ["normalize", "--format", "json"], ["extract"]])
  func giantLineWithoutLineBreak(_ command: [String]) throws {
    let spaced = "“Yes,” she said. " + String(repeating: "Ã©tÃ© caf&eacute; ", count: 60_000)  // 1.1 MB
    let solid = String(repeating: "é", count: 600_000)  // 1.2 MB, no space at all
    for text in [spaced, solid] {
      let path = try CLI.tempFile(Data(text.utf8))
      let r = try CLI.run(command + [path])
      #expect(r.status == 0, "\(r.stderr)")
      if command.contains("repair"), text == solid {
        #expect(r.stdout == Data(text.utf8))
      }
    }
  }

  // MARK: - Output channels (normalize's are in HostileOutputTests)

  static func manyQuotes() throws -> String {
    try CLI.tempFile(Data(String(repeating: "“Yes,” she said. “No,” he replied.\n", count: 20_000).utf8))
  }

  @Test(arguments: [["extract"], ["extract", "--format", "json"], ["extract", "--format", "text"]])
  func extractOnAFullDiskIsReported(_ command: [String]) throws {
    let r = try CLI.run(command + [try Self.manyQuotes()], stdoutTo: "/dev/full")
    #expect(r.status == 74)
    #expect(r.stderr.contains("No space left on device"))
    #expect(r.stderr.contains("incomplete"))
  }

  @Test func extractIntoAPipeClosedEarlyIsNotACrash() throws {
    let path = try Self.manyQuotes()
    let (_, out) = try Self.runShell(
      "'\(CLI.binary.path)' extract '\(path)' | head -n 1 >/dev/null; echo ${PIPESTATUS[0]}")
    // 74: output closed (documented); never a signal death (>128) or a trap.
    #expect(out.trimmingCharacters(in: .whitespacesAndNewlines) == "74")
  }

  // MARK: - Helpers

  /// Whether `data` is the whole JSON output of `command` (one value, or one per line).
  static func isCompleteJSON(_ data: Data, _ command: [String]) -> Bool {
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
    let structured = command.contains("json") || (command.first == "extract" && !command.contains("text"))
    guard structured, !lines.isEmpty else { return false }
    return lines.allSatisfy { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) != nil }
  }

  /// Runs `script` with bash and returns its status and standard output (scripts send the
  /// command's standard error there with `2>&1 >/dev/null`).
  static func runShell(_ script: String) throws -> (status: Int32, output: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/bin/bash")
    p.arguments = ["-c", script]
    let out = Pipe()
    p.standardOutput = out
    p.standardError = FileHandle.nullDevice
    p.standardInput = FileHandle.nullDevice
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}
