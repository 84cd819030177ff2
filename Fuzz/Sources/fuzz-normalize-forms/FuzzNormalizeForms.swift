import FuzzChecks
import QuoteNorm

/// `normalize --form F` for each of the five Unicode forms on every input: see
/// ``NormalizationInvariants`` (the forms are idempotent by Unicode's stability policy).
let forms = Normalizer.UnicodeForm.allCases.map {
  NormalizationInvariants(normalizer: Normalizer(form: $0))
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let text = FuzzInput.text(data, count)
  for f in forms { f.check(text) }
  return 0
}

/// The entry point SwiftPM links as `main` (see `CFuzzDriver.h`).
@_cdecl("fuzz_normalize_forms_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  FuzzDriver.run(argc, argv, fuzzOneInput)
}
