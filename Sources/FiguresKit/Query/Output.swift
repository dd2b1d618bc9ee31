import FiguresExtraction

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
///
/// Not `indirect`: `object` holds an array, which already breaks the recursion, and an
/// indirect enum would box every value of every row on the heap.
public enum FieldValue: Sendable, Hashable {
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

    /// `fields` as one JSON line: the same bytes as `RowWriter.json(fields) + "\n"`, written
    /// straight into the buffer (listings of a million claims spend their time here).
    public mutating func writeJSONLine(_ fields: [Field]) {
        RowWriter.appendJSON(fields, to: &bytes)
        bytes.append(0x0A)
        if bytes.count >= flushThreshold { flush() }
    }

    /// A claim of `row`'s report as one JSON line: the same bytes as
    /// `writeJSONLine(Rows.fields(claim, report: report))`, without making the fields.
    public mutating func writeJSONLine(_ claim: Claim, _ row: ClaimRowJSON) {
        row.append(claim, to: &bytes)
        bytes.append(0x0A)
        if bytes.count >= flushThreshold { flush() }
    }

    /// `claims` of `row`'s report as JSON lines, the same bytes as `writeJSONLine` writes one
    /// by one, handed on in chunks of about the flush threshold: a long report's lines are made
    /// `workers` slices at a time, on that many threads.
    public mutating func writeJSONLines(_ claims: [Claim], _ row: ClaimRowJSON, workers: Int) {
        flush()
        let slice = 4096
        guard workers > 1, claims.count > slice else {
            row.lines(of: claims[...], inChunksOf: flushThreshold, sink)
            return
        }
        var start = 0
        while start < claims.count {
            let slices = (0..<workers).map { start + $0 * slice }.filter { $0 < claims.count }
                .map { $0..<min($0 + slice, claims.count) }
            let chunks = parallelMap(slices) { [flushThreshold] range in
                var chunks: [[UInt8]] = []
                row.lines(of: claims[range], inChunksOf: flushThreshold) { chunks.append($0) }
                return chunks
            }
            for chunk in chunks.joined() { sink(chunk) }
            start = slices.last!.upperBound
        }
    }

    /// `fields` as one CSV line: the same bytes as `RowWriter.csvLine(fields) + "\n"`.
    public mutating func writeCSVLine(_ fields: [Field]) {
        RowWriter.appendCSV(fields, to: &bytes)
        bytes.append(0x0A)
        if bytes.count >= flushThreshold { flush() }
    }

    public mutating func flush() {
        guard !bytes.isEmpty else { return }
        sink(bytes)
        bytes.removeAll(keepingCapacity: true)
    }
}

/// Writes rows as JSON lines or CSV, as UTF-8 bytes: escaping byte by byte costs a fraction of
/// walking a String's Unicode scalars.
public enum RowWriter {
    /// One JSON object, without the newline.
    public static func json(_ fields: [Field]) -> String {
        var out: [UInt8] = []
        appendJSON(fields, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// A CSV header line for `fields` (nested objects flattened as `name_field`).
    public static func csvHeader(_ fields: [Field]) -> String {
        flattened(fields).map { csvEscaped($0.name) }.joined(separator: ",")
    }

    /// A CSV data line for `fields`, in the header's column order.
    public static func csvLine(_ fields: [Field]) -> String {
        var out: [UInt8] = []
        appendCSV(fields, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func flattened(_ fields: [Field], prefix: String = "") -> [Field] {
        fields.flatMap { field -> [Field] in
            if case .object(let inner) = field.value {
                return flattened(inner, prefix: prefix + field.name + "_")
            }
            return [Field(prefix + field.name, field.value)]
        }
    }

    /// Whole numbers without a fraction (300, not 300.0); others as Swift prints them.
    public static func jsonNumber(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return "\(number)"
    }

    // MARK: - JSON

    /// One JSON object, braces included, without the newline.
    static func appendJSON(_ fields: [Field], to out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        var first = true
        for field in fields {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            appendJSONString(field.name, to: &out)
            out.append(UInt8(ascii: ":"))
            appendJSON(field.value, to: &out)
        }
        out.append(UInt8(ascii: "}"))
    }

    private static func appendJSON(_ value: FieldValue, to out: inout [UInt8]) {
        switch value {
        case .string(let text): appendJSONString(text, to: &out)
        case .number(let number): appendNumber(number, to: &out)
        case .integer(let number): appendInteger(number, to: &out)
        case .bool(let flag): out.append(flag ? "true" : "false")
        case .null: out.append("null")
        case .object(let fields): appendJSON(fields, to: &out)
        }
    }

    /// `text` quoted, with `"`, `\`, control characters, U+2028 and U+2029 escaped: at most six
    /// bytes for each byte of `text`, and two for the quotes.
    static func appendJSONString(_ text: String, to out: inout some ByteOutput) {
        out.append(UInt8(ascii: "\""))
        // The bytes where they lie: `withUTF8` would want a copy of `text` (a retain and a release).
        if text.utf8.withContiguousStorageIfAvailable({ appendJSONEscaped($0, to: &out) }) == nil {
            var text = text
            text.withUTF8 { appendJSONEscaped($0, to: &out) }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// The UTF-8 `bytes` of a string, JSON-escaped, without quotes.
    private static func appendJSONEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout some ByteOutput) {
        let raw = UnsafeRawBufferPointer(bytes)
        var plainStart = 0
        var i = 0
        while i < bytes.count {
            // Most bytes need no care: skip them eight at a time, then one at a time.
            if i + 8 <= bytes.count, !needsCare(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                i += 8
                continue
            }
            let byte = bytes[i]
            if byte >= 0x20, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\"), byte != 0xE2 {
                i += 1
                continue
            }
            var escape: StaticString?
            var width = 1
            switch byte {
            case UInt8(ascii: "\""): escape = "\\\""
            case UInt8(ascii: "\\"): escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80
                && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                escape = bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                width = 3
            default: break
            }
            if escape == nil, byte >= 0x20 {
                i += 1
                continue
            }
            out.append(UnsafeRawBufferPointer(rebasing: raw[plainStart..<i]))
            if let escape {
                out.append(escape)
            } else {
                out.append("\\u00")
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 15)])
            }
            i += width
            plainStart = i
        }
        out.append(UnsafeRawBufferPointer(rebasing: raw[plainStart..<bytes.count]))
    }

    /// Whether any of the eight bytes in `word` is below 0x20, `"`, `\` or 0xE2 (the lead
    /// byte of U+2028 and U+2029): the bytes `appendJSONString` looks at one by one. The
    /// tests are the exact "has a zero byte" and "has a byte less than n" bit tricks.
    @inline(__always)
    private static func needsCare(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
        let hasControl = (word &- ones &* 0x20) & ~word & highs != 0
        return hasControl || hasZero(word ^ (ones &* 0x22)) || hasZero(word ^ (ones &* 0x5C))
            || hasZero(word ^ (ones &* 0xE2))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// `jsonNumber(number)`, without making a String for the common whole number: at most 32
    /// bytes.
    static func appendNumber(_ number: Double, to out: inout some ByteOutput) {
        if number.isFinite, number == number.rounded(), abs(number) < 1e15 {
            appendInteger(Int64(number), to: &out)
        } else {
            var text = jsonNumber(number)
            text.withUTF8 { out.append(UnsafeRawBufferPointer($0)) }
        }
    }

    /// The decimal digits of `number`, written straight into `out` (no String in between): at
    /// most 20 bytes.
    static func appendInteger(_ number: Int64, to out: inout some ByteOutput) {
        if number < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for UInt64's 20 digits
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[23 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            out.append(UnsafeRawBufferPointer(rebasing: buffer[(24 - count)...]))
        }
    }

    // MARK: - CSV

    /// The CSV cells of `fields` (nested objects flattened), comma-separated, without the newline.
    static func appendCSV(_ fields: [Field], to out: inout [UInt8]) {
        var first = true
        appendCSVCells(fields, to: &out, first: &first)
    }

    private static func appendCSVCells(_ fields: [Field], to out: inout [UInt8], first: inout Bool) {
        for field in fields {
            if case .object(let inner) = field.value {
                appendCSVCells(inner, to: &out, first: &first)
                continue
            }
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            switch field.value {
            case .string(let text): appendCSVEscaped(text, to: &out)
            case .number(let number): appendNumber(number, to: &out)
            case .integer(let number): appendInteger(number, to: &out)
            case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
            case .null, .object: break
            }
        }
    }

    /// RFC 4180: a cell with a comma, a quote or a line break is quoted, its quotes doubled.
    private static func appendCSVEscaped(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            guard bytes.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
                out.append(contentsOf: bytes)
                return
            }
            out.append(UInt8(ascii: "\""))
            for byte in bytes {
                if byte == UInt8(ascii: "\"") { out.append(byte) }
                out.append(byte)
            }
            out.append(UInt8(ascii: "\""))
        }
    }

    static func csvEscaped(_ text: String) -> String {
        var out: [UInt8] = []
        appendCSVEscaped(text, to: &out)
        return String(decoding: out, as: UTF8.self)
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

/// Where `RowWriter` writes bytes: a growing array, or room reserved beforehand
/// (`ReservedBytes`), which checks for room on no write.
protocol ByteOutput {
    mutating func append(_ byte: UInt8)
    mutating func append(_ bytes: UnsafeRawBufferPointer)
}

extension ByteOutput {
    /// The UTF-8 bytes of a literal.
    mutating func append(_ text: StaticString) {
        append(UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }
}

extension Array: ByteOutput where Element == UInt8 {
    mutating func append(_ bytes: UnsafeRawBufferPointer) { append(contentsOf: bytes) }
}

/// Bytes written through a pointer into room reserved beforehand: a writer that has bounded
/// what it writes (a JSON line's claim) spends no growth check on each of its many writes,
/// only a compare that stops the process, rather than the heap, if the bound was ever wrong.
struct ReservedBytes: ByteOutput {
    private let start: UnsafeMutableRawPointer
    private let capacity: Int
    /// How many bytes are written.
    private(set) var count = 0

    init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        start = UnsafeMutableRawPointer(buffer.baseAddress.unsafelyUnwrapped)
        capacity = buffer.count
    }

    /// How many more bytes fit.
    var room: Int { capacity - count }

    mutating func append(_ byte: UInt8) {
        precondition(count < capacity, "a write past the reserved room")
        start.storeBytes(of: byte, toByteOffset: count, as: UInt8.self)
        count += 1
    }

    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        precondition(bytes.count <= room, "a write past the reserved room")
        guard let source = bytes.baseAddress else { return }
        (start + count).copyMemory(from: source, byteCount: bytes.count)
        count += bytes.count
    }
}
