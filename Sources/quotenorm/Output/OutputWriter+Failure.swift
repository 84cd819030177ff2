import ArgumentParser

extension OutputWriter {
  /// The exit a command's run ends with for `error`, reported the same way by every command:
  /// an input problem flushes what was written so far and prints its message (file, position,
  /// what to do; exit 65, 66…); an output problem exits 74 and says the output is incomplete,
  /// unless the reader closed the pipe (not an error to report). Other errors pass through.
  ///
  /// ```swift
  /// do { try run(into: &out) } catch { throw out.exit(for: error) }
  /// ```
  ///
  /// - Complexity: O(1) plus the flush.
  mutating func exit(for error: any Error) -> any Error {
    switch error {
    case let e as InputError:
      try? flush()
      printError(e.description)
      return ExitCode(e.exitCode)
    case let e as OutputError:
      if !e.pipeClosed { printError("quotenorm: cannot write output: \(e.message); the output is incomplete") }
      return ExitCode(74)
    default:
      return error
    }
  }
}
