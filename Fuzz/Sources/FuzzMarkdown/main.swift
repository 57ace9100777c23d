import BriefingRender

/// Markdown escaping and rendering. Escaped text must render as one paragraph of text (no
/// element of its own: no link, image, heading, list, code or HTML); raw article Markdown
/// that passes the pathological-input guard must render, in safe mode, with no script.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)

    let escaped = MarkdownEscaping.escape(text)
    let literal = Cmark.html(from: escaped).html
    // Bytes, not Characters: a combining mark in the text joins the `>` of `<p>`.
    let html = Array(literal.utf8), open = Array("<p>".utf8), close = Array("</p>\n".utf8)
    if !html.isEmpty {
        let wrapped = html.count >= open.count + close.count && html.starts(with: open) && html.suffix(close.count).elementsEqual(close)
        if !wrapped || html[open.count..<(html.count - close.count)].contains(UInt8(ascii: "<")) {
            fatalError("escaped text became markup: \(String(reflecting: text)) → \(String(reflecting: escaped)) → \(literal)")
        }
    }

    guard PathologicalInputGuard.firstViolation(in: text) == nil else { return 0 }
    let options = HTMLOptions(anchorParagraphs: true, headingIDs: true,
                              mentionLinks: [MentionLink(names: ["Lavrov", "Sergei Lavrov"], url: "../actors/sergei-lavrov.html")])
    let rendered = Cmark.html(from: text, options: options)
    if rendered.html.lowercased().contains("<script") {
        fatalError("a script reached the page: \(String(reflecting: text))")
    }
    _ = Cmark.paragraphs(in: text)
    _ = Cmark.linkDestinations(in: text)
    return 0
}
