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

/// The pipeline for one run: inputs → reports → claims → the store, each report in its own
/// transaction with the alerts it raises; alerts go to the sinks after the commit.
public final class Ingestor: Sendable {
    let store: FigureStore
    let options: IngestOptions
    let sinks: [any AlertSink]
    let logger: Logger
    let extras: ExtractionExtras

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
                for source in try await documents(of: input) {
                    if shouldStop() {
                        summary.wasInterrupted = true
                        break
                    }
                    switch source {
                    case .failure(let failure):
                        summary.failures.append(failure)
                        logger.warning("input failed", metadata: ["reason": "\(failure)"])
                    case .reports(let reports, let fetched):
                        for report in reports {
                            try ingest(report, runID: runID, extractor: extractor, summary: &summary)
                            summary.undelivered += deliverPending(runID: runID, isRetry: false)
                        }
                        // Remembered only now: a crash before this point fetches it all again.
                        if let fetched, !summary.wasInterrupted {
                            try? store.saveFetchState(for: fetched.url, etag: fetched.etag, lastModified: fetched.lastModified)
                        }
                    }
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

    /// Stores one report with its claims and their alerts, in one transaction.
    func ingest(_ report: Report, runID: Int64, extractor: ClaimExtractor, summary: inout IngestSummary) throws {
        var report = report
        if report.subject == nil, let subject = options.defaultSubject { report.subject = subject }
        let hash = report.contentHash
        let sinkKeys = sinks.map(\.key)
        let engine = RevisionEngine(rules: options.rules)
        let checks = options.checksRevisions
        let outcome: (isNew: Bool, claims: Int, alerts: [String]) = try store.write { db in
            if try FigureStore.reportID(contentHash: hash, in: db) != nil { return (false, 0, []) }
            let previous = try FigureStore.latestVersion(of: report, in: db)
            let recorded = Timestamp.now()
            let reportID = try FigureStore.insert(report, contentHash: hash, replaces: previous, runID: runID,
                                                  recorded: recorded, in: db)
            var claims = report.claims ?? extractor.claims(in: report.document)
            if let previous {
                // A new version: only the claims it changes are new.
                let known = try FigureStore.claimKeys(ofReport: previous, in: db)
                claims = claims.filter { !known.contains(ClaimKey($0)) }
            }
            var alerts: [String] = []
            for claim in claims {
                let claimID = try FigureStore.insert(claim, reportID: reportID, creatingSource: true, recorded: recorded, in: db)
                // Only totals make a series; the engine would read any other claim back to find that.
                if checks, claim.scope == .total {
                    let figureID = try FigureStore.figureID(claim.figure, subject: claim.subject, in: db)
                    alerts += try engine.check(claimID: claimID, figureID: figureID, figure: claim.figure, runID: runID,
                                               sinks: sinkKeys, in: db)
                }
            }
            return (true, claims.count, alerts)
        }
        if outcome.isNew {
            summary.reportsNew += 1
            summary.claims += outcome.claims
            summary.alerts += outcome.alerts
            logger.debug("report stored", metadata: ["uri": "\(report.uri)", "claims": "\(outcome.claims)",
                                                     "alerts": "\(outcome.alerts.count)"])
        } else {
            summary.reportsSeen += 1
        }
    }

    /// Delivers what this run owns in the outbox, marking each delivery after it succeeded.
    /// Returns the failures, as lines.
    func deliverPending(runID: Int64, isRetry: Bool) -> [String] {
        guard !sinks.isEmpty, let pending = try? store.pendingDeliveries(runID: runID), !pending.isEmpty else { return [] }
        var delivered: [(alertID: String, sink: String)] = []
        var failures: [String] = []
        var failedSinks: Set<String> = []
        for (alert, key) in pending {
            guard !failedSinks.contains(key), let sink = sinks.first(where: { $0.key == key }) else { continue }
            do {
                try sink.deliver(alert, isRetry: isRetry)
                delivered.append((alert.id, key))
            } catch {
                // The alert stays in the outbox; the next run tries again.
                failedSinks.insert(key)
                failures.append("\(error)")
                logger.error("alert not delivered", metadata: ["sink": "\(key)", "reason": "\(error)"])
            }
        }
        do {
            try store.markDelivered(delivered)
        } catch {
            logger.error("deliveries not marked", metadata: ["reason": "\(error)"])
        }
        return failures
    }

    enum Documents {
        /// Reports, and for a fetched URL what to remember once they are stored.
        case reports([Report], fetched: (url: String, etag: String?, lastModified: String?)? = nil)
        case failure(String)
    }

    /// The reports an input holds: a folder's files one by one, so that one bad file fails alone.
    func documents(of input: IngestInput) async throws(IntakeError) -> [Documents] {
        switch input {
        case .standardInput:
            return [.reports(try Intake.reports(atPath: "-", sizeLimit: options.sizeLimit), fetched: nil)]
        case .path(let path):
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw .unreadable(path, "no such file or folder")
            }
            let files = isDirectory.boolValue ? Intake.files(under: path) : [path]
            return files.map { file in
                do {
                    return .reports(try Intake.reports(atPath: file, sizeLimit: options.sizeLimit), fetched: nil)
                } catch {
                    return .failure("\(error)")
                }
            }
        case .url(let url):
            return [try await fetch(url)]
        }
    }

    /// A page or feed over HTTP, asking only for what changed since the last fetch.
    func fetch(_ url: URL) async throws(IntakeError) -> Documents {
        let key = url.absoluteString
        let state = try? store.fetchState(for: key)
        let result = try await options.fetcher.fetch(url, etag: state?.etag, lastModified: state?.lastModified)
        switch result {
        case .notModified:
            return .reports([])
        case let .fetched(data, contentType, etag, lastModified, finalURL):
            let reports = try Intake.reports(in: data, uri: finalURL.absoluteString, contentType: contentType)
            return .reports(reports, fetched: (key, etag, lastModified))
        }
    }

    /// Stores a claim typed by hand and checks it against its series like any other; its
    /// alerts go to the sinks at once.
    public func record(_ manual: ManualClaim) throws -> (claim: StoredClaim, alerts: [Alert]) {
        let engine = RevisionEngine(rules: options.rules)
        let sinkKeys = sinks.map(\.key)
        let (claimID, alertIDs) = try store.write { db in
            let claimID = try FigureStore.insert(manual.claim, reportID: nil, creatingSource: true, recorded: Timestamp.now(), in: db)
            let figureID = try FigureStore.figureID(manual.figure, subject: manual.subject, in: db)
            let alerts = try engine.check(claimID: claimID, figureID: figureID, figure: manual.figure, runID: nil,
                                          sinks: sinkKeys, in: db)
            return (claimID, alerts)
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
