import BriefingModel
import Foundation

/// `briefing import`: raw text in, a drafted article file out, never overwriting a file
/// without `force` and keeping what a person reviewed when it does.
public enum ArticleImporter {
    public struct Request: Sendable {
        /// Path of the text, or "-" for standard input (then `text` holds it).
        public var input: String
        public var text: Data
        public var site: URL
        public var options: ArticleWriter.Options
        public var force: Bool

        public init(input: String, text: Data, site: URL, options: ArticleWriter.Options, force: Bool) {
            self.input = input
            self.text = text
            self.site = site
            self.options = options
            self.force = force
        }
    }

    public struct Result: Sendable {
        public var path: URL
        public var contents: String
        public var summary: String
        /// Items kept from the file being replaced.
        public var kept: Int
    }

    /// A news article is a few kilobytes; anything past this is not one article.
    public static let maximumSize = 2_000_000

    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// Drafts the article; does not write it (see `write(_:)`).
    public static func draft(_ request: Request) throws(Failure) -> Result {
        guard !request.text.isEmpty else { throw Failure(description: "\(request.input): the text is empty") }
        guard request.text.count <= maximumSize else {
            let megabytes = String(format: "%.1f", Double(request.text.count) / 1_000_000)
            throw Failure(description: "\(request.input): the text is \(megabytes) MB; one article is at most \(maximumSize / 1_000_000) MB — split it into articles")
        }
        guard !request.text.contains(0), let raw = String(data: request.text, encoding: .utf8) else {
            throw Failure(description: "\(request.input): not UTF-8 text (a binary file?); convert it to UTF-8 first")
        }
        guard raw.contains(where: { $0.isLetter }) else { throw Failure(description: "\(request.input): the text has no words") }

        let draft = Drafter.draft(raw, published: request.options.published)
        let title = ArticleWriter.title(for: draft, options: request.options)
        let id = Slug.make(from: title, fallback: inputStem(request.input) ?? "article")
        let path = request.site.appendingPathComponent("articles").appendingPathComponent(String(id.prefix(80)) + ".md")

        var existing: ArticleDeclaration?
        if FileManager.default.fileExists(atPath: path.path) {
            guard request.force else {
                throw Failure(description: "\(DisplayPath.relative(path.path)) exists; use --force to replace it (items marked 'reviewed: true' are kept)")
            }
            let old = (try? String(contentsOf: path, encoding: .utf8)) ?? ""
            let parsed = ModelParser.parseArticle(old, path: path.path)
            guard let declaration = parsed.declaration, !parsed.diagnostics.hasErrors else {
                throw Failure(description: "\(DisplayPath.relative(path.path)) has errors (see 'briefing check'); fix them or move the file away before importing again")
            }
            existing = declaration
        }
        let contents: String
        do {
            contents = try ArticleWriter.write(draft, options: request.options, keeping: existing)
        } catch {
            throw Failure(description: "cannot write the article: \(error)")
        }
        let kept = existing.map { e in
            [e.actors.map(\.reviewed), e.places.map(\.reviewed), e.events.map(\.reviewed), e.disputes.map(\.reviewed),
             e.quotes.map(\.reviewed), e.figures.map(\.reviewed)].joined().filter { $0 != false }.count
        } ?? 0
        let summary = "\(draft.text.paragraphs.filter { !$0.isSubheading }.count) paragraphs; drafted \(draft.actors.count) actors, \(draft.places.count) places, "
            + "\(draft.events.count) events, \(draft.quotes.count) quotes, \(draft.disputes.count) disputes, \(draft.figures.count) figures"
        return Result(path: path, contents: contents, summary: summary, kept: kept)
    }

    public static func write(_ result: Result) throws(Failure) {
        do {
            try FileManager.default.createDirectory(at: result.path.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(result.contents.utf8).write(to: result.path, options: .atomic)
        } catch {
            throw Failure(description: "cannot write \(DisplayPath.relative(result.path.path)): \(error.localizedDescription)")
        }
    }

    static func inputStem(_ input: String) -> String? {
        input == "-" ? nil : ((input as NSString).lastPathComponent as NSString).deletingPathExtension
    }
}
