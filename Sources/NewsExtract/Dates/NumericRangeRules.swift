import NewsCore

/// Ranges of numeric month/day dates: "between 10/1-11/7", "10/1-11/2/2017",
/// "from 5/1-5/7, 2020", "10/1/2018-10/7/2018", "from 10/25 to 01/25". Month first unless
/// the locale says day first; a year on either side (or after both) applies to both; without
/// a year, "from" or "between" must introduce the pair ("1/2-3/4 cup" is no date).
enum NumericRangeRules {
  static func side(_ n: Int) -> String {
    #"(?<m\#(n)>1[0-2]|0?[1-9])(?<s\#(n)>[/-])(?<d\#(n)>[12][0-9]|3[01]|0?[1-9])(?:(?<t\#(n)>[/-])(?<y\#(n)>(?:19|20)[0-9]{2}|[0-9]{2}))?"#
  }

  static let all: [DateRule] = [
    DateRule("date.range.numeric", #"(?:(?<pre>from|between)\h+)?(?<![0-9./-])\#(side(1))\h*(?<conn>-|to|till|until|through|thru|and)\h*\#(side(2))(?:\h*,\h*(?<y3>(?:19|20)[0-9]{2}))?(?![0-9]|[/.-][0-9])"#, range),
  ]

  static func year(_ m: DateMatch, _ name: String) -> Int? {
    guard let text = m[name], let y = Int(text) else { return nil }
    return text.count == 2 ? DateParts.century(of: y) : y
  }

  static func range(_ m: DateMatch) -> DateReading? {
    guard var m1 = m.int("m1"), var d1 = m.int("d1"), var m2 = m.int("m2"), var d2 = m.int("d2") else { return nil }
    let separators = Set(["s1", "t1", "s2", "t2"].compactMap { m[$0] })
    guard separators.count == 1 else { return nil }
    var y1 = year(m, "y1"), y2 = year(m, "y2")
    let y3 = year(m, "y3")
    if m["conn"] == "and", m["pre"] != "between" { return nil }
    // Without a year or "from" / "between", pairs are fractions, scores and codes more often than dates.
    if y1 == nil, y2 == nil, y3 == nil, m["pre"] == nil { return nil }
    if m.environment.dayFirst == true { swap(&m1, &d1); swap(&m2, &d2) }
    y1 = y1 ?? y2 ?? y3
    y2 = y2 ?? y3 ?? y1
    var left = DatePoint(year: y1, month: m1, day: d1), right = DatePoint(year: y2, month: m2, day: d2)
    guard left.isValid, right.isValid else { return nil }
    var relative = false
    if left.year == nil {
      guard let ref = m.reference else {
        var r = DateReading(from: left, to: right)
        r.unresolved = true
        return r
      }
      left.year = ref.year
      right.year = ref.year
      relative = true
      if let a = left.firstDay, let b = right.lastDay, b < a { right.year = ref.year + 1 }
    }
    guard let a = left.firstDay, let b = right.lastDay, a <= b else { return nil }
    return DateReading(from: left, to: right, relative: relative)
  }
}
