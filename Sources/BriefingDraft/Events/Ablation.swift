import Foundation

/// TEMPORARY (ev2 measurement only): rules named in EV2_OFF are switched off.
enum Ablation {
    static let off: Set<String> = Set((ProcessInfo.processInfo.environment["EV2_OFF"] ?? "").split(separator: ",").map(String.init))
    static func on(_ name: String) -> Bool { !off.contains(name) }
}
