internal import CQuoteICU

/// Legacy single-byte codepages as ICU decodes them; used to build mojibake tables.
///
/// ```swift
/// try ICUCodepage.decodeAllBytes(converter: "windows-1252")[0x80]  // "€"
/// ```
package enum ICUCodepage {
  /// The scalar each byte 0...255 decodes to, or nil where the codepage has no mapping.
  ///
  /// - Complexity: O(256).
  package static func decodeAllBytes(converter: String) throws(ICUError) -> [Unicode.Scalar?] {
    var table: [Unicode.Scalar?] = []
    for byte in 0...255 {
      var out = [UInt16](repeating: 0, count: 4)
      var status: Int32 = 0
      let src = [CChar(bitPattern: UInt8(byte))]
      let n = converter.withCString { qn_codepage_decode($0, src, 1, &out, 4, &status) }
      try ICUError.check(status, "decode with \(converter)")
      let s = String(decoding: out.prefix(Int(n)), as: UTF16.self).unicodeScalars
      table.append(s.count == 1 && s.first != "\u{FFFD}" && s.first != "\u{1A}" ? s.first : nil)
    }
    return table
  }
}
