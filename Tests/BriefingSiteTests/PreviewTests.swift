@testable import BriefingSite
import Foundation
import Testing

/// `data/previews.json` and the script that shows it (`assets/previews.js`).
@Suite struct PreviewTests {
    struct File: Decodable { var previews: [Entry] }
    struct Entry: Decodable, Equatable { var url: String; var kind: String; var name: String; var summary: String }

    static func previews(in output: URL) throws -> (data: Data, entries: [Entry]) {
        let data = try Data(contentsOf: output.appendingPathComponent("data/previews.json"))
        // Valid JSON for any JSON parser, not only for our own decoder.
        _ = try JSONSerialization.jsonObject(with: data)
        return (data, try JSONDecoder().decode(File.self, from: data).previews)
    }

    @Test func everyActorEventAndDisputeHasAPreviewOfItsPage() async throws {
        let output = try await Fixtures.build(Fixtures.site("two-articles"))
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let (_, entries) = try Self.previews(in: output)

        let pages = snapshot(output).keys.filter { path in
            ["actors/", "events/", "disputes/"].contains { path.hasPrefix($0) } && path.hasSuffix(".html")
        }
        #expect(Set(entries.map(\.url)) == Set(pages))
        #expect(entries.count == pages.count, "one entry per page")
        #expect(entries.first { $0.url == "actors/maria-lopez.html" }
            == Entry(url: "actors/maria-lopez.html", kind: "Person", name: "Maria Lopez", summary: "Union leader, Dockers Union"))
        #expect(entries.first { $0.url == "events/harbour-talks.html" }
            == Entry(url: "events/harbour-talks.html", kind: "Event", name: "Harbour talks begin",
                     summary: "4–5 March 2024 · Northport · with Maria Lopez, Port Authority, Dockers Union"))
        // A description says who the actor is on its own; the role is not repeated before it.
        #expect(entries.first { $0.url == "actors/port-authority.html" }?.summary == "Runs the harbour.")
        let dispute = try #require(entries.first { $0.url == "disputes/night-shifts.html" })
        #expect(dispute.kind == "Dispute (open)" && dispute.name == "Will night shifts be cut?")
        #expect(dispute.summary.hasPrefix("2 positions from 2 actors"))
        for entry in entries { #expect(!entry.summary.isEmpty && !entry.summary.contains("\n"), "\(entry.url)") }
    }

    @Test func hostileNamesStayTextInValidJSON() async throws {
        let output = try await Fixtures.build(Fixtures.site("hostile"))
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let (data, entries) = try Self.previews(in: output)

        #expect(!data.contains(UInt8(ascii: "<")), "no raw '<' in data/previews.json")
        #expect(!data.contains(UInt8(ascii: ">")))
        // Escaped, not dropped: the names decode to exactly what the article says.
        #expect(entries.first { $0.url == "actors/evil-actor.html" }?.name == "<script>alert('name')</script>")
        #expect(entries.first { $0.url == "events/evil-event.html" }?.name == "[click](vbscript:msgbox(1)) & <svg onload=alert(1)>")
        #expect(entries.first { $0.url == "disputes/evil-dispute.html" }?.name == "Is <script>alert(3)</script> safe?")
        #expect(entries.first { $0.url == "events/evil-event.html" }?.summary.contains("</script><script>alert(2)</script>") == true)
    }

    /// Every page loads the script from the site itself, deferred, under the unchanged
    /// policy; the script builds the card from text only.
    @Test func everyPageLoadsThePreviewScriptFromTheSite() async throws {
        let output = try await Fixtures.build(Fixtures.site("two-articles"))
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let files = snapshot(output)
        let pages = files.keys.filter { $0.hasSuffix(".html") }
        #expect(pages.count > 10)
        for path in pages {
            let html = String(decoding: files[path] ?? Data(), as: UTF8.self)
            let root = path.contains("/") ? "../" : ""
            #expect(html.contains("<script src=\"\(root)assets/previews.js\" defer></script>"), "\(path)")
            #expect(html.contains("script-src 'self';"), "\(path)")
        }
        let script = String(decoding: try #require(files["assets/previews.js"]), as: UTF8.self)
        #expect(script.contains("textContent"))
        for unsafe in ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "setAttribute(\"style\""] {
            #expect(!script.contains(unsafe), "previews.js uses \(unsafe)")
        }
        #expect(script.contains("role\", \"tooltip\"") && script.contains("aria-describedby") && script.contains("Escape"))
    }
}
