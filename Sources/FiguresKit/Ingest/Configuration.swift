import FiguresExtraction
import Foundation
import Yams

/// The configuration file (YAML): what `figures watch` reads and how often, where alerts
/// go, the revision rules, and the user's own sources and figure words.
public struct Configuration: Sendable, Equatable {
    /// One input of the watch daemon.
    public struct Input: Sendable, Equatable {
        public var input: IngestInput
        /// Seconds between two reads.
        public var interval: TimeInterval
        /// The subject of reports from this input that name none.
        public var subject: String?
    }

    /// Where alerts go.
    public struct Alerts: Sendable, Equatable {
        /// `text`, `json` or `none` on standard output.
        public var stdout: String = "text"
        public var log: String?
        public var exec: String?
    }

    public var database: String?
    public var inputs: [Input] = []
    public var alerts = Alerts()
    public var rules = RevisionRules()
    public var sources: [SourceDirectory.Entry] = []
    /// Extra words for figure keys, new or built in.
    public var triggers: [FigureKey: [String]] = [:]

    public init() {}

    /// Reads the file at `path`; errors name the file and the field.
    public static func load(path: String) throws(ConfigurationError) -> Configuration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .invalid(path, "cannot read the file")
        }
        return try parse(String(decoding: data, as: UTF8.self), path: path)
    }

    public static func parse(_ text: String, path: String) throws(ConfigurationError) -> Configuration {
        let root: [String: Any]
        do {
            guard let loaded = try Yams.load(yaml: text) else { return Configuration() }
            guard let mapping = loaded as? [String: Any] else { throw ConfigurationError.invalid(path, "not a YAML mapping") }
            // A key with nothing after it (everything commented out) means "not set".
            root = mapping.filter { !($0.value is NSNull) }
        } catch let error as ConfigurationError {
            throw error
        } catch {
            throw .invalid(path, "not YAML: \(String(describing: error).split(separator: "\n").first ?? "")")
        }
        var configuration = Configuration()
        let known: Set<String> = ["database", "inputs", "alerts", "sources", "figures"]
        if let unknown = root.keys.first(where: { !known.contains($0) }) {
            throw .invalid(path, "unknown key '\(unknown)' (known: \(known.sorted().joined(separator: ", ")))")
        }
        configuration.database = root["database"].map { "\($0)" }
        for (index, item) in ((root["inputs"] as? [Any]) ?? []).enumerated() {
            configuration.inputs.append(try input(item, at: index, path: path))
        }
        if let alerts = root["alerts"] {
            guard let alerts = alerts as? [String: Any] else { throw .invalid(path, "alerts: expected a mapping") }
            try read(alerts, into: &configuration, path: path)
        }
        for (index, item) in ((root["sources"] as? [Any]) ?? []).enumerated() {
            guard let entry = item as? [String: Any], let name = entry["name"] as? String else {
                throw .invalid(path, "sources[\(index)]: expected name and aliases")
            }
            configuration.sources.append(SourceDirectory.Entry(name: name, aliases: (entry["aliases"] as? [Any])?.map { "\($0)" } ?? []))
        }
        if let figures = root["figures"] {
            guard let figures = figures as? [String: Any] else { throw .invalid(path, "figures: expected key: [words]") }
            for (key, words) in figures {
                guard let figure = FigureKey(key) else {
                    throw .invalid(path, "figures: '\(key)' is not a figure key (dotted lower-case words)")
                }
                configuration.triggers[figure] = (words as? [Any])?.map { "\($0)" } ?? []
            }
        }
        return configuration
    }

    private static func input(_ item: Any, at index: Int, path: String) throws(ConfigurationError) -> Input {
        guard let entry = item as? [String: Any] else { throw .invalid(path, "inputs[\(index)]: expected a mapping") }
        let where_ = (entry["url"] ?? entry["path"]).map { "\($0)" }
        guard let target = where_ else { throw .invalid(path, "inputs[\(index)]: give url: or path:") }
        let every = entry["every"].map { "\($0)" } ?? "15m"
        guard let interval = duration(every) else {
            throw .invalid(path, "inputs[\(index)]: every '\(every)' is not a duration (30s, 15m, 1h)")
        }
        let input = entry["url"] != nil ? IngestInput(target) : .path(target)
        if entry["url"] != nil, case .path = input {
            throw .invalid(path, "inputs[\(index)]: url '\(target)' is not http or https")
        }
        return Input(input: input, interval: interval, subject: entry["subject"].map { Slug.make("\($0)") })
    }

    private static func read(_ alerts: [String: Any], into configuration: inout Configuration, path: String) throws(ConfigurationError) {
        if let stdout = alerts["stdout"] {
            let style = "\(stdout)"
            guard ["text", "json", "none"].contains(style) else { throw .invalid(path, "alerts.stdout: text, json or none") }
            configuration.alerts.stdout = style
        }
        configuration.alerts.log = alerts["log"].map { "\($0)" }
        configuration.alerts.exec = alerts["exec"].map { "\($0)" }
        if let threshold = alerts["threshold"] {
            guard let value = Double("\(threshold)"), value >= 0 else { throw .invalid(path, "alerts.threshold: a fraction such as 0.01") }
            configuration.rules.threshold = value
        }
        if let window = alerts["conflict_window_days"] {
            guard let days = Int("\(window)"), days >= 0 else { throw .invalid(path, "alerts.conflict_window_days: whole days") }
            configuration.rules.conflictWindowDays = days
        }
        if let kinds = alerts["kinds"] {
            configuration.rules.kinds = try kindSet(kinds, field: "alerts.kinds", path: path)
        }
        for (index, item) in ((alerts["rules"] as? [Any]) ?? []).enumerated() {
            guard let entry = item as? [String: Any] else { throw .invalid(path, "alerts.rules[\(index)]: expected a mapping") }
            var rule = RevisionRules.Rule()
            if let key = entry["figure"] {
                guard let figure = FigureKey("\(key)") else { throw .invalid(path, "alerts.rules[\(index)].figure: a figure key or group") }
                rule.figure = figure
            }
            if let threshold = entry["threshold"] {
                guard let value = Double("\(threshold)") else { throw .invalid(path, "alerts.rules[\(index)].threshold: a fraction") }
                rule.threshold = value
            }
            if let direction = entry["direction"] {
                guard let value = Direction(rawValue: "\(direction)") else {
                    throw .invalid(path, "alerts.rules[\(index)].direction: up or down")
                }
                rule.direction = value
            }
            if let minimum = entry["minimum_change"] {
                guard let value = Double("\(minimum)") else { throw .invalid(path, "alerts.rules[\(index)].minimum_change: a number") }
                rule.minimumChange = value
            }
            if let kinds = entry["kinds"] {
                rule.kinds = try kindSet(kinds, field: "alerts.rules[\(index)].kinds", path: path)
            }
            configuration.rules.rules.append(rule)
        }
    }

    private static func kindSet(_ value: Any, field: String, path: String) throws(ConfigurationError) -> Set<AlertKind> {
        var kinds: Set<AlertKind> = []
        for item in (value as? [Any]) ?? [value] {
            guard let kind = AlertKind(rawValue: "\(item)") else {
                throw .invalid(path, "\(field): \(AlertKind.spelledOut)")
            }
            kinds.insert(kind)
        }
        return kinds
    }

    /// "30s", "15m", "1h", "1d", or plain seconds.
    public static func duration(_ text: String) -> TimeInterval? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3_600), ("d", 86_400)]
        for (suffix, factor) in units where trimmed.hasSuffix(suffix) {
            if let number = Double(trimmed.dropLast(suffix.count)), number > 0 { return number * factor }
        }
        if let seconds = Double(trimmed), seconds > 0 { return seconds }
        return nil
    }

    /// What `figures init` writes: every setting, commented.
    public static let example = """
        # figures configuration (YAML). `figures watch --config FILE` reads it; `figures ingest
        # --config FILE` takes its alerts, rules, sources and figure words.

        # The database; --db and FIGURES_DB win over it.
        # database: /var/lib/figures/figures.sqlite

        # What `figures watch` reads, and how often (30s, 15m, 1h). `subject` is the subject
        # of reports that name none.
        inputs:
          - url: https://example.org/news/feed.xml
            every: 15m
            subject: north-korean-troops
          - path: /srv/figures/incoming
            every: 5m

        alerts:
          stdout: text            # text, json or none
          # log: /var/log/figures/alerts.jsonl    # JSON lines, appended and synced
          # exec: /usr/local/bin/notify-figures   # gets each alert as JSON on stdin
          kinds: [revised, conflict]              # add `new` to hear of first claims
          threshold: 0.01                         # a best value 1% away is a revision
          conflict_window_days: 3
          rules:
            # - figure: troops                    # a group or a full key
            #   threshold: 0.05
            #   direction: up                     # up or down only
            #   minimum_change: 100
            #   kinds: [revised]

        # Sources of your own, or more names for the built-in ones.
        sources:
          # - name: Kursk Regional Administration
          #   aliases: [the regional administration, Kursk governor]

        # Words that signal a figure: new keys, or more words for built-in ones.
        figures:
          # casualties.missing: [unaccounted for, not yet found]
        """
}

/// A configuration that cannot be used: names the file and what to write instead.
public enum ConfigurationError: Error, CustomStringConvertible, Equatable {
    case invalid(String, String)

    public var description: String {
        switch self {
        case let .invalid(path, reason): "\(path): \(reason)"
        }
    }
}
