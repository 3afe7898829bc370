/// Words whose trailing period belongs to them ("Mr.", "Corp.", "St."), not to the sentence.
enum NameAbbreviations {
  static let words: [String] = [
    "mr", "mrs", "ms", "dr", "prof", "rev", "sen", "rep", "gov", "gen", "col", "lt", "maj", "capt",
    "sgt", "adm", "cmdr", "jr", "sr", "st", "mt", "ft", "corp", "inc", "ltd", "co", "bros", "plc",
    "messrs", "no", "vs", "v", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec",
  ]
  /// Abbreviations after which a sentence may still go on (titles, initials, months).
  static let neverEndSentence: [String] = [
    "mr", "mrs", "ms", "dr", "prof", "rev", "sen", "rep", "gov", "gen", "col", "lt", "maj", "capt",
    "sgt", "adm", "cmdr", "st", "mt", "ft", "messrs", "no", "vs", "v", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  ]
  static let keys = KeySet(words.map { PhraseKey.word($0) })
  static let continuing = KeySet(neverEndSentence.map { PhraseKey.word($0) })
}
