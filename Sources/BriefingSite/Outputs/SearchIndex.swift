import Foundation

/// Full-text search by Pagefind, run over the new site before it is swapped in, when the
/// `pagefind` program is installed (PyPI `pagefind-bin`, or its release binary on PATH).
enum SearchIndex {
    static let install = "install Pagefind ('pip install pagefind-bin' and put its 'pagefind' binary on PATH, or set BRIEFING_PAGEFIND to it)"

    static let pagefind: URL? = {
        let environment = ProcessInfo.processInfo.environment
        if let explicit = environment["BRIEFING_PAGEFIND"], FileManager.default.isExecutableFile(atPath: explicit) {
            return URL(fileURLWithPath: explicit)
        }
        for folder in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            for name in ["pagefind", "pagefind_extended"] {
                let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        return nil
    }()

    /// Files the search page links to, which Pagefind writes.
    static let files = ["pagefind/pagefind-ui.js", "pagefind/pagefind-ui.css"]

    struct Failure: Error, CustomStringConvertible { var description: String }

    static func index(_ site: URL, with program: URL) throws {
        let process = Process()
        process.executableURL = program
        process.arguments = ["--site", site.path, "--output-subdir", "pagefind", "--silent"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "Pagefind failed: \(String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))")
        }
    }

    /// Pagefind's filters for a page: its kind, an actor's kind, a dispute's stances.
    static func filters(for page: PlannedPage, in briefing: BriefingModel.Briefing) -> [String] {
        var filters = ["kind:\(page.kind.rawValue)"]
        switch page.kind {
        case .actor:
            if let actor = briefing.actor(page.id) { filters.append("actor kind:\(actor.kind.rawValue)") }
        case .dispute:
            if let dispute = briefing.dispute(page.id) {
                for stance in Set(dispute.positions.map(\.stance)).sorted() { filters.append("stance:\(stance.rawValue)") }
            }
        default: break
        }
        return filters
    }
}

import BriefingModel
