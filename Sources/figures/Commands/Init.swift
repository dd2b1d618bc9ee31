import ArgumentParser
import FiguresKit
import Foundation

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a commented example configuration.",
        discussion: "Writes to standard output, or to FILE with -o (never over an existing file without --force).")

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Write this database path into the configuration.", valueName: "path"))
    var db: String?

    @Flag(help: "Replace the file if it exists.")
    var force = false

    func run() throws {
        try reportingErrors {
            var text = Configuration.example + "\n"
            if let db {
                text = text.replacingOccurrences(of: "# database: /var/lib/figures/figures.sqlite", with: "database: \(db)")
            }
            guard let output else {
                Terminal.write(Array(text.utf8))
                return
            }
            if FileManager.default.fileExists(atPath: output), !force {
                throw Failure.message("\(output): exists; add --force to replace it")
            }
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output))
            } catch {
                throw Failure.message("\(output): cannot write: \(error.localizedDescription)")
            }
            Terminal.printError("wrote \(output)")
        }
    }
}
