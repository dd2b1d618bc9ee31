import FiguresExtraction

/// One claim as a chart draws it: a day, a number with its bounds, who said it.
public struct ChartPoint: Sendable, Hashable {
    public var claimID: Int64
    public var day: CalendarDay
    public var quantity: Quantity
    /// The source's canonical name, else the words the text used, else "unattributed".
    public var source: String
    /// Set when this claim is the current claim of a `revised` alert.
    public var revision: ChartRevision?

    public init(claimID: Int64, day: CalendarDay, quantity: Quantity, source: String,
                revision: ChartRevision? = nil) {
        self.claimID = claimID
        self.day = day
        self.quantity = quantity
        self.source = source
        self.revision = revision
    }

    public var isRevision: Bool { revision != nil }
}

/// What a revision changed: the value it replaced and which way it went.
public struct ChartRevision: Sendable, Hashable {
    public var previous: Quantity?
    public var direction: Direction?

    public init(previous: Quantity?, direction: Direction?) {
        self.previous = previous
        self.direction = direction
    }
}

/// The running totals of one figure (key + subject), oldest first.
public struct ChartSeries: Sendable, Hashable, Identifiable {
    public var figure: FigureKey
    public var subject: String
    public var points: [ChartPoint]

    public init(figure: FigureKey, subject: String, points: [ChartPoint]) {
        self.figure = figure
        self.subject = subject
        self.points = points
    }

    public var id: String { figure.rawValue + "/" + subject }

    /// "casualties.killed · north-korean-troops".
    public var title: String { figure.rawValue + " · " + subject }

    /// The sources in the order they first speak.
    public var sources: [String] {
        var seen: Set<String> = []
        return points.compactMap { seen.insert($0.source).inserted ? $0.source : nil }
    }

    /// Each source's points, oldest first, in the order of `sources`: the lines a chart draws.
    public var lines: [ChartLine] {
        let grouped = Dictionary(grouping: points, by: \.source)
        return sources.map { ChartLine(source: $0, points: grouped[$0] ?? []) }
    }

    public var firstDay: CalendarDay? { points.first?.day }
    public var lastDay: CalendarDay? { points.last?.day }
}

/// One source's claims within a series, oldest first.
public struct ChartLine: Sendable, Hashable {
    public var source: String
    public var points: [ChartPoint]

    public init(source: String, points: [ChartPoint]) {
        self.source = source
        self.points = points
    }
}

/// Builds chart series from stored claims and alerts.
public enum ChartData {
    /// What the charts leave out, said under each of them.
    public static let footnote = "Only running totals (scope total) that are not rejected are charted."

    /// The label a chart gives a claim's source.
    public static func sourceLabel(_ claim: Claim) -> String {
        if let source = claim.source, !source.isEmpty { return source }
        if let text = claim.sourceText, !text.isEmpty { return "\"" + text + "\"" }
        return "unattributed"
    }

    /// The revisions that `alerts` record, by the id of the claim that made each.
    public static func revisions(_ alerts: [Alert]) -> [Int64: ChartRevision] {
        var revisions: [Int64: ChartRevision] = [:]
        for alert in alerts where alert.kind == .revised {
            revisions[alert.current.id] = ChartRevision(
                previous: alert.previous?.claim.quantity, direction: alert.direction)
        }
        return revisions
    }

    /// One series per figure key and subject, ordered by key then subject; each holds the
    /// `total` claims that are not rejected, oldest first (claims of one day by id).
    public static func series(_ claims: [StoredClaim], revisions: [Int64: ChartRevision] = [:]) -> [ChartSeries] {
        var byFigure: [String: ChartSeries] = [:]
        for stored in claims where stored.claim.scope == .total && stored.status != .rejected {
            let claim = stored.claim
            let point = ChartPoint(claimID: stored.id, day: claim.asOf, quantity: claim.quantity,
                                   source: sourceLabel(claim), revision: revisions[stored.id])
            let key = claim.figure.rawValue + "\u{0}" + claim.subject
            byFigure[key, default: ChartSeries(figure: claim.figure, subject: claim.subject, points: [])]
                .points.append(point)
        }
        return byFigure.values
            .map { series in
                var series = series
                series.points.sort { ($0.day, $0.claimID) < ($1.day, $1.claimID) }
                return series
            }
            .sorted { ($0.figure.rawValue, $0.subject) < ($1.figure.rawValue, $1.subject) }
    }
}

extension FigureStore {
    /// The chart series of a figure or group: its totals that are not rejected, with their
    /// revisions marked. `query.includeRejected` is ignored.
    public func chartSeries(_ query: HistoryQuery) throws -> [ChartSeries] {
        var query = query
        query.includeRejected = false
        var claims: [StoredClaim] = []
        try history(query) { stored in
            if stored.claim.scope == .total { claims.append(stored) }
        }
        let alerts = try alerts(AlertQuery(figure: query.figure, subject: query.subject, kind: .revised))
        return ChartData.series(claims, revisions: ChartData.revisions(alerts))
    }
}
