/// Invariant checks that stop the fuzzer: a violation prints what failed and traps, so that
/// libFuzzer records the input as a crash (`crash-<sha1>`) like any other deadly signal.
public enum Invariant {
  /// Traps with `message` and the input's scalars (first 200, in hex) when `condition` is false.
  ///
  /// - Complexity: O(1) when the condition holds.
  @inline(__always)
  public static func check(
    _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String, input: String,
    file: StaticString = #fileID, line: UInt = #line
  ) {
    if !condition() { fail(message(), input: input, file: file, line: line) }
  }

  /// Traps with `message` and the input's scalars.
  public static func fail(
    _ message: String, input: String, file: StaticString = #fileID, line: UInt = #line
  ) -> Never {
    let hex = input.unicodeScalars.prefix(200).map { String($0.value, radix: 16) }
      .joined(separator: " ")
    fatalError("invariant violated: \(message)\n  input scalars: \(hex)", file: file, line: line)
  }
}

/// Turns libFuzzer's bytes into inputs.
public enum FuzzInput {
  /// The bytes (empty when `data` is nil).
  ///
  /// - Complexity: O(1).
  public static func bytes(_ data: UnsafePointer<UInt8>?, _ count: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: count > 0 ? data : nil, count: count > 0 ? count : 0)
  }

  /// The bytes as text, invalid UTF-8 replaced by U+FFFD (what `--invalid-utf8 replace` does).
  ///
  /// - Complexity: O(*n*).
  public static func text(_ data: UnsafePointer<UInt8>?, _ count: Int) -> String {
    String(decoding: bytes(data, count), as: UTF8.self)
  }
}

extension FuzzInput {
  /// FNV-1a of the bytes: picks a configuration per input, the same on every run.
  ///
  /// - Complexity: O(*n*).
  public static func hash(_ data: UnsafePointer<UInt8>?, _ count: Int) -> Int {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes(data, count) {
      h = (h ^ UInt64(b)) &* 0x100_0000_01b3
    }
    return Int(truncatingIfNeeded: h >> 1)
  }
}

#if canImport(Glibc)
  import Glibc
#endif

extension FuzzInput {
  /// Ends a target whose module the main package does not build yet (exit 3, which `run.sh`
  /// reports as skipped rather than as a crash).
  public static func unavailable(_ module: String) -> Never {
    let message = Array("fuzz target skipped: \(module) is not part of the QuoteNorm package yet\n".utf8)
    _ = message.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count) }
    exit(3)
  }
}
