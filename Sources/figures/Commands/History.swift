import ArgumentParser
import FiguresExtraction
import FiguresKit
import Foundation

struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show every claim of a figure or group, oldest first.",
        discussion: """
            FIGURE is a full key (casualties.killed) or a group (casualties: every key under it).

            Examples:
              figures history casualties
              figures history casualties.killed --subject north-korean-troops --since 2025-01-01
              figures history troops --source "Seoul's spy agency" --format json
              figures history casualties.killed --chart
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions

    @Argument(help: ArgumentHelp("A figure key or group, such as casualties.killed or casualties.",
                                 valueName: "figure"), transform: Parse.figure)
    var figure: FigureKey

    @OptionGroup var filter: ClaimFilter

    @Option(help: ArgumentHelp("Only claims by this source (a name or any alias).", valueName: "source"))
    var source: String?


    @Flag(name: .long, help: "Include rejected claims, marked as such.")
    var all = false

    @Flag(name: .long, help: ArgumentHelp(
        "Draw each series (figure and subject) as a chart in the terminal instead of listing claims.",
        discussion: "Charts the running totals that are not rejected; --ascii, or a locale without UTF-8, draws in ASCII."))
    var chart = false

    @Option(help: ArgumentHelp("With --chart: the chart's width in columns (default: the terminal's).",
                               valueName: "columns"))
    var width: Int?

    func validate() throws {
        if let width, !chart {
            throw ValidationError("--width \(width) sizes a chart: add --chart, or leave out --width")
        }
        if let width, width < TerminalChart.minimumWidth {
            throw ValidationError("--width \(width) is too narrow: give at least \(TerminalChart.minimumWidth)")
        }
        if chart, let format = output.format {
            throw ValidationError("--chart draws a chart, not --format \(format.rawValue): leave out one of them")
        }
        if chart, all {
            throw ValidationError("--chart leaves rejected claims out of its series: leave out --all")
        }
    }

    func run() throws {
        try reportingErrors {
            let store = try store.open()
            let query = HistoryQuery(figure: figure, subject: filter.subject, source: source,
                                     since: filter.since, until: filter.until, includeRejected: all)
            if chart {
                try drawChart(store, query)
                return
            }
            var listing = Listing(output.resolved, table: Rows.historyTable())
            try store.history(query) { claim in
                listing.add(Rows.fields(claim)) { Rows.historyRow(claim, ascii: output.ascii) }
            }
            listing.finish(whenEmpty: "no claims of \(figure)\(filter.subject.map { " about \($0)" } ?? "") yet")
        }
    }
}

// MARK: - --chart

extension History {
    private func drawChart(_ store: FigureStore, _ query: HistoryQuery) throws {
        let series = try store.chartSeries(query)
        guard !series.isEmpty else {
            Terminal.printError("no running totals of \(figure)\(filter.subject.map { " about \($0)" } ?? "") to chart yet")
            return
        }
        let chart = TerminalChart(width: width ?? ChartTerminal.columns(),
                                  unicode: !output.ascii && ChartTerminal.showsUnicode)
        var out = Terminal.output()
        out.write(chart.render(series))
        out.flush()
    }
}

/// What the terminal can show: its width, and whether its locale is UTF-8.
private enum ChartTerminal {
    /// The width of the terminal on stdout, else $COLUMNS, else 80.
    static func columns() -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let columns = Int(text), columns > 0 {
            return columns
        }
        return 80
    }

    /// True when the locale in force (LC_ALL, else LC_CTYPE, else LANG) names UTF-8.
    static var showsUnicode: Bool {
        let environment = ProcessInfo.processInfo.environment
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        let lower = locale.lowercased()
        return lower.contains("utf-8") || lower.contains("utf8")
    }
}
