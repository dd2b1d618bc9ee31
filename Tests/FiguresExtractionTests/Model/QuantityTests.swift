@testable import FiguresExtraction
import Testing

@Suite struct QuantityTests {
    @Test(arguments: [
        (10_000.0, 9_000.0, 11_000.0),   // "about 10,000": a tenth of the value caps half the unit
        (2_700, 2_650, 2_750),           // "around 2,700": half a hundred
        (300, 270, 330),                 // "some 300": capped at a tenth
        (450, 445, 455),                 // "about 450": half a ten
        (1_500_000, 1_450_000, 1_550_000),
    ])
    func approximateBandFollowsRounding(value: Double, low: Double, high: Double) {
        let q = Quantity(value, qualifier: .approximate)
        #expect(q.low == low)
        #expect(q.high == high)
    }

    @Test func hedgesSetSpecBounds() {
        #expect(Quantity(300, qualifier: .nearly).high == 300)
        #expect(Quantity(300, qualifier: .nearly).low == 270)
        #expect(Quantity(100, qualifier: .atLeast).high == nil)
        #expect(Quantity(100, qualifier: .atLeast).low == 100)
        #expect(Quantity(12_000, qualifier: .atMost).low == nil)
        #expect(Quantity(2_700, qualifier: .exact).low == 2_700)
        let range = Quantity.range(9_000, 8_500)
        #expect(range.value == 8_750)
        #expect(range.low == 8_500 && range.high == 9_000)
    }

    @Test func admitsRespectsOpenBounds() {
        #expect(Quantity(8_000, qualifier: .atLeast).admits(8_750))
        #expect(!Quantity(300, qualifier: .nearly).admits(150))
        #expect(Quantity(300, qualifier: .nearly).admits(290))
    }
}

@Suite struct CalendarDayTests {
    @Test func roundTripsThroughDaysSinceEpoch() {
        for days in stride(from: -800_000, through: 800_000, by: 997) {
            let day = CalendarDay(daysSinceEpoch: days)
            #expect(day.daysSinceEpoch == days)
        }
    }

    @Test func knowsWeekdaysAndMonths() throws {
        let day = try #require(CalendarDay(iso: "2025-01-13"))
        #expect(day.weekday == 1)  // a Monday
        #expect(day.adding(days: -13).description == "2024-12-31")
        #expect(try #require(CalendarDay(iso: "2024-03-31")).adding(months: -1).description == "2024-02-29")
        #expect(CalendarDay(iso: "2025-02-29") == nil)
        #expect(CalendarDay(iso: "2025-03-06T10:00:00Z")?.description == "2025-03-06")
        #expect(CalendarDay(iso: "20250306") == nil)
    }
}

@Suite struct FigureKeyTests {
    @Test func acceptsDottedLowerCaseWords() {
        #expect(FigureKey("casualties.killed") != nil)
        #expect(FigureKey("casualties") != nil)
        #expect(FigureKey("aid.food_trucks2") != nil)
        for bad in ["", ".", "casualties.", ".killed", "Casualties", "casualties..killed", "a b"] {
            #expect(FigureKey(bad) == nil, "\(bad)")
        }
    }

    @Test func groupsSelectTheirKeys() throws {
        let group = try #require(FigureKey("casualties"))
        #expect(group.selects(.killed))
        #expect(!group.selects(.deployed))
        let near = try #require(FigureKey("casualty"))
        #expect(!near.selects(.killed))
    }
}

@Suite struct NumberParsingTests {
    @Test(arguments: [("2700", 2700.0), ("2,700", 2700), ("10 000", 10_000), ("1.5 million", 1_500_000),
                      ("2.7k", 2_700), ("0.5", 0.5)])
    func readsTypedNumbers(text: String, value: Double) {
        #expect(NumberParsing.value(of: text) == value)
    }

    @Test(arguments: ["", "abc", "1,00", "2,7000", "1.2.3", ",100", "12-ish"])
    func refusesWhatIsNotOneNumber(text: String) {
        #expect(NumberParsing.value(of: text) == nil)
    }
}

@Suite struct SourceDirectoryTests {
    @Test func resolvesAliasesWhateverTheirSpelling() {
        let directory = SourceDirectory([.init(name: "National Intelligence Service",
                                               aliases: ["NIS", "South Korea's intelligence service"])])
        #expect(directory.canonicalName(for: "the NIS") == "National Intelligence Service")
        #expect(directory.canonicalName(for: "South Korea’s  Intelligence Service") == "National Intelligence Service")
        #expect(directory.canonicalName(for: "national intelligence service") == "National Intelligence Service")
        #expect(directory.canonicalName(for: "the Kremlin") == nil)
    }

    /// The byte path for ASCII names makes the keys that the scalar path makes.
    @Test func asciiNamesNormaliseAsTheScalarPathDoes() {
        var names = ["The United Nations", "  the  UN  ", "(UN)", "\"Reuters,\"", "the", "The", "thebig",
                     "the\r\nNIS", "THE\tKremlin;", ":(the) UN)", "", " ", ",;:", "the ,UN", "a\u{1C}b", "OCHA \u{0B}\u{0C}"]
        // Every ASCII byte, alone and between words.
        names += (0..<128).map { String(UnicodeScalar(UInt8($0))) }
        names += (0..<128).map { "the " + String(UnicodeScalar(UInt8($0))) + "X y" }
        for name in names {
            #expect(SourceDirectory.normaliseASCII(name) == SourceDirectory.normaliseScalars(name), "\(Array(name.utf8))")
        }
        #expect(SourceDirectory.normaliseASCII("South Korea’s") == nil)
    }
}

@Suite struct QuantityEdgeTests {
    /// Found by scripts/fuzz (Fuzz/crashes): "About 999…9" with 309 digits is infinite.
    @Test func hugeNumbersHaveNoNaNBounds() {
        for qualifier in Qualifier.allCases {
            let q = Quantity(.infinity, qualifier: qualifier)
            #expect(!(q.low?.isNaN ?? false) && !(q.high?.isNaN ?? false), "\(qualifier)")
        }
        let numbers = ClaimExtractor.numbers(in: "About " + String(repeating: "9", count: 309), all: true)
        #expect(numbers.allSatisfy { !($0.quantity.low?.isNaN ?? false) && !($0.quantity.high?.isNaN ?? false) })
    }
}

/// Slugs: ASCII letters lower-cased in place, other letters through Unicode, marks dropped.
@Test func slugsOfNames() {
    #expect(Slug.make("North Korean") == "north-korean")
    #expect(Slug.make("  Al-Shabaab's  fighters ") == "al-shabaabs-fighters")
    #expect(Slug.make("O’Neill U.S. 3rd Brigade") == "oneill-us-3rd-brigade")
    #expect(Slug.make("Zürich ÉTATS-Unis") == "zürich-états-unis")
    #expect(Slug.make("—") == "")
    #expect(Slug.isSlug("north-korean-troops") && !Slug.isSlug("North Korean"))
}
