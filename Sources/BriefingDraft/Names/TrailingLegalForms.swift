/// Legal forms written after a company's name, as written ("Andes Litio SpA", "Kivu Copper SA",
/// "Rhein Kabel GmbH"): a capitalised run that ends in one is a company, never a person, so the
/// person rules do not draft it beside its short form ("Andes Litio said"). Case-sensitive, so
/// a surname such as "Sa" or "Ab" stays a name.
extension NameLexicon {
    static let trailingCompanyForms: Set<String> = [
        "SpA", "SA", "AG", "GmbH", "NV", "BV", "Tbk", "Bhd", "Pty", "ASA", "AB", "Oyj", "Srl", "SRL", "SAS",
        "PLC", "Plc", "Ltd", "LLC", "LLP", "KK", "JSC", "PJSC",
        // Forms of the former Soviet states ("Vahagn Mining CJSC", "Kazatomprom JSC", "… OJSC", "… LLC").
        "CJSC", "OJSC", "OAO", "ZAO", "OOO",
        // "Mun River Hydro Co said": a company's "Co" without its period.
        "Co",
        // As the tokenizer keeps an abbreviation's period: "Kivu Alloys Ltd.", "Andes Litio S.A.",
        // "Harbor Link Co.", "Nordic Pumps Inc." (LegalFormPeriod.swift joins the two spellings).
        "Ltd.", "S.A.", "Inc", "Inc.", "Corp.", "Co.", "Plc.", "Bhd.", "Pty.", "Ltda", "Ltda.",
    ]
}
