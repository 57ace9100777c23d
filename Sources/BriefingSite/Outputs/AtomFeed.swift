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

    /// Every feed's path and XML. An article is in the site's feed and in the feed of every
    /// actor and dispute it names, so its `<entry>` is made once per feed folder and reused.
    static func files(for briefing: Briefing) -> [(path: String, text: String)] {
        var entries: [String: String] = [:]
        return feeds(for: briefing).map { feed in (feed.path, xml(feed, config: briefing.config, entries: &entries)) }
    }

    /// `entries` holds the entries already made, by feed folder and article.
    static func xml(_ feed: Feed, config: SiteConfig, entries: inout [String: String]) -> String {
        // Feeds of actors and disputes are two folders down (`SiteURLs` knows only one).
        let root = String(repeating: "../", count: feed.path.utf8.count(where: { $0 == UInt8(ascii: "/") }))
        func href(_ path: String) -> String {
            config.baseURL.map { SiteURLs.absolute(path, base: $0) } ?? root + path
        }
        let siteSlug = config.baseURL == nil ? Slug.make(from: config.title, fallback: "site") : ""
        func id(_ path: String) -> String {
            config.baseURL != nil ? href(path) : "urn:briefing:\(siteSlug):\(path)"
        }
        let updated = feed.articles.map(\.published).max().map(timestamp) ?? "1970-01-01T00:00:00Z"
        var text = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(escape(config.language))">
              <title>\(escape(feed.title))</title>

            """
        if let subtitle = feed.subtitle { text += "  <subtitle>\(escape(subtitle))</subtitle>\n" }
        text += """
              <id>\(escape(id(feed.path)))</id>
              <updated>\(updated)</updated>
              <link rel="self" type="application/atom+xml" href="\(escape(href(feed.path)))"/>
              <link rel="alternate" type="text/html" href="\(escape(href(feed.alternate)))"/>
              <author><name>\(escape(config.title))</name></author>
              <generator>Briefing</generator>

            """
        for article in feed.articles {
            let key = root + article.id
            if let entry = entries[key] {
                text += entry
                continue
            }
            let page = "articles/\(article.id).html"
            var entry = """
                  <entry>
                    <title>\(escape(article.title))</title>
                    <id>\(escape(id(page)))</id>
                    <published>\(timestamp(article.published))</published>
                    <updated>\(timestamp(article.published))</updated>
                    <link rel="alternate" type="text/html" href="\(escape(href(page)))"/>

                """
            if let author = article.byline ?? article.sourceName {
                entry += "    <author><name>\(escape(author))</name></author>\n"
            }
            if let summary = article.summary { entry += "    <summary>\(escape(summary))</summary>\n" }
            entry += "  </entry>\n"
            entries[key] = entry
            text += entry
        }
        return text + "</feed>\n"
    }

    static func timestamp(_ date: BriefingDate) -> String {
        "\(date.iso.count == 10 ? date.iso : BriefingDate(year: date.year, month: date.month ?? 1, day: date.day ?? 1).iso)T00:00:00Z"
    }
}

/// Text for XML: markup characters as entities, and characters XML 1.0 forbids dropped.
/// Read as bytes: most text has none of them and comes back as it is.
func escape(_ text: String) -> String {
    func needsWork(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        case 0x09, 0x0A, 0x0D: false
        case ..<0x20: true
        case 0xEF: true  // may start U+FFFE or U+FFFF
        default: false
        }
    }
    guard text.utf8.contains(where: needsWork) else { return text }
    let bytes = Array(text.utf8)
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + 16)
    var index = 0
    while index < bytes.count {
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "&"): output += "&amp;".utf8
        case UInt8(ascii: "<"): output += "&lt;".utf8
        case UInt8(ascii: ">"): output += "&gt;".utf8
        case UInt8(ascii: "\""): output += "&quot;".utf8
        case UInt8(ascii: "'"): output += "&apos;".utf8
        case 0x09, 0x0A, 0x0D: output.append(byte)
        case ..<0x20: continue
        case 0xEF where index + 1 < bytes.count && bytes[index] == 0xBF && (bytes[index + 1] == 0xBE || bytes[index + 1] == 0xBF):
            index += 2  // U+FFFE, U+FFFF
        default: output.append(byte)
        }
    }
    return String(decoding: output, as: UTF8.self)
}
