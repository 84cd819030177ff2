import FuzzChecks
import QuoteNorm

/// `normalize --profile repair` on any bytes (invalid UTF-8 replaced, as `--invalid-utf8 replace`
/// does): see NormalizationInvariants for what is checked.
let invariants = NormalizationInvariants(normalizer: Normalizer(profile: .repair))

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  invariants.check(FuzzInput.text(data, count))
  return 0
}

/// The entry point SwiftPM links as `main` (see `CFuzzDriver.h`).
@_cdecl("fuzz_normalize_repair_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  FuzzDriver.run(argc, argv, fuzzOneInput)
}
