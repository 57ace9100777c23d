import BriefingModel
import BriefingSite
import Foundation
import Synchronization

/// How the command talks to the person at the terminal: colour only on a terminal and
/// never with NO_COLOR; progress only for builds that take more than a second.
enum Terminal {
    static let isInteractive = isatty(STDERR_FILENO) == 1
    static let usesColor = isInteractive && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) != false
        && ProcessInfo.processInfo.environment["TERM"] != "dumb"

    static func error(_ text: String) -> String { usesColor ? "\u{1B}[1;31m\(text)\u{1B}[0m" : text }

    static func printError(_ text: String) {
        var standardError = FileHandle.standardError
        print(text, to: &standardError)
    }

    /// `path:line:column: error: message`, with "error" in red on a terminal.
    static func show(_ diagnostic: Diagnostic) {
        let text = diagnostic.description
        guard usesColor, let range = text.range(of: ": \(diagnostic.severity.rawValue): ") else { return printError(text) }
        printError(text.replacingCharacters(in: range, with: ": " + error(diagnostic.severity.rawValue) + ": "))
    }
}

/// Prints build progress to standard error: a line rewritten in place on a terminal,
/// plain lines otherwise, and nothing for a build that ends within a second.
final class ProgressPrinter: Sendable {
    enum Verbosity: Sendable { case quiet, normal, verbose }

    private struct State {
        var lastPhase: SiteBuilder.Progress.Phase?
        var lastPrint = Date.distantPast
        var wroteLine = false
    }

    private let start = Date()
    private let verbosity: Verbosity
    private let state = Mutex(State())

    init(verbosity: Verbosity) { self.verbosity = verbosity }

    func update(_ progress: SiteBuilder.Progress) {
        guard verbosity != .quiet else { return }
        let elapsed = Date().timeIntervalSince(start)
        state.withLock { state in
            let newPhase = state.lastPhase != progress.phase
            state.lastPhase = progress.phase
            let counts = progress.total > 0 ? " \(progress.done)/\(progress.total)" : ""
            if verbosity == .verbose && newPhase {
                Terminal.printError(String(format: "[%.2f s] %@%@", elapsed, progress.phase.rawValue, counts))
                return
            }
            guard elapsed > 1 else { return }
            if Terminal.isInteractive {
                guard newPhase || Date().timeIntervalSince(state.lastPrint) > 0.1 else { return }
                state.lastPrint = Date()
                state.wroteLine = true
                FileHandle.standardError.write("\r\u{1B}[2K\(progress.phase.rawValue)\(counts)")
            } else if newPhase {
                Terminal.printError("\(progress.phase.rawValue)\(counts)")
            }
        }
    }

    /// Clears the progress line before the final message.
    func finish() {
        state.withLock { state in
            if state.wroteLine { FileHandle.standardError.write("\r\u{1B}[2K") }
            state.wroteLine = false
        }
    }
}
