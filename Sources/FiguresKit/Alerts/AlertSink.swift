import Foundation

/// Where alerts go. Each sink has a key that names it in the outbox, so that an alert it
/// has not acknowledged is delivered to it again on the next run, and to no other sink.
public protocol AlertSink: Sendable {
    /// Stable across runs for the same destination: `stdout:text`, `log:/var/log/figures.jsonl`.
    var key: String { get }
    /// Delivers one alert; `isRetry` when an earlier run may already have delivered it.
    func deliver(_ alert: Alert, isRetry: Bool) throws
    /// Delivers alerts in order, stopping at the first that fails: how many were delivered,
    /// and why the next one was not.
    func deliver(_ alerts: [Alert], isRetry: Bool) -> (delivered: Int, error: (any Error)?)
}

extension AlertSink {
    public func deliver(_ alerts: [Alert], isRetry: Bool) -> (delivered: Int, error: (any Error)?) {
        for (index, alert) in alerts.enumerated() {
            do {
                try deliver(alert, isRetry: isRetry)
            } catch {
                return (index, error)
            }
        }
        return (alerts.count, nil)
    }
}

/// Why a sink could not deliver.
public enum SinkError: Error, CustomStringConvertible {
    case cannotWrite(String, String)
    case commandFailed(String, String)

    public var description: String {
        switch self {
        case let .cannotWrite(path, reason): "\(path): cannot append the alert: \(reason)"
        case let .commandFailed(command, reason): "alert command \(command): \(reason)"
        }
    }
}

/// Standard output, as text or JSON lines; the executable supplies the writer.
public struct StandardOutputSink: AlertSink {
    public enum Style: String, Sendable { case text, json }

    public let style: Style
    private let write: @Sendable (String) -> Void

    public init(style: Style, write: @escaping @Sendable (String) -> Void) {
        self.style = style
        self.write = write
    }

    public var key: String { "stdout:\(style.rawValue)" }

    public func deliver(_ alert: Alert, isRetry: Bool) throws {
        switch style {
        case .text: write(AlertText.lines(alert) + "\n")
        case .json: write(RowWriter.json(Rows.fields(alert)) + "\n")
        }
    }
}

/// Appends JSON lines to a file and syncs them to disk before they count as delivered; reopens the file when told to,
/// after logrotate moved it. A retried alert whose id the file already holds is not written again.
public final class AlertLogSink: AlertSink, @unchecked Sendable {
    public let path: String
    private let lock = NSLock()
    private var descriptor: Int32 = -1
    private var knownIDs: Set<String>?

    public init(path: String) throws {
        self.path = path
        try open()
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    public var key: String { "log:\(path)" }

    /// Closes and opens the file again (SIGHUP after logrotate).
    public func reopen() throws {
        lock.lock()
        defer { lock.unlock() }
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        knownIDs = nil
        try openLocked()
    }

    private func open() throws {
        lock.lock()
        defer { lock.unlock() }
        try openLocked()
    }

    private func openLocked() throws {
        descriptor = Foundation.open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        if descriptor < 0 { throw SinkError.cannotWrite(path, String(cString: strerror(errno))) }
        needsLineBreak = AlertLogSink.endsMidLine(path)
    }

    /// A process killed in the middle of a write can leave half a line: the next alert must
    /// start on a line of its own.
    private var needsLineBreak = false

    static func endsMidLine(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let size = try? handle.seekToEnd(), size > 0 else { return false }
        try? handle.seek(toOffset: size - 1)
        return (try? handle.read(upToCount: 1)) != Data([0x0A])
    }

    public func deliver(_ alert: Alert, isRetry: Bool) throws {
        if let error = deliver([alert], isRetry: isRetry).error { throw error }
    }

    /// Appends the alerts' lines and syncs the file once for all of them: an alert counts as
    /// delivered only once the sync returned.
    public func deliver(_ alerts: [Alert], isRetry: Bool) -> (delivered: Int, error: (any Error)?) {
        lock.lock()
        defer { lock.unlock() }
        var written = 0
        var failure: (any Error)?
        for alert in alerts {
            do {
                try append(alert, isRetry: isRetry)
                written += 1
            } catch {
                failure = error
                break
            }
        }
        if written > 0, fsync(descriptor) != 0 {
            return (0, SinkError.cannotWrite(path, String(cString: strerror(errno))))
        }
        return (written, failure)
    }

    private func append(_ alert: Alert, isRetry: Bool) throws {
        if isRetry {
            if knownIDs == nil { knownIDs = AlertLogSink.ids(inFile: path) }
            if knownIDs!.contains(alert.id) { return }
        }
        let line = Array(((needsLineBreak ? "\n" : "") + RowWriter.json(Rows.fields(alert)) + "\n").utf8)
        needsLineBreak = false
        var offset = 0
        while offset < line.count {
            let written = line.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + offset, line.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                // Whatever part of the line went out, the next one starts on its own line.
                needsLineBreak = offset > 0
                throw SinkError.cannotWrite(path, String(cString: strerror(errno)))
            }
            offset += written
        }
        knownIDs?.insert(alert.id)
    }

    /// The alert ids a log already holds: `"id":"…"` at the start of each line.
    static func ids(inFile path: String) -> Set<String> {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        var ids: Set<String> = []
        // A last line without its line break was cut short: its alert was not delivered.
        var lines = data.split(separator: 0x0A, omittingEmptySubsequences: false)
        if data.last != 0x0A { lines.removeLast() }
        for line in lines {
            let prefix = Array("{\"id\":\"".utf8)
            guard line.starts(with: prefix) else { continue }
            let rest = line.dropFirst(prefix.count)
            if let end = rest.firstIndex(of: UInt8(ascii: "\"")) {
                ids.insert(String(decoding: rest[rest.startIndex..<end], as: UTF8.self))
            }
        }
        return ids
    }
}

/// Runs a command for each alert with the alert as JSON on its standard input. The command
/// is split into words here and run directly: no shell ever sees the alert or the command.
public struct CommandSink: AlertSink {
    public let command: String
    let arguments: [String]
    let executable: URL
    public let timeout: TimeInterval

    /// - Parameter searchPath: the folders to find a bare command name in (the caller's PATH).
    public init(command: String, searchPath: [String], timeout: TimeInterval = 30) throws {
        self.command = command
        self.timeout = timeout
        arguments = CommandSink.words(command)
        guard let name = arguments.first else { throw SinkError.commandFailed(command, "empty command") }
        executable = try CommandSink.executable(name, searchPath: searchPath)
    }

    public var key: String { "exec:\(command)" }

    public func deliver(_ alert: Alert, isRetry: Bool) throws {
        let process = Process()
        process.executableURL = executable
        process.arguments = Array(arguments.dropFirst())
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw SinkError.commandFailed(command, "cannot start: \(error.localizedDescription)")
        }
        input.fileHandleForWriting.write(Data((RowWriter.json(Rows.fields(alert)) + "\n").utf8))
        try? input.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(10_000) }
        if process.isRunning {
            process.terminate()
            throw SinkError.commandFailed(command, "still running after \(Int(timeout)) s")
        }
        guard process.terminationStatus == 0 else {
            throw SinkError.commandFailed(command, "exit status \(process.terminationStatus)")
        }
    }

    /// The command's path: as given when it has a slash, else found on PATH.
    static func executable(_ name: String, searchPath: [String]) throws -> URL {
        if name.contains("/") { return URL(fileURLWithPath: name) }
        for folder in searchPath {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return URL(fileURLWithPath: candidate) }
        }
        throw SinkError.commandFailed(name, "not found on PATH")
    }

    /// Splits like a shell splits words, quotes and backslashes only: `notify --to "a b"`.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in text {
            if escaped {
                word.append(character)
                escaped = false
                inWord = true
            } else if character == "\\" && quote != "'" {
                escaped = true
            } else if let open = quote {
                if character == open { quote = nil } else { word.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
                inWord = true
            } else if character.isWhitespace {
                if inWord { words.append(word) }
                word = ""
                inWord = false
            } else {
                word.append(character)
                inWord = true
            }
        }
        if inWord { words.append(word) }
        return words
    }
}
