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
