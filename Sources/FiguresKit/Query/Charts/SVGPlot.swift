import FiguresExtraction

/// A figure's history as an SVG step chart: one line per source, bounds as translucent
/// bands, revisions ringed and labelled, one panel per series (small multiples).
///
/// Written as plain text by this type: no script, no external reference, every piece of
/// text escaped, so that the output is valid XML and inert wherever it is shown.
public struct SVGPlot: Sendable {
    public var title: String
    /// Width of the whole image, in pixels.
    public var width: Int
    /// Height of each panel, in pixels.
    public var panelHeight: Int

    public static let defaultWidth = 960
    public static let defaultPanelHeight = 340

    public init(title: String, width: Int = SVGPlot.defaultWidth, panelHeight: Int = SVGPlot.defaultPanelHeight) {
        self.title = title
        self.width = max(320, width)
        self.panelHeight = max(160, panelHeight)
    }

    /// A standalone SVG file: an XML declaration, then the `<svg>` element.
    public func document(_ series: [ChartSeries]) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element(series)
    }

    /// The `<svg>` element alone, to place inline in an HTML page.
    public func element(_ series: [ChartSeries]) -> String {
        element(series, colours: SVGPlot.colours(for: series))
    }

    /// The `<svg>` element with colours chosen by the caller, so that a page of several
    /// plots gives each source one colour throughout.
    func element(_ series: [ChartSeries], colours: [String: String]) -> String {
        let legend = legendLayout(series, colours: colours)
        let top = 44 + legend.height
        let height = top + max(1, series.count) * panelHeight + 8

        var out = """
            <svg xmlns="http://www.w3.org/2000/svg" class="figures-plot" width="\(width)" height="\(height)" \
            viewBox="0 0 \(width) \(height)" role="img" \
            font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif">

            """
        out += "<title>\(Markup.escaped(title))</title>\n"
        out += "<rect width=\"\(width)\" height=\"\(height)\" fill=\"#ffffff\"/>\n"
        out += "<text class=\"title\" x=\"16\" y=\"28\" font-size=\"18\" font-weight=\"600\" fill=\"#1a1a1a\">"
            + Markup.escaped(title) + "</text>\n"
        out += legend.markup

        if series.isEmpty {
            out += "<text x=\"16\" y=\"\(top + 40)\" font-size=\"14\" fill=\"#555\">No running totals to plot.</text>\n"
        }
        // Panels share the date axis, so that their times line up, unless that would squeeze
        // one series into a sliver; each panel has its own values.
        let shared = SVGPlot.dateDomain(series)
        let isShared = shared.map { domain in
            let union = max(1, domain.end.daysSinceEpoch - domain.start.daysSinceEpoch)
            return series.allSatisfy { one in
                guard let first = one.firstDay, let last = one.lastDay, first < last else { return true }
                return Double(last.daysSinceEpoch - first.daysSinceEpoch) >= 0.05 * Double(union)
            }
        } ?? false
        for (index, one) in series.enumerated() {
            guard let domain = isShared ? shared : SVGPlot.dateDomain([one]) else { continue }
            out += panel(one, top: top + index * panelHeight, first: domain.start, end: domain.end,
                         colours: colours, titled: series.count > 1)
        }
        out += "</svg>\n"
        return out
    }

    /// The days a date axis spans for `series`: a little room before the first claim, so
    /// that it clears the value axis, and more after the last, so that its level shows; a
    /// lone day sits in the middle.
    static func dateDomain(_ series: [ChartSeries]) -> (start: CalendarDay, end: CalendarDay)? {
        let days = series.flatMap { [$0.firstDay, $0.lastDay].compactMap(\.self) }
        guard let first = days.min(), let last = days.max() else { return nil }
        let span = last.daysSinceEpoch - first.daysSinceEpoch
        return (first.adding(days: span == 0 ? -3 : -max(1, span / 40)),
                last.adding(days: span == 0 ? 3 : max(1, span / 12)))
    }

    // MARK: - Panels

    /// One series; `titled` names it above the plot (a lone panel goes by the image's title).
    private func panel(_ series: ChartSeries, top: Int, first: CalendarDay, end: CalendarDay,
                       colours: [String: String], titled: Bool) -> String {
        var values: [Double] = []
        for point in series.points {
            values.append(point.quantity.value)
            if let low = point.quantity.low { values.append(low) }
            if let high = point.quantity.high { values.append(high) }
        }
        let scale = ValueScale.fitting(values, tickCount: max(3, panelHeight / 60))
        let labels = scale.ticks.map(Display.grouped)
        let labelWidth = labels.map { SVGPlot.textWidth($0, size: 11) }.max() ?? 20
        let left = 16 + labelWidth + 10
        let right = Double(width - 24)
        let plotTop = Double(top + (titled ? 48 : 24)), plotBottom = Double(top + panelHeight - 34)
        let dates = DateScale.fitting(first: first, last: end, room: right - left, gap: 16) {
            SVGPlot.textWidth($0, size: 11)
        }
        func x(_ day: CalendarDay) -> Double { left + dates.fraction(day) * (right - left) }
        func y(_ value: Double) -> Double {
            plotBottom - min(1, max(0, scale.fraction(value))) * (plotBottom - plotTop)
        }

        var out = "<g class=\"panel\" data-figure=\"\(Markup.escaped(series.figure.rawValue))\" "
            + "data-subject=\"\(Markup.escaped(series.subject))\">\n"
        if titled {
            out += "<text class=\"panel-title\" x=\"16\" y=\"\(top + 22)\" font-size=\"14\" font-weight=\"600\" "
                + "fill=\"#1a1a1a\">\(Markup.escaped(series.title))</text>\n"
        }

        // Value grid and labels.
        for (tick, label) in zip(scale.ticks, labels) {
            let ty = y(tick)
            out += "<line x1=\"\(n(left))\" y1=\"\(n(ty))\" x2=\"\(n(right))\" y2=\"\(n(ty))\" "
                + "stroke=\"\(tick == scale.lower ? "#888" : "#e3e3e3")\" stroke-width=\"1\"/>\n"
            out += "<text class=\"y-label\" x=\"\(n(left - 8))\" y=\"\(n(ty + 4))\" font-size=\"11\" "
                + "text-anchor=\"end\" fill=\"#444\">\(Markup.escaped(label))</text>\n"
        }
        // Date ticks and labels.
        for tick in dates.ticks {
            let tx = x(tick.day)
            guard tx >= left - 0.5, tx <= right + 0.5 else { continue }
            out += "<line x1=\"\(n(tx))\" y1=\"\(n(plotBottom))\" x2=\"\(n(tx))\" y2=\"\(n(plotBottom + 5))\" "
                + "stroke=\"#888\" stroke-width=\"1\"/>\n"
            // Labels near either end stay within the panel.
            let half = SVGPlot.textWidth(tick.label, size: 11) / 2
            let lx = min(max(tx, left + half - 8), Double(width) - 8 - half)
            out += "<text class=\"x-label\" x=\"\(n(lx))\" y=\"\(n(plotBottom + 18))\" font-size=\"11\" "
                + "text-anchor=\"middle\" fill=\"#444\">\(Markup.escaped(tick.label))</text>\n"
        }

        let lines = series.lines
        // Bands first, under every line.
        for line in lines {
            let colour = colours[line.source] ?? "#555"
            for (index, point) in line.points.enumerated() {
                let q = point.quantity
                guard q.low != q.high || q.low == nil else { continue }
                let x0 = x(point.day)
                let x1 = index + 1 < line.points.count ? x(line.points[index + 1].day) : right
                let yHigh = q.high.map(y) ?? plotTop, yLow = q.low.map(y) ?? plotBottom
                out += "<rect class=\"band\" x=\"\(n(x0))\" y=\"\(n(yHigh))\" width=\"\(n(max(1, x1 - x0)))\" "
                    + "height=\"\(n(max(1, yLow - yHigh)))\" fill=\"\(colour)\" fill-opacity=\"0.14\"/>\n"
                for (isOpen, edge) in [(q.high == nil, plotTop), (q.low == nil, plotBottom)] where isOpen {
                    out += "<line class=\"open-edge\" x1=\"\(n(x0))\" y1=\"\(n(edge))\" x2=\"\(n(max(x0 + 1, x1)))\" "
                        + "y2=\"\(n(edge))\" stroke=\"\(colour)\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>\n"
                }
            }
        }
        // Step lines.
        for line in lines {
            guard let first = line.points.first else { continue }
            var path = "M\(n(x(first.day))) \(n(y(first.quantity.value)))"
            for point in line.points.dropFirst() {
                path += " H\(n(x(point.day))) V\(n(y(point.quantity.value)))"
            }
            path += " H\(n(right))"
            out += "<path class=\"step\" d=\"\(path)\" fill=\"none\" stroke=\"\(colours[line.source] ?? "#555")\" "
                + "stroke-width=\"2\" stroke-linejoin=\"round\"/>\n"
        }
        // Points, then revisions ringed and labelled with the new value.
        for point in series.points {
            let colour = colours[point.source] ?? "#555"
            out += "<circle class=\"point\" data-claim=\"\(point.claimID)\" cx=\"\(n(x(point.day)))\" "
                + "cy=\"\(n(y(point.quantity.value)))\" r=\"3.5\" fill=\"\(colour)\" stroke=\"#fff\" stroke-width=\"1\">"
                + "<title>\(Markup.escaped(SVGPlot.describe(point)))</title></circle>\n"
        }
        var taken: [(Double, Double, Double)] = []  // label extents already placed: x from, x to, y
        for point in series.points where point.isRevision {
            let colour = colours[point.source] ?? "#555"
            let px = x(point.day), py = y(point.quantity.value)
            out += "<circle class=\"revision\" cx=\"\(n(px))\" cy=\"\(n(py))\" r=\"7.5\" fill=\"none\" "
                + "stroke=\"\(colour)\" stroke-width=\"2\"/>\n"
            let label = Display.quantity(point.quantity)
            let half = SVGPlot.textWidth(label, size: 11.5) / 2 + 2
            let lx = min(max(px, left + half), right - half)
            var ly = py - 13 < plotTop - 14 ? py + 22 : py - 13
            if taken.contains(where: { abs($0.2 - ly) < 13 && lx - half < $0.1 && lx + half > $0.0 }) {
                ly = ly < py ? py + 22 : py - 13
            }
            taken.append((lx - half, lx + half, ly))
            out += "<text class=\"revision-label\" x=\"\(n(lx))\" y=\"\(n(ly))\" font-size=\"11.5\" "
                + "font-weight=\"600\" text-anchor=\"middle\" fill=\"\(colour)\" stroke=\"#fff\" "
                + "stroke-width=\"3\" paint-order=\"stroke\">\(Markup.escaped(label))</text>\n"
        }
        out += "</g>\n"
        return out
    }

    // MARK: - Legend

    private func legendLayout(_ series: [ChartSeries], colours: [String: String]) -> (markup: String, height: Int) {
        var entries: [(swatch: String, label: String)] = []
        var seen: Set<String> = []
        for one in series {
            for source in one.sources where seen.insert(source).inserted {
                entries.append((
                    "<rect x=\"0\" y=\"-9\" width=\"14\" height=\"4\" rx=\"1\" fill=\"\(colours[source] ?? "#555")\"/>",
                    source))
            }
        }
        if series.contains(where: { $0.points.contains(where: \.isRevision) }) {
            entries.append(("<circle cx=\"7\" cy=\"-6\" r=\"5\" fill=\"none\" stroke=\"#555\" stroke-width=\"2\"/>",
                            "revision (labelled with the new value)"))
        }
        if series.contains(where: { $0.points.contains { $0.quantity.low != $0.quantity.high } }) {
            entries.append(("<rect x=\"0\" y=\"-12\" width=\"14\" height=\"10\" fill=\"#555\" fill-opacity=\"0.2\"/>"
                            + "<line x1=\"0\" y1=\"-12\" x2=\"14\" y2=\"-12\" stroke=\"#555\" stroke-dasharray=\"3 2\"/>",
                            "bounds, low to high (dashed: open)"))
        }
        var out = "<g class=\"legend\" font-size=\"12\" fill=\"#333\">\n"
        var (lx, row) = (16.0, 0)
        for entry in entries {
            let entryWidth = 20 + SVGPlot.textWidth(entry.label, size: 12) + 18
            if lx + entryWidth > Double(width - 16), lx > 16 {
                (lx, row) = (16, row + 1)
            }
            out += "<g class=\"legend-entry\" transform=\"translate(\(n(lx)) \(52 + row * 20))\">"
                + entry.swatch + "<text x=\"20\" y=\"-2\">\(Markup.escaped(entry.label))</text></g>\n"
            lx += entryWidth
        }
        out += "</g>\n"
        return (out, entries.isEmpty ? 0 : (row + 1) * 20)
    }

    // MARK: - Pieces

    /// Colours for sources that stay apart for most colour-blind readers (Okabe and Ito,
    /// then Tableau's); the same source has the same colour in every panel.
    static let palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000",
                          "#8C564B", "#7F7F7F", "#BCBD22", "#17BECF", "#9467BD"]

    static func colours(for series: [ChartSeries]) -> [String: String] {
        var colours: [String: String] = [:]
        for one in series {
            for source in one.sources where colours[source] == nil {
                colours[source] = palette[colours.count % palette.count]
            }
        }
        return colours
    }

    /// "19 Dec 2024: nearly 300 (270–300), National Intelligence Service".
    static func describe(_ point: ChartPoint) -> String {
        let q = point.quantity
        var text = "\(point.day.day) \(DateScale.months[point.day.month - 1]) \(point.day.year): "
            + Display.quantity(q)
        if let low = q.low, let high = q.high, low != high, q.qualifier != .range {
            text += " (" + Display.grouped(low) + "–" + Display.grouped(high) + ")"
        }
        text += ", " + point.source
        if let revision = point.revision {
            text += "; revised" + (revision.previous.map { " from " + Display.quantity($0) } ?? "")
        }
        return text
    }

    /// A rough width of `text` in a sans-serif face: enough to lay out labels without
    /// measuring fonts.
    static func textWidth(_ text: String, size: Double) -> Double {
        Double(text.count) * size * 0.6
    }

    /// A coordinate with at most one decimal, without locale.
    func n(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        guard tenths.isFinite else { return "0" }
        let whole = Int(tenths) / 10, fraction = abs(Int(tenths) % 10)
        let sign = tenths < 0 && whole == 0 ? "-" : ""
        return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }
}
