import FuzzChecks
import QuoteNorm

/// `normalize --profile match --transliterate` on any bytes: see ``NormalizationInvariants``.
let invariants = NormalizationInvariants(
  normalizer: Normalizer(profile: .match, transliterate: true), checksTokens: true)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  invariants.check(FuzzInput.text(data, count))
  return 0
}

/// The entry point SwiftPM links as `main` (see `CFuzzDriver.h`).
@_cdecl("fuzz_normalize_match_translit_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  FuzzDriver.run(argc, argv, fuzzOneInput)
}
