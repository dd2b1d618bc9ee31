import ArgumentParser
import FiguresExtraction
import FiguresKit

struct Record: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Store a claim by hand.",
        discussion: """
            The claim joins its figure's history like any extracted one. Bounds follow the \
            qualifier (about 300 is 270-330; at least 100 has no upper bound) unless --low \
            and --high give them.

            Example: figures record casualties.killed 300 --qualifier nearly \
            --subject north-korean-troops --source NIS --as-of 2024-12-19
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions
    @OptionGroup var alertOptions: AlertOptions

    @Argument(help: ArgumentHelp("The figure key, such as casualties.killed.", valueName: "figure"),
              transform: Parse.fullFigure)
    var figure: FigureKey

    @Argument(help: ArgumentHelp("The best value: 300, 2,700, 1.5 million.", valueName: "value"),
              transform: Parse.number)
    var value: Double

    @Option(help: ArgumentHelp("Whose figure it is, as a slug.", valueName: "subject"),
            transform: Parse.subject)
    var subject: String = "unspecified"

    @Option(help: ArgumentHelp("Who said it: a name or alias (resolved to its canonical name).",
                               valueName: "source"))
    var source: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "When the number holds, YYYY-MM-DD (default: today).", valueName: "date"), transform: Parse.day)
    var asOf: CalendarDay?

    @Option(help: ArgumentHelp("How it was hedged: \(Qualifier.spelledOut).", valueName: "qualifier"))
    var qualifier: Qualifier = .exact

    @Option(help: ArgumentHelp("What it counts: \(Scope.spelledOut).", valueName: "scope"))
    var scope: Scope = .total

    @Option(help: ArgumentHelp("The lower bound (default: from the qualifier).", valueName: "number"),
            transform: Parse.number)
    var low: Double?

    @Option(help: ArgumentHelp("The upper bound (default: from the qualifier).", valueName: "number"),
            transform: Parse.number)
    var high: Double?

    func validate() throws {
        if qualifier == .range, low == nil || high == nil {
            throw ValidationError("--qualifier range needs --low and --high, such as --low 8500 --high 9000")
        }
        if let low, low > value { throw ValidationError("--low \(Display.grouped(low)) is above the value") }
        if let high, high < value { throw ValidationError("--high \(Display.grouped(high)) is below the value") }
    }

    var quantity: Quantity {
        let hedged = Quantity(value, qualifier: qualifier)
        return hedged.with(low: low ?? hedged.low, high: high ?? hedged.high)
    }

    func run() throws {
        try reportingErrors {
            let store = try store.open()
            // The claim's alerts go to stderr unless asked for elsewhere: stdout is the claim.
            var alerts = alertOptions
            if alerts.style == nil { alerts.style = AlertOptions.AlertStyle.none }
            let (sinks, _) = try alerts.sinks(configuration: nil)
            let recorder = Ingestor(store: store, sinks: sinks, logger: LogSetup.make(verbose: false))
            let (stored, raised) = try recorder.record(ManualClaim(
                figure: figure, subject: subject, quantity: quantity, scope: scope,
                asOf: asOf ?? CalendarDay.today, source: source))
            if alertOptions.style == nil {
                for alert in raised { Terminal.printError(AlertText.lines(alert)) }
            }
            Review.print(stored, output)
        }
    }
}
