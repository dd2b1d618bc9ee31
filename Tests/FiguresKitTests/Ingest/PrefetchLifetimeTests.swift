@testable import FiguresKit
import Foundation
import Logging
import Testing

/// The prefetching thread must not be the one that frees the run's store: a Foundation
/// `Thread` releases its closure in the thread's TSD destructors, after libdispatch has torn
/// down its per-thread continuation cache, and the store's GRDB queues then reuse freed memory.
@Suite struct PrefetchLifetimeTests {
    @Test func runsThatDropTheirStoreAtOnce() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("figures-prefetch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for index in 0..<3 {
            try "---\ntitle: Report \(index)\npublished: 2025-01-0\(index + 1)\n---\nAt least \(100 + index) people have been killed.\n"
                .write(to: folder.appendingPathComponent("\(index).md"), atomically: true, encoding: .utf8)
        }
        let rounds = Int(ProcessInfo.processInfo.environment["PREFETCH_ROUNDS"] ?? "") ?? 200
        for _ in 0..<rounds {
            // The store and the ingestor die with this call, racing the prefetching thread's exit.
            func once() async throws {
                let store = try FigureStore()
                _ = try await Ingestor(store: store, logger: Logger(label: "test")).run([.path(folder.path)])
            }
            try await once()
        }
    }
}
