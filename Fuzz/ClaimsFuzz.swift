// A libFuzzer target for the whole claim extractor, the number scanner included: any input
// must give no crash, no hang, and results that keep the invariants below and those of
// Fuzz/Invariants.swift.

let extractor = ClaimExtractor(sources: SourceDirectory([
    .init(name: "National Intelligence Service", aliases: ["NIS", "South Korea's intelligence service"]),
    .init(name: "Kremlin", aliases: ["the Russian presidency"]),
]))

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let length = text.utf8.count

    checkNumbers(in: text)

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
