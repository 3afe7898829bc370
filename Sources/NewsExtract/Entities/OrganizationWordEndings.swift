/// Endings that make one capitalized word a company's name ("Commerzbank", "Bankcorp",
/// "Microsoft", "Rosneft", "Gazprom"), lower-case ASCII: data for `EntityPass.hasOrganizationEnding`.
/// Endings that are also common in surnames ("-tel", "-air", "-man") are left out.
enum OrganizationWordEndings {
  static let endings: [[UInt8]] = [
    "bank", "bancorp", "bankcorp", "corp", "soft", "tech", "pharma", "telecom", "prom", "neft", "chem", "invest",
  ].map { Array($0.utf8) }
  /// Letters the word needs before its ending ("Bank" alone is a keyword, not a name).
  static let minimumStem = 3
  /// Whether some ending ends with the byte: most words fail this one test.
  static let finalBytes: [Bool] = {
    var table = [Bool](repeating: false, count: 256)
    for ending in endings { if let last = ending.last { table[Int(last)] = true } }
    return table
  }()
}

extension EntityPass {
  /// Whether word `i` is one word made of a name and a company ending ("Commerzbank").
  func hasOrganizationEnding(_ i: Int) -> Bool {
    let bytes = tokenBytes(i)
    guard tokens[i].isWord, !tokens[i].isAllCaps, !tokens[i].shape.contains(.nonASCII) || bytes.count > 8,
      let last = bytes.last, OrganizationWordEndings.finalBytes[Int(last | 0x20)]
    else { return false }
    for ending in OrganizationWordEndings.endings where bytes.count >= ending.count + OrganizationWordEndings.minimumStem {
      var matches = true
      var b = bytes.endIndex - ending.count
      for c in ending {
        if bytes[b] | 0x20 != c { matches = false; break }
        b += 1
      }
      if matches { return true }
    }
    return false
  }
}
