/// The currency tables composed for lookup: name phrases ("swiss francs"), codes, symbols.
enum CurrencyLexicon {
  /// Every name phrase, bare and with its country words, lower case.
  static let phrases: [String: CurrencyReading] = {
    var table: [String: CurrencyReading] = [:]
    for unit in CurrencyNames.units {
      for form in unit.forms {
        if let bare = unit.bare {
          table[form] = CurrencyReading(
            code: bare, source: .name, ambiguous: unit.ambiguous, minorExponent: unit.minorExponent)
        }
        for (country, code) in unit.countries {
          table[country + " " + form] = CurrencyReading(code: code, source: .name, minorExponent: unit.minorExponent)
        }
      }
    }
    return table
  }()

  /// The most words a name phrase has ("trinidad and tobago dollars").
  static let longestPhrase: Int = phrases.keys.map { $0.split(separator: " ").count }.max() ?? 1

  /// Code-like words, lower case: ISO codes, scaled codes (`musd`, `keur`), letter symbols.
  static let codeLike: WordTable<Bool> = {
    var words = Set<String>()
    for code in CurrencyCodes.codes {
      words.insert(code.lowercased())
      words.insert("m" + code.lowercased())
      words.insert("k" + code.lowercased())
    }
    for (letters, _) in CurrencySymbols.letterSymbols { words.insert(letters.lowercased()) }
    return WordTable(words.sorted().map { ($0, true) })
  }()

  /// Words that can begin a currency name, code or letter symbol: a cheap gate before any
  /// string is built.
  static let firstWords: WordTable<Bool> = {
    var words = Set<String>()
    for phrase in phrases.keys {
      let first = phrase.split(separator: " ")[0].replacingOccurrences(of: ".", with: "")
      words.insert(String(first))
      if first == "us" || first == "uk" { words.insert(String(first.prefix(1))) }  // "u.s." starts with "u"
    }
    for code in CurrencyCodes.codes {
      words.insert(code.lowercased())
      words.insert("m" + code.lowercased())
    }
    for (letters, _) in CurrencySymbols.letterSymbols { words.insert(letters.lowercased()) }
    return WordTable(words.sorted().map { ($0, true) })
  }()
}
