import Foundation
import Logging
import ServiceLifecycle
import UnixSignals

/// The daemon: ingests each configured input on its schedule until shut down.
///
/// As a swift-service-lifecycle `Service`, SIGTERM becomes a graceful shutdown: the report
/// in hand is finished and stored, then `run()` returns. SIGHUP reopens the alert log (after
/// logrotate moved it). An input that fails waits twice as long before each new try, up to
/// an hour, and is back on its schedule once it works again.
public struct WatchService: Service {
    let ingestor: Ingestor
    let inputs: [Configuration.Input]
    let logSink: AlertLogSink?
    let logger: Logger
    /// Read each input once, then stop (for tests and one-off catch-ups).
    let once: Bool

    public init(ingestor: Ingestor, inputs: [Configuration.Input], logSink: AlertLogSink?, logger: Logger,
                once: Bool = false) {
        self.ingestor = ingestor
        self.inputs = inputs
        self.logSink = logSink
        self.logger = logger
        self.once = once
    }

    public func run() async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            if let logSink {
                group.addTask {
                    for await _ in await UnixSignalsSequence(trapping: .sighup) {
                        do {
                            try logSink.reopen()
                            logger.info("alert log reopened", metadata: ["path": "\(logSink.path)"])
                        } catch {
                            logger.error("alert log not reopened", metadata: ["reason": "\(error)"])
                        }
                    }
                }
            }
            try await cancelWhenGracefulShutdown {
                try await schedule()
            }
            group.cancelAll()
        }
    }

    /// The loop: read what is due, then sleep until the next input is due.
    private func schedule() async throws {
        var due = inputs.map { _ in Date.distantPast }
        var backoff = inputs.map { $0.interval }
        logger.info("watching", metadata: ["inputs": "\(inputs.count)"])
        while !Task.isShuttingDownGracefully, !Task.isCancelled {
            let now = Date()
            for (index, input) in inputs.enumerated() where due[index] <= now {
                if Task.isShuttingDownGracefully { return }
                var options = ingestor.options
                options.defaultSubject = input.subject
                let reader = Ingestor(store: ingestor.store, options: options, sinks: ingestor.sinks,
                                      extras: ingestor.extras, logger: logger)
                do {
                    let summary = try await reader.run([input.input], shouldStop: { Task.isShuttingDownGracefully })
                    if summary.hasFailures {
                        backoff[index] = min(max(backoff[index] * 2, input.interval), 3_600)
                        logger.warning("input failed; backing off", metadata: [
                            "input": "\(input.input)", "retry_in_s": "\(Int(backoff[index]))",
                            "reason": "\(summary.failures.first ?? "")"])
                    } else {
                        backoff[index] = input.interval
                        logger.info("input read", metadata: [
                            "input": "\(input.input)", "new": "\(summary.reportsNew)", "claims": "\(summary.claims)",
                            "alerts": "\(summary.alerts.count)"])
                    }
                } catch {
                    backoff[index] = min(max(backoff[index] * 2, input.interval), 3_600)
                    logger.error("run failed", metadata: ["input": "\(input.input)", "reason": "\(error)"])
                }
                due[index] = Date().addingTimeInterval(backoff[index])
            }
            if once { return }
            let next = due.min() ?? Date().addingTimeInterval(60)
            let wait = max(0.05, next.timeIntervalSinceNow)
            try? await Task.sleep(nanoseconds: UInt64(min(wait, 3_600) * 1_000_000_000))
        }
    }
}
