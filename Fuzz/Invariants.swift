// The invariants that both fuzz targets check. scripts/fuzz compiles this file, one target's
// file and Sources/FiguresExtraction into one module, so internal API is in reach; a broken
// invariant traps, so that libFuzzer keeps the input.

/// The number scanner's results on `text`: spans in order, inside the text and not empty,
/// each mention's number inside the mention, and sane bounds on every quantity.
func checkNumbers(in text: String) {
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
