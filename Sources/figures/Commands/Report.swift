import ArgumentParser
import FiguresExtraction
import FiguresKit

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write one self-contained HTML page: latest values, a chart per figure, the alerts.",
        discussion: """
            The page needs no network and runs no script: its CSS and charts (SVG) are inline. \
            Everything a report said is escaped, and only http(s) and relative links are linked.

            Examples:
              figures report -o figures.html
              figures report --since 2025-01-01 --title "North Korean troops in Kursk" -o kursk.html
            """)

    @OptionGroup var store: StoreOptions

    @Option(name: [.customShort("o"), .long],
            help: ArgumentHelp("The HTML file to write (- for standard output).", valueName: "file"))
    var output: String

    @Option(help: ArgumentHelp("The page's title.", valueName: "text"))
    var title: String = "Figures"

    @Option(help: ArgumentHelp(
        "Only claims that hold, and alerts raised, on or after this date, YYYY-MM-DD (latest values are all shown).",
        valueName: "date"), transform: Parse.day)
    var since: CalendarDay?

    func validate() throws {
        if output.isEmpty { throw ValidationError("-o needs a file name, such as -o figures.html") }
    }

    func run() throws {
        try reportingErrors {
            let store = try store.open()
            let content = try store.reportContent(since: since)
            let page = HTMLReport(title: title, generated: Timestamp.now()).render(content)
            try writeFile(page, to: output)
            if output != "-" {
                Terminal.print("wrote \(output) (\(content.series.count) chart\(content.series.count == 1 ? "" : "s"), "
                               + "\(content.alerts.count) alert\(content.alerts.count == 1 ? "" : "s"))")
            }
        }
    }
}
