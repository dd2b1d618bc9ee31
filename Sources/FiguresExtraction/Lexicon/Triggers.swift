/// A word that ties a number to a figure ("killed", "death toll", "deployed").
struct Trigger: Sendable, Hashable {
    var figure: FigureKey
    /// An active verb that takes the number as its object: "killed 300", "sent 10,000".
    var isActiveVerb = false
    /// A noun that names the count itself: "deaths", "the death toll", "casualties".
    var isCountNoun = false
}

/// The taxonomy's words (SPEC's table), and the configuration's additions.
enum Triggers {
    static let words: PhraseTable<Trigger> = {
        var table = PhraseTable<Trigger>()
        func add(_ figure: FigureKey, _ phrases: [String], active: [String] = [], nouns: [String] = []) {
            // Longer phrases first is the table's job; here only roles differ.
            for phrase in active { table.add(phrase, Trigger(figure: figure, isActiveVerb: true)) }
            for phrase in nouns { table.add(phrase, Trigger(figure: figure, isCountNoun: true)) }
            for phrase in phrases { table.add(phrase, Trigger(figure: figure)) }
        }
        add(.casualties, ["killed or wounded", "killed and wounded", "dead or wounded", "dead and wounded",
                          "dead or injured", "dead and injured", "killed or injured", "killed and injured",
                          "wounded or killed", "injured or killed", "wounded and killed", "injured and killed",
                          "killed, wounded", "killed, injured", "dead, wounded", "killed, wounded or captured",
                          "killed, wounded or missing", "killed or wounded or captured", "dead or missing",
                          "killed or missing", "killed, wounded and missing", "wounded or dead",
                          "either killed or wounded", "put out of action", "out of action",
                          // "more than 11,500 children have been killed or maimed in Yemen".
                          "killed or maimed", "killed and maimed", "maimed or killed", "killed, maimed"],
            active: ["lost", "loses", "losing", "lose", "suffered", "suffering", "sustained", "sustaining",
                     "incurred"],
            nouns: ["casualties", "casualty", "losses", "loss", "casualty toll", "casualty count",
                    "casualty figure", "casualty figures", "irrecoverable losses", "deaths and injuries",
                    "dead and wounded", "killed and wounded"])
        // ("with two more of the injured dying in hospital": the participle of "died".)
        add(.killed, ["killed", "dead", "died", "die", "dies", "dying", "succumbing", "perished", "slain", "lost their lives",
                      "lost his life", "lost her life", "lives lost", "lives were lost", "have lost their lives",
                      "killed in action", "KIA", "executed", "massacred", "murdered", "drowned", "drown", "drowns", "deceased",
                      "confirmed dead", "feared dead", "presumed dead", "declared dead", "bodies",
                      "bodies recovered", "dead bodies", "fatally", "shot dead", "burned to death",
                      "crushed to death", "lost lives", "succumbed",
                      // Bodies in the state they were found in: "recovered 26 charred bodies".
                      "charred bodies", "burnt bodies", "burned bodies", "unidentified bodies", "decomposed bodies",
                      "decomposing bodies", "mutilated bodies", "unclaimed bodies", "decapitated bodies", "headless bodies",
                      "dismembered bodies", "lifeless bodies",
                      // "44 conscripts and a sergeant froze to death".
                      "froze to death", "frozen to death", "starved to death", "beaten to death", "stabbed to death",
                      "burnt to death", "hacked to death", "trampled to death", "bled to death", "stoned to death",
                      "shot to death",
                      // Official and regional idiom: "two jawans were martyred", "438 personnel have laid
                      // down their lives", "paid the supreme sacrifice", "eleven khwarij were sent to hell".
                      "martyred", "were martyred", "embraced martyrdom", "embraced shahadat", "attained martyrdom",
                      "attained shahadat", "laid down their lives", "laid down his life", "laid down her life",
                      "paid the supreme sacrifice", "made the supreme sacrifice", "paid the ultimate sacrifice",
                      "made the ultimate sacrifice", "paid the ultimate price", "paid the supreme price", "sent to hell", "breathed their last",
                      "breathed his last", "breathed her last", "gunned down", "beheaded", "lynched", "electrocuted",
                      // "Authorities hanged 13 men at the prison" ("hung" is for things).
                      "hanged",
                      // "9 soldiers and 4 VDP auxiliaries fallen with arms in hand", as communiqués have it.
                      "fallen with arms in hand", "fell with arms in hand", "fallen in combat", "fell in combat",
                      "fallen in action", "fell in action", "fallen in battle", "fell in battle",
                      "fallen on the battlefield", "fell on the battlefield"],
            active: ["killing", "kill", "kills", "claimed the lives of", "claiming the lives of", "left dead",
                     "leaving dead", "took the lives of", "taking the lives of", "the remains of", "remains of",
                     "killings of", "killing of", "deaths of", "murders of", "murder of",
                     // "Iraq hangs 11 men", "the execution of 12 captives".
                     "hangs", "executes", "executing", "execution of", "executions of"],
            nouns: ["deaths", "death", "death toll", "toll", "fatalities", "fatality", "dead", "war dead",
                    "body count", "death count", "death tally", "the dead", "killed", "lives", "deaths toll",
                    "confirmed deaths", "death figure", "death figures", "mortality",
                    // "rose to 74 martyrs and 171 wounded": the dead, in official idiom.
                    "martyrs"])
        add(.wounded, ["wounded", "injured", "hurt", "injuries", "injury", "wounds", "maimed", "hospitalised",
                       "hospitalized", "treated for injuries", "hospitalised with injuries", "treated for burns",
                       "treated for wounds", "treated for fractures", "treated for frostbite", "treated for gunshot wounds",
                       "treated for shrapnel wounds", "treated for shrapnel injuries", "treated for burn injuries",
                       "seriously injured", "seriously wounded", "badly wounded", "lightly wounded",
                       "treated for hypothermia", "treated for dehydration", "treated for smoke inhalation",
                       "treated for heatstroke", "treated for heat stroke", "treated for fuel burns",
                       "treated for skin burns", "suffering from burns", "suffering from hypothermia",
                       "suffering from dehydration", "suffering from smoke inhalation", "suffering from fractures",
                       "suffering from gunshot wounds", "suffering from injuries", "suffering from heatstroke",
                       "suffering from frostbite", "treated in hospital", "treated in hospitals", "taken to hospital",
                       "taken to hospitals", "taken to the hospital", "rushed to hospital", "admitted to hospital",
                       "admitted to hospitals", "admitted to the hospital", "remain in hospital", "remained in hospital",
                       "remains in hospital", "still in hospital", "remain in hospitals", "remained in hospitals",
                       "still in hospitals", "remain in the hospital", "remained in the hospital", "remains in the hospital",
                       "still in the hospital", "now in hospital", "now in hospitals", "now in the hospital", "those in hospital", "those in hospitals", "those in the hospital", "were in hospital", "are in hospital", "was in hospital", "is in hospital",
                       "were in the hospital", "are in the hospital", "were in hospitals", "are in hospitals", "remain hospitalised", "remain hospitalized",
                       "remained hospitalised", "remained hospitalized", "in critical condition", "in a critical condition",
                       "in serious condition", "in a serious condition", "in intensive care", "flown to hospital",
                       "airlifted to hospital", "evacuated to hospital", "flown to a hospital", "airlifted to a hospital",
                       "flown to hospitals", "airlifted to hospitals", "evacuated to hospitals", "rushed to hospitals",
                       "taken to a hospital", "transported to hospital", "transported to hospitals",
                       "transported to the hospital", "transported to a hospital", "transferred to hospital",
                       "transferred to hospitals", "transferred to the hospital", "transferred to a hospital", "moved to hospital",
                       "moved to hospitals", "moved to the hospital", "moved to a hospital", "sustained injuries", "suffered injuries", "sustained serious injuries",
                       "suffered serious injuries", "sustained wounds", "suffered wounds", "sustained gunshot wounds",
                       "suffered gunshot wounds", "sustained burns", "suffered burns", "suffered frostbite",
                       "suffered hypothermia", "suffered fractures", "suffered heatstroke", "suffered concussions",
                       // "two of them are stated to be critical", "eleven (11) are critical".
                       "are critical", "were critical", "remain critical", "remained critical", "is critical",
                       "stated to be critical", "said to be critical", "reported to be critical", "in a critical state",
                       // "were brought to hospitals", "214 remain admitted", "two children are still
                       // undergoing treatment" (not those discharged, whom the writers leave out).
                       "brought to hospital", "brought to hospitals", "brought to the hospital", "remain admitted",
                       "remained admitted", "still admitted", "remains admitted", "currently admitted", "were admitted",
                       "been admitted", "undergoing treatment", "under treatment",
                       "receiving treatment", "being treated",
                       // "57 required amputations", "297 lost one or more limbs", "six were amputees",
                       // "Three of the soldiers were taken straight to intensive care".
                       "required amputations", "required amputation", "needed amputations", "needed amputation",
                       "underwent amputations", "underwent amputation", "undergo amputations", "had amputations",
                       "undergone amputations", "undergone amputation",
                       "lost limbs", "lost a limb", "lost one or more limbs", "lost both legs", "lost a leg",
                       "lost an arm", "lost their limbs", "lost their legs", "were amputees", "are amputees",
                       "taken to intensive care", "taken straight to intensive care", "admitted to intensive care",
                       "taken to the intensive care unit", "admitted to the intensive care unit"],
            active: ["wounding", "injuring", "wounds", "injures", "injure", "wound"],
            // ("put the number treated in the capital's hospitals at 469": those treated, counted.)
            nouns: ["injuries", "wounded", "injured", "the wounded", "the injured", "number treated", "number hospitalised",
                    "number hospitalized",
                    // ("had put the number in hospital at 13".)
                    "number in hospital", "number in hospitals", "number in the hospital"])
        // "were taken to the hospital in Valverde suffering from severe dehydration": a harm with
        // its degree is still a harm (not "suffering" alone, a side's losses).
        add(.wounded, ["severe", "serious", "minor", "mild"].flatMap { degree in
            ["burns", "hypothermia", "dehydration", "smoke inhalation", "fractures", "injuries", "heatstroke",
             "frostbite", "gunshot wounds"].map { "suffering from \(degree) \($0)" }
        })
        add(.captured, ["captured", "taken prisoner", "taken captive", "taken hostage", "held captive",
                        "held prisoner", "held hostage", "in captivity", "surrendered", "prisoners of war",
                        "prisoner of war", "POWs", "POW", "P.O.W.s", "prisoners", "captives", "prisoner", "captive",
                        "hostage", "taken into captivity", "fell into captivity", "captivity",
                        "still being held", "still held", "remain held", "are still being held", "being held",
                        // "leaves 73 pupils and both teachers in the hands of the kidnappers".
                        "in the hands of",
                        // "49 girls remain in the kidnappers' hands".
                        "in the kidnappers' hands", "in kidnappers' hands", "in the abductors' hands",
                        "in their captors' hands", "in the captors' hands", "in their kidnappers' hands",
                        // Held by someone, after an auxiliary: "at least three are believed to be held
                        // by Russian forces" (not "a rally held by the opposition", nor "guards who had
                        // been held by inmates ... were freed").
                        "are held by", "is held by", "were held by", "was held by", "be held by"],
            active: ["capturing", "capture", "captures", "took prisoner", "taking prisoner", "seized",
                     "abducted", "abducting", "took hostage", "kidnapped", "kidnapping", "is holding",
                     "was holding", "are holding", "were holding", "is still holding", "are still holding",
                     "was still holding", "were still holding", "be holding", "been holding", "is also holding",
                     "are also holding", "was also holding", "were also holding", "is also still holding",
                     "are also still holding", "was also still holding", "were also still holding", "is now holding",
                     "are now holding", "was now holding", "were now holding", "abduction of",
                     "abductions of", "kidnapping of", "kidnappings of"],
            nouns: ["prisoners of war", "POWs", "prisoners", "captives", "captured", "abductions", "kidnappings"])
        add(.missing, ["missing", "unaccounted for", "missing in action", "MIA", "disappeared", "remain missing",
                       "still missing", "listed as missing", "remain unaccounted for",
                       // "about 7,000 people registered as missing".
                       "registered as missing", "recorded as missing"],
            nouns: ["missing", "the missing"])
        add(.deployed, ["sent", "deployed", "dispatched", "stationed", "fighting", "based", "arrived", "arriving",
                        "arrive", "arrives", "remained", "remain", "remains",
                        "transferred", "mobilized", "mobilised", "massed", "amassed", "positioned", "serving",
                        "redeployed", "shipped", "rotated", "deploying", "on the ground", "in the field",
                        "at the front", "on the front line", "on the front lines", "on the frontline",
                        "on the frontlines", "in combat", "reinforced"],
            active: ["send", "sending", "sends", "deploy", "deploys", "dispatch", "dispatching", "dispatches",
                     "mobilize", "mobilise", "mobilizing", "mobilising", "deployed", "sent", "dispatched",
                     "mobilized", "mobilised", "transferred", "transferring", "supplied", "supplying",
                     "contributed", "contributing", "contribute", "contributes", "committed", "committing", "stationed", "amassed", "massed",
                     "massing", "amassing", "fielded", "fielding", "has", "have", "had", "keeps", "kept",
                     "maintains", "maintained", "numbering", "numbers"],
            nouns: ["deployment", "contingent", "force", "troop presence", "presence", "reinforcements",
                    "troop strength", "troop numbers", "troop levels", "troop level", "strength", "troop ceiling",
                    "deployment of", "garrison"])
        return table.marked(.triggers)
    }()

    /// Adds a figure's trigger words from the configuration.
    static func with(_ extra: [FigureKey: [String]]) -> PhraseTable<Trigger> {
        var table = words
        for (figure, phrases) in extra {
            for phrase in phrases { table.add(phrase, Trigger(figure: figure)) }
        }
        return table
    }
}
