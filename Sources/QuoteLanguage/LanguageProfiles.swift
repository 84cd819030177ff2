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
  /// Costs of character n-grams: one per language, `floor` where the language lacks it.
  let grams: [String: [Float]]
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
    grams = table(gramRows, gramFloor)
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
      let padded = Array(("_" + word + "_").unicodeScalars)
      for n in 1...4 where padded.count >= n {
        for start in 0...(padded.count - n) {
          if n == 1 && (start == 0 || start == padded.count - 1) { continue }  // the bare "_"
          var gram = String.UnicodeScalarView()
          gram.append(contentsOf: padded[start..<(start + n)])
          if let row = grams[String(gram)] {
            for i in total.indices { total[i] += row[i] }
          } else {
            for i in total.indices { total[i] += gramFloor[i] }
          }
        }
      }
    }
    return total
  }
}
