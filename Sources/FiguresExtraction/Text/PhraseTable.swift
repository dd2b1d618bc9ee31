/// Phrases of one or more words, looked up by their token hashes, longest match first.
struct PhraseTable<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        var words: [UInt64]
        var value: Value
    }

    private var byFirstWord: [UInt64: [Entry]] = [:]
    private(set) var longest = 0

    init() {}

    init(_ phrases: [(String, Value)]) {
        for (phrase, value) in phrases { add(phrase, value) }
    }

    init(_ phrases: [String], value: Value) {
        for phrase in phrases { add(phrase, value) }
    }

    /// Adds `phrase`; a phrase added again keeps its first value.
    mutating func add(_ phrase: String, _ value: Value) {
        add(words: Hashing.phrase(phrase), value)
    }

    mutating func add(words: [UInt64], _ value: Value) {
        guard let first = words.first else { return }
        var entries = byFirstWord[first, default: []]
        guard !entries.contains(where: { $0.words == words }) else { return }
        entries.append(Entry(words: words, value: value))
        entries.sort { $0.words.count > $1.words.count }
        byFirstWord[first] = entries
        longest = max(longest, words.count)
    }

    /// The longest phrase that starts at `tokens[index]` and ends before `limit`.
    func match(_ tokens: [Token], at index: Int, limit: Int? = nil) -> (length: Int, value: Value)? {
        guard index >= 0, index < tokens.count, let entries = byFirstWord[tokens[index].hash] else { return nil }
        let end = min(limit ?? tokens.count, tokens.count)
        for entry in entries where index + entry.words.count <= end {
            var matches = true
            for (offset, word) in entry.words.enumerated().dropFirst() where tokens[index + offset].hash != word {
                matches = false
                break
            }
            if matches { return (entry.words.count, entry.value) }
        }
        return nil
    }

    /// The longest phrase that ends just before `tokens[end]` and starts at or after `floor`.
    func match(_ tokens: [Token], endingBefore end: Int, floor: Int = 0) -> (start: Int, value: Value)? {
        var start = max(floor, end - longest)
        while start < end {
            if let found = match(tokens, at: start, limit: end), start + found.length == end {
                return (start, found.value)
            }
            start += 1
        }
        return nil
    }

    func contains(_ tokens: [Token], at index: Int) -> Bool { match(tokens, at: index) != nil }
}
