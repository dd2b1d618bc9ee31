@testable import FiguresKit
import Foundation

/// The intake fixtures beside these tests (`Fixtures/Intake`), found from this file's path.
enum IntakeFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Intake")

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    static func data(_ name: String) throws -> Data { try Data(contentsOf: folder.appendingPathComponent(name)) }

    static func text(_ name: String) throws -> String { String(decoding: try data(name), as: UTF8.self) }

    /// The reports in fixture `name`, read as if from `uri`.
    static func reports(_ name: String, uri: String? = nil, contentType: String? = nil) throws -> [Report] {
        try Intake.reports(in: data(name), uri: uri ?? name, contentType: contentType)
    }
}

/// The IntakeError that `body` throws, or nil when it throws none (or throws another error).
func intakeError<T>(_ body: () throws -> T) -> IntakeError? {
    do {
        _ = try body()
        return nil
    } catch {
        return error as? IntakeError
    }
}

/// The IntakeError that `body` throws, or nil when it throws none (or throws another error).
func intakeError<T>(_ body: () async throws -> T) async -> IntakeError? {
    do {
        _ = try await body()
        return nil
    } catch {
        return error as? IntakeError
    }
}
