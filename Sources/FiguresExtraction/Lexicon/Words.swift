/// Hashes of the single words and marks the scanners test by name.
enum Words {
    static let hyphen = Hashing.hash("-")
    static let enDash = Hashing.hash("–")
    static let emDash = Hashing.hash("—")
    static let colon = Hashing.hash(":")
    static let semicolon = Hashing.hash(";")
    static let comma = Hashing.hash(",")
    static let period = Hashing.hash(".")
    static let slash = Hashing.hash("/")
    static let plus = Hashing.hash("+")
    static let percentSign = Hashing.hash("%")
    static let quote = Hashing.hash("\"")
    static let leftQuote = Hashing.hash("“")
    static let rightQuote = Hashing.hash("”")
    static let openParen = Hashing.hash("(")
    static let closeParen = Hashing.hash(")")
    static let tilde = Hashing.hash("~")
    static let possessive = Hashing.hash("'s")

    static let a = Hashing.hash("a")
    static let an = Hashing.hash("an")
    static let the = Hashing.hash("the")
    static let and = Hashing.hash("and")
    static let or = Hashing.hash("or")
    static let to = Hashing.hash("to")
    static let from = Hashing.hash("from")
    static let between = Hashing.hash("between")
    static let of = Hashing.hash("of")
    static let `in` = Hashing.hash("in")
    static let on = Hashing.hash("on")
    static let at = Hashing.hash("at")
    static let by = Hashing.hash("by")
    static let as_ = Hashing.hash("as")
    static let since = Hashing.hash("since")
    static let one = Hashing.hash("one")
    static let half = Hashing.hash("half")
    static let more = Hashing.hash("more")
    static let other = Hashing.hash("other")
    static let person = Hashing.hash("person")
    static let s = Hashing.hash("s")
    static let p = Hashing.hash("p")
    static let m = Hashing.hash("m")
    static let per = Hashing.hash("per")
    static let cent = Hashing.hash("cent")
    static let hours = Hashing.hash("hours")
    static let local = Hashing.hash("local")
    static let time = Hashing.hash("time")
    static let old = Hashing.hash("old")
    static let aged = Hashing.hash("aged")
    static let age = Hashing.hash("age")
    static let ages = Hashing.hash("ages")
    static let another = Hashing.hash("another")
    static let additional = Hashing.hash("additional")
    static let further = Hashing.hash("further")
    static let them = Hashing.hash("them")
    static let whom = Hashing.hash("whom")
    static let those = Hashing.hash("those")
    static let these = Hashing.hash("these")
    static let which = Hashing.hash("which")
    static let who = Hashing.hash("who")
    static let us = Hashing.hash("us")
    static let total = Hashing.hash("total")
    static let toll = Hashing.hash("toll")
    static let number = Hashing.hash("number")
    static let had = Hashing.hash("had")
    static let earlier = Hashing.hash("earlier")
    static let ago = Hashing.hash("ago")
    static let last = Hashing.hash("last")
    static let yesterday = Hashing.hash("yesterday")
    static let today = Hashing.hash("today")
    static let alone = Hashing.hash("alone")
    static let including = Hashing.hash("including")
    static let among = Hashing.hash("among")
    static let it = Hashing.hash("it")
    static let its = Hashing.hash("its")
    static let said = Hashing.hash("said")
    static let according = Hashing.hash("according")
    static let end = Hashing.hash("end")
    static let start = Hashing.hash("start")
    static let month = Hashing.hash("month")
    static let week = Hashing.hash("week")
    static let year = Hashing.hash("year")
    static let day = Hashing.hash("day")
    static let not = Hashing.hash("not")
    static let no = Hashing.hash("no")

    /// Words between a number and its noun that qualify the count: "300 more soldiers".
    static let countQualifiers: Set<UInt64> = Set(["more", "additional", "further", "new", "extra", "fresh", "other",
                                                   "others", "odd", "remaining"].map(Hashing.hash))
    /// ", including ...," ", mostly ...,": asides the predicate search steps over.
    static let asideOpeners: Set<UInt64> = Set(["including", "mostly", "mainly", "many", "most", "some", "among",
                                                "both", "all", "several", "nearly", "almost", "according"].map(Hashing.hash))
    /// Present-tense deployment verbs that read as plans, not as participles.
    static let bareDeployVerbs: Set<UInt64> = Set(["send", "sends", "deploy", "deploys", "dispatch", "mobilize",
                                                   "mobilise"].map(Hashing.hash))
    /// "has 10,000 troops": possession, a deployment only for troops.
    static let possessionVerbs: Set<UInt64> = Set(["keeps", "kept", "maintains", "maintained", "numbering"].map(Hashing.hash))
    /// Words inside a predicate before its verb: "are believed to have been killed".
    static let predicateSkips: Set<UInt64> = Set(["believed", "thought", "said", "reported", "estimated", "known",
                                                  "feared", "presumed", "understood", "suspected", "assumed",
                                                  "confirmed", "reportedly", "officially", "to"].map(Hashing.hash))
    static let experiencerVerbs: Set<UInt64> = Set(["lost", "loses", "losing", "lose", "suffered", "suffering", "suffers",
                                                    "sustained", "sustaining", "incurred", "took", "taken", "counted"].map(Hashing.hash))
    static let copulas: Set<UInt64> = Set(["were", "was", "are", "is", "included", "include", "including"].map(Hashing.hash))
    /// "The figure", "the toll", "the number": the figure the text was just talking about.
    static let figureNouns: Set<UInt64> = Set(["figure", "toll", "number", "tally", "count", "total"].map(Hashing.hash))
    /// Words between "in"/"over" and a span's number: "in the first five months".
    static let spanModifiers: Set<UInt64> = Set(["the", "a", "past", "last", "first", "previous", "next", "coming", "preceding",
                                                 "same", "following"].map(Hashing.hash))
    /// Adjectives that never belong in a kind's slug ("young workers" are `workers`).
    static let kindAdjectives: Set<UInt64> = Set(["young", "local", "foreign", "other", "more", "injured", "wounded",
                                                  "unarmed", "innocent", "elderly", "female", "male", "former", "senior",
                                                  "junior", "many", "several", "some", "all", "both", "dead", "missing",
                                                  "fellow", "ordinary", "off-duty", "new", "additional", "further",
                                                  "extra", "fresh", "remaining", "seriously", "critically", "badly",
                                                  "at", "least", "its", "their", "our", "his", "her", "the", "of"].map(Hashing.hash))
    /// "bringing", "raising": the number after "... to" is the new total.
    static let pointerVerbs: Set<UInt64> = Set(["bringing", "raising", "taking", "pushing", "lifting", "brings",
                                                "raises", "takes", "pushes", "lifts", "brought", "raised", "took",
                                                "pushed", "lifted", "bring", "raise", "take", "push", "lift"].map(Hashing.hash))
    /// A country after these is a place.
    static let placePrepositions: Set<UInt64> = Set(["in", "across", "near", "inside", "throughout", "into", "at",
                                                     "around", "within", "outside", "over", "through", "to", "toward",
                                                     "towards", "on", "along", "off", "under", "of"].map(Hashing.hash))
    static let placeAdjectives: Set<UInt64> = Set(["eastern", "western", "northern", "southern", "central", "northeastern",
                                                   "northwestern", "southeastern", "southwestern", "neighbouring",
                                                   "neighboring", "occupied", "rural", "coastal", "north", "south",
                                                   "east", "west", "mainland"].map(Hashing.hash))

    static let suffixScales: [UInt64: Double] = [
        Hashing.hash("k"): 1_000, Hashing.hash("m"): 1_000_000, Hashing.hash("mn"): 1_000_000,
        Hashing.hash("mln"): 1_000_000, Hashing.hash("bn"): 1_000_000_000, Hashing.hash("b"): 1_000_000_000,
    ]

    static let currencySymbols: Set<UInt64> = Set(["$", "€", "£", "¥", "₹", "₽", "₴", "₪", "₩", "฿"].map { Hashing.hash($0) })
    static let currencyCodes: Set<UInt64> = Set(["us", "usd", "eur", "gbp", "rub", "uah", "cny", "jpy", "a", "c", "nz",
                                                 "hk", "r", "chf", "inr", "ils"].map { Hashing.hash($0) })
}
