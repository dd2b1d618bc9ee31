@testable import FiguresExtraction
import Testing

/// The number scanner on the phrasing classes of docs/EXTRACTION.md.
@Suite struct NumberScannerTests {
    func only(_ text: String) throws -> RecognisedNumber {
        let numbers = ClaimExtractor.numbers(in: text)
        try #require(numbers.count == 1, "\(text): \(numbers.map(\.text))")
        return numbers[0]
    }

    /// A mention's number lies inside the mention, where the readers look for words before it
    /// ("an average of"): the Y of a move "from X to Y" too.
    @Test(arguments: ["The toll rose from 300 to 600.", "It said nearly 300 were killed.", "between 8,500 and 9,000 troops"])
    func aMentionsNumberLiesInsideIt(text: String) throws {
        let bytes = Array(text.utf8)
        let tokens = Tokenizer.tokens(of: bytes)
        let mentions = bytes.withUnsafeBufferPointer { NumberScanner(tokens: tokens, bytes: $0).scan(0..<tokens.count) }
        try #require(mentions.count == 1)
        let mention = mentions[0]
        #expect(mention.tokens.lowerBound <= mention.core.lowerBound && mention.core.upperBound <= mention.tokens.upperBound)
        #expect(tokens[mention.core.lowerBound].isDigits)
    }

    @Test(arguments: [
        ("2,700 wounded", 2_700.0, "2,700"),
        ("10 000 soldiers", 10_000, "10 000"),
        ("1.5 million people", 1_500_000, "1.5 million"),
        ("2.7k troops", 2_700, "2.7k"),
        ("three hundred soldiers", 300, "three hundred"),
        ("twelve hundred soldiers", 1_200, "twelve hundred"),
        ("12-hundred soldiers", 1_200, "12-hundred"),
        ("twenty-thousand soldiers", 20_000, "twenty-thousand"),
        ("twenty-five thousand soldiers", 25_000, "twenty-five thousand"),
        ("three hundred and twelve people", 312, "three hundred and twelve"),
        ("a thousand troops", 1_000, "a thousand"),
        ("half a million people", 500_000, "half a million"),
        ("two soldiers", 2, "two"),
    ])
    func readsNumberForms(text: String, value: Double, written: String) throws {
        let number = try only(text)
        #expect(number.quantity.value == value)
        #expect(number.text == written)
        #expect(Array(text.utf8)[number.span].elementsEqual(written.utf8))
    }

    @Test(arguments: [
        ("about 10,000", Qualifier.approximate, 10_000.0, 9_000.0 as Double?, 11_000.0 as Double?),
        ("around 2,700", .approximate, 2_700, 2_650, 2_750),
        ("some 300", .approximate, 300, 270, 330),
        ("an estimated 450", .approximate, 450, 445, 455),
        ("nearly 300", .nearly, 300, 270, 300),
        ("almost 400", .nearly, 400, 360, 400),
        ("close to 4,000", .nearly, 4_000, 3_600, 4_000),
        ("at least 100", .atLeast, 100, 100, nil),
        ("more than 8,000", .atLeast, 8_000, 8_000, nil),
        ("exceeded 3,000", .atLeast, 3_000, 3_000, nil),
        ("upwards of 500", .atLeast, 500, 500, nil),
        ("100-plus", .atLeast, 100, 100, nil),
        ("up to 12,000", .atMost, 12_000, nil, 12_000),
        ("as many as 600", .atMost, 600, nil, 600),
        ("fewer than 50", .atMost, 50, nil, 50),
        ("between 8,500 and 9,000", .range, 8_750, 8_500, 9_000),
        ("6,000-7,000", .range, 6_500, 6_000, 7_000),
        ("6,000 to 7,000", .range, 6_500, 6_000, 7_000),
        ("10-12 thousand", .range, 11_000, 10_000, 12_000),
        ("two or three", .range, 2.5, 2, 3),
    ])
    func readsHedges(text: String, qualifier: Qualifier, value: Double, low: Double?, high: Double?) throws {
        let number = try only(text + " soldiers were killed")
        #expect(number.quantity.qualifier == qualifier, "\(text)")
        #expect(number.quantity.value == value, "\(text)")
        #expect(number.quantity.low == low, "\(text)")
        #expect(number.quantity.high == high, "\(text)")
        #expect(number.text == text)
    }

    @Test(arguments: [
        ("dozens of people", 24.0, 24.0, 99.0),
        ("hundreds of civilians", 200, 200, 999),
        ("thousands of troops", 2_000, 2_000, 9_999),
        ("tens of thousands of people", 20_000, 20_000, 99_999),
        ("several soldiers", 3, 3, 9),
        ("a dozen soldiers", 12, 10, 14),
        ("a couple of soldiers", 2, 2, 3),
        ("several hundred troops", 300, 300, 900),
    ])
    func readsVagueAmountsWithDocumentedBounds(text: String, value: Double, low: Double, high: Double) throws {
        let number = try only(text)
        #expect(number.quantity.qualifier == .approximate)
        #expect(number.quantity.value == value)
        #expect(number.quantity.low == low)
        #expect(number.quantity.high == high)
    }

    @Test(arguments: [
        ("in 2024", NumberKind.year), ("the 2022 invasion", .year), ("since the 2014 abduction of schoolgirls", .year),
        ("in April 2014 Boko Haram fighters kidnapped", .year), ("on March 3", .date), ("3 March", .date),
        ("3/4/2025", .date), ("at 10:30", .time), ("at 3 p.m.", .time), ("$1.5 billion", .money),
        ("€300 million", .money), ("5,000 dollars", .money), ("12%", .percent), ("40 percent", .percent),
        ("the 3rd brigade", .ordinal), ("a three-minute video", .duration), ("1,000 days of war", .duration),
        ("a 19-year-old", .age), ("aged 40", .age), ("30 kilometres", .measure), ("the F-16", .label),
        ("a Su-25", .label), ("a COVID-19 ward", .label), ("patients with Covid-19 were", .label), ("Rescue 1122 said", .label), ("Rescue 1122 spokesman", .label), ("Brigade 155 fought", .label), ("page 12", .label), ("Day 3 of the talks", .label), ("10 Downing Street", .label),
        ("call +1 202 555 0143", .phone), ("the 1990s", .decade), ("5 million shillings", .money),
        ("200,000 cedis", .money), ("children aged four and seven", .age), ("pupils aged between 10 and 18", .age),
        ("a couple in their 80s", .decade), ("over three and a half years", .duration),
        ("a three-and-a-half-year deployment", .duration), ("about two-thirds of them", .fraction),
        ("three quarters of the dead", .fraction), ("raised to 4 on a five-point scale", .label),
        ("rose 10 to 20 percent", .percent), ("walked 5 to 10 km", .measure), ("between 10 and 50 million naira", .money),
        ("served between 3 and 5 years", .duration), ("2,000-3,000 dollars", .money),
    ])
    func setsApartNumbersThatAreNotCounts(text: String, kind: NumberKind) {
        let all = ClaimExtractor.numbers(in: text, all: true)
        #expect(all.contains { $0.kind == kind }, "\(text): \(all.map { "\($0.text) \($0.kind)" })")
        #expect(ClaimExtractor.numbers(in: text).isEmpty, "\(text) is not a count")
    }

    @Test func aPlacesShareInAListIsACount() {
        let found = ClaimExtractor.numbers(in: "Police recorded 1,781 murders, Gauteng 1,642 and the Eastern Cape 1,403.")
        #expect(found.map(\.quantity.value) == [1781, 1642, 1403])
        // A name and a number with no count before it stay a label.
        #expect(ClaimExtractor.numbers(in: "Police blocked Route 9 and Highway 11.").isEmpty)
        #expect(ClaimExtractor.numbers(in: "They flew in on Apollo 11, officials said.").isEmpty)
    }

    @Test func aYearAfterItsMonthStartsNoRange() throws {
        let found = try only("the number killed since the invasion in February 2022 to 14,120")
        #expect(found.text == "14,120")
        #expect(found.quantity.qualifier == .exact)
        // ("from" a month and year to another is a span of dates, no count.)
        #expect(ClaimExtractor.numbers(in: "from February 2022 to March 2023").isEmpty)
    }

    @Test func lakhAndCroreAreScales() throws {
        let found = try only("About 1.2 lakh CAPF personnel remain deployed")
        #expect(found.quantity.value == 120_000)
        // (Money after "Rs" is no count.)
        #expect(ClaimExtractor.numbers(in: "an ex gratia of Rs 5 lakh to each family", all: true).map(\.kind) == [.money])
        #expect(ClaimExtractor.numbers(in: "paid Rs. 2,000 to each family", all: true).map(\.kind) == [.money])
    }

    @Test func aNumberWordWithItsDigitsInBracketsIsOneNumber() throws {
        let found = try only("eleven (11) khwarij were killed")
        #expect(found.text == "eleven (11)")
        #expect(found.quantity.value == 11)
        let padded = try only("two (02) soldiers embraced shahadat")
        #expect(padded.quantity.value == 2)
    }

    @Test func aHedgedNumberAfterAMonthIsACount() throws {
        // (A month ends the sentence before; the day of a date follows its month bare.)
        let found = ClaimExtractor.numbers(in: "Fighting raged between January and September. At least 25 people were killed.")
        #expect(found.map(\.text) == ["At least 25"])
        #expect(try only("In September at least 25 people died.").text == "at least 25")
        #expect(ClaimExtractor.numbers(in: "It began on Oct. 1 and ended on September 25.").isEmpty)
    }

    @Test func aDecimalBeforeAYearsLastDigitsIsNoYear() throws {
        // (Found by scripts/fuzz: "20.4-25" once read the "." of "20.4" as a digit.)
        #expect(ClaimExtractor.numbers(in: "20.4-25").allSatisfy { $0.kind != .year })
        #expect(ClaimExtractor.numbers(in: "in the 2024-25 season", all: true).map(\.kind).contains(.year))
    }

    @Test func oneWithItsDigitsInBracketsIsACount() throws {
        #expect(try only("One (01) person succumbed to injuries.").quantity.value == 1)
    }

    @Test func aNameAndItsNumberBeforeASingularVerbIsNoCount() {
        #expect(ClaimExtractor.numbers(in: "Barrio 18 is blamed for the extortion.").isEmpty)
        #expect(ClaimExtractor.numbers(in: "Route 50 was closed after 18 people were killed.").map(\.text) == ["18"])
    }

    @Test func aNameAndItsNumberBeforeItsSpeakerIsNoCount() {
        #expect(ClaimExtractor.numbers(in: "Rescue 1122 said its divers had recovered four bodies.").map(\.text) == ["four"])
        #expect(ClaimExtractor.numbers(in: "Another 12 said they had fled.").map(\.text) == ["12"])
        #expect(ClaimExtractor.numbers(in: "About 300 said they had lost their homes.").map(\.text) == ["About 300"])
    }

    @Test func survivesHostileInput() {
        #expect(ClaimExtractor.numbers(in: "").isEmpty)
        let digits = String(repeating: "9", count: 400)
        #expect(ClaimExtractor.numbers(in: digits + " soldiers").isEmpty)
        let broken = String(decoding: [0x33, 0x30, 0x30, 0xFF, 0xFE, 0x20, 0x73, 0x6F, 0x6C, 0x64, 0x69, 0x65, 0x72, 0x73, 0x00, 0x00],
                            as: UTF8.self)
        #expect(ClaimExtractor.numbers(in: broken).allSatisfy { $0.span.upperBound <= broken.utf8.count })
        let long = String(repeating: "nearly 300 soldiers were killed and ", count: 20_000)
        #expect(ClaimExtractor.numbers(in: long).count == 20_000)
    }
}
