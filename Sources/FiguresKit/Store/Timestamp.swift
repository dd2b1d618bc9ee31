import FiguresExtraction
import Foundation

/// ISO 8601 times in UTC, as every stored time is written (`2025-03-06T10:00:00Z`).
public enum Timestamp {
    public static func string(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    public static func now() -> String { string(Date()) }

    /// Parses an ISO 8601 time, with or without fractions, or a date alone (its midnight UTC).
    public static func date(_ text: String) -> Date? {
        if text.utf8.count == 10, let day = CalendarDay(iso: text) {
            return Date(timeIntervalSince1970: Double(day.daysSinceEpoch) * 86_400)
        }
        if let date = try? Date(text, strategy: .iso8601) { return date }
        return try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }

}
