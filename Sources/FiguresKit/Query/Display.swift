import FiguresExtraction

/// Numbers and hedges as people write them: 2,700, ~10,000, nearly 300, ≥ 100, 10,900–12,000.
public enum Display {
    /// Thousands grouped with commas; a fraction only when there is one (8,750.5).
    public static func grouped(_ value: Double) -> String {
        let rounded = (abs(value) * 10).rounded() / 10
        guard rounded.isFinite, rounded < 1e17 else { return "\(value)" }
        let whole = Int64(rounded.rounded(.down))
        let tenths = Int(((rounded - Double(whole)) * 10).rounded())
        let digits = String(whole)
        var out = value < 0 && rounded > 0 ? "-" : ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return tenths == 0 ? out : out + ".\(tenths)"
    }

    /// A quantity with its hedge; `ascii` writes `>=`, `<=`, `-` for terminals without Unicode.
    public static func quantity(_ q: Quantity, ascii: Bool = false) -> String {
        switch q.qualifier {
        case .exact: grouped(q.value)
        case .approximate: "~" + grouped(q.value)
        case .nearly: "nearly " + grouped(q.value)
        case .atLeast: (ascii ? ">= " : "≥ ") + grouped(q.low ?? q.value)
        case .atMost: (ascii ? "<= " : "≤ ") + grouped(q.high ?? q.value)
        case .range:
            grouped(q.low ?? q.value) + (ascii ? "-" : "–") + grouped(q.high ?? q.value)
        }
    }

    /// A signed change and percentage: "+1,700 (+566.7%)".
    public static func change(_ change: Double?, percent: Double?) -> String {
        guard let change else { return "" }
        var text = signed(change)
        if let percent { text += " (" + signed(percent) + "%)" }
        return text
    }

    /// Grouped with its sign always written: "+200", "-1,500".
    public static func signed(_ value: Double) -> String {
        (value >= 0 ? "+" : "") + grouped(value)
    }
}
