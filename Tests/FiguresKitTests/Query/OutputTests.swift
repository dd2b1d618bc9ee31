import FiguresExtraction
import FiguresKit
import Foundation
import Testing

@Suite struct OutputTests {
    @Test func groupsThousands() {
        #expect(Display.grouped(2700) == "2,700")
        #expect(Display.grouped(1_234_567) == "1,234,567")
        #expect(Display.grouped(999) == "999")
        #expect(Display.grouped(8_750.5) == "8,750.5")
        #expect(Display.grouped(-1_700) == "-1,700")
    }

    @Test func jsonEscapesEverythingJSONNeeds() throws {
        let line = RowWriter.json([Field("quote", .string("He said \"300\"\n\tand\u{1}left\\")),
                                   Field("value", .number(300)), Field("low", .null)])
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        #expect(object?["quote"] as? String == "He said \"300\"\n\tand\u{1}left\\")
        #expect(line.contains("\"value\":300,"))
    }

    @Test func claimRowJSONWritesTheBytesOfTheClaimsFields() throws {
        let day = try #require(CalendarDay(iso: "2025-03-06"))
        let claims = [
            Claim(figure: .killed, subject: "north-korean-troops", quantity: Quantity(value: 300, low: 250, high: 1e20, qualifier: .nearly),
                  scope: .total, asOf: day, source: "NIS", sourceText: "the \"spy\" agency\n", quote: "Nearly 300\u{2028} died",
                  span: 10..<20),
            Claim(figure: .deployed, subject: "troops", quantity: Quantity(1.5, qualifier: .exact), scope: .period, asOf: day,
                  source: nil, sourceText: nil),
        ]
        for report in [ReportReference(uri: "a \"b\".md", title: "T\u{1}", outlet: nil, published: "2025-03-06"), nil] {
            var written: [UInt8] = []
            var out = OutputBuffer { written += $0 }
            for claim in claims { out.writeJSONLine(claim, ClaimRowJSON(report: report)) }
            out.flush()
            let expected = claims.map { RowWriter.json(Rows.fields($0, report: report)) + "\n" }.joined()
            #expect(String(decoding: written, as: UTF8.self) == expected)
        }
    }

    /// Lines written in chunks into room reserved for each claim, on one thread or two, are the
    /// lines written one by one.
    @Test(arguments: [1, 2])
    func jsonLinesInChunksAreTheLinesOneByOne(workers: Int) throws {
        let day = try #require(CalendarDay(iso: "2025-03-06"))
        let claims = (0..<9000).map { index in
            Claim(figure: .killed, subject: "troops \(index)", quantity: Quantity(Double(index) / 4, qualifier: .exact),
                  scope: .total, asOf: day, source: index % 3 == 0 ? nil : "NIS", sourceText: nil,
                  quote: String(repeating: "\u{1}\"\u{2028}\\", count: index % 40), span: index..<(index + 3))
        }
        let row = ClaimRowJSON(report: ReportReference(uri: "a.md", title: nil, outlet: nil, published: nil))
        var oneByOne: [UInt8] = []
        var single = OutputBuffer { oneByOne += $0 }
        for claim in claims { single.writeJSONLine(claim, row) }
        single.flush()
        var chunked: [UInt8] = []
        var chunks = 0
        var out = OutputBuffer(flushThreshold: 1000) { chunked += $0; chunks += 1 }
        out.writeJSONLines(claims, row, workers: workers)
        out.flush()
        #expect(String(decoding: chunked, as: UTF8.self) == String(decoding: oneByOne, as: UTF8.self))
        #expect(chunks > 1000)
    }

    @Test func csvQuotesWhatNeedsQuoting() {
        let fields = [Field("a", .string("x, y")), Field("b", .string("say \"hi\"")), Field("c", .null)]
        #expect(RowWriter.csvHeader(fields) == "a,b,c")
        #expect(RowWriter.csvLine(fields) == "\"x, y\",\"say \"\"hi\"\"\",")
    }

    @Test func tableAlignsColumnsAndTrimsLines() {
        var table = Table([("NAME", .left), ("VALUE", .right), ("NOTE", .left)])
        table.append(["killed", "nearly 300", ""])
        table.append(["wounded", "2,700", "x"])
        #expect(table.render() == """
            NAME          VALUE  NOTE
            killed   nearly 300
            wounded       2,700  x

            """)
    }
}
