import FiguresExtraction
@testable import FiguresKit
import Foundation
import Logging
import Testing

/// A run holds what it read of each series (SeriesMemory) across the chunks it stores. A
/// folder ingested in one run must end exactly as the same files ingested one run each, and
/// as one run that reads every series from SQLite: the same claims, stale marks and alerts.
@Suite struct OneRunManyRunsTests {

    /// Reports over three figures whose values walk, told by three sources, some arriving late
    /// and some repeating an old value: more files than one chunk holds.
    static func writeReports(seed: UInt64, to folder: URL) throws {
        var random = SeededGenerator(state: seed)
        let sources = ["South Korea's intelligence service", "Ukraine's General Staff", "the Pentagon"]
        let hedges = ["", "nearly ", "at least ", "about "]
        var values = [300, 2_000, 10_000]
        var history: [[Int]] = [[300], [2_000], [10_000]]
        var order: [(position: Int, text: String)] = []
        for index in 0..<(Ingestor.filesPerChunk * 2 + 20) {
            let day = CalendarDay(iso: "2025-01-01")!.adding(days: index / 3)
            var sentences: [String] = []
            for (figure, phrase) in ["have been killed", "have been wounded", "troops have been deployed"].enumerated() {
                if Int.random(in: 0..<10, using: &random) < 2 {
                    values[figure] = values[figure] * Int.random(in: 90...130, using: &random) / 100
                    history[figure].append(values[figure])
                }
                // Now and then a source repeats an older value.
                let value = Int.random(in: 0..<10, using: &random) == 0 ? history[figure].randomElement(using: &random)! : values[figure]
                let subject = figure == 2 ? "North Korean" : "North Korean soldiers"
                sentences.append("\(sources.randomElement(using: &random)!.capitalizedFirst) said "
                                 + "\(hedges.randomElement(using: &random)!)\(value) \(subject) \(phrase) in the war.")
            }
            let text = "---\ntitle: Report \(index)\npublished: \(day)\noutlet: Example Wire\n"
                + "subject: north-korean-troops\n---\n" + sentences.joined(separator: " ") + "\n"
            let late = Int.random(in: 0..<10, using: &random) == 0 ? Int.random(in: 5...40, using: &random) : 0
            order.append((index + late, text))
        }
        for (position, entry) in order.enumerated().sorted(by: { ($0.element.position, $0.offset) < ($1.element.position, $1.offset) })
            .map(\.element).enumerated() {
            try entry.text.write(to: folder.appendingPathComponent(String(format: "%04d.md", position)), atomically: true,
                                 encoding: .utf8)
        }
    }

    /// Claims (with stale marks) and alerts, in a form that does not depend on row ids.
    static func outcome(_ store: FigureStore) throws -> (claims: [String], alerts: [String]) {
        var claims: [String] = []
        try store.history(HistoryQuery(figure: FigureKey("casualties")!)) { claims.append(describe($0)) }
        try store.history(HistoryQuery(figure: FigureKey("troops")!)) { claims.append(describe($0)) }
        let alerts = try store.alerts().map { alert in
            "\(alert.kind) \(alert.figure) \(alert.previous.map(describe) ?? "-") -> \(describe(alert.current))"
        }
        return (claims.sorted(), alerts.sorted())
    }

    static func describe(_ stored: StoredClaim) -> String {
        let q = stored.claim.quantity
        return "\(stored.claim.figure) \(stored.claim.asOf) \(q.qualifier.rawValue) \(q.value) \(stored.claim.source ?? "-") "
            + "\(stored.report?.uri.split(separator: "/").last ?? "-") stale=\(stored.isStale)"
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func oneRunEndsAsOneRunPerFile(seed: UInt64) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("figures-one-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.writeReports(seed: seed, to: folder)

        let together = try FigureStore()
        _ = try await Ingestor(store: together, logger: Logger(label: "test")).run([.path(folder.path)])

        let apart = try FigureStore()
        for file in Intake.files(under: folder.path) {
            _ = try await Ingestor(store: apart, logger: Logger(label: "test")).run([.path(file)])
        }
        // And one run that reads every series from SQLite, claim by claim.
        let unremembered = try FigureStore()
        var options = IngestOptions()
        options.remembersSeries = false
        _ = try await Ingestor(store: unremembered, options: options, logger: Logger(label: "test")).run([.path(folder.path)])

        let (a, b, c) = (try Self.outcome(together), try Self.outcome(apart), try Self.outcome(unremembered))
        #expect(a.claims == c.claims)
        #expect(a.alerts == c.alerts)
        #expect(a.claims.count > 300)
        #expect(a.alerts.count > 10)
        #expect(a.claims.contains { $0.hasSuffix("stale=true") }, "the reports hold stale restatements")
        #expect(a.claims == b.claims)
        #expect(a.alerts == b.alerts)
    }
}

private extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

/// What a run holds of a series is forgotten when another connection commits, so that a
/// concurrent run's claims or a `reject` are never missed.
@Suite struct SeriesMemoryTests {
    @Test func anotherConnectionsCommitIsSeen() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("figures-memory-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let run = try FigureStore(path: path)
        let other = try FigureStore(path: path)
        func record(_ store: FigureStore, _ value: Double, _ day: String) throws {
            try store.record(ManualClaim(figure: .killed, subject: "x", quantity: Quantity(value, qualifier: .exact), asOf: CalendarDay(iso: day)!,
                                         source: "NIS"))
        }
        try record(run, 100, "2025-01-01")
        let memory = SeriesMemory()
        let figureID = try run.write { db in try FigureStore.figureID(.killed, subject: "x", in: db) }
        func held() throws -> [Double] {
            try run.write { db in
                try memory.forgetIfChanged(db)
                return try memory.series(figureID: figureID, excluding: -1, in: db)!.totals.map(\.quantity.value)
            }
        }
        #expect(try held() == [100])
        try record(run, 200, "2025-01-02")   // the run's own connection: not a change from elsewhere
        #expect(try held() == [100], "held as read: the run keeps it in step itself")
        try record(other, 300, "2025-01-03")
        #expect(try held() == [100, 200, 300], "another connection committed: read again")
    }
}

@Suite struct ChunkTests {
    @Test func chunksHoldAtMostSoManyFilesAndBytes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("figures-chunks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        /// The file as `Intake.sizedFiles` lists it.
        func file(_ name: String, bytes: UInt64) throws -> (path: String, size: Int) {
            let path = folder.appendingPathComponent(name).path
            _ = FileManager.default.createFile(atPath: path, contents: nil)
            let handle = try #require(FileHandle(forWritingAtPath: path))
            try handle.truncate(atOffset: bytes)   // sparse: the size without the disk
            try handle.close()
            return try #require(Intake.sizedFiles(under: path).first)
        }
        let small = try (0..<300).map { try file("small-\($0)", bytes: 5_000) }
        #expect(small.allSatisfy { $0.size == 5_000 })
        #expect(Ingestor.chunks(of: small).map(\.count) == [128, 128, 44])

        let large = try (0..<5).map { try file("large-\($0)", bytes: 40 << 20) }
        #expect(Intake.sizedFiles(under: folder.path).filter { $0.path.contains("large-") }.map(\.size)
                == Array(repeating: 40 << 20, count: 5), "a folder's listing carries the sizes")
        #expect(Ingestor.chunks(of: large).map(\.count) == [1, 1, 1, 1, 1], "40 MB each: one file a chunk")
        let huge = try file("huge", bytes: 100 << 20)
        #expect(Ingestor.chunks(of: [small[0], huge, small[1]]).map(\.count) == [1, 1, 1],
                "a file over the budget goes alone")
    }
}
