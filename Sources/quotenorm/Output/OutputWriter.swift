#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A buffered writer to a file descriptor that reports write failures (full disk, closed pipe)
/// instead of losing output silently.
struct OutputWriter {
  private let fd: Int32
  private var buffer: [UInt8] = []

  static func standardOutput() -> OutputWriter {
    signal(SIGPIPE, SIG_IGN)  // a closed pipe becomes EPIPE, reported below, not a crash
    return OutputWriter(fd: 1)
  }

  init(fd: Int32) {
    self.fd = fd
    buffer.reserveCapacity(1 << 16)
  }

  mutating func write(_ s: String) throws(OutputError) {
    buffer.append(contentsOf: s.utf8)
    if buffer.count >= 1 << 16 { try flush() }
  }

  mutating func write(bytes: some Collection<UInt8>) throws(OutputError) {
    buffer.append(contentsOf: bytes)
    if buffer.count >= 1 << 16 { try flush() }
  }

  mutating func flush() throws(OutputError) {
    var done = 0
    while done < buffer.count {
      let n = buffer.withUnsafeBufferPointer { Glibc.write(fd, $0.baseAddress! + done, $0.count - done) }
      if n < 0 {
        if errno == EINTR { continue }
        let e = errno
        buffer.removeAll()
        throw OutputError(pipeClosed: e == EPIPE, message: String(cString: strerror(e)))
      }
      done += n
    }
    buffer.removeAll(keepingCapacity: true)
  }
}

/// Output could not be written.
struct OutputError: Error {
  var pipeClosed: Bool
  var message: String
}
