import BriefingModel
import Foundation

/// `data/previews.json`: what `assets/previews.js` shows when a link to an actor, an event
/// or a dispute is hovered or focused. One entry per page: its URL relative to the site
/// root, a kind, a name and a one-line summary, all plain text (the script sets them with
/// `textContent`). `<`, `>` and `&` are written as JSON escapes, so the file holds no raw
/// markup whatever the content.
enum Previews {
    struct Preview: Encodable, Equatable {
        var url: String
        var kind: String
        var name: String
        var summary: String
    }

    struct File: Encodable {
        var previews: [Preview]
    }

    static let path = "data/previews.json"
    static let summaryLimit = 200

    static func json(for briefing: Briefing) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(File(previews: previews(for: briefing)))) ?? Data(#"{"previews":[]}"#.utf8)
        return Data(StructuredData.safeForScript(String(decoding: data, as: UTF8.self)).utf8)
    }

    static func previews(for briefing: Briefing) -> [Preview] {
        let urls = SiteURLs(from: "index.html")
        func line(_ parts: [String?], separator: String) -> String {
            PageRenderer.plainLine(parts.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: separator), limit: summaryLimit)
        }
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

        let actors = briefing.actors.map { actor in
            let role = line([actor.role, actor.affiliation.map { briefing.actor($0)?.name ?? $0 }], separator: ", ")
            // A description usually restates the role ("Kremlin spokesman; …"), so it wins alone.
            let summary = actor.description.map { line([$0], separator: "") } ?? role
            return Preview(url: urls.actor(actor.id), kind: actor.kind.rawValue.capitalized, name: actor.name,
                           summary: summary.isEmpty ? "Mentioned in \(count(actor.articleIDs.count, "article"))" : summary)
        }
        let events = briefing.events.map { event in
            let names = event.participants.compactMap { briefing.actor($0.actor)?.name }
            let with = names.isEmpty ? nil : "with " + (names.count > 3 ? names.prefix(3).joined(separator: ", ") + " and \(count(names.count - 3, "other"))" : names.joined(separator: ", "))
            return Preview(url: urls.event(event.id), kind: "Event", name: event.title,
                           summary: line([event.date?.display ?? "Undated", event.place.flatMap { briefing.place($0)?.name }, with], separator: " · "))
        }
        let make = ViewFactory(briefing: briefing, urls: urls)
        let disputes = briefing.disputes.map { dispute in
            Preview(url: urls.dispute(dispute.id), kind: "Dispute (\(dispute.status.rawValue))", name: dispute.question,
                    summary: line([make.disputeLine(dispute).note, dispute.description], separator: " — "))
        }
        return actors + events + disputes
    }
}
