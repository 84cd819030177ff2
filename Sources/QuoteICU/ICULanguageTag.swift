internal import CQuoteICU
import Synchronization

/// Language tags as people and datasets write them, read as canonical BCP 47 tags with ICU:
/// ISO 639-2 and 639-3 codes (`spa`, `eng`, `fre`, `ger`), ICU locale IDs (`en_US`), any case
/// (`EN`), and language names in English or in the language itself (`Spanish`, `español`,
/// `Deutsch`).
///
/// ```swift
/// ICULanguageTag.canonical("spa")      // "es"
/// ICULanguageTag.canonical("en_US")    // "en-US"
/// ICULanguageTag.canonical("Spanish")  // "es"
/// ICULanguageTag.canonical("fre")      // "fr"
/// ICULanguageTag.canonical("xx-unknown-thing")  // "xx-unknown-thing": kept as written
/// ```
package enum ICULanguageTag {
  /// The canonical tag of `tag`, or `tag` itself when ICU reads no language in it; nil for an
  /// empty or blank tag.
  ///
  /// - Complexity: O(1) for a tag already in the usual form (`es`, `es-MX`); otherwise a few ICU
  ///   calls, once per distinct tag (the answers are cached); the first name looked up reads
  ///   ICU's language names, once per process.
  package static func canonical(_ tag: String) -> String? {
    if isUsual(tag) { return tag }
    let scalars = tag.unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return nil }
    let trimmed = String(scalars[first...last])
    if isUsual(trimmed) { return trimmed }
    if let known = cache.withLock({ $0[trimmed] }) { return known }
    let found = read(trimmed)
    // A collection's tags are few; a bound keeps a file of distinct garbage from growing it.
    cache.withLock { if $0.count < 4096 { $0[trimmed] = found } }
    return found
  }

  /// `es`, `en-US`, `zh-Hant-TW`: a two- or three-letter lower-case language subtag, then
  /// subtags of letters and digits.
  private static func isUsual(_ tag: String) -> Bool {
    var parts = tag.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)[...]
    guard let first = parts.popFirst(), first.count == 2,
      first.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") })
    else { return false }
    return parts.allSatisfy { p in
      !p.isEmpty && p.count <= 8
        && p.allSatisfy {
          ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z")
            || ($0 >= 0x30 && $0 <= 0x39)
        }
    }
  }

  private static let cache = Mutex<[String: String]>([:])

  private static func read(_ tag: String) -> String {
    let folded = tag.lowercased()
    if let code = names[folded] { return code }
    let id = folded.replacingUnderscores()
    let primary = String(id.prefix { $0 != "-" })
    let rest = id.dropFirst(primary.count)
    let mapped = bibliographic[primary].map { $0 + rest } ?? id
    var buffer = [CChar](repeating: 0, count: 128)
    var status: Int32 = 0
    let n = mapped.withCString { qn_language_tag($0, &buffer, Int32(buffer.count), &status) }
    guard status <= 0, n > 0 else { return tag }
    let canonical = String(
      decoding: buffer.prefix(Int(n)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return canonical == "und" || canonical.hasPrefix("und-") ? tag : canonical
  }

  /// ISO 639-2 bibliographic codes, which CLDR does not alias (their terminology twins it does).
  private static let bibliographic: [String: String] = [
    "alb": "sq", "arm": "hy", "baq": "eu", "bur": "my", "chi": "zh", "cze": "cs", "dut": "nl",
    "fre": "fr", "geo": "ka", "ger": "de", "gre": "el", "ice": "is", "mac": "mk", "mao": "mi",
    "may": "ms", "per": "fa", "rum": "ro", "slo": "sk", "tib": "bo", "wel": "cy",
  ]

  /// Every ISO 639 language ICU knows by its English name and by its own (`spanish`,
  /// `español`), lower-cased.
  private static let names: [String: String] = {
    var map: [String: String] = [:]
    let count = qn_language_count()
    for i in 0..<count {
      guard let c = qn_language_code(i) else { continue }
      let code = String(cString: c)
      for display in ["en", code] {
        var buffer = [UInt16](repeating: 0, count: 96)
        var status: Int32 = 0
        let n = qn_language_name(c, display, &buffer, Int32(buffer.count), &status)
        guard status <= 0, n > 0 else { continue }
        let name = String(decoding: buffer.prefix(Int(n)), as: UTF16.self).lowercased()
        // ICU gives the code back for a language it has no name for.
        if name != code && map[name] == nil { map[name] = code }
      }
    }
    return map
  }()
}

extension String {
  /// ICU locale IDs write `_` where BCP 47 writes `-`.
  fileprivate func replacingUnderscores() -> String {
    String(unicodeScalars.map { $0 == "_" ? "-" : Character($0) })
  }
}
