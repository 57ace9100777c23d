import BriefingModel
import Testing

@Suite struct SlugTests {
    @Test(arguments: ["a", "z9", "sergei-lavrov", "b52-lands-at-cheongju", "2023", "a-b-c", String(repeating: "a", count: 120)])
    func valid(_ id: String) {
        #expect(Slug.isValid(id))
    }

    @Test(arguments: [
        "", "-a", "a-", "a--b", "-", "Sergei-Lavrov", "sergei lavrov", "sergei_lavrov", "sergei.lavrov",
        "../etc", "a/b", "é", "сергей", "北京", "a\u{0}", "a\n", String(repeating: "a", count: 121),
    ])
    func invalid(_ id: String) {
        #expect(!Slug.isValid(id), "'\(id)' is valid")
    }

    @Test(arguments: [
        ("Sergei Lavrov", "sergei-lavrov"),
        ("Kim Jong Un", "kim-jong-un"),
        ("  Leading and trailing  ", "leading-and-trailing"),
        ("B-52 lands at Cheongju!", "b-52-lands-at-cheongju"),
        ("Xi's visit", "xis-visit"),
        ("Russia’s war", "russias-war"),
        ("Côte d’Ivoire", "cote-divoire"),
        ("Ünïcödé", "unicode"),
        ("Сергей Лавров", "sergej-lavrov"),
        ("Арсенал", "arsenal"),
        ("北京", "bei-jing"),
        ("서울", "seoul"),
        ("Ελλάδα", "ellada"),
        ("Ｆｕｌｌ width", "full-width"),
        ("a_b.c/d", "a-b-c-d"),
        ("2023 — a year", "2023-a-year"),
    ])
    func make(_ text: String, _ slug: String) {
        #expect(Slug.make(from: text) == slug)
        #expect(Slug.isValid(Slug.make(from: text)))
    }

    @Test func neverEmpty() {
        #expect(Slug.make(from: "") == "item")
        #expect(Slug.make(from: "!!! ???") == "item")
        #expect(Slug.make(from: "   ") == "item")
        #expect(Slug.make(from: "🙂", fallback: "article") == "article")
    }

    @Test func isBoundedAndStaysValid() {
        let long = Slug.make(from: String(repeating: "word ", count: 100))
        #expect(long.utf8.count <= 81)
        #expect(Slug.isValid(long))
        #expect(!long.hasSuffix("-"))
    }

    @Test func makeKeepsAValidSlug() {
        for id in ["sergei-lavrov", "b52", "a-1-b"] {
            #expect(Slug.make(from: id) == id)
        }
    }

    /// Windows refuses these as file names whatever the extension, so they name no page.
    @Test(arguments: ["con", "prn", "aux", "nul", "com0", "com1", "com9", "lpt1", "lpt9"])
    func windowsDeviceNamesAreNotIds(_ name: String) {
        #expect(Slug.problem(with: name) == .reservedName)
        #expect(Slug.make(from: name.uppercased()) == name + "-1")
        #expect(Slug.isValid(Slug.make(from: name)))
        // Only the whole name is reserved.
        #expect(Slug.isValid(name + "-press") && Slug.isValid("the-" + name))
    }

    @Test func whyAnIdIsRefused() {
        #expect(Slug.problem(with: "sergei-lavrov") == nil)
        #expect(Slug.problem(with: "../etc") == .notASlug)
        #expect(Slug.problem(with: "caf\u{E9}") == .notASlug)
        #expect(Slug.problem(with: "cafe\u{301}") == .notASlug)
        #expect(Slug.problem(with: String(repeating: "a", count: 300)) == .tooLong(bytes: 300))
        #expect(Slug.problem(with: String(repeating: "A", count: 300)) == .notASlug)
    }

    /// ASCII text skips the ICU transform; a combining accent at the end sends the same
    /// text through it (folding drops the accent), and both must give the same slug.
    @Test func asciiTextSlugsAsTheTransformDoes() {
        var texts = ["Events", "In disputes", "Related actors", "Mentions", "P9", "Xi's  visit", "--A_b--", "", "   "]
        for byte in UInt8(0x20)..<0x7F {
            let character = String(UnicodeScalar(byte))
            texts += [character, "Ab" + character + "Cd 9", character + character + "x"]
        }
        for text in texts {
            #expect(Slug.make(from: text) == Slug.make(from: text + "\u{301}"), "\(text.debugDescription)")
        }
    }
}
