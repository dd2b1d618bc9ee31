import FiguresExtraction
import Foundation

/// Publication times as pages and feeds write them (RFC 3339 / ISO 8601 and RFC 822), turned
/// into ISO 8601 in UTC (`2025-03-06T10:00:00Z`), or `YYYY-MM-DD` for a date alone.
///
/// Written by hand rather than with DateFormatter: feeds spell zones in ways that no single
/// format string accepts, and a formatter's locale and calendar would be one more thing to pin.
enum PublishedTime {
    /// The time `text` states, normalised; nil when it is neither form.
    static func iso(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        return rfc3339(trimmed) ?? rfc822(trimmed)
    }

    // MARK: RFC 3339 and its looser ISO 8601 cousins

    /// `2025-03-06`, `2025-03-06T10:00:00Z`, `2025-03-06T10:00:00.123+02:00`, `2025-03-06 10:00`,
    /// `2025-03-06T10:00:00+0200`; a time without a zone is taken as UTC.
    static func rfc3339(_ text: String) -> String? {
        var scanner = ByteScanner(text)
        guard let year = scanner.number(digits: 4), scanner.take("-"),
              let month = scanner.number(digits: 2), scanner.take("-"),
              let dayOfMonth = scanner.number(digits: 2),
              let day = CalendarDay(year: year, month: month, day: dayOfMonth) else { return nil }
        if scanner.atEnd { return day.description }
        guard scanner.take("T") || scanner.take("t") || scanner.take(" ") else { return nil }
        guard let hour = scanner.number(digits: 2), scanner.take(":"), let minute = scanner.number(digits: 2)
        else { return nil }
        var second = 0
        if scanner.take(":") {
            guard let s = scanner.number(digits: 2) else { return nil }
            second = s
            if scanner.take(".") || scanner.take(",") { scanner.skipDigits() }
        }
        scanner.skipSpaces()
        var offset = 0
        if scanner.atEnd || scanner.take("Z") || scanner.take("z") {
            offset = 0
        } else if let sign = scanner.sign() {
            guard let hours = scanner.number(digits: 2) else { return nil }
            _ = scanner.take(":")
            let minutes = scanner.number(digits: 2) ?? 0
            offset = sign * (hours * 3600 + minutes * 60)
        } else if let zone = scanner.word(), let named = zoneOffsets[zone.uppercased()] {
            offset = named
        } else {
            return nil
        }
        guard scanner.atEnd else { return nil }
        return utc(day, hour: hour, minute: minute, second: second, offset: offset)
    }

    // MARK: RFC 822 (and RFC 1123, 2822)

    /// `Thu, 06 Mar 2025 10:00:00 GMT`, `6 Mar 2025 10:00 -0500`, `Thu, 06 Mar 25 10:00:00 EST`,
    /// `Thursday, 6 March 2025 10:00:00`; a missing zone is taken as UTC, a missing time as the
    /// date alone.
    static func rfc822(_ text: String) -> String? {
        var words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
        guard !words.isEmpty else { return nil }
        if let first = words.first, weekdays.contains(String(first.lowercased().prefix(3))) {
            words.removeFirst()
        }
        // Day and month come in either order ("06 Mar" per the RFC, "Mar 06" in the wild).
        guard words.count >= 3 else { return nil }
        var dayOfMonth: Int?
        var monthNumber: Int?
        if let d = Int(words[0]), let m = month(words[1]) {
            (dayOfMonth, monthNumber) = (d, m)
        } else if let m = month(words[0]), let d = Int(words[1]) {
            (dayOfMonth, monthNumber) = (d, m)
        }
        guard let dayOfMonth, let monthNumber, var year = Int(words[2]), words[2].allSatisfy(\.isNumber) else { return nil }
        if words[2].count == 2 { year += year < 50 ? 2000 : 1900 }
        guard let day = CalendarDay(year: year, month: monthNumber, day: dayOfMonth) else { return nil }
        guard words.count >= 4 else { return day.description }
        let clock = words[3].split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 2 || clock.count == 3, clock.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
              let hour = Int(clock[0]), let minute = Int(clock[1]) else { return nil }
        let second = clock.count == 3 ? Int(clock[2]) ?? 0 : 0
        var offset = 0
        if words.count >= 5 {
            let zone = words[4]
            if let sign = zone.first, sign == "+" || sign == "-" {
                let digits = zone.dropFirst().filter(\.isNumber)
                guard digits.count == 4 || digits.count == 2, let value = Int(digits) else { return nil }
                let (hours, minutes) = digits.count == 4 ? (value / 100, value % 100) : (value, 0)
                offset = (sign == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
            } else if let named = zoneOffsets[zone.uppercased()] {
                offset = named
            } else if zone.count == 1, zone.first?.isLetter == true {
                // RFC 1123 §5.2.14: military zone letters were so often wrong that they mean UTC.
                offset = 0
            } else {
                return nil
            }
        }
        return utc(day, hour: hour, minute: minute, second: second, offset: offset)
    }

    // MARK: Pieces

    private static func utc(_ day: CalendarDay, hour: Int, minute: Int, second: Int, offset: Int) -> String? {
        guard (0...24).contains(hour), (0...59).contains(minute), (0...60).contains(second) else { return nil }
        let seconds = day.daysSinceEpoch * 86_400 + hour * 3600 + minute * 60 + min(second, 59) - offset
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - days * 86_400
        let date = CalendarDay(daysSinceEpoch: days)
        return "\(date)T\(two(rest / 3600)):\(two(rest % 3600 / 60)):\(two(rest % 60))Z"
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    private static func month(_ word: String) -> Int? {
        guard word.count >= 3 else { return nil }
        let key = word.lowercased()
        guard let index = months.firstIndex(where: { key.hasPrefix($0) }) else { return nil }
        // "Mar" and "March" are March; "Marching" is not a month.
        guard key.count == 3 || key == monthNames[index] || key == months[index] + "." else { return nil }
        return index + 1
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august",
                                     "september", "october", "november", "december"]
    private static let weekdays: Set<String> = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// RFC 822's zones and the abbreviations feeds use most, in seconds east of UTC.
    private static let zoneOffsets: [String: Int] = [
        "GMT": 0, "UT": 0, "UTC": 0, "Z": 0, "WET": 0,
        "EST": -5 * 3600, "EDT": -4 * 3600, "CST": -6 * 3600, "CDT": -5 * 3600,
        "MST": -7 * 3600, "MDT": -6 * 3600, "PST": -8 * 3600, "PDT": -7 * 3600,
        "AKST": -9 * 3600, "AKDT": -8 * 3600, "HST": -10 * 3600,
        "BST": 3600, "CET": 3600, "CEST": 2 * 3600, "WEST": 3600, "EET": 2 * 3600, "EEST": 3 * 3600,
        "MSK": 3 * 3600, "JST": 9 * 3600, "KST": 9 * 3600,
        "AEST": 10 * 3600, "AEDT": 11 * 3600,
    ]
}

/// A cursor over the UTF-8 bytes of a short string.
private struct ByteScanner {
    let bytes: [UInt8]
    var index = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    var atEnd: Bool { index == bytes.count }

    mutating func take(_ character: Unicode.Scalar) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
        index += 1
        return true
    }

    mutating func number(digits: Int) -> Int? {
        guard index + digits <= bytes.count else { return nil }
        var n = 0
        for byte in bytes[index..<index + digits] {
            guard (0x30...0x39).contains(byte) else { return nil }
            n = n * 10 + Int(byte - 0x30)
        }
        index += digits
        return n
    }

    mutating func skipDigits() {
        while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
    }

    mutating func skipSpaces() {
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
    }

    mutating func sign() -> Int? {
        if take("+") { return 1 }
        if take("-") { return -1 }
        return nil
    }

    mutating func word() -> String? {
        let start = index
        while index < bytes.count, (0x41...0x5A).contains(bytes[index]) || (0x61...0x7A).contains(bytes[index]) {
            index += 1
        }
        return index > start ? String(decoding: bytes[start..<index], as: UTF8.self) : nil
    }
}
