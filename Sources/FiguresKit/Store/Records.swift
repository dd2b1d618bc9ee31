import GRDB

/// Snake-case columns for every record, so that Swift names stay Swift-like.
protocol SnakeCaseRecord: Codable, FetchableRecord, MutablePersistableRecord {}

extension SnakeCaseRecord {
    static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }
}

struct SourceRecord: SnakeCaseRecord, Identifiable {
    static let databaseTableName = "source"
    var id: Int64?
    var name: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

struct SourceAliasRecord: SnakeCaseRecord {
    static let databaseTableName = "source_alias"
    var alias: String
    var sourceId: Int64
}

struct RunRecord: SnakeCaseRecord, Identifiable {
    static let databaseTableName = "run"
    var id: Int64?
    var started: String
    var ended: String?
    var pid: Int?
    var host: String?
    var status: String
    var inputs: String
    var reportsNew: Int
    var reportsSeen: Int
    var claims: Int
    var alerts: Int
    var errors: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

struct ReportRecord: SnakeCaseRecord, Identifiable {
    static let databaseTableName = "report"
    var id: Int64?
    var uri: String
    var title: String?
    var outlet: String?
    var published: String?
    var recorded: String
    var contentHash: String
    var subject: String?
    var text: String
    var identity: String?
    var replacesId: Int64?
    var runId: Int64?

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

struct FigureRecord: SnakeCaseRecord, Identifiable {
    static let databaseTableName = "figure"
    var id: Int64?
    var key: String
    var subject: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

struct ClaimRecord: SnakeCaseRecord, Identifiable {
    static let databaseTableName = "claim"
    var id: Int64?
    var figureId: Int64
    var reportId: Int64?
    var value: Double
    var low: Double?
    var high: Double?
    var qualifier: String
    var scope: String
    var asOf: String
    var sourceId: Int64?
    var sourceText: String?
    var quote: String?
    var start: Int?
    var end: Int?
    var recorded: String
    var status: String
    var statusReason: String?
    var isStale: Bool

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

struct AlertRecord: SnakeCaseRecord, Identifiable {
    static let databaseTableName = "alert"
    var id: String
    var kind: String
    var figureId: Int64
    var previousClaimId: Int64?
    var currentClaimId: Int64
    var direction: String?
    var change: Double?
    var changePct: Double?
    var raised: String
    var runId: Int64?
}

struct DeliveryRecord: SnakeCaseRecord {
    static let databaseTableName = "delivery"
    var alertId: String
    var sink: String
    var delivered: String?
    var runId: Int64?
}

struct FetchStateRecord: SnakeCaseRecord {
    static let databaseTableName = "fetch_state"
    var url: String
    var etag: String?
    var lastModified: String?
    var checked: String
}
