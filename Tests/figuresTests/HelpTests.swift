import Foundation
import Testing

/// Help and completion, as a user first meets the command.
@Suite struct HelpTests {
    let figures = FiguresCommand()

    @Test func rootHelpListsEveryCommand() throws {
        let help = try figures.run(["--help"])
        #expect(help.status == 0)
        for command in ["record", "history", "latest", "alerts"] {
            #expect(help.stdout.contains("  \(command)"), "help lacks \(command)")
        }
    }

    /// Every argument of every command has help text, checked through ArgumentParser's own
    /// dump of the command tree, so that a new option without `help:` fails here.
    @Test func everyArgumentOfEveryCommandHasHelp() throws {
        let dump = try figures.run(["--experimental-dump-help"])
        #expect(dump.status == 0)
        let tree = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        var missing: [String] = []
        func visit(_ command: [String: Any], path: String) {
            if (command["abstract"] as? String ?? "").isEmpty { missing.append(path) }
            for argument in command["arguments"] as? [[String: Any]] ?? [] {
                let names = (argument["names"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
                let name = names.first ?? (argument["valueName"] as? String ?? "?")
                if (argument["abstract"] as? String ?? "").isEmpty, argument["shouldDisplay"] as? Bool != false {
                    missing.append("\(path) \(name)")
                }
            }
            // ArgumentParser's own `help` subcommand is not ours to document.
            for sub in command["subcommands"] as? [[String: Any]] ?? [] where sub["commandName"] as? String != "help" {
                visit(sub, path: path + " " + (sub["commandName"] as? String ?? "?"))
            }
        }
        visit(tree["command"] as? [String: Any] ?? [:], path: "figures")
        #expect(missing.isEmpty, "without help: \(missing)")
    }

    @Test(arguments: ["record", "history", "latest", "alerts"])
    func subcommandHelpShowsSharedOptions(command: String) throws {
        let help = try figures.run([command, "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--db <path>"))
    }

    @Test func bashCompletionIsAScript() throws {
        let script = try figures.run(["--generate-completion-script", "bash"])
        #expect(script.status == 0)
        #expect(script.stdout.contains("-F _figures figures"))
        #expect(script.stdout.contains("history"))
    }
}
