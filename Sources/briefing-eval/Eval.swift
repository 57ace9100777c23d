import ArgumentParser
import BriefingDraft
import BriefingModel
import Foundation

/// Drafts every article that has a gold model and prints precision, recall and F1 per
/// category, per article and overall. The scoring rules are in `Evaluator`.
@main
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing-eval",
        abstract: "Measure 'briefing import' against hand-made gold models.",
        discussion: """
        DIR holds articles/<name>.txt and gold/<name>.json (the shape of shared/gold/README.md).

        Example:
          swift run -c release briefing-eval ../shared
          swift run -c release briefing-eval --misses Tests/Fixtures/heldout
          swift run -c release briefing-eval --merged Tests/Fixtures/heldout-q
        """
    )

    @Argument(help: "Folder with articles/ and gold/.", completion: .directory)
    var folder: String = "../shared"

    @Flag(help: "After the table, list every missed, spurious and wrongly dated or attributed item, per article and category.")
    var misses = false

    @Flag(help: "After the table, list every gold dispute side that was lost and why: read right but never paired with its opposing side, read with the wrong stance, given to another actor, or not read at all; then the count of each.")
    var sides = false

    @Flag(help: "After the table, list every drafted dispute that holds opposed sides of two or more gold disputes (it counts as finding one of them only), with the gold questions and its sides; then the count.")
    var merged = false

    @Option(help: "Print the drafted actors, every position the dispute finder read and the drafted disputes of the article with this name (a diagnostic for the dispute rules).")
    var positions: String?

    @Option(help: "With --misses, only these categories (actors, quotes, events, disputes); repeatable.")
    var category: [String] = []

    func run() throws {
        let root = URL(fileURLWithPath: folder, isDirectory: true)
        let goldFolder = root.appendingPathComponent("gold")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: goldFolder.path)) ?? [])
            .filter { $0.hasSuffix(".json") }.sorted()
        guard !names.isEmpty else { throw ValidationError("no gold/*.json in \(root.path)") }

        var total = Evaluator.Report()
        var rows: [(String, Evaluator.Report)] = []
        var losses: [(String, [SideLoss])] = []
        var mergers: [(String, [MergedDispute])] = []
        for name in names {
            let stem = String(name.dropLast(5))
            let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: goldFolder.appendingPathComponent(name)))
            let text = try String(contentsOf: root.appendingPathComponent("articles/\(stem).txt"), encoding: .utf8)
            let published = gold.published.flatMap(BriefingDate.init(parsing:))
            let draft = Drafter.draft(text, published: published)
            let report = Evaluator.score(draft, against: gold)
            if positions == stem { printPositions(draft) }
            rows.append((stem, report))
            if sides { losses.append((stem, Evaluator.sideLosses(draft, positions: Drafter.positions(in: draft.text), against: gold))) }
            if merged { mergers.append((stem, Evaluator.mergedDisputes(draft, against: gold))) }
            total = total + report
        }
        rows.append(("overall", total))

        print(pad("article", 26) + pad("category", 16) + pad("P", 7) + pad("R", 7) + pad("F1", 7) + "found/drafted/gold")
        for (name, report) in rows {
            let lines: [(String, Evaluator.Score, Bool)] = [
                ("actors", report.actors, true), ("quotes", report.quotes, true), ("  speaker right", report.quoteSpeakers, false),
                ("events", report.events, true), ("  date right", report.eventDates, false),
                ("disputes", report.disputes, true), ("  sides", report.disputeSides, true),
            ]
            for (index, line) in lines.enumerated() {
                let (category, score, showsPrecision) = line
                let label = index == 0 ? name : ""
                let precision = showsPrecision ? format(score.precision) : ""
                let f1 = showsPrecision ? format(score.f1) : ""
                print(pad(label, 26) + pad(category, 16) + pad(precision, 7) + pad(format(score.recall), 7) + pad(f1, 7)
                      + "\(score.truePositives)/\(score.drafted)/\(score.gold)")
            }
        }
        if misses { try printMisses(rows.dropLast()) }
        if sides { printSideLosses(losses) }
        if merged { printMergers(mergers) }
    }

    /// Actors with their camps, positions sentence by sentence, then the disputes.
    func printPositions(_ draft: Draft) {
        print("== actors")
        for actor in draft.actors {
            print("  \(actor.name) [\(actor.kind.rawValue)]" + (actor.affiliation.map { " of \($0)" } ?? "") + (actor.role.map { ", \($0)" } ?? "") + (actor.aliases.isEmpty ? "" : " aka " + actor.aliases.joined(separator: " | ")))
        }
        print("== positions")
        for side in Drafter.positions(in: draft.text) {
            print("  p\(side.source.paragraph) s\(side.source.sentence ?? -1) \(side.actor) \(side.stance.rawValue): \(side.statement.prefix(110))")
        }
        print("== disputes")
        for dispute in draft.disputes {
            print("  \(dispute.question)")
            for side in dispute.sides { print("    p\(side.source.paragraph) s\(side.source.sentence ?? -1) \(side.actor) \(side.stance.rawValue)") }
        }
        print("")
    }

    func printSideLosses(_ losses: [(String, [SideLoss])]) {
        for (name, list) in losses {
            let lost = list.filter { $0.kind != .kept }
            guard !lost.isEmpty else { continue }
            print("\n== \(name): dispute sides lost (\(lost.count) of \(list.count))")
            for loss in lost { print("  " + loss.description) }
        }
        let all = losses.flatMap(\.1)
        print("\nsides: " + SideLoss.Kind.allCases.map { kind in "\(kind.rawValue) \(all.filter { $0.kind == kind }.count)" }.joined(separator: ", ")
              + "; lost from a dispute that was found: \(all.filter { $0.kind != .kept && $0.disputeFound }.count)")
    }

    func printMergers(_ mergers: [(String, [MergedDispute])]) {
        for (name, list) in mergers where !list.isEmpty {
            print("\n== \(name): drafted disputes holding two or more gold disputes (\(list.count))")
            for merger in list { print("  " + merger.description) }
        }
        let all = mergers.flatMap(\.1)
        print("\nmerged: \(all.count) drafted disputes hold \(all.map(\.goldTopics.count).reduce(0, +)) gold disputes; \(all.map(\.lost).reduce(0, +)) of these lost")
    }

    func printMisses(_ rows: ArraySlice<(String, Evaluator.Report)>) throws {
        let unknown = category.filter { Miss.Category(rawValue: $0) == nil }
        guard unknown.isEmpty else { throw ValidationError("unknown category '\(unknown[0])' (one of: actors, quotes, events, disputes)") }
        let wanted = category.isEmpty ? Miss.Category.allCases : category.compactMap(Miss.Category.init(rawValue:))
        for (name, report) in rows {
            for kind in wanted {
                let list = report.misses.filter { $0.category == kind }
                guard !list.isEmpty else { continue }
                print("\n== \(name): \(kind.rawValue) (\(list.count))")
                for miss in list { print("  " + miss.description) }
            }
        }
    }

    func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    func format(_ value: Double) -> String { String(format: "%.2f", value) }
}
