import Foundation
import Testing

/// Output and input channels failing under `quotenorm normalize`: never a crash, never a partial
/// result presented as complete.
@Suite("normalize: closed pipes, full disks, closed stdin")
struct HostileOutputTests {
  static func bigInput() throws -> String {
    try CLI.tempFile(Data(String(repeating: "Ã©tÃ© caf&eacute; line of text\n", count: 100_000).utf8))
  }

  @Test func fullDiskIsReported() throws {
    let path = try Self.bigInput()
    for format in ["text", "json"] {
      let r = try CLI.run(["normalize", "--format", format, path], stdoutTo: "/dev/full")
      #expect(r.status == 74)
      #expect(r.stderr.contains("No space left on device"))
      #expect(r.stderr.contains("incomplete"))
    }
  }

  @Test func pipeClosedEarlyIsNotACrash() throws {
    let path = try Self.bigInput()
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/bin/bash")
    // `head` closes the pipe after one line; quotenorm's own exit status is printed.
    p.arguments = ["-c", "'\(CLI.binary.path)' normalize '\(path)' | head -n 1 >/dev/null; echo ${PIPESTATUS[0]}"]
    let out = Pipe()
    p.standardOutput = out
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    let status = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    // 74: output closed (documented); never a signal death (>128) or a trap.
    #expect(status == "74", "status \(status)")
  }

  @Test func closedStdinIsReported() throws {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/bin/sh")
    p.arguments = ["-c", "'\(CLI.binary.path)' normalize - <&-; echo $?"]
    let out = Pipe()
    p.standardOutput = out
    p.standardError = FileHandle.nullDevice
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    #expect(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) == "66")
  }
}
