/// The two-consonant onsets a word can start with in the Latin-script languages that write `à`
/// (French, Italian, Catalan, Portuguese, Vietnamese) and in the English and other loanwords
/// they print: `br`, `ch`, `gn`, `ll`, `nh`, `ps`, `st`… A word cannot start with `nc`, `nd`,
/// `rr` or `ct`, so letters that do are the rest of a word (`importÃ ncia`, whose space was the
/// no-break space of `à`, is `importància`; ``MojibakeRepairer/isFragment(_:at:vietnamese:)``).
///
/// ```swift
/// WordOnset.isPossible("s", "t")  // true: `style`, `stato`
/// WordOnset.isPossible("n", "c")  // false
/// ```
///
/// - Complexity: O(1).
enum WordOnset {
  /// The onsets, as pairs of lower-case ASCII letters.
  private static let onsets: Set<String> = [
    // Stop or f, v plus l or r.
    "bl", "br", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "kl", "kr", "pl", "pr", "tr", "vl",
    "vr",
    // Digraphs: French and Portuguese `ch`, `gn`, `ph`, `rh`, `th`; Catalan `ll`, `ny`, `tx`,
    // `ts`; Portuguese `lh`, `nh`; Vietnamese `gh`, `kh`, `ng`, `nh`; Italian `gh`; English
    // `sh`, `wh`, `wr`, `kn`; Greek loans `pn`, `ps`, `pt`, `mn`; `dj`, `dz`, `zh`, `sz`.
    "ch", "gn", "ph", "rh", "th", "ll", "ny", "tx", "ts", "lh", "nh", "gh", "kh", "ng", "sh",
    "wh", "wr", "kn", "pn", "ps", "pt", "mn", "dj", "dz", "zh", "sz", "tz", "gw", "sw",
    // `s` before any consonant (Italian `sb`, `sd`, `sf`, `sg`, `sr`, `sv`; `sc`, `sk`, `sl`,
    // `sm`, `sn`, `sp`, `sq`, `st` everywhere).
    "sb", "sc", "sd", "sf", "sg", "sk", "sl", "sm", "sn", "sp", "sq", "sr", "st", "sv",
  ]

  /// Whether a word can start with the letters `first`, `second` (lower-case ASCII; a vowel or
  /// `y` among them always can).
  static func isPossible(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
    let vowels = "aeiouy".unicodeScalars
    if vowels.contains(first) || vowels.contains(second) { return true }
    return onsets.contains(String(first) + String(second))
  }
}
