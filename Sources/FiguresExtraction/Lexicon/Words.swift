/// Hashes of the single words and marks the scanners test by name. They are written as
/// literals (FNV-1a of the lower-cased word, as `Hashing.hash` computes it) so that they cost
/// nothing to read in the scanners' loops; WordsTests checks each against its word.
enum Words {
    static let hyphen: UInt64 = 0xaf63a04c86018698  // "-"
    static let enDash: UInt64 = 0x5640551b8850a5a4  // "–"
    static let emDash: UInt64 = 0x5640541b8850a3f1  // "—"
    static let colon: UInt64 = 0xaf63b74c8601adad  // ":"
    static let semicolon: UInt64 = 0xaf63b64c8601abfa  // ";"
    static let comma: UInt64 = 0xaf63a14c8601884b  // ","
    static let period: UInt64 = 0xaf63a34c86018bb1  // "."
    static let slash: UInt64 = 0xaf63a24c860189fe  // "/"
    static let plus: UInt64 = 0xaf63a64c860190ca  // "+"
    static let percentSign: UInt64 = 0xaf63984c86017900  // "%"
    static let quote: UInt64 = 0xaf639f4c860184e5  // "\""
    static let leftQuote: UInt64 = 0x56404c1b88509659  // "“"
    static let rightQuote: UInt64 = 0x56404b1b885094a6  // "”"
    static let openParen: UInt64 = 0xaf63a54c86018f17  // "("
    static let closeParen: UInt64 = 0xaf63a44c86018d64  // ")"
    static let tilde: UInt64 = 0xaf63f34c860213a1  // "~"

    static let a: UInt64 = 0xaf63dc4c8601ec8c  // "a"
    static let an: UInt64 = 0x089c3807b5458406  // "an"
    static let the: UInt64 = 0x56f5c9194461d57c  // "the"
    static let and: UInt64 = 0xe6f79719051ff286  // "and"
    static let or: UInt64 = 0x08b05407b5565ca4  // "or"
    static let to: UInt64 = 0x08c83907b56ac0a4  // "to"
    static let from: UInt64 = 0x7f845078d7a5c0b5  // "from"
    static let between: UInt64 = 0x13f5793e33ebda4f  // "between"
    static let of: UInt64 = 0x08b06007b5567108  // "of"
    static let `in`: UInt64 = 0x08b73807b55c4bbe  // "in"
    static let on: UInt64 = 0x08b05807b5566370  // "on"
    static let board: UInt64 = 0xd0013bb2e083188b  // "board"
    static let due: UInt64 = 0xca643d18f43490d5  // "due"
    static let aboard: UInt64 = 0x016d931d11e7c9b4  // "aboard"
    static let along: UInt64 = 0x839302bb82439d6a  // "along"
    static let together: UInt64 = 0xe4408d7cb0c143cf  // "together"
    static let at: UInt64 = 0x089c4e07b545a968  // "at"
    static let by: UInt64 = 0x08a64b07b54df8d4  // "by"
    static let as_: UInt64 = 0x089c5507b545b54d  // "as"
    static let once: UInt64 = 0x070eceb46ad585c4  // "once"
    static let since: UInt64 = 0x2b827d4f5e0ada9d  // "since"
    static let one: UInt64 = 0x1a08aa1921ca5caf  // "one"
    static let single: UInt64 = 0xd5dc35dcb7e762a9  // "single"
    static let half: UInt64 = 0x2e33a6cc74123124  // "half"
    static let more: UInt64 = 0x0d1be7a2c400c080  // "more"
    static let other: UInt64 = 0x0a24ad61c2562a55  // "other"
    static let nations: UInt64 = 0x85ff958a0372c1ab  // "nations"
    static let countries: UInt64 = 0x7c2c06ab74acc8cd  // "countries"
    static let person: UInt64 = 0x5bd49c0b7a0b61e0  // "person"
    static let s: UInt64 = 0xaf63ee4c86020b22  // "s"
    static let p: UInt64 = 0xaf63ed4c8602096f  // "p"
    static let m: UInt64 = 0xaf63e04c8601f358  // "m"
    static let per: UInt64 = 0x77bc7219566a8ee4  // "per"
    static let cent: UInt64 = 0xd9920290fd6b234f  // "cent"
    static let hours: UInt64 = 0x4d41317b4e57e7f4  // "hours"
    static let local: UInt64 = 0x249f1fb6f3a680e8  // "local"
    static let time: UInt64 = 0x1e5485ef2e9f9384  // "time"
    static let old: UInt64 = 0x1a0fad1921d08076  // "old"
    static let aged: UInt64 = 0xe3023e83e0137228  // "aged"
    static let age: UInt64 = 0xe715b4190539215c  // "age"
    static let ages: UInt64 = 0xe3023583e01362dd  // "ages"
    static let another: UInt64 = 0xb08377e5e235fd94  // "another"
    static let additional: UInt64 = 0x5905226c5b6536bc  // "additional"
    static let further: UInt64 = 0xcf1af29f1ed899a9  // "further"
    static let them: UInt64 = 0x2579c6ef323d0be3  // "them"
    static let whom: UInt64 = 0x9bd4c0f64f161186  // "whom"
    static let those: UInt64 = 0x418338728eb9a12a  // "those"
    static let these: UInt64 = 0xeaf1ba725db4c0c8  // "these"
    static let which: UInt64 = 0xce989e88581f9422  // "which"
    static let who: UInt64 = 0x5ec5fc194891690f  // "who"
    static let us: UInt64 = 0x08c43d07b566de99  // "us"
    static let total: UInt64 = 0x2dcede7d543a4ffd  // "total"
    static let cumulative: UInt64 = 0xfb1dbcb0fde16c1a  // "cumulative"
    static let toll: UInt64 = 0x2fd9eeef3899fadc  // "toll"
    static let number: UInt64 = 0x8031a80d73f6ebe0  // "number"
    static let had: UInt64 = 0x335808192fef8292  // "had"
    static let stood: UInt64 = 0x452f2fad76e815a4  // "stood"
    static let left: UInt64 = 0x24b070ada2041cb0  // "left"
    static let jumped: UInt64 = 0x7e776106f16cba94  // "jumped"
    static let has: UInt64 = 0x335813192fef9543  // "has"
    static let saw: UInt64 = 0x822d98195cd5edaa  // "saw"
    static let holding: UInt64 = 0x508a892bda79a410  // "holding"
    static let held: UInt64 = 0x0a9904cc5fa248be  // "held"
    static let hell: UInt64 = 0x0a98fccc5fa23b26  // "hell"
    static let holds: UInt64 = 0x7477287ad37c50f1  // "holds"
    static let with: UInt64 = 0xa66b06f655a0c2e9  // "with"
    static let survived: UInt64 = 0xf2146b2c2d30c413  // "survived"
    static let survivors: UInt64 = 0xbc658a10e66b2a64  // "survivors"
    static let population: UInt64 = 0xde4c378f5ed1ae92  // "population"
    static let earlier: UInt64 = 0xdf040ecda350ea5b  // "earlier"
    static let version: UInt64 = 0xbb62c62c9808ea37  // "version"
    static let ago: UInt64 = 0xe715be190539325a  // "ago"
    static let last: UInt64 = 0x0456d2ad905847d9  // "last"
    static let yesterday: UInt64 = 0xf945458585f62267  // "yesterday"
    static let today: UInt64 = 0xa411597d0674521e  // "today"
    static let alone: UInt64 = 0x839300bb82439a04  // "alone"
    static let including: UInt64 = 0xf6bd22e8ea1b8a30  // "including"
    static let among: UInt64 = 0xc3b922c27fc5d78b  // "among"
    static let victims: UInt64 = 0x1c10f39ce29bf552  // "victims"
    static let all: UInt64 = 0xe6f09b190519daa4  // "all"
    static let whole: UInt64 = 0xe098f1886282e554  // "whole"
    static let it: UInt64 = 0x08b73e07b55c55f0  // "it"
    static let its: UInt64 = 0x2bb3ea192be54d99  // "its"
    static let said: UInt64 = 0x096e4d18bf89481c  // "said"
    static let according: UInt64 = 0x22069a7dca739b67  // "according"
    static let end: UInt64 = 0xc2f00318f053500a  // "end"
    static let start: UInt64 = 0xee5d97ad45ad251f  // "start"
    static let month: UInt64 = 0xf4bdc3936faf56a5  // "month"
    static let week: UInt64 = 0x3d80fff619edbfbd  // "week"
    static let year: UInt64 = 0x7c64634977425edc  // "year"
    static let day: UInt64 = 0xca8d3918f4578f1d  // "day"
    static let not: UInt64 = 0x215ad619258e9f4a  // "not"
    static let no: UInt64 = 0x08b35907b5589afa  // "no"

    /// Words between a number and its noun that qualify the count: "300 more soldiers".
    static let countQualifierWords = ["more", "additional", "further", "new", "extra", "fresh", "other", "others", "odd",
                                      "remaining"]
    /// ", including ...," ", mostly ...,": asides the predicate search steps over.
    static let asideOpeners = WordSet(["including", "mostly", "mainly", "many", "most", "some", "among",
                                                "both", "all", "several", "nearly", "almost", "according",
                                                "counting", "excluding", "not", "having"])
    /// Present-tense deployment verbs that read as plans, not as participles.
    static let bareDeployVerbs = WordSet(["send", "sends", "deploy", "deploys", "dispatch", "mobilize",
                                                   "mobilise"])
    /// "has 10,000 troops": possession, a deployment only for troops.
    static let possessionVerbs = WordSet(["keeps", "kept", "maintains", "maintained", "numbering"])
    /// Words inside a predicate before its verb: "are believed to have been killed".
    static let predicateSkipWords = ["believed", "thought", "said", "reported", "estimated", "known", "feared", "presumed",
                                     "understood", "suspected", "assumed", "confirmed", "reportedly", "officially", "to",
                                     "recorded", "registered"]
    static let experiencerVerbWords = ["lost", "loses", "losing", "lose", "suffered", "suffering", "suffers", "sustained",
                                       "sustaining", "incurred", "took", "taken", "counted"]
    static let copulaWords = ["were", "was", "are", "is", "included", "include", "including"]
    /// "The figure", "the toll", "the number": the figure the text was just talking about.
    /// Words after which four digits are a year, not a count, unless people follow at once:
    /// "since February 2022", "in 2022 have".
    static let yearPrepositions = WordSet(["in", "since", "during", "until", "till", "throughout", "before",
                                           "after", "from", "early", "late", "mid", "summer", "winter", "spring",
                                           "autumn", "fall"])
    /// What captives are taken as: "took 46 guards hostage", "taken 21 soldiers prisoner".
    static let captiveWords = WordSet(["hostage", "hostages", "prisoner", "prisoners", "captive", "captives"])
    /// Where captives are held: "were held in government and Saudi jails", "prisons holding some
    /// 9,000 Islamic State fighters".
    static let jailNouns = WordSet(["jail", "jails", "prison", "prisons", "detention"])
    /// A place that holds people by design: "The facility ... was holding 712".
    static let holdingPlaceNouns = WordSet(["jail", "prison", "facility", "penitentiary", "centre", "center"])
    /// What a boat or a climber "ran into" that is no collision: "ran into trouble".
    static let troubleWords = WordSet(["trouble", "difficulty", "difficulties", "problems", "bad", "rough", "heavy"])
    /// Parts of a year before "of" and the year: "the first half of 2025", "the end of 2024".
    static let partsOfYear = WordSet(["half", "quarter", "end", "start", "beginning", "middle", "rest", "course",
                                      "summer", "winter", "spring", "autumn", "fall"])
    static let figureNouns = WordSet(["figure", "toll", "number", "tally", "count", "total"])
    /// "The 21,000 figure covers ...": nouns that name a number as a figure.
    static let namedFigureNouns = WordSet(["figure", "figures", "estimate", "estimates", "tally", "count"])
    /// A toll still to come: "the final toll could be between 60 and 100".
    static let finalWords = WordSet(["final", "eventual", "ultimate"])
    /// Participles on where people serve, before their own verb: "soldiers serving with the UN mission were killed".
    static let servingWords = WordSet(["serving", "stationed", "based", "deployed", "posted"])
    /// Counts of deaths only as the noun the number heads: "recorded 875 killings" (not "in
    /// connection with the killings"), "carried out nine executions in 2024".
    static let killingNouns = WordSet(["killings", "homicides", "murders", "executions"])
    /// "victims of intentional homicide": the crimes whose victims are dead.
    static let homicideWords = WordSet(["homicide", "homicides", "murder", "murders", "femicide", "femicides",
                                        "killing", "killings"])
    /// What a level is read on: "4 on a five-point scale".
    static let scaleNouns = WordSet(["scale", "index"])
    /// The scale's size before it: "a five-point scale".
    static let scalePoints = WordSet(["point", "level", "tier", "step"])
    /// Disaster words that name a lasting condition, not one event: a year of them is a tally.
    /// (An epidemic is one too: "In 2024, cholera killed more than 740 people"; so is a season of
    /// rains: "In the 2023 monsoon, lightning killed 301 people".)
    static let conditions = WordSet(["heat", "cold", "drought", "famine", "war", "conflict", "fighting", "insurgency",
                                     "cholera", "epidemic", "pandemic", "monsoon"])
    /// The share a number word names before them: "two-thirds", "three quarters".
    static let fractionWords = WordSet(["third", "thirds", "quarter", "quarters", "fifth", "fifths", "sixth", "sixths",
                                        "seventh", "sevenths", "eighth", "eighths", "ninth", "ninths", "tenth", "tenths"])
    /// Words that make a time phrase of the unit after them: "last year", "that day".
    static let timeDeterminers = WordSet(["last", "this", "next", "that", "same", "previous", "following", "past",
                                          "every", "each"])
    /// Prepositions whose object is a place, a time or an event, not people joined to a number
    /// before: "killed in 46 operations", "fighting between two clans".
    static let settingPrepositions = WordSet(["in", "between", "during", "across", "from", "into", "through",
                                              "over", "on", "at", "after"])
    /// Words between "in"/"over" and a span's number: "in the first five months".
    static let spanModifiers = WordSet(["the", "a", "past", "last", "first", "previous", "next", "coming", "preceding",
                                                 "same", "following"])
    /// "the dead included 427 Druze fighters": a toll's parts named.
    static let inclusionVerbs = WordSet(["included", "include", "includes"])
    /// "About 300 of the wounded": the people of a toll told before.
    /// "said in a statement that ...": what is said follows "that", no relative clause.
    static let statementNouns = WordSet(["statement", "statements", "announcement", "communique", "communiqué",
                                         "briefing", "release", "letter", "post", "message", "speech", "interview"])
    /// "the youngest was 14": an age, told of one of the people counted.
    static let ageSuperlatives = WordSet(["youngest", "oldest", "eldest"])
    /// A place's own noun after its name: "Kharkiv region", "Kunar province".
    static let areaNounWords = ["region", "province", "state", "district", "county", "city", "oblast", "governorate",
                                "department", "municipality", "prefecture", "town"]
    static let areaNouns = WordSet(areaNounWords)
    /// The days of a holiday: "during this year's Songkran holiday", "during the festive season".
    static let holidayWords = WordSet(["holiday", "holidays", "festive"])
    /// What kind of place a name names, after it: "Kutum health centre", "Bor county".
    static let placeKindNouns = WordSet(areaNounWords + ["village", "camp", "hospital", "clinic", "centre", "center", "health"])
    static let tollNouns = WordSet(["dead", "killed", "wounded", "injured", "victims", "casualties", "missing", "deceased",
                                     "martyrs"])
    /// Words of dead just added: "Among the new deaths were four children".
    static let addedWords = WordSet(["new", "latest", "additional", "further"])
    /// The count nouns of a toll: "37 of the deaths" is a part of it.
    static let tollCountNouns = WordSet(["deaths", "fatalities", "injuries", "killings", "murders", "homicides",
                                         "abductions", "kidnappings", "executions"])
    /// ", killing 32": the participles that tell a toll as what a finished action did.
    static let tollParticiples = WordSet(["killing", "wounding", "injuring", "kidnapping", "abducting"])
    /// Pronouns that name someone as a verb's object: "two gunmen shot him".
    static let objectPronouns = WordSet(["him", "her", "them"])
    /// Verbs that kill with "dead" after their object: "shot him dead".
    static let shotVerbs = WordSet(["shot", "gunned", "hacked", "beat", "stabbed"])
    /// Participles that tell a toll with "dead" after them: "shooting dead four pupils".
    static let shootingWords = WordSet(["shooting", "gunning", "hacking", "stabbing", "beating"])
    /// A side's forces named before its verb: "Nigeria's army deployed", "the Philippine military sent".
    static let forceNouns = WordSet(["army", "military", "navy", "armed", "forces", "government"])
    /// Modals: "another 500 will be sent".
    static let modalWords = ["will", "would", "could", "can", "may", "might", "shall", "should", "must"]
    /// Modals and verbs of intent after a country, which make it the verb's subject: "Egypt
    /// will send 1,091 troops", "France plans to deploy up to 200".
    static let subjectVerbs = WordSet(["will", "would", "could", "can", "may", "might", "shall", "should", "must",
                                       "plans", "planned", "intends", "intended", "aims", "pledged", "promised",
                                       "agreed", "offered", "decided", "announced", "ordered", "expects", "wants",
                                       "vowed", "contributes", "contributed", "committed", "is", "was", "has", "had"])
    /// Words before "a day", "a week" that make it a length of time, not a rate: "for more
    /// than a week", "in under a day", "nearly a month".
    static let durationWords = WordSet(["than", "for", "over", "within", "in", "under", "about", "nearly", "almost",
                                        "barely", "just", "once", "twice", "half"])
    /// Military units, counted as units: "three infantry battalions".
    /// Kinds of people that name many with no final "s" ("people", "police", "crew", a "militia"):
    /// never a singular modifier of the noun after them.
    static let pluralKindWords = WordSet(["people", "children", "men", "women", "personnel", "police", "staff", "crew",
                                          "youth", "clergy", "militia"])
    /// Groups, many of them, that a number after "of" gives the size of each of: "small assault
    /// groups of three to five soldiers".
    static let groupsOfNouns = WordSet(["groups", "teams", "squads", "units", "cells", "bands", "batches"])
    static let unitNouns = WordSet(["battalions", "battalion", "brigades", "brigade", "regiments", "regiment",
                                    "divisions", "division", "companies", "company", "squadrons", "squadron",
                                    "platoons", "platoon", "units", "unit"])
    /// People signed up or in training, who are not a deployment by being counted.
    static let recruitWords = WordSet(["recruits", "recruit", "trainees", "cadets", "volunteers"])
    /// People who served once: "Another 80 former soldiers face trial", "5,000 retired personnel".
    static let formerWords = WordSet(["former", "retired", "ex"])
    /// Serving in a war: "retired Colombian soldiers are fighting in Sudan".
    static let warServiceWords = WordSet(["fighting", "fight", "fought", "serving", "serve", "served", "deployed", "stationed"])
    /// The last word of a military unit's name: "5 Field Regiment", "12 Infantry Battalion".
    static let unitNameNouns = WordSet(["regiment", "battalion", "brigade", "division", "corps", "squadron"])
    /// Fighters leaving arms behind: "26,145 combatants ... had been decommissioned", "registered at
    /// demobilisation sites".
    static let disarmamentWords = WordSet(["decommissioned", "demobilised", "demobilized", "demobilisation", "demobilization",
                                           "disarmed", "reintegrated", "deradicalised", "deradicalized", "deradicalisation",
                                           "deradicalization"])
    /// A harm that may come, before "of": "at risk of being killed", "in danger of missing".
    static let riskNouns = WordSet(["risk", "danger"])
    /// Words that open a clause of its own, which a number's predicate does not cross.
    /// What troops are sent to do, after "to": "to search for the missing men", "to replace losses".
    /// "authorised two shooters to kill it": an act of harm the people are to do, no harm done them.
    static let harmInfinitives = WordSet(["kill", "wound", "injure", "capture", "abduct", "kidnap", "shoot", "attack"])
    static let purposeVerbs = WordSet(["search", "help", "replace", "reinforce", "protect", "guard", "support",
                                       "secure", "assist", "rescue", "hunt", "fight", "train", "patrol", "restore",
                                       "evacuate", "bolster", "find", "look", "recover", "clear", "monitor",
                                       "defend", "back", "boost", "strengthen", "retake", "repel", "escort"])
    /// Protests and their policing: one day's events when a weekday owns them ("Tuesday's crackdown");
    /// a window when "since" starts them and no year dates them ("since the protests began").
    static let protestWords = WordSet(["protest", "protests", "demonstration", "demonstrations", "crackdown",
                                       "riot", "riots", "unrest", "violence"])
    /// One attacker: what one of them kills is one attack's toll ("its bomber had killed 40").
    static let singleAttackers = WordSet(["bomber", "gunman", "attacker", "assailant", "shooter", "sniper"])
    static let subordinatorWords = ["since", "because", "if", "unless", "until", "whereas", "although", "though",
                                    "when", "whenever"]
    static let subordinators = WordSet(subordinatorWords)
    /// "the deadliest attack since ...": a since-phrase that ranks an event, opening no window.
    /// (Read through the role `.superlative` that the tokenizer gives them.)
    /// Ordinals and "such", which rank a thing among others: "the 12th such discovery this year".
    static let rankWords = WordSet(["such", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                                    "eighth", "ninth", "tenth", "th", "st", "nd", "rd", "latest"])
    static let superlativeWords = ["deadliest", "worst", "bloodiest", "largest", "biggest", "highest", "costliest",
                                   "heaviest", "lowest"]
    /// The disasters (by the lexicon's role) that are wars: whole stories, never one past event.
    static let warWords = WordSet(["war", "conflict", "invasion", "fighting", "siege", "genocide", "campaign",
                                   "insurgency", "rebellion", "uprising"])
    /// Wrecks and collapses, whose tolls are a story's totals as a disaster's are.
    static let wreckWords = WordSet(["sank", "sunk", "sinking", "capsized", "capsizing", "shipwreck", "collapsed",
                                     "collapse", "stampede", "stampedes", "crush"])
    /// Finite past forms that do not end in "-ed": "Gunmen overran the base, killing 30".
    static let received: UInt64 = 0x05e1a3671457d992  // "received"
    static let sent: UInt64 = 0x2d1fe318d40bfaff  // "sent"
    static let be: UInt64 = 0x08a62f07b54dc940  // "be"
    static let patients: UInt64 = 0x9671cac379320fd7  // "patients"
    static let basic: UInt64 = 0xd6e85e826dfb20bd  // "basic"
    static let freed: UInt64 = 0xfcf708563d972acd  // "freed"
    static let released: UInt64 = 0xa539c648612d35ae  // "released"
    static let repatriated: UInt64 = 0x38a1de844237e1f8  // "repatriated"
    static let laid: UInt64 = 0x0478dead907542a3  // "laid"
    static let irregularPasts = WordSet(["overran", "blew", "struck", "hit", "tore", "swept", "went", "broke",
                                         "shot", "ran", "drove", "threw", "fell", "set", "stabbed", "slammed",
                                         "smashed", "burst", "sank", "took", "stole", "began", "laid"])
    /// "as more of the wounded died": words of a vague part that, after "as" and before "of",
    /// open a clause of their own.
    static let vagueParts = WordSet(["more", "some", "many", "several", "most", "dozens", "scores", "hundreds"])
    /// "for the previous seven days": the modifiers that make "for" open a window.
    static let pastSpanModifiers = WordSet(["past", "last", "first", "previous", "preceding"])
    /// Adjectives that never belong in a kind's slug ("young workers" are `workers`).
    static let kindAdjectives = WordSet(["young", "local", "foreign", "other", "more", "injured", "wounded",
                                                  "unarmed", "innocent", "elderly", "female", "male", "former", "senior",
                                                  "junior", "many", "several", "some", "all", "both", "dead", "missing",
                                                  "fellow", "ordinary", "off-duty", "new", "additional", "further",
                                                  "extra", "fresh", "remaining", "seriously", "critically", "badly",
                                                  "at", "least", "its", "their", "our", "his", "her", "the", "of"])
    /// "killing its five crew members": the determiners that say whose people they are.
    static let possessiveDeterminers = WordSet(["its", "their", "his", "her", "our"])
    /// "bringing", "raising": the number after "... to" is the new total.
    /// The finite ones, whose subject is what a count was brought up by: "750 soldiers brought the number to 4,500".
    static let finitePointerVerbs = WordSet(["brought", "raised", "took", "pushed", "lifted", "brings", "raises", "takes",
                                             "pushes", "lifts"])
    static let pointerVerbs = WordSet(["bringing", "raising", "taking", "pushing", "lifting", "brings",
                                                "raises", "takes", "pushes", "lifts", "brought", "raised", "took",
                                                "pushed", "lifted", "bring", "raise", "take", "push", "lift",
                                                "expand", "expands", "expanding", "expanded", "increase", "increases",
                                                "increasing", "increased"])
    /// The pointer verbs in -ing: "bringing the toll to".
    static let pointerGerunds = WordSet(["bringing", "raising", "taking", "pushing", "lifting", "expanding", "increasing"])
    /// "with 1,500 more due to arrive in May": a verb's word, that ends the people's phrase.
    static let dueWords = WordSet(["due"])
    /// A time still to come: "by next month", "by the end of this year".
    static let comingWords = WordSet(["next", "coming", "this"])
    /// "cut its troop presence there to fewer than 1,000": a figure lowered to a new value.
    /// ("cuts" and "trims" are nouns as often: "Budget cuts mean the mission may have to shrink".)
    static let reductionVerbs = WordSet(["cut", "cutting", "reduce", "reduces", "reducing", "reduced", "trim",
                                         "trimming", "trimmed", "lower", "lowers", "lowering", "lowered"])
    /// "it could reach 500", "expected it to exceed 3,000", "it passed 200": what a figure
    /// became or may yet become.
    static let pronounFigureVerbs = WordSet(["reach", "reached", "reaches", "hit", "hits", "exceed", "exceeded",
                                             "exceeds", "surpass", "surpassed", "surpasses", "top", "topped", "tops",
                                             "pass", "passed", "passes", "cross", "crossed", "crosses"])
    /// A level cut or raised to: "plans to cut to 1,200", "would fall to around 1,000".
    static let levelVerbs = WordSet(["cut", "cuts", "cutting", "reduce", "reduces", "reduced", "reducing",
                                     "shrink", "shrinks", "shrank", "shrunk", "shrinking", "trim", "trims",
                                     "trimmed", "trimming", "lower", "lowers", "lowered", "lowering", "fall",
                                     "falls", "fell", "fallen", "falling", "drop", "drops", "dropped", "dropping",
                                     "decline", "declines", "declined", "increase", "increases", "increased",
                                     "increasing", "expand", "expands", "expanded", "expanding", "grow", "grows",
                                     "grew", "grown", "growing", "boost", "boosts", "boosted", "boosting"])
    /// Troops coming: "another 150 arrived", "another 1,000 would join them".
    static let arrivalVerbs = WordSet(["arrived", "arrive", "arrives", "arriving", "join", "joined", "joins",
                                       "joining", "landed", "land", "deployed", "deploy", "reached"])
    /// The troops a level verb cuts or raises: "reduce them to", "cut its strength to".
    /// ("is expected to cut its ceiling to 2,500": the force's authorised strength.)
    static let levelObjects = WordSet(["them", "that", "this", "it", "strength", "presence", "contingent", "ceiling",
                                       "force", "forces", "deployment", "numbers"])
    /// "since its capture", "after the attack": a figure word after these says when.
    static let timePrepositions = WordSet(["since", "after", "before", "until", "following"])
    /// A new clause's subject: "civilians since it seized power".
    static let subjectPronounWords = ["it", "they", "he", "she", "we"]
    /// People after these are others than the clause's subject: "alongside Russian forces".
    static let companionPrepositions = WordSet(["alongside", "against", "with", "beside"])
    /// Troops counted as they leave, train or sign up: no count of those deployed.
    static let notDeploymentVerbs = WordSet(["withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing",
                                             "neutralised", "neutralized", "evacuate", "evacuated", "evacuates", "evacuating",
                                             "pull", "pulls", "pulled", "pulling", "remove", "removes", "removed",
                                             "removing", "recruit", "recruits", "recruited", "recruiting", "train",
                                             "trains", "trained", "training", "release", "releases", "released",
                                             "releasing", "demobilise", "demobilised", "demobilize", "demobilized",
                                             "repatriate", "repatriated", "cut", "cuts", "reduce", "reduced",
                                             "signed", "signing", "sign", "signs", "enlisted", "enlist", "enlisting", "draft", "drafted",
                                             "drafting", "conscript", "conscripted", "conscripting", "expel", "expels", "expelled", "expelling",
                                             "home", "return", "returns", "returned", "returning", "exchanged",
                                             "swapped", "exchange", "swap", "handing", "handed", "hand", "hands", "freed", "frees",
                                             "freeing", "neutralise", "neutralised", "neutralize", "neutralized",
                                             "neutralising", "neutralizing"])  // "brought home 26 of its soldiers", "returned 146 soldiers"
    /// A prisoner swap named: people "returning" or "freed" in its sentence are captives handed back.
    static let swapWords = WordSet(["exchange", "exchanges", "swap", "swaps", "prisoners", "captivity", "captives", "pows"])
    /// Captives counted as they go free.
    static let releaseVerbs = WordSet(["release", "releases", "released", "releasing", "free", "frees", "freed",
                                       "freeing", "exchange", "exchanges", "exchanged", "exchanging", "swap",
                                       "swaps", "swapped", "swapping", "return", "returns", "returned", "returning",
                                       "repatriate", "repatriated", "repatriating", "handed", "hand",
                                       "escaped", "escape", "escapes", "rescued", "rescue", "rescues",
                                       "regained", "regain", "regains",  // "regained their freedom"
                                       "home"])  // "brought home 246 of its soldiers"
    /// On the way somewhere: "students travelling home".
    static let travelWords = WordSet(["travelling", "traveling", "heading", "walking", "driving", "going", "riding",
                                      "way", "journeying", "commuting"])
    /// Spans long enough that an event they come after is no longer the news: "A year after the
    /// attack", "Six months after the coup".
    static let longSpanUnits = WordSet(["year", "years", "month", "months", "weeks"])
    /// Troops that go or train: after the number, "2,000 peacekeepers have left the province".
    static let departureVerbs = WordSet(["left", "leave", "leaves", "leaving", "departed", "depart", "departs",
                                         "withdrew", "withdrawn", "withdraw", "withdrawing", "pulled", "training",
                                         "trained", "train", "exercising", "drilling", "fled", "flee", "flees",
                                         "fleeing", "handed", "disarmed", "demobilised", "demobilized", "neutralised",
                                         "neutralized", "recruited", "enlisted", "drafted", "conscripted", "hired",
                                         "deserted", "defected", "discharged", "surrendered", "abandoned", "escaped",
                                         "expelled", "laid", "dismissed", "sacked", "convicted", "jailed", "sentenced",
                                         "prosecuted"])
    /// Troops that finish their training or their tour: "1,250 recruits ... had completed their
    /// 24-week training", "some 21,000 conscripts complete their training each year".
    static let completionVerbs = WordSet(["complete", "completes", "completed", "completing", "finish", "finishes",
                                          "finished", "finishing"])
    /// Words before a number of people that something holds or carries ("a boat with 53 people
    /// on board", "The bus was carrying 40 passengers"): a verb after "and" is another clause's.
    static let carrierWords = WordSet(["with", "carrying", "carried", "had", "has", "have", "holding", "transporting"])
    /// A time put first in a sentence: "Since the protests began in October, ...".
    static let frontedTimeOpeners = WordSet(["since", "during", "throughout"])
    /// "the year to March 2024", "the 12 months ending in June": the end a year is counted back from.
    static let yearEndWords = WordSet(["to", "ending", "ended", "through", "until"])
    /// "fiscal 2022", "the financial year 2023".
    static let fiscalWords = WordSet(["fiscal", "financial", "reporting", "school", "academic"])
    /// "has about 9,000 there", "planned to keep about 400 there": a force's strength held somewhere.
    static let keepingVerbs = WordSet(["has", "had", "have", "keep", "keeps", "kept", "keeping", "maintain", "maintains",
                                       "maintained", "retain", "retains", "retained", "leave", "leaving"])
    /// "at least a dozen mass abductions", "14 mass killings": events of many victims each, counted as events.
    static let massWords = WordSet(["mass"])
    /// A court's or a prosecutor's verbs: "Four police officers have been charged with murder over
    /// the death of a blogger", "five officers were convicted over the killing of protesters".
    static let courtVerbs = WordSet(["charged", "convicted", "indicted", "acquitted", "jailed", "prosecuted",
                                     "sentenced"])
    /// Places held by force, that fall when taken: "when the base fell".
    static let strongholdNouns = WordSet(["town", "city", "base", "garrison", "headquarters", "barracks", "camp", "post",
                                          "outpost", "stronghold", "village", "airport", "fort", "fortress", "capital"])
    /// "41 of the injured had been discharged": people who have left a hospital, or a force.
    static let dischargeWords = WordSet(["discharged"])
    static let recovered: UInt64 = 0x721e1900c467abfa  // "recovered"
    static let identified: UInt64 = 0xf1568caa3fa12834  // "identified"
    static let national: UInt64 = 0x2449dc83dc32ec77  // "national"
    /// "24 people were killed in 11 such attacks": the events of a kind just told.
    static let suchWords = WordSet(["such"])
    /// "Children accounted for 32 of the deaths": a share's verb before "for".
    static let accountingWords = WordSet(["accounted", "account", "accounts", "accounting"])
    /// "compared with", "That compares with about 1,300 in 2023": a comparison's verb before "with" or "to".
    static let comparingWords = WordSet(["compared", "compares", "compare"])
    /// "About 4,500 are in the west": where people are, after a copula.
    static let presenceWords = WordSet(["in", "at", "based", "stationed", "deployed", "serving"])
    /// "Rescue 1122 said", "Rescue 1122 spokesman": a speaker's verb or title after a name's number.
    static let nameSpeakerWords = WordSet(["said", "says", "spokesman", "spokeswoman", "spokesperson", "official", "chief"])
    /// "Another 291 are due by the end of August": what more troops are, arriving or to arrive.
    static let arrivalWords = WordSet(["due", "expected", "arrive", "arrived", "arriving", "follow", "join", "scheduled",
                                       "sent", "deployed", "flown", "dispatched"])
    /// A strength to be reached: "is to reach about 4,800 by the end of 2027".
    static let reachWords = WordSet(["reach", "reaches", "reaching"])
    /// Taken out of the rubble or the snow: "pulled out alive", "dug out alive".
    static let pulledWords = WordSet(["pulled", "dug", "plucked", "lifted"])
    /// People kept in custody: "about 3,500 held without charge", "detained without trial".
    static let custodyParticiples = WordSet(["held", "detained", "jailed", "imprisoned", "kept", "interned"])
    /// A vehicle's load: "The buses were carrying a total of 63 people".
    static let occupancyVerbs = WordSet(["carrying", "carried", "transporting", "transported"])
    /// What a vehicle or a place holds: "able to carry 11 soldiers", "can accommodate 500 troops".
    static let capacityVerbs = WordSet(["carry", "carrying", "transport", "transporting", "accommodate", "accommodating",
                                        "house", "seat"])
    static let capacityAdjectives = WordSet(["able", "capable", "designed", "built", "enough", "big", "large"])
    /// What a place or a vehicle is made to hold: "cold storage built for 200 bodies", "a camp
    /// designed for 3,000 people", "with room for 60 passengers".
    /// (And what is sent to care for them: "surgical supplies for 300 wounded people", "food for
    /// about 12,000 people".)
    static let capacityWords = WordSet(["built", "designed", "meant", "intended", "room", "space", "capacity", "beds",
                                        "supplies", "kits", "medicines", "food", "rations", "enough"])
    /// Troops who sign up, a verb before "up": "1,900 had signed up by December".
    static let signingVerbs = WordSet(["signed", "sign", "signs", "signing"])
    /// What is usual, no count of a time: "usually has between 700 and 800 soldiers".
    static let habitualAdverbs = WordSet(["usually", "typically", "normally", "generally"])
    /// Words that open a clause of another time: "before a peace deal was signed in 2018".
    static let clauseTimeWords = WordSet(["before", "after", "until"])
    /// The verbs of one thing: "Barrio 18 is blamed".
    static let singularVerbs = WordSet(["is", "was", "has"])
    /// "were found alive": captives found, and so free.
    static let foundWords = WordSet(["found"])
    /// "the previous year", "the preceding month": a window before another.
    static let previousWords = WordSet(["previous", "preceding", "prior"])
    /// The windows a count is told over and compared with the one before: "the year before".
    static let windowUnits = WordSet(["year", "month", "week", "quarter", "season"])
    /// Armed men of one attack: "about 60 gunmen took part in the raid".
    /// People ill, not hurt: "nine sick civilians" take no harm from a count named before them.
    static let sicknessWords = WordSet(["sick", "ill", "malnourished", "pregnant", "disabled", "bedridden"])
    static let gunmenNouns = WordSet(["gunmen", "gunman", "attackers", "assailants", "bandits", "raiders", "kidnappers"])
    /// Injuries by their kind: "14 of them with burns", "with fractures".
    /// Harms of the body an active verb of suffering takes, a few words on: "suffered severe
    /// burns", "sustained a minor injury".
    static let bodilyHarmNouns = WordSet(["injury", "injuries", "wound", "wounds", "burn", "burns", "fractures", "fracture",
                                          "concussion", "bruises", "cuts"])
    static let injuryNouns = WordSet(["burns", "fractures", "gunshot", "shrapnel", "wounds", "broken", "frostbite",
                                      "injuries", "hypothermia", "dehydration", "inhalation", "heatstroke", "bruises",
                                      "snakebites", "snakebite", "cuts", "concussion", "concussions", "exhaustion",
                                      "stress", "stroke",
                                      // "treated for symptoms of nerve-agent exposure", "for skin rashes".
                                      "symptoms", "exposure", "rashes", "irritation", "trauma", "intoxication",
                                      // "treated for the effects of tear gas".
                                      "effects",
                                      "vomiting", "dizziness", "nausea", "headaches", "throats", "breathing",
                                      // "treated 212 people for drug overdoses", "for suspected poisoning".
                                      "overdose", "overdoses", "poisoning", "poisonings"])
    /// The verbs that hurt people: "31 people were injured and had been taken to hospital".
    static let hurtWords = WordSet(["injured", "wounded", "hurt"])
    /// A rise or fall as a noun: ", an increase of 17 in the previous 24 hours".
    static let increaseNouns = WordSet(["increase", "rise", "jump", "drop", "decrease", "fall"])
    /// Participles of change the lexicon's change verbs leave out, before an increment's "by"
    /// ("expanded by 2,000 to 8,000").
    static let changeParticiples = WordSet(["expanded", "extended", "trimmed", "slashed", "bolstered", "augmented",
                                            "inflated", "multiplied", "shrunk", "shrank", "lifted", "adjusted", "corrected"])
    /// Diseases that people are treated for, harms as injuries are: "treated 3,600 children for
    /// measles", "treated 130 people for severe acute malnutrition", "treated 1,214 people for
    /// heat-related illness", "treated 387 people for acute food poisoning".
    /// A force's size, and the civil services whose size it may be: "the department's strength".
    static let strengthWords = WordSet(["strength"])
    static let civilForceOwners = WordSet(["department", "departments", "police", "fire", "firefighters"])
    static let departmentWords = WordSet(["department", "departments"])
    /// People admitted who are not patients: "Refugees admitted this year: 5,000".
    static let admittedNewcomers = WordSet(["refugees", "migrants", "immigrants", "asylum", "seekers", "evacuees",
                                            "students", "pupils", "members", "applicants"])
    static let diseaseNouns = WordSet(["cholera", "measles", "dengue", "malaria", "malnutrition", "diphtheria", "mpox",
                                       "typhoid", "meningitis", "ebola", "diarrhoea", "diarrhea", "pneumonia",
                                       "disease", "infection", "infections", "hepatitis", "jaundice",
                                       "tuberculosis", "polio", "anthrax", "plague", "illness", "illnesses",
                                       // "treated for food poisoning", "for methanol poisoning".
                                       "poisoning", "poisonings",
                                       // "treated for Covid-19", "for norovirus", "for influenza".
                                       "covid", "covid-19", "coronavirus", "norovirus", "influenza", "flu", "legionnaires",
                                       "legionella", "salmonella", "scabies", "leptospirosis"])
    /// Taking in or caring for the hurt: "treated 31 people for dehydration", "had been admitted
    /// to Mulago hospital with gunshot wounds", "were taken to Mytilene's hospital with hypothermia".
    /// ("184 patients had been brought to Liaquat University Hospital", "Three students were
    /// transferred to Moi Teaching and Referral Hospital": carried to a hospital named.)
    /// Caring for the hurt outright: "Medics treated more than 300 devotees".
    static let treatingVerbs = WordSet(["treated", "treating"])
    static let treatmentVerbs = WordSet(["treated", "treating", "admitted", "admitting", "taken", "rushed", "flown",
                                         "airlifted", "received", "brought", "transferred"])
    /// Verbs that carry people before their number: "took 63 injured people to hospitals".
    /// ("heat illness sent 1,210 soldiers to hospital".)
    static let carryingVerbs = WordSet(["took", "taken", "rushed", "flown", "flew", "airlifted", "carried", "ferried", "sent"])
    /// People left in a plight that is no casualty: "thousands homeless", "30,000 displaced".
    /// (Or in none: "About 90 conscripts were asleep in the building", "all 62 soldiers of the
    /// company had been accounted for".)
    static let plightWords = WordSet(["homeless", "displaced", "stranded", "evacuated", "rescued", "unharmed",
                                      "arrested", "detained", "asleep", "accounted"])
    /// Before attackers: "came under fire from about 20 gunmen", "attacked by 30 gunmen".
    static let agentPrepositions = WordSet(["from", "by"])
    /// Troops that went home: "returned home", "returning home", "will fly home".
    static let returnVerbs = WordSet(["returned", "returning", "return", "returns", "rotated", "sent", "flown",
                                      "fly", "flew", "flying", "go", "going", "went", "head", "headed", "heading",
                                      "come", "came", "coming", "arrived", "arriving", "arrive", "arrives"])
    /// Troops that come back, home or to their base: "about 700 soldiers would return to Fort
    /// Campbell", "About 1,000 more South African troops are expected to return by the end of May".
    static let returningVerbs = WordSet(["return", "returns", "returned", "returning"])
    /// Where troops that return go back to fight: "returned to the front", "returned to duty".
    static let frontWords = WordSet(["front", "duty", "combat", "battle", "fighting"])
    /// The dead counted as bodies: "the bodies of 20 men".
    static let bodyNouns = WordSet(["bodies", "remains", "corpses"])
    /// Flying, for troops that fly out.
    static let flyingVerbs = WordSet(["fly", "flew", "flown", "flying", "flies"])
    /// Verbs that start the verb after them: "began flying home", "started leaving".
    static let onsetVerbs = WordSet(["began", "begun", "begin", "begins", "beginning", "started", "start", "starts",
                                     "starting"])
    /// Who carries out an attack, named by the act or as an armed band: "a suicide bomber
    /// killed 80", "In June 2023, Arab militias killed 10,000".
    /// The police, armed for a past month's act ("In June 2024, police shot dead 19 protesters"),
    /// though not combatants.
    static let policeNouns = WordSet(["police", "policemen", "gendarmes"])
    /// Animals, which a number with no noun after a count of them counts too.
    static let animalNouns = WordSet(Lexicon.animalNouns)
    static let attackerNouns = WordSet(["bomber", "bombers", "attacker", "attackers", "assailant", "assailants",
                                        "militia", "militias", "gang", "gangs", "bandits", "kidnappers", "pirates",
                                        // One mob or one wild animal attacks as one act too: "A mob lynched two men
                                        // ... late on Sunday" (not mobs in a year: "In 2014, mobs killed 42 people").
                                        "mob", "tiger", "tigress", "leopard", "elephant", "crocodile", "lion", "lioness",
                                        "hippo", "hippopotamus", "wolf"])
    /// The people are missing now: "around 40 people remain missing", "118 people were still
    /// missing".
    static let missingNowWords = WordSet(["still", "remain", "remains", "are", "is"])
    /// Hedges that are verbs, linking a count noun before to the number: "The number of people
    /// killed by Hurricane Helene topped 160".
    static let verbHedges = WordSet(["topped", "tops", "exceeded", "exceeds", "surpassed", "surpasses", "passed",
                                     "crossed", "neared", "nears", "approached", "approaches"])
    /// A season of a year: "in the summer of 2022".
    static let yearSeasons = WordSet(["summer", "winter", "spring", "autumn", "fall"])
    /// Captives named so, whom "were taken" counts ("251 hostages were taken"); not prisoners
    /// or detainees, who are taken anywhere.
    static let takenCaptiveKinds = WordSet(["hostages", "captives", "abductees"])
    /// After "taken": where to, no capture ("taken to hospital", "taken into custody").
    static let takenDirections = WordSet(["to", "into", "away", "from", "for", "out", "off", "up", "over", "across", "by"])
    /// People held by others, as a people kind's slug.
    static let captiveKinds = WordSet(["hostages", "captives", "prisoners", "detainees", "abductees"])
    /// People held by whoever took them, whatever the verb: not prisoners or detainees, whom a
    /// state may hold lawfully.
    static let heldKinds = WordSet(["hostages", "captives", "abductees"])
    /// A vote, whose day opens a window: "eight people had died since the vote", "17 deaths
    /// since polling day".
    static let electionWords = WordSet(["vote", "election", "elections", "poll", "polls", "polling", "ballot", "runoff"])
    static let results: UInt64 = 0x5378e22204d21ef5  // "results"
    static let target: UInt64 = 0x16f3e46051eee3e8  // "target"
    static let goal: UInt64 = 0x9cf9f2720eaf1cb6  // "goal"
    /// Kin of the dead, hurt or missing, counted on their own: "About 200 relatives of people
    /// killed in the unrest marched" (the kinds' slugs).
    static let kinKinds = WordSet(["relatives", "family-members", "families", "parents", "mothers", "fathers", "widows",
                                   "widowers", "spouses", "wives", "husbands", "orphans", "siblings", "next-of-kin"])
    /// Departure words that are also nouns: a verb only after an auxiliary or "of".
    static let trainingWords = WordSet(["training", "exercising", "drilling"])
    /// Troops signed up, told in the passive: "7,800 new personnel had been recruited" (not
    /// "troops recruited in the north were sent", where the participle only describes them).
    static let signedUpWords = WordSet(["recruited", "enlisted", "drafted", "conscripted", "hired"])
    /// An arrest by police: "arrested 47 people".
    static let arrestVerbs = WordSet(["arrested", "arrest", "arrests", "arresting"])
    /// A weekday's part before its possessive: "Monday night's collision".
    static let partsOfDay = WordSet(["night", "morning", "afternoon", "evening"])
    /// "have", "has", "had": before people that remain ("have 300 fighters left").
    static let haveForms = WordSet(["have", "has", "had"])
    /// "sentenced 17 people to death".
    static let sentenceVerbs = WordSet(["sentenced", "sentence", "sentences", "sentencing", "condemned"])
    /// "up from 7,500 in January": the number is an earlier value.
    static let earlierValueMarkers = WordSet(["up", "down"])
    /// After a comma, the start of a clause of its own: ", while the ministry said".
    static let clauseOpeners = WordSet(["as", "while", "whereas", "but", "although", "though", "leaving", "where"])
    /// Parts of a war that open a window when a day or month without its year dates them
    /// ("since fighting erupted on Sunday"), not the whole story as a disaster does.
    static let windowsInWar = WordSet(["fighting", "campaign"])
    /// Fighting that broke out: "since fighting erupted between government forces and the SDF"
    /// (with no year, a recent outbreak, a window).
    static let outbreakNouns = WordSet(["fighting", "clashes", "infighting", "violence", "hostilities"])
    static let outbreakVerbs = WordSet(["erupted", "broke", "flared"])
    /// People of another country, named by a kind (slugs): "Eighteen Indian nationals are still
    /// fighting with Russian forces", "Some 5,000 foreign volunteers are fighting for Ukraine".
    static let foreignerKinds = WordSet(["foreigners", "foreign-nationals", "nationals", "citizens", "volunteers",
                                         "foreign-volunteers", "foreign-citizens"])
    /// What begins a story as a disaster does: "since the crisis began in the summer of 2021".
    static let crisisNouns = WordSet(["crisis", "emergency"])
    /// Before a label's figure word: how the count is kept ("Total deaths: 400", "Cumulative
    /// deaths since 1 January: 402").
    static let labelModifiers = WordSet(["total", "cumulative", "overall", "reported", "recorded", "registered",
                                         "documented", "verified", "suspected", "known"])
    /// How a monitor keeps its tally: "had documented the killing of 111 civilians".
    static let tallyVerbs = WordSet(["documented", "verified", "recorded", "registered", "confirmed", "counted",
                                     "logged", "tallied"])
    /// Sending people somewhere: "sent 40 people to hospital".
    static let sendingVerbs = WordSet(["sent", "send", "sends", "sending", "put", "puts", "putting", "landed"])
    /// A number to call: "by calling 911", "dial 112".
    static let callVerbs = WordSet(["call", "calling", "dial", "dialling", "dialing"])
    /// Moving the hurt to care: "were taken to three hospitals".
    static let carriedToCareVerbs = WordSet(["taken", "rushed", "brought", "flown", "airlifted", "evacuated", "admitted",
                                             "transferred", "transported", "sent"])
    /// What a report verb right after people may say befell them: "4 persons reported missing",
    /// a clause of theirs in the passive, no speaker.
    static let reportedStates = WordSet(["missing", "dead", "killed", "wounded", "injured", "hurt", "abducted",
                                         "kidnapped", "captured", "detained", "drowned"])
    /// Where the hurt are taken: "sent 40 people to hospital", "taken to the district hospital".
    static let hospitalWords = WordSet(["hospital", "hospitals", "hospitalisation", "hospitalization"])
    /// Hospitals by another name, in a hospital's name: "Aberdeen Royal Infirmary".
    static let infirmaryWords = WordSet(["infirmary", "clinic", "polyclinic", "sanatorium"])
    /// A hospital's ward, where people remain: "remain in the burns ward".
    static let wardWords = WordSet(["ward", "wards"])
    /// A centre of care, named so by the word before it: "Jinnah Postgraduate Medical Centre",
    /// "Kutum health centre", "the trauma center", "the Cholera Treatment Centre".
    static let careCentreWords = WordSet(["centre", "center", "centres", "centers"])
    /// The words before "centre" that make it one of care (`careCentreWords`).
    static let careCentreKinds = WordSet(["medical", "health", "trauma", "burns", "burn", "treatment"])
    /// Lower-case words inside a capitalised name: "the Virgen de los Reyes hospital", "Ospedale
    /// di Lampedusa".
    static let nameLinkWords = WordSet(["de", "del", "della", "di", "da", "do", "dos", "das", "la", "las", "los",
                                        "le", "van", "von", "y"])
    /// Words of care after an event ("being treated", "in critical condition", "rescued alive"):
    /// a count of its wounded then is how many are in care now.
    static let careWords = WordSet(["treated", "treatment", "condition", "admitted", "patients", "intensive", "alive",
                                    "rescued", "surface"])
    /// "armed forces now number about 880,000".
    static let numberingVerbs = WordSet(["number", "numbers", "numbered", "numbering", "total", "totals", "totalled",
                                          "totaled", "totalling", "totaling"])
    /// Between the forces and "number": "armed forces now number".
    static let numberingAdverbs = WordSet(["now", "currently", "still", "already", "together", "roughly"])
    /// A verb of its own after a number: "and 14 remain trapped".
    static let remainWords = WordSet(["remain", "remains", "remained"])
    /// Participles of taking people away, right after them, that say how they were taken before
    /// their own verb: "158 people picked up by security forces ... remain missing".
    static let takenAwayParticiples = WordSet(["abducted", "kidnapped", "taken", "picked", "seized", "detained", "arrested",
                                               "snatched", "disappeared", "captured", "rounded"])
    /// Belief short of proof: "34 it believes are dead", "believed to be dead", "presumed dead".
    static let beliefWords = WordSet(["believes", "believe", "believed", "presumed", "thought", "feared"])
    /// Whom people side with, right after them: "250 fighters loyal to the former government".
    static let allegianceWords = WordSet(["loyal", "allied", "affiliated", "aligned", "belonging", "attached", "linked"])
    /// A ship's crew as often as a navy's: "picked up six sailors".
    static let sailorWords = WordSet(["sailor", "sailors"])
    /// Parts of a war that open a window however they are dated: "since the siege began in May
    /// 2024", "since the offensive began", "since the truce began".
    static let windowOpeners = WordSet(["siege", "offensive", "operation", "truce", "ceasefire", "escalation"])
    /// A parent, whose "of" counts children: "a mother of eight".
    static let parentNouns = WordSet(["mother", "father", "parent", "grandmother", "grandfather", "mothers", "fathers",
                                      "parents"])
    /// Nouns that a figure's word modifies, naming no count: "the death penalty", "death
    /// certificates", "death threats".
    static let deathCompoundNouns = WordSet(["certificate", "certificates", "penalty", "sentence", "sentences", "threat",
                                             "threats", "warrant", "warrants", "squad", "squads", "row", "rows", "notice", "notices",
                                             "record", "records", "announcement", "announcements"])
    /// What an outbreak's start is told by: "since the first cases were reported".
    static let firstCaseNouns = WordSet(["case", "cases", "death", "deaths", "infection", "infections", "patient", "patients"])
    /// "- Ugandan troops already in Somalia: 4,500": troops there.
    static let presenceAdverbs = WordSet(["already", "still", "currently", "now"])
    /// "- Israeli troops remaining in south Lebanon: about 5,000".
    static let presenceParticiples = WordSet(["remaining", "stationed", "deployed", "serving", "based", "expected",
                                              "pledged", "committed", "present"])
    /// "- Egyptian troops expected from July: 1,091": troops to come.
    static let plannedParticiples = WordSet(["expected", "pledged", "planned", "promised"])
    /// "far short of the 2,500 authorised by the Security Council": a strength a force is meant to reach.
    static let strengthTargetWords = WordSet(["authorised", "authorized", "promised", "planned", "pledged", "envisaged",
                                              "envisioned", "mandated", "approved", "originally", "initially",
                                              "meant", "supposed", "required", "needed"])
    /// "2024 had been the costliest year", "2023 was a record": a year's copula, and what may stand before it.
    static let yearCopulas = WordSet(["was", "is", "been", "be"])
    static let yearVerbs = WordSet(["was", "is", "been", "be", "had", "has", "will", "would", "may", "might", "could"])
    /// "seized 2,300 gas cylinders": verbs of taking that take things as often as people.
    static let seizeVerbs = WordSet(["seized", "seize", "seizes", "seizing"])
    /// "well short of", "far shy of".
    static let shortfallWords = WordSet(["short", "shy"])
    /// "but currently has about 10,300": what stands between "has" and the strength it has.
    static let strengthAdverbs = WordSet(["now", "currently", "still", "only", "actually", "just"])
    /// "treated 392 devotees, mostly for minor injuries".
    static let mostlyWords = WordSet(["mostly", "mainly", "largely", "chiefly", "many", "most"])
    /// "the daily flood report", "its weekly bulletin": what a body publishes.
    static let reportNouns = WordSet(["report", "reports", "bulletin", "bulletins", "briefing", "briefings", "update",
                                      "updates", "statement", "sitrep", "roundup", "digest", "newsletter"])
    /// "a shortage of about 1,07,000 personnel": troops lacked, no deployment.
    /// ("is short of about 12,000 soldiers".)
    static let shortageNouns = WordSet(["shortage", "shortages", "shortfall", "deficit", "deficiency", "lack", "short"])
    /// "stormed the post", "attacked the base": the acts of attackers.
    static let attackVerbs = WordSet(["stormed", "attacked", "raided", "ambushed", "overran", "besieged", "infiltrated",
                                      "assaulted", "opened"])
    /// "an assault by dozens of fighters".
    static let attackNouns = WordSet(["attack", "assault", "raid", "ambush", "incursion"])
    /// "the withdrawal of 1,000 troops": troops leaving ("the neutralisation of several dozens of
    /// terrorists": or put out of the fight).
    static let leavingNouns = WordSet(["withdrawal", "departure", "pullout", "drawdown", "repatriation", "neutralisation",
                                       "neutralization"])
    /// "a 30-hour siege", "a 45-minute gun battle": a span that one event lasts.
    static let shortSpanUnits = WordSet(["hour", "hours", "minute", "minutes"])
    /// After a comma, an aside about a part of the number before: ", most of them since ...".
    static let partAsides = WordSet(["most", "many", "mostly", "mainly", "some", "including"])
    /// An aside on the group the people belong to: ", members of a breakaway faction of the
    /// former Moro Islamic Liberation Front,", ", part of a regional force,".
    static let membershipAsides = WordSet(["members", "part", "remnants"])
    /// Before a decade of years or of life: "in their 80s", "the late 90s".
    static let decadeOpeners = WordSet(["their", "his", "her", "the", "early", "late", "mid", "mid-"])
    /// After "a daily", "a weekly": the count it is a rate of ("a daily average of 30").
    static let rateNouns = WordSet(["average", "rate", "basis", "mean", "peak"])
    /// Before a toll, the toll as first told: "the previous toll", "an earlier tally".
    static let earlierTollWords = WordSet(["previous", "earlier", "initial", "first"])
    /// An earlier value told as such: "had earlier given a death toll of 27".
    static let earlierWords = WordSet(["earlier", "initially", "previously", "first", "originally"])
    /// After "a day", "a week": a time back from now ("a day earlier") or a span ("a week of
    /// clashes"), not a rate.
    static let timeBackWords = WordSet(["earlier", "later", "before", "after", "ago", "previously", "prior", "of"])
    /// Before a month in a span of dates: "between late January and March".
    static let monthModifiers = WordSet(["early", "late", "mid", "mid-"])
    /// A country after these is a place.
    static let placePrepositions = WordSet(["in", "across", "near", "inside", "throughout", "into", "at",
                                                     "around", "within", "outside", "over", "through", "to", "toward",
                                                     "towards", "on", "along", "off", "under", "of"])
    static let placeAdjectives = WordSet(["eastern", "western", "northern", "southern", "central", "northeastern",
                                                   "northwestern", "southeastern", "southwestern", "neighbouring",
                                                   "neighboring", "occupied", "rural", "coastal", "north", "south",
                                                   "east", "west", "mainland"])

    // Words the claim reader tests by name.
    static let after: UInt64 = 0xbf82010f6f71eae9  // "after"
    static let already: UInt64 = 0x64ea1fb3fa734c97  // "already"
    static let both: UInt64 = 0xcd17f69bc69bbca2  // "both"
    static let top: UInt64 = 0x56f9bc194465a83c  // "top"
    static let states: UInt64 = 0xc50c696d6cf06e9f  // "states"
    static let puts: UInt64 = 0x6c75180e275861c7  // "puts"
    static let forward: UInt64 = 0x1e65942e132f4f7a  // "forward"
    static let followed: UInt64 = 0x93275a3e4e6f2091  // "followed"
    /// "adding to", "in addition to", "add to": the words before the number an increment adds to.
    static let additionWords = WordSet(["adding", "add", "adds", "added", "addition"])
    static let now: UInt64 = 0x215ad519258e9d97  // "now"
    static let adding: UInt64 = 0xd56ed395b1882104  // "adding"
    /// "cases against 90 Russian servicemen", "disciplinary action against 16 service members":
    /// a legal step taken against people, no count of them.
    static let legalActionNouns = WordSet(["action", "case", "cases", "charge", "charges", "proceedings", "indictment",
                                           "indictments", "complaint", "complaints", "lawsuit", "lawsuits", "warrant",
                                           "warrants", "sanctions"])
    static let walked: UInt64 = 0xf8b835c7c8a25cb1  // "walked"
    static let drove: UInt64 = 0x6cb730c93e84c379  // "drove"
    static let onto: UInt64 = 0x06dbc8b46aaa21f9  // "onto"
    /// Units too short for a window: "within two minutes" is how long one attack lasted.
    static let briefUnits = WordSet(["minute", "minutes", "second", "seconds"])
    /// "took three prisoner", "had taken 30 hostages": taking people captive.
    static let takeVerbs = WordSet(["took", "taken", "taking", "take", "takes"])
    /// "detained about 20 Cambodian troops": combatants held by the other side.
    static let detainVerbs = WordSet(["detained", "detains", "detaining", "detain"])
    /// How captives were taken, as a participle: "hostages seized in the Oct. 7 attack".
    static let captureParticiples = WordSet(["seized", "abducted", "kidnapped", "captured", "snatched"])
    /// "taken prisoner", "took 12 soldiers captive".
    static let captiveNouns = WordSet(["prisoner", "prisoners", "captive", "captives", "hostage", "hostages"])
    static let apostrophe: UInt64 = 0xaf639a4c86017c66  // "'"
    static let but: UInt64 = 0x00611e19135a72cc  // "but"
    static let capita: UInt64 = 0x2e079040277c6165  // "capita"
    static let casualty: UInt64 = 0xc2e2be3c734c52cb  // "casualty"
    static let older: UInt64 = 0x0072c9a34c1b4441  // "older"
    static let younger: UInt64 = 0x0178924a9c001dc0  // "younger"
    static let group: UInt64 = 0xdc57e42946f6e08c  // "group"
    static let too: UInt64 = 0x56f9b319446598f1  // "too"
    static let many: UInt64 = 0x1f6459a2cea1fc02  // "many"
    static let contains: UInt64 = 0x4e585eeea351a038  // "contains"
    static let count: UInt64 = 0xb1e5e28e4479a274  // "count"
    static let days: UInt64 = 0x8587736730c8b7ea  // "days"
    static let during: UInt64 = 0x8ab509e91ba27e88  // "during"
    static let alongside: UInt64 = 0xefa3f56a59b9b709  // "alongside"
    static let season: UInt64 = 0x28dfd5e2759ba3f8  // "season"
    static let `for`: UInt64 = 0xdcb27818fed9da90  // "for"
    static let off: UInt64 = 0x1a249b1921e2bdea  // "off"
    static let went: UInt64 = 0x3d7002f619df51a3  // "went"
    static let fell: UInt64 = 0x1019e47928c873ac  // "fell"
    static let into: UInt64 = 0xf5a6c8c57a9061a3  // "into"
    static let ran: UInt64 = 0x89f6c81960ff5d76  // "ran"
    static let early: UInt64 = 0x7f3359536a80d41c  // "early"
    static let estimated: UInt64 = 0x8265c5a21c470aa9  // "estimated"
    static let estimate: UInt64 = 0xaa887b55b4bc7c57  // "estimate"
    static let been: UInt64 = 0x75f4589b951ab7c3  // "been"
    static let being: UInt64 = 0xac85085e70d64908  // "being"
    static let works: UInt64 = 0x4f420c5e72f80f29  // "works"
    static let worked: UInt64 = 0xa51a757d5b591941  // "worked"
    static let out: UInt64 = 0x19f79b1921bbcfff  // "out"
    static let series: UInt64 = 0x4b0cd17e2c175230  // "series"
    static let they: UInt64 = 0x2579baef323cf77f  // "they"
    static let still: UInt64 = 0x3327dbad6c7ea411  // "still"
    static let remaining: UInt64 = 0x343f0419454a4243  // "remaining"
    static let most: UInt64 = 0x0d18faa2c3feaaf2  // "most"
    static let surrendered: UInt64 = 0x156568864ec556f4  // "surrendered"
    static let conflict: UInt64 = 0x9f1edb323e3f262f  // "conflict"
    static let also: UInt64 = 0x84ca5683ab0358d2  // "also"
    static let isVerb: UInt64 = 0x08b74507b55c61d5  // "is"
    static let overnight: UInt64 = 0xbe264eac867d5517  // "overnight"
    static let are: UInt64 = 0xe756c8190570da4d  // "are"
    static let record: UInt64 = 0x9c9327fff79474ac  // "record"
    static let couple: UInt64 = 0x28163abe030112ed  // "couple"
    static let abduction: UInt64 = 0x0afc51bd9ad28eb4  // "abduction"
    static let kidnapping: UInt64 = 0x643078b706808c42  // "kidnapping"
    static let were: UInt64 = 0x3db3f1f61a19018c  // "were"
    static let was: UInt64 = 0x5eade819487cb532  // "was"
    static let this: UInt64 = 0x2587bcef32493841  // "this"
    static let pipe: UInt64 = 0xaf63f14c8602103b  // "|"
    static let asterisk: UInt64 = 0xaf63a74c8601927d  // "*"
    static let entry: UInt64 = 0xbe2a85bf4c0ca913  // "entry"
    static let none: UInt64 = 0x3c0d17bad169557b  // "none"
    static let hold: UInt64 = 0x4029f6cc7e6d28b8  // "hold"
    static let declared: UInt64 = 0xb37da0c6d74974b3  // "declared"
    static let wave: UInt64 = 0x5e2cc5f62bdfe2b4  // "wave"
    static let siege: UInt64 = 0xca7fa64f269a44cc  // "siege"
    static let offensive: UInt64 = 0xf389c09a86943c64  // "offensive"
    static let operation: UInt64 = 0x1387bb5be85c3c86  // "operation"
    /// "since the rainy season began", "since the rains began": the start of a disaster's story.
    static let seasonWords = WordSet(["season", "rains", "downpours"])
    /// How long something named runs, in a relative clause: "The monsoon, which runs from June to
    /// September".
    /// A figure's verbs that take no object, so never modify a noun before them: after an unknown
    /// noun they are its verb ("Two farmworkers died", "1,214 Maoists surrendered", "a sergeant
    /// froze to death").
    static let intransitiveFigureVerbs = WordSet(["died", "perished", "drowned", "succumbed", "surrendered", "froze", "starved"])
    static let spanVerbs = WordSet(["runs", "ran", "lasts", "lasted", "stretches", "extends", "spans"])
    static let same: UInt64 = 0x097b5e18bf93ef5b  // "same"
    static let periodWord: UInt64 = 0x0528080b48ef9464  // "period"
    static let set: UInt64 = 0x823b87195ce20e23  // "set"
    static let fire: UInt64 = 0xaa77f578efdfc4b9  // "fire"
    static let armed: UInt64 = 0xd17782b67e4ca0fc  // "armed"
    static let treated: UInt64 = 0xfb0ba8b871ba0d26  // "treated"
    static let prisoners: UInt64 = 0xa64c5b952ce4d3d6  // "prisoners"
    static let prisoner: UInt64 = 0x6a62423a9ae155a1  // "prisoner"
    static let war: UInt64 = 0x5eade919487cb6e5  // "war"
    static let opened: UInt64 = 0x8a286a4a0a9b8080  // "opened"
    static let fighting: UInt64 = 0x5d7de8be02a89b97  // "fighting"
    static let figure: UInt64 = 0x6675e27edfa85d49  // "figure"
    static let have: UInt64 = 0x2e47c5cc74230edb  // "have"
    static let her: UInt64 = 0x334a1a192fe363cc  // "her"
    static let his: UInt64 = 0x337323193006782b  // "his"
    static let include: UInt64 = 0xc71bef1c7cd467a7  // "include"
    static let includes: UInt64 = 0x28df21681cec6d3c  // "includes"
    static let late: UInt64 = 0x044cf1ad90502801  // "late"
    static let mid: UInt64 = 0x07f43d1917563645  // "mid"
    static let months: UInt64 = 0x8dca2986c6f08da2  // "months"
    static let others: UInt64 = 0x927cc31d38699e92  // "others"
    static let our: UInt64 = 0x19f7991921bbcc99  // "our"
    static let over: UInt64 = 0xc2a38db44454a06f  // "over"
    static let reported: UInt64 = 0x1cd3f4462020234a  // "reported"
    static let tally: UInt64 = 0xaa3f4d29d02d54dd  // "tally"
    static let that: UInt64 = 0x256cadef3232570c  // "that"
    static let their: UInt64 = 0xeb06b1725dc70d87  // "their"
    static let throughout: UInt64 = 0x0fff93b11a36ff8e  // "throughout"
    static let told: UInt64 = 0x2fd9f6ef389a0874  // "told"
    static let weeks: UInt64 = 0x6ff2bd2e0efceb0a  // "weeks"
    static let when: UInt64 = 0x9bf6bff64f32f639  // "when"
    static let whereWord: UInt64 = 0x379d6b8893e8fc78  // "where"
    static let whose: UInt64 = 0xe0ede18862cb0a23  // "whose"
    static let well: UInt64 = 0x3d691ef619d96289  // "well"
    static let force: UInt64 = 0xe75ad8afb3eeebe4  // "force"
    static let whileWord: UInt64 = 0xce87a3885811296e  // "while"
    static let within: UInt64 = 0xf13ca4a2c837616a  // "within"
    static let train: UInt64 = 0xdee795a6c5087209  // "train"
    static let help: UInt64 = 0x0a9918cc5fa26aba  // "help"
    static let lives: UInt64 = 0xa15651aa185c2b34  // "lives"
    static let death: UInt64 = 0xf405a475b731576d  // "death"
    static let deaths: UInt64 = 0xd6ed920648d707fa  // "deaths"
    static let home: UInt64 = 0x402d1bcc7e6f9d6e  // "home"
    static let shot: UInt64 = 0x46dc6218e28e2ad5  // "shot"
    static let down: UInt64 = 0xdc04126761bb7455  // "down"
    static let across: UInt64 = 0x9480f140ae03f124  // "across"
    static let near: UInt64 = 0xe58664baa06e228f  // "near"
    static let broke: UInt64 = 0xea34211e1cbad04e  // "broke"
    static let apart: UInt64 = 0x885730a4aa4739a9  // "apart"
    static let up: UInt64 = 0x08c43a07b566d980  // "up"
    static let unless: UInt64 = 0x41ec56a8916fd663  // "unless"
    static let part: UInt64 = 0x03b1250debc64fd4  // "part"
    static let took: UInt64 = 0x2fe3edef38a24dae  // "took"
    static let taken: UInt64 = 0xc379d129de405f48  // "taken"
    static let began: UInt64 = 0x9a698d5e665bec26  // "began"
    static let started: UInt64 = 0xc732f2e2fbe9f15e  // "started"
    static let collapsed: UInt64 = 0xdf0ed011e7a2c72e  // "collapsed"
    static let gave: UInt64 = 0x8b0085720451be04  // "gave"
    static let way: UInt64 = 0x5eadee19487cbf64  // "way"
    static let came: UInt64 = 0xb5135d90e8393d8b  // "came"
    static let caved: UInt64 = 0xd3d8593b1e6eb054  // "caved"
    static let without: UInt64 = 0x5437c29a5289d0a3  // "without"
    static let dead: UInt64 = 0xa5bc226742558d67  // "dead"
    static let burst: UInt64 = 0xb92b6ce22825b421  // "burst"
    static let made: UInt64 = 0x1f8649a2cebec738  // "made"
    static let landfall: UInt64 = 0x8cbdb35cfbd5759d  // "landfall"
    static let dam: UInt64 = 0xca8d4518f457a381  // "dam"
    static let previous: UInt64 = 0xec5f63ffe7e97248  // "previous"
    static let under: UInt64 = 0xa9b4194ecfe6716d  // "under"
    static let died: UInt64 = 0xca06b667575a49af  // "died"
    static let succumbed: UInt64 = 0xc2190bdc618aa664  // "succumbed"
    static let before: UInt64 = 0xd89aa06245afb2be  // "before"
    static let until: UInt64 = 0x1fcc8b4e81fbac2f  // "until"
    static let average: UInt64 = 0xb56d7393f1add168  // "average"
    static let averaging: UInt64 = 0x9751785a65ae44a3  // "averaging"
    static let every: UInt64 = 0x1153970079d1c964  // "every"
    static let each: UInt64 = 0x214bac601e6d7da8  // "each"
    static let carry: UInt64 = 0xafcd9a3b099f8ef0  // "carry"
    static let known: UInt64 = 0x9e7c31938395894c  // "known"
    static let overturned: UInt64 = 0xb3c8e7c8ed021a1d  // "overturned"
    static let rolled: UInt64 = 0x78838a2fa0c47a1f  // "rolled"
    static let charged: UInt64 = 0xef8897783be7abef  // "charged"
    static let flipped: UInt64 = 0x578ad900f475ef93  // "flipped"
    static let admitted: UInt64 = 0xf4abcbfc1cc2af43  // "admitted"
    static let accused: UInt64 = 0x539a46664afcb17b  // "accused"
    static let arrived: UInt64 = 0xc40716462275812e  // "arrived"
    static let attempted: UInt64 = 0x2a6a8ff82c62596f  // "attempted"
    static let carried: UInt64 = 0x60f62a3bd55e9741  // "carried"
    static let registered: UInt64 = 0x32ce857547141c21  // "registered"
    static let missing: UInt64 = 0x8a56a8c8bd19c9c7  // "missing"
    static let how: UInt64 = 0x335f27192ff5d5ed  // "how"
    static let recorded: UInt64 = 0x64ecc9b033e7991d  // "recorded"
    static let exchange: UInt64 = 0x8cb31206e3250360  // "exchange"
    static let exchanged: UInt64 = 0x394aa5b3f7e41fcc  // "exchanged"
    static let shots: UInt64 = 0xf6a55648f7927812  // "shots"
    static let gunfire: UInt64 = 0xc459205de9841099  // "gunfire"
    static let gunmen: UInt64 = 0x27c02148b2d4cdeb  // "gunmen"
    /// "It will be recalled that", "it should be noted that": a formula of the telling, no plan.
    static let recallWords = WordSet(["recalled", "remembered", "noted"])
    static let admitting: UInt64 = 0xa6579564f35cbdee  // "admitting"
    static let suspected: UInt64 = 0x9fc3390936685baf  // "suspected"
    static let own: UInt64 = 0x19f1951921b75a1f  // "own"
    static let so: UInt64 = 0x08d93907b57933d7  // "so"
    static let far: UInt64 = 0xdcb98818fee0146e  // "far"
    static let campaign: UInt64 = 0x7e69a0a2884c5b53  // "campaign"
    static let rescued: UInt64 = 0x0bbf8094735d6b78  // "rescued"
    static let evacuated: UInt64 = 0xad5389926a627b8d  // "evacuated"
    static let first: UInt64 = 0x89d7ed7f996f1d41  // "first"
    static let initial: UInt64 = 0x7f5f002d3284b6c3  // "initial"
    static let alive: UInt64 = 0x50d1febb65dbf0e6  // "alive"
    static let safe: UInt64 = 0x09a13e18bfb48838  // "safe"
    static let than: UInt64 = 0x256cc7ef3232833a  // "than"
    /// What a vehicle leaves when it crashes: "when the bus left the road".
    static let roadWords = WordSet(["road", "highway", "motorway", "expressway", "carriageway", "track", "tracks", "runway",
                                    "rails"])
    /// Words that open an aside naming what comes before it: ", dubbed Operation Sentinel,".
    static let namingWords = WordSet(["dubbed", "called", "named", "codenamed", "code-named", "nicknamed"])
    /// A level a figure once reached: "down from a peak of more than 110,000".
    static let peakNouns = WordSet(["peak", "high", "record", "maximum", "low"])
    /// Events counted as such, that the event words lack in the plural: "the number of accidents".
    static let accidentNouns = WordSet(["accidents", "collisions"])
    /// The verbs of those who died, in a relative clause: "of those who drowned".
    static let intransitiveDeathVerbs = WordSet(["died", "drowned", "perished", "succumbed"])
    /// The households people come from: "seven people from two neighbouring families".
    static let householdNouns = WordSet(["families", "households", "clans"])
    /// Accidents in the plural, each its own: "died in house fires", "injured in road crashes"
    /// (a tally of many, not one event's toll).
    static let pluralAccidentNouns = WordSet(["crashes", "fires", "collisions", "accidents", "capsizings"])
    /// Gear that an event word may name the use of: "assault vehicle", "attack helicopters".
    static let gearNouns = WordSet(["vehicle", "vehicles", "rifle", "rifles", "helicopter", "helicopters", "craft",
                                    "aircraft", "boat", "boats", "ship", "ships", "submarine", "submarines", "jet", "jets"])
    /// Craft that sink: "when their boat overturned".
    static let boatNouns = WordSet(["boat", "boats", "dinghy", "canoe", "ferry", "vessel", "pirogue", "raft", "barge", "trawler", "skiff"])
    /// Words before "admitted" in hospital: "remain admitted", "were admitted", "currently admitted".
    static let admissionLeads = WordSet(["remain", "remains", "remained", "still", "currently", "were", "was", "been",
                                         "being", "are", "is"])
    /// Where the injured still are: "remain in hospital", "still being treated", "remained in intensive care".
    static let inCareWords = WordSet(["hospital", "hospitals", "hospitalised", "hospitalized", "admitted", "treated",
                                      "treatment", "intensive"])
    /// One person, whose age may follow "of": "a boy of about 10", "a woman of 72".
    static let personNouns = WordSet(["boy", "girl", "man", "woman", "child", "baby", "infant", "toddler",
                                      "teenager", "son", "daughter"])
    /// What a unit holds: "Each company has 80 to 100 personnel".
    static let holdingVerbs = WordSet(["has", "had", "have", "holds", "numbers", "comprises", "carries", "carried", "includes"])
    static let originally: UInt64 = 0x3160d48d96a80599  // "originally"
    static let previously: UInt64 = 0x92d93f7308e1796f  // "previously"
    static let put: UInt64 = 0x77f370195699cdee  // "put"
    static let against: UInt64 = 0x3ef0bdadda0c0a00  // "against"
    static let ceiling: UInt64 = 0x19f61814eccea340  // "ceiling"
    static let causing: UInt64 = 0x44a30b4c2e87477b  // "causing"
    static let there: UInt64 = 0xeaee9e725db25b5d  // "there"
    static let leaving: UInt64 = 0xe244b12de4bc253b  // "leaving"
    static let versus: UInt64 = 0x63310947e6976083  // "versus"
    static let compared: UInt64 = 0xacb28ac3f4b247f0  // "compared"
    static let above: UInt64 = 0x3f71052d617f9b2a  // "above"
    static let below: UInt64 = 0xc5d4635e7efb69d2  // "below"
    static let weekend: UInt64 = 0x849e63a4b31eaec2  // "weekend"
    static let years: UInt64 = 0xa0f364d5a5c6e35d  // "years"

    static let suffixScales: [UInt64: Double] = [
        Hashing.hash("k"): 1_000, Hashing.hash("m"): 1_000_000, Hashing.hash("mn"): 1_000_000,
        Hashing.hash("mln"): 1_000_000, Hashing.hash("bn"): 1_000_000_000, Hashing.hash("b"): 1_000_000_000,
    ]

    /// What a cause does to lives: "Heatstroke claimed 38 lives", "the fire took 12 lives".
    static let lifeTakingVerbs = WordSet(["claimed", "claims", "claim", "claiming", "took", "takes", "take", "taking",
                                          "taken", "cost", "costs", "costing"])
    /// Words that make a count noun an increment's: "Of the fresh deaths, two were ...".
    static let freshWords = WordSet(["fresh", "new", "latest", "additional", "further"])
    /// Currencies written before the number in any case: "Rs 5 lakh", "Rs. 2,000", "Tk 500", "Ksh 1,000".
    static let currencyAbbreviations = WordSet(["rs", "tk", "ksh", "kshs", "tsh", "ush", "inr", "pkr", "npr", "lkr", "ugx",
                                                "kes", "tzs", "ngn", "ghs", "etb", "bdt"])
    static let currencySymbols = WordSet(["$", "€", "£", "¥", "₹", "₽", "₴", "₪", "₩", "฿", "₦", "₱", "₺", "₫", "₵", "₸", "₭", "₮", "₲", "₡", "৳"])
    static let currencyCodes = WordSet(["us", "usd", "eur", "gbp", "rub", "uah", "cny", "jpy", "a", "c", "nz",
                                                 "hk", "r", "chf", "inr", "ils"])
}
