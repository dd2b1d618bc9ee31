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
    /// Hold each figure's series in memory for the run (`SeriesMemory`); off, every check
    /// reads SQLite. The answers are the same; tests compare the two.
    var remembersSeries = true

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
    static let filesPerChunk = 128
    /// And at most this many bytes of files a chunk (but at least one file): with two chunks
    /// read ahead, a folder of large pages or feeds stays within a few hundred megabytes.
    static let bytesPerChunk = 64 << 20

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
                                 sinkKeys: sinks.map(\.key), series: options.remembersSeries ? SeriesMemory() : nil)

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

    /// Files in order, cut into chunks of `filesPerChunk` files and `bytesPerChunk` bytes.
    static func chunks(of files: [(path: String, size: Int)]) -> [[String]] {
        var chunks: [[String]] = []
        var chunk: [String] = []
        var bytes = 0
        for (file, size) in files {
            if !chunk.isEmpty, chunk.count == filesPerChunk || bytes + size > bytesPerChunk {
                chunks.append(chunk)
                chunk = []
                bytes = 0
            }
            chunk.append(file)
            bytes += size
        }
        if !chunk.isEmpty { chunks.append(chunk) }
        return chunks
    }

    /// A file, or a folder's files in name order, chunk by chunk: the next chunk is read and
    /// extracted while this one is written. A file that fails is named and the others go on.
    func storeFiles(at path: String, extractor: ClaimExtractor, writer: ChunkWriter, summary: inout IngestSummary,
                    shouldStop: () -> Bool) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw IntakeError.unreadable(path, "no such file or folder")
        }
        let chunks = Ingestor.chunks(of: Intake.sizedFiles(under: path))
        let prefetch = Prefetch { [self] index in
            index < chunks.count ? prepare(files: chunks[index], extractor: extractor) : nil
        }
        defer { prefetch.cancel() }
        while !summary.wasInterrupted, let chunk = prefetch.next() {
            // A store that fails (a full disk) ends the run, as any other store error does.
            try store(chunk, writer: writer, summary: &summary, shouldStop: shouldStop)
        }
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
