import Foundation
import Testing

/// `briefing build` run as a real process and killed with SIGKILL at random moments: the
/// output is always one whole site (the previous one or the new one), and the next build
/// cleans up and succeeds.
@Suite(.serialized) struct KillTests {
    @Test func killedBuildsLeaveThePreviousOrTheNewTree() async throws {
        let environment = ProcessInfo.processInfo.environment
        let seed = environment["BRIEFING_KILL_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: 0...UInt64.max)
        let rounds = environment["BRIEFING_KILL_ROUNDS"].flatMap { Int($0) } ?? 30
        print("KillTests: seed \(seed), \(rounds) rounds (replay with BRIEFING_KILL_SEED=\(seed))")
        var random = SplitMix64(seed: seed)

        let workspace = try ChangingSite()
        defer { workspace.remove() }
        let references = try await [workspace.referenceTree(.first), workspace.referenceTree(.second)]

        try workspace.write(.first)
        let first = try await BriefingProcess.run(["build", "--site", workspace.site.path, "--output", workspace.output.path, "--quiet"])
        try #require(first.status == 0, "\(first.errors)")
        // The kills are spread over a build's usual length: the middle one of three switches
        // between the versions, as every round makes (a single one could take twice as long,
        // and then every kill came after the build had ended).
        var durations: [Double] = []
        for version in [ChangingSite.Version.second, .first, .second] {
            try workspace.write(version)
            let start = Date()
            let build = try await BriefingProcess.run(["build", "--site", workspace.site.path, "--output", workspace.output.path, "--quiet"])
            try #require(build.status == 0, "\(build.errors)")
            durations.append(Date().timeIntervalSince(start))
        }
        let duration = durations.sorted()[1]
        try #require(snapshot(workspace.output) == references[1])

        var outcomes = (previous: 0, new: 0, afterExit: 0)
        var current = ChangingSite.Version.second
        for round in 1...rounds {
            let target = current.other
            try workspace.write(target)
            // Spread over the whole build, a little past its usual end.
            let delay = Double.random(in: 0...(duration * 1.2), using: &random)
            let killedRunning = try await BriefingProcess.runAndKill(
                ["build", "--site", workspace.site.path, "--output", workspace.output.path, "--quiet"], after: delay)
            let tree = snapshot(workspace.output)
            let context = "round \(round), kill after \(String(format: "%.3f", delay)) s (seed \(seed))"
            if tree == references[current.index] {
                outcomes.previous += 1
            } else if tree == references[target.index] {
                outcomes.new += 1
            } else {
                Issue.record("\(context): the output is neither the previous nor the new site (\(tree.count) files)")
            }
            let next = try await BriefingProcess.run(["build", "--site", workspace.site.path, "--output", workspace.output.path, "--quiet"])
            #expect(next.status == 0, "\(context): the next build failed: \(next.errors)")
            #expect(snapshot(workspace.output) == references[target.index], "\(context): the next build is not the new site")
            #expect(workspace.leftovers.isEmpty, "\(context): leftovers \(workspace.leftovers)")
            current = target
            if !killedRunning { outcomes.afterExit += 1 }
        }
        print("KillTests: \(outcomes.previous) kills left the previous site, \(outcomes.new) the new one, \(outcomes.afterExit) came after the build ended (build takes \(String(format: "%.2f", duration)) s)")
        // Both sides of the swap must have been hit, or the test proved little.
        if rounds >= 10 { #expect(outcomes.previous > 0) }
    }

    /// Two `briefing build` processes of different sites into one output at once: both
    /// succeed, one after the other, and the output is one of the two whole sites.
    @Test func twoBuildProcessesAtOnceDoNotMix() async throws {
        let workspace = try ChangingSite()
        defer { workspace.remove() }
        let references = try await [workspace.referenceTree(.first), workspace.referenceTree(.second)]
        let sites = [workspace.root.appendingPathComponent("reference-first/site"),
                     workspace.root.appendingPathComponent("reference-second/site")]
        for _ in 1...3 {
            let processes = try sites.map { site in
                try BriefingProcess.start(["build", "--site", site.path, "--output", workspace.output.path, "--quiet"])
            }
            for process in processes { try await BriefingProcess.wait(for: process) }
            #expect(processes.allSatisfy { $0.terminationStatus == 0 })
            let tree = snapshot(workspace.output)
            #expect(tree == references[0] || tree == references[1], "two builds at once left a mixed tree")
            #expect(workspace.leftovers.isEmpty)
        }
    }
}

/// A copy of the example site in a temporary folder, switched between two versions: the
/// second changes the article's title (many pages) and adds a static file.
struct ChangingSite {
    enum Version {
        case first, second
        var other: Version { self == .first ? .second : .first }
        var index: Int { self == .first ? 0 : 1 }
    }

    let root = Fixtures.temporaryFolder()
    var site: URL { root.appendingPathComponent("site") }
    var output: URL { root.appendingPathComponent("out/public") }
    private let article: String

    init() throws {
        let manager = FileManager.default
        let site = root.appendingPathComponent("site")
        try manager.createDirectory(at: site, withIntermediateDirectories: true)
        for item in try manager.contentsOfDirectory(atPath: Fixtures.exampleSite.path)
        where item != "public" && !item.hasPrefix(".") {
            try manager.copyItem(at: Fixtures.exampleSite.appendingPathComponent(item), to: site.appendingPathComponent(item))
        }
        article = try String(contentsOf: Self.articleFile(in: site), encoding: .utf8)
    }

    private static func articleFile(in site: URL) -> URL { site.appendingPathComponent("articles/lavrov-pyongyang.md") }

    func write(_ version: Version, in site: URL? = nil) throws {
        let site = site ?? self.site
        let text = version == .first ? article : article.replacingOccurrences(of: "\ntitle: '", with: "\ntitle: 'Changed: ")
        try Data(text.utf8).write(to: Self.articleFile(in: site))
        let extra = site.appendingPathComponent("static/extra.txt")
        if version == .second {
            try Data("only in the second version\n".utf8).write(to: extra)
        } else {
            try? FileManager.default.removeItem(at: extra)
        }
    }

    /// The tree a clean build of `version` writes, from a site folder of its own.
    func referenceTree(_ version: Version) async throws -> [String: Data] {
        let folder = root.appendingPathComponent(version == .first ? "reference-first" : "reference-second")
        let site = folder.appendingPathComponent("site")
        try FileManager.default.copyItem(at: self.site, to: site)
        try write(version, in: site)
        let output = folder.appendingPathComponent("public")
        let result = try await BriefingProcess.run(["build", "--site", site.path, "--output", output.path, "--quiet"])
        try #require(result.status == 0, "reference build failed: \(result.errors)")
        return snapshot(output)
    }

    /// Anything beside the output other than the output and its lock file.
    var leftovers: [String] {
        let parent = output.deletingLastPathComponent()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        // The tree a build replaced, kept with its record for the next build (`SpareTree`), is no leftover.
        let spare = [".\(output.lastPathComponent).spare", ".\(output.lastPathComponent).spare-record"]
        let keptSpare = spare.allSatisfy(names.contains) ? spare : []
        return names.filter { $0 != output.lastPathComponent && $0 != ".\(output.lastPathComponent).lock" && !keptSpare.contains($0) }
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

/// The `briefing` executable built beside the test bundle, run as a child process. Waits
/// poll with `Task.sleep`, so a waiting test never holds one of the few threads the builds
/// in other tests need.
enum BriefingProcess {
    static var executable: URL {
        let bundle = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0])
        return bundle.deletingLastPathComponent().appendingPathComponent("briefing")
    }

    /// Graphviz stays on the path; Pagefind (in .venv/bin) does not, so builds are
    /// byte-for-byte repeatable. `prefix` runs the binary through another program.
    static func start(_ arguments: [String], prefix: [String] = [], errors: URL? = nil) throws -> Process {
        let process = Process()
        if prefix.isEmpty {
            process.executableURL = executable
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: prefix[0])
            process.arguments = Array(prefix.dropFirst()) + [executable.path] + arguments
        }
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = "/usr/local/bin:/usr/bin:/bin"
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        if let errors {
            FileManager.default.createFile(atPath: errors.path, contents: nil)
            process.standardError = try FileHandle(forWritingTo: errors)
        } else {
            process.standardError = FileHandle.nullDevice
        }
        try process.run()
        return process
    }

    static func wait(for process: Process) async throws {
        while process.isRunning { try await Task.sleep(for: .milliseconds(10)) }
    }

    static func run(_ arguments: [String], prefix: [String] = []) async throws -> (status: Int32, errors: String) {
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-errors-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: errors) }
        let process = try start(arguments, prefix: prefix, errors: errors)
        try await wait(for: process)
        return (process.terminationStatus, (try? String(contentsOf: errors, encoding: .utf8)) ?? "")
    }

    /// Kills the process with SIGKILL after `delay` seconds; true if it was still running.
    static func runAndKill(_ arguments: [String], after delay: Double) async throws -> Bool {
        let process = try start(arguments)
        try await Task.sleep(for: .seconds(delay))
        let running = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        try await wait(for: process)
        return running
    }
}

/// A small seeded generator (SplitMix64), so a failing run can be replayed from its seed.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1334_11EB
        return z ^ (z >> 31)
    }
}
