/// Reads the numeric claims out of a report: each number about a tracked figure, with its
/// hedge, subject, scope, source and date (docs/EXTRACTION.md says how).
public struct ClaimExtractor: Sendable {
    /// Each alias's canonical source, by its index in `canonicalSources`: an attribution
    /// carries the index, so that copying it retains no string.
    let sourceNames: PhraseTable<SourceIndex>
    let canonicalSources: [String]
    let triggers: PhraseTable<Trigger>

    /// - Parameters:
    ///   - sources: the canonical sources and aliases that attributions resolve through.
    ///   - triggers: extra words per figure key, from the configuration.
    public init(sources: SourceDirectory = SourceDirectory(), triggers extra: [FigureKey: [String]] = [:]) {
        var names = PhraseTable<SourceIndex>()
        for (index, entry) in sources.entries.enumerated() {
            for name in [entry.name] + entry.aliases {
                var words = Hashing.phrase(name)
                if words.first == Words.the, words.count > 1 { words.removeFirst() }
                names.add(words: words, SourceIndex(rawValue: Int32(index)))
            }
        }
        sourceNames = names
        canonicalSources = sources.entries.map(\.name)
        triggers = extra.isEmpty ? Triggers.words : Triggers.with(extra)
    }

    /// The claims `document` makes, in text order. With `workers` above 1, a long text's
    /// chunks are read on that many threads at once; the claims are the same as with one.
    public func claims(in document: Document, workers: Int = 1) -> [Claim] {
        claims(in: document, workers: workers, chunkSize: Chunks.target)
    }

    /// The canonical name of a source that an attribution resolved to.
    func name(of source: SourceIndex) -> String { canonicalSources[Int(source.rawValue)] }

    /// `claims(in:workers:)` with chunks of about `chunkSize` bytes (tests make them small).
    func claims(in document: Document, workers: Int, chunkSize: Int) -> [Claim] {
        // The string's own bytes, not a copy: a long text is tens of megabytes.
        var text = document.text
        return text.withUTF8 { buffer in
            var reader = ReportReader(extractor: self, document: document, bytes: buffer)
            let chunks = Array(Chunks(buffer, target: chunkSize))
            guard workers > 1, chunks.count > 1 else { return reader.read(chunks) }
            let readings = ChunkReading.readAll(chunks, of: document, bytes: buffer, extractor: self, workers: workers)
            return reader.join(readings, chunks: chunks)
        }
    }

    /// Every number in `text` with its bounds and span; `all` adds years, dates, money and
    /// the other numbers that are never counts.
    public static func numbers(in text: String, all: Bool = false, workers: Int = 1) -> [RecognisedNumber] {
        var text = text
        return text.withUTF8 { buffer in
            let chunks = Array(Chunks(buffer))
            guard workers > 1, chunks.count > 1 else {
                return chunks.flatMap { numbers(in: $0, of: buffer, all: all) }
            }
            // Numbers carry nothing from one sentence to the next: chunks are independent.
            let bytes = SharedBytes(buffer)
            return parallelMap(chunks) { numbers(in: $0, of: bytes.buffer, all: all) }.flatMap { $0 }
        }
    }

    private static func numbers(in chunk: Range<Int>, of buffer: UnsafeBufferPointer<UInt8>, all: Bool) -> [RecognisedNumber] {
        var found: [RecognisedNumber] = []
        var tokens: [Token] = []
        Tokenizer.tokenize(buffer, chunk, into: &tokens)
        let scanner = NumberScanner(tokens: tokens, bytes: buffer)
        for sentence in SentenceSplitter.sentences(tokens) {
            for mention in scanner.scan(sentence.tokens) where all || mention.kind == .count {
                let span = Int(tokens[mention.written.lowerBound].start)..<Int(tokens[mention.written.upperBound - 1].end)
                found.append(RecognisedNumber(
                    text: String(decoding: UnsafeBufferPointer(rebasing: buffer[span]), as: UTF8.self),
                    span: span, quantity: mention.quantity, kind: mention.kind))
            }
        }
        return found
    }
}

/// Splits a long text into pieces of whole paragraphs (or, in one huge paragraph, whole
/// sentences or words) of about a megabyte, so that tokens never pile up for a whole file.
struct Chunks: Sequence, IteratorProtocol {
    let bytes: UnsafeBufferPointer<UInt8>
    let target: Int
    var position = 0
    static let target = 1 << 20

    init(_ bytes: UnsafeBufferPointer<UInt8>, target: Int = Chunks.target) {
        self.bytes = bytes
        self.target = Swift.max(target, 2)
    }

    mutating func next() -> Range<Int>? {
        guard position < bytes.count else { return nil }
        let start = position
        var end = Swift.min(bytes.count, start + target)
        if end < bytes.count {
            end = boundary(near: end, after: start)
        }
        position = end
        return start..<end
    }

    /// The last blank line before `limit`, else the last sentence end, else the last space,
    /// else `limit` itself (never inside a UTF-8 sequence).
    private func boundary(near limit: Int, after start: Int) -> Int {
        let floor = start + target / 2
        var i = limit
        while i > floor {
            if bytes[i - 1] == 0x0A, bytes[i - 2] == 0x0A { return i }
            i -= 1
        }
        i = limit
        while i > floor {
            if bytes[i - 1] == 0x20, bytes[i - 2] == UInt8(ascii: ".") { return i }
            i -= 1
        }
        i = limit
        while i > floor {
            if bytes[i - 1] == 0x20 || bytes[i - 1] == 0x0A { return i }
            i -= 1
        }
        i = limit
        while i > start + 1, bytes[i] & 0xC0 == 0x80 { i -= 1 }
        return i
    }
}
