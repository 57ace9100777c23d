import BriefingModel
@testable import BriefingDraft
import Testing

/// Sides lost unpaired, from invented wire-copy probes: a company whose name opens with a
/// lower-case letter ("easyJet", "eBay") read as no actor, so its rejection answered nothing;
/// and "told the public broadcaster LSM that …" whose addressee leaked into the statement.
@Suite struct LowerFirstCompanyNameTests: NameProbing {
    @Test(arguments: [
        ("Online marketplace eBay said it had removed 300 listings of ivory.", "eBay"),
        ("The Chilean retailer falaBrava said its stores in Santiago would stay shut.", "falaBrava"),
    ]) func aCamelCasedNameIsAnActor(_ probe: (String, String)) {
        #expect(names(find(probe.0)).contains(probe.1), "\(names(find(probe.0)))")
    }

    /// After "budget carrier" or "flag carrier" the name is an airline (AirlineCarrier.swift).
    @Test(arguments: [
        ("Budget carrier easyJet said on Monday it would cancel 60 flights at Gatwick.", "easyJet"),
        ("Lithuanian flag carrier skyLitva cancelled 40 flights on Tuesday as its pilots walked out.", "skyLitva"),
    ]) func aCamelCasedNameAfterCarrierIsAnActor(_ probe: (String, String)) {
        #expect(names(find(probe.0)).contains(probe.1), "\(names(find(probe.0)))")
    }

    @Test(arguments: [
        ("The health ministry said 2 million mRNA vaccine doses had arrived.", "mRNA"),
        ("The plant produced 400 kWh a day, the operator Norgrid said.", "kWh"),
        ("Water samples showed a pH of 4, the agency said.", "pH"),
    ]) func unitsAndLowerCaseTermsAreNoActors(_ probe: (String, String)) {
        #expect(!names(find(probe.0)).contains { $0.contains(probe.1) }, "\(names(find(probe.0)))")
    }
}

extension DisputeFinderTests {
    /// "told the public broadcaster LSM that": all before "that" is the addressee.
    @Test(arguments: [
        ("Tomas Lind told the public broadcaster Radio Nord that the inspection had covered only two months.", "the inspection had covered"),
        ("Tomas Lind told the regional daily Southport Post that the ferry had been overloaded.", "the ferry had been overloaded"),
        ("Tomas Lind told the court in Southport that the contract had been signed in May.", "the contract had been signed"),
        ("Tomas Lind told a news conference in Nordia that the border would stay closed.", "the border would stay closed"),
    ]) func anAddresseeBeforeThatIsNoPartOfTheStatement(_ probe: (String, String)) {
        let statements = positions(probe.0).filter { $0.actor == "Tomas Lind" }.map(\.statement)
        #expect(statements.contains { $0.hasPrefix(probe.1) }, "\(statements)")
    }

    /// Without "that", or with a verb before it, the words after the verb stay the statement.
    @Test(arguments: [
        ("Tomas Lind told Reuters the new Southland rules were unfair and would be challenged.", "the new Southland rules were unfair"),
        ("Tomas Lind told reporters the port had said that fees would rise.", "the port had said"),
        // Where and when the addressee was told, and a colon before a quote, are not the statement.
        ("Tomas Lind told reporters in Stockholm: \"The bridge is not safe.\"", "\"The bridge is not safe"),
        ("Tomas Lind told Reuters on Tuesday the new Southland rules were unfair.", "the new Southland rules were unfair"),
    ]) func aClauseAfterTheAddresseeStaysTheStatement(_ probe: (String, String)) {
        let statements = positions(probe.0).filter { $0.actor == "Tomas Lind" }.map(\.statement)
        #expect(statements.contains { $0.hasPrefix(probe.1) }, "\(statements)")
    }
}

extension DisputeFinderTests {
    /// "told reporters … that the figures were “not confirmed”": doubt, once the addressee no
    /// longer hides the reported clause's subject; other negated clauses still deny.
    @Test(arguments: [
        ("Anna Berg told reporters in Nordia on Monday that the figures given by local officials were “not confirmed.”", "questions"),
        ("Anna Berg said the death toll was not verified by any independent source.", "questions"),
        ("Anna Berg told reporters in Nordia that the ships had not entered Southland waters.", "denies"),
        ("Anna Berg said the figures were not accurate.", "denies"),
    ]) func anUnconfirmedClauseIsDoubted(_ probe: (String, String)) {
        #expect(stances(probe.0).contains("\(probe.1) Anna Berg"), "\(stances(probe.0))")
    }
}
