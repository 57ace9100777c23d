@testable import BriefingRender
import Mustache
import Testing

/// A `TemplateView` and `TemplateText` are only faster ways for swift-mustache to read the
/// same fields: every template renders exactly as it does with the library's `Mirror` look-up.
@Suite struct TemplateViewTests {
    struct Link { var label: String; var url: String }
    struct Item { var name: String; var role: String?; var note: String?; var tags: [String]; var link: Link?; var flag: Bool; var count: Int }
    struct Page { var title: String; var text: String; var description: String?; var items: [Item] }

    struct FastLink: TemplateView { static let templateFields = TemplateFields(of: Self.self); var label: String; var url: String }
    struct FastItem: TemplateView {
        static let templateFields = TemplateFields(of: Self.self)
        var name: String; var role: String?; var note: String?; var tags: [String]; var link: FastLink?; var flag: Bool; var count: Int
    }
    /// Generic, so it reads its fields through the shared table.
    struct FastPage<Item>: TemplateView { var title: String; var text: String; var description: String?; var items: [Item] }

    static var items: [Item] { [
        Item(name: "A <b> & \"c\"", role: "Minister", note: nil, tags: ["x", "y"], link: Link(label: "L", url: "../a.html"), flag: true, count: 3),
        Item(name: "", role: nil, note: "", tags: [], link: nil, flag: false, count: 0),
    ] }
    static var page: Page { Page(title: "T's *title*", text: "outer text", description: nil, items: items) }
    static var fastPage: FastPage<FastItem> { FastPage(title: page.title, text: page.text, description: nil, items: items.map {
        FastItem(name: $0.name, role: $0.role, note: $0.note, tags: $0.tags, link: $0.link.map { FastLink(label: $0.label, url: $0.url) },
                 flag: $0.flag, count: $0.count)
    }) }

    static let template = """
        {{title}} {{{title}}} {{^empty(description)}}D{{/empty(description)}}{{#description}}d{{/description}}
        {{#items}}
        - {{name}}|{{#name}}[{{.}}|{{text}}|{{title}}]{{/name}}|{{^empty(name)}}n{{/empty(name)}}|{{uppercased(name)}}
          {{#role}}({{.}} {{text}}){{/role}}{{^role}}no role{{/role}}{{#note}}<{{.}}>{{/note}}{{^note}}no note{{/note}}
          {{#tags}}{{.}},{{/tags}}{{^tags}}none{{/tags}} {{#link}}[{{label}}]({{url}}) {{title}}{{/link}}{{link.label}}
          {{#flag}}F{{/flag}}{{^flag}}f{{/flag}} {{count}} {{missing}}{{#first(tags)}}{{.}}{{/first(tags)}}
        {{/items}}
        {{count(items)}} {{#last(items)}}last {{count}}{{/last(items)}} {{^empty(items)}}some{{/empty(items)}}
        """

    @Test(arguments: ["", "{{% CONTENT_TYPE: \(MarkdownEscaping.contentTypeName)}}", "{{% CONTENT_TYPE: TEXT}}"])
    func rendersAsTheMirrorLookUpDoes(pragma: String) throws {
        _ = MarkdownEscaping.registered
        let template = try MustacheTemplate(string: pragma + Self.template)
        let expected = template.render(Self.page)
        #expect(expected.contains("Minister"))
        #expect(template.render(Self.fastPage) == expected)
        // As a page's view reaches the library: in a class box, its lists and nested views too.
        #expect(template.render(boxed(Self.fastPage)) == expected)
        #expect(template.render(boxed(FastPage<FastItem>(title: "", text: "", description: nil, items: []))) == template.render(Page(title: "", text: "", description: nil, items: [])))
    }

    /// Where the two differ, on purpose: swift-mustache takes an empty Optional for a missing
    /// name and shows an outer view's field of the same name (a member with no role showed
    /// the page's own actor's role). An empty field of a `TemplateView` stops the look-up.
    @Test func anEmptyFieldDoesNotShowAnOuterFieldOfTheSameName() throws {
        struct Member: TemplateView { var name: String; var role: String?; var link: FastLink? }
        struct ActorPage: TemplateView { var role: String?; var link: FastLink?; var members: [Member] }
        let page = ActorPage(role: "President", link: FastLink(label: "Outer", url: "o.html"), members: [
            Member(name: "A", role: nil, link: nil),
            Member(name: "B", role: "Envoy", link: FastLink(label: "Inner", url: "i.html")),
        ])
        let template = try MustacheTemplate(string: """
            {{#members}}{{name}}:{{#role}}{{.}}{{/role}}{{^role}}-{{/role}}{{role}}:{{#link}}{{label}}{{/link}}{{link.url}};{{/members}}
            """)
        #expect(template.render(page) == "A:-:;B:EnvoyEnvoy:Inneri.html;")
    }

    @Test func htmlEscapingMatchesTheLibrarys() throws {
        _ = HTMLEscaping.registered
        struct Value { var text: String }
        let plain = try MustacheTemplate(string: "{{text}}")
        let ours = try MustacheTemplate(string: "{{% CONTENT_TYPE: \(HTMLEscaping.contentTypeName)}}{{text}}")
        for text in ["", "plain", "<script>alert('x')</script>", "a & b \"c\" > d", "Lavrov’s “visit” — Пхеньян", "&amp;&&"] {
            #expect(ours.render(Value(text: text)) == plain.render(Value(text: text)))
            #expect(HTMLEscaping.escape(text) == plain.render(Value(text: text)))
        }
        // The library treats a quote followed by a combining mark as one character and leaves it.
        #expect(HTMLEscaping.escape("\"\u{301}") == "&quot;\u{301}")
    }
}
