/// Reads one report, sentence by sentence, keeping what later sentences need: the last
/// source named (for "it said"), the last claim (for "another 2,700"), the subjects seen.
///
/// A long text is read a chunk of paragraphs at a time (`Chunks`). All that one chunk hands
/// to the next is a `Carry`, so that chunks can be read on several cores and joined
/// (`ClaimExtractor.claims(in:workers:)`).
struct ReportReader {
    /// The extractor and the document, behind one reference: the reader is copied whenever
    /// one of its reading methods is called from a mutating one (312 bytes so, 568 with them
    /// inline; no difference in CPU time was measured on the benchmark text).
    let context: Context
    var extractor: ClaimExtractor { context.extractor }
    var document: Document { context.document }
    let bytes: UnsafeBufferPointer<UInt8>
    let published: CalendarDay
    var tokens: [Token] = []
    /// What the reader has made and remembers that holds references (`State`): the reading
    /// methods' closures capture a copy of the reader, and each array held inline cost a
    /// retain and a release per copy (some 3% of `extract`'s time on the benchmark text).
    let state = State()

    /// Claims found so far, their subjects left empty until the whole report is read
    /// (`settle`): kept as claims from the start, so that settling moves no string.
    var claims: [Claim] {
        _read { yield state.claims }
        nonmutating _modify { yield &state.claims }
    }
    /// Who each claim's people are, as its sentence said: settle makes the subject of them.
    var people: [PeopleRef] {
        _read { yield state.people }
        nonmutating _modify { yield &state.people }
    }
    /// The last source the report named (known or not), for "it said", "he said", "the agency said".
    var lastKnownAttribution: Attribution?
    /// The previous sentence's attribution and paragraph, for continuing sentences.
    var previousAttribution: Attribution?
    var previousParagraph = -1
    /// Sentences of the chunk read so far, and the sentence of the last claim, for "another"
    /// across sentences (sentence 0: the chunk before's last sentence).
    var sentenceCount = 0
    var lastCandidateSentence: Int {
        get { state.lastCandidateSentence }
        nonmutating set { state.lastCandidateSentence = newValue }
    }
    /// The sentence of the last claim told as a toll ("The death toll ... has risen to 74"),
    /// for an earlier value of that toll ("had put the toll at 58").
    var lastTollSentence: Int {
        get { state.lastTollSentence }
        nonmutating set { state.lastTollSentence = newValue }
    }
    /// The last claim of the chunk before, when its last sentence made one and this reader
    /// holds no claim of its own yet.
    var entryClaim: Read? {
        _read { yield state.entryClaim }
        nonmutating _modify { yield &state.entryClaim }
    }
    /// The roles and phrase starts of the sentence being read, for the tests that can
    /// tell at once that it holds nothing they look for.
    var sentenceRoles: WordRoles = []
    var sentenceStarts: PhraseBits = []
    /// The count mentions of the sentence being read, kept between sentences for its room.
    var mentionBuffer: [NumberMention] {
        _read { yield state.mentionBuffer }
        _modify { yield &state.mentionBuffer }
    }
    /// The scopes of the last few sentences' claims, for a part or more of a toll told a
    /// sentence or two later ("Six of the injured were airlifted", "Five other soldiers
    /// were wounded").
    var recentScopes: RecentScopes {
        _read { yield state.recentScopes }
        nonmutating _modify { yield &state.recentScopes }
    }
    /// The last claim is a part told with an event of its own ("including 37 in a single
    /// attack"): the sentences after read on from its whole.
    var lastClaimIsOwnEventPart: Bool {
        get { state.lastClaimIsOwnEventPart }
        nonmutating set { state.lastClaimIsOwnEventPart = newValue }
    }

    /// The reader's state that holds references, behind one, and all else that reading a
    /// sentence's counts changes (`readClaims`): a reader is never copied to be read on apart
    /// (each chunk's reading makes its own), so sharing it loses nothing.
    ///
    /// Its properties are not checked for overlapping access at run time: only the reader that
    /// made it reaches it, one access at a time, and the checks (calls into the runtime at each
    /// of the dozens of accesses a count makes) were some 0.6% of `extract`'s samples in perf.
    final class State {
        @exclusivity(unchecked) var claims: [Claim] = []
        @exclusivity(unchecked) var people: [PeopleRef] = []
        @exclusivity(unchecked) var entryClaim: Read?
        @exclusivity(unchecked) var mentionBuffer: [NumberMention] = []
        @exclusivity(unchecked) var recentScopes = RecentScopes()
        @exclusivity(unchecked) var lastCandidateSentence = -10
        @exclusivity(unchecked) var lastTollSentence = -10
        @exclusivity(unchecked) var lastClaimIsOwnEventPart = false
    }

    final class Context: Sendable {
        let extractor: ClaimExtractor
        let document: Document

        init(extractor: ClaimExtractor, document: Document) {
            self.extractor = extractor
            self.document = document
        }
    }

    /// Who the people are, as far as the sentence says.
    struct PeopleRef: Equatable {
        var group: String?
        var kind: PeopleKind?
        /// The kind is only implied ("Ukrainians" are people): a named kind replaces it.
        var isWeak = false

        var isEmpty: Bool { group == nil && kind == nil }

        /// Takes the kind the words name, over one only implied.
        mutating func name(_ named: PeopleKind) {
            kind = named
            isWeak = false
        }
    }

    /// All that a sentence leaves to the sentences after it. Two readings of the same text
    /// that reach the same carry after the same sentence read the rest of it alike.
    struct Carry: Equatable, Sendable {
        var lastKnownAttribution: Attribution?
        var previousAttribution: Attribution?
        var previousParagraph = -1
        /// The last claim, when the sentence just read made it.
        var lastClaim: Read?
        var recentScopes = RecentScopes()
        /// Whether the last sentence told a toll, for an earlier value of it in the next: "... has
        /// risen to 74. The ministry had put the toll at 58" across a chunk's start.
        var lastSentenceToldToll = false

        /// Before the first sentence of a text.
        static let start = Carry()
    }

    init(extractor: ClaimExtractor, document: Document, bytes: UnsafeBufferPointer<UInt8>) {
        context = Context(extractor: extractor, document: document)
        self.bytes = bytes
        published = document.published ?? CalendarDay.today
    }

    /// The claims of the whole text, read chunk after chunk.
    mutating func read(_ chunks: [Range<Int>]) -> [Claim] {
        // Room for more claims than news text holds (a claim every 128 bytes), so that the
        // arrays never grow by copying: room never written costs address space, not memory.
        claims.reserveCapacity(bytes.count / 128)
        people.reserveCapacity(bytes.count / 128)
        var carry = Carry.start
        for chunk in chunks {
            read(chunk: chunk, from: carry)
            carry = self.carry
        }
        return settle()
    }

    /// What the sentences read so far leave to the next one.
    var carry: Carry {
        return Carry(lastKnownAttribution: lastKnownAttribution, previousAttribution: previousAttribution,
                     previousParagraph: previousParagraph,
                     lastClaim: lastCandidateSentence >= sentenceCount ? lastCandidateRead : nil, recentScopes: recentScopes,
                     lastSentenceToldToll: lastTollSentence == sentenceCount)
    }

    /// Reads the sentences of `chunk` as they follow what `entry` says of the text before.
    /// A chunk starts a paragraph.
    mutating func read(chunk: Range<Int>, from entry: Carry) {
        Tokenizer.tokenize(bytes, chunk, into: &tokens)
        begin(from: entry)
        read(SentenceSplitter.sentences(tokens)[...])
    }

    /// Sets the reader at the start of a chunk of the tokens held, after what `entry` says
    /// of the text before it.
    mutating func begin(from entry: Carry) {
        lastKnownAttribution = entry.lastKnownAttribution
        previousAttribution = entry.previousAttribution
        previousParagraph = -1
        sentenceCount = 0
        lastCandidateSentence = entry.lastClaim == nil ? -10 : 0
        // (The chunk before's last sentence is sentence 0.)
        lastTollSentence = entry.lastSentenceToldToll ? 0 : -10
        entryClaim = entry.lastClaim
        recentScopes = entry.recentScopes
    }

    /// Reads `sentences`, the next ones of the chunk. `after`, when given, is told each
    /// one's index among them, the carry it leaves and the claims then held; returning false
    /// stops the reading.
    mutating func read(_ sentences: ArraySlice<Sentence>, after: ((Int, Carry, Int) -> Bool)? = nil) {
        for (index, sentence) in sentences.enumerated() {
            read(sentence)
            if let after, !after(index, carry, claims.count) { return }
        }
    }

    // MARK: - One sentence

    /// "An-26", "CL-415", "AK-47": a model's number is part of its name, which the scanner
    /// told already (no count); the reads after it take the name's number for a word, so that
    /// it ends no phrase ("All 29 people on board a Russian An-26 military transport plane were
    /// killed", "when their Canadair CL-415 water-bombing plane crashed").
    /// (A short capitalized word or capitals before the hyphen, not a month; not a year:
    /// "mid-2024", "Jan-2025".)
    mutating func markModelNumbersAsWords(in range: Range<Int>) {
        for index in range where tokens[index].isDigits && tokens[index].isAttached && index - 2 >= range.lowerBound {
            let hyphen = tokens[index - 1], name = tokens[index - 2]
            guard hyphen.hash == Words.hyphen, hyphen.isAttached, name.isWord,
                  name.isAllCaps || name.isCapitalized && name.length <= 4,
                  !Lexicon.has(name, .month), yearNumber(tokens[index]) == nil else { continue }
            tokens[index].kind = .word
        }
    }

    mutating func read(_ sentence: Sentence) {
        // The roles and phrase starts of the sentence's words: a sentence with no report verb
        // attributes nothing, and most name no day, month or span of time, so that neither
        // their date nor a past reference needs looking for.
        var roles: WordRoles = []
        var starts: PhraseBits = []
        var hasModelNumber = false
        for index in sentence.tokens {
            roles.formUnion(tokens[index].roles)
            starts.formUnion(tokens[index].starts)
            if tokens[index].isDigits, tokens[index].isAttached, index >= 2, tokens[index - 1].hash == Words.hyphen {
                hasModelNumber = true
            }
        }
        sentenceRoles = roles
        sentenceStarts = starts
        if roles.contains(.attribution) { unmarkWordsThatReportNothing(in: sentence.tokens) }
        // The counts, in the reader's own buffer (put back when the sentence is read).
        var mentions = mentionBuffer
        mentionBuffer = []
        defer { mentionBuffer = mentions }
        NumberScanner(tokens: tokens, bytes: bytes).scan(sentence.tokens, into: &mentions, countsOnly: true)
        if hasModelNumber { markModelNumbersAsWords(in: sentence.tokens) }
        // "according to" starts a relay phrase too.
        let mayAttribute = starts.contains(.relay) || !roles.isDisjoint(with: [.attribution, .estimateNoun])
        let sentenceAttributions = mayAttribute ? attributions(in: sentence.tokens) : SentenceAttributions()
        let own = sentenceAttributions.chosen
        var attribution = own
        if attribution == nil, sentence.paragraph == previousParagraph {
            attribution = previousAttribution  // "Another 2,700 were wounded." continues the last sentence
        }
        if let resolved = own, resolved.isGeneric, let known = lastKnownAttribution {
            attribution = known  // "it said", "the agency said"
        }
        defer {
            previousAttribution = attribution
            previousParagraph = sentence.paragraph
            if let attribution, !attribution.isGeneric, !attribution.isOutlet { lastKnownAttribution = attribution }
        }
        sentenceCount += 1
        recentScopes.nextSentence()
        guard !mentions.isEmpty, !isCorrection(sentence.tokens) else { return }
        if roles.contains(.hardBreak) { unmarkWrappedTerms(in: sentence.tokens) }
        if roles.contains(.event) { unmarkEventWordsOfGear(in: sentence.tokens) }
        let namesDay = !roles.isDisjoint(with: [.weekday, .month, .yesterday])
        let namesTime = !roles.isDisjoint(with: [.weekday, .month, .timeUnit])
        let sentenceDate = namesDay ? date(of: sentence.tokens) : published
        readClaims(of: mentions, in: sentence, attributions: sentenceAttributions, own: own, attribution: attribution,
                   namesTime: namesTime, date: sentenceDate)
    }

    /// The claims that `mentions`, the counts of `sentence`, make, given the sentence's
    /// attributions, its own, the one it takes and its date. Not mutating: all it changes is
    /// held by `state`, so that the dozens of tests it asks of each count read the reader in
    /// place, where a mutating method copied the whole reader for each call (some 3% of
    /// `extract`'s time on the benchmark text).
    func readClaims(of mentions: [NumberMention], in sentence: Sentence, attributions sentenceAttributions: SentenceAttributions,
                    own: Attribution?, attribution: Attribution?, namesTime: Bool, date sentenceDate: CalendarDay) {
        // The sentence is every claim's quote: made once, shared by the claims it holds.
        var quote: String?
        var sourceTexts: (bytes: Range<Int>, dropsArticle: Bool, text: String?)?
        var previous: Read?
        // Where the next number's clause may start: after the last number, unless that one
        // counted things ("In February 2023, two earthquakes killed more than 53,000": the
        // 53,000's clause keeps its date).
        var floor = sentence.tokens.lowerBound
        // The sentence's last claim, when its words set no scope and it fell to `total`: an
        // event named after the number joined to it is its event too ("killed 47 Malian soldiers
        // and \"dozens\" of Russian fighters in a two-day battle").
        var defaultedClaim: Int?
        var passedUnclaimed = false
        // Where the phrase of troops that a verb of leaving or training governs ends: troops
        // joined to it by "and" are governed too ("expelled about 1,100 US troops and some 1,500
        // French soldiers").
        var notDeployedEnd: Int?
        // Whether the number before counted animals: a bare number after it counts them too.
        var countedAnimals = false
        for (index, mention) in mentions.enumerated() {
            var countsThings = false
            let afterAnimals = countedAnimals
            countedAnimals = false
            defer { if !countsThings { floor = mention.tokens.upperBound } }
            // "killing at least 34 soldiers, two security sources said": a count of the
            // speakers, not a figure.
            if countsSpeakers(mention, sentenceAttributions) { continue }
            // "three wounded for every soldier killed", "one crossing in 44": a ratio; "228 people
            // were killed in March, not 237 as previously reported": a number withdrawn.
            // ("deaths per 10,000 apprehensions rose to 3.5", "the fatality rate dropped to 0.09": a
            // part of one counts no people.) ("cold storage built for 200 bodies": what a place holds.)
            if isRatio(mention, floor: sentence.tokens.lowerBound, limit: sentence.tokens.upperBound) || isWithdrawn(mention, limit: sentence.tokens.upperBound)
                || isAge(mention, floor: sentence.tokens.lowerBound, limit: sentence.tokens.upperBound)
                || isFraction(mention, floor: sentence.tokens.lowerBound) || isPerUnit(mention, floor: sentence.tokens.lowerBound)
                || isEachOf(mention, floor: sentence.tokens.lowerBound) || isLegalActionAgainst(mention, floor: sentence.tokens.lowerBound)
                || isCapacity(mention, floor: sentence.tokens.lowerBound, limit: sentence.tokens.upperBound)
                || isNamedFigure(mention, floor: sentence.tokens.lowerBound)
                || isYearOfToll(mention, limit: sentence.tokens.upperBound) {
                continue
            }
            // "13 of the 21 seafarers": the 21 is the whole the part is counted from, not a
            // figure, and the part's clause runs on past it.
            // (A whole that names its own figure, "two of the 30 injured", is still a claim.)
            // (A whole of captives is: "released 38 of the 87 pupils they abducted"; so is one of
            // troops sent: "about 4,700 of the roughly 14,000 North Korean troops sent to Russia".)
            var isDeployedWhole = false
            if followsPart(mention, floor: sentence.tokens.lowerBound) {
                let whole = nounPhrase(after: mention.tokens.upperBound, limit: sentence.tokens.upperBound)
                // ("11 of the 15 people injured in the clash had been discharged": a whole that its
                // participle names the casualties of is a claim too.)
                if whole.trigger == nil, !isCaptiveWhole(npEnd: whole.end, limit: sentence.tokens.upperBound),
                   !isCasualtyWhole(whole, limit: sentence.tokens.upperBound) {
                    guard isDeployed(whole, limit: sentence.tokens.upperBound) else { continue }
                    isDeployedWhole = true
                }
            }
            // "Of the 49, 21 were women": the whole, told again, that the parts after it are of.
            // (With more words than its figure's and a window, only when a claim told it before:
            // "Of the 96 people injured in the attack, 21 remain in hospital" may be its first telling.)
            if mention.tokens.lowerBound == sentence.tokens.lowerBound + 2,
               let whole = wholeToldAgain(opening: sentence.tokens), whole.numberEnd == mention.tokens.upperBound,
               !whole.isLong || whole.figure.map({ recentScopes.hasTold($0, value: mention.quantity.value) }) == true {
                continue
            }
            var next = index + 1
            if next < mentions.count, followsPart(mentions[next], floor: mention.tokens.lowerBound) { next += 1 }
            // ("Twelve of the survivors, among them three children, were flown to ... hospital": the
            // parts in an aside right after the people end no clause of theirs.)
            if next < mentions.count, let close = partAsideClose(after: mention, part: mentions[next], limit: sentence.tokens.upperBound) {
                while next < mentions.count, mentions[next].tokens.lowerBound < close { next += 1 }
            }
            let left = floor
            let right = next < mentions.count ? mentions[next].tokens.lowerBound : sentence.tokens.upperBound
            let clause = clauseBounds(of: mention, left: left, right: right)
            // "launched 476 drones and 48 missiles, and that 441 of them had been shot down": a
            // part of things the number before counted, no claim.
            // ("pulled 61 people alive from the rubble, 23 of them with serious injuries": the
            // injured among them are a count of their own.)
            if index > 0, isPartOfThem(mention), previous.map({ $0.end <= mentions[index - 1].tokens.lowerBound }) ?? true,
               !isInjuredPart(mention), !isCasualtyPart(mention), !isDeployedPartOfTroops(mention, whole: mentions[index - 1]) {
                continue
            }
            // ("Trains have killed 19 elephants in the state since 2020, and at least 40 have been
            // electrocuted", "killed two crocodiles ... and removed another 14": animals again.)
            if afterAnimals, nounPhrase(after: mention.tokens.upperBound, limit: clause.upperBound).isEmpty {
                countsThings = true
                countedAnimals = true
                continue
            }
            // (A part's phrase may run past its whole: "two of the 30 injured were children".)
            // (An `if`, not a closure on `previous`: a closure here copies the whole reader.)
            var linked: Read?
            if let previous, previous.end <= mention.tokens.lowerBound, isLinked(previous.end..<mention.tokens.lowerBound)
                || previous.figure == .deployed && isJoinedAfterPlace(previous.end..<mention.tokens.lowerBound)
                || (previous.figure == .killed || previous.figure == .wounded || previous.figure == .missing)
                    && isAlongWith(before: mention.tokens.lowerBound, floor: previous.end) {
                linked = previous
            }
            var window = scopeWindow(of: mention, clause: clause, sentence: sentence.tokens, attribution: own)
            if let linked, !hasOwnSince(mention, windowEnd: window.upperBound, sentence: sentence.tokens) {
                window = linked.clauseStart..<window.upperBound
            }
            // (Not past a count of the sentence that was no claim: "treated more than 2,300 patients
            // ..., up from 1,100 the week before" is no earlier value of the claim a sentence back.)
            // (A figure named again reaches one sentence further: "... raising the number of bodies
            // found to 361. Of the 361, 252 have been identified. In January it had put the number
            // at 344.")
            // (Put "at" the number only: not "That takes the total for 2025 to more than 14,800" after
            // a sentence of other counts.)
            let isInReach = lastCandidateSentence >= sentenceCount - 1
                || lastCandidateSentence == sentenceCount - 2 && mention.tokens.lowerBound > sentence.tokens.lowerBound
                && tokens[mention.tokens.lowerBound - 1].hash == Words.at
                && (mention.tokens.upperBound >= sentence.tokens.upperBound || tokens[mention.tokens.upperBound].isPunctuation
                    || Lexicon.has(tokens[mention.tokens.upperBound], .preposition))
                && isFigureReference(before: mention.tokens.lowerBound, floor: sentence.tokens.lowerBound)
            let recent = isInReach && !passedUnclaimed ? lastCandidateRead : nil
            guard var found = figure(of: mention, clause: clause, window: window, sentence: sentence.tokens,
                                     previous: previous, linked: linked, attribution: own, recent: recent,
                                     following: mentions[(index + 1)...]) else {
                let phrase = nounPhrase(after: mention.tokens.upperBound, limit: clause.upperBound)
                countsThings = phrase.isKnownThing
                countedAnimals = phrase.isKnownThing && phrase.end > mention.tokens.upperBound
                    && Words.animalNouns.contains(tokens[phrase.end - 1].hash)
                // ("The navy has trained 1,200 sailors and 300 marine engineers", "trained 11 quick-reaction
                // companies, some 1,700 Mozambican soldiers": people or units a verb counts as they
                // train or leave, no claim, and so the object joined to them.)
                if !phrase.isEmpty, isOtherThanDeployment(before: mention.tokens.lowerBound, floor: clause.lowerBound) {
                    // (Past the words of its noun, which the phrase may stop short of: "quick-reaction".)
                    var end = max(phrase.end, mention.tokens.upperBound)
                    while end < min(clause.upperBound, mention.tokens.upperBound + 6),
                          tokens[end].isWord && !Lexicon.has(tokens[end], .conjunction) && !Lexicon.has(tokens[end], .preposition)
                            || tokens[end].hash == Words.hyphen && tokens[end].isAttached {
                        end += 1
                    }
                    notDeployedEnd = end
                }
                // (A count of the speakers is none: "Two European diplomats said a further 400 had arrived".)
                if !(own?.span.contains(mention.tokens.lowerBound) ?? false) { passedUnclaimed = true }
                continue
            }
            // (The troops sent are counted whole, whatever befell the part.)
            if isDeployedWhole { found.figure = .deployed }
            // "security forces have sent 57 khwarij to hell": the dead, as Pakistan's military
            // writes them, no deployment.
            if found.figure == .deployed, isSentToHell(after: max(found.npEnd, mention.tokens.upperBound), limit: clause.upperBound) {
                found.figure = .killed
            }
            if found.figure == .deployed, isHeldAsCaptives(after: max(found.npEnd, mention.tokens.upperBound), limit: sentence.tokens.upperBound) {
                found.figure = .captured
            }
            if found.isRelative { window = window.lowerBound..<max(window.upperBound, clause.upperBound) }
            // ("..., and nearly 25,000 since 2014": the time after it, not the one before the comma.)
            if found.hasOwnTime { window = mention.tokens.lowerBound..<max(mention.tokens.upperBound, window.upperBound) }
            if let start = found.labelStart ?? headlineLabel(before: mention, sentence: sentence.tokens)?.lowerBound {
                window = min(start, window.lowerBound)..<window.upperBound
            }
            if let held = heldClaim(found, mention: mention, floor: sentence.tokens.lowerBound, avoiding: own?.span ?? 0..<0) {
                found = held
            }
            // ("found the bodies of five of the six skiers who went missing": bodies are the dead,
            // whatever a part's whole or a relative clause calls them.)
            if isDeathOfTheHurt(mention, figure: found.figure, floor: clause.lowerBound) { found.figure = .killed }
            var people = found.people
            if found.figure == .deployed, let kind = people.kind, !kind.isCombatant, !people.isWeak { continue }
            if found.figure == .deployed, isOtherThanDeployment(before: mention.tokens.lowerBound, floor: clause.lowerBound)
                || notDeployedEnd.map({ end in end < mention.tokens.lowerBound
                    && isJoinedObject(from: end, to: mention.tokens.lowerBound)
                    // (Not the subject of a clause of its own after a comma: "Months after the junta
                    // expelled some 1,500 French soldiers, about 100 Russian military personnel arrived".)
                    && !((end..<mention.tokens.lowerBound).allSatisfy { tokens[$0].hash == Words.comma }
                         && found.npEnd < clause.upperBound
                         && (isFinitePast(found.npEnd) || Lexicon.has(tokens[found.npEnd], .auxiliary)))
                }) == true {
                notDeployedEnd = max(found.npEnd, mention.tokens.upperBound)
                continue
            }
            // (Nor are gunmen or raiders counted troops: "About 20 gunmen arrived in three cars".)
            // ("the insurgents have between 200 and 300 fighters left": those that remain, no departure.)
            // ("would deploy 1,500 additional soldiers trained in counter-drone warfare": a participle
            // right after the object of a verb that sends them (a deployment trigger's active verb)
            // tells what they are, no departure.)
            if found.figure == .deployed, isDeparture(after: found.npEnd, limit: sentence.tokens.upperBound)
                && !isRemaining(mention, npEnd: found.npEnd, floor: clause.lowerBound)
                && !(found.npEnd < clause.upperBound && isFinitePast(found.npEnd)
                     && Range(max(clause.lowerBound, mention.tokens.lowerBound - 3), upTo: mention.tokens.lowerBound).contains {
                         extractor.triggers.match(tokens, at: $0, limit: mention.tokens.lowerBound)
                             .map { $0.value.figure == .deployed && $0.value.isActiveVerb } == true
                     })
                || isPlight(after: found.npEnd, limit: sentence.tokens.upperBound)
                // ("57 suspects, including 43 soldiers, had been arrested": the verb past the aside
                // they are part of.)
                || mention.tokens.lowerBound > clause.lowerBound && tokens[mention.tokens.lowerBound - 1].hash == Words.including
                    && found.npEnd + 1 < sentence.tokens.upperBound && tokens[found.npEnd].hash == Words.comma
                    && isPlight(after: found.npEnd + 1, limit: sentence.tokens.upperBound)
                // ("in the largest exchange ..., with 270 soldiers and 120 civilians returning to each
                // side": captives handed back in a swap, no deployment.)
                // (Nor troops freed after a count of captives: "the ELN had kidnapped 43 soldiers ...,
                // and that 29 had since been freed".)
                || isRelease(after: found.npEnd, limit: sentence.tokens.upperBound)
                    && (sentence.tokens.contains(where: { Words.swapWords.contains(tokens[$0].hash) }) || previous?.figure == .captured)
                || Words.gunmenNouns.contains(tokens[max(found.npEnd, mention.tokens.upperBound) - 1].hash)
                || isLeavingArms(mention, npEnd: found.npEnd, limit: sentence.tokens.upperBound) { continue }
            // (Nor are the fighters of one attack: "around 25 to 30 terrorists armed with heavy
            // weapons had stormed the post", "an assault by dozens of fighters".)
            if found.figure == .deployed, people.kind.map({ $0.isCombatant && $0.slug != "troops" }) ?? false,
               isAttackers(mention, npEnd: found.npEnd, limit: sentence.tokens.upperBound, floor: sentence.tokens.lowerBound) {
                continue
            }
            // "sentenced 17 people to death": a sentence, no death.
            // (Nor a deployment: "A military court sentenced five soldiers to 20 years", "Police
            // arrested five soldiers over the killings".)
            if found.figure == .killed || found.figure == .deployed, isSentence(before: mention.tokens.lowerBound, floor: clause.lowerBound,
                                                                                   sentenceStart: sentence.tokens.lowerBound)
                || found.figure == .deployed && isArrest(before: mention.tokens.lowerBound, floor: clause.lowerBound) { continue }
            // "Four police officers have been charged with murder over the death of a blogger".
            // (Not people whom the verb before them killed: "Belarus hanged three men convicted of
            // sabotage".)
            if isCharged(after: max(found.npEnd, mention.tokens.upperBound), limit: sentence.tokens.upperBound),
               !(found.figure == .killed && [1, 2].contains(where: { back in
                   let at = mention.tokens.lowerBound - back
                   return at >= clause.lowerBound
                       && extractor.triggers.match(tokens, at: at, limit: mention.tokens.lowerBound)?.value.figure == .killed
               })) {
                continue
            }
            if found.isSubset, isIdentified(after: max(found.npEnd, mention.tokens.upperBound), limit: sentence.tokens.upperBound) {
                continue
            }
            // (Not those a release is still to free: "to rescue the remaining 49 students still in captivity".)
            // (Nor suspects held for trial: "48 suspects were being held at Rumbek central prison".)
            // (Nor a part of people freed, held no more: "About 300 of the freed inmates were political
            // prisoners".)
            if found.figure == .captured, isRelease(before: mention.tokens.lowerBound, floor: clause.lowerBound)
                && !isStillCaptive(mention, npEnd: found.npEnd, limit: clause.upperBound)
                || isArrest(before: mention.tokens.lowerBound, floor: clause.lowerBound)
                || people.kind?.slug == "suspects" || isHeldByAPlace(mention, sentence: sentence.tokens)
                || isPartOfTheFreed(mention) { continue }
            // "41 hostages, among them women and children, had been freed": captives who go free
            // are no casualty at all.
            // (Not the whole a part is of: "one of three aid workers abducted ... last week had been
            // released" frees the one.)
            if found.figure == .captured || Words.captiveKinds.contains(Hashing.hash(people.kind?.slug ?? "")),
               !followsPart(mention, floor: sentence.tokens.lowerBound),
               isRelease(after: found.npEnd, limit: sentence.tokens.upperBound) {
                continue
            }
            // "Six of the people previously listed as missing have been found alive", "three people
            // listed as missing were found safe": the missing who turned up are missing no more.
            if found.figure == .missing, isFoundAlive(after: max(found.npEnd, mention.tokens.upperBound), limit: sentence.tokens.upperBound) {
                continue
            }
            if found.figure == .deployed, people.kind == nil || people.isWeak {
                people.kind = PeopleKind(slug: "troops", isCombatant: true)
                people.isWeak = false
            }
            // ("killed 34 people ... The fires broke out on Sunday. Another 26 soldiers were injured":
            // a claim a few sentences back still tells another figure from an increment.)
            let lastFigure = previous?.figure ?? (lastCandidateSentence >= sentenceCount - 1 ? lastCandidateRead?.figure : nil)
                ?? recentScopes.latestFigure
            let past = namesTime ? pastReference(in: sentence.tokens, mention: mention) : nil
            // (An earlier value of a toll told before is of its scope, only dated back: "On Sunday,
            // officials had put it at 31".)
            var ownScope = scope(of: mention, figure: found.figure, clause: clause, window: window, sentence: sentence.tokens,
                                 previousFigure: lastFigure, npEnd: found.npEnd, isPastReference: past != nil && !found.isRestated)
            // "Since post-election protests began in October, at least 4,200 people have been
            // arrested and at least 17 detainees have died in custody": a time put before the
            // sentence's first clause is the time of the clauses joined to it, when a clause
            // between made no claim to take it from.
            if ownScope == nil, previous == nil, let opening = frontedTimeEnd(sentence.tokens), opening < window.lowerBound,
               mentions[0].tokens.lowerBound > opening {
                ownScope = scope(of: mention, figure: found.figure, clause: clause, window: sentence.tokens.lowerBound..<window.upperBound,
                                 sentence: sentence.tokens, previousFigure: lastFigure, npEnd: found.npEnd,
                                 isPastReference: past != nil && !found.isRestated)
            }
            let isMore = isAnother(mention)
            // ("Seventeen people were killed in the attack, among them ..., and 38 were wounded": a
            // bare number after another claim of the sentence is of the same event, in its scope.)
            // (So is a number after "and" whose verb is left out: "Since the beginning of May, 61
            // civilians have been killed in the region and 402 wounded".)
            let isBare = !found.hasOwnTime && found.npEnd <= mention.tokens.upperBound
                || previous.map { before in
                    before.figure != found.figure && before.end < mention.tokens.lowerBound - 1
                        && tokens[mention.tokens.lowerBound - 1].hash == Words.and
                        && (found.npEnd >= clause.upperBound || tokens[found.npEnd].isPunctuation)
                } ?? false
            // ("The toll ... rose to 34 after three more of the injured died. ... Another 76 people
            // were wounded": another figure of the toll's event, not of the increment's.)
            // ("rose to 23 ... after rescuers pulled two more bodies ... Among the dead were four
            // children": a part, a sentence on, of the toll, not of the increment.)
            // (A part of the injured, after a claim of another figure, is of the last toll of the
            // injured: "112 civilians had been killed ... in the past seven days ... had received 41
            // of the wounded", the wounded of the market strike told before.)
            // (The injured only: "Among the dead were 10 women" after the wounded of a toll is of
            // the claim just before as often as of the dead before it, on the corpus and the gates.)
            let isOtherFigureBefore = found.figure == .wounded && !isMore && previous == nil
                && recent.map({ $0.figure != found.figure }) == true
            let inherited = (found.isSubset && isOtherFigureBefore ? recentScopes.scope(of: found.figure) : nil)
                ?? (found.isSubset || isMore ? (previous ?? recent) : nil).map { before in
                // ("has killed 16 miners ..., and rescuers were searching for two others who remained
                // unaccounted for. Another nine miners were injured": of the dead's event, not of
                // those missing now.)
                if isMore, before.figure == .missing, found.figure != .missing, recentScopes.scope(of: .killed) == .incident {
                    return .incident
                }
                return before.scope == .change && (isMore && before.figure != found.figure || !isMore && previous == nil)
                    ? recentScopes.scope(of: before.figure) ?? before.scope : before.scope
            }
            // ("The death toll from Saturday's attack has risen to 52 ... On Sunday, officials had put
            // it at 31": the toll's scope.)
            // (Not an increment's: "it" is the toll.)
            // (Over the `total` a bare toll's words suggest: "The ministry had put the toll at 58 on Friday".)
            // (After an increment, the toll's that the increment added to: "killed in an attack on
            // Saturday, ..., raising the toll by five overnight. On Saturday evening he had put the
            // toll at nine".)
            // (Not a projection's: "the toll could pass 35. A day earlier, the minister had put the
            // toll at 19" restates the toll the projection was of.)
            let restated = found.isRestated
                ? (previous ?? recent).flatMap { $0.figure != found.figure || $0.scope == .projection ? nil
                        : $0.scope == .change ? recentScopes.scope(of: $0.figure) : $0.scope }
                    ?? recentScopes.scope(of: found.figure)
                : nil
            // ("73 people are now confirmed dead, a rise of 12 since its afternoon briefing, and 1,018
            // have been injured": joined after an increment of another figure, of the toll the
            // increment was of.)
            let carried = linked.map { ($0.scope, $0.figure) } ?? (isBare ? previous.map { ($0.scope, $0.figure) } : nil)
            let carriedScope = carried.map { scope, figure in
                scope == .change && !isMore && figure != found.figure ? recentScopes.scope(of: figure) ?? scope : scope
            }
            // (A toll is no increment: "four more soldiers had died, bringing the toll to 15" keeps
            // its own `total` over the increment's scope it would restate.)
            let restatesToll = restated != nil && !(restated == .change && ownScope == .total)
            let told = (restatesToll && ownScope == .total ? nil : ownScope) ?? inherited ?? (restatesToll ? restated : nil)
                ?? (linked != nil ? carriedScope : nil) ?? (isMore ? recentScopes.latest : nil) ?? carriedScope
            var scope = told ?? .total
            // "187 people were killed in August ..., compared with 208 in July": a count compared
            // with a window's count is another window's, though its month dates it back.
            if scope == .total, let before = previous, before.scope == .period, before.figure == found.figure,
               isComparison(before: mention.tokens.lowerBound, floor: sentence.tokens.lowerBound) {
                scope = .period
            }
            // "will send 250 more troops ..., and Norway about 120", "sent 200 troops ..., and Romania
            // about 100 more": what the number before was, plan or total ("more" is more than
            // the other group's, not an increase).
            if found.isGapped, let before = previous, ownScope == nil || ownScope == .change { scope = before.scope }
            // "militants killed about 1,200 Israelis ... on Oct. 7, 2023, and took 251 hostages": a
            // second act of the same subject, joined by "and", is of the first act's event.
            var jointAct: Claim?
            if scope == .total, ownScope == nil, let before = previous, before.scope == .incident, let last = claims.last,
               isJointAct(mention, after: before.end) {
                scope = .incident
                jointAct = last
            }
            // "Ukrainian drones killed 43 civilians in the Kursk region last year and injured 296": a
            // second act joined so to a count over a window or to date shares it, over the event its
            // subject ("drones", "attacks") names; not one with an event word of its own after it.
            // (A total only told to date, with "since" or the perfect; and only the act right after the
            // count's own: not "sent 120 soldiers to the valley, where gunmen ambushed a convoy and
            // killed eight people".)
            if scope == .incident, jointAct == nil, let before = previous, before.figure != found.figure, let last = claims.last,
               before.scope == .period || before.scope == .total && (sentence.tokens.lowerBound..<mention.tokens.lowerBound).contains(where: {
                   tokens[$0].hash == Words.since || Lexicon.has(tokens[$0], .perfect)
               }),
               isJointAct(mention, after: before.end), !(before.end..<mention.tokens.lowerBound - 2).contains(where: { isFinitePast($0) }),
               !(mention.tokens.upperBound..<sentence.tokens.upperBound).contains(where: { Lexicon.has(tokens[$0], .event) }) {
                scope = before.scope
                jointAct = last
            }
            // "A suicide bomber killed 15 people at a market on Wednesday. ... The ministry had
            // reported 17 dead on Monday", "On 10 June, OCHA reported 38 deaths": an earlier report
            // of the toll of the event counted a few sentences back is of that event.
            // (Over the `total` that its past day or its words, "stood at", "the toll", suggest;
            // dated back to that day as a restated toll is.)
            // (A number joined to one is too: "the previous toll ... was 58 martyrs and 126 wounded".)
            var isEarlierEventReport = false
            // (A number joined to such a report's is too, of another figure: "had put the toll at 12
            // dead and 58 injured".)
            // (The joined report's scope first, over a count of the figure told between: "34 people
            // were being treated in hospital. ... had put the toll at nine dead and 51 injured".)
            let joinedScope = previous.flatMap {
                $0.end == mention.tokens.lowerBound - 1 && tokens[$0.end].hash == Words.and ? $0.scope : nil
            }
            if scope == .total, ownScope == nil || ownScope == .total, inherited == nil, restated == nil, found.figure != .deployed,
               joinedScope == .incident || (recentScopes.scope(of: found.figure) ?? joinedScope) == .incident,
               isEarlierReport(before: mention, clause: linked.map { $0.clauseStart..<clause.upperBound } ?? clause, sentence: sentence.tokens)
                || isOtherTollOfEvent(mention, clause: clause, figure: found.figure)
                || joinedScope == .incident && isJoinedToOtherToll(index, in: mentions, previous: previous, clause: clause) {
                scope = .incident
                isEarlierEventReport = true
            }
            // ("On Monday evening police had put the toll from the bombing at 19": an event's toll
            // an earlier report gave is dated to that report, as the bare toll is.)
            if scope == .incident, ownScope == .incident, past != nil, !isEarlierEventReport,
               isEarlierReport(before: mention, clause: linked.map { $0.clauseStart..<clause.upperBound } ?? clause,
                               sentence: sentence.tokens) {
                isEarlierEventReport = true
            }
            // "Three Somali soldiers lost their lives ... during the operation", "six soldiers were
            // martyred ... in the fighting": the operation or fighting of an incident told a few
            // sentences back is that incident.
            if scope == .total, ownScope == nil || ownScope == .total, inherited == nil, found.figure != .deployed,
               recentScopes.hasIncident, isTheStorysFighting(in: window) {
                scope = .incident
            }
            // "Three children were among the dead", "About 300 of the wounded were ...": a part is
            // of its whole's scope, over a total the part's own words suggest.
            // (A part of the wounded or the dead takes the scope of the last such toll, when no
            // claim came just before: "27 injured when their bus crashed ... Six of the injured
            // were airlifted", "... Four children were among the dead".)
            // (Not an increment a sentence back, as above.)
            // (So is a part of the wounded that died since: "17 were taken to hospital ..., and four
            // of them have since died".)
            // (And after "Of the wounded,": "Of the wounded, 77 died of their injuries".)
            let isWoundedThatDied = found.figure == .killed && (previous ?? recent)?.figure == .wounded
                && (isPartOfThem(mention) || isPartAfterOfThose(mention)
                    || previous == nil && leadingSubset(of: sentence.tokens, recent: recent)?.figure == .wounded)
            // (So is a part after "Of those," of a casualty count: "killed or injured at least 6,279 people
            // in 2024 ... Of those, 1,945 were killed".)
            let isPartOfThoseCasualties = isPartAfterOfThose(mention) && (previous ?? recent).map { $0.figure != .deployed } == true
            // (Over an event its whole's clause names, when the whole took a window: "Over the same
            // week, 11 people were killed in the raids, among them two vigilantes"; not a part with
            // an event or a day of its own: "including 31 in a single operation ... on Feb. 9".)
            let isPartOfWindowedWhole = found.isSubset && scope == .incident && previous?.scope == .period
                && isSubsetCue(before: mention.tokens.lowerBound, floor: clause.lowerBound)
                && !(mention.tokens.upperBound..<clause.upperBound).contains {
                    !tokens[$0].roles.isDisjoint(with: [.event, .weekday, .month])
                }
                && !contains(Cues.singleEvent, in: mention.tokens.upperBound..<clause.upperBound)
                && !isSingleNamedEvent(in: mention.tokens.upperBound..<clause.upperBound)
            // (Not troops of a planned whole that are there now: "a brigade of about 4,800 soldiers
            // in Lithuania by 2027, of whom about 500 are already there".)
            let isPresentPart = found.figure == .deployed && scope == .total
                && isPresentNow(after: mention, npEnd: found.npEnd, limit: clause.upperBound)
            if scope == .total || isPartOfWindowedWhole, !isPresentPart,
               found.isSubset || isPartOfToll(mention) || isWoundedThatDied || isPartOfThoseCasualties
                // ("injuring five crew members ... Two of them were taken to hospital with shrapnel
                // wounds": a part of the people the claim before counted, in that claim's figure.)
                || isPartOfThem(mention) && (previous ?? recent)?.figure == found.figure,
               var whole = (isPartOfThoseCasualties || !isOtherFigureBefore ? nil : recentScopes.scope(of: found.figure))
                    ?? (previous ?? recent)?.scope ?? recentScopes.scope(of: found.figure)
                    // ("a riot ... that left at least 6 inmates dead ... Four of the injured were
                    // transferred to the hospital": the injured of the story's event, never counted.)
                    ?? (ownScope == nil && recentScopes.hasIncident && isPartOfTheCasualties(mention) ? .incident : nil) {
                if previous == nil, whole == .change { whole = recentScopes.scope(of: found.figure) ?? .total }
                // A part of "the fresh deaths" is of the increment.
                if found.isSubset, opensWithIncrementWhole(sentence.tokens) { whole = .change }
                scope = whole
            }
            // "killed 41 people over the past 24 hours, including 21 in a strike on a house": a part
            // told with an event of its own is that event's (and the whole stays the toll the
            // sentences after speak of: "the dead included 41 civilians").
            // ("41 of the victims were bystanders caught in crossfire", "110 of the victims were over
            // 60 years old": the whole's, over what the part's words suggest.)
            if found.hasWholeScope, let whole = (previous ?? recent)?.scope {
                scope = whole == .change ? recentScopes.scope(of: found.figure) ?? .total : whole
            }
            // "Of the dead, 166 were children", "Of the 78 deaths in 2024, 12 were children": a part
            // of the whole its sentence opens on, in that whole's scope (`openingWholeScope`).
            if previous == nil, ownScope == nil || ownScope == .total,
               let whole = openingWholeScope(of: found.figure, mention: mention, sentence: sentence.tokens) {
                scope = whole
            }
            // "killed or wounded 434 people in Afghanistan last year ... Of the 434, 147 were killed
            // and 287 injured": parts of a whole told again by its number alone are in the scope of
            // the claim that told it.
            if ownScope == nil || ownScope == .total, let whole = wholeToldAgain(opening: sentence.tokens), whole.figure == nil,
               !whole.isLong, mention.tokens.lowerBound > whole.comma,
               let told = mentions.first(where: { $0.tokens.upperBound == whole.numberEnd }),
               let wholeScope = recentScopes.toldScope(value: told.quantity.value), wholeScope != .change, wholeScope != .projection {
                scope = wholeScope
            }
            var isOwnEventPart = false
            if scope == .period || scope == .total, isPartInOwnEvent(mention) {
                scope = .incident
                isOwnEventPart = true
            }
            if ownScope == nil, !found.isGapped {
                // A part of a plan is not planned ("could rise to 100 ... 60 children were among the
                // dead"), and people still missing after an attack are missing now ("Nine others
                // are missing"): neither takes the scope of the number before.
                // (But troops joined to troops planned share their verb: "will also involve about
                // 1,000 British soldiers from the NATO battlegroup at Tapa and some 400 U.S. troops".)
                // (Not across a comma: "is authorised to have up to 11,900 troops, but only about 10,600
                // were on the ground".)
                let sharesPlan = found.figure == .deployed && linked.map { before in
                    before.figure == .deployed && before.scope == .projection && tokens[mention.tokens.lowerBound - 1].hash == Words.and
                        && !(before.end..<mention.tokens.lowerBound).contains { tokens[$0].isPunctuation && tokens[$0].hash != Words.hyphen }
                } == true
                // (Nor troops "including" which a plan counts: "will contribute around 12,000 service
                // members, including 5,000 US Marines based on Okinawa".)
                || found.figure == .deployed && found.isSubset && previous.map { $0.figure == .deployed && $0.scope == .projection } == true
                    && mention.tokens.lowerBound > clause.lowerBound && tokens[mention.tokens.lowerBound - 1].hash == Words.including
                // (A second act's missing are its event's, when the event is dated back, below: "The
                // volcano's eruption in June 2018 killed 215 people and left 229 missing".)
                if scope == .projection && !sharesPlan || scope == .incident && found.figure == .missing && jointAct == nil {
                    scope = .total
                }
            }
            // A count of an event under a past month with its year that opens the sentence is that
            // event's: "In August 2022, 21 people were killed during a 30-hour siege".
            // (Over the `total` that people left missing after an event are: "In December 2012,
            // Typhoon Bopha killed more than 1,000 people ... and left over 800 missing".)
            if scope == .total, ownScope == nil || ownScope == .total, restated == nil, found.figure != .deployed,
               isPastMonthsEventCount(mention, figure: found.figure, npEnd: found.npEnd, sentence: sentence.tokens) {
                scope = .incident
            }
            // "recovered 61 bodies in the past 24 hours, and around 40 people remain missing":
            // missing now, whatever window the sentence tells the dead in.
            // (Nor in an event's clause or after a plan: "17 people are now confirmed dead in the attack
            // and at least nine residents remain unaccounted for", "the toll was likely to rise, with
            // about a dozen pupils still unaccounted for".)
            // The whole of captives taken in one raid is that raid's: "released 38 of the 87 pupils
            // they abducted from a boarding school last month".
            // So is "the abduction of 276 schoolgirls from Chibok in April 2014" (or "in April");
            // not abductions counted over a longer window, "verified the abduction of 298 children
            // in the quarter".
            // So is "251 hostages were taken", told with no window.
            // So are captives taken in the active: "took 46 prison guards hostage", "taking 251 hostages".
            // So do fighters who surrendered on a day named: "On Saturday, 37 fighters surrendered to troops".
            if found.figure == .captured, followsPart(mention, floor: sentence.tokens.lowerBound)
                || isAbduction(before: mention) && (scope != .period || monthWindow(in: window, mention: mention))
                || scope == .total && ownScope == nil && isSurrenderOnADay(npEnd: found.npEnd, limit: clause.upperBound)
                || scope == .total && ownScope == nil
                && (areTaken(after: found.npEnd, limit: clause.upperBound)
                    || isTakingCaptives(mention, npEnd: found.npEnd, sentence: sentence.tokens))
                && firstPeriodCue(in: window) == nil && !window.contains(where: { tokens[$0].hash == Words.since }) {
                scope = .incident
            }
            // "The ISPR said troops had killed six militants who tried to storm the checkpoint",
            // "Another 40 people were wounded and at least 25 are missing, he said": dead or wounded
            // that no words scope, told right after an incident's claim, are that incident's.
            // (Past troops there and people missing now: "About 300 Somali soldiers were stationed
            // there ... Al-Shabaab said it had killed 47 soldiers".)
            // (So are captives whose number someone put at a value: "Police put the number abducted at
            // 31" after a raid's captives; not those still held, told so.)
            if told == nil, scope == .total, found.figure == .killed || found.figure == .wounded
                || found.figure == .captured && recentScopes.scope(of: .captured) == .incident
                && isNumberPutAt(mention, floor: sentence.tokens.lowerBound),
               recentScopes.latestCasualtyScope == .incident, isUntoldPartOfEvent(sentence.tokens, clause: clause, mention: mention, figure: found.figure) {
                scope = .incident
            }
            // So are captives still held now: "leaving 49 still in captivity", "the guerrillas are
            // still holding 14 soldiers".
            var isNow = false
            if scope == .period || scope == .incident || scope == .projection,
               found.figure == .missing && (isMissingNow(after: mention.tokens.upperBound, limit: clause.upperBound)
                                             || isMissingNow(after: max(found.npEnd, mention.tokens.upperBound), limit: clause.upperBound)
                                             // ("158 people picked up by security forces between 2009 and 2024
                                             // remain missing": past how they were taken, to their own verb.)
                                             || isMissingNow(afterTakenAt: found.npEnd, limit: sentence.tokens.upperBound))
                || found.figure == .captured && isHeldNow(mention, npEnd: found.npEnd, window: window)
                || found.figure == .wounded && isStillInCare(mention, limit: clause.upperBound) {
                scope = .total
                isNow = true
            }
            // "sent in November, ..., and about 4,000 of them have since been killed or wounded":
            // a count up to now, whatever time the sentence named before.
            let sinceReach = max(mention.tokens.upperBound, min(clause.upperBound - 1, found.npEnd + 4))
            if scope == .total, (mention.tokens.upperBound..<sinceReach).contains(where: {
                (tokens[$0].hash == Words.have || tokens[$0].hash == Words.has) && tokens[$0 + 1].hash == Words.since
            }) {
                isNow = true
            }
            // "... since October 2023, while the ministry said 113,910 had been wounded over the
            // same period": the window of the number before, whatever it is.
            if scope == .period, let before = previous, isSamePeriod(in: window) { scope = before.scope }
            // "34 Bangladeshis were killed in 2025, 29 of them by gunfire": a part of the window's
            // count, told by how they died, is of that window (not one in an event of its own:
            // ", 17 of them in a single ambush", ", three of them killed by gunmen in a single raid").
            if scope == .incident, let before = previous, before.scope == .period, before.figure == found.figure,
               mention.tokens.lowerBound >= 1, tokens[mention.tokens.lowerBound - 1].hash == Words.comma,
               isPartOfThem(mention), !isPartInOwnEvent(mention),
               !(mention.tokens.upperBound..<sentence.tokens.upperBound).prefix(while: { tokens[$0].hash != Words.comma })
                .contains(where: { tokens[$0].hash == Words.single }) {
                scope = .period
            }
            // "Of the 41 people killed by tornadoes ... last year, 22 died in mobile homes": a part
            // of the whole counted over a window that opens the sentence is of that window.
            if scope == .total, let before = previous, before.scope == .period, before.figure == found.figure,
               tokens[sentence.tokens.lowerBound].hash == Words.of, mention.tokens.lowerBound - 1 > before.end,
               tokens[mention.tokens.lowerBound - 1].hash == Words.comma,
               !(sentence.tokens.lowerBound..<mention.tokens.lowerBound - 1).contains(where: { tokens[$0].hash == Words.comma }) {
                scope = .period
            }
            // A count of troops present is no event's: "12,000 soldiers ... used in infantry assaults".
            if scope == .incident, found.figure == .deployed { scope = .total }
            // ("will shrink from about 73,000 regular soldiers to 70,000 by 2029": the level the plan
            // starts from is there now.)
            if scope == .projection, found.figure == .deployed, isLevelStart(mention, limit: clause.upperBound) { scope = .total }
            // Nor are troops deployed "since" a year: "Benin has deployed some 3,000 soldiers in its
            // north ... since 2022" are there now.
            // (Nor "since last October": "has sent about 15,000 troops to Russia since last October".)
            if scope == .period, found.figure == .deployed,
               window.dropLast().contains(where: { tokens[$0].hash == Words.since
                   && (yearNumber(tokens[$0 + 1]) != nil || tokens[$0 + 1].hash == Words.last
                       || (Lexicon.has(tokens[$0 + 1], .month) || Lexicon.has(tokens[$0 + 1], .weekday))
                          && tokens[$0 + 1].isCapitalized) }) {
                scope = .total
            }
            // Nor is a deployment made last month a count over a window: it holds from then.
            var deployedOn: CalendarDay?
            if scope == .period, found.figure == .deployed, let day = deploymentDate(in: window, mention: mention) {
                scope = .total
                deployedOn = day
            }
            // Nor is any other count of troops a count over a window: troops are a level, and a
            // year or a month and year names when it held ("the mission had 14,200 troops in 2020",
            // "About 100,000 US troops were in Afghanistan at the peak of the surge in 2011").
            if scope == .period, found.figure == .deployed {
                scope = .total
                deployedOn = levelDate(in: window)
            }
            var asOf = sentenceDate
            if scope == .projection { asOf = published }
            if scope == .total || scope == .period || found.isRestated || isEarlierEventReport, !isNow, let past { asOf = past }
            if let jointAct { asOf = jointAct.asOf }
            // ("On 10 June, OCHA reported 38 deaths": the day that opens the sentence.)
            if isEarlierEventReport, past == nil, let day = openingDay(of: sentence.tokens, before: mention.tokens.lowerBound) {
                asOf = day
            }
            if let deployedOn { asOf = deployedOn }
            if scope == .incident, let day = eventDay(in: window) ?? pastEventMonth(for: mention, window: window, sentence: sentence.tokens) {
                asOf = day
            }
            // People missing after an event of the day are missing now, a `total` ("between 60 and 70
            // soldiers had died in the attack and at least 20 were missing"); only an event dated back
            // keeps its missing ("In December 2012, Typhoon Bopha ... left over 800 missing").
            if scope == .incident, found.figure == .missing, asOf == sentenceDate, past == nil { scope = .total }
            // "the deadliest fire since September 2023, when a blaze ... killed more than 100":
            // the toll of the earlier event, whatever the ranking's "would be" says.
            if let ranked = rankedEventDay(mention, sentence: sentence.tokens) {
                if !ranked.isReport { scope = .incident }
                asOf = ranked.day
            }
            let span = Int(tokens[mention.written.lowerBound].start)..<Int(tokens[mention.written.upperBound - 1].end)
            var source = attribution
            if let nearest = sentenceAttributions.nearest(to: mention.tokens), own != nil {
                if nearest.isGeneric {
                    source = own.flatMap { $0.isGeneric ? nil : $0 } ?? lastKnownAttribution ?? nearest
                } else {
                    source = nearest
                }
            }
            if quote == nil { quote = text(of: sentence.tokens) }
            if let before = defaultedClaim, before == claims.count - 1, linked != nil, ownScope == .incident,
               claims[before].figure != .deployed {
                claims[before].scope = .incident
                claims[before].asOf = asOf
                recentScopes.note(claims[before].figure, .incident, value: claims[before].quantity.value)
            }
            defaultedClaim = ownScope == nil && scope == .total && linked == nil && !found.isSubset ? claims.count : nil
            claims.append(claim(figure: found.figure, quantity: mention.quantity, scope: scope, asOf: asOf,
                                attribution: source, quote: quote!, span: span, sourceTexts: &sourceTexts))
            self.people.append(people)
            if !isOwnEventPart { recentScopes.note(found.figure, scope, value: mention.quantity.value) }
            lastClaimIsOwnEventPart = isOwnEventPart
            lastCandidateSentence = sentenceCount
            // ("The number of miners killed ... has risen to 12" is a toll too.)
            if clause.contains(where: { tokens[$0].hash == Words.toll || tokens[$0].hash == Words.number && found.figure != .deployed }) {
                lastTollSentence = sentenceCount
            }
            if found.isSubset, let main = previous {
                // "killing 35 people, including two children, and injuring 117 others": the
                // next number joins the 35, not the two.
                previous = Read(figure: main.figure, people: main.people, scope: main.scope, end: max(found.npEnd, mention.tokens.upperBound),
                                clauseStart: main.clauseStart)
            } else {
                previous = Read(figure: found.figure, people: people, scope: scope, end: max(found.npEnd, mention.tokens.upperBound),
                                clauseStart: linked?.clauseStart ?? clause.lowerBound)
            }
        }
    }

    /// "to hell" right after the people a verb of sending took ("sent 57 khwarij to hell").
    func isSentToHell(after end: Int, limit: Int) -> Bool {
        end + 1 < limit && tokens[end].hash == Words.to && tokens[end + 1].hash == Words.hell
    }

    /// "was holding some 2,500 junta soldiers as prisoners of war", "took 40 soldiers as
    /// hostages": troops held captive.
    func isHeldAsCaptives(after end: Int, limit: Int) -> Bool {
        end + 1 < limit && tokens[end].hash == Words.as_ && Words.captiveNouns.contains(tokens[end + 1].hash)
    }

    /// Only "and", a comma, and a time of the first object between two objects of one verb:
    /// "expelled some 1,500 French soldiers in 2023 and about 1,000 US troops last year".
    /// ("a swap brought home 84 civilians alongside 1,200 soldiers": "alongside" joins too.)
    func isJoinedObject(from end: Int, to start: Int) -> Bool {
        (end..<start).contains { tokens[$0].hash == Words.and || tokens[$0].hash == Words.comma || tokens[$0].hash == Words.alongside }
            && (end..<start).allSatisfy { i in
                let hash = tokens[i].hash
                // (And a part of them: "is short of about 12,000 soldiers, including some 7,500 combat troops".)
                return hash == Words.and || hash == Words.comma || hash == Words.in || hash == Words.during || hash == Words.including
                    || hash == Words.alongside
                    || hash == Words.last || hash == Words.this || yearNumber(tokens[i]) != nil
                    || Lexicon.has(tokens[i], .month) || Lexicon.has(tokens[i], .timeUnit)
            }
    }

    /// "One death is one too many": "one too many" itself, or a count its copula says it of.
    func isTooManySaying(_ mention: NumberMention, limit: Int) -> Bool {
        let end = mention.tokens.upperBound
        guard end + 1 < limit, let too = (end..<min(limit - 1, end + 5)).first(where: {
            tokens[$0].hash == Words.too && tokens[$0 + 1].hash == Words.many
        }) else { return false }
        if too == end { return true }
        let number = too - 1
        return number > end && (tokens[number].isDigits || tokens[number].roles.contains(.numberWord))
            && (end..<number).contains { tokens[$0].roles.contains(.copula) }
    }

    /// A ratio: "three wounded for every soldier killed", "loses five soldiers for every
    /// Ukrainian", "one crossing in 44".
    /// (And a saying: "One death is one too many", no count at all.)
    func isRatio(_ mention: NumberMention, floor: Int, limit: Int) -> Bool {
        let start = mention.tokens.lowerBound
        if isTooManySaying(mention, limit: limit) { return true }
        // ("For every soldier killed, three are wounded": the sentence opens with the ratio's base,
        // in a quote too: '"For every person killed by a bomb, three or four died'.)
        let opening = floor < limit && tokens[floor].isQuoteMark ? floor + 1 : floor
        if start >= opening + 3, tokens[opening].hash == Words.for,
           tokens[opening + 1].hash == Words.every || tokens[opening + 1].hash == Words.each && tokens[opening + 2].hash != Words.of,
           (opening + 2..<start).contains(where: { tokens[$0].hash == Words.comma }) {
            return true
        }
        // ("one in seven", "1 in 7 had been seriously injured".)
        if start >= 2, tokens[start - 1].hash == Words.in,
           Range(max(0, start - 4), upTo: start - 1).contains(where: { tokens[$0].hash == Words.one })
            || tokens[start - 2].isDigits && digitsValue(tokens[start - 2]) == 1 {
            return true
        }
        // ("Nine in 10 of the dead were women": a number right before "in", the proportion's base.)
        if start >= 2, tokens[start - 1].hash == Words.in, tokens[start - 2].isDigits || Lexicon.has(tokens[start - 2], .numberWord),
           mention.tokens.upperBound < limit, tokens[mention.tokens.upperBound].hash == Words.of {
            return true
        }
        // ("passed the law by 29 votes to 6": a count of things set against another.)
        if start >= 4, tokens[start - 1].hash == Words.to, Lexicon.has(tokens[start - 2], .thing),
           tokens[start - 3].isDigits || Lexicon.has(tokens[start - 3], .numberWord), tokens[start - 4].hash == Words.by {
            return true
        }
        // "two people in every 10,000", "4 per 10,000 people a day": a rate's base, and the rate.
        if start >= 1, tokens[start - 1].hash == Words.per
            || start >= 2 && tokens[start - 1].hash == Words.every && tokens[start - 2].hash == Words.in {
            return true
        }
        let end = mention.tokens.upperBound
        // "4 per 10,000", "3.9 deaths per 100,000 inhabitants" (two words at most between), or a
        // scale word for the base: "24 road deaths per million inhabitants", "at 77 and 74 per million".
        if let per = (end..<min(limit, end + 3)).first(where: { tokens[$0].hash == Words.per }), per + 1 < limit,
           (end..<per).allSatisfy({ tokens[$0].isWord }),
           tokens[per + 1].isDigits || Lexicon.has(tokens[per + 1], .scale) || tokens[per + 1].hash == Words.capita {
            return true
        }
        return (mention.tokens.upperBound..<min(limit, mention.tokens.upperBound + 6))
            .prefix(while: { !tokens[$0].isPunctuation && !tokens[$0].isDigits })
            .contains { $0 + 1 < limit && tokens[$0].hash == Words.for
                && (tokens[$0 + 1].hash == Words.every || tokens[$0 + 1].hash == Words.each) }
    }

    /// The closing comma of an aside on a part of the people of `mention` that holds the number
    /// `part`, right after their phrase, when the people's own verb comes right after it:
    /// "Twelve of the survivors, among them three children, were flown".
    /// (Or, with no commas, the last word of a part's people after "including", the verb right
    /// after them: "Twenty-six (26) persons including eight (08) police officers sustained injuries".)
    func partAsideClose(after mention: NumberMention, part: NumberMention, limit: Int) -> Int? {
        if part.tokens.lowerBound - 1 > mention.tokens.upperBound, tokens[part.tokens.lowerBound - 1].hash == Words.including,
           (mention.tokens.upperBound..<part.tokens.lowerBound).allSatisfy({ tokens[$0].isWord }) {
            let start = pastBracketedDigits(part.tokens.upperBound, limit: limit)
            let end = nounPhrase(after: start, limit: limit).end
            guard end > start, end < limit else { return nil }
            return startsPeoplesVerb(at: end) || extractor.triggers.match(tokens, at: end, limit: limit) != nil ? end - 1 : nil
        }
        guard let comma = (mention.tokens.upperBound..<min(part.tokens.lowerBound, mention.tokens.upperBound + 6))
                .first(where: { tokens[$0].isPunctuation }),
              tokens[comma].hash == Words.comma, part.tokens.lowerBound - comma <= 3,
              let close = partAsideEnd(openingAt: comma, limit: limit), close >= part.tokens.upperBound, close + 1 < limit
        else { return nil }
        return startsPeoplesVerb(at: close + 1) || extractor.triggers.match(tokens, at: close + 1, limit: limit) != nil ? close : nil
    }

    /// "Each company has 80 to 100 personnel", "Every boat had about 50 people aboard": what one of
    /// many units holds, no count of the whole.
    func isPerUnit(_ mention: NumberMention, floor: Int) -> Bool {
        let start = mention.tokens.lowerBound
        guard start - 2 >= floor, Words.holdingVerbs.contains(tokens[start - 1].hash),
              let each = Range(max(floor, start - 5), upTo: start - 1).last(where: { tokens[$0].hash == Words.each || tokens[$0].hash == Words.every })
        else { return false }
        return (each == floor || tokens[each - 1].isPunctuation)
            && !(each + 1..<start - 1).contains { tokens[$0].isPunctuation || tokens[$0].isDigits }
    }

    /// "the morgue's cold storage, built for 200 bodies", "a camp designed for 3,000 people", "with
    /// room for 60 passengers": what a place or a vehicle is made to hold, no count of people.
    /// ("a mother of eight who was shot as she crossed a road": the size of a family, no count of
    /// people hurt.)
    /// ("four ski tourers from a group of six died": the size of the group a part came from.)
    /// ("two columns of about 70 soldiers each": the size of each of several units.)
    func isCapacity(_ mention: NumberMention, floor: Int, limit: Int) -> Bool {
        let start = mention.tokens.lowerBound
        if start - 2 >= floor, tokens[start - 1].hash == Words.of {
            if Words.parentNouns.contains(tokens[start - 2].hash) { return true }
            if start - 4 >= floor, tokens[start - 2].hash == Words.group, tokens[start - 3].hash == Words.a,
               tokens[start - 4].hash == Words.from || tokens[start - 4].hash == Words.of {
                return true
            }
            let np = nounPhrase(after: mention.tokens.upperBound, limit: limit)
            if np.people.kind != nil, np.end < limit, np.end > mention.tokens.upperBound,
               tokens[np.end].hash == Words.each { return true }
        }
        // ("seven people from two neighbouring families had been found dead": the households the
        // people came from.)
        if start - 2 >= floor, tokens[start - 1].hash == Words.from, People.kinds.match(tokens, endingBefore: start - 1) != nil,
           (mention.tokens.upperBound..<min(limit, mention.tokens.upperBound + 3)).prefix(while: { tokens[$0].isWord })
            .contains(where: { Words.householdNouns.contains(tokens[$0].hash) }) {
            return true
        }
        return start - 2 >= floor && tokens[start - 1].hash == Words.for && Words.capacityWords.contains(tokens[start - 2].hash)
    }

    /// "The 21,000 figure covers deaths from all causes", "that 600 estimate": a number told
    /// before, named as a figure to talk about it, no claim of its own.
    func isNamedFigure(_ mention: NumberMention, floor: Int) -> Bool {
        let start = mention.tokens.lowerBound, end = mention.tokens.upperBound
        guard start - 1 >= floor, end < tokens.count,
              tokens[start - 1].hash == Words.the || tokens[start - 1].hash == Words.that || tokens[start - 1].hash == Words.this
        else { return false }
        return Words.namedFigureNouns.contains(tokens[end].hash)
    }

    /// "had put 2024 overdose deaths at 452", "its count of 2023 deaths is 312": a year that names
    /// the toll whose value follows it, no count of its own.
    func isYearOfToll(_ mention: NumberMention, limit: Int) -> Bool {
        guard mention.tokens.count == 1, yearNumber(tokens[mention.tokens.lowerBound]) != nil else { return false }
        func isTollNoun(_ i: Int) -> Bool { Words.tollNouns.contains(tokens[i].hash) || Words.tollCountNouns.contains(tokens[i].hash) }
        var i = mention.tokens.upperBound
        while i < min(limit, mention.tokens.upperBound + 3), tokens[i].isWord, !tokens[i].isCapitalized, !isTollNoun(i) { i += 1 }
        guard i + 2 < limit, isTollNoun(i),
              tokens[i + 1].hash == Words.at || tokens[i + 1].hash == Words.to || tokens[i + 1].roles.contains(.copula) else { return false }
        return (i + 2..<min(limit, i + 6)).contains {
            tokens[$0].isDigits && yearNumber(tokens[$0]) == nil || Lexicon.has(tokens[$0], .numberWord)
        }
    }

    /// "two more mechanised divisions, each of about 8,000 soldiers", "three battalions, each with
    /// some 800 troops": what one of several units holds, no count of the whole.
    /// ("a ransom of 50 million naira for each group of 10 captives": a unit's noun between.)
    func isEachOf(_ mention: NumberMention, floor: Int) -> Bool {
        let start = mention.tokens.lowerBound
        guard start > floor + 1, let of = Range(max(floor + 1, start - 4), upTo: start).first(where: { tokens[$0].hash == Words.of || tokens[$0].hash == Words.with }),
              tokens[of - 1].hash == Words.each
                || of - 2 >= floor && tokens[of - 2].hash == Words.each && tokens[of - 1].isWord && tokens[of].hash == Words.of
        else { return false }
        return of + 1 == start || Hedges.before.match(tokens, at: of + 1, limit: start)?.length == start - of - 1
    }

    /// "opened war crimes cases against 90 Russian servicemen", "recommended disciplinary action
    /// against 16 service members", "charges against 17 coast guard officers": the people a legal
    /// step is taken against (all four such corpus and writers' sentences have no claim).
    func isLegalActionAgainst(_ mention: NumberMention, floor: Int) -> Bool {
        let start = mention.tokens.lowerBound  // (the hedge included: "against more than 90")
        return start - 2 >= floor && tokens[start - 1].hash == Words.against && Words.legalActionNouns.contains(tokens[start - 2].hash)
    }

    /// An age after people or a copula: "12 of those killed were under 18", "children under 10",
    /// "most of them over 60" (minors under 21 at most, the old over 50; not "The dead were
    /// over 300").
    func isAge(_ mention: NumberMention, floor: Int, limit: Int) -> Bool {
        let start = mention.tokens.lowerBound
        // "Private Darragh Kenny, 24, from Donegal": a person's age after the name, between commas,
        // or at the end of the sentence ("the cooperative's president, Segundo Quiñónez, 58.").
        let end = mention.tokens.upperBound
        if start >= 3, mention.tokens.count == 1, end < limit, mention.quantity.value <= 110,
           tokens[start - 1].hash == Words.comma,
           tokens[end].hash == Words.comma || end + 1 == limit && tokens[end].hash == Words.period,
           tokens[start - 2].isCapitalized, tokens[start - 3].isCapitalized,
           start < 4 || !Lexicon.has(tokens[start - 4], .preposition) {
            return true
        }
        // ("The dead man, 34, was from Hunan": one person's age after the word for them.)
        if start >= 2, mention.tokens.count == 1, end < limit, mention.quantity.value <= 110, tokens[start - 1].hash == Words.comma,
           tokens[end].hash == Words.comma, Words.personNouns.contains(tokens[start - 2].hash) {
            return true
        }
        // "a man and a boy of about 10", "the youngest a girl of two": one person's age.
        if start - 2 >= floor, tokens[start - 1].hash == Words.of, Words.personNouns.contains(tokens[start - 2].hash),
           mention.quantity.value <= 110 {
            let np = nounPhrase(after: mention.tokens.upperBound, limit: limit)
            if np.trigger == nil, np.people.isEmpty, np.unknownNoun == nil { return true }
        }
        // "and the youngest was 14".
        if start >= 2, tokens[start - 1].roles.contains(.copula), Words.ageSuperlatives.contains(tokens[start - 2].hash) {
            return true
        }
        // "The median age of the dead is 35", "the oldest confirmed soldier killed was 71": an age,
        // or a superlative of age, a few words before the copula, and no people after the number.
        // (Within the sentence: a chunk read alone holds none before its first.)
        // (Or a verb of change and "to" or "at": "the median age of the dead has risen to 38".)
        // (Past a name between commas: "The youngest of the dead, Sunil Bairwa, was 19.")
        var subjectEnd = start - 1
        if start - 2 > floor, tokens[start - 2].hash == Words.comma, tokens[start - 1].roles.contains(.copula),
           let open = Range(max(floor, start - 8), upTo: start - 2).last(where: { tokens[$0].isPunctuation }), tokens[open].hash == Words.comma,
           (open + 1..<start - 2).allSatisfy({ tokens[$0].isCapitalized }) {
            subjectEnd = open
        }
        if start - 2 >= floor, tokens[start - 1].roles.contains(.copula) || tokens[start - 1].hash == Words.to
            || tokens[start - 1].hash == Words.at, mention.quantity.value <= 110,
           Range(max(floor, subjectEnd - 7), upTo: subjectEnd).reversed().prefix(while: { !tokens[$0].isPunctuation }).contains(where: {
               tokens[$0].hash == Words.age || Words.ageSuperlatives.contains(tokens[$0].hash)
           }) {
            let np = nounPhrase(after: mention.tokens.upperBound, limit: limit)
            if np.trigger == nil, np.people.isEmpty, np.unknownNoun == nil { return true }
        }
        guard start > 0, mention.core.lowerBound > start, mention.quantity.qualifier != .range else { return false }
        let hedge = tokens[start].hash
        let value = mention.quantity.value
        // ("Of the dead, 38 were under 25", "19 of the dead were under 25": people counted
        // before the copula, a part of them at most, a young age.)
        func isCount(_ token: Token) -> Bool { token.isDigits || Lexicon.has(token, .numberWord) }
        // (The copula may open the sentence, "Were under 18 people killed?": nothing before it
        // is looked at, and no range runs backwards.)
        let lowest = max(floor + 1, start - 6)
        let afterCount = start >= 2 && tokens[start - 1].roles.contains(.copula)
            && (isCount(tokens[start - 2]) || lowest < start - 1 && (lowest..<start - 1).reversed()
                .prefix(while: { !tokens[$0].isPunctuation && !tokens[$0].isDigits })
                .contains { tokens[$0].hash == Words.of && isCount(tokens[$0 - 1]) })
        let isMinor = (hedge == Words.under || hedge == Words.below) && (value <= 21 || afterCount && value <= 30)
        let isOld = (hedge == Words.over || hedge == Words.above) && value >= 50 && value <= 100
        guard isMinor || isOld else { return false }
        let before = tokens[start - 1]
        guard before.roles.contains(.copula) || before.hash == Words.them || before.hash == Words.aged
                || People.kinds.match(tokens, endingBefore: start, floor: max(0, start - 3)) != nil else { return false }
        let np = nounPhrase(after: mention.tokens.upperBound, limit: limit)
        return np.trigger == nil && np.people.isEmpty && np.unknownNoun == nil
    }

    /// A number with a fractional part (either end of a range), which counts no people; but an
    /// average may have one ("an average of 59.2 a day"). ("1.1 lakh" is whole: a scale's
    /// product may miss its integer by a rounding error.)
    func isFraction(_ mention: NumberMention, floor: Int) -> Bool {
        // (Each end asked on its own, not as an array of them: asked of every count, the array
        // cost an allocation each time.)
        func isFractional(_ value: Double?) -> Bool { value.map { abs($0 - $0.rounded()) > 1e-6 } ?? false }
        let quantity = mention.quantity
        let hasFraction = quantity.qualifier == .range ? isFractional(quantity.low) || isFractional(quantity.high)
            : isFractional(quantity.value)
        return hasFraction && !isAverage(mention, floor: floor)
    }

    /// "228 people were killed in March, not 237 as previously reported": the number a
    /// correction withdraws.
    func isWithdrawn(_ mention: NumberMention, limit: Int) -> Bool {
        var end = mention.tokens.upperBound
        guard mention.tokens.lowerBound > 0, tokens[mention.tokens.lowerBound - 1].hash == Words.not else { return false }
        // ("27 soldiers were killed in the ambush, not 42.": the number it corrects, closing the sentence.)
        if mention.tokens.lowerBound > 1, tokens[mention.tokens.lowerBound - 2].hash == Words.comma,
           end >= limit || SentenceSplitter.isTerminal(tokens[end]) {
            return true
        }
        // ("not 27 killed as it had reported on Sunday", "not 12 people as": the figure's or the
        // people's words between.)
        while end < min(limit, mention.tokens.upperBound + 2), tokens[end].isWord, tokens[end].hash != Words.as_,
              extractor.triggers.match(tokens, at: end, limit: end + 1) != nil || People.kinds.contains(tokens, at: end) {
            end += 1
        }
        guard end + 1 < limit, tokens[end].hash == Words.as_ else { return false }
        // ("not eight as they said overnight", "not 12 as officials first reported", "not 19 as
        // the city's rescue service had said earlier": a report verb a few words on, in the
        // same clause.)
        return (end + 1..<min(limit, end + 9)).prefix(while: { tokens[$0].hash != Words.comma && !SentenceSplitter.isTerminal(tokens[$0]) }).contains {
            tokens[$0].hash == Words.previously || tokens[$0].hash == Words.earlier
                || Lexicon.has(tokens[$0], .attribution) && !Lexicon.has(tokens[$0], .linkVerb)
        }
    }

    /// "a further 455 reported missing", "12 reported killed": a report verb that says what
    /// became of the people, not who spoke.
    func isReportedFigure(_ index: Int) -> Bool {
        index + 1 < tokens.count && extractor.triggers.match(tokens, at: index + 1).map { !$0.value.isActiveVerb } ?? false
    }

    /// "are believed to have been killed", "is said to": a report verb inside the predicate.
    /// (So is a participle after a count noun: "with 46 deaths recorded in the past week".)
    func isPassiveReport(_ index: Int) -> Bool {
        index > 0 && (Lexicon.has(tokens[index - 1], .auxiliary) || Words.tollCountNouns.contains(tokens[index - 1].hash))
    }

    /// The claim for a number, its subject still to settle. `sourceTexts` holds the last
    /// source's words, made once for the claims of a sentence that share them, while the
    /// sentence's bytes are at hand.
    func claim(figure: FigureKey, quantity: Quantity, scope: Scope, asOf: CalendarDay, attribution: Attribution?,
               quote: String, span: Range<Int>, sourceTexts: inout (bytes: Range<Int>, dropsArticle: Bool, text: String?)?) -> Claim {
        var source: String?
        var sourceText: String?
        if let attribution, !attribution.isOutlet {
            source = attribution.source.map(extractor.name(of:))
            if let bytes = attribution.textBytes {
                if bytes != sourceTexts?.bytes || attribution.dropsArticle != sourceTexts?.dropsArticle {
                    sourceTexts = (bytes, attribution.dropsArticle, attribution.text(in: self.bytes))
                }
                sourceText = sourceTexts?.text
            }
        } else {
            source = document.source ?? document.outlet
        }
        return Claim(figure: figure, subject: "", quantity: quantity, scope: scope, asOf: asOf, source: source,
                     sourceText: sourceText, quote: quote, span: span)
    }

    /// The last claim's figure, people and scope, read in place: `claims.last` would copy
    /// the whole claim, strings and all, for every number.
    var lastCandidateRead: Read? {
        guard !claims.isEmpty else { return entryClaim }
        let last = claims.count - 1
        // (A part told with its own event is read on as its whole: "killed across Syria in the past
        // week, including 37 in a single attack ... The dead included 41 civilians".)
        let scope = lastClaimIsOwnEventPart ? recentScopes.scope(of: claims[last].figure) ?? claims[last].scope : claims[last].scope
        return Read(figure: claims[last].figure, people: people[last], scope: scope, end: 0, clauseStart: 0)
    }

    /// "An earlier version of this article said 19 people had been killed": a correction
    /// withdraws the numbers it repeats.
    func isCorrection(_ range: Range<Int>) -> Bool {
        guard sentenceRoles.contains(.correction), range.count >= 3 else { return false }
        // "An earlier version of this story said ...", "An earlier version, citing local volunteers,
        // said 19 people had been killed", "A previous version said"; "Our 08:05 entry originally
        // gave the number of wounded as 124,135"; a live page's "An earlier entry said 42 people had
        // been killed".
        guard let marker = (range.lowerBound..<range.upperBound - 2).first(where: {
            (tokens[$0].hash == Words.earlier || tokens[$0].hash == Words.previous)
                && (tokens[$0 + 1].hash == Words.version || tokens[$0 + 1].hash == Words.entry)
                || tokens[$0].hash == Words.originally
                    && [Words.gave, Words.said, Words.put, Words.reported].contains(tokens[$0 + 1].hash)
        }) else { return false }
        // (Not a sentence that tells the right number and then withdraws the one before: "Seventeen
        // people were killed in the shooting, not 19 as stated in an earlier version".)
        return !(range.lowerBound..<marker).contains {
            tokens[$0].hash == Words.not && (tokens[$0 + 1].isDigits || Lexicon.has(tokens[$0 + 1], .numberWord))
        }
    }

    /// What the previous number in the sentence turned out to be.
    struct Read: Equatable {
        var figure: FigureKey
        var people: PeopleRef
        var scope: Scope
        /// Where its noun phrase ends.
        var end: Int
        /// Where the clause of the first number it is joined to starts.
        var clauseStart: Int
    }

    /// "Uttarakhand bus crash: 18 pilgrims dead", "Kyiv strike: death toll rises to 23": a
    /// headline's label of a few words before a colon, no speaker nor verb in it, in a line
    /// with no full stop, names what the numbers after it count; its words set their scope as
    /// a label's do. The label's words, up to the colon.
    func headlineLabel(before mention: NumberMention, sentence: Range<Int>) -> Range<Int>? {
        let end = min(mention.tokens.lowerBound, sentence.lowerBound + 9)
        guard end > sentence.lowerBound + 1, let colon = (sentence.lowerBound + 1..<end).first(where: { tokens[$0].hash == Words.colon }) else { return nil }
        let label = sentence.lowerBound..<colon
        // (A headline ends without a full stop: not "The mine has a long record of accidents: in
        // November 2021, a fire there killed five miners.")
        guard !SentenceSplitter.isTerminal(tokens[sentence.upperBound - 1]),
              !label.contains(where: { tokens[$0].isPunctuation || tokens[$0].isDigits
                  || !tokens[$0].roles.isDisjoint(with: [.attribution, .auxiliary, .copula]) })
        else { return nil }
        return label
    }

    /// "Four of the injured", "two of the dead": a part of the people a figure names, after "of the".
    func isPartOfTheCasualties(_ mention: NumberMention) -> Bool {
        let end = mention.tokens.upperBound
        guard end + 2 < tokens.count, tokens[end].hash == Words.of, tokens[end + 1].hash == Words.the,
              let trigger = extractor.triggers.match(tokens, at: end + 2) else { return false }
        return trigger.value.figure != .deployed && trigger.value.isCountNoun
    }

    /// "during the operation", "in the fighting": the story's own operation or fighting;
    /// "abducted by the attackers", "by the gunmen": its attack's.
    /// (Not captives held by them: "177 pupils and all 12 teachers still being held by the
    /// kidnappers" are those held now.)
    func isTheStorysFighting(in window: Range<Int>) -> Bool {
        window.contains { i in
            guard i - 2 >= window.lowerBound, tokens[i - 1].hash == Words.the else { return false }
            return (tokens[i].hash == Words.operation || tokens[i].hash == Words.fighting)
                && (tokens[i - 2].hash == Words.in || tokens[i - 2].hash == Words.during)
                || Words.gunmenNouns.contains(tokens[i].hash) && tokens[i - 2].hash == Words.by
                && !(i - 3 >= window.lowerBound && tokens[i - 3].hash == Words.held)
        }
    }

    /// "over the same period", "in the same period", "in the same (fiscal) year": the window named
    /// before.
    func isSamePeriod(in window: Range<Int>) -> Bool {
        window.dropLast().contains {
            tokens[$0].hash == Words.same && (tokens[$0 + 1].hash == Words.periodWord || tokens[$0 + 1].hash == Words.year
                                              || $0 + 2 < window.upperBound && Words.fiscalWords.contains(tokens[$0 + 1].hash)
                                              && tokens[$0 + 2].hash == Words.year)
        }
    }

    /// "the abduction of 276 schoolgirls", "the kidnapping of 40": one abduction's captives.
    /// "The facility, built in 1958 for 260 inmates, was holding 712 at the time": a bare number
    /// that a prison or a like place holds, its inmates.
    func isHeldByAPlace(_ mention: NumberMention, sentence: Range<Int>) -> Bool {
        let start = mention.tokens.lowerBound
        guard start - 1 > sentence.lowerBound, tokens[start - 1].hash == Words.holding || isHoldVerb(start - 1),
              mention.tokens.upperBound < sentence.upperBound,
              tokens[mention.tokens.upperBound].isPunctuation || Lexicon.has(tokens[mention.tokens.upperBound], .preposition)
        else { return false }
        return Range(max(sentence.lowerBound, start - 14), upTo: start - 1).contains { Words.holdingPlaceNouns.contains(tokens[$0].hash) }
    }

    /// "surrendered" in the simple past right after the people, in a sentence that names a day.
    func isSurrenderOnADay(npEnd: Int, limit: Int) -> Bool {
        npEnd < limit && tokens[npEnd].hash == Words.surrendered && !sentenceRoles.isDisjoint(with: [.weekday, .yesterday])
    }

    func isAbduction(before mention: NumberMention) -> Bool {
        let start = mention.tokens.lowerBound
        guard start >= 2, tokens[start - 1].hash == Words.of else { return false }
        return tokens[start - 2].hash == Words.abduction || tokens[start - 2].hash == Words.kidnapping
    }

    /// "441 of them", "most of which": the number counts a part of something named before.
    func isPartOfThem(_ mention: NumberMention) -> Bool {
        let end = mention.tokens.upperBound
        return end + 1 < tokens.count && tokens[end].hash == Words.of
            && (tokens[end + 1].hash == Words.them || tokens[end + 1].hash == Words.which || tokens[end + 1].hash == Words.whom)
    }

    /// "including 21 in a strike on a house", "including 14 in an attack", ", 17 of them in a
    /// single ambush", ", 47 of them when militants overran a base", ", among them 89 in a single
    /// shipwreck": a part, "in" a single event or "when" one happened right after it.
    func isPartInOwnEvent(_ mention: NumberMention) -> Bool {
        let start = mention.tokens.lowerBound
        var end = mention.tokens.upperBound
        guard start >= 1 else { return false }
        if tokens[start - 1].hash == Words.comma, isPartOfThem(mention) {
            end += 2
        } else if tokens[start - 1].hash != Words.including
                    && !(start >= 2 && tokens[start - 2].hash == Words.among
                         && (tokens[start - 1].hash == Words.them || tokens[start - 1].hash == Words.whom)) {
            return false
        }
        // (Past a few words on the part: "including 170 captured when it overran", "including 13
        // service members killed in a suicide bombing".)
        var words = 0
        while words < 3, end < tokens.count, tokens[end].isWord, tokens[end].hash != Words.when, tokens[end].hash != Words.in,
              !Words.subordinators.contains(tokens[end].hash), !Lexicon.has(tokens[end], .attribution) {
            end += 1
            words += 1
        }
        guard end + 2 < tokens.count else { return false }
        // (The doers may take several words: "when Islamic State West Africa Province fighters
        // overran a base".)
        if tokens[end].hash == Words.when {
            return (end + 1..<min(tokens.count, end + 10)).prefix { !tokens[$0].isPunctuation }
                .contains { Lexicon.has(tokens[$0], .eventVerbAfterWhen) && isEventVerb(at: $0) }
        }
        guard tokens[end].hash == Words.in else { return false }
        // "14 of them in the battle for Goma", "including 9 in the attack on the market": one event
        // named by "the" and what it was for or on (not "in the attacks on": many).
        if tokens[end + 1].hash == Words.the, end + 3 < tokens.count {
            let next = tokens[end + 3].hash
            return Lexicon.has(tokens[end + 2], .event) && !isPlural(tokens[end + 2])
                && (next == Words.for || next == Words.of || next == Words.on || next == Words.at)
        }
        guard tokens[end + 1].hash == Words.a || tokens[end + 1].hash == Words.an || tokens[end + 1].hash == Words.one else {
            return false
        }
        return (end + 2..<min(tokens.count, end + 5)).contains { Lexicon.has(tokens[$0], .event) || Words.wreckWords.contains(tokens[$0].hash) }
    }

    /// The number is the first count a few words after `comma`: "Of the dead, 166 were
    /// children", not "..., where air strikes ... killed 11 people, including four children".
    func isFirstCount(after comma: Int, _ mention: NumberMention) -> Bool {
        mention.tokens.lowerBound > comma && mention.tokens.lowerBound <= comma + 4
            && !(comma + 1..<mention.tokens.lowerBound).contains { tokens[$0].isDigits || Lexicon.has(tokens[$0], .numberWord) }
    }

    /// "Of those, 38 died of their injuries": a part of the people before, told first.
    func isPartAfterOfThose(_ mention: NumberMention) -> Bool {
        let start = mention.tokens.lowerBound
        guard start >= 3, tokens[start - 1].hash == Words.comma, tokens[start - 3].hash == Words.of else { return false }
        let whole = tokens[start - 2].hash
        return whole == Words.those || whole == Words.them || whole == Words.these
    }

    /// "23 of them with serious injuries", "11 of them with head injuries": a part of the
    /// people before, injured.
    func isInjuredPart(_ mention: NumberMention) -> Bool {
        var i = mention.tokens.upperBound + 2
        // ("Seven of them made it back to base camp, four with frostbite": the part after a comma.)
        let start = mention.tokens.lowerBound
        if start > 0, tokens[start - 1].hash == Words.comma, mention.tokens.upperBound < tokens.count,
           tokens[mention.tokens.upperBound].hash == Words.with {
            i = mention.tokens.upperBound
        } else {
            guard isPartOfThem(mention), i < tokens.count else { return false }
        }
        // ("41 of them were taken to hospital with burns": the injuries may come a few words on.)
        // ("31 of them, most with burns, had been taken to hospital": in an aside too.)
        if tokens[i].hash != Words.with {
            guard let with = (i..<min(tokens.count, i + 8))
                .prefix(while: { (!tokens[$0].isPunctuation || tokens[$0].hash == Words.comma) && !tokens[$0].isDigits })
                .first(where: { tokens[$0].hash == Words.with }) else { return false }
            i = with
        }
        i += 1
        for _ in 0..<3 where i < tokens.count {
            if let trigger = extractor.triggers.match(tokens, at: i), trigger.value.figure == .wounded { return true }
            // ("nine of them with burns covering more than half of their bodies".)
            if Words.injuryNouns.contains(tokens[i].hash) { return true }
            i += 1
        }
        return false
    }

    /// "Seven miners were pulled out alive ..., where two of them later died": a part of the
    /// people before that a casualty verb counts, a toll of its own.
    /// ("29 people had been rescued so far and 17 of them were admitted to Kenyatta National
    /// Hospital": taken into a hospital, hurt.)
    func isCasualtyPart(_ mention: NumberMention) -> Bool {
        var i = mention.tokens.upperBound + 2
        guard isPartOfThem(mention) else { return false }
        // ("37 of them wounded,": a count noun too, when it ends the phrase.)
        if figureWordEndingPart(mention, limit: tokens.count) != nil { return true }
        // ("An Army truck carrying 26 conscripts overturned ..., killing three of them": the object
        // of a casualty verb right before.)
        if mention.tokens.lowerBound > 0,
           let trigger = extractor.triggers.match(tokens, at: mention.tokens.lowerBound - 1, limit: mention.tokens.lowerBound)?.value,
           trigger.isActiveVerb, trigger.figure == .killed || trigger.figure == .wounded {
            return true
        }
        for _ in 0..<3 where i < tokens.count {
            // (A word that is a count noun too is a verb after an auxiliary: "37 of whom had been wounded".)
            if let trigger = extractor.triggers.match(tokens, at: i), trigger.value.figure != .deployed,
               !trigger.value.isCountNoun || i > mention.tokens.upperBound + 2 {
                return true
            }
            if Words.treatmentVerbs.contains(tokens[i].hash), isHospital(at: i + 1, limit: tokens.count, reach: 9, allowingAt: true) {
                return true
            }
            // ("nine of them remain in Mokwa General Hospital".)
            if isStillInOrSentToHospital(at: i, limit: tokens.count) { return true }
            // ("eight of whom remained under treatment": people still in care.)
            guard Lexicon.has(tokens[i], .auxiliary) || Lexicon.has(tokens[i], .adverb) || Words.remainWords.contains(tokens[i].hash)
            else { return false }
            i += 1
        }
        return false
    }

    /// "had trained more than 20,000 Popular Resistance fighters ..., and that about 8,000 of them
    /// had been deployed to the front": a part of troops counted before (with no claim of their
    /// own) that a verb of deployment sends.
    func isDeployedPartOfTroops(_ mention: NumberMention, whole: NumberMention) -> Bool {
        guard isPartOfThem(mention), nounPhrase(after: whole.tokens.upperBound, limit: mention.tokens.lowerBound).people.kind?.isCombatant == true
        else { return false }
        var i = mention.tokens.upperBound + 2
        while i < min(tokens.count, mention.tokens.upperBound + 5), Lexicon.has(tokens[i], .auxiliary) { i += 1 }
        return i > mention.tokens.upperBound + 2 && i < tokens.count
            && extractor.triggers.match(tokens, at: i)?.value.figure == .deployed
    }

    /// "rescued 354 passengers, 37 of them wounded,": the figure word right after "of them" that
    /// ends the part's phrase (before `limit`), and where it ends.
    func figureWordEndingPart(_ mention: NumberMention, limit: Int) -> (figure: FigureKey, end: Int)? {
        let word = mention.tokens.upperBound + 2
        guard isPartOfThem(mention), tokens[word - 1].hash == Words.them, word < limit,
              let found = extractor.triggers.match(tokens, at: word, limit: limit), found.value.figure != .deployed else { return nil }
        let end = word + found.length
        return end == limit || tokens[end].isPunctuation ? (found.value.figure, end) : nil
    }

    /// "Another 159 were injured", "150 others were wounded": more of the same event's people,
    /// in its scope when the words say none of their own.
    func isAnother(_ mention: NumberMention) -> Bool {
        let end = mention.tokens.upperBound
        let start = mention.tokens.lowerBound
        return start > 0 && tokens[start - 1].hash == Words.another
            // ("A further 12 people were injured": as "another".)
            || start > 1 && tokens[start - 1].hash == Words.further && tokens[start - 2].hash == Words.a
            || end < tokens.count && (tokens[end].hash == Words.others || tokens[end].hash == Words.other)
    }

    /// "The dead included 169 Indian nationals", "The dead also included 1,450 troops": the noun
    /// before an inclusion verb right before `start`, past an "also".
    func nounIncluding(before start: Int) -> Int? {
        // ("The victims included a 70-year-old village chief and two boys": past one person named
        // first, with "a", and "and".)
        if start >= 4, tokens[start - 1].hash == Words.and,
           let verb = Range(max(1, start - 10), upTo: start - 2).last(where: { Words.inclusionVerbs.contains(tokens[$0].hash) }),
           tokens[verb + 1].hash == Words.a || tokens[verb + 1].hash == Words.an,
           (verb + 2..<start - 1).allSatisfy({ tokens[$0].isWord || tokens[$0].isDigits || tokens[$0].hash == Words.hyphen && tokens[$0].isAttached }) {
            return verb >= 2 && tokens[verb - 1].hash == Words.also ? verb - 2 : verb - 1
        }
        guard start >= 2, Words.inclusionVerbs.contains(tokens[start - 1].hash) else { return nil }
        // ("the victims, aged between 19 and 42, included three Colombian nationals": past an aside
        // on their ages.)
        if start >= 4, tokens[start - 2].hash == Words.comma,
           let open = Range(max(1, start - 10), upTo: start - 2).last(where: { tokens[$0].hash == Words.comma }),
           tokens[open + 1].hash == Words.aged {
            return open - 1
        }
        return start >= 3 && tokens[start - 2].hash == Words.also ? start - 3 : start - 2
    }

    /// "About 300 of the wounded were in critical condition", "Among the dead were at least six
    /// children", "the dead included 427 Druze fighters": a part of a toll told before.
    func isPartOfToll(_ mention: NumberMention) -> Bool {
        let end = mention.tokens.upperBound
        // ("accounted for 37 of the deaths" too, and "accounts for 612 of this year's deaths".)
        var noun = end + 2
        if noun + 2 < tokens.count, tokens[end].hash == Words.of, tokens[end + 1].hash == Words.this,
           Lexicon.has(tokens[end + 2], .timeUnit), tokens[end + 3].kind == .possessive {
            noun = end + 4
        } else if end + 1 >= tokens.count || tokens[end + 1].hash != Words.the {
            noun = tokens.count
        }
        if noun < tokens.count, tokens[end].hash == Words.of,
           Words.tollNouns.contains(tokens[noun].hash) || Words.tollCountNouns.contains(tokens[noun].hash) {
            return true
        }
        if partOfNamedToll(after: end, limit: tokens.count) != nil { return true }
        // ("At least 64 children were among those killed": a part a copula puts among a toll.)
        var among = end
        while among < min(tokens.count, end + 5), !tokens[among].isPunctuation, tokens[among].hash != Words.among { among += 1 }
        if among < tokens.count, among > end, tokens[among].hash == Words.among, tokens[among - 1].roles.contains(.copula),
           partOfNamedToll(after: among, limit: tokens.count) != nil {
            return true
        }
        let start = mention.tokens.lowerBound
        guard start >= 2 else { return false }
        if let noun = nounIncluding(before: start), Words.tollNouns.contains(tokens[noun].hash) { return true }
        // "Ambulances took the injured to hospitals ..., and 23 of them were admitted": a part of
        // the toll's people, named just before in the sentence.
        if isPartOfThem(mention) {
            var i = start - 1
            while i >= max(1, start - 20), !tokens[i].isDigits, !Lexicon.has(tokens[i], .numberWord),
                  !tokens[i].isPunctuation || tokens[i].hash == Words.comma {
                if Words.tollNouns.contains(tokens[i].hash), tokens[i - 1].hash == Words.the { return true }
                i -= 1
            }
        }
        return start >= 4 && tokens[start - 1].roles.contains(.copula) && Words.tollNouns.contains(tokens[start - 2].hash)
            && tokens[start - 3].hash == Words.the && tokens[start - 4].hash == Words.among
    }

    /// "29 of those killed", "298 of those who died", "19 of the month's civilian deaths", "241
    /// of the October homicides" (or "among those killed"): a part of a toll that the words after "of" name by a toll's
    /// word, a few words on, no number between. Returns the toll's figure (nil for "the
    /// victims", whose figure is the whole's) and the index after its word.
    /// (Not a verb's people: "two of the attackers and captured three others", "Sixty-three of
    /// the pupils abducted"; nor a new sentence's "Of"; nor the fresh deaths, an increment's.)
    func partOfNamedToll(after end: Int, limit: Int) -> (figure: FigureKey?, end: Int)? {
        guard end + 2 < limit, tokens[end].hash == Words.of || tokens[end].hash == Words.among, !tokens[end].isCapitalized,
              [Words.the, Words.these, Words.those, Words.this, Words.last].contains(tokens[end + 1].hash) else { return nil }
        // ("Nine of those in hospital are children": a trigger that opens with "those".)
        if tokens[end + 1].hash == Words.those, let found = extractor.triggers.match(tokens, at: end + 1, limit: limit) {
            return (found.value.figure, end + 1 + found.length)
        }
        var i = end + 2
        while i < min(limit, end + 7) {
            let token = tokens[i]
            if token.hash == Words.victims { return (nil, i + 1) }
            // (The toll word's figure as its trigger reads it; "homicides", "murders" and "killings"
            // are no trigger of their own.)
            if Words.tollNouns.contains(token.hash) || Words.tollCountNouns.contains(token.hash) {
                // (Not a toll's word that modifies a thing: "two of the missing boats".)
                if i + 1 < limit, Lexicon.has(tokens[i + 1], .thing), !Lexicon.has(tokens[i + 1], .timeUnit) { return nil }
                return (extractor.triggers.match(tokens, at: i, limit: i + 1)?.value.figure ?? .killed, i + 1)
            }
            // ("those who died", "those who have died", "those who drowned".)
            if Words.intransitiveDeathVerbs.contains(token.hash), tokens[i - 1].hash == Words.who || tokens[i - 2].hash == Words.who {
                return (.killed, i + 1)
            }
            // (Not things: "5,000 of the weapons seized"; nor events, but as a toll's modifier:
            // "410 of those assaults left victims hurt", not "12 of the attack victims".)
            guard token.isWord || token.kind == .possessive, token.hash != Words.and, token.hash != Words.or,
                  !Words.freshWords.contains(token.hash), !Lexicon.has(token, .thing) || Lexicon.has(token, .timeUnit),
                  !Lexicon.has(token, .event) || i + 1 < limit && (tokens[i + 1].hash == Words.victims
                      || Words.tollNouns.contains(tokens[i + 1].hash) || Words.tollCountNouns.contains(tokens[i + 1].hash)) else {
                return nil
            }
            i += 1
        }
        return nil
    }

    /// Only joining words between two numbers ("killed 12 and injured 90", "300 ... and another
    /// 2,700"): the second shares the first's event, verb and people.
    func isLinked(_ range: Range<Int>) -> Bool {
        guard range.count <= 10 else { return false }
        var i = range.lowerBound
        while i < range.upperBound {
            defer { i += 1 }
            let token = tokens[i]
            if token.isPunctuation {
                if token.hash == Words.comma || token.hash == Words.hyphen { continue }
                return false
            }
            // ("the dead include 341 civilians, ..., as well as 187 Syrian government troops".)
            if token.hash == Words.as_, i + 2 < range.upperBound, tokens[i + 1].hash == Words.well, tokens[i + 2].hash == Words.as_ {
                i += 2
                continue
            }
            // "354 government soldiers and security personnel and 21 Bedouin fighters": more
            // people of the first number's phrase, joined to it.
            // ("two Italian climbers, a French climber and four Nepali guides": one person between,
            // counted by the article.)
            if i > range.lowerBound, tokens[i - 1].hash == Words.comma, token.hash == Words.a || token.hash == Words.an {
                let phrase = nounPhrase(after: i + 1, limit: range.upperBound)
                if phrase.people.kind != nil, phrase.trigger == nil, !phrase.isKnownThing, phrase.end > i + 1 {
                    i = phrase.end - 1
                    continue
                }
            }
            if i > range.lowerBound, tokens[i - 1].hash == Words.and, !Lexicon.has(token, .determiner) {
                let phrase = nounPhrase(after: i, limit: range.upperBound)
                if phrase.people.kind != nil, phrase.trigger == nil, !phrase.isKnownThing, phrase.end > i {
                    i = phrase.end - 1
                    continue
                }
            }
            let roles = Lexicon.roles(token)
            if roles.contains(.attribution), !roles.contains(.adverb) { return false }
            // "14 wounded when hundreds of jihadist fighters ... attacked": a clause of its own.
            if token.hash == Words.when { return false }
            // "killed more than 53,000 people in Turkey and about 6,000 in Syria": the place of the
            // first, right before the "and".
            // (Or before a list's comma, and of more words: "142 civilians in North Kivu, 97 in
            // Ituri and ...", "142 civilians in January, 97 in February and 118 in March".)
            if token.isCapitalized, i > range.lowerBound, tokens[i - 1].hash == Words.in {
                var end = i + 1
                while end < range.upperBound, end < i + 4, tokens[end].isCapitalized { end += 1 }
                if end < range.upperBound,
                   tokens[end].hash == Words.and || tokens[end].hash == Words.comma && end + 1 == range.upperBound {
                    i = end - 1
                    continue
                }
            }
            // (A cue of change, all its words: "rose to 114 on Wednesday, an increase of 29".)
            if let cue = Cues.changeBefore.match(tokens, at: i, limit: range.upperBound) {
                i += cue.length - 1
                continue
            }
            // (A figure's word, and all its phrase's words: "9 soldiers fallen with arms in hand, and
            // 17 wounded".)
            if let trigger = extractor.triggers.match(tokens, at: i) {
                i += min(trigger.length, range.upperBound - i) - 1
                continue
            }
            // ("rose to 114 on Wednesday, rising by 29 overnight": the day the first was told.)
            if roles.contains(.conjunction) || roles.contains(.auxiliary) || roles.contains(.adverb)
                || roles.contains(.determiner) || roles.contains(.preposition) || roles.contains(.linkVerb)
                || !roles.isDisjoint(with: [.weekday, .yesterday])
                || token.hash == Words.another || token.hash == Words.others {
                continue
            }
            // (A part of the day after its day: "had put the toll at 21 on Tuesday evening and at 12
            // on Monday night".)
            if Words.partsOfDay.contains(token.hash), i > range.lowerBound, Lexicon.has(tokens[i - 1], .weekday) { continue }
            return false
        }
        return true
    }

    /// "Thirteen South African soldiers were killed in clashes around Goma, the ministry said,
    /// along with three Malawian peacekeepers": people added after a comma share the casualty
    /// told before them in the sentence, whatever stands between. (Not people held: "hold about
    /// 9,000 Islamic State fighters ..., along with 40,000 of their relatives in camps" are in
    /// camps, which a reader does not take for a count of captives.)
    func isAlongWith(before start: Int, floor: Int) -> Bool {
        start - 3 >= floor && tokens[start - 1].hash == Words.with
            && (tokens[start - 2].hash == Words.along || tokens[start - 2].hash == Words.together) && tokens[start - 3].hash == Words.comma
    }

    /// "will also involve about 1,000 British soldiers from the NATO battlegroup at Tapa and some
    /// 400 U.S. troops": troops joined by "and" past where the first come from or serve, with no
    /// verb between, share the first's verb.
    func isJoinedAfterPlace(_ range: Range<Int>) -> Bool {
        guard range.count >= 2, range.count <= 12, tokens[range.upperBound - 1].hash == Words.and else { return false }
        return range.dropLast().allSatisfy { i in
            let token = tokens[i]
            // (A possessive is a token of its own: "from the Army's 3rd Brigade and".)
            if token.kind == .possessive { return true }
            if token.isPunctuation { return token.hash == Words.hyphen }
            let roles = Lexicon.roles(token)
            return token.isWord && roles.isDisjoint(with: [.auxiliary, .attribution, .pastTense, .modal, .conjunction, .numberWord])
                && !token.roles.contains(.opensClause)
        }
    }

    /// Where scope cues for a number may be: its clause, and on after it through joined
    /// numbers ("12 were killed and 30 wounded in the attack"), up to the attribution, a
    /// relative clause or a hard break.
    func scopeWindow(of mention: NumberMention, clause: Range<Int>, sentence: Range<Int>, attribution: Attribution?) -> Range<Int> {
        var end = mention.tokens.upperBound
        while end < sentence.upperBound {
            let token = tokens[end]
            if isHardBreak(token) || isClauseOpening(end) { break }
            // "wounded 11,088, most of them since the escalation began": the aside's window is its
            // own. (Not after a subject: "Thirteen peacekeepers, most of them South African, were
            // killed"; nor an aside of people: "130 civilians, most of them Fulani, in an attack".)
            if token.hash == Words.comma, end + 1 < sentence.upperBound, Words.partAsides.contains(tokens[end + 1].hash),
               mention.tokens.lowerBound > clause.lowerBound, hasWindow(inAsideAt: end, sentence: sentence) {
                break
            }
            if let attribution, attribution.span.contains(end) || attribution.span.lowerBound == end { break }
            // ("killed 27 Maoist insurgents, including a top commander who carried a bounty on his
            // head, in an encounter": past an aside on one of the people, to the event after it.)
            if token.hash == Words.comma, end + 2 < sentence.upperBound, tokens[end + 1].hash == Words.including,
               Lexicon.has(tokens[end + 2], .determiner),
               let close = (end + 3..<min(sentence.upperBound, end + 20)).prefix(while: {
                   !tokens[$0].isDigits && !tokens[$0].roles.contains(.numberWord) && !isHardBreak(tokens[$0])
                       && !(tokens[$0].isPunctuation && tokens[$0].hash != Words.comma)
               }).first(where: { tokens[$0].hash == Words.comma }),
               close + 1 < sentence.upperBound, Lexicon.has(tokens[close + 1], .preposition) {
                end = close + 1
                continue
            }
            // "Eleven Tanzanian soldiers have been killed ... since Tanzania first deployed there in 2014,
            // including two in an ambush near Sam Ouandja": a part that ends the sentence with an
            // event of its own; the event is the part's, not the whole's.
            // (Or ends before the attribution: "Nine miners have died since the start of this year,
            // including five in a methane explosion ... on Jan. 23, the ministry said".)
            // (So is a part told as "N of them": "898 Israeli soldiers have been killed, 454 of them
            // since the ground offensive began", "38 soldiers have been killed this year, 17 of them
            // when fighters overran a base".)
            // (And ", among them 1,838 people killed while seeking aid since late May".)
            let partCount = token.hash != Words.comma || end + 2 >= sentence.upperBound ? nil
                : tokens[end + 1].hash == Words.including ? end + 2
                : tokens[end + 1].hash == Words.among && end + 3 < sentence.upperBound
                    && (tokens[end + 2].hash == Words.them || tokens[end + 2].hash == Words.whom) ? end + 3 : nil
            // (And "most of them": "More than 2,200 people have been killed in Lebanon since
            // October 2023, most of them in the past three weeks": the weeks are the part's.)
            if partCount.map({ tokens[$0].isDigits || Lexicon.has(tokens[$0], .numberWord) }) ?? false
                || isPartOfThemAside(at: end, limit: sentence.upperBound)
                || token.hash == Words.comma && end + 3 < sentence.upperBound && Words.vagueParts.contains(tokens[end + 1].hash)
                && tokens[end + 2].hash == Words.of && (tokens[end + 3].hash == Words.them || tokens[end + 3].hash == Words.whom) {
                let partEnd = attribution.map { $0.span.lowerBound > end + 2 ? $0.span.lowerBound - 1 : sentence.upperBound }
                    ?? sentence.upperBound
                // (A date's comma is none: "including 13 service members killed in a suicide bombing
                // at Kabul airport on Aug. 26, 2021".)
                // (Nor the comma before "according to", nor the one before the giver's words: "17
                // of them in the past 24 hours, the religious affairs ministry said".)
                let giverAt = attribution?.span.lowerBound ?? sentence.upperBound
                if !(end + 2..<partEnd).contains(where: { comma in
                    tokens[comma].hash == Words.comma && !isDatePart(comma)
                        && !(comma + 1 < partEnd && tokens[comma + 1].starts.contains(.relay))
                        && !(comma + 1 < giverAt && giverAt - comma <= 5 && !(comma + 1..<giverAt).contains { tokens[$0].isPunctuation }
                             && (tokens[comma + 1].hash == Words.the || tokens[comma + 1].isCapitalized))
                }) {
                    break
                }
            }
            // "had killed more than 2,500 Hezbollah fighters during the war and about 30 since the
            // ceasefire": a number joined after the first's own time has a time of its own.
            if token.hash == Words.and, end > mention.tokens.upperBound, isCountStart(at: end + 1, limit: sentence.upperBound),
               (mention.tokens.upperBound..<end).contains(where: { tokens[$0].hash == Words.during || tokens[$0].hash == Words.since }) {
                break
            }
            // "has passed 125,000, rising by more than 4,000 since January": the window is the
            // increment's.
            if token.hash == Words.comma, end + 3 < sentence.upperBound, Lexicon.has(tokens[end + 1], .changeVerb),
               tokens[end + 2].hash == Words.by {
                break
            }
            // (So is the window after an increment told as a noun: "The toll rose to 114, a rise of
            // 29 since Tuesday", "..., an increase of 12 over the past week".)
            if token.hash == Words.comma, let cue = Cues.changeBefore.match(tokens, at: end + 1, limit: sentence.upperBound),
               end + 1 + cue.length < sentence.upperBound, tokens[end + 1 + cue.length].isDigits
                || Lexicon.has(tokens[end + 1 + cue.length], .numberWord) {
                break
            }
            // "rose to 54,470, with 124,600 wounded over the same period": the same period, in a
            // ", with" phrase of another number, is the window of the number before, not one of
            // its own. (Joined by "and", the numbers share it: "had killed 35 militants and
            // detained more than 200 suspects over the same period".)
            if token.hash == Words.same, end + 1 < sentence.upperBound, tokens[end + 1].hash == Words.periodWord,
               (mention.tokens.upperBound..<end).contains(where: { tokens[$0].hash == Words.comma && tokens[$0 + 1].hash == Words.with }) {
                break
            }
            // "the death toll ... rose to 52 with eight more deaths reported from three districts in
            // the last 24 hours": the window of the increment after "with", not of the new toll.
            // (Past the day of the new toll too: "rose to 167 on Thursday, with 41 more bodies pulled
            // from the mud over the past day".)
            if token.hash == Words.with, end == mention.tokens.upperBound || tokens[end - 1].hash == Words.comma,
               mention.tokens.lowerBound > clause.lowerBound,
               tokens[mention.tokens.lowerBound - 1].hash == Words.to, isCountStart(at: end + 1, limit: sentence.upperBound) {
                break
            }
            // "Two flight attendants who were seated in the tail section were injured in the
            // crash": past a relative clause on the people to their own verb.
            if token.hash == Words.who, let main = mainVerb(afterRelativeAt: end, limit: sentence.upperBound) {
                end = main
                continue
            }
            // (Or between commas: "all 16 attackers, who had tried to enter the cantonment ..., were
            // killed by security forces during the assault".)
            // (Right after the people's phrase, a few words on.)
            if token.hash == Words.comma, end <= mention.tokens.upperBound + 5,
               let main = verbAfterRelativeAside(at: end, limit: sentence.upperBound) {
                end = main
                continue
            }
            // ("threatened to kill them unless the government freed jailed activists within 48
            // hours": a condition's deadline is no window of the number's.)
            if token.isWord, token.hash == Words.which || token.hash == Words.who || token.hash == Words.whereWord
                || token.hash == Words.unless
                || Lexicon.has(token, .attribution) && !Lexicon.has(token, .adverb) && !Lexicon.has(token, .linkVerb)
                && !isPassiveReport(end) && !isReportedFigure(end) && !isReducedRelativeReport(end) && !isNounOfPlace(end)
                && !isPeoplesOwnReport(end, after: mention) {
                break
            }
            end += 1
        }
        // "received 57 patients since Monday, while committees said at least 11": the window
        // opens after a clause of its own before the number.
        var start = mention.tokens.lowerBound
        // ("The Sudanese army, which alone operates warplanes in the conflict, said it had killed
        // more than 100 RSF fighters in the strike": the speaker's relative clause is about the
        // speaker, not the number.)
        var floor = clause.lowerBound
        if let attribution, attribution.span.upperBound + 1 < mention.tokens.lowerBound, attribution.span.upperBound >= floor,
           tokens[attribution.span.upperBound].hash == Words.comma,
           tokens[attribution.span.upperBound + 1].hash == Words.which || tokens[attribution.span.upperBound + 1].hash == Words.who,
           let close = (attribution.span.upperBound + 2..<mention.tokens.lowerBound).first(where: { tokens[$0].hash == Words.comma }) {
            floor = close + 1
        }
        if start - 2 >= floor, hasOwnSince(mention, windowEnd: end, sentence: sentence) { floor = start }
        while start > floor, !isClauseOpening(start - 1), !isJoinedClauseStart(start - 1, mention: mention, windowEnd: end) { start -= 1 }
        return start..<end
    }

    /// "Two Israeli journalists were killed in the Hamas-led attack of Oct. 7, 2023, and six
    /// Lebanese journalists have been killed in Israeli strikes", "..., and attacks have killed
    /// more than 6,000 people since the insurgency began": ", and" at `index` opens a clause with
    /// its own verb group and its own time or event after the number; the clause before is no
    /// window of it (but "12 were killed in the attack, and 30 were wounded" shares the attack).
    func isJoinedClauseStart(_ index: Int, mention: NumberMention, windowEnd: Int) -> Bool {
        guard tokens[index].hash == Words.and, index > 0, tokens[index - 1].hash == Words.comma,
              index < mention.tokens.lowerBound else { return false }
        let clause = index + 1..<windowEnd
        // (Not one whose "it" is the clause before's: "has grown to 198 cases, and 23 people have
        // been hospitalized since it began in late January".)
        guard clause.contains(where: { Lexicon.has(tokens[$0], .auxiliary) && !Lexicon.has(tokens[$0], .copula) }),
              !clause.contains(where: { tokens[$0].hash == Words.it }) else { return false }
        return (mention.tokens.upperBound..<windowEnd).contains {
            tokens[$0].hash == Words.since || Lexicon.has(tokens[$0], .event) || tokens[$0].starts.contains(.period)
        }
    }

    /// "In November 2021, 68 inmates were killed in a riot ..., and more than 400 inmates have
    /// died in prison violence since 2021": a number after ", and" with a "since" of its own
    /// has its own window, not the first clause's (nor that of a claim it is joined to).
    /// (Only after a time that opens the sentence: "The outbreak has grown to 198 cases, and 23
    /// people have been hospitalized since it began" keeps the first clause's window.)
    func hasOwnSince(_ mention: NumberMention, windowEnd end: Int, sentence: Range<Int>) -> Bool {
        let start = mention.tokens.lowerBound
        guard start - 2 >= sentence.lowerBound, tokens[start - 1].hash == Words.and, tokens[start - 2].hash == Words.comma,
              let opening = frontedTimeEnd(sentence) ?? datedOpeningEnd(sentence), opening < start - 2 else { return false }
        return (mention.tokens.upperBound..<max(end, mention.tokens.upperBound)).contains { tokens[$0].hash == Words.since }
    }

    /// "In November 2021, ...", "In 2019, ...": the comma after a month or year that opens the
    /// sentence.
    func datedOpeningEnd(_ sentence: Range<Int>) -> Int? {
        guard sentence.count > 3, tokens[sentence.lowerBound].hash == Words.in,
              let comma = (sentence.lowerBound + 2..<min(sentence.upperBound, sentence.lowerBound + 5))
                .first(where: { tokens[$0].isPunctuation }), tokens[comma].hash == Words.comma,
              (sentence.lowerBound + 1..<comma).contains(where: { Lexicon.has(tokens[$0], .month) || yearNumber(tokens[$0]) != nil })
        else { return nil }
        return comma
    }

    /// "A drone strike on a mosque ... killed at least 75 people ... The El Fasher Resistance
    /// Committee put the toll at 78": another count of the toll, of the size of the event's just
    /// counted (within a factor of three), is that event's. (A war's toll after one strike's is
    /// not: "put the toll at 45,000" after a strike that killed 12.)
    func isOtherTollOfEvent(_ mention: NumberMention, clause: Range<Int>, figure: FigureKey) -> Bool {
        let start = mention.tokens.lowerBound
        guard start - 4 >= clause.lowerBound, tokens[start - 1].hash == Words.at || tokens[start - 1].hash == Words.of,
              tokens[start - 2].hash == Words.toll else { return false }
        let article = tokens[start - 3].hash == Words.death ? start - 4 : start - 3
        guard article - 1 >= clause.lowerBound, tokens[article].hash == Words.the || tokens[article].hash == Words.a,
              tokens[article - 1].hash == Words.put || tokens[article - 1].hash == Words.gave,
              let event = recentScopes.last(of: figure), event.scope == .incident else { return false }
        let ratio = mention.quantity.value / max(event.largest, 1)
        return ratio >= 1.0 / 3 && ratio <= 3
    }

    /// "..., and 23 remain in hospital", "and that 61 were still being treated at hospitals": the
    /// injured still in care, told after "and", a count of the day it is told, whatever event
    /// hurt them. (Not a part: "Twelve of the injured remained in hospital on Tuesday", "and 14 of
    /// them remain in intensive care" are of the event, as the writers read them.)
    func isStillInCare(_ mention: NumberMention, limit: Int) -> Bool {
        let start = mention.tokens.upperBound
        var joint = mention.tokens.lowerBound - 1
        if joint > 0, tokens[joint].hash == Words.that { joint -= 1 }
        guard joint >= 0, tokens[joint].hash == Words.and, start < limit, tokens[start].hash != Words.of, let still = (start..<min(limit, start + 4)).first(where: {
            Words.remainWords.contains(tokens[$0].hash) || tokens[$0].hash == Words.still
        }) else { return false }
        return (still + 1..<max(still + 1, min(limit, still + 5))).contains { Words.inCareWords.contains(tokens[$0].hash) }
    }

    /// "The Interior Ministry put the toll at 29 dead and 58 wounded": a number joined by "and" to
    /// another count of the event's toll is of that event too.
    func isJoinedToOtherToll(_ index: Int, in mentions: [NumberMention], previous: Read?, clause: Range<Int>) -> Bool {
        guard index > 0, let previous else { return false }
        return isOtherTollOfEvent(mentions[index - 1], clause: previous.clauseStart..<clause.upperBound, figure: previous.figure)
    }

    /// "had reported 17 dead", "had earlier put the toll at", "On 10 June, OCHA reported 38 deaths",
    /// "On Thursday, the toll stood at 22": a report made on an earlier day, told in the past
    /// perfect or under a past day that opens the sentence, before the number.
    func isEarlierReport(before mention: NumberMention, clause: Range<Int>, sentence: Range<Int>) -> Bool {
        let before = clause.lowerBound..<mention.tokens.lowerBound
        // (Not a monitor's count: "had documented the killing of 111 civilians so far", "had
        // verified the deaths of at least eight people" are its tallies.)
        func isReportWord(_ i: Int) -> Bool {
            Lexicon.has(tokens[i], .attribution) && !Lexicon.has(tokens[i], .adverb) && !Words.tallyVerbs.contains(tokens[i].hash)
                || tokens[i].hash == Words.stood
        }
        if contains(Cues.runningTotalCues, in: clause) { return false }
        // ("the previous toll announced on Friday morning was 58", "an earlier tally of 31": the
        // toll as first reported.)
        if before.dropLast().contains(where: { Words.earlierTollWords.contains(tokens[$0].hash) && Words.figureNouns.contains(tokens[$0 + 1].hash) }) {
            return true
        }
        if before.contains(where: { tokens[$0].hash == Words.had && ($0 + 1..<min(before.upperBound, $0 + 3)).contains(where: isReportWord) }) {
            return true
        }
        guard sentence.count > 4, tokens[sentence.lowerBound].hash == Words.on,
              Lexicon.has(tokens[sentence.lowerBound + 1], .weekday) || Lexicon.has(tokens[sentence.lowerBound + 1], .month)
                || dayNumber(tokens[sentence.lowerBound + 1]) != nil,
              let comma = (sentence.lowerBound + 2..<min(sentence.upperBound, sentence.lowerBound + 6))
                .first(where: { tokens[$0].hash == Words.comma && !isDatePart($0) }),
              comma < mention.tokens.lowerBound else { return false }
        return (comma + 1..<mention.tokens.lowerBound).contains(where: isReportWord)
    }

    /// "..., and took 251 hostages", "and abducted 20": a verb in the simple past right before
    /// the number, after "and", with no number between it and the claim before ending at `end`.
    func isJointAct(_ mention: NumberMention, after end: Int) -> Bool {
        let start = mention.tokens.lowerBound
        // ("The volcano's eruption in June 2018 killed 215 people and left 229 missing": "left" too.)
        guard start - 2 >= end, tokens[start - 2].hash == Words.and,
              isFinitePast(start - 1) || tokens[start - 1].hash == Words.left else { return false }
        return !(end..<start - 2).contains { tokens[$0].isDigits && yearNumber(tokens[$0]) == nil && dayNumber(tokens[$0]) == nil }
    }

    /// The past day that an "On ..." phrase opening the sentence names: "On 10 June,", "On
    /// Thursday,".
    func openingDay(of sentence: Range<Int>, before end: Int) -> CalendarDay? {
        guard let opening = openingPhrase(of: sentence, before: end), tokens[opening.lowerBound].hash == Words.on else { return nil }
        if let day = pastEventDate(in: opening, before: opening.upperBound) { return day }
        guard opening.count == 2, let info = Lexicon.info(tokens[opening.lowerBound + 1]), info.roles.contains(.weekday) else {
            return nil
        }
        let day = latest(weekday: Int(info.number))
        return day == published ? nil : day
    }

    /// "68 deaths across 11 states in the week to Sept. 21", "in the states": a report verb's
    /// word used as a noun after a number, an article or a preposition of place.
    func isNounOfPlace(_ index: Int) -> Bool {
        guard index >= 1 else { return false }
        let before = tokens[index - 1]
        return before.isDigits || Lexicon.has(before, .numberWord) || Lexicon.has(before, .determiner)
            || Words.placePrepositions.contains(before.hash)
    }

    /// "The remains of 147 people believed to be migrants have been recovered ... so far this
    /// year": a verb of report right after the number's people, then "to", says what they are;
    /// the count's verb and window come after it.
    func isPeoplesOwnReport(_ index: Int, after mention: NumberMention) -> Bool {
        index + 1 < tokens.count && index > mention.tokens.upperBound && index <= mention.tokens.upperBound + 3
            && tokens[index + 1].hash == Words.to && tokens[index - 1].isWord && !Lexicon.has(tokens[index - 1], .auxiliary)
            && (mention.tokens.upperBound..<index).allSatisfy { tokens[$0].isWord }
    }

    /// "the 480 heat-attributable deaths it recorded in the same month last year": a report verb
    /// in a relative clause on the count noun, with no "that", tells no attribution's start.
    func isReducedRelativeReport(_ index: Int) -> Bool {
        guard index >= 2 else { return false }
        let pronoun = tokens[index - 1].hash
        return (pronoun == Words.it || pronoun == Words.they)
            && (Words.tollCountNouns.contains(tokens[index - 2].hash) || Words.killingNouns.contains(tokens[index - 2].hash))
    }

    /// Whether the aside that the comma at `comma` opens (up to the next comma) names a
    /// window: ", most of them since the escalation began", ", including 1,660 over the past day".
    /// ", 454 of them", ", 17 of whom": a count of the people before it, after a comma.
    func isPartOfThemAside(at comma: Int, limit: Int) -> Bool {
        comma + 3 < limit && tokens[comma].hash == Words.comma && isCountStart(at: comma + 1, limit: comma + 2)
            && tokens[comma + 2].hash == Words.of && (tokens[comma + 3].hash == Words.them || tokens[comma + 3].hash == Words.whom)
    }

    func hasWindow(inAsideAt comma: Int, sentence: Range<Int>) -> Bool {
        var close = comma + 1
        while close < sentence.upperBound, tokens[close].hash != Words.comma { close += 1 }
        let aside = comma + 1..<close
        return aside.contains { tokens[$0].hash == Words.since } || firstPeriodCue(in: aside) != nil
    }

    /// ", while", ", as", ", but", ", leaving", ", and that": a comma that opens a clause of its own.
    func isClauseOpening(_ index: Int) -> Bool {
        guard tokens[index].hash == Words.comma, index + 1 < tokens.count else { return false }
        let next = tokens[index + 1].hash
        return Words.clauseOpeners.contains(next)
            || next == Words.and && index + 2 < tokens.count && tokens[index + 2].hash == Words.that
    }

    /// "Since the protests began in October, ...", "During the week, ...": the comma that ends a
    /// time put first in the sentence.
    func frontedTimeEnd(_ sentence: Range<Int>) -> Int? {
        guard sentence.count > 2, Words.frontedTimeOpeners.contains(tokens[sentence.lowerBound].hash) else { return nil }
        return (sentence.lowerBound + 1..<min(sentence.upperBound, sentence.lowerBound + 20))
            .prefix(while: { !isHardBreak(tokens[$0]) }).first(where: { tokens[$0].hash == Words.comma })
    }

    /// The mention's clause: from the previous number (or hard punctuation) to the next.
    /// A number in quotes ("killed \"more than 50\" hostages", "killed \"hundreds of Houthi
    /// fighters\"") stays in its clause: the quote marks that touch it break nothing.
    func clauseBounds(of mention: NumberMention, left: Int, right: Int) -> Range<Int> {
        var start = mention.tokens.lowerBound
        if start > left, tokens[start - 1].isQuoteMark { start -= 1 }
        while start > left, !isHardBreak(tokens[start - 1]) { start -= 1 }
        var end = mention.tokens.upperBound
        if end < right, tokens[end].isQuoteMark, tokens[end].isAttached { end += 1 }
        while end < right, !isHardBreak(tokens[end]) { end += 1 }
        return start..<end
    }

    /// `its "precise strike" on a school had killed 19`: quote marks around a few words, a
    /// term the writer keeps at a distance, break no clause (the words may name the event);
    /// nor do brackets around a name's short form ("since the National Liberation Army (ELN)
    /// launched an offensive"), nor the digits in brackets after a number in words ("Twenty-six
    /// (26) persons including eight (08) police officers sustained injuries").
    mutating func unmarkWrappedTerms(in range: Range<Int>) {
        // ("were treated at St. Luke's Hospital": the period of an abbreviation before a name
        // ends no sentence, and breaks no clause either.)
        for i in range.dropFirst().dropLast() where tokens[i].hash == Words.period && tokens[i].roles.contains(.hardBreak)
            && tokens[i + 1].isCapitalized && tokens[i - 1].length > 1 && SentenceSplitter.isAbbreviation(tokens, before: i, terminal: tokens[i]) {
            tokens[i].roles.remove(.hardBreak)
        }
        // ("child deaths in 2024 rose by 19% to about 4,700": nor does the sign of a rise's share,
        // which keeps its count noun and year in the new value's clause.)
        for i in range.dropFirst(2) where tokens[i].hash == Words.percentSign && tokens[i].roles.contains(.hardBreak)
            && percentRise(endingAt: i, floor: range.lowerBound) != nil {
            tokens[i].roles.remove(.hardBreak)
        }
        var i = range.lowerBound
        while i + 2 < range.upperBound {
            let isParen = tokens[i].hash == Words.openParen
            if isParen, i > range.lowerBound, Lexicon.has(tokens[i - 1], .numberWord), pastBracketedDigits(i, limit: range.upperBound) > i {
                tokens[i].roles.remove(.hardBreak)
                tokens[i + 2].roles.remove(.hardBreak)
                i += 3
                continue
            }
            guard tokens[i].isQuoteMark || isParen, i == range.lowerBound || !tokens[i].isAttached,
                  tokens[i + 1].isWord, tokens[i + 1].isAttached else {
                i += 1
                continue
            }
            var close = i + 1
            // (Quotes may hold a number's phrase: `had killed "around 40 terrorists" in an air strike`.)
            while close < min(range.upperBound, i + (isParen ? 3 : 6)), tokens[close].isWord || !isParen && tokens[close].isDigits {
                close += 1
            }
            guard close < range.upperBound, isParen ? tokens[close].hash == Words.closeParen : tokens[close].isQuoteMark,
                  tokens[close].isAttached else {
                i += 1
                continue
            }
            tokens[i].roles.remove(.hardBreak)
            tokens[close].roles.remove(.hardBreak)
            i = close + 1
        }
    }

    /// Event words that name a kind of gear, their role taken off: "an amphibious assault vehicle
    /// sank" tells a sinking, no assault; so do "attack helicopters" and "assault rifles".
    mutating func unmarkEventWordsOfGear(in range: Range<Int>) {
        for i in range.dropLast() where tokens[i].roles.contains(.event) && Words.gearNouns.contains(tokens[i + 1].hash) {
            tokens[i].roles.remove(.event)
        }
    }

    /// Report words that report nothing here, their role taken off: "states" that names places
    /// ("in Kogi, Niger and Kwara states": two names that spoke would "state"; "the toll in the
    /// three states", "across the states", "the United States"), and "put" with no "at" after it ("floods that put a
    /// third of Pakistan under water killed more than 1,700"; a toll is put "at" a number, or
    /// "put forward"), and "accused" right before "of".
    mutating func unmarkWordsThatReportNothing(in range: Range<Int>) {
        for i in range {
            let hash = tokens[i].hash
            if hash == Words.states, i - 1 >= range.lowerBound {
                let before = tokens[i - 1]
                // ("the United States": a name's word, capitalized after a capital.)
                if before.hash == Words.the || before.isDigits || before.roles.contains(.numberWord)
                    || before.isCapitalized && i - 2 >= range.lowerBound && tokens[i - 2].hash == Words.and
                    || before.isCapitalized && tokens[i].isCapitalized && before.isWord
                    || isStatesNoun(at: i, limit: range.upperBound) {
                    tokens[i].roles.remove(.attribution)
                }
            } else if hash == Words.put || hash == Words.puts,
                      !(i + 1..<range.upperBound).contains(where: { tokens[$0].hash == Words.at || tokens[$0].hash == Words.forward }) {
                tokens[i].roles.remove(.attribution)
            } else if hash == Words.admitted, i - 1 >= range.lowerBound, Words.admissionLeads.contains(tokens[i - 1].hash) {
                // ("58 patients remain admitted in cholera treatment units": in hospital, no speaker's word.)
                tokens[i].roles.remove(.attribution)
            } else if hash == Words.accused, i + 1 < range.upperBound, tokens[i + 1].hash == Words.of {
                // ("had killed 43 residents accused of hiding food": people charged, no speaker; one
                // who accuses names whom first, "accused the army of").
                tokens[i].roles.remove(.attribution)
            } else if hash == Words.registered || hash == Words.recorded, i + 2 < range.upperBound, tokens[i + 1].hash == Words.as_,
                      tokens[i + 2].hash == Words.missing {
                // ("about 7,000 people registered as missing": what they are listed as, no speaker's word;
                // not "four people had been wrongly recorded as dead", a correction.)
                tokens[i].roles.remove(.attribution)
            }
        }
    }

    /// "killed across the northwestern states in October", "member states have pledged": a
    /// lowercase "states" that a preposition, "and", "where", an auxiliary, a comma or the
    /// sentence's end follows is the noun; the verb takes what it states ("the report states
    /// that").
    func isStatesNoun(at index: Int, limit: Int) -> Bool {
        guard !tokens[index].isCapitalized else { return false }
        guard index + 1 < limit else { return true }
        let next = tokens[index + 1]
        return next.hash == Words.comma || next.hash == Words.period || next.hash == Words.and || next.hash == Words.or
            || next.hash == Words.whereWord || Lexicon.has(next, .preposition) || Lexicon.has(next, .auxiliary)
    }

    /// `;`, `—`, `(`, `)`, `:` and quotes: one bit that the tokenizer set, not eight comparisons
    /// at each word of every clause walked.
    func isHardBreak(_ token: Token) -> Bool {
        token.roles.contains(.hardBreak)
    }

    // MARK: - Settling subjects

    /// Gives every claim its subject, now that the report's own subject is known.
    mutating func settle() -> [Claim] {
        var casualtySubject = reportSubject(forDeployment: false)
        var troopSubject = reportSubject(forDeployment: true)
        // A report about North Korean troops' losses is about the troops sent too, and back.
        if troopSubject == nil, let subject = casualtySubject,
           ["troops", "fighters"].contains(ReportReader.split(subject).kind ?? "") { troopSubject = subject }
        // (Not in a report whose dead or hurt are people other than fighters: the troops sent
        // after an earthquake are no subject of its toll.)
        if casualtySubject == nil, !claims.indices.contains(where: { claims[$0].figure != .deployed
            && people[$0].kind.map { !$0.isCombatant } == true }) {
            casualtySubject = troopSubject
        }
        // Split once here, not once a claim: a long text has hundreds of thousands.
        let casualtyParts = casualtySubject.map(ReportReader.split)
        let troopParts = troopSubject.map(ReportReader.split)
        for index in claims.indices {
            let isDeployment = claims[index].figure == .deployed
            claims[index].subject = ReportReader.subject(for: people[index], figure: claims[index].figure,
                                                         report: isDeployment ? troopSubject : casualtySubject,
                                                         reportParts: isDeployment ? troopParts : casualtyParts)
        }
        return claims
    }

    /// Front matter's subject, else the one the title names, else the one the claims of the
    /// same family (casualties, or troops) name most often, when at least two claims name it
    /// and no other is named as often: one claim about a group does not make a report about it.
    func reportSubject(forDeployment: Bool) -> String? {
        if let subject = document.subject, !subject.isEmpty { return Slug.make(subject) }
        if let title = document.title, let named = ReportReader.explicitPeople(in: title).first { return named }
        var counts: [String: Int] = [:]
        var firstClaim: [String: Int] = [:]
        // By index, reading only the people: a copy of each claim would retain its strings.
        for index in claims.indices where (claims[index].figure == .deployed) == forDeployment {
            if let group = people[index].group, let kind = people[index].kind {
                let key = group + "-" + kind.slug
                counts[key, default: 0] += 1
                if firstClaim[key] == nil { firstClaim[key] = index }
            }
        }
        // The most often named first, the first named on a tie: never the dictionary's order,
        // which changes from run to run.
        let ranked = counts.sorted { $0.value > $1.value || $0.value == $1.value && firstClaim[$0.key]! < firstClaim[$1.key]! }
        // "North Korean death toll climbs": the title's group, with the kind the claims give it.
        if let title = document.title {
            for group in ReportReader.groups(in: title) {
                if let match = ranked.first(where: { $0.key.hasPrefix(group + "-") }) { return match.key }
            }
        }
        guard let best = ranked.first, best.value >= 2, ranked.count == 1 || ranked[1].value < best.value else { return nil }
        return best.key
    }

    /// The subject slug for what a sentence said of the people (docs/EXTRACTION.md, Subject).
    static func subject(for people: PeopleRef, figure: FigureKey, report: String?,
                        reportParts: (group: String?, kind: String?)?) -> String {
        switch (people.group, people.kind) {
        case let (group?, kind?):
            return group + "-" + kind.slug
        case let (nil, kind?):
            if let report, reportParts?.kind == kind.slug { return report }
            return kind.slug
        case let (group?, nil):
            if let report, reportParts?.group == group { return report }
            if let kind = reportParts?.kind { return group + "-" + kind }
            return group + "-" + (figure == .deployed ? "troops" : "people")
        case (nil, nil):
            return report ?? (figure == .deployed ? "troops" : "people")
        }
    }

    /// "north-korean-troops" → ("north-korean", "troops"), by the known kinds.
    static func split(_ subject: String) -> (group: String?, kind: String?) {
        for kind in knownKindSlugs where subject == kind || subject.hasSuffix("-" + kind) {
            let group = subject == kind ? nil : String(subject.dropLast(kind.count + 1))
            return (group, kind)
        }
        return (subject, nil)
    }

    static let knownKindSlugs = ["aid-workers", "health-workers", "police-officers", "rescue-workers", "troops",
                                 "fighters", "civilians", "people", "children", "women", "journalists",
                                 "migrants", "refugees", "passengers", "crew", "workers", "miners", "students",
                                 "pilgrims", "protesters", "prisoners", "hostages", "patients", "tourists",
                                 "fishermen", "settlers", "farmers", "volunteers", "officials"]

    /// The groups a short text names ("North Korean death toll climbs" → north-korean).
    static func groups(in text: String) -> [String] {
        let tokens = Tokenizer.tokens(of: Array(text.utf8))
        var found: [String] = []
        var i = 0
        while i < tokens.count {
            if let group = People.groups.match(tokens, at: i), !(tokens[i].hash == Words.us && !tokens[i].isAllCaps) {
                found.append(group.value.slug)
                i += group.length
            } else {
                i += 1
            }
        }
        return found
    }

    /// Group-and-kind phrases in a short text such as a title ("North Korean troop deaths").
    static func explicitPeople(in text: String) -> [String] {
        let tokens = Tokenizer.tokens(of: Array(text.utf8))
        var found: [String] = []
        var i = 0
        while i < tokens.count {
            if let group = People.groups.match(tokens, at: i) {
                var j = i + group.length
                var kind: PeopleKind?
                if group.value.isPeople { kind = PeopleKind(slug: "people") }
                var steps = 0
                while j < tokens.count, steps < 2, kind == nil || group.value.isPeople {
                    if let k = People.kinds.match(tokens, at: j) {
                        kind = k.value
                        break
                    }
                    if let k = People.kindAdjectives.match(tokens, at: j) {
                        kind = k.value
                        break
                    }
                    j += 1
                    steps += 1
                }
                if let kind, !group.value.isPeople || kind.slug != "people" {
                    found.append(group.value.slug + "-" + kind.slug)
                }
                i += group.length
            } else {
                i += 1
            }
        }
        return found
    }

    // MARK: - Text

    func text(of range: Range<Int>) -> String {
        ReportReader.text(ofBytes: UnsafeBufferPointer(rebasing: bytes[byteSpan(of: range)]))
    }

    /// The bytes that the tokens in `range` cover (none for no tokens).
    func byteSpan(of range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else { return 0..<0 }
        return Int(tokens[range.lowerBound].start)..<Int(tokens[range.upperBound - 1].end)
    }

    /// Text on one line: line breaks and tabs inside a sentence or name become spaces.
    static func text(ofBytes slice: UnsafeBufferPointer<UInt8>) -> String {
        guard slice.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else {
            return String(decoding: slice, as: UTF8.self)
        }
        return String(decoding: slice, as: UTF8.self).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    func text(of token: Token) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(token.start)..<Int(token.end)]), as: UTF8.self)
    }
}

/// The scopes of the claims of the last few sentences, by figure: what a part of a toll
/// ("Six of the injured") or more of the same people ("Three others were wounded") told a
/// sentence or two later is counted in.
struct RecentScopes: Equatable, Sendable {
    struct Entry: Equatable, Sendable {
        var figure: FigureKey
        var scope: Scope
        /// The claim's best value.
        var value: Double
        /// The largest value of the figure's claims in this scope in a row: the event's toll,
        /// when the last claim was a part of it ("14 were killed ... Eleven (11) of the victims
        /// died on the spot while three others succumbed").
        var largest: Double
        /// Sentences read since the claim's.
        var age: Int
    }

    /// Oldest first; a claim is kept while it is at most `reach` sentences back.
    private(set) var entries: [Entry] = []
    static let reach = 6
    /// Per figure, the first claim of the last sentence that told one (not a plan nor an
    /// increment): the toll that "the dead" of a later sentence are of ("have killed 2,574
    /// people ..., including 89 killed on Wednesday alone. Of the dead, 166 were children").
    private(set) var heads: [Entry] = []

    /// The last few claims' figures and values, whatever their scope: for a whole told again
    /// ("verified 41 more killings ... Of the 41 deaths recorded in the past week, 17 ...").
    private(set) var told: [Entry] = []

    /// Whether a claim still in reach told `value` of `figure`.
    func hasTold(_ figure: FigureKey, value: Double) -> Bool {
        told.contains { $0.figure == figure && $0.value == value }
    }

    /// The scope of the last claim still in reach that told `value`, whatever its figure.
    func toldScope(value: Double) -> Scope? { told.last { $0.value == value }?.scope }

    /// The figure of the last claim still in reach that told `value`.
    func toldFigure(value: Double) -> FigureKey? { told.last { $0.value == value }?.figure }

    /// The scope of the first claim of `figure` in the last sentence that told one, still in reach.
    func head(of figure: FigureKey) -> Scope? { heads.last { $0.figure == figure }?.scope }

    /// The last claim of `figure` still in reach.
    func last(of figure: FigureKey) -> Entry? { entries.last { $0.figure == figure } }

    /// The scope of the last claim of `figure` still in reach.
    func scope(of figure: FigureKey) -> Scope? { last(of: figure)?.scope }

    /// The scope of the last claim still in reach.
    var latest: Scope? { entries.last?.scope }

    /// The scope of the last claim still in reach that counts an event's casualties: not troops,
    /// a level, nor people missing now ("Another 23 soldiers were wounded and at least eight
    /// are missing").
    var latestCasualtyScope: Scope? {
        entries.last { $0.figure != .deployed && !($0.figure == .missing && $0.scope == .total) }?.scope
    }

    /// Whether a claim still in reach counts an incident.
    var hasIncident: Bool { entries.contains { $0.scope == .incident } }

    /// The figure of the last claim still in reach.
    var latestFigure: FigureKey? { entries.last?.figure }

    mutating func nextSentence() {
        guard !entries.isEmpty || !heads.isEmpty || !told.isEmpty else { return }
        RecentScopes.age(&entries)
        RecentScopes.age(&heads)
        RecentScopes.age(&told)
    }

    /// A sentence more since each claim of `list`; those out of reach dropped.
    private static func age(_ list: inout [Entry]) {
        guard !list.isEmpty else { return }
        // (Most sentences drop nothing: the list is filtered only when one is out of reach.)
        var isAnyOutOfReach = false
        for index in list.indices {
            list[index].age += 1
            if list[index].age > reach { isAnyOutOfReach = true }
        }
        if isAnyOutOfReach { list.removeAll { $0.age > reach } }
    }

    /// (An increment keeps the scope of the toll it adds to: "rose to 34 after three more of
    /// the injured died".)
    mutating func note(_ figure: FigureKey, _ scope: Scope, value: Double) {
        if told.count == 8 { told.removeFirst() }
        told.append(Entry(figure: figure, scope: scope, value: value, largest: value, age: 0))
        if scope != .change, scope != .projection, heads.last(where: { $0.figure == figure })?.age != 0 {
            heads.removeAll { $0.figure == figure }
            heads.append(Entry(figure: figure, scope: scope, value: value, largest: value, age: 0))
        }
        if scope == .change, let index = entries.lastIndex(where: { $0.figure == figure }) {
            entries[index].age = 0
            return
        }
        // (Nor is a projection the toll a later report is of: "said the toll could pass 35 ... A day
        // earlier, the minister had put the toll at 19" is the explosion's.)
        if scope == .projection, entries.contains(where: { $0.figure == figure }) { return }
        let before = entries.last { $0.figure == figure && $0.scope == scope }
        entries.removeAll { $0.figure == figure }
        entries.append(Entry(figure: figure, scope: scope, value: value, largest: max(value, before?.largest ?? 0), age: 0))
    }
}
