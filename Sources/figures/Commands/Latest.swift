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
            var listing = Listing(output.resolved, table: Rows.latestTable())
            for claim in current {
                listing.add(Rows.fields(claim)) { Rows.latestRow(claim, ascii: output.ascii) }
            }
            listing.finish(whenEmpty: "no figures\(figure.map { " under \($0)" } ?? "") yet")
        }
    }
}
