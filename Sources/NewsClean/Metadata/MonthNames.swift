/// Month names and abbreviations (English, Portuguese, Spanish, French, German, Italian,
/// Indonesian, Turkish) → month number. Data only.
enum MonthNames {
  static let names: [[String]] = [
    ["january", "jan", "janeiro", "enero", "janvier", "januar", "jänner", "gennaio", "januari", "ocak"],
    ["february", "feb", "fevereiro", "febrero", "février", "februar", "febbraio", "februari", "şubat"],
    ["march", "mar", "março", "marzo", "mars", "märz", "maret", "mart"],
    ["april", "apr", "abril", "avril", "aprile", "nisan"],
    ["may", "maio", "mayo", "mai", "maggio", "mei", "mayıs"],
    ["june", "jun", "junho", "junio", "juin", "juni", "giugno", "haziran"],
    ["july", "jul", "julho", "julio", "juillet", "juli", "luglio", "temmuz"],
    ["august", "aug", "agosto", "août", "agustus", "ağustos"],
    ["september", "sep", "sept", "setembro", "septiembre", "septembre", "settembre", "eylül"],
    ["october", "oct", "outubro", "octubre", "octobre", "oktober", "ottobre", "ekim", "okt"],
    ["november", "nov", "novembro", "noviembre", "novembre", "kasım"],
    ["december", "dec", "dezembro", "diciembre", "décembre", "dezember", "dicembre", "desember", "aralık", "dez"],
  ]

  static let number: [String: Int] = {
    var table: [String: Int] = [:]
    for (i, words) in names.enumerated() { for w in words { table[w] = i + 1 } }
    return table
  }()
}
