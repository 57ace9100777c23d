// swift-tools-version:6.0
import Foundation
import PackageDescription

// Every default template ships as a resource of BriefingTemplates, so the built
// binary finds them without the repository. SwiftPM caches this manifest's evaluation by
// its text, so a template file added to Templates/ (citation.md.mustache was the last) is
// picked up only once this file changes too.
let templateFiles = ((try? FileManager.default.contentsOfDirectory(
    atPath: Context.packageDirectory + "/Templates")) ?? [])
    .filter { $0.hasSuffix(".mustache") }
    .sorted()

let package = Package(
    name: "Briefing",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "briefing", targets: ["briefing"]),
        .executable(name: "briefing-eval", targets: ["briefing-eval"]),
        // For the fuzz targets in Fuzz/, a package of their own.
        .library(name: "BriefingLibraries", targets: ["BriefingModel", "BriefingRender", "BriefingDraft"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(
            name: "BriefingModel",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "BriefingDraft",
            dependencies: ["BriefingModel", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/gazetteer.json")]
        ),
        .target(
            name: "BriefingTemplates",
            path: "Templates",
            exclude: ["README.md"],
            sources: ["Swift"],
            resources: [.copy("assets")] + templateFiles.map { .copy($0) }
        ),
        .target(
            name: "BriefingRender",
            dependencies: [
                "BriefingModel",
                "CCmark",
                "BriefingTemplates",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "BriefingSite",
            dependencies: ["BriefingModel", "BriefingRender"],
            resources: [.copy("Resources/briefing.schema.json")]
        ),
        .target(
            name: "BriefingServe",
            dependencies: [
                "BriefingSite", "BriefingTemplates",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "briefing",
            dependencies: [
                "BriefingSite",
                "BriefingServe",
                "BriefingDraft",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // mimalloc (Debian's libmimalloc-dev) in place of glibc's malloc: a build makes and
            // frees millions of small strings and arrays on both cores, and glibc's allocator took
            // a fifth of a 10,000-article build; with mimalloc the build needs about a quarter less
            // CPU and a sixth less memory (Benchmarks/README.md, "The allocator").
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]
        ),
        .executableTarget(
            name: "briefing-eval",
            dependencies: ["BriefingDraft", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "BriefingModelTests", dependencies: ["BriefingModel", .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "BriefingDraftTests", dependencies: ["BriefingDraft"]),
        .testTarget(name: "BriefingServeTests", dependencies: ["BriefingServe"]),
        .testTarget(name: "BriefingRenderTests", dependencies: ["BriefingRender"]),
        .testTarget(name: "BriefingSiteTests", dependencies: ["BriefingSite", "BriefingDraft"]),
    ],
    swiftLanguageModes: [.v6]
)
