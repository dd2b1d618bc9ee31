import ArgumentParser
import FiguresExtraction
import FiguresKit
import Foundation

struct Plot: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw a figure's history as an SVG step chart.",
        discussion: """
            One line per source, the bounds of each claim (low to high) as a band, revisions \
            ringed and labelled with their new value. A group, or a figure with several \
            subjects, gives one panel per series. Only running totals that are not rejected \
            are drawn.

            Examples:
              figures plot casualties.killed --subject north-korean-troops -o killed.svg
              figures plot casualties --since 2025-01-01 --title "Casualties" -o casualties.svg
            """)

    @OptionGroup var store: StoreOptions

    @Argument(help: ArgumentHelp("A figure key or group, such as casualties.killed or casualties.",
                                 valueName: "figure"), transform: Parse.figure)
    var figure: FigureKey

    @Option(name: [.customShort("o"), .long],
            help: ArgumentHelp("The SVG file to write (- for standard output).", valueName: "file"))
    var output: String

    @OptionGroup var filter: ClaimFilter


    @Option(help: ArgumentHelp("The chart's title (default: the figure and subject).", valueName: "text"))
    var title: String?

    @Option(help: ArgumentHelp("The image's width in pixels.", valueName: "pixels"))
    var width: Int = SVGPlot.defaultWidth

    @Option(help: ArgumentHelp("The height of each panel in pixels (one panel per series).", valueName: "pixels"))
    var height: Int = SVGPlot.defaultPanelHeight

    func validate() throws {
        if output.isEmpty { throw ValidationError("-o needs a file name, such as -o killed.svg") }
        if !(320...20_000).contains(width) {
            throw ValidationError("--width \(width) is out of range: give 320 to 20000 pixels, such as --width 960")
        }
        if !(160...10_000).contains(height) {
            throw ValidationError("--height \(height) is out of range: give 160 to 10000 pixels, such as --height 340")
        }
    }

    func run() throws {
        try reportingErrors {
            let store = try store.open()
            let series = try store.chartSeries(
                HistoryQuery(figure: figure, subject: filter.subject, since: filter.since, until: filter.until))
            guard !series.isEmpty else {
                throw Failure.message(
                    "no running totals of \(figure)\(filter.subject.map { " about \($0)" } ?? "") to plot; nothing written")
            }
            let plot = SVGPlot(title: title ?? defaultTitle(series), width: width, panelHeight: height)
            try writeFile(plot.document(series), to: output)
            if output != "-" {
                let points = series.reduce(0) { $0 + $1.points.count }
                Terminal.print("wrote \(output) (\(series.count) panel\(series.count == 1 ? "" : "s"), "
                               + "\(points) claim\(points == 1 ? "" : "s"))")
            }
        }
    }

    private func defaultTitle(_ series: [ChartSeries]) -> String {
        if series.count == 1 { return series[0].title }
        return figure.rawValue + (filter.subject.map { " · " + $0 } ?? "")
    }
}

/// Writes `text` to `path` whole (through a temporary file), or to stdout for `-`;
/// `plot` and `report` share it.
func writeFile(_ text: String, to path: String) throws {
    if path == "-" {
        Terminal.write(Array(text.utf8))
        return
    }
    do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
        throw Failure.message("\(path): cannot write: \((error as NSError).localizedDescription)")
    }
}
