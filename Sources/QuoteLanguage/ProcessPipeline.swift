import Dispatch
import Foundation
import Synchronization

/// Programs run as one pipeline without a shell (each an executable and an argument vector,
/// joined by pipes), fed a batch of records on a background queue while their output is read
/// and handed on record by record as it arrives.
///
/// Records are separated by a byte that the programs pass through: `\n` for Apertium's line
/// format (`apertium -f line`), `\0` for the null-flush mode of its tools (`lt-proc -z`).
///
/// ```swift
/// let p = ProcessPipeline(stages: [.init(executable: "/usr/bin/tr", arguments: ["a-z", "A-Z"])])
/// try p.run(["one", "two"], separator: 0x0A) { i, out in print(i, out) }  // 0 ONE, 1 TWO
/// ```
///
/// - Complexity: O(*n*) in the bytes passed, plus the programs' own work; one set of processes
///   per call.
struct ProcessPipeline: Sendable {
  /// One program of the pipeline.
  struct Stage: Sendable, Hashable {
    var executable: String
    var arguments: [String]
  }

  var stages: [Stage]

  /// Runs the pipeline over `records` and calls `body` with each output record's index and
  /// text, in order, as soon as it is complete. Empty records after the last are ignored
  /// (Apertium's tools flush with one more `\0` at end of input).
  ///
  /// - Throws: ``QuoteLanguageError/Code/processFailed`` when a program cannot start, exits
  ///   with an error, or the output has another number of records than the input.
  func run(_ records: [String], separator: UInt8, _ body: (Int, String) throws -> Void) throws {
    guard !stages.isEmpty, !records.isEmpty else { return }
    var processes: [Process] = []
    let input = Pipe()
    // One standard-error pipe per program: Foundation closes a pipe's write end in this process
    // once it has started a process with it, so one pipe cannot serve two programs.
    var errors: [Pipe] = []
    var next: Any = input
    for stage in stages {
      let p = Process()
      p.executableURL = URL(fileURLWithPath: stage.executable)
      p.arguments = stage.arguments
      p.standardInput = next
      let e = Pipe()
      p.standardError = e
      errors.append(e)
      let out = Pipe()
      p.standardOutput = out
      next = out
      processes.append(p)
    }
    guard let output = next as? Pipe else { return }
    var environment = ProcessInfo.processInfo.environment
    if environment["LC_ALL"] == nil || environment["LC_ALL"] == "C"
      || environment["LC_ALL"] == "POSIX"
    {
      environment["LC_ALL"] = "C.UTF-8"  // Apertium's tools read UTF-8 only under a UTF-8 locale
    }
    for p in processes { p.environment = environment }
    // Foundation's `waitUntilExit` polls every 50 ms off the main run loop: a pipeline run six
    // times a batch lost a third of a second to it. The termination handler says at once.
    let exited = DispatchGroup()
    for p in processes {
      exited.enter()
      p.terminationHandler = { _ in exited.leave() }
    }
    for (k, p) in processes.enumerated() {
      do {
        try p.run()
      } catch {
        for started in processes[..<k] { started.terminate() }
        throw QuoteLanguageError(
          code: .processFailed,
          message: "could not start \(stages[k].executable): \(error.localizedDescription)")
      }
    }
    // Our copies of the pipes' inner ends would keep readers from seeing end of file
    // (Foundation closes most of them already; closing a closed handle only throws).
    for k in 0..<(processes.count - 1) {
      if let pipe = processes[k].standardOutput as? Pipe { try? pipe.fileHandleForWriting.close() }
    }
    try? output.fileHandleForWriting.close()
    try? input.fileHandleForReading.close()
    for e in errors { try? e.fileHandleForWriting.close() }

    let writer = input.fileHandleForWriting
    let payload = Self.payload(records, separator: separator)
    let fed = DispatchGroup()
    DispatchQueue.global().async(group: fed) {
      writer.write(payload)
      try? writer.close()
    }
    let stderrBox = ErrorText()
    for e in errors {
      let errorReader = e.fileHandleForReading
      DispatchQueue.global().async(group: fed) {
        stderrBox.append(errorReader.readDataToEndOfFile())
      }
    }

    var pending: [UInt8] = []
    var index = 0
    var failure: (any Error)?
    let reader = output.fileHandleForReading
    while true {
      let chunk = reader.availableData
      if chunk.isEmpty { break }
      if failure != nil { continue }  // drain, so the programs can finish
      pending.append(contentsOf: chunk)
      var start = 0
      while let end = pending[start...].firstIndex(of: separator) {
        let text = String(decoding: pending[start..<end], as: UTF8.self)
        start = end + 1
        if index < records.count {
          do { try body(index, text) } catch { failure = error }
          index += 1
        } else if !text.allSatisfy(\.isWhitespace) {
          index += 1  // a record too many; empty ones are flushes at end of input
        }
      }
      pending.removeFirst(start)
    }
    fed.wait()
    exited.wait()
    if let failure { throw failure }
    if !pending.isEmpty && index < records.count {
      try body(index, String(decoding: pending, as: UTF8.self))
      index += 1
    }
    let failed = processes.firstIndex { $0.terminationStatus != 0 }
    if let k = failed {
      throw QuoteLanguageError(
        code: .processFailed,
        message: "\(stages[k].executable) exited with status \(processes[k].terminationStatus): "
          + stderrBox.text.prefix(500))
    }
    if index != records.count {
      throw QuoteLanguageError(
        code: .processFailed,
        message: "\(stages.map(\.executable).joined(separator: " | ")) gave \(index) records for "
          + "\(records.count): \(stderrBox.text.prefix(500))")
    }
  }

  /// The records joined by `separator` (with one after the last), the separator and any other
  /// record break (`\n`, `\0`) inside a record replaced by a space.
  static func payload(_ records: [String], separator: UInt8) -> Data {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(records.reduce(0) { $0 + $1.utf8.count + 1 })
    for r in records {
      for b in r.utf8 { bytes.append(b == 0x0A || b == 0x0D || b == 0 ? 0x20 : b) }
      bytes.append(separator)
    }
    return Data(bytes)
  }
}

/// The standard error text of a pipeline's programs, collected by the queues reading them.
private final class ErrorText: Sendable {
  private let data = Mutex(Data())
  func append(_ d: Data) { data.withLock { $0.append(d) } }
  var text: String { data.withLock { String(decoding: $0, as: UTF8.self) } }
}
