import Foundation

/// The wall and CPU time of each phase of a build, for `briefing build --timings`.
/// CPU is the whole process's (every thread). Two measures of how parallel a phase was:
/// CPU over wall (cores kept busy; on a loaded machine it falls for every phase), and, on
/// Linux, CPU over the busiest thread's CPU (threads that shared the work; about 1 for a
/// phase that runs on one thread however loaded the machine is).
public final class BuildTimings: @unchecked Sendable {
    public struct Phase: Sendable, Equatable {
        public var name: String
        public var wall: Double
        public var cpu: Double
        /// CPU seconds of the thread that worked most in the phase; nil where threads cannot be read.
        public var busiestThread: Double?
        /// Cores kept busy on average: CPU seconds per wall second.
        public var cores: Double { wall > 0 ? cpu / wall : 0 }
        /// Threads that shared the work: CPU seconds per busiest thread's CPU seconds.
        public var threads: Double? { busiestThread.flatMap { $0 > 0 ? cpu / $0 : nil } }
    }

    // NSLock rather than Synchronization's Mutex, which ThreadSanitizer cannot see.
    private let lock = NSLock()
    private var recorded: [Phase] = []
    private var last: (wall: Double, cpu: Double, threads: [Int: Double]?)

    public init() { last = (Self.wallNow(), Self.cpuNow(), ThreadTimes.now()) }

    /// Ends the phase that began at the last mark (or at `init`) and names it.
    public func mark(_ name: String) {
        let now = (wall: Self.wallNow(), cpu: Self.cpuNow(), threads: ThreadTimes.now())
        lock.withLock {
            let busiest = ThreadTimes.busiest(from: last.threads, to: now.threads)
            recorded.append(Phase(name: name, wall: now.wall - last.wall, cpu: now.cpu - last.cpu, busiestThread: busiest))
            last = now
        }
    }

    public var phases: [Phase] { lock.withLock { recorded } }

    /// One line per phase, then the total: name, wall seconds, CPU seconds, cores busy.
    public var table: String {
        let phases = self.phases
        let width = max(5, phases.map(\.name.count).max() ?? 0)
        func line(_ name: String, _ wall: Double, _ cpu: Double, _ threads: Double?) -> String {
            let cores = wall > 0 ? cpu / wall : 0
            // Thread times tick in hundredths of a second: too coarse for a phase under 0.1 s.
            let shared = threads.map { cpu >= 0.1 ? String(format: " %5.2f threads", $0) : "" } ?? ""
            return name.padding(toLength: width, withPad: " ", startingAt: 0)
                + String(format: " %8.3f s wall %8.3f s CPU %5.2f cores", wall, cpu, cores) + shared
        }
        var lines = phases.map { line($0.name, $0.wall, $0.cpu, $0.threads) }
        lines.append(line("total", phases.reduce(0) { $0 + $1.wall }, phases.reduce(0) { $0 + $1.cpu }, nil))
        return lines.joined(separator: "\n")
    }

    private static func wallNow() -> Double { clock(CLOCK_MONOTONIC) }
    private static func cpuNow() -> Double { clock(CLOCK_PROCESS_CPUTIME_ID) }

    private static func clock(_ id: clockid_t) -> Double {
        var time = timespec()
        clock_gettime(id, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
