/// The words that hedge a number, by the qualifier they make (SPEC's table, and the usual
/// variants wire copy uses).
enum Hedges {
    /// Before the number: "nearly 300", "at least 100", "up to 12,000".
    static let before: PhraseTable<Qualifier> = {
        var table = PhraseTable<Qualifier>()
        for phrase in ["about", "around", "some", "roughly", "approximately", "approx", "approx.",
                       "an estimated", "estimated", "est.", "~", "circa", "ca.", "c.", "in the region of",
                       "on the order of", "in the order of", "an approximate", "around about",
                       "something like", "somewhere around", "an approximated", "a roughly", "a total of about",
                       "a total of around", "a total of some",
                       "roughly about", "give or take", "more or less",
                       "approximately about", "nearly about", "in excess of about"] {
            table.add(phrase, .approximate)
        }
        // "lost an average of 1,180 soldiers a day": part of the number's words, no hedge.
        table.add("an average of", .exact)
        for phrase in ["nearly", "almost", "close to", "closer to", "approaching", "just under", "just shy of",
                       "just below", "shy of", "short of", "just short of", "a little under", "a little less than",
                       "a little fewer than", "slightly less than", "slightly fewer than", "slightly under",
                       "not quite", "nigh on", "getting on for", "close on", "edging toward", "edging towards",
                       "nearing", "nears", "neared", "inching toward", "inching towards", "the best part of",
                       "almost reaching", "well-nigh", "very nearly", "nearly all of the", "very close to",
                       "pretty close to", "rising to nearly"] {
            table.add(phrase, .nearly)
        }
        for phrase in ["at least", "more than", "over", "in excess of", "upwards of", "upward of", "exceeded",
                       "exceeds", "exceeding", "exceed", "surpass", "surpassed", "surpasses", "surpassing", "topped", "tops", "topping",
                       "passed", "passes", "pass", "passing", "cross", "crosses", "no fewer than", "no less than", "not less than", "not fewer than",
                       "well over", "just over", "a little over", "slightly more than", "slightly over", "above",
                       "well above", "north of", "at a minimum", "a minimum of", "minimum of", "a minimum", "beyond", "greater than", "in excess", "well in excess of", "at the very least",
                       "crossed", "crossing", "past", "well past", "no fewer", "at minimum",
                       "as few as", "already more than", "already over", "a bit more than", "far more than",
                       "many more than", "considerably more than", "significantly more than", "well beyond"] {
            table.add(phrase, .atLeast)
        }
        for phrase in ["up to", "as many as", "fewer than", "less than", "under", "no more than", "not more than",
                       "at most", "a maximum of", "maximum of", "at the most", "below", "as much as", "upto",
                       "just fewer than", "no greater than", "well under", "well below", "far fewer than",
                       "a maximum", "at a maximum", "not exceeding", "at the very most", "max.", "max", "as high as"] {
            table.add(phrase, .atMost)
        }
        return table.marked(.hedgesBefore)
    }()

    /// After the number: "300 or so", "100-plus", "100+", "500 or more".
    static let after: PhraseTable<Qualifier> = {
        var table = PhraseTable<Qualifier>()
        table.add("or so", .approximate)
        table.add("-odd", .approximate)
        table.add("odd", .approximate)
        table.add("or thereabouts", .approximate)
        table.add("give or take", .approximate)
        table.add("or more", .atLeast)
        table.add("+", .atLeast)
        table.add("-plus", .atLeast)
        table.add("plus", .atLeast)
        table.add("and counting", .atLeast)
        table.add("and more", .atLeast)
        table.add("at least", .atLeast)
        table.add("or fewer", .atMost)
        table.add("or less", .atMost)
        table.add("at most", .atMost)
        table.add("at the most", .atMost)
        return table.marked(.hedgesAfter)
    }()
}

/// Vague amounts, each with its documented value and bounds (docs/EXTRACTION.md).
enum Vague {
    struct Amount: Sendable {
        var value: Double
        var low: Double
        var high: Double
    }

    static let table: PhraseTable<Amount> = {
        var table = PhraseTable<Amount>()
        let amounts: [(String, Double, Double, Double)] = [
            ("a couple of", 2, 2, 3), ("a couple", 2, 2, 3), ("a few", 3, 2, 5), ("several", 3, 3, 9),
            ("a dozen", 12, 10, 14), ("dozens", 24, 24, 99), ("dozens of", 24, 24, 99),
            ("scores", 40, 40, 99), ("scores of", 40, 40, 99), ("hundreds", 200, 200, 999),
            ("hundreds of", 200, 200, 999), ("thousands", 2_000, 2_000, 9_999),
            ("thousands of", 2_000, 2_000, 9_999), ("tens of thousands", 20_000, 20_000, 99_999),
            ("tens of thousands of", 20_000, 20_000, 99_999), ("hundreds of thousands", 200_000, 200_000, 999_999),
            ("hundreds of thousands of", 200_000, 200_000, 999_999), ("millions", 2_000_000, 2_000_000, 9_999_999),
            ("millions of", 2_000_000, 2_000_000, 9_999_999),
            ("several hundred", 300, 300, 900), ("several thousand", 3_000, 3_000, 9_000),
            ("several dozen", 36, 36, 108), ("a few hundred", 200, 200, 500), ("a few thousand", 2_000, 2_000, 5_000),
            ("a few dozen", 24, 24, 60), ("many hundreds", 300, 300, 999), ("many thousands", 3_000, 3_000, 9_999),
            ("a handful of", 3, 2, 6), ("a handful", 3, 2, 6), ("dozen", 12, 10, 14),
            ("a couple of hundred", 200, 200, 300), ("a couple hundred", 200, 200, 300),
            ("a couple of thousand", 2_000, 2_000, 3_000), ("a couple thousand", 2_000, 2_000, 3_000),
            ("a couple of dozen", 24, 24, 36), ("two dozen", 24, 24, 24), ("three dozen", 36, 36, 36),
            ("some dozens", 24, 24, 99), ("some hundreds", 200, 200, 999), ("some thousands", 2_000, 2_000, 9_999),
        ]
        for (phrase, value, low, high) in amounts {
            table.add(phrase, Amount(value: value, low: low, high: high))
        }
        return table.marked(.vague)
    }()
}
