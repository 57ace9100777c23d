import Testing
@testable import BriefingRender

// Examples in the spirit of cmark's spec.txt: Markdown in, exact HTML out.

private let lavrov = MentionLink(
    names: ["Sergei Lavrov", "Lavrov"], url: "../actors/sergei-lavrov.html", title: "Sergei Lavrov")

private func anchor(_ number: Int) -> String {
    "<a class=\"para-number\" href=\"#p\(number)\" aria-label=\"Paragraph \(number)\">\(number)</a> "
}

@Suite struct CmarkTests {
    // MARK: Plain rendering

    @Test func basicParagraph() {
        let result = Cmark.html(from: "Hello *world*, `code` & more.\n")
        #expect(result.html == "<p>Hello <em>world</em>, <code>code</code> &amp; more.</p>\n")
        #expect(result.ids == [])
        #expect(result.links == [])
    }

    @Test func textIsKeptAsWritten() {
        // No CMARK_OPT_SMART: quotes and dashes stay as typed.
        #expect(Cmark.html(from: "\"Yes\" -- it's...").html == "<p>&quot;Yes&quot; -- it's...</p>\n")
    }

    @Test func emptyInput() {
        #expect(Cmark.html(from: "") == RenderedHTML(html: "", ids: [], links: []))
        #expect(Cmark.paragraphs(in: "") == [])
    }

    // MARK: Safety is cmark's

    @Test func rawHTMLIsOmitted() {
        let markdown = "<script>alert(1)</script>\n\nHi <b onclick=\"x()\">there</b>.\n"
        #expect(Cmark.html(from: markdown).html == """
            <!-- raw HTML omitted -->
            <p>Hi <!-- raw HTML omitted -->there<!-- raw HTML omitted -->.</p>

            """)
    }

    @Test func dangerousURLsAreEmptied() {
        let result = Cmark.html(from: "[x](javascript:alert(1)) [y](VBScript:z) ![i](data:image/png;base64,AA) ![j](data:text/html,x)\n")
        #expect(result.html == """
            <p><a href="">x</a> <a href="">y</a> <img src="data:image/png;base64,AA" alt="i" /> <img src="" alt="j" /></p>

            """)
        #expect(result.links == ["javascript:alert(1)", "VBScript:z", "data:image/png;base64,AA", "data:text/html,x"])
    }

    @Test func invalidUTF8IsReplaced() {
        let bytes: [UInt8] = Array("Caf".utf8) + [0xC3] + Array(" \u{0}ok ".utf8) + [0xFF, 0xFE] + Array("\n\n# T".utf8) + [0xE2, 0x82]
        let result = Cmark.html(fromUTF8: bytes, options: HTMLOptions(anchorParagraphs: true))
        #expect(result.html == """
            <p id="p1" class="para">\(anchor(1))Caf\u{FFFD} \u{FFFD}ok \u{FFFD}\u{FFFD}</p>
            <h1 id="t">T\u{FFFD}</h1>

            """)
        #expect(result.ids == ["p1", "t"])
    }

    // MARK: Paragraph anchors

    @Test func paragraphAnchorsCountAcrossHeadingsAndQuotes() {
        let markdown = """
            First *one*.

            ## Middle

            > Quoted.
            >
            > Again.

            Last.

            """
        let result = Cmark.html(from: markdown, options: HTMLOptions(anchorParagraphs: true))
        #expect(result.html == """
            <p id="p1" class="para">\(anchor(1))First <em>one</em>.</p>
            <h2 id="middle">Middle</h2>
            <blockquote>
            <p id="p2" class="para">\(anchor(2))Quoted.</p>
            <p id="p3" class="para">\(anchor(3))Again.</p>
            </blockquote>
            <p id="p4" class="para">\(anchor(4))Last.</p>

            """)
        #expect(result.ids == ["p1", "middle", "p2", "p3", "p4"])
        #expect(Cmark.paragraphs(in: markdown).map(\.number) == [1, 2, 3, 4])
    }

    @Test func paragraphAnchorsInLists() {
        // A tight list keeps printing no <p>: the anchor goes in a <span>.
        let markdown = """
            - one
            - two

            1. loose

            2. list

            """
        let result = Cmark.html(from: markdown, options: HTMLOptions(anchorParagraphs: true))
        #expect(result.html == """
            <ul>
            <li><span id="p1" class="para">\(anchor(1))one</span></li>
            <li><span id="p2" class="para">\(anchor(2))two</span></li>
            </ul>
            <ol>
            <li>
            <p id="p3" class="para">\(anchor(3))loose</p>
            </li>
            <li>
            <p id="p4" class="para">\(anchor(4))list</p>
            </li>
            </ol>

            """)
        #expect(result.ids == ["p1", "p2", "p3", "p4"])
        #expect(Cmark.paragraphs(in: markdown).map(\.text) == ["one", "two", "loose", "list"])
    }

    @Test func withoutAnchorsParagraphsAreCmarks() {
        #expect(Cmark.html(from: "a\n\nb\n").html == "<p>a</p>\n<p>b</p>\n")
    }

    // MARK: Heading ids

    @Test func headingIDsAreUniqueSlugs() {
        let markdown = """
            # Intro

            ## Intro

            ## Intro!

            ### P3

            ### p3 heading

            #### *Lavrov’s* `visit`

            ## !!!

            ##

            """
        let result = Cmark.html(from: markdown)
        #expect(result.html == """
            <h1 id="intro">Intro</h1>
            <h2 id="intro-2">Intro</h2>
            <h2 id="intro-3">Intro!</h2>
            <h3 id="p3-heading">P3</h3>
            <h3 id="p3-heading-2">p3 heading</h3>
            <h4 id="lavrovs-visit"><em>Lavrov’s</em> <code>visit</code></h4>
            <h2 id="section">!!!</h2>
            <h2 id="section-2"></h2>

            """)
        #expect(result.ids == ["intro", "intro-2", "intro-3", "p3-heading", "p3-heading-2", "lavrovs-visit", "section", "section-2"])
    }

    @Test func headingIDsAreTransliterated() {
        let result = Cmark.html(from: "## Визит в Пхеньян\n\n## Über Köln\n")
        #expect(result.ids.count == 2)
        #expect(result.ids[1] == "uber-koln")  // Cyrillic: "vizit-v-phen-an" with ICU today
        for id in result.ids {
            #expect(!id.isEmpty && id.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D })
        }
    }

    @Test func headingIDsCanBeTurnedOff() {
        let result = Cmark.html(from: "# Title\n\nText\n", options: HTMLOptions(headingIDs: false))
        #expect(result.html == "<h1>Title</h1>\n<p>Text</p>\n")
        #expect(result.ids == [])
    }

    @Test func headingAttributesComeOnlyFromSlugs() {
        // The slug is made from text and code only: raw HTML never reaches it.
        let result = Cmark.html(from: "# \"><script>x</script> <img src=x onerror=y>\n")
        #expect(result.html == """
            <h1 id="x">&quot;&gt;<!-- raw HTML omitted -->x<!-- raw HTML omitted --> <!-- raw HTML omitted --></h1>

            """)
    }

    // MARK: Mention links

    @Test func firstMentionOnlyLongestNameFirst() {
        let markdown = """
            # Lavrov in Pyongyang

            Foreign Minister Sergei Lavrov arrived.

            Lavrov left. Sergei Lavrov returned.

            """
        let result = Cmark.html(from: markdown, options: HTMLOptions(headingIDs: false, mentionLinks: [lavrov]))
        #expect(result.html == """
            <h1>Lavrov in Pyongyang</h1>
            <p>Foreign Minister <a href="../actors/sergei-lavrov.html" title="Sergei Lavrov">Sergei Lavrov</a> arrived.</p>
            <p>Lavrov left. Sergei Lavrov returned.</p>

            """)
        #expect(result.links == ["../actors/sergei-lavrov.html"])
    }

    @Test func mentionsAreWholeWords() {
        let link = MentionLink(names: ["Lavrov"], url: "l.html")
        let result = Cmark.html(from: "Lavrovsky, ÉLavrov and Lavrov2 met Lavrov’s aide; Lavrov waved.\n",
                                options: HTMLOptions(mentionLinks: [link]))
        #expect(result.html == """
            <p>Lavrovsky, ÉLavrov and Lavrov2 met <a href="l.html">Lavrov</a>’s aide; Lavrov waved.</p>

            """)
    }

    @Test func mentionsSkipLinksCodeAndImages() {
        let link = MentionLink(names: ["Lavrov"], url: "l.html")
        let markdown = "[Lavrov](https://example.org) `Lavrov` ![Lavrov](i.png) and **Lavrov**!\n"
        let result = Cmark.html(from: markdown, options: HTMLOptions(mentionLinks: [link]))
        #expect(result.html == """
            <p><a href="https://example.org">Lavrov</a> <code>Lavrov</code> <img src="i.png" alt="Lavrov" /> and <strong><a href="l.html">Lavrov</a></strong>!</p>

            """)
        #expect(result.links == ["https://example.org", "i.png", "l.html"])
    }

    @Test func linkedTextIsNotLinkedAgain() {
        let full = MentionLink(names: ["Sergei Lavrov"], url: "a.html")
        let short = MentionLink(names: ["Lavrov", "Sergei"], url: "b.html")
        let result = Cmark.html(from: "Sergei Lavrov met Lavrov’s aide.\n",
                                options: HTMLOptions(mentionLinks: [full, short]))
        #expect(result.html == """
            <p><a href="a.html">Sergei Lavrov</a> met <a href="b.html">Lavrov</a>’s aide.</p>

            """)
    }

    @Test func mentionsAcrossSplitTextAndInQuotesAndLists() {
        // cmark splits "AT&T" and "Hi!" into several text nodes; they are joined first.
        let att = MentionLink(names: ["AT&T"], url: "att.html")
        let kim = MentionLink(names: ["Kim"], url: "kim.html", title: "Kim \"Jong\" <Un>")
        let markdown = "> Hi! AT&amp;T and AT&T.\n\n- Kim\n"
        let result = Cmark.html(from: markdown, options: HTMLOptions(anchorParagraphs: true, mentionLinks: [att, kim]))
        #expect(result.html == """
            <blockquote>
            <p id="p1" class="para">\(anchor(1))Hi! <a href="att.html">AT&amp;T</a> and AT&amp;T.</p>
            </blockquote>
            <ul>
            <li><span id="p2" class="para">\(anchor(2))<a href="kim.html" title="Kim &quot;Jong&quot; &lt;Un&gt;">Kim</a></span></li>
            </ul>

            """)
        #expect(result.links == ["att.html", "kim.html"])
    }

    @Test func mentionURLsStillPassCmarksChecks() {
        let bad = MentionLink(names: ["Kim"], url: "javascript:alert(1)")
        #expect(Cmark.html(from: "Kim.\n", options: HTMLOptions(mentionLinks: [bad])).html == "<p><a href=\"\">Kim</a>.</p>\n")
    }

    @Test func noMentionFoundChangesNothing() {
        let link = MentionLink(names: ["Nobody", ""], url: "n.html")
        #expect(Cmark.html(from: "Hello!\n", options: HTMLOptions(mentionLinks: [link])).html == "<p>Hello!</p>\n")
    }

    // MARK: Paragraphs, ids, links

    @Test func paragraphsHaveNumbersLinesAndText() {
        let markdown = """
            # Title

            First line
            continues *here*  
            and `code`.

            > Quoted [link](x.html) ![alt](i.png).

            - item

            """
        #expect(Cmark.paragraphs(in: markdown) == [
            MarkdownParagraph(number: 1, line: 3, text: "First line continues here and code."),
            MarkdownParagraph(number: 2, line: 7, text: "Quoted link alt."),
            MarkdownParagraph(number: 3, line: 9, text: "item"),
        ])
    }

    @Test func idsAndLinksInDocumentOrder() {
        let markdown = """
            # A

            See [one](one.html "One") and <https://example.org/two>.

            ## B

            ![pic](img/p.png) [ref]

            [ref]: ../three.html

            """
        let result = Cmark.html(from: markdown, options: HTMLOptions(anchorParagraphs: true))
        #expect(result.ids == ["a", "p1", "b", "p2"])
        #expect(result.links == ["one.html", "https://example.org/two", "img/p.png", "../three.html"])
        #expect(result.html == """
            <h1 id="a">A</h1>
            <p id="p1" class="para">\(anchor(1))See <a href="one.html" title="One">one</a> and <a href="https://example.org/two">https://example.org/two</a>.</p>
            <h2 id="b">B</h2>
            <p id="p2" class="para">\(anchor(2))<img src="img/p.png" alt="pic" /> <a href="../three.html">ref</a></p>

            """)
    }
}
