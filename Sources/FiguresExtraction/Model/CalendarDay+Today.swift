import Foundation

extension CalendarDay {
    /// Today in the local time zone.
    public static var today: CalendarDay { day(of: Date()) }

    /// The local calendar day of `date`.
    public static func day(of date: Date, in timeZone: TimeZone = .current) -> CalendarDay {
        let seconds = date.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: date))
        return CalendarDay(daysSinceEpoch: Int((seconds / 86_400).rounded(.down)))
    }
}
