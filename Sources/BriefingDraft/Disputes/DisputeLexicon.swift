/// Words that take a side: verbs that deny or question, phrases that call a claim
/// unfounded, words that mark a claim, and the vocabulary used to tell whether two
/// statements are about the same thing. English grammar and news usage only; no names.
enum DisputeLexicon {
    static func words(_ text: String) -> Set<String> {
        Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }

    /// A statement's words in lower case, hyphenated ones whole ("cover-up"), as the rules that
    /// look for words of wrong, of concession or after a copula read them.
    static func hyphenatedWords(_ statement: String) -> [String] {
        LowercaseWords.split(statement, keeping: "-")
    }

    /// Verbs whose subject denies what was said.
    static let denyVerbs = words("""
        deny denies denied denying reject rejects rejected rejecting dismiss dismisses dismissed dismissing
        refute refutes refuted refuting rebuff rebuffs rebuffed rebuffing repudiate repudiated repudiates
        disputed disputes disputing contradicted contradicts rebutted rebuts disagreed disagrees
        """)

    /// Verbs whose subject casts doubt.
    static let questionVerbs = words("""
        question questions questioned questioning doubt doubts doubted doubting challenged challenges challenging
        contested contests contesting
        """)

    /// Verbs of accusing: their subject asserts a claim against someone.
    static let claimVerbs = words("""
        accuse accuses accused accusing allege alleges alleged alleging claimed claiming charged charging
        warned warning suspected blamed blaming blames insisted insisting
        """)

    /// Verbs that credit a position to their subject without saying it aloud.
    static let positionVerbs = words("suspected believes believed")

    /// What a court, a judge or an inquiry holds, with a "that" clause: "ruled that", "found that".

    /// What an accused denies as a whole: "denied wrongdoing", "denies all charges".
    static let chargeNouns = words("wrongdoing wrongdoings charge charges guilt involvement responsibility")

    /// Documents that speak for their authors: "a report by …", "the audit … found".
    static let documentNouns = words("report study audit review survey analysis assessment investigation inquiry")

    /// Single words in a statement that call a claim unfounded or oppose a measure.
    static let denyWords = words("""
        baseless groundless unfounded fake false absurd lies lie fabricated fabrication fabrications nonsense
        untrue slander slanderous smear smears propaganda preposterous ridiculous hoax disinformation
        misinformation fiction fictitious unsubstantiated opposed opposes oppose dissatisfied denial denials
        rejection groundlessly so-called unrelated distortion distortions falsehood falsehoods
        invented inventing invention concocted trumped-up made-up fairy fantasy fantasies witch witch-hunt
        scapegoat scapegoats scapegoating
        """)

    /// Verbs of reckoning or holding that report a "that" clause ("estimated that", "maintains that").
    static let reckoningVerbs = words("""
        estimate estimates estimated calculate calculates calculated reckon reckons reckoned
        maintain maintains maintained contend contends contended
        """)

    /// Predicates that call a thing said false ("that figure was wrong"): only after a claim
    /// noun and its copula (`judgesClaimFalse`), since "wrong" alone often judges conduct.
    static let falsityWords = words("wrong inaccurate incorrect misleading mistaken erroneous flawed exaggerated overstated")

    /// Predicates of truth: denied of a thing said ("the figure could not be right"), they call it false.
    static let truthWords = words("right true correct accurate credible reliable")

    /// Verdicts that condemn a measure or a claim ("the sanctions were illegal") but accuse
    /// when they describe someone's conduct ("the dangerous and unlawful conduct of the vessel").
    /// "the ruling is therefore void", "the result was invalid": a measure said to have no force.
    static let verdictWords = words("""
        illegal unlawful illegitimate unjustified unjust inhuman inhumane arbitrary discriminatory
        void invalid
        """)

    /// What a verdict or a condemnation may be aimed at: measures taken and claims made.
    static let measureNouns = words("""
        sanction sanctions measure measures tariff tariffs duty duties ban bans embargo decision decisions
        ruling verdict result results restriction restrictions expulsion expulsions claim claims allegation
        allegations accusation accusations report reports move moves investigation probe
        """)

    /// Measures one side takes against another.
    static let imposedMeasures = words("""
        sanction sanctions measure measures tariff tariffs duty duties ban bans embargo restriction restrictions
        expulsion expulsions decision move
        """)

    /// Verbs of condemning: against a measure (or "them", "it") they oppose it.
    static let condemnVerbs = words("""
        denounce denounces denounced denouncing condemn condemns condemned condemning decried decrying
        criticised criticized criticises criticizes slammed blasted
        """)

    /// Verbs that name what something is ("called the measures an attack").
    /// "described the report as “one-sided”" names it as "called the report “one-sided”" does.
    static let namingVerbs = words("called calling branded branding labelled labeled termed dubbed described describing")

    /// "We will not accept the result", "refused to recognise it".
    static let acceptVerbs = words("accept accepts accepted recognise recognises recognised recognize recognizes recognized")

    /// "cannot vouch for", "could not verify": doubt, not denial.
    static let verifyVerbs = words("""
        vouch verify confirm corroborate guarantee verified confirmed corroborated substantiated
        """)

    /// Words a side uses to defend its own conduct ("our vessel acted in accordance with
    /// international law", "purely defensive"): against an accusation they deny it.
    static let justificationWords = words("""
        legitimate lawful legal legally lawfully defensive routine justified proportionate calmly
        complies complied compliant
        """)

    /// Words that call a thing fair or true ("its prices were set fairly", "its figures were
    /// accurate"): they defend only what the speaker's own clause names, since "the offer was
    /// fair" judges another's.
    static let fairnessWords = words("fair fairly genuine accurate transparent")

    /// Words that charge the other side with hostile conduct; a statement using them accuses,
    /// even where it calls its own side's work lawful.
    static let accusationWords = words("""
        deliberate deliberately attempt intimidate intimidation intimidating provocation provocative aggression
        aggressive reckless harassment harassing violation violated violating hostile
        """)

    /// Words after which "evidence", "proof" or "basis" deny ("no evidence", "without providing any proof").
    static let lackWords = words("no without lacks lack lacked lacking never")
    /// "without merit", "the claims lack merit", "no truth to the reports", "without foundation":
    /// a claim with no ground, as "no evidence".
    static let evidenceWords = words("evidence proof basis grounds merit truth foundation substance")

    /// Words of doubt; "“Without the accounts, we are all guessing”" leaves a claim unchecked.
    static let questionWords = words("""
        doubt doubts doubtful skeptical sceptical unclear unproven unverified questionable dubious
        unconvinced irregularities flawed unconfirmed guessing guesswork
        """)

    /// Heads of bodies of citizens rather than of the state: a union and a ministry of one
    /// country can take opposite sides.
    static let civilBodies = words("""
        union unions association federation league coalition party society movement alliance syndicate
        chamber guild confederation
        """)

    /// Nouns that stand for a claim made before ("both claims", "the allegations").
    static let claimNouns = words("""
        claim claims allegation allegations accusation accusations charge charges report reports assertion
        assertions suggestion suggestions complaint complaints
        """)

    /// Things said or done before that a denial can point back to ("rejected the protest",
    /// "dismissed the measures"): claims, and the acts that carry them.
    static let answeredNouns = claimNouns.union(words("""
        protest protests criticism criticisms findings measures decision ruling verdict result results move
        finding account accounts version versions comparison comparisons figure figures estimate estimates
        assessment characterisation characterization description conclusion conclusions interpretation
        """))

    /// Nouns for a count someone gave: "the true figure", "the official numbers understated it".
    static let countNouns = words("""
        figure figures number numbers count toll tally tallies total totals statistics estimate estimates
        """)

    /// What was said, as a thing that can be judged: "called the statement “shameful”".
    static let statementNouns = words("""
        statement statements remarks comments claim claims accusation accusations allegation allegations report reports
        """)

    /// Words that condemn what was said when they name it: "called the UN statement “irresponsible”".
    static let condemnationWords = words("""
        shameful irresponsible unacceptable outrageous insulting disgraceful scandalous deplorable offensive insult insults affront
        """)

    /// Words that doubt what was said when they name it: "called the report “biased”", "a figure
    /// the ministry described as “outdated”".
    static let discreditWords = words("biased one-sided partisan selective politicised politicized outdated exaggerated inflated")

    /// Words that make a count another's and wrong: "the true figure", "the real number".
    static let trueCountWords = words("true real actual correct")

    /// Verbs that say a count misstates what it counts: "the official figures understated the
    /// outbreak", "numbers that hide most of the problem".
    static let misstatementVerbs = words("""
        understate understates understated understating underestimate underestimates underestimated
        underestimating overstate overstates overstated overstating exaggerate exaggerates exaggerated
        exaggerating inflate inflates inflated inflating undercount undercounts undercounted undercounting
        underreport underreports underreported underreporting hide hides hid hiding conceal conceals concealed
        concealing mask masks masked masking distort distorts distorted distorting
        """)

    static let negations = words("not never no n't")
    static let auxiliaries = words("""
        is are was were has have had will would can could does do did shall should may might must
        """)

    /// Content words that say nothing about the topic.
    static let stopwords = words("""
        a an the and or but if then than that this these those there their they them it its he him his she her
        we our us you your i me my of to in on at by for with from into over about after before as also
        not no nor so such too very can could will would should may might must shall be is are was were been
        being have has had do does did done said says say saying told tell telling according reporters
        statement news agency agencies week weeks month months year years day days time times today tonight
        yesterday monday tuesday wednesday thursday friday saturday sunday january february march april may
        june july august september october november december jan feb mar apr jun jul aug sep sept oct nov
        dec what which who whom whose when where while why how all any both each few more most other some
        own same just only now up down out off again further once here very already still even ever
        however because though although unless until upon per via among between through during without
        within including against toward towards across around near since like unlike new one two three
        first last next recent recently mr mrs ms dr spokesman spokeswoman spokesperson minister official
        officials president leader country countries nation government added noted repeatedly separately
        asked comments comment told reporters quoted saying way part whether
        """)

    /// Words news uses interchangeably for the same thing, folded to one.
    static let synonyms: [String: String] = {
        var map: [String: String] = [:]
        for word in words("arms weapon weapons weaponry munition munitions ammunition shells missiles armaments") { map[word] = "weapon" }
        for word in words("""
            ship ships shipped shipping shipment shipments deliver delivers delivered delivering delivery deliveries
            supply supplies supplied supplying transfer transfers transferred transferring send sends sent sending
            provide provides provided providing export exports exported exporting
            """) { map[word] = "supply" }
        for word in words("evidence proof") { map[word] = "evidence" }
        for word in words("bomb bombs bombing bombings blast blasts explosion explosions explosive explosives") { map[word] = "bomb" }
        for word in words("war warfare invasion conflict fighting") { map[word] = "war" }
        for word in words("support supports supported supporting backing backs backed aid aids aided assistance help helping helped") { map[word] = "support" }
        for word in words("sanction sanctions sanctioned sanctioning penalties penalty measures restrictions") { map[word] = "sanction" }
        for word in words("company companies firm firms entities entity businesses") { map[word] = "company" }
        for word in words("election elections vote votes voting ballot ballots poll polls polling") { map[word] = "election" }
        for word in words("killing killings killed murder murdered assassination assassinated") { map[word] = "killing" }
        for word in words("tariff tariffs duty duties levy levies") { map[word] = "tariff" }
        for word in words("spy spying spies espionage spied") { map[word] = "spy" }
        // One happening, however told: "sank" in one account, "the sinking" in the other.
        for word in words("sink sinks sank sunk sinking capsize capsized capsizing") { map[word] = "sink" }
        for word in words("hack hacking hacked hackers cyberattack cyberattacks") { map[word] = "hack" }
        // Whether two things are connected: "linked", "unrelated", "no coincidence".
        for word in words("link links linked linking connection connected unrelated coincidence coincidental retaliation retaliatory") { map[word] = "link" }
        return map
    }()

    /// A crude stem: synonyms folded, common suffixes removed, a doubled final consonant undone.
    static func stem(_ word: String) -> String? {
        var lower = word  // already lowercased, with straight apostrophes
        if lower.hasSuffix("'s") { lower.removeLast(2) }
        if lower.hasSuffix("'") { lower.removeLast() }
        guard lower.count >= 3, !stopwords.contains(lower), lower.contains(where: \.isLetter) else { return nil }
        if let folded = synonyms[lower] { return folded }
        for suffix in ["ments", "ment", "ings", "ing", "ies", "ied", "ed", "es", "s"] where lower.hasSuffix(suffix) && lower.count - suffix.count >= 4 {
            lower.removeLast(suffix.count)
            if suffix == "ies" || suffix == "ied" { lower += "y" }
            break
        }
        if lower.count >= 5, let last = lower.last, lower.dropLast().last == last, !"aeiouls".contains(last) { lower.removeLast() }
        return String(lower.prefix(7))
    }
}
