import FiguresExtraction
import Foundation

/// Bytes in, reports out: reads files and standard input, and tells kinds apart by content.
public enum Intake {
    /// Inputs larger than this are refused, whatever their kind.
    public static let defaultSizeLimit = 64 * 1_048_576

    /// The reports in the file at `path` (`-` is standard input).
    public static func reports(atPath path: String, sizeLimit: Int = defaultSizeLimit) throws(IntakeError) -> [Report] {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
            if data.count > sizeLimit { throw .tooLarge("stdin", sizeLimit) }
        } else {
            let handle = try open(path)
            defer { try? handle.close() }
            if let report = try textReport(in: handle, path: path, sizeLimit: sizeLimit) { return [report] }
            data = try read(handle, path: path, sizeLimit: sizeLimit)
        }
        return try reports(in: data, uri: path == "-" ? "stdin" : path)
    }

    /// How many bytes of a file `textReport` reads first to tell its kind and front matter.
    private static let headLength = 1 << 16

    /// The report of a long text file with front matter, its body read straight into the
    /// report's string: reading the file whole, then decoding the body from those bytes, made
    /// a second copy of a file that may run to the size limit. The file's first bytes settle
    /// what `reports(in:uri:)` would tell from them all: not binary (it reads 8 KB), text (a
    /// fence line opens it, so it is neither markup, JSON nor a CSV header), and where the front
    /// matter ends. Nil when they do not (a short file, another kind, a longer header, a file
    /// that grew while read): the caller reads the file whole.
    private static func textReport(in handle: FileHandle, path: String, sizeLimit: Int) throws(IntakeError) -> Report? {
        let fd = handle.fileDescriptor
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(info.st_size)
        guard size > headLength, size <= sizeLimit else { return nil }
        var head = Data(count: headLength)
        let headCount = head.withUnsafeMutableBytes { bytes in
            readFully(fd, into: UnsafeMutableRawBufferPointer(bytes), at: 0)
        }
        guard headCount == headLength, !looksBinary(head),
              let (header, bodyStart) = FrontMatter.split(head), bodyStart < head.endIndex,
              InputKind(of: head, contentType: nil, name: path) == .text
        else { return nil }
        // One byte of room past the size that `fstat` gave: filling it means that the file grew.
        var isComplete = false
        let body = String(unsafeUninitializedCapacity: size - bodyStart + 1) { buffer in
            guard let count = readFully(fd, into: UnsafeMutableRawBufferPointer(buffer), at: bodyStart),
                  count < buffer.count else { return 0 }
            isComplete = true
            return count
        }
        guard isComplete else { return nil }
        return try FrontMatter.report(header: header, body: body, uri: path)
    }

    /// Reads from `fd` at `offset` until `buffer` is full or the file ends: the bytes read, or
    /// nil when reading failed (the whole read that follows says why).
    private static func readFully(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> Int? {
        var count = 0
        while count < buffer.count {
            let read = pread(fd, buffer.baseAddress! + count, buffer.count - count, off_t(offset + count))
            if read < 0, errno == EINTR { continue }
            if read < 0 { return nil }
            if read == 0 { break }
            count += read
        }
        return count
    }

    /// The reports that `data` holds, read from `uri`: its kind is told from the content, with
    /// `contentType` (an HTTP `Content-Type`) and the name's extension deciding only what the
    /// content leaves open.
    public static func reports(in data: Data, uri: String, contentType: String? = nil) throws(IntakeError) -> [Report] {
        if looksBinary(data) { throw .binary(uri) }
        switch InputKind(of: data, contentType: contentType, name: uri) {
        case .html:
            return [try HTMLPage.report(from: data, uri: uri)]
        case .feed:
            return try Feed.reports(from: data, uri: uri)
        case .jsonFeed:
            let json: Any
            do {
                json = try JSONSerialization.jsonObject(with: data)
            } catch {
                throw .malformed(uri, "not valid JSON, so not a JSON Feed; check that the download is complete")
            }
            return try JSONFeed.reports(from: json, uri: uri)
        case .claimLines:
            return try ClaimRecords.reportsFromJSONLines(text(of: data), uri: uri)
        case .claimCSV:
            return try ClaimRecords.reportsFromCSV(text(of: data), uri: uri)
        case .text:
            return [try FrontMatter.report(from: data, uri: uri)]
        }
    }

    /// The files in `folder` and its subfolders, sorted, without hidden files and folders (their
    /// names start with a dot). A file is its own list; a missing path gives none. Symbolic links
    /// to files are listed; links to folders are not followed, so that a loop cannot trap a run.
    public static func files(under folder: String) -> [String] {
        sizedFiles(under: folder).map(\.path)
    }

    /// `files(under:)` with each file's size in bytes, read by the same look at the file.
    static func sizedFiles(under folder: String) -> [(path: String, size: Int)] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: folder, isDirectory: &isDirectory) else { return [] }
        guard isDirectory.boolValue else { return [(folder, size(of: folder))] }
        var files: [(path: String, size: Int)] = []
        var pending = [folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder]
        while let directory = pending.popLast() {
            guard let names = try? manager.contentsOfDirectory(atPath: directory) else { continue }
            for name in names where !name.hasPrefix(".") {
                let path = directory + "/" + name
                let attributes = try? manager.attributesOfItem(atPath: path)
                switch attributes?[.type] as? FileAttributeType {
                case .typeDirectory?:
                    pending.append(path)
                case .typeSymbolicLink?:
                    var target: ObjCBool = false
                    if manager.fileExists(atPath: path, isDirectory: &target), !target.boolValue {
                        files.append((path, size(of: path)))
                    }
                case .typeRegular?:
                    files.append((path, (attributes?[.size] as? Int) ?? 0))
                default:
                    continue
                }
            }
        }
        return files.sorted { $0.path < $1.path }
    }

    /// The size of the file at `path`, through a symbolic link; 0 when it cannot be read.
    private static func size(of path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }

    static func text(of data: Data) -> String {
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    /// The file at `path`, open for reading, or the reason it cannot be read.
    private static func open(_ path: String) throws(IntakeError) -> FileHandle {
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        guard files.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(path, "no such file")
        }
        if isDirectory.boolValue { throw .unreadable(path, "is a directory") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path, "permission denied")
        }
        return handle
    }

    /// The bytes of the file open in `handle`, read from `path`, up to `sizeLimit`.
    private static func read(_ handle: FileHandle, path: String, sizeLimit: Int) throws(IntakeError) -> Data {
        do {
            let data = try handle.read(upToCount: sizeLimit + 1) ?? Data()
            if data.count > sizeLimit { throw IntakeError.tooLarge(path, sizeLimit) }
            return data
        } catch let error as IntakeError {
            throw error
        } catch {
            throw .unreadable(path, error.localizedDescription)
        }
    }

    /// Control bytes other than tabs and line breaks in the first 8 KB, one in ten or more:
    /// an image or an archive, not a report. A stray NUL in text is not enough.
    static func looksBinary(_ data: Data) -> Bool {
        let sample = data.prefix(8192)
        guard !sample.isEmpty else { return false }
        if sample.starts(with: [0x89, 0x50, 0x4E, 0x47]) || sample.starts(with: [0x25, 0x50, 0x44, 0x46])
            || sample.starts(with: [0x50, 0x4B, 0x03, 0x04]) || sample.starts(with: [0x1F, 0x8B])
            || sample.starts(with: [0xFF, 0xD8, 0xFF]) || sample.starts(with: [0x7F, 0x45, 0x4C, 0x46]) {
            return true
        }
        let controls = sample.withUnsafeBytes { bytes in
            var count = 0
            for byte in bytes where byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C {
                count += 1
            }
            return count
        }
        return controls * 10 >= sample.count
    }
}

/// Extraction with the sources and words that figures knows.
public enum Extraction {
    /// The built-in sources (`data/sources.yaml`), plus `extra` from the configuration.
    public static func sources(adding extra: [SourceDirectory.Entry] = []) -> SourceDirectory {
        var directory = SourceDirectory((try? DefaultData.sources()) ?? [])
        for entry in extra { directory.add(entry) }
        return directory
    }
}
