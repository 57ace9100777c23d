import BriefingModel
import Foundation

/// A rebuild after only article bodies changed: every input but those bodies (front
/// matter, definition files, config, templates, assets, static files, options and the
/// program) has the digest the last good build recorded (`UpToDate.Digests.structure`).
/// The merged model then differs from that build's only in the changed articles' text and
/// paragraphs, and in the mentions found in them (the `Merger` reads nothing else from a
/// body), so the only pages that can change are:
/// - the changed articles' own pages (their text);
/// - the pages of the actors whose mentions in those articles differ from the last build's
///   (`BuildCache.mentions`; mentions are only found for listed actors, and an actor page
///   shows nothing else of a body);
/// - the home page, when any mention changed (it ranks actors by mentions).
/// List pages show front matter alone. Every other page keeps its previous files,
/// fingerprint and links without being planned.
/// When in doubt (no cache, another structure, an article added or removed) there is no
/// plan and every page goes the usual way.
struct IncrementalPlan: Sendable {
    /// Ids of the articles whose file changed.
    let changedArticles: Set<String>
    /// Actors whose mentions changed: listed by a changed article, mentioned in other paragraphs.
    let touchedActors: Set<String>

    init?(cache: BuildCache?, inputs: UpToDate.Digests?, briefing: Briefing) {
        guard let cache, let changed = Self.changedArticles(cache: cache, inputs: inputs) else { return nil }
        changedArticles = changed
        var touched: Set<String> = []
        for id in changed {
            guard let article = briefing.article(id) else { continue }  // not in the site (a draft): shown nowhere
            guard let before = cache.mentions.byArticle[id] else {
                touched.formUnion(article.actorIDs)
                continue
            }
            var now: Set<KnownMentions.Mention> = []
            for actorID in article.actorIDs {
                for citation in briefing.actor(actorID)?.mentions ?? [] where citation.article == id {
                    now.insert(.init(actor: actorID, paragraph: citation.ref.paragraph))
                }
            }
            touched.formUnion(now.symmetricDifference(before).map(\.actor))
        }
        touchedActors = touched
    }

    /// Ids of the articles whose file changed since the last good build, when nothing else did.
    static func changedArticles(cache: BuildCache?, inputs: UpToDate.Digests?) -> Set<String>? {
        guard let cache, let inputs, let structure = inputs.structure, cache.structure == structure,
              cache.articles.count == inputs.articles.count else { return nil }
        var changed: Set<String> = []
        for (name, digest) in inputs.articles where cache.articles[name] != digest {
            guard cache.articles[name] != nil else { return nil }  // a new name: another set of files
            changed.insert(FileName.stem(name))
        }
        return changed
    }

    /// Whether the page may show something that changed.
    func mayChange(_ outline: PageOutline) -> Bool {
        switch outline.kind {
        case .home: !touchedActors.isEmpty
        case .list: false
        case .article: changedArticles.contains(outline.id)
        case .actor: touchedActors.contains(outline.id)
        case .event, .dispute, .place: false
        }
    }

    /// The page as the last build left it, when it cannot have changed and its files (and
    /// its actor network's, with Graphviz) are as the cache recorded them.
    func kept(_ outline: PageOutline, cache: BuildCache, output: URL, root: String, graphviz: Bool) -> SiteBuilder.PageResult? {
        guard !mayChange(outline), let entry = cache.reusable(outline.path, markdownPath: outline.markdownPath, fingerprint: nil, in: root)
        else { return nil }
        var result = SiteBuilder.PageResult(outline: outline, fingerprint: entry.fingerprint, graph: nil, lists: entry.lists, rendered: false)
        result.planned = false
        let graphPath: String? = switch outline.kind {
        case .actor: SitePlan.actorGraphPath(outline.id)
        case .home: SitePlan.homeGraphPath
        default: nil
        }
        if graphviz, let path = graphPath {
            // The network's source comes from front matter only, so it is the last build's;
            // a graph with no entry there was not drawn (every drawn graph is recorded).
            if let graph = cache.graphs[path] {
                guard BuildCache.FileStamp(output.appendingPathComponent(path)) == graph.svg else { return nil }
                result.keptGraph = .init(path: path, fingerprint: graph.fingerprint)
            } else if entry.links.contains(where: { $0.hasSuffix(path) }) {
                return nil
            }
        }
        return result
    }
}
