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
