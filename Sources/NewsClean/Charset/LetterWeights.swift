/// How typical each non-ASCII character is of real text, for telling legacy charsets apart.
/// Letters common in the languages each charset serves weigh most; letters that appear
/// when bytes are read in the wrong charset weigh little; symbols and controls count
/// against. Data only.
enum LetterWeights {
  static let latin: [Character: Double] = [
    // Western European
    "é": 3, "è": 2.5, "à": 2.5, "ç": 2.5, "ñ": 2, "ü": 2, "ö": 2, "ä": 2, "ß": 2, "ã": 2.5, "õ": 2,
    "ê": 2.5, "á": 3, "í": 2.5, "ó": 2.5, "ú": 2, "â": 1.5, "î": 1, "ô": 1.5, "û": 1, "ë": 1, "ï": 1,
    "ø": 1, "å": 1.5, "æ": 1, "ì": 0.5, "ò": 0.5, "ù": 0.5, "ý": 0.5, "ð": 0.2, "þ": 0.2, "œ": 1,
    // Central European
    "č": 2.5, "ř": 3, "š": 3, "ž": 3, "ě": 3, "ů": 2.5, "ł": 3, "ą": 3, "ę": 2, "ś": 2.5, "ć": 2,
    "ń": 2, "ź": 2, "ż": 2.5, "ő": 1.5, "ű": 1.5, "ť": 2, "ď": 2, "ň": 2, "ľ": 2, "ĺ": 1, "ŕ": 0.3,
    "ă": 1.5, "ţ": 1.5, "ș": 1.5, "ț": 1.5,
    // Turkish
    "ğ": 3, "ı": 3, "ş": 3, "İ": 3, "Ş": 2, "Ğ": 2,
  ]

  /// Punctuation legacy pages use: neither for nor against.
  static let neutral: Set<Character> = [
    "—", "–", "„", "“", "”", "‘", "’", "«", "»", "…", "·", "€", "©", "®", "°", "±", "•", "№", "\u{A0}",
    "‚", "‹", "›", "™", "§",
  ]

  static func isCyrillic(_ c: Character) -> Bool {
    c.unicodeScalars.first.map { (0x0400...0x04FF).contains($0.value) } ?? false
  }

  /// The weight of one decoded non-ASCII character, given the one before it.
  static func weight(_ c: Character, after previous: Character?) -> Double {
    guard let scalar = c.unicodeScalars.first else { return 0 }
    let v = scalar.value
    if v == 0xFFFD || (0x80...0x9F).contains(v) { return -5 }
    if neutral.contains(c) { return 0 }
    guard c.isLetter else { return -2 }
    let prevLetter = previous?.isLetter == true
    var w: Double
    if (0x0400...0x04FF).contains(v) {
      w = c.isLowercase ? 2 : 1
    } else if let known = latin[c] {
      w = known
    } else if let lower = latin[Character(c.lowercased())] {
      w = lower / 2
    } else {
      w = 0.2
    }
    // A capital inside a word is how a case-swapped charset (KOI8 read as windows-1251) shows.
    if c.isUppercase, prevLetter, previous?.isLowercase == true { w -= 2 }
    // Latin words seldom hold two accented letters in a row; Cyrillic read as Latin does.
    if v < 0x0400, let p = previous, p.unicodeScalars.first.map({ $0.value >= 0x80 }) == true, p.isLetter {
      w *= 0.3
    }
    return w
  }
}
