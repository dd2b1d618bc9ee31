/// Reads a number typed by a person: "2700", "2,700", "10 000", "1.5 million", "2.7k".
public enum NumberParsing {
    /// The value, or nil when `text` is not one number.
    public static func value(of text: String) -> Double? {
        var words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).map(String.init)
        var scale = 1.0
        if let last = words.last, let factor = scaleWords[last], words.count > 1 {
            scale = factor
            words.removeLast()
        }
        var digits = words.joined()
        if scale == 1, let suffix = digits.last, let factor = scaleSuffixes[suffix] {
            scale = factor
            digits.removeLast()
        }
        guard !digits.isEmpty, digits.first != ",", digits.last != ",",
              digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") }),
              digits.filter({ $0 == "." }).count <= 1 else { return nil }
        if digits.contains(",") {
            // Commas group thousands: every group after the first has three digits.
            let whole = digits.split(separator: ".", omittingEmptySubsequences: false)[0]
            let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
            guard groups.dropFirst().allSatisfy({ $0.count == 3 }), (1...3).contains(groups[0].count) else {
                return nil
            }
        }
        guard let number = Double(digits.replacing(",", with: "")), number.isFinite else { return nil }
        return number * scale
    }

    static let scaleWords: [String: Double] = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    ]

    static let scaleSuffixes: [Character: Double] = ["k": 1_000, "m": 1_000_000]
}
