import Foundation

/// The built `figures` binary, run as a user runs it.
struct FiguresCommand {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String

        /// Standard output split into lines, without the last empty one.
        var lines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }

        /// Each stdout line parsed as a JSON object.
        var jsonLines: [[String: Any]] {
            lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        }
    }

    /// The binary beside the test bundle, in the same build folder.
    static let executable: URL = {
        let folder = Bundle.main.bundleURL.deletingLastPathComponent()
        for candidate in [folder, Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent().deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("figures")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                return url
            }
        }
        return folder.appendingPathComponent("figures")
    }()

    /// A fresh folder for one test's files.
    static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("figures-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    var environment: [String: String] = [:]

    /// A `figures` process started in the background: a daemon, or one of several runs at once.
    final class Running: @unchecked Sendable {
        let process: Process
        let folder: URL
        let outURL: URL
        let errURL: URL

        init(process: Process, folder: URL) {
            self.process = process
            self.folder = folder
            outURL = folder.appendingPathComponent("stdout")
            errURL = folder.appendingPathComponent("stderr")
        }

        /// Sends SIGTERM.
        func terminate() { process.terminate() }

        /// Sends SIGKILL.
        func kill() { _ = Glibc.kill(process.processIdentifier, SIGKILL) }

        func wait() throws -> Result {
            let status = FiguresCommand.waitForExit(process)
            let result = Result(status: status,
                                stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                                stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
            try? FileManager.default.removeItem(at: folder)
            return result
        }
    }

    /// Starts `figures` without waiting for it. Its output goes to files, not pipes, so that a
    /// child that writes a lot can never block on a full pipe.
    func start(_ arguments: [String], input: String? = nil, environment extra: [String: String] = [:]) throws -> Running {
        let process = Process()
        process.executableURL = FiguresCommand.executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env.removeValue(forKey: "FIGURES_DB")
        for (key, value) in environment.merging(extra, uniquingKeysWith: { $1 }) { env[key] = value }
        process.environment = env
        let running = Running(process: process, folder: FiguresCommand.temporaryFolder())
        _ = FileManager.default.createFile(atPath: running.outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: running.errURL.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: running.outURL)
        process.standardError = try FileHandle(forWritingTo: running.errURL)
        let stdin = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        return running
    }

    /// Waits for `process` and returns its exit status, or the signal that ended it, as
    /// `terminationStatus` does.
    ///
    /// Foundation on Linux can miss the exit of a child started while others start (seen
    /// with six runs at once on a loaded machine): the child stays a zombie and
    /// `waitUntilExit()` never returns. A child that has been a zombie for a second without
    /// Foundation noticing is reaped here instead.
    static func waitForExit(_ process: Process) -> Int32 {
        let pid = process.processIdentifier
        var zombieSince: Date?
        while process.isRunning {
            let state = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8))
                .flatMap { $0.split(separator: ")").last?.split(separator: " ").first }
            if state == "Z" {
                if let since = zombieSince, Date().timeIntervalSince(since) > 1 {
                    var status: Int32 = 0
                    if waitpid(pid, &status, WNOHANG) == pid {
                        let signal = status & 0x7F
                        return signal == 0 ? (status >> 8) & 0xFF : signal
                    }
                }
                zombieSince = zombieSince ?? Date()
            }
            usleep(5_000)
        }
        return process.terminationStatus
    }

    /// Runs `figures` with `arguments`, feeding `input` to its stdin, and waits for it.
    @discardableResult
    func run(_ arguments: [String], input: String? = nil, environment extra: [String: String] = [:]) throws -> Result {
        let running = try start(arguments, input: input, environment: extra)
        return try running.wait()
    }
}
