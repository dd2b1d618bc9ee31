/// How a report hedged a number ("nearly", "at least", a range...), as SPEC names them.
public enum Qualifier: String, Sendable, Codable, CaseIterable, Hashable {
    case exact
    case approximate
    case nearly
    case atLeast = "at_least"
    case atMost = "at_most"
    case range

    /// The names a user may type, for error messages.
    public static let spelledOut = allCases.map(\.rawValue).joined(separator: ", ")
}

/// What a number counts: a running total, one event, a window, an increment or a plan.
public enum Scope: String, Sendable, Codable, CaseIterable, Hashable {
    case total
    case incident
    case period
    case change
    case projection

    public static let spelledOut = allCases.map(\.rawValue).joined(separator: ", ")
}

/// A number as a report states it: its best value, the bounds its hedge allows, and the hedge.
public struct Quantity: Sendable, Hashable, Codable {
    public var value: Double
    /// Lower bound; nil when the report leaves it open.
    public var low: Double?
    /// Upper bound; nil when the report leaves it open ("at least 100").
    public var high: Double?
    public var qualifier: Qualifier

    public init(value: Double, low: Double?, high: Double?, qualifier: Qualifier) {
        self.value = value
        self.low = low
        self.high = high
        self.qualifier = qualifier
    }

    /// The quantity a hedge word makes of a plain number, with SPEC's bounds.
    public init(_ value: Double, qualifier: Qualifier) {
        self.value = value
        self.qualifier = qualifier
        switch qualifier {
        case .exact, .range:
            (low, high) = (value, value)
        case .approximate:
            let band = Quantity.roundingBand(of: value)
            (low, high) = (value - band, value + band)
        case .nearly:
            (low, high) = (value * 0.9, value)
        case .atLeast:
            (low, high) = (value, nil)
        case .atMost:
            (low, high) = (nil, value)
        }
    }

    /// A stated range; its value is the midpoint.
    public static func range(_ low: Double, _ high: Double) -> Quantity {
        let (a, b) = low <= high ? (low, high) : (high, low)
        return Quantity(value: (a + b) / 2, low: a, high: b, qualifier: .range)
    }

    /// Half the unit of the last non-zero digit, never more than a tenth of the value:
    /// "about 10,000" is ±1,000, "around 2,700" ±50, "about 450" ±5.
    public static func roundingBand(of value: Double) -> Double {
        let magnitude = abs(value)
        guard magnitude.isFinite else { return 0 }  // a 400-digit "number": no band, and no NaN
        guard magnitude >= 1, magnitude < 1e15 else { return magnitude * 0.1 }
        var unit = 1.0
        while magnitude.truncatingRemainder(dividingBy: unit * 10) == 0 { unit *= 10 }
        return min(unit / 2, magnitude / 10)
    }

    /// Whether `x` lies within the bounds (open bounds admit everything on their side).
    public func admits(_ x: Double) -> Bool {
        if let low, x < low { return false }
        if let high, x > high { return false }
        return true
    }

    /// True when both bounds are given.
    public var isBounded: Bool { low != nil && high != nil }

    /// The new value with its bounds replaced, keeping the hedge.
    public func with(low: Double?, high: Double?) -> Quantity {
        Quantity(value: value, low: low, high: high, qualifier: qualifier)
    }
}
