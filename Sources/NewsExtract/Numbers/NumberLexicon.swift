/// What a word can do inside a written number; built from `NumberWords`.
enum NumberWordRole: Sendable, Equatable {
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
enum NumberLexicon {
  static func exponent(of value: Double) -> Int {
    var e = 0
    var v = value
    while v >= 10 {
      v /= 10
      e += 1
    }
    return e
  }

  static func decimal(_ value: Double) -> DecimalNumber {
    var d = DecimalNumber(Int((value * 100).rounded()), exponent: -2)
    d = d.trimmed
    return d
  }

  /// Roles of written-number words.
  static let words: WordTable<NumberWordRole> = {
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
  static let lengthsByInitial: [UInt16] = {
    var masks = [UInt16](repeating: 0, count: 26)
    let all =
      Array(NumberWords.units.keys) + Array(NumberWords.scales.keys) + Array(NumberWords.fractions.keys)
      + Array(NumberWords.collectives.keys) + ["a", "an"]
    for word in all where word.utf8.count < 16 {
      let initial = Int(word.utf8.first! &- 0x61)
      masks[initial] |= 1 << word.utf8.count
    }
    return masks
  }()

  /// Entry `16 × initial + length` has bit `second` set when a number word of that length
  /// begins with those two letters (a…z as 0…25; a one-letter word sets bit 26): a cheap test
  /// that turns away "the", "those", "from" before any table probe.
  static let initialPairs: [UInt32] = {
    var masks = [UInt32](repeating: 0, count: 26 * 16)
    let all =
      Array(NumberWords.units.keys) + Array(NumberWords.scales.keys) + Array(NumberWords.fractions.keys)
      + Array(NumberWords.collectives.keys) + ["a", "an"]
    for word in all where word.utf8.count < 16 {
      let u = Array(word.utf8)
      masks[Int(u[0] &- 0x61) * 16 + u.count] |= u.count > 1 ? 1 << UInt32(u[1] &- 0x61) : 1 << 26
    }
    return masks
  }()

  /// Initials of the words an article can stand before ("a hundred", "a million", "a dozen",
  /// "a half", "a quarter", "a lakh", "a crore"), a…z as bits 0…25.
  static let afterArticle: UInt32 = {
    var mask: UInt32 = 0
    let all = Array(NumberWords.scales.keys) + Array(NumberWords.fractions.keys) + Array(NumberWords.collectives.keys)
    for word in all { mask |= 1 << UInt32(word.utf8.first! &- 0x61) }
    return mask
  }()

  /// Initials of scale words and abbreviations (a…z as bits 0…25): the word after a figure is
  /// looked up only when its initial is one of these.
  static let scaleInitials: UInt32 = {
    var mask: UInt32 = 0
    let all =
      Array(NumberWords.scales.keys) + Array(NumberWords.pluralScales.keys) + Array(NumberWords.scaleAbbreviations.keys)
    for word in all { mask |= 1 << UInt32(word.utf8.first! &- 0x61) }
    return mask
  }()

  /// Scale words that may follow a figure ("1.5 billion", "35 lakh", "2 millions"), as powers of ten.
  static let figureScales: WordTable<Int> = {
    var entries: [(String, Int)] = []
    for (w, v) in NumberWords.scales where v > 100 { entries.append((w, exponent(of: v))) }
    for (w, v) in NumberWords.pluralScales { entries.append((w, exponent(of: v))) }
    entries.append(("hundred", 2))
    return WordTable(entries.sorted { $0.0 < $1.0 })
  }()

  /// Abbreviated scales ("bn", "mln", glued "m"), as powers of ten.
  static let abbreviations: WordTable<Int> = WordTable(
    NumberWords.scaleAbbreviations.map { ($0.key, exponent(of: $0.value)) }.sorted { $0.0 < $1.0 })
}
