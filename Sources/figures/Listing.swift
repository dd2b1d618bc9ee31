import FiguresExtraction
import FiguresKit

/// A listing in the format the user chose: JSON and CSV lines written as they come (a million
/// claims never sit in memory), a table collected and aligned at the end.
struct Listing {
    let format: OutputFormat
    private var out = Terminal.output()
    private var table: Table
    private var wroteHeader = false
    private(set) var count = 0

    init(_ format: OutputFormat, table: Table) {
        self.format = format
        self.table = table
    }

    /// Adds one row: `fields` for JSON and CSV, `row()` (only asked for then) for the table.
    mutating func add(_ fields: [Field], row: () -> [String]) {
        count += 1
        switch format {
        case .json: out.writeJSONLine(fields)
        case .csv:
            if !wroteHeader {
                out.write(RowWriter.csvHeader(fields) + "\n")
                wroteHeader = true
            }
            out.writeCSVLine(fields)
        case .table: table.append(row())
        }
    }

    /// Adds the claims of a report: JSON lines written straight from each claim by `json`
    /// (on `workers` threads), CSV from `fields`, the table from `row` (each asked for only in
    /// its format).
    mutating func add(_ claims: [Claim], json: ClaimRowJSON, workers: Int, fields: (Claim) -> [Field],
                      row: (Claim) -> [String]) {
        guard format == .json else {
            for claim in claims { add(fields(claim), row: { row(claim) }) }
            return
        }
        count += claims.count
        out.writeJSONLines(claims, json, workers: workers)
    }

    /// Writes the table (or, when there is no row, says so on stderr) and flushes.
    mutating func finish(whenEmpty message: String? = nil) {
        if format == .table {
            if count == 0, let message {
                Terminal.printError(message)
            } else if count > 0 {
                out.write(table.render(bold: Terminal.usesColor))
            }
        }
        out.flush()
    }
}
