import NewsCore
import Testing

@testable import NewsExtract

/// Money: one row per form the issue lists, each with the one amount expected.
@Suite struct MoneyExtractorTests {
  static let cases: [NumberValueCase] = [
    // Symbols before and after, spaced or not.
    NumberValueCase(
      input: "The grant was $750 in total.", text: "$750", value: usdAmount(750),
      attributes: ["currency_source": "bare-symbol", "ambiguous_currency": true]),
    NumberValueCase(
      input: "It raised US$ 5 million last week.", text: "US$ 5 million", value: usdAmount(5e6),
      attributes: ["currency_source": "symbol"]),
    NumberValueCase(input: "Costs hit C$12.5bn this year.", text: "C$12.5bn", value: moneyAmount(12.5e9, "CAD")),
    NumberValueCase(input: "A deal worth A$3 million was signed.", text: "A$3 million", value: moneyAmount(3e6, "AUD")),
    NumberValueCase(
      input: "Sales reached HK$ 10.05 billion.", text: "HK$ 10.05 billion", value: moneyAmount(10.05e9, "HKD")),
    NumberValueCase(
      input: "The chip plant cost NT$90 billion.", text: "NT$90 billion", value: moneyAmount(90e9, "TWD")),
    NumberValueCase(input: "Tickets cost €45 each.", text: "€45", value: moneyAmount(45, "EUR")),
    NumberValueCase(input: "A fine of £2.5m was imposed.", text: "£2.5m", value: moneyAmount(2.5e6, "GBP")),
    NumberValueCase(input: "The budget is ₸ 1.2 trillion.", text: "₸ 1.2 trillion", value: moneyAmount(1.2e12, "KZT")),
    NumberValueCase(
      input: "Bread rose to 25 ₺ a loaf.", text: "25 ₺", value: moneyAmount(25, "TRY"), attributes: ["per": "loaf"]),
    NumberValueCase(input: "They paid ₽500 for it.", text: "₽500", value: moneyAmount(500, "RUB")),
    NumberValueCase(input: "The phone sells for ₹14,999.", text: "₹14,999", value: moneyAmount(14999, "INR")),
    NumberValueCase(input: "A meal is ₩12,000 there.", text: "₩12,000", value: moneyAmount(12000, "KRW")),
    NumberValueCase(
      input: "Lunch was ¥1,200.", text: "¥1,200", value: moneyAmount(1200, "JPY"),
      attributes: ["currency_source": "bare-symbol", "ambiguous_currency": true]),
    NumberValueCase(
      input: "Entry is 10 € per person.", text: "10 €", value: moneyAmount(10, "EUR"), attributes: ["per": "person"]),
    // ISO codes before and after.
    NumberValueCase(
      input: "Investment of USD 5 million was agreed.", text: "USD 5 million", value: usdAmount(5e6),
      attributes: ["currency_source": "code"]),
    NumberValueCase(input: "Profit was 5mn USD in May.", text: "5mn USD", value: usdAmount(5e6)),
    NumberValueCase(
      input: "Spending of KZT 1.2 trillion is planned.", text: "KZT 1.2 trillion", value: moneyAmount(1.2e12, "KZT")),
    NumberValueCase(input: "The fee is EUR125.", text: "EUR125", value: moneyAmount(125, "EUR")),
    NumberValueCase(input: "Losses exceeded 30 MUSD.", text: "30 MUSD", value: usdAmount(30e6)),
    NumberValueCase(input: "The loss was 75 USD million.", text: "75 USD million", value: usdAmount(75e6)),
    // Currency names with their ISO code.
    NumberValueCase(
      input: "Trade reached 10 billion US dollars.", text: "10 billion US dollars", value: usdAmount(10e9),
      attributes: ["currency_source": "name"]),
    NumberValueCase(
      input: "He earned 4,000 euros a month.", text: "4,000 euros", value: moneyAmount(4000, "EUR"),
      attributes: ["per": "month"]),
    NumberValueCase(
      input: "The club paid 20 million pounds sterling.", text: "20 million pounds sterling",
      value: moneyAmount(20e6, "GBP")),
    NumberValueCase(input: "A bowl costs 800 yen.", text: "800 yen", value: moneyAmount(800, "JPY")),
    NumberValueCase(
      input: "Output was worth 3 trillion yuan.", text: "3 trillion yuan", value: moneyAmount(3e12, "CNY")),
    NumberValueCase(
      input: "Reserves of 2 trillion renminbi were kept.", text: "2 trillion renminbi", value: moneyAmount(2e12, "CNY")),
    NumberValueCase(
      input: "The fund holds 500 billion tenge.", text: "500 billion tenge", value: moneyAmount(500e9, "KZT")),
    NumberValueCase(
      input: "A loan of 40 million Turkish lira was issued.", text: "40 million Turkish lira",
      value: moneyAmount(40e6, "TRY")
    ),
    NumberValueCase(
      input: "Fines of 300,000 rubles were paid.", text: "300,000 rubles", value: moneyAmount(300000, "RUB")),
    NumberValueCase(input: "Aid of 2 crore rupees arrived.", text: "2 crore rupees", value: moneyAmount(2e7, "INR")),
    NumberValueCase(
      input: "The bank set aside 80 million Swiss francs.", text: "80 million Swiss francs",
      value: moneyAmount(80e6, "CHF")),
    NumberValueCase(input: "Fares rose by 3 Mexican pesos.", text: "3 Mexican pesos", value: moneyAmount(3, "MXN")),
    NumberValueCase(input: "It earned 1.5 billion dlrs in 1986.", text: "1.5 billion dlrs", value: usdAmount(1.5e9)),
    NumberValueCase(input: "The issue raised 50 mln stg.", text: "50 mln stg", value: moneyAmount(50e6, "GBP")),
    NumberValueCase(
      input: "The bank lent 120 billion lire.", text: "120 billion lire", value: moneyAmount(120e9, "ITL")),
    NumberValueCase(
      input: "It paid 1.8 billion German marks.", text: "1.8 billion German marks", value: moneyAmount(1.8e9, "DEM")),
    // Minor units.
    NumberValueCase(input: "Shares fell 50 cents on Monday.", text: "50 cents", value: usdAmount(0.5)),
    NumberValueCase(input: "A stamp now costs 20 pence.", text: "20 pence", value: moneyAmount(0.2, "GBP")),
    NumberValueCase(input: "Bread went up by 90 kopecks.", text: "90 kopecks", value: moneyAmount(0.9, "RUB")),
    NumberValueCase(input: "It cost 3 dollars 50 cents.", text: "3 dollars 50 cents", value: usdAmount(3.5)),
    NumberValueCase(
      input: "a 15-cent-a-share dividend", text: "15-cent", value: usdAmount(0.15), attributes: ["per": "share"]),
    // Scales, written numbers, mixed.
    NumberValueCase(input: "Exports hit ten billion dollars.", text: "ten billion dollars", value: usdAmount(10e9)),
    NumberValueCase(input: "He spent a billion dollars on it.", text: "a billion dollars", value: usdAmount(1e9)),
    NumberValueCase(
      input: "The house sold for half a million dollars.", text: "half a million dollars", value: usdAmount(5e5)),
    NumberValueCase(
      input: "The state owes twenty million euros.", text: "twenty million euros", value: moneyAmount(20e6, "EUR")),
    NumberValueCase(input: "It raised 1.5bn euros.", text: "1.5bn euros", value: moneyAmount(1.5e9, "EUR")),
    NumberValueCase(input: "They bought it for $3.3 billion.", text: "$3.3 billion", value: usdAmount(3.3e9)),
    NumberValueCase(input: "A prize of $10k was offered.", text: "$10k", value: usdAmount(1e4)),
    NumberValueCase(input: "It cost $2 mln in repairs.", text: "$2 mln", value: usdAmount(2e6)),
    NumberValueCase(input: "Debt reached $31 tn.", text: "$31 tn", value: usdAmount(31e12)),
    // Number formats decided from the figure.
    NumberValueCase(input: "The bill was $1,234.5 in total.", text: "$1,234.5", value: usdAmount(1234.5)),
    NumberValueCase(input: "Le prix: 1 234,5 € hors taxes.", text: "1 234,5 €", value: moneyAmount(1234.5, "EUR")),
    NumberValueCase(input: "Der Preis: 1.234,5 € netto.", text: "1.234,5 €", value: moneyAmount(1234.5, "EUR")),
    NumberValueCase(input: "Budget: 1.234.567 € im Jahr.", text: "1.234.567 €", value: moneyAmount(1_234_567, "EUR")),
    NumberValueCase(input: "A stamp costs $.50 now.", text: "$.50", value: usdAmount(0.5)),
    NumberValueCase(
      input: "Chelsea paid the £71.6million fee.", text: "£71.6million", value: moneyAmount(71.6e6, "GBP")),
    NumberValueCase(
      input: "Tickets were Rs. 500 each.", text: "Rs. 500", value: moneyAmount(500, "INR"),
      attributes: ["currency_source": "bare-symbol"]),
    NumberValueCase(input: "It was a 5-billion-dollar deal.", text: "5-billion-dollar", value: usdAmount(5e9)),
    NumberValueCase(input: "The meal cost one dollar fifty.", text: "one dollar fifty", value: usdAmount(1.5)),
    NumberValueCase(input: "It cost 5 dollars and 50 cents.", text: "5 dollars and 50 cents", value: usdAmount(5.5)),
    NumberValueCase(
      input: "It cost two hundred and fifty pounds.", text: "two hundred and fifty pounds",
      value: moneyAmount(250, "GBP")),
    NumberValueCase(input: "A coin of 5 euro cents.", text: "5 euro cents", value: moneyAmount(0.05, "EUR")),
    NumberValueCase(
      input: "He paid $10 Canadian dollars.", text: "$10 Canadian dollars", value: moneyAmount(10, "CAD")),
    // Ranges.
    NumberValueCase(
      input: "The plan costs $3-5 billion.", text: "$3-5 billion", value: moneyRangeValue(3e9, 5e9, "USD")),
    NumberValueCase(input: "It costs $3–5 billion.", text: "$3–5 billion", value: moneyRangeValue(3e9, 5e9, "USD")),
    NumberValueCase(
      input: "Bids were between $2 and $3 million.", text: "$2 and $3 million", value: moneyRangeValue(2e6, 3e6, "USD")),
    NumberValueCase(
      input: "It is valued at $2 million to $3 million.", text: "$2 million to $3 million",
      value: moneyRangeValue(2e6, 3e6, "USD")),
    NumberValueCase(
      input: "Repairs need 3 to 5 million euros.", text: "3 to 5 million euros", value: moneyRangeValue(3e6, 5e6, "EUR")
    ),
    // Qualifiers beside the value, outside the span.
    NumberValueCase(
      input: "The fund has about $14 million.", text: "$14 million", value: usdAmount(14e6), qualifier: "about"),
    NumberValueCase(
      input: "It lost more than $2 billion.", text: "$2 billion", value: usdAmount(2e9), qualifier: "more than"),
    NumberValueCase(
      input: "Fines of up to €20 million apply.", text: "€20 million", value: moneyAmount(20e6, "EUR"),
      qualifier: "up to"),
    NumberValueCase(
      input: "Costs were at least £5m.", text: "£5m", value: moneyAmount(5e6, "GBP"), qualifier: "at least"),
    NumberValueCase(
      input: "They spent nearly $1 billion.", text: "$1 billion", value: usdAmount(1e9), qualifier: "nearly"),
    // The redundant name is one amount; rates keep their unit.
    NumberValueCase(
      input: "Trade reached $5 billion dollars in 2024.", text: "$5 billion dollars", value: usdAmount(5e9)),
    NumberValueCase(
      input: "The app costs $4.99 per month.", text: "$4.99", value: usdAmount(4.99), attributes: ["per": "month"]),
    NumberValueCase(
      input: "Brent traded at $71 a barrel.", text: "$71", value: usdAmount(71), attributes: ["per": "barrel"]),
  ]

  @Test(arguments: cases) func findsTheAmount(_ row: NumberValueCase) {
    let facts = MoneyExtractor().facts(in: row.input, context: numberTablesContext)
    #expect(facts.count == 1)
    guard let fact = facts.first else { return }
    #expect(fact.kind == .money)
    #expect(fact.text == row.text)
    #expect(fact.value == row.value)
    if let q = row.qualifier { #expect(fact.qualifier == q) }
    for (key, value) in row.attributes { #expect(fact.attributes[key] == value, "attribute \(key)") }
    #expect(fact.rule.hasPrefix("money."))
  }

  /// Numbers the text does not tie to a currency are never money.
  static let negatives: [String] = [
    "All 70 of us went home.",
    "ALL 5 answers were wrong.",
    "She called 3 times since Monday.",
    "The COP29 summit opened in Baku.",
    "Millions of dollars were lost.",
    "The dollar rose against the yen.",
    "He bought 20 pounds of flour.",
    "Growth was 5% in 2024.",
    "They sold 12,000 tickets.",
    "Call 555-1234 for details.",
    "The francs were worth 10 each.",
    "They installed four RS-25 engines.",
    "I asked Bob 3 times.",
    "The index passed the 10,000 mark.",
    "He will try 5 more times.",
  ]

  @Test(arguments: negatives) func findsNoAmount(_ input: String) {
    #expect(MoneyExtractor().facts(in: input, context: numberTablesContext).isEmpty)
  }

  @Test func spansAreCodePoints() {
    let facts = MoneyExtractor().facts(in: "Türkiye — ₸5 billion", context: numberTablesContext)
    #expect(facts.first?.span == Span(start: 10, end: 20))
  }

  @Test func outputIsDeterministic() {
    let text = "Between $2 and $3 million, or €4bn, about 50 cents a share."
    let first = MoneyExtractor().facts(in: text, context: numberTablesContext)
    let second = MoneyExtractor().facts(in: text, context: numberTablesContext)
    #expect(first == second)
    #expect(first.count == 3)
  }
}
