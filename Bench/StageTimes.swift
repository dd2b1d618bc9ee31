// Times the stages of extraction that come before the rules, on one core: tokenizing (with
// and without the lexicon), splitting sentences, and scanning numbers. Built and run by
// scripts/bench-stages, compiled with Sources/FiguresExtraction (not a package target).
import Foundation

@main struct StageTimes {
    static func main() {
        guard CommandLine.arguments.count > 1, let data = FileManager.default.contents(atPath: CommandLine.arguments[1]) else {
            FileHandle.standardError.write(Data("usage: stage-times FILE\n".utf8))
            exit(2)
        }
        let bytes = [UInt8](data)
        _ = TokenLexicon.table
        bytes.withUnsafeBufferPointer { buffer in
            var tokens: [Token] = []
            var mentions: [NumberMention] = []
            func time(_ name: String, _ body: () -> Int) {
                var best = Double.infinity
                var count = 0
                for _ in 0..<3 {
                    let start = DispatchTime.now().uptimeNanoseconds
                    count = body()
                    best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
                }
                print(String(format: "| %@ | %.3f | %.1f | %d |", name, best, Double(bytes.count) / best / 1e6, count))
            }
            print("| stage (best of 3) | s | MB/s | items |\n|---|---:|---:|---:|")
            for classifying in [false, true] {
                time(classifying ? "tokenize" : "tokenize, no lexicon") {
                    var n = 0
                    for chunk in Chunks(buffer) {
                        Tokenizer.tokenize(buffer, chunk, into: &tokens, classifying: classifying)
                        n += tokens.count
                    }
                    return n
                }
            }
            time("tokenize + sentences") {
                var n = 0
                for chunk in Chunks(buffer) {
                    Tokenizer.tokenize(buffer, chunk, into: &tokens)
                    n += SentenceSplitter.sentences(tokens).count
                }
                return n
            }
            time("tokenize + sentences + numbers") {
                var n = 0
                for chunk in Chunks(buffer) {
                    Tokenizer.tokenize(buffer, chunk, into: &tokens)
                    let scanner = NumberScanner(tokens: tokens, bytes: buffer)
                    for sentence in SentenceSplitter.sentences(tokens) {
                        scanner.scan(sentence.tokens, into: &mentions, countsOnly: true)
                        n += mentions.count
                    }
                }
                return n
            }
            time("claims (everything)") {
                ClaimExtractor().claims(in: Document(text: String(decoding: bytes, as: UTF8.self), published: nil)).count
            }
        }
    }
}
