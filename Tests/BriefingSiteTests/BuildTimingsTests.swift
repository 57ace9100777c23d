@testable import BriefingSite
import Foundation
import Testing

/// `briefing build --timings`: every phase of a build is timed once, in order, and the
/// thread measure tells work on one thread from work shared between threads.
@Suite struct BuildTimingsTests {
    @Test func aFullBuildTimesEachPhaseOnceInOrder() async throws {
        let root = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let (site, output) = try Fixtures.copy("two-articles", in: root)
        var options = SiteBuilder.Options(site: site, output: output, search: false)
        options.timings = BuildTimings()
        _ = try await SiteBuilder.build(options)
        let names = options.timings?.phases.map(\.name) ?? []
        #expect(names.first == "up-to-date check" && names.last == "up-to-date record")
        for name in ["read and parse files", "merge", "pages (plan, render, write)", "link check", "write", "build cache made (beside the links)", "links", "swap"] {
            #expect(names.count(where: { $0 == name }) == 1, "\(name) in \(names)")
        }
        #expect(names.firstIndex(of: "merge")! < names.firstIndex(of: "pages (plan, render, write)")!)
        #expect(options.timings?.phases.allSatisfy { $0.wall >= 0 && $0.cpu >= 0 } == true)
        #expect(options.timings?.table.split(separator: "\n").last?.hasPrefix("total") == true)
    }

    @Test func aBuildWithoutTimingsRecordsNone() async throws {
        let root = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let (site, output) = try Fixtures.copy("two-articles", in: root)
        let options = SiteBuilder.Options(site: site, output: output, search: false)
        #expect(options.timings == nil)
        _ = try await SiteBuilder.build(options)
    }

    @Test func aThreadsCPUIsReadPastACommandNameWithSpacesAndParentheses() {
        // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime
        let stat = "4242 (briefing (1) x) R 1 2 3 4 5 6 7 8 9 10 120 30 0 0 20 0"
        #expect(ThreadTimes.cpuTicks(stat: stat) == 150)
        #expect(ThreadTimes.cpuTicks(stat: "garbage") == nil)
    }

    @Test func theBusiestThreadCountsAThreadBornDuringThePhaseFromZero() {
        let busiest = ThreadTimes.busiest(from: [1: 2.0, 2: 1.0], to: [1: 2.5, 2: 1.25, 3: 0.75])
        #expect(busiest == 0.75)
        #expect(ThreadTimes.busiest(from: nil, to: [1: 1]) == nil)
    }

    @Test func threadsAreCPUOverTheBusiestThreadAndCoresCPUOverWall() {
        let shared = BuildTimings.Phase(name: "pages", wall: 2, cpu: 3, busiestThread: 1.5)
        #expect(shared.threads == 2 && shared.cores == 1.5)
        let serial = BuildTimings.Phase(name: "merge", wall: 2, cpu: 1, busiestThread: 1)
        #expect(serial.threads == 1 && serial.cores == 0.5)
        #expect(BuildTimings.Phase(name: "idle", wall: 0, cpu: 0, busiestThread: 0).threads == nil)
    }
}
