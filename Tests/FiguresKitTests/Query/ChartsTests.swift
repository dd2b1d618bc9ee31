import FiguresExtraction
@testable import FiguresKit
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Claims and alerts made by hand, for the chart tests.
enum ChartFixtures {
    static func day(_ text: String) -> CalendarDay { CalendarDay(iso: text)! }

    static func claim(_ id: Int64, _ quantity: Quantity, on date: String, figure: FigureKey = .killed,
                      subject: String = "north-korean-troops", source: String? = "National Intelligence Service",
                      sourceText: String? = nil, scope: Scope = .total, status: ClaimStatus = .unchecked,
                      quote: String? = nil, report: ReportReference? = nil) -> StoredClaim {
        StoredClaim(id: id, claim: Claim(figure: figure, subject: subject, quantity: quantity, scope: scope,
                                         asOf: day(date), source: source, sourceText: sourceText, quote: quote),
                    report: report, recorded: date + "T12:00:00Z", status: status)
    }

    static func alert(_ kind: AlertKind = .revised, from previous: StoredClaim?, to current: StoredClaim,
                      direction: Direction? = .up) -> Alert {
        let change = previous.map { current.claim.quantity.value - $0.claim.quantity.value }
        return Alert(id: "alert-\(current.id)", kind: kind, figure: current.claim.figure,
                     subject: current.claim.subject, direction: direction, change: change,
                     changePercent: change.flatMap { c in previous.map { c / $0.claim.quantity.value * 100 } },
                     previous: previous, current: current, raised: current.claim.asOf.description + "T13:00:00Z")
    }

    /// North Korean losses as two sources told them, with every kind of hedge.
    static let claims: [StoredClaim] = [
        claim(1, Quantity(100, qualifier: .atLeast), on: "2024-11-19"),
        claim(2, Quantity(200, qualifier: .approximate), on: "2024-12-10", source: "Ukrainian Defence Intelligence"),
        claim(3, Quantity(300, qualifier: .nearly), on: "2024-12-19"),
        claim(4, Quantity.range(800, 1200), on: "2025-01-10", source: "Ukrainian Defence Intelligence"),
        claim(5, Quantity(2000, qualifier: .exact), on: "2025-03-01"),
        claim(6, Quantity(2700, qualifier: .exact), on: "2025-01-13", figure: .wounded),
        claim(7, Quantity(4000, qualifier: .atMost), on: "2025-02-13", figure: .wounded, source: nil, sourceText: "a lawmaker"),
    ]

    static var alerts: [Alert] {
        [alert(from: claims[0], to: claims[1]), alert(from: claims[1], to: claims[2]),
         alert(from: claims[2], to: claims[3]), alert(from: claims[3], to: claims[4])]
    }

    static var series: [ChartSeries] { ChartData.series(claims, revisions: ChartData.revisions(alerts)) }
}

@Suite struct ChartSeriesTests {
    @Test func oneSeriesPerKeyAndSubjectOldestFirst() {
        let shuffled = ChartFixtures.claims.reversed() + [
            ChartFixtures.claim(8, Quantity(5, qualifier: .exact), on: "2024-12-01", subject: "russian-troops"),
        ]
        let series = ChartData.series(Array(shuffled))
        #expect(series.map(\.id) == ["casualties.killed/north-korean-troops", "casualties.killed/russian-troops",
                                     "casualties.wounded/north-korean-troops"])
        #expect(series[0].points.map(\.claimID) == [1, 2, 3, 4, 5])
        #expect(series[0].sources == ["National Intelligence Service", "Ukrainian Defence Intelligence"])
        #expect(series[0].lines.map { $0.points.map(\.claimID) } == [[1, 3, 5], [2, 4]])
        #expect(series[0].title == "casualties.killed · north-korean-troops")
    }

    @Test func onlyTotalsThatAreNotRejectedMakeASeries() {
        let claims = [
            ChartFixtures.claim(1, Quantity(100, qualifier: .exact), on: "2024-11-19"),
            ChartFixtures.claim(2, Quantity(12, qualifier: .exact), on: "2024-11-20", scope: .incident),
            ChartFixtures.claim(3, Quantity(800, qualifier: .exact), on: "2024-11-21", scope: .period),
            ChartFixtures.claim(4, Quantity(9000, qualifier: .exact), on: "2024-11-22", status: .rejected),
            ChartFixtures.claim(5, Quantity(8000, qualifier: .exact), on: "2024-11-23", scope: .projection),
            ChartFixtures.claim(6, Quantity(150, qualifier: .exact), on: "2024-11-24", status: .confirmed),
        ]
        #expect(ChartData.series(claims).flatMap { $0.points.map(\.claimID) } == [1, 6])
        #expect(ChartData.series([claims[1], claims[3]]).isEmpty)
    }

    @Test func claimsOfOneDayKeepTheirOrder() {
        let claims = [ChartFixtures.claim(9, Quantity(300, qualifier: .exact), on: "2024-12-19"),
                      ChartFixtures.claim(4, Quantity(200, qualifier: .exact), on: "2024-12-19")]
        #expect(ChartData.series(claims)[0].points.map(\.claimID) == [4, 9])
    }

    @Test func sourcesAreLabelledByNameElseByTheirWords() {
        let series = ChartFixtures.series
        #expect(series[1].sources == ["National Intelligence Service", "\"a lawmaker\""])
        let unattributed = ChartFixtures.claim(1, Quantity(1, qualifier: .exact), on: "2024-01-01", source: nil)
        #expect(ChartData.series([unattributed])[0].sources == ["unattributed"])
    }

    @Test func revisionsAreTheCurrentClaimsOfRevisedAlerts() {
        let claims = ChartFixtures.claims
        let alerts = ChartFixtures.alerts + [
            ChartFixtures.alert(.new, from: nil, to: claims[5], direction: nil),
            ChartFixtures.alert(.conflict, from: claims[5], to: claims[6], direction: .up),
        ]
        let series = ChartData.series(claims, revisions: ChartData.revisions(alerts))
        #expect(series[0].points.filter(\.isRevision).map(\.claimID) == [2, 3, 4, 5])
        #expect(series[1].points.filter(\.isRevision).isEmpty, "new and conflict alerts are not revisions")
        #expect(series[0].points[1].revision?.previous == claims[0].claim.quantity)
        #expect(series[0].points[1].revision?.direction == .up)
    }

    @Test func storeGivesTheSeriesOfAFigureOrGroup() throws {
        let store = try FigureStore()
        for (value, date, scope) in [(100.0, "2024-11-19", Scope.total), (40, "2024-12-01", .incident),
                                     (300, "2024-12-19", .total)] {
            try store.record(ManualClaim(figure: .killed, subject: "north-korean-troops",
                                         quantity: Quantity(value, qualifier: .exact), scope: scope,
                                         asOf: ChartFixtures.day(date), source: "NIS"))
        }
        try store.record(ManualClaim(figure: .wounded, subject: "north-korean-troops",
                                     quantity: Quantity(2700, qualifier: .exact), asOf: ChartFixtures.day("2024-12-19"),
                                     source: "Seoul's spy agency"))
        let group = try store.chartSeries(HistoryQuery(figure: FigureKey("casualties")!))
        #expect(group.map(\.figure) == [.killed, .wounded])
        #expect(group[0].points.map(\.quantity.value) == [100, 300])
        #expect(group[1].sources == ["National Intelligence Service"])
        let since = try store.chartSeries(HistoryQuery(figure: .killed, since: ChartFixtures.day("2024-12-01")))
        #expect(since.flatMap(\.points).map(\.quantity.value) == [300])

        let content = try store.reportContent()
        #expect(content.latest.count == 2)
        #expect(content.series.count == 2)
        let empty = try FigureStore().reportContent()
        #expect(empty.isEmpty)
    }
}

@Suite struct ChartScaleTests {
    @Test func valueTicksAreRoundNumbers() {
        let scale = ValueScale.fitting([100, 300, 2000], tickCount: 4)
        #expect(scale.lower == 0)
        #expect(scale.ticks == [0, 500, 1000, 1500, 2000])
        let high = ValueScale.fitting([10_900, 12_000], tickCount: 4)
        #expect(high.lower > 0 && high.lower <= 10_900 && high.upper >= 12_000)
        #expect(ValueScale.fitting([3, 3], tickCount: 4).ticks.allSatisfy { $0 == $0.rounded() }, "counts tick whole")
        #expect(ValueScale.fitting([], tickCount: 4).ticks == [0, 1])
    }

    @Test func dateTicksSuitDaysWeeksMonthsAndYears() {
        func labels(_ from: String, _ to: String, room: Double = 600) -> [String] {
            DateScale.fitting(first: ChartFixtures.day(from), last: ChartFixtures.day(to), room: room, gap: 10) {
                Double($0.count) * 7
            }.ticks.map(\.label)
        }
        #expect(labels("2025-01-30", "2025-02-02") == ["30 Jan 2025", "31 Jan", "1 Feb", "2 Feb"])
        #expect(labels("2024-11-19", "2024-12-20") == ["25 Nov 2024", "2 Dec", "9 Dec", "16 Dec"])
        #expect(labels("2024-11-19", "2025-03-10") == ["Dec 2024", "Jan 2025", "Feb", "Mar"])
        #expect(labels("2019-06-01", "2025-03-10") == ["2020", "2021", "2022", "2023", "2024", "2025"])
        #expect(labels("1950-06-01", "2025-03-10", room: 400) == ["1960", "1970", "1980", "1990", "2000", "2010", "2020"])
        let single = DateScale.fitting(first: ChartFixtures.day("2025-01-10"), last: ChartFixtures.day("2025-01-10"),
                                       room: 600, gap: 10) { Double($0.count) * 7 }
        #expect(single.first < single.last, "a single day still has a width")
    }
}

@Suite struct ChartsMarkupTests {
    static let hostile = "He said \"onload=alert(1) & </script><script>alert(1)</script> 'x'"

    @Test func escapingMakesMarkupInert() {
        let escaped = Markup.escaped(ChartsMarkupTests.hostile)
        #expect(escaped == "He said &quot;onload=alert(1) &amp; &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &#39;x&#39;")
        for forbidden in ["<", ">", "\"", "'"] { #expect(!escaped.contains(forbidden)) }
    }

    @Test func escapingDropsWhatXMLForbids() {
        #expect(Markup.escaped("a\u{1}b\u{0}c\u{FFFE}d\te\nf") == "abcd\te\nf")
        #expect(Markup.escaped("Zürich — 300 ☂︎ 𝔸") == "Zürich — 300 ☂︎ 𝔸")
    }

    @Test func onlyWebAndRelativeLinksBecomeLinks() {
        #expect(Markup.safeHref("https://example.org/a?b=1&c=2") == "https://example.org/a?b=1&amp;c=2")
        #expect(Markup.safeHref("HTTP://example.org/") == "HTTP://example.org/")
        #expect(Markup.safeHref("data/reports/01-nis.md") == "data/reports/01-nis.md")
        #expect(Markup.safeHref("/srv/reports/a.md") == "/srv/reports/a.md")
        #expect(Markup.safeHref("reports/a.md?x=1#p") == "reports/a.md?x=1#p")
        for unsafe in ["javascript:alert(1)", "JavaScript:alert(1)", "java\tscript:alert(1)", " javascript:x",
                       "data:text/html,<script>alert(1)</script>", "vbscript:x", "file:///etc/passwd",
                       "//evil.example/x", "http:evil", ":x", "", "https://x.org/\"onload=alert(1)"] {
            #expect(Markup.safeHref(unsafe) == nil || !Markup.safeHref(unsafe)!.contains("\""), "\(unsafe)")
        }
        for unsafe in ["javascript:alert(1)", "java\tscript:alert(1)", "data:text/html,x", "//evil.example/x",
                       "http:evil", "file:///etc/passwd"] {
            #expect(Markup.safeHref(unsafe) == nil, "\(unsafe)")
        }
    }
}

@Suite struct ChartsSVGTests {
    /// Parses `text` as XML and returns the parser's error (nil when well-formed), counting elements.
    final class Counter: NSObject, XMLParserDelegate {
        var elements: [String: Int] = [:]
        var classes: [String: Int] = [:]
        var text = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            elements[name, default: 0] += 1
            if let value = attributes["class"] { classes[value, default: 0] += 1 }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    }

    func parse(_ svg: String) -> (error: (any Error)?, counter: Counter) {
        let parser = XMLParser(data: Data(svg.utf8))
        let counter = Counter()
        parser.delegate = counter
        _ = parser.parse()
        return (parser.parserError, counter)
    }

    @Test func plotIsWellFormedXMLWithAPanelPerSeries() throws {
        let svg = SVGPlot(title: "North Korean losses").document(ChartFixtures.series)
        let (error, counter) = parse(svg)
        #expect(error == nil, "\(String(describing: error))")
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(counter.elements["svg"] == 1)
        #expect(counter.classes["panel"] == 2)
        #expect(counter.classes["point"] == ChartFixtures.claims.count)
        #expect(counter.classes["step"] == 4, "one line per source in each panel")
        #expect(counter.classes["revision"] == 4)
        #expect(counter.classes["revision-label"] == 4)
        // Bands for every hedged claim; open bounds reach the edge with a dashed line.
        #expect(counter.classes["band"] == 5)
        #expect(counter.classes["open-edge"] == 2)
        for label in ["~200", "nearly 300", "800–1,200", "2,000", "2,500", "Dec 2024", "Jan 2025",
                      "National Intelligence Service", "\"a lawmaker\"", "North Korean losses"] {
            #expect(counter.text.contains(label), "\(label) missing")
        }
    }

    @Test func plotHasNoScriptAndNoExternalReference() {
        let svg = SVGPlot(title: "x").document(ChartFixtures.series)
        for forbidden in ["<script", "href", "url(", "@import", "<image", "<foreignObject", "on"+"load"] {
            #expect(!svg.contains(forbidden), "\(forbidden)")
        }
        #expect(svg.components(separatedBy: "http").count == 2, "only the SVG namespace names a URL")
    }

    @Test func hostileTextStaysText() throws {
        let hostile = ChartsMarkupTests.hostile
        let claims = [ChartFixtures.claim(1, Quantity(5, qualifier: .exact), on: "2024-01-01", source: hostile),
                      ChartFixtures.claim(2, Quantity(9, qualifier: .exact), on: "2024-02-01",
                                          subject: "a\u{1}b", source: nil, sourceText: hostile)]
        let svg = SVGPlot(title: hostile + "\u{0}").document(ChartData.series(claims))
        let (error, counter) = parse(svg)
        #expect(error == nil, "\(String(describing: error))")
        #expect(counter.elements["script"] == nil)
        #expect(counter.text.contains(hostile))
        #expect(!svg.contains("<script"))
    }

    @Test func emptyPlotSaysSo() {
        let svg = SVGPlot(title: "Nothing").document([])
        #expect(parse(svg).error == nil)
        #expect(svg.contains("No running totals to plot."))
    }
}

@Suite struct ChartsHTMLReportTests {
    static let hostile = ChartsMarkupTests.hostile

    static var content: ReportContent {
        let evil = ReportReference(uri: "javascript:alert(1)", title: hostile, outlet: hostile, published: "2025-01-10")
        let good = ReportReference(uri: "https://example.org/nk?a=1&b=2", title: "NIS briefs lawmakers",
                                   outlet: "Example Wire", published: "2025-03-01T08:00:00Z")
        var claims = ChartFixtures.claims
        claims[3] = ChartFixtures.claim(4, Quantity.range(800, 1200), on: "2025-01-10", source: hostile,
                                        quote: hostile, report: evil)
        claims[4] = ChartFixtures.claim(5, Quantity(2000, qualifier: .exact), on: "2025-03-01",
                                        quote: "About 2,000 North Korean soldiers have died.", report: good)
        let alerts = [ChartFixtures.alert(from: claims[2], to: claims[3]),
                      ChartFixtures.alert(from: claims[3], to: claims[4])]
        return ReportContent(latest: [claims[4], claims[6]],
                             series: ChartData.series(claims, revisions: ChartData.revisions(alerts)),
                             alerts: alerts)
    }

    @Test func reportTextCanNeverBecomeMarkup() {
        let page = HTMLReport(title: ChartsHTMLReportTests.hostile, generated: "2025-03-02T10:00:00Z")
            .render(ChartsHTMLReportTests.content)
        #expect(!page.lowercased().contains("<script"))
        #expect(!page.contains("\"onload"))
        #expect(!page.contains("href=\"javascript"))
        #expect(page.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(page.contains("<a href=\"https://example.org/nk?a=1&amp;b=2\" rel=\"noopener noreferrer\">NIS briefs lawmakers</a>"))
        #expect(page.contains("<span class=\"uri\" title=\"javascript:alert(1)\">"), "an unsafe URI is shown as text")
    }

    @Test func pageIsSelfContained() {
        let page = HTMLReport(generated: "2025-03-02T10:00:00Z").render(ChartsHTMLReportTests.content)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("Content-Security-Policy\" content=\"default-src 'none'"))
        for forbidden in ["src=", "<link", "@import", "url(", "<iframe", "<object", "<script"] {
            #expect(!page.contains(forbidden), "\(forbidden)")
        }
        #expect(page.components(separatedBy: "<svg ").count - 1 == 2, "a chart per series")
        #expect(page.components(separatedBy: "class=\"point\"").count - 1 == ChartFixtures.claims.count)
        #expect(page.components(separatedBy: "<li class=\"alert revised\">").count - 1 == 2)
        #expect(page.contains("nearly 300</span> → <span class=\"current\">800–1,200</span>"))
        #expect(page.contains("Generated 2025-03-02 10:00 UTC"))
    }

    @Test func emptyDatabaseSaysThereIsNothingYet() {
        let page = HTMLReport(generated: "2025-03-02T10:00:00Z").render(ReportContent(latest: [], series: [], alerts: []))
        #expect(page.contains("<h2>Nothing yet</h2>"))
        #expect(!page.contains("<svg"))
    }
}

@Suite struct ChartsTerminalTests {
    @Test func everyLineFitsTheWidth() {
        for unicode in [true, false] {
            for width in [10, 24, 40, 60, 80, 133, 200] {
                let text = TerminalChart(width: width, unicode: unicode).render(ChartFixtures.series)
                let limit = max(width, TerminalChart.minimumWidth)
                for line in text.split(separator: "\n") {
                    #expect(line.unicodeScalars.count <= limit, "\(width) \(unicode): \(line)")
                }
                // The plot uses the room it has: some line reaches close to the edge.
                let widest = text.split(separator: "\n").map { $0.unicodeScalars.count }.max() ?? 0
                #expect(widest >= limit - 3, "\(width) \(unicode): widest \(widest)")
            }
        }
    }

    @Test func unicodeChartDrawsBrailleLettersRangesAndRevisions() {
        let text = TerminalChart(width: 80, unicode: true).render(ChartFixtures.series)
        #expect(text.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) }, "braille lines")
        #expect(text.contains("casualties.killed · north-korean-troops"))
        #expect(text.contains("2,000 ┤"), "grouped numbers on the value axis")
        #expect(text.contains("  A  National Intelligence Service (3 claims)"))
        #expect(text.contains("  B  Ukrainian Defence Intelligence (2 claims)"))
        #expect(text.contains("▲  revised 2024-12-19: ~200 → nearly 300 (A)"))
        #expect(text.contains("┊"), "bounds shown as a range")
        #expect(text.contains("↑"), "an open bound reaches the top")
        #expect(text.contains("Dec 2024") && text.contains("Jan 2025"))
        #expect(text.hasSuffix(ChartData.footnote + "\n"))
        // One revision mark per revision, on the strip under the dates.
        let strip = text.split(separator: "\n").first { $0.contains("▲") && !$0.contains("revised") }
        #expect(strip?.filter { $0 == "▲" }.count == 4)
    }

    @Test func asciiFallbackWritesOnlyASCII() {
        var series = ChartFixtures.series
        series[0].points[0].source = "Zürich’s “office”"
        let text = TerminalChart(width: 72, unicode: false).render(series)
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(text.contains("2,000 +"))
        #expect(text.contains("^  revised 2024-12-19: ~200 -> nearly 300 (C)"))
        #expect(text.contains("casualties.killed - north-korean-troops"))
        #expect(text.contains("Z?rich?s ?office?"))
    }

    @Test func controlCharactersNeverReachTheTerminal() {
        var series = ChartFixtures.series
        series[0].points[0].source = "NIS\u{1B}[31m\r\u{9B}2J"
        for unicode in [true, false] {
            let text = TerminalChart(width: 80, unicode: unicode).render(series)
            #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) })
            #expect(text.contains("NIS?[31m??2J"))
        }
    }
}
