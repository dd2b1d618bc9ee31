import ArgumentParser
import FiguresExtraction
import FiguresKit

struct Latest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the current value of each figure.",
        discussion: """
            The current value of a figure (key + subject) is its total claim that holds latest. \
            Incident, period, change and projection claims never make it.

            Examples:
              figures latest
              figures latest casualties --subject north-korean-troops
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions

    @Argument(help: ArgumentHelp("A figure key or group (default: every figure).", valueName: "figure"),
              transform: Parse.figure)
    var figure: FigureKey?

    @Option(help: ArgumentHelp("Only this subject, such as north-korean-troops.", valueName: "subject"),
            transform: Parse.subject)
    var subject: String?

    func run() throws {
        try reportingErrors {
            let store = try store.open()
            let current = try store.latest(of: figure, subject: subject)
            var out = Terminal.output()
            switch output.resolved {
            case .json:
                for claim in current { out.writeJSONLine(Rows.fields(claim)) }
            case .csv:
                if let first = current.first { out.write(RowWriter.csvHeader(Rows.fields(first)) + "\n") }
                for claim in current { out.writeCSVLine(Rows.fields(claim)) }
            case .table:
                var table = Rows.latestTable()
                for claim in current { table.append(Rows.latestRow(claim, ascii: output.ascii)) }
                if current.isEmpty {
                    Terminal.printError("no figures\(figure.map { " under \($0)" } ?? "") yet")
                } else {
                    out.write(table.render(bold: Terminal.usesColor))
                }
            }
            out.flush()
        }
    }
}
