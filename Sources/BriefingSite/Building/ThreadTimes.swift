import Foundation

/// CPU seconds of each thread of this process, read from `/proc/self/task` (Linux only):
/// what `BuildTimings` needs to tell a phase that ran on one thread from a parallel one.
enum ThreadTimes {
    /// CPU seconds (user + system) by thread id; nil where the system does not show them.
    static func now() -> [Int: Double]? {
        #if os(Linux)
        guard let tasks = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/task") else { return nil }
        let ticksPerSecond = Double(sysconf(Int32(_SC_CLK_TCK)))
        var times: [Int: Double] = [:]
        for task in tasks {
            guard let id = Int(task), let stat = try? String(contentsOfFile: "/proc/self/task/\(task)/stat", encoding: .utf8),
                  let ticks = cpuTicks(stat: stat) else { continue }
            times[id] = Double(ticks) / ticksPerSecond
        }
        return times
        #else
        return nil
        #endif
    }

    /// User plus system ticks from one `stat` line: its 14th and 15th fields, counted after
    /// the command name in parentheses (which may itself hold spaces).
    static func cpuTicks(stat: String) -> Int? {
        guard let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 12, let user = Int(fields[11]), let system = Int(fields[12]) else { return nil }
        return user + system
    }

    /// The most CPU any one thread used between two readings (a thread born since started at 0).
    static func busiest(from start: [Int: Double]?, to end: [Int: Double]?) -> Double? {
        guard let start, let end else { return nil }
        return end.map { id, seconds in seconds - (start[id] ?? 0) }.max() ?? 0
    }
}
