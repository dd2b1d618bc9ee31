import FiguresExtraction
import Foundation
import GRDB

/// Reports, their versions, and the runs that brought them in. The lookups and inserts that
/// run for every report ingested compile their statements once per connection.
extension FigureStore {
    /// The report stored with this content hash, if any: the same content is one report.
    static func reportID(contentHash: String, in db: Database) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM report WHERE content_hash = ?"), arguments: [contentHash])
    }

    /// Which of `hashes` the store holds already, asked in a read that waits for no writer.
    func storedContentHashes(among hashes: [String]) throws -> Set<String> {
        try read { db in
            var stored: Set<String> = []
            // SQLite takes at most 32,766 parameters a statement; chunks of 500 stay far below.
            for start in stride(from: 0, to: hashes.count, by: 500) {
                let part = Array(hashes[start..<min(start + 500, hashes.count)])
                let marks = Array(repeating: "?", count: part.count).joined(separator: ",")
                stored.formUnion(try String.fetchAll(db, sql: "SELECT content_hash FROM report WHERE content_hash IN (\(marks))",
                                                     arguments: StatementArguments(part)))
            }
            return stored
        }
    }

    /// The latest stored version of a report with the same identity (guid, canonical URL) or uri.
    static func latestVersion(of report: Report, in db: Database) throws -> Int64? {
        if let identity = report.identity {
            if let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM report WHERE identity = ? ORDER BY id DESC LIMIT 1"),
                                           arguments: [identity]) { return id }
        }
        // Reports piped in on stdin share a name, not an identity: each is its own report.
        guard report.uri != "stdin" else { return nil }
        return try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM report WHERE uri = ? ORDER BY id DESC LIMIT 1"),
                                  arguments: [report.uri])
    }

    static func insert(_ report: Report, contentHash: String, replaces: Int64?, runID: Int64?, recorded: String,
                       in db: Database) throws -> Int64 {
        // The columns of `ReportRecord`, written directly (its Codable encoding is the slower way).
        try db.cachedStatement(sql: """
            INSERT INTO report (uri, title, outlet, published, recorded, content_hash, subject, text, identity,
                                replaces_id, run_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [report.uri, report.title, report.outlet, report.published, recorded, contentHash,
                                     report.subject, report.text, report.identity, replaces, runID])
        return db.lastInsertedRowID
    }

    /// What each claim of a report said, to tell which claims a new version changes.
    static func claimKeys(ofReport reportID: Int64, in db: Database) throws -> Set<ClaimKey> {
        let rows = try Row.fetchAll(db, sql: """
            SELECT f.key, f.subject, c.value, c.low, c.high, c.qualifier, c.scope, c.as_of, s.name
            FROM claim c JOIN figure f ON f.id = c.figure_id LEFT JOIN source s ON s.id = c.source_id
            WHERE c.report_id = ?
            """, arguments: [reportID])
        return Set(rows.map { row in
            ClaimKey(figure: row[0], subject: row[1], value: row[2], low: row[3], high: row[4], qualifier: row[5],
                     scope: row[6], asOf: row[7], source: row[8])
        })
    }
}

/// What a claim says, without where it sits in its report: equal keys are the same claim.
struct ClaimKey: Hashable {
    var figure: String
    var subject: String
    var value: Double
    var low: Double?
    var high: Double?
    var qualifier: String
    var scope: String
    var asOf: String
    var source: String?

    init(figure: String, subject: String, value: Double, low: Double?, high: Double?, qualifier: String, scope: String,
         asOf: String, source: String?) {
        self.figure = figure
        self.subject = subject
        self.value = value
        self.low = low
        self.high = high
        self.qualifier = qualifier
        self.scope = scope
        self.asOf = asOf
        self.source = source
    }

    init(_ claim: Claim) {
        self.init(figure: claim.figure.rawValue, subject: claim.subject, value: claim.quantity.value,
                  low: claim.quantity.low, high: claim.quantity.high, qualifier: claim.quantity.qualifier.rawValue,
                  scope: claim.scope.rawValue, asOf: claim.asOf.description, source: claim.source)
    }
}

/// One ingest run, as `figures runs` lists it.
public struct IngestRun: Sendable, Hashable, Identifiable {
    public enum Status: String, Sendable { case running, ok, failed, interrupted }

    public var id: Int64
    public var started: String
    public var ended: String?
    public var status: Status
    public var inputs: [String]
    public var reportsNew: Int
    public var reportsSeen: Int
    public var claims: Int
    public var alerts: Int
    /// One line per input that failed: `input: reason`.
    public var errors: [String]
}

extension FigureStore {
    /// Starts a run: recorded before anything is read, so that a crash leaves a trace.
    func startRun(inputs: [String], pid: Int?, host: String?) throws -> Int64 {
        try write { db in
            var record = RunRecord(id: nil, started: Timestamp.now(), ended: nil, pid: pid, host: host,
                                   status: IngestRun.Status.running.rawValue, inputs: FigureStore.jsonArray(inputs),
                                   reportsNew: 0, reportsSeen: 0, claims: 0, alerts: 0, errors: "[]")
            try record.insert(db)
            return record.id!
        }
    }

    /// Ends a run with what it did.
    func finishRun(_ id: Int64, status: IngestRun.Status, reportsNew: Int, reportsSeen: Int, claims: Int, alerts: Int,
                   errors: [String]) throws {
        try write { db in
            try db.execute(sql: """
                UPDATE run SET ended = ?, status = ?, reports_new = ?, reports_seen = ?, claims = ?, alerts = ?, errors = ?
                WHERE id = ?
                """, arguments: [Timestamp.now(), status.rawValue, reportsNew, reportsSeen, claims, alerts,
                                 FigureStore.jsonArray(errors), id])
        }
    }

    /// Runs so far, newest first.
    public func runs(limit: Int = 100) throws -> [IngestRun] {
        try read { db in
            try RunRecord.fetchAll(db, sql: "SELECT * FROM run ORDER BY id DESC LIMIT ?", arguments: [limit]).map { record in
                IngestRun(id: record.id!, started: record.started, ended: record.ended,
                          status: IngestRun.Status(rawValue: record.status) ?? .failed,
                          inputs: FigureStore.stringArray(record.inputs), reportsNew: record.reportsNew,
                          reportsSeen: record.reportsSeen, claims: record.claims, alerts: record.alerts,
                          errors: FigureStore.stringArray(record.errors))
            }
        }
    }

    /// Marks as interrupted the runs that say they are running but whose process is gone,
    /// and hands their undelivered alerts for `sinks` to run `runID`. Returns how many were taken.
    func adoptAbandonedDeliveries(runID: Int64, sinks: [String], host: String?, isAlive: (Int) -> Bool) throws -> Int {
        try write { db in
            let running = try RunRecord.fetchAll(db, sql: "SELECT * FROM run WHERE status = 'running' AND id <> ?",
                                                 arguments: [runID])
            for run in running where run.host == host && !(run.pid.map(isAlive) ?? false) {
                try db.execute(sql: "UPDATE run SET status = 'interrupted', ended = COALESCE(ended, ?) WHERE id = ?",
                               arguments: [Timestamp.now(), run.id])
            }
            guard !sinks.isEmpty else { return 0 }
            let placeholders = sinks.map { _ in "?" }.joined(separator: ",")
            try db.execute(sql: """
                UPDATE delivery SET run_id = ?
                WHERE delivered IS NULL AND sink IN (\(placeholders))
                  AND (run_id IS NULL OR run_id IN (SELECT id FROM run WHERE status <> 'running'))
                """, arguments: StatementArguments([runID] + sinks))
            return db.changesCount
        }
    }

    /// The undelivered (alert, sink) pairs that run `runID` owns, oldest alert first.
    func pendingDeliveries(runID: Int64) throws -> [(alert: Alert, sink: String)] {
        try read { db in
            // Asked after every report: compiled once per connection.
            let rows = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT d.alert_id, d.sink FROM delivery d JOIN alert a ON a.id = d.alert_id
                WHERE d.run_id = ? AND d.delivered IS NULL ORDER BY a.raised, a.rowid
                """), arguments: [runID])
            return try rows.map { row in
                let record = try AlertRecord.fetchOne(db, key: row[0] as String)!
                return (try FigureStore.alert(record, in: db), row[1])
            }
        }
    }

    func markDelivered(_ pairs: [(alertID: String, sink: String)]) throws {
        guard !pairs.isEmpty else { return }
        try write { db in
            let now = Timestamp.now()
            for pair in pairs {
                try db.cachedStatement(sql: "UPDATE delivery SET delivered = ? WHERE alert_id = ? AND sink = ?")
                    .execute(arguments: [now, pair.alertID, pair.sink])
            }
        }
    }

    /// One alert by id.
    public func alert(id: String) throws -> Alert {
        try read { db in
            guard let record = try AlertRecord.fetchOne(db, key: id) else { throw StoreError.unknownAlert(id: id) }
            return try FigureStore.alert(record, in: db)
        }
    }

    static func jsonArray(_ strings: [String]) -> String {
        (try? String(decoding: JSONSerialization.data(withJSONObject: strings), as: UTF8.self)) ?? "[]"
    }

    static func stringArray(_ json: String) -> [String] {
        (try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String]) ?? []
    }
}

/// What a conditional GET remembers about a URL.
struct FetchState: Sendable {
    var etag: String?
    var lastModified: String?
}

extension FigureStore {
    func fetchState(for url: String) throws -> FetchState? {
        try read { db in
            try FetchStateRecord.fetchOne(db, key: url).map { FetchState(etag: $0.etag, lastModified: $0.lastModified) }
        }
    }

    func saveFetchState(for url: String, etag: String?, lastModified: String?) throws {
        try write { db in
            var record = FetchStateRecord(url: url, etag: etag, lastModified: lastModified, checked: Timestamp.now())
            try record.save(db)
        }
    }
}
