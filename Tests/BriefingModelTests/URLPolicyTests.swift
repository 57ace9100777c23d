import BriefingModel
import Testing

@Suite struct URLPolicyTests {
    @Test(arguments: [
        "https://example.org/story", "http://example.org", "HTTPS://EXAMPLE.ORG", "mailto:desk@example.org",
        "../actors/sergei-lavrov.html", "actors.html#top", "#p3", "/absolute/path", "?q=1", "page.html?a=b:c",
    ])
    func allowed(_ url: String) {
        #expect(URLPolicy.problem(with: url) == nil, "'\(url)' refused")
    }

    @Test func schemes() {
        #expect(URLPolicy.scheme(of: "https://example.org") == "https")
        #expect(URLPolicy.scheme(of: "JavaScript:alert(1)") == "javascript")
        #expect(URLPolicy.scheme(of: "java\tscript:alert(1)") == "javascript")
        #expect(URLPolicy.scheme(of: "  javascript:alert(1)") == "javascript")
        #expect(URLPolicy.scheme(of: "\u{1}javascript:alert(1)") == "javascript")
        #expect(URLPolicy.scheme(of: "svn+ssh://host") == "svn+ssh")
        #expect(URLPolicy.scheme(of: "../a.html") == nil)
        #expect(URLPolicy.scheme(of: "a.html#x:y") == nil)
        #expect(URLPolicy.scheme(of: "/path:with-colon") == nil)
        #expect(URLPolicy.scheme(of: ":nothing") == nil)
        #expect(URLPolicy.scheme(of: "no-colon-at-all") == nil)
    }

    @Test func refused() {
        let schemes = "; only http, https, mailto and relative URLs are allowed"
        #expect(URLPolicy.problem(with: "javascript:alert(1)") == "uses the scheme 'javascript:'" + schemes)
        #expect(URLPolicy.problem(with: "JaVaScRiPt:alert(1)") == "uses the scheme 'javascript:'" + schemes)
        #expect(URLPolicy.problem(with: " javascript:alert(1)") == "uses the scheme 'javascript:'" + schemes)
        #expect(URLPolicy.problem(with: "data:text/html,<b>hi</b>") == "uses the scheme 'data:'" + schemes)
        #expect(URLPolicy.problem(with: "vbscript:msgbox") == "uses the scheme 'vbscript:'" + schemes)
        #expect(URLPolicy.problem(with: "file:///etc/passwd") == "uses the scheme 'file:'" + schemes)
        #expect(URLPolicy.problem(with: "java\tscript:alert(1)") == "contains control characters")
        #expect(URLPolicy.problem(with: "https://example.org/\u{7F}") == "contains control characters")
        #expect(URLPolicy.problem(with: "https://example.org/\n") == "contains control characters")
        #expect(URLPolicy.problem(with: "//example.org/story") == "is protocol-relative; write http:// or https://")
    }

    @Test(arguments: [" //example.org", "/\\example.org", "\\\\example.org", "\\/example.org"])
    func refusesWhatBrowsersReadAsProtocolRelative(_ url: String) {
            #expect(URLPolicy.problem(with: url) != nil, "'\(url)' allowed")
    }
}
