// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "kosflow",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "kos", targets: ["kos"]),
        .executable(name: "kosd", targets: ["kosd"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.34.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(name: "KosCore"),
        // libcurl is opened at its first use (dlopen), not linked: see Sources/CCurl/include/kos_curl.h.
        .target(name: "CCurl"),
        // The confusable skeleton comes from the ICU that Foundation carries (_FoundationICU).
        .target(name: "CKosICU", linkerSettings: [.linkedLibrary("_FoundationICU")]),
        .target(name: "CKosSys"),
        .target(name: "KosRegex", dependencies: ["KosCore"]),
        // Processes and signals (child programs under a deadline, stop and reload requests): the one importer of CKosSys.
        .target(name: "KosSystem", dependencies: ["CKosSys"]),
        .target(name: "KosRules", dependencies: ["KosCore", "KosRegex", "CKosICU", "KosSystem"]),
        .target(name: "KosYAML", dependencies: ["CYAML", "KosCore"]),
        .target(name: "KosSchedule", dependencies: ["KosCore"]),
        .target(
            name: "KosTemplates",
            dependencies: ["KosCore", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .target(name: "KosDefinitions", dependencies: ["KosCore", "KosYAML", "KosTemplates", "KosRegex"], exclude: ["Packs"]),
        .target(
            name: "KosCLI",
            dependencies: [
                "KosCore", "KosYAML", "KosDefinitions", "KosRules", "KosDelivery", "KosSchedule",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "KosStore",
            dependencies: [
                "KosCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(name: "KosTesting", dependencies: ["KosStore", "KosCore", "KosSystem", "KosEngine", "KosDefinitions"]),
        .target(
            name: "KosDelivery",
            dependencies: ["KosCore", "CCurl", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(
            name: "KosEngine",
            dependencies: [
                "KosCore", "KosStore", "KosRules", "KosTemplates", "KosDelivery", "KosDefinitions", "KosSchedule", "KosSystem",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(
            name: "KosServer",
            dependencies: [
                "KosCore", "KosStore", "KosEngine", "KosDefinitions", "KosRules",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOExtras", package: "swift-nio-extras"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .executableTarget(name: "kos", dependencies: ["KosCLI"]),
        .executableTarget(name: "kos-bench", dependencies: ["KosSchedule", "KosCore"], path: "Benchmarks/Swift"),
        .executableTarget(
            name: "kosd",
            dependencies: [
                "KosCore", "KosDefinitions", "KosStore", "KosEngine", "KosRules", "KosServer", "KosDelivery", "KosSystem",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            // The daemon delivers: it links Debian's libcurl, so the loader maps it at start and `CCurl`'s
            // dlopen finds it there. `kos` does not link it and opens it only when it talks to kosd.
            linkerSettings: [.linkedLibrary("curl")]
        ),
        .testTarget(name: "KosCoreTests", dependencies: ["KosCore", "KosTesting"]),
        .testTarget(name: "KosRegexTests", dependencies: ["KosRegex"]),
        .testTarget(name: "KosScheduleTests", dependencies: ["KosSchedule", "KosCore", "KosTesting"]),
        .testTarget(name: "KosYAMLTests", dependencies: ["KosYAML", "KosCore"]),
        .testTarget(name: "KosDefinitionsTests", dependencies: ["KosDefinitions", "KosYAML", "KosCore", "KosTesting"]),
        .testTarget(name: "KosRulesTests", dependencies: ["KosRules", "KosCore", "KosDefinitions", "KosTesting", "KosSystem"]),
        .testTarget(name: "KosDeliveryTests", dependencies: ["KosDelivery", "KosCore", "KosTesting", .product(name: "Crypto", package: "swift-crypto")]),
        .testTarget(name: "KosEngineTests", dependencies: ["KosEngine", "KosCore", "KosDefinitions", "KosStore", "KosDelivery", "KosServer", "KosTesting",
                                                          .product(name: "Logging", package: "swift-log"),
                                                          .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")]),
        .testTarget(name: "KosdTests", dependencies: ["KosEngine", "KosCore", "KosDefinitions", "KosStore", "KosDelivery", "KosServer", "KosTesting",
                                                     .product(name: "Logging", package: "swift-log")]),
        .testTarget(name: "KosStoreTests", dependencies: ["KosStore", "KosTesting", "KosCore", .product(name: "Crypto", package: "swift-crypto")]),
        .testTarget(name: "KosTemplatesTests", dependencies: ["KosTemplates", "KosCore", "KosTesting", .product(name: "Mustache", package: "swift-mustache")]),
        .testTarget(name: "KosServerTests", dependencies: ["KosServer", "KosCLI", "KosEngine", "KosDefinitions", "KosStore", "KosCore", "KosTesting"]),
        .testTarget(name: "KosCLITests", dependencies: ["KosCLI", "KosDefinitions", "KosCore", "KosStore", "KosTesting"]),
    ],
    swiftLanguageModes: [.v6]
)
