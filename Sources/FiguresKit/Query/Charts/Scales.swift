import FiguresExtraction

/// A value axis: its ends and its ticks, at round numbers (1, 2 or 5 times a power of ten).
struct ValueScale: Equatable {
    var lower: Double
    var upper: Double
    var ticks: [Double]

    /// A scale that holds every number in `values`. It starts at zero when the numbers are
    /// counts that start low enough for zero to be honest, so that a climb reads as one.
    static func fitting(_ values: [Double], tickCount: Int) -> ValueScale {
        let finite = values.filter(\.isFinite)
        guard var low = finite.min(), var high = finite.max() else {
            return ValueScale(lower: 0, upper: 1, ticks: [0, 1])
        }
        if low >= 0, low <= high * 0.5 {
            low = 0
        } else if low < high {
            // Off zero, leave a little room under the lowest number, so that it clears the axis.
            low -= (high - low) * 0.05
        }
        if low == high {
            let pad = max(1, abs(high) * 0.1)
            (low, high) = (low >= 0 && low - pad < 0 ? 0 : low - pad, high + pad)
        }
        let isWhole = finite.allSatisfy { $0 == $0.rounded() }
        var step = niceStep((high - low) / Double(max(1, tickCount)))
        if isWhole { step = max(step, 1) }
        let lower = (low / step).rounded(.down) * step
        let upper = (high / step).rounded(.up) * step
        var ticks: [Double] = []
        var tick = lower
        while tick <= upper + step / 2 {
            ticks.append(abs(tick) < step / 1e6 ? 0 : tick)
            tick += step
        }
        return ValueScale(lower: lower, upper: max(upper, lower + step), ticks: ticks)
    }

    /// 1, 2 or 5 times a power of ten, at least `rough`.
    static func niceStep(_ rough: Double) -> Double {
        guard rough.isFinite, rough > 0 else { return 1 }
        var power = 1.0
        while power * 10 <= rough { power *= 10 }
        while power > rough { power /= 10 }
        for factor in [1.0, 2, 5, 10] where power * factor >= rough { return power * factor }
        return power * 10
    }

    /// Where `value` falls between the ends, 0 at `lower` and 1 at `upper`.
    func fraction(_ value: Double) -> Double {
        upper > lower ? (value - lower) / (upper - lower) : 0.5
    }
}

/// A date axis: its ends in days and its ticks, at days, weeks, months or years as the
/// span and the room allow.
struct DateScale: Equatable {
    struct Tick: Equatable {
        var day: CalendarDay
        var label: String
    }

    /// Days since 1970-01-01 at the left and right ends.
    var first: Int
    var last: Int
    var ticks: [Tick]

    enum Unit: CaseIterable {
        case day, twoDays, week, twoWeeks, month, quarter, halfYear, year, twoYears, fiveYears, decade
    }

    /// A scale from `first` to `last` whose tick labels, each `width(label)` wide plus `gap`,
    /// fit in `room` (the same units as `width`).
    static func fitting(first: CalendarDay, last: CalendarDay, room: Double, gap: Double,
                        width: (String) -> Double) -> DateScale {
        var (a, b) = (first.daysSinceEpoch, last.daysSinceEpoch)
        if a == b { (a, b) = (a - 1, b + 1) }
        var fallback: [Tick] = []
        for unit in Unit.allCases {
            let ticks = self.ticks(unit, from: a, to: b)
            if ticks.isEmpty { continue }
            fallback = ticks
            let widest = ticks.map { width($0.label) }.max() ?? 0
            if Double(ticks.count) * (widest + gap) <= room { return DateScale(first: a, last: b, ticks: ticks) }
        }
        // Not even decades fit: keep the first tick alone.
        return DateScale(first: a, last: b, ticks: Array(fallback.prefix(1)))
    }

    func fraction(_ day: CalendarDay) -> Double { fraction(day.daysSinceEpoch) }

    func fraction(_ days: Int) -> Double {
        last > first ? Double(days - first) / Double(last - first) : 0.5
    }

    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func ticks(_ unit: Unit, from a: Int, to b: Int) -> [Tick] {
        let start = CalendarDay(daysSinceEpoch: a), end = CalendarDay(daysSinceEpoch: b)
        var days: [CalendarDay] = []
        switch unit {
        case .day, .twoDays, .week, .twoWeeks:
            let step = unit == .day ? 1 : unit == .twoDays ? 2 : unit == .week ? 7 : 14
            var day = a
            if step >= 7 {
                // Weeks start on Monday.
                while CalendarDay(daysSinceEpoch: day).weekday != 1 { day += 1 }
            }
            while day <= b && days.count <= 400 {
                days.append(CalendarDay(daysSinceEpoch: day))
                day += step
            }
        case .month, .quarter, .halfYear:
            let step = unit == .month ? 1 : unit == .quarter ? 3 : 6
            var month = start.firstOfMonth
            if month < start { month = month.adding(months: 1) }
            while (month.month - 1) % step != 0 { month = month.adding(months: 1) }
            while month <= end && days.count <= 400 {
                days.append(month)
                month = month.adding(months: step)
            }
        case .year, .twoYears, .fiveYears, .decade:
            let step = unit == .year ? 1 : unit == .twoYears ? 2 : unit == .fiveYears ? 5 : 10
            var year = start.month == 1 && start.day == 1 ? start.year : start.year + 1
            while year % step != 0 { year += 1 }
            while year <= end.year && year <= 9999 && days.count <= 400 {
                days.append(CalendarDay(year: year, month: 1, day: 1)!)
                year += step
            }
        }
        var previousYear: Int?
        return days.map { day in
            defer { previousYear = day.year }
            let month = months[day.month - 1]
            let newYear = previousYear != day.year
            switch unit {
            case .day, .twoDays, .week, .twoWeeks:
                return Tick(day: day, label: "\(day.day) \(month)" + (newYear ? " \(day.year)" : ""))
            case .month, .quarter, .halfYear:
                return Tick(day: day, label: newYear ? "\(month) \(day.year)" : month)
            case .year, .twoYears, .fiveYears, .decade:
                return Tick(day: day, label: String(day.year))
            }
        }
    }
}
