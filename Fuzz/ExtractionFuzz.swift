// A libFuzzer target for the number scanner and the whole claim extractor. scripts/fuzz
// compiles it with Sources/FiguresExtraction into one module, so internal API is in reach.
//
// Any input must give no crash, no hang, and results that keep the invariants below; a broken
// invariant traps, so that libFuzzer keeps the input.

let extractor = ClaimExtractor(sources: SourceDirectory([
    .init(name: "National Intelligence Service", aliases: ["NIS", "South Korea's intelligence service"]),
    .init(name: "Kremlin", aliases: ["the Russian presidency"]),
]))

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let length = text.utf8.count

    var end = 0
    for number in ClaimExtractor.numbers(in: text, all: true) {
        require(number.span.lowerBound >= end && number.span.upperBound <= length,
                "number span \(number.span) overlaps the last one (\(end)) or leaves the text (\(length) bytes)")
        require(!number.span.isEmpty, "empty number span \(number.span)")
        end = number.span.upperBound
        check(number.quantity, "number '\(number.text)'")
    }

    // Each mention's number lies inside the mention: the readers look between the two.
    let bytes = Array(text.utf8)
    let tokens = Tokenizer.tokens(of: bytes)
    bytes.withUnsafeBufferPointer { buffer in
        let scanner = NumberScanner(tokens: tokens, bytes: buffer)
        for sentence in SentenceSplitter.sentences(tokens) {
            for mention in scanner.scan(sentence.tokens) {
                require(mention.tokens.lowerBound <= mention.core.lowerBound && mention.core.upperBound <= mention.tokens.upperBound,
                        "mention \(mention.tokens) has its number at \(mention.core)")
            }
        }
    }

    let document = Document(text: text, published: CalendarDay(year: 2025, month: 3, day: 6),
                            outlet: "Example Wire")
    let claims = extractor.claims(in: document)
    for claim in claims {
        if let span = claim.span {
            require(span.lowerBound >= 0 && span.upperBound <= length, "claim span \(span) leaves the text")
        }
        check(claim.quantity, "claim of \(claim.figure) '\(claim.quote ?? "")'")
    }

    // Cut into small chunks, read on two threads and joined, the text gives the claims of one
    // reader reading the same chunks in turn.
    let chunkSize = 32 + length % 97
    let inTurn = extractor.claims(in: document, workers: 1, chunkSize: chunkSize)
    let joined = extractor.claims(in: document, workers: 2, chunkSize: chunkSize)
    require(joined == inTurn, "chunks of \(chunkSize) bytes: \(joined.count) claims on two threads, \(inTurn.count) in turn")
    return 0
}

/// low <= value <= high, where the bounds are given, and no NaN anywhere.
func check(_ q: Quantity, _ what: @autoclosure () -> String) {
    require(!q.value.isNaN && !(q.low?.isNaN ?? false) && !(q.high?.isNaN ?? false),
            "\(what()): NaN in \(q)")
    require(q.low.map { $0 <= q.value } ?? true, "\(what()): low above value in \(q)")
    require(q.high.map { q.value <= $0 } ?? true, "\(what()): high below value in \(q)")
}

func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}
