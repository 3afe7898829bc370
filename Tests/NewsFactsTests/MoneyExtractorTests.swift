import NewsCore
import Testing

@testable import NewsExtract

/// Money: one row per form the issue lists, each with the one amount expected.
@Suite struct MoneyExtractorTests {
  static let cases: [ValueCase] = [
    // Symbols before and after, spaced or not.
    ValueCase(
      input: "The grant was $750 in total.", text: "$750", value: usd(750),
      attributes: ["currency_source": "bare-symbol", "ambiguous_currency": true]),
    ValueCase(
      input: "It raised US$ 5 million last week.", text: "US$ 5 million", value: usd(5e6),
      attributes: ["currency_source": "symbol"]),
    ValueCase(input: "Costs hit C$12.5bn this year.", text: "C$12.5bn", value: money(12.5e9, "CAD")),
    ValueCase(input: "A deal worth A$3 million was signed.", text: "A$3 million", value: money(3e6, "AUD")),
    ValueCase(input: "Sales reached HK$ 10.05 billion.", text: "HK$ 10.05 billion", value: money(10.05e9, "HKD")),
    ValueCase(input: "The chip plant cost NT$90 billion.", text: "NT$90 billion", value: money(90e9, "TWD")),
    ValueCase(input: "Tickets cost €45 each.", text: "€45", value: money(45, "EUR")),
    ValueCase(input: "A fine of £2.5m was imposed.", text: "£2.5m", value: money(2.5e6, "GBP")),
    ValueCase(input: "The budget is ₸ 1.2 trillion.", text: "₸ 1.2 trillion", value: money(1.2e12, "KZT")),
    ValueCase(input: "Bread rose to 25 ₺ a loaf.", text: "25 ₺", value: money(25, "TRY"), attributes: ["per": "loaf"]),
    ValueCase(input: "They paid ₽500 for it.", text: "₽500", value: money(500, "RUB")),
    ValueCase(input: "The phone sells for ₹14,999.", text: "₹14,999", value: money(14999, "INR")),
    ValueCase(input: "A meal is ₩12,000 there.", text: "₩12,000", value: money(12000, "KRW")),
    ValueCase(
      input: "Lunch was ¥1,200.", text: "¥1,200", value: money(1200, "JPY"),
      attributes: ["currency_source": "bare-symbol", "ambiguous_currency": true]),
    ValueCase(input: "Entry is 10 € per person.", text: "10 €", value: money(10, "EUR"), attributes: ["per": "person"]),
    // ISO codes before and after.
    ValueCase(
      input: "Investment of USD 5 million was agreed.", text: "USD 5 million", value: usd(5e6),
      attributes: ["currency_source": "code"]),
    ValueCase(input: "Profit was 5mn USD in May.", text: "5mn USD", value: usd(5e6)),
    ValueCase(input: "Spending of KZT 1.2 trillion is planned.", text: "KZT 1.2 trillion", value: money(1.2e12, "KZT")),
    ValueCase(input: "The fee is EUR125.", text: "EUR125", value: money(125, "EUR")),
    ValueCase(input: "Losses exceeded 30 MUSD.", text: "30 MUSD", value: usd(30e6)),
    ValueCase(input: "The loss was 75 USD million.", text: "75 USD million", value: usd(75e6)),
    // Currency names with their ISO code.
    ValueCase(
      input: "Trade reached 10 billion US dollars.", text: "10 billion US dollars", value: usd(10e9),
      attributes: ["currency_source": "name"]),
    ValueCase(
      input: "He earned 4,000 euros a month.", text: "4,000 euros", value: money(4000, "EUR"),
      attributes: ["per": "month"]),
    ValueCase(
      input: "The club paid 20 million pounds sterling.", text: "20 million pounds sterling", value: money(20e6, "GBP")),
    ValueCase(input: "A bowl costs 800 yen.", text: "800 yen", value: money(800, "JPY")),
    ValueCase(input: "Output was worth 3 trillion yuan.", text: "3 trillion yuan", value: money(3e12, "CNY")),
    ValueCase(
      input: "Reserves of 2 trillion renminbi were kept.", text: "2 trillion renminbi", value: money(2e12, "CNY")),
    ValueCase(input: "The fund holds 500 billion tenge.", text: "500 billion tenge", value: money(500e9, "KZT")),
    ValueCase(
      input: "A loan of 40 million Turkish lira was issued.", text: "40 million Turkish lira", value: money(40e6, "TRY")
    ),
    ValueCase(input: "Fines of 300,000 rubles were paid.", text: "300,000 rubles", value: money(300000, "RUB")),
    ValueCase(input: "Aid of 2 crore rupees arrived.", text: "2 crore rupees", value: money(2e7, "INR")),
    ValueCase(
      input: "The bank set aside 80 million Swiss francs.", text: "80 million Swiss francs", value: money(80e6, "CHF")),
    ValueCase(input: "Fares rose by 3 Mexican pesos.", text: "3 Mexican pesos", value: money(3, "MXN")),
    ValueCase(input: "It earned 1.5 billion dlrs in 1986.", text: "1.5 billion dlrs", value: usd(1.5e9)),
    ValueCase(input: "The issue raised 50 mln stg.", text: "50 mln stg", value: money(50e6, "GBP")),
    ValueCase(input: "The bank lent 120 billion lire.", text: "120 billion lire", value: money(120e9, "ITL")),
    ValueCase(input: "It paid 1.8 billion German marks.", text: "1.8 billion German marks", value: money(1.8e9, "DEM")),
    // Minor units.
    ValueCase(input: "Shares fell 50 cents on Monday.", text: "50 cents", value: usd(0.5)),
    ValueCase(input: "A stamp now costs 20 pence.", text: "20 pence", value: money(0.2, "GBP")),
    ValueCase(input: "Bread went up by 90 kopecks.", text: "90 kopecks", value: money(0.9, "RUB")),
    ValueCase(input: "It cost 3 dollars 50 cents.", text: "3 dollars 50 cents", value: usd(3.5)),
    ValueCase(input: "a 15-cent-a-share dividend", text: "15-cent", value: usd(0.15), attributes: ["per": "share"]),
    // Scales, written numbers, mixed.
    ValueCase(input: "Exports hit ten billion dollars.", text: "ten billion dollars", value: usd(10e9)),
    ValueCase(input: "He spent a billion dollars on it.", text: "a billion dollars", value: usd(1e9)),
    ValueCase(input: "The house sold for half a million dollars.", text: "half a million dollars", value: usd(5e5)),
    ValueCase(input: "The state owes twenty million euros.", text: "twenty million euros", value: money(20e6, "EUR")),
    ValueCase(input: "It raised 1.5bn euros.", text: "1.5bn euros", value: money(1.5e9, "EUR")),
    ValueCase(input: "They bought it for $3.3 billion.", text: "$3.3 billion", value: usd(3.3e9)),
    ValueCase(input: "A prize of $10k was offered.", text: "$10k", value: usd(1e4)),
    ValueCase(input: "It cost $2 mln in repairs.", text: "$2 mln", value: usd(2e6)),
    ValueCase(input: "Debt reached $31 tn.", text: "$31 tn", value: usd(31e12)),
    // Number formats decided from the figure.
    ValueCase(input: "The bill was $1,234.5 in total.", text: "$1,234.5", value: usd(1234.5)),
    ValueCase(input: "Le prix: 1 234,5 € hors taxes.", text: "1 234,5 €", value: money(1234.5, "EUR")),
    ValueCase(input: "Der Preis: 1.234,5 € netto.", text: "1.234,5 €", value: money(1234.5, "EUR")),
    ValueCase(input: "Budget: 1.234.567 € im Jahr.", text: "1.234.567 €", value: money(1_234_567, "EUR")),
    ValueCase(input: "A stamp costs $.50 now.", text: "$.50", value: usd(0.5)),
    ValueCase(input: "Chelsea paid the £71.6million fee.", text: "£71.6million", value: money(71.6e6, "GBP")),
    ValueCase(
      input: "Tickets were Rs. 500 each.", text: "Rs. 500", value: money(500, "INR"),
      attributes: ["currency_source": "bare-symbol"]),
    ValueCase(input: "It was a 5-billion-dollar deal.", text: "5-billion-dollar", value: usd(5e9)),
    ValueCase(input: "The meal cost one dollar fifty.", text: "one dollar fifty", value: usd(1.5)),
    ValueCase(input: "It cost 5 dollars and 50 cents.", text: "5 dollars and 50 cents", value: usd(5.5)),
    ValueCase(
      input: "It cost two hundred and fifty pounds.", text: "two hundred and fifty pounds", value: money(250, "GBP")),
    ValueCase(input: "A coin of 5 euro cents.", text: "5 euro cents", value: money(0.05, "EUR")),
    ValueCase(input: "He paid $10 Canadian dollars.", text: "$10 Canadian dollars", value: money(10, "CAD")),
    // Ranges.
    ValueCase(input: "The plan costs $3-5 billion.", text: "$3-5 billion", value: moneyRange(3e9, 5e9, "USD")),
    ValueCase(input: "It costs $3–5 billion.", text: "$3–5 billion", value: moneyRange(3e9, 5e9, "USD")),
    ValueCase(
      input: "Bids were between $2 and $3 million.", text: "$2 and $3 million", value: moneyRange(2e6, 3e6, "USD")),
    ValueCase(
      input: "It is valued at $2 million to $3 million.", text: "$2 million to $3 million",
      value: moneyRange(2e6, 3e6, "USD")),
    ValueCase(
      input: "Repairs need 3 to 5 million euros.", text: "3 to 5 million euros", value: moneyRange(3e6, 5e6, "EUR")),
    // Qualifiers beside the value, outside the span.
    ValueCase(input: "The fund has about $14 million.", text: "$14 million", value: usd(14e6), qualifier: "about"),
    ValueCase(input: "It lost more than $2 billion.", text: "$2 billion", value: usd(2e9), qualifier: "more than"),
    ValueCase(
      input: "Fines of up to €20 million apply.", text: "€20 million", value: money(20e6, "EUR"), qualifier: "up to"),
    ValueCase(input: "Costs were at least £5m.", text: "£5m", value: money(5e6, "GBP"), qualifier: "at least"),
    ValueCase(input: "They spent nearly $1 billion.", text: "$1 billion", value: usd(1e9), qualifier: "nearly"),
    // The redundant name is one amount; rates keep their unit.
    ValueCase(input: "Trade reached $5 billion dollars in 2024.", text: "$5 billion dollars", value: usd(5e9)),
    ValueCase(input: "The app costs $4.99 per month.", text: "$4.99", value: usd(4.99), attributes: ["per": "month"]),
    ValueCase(input: "Brent traded at $71 a barrel.", text: "$71", value: usd(71), attributes: ["per": "barrel"]),
  ]

  @Test(arguments: cases) func findsTheAmount(_ row: ValueCase) {
    let facts = MoneyExtractor().facts(in: row.input, context: valueContext)
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
    #expect(MoneyExtractor().facts(in: input, context: valueContext).isEmpty)
  }

  @Test func spansAreCodePoints() {
    let facts = MoneyExtractor().facts(in: "Türkiye — ₸5 billion", context: valueContext)
    #expect(facts.first?.span == Span(start: 10, end: 20))
  }

  @Test func outputIsDeterministic() {
    let text = "Between $2 and $3 million, or €4bn, about 50 cents a share."
    let first = MoneyExtractor().facts(in: text, context: valueContext)
    let second = MoneyExtractor().facts(in: text, context: valueContext)
    #expect(first == second)
    #expect(first.count == 3)
  }
}
