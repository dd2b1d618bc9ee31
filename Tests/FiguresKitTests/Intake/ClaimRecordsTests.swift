import FiguresExtraction
@testable import FiguresKit
import Foundation
import Testing

@Suite struct ClaimRecordsTests {
    @Test func groupsJSONLinesByReport() throws {
        let reports = try IntakeFixtures.reports("claims.jsonl")
        try #require(reports.map(\.uri) == ["https://example.org/nk-toll", "https://example.org/deployment", "claims.jsonl"])

        let toll = reports[0]
        #expect(toll.outlet == "Example Wire")
        #expect(toll.published == "2025-01-13T02:30:00Z")
        #expect(toll.text == "Nearly 300 North Korean soldiers have died, South Korea's intelligence service said.\n\nAnother 2,700 have been wounded.")
        let claims = try #require(toll.claims)
        try #require(claims.count == 2)
        #expect(claims[0].figure == .killed)
        #expect(claims[0].subject == "north-korean-troops")
        #expect(claims[0].quantity == Quantity(value: 300, low: 270, high: 300, qualifier: .nearly), "bounds from the hedge")
        #expect(claims[0].scope == .total)
        #expect(claims[0].asOf == CalendarDay(year: 2025, month: 1, day: 13))
        #expect(claims[0].source == "National Intelligence Service")
        #expect(claims[0].sourceText == "South Korea's intelligence service")
        #expect(claims[0].span == 7..<10)
        #expect(claims[1].quantity == Quantity(2700, qualifier: .exact), "qualifier defaults to exact, scope to total")

        let deployment = reports[1]
        #expect(deployment.text == "", "no quote, no text")
        let deployed = try #require(deployment.claims?.first)
        #expect(deployed.subject == "north-korean-troops", "a subject in words becomes a slug")
        #expect(deployed.quantity.low == 9000, "a given bound stands")
        #expect(deployed.quantity.high == 11000, "a null bound is the hedge's own")
        #expect(deployment.published == "2024-11-05")

        let range = try #require(reports[2].claims?.first)
        #expect(range.quantity == Quantity(value: 8750, low: 8500, high: 9000, qualifier: .range))
    }

    @Test func readsCSVWithQuotesAndLineBreaks() throws {
        let reports = try IntakeFixtures.reports("claims.csv")
        try #require(reports.map(\.uri) == ["https://ledger.example/quake-1", "https://ledger.example/quake-2", "claims.csv"])
        #expect(reports[0].claims?.first?.quantity == Quantity(112, qualifier: .atLeast))
        #expect(reports[0].claims?.first?.quantity.high == nil)
        #expect(reports[0].outlet == "The Daily Ledger")
        #expect(reports[0].published == "2025-03-06")
        #expect(reports[1].claims?.map(\.figure) == [.missing, .killed])
        #expect(reports[1].text == "The toll rose to 140, with 30 still missing.", "a quote shared by two claims appears once")
        #expect(reports[1].claims?.last?.source == "Regional governor")
        let troops = try #require(reports[2].claims?.first)
        #expect(troops.quantity == Quantity(value: 12000, low: 11000, high: 13000, qualifier: .approximate))
        #expect(troops.quote == "He said \"about 12,000\" troops\nwere sent.")
    }

    @Test func claimsChangeTheContentHash() throws {
        let a = #"{"figure": "casualties.killed", "subject": "x", "value": 300, "as_of": "2025-01-13", "quote": "Q."}"#
        let b = #"{"figure": "casualties.killed", "subject": "x", "value": 400, "as_of": "2025-01-13", "quote": "Q."}"#
        let first = try #require(try Intake.reports(in: Data(a.utf8), uri: "c.jsonl").first)
        let second = try #require(try Intake.reports(in: Data(b.utf8), uri: "c.jsonl").first)
        #expect(first.text == second.text)
        #expect(first.contentHash != second.contentHash)
        #expect(Report(uri: "u", text: "t").contentHash == Report(uri: "u", text: "t", claims: nil).contentHash)
    }

    /// One good line, then `bad` on line 2.
    func jsonLinesError(_ bad: String) -> IntakeError? {
        let good = #"{"figure": "casualties.killed", "subject": "x", "value": 1, "as_of": "2025-01-01"}"#
        return intakeError { try Intake.reports(in: Data((good + "\n" + bad + "\n").utf8), uri: "bad.jsonl") }
    }

    @Test(arguments: [
        (#"{"figure": "Casualties Killed", "subject": "x", "value": 1, "as_of": "2025-01-01"}"#,
         "line 2: figure 'Casualties Killed' is not a figure key; expected a dotted key such as casualties.killed or troops.deployed"),
        (#"{"figure": "casualties", "subject": "x", "value": 1, "as_of": "2025-01-01"}"#,
         "line 2: figure 'casualties' is not a figure key; expected a dotted key such as casualties.killed or troops.deployed"),
        (#"{"figure": "casualties.killed", "subject": "x", "value": 1, "qualifier": "roughly", "as_of": "2025-01-01"}"#,
         "line 2: qualifier 'roughly' is not one of exact, approximate, nearly, at_least, at_most, range"),
        (#"{"figure": "casualties.killed", "subject": "x", "value": 1, "scope": "cumulative", "as_of": "2025-01-01"}"#,
         "line 2: scope 'cumulative' is not one of total, incident, period, change, projection"),
        (#"{"figure": "casualties.killed", "subject": "x", "value": 1, "as_of": "13/01/2025"}"#,
         "line 2: as_of '13/01/2025' is not a date; expected YYYY-MM-DD such as 2025-01-13"),
        (#"{"figure": "casualties.killed", "subject": "x", "value": 1}"#,
         "line 2: as_of is missing; expected the day the number holds, as YYYY-MM-DD"),
        (#"{"figure": "casualties.killed", "subject": "x", "value": "three hundred", "as_of": "2025-01-01"}"#,
         "line 2: value 'three hundred' is not a number; expected digits such as 300 or 1500.5"),
        (#"{"figure": "casualties.killed", "subject": "x", "value": true, "as_of": "2025-01-01"}"#,
         "line 2: value 'true' is not a number; expected digits such as 300 or 1500.5"),
        (#"{"figure": "casualties.killed", "subject": "x", "as_of": "2025-01-01"}"#,
         "line 2: value is missing; expected a number such as 300"),
        (#"{"figure": "casualties.killed", "value": 1, "as_of": "2025-01-01"}"#,
         "line 2: subject is missing; expected a slug such as north-korean-troops"),
        (#"{"figure": "casualties.killed", "subject": "x", "value": 5, "low": 9, "high": 3, "as_of": "2025-01-01"}"#,
         "line 2: low 9.0 is above high 3.0; expected low ≤ value ≤ high"),
        (#"{"figure": "casualties.killed", "subject": "x", "value": 1, "as_of": "2025-01-01", "published": "last week"}"#,
         "line 2: published 'last week' is not a date or time; expected ISO 8601 like 2025-01-13 or 2025-01-13T09:30:00Z"),
        (#"["casualties.killed"]"#,
         #"line 2: not a JSON object; expected one claim object a line, like {"figure": "casualties.killed", "subject": "...", "value": 300, "as_of": "2025-01-13"}"#),
    ])
    func badJSONLinesNameTheLineAndWhatIsExpected(line: String, reason: String) {
        let error = jsonLinesError(line)
        #expect(error == .malformed("bad.jsonl", reason))
    }

    @Test func badCSVRowsNameTheLine() {
        let header = "figure,subject,value,as_of\n"
        func error(_ rows: String) -> IntakeError? {
            intakeError { try Intake.reports(in: Data((header + rows).utf8), uri: "bad.csv") }
        }
        #expect(error("casualties.killed,x,1,2025-01-01\ncasualties.killed,x,lots,2025-01-01\n")
                == .malformed("bad.csv", "line 3: value 'lots' is not a number; expected digits such as 300 or 1500.5"))
        #expect(error("casualties.killed,x,1,2025-01-01,extra\n")
                == .malformed("bad.csv", "line 2: 5 fields, but the header has 4; quote fields that hold commas"))
        #expect(error("casualties.killed,\"x,1,2025-01-01\n")
                == .malformed("bad.csv", "line 2: a quoted field is never closed; end it with a double quote"))
        #expect(error("\"casualties.killed\",\"multi\nline\",1,2025-01-01\ncasualties.wounded,x,1,2025-02-30\n")
                == .malformed("bad.csv", "line 4: as_of '2025-02-30' is not a date; expected YYYY-MM-DD such as 2025-01-13"))
    }

    @Test func csvNamedByItsExtensionMustHaveTheColumns() {
        let error = intakeError { try Intake.reports(in: Data("name,count\nkilled,3\n".utf8), uri: "table.csv") }
        #expect(error == .malformed("table.csv", "line 1: the CSV header must name at least the columns figure and value (and subject, as_of)"))
    }

    @Test func csvParserFollowsRFC4180() throws {
        let rows = try CSV.rows("a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n,,\r\n", uri: "t.csv")
        #expect(rows.map(\.fields) == [["a", "b", "c"], ["1", "x, y", "say \"hi\""], ["", "", ""]])
        #expect(rows.map(\.line) == [1, 2, 3])
    }
}
