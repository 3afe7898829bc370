/// Currency names (data): each unit with its forms, the currency a bare use defaults to (or
/// none when the text must say which: "francs", "pesos"), and the country words that make it
/// specific ("Swiss francs", "Australian dollars").
enum CurrencyNames {
  struct Unit {
    var forms: [String]
    /// The currency of a bare use, `nil` when there is no safe default.
    var bare: String?
    var ambiguous: Bool
    var countries: [String: String]
    var minorExponent = 0
  }

  /// Bare names that are also units of measure: "20 pounds of flour" is a weight.
  static let alsoMeasures: Set<String> = ["pound", "pounds"]

  static let units: [Unit] = [
    Unit(
      forms: ["dollar", "dollars", "bucks", "dlr", "dlrs"], bare: "USD", ambiguous: true,
      countries: [
        "us": "USD", "u.s.": "USD", "u.s": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD",
        "new zealand": "NZD", "hong kong": "HKD", "singapore": "SGD", "taiwan": "TWD", "new taiwan": "TWD",
        "taiwanese": "TWD", "jamaican": "JMD", "zimbabwe": "ZWL", "zimbabwean": "ZWL", "namibian": "NAD",
        "fiji": "FJD", "brunei": "BND", "liberian": "LRD", "bahamian": "BSD", "barbados": "BBD",
        "trinidad and tobago": "TTD", "east caribbean": "XCD",
      ]),
    Unit(forms: ["euro", "euros"], bare: "EUR", ambiguous: false, countries: [:]),
    Unit(
      forms: ["pound", "pounds"], bare: "GBP", ambiguous: true,
      countries: [
        "british": "GBP", "uk": "GBP", "u.k.": "GBP", "egyptian": "EGP", "lebanese": "LBP", "syrian": "SYP",
        "sudanese": "SDG", "irish": "IEP",
      ]),
    Unit(
      forms: ["pound sterling", "pounds sterling", "sterling", "stg"], bare: "GBP", ambiguous: false, countries: [:]),
    Unit(forms: ["yen"], bare: "JPY", ambiguous: false, countries: ["japanese": "JPY"]),
    Unit(forms: ["yuan", "renminbi", "rmb"], bare: "CNY", ambiguous: false, countries: ["chinese": "CNY"]),
    Unit(forms: ["tenge"], bare: "KZT", ambiguous: false, countries: ["kazakh": "KZT", "kazakhstani": "KZT"]),
    Unit(forms: ["lire"], bare: "ITL", ambiguous: false, countries: ["italian": "ITL"]),
    Unit(
      forms: ["lira", "liras"], bare: "TRY", ambiguous: true,
      countries: [
        "turkish": "TRY", "new turkish": "TRY", "italian": "ITL",
      ]),
    Unit(
      forms: ["ruble", "rubles", "rouble", "roubles"], bare: "RUB", ambiguous: true,
      countries: [
        "russian": "RUB", "belarusian": "BYN", "belarussian": "BYN",
      ]),
    Unit(
      forms: ["rupee", "rupees"], bare: "INR", ambiguous: true,
      countries: [
        "indian": "INR", "pakistani": "PKR", "sri lankan": "LKR", "nepalese": "NPR", "nepali": "NPR",
        "mauritian": "MUR",
      ]),
    Unit(
      forms: ["franc", "francs"], bare: nil, ambiguous: false,
      countries: [
        "swiss": "CHF", "french": "FRF", "belgian": "BEF", "cfa": "XOF", "congolese": "CDF", "rwandan": "RWF",
        "guinean": "GNF",
      ]),
    Unit(
      forms: ["peso", "pesos"], bare: nil, ambiguous: false,
      countries: [
        "mexican": "MXN", "philippine": "PHP", "argentine": "ARS", "argentinian": "ARS", "chilean": "CLP",
        "colombian": "COP", "cuban": "CUP", "uruguayan": "UYU", "dominican": "DOP",
      ]),
    Unit(
      forms: ["dinar", "dinars"], bare: nil, ambiguous: false,
      countries: [
        "kuwaiti": "KWD", "iraqi": "IQD", "jordanian": "JOD", "bahraini": "BHD", "serbian": "RSD",
        "algerian": "DZD", "tunisian": "TND", "libyan": "LYD",
      ]),
    Unit(
      forms: ["shilling", "shillings"], bare: nil, ambiguous: false,
      countries: [
        "kenyan": "KES", "ugandan": "UGX", "tanzanian": "TZS", "somali": "SOS", "austrian": "ATS",
      ]),
    Unit(forms: ["krone", "kroner"], bare: nil, ambiguous: false, countries: ["danish": "DKK", "norwegian": "NOK"]),
    Unit(forms: ["krona", "kronor"], bare: "SEK", ambiguous: true, countries: ["swedish": "SEK", "icelandic": "ISK"]),
    // Bare "marks" names no currency safely ("the 10,000 mark", exam marks); a country word does.
    Unit(forms: ["mark", "marks"], bare: nil, ambiguous: false, countries: ["german": "DEM", "west german": "DEM"]),
    Unit(
      forms: ["deutsche mark", "deutsche marks", "deutschmark", "deutschmarks"], bare: "DEM",
      ambiguous: false, countries: [:]),
    Unit(forms: ["som", "soms", "sum"], bare: nil, ambiguous: false, countries: ["kyrgyz": "KGS", "uzbek": "UZS"]),
    Unit(
      forms: ["manat", "manats"], bare: "AZN", ambiguous: true, countries: ["azerbaijani": "AZN", "turkmen": "TMT"]),
    Unit(
      forms: ["dirham", "dirhams"], bare: "AED", ambiguous: true,
      countries: [
        "uae": "AED", "emirati": "AED", "moroccan": "MAD",
      ]),
    Unit(forms: ["riyal", "riyals"], bare: "SAR", ambiguous: true, countries: ["saudi": "SAR", "qatari": "QAR"]),
    Unit(
      forms: ["rial", "rials"], bare: nil, ambiguous: false,
      countries: ["iranian": "IRR", "omani": "OMR", "yemeni": "YER"]),
    Unit(
      forms: ["won"], bare: "KRW", ambiguous: true,
      countries: ["korean": "KRW", "south korean": "KRW", "north korean": "KPW"]),
    Unit(forms: ["real", "reals"], bare: nil, ambiguous: false, countries: ["brazilian": "BRL"]),
    Unit(forms: ["reais"], bare: "BRL", ambiguous: false, countries: ["brazilian": "BRL"]),
    Unit(forms: ["rand"], bare: "ZAR", ambiguous: false, countries: ["south african": "ZAR"]),
    Unit(forms: ["zloty", "zlotys", "zlotych"], bare: "PLN", ambiguous: false, countries: ["polish": "PLN"]),
    Unit(forms: ["forint", "forints"], bare: "HUF", ambiguous: false, countries: ["hungarian": "HUF"]),
    Unit(forms: ["koruna", "korunas"], bare: "CZK", ambiguous: false, countries: ["czech": "CZK"]),
    Unit(
      forms: ["shekel", "shekels"], bare: "ILS", ambiguous: false, countries: ["israeli": "ILS", "new israeli": "ILS"]),
    Unit(forms: ["baht"], bare: "THB", ambiguous: false, countries: ["thai": "THB"]),
    Unit(forms: ["ringgit"], bare: "MYR", ambiguous: false, countries: ["malaysian": "MYR"]),
    Unit(forms: ["rupiah"], bare: "IDR", ambiguous: false, countries: ["indonesian": "IDR"]),
    Unit(forms: ["dong"], bare: "VND", ambiguous: false, countries: ["vietnamese": "VND"]),
    Unit(forms: ["naira"], bare: "NGN", ambiguous: false, countries: ["nigerian": "NGN"]),
    Unit(
      forms: ["hryvnia", "hryvnias", "hryvnas", "hryvna"], bare: "UAH", ambiguous: false,
      countries: ["ukrainian": "UAH"]),
    Unit(forms: ["lari"], bare: "GEL", ambiguous: false, countries: ["georgian": "GEL"]),
    Unit(forms: ["dram", "drams"], bare: "AMD", ambiguous: false, countries: ["armenian": "AMD"]),
    Unit(forms: ["leu", "lei"], bare: "RON", ambiguous: true, countries: ["romanian": "RON", "moldovan": "MDL"]),
    Unit(forms: ["lev", "leva"], bare: "BGN", ambiguous: false, countries: ["bulgarian": "BGN"]),
    Unit(forms: ["kuna", "kunas"], bare: "HRK", ambiguous: false, countries: ["croatian": "HRK"]),
    Unit(forms: ["taka"], bare: "BDT", ambiguous: false, countries: ["bangladeshi": "BDT"]),
    Unit(forms: ["cedi", "cedis"], bare: "GHS", ambiguous: false, countries: ["ghanaian": "GHS"]),
    Unit(forms: ["birr"], bare: "ETB", ambiguous: false, countries: ["ethiopian": "ETB"]),
    Unit(forms: ["tugrik", "tugriks", "togrog"], bare: "MNT", ambiguous: false, countries: ["mongolian": "MNT"]),
    Unit(forms: ["afghani", "afghanis"], bare: "AFN", ambiguous: false, countries: [:]),
    Unit(forms: ["kwanza", "kwanzas"], bare: "AOA", ambiguous: false, countries: ["angolan": "AOA"]),
    Unit(forms: ["kip"], bare: "LAK", ambiguous: false, countries: ["lao": "LAK", "laotian": "LAK"]),
    Unit(forms: ["riel", "riels"], bare: "KHR", ambiguous: false, countries: ["cambodian": "KHR"]),
    Unit(forms: ["kyat", "kyats"], bare: "MMK", ambiguous: false, countries: ["myanmar": "MMK", "burmese": "MMK"]),
    Unit(forms: ["somoni"], bare: "TJS", ambiguous: false, countries: ["tajik": "TJS"]),
    Unit(forms: ["pula"], bare: "BWP", ambiguous: false, countries: ["botswana": "BWP"]),
    Unit(forms: ["quetzal", "quetzales", "quetzals"], bare: "GTQ", ambiguous: false, countries: ["guatemalan": "GTQ"]),
    Unit(forms: ["lempira", "lempiras"], bare: "HNL", ambiguous: false, countries: ["honduran": "HNL"]),
    Unit(forms: ["guarani", "guaranis"], bare: "PYG", ambiguous: false, countries: ["paraguayan": "PYG"]),
    Unit(forms: ["boliviano", "bolivianos"], bare: "BOB", ambiguous: false, countries: ["bolivian": "BOB"]),
    Unit(forms: ["bolivar", "bolivars", "bolivares"], bare: "VES", ambiguous: false, countries: ["venezuelan": "VES"]),
    Unit(forms: ["sol", "soles"], bare: nil, ambiguous: false, countries: ["peruvian": "PEN"]),
    Unit(forms: ["soles"], bare: "PEN", ambiguous: false, countries: ["peruvian": "PEN"]),
    Unit(forms: ["rufiyaa"], bare: "MVR", ambiguous: false, countries: ["maldivian": "MVR"]),
    Unit(forms: ["peseta", "pesetas"], bare: "ESP", ambiguous: false, countries: ["spanish": "ESP"]),
    Unit(forms: ["markka", "markkaa"], bare: "FIM", ambiguous: false, countries: ["finnish": "FIM"]),
    Unit(forms: ["guilder", "guilders"], bare: "NLG", ambiguous: false, countries: ["dutch": "NLG"]),
    Unit(forms: ["escudo", "escudos"], bare: "PTE", ambiguous: false, countries: ["portuguese": "PTE"]),
    Unit(forms: ["drachma", "drachmas", "drachmae"], bare: "GRD", ambiguous: false, countries: ["greek": "GRD"]),
    Unit(forms: ["punt", "punts"], bare: "IEP", ambiguous: false, countries: ["irish": "IEP"]),
    Unit(
      forms: ["cent", "cents", "cts"], bare: "USD", ambiguous: true,
      countries: [
        "us": "USD", "u.s.": "USD", "euro": "EUR", "canadian": "CAD", "australian": "AUD",
      ], minorExponent: 2),
    Unit(forms: ["pence", "penny", "pennies"], bare: "GBP", ambiguous: false, countries: [:], minorExponent: 2),
    Unit(
      forms: ["kopeck", "kopecks", "kopek", "kopeks", "kopeyka", "kopeyki"], bare: "RUB", ambiguous: false,
      countries: [:], minorExponent: 2),
    Unit(forms: ["tiyn", "tiyin"], bare: "KZT", ambiguous: false, countries: [:], minorExponent: 2),
    Unit(forms: ["kurus"], bare: "TRY", ambiguous: false, countries: [:], minorExponent: 2),
    Unit(forms: ["paise"], bare: "INR", ambiguous: false, countries: [:], minorExponent: 2),
  ]
}
