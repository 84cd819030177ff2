/// Keys that make different writings of one name equal.
///
/// - ``accentInsensitive(_:)``: case, accents and typography folded, as in the `match` profile
///   (`Andrés Manuel López Obrador` = `ANDRES MANUEL LOPEZ OBRADOR`).
/// - ``transliteration(_:)``: also folds the spellings that different romanizations of one name
///   from another script produce (`Zelenskyy`, `Zelensky`, `Zelenskiy`, `Selenskyj`; `Gaddafi`,
///   `Qaddafi`, `Kadhafi`; `Tchaikovsky`, `Chaikovsky`, `Tschaikowsky`; `Yeltsin`, `Jelzin`): a
///   skeleton over the Latin letters in which `tsch`/`tch`/`ch`, `ts`/`tz`/`z`/`s`, `j`/`y`,
///   `y`/`i` (after the first letter), `w`/`v`, `q`/`k`, `ph`/`f`, `ou`/`u`, `dh`/`d`, `kh`/`h`,
///   `th`/`t`, `c`/`k` (`s` before `e i y`), a first `g` before `a o u`/`k`, doubled consonants
///   and a final `e`
///   after a consonant are each written one way. Its false merges on a list of distinct real
///   names are measured by a test (see the README).
///
/// ```swift
/// NameKey.transliteration("Zelenskyy") == NameKey.transliteration("Selenskyj")  // true
/// NameKey.accentInsensitive("López")  // "lopez"
/// ```
///
/// - Complexity: O(*n*).
public enum NameKey {
  static let folder = Normalizer(options: [.nfc, .whitespace, .punctuation, .nfkcCasefold, .diacritics])

  /// The name with case, accents and typography folded.
  ///
  /// - Complexity: O(*n*).
  public static func accentInsensitive(_ name: String) -> String {
    folder.normalize(name).text
  }

  /// The transliteration-variant key of a name: ``accentInsensitive(_:)``, then each word's
  /// skeleton.
  ///
  /// - Complexity: O(*n*).
  public static func transliteration(_ name: String) -> String {
    var out = String.UnicodeScalarView()
    var word: [Unicode.Scalar] = []
    func flush() {
      if !word.isEmpty { out.append(contentsOf: skeleton(word[...])) }
      word.removeAll()
    }
    for c in accentInsensitive(name).unicodeScalars {
      if c.isASCIILetter { word.append(c) } else { flush(); out.append(c) }
    }
    flush()
    return String(out)
  }

  /// ``transliteration(_:)`` of a word already folded as match keys are (lower case, no
  /// diacritics): its skeleton when it is ASCII letters, else the word itself.
  ///
  /// ```swift
  /// NameKey.skeleton(folded: "zelenskyy")  // "selenski"
  /// ```
  ///
  /// - Complexity: O(*k*) in the word's length.
  public static func skeleton(folded word: String) -> String {
    let scalars = Array(word.unicodeScalars)
    guard !scalars.isEmpty, scalars.allSatisfy(\.isASCIILetter) else { return word }
    return String(String.UnicodeScalarView(skeleton(scalars[...])))
  }

  /// The skeleton of one word of lower-case ASCII letters (idempotent: a skeleton is its own
  /// skeleton).
  ///
  /// - Complexity: O(*k*) in the word's length.
  static func skeleton(_ w: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
    // Work on bytes; `C` stands for the sound of `ch` until the end.
    var s = w.map { UInt8(truncatingIfNeeded: $0.value | 0x20) }
    func replace(_ from: String, _ to: String, onlyAtStart: Bool = false) {
      let f = Array(from.utf8)
      // Most rules find nothing: no copy then.
      guard let first = f.first, s.contains(first) else { return }
      let t = Array(to.utf8)
      var out: [UInt8] = []
      out.reserveCapacity(s.count + 2)
      var i = 0
      while i < s.count {
        if (!onlyAtStart || i == 0), s[i] == first, i + f.count <= s.count,
          s[i..<(i + f.count)].elementsEqual(f)
        {
          out += t
          i += f.count
        } else {
          out.append(s[i])
          i += 1
        }
      }
      s = out
    }
    replace("tsch", "C")
    replace("sch", "sh")
    replace("tch", "C")
    replace("ch", "C")
    // c: s before e, i, y; k elsewhere. A first g before a back vowel is k too (`Gaddafi`).
    for i in s.indices where s[i] == UInt8(ascii: "c") {
      let next = i + 1 < s.count ? s[i + 1] : 0
      s[i] = [UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "y")].contains(next) ? UInt8(ascii: "s") : UInt8(ascii: "k")
    }
    if s.count > 1, s[0] == UInt8(ascii: "g"),
      [UInt8(ascii: "a"), UInt8(ascii: "o"), UInt8(ascii: "u")].contains(s[1])
    {
      s[0] = UInt8(ascii: "k")
    }
    replace("ph", "f")
    replace("dh", "d")
    replace("kh", "h")
    replace("th", "t")
    replace("ts", "s")
    replace("tz", "s")
    replace("z", "s")
    replace("q", "k")
    replace("x", "ks")
    replace("w", "v")
    replace("ou", "u")
    replace("j", "y")
    // y after the first letter is i.
    for i in s.indices.dropFirst() where s[i] == UInt8(ascii: "y") { s[i] = UInt8(ascii: "i") }
    // Doubled letters once, but for the vowels a, e, o, u (`Keener` is not `Kenner`).
    var collapsed: [UInt8] = []
    for b in s where collapsed.last != b || Array("aeou".utf8).contains(b) { collapsed.append(b) }
    s = collapsed
    // A final e after a consonant is silent (`Poutine`, `Eltsine`).
    let vowels: [UInt8] = Array("aeiouy".utf8)
    if s.count > 3, s.last == UInt8(ascii: "e"), !vowels.contains(s[s.count - 2]) { s.removeLast() }
    var out: [Unicode.Scalar] = []
    for b in s {
      if b == UInt8(ascii: "C") { out += ["c", "h"] } else { out.append(Unicode.Scalar(b)) }
    }
    return out
  }
}
