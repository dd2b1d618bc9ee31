@testable import FiguresKit
import Testing

/// Content hashes are stored: the digest must be SHA-256's, however the bytes arrive.
@Suite struct SHA256Tests {
    static func digest(_ text: String) -> String {
        var hasher = SHA256Lite()
        hasher.update(Array(text.utf8))
        return hasher.hexDigest()
    }

    @Test func knownVectors() {
        #expect(Self.digest("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(Self.digest("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Self.digest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(Self.digest(String(repeating: "a", count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test(arguments: [1, 7, 63, 64, 65, 129])
    func piecesHashAsTheWhole(piece: Int) {
        let bytes = (0..<1_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        var whole = SHA256Lite()
        whole.update(bytes)
        var pieces = SHA256Lite()
        for start in stride(from: 0, to: bytes.count, by: piece) {
            pieces.update(Array(bytes[start..<min(start + piece, bytes.count)]))
        }
        #expect(pieces.hexDigest() == whole.hexDigest())
    }
}
