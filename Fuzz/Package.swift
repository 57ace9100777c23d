// swift-tools-version:6.0
import Foundation
import PackageDescription

// libFuzzer targets for Briefing, a package of their own so that a normal `swift build`
// of the main package never builds them. Build and run with scripts/fuzz.sh, or:
//
//   swift build --package-path Fuzz --sanitize=fuzzer --sanitize=address --scratch-path .build-fuzz
//
// Each target defines LLVMFuzzerTestOneInput; libFuzzer supplies `main`, so the sources
// are parsed as a library.
let fuzzer: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]
// A path dependency is named after its folder, which is whatever the clone is called.
let mainPackage = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().lastPathComponent
let libraries: [Target.Dependency] = [.product(name: "BriefingLibraries", package: mainPackage)]

let package = Package(
    name: "BriefingFuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(name: "FuzzFrontMatter", dependencies: libraries, swiftSettings: fuzzer),
        .executableTarget(name: "FuzzMarkdown", dependencies: libraries, swiftSettings: fuzzer),
        .executableTarget(name: "FuzzImport", dependencies: libraries, swiftSettings: fuzzer),
    ],
    swiftLanguageModes: [.v6]
)
