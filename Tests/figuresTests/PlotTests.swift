import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Claims recorded with the built binary, for the chart, plot and report tests.
struct ChartDatabase {
    let figures = FiguresCommand()
    let folder = FiguresCommand.temporaryFolder()
    var path: String { folder.appendingPathComponent("figures.sqlite").path }

    /// North Korean losses and deployments as several sources told them, with every hedge;
    /// `record` arguments, one claim each.
    static let claims: [[String]] = [
        ["casualties.killed", "100", "--qualifier", "at_least", "--source", "NIS", "--as-of", "2024-11-19"],
        ["casualties.killed", "200", "--qualifier", "approximate", "--source", "Ukraine's military intelligence",
         "--as-of", "2024-12-10"],
        ["casualties.killed", "300", "--qualifier", "nearly", "--source", "Seoul's spy agency", "--as-of", "2024-12-19"],
        ["casualties.killed", "1000", "--qualifier", "range", "--low", "800", "--high", "1200",
         "--source", "Ukraine's military intelligence", "--as-of", "2025-01-10"],
        ["casualties.killed", "2000", "--source", "NIS", "--as-of", "2025-03-01"],
        ["casualties.killed", "40", "--scope", "incident", "--source", "NIS", "--as-of", "2024-12-14"],
        ["casualties.wounded", "2700", "--source", "NIS", "--as-of", "2025-01-13"],
        ["casualties.wounded", "4000", "--qualifier", "at_most", "--source", "</script><script>alert(1)</script>",
         "--as-of", "2025-02-13"],
        ["casualties.killed", "5000", "--subject", "russian-troops", "--qualifier", "approximate",
         "--source", "Pentagon", "--as-of", "2025-01-20"],
        ["troops.deployed", "10000", "--qualifier", "approximate", "--source", "Pentagon", "--as-of", "2024-10-28"],
        ["troops.deployed", "11000", "--qualifier", "at_least", "--source", "NIS", "--as-of", "2024-12-05"],
    ]

    /// Running totals among `claims` (the incident is left out of every chart).
    static let totals = claims.count - 1
    /// Series (figure key and subject) among `claims`.
    static let seriesCount = 4

    func fill() throws {
        for arguments in ChartDatabase.claims {
            let subject = arguments.contains("--subject") ? [] : ["--subject", "north-korean-troops"]
            let result = try figures.run(["record"] + arguments + subject + ["--db", path, "--format", "json"])
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
    }

    /// Claims of `figure` (a key or group) that revised their series: the current claims of
    /// the revised alerts the store raised (none while no diff engine raises them).
    func revisions(of figure: String? = nil) throws -> Int {
        let alerts = try figures.run(["alerts", "--kind", "revised", "--db", path, "--format", "json"]
                                     + (figure.map { ["--figure", $0] } ?? []))
        #expect(alerts.status == 0, "\(alerts.stderr)")
        let claims = alerts.jsonLines.compactMap { ($0["current"] as? [String: Any])?["id"] as? Int }
        return Set(claims).count
    }
}

/// Counts elements and classes of an XML document, and keeps its text.
final class XMLCounter: NSObject, XMLParserDelegate {
    var elements: [String: Int] = [:]
    var classes: [String: Int] = [:]
    var text = ""

    /// Parses `data`; the error is nil when it is well-formed XML.
    static func parse(_ data: Data) -> (error: (any Error)?, counter: XMLCounter) {
        let parser = XMLParser(data: data)
        let counter = XMLCounter()
        parser.delegate = counter
        _ = parser.parse()
        return (parser.parserError, counter)
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        elements[name, default: 0] += 1
        if let value = attributes["class"] { classes[value, default: 0] += 1 }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
}

/// `figures plot` as a user runs it.
@Suite struct PlotTests {
    let database = ChartDatabase()
    var figures: FiguresCommand { database.figures }

    @Test func plotWritesOneValidSVGWithAPanelPerSeries() throws {
        try database.fill()
        let file = database.folder.appendingPathComponent("casualties.svg").path
        let result = try figures.run(["plot", "casualties", "-o", file, "--db", database.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "wrote \(file) (3 panels, 8 claims)\n")
        #expect(result.stderr.isEmpty)

        let data = try Data(contentsOf: URL(fileURLWithPath: file))
        let (error, svg) = XMLCounter.parse(data)
        #expect(error == nil, "not well-formed: \(String(describing: error))")
        #expect(svg.elements["svg"] == 1)
        #expect(svg.classes["panel"] == 3)
        #expect(svg.classes["point"] == 8)
        #expect(svg.classes["revision"] ?? 0 == (try database.revisions(of: "casualties")))
        #expect(svg.elements["script"] == nil)
        for text in ["casualties", "casualties.killed · north-korean-troops", "casualties.killed · russian-troops",
                     "National Intelligence Service", "</script><script>alert(1)</script>", "2,000", "Jan 2025"] {
            #expect(svg.text.contains(text), "\(text) missing")
        }
        let raw = String(decoding: data, as: UTF8.self)
        #expect(!raw.contains("<script"))
        #expect(!raw.contains("href"))
    }

    @Test func plotTakesASubjectDatesATitleAndASize() throws {
        try database.fill()
        let file = database.folder.appendingPathComponent("killed.svg").path
        let result = try figures.run([
            "plot", "casualties.killed", "--subject", "north-korean-troops", "--since", "2024-12-01",
            "--until", "2025-02-01", "--title", "Killed <\"so far\">", "--width", "700", "--height", "260",
            "-o", file, "--db", database.path])
        #expect(result.status == 0, "\(result.stderr)")
        let data = try Data(contentsOf: URL(fileURLWithPath: file))
        let (error, svg) = XMLCounter.parse(data)
        #expect(error == nil)
        #expect(svg.classes["panel"] == 1)
        #expect(svg.classes["point"] == 3)
        #expect(svg.text.contains("Killed <\"so far\">"))
        #expect(String(decoding: data, as: UTF8.self).contains("width=\"700\""))
    }

    @Test func plotOfNothingFailsAndWritesNothing() throws {
        let file = database.folder.appendingPathComponent("none.svg").path
        let result = try figures.run(["plot", "casualties", "-o", file, "--db", database.path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: no running totals of casualties to plot"))
        #expect(!FileManager.default.fileExists(atPath: file))
    }

    @Test func badPlotOptionsSayWhatToType() throws {
        for arguments in [["plot", "casualties", "-o", "x.svg", "--width", "10"],
                          ["plot", "casualties", "-o", "x.svg", "--height", "0"],
                          ["plot", "casualties", "-o", "x.svg", "--since", "2025-02-01", "--until", "2025-01-01"],
                          ["plot", "casualties"]] {
            let result = try figures.run(arguments + ["--db", database.path])
            #expect(result.status == 64, "\(arguments)")
            #expect(!result.stderr.isEmpty)
        }
    }
}

/// `figures history --chart` as a user runs it.
@Suite struct HistoryChartTests {
    let database = ChartDatabase()
    var figures: FiguresCommand { database.figures }

    /// The locale says UTF-8 (or not) whatever the test's own environment says.
    func locale(_ lang: String) -> [String: String] { ["LANG": lang, "LC_ALL": "", "LC_CTYPE": ""] }

    @Test func chartFitsTheWidthAndDrawsInUnicode() throws {
        try database.fill()
        let result = try figures.run(["history", "casualties", "--chart", "--width", "64", "--db", database.path],
                                     environment: locale("C.UTF-8"))
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.lines
        #expect(lines.allSatisfy { $0.unicodeScalars.count <= 64 }, "\(result.stdout)")
        #expect(result.stdout.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) }, "braille")
        #expect(lines.filter { $0.hasSuffix(" · north-korean-troops") || $0.hasSuffix(" · russian-troops") }.count == 3)
        #expect(result.stdout.contains("2,000 ┤"))
        #expect(result.stdout.contains("A  National Intelligence Service (3 claims)"))
        // The footnote, wrapped to the width.
        #expect(lines.suffix(2).joined(separator: " ") == "Only running totals (scope total) that are not rejected are charted.")
    }

    @Test func chartFallsBackToASCII() throws {
        try database.fill()
        for (arguments, lang) in [([String](), "C"), (["--ascii"], "en_GB.UTF-8"), ([], "")] {
            let result = try figures.run(["history", "casualties.killed", "--chart", "--width", "60"] + arguments
                                         + ["--db", database.path], environment: locale(lang))
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.unicodeScalars.allSatisfy { $0.isASCII }, "\(lang) \(arguments)")
            #expect(result.stdout.contains("2,000 +"))
        }
    }

    @Test func chartTakesItsWidthFromColumnsOffATerminal() throws {
        try database.fill()
        let result = try figures.run(["history", "troops.deployed", "--chart", "--db", database.path],
                                     environment: locale("C.UTF-8").merging(["COLUMNS": "70"]) { $1 })
        #expect(result.status == 0, "\(result.stderr)")
        let widest = result.lines.map { $0.unicodeScalars.count }.max() ?? 0
        #expect(widest <= 70 && widest >= 66, "\(result.stdout)")
        let fallback = try figures.run(["history", "troops.deployed", "--chart", "--db", database.path],
                                       environment: locale("C.UTF-8").merging(["COLUMNS": ""]) { $1 })
        #expect((fallback.lines.map { $0.unicodeScalars.count }.max() ?? 0) <= 80)
    }

    @Test func chartOptionsThatClashSayWhatToType() throws {
        for arguments in [["history", "casualties", "--width", "60"],
                          ["history", "casualties", "--chart", "--format", "json"],
                          ["history", "casualties", "--chart", "--width", "5"],
                          ["history", "casualties", "--chart", "--all"]] {
            let result = try figures.run(arguments + ["--db", database.path])
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.contains("--"), "\(result.stderr)")
        }
        let empty = try figures.run(["history", "casualties", "--chart", "--db", database.path])
        #expect(empty.status == 0)
        #expect(empty.stderr == "no running totals of casualties to chart yet\n")
    }
}
