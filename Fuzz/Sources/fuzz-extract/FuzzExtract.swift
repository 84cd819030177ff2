import FuzzChecks

#if canImport(QuoteExtraction)
  import QuoteNorm

  /// `extract` on any bytes, read in a language picked by a hash of the input (guessed, or one
  /// of the conventions: English, French, German, Japanese, Chinese, Russian, Spanish, Polish,
  /// Swedish): see ``ExtractionInvariants``.
  let invariants = ExtractionInvariants()
  let languages: [String?] = [nil, "en", "fr", "de", "ja", "zh", "ru", "es", "pl", "sv"]

  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let text = FuzzInput.text(data, count)
    invariants.check(text, language: languages[FuzzInput.hash(data, count) % languages.count])
    return 0
  }

  /// The entry point SwiftPM links as `main` (see `CFuzzDriver.h`).
  @_cdecl("fuzz_extract_main")
  public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>)
    -> CInt
  {
    FuzzDriver.run(argc, argv, fuzzOneInput)
  }
#else
  /// libFuzzer's own `main` refers to this symbol even though it never runs.
  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt { 0 }

  /// Without QuoteExtraction (not yet part of the package) the target says so and exits with 3,
  /// which `run.sh` reports as skipped.
  @_cdecl("fuzz_extract_main")
  public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>)
    -> CInt
  {
    FuzzInput.unavailable("QuoteExtraction")
  }
#endif

