import FiguresExtraction
import Foundation
import GRDB
import Logging

/// What one ingest run reads: files and folders, standard input, or web addresses.
public enum IngestInput: Sendable, Hashable, CustomStringConvertible {
    case path(String)
    case standardInput
    case url(URL)

    /// `-` is standard input, http(s) addresses are URLs, anything else a path.
    public init(_ argument: String) {
        if argument == "-" {
            self = .standardInput
        } else if let url = URL(string: argument), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" {
            self = .url(url)
        } else {
            self = .path(argument)
        }
    }

    public var description: String {
        switch self {
        case .path(let path): path
        case .standardInput: "-"
        case .url(let url): url.absoluteString
        }
    }
}

/// How a run reads and checks.
public struct IngestOptions: Sendable {
    public var rules: RevisionRules
    public var sizeLimit: Int
    /// Check each new total against its series; off for bulk imports of old reports.
    public var checksRevisions: Bool
    /// The subject of reports that name none (a configured input's default).
    public var defaultSubject: String?
    public var fetcher: Fetcher

    public init(rules: RevisionRules = RevisionRules(), sizeLimit: Int = Intake.defaultSizeLimit,
                checksRevisions: Bool = true, defaultSubject: String? = nil, fetcher: Fetcher = Fetcher()) {
        self.rules = rules
        self.sizeLimit = sizeLimit
        self.checksRevisions = checksRevisions
        self.defaultSubject = defaultSubject
        self.fetcher = fetcher
    }
}

/// What a run did.
public struct IngestSummary: Sendable {
    public var runID: Int64
    public var reportsNew = 0
    public var reportsSeen = 0
    public var claims = 0
    /// Alerts raised by this run, in order.
    public var alerts: [String] = []
    /// One line per input that failed: `input: reason`.
    public var failures: [String] = []
    /// Alerts a sink could not take; they stay in the outbox for the next run.
    public var undelivered: [String] = []
    /// The run stopped before its inputs were all read (a signal).
    public var wasInterrupted = false

    public var hasFailures: Bool { !failures.isEmpty }
}

/// The pipeline for one run: inputs → reports → claims → the store. Reports are read and
/// extracted on every core, a chunk ahead of the writer; each chunk is stored in one
/// transaction with the alerts it raises, and the alerts go to the sinks after the commit.
public final class Ingestor: Sendable {
    let store: FigureStore
    let options: IngestOptions
    let sinks: [any AlertSink]
    let logger: Logger
    let extras: ExtractionExtras

    /// Files read, extracted and then stored together, in one transaction. Large enough that
    /// a commit's cost is shared by many reports; small enough that a concurrent run waits
    /// for a few milliseconds only, and that alerts reach the sinks soon after their report.
    static let filesPerChunk = 64

    /// Configuration that extraction adds to the built-in words and sources.
    public struct ExtractionExtras: Sendable {
        public var triggers: [FigureKey: [String]]
        public init(triggers: [FigureKey: [String]] = [:]) { self.triggers = triggers }
    }

    public init(store: FigureStore, options: IngestOptions = IngestOptions(), sinks: [any AlertSink] = [],
                extras: ExtractionExtras = ExtractionExtras(), logger: Logger) {
        self.store = store
        self.options = options
        self.sinks = sinks
        self.extras = extras
        self.logger = logger
    }

    /// Reads every input; a failing input is named in the summary and the others go on.
    /// `shouldStop` is asked between reports (SIGTERM finishes the report in hand).
    public func run(_ inputs: [IngestInput], shouldStop: @Sendable () -> Bool = { false }) async throws -> IngestSummary {
        let host = ProcessInfo.processInfo.hostName
        let pid = Int(ProcessInfo.processInfo.processIdentifier)
        let runID = try store.startRun(inputs: inputs.map(\.description), pid: pid, host: host)
        var summary = IngestSummary(runID: runID)
        let extractor = ClaimExtractor(sources: try store.sourceDirectory(), triggers: extras.triggers)
        let writer = ChunkWriter(runID: runID, extractor: extractor, engine: RevisionEngine(rules: options.rules),
                                 sinkKeys: sinks.map(\.key))

        // Alerts that a run which died before delivering them left in the outbox.
        let adopted = try store.adoptAbandonedDeliveries(runID: runID, sinks: sinks.map(\.key), host: host,
                                                         isAlive: Ingestor.isAlive)
        if adopted > 0 {
            logger.info("delivering alerts left by an interrupted run", metadata: ["count": "\(adopted)"])
            summary.undelivered += deliverPending(runID: runID, isRetry: true)
        }

        for input in inputs {
            if shouldStop() {
                summary.wasInterrupted = true
                break
            }
            do {
                switch input {
                case .path(let path):
                    try storeFiles(at: path, extractor: extractor, writer: writer, summary: &summary, shouldStop: shouldStop)
                case .standardInput:
                    let reports = try Intake.reports(atPath: "-", sizeLimit: options.sizeLimit)
                    try store([.reports(prepare(reports, extractor: extractor))], writer: writer, summary: &summary,
                              shouldStop: shouldStop)
                case .url(let url):
                    let fetched = try await fetch(url, extractor: extractor)
                    try store([fetched], writer: writer, summary: &summary, shouldStop: shouldStop)
                }
            } catch let error as IntakeError {
                summary.failures.append(error.description)
                logger.warning("input failed", metadata: ["input": "\(input)", "reason": "\(error)"])
            }
        }
        try store.finishRun(runID, status: summary.wasInterrupted ? .interrupted : (summary.hasFailures ? .failed : .ok),
                            reportsNew: summary.reportsNew, reportsSeen: summary.reportsSeen, claims: summary.claims,
                            alerts: summary.alerts.count, errors: summary.failures)
        return summary
    }

    /// A file, or a folder's files in name order, chunk by chunk: the next chunk is read and
    /// extracted while this one is written. A file that fails is named and the others go on.
    func storeFiles(at path: String, extractor: ClaimExtractor, writer: ChunkWriter, summary: inout IngestSummary,
                    shouldStop: () -> Bool) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw IntakeError.unreadable(path, "no such file or folder")
        }
        let files = isDirectory.boolValue ? Intake.files(under: path) : [path]
        let chunks = stride(from: 0, to: files.count, by: Ingestor.filesPerChunk).map {
            Array(files[$0..<min($0 + Ingestor.filesPerChunk, files.count)])
        }
        let prefetch = Prefetch { [self] index in
            index < chunks.count ? prepare(files: chunks[index], extractor: extractor) : nil
        }
        defer { prefetch.cancel() }
        while !summary.wasInterrupted, let chunk = prefetch.next() {
            // A store that fails (a full disk) ends the run, as any other store error does.
            try store(chunk, writer: writer, summary: &summary, shouldStop: shouldStop)
        }
    }

    // MARK: - Preparing reports (any thread)

    /// A report read and hashed, with its claims extracted when the store did not hold it yet.
    struct PreparedReport: Sendable {
        var report: Report
        var contentHash: String
        /// Nil when the report was already stored as it was read: nothing to extract.
        var claims: [Claim]?
    }

    /// What a fetched URL sends back for the store to remember once its reports are stored.
    struct FetchedState: Sendable {
        var url: String
        var etag: String?
        var lastModified: String?
    }

    /// One input's reports, or why it failed.
    enum PreparedInput: Sendable {
        case reports([PreparedReport], fetched: FetchedState? = nil)
        case failure(String)
    }

    /// Reads and extracts files on every core; each file's reports, or its failure, in order.
    func prepare(files: [String], extractor: ClaimExtractor) -> [PreparedInput] {
        let read = parallelMap(files) { [self] file -> Result<[Report], IntakeError> in
            Result { () throws(IntakeError) in try Intake.reports(atPath: file, sizeLimit: options.sizeLimit) }
        }
        let prepared = prepare(read.flatMap { (try? $0.get()) ?? [] }, extractor: extractor)
        var next = prepared.startIndex
        return read.map { result in
            switch result {
            case .success(let reports):
                defer { next += reports.count }
                return .reports(Array(prepared[next..<next + reports.count]))
            case .failure(let error):
                return .failure(error.description)
            }
        }
    }

    /// Hashes reports, asks the store which it already holds, and extracts the others, on
    /// every core. The writer checks the hashes again: another run may store one meanwhile.
    func prepare(_ reports: [Report], extractor: ClaimExtractor) -> [PreparedReport] {
        let hashed = parallelMap(reports) { [self] report in
            var report = report
            if report.subject == nil, let subject = options.defaultSubject { report.subject = subject }
            return PreparedReport(report: report, contentHash: report.contentHash, claims: nil)
        }
        let stored = (try? store.storedContentHashes(among: hashed.map(\.contentHash))) ?? []
        return parallelMap(hashed) { prepared in
            var prepared = prepared
            if !stored.contains(prepared.contentHash) {
                prepared.claims = prepared.report.claims ?? extractor.claims(in: prepared.report.document)
            }
            return prepared
        }
    }

    /// A page or feed over HTTP, asking only for what changed since the last fetch.
    func fetch(_ url: URL, extractor: ClaimExtractor) async throws(IntakeError) -> PreparedInput {
        let key = url.absoluteString
        let state = try? store.fetchState(for: key)
        let result = try await options.fetcher.fetch(url, etag: state?.etag, lastModified: state?.lastModified)
        switch result {
        case .notModified:
            return .reports([])
        case let .fetched(data, contentType, etag, lastModified, finalURL):
            let reports = try Intake.reports(in: data, uri: finalURL.absoluteString, contentType: contentType)
            return .reports(prepare(reports, extractor: extractor),
                            fetched: FetchedState(url: key, etag: etag, lastModified: lastModified))
        }
    }

    // MARK: - Storing reports (the run's thread)

    /// What the writer keeps for a whole run: the revision engine and the ids it looked up.
    final class ChunkWriter {
        let runID: Int64
        let extractor: ClaimExtractor
        let engine: RevisionEngine
        let sinkKeys: [String]
        let cache = StoreCache()
        let series = SeriesMemory()

        init(runID: Int64, extractor: ClaimExtractor, engine: RevisionEngine, sinkKeys: [String]) {
            self.runID = runID
            self.extractor = extractor
            self.engine = engine
            self.sinkKeys = sinkKeys
        }
    }

    /// Stores a chunk's reports with their claims and alerts in one transaction, then
    /// delivers the alerts. `shouldStop` is asked before each report; the reports stored by
    /// then are committed.
    func store(_ chunk: [PreparedInput], writer: ChunkWriter, summary: inout IngestSummary,
               shouldStop: () -> Bool) throws {
        var stored: (new: Int, seen: Int, claims: Int, alerts: [String]) = (0, 0, 0, [])
        var fetched: [FetchedState] = []
        var interrupted = false
        do {
            try store.write { db in
                try writer.series.forgetIfChanged(db)
                try storeReports(of: chunk, writer: writer, stored: &stored, fetched: &fetched, interrupted: &interrupted,
                                 shouldStop: shouldStop, in: db)
            }
        } catch {
            // Rolled back: ids and series read in the transaction may name rows that are gone.
            writer.cache.forget()
            writer.series.forget()
            throw error
        }
        summary.reportsNew += stored.new
        summary.reportsSeen += stored.seen
        summary.claims += stored.claims
        summary.alerts += stored.alerts
        summary.wasInterrupted = summary.wasInterrupted || interrupted
        for case .failure(let failure) in chunk {
            summary.failures.append(failure)
            logger.warning("input failed", metadata: ["reason": "\(failure)"])
        }
        for state in fetched {
            try? store.saveFetchState(for: state.url, etag: state.etag, lastModified: state.lastModified)
        }
        summary.undelivered += deliverPending(runID: writer.runID, isRetry: false)
    }

    /// The reports of a chunk, inside the chunk's transaction.
    private func storeReports(of chunk: [PreparedInput], writer: ChunkWriter,
                              stored: inout (new: Int, seen: Int, claims: Int, alerts: [String]),
                              fetched: inout [FetchedState], interrupted: inout Bool, shouldStop: () -> Bool,
                              in db: Database) throws {
        for input in chunk {
            guard case .reports(let reports, let state) = input, !interrupted else { continue }
            for prepared in reports {
                if shouldStop() {
                    interrupted = true
                    break
                }
                guard let outcome = try store(prepared, writer: writer, in: db) else {
                    stored.seen += 1
                    continue
                }
                stored.new += 1
                stored.claims += outcome.claims
                stored.alerts += outcome.alerts
                logger.debug("report stored", metadata: ["uri": "\(prepared.report.uri)", "claims": "\(outcome.claims)",
                                                         "alerts": "\(outcome.alerts.count)"])
            }
            // Remembered only once its reports are: a crash before fetches it all again.
            if let state, !interrupted { fetched.append(state) }
        }
    }

    /// Stores one report with its claims and their alerts; nil when it is stored already.
    func store(_ prepared: PreparedReport, writer: ChunkWriter, in db: Database) throws -> (claims: Int, alerts: [String])? {
        let report = prepared.report
        if try FigureStore.reportID(contentHash: prepared.contentHash, in: db) != nil { return nil }
        let previous = try FigureStore.latestVersion(of: report, in: db)
        let recorded = Timestamp.now()
        let reportID = try FigureStore.insert(report, contentHash: prepared.contentHash, replaces: previous,
                                              runID: writer.runID, recorded: recorded, in: db)
        // Prepared without claims when it was stored already; reports are never removed, so
        // extracting here is a safeguard that the hash check above makes unreachable.
        var claims = prepared.claims ?? report.claims ?? writer.extractor.claims(in: report.document)
        if let previous {
            // A new version: only the claims it changes are new.
            let known = try FigureStore.claimKeys(ofReport: previous, in: db)
            claims = claims.filter { !known.contains(ClaimKey($0)) }
        }
        var alerts: [String] = []
        for claim in claims {
            let inserted = try FigureStore.insert(claim, reportID: reportID, creatingSource: true, recorded: recorded,
                                                  cache: writer.cache, in: db)
            if options.checksRevisions {
                alerts += try writer.engine.check(inserted, figure: claim.figure, runID: writer.runID, raised: recorded,
                                                  sinks: writer.sinkKeys, memory: writer.series, in: db)
            }
        }
        return (claims.count, alerts)
    }

    /// Delivers what this run owns in the outbox, marking each delivery after it succeeded.
    /// Returns the failures, as lines.
    func deliverPending(runID: Int64, isRetry: Bool) -> [String] {
        guard !sinks.isEmpty, let pending = try? store.pendingDeliveries(runID: runID), !pending.isEmpty else { return [] }
        var delivered: [(alertID: String, sink: String)] = []
        var failures: [String] = []
        for sink in sinks {
            // Each sink takes its alerts in one go (the log syncs once); a failure leaves the
            // rest in the outbox for the next run.
            let alerts = pending.filter { $0.sink == sink.key }.map(\.alert)
            guard !alerts.isEmpty else { continue }
            let outcome = sink.deliver(alerts, isRetry: isRetry)
            delivered += alerts.prefix(outcome.delivered).map { ($0.id, sink.key) }
            if let error = outcome.error {
                failures.append("\(error)")
                logger.error("alert not delivered", metadata: ["sink": "\(sink.key)", "reason": "\(error)"])
            }
        }
        do {
            try store.markDelivered(delivered)
        } catch {
            logger.error("deliveries not marked", metadata: ["reason": "\(error)"])
        }
        return failures
    }

    /// Stores a claim typed by hand and checks it against its series like any other; its
    /// alerts go to the sinks at once.
    public func record(_ manual: ManualClaim) throws -> (claim: StoredClaim, alerts: [Alert]) {
        let engine = RevisionEngine(rules: options.rules)
        let sinkKeys = sinks.map(\.key)
        let (claimID, alertIDs) = try store.write { db in
            let inserted = try FigureStore.insert(manual.claim, reportID: nil, creatingSource: true,
                                                  recorded: Timestamp.now(), in: db)
            let alerts = try engine.check(inserted, figure: manual.figure, runID: nil, raised: Timestamp.now(),
                                          sinks: sinkKeys, in: db)
            return (inserted.id, alerts)
        }
        let alerts = try alertIDs.map { try store.alert(id: $0) }
        var delivered: [(alertID: String, sink: String)] = []
        for alert in alerts {
            for sink in sinks where (try? sink.deliver(alert, isRetry: false)) != nil {
                delivered.append((alert.id, sink.key))
            }
        }
        try store.markDelivered(delivered)
        return (try store.claim(id: claimID), alerts)
    }

    /// Whether a process id is alive on this host.
    static func isAlive(_ pid: Int) -> Bool {
        kill(pid_t(pid), 0) == 0 || errno == EPERM
    }
}
