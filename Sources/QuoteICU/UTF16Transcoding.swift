/// Fast UTF-8 → UTF-16 transcoding for ICU calls (`Array(string.utf16)` walks a native
/// string index by index, several times slower).
package enum UTF16Transcoding {
  /// The UTF-16 code units of `text`.
  ///
  /// - Complexity: O(*n*).
  package static func units(of text: String) -> [UInt16] {
    var copy = text
    return copy.withUTF8 { bytes in
      [UInt16](unsafeUninitializedCapacity: bytes.count) { out, count in
        var i = 0
        var o = 0
        let n = bytes.count
        while i < n {
          let b = bytes[i]
          if b < 0x80 {
            out[o] = UInt16(b)
            o += 1
            i += 1
          } else if b < 0xE0 {
            out[o] = (UInt16(b & 0x1F) << 6) | UInt16(bytes[i + 1] & 0x3F)
            o += 1
            i += 2
          } else if b < 0xF0 {
            out[o] = (UInt16(b & 0x0F) << 12) | (UInt16(bytes[i + 1] & 0x3F) << 6) | UInt16(bytes[i + 2] & 0x3F)
            o += 1
            i += 3
          } else {
            let v = (UInt32(b & 0x07) << 18) | (UInt32(bytes[i + 1] & 0x3F) << 12)
              | (UInt32(bytes[i + 2] & 0x3F) << 6) | UInt32(bytes[i + 3] & 0x3F)
            let u = v - 0x10000
            out[o] = UInt16(0xD800 + (u >> 10))
            out[o + 1] = UInt16(0xDC00 + (u & 0x3FF))
            o += 2
            i += 4
          }
        }
        count = o
      }
    }
  }
}

extension UTF16Transcoding {
  /// A string from UTF-16 code units (lone surrogates become U+FFFD). Going through UTF-8
  /// bytes is several times faster than `String(decoding:as: UTF16.self)` on Linux.
  ///
  /// - Complexity: O(*n*).
  package static func string(from units: [UInt16]) -> String {
    units.withUnsafeBufferPointer { string(from: $0) }
  }

  /// A string from UTF-16 code units.
  ///
  /// - Complexity: O(*n*).
  package static func string(from units: UnsafeBufferPointer<UInt16>) -> String {
    var bytes = [UInt8]()
    bytes.reserveCapacity(units.count * 3)
    var i = 0
    let n = units.count
    while i < n {
      var v = UInt32(units[i])
      i += 1
      if v >= 0xD800 && v < 0xE000 {
        if v < 0xDC00, i < n, units[i] >= 0xDC00, units[i] < 0xE000 {
          v = 0x10000 + ((v - 0xD800) << 10) + (UInt32(units[i]) - 0xDC00)
          i += 1
        } else {
          v = 0xFFFD
        }
      }
      if v < 0x80 {
        bytes.append(UInt8(v))
      } else if v < 0x800 {
        bytes.append(UInt8(0xC0 | (v >> 6)))
        bytes.append(UInt8(0x80 | (v & 0x3F)))
      } else if v < 0x10000 {
        bytes.append(UInt8(0xE0 | (v >> 12)))
        bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
        bytes.append(UInt8(0x80 | (v & 0x3F)))
      } else {
        bytes.append(UInt8(0xF0 | (v >> 18)))
        bytes.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
        bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
        bytes.append(UInt8(0x80 | (v & 0x3F)))
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
