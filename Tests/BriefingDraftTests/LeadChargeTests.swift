import BriefingModel
@testable import BriefingDraft
import Testing

/// The lead's charge stays in reach of a denial that points back at "the accusations" many
/// paragraphs below it, after the evidence and other voices, when the charge names the
/// denier. The sentences are invented; the last test checks what the rule must leave alone.
extension DisputeFinderTests {
    static let farAnswerBody = """
        Harbor Watch said the engineer had copied plans of the port's cranes onto memory sticks.

        The port handles a third of the country's grain exports.

        Its new container terminal opened in 2023 after six years of works.

        Dockers' shifts were cut last year when the grain trade slowed.

        Tomas Lind said the terminal would stay open through the winter.
        """

    func farAnswerFound(lead: String, answer: String) -> Bool {
        disputes(lead + "\n\n" + Self.farAnswerBody + "\n\n" + answer)
            .contains { sides($0).first == "asserts Northland" && sides($0).contains("denies Southland") }
    }

    @Test func aFarDenialOfTheAccusationsAnswersTheLeadCharge() {
        for lead in [
            "Northland accused Southland of recruiting an engineer at its main port to pass it plans of the terminal.",
            "Northland on Friday accused Southland of recruiting an engineer at its main port.",
        ] {
            for answer in ["Southland called the accusations unfounded.", "Southland rejected the allegations as a provocation."] {
                #expect(farAnswerFound(lead: lead, answer: answer), "\(lead) / \(answer)")
            }
        }
        // A participle whose object is a pronoun ("…, accusing them of") gives no accused yet.
        withKnownIssue("accused of a participle with a pronoun object is not read") {
            #expect(farAnswerFound(lead: "Northland ordered two Southland diplomats to leave on Friday, accusing them of recruiting an engineer at its main port.",
                                   answer: "Southland called the accusations unfounded."))
        }
    }

    @Test func aFarDenialBySomeoneTheChargeDoesNotNameIsNotItsAnswer() {
        let found = disputes("""
            Northland accused Southland of recruiting an engineer at its main port to pass it plans of the terminal.

            \(Self.farAnswerBody)

            Harbor Watch called the accusations unfounded.
            """)
        #expect(!found.contains { sides($0).first == "asserts Northland" && sides($0).contains("denies Harbor Watch") }, "\(found.map(sides))")
    }
}
