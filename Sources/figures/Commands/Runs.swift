import ArgumentParser
import FiguresKit

struct Runs: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the ingest runs: when, what came in, what was stored and raised, what failed.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions

    @Option(help: ArgumentHelp("How many runs, newest first.", valueName: "n"))
    var limit: Int = 50

    func validate() throws {
        if limit <= 0 { throw ValidationError("--limit takes a positive number, such as 20") }
    }

    static func fields(_ run: IngestRun) -> [Field] {
        [Field("id", .integer(run.id)), Field("started", .string(run.started)), Field("ended", .optional(run.ended)),
         Field("status", .string(run.status.rawValue)), Field("inputs", .string(run.inputs.joined(separator: " "))),
         Field("reports_new", .integer(Int64(run.reportsNew))), Field("reports_seen", .integer(Int64(run.reportsSeen))),
         Field("claims", .integer(Int64(run.claims))), Field("alerts", .integer(Int64(run.alerts))),
         Field("errors", .string(run.errors.joined(separator: "; ")))]
    }

    func run() throws {
        try reportingErrors {
            let runs = try store.open().runs(limit: limit)
            var listing = Listing(output.resolved, table: Table([
                ("RUN", .right), ("STARTED", .left), ("STATUS", .left), ("NEW", .right), ("SEEN", .right),
                ("CLAIMS", .right), ("ALERTS", .right), ("INPUTS", .left), ("ERRORS", .left)]))
            for run in runs {
                listing.add(Runs.fields(run)) {
                    [String(run.id), String(run.started.prefix(19)).replacingOccurrences("T", " "),
                     run.status.rawValue, String(run.reportsNew), String(run.reportsSeen), String(run.claims),
                     String(run.alerts), run.inputs.joined(separator: " "),
                     run.errors.isEmpty ? "" : "\(run.errors.count): \(run.errors[0])"]
                }
            }
            listing.finish(whenEmpty: "no runs yet")
        }
    }
}

extension String {
    func replacingOccurrences(_ target: Character, _ replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }
}
