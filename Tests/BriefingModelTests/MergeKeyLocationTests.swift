import Testing
@testable import BriefingModel

/// Where errors point when front matter uses anchors, aliases and `<<` merge keys: the
/// decoder reads an item's location off its own node unless a merge key was followed, and
/// these pin that both paths give the lines and columns a walk from the root gave.
@Suite struct MergeKeyLocationTests {
    static let article = """
        ---
        title: Lavrov visits Pyongyang
        published: 2023-10-18
        actors:
          - &country { id: russia, name: Russia, kind: country, colour: red }
          - { <<: *country, id: north-korea, name: North Korea, kind: nation }
        events:
          - &visit
            id: lavrov-visits-pyongyang
            title: Lavrov begins a two-day visit to Pyongyang
            date: 2023-10-18
            source: [p1]
          - <<: *visit
            id: second-visit
            date: 2023-13-40
        ---
        Lavrov arrived in Pyongyang on Wednesday.

        """

    @Test func errorsInAnchoredAndMergedItemsPointAtTheirOwnText() {
        let parsed = ModelParser.parseArticle(Self.article, path: "a.md")
        #expect(parsed.diagnostics.map(\.description) == [
            "a.md:5:57: error: unknown key 'colour'",
            "a.md:6:7: error: unknown key '<<' (did you mean 'id'?)",
            "a.md:6:63: error: unknown actor kind 'nation'; expected one of person, organization, country, media, group, other",
            "a.md:13:5: error: unknown key '<<' (did you mean 'id'?)",
            "a.md:15:11: error: '2023-13-40' is not a date; write YYYY, YYYY-MM, YYYY-MM-DD or a range START/END",
        ])
    }
}
