/// What a word can do inside a written number; built from `NumberWords`.
public enum NumberWordRole: Sendable, Equatable {
  /// zero … nineteen
  case unit(Int)
  /// twenty … ninety
  case tens(Int)
  case hundred
  /// thousand, million, billion, trillion, lakh, crore (power of ten)
  case scale(Int)
  /// half, quarter(s): a multiplier as an exact decimal
  case fraction(DecimalNumber)
  /// dozen
  case collective(Int)
  /// "a" / "an": one, but only before a scale, fraction or collective
  case article
}

/// The word tables the number scanner probes.
public enum NumberLexicon {
  static func exponent(of value: Double) -> Int {
    var e = 0
    var v = value
    while v >= 10 { v /= 10; e += 1 }
    return e
  }

  static func decimal(_ value: Double) -> DecimalNumber {
    var d = DecimalNumber(Int((value * 100).rounded()), exponent: -2)
    d = d.trimmed
    return d
  }

  /// Roles of written-number words.
  public static let words: WordTable<NumberWordRole> = {
    var entries: [(String, NumberWordRole)] = []
    for (w, v) in NumberWords.units { entries.append((w, v < 20 ? .unit(v) : .tens(v))) }
    for (w, v) in NumberWords.scales {
      entries.append((w, v == 100 ? .hundred : .scale(exponent(of: v))))
    }
    for (w, v) in NumberWords.fractions { entries.append((w, .fraction(decimal(v)))) }
    for (w, v) in NumberWords.collectives { entries.append((w, .collective(Int(v)))) }
    entries.append(("a", .article))
    entries.append(("an", .article))
    return WordTable(entries.sorted { $0.0 < $1.0 })
  }()

  /// For each initial a…z, a bit per length a number word with that initial can have: a
  /// cheap test before the table probe.
  public static let lengthsByInitial: [UInt16] = {
    var masks = [UInt16](repeating: 0, count: 26)
    let all = Array(NumberWords.units.keys) + Array(NumberWords.scales.keys) + Array(NumberWords.fractions.keys)
      + Array(NumberWords.collectives.keys) + ["a", "an"]
    for word in all where word.utf8.count < 16 {
      let initial = Int(word.utf8.first! &- 0x61)
      masks[initial] |= 1 << word.utf8.count
    }
    return masks
  }()

  /// Scale words that may follow a figure ("1.5 billion", "35 lakh", "2 millions"), as powers of ten.
  public static let figureScales: WordTable<Int> = {
    var entries: [(String, Int)] = []
    for (w, v) in NumberWords.scales where v > 100 { entries.append((w, exponent(of: v))) }
    for (w, v) in NumberWords.pluralScales { entries.append((w, exponent(of: v))) }
    entries.append(("hundred", 2))
    return WordTable(entries.sorted { $0.0 < $1.0 })
  }()

  /// Abbreviated scales ("bn", "mln", glued "m"), as powers of ten.
  public static let abbreviations: WordTable<Int> = WordTable(
    NumberWords.scaleAbbreviations.map { ($0.key, exponent(of: $0.value)) }.sorted { $0.0 < $1.0 })
}
