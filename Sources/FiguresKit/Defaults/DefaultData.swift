import FiguresExtraction
import Yams

/// The data that ships inside the binary: `data/sources.yaml`, embedded at build time so
/// that an installed `figures` needs no files beside it.
enum DefaultData {
    static var sourcesYAML: String { String(decoding: PackageResources.sources_yaml, as: UTF8.self) }

    /// Changes whenever the embedded list changes, so that stores reinstall it once.
    static let sourcesStamp: String = {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in PackageResources.sources_yaml {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }()

    static func sources() throws -> [SourceDirectory.Entry] {
        try YAMLDecoder().decode([SourceDirectory.Entry].self, from: sourcesYAML)
    }
}
