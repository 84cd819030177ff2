import Foundation

/// The naive Bayes tables of ``LanguageIdentifier`` for Latin- and Cyrillic-script text, read
/// once from the generated `LanguageProfiles+Data.swift` (see `scripts/gen_language_profiles.py`):
/// for every character 1–4-gram of words padded with `_` and every frequent word, its cost
/// (−ln *p*, scaled by 8) in each language, and a floor per language for what its profile lacks.
///
/// ```swift
/// let p = LanguageProfiles.shared
/// p.languages.contains("es")  // true
/// ```
///
/// - Complexity: parsing takes tens of milliseconds, once per process.
struct LanguageProfiles: Sendable {
  /// The languages, in table order.
  let languages: [String]
  /// Rows of n-gram costs, `languages.count` to a row, `gramFloor` where a language lacks the
  /// n-gram; found by ``packedGrams`` or ``wideGrams``.
  let gramCosts: [Float]
  /// The row of each n-gram whose scalars are all below U+FFFF, keyed by them packed 16 bits each
  /// (value + 1, first scalar lowest): no string is made to look one up.
  let packedGrams: [UInt64: Int32]
  /// The row of every other n-gram, by its text.
  let wideGrams: [String: Int32]
  /// Costs of whole words, likewise.
  let words: [String: [Float]]
  /// The cost of an n-gram, and of a word, missing from a language's profile.
  let gramFloor: [Float]
  let wordFloor: [Float]

  static let shared = LanguageProfiles(data: LanguageProfiles.data)

  init(data: String) {
    var langs: [String] = []
    var gramRows: [(Int, Substring, Float)] = []
    var wordRows: [(Int, Substring, Float)] = []
    var floors: [String: (Float, Float)] = [:]
    for line in data.split(separator: "\n") {
      let f = line.split(separator: "\t", maxSplits: 3, omittingEmptySubsequences: false)
      guard f.count == 4, let floor = Float(f[2]) else { continue }
      let lang = String(f[0])
      if !langs.contains(lang) { langs.append(lang) }
      guard let index = langs.firstIndex(of: lang) else { continue }
      var fl = floors[lang] ?? (0, 0)
      if f[1] == "c" { fl.0 = floor / 8 } else { fl.1 = floor / 8 }
      floors[lang] = fl
      for item in f[3].split(separator: " ") {
        guard let colon = item.lastIndex(of: ":"),
          let cost = Float(item[item.index(after: colon)...])
        else { continue }
        let row = (index, item[..<colon], cost / 8)
        if f[1] == "c" { gramRows.append(row) } else { wordRows.append(row) }
      }
    }
    languages = langs
    gramFloor = langs.map { floors[$0]?.0 ?? 20 }
    wordFloor = langs.map { floors[$0]?.1 ?? 20 }
    func table(_ rows: [(Int, Substring, Float)], _ floor: [Float]) -> [String: [Float]] {
      var t: [String: [Float]] = [:]
      t.reserveCapacity(rows.count)
      for (i, key, cost) in rows {
        t[String(key), default: floor][i] = cost
      }
      return t
    }
    var costs: [Float] = []
    var packed: [UInt64: Int32] = [:]
    var wide: [String: Int32] = [:]
    packed.reserveCapacity(gramRows.count)
    for (i, key, cost) in gramRows {
      let scalars = key.unicodeScalars.map(\.value)
      let row: Int32
      let packedKey = scalars.count <= 4 ? Self.pack(scalars[...]) : nil
      let existing: Int32? =
        if let packedKey { packed[packedKey] } else { wide[String(key)] }
      if let existing {
        row = existing
      } else {
        row = Int32(costs.count / langs.count)
        costs.append(contentsOf: gramFloor)
        if let packedKey { packed[packedKey] = row } else { wide[String(key)] = row }
      }
      costs[Int(row) * langs.count + i] = cost
    }
    gramCosts = costs
    packedGrams = packed
    wideGrams = wide
    words = table(wordRows, wordFloor)
  }

  /// The summed costs of `text`'s words and their n-grams in each language (lower is more
  /// likely), and the number of words read; words of other scripts than `letters` allows are
  /// skipped by the caller.
  ///
  /// - Complexity: O(*n*) dictionary look-ups in the length of the text.
  func costs(words textWords: [String], wordWeight: Float = 1) -> [Float] {
    var total = [Float](repeating: 0, count: languages.count)
    for word in textWords {
      if let row = words[word] {
        for i in total.indices { total[i] += wordWeight * row[i] }
      } else {
        for i in total.indices { total[i] += wordWeight * wordFloor[i] }
      }
      var padded: [UInt32] = [0x5F]
      padded.append(contentsOf: word.unicodeScalars.lazy.map(\.value))
      padded.append(0x5F)
      for n in 1...4 where padded.count >= n {
        for start in 0...(padded.count - n) {
          if n == 1 && (start == 0 || start == padded.count - 1) { continue }  // the bare "_"
          let gram = padded[start..<(start + n)]
          let row: Int32?
          if let key = Self.pack(gram) {
            row = packedGrams[key]
          } else {
            var text = String.UnicodeScalarView()
            text.append(contentsOf: gram.compactMap(Unicode.Scalar.init))
            row = wideGrams[String(text)]
          }
          if let row {
            let base = Int(row) * total.count
            for i in total.indices { total[i] += gramCosts[base + i] }
          } else {
            for i in total.indices { total[i] += gramFloor[i] }
          }
        }
      }
    }
    return total
  }

  /// Up to four scalars packed 16 bits each (value + 1, the first lowest); nil when one is
  /// U+FFFF or above.
  static func pack(_ scalars: ArraySlice<UInt32>) -> UInt64? {
    var key: UInt64 = 0
    var shift: UInt64 = 0
    for v in scalars {
      guard v < 0xFFFF else { return nil }
      key |= UInt64(v + 1) << shift
      shift += 16
    }
    return key
  }
}
