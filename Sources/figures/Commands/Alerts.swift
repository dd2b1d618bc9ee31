import ArgumentParser
import FiguresExtraction
import FiguresKit

struct Alerts: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the alerts raised so far, oldest first.",
        discussion: """
            Examples:
              figures alerts --since 2025-01-01
              figures alerts --figure casualties --kind revised --format json
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions

    @Option(help: ArgumentHelp("Only alerts raised on or after this date or time (ISO 8601).",
                               valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Only alerts about this figure key or group.", valueName: "figure"),
            transform: Parse.figure)
    var figure: FigureKey?

    @Option(help: ArgumentHelp("Only alerts about this subject.", valueName: "subject"),
            transform: Parse.subject)
    var subject: String?

    @Option(help: ArgumentHelp("Only alerts of this kind: \(AlertKind.spelledOut).", valueName: "kind"))
    var kind: AlertKind?

    func validate() throws {
        if let since, Timestamp.date(since) == nil {
            throw ValidationError("'\(since)' is not a date: use YYYY-MM-DD or an ISO 8601 time")
        }
    }

    func run() throws {
        try reportingErrors {
            let store = try store.open()
            let alerts = try store.alerts(AlertQuery(
                since: since.flatMap(Timestamp.date).map(Timestamp.string), figure: figure,
                subject: subject, kind: kind))
            var listing = Listing(output.resolved, table: Rows.alertTable())
            for alert in alerts {
                // CSV needs the previous claim's columns even when there is none.
                listing.add(output.resolved == .csv ? Rows.csvFields(alert) : Rows.fields(alert)) {
                    Rows.alertRow(alert, ascii: output.ascii)
                }
            }
            listing.finish(whenEmpty: "no alerts yet")
        }
    }
}
