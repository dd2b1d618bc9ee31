import Foundation
import Testing

/// Bad input: exit 64 for usage, exit 1 for a bad database, one line saying what to do.
@Suite struct UsageErrorTests {
    let folder = FiguresCommand.temporaryFolder()
    var db: String { folder.appendingPathComponent("figures.sqlite").path }
    let figures = FiguresCommand()

    @Test(arguments: [
        (["record", "casualties.killed", "three hundred-ish"], "not a number"),
        (["record", "casualties.killed", "300", "--qualifier", "roughly"], "qualifier"),
        (["record", "casualties.killed", "300", "--as-of", "2024-13-45"], "YYYY-MM-DD"),
        (["record", "Casualties Killed", "300"], "figure key"),
        (["record", "casualties", "300"], "full key"),
        (["record", "casualties.killed", "300", "--qualifier", "range"], "--low"),
        (["history", "casualties..killed"], "figure key"),
        (["history", "casualties", "--since", "yesterday"], "YYYY-MM-DD"),
        (["history", "casualties", "--format", "xml"], "format"),
        (["alerts", "--kind", "shouting"], "kind"),
    ])
    func usageErrorsExit64(arguments: [String], expected: String) throws {
        let result = try figures.run(arguments + ["--db", db])
        #expect(result.status == 64, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains(expected), "\(arguments): \(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func aFileThatIsNotADatabaseIsRefusedAndLeftUntouched() throws {
        let path = folder.appendingPathComponent("notes.txt").path
        let content = Data("These are my notes, not a database.\n".utf8)
        _ = FileManager.default.createFile(atPath: path, contents: content)
        let result = try figures.run(["history", "casualties", "--db", path])
        #expect(result.status == 1)
        #expect(result.stderr == "error: \(path): not a figures database (not an SQLite file); name another file with --db\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == content)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func aDatabaseThatCannotBeWrittenIsRefused() throws {
        guard getuid() != 0 else { return }  // root writes everywhere; the check is meaningless then
        try figures.run(["record", "casualties.killed", "1", "--subject", "x", "--db", db, "--format", "json"])
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: db)
        let result = try figures.run(["record", "casualties.killed", "2", "--subject", "x", "--db", db])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: \(db):"))
    }

    @Test func aDirectoryIsNotADatabase() throws {
        let result = try figures.run(["latest", "--db", folder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("is a directory"))
    }

    @Test func aDatabaseFromANewerVersionIsRefused() throws {
        try figures.run(["record", "casualties.killed", "1", "--subject", "x", "--db", db, "--format", "json"])
        // A newer figures would have applied a migration this one does not know.
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [db, "INSERT INTO grdb_migrations VALUES ('v999-from-the-future')"]
        try sqlite.run()
        sqlite.waitUntilExit()
        let result = try figures.run(["latest", "--db", db])
        #expect(result.status == 1)
        #expect(result.stderr.contains("newer version of figures"))
    }
}
