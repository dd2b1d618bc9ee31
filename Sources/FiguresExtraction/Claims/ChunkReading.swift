/// One chunk of a long text read on its own, as if nothing came before it: the claims it
/// made, and the carry after each of its first sentences, so that a reading that did know
/// what came before can tell where the two agree again.
///
/// Most of what one sentence hands to the next is gone a few sentences later: the last claim
/// after the next sentence, the last source at the next attribution. So a chunk read from the
/// start of a text reads like the true one after its first few sentences; `join` reads those
/// again, knowing the chunk before, and keeps the rest.
struct ChunkReading: Sendable {
    var claims: [Claim] = []
    var people: [ReportReader.PeopleRef] = []
    /// After each of the first `openingLength` sentences: the carry and how many claims
    /// had been made.
    var checkpoints: [(carry: ReportReader.Carry, claims: Int)] = []
    /// The tokens and sentences of that opening, so that it is read again without
    /// tokenizing the whole chunk again.
    var openingTokens: [Token] = []
    var openingSentences: [Sentence] = []
    /// What the chunk leaves to the next, as read from the start.
    var exit = ReportReader.Carry.start

    /// Sentences kept for reading again; past them, a reading that has not met the one from
    /// the start reads the whole chunk again. The carries of news text agree after a
    /// sentence or two.
    static let openingLength = 32

    /// Every chunk read on its own, `workers` chunks at a time. Each worker reads every
    /// `workers`-th chunk with one reader, so that its token buffer is made once.
    static func readAll(_ chunks: [Range<Int>], of document: Document, bytes buffer: UnsafeBufferPointer<UInt8>,
                        extractor: ClaimExtractor, workers: Int) -> [ChunkReading] {
        let bytes = SharedBytes(buffer)
        let stripes = parallelMap(Array(0..<min(workers, chunks.count))) { worker in
            var reader = ReportReader(extractor: extractor, document: document, bytes: bytes.buffer)
            var readings: [ChunkReading] = []
            for chunk in stride(from: worker, to: chunks.count, by: workers).map({ chunks[$0] }) {
                readings.append(read(chunk, with: &reader))
            }
            return readings
        }
        return chunks.indices.map { stripes[$0 % stripes.count][$0 / stripes.count] }
    }

    private static func read(_ chunk: Range<Int>, with reader: inout ReportReader) -> ChunkReading {
        reader.claims.removeAll()
        reader.people.removeAll()
        Tokenizer.tokenize(reader.bytes, chunk, into: &reader.tokens)
        let sentences = SentenceSplitter.sentences(reader.tokens)
        var reading = ChunkReading()
        reading.openingSentences = Array(sentences.prefix(openingLength))
        // With the tokens after it that a scanner may look at past a sentence's end.
        let openingEnd = min(reader.tokens.count, (reading.openingSentences.last?.tokens.upperBound ?? 0) + 64)
        reading.openingTokens = Array(reader.tokens[..<openingEnd])
        reader.begin(from: .start)
        reader.read(sentences.prefix(openingLength)) { _, carry, claims in
            reading.checkpoints.append((carry, claims))
            return true
        }
        reader.read(sentences.dropFirst(openingLength))
        reading.claims = reader.claims
        reading.people = reader.people
        reading.exit = reader.carry
        return reading
    }
}

extension ReportReader {
    /// The report's claims from its chunks read on their own (`ChunkReading.readAll`): each
    /// chunk's opening is read again where the chunk before hands it something, up to the
    /// sentence after which the two readings agree.
    mutating func join(_ readings: [ChunkReading], chunks: [Range<Int>]) -> [Claim] {
        claims.reserveCapacity(readings.reduce(0) { $0 + $1.claims.count })
        people.reserveCapacity(claims.capacity)
        var carry = Carry.start
        for (chunk, reading) in zip(chunks, readings) {
            guard carry != .start else {
                claims += reading.claims
                people += reading.people
                carry = reading.exit
                continue
            }
            // The opening again, knowing the chunk before, up to where the readings agree.
            var again = ReportReader(extractor: extractor, document: document, bytes: bytes)
            again.tokens = reading.openingTokens
            var agreed: Int?
            again.begin(from: carry)
            again.read(reading.openingSentences[...]) { index, carry, _ in
                guard carry == reading.checkpoints[index].carry else { return true }
                agreed = index
                return false
            }
            if agreed == nil {
                again = ReportReader(extractor: extractor, document: document, bytes: bytes)
                again.read(chunk: chunk, from: carry)
            }
            claims += again.claims
            people += again.people
            if let agreed {
                let from = reading.checkpoints[agreed].claims
                claims += reading.claims[from...]
                people += reading.people[from...]
                carry = reading.exit
            } else {
                carry = again.carry
            }
        }
        return settle()
    }
}

/// A text's bytes, shared read-only by the threads that read its chunks while the text is
/// held (inside `withUTF8`).
struct SharedBytes: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<UInt8>

    init(_ buffer: UnsafeBufferPointer<UInt8>) { self.buffer = buffer }
}
