import FuzzChecks
import QuoteNorm
@_spi(Testing) import QuoteNormalization

/// `normalize --profile match` on any bytes: the default match key on every input, and one of
/// the variant configurations (names, Turkish casing, British spelling, Spanish, aliases) picked
/// by a hash of the input, so each input always runs the same way. Tokens are checked too, and
/// the variant rules on windows of a line against the same rules on the whole line.
let standard = NormalizationInvariants(
  normalizer: Normalizer(profile: .match), checksTokens: true,
  reference: Normalizer(profile: .match).unwindowed)

let aliases: AliasTable = {
  guard let table = try? AliasTable(parsing: "AMLO\tAndrés Manuel López Obrador\nUE\tUnión Europea\n")
  else { fatalError("alias table") }
  return table
}()

let variants: [NormalizationInvariants] = [
  Normalizer(options: Normalizer.Options.match.union(.names)),
  Normalizer(profile: .match, language: "tr"),
  Normalizer(
    options: Normalizer.Options.match.union(.names), language: "en",
    variants: Normalizer.Variants(spelling: .british)),
  Normalizer(profile: .match, language: "es", variants: Normalizer.Variants(aliases: aliases)),
  Normalizer(options: Normalizer.Options.display.union(.spelling), language: "en"),
].map { NormalizationInvariants(normalizer: $0) }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let text = FuzzInput.text(data, count)
  standard.check(text)
  variants[FuzzInput.hash(data, count) % variants.count].check(text)
  return 0
}

/// The entry point SwiftPM links as `main` (see `CFuzzDriver.h`).
@_cdecl("fuzz_normalize_match_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  FuzzDriver.run(argc, argv, fuzzOneInput)
}
