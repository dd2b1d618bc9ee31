import ArgumentParser
import FiguresKit
import Foundation

/// Standard output and error as the commands use them.
enum Terminal {
    enum Stream { case standardOutput, standardError }

    static func isTerminal(_ stream: Stream) -> Bool {
        isatty(stream == .standardOutput ? STDOUT_FILENO : STDERR_FILENO) == 1
    }

    /// Colour only on a terminal, and never with NO_COLOR set (https://no-color.org).
    static var usesColor: Bool {
        let environment = ProcessInfo.processInfo.environment
        return isTerminal(.standardOutput) && environment["NO_COLOR"].map(\.isEmpty) ?? true
            && environment["TERM"] != "dumb"
    }

    static func write(_ bytes: [UInt8], to stream: Stream = .standardOutput) {
        let fd = stream == .standardOutput ? STDOUT_FILENO : STDERR_FILENO
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return  // a closed pipe (`| head`): nothing more to say
                }
                offset += written
            }
        }
    }

    static func print(_ text: String) { write(Array((text + "\n").utf8)) }

    static func printError(_ text: String) { write(Array((text + "\n").utf8), to: .standardError) }

    /// An output buffer that flushes to standard output.
    static func output() -> OutputBuffer { OutputBuffer { write($0) } }
}

/// Runs a command's body; a failure becomes one `error: ...` line on stderr and exit 1.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ExitCode {
        throw error
    } catch {
        Terminal.printError("error: \(error)")
        throw ExitCode(1)
    }
}
