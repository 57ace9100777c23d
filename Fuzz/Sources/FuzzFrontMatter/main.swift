import BriefingModel
import BriefingRender

/// Front matter decoding and validation: an article file, a curated definition and a site
/// config made of the same bytes, as `briefing build` would read them. Any input must end
/// in a value or diagnostics, never a crash or a hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let path = "articles/fuzz.md"
    let parsed = ModelParser.parseArticle(text, path: path)
    for diagnostic in parsed.diagnostics where diagnostic.location.path != path {
        fatalError("a diagnostic names another file: \(diagnostic)")
    }
    if let declaration = parsed.declaration, let frontMatter = parsed.frontMatter {
        // As SiteLoader does: the guard before any cmark call, then the whole graph.
        let paragraphs = PathologicalInputGuard.firstViolation(in: frontMatter.body) == nil
            ? Cmark.paragraphs(in: frontMatter.body).map { Paragraph(number: $0.number, line: $0.line, text: $0.text) }
            : []
        let article = ArticleInput(id: "fuzz", path: path, declaration: declaration, body: frontMatter.body, paragraphs: paragraphs)
        _ = BriefingGraph.build(config: SiteConfig(title: "Fuzz"), articles: [article], definitions: Definitions())
    }
    let actor = ModelParser.parseDefinition(ActorDeclaration.self, text: text, path: "actors/fuzz.yml", id: "fuzz")
    if let actor = actor.value {
        var definitions = Definitions()
        definitions.actors = [actor]
        _ = BriefingGraph.build(config: SiteConfig(title: "Fuzz"), articles: [], definitions: definitions)
    }
    _ = ModelParser.parseConfig(text, path: "briefing.yml")
    return 0
}
