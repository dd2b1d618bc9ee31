import ArgumentParser
import FiguresKit

struct Reject: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Take a wrong claim out of its series.",
        discussion: """
            The claim stays in the history (`figures history --all` shows it, marked) but no longer \
            counts: the figure's current value is read again without it and it never raises an alert \
            again. Claim ids are in `figures history` and in alerts.
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions

    @Argument(help: ArgumentHelp("The claim id.", valueName: "claim"))
    var claim: Int64

    @Option(help: ArgumentHelp("Why, for the record.", valueName: "text"))
    var reason: String?

    func run() throws {
        try reportingErrors {
            let stored = try store.open().reject(claimID: claim, reason: reason)
            Review.print(stored, output)
        }
    }
}

struct Confirm: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Mark a claim as checked by a person (this also takes back a rejection).")

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions

    @Argument(help: ArgumentHelp("The claim id.", valueName: "claim"))
    var claim: Int64

    @Option(help: ArgumentHelp("A note, for the record.", valueName: "text"))
    var reason: String?

    func run() throws {
        try reportingErrors {
            let stored = try store.open().confirm(claimID: claim, reason: reason)
            Review.print(stored, output)
        }
    }
}

enum Review {
    /// One claim, as `history` would list it.
    static func print(_ stored: StoredClaim, _ output: FormatOptions) {
        var listing = Listing(output.resolved, table: Rows.historyTable())
        listing.add(Rows.fields(stored)) { Rows.historyRow(stored, ascii: output.ascii) }
        listing.finish()
    }
}
