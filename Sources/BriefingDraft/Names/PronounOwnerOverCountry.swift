/// "The Kenya Airline Pilots Association rejected that account. Its general secretary, Wanjiru
/// Mwangi, said …": a title owned through "its" or "their" belongs to the body the pronoun points
/// back to, even when the title's head ("secretary", "president") made the holder an officer of
/// the country by default — a default an explicit owner outweighs. Only that default is replaced:
/// a holder whose country the text wrote ("Kenya's secretary …") keeps it.
extension NameFinding {
    mutating func preferPronounOwnersOverDefaultCountry() {
        for index in records.indices where absorbed[index] == nil && records[index].kind == .person && records[index].qualifier == nil {
            guard let current = records[index].affiliation, let placed = lookup[current.lowercased()],
                  records[resolveIndex(placed)].kind == .country,
                  let owner = pronounOwner(ofPersonAt: records[index].defined), owner != index else { continue }
            records[index].affiliation = records[owner].name
        }
    }
}
