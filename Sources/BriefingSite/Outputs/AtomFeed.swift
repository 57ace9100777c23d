import BriefingModel
import Foundation

/// Atom feeds (RFC 4287): the site's articles, and one feed per actor and per dispute so
/// a reader can follow one of them. `updated` comes from the articles' dates, never the
/// clock, so two builds give the same bytes.
enum AtomFeed {
    struct Feed {
        var path: String
        var title: String
        var subtitle: String?
        var alternate: String
        var articles: [Article]
    }

    static func feeds(for briefing: Briefing) -> [Feed] {
        var feeds = [Feed(path: "feed.xml", title: briefing.config.title, subtitle: briefing.config.description,
                          alternate: "index.html", articles: briefing.articles)]
        for actor in briefing.actors {
            feeds.append(Feed(path: feedPath(actor: actor.id), title: "\(actor.name) · \(briefing.config.title)",
                              subtitle: "Articles about \(actor.name)", alternate: "actors/\(actor.id).html",
                              articles: actor.articleIDs.compactMap(briefing.article)))
        }
        for dispute in briefing.disputes {
            feeds.append(Feed(path: feedPath(dispute: dispute.id), title: "\(dispute.question) · \(briefing.config.title)",
                              subtitle: "Articles on this dispute", alternate: "disputes/\(dispute.id).html",
                              articles: dispute.articleIDs.compactMap(briefing.article)))
        }
        return feeds
    }

    static func feedPath(actor id: String) -> String { "feeds/actors/\(id).xml" }
    static func feedPath(dispute id: String) -> String { "feeds/disputes/\(id).xml" }

    static func xml(_ feed: Feed, config: SiteConfig) -> String {
        let urls = SiteURLs(from: feed.path)
        func href(_ path: String) -> String {
            config.baseURL.map { SiteURLs.absolute(path, base: $0) } ?? urls.to(path)
        }
        func id(_ path: String) -> String {
            config.baseURL != nil ? href(path) : "urn:briefing:\(Slug.make(from: config.title, fallback: "site")):\(path)"
        }
        let updated = feed.articles.map(\.published).max().map(timestamp) ?? "1970-01-01T00:00:00Z"
        var lines = [
            #"<?xml version="1.0" encoding="utf-8"?>"#,
            #"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\#(escape(config.language))">"#,
            "  <title>\(escape(feed.title))</title>",
        ]
        if let subtitle = feed.subtitle { lines.append("  <subtitle>\(escape(subtitle))</subtitle>") }
        lines += [
            "  <id>\(escape(id(feed.path)))</id>",
            "  <updated>\(updated)</updated>",
            #"  <link rel="self" type="application/atom+xml" href="\#(escape(href(feed.path)))"/>"#,
            #"  <link rel="alternate" type="text/html" href="\#(escape(href(feed.alternate)))"/>"#,
            "  <author><name>\(escape(config.title))</name></author>",
            "  <generator>Briefing</generator>",
        ]
        for article in feed.articles {
            let page = "articles/\(article.id).html"
            lines += [
                "  <entry>",
                "    <title>\(escape(article.title))</title>",
                "    <id>\(escape(id(page)))</id>",
                "    <published>\(timestamp(article.published))</published>",
                "    <updated>\(timestamp(article.published))</updated>",
                #"    <link rel="alternate" type="text/html" href="\#(escape(href(page)))"/>"#,
            ]
            if let author = article.byline ?? article.sourceName {
                lines.append("    <author><name>\(escape(author))</name></author>")
            }
            if let summary = article.summary { lines.append("    <summary>\(escape(summary))</summary>") }
            lines.append("  </entry>")
        }
        lines.append("</feed>")
        return lines.joined(separator: "\n") + "\n"
    }

    static func timestamp(_ date: BriefingDate) -> String {
        "\(date.iso.count == 10 ? date.iso : BriefingDate(year: date.year, month: date.month ?? 1, day: date.day ?? 1).iso)T00:00:00Z"
    }
}

/// Text for XML: markup characters as entities, and characters XML 1.0 forbids dropped.
func escape(_ text: String) -> String {
    var output = ""
    output.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "&": output += "&amp;"
        case "<": output += "&lt;"
        case ">": output += "&gt;"
        case "\"": output += "&quot;"
        case "'": output += "&apos;"
        case "\t", "\n", "\r": output.unicodeScalars.append(scalar)
        case _ where scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value): continue
        default: output.unicodeScalars.append(scalar)
        }
    }
    return output
}
