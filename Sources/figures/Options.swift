import ArgumentParser
import FiguresExtraction
import FiguresKit
import Foundation

/// `--db`, shared by every command that opens the store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The SQLite database file (created when missing).",
        discussion: "Default: $FIGURES_DB, else $XDG_DATA_HOME/figures/figures.sqlite, else ~/.local/share/figures/figures.sqlite.",
        valueName: "path"))
    var db: String?

    /// --db, then FIGURES_DB, then the user's data directory.
    var path: String {
        let environment = ProcessInfo.processInfo.environment
        if let db { return db }
        if let path = environment["FIGURES_DB"], !path.isEmpty { return path }
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        return dataHome + "/figures/figures.sqlite"
    }

    func open() throws -> FigureStore {
        do {
            return try FigureStore(path: path)
        } catch {
            throw Failure.message("\(error)")
        }
    }

    /// The store at --db, else the configuration's database, else the usual default.
    static func open(_ configured: String?, fallback: StoreOptions) throws -> FigureStore {
        var options = fallback
        if options.db == nil, let configured, ProcessInfo.processInfo.environment["FIGURES_DB"] == nil {
            options.db = (configured as NSString).expandingTildeInPath
        }
        return try options.open()
    }
}

/// `--subject`, `--since`, `--until`: which claims of a figure, shared by `history` and `plot`.
struct ClaimFilter: ParsableArguments {
    @Option(help: ArgumentHelp("Only this subject, such as north-korean-troops.", valueName: "subject"),
            transform: Parse.subject)
    var subject: String?

    @Option(help: ArgumentHelp("Only claims that hold on or after this date, YYYY-MM-DD.",
                               valueName: "date"), transform: Parse.day)
    var since: CalendarDay?

    @Option(help: ArgumentHelp("Only claims that hold on or before this date, YYYY-MM-DD.",
                               valueName: "date"), transform: Parse.day)
    var until: CalendarDay?

    func validate() throws {
        if let since, let until, since > until {
            throw ValidationError("--since \(since) is after --until \(until)")
        }
    }
}

/// `--format`, shared by every command that lists things.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Output format: table, json (JSON lines) or csv.",
        discussion: "Default: table on a terminal, json otherwise.",
        valueName: "format"))
    var format: OutputFormat?

    @Flag(name: .long, help: "Write >=, <= and - instead of ≥, ≤ and – in tables.")
    var ascii = false

    var resolved: OutputFormat { format ?? (Terminal.isTerminal(.standardOutput) ? .table : .json) }
}

extension OutputFormat: ExpressibleByArgument {}
extension Qualifier: ExpressibleByArgument {}
extension Scope: ExpressibleByArgument {}
extension AlertKind: ExpressibleByArgument {}

/// Parsers for the values users type, each failing with what to type instead (exit 64).
enum Parse {
    static func figure(_ text: String) throws -> FigureKey {
        guard let key = FigureKey(text) else {
            throw ValidationError(
                "'\(text)' is not a figure key: use dotted lower-case words, such as casualties.killed or casualties")
        }
        return key
    }

    static func fullFigure(_ text: String) throws -> FigureKey {
        let key = try figure(text)
        guard !key.isGroup else {
            throw ValidationError("'\(text)' is a group: name a full key, such as \(text).killed")
        }
        return key
    }

    static func day(_ text: String) throws -> CalendarDay {
        guard let day = CalendarDay(iso: text) else {
            throw ValidationError("'\(text)' is not a date: use YYYY-MM-DD, such as 2025-01-13")
        }
        return day
    }

    static func number(_ text: String) throws -> Double {
        guard let value = NumberParsing.value(of: text) else {
            throw ValidationError("'\(text)' is not a number: use digits, such as 2700, 2,700 or 1.5 million")
        }
        return value
    }

    static func alertKinds(_ text: String) throws -> Set<AlertKind> {
        var kinds: Set<AlertKind> = []
        for word in text.split(separator: ",") {
            guard let kind = AlertKind(rawValue: word.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("'\(word)' is not an alert kind: use \(AlertKind.spelledOut), such as revised,new")
            }
            kinds.insert(kind)
        }
        return kinds
    }

    static func subject(_ text: String) throws -> String {
        let slug = Slug.make(text)
        guard !slug.isEmpty else {
            throw ValidationError("'\(text)' is not a subject: use words such as north-korean-troops")
        }
        return slug
    }
}

/// A runtime failure the command reports as `error: ...` with exit status 1.
enum Failure: Error, CustomStringConvertible {
    case message(String)

    var description: String {
        switch self { case .message(let text): text }
    }
}
