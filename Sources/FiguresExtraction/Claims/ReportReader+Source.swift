/// Who said it: the sentence's attribution, resolved through the source aliases.
struct Attribution: Sendable, Equatable {
    /// The canonical source, when an alias knows the name (`ClaimExtractor.name(of:)`).
    var source: SourceIndex?
    /// The bytes of the text that name it: kept as offsets, since most attributions are
    /// only compared and stepped around, and the words are made a string only for a claim
    /// that keeps them (`text(in:)`).
    var textBytes: Range<Int>?
    /// The name opens with "the " or "The ", which its text leaves out.
    var dropsArticle = false
    /// The name's tokens, so that subject search can step around them.
    var span: Range<Int>
    /// "it", "the agency", "officials": a reference to someone named before.
    var isGeneric = false
    /// No attribution: the claim is the outlet's own.
    var isOutlet = false

    /// The words that name the source, on one line, without a leading "the".
    func text(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let textBytes else { return nil }
        var text = ReportReader.text(ofBytes: UnsafeBufferPointer(rebasing: bytes[textBytes]))
        if dropsArticle, text.hasPrefix("the ") || text.hasPrefix("The ") { text.removeFirst(4) }
        return text
    }
}

/// A canonical source, by its place in the extractor's list (`ClaimExtractor.name(of:)`).
struct SourceIndex: Sendable, Hashable {
    let rawValue: Int32
}

extension ReportReader {
    /// The attribution a sentence makes: a briefing relayed ("citing X", "after a briefing
    /// by X") first, then "according to X", then a speaker with a verb ("X said", "said X").
    func attribution(in range: Range<Int>) -> Attribution? {
        attributions(in: range).chosen
    }

    /// Every attribution a sentence makes, and the one it makes for the whole sentence.
    struct SentenceAttributions {
        var chosen: Attribution?
        /// Attributions with the index of their cue word, when the sentence has more than one
        /// ("..., according to UNICEF, while the ministry said ..."): each number takes the nearest.
        var all: [(Attribution, Int)] = []
        var isRelay = false

        /// The attribution that follows the number most closely ("X, according to A, and Y,
        /// according to B"), else the nearest one before it.
        func nearest(to mention: Range<Int>) -> Attribution? {
            guard !isRelay, all.count > 1 else { return chosen }
            // A known source over a name nobody knows ("put ... at dozens, a figure analysts said").
            let known = all.filter { $0.0.source != nil }
            let candidates = known.isEmpty || known.count == all.count ? all : known
            if candidates.count == 1 { return candidates[0].0 }
            if let after = candidates.filter({ $0.1 >= mention.upperBound }).min(by: { $0.1 < $1.1 }) { return after.0 }
            return candidates.min { a, b in distance(a.1, mention) < distance(b.1, mention) }?.0 ?? chosen
        }

        private func distance(_ cue: Int, _ mention: Range<Int>) -> Int {
            cue < mention.lowerBound ? mention.lowerBound - cue : cue - mention.upperBound + 1
        }
    }

    /// The number at `mention` counts the speakers of an attribution: it stands right before
    /// their name ("two security sources said", "three officials told Reuters").
    func countsSpeakers(_ mention: NumberMention, _ attributions: SentenceAttributions) -> Bool {
        let next = mention.tokens.upperBound
        // ("At least 530 people died, two diplomats involved in the talks said": the speaker's
        // name holds the number.)
        // (Not a list of people that holds another count: "The dead included two Italian climbers, a
        // French climber and four Nepali guides, said the police chief".)
        func holdsAnotherCount(_ span: Range<Int>) -> Bool {
            span.contains { !mention.tokens.contains($0) && (tokens[$0].isDigits || Lexicon.has(tokens[$0], .numberWord)) }
        }
        if attributions.all.contains(where: {
            $0.0.span.lowerBound == mention.tokens.lowerBound && $0.0.span.count > 1 && !holdsAnotherCount($0.0.span)
        }) {
            return true
        }
        // (Nor does it count a pronoun: "up from some 3,000 it estimated in January".)
        guard next < tokens.count, tokens[next].isWord, !Lexicon.has(tokens[next], .conjunction),
              !Lexicon.has(tokens[next], .pronoun) else { return false }
        // ("Two soldiers who survived the attack said the base came under fire": people who speak,
        // past a relative clause of theirs with no casualty in it, at the head of a clause.)
        let start = mention.tokens.lowerBound
        if start == 0 || tokens[start - 1].isPunctuation || tokens[start - 1].hash == Words.that,
           let kind = People.kinds.match(tokens, at: next, limit: min(tokens.count, next + 4)),
           next + kind.length + 1 < tokens.count, tokens[next + kind.length].hash == Words.who {
            let relative = next + kind.length + 1
            var i = relative
            while i < min(tokens.count, relative + 10), tokens[i].isWord {
                // (Not a report verb in the passive, which tells what was said of them: "Twelve
                // migrants who had been reported missing were found dead".)
                if Lexicon.has(tokens[i], .attribution), !Lexicon.has(tokens[i], .adverb) {
                    return i > relative + 1 && !Attributions.passiveMarkers.contains(tokens[i - 1].hash)
                }
                if let trigger = extractor.triggers.match(tokens, at: i), trigger.value.figure != .deployed { return false }
                i += 1
            }
        }
        // (", two hospital officials in Miranshah told this website", ", two security sources and a
        // transport union official said": after a comma, plain words up to a report verb.)
        // (Not a part: ", at least 36 of whom the Israeli military believes are dead".)
        if mention.tokens.lowerBound > 0, tokens[mention.tokens.lowerBound - 1].hash == Words.comma, tokens[next].hash != Words.of {
            var i = next
            while i < min(tokens.count, next + 8), tokens[i].isWord {
                if Lexicon.has(tokens[i], .attribution), !Lexicon.has(tokens[i], .adverb) { return i > next }
                if Lexicon.has(tokens[i], .auxiliary) || extractor.triggers.match(tokens, at: i) != nil { break }
                i += 1
            }
        }
        // (Up to the report verb, past an aside the speaker's span leaves out.)
        func isSpeakers(_ span: Range<Int>) -> Bool {
            guard span.lowerBound == next else { return false }
            let verb = (span.upperBound..<min(tokens.count, span.upperBound + 20)).first {
                Lexicon.has(tokens[$0], .attribution) && !Lexicon.has(tokens[$0], .adverb)
            } ?? span.upperBound
            return !holdsAnotherCount(span.lowerBound..<max(span.upperBound, verb))
        }
        if let chosen = attributions.chosen, isSpeakers(chosen.span) { return true }
        return attributions.all.contains { isSpeakers($0.0.span) }
    }

    func attributions(in range: Range<Int>) -> SentenceAttributions {
        var relay: Attribution?
        var according: Attribution?
        // The first speaker, and the first one a known source (no array a sentence).
        var firstSpeaker: Attribution?
        var firstKnownSpeaker: Attribution?
        var all: [(Attribution, Int)] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let token = tokens[i]
            guard token.isWord else {
                i += 1
                continue
            }
            if token.starts.contains(.relay), let cue = Attributions.relay.match(tokens, at: i, limit: range.upperBound) {
                if relay == nil, let name = name(after: i + cue.length, limit: range.upperBound) { relay = name }
                i += cue.length
                continue
            }
            if token.hash == Words.according, i + 1 < range.upperBound, tokens[i + 1].hash == Words.to {
                if let name = name(after: i + 2, limit: range.upperBound) {
                    if according == nil { according = name }
                    all.append((name, i))
                }
                i += 2
                continue
            }
            if Lexicon.has(token, .attribution) || Lexicon.has(token, .estimateNoun), isReportWord(i, in: range) {
                if let name = speaker(of: i, in: range) {
                    if firstSpeaker == nil { firstSpeaker = name }
                    if firstKnownSpeaker == nil, name.source != nil { firstKnownSpeaker = name }
                    all.append((name, i))
                }
            }
            i += 1
        }
        let speaker = firstKnownSpeaker ?? firstSpeaker
        // A lawmaker relaying a briefing: the agency that briefed is the source. A known
        // speaker citing someone nobody knows stays the source.
        if let relay, relay.source != nil || speaker?.source == nil {
            return SentenceAttributions(chosen: relay, all: all, isRelay: true)
        }
        if let according, according.source != nil || speaker?.source == nil {
            return SentenceAttributions(chosen: according, all: all)
        }
        return SentenceAttributions(chosen: speaker, all: all)
    }

    /// Whether a word that can report ("states", "estimated") reports here: not after an
    /// article ("an estimated 15,000", "the reported toll"), and not inside a name the
    /// lexicon knows ("the United States has").
    func isReportWord(_ index: Int, in range: Range<Int>) -> Bool {
        // ("Heatstroke claimed 38 lives": a cause that took lives, no speaker.)
        if Words.lifeTakingVerbs.contains(tokens[index].hash),
           let number = (index + 1..<min(range.upperBound, index + 4)).first(where: {
               tokens[$0].isDigits || tokens[$0].roles.contains(.numberWord)
           }), number + 1 < range.upperBound, tokens[number + 1].hash == Words.lives {
            return false
        }
        guard index > range.lowerBound else { return true }
        // ("searching for 4 persons reported missing": people's clause in the passive, what was
        // said of them, no speaker.)
        if index + 1 < range.upperBound, Words.reportedStates.contains(tokens[index + 1].hash), tokens[index - 1].isWord,
           !tokens[index - 1].isCapitalized, !Lexicon.has(tokens[index - 1], .pronoun) {
            return false
        }
        let before = tokens[index - 1].hash
        if Lexicon.has(tokens[index], .attribution), before == Words.a || before == Words.an || before == Words.the {
            return false
        }
        guard tokens[index].isCapitalized, tokens[index - 1].isCapitalized else { return true }
        let floor = max(range.lowerBound, index - 4)
        if let name = People.groups.match(tokens, endingBefore: index + 1, floor: floor), name.start < index { return false }
        if let name = extractor.sourceNames.match(tokens, endingBefore: index + 1, floor: floor), name.start < index { return false }
        return true
    }

    /// The name that a verb's subject or inverted subject gives: "X said", "X's estimate", "said X".
    func speaker(of verb: Int, in range: Range<Int>) -> Attribution? {
        let token = tokens[verb]
        // "X's estimate", "X's figures".
        if Lexicon.has(token, .estimateNoun) {
            guard verb >= range.lowerBound + 2, tokens[verb - 1].kind == .possessive else {
                if verb > range.lowerBound, let name = name(before: verb, floor: range.lowerBound), name.source != nil {
                    return name  // "NIS estimates"
                }
                return nil
            }
            return name(before: verb - 1, floor: range.lowerBound)
        }
        // "is estimated to", "were reported": passive, nobody speaks (unless "by X" follows).
        if verb > range.lowerBound, Attributions.passiveMarkers.contains(tokens[verb - 1].hash) {
            if verb + 2 < range.upperBound, tokens[verb + 1].hash == Words.by { return name(after: verb + 2, limit: range.upperBound) }
            return nil
        }
        // Skip "also", "has", "on Monday" between the name and the verb.
        var end = verb
        var skipped = 0
        while end > range.lowerBound, skipped < 4 {
            let previous = tokens[end - 1]
            // ("Police have since said": "since" after an auxiliary is an adverb.)
            if Lexicon.has(previous, .auxiliary) || Attributions.betweenNameAndVerb.contains(previous.hash)
                || Lexicon.has(previous, .weekday) || (previous.hash == Words.on && skipped > 0)
                || previous.hash == Words.since && end - 2 >= range.lowerBound && Lexicon.has(tokens[end - 2], .auxiliary) {
                end -= 1
                skipped += 1
                continue
            }
            break
        }
        // "The committee put the toll at 78 and said ...", "Police arrested two men and said": a
        // verb joined to another by "and" has the clause's subject, named before that verb (or
        // not at all), never the joining word.
        if end > range.lowerBound, tokens[end - 1].hash == Words.and || tokens[end - 1].hash == Words.but {
            return clauseSubject(before: end - 1, in: range)
        }
        // "with 46 deaths recorded in the past week": a count noun before a participle is
        // counted, not speaking.
        if end > range.lowerBound, Words.tollCountNouns.contains(tokens[end - 1].hash) { return nil }
        // Verbs that are attributions only with a speaker that names someone ("NIS put the number").
        if Attributions.weakVerbs.contains(token.hash) {
            guard end > range.lowerBound, let name = name(before: end, floor: range.lowerBound),
                  name.source != nil || !name.isGeneric && name.textBytes != nil || containsGenericNoun(name.span) else {
                return nil
            }
            return name
        }
        if let name = name(before: end, floor: range.lowerBound) { return name }
        // Inverted: ', said Ukraine's General Staff.'
        if verb + 1 < range.upperBound, !Lexicon.has(tokens[verb + 1], .determiner) || tokens[verb + 1].hash == Words.the,
           let name = name(after: verb + 1, limit: range.upperBound),
           // "said on Wednesday" names a day, not who said it; "announced on Friday morning" a
           // time (a name never opens with a preposition).
           !name.span.allSatisfy({ Lexicon.has(tokens[$0], .weekday) || tokens[$0].hash == Words.on }),
           !Lexicon.has(tokens[name.span.lowerBound], .preposition),
           name.source != nil || name.span.contains(where: { tokens[$0].isCapitalized }) || containsGenericNoun(name.span) {
            return name  // "said battalion commander Oleksandr Kovalenko"
        }
        return nil
    }

    /// The subject that opens the clause of the first verb before `end`, when it names a
    /// speaker: "The committee" of "The committee put the toll at 78 and said", "The RSF" of
    /// "The RSF denied targeting civilians and said" (past an opening phrase and its comma).
    func clauseSubject(before end: Int, in range: Range<Int>) -> Attribution? {
        var start = range.lowerBound
        if let comma = (start..<min(end, start + 8)).first(where: { tokens[$0].hash == Words.comma }),
           Lexicon.has(tokens[start], .preposition) || Lexicon.has(tokens[start], .weekday) {
            start = comma + 1
        }
        guard let verb = (start + 1..<max(start + 1, end)).first(where: { i in
            tokens[i].isWord && !tokens[i].isCapitalized
                && (isFinitePast(i) || Lexicon.has(tokens[i], .auxiliary) || Lexicon.has(tokens[i], .attribution))
        }), verb - start <= 8, let name = name(before: verb, floor: start), name.span.lowerBound == start
            || name.span.lowerBound == start + 1 && tokens[start].hash == Words.the,
            name.source != nil || !name.isGeneric || containsGenericNoun(name.span),
            // (Not counted people: "Seven guards were taken hostage ... and released unharmed".)
            !name.span.contains(where: { tokens[$0].isDigits || tokens[$0].roles.contains(.numberWord) }) else { return nil }
        return name
    }

    func containsGenericNoun(_ range: Range<Int>) -> Bool {
        range.contains { Lexicon.has(tokens[$0], .generic) && !Lexicon.has(tokens[$0], .pronoun) }
    }

    /// A name that ends right before `end`: capitalised words, possessives, "of", and the
    /// generic nouns of agencies ("spy agency", "officials"). An aside before the verb
    /// ("CPJ, a press freedom group, says"; "the ministry, which ..., says") is stepped over.
    func name(before end: Int, floor: Int) -> Attribution? {
        if end > floor, tokens[end - 1].hash == Words.comma {
            var j = end - 2
            while j > floor, j > end - 16, tokens[j].hash != Words.comma { j -= 1 }
            // (Not a predicate between the commas: "Fourteen people, including three soldiers, were
            // injured in the blast, said Danjuma Bello" names its speaker after the verb.)
            if j > floor, tokens[j].hash == Words.comma, j < end - 2,
               !Lexicon.has(tokens[j + 1], .auxiliary), !isFinitePast(j + 1) {
                return name(before: j, floor: floor)
            }
            return nil
        }
        var start = end
        var words = 0
        while start > floor, words < 12 {
            let token = tokens[start - 1]
            // "Mission in Ukraine", "Doctors at al-Ahli hospital": a small word between name words.
            if token.roles.contains(.nameInnerWord), start - 2 >= floor, words > 0,
               tokens[start - 2].isCapitalized || Lexicon.has(tokens[start - 2], .generic) {
                start -= 1
                words += 1
                continue
            }
            // "UN children's agency", "Sudan Doctors Network": a lower-case word inside a name.
            if token.isWord, !token.isCapitalized, words > 0, start - 2 >= floor, tokens[start - 2].isCapitalized,
               tokens[start - 2].isWord, !Lexicon.has(token, .auxiliary), !Lexicon.has(token, .conjunction),
               !Lexicon.has(token, .preposition), !Lexicon.has(token, .attribution), !Lexicon.has(token, .determiner) {
                start -= 1
                words += 1
                continue
            }
            // "Tehreek-e-Taliban Pakistan": a small word between two hyphens inside a name.
            if token.isWord, !token.isCapitalized, words > 0, start < end, start - 2 >= floor,
               tokens[start].hash == Words.hyphen, tokens[start].isAttached,
               tokens[start - 2].hash == Words.hyphen, tokens[start - 2].isAttached {
                start -= 1
                words += 1
                continue
            }
            // "al-Ahli hospital", "Chad's presidency": a lower-case noun after a name word (not a
            // pronoun: "On 4 November they had put it at 31"; nor after a sentence's opening
            // preposition: "In combats registered ...").
            if token.isWord, !token.isCapitalized, words == 0, start - 2 >= floor, !Lexicon.has(token, .pronoun),
               tokens[start - 2].isCapitalized && tokens[start - 2].isWord && !Lexicon.has(tokens[start - 2], .preposition)
                || tokens[start - 2].kind == .possessive && start - 3 >= floor && tokens[start - 3].isCapitalized,
               !Lexicon.has(token, .auxiliary), !Lexicon.has(token, .adverb), !Lexicon.has(token, .conjunction) {
                start -= 1
                words += 1
                continue
            }
            if token.kind == .possessive || token.isCapitalized && token.isWord
                || Lexicon.has(token, .generic) || token.hash == Words.of && words > 0
                || token.hash == Words.the || token.roles.contains(.nameWord)
                || token.hash == Words.hyphen && token.isAttached
                || token.hash == Words.period && token.isAttached && start - 2 >= floor && tokens[start - 2].length == 1
                || token.isWord && token.length == 1 && token.isCapitalized {
                start -= 1
                words += 1
                // "Last week the ministry said": an article opens the name, unless a small word
                // joins it to more ("Office of the UN High Commissioner", "Mediazona and the BBC").
                if token.hash == Words.the, !(start > floor && tokens[start - 1].roles.contains(.nameInnerWord)) { break }
                continue
            }
            if Lexicon.has(token, .pronoun), start == end, Lexicon.has(token, .determiner) == false || token.hash == Words.it {
                start -= 1
                return Attribution(source: nil, textBytes: byteSpan(of: start..<end), span: start..<end, isGeneric: true)
            }
            break
        }
        // "al-Ahli hospital": the word a hyphen joins to the name is part of it.
        if start > floor, start < end, tokens[start].hash == Words.hyphen, tokens[start].isAttached, tokens[start - 1].isWord {
            start -= 1
        }
        while start < end, tokens[start].hash == Words.of || tokens[start].kind == .possessive { start += 1 }
        // "..., and Nigeria's army said": a joining word opens no name. ("If confirmed":
        // none follows; "dismissed the figures and said": the speaker is the clause's
        // subject, which this reading does not reach.)
        while start + 1 < end, Words.subordinators.contains(tokens[start].hash) || Lexicon.has(tokens[start], .conjunction) {
            start += 1
        }
        if start + 1 == end, Words.subordinators.contains(tokens[start].hash) { return nil }
        if start == end { return unnamedSpeaker(before: end, floor: floor) }
        return resolve(start..<end)
    }

    /// "diplomats say", "local activists said", "doctors at the regional hospital said": people
    /// the text does not name, up to four plain words before the verb.
    func unnamedSpeaker(before end: Int, floor: Int) -> Attribution? {
        var start = end
        while start > floor, end - start < 6 {
            let token = tokens[start - 1]
            // ("Tuareg-led rebels said": a compound joined by a hyphen is one word.)
            if token.hash == Words.hyphen, token.isAttached, start - 2 >= floor, tokens[start - 2].isWord {
                start -= 1
                continue
            }
            guard token.isWord else { break }
            let roles = Lexicon.roles(token)
            if roles.contains(.auxiliary) || roles.contains(.conjunction) && token.hash != Words.and
                || roles.contains(.attribution) || roles.contains(.pronoun) || token.hash == Words.that {
                break
            }
            start -= 1
        }
        while start < end, Lexicon.has(tokens[start], .determiner) || Lexicon.has(tokens[start], .preposition) { start += 1 }
        guard start < end, let head = (start..<end).last(where: { tokens[$0].isWord }),
              text(of: tokens[head]).hasSuffix("s") || Lexicon.has(tokens[head], .generic) else { return nil }
        return Attribution(source: nil, textBytes: byteSpan(of: start..<end), span: start..<end)
    }

    /// A name that starts at `start`: up to the next comma, verb, "that" or clause word.
    func name(after start: Int, limit: Int) -> Attribution? {
        var begin = start
        while begin < limit, tokens[begin].hash == Words.the || tokens[begin].hash == Words.a
            || tokens[begin].hash == Words.an { begin += 1 }
        var end = begin
        while end < limit, end - begin < 10 {
            let token = tokens[end]
            if token.isPunctuation, token.hash != Words.hyphen, !(token.hash == Words.period && token.isAttached
                                                                  && end > begin && tokens[end - 1].length == 1) {
                break
            }
            if token.isDigits { break }
            if end > begin, token.isWord, !token.isCapitalized, Lexicon.has(token, .attribution)
                || Lexicon.has(token, .conjunction) || Lexicon.has(token, .auxiliary)
                || token.hash == Words.on || token.hash == Words.in || token.hash == Words.last
                || token.hash == Words.which || token.hash == Words.who {
                break
            }
            end += 1
        }
        guard end > begin else { return nil }
        return resolve(begin..<end)
    }

    /// The canonical source that the longest alias inside `range` names; else the words as
    /// an unknown name, or a generic reference.
    func resolve(_ range: Range<Int>) -> Attribution {
        var best: (start: Int, length: Int, name: SourceIndex)?
        var i = range.lowerBound
        while i < range.upperBound {
            if let found = extractor.sourceNames.match(tokens, at: i, limit: range.upperBound),
               found.length > (best?.length ?? 0), !isLowercaseShortAlias(i, length: found.length),
               // "the Nigerian Red Cross" is a national society, not the ICRC.
               !(i > range.lowerBound && People.groups.match(tokens, endingBefore: i, floor: range.lowerBound) != nil
                 && !extractor.sourceNames.contains(tokens, at: range.lowerBound)) {
                best = (i, found.length, found.value)
            }
            i += 1
        }
        let text = byteSpan(of: range)
        if let best, aliasNamesTheWhole(best.start + best.length, range) {
            return Attribution(source: best.name, textBytes: text, dropsArticle: true, span: range)
        }
        // "it", "the agency", "the ministry": someone named before. "officials", "security
        // sources", "Thai officials": someone new whom the text does not name.
        let first = tokens[range.lowerBound]
        let isAnaphoric = range.count == 1 && Lexicon.has(first, .pronoun)
            || (first.hash == Words.the || first.hash == Words.its) && range.dropFirst().allSatisfy { index in
                let token = tokens[index]
                return Lexicon.has(token, .generic) || token.roles.contains(.nameWord) && !token.isCapitalized
            }
        return Attribution(source: nil, textBytes: text, dropsArticle: true, span: range, isGeneric: isAnaphoric)
    }

    /// "Pentagon spokesman Pat Ryder" and "NATO officials" speak for the alias; "Kyiv's military
    /// administration", "UN experts" and "a UN report" are someone else.
    func aliasNamesTheWhole(_ aliasEnd: Int, _ range: Range<Int>) -> Bool {
        guard aliasEnd < range.upperBound else { return true }
        guard Attributions.roles.contains(tokens[aliasEnd].hash) else { return false }
        return (aliasEnd + 1..<range.upperBound).allSatisfy { tokens[$0].isCapitalized || Attributions.roles.contains(tokens[$0].hash)
            || tokens[$0].hash == Words.hyphen || tokens[$0].kind == .possessive }
    }

    /// "who" is no World Health Organization and "un" no United Nations: a short alias in
    /// capitals matches only when the text writes it in capitals.
    func isLowercaseShortAlias(_ index: Int, length: Int) -> Bool {
        length == 1 && tokens[index].length <= 4 && !tokens[index].isAllCaps && !tokens[index].isCapitalized
    }
}

/// The words around attributions.
enum Attributions {
    /// Cues that hand the claim to the one who briefed: "citing X", "after a briefing by X".
    static let relay = PhraseTable<Bool>([
        "citing", "cited by", "briefing by", "briefed by", "a briefing by", "a briefing from", "briefing from",
        "a closed-door briefing by", "a closed-door briefing from", "closed-door briefing by",
        "after being briefed by", "information from", "data from", "figures from", "estimates from",
        "an assessment by", "assessment by", "a report by", "report by", "quoting", "as reported by",
        "intelligence provided by", "according to a briefing by", "according to figures from",
        "according to data from", "according to estimates from",
    ], value: true, bit: .relay)

    /// "X's estimate", "the agency's figures": role `.estimateNoun`, asked of every word.
    static let possessiveNouns = ["estimate", "estimates", "figures", "data", "assessment", "tally", "count",
                                  "calculations", "figure", "toll", "statement", "report", "update"]

    /// The roles of people who speak for an organisation.
    static let roles = WordSet(["spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "officials",
                                         "chief", "head", "director", "minister", "secretary", "commander", "general",
                                         "press", "secretary-general", "deputy", "representative", "envoy", "adviser",
                                         "advisor", "sources", "source", "officers", "staff", "coordinator", "president"])

    /// "is estimated", "were reported": passive voice.
    static let passiveMarkers = WordSet(["is", "are", "was", "were", "been", "being", "be"])

    /// Small words inside names: "Mission in Ukraine", "Ministry of Defence", "Doctors at al-Ahli hospital".
    static let innerWordList = ["in", "at", "for", "of", "on", "de", "and"]

    /// Verbs that attribute only when a known source is their subject ("NIS put the number").
    static let weakVerbs = WordSet(["put", "puts", "counted", "counts", "recorded", "records",
                                             "documented", "registered", "revised", "raised", "lowered",
                                             "revises", "raises", "lowers",
                                             "updated", "showed", "shows", "indicated", "indicates",
                                             "published", "released", "calculated", "tallied", "verified",
                                             "suggested", "suggests", "believed", "believes", "believe",
                                             "report", "estimate", "claim", "records", "counts",
                                             "assessed", "assesses", "assess", "confirmed", "confirms"])

    static let betweenNameAndVerb = WordSet(["also", "has", "have", "had", "previously", "later",
                                                      "earlier", "now", "then", "separately", "again", "today",
                                                      "yesterday", "recently", "reportedly", "on", "last",
                                                      "week", "month", "further", "initially", "first",
                                                      "publicly", "officially", "however", "meanwhile", "instead"])

    /// Lower-case words that belong inside agency names.
    static let nameWordList = ["spy", "intelligence", "defence", "defense", "health", "general",
                                             "staff", "armed", "forces", "military", "national", "security",
                                             "human", "rights", "monitoring", "emergency", "disaster", "civil",
                                             "protection", "interior", "foreign", "affairs", "regional",
                                             "provincial", "local", "state", "federal", "media", "news",
                                             "humanitarian", "aid", "relief", "refugee", "children's", "war",
                                             "independent", "russian", "ukrainian", "british", "american",
                                             "for", "and", "management", "coordination", "migration",
                                             "hamas-run", "u.s.", "un", "u.n.", "top", "senior", "chief",
                                             "head", "press", "service", "spokesman", "spokeswoman",
                                             "spokesperson", "lawmaker", "lawmakers", "legislator", "analysts",
                                             "monitors", "observers", "researchers", "experts"]
}
