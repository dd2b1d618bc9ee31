/// One bit per built-in phrase table: a token carries the bits of the tables that have a
/// phrase starting with it, so that most lookups end with a test of one bit.
struct PhraseBits: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

    static let hedgesBefore = PhraseBits(rawValue: 1 << 0)
    static let hedgesAfter = PhraseBits(rawValue: 1 << 1)
    static let vague = PhraseBits(rawValue: 1 << 2)
    static let triggers = PhraseBits(rawValue: 1 << 3)
    static let kinds = PhraseBits(rawValue: 1 << 4)
    static let kindAdjectives = PhraseBits(rawValue: 1 << 5)
    static let groups = PhraseBits(rawValue: 1 << 6)
    static let relay = PhraseBits(rawValue: 1 << 7)
    static let changeBefore = PhraseBits(rawValue: 1 << 8)
    static let changeAfter = PhraseBits(rawValue: 1 << 9)
    static let totalPointer = PhraseBits(rawValue: 1 << 10)
    static let totalCues = PhraseBits(rawValue: 1 << 11)
    static let projection = PhraseBits(rawValue: 1 << 12)
    static let singleEvent = PhraseBits(rawValue: 1 << 14)
    static let wholeWar = PhraseBits(rawValue: 1 << 15)
    static let period = PhraseBits(rawValue: 1 << 17)
}

/// The word table the tokenizer consults once per token: roles and number from the lexicon,
/// and the phrase-start bits of every built-in phrase table.
enum TokenLexicon {
    struct Entry: Sendable {
        var roles: WordRoles = []
        var number: Double = 0
        var starts: PhraseBits = []
    }

    static let table: HashSlots<Entry> = {
        var entries: [UInt64: Entry] = [:]
        for (hash, info) in Lexicon.wordList {
            entries[hash, default: Entry()].roles = info.roles
            entries[hash, default: Entry()].number = info.number
        }
        for (words, role) in [(Attributions.possessiveNouns, WordRoles.estimateNoun), (Cues.eventOpeners, .eventOpener),
                              (Cues.eventVerbs, .eventVerb), (Cues.eventVerbsAfterWhen, .eventVerbAfterWhen),
                              (Cues.weapons, .weapon), (["yesterday"], .yesterday),
                              (["bringing", "raising", "taking", "pushing", "lifting"], .pointerGerund),
                              (Words.superlativeWords, .superlative), (Words.subordinatorWords, .opensClause),
                              (Words.subjectPronounWords, .opensClause), (Words.modalWords, .modal),
                              (Words.countQualifierWords, .countQualifier), (Words.predicateSkipWords, .predicateSkip),
                              (Words.copulaWords, .copula), (Words.experiencerVerbWords, .experiencerVerb),
                              (Attributions.innerWordList, .nameInnerWord), (Attributions.nameWordList, .nameWord),
                              (["version", "entry", "originally"], .correction)] {
            for word in words { entries[Hashing.hash(word), default: Entry()].roles.insert(role) }
        }
        for (set, role) in [(Words.departureVerbs, WordRoles.departureVerb), (Words.returnVerbs, .returnVerb),
                            (Words.flyingVerbs, .flyingVerb), (Words.completionVerbs, .completionVerb),
                            (Words.attackVerbs, .attackVerb), (Words.plightWords, .plightWord), (Words.courtVerbs, .courtVerb),
                            (Words.dischargeWords, .dischargeWord), (Words.releaseVerbs, .releaseVerb),
                            (Words.foundWords, .foundWord), (Words.sentenceVerbs, .sentenceVerb),
                            (Words.arrestVerbs, .arrestVerb), (Words.notDeploymentVerbs, .notDeploymentVerb),
                            (Words.signingVerbs, .signingVerb)] {
            for hash in set.hashes { entries[hash, default: Entry()].roles.insert(role) }
        }
        // The one role a mark has (`ReportReader.isHardBreak`).
        for mark in [Words.semicolon, Words.emDash, Words.openParen, Words.closeParen, Words.colon, Words.leftQuote,
                     Words.rightQuote, Words.quote] {
            entries[mark, default: Entry()].roles.insert(.hardBreak)
        }
        func mark(_ words: [UInt64], _ bit: PhraseBits) {
            for word in words { entries[word, default: Entry()].starts.insert(bit) }
        }
        mark(Hedges.before.firstWords, .hedgesBefore)
        mark(Hedges.after.firstWords, .hedgesAfter)
        mark(Vague.table.firstWords, .vague)
        mark(Triggers.words.firstWords, .triggers)
        mark(People.kinds.firstWords, .kinds)
        mark(People.kindAdjectives.firstWords, .kindAdjectives)
        mark(People.groups.firstWords, .groups)
        mark(Attributions.relay.firstWords, .relay)
        mark(Cues.changeBefore.firstWords, .changeBefore)
        mark(Cues.changeAfter.firstWords, .changeAfter)
        mark(Cues.totalPointer.firstWords, .totalPointer)
        mark(Cues.totalCues.firstWords, .totalCues)
        mark(Cues.projection.firstWords, .projection)
        mark(Cues.singleEvent.firstWords, .singleEvent)
        mark(Cues.wholeWar.firstWords, .wholeWar)
        mark(Cues.period.firstWords, .period)
        return HashSlots(entries.map { ($0.key, $0.value) })
    }()
}
