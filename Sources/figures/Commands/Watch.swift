import ArgumentParser
import FiguresKit
import Foundation
import Logging
import ServiceLifecycle

struct Watch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run as a daemon: ingest the configured inputs on their schedules until SIGTERM.",
        discussion: """
            Reads the inputs listed in the configuration file (see `figures init`), each every \
            `every`. SIGTERM finishes the report in hand and exits 0; SIGHUP reopens the alert log \
            (for logrotate); an input that fails is retried less and less often, up to hourly. \
            Logs go to standard error. A systemd unit example is in contrib/figures-watch.service.
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var alertOptions: AlertOptions
    @OptionGroup var configOptions: ConfigOptions

    @Flag(help: "Read each input once, then exit.")
    var once = false

    @Flag(name: .shortAndLong, help: "Log every run, not only problems.")
    var verbose = false

    func validate() throws {
        if configOptions.config == nil {
            throw ValidationError("watch needs --config FILE listing its inputs; `figures init` writes an example")
        }
    }

    func run() async throws {
        var logger = Logger(label: "figures.watch") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = verbose ? .info : .warning
        let service: WatchService
        do {
            guard let configuration = try configOptions.load() else { throw ExitCode(64) }
            guard !configuration.inputs.isEmpty else {
                throw Failure.message("\(configOptions.config!): no inputs: list them under `inputs:`")
            }
            let store = try StoreOptions.open(configuration.database, fallback: self.store)
            if !configuration.sources.isEmpty { try store.install(sources: configuration.sources) }
            let (sinks, logSink) = try alertOptions.sinks(configuration: configuration)
            let ingestor = Ingestor(store: store, options: IngestOptions(rules: configuration.rules), sinks: sinks,
                                    extras: .init(triggers: configuration.triggers), logger: logger)
            service = WatchService(ingestor: ingestor, inputs: configuration.inputs, logSink: logSink, logger: logger,
                                   once: once)
        } catch let error as ExitCode {
            throw error
        } catch {
            Terminal.printError("error: \(error)")
            throw ExitCode(1)
        }
        let group = ServiceGroup(services: [service], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        try await group.run()
    }
}
