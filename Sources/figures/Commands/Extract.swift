import ArgumentParser
import FiguresExtraction
import FiguresKit
import Foundation

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the claims that a report holds, storing nothing.",
        discussion: """
            Reads a text or Markdown file (with optional front matter), or standard input with \
            -, and prints each claim: figure, subject, value and bounds, qualifier, scope, \
            as_of, source, the quote and the number's byte offsets.

            Example: figures extract data/reports/06-nis-nearly-300-killed.md --format json
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions

    @Argument(help: ArgumentHelp("A report file, or - for standard input.", valueName: "path"))
    var path: String

    func run() throws {
        Memory.preferHeap()
        try reportingErrors {
            // The store's sources (the built-in ones and any a configuration added) when it
            // exists; nothing is written to it.
            let sources = FileManager.default.fileExists(atPath: store.path)
                ? try store.open().sourceDirectory() : Extraction.sources()
            let extractor = ClaimExtractor(sources: sources)
            var listing = Listing(output.resolved, table: Rows.extractTable())
            let workers = Cores.available
            for report in try Intake.reports(atPath: path) {
                let reference = ReportReference(uri: report.uri, title: report.title, outlet: report.outlet,
                                                published: report.published)
                let json = ClaimRowJSON(report: reference)
                listing.add(report.claims ?? extractor.claims(in: report.document, workers: workers), json: json,
                            workers: workers, fields: { Rows.fields($0, report: reference) }) {
                    Rows.extractRow($0, ascii: output.ascii)
                }
            }
            listing.finish()
        }
    }
}

struct Numbers: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print every number recognised in a text, with its bounds and span.",
        discussion: """
            Prints counts ("nearly 300", "between 8,500 and 9,000", "dozens"); with --all also \
            years, dates, times, money, percentages, durations, ages, measures, phone numbers \
            and labels, each with its kind. Offsets are UTF-8 bytes.

            Example: echo 'nearly 300 killed in 2024' | figures numbers - --format json
            """)

    @OptionGroup(visibility: .hidden) var store: StoreOptions
    @OptionGroup var output: FormatOptions

    @Argument(help: ArgumentHelp("A text file, or - for standard input.", valueName: "path"))
    var path: String

    @Flag(name: .long, help: "Also print numbers that are not counts (years, money, ...), with their kind.")
    var all = false

    func run() throws {
        Memory.preferHeap()
        try reportingErrors {
            var listing = Listing(output.resolved, table: Table([
                ("TEXT", .left), ("VALUE", .right), ("LOW", .right), ("HIGH", .right), ("QUALIFIER", .left),
                ("KIND", .left), ("START", .right), ("END", .right)]))
            for report in try Intake.reports(atPath: path) {
                for number in ClaimExtractor.numbers(in: report.text, all: all,
                                                             workers: Cores.available) {
                    let q = number.quantity
                    var fields = [
                        Field("text", .string(number.text)), Field("start", .integer(Int64(number.span.lowerBound))),
                        Field("end", .integer(Int64(number.span.upperBound))), Field("value", .number(q.value)),
                        Field("low", .optional(q.low)), Field("high", .optional(q.high)),
                        Field("qualifier", .string(q.qualifier.rawValue)),
                    ]
                    if all { fields.append(Field("kind", .string(number.kind.rawValue))) }
                    listing.add(fields) {
                        [number.text, Display.grouped(q.value), q.low.map(Display.grouped) ?? "-",
                         q.high.map(Display.grouped) ?? "-", q.qualifier.rawValue, number.kind.rawValue,
                         String(number.span.lowerBound), String(number.span.upperBound)]
                    }
                }
            }
            listing.finish()
        }
    }
}
