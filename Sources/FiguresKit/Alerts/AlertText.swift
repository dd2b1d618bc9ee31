import FiguresExtraction

/// An alert as a person reads it, in one or two lines (cron mails these).
public enum AlertText {
    /// "revised up: casualties.killed north-korean-troops: >= 100 -> nearly 300 (+200, +200%)"
    /// then who said each and when, and the report's title and address.
    public static func lines(_ alert: Alert) -> String {
        let current = alert.current.claim
        let now = Display.quantity(current.quantity, ascii: true)
        var head: String
        switch alert.kind {
        case .revised:
            head = "revised \(alert.direction?.rawValue ?? "")"
        case .new:
            head = "new"
        case .conflict:
            head = "conflict"
        }
        head += ": \(alert.figure) \(alert.subject): "
        if let previous = alert.previous {
            head += Display.quantity(previous.claim.quantity, ascii: true) + " -> " + now
            if alert.kind == .revised, let change = alert.change {
                // "(+200, +200%)": in a sentence the percentage follows the change in one pair.
                head += " (" + Display.signed(change) + (alert.changePercent.map { ", " + Display.signed($0) + "%" } ?? "") + ")"
            }
        } else {
            head += now
        }
        var who = "  " + said(current)
        if let previous = alert.previous {
            who += alert.kind == .conflict ? "; but " : "; was "
            who += said(previous.claim)
        }
        if let report = alert.current.report {
            if let title = report.title { who += " | \"\(title)\"" }
            who += " " + report.uri
        }
        return head + "\n" + who
    }

    static func said(_ claim: Claim) -> String {
        let who = claim.source ?? claim.sourceText.map { "\"\($0)\"" } ?? "unattributed"
        return "\(who), \(claim.asOf)"
    }
}
