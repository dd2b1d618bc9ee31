@testable import FiguresExtraction
import Testing

/// However a word mixes ASCII letters, other bytes and apostrophes, and wherever it stands in
/// the text, its token must carry the hash that `Hashing.hash` gives it.
@Test func tokenHashesMatchTheirWords() {
    let words = ["a", "IS", "Kyiv", "eleven", "thousand", "Thousands", "civilians", "NORTHWESTERN",
                 "internationalisation", "Zürich", "naïve", "São", "Gaziantepʼs", "don't", "O’Neill",
                 "rock'n'roll", "é", "ÉÉÉÉÉÉÉÉÉ", "abcdefgh", "abcdefghi", "abcdefghijklmnop", "2,700", "1.5"]
    for word in words {
        // In the middle of a text and at its very end.
        for text in ["\(word) and more", "x \(word)"] {
            let bytes = Array(text.utf8)
            let token = Tokenizer.tokens(of: bytes, classifying: false).first {
                String(decoding: bytes[Int($0.start)..<Int($0.end)], as: UTF8.self) == word
            }
            #expect(token?.hash == Hashing.hash(word), "\"\(word)\" in \"\(text)\"")
        }
    }
}

/// Two or more capitals and no lower-case ASCII letter make a word all caps.
@Test func allCapsWords() {
    let tokens = Tokenizer.tokens(of: Array("NIS US Us A NORTHWESTERN NORTHWESTERn ÉTATS".utf8), classifying: false)
    #expect(tokens.map(\.isAllCaps) == [true, true, false, false, true, false, true])
}
