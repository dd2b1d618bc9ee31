import FiguresExtraction

/// What the HTML report shows: the current values, the series to chart, the alerts.
public struct ReportContent: Sendable {
    /// The current value of each figure.
    public var latest: [StoredClaim]
    public var series: [ChartSeries]
    /// Oldest first, as the store lists them.
    public var alerts: [Alert]

    public init(latest: [StoredClaim], series: [ChartSeries], alerts: [Alert]) {
        self.latest = latest
        self.series = series
        self.alerts = alerts
    }

    public var isEmpty: Bool { latest.isEmpty && series.isEmpty && alerts.isEmpty }
}

extension FigureStore {
    /// Everything the report shows. `since` limits the charts to claims that hold on or after
    /// it and the alerts to those raised on or after it; the latest values are always all shown.
    public func reportContent(since: CalendarDay? = nil) throws -> ReportContent {
        let latest = try latest()
        var groups: [String] = []
        for stored in latest where !groups.contains(stored.claim.figure.group) {
            groups.append(stored.claim.figure.group)
        }
        var series: [ChartSeries] = []
        for group in groups {
            guard let key = FigureKey(group) else { continue }
            series += try chartSeries(HistoryQuery(figure: key, since: since))
        }
        let alerts = try alerts(AlertQuery(since: since?.description))
        return ReportContent(latest: latest, series: series, alerts: alerts)
    }
}

/// One self-contained HTML page: the latest values, a chart per figure, the alerts with
/// their quotes and reports.
///
/// Inline CSS and inline SVG only: nothing is fetched and there is no script (the page's
/// Content-Security-Policy forbids both). Every piece of text from a report is escaped, and
/// only http(s) and relative links become links.
public struct HTMLReport: Sendable {
    public var title: String
    /// When the page was made (ISO 8601), shown under the title.
    public var generated: String

    public init(title: String = "Figures", generated: String) {
        self.title = title
        self.generated = generated
    }

    public func render(_ content: ReportContent) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
            <meta name="referrer" content="no-referrer">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="figures">
            <title>\(Markup.escaped(title))</title>
            <style>\(HTMLReport.style)</style>
            </head>
            <body>
            <header>
            <h1>\(Markup.escaped(title))</h1>
            <p class="meta">Generated \(Markup.escaped(HTMLReport.readableTime(generated)))</p>
            </header>

            """
        if content.isEmpty {
            out += """
                <main>
                <section class="empty">
                <h2>Nothing yet</h2>
                <p>This database holds no figures yet. Ingest reports with <code>figures ingest PATH</code> \
                or record a claim with <code>figures record FIGURE VALUE</code>, then write this report again.</p>
                </section>
                </main>
                </body>
                </html>

                """
            return out
        }
        out += "<main>\n"
        out += latestSection(content.latest)
        out += chartsSection(content.series)
        out += alertsSection(content.alerts)
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    // MARK: - Sections

    func latestSection(_ latest: [StoredClaim]) -> String {
        var out = "<section id=\"latest\">\n<h2>Latest values</h2>\n"
        guard !latest.isEmpty else { return out + "<p>No running totals yet.</p>\n</section>\n" }
        out += """
            <table class="latest">
            <thead><tr><th>Figure</th><th>Subject</th><th class="num">Value</th><th>As of</th>\
            <th>Source</th><th>Report</th></tr></thead>
            <tbody>

            """
        for stored in latest {
            let claim = stored.claim
            out += "<tr><td class=\"key\">\(e(claim.figure.rawValue))</td><td class=\"key\">\(e(claim.subject))</td>"
                + "<td class=\"num\">\(e(Display.quantity(claim.quantity)))</td>"
                + "<td class=\"key\">\(e(claim.asOf.description))</td><td>\(e(ChartData.sourceLabel(claim)))</td>"
                + "<td>\(stored.report.map(reportLink) ?? "<span class=\"none\">recorded by hand</span>")</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    func chartsSection(_ series: [ChartSeries]) -> String {
        var out = "<section id=\"charts\">\n<h2>Charts</h2>\n"
        guard !series.isEmpty else { return out + "<p>No running totals to chart.</p>\n</section>\n" }
        let colours = SVGPlot.colours(for: series)
        for one in series {
            let plot = SVGPlot(title: one.title, width: 920, panelHeight: 300)
            out += "<figure class=\"chart\">\n" + plot.element([one], colours: colours) + "</figure>\n"
        }
        return out + "<p class=\"note\">\(e(ChartData.footnote))</p>\n</section>\n"
    }

    func alertsSection(_ alerts: [Alert]) -> String {
        var out = "<section id=\"alerts\">\n<h2>Alerts</h2>\n"
        guard !alerts.isEmpty else { return out + "<p>No alerts raised yet.</p>\n</section>\n" }
        out += "<p class=\"meta\">Newest first.</p>\n<ol class=\"timeline\">\n"
        for alert in alerts.reversed() {
            let arrow = alert.direction == .up ? "▲" : alert.direction == .down ? "▼" : ""
            out += "<li class=\"alert \(e(alert.kind.rawValue))\">\n"
            out += "<div class=\"alert-head\"><span class=\"kind\">\(e(alert.kind.rawValue))</span> "
                + "<strong>\(e(alert.figure.rawValue))</strong> · \(e(alert.subject))"
                + " <time>\(e(HTMLReport.readableTime(alert.raised)))</time></div>\n"
            out += "<p class=\"values\">"
            if let previous = alert.previous {
                out += "<span class=\"previous\">\(e(Display.quantity(previous.claim.quantity)))</span> → "
            }
            out += "<span class=\"current\">\(e(Display.quantity(alert.current.claim.quantity)))</span>"
            if alert.change != nil {
                out += " <span class=\"change \(alert.direction?.rawValue ?? "")\">\(arrow) "
                    + "\(e(Display.change(alert.change, percent: alert.changePercent)))</span>"
            }
            out += "</p>\n<div class=\"claims\">\n"
            // A conflict sets two sources side by side; a revision, before and after.
            let roles = alert.kind == .conflict ? ("One source", "Another") : ("Before", "Now")
            if let previous = alert.previous { out += claimBlock(previous, role: roles.0) }
            out += claimBlock(alert.current, role: alert.previous == nil ? "Claim" : roles.1)
            out += "</div>\n</li>\n"
        }
        return out + "</ol>\n</section>\n"
    }

    /// Who said a claim and when, its quote, and its report.
    func claimBlock(_ stored: StoredClaim, role: String) -> String {
        let claim = stored.claim
        var out = "<div class=\"claim\">\n<p class=\"said\"><span class=\"role\">\(e(role))</span> "
            + "<strong>\(e(Display.quantity(claim.quantity)))</strong>, said by "
            + "<span class=\"source\">\(e(ChartData.sourceLabel(claim)))</span>, as of \(e(claim.asOf.description))"
        if let published = stored.report?.published {
            out += "; published \(e(HTMLReport.readableTime(published)))"
        }
        out += "</p>\n"
        if let quote = claim.quote, !quote.isEmpty {
            out += "<blockquote>\(e(quote))</blockquote>\n"
        }
        if let report = stored.report {
            out += "<p class=\"report\">\(reportLink(report))"
            if let outlet = report.outlet, !outlet.isEmpty { out += " · \(e(outlet))" }
            out += "</p>\n"
        } else {
            out += "<p class=\"report\"><span class=\"none\">recorded by hand</span></p>\n"
        }
        return out + "</div>\n"
    }

    /// The report's title (else its URI) as a link when its URI is safe to follow, else as text.
    func reportLink(_ report: ReportReference) -> String {
        let text = e(report.title.flatMap { $0.isEmpty ? nil : $0 } ?? report.uri)
        guard let href = Markup.safeHref(report.uri) else {
            return "<span class=\"uri\" title=\"\(e(report.uri))\">\(text)</span>"
        }
        return "<a href=\"\(href)\" rel=\"noopener noreferrer\">\(text)</a>"
    }

    private func e(_ text: String) -> String { Markup.escaped(text) }

    /// "2025-03-06 10:00 UTC" from "2025-03-06T10:00:00Z"; other text unchanged.
    static func readableTime(_ iso: String) -> String {
        guard iso.count >= 16, CalendarDay(iso: iso) != nil else { return iso }
        let date = iso.prefix(10), time = iso.dropFirst(11).prefix(5)
        return "\(date) \(time)" + (iso.hasSuffix("Z") ? " UTC" : "")
    }

    static let style = """

        :root { color-scheme: light; --ink: #1a1a1a; --muted: #5f6368; --rule: #e3e3e3; --up: #b3261e; --down: #1e6fb3; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
               color: var(--ink); background: #f6f6f4; }
        header, main { max-width: 980px; margin: 0 auto; padding: 0 24px; }
        header { padding-top: 28px; }
        h1 { font-size: 28px; margin: 0 0 4px; }
        h2 { font-size: 20px; margin: 36px 0 12px; border-bottom: 1px solid var(--rule); padding-bottom: 6px; }
        .meta, .note { color: var(--muted); font-size: 13px; margin: 0 0 8px; }
        table.latest { border-collapse: collapse; width: 100%; background: #fff; }
        table.latest th, table.latest td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--rule);
                                           vertical-align: top; }
        table.latest th { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
        .key, .none { white-space: nowrap; }
        .num { text-align: right !important; font-variant-numeric: tabular-nums; white-space: nowrap; }
        figure.chart { margin: 0 0 16px; background: #fff; border: 1px solid var(--rule); border-radius: 6px;
                       overflow-x: auto; }
        figure.chart svg { display: block; max-width: 100%; height: auto; }
        ol.timeline { list-style: none; margin: 0; padding: 0 0 0 18px; border-left: 2px solid var(--rule); }
        li.alert { position: relative; margin: 0 0 18px; padding: 12px 16px; background: #fff;
                   border: 1px solid var(--rule); border-radius: 6px; }
        li.alert::before { content: ""; position: absolute; left: -26px; top: 18px; width: 12px; height: 12px;
                           border-radius: 50%; background: var(--muted); border: 2px solid #f6f6f4; }
        li.alert.revised::before { background: var(--up); }
        .alert-head time { color: var(--muted); font-size: 13px; margin-left: 6px; }
        .kind { display: inline-block; font-size: 11px; text-transform: uppercase; letter-spacing: .05em;
                padding: 1px 6px; border-radius: 3px; background: #eee; color: var(--muted); }
        .revised .kind { background: #fbe9e7; color: var(--up); }
        .conflict .kind { background: #fff4e0; color: #8a5a00; }
        p.values { font-size: 20px; margin: 6px 0; font-variant-numeric: tabular-nums; }
        .previous { color: var(--muted); text-decoration: line-through; }
        .current { font-weight: 600; }
        .change { font-size: 14px; margin-left: 8px; }
        .change.up { color: var(--up); } .change.down { color: var(--down); }
        .claims { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 12px; }
        .claim p { margin: 4px 0; font-size: 14px; }
        .role { font-size: 11px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); margin-right: 4px; }
        blockquote { margin: 6px 0; padding: 4px 10px; border-left: 3px solid var(--rule); color: #333;
                     font-size: 14px; overflow-wrap: anywhere; }
        .report, .uri { font-size: 13px; overflow-wrap: anywhere; }
        .none { color: var(--muted); font-style: italic; }
        .empty { background: #fff; border: 1px solid var(--rule); border-radius: 6px; padding: 8px 20px 16px; margin-top: 24px; }
        code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; background: #f0f0ee; padding: 0 3px; }

        """
}
