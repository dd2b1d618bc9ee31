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

/// `Hashing.hash` reads a word in place: it must give what folding the curly apostrophe into
/// a straight one and hashing the lower-cased bytes gives, also where another character of
/// the U+2000 block (a dash, the euro sign) starts as the apostrophe does.
@Test func wordHashFoldsOnlyTheCurlyApostrophe() {
    func reference(_ word: String) -> UInt64 {
        let folded = String(word.map { $0 == "\u{2019}" ? "'" : $0 })
        return folded.utf8.reduce(Hashing.offset) { Hashing.step($0, Hashing.lower($1)) }
    }
    for word in ["", "O’Neill", "’s", "’’", "—’", "’—", "€5", "a—b", "\u{2018}x\u{2019}", "\u{2080}\u{2019}", "Ukraine’s",
                 "e\u{E2}", "don't", "NATO"] {
        #expect(Hashing.hash(word) == reference(word), "\(word)")
        #expect(Hashing.hash(word[...]) == reference(word), "\(word) as a substring")
    }
}

/// "U.S.", "U.N.", "D.C.": capitals each followed by a period are one word with its periods;
/// a single initial, lower-case "a.m." and letters run on past the last period are not.
@Test func initialismsAreOneWord() {
    func words(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return Tokenizer.tokens(of: bytes, classifying: false).map { String(decoding: bytes[Int($0.start)..<Int($0.end)], as: UTF8.self) }
    }
    #expect(words("a U.S. airstrike") == ["a", "U.S.", "airstrike"])
    #expect(words("the U.N. mission, U.S.-led forces") == ["the", "U.N.", "mission", ",", "U.S.", "-", "led", "forces"])
    #expect(words("in the U.S.") == ["in", "the", "U.S."])
    #expect(words("George W. Bush at 10 a.m. today") == ["George", "W", ".", "Bush", "at", "10", "a", ".", "m", ".", "today"])
    #expect(words("U.S.A.F.") == ["U.S.A.F."])
    #expect(words("U.Sx") == ["U", ".", "Sx"])
    let token = Tokenizer.tokens(of: Array("U.S.".utf8), classifying: false)[0]
    #expect(token.hash == Hashing.hash("U.S.") && token.isWord && token.isAllCaps)
}
