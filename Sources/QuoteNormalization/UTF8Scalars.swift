/// Fast UTF-8 ↔ scalar conversion for valid UTF-8.
enum UTF8Scalars {
  /// - Complexity: O(*n*).
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(bytes.count)
    var i = 0
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      var v: UInt32
      if b < 0x80 {
        v = UInt32(b)
        i += 1
      } else if b < 0xE0 {
        v = (UInt32(b & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F)
        i += 2
      } else if b < 0xF0 {
        v = (UInt32(b & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
        i += 3
      } else {
        v = (UInt32(b & 0x07) << 18) | (UInt32(bytes[i + 1] & 0x3F) << 12)
          | (UInt32(bytes[i + 2] & 0x3F) << 6) | UInt32(bytes[i + 3] & 0x3F)
        i += 4
      }
      out.append(Unicode.Scalar(v) ?? "\u{FFFD}")
    }
    return out
  }

  /// Makes room for `extra` more bytes at the end of `out`, growing it geometrically: an
  /// exact `reserveCapacity` per line would copy a buffer that holds many lines once per line.
  ///
  /// - Complexity: amortized O(1) per byte appended.
  @inline(__always)
  static func reserve(_ extra: Int, in out: inout [UInt8]) {
    // Always a `reserveCapacity` call (a no-op when there is room): the appends after it then
    // run without their own checks.
    let wanted = out.count + extra
    out.reserveCapacity(out.capacity >= wanted ? wanted : max(wanted, 2 * out.capacity))
  }

  /// - Complexity: O(*n*).
  static func encode(_ scalars: [Unicode.Scalar], into out: inout [UInt8]) {
    reserve(scalars.count + 8, in: &out)
    for c in scalars {
      let v = c.value
      if v < 0x80 {
        out.append(UInt8(v))
      } else if v < 0x800 {
        out.append(UInt8(0xC0 | (v >> 6)))
        out.append(UInt8(0x80 | (v & 0x3F)))
      } else if v < 0x10000 {
        out.append(UInt8(0xE0 | (v >> 12)))
        out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (v & 0x3F)))
      } else {
        out.append(UInt8(0xF0 | (v >> 18)))
        out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
        out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (v & 0x3F)))
      }
    }
  }
}
