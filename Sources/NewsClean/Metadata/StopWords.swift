/// The commonest function words of each language the stop-word check knows. Data only.
enum StopWords {
  static let byLanguage: [(language: String, words: [String])] = [
    ("en", ["the", "and", "of", "to", "in", "is", "that", "for", "it", "with", "was", "on", "as", "are", "this", "be", "by", "have", "from", "at", "he", "not", "but", "they", "his", "has", "which", "were", "been", "their"]),
    ("pt", ["de", "que", "não", "para", "uma", "com", "os", "no", "se", "na", "por", "mais", "as", "dos", "como", "mas", "ao", "das", "foi", "ele", "à", "seu", "sua", "ou", "quando", "também", "pelo", "pela", "isso", "são"]),
    ("es", ["de", "que", "el", "la", "los", "las", "del", "se", "por", "con", "para", "una", "es", "su", "al", "lo", "como", "más", "pero", "sus", "le", "ya", "fue", "este", "ha", "muy", "también", "sin", "sobre", "entre"]),
    ("fr", ["le", "la", "les", "de", "des", "et", "est", "que", "une", "du", "dans", "qui", "pour", "pas", "sur", "au", "avec", "il", "ce", "par", "plus", "son", "sont", "mais", "nous", "vous", "ont", "été", "leur", "aux"]),
    ("de", ["der", "die", "und", "in", "den", "von", "zu", "das", "mit", "sich", "des", "auf", "für", "ist", "im", "dem", "nicht", "ein", "eine", "als", "auch", "es", "an", "werden", "aus", "er", "hat", "dass", "sie", "nach"]),
    ("it", ["di", "che", "il", "la", "per", "del", "un", "della", "non", "una", "con", "sono", "gli", "le", "si", "da", "dei", "nel", "alla", "anche", "come", "più", "ha", "ma", "questo", "delle", "sul", "lo", "suo", "essere"]),
    ("nl", ["de", "het", "een", "van", "en", "in", "is", "dat", "op", "te", "zijn", "voor", "met", "niet", "die", "aan", "er", "ook", "als", "bij", "door", "naar", "maar", "om", "dan", "wordt", "nog", "heeft", "werd", "uit"]),
    ("id", ["yang", "dan", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan", "pada", "juga", "ke", "karena", "ada", "oleh", "tersebut", "bisa", "mereka", "atau", "sudah", "saat", "telah", "kami", "lebih", "seperti", "bahwa", "kata", "hanya"]),
    ("tr", ["ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok", "daha", "olan", "gibi", "en", "ne", "ama", "kadar", "sonra", "her", "olduğu", "göre", "ise", "yeni", "ilk", "veya", "değil", "mi", "şu", "tüm", "ancak", "başkanı"]),
    ("pl", ["nie", "się", "na", "jest", "że", "do", "to", "w", "z", "i", "jak", "ale", "po", "co", "tak", "za", "od", "przez", "jego", "oraz", "już", "tylko", "dla", "jej", "był", "są", "może", "które", "który", "ich"]),
    ("cs", ["a", "se", "na", "je", "že", "v", "to", "s", "z", "do", "jsou", "by", "ale", "jak", "také", "pro", "jako", "ve", "ze", "byl", "bylo", "nebo", "který", "která", "které", "podle", "jeho", "už", "po", "při"]),
    ("ru", ["и", "в", "не", "на", "что", "с", "по", "как", "это", "из", "о", "к", "за", "от", "для", "но", "он", "его", "также", "был", "так", "уже", "или", "же", "бы", "она", "они", "при", "только", "было"]),
    ("uk", ["і", "в", "на", "що", "з", "не", "та", "у", "до", "за", "як", "це", "від", "для", "про", "й", "але", "його", "також", "він", "які", "який", "була", "було", "вже", "щоб", "під", "після", "ще", "так"]),
  ]
}
