import FiguresExtraction
@testable import FiguresKit
import Foundation
import Logging
import Testing

/// The sample timeline (data/reports), each report ingested by its own run as cron would,
/// against the alerts written by hand in data/timeline-expected.jsonl.
@Suite struct TimelineTests {
    static let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("data")

    struct ExpectedAlert: Hashable, CustomStringConvertible {
        var kind: String
        var figure: String
        var subject: String
        var direction: String?
        var previous: Double?
        var current: Double

        var description: String { "\(kind) \(figure) \(subject) \(direction ?? "-") \(previous.map { "\($0)" } ?? "-") -> \(current)" }
    }

    /// Per input file, in order: the alerts expected when it is ingested after the files before it.
    static func expectations() throws -> [(file: String, alerts: [ExpectedAlert])] {
        let lines = try String(contentsOf: data.appendingPathComponent("timeline-expected.jsonl"), encoding: .utf8)
            .split(separator: "\n")
        var result: [(file: String, alerts: [ExpectedAlert])] = []
        for line in lines where !line.isEmpty {
            let entry = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let report = try #require(entry["report"] as? String)
            let file = String(report.split(separator: "#")[0])
            let alerts = (entry["alerts"] as? [[String: Any]] ?? []).map { alert in
                ExpectedAlert(kind: alert["kind"] as! String, figure: alert["figure"] as! String,
                              subject: alert["subject"] as! String, direction: alert["direction"] as? String,
                              previous: alert["previous"] as? Double, current: alert["current"] as! Double)
            }
            if let last = result.last, last.file == file {
                result[result.count - 1].alerts += alerts  // the feed's items come in one run
            } else {
                result.append((file, alerts))
            }
        }
        return result
    }

    func ingest(_ file: String, into store: FigureStore) async throws -> [Alert] {
        let ingestor = Ingestor(store: store, logger: Logger(label: "test"))
        let summary = try await ingestor.run([.path(TimelineTests.data.appendingPathComponent("reports/\(file)").path)])
        #expect(summary.failures.isEmpty, "\(file): \(summary.failures)")
        return try summary.alerts.map { try store.alert(id: $0) }
    }

    static func seen(_ alert: Alert) -> ExpectedAlert {
        ExpectedAlert(kind: alert.kind.rawValue, figure: alert.figure.rawValue, subject: alert.subject,
                      direction: alert.direction?.rawValue, previous: alert.previous?.claim.quantity.value,
                      current: alert.current.claim.quantity.value)
    }

    /// Every claim, as what it says: the same reports in any order make the same history.
    static func history(_ store: FigureStore) throws -> [String] {
        var claims: [String] = []
        for group in ["casualties", "troops"] {
            try store.history(HistoryQuery(figure: FigureKey(group)!, includeRejected: true)) { stored in
                let c = stored.claim
                claims.append("\(c.figure) \(c.subject) \(c.quantity.value) \(c.quantity.qualifier) \(c.scope) \(c.asOf) \(c.source ?? "-")")
            }
        }
        return claims.sorted()
    }

    @Test func eachRunRaisesTheExpectedAlerts() async throws {
        let store = try FigureStore()
        for (file, expected) in try TimelineTests.expectations() {
            let alerts = try await ingest(file, into: store).map(TimelineTests.seen)
            #expect(Set(alerts) == Set(expected), "\(file): raised \(alerts), expected \(expected)")
            #expect(alerts.count == expected.count, "\(file): an alert twice")
        }
        // Everything again: the same content is one report, and nothing is raised twice.
        for (file, _) in try TimelineTests.expectations() {
            #expect(try await ingest(file, into: store).isEmpty, "\(file) raised alerts a second time")
        }
    }

    @Test func newestFirstEndsInTheSameHistoryWithoutFalseRevisions() async throws {
        let forward = try FigureStore()
        let files = try TimelineTests.expectations().map(\.file)
        for file in files { _ = try await ingest(file, into: forward) }

        let backward = try FigureStore()
        var revisions: [ExpectedAlert] = []
        for file in files.reversed() {
            revisions += try await ingest(file, into: backward).filter { $0.kind == .revised }.map(TimelineTests.seen)
        }
        #expect(revisions.isEmpty, "false revisions: \(revisions)")
        #expect(try TimelineTests.history(backward) == TimelineTests.history(forward))
        let latest = { (store: FigureStore) in try store.latest().map { "\($0.claim.figure) \($0.claim.subject) \($0.claim.quantity.value)" } }
        #expect(try latest(backward) == latest(forward))
    }
}
