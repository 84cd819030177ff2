import Foundation
import QuoteICU

/// The Apertium language pairs installed on this machine (the `.mode` files under
/// `/usr/share/apertium/modes`, one per translation direction), how to reach a target language
/// from a source language (directly, or through Spanish or English where Debian has no direct
/// pair), and which Debian package provides a missing pair.
///
/// ```swift
/// let apertium = ApertiumInstallation()
/// apertium.mode(from: "es", to: "en")?.name    // "spa-eng" (with apertium-eng-spa installed)
/// apertium.route(from: "fr", to: "en")?.map(\.name)  // ["fr-es", "spa-eng"]
/// ApertiumInstallation.package(for: "es", "en")     // "apertium-eng-spa"
/// ```
///
/// - Complexity: reading the directory is O(number of modes), once per value.
public struct ApertiumInstallation: Sendable, Hashable {
  /// One installed translation direction.
  public struct Mode: Sendable, Hashable {
    /// Apertium's name of the direction (`spa-eng`, `fr-es`).
    public var name: String
    /// Source and target languages as BCP 47 primary subtags (`es`, `en`).
    public var source: String
    public var target: String
    /// The `.mode` file: the pipeline Apertium runs.
    public var path: String
  }

  /// Where modes are read from.
  public let modesDirectory: String
  /// The installed directions (variants such as `spa-eng_US` left out).
  public let modes: [Mode]
  /// The `apertium` program, when found on `PATH`.
  public let executable: String?

  /// The pivot languages tried, in order, where no direct pair exists.
  public static let pivots = ["es", "en"]

  /// Reads the modes installed in `modesDirectory`.
  ///
  /// - Complexity: O(number of files in the directory).
  public init(modesDirectory: String = "/usr/share/apertium/modes") {
    self.modesDirectory = modesDirectory
    let files = (try? FileManager.default.contentsOfDirectory(atPath: modesDirectory)) ?? []
    var modes: [Mode] = []
    for file in files.sorted() where file.hasSuffix(".mode") {
      let name = String(file.dropLast(5))
      let parts = name.split(separator: "-")
      guard parts.count == 2, !name.contains("_"),
        let s = Self.bcp47(String(parts[0])), let t = Self.bcp47(String(parts[1]))
      else { continue }
      let path = modesDirectory + "/" + file
      // A mode whose pipeline names a program not installed (`cg-proc` of the cg3 package, for
      // some pairs) would fail on the first batch: such a pair is not usable here.
      guard Self.programsInstalled(mode: path) else { continue }
      modes.append(Mode(name: name, source: s, target: t, path: path))
    }
    self.modes = modes
    self.executable = Self.findExecutable("apertium")
  }

  /// The installed direct mode from `source` to `target`.
  ///
  /// - Complexity: O(number of modes).
  public func mode(from source: String, to target: String) -> Mode? {
    let s = Self.primary(source)
    let t = Self.primary(target)
    return modes.first { $0.source == s && $0.target == t }
  }

  /// The modes to run in turn to translate `source` into `target`: the direct mode, else two
  /// through a pivot (``pivots``); `nil` when neither is installed.
  ///
  /// - Complexity: O(number of modes).
  public func route(from source: String, to target: String) -> [Mode]? {
    if let direct = mode(from: source, to: target) { return [direct] }
    for pivot in Self.pivots where pivot != Self.primary(source) && pivot != Self.primary(target) {
      if let a = mode(from: source, to: pivot), let b = mode(from: pivot, to: target) {
        return [a, b]
      }
    }
    return nil
  }

  /// The error for a missing route, naming the Debian package(s) to install.
  ///
  /// - Complexity: O(1).
  public static func missingPairError(from source: String, to target: String) -> QuoteLanguageError
  {
    let s = primary(source)
    let t = primary(target)
    var advice: String
    if let p = package(for: s, t) {
      advice = "install it with: apt-get install apertium \(p)"
    } else if let pivot = pivots.first(where: {
      package(for: s, $0) != nil && package(for: $0, t) != nil
    }),
      let a = package(for: s, pivot), let b = package(for: pivot, t)
    {
      advice =
        "Debian has no direct pair; pivot through \(pivot) with: apt-get install apertium \(a) \(b)"
    } else {
      advice = "Debian has no such pair (apt-cache search apertium lists those it has)"
    }
    return QuoteLanguageError(
      code: .missingPair, message: "no Apertium pair translates \(s) to \(t); \(advice)")
  }

  /// The Debian package with the Apertium pair of two languages (either direction), if any.
  ///
  /// - Complexity: O(1).
  public static func package(for a: String, _ b: String) -> String? {
    let key = [primary(a), primary(b)].sorted().joined(separator: "-")
    return debianPackages[key]
  }

  /// Debian 12's Apertium pair packages by their two languages, sorted.
  static let debianPackages: [String: String] = [
    "en-es": "apertium-eng-spa", "es-fr": "apertium-fr-es", "es-pt": "apertium-es-pt",
    "ca-es": "apertium-spa-cat", "es-it": "apertium-spa-ita", "es-gl": "apertium-es-gl",
    "en-eu": "apertium-eu-en", "en-gl": "apertium-en-gl", "ca-en": "apertium-eng-cat",
    "en-is": "apertium-isl-eng", "en-mk": "apertium-mkd-eng", "en-sh": "apertium-hbs-eng",
    "ca-fr": "apertium-fra-cat", "ca-pt": "apertium-por-cat", "ca-it": "apertium-cat-ita",
    "eo-es": "apertium-eo-es", "en-eo": "apertium-eo-en", "eo-fr": "apertium-eo-fr",
    "es-ro": "apertium-es-ro", "es-eu": "apertium-eu-es", "gl-pt": "apertium-pt-gl",
    "es-oc": "apertium-oc-es", "ca-oc": "apertium-oc-ca", "es-ast": "apertium-spa-ast",
    "an-es": "apertium-spa-arg", "af-nl": "apertium-afr-nld", "be-ru": "apertium-bel-rus",
    "ru-uk": "apertium-rus-ukr", "da-sv": "apertium-swe-dan", "nb-nn": "apertium-nno-nob",
  ]

  /// The BCP 47 primary subtag for an Apertium (ISO 639-3 or 639-1) language code.
  static func bcp47(_ code: String) -> String? {
    if code.count == 2 { return code }
    return iso6393[code]
  }

  static let iso6393: [String: String] = [
    "eng": "en", "spa": "es", "fra": "fr", "por": "pt", "cat": "ca", "ita": "it", "glg": "gl",
    "eus": "eu", "deu": "de", "nld": "nl", "ron": "ro", "epo": "eo", "oci": "oc", "isl": "is",
    "mkd": "mk", "hbs": "sh", "afr": "af", "bel": "be", "rus": "ru", "ukr": "uk", "swe": "sv",
    "dan": "da", "nor": "no", "nob": "nb", "nno": "nn", "ast": "ast", "arg": "an", "srd": "sc",
    "bul": "bg", "slv": "sl", "pol": "pl", "szl": "szl", "ind": "id", "zlm": "ms", "urd": "ur",
    "hin": "hi", "frp": "frp", "bre": "br", "cym": "cy",
  ]

  /// The primary subtag of a language tag, lower-cased, as ICU reads the tag (`es-MX`, `spa`,
  /// `Spanish` → `es`).
  static func primary(_ tag: String) -> String {
    let canonical = ICULanguageTag.canonical(tag) ?? tag
    return String(canonical.prefix { $0 != "-" && $0 != "_" }).lowercased()
  }

  /// Whether every program the pipeline of the mode file at `path` runs is installed (the
  /// first word of each `|`-separated stage).
  ///
  /// - Complexity: O(length of the mode file × PATH entries).
  static func programsInstalled(mode path: String) -> Bool {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return false }
    for stage in text.split(whereSeparator: { $0 == "|" || $0 == "\n" }) {
      guard let program = stage.split(separator: " ").first.map(String.init), !program.isEmpty
      else { continue }
      let found = program.hasPrefix("/")
        ? FileManager.default.isExecutableFile(atPath: program) : findExecutable(program) != nil
      if !found { return false }
    }
    return true
  }

  /// The path of `program` in `PATH` (or the usual Debian directories).
  static func findExecutable(_ program: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    let dirs = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"]
    for dir in dirs where !dir.isEmpty {
      let candidate = dir + "/" + program
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }
}
