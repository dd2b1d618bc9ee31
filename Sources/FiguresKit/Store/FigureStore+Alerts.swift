import FiguresExtraction
import GRDB

/// What kind of change an alert reports.
public enum AlertKind: String, Sendable, Codable, CaseIterable {
    /// A newer total disagrees with the current value.
    case revised
    /// The first claim of a figure (raised only when asked for).
    case new
    /// Two sources disagree about a figure within a few days.
    case conflict

    public static let spelledOut = allCases.map(\.rawValue).joined(separator: ", ")
}

public enum Direction: String, Sendable, Codable {
    case up
    case down
}

/// A change in what is known about a figure, as raised once and kept.
public struct Alert: Sendable, Hashable, Identifiable {
    /// Stable: the same change always gets the same id, so that no sink sees it twice.
    public var id: String
    public var kind: AlertKind
    public var figure: FigureKey
    public var subject: String
    public var direction: Direction?
    /// Current minus previous best value.
    public var change: Double?
    /// `change` as a percentage of the previous best value.
    public var changePercent: Double?
    public var previous: StoredClaim?
    public var current: StoredClaim
    /// When it was raised (ISO 8601).
    public var raised: String

    public init(id: String, kind: AlertKind, figure: FigureKey, subject: String, direction: Direction?,
                change: Double?, changePercent: Double?, previous: StoredClaim?, current: StoredClaim,
                raised: String) {
        self.id = id
        self.kind = kind
        self.figure = figure
        self.subject = subject
        self.direction = direction
        self.change = change
        self.changePercent = changePercent
        self.previous = previous
        self.current = current
        self.raised = raised
    }
}

/// Which alerts `figures alerts` lists.
public struct AlertQuery: Sendable {
    /// Raised on or after this time (ISO 8601 date or time).
    public var since: String?
    /// A full key or a group.
    public var figure: FigureKey?
    public var subject: String?
    public var kind: AlertKind?

    public init(since: String? = nil, figure: FigureKey? = nil, subject: String? = nil, kind: AlertKind? = nil) {
        self.since = since
        self.figure = figure
        self.subject = subject
        self.kind = kind
    }
}

extension FigureStore {
    /// Alerts raised so far, oldest first.
    public func alerts(_ query: AlertQuery = AlertQuery()) throws -> [Alert] {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let since = query.since {
            conditions.append("a.raised >= ?")
            arguments.append(since)
        }
        if let figure = query.figure {
            conditions.append(FigureStore.figureCondition(figure))
            arguments += FigureStore.figureArguments(figure)
        }
        if let subject = query.subject {
            conditions.append("f.subject = ?")
            arguments.append(subject)
        }
        if let kind = query.kind {
            conditions.append("a.kind = ?")
            arguments.append(kind.rawValue)
        }
        let sql = "SELECT a.* FROM alert a JOIN figure f ON f.id = a.figure_id"
            + (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "))
            + " ORDER BY a.raised, a.rowid"
        return try read { db in
            try AlertRecord.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map {
                try FigureStore.alert($0, in: db)
            }
        }
    }

    static func alert(_ record: AlertRecord, in db: Database) throws -> Alert {
        let current = try storedClaim(id: record.currentClaimId, in: db)
        return Alert(
            id: record.id, kind: AlertKind(rawValue: record.kind) ?? .revised,
            figure: current.claim.figure, subject: current.claim.subject,
            direction: record.direction.flatMap(Direction.init(rawValue:)),
            change: record.change, changePercent: record.changePct,
            previous: try record.previousClaimId.map { try storedClaim(id: $0, in: db) },
            current: current, raised: record.raised)
    }
}
