/// English date words: month and weekday names, day words, units and the words that
/// introduce a year. Data only; the patterns and builders compose it.
enum DateVocabulary {
  /// Month number by the first three letters of its name ("sep" for "Sept.", "September").
  static let monthByPrefix: [String: Int] = [
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
  ]

  /// ISO weekday (1 = Monday) by the first three letters of its name.
  static let weekdayByPrefix: [String: Int] = [
    "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7,
  ]

  /// Ordinal words of the days of a month, "first" … "thirty-first".
  static let dayOrdinals: [String: Int] = {
    var words = NumberWords.ordinals
    for (ten, value) in [("twenty", 20), ("thirty", 30)] {
      for (unit, n) in NumberWords.ordinals where n < 10 && value + n <= 31 {
        words["\(ten) \(unit)"] = value + n
      }
    }
    return words
  }()

  /// Cardinal words a day may be written with after a month ("May twenty nine"): 10 … 31.
  static let dayCardinals: [String: Int] = {
    var words: [String: Int] = [:]
    for (word, n) in NumberWords.units where (10...31).contains(n) { words[word] = n }
    for (ten, value) in [("twenty", 20), ("thirty", 30)] {
      for (unit, n) in NumberWords.units where n > 0 && n < 10 && value + n <= 31 {
        words["\(ten) \(unit)"] = value + n
      }
    }
    return words
  }()

  /// Small counts written as words in relative phrases ("a few months ago").
  static let fuzzyCounts: [String: Int] = ["a": 1, "an": 1, "one": 1, "a couple of": 2, "couple of": 2,
                                           "a few": 3, "few": 3, "several": 3]

  /// Words before a bare four-digit number that make it a year ("in 2009", "since 2019").
  static let yearIntroducers: Set<String> = [
    "in", "since", "by", "from", "until", "till", "through", "thru", "to", "during", "before",
    "after", "of", "between", "and", "or", "year", "early", "mid", "late", "circa", "around",
    "fiscal", "spring", "summer", "autumn", "fall", "winter", "=", "than", "back", "cy", "fy",
  ]

  /// Words before a year of 1900-2099 that make it one ("the 2024 figures", "its 2024 growth
  /// forecast").
  static let yearDeterminers: Set<String> = ["the", "its", "their", "our", "his", "her"]

  /// Nouns a number after them names or counts, which is no year ("room 2025", "Route 2019").
  static let numberedNouns: Set<String> = [
    "room", "extension", "ext", "route", "line", "flight", "platform", "gate", "bus", "model", "code", "number", "no",
    "track", "exit", "highway", "suite", "unit", "apartment", "apt", "box", "page", "chapter", "item", "lot", "ward",
    "seat", "row", "car", "train", "bill", "article", "section", "rule", "order", "case", "file", "ticket",
  ]

  /// Nouns a year before them qualifies ("the company's 2024 annual report", "its 2025
  /// budget"): a four-digit number before one of them is a year.
  static let yearNouns: Set<String> = [
    "election", "campaign", "budget", "season", "report", "census", "olympics", "annual", "fiscal",
    "financial", "general", "presidential", "midterm", "midterms", "summit", "referendum", "crisis",
    "championship", "tournament", "world", "forecast", "guidance", "outlook", "edition", "earnings",
    "deadline", "contest", "race", "primary", "pandemic", "invasion", "coup", "recession", "agreement",
    "accord", "law", "act", "treaty", "war", "uprising", "earthquake", "elections",
  ]

  /// Words before "in N years" that make it a span rather than a future day ("the lowest
  /// level in 20 years", "for the first time in two decades").
  static let spanMarkers: [String] = [
    "first time", "highest", "lowest", "biggest", "largest", "smallest", "worst", "best", "strongest",
    "weakest", "fastest", "slowest", "longest", "shortest", "deepest", "sharpest", "steepest", "record",
    "most ", "least ", "not seen", "never", "only ", "last time",
  ]

  static let spanMarkerBytes: [[UInt8]] = spanMarkers.map { Array($0.utf8) }

  /// Words before a weekday or lower-case month that make it a date ("on monday", "in may").
  static let dateIntroducers: Set<String> = [
    "on", "in", "of", "since", "by", "from", "until", "till", "through", "to", "during",
    "before", "after", "for", "this", "next", "last", "early", "mid", "late", "and", "or",
    "between", "the", "every", "past", "previous", "coming", "upcoming", "following", "end",
    "beginning", "start", "middle",
  ]

  /// Words between a verb and a weekday ("said on Sunday", "scheduled for Friday").
  static let weekdayIntroducers: Set<String> = ["on", "by", "for", "until", "till", "to", "from", "since", "before", "after"]

  /// Verbs of a timetable or a plan right before a weekday: it is to come ("opens on Tuesday",
  /// "is scheduled for Friday").
  static let timetableVerbs: Set<String> = [
    "opens", "begins", "starts", "meets", "resumes", "closes", "ends", "arrives", "leaves", "visits", "convenes",
    "scheduled", "planned", "slated", "due", "set", "expected",
  ]

  /// Verbs in the past tense that do not end in "-ed".
  static let pastVerbs: Set<String> = [
    "said", "told", "met", "saw", "won", "lost", "held", "began", "came", "went", "made", "took", "gave", "fell",
    "rose", "spoke", "wrote", "left", "paid", "sold", "bought", "quit", "hit", "led", "ran", "shot", "struck",
    "was", "were", "had", "did", "got", "sent", "put", "cut", "beat", "drew", "fled", "found", "felt", "kept",
  ]

  /// Words before a deadline, which the tense of its sentence does not place.
  static let deadlineWords: Set<String> = ["until", "till", "payable", "due", "through", "thru"]

  /// Auxiliaries that make a following "-ed" word a present passive ("are banned").
  static let presentAuxiliaries: Set<String> = ["is", "are", "am", "be", "been", "being", "get", "gets", "remains", "remain"]

  /// Words whose presence before a weekday points it to the future ("will", "'ll").
  static let futureMarkers: [String] = [
    "will ", "'ll ", "shall ", "going to ", "scheduled", "plans to", "plan to", "expected to",
    "is to ", "are to ", "set to ", "upcoming", "would ",
  ]
}
