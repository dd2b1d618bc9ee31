import FiguresExtraction
import Foundation

/// Structured claims, one a record, with SPEC's claim fields: as JSON lines or as CSV with a
/// header. Records are grouped by their `report` into one report each, whose claims are set.
enum ClaimRecords {
    /// One record's fields, and the line it starts on (for messages).
    struct Record {
        var line: Int
        var fields: [String: Any]
    }

    /// The reports that JSON lines in `text` hold: one claim object a line, blank lines skipped.
    static func reportsFromJSONLines(_ text: String, uri: String) throws(IntakeError) -> [Report] {
        var records: [Record] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            guard let json = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)),
                  let object = json as? [String: Any] else {
                throw .malformed(uri, "line \(lineNumber): not a JSON object; expected one claim object a line, like {\"figure\": \"casualties.killed\", \"subject\": \"...\", \"value\": 300, \"as_of\": \"2025-01-13\"}")
            }
            records.append(Record(line: lineNumber, fields: object))
        }
        return try reports(from: records, uri: uri)
    }

    /// The reports that CSV in `text` holds (RFC 4180, the first record names the columns).
    static func reportsFromCSV(_ text: String, uri: String) throws(IntakeError) -> [Report] {
        let rows = try CSV.rows(text, uri: uri)
        guard let header = rows.first else { return [] }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard names.contains("figure"), names.contains("value") else {
            throw .malformed(uri, "line 1: the CSV header must name at least the columns figure and value (and subject, as_of)")
        }
        var records: [Record] = []
        for row in rows.dropFirst() {
            if row.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            guard row.fields.count == names.count else {
                throw .malformed(uri, "line \(row.line): \(row.fields.count) fields, but the header has \(names.count); quote fields that hold commas")
            }
            var fields: [String: Any] = [:]
            for (name, value) in zip(names, row.fields) where !value.isEmpty {
                fields[name] = value
            }
            records.append(Record(line: row.line, fields: fields))
        }
        return try reports(from: records, uri: uri)
    }

    /// Groups the records by `report` (the file itself when missing), in the order first seen.
    static func reports(from records: [Record], uri: String) throws(IntakeError) -> [Report] {
        var order: [String] = []
        var groups: [String: Report] = [:]
        var quotes: [String: [String]] = [:]
        for record in records {
            let claim = try claim(from: record, uri: uri)
            let key = string(record.fields["report"]) ?? uri
            if groups[key] == nil {
                order.append(key)
                groups[key] = Report(uri: key, text: "", claims: [])
            }
            var report = groups[key]!
            report.title = report.title ?? string(record.fields["title"])
            report.outlet = report.outlet ?? string(record.fields["outlet"])
            if report.published == nil, let published = string(record.fields["published"]) {
                guard let normalised = PublishedTime.iso(published) else {
                    throw .malformed(uri, "line \(record.line): published '\(published)' is not a date or time; expected ISO 8601 like 2025-01-13 or 2025-01-13T09:30:00Z")
                }
                report.published = normalised
            }
            report.claims?.append(claim)
            if let quote = claim.quote, !quotes[key, default: []].contains(quote) {
                quotes[key, default: []].append(quote)
            }
            groups[key] = report
        }
        return order.map { key in
            var report = groups[key]!
            report.text = quotes[key, default: []].joined(separator: "\n\n")
            return report
        }
    }

    /// One record as a claim; a field that is missing or wrong is an error naming the line and
    /// what is expected there.
    static func claim(from record: Record, uri: String) throws(IntakeError) -> Claim {
        let fields = record.fields
        func fail(_ reason: String) -> IntakeError { .malformed(uri, "line \(record.line): \(reason)") }

        guard let figureText = string(fields["figure"]) else {
            throw fail("figure is missing; expected a figure key such as casualties.killed")
        }
        guard let figure = FigureKey(figureText), !figure.isGroup else {
            throw fail("figure '\(figureText)' is not a figure key; expected a dotted key such as casualties.killed or troops.deployed")
        }
        guard let subjectText = string(fields["subject"]) else {
            throw fail("subject is missing; expected a slug such as north-korean-troops")
        }
        let subject = Slug.make(subjectText)
        guard !subject.isEmpty else {
            throw fail("subject '\(subjectText)' has no letters or digits; expected a slug such as north-korean-troops")
        }
        guard fields["value"] != nil, !(fields["value"] is NSNull) else {
            throw fail("value is missing; expected a number such as 300")
        }
        guard let value = number(fields["value"]) else {
            throw fail("value '\(display(fields["value"]))' is not a number; expected digits such as 300 or 1500.5")
        }
        var qualifier = Qualifier.exact
        if let text = string(fields["qualifier"]) {
            guard let parsed = Qualifier(rawValue: text.lowercased()) else {
                throw fail("qualifier '\(text)' is not one of \(Qualifier.spelledOut)")
            }
            qualifier = parsed
        }
        var scope = Scope.total
        if let text = string(fields["scope"]) {
            guard let parsed = Scope(rawValue: text.lowercased()) else {
                throw fail("scope '\(text)' is not one of \(Scope.spelledOut)")
            }
            scope = parsed
        }
        let bounds = Quantity(value, qualifier: qualifier)
        var low = bounds.low, high = bounds.high
        for (name, bound) in [("low", fields["low"]), ("high", fields["high"])] {
            // Absent, null or empty: the hedge's own bound stands.
            if bound == nil || bound is NSNull || (bound is String && string(bound) == nil) { continue }
            guard let given = number(bound) else {
                throw fail("\(name) '\(display(bound))' is not a number; expected a number or nothing")
            }
            if name == "low" { low = given } else { high = given }
        }
        if let low, let high, low > high {
            throw fail("low \(low) is above high \(high); expected low ≤ value ≤ high")
        }
        let asOfText = string(fields["as_of"]) ?? string(fields["published"])
        guard let asOfText else {
            throw fail("as_of is missing; expected the day the number holds, as YYYY-MM-DD")
        }
        guard let asOf = CalendarDay(iso: asOfText) else {
            throw fail("as_of '\(asOfText)' is not a date; expected YYYY-MM-DD such as 2025-01-13")
        }
        var span: Range<Int>?
        let start = fields["start"], end = fields["end"]
        if string(start) != nil || string(end) != nil || start is NSNumber || end is NSNumber {
            guard let first = number(start), let last = number(end), first >= 0, last >= first,
                  first == first.rounded(), last == last.rounded() else {
                throw fail("start and end must both be whole numbers with start ≤ end (UTF-8 offsets), or both empty")
            }
            span = Int(first)..<Int(last)
        }
        return Claim(figure: figure, subject: subject,
                     quantity: Quantity(value: value, low: low, high: high, qualifier: qualifier),
                     scope: scope, asOf: asOf, source: string(fields["source"]),
                     sourceText: string(fields["source_text"]), quote: string(fields["quote"]), span: span)
    }

    /// A text field: strings as given (trimmed), numbers written out; nil for null or empty.
    private static func string(_ value: Any?) -> String? {
        switch value {
        case let text as String:
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        case let number as NSNumber:
            return number.stringValue
        default:
            return nil
        }
    }

    /// A number given as a JSON number or as text ("2,700" too); nil otherwise. JSON's
    /// booleans come through JSONSerialization as NSNumber as well, and are not numbers here.
    private static func number(_ value: Any?) -> Double? {
        switch value {
        case let text as String:
            let cleaned = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "")
                .replacingOccurrences(of: "_", with: "")
            guard let parsed = Double(cleaned), parsed.isFinite else { return nil }
            return parsed
        case let number as NSNumber:
            if isBoolean(number) { return nil }
            let parsed = number.doubleValue
            return parsed.isFinite ? parsed : nil
        default:
            return nil
        }
    }

    private static func isBoolean(_ number: NSNumber) -> Bool {
        // JSONSerialization makes `true` and `false` NSNumbers whose type is `c` (char).
        String(cString: number.objCType) == "c"
    }

    private static func display(_ value: Any?) -> String {
        switch value {
        case let text as String: return text
        case let number as NSNumber where isBoolean(number): return number.boolValue ? "true" : "false"
        case nil: return ""
        case let other?: return "\(other)"
        }
    }
}

/// RFC 4180 CSV: fields split by commas, double quotes around fields that hold commas, quotes
/// or line breaks, a doubled quote for a quote; lines end with CRLF or LF.
enum CSV {
    struct Row {
        /// The line the record starts on, from 1.
        var line: Int
        var fields: [String]
    }

    /// The records of `text`; an unclosed quote is an error naming its line.
    static func rows(_ text: String, uri: String) throws(IntakeError) -> [Row] {
        var rows: [Row] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var rowStart = 1
        var quoted = false
        var quoteLine = 1
        var fieldStarted = false
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var index = 0
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldStarted = false
        }
        func endRow() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) { rows.append(Row(line: rowStart, fields: fields)) }
            fields = []
        }
        while index < bytes.count {
            let byte = bytes[index]
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if byte == UInt8(ascii: "\n") { line += 1 }
                    field.append(byte)
                }
            } else {
                switch byte {
                case UInt8(ascii: ","):
                    endField()
                case UInt8(ascii: "\""):
                    if !fieldStarted {
                        quoted = true
                        quoteLine = line
                    } else {
                        // A stray quote inside an unquoted field is kept, as most writers mean it.
                        field.append(byte)
                    }
                    fieldStarted = true
                case UInt8(ascii: "\r"):
                    break
                case UInt8(ascii: "\n"):
                    endRow()
                    line += 1
                    rowStart = line
                default:
                    field.append(byte)
                    fieldStarted = true
                }
            }
            index += 1
        }
        if quoted {
            throw .malformed(uri, "line \(quoteLine): a quoted field is never closed; end it with a double quote")
        }
        if !field.isEmpty || !fields.isEmpty || fieldStarted { endRow() }
        return rows
    }
}
