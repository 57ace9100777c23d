import BriefingModel
@testable import BriefingDraft
import Testing

/// Events on unseen text (helper ev): verbs that say, measure or move alone are acts with a
/// certain object or particle, when their clause is dated.
extension EventFinderTests {
    @Test func aVerbIsAnActByItsObjectOrParticle() {
        let published = "2026-05-13"
        #expect(events("Divers called off the search on Saturday.", published).map { $0.date?.description } == ["2026-05-09"])
        #expect(events("Rescuers recovered the last of the bodies on Monday.", published).map { $0.date?.description } == ["2026-05-11"])
        #expect(events("Inspectors took soil and water samples from the lake on Sunday.", published).map { $0.date?.description } == ["2026-05-10"])
        #expect(events("On Tuesday, hundreds of mourners followed the coffins of the three fishermen through Tulcea.", published)
            .map { $0.date?.description } == ["2026-05-12"])
        #expect(events("A passenger train came off the tracks near Ruse last month.", published).map { $0.date?.description } == ["2026-04"])
    }

    @Test func withoutTheObjectTheVerbIsNoAct() {
        let published = "2026-05-13"
        // Saying, measuring, moving: no event.
        #expect(events("The mayor called for calm on Saturday.", published).isEmpty)
        #expect(events("The lari recovered slightly on Monday.", published).isEmpty)
        #expect(events("The minister took questions from reporters on Sunday.", published).isEmpty)
        #expect(events("Analysts followed the session closely on Tuesday.", published).isEmpty)
        #expect(events("Tomas Varga came off the bench in the second half on Sunday.", published).isEmpty)
    }
}
