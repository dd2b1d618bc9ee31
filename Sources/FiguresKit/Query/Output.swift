/// The formats every listing command writes.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Aligned columns for people.
    case table
    /// JSON lines: one object a line.
    case json
    /// RFC 4180 CSV with a header line.
    case csv

    public static let spelledOut = allCases.map(\.rawValue).joined(separator: ", ")
}

/// One field's value in a JSON or CSV row.
public indirect enum FieldValue: Sendable, Hashable {
    case string(String)
    case number(Double)
    case integer(Int64)
    case bool(Bool)
    case object([Field])
    case null

    public static func optional(_ text: String?) -> FieldValue { text.map(FieldValue.string) ?? .null }
    public static func optional(_ number: Double?) -> FieldValue { number.map(FieldValue.number) ?? .null }
    public static func optional(_ number: Int?) -> FieldValue { number.map { .integer(Int64($0)) } ?? .null }
}

/// A named field, in the order the row lists it.
public struct Field: Sendable, Hashable {
    public var name: String
    public var value: FieldValue

    public init(_ name: String, _ value: FieldValue) {
        self.name = name
        self.value = value
    }
}

/// Collects output and hands it on in large chunks: the library never writes to a file
/// descriptor itself, and a million short writes would cost more than the rows.
public struct OutputBuffer {
    private var bytes: [UInt8] = []
    private let flushThreshold: Int
    private let sink: ([UInt8]) -> Void

    public init(flushThreshold: Int = 1 << 16, sink: @escaping ([UInt8]) -> Void) {
        self.flushThreshold = flushThreshold
        self.sink = sink
        bytes.reserveCapacity(flushThreshold + 4096)
    }

    public mutating func write(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        if bytes.count >= flushThreshold { flush() }
    }

    public mutating func flush() {
        guard !bytes.isEmpty else { return }
        sink(bytes)
        bytes.removeAll(keepingCapacity: true)
    }
}

/// Writes rows as JSON lines or CSV.
public enum RowWriter {
    /// One JSON object, without the newline.
    public static func json(_ fields: [Field]) -> String {
        var out = "{"
        appendJSON(fields, to: &out)
        out.append("}")
        return out
    }

    /// A CSV header line for `fields` (nested objects flattened as `name_field`).
    public static func csvHeader(_ fields: [Field]) -> String {
        flattened(fields).map { csvEscaped($0.name) }.joined(separator: ",")
    }

    /// A CSV data line for `fields`, in the header's column order.
    public static func csvLine(_ fields: [Field]) -> String {
        flattened(fields).map { field in
            switch field.value {
            case .string(let text): csvEscaped(text)
            case .number(let number): jsonNumber(number)
            case .integer(let number): String(number)
            case .bool(let flag): flag ? "true" : "false"
            case .null, .object: ""
            }
        }.joined(separator: ",")
    }

    static func flattened(_ fields: [Field], prefix: String = "") -> [Field] {
        fields.flatMap { field -> [Field] in
            if case .object(let inner) = field.value {
                return flattened(inner, prefix: prefix + field.name + "_")
            }
            return [Field(prefix + field.name, field.value)]
        }
    }

    private static func appendJSON(_ fields: [Field], to out: inout String) {
        var first = true
        for field in fields {
            if !first { out.append(",") }
            first = false
            appendJSONString(field.name, to: &out)
            out.append(":")
            appendJSON(field.value, to: &out)
        }
    }

    private static func appendJSON(_ value: FieldValue, to out: inout String) {
        switch value {
        case .string(let text): appendJSONString(text, to: &out)
        case .number(let number): out.append(jsonNumber(number))
        case .integer(let number): out.append(String(number))
        case .bool(let flag): out.append(flag ? "true" : "false")
        case .null: out.append("null")
        case .object(let fields):
            out.append("{")
            appendJSON(fields, to: &out)
            out.append("}")
        }
    }

    /// Whole numbers without a fraction (300, not 300.0); others as Swift prints them.
    public static func jsonNumber(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return "\(number)"
    }

    static func appendJSONString(_ text: String, to out: inout String) {
        out.append("\"")
        var plainStart = text.unicodeScalars.startIndex
        var index = plainStart
        let scalars = text.unicodeScalars
        while index != scalars.endIndex {
            let scalar = scalars[index]
            let escape: String? = switch scalar {
            case "\"": "\\\""
            case "\\": "\\\\"
            case "\n": "\\n"
            case "\r": "\\r"
            case "\t": "\\t"
            case "\u{2028}": "\\u2028"
            case "\u{2029}": "\\u2029"
            default: scalar.value < 0x20 ? "\\u00" + hexByte(UInt8(scalar.value)) : nil
            }
            if let escape {
                out.unicodeScalars.append(contentsOf: scalars[plainStart..<index])
                out.append(escape)
                plainStart = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        out.unicodeScalars.append(contentsOf: scalars[plainStart..<scalars.endIndex])
        out.append("\"")
    }

    private static func hexByte(_ byte: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
    }

    static func csvEscaped(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}

/// Aligned columns with a header, thousands right-aligned.
public struct Table {
    public enum Alignment: Sendable { case left, right }

    public var headers: [String]
    public var alignments: [Alignment]
    public private(set) var rows: [[String]] = []

    public init(_ columns: [(String, Alignment)]) {
        headers = columns.map(\.0)
        alignments = columns.map(\.1)
    }

    public mutating func append(_ row: [String]) { rows.append(row) }

    /// The table as lines; `bold` wraps the header in ANSI bold (only on a colour terminal).
    public func render(bold: Bool = false) -> String {
        var widths = headers.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        func line(_ cells: [String]) -> String {
            var out = ""
            for (index, cell) in cells.enumerated() {
                let pad = String(repeating: " ", count: max(0, widths[index] - cell.count))
                let isLast = index == cells.count - 1
                switch alignments[index] {
                case .left: out += cell + (isLast ? "" : pad)
                case .right: out += pad + cell
                }
                if !isLast { out += "  " }
            }
            while out.hasSuffix(" ") { out.removeLast() }
            return out + "\n"
        }
        var out = line(headers)
        if bold { out = "\u{1B}[1m" + out.dropLast() + "\u{1B}[0m\n" }
        for row in rows { out += line(row) }
        return out
    }
}
