import FiguresExtraction

/// A figure's history drawn in a terminal: braille dots for the step lines, a letter per
/// source at each claim, bounds as vertical ranges, revisions marked under the date axis.
///
/// The command passes the width and whether the terminal shows Unicode; with `unicode`
/// false every character written is ASCII.
public struct TerminalChart: Sendable {
    /// Columns available; no line written is wider.
    public var width: Int
    /// Rows of the plot itself (the axis, legend and notes come on top of it).
    public var height: Int
    public var unicode: Bool

    /// The narrowest chart drawn; a narrower `width` is raised to it.
    public static let minimumWidth = 24

    public init(width: Int, unicode: Bool, height: Int = 12) {
        self.width = max(TerminalChart.minimumWidth, width)
        self.unicode = unicode
        self.height = max(4, height)
    }

    /// Every series, one chart after another, then the footnote.
    public func render(_ series: [ChartSeries]) -> String {
        var lines: [String] = []
        for (index, one) in series.enumerated() {
            if index > 0 { lines.append("") }
            lines += render(one)
        }
        lines += wrapped(ChartData.footnote)
        return lines.joined(separator: "\n") + "\n"
    }

    /// One series as lines (without newlines), each at most `width` columns.
    public func render(_ series: ChartSeries) -> [String] {
        let glyphs = unicode ? Glyphs.unicode : Glyphs.ascii
        var lines = [fit(series.figure.rawValue + (unicode ? " · " : " - ") + series.subject)]
        guard let firstDay = series.firstDay, let lastDay = series.lastDay else {
            return lines + [fit("  (no totals)")]
        }

        // The value axis: labels on the left, sized by the widest.
        var values: [Double] = []
        for point in series.points {
            values.append(point.quantity.value)
            if let low = point.quantity.low { values.append(low) }
            if let high = point.quantity.high { values.append(high) }
        }
        let scale = ValueScale.fitting(values, tickCount: max(2, height / 3))
        let labels = scale.ticks.map(Display.grouped)
        let labelWidth = labels.map(\.count).max() ?? 1
        let columns = max(8, width - labelWidth - 3)

        // The date axis, with a little room after the last claim so that its level shows;
        // a lone day sits in the middle.
        let span = lastDay.daysSinceEpoch - firstDay.daysSinceEpoch
        let start = span == 0 ? firstDay.adding(days: -3) : firstDay
        let end = lastDay.adding(days: span == 0 ? 3 : max(1, span / 12))
        let dates = DateScale.fitting(first: start, last: end, room: Double(columns), gap: 2) {
            Double($0.count)
        }

        var canvas = Canvas(columns: columns, rows: height, unicode: unicode)
        func x(_ day: CalendarDay) -> Int {
            Int((dates.fraction(day) * Double(canvas.pixelWidth - 1)).rounded())
        }
        func y(_ value: Double) -> Int {
            let fraction = min(1, max(0, scale.fraction(value)))
            return Int(((1 - fraction) * Double(canvas.pixelHeight - 1)).rounded())
        }

        for line in series.lines {
            for (index, point) in line.points.enumerated() {
                let (x0, y0) = (x(point.day), y(point.quantity.value))
                let x1 = index + 1 < line.points.count ? x(line.points[index + 1].day) : canvas.pixelWidth - 1
                canvas.horizontal(y: y0, from: x0, to: x1)
                if index + 1 < line.points.count {
                    canvas.vertical(x: x1, from: y0, to: y(line.points[index + 1].quantity.value))
                }
            }
        }
        // Bounds over the lines, letters over everything.
        for point in series.points {
            let q = point.quantity
            let column = x(point.day) / canvas.scaleX
            let top = q.high.map { y($0) / canvas.scaleY } ?? 0
            let bottom = q.low.map { y($0) / canvas.scaleY } ?? height - 1
            let valueRow = y(q.value) / canvas.scaleY
            guard top < bottom else { continue }
            for row in top...bottom where row != valueRow { canvas.mark(row: row, column: column, glyphs.bound) }
            if q.high == nil, top != valueRow { canvas.mark(row: top, column: column, glyphs.openUp) }
            if q.low == nil, bottom != valueRow { canvas.mark(row: bottom, column: column, glyphs.openDown) }
        }
        let letters = Dictionary(uniqueKeysWithValues: series.sources.enumerated().map { ($1, letter($0)) })
        var collided = false
        for point in series.points {
            let row = y(point.quantity.value) / canvas.scaleY, column = x(point.day) / canvas.scaleX
            let letter = letters[point.source] ?? "*"
            if let existing = canvas.letters[row][column], existing != letter {
                canvas.letters[row][column] = "*"
                collided = true
            } else {
                canvas.letters[row][column] = letter
            }
        }

        // The plot, its value labels on the tick rows.
        var tickLabels: [Int: String] = [:]
        for (tick, label) in zip(scale.ticks, labels) {
            let row = y(tick) / canvas.scaleY
            if tickLabels[row] == nil { tickLabels[row] = label }
        }
        for row in 0..<height {
            let label = tickLabels[row] ?? ""
            let pad = String(repeating: " ", count: labelWidth - label.count)
            lines.append(pad + label + " " + String(tickLabels[row] == nil ? glyphs.axis : glyphs.tick)
                         + canvas.text(row: row, glyphs: glyphs))
        }

        // The date axis: tick marks, then labels that do not overlap.
        let indent = String(repeating: " ", count: labelWidth + 1)
        var axis = Array(repeating: glyphs.rule, count: columns)
        var labelLine = Array(repeating: Character(" "), count: columns)
        var nextFree = 0
        for tick in dates.ticks {
            let column = x(tick.day) / canvas.scaleX
            guard column >= 0, column < columns else { continue }
            axis[column] = glyphs.ruleTick
            let text = Array(tick.label)
            let start = min(max(0, column - text.count / 2), columns - text.count)
            guard start >= nextFree, start >= 0 else { continue }
            for (offset, character) in text.enumerated() { labelLine[start + offset] = character }
            nextFree = start + text.count + 1
        }
        lines.append(indent + String(glyphs.corner) + String(axis))
        lines.append(indent + " " + trimmed(String(labelLine)))

        // Revisions under their dates.
        let revised = series.points.filter(\.isRevision)
        if !revised.isEmpty {
            var strip = Array(repeating: Character(" "), count: columns)
            for point in revised { strip[x(point.day) / canvas.scaleX] = glyphs.revision(point.revision?.direction) }
            lines.append(indent + " " + trimmed(String(strip)))
        }

        // The legend: one source a line, then one revision a line.
        for (index, source) in series.sources.enumerated() {
            let count = series.points.filter { $0.source == source }.count
            lines.append(fit("  \(letter(index))  \(source) (\(count) claim\(count == 1 ? "" : "s"))"))
        }
        if collided { lines.append(fit("  *  several sources at one point")) }
        for point in revised {
            let from = point.revision?.previous.map { Display.quantity($0, ascii: !unicode) + glyphs.arrow } ?? ""
            lines.append(fit("  \(glyphs.revision(point.revision?.direction))  revised \(point.day): "
                             + from + Display.quantity(point.quantity, ascii: !unicode)
                             + " (\(letters[point.source] ?? "*"))"))
        }
        if series.points.contains(where: { $0.quantity.low != $0.quantity.high }) {
            lines.append(fit("  \(glyphs.bound)  bounds, low to high\(unicode ? "; ↑ ↓ open" : "; ^ v open")"))
        }
        return lines
    }

    /// A, B, ... Z, a, ... z, then `*`.
    func letter(_ index: Int) -> Character {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
        return index < letters.count ? letters[index] : "*"
    }

    /// `text` cut to the width (with an ellipsis), in ASCII when Unicode is off, and without
    /// control characters, so that a source's name can never move the cursor or change colours.
    func fit(_ text: String) -> String {
        let text = String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            let isControl = scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
            return isControl || (!unicode && !scalar.isASCII) ? "?" : scalar
        }))
        guard text.count > width else { return text }
        let ellipsis = unicode ? "…" : "..."
        return String(text.prefix(width - ellipsis.count)) + ellipsis
    }

    /// `text` broken at spaces into lines of at most `width` columns.
    func wrapped(_ text: String) -> [String] {
        var lines: [String] = [], line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(fit(line))
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(fit(line)) }
        return lines
    }

    func trimmed(_ text: String) -> String {
        var text = text
        while text.last == " " { text.removeLast() }
        return text
    }
}

/// The characters a chart is drawn with, in Unicode or in ASCII.
struct Glyphs {
    var axis: Character
    var tick: Character
    var corner: Character
    var rule: Character
    var ruleTick: Character
    var bound: Character
    var openUp: Character
    var openDown: Character
    var up: Character
    var down: Character
    var arrow: String

    func revision(_ direction: Direction?) -> Character {
        switch direction {
        case .up: up
        case .down: down
        case nil: up
        }
    }

    static let unicode = Glyphs(axis: "│", tick: "┤", corner: "└", rule: "─", ruleTick: "┬", bound: "┊",
                                openUp: "↑", openDown: "↓", up: "▲", down: "▼", arrow: " → ")
    static let ascii = Glyphs(axis: "|", tick: "+", corner: "+", rule: "-", ruleTick: "+", bound: ":",
                              openUp: "^", openDown: "v", up: "^", down: "v", arrow: " -> ")
}

/// A grid of cells: lines drawn in sub-cell dots (braille: 2 by 4 a cell) or, in ASCII,
/// one dot a cell; marks and letters laid over them.
struct Canvas {
    let columns: Int
    let rows: Int
    let unicode: Bool
    var scaleX: Int { unicode ? 2 : 1 }
    var scaleY: Int { unicode ? 4 : 1 }
    var pixelWidth: Int { columns * scaleX }
    var pixelHeight: Int { rows * scaleY }

    /// Braille dot bits per cell, or in ASCII 1 for a horizontal stroke and 2 for a vertical one.
    var dots: [[UInt8]]
    var marks: [[Character?]]
    var letters: [[Character?]]

    init(columns: Int, rows: Int, unicode: Bool) {
        self.columns = columns
        self.rows = rows
        self.unicode = unicode
        dots = Array(repeating: Array(repeating: 0, count: columns), count: rows)
        marks = Array(repeating: Array(repeating: nil, count: columns), count: rows)
        letters = marks
    }

    /// Bits of the braille dots, by column (0, 1) and row (0 to 3) within a cell.
    static let brailleBits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

    mutating func dot(_ x: Int, _ y: Int, stroke: UInt8) {
        guard x >= 0, y >= 0, x < pixelWidth, y < pixelHeight else { return }
        if unicode {
            dots[y / 4][x / 2] |= Canvas.brailleBits[x % 2][y % 4]
        } else {
            dots[y][x] |= stroke
        }
    }

    mutating func horizontal(y: Int, from x0: Int, to x1: Int) {
        for x in min(x0, x1)...max(x0, x1) { dot(x, y, stroke: 1) }
    }

    mutating func vertical(x: Int, from y0: Int, to y1: Int) {
        // In ASCII the cells where the riser meets its levels stay horizontal strokes.
        let (top, bottom) = unicode ? (min(y0, y1), max(y0, y1)) : (min(y0, y1) + 1, max(y0, y1) - 1)
        guard top <= bottom else { return }
        for y in top...bottom { dot(x, y, stroke: 2) }
    }

    mutating func mark(row: Int, column: Int, _ glyph: Character) {
        guard row >= 0, row < rows, column >= 0, column < columns else { return }
        marks[row][column] = glyph
    }

    func text(row: Int, glyphs: Glyphs) -> String {
        var out = ""
        for column in 0..<columns {
            if let letter = letters[row][column] {
                out.append(letter)
            } else if let mark = marks[row][column] {
                out.append(mark)
            } else if unicode {
                let bits = dots[row][column]
                out.unicodeScalars.append(bits == 0 ? " " : Unicode.Scalar(0x2800 + UInt32(bits))!)
            } else {
                switch dots[row][column] {
                case 0: out.append(" ")
                case 1: out.append("-")
                case 2: out.append("|")
                default: out.append("+")
                }
            }
        }
        while out.last == " " { out.removeLast() }
        return out
    }
}
