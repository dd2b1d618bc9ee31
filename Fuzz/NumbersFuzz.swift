// A libFuzzer target for the number scanner alone (issue 3 asks for a million inputs of it):
// tokenizer, sentence splitter and number scanner, checked by Fuzz/Invariants.swift.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    checkNumbers(in: String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self))
    return 0
}
