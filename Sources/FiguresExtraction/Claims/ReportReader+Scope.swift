/// What a number counts (total, incident, period, change, projection) and when it holds.
extension ReportReader {
    /// The scope the words around a number set, or nil when none does (the caller then takes
    /// the number before it, or `total`).
    func scope(of mention: NumberMention, figure: FigureKey, clause: Range<Int>, window: Range<Int>, sentence: Range<Int>,
               previousFigure: FigureKey?, npEnd: Int, isPastReference: Bool) -> Scope? {
        let before = clause.lowerBound..<mention.tokens.lowerBound

        // "bringing the total to 5,000", "bringing its deployment to some 15,000": the new total.
        // (Not "A total of 447 miners were killed ... in 2023": the words only count the number,
        // and its window says what it is.)
        let start = mention.tokens.lowerBound
        let countsOnly = start - 3 >= sentence.lowerBound && tokens[start - 1].hash == Words.of
            && tokens[start - 2].hash == Words.total && tokens[start - 3].hash == Words.a
            && (start - 3 == sentence.lowerBound || !Lexicon.has(tokens[start - 4], .preposition))
        // ("raising the number of Canadian troops there from about 1,000 to as many as 2,200": the
        // value it is raised from is the number now, whatever the plan.)
        // (The people's noun may come between: "raise its strength from about 1,100 troops to some 1,600".)
        if isRaisedFrom(mention, npEnd: npEnd, limit: clause.upperBound, floor: sentence.lowerBound) { return .total }
        if !countsOnly && contains(Cues.totalPointer, in: max(sentence.lowerBound, start - 8)..<start)
            || isPointer(before: start, floor: sentence.lowerBound)
            || isJoinedPointerValue(at: start, floor: sentence.lowerBound) {
            // ("plans to bring the number to 10,000 by the summer": a total planned.)
            // (The count may run long: "would raise the number of NATO troops in the country to more
            // than 4,000 by September".)
            // ("will temporarily raise its strength from about 1,100 troops to some 1,600": an
            // adverb may stand between.)
            // (The clause of the value raised to opens after the value raised from; the verb is
            // before that: "will raise its strength from about 1,100 troops to some 1,600".)
            let floor = (min(start, max(window.lowerBound, start - 8))..<start).contains(where: { tokens[$0].hash == Words.from })
                ? min(window.lowerBound, clause.lowerBound) : clause.lowerBound
            if let pointer = Range(max(floor, mention.tokens.lowerBound - 16), upTo: mention.tokens.lowerBound)
                .first(where: { Words.pointerVerbs.contains(tokens[$0].hash) }), pointer > floor,
               isToOrModal(pointer - 1) || pointer - 1 > floor && isAdverb(pointer - 1) && isToOrModal(pointer - 2),
               hasProjectionCue(in: floor..<pointer, mention: mention) {
                return .projection
            }
            // ("the force's ceiling will be cut to 7,500 troops by the end of this year", "is to
            // reduce its military presence in Africa to about 600 troops by the end of 2026": a
            // value to be reached by a time to come.)
            if isFutureDeadline(after: mention, limit: window.upperBound) { return .projection }
            // ("will send up to 600 more military personnel ..., bringing its contingent to about
            // 2,100": the total the plan makes.)
            // (The count may run long: "bringing the strength of its Kosovo Force (KFOR) mission to about 4,700",
            // "bringing the Irish contingent with the UN Interim Force in Lebanon (UNIFIL) to about 520".)
            if let gerund = Range(max(sentence.lowerBound, mention.tokens.lowerBound - 26), upTo: mention.tokens.lowerBound)
                .first(where: { tokens[$0].roles.contains(.pointerGerund) }), gerund > sentence.lowerBound,
               tokens[gerund - 1].hash == Words.comma,
               hasProjectionCue(in: sentence.lowerBound..<gerund, mention: mention) {
                return .projection
            }
            // ("child deaths in 2024 rose by 19% to about 4,700": a year's count.)
            if isYearsCountNoun(before: start, floor: sentence.lowerBound) { return .period }
            // ("raising the toll of the riot to seven": the new toll of one event.)
            return isEventTollValue(mention, sentence: sentence) ? .incident : .total
        }
        // ("will close three of its eight bases ... and cut its troop presence there to fewer than
        // 1,000 by the end of the summer": a value that a verb joined to a plan's lowers it to.)
        if isPointer(before: start, floor: sentence.lowerBound, cuts: true),
           let cut = Range(max(clause.lowerBound, start - 16), upTo: start).first(where: { Words.reductionVerbs.contains(tokens[$0].hash) }),
           cut > sentence.lowerBound, tokens[cut - 1].hash == Words.and,
           hasProjectionCue(in: sentence.lowerBound..<cut, mention: mention) {
            return .projection
        }
        // "an April 22 attack near Pahalgam in which gunmen killed 26 people": the count of the
        // event that "in which" is of; "a weekend in which 37 people were killed", of the time.
        if figure != .deployed, let noun = inWhichAntecedent(of: mention, floor: sentence.lowerBound) {
            return Lexicon.has(tokens[noun], .timeUnit) ? .period : .incident
        }
        // "rose to 512, up from 430": an earlier value is what the figure was.
        // ("recorded 23 homicides in 2025, up from 17 in 2024": with its own year, that year's count.)
        // ("down from a record 895 in fiscal 2023".)
        if isEarlierValue(mention, floor: clause.lowerBound) {
            // ("That was down from 85 deaths in 2023": past the count's noun.)
            var after = max(mention.tokens.upperBound, min(npEnd, window.upperBound))
            // ("down from 214 killed and 1,146 injured in September": past a count joined to it, to
            // the window they share.)
            if after + 3 < window.upperBound, tokens[after].hash == Words.and,
               tokens[after + 1].isDigits || Lexicon.has(tokens[after + 1], .numberWord),
               extractor.triggers.match(tokens, at: after + 2, limit: after + 3) != nil {
                after += 3
            }
            let from = earlierValueFrom(mention, floor: clause.lowerBound) ?? mention.tokens.lowerBound - 1
            // ("were killed in July, up from 232 in June": or with its month, after a month's count;
            // not a toll's value in a month: "rose to 512, up from 430 in March", "since it seized
            // power in February 2021, up from about 6,500 in January".)
            // ("killed 312 people in the 2024-25 fiscal year, up from 271 the year before": the
            // window before, one step back, after a count of a window.)
            // ("up from 31 in all of 2024": the whole year.)
            let yearAt = after + 3 < window.upperBound && tokens[after + 1].hash == Words.all && tokens[after + 2].hash == Words.of
                ? after + 3 : after + 1
            // ("up from 38 in all of last year": the whole of the year before.)
            let isAllOfLastYear = yearAt == after + 3 && yearAt + 1 < window.upperBound && tokens[yearAt].hash == Words.last
                && tokens[yearAt + 1].hash == Words.year
            // ("In the 12 months to March, ... 84,120 overdose deaths, down from 110,037 in the 12
            // months to March 2024": the count's window may open the sentence.)
            let isWindowed = isWindowedCount(window.lowerBound..<from)
                || window.lowerBound > sentence.lowerBound && isWindowedCount(sentence.lowerBound..<window.lowerBound)
                || isHolidayWindow(in: window.lowerBound..<from)
            let hasOwnWindow = after + 1 < window.upperBound && tokens[after].hash == Words.in
                && (yearNumber(tokens[yearAt]) != nil || isAllOfLastYear || fiscalYear(at: after + 1, limit: window.upperBound) != nil
                    || isPartOfYear(at: after + 1, limit: window.upperBound) && isWindowed
                    || Lexicon.has(tokens[after + 1], .month) && (window.lowerBound..<from).contains {
                        tokens[$0].hash == Words.in && Lexicon.has(tokens[$0 + 1], .month)
                    } && !(window.lowerBound..<from).contains { tokens[$0].hash == Words.since }
                    || isSameWindowAgain(from: after + 1, limit: window.upperBound))
                || isWindowBefore(at: after, limit: window.upperBound) && isWindowed
                // ("up from 1,213 in the previous fiscal year", "over the previous year".)
                || after + 1 < window.upperBound && [Words.in, Words.over, Words.during].contains(tokens[after].hash)
                    && isWindowBefore(at: after + 1, limit: window.upperBound) && isWindowed
                // ("up from 241 over the same months of 2024".)
                || after + 1 < window.upperBound && (tokens[after].hash == Words.over || tokens[after].hash == Words.during)
                    && isSameWindowAgain(from: after + 1, limit: window.upperBound)
                // ("treated 212 people ... over the Carnival weekend, up from 164 last year": the
                // same window a year back.)
                || after + 1 < window.upperBound && tokens[after].hash == Words.last && tokens[after + 1].hash == Words.year && isWindowed
            // ("173 civilians were killed in January, up from the 139 it reported last month": the
            // same window's count as its giver told it before.)
            let isToldBefore = giverEnd(after: mention.tokens.upperBound, limit: sentence.upperBound) != nil && isWindowed
            // ("rose to 58 in 2024 from 19 the year before": "from" after the verb's new value; the
            // clause may open past the verb when the new value's year comes right before "from".)
            // ("rose to 104 from 87 in 2023": or right after the new value the verb came to, the
            // earlier value's year told.)
            let verbFloor = Range(max(sentence.lowerBound, from - 3), upTo: from).contains(where: { yearNumber(tokens[$0]) != nil })
                || from - 3 >= sentence.lowerBound && tokens[from - 2].hash == Words.to && Lexicon.has(tokens[from - 3], .changeVerb)
                && after + 1 < window.upperBound && tokens[after].hash == Words.in && yearNumber(tokens[yearAt]) != nil
                ? sentence.lowerBound : clause.lowerBound
            return (hasOwnWindow || isToldBefore) && figure != .deployed && from - 1 >= verbFloor && tokens[from].hash == Words.from
                && (tokens[from - 1].hash == Words.up || tokens[from - 1].hash == Words.down
                    // ("down 4% from 5,430 in 2022".)
                    || tokens[from - 1].hash == Words.percentSign
                    || Range(max(verbFloor, from - 6), upTo: from).contains { Lexicon.has(tokens[$0], .changeVerb) && tokens[$0 + 1].hash == Words.to })
                ? .period : .total
        }
        // "rose by four to 30": the new toll after the increment.
        // ("The death toll from Russian glide-bomb strikes on an industrial area on Sunday rose by
        // five overnight to 16": the new toll of one event.)
        if isNewValueAfterIncrement(mention, floor: sentence.lowerBound) {
            // ("child deaths in 2024 rose by four to 4,700": a year's count.)
            if isYearsCountNoun(before: start, floor: sentence.lowerBound) { return .period }
            return isEventTollValue(mention, sentence: sentence) ? .incident : .total
        }
        // ("would withdraw about 120 troops ..., leaving some 150": what a plan leaves is planned.)
        if figure == .deployed, withdrawalLeaving(mention, floor: sentence.lowerBound) != nil {
            return hasProjectionCue(in: sentence.lowerBound..<mention.tokens.lowerBound, mention: mention) ? .projection : .total
        }
        // "| Cumulative deaths |" over "| Nampula | 3 | 19 |": the count kept running, beside the week's.
        if isUnderRunningTotalHeader(mention, sentence: sentence) { return .total }
        // "far short of the 2,500 promised": the strength a force is meant to reach, a plan.
        // ("kept its troop ceiling at 17,000", "cut the troop ceiling to 12,000", "an authorised
        // ceiling of 11,500 military personnel": the most a force may have.)
        if figure == .deployed, mention.tokens.lowerBound - 2 >= sentence.lowerBound,
           tokens[mention.tokens.lowerBound - 2].hash == Words.ceiling,
           [Words.at, Words.to, Words.of].contains(tokens[mention.tokens.lowerBound - 1].hash) {
            return .projection
        }
        if figure == .deployed, isStrengthTarget(mention, floor: sentence.lowerBound, limit: sentence.upperBound) {
            return .projection
        }
        // "on top of the 8,000 already there", "join the 1,800 German troops already stationed
        // there", "7,800 troops were now deployed": present now, whatever is planned or added
        // around them.
        // (Troops only: "17 people are now confirmed dead in the attack" is the attack's toll.)
        if figure == .deployed, isPresentNow(after: mention, npEnd: npEnd, limit: clause.upperBound) { return .total }
        // Plans and possibilities, first: "plans to send 6,000 more" is a plan; "plans to send 8,000", "could be deployed", "up to 12,000 may".
        // (The modal may come past an aside on the people: "About 1,700 of the soldiers, from the
        // 82nd Airborne Division, will go to Poland".)
        // (Or past an aside on them: "Another 400 personnel, including aircrew and a detachment of
        // Royal Marines, will fly out".)
        // "- Egyptian troops expected from July: 1,091": a label of troops to come.
        if figure == .deployed, followsLabel(mention, floor: window.lowerBound),
           (window.lowerBound..<mention.tokens.lowerBound).contains(where: { Words.plannedParticiples.contains(tokens[$0].hash) }) {
            return .projection
        }
        var planReach = max(npEnd, mention.tokens.upperBound)
        if planReach < window.upperBound, tokens[planReach].hash == Words.comma,
           let close = asideEnd(openingAt: planReach, limit: window.upperBound) {
            planReach = close
        }
        // (Or past the unit they come from: "another 800 troops from the Army's 3rd Infantry
        // Division would be sent".)
        if planReach < window.upperBound, let end = unitNameEnd(at: planReach, limit: window.upperBound) { planReach = end }
        // (Or past the places they come from, which may hold a number of their own: "About 7,800
        // National Guard troops from more than 40 states will support police".)
        var planLimit = window.upperBound
        if figure == .deployed, planReach < sentence.upperBound, tokens[planReach].hash == Words.from,
           let modal = (planReach + 1..<min(sentence.upperBound, planReach + 8)).first(where: { Lexicon.has(tokens[$0], .modal) }),
           (planReach + 1..<modal).allSatisfy({ !tokens[$0].isPunctuation && !Lexicon.has(tokens[$0], .auxiliary) }) {
            planReach = modal
            planLimit = max(planLimit, min(sentence.upperBound, modal + 2))
        }
        // (Or past the aside that gives a unit's size, to the unit's verb: "The 126th Infantry
        // Battalion, made up of 320 soldiers drawn mainly from the 1st Brigade, will deploy".)
        if figure == .deployed, let close = unitSizeAsideClose(of: mention, limit: sentence.upperBound), close > planReach {
            planReach = close
            planLimit = max(planLimit, min(sentence.upperBound, close + 4))
        }
        let planWindow = before.lowerBound..<min(planLimit, planReach + 9)
        if hasProjectionCue(in: planWindow, mention: mention) || isFutureDeadline(after: mention, limit: window.upperBound) {
            return .projection
        }
        // ("will deploy about 35,000 police officers and 4,000 reserve personnel": the plan of the
        // count the number is listed after, when that count is no claim to take it from.)
        // (Its verb group right before it, with no mark or "and" between: not "said they will
        // investigate, and 6,000 police and 400 soldiers were deployed".)
        if figure == .deployed, let listed = listedCountBefore(mention, floor: sentence.lowerBound) {
            var verbGroup = listed
            while verbGroup - 1 >= sentence.lowerBound, listed - verbGroup < 6, !tokens[verbGroup - 1].isPunctuation,
                  tokens[verbGroup - 1].hash != Words.and {
                verbGroup -= 1
            }
            if hasProjectionCue(in: verbGroup..<listed, mention: mention) { return .projection }
        }

        // Increments: "another 2,000", "an additional 1,500", "3,000 more", "rose by 200".
        if let change = Cues.changeBefore.match(tokens, endingBefore: mention.tokens.lowerBound, floor: before.lowerBound) {
            let isAnother = tokens[change.start].hash == Words.another || tokens[mention.tokens.lowerBound - 1].hash == Words.further
            // "300 killed and another 2,700 wounded", "8,000 held ..., while a further 50,000
            // were listed as missing": another figure, not an increment. Troops are always an
            // increment: "sent another 3,000".
            if !(isAnother && previousFigure != nil && previousFigure != figure && figure != .deployed) { return .change }
        }
        // "3,000 more troops"; but "112 killed and dozens more missing" adds another figure.
        // (Not after troops: "will keep about 6,000 soldiers ..., as rights groups reported two
        // more migrant deaths" adds to the dead.)
        // (More bodies are more of the dead whatever was told just before: "has risen to 143, and 87
        // people are still missing ... Rescuers pulled 11 more bodies from the mud".)
        // (Not a name's first word: "about 40 New Zealand soldiers arrived".)
        if mention.previousValue == nil, let more = Cues.changeAfter.match(tokens, at: mention.tokens.upperBound, limit: clause.upperBound),
           !isNameOpening(at: mention.tokens.upperBound, limit: clause.upperBound),
           previousFigure == nil || previousFigure == figure || figure == .deployed || previousFigure == .deployed
            || figure == .killed && mention.tokens.upperBound + more.length < clause.upperBound
                && Words.bodyNouns.contains(tokens[mention.tokens.upperBound + more.length].hash) {
            return .change
        }
        if isChangeBy(before: mention.tokens.lowerBound, floor: before.lowerBound) { return .change }
        // "Among the new deaths were four children and a woman": a part of the dead just added.
        if isPartOfAdded(mention, sentence: sentence) { return .change }
        // "the new battalion of about 750 soldiers brought the number of troops in the sub-region
        // to some 4,500": the subject of a verb that brings a count to a new value is what it added.
        if isSubjectOfPointer(mention, npEnd: npEnd, sentence: sentence) { return .change }
        // "lost 1,240 over the past day, bringing the total to 947,050": the increment.
        if isIncrementBeforePointer(mention, sentence: sentence) { return .change }
        // "raised the state's toll from Hurricane Bastien to 19, adding four deaths from carbon
        // monoxide poisoning": what a revision added.
        if isAddedToToll(mention, sentence: sentence) { return .change }


        // A rate after the number: "1,000 soldiers a day".
        // (Not a rate that another number after it has: "since the war began – an average of 28 a
        // day". Rates are rare: the words are read for a number only once one is found.)
        let after = mention.tokens.upperBound..<window.upperBound
        let afterCue = firstPeriodCue(in: after)
        if let rate = afterCue, rate.isRate {
            let next = after.first(where: { tokens[$0].isDigits || Lexicon.has(tokens[$0], .numberWord) }) ?? after.upperBound
            if firstPeriodCue(in: after.lowerBound..<next) != nil { return .period }
        }

        // A window stated outright wins over the events inside it: "strikes killed 36 over the
        // past 24 hours", "Of those killed in Goma since Sunday".
        // (Said in the past too: "said in August that 600 had been killed in the first half of the year".)
        // (Not a bare span of a past month's event, how long it lasted: "In June 2024, ADF
        // fighters killed at least 80 people in attacks on villages over two days".)
        // (The window may come after a weaker one that dates the report: "said last month that 127
        // civilians were killed in that time".)
        let windowCue = firstPeriodCue(in: window)
        // ("18 children had been killed by army drone strikes this year": a year's tally, however
        // its acts are told; troops "this year" are there now.)
        if windowCue?.isStrong == true || afterCue?.isStrong == true
            || windowCue?.isTallyOnly == true && figure != .deployed && isThisYearTally(in: window, mention: mention)
            || isDateSpan(in: window) || yearWindow(in: window, mention: mention, joined: figure != .deployed)
            || isYearsToll(before: mention, floor: window.lowerBound)
            || isInWindowedWhich(mention, sentence: sentence)
            || isOpeningYearWindow(of: sentence, mention: mention) || isOpeningWholeWindow(of: sentence, mention: mention)
            || isOpeningMonthTally(of: sentence, mention: mention, figure: figure)
            // (A label's month is its window, whatever event it names: "- Injured by police gunfire
            // in May: 58".)
            // (So is a table row's: "| Crew taken hostage in June | 19 |".)
            // (And its year: "- Deaths recorded in the Mediterranean in 2024: 2,452".)
            || followsLabel(mention, floor: window.lowerBound)
                && (monthWindow(in: window, mention: mention) || hasYear(in: window.lowerBound..<mention.tokens.lowerBound)
                    // (And its window after a verb of report: "- Deaths reported this week: 9".)
                    || hasLabelWindow(in: window.lowerBound..<mention.tokens.lowerBound)
                    || isUnderWindowHeader(mention, sentence: sentence)
                    // (And a table row's year: "| 2023 | 485 | 100 | 22 |" under "| Year | ... |".)
                    || figure != .deployed && isYearRow(mention, sentence: sentence))
            // (And a table row's month: "| January | 388 | 41 |" under "| Month | Abducted | Killed |".)
            || figure != .deployed && isMonthRow(mention, sentence: sentence)
            // (And a list item's year: "- 2022-23: 48 accidents, 312 deaths".)
            || figure != .deployed && isYearItem(mention, sentence: sentence)
            || isStatedSpan(in: window) && (isStatedSpan(in: window, modifiedOnly: true)
                                            || !isPastMonthEvent(mention, window: window, sentence: sentence))
            || isSinceRecent(in: window) || isRankedSpan(in: window) || isDuringCampaign(in: window)
            || isPartOfYearsToll(mention, limit: sentence.upperBound)
            // ("child deaths in 2024 rose by 19% to about 4,700": a year's count that changed.)
            || figure != .deployed && isYearsCountNoun(before: start, floor: sentence.lowerBound, changed: true)
            || figure != .deployed && (isCountedActsToll(mention, sentence: sentence)
                                       || isRankedWithinWindow(mention, sentence: sentence)) {
            return .period
        }

        // One event: "in the ambush", "in one battle", "a missile strike killed eight".
        // (Not a participle's toll under a window that opens the sentence: "In the first two months
        // of this year, the military carried out at least 380 air and drone strikes, killing 210
        // civilians".)
        if isIncident(window: window, sentence: sentence, mention: mention)
            || isParticipialToll(mention, sentence: sentence) && !isOpeningWindow(of: sentence, mention: mention)
            || isArmedSecondActOnADay(mention, sentence: sentence) || isArmedActOnADay(mention, window: window, sentence: sentence) {
            return .incident
        }
        // "In February 2004, a runaway train ... exploded, killing about 300", "since November
        // 2001, when Flight 587 went down, killing 265": one event of a past month, told in the
        // past tense. So is a past disaster, other than the story's own: "In November 2013,
        // Typhoon Haiyan killed more than 6,300 people".
        // (Not a number joined after it with a "since" of its own: "..., and more than 400 inmates
        // have died in prison violence since 2021".)
        if isPastMonthEvent(mention, window: window, sentence: sentence) || isOpeningMonthsEvent(mention, sentence: sentence),
           !hasOwnSince(mention, windowEnd: window.upperBound, sentence: sentence) {
            return .incident
        }

        // A weaker window: "last week", "in January".
        // ("The administration said in January that 158 people died ... last year": the year is
        // the window, the month only dates the report; troops sent last year are there now.)
        if figure != .deployed, isLastYear(in: window, mention: mention, sentence: sentence) { return .period }
        // ("said on Wednesday that it had recorded 1,184 deaths in armed clashes in February": a
        // past report's month after the number, before any mark, is the count's window; not
        // another clause's: "at least 100 ... had been killed, and in January it put ...".)
        if isPastReference {
            let clauseEnd = (mention.tokens.upperBound..<window.upperBound).first { tokens[$0].isPunctuation } ?? window.upperBound
            if figure == .deployed || !monthWindow(in: window.lowerBound..<clauseEnd, mention: mention) { return .total }
        }
        if let cue = windowCue, !cue.isRate, !(cue.isTallyOnly && figure == .deployed) { return .period }
        // "Road accidents killed 253 people ... during this year's Songkran holiday": a holiday's days.
        if figure != .deployed, isHolidayWindow(in: window) { return .period }
        if monthWindow(in: window, mention: mention) { return .period }
        // ("The Home Ministry put the day's toll at four dead": a window's toll.)
        if figure != .deployed, isWindowsToll(before: start, floor: sentence.lowerBound) { return .period }
        if contains(Cues.totalCues, in: window) { return .total }
        // "Between November 2023 and December 2024, the Houthis attacked more than 100 ships,
        // sank two and killed four seafarers": a window that opens the sentence holds for
        // every number in it.
        if isOpeningWindow(of: sentence, mention: mention) { return .period }
        return nil
    }

    /// "to reach its full strength of about 4,800 soldiers ... by the end of 2027", "300,000 by
    /// 2035": a year still to come that the number is to be reached by.
    func isFutureDeadline(after mention: NumberMention, limit: Int) -> Bool {
        var i = mention.tokens.upperBound
        while i < min(limit, mention.tokens.upperBound + 12) {
            // (Past another count joined by "and" only: "4,800 soldiers and 200 civilian staff by
            // the end of 2027", not "has about 2,200 troops ... and plans to increase the number to
            // 2,500 by 2027".)
            if isHardBreak(tokens[i]) || tokens[i].isDigits && tokens[i - 1].hash != Words.and { return false }
            if tokens[i].hash == Words.by {
                var k = i + 1
                // "by the end of", "by mid-"
                while k < min(limit, i + 5), !tokens[k].isDigits { k += 1 }
                guard k < limit, let year = yearNumber(tokens[k]) else {
                    // ("by the end of this year", "by next month", "by the end of this summer"; not "by
                    // the end of the day", which a past toll may be told by, nor "by small boat this year".)
                    var when = i + 1
                    if when + 3 < limit, tokens[when].hash == Words.the, tokens[when + 1].hash == Words.end,
                       tokens[when + 2].hash == Words.of {
                        when += 3
                    }
                    return when + 1 < limit && Words.comingWords.contains(tokens[when].hash)
                        && (Lexicon.has(tokens[when + 1], .timeUnit) || Words.yearSeasons.contains(tokens[when + 1].hash))
                }
                let isEnd = (i + 1..<k).contains { tokens[$0].hash == Words.end }
                return year > published.year || year == published.year && isEnd
            }
            i += 1
        }
        return false
    }

    /// "died in coal mine accidents nationwide last year", "Last year, 281 people died of dengue":
    /// last year as the window, after the number or opening the sentence; not the start of one
    /// ("since they were deployed last year").
    func isLastYear(in window: Range<Int>, mention: NumberMention, sentence: Range<Int>) -> Bool {
        // (Past a joining word that opens the sentence: "And last year 11 service members were killed".)
        let start = sentence.lowerBound
            + (sentence.count > 4 && (tokens[sentence.lowerBound].hash == Words.and || tokens[sentence.lowerBound].hash == Words.but) ? 1 : 0)
        // (Or with no comma: "Last year 376 people died", "Last year the agency verified 1,348
        // attacks ..., which also injured 1,280 people".)
        // (And a season of it: "Last winter, 167 people died of cold-related causes".)
        // (Or the dead it names: "Of last year's deaths, 61 were children".)
        // (Or what was held in it: "During last year's processions, volunteers treated 37
        // mourners", "In last year's elections"; not one event of it, "In last year's attack".)
        let opening = tokens[start].hash == Words.of && sentence.count > 5 && tokens[start + 3].kind == .possessive
            && isWindowsDead(at: start + 4)
            || (tokens[start].hash == Words.during || tokens[start].hash == Words.in) && sentence.count > 5
            && tokens[start + 3].kind == .possessive && tokens[start + 4].isWord
            && !Lexicon.has(tokens[start + 4], .event) && !Lexicon.has(tokens[start + 4], .disaster) ? start + 1 : start
        if sentence.count > 3, tokens[opening].hash == Words.last,
           tokens[opening + 1].hash == Words.year || Words.yearSeasons.contains(tokens[opening + 1].hash),
           opening + 2 <= mention.tokens.lowerBound {
            return true
        }
        for i in mention.tokens.upperBound..<max(mention.tokens.upperBound, window.upperBound - 1) {
            // (A number of a second act joined by "and" shares the year: "troops killed more than
            // 2,000 bandits and rescued 1,400 hostages across the northwest last year".)
            // (Or a number joined with its verb after it: "More than 4,500 children were killed and
            // 7,000 maimed last year".)
            let isJoinedAct = tokens[i].isDigits && i - 2 >= mention.tokens.upperBound && tokens[i - 2].hash == Words.and
                && isFinitePast(i - 1)
                || tokens[i].isDigits && i - 1 >= mention.tokens.upperBound && tokens[i - 1].hash == Words.and
                    && i + 1 < window.upperBound && isFinitePast(i + 1)
            if tokens[i].hash == Words.since || tokens[i].isDigits && !isJoinedAct { return false }
            // (And a season of it: "killed 22 people ... last winter".)
            if tokens[i].hash == Words.last, tokens[i + 1].hash == Words.year || Words.yearSeasons.contains(tokens[i + 1].hash) {
                return true
            }
        }
        return false
    }

    /// "23 of the 2024-25 deaths occurred on the N3", "12 of the 2023 victims": a part of a
    /// year's toll counts in that year.
    func isPartOfYearsToll(_ mention: NumberMention, limit: Int) -> Bool {
        let of = mention.tokens.upperBound
        guard of + 3 < limit, tokens[of].hash == Words.of, tokens[of + 1].hash == Words.the,
              let year = yearNumber(tokens[of + 2]) else { return false }
        let noun = yearSpanEnd(from: year, at: of + 3, limit: limit)?.end ?? of + 3
        return noun < limit && (Words.tollNouns.contains(tokens[noun].hash) || Words.tollCountNouns.contains(tokens[noun].hash)
                                || tokens[noun].hash == Words.victims)
    }

    /// A plural event or weapon, or gunfire, which is many shots: many acts, not one.
    func isManyActs(_ token: Token) -> Bool {
        isPlural(token) || token.hash == Words.gunfire
    }

    /// "Of those,", "Of them,", "Among them,": a sentence that opens on the people counted before.
    func opensOnThoseBefore(_ sentence: Range<Int>) -> Bool {
        let start = sentence.lowerBound
        return start + 3 < sentence.upperBound && (tokens[start].hash == Words.of || tokens[start].hash == Words.among)
            && (tokens[start + 1].hash == Words.those || tokens[start + 1].hash == Words.them || tokens[start + 1].hash == Words.these)
            && tokens[start + 2].hash == Words.comma
    }

    /// "Bandits killed more than 1,200 people in the state last year", "this year", "in 2024": a
    /// year's tally, whoever did the killing.
    func isYearsTally(_ window: Range<Int>, mention: NumberMention, sentence: Range<Int>) -> Bool {
        isLastYear(in: window, mention: mention, sentence: sentence) || yearWindow(in: window, mention: mention)
            || isThisYear(window) || (window.lowerBound..<max(window.lowerBound, window.upperBound - 1)).contains {
                // (Not a month of it: "In March this year, gunmen kidnapped more than 130 pupils".)
                tokens[$0].hash == Words.this && tokens[$0 + 1].hash == Words.year
                    && !($0 > window.lowerBound && Lexicon.has(tokens[$0 - 1], .month))
            }
    }

    /// "During the five-month siege, 165 soldiers ... were killed", "throughout the Russian
    /// offensive": a siege, an offensive, a truce, a ceasefire or an escalation with its own
    /// modifiers is a window ("during the siege" alone is a cue of `Cues`). Not an operation,
    /// which may be one raid, nor one that lasted hours ("during a 30-hour siege at the Hayat
    /// Hotel"): one event.
    func isDuringCampaign(in range: Range<Int>) -> Bool {
        for i in range where tokens[i].hash == Words.during || tokens[i].hash == Words.throughout {
            guard i + 2 < range.upperBound, Lexicon.has(tokens[i + 1], .determiner) else { continue }
            var j = i + 2
            while j < min(range.upperBound, i + 7) {
                if Words.shortSpanUnits.contains(tokens[j].hash) { break }
                if Words.windowOpeners.contains(tokens[j].hash) { return tokens[j].hash != Words.operation }
                if tokens[j].isPunctuation && tokens[j].hash != Words.hyphen { break }
                j += 1
            }
        }
        return false
    }

    /// A window that opens the sentence, before the number: "Between November 2023 and December
    /// 2024, ...", "In the first two months of this year, ...".
    func isOpeningWindow(of sentence: Range<Int>, mention: NumberMention) -> Bool {
        guard let opening = openingPhrase(of: sentence, before: mention.tokens.lowerBound) else { return false }
        return isDateSpan(in: opening) || firstPeriodCue(in: opening)?.isStrong == true || isStatedSpan(in: opening)
            || isThisYear(opening)
    }

    /// One event of a past month, told in the past tense: "In February 2004, a runaway train
    /// ... exploded, killing about 300", "In November 2013, Typhoon Haiyan killed more than 6,300".
    func isPastMonthEvent(_ mention: NumberMention, window: Range<Int>, sentence: Range<Int>) -> Bool {
        // (Not the start of what the toll counts: "for the whole conflict, which began when
        // Hezbollah opened fire on Israel on Oct. 8, 2023, stands at 4,285"; but the act that
        // began it is one event: "The war began when Hamas-led militants killed about 1,200
        // Israelis ... on Oct. 7, 2023".)
        !window.contains(where: { isConflictStart(at: $0) && !($0 < mention.tokens.lowerBound && isArmedAct(before: mention, floor: $0 + 1)) })
            && pastEventMonth(for: mention, window: window, sentence: sentence) != nil
            // (A speaker's perfect is not the count's: "Human Rights Watch has said soldiers killed
            // at least 223 villagers ... on February 25, 2024".)
            && !(window.lowerBound..<mention.tokens.lowerBound).contains(where: {
                Lexicon.has(tokens[$0], .perfect) && !($0 + 1 < mention.tokens.lowerBound && Lexicon.has(tokens[$0 + 1], .attribution))
            })
            // (Nor a tally in the perfect after "since": "Since Captain Ibrahim Traoré seized power in
            // September 2022, at least 6,400 Burkinabe soldiers ... have been killed".)
            && !(sentence.contains(where: { tokens[$0].hash == Words.since && $0 < mention.tokens.lowerBound })
                 && (mention.tokens.upperBound..<window.upperBound).contains(where: { Lexicon.has(tokens[$0], .perfect) }))
            // (Nor a label's tally since a day: "- Cumulative deaths since the outbreak was declared on
            // 28 September 2024: 1,487".)
            && !(followsLabel(mention, floor: window.lowerBound)
                 && (window.lowerBound..<mention.tokens.lowerBound).contains(where: { tokens[$0].hash == Words.since }))
            && (window.contains(where: { isPastEventWord($0) }) || isArmedAct(before: mention, floor: window.lowerBound)
                // (Fighting that killed them, its month told in its phrase: "Fighting over the same
                // towns in April 2021 killed more than 100 people".)
                || pastAct(before: mention, floor: window.lowerBound) != nil
                    && (window.lowerBound..<mention.tokens.lowerBound).contains(where: { tokens[$0].hash == Words.fighting })
                // (Or a killing in the simple past whatever did it, its month and year told after
                // the number: "a year after a similar brew killed 20 people in Kirinyaga in August
                // 2023". This reading leaves out a lasting condition's killing, "heat killed ...
                // in June 2015", though another reading above may still make it one event.)
                // (In the number's own clause, with no auxiliary before the verb: not "had captured
                // 217 Russian soldiers in September, the most ... since the incursion began in
                // August 2024".)
                || pastAct(before: mention, floor: window.lowerBound).map({ verb in
                    !(window.lowerBound..<verb).contains(where: { Words.conditions.contains(tokens[$0].hash) })
                        && !(verb > window.lowerBound && Lexicon.has(tokens[verb - 1], .auxiliary))
                        && (mention.tokens.upperBound..<max(mention.tokens.upperBound, window.upperBound - 2))
                            .prefix(while: { !tokens[$0].isPunctuation }).contains(where: {
                                tokens[$0].hash == Words.in && Lexicon.has(tokens[$0 + 1], .month) && isMonthWithYear($0 + 1)
                            })
                }) == true
                || isOpeningPastMonth(of: sentence, mention: mention)
                    && (pastAct(before: mention, floor: window.lowerBound) != nil
                        || isPastToll(mention, window: window, sentence: sentence)
                        // (One day's toll is one event's: "On Oct. 23, 2022, 41 people were killed and
                        // more than 150 injured as fans fled".)
                        || tokens[sentence.lowerBound].hash == Words.on && isPastToll(mention, window: window, sentence: sentence,
                                                                                       eventNamed: true))
                // (So is a toll of one past day told after it: "Two aid workers were killed near
                // Kaya on July 10".)
                // (In the simple past: not "58 people have been killed ..., up from 41 on 31 January",
                // nor "2,600 people had died, then withdrew the figure on Sept. 15".)
                // (And the toll of an act in the simple past whoever did it: "Soldiers killed 54
                // villagers at Las Palmas on March 9", "Forces under his command killed between 1,200
                // and 1,500 prisoners at a farm near Vrbica on 14 July 1995".)
                || isOnDay(after: mention, window: window)
                    && (isPastToll(mention, window: window, sentence: sentence, eventNamed: true)
                        || pastAct(before: mention, floor: window.lowerBound) != nil)
                    && !(mention.tokens.upperBound..<window.upperBound).contains(where: { Words.haveForms.contains(tokens[$0].hash) }))
    }

    /// "three days of fighting", "two days of fighting": fighting of a few days counted, one
    /// battle like "four days of clashes" (the corpus's writers make all 33 tolls told in such
    /// sentences `incident`s; not hours, which may be a window's: "in the past 24 hours of
    /// fighting").
    func isDaysOfFighting(at index: Int, floor: Int) -> Bool {
        index - 3 >= floor && tokens[index].hash == Words.fighting && tokens[index - 1].hash == Words.of
            && (tokens[index - 2].hash == Words.days || tokens[index - 2].hash == Words.day)
            && (tokens[index - 3].isDigits || Lexicon.has(tokens[index - 3], .numberWord) || tokens[index - 3].hash == Words.a)
    }

    /// "on July 10", "on Oct. 7", "on 10 July" after the number, in its window (before any "since",
    /// or "from" an earlier value).
    func isOnDay(after mention: NumberMention, window: Range<Int>) -> Bool {
        var i = mention.tokens.upperBound
        while i + 2 < window.upperBound, !Words.timePrepositions.contains(tokens[i].hash), tokens[i].hash != Words.from {
            let day = tokens[i + 2].hash == Words.period && i + 3 < window.upperBound ? i + 3 : i + 2
            if tokens[i].hash == Words.on, Lexicon.has(tokens[i + 1], .month) && dayNumber(tokens[day]) != nil
                || dayNumber(tokens[i + 1]) != nil && Lexicon.has(tokens[i + 2], .month) {
                return true
            }
            i += 1
        }
        return false
    }

    /// A count of the casualties of an event told under a past month with its year that opens
    /// the sentence, in the simple past: "In August 2022, 21 people were killed during a 30-hour
    /// siege of the Hayat Hotel", "In January 2024, six nuns ... were kidnapped from a bus",
    /// "In July 2024, a boat ... capsized near Nouakchott; 89 bodies were recovered". The writers
    /// make 96% of the claims in such sentences `incident`s (`scripts/label-scopes` on the corpus
    /// and the gates). Not a report of a toll ("In December 2024, Zelensky said 43,000 ... had
    /// been killed", "In March 2022, researchers put the toll at ..."), a tally ("since"), a
    /// state ("about 90 are still missing"), nor a month's toll with no event and no doer named
    /// ("In July 2024, 320 soldiers were killed").
    func isPastMonthsEventCount(_ mention: NumberMention, figure: FigureKey, npEnd: Int, sentence whole: Range<Int>) -> Bool {
        // (After a colon too, which opens a sentence of its own: "the worst episode in the
        // country's prisons in a decade: in June 2023, 46 women were killed ... when".)
        let colon = (whole.lowerBound..<mention.tokens.lowerBound).last(where: { tokens[$0].hash == Words.colon })
        let sentence = colon.map { $0 + 1 < mention.tokens.lowerBound && tokens[$0 + 1].hash == Words.in ? $0 + 1..<whole.upperBound : whole }
            ?? whole
        guard let opening = openingPhrase(of: sentence, before: mention.tokens.lowerBound),
              tokens[opening.lowerBound].hash == Words.in, !isDateSpan(in: opening),
              opening.contains(where: { yearNumber(tokens[$0]) != nil }),
              pastEventDate(in: opening, before: opening.upperBound) != nil else { return false }
        let rest = opening.upperBound..<sentence.upperBound
        if (opening.upperBound..<mention.tokens.lowerBound).contains(where: {
            Lexicon.has(tokens[$0], .attribution) && !Lexicon.has(tokens[$0], .adverb)
        }) {
            return false
        }
        if rest.contains(where: {
            let hash = tokens[$0].hash
            return Lexicon.has(tokens[$0], .perfect) || hash == Words.had || hash == Words.since || hash == Words.still
        }) {
            return false
        }
        // The event: its word, its doers (not the people counted), a siege or an offensive, or
        // the taking of captives itself.
        let counted = mention.tokens.lowerBound..<max(npEnd, mention.tokens.upperBound)
        return figure == .captured || rest.contains { i in
            !counted.contains(i) && (isPastEventWord(i) || isArmedPerson(at: i, limit: sentence.upperBound)
                                     || tokens[i].hash == Words.siege || tokens[i].hash == Words.offensive)
        }
            // (Or told in a clause of "when" or "after" with a past verb of its own: "In June 2022,
            // 44 migrants died of thirst near Séguédine after their vehicle broke down".)
            || figure != .deployed && rest.contains { i in
                i >= counted.upperBound && (tokens[i].hash == Words.when || tokens[i].hash == Words.after)
                    && (i + 1..<min(sentence.upperBound, i + 8)).contains { isFinitePast($0) }
            }
    }

    /// A sentence that may tell more of the event just counted, when its numbers have no scope of
    /// their own: none of "since" or the perfect (a tally: "Since November 2023, the Houthis have
    /// ... killed at least eight seafarers"), of a disaster or a war (whose toll is the story's,
    /// or another event: "That war killed about 1,200 people"), nor of hospitals and care (how
    /// many are in hospital now: "Twenty-nine people remain in hospital", "Seven inmates were
    /// being treated for burns"; the writers make these `total`s more often than not).
    /// (Care in the number's own clause only, and not past the verb that hurt them: "residents
    /// had buried the bodies of 29 soldiers on Monday, and that at least six of the wounded had
    /// been evacuated to Kayes hospital", "31 people were injured and had been taken to Kosti
    /// Teaching Hospital" tell the event's dead and hurt.)
    func isUntoldPartOfEvent(_ sentence: Range<Int>, clause: Range<Int>, mention: NumberMention, figure: FigureKey) -> Bool {
        let hurt = (mention.tokens.upperBound..<clause.upperBound).first { Words.hurtWords.contains(tokens[$0].hash) }
        // (The dead are not in care: "One person succumbed to injuries while receiving treatment at
        // the Badulla Teaching Hospital" died of the event.)
        let care = figure == .killed ? 0..<0 : clause.lowerBound..<(hurt ?? clause.upperBound)
        return !sentence.contains { i in
            let token = tokens[i]
            // (A disaster's word after "to" is a verb: "militants who tried to storm the checkpoint".)
            // (A perfect in a later clause of the people's is theirs, not a tally's: "fifteen (15)
            // sustained injuries and have been evacuated to Bentiu".)
            return token.hash == Words.since
                || Lexicon.has(token, .perfect) && !(i > mention.tokens.upperBound && (mention.tokens.upperBound..<i).contains {
                    tokens[$0].hash == Words.and || tokens[$0].hash == Words.whileWord
                })
                || Lexicon.has(token, .disaster) && !(i > sentence.lowerBound && tokens[i - 1].hash == Words.to)
                || care.contains(i) && (Words.hospitalWords.contains(token.hash) || Words.careWords.contains(token.hash))
        }
    }

    /// "Armed bandits on motorcycles stormed a government secondary school in Zamfara state on
    /// Tuesday and kidnapped 68 pupils", "gunmen burst into a family party in Culiacán late on
    /// Tuesday and shot dead eight people": armed people's second act in the simple past, joined
    /// by "and" to their first, in a sentence that names the day: one raid. (Not a tally: "since",
    /// the perfect.)
    func isArmedSecondActOnADay(_ mention: NumberMention, sentence: Range<Int>) -> Bool {
        guard !sentenceRoles.isDisjoint(with: [.weekday, .yesterday]),
              let verb = pastAct(before: mention, floor: sentence.lowerBound), verb - 1 > sentence.lowerBound,
              tokens[verb - 1].hash == Words.and else { return false }
        let before = sentence.lowerBound..<verb - 1
        guard before.contains(where: { isFinitePast($0) }),
              !sentence.contains(where: { tokens[$0].hash == Words.since || Lexicon.has(tokens[$0], .perfect) }) else { return false }
        // ("Armed men stopped a passenger bus ... on Tuesday night and kidnapped 16 passengers".)
        return before.prefix(12).contains { isArmedPerson(at: $0, limit: verb) || tokens[$0].hash == Words.armed }
    }

    /// "Armed youths abducted six aid workers from a convoy near Pibor on Monday", "militants
    /// kidnapped 19 passengers from a bus near Niono on Thursday": armed people's act in the
    /// simple past, its subject right before the verb, in a sentence that names its day outside
    /// the attribution after it: one raid. (Not a tally: "since", the perfect.)
    func isArmedActOnADay(_ mention: NumberMention, window: Range<Int>, sentence: Range<Int>) -> Bool {
        guard !sentenceRoles.isDisjoint(with: [.weekday, .yesterday]),
              let verb = pastAct(before: mention, floor: sentence.lowerBound), verb > sentence.lowerBound,
              !sentence.contains(where: { tokens[$0].hash == Words.since || Lexicon.has(tokens[$0], .perfect) }) else { return false }
        var subject = verb - 1
        while subject > sentence.lowerBound, Lexicon.has(tokens[subject], .adverb) { subject -= 1 }
        // ("Armed youths", "Gang members", "CODECO militiamen": a word or two before the head.)
        // (The day is the act's, in its own clause: not "pushed into Mosul on Tuesday, as the
        // UN said the militants had killed dozens", an act before.)
        func isArmed(endingAt subject: Int) -> Bool {
            (max(sentence.lowerBound, subject - 2)...subject).contains { isArmedPerson(at: $0, limit: verb) || tokens[$0].hash == Words.armed }
        }
        // ("Armed men in a speedboat kidnapped", "Gunmen on motorcycles": past a phrase of where
        // they came from or how.)
        var modifier = subject
        while modifier > max(sentence.lowerBound, subject - 5), tokens[modifier].isWord, !tokens[modifier].isCapitalized,
              tokens[modifier].hash != Words.that, !Lexicon.has(tokens[modifier], .preposition) {
            modifier -= 1
        }
        let head = max(sentence.lowerBound, subject - 2)
        return (isArmed(endingAt: subject) || modifier > sentence.lowerBound && modifier < subject
                && Lexicon.has(tokens[modifier], .preposition) && isArmed(endingAt: modifier - 1))
            && (min(head, modifier)..<window.upperBound).contains { !tokens[$0].roles.isDisjoint(with: [.weekday, .yesterday]) }
    }

    /// The toll of a past act told around the number: a participle after a comma ("..., came
    /// down, killing more than 40 people") or a casualty verb in the simple past after its noun
    /// phrase, with an event named in the sentence ("at least 40 migrants died when their boat
    /// caught fire", "Chechen militants seized a Moscow theatre ...; 130 hostages died"; not a
    /// month's toll alone: "In July 2024, 320 soldiers were killed").
    /// `eventNamed`: the sentence is known to tell one event, so the verb alone decides.
    func isPastToll(_ mention: NumberMention, window: Range<Int>, sentence: Range<Int>, eventNamed: Bool = false) -> Bool {
        let start = mention.tokens.lowerBound
        if start - 2 >= window.lowerBound, Words.tollParticiples.contains(tokens[start - 1].hash),
           tokens[start - 2].hash == Words.comma {
            return true
        }
        var i = mention.tokens.upperBound
        while i < min(window.upperBound, mention.tokens.upperBound + 5), !tokens[i].isPunctuation {
            if let trigger = extractor.triggers.match(tokens, at: i, limit: window.upperBound), trigger.value.figure != .deployed {
                let next = i + trigger.length
                guard isFinitePast(i) || i > 0 && (tokens[i - 1].hash == Words.were || tokens[i - 1].hash == Words.was) else {
                    return false
                }
                // ("In December 2022, at least 73 persons died after consuming spurious liquor": an act
                // after "after" is the event too.)
                // (Or past a phrase on where: "In July 2020, 121 people died in three districts of
                // Punjab after drinking spurious liquor".)
                return eventNamed || next < tokens.count && tokens[next].hash == Words.when || sentence.contains { isPastEventWord($0) }
                    || (next..<max(next, window.upperBound - 1)).contains {
                        tokens[$0].hash == Words.after && tokens[$0 + 1].isWord && text(of: tokens[$0 + 1]).hasSuffix("ing")
                    }
            }
            i += 1
        }
        return false
    }

    /// "In June, more than 80 people died when a boat capsized": a month alone opening the
    /// sentence, the number right after its comma, and an event after "when" in the number's
    /// clause (past a phrase on what sank: "when a boat carrying footballers to a match sank"), or
    /// one event named after "in a" ("In January, six miners died in a smaller collapse at the
    /// same site"): that month's one event (its toll dated to the month).
    func isOpeningMonthsEvent(_ mention: NumberMention, sentence: Range<Int>) -> Bool {
        let first = sentence.lowerBound
        // ("In March, a tornado killed 12 people", "In February, a blaze at the camp killed two
        // people": a disaster or a fire told with "a", the subject of the killing right before the
        // number, is that month's one event too.)
        if sentenceRoles.contains(.month), first + 4 < mention.tokens.lowerBound, tokens[first].hash == Words.in,
           Lexicon.has(tokens[first + 1], .month), tokens[first + 1].isCapitalized, tokens[first + 2].hash == Words.comma,
           tokens[first + 3].hash == Words.a || tokens[first + 3].hash == Words.an,
           let verb = pastAct(before: mention, floor: first + 4),
           (first + 4..<verb).prefix(while: { !tokens[$0].isPunctuation || tokens[$0].hash == Words.hyphen })
            .contains(where: { isPastEventWord($0) }) {
            return true
        }
        // ("In February, a military convoy was ambushed on its way to the town and 11 Malian
        // soldiers were killed": an act told with "a", in the past, and its toll joined after "and".)
        let and = mention.tokens.lowerBound - 1
        if sentenceRoles.contains(.month), first + 5 < and, tokens[and].hash == Words.and, tokens[first].hash == Words.in,
           Lexicon.has(tokens[first + 1], .month), tokens[first + 1].isCapitalized, tokens[first + 2].hash == Words.comma,
           tokens[first + 3].hash == Words.a || tokens[first + 3].hash == Words.an,
           (first + 4..<and).allSatisfy({ !tokens[$0].isPunctuation || tokens[$0].hash == Words.hyphen }),
           (first + 4..<and).contains(where: { isPastEventWord($0) && !Words.conditions.contains(tokens[$0].hash) }) {
            return true
        }
        guard sentenceRoles.contains(.month), first + 3 == mention.tokens.lowerBound, tokens[first].hash == Words.in,
              Lexicon.has(tokens[first + 1], .month), tokens[first + 1].isCapitalized, tokens[first + 2].hash == Words.comma,
              let cue = (mention.tokens.upperBound..<min(sentence.upperBound, mention.tokens.upperBound + 8)).first(where: {
                  tokens[$0].hash == Words.when || tokens[$0].isPunctuation || Lexicon.has(tokens[$0], .perfect)
                      || tokens[$0].hash == Words.in && $0 + 1 < sentence.upperBound
                          && (tokens[$0 + 1].hash == Words.a || tokens[$0 + 1].hash == Words.an)
              }) else { return false }
        let clause = (cue + 1..<min(sentence.upperBound, cue + 12)).prefix { !tokens[$0].isPunctuation }
        if tokens[cue].hash == Words.when {
            return clause.contains { isPastEventWord($0) && !Words.conditions.contains(tokens[$0].hash) }
        }
        // (The noun after the article and a word or two that describe it; not many events: "in a
        // series of attacks".)
        guard tokens[cue].hash == Words.in else { return false }
        return clause.dropFirst().prefix(3).prefix { !Lexicon.has(tokens[$0], .preposition) }.contains {
            isPastEventWord($0) && !isPlural(tokens[$0]) && !Words.conditions.contains(tokens[$0].hash)
        }
    }

    /// A past month with its year in the phrase that opens the sentence: "In February 2011, ...",
    /// or a past day: "On 4 June, ..." (not a span: "Between November 2023 and December 2024, ...").
    func isOpeningPastMonth(of sentence: Range<Int>, mention: NumberMention) -> Bool {
        guard let opening = openingPhrase(of: sentence, before: mention.tokens.lowerBound),
              tokens[opening.lowerBound].hash == Words.in || tokens[opening.lowerBound].hash == Words.on,
              !isDateSpan(in: opening) else { return false }
        return pastEventDate(in: opening, before: opening.upperBound) != nil
    }

    /// "already" or "now" after the number and its noun phrase, a few plain words on at most:
    /// "the 8,000 already there", "60,000 soldiers and paramilitary troops already deployed",
    /// "7,800 Spanish troops were now deployed".
    func isPresentNow(after mention: NumberMention, npEnd: Int, limit: Int) -> Bool {
        // "which has already deployed about 1,500 troops": already there, before the verb (not
        // more of them: "has already sent 3,000 more").
        let start = mention.tokens.lowerBound
        if Range(max(0, start - 3), upTo: start).contains(where: { tokens[$0].hash == Words.already }),
           !Range(max(0, start - 2), upTo: min(limit, mention.tokens.upperBound + 2)).contains(where: { Lexicon.has(tokens[$0], .countQualifier) }) {
            return true
        }
        // "currently have about 152,000 personnel against an authorised strength of about 188,000",
        // "now has 70,860 full-time trained soldiers": the strength held now.
        if start >= 2, tokens[start - 1].hash == Words.have || tokens[start - 1].hash == Words.has,
           Words.presenceAdverbs.contains(tokens[start - 2].hash) {
            return true
        }
        var i = mention.tokens.upperBound
        let end = min(limit, max(npEnd, mention.tokens.upperBound) + 4)
        while i < end, !tokens[i].isPunctuation, !tokens[i].isDigits {
            if tokens[i].hash == Words.already { return true }
            i += 1
        }
        // "now" in the number's own verb group only: not "killed two ... and were now guarding".
        var j = max(npEnd, mention.tokens.upperBound)
        if j < limit, Lexicon.has(tokens[j], .auxiliary) { j += 1 }
        return j < limit && tokens[j].hash == Words.now
    }

    /// "still", "remain(s)", "are" or "is" in the verb group at `start`.
    func isMissingNow(after start: Int, limit: Int) -> Bool {
        var i = start
        while i < min(limit, start + 3), tokens[i].isWord {
            if Words.missingNowWords.contains(tokens[i].hash) { return true }
            i += 1
        }
        return false
    }

    /// Missing now past a clause of how they were taken, after the people at `npEnd`: "158
    /// people picked up by security forces between 2009 and 2024 remain missing", "1,327 people
    /// who vanished during the war are still missing".
    func isMissingNow(afterTakenAt npEnd: Int, limit: Int) -> Bool {
        guard let verb = mainVerb(afterTakenAt: npEnd, limit: limit) ?? mainVerb(afterRelativeAt: npEnd, limit: limit, pastOwnAuxiliaries: true)
        else { return false }
        return isMissingNow(after: verb, limit: limit)
    }

    /// Captives held now: "still" in the verb group after the number ("leaving 49 still in
    /// captivity", "15 are still being held"), or "is/are (still) holding" before it in its
    /// window ("are still holding 14 soldiers and two police officers").
    func isHeldNow(_ mention: NumberMention, npEnd: Int, window: Range<Int>) -> Bool {
        let after = mention.tokens.upperBound
        // (Not the whole the held are a part of: "Of the 251 hostages seized during the Oct. 7, 2023
        // attack, 58 are still being held".)
        let number = mention.tokens.lowerBound
        if number >= 2, tokens[number - 1].hash == Words.the, tokens[number - 2].hash == Words.of { return false }
        // ("50 hostages remain in Gaza"; past an aside on them: "Fifty hostages, 20 of whom are
        // believed to be alive, are still being held".)
        var verb = max(npEnd, after)
        if verb < window.upperBound, tokens[verb].hash == Words.comma,
           let close = (verb + 1..<min(window.upperBound, verb + 14)).first(where: { tokens[$0].hash == Words.comma }) {
            verb = close + 1
        }
        // (Past the participle phrase of how they were taken: "Ninety-eight hostages taken in the
        // Oct. 7, 2023 attack remain in Gaza", "hostages seized in ..."; a comma inside a date
        // stays in it.)
        if verb < window.upperBound, Words.takeVerbs.contains(tokens[verb].hash) || tokens[verb].hash == Words.held
            || Words.captureParticiples.contains(tokens[verb].hash) {
            var i = verb + 1
            while i < min(window.upperBound, verb + 16), !Words.remainWords.contains(tokens[i].hash), tokens[i].hash != Words.still,
                  tokens[i].isWord || tokens[i].isDigits || tokens[i].hash == Words.period
                    || tokens[i].hash == Words.comma && i + 1 < window.upperBound && tokens[i + 1].isDigits {
                i += 1
            }
            if i < window.upperBound, Words.remainWords.contains(tokens[i].hash) || tokens[i].hash == Words.still { return true }
        }
        for from in [after, verb] where (from..<max(from, min(window.upperBound, max(npEnd, from) + 3))).contains(where: {
            tokens[$0].hash == Words.still || Words.remainWords.contains(tokens[$0].hash)
        }) {
            return true
        }
        let start = window.lowerBound + 1
        return (start..<max(start, mention.tokens.lowerBound)).contains { i in
            // ("Hamas still holds 59 hostages", "Maute fighters remain in the ruins, holding about
            // 300 hostages": the present, or a participle after the clause of its holders.)
            if tokens[i].hash == Words.holds || tokens[i].hash == Words.hold && tokens[i - 1].hash != Words.to { return true }
            guard tokens[i].hash == Words.holding else { return false }
            if tokens[i - 1].hash == Words.comma { return true }
            // ("Pirates are also still holding 17 fishermen".)
            var before = i - 1
            while before > window.lowerBound, tokens[before].hash == Words.still || tokens[before].hash == Words.also {
                before -= 1
            }
            // ("told reporters that inmates were still holding 12 guards hostage": reported now.)
            return tokens[before].hash == Words.isVerb || tokens[before].hash == Words.are
                || tokens[i - 1].hash == Words.still && (tokens[before].hash == Words.were || tokens[before].hash == Words.was)
        }
    }

    /// "to" right before the number, after "by" and a number: "rose by four to 30".
    func isNewValueAfterIncrement(_ mention: NumberMention, floor: Int) -> Bool {
        var i = mention.tokens.lowerBound - 1
        guard i - 2 >= floor, tokens[i].hash == Words.to else { return false }
        i -= 1
        // ("rose by 12 overnight to 59", "rose by five on Sunday to 31": past when it rose.)
        if tokens[i].hash == Words.overnight || tokens[i].hash == Words.yesterday || tokens[i].hash == Words.today {
            i -= 1
        } else if i - 2 >= floor, Lexicon.has(tokens[i], .weekday), tokens[i - 1].hash == Words.on {
            i -= 2
        }
        while i > floor, tokens[i].isDigits || Lexicon.has(tokens[i], .numberWord) || tokens[i].hash == Words.comma && tokens[i].isAttached {
            i -= 1
        }
        // ("has risen by another nine to 66", "by a further 12 to 40".)
        if i > floor, tokens[i].hash == Words.another || tokens[i].hash == Words.further || tokens[i].hash == Words.additional {
            i -= 1
            if i > floor, tokens[i].hash == Words.a || tokens[i].hash == Words.an { i -= 1 }
        }
        return i < mention.tokens.lowerBound - 2 && tokens[i].hash == Words.by
    }

    /// "In 2025 alone", "So far in 2025": the year of the report, a window.
    /// "child deaths in 2024 rose ... to": a count noun and its year, "in" between, a few words
    /// before `start`.
    /// (`changed`: and a verb of change between the year and the number, "rose", "fell".)
    func isYearsCountNoun(before start: Int, floor: Int, changed: Bool = false) -> Bool {
        Range(max(floor + 1, start - 14), upTo: start - 2).contains { k in
            tokens[k].hash == Words.in && yearNumber(tokens[k + 1]) != nil
                && extractor.triggers.match(tokens, at: k - 1, limit: k)?.value.isCountNoun == true
                && (!changed || Range(k + 2, upTo: start).contains(where: { Lexicon.has(tokens[$0], .changeVerb) }))
        }
    }

    /// "this year" as a tally's window, in the number's clause: not a date's year ("In March
    /// this year", "on Feb. 24 this year", "earlier this year") nor a ranking's ("the deadliest
    /// attack on the army this year", "the 11th cyclone to enter the area this year").
    func isThisYearTally(in window: Range<Int>, mention: NumberMention) -> Bool {
        !sentenceRoles.contains(.superlative) && window.contains { i in
            guard i + 1 < window.upperBound, tokens[i].hash == Words.this, tokens[i + 1].hash == Words.year else { return false }
            let before = Range(max(window.lowerBound, i - 12), upTo: i)
            return !Range(max(window.lowerBound, i - 3), upTo: i).contains(where: { isMonthName($0) })
                && !isWhenWord(before: i, floor: window.lowerBound)
                && !before.contains(where: { tokens[$0].roles.contains(.ordinalSuffix) || Words.rankWords.contains(tokens[$0].hash) })
                && !(mention.tokens.upperBound < i
                     && (mention.tokens.upperBound..<i).contains(where: { tokens[$0].hash == Words.comma || isHardBreak(tokens[$0]) }))
        }
    }

    func isThisYear(_ range: Range<Int>) -> Bool {
        range.contains { i in
            yearNumber(tokens[i]) == published.year && i > range.lowerBound
                && (tokens[i - 1].hash == Words.in || tokens[i - 1].hash == Words.during)
        }
    }

    /// A number (or a hedge and its number) at `index`.
    func isCountAt(_ index: Int) -> Bool {
        guard index < tokens.count else { return false }
        if tokens[index].isDigits || Lexicon.has(tokens[index], .numberWord) { return true }
        if let hedge = Hedges.before.match(tokens, at: index), index + hedge.length < tokens.count {
            return tokens[index + hedge.length].isDigits || Lexicon.has(tokens[index + hedge.length], .numberWord)
        }
        return false
    }

    /// The words before the sentence's first comma, when they end before `end`: "Between
    /// November 2023 and December 2024,", "In the past week,".
    func openingPhrase(of sentence: Range<Int>, before end: Int) -> Range<Int>? {
        var start = sentence.lowerBound
        // ("In the deadliest, on 4 February 2024, soldiers ... shot dead 34 villagers": the phrase
        // after a ranking that opens the sentence.)
        // (With a noun or two after the ranking: "In the deadliest episode, on May 4, 2023, ...".)
        if start + 4 < end, tokens[start].hash == Words.in, tokens[start + 1].hash == Words.the,
           tokens[start + 2].roles.contains(.superlative),
           let comma = (start + 3..<min(end - 1, start + 6)).first(where: { !tokens[$0].isWord }),
           tokens[comma].hash == Words.comma {
            start = comma + 1
        }
        var i = start
        // ("In December 2004 the same waves also killed more than 30,000": a month and its year
        // open the sentence without a comma.)
        if i + 3 < end, tokens[i].hash == Words.in, Lexicon.has(tokens[i + 1], .month), tokens[i + 1].isCapitalized,
           yearNumber(tokens[i + 2]) != nil, tokens[i + 3].isWord {
            return i..<i + 3
        }
        while i < min(end, start + 12) {
            if tokens[i].hash == Words.comma, !isDatePart(i) { return start..<i }
            if tokens[i].isDigits, yearNumber(tokens[i]) == nil, dayNumber(tokens[i]) == nil { return nil }
            i += 1
        }
        return nil
    }

    /// "in the 10 days since", "over three weeks", "within 48 hours": a window of so many units.
    /// `modifiedOnly`: only a span a word such as "past" or "first" sets in time ("over the
    /// past six days"), not a bare one ("over two days"), which may tell how long an event lasted.
    func isStatedSpan(in range: Range<Int>, modifiedOnly: Bool = false) -> Bool {
        for i in range where Lexicon.has(tokens[i], .timeUnit) && i >= range.lowerBound + 2 && !Words.briefUnits.contains(tokens[i].hash) {
            // "during a 10-day heat wave": the number may be joined to its unit.
            let numberIndex = tokens[i - 1].hash == Words.hyphen && i >= range.lowerBound + 3 ? i - 2 : i - 1
            let number = tokens[numberIndex]
            guard number.isDigits || Lexicon.has(number, .numberWord) else { continue }
            // "in one night" is one event (Cues.singleEvent), not a window.
            if number.hash == Words.one { continue }
            // "in a three-day assault", "in four days of sectarian clashes": how long one event
            // lasted, not a window.
            // (And "in three days of fighting", a battle; not "in two decades of fighting", a war.)
            let eventFollows = (i + 1..<min(range.upperBound, i + 4)).contains(where: {
                Lexicon.has(tokens[$0], .event) || tokens[$0].hash == Words.fighting && tokens[i].hash == Words.days
            })
            if eventFollows, numberIndex == i - 2 || i + 1 < range.upperBound && tokens[i + 1].hash == Words.of { continue }
            // (So is "in the two-year conflict", how long a war lasted; not "in the first 14 months
            // of the war", a window.)
            // ("during the 36-year civil war": past one word that names the war's kind.)
            if numberIndex == i - 2, i + 1 < range.upperBound, Words.warWords.contains(tokens[i + 1].hash)
                || i + 2 < range.upperBound && tokens[i + 1].isWord && Words.warWords.contains(tokens[i + 2].hash) {
                continue
            }
            // ("during the three decades of the conflict": the whole war's length; not "in two
            // decades of fighting".)
            if numberIndex > range.lowerBound, tokens[numberIndex - 1].hash == Words.the, i + 3 < range.upperBound,
               tokens[i + 1].hash == Words.of, tokens[i + 2].hash == Words.the || Words.possessiveDeterminers.contains(tokens[i + 2].hash),
               Words.warWords.contains(tokens[i + 3].hash) {
                continue
            }
            // "in the first five months", "over the past six days", "within 48 hours"
            var j = numberIndex - 1
            while j > range.lowerBound, Words.spanModifiers.contains(tokens[j].hash) { j -= 1 }
            // ("the deadliest in Afghanistan in two decades": a ranking's span, no window.)
            if sentenceRoles.contains(.superlative),
               Range(max(range.lowerBound, j - 6), upTo: j).contains(where: { tokens[$0].roles.contains(.superlative) }) { continue }
            if [Words.in, Words.over, Words.within, Words.during].contains(tokens[j].hash), !modifiedOnly || j < numberIndex - 1 {
                return true
            }
            // "for the previous seven days", "for the past 24 hours"; not "for three days",
            // how long one thing lasted.
            if tokens[j].hash == Words.for, j + 1 < numberIndex, Words.pastSpanModifiers.contains(tokens[j + 1].hash)
                || j + 2 < numberIndex && Words.pastSpanModifiers.contains(tokens[j + 2].hash) {
                return true
            }
        }
        return false
    }

    /// Whether "bringing|raising|taking ... to N" follows the mention before another number:
    /// the mention is what was added.
    /// "bringing the overall toll since the war began to 59,921 killed and 145,233 wounded": a
    /// second new value joined by "and" to the first, a word or two after it.
    func isJoinedPointerValue(at start: Int, floor: Int) -> Bool {
        guard start - 3 > floor, tokens[start - 1].hash == Words.and,
              let value = Range(max(floor + 1, start - 5), upTo: start - 1).last(where: { tokens[$0].isDigits }),
              (value + 1..<start - 1).allSatisfy({ tokens[$0].isWord }) else { return false }
        // (The first value may carry a hedge of a word: "to about 1,200 dead and".)
        return (max(floor + 1, value - 2)...value).contains { isPointer(before: $0, floor: floor) }
    }

    /// ", adding four deaths" after a toll raised or revised to a new value in the sentence.
    func isAddedToToll(_ mention: NumberMention, sentence: Range<Int>) -> Bool {
        let start = mention.tokens.lowerBound  // (the hedge included: "adding at least four deaths")
        guard start - 2 > sentence.lowerBound, tokens[start - 1].hash == Words.adding,
              tokens[start - 2].hash == Words.comma else { return false }
        return (sentence.lowerBound..<start - 2).contains { i in
            Words.figureNouns.contains(tokens[i].hash)
                && (i + 1..<start - 2).contains { tokens[$0].hash == Words.to && $0 + 1 < start - 2 && isCountStart(at: $0 + 1, limit: start - 2) }
        }
    }

    func isIncrementBeforePointer(_ mention: NumberMention, sentence: Range<Int>) -> Bool {
        guard sentenceRoles.contains(.pointerGerund) else { return false }
        let end = min(sentence.upperBound, mention.tokens.upperBound + 36)
        var i = mention.tokens.upperBound
        while i < end {
            let token = tokens[i]
            // (A part in an aside is no other number, nor a span of time: "five Palestinians,
            // including two children, had died in the past 24 hours, bringing".)
            // (Nor a part told in an aside with "of them": "Fifteen people, four of them children, died ...
            // over the past 24 hours, bringing"; nor a number joined by "and", the same day's:
            // "74 people had been killed and 311 wounded ... in the past 24 hours, bringing".)
            if token.isDigits && yearNumber(token) == nil || Lexicon.has(token, .numberWord),
               !isSubsetCue(before: i, floor: mention.tokens.upperBound),
               !(i + 1 < end && Lexicon.has(tokens[i + 1], .timeUnit)),
               // (Nor a span with its adjective, "the seven dangerous days", nor a clock's time: "in
               // the 24 hours to 6 a.m. on Monday".)
               !(i + 2 < end && tokens[i + 1].isWord && !tokens[i + 1].isCapitalized && Lexicon.has(tokens[i + 2], .timeUnit)),
               !isClockTime(i),
               // (Nor a measure: "two died in wall collapses ... as Cyclone Nilam dumped 21 cm of rain
               // on Chennai, taking the toll ... to 11".)
               !(i + 1 < end && Lexicon.has(tokens[i + 1], .measure)),
               !(i + 2 < end && tokens[i - 1].hash == Words.comma && tokens[i + 1].hash == Words.of && tokens[i + 2].hash == Words.them),
               !(tokens[i - 1].hash == Words.and && tokens[i - 2].isWord),
               // ("killed 61 people and injured 398 ... in the 24 hours to midnight, bringing": the
               // same day's count, its own verb after "and".)
               !(i - 2 > mention.tokens.upperBound && tokens[i - 2].hash == Words.and
                 && extractor.triggers.match(tokens, at: i - 1, limit: i) != nil) {
                return false
            }
            if token.roles.contains(.pointerGerund) {
                var j = i + 1
                while j < min(sentence.upperBound, i + 27) {
                    // (A new total after "to": not "the minibus taking them to work".)
                    if tokens[j].hash == Words.to, j + 1 < sentence.upperBound, isPointer(before: j + 1, floor: i),
                       (j + 1..<min(sentence.upperBound, j + 5)).contains(where: {
                           tokens[$0].isDigits || Lexicon.has(tokens[$0], .numberWord) || Lexicon.has(tokens[$0], .scale)
                       }) {
                        return true
                    }
                    j += 1
                }
                return false
            }
            i += 1
        }
        return false
    }

    /// A number of a clock's time: "6 a.m.", "11 pm", "0600 GMT" (the number scanner's test).
    func isClockTime(_ index: Int) -> Bool {
        tokens[index].isDigits && NumberScanner.isClockTime(tokens, after: index + 1)
    }

    /// Whether the digits at `index` are a day after its month: "June 26", "Oct. 1".
    func isDayOfMonth(_ index: Int) -> Bool {
        guard index >= 1, dayNumber(tokens[index]) != nil else { return false }
        if Lexicon.has(tokens[index - 1], .month) { return true }
        return index >= 2 && tokens[index - 1].hash == Words.period && Lexicon.has(tokens[index - 2], .month)
    }

    /// A verb that sets a figure to a new value: "bringing", "raised", "cut".
    func isToOrModal(_ index: Int) -> Bool {
        tokens[index].hash == Words.to || Lexicon.has(tokens[index], .modal)
    }

    /// The noun that a relative clause "in which" before the number is of, when it names an
    /// event or a time: "attack" in "an attack near Pahalgam in which gunmen killed 26",
    /// "standoff" in "ending a 30-hour standoff in which 14 inmates were killed",
    /// "gunbattle" in "a gunbattle that lasted into Wednesday afternoon in which 19 soldiers".
    func inWhichAntecedent(of mention: NumberMention, floor: Int) -> Int? {
        let start = mention.tokens.lowerBound
        guard start > floor + 2, let which = Range(max(floor + 1, start - 8), upTo: start).last(where: { tokens[$0].hash == Words.which }),
              tokens[which - 1].hash == Words.in,
              !(which + 1..<start).contains(where: { tokens[$0].isPunctuation || tokens[$0].isDigits || Lexicon.has(tokens[$0], .numberWord) })
        else { return nil }
        var i = which - 2
        if i > floor, tokens[i].hash == Words.comma { i -= 1 }
        guard i >= floor else { return nil }
        // A time only as the head noun itself: "a weekend in which" (not "a 16-month deployment
        // in which", nor "two weeks after demonstrations on June 25 in which").
        if Lexicon.has(tokens[i], .timeUnit), !(i > floor && tokens[i - 1].hash == Words.hyphen) { return i }
        // One event, not several: "recorded nine massacres in October, in which 31 people died"
        // counts the month's.
        for j in stride(from: i, through: max(floor, i - 6), by: -1) {
            let token = tokens[j]
            if token.isPunctuation { return nil }
            // (Not a war's, "a five-year civil war in which an estimated 400,000 people died": a
            // disaster's words take in wars and campaigns.)
            if Lexicon.has(token, .event) {
                return isPlural(token) ? nil : j
            }
        }
        return nil
    }

    /// An adverb: one the lexicon knows ("also", "now"), or a word in -ly ("temporarily").
    func isAdverb(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.isWord, !Lexicon.has(token, .auxiliary) else { return false }
        if Lexicon.has(token, .adverb) { return true }
        let end = Int(token.end)
        return token.length > 4 && bytes[end - 2] == UInt8(ascii: "l") && bytes[end - 1] == UInt8(ascii: "y")
    }

    /// "raising the number of Canadian troops there from about 1,000 to as many as 2,200": the
    /// value a pointer verb raises (or cuts) the number from, "to" after it or after its people's
    /// noun ("raise its strength from about 1,100 troops to some 1,600").
    func isRaisedFrom(_ mention: NumberMention, npEnd: Int, limit: Int, floor: Int) -> Bool {
        let start = mention.tokens.lowerBound
        let afterNumber = npEnd > mention.tokens.upperBound && npEnd - mention.tokens.upperBound <= 3 ? npEnd : mention.tokens.upperBound
        return start > floor && tokens[start - 1].hash == Words.from && afterNumber < limit && tokens[afterNumber].hash == Words.to
            && Range(max(floor, start - 16), upTo: start).contains(where: { isPointerVerb(tokens[$0].hash) })
    }

    func isPointerVerb(_ hash: UInt64) -> Bool {
        Words.pointerVerbs.contains(hash) || Words.reductionVerbs.contains(hash)
    }

    /// "bringing|raising|taking ... to N", the words between within twenty-six.
    /// (`cuts`: also a verb that lowers it, "cut its troop presence there to fewer than 1,000",
    /// for the scope; what is cut is often staff or aid, no figure.)
    func isPointer(before start: Int, floor: Int, cuts: Bool = false) -> Bool {
        guard start - 1 >= floor, tokens[start - 1].hash == Words.to else { return false }
        var i = start - 2
        while i >= max(floor, start - 26) {
            let token = tokens[i]
            if cuts ? isPointerVerb(token.hash) : Words.pointerVerbs.contains(token.hash) { return true }
            // "has raised its toll from Tuesday's shootings to 23": the toll of one event, raised.
            // (A word or two may qualify it: "from Saturday night's mass shooting".)
            // (Or more: "lowered the death toll from Wednesday's Russian ballistic missile strike".)
            if Lexicon.has(token, .event), !Lexicon.has(token, .disaster),
               Range(max(floor, i - 7), upTo: i).contains(where: { tokens[$0].hash == Words.from }) {
                return false
            }
            // ("bringing the Irish contingent with the UN Interim Force in Lebanon (UNIFIL) to":
            // a name's short form in brackets.)
            if token.hash == Words.closeParen,
               let open = Range(max(floor, i - 4), upTo: i).last(where: { tokens[$0].hash == Words.openParen }), open + 1 < i,
               (open + 1..<i).allSatisfy({ tokens[$0].isWord }) {
                i = open - 1
                continue
            }
            // ("rose by 19% to about 4,700": past the rise's share.)
            if let by = percentRise(endingAt: i, floor: floor) {
                i = by - 1
                continue
            }
            // "bringing the total since the 2022 invasion to", "since the full-scale invasion
            // to", "since the operation began on Oct. 1 to": a date or a joined word may stand between.
            if token.isPunctuation, !(token.isAttached && (token.hash == Words.hyphen || token.hash == Words.period)),
               !isDatePart(i), !(token.hash == Words.comma && i > floor && yearNumber(tokens[i - 1]) != nil && isDatePart(i - 1)) {
                return false
            }
            // ("raising the number of Canadian troops there from about 1,000 to as many as 2,200":
            // the value it is raised from, past its hedge.)
            if token.isDigits, let from = Range(max(floor, i - 3), upTo: i).last(where: { tokens[$0].hash == Words.from }),
               (from + 1..<i).allSatisfy({ tokens[$0].isWord }) {
                i = from - 1
                continue
            }
            // ("bringing the number killed ... to 289 and the number injured to 1,874": the second
            // value of the same pointer, joined by "and".)
            if token.isDigits, i + 1 < start, tokens[i + 1].hash == Words.and, i - 1 > floor, tokens[i - 1].hash == Words.to {
                return isPointer(before: i, floor: floor, cuts: cuts)
            }
            // (Or a day before its month: "since the floods began on 14 July to 29".)
            if token.isDigits, yearNumber(token) == nil, !isDayOfMonth(i),
               !(dayNumber(token) != nil && i + 1 < start && Lexicon.has(tokens[i + 1], .month)) {
                return false
            }
            i -= 1
        }
        return false
    }

    /// The dead or hurt that a window's possessive names at `index`: "this year's deaths", "last
    /// year's victims", "this season's casualties" (not its toll: "This year's toll is already the
    /// highest since then", a season's running total).
    func isWindowsDead(at index: Int) -> Bool {
        // ("11 of this year's executions": a count of killings too.)
        index < tokens.count && isPlural(tokens[index]) && (tokens[index].hash == Words.victims
            || Words.killingNouns.contains(tokens[index].hash)
            || extractor.triggers.match(tokens, at: index).map { $0.value.isCountNoun && $0.value.figure != .deployed } == true)
    }

    func firstPeriodCue(in range: Range<Int>) -> PeriodCue? {
        var i = range.lowerBound
        while i < range.upperBound {
            // "38 of June's deaths", "Of the month's dead,": the dead of a month named by its
            // possessive, or of "the month", "the year", counted over it.
            // ("Pedestrians accounted for 58 of the weekend's deaths": and of the weekend.)
            // ("October's death toll was 312", "last month's toll": and the toll of a month named or
            // gone, its count; not "This year's toll", a running total.)
            if tokens[i].kind == .possessive, i - 1 >= range.lowerBound, i >= 2, i + 1 < range.upperBound,
               isMonthName(i - 1) || (Words.windowUnits.contains(tokens[i - 1].hash) || tokens[i - 1].hash == Words.weekend)
                && tokens[i - 2].hash == Words.the,
               isWindowsDead(at: i + 1) || tokens[i + 1].hash == Words.dead {
                return PeriodCue(isRate: false)
            }
            if tokens[i].kind == .possessive, i - 1 >= range.lowerBound, i + 1 < range.upperBound,
               isMonthName(i - 1) || i >= 2 && Words.windowUnits.contains(tokens[i - 1].hash) && tokens[i - 2].hash == Words.last,
               tokens[i + 1].hash == Words.toll || tokens[i + 1].hash == Words.tally
                || i + 2 < range.upperBound && tokens[i + 1].hash == Words.death && tokens[i + 2].hash == Words.toll {
                return PeriodCue(isRate: false)
            }
            // "since January 2022": a month with its year is a start date (the whole war), not
            // this year's window.
            if tokens[i].starts.contains(.period), let period = Cues.period.match(tokens, at: i, limit: range.upperBound),
               !isMonthWithYear(i + period.length - 1),
               !(period.value.isRate && (isTimeBack(after: i + period.length) || isDuration(before: i))),
               // "the ASDMA's daily flood report", "its weekly bulletin": a word that describes a
               // report, no rate.
               !(period.value.isRate && period.length == 1 && i > 0
                 && (tokens[i - 1].kind == .possessive || Lexicon.has(tokens[i - 1], .determiner))
                 && (i + 1..<min(tokens.count, i + 4)).contains(where: { Words.reportNouns.contains(tokens[$0].hash) })),
               // ("a boat carrying traders to a weekly market": a thing's word, no rate; not "a daily
               // average of 30", "the daily death toll".)
               !(period.value.isRate && period.length == 1 && i > 0 && i + 1 < range.upperBound
                 && Lexicon.has(tokens[i - 1], .determiner) && tokens[i + 1].isWord && !tokens[i + 1].isCapitalized
                 && !Words.figureNouns.contains(tokens[i + 1].hash) && !Words.rateNouns.contains(tokens[i + 1].hash)
                 && extractor.triggers.match(tokens, at: i + 1) == nil
                 && Lexicon.roles(tokens[i + 1]).isDisjoint(with: [.preposition, .conjunction, .auxiliary, .attribution, .adverb])),
               // "in this week's floods", "last month's attack": the time names the event, no window
               // (but not the dead it names: "Of this year's deaths,", "29 of this year's deaths").
               !(i + period.length < tokens.count && tokens[i + period.length].kind == .possessive
                 && !isWindowsDead(at: i + period.length + 1)),
               // "killed within weeks of being sent to the front": how soon after, no window.
               !(tokens[i].hash == Words.within && i + period.length < tokens.count && tokens[i + period.length].hash == Words.of),
               // "estimated this month that Russia had suffered", "a post shared this week says":
               // when a report was made, no window of what it counts.
               !(i > 0 && Lexicon.has(tokens[i - 1], .attribution)
                 || i + period.length < tokens.count && Lexicon.has(tokens[i + period.length], .attribution)),
               !isInRelativeOfDisaster(i, floor: range.lowerBound),
               !isInStartOfDisaster(i, floor: range.lowerBound),
               // "one of the deadliest attacks in the region this year", "the 12th such discovery
               // this year": the year ranks a thing, it is no window of the count.
               !(tokens[i].hash == Words.this && isRanked(before: i, floor: range.lowerBound)),
               // "after two boats sank in the Andaman Sea earlier this month": when an event
               // happened, no window of its count.
               !(tokens[i].hash == Words.this && isWhenWord(before: i, floor: 0)),
               !(!period.value.isRate && isRankedEvent(before: i, floor: range.lowerBound)) {
                return period.value
            }
            i += 1
        }
        return nil
    }

    /// "since the volcano began spewing ash last week", "since the crisis began in the summer of
    /// 2021": a time in a since-clause on when a disaster, a war or a crisis began dates the
    /// start of the whole story (a total, as `isSinceRecent` reads the disaster's start), no
    /// window of the count.
    func isInStartOfDisaster(_ index: Int, floor: Int) -> Bool {
        var onset = false
        var k = index - 1
        while k >= max(floor, index - 12) {
            let token = tokens[k]
            if token.isPunctuation && token.kind != .possessive { return false }
            if Words.onsetVerbs.contains(token.hash) || Words.outbreakVerbs.contains(token.hash) {
                onset = true
            } else if onset, Lexicon.has(token, .disaster) && !Words.windowsInWar.contains(token.hash)
                        || Words.crisisNouns.contains(token.hash) {
                return (max(floor, k - 4)..<k).contains { tokens[$0].hash == Words.since }
            }
            k -= 1
        }
        return false
    }

    /// "A wildfire that has raged across northern Evia since Saturday has killed eight", "Heavy
    /// snow that has blanketed northern Japan since early February has killed 12", "The floods,
    /// which began in late April 2024 and peaked in the first week of May, killed 184", "the heat
    /// wave that has gripped the country since Aug. 3": a time in a disaster's own relative clause
    /// says how long the disaster has lasted, from the start of its story, and is no window (nor
    /// date) of its toll. The clause holds no count and no punctuation but a date's; a war is no
    /// such disaster.
    func isInRelativeOfDisaster(_ index: Int, floor: Int) -> Bool {
        guard index > floor + 1, let relative = Range(max(floor + 1, index - 12), upTo: index).last(where: {
            tokens[$0].hash == Words.that || tokens[$0].hash == Words.which
        }) else { return false }
        var noun = tokens[relative - 1].hash == Words.comma && relative - 2 >= floor ? relative - 2 : relative - 1
        // ("the heat wave that ...": the disaster's word before "wave".)
        if tokens[noun].hash == Words.wave, noun - 1 >= floor { noun -= 1 }
        return Lexicon.has(tokens[noun], .disaster) && !Words.warWords.contains(tokens[noun].hash)
            && !(relative + 1..<index).contains(where: {
                tokens[$0].isPunctuation && !isDatePart($0)
                    || tokens[$0].isDigits && yearNumber(tokens[$0]) == nil && !isDayOfMonth($0)
                    || Lexicon.has(tokens[$0], .numberWord)
            })
    }

    /// "the deadliest storm to hit the country in the past three decades", "the deadliest attack
    /// in the city in the past year", "the deadliest in two decades": a span a few words after
    /// the superlative of an event ranks the event, and is no window of its count (not "the
    /// city's three largest government hospitals since Sunday").
    func isRankedEvent(before index: Int, floor: Int) -> Bool {
        guard sentenceRoles.contains(.superlative) else { return false }
        for k in max(floor, index - 6)..<index where tokens[k].roles.contains(.superlative) {
            // ("the deadliest single attack": a word may stand between.)
            for next in k + 1..<min(index, k + 3) {
                let token = tokens[next]
                if Lexicon.has(token, .event) || Lexicon.has(token, .disaster) || next == k + 1 && Lexicon.has(token, .preposition) {
                    return true
                }
            }
        }
        return false
    }

    /// A toll that a ranking after it calls one event: "puts the toll at about 600, which would
    /// make it the deadliest single attack in Burkina Faso's history", "Thirty people were
    /// killed, the deadliest attack in the region this year" (not a disaster, whose toll is the
    /// story's: "the deadliest floods in a decade"; nor a day or a year, which are windows).
    func isRankedAsEvent(_ mention: NumberMention, sentence: Range<Int>) -> Bool {
        guard sentenceRoles.contains(.superlative) else { return false }
        let after = mention.tokens.upperBound..<sentence.upperBound
        guard let comma = after.first(where: { tokens[$0].hash == Words.comma && !isDatePart($0) }),
              let rank = (comma + 1..<min(sentence.upperBound, comma + 7)).first(where: { tokens[$0].roles.contains(.superlative) }),
              // (No other number between: the ranking is this one's.)
              !(mention.tokens.upperBound..<rank).contains(where: { tokens[$0].isDigits || tokens[$0].roles.contains(.numberWord) })
        else { return false }
        for next in rank + 1..<min(sentence.upperBound, rank + 3) {
            let token = tokens[next]
            if Lexicon.has(token, .event) { return !Lexicon.has(token, .disaster) && !isPlural(token) }
            if !token.isWord { return false }
        }
        return false
    }

    /// "earlier", "early" or "late" right before `index` (after `floor`): "earlier this month",
    /// "late this year" say when an event happened, no window.
    func isWhenWord(before index: Int, floor: Int) -> Bool {
        index > floor && [Words.earlier, Words.early, Words.late].contains(tokens[index - 1].hash)
    }

    /// A superlative or an ordinal a few words before `index`, in its phrase: "the deadliest
    /// attacks in the region", "the third deadly shipwreck".
    func isRanked(before index: Int, floor: Int) -> Bool {
        var i = index - 1
        while i >= max(floor, index - 7), !tokens[i].isPunctuation {
            if tokens[i].roles.contains(.superlative) || Words.rankWords.contains(tokens[i].hash) { return true }
            i -= 1
        }
        return false
    }

    /// "for more than a week", "in under a day": how long, not how often.
    func isDuration(before index: Int) -> Bool {
        index > 0 && Words.durationWords.contains(tokens[index - 1].hash)
    }

    /// "a day earlier", "a week ago", "a week of clashes": the words before `index` say when
    /// or how long, not how often.
    func isTimeBack(after index: Int) -> Bool {
        index < tokens.count && Words.timeBackWords.contains(tokens[index].hash)
    }

    /// "the deadliest attack on Christians since the fall of Assad in December": a "since"
    /// after a superlative says how rare the event is, and opens no window.
    func isRanking(since index: Int, floor: Int) -> Bool {
        Range(max(floor, index - 6), upTo: index).contains { tokens[$0].roles.contains(.superlative) || isMostBeforeAdjective($0) }
    }

    /// "the most serious", "the most violent": a superlative told with "the most" (not "most of
    /// them").
    func isMostBeforeAdjective(_ index: Int) -> Bool {
        tokens[index].hash == Words.most && index > 0 && tokens[index - 1].hash == Words.the && index + 1 < tokens.count
            && tokens[index + 1].isWord && tokens[index + 1].hash != Words.of
    }

    /// "May was the deadliest month for Burkinabe forces, with 232 soldiers killed", "the
    /// bloodiest week of the year": a span ranked among others is a window.
    func isRankedSpan(in range: Range<Int>) -> Bool {
        guard sentenceRoles.contains(.superlative) else { return false }
        for i in range where tokens[i].roles.contains(.superlative) {
            // (A day is one event, not a span: "The worst single day came on May 11, when
            // fighters overran the town and killed about 100".)
            if (i + 1..<min(range.upperBound, i + 3)).contains(where: { Lexicon.has(tokens[$0], .timeUnit) && tokens[$0].hash != Words.day }) {
                return true
            }
        }
        return false
    }

    /// "since clashes erupted on Sunday", "since last week", "since December": a window that
    /// opened recently. A month with its year ("since October 2023") is the war's start: a total.
    func isSinceRecent(in range: Range<Int>) -> Bool {
        for i in range where tokens[i].hash == Words.since {
            if isRanking(since: i, floor: range.lowerBound) || isInRelativeOfDisaster(i, floor: range.lowerBound) { continue }
            var j = i + 1
            while j < min(range.upperBound, i + 14) {
                // "since February 2022 stood at 1,225,180 on Wednesday": the since-phrase ends
                // at a count; the day after it dates the tally.
                if tokens[j].isDigits, yearNumber(tokens[j]) == nil, dayNumber(tokens[j]) == nil { break }
                // ... and at a comma that is no date's: "rose to 25 on Monday, ..., adding that".
                if tokens[j].hash == Words.comma, !isDatePart(j) { break }
                // "Since the siege began in May 2024", "since the offensive began": a window
                // whenever it began; so is a campaign's start ("since the campaign began in
                // November 2023"), though "during" a campaign may be the whole of it.
                if Words.windowOpeners.contains(tokens[j].hash) || tokens[j].hash == Words.campaign { return true }
                // "had died in \"acts of hooliganism\" since the vote", "17 deaths since polling day":
                // a vote opens a window (not its results' announcement, which starts a crisis's
                // whole story: "since disputed election results were announced on Dec. 23").
                if j <= i + 3, Words.electionWords.contains(tokens[j].hash),
                   !(j + 1 < range.upperBound && tokens[j + 1].hash == Words.results) {
                    return true
                }
                // "since the protests began": a window too; with a year, the movement's start, as
                // fighting's ("since anti-tax demonstrations began in June 2024": a total).
                // (Violence is an outbreak, below.)
                if Words.protestWords.contains(tokens[j].hash), !Words.outbreakNouns.contains(tokens[j].hash) {
                    if (j + 1..<min(range.upperBound, j + 8)).contains(where: { yearNumber(tokens[$0]) != nil }) { break }
                    return true
                }
                // "since fighting erupted between government forces and the SDF": an outbreak with
                // no year named, a recent one.
                // (The sides may stand between: "since the fighting between the \"Chapitos\" and the
                // faction loyal to Ismael \"El Mayo\" Zambada erupted on Sept. 9".)
                if Words.outbreakNouns.contains(tokens[j].hash),
                   let verb = (j + 1..<min(range.upperBound, j + 20)).prefix(while: { !tokens[$0].isDigits && tokens[$0].hash != Words.comma })
                    .first(where: { Words.outbreakVerbs.contains(tokens[$0].hash) }),
                   verb == j + 1 || tokens[j + 1].hash == Words.between,
                   // (The year may come after the sides and the day: "since fighting erupted between
                   // rival factions of the Sinaloa Cartel on Sept. 9, 2024", a total.)
                   !(verb + 1..<min(range.upperBound, verb + 20))
                    .prefix(while: { !(tokens[$0].hash == Words.comma && !isDatePart($0)) && !isHardBreak(tokens[$0]) })
                    .contains(where: { yearNumber(tokens[$0]) != nil }) {
                    return true
                }
                // "since cross-border hostilities with Israel began on Oct. 8": the conflict's start,
                // however it is dated, a total (fighting that "erupted" is an outbreak, above).
                // (Not a fighting season: "since the fighting season began in April" is a window; nor
                // clashes that began on a weekday, this week's: "since the clashes began on Monday".)
                if Words.outbreakNouns.contains(tokens[j].hash), j + 1 < range.upperBound, !Words.seasonWords.contains(tokens[j + 1].hash),
                   let began = (j + 1..<min(range.upperBound, j + 5)).first(where: { tokens[$0].hash == Words.began || tokens[$0].hash == Words.started }),
                   !(began + 1..<min(range.upperBound, began + 4)).contains(where: {
                       Lexicon.has(tokens[$0], .weekday) && tokens[$0].isCapitalized || tokens[$0].hash == Words.yesterday
                   }) {
                    break
                }
                // "since the building gave way on Saturday afternoon", "since it came down": a
                // collapse starts the story, as a disaster does (below).
                if isCollapseVerb(j) { break }
                // "The monsoon has killed 312 people since it began on June 26", "A cholera outbreak
                // ... has killed 1,486 people since it was declared": the disaster named before, as below.
                if j == i + 1, tokens[j].hash == Words.it, isStartOfIt(after: j, limit: range.upperBound),
                   (range.lowerBound..<i).contains(where: { Lexicon.has(tokens[$0], .disaster) && !Words.windowsInWar.contains(tokens[$0].hash) }),
                   !(range.lowerBound..<i).contains(where: { Words.windowOpeners.contains(tokens[$0].hash) }) {
                    break
                }
                // "since the monsoon began on June 26": the start of the whole story, a total.
                // (A campaign or fighting that began on a day is a window in a war.)
                if Lexicon.has(tokens[j], .disaster), !Words.windowsInWar.contains(tokens[j].hash) { break }
                // (A fire too, which the lexicon keeps from the disasters for "opened fire": "since the
                // fire began on Wednesday afternoon", "since the fire broke out".)
                if tokens[j].hash == Words.fire, j + 1 < range.upperBound, tokens[j - 1].hash == Words.the,
                   [Words.began, Words.started, Words.broke].contains(tokens[j + 1].hash) {
                    break
                }
                // So is an outbreak's first cases ("Since the first cases were reported on 2 March",
                // "since the first death was confirmed").
                if tokens[j].hash == Words.first, j == i + 2, j + 1 < range.upperBound, Words.firstCaseNouns.contains(tokens[j + 1].hash) {
                    break
                }
                // So is a season's or the rains' ("since the rainy season began in April", "since
                // the rains began on April 29"), but not a fighting season's.
                if Words.seasonWords.contains(tokens[j].hash), !Words.windowsInWar.contains(tokens[j - 1].hash) { break }
                if Lexicon.has(tokens[j], .weekday) && tokens[j].isCapitalized || tokens[j].hash == Words.yesterday
                    || tokens[j].hash == Words.weekend
                    || tokens[j].hash == Words.last && j + 1 < range.upperBound
                        && (tokens[j + 1].hash == Words.week || tokens[j + 1].hash == Words.month
                            // ("since last summer": a season right after "since"; not the time of
                            // what began the story: "since Pyongyang first deployed troops to Russia
                            // last autumn".)
                            || j == i + 1 && Words.yearSeasons.contains(tokens[j + 1].hash)) {
                    return true
                }
                // ("since Oct. 7 last year" is a start date with its year.)
                if Lexicon.has(tokens[j], .month), tokens[j].isCapitalized, !isMonthWithYear(j) {
                    return true
                }
                j += 1
            }
        }
        return false
    }

    /// "put the day's toll at four dead", "the week's death toll rose to 40": a toll whose
    /// possessive is a time unit, within eight words before `start`.
    func isWindowsToll(before start: Int, floor: Int) -> Bool {
        guard start > floor + 2 else { return false }
        for p in max(floor + 2, start - 8)..<start where tokens[p].kind == .possessive {
            guard Lexicon.has(tokens[p - 1], .timeUnit), tokens[p - 2].hash == Words.the else { continue }
            for k in p + 1..<min(start, p + 3) where tokens[k].hash == Words.toll || tokens[k].hash == Words.tally {
                return true
            }
        }
        return false
    }

    /// "during the 12-day war", "throughout the two-year war": the whole of a war, its modifiers
    /// between "the" and the noun, at `index`.
    func isDuringTheWar(at index: Int, limit: Int) -> Bool {
        guard tokens[index].hash == Words.during || tokens[index].hash == Words.throughout,
              index + 3 < limit, tokens[index + 1].hash == Words.the else { return false }
        for j in index + 2..<min(limit, index + 7) {
            // (And "during the four-day conflict".)
            if tokens[j].hash == Words.war || tokens[j].hash == Words.conflict { return j > index + 2 }
            guard tokens[j].isWord || tokens[j].isDigits || tokens[j].hash == Words.hyphen else { return false }
        }
        return false
    }

    /// "it began", "it started", "it was declared" after the "it" at `index`.
    func isStartOfIt(after index: Int, limit: Int) -> Bool {
        guard index + 1 < limit else { return false }
        let next = tokens[index + 1].hash
        return next == Words.began || next == Words.started
            || next == Words.was && index + 2 < limit && tokens[index + 2].hash == Words.declared
    }

    func contains<V>(_ table: PhraseTable<V>, in range: Range<Int>) -> Bool {
        let bit = table.bit
        var i = range.lowerBound
        while i < range.upperBound {
            // The start bit first: most words start no phrase of the table.
            if bit.isEmpty || tokens[i].starts.contains(bit), table.match(tokens, at: i, limit: range.upperBound) != nil {
                return true
            }
            i += 1
        }
        return false
    }

    /// "rose by 200", "increased by 1,500", "up by 40", "raising the government's toll by 11".
    func isChangeBy(before start: Int, floor: Int) -> Bool {
        guard start - 1 >= floor, tokens[start - 1].hash == Words.by else { return false }
        var i = start - 2
        while i >= max(floor, start - 7), !tokens[i].isPunctuation {
            if Lexicon.has(tokens[i], .changeVerb) { return true }
            i -= 1
        }
        return false
    }

    /// "6,000 police and 400 soldiers": the first token of the count that "and" right before
    /// the mention joins it to, past that count's noun phrase (words only, no verb of its own).
    func listedCountBefore(_ mention: NumberMention, floor: Int) -> Int? {
        let start = mention.tokens.lowerBound
        guard start - 2 > floor, tokens[start - 1].hash == Words.and else { return nil }
        var k = start - 2
        while k > floor, k >= start - 9 {
            let token = tokens[k]
            if token.isDigits || Lexicon.has(token, .numberWord) {
                while k - 1 > floor, tokens[k - 1].isDigits || Lexicon.has(tokens[k - 1], .numberWord) { k -= 1 }
                return k
            }
            if token.isPunctuation && token.hash != Words.hyphen || Lexicon.has(token, .auxiliary) || isFinitePast(k) { return nil }
            k -= 1
        }
        return nil
    }

    func hasProjectionCue(in range: Range<Int>, mention: NumberMention) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            if tokens[i].starts.contains(.projection), let cue = Cues.projection.match(tokens, at: i, limit: range.upperBound) {
                let next = i + cue.length
                // "the monitors' May figure", "May was the deadliest month": the month, not the modal.
                if tokens[i].isCapitalized, Lexicon.has(tokens[i], .month),
                   i > range.lowerBound || next < tokens.count && (tokens[next].roles.contains(.copula)
                       || tokens[next].hash == Words.has || tokens[next].hash == Words.had || tokens[next].hash == Words.saw) {
                    i = next
                    continue
                }
                // "could not confirm", "would not say": a hedge about the reporting, not a plan;
                // "may have been killed": an estimate of the past.
                // ("is expected to have up to 11,900 troops" is a forecast.)
                // ("could have about 30,000 troops near the Baltic states within a few years" has them then.)
                // ("the dead could number between 18,000 and 20,000": an estimate of now.)
                if next < tokens.count, Lexicon.has(tokens[next], .negation)
                    || tokens[next].hash == Words.have && tokens[next - 1].hash != Words.to && !isCountAt(next + 1)
                    || tokens[next].hash == Words.already
                    || tokens[next].hash == Words.number && Lexicon.has(tokens[i], .modal)
                    // ("the true toll could be up to 150,000", "said the toll could be as many as
                    // 150,000": an estimate of now; not "the final toll could be between 60 and 100".)
                    || tokens[i + 1].hash == Words.be && Lexicon.has(tokens[i], .modal) && i >= 2
                        && Words.figureNouns.contains(tokens[i - 1].hash) && !Words.finalWords.contains(tokens[i - 2].hash)
                        && i + 2 < tokens.count && (isCountAt(i + 2) || tokens[i + 2].hash == Words.quote && isCountAt(i + 3)) {
                    i = next
                    continue
                }
                // "The ADF, which has pledged allegiance to IS, has killed 6,000": a relative
                // clause closed before the number is an aside about someone, not a plan.
                // ("It will be recalled that on 5 November 2021, a fuel tanker explosion ... killed
                // 144 persons": a formula of the telling.)
                if Lexicon.has(tokens[i], .modal), next + 1 < mention.tokens.lowerBound, tokens[next].hash == Words.be,
                   Words.recallWords.contains(tokens[next + 1].hash) {
                    i = next
                    continue
                }
                if next <= mention.tokens.lowerBound, isInRelativeAside(i, before: mention.tokens.lowerBound, floor: range.lowerBound) {
                    i = next
                    continue
                }
                // ("the shooting may be linked to a feud that has claimed at least 14 lives since 2022":
                // a relative clause in the perfect between the modal and the number tells what is so.)
                if next < mention.tokens.lowerBound, (next..<mention.tokens.lowerBound - 1).contains(where: {
                    (tokens[$0].hash == Words.that || tokens[$0].hash == Words.which)
                        && (tokens[$0 + 1].hash == Words.has || tokens[$0 + 1].hash == Words.have)
                }) {
                    i = next
                    continue
                }
                // "ordered the army to deploy to the area, and the army said it had sent 300
                // soldiers": a plan told in a clause before ", and" and a report of its own.
                if next < mention.tokens.lowerBound, isReportedClause(after: next, before: mention.tokens.lowerBound) {
                    i = next
                    continue
                }
                // "will" after the number belongs to its own verb group only when close, and not
                // across "and": "has 620,000 troops and intends to raise that".
                if i >= mention.tokens.upperBound {
                    // ("around 60,000 Israeli troops, many of them reservists, could be mobilised": past
                    // an aside about the people.)
                    var from = mention.tokens.upperBound
                    if let comma = (from..<i).first(where: { tokens[$0].hash == Words.comma }),
                       let close = asideEnd(openingAt: comma, limit: range.upperBound), close + 1 == i {
                        from = close + 1
                    }
                    // (Or past other peoples listed before the noun: "150 Kenyan and Salvadoran
                    // soldiers would be assigned".)
                    if let group = People.groups.match(tokens, at: from, limit: i),
                       let kindStart = groupListEnd(at: from + group.length, limit: i),
                       let kind = People.kinds.match(tokens, at: kindStart, limit: i) {
                        from = kindStart + kind.length
                    }
                    // (Or past the unit they come from: "another 800 troops from the Army's 3rd
                    // Infantry Division would be sent".)
                    // (Or in lower case: "About 500 soldiers from the force's intermediate reserve will arrive".)
                    if let unit = (from..<min(i, from + 4)).first(where: { tokens[$0].hash == Words.from || tokens[$0].hash == Words.of }),
                       unitNameEnd(at: unit, limit: i + 1) == i || isPlainOrigin(unit..<i) {
                        from = i
                    }
                    // (Or past the close of an aside that gives a unit's size, to the unit's own verb:
                    // "The next brigade, of about 3,000 soldiers, is due to arrive in Poland".)
                    if let close = unitSizeAsideClose(of: mention, limit: i), i - close <= 3 {
                        from = i
                    }
                    // (Across "and" before another number that shares the verb: "300 National Guard
                    // troops and 150 soldiers would be sent".)
                    // Not when the first is a verb's object, or the second is more of them: "has
                    // 620,000 troops and 300 more will be sent".)
                    let sharedAnd = !isObject(mention) && (from..<i).first(where: { tokens[$0].hash == Words.and }).map {
                        isCountAt($0 + 1) && !(($0 + 2)..<min(i, $0 + 5)).contains { Cues.changeAfter.contains(tokens, at: $0) }
                            && !Cues.changeBefore.contains(tokens, at: $0 + 1)
                    } ?? false
                    if i - from > (sharedAnd ? 9 : 6) { return false }
                    if (from..<i).contains(where: { tokens[$0].hash == Words.and && !sharedAnd || tokens[$0].hash == Words.comma }) {
                        return false
                    }
                    // (Not a modal of a clause the number's verb is past: "four occurred in the
                    // community before patients could reach care", "died before rescuers could reach them".)
                    if (from..<i).contains(where: {
                        tokens[$0].hash == Words.before || tokens[$0].hash == Words.after || Words.subordinators.contains(tokens[$0].hash)
                    }) {
                        return false
                    }
                }
                return true
            }
            i += 1
        }
        return false
    }

    /// The closing comma of an aside that gives a unit's size, the number in it: "The next
    /// brigade, of about 3,000 soldiers, is due", "The battalion, made up of 320 soldiers drawn
    /// mainly from Cork, will deploy". Before `limit`, with no other mark inside.
    func unitSizeAsideClose(of mention: NumberMention, limit: Int) -> Int? {
        guard let of = Range(max(0, mention.tokens.lowerBound - 3), upTo: mention.tokens.lowerBound)
                .last(where: { tokens[$0].hash == Words.of }),
              of >= 1, tokens[of - 1].hash == Words.comma
                || of >= 3 && tokens[of - 1].hash == Words.up && tokens[of - 3].hash == Words.comma
        else { return nil }
        return (mention.tokens.upperBound..<min(limit, mention.tokens.upperBound + 14))
            .first(where: { tokens[$0].isPunctuation && !isInnerHyphen($0) })
            .flatMap { tokens[$0].hash == Words.comma ? $0 : nil }
    }

    /// "from the force's intermediate reserve": "from", a determiner and up to six words of
    /// a noun phrase, no verb among them.
    /// (Or a count of places: "from more than 40 states", "from 12 countries".)
    func isPlainOrigin(_ range: Range<Int>) -> Bool {
        guard range.count >= 3, range.count <= 8, tokens[range.lowerBound].hash == Words.from else { return false }
        let first = range.lowerBound + 1
        let isCount = tokens[first].isDigits || Hedges.before.match(tokens, at: first, limit: range.upperBound) != nil
        guard Lexicon.has(tokens[first], .determiner) || isCount else { return false }
        // (Not past a verb of the count's own joined by "and": "has about 10,000 peacekeepers from
        // 50 countries and is due to wind down".)
        let verbRoles: WordRoles = isCount ? [.auxiliary, .modal, .pastTense, .attribution, .conjunction] : [.auxiliary, .modal, .pastTense, .attribution]
        return (range.lowerBound + 2..<range.upperBound).allSatisfy {
            tokens[$0].kind == .possessive || isCount && tokens[$0].isDigits
                || tokens[$0].isWord && Lexicon.roles(tokens[$0]).isDisjoint(with: verbRoles)
        }
    }

    /// Where the name of a unit after "from" or "of" at `index` ends: "from the Army's 3rd
    /// Infantry Division", "of the 82nd Airborne"; nil when no name follows.
    func unitNameEnd(at index: Int, limit: Int) -> Int? {
        guard tokens[index].hash == Words.from || tokens[index].hash == Words.of else { return nil }
        var j = index + 1
        // (A unit of a unit runs long: "from the 1st Armored Division's 3rd Armored Brigade Combat Team".)
        // (So does a list of the countries they come from, names joined by commas and "and" up to
        // a count of the others: "from Egypt, the United States and 11 other nations".)
        func joinsNames(_ k: Int) -> Bool {
            guard k > index + 1, k + 1 < limit, tokens[k].hash == Words.comma || tokens[k].hash == Words.and,
                  tokens[k - 1].isCapitalized else { return false }
            let next = tokens[k + 1].hash == Words.the && k + 2 < limit ? k + 2 : k + 1
            return tokens[next].isCapitalized || k + 3 < limit && tokens[k + 2].hash == Words.other
                && (tokens[k + 1].isDigits || Lexicon.has(tokens[k + 1], .numberWord))
                && (tokens[k + 3].hash == Words.nations || tokens[k + 3].hash == Words.countries)
        }
        while j < min(limit, index + 14),
              tokens[j].isCapitalized || tokens[j].first &- 0x30 < 10 || tokens[j].isAttached && tokens[j - 1].isDigits
                || tokens[j].kind == .possessive
                || Lexicon.has(tokens[j], .determiner) || tokens[j].hash == Words.of || tokens[j].hash == Words.hyphen
                || joinsNames(j)
                || Lexicon.has(tokens[j], .numberWord) && joinsNames(j - 1)
                || tokens[j].hash == Words.other && joinsNames(j - 2)
                || (tokens[j].hash == Words.nations || tokens[j].hash == Words.countries) && joinsNames(j - 3) {
            j += 1
        }
        return j > index + 1 && (index + 1..<j).contains(where: { tokens[$0].isCapitalized }) ? j : nil
    }

    /// The number is the object of a verb right before it ("has 620,000", "killed 30").
    func isObject(_ mention: NumberMention) -> Bool {
        let before = mention.tokens.lowerBound - 1
        guard before >= 0 else { return false }
        return Lexicon.has(tokens[before], .perfect) || extractor.triggers.match(tokens, at: before, limit: before + 1) != nil
            || isFinitePast(before)
    }

    /// Whether a clause of its own, reported ("..., and the army said"), opens between
    /// `start` and `end`: ", and" and then a report verb.
    func isReportedClause(after start: Int, before end: Int) -> Bool {
        guard sentenceRoles.contains(.attribution) else { return false }
        var i = start
        while i + 1 < end {
            if tokens[i].hash == Words.comma, tokens[i + 1].hash == Words.and {
                return (i + 2..<end).contains { Lexicon.has(tokens[$0], .attribution) && !Lexicon.has(tokens[$0], .adverb) }
            }
            // ("said the search would be extended for another 72 hours and that its teams had so far
            // recovered the bodies of four fishermen": a second thing said.)
            if tokens[i].hash == Words.and, tokens[i + 1].hash == Words.that, i + 2 < end, !tokens[i + 2].isPunctuation {
                return true
            }
            // ("said the army would study the report, adding that about 2,300 troops were stationed
            // at Diyatalawa": what the speaker went on to say.)
            if tokens[i].hash == Words.comma, i + 2 < end,
               tokens[i + 1].hash == Words.adding || Lexicon.has(tokens[i + 1], .attribution) && !Lexicon.has(tokens[i + 1], .adverb),
               tokens[i + 2].hash == Words.that {
                return true
            }
            i += 1
        }
        return false
    }

    /// Whether `index` is inside a relative clause ("which ...", "who ...") that a comma
    /// closes before `end`.
    func isInRelativeAside(_ index: Int, before end: Int, floor: Int) -> Bool {
        // ("The ADF, a Ugandan-origin group that has pledged allegiance to the Islamic State,
        // has killed": "that" after a noun, not after a verb of saying.)
        (floor..<index).contains { tokens[$0].hash == Words.which || tokens[$0].hash == Words.who
            || tokens[$0].hash == Words.that && $0 > floor && tokens[$0 - 1].isWord && !Lexicon.has(tokens[$0 - 1], .attribution)
                // ("said in a statement that the reinforcements would stay": what was said.)
                && !Words.statementNouns.contains(tokens[$0 - 1].hash) }
            && (index..<end).contains { tokens[$0].hash == Words.comma }
    }

    /// "in a single avalanche", "during one raid": one event or disaster counted as one, an
    /// adjective or two before its noun ("in a single off-piste avalanche"); not "in one of
    /// the attacks", whose noun is plural.
    func isSingleNamedEvent(in window: Range<Int>) -> Bool {
        var i = window.lowerBound + 1
        while i < window.upperBound {
            defer { i += 1 }
            let word = tokens[i].hash
            let opener = word == Words.single ? (tokens[i - 1].hash == Words.a ? i - 2 : -1) : word == Words.one ? i - 1 : -1
            guard opener >= window.lowerBound, [Words.in, Words.during, Words.from].contains(tokens[opener].hash) else { continue }
            var j = i + 1
            while j < min(window.upperBound, i + 4), tokens[j].isWord {
                if Lexicon.has(tokens[j], .event) || Lexicon.has(tokens[j], .disaster) { return !isPlural(tokens[j]) }
                j += 1
            }
        }
        return false
    }

    /// One event: an event word after an opener ("in the ambush", "in a Russian missile
    /// strike", "when their convoy was ambushed"), an event as the subject of the killing ("a
    /// missile strike on a school killed 20"), or "a single day". A whole-war or disaster toll
    /// is a total.
    func isIncident(window: Range<Int>, sentence: Range<Int>, mention: NumberMention) -> Bool {
        // Every test below needs one of these in the sentence.
        guard sentenceStarts.contains(.singleEvent)
                || !sentenceRoles.isDisjoint(with: [.event, .eventVerbAfterWhen, .weapon, .weekday, .yesterday])
                || window.contains(where: { isDaysOfFighting(at: $0, floor: window.lowerBound) }) else {
            return isWhenClause(after: mention.tokens.upperBound, in: window)
                || isSingleAttackersAct(mention, floor: sentence.lowerBound) && !isYearsTally(window, mention: mention, sentence: sentence)
        }
        if contains(Cues.singleEvent, in: window) || isSingleNamedEvent(in: window) { return true }
        if isEventTollValue(mention, sentence: sentence) || isInRelativeOfEvent(mention, sentence: sentence) { return true }
        if isRankedAsEvent(mention, sentence: sentence) { return true }
        // "In a military operation in the rural zone of Tibú, troops ... neutralised three ELN
        // rebels and captured two others": one operation that opens the sentence holds for all of it.
        // (So does one event's phrase: "In the ensuing exchange of fire, thirteen (13) terrorists
        // were sent to hell, while four (04) soldiers sustained injuries".)
        if let opening = openingPhrase(of: sentence, before: mention.tokens.lowerBound),
           opening.contains(where: { isOneOperation(at: $0, floor: opening.lowerBound) }) || contains(Cues.singleEvent, in: opening) {
            return true
        }
        // "Uttarakhand bus crash: 18 pilgrims dead": a headline's label that ends on one event
        // (not a disaster, whose toll is the story's).
        if let label = headlineLabel(before: mention, sentence: sentence), let head = label.last,
           Lexicon.has(tokens[head], .event), !Lexicon.has(tokens[head], .disaster), !isPlural(tokens[head]) {
            return true
        }
        // (Not "the deadliest single attack on the capital since the start of the invasion".)
        if contains(Cues.wholeWar, in: window),
           !window.contains(where: { tokens[$0].hash == Words.since && isRanking(since: $0, floor: window.lowerBound) }) {
            return false
        }
        // (With the war's modifiers too: "killed and 4,870 injured in Israeli strikes during the
        // 12-day war".)
        if window.contains(where: { isDuringTheWar(at: $0, limit: window.upperBound) }) { return false }
        // "712 civilian deaths in drone strikes ... since the conflict began": many events since
        // a start are a tally (a "since" that ranks an event opens no window).
        // (Not "since" after an auxiliary, an adverb: "Police have since said three officers were
        // killed in the blasts".)
        let isTally = window.contains {
            tokens[$0].hash == Words.since && !isRanking(since: $0, floor: window.lowerBound)
                && !($0 > window.lowerBound && Lexicon.has(tokens[$0 - 1], .auxiliary))
        }
        // "killed in airstrikes across the country last month": many events in a window are
        // a tally too (asked only of plural events); "in attacks on two camps over the weekend"
        // is one episode.
        var isWindowTally: Bool?
        var i = window.lowerBound
        while i < window.upperBound {
            let token = tokens[i]
            // (Asked once a word: the set is a lazy global, and two tests below ask it.)
            let isProtest = Words.protestWords.contains(token.hash)
            // "in Monday's fighting", "a day of fighting", "its toll from Tuesday's shootings": one
            // day's events.
            // (And "Tuesday's protests", "Tuesday's crackdown".)
            // (Modifiers may stand between: "during Monday's anti-government protests".)
            // (And "Monday night's head-on collision"; "in the overnight fighting"; "in today's protests".)
            // (And "in Sunday's exchange of fire".)
            if token.hash == Words.fighting || Lexicon.has(token, .event) || isProtest
                || isExchangeOfFire(at: i, limit: window.upperBound),
               let owner = Range(max(window.lowerBound, i - 5), upTo: i).last(where: { tokens[$0].kind == .possessive }), owner >= 1,
               Lexicon.has(tokens[owner - 1], .weekday) || tokens[owner - 1].hash == Words.yesterday
                || tokens[owner - 1].hash == Words.today
                || owner >= 2 && Words.partsOfDay.contains(tokens[owner - 1].hash) && Lexicon.has(tokens[owner - 2], .weekday),
               // ("With Friday's encounter, 188 insurgents have been killed in separate encounters
               // ... this year": the day's event counted in, no toll of its own.)
               !(owner >= 2 && tokens[owner - 2].hash == Words.with),
               (owner + 1..<i).allSatisfy({ tokens[$0].isWord || tokens[$0].hash == Words.hyphen }) {
                return true
            }
            if token.hash == Words.fighting || Lexicon.has(token, .event), i > window.lowerBound,
               tokens[i - 1].hash == Words.overnight {
                return true
            }
            // ("Attackers killed during the 8 March attack: 18", "in the February 2020 riots".)
            if Lexicon.has(token, .event) || isProtest, eventDateStart(before: i, floor: window.lowerBound) != nil {
                return true
            }
            // "killed 47 militants in an operation in Middle Shabelle", "died during a police
            // operation": one operation, told with "a", is one event (not "since the operation began").
            // (Not one in another clause: "34 soldiers were being held ..., three days after the
            // troops were surrounded during an operation".)
            if isOneOperation(at: i, floor: window.lowerBound),
               let article = Range(max(window.lowerBound + 1, i - 4), upTo: i).last(where: {
                   tokens[$0].hash == Words.a || tokens[$0].hash == Words.an || tokens[$0].hash == Words.the
               }),
               !(mention.tokens.upperBound..<max(mention.tokens.upperBound, article)).contains(where: {
                   Words.subordinators.contains(tokens[$0].hash) || tokens[$0].hash == Words.after || tokens[$0].hash == Words.before
               }) {
                return true
            }
            // "Iran port blast toll rises to 57": the toll an event's noun names, its own.
            if Lexicon.has(token, .event), !Lexicon.has(token, .disaster), !isPlural(token), i + 1 < window.upperBound,
               tokens[i + 1].hash == Words.toll || tokens[i + 1].hash == Words.death && i + 2 < window.upperBound
                && tokens[i + 2].hash == Words.toll {
                return true
            }
            // "JNIM fighters who overran the town of Sebba on Sunday killed more than 100 people":
            // the subject's relative clause tells the act.
            if !isTally, i - 1 > window.lowerBound, i < mention.tokens.lowerBound, tokens[i - 1].hash == Words.who,
               !Lexicon.has(token, .event), Lexicon.has(token, .eventVerbAfterWhen), isEventVerb(at: i) {
                return true
            }
            let isEvent = Lexicon.has(token, .event) || isDaysOfFighting(at: i, floor: window.lowerBound)
            if isEvent || Lexicon.has(token, .eventVerbAfterWhen) && isEventVerb(at: i) {
                // An opener a few words before it: "in a Russian missile strike", "after the
                // al-Qaeda-linked group launched coordinated dawn attacks".
                var j = i - 1
                while j >= max(window.lowerBound, i - 12) {
                    let hash = tokens[j].hash
                    if Lexicon.has(tokens[j], .eventOpener) {
                        if !isEvent, hash != Words.when, hash != Words.after { break }
                        // (Not a long span after it, which only says when: "A year after Hamas's
                        // cross-border attack, the Israeli military says 728 soldiers have been killed".)
                        if hash == Words.after, j > window.lowerBound, Words.longSpanUnits.contains(tokens[j - 1].hash) { break }
                        // (Not the start of a whole conflict, "which began when ...", below.)
                        if isConflictStart(at: j) { break }
                        // (Not a disaster's: "96 people had been killed ... after the quake struck"
                        // is the story's toll, as with "when".)
                        if !isEvent, (j + 1..<i).contains(where: {
                            Lexicon.has(tokens[$0], .disaster) || Words.wreckWords.contains(tokens[$0].hash)
                        }) { break }
                        // (Gunfire is many shots, as plural events are: "have been killed or
                        // wounded by gunfire in Rio de Janeiro state this year".)
                        if isManyActs(token) {
                            // ("At least 250 soldiers have been killed in attacks across the
                            // country": many events spread over a place, a tally.)
                            if isTally || i + 1 < window.upperBound && tokens[i + 1].hash == Words.across { break }
                            // ("97 people died in house fires", "most of them in road crashes":
                            // accidents, each its own, bare after "in".)
                            if hash == Words.in, Words.pluralAccidentNouns.contains(token.hash),
                               (j + 1..<i).allSatisfy({ tokens[$0].isWord && !Lexicon.has(tokens[$0], .determiner) }) { break }
                            // (And bare ones told in the perfect: "ACLED has recorded more than
                            // 29,600 deaths, including about 8,900 civilians killed in direct attacks".)
                            // (Or a part of a whole the sentence opens on: "Of the dead, 92 were
                            // killed in air strikes".)
                            // (Or of the whole told before: "Of those, 52 were shot and killed by
                            // assailants, 41 died in traffic crashes".)
                            if (j + 1..<i).allSatisfy({ !Lexicon.has(tokens[$0], .determiner) && !tokens[$0].isDigits
                                                        && !Lexicon.has(tokens[$0], .numberWord) }),
                               (sentence.lowerBound..<i).contains(where: { Lexicon.has(tokens[$0], .perfect) })
                                    || namedWhole(opening: sentence) != nil || opensOnThoseBefore(sentence) {
                                break
                            }
                            // (So are those of last year or of a year: "44 people were killed in
                            // gang-related shootings last year".)
                            if isWindowTally == nil {
                                // (A month's or a year that opens the sentence too: "were killed in those
                                // attacks in July", "In 2024, four peacekeepers died in two separate attacks".)
                                isWindowTally = firstPeriodCue(in: window).map { !$0.isEpisode }
                                    ?? (isLastYear(in: window, mention: mention, sentence: sentence) || yearWindow(in: window, mention: mention)
                                        || monthWindow(in: window, mention: mention) || isOpeningYearWindow(of: sentence, mention: mention))
                            }
                            if isWindowTally == true { break }
                        }
                        return true
                    }
                    // Only the event's own modifiers stand between: "in the paramilitary Rapid Support
                    // Forces' final attack", not "in Sweida province since clashes".
                    // A date may stand between too: "in the Oct. 7, 2023 attack"; weapons
                    // joined: "in a Russian missile and drone attack"; and a span: "in four
                    // days of sectarian clashes".
                    // And a clause's subject may have its own "of": "after a group of arrivals was attacked".
                    // And a demonstrative after the opener: "in that attack", "during this raid".
                    if isDatePart(j) || tokens[j].hash == Words.and && j > window.lowerBound && Lexicon.has(tokens[j - 1], .weapon)
                        || (tokens[j].hash == Words.that || tokens[j].hash == Words.this) && j > window.lowerBound
                        && Lexicon.has(tokens[j - 1], .eventOpener)
                        || tokens[j].hash == Words.of && j > window.lowerBound && Lexicon.has(tokens[j - 1], .timeUnit)
                        || tokens[j].hash == Words.of && !isEvent && isPassiveParticiple(i)
                        // (And a quote mark around a kept-off term: `killed in a "gunfight"`.)
                        || tokens[j].isQuoteMark && !isHardBreak(tokens[j]) {
                        j -= 1
                        continue
                    }
                    // (A preposition inside a hyphenated modifier is the modifier's: "in a hand-to-hand
                    // clash", "in tit-for-tat strikes".)
                    if tokens[j].isPunctuation && tokens[j].kind != .possessive && tokens[j].hash != Words.hyphen
                        && tokens[j].hash != Words.apostrophe || tokens[j].isDigits
                        || (Lexicon.has(tokens[j], .preposition) || Lexicon.has(tokens[j], .conjunction)) && !isInsideHyphenated(j) { break }
                    j -= 1
                }
            }
            i += 1
        }
        // The event as the subject: "US air strikes on the port killed 74", "a single failed assault
        // left 100", "a methane explosion at a coal mine has killed 51"; not a tally over time:
        // "attacks have killed 26,000 since the insurgency began", "strikes have killed 2,367".
        if isTally { return false }
        if isSingleAttackersAct(mention, floor: sentence.lowerBound), !isYearsTally(window, mention: mention, sentence: sentence) {
            return true
        }
        // "34 soldiers were killed and 14 wounded when fighters attacked a military post", "37
        // people were killed when two buses collided": the toll of what happened then.
        if isWhenClause(after: mention.tokens.upperBound, in: window) { return true }
        let isPerfect = (window.lowerBound..<mention.tokens.lowerBound).contains { Lexicon.has(tokens[$0], .perfect) }
        // "were killed by landmines in the region", "killed by a drone": the weapon of one event
        // (not many in the perfect or in a window: "have been killed by landmines since 2022").
        if sentenceRoles.contains(.weapon), let weapon = weaponAfterBy(mention, limit: window.upperBound),
           !(isManyActs(tokens[weapon]) && (isPerfect || firstPeriodCue(in: window) != nil || isDateSpan(in: window)
                                          // (Nor over a month or a year: "49 people were killed or injured
                                          // by landmines and explosive remnants of war in 2024".)
                                          || monthWindow(in: window, mention: mention)
                                          || yearWindow(in: window, mention: mention, joined: true)
                                          // (Or this year or last: "have been killed by gunfire in the
                                          // state this year".)
                                          || isYearsTally(window, mention: mention, sentence: sentence))) {
            return true
        }
        var j = mention.tokens.lowerBound - 1
        var sawVerb = false
        while j >= sentence.lowerBound, j >= mention.tokens.lowerBound - 30 {
            let token = tokens[j]
            if Lexicon.has(token, .eventVerb) { sawVerb = true }
            // ("Forces opened fire near an aid site, killing at least 27": a shooting.)
            // ("A mega-operation of the Civil and Military Police ... left at least 64 dead": one
            // operation, told with "a"; not a campaign told in the perfect, "a military operation
            // launched in 2023 has killed 1,200".)
            // ("mines and explosive remnants of war killed 14 civilians ... in July": the war names
            // the weapons, it is not the event.)
            if sawVerb, Lexicon.has(token, .event) && !Lexicon.has(token, .disaster)
                    && !(token.hash == Words.war && j > sentence.lowerBound && tokens[j - 1].hash == Words.of)
                || Lexicon.has(token, .weapon)
                || token.hash == Words.fire && j > sentence.lowerBound && tokens[j - 1].hash == Words.opened
                || !isPerfect && isOperation(toldWithArticleAt: j, floor: sentence.lowerBound),
               !isConflictStart(before: j, floor: sentence.lowerBound) {
                // Many events, in the perfect or over days named: a tally ("Attacks on displacement
                // sites killed at least 89 civilians between 11 and 17 August").
                // ("In the first two months of this year, the military carried out at least 380
                // air and drone strikes, killing 210 civilians": a window opening the sentence.)
                // ("Last year the agency verified 1,348 attacks ..., which also injured 1,280 people".)
                // (And a month's: "Air strikes killed 142 civilians in January".)
                // (And a year's or a stated window's: "Militant attacks in 2025 had killed 792 people",
                // "Militant attacks last month killed 92 people".)
                let overDays = isDateSpan(in: window) || isOpeningWindow(of: sentence, mention: mention)
                    || isLastYear(in: window, mention: mention, sentence: sentence)
                    || monthWindow(in: window, mention: mention) || yearWindow(in: window, mention: mention)
                    || firstPeriodCue(in: window).map { !$0.isEpisode } ?? false
                // (A weapon's word before a plural noun names them: "explosive remnants of war".)
                // ("Gunmen killed more than 800 people in the region last year": armed men, many.)
                let isMany = isPlural(token) || token.hash == Words.gunmen && isYearsTally(window, mention: mention, sentence: sentence)
                    || j + 1 < mention.tokens.lowerBound && isPlural(tokens[j + 1])
                    && !Lexicon.has(tokens[j + 1], .auxiliary) && !isFinitePast(j + 1)
                return !((isPerfect || overDays) && isMany)
            }
            // The colon of a time ("shortly after 1:00 a.m.") does not break the clause.
            if isHardBreak(token), !isTimeColon(j) { break }
            j -= 1
        }
        return false
    }

    /// "put the number abducted at 31", "puts the number of students abducted at 79": a value put
    /// on "the number", the words between within eight.
    func isNumberPutAt(_ mention: NumberMention, floor: Int) -> Bool {
        let start = mention.tokens.lowerBound
        guard start - 3 > floor, tokens[start - 1].hash == Words.at else { return false }
        return Range(max(floor, start - 10), upTo: start - 3).contains { i in
            (tokens[i].hash == Words.put || tokens[i].hash == Words.puts) && tokens[i + 1].hash == Words.the
                && tokens[i + 2].hash == Words.number
                && (i + 3..<start - 1).allSatisfy { tokens[$0].isWord }
        }
    }

    /// "the 8 March attack", "the March 8, 2024 attack", "the February 2020 riots": a date after
    /// "the" that names the event at `index`; the index of its first word.
    func eventDateStart(before index: Int, floor: Int) -> Int? {
        var j = index - 1
        var hasMonth = false
        while j > floor, j >= index - 5, isMonthName(j) || dayNumber(tokens[j]) != nil || yearNumber(tokens[j]) != nil
                || tokens[j].hash == Words.comma && tokens[j].isAttached {
            if isMonthName(j) { hasMonth = true }
            j -= 1
        }
        return hasMonth && j < index - 1 && tokens[j].hash == Words.the ? j + 1 : nil
    }

    /// "exchange of fire", "exchange of gunfire" at `index`.
    func isExchangeOfFire(at index: Int, limit: Int) -> Bool {
        tokens[index].hash == Words.exchange && index + 2 < limit && tokens[index + 1].hash == Words.of
            && (tokens[index + 2].hash == Words.fire || tokens[index + 2].hash == Words.gunfire)
    }

    /// A word with a hyphen on each side: "to" in "hand-to-hand", "for" in "tit-for-tat".
    func isInsideHyphenated(_ index: Int) -> Bool {
        index > 0 && index + 1 < tokens.count && tokens[index - 1].hash == Words.hyphen && tokens[index + 1].hash == Words.hyphen
    }

    /// "in an operation", "during a joint military operation": one operation at `index`, told
    /// with "a" after "in" or "during", a few words between.
    func isOneOperation(at index: Int, floor: Int) -> Bool {
        guard index > floor + 1, let article = operationArticle(at: index, floor: floor + 1) else { return false }
        return tokens[article - 1].hash == Words.in || tokens[article - 1].hash == Words.during
    }

    /// "repelled an attack by Boko Haram terrorists on a base on Tuesday, during which five
    /// soldiers paid the supreme price": the number in a clause of "during which" or "in which"
    /// that one event's noun a few words before it opens (not a disaster's: "the floods, in
    /// which 40 died", nor many events': "the attacks, during which").
    func isInRelativeOfEvent(_ mention: NumberMention, sentence: Range<Int>) -> Bool {
        let start = mention.tokens.lowerBound
        guard start > sentence.lowerBound + 3,
              let which = Range(max(sentence.lowerBound + 3, start - 8), upTo: start).last(where: { tokens[$0].hash == Words.which }),
              tokens[which - 1].hash == Words.during || tokens[which - 1].hash == Words.in,
              tokens[which - 2].hash == Words.comma,
              !(which + 1..<start).contains(where: { tokens[$0].isPunctuation }) else { return false }
        let comma = which - 2
        for i in stride(from: comma - 1, through: max(sentence.lowerBound, comma - 20), by: -1) {
            if tokens[i].isPunctuation && tokens[i].hash != Words.hyphen { return false }
            if Lexicon.has(tokens[i], .event) { return !Lexicon.has(tokens[i], .disaster) && !isPlural(tokens[i]) }
            // ("from a three-day joint operation in the Abujhmarh forests, in which five Maoist
            // insurgents were killed": one operation, told with "a".)
            if isOperation(toldWithArticleAt: i, floor: sentence.lowerBound) { return true }
        }
        return false
    }

    /// "a mega-operation", "a joint military operation": one operation at `index`, told with
    /// "a", a few words between.
    func isOperation(toldWithArticleAt index: Int, floor: Int) -> Bool {
        operationArticle(at: index, floor: floor) != nil
    }

    /// The "a" or "an" of the operation at `index`, with only words or hyphens between.
    /// (Or "the", the story's own operation: "Four soldiers were martyred in the operation", "in
    /// the final operation"; not one of a length told, "in the three-month operation", nor one
    /// counted since it began, "in the Gaza ground operation since it began".)
    private func operationArticle(at index: Int, floor: Int) -> Int? {
        guard tokens[index].hash == Words.operation,
              let article = Range(max(floor, index - 4), upTo: index).last(where: {
                  tokens[$0].hash == Words.a || tokens[$0].hash == Words.an || tokens[$0].hash == Words.the
              }),
              (article + 1..<index).allSatisfy({ tokens[$0].isWord || tokens[$0].hash == Words.hyphen }),
              tokens[article].hash != Words.the || !(article + 1..<index).contains(where: {
                  Lexicon.has(tokens[$0], .numberWord) || Lexicon.has(tokens[$0], .timeUnit) || tokens[$0].hash == Words.hyphen
              }) && !(index + 1 < tokens.count && tokens[index + 1].hash == Words.since)
        else { return nil }
        return article
    }

    /// "The number of people killed when an Air India Boeing 787 crashed into a hostel ... has
    /// risen to at least 270", "The number of people killed in a series of explosions at a
    /// fireworks workshop rose to 29": a toll's new value, of the one event its subject names.
    func isEventTollValue(_ mention: NumberMention, sentence: Range<Int>) -> Bool {
        var start = mention.tokens.lowerBound
        // ("rose to 74 martyrs and 171 wounded", "is of 9 soldiers and 4 VDP auxiliaries": the
        // number joined to the new value is one too.)
        if start - 4 > sentence.lowerBound, tokens[start - 1].hash == Words.and,
           let first = (start - 4...start - 3).first(where: { tokens[$0].isDigits || tokens[$0].roles.contains(.numberWord) }),
           (first + 1..<start - 1).allSatisfy({ tokens[$0].isWord }) {
            start = first
        }
        // ("The provisional toll of the attack is 15 soldiers killed": a link verb right before;
        // "is of 9 soldiers", as a translation has it.)
        func isCopula(_ i: Int) -> Bool { tokens[i].hash == Words.isVerb || tokens[i].hash == Words.was }
        let copula = start - 2 > sentence.lowerBound && isCopula(start - 1) ? start - 1
            : start - 3 > sentence.lowerBound && tokens[start - 1].hash == Words.of && isCopula(start - 2) ? start - 2 : nil
        // ("put the provisional toll of the attack at five soldiers": "at" after a pointer verb.)
        guard start - 2 > sentence.lowerBound, tokens[start - 1].hash == Words.to || tokens[start - 1].hash == Words.at || copula != nil
        else { return false }
        let subject: Range<Int>
        if let verb = copula ?? (tokens[start - 1].hash == Words.at ? nil
                                 : Range(max(sentence.lowerBound, start - 4), upTo: start - 1).last(where: { Lexicon.has(tokens[$0], .changeVerb) })) {
            subject = sentence.lowerBound..<verb
        } else if let verb = Range(max(sentence.lowerBound, start - 12), upTo: start - 2).last(where: {
            Words.pointerVerbs.contains(tokens[$0].hash) && ($0 >= start - 9 || !Words.pointerGerunds.contains(tokens[$0].hash))
        }) {
            // ("raising the toll of the riot to seven": the toll is the object.)
            // ("has raised the number of civilians killed in the Kamanyola shelling to 19": a longer
            // one after a finite verb; not a gerund's, "bringing the number of people killed in the
            // attack to 19", the story's toll.)
            subject = verb + 1..<start - 1
        } else if tokens[start - 1].hash == Words.at,
                  let noun = Range(max(sentence.lowerBound, start - 9), upTo: start - 1).first(where: { Words.figureNouns.contains(tokens[$0].hash) }) {
            // ("put the provisional toll of the attack at five": from the toll's noun on.)
            subject = noun..<start - 1
        } else {
            return false
        }
        guard let noun = subject.first(where: { Words.figureNouns.contains(tokens[$0].hash) }) else { return false }
        if isWhenClause(after: subject.lowerBound, in: subject) { return true }
        // ("The toll of the American aggression which targeted Ras Isa port on Thursday night rose
        // to 74": a relative clause after the toll tells the attack; not a disaster's: "The death
        // toll from the magnitude 7.7 earthquake that struck central Myanmar".)
        if let which = (noun + 1..<subject.upperBound).first(where: { tokens[$0].hash == Words.which || tokens[$0].hash == Words.that }),
           which + 1 < subject.upperBound, Lexicon.has(tokens[which + 1], .eventVerbAfterWhen), isEventVerb(at: which + 1),
           !(noun..<subject.upperBound).contains(where: { Lexicon.has(tokens[$0], .disaster) || Words.wreckWords.contains(tokens[$0].hash) }) {
            return true
        }
        // (A weapon "from" which the toll is counted is its one event too: "The death toll from
        // Monday's car bomb ... has risen to 20".)
        for i in subject where Lexicon.has(tokens[i], .event) && !Lexicon.has(tokens[i], .disaster) || Lexicon.has(tokens[i], .weapon) {
            // (One event, or a series of them: not "killed in attacks this year".)
            guard !isPlural(tokens[i]) || i - 2 >= subject.lowerBound && tokens[i - 1].hash == Words.of
                    && tokens[i - 2].hash == Words.series else { continue }
            let isWeapon = !Lexicon.has(tokens[i], .event)
            // ("The provisional toll of the attack is 15".)
            // (A weapon's too, told with "in the": "raised the number of civilians killed in the
            // Kamanyola shelling to 19".)
            if Range(max(subject.lowerBound, i - 5), upTo: i).contains(where: { tokens[$0].hash == Words.from
                || isWeapon && tokens[$0].hash == Words.in && $0 + 1 < i && tokens[$0 + 1].hash == Words.the
                || !isWeapon && (tokens[$0].hash == Words.in
                    || tokens[$0].hash == Words.of && $0 > subject.lowerBound && Words.figureNouns.contains(tokens[$0 - 1].hash)) }) {
                return true
            }
        }
        return false
    }

    /// "its bomber had killed \"more than 40\" soldiers", "a gunman shot dead six people": one
    /// attacker right before the killing verb, an auxiliary or adverb between at most.
    func isSingleAttackersAct(_ mention: NumberMention, floor: Int) -> Bool {
        var j = mention.tokens.lowerBound - 1
        if j > floor, tokens[j].hash == Words.dead { j -= 1 }  // "shot dead"
        guard j > floor, Lexicon.has(tokens[j], .eventVerb) || tokens[j].hash == Words.shot else { return false }
        j -= 1
        while j > floor, Lexicon.has(tokens[j], .auxiliary) || Lexicon.has(tokens[j], .adverb) { j -= 1 }
        // ("A gunman firing from a rooftop killed seven people": past a participle's phrase on
        // the attacker.)
        if let attacker = Range(max(floor, j - 7), upTo: j).last(where: {
               Words.singleAttackers.contains(tokens[$0].hash) || Words.gunmenNouns.contains(tokens[$0].hash)
           }), text(of: tokens[attacker + 1]).hasSuffix("ing"),
           (attacker + 1...j).allSatisfy({ tokens[$0].isWord && !Lexicon.has(tokens[$0], .auxiliary) }) {
            j = attacker
        }
        // (Or the attackers of one attack: "The attackers also shot dead three villagers who tried
        // to flee".)
        return j >= floor && (Words.singleAttackers.contains(tokens[j].hash) || Words.gunmenNouns.contains(tokens[j].hash))
            && !(j..<mention.tokens.lowerBound).contains { Lexicon.has(tokens[$0], .perfect) }
    }

    /// The weapon a few words after "by", after the number: "were killed by landmines", "killed by a
    /// Russian drone".
    func weaponAfterBy(_ mention: NumberMention, limit: Int) -> Int? {
        guard let by = (mention.tokens.upperBound..<min(limit, mention.tokens.upperBound + 8))
            .prefix(while: { !tokens[$0].isPunctuation && !tokens[$0].isDigits })
            .first(where: { tokens[$0].hash == Words.by }) else { return nil }
        return (by + 1..<min(limit, by + 5)).prefix(while: { !tokens[$0].isPunctuation && !tokens[$0].isDigits })
            .first(where: { Lexicon.has(tokens[$0], .weapon) })
    }

    /// "sent 200 troops to Cyprus last month", "deployed 3,000 in January": when a deployment
    /// was made, a past week, month or year, or a month without its year, after the verb.
    func deploymentDate(in window: Range<Int>, mention: NumberMention) -> CalendarDay? {
        var i = window.lowerBound
        while i + 1 < window.upperBound {
            let next = tokens[i + 1].hash
            // ("has about 2,500 troops in Mali, up from roughly 1,500 in January": the time of
            // the earlier value.)
            if i > mention.tokens.upperBound, opensEarlierValue(at: i) { return nil }
            if tokens[i].hash == Words.last, next == Words.week || next == Words.month || next == Words.year,
               !(i > window.lowerBound && tokens[i - 1].hash == Words.the) {
                return back(1, unit: next, toStart: true)
            }
            if i >= mention.tokens.upperBound, tokens[i].hash == Words.in, let info = Lexicon.info(tokens[i + 1]),
               info.roles.contains(.month), tokens[i + 1].isCapitalized,
               !(i + 2 < window.upperBound && yearNumber(tokens[i + 2]) != nil) {
                return latest(month: Int(info.number), day: 1)
            }
            i += 1
        }
        return nil
    }

    /// "the deadliest fire in Iraq since September 2023, when a blaze ... killed more than 100",
    /// "its deadliest road accident since last month, when a bus plunged ..., killing 30": a
    /// number after the ", when" of a ranking's "since" tells the earlier event the ranking
    /// compares with. That event's day, when the number is so placed, and whether the clause
    /// only reports the number then ("has not updated its own figure since September 2022, when
    /// it said 5,937 servicemen had been killed": a `total` of that day, no event).
    func rankedEventDay(_ mention: NumberMention, sentence: Range<Int>) -> (day: CalendarDay, isReport: Bool)? {
        var when = mention.tokens.lowerBound - 1
        while when > sentence.lowerBound + 1, !isHardBreak(tokens[when]) {
            if tokens[when].hash == Words.when, tokens[when - 1].hash == Words.comma { break }
            when -= 1
        }
        guard when > sentence.lowerBound + 1, tokens[when].hash == Words.when, tokens[when - 1].hash == Words.comma else { return nil }
        let comma = when - 1
        // ("a deployment it has maintained since the deadly clash in the Galwan valley in June 2020,
        // when 20 Indian soldiers were killed": a past month with its year right before the comma,
        // after "since" and the event it names.)
        if comma - 3 > sentence.lowerBound, tokens[comma - 3].hash == Words.in,
           let info = Lexicon.info(tokens[comma - 2]), info.roles.contains(.month),
           let year = yearNumber(tokens[comma - 1]), year < published.year,
           Range(max(sentence.lowerBound, comma - 16), upTo: comma - 3).contains(where: { tokens[$0].hash == Words.since }),
           !(when + 1..<mention.tokens.lowerBound).contains(where: { tokens[$0].isPunctuation }),
           let day = CalendarDay(year: year, month: Int(info.number), day: 1) {
            return (day, false)
        }
        guard let since = Range(max(sentence.lowerBound, comma - 5), upTo: comma).last(where: { tokens[$0].hash == Words.since })
        else { return nil }
        let time = since + 1..<comma
        // (Without a ranking, a past month with its year whose "when" clause holds the number:
        // "Security has been tight on Ashura since December 2009, when a suicide bomber killed 43
        // people at a procession"; not a number after the clause, "since October 2023, when the
        // war began, 40,000 people have been killed".)
        let isRanked = Range(max(sentence.lowerBound, since - 10), upTo: since).contains(where: {
            tokens[$0].roles.contains(.superlative) || Words.rankWords.contains(tokens[$0].hash) && tokens[$0].isWord
                || isMostBeforeAdjective($0)
        })
        let isReport = !isRanked && (when + 1..<mention.tokens.lowerBound).contains(where: { Lexicon.has(tokens[$0], .attribution) })
        if !isRanked {
            guard time.count == 2, Lexicon.has(tokens[time.lowerBound], .month), let year = yearNumber(tokens[time.lowerBound + 1]),
                  year < published.year,
                  !(when + 1..<mention.tokens.lowerBound).contains(where: {
                      tokens[$0].isPunctuation && !((tokens[$0].hash == Words.period || tokens[$0].hash == Words.hyphen) && tokens[$0].isAttached)
                  })
            else { return nil }
        }
        if time.count == 2, tokens[time.lowerBound].hash == Words.last {
            let unit = tokens[time.lowerBound + 1].hash
            guard unit == Words.week || unit == Words.month || unit == Words.year else { return nil }
            return back(1, unit: unit, toStart: true).map { ($0, isReport) }
        }
        if let day = pastEventDate(in: since..<when + 1, before: when + 1) { return (day, isReport) }
        if time.count == 1, let year = yearNumber(tokens[time.lowerBound]), year < published.year {
            return CalendarDay(year: year, month: 1, day: 1).map { ($0, isReport) }
        }
        if time.count == 1, let info = Lexicon.info(tokens[time.lowerBound]), info.roles.contains(.month) {
            return latest(month: Int(info.number), day: 1).map { ($0, isReport) }
        }
        // ("since July 16, when five soldiers were wounded": a day of a month, the last one.)
        if time.count == 2, let info = Lexicon.info(tokens[time.lowerBound]), info.roles.contains(.month),
           let day = dayNumber(tokens[time.lowerBound + 1]) {
            return latest(month: Int(info.number), day: day).map { ($0, isReport) }
        }
        return nil
    }

    /// A past month with its year that dates the number's event: in its window, or in the
    /// phrase that opens the sentence ("In June 2019, 16 people died in a crush").
    func pastEventMonth(for mention: NumberMention, window: Range<Int>, sentence: Range<Int>) -> CalendarDay? {
        if let day = pastEventDate(in: window, before: mention.tokens.lowerBound) { return day }
        if let opening = openingPhrase(of: sentence, before: mention.tokens.lowerBound), opening.upperBound <= window.lowerBound,
           let day = pastEventDate(in: opening, before: opening.upperBound) {
            return day
        }
        // After the number, "in" the month or "on" its day: "Tropical Storm Ana, which killed 46
        // people in Malawi in January 2022", "killed about 1,200 Israelis in southern Israel on
        // Oct. 7, 2023" (not a window's start: "since the military seized power in February 2021").
        guard sentenceRoles.contains(.month) else { return nil }
        for i in mention.tokens.upperBound..<max(mention.tokens.upperBound, window.upperBound - 2) {
            if Words.timePrepositions.contains(tokens[i].hash) { return nil }
            // ("on" a day of this year not after a disaster, whose toll is the story's: "most of
            // them killed in flash floods ... on Aug. 15", "died in a stampede ... on Jan. 29".)
            if tokens[i].hash == Words.in
                || tokens[i].hash == Words.on && (hasYear(after: i + 1, limit: window.upperBound) || !namesDisaster(window)),
               Lexicon.has(tokens[i + 1], .month) {
                return pastEventDate(in: i + 1..<window.upperBound, before: window.upperBound)
            }
            // ("killed 15 people on 1 November 2024": the day before the month.)
            if tokens[i].hash == Words.on, i + 2 < window.upperBound, dayNumber(tokens[i + 1]) != nil,
               Lexicon.has(tokens[i + 2], .month), hasYear(after: i + 2, limit: window.upperBound) || !namesDisaster(window) {
                return pastEventDate(in: i + 2..<window.upperBound, before: window.upperBound)
            }
        }
        return nil
    }

    /// A disaster (not a lasting condition such as heat or war) or a wreck named in `range`.
    func namesDisaster(_ range: Range<Int>) -> Bool {
        range.contains { Lexicon.has(tokens[$0], .disaster) && !Words.conditions.contains(tokens[$0].hash)
            || Words.wreckWords.contains(tokens[$0].hash) }
    }

    /// "which began when", "started when", "which began with" at `index` (the "when" or "with"):
    /// the start of what a toll counts, not its event.
    /// ("with" only in a relative clause: "The war began with the Hamas-led attack ..., which
    /// killed about 1,200 people" tells the attack's own toll.)
    func isConflictStart(at index: Int) -> Bool {
        guard index > 0, tokens[index - 1].hash == Words.began || tokens[index - 1].hash == Words.started else { return false }
        if tokens[index].hash == Words.when { return true }
        return tokens[index].hash == Words.with && index > 1
            && (tokens[index - 2].hash == Words.which || tokens[index - 2].hash == Words.that)
    }

    /// Such a start a few words before `index`: "which began when Hezbollah opened fire".
    func isConflictStart(before index: Int, floor: Int) -> Bool {
        Range(max(floor, index - 5), upTo: index).contains { isConflictStart(at: $0) }
    }

    /// "CODECO fighters killed 62 people", "Boko Haram fighters kidnapped 276 girls", "a suicide
    /// bomber killed more than 80 people", "police shot dead at least 19 protesters": armed
    /// people, attackers or the police named right before the finished act that counts the number.
    func isArmedAct(before mention: NumberMention, floor: Int) -> Bool {
        guard let verb = pastAct(before: mention, floor: floor) else { return false }
        return isArmedPerson(at: verb - 1, limit: verb) || Words.policeNouns.contains(tokens[verb - 1].hash)
    }

    /// "fighting around the temple killed at least 20", "soldiers and VDP members killed at least
    /// 223 villagers": the finished act, in the simple past, that counts the number right after
    /// it, whoever did it. Its verb's index.
    /// (Or a gerund after an accusation: "accused Burkinabe soldiers of killing at least 223
    /// villagers ... on February 25".)
    func pastAct(before mention: NumberMention, floor: Int) -> Int? {
        var verb = mention.tokens.lowerBound - 1
        if verb - 1 > floor, tokens[verb].hash == Words.dead, tokens[verb - 1].hash == Words.shot { verb -= 1 }
        let isAccused = verb - 2 >= floor && tokens[verb - 1].hash == Words.of && Words.tollParticiples.contains(tokens[verb].hash)
            && Range(max(floor, verb - 6), upTo: verb - 1).contains { tokens[$0].hash == Words.accused }
        guard verb - 1 >= floor, isFinitePast(verb) || isAccused,
              let act = extractor.triggers.match(tokens, at: verb, limit: mention.tokens.lowerBound),
              // ("and wounded two passengers": a verb of harm right before its object.)
              act.value.isActiveVerb || act.value.figure == .killed || act.value.figure == .captured || act.value.figure == .wounded,
              act.value.figure != .deployed else { return nil }
        return verb
    }

    /// Soldiers, fighters or attackers named at `index`: "CODECO fighters", "a suicide bomber",
    /// "Arab militias".
    func isArmedPerson(at index: Int, limit: Int) -> Bool {
        People.kinds.match(tokens, at: index, limit: limit)?.value.isCombatant == true
            || Words.attackerNouns.contains(tokens[index].hash)
    }

    /// An event, an event verb, a disaster that is not a war, or a wreck: what a past month's
    /// event may be. A fire is one after an article ("In February 2012, a fire at the prison
    /// killed 361 inmates"), not gunfire ("opened fire", "came under heavy fire").
    func isPastEventWord(_ index: Int) -> Bool {
        let token = tokens[index]
        return Lexicon.has(token, .event) || Lexicon.has(token, .eventVerbAfterWhen) && isEventVerb(at: index)
            || Lexicon.has(token, .disaster) && !Words.warWords.contains(token.hash) || Words.wreckWords.contains(token.hash)
            || token.hash == Words.fire && index > 0 && Lexicon.has(tokens[index - 1], .determiner)
    }

    /// "Jihadist fighters overran an army base on Sunday, killing dozens of soldiers", "a suicide
    /// bomber blew himself up among crowds, killing at least 32": a toll told, after a comma,
    /// as what one finished action did. Not after the perfect ("have shelled the city for
    /// weeks, killing 300": a tally), nor after a disaster, a sinking or a collapse (its toll is
    /// the story's total), nor "since".
    func isParticipialToll(_ mention: NumberMention, sentence: Range<Int>) -> Bool {
        var participle = mention.tokens.lowerBound - 1
        // "killing all 43 passengers", "killing its five crew members", "killing all the 12 miners".
        if participle > sentence.lowerBound, Words.possessiveDeterminers.contains(tokens[participle].hash)
            || tokens[participle].hash == Words.the {
            participle -= 1
        }
        if participle > sentence.lowerBound, tokens[participle].hash == Words.all { participle -= 1 }
        // ("shooting dead four pupils": the participle with its particle.)
        if participle - 1 > sentence.lowerBound, tokens[participle].hash == Words.dead,
           Words.shootingWords.contains(tokens[participle - 1].hash) {
            participle -= 1
        }
        // ("killing a brigade commander and at least 15 soldiers": the second object of the participle.)
        // (Or a later one of a list: "killing a chief, his two sons and 11 people"; a number in
        // an object before is its own, after "his" or "the".)
        if participle > sentence.lowerBound, tokens[participle].hash == Words.and || tokens[participle].hash == Words.comma,
           let verb = Range(max(sentence.lowerBound + 1, participle - 12), upTo: participle).last(where: { Words.tollParticiples.contains(tokens[$0].hash) }),
           (verb + 1..<participle).allSatisfy({ k in
               tokens[k].hash == Words.comma
                   || tokens[k].isWord && !Lexicon.has(tokens[k], .numberWord) || isObjectsOwnNumber(k)
           }) {
            participle = verb
        }
        guard participle - 1 > sentence.lowerBound, Words.tollParticiples.contains(tokens[participle].hash)
                || Words.shootingWords.contains(tokens[participle].hash) && tokens[participle + 1].hash == Words.dead else { return false }
        // ("stormed the town, freeing more than 500 inmates from its prison and killing at least
        // 20 people": the second of two participles after the comma.)
        var comma = participle - 1
        if tokens[comma].hash == Words.and {
            guard let first = Range(max(sentence.lowerBound + 1, comma - 12), upTo: comma).last(where: {
                tokens[$0 - 1].hash == Words.comma && isParticiple($0)
            }), !(first..<comma).contains(where: { isHardBreak(tokens[$0]) || tokens[$0].hash == Words.comma }) else { return false }
            comma = first - 1
        }
        guard tokens[comma].hash == Words.comma else { return false }
        var verb: Int?
        var i = comma - 1
        while i >= sentence.lowerBound, !isHardBreak(tokens[i]) {
            let token = tokens[i]
            // (A siege or fighting that ended is one event: "ended a 20-hour siege of a hotel,
            // killing all six gunmen".)
            if token.hash == Words.since || Lexicon.has(token, .disaster) && !Words.warWords.contains(token.hash)
                || Words.wreckWords.contains(token.hash) { return false }
            // ("had retaken", "had overrun": a participle after "had", below.)
            if verb == nil, isFinitePast(i) || i > sentence.lowerBound && tokens[i - 1].hash == Words.had && tokens[i].isWord
                && !tokens[i].isCapitalized && !Lexicon.has(tokens[i], .adverb) && !Lexicon.has(tokens[i], .determiner) {
                verb = i
            }
            i -= 1
        }
        guard let verb else { return false }
        guard verb > sentence.lowerBound, Lexicon.has(tokens[verb - 1], .perfect) else { return true }
        // (But the past perfect of a report is its simple past: "said on Tuesday that its fighters
        // had retaken the town of Hsenwi ... after a 10-day offensive, killing 218 Myanmar
        // soldiers"; not over a window: "had shelled the city over the past week, killing 30".)
        return tokens[verb - 1].hash == Words.had
            && (sentence.lowerBound..<verb - 1).contains { Lexicon.has(tokens[$0], .attribution) && !Lexicon.has(tokens[$0], .adverb) }
            && firstPeriodCue(in: sentence) == nil
    }

    /// "collapsed", "gave way", "came down", "caved in", a dam that "burst", a storm that "made
    /// landfall": the start of a disaster.
    func isCollapseVerb(_ index: Int) -> Bool {
        let hash = tokens[index].hash
        if hash == Words.collapsed { return true }
        guard index + 1 < tokens.count else { return false }
        let next = tokens[index + 1].hash
        return hash == Words.gave && next == Words.way || hash == Words.came && next == Words.down
            || hash == Words.caved && next == Words.in || hash == Words.burst && index > 0 && tokens[index - 1].hash == Words.dam
            || hash == Words.made && next == Words.landfall
    }

    /// A word in "-ing": "freeing", "killing".
    func isParticiple(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.isWord, token.length > 4 else { return false }
        let end = Int(token.end)
        return bytes[end - 3] | 0x20 == UInt8(ascii: "i") && bytes[end - 2] | 0x20 == UInt8(ascii: "n")
            && bytes[end - 1] | 0x20 == UInt8(ascii: "g")
    }

    /// "when" after the number, and an event verb soon after it: "when fighters on motorcycles
    /// attacked a post", "when two buses collided" (not "when the water surged into the
    /// shaft" of a mine flood, nor "when the ministry said").
    func isWhenClause(after start: Int, in window: Range<Int>) -> Bool {
        // ("were killed on Thursday as police fired tear gas, rubber bullets and live rounds": "as"
        // too, the first "when" or "as" that opens such a clause.)
        // (Or "fire": "when their patrol came under fire".)
        guard !sentenceRoles.isDisjoint(with: [.eventVerbAfterWhen, .weapon, .event])
                || (start..<window.upperBound).contains(where: { tokens[$0].hash == Words.fire }) else { return false }
        // (Not the start of a whole conflict: "for the whole conflict, which began when Hezbollah
        // opened fire on Israel".)
        for when in start..<window.upperBound where tokens[when].hash == Words.when || tokens[when].hash == Words.as_ {
            if isConflictStart(at: when) { continue }
            if opensEventClause(at: when, limit: window.upperBound) { return true }
        }
        return false
    }

    /// ", among them", ", including", ", mostly": a word that opens an aside on the people or things before.
    private func isAsideOpener(at index: Int) -> Bool {
        index < tokens.count && Words.asideOpeners.contains(tokens[index].hash)
    }

    /// The clause that "when" or "as" at `when` opens tells an attack, a crash or a weapon.
    private func opensEventClause(at when: Int, limit: Int) -> Bool {
        // (Not a disaster, a sinking or a collapse, whose toll is the story's: "died when an
        // overloaded boat capsized", "were asleep when the quake hit".)
        let clause = when + 1..<min(limit, when + 20)
        // ("when their patrol came under fire": gunfire, not a blaze.)
        if clause.dropFirst().contains(where: { tokens[$0].hash == Words.fire && tokens[$0 - 1].hash == Words.under }) { return true }
        if clause.contains(where: { Words.wreckWords.contains(tokens[$0].hash) }) { return false }
        // (A disaster only up to the clause's verb: "when their Canadair CL-415 water-bombing plane
        // crashed while fighting a wildfire" is a crash.)
        guard !clause.isEmpty, !Lexicon.has(tokens[when + 1], .disaster) else { return false }
        var i = when + 2  // a subject first
        while i < clause.upperBound {
            let token = tokens[i]
            // (Not a disaster's word after "to", a verb: "when protesters tried to storm the
            // electoral commission's offices and gendarmes opened fire".)
            // ("when rioters set fire to the regional parliament building": a blaze set is an attack.)
            if token.hash == Words.fire, tokens[i - 1].hash == Words.set { return true }
            if Lexicon.has(token, .disaster), tokens[i - 1].hash != Words.to { return false }
            // (A word joined by a hyphen is no verb: "a coal-fired power station".)
            if token.isAttached, tokens[i - 1].hash == Words.hyphen {
                i += 1
                continue
            }
            // (Past an aside on the subject: "when M23 rebels, backed by Rwanda, seized Goma"; a
            // longer one opened by "among them": "when more than 30 vehicles, among them eight buses
            // and a fuel tanker, crashed into one another".)
            if token.hash == Words.comma,
               let close = (i + 1..<min(clause.upperBound, i + (isAsideOpener(at: i + 1) ? 12 : 8)))
                .first(where: { tokens[$0].hash == Words.comma }),
               !(i + 1..<close).contains(where: { isHardBreak(tokens[$0]) || Lexicon.has(tokens[$0], .attribution) }) {
                i = close + 1
                continue
            }
            // (Past a short form in brackets: "when Islamic State West Africa Province (ISWAP)
            // fighters overran a base".)
            if token.hash == Words.openParen,
               let close = (i + 1..<min(clause.upperBound, i + 5)).first(where: { tokens[$0].hash == Words.closeParen }) {
                i = close + 1
                continue
            }
            // (A name in quote marks: 'when a PFM-1 "butterfly" mine that a boy had picked up in a
            // courtyard exploded'.)
            if token.isQuoteMark, !isHardBreak(token), i > when + 1 {
                i += 1
                continue
            }
            // (A plural's possessive: "when a bus of the Garhwal Motor Owners' Union ... plunged".)
            let isPluralPossessive = token.hash == Words.apostrophe && token.isAttached && i > when + 1
                && bytes[Int(tokens[i - 1].end) - 1] | 0x20 == UInt8(ascii: "s")
            if token.isPunctuation && token.hash != Words.hyphen && !isPluralPossessive || Lexicon.has(token, .attribution) {
                return false
            }
            // ("when their armoured vehicle drove over an improvised landmine": the weapon says it.)
            if Lexicon.has(token, .eventVerbAfterWhen) && isEventVerb(at: i) || Lexicon.has(token, .weapon) { return true }
            // ("when their convoy came under attack".)
            if Lexicon.has(token, .event), tokens[i - 1].hash == Words.under { return true }
            i += 1
        }
        return false
    }

    /// A verb in the simple past at `index`: a word in "-ed" not after an article ("the armed
    /// men"), or an irregular past.
    func isFinitePast(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.isWord else { return false }
        if Words.irregularPasts.contains(token.hash) { return true }
        let end = Int(token.end)
        guard token.length >= 4, bytes[end - 2] | 0x20 == UInt8(ascii: "e"), bytes[end - 1] | 0x20 == UInt8(ascii: "d") else {
            return false
        }
        return !(index > 0 && Lexicon.has(tokens[index - 1], .determiner))
    }

    /// An event verb after "when"/"after" at `index`; "went" only with its particle: "when a
    /// device went off", not "when they went home"; "fell" only into or off something, or a
    /// height: "when their bus fell into a gorge", "when a cable car cabin detached and fell
    /// about 40 metres", not "when night fell"; "left" only a road: "when the bus left the road
    /// on a bend", not "when the troops left"; "overturned" not of a boat; "shot" only down:
    /// "when the Taliban shot down a Chinook helicopter"; "charged" not with a crime.
    func isEventVerb(at index: Int) -> Bool {
        let hash = tokens[index].hash
        guard hash == Words.went || hash == Words.fell || hash == Words.ran || hash == Words.shot || hash == Words.broke
                || hash == Words.took || hash == Words.opened || hash == Words.left || hash == Words.overturned
                || hash == Words.rolled || hash == Words.flipped || hash == Words.charged
                || hash == Words.walked || hash == Words.drove || hash == Words.exchanged || hash == Words.jumped else {
            return true
        }
        // (A boat that overturns sinks, a disaster's: "drowned when their boat overturned"; a bus's
        // is a crash, and so is a vehicle that rolls or flips: "when their armoured vehicle rolled
        // off a mountain road", not "when the vessel rolled over".)
        if hash == Words.overturned || hash == Words.rolled || hash == Words.flipped {
            return index == 0 || !Words.boatNouns.contains(tokens[index - 1].hash)
        }
        guard index + 1 < tokens.count else { return false }
        // ("when a tram left the rails", "when nine coaches jumped the tracks"; not "when the
        // toll jumped".)
        if hash == Words.left || hash == Words.jumped {
            return index + 2 < tokens.count && tokens[index + 1].hash == Words.the && Words.roadWords.contains(tokens[index + 2].hash)
        }
        // ("were captured when the town fell", "when the headquarters fell": a place taken.)
        // (Or a place named after one: "when the army's last base near the border town of
        // Myawaddy fell".)
        if hash == Words.fell, index > 0, Words.strongholdNouns.contains(tokens[index - 1].hash)
            || tokens[index - 1].isCapitalized && Range(max(0, index - 7), upTo: index - 1).reversed()
                .prefix(while: { !tokens[$0].isPunctuation })
                .contains(where: { Words.strongholdNouns.contains(tokens[$0].hash) }) {
            return true
        }
        if hash == Words.fell, (index + 2..<min(tokens.count, index + 5)).contains(where: {
            Lexicon.has(tokens[$0], .measure) && (tokens[$0 - 1].isDigits || Lexicon.has(tokens[$0 - 1], .numberWord))
        }) {
            return true
        }
        // "when the rebels took Goma": a place taken.
        if hash == Words.took { return tokens[index + 1].isCapitalized }
        let next = tokens[index + 1].hash
        if hash == Words.shot { return next == Words.down }
        // "when police baton-charged supporters" (not "when he was charged with murder").
        if hash == Words.charged { return next != Words.with }
        // "when troops from the two countries exchanged fire" (not "exchanged prisoners").
        if hash == Words.exchanged { return next == Words.fire || next == Words.shots || next == Words.gunfire }
        // "when gunmen opened fire", "opened harassing fire" (not "after the gates were opened").
        if hash == Words.opened {
            return (index + 1..<min(tokens.count, index + 4)).prefix(while: { tokens[$0].isWord }).contains { tokens[$0].hash == Words.fire }
        }
        // "when a wooden boat broke apart", "when the vessel broke up" (not "when a fire broke
        // out": a disaster's).
        if hash == Words.broke { return next == Words.apart || next == Words.up }
        // "when a passenger express train ran into a stationary goods train" (not "when an
        // overcrowded inflatable boat ran into trouble": a mishap, the story's).
        // ("when their tractor ran over an anti-tank mine", "when their patrol walked into a
        // minefield", "when their vehicle drove over a mine"; not "when they walked home".)
        if hash == Words.ran || hash == Words.walked || hash == Words.drove {
            return next == Words.into && index + 2 < tokens.count && !Words.troubleWords.contains(tokens[index + 2].hash)
                || next == Words.over || next == Words.onto
        }
        return hash == Words.went ? next == Words.off : next == Words.into || next == Words.off || next == Words.from
    }

    /// A month with its year before `end` in the range, before the published month: "In
    /// February 2004", "in April 2002, when", "The Sept. 24, 2023 attack". Its first day, or
    /// the day when given.
    func pastEventDate(in range: Range<Int>, before end: Int) -> CalendarDay? {
        var i = range.lowerBound
        while i < end {
            // (Not when a disaster began: "The floods, which began in late April 2024 ..., killed 184";
            // but "The earthquake that struck near Mandalay on March 28 killed" is dated so.)
            if let info = Lexicon.info(tokens[i]), info.roles.contains(.month), tokens[i].isCapitalized,
               !(isInRelativeOfDisaster(i, floor: range.lowerBound)
                 && Range(max(range.lowerBound, i - 6), upTo: i).contains(where: { Words.onsetVerbs.contains(tokens[$0].hash) })) {
                var k = i + 1
                if k < end, tokens[k].hash == Words.period { k += 1 }
                var day = 1
                let dayAfter = k < end ? dayNumber(tokens[k]) : nil
                if k + 2 < end, let d = dayAfter, tokens[k + 1].hash == Words.comma {
                    day = d
                    k += 2
                } else if dayAfter == nil, i >= 2, tokens[i - 2].hash == Words.on, let d = dayNumber(tokens[i - 1]) {
                    day = d  // "on 1 November 2024"
                }
                // Not the start of a window ("since October 2023"), unless an event follows
                // ("since November 2001, when Flight 587 went down"); not the day of a report
                // ("in September 2022, when Shoigu said").
                let isSince = i > range.lowerBound && tokens[i - 1].hash == Words.since
                let isWhen = k + 2 < end && tokens[k + 1].hash == Words.comma && tokens[k + 2].hash == Words.when
                let isReport = (k..<end).contains(where: { Lexicon.has(tokens[$0], .attribution) && !Lexicon.has(tokens[$0], .adverb) })
                if k < end, let year = yearNumber(tokens[k]), let date = CalendarDay(year: year, month: Int(info.number), day: day),
                   date.year < published.year || date.year == published.year && date.month < published.month,
                   !isSince || isWhen, !isReport {
                    return date
                }
                // A day without its year, days before the report: "On June 30, 26 migrants drowned",
                // "on May 11, JNIM fighters overran the town", "On 4 June, eight armed men boarded".
                // (Not a window's start: "since the monsoon began on June 26".)
                let dayFirst = i >= 2 && tokens[i - 2].hash == Words.on ? dayNumber(tokens[i - 1]) : nil
                if !hasYear(after: i, limit: end), let d = dayAfter ?? dayFirst, let date = latest(month: Int(info.number), day: d),
                   date.adding(days: 2) <= published, !isReport,
                   !Range(max(range.lowerBound, i - 10), upTo: i).contains(where: { tokens[$0].hash == Words.since }) {
                    return date
                }
            }
            i += 1
        }
        return nil
    }

    /// "attacks", "strikes": a word that ends in "s".
    func isPlural(_ token: Token) -> Bool {
        token.isWord && token.length > 3 && bytes[Int(token.end) - 1] | 0x20 == UInt8(ascii: "s")
    }

    /// A token of a date: the day, its year, or the marks of "Oct. 7, 2023".
    func isDatePart(_ index: Int) -> Bool {
        let token = tokens[index]
        if isDayOfMonth(index) { return true }
        if yearNumber(token) != nil, index >= 1 {
            return Lexicon.has(tokens[index - 1], .month) || tokens[index - 1].hash == Words.comma && index >= 2 && isDayOfMonth(index - 2)
        }
        if token.hash == Words.period, token.isAttached, index >= 1 { return Lexicon.has(tokens[index - 1], .month) }
        if token.hash == Words.comma, index >= 1, index + 1 < tokens.count {
            return isDayOfMonth(index - 1) && yearNumber(tokens[index + 1]) != nil
        }
        return false
    }

    /// A colon between digits it touches: "1:00", "10:30".
    func isTimeColon(_ index: Int) -> Bool {
        tokens[index].hash == Words.colon && index > 0 && index + 1 < tokens.count && tokens[index - 1].isDigits
            && tokens[index].isAttached && tokens[index + 1].isDigits && tokens[index + 1].isAttached
    }

    /// The day an incident happened, when its clause names it: "on Tuesday", "on Dec. 19".
    func eventDay(in range: Range<Int>) -> CalendarDay? {
        var i = range.lowerBound
        while i + 1 < range.upperBound {
            // "during the 8 March attack": the day before its month, in the event's name.
            if tokens[i].hash == Words.the, i + 3 < range.upperBound, let day = dayNumber(tokens[i + 1]),
               let info = Lexicon.info(tokens[i + 2]), info.roles.contains(.month), tokens[i + 2].isCapitalized {
                if let year = yearNumber(tokens[i + 3]), let dated = CalendarDay(year: year, month: Int(info.number), day: day),
                   dated <= published {
                    return dated
                }
                if yearNumber(tokens[i + 3]) == nil, let dated = latest(month: Int(info.number), day: day) { return dated }
            }
            // "In Bukavu, which the rebels seized on Feb. 16, two grenade blasts ... killed": an
            // aside's date is not the event's.
            if tokens[i].hash == Words.comma, tokens[i + 1].hash == Words.which || tokens[i + 1].hash == Words.who,
               let close = (i + 2..<range.upperBound).first(where: { tokens[$0].hash == Words.comma && !isDatePart($0) }) {
                i = close + 1
                continue
            }
            if tokens[i].hash == Words.on || tokens[i].hash == Words.the || tokens[i].hash == Words.in
                || tokens[i].kind == .possessive, let info = Lexicon.info(tokens[i + 1]),
               info.roles.contains(.month), tokens[i + 1].isCapitalized {
                let month = Int(info.number)
                var k = i + 2
                if k < range.upperBound, tokens[k].hash == Words.period { k += 1 }
                // "on Oct. 7, 2023": the year when given; "in June 2023": the month's first day.
                if k < range.upperBound, let day = dayNumber(tokens[k]) {
                    if k + 2 < range.upperBound, tokens[k + 1].hash == Words.comma, let year = yearNumber(tokens[k + 2]),
                       let dated = CalendarDay(year: year, month: month, day: day), dated <= published {
                        return dated
                    }
                    if tokens[i].hash != Words.in { return latest(month: month, day: day) }
                } else if tokens[i].hash == Words.in, k < range.upperBound, let year = yearNumber(tokens[k]),
                          let dated = CalendarDay(year: year, month: month, day: 1), dated <= published {
                    return dated
                } else if tokens[i].hash == Words.in, k >= range.upperBound || yearNumber(tokens[k]) == nil {
                    // "killed in a single battle near Sake in October": the last such month.
                    return latest(month: month, day: 1)
                }
            }
            i += 1
        }
        return nil
    }

    /// "between July 2023 and June 2024", "between late January and March", "from May to
    /// July": a window from one date to another.
    func isDateSpan(in range: Range<Int>) -> Bool {
        // "killed in North Kivu in January and February": two months, joined.
        for i in range where tokens[i].hash == Words.in && i + 3 < range.upperBound {
            if isMonthName(i + 1), tokens[i + 2].hash == Words.and, isMonthName(i + 3) { return true }
        }
        // "killed ... on 26 and 27 October": two days of a month, joined (not in a relative clause
        // on a disaster, which says when it struck: "Flash floods that swept through Baghlan ...
        // on 10 and 11 May have killed at least 315 people").
        for i in range where tokens[i].hash == Words.on && i + 4 < range.upperBound {
            if dayNumber(tokens[i + 1]) != nil, tokens[i + 2].hash == Words.and, dayNumber(tokens[i + 3]) != nil,
               isMonthName(i + 4),
               !(range.lowerBound..<i).contains(where: { tokens[$0].hash == Words.that || tokens[$0].hash == Words.which }) {
                return true
            }
        }
        for i in range where tokens[i].hash == Words.between || tokens[i].hash == Words.from {
            // (Not how long a thing named runs: "The monsoon, which runs from June to September, has
            // killed 112 people".)
            if i - 2 >= range.lowerBound, Words.spanVerbs.contains(tokens[i - 1].hash),
               tokens[i - 2].hash == Words.which || tokens[i - 2].hash == Words.that {
                continue
            }
            var j = i + 1
            let joint = tokens[i].hash == Words.between ? Words.and : Words.to
            // "in the armed conflict between 1985 and 2018": years.
            // (And years across two: "between 2019-20 and 2023-24".)
            if j + 2 < range.upperBound, let year = yearNumber(tokens[j]) {
                let yearEnd = yearSpanEnd(from: year, at: j + 1, limit: range.upperBound)?.end ?? j + 1
                if yearEnd + 1 < range.upperBound, tokens[yearEnd].hash == joint, yearNumber(tokens[yearEnd + 1]) != nil {
                    return true
                }
            }
            // "between 11 and 17 August": days, then their month.
            if j + 3 < range.upperBound, tokens[j].isDigits, tokens[j + 1].hash == joint, tokens[j + 2].isDigits,
               Lexicon.has(tokens[j + 3], .month), tokens[j + 3].isCapitalized {
                return true
            }
            if j < range.upperBound, Words.monthModifiers.contains(tokens[j].hash) { j += 1 }
            // "between 26 January and 4 February": the day before its month.
            if j + 1 < range.upperBound, tokens[j].isDigits, tokens[j].length <= 2, Lexicon.has(tokens[j + 1], .month) { j += 1 }
            guard j < range.upperBound, Lexicon.has(tokens[j], .month), tokens[j].isCapitalized else { continue }
            var k = j + 1
            while k < min(range.upperBound, j + 6), tokens[k].hash != joint { k += 1 }
            guard k < range.upperBound, tokens[k].hash == joint else { continue }
            // "between December 23 and 26": a month's day, then another day of it.
            if k == j + 2, dayNumber(tokens[j + 1]) != nil, k + 1 < range.upperBound, dayNumber(tokens[k + 1]) != nil {
                return true
            }
            // "and March", "and late March", "and the end of March", "and June 2024".
            for m in k + 1..<min(range.upperBound, k + 5)
            where Lexicon.has(tokens[m], .month) && tokens[m].isCapitalized || yearNumber(tokens[m]) != nil {
                return true
            }
        }
        return false
    }

    /// A month's name, capitalized ("May" is no modal then).
    func isMonthName(_ index: Int) -> Bool {
        Lexicon.has(tokens[index], .month) && tokens[index].isCapitalized
    }

    /// A table cell whose column's header names a window: "| Killed this week |" over
    /// "| Civilians | 58 |", "| Deaths in 2024 |".
    func isUnderWindowHeader(_ mention: NumberMention, sentence: Range<Int>) -> Bool {
        guard let cell = headerCell(over: mention, sentence: sentence) else { return false }
        return firstPeriodCue(in: cell).map { !$0.isRate } == true || hasYear(in: cell)
            || cell.dropLast().contains { tokens[$0].hash == Words.in && Lexicon.has(tokens[$0 + 1], .month) && tokens[$0 + 1].isCapitalized }
    }

    /// A table cell whose column's header names a count kept running: "| Cumulative deaths |",
    /// "| Total killed |", "| Deaths to date |" over "| Nampula | 3 | 19 |".
    func isUnderRunningTotalHeader(_ mention: NumberMention, sentence: Range<Int>) -> Bool {
        guard let cell = headerCell(over: mention, sentence: sentence) else { return false }
        return contains(Cues.runningTotalCues, in: cell) || cell.contains { tokens[$0].hash == Words.total }
    }

    /// The header cell of the column of the table cell that `mention` is, when it is one.
    func headerCell(over mention: NumberMention, sentence: Range<Int>) -> Range<Int>? {
        let start = mention.tokens.lowerBound
        guard tokens[sentence.lowerBound].hash == Words.pipe, start - 1 > sentence.lowerBound, tokens[start - 1].hash == Words.pipe,
              let header = tableHeader(before: sentence.lowerBound) else { return nil }
        let column = (sentence.lowerBound..<start).count { tokens[$0].hash == Words.pipe }
        return cell(column: column, ofRowAt: header)
    }

    /// A table row whose first cell is a past year, the number in a later cell: "| 2023 | 485 |
    /// 100 | 22 |" (or a year across two: "| 2019-20 | 585 |").
    func isYearRow(_ mention: NumberMention, sentence: Range<Int>) -> Bool {
        tokens[sentence.lowerBound].hash == Words.pipe
            && isPastYear(at: sentence.lowerBound + 1, closedBy: Words.pipe, before: mention.tokens.lowerBound)
    }

    /// A list item that opens with a past year, or a year across two, and a colon, the number
    /// after it: "- 2023: 312 deaths", "- 2022-23: 48 accidents, 312 deaths".
    func isYearItem(_ mention: NumberMention, sentence: Range<Int>) -> Bool {
        var first = sentence.lowerBound
        if tokens[first].hash == Words.hyphen || tokens[first].hash == Words.asterisk { first += 1 }
        return isPastYear(at: first, closedBy: Words.colon, before: mention.tokens.lowerBound)
    }

    /// A past year, or a year across two, at `index`, then the mark `closer` before `end`.
    private func isPastYear(at index: Int, closedBy closer: UInt64, before end: Int) -> Bool {
        guard index + 1 < end, let year = yearNumber(tokens[index]), year <= published.year else { return false }
        let close = yearSpanEnd(from: year, at: index + 1, limit: end)?.end ?? index + 1
        return close < end && tokens[close].hash == closer
    }

    /// A table row whose first cell is a month, with or without its year, the number in a later
    /// cell: "| January | 388 | 41 |", "| March 2025 | 455 |".
    func isMonthRow(_ mention: NumberMention, sentence: Range<Int>) -> Bool {
        let first = sentence.lowerBound + 1
        guard tokens[sentence.lowerBound].hash == Words.pipe, first + 1 < mention.tokens.lowerBound,
              Lexicon.has(tokens[first], .month) else { return false }
        return tokens[first + 1].hash == Words.pipe
            || first + 2 < mention.tokens.lowerBound && yearNumber(tokens[first + 1]) != nil && tokens[first + 2].hash == Words.pipe
    }

    /// "during this year's Songkran holiday", "over the Eid holidays", "during the festive
    /// season": the days of a holiday, a few words after "during", "over" or "throughout".
    func isHolidayWindow(in window: Range<Int>) -> Bool {
        window.contains { i in
            guard tokens[i].hash == Words.during || tokens[i].hash == Words.over || tokens[i].hash == Words.throughout else {
                return false
            }
            // ("during the Christmas-New Year holiday period": past a hyphen inside the name.)
            let span = (i + 1..<min(window.upperBound, i + 9)).prefix(while: {
                !tokens[$0].isPunctuation || tokens[$0].kind == .possessive || tokens[$0].hash == Words.hyphen && tokens[$0].isAttached
            })
            // (A named holiday's weekend too: "were wounded and six killed in shootings across
            // Chicago over the Labor Day weekend"; not a weekend alone, one episode.)
            // (Not a disaster's: "At least 50 people have died in floods that swept through western
            // Kenya over the Easter weekend" is the story's toll.)
            return span.contains { Words.holidayWords.contains(tokens[$0].hash) }
                || span.contains { j in
                    tokens[j].hash == Words.weekend && j > i + 2 && (i + 2..<j).contains { tokens[$0].isCapitalized }
                } && !window.contains { Lexicon.has(tokens[$0], .disaster) }
        }
    }

    /// "the year before", "the previous month", "a week earlier": the window before a count's
    /// own, at `start`.
    func isWindowBefore(at start: Int, limit: Int) -> Bool {
        guard start + 2 < limit else { return false }
        let first = tokens[start].hash, second = tokens[start + 1].hash, third = tokens[start + 2].hash
        // ("the previous fiscal year": an accounts year too.)
        if first == Words.the, Words.previousWords.contains(second) {
            return Words.windowUnits.contains(third)
                || Words.fiscalWords.contains(third) && start + 3 < limit && tokens[start + 3].hash == Words.year
        }
        // ("up from 17 the winter before": a season of the year too.)
        return (first == Words.the || first == Words.a) && (Words.windowUnits.contains(second) || Words.yearSeasons.contains(second))
            && (third == Words.before || third == Words.earlier)
    }

    /// "the second quarter of 2024", "the 12 months to March 2025", "the first half of 2024": a
    /// part of a past year, named after "the" at `start` (no later year than the report's).
    func isPartOfYear(at start: Int, limit: Int) -> Bool {
        guard start < limit, tokens[start].hash == Words.the else { return false }
        // ("the first three months of the year", "the first half of last year".)
        let words = (start + 1..<min(limit, start + 7)).prefix { !tokens[$0].isPunctuation }
        return words.contains { yearNumber(tokens[$0]).map { $0 <= published.year } == true }
            || words.contains {
                $0 + 2 < limit && tokens[$0].hash == Words.of && tokens[$0 + 2].hash == Words.year
                    && [Words.the, Words.this, Words.last].contains(tokens[$0 + 1].hash)
            }
    }

    /// Whether `range` counts over a window: a past year or a month after "in" ("in 2024", "in
    /// the 2024-25 fiscal year", "in March"), "last year", "this month", with no "since".
    func isWindowedCount(_ range: Range<Int>) -> Bool {
        guard !range.contains(where: { tokens[$0].hash == Words.since }) else { return false }
        return range.dropLast().contains { i in
            // ("For the whole of 2024", "in all of 2023".)
            if tokens[i].hash == Words.of, i > range.lowerBound, tokens[i - 1].hash == Words.whole || tokens[i - 1].hash == Words.all {
                return yearNumber(tokens[i + 1]).map { $0 <= published.year } == true
            }
            guard tokens[i].hash == Words.in || tokens[i].hash == Words.during else { return isLastOrThisWindow(at: i) }
            // (A month with its year dates an event or a start: "Fourteen years after protests
            // erupted in Syria in March 2011, ... 656,493 people, up from 618,000 a year earlier".)
            return yearNumber(tokens[i + 1]).map { $0 <= published.year } == true
                || fiscalYear(at: i + 1, limit: range.upperBound) != nil
                || Lexicon.has(tokens[i + 1], .month) && tokens[i + 1].isCapitalized && !isMonthWithYear(i + 1)
                || isPartOfYear(at: i + 1, limit: range.upperBound) || isYearEnded(at: i + 1, limit: range.upperBound)
        }
    }

    /// "last year", "this month", "last winter" at `index` (a word follows it).
    func isLastOrThisWindow(at index: Int) -> Bool {
        (tokens[index].hash == Words.last || tokens[index].hash == Words.this)
            && (Words.windowUnits.contains(tokens[index + 1].hash) || Words.yearSeasons.contains(tokens[index + 1].hash))
    }

    /// "the same period of 2024", "the same months last year": the window of the count before,
    /// a year back, at `start`.
    func isSameWindowAgain(from start: Int, limit: Int) -> Bool {
        guard start + 2 < limit, tokens[start].hash == Words.the, tokens[start + 1].hash == Words.same else { return false }
        return (start + 2..<min(limit, start + 6)).contains { yearNumber(tokens[$0]) != nil || tokens[$0].hash == Words.year }
    }

    /// "in 2024", "during 2023": a year (not a later one) after "in" or "during" in `range`.
    func hasYear(in range: Range<Int>) -> Bool {
        range.dropLast().contains { i in
            (tokens[i].hash == Words.in || tokens[i].hash == Words.during)
                && yearNumber(tokens[i + 1]).map { $0 <= published.year } == true
        }
    }

    /// "the year to March 2024", "the 12 months to June", "the year ending March 2024", "the
    /// year to the end of March": a year counted back from its end, starting at `start`; that
    /// end is not after the report's year.
    func isYearEnded(at start: Int, limit: Int) -> Bool {
        guard start + 3 < limit, tokens[start].hash == Words.the else { return false }
        var i = start + 1
        if tokens[i].hash == Words.year {
            i += 1
        } else if tokens[i].isDigits || Lexicon.has(tokens[i], .numberWord), tokens[i + 1].hash == Words.months {
            i += 2
        } else {
            return false
        }
        guard i + 1 < limit, Words.yearEndWords.contains(tokens[i].hash) else { return false }
        i += 1
        if i + 2 < limit, tokens[i].hash == Words.the, tokens[i + 1].hash == Words.end, tokens[i + 2].hash == Words.of { i += 3 }
        guard i < limit else { return false }
        if let year = yearNumber(tokens[i]) { return year <= published.year }
        guard Lexicon.has(tokens[i], .month) else { return false }
        return !(i + 1 < limit && yearNumber(tokens[i + 1]).map { $0 > published.year } == true)
    }

    /// "fiscal 2022", "the 2024 fiscal year", "fiscal year 2024", "the financial year 2023": a
    /// year told as an accounts year, or a season named by its year ("the 2024-25 season"),
    /// starting at `start`; its number.
    func fiscalYear(at start: Int, limit: Int) -> Int? {
        var i = start
        if i < limit, tokens[i].hash == Words.the { i += 1 }
        guard i < limit else { return nil }
        if Words.fiscalWords.contains(tokens[i].hash) {
            i += 1
            if i < limit, tokens[i].hash == Words.year { i += 1 }
            return i < limit ? yearNumber(tokens[i]).map { yearSpanEnd(from: $0, at: i + 1, limit: limit)?.year ?? $0 } : nil
        }
        // ("the spring 2025 season": a season's word before its year.)
        let seasonFirst = Words.yearSeasons.contains(tokens[i].hash)
        if seasonFirst { i += 1 }
        guard let year = i < limit ? yearNumber(tokens[i]) : nil else { return nil }
        // ("in the 2024-25 fiscal year": a year across two, which ends in the second.)
        let span = yearSpanEnd(from: year, at: i + 1, limit: limit)
        let next = span?.end ?? i + 1
        // ("during the 2024-25 season", "the 2023 spring season": a season of a sport or of
        // climbing, named by its year, is such a year too.)
        let seasonAt = next < limit && !seasonFirst && Words.yearSeasons.contains(tokens[next].hash) ? next + 1 : next
        if seasonAt < limit, tokens[seasonAt].hash == Words.season { return span?.year ?? year }
        // ("during the 2023-24 winter": a season named by its years alone, no noun of an event
        // after it, as "the 2023 summer offensive" has.)
        if seasonAt > next, seasonAt >= limit || !tokens[seasonAt].isWord || Lexicon.has(tokens[seasonAt], .preposition)
            || tokens[seasonAt].hash == Words.and {
            return span?.year ?? year
        }
        guard !seasonFirst, next + 1 < limit, Words.fiscalWords.contains(tokens[next].hash), tokens[next + 1].hash == Words.year else {
            return nil
        }
        return span?.year ?? year
    }

    /// "2024-25", "2024-2025": the later year of a span that starts with `year`, its "-" at
    /// `index`, and the index after it.
    func yearSpanEnd(from year: Int, at index: Int, limit: Int) -> (year: Int, end: Int)? {
        guard index + 1 < limit, tokens[index].hash == Words.hyphen || tokens[index].hash == Words.enDash,
              tokens[index + 1].isDigits, tokens[index + 1].length == 2 || tokens[index + 1].length == 4,
              let value = digitsValue(tokens[index + 1]) else { return nil }
        let end = tokens[index + 1].length == 2 ? year / 100 * 100 + value : value
        return end == year + 1 ? (end, index + 2) : nil
    }

    /// A window in a label's words, whatever verb of report stands before it: "- Deaths
    /// reported this week: 9", "- Wounded patients admitted this week: 164" (a rate is none).
    func hasLabelWindow(in range: Range<Int>) -> Bool {
        range.contains { i in
            tokens[i].starts.contains(.period) && Cues.period.match(tokens, at: i, limit: range.upperBound).map { !$0.value.isRate } == true
        }
    }

    /// A lowercase word that is no verb, trigger, determiner or other function word: "exposure"
    /// in "of hypothermia and exposure".
    func isPlainNoun(_ index: Int) -> Bool {
        tokens[index].isWord && !tokens[index].isCapitalized && !isParticiple(index) && !isFinitePast(index)
            && extractor.triggers.match(tokens, at: index, limit: index + 1) == nil
            && Lexicon.roles(tokens[index]).subtracting(.verbSets).isEmpty
    }

    /// "1,500 people had been killed ... in 2024": a past year after the number's verb, not a
    /// start ("since 2022").
    func yearWindow(in window: Range<Int>, mention: NumberMention, joined: Bool = false) -> Bool {
        var i = mention.tokens.upperBound
        // Within the number's own clause: not "killed 1,100 and led to reforms agreed in 2013";
        // but "and" before another number or a place shares the year ("were killed and 23
        // abducted in the country in 2025", "across Mali, Burkina Faso and Niger in 2025"), for a
        // tally when `joined` (troops "in Ituri and North Kivu under an operation that began in
        // 2021" are there now).
        // (So does "and" within the people counted: "124 journalists and media workers were
        // killed worldwide in 2024".)
        func isJoin(_ i: Int) -> Bool {
            // (A second act with its own number shares the year, tally or not: "School shootings
            // killed 46 people and injured 131 in 2025".)
            if tokens[i].hash == Words.and, i + 2 < window.upperBound, isFinitePast(i + 1),
               tokens[i + 2].isDigits || Lexicon.has(tokens[i + 2], .numberWord) {
                return true
            }
            // ("617 people died of hypothermia and exposure in 2023", "745,000 deaths from stroke and
            // heart disease in 2016": causes joined after "of" or "from", then the year.)
            if tokens[i].hash == Words.and, i - 2 >= mention.tokens.upperBound,
               tokens[i - 2].hash == Words.of || tokens[i - 2].hash == Words.from, isPlainNoun(i - 1),
               let end = (i + 1..<min(window.upperBound, i + 4)).first(where: { !isPlainNoun($0) }), end > i + 1,
               tokens[end].hash == Words.in || tokens[end].hash == Words.during {
                return true
            }
            guard joined, tokens[i].hash == Words.and, i + 1 < window.upperBound else { return false }
            if tokens[i + 1].isDigits || Lexicon.has(tokens[i + 1], .numberWord) || tokens[i + 1].isCapitalized {
                return true
            }
            // ("lost 418,340 troops killed and wounded in 2025": figure words joined.)
            if extractor.triggers.match(tokens, at: i - 1, limit: i) != nil,
               extractor.triggers.match(tokens, at: i + 1, limit: i + 2) != nil {
                return true
            }
            // ("between Mexico and the United States in 2024": a place named with "the".)
            if tokens[i - 1].isCapitalized, tokens[i + 1].hash == Words.the, i + 2 < window.upperBound, tokens[i + 2].isCapitalized {
                return true
            }
            // ("across 33 countries and territories in 2024", "by landmines and explosive remnants
            // of war in 2024": two things or places joined, up to the next preposition; the first
            // may be a noun's modifier: "at the country's coal and metal mines in 2024".)
            if isPlural(tokens[i - 1]) || tokens[i - 1].isWord && !tokens[i - 1].isCapitalized && !isParticiple(i - 1)
                && extractor.triggers.match(tokens, at: i - 1, limit: i) == nil
                && Lexicon.roles(tokens[i - 1]).subtracting(.verbSets).isEmpty,
               !Lexicon.has(tokens[i - 1], .auxiliary), !isFinitePast(i - 1),
               let end = (i + 1..<min(window.upperBound, i + 5)).first(where: { !tokens[$0].isWord || Lexicon.has(tokens[$0], .preposition) }),
               end > i + 1, Lexicon.has(tokens[end], .preposition), isPlural(tokens[end - 1]),
               (i + 1..<end).allSatisfy({
                   !Lexicon.has(tokens[$0], .auxiliary) && (!Lexicon.has(tokens[$0], .determiner) || tokens[$0].hash == Words.other)
                       && !isFinitePast($0)
               }) {
                return true
            }
            let phrase = nounPhrase(after: i + 1, limit: window.upperBound)
            // (Or two kinds of people joined, the doers: "were shot dead by police and soldiers in
            // 2024".)
            return phrase.people.kind != nil && phrase.trigger == nil && !phrase.isKnownThing && phrase.end > i + 1
                && ((mention.tokens.upperBound..<i).allSatisfy { tokens[$0].isWord && !Lexicon.has(tokens[$0], .auxiliary) }
                    || People.kinds.match(tokens, endingBefore: i, floor: mention.tokens.upperBound) != nil)
        }
        // ("in landslides, floods and other disasters across the country in 2024": plural nouns
        // listed, the last after "and".)
        func isListComma(_ i: Int) -> Bool {
            guard joined, tokens[i].hash == Words.comma, i > mention.tokens.upperBound, i + 1 < window.upperBound else { return false }
            if tokens[i - 1].isCapitalized && tokens[i + 1].isCapitalized { return true }
            return isPlural(tokens[i - 1]) && isPlural(tokens[i + 1])
                && Lexicon.roles(tokens[i + 1]).isDisjoint(with: [.auxiliary, .attribution, .preposition, .determiner, .conjunction])
                && i + 2 < window.upperBound && tokens[i + 2].hash == Words.and
        }
        // ("between 100,000 and 300,000 people, most of them Hutu, were killed in 1972": past an
        // aside on the people to their verb.)
        func asideEnd(_ i: Int) -> Int? {
            guard tokens[i].hash == Words.comma, i + 1 < window.upperBound, Words.partAsides.contains(tokens[i + 1].hash),
                  let close = (i + 2..<min(window.upperBound, i + 12)).first(where: { tokens[$0].isPunctuation }),
                  tokens[close].hash == Words.comma, close + 1 < window.upperBound,
                  Lexicon.has(tokens[close + 1], .auxiliary) else { return nil }
            return close + 1
        }
        while i + 1 < window.upperBound {
            if let next = asideEnd(i) {
                i = next
                continue
            }
            guard tokens[i].hash != Words.and || isJoin(i), tokens[i].hash != Words.comma || isListComma(i) else { break }
            // (Nor past a clause of another time: "killed an estimated 400,000 people before a peace
            // deal was signed in 2018".)
            if Words.clauseTimeWords.contains(tokens[i].hash), Lexicon.has(tokens[i + 1], .determiner) { break }
            // (Nor the year of the people's own relative clause, before the main verb: "At least 15
            // Crimean Tatars who were abducted in 2014 remain missing".)
            if tokens[i].hash == Words.who, let main = mainVerb(afterRelativeAt: i, limit: window.upperBound) {
                i = main
                continue
            }
            // (The report's own year too, for a tally: "At least 6,777 people were killed in Syria in
            // 2024" on Dec. 31, 2024, is the year's.)
            if tokens[i].hash == Words.in || tokens[i].hash == Words.during || tokens[i].hash == Words.throughout,
               let year = yearNumber(tokens[i + 1]), year < published.year || joined && year == published.year,
               // (A since-phrase may run long: "since an armed rebellion against Indian rule began in 1989".)
               !(Range(max(window.lowerBound, i - 12), upTo: i).contains { tokens[$0].hash == Words.since }),
               // (Nor the start of what a relative clause names: "killed in the civil war that
               // began in 2011".)
               !(i - 1 > window.lowerBound && (tokens[i - 1].hash == Words.began || tokens[i - 1].hash == Words.started)
                 && (tokens[i - 2].hash == Words.that || tokens[i - 2].hash == Words.which)) {
                return true
            }
            // "in the 2024 fiscal year", "in fiscal 2022": an accounts year, ended by the report's
            // own year ("in the 2025 fiscal year, which ended on Sept. 30", told in November 2025).
            if tokens[i].hash == Words.in || tokens[i].hash == Words.during,
               let year = fiscalYear(at: i + 1, limit: window.upperBound), year <= published.year {
                return true
            }
            // "in the year to March 2024", "in the 12 months to June": a year that has ended.
            if tokens[i].hash == Words.in || tokens[i].hash == Words.during, isYearEnded(at: i + 1, limit: window.upperBound) {
                return true
            }
            // "in the summer of 2022": a season of a past year.
            // ("in the whole of 2023": all of it.)
            if tokens[i].hash == Words.in || tokens[i].hash == Words.during, i + 4 < window.upperBound,
               tokens[i + 1].hash == Words.the, Words.yearSeasons.contains(tokens[i + 2].hash) || tokens[i + 2].hash == Words.whole,
               tokens[i + 3].hash == Words.of,
               let year = yearNumber(tokens[i + 4]), year < published.year {
                return true
            }
            // ("in all of 2024": all of it, told without "the".)
            if tokens[i].hash == Words.in || tokens[i].hash == Words.during, i + 3 < window.upperBound,
               tokens[i + 1].hash == Words.all, tokens[i + 2].hash == Words.of,
               let year = yearNumber(tokens[i + 3]), year < published.year {
                return true
            }
            i += 1
        }
        return false
    }

    /// "documented 412 attacks on health workers in 2024, in which nine health workers were
    /// killed", "In October, 63 security incidents were recorded ..., in which 187 civilians were
    /// killed": a count in a clause of "in which" or "during which" whose whole, a count of
    /// events, is counted over a year or a month told before it.
    func isInWindowedWhich(_ mention: NumberMention, sentence: Range<Int>) -> Bool {
        let start = mention.tokens.lowerBound
        var i = start - 1
        while i - 2 >= sentence.lowerBound, i >= start - 12 {
            if tokens[i].hash == Words.which, tokens[i - 1].hash == Words.in || tokens[i - 1].hash == Words.during,
               tokens[i - 2].hash == Words.comma {
                // (A count of events, not one event of a month: "clashes near the base in March, in
                // which 13 civilians were killed".)
                let whole = sentence.lowerBound..<i - 2
                guard whole.contains(where: {
                    tokens[$0].isDigits && yearNumber(tokens[$0]) == nil || tokens[$0].roles.contains(.numberWord)
                }) else { return false }
                // (Or "last year", "this month": "recorded 76 massacres nationwide last year, in which
                // 267 people were killed".)
                return hasYear(in: whole) || whole.dropLast().contains { j in
                    (tokens[j].hash == Words.in || tokens[j].hash == Words.during) && tokens[j + 1].isCapitalized
                        && Lexicon.has(tokens[j + 1], .month) && !(j + 2 < whole.upperBound && yearNumber(tokens[j + 2]) != nil)
                        || isLastOrThisWindow(at: j)
                }
            }
            if isHardBreak(tokens[i]) { return false }
            i -= 1
        }
        return false
    }

    /// The number's phrase right before a finite verb that brings a count to a new value ("about
    /// 750 soldiers brought the number of troops ... to some 4,500").
    func isSubjectOfPointer(_ mention: NumberMention, npEnd: Int, sentence: Range<Int>) -> Bool {
        let verb = max(npEnd, mention.tokens.upperBound)
        guard verb + 2 < sentence.upperBound, Words.finitePointerVerbs.contains(tokens[verb].hash),
              Lexicon.has(tokens[verb + 1], .determiner) || tokens[verb + 1].hash == Words.its else { return false }
        return (verb + 2..<min(sentence.upperBound - 1, verb + 16)).contains {
            tokens[$0].hash == Words.to && isPointer(before: $0 + 1, floor: verb) && isCountStart(at: $0 + 1, limit: sentence.upperBound)
        }
    }

    /// "in 2024", "during June", "last year", "this month" at `index` (a word follows it): a
    /// window told with the acts or the place a toll is of.
    func opensToldWindow(at index: Int) -> Bool {
        (tokens[index].hash == Words.in || tokens[index].hash == Words.during)
            && (yearNumber(tokens[index + 1]).map { $0 <= published.year }
                ?? (Lexicon.has(tokens[index + 1], .month) && tokens[index + 1].isCapitalized))
            || isLastOrThisWindow(at: index)
    }

    /// "Among the new deaths were four children", "Among the latest victims were two nurses": a
    /// sentence that opens on the dead just added, the number right after its copula.
    func isPartOfAdded(_ mention: NumberMention, sentence: Range<Int>) -> Bool {
        let start = sentence.lowerBound, number = mention.tokens.lowerBound
        guard number - 5 == start || number - 6 == start, tokens[start].hash == Words.among,
              tokens[start + 1].hash == Words.the, Words.addedWords.contains(tokens[start + 2].hash),
              tokens[number - 1].roles.contains(.copula) else { return false }
        let noun = number - 2
        return noun > start + 2 && (Words.tollNouns.contains(tokens[noun].hash) || Words.tollCountNouns.contains(tokens[noun].hash))
    }

    /// "Benue remained the deadliest state in 2024, with 538 deaths", "Construction was again the
    /// deadliest sector in July, with 48 deaths": a place or a sector ranked over a year or a month,
    /// then its toll after "with", counts in that window (not an event ranked: "the deadliest
    /// attack this year, with 30 dead" is the attack's).
    func isRankedWithinWindow(_ mention: NumberMention, sentence: Range<Int>) -> Bool {
        guard sentenceRoles.contains(.superlative) else { return false }
        let start = mention.tokens.lowerBound
        guard let with = Range(max(sentence.lowerBound, start - 4), upTo: start).last(where: { tokens[$0].hash == Words.with }),
              (with + 1..<start).allSatisfy({ tokens[$0].isWord }),
              with - 1 > sentence.lowerBound, tokens[with - 1].hash == Words.comma else { return false }
        var hasWindow = false
        var i = with - 2
        while i > sentence.lowerBound, with - i <= 10, !tokens[i].isPunctuation || tokens[i].hash == Words.hyphen {
            if tokens[i].roles.contains(.superlative) {
                let noun = (i + 1..<with - 1).first { !(tokens[$0].hash == Words.hyphen || Lexicon.has(tokens[$0], .adverb)) }
                return hasWindow && noun.map { !Lexicon.has(tokens[$0], .event) && !Lexicon.has(tokens[$0], .disaster) } == true
            }
            if opensToldWindow(at: i) { hasWindow = true }
            i -= 1
        }
        return false
    }

    /// "recorded 22 suicide attacks across Afghanistan in 2024, which killed 188 civilians",
    /// "nine suicide attacks in 2025 killed at least 88 people", "carried out 31 suicide attacks
    /// ... in 2016 alone, killing more than 200": the toll of many acts, counted, over a year or a
    /// month told with them is that window's, not one event's.
    func isCountedActsToll(_ mention: NumberMention, sentence: Range<Int>) -> Bool {
        // The toll's verb, right before the number or its hedge.
        let start = mention.tokens.lowerBound
        guard var verb = Range(max(sentence.lowerBound, start - 4), upTo: start).last(where: { Lexicon.has(tokens[$0], .eventVerb) }),
              (verb + 1..<start).allSatisfy({ tokens[$0].isWord }) else { return false }
        // (Past a toll joined before it: "which killed 188 civilians and wounded 463".)
        if verb - 1 > sentence.lowerBound, tokens[verb - 1].hash == Words.and,
           let earlier = Range(max(sentence.lowerBound, verb - 8), upTo: verb - 1).last(where: { Lexicon.has(tokens[$0], .eventVerb) }),
           (earlier + 1..<verb - 1).contains(where: { tokens[$0].isDigits || Lexicon.has(tokens[$0], .numberWord) }),
           (earlier + 1..<verb - 1).allSatisfy({ !tokens[$0].isPunctuation }) {
            verb = earlier
        }
        // The verb's subject: the acts right before it, or before ", which" or a participle's comma.
        var end = verb
        if verb - 2 > sentence.lowerBound, tokens[verb - 1].hash == Words.which, tokens[verb - 2].hash == Words.comma {
            end = verb - 2
        } else if verb - 1 > sentence.lowerBound, tokens[verb - 1].hash == Words.comma,
                  Words.tollParticiples.contains(tokens[verb].hash) || tokens[verb].hash == Words.leaving {
            end = verb - 1
        }
        // Back over the acts' places and window to the acts, counted ("31 suicide attacks").
        var hasWindow = false
        var i = end - 1
        while i > sentence.lowerBound, end - i <= 12 {
            let token = tokens[i]
            if Lexicon.has(token, .event), isPlural(token) {
                let counted = Range(max(sentence.lowerBound, i - 3), upTo: i).contains { j in
                    (tokens[j].isDigits && yearNumber(tokens[j]) == nil || Lexicon.has(tokens[j], .numberWord))
                        && tokens[j].hash != Words.one
                        && (j + 1..<i).allSatisfy { tokens[$0].isWord && !tokens[$0].isCapitalized && Lexicon.roles(tokens[$0]).isDisjoint(with: .verbSets) }
                }
                return counted && hasWindow
            }
            if token.kind == .punctuation && token.hash != Words.hyphen
                || [Words.that, Words.which, Words.who, Words.including, Words.one, Words.a].contains(token.hash)
                || Lexicon.has(token, .auxiliary) || token.isDigits && yearNumber(token) == nil {
                return false
            }
            // "in 2024", "in June", "last year": the window.
            if i + 1 < end, opensToldWindow(at: i) { hasWindow = true }
            i -= 1
        }
        return false
    }

    /// "had put the 2024 toll at 1,512", "The 2023 death toll was 412": a year's toll, named by
    /// its year (or a month's, by its month) right before the toll word, a few words before the number.
    /// (Past a count joined to this one: "The 2023 toll was 1,974 killed and 6,651 injured".)
    func isYearsToll(before mention: NumberMention, floor: Int) -> Bool {
        let start = mention.tokens.lowerBound
        var i = start - 1
        var reach = start - 6
        while i > floor, i >= reach {
            if Words.figureNouns.contains(tokens[i].hash) {
                var year = i - 1
                if year > floor, tokens[year].hash == Words.death { year -= 1 }
                // ("It put the August death toll at 1,045": a month's toll, named so.)
                guard year > floor, yearNumber(tokens[year]).map({ $0 <= published.year })
                        ?? (Lexicon.has(tokens[year], .month) && tokens[year].isCapitalized) else { return false }
                let before = tokens[year - 1]
                return before.hash == Words.the || before.hash == Words.its || before.hash == Words.their
            }
            // ("put the number of deaths on the route in 2024 at 1,154", "Deaths in 2023 rose to 412":
            // the count noun's year, then its link to the number; not the year a start was in, "the
            // number of soldiers killed since the insurgency began in 2015 at 1,650".)
            // ("putting the true national toll for 2024 at between 7,100 and 8,000": a toll's noun,
            // then "for" its year.)
            if i - 2 > floor, tokens[i - 1].hash == Words.for, let number = yearNumber(tokens[i]), number < published.year,
               Words.figureNouns.contains(tokens[i - 2].hash), (i + 1..<start).contains(where: { tokens[$0].hash == Words.at }) {
                return true
            }
            if i - 1 > floor, tokens[i - 1].hash == Words.in, let number = yearNumber(tokens[i]), number < published.year,
               (i + 1..<start).contains(where: { Lexicon.has(tokens[$0], .linkVerb) || tokens[$0].hash == Words.at }),
               let noun = Range(max(floor, i - 8), upTo: i - 1).last(where: {
                   extractor.triggers.match(tokens, at: $0, limit: i - 1)?.value.isCountNoun == true || tokens[$0].hash == Words.number
               }),
               !(noun..<i).contains(where: { tokens[$0].hash == Words.since || Words.onsetVerbs.contains(tokens[$0].hash) }) {
                return true
            }
            if tokens[i].isDigits, reach == start - 6, isLinked(i + 1..<start) {
                reach = i - 6
                i -= 1
                continue
            }
            if tokens[i].isDigits || isHardBreak(tokens[i]) { return false }
            i -= 1
        }
        return false
    }

    /// "In 2024, 37 social leaders were killed in Norte de Santander": a past year opening the
    /// sentence, no event named in it (not "In 2014, Boko Haram fighters kidnapped 276 girls
    /// from a school").
    /// (So is "During 2024," and a season of one: "During the summer of 2022, the hottest on
    /// record in Portugal, heat killed more than 2,200 people".)
    func isOpeningYearWindow(of sentence: Range<Int>, mention: NumberMention) -> Bool {
        var first = sentence.lowerBound
        // (Or a clause that ", and" opens: "About 1,400 people die on Bolivian roads every year, ...,
        // and in 2024 the transport ministry recorded 1,213 road deaths".)
        if tokens[first].hash != Words.in, sentence.lowerBound + 2 < mention.tokens.lowerBound,
           let opening = (sentence.lowerBound + 2..<mention.tokens.lowerBound).last(where: {
            tokens[$0].hash == Words.in && tokens[$0 - 1].hash == Words.and && tokens[$0 - 2].hash == Words.comma
        }) {
            first = opening
        }
        // ("Over the whole of 2024, it said, Russia lost 430,790 troops": "over" with the whole.)
        guard sentence.upperBound - first > 4,
              tokens[first].hash == Words.in || tokens[first].hash == Words.during || tokens[first].hash == Words.throughout
                || tokens[first].hash == Words.over && tokens[first + 1].hash == Words.the && tokens[first + 2].hash == Words.whole
                // ("For the whole of 2024, the coroner's office now counts 612", "For all of 2024".)
                || tokens[first].hash == Words.for && (tokens[first + 1].hash == Words.the && tokens[first + 2].hash == Words.whole
                                                       || tokens[first + 1].hash == Words.all && tokens[first + 2].hash == Words.of)
        else { return false }
        var yearAt = first + 1
        // ("In all of 2024, 11 aid workers were killed", "In the whole of 2023, 12 people died".)
        if tokens[first + 1].hash == Words.all, tokens[first + 2].hash == Words.of { yearAt = first + 3 }
        // ("In fiscal 2023, the previous record year, bears killed six people": an accounts year.)
        if Words.fiscalWords.contains(tokens[first + 1].hash) { yearAt = first + 2 }
        if tokens[first + 1].hash == Words.the, tokens[first + 2].hash == Words.whole, first + 5 < sentence.upperBound,
           tokens[first + 3].hash == Words.of {
            yearAt = first + 4
        }
        if tokens[first + 1].hash == Words.the, Words.yearSeasons.contains(tokens[first + 2].hash), first + 5 < sentence.upperBound,
           tokens[first + 3].hash == Words.of {
            yearAt = first + 4
        }
        // ("During the 2015 epidemic season,", "In the 2023 flu season,": a season named by its year.)
        var yearEnd = yearAt + 1
        // ("In the 2024-25 financial year alone,": past a year across two.)
        let afterYear = first + 3 < mention.tokens.lowerBound
            ? yearNumber(tokens[first + 2]).flatMap({ yearSpanEnd(from: $0, at: first + 3, limit: mention.tokens.lowerBound)?.end }) ?? first + 3
            : first + 3
        if tokens[first + 1].hash == Words.the, afterYear < mention.tokens.lowerBound, yearNumber(tokens[first + 2]) != nil,
           let comma = (afterYear..<min(mention.tokens.lowerBound, afterYear + (afterYear > first + 3 ? 4 : 3))).first(where: { tokens[$0].isPunctuation }),
           tokens[comma].hash == Words.comma, (afterYear..<comma).allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized }) {
            yearAt = first + 2
            yearEnd = comma
        }
        // ("In 2024 alone,", "In 2024 as a whole it recorded 6,721 deaths": the subject may follow at once.)
        var isWholeYear = false
        if tokens[yearEnd].hash == Words.alone {
            yearEnd += 1
            isWholeYear = true
        } else if yearEnd + 3 < mention.tokens.lowerBound, tokens[yearEnd].hash == Words.as_, tokens[yearEnd + 1].hash == Words.a,
                  tokens[yearEnd + 2].hash == Words.whole {
            yearEnd += 3
            isWholeYear = true
        }
        // ("In 2024 the ministry recorded 1,213 deaths", "In 2023 we recorded 118 killings": no
        // comma before the subject's article or pronoun.)
        // (Or a name and its verb: "In 2024 Voces Libres recorded five journalists killed".)
        let subject = tokens[yearEnd].hash == Words.comma ? yearEnd + 1 : yearEnd
        let before = subject..<max(subject, mention.tokens.lowerBound)
        let namedSubjectVerb = tokens[yearEnd].isCapitalized && tokens[yearEnd].isWord
            ? (yearEnd + 1..<max(yearEnd + 1, min(mention.tokens.lowerBound, yearEnd + 5))).first(where: { !tokens[$0].isCapitalized }) : nil
        guard let year = yearNumber(tokens[yearAt]), year < published.year,
              tokens[yearEnd].hash == Words.comma || tokens[yearEnd].hash == Words.the || isWholeYear
                || Lexicon.has(tokens[yearEnd], .pronoun) && tokens[yearEnd].hash != Words.us
                // ("In 2024 there were 87 drug-related deaths".)
                || tokens[yearEnd].hash == Words.there
                // ("In 2024 three detainees died": or the count itself.)
                || yearEnd == mention.tokens.lowerBound
                || namedSubjectVerb.map({ Lexicon.has(tokens[$0], .attribution) || isFinitePast($0) }) == true,
              subject <= mention.tokens.lowerBound,
              !before.contains(where: { isArmedPerson(at: $0, limit: before.upperBound) }) else {
            return false
        }
        // (Many events are a tally in it: "In 2024, four Zambian peacekeepers died in two separate attacks".)
        return namesNoSingleEvent(sentence)
    }

    /// "Over the whole of last year's monsoon, lightning killed 96 people": the whole of a time,
    /// named by an opening phrase up to its comma, is a window whatever else it names (not of a
    /// place: "In the whole of Gaza,").
    func isOpeningWholeWindow(of sentence: Range<Int>, mention: NumberMention) -> Bool {
        let first = sentence.lowerBound
        guard first + 4 < mention.tokens.lowerBound,
              [Words.in, Words.over, Words.for, Words.during, Words.throughout].contains(tokens[first].hash),
              tokens[first + 1].hash == Words.the, tokens[first + 2].hash == Words.whole, tokens[first + 3].hash == Words.of,
              let comma = (first + 4..<min(mention.tokens.lowerBound, first + 12)).first(where: {
                  tokens[$0].isPunctuation && tokens[$0].kind != .possessive
              }),
              tokens[comma].hash == Words.comma
        else { return false }
        return (first + 4..<comma).contains {
            Lexicon.has(tokens[$0], .timeUnit) || Lexicon.has(tokens[$0], .month) || yearNumber(tokens[$0]) != nil
                || Words.yearSeasons.contains(tokens[$0].hash) || Words.conditions.contains(tokens[$0].hash)
        }
    }

    /// No disaster, no verb of an event after "when", no event named in the singular: the
    /// sentence tells a tally, not one event.
    /// (A verb only when it tells an event: "though the number fell by 18%" tells none.)
    /// (A condition is none: "In 2022, ..., heat killed more than 4,600 people"; nor are disasters
    /// in the plural: "In 2021, wildfires along the Mediterranean and Aegean coasts killed eight";
    /// nor a verb joined to theirs: "... killed eight people and destroyed hundreds of homes".)
    /// (An event's word that a report's verb follows names who counts, not an event: "In 2024, the
    /// campaign recorded 1,003 casualties".)
    /// (Not an event that only starts a ranking's span: "In 2023, dengue killed 96 refugees in the
    /// camps, the highest toll since the first outbreak".)
    func namesNoSingleEvent(_ sentence: Range<Int>) -> Bool {
        !(sentenceRoles.contains(.disaster)
          && sentence.contains(where: { Lexicon.has(tokens[$0], .disaster) && !Words.conditions.contains(tokens[$0].hash)
              && !isPlural(tokens[$0])
              && !($0 + 1 < sentence.upperBound && Lexicon.has(tokens[$0 + 1], .attribution))
              && !isAfterRankedSince($0, floor: sentence.lowerBound) }))
            && !sentence.contains(where: { Lexicon.has(tokens[$0], .event) && !isPlural(tokens[$0]) && !isAfterRankedSince($0, floor: sentence.lowerBound)
                || Lexicon.has(tokens[$0], .eventVerbAfterWhen) && isEventVerb(at: $0) && !isJoinedPredicate(at: $0, floor: sentence.lowerBound) })
    }

    /// A word a few words after a ranking's "since": "the highest toll since the first outbreak".
    func isAfterRankedSince(_ index: Int, floor: Int) -> Bool {
        Range(max(floor, index - 4), upTo: index).contains { tokens[$0].hash == Words.since && isRanking(since: $0, floor: floor) }
    }

    /// A verb "and" joins to a clause before it, with the same subject: "wildfires along Turkey's
    /// southern coast killed eight people and destroyed hundreds of homes" (the fires' own act; the
    /// first verb of the chain still tells an event: "a gunman opened fire and ...").
    func isJoinedPredicate(at index: Int, floor: Int) -> Bool {
        index - 2 >= floor && tokens[index - 1].hash == Words.and && tokens[index - 2].isWord
    }

    /// "In November, 14 people died on the border": a month alone that opens the sentence, the
    /// toll right after it, is that month's tally. (Not troops there then: "In January, about
    /// 1,700 German soldiers were based in Lithuania" is how many there were; nor one event:
    /// "In June, more than 80 people died when a boat capsized"; nor a report of the month: "In
    /// March, the ministry put the toll at 450".)
    func isOpeningMonthTally(of sentence: Range<Int>, mention: NumberMention, figure: FigureKey) -> Bool {
        let comma = sentence.lowerBound + 2
        guard figure != .deployed, sentence.count > 4, tokens[sentence.lowerBound].hash == Words.in,
              Lexicon.has(tokens[sentence.lowerBound + 1], .month), tokens[sentence.lowerBound + 1].isCapitalized,
              tokens[comma].hash == Words.comma, mention.tokens.lowerBound == comma + 1,
              !sentence.contains(where: { tokens[$0].hash == Words.when }) else {
            return false
        }
        return namesNoSingleEvent(sentence) && !isOpeningMonthsEvent(mention, sentence: sentence)
    }

    /// A label's colon or a table's cell mark right before the number: "- Deaths in May: 58",
    /// "| Crew killed in June | 1 |".
    func followsLabel(_ mention: NumberMention, floor: Int) -> Bool {
        let start = mention.tokens.lowerBound
        return start > floor && (tokens[start - 1].hash == Words.colon || tokens[start - 1].hash == Words.pipe)
    }

    /// "800 soldiers were killed in January": a month after the number's verb, not a year's
    /// month ("in February 2022") and not the start of a window ("since ... began in April");
    /// or in a label before the number ("- Civilians killed in January: 212").
    func monthWindow(in window: Range<Int>, mention: NumberMention) -> Bool {
        var i = followsLabel(mention, floor: window.lowerBound) ? window.lowerBound : mention.tokens.upperBound
        while i + 1 < window.upperBound {
            // ("had reached about 4,000, up from some 3,000 it estimated in January": the earlier
            // value's time.)
            if i > mention.tokens.upperBound, opensEarlierValue(at: i) { return false }
            if tokens[i].hash == Words.in || tokens[i].hash == Words.during || tokens[i].hash == Words.throughout,
               Lexicon.has(tokens[i + 1], .month), tokens[i + 1].isCapitalized,
               // (A year's month only right after the count and its noun: "recorded 63 overdose
               // deaths in January 2024", "against 98 in July 2024"; not an event's or a war's
               // start: "killed 276 people in an attack in March 2024".)
               !(i + 2 < window.upperBound && yearNumber(tokens[i + 2]) != nil) || isCountsOwnMonth(mention, monthIn: i),
               // (Nor the month of a since-phrase's start: "since the start of the rainy season in October".)
               !(Range(max(window.lowerBound, i - 10), upTo: i).reversed().prefix(while: { tokens[$0].hash != Words.comma })
                   .contains { tokens[$0].hash == Words.since }) {
                return true
            }
            i += 1
        }
        return false
    }

    /// "63 overdose deaths in January 2024", "2,341 homicides in October 2024": the "in" of a month
    /// at `index` right after the number's toll noun (up to three words, the last a toll's noun).
    /// (Not a bare number's, which may be a total as it stood then: "about 16,000 in August 2024",
    /// "put the toll at 316,000 in January 2011".)
    func isCountsOwnMonth(_ mention: NumberMention, monthIn index: Int) -> Bool {
        // (A label's month comes before the number: "- Cholera deaths in May 2024: 58".)
        guard index > mention.tokens.upperBound else { return false }
        let between = mention.tokens.upperBound..<index
        return (1...3).contains(between.count) && between.allSatisfy({ tokens[$0].isWord && !Lexicon.has(tokens[$0], .preposition) })
            && (Words.tollNouns.contains(tokens[index - 1].hash) || Words.tollCountNouns.contains(tokens[index - 1].hash))
    }

    // MARK: - Dates

    /// The day a sentence's claims hold: a weekday or date next to its attribution verb ("said
    /// Monday", "on Tuesday said", "said on March 3"), "yesterday", else the published day.
    func date(of range: Range<Int>) -> CalendarDay {
        var i = range.lowerBound
        while i < range.upperBound {
            let token = tokens[i]
            if token.hash == Words.yesterday { return published.adding(days: -1) }
            if let info = Lexicon.info(token), token.isCapitalized,
               info.roles.contains(.weekday) || info.roles.contains(.month), isNextToAttribution(i, in: range) {
                if info.roles.contains(.weekday) { return latest(weekday: Int(info.number)) }
                var k = i + 1
                if k < range.upperBound, tokens[k].hash == Words.period { k += 1 }
                if k < range.upperBound, let day = dayNumber(tokens[k]), let date = latest(month: Int(info.number), day: day) {
                    return date
                }
            }
            i += 1
        }
        return published
    }

    /// "said Monday", "said on Monday", "on Monday said", "Monday said".
    func isNextToAttribution(_ index: Int, in range: Range<Int>) -> Bool {
        func isVerb(_ i: Int) -> Bool {
            i >= range.lowerBound && i < range.upperBound && Lexicon.has(tokens[i], .attribution)
                && !Lexicon.has(tokens[i], .adverb) || i >= range.lowerBound && i < range.upperBound
                && [Words.said, Words.told, Words.estimated, Words.reported].contains(tokens[i].hash)
        }
        if isVerb(index - 1) || isVerb(index - 2) && tokens[index - 1].hash == Words.on { return true }
        if isVerb(index + 1) || isVerb(index + 2) && tokens[index + 1].hash == Words.comma { return true }
        // "said late on Monday", "said in a statement on Monday", "said in his nightly video address on Friday"
        if index >= 2, tokens[index - 1].hash == Words.on {
            var j = index - 2
            while j >= max(range.lowerBound, index - 8) {
                if isVerb(j) { return true }
                if tokens[j].isPunctuation || tokens[j].isDigits { break }
                j -= 1
            }
        }
        return false
    }

    /// An explicit past reference that dates a total back: "in March the ministry had put the
    /// number at 450", "a month earlier it had said at least 100", "in its January estimate".
    func pastReference(in range: Range<Int>, mention: NumberMention) -> CalendarDay? {
        if let day = seriesDate(of: mention, in: range) { return day }
        // "up from the 600 it had estimated in April": an earlier value, dated by the words after
        // it before any day the sentence names for the report.
        if let earlier = earlierValueDate(of: mention, in: range) { return earlier }
        // "Officials had put the toll at 32 on Tuesday": a past report on a named day.
        if range.contains(where: { tokens[$0].hash == Words.had && $0 + 1 < range.upperBound
                && Lexicon.has(tokens[$0 + 1], .attribution) && !Lexicon.has(tokens[$0 + 1], .adverb) }),
           // (The day right after the number, when the sentence gives each value its own: "had put the
           // toll at 86 on Monday and at 70 on Sunday".)
           let weekday = (mention.tokens.upperBound..<min(range.upperBound, mention.tokens.upperBound + 3)).first(where: {
               Lexicon.has(tokens[$0], .weekday) && tokens[$0].isCapitalized
           }) ?? range.first(where: { Lexicon.has(tokens[$0], .weekday) && tokens[$0].isCapitalized }) {
            let day = latest(weekday: Int(Lexicon.info(tokens[weekday])!.number))
            return day == published ? nil : day
        }
        // "a month earlier", "two months ago", "last month".
        var i = range.lowerBound
        while i < range.upperBound {
            let token = tokens[i]
            if let info = Lexicon.info(token), info.roles.contains(.timeUnit), i + 1 < range.upperBound,
               tokens[i + 1].hash == Words.earlier || tokens[i + 1].hash == Words.ago,
               i < mention.tokens.lowerBound || i > mention.tokens.upperBound,
               // "since the operation began eight days ago": when the window opened, not when
               // the number was given.
               !Range(max(range.lowerBound, i - 12), upTo: i).contains(where: { tokens[$0].hash == Words.since }),
               // "searching for more than 8,100 missing people, some of whom disappeared more than
               // 30 years ago": a relative clause after the number says when its people's own act
               // was, not when the number was given.
               !(i > mention.tokens.upperBound && (mention.tokens.upperBound..<i).contains(where: {
                   [Words.who, Words.whom, Words.whose, Words.which].contains(tokens[$0].hash)
               })),
               !isOtherEarlierValue(before: i, mention: mention, floor: range.lowerBound) {
                let count = i > range.lowerBound ? amount(tokens[i - 1]) : 1
                if let count { return back(count, unit: token.hash) }
            }
            // ("Last year, 281 people died of dengue, the ministry said": a year is the count's
            // window, which dates nothing.)
            if token.hash == Words.last, i + 1 < range.upperBound, i < mention.tokens.lowerBound,
               [Words.month, Words.week].contains(tokens[i + 1].hash), hasPastAttribution(range) {
                return back(1, unit: tokens[i + 1].hash, toStart: true)
            }
            i += 1
        }
        // A month named before the number, tied to a past attribution or estimate.
        i = range.lowerBound
        while i < mention.tokens.lowerBound {
            let token = tokens[i]
            if let info = Lexicon.info(token), info.roles.contains(.month), token.isCapitalized {
                let previous = i > range.lowerBound ? tokens[i - 1].hash : 0
                let isIn = previous == Words.in || previous == Words.its || previous == Words.by
                    || previous == Words.late || previous == Words.early
                    || previous == Words.mid || previous == Words.on || previous == Words.as_
                    || previous == Words.of
                guard isIn || i == range.lowerBound else { i += 1; continue }
                // "since the war began in April 2023" opens a window; it dates nothing.
                if Range(max(range.lowerBound, i - 10), upTo: i).contains(where: { tokens[$0].hash == Words.since }) { i += 1; continue }
                // (Within the sentence: a report word ending the sentence before is not this one's.)
                let verbBefore = i - 2 >= range.lowerBound
                    && (Lexicon.has(tokens[i - 2], .attribution) && !Lexicon.has(tokens[i - 2], .adverb)
                        || i - 3 >= range.lowerBound && Lexicon.has(tokens[i - 3], .attribution) && !Lexicon.has(tokens[i - 3], .adverb))
                // ("In January, about 1,700 German soldiers were based in Lithuania": a month that
                // opens the sentence, the number's verb in the past and no casualty's: "In May, 152
                // people were killed" counts over the month.)
                let opensPast = i == range.lowerBound + 1 && previous == Words.in && i + 1 < mention.tokens.lowerBound
                    && tokens[i + 1].hash == Words.comma
                    && (mention.tokens.upperBound..<min(range.upperBound, mention.tokens.upperBound + 6)).contains {
                        (tokens[$0].hash == Words.were || tokens[$0].hash == Words.was) && $0 + 1 < range.upperBound
                            && extractor.triggers.match(tokens, at: $0 + 1, limit: range.upperBound).map { $0.value.figure == .deployed } ?? true
                    }
                // ("In March, the toll stood at 1,210": a level the toll stood at then.)
                let stoodAt = mention.tokens.lowerBound >= 2 && tokens[mention.tokens.lowerBound - 1].hash == Words.at
                    && tokens[mention.tokens.lowerBound - 2].hash == Words.stood
                guard hasPastAttribution(i..<mention.tokens.lowerBound) || verbBefore || opensPast || stoodAt
                        || hasPastAttribution(range) && previous == Words.its
                        || previous == Words.of && i >= 2 && tokens[i - 2].hash == Words.as_ else {
                    i += 1
                    continue
                }
                if let resolved = day(ofMonthAt: i, limit: range.upperBound), resolved < published { return resolved }
            }
            i += 1
        }
        return nil
    }

    /// "In December the agency said at least 100 ... had been killed, and in February it put the
    /// number ... at about 3,600", "...; in its report of Feb. 24 this year, 12,654": a value of a
    /// series, after ", and" or ";" and a month of its own, holds from that time, not from the
    /// first value's (in a sentence with a report or a past reference before the break).
    func seriesDate(of mention: NumberMention, in range: Range<Int>) -> CalendarDay? {
        guard let (brk, time) = seriesTime(before: mention.tokens.lowerBound, floor: range.lowerBound),
              hasPastAttribution(range.lowerBound..<brk) else { return nil }
        // (A year alone is a window, not the day a value was given: "In 2024 the IOM recorded 2,452
        // deaths, and in 2023, ..., 3,155".)
        guard Lexicon.has(tokens[time], .month), let resolved = day(ofMonthAt: time, limit: range.upperBound),
              resolved < published else { return nil }
        return resolved
    }

    /// The day a month at `index` names with the words after it: "Sept. 14", "Oct. 7, 2023",
    /// "February 2023", or the month alone (its first day, in the latest year that does not pass
    /// the published day).
    func day(ofMonthAt index: Int, limit: Int) -> CalendarDay? {
        guard let info = Lexicon.info(tokens[index]) else { return nil }
        let month = Int(info.number)
        var year: Int?
        var day: Int?
        var next = index + 1
        if next < limit, tokens[next].hash == Words.period, tokens[next].isAttached { next += 1 }  // "Sept. 14"
        if next < limit, tokens[next].isDigits {
            if let d = dayNumber(tokens[next]) {
                day = d
                if next + 2 < limit, tokens[next + 1].hash == Words.comma, let y = yearNumber(tokens[next + 2]) { year = y }
            } else if let y = yearNumber(tokens[next]) {
                year = y
            }
        }
        if let year { return CalendarDay(year: year, month: month, day: day ?? 1) }
        return latest(month: month, day: day ?? 1)
    }

    /// When a level held: the first past year in `window` after "in" (its first day; not this
    /// year's), or a month and year ("in February 2020": the month's first day), not right
    /// after a verb of its own.
    func levelDate(in window: Range<Int>) -> CalendarDay? {
        // (Not a year of something else's verb: "keeps about 28,500 troops in South Korea under a
        // defence treaty signed in 1953".)
        for i in window.dropLast() where tokens[i].hash == Words.in && !(i > window.lowerBound && isFinitePast(i - 1)) {
            var next = i + 1
            var month: Int?
            if let info = Lexicon.info(tokens[next]), info.roles.contains(.month), tokens[next].isCapitalized,
               next + 1 < window.upperBound {
                month = Int(info.number)
                next += 1
            }
            guard let year = yearNumber(tokens[next]), month != nil || year < published.year,
                  let day = CalendarDay(year: year, month: month ?? 1, day: 1), day < published else { continue }
            return day
        }
        return nil
    }

    /// The break before a later value of a series and where its time is: ", and in October at
    /// more than 700,000", "; in its report of Feb. 24 this year, 12,654": the break (";" or
    /// ", and") nearest before `start` and after `floor`, and a month or a year within a few
    /// words after it, right after "in", "on", "by" or "of"; nil when that break opens no time.
    func seriesTime(before start: Int, floor: Int) -> (brk: Int, time: Int)? {
        var brk = start - 1
        while brk > floor {
            let hash = tokens[brk].hash
            if hash == Words.semicolon || hash == Words.and && tokens[brk - 1].hash == Words.comma { break }
            brk -= 1
        }
        guard brk > floor else { return nil }
        var i = brk + 1
        while i < min(start, brk + 7) {
            let token = tokens[i]
            let previous = tokens[i - 1].hash
            if previous == Words.in || previous == Words.on || previous == Words.by || previous == Words.of,
               token.isCapitalized && Lexicon.has(token, .month) || yearNumber(token) != nil {
                return (brk, i)
            }
            // (The time opens the value's own clause: not past a number or a mark.)
            if token.isDigits || token.isPunctuation && token.hash != Words.comma { return nil }
            i += 1
        }
        return nil
    }

    /// "up from about 7,500 in January", "down from 300 last month": the number is the
    /// earlier value, and holds when the words after it say.
    func earlierValueDate(of mention: NumberMention, in range: Range<Int>) -> CalendarDay? {
        guard isEarlierValue(mention, floor: range.lowerBound) else { return nil }
        var next = mention.tokens.upperBound
        // ("up from some 3,000 it estimated in January", "up from the 600 it had estimated in April",
        // "up from the 627 that Iran's health ministry had reported on June 25": past who gave it.)
        if let given = giverEnd(after: next, limit: range.upperBound) { next = given }
        guard next + 1 < range.upperBound else { return nil }
        if tokens[next].hash == Words.in, let info = Lexicon.info(tokens[next + 1]), info.roles.contains(.month),
           tokens[next + 1].isCapitalized, !hasYear(after: next + 1, limit: range.upperBound),
           let day = latest(month: Int(info.number), day: 1), day < published {
            return day
        }
        if tokens[next].hash == Words.last, [Words.month, Words.week, Words.year].contains(tokens[next + 1].hash) {
            return back(1, unit: tokens[next + 1].hash, toStart: true)
        }
        // "up from 6 on 16 November", "up from 6 on Sunday": the day it was given.
        if tokens[next].hash == Words.on {
            let first = tokens[next + 1]
            if Lexicon.has(first, .weekday), first.isCapitalized, let info = Lexicon.info(first) {
                let day = latest(weekday: Int(info.number))
                return day < published ? day : nil
            }
            if next + 2 < range.upperBound {
                let second = tokens[next + 2]
                var dated: CalendarDay?
                if let day = dayNumber(first), let info = Lexicon.info(second), info.roles.contains(.month), second.isCapitalized {
                    dated = latest(month: Int(info.number), day: day)
                } else if let info = Lexicon.info(first), info.roles.contains(.month), first.isCapitalized, let day = dayNumber(second) {
                    dated = latest(month: Int(info.number), day: day)
                }
                if let dated, dated < published { return dated }
            }
        }
        return nil
    }

    /// "it had estimated", "that Iran's health ministry had reported": a clause right after an
    /// earlier value at `start` that says who gave it, its subject a pronoun, a determiner's
    /// phrase or a name. Where it ends, past its verb of saying.
    func giverEnd(after start: Int, limit: Int) -> Int? {
        var i = start
        if i < limit, tokens[i].hash == Words.that || tokens[i].hash == Words.which { i += 1 }
        guard i < limit, Lexicon.has(tokens[i], .pronoun) || Lexicon.has(tokens[i], .determiner) || tokens[i].isCapitalized,
              !Lexicon.has(tokens[i], .month), !Lexicon.has(tokens[i], .weekday) else { return nil }
        let first = i
        while i < min(limit, first + 8), tokens[i].isWord || tokens[i].kind == .possessive {
            if i > first, Lexicon.has(tokens[i], .attribution) { return i + 1 < limit ? i + 1 : nil }
            i += 1
        }
        return nil
    }

    /// "up from", "down from": `index` is the "from" that opens an earlier value.
    func opensEarlierValue(at index: Int) -> Bool {
        index > 0 && tokens[index].hash == Words.from && Words.earlierValueMarkers.contains(tokens[index - 1].hash)
    }

    /// "rose to 512, up from 430 a day earlier": the time unit at `unit` dates another number,
    /// the earlier value after "up from", not the mention.
    func isOtherEarlierValue(before unit: Int, mention: NumberMention, floor: Int) -> Bool {
        var j = unit - 1
        while j >= max(floor + 2, unit - 4) {
            if tokens[j].hash == Words.from, Words.earlierValueMarkers.contains(tokens[j - 1].hash) {
                return j + 1 != mention.tokens.lowerBound
            }
            j -= 1
        }
        return false
    }

    /// A past-tense report in the range: "had put", "had said", "said", "estimated" with "had".
    func hasPastAttribution(_ range: Range<Int>) -> Bool {
        var hasHad = false
        var hasAttribution = false
        for i in range {
            let token = tokens[i]
            if token.hash == Words.had { hasHad = true }
            if Lexicon.has(token, .attribution), !Lexicon.has(token, .adverb) || token.hash == Words.said { hasAttribution = true }
        }
        return hasAttribution || hasHad
    }

    func back(_ count: Int, unit: UInt64, toStart: Bool = false) -> CalendarDay? {
        switch unit {
        case Words.day, Words.days: return published.adding(days: -count)
        case Words.week, Words.weeks: return published.adding(days: -7 * count)
        case Words.month, Words.months:
            let day = published.adding(months: -count)
            return toStart ? day.firstOfMonth : day
        case Words.year, Words.years: return published.adding(months: -12 * count)
        default: return nil
        }
    }

    /// "a", "one", "two", "3": how many units back.
    func amount(_ token: Token) -> Int? {
        if token.hash == Words.a || token.hash == Words.an { return 1 }
        if let info = Lexicon.info(token), info.roles.contains(.numberWord), info.number >= 1 { return Int(info.number) }
        if token.isDigits, token.length <= 2 { return digitsValue(token) }
        return nil
    }

    func latest(weekday: Int) -> CalendarDay {
        var day = published
        while day.weekday != weekday { day = day.adding(days: -1) }
        return day
    }

    /// The latest `month`/`day` that does not pass the published day.
    func latest(month: Int, day: Int) -> CalendarDay? {
        var year = published.year
        guard var date = CalendarDay(year: year, month: month, day: min(day, CalendarDay.length(ofMonth: month, year: year))) else {
            return nil
        }
        if date > published {
            year -= 1
            date = CalendarDay(year: year, month: month, day: min(day, CalendarDay.length(ofMonth: month, year: year)))!
        }
        return date
    }

    func dayNumber(_ token: Token) -> Int? {
        guard token.isDigits, token.length <= 2, let n = digitsValue(token), (1...31).contains(n) else { return nil }
        return n
    }

    /// The value of a short token of ASCII digits alone ("2024", not "2,700"), read from its
    /// bytes: dates are asked of many tokens, and making a string of each costs more than the test.
    func digitsValue(_ token: Token) -> Int? {
        var value = 0
        for i in Int(token.start)..<Int(token.end) {
            let byte = bytes[i]
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// A year right after a month, or after its day: "October 2023", "Oct. 7, 2023".
    func hasYear(after month: Int, limit: Int) -> Bool {
        var k = month + 1
        while k < min(limit, month + 5) {
            if yearNumber(tokens[k]) != nil { return true }
            guard tokens[k].hash == Words.period || tokens[k].hash == Words.comma || dayNumber(tokens[k]) != nil else { return false }
            k += 1
        }
        return false
    }

    func isMonthWithYear(_ index: Int) -> Bool {
        guard Lexicon.has(tokens[index], .month) else { return false }
        if hasYear(after: index, limit: tokens.count) { return true }
        // ("since Oct. 7 last year": the year told as last year.)
        var k = index + 1
        while k < min(tokens.count, index + 4), tokens[k].hash == Words.period || dayNumber(tokens[k]) != nil { k += 1 }
        return k + 1 < tokens.count && tokens[k].hash == Words.last && tokens[k + 1].hash == Words.year
    }

    func yearNumber(_ token: Token) -> Int? {
        guard token.isDigits, token.length == 4, let n = digitsValue(token), (1800...2100).contains(n) else { return nil }
        return n
    }
}

/// A period cue: a window ("in the past week") or a rate ("a day"), which counts only
/// after the number ("300 a day", not "a day after"). A strong window is stated outright and
/// wins over an event word; "last week" is weaker than "in the ambush".
struct PeriodCue: Sendable {
    var isRate: Bool
    var isStrong = false
    /// "over the weekend": short enough for many attacks in it to be one episode.
    var isEpisode = false
    /// "this year": a window of a tally only; troops "this year" are there now ("has about 400
    /// troops in the country and has stepped up drone strikes this year").
    var isTallyOnly = false
}

/// The words that set scope.
enum Cues {
    static let changeBefore = PhraseTable<Bool>([
        "another", "an additional", "additional", "a further", "further", "an extra", "extra", "a fresh",
        "a new batch of", "a second batch of", "a new contingent of", "a second contingent of", "a new wave of",
        "a second wave of", "a new group of", "some more", "an increase of", "a rise of",
    ], value: true, bit: .changeBefore)

    static let changeAfter = PhraseTable<Bool>(["more", "additional", "extra", "new", "further"], value: true, bit: .changeAfter)

    static let totalPointer = PhraseTable<Bool>([
        "bringing the total to", "bringing the total number to", "bringing the number to", "bringing the toll to",
        "bringing the death toll to", "raising the total to", "raising the toll to", "raising the death toll to",
        "raising the number to", "taking the total to", "taking the toll to", "taking the number to",
        "pushing the total to", "pushing the toll to", "lifting the total to", "bringing the total", "raising the total",
        "taking the total", "bringing it to", "taking it to", "raising it to", "brings the total to",
        "bringing total", "for a total of", "a total of", "in total", "total of",
    ], value: true, bit: .totalPointer)

    /// Words of a count kept running to now: "so far", "to date".
    static let runningTotalWords = ["so far", "to date", "in total", "in all", "overall", "altogether", "cumulative"]
    static let runningTotalCues = PhraseTable<Bool>(runningTotalWords, value: true)
    static let totalCues = PhraseTable<Bool>(runningTotalWords + [
        "since the war began",
        "since the start of the war", "since the war started", "since the invasion", "since the beginning",
        "since the start of", "since the conflict began", "since the full-scale invasion", "total",
        "death toll", "toll", "combined", "since february 2022", "since 2022", "since the outbreak",
        "since the fighting began", "since their deployment", "since they arrived", "since deployment",
        "in the war", "in the conflict", "during the war", "throughout the war", "in the earthquake",
        "in the quake", "in the floods",
    ], value: true, bit: .totalCues)

    static let projection = PhraseTable<Bool>([
        "plans to", "plan to", "planning to", "planned to", "plans", "will", "would", "could", "may", "might",
        "expect", "expects", "expected it to", "expecting it to",
        "is expected to", "are expected to", "expected to", "expects to", "intends to", "intend to", "intending to",
        "is set to", "are set to", "is preparing to", "are preparing to", "preparing to", "prepares to",
        "ready to", "threatened to", "threatens to", "pledged to", "pledged", "pledging", "pledges", "promised to", "promises to",
        "considering", "aims to", "aiming to", "seeks to", "seeking to", "forecast", "forecasts", "projected",
        "is likely to", "are likely to", "likely to", "is due to", "are due to", "is due", "are due", "due to arrive", "due to deploy", "due to be deployed", "due to be sent", "due by", "is meant to", "are meant to", "was meant to", "were meant to",
        "is authorised to", "is authorized to", "are authorised to", "are authorized to", "was authorised to",
        "was authorized to", "is mandated to", "was supposed to", "were supposed to",
        "is supposed to", "are supposed to", "potentially", "agreed to send",
        "agreed to deploy", "offered to", "offered", "offers", "offering", "vowed to", "wants to", "hopes to", "is poised to", "on track to",
        "scheduled to", "slated to",
        // ("Seventeen executions are already scheduled for 2025", "three more executions scheduled
        // before the end of the year": set down for later.)
        "is scheduled", "are scheduled", "is already scheduled", "are already scheduled", "scheduled for", "scheduled before",
        "mulling", "weighing", "could reach", "could rise", "could climb",
        "may rise", "is feared to rise", "is expected", "are expected", "set to", "would be", "could be", "may be", "to be sent",
        "to be deployed", "to send", "to deploy", "to dispatch", "intention to", "intention of sending",
        "contemplating", "proposed", "proposes", "proposing", "recommended", "recommends", "recommending", "requested",
        "request for", "requests for",
        "in the coming", "by spring", "by summer", "by the end of the year",
        "next year", "next month", "in the future", "in future", "shall",
        // What a force can do is no count of it: "can mobilise 280,000 troops in wartime".
        "can mobilise", "can mobilize", "can muster", "can field", "can deploy", "can call up", "can raise",
        // A deployment approved, or the strength a force is allowed, is not yet one made: "has approved
        // the deployment of 850 troops", "keeping its authorised strength at 860".
        "approved the deployment of", "authorised the deployment of", "authorized the deployment of",
        "approved the dispatch of", "authorised strength", "authorized strength",
        // So is a force's ceiling: "keeping the mandate's ceiling at 300 soldiers", "a ceiling of
        // 11,500 military personnel", "keeping the ceiling of up to 500 soldiers unchanged".
        "mandate's ceiling", "a ceiling of", "ceiling of up to", "authorised ceiling", "authorized ceiling",
        "troop ceiling",
    ], value: true, bit: .projection)

    /// "in a single day", "in one battle": one event whatever its noun.
    /// (And a battle of a few days: "had taken full control of the Kalakla district ... after three
    /// days of fighting, killing more than 120 RSF fighters".)
    static let singleEvent = PhraseTable<Bool>(["in", "after", "during", "in the", "after the", "during the"].flatMap { opener in
        ["two", "three", "four", "five"].flatMap { days in
            ["fighting", "clashes", "heavy fighting", "fierce fighting"].map { "\(opener) \(days) days of \($0)" }
        }
    } + [
        "single-day", "in a single day", "in one day", "in one battle", "in a single battle", "in one attack",
        "in a single attack", "in a single strike", "in one strike", "in one night", "in a single night",
        "in one assault", "in a single assault", "in one morning", "in a single morning", "in one afternoon",
        "in a single afternoon", "in one evening", "in a single evening", "one-day", "in a one-day",
        "in a day of", "in a night of",
        // "In the ensuing exchange of fire, thirteen (13) terrorists were sent to hell".
        "in the exchange of fire", "in an exchange of fire", "in the ensuing exchange of fire",
        "during the exchange of fire", "during an exchange of fire",
        // "... and, after an intense exchange of fire, eleven (11) terrorists were sent to hell".
        "after an exchange of fire", "after the exchange of fire", "after an intense exchange of fire",
        "after a heavy exchange of fire", "after a fierce exchange of fire", "in an intense exchange of fire",
        "in a heavy exchange of fire", "in a fierce exchange of fire", "during an intense exchange of fire",
        "in a brief exchange of fire", "during a brief exchange of fire",
        // "Eight people died on the spot while four others succumbed": where one event happened.
        "died on the spot", "killed on the spot", "dead on the spot", "died at the scene", "killed at the scene",
        "dead at the scene", "martyred on the spot", "martyred at the scene",
    ], value: true, bit: .singleEvent)

    /// A toll of the whole war or disaster: a total however it was reached.
    static let wholeWar = PhraseTable<Bool>([
        "so far", "to date", "since the war began", "since the start of the war", "since the war started",
        "since the invasion", "since the full-scale invasion", "since the conflict began", "since the beginning of the war",
        "since the outbreak", "since the fighting began", "in the war", "in the conflict", "during the war",
        "throughout the war", "since february 2022", "since 2022", "since they entered combat", "since their deployment",
        "since they arrived", "in total", "in all", "altogether",
    ], value: true, bit: .wholeWar)

    // The words of these sets are tested on every token around a number: each is a role bit
    // that the tokenizer puts on the token (`TokenLexicon`), not a table to look up.

    /// "in", "when": what opens an event ("in the ambush"). Role `.eventOpener`.
    static let eventOpeners = ["in", "during", "by", "from", "when", "after", "amid", "as", "while"]

    /// Weapons: the subject of an event ("two missiles struck the centre, killing 35"). Role `.weapon`.
    static let weapons = ["missile", "missiles", "rocket", "rockets", "drone", "drones", "shell", "shells",
                          "bomb", "bombs", "artillery", "mortar", "mortars", "grenade", "gunmen",
                          "attackers", "shelling", "landmine", "landmines", "ied", "explosive",
                          // One mob's or one wild animal's attack: "A mob lynched three men accused of theft
                          // ... late on Saturday", "Two women ... were killed by a tiger on Monday morning".
                          "mob", "tiger", "tigress", "leopard", "crocodile", "lion", "lioness", "elephant", "hippo",
                          "shark", "wolf"]

    /// Verbs between an event and its toll: "strikes on the port killed 74". Role `.eventVerb`.
    static let eventVerbs = ["killed", "kills", "killing", "wounded", "wounding", "injured", "injuring",
                             "left", "leaving", "claimed", "struck", "hit", "kidnapped", "abducted", "lynched"]

    /// Event verbs after "when"/"after": "when their convoy was ambushed". Role `.eventVerbAfterWhen`.
    static let eventVerbsAfterWhen = ["ambushed", "attacked", "struck", "hit", "bombed", "shelled",
                                      "raided", "stormed", "invaded", "infiltrated", "assaulted", "swooped", "targeted", "exploded", "detonated",
                                      "opened", "fired", "crashed", "took", "collided", "overturned", "rolled", "flipped", "charged", "rammed", "overran", "overrun",
                                      "overrunning", "storming", "seized", "seizing", "went", "plunged", "veered",
                                      "skidded", "derailed", "fell", "ran", "walked", "drove", "shot", "downed", "broke", "threw", "hurled", "fought", "clashed", "blew",
                                      "slammed", "ploughed", "plowed", "smashed", "careered", "careened", "stepped",
                                      "flattened", "levelled", "leveled", "destroyed", "razed", "demolished", "torched", "left", "retook", "recaptured",
                                      "exchanged", "jumped", "boarded"]

    static let period = PhraseTable<PeriodCue>({
        var phrases: [(String, PeriodCue)] = []
        let window = PeriodCue(isRate: false, isStrong: true)
        let weak = PeriodCue(isRate: false)
        let rate = PeriodCue(isRate: true)
        for opener in ["in the past", "over the past", "during the past", "in the last", "over the last",
                       "during the last", "in the previous", "over the previous", "within the past", "within the last",
                       "in the first", "in just", "within", "in only", "in the span of", "over a"] {
            for unit in ["day", "days", "week", "weeks", "month", "months", "24 hours", "48 hours", "72 hours",
                         "hours", "year", "fortnight", "two days", "two weeks", "three days", "three weeks",
                         "two months", "three months", "six months", "few days", "few weeks", "few months",
                         "several days", "several weeks", "several months", "seven days", "10 days", "30 days",
                         "week alone", "month alone", "day alone", "decade", "two decades", "three decades",
                         "four decades"] {
                phrases.append((opener + " " + unit, window))
            }
        }
        for phrase in ["last week alone", "last month alone", "this week", "this month", "this year alone",
                       "so far this year", "so far this month", "so far this week", "since the start of the year",
                       "since the beginning of the year", "since the start of the month", "since the beginning of the month",
                       "since the start of the week", "since the beginning of the week", "since january", "in january alone", "in february alone",
                       "in march alone", "in april alone", "in may alone", "in june alone", "in july alone",
                       "in august alone", "in september alone", "in october alone", "in november alone",
                       "in december alone", "since monday", "since tuesday", "since wednesday", "since thursday",
                       "since friday", "since saturday", "since sunday", "since last week", "since yesterday",
                       "in a single week", "in a single month", "in one week", "in one month",
                       "in 24 hours", "in 48 hours", "past week", "past month", "past 24 hours",
                       // (Headlines drop the article: "Russia lost 1,240 troops in past day", "gang
                       // violence killed 1,520 in Haiti in second quarter".)
                       "past day", "past 48 hours", "past 72 hours", "past two days", "past three days", "past seven days",
                       "past fortnight", "in first quarter", "in second quarter", "in third quarter", "in fourth quarter",
                       "in first half", "in second half",
                       "in the first quarter", "in the second quarter", "in the third quarter", "in the fourth quarter",
                       "in the quarter", "during the quarter", "over the quarter", "this quarter", "last quarter",
                       "in the first half of the year", "in the second half of the year", "in the first half",
                       "over that period",
                       // ("compared with 1,160 heatstroke deaths in the same year", "reported 94 migrant
                       // deaths in the same fiscal year": the year named before.)
                       "in the same year", "during the same year", "over the same year", "in the same fiscal year",
                       "in the same financial year", "during the same fiscal year", "during the same financial year",
                       // ("The toll for the first half of the year is 3,137": a toll's window.)
                       "for the first half", "for the second half", "for the first quarter", "for the second quarter",
                       "for the third quarter", "for the fourth quarter", "for the quarter", "for the half-year",
                       "in the half-year", "over the half-year", "during the half-year", "in the second half",
                       "in that time", "over that time", "during that time",
                       "in that period", "during that period", "during the siege", "throughout the siege",
                       "over the course of the siege", "during the truce", "during the ceasefire", "during the offensive", "so far this month", "year to date", "during the period",
                       "in the period", "over the period", "within the period", "during the week", "over the week", "during the month",
                       "in the month",
                       "during the day", "over the day", "in the week to", "the week to", "in the week ending",
                       "in the month to", "first day alone", "over the course of the year", "over the course of the month",
                       "over the course of the week", "over the course of the day", "over the year", "during the year",
                       "over the month", "monday alone", "tuesday alone", "wednesday alone", "thursday alone",
                       "friday alone", "saturday alone", "sunday alone", "yesterday alone", "today alone",
                       "in the last fiscal year", "in the last financial year", "in the past fiscal year",
                       "in the previous fiscal year", "last fiscal year", "last financial year", "last season",
                       "during the season", "over the season",
                       "in the fiscal year", "in the financial year", "during the fiscal year", "during the financial year",
                       "in the current fiscal year", "in the current financial year", "so far this fiscal year",
                       "so far this financial year", "in the previous financial year", "in the past financial year",
                       "since dawn", "since midnight", "since this morning", "since early morning",
                       "in the course of the day", "in the course of the week", "in the course of the month"] {
            phrases.append((phrase, window))
        }
        // The days before an event: "at least 17 people were killed in election-related violence
        // ... in the week before the vote", "in the run-up to the election".
        for opener in ["in the", "during the", "over the"] {
            for unit in ["week", "weeks", "days", "month", "months", "two weeks", "three weeks", "hours"] {
                phrases.append((opener + " " + unit + " before", window))
                phrases.append((opener + " " + unit + " leading up to", window))
            }
            phrases.append((opener + " run-up to", window))
        }
        // A bulletin's own window: "During the reporting week, 1,213 new cases and 14 deaths were
        // reported", "in the period under review".
        for opener in ["in the", "during the", "over the", "for the"] {
            for unit in ["reporting week", "reporting period", "review period", "week under review", "period under review",
                         "month under review"] {
                phrases.append((opener + " " + unit, window))
            }
        }
        // A window told before, named again: "Over the same week, 11 people were killed in the raids".
        for opener in ["in the same", "during the same", "over the same", "within the same", "for the same"] {
            for unit in ["period", "quarter", "month", "week", "year", "day", "fortnight", "span", "days", "weeks",
                         "months", "two days", "three days", "24 hours", "48 hours", "72 hours", "time",
                         // ("Over the same weekend last year, 49 people were wounded".)
                         "weekend", "holiday", "holidays", "holiday period", "holiday weekend"] {
                phrases.append((opener + " " + unit, window))
            }
        }
        for phrase in ["last week", "last month", "that week", "that month"] {
            phrases.append((phrase, weak))
        }
        // (And a season of it: "23 people have been killed this winter"; not a disaster's season,
        // "112 people had died ... this monsoon season", the story's toll.)
        for phrase in ["this year", "this winter", "this summer", "this spring", "this autumn", "this fiscal year",
                       "this financial year"] {
            phrases.append((phrase, PeriodCue(isRate: false, isTallyOnly: true)))
        }
        // ("Rome recorded 1,150 heat deaths over the summer": the season as the window; troops
        // kept "through the winter" are none.)
        for opener in ["over the", "during the", "through the", "throughout the"] {
            for season in ["winter", "summer", "spring", "autumn"] {
                phrases.append((opener + " " + season, PeriodCue(isRate: false, isTallyOnly: true)))
            }
        }
        for phrase in ["over the weekend", "at the weekend", "this weekend"] {
            phrases.append((phrase, PeriodCue(isRate: false, isEpisode: true)))
        }
        for phrase in ["per day", "a day", "each day", "every day", "daily", "per week", "a week", "each week",
                       "every week", "weekly", "per month", "a month", "each month", "every month", "monthly",
                       "per hour", "an hour", "on average", "a year", "per year", "each year", "every year", "annually"] {
            phrases.append((phrase, rate))
        }
        return phrases
    }(), bit: .period)
}
