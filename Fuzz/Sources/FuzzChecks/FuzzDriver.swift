import CFuzzDriver

/// Starts libFuzzer from a target's entry point (see `CFuzzDriver.h` for why targets have one).
///
/// ```swift
/// @_cdecl("fuzz_normalize_repair_main")
/// public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
///   FuzzDriver.run(argc, argv, fuzzOneInput)
/// }
/// ```
public enum FuzzDriver {
  /// A libFuzzer test function: the input's bytes (nil when empty) and their count.
  public typealias TestOneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

  /// Runs libFuzzer with the process's arguments; returns its exit status.
  public static func run(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
    _ test: TestOneInput
  ) -> CInt {
    qn_fuzz_run_driver(argc, argv, test)
  }
}
