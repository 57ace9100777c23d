/// "Environment Minister Carla Fuentes defended the regulator's findings": defending another's
/// account backs it, as "backed the government's position" does (`endorsement`). Only with the
/// account's owner named in a possessive: "defended its figures" holds the speaker's own earlier
/// account, not the latest of another, and "defended the city" names no account at all.
extension PositionFinder {
    static let defendingVerbs: Set<String> = D.words("defend defends defended defending")
}
