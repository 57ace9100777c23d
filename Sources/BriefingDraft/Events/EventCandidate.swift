import BriefingModel

/// One trigger clause read as an event, before it is merged with earlier mentions.
struct EventCandidate {
    var sentence: SourceRef
    var clause: Int
    var head: Trigger
    var classes: Set<EventClass>
    var isVerbal: Bool
    /// "the summit", "Lavrov’s visit", "the first time one has landed": an earlier event again.
    var isReferential: Bool
    /// A noun that names a new event on its own ("a rare trip", "new sanctions", "held talks").
    var isLicensed: Bool
    /// "then", "again": a further event even if it looks like an earlier one.
    var isNovel: Bool
    var isPlanned: Bool
    var agent: String?
    var participants: [String]
    var place: String?
    var date: DateSpan?
    var dateText: String?
    /// The clause names its own time, even an open one ("recently"): no borrowing.
    var hasOwnTime: Bool
    var title: String
    /// "The seizure took place on Wednesday night": the sentence dates an act told just before.
    var isDatedByItsHappening = false
    /// "the strike would last until Friday": the day a named event is said to run on until.
    var runsUntil: (BriefingDate, String)?
}

/// What the candidate stage needs from outside the sentence.
struct EventContext {
    var actorKinds: [String: ActorKind]
    var placeNames: Set<String>
    /// The latest day or month of the text so far, for "two days later", "the following month".
    var lastDate: (date: BriefingDate, text: String)?
    /// The year of the latest date of the text so far, for "in June of that year".
    var lastYear: Int?
    /// The first day-precision date of the previous sentence, for "… came as he began …".
    var previousSentenceDate: (date: DateSpan, text: String)?
    /// The day of a court's sitting told by the latest dated sentence, kept through the court
    /// sentences after it, for "He pleaded not guilty" (see `courtSittingTime`).
    var courtSitting: (date: DateSpan, text: String)?
    /// The latest day the text wrote with its year ("Dec. 17, 2023"), for a yearless day near it.
    var lastFullDay: CalendarDay?
}
