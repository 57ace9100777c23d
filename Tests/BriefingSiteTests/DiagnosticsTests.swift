import BriefingModel
import BriefingSite
import Foundation
import Testing

// Every diagnostic of the loader, asserted whole — path, line, column and message — from
// the small bad sites under Tests/Fixtures/invalid/<case>/. Each expectation was checked
// by hand against its fixture: the line and column point at the offending token.
//
// Paths in diagnostics are relative to the current directory when the site is under it,
// absolute otherwise; the tests replace the site folder, either way, with `<site>`.

/// The bad fixture sites, and the good one.
enum InvalidFixtures {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures").standardizedFileURL
    static let root = fixtures.appendingPathComponent("invalid")
    static let validMinimal = fixtures.appendingPathComponent("valid-minimal")

    static func site(_ name: String) -> URL { root.appendingPathComponent(name) }

    /// Every fixture site under `invalid/`.
    static var allCases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? [])
            .filter { !$0.hasPrefix(".") }.sorted()
    }

    /// How the loader shows a path under the current directory.
    static func displayed(_ path: String) -> String {
        let current = FileManager.default.currentDirectoryPath
        return path.hasPrefix(current + "/") ? String(path.dropFirst(current.count + 1)) : path
    }

    /// `diagnostics.map(\.description)` with the site folder shown as `<site>`.
    static func descriptions(_ diagnostics: [Diagnostic], site: URL) -> [String] {
        let absolute = site.standardizedFileURL.path
        let relative = displayed(absolute)
        return diagnostics.map {
            $0.description
                .replacingOccurrences(of: absolute, with: "<site>")
                .replacingOccurrences(of: relative, with: "<site>")
        }
    }

    static func load(_ name: String) -> [String] {
        let site = site(name)
        return descriptions(SiteLoader.load(site: site).diagnostics, site: site)
    }

    /// What `briefing check` reports: a dry-run build's diagnostics (empty if it succeeds).
    static func check(_ site: URL) async -> [Diagnostic] {
        do {
            _ = try await SiteBuilder.build(.init(site: site, dryRun: true))
            return []
        } catch {
            return error.diagnostics
        }
    }
}

/// Asserts the whole list, in order.
func expectDiagnostics(_ actual: [String], _ expected: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    #expect(actual == expected, sourceLocation: sourceLocation)
    // Sorted by path, then line and column: the order a user fixes them in.
    #expect(actual == sortedByLocation(actual), "diagnostics are not sorted by location", sourceLocation: sourceLocation)
}

private func sortedByLocation(_ lines: [String]) -> [String] {
    func key(_ line: String) -> (String, Int, Int) {
        let parts = line.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count == 4, let l = Int(parts[1]), let c = Int(parts[2]) else { return (line, 0, 0) }
        return (String(parts[0]), l, c)
    }
    return lines.enumerated().sorted { a, b in
        let (x, y) = (key(a.element), key(b.element))
        return x != y ? x < y : a.offset < b.offset
    }.map(\.element)
}

@Suite struct DiagnosticsTests {
    // MARK: YAML and front matter

    @Test func yamlSyntaxErrorsArePlacedOnTheFileLine() {
        // The front matter starts on file line 2: YAML line 3 of colon.md is file line 4.
        expectDiagnostics(InvalidFixtures.load("yaml-syntax"), [
            "<site>/actors/tab.yml:4:1: error: YAML syntax error: did not find expected node content while parsing a flow node",
            "<site>/articles/colon.md:4:16: error: YAML syntax error: mapping values are not allowed in this context",
            "<site>/articles/duplicate-key.md:4:1: error: duplicate key 'title' in one mapping",
            "<site>/articles/flow.md:5:1: error: YAML syntax error: did not find expected ',' or ']' while parsing a flow sequence",
            "<site>/articles/no-front-matter.md:1:1: error: an article starts with front matter: a line '---', the YAML model, and another '---'",
            "<site>/articles/not-a-mapping.md:2:1: error: the front matter must be a mapping with at least 'title' and 'published'",
            "<site>/articles/unclosed.md:1:1: error: the front matter opened on line 1 is never closed with a line '---'",
        ])
    }

    @Test func lineEndingsAndByteOrderMark() {
        expectDiagnostics(InvalidFixtures.load("line-endings"), [
            // The BOM is not part of the first line's text, so line 4 is still line 4.
            "<site>/articles/bom.md:4:1: error: unknown key 'sumary' (did you mean 'summary'?)",
            "<site>/articles/crlf.md:5:29: error: unknown actor kind 'persn' (did you mean 'person'?); expected one of person, organization, country, media, group, other",
        ])
    }

    @Test func aliasBombIsRejectedQuickly() {
        let clock = ContinuousClock()
        var diagnostics: [String] = []
        let elapsed = clock.measure { diagnostics = InvalidFixtures.load("alias-bomb") }
        let message = "YAML expands to more than \(YAMLDocument.nodeBudget) nodes through aliases; aliases are not allowed to multiply content"
        expectDiagnostics(diagnostics, [
            "<site>/actors/laughs.yml:1:1: error: " + message,
            "<site>/articles/laughs.md:2:1: error: " + message,
        ])
        #expect(elapsed < hangLimit(1), "loading an alias bomb took \(elapsed)")
        // The bomb itself is a few hundred bytes.
        let size = (try? Data(contentsOf: InvalidFixtures.site("alias-bomb").appendingPathComponent("articles/laughs.md")).count) ?? 0
        #expect(size < 1_000)
    }

    @Test func hostileYAMLIsRefusedAtItsPlace() {
        expectDiagnostics(InvalidFixtures.load("hostile-yaml"), [
            // actors/bom.yml starts with a byte-order mark and is read as if it did not.
            "<site>/articles/deep.md:4:11: error: YAML nested more than 1000 levels deep (the nesting limit); flatten it",
            "<site>/articles/flow-duplicate.md:4:59: error: duplicate key 'name' in one mapping",
            "<site>/articles/invalid-utf8.md:4:13: error: the file is not valid UTF-8 text from here on; save it as UTF-8",
            "<site>/articles/item-duplicate.md:8:5: error: duplicate key 'name' in one mapping",
            "<site>/articles/nul.md:4:16: error: the file contains a NUL byte",
        ])
    }

    @Test func pathologicalMarkdownIsRefusedBeforeCmark() {
        expectDiagnostics(InvalidFixtures.load("pathological-markdown"), [
            "<site>/articles/brackets.md:7:189: error: more than 32 '[' are open at once in this paragraph (the open-brackets limit, which keeps cmark fast); close them or write '\\['",
            "<site>/articles/deep-quote.md:7:65: error: block quotes and lists are nested more than 32 deep (the nesting-depth limit, which keeps cmark fast); flatten the nesting",
            "<site>/articles/emphasis.md:7:6011: error: more than 2000 runs of '*' or '_' in this paragraph (the emphasis-delimiter limit, which keeps cmark fast); split the paragraph or escape them with '\\'",
        ])
    }

    // MARK: Types and required fields

    @Test func wrongTypesAreReportedAtTheValue() {
        expectDiagnostics(InvalidFixtures.load("wrong-type"), [
            "<site>/articles/header.md:4:8: error: expected true or false for 'draft'",
            "<site>/articles/items.md:7:14: error: expected a list for 'aliases'",
            "<site>/articles/items.md:9:11: error: expected text for 'name'",
            "<site>/articles/items.md:13:19: error: expected a list for 'participants'",
            "<site>/articles/items.md:17:13: error: expected a list for 'source'",
            "<site>/articles/items.md:18:9: error: 'places' must be a list (items starting with '- ')",
            "<site>/articles/title.md:3:3: error: expected text for 'title'",
        ])
    }

    @Test func missingFieldsAreReportedAtTheirItem() {
        expectDiagnostics(InvalidFixtures.load("missing-field"), [
            "<site>/articles/empty-title.md:2:8: error: 'title' is empty",
            "<site>/articles/items.md:7:5: error: missing required field 'id'",
            "<site>/articles/items.md:8:5: error: actor 'b' has no 'name'; give it here or in actors/b.yml",
            "<site>/articles/items.md:11:5: error: missing required field 'source'",
            "<site>/articles/items.md:18:9: error: missing required field 'claim'",
            "<site>/articles/items.md:24:9: error: missing required field 'stance'",
            "<site>/articles/items.md:28:5: error: missing required field 'text'",
            "<site>/articles/items.md:31:5: error: missing required field 'source'",
            "<site>/articles/no-published.md:2:1: error: missing required field 'published'",
            "<site>/articles/no-title.md:2:1: error: missing required field 'title'",
        ])
    }

    // MARK: Keys, references and sources

    @Test func unknownKeysSuggestTheNearestKey() {
        expectDiagnostics(InvalidFixtures.load("unknown-key"), [
            "<site>/actors/russia.yml:3:1: error: unknown key 'alias' (did you mean 'aliases'?)",
            "<site>/articles/typos.md:4:1: error: unknown key 'sumary' (did you mean 'summary'?)",
            "<site>/articles/typos.md:5:23: error: unknown key 'link'",
            "<site>/articles/typos.md:13:5: error: unknown key 'participant' (did you mean 'participants'?)",
            "<site>/articles/typos.md:15:26: error: unknown key 'rol' (did you mean 'role'?)",
            "<site>/articles/typos.md:24:9: error: unknown key 'evidense' (did you mean 'evidence'?)",
            "<site>/articles/typos.md:28:5: error: unknown key 'colour'",
            "<site>/briefing.yml:2:1: error: unknown key 'base-url' (did you mean 'base_url'?)",
        ])
    }

    @Test func unknownReferencesSuggestTheNearestId() {
        expectDiagnostics(InvalidFixtures.load("unknown-reference"), [
            "<site>/actors/vladimir-putin.yml:3:14: error: unknown actor 'rusia' (did you mean 'russia'?)",
            "<site>/articles/references.md:10:18: error: unknown actor 'russian-federation'",
            "<site>/articles/references.md:14:5: error: unknown actor 'kim-jong-un'; define it in an article or in actors/kim-jong-un.yml",
            "<site>/articles/references.md:18:14: error: unknown actor 'north-korea'",
            "<site>/articles/references.md:20:5: error: unknown place 'beijing'; define it in an article or in places/beijing.yml",
            "<site>/articles/references.md:24:12: error: unknown place 'pyongyng' (did you mean 'pyongyang'?)",
            "<site>/articles/references.md:26:9: error: unknown actor 'vladimir-putn' (did you mean 'vladimir-putin'?)",
            "<site>/articles/references.md:29:5: error: unknown event 'summit'; define it in an article or in events/summit.yml",
            "<site>/articles/references.md:34:16: error: unknown actor 'united-states'",
            "<site>/articles/references.md:39:14: error: unknown actor 'sergei-lavrof' (did you mean 'sergei-lavrov'?)",
            "<site>/articles/references.md:40:10: error: unknown actor 'ria-novosty' (did you mean 'ria-novosti'?)",
            "<site>/places/moscow.yml:3:10: error: unknown actor 'russsia' (did you mean 'russia'?)",
        ])
    }

    @Test func badSourceReferences() {
        let notAReference = "is not a source reference; write pN for paragraph N or pN.sM for its sentence M"
        expectDiagnostics(InvalidFixtures.load("bad-source"), [
            "<site>/articles/sources.md:10:18: error: source p99 points past the last paragraph; the article has 2 paragraphs",
            "<site>/articles/sources.md:13:13: error: source p1.s9 points past the last sentence of paragraph 1, which has 2 sentences",
            "<site>/articles/sources.md:16:18: error: 'x9' " + notAReference,
            "<site>/articles/sources.md:21:21: error: 'p3.s0' " + notAReference,
            // "Mr. Smith and the U.S." do not end the sentence: paragraph 2 has one.
            "<site>/articles/sources.md:24:21: error: source p2.s2 points past the last sentence of paragraph 2, which has 1 sentence",
            "<site>/articles/sources.md:28:13: error: 'p0' " + notAReference,
            "<site>/events/curated.yml:3:9: error: an event in a definition file cannot cite paragraphs; give 'source' where an article lists the event",
        ])
    }

    // MARK: Ids and conflicts

    @Test func conflictingDefinitionsNameBothPlaces() {
        expectDiagnostics(InvalidFixtures.load("conflict"), [
            "<site>/articles/first.md:5:5: error: actor 'vladimir-putin' is defined differently in two places: 'name' is 'Vladimir Putin' at <site>/actors/vladimir-putin.yml:1:1 but 'V. Putin' here",
            "<site>/articles/second.md:5:5: error: actor 'russia' is defined differently in two places: 'kind' is 'country' at <site>/articles/first.md:7:5 but 'organization' here",
            "<site>/articles/second.md:11:5: error: event 'summit' is defined differently in two places: 'date' is '2023-10-18' at <site>/articles/first.md:11:5 but '2023-10-19' here",
        ])
    }

    @Test func idsThatAreNotSlugsDuplicatesAndFileNames() {
        let rule = "ids use lowercase a-z, 0-9 and single '-', such as"
        expectDiagnostics(InvalidFixtures.load("ids"), [
            "<site>/actors/russia.yml:1:5: error: the id 'russian-federation' differs from the file name 'russia'; remove 'id' or rename the file",
            "<site>/articles/Bad Name.md:1:1: error: the article file name 'Bad Name.md' is not a slug; rename it to 'bad-name.md'",
            "<site>/articles/ids.md:5:9: error: actor id 'Sergei Lavrov' is not a slug; \(rule) 'sergei-lavrov'",
            "<site>/articles/ids.md:10:9: error: actor 'kim-jong-un' is listed twice in this article (first at line 8)",
            "<site>/articles/ids.md:13:11: error: place id '-pyongyang' is not a slug; \(rule) 'pyongyang'",
            "<site>/articles/ids.md:15:9: error: event id 'talks--in-pyongyang' is not a slug; \(rule) 'talks-in-pyongyang'",
            "<site>/articles/ids.md:19:9: error: dispute id 'Арсенал' is not a slug; \(rule) 'arsenal'",
        ])
    }

    @Test func idsThatTryToLeaveTheOutputFolderOrShareAPath() {
        let rule = "ids use lowercase a-z, 0-9 and single '-', such as"
        let reserved = "is a device name that Windows reserves (CON, PRN, AUX, NUL, COM0-9, LPT0-9), so no file can be named after it there; use another id, such as"
        let long = String(repeating: "x", count: 300)
        expectDiagnostics(InvalidFixtures.load("paths"), [
            "<site>/actors/someone.yml:1:1: error: 'someone' is also defined by <site>/actors/someone.yaml:1:1; both files would make the page actors/someone.html; remove or rename one",
            "<site>/articles/ids.md:5:9: error: actor id '../../etc/passwd' is not a slug; \(rule) 'etc-passwd'",
            "<site>/articles/ids.md:8:9: error: actor id '/etc/passwd' is not a slug; \(rule) 'etc-passwd'",
            "<site>/articles/ids.md:11:9: error: actor id 'a\\u{0}b' is not a slug; \(rule) 'a-b'",
            "<site>/articles/ids.md:14:9: error: actor id 'con' \(reserved) 'con-1'",
            "<site>/articles/ids.md:17:9: error: actor id 'NUL' is not a slug; \(rule) 'nul-1'",
            "<site>/articles/ids.md:20:9: error: actor id 'com1' \(reserved) 'com1-1'",
            "<site>/articles/ids.md:23:9: error: actor id 'lpt9' \(reserved) 'lpt9-1'",
            "<site>/articles/ids.md:26:9: error: actor id 'aux' \(reserved) 'aux-1'",
            "<site>/articles/ids.md:29:9: error: actor id 'Lavrov' is not a slug; \(rule) 'lavrov'",
            "<site>/articles/ids.md:35:9: error: actor id 'caf\u{E9}' is not a slug; \(rule) 'cafe'",
            // The same id written decomposed (e + U+0301) is the same id: Swift compares canonically.
            "<site>/articles/ids.md:38:9: error: actor 'caf\u{E9}' is listed twice in this article (first at line 35)",
            "<site>/articles/ids.md:38:9: error: actor id 'caf\u{E9}' is not a slug; \(rule) 'cafe'",
            "<site>/articles/ids.md:41:9: error: actor id '\(long)' is 300 bytes long; ids use at most 120 bytes of lowercase a-z, 0-9 and single '-', such as '\(long.prefix(80))'",
            "<site>/articles/twin.md:1:1: error: 'twin' is also defined by <site>/articles/twin.markdown:1:1; both files would make the page articles/twin.html; remove or rename one",
        ])
    }

    // MARK: Values

    @Test func valuesOutsideTheVocabularies() {
        expectDiagnostics(InvalidFixtures.load("bad-vocabulary"), [
            "<site>/articles/vocabulary.md:5:53: error: unknown actor kind 'persn' (did you mean 'person'?); expected one of person, organization, country, media, group, other",
            "<site>/articles/vocabulary.md:8:45: error: unknown place kind 'cty' (did you mean 'city'?); expected one of city, country, region, site, vessel, other",
            "<site>/articles/vocabulary.md:12:13: error: unknown dispute status 'opne' (did you mean 'open'?); expected one of open, settled, retracted",
            "<site>/articles/vocabulary.md:17:17: error: unknown stance 'assert' (did you mean 'asserts'?); expected one of asserts, denies, questions, neutral",
            "<site>/articles/vocabulary.md:21:17: error: unknown stance 'maybe'; expected one of asserts, denies, questions, neutral",
        ])
    }

    @Test func badDates() {
        let format = "write YYYY, YYYY-MM, YYYY-MM-DD or a range START/END"
        expectDiagnostics(InvalidFixtures.load("bad-dates"), [
            "<site>/articles/dates.md:7:11: error: '2023-13-01' is not a date; " + format,
            "<site>/articles/dates.md:11:11: error: the event ends (2023-10-01) before it starts (2023-10-18)",
            "<site>/articles/dates.md:16:11: error: the event ends (2023-09) before it starts (2023-10)",
            "<site>/articles/dates.md:20:11: error: '2023-02-29' is not a date; " + format,
            "<site>/articles/dates.md:25:10: error: give the end either in 'date' as a range or in 'end', not both",
            "<site>/articles/dates.md:29:10: error: 'end' needs a 'date' to start from",
            "<site>/articles/dates.md:34:10: error: 'October' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD",
            "<site>/articles/dates.md:38:11: error: '18 October 2023' is not a date; " + format,
            "<site>/articles/impossible.md:3:12: error: 'published' must be a full date YYYY-MM-DD, not '2023-04-31'",
            "<site>/articles/month-only.md:3:12: error: 'published' must be a full date YYYY-MM-DD, not '2023-10'",
        ])
    }

    @Test func badURLs() {
        let schemes = "only http, https, mailto and relative URLs are allowed"
        expectDiagnostics(InvalidFixtures.load("bad-url"), [
            // A control character in a message is shown escaped, not sent raw to the terminal.
            "<site>/articles/data.md:4:28: error: the source URL 'da\\tta:text/html,hi' contains control characters",
            "<site>/articles/javascript.md:4:15: error: the source URL 'javascript:alert(1)' uses the scheme 'javascript:'; " + schemes,
            "<site>/articles/javascript.md:6:1: error: the link 'javascript:alert(1)' uses the scheme 'javascript:'; " + schemes,
            "<site>/articles/javascript.md:8:1: error: the link 'data:text/html,hi' uses the scheme 'data:'; " + schemes,
            "<site>/articles/protocol-relative.md:6:8: error: the source URL '//example.org/story' is protocol-relative; write http:// or https://",
        ])
    }

    @Test func baseURLMustBeHTTP() {
        expectDiagnostics(InvalidFixtures.load("bad-base-url"), [
            "<site>/briefing.yml:2:11: error: 'base_url' must be an absolute http or https URL, not 'ftp://example.org/briefing/'",
        ])
    }

    // MARK: Files and folders

    @Test func siteFilesThatCannotBeRead() {
        expectDiagnostics(InvalidFixtures.load("site-files"), [
            "<site>/actors/empty.yml:1:1: error: a definition file holds one mapping of fields, such as 'name:'",
            "<site>/actors/list.yml:1:1: error: a definition file holds one mapping of fields, such as 'name:'",
            "<site>/articles/fine.md:4:10: error: unknown actor 'list'; define it in an article or in actors/list.yml",
            "<site>/articles/fine.md:4:16: error: unknown actor 'empty'; define it in an article or in actors/empty.yml",
            "<site>/articles/latin1.md:4:13: error: the file is not valid UTF-8 text from here on; save it as UTF-8",
            "<site>/articles/nul.md:7:3: error: the file contains a NUL byte",
        ])
    }

    @Test func siteWithoutArticlesOrConfig() {
        expectDiagnostics(InvalidFixtures.load("no-articles"), [
            "<site>/articles:1:1: error: the site has no articles; add articles/<id>.md",
        ])
        expectDiagnostics(InvalidFixtures.load("no-config"), [
            "<site>/briefing.yml:1:1: error: no briefing.yml in the site folder; is '<site>' a Briefing site? ('briefing init' makes one)",
        ])
        expectDiagnostics(InvalidFixtures.load("not-a-mapping"), [
            "<site>/briefing.yml:1:1: error: briefing.yml holds a mapping with at least 'title'",
        ])
    }

    @Test func symbolicLinksOutOfTheSiteAreNotFollowed() async throws {
        let manager = FileManager.default
        let temporary = manager.temporaryDirectory.appendingPathComponent("briefing-diagnostics-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: temporary) }
        let site = temporary.appendingPathComponent("site")
        let secret = temporary.appendingPathComponent("secret.md")
        try manager.createDirectory(at: temporary, withIntermediateDirectories: true)
        try manager.copyItem(at: InvalidFixtures.validMinimal, to: site)
        try Data("---\ntitle: Secret\npublished: 2023-10-18\n---\nSecret.\n".utf8).write(to: secret)
        try manager.createSymbolicLink(atPath: site.appendingPathComponent("articles/outside.md").path, withDestinationPath: secret.path)
        try manager.createDirectory(at: site.appendingPathComponent("static"), withIntermediateDirectories: true)
        try manager.createSymbolicLink(atPath: site.appendingPathComponent("static/secret.md").path, withDestinationPath: secret.path)

        expectDiagnostics(InvalidFixtures.descriptions(await SiteLoader.load(site: site).diagnostics, site: site), [
            "<site>/articles/outside.md:1:1: error: symbolic link points outside the site folder (to '\(secret.path)'); not followed",
        ])
        // The model is fine without the link; the static folder's link is found by the build.
        try manager.removeItem(at: site.appendingPathComponent("articles/outside.md"))
        expectDiagnostics(InvalidFixtures.descriptions(await InvalidFixtures.check(site), site: site), [
            "<site>/static/secret.md:1:1: error: symbolic link in the site folder; not followed",
        ])
    }

    @Test func staticFileThatWouldReplaceAPage() async {
        let site = InvalidFixtures.site("static-clash")
        expectDiagnostics(InvalidFixtures.descriptions(await InvalidFixtures.check(site), site: site), [
            "<site>/static/index.html:1:1: error: static file 'index.html' would replace a page or asset the site generates; rename it",
        ])
    }

    @Test func unknownTemplateOverride() async {
        let site = InvalidFixtures.site("unknown-template")
        expectDiagnostics(InvalidFixtures.descriptions(await InvalidFixtures.check(site), site: site), [
            "<site>/templates/acticle.md.mustache:1:1: error: unknown template 'acticle.md.mustache' (did you mean 'article.md.mustache'?); a site can only override the default templates",
        ])
    }

    // MARK: All at once

    @Test func errorsInManyFilesAreReportedTogetherSorted() {
        expectDiagnostics(InvalidFixtures.load("multiple-files"), [
            "<site>/actors/vladimir-putin.yml:3:1: error: unknown key 'rank'",
            "<site>/articles/alpha.md:6:39: error: unknown actor kind 'cuntry' (did you mean 'country'?); expected one of person, organization, country, media, group, other",
            "<site>/articles/alpha.md:10:11: error: '2023-10-32' is not a date; write YYYY, YYYY-MM, YYYY-MM-DD or a range START/END",
            "<site>/articles/beta.md:4:1: error: unknown key 'bylne' (did you mean 'byline'?)",
            "<site>/articles/beta.md:8:36: error: unknown actor 'kim-jong-un'",
            "<site>/articles/beta.md:9:13: error: source p2 points past the last paragraph; the article has 1 paragraph",
            "<site>/articles/gamma.md:5:14: error: unknown actor 'vladimir-putn' (did you mean 'vladimir-putin'?)",
            "<site>/articles/gamma.md:7:13: error: source p1.s2 points past the last sentence of paragraph 1, which has 1 sentence",
        ])
    }

    @Test func oneErrorDoesNotHideTheOthers() {
        expectDiagnostics(InvalidFixtures.load("hidden-errors"), [
            "<site>/articles/article.md:7:20: error: unknown actor 'nobody'",
            "<site>/articles/article.md:8:13: error: source p2 points past the last paragraph; the article has 1 paragraph",
            "<site>/articles/header.md:4:8: error: expected true or false for 'draft'",
            "<site>/articles/header.md:8:20: error: unknown actor 'somebody'",
            "<site>/briefing.yml:1:1: error: missing required field 'title'",
        ])
    }

    /// `briefing check` reports exactly what the loader finds.
    @Test(arguments: InvalidFixtures.allCases.filter { !["static-clash", "unknown-template"].contains($0) })
    func checkReportsWhatTheLoaderFinds(_ name: String) async {
        let site = InvalidFixtures.site(name)
        let loaded = await SiteLoader.load(site: site).diagnostics
        #expect(!loaded.isEmpty, "fixture '\(name)' has no problems")
        #expect(await InvalidFixtures.check(site) == loaded)
    }

    /// An editor can jump to `path:line:column` from where the command ran.
    @Test(arguments: InvalidFixtures.allCases)
    func pathsAreRelativeToTheCurrentDirectory(_ name: String) async {
        let site = InvalidFixtures.site(name)
        guard InvalidFixtures.displayed(site.path) != site.path else { return }  // not under it
        let absolute = await InvalidFixtures.check(site).filter { $0.location.path.hasPrefix("/") }
        #expect(absolute.isEmpty, "\(absolute)")
    }

    // MARK: A failed build

    @Test func failedBuildLeavesThePreviousOutputUntouched() async throws {
        let manager = FileManager.default
        let parent = manager.temporaryDirectory.appendingPathComponent("briefing-diagnostics-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: parent) }
        let output = parent.appendingPathComponent("public")

        let report = try await SiteBuilder.build(.init(site: InvalidFixtures.validMinimal, output: output))
        #expect(report.pagesByKind.values.reduce(0, +) > 0)
        let before = treeSnapshot(output)
        #expect(before["index.html"] != nil)
        #expect(before["articles/lavrov-visit.html"] != nil)
        let siblingsBefore = try manager.contentsOfDirectory(atPath: parent.path).sorted()

        let bad = InvalidFixtures.site("unknown-reference")
        do {
            _ = try await SiteBuilder.build(.init(site: bad, output: output))
            Issue.record("a site with errors built")
        } catch {
            #expect(InvalidFixtures.descriptions(error.diagnostics, site: bad) == InvalidFixtures.load("unknown-reference"))
        }
        #expect(treeSnapshot(output) == before)
        // Nothing half-built is left beside the output either.
        #expect(try manager.contentsOfDirectory(atPath: parent.path).sorted() == siblingsBefore)
    }
}

/// Every file below a folder (hidden ones too), relative path → bytes.
private func treeSnapshot(_ folder: URL) -> [String: Data] {
    var files: [String: Data] = [:]
    let base = folder.standardizedFileURL.path
    guard let enumerator = FileManager.default.enumerator(atPath: base) else { return files }
    for case let relative as String in enumerator {
        var isDirectory: ObjCBool = false
        let path = base + "/" + relative
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
            files[relative] = FileManager.default.contents(atPath: path) ?? Data()
        }
    }
    return files
}
