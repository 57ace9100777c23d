import BriefingModel
import Foundation

/// `briefing init`: a new site folder that builds as it is.
public enum SiteScaffold {
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// Relative path → contents.
    static let files: [String: String] = [
        "briefing.yml": """
            title: My briefing
            description: Who is who, what happened when, and who claims what.
            language: en
            # base_url: https://example.org/briefing/   # for canonical links

            """,
        ".gitignore": """
            # Briefing's output and its build folders
            /public/
            /.public.*
            /.briefing-cache/

            """,
        "static/.gitkeep": "",
        "templates/README.md": """
            # Template overrides

            Put a file here with the same name as one of Briefing's default templates
            (`actor.md.mustache`, `layout.html.mustache`, `assets/briefing.css`, …) to
            replace it for this site. Values in `*.md.mustache` templates are escaped for
            Markdown; the layout escapes for HTML.

            """,
        "actors/harbour-authority.yml": """
            name: Harbour Authority
            kind: organization
            aliases: [the authority]
            description: Runs the port of Northport.

            """,
        "articles/harbour-talks-open.md": """
            ---
            title: Harbour talks open in Northport
            published: 2024-03-04
            source: { name: Example Wire, url: "https://example.org/wire/harbour-talks" }
            summary: Dockers and the Harbour Authority meet over night shifts.
            actors:
              - id: maria-lopez
                name: Maria Lopez
                kind: person
                role: Union leader
                affiliation: dockers-union
                aliases: [Lopez]
              - { id: dockers-union, name: Dockers Union, kind: group, aliases: [the union] }
              - harbour-authority            # defined in actors/harbour-authority.yml
            places:
              - { id: northport, name: Northport, kind: city }
            events:
              - id: harbour-talks
                title: Harbour talks begin
                date: 2024-03-04
                place: northport
                participants:
                  - { actor: maria-lopez, role: negotiator }
                  - harbour-authority
                source: [p1]
            disputes:
              - id: night-shift-cuts
                question: Will night shifts be cut?
                status: open
                positions:
                  - actor: dockers-union
                    stance: asserts
                    claim: The authority plans to cut night shifts.
                    source: [p2.s2]
                  - actor: harbour-authority
                    stance: denies
                    claim: No cuts are planned.
                    source: [p3]
            quotes:
              - speaker: maria-lopez
                text: We came to talk, not to listen
                source: [p2]
            figures:
              - { value: "40", unit: per cent, about: night shifts the union says are at risk, source: p2.s2 }
            ---
            Talks between union leader Maria Lopez and the Harbour Authority opened in Northport on Monday.

            "We came to talk, not to listen," Lopez said. The union says 40 per cent of night shifts are at risk.

            The authority said no cuts were planned.

            """,
    ]

    public static func create(at folder: URL, force: Bool) throws(Failure) -> [String] {
        let manager = FileManager.default
        let contents = (try? manager.contentsOfDirectory(atPath: folder.path)) ?? []
        if !contents.isEmpty && !force {
            throw Failure(description: "'\(DisplayPath.relative(folder.path))' is not empty; choose a new folder or use --force to add the example files")
        }
        var written: [String] = []
        do {
            for path in files.keys.sorted() {
                let file = folder.appendingPathComponent(path)
                try manager.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data((files[path] ?? "").utf8).write(to: file)
                written.append(path)
            }
        } catch {
            throw Failure(description: "cannot create the site in '\(folder.path)': \(error.localizedDescription)")
        }
        return written
    }
}
