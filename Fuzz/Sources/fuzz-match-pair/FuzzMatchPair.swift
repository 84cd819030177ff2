import FuzzChecks

#if canImport(QuoteMatching)
  import QuoteNorm

  /// Pair matching on any bytes: the input is two quotations separated by a NUL byte (no NUL:
  /// the input against its own second half). See ``MatchInvariants``.
  let invariants = MatchInvariants()

  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, count)
    let cut = bytes.firstIndex(of: 0) ?? count / 2
    let a = String(decoding: bytes[..<cut], as: UTF8.self)
    let b = String(decoding: bytes[min(cut + 1, count)...], as: UTF8.self)
    invariants.check(a, b)
    return 0
  }

  /// The entry point SwiftPM links as `main` (see `CFuzzDriver.h`).
  @_cdecl("fuzz_match_pair_main")
  public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>)
    -> CInt
  {
    FuzzDriver.run(argc, argv, fuzzOneInput)
  }
#else
  /// libFuzzer's own `main` refers to this symbol even though it never runs.
  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt { 0 }

  /// Without QuoteMatching (not yet part of the package) the target says so and exits with 3,
  /// which `run.sh` reports as skipped.
  @_cdecl("fuzz_match_pair_main")
  public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>)
    -> CInt
  {
    FuzzInput.unavailable("QuoteMatching")
  }
#endif

