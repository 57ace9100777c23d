import Testing
@testable import BriefingDraft

/// "The UN human rights office … The UN office said": a sub-body named in full once and then by
/// its parent's name and its own head noun. Found among dispute sides given to the parent on
/// development set C. The sentences are invented.
@Suite struct ShortenedSubBodyTests: NameProbing {
    func aliases(_ text: String, _ name: String) -> [String] {
        actor(find(text), name)?.aliases ?? []
    }

    @Test func theParentAndTheHeadNounNameTheSubBody() {
        let text = """
            The UN refugee agency in Geneva said 3,000 people had fled the fighting.
            The United Nations said it would send a team.
            The UN agency said its staff had reached the border.
            """
        #expect(aliases(text, "UN refugee agency").contains("the UN agency"), "\(names(find(text)))")
        let office = """
            The EU anti-fraud office said the grants had been misused. The EU office said it had sent its findings to prosecutors.
            """
        #expect(aliases(office, "EU anti-fraud office").contains("the EU office"), "\(names(find(office)))")
    }

    @Test func aShortFormThatFitsTwoSubBodiesOrNoneNamesNeither() {
        // Two UN offices named before: "the UN office" is left to the other rules.
        let text = """
            The UN human rights office said aid was blocked.
            The UN humanitarian office said convoys had stopped.
            The UN office said talks would resume.
            """
        let result = find(text)
        #expect(!(actor(result, "UN human rights office")?.aliases.contains("the UN office") ?? false))
        #expect(!(actor(result, "UN humanitarian office")?.aliases.contains("the UN office") ?? false))
        // "the UN office for refugees" describes a body of its own.
        let own = find("The UN human rights office said 40 people had died. The UN office for refugees said 300 had fled.")
        #expect(!(actor(own, "UN human rights office")?.aliases.contains("the UN office") ?? false))
    }
}
