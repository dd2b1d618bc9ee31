import FiguresExtraction
import Foundation
import GRDB

/// The SQLite store: reports, sources, figures, claims, alerts and runs.
///
/// Every other part of FiguresKit reaches the database through this type, whose methods are
/// named by intent; GRDB stays behind it, so that another backend can replace it.
public final class FigureStore: Sendable {
    let writer: any DatabaseWriter
    /// What `--db` named, for messages.
    public let path: String

    /// Opens (creating when missing) the database at `path`, in WAL mode, and migrates it.
    ///
    /// A file that is not an SQLite database, or was made by a newer schema, is refused and
    /// left untouched.
    public init(path: String, busyTimeout: TimeInterval = 60) throws {
        self.path = path
        try FigureStore.checkFile(at: path)
        var config = GRDB.Configuration()
        // Two cron runs at once wait for each other rather than fail.
        config.busyMode = .timeout(busyTimeout)
        config.foreignKeysEnabled = true
        config.prepareDatabase { db in
            // NORMAL is durable in WAL mode across application crashes.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // 32 MB of page cache: a revision check reads pages of one figure's series, and a
            // big store should find them in memory, not in the kernel (measured: half the
            // system time on a million claims).
            // Writers only: a reader's short query pays to allocate a cache it never reuses.
            if !db.configuration.readonly {
                try db.execute(sql: "PRAGMA cache_size = -32768")
                // Checkpoint every 8,192 pages (32 MB) of WAL rather than 1,000: a page that
                // a long ingest changes again and again is copied into the database once per
                // checkpoint, so fewer checkpoints write (and fsync) less. SQLite reuses the
                // WAL file from its start after each checkpoint.
                try db.execute(sql: "PRAGMA wal_autocheckpoint = 8192")
            }
        }
        do {
            writer = try FigureStore.openPool(path: path, configuration: config)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw StoreError.notADatabase(path: path)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: FigureStore.reason(error))
        }
        try migrate()
        try installDefaultSourcesIfChanged()
    }

    /// Opens the pool, trying again for a while when the file is busy. Turning a new file to
    /// WAL takes a lock that SQLite does not wait for through the busy timeout: when several
    /// runs create the same database at once, all but one can fail "database is locked" at
    /// the open itself, before any migration (seen once in some 85 full test runs).
    private static func openPool(path: String, configuration: GRDB.Configuration) throws -> DatabasePool {
        var attempt = 0
        while true {
            do {
                return try DatabasePool(path: path, configuration: configuration)
            } catch let error as DatabaseError where (error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED)
                && attempt < 100 {
                attempt += 1
                // 10 ms to 100 ms apart, jittered so that the waiting runs do not retry in step:
                // some ten seconds in all before the error stands.
                usleep(UInt32(10_000 * min(attempt, 10)) + UInt32.random(in: 0..<5_000))
            }
        }
    }

    /// A private in-memory store, for tests and one-off extraction.
    public init(inMemory: Void = ()) throws {
        path = ":memory:"
        var config = GRDB.Configuration()
        config.foreignKeysEnabled = true
        writer = try DatabaseQueue(configuration: config)
        try migrate()
        try installDefaultSourcesIfChanged()
    }

    private func migrate() throws {
        let migrator = Schema.migrator
        do {
            if try writer.read({ try migrator.hasBeenSuperseded($0) }) {
                throw StoreError.newerSchema(path: path)
            }
            // Two processes opening a new file at once may both try the first migration;
            // the loser's CREATE fails, and a second look finds everything applied.
            var attempts = 0
            while true {
                do {
                    try migrator.migrate(writer)
                    break
                } catch let error as DatabaseError where attempts < 3 {
                    attempts += 1
                    if try writer.read({ try migrator.hasCompletedMigrations($0) }) { break }
                    if attempts == 3 { throw error }
                }
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw StoreError.notADatabase(path: path)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: FigureStore.reason(error))
        }
    }

    /// Refuses a directory, a file that is not SQLite, or one that cannot be written,
    /// before SQLite touches it.
    private static func checkFile(at path: String) throws {
        var isDirectory: ObjCBool = false
        let files = FileManager.default
        guard files.fileExists(atPath: path, isDirectory: &isDirectory) else {
            let parent = (path as NSString).deletingLastPathComponent
            if !parent.isEmpty, !files.fileExists(atPath: parent) {
                do {
                    try files.createDirectory(atPath: parent, withIntermediateDirectories: true)
                } catch {
                    throw StoreError.cannotOpen(path: path, reason: "cannot create the folder \(parent)")
                }
            }
            return
        }
        if isDirectory.boolValue { throw StoreError.isDirectory(path: path) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError.cannotOpen(path: path, reason: "permission denied")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        if !header.isEmpty, header != Data("SQLite format 3\0".utf8) {
            throw StoreError.notADatabase(path: path)
        }
        if !files.isWritableFile(atPath: path) {
            throw StoreError.cannotOpen(path: path, reason: "the file is read-only")
        }
    }

    static func reason(_ error: DatabaseError) -> String {
        error.message ?? "\(error.resultCode)"
    }

    /// Runs `body` in one write transaction, taken at once so that concurrent runs queue.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try writer.writeWithoutTransaction { db in
            var result: T?
            try db.inTransaction(.immediate) {
                result = try body(db)
                return .commit
            }
            return result!
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try writer.read(body)
    }
}
