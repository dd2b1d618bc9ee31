import ArgumentParser
import FiguresExtraction
import FiguresKit

struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show every claim of a figure or group, oldest first.",
        discussion: """
            FIGURE is a full key (casualties.killed) or a group (casualties: every key under it).

            Examples:
              figures history casualties
              figures history casualties.killed --subject north-korean-troops --since 2025-01-01
              figures history troops --source "Seoul's spy agency" --format json
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions

    @Argument(help: ArgumentHelp("A figure key or group, such as casualties.killed or casualties.",
                                 valueName: "figure"), transform: Parse.figure)
    var figure: FigureKey

    @Option(help: ArgumentHelp("Only this subject, such as north-korean-troops.", valueName: "subject"),
            transform: Parse.subject)
    var subject: String?

    @Option(help: ArgumentHelp("Only claims by this source (a name or any alias).", valueName: "source"))
    var source: String?

    @Option(help: ArgumentHelp("Only claims that hold on or after this date, YYYY-MM-DD.",
                               valueName: "date"), transform: Parse.day)
    var since: CalendarDay?

    @Option(help: ArgumentHelp("Only claims that hold on or before this date, YYYY-MM-DD.",
                               valueName: "date"), transform: Parse.day)
    var until: CalendarDay?

    @Flag(name: .long, help: "Include rejected claims, marked as such.")
    var all = false

    func validate() throws {
        if let since, let until, since > until {
            throw ValidationError("--since \(since) is after --until \(until)")
        }
    }

    func run() throws {
        try reportingErrors {
            let store = try store.open()
            let query = HistoryQuery(figure: figure, subject: subject, source: source,
                                     since: since, until: until, includeRejected: all)
            var out = Terminal.output()
            switch output.resolved {
            case .json:
                try store.history(query) { out.write(RowWriter.json(Rows.fields($0)) + "\n") }
            case .csv:
                var wroteHeader = false
                try store.history(query) { claim in
                    let fields = Rows.fields(claim)
                    if !wroteHeader {
                        out.write(RowWriter.csvHeader(fields) + "\n")
                        wroteHeader = true
                    }
                    out.write(RowWriter.csvLine(fields) + "\n")
                }
            case .table:
                var table = Rows.historyTable()
                try store.history(query) { table.append(Rows.historyRow($0, ascii: output.ascii)) }
                if table.rows.isEmpty {
                    Terminal.printError("no claims of \(figure)\(subject.map { " about \($0)" } ?? "") yet")
                } else {
                    out.write(table.render(bold: Terminal.usesColor))
                }
            }
            out.flush()
        }
    }
}
