import ArgumentParser

@main
struct Figures: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "Track the numbers that reports keep revising, and say when one changes.",
        discussion: """
            figures reads reports (text, Markdown, HTML pages, RSS/Atom feeds, JSON/CSV), \
            extracts each numeric claim (how many were killed, wounded, captured, missing, \
            deployed) with its hedge, subject, source and date, keeps every figure's history \
            in SQLite, and raises an alert when a new report revises a figure.

            The database is --db PATH, else $FIGURES_DB, else \
            $XDG_DATA_HOME/figures/figures.sqlite (~/.local/share/figures/figures.sqlite).

            Exit status: 0 success; 1 an input or the database failed (named on stderr); \
            64 usage error.
            """,
        subcommands: [
            Ingest.self, Watch.self, Extract.self, Numbers.self, Record.self, History.self, Latest.self,
            Alerts.self, Reject.self, Confirm.self, Runs.self, Init.self, Plot.self, Report.self,
        ]
    )
}
