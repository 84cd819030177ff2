import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Work spread over all cores: `concurrentPerform` over chunks, each writing its own result
/// slot, results returned in chunk order (so output never depends on scheduling).
///
/// ```swift
/// let sums = Parallel.map(chunks: 8) { k in (k * 100..<(k + 1) * 100).reduce(0, +) }
/// ```
enum Parallel {
  /// Cores available to this process.
  static let cores: Int = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))

  /// `body(k)` for every `k` in `0..<chunks`, run concurrently; the results in order of `k`.
  ///
  /// - Complexity: the work of the bodies, divided among the cores.
  static func map<T: Sendable>(chunks: Int, _ body: @Sendable (Int) -> T) -> [T] {
    guard chunks > 0 else { return [] }
    let slots = Slots<T>(count: chunks)
    if chunks == 1 || cores == 1 {
      for k in 0..<chunks { slots.set(k, body(k)) }
    } else {
      DispatchQueue.concurrentPerform(iterations: chunks) { k in slots.set(k, body(k)) }
    }
    return slots.values()
  }

  /// `0..<count` cut into about `perCore` chunks per core, none smaller than `minimum`.
  ///
  /// - Complexity: O(*k*) in the number of chunks.
  static func ranges(_ count: Int, perCore: Int = 8, minimum: Int = 64) -> [Range<Int>] {
    guard count > 0 else { return [] }
    let wanted = max(1, min(cores * perCore, (count + minimum - 1) / minimum))
    let size = (count + wanted - 1) / wanted
    return stride(from: 0, to: count, by: size).map { $0..<min(count, $0 + size) }
  }
}

/// One result slot per chunk. `@unchecked Sendable`: each slot is written by exactly one
/// `concurrentPerform` iteration and read only after all of them have returned, which
/// `concurrentPerform` orders (it returns when every iteration is done).
final class Slots<T>: @unchecked Sendable {
  private let storage: UnsafeMutablePointer<T?>
  private let count: Int

  init(count: Int) {
    self.count = count
    storage = .allocate(capacity: count)
    storage.initialize(repeating: nil, count: count)
  }

  deinit {
    storage.deinitialize(count: count)
    storage.deallocate()
  }

  func set(_ k: Int, _ value: T) { storage[k] = value }

  /// Every slot, in order (each was set: `concurrentPerform` ran every iteration).
  func values() -> [T] { (0..<count).compactMap { storage[$0] } }
}

/// Progress of a long run, reported to a callback as phases advance.
///
/// ```swift
/// clusterer.cluster(collection) { p in print(p.phase, p.done, p.total) }
/// ```
public struct ClusteringProgress: Sendable, Hashable {
  /// The phase: `"reading"`, `"candidates"`, `"clustering"`.
  public var phase: String
  /// Units done in this phase.
  public var done: Int
  /// Units in this phase.
  public var total: Int

  /// Creates a progress report.
  ///
  /// - Complexity: O(1).
  public init(phase: String, done: Int, total: Int) {
    self.phase = phase
    self.done = done
    self.total = total
  }
}
