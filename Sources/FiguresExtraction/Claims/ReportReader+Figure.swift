/// Which figure a number counts, and whose people: the words around the number, read in
/// a fixed order of trust (docs/EXTRACTION.md, Figure and Subject).
extension ReportReader {
    /// What follows a number: "North Korean soldiers", "dead", "of them", "crates of ammunition".
    struct NounPhrase {
        var people = PeopleRef()
        var trigger: Trigger?
        var triggerIndex: Int?
        /// The trigger modifies a noun after it ("two wounded soldiers"): a verb before wins.
        var isAdjectival = false
        /// The number counts a thing the lexicon knows ("5,000 crates"): never a claim.
        var isKnownThing = false
        /// The number counts something unknown ("two teachers"): people only if a verb says so.
        var unknownNoun: Range<Int>?
        /// "300 of them", "of whom": the people named before.
        var isPartitive = false
        var end: Int

        var isEmpty: Bool { people.isEmpty && trigger == nil && unknownNoun == nil }
    }

    struct Found {
        var figure: FigureKey
        var people: PeopleRef
        var npEnd: Int
        /// "including 13 children": a part of the number before it.
        var isSubset = false
        /// "..., and Norway about 120": the number before's verb and noun, left out; its scope too.
        var isGapped = false
        /// "seven people who went missing": the figure is the relative clause's, and so are
        /// the words that set its scope.
        var isRelative = false
        /// "officials had put it at 31": the figure told before, told again, in its scope.
        var isRestated = false
        /// "..., and nearly 25,000 since 2014": the number before's figure, with a time of its
        /// own after it, whose words alone set its scope.
        var hasOwnTime = false
        /// "Nine of the victims were children": a part whose words tell nothing of its own scope,
        /// which is its whole's.
        var hasWholeScope = false
        /// "Insurgents killed over the past week: 142": where the label before the colon starts;
        /// its words set the scope.
        var labelStart: Int?
    }

    /// `following` are the sentence's counts after this one, for a list that this one heads.
    ///
    /// (The tests on every number are `if`s and methods, not closures on optionals: a closure
    /// that reads the tokens here captures the whole reader, which the compiler copies, with
    /// every array it holds retained and released, at each call, even on nil.)
    func figure(of mention: NumberMention, clause: Range<Int>, window: Range<Int>, sentence: Range<Int>,
                previous: Read?, linked: Read?, attribution: Attribution?, recent: Read? = nil,
                following: ArraySlice<NumberMention> = []) -> Found? {
        var np = nounPhrase(after: mention.tokens.upperBound, limit: clause.upperBound)
        // ("32 of the month's deaths": the noun phrase stops at a time's word, which is no thing's
        // here; the part is told below.)
        let tollPart = np.trigger == nil ? partOfNamedToll(after: mention.tokens.upperBound, limit: clause.upperBound) : nil
        if np.isKnownThing, tollPart == nil { return nil }
        // ("honoured 17 police officers and police staff who died": people joined by "and" share
        // the relative clause after them both.)
        if np.people.kind != nil, np.trigger == nil, let who = joinedRelative(after: np.end, limit: clause.upperBound) {
            np.end = who
        }
        // "Kajuru has seen at least a dozen mass abductions since 2021", "documented 14 mass
        // killings": events of many victims each, counted as events, not people.
        let end = mention.tokens.upperBound
        if end + 1 < clause.upperBound, Words.massWords.contains(tokens[end].hash), Words.tollCountNouns.contains(tokens[end + 1].hash) {
            return nil
        }
        if isActorOfCount(mention, limit: sentence.upperBound) { return nil }
        // "A Ugandan battalion usually has between 700 and 800 soldiers": what is usual, no claim.
        let start = mention.tokens.lowerBound
        if start - 2 >= clause.lowerBound, tokens[start - 1].isWord, Words.habitualAdverbs.contains(tokens[start - 2].hash) {
            return nil
        }
        // "rescued 354 passengers, 37 of them wounded": a part of them that a figure word right
        // after "them", ending the phrase, says what became of.
        if let part = figureWordEndingPart(mention, limit: clause.upperBound) {
            return Found(figure: part.figure, people: (previous ?? recent)?.people ?? PeopleRef(), npEnd: part.end, isSubset: true)
        }
        // "the deaths were reported from Jacobabad (11), Larkana (8) and Karachi (3)": a place's
        // share in brackets, of the count noun before.
        if np.isEmpty, let figure = bracketedShare(mention, sentence: sentence) {
            return Found(figure: figure, people: (previous ?? recent)?.people ?? PeopleRef(), npEnd: np.end, isSubset: true)
        }
        // "Heatstroke claimed 38 lives", "the fire took 12 lives": lives a cause took are its dead.
        if isLivesTaken(mention) { return Found(figure: .killed, people: np.people, npEnd: np.end) }
        // "none of its 640 workers had been hurt": the number is the whole that no one of was.
        if isNoneOf(mention, floor: clause.lowerBound) { return nil }
        // "obtained the departure of some 1,500 French soldiers", "completing the withdrawal of
        // about 1,000 troops": troops leaving, no count of those sent or there.
        if isLeaving(mention, floor: sentence.lowerBound) { return nil }
        // "Around 400 German troops are already in the country ..., and another 150 arrived at the
        // Rukla base last week", "another 1,000 would join them in November": more of the troops
        // told before, arriving, their noun left out.
        // (The verb may read as the phrase's noun: "another 150 arrived".)
        if let before = previous ?? recent, before.figure == .deployed, np.people.isEmpty, isAnother(mention),
           isArrival(at: mention.tokens.upperBound, limit: clause.upperBound) {
            return Found(figure: .deployed, people: before.people, npEnd: mention.tokens.upperBound)
        }
        // "currently has about 500 soldiers and is to reach about 4,800 by the end of 2027": the
        // strength the troops just told are to reach, their noun left out.
        if let before = previous, before.figure == .deployed, np.people.isEmpty, np.trigger == nil, np.unknownNoun == nil,
           start > clause.lowerBound, Words.reachWords.contains(tokens[start - 1].hash) {
            return Found(figure: .deployed, people: before.people, npEnd: np.end)
        }
        // "left 12 people dead and thousands homeless", "and dozens more without power": people
        // left in a state that is no casualty.
        // (Not a part of them with a figure of its own: "Five of the rescued trekkers were being
        // treated for frostbite".)
        // (Nor the rescued taken into care with a harm: "Eight of the rescued were taken to hospital
        // with burns".)
        if !np.isPartitive && hasPlightWord(in: np.unknownNoun)
            && !isTreatedForHarm(mention, npEnd: np.end, clause: clause, sentence: sentence)
            || np.end < clause.upperBound && tokens[np.end].hash == Words.without
                // (Not people held so: "including about 3,500 held without charge".)
                && !(np.end > mention.tokens.upperBound && Words.custodyParticiples.contains(tokens[np.end - 1].hash)) {
            return nil
        }
        // "small assault groups of three to five soldiers": the size of each group, no count.
        if mention.tokens.lowerBound - 2 >= clause.lowerBound, tokens[mention.tokens.lowerBound - 1].hash == Words.of,
           Words.groupsOfNouns.contains(tokens[mention.tokens.lowerBound - 2].hash) {
            return nil
        }
        // "two more companies of about 150 soldiers each": the size of each unit, no count.
        if np.end > mention.tokens.upperBound, np.end < clause.upperBound, tokens[np.end].hash == Words.each,
           np.end + 1 == clause.upperBound || tokens[np.end + 1].isPunctuation {
            return nil
        }
        // "three additional infantry battalions": units counted, not people.
        if np.people.kind != nil, np.end < clause.upperBound, Words.unitNouns.contains(tokens[np.end].hash) { return nil }
        // "killed since the war began, an average of 28 a day", "That is an average of 1,167 a
        // day": the last claim's figure, at a rate.
        if np.trigger == nil, np.people.isEmpty, let whole = previous ?? recent, whole.figure != .deployed,
           isAverage(mention, floor: clause.lowerBound),
           firstPeriodCue(in: mention.tokens.upperBound..<min(clause.upperBound, mention.tokens.upperBound + 3))?.isRate == true {
            return Found(figure: whole.figure, people: whole.people, npEnd: np.end)
        }
        // "44 people were killed in gang-related shootings last year, against 62 in 2022": the
        // claim before, compared with another time.
        // (With its people named: "19 security personnel and 27 civilians were killed in LWE
        // violence in 2024, against 21 security personnel and 30 civilians in 2023".)
        // (Only with another time after them: "have opened cases against 90 Russian commanders".)
        // ("That compares with about 1,300 in 2023": the claim a sentence back, when the comparison
        // opens the sentence.)
        if np.trigger == nil && np.people.isEmpty || (np.trigger == nil || np.trigger?.figure == .deployed) && !np.people.isEmpty
            && isYearAfter(np.end, limit: min(sentence.upperBound, np.end + 8)),
           let whole = previous ?? (np.isEmpty && mention.tokens.lowerBound - sentence.lowerBound <= 4 ? recent : nil),
           whole.figure != .deployed,
           isComparison(before: mention.tokens.lowerBound, floor: clause.lowerBound) {
            return Found(figure: whole.figure, people: np.people.isEmpty ? whole.people : np.people, npEnd: np.end)
        }
        let avoid = attribution?.span ?? 0..<0
        // "released 38 of the 87 pupils they abducted": the whole, people taken captive.
        if followsPart(mention, floor: sentence.lowerBound), np.trigger == nil, isCaptiveWhole(npEnd: np.end, limit: clause.upperBound) {
            return Found(figure: .captured, people: np.people, npEnd: np.end)
        }
        // "14 were South African soldiers", "Nine of those killed ... were children".
        let named = peopleAfterCopula(from: np.end, limit: window.upperBound)
        if !named.isEmpty, np.people.kind == nil || np.people.isWeak {
            np.people = merge(named, np.people)
        }
        // "Of those killed in the attack, 18 were women, six were children and two were soldiers".
        // (Not people with a figure's verb of their own: "Among the dead were 10 women and three
        // infants, it said, and at least 16 people were seriously wounded".)
        // ("Of the injured, nine remained in critical condition": the link verb is no noun.)
        // ("Of the injured, 14 remain in hospital": the part's own words may name the whole's figure.)
        // ("Among the dead were two dockworkers": right after the copula, a noun the lexicon does
        // not know names the part's people.)
        let countedAfterCopula = np.people.isEmpty && np.unknownNoun != nil && mention.tokens.lowerBound > sentence.lowerBound
            && tokens[mention.tokens.lowerBound - 1].roles.contains(.copula)
        // (Not a count that its own count noun names: "Among the dead were two children, said
        // Kinshasa governor Daniel Bumba, who put the number of injured at 32".)
        if let leading = leadingSubset(of: sentence, recent: previous ?? recent), leading.start < mention.tokens.lowerBound,
           !(tokens[mention.tokens.lowerBound - 1].hash == Words.at
             && countNoun(before: mention.tokens.lowerBound, floor: leading.start, clauseStart: clause.lowerBound)
                .map({ $0.0.figure != leading.figure }) == true),
           np.trigger == nil || np.trigger?.figure == leading.figure, np.unknownNoun == nil || !named.isEmpty
            || np.unknownNoun.map({ $0.count == 1 && Lexicon.has(tokens[$0.lowerBound], .linkVerb) }) == true
            // ("Of the 19 deaths this week, 11 occurred in the community": a verb in the past, no noun.)
            // (Not one that says they went free: "Of the 276, 57 escaped".)
            || np.unknownNoun.map({ $0.count == 1 && $0.lowerBound == mention.tokens.upperBound && isFinitePast($0.lowerBound)
                && !Words.releaseVerbs.contains(tokens[$0.lowerBound].hash) && !Words.departureVerbs.contains(tokens[$0.lowerBound].hash)
            }) == true
            || countedAfterCopula && np.unknownNoun.flatMap({ kind(named: $0) }) != nil,
           // ("Of the dead, 6,829 were lost on the Atlantic route": a word of any casualty is the
           // whole's.)
           case let verb = predicate(after: np.end, limit: window.upperBound),
           verb.map({ $0.0.figure == leading.figure || $0.0.figure == .deployed || $0.0.figure == .casualties }) ?? true {
            // ("Of the wounded, 77 died of their injuries: 41 at Tawila, 27 at Nyala": the parts,
            // with no verb of their own, of the number before that has one.)
            if verb == nil, let previous, previous.figure != leading.figure, previous.end <= mention.tokens.lowerBound {
                return Found(figure: previous.figure, people: np.people.isEmpty ? previous.people : np.people,
                             npEnd: np.end, isSubset: true)
            }
            if countedAfterCopula, let noun = np.unknownNoun { np.people.kind = kind(named: noun) }
            return Found(figure: leading.figure, people: np.people.isEmpty ? (previous?.people ?? PeopleRef()) : np.people,
                         npEnd: np.end, isSubset: true)
        }
        // "Nine of the dead were women and four were children": the next part of the same whole,
        // its "of the dead" left out, its people after the copula.
        if np.trigger == nil, np.unknownNoun == nil, !named.isEmpty, let previous, previous.figure != .deployed,
           previous.end <= mention.tokens.lowerBound, isNextPart(mention, floor: sentence.lowerBound) {
            return Found(figure: previous.figure, people: np.people, npEnd: np.end, isSubset: true, hasWholeScope: true)
        }
        // "23 people have died ... Nineteen of them were from the hamlet of Mananawin": a part of
        // the people the last claim counted, heading the next sentence with no figure word of its own.
        // (After its speaker only: "The UN human rights office says at least 127 of them were
        // civilians"; not of captives, whom a speaker may believe alive: "Israel believes 20 of
        // them are alive".)
        if previous == nil, let recent, recent.figure != .deployed,
           mention.tokens.lowerBound == sentence.lowerBound
            || recent.figure != .captured && isSpeakerOnlyBefore(mention, attribution: attribution, sentence: sentence),
           isPartOfThem(mention), np.trigger == nil,
           predicate(after: mention.tokens.upperBound + 2, limit: window.upperBound) == nil {
            return Found(figure: recent.figure, people: np.people.isEmpty ? recent.people : np.people, npEnd: np.end,
                         isSubset: true)
        }
        // "The United States has about 4,000 troops in the region ... About 2,500 of them are in
        // Iraq": a part of the troops told before, and where it is.
        if let whole = previous ?? (mention.tokens.lowerBound == sentence.lowerBound ? recent : nil), whole.figure == .deployed,
           isPartOfThem(mention), np.trigger == nil, case let verb = mention.tokens.upperBound + 2, verb + 1 < window.upperBound,
           tokens[verb].roles.contains(.copula),
           tokens[verb + 1].hash == Words.in || predicate(after: verb, limit: window.upperBound)?.0.figure == .deployed {
            return Found(figure: .deployed, people: np.people.isEmpty ? whole.people : np.people, npEnd: np.end, isSubset: true)
        }
        // "14 South African soldiers had been killed in the battle, nine of them serving with a
        // regional force", "... Two of them were serving with the UN peacekeeping mission": a part of
        // the dead or the wounded that the words only tell where they served.
        if let whole = previous ?? (mention.tokens.lowerBound == sentence.lowerBound ? recent : nil), whole.figure != .deployed,
           isPartOfThem(mention), np.trigger == nil,
           let (verb, verbIndex) = predicate(after: mention.tokens.upperBound + 2, limit: window.upperBound), verb.figure == .deployed,
           Words.servingWords.contains(tokens[verbIndex].hash) {
            return Found(figure: whole.figure, people: np.people.isEmpty ? whole.people : np.people, npEnd: np.end, isSubset: true)
        }

        // "the SBCA has declared 578 buildings across Karachi dangerous, including 456 in District
        // South": a bare part of a count between, which made no claim, is none; so is a part of
        // people rescued, freed or arrested between ("troops killed 57 ISWAP fighters ... and
        // rescued 46 kidnapped civilians, among them 19 children").
        // (With no claim before it in the sentence, from the sentence's start: "The Houthis are
        // releasing 288 detainees, among them 16 Saudi soldiers".)
        let partFloor = previous?.end ?? sentence.lowerBound
        if isSubsetCue(before: mention.tokens.lowerBound, floor: clause.lowerBound),
           (partFloor..<max(partFloor, mention.tokens.lowerBound - 1)).contains(where: { i in
               guard tokens[i].isDigits, yearNumber(tokens[i]) == nil, !isDayOfMonth(i), i + 1 < tokens.count else { return false }
               // ("has received 43 relief flights, including three from Brazil's air force": a
               // word before the thing's noun.)
               return np.isEmpty && (isCountedThing(at: i + 1)
                                     || i + 2 < mention.tokens.lowerBound && tokens[i + 1].isWord && !Lexicon.has(tokens[i + 1], .thing)
                                        && People.kinds.match(tokens, at: i + 1, limit: i + 2) == nil && isCountedThing(at: i + 2))
                   || i > partFloor && i < mention.tokens.lowerBound - 2
                   && (Words.plightWords.contains(tokens[i - 1].hash) || Words.releaseVerbs.contains(tokens[i - 1].hash)
                       || Words.arrestVerbs.contains(tokens[i - 1].hash))
                   // ("four attackers were killed and about 40 arrested, including three US citizens":
                   // or the participle right after the count.)
                   || i + 1 < mention.tokens.lowerBound - 2 && (Words.plightWords.contains(tokens[i + 1].hash)
                       || Words.arrestVerbs.contains(tokens[i + 1].hash))
           }) {
            return nil
        }
        // "A car bomb killed 20 people ... most of the victims were civilians, among them five
        // children": a part of the toll a sentence back, whose people this sentence names
        // again with no number ("the victims", "the dead").
        // (People of a kind named: not "including 5,000 blankets".)
        if previous == nil, let recent, recent.figure != .deployed, np.trigger == nil, np.people.kind != nil,
           isSubsetCue(before: mention.tokens.lowerBound, floor: clause.lowerBound),
           let toll = (sentence.lowerBound + 1..<mention.tokens.lowerBound).first(where: {
               Words.tollNouns.contains(tokens[$0].hash) && tokens[$0 - 1].hash == Words.the
           }) {
            let figure = tokens[toll].hash == Words.victims ? recent.figure
                : extractor.triggers.match(tokens, at: toll, limit: toll + 1)?.value.figure ?? recent.figure
            return Found(figure: figure, people: np.people, npEnd: np.end, isSubset: true)
        }
        // A part of the number before: "including 13 children", "among them 40 women".
        // (Not of a count in between with a verb of its own that made no claim: "586 people had
        // been shot and wounded and that 4,100 had been detained, among them 300 minors".)
        // ("more than 1,200 people have been detained, among them 300 minors": so with its people named.)
        if let previous, isSubsetCue(before: mention.tokens.lowerBound, floor: clause.lowerBound),
           !(previous.end..<max(previous.end, mention.tokens.lowerBound - 1)).contains(where: {
               guard tokens[$0].isDigits || tokens[$0].roles.contains(.numberWord) else { return false }
               let verb = $0 + 1 + (People.kinds.match(tokens, at: $0 + 1, limit: mention.tokens.lowerBound)?.length ?? 0)
               return verb < mention.tokens.lowerBound && Lexicon.has(tokens[verb], .auxiliary)
           }) {
            var people = np.people
            if people.kind == nil, let noun = np.unknownNoun { people.kind = kind(named: noun) }
            if people.isEmpty { people = previous.people }
            // ("about 14,000 North Korean soldiers were sent ..., of whom about 4,000 were killed or
            // wounded": the part's own verb.)
            // ("61,599 killed and 154,088 wounded ..., among them 1,838 people killed while seeking
            // aid": a part told with a participle of another toll's figure.)
            var own: FigureKey?
            if np.trigger == nil, previous.figure == .deployed || previous.figure == .casualties {
                own = predicate(after: np.end, limit: window.upperBound).map(\.0.figure).flatMap { $0 == .deployed ? nil : $0 }
            } else if np.trigger == nil, np.end < window.upperBound,
                      let participle = extractor.triggers.match(tokens, at: np.end, limit: window.upperBound)?.value.figure,
                      participle == .killed || participle == .wounded, participle != previous.figure {
                own = participle
            }
            // ("94 hostages remain in Gaza, including 34 it believes are dead": captives no longer
            // alive, a part of the captives' count still.)
            if own == nil, np.trigger == nil, previous.figure == .captured, isBelievedDead(after: np.end, limit: sentence.upperBound) {
                return Found(figure: .killed, people: people, npEnd: np.end, isSubset: true)
            }
            return Found(figure: np.trigger?.figure ?? own ?? previous.figure, people: people, npEnd: np.end, isSubset: own == nil)
        }
        // Whose people, once the figure is known.
        func people(trigger: Int?, allowLeft: Bool, bareGroup: Bool) -> PeopleRef {
            var people = np.people
            if people.kind == nil, let noun = np.unknownNoun { people.kind = kind(named: noun) }
            if people.group != nil, people.kind != nil, !people.isWeak { return people }
            if let trigger {
                people = merge(people, peopleAround(trigger: trigger, clause: clause, avoiding: avoid))
            }
            if people.isEmpty || np.isPartitive, let linked {
                return merge(people, linked.people)
            }
            if people.isEmpty, np.unknownNoun == nil, let previous, allowLeft == false || previous.end > clause.lowerBound {
                return previous.people
            }
            if allowLeft, people.group == nil, people.kind == nil || people.isWeak || bareGroup {
                // With a kind named, only the people's own side counts: "Wagner had 50,000 fighters".
                people = merge(people, peopleLeft(of: trigger ?? mention.tokens.lowerBound, floor: sentence.lowerBound,
                                                  avoiding: avoid, bareGroup: bareGroup))
            }
            return people
        }

        // Left of the number stands the people's own side only after "lost", "suffered":
        // "North Korean troops have suffered 300 deaths", not "Rescuers recovered 36 bodies".
        let experienced = hasExperiencerVerb(before: mention.tokens.lowerBound, floor: clause.lowerBound)

        // "Children accounted for 32 of the month's deaths", "Nineteen of the month's civilian
        // deaths were attributed to the army": a part of a toll named a few words on, past words
        // the noun phrase stops at.
        // (Not "the victims", whose words say too little: "it had identified 32 of the victims".)
        // (Its people: named in the toll's words, after a copula, or before "accounted for"; else
        // the whole's.)
        if let tollPart, let figure = tollPart.figure {
            var people = PeopleRef()
            if let kind = (start + 3..<tollPart.end - 1).lazy.compactMap({ People.kinds.match(self.tokens, at: $0, limit: tollPart.end) }).first {
                people.name(kind.value)
            }
            if people.isEmpty { people = peopleAfterCopula(from: tollPart.end, limit: clause.upperBound) }
            if people.isEmpty, start - 2 >= clause.lowerBound, tokens[start - 1].hash == Words.for,
               Words.accountingWords.contains(tokens[start - 2].hash) {
                people = peopleLeft(of: start - 2, floor: clause.lowerBound, avoiding: avoid, bareGroup: true)
            }
            if people.isEmpty { people = (previous ?? recent)?.people ?? PeopleRef() }
            return Found(figure: figure, people: people, npEnd: tollPart.end, isSubset: true)
        }

        // 0a. "- Deaths: 9", "Injured: 37": a figure's label at the head of a line or list item.
        if let label = label(before: mention.tokens.lowerBound, floor: sentence.lowerBound)
            ?? tableLabel(of: mention, sentence: sentence) ?? placeListLabel(of: mention, sentence: sentence) {
            // ("North Korean troops in Kursk: 3,000 killed or wounded", "Russian forces near
            // Bakhmut: 200 dead": a headline's label names the people only; the word after the
            // number names the figure.)
            if label.figure == .deployed, np.people.isEmpty, let trigger = np.trigger, trigger.figure != .deployed,
               np.triggerIndex == mention.tokens.upperBound {
                return Found(figure: trigger.figure, people: label.people, npEnd: np.end, labelStart: label.start)
            }
            return Found(figure: label.figure, people: np.people.isEmpty ? label.people : np.people, npEnd: np.end,
                         labelStart: label.start)
        }
        // 0a'. "pulled 61 people alive, 23 of them with serious injuries": injured.
        // (A part of a count of the wounded only: "26 more bodies had been pulled from the water
        // ... and 41 people had been rescued alive, 12 of them with serious injuries" are injured
        // among the rescued, no part of the bodies' increment.)
        // "documented 23 deaths in Tuesday's crackdown, 17 of them from gunshot wounds": the cause
        // of the deaths, a part of the dead.
        if let previous, previous.figure == .killed, isPartOfThem(mention),
           mention.tokens.upperBound + 2 < clause.upperBound, tokens[mention.tokens.upperBound + 2].hash == Words.from {
            return Found(figure: .killed, people: previous.people, npEnd: np.end, isSubset: true)
        }
        if isInjuredPart(mention) {
            return Found(figure: .wounded, people: previous?.people ?? np.people, npEnd: np.end,
                         isSubset: previous?.figure == .wounded)
        }
        // 0b. "took three prisoner", "had taken 30 hostages", "took 12 soldiers captive": people
        // taken captive (of the number before when no kind is named: "killed 35 soldiers and
        // took three prisoner").
        if mention.tokens.lowerBound > clause.lowerBound, Words.takeVerbs.contains(tokens[mention.tokens.lowerBound - 1].hash) {
            var end = max(np.end, mention.tokens.upperBound)
            var people = np.people
            // ("took 276 schoolgirls captive": a noun the lexicon does not know took the word in.)
            if people.kind == nil, let noun = np.unknownNoun, noun.count > 1, Words.captiveNouns.contains(tokens[noun.upperBound - 1].hash) {
                end = noun.upperBound - 1
                people.kind = kind(named: noun.lowerBound..<end)
            }
            // ("took 21 guards and the prison director hostage": another of them, joined by "and".)
            if end + 2 < clause.upperBound, tokens[end].hash == Words.and, Lexicon.has(tokens[end + 1], .determiner),
               let captive = (end + 2..<min(clause.upperBound, end + 6)).first(where: { Words.captiveNouns.contains(tokens[$0].hash) }),
               (end + 2..<captive).allSatisfy({ tokens[$0].isWord && !Lexicon.has(tokens[$0], .preposition) }) {
                end = captive
            }
            let captiveAfter = end < clause.upperBound && Words.captiveNouns.contains(tokens[end].hash)
            let captiveKind = np.trigger?.figure == .captured
                || np.people.kind.map { Words.captiveNouns.contains(Hashing.hash($0.slug)) } ?? false
            if captiveAfter || captiveKind {
                if people.kind.map({ Words.captiveNouns.contains(Hashing.hash($0.slug)) }) ?? true, let before = linked ?? previous {
                    people = before.people
                }
                return Found(figure: .captured, people: people, npEnd: captiveAfter ? end + 1 : end)
            }
        }
        // 0c. "Thailand says it has detained about 20 Cambodian troops", `detained 14 "Guyanese
        // mercenaries"`: combatants detained are captives, as arrested people are no claim.
        if mention.tokens.lowerBound > clause.lowerBound, Words.detainVerbs.contains(tokens[mention.tokens.lowerBound - 1].hash),
           np.people.kind?.isCombatant == true {
            return Found(figure: .captured, people: np.people, npEnd: np.end)
        }
        // 1. A trigger heading the noun phrase: "300 dead", "300 casualties", "300 killed".
        if let trigger = np.trigger, !np.isAdjectival {
            var figure = trigger.figure
            // "three of the wounded had died in hospital": the part of them that died.
            // ("three more of the injured died in hospital": more of them.)
            let of = mention.tokens.upperBound + (Lexicon.has(tokens[mention.tokens.upperBound], .countQualifier) ? 1 : 0)
            if figure == .wounded, of < np.end, tokens[of].hash == Words.of,
               let (verb, _) = predicate(after: np.end, limit: window.upperBound), verb.figure == .killed {
                figure = .killed
            }
            // ("17 captives died in captivity", "two of the girls still held had been badly injured":
            // captives that the verb after them says died or were hurt.)
            if figure == .captured, let (verb, _) = predicate(after: np.end, limit: window.upperBound),
               verb.figure == .killed || verb.figure == .wounded, !verb.isActiveVerb {
                figure = verb.figure
            }
            // ("the bodies of four of the missing soldiers had since been found": bodies are the dead.)
            if isDeathOfTheHurt(mention, figure: figure, floor: clause.lowerBound) { figure = .killed }
            // ("He had earlier given a toll of five dead": the toll told before, as it was then, as
            // in 4.)
            let start = mention.tokens.lowerBound
            let restates = start - 1 > clause.lowerBound && Range(max(clause.lowerBound, start - 3), upTo: start - 1).contains {
                    isEarlierToll(at: $0, mention: mention, clauseStart: clause.lowerBound)
                }
                && isTollToldBefore(figure, before: previous ?? recent)
            return Found(figure: figure, people: people(trigger: np.triggerIndex, allowLeft: experienced, bareGroup: true),
                         npEnd: np.end, isRestated: restates)
        }
        // 1a. "Russia held about 6,300 Ukrainian prisoners of war": prisoners of war are captives
        // whatever verb holds them (the people's word, not a figure word, heads the phrase).
        if np.trigger == nil, let end = prisonersOfWarEnd(from: mention.tokens.upperBound, to: min(clause.upperBound, np.end + 1)) {
            return Found(figure: .captured, people: people(trigger: nil, allowLeft: true, bareGroup: false),
                         npEnd: max(np.end, end))
        }
        // 1b. "11 police officers were among more than 100 people hurt in the clashes": a part
        // of the count after it, of that count's figure.
        // ("Twelve soldiers deployed to guard a crude oil pipeline were among at least 30 people
        // killed": past a participle's phrase on them.)
        var copula = np.end
        if let whole = following.first, whole.tokens.lowerBound - 2 > np.end, whole.tokens.lowerBound - np.end <= 12,
           tokens[whole.tokens.lowerBound - 1].hash == Words.among, tokens[whole.tokens.lowerBound - 2].roles.contains(.copula),
           (np.end..<whole.tokens.lowerBound - 2).allSatisfy({ tokens[$0].isWord && !tokens[$0].roles.contains(.copula) }),
           text(of: tokens[np.end]).hasSuffix("ed") || extractor.triggers.match(tokens, at: np.end, limit: whole.tokens.lowerBound) != nil
            // (Or more of their phrase: "Twenty-two players and staff of the club were among 29
            // people killed".)
            || tokens[np.end].hash == Words.and || tokens[np.end].hash == Words.of {
            copula = whole.tokens.lowerBound - 2
        }
        if let whole = following.first, copula + 2 == whole.tokens.lowerBound, !np.people.isEmpty || np.unknownNoun != nil,
           tokens[copula].roles.contains(.copula), tokens[copula + 1].hash == Words.among {
            let wholePhrase = nounPhrase(after: whole.tokens.upperBound, limit: sentence.upperBound)
            if let trigger = wholePhrase.trigger ?? predicate(after: wholePhrase.end, limit: min(sentence.upperBound, wholePhrase.end + 6))?.0,
               trigger.figure != .deployed {
                return Found(figure: trigger.figure, people: people(trigger: nil, allowLeft: false, bareGroup: false),
                             npEnd: np.end, isSubset: true)
            }
        }
        // 1c. "About 200 relatives of people killed in the unrest marched", "Some 40 parents of
        // missing students protested": kin counted, whose dead or missing the words after "of" name.
        // (Kin the lexicon does not know are the phrase's unknown noun.)
        // (Kin of two kinds too: "Hundreds of parents and relatives of the schoolgirls abducted".)
        if let kin = np.people.kind.map({ Hashing.hash($0.slug) }) ?? np.unknownNoun.map({ tokens[$0.upperBound - 1].hash }),
           Words.kinKinds.contains(kin), isKinOfCasualties(after: np.end, limit: clause.upperBound)
            || np.end + 2 < clause.upperBound && tokens[np.end].hash == Words.and && Words.kinKinds.contains(tokens[np.end + 1].hash)
            && isKinOfCasualties(after: np.end + 2, limit: clause.upperBound) {
            return nil
        }
        // "514 of the deaths were caused by occupational disease and 479 by traumatic injuries": a
        // later count with the verb left out, its cause after "by" as the count before had one; the
        // cause's words name no figure of their own.
        if let previous, previous.figure != .deployed, np.people.isEmpty, mention.tokens.lowerBound - 1 > previous.end,
           tokens[mention.tokens.lowerBound - 1].hash == Words.and, mention.tokens.upperBound < sentence.upperBound,
           tokens[mention.tokens.upperBound].hash == Words.by,
           (previous.end..<mention.tokens.lowerBound - 1).contains(where: { tokens[$0].hash == Words.by }) {
            return Found(figure: previous.figure, people: previous.people, npEnd: mention.tokens.upperBound, isGapped: true)
        }
        // 2. The predicate after the phrase: "300 soldiers have been killed".
        // "Two flight attendants who were seated in the tail were injured": past the relative clause.
        // (Not of a number that a casualty verb right before takes as its object: "a gunman
        // wounded three people in a shooting ... before police shot him dead".)
        // ("at least 36 of whom the Israeli military believes are dead": past the speaker.)
        let verbStart = mainVerb(afterRelativeAt: np.end, limit: sentence.upperBound, pastOwnAuxiliaries: true)
            ?? mainVerb(afterRelativeAt: np.end, limit: sentence.upperBound)
            ?? (np.people.isEmpty && np.unknownNoun == nil ? nil : verbAfterRelativeAside(at: np.end, limit: sentence.upperBound))
            ?? (np.people.isEmpty && np.unknownNoun == nil ? nil : mainVerb(afterTakenAt: np.end, limit: sentence.upperBound))
            ?? (np.isPartitive && avoid.lowerBound == np.end && avoid.upperBound + 1 < sentence.upperBound
                && tokens[avoid.upperBound].roles.contains(.attribution) ? avoid.upperBound + 1 : nil)
        let verbBefore = mention.tokens.lowerBound - 1
        // ("Police arrested 300 people and 12 protesters were killed": nor the object of an arrest.)
        let isObject = verbBefore > clause.lowerBound && isFinitePast(verbBefore)
            && (extractor.triggers.match(tokens, at: verbBefore, limit: verbBefore + 1).map { $0.value.figure == .killed || $0.value.figure == .wounded } == true
                || Words.arrestVerbs.contains(tokens[verbBefore].hash))
        // (Nor of the dead counted as bodies: "found the bodies of two climbers who had been
        // missing" are dead, whatever they had been.)
        // ("165 soldiers and police officers, 87 civilians and more than 900 militants were
        // killed": the verb after the list that the number heads; "Fourteen South African, three
        // Malawian and three Tanzanian soldiers": the kind of its last item.)
        // (Nor of a rise's size: "rising by six overnight as more of the injured died" counts the
        // dead the toll before did.)
        let isRiseBy = verbBefore - 1 > clause.lowerBound && tokens[verbBefore].hash == Words.by
            && (tokens[verbBefore - 1].roles.contains(.changeVerb) || tokens[verbBefore - 1].hash == Words.up)
        let mayHavePredicate = !isObject && !isRiseBy && !isBodiesOf(mention, floor: clause.lowerBound)
        // ("The boat had 53 people on board and 41 people died": people a thing held or carried
        // share no verb after "and" with the people of another clause.)
        // ("with 20 soldiers and 12 civilians killed" shares it: people joined right after.)
        let carrier = mention.tokens.lowerBound > clause.lowerBound ? tokens[mention.tokens.lowerBound - 1].hash : nil
        var ownPredicate = !mayHavePredicate ? nil : predicate(after: verbStart ?? np.end,
                                                               limit: verbStart.map { min(sentence.upperBound, $0 + 8) } ?? window.upperBound)
        if let found = ownPredicate, let carrier, Words.carrierWords.contains(carrier),
           (np.end..<found.1).contains(where: { tokens[$0].hash == Words.and && (carrier != Words.with || $0 > np.end) }) {
            ownPredicate = nil
        }
        // ("Emergency rooms treated 164 people for cold-related illnesses and five people died":
        // nor do those a verb of care took share the verb of another count joined after them.)
        if let found = ownPredicate, verbBefore > clause.lowerBound, tokens[verbBefore].hash == Words.treated, isFinitePast(verbBefore),
           (np.end..<found.1).contains(where: {
               tokens[$0].hash == Words.and && (tokens[$0 + 1].isDigits || Lexicon.has(tokens[$0 + 1], .numberWord))
           }) {
            ownPredicate = nil
        }
        // "The dead included six crew members and three servicemen escorting the prisoners", "The
        // dead were four crew members and five soldiers who had been wounded in an ambush": people
        // listed as a toll's are of its figure, whatever the words on them after say.
        // (Not people with a verb of their own: "The dead included 10 soldiers, and 30 civilians
        // were wounded".)
        if np.trigger == nil, !np.people.isEmpty || np.unknownNoun != nil,
           np.end >= clause.upperBound || tokens[np.end].hash == Words.aged
            || !tokens[np.end].roles.contains(.auxiliary) && !isFinitePast(np.end),
           let toll = tollListed(before: mention.tokens.lowerBound, floor: sentence.lowerBound),
           let figure = extractor.triggers.match(tokens, at: toll, limit: toll + 1)?.value.figure, figure != .deployed {
            var people = np.people
            if people.kind == nil, let noun = np.unknownNoun { people.kind = kind(named: noun) }
            return Found(figure: figure, people: people, npEnd: np.end, isSubset: true)
        }
        // "251 hostages were taken": captives named so, taken (not "taken to hospital").
        if mayHavePredicate, ownPredicate.map({ $0.0.figure == .deployed }) ?? true, verbStart == nil, let kind = np.people.kind,
           Words.takenCaptiveKinds.contains(Hashing.hash(kind.slug)), areTaken(after: np.end, limit: window.upperBound) {
            return Found(figure: .captured, people: people(trigger: nil, allowLeft: true, bareGroup: true), npEnd: np.end)
        }
        let list = !mayHavePredicate || ownPredicate != nil || verbStart != nil || np.people.isEmpty && np.unknownNoun == nil
            || !opensClause(mention, sentence: sentence) ? nil : listEnd(after: np.end, following: following, limit: sentence.upperBound)
        // (Past a comma that closes the list: "11 Italian and 14 Hungarian soldiers, and two Moldovan
        // soldiers, had been hurt".)
        var listPredicate: (Trigger, Int)?
        if let list {
            let from = list.end < sentence.upperBound && tokens[list.end].hash == Words.comma ? list.end + 1 : list.end
            listPredicate = predicate(after: from, limit: min(sentence.upperBound, from + 16))
        }
        if let list, listPredicate != nil, np.people.kind == nil, np.unknownNoun == nil { np.people.kind = list.kind }
        // (Not a verb of moving troops over the casualty that an adjective names: "more than 20
        // wounded soldiers had been brought to the city's hospital" are wounded, in 3b.)
        // ("140 more had received death threats": a noun the figure's word only modifies.)
        // (Nor "under sentence of death".)
        // (Nor past a list: "About 180 men and six women are on death row".)
        if let (_, triggerIndex) = ownPredicate ?? listPredicate,
           isDeathCompound(at: triggerIndex, floor: clause.lowerBound, limit: sentence.upperBound) {
            return nil
        }
        // (Nor over a harm they were treated for: "1,103 soldiers had been treated for post-traumatic
        // stress disorder", in 3a.)
        if let (trigger, triggerIndex) = ownPredicate ?? listPredicate,
           !(trigger.figure == .deployed && np.trigger.map({ $0.figure != .deployed }) == true),
           !(trigger.figure == .deployed && isTreatedForHarm(mention, npEnd: np.end, clause: clause, sentence: sentence)),
           trigger.figure != .deployed || activeVerb(before: mention.tokens.lowerBound, floor: clause.lowerBound, np: np)
            .map({ $0.0.figure == .deployed }) ?? true {
            let isDeployment = trigger.figure == .deployed
            // ("between 90 and 120 Brazilians are fighting in Ukraine", "about 300 Colombians are
            // fighting in Sudan", "Eighteen Indian nationals are still fighting with Russian forces":
            // a nation's people, or foreigners, who fight for a side are its fighters there; not
            // "fighting the fire".)
            let fightsForASide = isDeployment && np.unknownNoun == nil && tokens[triggerIndex].hash == Words.fighting
                && triggerIndex + 1 < clause.upperBound && Lexicon.has(tokens[triggerIndex + 1], .preposition)
            let isForeignFighter = fightsForASide && !np.people.isWeak
                && np.people.kind.map({ Words.foreignerKinds.contains(Hashing.hash($0.slug)) }) == true
            let troopsNamed = np.people.kind?.isCombatant == true
                || np.people.kind == nil && np.unknownNoun == nil
                && (linked?.figure == .deployed || recent?.figure == .deployed || hasCombatants(in: sentence))
                || fightsForASide && np.people.isWeak && np.people.group != nil || isForeignFighter
            if !isDeployment || troopsNamed {
                // "Three children were among the dead": a part of the toll told before.
                // ("600 of them had been admitted to hospitals": a part of the wounded counted before.)
                let isAmong = triggerIndex >= 1 && tokens[triggerIndex - 1].hash == Words.among  // "among the dead"
                    || triggerIndex >= 2 && tokens[triggerIndex - 1].hash == Words.the && tokens[triggerIndex - 2].hash == Words.among
                    || isPartOfThem(mention) && (previous ?? recent)?.figure == trigger.figure
                    // ("Katsina accounted for 1,012 of the people abducted": a part of those the
                    // claim before counted, named by their participle.)
                    || isOfTheParticiple(mention, npEnd: np.end, triggerAt: triggerIndex)
                    && (previous ?? recent)?.figure == trigger.figure
                var found = people(trigger: nil, allowLeft: true, bareGroup: isDeployment || np.people.kind != nil)
                // (Foreigners fighting are troops of the side, their kind only what they are.)
                if isForeignFighter { found.isWeak = true }
                return Found(figure: trigger.figure, people: found, npEnd: np.end, isSubset: isAmong)
            }
        }
        // A number of things after a preposition is no object of the verb before, nor joined to
        // the number before: "killed in 46 intelligence-based operations", "in fighting between
        // two clans".
        // (And past an article: "316 of them were killed in the two wars".)
        let settingAt = mention.tokens.lowerBound - 1 > clause.lowerBound && tokens[mention.tokens.lowerBound - 1].hash == Words.the
            ? mention.tokens.lowerBound - 2 : mention.tokens.lowerBound - 1
        let isSetting = np.people.kind == nil && (np.unknownNoun != nil || np.isKnownThing)
            && settingAt >= clause.lowerBound
            && Words.settingPrepositions.contains(tokens[settingAt].hash)
        // 2b. "The blast sent 40 people to hospital", "put 300 people in hospital": injured.
        // (Troops too, sent to no hospital named: "heat illness sent 1,210 soldiers to hospital"; not
        // "sent 200 soldiers to the hospital", to guard it.)
        if isSentToHospital(mention, npEnd: np.end, limit: clause.upperBound),
           np.people.kind?.isCombatant != true || np.people.isWeak
            || np.end + 1 < clause.upperBound && tokens[np.end].hash == Words.to && Words.hospitalWords.contains(tokens[np.end + 1].hash) {
            return Found(figure: .wounded, people: people(trigger: nil, allowLeft: false, bareGroup: false), npEnd: np.end)
        }
        // (A number with no noun after "and" has the people of the number before, and its own
        // relative clause says what became of them, not the verb before: "identified 96 Cubans
        // who had been killed in Ukraine and about 40 who were listed as missing".)
        if np.isEmpty, let previous, mention.tokens.lowerBound - 1 > clause.lowerBound,
           tokens[mention.tokens.lowerBound - 1].hash == Words.and,
           let figure = relativeFigure(after: np.end, clause: clause, sentence: sentence) {
            return Found(figure: figure, people: previous.people, npEnd: np.end, isRelative: true)
        }
        // 3. An active verb right before: "killed 300", "has sent around 10,000 troops".
        if !isSetting, let (trigger, verbIndex) = activeVerb(before: mention.tokens.lowerBound, floor: clause.lowerBound, np: np) {
            // Left of "killed" stand the killers; left of "lost" or "sent", the people's own side.
            let agentIsOther = [FigureKey.killed, .wounded, .captured].contains(trigger.figure)
            if !agentIsOther, trigger.figure != .deployed, np.unknownNoun != nil, np.people.kind == nil {
                return nil  // "lost about 9 gigawatts": losses of things
            }
            // ("inspectors seized 2,300 gas cylinders": things taken, no captives.)
            if trigger.figure == .captured, Words.seizeVerbs.contains(tokens[verbIndex].hash), np.unknownNoun != nil,
               np.people.isEmpty {
                return nil
            }
            var found = people(trigger: nil, allowLeft: false, bareGroup: false)
            if !agentIsOther, found.group == nil {
                found = merge(found, peopleLeft(of: verbIndex, floor: sentence.lowerBound, avoiding: avoid, bareGroup: true))
            }
            // ("plans to deploy about 40,000 more there": more of the troops just told.)
            if trigger.figure == .deployed, let unknown = np.unknownNoun, np.people.isEmpty, isOnlyMoreOrThere(unknown),
               let before = previous ?? recent, before.figure == .deployed {
                return Found(figure: .deployed, people: before.people, npEnd: np.end)
            }
            if trigger.figure == .deployed, np.unknownNoun != nil { return nil }
            if trigger.figure == .deployed, isCraftsCrew(mention, npEnd: np.end, clause: clause) { return nil }
            return Found(figure: trigger.figure, people: found, npEnd: np.end)
        }
        // "The SDF also guards prisons holding some 9,000 Islamic State fighters": captives a jail holds.
        if mention.tokens.lowerBound - 2 >= clause.lowerBound, tokens[mention.tokens.lowerBound - 1].hash == Words.holding,
           Words.jailNouns.contains(tokens[mention.tokens.lowerBound - 2].hash), np.people.kind != nil {
            return Found(figure: .captured, people: people(trigger: nil, allowLeft: false, bareGroup: false), npEnd: np.end)
        }
        // 3a. "Medics treated 31 people for dehydration", "43 people had been admitted to Mulago
        // hospital with gunshot wounds": people treated for a harm, or taken in with one, are injured.
        if isTreatedForHarm(mention, npEnd: np.end, clause: clause, sentence: sentence, kind: np.people.kind) {
            return Found(figure: .wounded, people: people(trigger: nil, allowLeft: false, bareGroup: false), npEnd: np.end)
        }
        // 3b. An adjective: "300 wounded soldiers were evacuated".
        // (The deaths of the wounded, and bodies, are deaths: the reader asks `isDeathOfTheHurt`
        // of every claim.)
        if let trigger = np.trigger {
            return Found(figure: trigger.figure, people: people(trigger: nil, allowLeft: true, bareGroup: false), npEnd: np.end)
        }
        // 3c'. "68 bodies have been recovered, 40 adults and 28 children": the number before broken
        // down by kind, in apposition after its clause (the first of two or more parts joined by
        // "and"; the later ones are joined to it).
        if let previous, previous.figure != .deployed, np.trigger == nil, !np.isPartitive, np.people.kind != nil,
           mention.tokens.lowerBound - 1 >= previous.end, tokens[mention.tokens.lowerBound - 1].hash == Words.comma,
           !(previous.end..<mention.tokens.lowerBound - 1).contains(where: {
               tokens[$0].isDigits || tokens[$0].roles.contains(.numberWord) || tokens[$0].isPunctuation
           }),
           np.end + 1 < sentence.upperBound, tokens[np.end].hash == Words.and,
           let next = countNumber(at: np.end + 1, limit: sentence.upperBound),
           let kind = People.kinds.match(tokens, at: next + 1, limit: sentence.upperBound),
           !hasOwnVerb(after: next + 1 + kind.length, limit: sentence.upperBound) {
            return Found(figure: previous.figure, people: np.people, npEnd: np.end, isSubset: true)
        }
        // 3c. "the bodies of 20 men, four of them decapitated", "26 injured, nine of them in
        // intensive care": after a comma, a part of the number before.
        // ("more than 2,000 civilians had been killed ..., and that about 400 of them were children".)
        if np.isPartitive, let previous, mention.tokens.lowerBound > clause.lowerBound,
           [Words.comma, Words.and, Words.that].contains(tokens[mention.tokens.lowerBound - 1].hash) {
            var people = np.people
            if people.isEmpty { people = previous.people }
            return Found(figure: previous.figure, people: people, npEnd: np.end, isSubset: true)
        }
        // 3d. "Britain sent 200 troops ..., and Romania about 100 more": a new group with the
        // verb and the noun left out.
        if let previous, np.isEmpty, let group = gappedGroup(before: mention.tokens.lowerBound, after: previous.end) {
            return Found(figure: previous.figure, people: PeopleRef(group: group, kind: previous.people.kind), npEnd: np.end,
                         isGapped: true)
        }
        // 3d''. "in January 2024 it had put Russian casualties at 350,000, and in October at more
        // than 700,000", "...; in its report of Feb. 24 this year, 12,654": a later value of a
        // series, after a time of its own, its figure and people left out.
        if let previous, np.isEmpty, let (brk, _) = seriesTime(before: mention.tokens.lowerBound, floor: previous.end - 1),
           !(brk + 1..<mention.tokens.lowerBound).contains(where: {
               extractor.triggers.match(tokens, at: $0, limit: mention.tokens.lowerBound) != nil
                   || People.kinds.match(tokens, at: $0, limit: mention.tokens.lowerBound) != nil
           }) {
            return Found(figure: previous.figure, people: previous.people, npEnd: np.end, isGapped: true)
        }
        // 3d'''. "has recorded more than 1,100 deaths on the route since January, and nearly 25,000
        // since 2014": a later value of a series after ", and", its time after it.
        if let previous, np.isEmpty, isSeriesValueWithTimeAfter(mention, after: previous.end, limit: clause.upperBound) {
            return Found(figure: previous.figure, people: previous.people, npEnd: np.end, hasOwnTime: true)
        }
        // 3d'. "will send 1,200 more soldiers, on top of the 8,000 already there": the same
        // people, present already, the noun left out.
        // (So is the number an increment adds to, whatever follows it: "has sent a further 3,000
        // troops ..., adding to the roughly 11,000 it deployed in October", "on top of roughly
        // 11,000 who remain there".)
        if let previous, np.isEmpty, previous.figure == .deployed,
           mention.tokens.upperBound < clause.upperBound && tokens[mention.tokens.upperBound].hash == Words.already
            || isIncrementBase(mention, floor: previous.end) {
            return Found(figure: previous.figure, people: previous.people, npEnd: np.end)
        }
        // 3e. "had deployed about 9,000 soldiers ... and planned to add 1,500 more", "has moved
        // 125,000 servicemen into the sector ... and may commit a further 20,000": more troops
        // of the number before, the noun left out. (Troops only: "arrested 30 more" after a
        // toll are no more dead; a verb that is no deployment is weighed after.)
        // (Or a sentence on: "The Pentagon has sent 7,000 troops to the border. It plans to add
        // roughly 1,000 more by January.")
        // ("would station a further 1,200 there": a place adverb is no noun.)
        if let before = previous ?? recent, before.figure == .deployed,
           np.isEmpty || np.people.isEmpty && np.trigger == nil && np.unknownNoun.map(isOnlyMoreOrThere) == true,
           isMoreOfTheSame(mention) {
            return Found(figure: .deployed, people: before.people, npEnd: np.end)
        }
        // "Egypt has pledged 1,091 soldiers ...; the first 400 arrived in Mogadishu on Monday": the
        // first of the troops before, with a verb of deployment, the noun left out.
        // (The verb may be read as the phrase's noun: "arrived".)
        if let before = previous ?? recent, before.figure == .deployed, np.people.isEmpty, np.trigger == nil,
           isFirstOfThem(mention, floor: clause.lowerBound),
           predicate(after: np.unknownNoun?.lowerBound ?? np.end, limit: window.upperBound)?.0.figure == .deployed {
            return Found(figure: .deployed, people: before.people, npEnd: np.end)
        }
        // "suffered roughly 415,000 casualties over the year, or about 1,140 a day": the same
        // figure told another way.
        if let previous, np.isEmpty, mention.tokens.lowerBound - 2 >= clause.lowerBound,
           tokens[mention.tokens.lowerBound - 1].hash == Words.or, tokens[mention.tokens.lowerBound - 2].hash == Words.comma {
            return Found(figure: previous.figure, people: previous.people, npEnd: np.end)
        }
        // "ordered 2,000 National Guard troops to the city on Saturday and another 2,000 on
        // Monday": more of the same, the verb and the noun left out.
        if let previous, np.isEmpty, isAnotherAfterAnd(before: mention.tokens.lowerBound, floor: previous.end),
           np.end >= clause.upperBound || tokens[np.end].isPunctuation || Lexicon.has(tokens[np.end], .preposition) {
            return Found(figure: previous.figure, people: previous.people, npEnd: np.end)
        }
        // 4. A count noun before, through link words: "put North Korean deaths at nearly 300".
        let floor = linked != nil ? max(sentence.lowerBound, clause.lowerBound - 12)
            : max(sentence.lowerBound, previous?.end ?? sentence.lowerBound)
        // (Not a number after "and" with people and a verb of its own: "16 were wounded, and
        // about 6,270 residents fled".)
        let opener = mention.tokens.lowerBound - (mention.tokens.lowerBound > clause.lowerBound + 1
                                                  && tokens[mention.tokens.lowerBound - 1].hash == Words.that ? 2 : 1)
        // (Nor after "as", "while" or "after": "the toll could rise, as dozens of residents had fled",
        // "six workers remain unaccounted for, after 24 others were located safe"; nor after a
        // comma and "that", the next thing said: "said 21 people had died, that 58 had been pulled
        // out alive".)
        let startsClause = opener >= clause.lowerBound
            && (tokens[opener].hash == Words.and || tokens[opener].hash == Words.as_ || tokens[opener].hash == Words.whileWord
                || tokens[opener].hash == Words.after
                || tokens[opener].hash == Words.comma && tokens[opener + 1].hash == Words.that)
            && hasOwnVerb(pastRelativeClause: np.end, limit: window.upperBound)
        // (Not a share in a list of shares, whose name may hold a force's noun: "the Army accounted
        // for 161 of the deaths, ... and the Air Force for 87", in 6c'.)
        let isGappedShare = np.isEmpty
            && (np.end >= clause.upperBound || tokens[np.end].isPunctuation || tokens[np.end].hash == Words.and)
            && previous.map { isGappedPlace(before: mention.tokens.lowerBound, floor: max(sentence.lowerBound, $0.end)) } == true
        // (Nor people with a state of their own: "evacuated 18 wounded soldiers and nine sick
        // civilians".)
        let hasOwnState = mention.tokens.upperBound < clause.upperBound && Words.sicknessWords.contains(tokens[mention.tokens.upperBound].hash)
        if np.unknownNoun == nil, !startsClause, !isGappedShare, !hasOwnState,
           let (trigger, nounIndex) = countNoun(before: mention.tokens.lowerBound, floor: floor, clauseStart: clause.lowerBound,
                                                isRaisedFrom: isRaisedFrom(mention, npEnd: np.end, limit: clause.upperBound,
                                                                           floor: sentence.lowerBound)),
           // (Not the noun of a number before that made no claim: "would release 5,864 prisoners,
           // including 180 foreigners", "saved 520 lives, including those of 45 Indian nationals".)
           !(nounIndex > floor && (tokens[nounIndex - 1].isDigits && yearNumber(tokens[nounIndex - 1]) == nil
                                   || tokens[nounIndex - 1].roles.contains(.numberWord))
             && previous.map({ $0.end <= nounIndex }) ?? true),
           // (Nor a noun "but" sets against the number: "No one was hurt, but 63 passengers were
           // stranded".)
           !(nounIndex..<mention.tokens.lowerBound).contains(where: { tokens[$0].hash == Words.but }) {
            // ("The death toll from the strike has risen to 74. The ministry had put the toll at 58 on
            // Friday": the toll told just before, as it was then.)
            // (Or an event's count a few sentences back, a toll or not: "The death toll from Sunday's
            // bombing ... has risen to 31 ... More than 70 people were wounded in the blast. On Sunday
            // evening officials had put the toll at 19".)
            let restates = isTollToldBefore(trigger.figure, before: previous ?? recent)
                && isEarlierToll(at: nounIndex, mention: mention, clauseStart: clause.lowerBound)
            return Found(figure: trigger.figure, people: people(trigger: nounIndex, allowLeft: experienced, bareGroup: true),
                         npEnd: np.end, isRestated: restates)
        }
        // Joined to the number before, sharing its verb; not when it has a verb of its own
        // ("and 568 have been rescued").
        // (Not survivors joined to the dead: "have brought up 78 bodies and 246 survivors".)
        var joined: Read?
        if let linked, linked.figure != .deployed || np.people.kind?.isCombatant == true,
           !(linked.figure == .killed && (np.people.kind?.slug == "survivors"
                                          || np.unknownNoun.map({ tokens[$0.upperBound - 1].hash == Words.survivors }) == true)),
           !hasOwnVerb(pastRelativeClause: np.end, limit: window.upperBound), !isSetting {
            joined = linked
        }
        // "killed 84 Wagner fighters and 47 Malian soldiers": soldiers joined to a casualty share its verb.
        if let joined, joined.figure != .deployed, np.people.kind?.isCombatant == true {
            return Found(figure: joined.figure, people: people(trigger: nil, allowLeft: false, bareGroup: false), npEnd: np.end)
        }
        // 4b. "searching for seven people who went missing", "to reach at least seven miners who
        // remained unaccounted for": the people's own relative clause, when the main clause
        // has no word of a figure, says what became of them.
        // (The main clause may have a verb of its own: "eight other persons who sustained gunshot
        // injuries were rushed" to a hospital.)
        // (Or "others": "searching for 17 others who remain missing".)
        // ("the nine civilians who died had rushed onto the site": "had" is the main clause's
        // auxiliary, no verb of keeping troops.)
        if verbStart == nil || ownPredicate == nil
            || ownPredicate.map({ $0.0.figure == .deployed && $0.1 == verbStart && Lexicon.has(tokens[$0.1], .auxiliary) }) == true,
           np.people.kind != nil || np.unknownNoun != nil || np.end > mention.tokens.upperBound && tokens[np.end - 1].hash == Words.others,
           let figure = relativeFigure(after: np.end, clause: clause, sentence: sentence) {
            return Found(figure: figure, people: people(trigger: nil, allowLeft: false, bareGroup: false), npEnd: np.end,
                         isRelative: true)
        }
        // 5. Troops with no casualty word: a deployment ("10,000 troops in Kursk"); not recruits
        // signed up ("has drawn only a few thousand recruits").
        // Nor the attackers of one attack ("when at least two gunmen opened fire", "Twenty gunmen
        // stormed the village"): a count of them is no deployment.
        // Nor sailors alone, a ship's crew as often as a navy's ("picked up six sailors", "the
        // remaining 11 sailors took the vessel"); with soldiers or airmen they are forces.
        if let kind = np.people.kind, kind.isCombatant, !np.people.isWeak,
           !(mention.tokens.upperBound..<np.end).contains(where: {
               Words.recruitWords.contains(tokens[$0].hash) || Words.formerWords.contains(tokens[$0].hash)
           }),
           !isSailorsAlone(mention.tokens.upperBound..<np.end),
           !isCraftsCrew(mention, npEnd: np.end, clause: clause),
           !isAttack(at: np.end, limit: clause.upperBound, pastPhrase: kind.slug != "troops"),
           !areRaiders(mention, npEnd: np.end, clause: clause) {
            return Found(figure: .deployed, people: people(trigger: nil, allowLeft: true, bareGroup: true), npEnd: np.end)
        }
        // 5b. "Ukraine's armed forces now number about 880,000": forces that number the count.
        if np.isEmpty, let kind = forcesNumbering(before: mention.tokens.lowerBound, floor: clause.lowerBound,
                                                           sentenceStart: sentence.lowerBound) {
            // ("The outgoing Indonesian troops, numbering about 830, began flying home": troops
            // that leave, their verb after the aside.)
            if np.end < sentence.upperBound, tokens[np.end].hash == Words.comma,
               isDeparture(after: np.end + 1, limit: sentence.upperBound) {
                return nil
            }
            var people = PeopleRef(kind: kind.value)
            people = merge(people, peopleLeft(of: kind.start, floor: sentence.lowerBound, avoiding: avoid, bareGroup: true))
            return Found(figure: .deployed, people: people, npEnd: np.end)
        }
        // 6. Joined to the number before: "killed 20 children and two teachers", "rose by 504 to 49,617".
        if let joined, !hasOwnState {
            return Found(figure: joined.figure, people: people(trigger: nil, allowLeft: false, bareGroup: false), npEnd: np.end)
        }
        // 6b. "about 300 Africa Corps troops in Burkina Faso and about 100 in Niger", "Eleven
        // of the deaths were in Altadena and five in the Palisades": the noun left out.
        if let previous, np.isEmpty, np.end < clause.upperBound, Lexicon.has(tokens[np.end], .preposition),
           isEllipsis(between: previous.end, and: mention.tokens.lowerBound) {
            // ("France will keep about 80 troops in Ivory Coast and about 100 in Gabon": the verb
            // left out too, and with it the plan; not past a comma, where the verb left out may be
            // another's: "keeps about 1,500 troops in Djibouti, a number it plans to cut to 1,200
            // by 2027, and around 100 in Gabon".)
            return Found(figure: previous.figure, people: previous.people, npEnd: np.end,
                         isGapped: !(previous.end..<mention.tokens.lowerBound).contains { tokens[$0].hash == Words.comma })
        }
        // 6b'. "4,458 people were killed on the country's roads in 2024, and 4,012 in the first 11
        // months of this year", "Nineteen of the deaths were in Masbate, where the storm made
        // landfall, and five in Samar": the verb and the noun left out after "and", a window or
        // a place said instead.
        // ("38 were killed in Cauca, 17 in Antioquia and 14 in Valle del Cauca": an item of the
        // list before its "and".)
        // (Or a time said without a preposition: "recorded 1,012 deaths on the route in 2024, and
        // at least 340 so far this year".)
        if let previous, np.isEmpty, np.end < clause.upperBound,
           Lexicon.has(tokens[np.end], .preposition) || isBareTime(at: np.end, limit: clause.upperBound),
           isBareAfterAnd(mention, floor: previous.end) || isBareListItem(mention, floor: previous.end, following: following),
           !hasOwnVerb(after: np.end, limit: clause.upperBound),
           // (Not with a since-phrase of its own, whose window the scope would not tell from the
           // number before's: "743 deaths since the start of the year, and more than 24,500 since 2014".)
           tokens[np.end].hash != Words.since {
            return Found(figure: previous.figure, people: previous.people, npEnd: np.end)
        }
        // 6c. "499 deaths, followed by Barcelona with 439 and Paris with 235": a place's share,
        // the figure left out.
        // ("followed by Kharkiv region with 41": a place's own noun after its name.)
        // ("accounting for 18 of the deaths, followed by platinum mines with 12 and coal mines with
        // seven": any share's noun, a few words after "followed by", or after "and" past another.)
        let placeEnd = mention.tokens.lowerBound - 2
        if let previous, np.isEmpty, placeEnd >= clause.lowerBound, tokens[placeEnd + 1].hash == Words.with,
           tokens[placeEnd].isCapitalized
            || Words.areaNouns.contains(tokens[placeEnd].hash) && placeEnd - 1 >= clause.lowerBound && tokens[placeEnd - 1].isCapitalized
            || isShareAfterFollowedBy(nounEnd: placeEnd, floor: max(sentence.lowerBound, previous.end - 1), sentenceStart: sentence.lowerBound) {
            return Found(figure: previous.figure, people: previous.people, npEnd: np.end)
        }
        // 6c'. "Punjab accounted for 142 of the deaths, Khyber Pakhtunkhwa for 91 and Sindh for 48",
        // "recorded 1,781 murders in the quarter, Gauteng 1,642 and the Eastern Cape 1,403": a
        // place's share after a list's comma or "and", the verb and the noun left out; in the
        // scope of the share before.
        // (`isGappedShare`, asked above before any count noun.)
        if isGappedShare, let previous {
            return Found(figure: previous.figure, people: previous.people, npEnd: np.end, isGapped: true)
        }
        // 6d. "far short of the 2,500 authorised by the Security Council": the strength troops told
        // before are meant to reach, the noun left out (the participle after it is no noun).
        if let before = previous ?? recent, before.figure == .deployed, np.people.kind == nil,
           isStrengthTarget(mention, floor: clause.lowerBound, limit: clause.upperBound) {
            return Found(figure: .deployed, people: before.people, npEnd: np.end)
        }
        // 6e. "would withdraw about 120 troops from the battlegroup by April, leaving some 150 in the
        // country": the troops a withdrawal leaves, the noun left out.
        // ("leaving fewer than 1,000 there": "there" is no noun of things.)
        if np.people.kind == nil, np.trigger == nil, np.unknownNoun.map({ tokens[$0.lowerBound].hash == Words.there }) ?? true,
           let (verb, kind) = withdrawalLeaving(mention, floor: sentence.lowerBound) {
            var people = PeopleRef(kind: kind)
            people = merge(people, peopleLeft(of: verb, floor: sentence.lowerBound, avoiding: avoid, bareGroup: true))
            return Found(figure: .deployed, people: people, npEnd: np.end)
        }
        // 7. "bringing the total to 5,000", "The figure rose by 1,180": the figure of the number before.
        // (Not the number of things: "as the number of recorded cases passed 4,000".)
        // (Nor people whose own verb is a plight or names no figure: "A total of 38 passengers
        // were rescued", "A total of 129 miners were working underground when the blast tore".)
        // (Nor what a vehicle carries: "The buses were carrying a total of 63 people".)
        if let before = previous ?? recent, np.unknownNoun == nil, !isLoadTotal(before: mention.tokens.lowerBound, floor: clause.lowerBound),
           // (Nor people with a verb of another figure: "A total of 6,000 police officers were deployed"
           // after a toll; nor past an aside on a part of them: "A total of 164 rescuers, including 70
           // soldiers and police, were searching the site".)
           np.people.kind == nil || !isPlight(after: np.end, limit: clause.upperBound)
            && !isOwnVerbOfOther(np, figure: before.figure, limit: clause.upperBound, sentenceEnd: sentence.upperBound),
           // (Nor the earlier value of that number: "the number of accidents rose to 24,183 from 22,871".)
           !Range(max(sentence.lowerBound, mention.tokens.lowerBound - 6), upTo: mention.tokens.lowerBound).contains(where: {
               isCountedThingOrEvent(tokens[$0]) && isNumberOfThings(at: $0, floor: $0 >= clause.lowerBound ? clause.lowerBound : sentence.lowerBound)
           }),
           // (Nor people that a participle of no figure tells: "put the number of people evacuated
           // at about 11,000".)
           !isNumberOfPeopleOtherwise(before: mention.tokens.lowerBound, floor: clause.lowerBound),
           isTotalPointer(before: mention.tokens.lowerBound, floor: clause.lowerBound)
            || isPointer(before: mention.tokens.lowerBound, floor: sentence.lowerBound)
            || isFigureReference(before: mention.tokens.lowerBound, floor: sentence.lowerBound)
            || isEarlierValue(mention, floor: clause.lowerBound)
                && !hasOtherCount(in: min(previous?.end ?? clause.lowerBound, mention.tokens.lowerBound)..<mention.tokens.lowerBound)
            || isPronounFigure(mention, floor: clause.lowerBound)
            || previous != nil && isIncrementAside(before: mention.tokens.lowerBound, floor: sentence.lowerBound)
            || before.figure == .deployed && (isLevelTarget(before: mention.tokens.lowerBound, floor: clause.lowerBound)
                                               || isLevelTargetPastStart(before: mention.tokens.lowerBound, floor: sentence.lowerBound))
            // ("Norway has about 23,000 full-time military personnel ..., whose plan sets a target of
            // 28,000 by 2036": the strength aimed at.)
            || before.figure == .deployed && np.isEmpty && mention.tokens.lowerBound - 2 >= clause.lowerBound
                && tokens[mention.tokens.lowerBound - 1].hash == Words.of
                && (tokens[mention.tokens.lowerBound - 2].hash == Words.target || tokens[mention.tokens.lowerBound - 2].hash == Words.goal)
            || previous.map({ $0.figure == .deployed && isStrengthHeld(mention, after: $0.end) }) == true,
           // (Nor a population, or animals: "The reserve's elephant population has fallen to about 1,100".)
           !Range(max(sentence.lowerBound, mention.tokens.lowerBound - 10), upTo: mention.tokens.lowerBound).contains(where: {
               tokens[$0].hash == Words.population || Words.animalNouns.contains(tokens[$0].hash)
           }) {
            return Found(figure: before.figure, people: np.people.isEmpty ? before.people : np.people, npEnd: np.end)
        }
        if let before = previous ?? recent, np.unknownNoun == nil,
           isPronounReference(before: mention.tokens.lowerBound, floor: clause.lowerBound) {
            return Found(figure: before.figure, people: np.people.isEmpty ? before.people : np.people, npEnd: np.end,
                         isRestated: tokens[mention.tokens.lowerBound - 1].hash != Words.by)
        }
        // 8. "The victims included 20 women and three babies", "Among the victims were 12
        // children": a part of the toll told before.
        // (The toll may be a few sentences back: "... rounded up residents and shot them, and that
        // the victims included 31 women and 19 children".)
        if let before = previous ?? recent
            ?? recentScopes.latestFigure.flatMap({ $0 == .killed ? Read(figure: .killed, people: PeopleRef(), scope: .total, end: 0, clauseStart: 0) : nil }),
           before.figure != .deployed, isVictimsPart(mention) {
            var people = np.people
            if people.kind == nil, let noun = np.unknownNoun { people.kind = kind(named: noun) }
            // ("11 of the injured were in critical condition and that the dead included four
            // Iranian nationals": the dead's part, whatever the number before counted.)
            let toll = mention.tokens.lowerBound - 2
            let figure = Words.tollNouns.contains(tokens[toll].hash)
                ? extractor.triggers.match(tokens, at: toll, limit: toll + 1)?.value.figure ?? before.figure : before.figure
            return Found(figure: figure, people: people.isEmpty ? before.people : people, npEnd: np.end, isSubset: true)
        }
        // 8a. "At least 40 people died during the blockade. Among them were 14 children": a part
        // of the count just told, "them" (not of a toll further back).
        if let before = previous ?? recent, before.figure != .deployed, mention.tokens.lowerBound - 3 >= sentence.lowerBound,
           tokens[mention.tokens.lowerBound - 1].roles.contains(.copula), tokens[mention.tokens.lowerBound - 2].hash == Words.them,
           tokens[mention.tokens.lowerBound - 3].hash == Words.among {
            var people = np.people
            if people.kind == nil, let noun = np.unknownNoun { people.kind = kind(named: noun) }
            return Found(figure: before.figure, people: people.isEmpty ? before.people : people, npEnd: np.end, isSubset: true)
        }
        // 8b. "Nine of the victims were children": a part of the toll told before, its people named
        // after the copula.
        if let before = previous ?? recent, before.figure != .deployed, np.trigger == nil, np.end < clause.upperBound,
           mention.tokens.upperBound + 2 < np.end, tokens[mention.tokens.upperBound].hash == Words.of,
           tokens[mention.tokens.upperBound + 1].hash == Words.the, tokens[np.end - 1].hash == Words.victims,
           tokens[np.end].roles.contains(.copula) {
            var people = np.people
            if let kind = People.kinds.match(tokens, at: np.end + 1, limit: clause.upperBound) { people.name(kind.value) }
            return Found(figure: before.figure, people: people, npEnd: np.end, isSubset: true, hasWholeScope: true)
        }
        // 6f. "has about 100 personnel in Burkina Faso, far fewer than the roughly 2,000 it has in
        // Mali": the strength of the troops just told, elsewhere, its noun left out.
        if let previous, previous.figure == .deployed, np.isEmpty, np.end + 1 < sentence.upperBound,
           Lexicon.has(tokens[np.end], .pronoun), tokens[np.end + 1].hash == Words.has || tokens[np.end + 1].hash == Words.have {
            return Found(figure: .deployed, people: previous.people, npEnd: np.end)
        }
        // 6g. "Egypt sent 1,091 troops ... Another 291 are due by the end of August", "A further 600
        // will be sent", "500 more would join them": more of the troops just told, their noun left
        // out, before the verb that brings them.
        var verbAt = np.end
        if verbAt < sentence.upperBound, tokens[verbAt].hash == Words.more { verbAt += 1 }
        if np.isEmpty, isAnother(mention) || verbAt > np.end, let before = previous ?? recent, before.figure == .deployed,
           verbAt + 1 < sentence.upperBound, Lexicon.has(tokens[verbAt], .auxiliary) || Lexicon.has(tokens[verbAt], .modal),
           (verbAt + 1..<min(sentence.upperBound, verbAt + 3)).contains(where: { Words.arrivalWords.contains(tokens[$0].hash) }) {
            return Found(figure: .deployed, people: before.people, npEnd: np.end)
        }
        // ("about 100 Russian military personnel arrived in Niamey in April 2024, and about 200 more
        // arrived in January": or "more" and the verb itself, in the past, which the phrase reads
        // as its noun.)
        let more = mention.tokens.upperBound
        if more + 1 < sentence.upperBound, tokens[more].hash == Words.more, tokens[more + 1].hash == Words.arrived,
           np.trigger == nil, np.people.isEmpty, let before = previous ?? recent, before.figure == .deployed {
            return Found(figure: .deployed, people: before.people, npEnd: more + 1)
        }
        // 6h. "Some 7,000 Syrian fighters ... remain in the country ... About 4,500 are in the west",
        // "Of those, about 400 are in the Middle East": where the troops just told are, their noun
        // left out.
        if np.isEmpty, let before = previous ?? recent, before.figure == .deployed, np.end + 1 < sentence.upperBound,
           Lexicon.has(tokens[np.end], .copula), Words.presenceWords.contains(tokens[np.end + 1].hash) {
            return Found(figure: .deployed, people: before.people, npEnd: np.end)
        }
        // 6i. "MINUSCA ... currently has about 14,100 deployed across the country", "with about 5,600
        // deployed worldwide", "planned to keep about 400 there", "says it has about 9,000 there":
        // troops, their noun left out, before a participle of where they serve or "there" after a
        // verb that keeps them, when troops were just told or are named in the sentence.
        // (The participle may be read as the phrase's noun.)
        if end < sentence.upperBound, np.trigger == nil, np.people.isEmpty, np.isEmpty || np.unknownNoun?.lowerBound == end,
           Words.servingWords.contains(tokens[end].hash)
            || tokens[end].hash == Words.there && start - 1 >= clause.lowerBound && Words.keepingVerbs.contains(tokens[start - 1].hash),
           (previous ?? recent)?.figure == .deployed || hasCombatants(in: sentence) {
            if let before = previous ?? recent, before.figure == .deployed {
                return Found(figure: .deployed, people: before.people, npEnd: np.end)
            }
            return Found(figure: .deployed, people: people(trigger: nil, allowLeft: true, bareGroup: true), npEnd: np.end)
        }
        // 9. "Israel says 50 hostages remain in Gaza": hostages still held, with no other figure word.
        // ("Somali pirates held 32 ships and 736 hostages": the object of "held".)
        if let kind = np.people.kind, !np.isPartitive, Words.heldKinds.contains(Hashing.hash(kind.slug)),
           isHeldNow(mention, npEnd: np.end, window: window) || isObjectOfHeld(mention, floor: clause.lowerBound) {
            return Found(figure: .captured, people: people(trigger: nil, allowLeft: false, bareGroup: false), npEnd: np.end)
        }
        // 9c. "the car carrier Galaxy Leader, whose 25 crew members it is still holding": people
        // whose holder the relative clause names.
        if !np.people.isEmpty, !np.isPartitive, mention.tokens.lowerBound > clause.lowerBound,
           tokens[mention.tokens.lowerBound - 1].hash == Words.whose, isHeldByRelativeSubject(after: np.end, limit: sentence.upperBound) {
            return Found(figure: .captured, people: people(trigger: nil, allowLeft: false, bareGroup: false), npEnd: np.end)
        }
        // 9e. "Armenia says Azerbaijan is still holding 23 Armenians, while Baku says it holds 19":
        // the captives just told, held, their noun left out.
        if np.isEmpty, let before = previous ?? recent, before.figure == .captured, mention.tokens.lowerBound - 2 > clause.lowerBound,
           isHoldVerb(mention.tokens.lowerBound - 1), Lexicon.has(tokens[mention.tokens.lowerBound - 2], .pronoun) {
            return Found(figure: .captured, people: before.people, npEnd: np.end)
        }
        // 9d. "were flown to a hospital in Djibouti, where three of them remain": the injured still
        // in the hospital just named.
        // (The injured may be named in the sentence, not counted: "The injured, all of whom are
        // stable, were flown to a hospital".)
        if np.people.isEmpty, np.trigger == nil, isStillInHospitalNamedBefore(mention, limit: sentence.upperBound),
           (previous ?? recent)?.figure == .wounded
            || (sentence.lowerBound..<mention.tokens.lowerBound).contains(where: { Words.hurtWords.contains(tokens[$0].hash) }) {
            let before = (previous ?? recent).flatMap { $0.figure == .wounded ? $0.people : nil }
            return Found(figure: .wounded, people: before ?? PeopleRef(), npEnd: np.end)
        }
        // 9b. "India holds 81 Pakistani fishermen", "Russia holds more than 8,000 Ukrainians": a
        // country that holds another's people holds them captive.
        if let group = np.people.group, !np.isPartitive, np.trigger == nil, np.people.kind?.isCombatant != true,
           isHoldsAnother(group, verb: mention.tokens.lowerBound - 1, floor: clause.lowerBound) {
            return Found(figure: .captured, people: np.people, npEnd: np.end)
        }
        return nil
    }

    /// "The helicopter had six soldiers on board", "an Army Black Hawk helicopter with three
    /// soldiers on board": a craft's crew or passengers, no force sent; not a craft that a verb
    /// of deployment before the number sends ("France has sent a navy ship from Réunion with 60
    /// military personnel on board"), nor troops aboard ships counted ("about 4,000 Marines and
    /// sailors aboard two warships in the region").
    func isCraftsCrew(_ mention: NumberMention, npEnd: Int, clause: Range<Int>) -> Bool {
        isAboardOneCraft(after: npEnd, limit: clause.upperBound)
            && !(clause.lowerBound..<mention.tokens.lowerBound).contains { index in
                // (A verb that only has them, "had six soldiers on board", sends no craft.)
                !Lexicon.has(tokens[index], .auxiliary) && !Words.possessionVerbs.contains(tokens[index].hash)
                    && extractor.triggers.match(tokens, at: index, limit: mention.tokens.lowerBound)
                        .map { $0.value.figure == .deployed && $0.value.isActiveVerb } == true
            }
    }

    /// "on board" or "aboard" after the people, and one craft or none named after it.
    private func isAboardOneCraft(after end: Int, limit: Int) -> Bool {
        var i = end
        if i + 1 < limit, tokens[i].hash == Words.on, tokens[i + 1].hash == Words.board {
            i += 2
        } else if i < limit, tokens[i].hash == Words.aboard {
            i += 1
        } else {
            return false
        }
        let craft = (i..<min(limit, i + 5)).prefix(while: {
            tokens[$0].isDigits || tokens[$0].isWord && !Lexicon.has(tokens[$0], .preposition)
        })
        return !craft.contains {
            tokens[$0].isDigits || Lexicon.has(tokens[$0], .numberWord) || Lexicon.has(tokens[$0], .thing) && isPlural(tokens[$0])
        }
    }

    /// Whether a word of plight ("homeless", "displaced") is among the tokens of `range`.
    func hasPlightWord(in range: Range<Int>?) -> Bool {
        guard let range else { return false }
        return range.contains { Words.plightWords.contains(tokens[$0].hash) }
    }

    /// The figure of the people's own relative clause at `npEnd`, in the passive or with a
    /// state: "who went missing", "who remained unaccounted for" (not an active verb's: "40
    /// gunmen who killed 12 villagers" are the killers; nor a deployment's).
    func relativeFigure(after npEnd: Int, clause: Range<Int>, sentence: Range<Int>) -> FigureKey? {
        // ("searching for nine people, among them three children, who went missing": past an aside
        // on a part of them, whose number ends the clause.)
        var who = npEnd
        var limit = clause.upperBound
        if npEnd < clause.upperBound, tokens[npEnd].hash == Words.comma,
           let close = partAsideEnd(openingAt: npEnd, limit: sentence.upperBound), tokens[close].hash == Words.comma,
           close + 2 < sentence.upperBound, tokens[close + 1].hash == Words.who {
            who = close + 1
            limit = min(sentence.upperBound, who + 12)
        }
        guard who < limit, tokens[who].hash == Words.who,
              let (trigger, index) = predicate(after: who + 1, limit: limit),
              !trigger.isActiveVerb, trigger.figure != .deployed, !takesObject(triggerAt: index, limit: sentence.upperBound) else {
            return nil
        }
        return trigger.figure
    }

    /// Only the speaker and its verb stand before the number in its sentence: "The UN human
    /// rights office says at least 127 of them", "Officials said that 12 of them".
    func isSpeakerOnlyBefore(_ mention: NumberMention, attribution: Attribution?, sentence: Range<Int>) -> Bool {
        guard let attribution, attribution.span.lowerBound <= sentence.lowerBound + 1, attribution.span.upperBound < mention.tokens.lowerBound
        else { return false }
        let between = attribution.span.upperBound..<mention.tokens.lowerBound
        return between.count <= 3 && Lexicon.has(tokens[between.lowerBound], .attribution)
            && between.dropFirst().allSatisfy { tokens[$0].hash == Words.that || Lexicon.has(tokens[$0], .adverb) }
    }

    /// "of people killed in the unrest", "of missing students", "of soldiers killed in the war": a
    /// phrase after kin at `end` whose casualty word names the people "of" opens, before any
    /// verb or mark of the kin's own.
    func isKinOfCasualties(after end: Int, limit: Int) -> Bool {
        guard end + 2 < limit, tokens[end].hash == Words.of else { return false }
        for j in end + 1..<min(limit, end + 7) {
            let token = tokens[j]
            if token.isPunctuation || token.isDigits || Lexicon.has(token, .auxiliary) || Lexicon.has(token, .attribution) { return false }
            if let trigger = extractor.triggers.match(tokens, at: j, limit: limit) { return trigger.value.figure != .deployed }
        }
        return false
    }

    /// Whether a hold verb at `verb` has a country before it, other than `group`, as its subject.
    func isHoldsAnother(_ group: String, verb: Int, floor: Int) -> Bool {
        guard verb > floor, isHoldVerb(verb), tokens[verb].hash != Words.hold,
              let holder = holderGroup(before: verb, floor: floor) else { return false }
        return holder != group
    }

    /// The country or side named within eight words before `verb`, its subject ("India, for its
    /// part, holds"); none after a preposition ("in Ukraine"), nor a speaker ("The Houthis say
    /// the government holds").
    func holderGroup(before verb: Int, floor: Int) -> String? {
        for end in stride(from: verb, to: max(floor, verb - 8), by: -1) {
            if end < verb, Lexicon.has(tokens[end], .attribution) { return nil }
            if let holder = People.groups.match(tokens, endingBefore: end, floor: floor) {
                return holder.start == floor || !Lexicon.has(tokens[holder.start - 1], .preposition) ? holder.value.slug : nil
            }
        }
        return nil
    }

    /// Where "prisoners of war" (or "prisoner of war") ends, when its noun stands in
    /// `start..<end`.
    func prisonersOfWarEnd(from start: Int, to end: Int) -> Int? {
        guard let noun = (start..<max(start, end)).first(where: {
            tokens[$0].hash == Words.prisoners || tokens[$0].hash == Words.prisoner
        }), noun + 2 < tokens.count, tokens[noun + 1].hash == Words.of, tokens[noun + 2].hash == Words.war else { return nil }
        return noun + 3
    }

    /// "who killed 12 villagers", "who wounded a policeman": the verb at `index` has an object,
    /// a number or people, so it is what the people did, not what became of them.
    func takesObject(triggerAt index: Int, limit: Int) -> Bool {
        guard let length = extractor.triggers.match(tokens, at: index, limit: limit)?.length else { return false }
        let next = index + length
        guard next < limit else { return false }
        return tokens[next].isDigits || Lexicon.has(tokens[next], .numberWord) || Lexicon.has(tokens[next], .determiner)
            || People.kinds.contains(tokens, at: next) || People.groups.contains(tokens, at: next)
    }

    /// "The dead included six crew members and three servicemen", "the dead were four crew
    /// members and five soldiers who had been wounded": the toll's noun ("dead") that a list
    /// holding the number at `start` follows, with "included" or a copula, the list's words
    /// between (people, their numbers, "and", commas, a relative clause on one of them).
    func tollListed(before start: Int, floor: Int) -> Int? {
        var i = start - 1
        while i - 2 >= floor, start - i <= 16 {
            let token = tokens[i]
            // (Not a passive's copula: "The wounded were taken to the hospital, where three inmates
            // remain".)
            if Words.inclusionVerbs.contains(token.hash) || token.roles.contains(.copula) && !isFinitePast(i + 1) {
                var noun = i - 1
                if tokens[noun].hash == Words.also, noun - 1 >= floor { noun -= 1 }
                if Words.tollNouns.contains(tokens[noun].hash), noun - 1 >= floor, tokens[noun - 1].hash == Words.the,
                   noun - 1 == floor || tokens[noun - 2].isPunctuation || tokens[noun - 2].hash == Words.that
                    || Lexicon.has(tokens[noun - 2], .attribution) {
                    return noun
                }
                // (A copula after no toll's noun is the list's own, walked past: "19 soldiers who
                // were on board and at least 27 civilians".)
                if Words.inclusionVerbs.contains(token.hash) { return nil }
            } else if token.isPunctuation && token.hash != Words.comma && token.kind != .possessive
                        || extractor.triggers.match(tokens, at: i, limit: start) != nil
                        || token.roles.contains(.opensClause) && token.hash != Words.who
                        || token.hash == Words.whereWord || token.hash == Words.when {
                return nil
            }
            i -= 1
        }
        return nil
    }

    /// "The victims included 20 women", "The dead included 169 Indian nationals", "Among the
    /// victims were 12 children".
    func isVictimsPart(_ mention: NumberMention) -> Bool {
        let start = mention.tokens.lowerBound
        guard start >= 2 else { return false }
        // ("The dead included 169 Indian nationals, 53 Britons ...": the dead as the victims.)
        if let noun = nounIncluding(before: start), tokens[noun].hash == Words.victims || Words.tollNouns.contains(tokens[noun].hash) {
            return true
        }
        guard start >= 3, tokens[start - 1].roles.contains(.copula), tokens[start - 2].hash == Words.victims else { return false }
        if start >= 4, tokens[start - 3].hash == Words.the, tokens[start - 4].hash == Words.among { return true }
        // ("The victims were four women and two men", "The other victims were four adults": the
        // whole sentence's subject.)
        let article = tokens[start - 3].hash == Words.other && start >= 4 ? start - 4 : start - 3
        return tokens[article].hash == Words.the && (article == 0 || tokens[article - 1].isPunctuation)
    }

    /// "Russia is holding 50,000 troops near the border": a side holding its own troops (or
    /// troops of no side named) has them deployed; "Russia is still holding more than 8,000
    /// Ukrainian servicemen", another side's, holds captives, and "Hamas is holding 50
    /// hostages" holds no Hamas people. The claim as it is then, when it changes.
    func heldClaim(_ found: Found, mention: NumberMention, floor: Int, avoiding: Range<Int>) -> Found? {
        // ("holding some 2,500 junta soldiers as prisoners of war": captives, said so.)
        if isHeldAsCaptives(after: max(found.npEnd, mention.tokens.upperBound), limit: tokens.count) { return nil }
        var verb = mention.tokens.lowerBound - 1
        if verb > floor, tokens[verb].isQuoteMark { verb -= 1 }
        guard verb > floor else { return nil }
        // (The holder is named after a semicolon before the verb, when there is one: "Moscow has
        // not said how many Ukrainians it holds; Kyiv says it holds about 6,000 Russian soldiers".)
        let floor = (floor..<verb).last(where: { tokens[$0].hash == Words.semicolon }).map { $0 + 1 } ?? floor
        // "The Houthis say the government side holds about 3,000 of their fighters": a part of
        // someone's own troops that a holder has are captives.
        let holds = isHoldVerb(verb)
        let end = mention.tokens.upperBound
        if found.figure == .deployed, holds || tokens[verb].hash == Words.holding, end + 1 < tokens.count,
           tokens[end].hash == Words.of, Words.possessiveDeterminers.contains(tokens[end + 1].hash) {
            return Found(figure: .captured, people: found.people, npEnd: found.npEnd)
        }
        // "the government held \"no more than 700\" Houthi fighters": another side's troops held
        // are captives, with "held" as with "holding".
        // ("accused the government of holding about 1,200 Houthi fighters": and the gerund.)
        let isGerund = tokens[verb].hash == Words.holding && tokens[verb - 1].hash == Words.of
        if found.figure == .deployed, holds || isGerund, let group = found.people.group, found.people.kind?.isCombatant == true {
            // Troops of a side named are held by another, unless the holder is that side.
            let holder = peopleLeft(of: verb, floor: floor, avoiding: avoiding, bareGroup: true).group ?? holderGroup(before: verb, floor: floor)
            return holder != group ? Found(figure: .captured, people: found.people, npEnd: found.npEnd) : nil
        }
        guard found.figure == .captured, tokens[verb].hash == Words.holding else { return nil }
        // "holding more than 4,000 captured soldiers": captives named so.
        let phrase = mention.tokens.upperBound..<max(found.npEnd, mention.tokens.upperBound)
        if phrase.contains(where: { extractor.triggers.match(tokens, at: $0)?.value.figure == .captured }) { return nil }
        let holder = peopleLeft(of: verb, floor: floor, avoiding: avoiding, bareGroup: true)
        // ("the guerrillas were still holding 14 soldiers": a holder named by another kind of
        // people holds them captive.)
        let holderIsOtherKind = holder.kind.map { !holder.isWeak && $0.slug != found.people.kind?.slug } ?? false
        // ("The ELN is still holding 12 soldiers": troops still held are captives.)
        let isStill = verb > floor && tokens[verb - 1].hash == Words.still
        if found.people.kind?.isCombatant == true, !holderIsOtherKind, !isStill,
           found.people.group == nil || found.people.group == holder.group {
            return Found(figure: .deployed, people: merge(found.people, holder), npEnd: found.npEnd)
        }
        guard found.people.group != nil, found.people.group == holder.group else { return nil }
        var captives = found
        captives.people.group = nil
        return captives
    }

    /// The closing comma of an aside that opens at the comma `open`: up to ten words with no
    /// verb, figure word, report word or hard break among them, and a verb (or its auxiliary)
    /// right after it.
    /// (An aside that names a part may run twice as long: "312 people, most of them residents
    /// of the villages of Helvaci and Samurlu, had been treated". A name's aside may have an
    /// age's after it: "one Indian soldier, Lance Naik Dinesh Kumar, 32, was killed".)
    func asideEnd(openingAt open: Int, limit: Int) -> Int? {
        var j = open + 1
        // (A share of a whole is a part too, at length: ", roughly 5 percent of the island's
        // population at the time,".)
        let isPart = open + 1 < limit && Words.partAsides.contains(tokens[open + 1].hash)
            || Range(open + 1, upTo: min(limit - 1, open + 4)).contains {
                (Lexicon.has(tokens[$0], .percent) || tokens[$0].hash == Words.percentSign) && tokens[$0 + 1].hash == Words.of
            }
        // (A part may have a relative clause of its own: ", most of them Egyptians who had
        // travelled without official permits,".)
        // (So may the group they belong to, at length: ", members of a Rwandan Hutu rebel group
        // founded by perpetrators of the 1994 genocide,".)
        let isMembership = open + 2 < limit && Words.membershipAsides.contains(tokens[open + 1].hash)
            && tokens[open + 2].hash == Words.of
        var isRelative = isMembership
        // (Words joined by hyphens count as one: ", a 17-year-old girl and a 44-year-old man,".)
        var joined = 0
        while j < min(limit, open + (isPart || isMembership ? 21 : 11) + joined) {
            let token = tokens[j]
            if token.hash == Words.comma { break }
            if token.hash == Words.hyphen, token.isAttached, j + 1 < limit, tokens[j + 1].isAttached { joined += 2 }
            if isPart, j > open + 2, token.hash == Words.who || token.hash == Words.whose { isRelative = true }
            if isHardBreak(token) || Lexicon.has(token, .attribution) && !isRelative || Lexicon.has(token, .auxiliary) && !isRelative
                || Lexicon.has(token, .pastTense) && !isRelative { return nil }
            // (A force the people belong to is no figure word: "Fourteen South African soldiers,
            // part of a regional force and the UN mission, were also killed".)
            if let trigger = extractor.triggers.match(tokens, at: j) {
                guard trigger.value.figure == .deployed, trigger.value.isCountNoun, j > open + 1, tokens[j - 1].isWord,
                      !tokens[j - 1].isDigits, !tokens[j - 1].roles.contains(.numberWord) else { return nil }
            }
            j += 1
        }
        guard j > open + 1, j + 1 < limit, tokens[j].hash == Words.comma else { return nil }
        if j + 3 < limit, tokens[open + 1].isCapitalized, tokens[j + 1].isDigits, tokens[j + 1].length <= 2,
           tokens[j + 2].hash == Words.comma {
            j += 2
        }
        let next = tokens[j + 1]
        return Lexicon.has(next, .auxiliary) || Lexicon.has(next, .pastTense) || next.roles.contains(.modal)
            || extractor.triggers.match(tokens, at: j + 1) != nil || isMembership && isFinitePast(j + 1) ? j : nil
    }

    /// "1,500 more", "a further 20,000", "another 300", "an additional 2,000": more of what
    /// was counted before.
    func isMoreOfTheSame(_ mention: NumberMention) -> Bool {
        let start = mention.tokens.lowerBound, end = mention.tokens.upperBound
        if end < tokens.count, tokens[end].hash == Words.more { return true }
        guard start > 0 else { return false }
        let before = tokens[start - 1].hash
        return before == Words.further || before == Words.another || before == Words.additional
    }

    /// "and another", "and a further" just before `start`, after `floor`.
    func isAnotherAfterAnd(before start: Int, floor: Int) -> Bool {
        var i = start - 1
        guard i > floor, tokens[i].hash == Words.another || tokens[i].hash == Words.further else { return false }
        if tokens[i].hash == Words.further, i - 1 > floor, tokens[i - 1].hash == Words.a { i -= 1 }
        return i - 1 >= floor && tokens[i - 1].hash == Words.and
    }

    /// A verb of troops arriving at `index`, past an auxiliary or a modal: "arrived", "would join".
    func isArrival(at index: Int, limit: Int) -> Bool {
        var i = index
        while i < min(limit, index + 3), Lexicon.has(tokens[i], .auxiliary) || Lexicon.has(tokens[i], .modal)
                || Lexicon.has(tokens[i], .adverb) {
            i += 1
        }
        return i < limit && Words.arrivalVerbs.contains(tokens[i].hash)
    }

    /// "and" (or "and a record") right before the number, after the number before.
    func isBareAfterAnd(_ mention: NumberMention, floor: Int) -> Bool {
        var i = mention.tokens.lowerBound - 1
        if i - 1 > floor, tokens[i].hash == Words.record, tokens[i - 1].hash == Words.a { i -= 2 }
        return i > floor && tokens[i].hash == Words.and
    }

    /// "so far this year", "this year", "last month": a time with no preposition, at `index`.
    func isBareTime(at index: Int, limit: Int) -> Bool {
        guard index + 1 < limit else { return false }
        if tokens[index].hash == Words.so, tokens[index + 1].hash == Words.far { return true }
        return (tokens[index].hash == Words.this || tokens[index].hash == Words.last) && Lexicon.has(tokens[index + 1], .timeUnit)
    }

    /// A share's noun of a few words that ends at `nounEnd`, right after "followed by", or after
    /// "and" once "followed by" came before: "followed by platinum mines" (with 12), "and coal
    /// mines" (with seven).
    func isShareAfterFollowedBy(nounEnd: Int, floor: Int, sentenceStart: Int) -> Bool {
        var i = nounEnd
        while i > floor, i > nounEnd - 4, tokens[i].isWord, !People.kinds.contains(tokens, at: i),
              tokens[i].hash != Words.by, tokens[i].hash != Words.and {
            i -= 1
        }
        guard i < nounEnd, i >= floor, i > 0 else { return false }
        if tokens[i].hash == Words.by { return tokens[i - 1].hash == Words.followed }
        return tokens[i].hash == Words.and
            && Range(max(sentenceStart, i - 12), upTo: i).contains { tokens[$0].hash == Words.followed && tokens[$0 + 1].hash == Words.by }
    }

    /// The thing at `index` is what "the number of" counts, a modifier or two between: "the
    /// number of recorded cases" (not "the number of personnel at bases").
    func isNumberOfThings(at index: Int, floor: Int) -> Bool {
        let from = max(floor, index - 4)
        guard from < index - 1,
              let of = (from..<index - 1).last(where: { tokens[$0].hash == Words.number && tokens[$0 + 1].hash == Words.of })
        else { return false }
        return (of + 2..<index).allSatisfy {
            tokens[$0].isWord && !tokens[$0].roles.contains(.preposition) && !People.kinds.contains(tokens, at: $0)
        }
    }

    /// "by 19%", "by 12 percent" ending at `index`, a rise's or a fall's share before "to" its
    /// new value: where "by" is.
    func percentRise(endingAt index: Int, floor: Int) -> Int? {
        guard index - 2 >= floor, tokens[index].hash == Words.percentSign || Lexicon.has(tokens[index], .percent),
              tokens[index - 1].isDigits, tokens[index - 2].hash == Words.by else { return nil }
        return index - 2
    }

    /// "the number of people evacuated", "the number of residents rescued": people whom a past
    /// participle of no figure tells, counted by "the number of" before `start`.
    func isNumberOfPeopleOtherwise(before start: Int, floor: Int) -> Bool {
        guard let of = Range(max(floor, start - 10), upTo: start - 1)
                .last(where: { tokens[$0].hash == Words.number && tokens[$0 + 1].hash == Words.of }),
              let kind = People.kinds.match(tokens, at: of + 2, limit: start)
        else { return false }
        let participle = of + 2 + kind.length
        return participle < start && tokens[participle].isWord && text(of: tokens[participle]).hasSuffix("ed")
            && extractor.triggers.match(tokens, at: participle, limit: start) == nil
    }

    /// The number an increment adds to, after "on top of", "in addition to", "adding to" or
    /// "add to" (and "the"): "on top of the roughly 11,000 it deployed in October".
    func isIncrementBase(_ mention: NumberMention, floor: Int) -> Bool {
        var i = mention.tokens.lowerBound - 1
        if i > floor, tokens[i].hash == Words.the { i -= 1 }
        guard i - 1 > floor else { return false }
        if tokens[i].hash == Words.of {
            return i - 2 > floor && tokens[i - 1].hash == Words.top && tokens[i - 2].hash == Words.on
        }
        return tokens[i].hash == Words.to && Words.additionWords.contains(tokens[i - 1].hash)
    }

    /// "17" in "38 were killed in Cauca, 17 in Antioquia and 14 in Valle del Cauca": a bare
    /// count after a comma, with only a phrase of place or time before the next count, which
    /// "and" or another comma brings in.
    /// (Or the first after a colon: "has killed at least 51 people across the Caribbean: 25 in
    /// Haiti, 19 in Jamaica".)
    func isBareListItem(_ mention: NumberMention, floor: Int, following: ArraySlice<NumberMention>) -> Bool {
        let before = mention.tokens.lowerBound - 1
        guard before > floor, tokens[before].hash == Words.comma || tokens[before].hash == Words.colon,
              let next = following.first else { return false }
        let joint = next.tokens.lowerBound - 1
        guard joint > mention.tokens.upperBound, tokens[joint].hash == Words.and || tokens[joint].hash == Words.comma else { return false }
        // (A year may stand in the item: "38 such deaths in 2020, 51 in 2021 and 47 in 2022".)
        return !(mention.tokens.upperBound..<joint).contains {
            tokens[$0].isPunctuation && tokens[$0].hash != Words.hyphen || tokens[$0].isDigits && yearNumber(tokens[$0]) == nil
                || Lexicon.has(tokens[$0], .auxiliary)
        }
    }

    /// "..., and nearly 25,000 since 2014", "..., and more than 26,000 since the insurgency spread
    /// from Mali in 2015", "..., and 4,012 in the first 11 months of this year", "..., and 300
    /// last year": a bare number right after ", and", past the number before, and a time after
    /// it: "since" anything, "in" or "during" a year, a month or "the" span of time, or "last"
    /// and a unit of time.
    func isSeriesValueWithTimeAfter(_ mention: NumberMention, after previousEnd: Int, limit: Int) -> Bool {
        let start = mention.tokens.lowerBound
        let end = mention.tokens.upperBound
        guard start - 2 >= previousEnd, tokens[start - 1].hash == Words.and, tokens[start - 2].hash == Words.comma,
              end + 1 < limit, !tokens[end + 1].isPunctuation else { return false }
        let opener = tokens[end].hash
        if opener == Words.since { return true }
        if opener == Words.last { return Lexicon.has(tokens[end + 1], .timeUnit) }
        guard opener == Words.in || opener == Words.during else { return false }
        return yearNumber(tokens[end + 1]) != nil || isMonthName(end + 1)
            || tokens[end + 1].hash == Words.the && (end + 2..<min(limit, end + 6)).contains { Lexicon.has(tokens[$0], .timeUnit) }
    }

    /// The group that "and" brings in just before `start`, after the number ending at
    /// `previousEnd`, an aside ("which joined the alliance in 2023", "whose forces have fought
    /// there since 2006") allowed between: "... and Romania about 100 more", "... and Finland,
    /// which joined the alliance in 2023, some 600".
    func gappedGroup(before start: Int, after previousEnd: Int) -> String? {
        var end = start
        if end - 1 > previousEnd, tokens[end - 1].hash == Words.comma {
            var open = end - 2
            while open > previousEnd, tokens[open].hash != Words.comma { open -= 1 }
            guard open > previousEnd, open + 1 < end - 1,
                  [Words.which, Words.who, Words.whose].contains(tokens[open + 1].hash) else { return nil }
            end = open
        }
        // ("Austria has recorded 19 deaths, France 16, Switzerland 14 and Italy nine": a list.)
        return People.joinedGroup(tokens, endingBefore: end, floor: previousEnd)?.slug
    }

    /// Where a list of counts of people after the number ends, each joined by a comma or
    /// "and": after "militants" in "165 soldiers and police officers, 87 civilians and more
    /// than 900 militants were killed"; nil when no count follows so.
    func listEnd(after npEnd: Int, following: ArraySlice<NumberMention>, limit: Int) -> (end: Int, kind: PeopleKind?)? {
        var end = npEnd
        // ("Fourteen South African, three Malawian": a side named without its noun.)
        while end < min(limit, npEnd + 3), tokens[end].isCapitalized { end += 1 }
        var items = 0
        var kind: PeopleKind?
        for next in following {
            // ("165 Pakistani soldiers and police officers, 87 ...": people joined to the first.)
            if end + 1 < limit, tokens[end].hash == Words.and, let joinedKind = People.kinds.match(tokens, at: end + 1, limit: limit) {
                end += 1 + joinedKind.length
            }
            var i = end
            var joined = false
            while i < next.tokens.lowerBound, tokens[i].hash == Words.comma || tokens[i].hash == Words.and {
                joined = true
                i += 1
            }
            // ("10 passengers and the two drivers died": the next count may be definite.)
            if joined, i + 1 == next.tokens.lowerBound, tokens[i].hash == Words.the { i += 1 }
            guard joined, i == next.tokens.lowerBound else { break }
            let np = nounPhrase(after: next.tokens.upperBound, limit: limit)
            guard np.trigger == nil, !np.people.isEmpty || np.unknownNoun != nil else { break }
            end = np.end
            while end < min(limit, np.end + 3), tokens[end].isCapitalized { end += 1 }
            kind = np.people.kind
            items += 1
        }
        return items > 0 ? (end, kind) : nil
    }

    /// The number opens its clause, as a list that is the subject does: at the sentence's
    /// start, after a mark, "that" or a report verb ("It said 165 soldiers ... were killed"),
    /// not after a verb whose object it is ("rescued 60 people, and about 10 migrants remain missing").
    func opensClause(_ mention: NumberMention, sentence: Range<Int>) -> Bool {
        let before = mention.tokens.lowerBound - 1
        guard before >= sentence.lowerBound else { return true }
        let token = tokens[before]
        return token.isPunctuation || token.hash == Words.that || Lexicon.has(token, .attribution)
    }

    /// A place a list brings in right before `start`, "for" after it at most: ", Khyber
    /// Pakhtunkhwa for", "and the Eastern Cape".
    func isGappedPlace(before start: Int, floor: Int) -> Bool {
        var end = start - 1 > floor && tokens[start - 1].hash == Words.for ? start - 1 : start
        // ("Nyala Teaching Hospital 389 and Kutum health centre 145": a name, then what kind of
        // place it names.)
        var kinds = 0
        while kinds < 2, end - 1 > floor, Words.placeKindNouns.contains(tokens[end - 1].hash) {
            end -= 1
            kinds += 1
        }
        // ("Construction accounted for 540 of the deaths, agriculture for 398 and transport for
        // 236": a sector's share, plain nouns in lower case before "for", three words at most:
        // "and swimming pools for 29", "and hot-air balloons for two".)
        if end < start {
            var first = end
            var words = 0
            while words < 3, first - 1 > floor {
                let token = tokens[first - 1]
                if token.hash == Words.hyphen, token.isAttached, first - 2 > floor, tokens[first - 2].isWord, words > 0 {
                    first -= 1
                    continue
                }
                guard token.isWord, !token.isCapitalized, Lexicon.roles(token).isEmpty,
                      !People.kinds.contains(tokens, at: first - 1) else { break }
                first -= 1
                words += 1
            }
            if words > 0, first - 1 >= floor, tokens[first - 1].hash == Words.and || tokens[first - 1].hash == Words.comma {
                return true
            }
        }
        return People.joinedPlace(tokens, endingBefore: end, floor: floor) != nil
    }

    /// Only a place and "and" between two numbers, a copula at most: "in Burkina Faso and",
    /// "were in the Eaton Fire near Altadena and".
    func isEllipsis(between start: Int, and end: Int) -> Bool {
        guard end - 1 > start, end - start <= 10, tokens[end - 1].hash == Words.and,
              Lexicon.has(tokens[start], .preposition) || tokens[start].roles.contains(.copula) else { return false }
        for i in start..<(end - 1) {
            let token = tokens[i]
            // ("killed more than 61,000 people across the continent in the summer of 2022, and
            // 47,690 in 2023": a year, and the comma before "and", may stand between.)
            guard token.isWord || token.hash == Words.hyphen || token.kind == .possessive || yearNumber(token) != nil
                || token.hash == Words.comma && i == end - 2 else { return false }
            if token.roles.contains(.copula) { continue }
            if Lexicon.has(token, .attribution) || Lexicon.has(token, .pastTense) || Lexicon.has(token, .conjunction)
                || extractor.triggers.match(tokens, at: i) != nil {
                return false
            }
        }
        return true
    }

    /// "568 have been rescued", "222 made it to the surface": the number's own verb, not a figure word.
    /// A verb of the people's own at `start`, or past their relative clause there: "after several
    /// passengers who reached the shore on their own were found safe" (the verb group after the
    /// clause starts at its first auxiliary, no mark between).
    func hasOwnVerb(pastRelativeClause start: Int, limit: Int) -> Bool {
        if hasOwnVerb(after: start, limit: limit) { return true }
        // ("and that 63 guests and staff had been rescued": past other people joined to them.)
        if start + 2 < limit, tokens[start].hash == Words.and {
            let joined = People.kinds.match(tokens, at: start + 1, limit: limit)?.length
                ?? (tokens[start + 1].isWord && Lexicon.roles(tokens[start + 1]).subtracting(.verbSets).isEmpty
                    && extractor.triggers.match(tokens, at: start + 1, limit: limit) == nil ? 1 : nil)
            if let joined, start + 1 + joined < limit, Lexicon.has(tokens[start + 1 + joined], .auxiliary) {
                return hasOwnVerb(after: start + 1 + joined, limit: limit)
            }
        }
        // ("21 guards who had been held by inmates during the riot were freed": a clause in the
        // perfect or the passive, its own verb group first.)
        if start + 2 < limit, tokens[start].hash == Words.who, tokens[start + 1].roles.contains(.auxiliary) {
            var participle = start + 1
            while participle < limit, tokens[participle].roles.contains(.auxiliary) { participle += 1 }
            guard let verb = (participle + 1..<max(participle + 1, min(limit, participle + 10))).first(where: {
                tokens[$0].isPunctuation || tokens[$0].roles.contains(.auxiliary)
            }), !tokens[verb].isPunctuation else { return false }
            return hasOwnVerb(after: verb, limit: limit)
        }
        // (A clause whose verb is simple: "who had been working in the fields" is the clause's
        // own verb group.)
        guard start + 1 < limit, tokens[start].hash == Words.who, !tokens[start + 1].roles.contains(.auxiliary),
              let verb = (start + 2..<max(start + 2, min(limit, start + 12))).first(where: {
                  tokens[$0].isPunctuation || tokens[$0].roles.contains(.auxiliary)
              }), !tokens[verb].isPunctuation else { return false }
        return hasOwnVerb(after: verb, limit: limit)
    }

    func hasOwnVerb(after start: Int, limit: Int) -> Bool {
        var i = start
        while i < min(limit, start + 4) {
            let token = tokens[i]
            if !token.isWord { return false }
            let roles = Lexicon.roles(token)
            // ("and 12 Sudanese soldiers it was carrying": a carrier's clause, whose object they are;
            // not a speaker's: "two guests it had counted among the victims were found alive".)
            if i == start, roles.contains(.pronoun), token.roles.contains(.opensClause) {
                var verb = i + 1
                while verb < limit, tokens[verb].roles.contains(.auxiliary) { verb += 1 }
                if verb < limit, Words.carrierWords.contains(tokens[verb].hash), tokens[verb].hash != Words.with { return false }
            }
            // A preposition opens a phrase ("in clashes"), even where it could be an adverb; after
            // a copula it says where the people were ("and that about 1,200 people had been in
            // the hall"), unless a figure's phrase starts there ("were in critical condition").
            // (Past an adverb after the copula: "and that 22,140 political prisoners are still
            // behind bars".)
            // ("were killed, and 400 children in Gaza needed support": past a place's name, the
            // people's own verb.)
            if i == start, roles.contains(.preposition), i + 2 < limit, tokens[i + 1].isCapitalized, tokens[i + 1].isWord {
                var verb = i + 1
                while verb < min(limit, i + 4), tokens[verb].isCapitalized, tokens[verb].isWord { verb += 1 }
                if verb + 1 < limit, Lexicon.has(tokens[verb], .adverb), !Lexicon.has(tokens[verb], .auxiliary) { verb += 1 }
                if verb < limit, isFinitePast(verb) && extractor.triggers.match(tokens, at: verb) == nil
                    || Lexicon.has(tokens[verb], .modal) {
                    return true
                }
            }
            if roles.contains(.preposition) || roles.contains(.conjunction) || roles.contains(.determiner) {
                return i > start && roles.contains(.preposition)
                    && (start..<i).contains(where: { Lexicon.has(tokens[$0], .copula) || tokens[$0].hash == Words.been })
                    && extractor.triggers.match(tokens, at: i) == nil
            }
            if roles.contains(.auxiliary) || roles.contains(.adverb) { i += 1; continue }
            // ("and 250 fighters loyal to the former government": whom they side with, no verb.)
            if i == start, Words.allegianceWords.contains(token.hash), i + 1 < limit,
               tokens[i + 1].hash == Words.to || tokens[i + 1].hash == Words.with {
                return false
            }
            // ("six women and five men aged between 34 and 78": their ages, no verb.)
            if i == start, token.hash == Words.aged { return false }
            // ("and 14 remain trapped": "remain" is a deployment's word only for troops.)
            if Words.remainWords.contains(token.hash) {
                return extractor.triggers.match(tokens, at: i).map { $0.value.figure == .deployed } ?? true
            }
            // ("killing a chief and 11 people attending a meeting", "nine people sitting outside a
            // mosque": a participle right after the people says what they were doing, no verb of
            // their own.)
            // (Not when their verb comes after it: "6,000 people living on the same slope must be
            // relocated", "pilgrims heading to the festival surged".)
            if i == start, isParticiple(i), i + 1 < limit, Lexicon.has(tokens[i + 1], .determiner) || Lexicon.has(tokens[i + 1], .preposition) {
                return (i + 1..<min(limit, i + 12)).prefix(while: {
                    !tokens[$0].isPunctuation && tokens[$0].hash != Words.and && tokens[$0].hash != Words.or
                }).contains { Lexicon.has(tokens[$0], .auxiliary) || Lexicon.has(tokens[$0], .modal) || isFinitePast($0) }
            }
            return extractor.triggers.match(tokens, at: i) == nil
        }
        return false
    }

    /// "lost", "suffered", "sustained" before the number: the clause's subject is the people's side.
    func hasExperiencerVerb(before start: Int, floor: Int) -> Bool {
        Range(max(floor, start - 4), upTo: start).contains { tokens[$0].roles.contains(.experiencerVerb) }
    }

    /// "were South African soldiers", "are children": people named after a copula.
    func peopleAfterCopula(from start: Int, limit: Int) -> PeopleRef {
        var i = start
        while i < limit, i < start + 6, tokens[i].hash != Words.comma {
            if tokens[i].roles.contains(.copula) {
                var j = i + 1
                if j < limit, tokens[j].hash == Words.the || Lexicon.has(tokens[j], .adverb) { j += 1 }
                let found = peopleAt(j, limit: min(limit, j + 5))
                if found.kind != nil { return found }
                // "were VDP fighters": a group the lexicon does not know, then the kind.
                var k = j
                while k < min(limit, j + 3), tokens[k].isCapitalized || tokens[k].isAllCaps { k += 1 }
                if k > j, let kind = People.kinds.match(tokens, at: k, limit: limit) {
                    return PeopleRef(group: Slug.make(text(of: j..<k)), kind: kind.value)
                }
                // ("were pregnant or breastfeeding women": a few lower-case words before the kind.)
                k = j
                while k < min(limit, j + 4), tokens[k].isWord, !tokens[k].isCapitalized, !People.kinds.contains(tokens, at: k),
                      extractor.triggers.match(tokens, at: k) == nil,
                      Lexicon.roles(tokens[k]).isDisjoint(with: [.preposition, .auxiliary, .determiner, .copula, .numberWord]) {
                    k += 1
                }
                if k > j + 1, let kind = People.kinds.match(tokens, at: k, limit: limit) {
                    return PeopleRef(group: nil, kind: kind.value)
                }
                return PeopleRef()
            }
            if !Lexicon.has(tokens[i], .adverb), extractor.triggers.match(tokens, at: i) == nil,
               !Lexicon.has(tokens[i], .preposition), !Lexicon.has(tokens[i], .determiner), tokens[i].isWord,
               !People.kinds.contains(tokens, at: i) {
                if i > start + 3 { return PeopleRef() }
            }
            i += 1
        }
        return PeopleRef()
    }

    /// A sentence that opens "Of those killed", "Among the dead": its numbers are parts of that figure.
    func leadingSubset(of sentence: Range<Int>, recent: Read?) -> (figure: FigureKey, start: Int)? {
        var i = sentence.lowerBound
        guard i + 2 < sentence.upperBound, tokens[i].hash == Words.of || tokens[i].hash == Words.among else { return nil }
        i += 1
        // "... has risen to 31, including 11 children. Of those, nine were campers": the people
        // the last claim counted.
        if tokens[i].hash == Words.those || tokens[i].hash == Words.these || tokens[i].hash == Words.them,
           tokens[i + 1].hash == Words.comma, let recent, recent.figure != .deployed {
            return (recent.figure, i + 1)
        }
        // ("Of last year's victims, 19 were candidates": a window's whole.)
        if i + 3 < sentence.upperBound, isLastOrThisWindow(at: i), tokens[i + 2].kind == .possessive {
            i += 2
        } else {
            guard [Words.those, Words.the, Words.them, Words.whom].contains(tokens[i].hash) else { return nil }
        }
        i += 1
        // "Of the total, 38 were killed in Cauca": the whole the last claim counted.
        if tokens[i - 1].hash == Words.the, tokens[i].hash == Words.total, i + 1 < sentence.upperBound,
           tokens[i + 1].hash == Words.comma, let recent, recent.figure != .deployed {
            return (recent.figure, i + 1)
        }
        // "Of the fresh deaths, two were reported from Golaghat": the whole an increment.
        if i + 1 < sentence.upperBound, Words.freshWords.contains(tokens[i].hash) { i += 1 }
        // "Gunmen killed 49 people ... Of the 49, 21 were women": the number the last claim counted.
        if let whole = wholeToldAgain(opening: sentence) {
            if let figure = whole.figure { return (figure, whole.comma) }
            // ("Of the 61 victims,": the dead, as "Of the victims," below, unless the last claim counted the injured.)
            if tokens[whole.numberEnd].hash == Words.victims, recent?.figure != .wounded { return (.killed, whole.comma) }
            // ("- People killed near distribution sites: 96 ... about 180 wounded ... Of the 96, 23 were
            // children": the figure of the claim that told the number, over the last claim's.)
            if !whole.isLong {
                var wholes: [NumberMention] = []
                NumberScanner(tokens: tokens, bytes: bytes).scan(sentence.lowerBound..<whole.comma, into: &wholes, countsOnly: true)
                if let told = wholes.first(where: { $0.tokens.upperBound == whole.numberEnd }),
                   let figure = recentScopes.toldFigure(value: told.quantity.value), figure != .deployed {
                    return (figure, whole.comma)
                }
            }
            return recent.flatMap { $0.figure == .deployed ? nil : ($0.figure, whole.comma) }
        }
        // ("Of the victims, 12 were children": the dead, named so, unless the last claim counted the injured.)
        if tokens[i].hash == Words.victims, i + 1 < sentence.upperBound, tokens[i + 1].hash == Words.comma,
           recent?.figure != .wounded {
            return (.killed, i)
        }
        // ("Of those who died in 2024, 10 were children", "Of those who were injured": the verb
        // of their relative clause.)
        if tokens[i - 1].hash == Words.those, tokens[i].hash == Words.who {
            i += 1
            while i + 1 < sentence.upperBound, Lexicon.has(tokens[i], .auxiliary) { i += 1 }
        }
        // ("Of those held, 217 are in Pakistan": captives, after a count of them.)
        if tokens[i - 1].hash == Words.those, tokens[i].hash == Words.held, i + 1 < sentence.upperBound,
           tokens[i + 1].hash == Words.comma, recent?.figure == .captured {
            return (.captured, i)
        }
        // ("Of last year's avalanche deaths,", "Of the road deaths,": a cause's word or two before
        // the count noun.)
        var noun = i
        while noun < min(sentence.upperBound - 1, i + 2), tokens[noun].isWord, !tokens[noun].isCapitalized,
              !Lexicon.roles(tokens[noun]).isDisjoint(with: [.disaster, .event, .thing]),
              extractor.triggers.match(tokens, at: noun, limit: sentence.upperBound) == nil {
            noun += 1
        }
        if noun > i, let trigger = extractor.triggers.match(tokens, at: noun, limit: sentence.upperBound), trigger.value.isCountNoun,
           trigger.value.figure == .killed || trigger.value.figure == .wounded {
            return (trigger.value.figure, noun)
        }
        guard let trigger = extractor.triggers.match(tokens, at: i, limit: sentence.upperBound),
              trigger.value.figure != .deployed else { return nil }
        return (trigger.value.figure, i)
    }

    /// "Of the dead,", "Of these deaths,", "Of last year's victims,", "Of those killed,": a
    /// sentence that opens on a whole of the dead or the injured named by its figure's word, no
    /// number in it. Returns the figure, the comma after the whole, and whether the whole's
    /// words name a window of their own ("Of the dead this year,").
    /// (Not the fresh deaths, an increment's: `opensWithIncrementWhole`.)
    func namedWhole(opening sentence: Range<Int>) -> (figure: FigureKey, comma: Int, hasWindow: Bool)? {
        let start = sentence.lowerBound
        guard start + 3 < sentence.upperBound, tokens[start].hash == Words.of || tokens[start].hash == Words.among,
              [Words.the, Words.these, Words.those, Words.this, Words.last].contains(tokens[start + 1].hash) else { return nil }
        var figure: FigureKey?
        var i = start + 1
        while i < min(sentence.upperBound, start + 10) {
            let token = tokens[i]
            if token.hash == Words.comma { break }
            // ("Of last year's victims,": the dead, named so.)
            if figure == nil, token.hash == Words.victims {
                figure = .killed
                i += 1
                continue
            }
            if token.isPunctuation || token.isDigits || Lexicon.has(token, .numberWord) || Words.freshWords.contains(token.hash) {
                return nil
            }
            if figure == nil, let trigger = extractor.triggers.match(tokens, at: i, limit: sentence.upperBound) {
                guard trigger.value.figure == .killed || trigger.value.figure == .wounded else { return nil }
                figure = trigger.value.figure
                i += trigger.length
                continue
            }
            i += 1
        }
        guard let figure, i < sentence.upperBound, tokens[i].hash == Words.comma else { return nil }
        return (figure, i, hasWindow(in: start + 1..<i))
    }

    /// The scope of the whole a sentence opens on, for the first count after it when that count
    /// is of the whole's figure: after "Of the dead,", the scope of the toll that the last
    /// sentence to tell the figure opened with, over a part or a day's count told after that toll
    /// ("have killed 2,574 people ..., including 89 killed on Wednesday alone. Of the dead, 166
    /// were children": `total`) and over another figure's claim between ("and another 640 remain
    /// missing"); a `period` when the whole's words name a window or a year ("Of the dead this
    /// year,", "Of the 78 deaths in 2024,"). Nil when no such whole opens the sentence.
    func openingWholeScope(of figure: FigureKey, mention: NumberMention, sentence: Range<Int>) -> Scope? {
        if let whole = namedWhole(opening: sentence), whole.figure == figure, isFirstCount(after: whole.comma, mention) {
            return whole.hasWindow ? .period : recentScopes.head(of: figure)
        }
        if let whole = wholeToldAgain(opening: sentence), whole.figure == figure, isFirstCount(after: whole.comma, mention),
           hasWindow(in: whole.numberEnd..<whole.comma) {
            return .period
        }
        return nil
    }

    /// A window, a year or a month's name among the words of `range`: "this year", "in 2024", "the March dead".
    func hasWindow(in range: Range<Int>) -> Bool {
        firstPeriodCue(in: range) != nil
            || range.contains { yearNumber(tokens[$0]) != nil || Lexicon.has(tokens[$0], .month) && tokens[$0].isCapitalized }
    }

    /// The figure of the count noun a place's bracketed share is of: "deaths" in "the deaths
    /// were reported from Jacobabad (11), Larkana (8)".
    func bracketedShare(_ mention: NumberMention, sentence: Range<Int>) -> FigureKey? {
        let start = mention.tokens.lowerBound, end = mention.tokens.upperBound
        guard start - 2 >= sentence.lowerBound, end < sentence.upperBound, tokens[start - 1].hash == Words.openParen,
              tokens[end].hash == Words.closeParen, tokens[start - 2].isCapitalized, tokens[start - 2].isWord else { return nil }
        var i = sentence.lowerBound
        while i < start - 2 {
            if let trigger = extractor.triggers.match(tokens, at: i, limit: start - 2), trigger.value.isCountNoun,
               trigger.value.figure != .deployed {
                return trigger.value.figure
            }
            i += 1
        }
        return nil
    }

    /// "claimed 38 lives", "have claimed more than 1,200 lives", "cost 12 lives": lives that a
    /// verb of taking takes.
    /// (Past a count of things joined before: "has claimed about 2,000 vessels and 700 lives".)
    func isLivesTaken(_ mention: NumberMention) -> Bool {
        let start = mention.tokens.lowerBound, end = mention.tokens.upperBound
        guard start >= 1, end < tokens.count, tokens[end].hash == Words.lives else { return false }
        if Words.lifeTakingVerbs.contains(tokens[start - 1].hash) { return true }
        guard start >= 4, tokens[start - 1].hash == Words.and,
              let verb = Range(max(0, start - 7), upTo: start - 1).last(where: { Words.lifeTakingVerbs.contains(tokens[$0].hash) })
        else { return false }
        let between = verb + 1..<start - 1
        return between.allSatisfy { !tokens[$0].isPunctuation || tokens[$0].isAttached && tokens[$0].hash == Words.hyphen }
            && between.contains { tokens[$0].isDigits || Lexicon.has(tokens[$0], .numberWord) }
    }

    /// "Of the fresh deaths," opening a sentence: its parts are of an increment.
    func opensWithIncrementWhole(_ sentence: Range<Int>) -> Bool {
        let start = sentence.lowerBound
        return start + 3 < sentence.upperBound && tokens[start].hash == Words.of && tokens[start + 1].hash == Words.the
            && Words.freshWords.contains(tokens[start + 2].hash)
    }

    /// "Of the 49," opening a sentence: a whole told again, that the parts after it are of;
    /// where its number ends, the comma after it, and the figure a word between names ("Of the
    /// 31 dead, 22 died of gunshot wounds"), and whether more words than the figure's and a
    /// window tell it ("Of the 96 people injured in the attack,": a whole perhaps told first).
    func wholeToldAgain(opening sentence: Range<Int>) -> (numberEnd: Int, comma: Int, figure: FigureKey?, isLong: Bool)? {
        let start = sentence.lowerBound
        guard start + 3 < sentence.upperBound, tokens[start].hash == Words.of, tokens[start + 1].hash == Words.the,
              tokens[start + 2].isDigits || Lexicon.has(tokens[start + 2], .numberWord) else { return nil }
        var j = start + 3
        while j < sentence.upperBound, tokens[j].isDigits || Lexicon.has(tokens[j], .numberWord)
                || tokens[j].hash == Words.comma && tokens[j].isAttached && j + 1 < sentence.upperBound
                   && tokens[j + 1].isDigits && tokens[j + 1].isAttached {
            j += 1
        }
        // ("Of the 23 protesters injured this week,": the people's words before the figure's.)
        var k = j
        while k < min(sentence.upperBound, j + 3), tokens[k].isWord,
              extractor.triggers.match(tokens, at: k, limit: sentence.upperBound) == nil {
            k += 1
        }
        if k < sentence.upperBound, let trigger = extractor.triggers.match(tokens, at: k, limit: sentence.upperBound),
           trigger.value.figure != .deployed, k + trigger.length < sentence.upperBound {
            // ("Of the 19 deaths this week, 11 occurred in the community", "Of the 41 deaths
            // recorded in the past week,", "Of the 78 deaths in 2024,": a window may follow, and a
            // participle before it.)
            var close = k + trigger.length
            while close < min(sentence.upperBound, k + trigger.length + 7), tokens[close].hash != Words.comma,
                  !tokens[close].isPunctuation, !tokens[close].isDigits || yearNumber(tokens[close]) != nil {
                close += 1
            }
            if close < sentence.upperBound, tokens[close].hash == Words.comma {
                let figureEnd = k + trigger.length
                let cueEnd = Cues.period.match(tokens, at: figureEnd, limit: close).map { figureEnd + $0.length } ?? figureEnd
                return (j, close, trigger.value.figure, k > j || close > cueEnd)
            }
        }
        // ("Of the 61 victims, 48 were men": the victims of a toll told before, as "Of the 61,".)
        if j + 1 < sentence.upperBound, tokens[j].hash == Words.victims, tokens[j + 1].hash == Words.comma {
            return (j, j + 1, nil, false)
        }
        return j < sentence.upperBound && tokens[j].hash == Words.comma ? (j, j, nil, false) : nil
    }

    /// "against", "versus", "compared with" or "compared to" right before the number.
    func isComparison(before start: Int, floor: Int) -> Bool {
        guard start - 1 >= floor else { return false }
        let word = tokens[start - 1].hash
        if word == Words.against || word == Words.versus { return true }
        return start - 2 >= floor && (word == Words.with || word == Words.to) && Words.comparingWords.contains(tokens[start - 2].hash)
    }

    /// A year within the words from `start`, before any mark but a number's comma: "and 30
    /// civilians in 2023".
    func isYearAfter(_ start: Int, limit: Int) -> Bool {
        var i = start
        while i < limit, !tokens[i].isPunctuation || tokens[i].hash == Words.comma && tokens[i].isAttached {
            if yearNumber(tokens[i]) != nil { return true }
            i += 1
        }
        return false
    }

    /// "an average of" (the number's hedge) or "averaging" before the number.
    func isAverage(_ mention: NumberMention, floor: Int) -> Bool {
        let start = mention.tokens.lowerBound
        if start - 1 >= floor, tokens[start - 1].hash == Words.averaging { return true }
        // "an average of about 1,030 a day" (the hedge is the mention's), "That works out at about
        // 300 a day".
        if start - 2 >= floor, tokens[start - 1].hash == Words.of, tokens[start - 2].hash == Words.average { return true }
        if start - 3 >= floor, tokens[start - 1].hash == Words.at || tokens[start - 1].hash == Words.to,
           tokens[start - 2].hash == Words.out, tokens[start - 3].hash == Words.works || tokens[start - 3].hash == Words.worked {
            return true
        }
        return (start..<mention.core.lowerBound).contains { tokens[$0].hash == Words.average }
    }

    /// "The figure rose by 1,180", "The toll climbed to 300": a sentence about the last number's figure.
    func isFigureReference(before start: Int, floor: Int) -> Bool {
        // "The figure, not including the missing, is up from": an aside may stand between.
        let hasAside = (floor..<start).contains { tokens[$0].hash == Words.comma && asideOpening(closedAt: $0, floor: floor) != nil }
        guard start - floor <= (hasAside ? 16 : 8) else { return false }
        return (floor..<start).contains { Words.figureNouns.contains(tokens[$0].hash) }
            && (floor..<start).contains { Lexicon.has(tokens[$0], .changeVerb) || Lexicon.has(tokens[$0], .linkVerb) }
    }

    /// ", rising by 17 in the previous 24 hours", ", up by 17", ", an increase of 17": the rise or
    /// fall of the figure told just before, in an aside after its comma.
    func isIncrementAside(before start: Int, floor: Int) -> Bool {
        guard start - 3 >= floor else { return false }
        if tokens[start - 1].hash == Words.by, Lexicon.has(tokens[start - 2], .changeVerb), tokens[start - 3].hash == Words.comma {
            return true
        }
        return start - 4 >= floor && tokens[start - 1].hash == Words.of && Words.increaseNouns.contains(tokens[start - 2].hash)
            && (tokens[start - 3].hash == Words.a || tokens[start - 3].hash == Words.an) && tokens[start - 4].hash == Words.comma
    }

    /// "On 4 November they had put it at 31", "revised it to 46": "it" is the figure told before.
    /// (With a few words between: "before revising it down on Monday to 17".)
    /// ("raised it by 11 to 34": past its increment, and the increment itself.)
    func isPronounReference(before start: Int, floor: Int) -> Bool {
        guard start - 3 >= floor,
              tokens[start - 1].hash == Words.at || tokens[start - 1].hash == Words.to || tokens[start - 1].hash == Words.by,
              let it = Range(max(floor + 1, start - 6), upTo: start - 1).last(where: { tokens[$0].hash == Words.it }),
              (it + 1..<start - 1).allSatisfy({
                  tokens[$0].isWord && !Lexicon.has(tokens[$0], .numberWord)
                      || (tokens[$0].isDigits || Lexicon.has(tokens[$0], .numberWord)) && tokens[$0 - 1].hash == Words.by
              }) else { return false }
        return Lexicon.has(tokens[it - 1], .linkVerb)
    }

    /// "warning that it could reach 500", "expected it to exceed 3,000", "by Jan. 19 it had risen
    /// to 134", "it passed 200 on Thursday": "it", the figure told before, as it became or may
    /// yet become.
    func isPronounFigure(_ mention: NumberMention, floor: Int) -> Bool {
        let start = mention.tokens.lowerBound
        var i = start - 1
        if i - 1 >= floor, tokens[i].hash == Words.to, Lexicon.has(tokens[i - 1], .changeVerb) {
            i -= 2  // "had risen to"
        } else if i >= floor, Words.pronounFigureVerbs.contains(tokens[i].hash) {
            i -= 1  // "could reach"
        } else if !Words.pronounFigureVerbs.contains(tokens[start].hash) {
            return false  // (or the hedge's verb: "exceed 3,000", "passed 200")
        }
        while i > floor, Lexicon.has(tokens[i], .modal) || Lexicon.has(tokens[i], .auxiliary) || Lexicon.has(tokens[i], .adverb)
                || tokens[i].hash == Words.to {
            i -= 1
        }
        // ("the toll had stood at 38 a week earlier and could pass 100 by the end of the month":
        // the toll's verb joined, its subject left out, a modal after "and".)
        return i >= floor && (tokens[i].hash == Words.it
                              || tokens[i].hash == Words.and && i + 1 < start && Lexicon.has(tokens[i + 1], .modal)
                                  && !People.kinds.contains(tokens, at: mention.tokens.upperBound))
    }

    /// "the fire department's strength", "its authorised strength" after "the department": the
    /// owner of the strength at `index` a civil force, named in its own words or before "its".
    func isCivilForceStrength(at index: Int, floor: Int) -> Bool {
        let near = Range(max(floor, index - 4), upTo: index)
        if near.contains(where: { Words.civilForceOwners.contains(tokens[$0].hash) }) { return true }
        return near.contains(where: { Words.possessiveDeterminers.contains(tokens[$0].hash) })
            && Range(max(floor, index - 20), upTo: index).contains(where: { Words.departmentWords.contains(tokens[$0].hash) })
    }

    /// "far short of the 2,500 promised by contributing nations", "against the 11,146 it is meant
    /// to have", "well short of the 2,500 officers it was meant to have": the strength a force is
    /// meant to reach, told beside the one it has. (Not any number after "against the": "against
    /// the 300 it had in 2020" is what it had.)
    func isStrengthTarget(_ mention: NumberMention, floor: Int, limit: Int) -> Bool {
        let start = mention.tokens.lowerBound
        guard start - 3 >= floor, tokens[start - 1].hash == Words.the else { return false }
        let isShortfall = tokens[start - 2].hash == Words.of && Words.shortfallWords.contains(tokens[start - 3].hash)
        guard isShortfall || tokens[start - 2].hash == Words.against else { return false }
        // ("the 2,500 it was originally meant to have", "the 2,500 officers authorised".)
        return (mention.tokens.upperBound..<min(limit, mention.tokens.upperBound + 6)).contains {
            Words.strengthTargetWords.contains(tokens[$0].hash)
        }
    }

    /// ", leaving some 150 in the country" after "would withdraw about 120 troops from the
    /// battlegroup": the withdrawal's verb, and the kind of troops it takes away.
    func withdrawalLeaving(_ mention: NumberMention, floor: Int) -> (verb: Int, kind: PeopleKind)? {
        let start = mention.tokens.lowerBound
        guard start - 3 >= floor, tokens[start - 1].hash == Words.leaving, tokens[start - 2].hash == Words.comma,
              let verb = Range(max(floor, start - 24), upTo: start - 2).last(where: { Words.notDeploymentVerbs.contains(tokens[$0].hash) }),
              let kind = (verb + 1..<(start - 2)).lazy.compactMap({ People.kinds.match(self.tokens, at: $0, limit: start - 2)?.value })
                  .first(where: \.isCombatant) else { return nil }
        return (verb, kind)
    }

    /// "is meant to have 11,146 troops but currently has about 10,300", "which was meant to have
    /// 2,500 personnel, has about 1,000 in the country": the strength the force has, after the one
    /// it was meant to have (`previousEnd`), its noun left out.
    func isStrengthHeld(_ mention: NumberMention, after previousEnd: Int) -> Bool {
        // ("has only about 1,000", "but currently has about 10,300".)
        var verb = mention.tokens.lowerBound - 1
        while verb > previousEnd, Words.strengthAdverbs.contains(tokens[verb].hash) { verb -= 1 }
        guard verb > previousEnd, tokens[verb].hash == Words.has || tokens[verb].hash == Words.had else { return false }
        // ("meant to deploy 10,000 troops ..., says it has about 9,000 there", "and now has about
        // 9,000": the side, a pronoun, may say so.)
        var link = verb - 1
        while link >= previousEnd {
            let hash = tokens[link].hash
            if hash == Words.but || hash == Words.comma || hash == Words.and {
                // ("had about 13,500 troops in Congo at the start of 2024 and has roughly 11,000":
                // the first strength's place and time may come before the join, but no other number.)
                return !(previousEnd..<link).contains {
                    tokens[$0].isDigits && yearNumber(tokens[$0]) == nil || tokens[$0].roles.contains(.numberWord)
                }
            } else if !(Words.strengthAdverbs.contains(hash) || tokens[link].roles.contains(.opensClause) && Lexicon.has(tokens[link], .pronoun)
                        || Lexicon.has(tokens[link], .attribution)) {
                return false
            }
            link -= 1
        }
        return false
    }

    /// "about 1,500 troops in Djibouti, a number it plans to cut to 1,200", "has about 11,000
    /// troops and is meant to reduce them to 8,500", "the number in Djibouti would fall to around
    /// 1,000": the level a count of troops told before is to be cut or raised to.
    /// (The verb's object, when it has one, is the troops: "them", "that", "its strength";
    /// not "cut its attacks to 12".)
    func isLevelTarget(before start: Int, floor: Int) -> Bool {
        guard start - 2 >= floor, tokens[start - 1].hash == Words.to else { return false }
        var verb = start - 2
        if Words.levelObjects.contains(tokens[verb].hash) {
            verb -= 1
            if verb >= floor, Words.possessiveDeterminers.contains(tokens[verb].hash) { verb -= 1 }
        }
        return verb >= floor && Words.levelVerbs.contains(tokens[verb].hash)
    }

    /// "will shrink from about 73,000 regular soldiers to 70,000 by 2029": the level a count cut
    /// or raised from is to reach, past the level it starts from.
    func isLevelTargetPastStart(before start: Int, floor: Int) -> Bool {
        guard start - 1 > floor, tokens[start - 1].hash == Words.to, let from = levelFrom(before: start - 1, floor: floor) else {
            return false
        }
        return isLevelVerb(before: from, floor: floor)
    }

    /// A level verb right before `from`, or past its object of up to four words: "shrink from",
    /// "expand Niger's army from", "cut the force from".
    func isLevelVerb(before from: Int, floor: Int) -> Bool {
        var i = from - 1
        while i >= max(floor, from - 5) {
            if Words.levelVerbs.contains(tokens[i].hash) { return true }
            guard tokens[i].isWord || tokens[i].kind == .possessive, !Lexicon.has(tokens[i], .auxiliary),
                  !Lexicon.has(tokens[i], .preposition) else { return false }
            i -= 1
        }
        return false
    }

    /// "from about 73,000 regular soldiers" right before `to`: the "from" of a level cut or
    /// raised, a number and its people's words between.
    func levelFrom(before to: Int, floor: Int) -> Int? {
        guard let from = Range(max(floor, to - 8), upTo: to).last(where: { tokens[$0].hash == Words.from }), from + 1 < to,
              (from + 1..<to).contains(where: { tokens[$0].isDigits || Lexicon.has(tokens[$0], .numberWord) }),
              (from + 1..<to).allSatisfy({ !tokens[$0].isPunctuation || tokens[$0].hash == Words.comma && tokens[$0].isAttached })
        else { return nil }
        return from
    }

    /// "will shrink from about 73,000 regular soldiers to 70,000": the level a plan starts from,
    /// the number after "from" that a level verb takes, "to" a few words on.
    func isLevelStart(_ mention: NumberMention, limit: Int) -> Bool {
        let start = mention.tokens.lowerBound
        guard start >= 2, tokens[start - 1].hash == Words.from, isLevelVerb(before: start - 1, floor: 0) else { return false }
        return (mention.tokens.upperBound..<max(mention.tokens.upperBound, min(limit, mention.tokens.upperBound + 5))).contains {
            tokens[$0].hash == Words.to
        }
    }

    /// A count in digits, not a year, that opens a clause of its own after "and" or "that" in
    /// `range`: "and that at least 4,500 attempted the crossing that year, up from 3,705"
    /// compares the 3,705 with the 4,500, no claim, and not with the claim before it.
    func hasOtherCount(in range: Range<Int>) -> Bool {
        range.contains { i in
            tokens[i].isDigits && yearNumber(tokens[i]) == nil
                && Range(max(range.lowerBound, i - 3), upTo: i).reversed().prefix(while: { tokens[$0].isWord })
                    .contains { tokens[$0].hash == Words.and || tokens[$0].hash == Words.that }
        }
    }

    /// The "from" that an earlier value may follow: "from 430", "from an estimate of 600", "from
    /// its tally of 300", "from a peak of more than 110,000", "from a record 895", "up from the 600".
    func earlierValueFrom(_ mention: NumberMention, floor: Int) -> Int? {
        var from = mention.tokens.lowerBound - 1
        if from - 3 >= floor, tokens[from].hash == Words.of, Words.figureNouns.contains(tokens[from - 1].hash)
            || tokens[from - 1].hash == Words.estimate || Words.peakNouns.contains(tokens[from - 1].hash),
           Lexicon.has(tokens[from - 2], .determiner) {
            from -= 3
        } else if from - 2 >= floor, Words.peakNouns.contains(tokens[from].hash), Lexicon.has(tokens[from - 1], .determiner) {
            from -= 2
        } else if from - 2 >= floor, tokens[from].hash == Words.the, tokens[from - 1].hash == Words.from,
                  Words.earlierValueMarkers.contains(tokens[from - 2].hash) {
            from -= 1  // "up from the 600 it had estimated in April"
        }
        return from - 1 >= floor && tokens[from].hash == Words.from ? from : nil
    }

    /// "rose to 512, up from 430", "up from an estimate of 600", "to as many as 750,000 ...,
    /// from about 700,000 now": the earlier value of the figure before.
    func isEarlierValue(_ mention: NumberMention, floor: Int) -> Bool {
        // (The clause may open at the "from" itself, right after the value it came to: "cut its troop
        // presence in northeast Syria to about 1,400 from some 2,000 in January".)
        guard let from = earlierValueFrom(mention, floor: max(0, floor - 1)) else { return false }
        if Words.earlierValueMarkers.contains(tokens[from - 1].hash) || tokens[from - 1].hash == Words.comma { return true }
        // ("down 4% from 5,430 in 2022": the change told as a share between.)
        if from - 3 >= floor, tokens[from - 1].hash == Words.percentSign, tokens[from - 2].isDigits,
           Range(max(floor, from - 6), upTo: from - 2).contains(where: { Words.earlierValueMarkers.contains(tokens[$0].hash) }) {
            return true
        }
        return followsNewValue(from: from)
    }

    /// "was revised down to 46 on Friday from 52 a day earlier": "to" a new value a few words
    /// before the "from" at `from`.
    /// ("reduced its military presence in Iraq to about 1,500 troops from roughly 2,500": past a hedge.)
    func followsNewValue(from: Int) -> Bool {
        Range(max(0, from - 8), upTo: max(0, from - 1)).contains {
            guard tokens[$0].hash == Words.to else { return false }
            let value = $0 + 1 + (Hedges.before.match(tokens, at: $0 + 1, limit: from)?.length ?? 0)
            return value < from && (tokens[value].isDigits || Lexicon.has(tokens[value], .numberWord))
        }
    }

    /// "will withdraw 2,000 troops", "has trained 30,000 soldiers", "recruits 30,000 a month":
    /// troops counted as they leave, train or sign up, which is no count of those deployed.
    /// (Not a level cut to: "will reduce its strength to about 7,500 troops by the end of 2026"
    /// counts those that stay.)
    func isOtherThanDeployment(before start: Int, floor: Int) -> Bool {
        // ("the Army had a shortage of about 1,07,000 personnel": troops it lacks.)
        if start - 2 >= floor, tokens[start - 1].hash == Words.of, Words.shortageNouns.contains(tokens[start - 2].hash) { return true }
        // ("The carriers, each able to carry 11 soldiers", "can carry up to 300 troops": what a
        // vehicle holds, no troops sent.)
        if start - 2 >= floor, Words.capacityVerbs.contains(tokens[start - 1].hash),
           Lexicon.has(tokens[start - 2], .modal) || start - 3 >= floor
            && (tokens[start - 2].hash == Words.to || tokens[start - 2].hash == Words.of)
            && Words.capacityAdjectives.contains(tokens[start - 3].hash) {
            return true
        }
        // ("A first convoy carrying 180 South African soldiers crossed into Rwanda", "about 40
        // armoured vehicles carrying roughly 250 soldiers", "can each carry up to 10 soldiers":
        // a vehicle's load is no count of troops deployed.)
        if start - 1 >= floor, Words.occupancyVerbs.contains(tokens[start - 1].hash)
            || tokens[start - 1].hash == Words.carry && start - 3 >= floor && tokens[start - 2].hash == Words.each
               && Lexicon.has(tokens[start - 3], .modal) {
            return true
        }
        // (Nor the level it was cut from: "has cut its troop presence in northeast Syria to about
        // 1,400 from some 2,000 in January".)
        if start - 1 > floor, tokens[start - 1].hash == Words.from, followsNewValue(from: start - 1) { return false }
        return !(start - 1 > floor && tokens[start - 1].hash == Words.to) && verb(in: Words.notDeploymentVerbs, marked: .notDeploymentVerb, before: start, floor: floor)
    }

    /// "2,000 peacekeepers have left the province", "600 soldiers from an earlier rotation
    /// have withdrawn", "1,300 troops from 20 countries began two weeks of training", "600
    /// U.S. service members and 400 Kenyan soldiers are training": troops counted as they go
    /// or train, the verb of the clause they are the subject of.
    func isDeparture(after start: Int, limit: Int) -> Bool {
        verb(in: Words.departureVerbs, marked: .departureVerb, after: start, limit: limit, reach: 12)
            // ("the 150 Russian servicemen returned home were being flown to Moscow".)
            || verb(in: Words.returnVerbs, marked: .returnVerb, after: start, limit: limit, reach: 12, before: Words.home)
            // ("the final 120 French soldiers flew out of N'Djamena", "will fly home to N'Djamena".)
            || verb(in: Words.flyingVerbs, marked: .flyingVerb, after: start, limit: limit, reach: 12, before: Words.out)
            || verb(in: Words.flyingVerbs, marked: .flyingVerb, after: start, limit: limit, reach: 12, before: Words.home)
            || verb(in: Words.completionVerbs, marked: .completionVerb, after: start, limit: limit, reach: 12, before: Words.their)
            // ("the department said 1,900 had signed up by December": troops who join, no deployment.)
            || verb(in: Words.signingVerbs, marked: .signingVerb, after: start, limit: limit, reach: 12, before: Words.up)
            // ("about 700 soldiers would return to Fort Campbell", "are expected to return by the end
            // of May": troops coming back; not "returned to the front".)
            || isReturning(after: start, limit: limit)
    }

    /// "about 700 soldiers would return to Fort Campbell", "are expected to return by the end of
    /// May", "the 205 Russian servicemen who returned on Saturday": the troops' own verb of coming
    /// back, right after them or after an auxiliary, a modal, "to", "who" or an adverb (not another
    /// noun's participle: "to protect civilians returning to their homes"; nor "returned to the
    /// front"; nor a clause of its own after "that" or "when": "had sent 600 soldiers to the
    /// area on Wednesday and that calm had returned"; "since" may be an adverb: "has since
    /// returned").
    func isReturning(after start: Int, limit: Int) -> Bool {
        let reach = (start..<min(limit, start + 12)).prefix {
            !tokens[$0].isPunctuation && tokens[$0].hash != Words.that
                && !(Words.subordinators.contains(tokens[$0].hash) && tokens[$0].hash != Words.since)
        }
        guard let verb = reach.first(where: { Words.returningVerbs.contains(tokens[$0].hash) }),
              verb == start || Lexicon.has(tokens[verb - 1], .auxiliary) || Lexicon.has(tokens[verb - 1], .modal)
                || tokens[verb - 1].hash == Words.to || tokens[verb - 1].hash == Words.who
                || Lexicon.has(tokens[verb - 1], .adverb) else { return false }
        return !(verb..<min(limit, verb + 5)).contains { Words.frontWords.contains(tokens[$0].hash) }
    }

    /// The fighters of one attack: its subject ("about 60 gunmen on motorcycles stormed the
    /// village") or its agent ("an assault by dozens of fighters", "came under fire from about
    /// 60 JNIM fighters").
    func isAttackers(_ mention: NumberMention, npEnd: Int, limit: Int, floor: Int) -> Bool {
        let end = max(npEnd, mention.tokens.upperBound)
        // ("Dozens of terrorists had taken part in the ambush".)
        if verb(in: Words.attackVerbs, marked: .attackVerb, after: end, limit: limit, reach: 12) || tookPart(at: end, limit: limit) { return true }
        // (Past what they carried: "terrorists armed with heavy weapons and night-vision goggles
        // had stormed the post".)
        if end + 1 < limit, tokens[end].hash == Words.armed {
            var i = end + 1
            while i < min(limit, end + 14), tokens[i].isWord || tokens[i].hash == Words.hyphen,
                  !Words.subordinators.contains(tokens[i].hash), !Lexicon.has(tokens[i], .attribution) {
                if Words.attackVerbs.contains(tokens[i].hash) { return true }
                i += 1
            }
        }
        // (A quote mark may open the number: 'ambushed by "several hundred terrorists"'.)
        let start = mention.tokens.lowerBound - (mention.tokens.lowerBound > floor && tokens[mention.tokens.lowerBound - 1].isQuoteMark ? 1 : 0)
        guard start - 2 >= floor else { return false }
        if tokens[start - 1].hash == Words.from, tokens[start - 2].hash == Words.fire { return true }
        return tokens[start - 1].hash == Words.by
            && Range(max(floor, start - 10), upTo: start - 1).contains(where: { Words.attackVerbs.contains(tokens[$0].hash)
                || Words.attackNouns.contains(tokens[$0].hash) })
    }

    /// "Thirteen sailors were rescued by passing fishermen": troops in a plight, no deployment.
    /// ("175 Russian servicemen were returned on 19 March": troops handed back, in the passive.)
    /// ("the 390 Russian servicemen who had been returned": in a relative clause too.)
    func isPlight(after start: Int, limit: Int) -> Bool {
        let first = start < limit && tokens[start].hash == Words.who ? start + 1 : start
        var i = first
        while i < min(limit, first + 3), Lexicon.has(tokens[i], .auxiliary) { i += 1 }
        if i > first, i < limit, Words.releaseVerbs.contains(tokens[i].hash), tokens[i].hash != Words.home { return true }
        // ("The 697 Ukrainians freed so far include soldiers": freed, as a participle right after them.)
        if first == start, start < limit, [Words.freed, Words.released, Words.repatriated].contains(tokens[start].hash) { return true }
        // ("Eleven other Marines who were aboard the vehicle were rescued by a safety boat": the main
        // clause's verb, past their relative clause.)
        if first > start, let main = mainVerb(afterRelativeAt: start, limit: limit),
           verb(in: Words.plightWords, marked: .plightWord, after: main, limit: limit, reach: 4) {
            return true
        }
        return verb(in: Words.plightWords, marked: .plightWord, after: start, limit: limit, reach: 6)
    }

    /// "Four police officers have been charged with murder over the death of a blogger": people
    /// a court or a prosecutor deals with, no casualty and no deployment.
    /// So are people discharged: "Doctors said 41 of the wounded had been discharged by Monday".
    /// And people who have recovered: "2,210 people had been treated for cholera, of whom 1,960
    /// had recovered" (the active perfect; not bodies that "had been recovered").
    /// So are people "accused of" or "suspected of" a crime: "14 people accused of killing
    /// security personnel would be tried quickly" (not when their own verb after it is a toll's:
    /// "Seven men suspected of selling methamphetamine were killed").
    func isCharged(after start: Int, limit: Int) -> Bool {
        start + 1 < limit && (tokens[start].hash == Words.accused || tokens[start].hash == Words.suspected)
            && tokens[start + 1].hash == Words.of
            && !Range(start + 2, upTo: limit - 1).contains(where: {
                Lexicon.has(tokens[$0], .auxiliary) && extractor.triggers.match(tokens, at: $0 + 1, limit: limit) != nil
            })
            || verb(in: Words.courtVerbs, marked: .courtVerb, after: start, limit: limit, reach: 8)
            || verb(in: Words.dischargeWords, marked: .dischargeWord, after: start, limit: limit, reach: 8)
            || (start..<min(limit, start + 4)).prefix(while: { tokens[$0].isWord }).contains { i in
                i > start && tokens[i].hash == Words.recovered
                    && [Words.had, Words.has, Words.have].contains(tokens[i - 1].hash)
            }
    }

    /// "exhumed the remains of 3,212 people since 2003, of whom 2,038 have been identified": a part
    /// of the dead named, not one more count of them.
    func isIdentified(after start: Int, limit: Int) -> Bool {
        (start..<min(limit, start + 4)).prefix(while: { tokens[$0].isWord }).contains { i in
            i > start && tokens[i].hash == Words.identified && tokens[i - 1].hash == Words.been
        }
    }

    /// "5,800 Ukrainians have been returned from captivity", "41 hostages, among them women
    /// and children, had been freed": captives counted as they go free.
    func isRelease(after start: Int, limit: Int) -> Bool {
        // ("Fifty pupils seized from a Catholic boarding school in Nigeria's Niger state have
        // escaped": past a longer phrase of how they were taken.)
        // (Names' hyphens count as words: "abducted by al-Qaeda-linked fighters on the
        // Dakar-Bamako corridor last September have been freed".)
        // (The participle may come past the rest of their noun: "Fourteen Senegalese and Malian
        // truck drivers abducted by ...".)
        var taken = start
        while taken < min(limit, start + 6), tokens[taken].isWord, !Words.captureParticiples.contains(tokens[taken].hash) { taken += 1 }
        if taken + 1 < limit, Words.captureParticiples.contains(tokens[taken].hash) {
            return verb(in: Words.releaseVerbs, marked: .releaseVerb, after: taken + 1, limit: limit, reach: 22)
        }
        // ("Five of the abducted passengers were found alive": found, and so free.)
        return verb(in: Words.releaseVerbs, marked: .releaseVerb, after: start, limit: limit, reach: 10)
            || verb(in: Words.foundWords, marked: .foundWord, after: start, limit: limit, reach: 10, before: Words.alive)
    }

    /// "have been found alive", "were found safe", past the words on how they went missing
    /// ("three people listed as missing in the valley were found safe"): people found, and so no
    /// longer missing (not in another clause, past a comma, a conjunction, a subordinator or
    /// another count: "12 are missing and three were found alive").
    func isFoundAlive(after start: Int, limit: Int) -> Bool {
        (start..<min(limit, start + 12)).prefix(while: {
            !tokens[$0].isPunctuation && tokens[$0].hash != Words.and && tokens[$0].hash != Words.but && tokens[$0].hash != Words.or
                && !tokens[$0].isDigits && !Lexicon.has(tokens[$0], .numberWord)
                // (Nor in a clause after the count's own verb: "had fallen to 320 after families
                // reported that some relatives had been found alive".)
                && !Words.subordinators.contains(tokens[$0].hash) && tokens[$0].hash != Words.after
                && tokens[$0].hash != Words.before && tokens[$0].hash != Words.that
        }).contains { i in
            i + 1 < limit && Words.foundWords.contains(tokens[i].hash)
                && (tokens[i + 1].hash == Words.alive || tokens[i + 1].hash == Words.safe)
        }
    }

    /// Whether the people a training word governs start at `index`: "training Ukrainian
    /// recruits", "training the Ivorian army", "training local forces".
    private func trainsOthers(at index: Int) -> Bool {
        Lexicon.has(tokens[index], .determiner) || People.groups.contains(tokens, at: index)
            || People.kinds.contains(tokens, at: index)
            || tokens[index].hash == Words.local && index + 1 < tokens.count && People.kinds.contains(tokens, at: index + 1)
    }

    /// The first verb after a subject's noun phrase, past its modifiers and one comma aside,
    /// is one of `verbs` (and `before` the word given, when given).
    private func verb(in verbs: WordSet, marked role: WordRoles, after start: Int, limit: Int, reach: Int,
                      before next: UInt64? = nil) -> Bool {
        // (None of the verbs in the sentence: none in the reach, which is inside it.)
        guard sentenceRoles.contains(role) else { return false }
        var i = start
        var inAside = false
        var end = min(limit, start + reach)
        while i < end {
            let token = tokens[i]
            // (Quote marks around a word: `about 30 "terrorists" had been "neutralised"`.)
            if token.isQuoteMark {
                i += 1
                continue
            }
            if token.hash == Words.comma {
                // One aside: ", among them women and children,". (Not a clause: "is meant to have
                // 11,860 troops, but contributors have deployed about 10,500, leaving gaps".)
                if i == start, !inAside, i + 1 >= limit || !(Lexicon.has(tokens[i + 1], .conjunction)
                                                            || Words.clauseOpeners.contains(tokens[i + 1].hash)) {
                    inAside = true
                    i += 1
                    continue
                }
                if inAside { inAside = false; i += 1; continue }
                // ("The 600 soldiers of the outgoing battalion, who have manned the camp since
                // September, will fly home": a relative clause of theirs between commas, its words
                // not counted in the reach.)
                if let close = relativeAsideClose(openingAt: i, limit: limit, reach: 16) {
                    end = min(limit, end + close + 1 - i)
                    i = close + 1
                    continue
                }
                return false
            }
            // ("took 46 prison guards hostage; all were released after 72 hours": another clause.)
            if isHardBreak(token) { return false }
            // ("The last 300 Pakistani peacekeepers serving with the UN mission in Congo left": a
            // participle on where they serve comes before their own verb.)
            if i == start, Words.servingWords.contains(token.hash) {
                i += 1
                continue
            }
            if !inAside {
                // ("About 100 Australian troops are in Britain training Ukrainian recruits":
                // training others, whom the word names next, is what they are there for.)
                if Words.trainingWords.contains(token.hash), i + 1 < limit, trainsOthers(at: i + 1) { return false }
                // "are training", "two weeks of training", "in basic training"; not "at the Cincu
                // training area".
                // ("will keep about 80 troops there to train the Ivorian army", "to help train the
                // country's army": training others is what they are there for, no departure.)
                // (Not a participle after an article: "to track down the escaped inmates".)
                // (Nor the end of a compound adjective: "5,000 soldiers of the North Korean-trained
                // Fifth Brigade".)
                // (Nor "home" after a word of travel: "more than 100 students travelling home from
                // Debark University" were on their way, not brought home.)
                if verbs.contains(token.hash), !(i > start && Lexicon.has(tokens[i - 1], .determiner)),
                   !(i > start && tokens[i - 1].hash == Words.hyphen && token.isAttached),
                   !(token.hash == Words.home && i > start && Words.travelWords.contains(tokens[i - 1].hash)),
                   !Words.trainingWords.contains(token.hash) && !Words.signedUpWords.contains(token.hash)
                    || i > start && (Lexicon.has(tokens[i - 1], .auxiliary) || tokens[i - 1].hash == Words.of && !Words.signedUpWords.contains(token.hash)
                                     || tokens[i - 1].hash == Words.in || i - 1 > start && tokens[i - 2].hash == Words.in
                                     // ("1,300 conscripts began their nine-month basic training".)
                                     || tokens[i - 1].hash == Words.basic
                                     // ("About 120 Ukrainian soldiers began training on the new systems".)
                                     || Words.onsetVerbs.contains(tokens[i - 1].hash)),
                   !(token.hash == Words.train && i > start && (tokens[i - 1].hash == Words.to
                       || tokens[i - 1].hash == Words.help && i - 1 > start && tokens[i - 2].hash == Words.to)) {
                    return next.map { i + 1 < limit && tokens[i + 1].hash == $0 } ?? true
                }
                // "600 U.S. service members and 400 Kenyan soldiers are training": subjects joined;
                // "killed 40 people and freed 12": another clause.
                // ("Some 600 soldiers and their families had earlier fled": their own people joined.)
                // ("At least 15,000 soldiers and police officers have defected": other people joined.)
                if token.hash == Words.and, !(i + 1 < limit && (tokens[i + 1].isDigits || Lexicon.has(tokens[i + 1], .numberWord)
                                                                 || Lexicon.has(tokens[i + 1], .pronoun)
                                                                 || People.kinds.contains(tokens, at: i + 1))) {
                    return false
                }
                // ("now has about 2,000 troops in Mali after absorbing many of the Wagner mercenaries
                // who are leaving the country": a participle's clause of what their side did.)
                if token.hash == Words.after || token.hash == Words.before, i + 1 < end, isParticiple(i + 1) { return false }
                // "plans to deploy 10,000 soldiers in the south as the peacekeepers leave": a
                // clause of its own, with its own subject.
                // ("12 of whom had since been freed": "since" after an auxiliary is an adverb.)
                // ("plans to send another 1,500 once the Israelis leave".)
                if Words.subordinators.contains(token.hash) && !(token.hash == Words.since && i > 0 && Lexicon.has(tokens[i - 1], .auxiliary))
                    || (token.hash == Words.as_ || token.hash == Words.once) && i + 1 < limit
                    && (Lexicon.has(tokens[i + 1], .determiner) || Lexicon.has(tokens[i + 1], .pronoun)
                        // ("would send another 4,000 once Israeli forces leave".)
                        || token.hash == Words.once && tokens[i + 1].isCapitalized) {
                    return false
                }
                // Another verb first: the clause says something else (not an auxiliary: "were
                // rotated home", nor a verb that starts another: "began flying home").
                // (A force's noun is none: "The last 180 Tanzanian soldiers of the regional force left".)
                if token.isWord, !Lexicon.has(token, .auxiliary), !Words.onsetVerbs.contains(token.hash),
                   Lexicon.has(token, .pastTense) || Lexicon.has(token, .attribution)
                    || extractor.triggers.match(tokens, at: i).map({ !($0.value.isCountNoun && $0.value.figure == .deployed) }) == true {
                    return false
                }
                // (Past a name's short form in brackets: "the Southern African Development Community
                // (SAMIDRC) left Goma".)
                if token.hash == Words.openParen, i > start,
                   let close = (i + 1..<min(limit, i + 5)).first(where: { tokens[$0].hash == Words.closeParen }), close > i + 1,
                   (i + 1..<close).allSatisfy({ tokens[$0].isWord }) {
                    i = close + 1
                    continue
                }
            }
            if token.isPunctuation, !token.isAttached, !inAside { return false }
            i += 1
        }
        return false
    }

    /// "a court sentenced 17 people to death": a verdict, no death.
    /// (Also "convicted five officers ... over the killing of protesters".)
    /// ("sentenced 17 people to death and nine others to life in prison": a later object of the
    /// verdict's list, whose own "to" follows it.)
    /// The list's first object may stand before the clause's floor, back to `sentenceStart`.
    func isSentence(before start: Int, floor: Int, sentenceStart: Int) -> Bool {
        if isVerdictVerb(before: start, floor: floor) { return true }
        guard sentenceRoles.contains(.sentenceVerb) || sentenceRoles.contains(.courtVerb),
              start - 1 > sentenceStart, tokens[start - 1].hash == Words.and || tokens[start - 1].hash == Words.comma,
              (start + 1..<min(tokens.count, start + 4)).contains(where: { tokens[$0].hash == Words.to }),
              var first = Range(max(sentenceStart, start - 12), upTo: start - 1).last(where: {
                  tokens[$0].isDigits || Lexicon.has(tokens[$0], .numberWord)
              })
        else { return false }
        if (first..<start).contains(where: { isHardBreak(tokens[$0]) }) { return false }
        while first - 1 >= sentenceStart, tokens[first - 1].isDigits || Lexicon.has(tokens[first - 1], .numberWord) { first -= 1 }
        return isVerdictVerb(before: first, floor: sentenceStart)
    }

    private func isVerdictVerb(before start: Int, floor: Int) -> Bool {
        verb(in: Words.sentenceVerbs, marked: .sentenceVerb, before: start, floor: floor) || verb(in: Words.courtVerbs, marked: .courtVerb, before: start, floor: floor)
    }

    /// "will have fewer than 2,000 peacekeepers left", "have between 200 and 300 fighters left":
    /// "left" right after people whom a form of "have" before the number counts says what remains.
    func isRemaining(_ mention: NumberMention, npEnd: Int, floor: Int) -> Bool {
        let start = mention.tokens.lowerBound
        return npEnd < tokens.count && tokens[npEnd].hash == Words.left
            && Range(max(floor, start - 2), upTo: start).contains { Words.haveForms.contains(tokens[$0].hash) }
    }

    /// "police arrested 47 people": an arrest is no capture by the enemy.
    func isArrest(before start: Int, floor: Int) -> Bool {
        verb(in: Words.arrestVerbs, marked: .arrestVerb, before: start, floor: floor)
    }

    /// "released 90 prisoners", "exchanged 150 captives": people counted as they go free, which
    /// is no count of those held.
    /// "it is still holding", "they hold", "it held" right after `start`: a pronoun holding.
    func isHeldByRelativeSubject(after start: Int, limit: Int) -> Bool {
        guard start < limit, tokens[start].hash == Words.it || tokens[start].hash == Words.they else { return false }
        var i = start + 1
        while i < min(limit, start + 4), Lexicon.has(tokens[i], .auxiliary) || tokens[i].hash == Words.still { i += 1 }
        return i < limit && (isHoldVerb(i) || tokens[i].hash == Words.holding)
    }

    /// ", where three of them remain" right after a hospital named within eight words.
    func isStillInHospitalNamedBefore(_ mention: NumberMention, limit: Int) -> Bool {
        let start = mention.tokens.lowerBound, end = mention.tokens.upperBound
        // ("... were taken to hospital with smoke inhalation, it said. Nine remain there": the
        // hospital a sentence back, "there" after the verb.)
        if start >= 2, tokens[start - 1].hash == Words.period, end + 1 < limit, Words.remainWords.contains(tokens[end].hash),
           tokens[end + 1].hash == Words.there,
           Range(max(0, start - 25), upTo: start - 1).contains(where: { Words.hospitalWords.contains(tokens[$0].hash) }) {
            return true
        }
        guard start >= 3, tokens[start - 1].hash == Words.whereWord, tokens[start - 2].hash == Words.comma,
              Range(max(0, start - 10), upTo: start - 2).contains(where: { Words.hospitalWords.contains(tokens[$0].hash) }) else { return false }
        let verb = end + 2 < limit && tokens[end].hash == Words.of && tokens[end + 1].hash == Words.them ? end + 2 : end
        return verb < limit && Words.remainWords.contains(tokens[verb].hash)
    }

    /// "1,012 of the people abducted": "of the", the people, then their participle at `trigger`.
    func isOfTheParticiple(_ mention: NumberMention, npEnd: Int, triggerAt trigger: Int) -> Bool {
        let end = mention.tokens.upperBound
        return trigger == npEnd && end + 2 < npEnd && tokens[end].hash == Words.of && tokens[end + 1].hash == Words.the
            && !Lexicon.has(tokens[trigger - 1], .auxiliary)
    }

    /// "more", "there", "more there": words read as a noun that name none.
    func isOnlyMoreOrThere(_ range: Range<Int>) -> Bool {
        range.allSatisfy { tokens[$0].hash == Words.more || tokens[$0].hash == Words.there }
    }

    /// "About 3,000 former fighters have been through the programme", "26,145 combatants and 4,625
    /// firearms had been decommissioned", "650 of them have registered at demobilisation sites":
    /// fighters who served once or lay down arms, no force deployed.
    func isLeavingArms(_ mention: NumberMention, npEnd: Int, limit: Int) -> Bool {
        let end = max(npEnd, mention.tokens.upperBound)
        // (Not those who serve again: "As many as 380 retired Colombian soldiers are fighting in Sudan".)
        return (mention.tokens.upperBound..<end).contains { Words.formerWords.contains(tokens[$0].hash) }
            && !(end..<min(limit, end + 6)).contains { Words.warServiceWords.contains(tokens[$0].hash) }
            || (end..<min(limit, end + 10)).contains { Words.disarmamentWords.contains(tokens[$0].hash) }
    }

    /// "About 300 of the freed inmates": a part of people freed.
    func isPartOfTheFreed(_ mention: NumberMention) -> Bool {
        let end = mention.tokens.upperBound
        return end + 2 < tokens.count && tokens[end].hash == Words.of && tokens[end + 1].hash == Words.the
            && (tokens[end + 2].hash == Words.freed || tokens[end + 2].hash == Words.released)
    }

    /// "the remaining 49 students", "49 students still in captivity": captives held yet.
    func isStillCaptive(_ mention: NumberMention, npEnd: Int, limit: Int) -> Bool {
        let start = mention.tokens.lowerBound
        return start > 0 && tokens[start - 1].hash == Words.remaining
            || npEnd < limit && tokens[npEnd].hash == Words.still
    }

    func isRelease(before start: Int, floor: Int) -> Bool {
        verb(in: Words.releaseVerbs, marked: .releaseVerb, before: start, floor: floor)
    }

    /// One of `verbs` within four words before `start`, with no mark or number between.
    private func verb(in verbs: WordSet, marked role: WordRoles, before start: Int, floor: Int) -> Bool {
        guard sentenceRoles.contains(role) else { return false }
        var i = start - 1
        while i >= max(floor, start - 4) {
            // ("brought home 26 of its soldiers", "brought home its last 60 soldiers"; not "the
            // federal home ministry said another 2,000".)
            // ("has begun sending home about 2,000 troops": right before the number and its hedge.)
            if verbs.contains(tokens[i].hash), tokens[i].hash != Words.home || !tokens[i + 1].isWord || i + 1 == start
                || Lexicon.has(tokens[i + 1], .determiner) || Lexicon.has(tokens[i + 1], .pronoun) {
                return true
            }
            // (`had "neutralised" more than 400 terrorists`: quote marks around the verb stand in
            // the clause.)
            if tokens[i].isPunctuation && !tokens[i].isQuoteMark || tokens[i].isDigits { return false }
            i -= 1
        }
        return false
    }

    /// "13 of the 21 seafarers", "One of four soldiers": a number after a number and "of" is
    /// the whole that the part is counted from. ("one" is often a pronoun, so the scanner may
    /// not take it for a count; the whole still makes no claim.)
    func followsPart(_ mention: NumberMention, floor: Int) -> Bool {
        var i = mention.tokens.lowerBound - 1
        if i >= floor, Lexicon.has(tokens[i], .determiner) { i -= 1 }
        guard i - 1 >= floor, tokens[i].hash == Words.of else { return false }
        return tokens[i - 1].isDigits || Lexicon.has(tokens[i - 1], .numberWord)
    }

    /// "the 87 pupils they abducted", "the 52 travellers abducted by gunmen": people taken
    /// captive, told by a participle or a relative clause after their noun phrase.
    func isCaptiveWhole(npEnd: Int, limit: Int) -> Bool {
        figureOfVerb(afterWhole: npEnd, limit: limit) == .captured
    }

    /// The figure of the verb right after a whole's noun phrase, past a relative's pronoun and
    /// auxiliaries: "the 87 pupils they abducted", "the 1,500 soldiers it had sent".
    func figureOfVerb(afterWhole npEnd: Int, limit: Int) -> FigureKey? {
        var i = npEnd
        if i < limit, [Words.it, Words.they, Words.who, Words.that].contains(tokens[i].hash) { i += 1 }
        while i < min(limit, npEnd + 4), tokens[i].roles.contains(.auxiliary) { i += 1 }
        return i < limit ? extractor.triggers.match(tokens, at: i, limit: limit)?.value.figure : nil
    }

    /// "of the 15 people injured in the clash", "of the 120 people killed": a whole of people
    /// whose participle (or relative clause), right after their phrase, names them casualties.
    func isCasualtyWhole(_ whole: NounPhrase, limit: Int) -> Bool {
        // (Not a verb of the part's: "11 of its 25 crew members remain missing".)
        // (Or a relative clause of theirs: "identified the remains of 41 of the 58 people who died".)
        guard !whole.people.isEmpty, whole.end < limit, !Words.remainWords.contains(tokens[whole.end].hash),
              !Lexicon.has(tokens[whole.end], .auxiliary) else { return false }
        let figure = tokens[whole.end].hash == Words.who ? figureOfVerb(afterWhole: whole.end, limit: limit)
            : extractor.triggers.match(tokens, at: whole.end, limit: limit)?.value.figure
        return figure == .killed || figure == .wounded || figure == .missing
    }

    /// "of the roughly 14,000 North Korean troops sent to Russia", "of the 1,500 soldiers it
    /// had sent to Batken": a whole of fighters a deployment verb counts.
    func isDeployed(_ whole: NounPhrase, limit: Int) -> Bool {
        whole.people.kind?.isCombatant == true && figureOfVerb(afterWhole: whole.end, limit: limit) == .deployed
    }

    /// "including", "among them", "of whom", "of them": what follows is part of what came before.
    func isSubsetCue(before start: Int, floor: Int) -> Bool {
        guard start > floor else { return false }
        let previous = tokens[start - 1].hash
        if previous == Words.including || previous == Words.includes || previous == Words.include {
            return true
        }
        // "including a paramedic and two children", "among them a nurse and two paramedics": the
        // last of a list of parts, the ones before it counted by no number.
        if previous == Words.and, start - 2 > floor, tokens[start - 2].hash != Words.comma {
            var i = start - 2
            while i > max(floor, start - 10) {
                let token = tokens[i]
                if token.isDigits || token.roles.contains(.numberWord) || Lexicon.has(token, .auxiliary)
                    || token.isPunctuation && token.hash != Words.comma { return false }
                i -= 1
                let before = tokens[i].hash
                if before == Words.including || before == Words.includes || before == Words.include { return true }
                // ("among them a nurse and two paramedics".)
                if before == Words.them, i - 1 >= floor, tokens[i - 1].hash == Words.among { return true }
            }
        }
        if start - 2 >= floor, [Words.among, Words.of].contains(tokens[start - 2].hash),
           [Words.them, Words.whom, Words.those, Words.these].contains(previous) {
            return true
        }
        // "Among them were 54 children".
        if start - 3 >= floor, tokens[start - 1].roles.contains(.copula), tokens[start - 3].hash == Words.among,
           [Words.them, Words.whom, Words.those, Words.these].contains(tokens[start - 2].hash) {
            return true
        }
        return false
    }

    /// A people kind for a noun the lexicon does not know ("teachers", "trainees").
    func kind(named range: Range<Int>) -> PeopleKind? {
        let last = tokens[range.upperBound - 1]
        // A word of more than three characters ending in "s", read from its bytes.
        guard last.isWord, bytes[Int(last.end) - 1] | 0x20 == UInt8(ascii: "s"),
              last.length > 3, text(of: last).count > 3 else { return nil }
        return PeopleKind(slug: Slug.make(text(of: range)))
    }

    /// Soldiers or fighters named anywhere in the sentence.
    func hasCombatants(in sentence: Range<Int>) -> Bool {
        for i in sentence {
            // (Not a kind that names a thing: "85 F-16 fighter jets".)
            if let kind = People.kinds.match(tokens, at: i, limit: sentence.upperBound), kind.value.isCombatant,
               !(i + kind.length < sentence.upperBound && tokens[i + kind.length].roles.contains(.thing)) {
                return true
            }
        }
        return false
    }

    // MARK: - Reading around the number

    /// "were taken", "had been taken": a passive "taken" right after its auxiliaries, with no
    /// word of its own after it ("taken prisoner" is a figure's phrase) and going nowhere
    /// ("were taken to hospital", "taken into custody" are not).
    func areTaken(after end: Int, limit: Int) -> Bool {
        var i = end
        while i < min(limit, end + 3), Lexicon.has(tokens[i], .auxiliary) { i += 1 }
        guard i > end, i < limit, tokens[i].hash == Words.taken else { return false }
        guard i + 1 < limit else { return true }
        let next = tokens[i + 1]
        return next.isPunctuation
            || !Words.takenDirections.contains(next.hash) && !next.roles.isDisjoint(with: [.preposition, .conjunction])
    }

    /// "took 46 prison guards hostage", "taking 251 hostages", "had taken 21 soldiers prisoner",
    /// "took its 13 crew members hostage": captives taken in the active, the number the verb's
    /// object (not a tally in the present perfect: "its forces have taken 1,200 prisoners").
    /// Prisoners so taken are one event's only when the sentence names it or the taking follows
    /// an act after a comma ("had overrun the last army battalion headquarters ..., taking 63
    /// Myanmar soldiers prisoner"): soldiers "taken prisoner in the Rodynske area" in a war
    /// are a tally.
    func isTakingCaptives(_ mention: NumberMention, npEnd: Int, sentence: Range<Int>) -> Bool {
        var verb = mention.tokens.lowerBound - 1
        if verb > sentence.lowerBound, Lexicon.has(tokens[verb], .determiner) || Lexicon.has(tokens[verb], .pronoun) { verb -= 1 }
        guard verb >= sentence.lowerBound, Words.takeVerbs.contains(tokens[verb].hash),
              !(verb > sentence.lowerBound && Lexicon.has(tokens[verb - 1], .perfect)) else { return false }
        let end = max(npEnd, mention.tokens.upperBound)
        // ("took 23 guards and two police officers hostage": past people joined to them.)
        let joined = end + 1 < sentence.upperBound && tokens[end].hash == Words.and && isCountAt(end + 1)
            ? (end + 2..<min(sentence.upperBound, end + 7)).prefix(while: { !tokens[$0].isPunctuation })
                .first(where: { Words.captiveWords.contains(tokens[$0].hash) })
            : nil
        let word = Words.captiveWords.contains(tokens[end - 1].hash) ? end - 1
            : end < sentence.upperBound && Words.captiveWords.contains(tokens[end].hash) ? end : joined
        guard let word else { return false }
        guard tokens[word].hash == Words.prisoner || tokens[word].hash == Words.prisoners else { return true }
        return verb > sentence.lowerBound && tokens[verb - 1].hash == Words.comma
            || sentence.contains { Lexicon.has(tokens[$0], .event) && !Lexicon.has(tokens[$0], .disaster) }
    }

    /// "following the death of two more injured persons", "the bodies of four of the missing
    /// soldiers": people the phrase calls hurt or missing, counted as deaths or bodies, are dead.
    func isDeathOfTheHurt(_ mention: NumberMention, figure: FigureKey, floor: Int) -> Bool {
        let start = mention.tokens.lowerBound
        guard figure == .wounded || figure == .missing, start - 2 >= floor else { return false }
        return isBodiesOf(mention, floor: floor)
            || figure == .wounded && tokens[start - 1].hash == Words.of
                && (tokens[start - 2].hash == Words.death || tokens[start - 2].hash == Words.deaths)
    }

    /// "the bodies of two climbers", "the remains of 43 people": the dead, counted as bodies.
    func isBodiesOf(_ mention: NumberMention, floor: Int) -> Bool {
        let start = mention.tokens.lowerBound
        return start - 2 >= floor && tokens[start - 1].hash == Words.of && Words.bodyNouns.contains(tokens[start - 2].hash)
    }

    /// A capitalised word at `index` that opens a name with the next: "New" in "New Zealand".
    func isNameOpening(at index: Int, limit: Int) -> Bool {
        index + 1 < limit && tokens[index].isCapitalized && tokens[index + 1].isCapitalized && tokens[index + 1].isWord
    }

    /// Where a compound of words joined by hyphens that starts at `start` ends ("active-duty",
    /// "well-trained"), or nil when no hyphen joins the word to the next.
    func hyphenCompoundEnd(from start: Int, limit: Int) -> Int? {
        var j = start
        while j + 2 < limit, tokens[j + 1].hash == Words.hyphen, tokens[j + 1].isAttached,
              tokens[j + 2].isAttached, tokens[j + 2].isWord {
            j += 2
        }
        return j == start ? nil : j + 1
    }

    /// A capitalised name from `start` past `index` that a kind of troops or people ends within
    /// five words: "Provincial Armed Constabulary personnel", "Ground Self-Defense Force personnel".
    func isForceName(from start: Int, through index: Int, limit: Int) -> Bool {
        func isNamePart(_ i: Int) -> Bool {
            tokens[i].isCapitalized || tokens[i].hash == Words.hyphen && tokens[i].isAttached
        }
        guard (start...index).allSatisfy(isNamePart) else { return false }
        var end = index + 1
        while end < min(limit, start + 7), isNamePart(end) { end += 1 }
        return end < limit && People.kinds.contains(tokens, at: end)
    }

    /// Past the other peoples of a list from the comma or "and" at `index` ("and Salvadoran",
    /// ", Salvadoran and Jamaican") to the kind of people after them, where it starts; nil when
    /// no such kind follows.
    func groupListEnd(at index: Int, limit: Int) -> Int? {
        var k = index
        var listed = 0
        while k + 1 < limit, tokens[k].hash == Words.comma || tokens[k].hash == Words.and {
            k += 1
            if tokens[k - 1].hash == Words.comma, tokens[k].hash == Words.and, k + 1 < limit { k += 1 }
            guard let group = People.groups.match(tokens, at: k, limit: limit), !isLowercaseUs(k) else { return nil }
            k += group.length
            listed += 1
        }
        return listed > 0 && k < limit && People.kinds.contains(tokens, at: k) ? k : nil
    }

    func nounPhrase(after start: Int, limit: Int) -> NounPhrase {
        var np = NounPhrase(end: start)
        var i = start
        var steps = 0
        let end = min(limit, tokens.count)
        var unknownStart: Int?
        /// Where the words of the kind named last start ("National Guard") and end, for a
        /// kind that a second one heads: "2,500 National Guard troops".
        var lastKind: (start: Int, end: Int, isUnknownGroup: Bool)?
        while i < end, steps < 8 {
            steps += 1
            let token = tokens[i]
            // ("150 Kenyan and Salvadoran soldiers", "about 1,000 Kenyan, Salvadoran and Jamaican
            // personnel": the other peoples of a list before its noun; the first names the group.)
            if token.hash == Words.comma || token.hash == Words.and, np.people.group != nil, np.people.kind == nil || np.people.isWeak,
               let next = groupListEnd(at: i, limit: end) {
                i = next
                continue
            }
            if token.isPunctuation {
                // "300-strong" and "North Korean-trained" keep going; other marks end the phrase.
                if token.hash == Words.hyphen, token.isAttached, i + 1 < end, tokens[i + 1].isAttached {
                    i += 1
                    continue
                }
                // `62 "terrorists" were killed`, `"dozens of terrorists" had been killed`: quote marks
                // around a few words the writer keeps at a distance stand in the phrase.
                if token.isQuoteMark, !isHardBreak(token) {
                    i += 1
                    if !np.isEmpty { np.end = i }
                    continue
                }
                break
            }
            let roles = Lexicon.roles(token)
            // ("down from about 550 two years ago": another number opens no phrase of this one's;
            // but a compound may, "nine one-horned rhinos".)
            if i == start, token.isDigits || roles.contains(.numberWord),
               !(i + 1 < end && tokens[i + 1].hash == Words.hyphen && tokens[i + 1].isAttached) {
                break
            }
            // ("24 people were killed in 11 such attacks": events of a kind just told.)
            if i == start, Words.suchWords.contains(token.hash), i + 1 < end,
               Lexicon.has(tokens[i + 1], .event) || Lexicon.has(tokens[i + 1], .disaster) || Lexicon.has(tokens[i + 1], .thing) {
                np.isKnownThing = true
                np.end = i + 2
                return np
            }
            // ("between 2,100 and 2,400 Burkinabe soldiers and VDP auxiliaries killed during the
            // year": other people joined by "and", the participle after them both.)
            if token.hash == Words.and, np.people.kind != nil, np.trigger == nil, i + 2 < end {
                var j = i + 1
                var trigger: (length: Int, value: Trigger)?
                while j < min(end, i + 6), tokens[j].isWord {
                    trigger = extractor.triggers.match(tokens, at: j, limit: end)
                    if trigger != nil || !Lexicon.roles(tokens[j]).isDisjoint(with: [.auxiliary, .preposition, .determiner,
                                                                                      .conjunction, .attribution]) { break }
                    j += 1
                }
                if j > i + 1, let trigger, trigger.value.figure != .deployed, !trigger.value.isActiveVerb, isFinitePast(j) {
                    np.trigger = trigger.value
                    np.triggerIndex = j
                    np.end = j + trigger.length
                    return np
                }
                break
            }
            // ("hundreds of its own soldiers": a possessive after a vague amount's "of".)
            if i == start, i > 0, tokens[i - 1].hash == Words.of, i + 1 < end, Words.possessiveDeterminers.contains(token.hash) {
                i += tokens[i + 1].hash == Words.own ? 2 : 1
                continue
            }
            // "more", "additional", "new" qualify the count without naming it.
            // (Not a name's first word: "40 New Zealand soldiers".)
            if token.roles.contains(.countQualifier),  // Words.countQualifierWords
               !isNameOpening(at: i, limit: end) {
                i += 1
                if np.isEmpty { np.end = i }
                continue
            }
            // Partitives: "300 of them", "300 of whom", "300 of the soldiers".
            if token.hash == Words.of, i + 1 < end {
                let next = tokens[i + 1].hash
                if [Words.them, Words.whom, Words.those, Words.these, Words.which].contains(next) {
                    np.isPartitive = true
                    np.end = i + 2
                    i += 2
                    // ("12,340 of those assaults caused injury": a part of events or things.)
                    if i < end, next == Words.those || next == Words.these,
                       Lexicon.has(tokens[i], .event) || Lexicon.has(tokens[i], .thing) && !Lexicon.has(tokens[i], .timeUnit) {
                        np.isKnownThing = true
                        np.end = i + 1
                        return np
                    }
                    if i < end, let trigger = extractor.triggers.match(tokens, at: i, limit: end), next == Words.those {
                        np.trigger = trigger.value   // "of those injured"
                        np.triggerIndex = i
                        np.end = i + trigger.length
                    } else if i < end, let kind = People.kinds.match(tokens, at: i, limit: end) {
                        np.people.kind = kind.value  // "12 were wounded, nine of them children"
                        np.end = i + kind.length
                    }
                    return np
                }
                if np.isEmpty, next == Words.the || Words.possessiveDeterminers.contains(next) {
                    i += 2
                    // "13 of the 21 seafarers": the people of the whole, past its number.
                    if i < end, tokens[i].isDigits || Lexicon.has(tokens[i], .numberWord) {
                        i += 1
                        // ("Six of the 38 were still in hospital": a whole told before by its number
                        // alone; the part's own copula follows it. Not "two of the six had served
                        // with the force".)
                        if i < end, next == Words.the, tokens[i].roles.contains(.copula) {
                            np.isPartitive = true
                            np.end = i
                            return np
                        }
                    }
                    // ("dozens of its own soldiers".)
                    if i < end, next != Words.the, tokens[i].hash == Words.own { i += 1 }
                    // ("174 of the region's deaths", "of the country's dead": past whose they are; not
                    // a time's, "32 of the month's deaths", read as a window.)
                    if i + 2 < end, next == Words.the, tokens[i].isWord, !tokens[i].isCapitalized, tokens[i + 1].kind == .possessive,
                       !Lexicon.has(tokens[i], .timeUnit), extractor.triggers.match(tokens, at: i + 2, limit: end) != nil {
                        i += 2
                    }
                    continue
                }
                if np.isEmpty, tokens[i + 1].isDigits || Lexicon.has(tokens[i + 1], .numberWord) {
                    i += 2  // "two of 12 crew members"
                    continue
                }
                // `"dozens" of JNIM fighters`: a vague amount in quote marks, its "of" outside them.
                if np.isEmpty, i == start, i > 0, tokens[i - 1].isQuoteMark {
                    i += 1
                    continue
                }
                if np.people.kind != nil || np.trigger != nil,
                   let group = People.groups.match(tokens, at: i + 1, limit: end), !isLowercaseUs(i + 1) {
                    np.people.group = np.people.group ?? group.value.slug
                    i += 1 + group.length
                    np.end = i
                    continue
                }
                // "1,834 victims of intentional homicide": people killed.
                if np.trigger == nil, i > start, tokens[i - 1].hash == Words.victims,
                   let crime = (i + 1..<min(end, i + 3)).first(where: { Words.homicideWords.contains(tokens[$0].hash) }),
                   (i + 1..<crime).allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized }) {
                    np.trigger = Trigger(figure: .killed, isCountNoun: true)
                    np.triggerIndex = crime
                    i = crime + 1
                    np.end = i
                    continue
                }
                break
            }
            // "soldiers from North Korea", "deaths among North Korean troops".
            if token.hash == Words.from || token.hash == Words.among, np.people.kind != nil || np.trigger != nil {
                var j = i + 1
                if j < end, tokens[j].hash == Words.the { j += 1 }
                if let group = People.groups.match(tokens, at: j, limit: end), !isLowercaseUs(j) {
                    np.people.group = np.people.group ?? group.value.slug
                    j += group.length
                    if let kind = People.kinds.match(tokens, at: j, limit: end), np.people.kind == nil || np.people.isWeak {
                        np.people.name(kind.value)
                        j += kind.length
                    }
                    // "peacekeepers from South Africa, Malawi and Uruguay": the other places of a
                    // list are the phrase's too (its verb comes after them).
                    while j + 1 < end, tokens[j].hash == Words.comma || tokens[j].hash == Words.and {
                        var k = j + 1
                        if tokens[j].hash == Words.comma, tokens[k].hash == Words.and, k + 1 < end { k += 1 }
                        guard let other = People.groups.match(tokens, at: k, limit: end), !isLowercaseUs(k) else { break }
                        j = k + other.length
                    }
                    np.end = j
                    i = j
                    continue
                }
                break
            }
            // (Also after an unknown adjective: "15 surrendering Ukrainian soldiers".)
            if unknownStart == nil || np.people.group == nil, let group = People.groups.match(tokens, at: i, limit: end),
               !isLowercaseUs(i), unknownStart == nil || People.kinds.contains(tokens, at: i + group.length) {
                np.people.group = np.people.group ?? group.value.slug
                i += group.length
                // ("At least one British national has been killed": one of a people, in lower case.)
                if i < end, tokens[i].hash == Words.national, !tokens[i].isCapitalized, np.people.kind == nil || np.people.isWeak {
                    np.people.name(PeopleKind(slug: "nationals"))
                    i += 1
                    np.end = i
                    continue
                }
                if group.value.isPeople, np.people.kind == nil {
                    np.people.kind = PeopleKind(slug: "people")
                    np.people.isWeak = true
                    np.end = i
                }
                continue
            }
            // "Guard troops", "militia fighters": the second kind heads the phrase; capitalised
            // words before it name the group.
            if let previousKind = lastKind, previousKind.end == i, let kind = People.kinds.match(tokens, at: i, limit: end),
               kind.value.isCombatant {
                let words = previousKind.start..<i
                if words.allSatisfy({ tokens[$0].isCapitalized || tokens[$0].isAllCaps }),
                   np.people.group == nil || previousKind.isUnknownGroup {
                    np.people.group = Slug.make(text(of: words))
                }
                np.people.name(kind.value)
                i += kind.length
                np.end = i
                lastKind = nil
                continue
            }
            if let kind = People.kinds.match(tokens, at: i, limit: end), np.people.kind == nil || np.people.isWeak {
                // "several troop-contributing countries", "three troop-carrying ships": the kind
                // word opens a compound that modifies what follows.
                // (Not a compound that is the head: "the 32 hostage-takers".)
                if let compoundEnd = hyphenCompoundEnd(from: i + kind.length - 1, limit: end),
                   !tokens[i + kind.length + 1].isCapitalized,
                   case let last = text(of: tokens[compoundEnd - 1]), last.hasSuffix("ing") || last.hasSuffix("ed") {
                    i = compoundEnd
                    continue
                }
                // "two passenger trains", "208 infantry fighting vehicles": the kind word only
                // modifies a thing.
                var next = i + kind.length
                if next + 1 < end, tokens[next].hash == Words.fighting { next += 1 }
                // (So does a kind in the singular, in quote marks or before another noun: `nine
                // "terrorist infrastructure" sites`.)
                if !isPlural(tokens[next - 1]), !Words.pluralKindWords.contains(tokens[next - 1].hash) {
                    if next + 1 < end, tokens[next].isQuoteMark { next += 1 }
                    if next + 2 < end, tokens[next].isWord, !tokens[next].isCapitalized, tokens[next].roles.subtracting(.verbSets).isEmpty,
                       !isPlural(tokens[next]), extractor.triggers.match(tokens, at: next, limit: end) == nil {
                        next += 1
                    }
                    if next + 1 < end, tokens[next].isQuoteMark { next += 1 }
                }
                // (Not "shot" after people: "two more people shot during overnight protests died".)
                if next < end, Lexicon.has(tokens[next], .thing),
                   !(tokens[next].hash == Words.shot && (isPlural(tokens[next - 1]) || Words.pluralKindWords.contains(tokens[next - 1].hash))) {
                    np.isKnownThing = true
                    np.end = next + 1
                    return np
                }
                np.people.name(kind.value)
                lastKind = (unknownStart ?? i, i + kind.length, false)
                if let start = unknownStart {
                    let words = start..<i
                    // ("1,200 paramilitary Frontier Corps troops": one lower-case word before the name.)
                    let named = words.count == 3 && !tokens[start].isCapitalized ? start + 1..<i : words
                    if named.allSatisfy({ tokens[$0].isCapitalized || tokens[$0].isAllCaps || tokens[$0].hash == Words.hyphen }) {
                        // "12 Gran Grif fighters", "Five UNIFIL soldiers": a group the lexicon does not know.
                        lastKind?.isUnknownGroup = np.people.group == nil
                        np.people.group = np.people.group ?? Slug.make(text(of: named))
                    } else if words.allSatisfy({ !tokens[$0].isCapitalized && !Words.kindAdjectives.contains(tokens[$0].hash)
                                                 && !text(of: tokens[$0]).hasSuffix("ed") }),
                              !kind.value.isCombatant, !["people", "civilians", "children"].contains(kind.value.slug) {
                        // "33 election workers": the noun before the kind is part of it.
                        np.people.kind = PeopleKind(slug: Slug.make(text(of: words.lowerBound..<(i + kind.length))))
                    }
                }
                unknownStart = nil
                np.unknownNoun = nil
                i += kind.length
                np.end = i
                if np.trigger != nil { np.isAdjectival = true }
                continue
            }
            // ("118 police killings", "civilian killings": a kind of people before it.)
            // (Not "7,318 attempted murders".)
            if unknownStart == nil, np.trigger == nil, Words.killingNouns.contains(token.hash),
               np.people.kind == nil || np.end == i && np.people.group == nil, !(i > start && tokens[i - 1].hash == Words.attempted) {
                np.trigger = Trigger(figure: .killed, isCountNoun: true)
                np.triggerIndex = i
                i += 1
                np.end = i
                continue
            }
            // ("Three others sustained bullet injuries": a verb that takes an object is none.)
            if unknownStart == nil, np.trigger == nil, np.people.kind == nil || np.people.isWeak,
               let trigger = extractor.triggers.match(tokens, at: i, limit: end),
               trigger.value.isCountNoun || !roles.contains(.auxiliary) && trigger.value.figure != .deployed
                && !(trigger.value.isActiveVerb && token.roles.contains(.experiencerVerb)) {
                // "300 dead", "300 killed", "300 casualties", "300 wounded soldiers".
                // ("1,130 kidnapping incidents", "40 casualty reports": the figure word only
                // modifies a thing; so it does past a partitive's "of the": "two of the missing
                // boats".)
                // ("212,000 death certificates", "3,910 Houthi death notices": papers about deaths.)
                // ("several Syrian casualty lists": so are a casualty's things.)
                if i + trigger.length < end, trigger.length == 1,
                   tokens[i].hash == Words.death && Words.deathCompoundNouns.contains(tokens[i + 1].hash)
                    || tokens[i].hash == Words.casualty && Lexicon.has(tokens[i + 1], .thing) {
                    np.isKnownThing = true
                    np.end = i + 2
                    return np
                }
                if i == start || np.isEmpty && i >= start + 2 && tokens[start].hash == Words.of, i + trigger.length < end,
                   Lexicon.has(tokens[i + trigger.length], .thing) {
                    np.isKnownThing = true
                    np.end = i + trigger.length + 1
                    return np
                }
                np.trigger = trigger.value
                np.triggerIndex = i
                i += trigger.length
                np.end = i
                continue
            }
            // "1,400 traffic deaths", "52 flood deaths": one lower-case word naming the count noun's
            // cause, not what is counted.
            // (So is "19 political killings".)
            // (Or two: "181 road crash injuries".)
            if let modifier = unknownStart, isCauseModifier(modifier..<i), np.trigger == nil,
               np.people.kind == nil, Words.killingNouns.contains(token.hash) {
                np.trigger = Trigger(figure: .killed, isCountNoun: true)
                np.triggerIndex = i
                np.unknownNoun = nil
                unknownStart = nil
                i += 1
                np.end = i
                continue
            }
            if let modifier = unknownStart, isCauseModifier(modifier..<i), np.trigger == nil,
               np.people.kind == nil, let trigger = extractor.triggers.match(tokens, at: i, limit: end), trigger.value.isCountNoun,
               !Lexicon.has(token, .auxiliary) {
                np.trigger = trigger.value
                np.triggerIndex = i
                np.unknownNoun = nil
                unknownStart = nil
                i += trigger.length
                np.end = i
                continue
            }
            if unknownStart == nil, np.people.kind == nil, let adjective = People.kindAdjectives.match(tokens, at: i, limit: end) {
                // "civilian deaths", "military casualties": the kind of a count noun that follows.
                let next = i + adjective.length
                if next < end, let trigger = extractor.triggers.match(tokens, at: next, limit: end), trigger.value.isCountNoun {
                    np.people.kind = adjective.value
                    i = next
                    continue
                }
            }
            // "28,000 full-time soldiers", "169,500 active-duty troops", "500 war-weary soldiers": a
            // lower-case compound joined by hyphens modifies the kind after it, whatever its words
            // are alone (a time unit, an adverb, a war).
            // So does one before a count noun: "37 heat-related deaths", "12 drug-related killings",
            // and before a thing: "40 all-terrain vehicles", "12 off-road vehicles".
            // (And before a group and its kind: "1,500 more active-duty U.S. troops".)
            if token.isWord, !token.isCapitalized, let compoundEnd = hyphenCompoundEnd(from: i, limit: end),
               People.kinds.match(tokens, at: compoundEnd, limit: end) != nil
                || People.groups.match(tokens, at: compoundEnd, limit: end)
                    .map({ People.kinds.contains(tokens, at: compoundEnd + $0.length) }) == true
                || np.isEmpty && unknownStart == nil && compoundEnd < end && Lexicon.has(tokens[compoundEnd], .thing)
                || unknownStart == nil && np.trigger == nil && compoundEnd < end
                    && (Words.killingNouns.contains(tokens[compoundEnd].hash)
                        || extractor.triggers.match(tokens, at: compoundEnd, limit: end)?.value.isCountNoun == true) {
                // ("386 weapon-wounded patients", "war-injured civilians": a compound that ends on a
                // word of harm says what befell them.)
                i = Words.hurtWords.contains(tokens[compoundEnd - 1].hash) ? compoundEnd - 1 : compoundEnd
                continue
            }
            // "two delivery riders", "ferry passengers": a thing word before a kind of civilians
            // names their trade, not what is counted ("armoured personnel carriers" stay things).
            // "52 flood deaths", "12 strike deaths": the event is the count noun's cause.
            // (Not before a verb: "two earthquakes killed 53,000". A thing's word names a cause
            // only before deaths or injuries: "172,000 road deaths", not "300 tank losses"; nor an
            // animal's, whose deaths are its own: "388 elephant deaths".)
            // (Two such words too: "181 road crash injuries", "road traffic deaths".)
            // (After a tally's word too: "1,209 suspected cholera deaths".)
            if roles.contains(.disaster) || roles.contains(.event)
                || roles.contains(.thing) && !token.isCapitalized && !Words.animalNouns.contains(token.hash),
               unknownStart == nil || unknownStart == i - 1 && Words.labelModifiers.contains(tokens[i - 1].hash),
               np.people.kind == nil, np.trigger == nil,
               case let countAt = i + 2 < end && !tokens[i + 1].isCapitalized && isCauseWord(tokens[i + 1])
                   && extractor.triggers.match(tokens, at: i + 1, limit: end) == nil ? i + 2 : i + 1,
               countAt < end, !Lexicon.has(tokens[countAt], .pastTense),
               let count = extractor.triggers.match(tokens, at: countAt, limit: end)?.value, count.isCountNoun,
               !roles.contains(.thing) || count.figure == .killed || count.figure == .wounded {
                unknownStart = i
                i = countAt
                continue
            }
            // "Three storm chasers were killed", "three flood survivors were hurt": a thing's or a
            // disaster's word before a plural noun we do not know, then the verb, names their trade
            // (not "two rocket launchers were destroyed": a thing's noun).
            // (After an adjective too, and before the end of the phrase after a copula: "Among the
            // dead were nine high school wrestlers returning from a tournament".)
            if roles.contains(.thing) || roles.contains(.disaster), !token.isCapitalized,
               unknownStart == nil || unknownStart == i - 1 && !tokens[i - 1].isCapitalized,
               np.people.kind == nil, np.trigger == nil, i + 1 < end, tokens[i + 1].isWord, !tokens[i + 1].isCapitalized,
               Lexicon.roles(tokens[i + 1]).isEmpty, isPlural(tokens[i + 1]), !People.kinds.contains(tokens, at: i + 1),
               i + 2 < end && (Lexicon.has(tokens[i + 2], .auxiliary) || Words.intransitiveFigureVerbs.contains(tokens[i + 2].hash))
                || Range(max(0, start - 4), upTo: start).contains(where: { tokens[$0].roles.contains(.copula) })
                    && (i + 2 >= end || tokens[i + 2].isPunctuation || tokens[i + 2].hash == Words.and || isParticiple(i + 2)) {
                unknownStart = unknownStart ?? i
                i += 1
                np.unknownNoun = unknownStart!..<i
                np.end = i
                continue
            }
            // (Not a thing's word inside a name before the kind: "three Assam Rifles soldiers";
            // nor one that opens the name: "Eight District Reserve Guard personnel".)
            if roles.contains(.thing) || roles.contains(.disaster) || roles.contains(.event), np.people.kind == nil, np.trigger == nil,
               People.kinds.match(tokens, at: i + 1, limit: end).map({ $0.value.isCombatant }) ?? true,
               !(token.isCapitalized && unknownStart.map({ tokens[$0].isCapitalized }) == true
                 && People.kinds.contains(tokens, at: i + 1)),
               !(token.isCapitalized && i + 1 < end && isForceName(from: i, through: i + 1, limit: end)) {
                np.isKnownThing = true
                np.end = i + 1
                return np
            }
            // "5,832 military and police personnel": two words joined before the kind modify it.
            if token.hash == Words.and, np.people.kind == nil, np.trigger == nil, i == start + 1, i + 2 < end,
               tokens[i - 1].isWord, !tokens[i - 1].isCapitalized, tokens[i + 1].isWord, !tokens[i + 1].isCapitalized,
               let kind = People.kinds.match(tokens, at: i + 2, limit: end), kind.length == 1 {
                unknownStart = nil
                np.unknownNoun = nil
                i += 2
                continue
            }
            // ("and 14 remain trapped": the verb.)
            if roles.contains(.auxiliary) || roles.contains(.preposition) || roles.contains(.conjunction)
                || roles.contains(.attribution) && !roles.contains(.adverb) || roles.contains(.determiner)
                || roles.contains(.adverb) || roles.contains(.timeUnit) || roles.contains(.negation)
                || Words.remainWords.contains(token.hash) || Words.dueWords.contains(token.hash) {
                break
            }
            // "could send up to 4,000 more if Iran attacked": a clause of its own, no noun; "and
            // another 500 will be sent": a modal starts the verb.
            // (Role bits that the tokenizer set: the loop asks them of every word.)
            if token.roles.contains(.opensClause) || token.roles.contains(.modal) { break }
            if np.people.kind != nil && !np.people.isWeak || np.trigger != nil { break }
            // (After an unknown noun, a figure's verb with no object is its verb: "Two farmworkers
            // died", "1,214 Maoists surrendered"; not a participle that may modify it: "from two
            // Iranian dhows seized in the Gulf of Aden".)
            if unknownStart != nil, Words.intransitiveFigureVerbs.contains(token.hash) { break }
            // An unknown word: an adjective ("young") or a noun we do not know ("teachers").
            // ("Seven others remained unaccounted for": "others" heads its phrase, so the word
            // after it is the verb.)
            if unknownStart == nil, i > start, tokens[i - 1].hash == Words.others { break }
            // ("Two brothers aged 14 and 16 died": their ages follow the noun, no word of it.)
            if token.hash == Words.aged, unknownStart != nil { break }
            if unknownStart == nil { unknownStart = i }
            // (A name of two words may follow one lower-case word: "1,200 paramilitary Frontier
            // Corps troops".)
            // (And a force's name of up to five capitalised words: "150 Provincial Armed Constabulary
            // personnel", "about 30 Ground Self-Defense Force personnel".)
            if i - unknownStart! >= 2,
               !(i - unknownStart! == 2 && !tokens[unknownStart!].isCapitalized && token.isCapitalized && tokens[i - 1].isCapitalized
                 && i + 1 < end && People.kinds.contains(tokens, at: i + 1)),
               !isForceName(from: unknownStart!, through: i, limit: end) { break }
            i += 1
            np.unknownNoun = unknownStart!..<i
            np.end = i
        }
        return np
    }

    /// An attack verb in the active at `index`, or after one adverb: "opened fire", "stormed",
    /// "had attacked" (not "were attacked": the troops are its victims). `pastPhrase`: also
    /// after a short phrase of where or how they came ("gunmen in armoured pickup trucks
    /// opened fire"; an army's "troops in Kursk attacked" are there, deployed).
    func isAttack(at index: Int, limit: Int, pastPhrase: Bool) -> Bool {
        var i = index
        if pastPhrase, i < limit, Lexicon.has(tokens[i], .preposition) {
            let end = min(limit, i + 6)
            i += 1
            while i < end, tokens[i].isWord, !(Lexicon.has(tokens[i], .eventVerbAfterWhen) && isEventVerb(at: i)) { i += 1 }
        }
        if i < limit, Lexicon.has(tokens[i], .adverb), !Lexicon.has(tokens[i], .auxiliary) { i += 1 }
        return i < limit && Lexicon.has(tokens[i], .eventVerbAfterWhen) && isEventVerb(at: i)
    }

    /// Gunmen of one attack, named as its part or its agent: "about 60 gunmen took part in the
    /// raid", "came under fire from about 20 gunmen".
    func areRaiders(_ mention: NumberMention, npEnd: Int, clause: Range<Int>) -> Bool {
        let before = mention.tokens.lowerBound - 1
        // ("was attacked by several hundred terrorists on motorcycles": any fighters an attack's
        // agent.)
        if before - 1 >= clause.lowerBound, tokens[before].hash == Words.by, Lexicon.has(tokens[before - 1], .eventVerbAfterWhen),
           isEventVerb(at: before - 1) {
            return true
        }
        guard Words.gunmenNouns.contains(tokens[npEnd - 1].hash) else { return false }
        return tookPart(at: npEnd, limit: clause.upperBound)
            || before >= clause.lowerBound && Words.agentPrepositions.contains(tokens[before].hash)
    }

    /// "took part in the raid", "had taken part in the ambush": a part in one attack.
    /// (Or carried it out: "two of its fighters had carried out the attack".)
    func tookPart(at start: Int, limit: Int) -> Bool {
        var index = start
        while index < min(limit, start + 2), Lexicon.has(tokens[index], .auxiliary) { index += 1 }
        if index + 3 < limit, tokens[index].hash == Words.carried, tokens[index + 1].hash == Words.out,
           (index + 2..<min(limit, index + 5)).contains(where: { Lexicon.has(tokens[$0], .event) }) {
            return true
        }
        guard index + 3 < limit, tokens[index].hash == Words.took || tokens[index].hash == Words.taken && index > start,
              tokens[index + 1].hash == Words.part, tokens[index + 2].hash == Words.in else { return false }
        return (index + 3..<min(limit, index + 6)).contains { Lexicon.has(tokens[$0], .event) }
    }

    /// The figure that a label names before a colon right before `start`, the label heading
    /// its sentence or list item, and where the label starts: "- Deaths: 9", "Injured: 37",
    /// "Missing: 4"; the figure word may follow the people and come before the words that
    /// say where and when: "Insurgents killed over the past week: 142", "Deaths at transit
    /// sites since 1 June: 57".
    func label(before start: Int, floor: Int) -> (figure: FigureKey, start: Int, people: PeopleRef)? {
        guard start - 2 >= floor, tokens[start - 1].hash == Words.colon else { return nil }
        var labelStart = start - 2
        // (A hyphen inside a word is part of the label: "at UNICEF-supported health centres".)
        while labelStart > floor, !tokens[labelStart - 1].isPunctuation || labelStart - 1 > floor && isInnerHyphen(labelStart - 1),
              start - labelStart < 24 {
            labelStart -= 1
        }
        // ("- Ukrainian soldiers killed, according to President Zelensky: more than 46,000": the
        // source after a comma is no part of the label's words.)
        var labelEnd = start - 1
        if labelStart - 1 > floor, tokens[labelStart - 1].hash == Words.comma, tokens[labelStart].hash == Words.according {
            labelEnd = labelStart - 1
            labelStart -= 1
            while labelStart > floor, !tokens[labelStart - 1].isPunctuation || labelStart - 1 > floor && isInnerHyphen(labelStart - 1),
                  labelEnd - labelStart < 24 {
                labelStart -= 1
            }
        }
        guard labelStart < labelEnd, labelStart == floor || tokens[labelStart - 1].isPunctuation && tokens[labelStart - 1].hash != Words.comma
        else { return nil }
        return label(in: labelStart..<labelEnd).map { ($0.figure, labelStart, $0.people) }
    }

    /// The figure and people that the words of a label name: "Deaths", "Mozambican soldiers
    /// killed", "Deaths at transit sites since 1 June", "Rwandan troops in the province".
    func label(in range: Range<Int>) -> (figure: FigureKey, people: PeopleRef)? {
        let labelStart = range.lowerBound, start = range.upperBound + 1
        // ("- Cattle killed: 41", "Livestock lost: 1,200": animals, no people.)
        if !range.isEmpty, Words.animalNouns.contains(tokens[labelStart].hash) { return nil }
        // The people first, if any: "Mozambican soldiers killed", "Civilians abducted".
        var (people, head) = peopleHeading(range)
        // ("Aid-seekers killed near distribution points", "Total aid-seekers injured since 27 May":
        // plural words the lexicon does not know, right before a verb's figure word, are the people.)
        if head == labelStart, let unknown = unknownPeople(in: range) {
            people.kind = PeopleKind(slug: Slug.make(text(of: unknown)))
            head = unknown.upperBound
        }
        let kind = people.kind
        let hasPeople = head > labelStart
        // ("Total deaths", "Cumulative deaths since 1 January": how the count is kept.)
        // ("Cumulative suspected drug-related deaths since 1 January": more than one.)
        while head + 1 < start - 1, Words.labelModifiers.contains(tokens[head].hash) { head += 1 }
        // ("Burkinabe soldiers and VDP auxiliaries killed in January": more people after "and".)
        if hasPeople, head < start - 1, tokens[head].hash == Words.and {
            var j = head + 1
            while j < min(start - 1, head + 4), tokens[j].isWord, extractor.triggers.match(tokens, at: j, limit: start - 1) == nil {
                j += 1
            }
            if j < start - 1, j > head + 1, extractor.triggers.match(tokens, at: j, limit: start - 1) != nil { head = j }
        }
        // (A label is a noun phrase: no verb of its own after the figure word, "The number of deaths
        // has risen: 57"; a participle or a preposition may follow it: "Deaths from hunger ...
        // reported since January", "Injured treated at our mobile clinics".)
        // (Or a time: "Deaths this week", "Injured so far".)
        // (A clause of its own after "since" or "when" may have one: "- People killed by cholera at
        // the Rhoe site since the outbreak was declared on 20 March".)
        // (Troops' presence may open it, after an adverb: "Ugandan troops already in Somalia",
        // "Israeli troops remaining in south Lebanon", "Egyptian troops expected from July".)
        func isPhrase(_ rest: Range<Int>) -> Bool {
            let own = rest.lowerBound..<(rest.first(where: { tokens[$0].hash == Words.since || tokens[$0].hash == Words.when })
                                         ?? rest.upperBound)
            var first = rest.lowerBound
            // ("Injured and admitted: 14": a second participle joined to the figure word; "Deaths due
            // to landslides: 11": "due to" says of what, as a preposition does.)
            if first + 1 < rest.upperBound, tokens[first].hash == Words.and && isFinitePast(first + 1)
                || tokens[first].hash == Words.due && tokens[first + 1].hash == Words.to {
                first += 1
            }
            if kind?.isCombatant == true {
                while first < rest.upperBound, Words.presenceAdverbs.contains(tokens[first].hash) { first += 1 }
                if first < rest.upperBound, Words.presenceParticiples.contains(tokens[first].hash) { return true }
            }
            return rest.isEmpty || (Lexicon.has(tokens[first], .preposition) || isFinitePast(first)
                                    || Cues.period.match(tokens, at: first, limit: rest.upperBound) != nil
                                    || Cues.totalCues.match(tokens, at: first, limit: rest.upperBound) != nil)
                && !own.contains(where: { Lexicon.has(tokens[$0], .auxiliary) })
        }
        // ("Protest deaths since September 2021", "Flood deaths": a noun that says what of, before
        // the count noun.)
        if !hasPeople, head + 1 < start - 1, tokens[head].isWord, extractor.triggers.match(tokens, at: head, limit: start - 1) == nil,
           Lexicon.roles(tokens[head]).isDisjoint(with: [.preposition, .determiner, .auxiliary, .conjunction, .numberWord]),
           extractor.triggers.match(tokens, at: head + 1, limit: start - 1)?.value.isCountNoun == true {
            head += 1
        }
        // ("Suspected drug-related deaths reported this week": or a compound joined by hyphens.)
        if !hasPeople, let compoundEnd = hyphenCompoundEnd(from: head, limit: start - 1), compoundEnd < start - 1,
           extractor.triggers.match(tokens, at: compoundEnd, limit: start - 1)?.value.isCountNoun == true {
            head = compoundEnd
        }
        // ("Patients treated for gunshot and blast wounds since 1 January": people treated for a harm
        // are injured.)
        if hasPeople, head < start - 1, Words.treatmentVerbs.contains(tokens[head].hash),
           (head + 1..<start - 1).contains(where: { Words.injuryNouns.contains(tokens[$0].hash) }) {
            return (.wounded, people)
        }
        // ("- Patients admitted in the past 24 hours: 96", "Children admitted this week: 22": people
        // taken in are hurt, as "admitted to hospital" says; not newcomers to a country or a school,
        // nor those admitted "for" or "with" an illness, whom the writers leave out: "- Children
        // admitted for severe acute malnutrition: 1,162".)
        if hasPeople, head < start - 1, tokens[head].hash == Words.admitted, isPhrase(head + 1..<start - 1),
           !(labelStart..<head).contains(where: { Words.admittedNewcomers.contains(tokens[$0].hash) }),
           !(head + 1..<start - 1).contains(where: { tokens[$0].hash == Words.for || tokens[$0].hash == Words.with }) {
            return (.wounded, people)
        }
        // ("| Year | Executions recorded |", "- Killings since 1 January: 40": the deaths that the
        // count noun names.)
        if !hasPeople, head < start - 1, Words.killingNouns.contains(tokens[head].hash), isPhrase(head + 1..<start - 1) {
            return (.killed, people)
        }
        guard let trigger = extractor.triggers.match(tokens, at: head, limit: start - 1), trigger.value.figure != .deployed,
              trigger.value.isCountNoun || !trigger.value.isActiveVerb || hasPeople || isFinitePast(head) else {
            // ("- Servicemen confirmed held in Russian captivity: 4,120": a figure word a few words on.)
            if hasPeople, let later = (head + 1..<max(head + 1, min(start - 1, head + 6))).lazy.compactMap({ i in
                   self.extractor.triggers.match(self.tokens, at: i, limit: start - 1).map { (i, $0.value) }
               }).first, later.1.figure != .deployed, !later.1.isActiveVerb,
               !(head..<later.0).contains(where: { Lexicon.has(tokens[$0], .auxiliary) || tokens[$0].isPunctuation }) {
                return (later.1.figure, people)
            }
            // "- Rwandan troops in the province: about 4,000": troops with no figure word are there.
            // (Not troops that leave or are "neutralised": "- Terrorists neutralised: 80".)
            if let kind, kind.isCombatant, isPhrase(head..<start - 1),
               !(head..<start - 1).contains(where: { Words.notDeploymentVerbs.contains(tokens[$0].hash)
                   || Words.departureVerbs.contains(tokens[$0].hash) }) {
                return (.deployed, people)
            }
            return nil
        }
        // ("- Wounded civilians: 612", "- Wounded people admitted since 11 April": the figure word
        // before the people.)
        if !hasPeople, !trigger.value.isActiveVerb,
           let named = People.kinds.match(tokens, at: head + trigger.length, limit: start - 1) {
            guard isPhrase(head + trigger.length + named.length..<start - 1) else { return nil }
            var adjectived = people
            adjectived.name(named.value)
            return (trigger.value.figure, adjectived)
        }
        guard isPhrase(head + trigger.length..<start - 1) else { return nil }
        return (trigger.value.figure, people)
    }

    /// Soldiers or fighters right before "number", "numbered" or "total" (an adverb may stand
    /// between, a place, and ", who" or a comma) before `start`: "armed forces now number about
    /// 880,000". A relative clause between them may reach back past `floor` to `sentenceStart`.
    func forcesNumbering(before start: Int, floor: Int, sentenceStart: Int) -> (start: Int, value: PeopleKind)? {
        var verb = start - 1
        guard verb >= floor, verb > sentenceStart, Words.numberingVerbs.contains(tokens[verb].hash) else { return nil }
        while verb - 1 > floor, tokens[verb - 1].roles.contains(.adverb), Words.numberingAdverbs.contains(tokens[verb - 1].hash) {
            verb -= 1
        }
        // ("Ethiopian troops in the region number about 2,500": a place after the forces.)
        if let place = Range(max(floor + 1, verb - 4), upTo: verb).last(where: { tokens[$0].hash == Words.in }),
           (place + 1..<verb).allSatisfy({ tokens[$0].isWord && !Lexicon.has(tokens[$0], .auxiliary) }) {
            verb = place
        }
        var floor = floor
        // ("Ethiopian troops, who form the largest foreign contingent in Bay region, number about
        // 2,500": the relative clause between them, closed by its comma; "Rwandan forces, which
        // deployed to Cabo Delgado in July 2021, now number about 4,000".)
        if verb - 1 > sentenceStart, tokens[verb - 1].hash == Words.comma,
           let open = Range(max(sentenceStart + 1, verb - 16), upTo: verb - 1).last(where: { tokens[$0].hash == Words.comma }),
           tokens[open + 1].hash == Words.who || tokens[open + 1].hash == Words.which {
            verb = open
            floor = sentenceStart
        }
        // ("Dutch peacekeepers, who numbered about 400", "Egyptian soldiers, numbering about 300",
        // "Colombia's armed forces, which number about 220,000".)
        if verb - 1 > floor, tokens[verb - 1].hash == Words.who || tokens[verb - 1].hash == Words.which { verb -= 1 }
        if verb - 1 > floor, tokens[verb - 1].hash == Words.comma { verb -= 1 }
        guard let kind = People.kinds.match(tokens, endingBefore: verb, floor: floor), kind.value.isCombatant else { return nil }
        return kind
    }

    /// "it believes are dead", "believed to be dead", "are presumed dead", "who are believed to
    /// have died": people told as dead though no one has confirmed it, right after them.
    func isBelievedDead(after start: Int, limit: Int) -> Bool {
        let reach = (start..<min(limit, start + 7)).prefix { !tokens[$0].isPunctuation }
        guard let belief = reach.first(where: { Words.beliefWords.contains(tokens[$0].hash) }) else { return false }
        return (belief + 1..<(reach.last.map { $0 + 1 } ?? belief + 1)).contains {
            tokens[$0].hash == Words.dead || tokens[$0].hash == Words.died
        }
    }

    /// "none of its 640 workers", "none of the 30 passengers", "None of the container ship's 23
    /// crew members": "none of" and a determiner or an owner's name before.
    func isNoneOf(_ mention: NumberMention, floor: Int) -> Bool {
        var i = mention.tokens.lowerBound - 1
        if i > floor, tokens[i].kind == .possessive {
            // (The owner's name: a few words after "the" or "of".)
            i -= 1
            let nameFloor = max(floor, i - 3)
            while i > nameFloor, tokens[i].isWord, !Lexicon.has(tokens[i], .determiner), tokens[i].hash != Words.of { i -= 1 }
        }
        if i > floor, Lexicon.has(tokens[i], .determiner) {  // "the", "its", "their"
            i -= 1
        }
        return i - 1 >= floor && tokens[i].hash == Words.of && tokens[i - 1].hash == Words.none
    }

    /// "the withdrawal of about 1,000 troops", "the departure of its 1,500 soldiers" (and of
    /// those joined to them: "the departure of some 1,500 French soldiers and about 1,000
    /// American military personnel").
    func isLeaving(_ mention: NumberMention, floor: Int) -> Bool {
        var i = mention.tokens.lowerBound - 1
        // (Past "its last": "France's withdrawal of its last 1,000 troops from Chad".)
        if i - 1 > floor, tokens[i].hash == Words.last || tokens[i].hash == Words.remaining,
           Words.possessiveDeterminers.contains(tokens[i - 1].hash) || tokens[i - 1].hash == Words.the {
            i -= 2
        }
        if i > floor, Lexicon.has(tokens[i], .determiner) { i -= 1 }
        // (Past a word of amount: "the neutralisation of several dozens of terrorists".)
        if i > floor, tokens[i].isWord, tokens[i].hash != Words.of, tokens[i].hash != Words.and, tokens[i - 1].hash == Words.of { i -= 1 }
        if i > floor, tokens[i].hash == Words.and {
            var j = i - 1
            while j > floor, j >= i - 8, tokens[j].hash != Words.of {
                guard tokens[j].isWord || tokens[j].isDigits || tokens[j].hash == Words.comma && tokens[j].isAttached,
                      !Lexicon.has(tokens[j], .auxiliary) else { return false }
                j -= 1
            }
            i = j
        }
        return i - 1 >= floor && tokens[i].hash == Words.of && Words.leavingNouns.contains(tokens[i - 1].hash)
    }

    /// "sent more than 1,200 people to hospital", "put 300 people in hospital": a verb of sending
    /// right before the number and a hospital right after its noun phrase.
    func isSentToHospital(_ mention: NumberMention, npEnd: Int, limit: Int) -> Bool {
        let start = mention.tokens.lowerBound
        // (Close after "to": "sent 50 police officers to guard the hospital" are not its patients.)
        guard start >= 1, Words.sendingVerbs.contains(tokens[start - 1].hash) else { return false }
        if isHospital(at: npEnd, limit: limit, reach: 2) { return true }
        // ("sent 14 people to Hennepin County Medical Center with frostbite": a hospital named.)
        if npEnd + 1 < limit, tokens[npEnd].hash == Words.to, isNamedHospital(from: npEnd + 1, limit: limit) { return true }
        // ("sent 27 people, 19 of them children, to hospital": past an aside on a part of them.)
        guard npEnd < limit, tokens[npEnd].hash == Words.comma,
              let close = (npEnd + 1..<min(limit, npEnd + 8)).first(where: { tokens[$0].isPunctuation }),
              tokens[close].hash == Words.comma, close > npEnd + 1 else { return false }
        return isHospital(at: close + 1, limit: limit, reach: 2)
    }

    /// A hospital or a centre of care named by capitalised words from `index`: "Hennepin County
    /// Medical Center", "Aberdeen Royal Infirmary", "St. Mary's Hospital".
    func isNamedHospital(from index: Int, limit: Int) -> Bool {
        guard index < limit, tokens[index].isCapitalized else { return false }
        var j = index
        while j < min(limit, index + 8) {
            if Words.hospitalWords.contains(tokens[j].hash) || Words.infirmaryWords.contains(tokens[j].hash)
                || j > index && Words.careCentreWords.contains(tokens[j].hash) && Words.careCentreKinds.contains(tokens[j - 1].hash) {
                return true
            }
            guard tokens[j].isCapitalized || Words.nameLinkWords.contains(tokens[j].hash) || tokens[j].kind == .possessive
                    || tokens[j].hash == Words.period && tokens[j].isAttached else { return false }
            j += 1
        }
        return false
    }

    /// "remained in Santo António hospital", "remain in the district hospital", "had been sent to
    /// Calmette Hospital": a verb of staying or sending at `index`, then "in" or "to" and a
    /// hospital named by capitalised words, or by any after "the" (not "sent to guard the
    /// hospital").
    func isStillInOrSentToHospital(at index: Int, limit: Int) -> Bool {
        // ("23 people remained at Korle Bu Teaching Hospital's burns unit": "at" a hospital named.)
        guard index + 2 < limit,
              Words.remainWords.contains(tokens[index].hash) && (tokens[index + 1].hash == Words.in || tokens[index + 1].hash == Words.at)
                || tokens[index].hash == Words.sent && tokens[index + 1].hash == Words.to else { return false }
        var j = index + 2
        let anyWord = tokens[j].hash == Words.the
        if anyWord { j += 1 }
        while j < min(limit, index + 10) {
            // ("Eight soldiers remain in the burns ward of the Jodhpur hospital": a ward is in one.)
            if Words.hospitalWords.contains(tokens[j].hash) || anyWord && Words.wardWords.contains(tokens[j].hash) { return true }
            // (After "the", three words of any case at most, none a preposition: not "remained in the
            // area near the hospital".)
            guard tokens[j].isCapitalized || Words.nameLinkWords.contains(tokens[j].hash)
                    || anyWord && j < index + 6 && tokens[j].isWord && !Lexicon.has(tokens[j], .preposition)
            else { return false }
            j += 1
        }
        return false
    }

    /// "to hospital", "in hospital", "to the district hospital": "to", "in" or "into" (or, with
    /// `allowingAt`, "at") at `index`, then a hospital within `reach` words, no mark between but a
    /// possessive.
    func isHospital(at index: Int, limit: Int, reach: Int, allowingAt: Bool = false) -> Bool {
        guard index < limit, tokens[index].hash == Words.to || tokens[index].hash == Words.in || tokens[index].hash == Words.into
                || allowingAt && tokens[index].hash == Words.at,
              let hospital = (index + 1..<max(index + 1, min(limit, index + 1 + reach))).first(where: {
                  Words.hospitalWords.contains(tokens[$0].hash) || Words.infirmaryWords.contains(tokens[$0].hash)
                      || Words.careCentreWords.contains(tokens[$0].hash) && Words.careCentreKinds.contains(tokens[$0 - 1].hash)
              }) else { return false }
        // ("rushed to Sher-e-Bangla Medical College Hospital": a long name, capitalised, may
        // stand before it; "taken to the Virgen de los Reyes hospital", with its small words.)
        if hospital - index > 5, !(index + 1..<hospital).allSatisfy({
            tokens[$0].isCapitalized || tokens[$0].hash == Words.hyphen || tokens[$0].hash == Words.the || tokens[$0].hash == Words.of
                || Words.nameLinkWords.contains(tokens[$0].hash)
        }) { return false }
        // (Nor an abbreviation's period, which breaks nothing: "taken to St. Luke's Hospital".)
        return !(index + 1..<hospital).contains {
            tokens[$0].isPunctuation && tokens[$0].kind != .possessive && !(tokens[$0].hash == Words.hyphen && tokens[$0].isAttached)
                && !(tokens[$0].hash == Words.period && !tokens[$0].roles.contains(.hardBreak))
        }
    }

    /// Sailors, and no other forces, in a noun phrase: "six Filipino sailors", not "soldiers,
    /// sailors and airmen".
    func isSailorsAlone(_ phrase: Range<Int>) -> Bool {
        var hasSailors = false
        var i = phrase.lowerBound
        while i < phrase.upperBound {
            if let kind = People.kinds.match(tokens, at: i, limit: phrase.upperBound), kind.value.isCombatant {
                guard Words.sailorWords.contains(tokens[i].hash), kind.length == 1 else { return false }
                hasSailors = true
                i += kind.length
                continue
            }
            i += 1
        }
        return hasSailors
    }

    /// The people that words open with, and where they end: "Mozambican soldiers" in
    /// "Mozambican soldiers killed", "Kenya".
    /// Words of a label that name people the lexicon does not know: plural words (a hyphen
    /// may join them) after a label modifier, right before a figure word that is no count
    /// noun: "Aid-seekers" in "Total aid-seekers killed since 27 May".
    func unknownPeople(in range: Range<Int>) -> Range<Int>? {
        var start = range.lowerBound
        if start + 1 < range.upperBound, Words.labelModifiers.contains(tokens[start].hash) { start += 1 }
        var end = start
        while end < min(range.upperBound, start + 4) {
            let token = tokens[end]
            if token.hash == Words.hyphen, token.isAttached, end > start, end + 1 < range.upperBound, tokens[end + 1].isAttached {
                end += 1
                continue
            }
            guard isPeopleModifier(at: end, limit: range.upperBound) else { break }
            end += 1
        }
        guard end > start, end < range.upperBound, isPlural(tokens[end - 1]),
              let trigger = extractor.triggers.match(tokens, at: end, limit: range.upperBound),
              !trigger.value.isCountNoun || isFinitePast(end),
              trigger.value.figure != .deployed else { return nil }
        return start..<end
    }

    /// A word of a label that may say who its people are ("Security" in "Security personnel
    /// killed", "Aid-seekers"): no figure word, no thing, no word that joins or opens a phrase.
    func isPeopleModifier(at index: Int, limit: Int) -> Bool {
        tokens[index].isWord && extractor.triggers.match(tokens, at: index, limit: limit) == nil
            && Lexicon.roles(tokens[index]).isDisjoint(with: [.preposition, .determiner, .auxiliary, .conjunction, .thing])
    }

    func peopleHeading(_ range: Range<Int>) -> (people: PeopleRef, end: Int) {
        var head = range.lowerBound
        var people = PeopleRef()
        if let group = People.groups.match(tokens, at: head, limit: range.upperBound) {
            head += group.length
            people.group = group.value.slug
        }
        if let named = People.kinds.match(tokens, at: head, limit: range.upperBound) {
            head += named.length
            people.name(named.value)
        } else if people.group == nil {
            // ("Security personnel killed in August", "Local staff abducted": a word or two that
            // say which of the people they are, before a kind the lexicon knows.)
            for skip in 1...2 where head + skip < range.upperBound {
                guard isPeopleModifier(at: head + skip - 1, limit: range.upperBound) else { break }
                if let named = People.kinds.match(tokens, at: head + skip, limit: range.upperBound) {
                    head += skip + named.length
                    people.name(named.value)
                    break
                }
            }
        }
        return (people, head)
    }

    /// The figure of a number alone in a Markdown table's cell: its column's header names it
    /// ("| Province | Killed | Injured |" over "| North | 12 | 40 |"), or the row's first cell
    /// does ("| Deaths | 473 |"); people named by the other one are the figure's ("| Civilians |
    /// 12 | 40 |"). Where the label starts, for the scope's window: the row's start.
    func tableLabel(of mention: NumberMention, sentence: Range<Int>) -> (figure: FigureKey, start: Int, people: PeopleRef)? {
        let start = mention.tokens.lowerBound, end = mention.tokens.upperBound
        guard tokens[sentence.lowerBound].hash == Words.pipe, start - 1 > sentence.lowerBound, tokens[start - 1].hash == Words.pipe,
              end < sentence.upperBound, tokens[end].hash == Words.pipe else { return nil }
        let column = (sentence.lowerBound..<start).count { tokens[$0].hash == Words.pipe }
        guard column >= 2 else { return nil }
        let rowCell = cell(column: 1, ofRowAt: sentence.lowerBound)
        let header = tableHeader(before: sentence.lowerBound).flatMap { cell(column: column, ofRowAt: $0) }.flatMap(label(in:))
        if let header {
            let rowPeople = rowCell.map { peopleHeading($0).people } ?? PeopleRef()
            return (header.figure, sentence.lowerBound, merge(rowPeople, header.people))
        }
        guard column == 2, let rowLabel = rowCell.flatMap(label(in:)) else { return nil }
        return (rowLabel.figure, sentence.lowerBound, rowLabel.people)
    }

    /// "Deaths by district: Swat 19, Shangla 11, Dir Lower 9 and Buner 4", "listed the deaths by
    /// county as follows: Nairobi 17, Nakuru 6 ...": places, each with its count, after a colon
    /// whose clause names what they count ("deaths", "injured", "missing"; not a deployment).
    /// The figure, where the label's clause starts, and no people: a place names none.
    func placeListLabel(of mention: NumberMention, sentence: Range<Int>) -> (figure: FigureKey, start: Int, people: PeopleRef)? {
        var start = mention.tokens.lowerBound
        guard mention.tokens.count == 1, tokens[start].isDigits else { return nil }
        // Back over the items before this one, to the colon.
        var items = 1
        var colon = -1
        while colon < 0 {
            guard let joint = People.joinedPlace(tokens, endingBefore: start, floor: sentence.lowerBound, orColon: true) else {
                return nil
            }
            if tokens[joint].hash == Words.colon {
                colon = joint
            } else {
                guard joint - 1 > sentence.lowerBound, tokens[joint - 1].isDigits else { return nil }
                start = joint - 1
                items += 1
            }
        }
        // (One place and its number is a list only with the next item after it.)
        let end = mention.tokens.upperBound
        if items == 1, !People.placeAndNumberFollow(tokens, after: end, limit: sentence.upperBound) { return nil }
        var labelStart = colon
        while labelStart > max(sentence.lowerBound, colon - 16), !isHardBreak(tokens[labelStart - 1]) { labelStart -= 1 }
        for i in labelStart..<colon {
            if let trigger = extractor.triggers.match(tokens, at: i, limit: colon), !trigger.value.isActiveVerb,
               trigger.value.figure != .deployed {
                return (trigger.value.figure, labelStart, PeopleRef())
            }
        }
        return nil
    }

    /// The words of a table row's `column`th cell (from 1), its row starting at `row` with a
    /// pipe; nil when the cell is empty or the row has fewer cells.
    func cell(column: Int, ofRowAt row: Int) -> Range<Int>? {
        var pipes = 0
        var lastPipe = row
        var i = row
        while i < tokens.count, i == row || tokens[i].gap < 2 {
            if tokens[i].hash == Words.pipe {
                pipes += 1
                if pipes == column + 1 { return lastPipe + 1 < i ? lastPipe + 1..<i : nil }
                lastPipe = i
            }
            i += 1
        }
        return nil
    }

    /// The first row of the table whose row starts at `row`, when a separator line ("|---|---|")
    /// follows it, up to 100 lines back.
    func tableHeader(before row: Int) -> Int? {
        var lines: [Int] = [row]
        var i = row - 1
        while i >= 0, lines.count <= 100 {
            if tokens[i].gap >= 2 || i == 0 {
                guard tokens[i].hash == Words.pipe else { break }
                lines.append(i)
                if tokens[i].gap >= 3 { break }  // a blank line before: the table's first row
            }
            i -= 1
        }
        // lines: this row, then the rows above it, the table's first row last.
        guard lines.count >= 3, let first = lines.last else { return nil }
        let separator = lines[lines.count - 2]
        var j = separator
        while j < tokens.count, j == separator || tokens[j].gap < 2 {
            let hash = tokens[j].hash
            guard hash == Words.pipe || hash == Words.hyphen || hash == Words.colon else { return nil }
            j += 1
        }
        return first
    }

    /// A number, or a hedge and a number, at `index`: "55 people", "at least 20".
    func isCountStart(at index: Int, limit: Int) -> Bool {
        countNumber(at: index, limit: limit) != nil
    }

    /// Where the number of a count starting at `index` is, past its hedge: "at least 20".
    func countNumber(at index: Int, limit: Int) -> Int? {
        var j = index
        if j < limit, let hedge = Hedges.before.match(tokens, at: j, limit: limit) { j += hedge.length }
        return j < limit && (tokens[j].isDigits && yearNumber(tokens[j]) == nil || Lexicon.has(tokens[j], .numberWord)) ? j : nil
    }

    /// "Nine of the dead were women and four were children": a number right after "and" or a
    /// comma, its copula right after it, that follows a part of the dead or the wounded ("Nine of
    /// the dead") a few words back, with no other number between but parts told so ("Nine of the
    /// dead were women, four were children and two were soldiers"), past an aside on the first
    /// part ("Nineteen of the dead were refugees, most of them from Syria and Afghanistan, and six
    /// were children"); "the victims" are the toll's too ("Four of the victims were children and
    /// 11 were women").
    func isNextPart(_ mention: NumberMention, floor: Int) -> Bool {
        let start = mention.tokens.lowerBound
        guard start >= floor + 5, tokens[start - 1].hash == Words.and || tokens[start - 1].hash == Words.comma,
              mention.tokens.upperBound < tokens.count, tokens[mention.tokens.upperBound].roles.contains(.copula)
        else { return false }
        var k = start - 2
        // (The first part may run long: "Five of the dead were passengers in the taxi, which was
        // crushed under the trailer, and two were motorists".)
        var reach = start - 24
        while k >= max(floor, reach) {
            // ("96 of the dead were children under five and 31 were ...": past an age limit.)
            if tokens[k].isDigits || Lexicon.has(tokens[k], .numberWord), k - 1 > floor,
               tokens[k - 1].hash == Words.under || tokens[k - 1].hash == Words.over {
                k -= 2
                continue
            }
            if tokens[k].isDigits || Lexicon.has(tokens[k], .numberWord) {
                if tokens[k + 1].roles.contains(.copula), k > floor,
                   tokens[k - 1].hash == Words.and || tokens[k - 1].hash == Words.comma {
                    reach = k - 10
                    k -= 2
                    continue
                }
                guard k + 3 < start, tokens[k + 1].hash == Words.of else { return false }
                // (Or of a window's dead: "Nine of this year's victims were boaters ..., and at least
                // 14 were swimmers", "Three of June's deaths ...".)
                var head = k + 2
                let hasArticle = [Words.the, Words.this, Words.last].contains(tokens[head].hash)
                if hasArticle { head += 1 }
                if head + 2 < start, Words.windowUnits.contains(tokens[head].hash) && hasArticle || isMonthName(head),
                   tokens[head + 1].kind == .possessive {
                    head += 2
                } else if tokens[k + 2].hash == Words.those {
                    // ("Nine of those killed were women and four were children".)
                    head = k + 3
                } else if tokens[k + 2].hash != Words.the {
                    return false
                }
                if tokens[head].hash == Words.victims { return true }
                // ("146 of the civilians killed were children and 58 were women": people, then the
                // participle of their figure.)
                if let kind = People.kinds.match(tokens, at: head, limit: start), head + kind.length < start,
                   extractor.triggers.match(tokens, at: head + kind.length, limit: start) != nil {
                    head += kind.length
                }
                guard let trigger = extractor.triggers.match(tokens, at: head, limit: start) else { return false }
                return trigger.value.figure != .deployed && trigger.value.isCountNoun
            }
            if tokens[k].isPunctuation && tokens[k].hash != Words.comma { return false }
            k -= 1
        }
        return false
    }

    /// "the two militias killed 40 people", "Two bombers killed 40": people named by a few
    /// words right after the number, whose own act counts a number of its own, are its actors,
    /// no casualty.
    func isActorOfCount(_ mention: NumberMention, limit: Int) -> Bool {
        let start = mention.tokens.upperBound
        var i = start
        while i < min(limit, start + 5), tokens[i].isWord, !Lexicon.has(tokens[i], .auxiliary),
              !Lexicon.has(tokens[i], .preposition), !Lexicon.has(tokens[i], .conjunction), !Lexicon.has(tokens[i], .determiner) {
            if i > start, let trigger = extractor.triggers.match(tokens, at: i, limit: limit),
               trigger.value.figure != .deployed {
                // (Not a distance or a time: "Five people killed 40 km north of Kabul", "holding
                // six guards hostage more than 24 hours after".)
                guard let number = countNumber(at: i + trigger.length, limit: limit) else { return false }
                return !(number + 1 < limit && (Lexicon.has(tokens[number + 1], .measure) || Lexicon.has(tokens[number + 1], .timeUnit)))
            }
            i += 1
        }
        return false
    }

    /// "pirates held 736 hostages", "holds 12 hostages", "held 32 ships and 736 hostages": the
    /// number is the object of a verb of holding, right after it or after things joined by "and".
    func isObjectOfHeld(_ mention: NumberMention, floor: Int) -> Bool {
        var verb = mention.tokens.lowerBound - 1
        if verb - 2 >= floor, tokens[verb].hash == Words.and,
           let thing = Range(max(floor, verb - 4), upTo: verb).first(where: { tokens[$0].isDigits || Lexicon.has(tokens[$0], .numberWord) }),
           (thing + 1..<verb).allSatisfy({ tokens[$0].isWord && Lexicon.has(tokens[$0], .thing) }) {
            verb = thing - 1
        }
        // (Not one that someone wants to hold: "The group wants to hold 59 hostages".)
        return verb >= floor && isHoldVerb(verb) && !(verb > floor && tokens[verb - 1].hash == Words.to)
    }

    /// "held", "holds" or "hold" at `index`.
    func isHoldVerb(_ index: Int) -> Bool {
        let hash = tokens[index].hash
        return hash == Words.held || hash == Words.holds || hash == Words.hold
    }

    /// "us" in lower case is the pronoun, never the United States.
    func isLowercaseUs(_ index: Int) -> Bool {
        tokens[index].hash == Words.us && !tokens[index].isAllCaps
    }

    /// The first word of a verb after a list of people that a comma at `comma` continues:
    /// ", marines and National Guard members surrendered" (nil with no "and" in it).
    func verbAfterPeopleList(openingAt comma: Int, limit: Int) -> Int? {
        guard comma + 1 < limit, People.kinds.contains(tokens, at: comma + 1) else { return nil }
        var j = comma + 1
        var hasAnd = false
        while j < min(limit, comma + 14), tokens[j].isWord || tokens[j].hash == Words.comma {
            if tokens[j].hash == Words.and {
                hasAnd = true
            } else if extractor.triggers.match(tokens, at: j) != nil || Lexicon.has(tokens[j], .auxiliary)
                        || Lexicon.has(tokens[j], .pastTense) || isFinitePast(j) {
                return hasAnd && j > comma + 3 ? j : nil
            }
            j += 1
        }
        return nil
    }

    /// ", known as SAMIDRC,", ", also known as the Wagner Group,", ", dubbed Operation Sentinel,": an
    /// aside that names what comes before it; where it closes.
    func namingAsideEnd(openingAt comma: Int, limit: Int) -> Int? {
        var i = comma + 1
        if i < limit, tokens[i].hash == Words.also { i += 1 }
        if i + 1 < limit, tokens[i].hash == Words.known, tokens[i + 1].hash == Words.as_ {
            i += 2
        } else if i < limit, Words.namingWords.contains(tokens[i].hash) {
            i += 1
        } else {
            return nil
        }
        let reach = min(limit, i + 8)
        guard i + 1 < reach else { return nil }
        return (i + 1..<reach).prefix(while: { !isHardBreak(tokens[$0]) }).first { tokens[$0].hash == Words.comma }
    }

    /// Past the digits in brackets that repeat a number told in words at `index`: "eight (08)".
    func pastBracketedDigits(_ index: Int, limit: Int) -> Int {
        index + 2 < limit && tokens[index].hash == Words.openParen && tokens[index + 1].isDigits
            && tokens[index + 2].hash == Words.closeParen ? index + 3 : index
    }

    /// "death" at `index` as a noun that only modifies another ("death threats", "on death row")
    /// or names a sentence's ("under sentence of death"): it names no dead.
    func isDeathCompound(at index: Int, floor: Int, limit: Int) -> Bool {
        guard tokens[index].hash == Words.death else { return false }
        // ("charged the owner and two inspectors with causing death by negligence": a charge.)
        return index - 2 >= floor && tokens[index - 1].hash == Words.causing && tokens[index - 2].hash == Words.with
            || index + 1 < limit && Words.deathCompoundNouns.contains(tokens[index + 1].hash)
            || index - 2 >= floor && tokens[index - 1].hash == Words.of && Words.deathCompoundNouns.contains(tokens[index - 2].hash)
    }

    /// The first figure word of the predicate after the noun phrase, skipping auxiliaries,
    /// adverbs, asides and joined numbers ("84 Wagner fighters and 47 Malian soldiers were
    /// killed"); casualty words win over deployment words.
    func predicate(after start: Int, limit: Int) -> (Trigger, Int)? {
        var i = start
        var deployment: (Trigger, Int)?
        var steps = 0
        let end = min(limit, tokens.count)
        // "Two North Korean soldiers held by Ukraine have asked to be sent to South Korea": held
        // by someone, right after the people, they are captives whatever the verb after says of
        // them, unless it is a casualty's ("a rally held by the opposition" counts no people).
        // (Not those freed: "two Austrian engineers held by al-Qaeda's Sahel affiliate for 14
        // months have been freed" are no count of captives.)
        var heldBy: (Trigger, Int)?
        if start + 2 < end, tokens[start].hash == Words.held, tokens[start + 1].hash == Words.by,
           !(start + 2..<min(end, start + 16)).prefix(while: { tokens[$0].hash != Words.comma && !isHardBreak(tokens[$0]) })
            .contains(where: { Words.releaseVerbs.contains(tokens[$0].hash) }) {
            heldBy = (Trigger(figure: .captured), start)
            i = start + 2
        }
        while i < end, steps < 14 {
            steps += 1
            let token = tokens[i]
            if token.isPunctuation {
                if token.hash == Words.comma {
                    // "some 2,500 Ukrainian soldiers, marines and National Guard members surrendered":
                    // a list of people, the last after "and", and then their verb.
                    if let verb = verbAfterPeopleList(openingAt: i, limit: end) {
                        i = verb
                        continue
                    }
                    // ", mostly conscripts," and ", including doctors and drivers," are asides; any
                    // other comma ends the predicate.
                    // (", soldiers and civilians alike," names people too.)
                    // (An aside may run long: ", among them a seven-year-old girl hit by a stray
                    // bullet at her school,".)
                    // (Not a relative clause on a part: "were stationed at the base, nearly half of whom
                    // were killed, wounded or missing" tells what befell the part.)
                    if i + 1 < end, Words.asideOpeners.contains(tokens[i + 1].hash) || People.kinds.contains(tokens, at: i + 1) {
                        var j = i + 2
                        while j < end, tokens[j].hash != Words.comma, tokens[j].hash != Words.whom, j < i + 20 { j += 1 }
                        if j < end, tokens[j].hash == Words.comma {
                            i = j + 1
                            continue
                        }
                    }
                    // "Fifteen people, four of them children, died", "Four children, the youngest a
                    // 7-year-old boy, were among the dead": an aside about the people, no verb in it,
                    // right after their phrase, and the verb after it.
                    if i == start, let close = asideEnd(openingAt: i, limit: end) {
                        i = close + 1
                        continue
                    }
                    // "soldiers serving with the SADC mission, known as SAMIDRC, were killed": a
                    // name given in an aside.
                    if let close = namingAsideEnd(openingAt: i, limit: end) {
                        i = close + 1
                        continue
                    }
                    break
                }
                if token.hash == Words.hyphen { i += 1; continue }
                // 'nine soldiers and four VDP auxiliaries had "fallen with arms in hand"': quote marks
                // around the figure's words.
                // (An adverb may open them: 'six police officers had been "lightly injured"'.)
                if token.isQuoteMark, i + 1 < end, extractor.triggers.match(tokens, at: i + 1, limit: end) != nil
                    || i + 2 < end && tokens[i + 1].roles.contains(.adverb) && extractor.triggers.match(tokens, at: i + 2, limit: end) != nil {
                    i += 1
                    continue
                }
                // 'Two police officers from the "White Angels" evacuation unit were killed': a name
                // in quote marks.
                if token.isQuoteMark,
                   let close = (i + 1..<min(end, i + 6)).first(where: { tokens[$0].isQuoteMark }), close > i + 1,
                   (i + 1..<close).allSatisfy({ tokens[$0].isWord && tokens[$0].isCapitalized }) {
                    i = close + 1
                    continue
                }
                // "Eight jawans of the District Reserve Guard (DRG) ... were martyred": a name's
                // short form in brackets.
                if token.hash == Words.openParen,
                   let close = (i + 1..<min(end, i + 5)).first(where: { tokens[$0].hash == Words.closeParen }),
                   close > i + 1, (i + 1..<close).allSatisfy({ tokens[$0].isWord && tokens[$0].first <= 0x5A }) {
                    i = close + 1
                    continue
                }
                break
            }
            // "Five fishermen from Cox's Bazar whose trawler capsized off Kutubdia on 25 May are
            // among the missing": past a clause on a thing of theirs, to their own verb.
            if token.hash == Words.whose, i > start, let main = mainVerb(afterRelativeAt: i, limit: end) {
                i = main
                continue
            }
            // "Three children aged between six and 12 were among the dead": their ages, passed over.
            if token.hash == Words.aged {
                i += 1
                while i < end, tokens[i].isDigits || tokens[i].roles.contains(.numberWord) || tokens[i].hash == Words.between
                    || tokens[i].hash == Words.and || tokens[i].hash == Words.to || tokens[i].hash == Words.hyphen
                    || tokens[i].hash == Words.from || tokens[i].hash == Words.under || tokens[i].hash == Words.over {
                    i += 1
                }
                continue
            }
            // "two Malian soldiers escorting it were wounded": a participle on what the people were
            // doing, its object a pronoun, right after them, and then their own verb.
            if i == start, i + 2 < end, isParticiple(i), tokens[i + 1].hash == Words.it || tokens[i + 1].hash == Words.them,
               Lexicon.has(tokens[i + 2], .auxiliary) || extractor.triggers.match(tokens, at: i + 2, limit: end) != nil {
                i += 2
                continue
            }
            // "Twenty-six (26) persons including eight (08) police officers sustained injuries": a
            // part after "including" with no commas, right after the people, and then their verb.
            if i == start, token.hash == Words.including, i + 2 < end,
               tokens[i + 1].isDigits || tokens[i + 1].roles.contains(.numberWord) {
                let part = nounPhrase(after: pastBracketedDigits(i + 2, limit: end), limit: end)
                if part.people.kind != nil, part.trigger == nil, part.end < end {
                    i = part.end
                    continue
                }
            }
            // "87 children under five have died": an age limit right after the people.
            if i == start, token.hash == Words.under || token.hash == Words.over, i + 1 < end,
               tokens[i + 1].isDigits || tokens[i + 1].roles.contains(.numberWord) {
                i += 2
                continue
            }
            // ("two soldiers of the army's 5th Division were martyred": an ordinal in a name.)
            if token.isDigits, i + 1 < end, tokens[i + 1].isAttached, Lexicon.has(tokens[i + 1], .ordinalSuffix) {
                i += 2
                continue
            }
            // ("at least nine residents of one apartment block there remained unaccounted for": a
            // number of things after "of", in the people's phrase; so "six people from one
            // returnee family".)
            if token.isDigits || token.roles.contains(.numberWord), i > start,
               tokens[i - 1].hash == Words.of || tokens[i - 1].hash == Words.from,
               i + 2 < end, tokens[i + 1].isWord, !tokens[i + 1].isCapitalized,
               Lexicon.roles(tokens[i + 1]).isDisjoint(with: [.preposition, .auxiliary, .conjunction, .numberWord]),
               !People.kinds.contains(tokens, at: i + 1), extractor.triggers.match(tokens, at: i + 1, limit: end) == nil,
               tokens[i + 1].hash != Words.them, tokens[i + 1].hash != Words.whom {
                i += 2
                continue
            }
            // ("34 people, including nine children, were taken to three hospitals": a number of
            // hospitals, after a verb that carries the hurt there.)
            if token.isDigits || token.roles.contains(.numberWord), i >= start + 2, tokens[i - 1].hash == Words.to,
               Words.carriedToCareVerbs.contains(tokens[i - 2].hash), i + 1 < end, Words.hospitalWords.contains(tokens[i + 1].hash) {
                return (Trigger(figure: .wounded), i + 1)
            }
            // ("four ski tourers from a group of six died": the group's size, in the people's phrase.)
            if token.isDigits || token.roles.contains(.numberWord), i >= start + 2, tokens[i - 1].hash == Words.of,
               tokens[i - 2].hash == Words.group {
                i += 1
                continue
            }
            // (Another number, in words too: "rose to 34 after three more of the injured died".)
            if token.isDigits || token.roles.contains(.numberWord) { break }
            // "civilians since it seized power": a clause with its own subject; "troops to Russia
            // since January to replace soldiers lost": a clause of its own after a subordinator
            // (not "as": "held as prisoners of war").
            // ("four of them have since died": "since" after an auxiliary says when, opening nothing.)
            if token.hash == Words.since, i > start, Lexicon.has(tokens[i - 1], .auxiliary) {
                i += 1
                continue
            }
            if token.roles.contains(.opensClause) { break }  // Words.subjectPronounWords, Words.subordinators
            // ("The two also differ on how many people have died": a question's clause of its own.)
            if token.hash == Words.how { break }
            // ("had risen to 80 as more of the wounded died in hospital": "as" and a part of people
            // told before open a clause of their own, as a number after it does.)
            if token.hash == Words.as_, i + 2 < end, Words.vagueParts.contains(tokens[i + 1].hash), tokens[i + 2].hash == Words.of { break }
            // "wounding 14 before officers shot him dead": what happened next is not the number's.
            if token.hash == Words.before || token.hash == Words.after || token.hash == Words.until { break }
            let roles = Lexicon.roles(token)
            if roles.contains(.negation) { return negatedVerbJoined(after: i, limit: end) }
            // "sent 400 soldiers ... to the area to search for the missing men", "a further 3,000
            // troops to replace losses": a purpose, not what became of the people. (Unless the
            // people's own verb follows: "12 soldiers sent to guard the pipeline were killed".)
            // ("authorised two shooters to kill it if it could not be trapped": what they are to do.)
            if token.hash == Words.to, i + 1 < end, Words.harmInfinitives.contains(tokens[i + 1].hash) { break }
            if token.hash == Words.to, i + 1 < end, Words.purposeVerbs.contains(tokens[i + 1].hash) {
                guard let verb = (i + 2..<min(end, i + 12)).prefix(while: { !tokens[$0].isPunctuation })
                    .first(where: { Lexicon.has(tokens[$0], .auxiliary) }) else { break }
                i = verb
                continue
            }
            // "200 people are at risk of being killed", "410,000 children are at risk of missing the
            // start of the school year": a harm that may come is none yet.
            if Words.riskNouns.contains(token.hash), i + 1 < end, tokens[i + 1].hash == Words.of { return nil }
            // "about 2,000 Houthi fighters were held in government and Saudi jails": captives.
            if token.hash == Words.held, i + 2 < end, tokens[i + 1].hash == Words.in,
               (i + 2..<min(end, i + 6)).contains(where: { Words.jailNouns.contains(tokens[$0].hash) }) {
                return (Trigger(figure: .captured), i)
            }
            let trigger = extractor.triggers.match(tokens, at: i, limit: end)
            if trigger == nil, roles.contains(.auxiliary) || roles.contains(.adverb) || roles.contains(.predicateSkip) {
                i += 1
                continue
            }
            if let trigger {
                // "19 workers were still being treated there" are hurt, "12 men are being treated as
                // suspects" are not.
                if trigger.value.figure == .wounded, tokens[i + trigger.length - 1].hash == Words.treated,
                   i + trigger.length < end, tokens[i + trigger.length].hash == Words.as_ {
                    return nil
                }
                // "200 residents had lost their homes", "500,000 customers lost power": losses of
                // things; "five others sustained injuries": the injuries are the figure.
                if trigger.value.isActiveVerb, trigger.value.figure == .casualties, i + trigger.length < end {
                    let object = i + trigger.length
                    // ("five others suffered severe burns", "One firefighter sustained a minor injury":
                    // a harm of the body a few words on.)
                    if let harm = (object..<min(end, object + 4)).prefix(while: { tokens[$0].isWord })
                        .first(where: { Words.bodilyHarmNouns.contains(tokens[$0].hash) }) {
                        return (Trigger(figure: .wounded), harm)
                    }
                    if Lexicon.has(tokens[object], .determiner) || Lexicon.has(tokens[object], .pronoun) { return deployment }
                    if tokens[object].isWord, !Lexicon.has(tokens[object], .preposition), !Lexicon.has(tokens[object], .conjunction),
                       !Lexicon.has(tokens[object], .adverb) {
                        // ("sustained varying degrees of injuries": a few words may say how.)
                        for k in (object..<min(end, object + 4)).prefix(while: { !tokens[$0].isPunctuation }) {
                            if let named = extractor.triggers.match(tokens, at: k, limit: end), named.value.figure != .deployed {
                                return (named.value, k)
                            }
                        }
                        return deployment
                    }
                }
                // "clashes between two rival militias killed 55 people": people before a killing that
                // counts a number of its own are the killers, no casualty.
                // ("have killed 55" too; not "were killed 40 km from the border".)
                // (Not a measure: "Eight other miners remain unaccounted for just shy of 800 metres
                // below the surface".)
                if trigger.value.figure != .deployed, i > start || tokens[i - 1].isWord,
                   !(tokens[i - 1].roles.contains(.copula) || tokens[i - 1].hash == Words.been || tokens[i - 1].hash == Words.being),
                   let count = countNumber(at: i + trigger.length, limit: end),
                   !(count + 1 < tokens.count && Lexicon.has(tokens[count + 1], .measure)),
                   // (Nor a length of time: "104 people died over four days".)
                   !(count + 1 < tokens.count && Lexicon.has(tokens[count + 1], .timeUnit)) {
                    return nil
                }
                // ("Two gunmen killed the judge", "two gunmen on a motorbike killed him": so are people
                // before a killing, in the active, of someone named after it.)
                if trigger.value.figure == .killed || trigger.value.figure == .wounded, isFinitePast(i),
                   i > start || tokens[i - 1].isWord,
                   !(tokens[i - 1].roles.contains(.copula) || tokens[i - 1].hash == Words.been || tokens[i - 1].hash == Words.being),
                   isVictimNamed(at: i + trigger.length, limit: end) {
                    return nil
                }
                // ("two gunmen on a motorbike shot Ochieng and his bodyguard dead": and before "dead"
                // after such a verb and its object.)
                if token.hash == Words.dead, let verb = (start..<i).first(where: { Words.shotVerbs.contains(tokens[$0].hash) }),
                   isVictimNamed(at: verb + 1, limit: i) {
                    return nil
                }
                // "Ten more people injured in a fuel tanker explosion ... died in hospital": the
                // wounds say who the people were, the death what became of them.
                // (The event may be named at length, past a possessive, a hyphen or a place's aside:
                // "Two more devotees injured in Monday night's crush at a token-distribution centre
                // below the hill shrine died", "injured in the explosion in Majiya, Jigawa state, died".)
                if trigger.value.figure == .wounded, i == start, i + trigger.length < end,
                   Lexicon.has(tokens[i + trigger.length], .preposition),
                   let death = (i + trigger.length..<min(end, i + 24)).prefix(while: { k in
                       let token = tokens[k]
                       if token.isPunctuation {
                           return token.kind == .possessive || token.hash == Words.hyphen || token.hash == Words.comma
                       }
                       // (Past "and" between two nouns of the event: "in last Sunday's gun and grenade
                       // attack on the shrine have died".)
                       let isNounPair = token.hash == Words.and && tokens[k - 1].isWord && k + 1 < end && tokens[k + 1].isWord
                           && Lexicon.roles(tokens[k + 1]).isDisjoint(with: [.auxiliary, .determiner, .pronoun, .preposition, .adverb])
                           && !isFinitePast(k + 1)
                       // (And the "and" of "between": "in last week's collision between a bus and a
                       // fuel tanker have died".)
                       let isBetweenPair = token.hash == Words.and
                           && (i + trigger.length..<k).contains(where: { tokens[$0].hash == Words.between })
                       return !token.isDigits && !token.roles.contains(.numberWord)
                           && (token.hash != Words.and || isNounPair || isBetweenPair)
                           && token.hash != Words.or && token.hash != Words.but
                   }).first(where: { tokens[$0].hash == Words.died || tokens[$0].hash == Words.succumbed }),
                   let died = extractor.triggers.match(tokens, at: death, limit: end), died.value.figure == .killed {
                    return (died.value, death)
                }
                if trigger.value.figure == .deployed {
                    // "12 remained at Juan Noé hospital", "Eight soldiers remain in the burns ward of the
                    // Jodhpur hospital": still in a hospital named, hurt.
                    if Words.remainWords.contains(token.hash), isStillInOrSentToHospital(at: i, limit: end) {
                        return (Trigger(figure: .wounded), i)
                    }
                    // "Thirteen South African soldiers serving with a regional force and the UN mission
                    // were killed": a participle on where the people serve, then their own verb.
                    if i == start, deployment == nil, let verb = verbAfterServing(at: i, limit: end) { return verb }
                    // "in Monday's fighting" is a noun, not what the troops do.
                    // ("of the Central Armed Police Forces ... have laid down their lives": a name.)
                    let isNoun = i > start && (Lexicon.has(tokens[i - 1], .preposition) || tokens[i - 1].kind == .possessive
                                               || Lexicon.has(tokens[i - 1], .determiner)
                                               || token.isCapitalized && tokens[i - 1].isCapitalized)
                    // ("Eight of them have been sentenced": "have been" before a participle is the
                    // passive's auxiliaries, no holding.)
                    let isPerfectPassive = Words.haveForms.contains(token.hash) && i + 2 < end
                        && tokens[i + 1].hash == Words.been && isFinitePast(i + 2)
                    if deployment == nil, !isNoun, !isPerfectPassive,
                       !Words.bareDeployVerbs.contains(token.hash) || isPassiveParticiple(i) {
                        deployment = (trigger.value, i)
                    }
                    i += trigger.length
                    continue
                }
                // ("13 contract workers were kidnapped and killed", "abducted and later executed":
                // taken, then killed, they are the dead.)
                if trigger.value.figure == .captured, i + trigger.length + 1 < end, tokens[i + trigger.length].hash == Words.and {
                    var next = i + trigger.length + 1
                    if next + 1 < end, tokens[next].roles.contains(.adverb) { next += 1 }
                    if let killed = extractor.triggers.match(tokens, at: next, limit: end), killed.value.figure == .killed,
                       !killed.value.isActiveVerb, isFinitePast(next) {
                        return (killed.value, next)
                    }
                }
                return (trigger.value, i)
            }
            if roles.contains(.attribution) { break }
            // "586 people had been shot and wounded", "were stabbed and killed": how, then the
            // figure, one passive verb after its auxiliary.
            if token.hash == Words.and, i + 1 < end, i - 2 >= start,
               tokens[i - 1].isWord, Lexicon.has(tokens[i - 2], .auxiliary),
               let next = extractor.triggers.match(tokens, at: i + 1, limit: end), next.value.figure != .deployed {
                i += 1
                continue
            }
            if token.hash == Words.and || token.hash == Words.or {
                // ("who were abducted in 2014 and 2015 remain missing": years joined, no people.)
                if i > start, i + 1 < end, areJoinedYears(around: i) {
                    i += 2
                    continue
                }
                // ("38 servicemen had laid down their arms and surrendered": "had" before a past
                // participle is the verbs' auxiliary, no holding.)
                let isHaveAuxiliary = deployment.map { Words.haveForms.contains(tokens[$0.1].hash) && isFinitePast($0.1 + 1) } ?? false
                if deployment != nil, !isHaveAuxiliary { break }
                // "38 Ukrainian servicemen laid down their arms and surrendered to units of the North
                // group": the people's own verb in the past, then a second one that is the figure's,
                // with no object of its own.
                if token.hash == Words.and, i > start, i + 1 < end,
                   (start..<i).contains(where: { isFinitePast($0) || tokens[$0].hash == Words.laid }),
                   let next = extractor.triggers.match(tokens, at: i + 1, limit: end), next.value.figure != .deployed,
                   !next.value.isActiveVerb, isFinitePast(i + 1),
                   i + 1 + next.length >= end || tokens[i + 1 + next.length].isPunctuation
                    || Lexicon.has(tokens[i + 1 + next.length], .preposition) {
                    return (next.value, i + 1)
                }
                // "300 soldiers and officers were killed", "84 fighters and 47 soldiers were killed":
                // another noun phrase, or another number and its phrase, shares the verb.
                // (Not once the people's own verb came: "31 people were arrested and three police
                // officers were hurt".)
                // ("Three people were rescued on Wednesday and are being treated at Central Hospital",
                // "Five soldiers were evacuated and are still missing": the same people's second verb
                // group, its auxiliary right after "and"; not of people arrested, whom "are being
                // held" counts no captives.)
                if token.hash == Words.and, i + 2 < end, Lexicon.has(tokens[i + 1], .auxiliary),
                   (start..<i).contains(where: { Lexicon.has(tokens[$0], .auxiliary) }),
                   !(start..<i).contains(where: { Words.arrestVerbs.contains(tokens[$0].hash) }) {
                    var verb = i + 1
                    while verb + 1 < min(end, i + 4), Lexicon.has(tokens[verb + 1], .auxiliary) || tokens[verb + 1].roles.contains(.adverb),
                          extractor.triggers.match(tokens, at: verb, limit: end) == nil {
                        verb += 1
                    }
                    for at in [verb, verb + 1] where at < end {
                        if let next = extractor.triggers.match(tokens, at: at, limit: end), next.value.figure != .deployed,
                           !next.value.isActiveVerb {
                            return (next.value, at)
                        }
                    }
                }
                if (start..<i).contains(where: { Lexicon.has(tokens[$0], .auxiliary) }) { break }
                var j = i + 1
                // ("68 pupils and all four teachers were still being held", "... and both teachers":
                // past a word that says all of them.)
                if j + 1 < end, tokens[j].hash == Words.all || tokens[j].hash == Words.both { j += 1 }
                let joinedStart = j
                // ("Six soldiers and at least 11 militants were killed": past the hedge too.)
                if j < end, let hedge = Hedges.before.match(tokens, at: j, limit: end), j + hedge.length < end,
                   tokens[j + hedge.length].isDigits || Lexicon.has(tokens[j + hedge.length], .numberWord) {
                    j += hedge.length
                }
                if j < end, tokens[j].isDigits || Lexicon.has(tokens[j], .numberWord) {
                    // ("and three (03) patients": past the digits in brackets.)
                    j = pastBracketedDigits(j + 1, limit: end)
                } else if j < end, let vague = Vague.table.match(tokens, at: j, limit: end) {
                    // ("more than 80 Wagner fighters and dozens of Malian soldiers were killed".)
                    j += vague.length
                    if j < end, tokens[j].hash == Words.of { j += 1 }
                }
                let crossesNumber = j > joinedStart
                // ("The death toll stands at 14, including three children, and 57 people were
                // injured": a bare number shares no verb with another number's people.)
                if crossesNumber, start > 0, tokens[start - 1].isDigits || tokens[start - 1].roles.contains(.numberWord) { break }
                // ("Three Indian soldiers and a civilian porter were killed": one person, after an article.)
                // ("more than 124,000 fighters and their relatives have surrendered": after a possessive too.)
                // ("438 personnel of the Central Armed Police Forces and the Assam Rifles have laid down
                // their lives": a force named after "the".)
                let isOwnPeople = !crossesNumber && j + 1 < end && [Words.their, Words.his, Words.her].contains(tokens[j].hash)
                if isOwnPeople || !crossesNumber && j + 1 < end
                    && (tokens[j].hash == Words.a || tokens[j].hash == Words.an || tokens[j].hash == Words.the && tokens[j + 1].isCapitalized) {
                    j += 1
                } else if !crossesNumber, j + 2 < end, tokens[j].hash == Words.the {
                    // ("Two people on the motorcycle and the truck's driver were also among the dead": one
                    // person, whose a possessor may name.)
                    j += tokens[j + 2].kind == .possessive && j + 3 < end ? 3 : 1
                }
                let phrase = nounPhrase(after: j, limit: end)
                // ("2,100 soldiers and VDP auxiliaries were killed": a noun the lexicon does not
                // know, right before the shared verb's auxiliary.)
                // ("2,340 Boko Haram fighters and their families surrendered": their own people,
                // right before the shared verb itself.)
                if isOwnPeople, tokens[j].isWord, j + 1 < end,
                   let verb = extractor.triggers.match(tokens, at: j + 1, limit: end), verb.value.figure != .deployed {
                    i = j + 1
                    continue
                }
                // ("44 conscripts and a sergeant froze to death": or before a figure's verb that takes
                // no object.)
                if phrase.people.kind != nil || crossesNumber && phrase.unknownNoun != nil
                    || phrase.unknownNoun != nil && !phrase.isKnownThing && phrase.end < end
                    && (Lexicon.has(tokens[phrase.end], .auxiliary) || Words.intransitiveFigureVerbs.contains(tokens[phrase.end].hash)) {
                    i = phrase.end
                    continue
                }
                // ("All 67 people aboard the jet and the helicopter died": a craft joined to the craft
                // the people were aboard; not "as thousands of people gathered at mass graves and
                // mosques to remember the dead".)
                if !crossesNumber, phrase.isKnownThing, Lexicon.has(tokens[i - 1], .thing),
                   (start..<i).contains(where: { tokens[$0].hash == Words.aboard || tokens[$0].hash == Words.board }) {
                    i = phrase.end
                    continue
                }
                // ("... and the Assam Rifles have laid down their lives": a force's name, whatever
                // its words, right before the shared verb's auxiliary.)
                if !crossesNumber, j < end, tokens[j].isCapitalized, j > i + 1,
                   let name = (j..<min(end, j + 6)).first(where: { !tokens[$0].isCapitalized }), Lexicon.has(tokens[name], .auxiliary) {
                    i = name
                    continue
                }
                break
            }
            if token.hash == Words.but || token.hash == Words.whileWord { break }
            if People.kinds.contains(tokens, at: i) || People.groups.contains(tokens, at: i) { i += 1; continue }
            i += 1
        }
        // ("at least 23 had reported threats": "had" is a report verb's auxiliary, no holding.)
        if let (_, at) = deployment, Words.haveForms.contains(tokens[at].hash), at + 1 < tokens.count,
           Lexicon.has(tokens[at + 1], .attribution) {
            return heldBy
        }
        return heldBy ?? deployment
    }

    /// "his two sons", "the three guards": a number at `index` inside an object of a list,
    /// after a possessive or "the", which counts that object and leaves the list going.
    func isObjectsOwnNumber(_ index: Int) -> Bool {
        (tokens[index].isDigits || Lexicon.has(tokens[index], .numberWord))
            && (Words.possessiveDeterminers.contains(tokens[index - 1].hash) || tokens[index - 1].hash == Words.the)
    }

    /// "2014 and 2015": a year on each side of the "and" at `index`, one time, no count.
    func areJoinedYears(around index: Int) -> Bool {
        index > 0 && index + 1 < tokens.count && yearNumber(tokens[index - 1]) != nil && yearNumber(tokens[index + 1]) != nil
    }

    /// "him", "the judge", "his bodyguard", "Ochieng" at `index`: someone named as a verb's
    /// object; not a time ("killed the previous day", "killed Monday").
    func isVictimNamed(at index: Int, limit: Int) -> Bool {
        guard index + 1 < limit else { return false }
        let token = tokens[index]
        if Words.objectPronouns.contains(token.hash) { return true }
        if token.isWord, token.isCapitalized {
            return Lexicon.roles(token).isDisjoint(with: [.month, .weekday, .determiner, .preposition, .conjunction, .adverb])
        }
        guard Lexicon.has(token, .determiner) || Words.possessiveDeterminers.contains(token.hash) else { return false }
        let words = (index + 1..<min(limit, index + 4)).prefix { tokens[$0].isWord && !Lexicon.has(tokens[$0], .preposition) }
        return !words.isEmpty && !words.contains { Lexicon.has(tokens[$0], .timeUnit) || Lexicon.has(tokens[$0], .weekday) }
    }

    /// The casualty verb after a phrase on where people serve ("serving with a regional force
    /// and the UN mission were killed", "serving with the UN Interim Force in Lebanon (UNIFIL)
    /// were lightly injured"): past the participle at `index`, the first auxiliary, before any
    /// comma, and a figure word other than a deployment after it.
    func verbAfterServing(at index: Int, limit: Int) -> (Trigger, Int)? {
        guard Words.servingWords.contains(tokens[index].hash) else { return nil }
        var k = index + 1
        while k < min(limit, index + 16) {
            let token = tokens[k]
            // (A pronoun after a preposition is its object: "three Kenyan police officers serving
            // with it have been killed".)
            if token.hash == Words.comma || token.hash == Words.semicolon || token.hash == Words.colon || token.isQuoteMark
                || token.isDigits || token.roles.contains(.numberWord)
                || token.roles.contains(.opensClause) && !(Lexicon.has(token, .pronoun) && Lexicon.has(tokens[k - 1], .preposition)) {
                return nil
            }
            if Lexicon.has(token, .auxiliary) {
                guard let verb = predicate(after: k, limit: limit), verb.0.figure != .deployed else { return nil }
                return verb
            }
            k += 1
        }
        return nil
    }

    /// "17 police officers and police staff who died": the "who" past other people joined by
    /// "and" in one to three words (no number, determiner, preposition or verb among them).
    func joinedRelative(after end: Int, limit: Int) -> Int? {
        guard end + 2 < limit, tokens[end].hash == Words.and else { return nil }
        var i = end + 1
        while i < min(limit, end + 5), tokens[i].hash != Words.who {
            let token = tokens[i]
            guard token.isWord, Lexicon.roles(token).isDisjoint(with: [.numberWord, .auxiliary, .preposition, .determiner, .pronoun,
                                                                      .conjunction, .attribution, .copula]),
                  token.roles.isDisjoint(with: .verbSets), extractor.triggers.match(tokens, at: i, limit: i + 1) == nil else {
                return nil
            }
            i += 1
        }
        return i > end + 1 && i < limit && tokens[i].hash == Words.who ? i : nil
    }

    /// After "who" at `index`, the main clause's auxiliary: the first one after the relative
    /// clause's own verb ("who escaped were hospitalised", "who were seated in the tail
    /// section were injured"), within a dozen words and no comma, or a casualty verb in the
    /// simple past within 16. With `pastOwnAuxiliaries`, the clause's own verb is found past its
    /// auxiliaries ("who had been reported missing were found dead").
    func mainVerb(afterRelativeAt index: Int, limit: Int, pastOwnAuxiliaries: Bool = false) -> Int? {
        // ("Five fishermen whose trawler capsized off Kutubdia on 25 May are among the missing":
        // "whose", its noun and its verb first.)
        guard index < limit, tokens[index].hash == Words.who || tokens[index].hash == Words.whose else { return nil }
        var i = tokens[index].hash == Words.whose ? index + 3 : index + 2
        // (Past the clause's own auxiliaries, for the people's verb: "Twelve migrants who had been
        // reported missing were found dead".)
        if pastOwnAuxiliaries, tokens[index].hash == Words.who {
            var verb = index + 1
            while verb + 1 < min(limit, index + 4), Lexicon.has(tokens[verb], .auxiliary) { verb += 1 }
            i = max(i, verb + 1)
        }
        while i < min(limit, index + 16) {
            // (The comma of an aside the clause closes: "550 pilgrims, most of them Egyptians who
            // had travelled without official permits, have died".)
            if tokens[i].hash == Words.comma, i + 1 < limit, Lexicon.has(tokens[i + 1], .auxiliary) { return i + 1 }
            // (Past an aside on the people after the clause: "Seven of the 27 fishermen who were
            // aboard, including three Indonesians and two Vietnamese, remain unaccounted for".)
            if tokens[i].hash == Words.comma, i + 2 < limit, Words.partAsides.contains(tokens[i + 1].hash),
               let close = asideEnd(openingAt: i, limit: limit),
               startsPeoplesVerb(at: close + 1) {
                return close + 1
            }
            // (Past a hyphen inside a word: "who vanished during the 1996-2006 conflict".)
            if tokens[i].isPunctuation, !isInnerHyphen(i) { return nil }
            // (Past the clause's auxiliaries, no other count either: "96 Cubans who had been killed
            // in Ukraine and about 40 who were listed as missing".)
            if pastOwnAuxiliaries, tokens[i].isDigits && yearNumber(tokens[i]) == nil || tokens[i].roles.contains(.numberWord) {
                return nil
            }
            // (Not past another number joined by "and": "found 12 miners who had died and 30 who
            // were injured".)
            // (Years joined are one time: "who were abducted in 2014 and 2015 remain missing".)
            if tokens[i - 1].hash == Words.and, tokens[i].isDigits || tokens[i].roles.contains(.numberWord),
               !areJoinedYears(around: i - 1) {
                return nil
            }
            // (An auxiliary within a dozen words, or "remain": "Seven of the 84 workers who were aboard
            // the vessel when it caught fire remain missing"; a casualty verb a few words further, below.)
            if i < index + 12, Lexicon.has(tokens[i], .auxiliary) || Words.remainWords.contains(tokens[i].hash) { return i }
            // ("two more workers who had suffered severe burns died": a casualty verb in the simple
            // past after the clause's own verb and its object; "Two workers who were near the
            // tunnel's mouth when the roof gave way suffered minor injuries": one that hurt them.)
            if i > index + 3, !Lexicon.has(tokens[i - 1], .auxiliary), isFinitePast(i),
               let trigger = extractor.triggers.match(tokens, at: i, limit: limit)?.value,
               trigger.figure == .killed || trigger.figure == .wounded
                || trigger.figure == .casualties && trigger.isActiveVerb
                    && (i + 1..<min(limit, i + 3)).contains(where: { Words.injuryNouns.contains(tokens[$0].hash) }) {
                return i
            }
            i += 1
        }
        return nil
    }

    /// A hyphen that joins two words or numbers with no space: "anti-tax", "1996-2006".
    func isInnerHyphen(_ index: Int) -> Bool {
        tokens[index].hash == Words.hyphen && tokens[index].isAttached && index + 1 < tokens.count && tokens[index + 1].isAttached
    }

    /// "158 people picked up by security forces between 2009 and 2024 remain missing", "Seven
    /// people abducted in that period were later found dead": past a participle of taking them
    /// away at `index`, right after the people, to their own verb (an auxiliary or "remain")
    /// when it tells them missing or dead. Taken, they are captives only when nothing after says
    /// what became of them.
    func mainVerb(afterTakenAt index: Int, limit: Int) -> Int? {
        guard index < limit, Words.takenAwayParticiples.contains(tokens[index].hash) else { return nil }
        for i in index + 1..<max(index + 1, min(limit, index + 20)) {
            let token = tokens[i]
            // (Past a hyphen inside a word: "since anti-tax protests erupted".)
            if token.isPunctuation, !isInnerHyphen(i) { return nil }
            guard Lexicon.has(token, .auxiliary) || Words.remainWords.contains(token.hash) else { continue }
            guard let (trigger, _) = predicate(after: i, limit: min(limit, i + 8)),
                  trigger.figure == .missing || trigger.figure == .killed else { return nil }
            return i
        }
        return nil
    }

    /// "All 16 attackers, who had tried to enter the cantonment after ramming two vehicles
    /// into the gate, were killed": past a relative clause of the people's between commas at
    /// `index`, their own auxiliary (or "remain") right after its closing comma. The clause may
    /// hold numbers of its own, which end the number's clause but not its people's sentence.
    func verbAfterRelativeAside(at index: Int, limit: Int) -> Int? {
        guard index + 2 < limit, tokens[index].hash == Words.comma,
              let close = relativeAsideClose(openingAt: index, limit: limit, reach: 32), close > index + 3, close + 1 < limit
        else { return nil }
        return startsPeoplesVerb(at: close + 1) ? close + 1 : nil
    }

    /// An auxiliary or "remain" at `index`: where the people's own verb starts, past an aside or
    /// a relative clause of theirs.
    func startsPeoplesVerb(at index: Int) -> Bool {
        Lexicon.has(tokens[index], .auxiliary) || Words.remainWords.contains(tokens[index].hash)
    }

    /// The closing comma of a relative clause on people, opening with ", who" at the comma
    /// `open`, within `reach` tokens and before any hard break.
    func relativeAsideClose(openingAt open: Int, limit: Int, reach: Int) -> Int? {
        guard open + 1 < limit, tokens[open + 1].hash == Words.who,
              let close = (open + 2..<max(open + 2, min(limit, open + reach))).first(where: {
                  tokens[$0].hash == Words.comma || isHardBreak(tokens[$0])
              }),
              tokens[close].hash == Words.comma else { return nil }
        return close
    }

    /// A noun of things that is no time unit: "flights", not "days".
    func isCountedThing(at index: Int) -> Bool {
        Lexicon.has(tokens[index], .thing) && !Lexicon.has(tokens[index], .timeUnit)
    }

    func isPassiveParticiple(_ index: Int) -> Bool {
        index > 0 && Lexicon.has(tokens[index - 1], .auxiliary)
    }

    /// "30 fishermen had not returned and were missing": past a negated verb, the people's
    /// own verb that "and" joins to it, an auxiliary first; none when there is no such verb
    /// ("no soldiers were killed", "12 were not hurt").
    func negatedVerbJoined(after negation: Int, limit end: Int) -> (Trigger, Int)? {
        guard let and = (negation + 1..<min(end, negation + 6)).prefix(while: { !tokens[$0].isPunctuation })
            .first(where: { tokens[$0].hash == Words.and }) else { return nil }
        var i = and + 1
        var auxiliaries = 0
        while i < end, tokens[i].roles.contains(.auxiliary)
                || auxiliaries > 0 && !tokens[i].roles.isDisjoint(with: [.adverb, .predicateSkip]),
              !tokens[i].roles.contains(.negation) {
            if tokens[i].roles.contains(.auxiliary) { auxiliaries += 1 }
            i += 1
        }
        guard auxiliaries > 0, i < end, let trigger = extractor.triggers.match(tokens, at: i, limit: end),
              trigger.value.figure != .deployed, !trigger.value.isActiveVerb || !isCountStart(at: i + trigger.length, limit: end) else {
            return nil
        }
        return (trigger.value, i)
    }

    /// An active verb that takes the number as its object, right before it ("killed 300",
    /// "sent an estimated 10,000"). "has" and "had" count only before troops.
    func activeVerb(before start: Int, floor: Int, np: NounPhrase) -> (Trigger, Int)? {
        var end = start
        var skipped = 0
        // "killing its five crew members": whose people they are, after a casualty verb only
        // ("sent its 1,500 soldiers" is no deployment made by the verb).
        var skippedPossessive = false
        while end > floor, skipped < 3 {
            let token = tokens[end - 1]
            // "were killed when 200 fighters attacked": the verb before is another clause's.
            if token.hash == Words.when { return nil }
            let roles = Lexicon.roles(token)
            if end == start, Words.possessiveDeterminers.contains(token.hash) {
                end -= 1
                skipped += 1
                skippedPossessive = true
                continue
            }
            if token.hash == Words.another || token.hash == Words.additional || token.hash == Words.further
                || token.hash == Words.an || token.hash == Words.a || token.hash == Words.the
                || end == start && token.isQuoteMark
                || roles.contains(.adverb) && !roles.contains(.auxiliary) && extractor.triggers.match(tokens, at: end - 1) == nil {
                end -= 1
                skipped += 1
                continue
            }
            break
        }
        var found = extractor.triggers.match(tokens, endingBefore: end, floor: floor)
        // (Not when the number has a verb of its own: "three have died and 568 have been rescued".)
        if found == nil, end > floor,
           tokens[end - 1].hash == Words.and || tokens[end - 1].hash == Words.or || tokens[end - 1].hash == Words.comma && skippedPossessive,
           !hasOwnVerb(after: np.end, limit: tokens.count) {
            // "killed a senior commander and several other fighters": the verb of the first object.
            // (Past a list of objects: "killing a chief, his two sons and 11 people"; a number
            // within one is its own, after "his" or "the".)
            var j = end - 2
            var reach = end - 7
            var isList = false
            while j > floor, j >= reach, !Lexicon.has(tokens[j], .auxiliary), !Lexicon.has(tokens[j], .conjunction),
                  !Lexicon.has(tokens[j], .attribution) {
                if tokens[j].hash == Words.comma {
                    reach = max(floor, j - 6)
                    isList = true
                    j -= 1
                    continue
                }
                if tokens[j].isPunctuation && tokens[j].kind != .possessive { break }
                // (An object with a phrase of its own: "killing the chief of the defence forces and
                // nine other service members".)
                if tokens[j].hash == Words.of, !isList { reach = max(floor, reach - 3) }
                if tokens[j].isDigits || Lexicon.has(tokens[j], .numberWord), !(j - 1 > floor && isObjectsOwnNumber(j)) { break }
                if let verb = extractor.triggers.match(tokens, endingBefore: j + 1, floor: floor), verb.value.figure != .deployed,
                   !verb.value.isCountNoun || !isCountNounUse(verb.start) {
                    // (Past a comma, only an active verb's objects make a list: not "were killed on
                    // both sides, ..., and more than 300,000 fled", nor "to replace losses, and another 6,000".)
                    if isList, !verb.value.isActiveVerb || verb.start > floor && Lexicon.has(tokens[verb.start - 1], .auxiliary) { break }
                    found = verb
                    break
                }
                j -= 1
            }
        }
        guard let found else { return nil }
        let trigger = found.value
        if skippedPossessive, ![FigureKey.killed, .wounded, .captured].contains(trigger.figure) { return nil }
        let first = tokens[found.start]
        // ("was still holding 150 soldiers": the auxiliary is part of the verb that holds captives.)
        let holds = end > found.start && tokens[end - 1].hash == Words.holding
        if Lexicon.has(first, .auxiliary) && !holds || Words.possessionVerbs.contains(first.hash) {
            guard trigger.figure == .deployed, np.people.kind?.isCombatant == true else { return nil }
            return (trigger, found.start)
        }
        if trigger.isCountNoun, !trigger.isActiveVerb, isCountNounUse(found.start) { return nil }
        if trigger.figure == .deployed, !trigger.isActiveVerb { return nil }
        return (trigger, found.start)
    }

    /// An event's, a disaster's or a thing's word, or one the lexicon does not know, which may
    /// name a count noun's cause after another: "crash" in "road crash injuries", "traffic" in
    /// "road traffic deaths".
    func isCauseWord(_ token: Token) -> Bool {
        guard token.isWord, !Words.animalNouns.contains(token.hash) else { return false }
        let roles = Lexicon.roles(token)
        return roles.isEmpty && token.roles.isEmpty || !roles.isDisjoint(with: [.event, .disaster, .thing])
    }

    /// One or two lower-case words before a count noun that name its cause: "traffic" in "1,400
    /// traffic deaths", "road crash" in "181 road crash injuries".
    func isCauseModifier(_ words: Range<Int>) -> Bool {
        (1...2).contains(words.count) && words.allSatisfy { tokens[$0].isWord && !tokens[$0].isCapitalized }
    }

    /// A thing's or an event's word, which "the number of" counts no people by.
    func isCountedThingOrEvent(_ token: Token) -> Bool {
        token.roles.contains(.thing) || Lexicon.has(token, .event) || Words.accidentNouns.contains(token.hash)
    }

    /// The people's own verb right after their phrase is of no figure, or of another than
    /// `figure` ("6,000 police officers were deployed", "129 miners were working"); or their verb
    /// follows an aside on a part of them ("164 rescuers, including 70 soldiers, were searching").
    func isOwnVerbOfOther(_ np: NounPhrase, figure: FigureKey, limit: Int, sentenceEnd: Int) -> Bool {
        if np.end < limit, Lexicon.has(tokens[np.end], .auxiliary) {
            return predicate(after: np.end, limit: limit).map({ $0.0.figure != figure }) ?? true
        }
        guard np.end < sentenceEnd, tokens[np.end].hash == Words.comma,
              let close = partAsideEnd(openingAt: np.end, limit: sentenceEnd),
              tokens[close].hash == Words.comma, close + 1 < sentenceEnd else { return false }
        return Lexicon.has(tokens[close + 1], .auxiliary)
    }

    /// "to a record", "to a record high of", "at a five-year low of", "to an all-time high of"
    /// right before `start`: the level a count reached, named a record, after "to" or "at".
    func isRecordLevel(before start: Int, floor: Int) -> Bool {
        var i = start - 1
        if i > floor, tokens[i].hash == Words.of { i -= 1 }
        var hasRecordWord = false
        while i > floor, i >= start - 7, tokens[i].isWord || tokens[i].hash == Words.hyphen && tokens[i].isAttached {
            if Words.peakNouns.contains(tokens[i].hash) { hasRecordWord = true }
            if Lexicon.has(tokens[i], .determiner) { break }
            i -= 1
        }
        return hasRecordWord && i - 1 >= floor && Lexicon.has(tokens[i], .determiner)
            && (tokens[i - 1].hash == Words.to || tokens[i - 1].hash == Words.at)
    }

    /// "the death toll", "the dead", "North Korean deaths": a noun use, not a verb ("killed 300").
    func isCountNounUse(_ index: Int) -> Bool {
        guard index > 0 else { return false }
        let previous = tokens[index - 1]
        // ("put the number abducted at 61", "the number of people abducted".)
        return previous.hash == Words.the || previous.hash == Words.of || Lexicon.has(previous, .determiner)
            || previous.kind == .possessive || previous.hash == Words.number
            || index >= 3 && tokens[index - 2].hash == Words.of && tokens[index - 3].hash == Words.number
                && People.kinds.contains(tokens, at: index - 1)
            || People.groups.match(tokens, endingBefore: index) != nil
            || People.kindAdjectives.match(tokens, endingBefore: index) != nil
    }

    /// The nearest count noun on the left, reached through link words ("deaths at", "the
    /// toll rose to", "killed or wounded at a rate of"). When a link verb stands right before
    /// the number ("has risen to", "surpassed", "stood at"), the count noun may be the head of
    /// a long subject: "The death toll from landslides that buried villages in Kerala has risen to".
    /// (`isRaisedFrom`: the number is the value a pointer verb raises the count from, "raising
    /// the number of Canadian troops in Latvia from about 1,000 to as many as 2,200": "from"
    /// links it as "at" does.)
    func countNoun(before start: Int, floor wideFloor: Int, clauseStart: Int, isRaisedFrom: Bool = false) -> (Trigger, Int)? {
        var hasLinkVerb = isRaisedFrom
        // (A hedge only where it ends at the number: "was under way for two soldiers" has none.)
        for i in max(clauseStart, start - 3)..<start where Lexicon.has(tokens[i], .linkVerb) && !Lexicon.has(tokens[i], .preposition)
            || tokens[i].isWord && Hedges.before.match(tokens, at: i, limit: start).map({ i + $0.length == start }) == true {
            hasLinkVerb = true
        }
        // "put the number killed since the start of the crisis at more than 10,000"
        if start > clauseStart, tokens[start - 1].hash == Words.at || tokens[start - 1].hash == Words.to { hasLinkVerb = true }
        // "The number of people killed by Hurricane Helene topped 160": the hedge is the link verb.
        if start < tokens.count, Words.verbHedges.contains(tokens[start].hash) { hasLinkVerb = true }
        // ("Drug poisoning deaths in Eastmarch rose to a record 1,203", "climbed to a record high of
        // 2,100", "fell to a five-year low of 312": a record's words after the pointer.)
        if !hasLinkVerb, isRecordLevel(before: start, floor: clauseStart) { hasLinkVerb = true }
        let floor = hasLinkVerb ? wideFloor : clauseStart
        // ("have been killed, ..., and the government has recruited 50,000 VDP volunteers": a verb
        // of its own in the perfect takes the number; "has" is no link verb to a count noun then.)
        if start - 2 >= clauseStart, tokens[start - 1].isWord, !Lexicon.has(tokens[start - 1], .linkVerb),
           isFinitePast(start - 1), extractor.triggers.match(tokens, at: start - 1, limit: start) == nil,
           [Words.has, Words.have, Words.had].contains(tokens[start - 2].hash) {
            return nil
        }
        var i = start - 1
        var steps = 0
        var unknown = 0
        while i >= floor, steps < (hasLinkVerb ? 40 : 12) {
            steps += 1
            // "total casualties, counting both the dead and the wounded, had reached": the aside
            // names no count noun of its own.
            if tokens[i].hash == Words.comma, let opening = asideOpening(closedAt: i, floor: floor) {
                i = opening - 1
                continue
            }
            // "The number of fatalities caused by the huaico (mudslide) ... rose to 17": a gloss in
            // brackets ("Severe Tropical Storm Kristine (international name: Trami)").
            if tokens[i].hash == Words.closeParen, hasLinkVerb,
               let open = Range(max(floor, i - 6), upTo: i).last(where: { tokens[$0].hash == Words.openParen }),
               (open + 1..<i).allSatisfy({ tokens[$0].isWord || tokens[$0].hash == Words.colon }) {
                i = open - 1
                continue
            }
            // ("child deaths in 2024 rose by 19% to about 4,700": past the rise's share.)
            if hasLinkVerb, let by = percentRise(endingAt: i, floor: floor) {
                i = by - 1
                continue
            }
            let token = tokens[i]
            // "killed in a riot at the prison, which now houses more than 3,000": a relative clause
            // of another noun counts that noun's things, not the count noun's people.
            // (So does "whose": "killed in the town, whose population has swollen to some 300,000".)
            // (Not one of the count noun itself: "the toll, which officials put at more than 300".)
            // (Nor one closed before the number: "Its toll for the whole war, which began in March
            // 2011, stands at more than 656,000".)
            if token.hash == Words.which || token.hash == Words.whereWord || token.hash == Words.whose,
               !(i + 1..<start).contains(where: { tokens[$0].hash == Words.comma }) {
                let before = i - 1 >= floor && tokens[i - 1].hash == Words.comma ? i - 1 : i
                if extractor.triggers.match(tokens, endingBefore: before, floor: floor) == nil { return nil }
            }
            if token.isPunctuation, token.hash != Words.comma, token.hash != Words.hyphen, token.kind != .possessive,
               !(hasLinkVerb && token.hash == Words.period && token.isAttached) {
                return nil
            }
            // "14 wounded when 200 fighters attacked": the words before "when" are another clause's
            // (not through a link verb: "the number of people killed when a mountain of rubbish
            // collapsed rose by four to 30").
            if token.hash == Words.when {
                let isPointedTo = start > clauseStart && (tokens[start - 1].hash == Words.at || tokens[start - 1].hash == Words.to)
                if !(i + 1..<start).contains(where: { Lexicon.has(tokens[$0], .linkVerb) }) && !isPointedTo { return nil }
                // (The clause's words are the subject's modifier, however many, before "to" or "at" the
                // number: "The number of people killed when a section of a 40-year-old bridge over the
                // Mahi river collapsed near Padra, sending vehicles plunging into the water, has risen
                // to 20".)
                if isPointedTo { unknown = 0 }
            }
            // ("She still lives in a container city ... that is home to about 3,400": "lives" after
            // a subject pronoun, an adverb or "who" is another clause's verb; not "lost their lives".)
            if token.hash == Words.lives, i > floor,
               tokens[i - 1].roles.contains(.opensClause) && Lexicon.has(tokens[i - 1], .pronoun)
                || Lexicon.has(tokens[i - 1], .adverb) || tokens[i - 1].hash == Words.who {
                return nil
            }
            // (A toll after "after" is the subject of its link verb, no time: "searched the river
            // after the toll from a dam burst rose to 52".)
            if let found = extractor.triggers.match(tokens, endingBefore: i + 1, floor: floor),
               !isTimeReference(found.start, floor: floor)
                || hasLinkVerb && (tokens[i].hash == Words.toll || tokens[i].hash == Words.tally) {
                let trigger = found.value
                // ("had sought the death penalty for all 13 accused": a noun that the figure's word
                // only modifies counts nothing.)
                if i + 1 < start, Words.deathCompoundNouns.contains(tokens[i + 1].hash) { return nil }
                // ("the freed captives, among them 12 women": captives no longer held.)
                if trigger.figure == .captured, found.start > floor, Words.releaseVerbs.contains(tokens[found.start - 1].hash) {
                    return nil
                }
                if trigger.figure == .deployed {
                    // (Not "since the ceasefire agreement entered into force": no troops.)
                    let isInForce = found.start > floor && (tokens[found.start - 1].hash == Words.into || tokens[found.start - 1].hash == Words.in)
                        && tokens[found.start].hash == Words.force
                    // (Nor a police or fire department's strength: "bringing the department's strength to
                    // 1,450 across 38 stations", "its authorised strength" after the department; not
                    // "Police said the army's strength had risen".)
                    let isCivilStrength = Words.strengthWords.contains(tokens[found.start].hash) && isCivilForceStrength(at: found.start, floor: wideFloor)
                    if trigger.isCountNoun, !isInForce, !isCivilStrength {
                        // ("The number of people killed when a Bangladesh Air Force training jet crashed into a
                        // school ... has risen to 31": troops in the "when" clause of the count noun's subject.)
                        if hasLinkVerb, found.start > floor + 1,
                           let when = Range(max(floor + 1, found.start - 30), upTo: found.start).last(where: { tokens[$0].hash == Words.when }),
                           let casualty = extractor.triggers.match(tokens, endingBefore: when, floor: floor), casualty.value.figure != .deployed {
                            return (casualty.value, casualty.start)
                        }
                        return (trigger, found.start)
                    }
                } else if trigger.isCountNoun || isCountNounUse(found.start) || !trigger.isActiveVerb {
                    return (trigger, found.start)
                } else {
                    return nil  // "killing 300": the verb was read already
                }
            }
            // ("Homicides in the state fell to 1,864 in July", "put the number of killings in July at
            // 23": a count of killings is a count of the dead as the subject of a link verb or a
            // pointer, though no trigger of its own: "in connection with the killings".)
            // (Not "Attempted murders rose by 4% nationally to 7,318": no one killed.)
            if hasLinkVerb, Words.killingNouns.contains(token.hash), !(i + 1 < start && tokens[i + 1].hash == Words.of),
               !(i > floor && tokens[i - 1].hash == Words.attempted) {
                return (Trigger(figure: .killed, isCountNoun: true), i)
            }
            if hasLinkVerb, token.hash == Words.number, let (figure, people) = troopsNumbered(after: i, before: start) {
                return (Trigger(figure: figure, isCountNoun: true), people)
            }
            if i == start - 2, let troops = troopsLevelled(before: start, floor: floor) {
                return (Trigger(figure: .deployed, isCountNoun: true), troops)
            }
            let roles = Lexicon.roles(token)
            // ("has killed 112 people, as the number of recorded cases passed 4,000": the number of
            // things, not of the dead before it.)
            // (Nor the number of events: "the number of accidents rose to 24,183", "the number of
            // fatal crashes fell to 1,188".)
            // (Not a time after the count noun: "the number of deaths this year rose to 187".)
            let isTimePhrase = Lexicon.has(token, .timeUnit) && i > floor && (tokens[i - 1].hash == Words.this || tokens[i - 1].hash == Words.last)
            if hasLinkVerb, isCountedThingOrEvent(token), !isTimePhrase, isNumberOfThings(at: i, floor: floor) { return nil }
            // ("Deaths recorded nationwide rose to 1,518", "Executions reported in the province rose
            // to": a participle on how the count noun before it is kept, no speaker's verb; not one
            // that names who keeps it, "Russian losses reported by the General Staff have averaged".)
            let isCountNounsParticiple = hasLinkVerb && i - 1 >= floor && isFinitePast(i)
                && !(i + 1 < start && tokens[i + 1].hash == Words.by)
                && (Words.killingNouns.contains(tokens[i - 1].hash)
                    || extractor.triggers.match(tokens, endingBefore: i, floor: floor)?.value.isCountNoun == true)
            if roles.contains(.attribution), !roles.contains(.linkVerb), token.hash != Words.according, !isCountNounsParticiple {
                return nil
            }
            if token.isDigits, !hasLinkVerb { return nil }
            if token.isWord, !roles.contains(.linkVerb), !roles.contains(.preposition), !roles.contains(.determiner),
               !roles.contains(.adverb), !roles.contains(.auxiliary), !People.groups.contains(tokens, at: i),
               !People.kinds.contains(tokens, at: i), !Hedges.before.contains(tokens, at: i),
               !Words.pointerVerbs.contains(token.hash) {
                unknown += 1
                if unknown > (hasLinkVerb ? 12 : 1) { return nil }
            }
            i -= 1
        }
        return nil
    }

    /// Whether a toll of `figure` was told just before (the claim before counts it, in a toll's
    /// sentence a sentence back at most) or an event's count of it is in reach: what an earlier
    /// toll restates.
    func isTollToldBefore(_ figure: FigureKey, before: Read?) -> Bool {
        before?.figure == figure && lastTollSentence >= sentenceCount - 1 || recentScopes.scope(of: figure) == .incident
    }

    /// "had put the toll at 29", "had earlier given a death toll of 27": the bare toll (no
    /// "from" or "in" of its own) in a clause told in the past perfect or as earlier.
    func isEarlierToll(at noun: Int, mention: NumberMention, clauseStart: Int) -> Bool {
        var end = noun
        if tokens[end].hash == Words.death { end += 1 }
        guard end < mention.tokens.lowerBound, tokens[end].hash == Words.toll,
              end + 2 == mention.tokens.lowerBound || end + 1 == mention.tokens.lowerBound else { return false }
        return (clauseStart..<noun).contains { tokens[$0].hash == Words.had || Words.earlierWords.contains(tokens[$0].hash) }
    }

    /// A treatment verb before the number ("treated 31 people") or after its noun phrase ("43
    /// people had been admitted to Mulago hospital"), then within a few words "for" or "with"
    /// and a harm ("for dehydration and skin burns", "with gunshot wounds").
    func isTreatedForHarm(_ mention: NumberMention, npEnd: Int, clause: Range<Int>, sentence: Range<Int>,
                          kind: PeopleKind? = nil) -> Bool {
        // "Lake Charles Memorial Hospital says it received 17 patients", "has received 137 patients
        // in Davao City since the quake": patients taken in are hurt, whatever harm is named (not
        // people received, who may be refugees). So are patients admitted: "had admitted 186
        // patients in the past week", "has admitted 96 cholera patients since Aug. 1" (not "the
        // army admitted 12 soldiers were killed", where "admitted" is owning up).
        if mention.tokens.lowerBound > clause.lowerBound,
           tokens[mention.tokens.lowerBound - 1].hash == Words.received || tokens[mention.tokens.lowerBound - 1].hash == Words.admitted
            || tokens[mention.tokens.lowerBound - 1].hash == Words.admitting,
           (mention.tokens.upperBound..<min(clause.upperBound, mention.tokens.upperBound + 3))
               .prefix(while: { tokens[$0].isWord && !tokens[$0].isCapitalized })
               .contains(where: { tokens[$0].hash == Words.patients }) {
            return true
        }
        var i = npEnd
        // ("treated a cumulative 1,905 patients", "treated a total of 63 people": the verb past the
        // words that call the count a total.)
        var verbAt = mention.tokens.lowerBound - 1
        if verbAt - 1 > clause.lowerBound, tokens[verbAt].hash == Words.cumulative, tokens[verbAt - 1].hash == Words.a {
            verbAt -= 2
        } else if verbAt - 2 > clause.lowerBound, tokens[verbAt].hash == Words.of, tokens[verbAt - 1].hash == Words.total,
                  tokens[verbAt - 2].hash == Words.a {
            verbAt -= 3
        }
        // ("had taken 142 to hospitals", "Rescuers took 12 people to hospital in Boulogne": people
        // carried to a hospital are hurt, with no harm named.)
        let isCarried = verbAt >= clause.lowerBound && Words.carryingVerbs.contains(tokens[verbAt].hash)
        let verbBefore = isCarried || verbAt >= clause.lowerBound && Words.treatmentVerbs.contains(tokens[verbAt].hash)
        // ("Medics treated more than 300 devotees", "Last year, Red Cross volunteers treated 450
        // devotees": people treated with no harm named are hurt, as the writers count them all;
        // not patients, whom clinics treat for any illness: "treated more than 92,000 patients
        // last year", "had treated more than 700 cholera patients".)
        let treatedPeople = verbAt >= clause.lowerBound && Words.treatingVerbs.contains(tokens[verbAt].hash)
            && kind.map({ !$0.slug.hasSuffix("patients") }) == true
        // (Pulled out alive and taken to a hospital, with no harm named, are survivors: "Seven
        // miners were pulled out alive and taken to the hospital" counts no one hurt.)
        var needsHarm = false
        if !verbBefore {
            // ("Three migrants, including a pregnant woman, were taken to Mytilene's hospital with
            // hypothermia": past an aside on the people.)
            if i < clause.upperBound, tokens[i].hash == Words.comma, let close = asideEnd(openingAt: i, limit: clause.upperBound) {
                i = close + 1
            }
            // ("Three passengers survived and were airlifted to Mankweng Hospital", "Three passengers
            // who survived were taken to the regional hospital ... with severe burns": survivors in care.)
            // (The event may be named: "Two soldiers survived the crash and were airlifted to Kenyatta
            // National Hospital".)
            let survivedAnd = i + 3 < clause.upperBound && tokens[i].hash == Words.survived && tokens[i + 1].hash == Words.the
                && tokens[i + 2].isWord && tokens[i + 3].hash == Words.and ? i + 3 : i + 1
            if survivedAnd + 1 < clause.upperBound, tokens[i].hash == Words.survived && tokens[survivedAnd].hash == Words.and
                || tokens[i].hash == Words.who && tokens[i + 1].hash == Words.survived {
                i = survivedAnd + 1
            } else if i < clause.upperBound, tokens[i].hash == Words.who, let main = mainVerb(afterRelativeAt: i, limit: clause.upperBound) {
                // ("Three miners who were near the entrance were rescued with burns": past their
                // relative clause, to the main clause's verb.)
                i = main
            }
            // ("At least 11 students and a teacher were treated for the effects of tear gas": one
            // person more, joined by "and".)
            if i + 2 < clause.upperBound, tokens[i].hash == Words.and, tokens[i + 1].hash == Words.a || tokens[i + 1].hash == Words.an,
               let person = People.kinds.match(tokens, at: i + 2, limit: clause.upperBound) {
                i += 2 + person.length
            }
            // ("Nine people with fractures and head wounds were taken to Bududa hospital": past the
            // harm named with the people.)
            // (Its words may be many: "Three people with critical head and spinal injuries were flown to".)
            if i + 1 < clause.upperBound, tokens[i].hash == Words.with,
               (i + 1..<min(clause.upperBound, i + 7)).prefix(while: { tokens[$0].isWord })
                .contains(where: { Words.injuryNouns.contains(tokens[$0].hash) }) {
                i += 1
                while i < min(clause.upperBound, npEnd + 10), tokens[i].isWord, !tokens[i].roles.contains(.auxiliary),
                      !Words.treatmentVerbs.contains(tokens[i].hash) {
                    i += 1
                }
            }
            // ("Between 80 and 100 students at a girls' boarding school in Baringo County were treated
            // for food poisoning": past where the people are, to their auxiliary and a verb of care;
            // "At least 14 villagers along the Kuribrong River have been treated for skin rashes".)
            // (Not "on": "Sixteen patients on ventilators were transferred" were in care before.)
            if i < clause.upperBound, tokens[i].hash == Words.at || tokens[i].hash == Words.from || tokens[i].hash == Words.in
                || tokens[i].hash == Words.of || tokens[i].hash == Words.along || tokens[i].hash == Words.near
                || tokens[i].hash == Words.across,
               let auxiliary = (i + 1..<min(clause.upperBound, i + 10))
                .prefix(while: { !(tokens[$0].isPunctuation && tokens[$0].kind != .possessive) && !tokens[$0].isDigits })
                .first(where: { Lexicon.has(tokens[$0], .auxiliary) }),
               let verb = (auxiliary + 1..<min(clause.upperBound, auxiliary + 3)).first(where: { !Lexicon.has(tokens[$0], .auxiliary) }),
               Words.treatmentVerbs.contains(tokens[verb].hash) {
                i = auxiliary
            }
            let verbFloor = i
            // ("had now been treated": an adverb among the auxiliaries.)
            while i < clause.upperBound, i < verbFloor + 4, tokens[i].roles.contains(.auxiliary) || tokens[i].roles.contains(.adverb) {
                i += 1
            }
            // ("nine remained in Santo António hospital", "16 had been sent to Calmette Hospital in
            // Phnom Penh": still in, or sent to, a hospital named.)
            if isStillInOrSentToHospital(at: i, limit: clause.upperBound) { return true }
            // ("Two other guides were rescued and flown by helicopter to a hospital", "were rescued
            // alive and airlifted": rescued, then taken into care.)
            // ("14 people had been rescued with burns and breathing problems": rescued hurt; "Three
            // other soldiers survived with burns and broken bones": and survivors.)
            if i + 2 < clause.upperBound, tokens[i].hash == Words.rescued || tokens[i].hash == Words.survived,
               tokens[i + 1].hash == Words.with,
               (i + 2..<min(clause.upperBound, i + 5)).contains(where: { Words.injuryNouns.contains(tokens[$0].hash) }) {
                return true
            }
            // ("Nine people were evacuated by the Armed Forces of Malta and flown to Mater Dei Hospital
            // with severe fuel burns": past who moved them.)
            if i + 2 < clause.upperBound, tokens[i].hash == Words.rescued || tokens[i].hash == Words.evacuated {
                if let and = (i + 1..<min(clause.upperBound, i + 9)).prefix(while: { !tokens[$0].isPunctuation })
                    .first(where: { tokens[$0].hash == Words.and }) {
                    i = and + 1
                }
            } else if i + 3 < clause.upperBound, Words.pulledWords.contains(tokens[i].hash),
                      // ("Three miners were pulled out alive and are being treated for burns", "two were
                      // pulled alive from the snow and flown to hospital": alive, then in care.)
                      let and = (i + 1..<min(clause.upperBound, i + 8)).prefix(while: { !tokens[$0].isPunctuation })
                        .first(where: { tokens[$0].hash == Words.and }),
                      (i + 1..<and).contains(where: { tokens[$0].hash == Words.alive }) {
                i = and + 1
                needsHarm = true
                let floor = i
                while i < clause.upperBound, i < floor + 4, tokens[i].roles.contains(.auxiliary) || tokens[i].roles.contains(.adverb) {
                    i += 1
                }
            }
            guard i < clause.upperBound, Words.treatmentVerbs.contains(tokens[i].hash) else { return false }
            i += 1
        }
        // ("had treated 392 devotees as of 3 p.m., mostly for minor injuries": past a time and the
        // comma of "mostly".)
        let limit = verbBefore ? sentence.upperBound : clause.upperBound
        let end = min(limit, i + 12)
        var forPart = false
        while i < end {
            if tokens[i].hash == Words.for || tokens[i].hash == Words.with {
                // ("for malnutrition and untreated wounds": a harm after another.)
                // (A disease is a harm after "for": "treated 1,700 people for cholera"; not patients
                // "with suspected cholera", whom the writers leave out.)
                // (Not a disease most of them had: "has treated 380 patients in the past week, most of
                // them for diarrhoeal disease", which the writers leave out.)
                // (Taken in "with" a disease is a harm too: "had admitted 486 children with severe
                // acute malnutrition"; not with one only suspected.)
                let isFor = tokens[i].hash == Words.for
                let isAdmission = !isFor && Range(max(clause.lowerBound, mention.tokens.lowerBound - 1), upTo: i).contains {
                    tokens[$0].hash == Words.admitted || tokens[$0].hash == Words.admitting
                }
                // ("for post-traumatic stress disorder": a harm's words may be joined by hyphens.)
                let harm = i + 1..<min(limit, i + 6)
                return harm.contains {
                    Words.injuryNouns.contains(tokens[$0].hash)
                        || (isFor || isAdmission && !harm.contains { tokens[$0].hash == Words.suspected })
                            && !forPart && Words.diseaseNouns.contains(tokens[$0].hash)
                }
            }
            // ("50 people had been taken to the district hospital": a hospital a few words on.)
            // ("were being treated at the Saudi Hospital": "at" a hospital too.)
            if !verbBefore || isCarried && tokens[i].hash == Words.to, !needsHarm, tokens[i].hash != Words.in,
               isHospital(at: i, limit: min(clause.upperBound, i + 10), reach: 9, allowingAt: true) {
                return true
            }
            if tokens[i].isPunctuation {
                if verbBefore, tokens[i].hash == Words.comma, i + 2 < limit, Words.mostlyWords.contains(tokens[i + 1].hash),
                   tokens[i + 2].hash == Words.for {
                    i += 1
                    continue
                }
                // ("had treated 86 people, most of them for bruises and fractures".)
                if verbBefore, tokens[i].hash == Words.comma, i + 4 < limit, Words.mostlyWords.contains(tokens[i + 1].hash),
                   tokens[i + 2].hash == Words.of, tokens[i + 3].hash == Words.them, tokens[i + 4].hash == Words.for {
                    i += 4
                    forPart = true
                    continue
                }
                // ("airlifted three women, one of them pregnant, to a hospital in Palermo with severe
                // hypothermia": past an aside on a part of them.)
                if verbBefore, tokens[i].hash == Words.comma, let close = partAsideEnd(openingAt: i, limit: limit) {
                    i = close + 1
                    continue
                }
                if verbBefore, tokens[i].hash == Words.period, tokens[i].isAttached { i += 1; continue }
                return treatedPeople
            }
            i += 1
        }
        return treatedPeople
    }

    /// The closing comma of an aside on a part of the people before it, opening at the comma
    /// `open`: ", one of them pregnant,", ", most of them children,", ", among them a baby,".
    func partAsideEnd(openingAt open: Int, limit: Int) -> Int? {
        guard open + 3 < limit else { return nil }
        let isPart = Words.partAsides.contains(tokens[open + 1].hash)
            || tokens[open + 1].hash == Words.among && tokens[open + 2].hash == Words.them
            || isPartOfThemAside(at: open, limit: limit)
        guard isPart, let close = (open + 2..<min(limit, open + 10)).first(where: { tokens[$0].isPunctuation }),
              tokens[close].hash == Words.comma else { return nil }
        return close
    }

    /// "put the number of Wagner fighters in the country at 1,200": the number of troops (of
    /// a side or kind named) is a count of them deployed, "the number of Ukrainian servicemen
    /// held by Russia" one of captives. `number` is the word "number"; the count follows
    /// before `end`. Returns the figure and where the troops' words start.
    func troopsNumbered(after number: Int, before end: Int) -> (FigureKey, Int)? {
        var i = number + 1
        guard i + 1 < end, tokens[i].hash == Words.of else { return nil }
        i += 1
        // ("the number of its troops in Syria".)
        if tokens[i].hash == Words.the || Words.possessiveDeterminers.contains(tokens[i].hash) { i += 1 }
        let people = i
        while i < end, let group = People.groups.match(tokens, at: i, limit: end) { i += group.length }
        if i < end, let adjective = People.kindAdjectives.match(tokens, at: i, limit: end),
           !People.kinds.contains(tokens, at: i) {
            i += adjective.length
        }
        // ("the number of Indian fishermen held in Sri Lanka", "the number of hostages": people held
        // captive, or named as captives and not freed.)
        let isHeldAt = { (at: Int) in
            at < end && (tokens[at].hash == Words.held
                         || tokens[at].hash == Words.still && at + 1 < end && tokens[at + 1].hash == Words.held)
        }
        guard i < end, let kind = People.kinds.match(tokens, at: i, limit: end) else {
            return i > people && isHeldAt(i) ? (.captured, people) : nil
        }
        guard kind.value.isCombatant else {
            let after = i + kind.length
            let isCaptiveKind = Words.heldKinds.contains(Hashing.hash(kind.value.slug))
                && (after == end || !Words.releaseVerbs.contains(tokens[after].hash))
            return isHeldAt(after) || isCaptiveKind ? (.captured, people) : nil
        }
        // ("the total number of terrorists neutralised since January 1 had reached 168": fighters
        // taken out, no deployment.)
        if i + kind.length < end, Words.departureVerbs.contains(tokens[i + kind.length].hash) { return nil }
        let isHeld = (i + kind.length..<end).contains { tokens[$0].hash == Words.held }
        return (isHeld ? .captured : .deployed, people)
    }

    /// "will cut its troops in Syria to fewer than 1,000", "has reduced the French soldiers in
    /// Chad to about 1,000": troops that a level verb takes as its object, a place between them
    /// and "to" right before the number at `start`. Where their kind starts.
    func troopsLevelled(before start: Int, floor: Int) -> Int? {
        guard start - 3 >= floor, tokens[start - 1].hash == Words.to else { return nil }
        var end = start - 1
        // ("in Syria", "in the Sahel": a place after the troops.)
        if let place = Range(max(floor, end - 4), upTo: end).last(where: { tokens[$0].hash == Words.in }),
           (place + 1..<end).allSatisfy({ tokens[$0].isWord }) {
            end = place
        }
        guard let kind = People.kinds.match(tokens, endingBefore: end, floor: floor), kind.value.isCombatant else { return nil }
        var verb = kind.start - 1
        while verb >= floor, verb >= kind.start - 4, tokens[verb].hash == Words.the
                || Words.possessiveDeterminers.contains(tokens[verb].hash) || People.groups.contains(tokens, at: verb)
                || tokens[verb].isCapitalized && tokens[verb].isWord {
            verb -= 1
        }
        guard verb >= floor, Words.levelVerbs.contains(tokens[verb].hash) else { return nil }
        return kind.start
    }

    /// The comma that opens an aside (", counting both the dead and the wounded,") closed
    /// by the comma at `close`, within ten words.
    func asideOpening(closedAt close: Int, floor: Int) -> Int? {
        var j = close - 1
        while j > floor, j >= close - 10 {
            if tokens[j].hash == Words.comma {
                return Words.asideOpeners.contains(tokens[j + 1].hash) ? j : nil
            }
            j -= 1
        }
        return nil
    }

    /// "since its capture", "after the attack": a figure word that says when, not what is counted.
    func isTimeReference(_ start: Int, floor: Int) -> Bool {
        var i = start - 1
        if i >= floor, Lexicon.has(tokens[i], .determiner) { i -= 1 }
        return i >= floor && Words.timePrepositions.contains(tokens[i].hash)
    }

    /// "the first 400", "an initial 1,650": the first of people told before.
    func isFirstOfThem(_ mention: NumberMention, floor: Int) -> Bool {
        let start = mention.tokens.lowerBound
        guard start - 2 >= floor, tokens[start - 1].hash == Words.first || tokens[start - 1].hash == Words.initial else { return false }
        return Lexicon.has(tokens[start - 2], .determiner)
    }

    /// "were carrying a total of 63 people": a vehicle's load, counted as "a total".
    func isLoadTotal(before start: Int, floor: Int) -> Bool {
        start - 4 >= floor && tokens[start - 1].hash == Words.of && tokens[start - 2].hash == Words.total
            && tokens[start - 3].hash == Words.a && Words.occupancyVerbs.contains(tokens[start - 4].hash)
    }

    /// "bringing the total to 5,000", "raising the number to": the figure is the last one's.
    func isTotalPointer(before start: Int, floor: Int) -> Bool {
        var i = start - 1
        var steps = 0
        while i >= floor, steps < 5 {
            let hash = tokens[i].hash
            // (Not a label's number: "The express, train number 13174, was carrying about 1,100".)
            if hash == Words.total || hash == Words.number || hash == Words.tally
                || hash == Words.figure || hash == Words.count, i + 1 == start || !tokens[i + 1].isDigits { return true }
            i -= 1
            steps += 1
        }
        return false
    }

    // MARK: - Whose people

    /// People named around a count noun: its modifiers ("North Korean troop deaths") and
    /// what follows it ("deaths among North Korean troops").
    func peopleAround(trigger index: Int, clause: Range<Int>, avoiding: Range<Int>) -> PeopleRef {
        var people = PeopleRef()
        var j = index
        while j < clause.upperBound, j < index + 4, let trigger = extractor.triggers.match(tokens, at: j) {
            j += trigger.length
        }
        if j < clause.upperBound, [Words.among, Words.of, Words.from].contains(tokens[j].hash) {
            var k = j + 1
            if k < clause.upperBound, tokens[k].hash == Words.the { k += 1 }
            people = merge(people, peopleAt(k, limit: min(clause.upperBound, k + 4)))
        }
        // Before it: "North Korean troop deaths", "Russian losses", "civilian casualties".
        var k = index
        var steps = 0
        while k > clause.lowerBound, steps < 4 {
            let token = tokens[k - 1]
            if avoiding.contains(k - 1) { break }
            if let group = People.groups.match(tokens, endingBefore: k, floor: max(clause.lowerBound, k - 4)),
               !isLowercaseUs(group.start) {
                people.group = people.group ?? group.value.slug
                if group.value.isPeople, people.kind == nil { people.kind = PeopleKind(slug: "people"); people.isWeak = true }
                k = group.start
                steps += 1
                continue
            }
            if let kind = People.kinds.match(tokens, endingBefore: k, floor: max(clause.lowerBound, k - 3)) {
                if people.kind == nil || people.isWeak { people.kind = kind.value; people.isWeak = false }
                k = kind.start
                steps += 1
                continue
            }
            if let adjective = People.kindAdjectives.match(tokens, endingBefore: k, floor: max(clause.lowerBound, k - 2)) {
                if people.kind == nil || people.isWeak { people.kind = adjective.value; people.isWeak = false }
                k = adjective.start
                steps += 1
                continue
            }
            if token.kind == .possessive || token.hash == Words.the || Lexicon.has(token, .determiner) {
                k -= 1
                steps += 1
                continue
            }
            break
        }
        return people
    }

    /// Group and kind named from `index` on ("North Korean troops", "civilians").
    func peopleAt(_ index: Int, limit: Int) -> PeopleRef {
        var people = PeopleRef()
        var i = index
        while i < limit {
            if let group = People.groups.match(tokens, at: i, limit: limit), !isLowercaseUs(i) {
                people.group = people.group ?? group.value.slug
                if group.value.isPeople, people.kind == nil { people.kind = PeopleKind(slug: "people"); people.isWeak = true }
                i += group.length
                continue
            }
            if let kind = People.kinds.match(tokens, at: i, limit: limit) {
                if people.kind == nil || people.isWeak { people.kind = kind.value; people.isWeak = false }
                break
            }
            if let adjective = People.kindAdjectives.match(tokens, at: i, limit: limit) {
                people.kind = people.kind ?? adjective.value
                i += adjective.length
                continue
            }
            break
        }
        return people
    }

    /// The "alongside", "against", "with" or "beside" that people starting at `start` follow, with
    /// at most a group and "the" between ("alongside Russian forces", "against the Ukrainian army").
    func companionPreposition(before start: Int, floor: Int) -> Int? {
        var j = start - 1
        while j >= floor, j >= start - 4 {
            if Words.companionPrepositions.contains(tokens[j].hash) { return j }
            guard tokens[j].isCapitalized || tokens[j].hash == Words.the || tokens[j].hash == Words.hyphen else { return nil }
            j -= 1
        }
        return nil
    }

    /// The nearest people named to the left, outside the attribution. A group counts only
    /// as the people's own ("North Korean troops", "Russia's losses", "Ukrainians"), never as
    /// a place ("in Ukraine"); `bareGroup` also takes a country as a verb's subject ("Russia has lost").
    func peopleLeft(of index: Int, floor: Int, avoiding: Range<Int>, bareGroup: Bool) -> PeopleRef {
        var people = PeopleRef()
        var i = index - 1
        while i >= floor {
            if avoiding.contains(i) {
                i = avoiding.lowerBound - 1
                continue
            }
            if people.kind == nil, let kind = People.kinds.match(tokens, endingBefore: i + 1, floor: floor),
               !avoiding.contains(kind.start) {
                // "North Korean troops fighting alongside Russian forces have suffered": people after
                // "alongside", "against", "with" are others, not the clause's subject.
                if let opener = companionPreposition(before: kind.start, floor: floor) {
                    i = opener - 1
                    continue
                }
                people.kind = kind.value
                let kindEnd = i + 1
                // Its group is just before it ("North Korean troops") or after ("troops from North Korea").
                var before = kind.start
                while before > floor, before >= kind.start - 2 {
                    if let group = People.groups.match(tokens, endingBefore: before, floor: floor),
                       !isLowercaseUs(group.start), !avoiding.contains(group.start), !isPlace(group.start) {
                        people.group = group.value.slug
                        return people
                    }
                    before -= 1
                }
                if kindEnd + 1 < index, tokens[kindEnd].hash == Words.from || tokens[kindEnd].hash == Words.of,
                   let group = People.groups.match(tokens, at: kindEnd + 1, limit: index) {
                    people.group = group.value.slug
                }
                return people
            }
            if bareGroup, people.group == nil, tokens[i].isAllCaps, tokens[i].length >= 3, !avoiding.contains(i),
               People.groups.match(tokens, at: i) == nil, extractor.sourceNames.match(tokens, at: i) == nil,
               i + 1 < tokens.count, Lexicon.has(tokens[i + 1], .auxiliary) || Words.possessionVerbs.contains(tokens[i + 1].hash) {
                people.group = Slug.make(text(of: tokens[i]))  // "ISWAP has 4,000 fighters"
                return people
            }
            if people.group == nil, let group = People.groups.match(tokens, endingBefore: i + 1, floor: floor),
               !avoiding.contains(group.start), !isLowercaseUs(group.start), !isPlace(group.start) {
                var after = i + 1
                // "Nigeria's army deployed 300 soldiers", "The Philippine military deployed 2,600":
                // the side's own forces before the verb.
                if after < tokens.count, tokens[after].kind == .possessive { after += 1 }
                let forces = after
                while after < tokens.count, after < forces + 2, Words.forceNouns.contains(tokens[after].hash) { after += 1 }
                while after < tokens.count, after < i + 3 + (after - forces), Lexicon.has(tokens[after], .adverb),
                      !Lexicon.has(tokens[after], .auxiliary) { after += 1 }
                let next = after < tokens.count ? tokens[after] : nil
                let isOwn = group.value.isPeople || tokens.indices.contains(i + 1) && tokens[i + 1].kind == .possessive
                    || next.map { extractor.triggers.match(tokens, at: after) != nil && $0.isWord } ?? false
                    || bareGroup && next.map { Lexicon.has($0, .auxiliary) || Words.subjectVerbs.contains($0.hash)
                        || extractor.triggers.match(tokens, at: after) != nil } ?? false
                if isOwn {
                    people.group = group.value.slug
                    if group.value.isPeople, people.kind == nil { people.kind = PeopleKind(slug: "people"); people.isWeak = true }
                    return people
                }
                i = group.start - 1
                continue
            }
            i -= 1
        }
        return people
    }

    /// A country after "in", "across", "near": where, not who.
    func isPlace(_ index: Int) -> Bool {
        guard index > 0 else { return false }
        var previous = index - 1
        // "in eastern Libya", "in neighbouring Thailand"
        if previous > 0, tokens[previous].isWord, !tokens[previous].isCapitalized,
           Words.placeAdjectives.contains(tokens[previous].hash) { previous -= 1 }
        return Words.placePrepositions.contains(tokens[previous].hash)
    }

    func merge(_ a: PeopleRef, _ b: PeopleRef) -> PeopleRef {
        var merged = PeopleRef(group: a.group ?? b.group, kind: a.kind ?? b.kind, isWeak: a.kind == nil ? b.isWeak : a.isWeak)
        if a.isWeak, let other = b.kind, !b.isWeak {
            merged.kind = other
            merged.isWeak = false
        }
        return merged
    }
}
