import FiguresExtraction

/// When a new claim counts as a revision, and which alerts to raise: SPEC's defaults, and
/// the configuration's rules per figure or group.
public struct RevisionRules: Sendable, Equatable {
    /// One rule: for a figure key or a group, or for all figures when `figure` is nil.
    public struct Rule: Sendable, Equatable {
        public var figure: FigureKey?
        /// A best value that differs from the current one by more than this fraction disagrees.
        public var threshold: Double?
        /// Raise revisions in this direction only.
        public var direction: Direction?
        /// Ignore revisions that change the value by less than this.
        public var minimumChange: Double?
        /// The kinds to raise; nil keeps the default (revised and conflict).
        public var kinds: Set<AlertKind>?

        public init(figure: FigureKey? = nil, threshold: Double? = nil, direction: Direction? = nil,
                    minimumChange: Double? = nil, kinds: Set<AlertKind>? = nil) {
            self.figure = figure
            self.threshold = threshold
            self.direction = direction
            self.minimumChange = minimumChange
            self.kinds = kinds
        }
    }

    /// Default threshold: 1%.
    public var threshold: Double
    /// Two sources disagreeing within this many days raise a conflict (default 3).
    public var conflictWindowDays: Int
    /// Kinds raised by default: `revised` and `conflict`; `new` only when asked for.
    public var kinds: Set<AlertKind>
    public var rules: [Rule]

    public init(threshold: Double = 0.01, conflictWindowDays: Int = 3, kinds: Set<AlertKind> = [.revised, .conflict],
                rules: [Rule] = []) {
        self.threshold = threshold
        self.conflictWindowDays = conflictWindowDays
        self.kinds = kinds
        self.rules = rules
    }

    /// The rule that applies to `figure`: the most specific one (full key over group over all).
    func rule(for figure: FigureKey) -> Rule {
        let matching = rules.filter { $0.figure.map { $0.selects(figure) } ?? true }
        return matching.max { specificity($0) < specificity($1) } ?? Rule()
    }

    private func specificity(_ rule: Rule) -> Int {
        guard let key = rule.figure else { return 0 }
        return key.isGroup ? 1 : 2
    }

    func threshold(for figure: FigureKey) -> Double { rule(for: figure).threshold ?? threshold }

    /// Whether an alert of `kind` about `figure`, changing the value by `change`, is raised.
    func raises(_ kind: AlertKind, for figure: FigureKey, change: Double?) -> Bool {
        let rule = rule(for: figure)
        guard (rule.kinds ?? kinds).contains(kind) else { return false }
        if kind == .revised, let change {
            if let direction = rule.direction, direction != (change >= 0 ? .up : .down) { return false }
            if let minimum = rule.minimumChange, abs(change) < minimum { return false }
        }
        return true
    }
}

/// SPEC's agreement test between a claim and the current value.
enum Agreement {
    /// `claim` disagrees with `current` when its bounds exclude the current best value by more
    /// than the threshold, or, both being bounded, their best values differ by more than it.
    /// "about 450" after "nearly 450" agrees; "nearly 450" after "at least 150" does not;
    /// "more than 8,000" after "between 8,500 and 9,000" agrees.
    static func disagrees(_ claim: Quantity, with current: Quantity, threshold: Double) -> Bool {
        let difference = relativeDifference(claim.value, current.value)
        if !admits(claim, current.value, threshold: threshold) { return true }
        return claim.isBounded && current.isBounded && difference > threshold
    }

    /// Bounds stretched by the threshold, so that 2,701 after 2,700 stays one value.
    static func admits(_ claim: Quantity, _ value: Double, threshold: Double) -> Bool {
        let slack = abs(value) * threshold
        if let low = claim.low, value < low - slack { return false }
        if let high = claim.high, value > high + slack { return false }
        return true
    }

    static func relativeDifference(_ a: Double, _ b: Double) -> Double {
        abs(a - b) / max(abs(b), 1)
    }
}
