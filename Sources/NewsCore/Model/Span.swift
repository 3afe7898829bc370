/// A half-open range `[start, end)` of Unicode code points in a document's clean text.
///
/// Code points are what Python's `str` and most JSON consumers index by; never UTF-8 bytes,
/// UTF-16 units or Swift `Character`s.
public struct Span: Hashable, Comparable, Sendable {
  public var start: Int
  public var end: Int

  public init(start: Int, end: Int) {
    precondition(start <= end, "a span cannot end before it starts")
    self.start = start
    self.end = end
  }

  public var length: Int { end - start }

  /// Whether the two spans share at least one code point.
  public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }

  /// Whether `other` lies entirely inside this span.
  public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }

  public static func < (lhs: Span, rhs: Span) -> Bool {
    lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end > rhs.end
  }
}
