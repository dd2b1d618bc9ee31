import ArgumentParser
import FiguresExtraction
import FiguresKit
import Foundation
import Logging

/// Where alerts go, shared by `ingest`, `watch` and `record`.
struct AlertOptions: ParsableArguments {
    @Option(name: .customLong("alerts"), help: ArgumentHelp(
        "Alerts on standard output: text, json (JSON lines) or none.", valueName: "style"))
    var style: AlertStyle?

    @Option(name: .customLong("alert-log"), help: ArgumentHelp(
        "Also append each alert to this file as a JSON line (synced to disk).", valueName: "file"))
    var log: String?

    @Option(name: .customLong("alert-exec"), help: ArgumentHelp(
        "Also run this command for each alert, with the alert as JSON on its standard input (no shell).",
        valueName: "command"))
    var exec: String?

    enum AlertStyle: String, ExpressibleByArgument, CaseIterable { case text, json, none }

    /// The sinks these options and the configuration name; the options win.
    func sinks(configuration: Configuration?) throws -> (sinks: [any AlertSink], log: AlertLogSink?) {
        var sinks: [any AlertSink] = []
        let style = style?.rawValue ?? configuration?.alerts.stdout ?? "text"
        if style != "none", let stdoutStyle = StandardOutputSink.Style(rawValue: style) {
            sinks.append(StandardOutputSink(style: stdoutStyle) { Terminal.write(Array($0.utf8)) })
        }
        var logSink: AlertLogSink?
        if let path = log ?? configuration?.alerts.log {
            let sink = try AlertLogSink(path: path)
            sinks.append(sink)
            logSink = sink
        }
        if let command = exec ?? configuration?.alerts.exec {
            let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
            sinks.append(try CommandSink(command: command, searchPath: path.split(separator: ":").map(String.init)))
        }
        return (sinks, logSink)
    }
}

/// `--config`, shared by `ingest` and `watch`.
struct ConfigOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A configuration file (write one with `figures init`).", valueName: "file"))
    var config: String?

    func load() throws -> Configuration? {
        guard let config else { return nil }
        do {
            return try Configuration.load(path: config)
        } catch {
            throw Failure.message("\(error)")
        }
    }
}

struct Ingest: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Ingest reports, store their claims, and raise alerts when a figure is revised.",
        discussion: """
            Reads files, folders (recursively), - for standard input, and http(s) URLs of pages or \
            feeds: text and Markdown with front matter, HTML, RSS, Atom, JSON Feed, and claims as \
            JSON lines or CSV. The same content twice is stored once; a changed version of a known \
            page or feed item is a new version.

            Prints nothing but alerts, so that cron mails only alerts. Exit status: 0 success; 1 \
            when some inputs failed (each named on stderr; the others are still ingested); 64 usage.

            Crontab example (every 10 minutes, alerts also logged):
              */10 * * * * figures ingest https://example.org/feed.xml /srv/reports --alert-log ~/figures-alerts.jsonl
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var alertOptions: AlertOptions
    @OptionGroup var configOptions: ConfigOptions

    @Argument(help: ArgumentHelp("Files, folders, - for standard input, or http(s) URLs.", valueName: "input"))
    var inputs: [String]

    @Option(help: ArgumentHelp("The subject of reports that name none, such as north-korean-troops.",
                               valueName: "subject"), transform: Parse.subject)
    var subject: String?

    @Flag(name: .customLong("no-revisions"), help: "Store claims without checking them against their series (bulk imports).")
    var noRevisions = false

    @Option(name: .customLong("alert-kinds"), help: ArgumentHelp(
        "The kinds of alert to raise, comma-separated: revised, conflict, new (default: revised,conflict).",
        valueName: "kinds"), transform: Parse.alertKinds)
    var alertKinds: Set<AlertKind>?

    @Option(name: .customLong("max-size"), help: ArgumentHelp("Refuse inputs larger than this many megabytes (default 64).",
                                                             valueName: "MB"))
    var maxSize: Int = 64

    @Flag(name: .shortAndLong, help: "Log what happens to standard error.")
    var verbose = false

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one file, folder, - or URL to ingest") }
        if maxSize <= 0 { throw ValidationError("--max-size takes a positive number of megabytes, such as 64") }
    }

    func run() async throws {
        do {
            let configuration = try configOptions.load()
            let store = try StoreOptions.open(store.db ?? configuration?.database, fallback: store)
            if let configuration, !configuration.sources.isEmpty { try store.install(sources: configuration.sources) }
            let (sinks, _) = try alertOptions.sinks(configuration: configuration)
            var rules = configuration?.rules ?? RevisionRules()
            if let alertKinds { rules.kinds = alertKinds }
            var options = IngestOptions(rules: rules, sizeLimit: maxSize * 1_048_576,
                                        checksRevisions: !noRevisions, defaultSubject: subject)
            options.fetcher = Fetcher(sizeLimit: options.sizeLimit)
            let ingestor = Ingestor(store: store, options: options, sinks: sinks,
                                    extras: .init(triggers: configuration?.triggers ?? [:]),
                                    logger: LogSetup.make(verbose: verbose))
            let summary = try await ingestor.run(inputs.map(IngestInput.init))
            for failure in summary.failures { Terminal.printError("error: \(failure)") }
            for failure in summary.undelivered { Terminal.printError("error: \(failure)") }
            if summary.hasFailures || !summary.undelivered.isEmpty { throw ExitCode(1) }
        } catch let error as ExitCode {
            throw error
        } catch {
            Terminal.printError("error: \(error)")
            throw ExitCode(1)
        }
    }
}

enum LogSetup {
    /// The executable's logger: warnings on stderr, everything with --verbose.
    static func make(verbose: Bool) -> Logger {
        var logger = Logger(label: "figures") { label in StreamLogHandler.standardError(label: label) }
        logger.logLevel = verbose ? .debug : .error
        return logger
    }
}
