import NewsCore

/// The rules of the entity pass; each mention records the id of the rule that found it.
enum EntityRule: String, Sendable {
  case gazetteerPlace = "location.gazetteer"
  case gazetteerOrganization = "organization.gazetteer"
  case dateline = "location.dateline"
  case placeHead = "location.head-of"  // Republic of X, Strait of X
  case placeSuffix = "location.suffix"  // X Province, X Sea
  case placeAfterPreposition = "location.after-preposition"
  case organizationHead = "organization.head-of"  // Ministry of X, University of X
  case organizationSuffix = "organization.suffix"  // X Agency, X Inc, X Council
  case clubNamedAfterCity = "organization.club-named-after-city"
  case teamInResults = "organization.team-in-results"
  case countryInResults = "location.team-in-results"  // a national side in a table of countries
  case clubNamedLikeCountry = "organization.club-named-like-country"  // Monaco in a table of clubs
  case teamAfterCountry = "organization.team-after-country"  // Jalabert ( France ) ONCE
  case scorerInTable = "person.scorer-in-table"  // Feyenoord - Larsson 35 ; Wasim Akram 22-4-61-2
  case teamBeforeScorers = "organization.team-before-scorers"  // Feyenoord - Larsson 35
  case athleteBeforeCountry = "person.athlete-before-country"  // Chanda Rubin ( U.S. ) beat …
  case acronym = "organization.acronym"
  case acronymInParentheses = "organization.acronym-in-parentheses"
  case acronymOfNamedOrganization = "organization.acronym-of-named"
  case backReference = "organization.back-reference"  // the Council → the council named earlier
  case titleBeforeName = "person.title-before-name"
  case reportingVerb = "person.reporting-verb"
  case givenName = "person.given-name"
  case nameShape = "person.name-shape"
  case marketName = "organization.name-in-market-report"  // Hoare Govett, Glaxo Wellcome
  case surnameOfNamedPerson = "person.surname-of-named"
  case sameNameElsewhere = "entity.same-name-elsewhere"
  case playerInSportsReport = "person.player-in-sports-report"
  case initialsAndSurname = "person.initials"
  case familyName = "person.family-name"
  case foreignConnector = "entity.foreign-connector"  // Telefonica de Argentina, Charles de Gaulle
  case companyContext = "organization.company-context"  // shares of X, X fell 1/4, X 's chairman
  case ampersandName = "organization.ampersand"  // Marks & Spencer, Procter & Gamble
  case scoreboardPlayer = "person.scoreboard"  // c Croft b Cork
  case clubInMatch = "organization.club-in-match"  // Juventus were held 1-1
  case venueHeading = "location.venue-heading"  // At Leicester :
  case clubBeforePlayer = "organization.club-before-player"  // Arsenal 's Ian Wright
  case organizationKind = "organization.kind-noun"  // the Likud party, the Petra news agency
  case placeKind = "location.kind-noun"  // the Chouf district, the town of Kerak
  case organizationOpener = "organization.opener"  // Bank Hapoalim, Radio Moscow
}

extension EntityRule {
  /// Whether the rule types a person by the name's shape or a verb after it, not by a title or a list.
  var typesByShapeOnly: Bool {
    switch self {
    case .reportingVerb, .nameShape, .givenName, .familyName, .playerInSportsReport: return true
    default: return false
    }
  }
}

/// A mention found by the pass, in byte offsets, before it becomes an `EntityMention`.
struct FoundName {
  var type: EntityType
  var tokens: Range<Int>
  var rule: EntityRule
  var confidence: Double
}
