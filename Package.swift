// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "figures",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "FiguresExtraction", targets: ["FiguresExtraction"]),
        .library(name: "FiguresKit", targets: ["FiguresKit"]),
        .executable(name: "figures", targets: ["figures"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        // Text in, claims out. Depends on nothing but Foundation, so that it builds in
        // seconds, can be fuzzed alone, and cannot reach the database by accident.
        .target(name: "FiguresExtraction"),
        // libxml2's HTML parser, for pages: a real parser rather than tag stripping.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "FiguresKit",
            dependencies: [
                "FiguresExtraction",
                "CLibXML2",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            resources: [.embedInCode("Defaults/sources.yaml")]
        ),
        .executableTarget(
            name: "figures",
            dependencies: [
                "FiguresKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "FiguresExtractionTests", dependencies: ["FiguresExtraction"]),
        .testTarget(name: "FiguresKitTests", dependencies: ["FiguresKit", .product(name: "Yams", package: "Yams")],
                    exclude: ["Fixtures"]),
        .testTarget(name: "figuresTests", dependencies: ["figures"], exclude: ["Golden"]),
    ]
)
