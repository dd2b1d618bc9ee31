import FiguresExtraction

/// The JSON/CSV fields and table columns of claims and alerts, as SPEC names them.
public enum Rows {
    /// SPEC's claim fields, then figures' own (`id`, `status`, ...).
    public static func fields(_ claim: Claim, id: Int64? = nil, report: ReportReference?,
                              status: ClaimStatus? = nil, recorded: String? = nil) -> [Field] {
        var fields: [Field] = []
        if let id { fields.append(Field("id", .integer(id))) }
        let q = claim.quantity
        fields += [
            Field("figure", .string(claim.figure.rawValue)),
            Field("subject", .string(claim.subject)),
            Field("value", .number(q.value)),
            Field("low", .optional(q.low)),
            Field("high", .optional(q.high)),
            Field("qualifier", .string(q.qualifier.rawValue)),
            Field("scope", .string(claim.scope.rawValue)),
            Field("as_of", .string(claim.asOf.description)),
            Field("source", .optional(claim.source)),
            Field("source_text", .optional(claim.sourceText)),
            Field("quote", .optional(claim.quote)),
            Field("start", .optional(claim.span?.lowerBound)),
            Field("end", .optional(claim.span?.upperBound)),
            Field("report", .optional(report?.uri)),
            Field("outlet", .optional(report?.outlet)),
            Field("published", .optional(report?.published)),
            Field("title", .optional(report?.title)),
        ]
        if let status { fields.append(Field("status", .string(status.rawValue))) }
        if let recorded { fields.append(Field("recorded", .string(recorded))) }
        return fields
    }

    public static func fields(_ stored: StoredClaim) -> [Field] {
        fields(stored.claim, id: stored.id, report: stored.report, status: stored.status,
               recorded: stored.recorded)
    }

    public static func fields(_ alert: Alert) -> [Field] {
        [
            Field("id", .string(alert.id)),
            Field("kind", .string(alert.kind.rawValue)),
            Field("figure", .string(alert.figure.rawValue)),
            Field("subject", .string(alert.subject)),
            Field("direction", .optional(alert.direction?.rawValue)),
            Field("change", .optional(alert.change)),
            Field("change_pct", .optional(alert.changePercent)),
            Field("previous", alert.previous.map { .object(fields($0)) } ?? .null),
            Field("current", .object(fields(alert.current))),
            Field("raised", .string(alert.raised)),
        ]
    }

    /// An alert's fields for CSV: a missing previous claim still fills its columns (empty),
    /// so that every line has the header's columns.
    public static func csvFields(_ alert: Alert) -> [Field] {
        fields(alert).map { field in
            guard field.name == "previous", field.value == .null else { return field }
            return Field("previous", .object(fields(alert.current).map { Field($0.name, .null) }))
        }
    }

    /// The history table: one row a claim.
    public static func historyTable(ascii: Bool = false) -> Table {
        Table([("ID", .right), ("AS OF", .left), ("FIGURE", .left), ("SUBJECT", .left),
               ("VALUE", .right), ("SCOPE", .left), ("SOURCE", .left), ("NOTE", .left)])
    }

    public static func historyRow(_ stored: StoredClaim, ascii: Bool = false) -> [String] {
        let c = stored.claim
        return [String(stored.id), c.asOf.description, c.figure.rawValue, c.subject,
                Display.quantity(c.quantity, ascii: ascii), c.scope.rawValue, sourceText(c),
                note(stored)]
    }

    /// The extract table: one row a claim, with its quote's number.
    public static func extractTable(_ rows: [[String]] = []) -> Table {
        var table = Table([("AS OF", .left), ("FIGURE", .left), ("SUBJECT", .left), ("VALUE", .right),
                           ("SCOPE", .left), ("SOURCE", .left), ("SPAN", .right)])
        for row in rows { table.append(row) }
        return table
    }

    public static func extractRow(_ c: Claim, ascii: Bool = false) -> [String] {
        [c.asOf.description, c.figure.rawValue, c.subject, Display.quantity(c.quantity, ascii: ascii),
         c.scope.rawValue, sourceText(c), c.span.map { "\($0.lowerBound)-\($0.upperBound)" } ?? ""]
    }

    /// The latest table: one row a figure.
    public static func latestTable() -> Table {
        Table([("FIGURE", .left), ("SUBJECT", .left), ("VALUE", .right), ("AS OF", .left),
               ("SOURCE", .left), ("CLAIM", .right)])
    }

    public static func latestRow(_ stored: StoredClaim, ascii: Bool = false) -> [String] {
        let c = stored.claim
        return [c.figure.rawValue, c.subject, Display.quantity(c.quantity, ascii: ascii),
                c.asOf.description, sourceText(c), String(stored.id)]
    }

    /// The alerts table: one row an alert.
    public static func alertTable() -> Table {
        Table([("ALERT", .left), ("RAISED", .left), ("KIND", .left), ("FIGURE", .left),
               ("SUBJECT", .left), ("FROM", .right), ("TO", .right), ("CHANGE", .right),
               ("SOURCE", .left)])
    }

    public static func alertRow(_ alert: Alert, ascii: Bool = false) -> [String] {
        [String(alert.id.prefix(12)), String(alert.raised.prefix(16)).replacingOccurrences("T", " "),
         alert.kind.rawValue, alert.figure.rawValue, alert.subject,
         alert.previous.map { Display.quantity($0.claim.quantity, ascii: ascii) } ?? "-",
         Display.quantity(alert.current.claim.quantity, ascii: ascii),
         Display.change(alert.change, percent: alert.changePercent), sourceText(alert.current.claim)]
    }

    static func sourceText(_ claim: Claim) -> String {
        claim.source ?? claim.sourceText.map { "\"\($0)\"" } ?? "-"
    }

    static func note(_ stored: StoredClaim) -> String {
        switch stored.status {
        case .rejected: "rejected" + (stored.statusReason.map { ": \($0)" } ?? "")
        case .confirmed: "confirmed"
        case .unchecked: stored.isStale ? "stale" : ""
        }
    }
}

extension String {
    fileprivate func replacingOccurrences(_ target: Character, _ replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }
}

/// The JSON object of `Rows.fields(claim, report: report)` for the claims of one report,
/// written straight from each claim: listing a long report's claims built seventeen fields a
/// claim, and escaped the report's fields, the same on every line, again each time.
public struct ClaimRowJSON: Sendable {
    /// `,"report":...,"title":...}`, escaped once for all the report's claims.
    private let tail: [UInt8]

    public init(report: ReportReference?) {
        var tail: [UInt8] = []
        for (name, value) in [("report", report?.uri), ("outlet", report?.outlet), ("published", report?.published),
                              ("title", report?.title)] {
            tail.append(contentsOf: ",\"\(name)\":".utf8)
            ClaimRowJSON.append(value, to: &tail)
        }
        tail.append(UInt8(ascii: "}"))
        self.tail = tail
    }

    /// The JSON lines of `claims`, handed to `body` in arrays of about `size` bytes (more when
    /// one line needs more): each array is made at once, its lines written into room reserved
    /// for the longest that each could be.
    func lines(of claims: ArraySlice<Claim>, inChunksOf size: Int, _ body: ([UInt8]) -> Void) {
        var index = claims.startIndex
        while index < claims.endIndex {
            let chunk = [UInt8](unsafeUninitializedCapacity: max(size, lineBound(claims[index]))) { buffer, count in
                var out = ReservedBytes(buffer)
                while index < claims.endIndex, out.room >= lineBound(claims[index]) {
                    append(claims[index], to: &out)
                    out.append(0x0A)
                    index += 1
                }
                count = out.count
            }
            body(chunk)
        }
    }

    /// The most bytes that `claim`'s line can take, its newline included: every string at six
    /// bytes a byte (`\u00XX`) and its quotes (or `null`), each number at its longest.
    private func lineBound(_ claim: Claim) -> Int {
        func string(_ text: String?) -> Int { 6 * ((text?.utf8.count ?? 0) + 1) }
        let keys = 160, numbers = 3 * 32 + 2 * 20, day = 80
        return keys + numbers + day + tail.count + 1 + string(claim.figure.rawValue) + string(claim.subject)
            + string(claim.quantity.qualifier.rawValue) + string(claim.scope.rawValue) + string(claim.source)
            + string(claim.sourceText) + string(claim.quote)
    }

    /// The claim's object, braces included, without the newline.
    func append(_ claim: Claim, to out: inout some ByteOutput) {
        let q = claim.quantity
        out.append(#"{"figure":"#)
        RowWriter.appendJSONString(claim.figure.rawValue, to: &out)
        out.append(#","subject":"#)
        RowWriter.appendJSONString(claim.subject, to: &out)
        out.append(#","value":"#)
        RowWriter.appendNumber(q.value, to: &out)
        out.append(#","low":"#)
        ClaimRowJSON.append(q.low, to: &out)
        out.append(#","high":"#)
        ClaimRowJSON.append(q.high, to: &out)
        out.append(#","qualifier":"#)
        RowWriter.appendJSONString(q.qualifier.rawValue, to: &out)
        out.append(#","scope":"#)
        RowWriter.appendJSONString(claim.scope.rawValue, to: &out)
        out.append(#","as_of":"#)
        RowWriter.appendJSONString(claim.asOf.description, to: &out)
        out.append(#","source":"#)
        ClaimRowJSON.append(claim.source, to: &out)
        out.append(#","source_text":"#)
        ClaimRowJSON.append(claim.sourceText, to: &out)
        out.append(#","quote":"#)
        ClaimRowJSON.append(claim.quote, to: &out)
        out.append(#","start":"#)
        ClaimRowJSON.append(claim.span.map { Int64($0.lowerBound) }, to: &out)
        out.append(#","end":"#)
        ClaimRowJSON.append(claim.span.map { Int64($0.upperBound) }, to: &out)
        tail.withUnsafeBytes { out.append($0) }
    }

    private static func append(_ text: String?, to out: inout some ByteOutput) {
        if let text { RowWriter.appendJSONString(text, to: &out) } else { out.append("null") }
    }

    private static func append(_ number: Double?, to out: inout some ByteOutput) {
        if let number { RowWriter.appendNumber(number, to: &out) } else { out.append("null") }
    }

    private static func append(_ number: Int64?, to out: inout some ByteOutput) {
        if let number { RowWriter.appendInteger(number, to: &out) } else { out.append("null") }
    }
}
