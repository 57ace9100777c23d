import BriefingModel

/// `sitemap.xml` and `robots.txt`, written when the site has a base URL (a sitemap needs
/// absolute URLs).
enum Sitemap {
    static func files(for pages: [PageOutline], briefing: Briefing) -> [String: String] {
        guard let base = briefing.config.baseURL else { return [:] }
        let root = base.hasSuffix("/") ? base : base + "/"
        var lines = [#"<?xml version="1.0" encoding="utf-8"?>"#, #"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">"#]
        for page in pages.sorted(by: { $0.path < $1.path }) {
            let location = SiteURLs.absolute(page.path, base: base)
            var entry = "  <url><loc>\(escape(location))</loc>"
            if page.kind == .article, let article = briefing.article(page.id) { entry += "<lastmod>\(article.published.iso)</lastmod>" }
            lines.append(entry + "</url>")
        }
        lines.append("</urlset>")
        return [
            "sitemap.xml": lines.joined(separator: "\n") + "\n",
            "robots.txt": "User-agent: *\nAllow: /\n\nSitemap: \(root)sitemap.xml\n",
        ]
    }
}
