/// English and Spanish cardinal number words, spelled as ICU's `%spellout-numbering` rules spell
/// them (checked against ICU by a test), in the folded form of match keys (`veintiseis`,
/// `millon`).
///
/// A phrase is read as a number only when it parses *cleanly*: its words are exactly ICU's
/// spelling of its value (`twenty-five`, `one hundred and five` with the British `and`,
/// `veinticinco mil`), so `five twenty` or `twenty hundred` stay words.
///
/// ```swift
/// NumberWords.value(of: ["twenty", "five"], language: .english)  // 25
/// NumberWords.spell(1999, .spanish)  // ["mil", "novecientos", "noventa", "y", "nueve"]
/// ```
///
/// - Complexity: O(*k*) in the number of words.
enum NumberWords {
  enum Language: Sendable { case english, spanish }

  static let englishUnits = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
  ]
  static let englishTens = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
  ]
  static let spanishUnits = [
    "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once",
    "doce", "trece", "catorce", "quince", "dieciseis", "diecisiete", "dieciocho", "diecinueve",
    "veinte", "veintiuno", "veintidos", "veintitres", "veinticuatro", "veinticinco", "veintiseis",
    "veintisiete", "veintiocho", "veintinueve",
  ]
  static let spanishTens = [
    "", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa",
  ]
  static let spanishHundreds = [
    "", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos",
    "setecientos", "ochocientos", "novecientos",
  ]

  /// Every word that can be part of a number, by language.
  static let english: Set<String> = Set(englishUnits + englishTens.filter { !$0.isEmpty })
    .union(["hundred", "thousand", "million", "billion", "and", "a"])
  static let spanish: Set<String> = Set(spanishUnits + spanishTens.filter { !$0.isEmpty })
    .union(spanishHundreds.filter { !$0.isEmpty }).union([
      "cien", "mil", "un", "millon", "millones", "y",
    ])

  /// ICU's spelling of `n` (0 ≤ n < 10^12), as words (hyphens as word breaks).
  ///
  /// - Complexity: O(log *n*).
  static func spell(_ n: Int, _ language: Language) -> [String] {
    switch language {
    case .english: return n == 0 ? ["zero"] : english(n)
    case .spanish: return n == 0 ? ["cero"] : spanish(n, apocope: false)
    }
  }

  private static func english(_ n: Int) -> [String] {
    var out: [String] = []
    var rest = n
    for (scale, name) in [(1_000_000_000, "billion"), (1_000_000, "million"), (1000, "thousand")]
    where rest >= scale {
      out += englishBelow1000(rest / scale) + [name]
      rest %= scale
    }
    if rest > 0 { out += englishBelow1000(rest) }
    return out
  }

  private static func englishBelow1000(_ n: Int) -> [String] {
    var out: [String] = []
    if n >= 100 { out += [englishUnits[n / 100], "hundred"] }
    let r = n % 100
    if r >= 20 {
      out.append(englishTens[r / 10])
      if r % 10 > 0 { out.append(englishUnits[r % 10]) }
    } else if r > 0 {
      out.append(englishUnits[r])
    }
    return out
  }

  /// `apocope`: `uno` → `un`, `veintiuno` → `veintiún` before `mil`/`millones`.
  private static func spanish(_ n: Int, apocope: Bool) -> [String] {
    var out: [String] = []
    var rest = n
    if rest >= 1_000_000 {
      let m = rest / 1_000_000
      out += m == 1 ? ["un", "millon"] : spanish(m, apocope: true) + ["millones"]
      rest %= 1_000_000
    }
    if rest >= 1000 {
      let k = rest / 1000
      out += k == 1 ? ["mil"] : spanishBelow1000(k, apocope: true) + ["mil"]
      rest %= 1000
    }
    if rest > 0 { out += spanishBelow1000(rest, apocope: apocope) }
    return out
  }

  private static func spanishBelow1000(_ n: Int, apocope: Bool) -> [String] {
    if n == 100 { return ["cien"] }
    var out: [String] = []
    if n >= 100 { out.append(spanishHundreds[n / 100]) }
    let r = n % 100
    if r >= 30 {
      out.append(spanishTens[r / 10])
      if r % 10 > 0 { out += ["y", r % 10 == 1 && apocope ? "un" : spanishUnits[r % 10]] }
    } else if r > 0 {
      out.append(r == 1 && apocope ? "un" : r == 21 && apocope ? "veintiun" : spanishUnits[r])
    }
    return out
  }

  /// The value of `words` (lower case, hyphens split off), when they are exactly ICU's spelling
  /// of it; the English `and` after `hundred` or a scale word is allowed, and `a` for a first
  /// `one` before one (`a hundred and five`, `a million`).
  ///
  /// - Complexity: O(*k*) in the number of words.
  static func value(of words: [String], language: Language) -> Int? {
    guard !words.isEmpty, words.count <= 16 else { return nil }
    var total = 0
    var current = 0
    for (k, w) in words.enumerated() {
      switch language {
      case .english:
        if w == "a" {
          // `a hundred`, `a million`: one, said as writers say it (ICU writes `one`).
          guard k == 0, words.count > 1, ["hundred", "thousand", "million", "billion"].contains(words[1]) else {
            return nil
          }
          current = 1
        } else if let u = englishUnits.firstIndex(of: w) {
          current += u
        } else if let t = englishTens.firstIndex(of: w), t >= 2 {
          current += t * 10
        } else if w == "hundred" {
          current *= 100
        } else if let s = ["thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000][w] {
          total += current * s
          current = 0
        } else if w != "and" {
          return nil
        }
      case .spanish:
        if let u = spanishUnits.firstIndex(of: w) {
          current += u
        } else if w == "un" || w == "veintiun" {
          current += w == "un" ? 1 : 21
        } else if let t = spanishTens.firstIndex(of: w), t >= 3 {
          current += t * 10
        } else if let h = spanishHundreds.firstIndex(of: w), h >= 1 {
          current += h * 100
        } else if w == "cien" {
          current += 100
        } else if w == "mil" {
          // `mil` multiplies what follows the last `millones`.
          total += max(current, 1) * 1000
          current = 0
        } else if w == "millon" || w == "millones" {
          total = (total + current) * 1_000_000
          current = 0
        } else if w != "y" {
          return nil
        }
      }
    }
    let n = total + current
    guard n < 1_000_000_000_000 else { return nil }
    let canonical = spell(n, language)
    var given = language == .english ? words.filter { $0 != "and" } : words
    if given.first == "a" { given[0] = "one" }
    guard given == canonical else { return nil }
    // `and` only right after `hundred` or a scale word, and before a number word.
    if language == .english, let i = words.firstIndex(of: "and") {
      guard i > 0, i + 1 < words.count, ["hundred", "thousand", "million", "billion"].contains(words[i - 1])
      else { return nil }
    }
    return n
  }
}
