/// What one word can be, for the scanners: a set of roles, each checked by a bit.
struct WordRoles: OptionSet, Sendable, Hashable {
    let rawValue: UInt64

    static let numberWord = WordRoles(rawValue: 1 << 0)      // one ... ninety
    static let scale = WordRoles(rawValue: 1 << 1)           // hundred, thousand, million
    static let month = WordRoles(rawValue: 1 << 2)
    static let weekday = WordRoles(rawValue: 1 << 3)
    static let timeUnit = WordRoles(rawValue: 1 << 4)        // minute, day, year
    static let currency = WordRoles(rawValue: 1 << 5)        // dollars, euros
    static let percent = WordRoles(rawValue: 1 << 6)         // percent
    static let measure = WordRoles(rawValue: 1 << 7)         // kilometres, tons
    static let auxiliary = WordRoles(rawValue: 1 << 8)       // have, been, were
    static let adverb = WordRoles(rawValue: 1 << 9)          // reportedly, already
    static let attribution = WordRoles(rawValue: 1 << 10)    // said, estimated
    static let conjunction = WordRoles(rawValue: 1 << 11)    // and, but, while
    static let labelNoun = WordRoles(rawValue: 1 << 12)      // page, brigade, resolution
    static let streetSuffix = WordRoles(rawValue: 1 << 13)   // Street, Avenue
    static let determiner = WordRoles(rawValue: 1 << 14)     // the, a, their
    static let preposition = WordRoles(rawValue: 1 << 15)    // in, at, of
    static let ordinalSuffix = WordRoles(rawValue: 1 << 16)  // st, nd, rd, th
    static let timeOfDay = WordRoles(rawValue: 1 << 17)      // a.m., GMT
    static let thing = WordRoles(rawValue: 1 << 18)          // tanks, drones, crates
    static let event = WordRoles(rawValue: 1 << 19)          // attack, strike, battle
    static let disaster = WordRoles(rawValue: 1 << 20)       // earthquake, flood
    static let changeVerb = WordRoles(rawValue: 1 << 22)     // rose, climbed, increased
    static let pronoun = WordRoles(rawValue: 1 << 23)        // it, they, he
    static let generic = WordRoles(rawValue: 1 << 24)        // officials, agency, ministry
    static let linkVerb = WordRoles(rawValue: 1 << 25)       // stands, reached, hit
    static let common = WordRoles(rawValue: 1 << 26)         // capitalised at a sentence start only
    static let pastTense = WordRoles(rawValue: 1 << 27)      // were, was, died: a finished event
    static let perfect = WordRoles(rawValue: 1 << 28)        // have, has: a running total
    static let negation = WordRoles(rawValue: 1 << 29)       // not, no, never

    /// The roles above: what the lexicon says a word is. The bits from 32 on mark the
    /// word sets that the readers ask of every token (`TokenLexicon`).
    static let lexical = WordRoles(rawValue: 1 << 32 - 1)

    static let estimateNoun = WordRoles(rawValue: 1 << 32)        // Attributions.possessiveNouns
    static let eventOpener = WordRoles(rawValue: 1 << 33)         // Cues.eventOpeners
    static let eventVerb = WordRoles(rawValue: 1 << 34)           // Cues.eventVerbs
    static let eventVerbAfterWhen = WordRoles(rawValue: 1 << 35)  // Cues.eventVerbsAfterWhen
    static let weapon = WordRoles(rawValue: 1 << 36)              // Cues.weapons
    static let yesterday = WordRoles(rawValue: 1 << 37)           // "yesterday", which dates a sentence
    static let hardBreak = WordRoles(rawValue: 1 << 38)           // ; — ( ) : and quotes: a mark no clause crosses
    static let pointerGerund = WordRoles(rawValue: 1 << 39)       // bringing, raising: "lost 40, bringing the toll to"
    static let superlative = WordRoles(rawValue: 1 << 40)         // deadliest, worst: "the deadliest month"
    static let opensClause = WordRoles(rawValue: 1 << 41)         // since, if, when; it, they: Words.subordinators, .subjectPronouns
    static let modal = WordRoles(rawValue: 1 << 42)               // will, could, may: Words.modals
    static let countQualifier = WordRoles(rawValue: 1 << 43)      // more, additional, other: Words.countQualifiers
    static let predicateSkip = WordRoles(rawValue: 1 << 44)       // believed, reported, to: Words.predicateSkips
    static let copula = WordRoles(rawValue: 1 << 45)              // were, is, included: Words.copulas
    static let experiencerVerb = WordRoles(rawValue: 1 << 46)     // lost, suffered: Words.experiencerVerbs
    static let nameInnerWord = WordRoles(rawValue: 1 << 47)       // in, of, de: Attributions.innerWords
    static let nameWord = WordRoles(rawValue: 1 << 48)            // intelligence, ministry: Attributions.nameWords
    static let correction = WordRoles(rawValue: 1 << 49)          // "version", "entry", "originally": ReportReader.isCorrection
    // The verb sets that `ReportReader.verb(in:...)` looks for near every number: a sentence
    // whose words carry none of a set's bit holds none of its verbs, and is not read for them.
    static let departureVerb = WordRoles(rawValue: 1 << 50)       // Words.departureVerbs
    static let returnVerb = WordRoles(rawValue: 1 << 51)          // Words.returnVerbs
    static let flyingVerb = WordRoles(rawValue: 1 << 52)          // Words.flyingVerbs
    static let completionVerb = WordRoles(rawValue: 1 << 53)      // Words.completionVerbs
    static let attackVerb = WordRoles(rawValue: 1 << 54)          // Words.attackVerbs
    static let plightWord = WordRoles(rawValue: 1 << 55)          // Words.plightWords
    static let courtVerb = WordRoles(rawValue: 1 << 56)           // Words.courtVerbs
    static let dischargeWord = WordRoles(rawValue: 1 << 57)       // Words.dischargeWords
    static let releaseVerb = WordRoles(rawValue: 1 << 58)         // Words.releaseVerbs
    static let foundWord = WordRoles(rawValue: 1 << 59)           // Words.foundWords
    static let sentenceVerb = WordRoles(rawValue: 1 << 60)        // Words.sentenceVerbs
    static let arrestVerb = WordRoles(rawValue: 1 << 61)          // Words.arrestVerbs
    static let notDeploymentVerb = WordRoles(rawValue: 1 << 62)   // Words.notDeploymentVerbs
    static let signingVerb = WordRoles(rawValue: 1 << 63)         // Words.signingVerbs
    /// The verb sets' bits, which say nothing of what the lexicon knows of a word.
    static let verbSets: WordRoles = [.departureVerb, .returnVerb, .flyingVerb, .completionVerb, .attackVerb, .plightWord,
                                      .courtVerb, .dischargeWord, .releaseVerb, .foundWord, .sentenceVerb, .arrestVerb,
                                      .notDeploymentVerb, .signingVerb]
}

/// A word's roles, and the number or index it stands for where it has one.
struct WordInfo: Sendable {
    var roles: WordRoles
    /// The number word's value, the scale's factor, the month (1-12) or weekday (0-6).
    var number: Double = 0
}

/// The words and phrases the scanners know, keyed by token hash.
enum Lexicon {
    static let wordList: [UInt64: WordInfo] = {
        var table: [UInt64: WordInfo] = [:]
        func add(_ words: [String], _ roles: WordRoles, number: (Int) -> Double = { _ in 0 }) {
            for (index, word) in words.enumerated() {
                let key = Hashing.hash(word)
                var info = table[key] ?? WordInfo(roles: [])
                info.roles.formUnion(roles)
                if number(index) != 0 { info.number = number(index) }
                table[key] = info
            }
        }
        let units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                     "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                     "eighteen", "nineteen"]
        add(units, .numberWord) { Double($0) }
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        add(tens, .numberWord) { Double(($0 + 2) * 10) }
        add(["hundred", "thousand", "million", "billion", "trillion"], .scale) {
            [100, 1_000, 1_000_000, 1_000_000_000, 1_000_000_000_000][$0]
        }
        // South Asian English: "1.2 lakh personnel" (120,000), "2 crore" (20 million).
        add(["lakh", "lakhs", "crore", "crores"], .scale) { [100_000, 100_000, 10_000_000, 10_000_000][$0] }
        add(["january", "february", "march", "april", "may", "june", "july", "august", "september",
             "october", "november", "december"], .month) { Double($0 + 1) }
        add(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"], .month) {
            Double([1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12][$0])
        }
        add(["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"], .weekday) { Double($0) }
        add(["second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night", "nights",
             "week", "weeks", "fortnight", "fortnights", "month", "months", "year", "years", "decade",
             "decades", "century", "centuries", "yr", "yrs", "hrs", "mins", "weekend", "weekends"], .timeUnit)
        add(["dollar", "dollars", "euro", "euros", "pound", "pounds", "sterling", "ruble", "rubles", "rouble",
             "roubles", "hryvnia", "hryvnias", "hryvnas", "yuan", "yen", "rupee", "rupees", "shekel", "shekels",
             "dinar", "dinars", "riyal", "riyals", "franc", "francs", "peso", "pesos", "cent", "cents", "usd",
             "eur", "gbp", "rub", "uah", "naira", "rand", "lira", "liras", "bucks", "won", "shilling",
             "shillings", "kwacha", "cedi", "cedis", "birr", "taka", "rupiah", "ringgit", "baht", "reais",
             "lempira", "lempiras", "quetzal", "quetzales", "soles", "bolivars", "bolivares", "dirham",
             "dirhams", "rial", "rials", "afghani", "afghanis", "kyat", "kyats", "tenge", "manat", "leones",
             "ariary", "kip", "riel", "riels", "cfa", "leva", "lev", "zloty", "zlotys", "zlotych", "koruna",
             "korunas", "forint", "forints", "lei", "leu", "denars", "kuna", "krona", "kronor", "krone", "kroner",
             "somoni", "som", "lari", "dram", "drams", "tugrik", "guarani", "colones", "colón", "dong", "kina",
             "pula", "loti", "maloti", "lilangeni", "emalangeni", "metical", "meticais", "meticals", "kwanza",
             "kwanzas", "nakfa", "gourde", "gourdes", "dalasi", "ouguiya", "ouguiyas", "ngultrum", "rufiyaa",
             "vatu", "cordoba", "cordobas", "balboa", "balboas", "boliviano", "bolivianos", "renminbi", "dobra",
             "dobras", "escudo", "escudos"], .currency)
        add(["percent", "pct", "percentage"], .percent)
        add(["km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles", "metre",
             "metres", "meter", "meters", "feet", "foot", "ft", "inch", "inches", "ton", "tons", "tonne",
             "tonnes", "kg", "kilogram", "kilograms", "kilo", "kilos", "gram", "grams", "litre", "litres",
             "liter", "liters", "gallon", "gallons", "acre", "acres", "hectare", "hectares", "sq", "square",
             "degree", "degrees", "mph", "kph", "knots", "mm", "cm", "calibre", "caliber", "megawatts", "mw",
             "gw", "kw", "barrels", "bpd", "magnitude", "storey", "storeys", "story", "stories", "floors",
             "km2", "kilotons", "megatons", "lb", "lbs", "ounces", "oz", "cubic", "yards", "yard", "gigawatts",
             "gigawatt", "megawatt", "terawatt", "kilowatts", "watts", "volts", "mm", "millimetres", "millimeters",
             "centimetres", "centimeters", "centimetre", "centimeter", "millimetre", "millimeter", "nautical",
             "kilowatt", "watt", "volt", "decibels", "decibel",
             // "As little as 30 millilitres can kill an adult".
             "millilitres", "millilitre", "milliliters", "milliliter", "ml", "milligrams", "milligram", "mg",
             // Temperatures: "fell to minus 24C", "topped 48 Celsius".
             "c", "f", "celsius", "fahrenheit"], .measure)
        add(["have", "has", "had", "having", "been", "be", "being", "were", "was", "are", "is", "am", "get",
             "got", "gotten", "become", "became"], .auxiliary)
        add(["have", "has"], .perfect)
        add(["were", "was", "died", "killed", "perished", "drowned"], .pastTense)
        add(["reportedly", "allegedly", "already", "also", "now", "so", "far", "still", "likely", "probably",
             "possibly", "apparently", "officially", "since", "then", "just", "only", "all", "both", "each",
             "either", "been", "feared", "presumed", "to", "have", "either", "seriously",
             "severely", "critically", "badly", "lightly", "slightly", "fatally", "mortally", "gravely",
             "altogether", "overall", "combined", "in", "total", "more", "not", "yet", "ever", "recently",
             "subsequently", "later", "eventually", "previously", "earlier", "last", "finally", "initially",
             "currently", "presently",
             // ("Police have put the number of dead at seven nationwide.")
             "nationwide", "countrywide", "statewide", "worldwide", "nationally", "globally",
             "had", "being", "been", "may", "might", "could", "would", "reportedly", "officially", "overnight", "next", "late", "early"], .adverb)
        add(["said", "says", "say", "saying", "told", "tells", "tell", "estimated", "estimates", "estimate",
             "estimating", "reported", "reports", "report", "reporting", "believes", "believe", "believed",
             "claimed", "claims", "claim", "claiming", "stated", "states", "announced", "announces",
             "added", "adds", "noted", "notes", "confirmed", "confirms", "wrote", "writes", "tweeted",
             "posted", "assessed", "assesses", "assess", "put", "puts", "counted", "counts", "recorded",
             "records", "documented", "documents", "registered", "cited", "citing", "cites", "according",
             "briefed", "briefing", "informed", "testified", "acknowledged", "acknowledges", "admitted",
             "admits", "disclosed", "revealed", "reveals", "warned", "warns", "insisted", "explained",
             "calculated", "calculates", "tallied", "verified", "updated", "revised", "raised", "lowered",
             "revises", "raises", "lowers",
             "suggested", "suggests", "indicated", "indicates", "showed", "shows", "published", "released",
             "accused", "accuses", "accusing", "alleged", "alleges", "alleging",
             "quoted", "estimation", "fear", "fears"], .attribution)
        add(["and", "but", "while", "whereas", "although", "though", "as", "when", "after", "before", "which",
             "who", "whom", "whose", "that", "where", "because", "since", "or", "nor", "including", "plus",
             "with", "bringing", "raising", "taking", "pushing", "lifting", "once"], .conjunction)
        add(["page", "pages", "article", "articles", "brigade", "battalion", "regiment", "division", "corps",
             "unit", "flight", "route", "highway", "road", "number", "no", "nos", "model", "version", "room",
             "gate", "platform", "item", "items", "paragraph", "paragraphs", "para", "paras", "clause", "clauses",
             "chapters", "sections", "line", "row", "level", "phase", "stage",
             "grade", "episode", "season", "volume", "vol", "issue", "figure", "table", "case", "class",
             "type", "channel", "chapter", "section", "resolution", "block", "building", "apartment", "apt",
             "suite", "floor", "district", "zone", "sector", "precinct", "ward", "bus", "train", "lane",
             "exit", "terminal", "pier", "berth", "hangar", "shelter", "camp", "point", "height", "hill",
             "kilometre", "km", "mile", "post", "checkpoint", "group", "squadron", "wing", "fleet", "army",
             "task", "force", "operation", "code", "bill", "law", "act", "order", "decree", "directive",
             "protocol", "covid", "sars", "h5n1", "mh", "boeing", "airbus", "apollo", "iphone", "windows",
             "patriot", "grade", "size", "gen", "generation", "magnitude", "level", "sura", "week", "day", "year", "round", "heat", "game",
             "match", "step", "tier", "category", "cat", "scale", "series", "mark", "mk", "block", "lot",
             "plot", "parcel", "box", "po", "tel", "telephone", "phone", "fax", "call", "hotline", "ext",
             "extension", "ref", "reference", "id", "file", "docket", "cell", "ward", "bed", "seat"], .labelNoun)
        add(["street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive", "dr",
             "square", "sq", "way", "place", "pl", "court", "ct", "terrace", "parkway", "highway", "alley",
             "crescent", "close", "row", "strasse", "straße", "prospekt", "ulitsa", "vulytsia"], .streetSuffix)
        add(["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "some",
             "any", "no", "every", "each", "all", "both", "many", "several", "such", "whose", "my", "your"],
            .determiner)
        add(["in", "at", "on", "of", "to", "from", "by", "for", "with", "near", "into", "across", "around",
             "inside", "outside", "during", "since", "until", "through", "throughout", "between", "among",
             "amid", "amongst", "along", "alongside", "against", "toward", "towards", "within", "without",
             "over", "under", "after", "before", "behind", "beyond", "per", "via", "off", "onto", "upon",
             // "to some 1,600 ahead of next month's local elections": of "ahead of".
             "ahead"],
            .preposition)
        add(["st", "nd", "rd", "th"], .ordinalSuffix)
        add(["am", "pm", "gmt", "utc", "bst", "cet", "est", "edt", "pst", "kst", "msk", "eet", "eest", "cest",
             "o'clock", "hrs", "local", "time", "zulu"], .timeOfDay)
        add(Lexicon.thingNouns, .thing)
        add(["attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "ambush", "ambushes", "battle",
             "raid", "raids", "bombing", "bombings", "shelling", "explosion", "explosions", "blast", "blasts",
             "assault", "incident", "clash", "clashes", "skirmish", "massacre", "firefight", "bombardment",
             "barrage", "shootout", "shooting", "stabbing", "ramming", "crash", "collision", "counterattack",
             "volley", "salvo", "detonation", "gunfire", "crossfire", "assaults", "battles", "ambushed", "rampage",
             "spree", "shootings", "massacres", "skirmishes", "crashes", "stabbings", "shootouts", "firefights",
             "gunfight", "gunfights", "gunbattle", "gunbattles", "engagement", "engagements", "riot", "riots", "standoff",
             "mutiny", "jailbreak", "hijacking", "lynching", "encounter", "encounters", "derailment", "derailments",
             "combats", "confrontation", "confrontations", "accident"],
            .event)
        add(["earthquake", "earthquakes", "quake", "quakes", "tremor", "aftershock", "aftershocks", "flood",
             "floods", "flooding", "flash", "storm", "storms", "hurricane", "typhoon", "cyclone", "tornado",
             "tsunami", "wildfire", "wildfires", "landslide", "landslides", "mudslide", "mudslides", "heatwave",
             "heat", "outbreak", "epidemic", "pandemic", "famine", "drought", "eruption", "avalanche",
             "monsoon", "disaster", "cholera", "volcano", "eruptions", "blizzard", "cold", "snowstorm", "war", "conflict", "invasion",
             "fighting", "siege", "genocide", "campaign", "hurricanes", "typhoons", "cyclones", "tornadoes",
             "insurgency", "rebellion", "uprising", "fires", "blaze", "blazes", "inferno", "snow", "snowfall",
             // ("Severe thunderstorms ... swept across central Illinois, killing three people".)
             "thunderstorm", "thunderstorms", "hailstorm", "hailstorms", "windstorm", "windstorms", "rainstorm",
             "rainstorms", "microburst", "derecho", "twister", "twisters"], .disaster)
        add(["rose", "risen", "rise", "rises", "rising", "climbed", "climbs", "climb", "climbing", "increased",
             "increases", "increase", "increasing", "grew", "grown", "grows", "growing", "jumped", "jumps",
             "surged", "surges", "soared", "soars", "mounted", "mounts", "swelled", "doubled", "tripled",
             "went", "gone", "fell", "fallen", "falls", "dropped", "drops", "declined", "decreased",
             "revised", "raised", "raising", "lowered", "reduced", "up", "down", "upped", "boosted", "boosting",
             "revises", "raises", "lowers"], .changeVerb)
        add(["it", "they", "he", "she", "we", "its", "their", "his", "her", "them", "him"], .pronoun)
        add(["officials", "official", "agency", "ministry", "spokesman", "spokeswoman", "spokesperson",
             "spokesmen", "authorities", "authority", "government", "office", "department", "service",
             "military", "army", "statement", "sources", "source", "officers", "commander", "commanders",
             "lawmakers", "lawmaker", "analysts", "analyst", "experts", "observers", "monitors", "monitor", "group",
             "organisation", "organization", "mission", "report", "governor", "mayor", "minister", "president",
             "institute", "staff", "command", "intelligence", "police", "committee", "council", "administration",
             "body", "bureau", "center", "centre", "team", "researchers", "data", "figures", "tally", "count",
             "network", "coalition", "alliance", "union", "association", "charity", "watchdog", "observatory",
             "federation", "commission", "society", "foundation", "operator", "company", "firm", "owner",
             "airline", "coastguard", "navy", "prosecutor", "prosecutors", "director", "chief", "envoy"],
            .generic)
        add(["stands", "stood", "standing", "reached", "reaches", "reach", "reaching", "hit", "hits", "hitting",
             "is", "was", "at", "to", "of", "totals", "totaled", "totalled", "totalling", "totaling", "numbered",
             "averaged", "averages", "averaging",
             "numbers", "number", "now", "around", "exceeds", "exceeded", "surpassed", "passed", "topped",
             "rose", "climbed", "increased", "jumped", "grew", "risen", "climbs", "rises", "approaches",
             "approached", "nears", "neared", "near", "crossed", "past", "rising", "climbing", "are", "were",
             "has", "had", "have", "as", "be", "been", "than", "put", "puts", "placed", "places", "estimated",
             "estimates", "estimate", "estimating", "brought", "bringing", "taking", "raising", "pushing",
             "lifting", "took", "raised", "pushed", "lifted", "upped", "setting", "set", "sets", "totalling",
             "some", "now", "already", "thus", "so", "far", "stand", "remained", "remains", "remain",
             "reportedly", "officially", "about", "almost", "nearly", "roughly", "over", "more", "least",
             "just", "under", "up", "by", "from", "between", "ranges", "ranged", "range", "ranging", "reach",
             "which", "that", "in", "is", "rose", "further", "sharply", "slightly", "steadily", "again", "total",
             "overall", "combined", "altogether", "figure", "figures", "count", "tally", "number", "revised",
             "updated", "lowered", "adjusted", "corrected", "revising", "lowering", "updating", "adjusting", "correcting"], .linkVerb)
        add(["the", "a", "an", "another", "some", "about", "around", "nearly", "almost", "more", "over", "up",
             "at", "as", "just", "only", "roughly", "approximately", "an", "estimated", "fewer", "less", "no",
             "not", "all", "in", "on", "by", "of", "for", "and", "but", "yet", "so", "still", "since",
             "after", "before", "during", "while", "when", "of", "among", "with", "without", "between",
             "close", "upwards", "upward", "well", "slightly", "a", "another", "additional", "further",
             "there", "here", "these", "those", "this", "that", "its", "their", "his", "her", "our", "we",
             "they", "he", "she", "it", "i", "you", "last", "next", "this", "every", "each", "both", "many",
             "most", "several", "few", "dozens", "hundreds", "thousands", "scores", "tens", "millions",
             "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "then", "now",
             "today", "yesterday", "earlier", "later", "officials", "police", "at", "least", "exactly",
             "precisely", "only", "nearly", "almost", "around", "approximately", "some", "over", "under",
             "up", "between", "from", "to", "within", "across", "total", "overall", "altogether",
             "officially", "reportedly", "allegedly", "according", "per", "ukraine", "russia"], .common)
        add(["not", "no", "never", "none", "neither", "nor", "nobody", "n't", "without"], .negation)
        return table
    }()

    /// The word's roles and number, as the tokenizer looked them up.
    @inline(__always)
    static func info(_ token: Token) -> WordInfo? {
        let roles = token.roles.intersection(.lexical)
        return roles.isEmpty && token.number == 0 ? nil : WordInfo(roles: roles, number: token.number)
    }

    @inline(__always)
    static func roles(_ token: Token) -> WordRoles { token.roles }

    @inline(__always)
    static func has(_ token: Token, _ role: WordRoles) -> Bool { token.roles.contains(role) }

    /// Abbreviations whose period does not end a sentence.
    static let abbreviations = WordSet([
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "sgt", "capt", "cpl", "pvt", "adm",
        "cmdr", "brig", "st", "no", "nos", "vs", "etc", "inc", "corp", "ltd", "co", "jr", "sr", "gov",
        "rep", "sen", "pres", "approx", "est", "dept", "govt", "univ", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur",
        "thurs", "fri", "sat", "sun", "fig", "figs", "vol", "ch", "pp", "al", "ave", "blvd", "rd", "mt",
        "ft", "cf", "viz", "ca", "op", "ed", "eds", "rev", "hon", "mssrs", "messrs", "u", "s", "uk", "un",
        "am", "pm", "a.m", "p.m",
    ])

    /// Animals, counted as things: "470 elephants were killed", "killed 11 vultures", "captured 54
    /// leopards since January".
    static let animalNouns = [
        "animal", "animals", "cattle", "sheep", "horse", "horses", "dog", "dogs", "livestock", "cows", "goats",
        "camels", "donkeys", "pigs", "chickens", "birds", "monkeys", "elephants", "dolphins", "whales", "fish",
        "alpacas", "llamas", "buffalo", "buffaloes", "yaks", "reindeer", "mules", "poultry", "ducks", "hens",
        "cats", "bees", "turtles", "crocodile", "crocodiles", "leopard", "leopards", "tiger", "tigers", "lion",
        "lions", "wolves", "bears", "snakes", "hyenas", "hippos", "rhinos", "gorillas", "chimpanzees", "boars",
        "vultures", "eagles", "sharks", "giraffes", "zebras", "antelopes", "deer", "bison", "cubs", "calves",
        "bulls", "oxen", "rats", "jackals", "baboons", "pythons", "cobras",
        "peacocks", "peafowl", "parrots", "owls", "storks", "flamingos", "pelicans", "geese", "swans", "pigeons",
        "ostriches", "lambs", "piglets", "foxes", "rabbits", "bats", "seals", "penguins", "kangaroos", "koalas",
        // (The singular as a modifier: "154 human deaths and 388 elephant deaths".)
        "elephant", "rhino", "hippo", "wildlife", "whale", "dolphin", "camel", "goat", "cow",
    ]

    /// Nouns that count things, not people: a number before them is never a casualty.
    static let thingNouns = animalNouns + [
        "arrests", "detentions", "crate", "crates", "box", "boxes", "plane", "planes", "aircraft", "jet", "jets", "helicopter",
        "helicopters", "drone", "drones", "missile", "missiles", "rocket", "rockets", "shell", "shells",
        "round", "rounds", "tank", "tanks", "vehicle", "vehicles", "truck", "trucks", "lorry", "lorries",
        "car", "cars", "bus", "buses", "ship", "ships", "boat", "boats", "vessel", "vessels", "canoes", "dinghies",
        "trawlers", "skiffs", "rafts", "gun", "guns",
        "rifle", "rifles", "weapon", "weapons", "howitzer", "howitzers", "launcher", "launchers", "system",
        "systems", "bomb", "bombs", "mine", "mines", "grenade", "grenades", "ammunition", "munitions",
        "cartridge", "cartridges", "bullet", "bullets", "container", "containers", "tonne", "tonnes", "ton",
        "tons", "barrel", "barrels", "house", "houses", "home", "homes", "building", "buildings", "village",
        "villages", "town", "towns", "city", "cities", "settlement", "settlements", "school", "schools",
        "hospital", "hospitals", "clinic", "clinics", "jails", "prisons", "kindergartens",
        "centres", "centers", "investigations", "inquests", "ambulance", "ambulances", "bridge", "bridges", "kilometre", "kilometres", "mile", "miles", "square",
        "dollar", "dollars", "euro", "euros", "page", "pages", "document", "documents", "file", "files",
        "video", "videos", "photo", "photos", "image", "images", "post", "posts", "message", "messages",
        "letter", "letters", "sanction", "sanctions", "project", "projects", "base", "bases", "position",
        "positions", "target", "targets", "strike", "strikes", "attack", "attacks", "sortie", "sorties",
        "incident", "incidents", "event", "events", "case", "cases", "site", "sites", "facility",
        "facilities", "warehouse", "warehouses", "depot", "depots", "train", "trains", "wagon", "wagons",
        "head", "tree", "trees", "firearms", "pistols", "requests", "applications", "inquiries", "enquiries",
        "acre", "acres", "hectare", "hectares", "meal", "meals", "ration", "rations", "package",
        "packages", "parcel", "parcels", "kit", "kits", "item", "items", "piece", "pieces", "unit", "units",
        "battery", "batteries", "radar", "radars", "satellite", "satellites", "shot", "shots", "round",
        "flight", "flights", "tunnel", "tunnels", "camp", "camps", "dam", "dams", "trench", "trenches", "road", "roads", "street", "streets", "door", "doors", "operation", "operations", "tanker", "tankers", "bed", "beds",
        "motorbike", "motorbikes", "motorcycle", "motorcycles", "bicycle", "bicycles", "township", "townships",
        "pickup", "pickups", "technicals", "jeep", "jeeps", "minibus", "minibuses", "mortar", "mortars",
        "district", "districts", "locality", "localities", "hamlet", "hamlets", "outpost", "outposts",
        "checkpoint", "checkpoints", "airfield", "airfields", "airport", "airports", "port", "ports",
        "mosque", "mosques", "church", "churches", "market", "markets", "shop", "shops",
        "tent", "tents", "shelter", "shelters", "room", "rooms", "apartment", "apartments", "flat", "flats",
        "block", "blocks", "floor", "floors", "storey", "storeys", "vote", "votes", "seat", "seats",
        "signature", "signatures", "visa", "visas", "passport", "passports", "permit", "permits",
        "application", "applications", "claim", "claims", "complaint", "complaints", "lawsuit",
        "lawsuits", "word", "words", "tweet", "tweets", "article", "articles", "report", "reports",
        // ("several Syrian casualty lists", "the top four causes of death".)
        "lists", "causes",
        // ("retains 32 offences punishable by death": what a law punishes.)
        "offences", "offenses", "crimes",
        // ("dozens of stalls and several warehouses were set on fire".)
        "stall", "stalls", "kiosk", "kiosks",
        "interview", "interviews", "point", "points", "step", "steps", "year", "years", "day", "days",
        "hour", "hours", "minute", "minutes", "week", "weeks", "month", "months", "time", "times",
        "percent", "dose", "doses", "vaccine", "vaccines", "gallon", "gallons", "litre", "litres",
        "meter", "meters", "metre", "metres", "feet", "foot", "inch", "inches", "pound", "pounds",
        "kilogram", "kilograms", "gram", "grams", "object", "objects", "asset", "assets", "armoured",
        "armored", "artillery", "piece", "APC", "apcs", "ifv", "ifvs", "mlrs", "himars", "atacms",
        "storm", "shadow", "javelin", "javelins", "stinger", "stingers", "nlaw", "nlaws", "patriot",
        "patriots", "f-16", "f-16s", "jet", "fighter-jets", "warship", "warships", "submarine",
        "submarines", "frigate", "frigates", "train", "carriage", "carriages", "coffin", "coffins",
        "grave", "graves", "body-bag", "bag", "bags", "sandbag", "sandbags", "loaf", "loaves", "stages", "phases", "batches",
        "exchanges", "swaps", "sides", "truckload",
        "truckloads", "convoy", "convoys", "shipment", "shipments", "delivery", "deliveries", "crossing",
        "crossings", "checkpoint", "checkpoints", "airfield", "airfields", "airport", "airports",
        "port", "ports", "region", "regions", "district", "districts", "province", "provinces",
        "country", "countries", "nation", "nations", "state", "states", "language", "languages",
    ]
}
