/// Finds the numbers among a sentence's tokens: digits, words, vague amounts, ranges and
/// their hedges, and says what each is (a count, a year, money...).
///
/// It walks the tokens once; each test looks at a token or two around the number, so the
/// cost is linear in the text and allocates only the mentions it returns.
struct NumberScanner {
    /// A clock's mark right after a number's last token at `end - 1`: "3 p.m.", "0600 GMT", "11 pm"
    /// (not "local" alone, nor "time": "for the third time").
    static func isClockTime(_ tokens: [Token], after end: Int) -> Bool {
        guard end < tokens.count else { return false }
        let next = tokens[end]
        if Lexicon.has(next, .timeOfDay) { return next.hash != Words.local && next.hash != Words.time }
        return (next.hash == Words.a || next.hash == Words.p) && end + 2 < tokens.count
            && tokens[end + 1].hash == Words.period && tokens[end + 2].hash == Words.m
    }

    let tokens: [Token]
    let bytes: UnsafeBufferPointer<UInt8>

    /// The mentions in `range`, in text order, not overlapping.
    func scan(_ range: Range<Int>) -> [NumberMention] {
        var mentions: [NumberMention] = []
        scan(range, into: &mentions)
        return mentions
    }

    /// `scan(range)` into `mentions` (emptied first, its room kept), only the counts when
    /// `countsOnly`: a reader scans every sentence, and a fresh array each time costs more
    /// than most sentences' reading.
    func scan(_ range: Range<Int>, into mentions: inout [NumberMention], countsOnly: Bool = false) {
        mentions.removeAll(keepingCapacity: true)
        var index = range.lowerBound
        let floorStart = range.lowerBound
        var floor = floorStart
        var lastMoney: NumberMention?
        while index < range.upperBound {
            guard mayStartNumber(tokens[index]) else {
                index += 1
                continue
            }
            if var mention = mention(at: index, floor: floor, limit: range.upperBound) {
                if mention.kind == .count, let money = lastMoney, isMoneyMoveEnd(mention, from: money) { mention.kind = .money }
                if mention.kind == .money { lastMoney = mention }
                if !countsOnly || mention.kind == .count { mentions.append(mention) }
                floor = mention.tokens.upperBound
                index = max(mention.tokens.upperBound, index + 1)
            } else {
                index += 1
            }
        }
    }

    /// "grew from 124 billion roubles in 2023 to an estimated 410 billion": the amount that a
    /// move of money reaches, its unit left out, is money too. Its scale is the same word as
    /// the amount's it moved from, "from" and "to" within a few words and no punctuation.
    private func isMoneyMoveEnd(_ mention: NumberMention, from money: NumberMention) -> Bool {
        let to = mention.tokens.lowerBound - 1
        let scale = tokens[mention.core.upperBound - 1]
        guard to > money.tokens.upperBound, to - money.tokens.upperBound <= 8, tokens[to].hash == Words.to,
              Lexicon.has(scale, .scale), scale.hash == tokens[money.core.upperBound - 1].hash,
              (money.tokens.upperBound..<to).allSatisfy({ !tokens[$0].isPunctuation }) else { return false }
        return Range(max(0, money.tokens.lowerBound - 2), upTo: money.tokens.lowerBound).contains { tokens[$0].hash == Words.from }
    }

    /// False for a token `core(at:)` turns away at once: the same test, asked in the scan's
    /// loop, so that most tokens cost a load or two and no call to `mention` and `core`.
    @inline(__always)
    private func mayStartNumber(_ token: Token) -> Bool {
        switch token.kind {
        case .digits:
            true
        case .word:
            token.roles.contains(.numberWord) || token.starts.contains(.vague)
                || token.hash == Words.a || token.hash == Words.an || token.hash == Words.half
        case .possessive, .punctuation:
            false
        }
    }

    // MARK: - One mention

    private func mention(at index: Int, floor: Int, limit: Int) -> NumberMention? {
        guard var core = core(at: index, limit: limit) else { return nil }
        var first = index
        // Where the number itself starts: the Y of a move "from X to Y".
        var coreStart = index
        var quantity = Quantity(core.value, qualifier: .exact)
        var isVague = false
        if let vague = core.vague {
            quantity = Quantity(value: vague.value, low: vague.low, high: vague.high, qualifier: .approximate)
            isVague = true
        }
        var previousValue: Double?
        var end = core.end
        // "between 11 and 17 August", "3-5 March": a range of days, a date.
        var isDayRange = false
        // A range's upper end, whose words after it tell the range's kind too.
        var rangeTop: (core: Core, start: Int)?

        // Ranges: "between X and Y", "X-Y", "X to Y", "X or Y"; "from X to Y" after a change
        // verb is not a range but a move, and Y is the number.
        if !isVague, core.kind == .count, let second = rangeEnd(after: core, startingAt: index, limit: limit),
           isPlausibleRange(core, second), !endsAtDay(index, before: second) {
            let before = index > floor ? tokens[index - 1] : nil
            if second.connector == .to, let before, before.hash == Words.from, isChange(before: index - 1, floor: floor) {
                previousValue = core.value
                first = second.start
                coreStart = second.start
                core = second.core
                quantity = Quantity(core.value, qualifier: .exact)
            } else {
                var low = core.value
                if second.core.scale > 1, core.scale == 1, low * second.core.scale <= second.core.value * 10 {
                    low *= second.core.scale  // "10-12 thousand", "1.2-1.5 million"
                }
                quantity = Quantity.range(low, second.core.value)
                let after = second.core.end
                isDayRange = isDay(core.value) && isDay(second.core.value) && after < tokens.count
                    && Lexicon.has(tokens[after], .month) && tokens[after].gap <= 1
                if before?.hash == Words.between, second.connector == .and { first = index - 1 }
                if before?.hash == Words.from, second.connector == .to { first = index - 1 }
                rangeTop = (second.core, second.start)
            }
            end = second.core.end
        }

        // Hedges before and after.
        var hasHedge = false
        if first > floor, let hedge = Hedges.before.match(tokens, endingBefore: first, floor: floor),
           quantity.qualifier != .range || hedge.value != .approximate {
            hasHedge = true
            first = hedge.start
            quantity = hedged(quantity, hedge.value, isVague: isVague)
        } else if end < limit, let hedge = Hedges.after.match(tokens, at: end, limit: limit),
                  tokens[end].gap <= 1, !opensNextNumber(end + hedge.length, limit: limit) {
            hasHedge = true
            end += hedge.length
            quantity = hedged(quantity, hedge.value, isVague: isVague)
        }

        var kind = isDayRange ? .date : core.kind == .count ? classify(core, first: first) : core.kind
        // "10 to 20 percent", "between 10 and 50 million naira", "2 to 3 hours": the unit after
        // the range's end.
        if kind == .count, let top = rangeTop, top.core.kind == .count {
            let after = classify(top.core, first: top.start)
            if after != .count { kind = after }
        }
        // "killed \"more than 200\" RSF fighters": quotes that wrap the number alone.
        var isQuoted = false
        if first > floor, end < limit, tokens[first - 1].isQuoteMark, tokens[first].isAttached,
           tokens[end].isQuoteMark, tokens[end].isAttached {
            first -= 1
            end += 1
            isQuoted = true
        }
        return NumberMention(tokens: first..<end, core: coreStart..<core.end, quantity: quantity, kind: kind,
                             isVague: isVague, previousValue: previousValue, hasHedge: hasHedge, isQuoted: isQuoted)
    }

    /// "537 in 2023 and more than 29,000": an after-hedge ("and more") followed by "than" or a
    /// number is the next number's hedge, not this one's.
    private func opensNextNumber(_ index: Int, limit: Int) -> Bool {
        index < limit && (tokens[index].hash == Words.than || tokens[index].isDigits || Lexicon.has(tokens[index], .numberWord))
    }

    private func isDay(_ value: Double) -> Bool { value >= 1 && value <= 31 && value == value.rounded() }

    /// Digits of one or two that make a day of a month (1 to 31).
    private func isDay(token: Token) -> Bool {
        token.isDigits && token.length <= 2 && parseDigits(token).map { isDay($0.value) } == true
    }

    private func hedged(_ quantity: Quantity, _ qualifier: Qualifier, isVague: Bool) -> Quantity {
        if quantity.qualifier == .range { return quantity }
        if isVague, qualifier == .approximate { return quantity }
        return Quantity(quantity.value, qualifier: qualifier)
    }

    private func isChange(before index: Int, floor: Int) -> Bool {
        var i = index - 1
        while i >= max(floor, index - 4) {
            if Lexicon.has(tokens[i], .changeVerb) { return true }
            i -= 1
        }
        // "planned to raise the number of troops in its school-protection force from 1,200 to
        // 3,000": a verb that raises or cuts a number, its object between, no mark.
        // (However near: "wants to expand Niger's army from 33,000 to 100,000 soldiers".)
        i = index - 1
        while i >= max(floor, index - 12), !tokens[i].isPunctuation || tokens[i].hash == Words.hyphen {
            if Words.pointerVerbs.contains(tokens[i].hash) || Words.levelVerbs.contains(tokens[i].hash) { return true }
            i -= 1
        }
        return false
    }

    // MARK: - The number itself

    struct Core {
        var value: Double
        var end: Int
        var kind: NumberKind = .count
        /// The scale word's factor, when a scale word or suffix followed ("1.5 million").
        var scale: Double = 1
        var vague: (value: Double, low: Double, high: Double)?
        var isWords = false
    }

    private func core(at index: Int, limit: Int) -> Core? {
        let token = tokens[index]
        if token.isDigits { return digitsCore(at: index, limit: limit) }
        guard token.isWord else { return nil }
        if token.starts.contains(.vague), let vague = Vague.table.match(tokens, at: index, limit: limit) {
            // "a couple" is a number of something only with "of": "a couple in their 80s" is no count.
            if vague.length == 2, tokens[index + 1].hash == Words.couple, index + 2 >= limit || tokens[index + 2].hash != Words.of {
                return nil
            }
            return Core(value: vague.value.value, end: index + vague.length,
                        vague: (vague.value.value, vague.value.low, vague.value.high), isWords: true)
        }
        // Words in numbers start with a number word, "a"/"an" (before a scale) or "half":
        // every other word is turned away here, before the words scanner looks at it.
        guard token.roles.contains(.numberWord) || token.hash == Words.a || token.hash == Words.an
                || token.hash == Words.half else { return nil }
        guard var core = wordsCore(at: index, limit: limit) else { return nil }
        // "eleven (11)", "two (02)": the number again in digits, in brackets, as official
        // statements write it, is one number.
        if core.vague == nil, isRepeatedInBrackets(core.value, at: core.end, limit: limit) { core.end += 3 }
        return core
    }

    /// "(11)" at `open`, the number `value` again in digits.
    private func isRepeatedInBrackets(_ value: Double, at open: Int, limit: Int) -> Bool {
        open + 2 < limit && tokens[open].hash == Words.openParen && tokens[open + 1].isDigits
            && tokens[open + 2].hash == Words.closeParen && parseDigits(tokens[open + 1])?.value == value
    }

    private func digitsCore(at index: Int, limit: Int) -> Core? {
        let token = tokens[index]
        guard let parsed = parseDigits(token) else {
            return Core(value: 0, end: index + 1, kind: .label)
        }
        var value = parsed.value
        var end = index + 1
        // "10 000": groups of three after a space, when nothing else groups the number.
        if !parsed.hasSeparator, token.length <= 3 {
            while end < limit, tokens[end].isDigits, tokens[end].gap == 1, tokens[end].length == 3,
                  let next = parseDigits(tokens[end]), !next.hasSeparator {
                value = value * 1000 + next.value
                end += 1
            }
        }
        var core = Core(value: value, end: end)
        if parsed.significantDigits > 15 { core.kind = .label }
        if parsed.hasLeadingZero { core.kind = .label }
        // A suffix touching the digits: 2.7k, 1.2bn, 3rd, 1990s, 155mm, 100+.
        if end < limit, tokens[end].isAttached, tokens[end].isWord {
            let suffix = tokens[end]
            if let scale = Words.suffixScales[suffix.hash] {
                core.value *= scale
                core.scale = scale
                core.end = end + 1
                return core
            }
            if Lexicon.has(suffix, .ordinalSuffix) { return Core(value: value, end: end + 1, kind: .ordinal) }
            if suffix.hash == Words.s {
                // "in their 80s", "the late 90s": a decade of years or of life, not a count of them.
                let isDecade = token.length == 4 || index > 0 && Words.decadeOpeners.contains(tokens[index - 1].hash)
                return Core(value: value, end: end + 1, kind: isDecade ? .decade : .count)
            }
            if Lexicon.has(suffix, .measure) || Lexicon.has(suffix, .timeOfDay) {
                return Core(value: value, end: end + 1, kind: Lexicon.has(suffix, .timeOfDay) ? .time : .measure)
            }
            return Core(value: value, end: end + 1, kind: .label)
        }
        // "1.5 million", "12 hundred", "12-hundred".
        var next = end
        if next + 1 < limit, tokens[next].isAttached, tokens[next].hash == Words.hyphen,
           tokens[next + 1].isAttached, Lexicon.has(tokens[next + 1], .scale) {
            next += 1
        }
        if next < limit, tokens[next].gap <= 1, let info = Lexicon.info(tokens[next]), info.roles.contains(.scale) {
            core.value *= info.number
            core.scale = info.number
            core.end = next + 1
        }
        return core
    }

    /// "three hundred and twelve", "twenty-five thousand", "a thousand", "half a million".
    private func wordsCore(at index: Int, limit: Int) -> Core? {
        var total = 0.0
        var current = 0.0
        var i = index
        var sawNumber = false
        var lastWasNumberWord = false
        if tokens[i].hash == Words.half, i + 2 < limit, tokens[i + 1].hash == Words.a,
           let scale = Lexicon.info(tokens[i + 2]), scale.roles.contains(.scale), scale.number >= 1000 {
            return Core(value: scale.number / 2, end: i + 3, scale: scale.number, isWords: true)
        }
        if tokens[i].hash == Words.a || tokens[i].hash == Words.an {
            guard i + 1 < limit, let scale = Lexicon.info(tokens[i + 1]), scale.roles.contains(.scale),
                  tokens[i + 1].gap <= 1 else { return nil }
            current = 1
            i += 1
            sawNumber = true
        }
        while i < limit {
            let token = tokens[i]
            guard token.isWord, let info = Lexicon.info(token) else {
                // "twenty-five": a hyphen between a ten and a unit, touching both.
                if token.hash == Words.hyphen, token.isAttached, lastWasNumberWord, i + 1 < limit,
                   tokens[i + 1].isAttached, Lexicon.has(tokens[i + 1], .numberWord) || Lexicon.has(tokens[i + 1], .scale) {
                    i += 1
                    continue
                }
                break
            }
            if i > index, token.gap > 1 { break }
            if info.roles.contains(.numberWord) {
                if lastWasNumberWord, !(current.truncatingRemainder(dividingBy: 100) >= 20
                                        && current.truncatingRemainder(dividingBy: 10) == 0 && info.number < 10) {
                    break  // "two three" is two numbers, "twenty five" is one
                }
                current += info.number
                sawNumber = true
                lastWasNumberWord = true
            } else if info.roles.contains(.scale), sawNumber {
                if info.number == 100 {
                    current = max(current, 1) * 100
                } else {
                    total += max(current, 1) * info.number
                    current = 0
                }
                lastWasNumberWord = false
            } else if token.hash == Words.and, sawNumber, current.truncatingRemainder(dividingBy: 100) == 0,
                      current > 0 || total > 0, i + 1 < limit, Lexicon.has(tokens[i + 1], .numberWord),
                      !isNumberWordFollowedByScaleOnly(i + 1, limit: limit) {
                lastWasNumberWord = false  // "three hundred and twelve"
            } else {
                break
            }
            i += 1
        }
        guard sawNumber, i > index else { return nil }
        // Trailing "and" or hyphen belongs to what follows.
        var end = i
        while end > index, tokens[end - 1].hash == Words.and || tokens[end - 1].hash == Words.hyphen { end -= 1 }
        let value = total + current
        // "two-thirds", "three quarters": a share of a whole, no count.
        var after = end
        if after + 1 < limit, tokens[after].hash == Words.hyphen, tokens[after].isAttached, tokens[after + 1].isAttached {
            after += 1
        }
        if after < limit, after == end || tokens[after].isAttached, tokens[after].gap <= 1,
           Words.fractionWords.contains(tokens[after].hash) {
            return Core(value: value, end: after + 1, kind: .fraction)
        }
        // "one" is mostly a pronoun ("one of the soldiers"); it counts only before a noun or verb.
        // ("One (01) person succumbed": the number again in brackets makes it one.)
        if value == 1, end == index + 1, tokens[index].hash == Words.one {
            guard end < limit, isOneFollower(at: end) || isRepeatedInBrackets(1, at: end, limit: limit) else { return nil }
        }
        if value == 0 { return nil }
        return Core(value: value, end: end, isWords: true)
    }

    /// "one and two hundred"? No: an "and" joins hundreds to tens only when the next word
    /// is not itself followed by a scale ("three hundred and two thousand" is not a number).
    private func isNumberWordFollowedByScaleOnly(_ index: Int, limit: Int) -> Bool {
        index + 1 < limit && Lexicon.has(tokens[index + 1], .scale)
    }

    private func isOneFollower(at index: Int) -> Bool {
        if People.kinds.contains(tokens, at: index) || Triggers.words.contains(tokens, at: index) { return true }
        let token = tokens[index]
        // "one Syrian soldier": a name or demonym before the people (or before "national", in lower
        // case: "At least one British national has been killed").
        if token.isCapitalized, index + 1 < tokens.count, People.kinds.contains(tokens, at: index + 1)
            || tokens[index + 1].hash == Words.national && !tokens[index + 1].isCapitalized {
            return true
        }
        let roles = Lexicon.roles(token)
        // "one professional soldier", "one young boy": a word or two that describe the person
        // (not "one of the soldiers", "one in the crowd").
        func describes(_ i: Int) -> Bool {
            tokens[i].isWord && !tokens[i].isCapitalized && Lexicon.roles(tokens[i]).isDisjoint(with: [.preposition, .determiner, .conjunction, .auxiliary, .attribution])
        }
        if describes(index) {
            if index + 1 < tokens.count, People.kinds.contains(tokens, at: index + 1) { return true }
            if index + 2 < tokens.count, describes(index + 1), People.kinds.contains(tokens, at: index + 2) { return true }
        }
        return roles.contains(.auxiliary) || roles.contains(.currency) || roles.contains(.timeUnit)
            || roles.contains(.measure) || token.hash == Words.more || token.hash == Words.other
    }

    /// "backed by", "guarded by": a passive's agent "by" at `index`, after a past participle
    /// that is no verb of change ("rose by", "was cut by", "expanded by").
    private func isAgentBy(_ index: Int) -> Bool {
        guard index > 0 else { return false }
        let verb = tokens[index - 1]
        guard verb.isWord, verb.length >= 4, !Lexicon.has(verb, .changeVerb), !Words.changeParticiples.contains(verb.hash) else {
            return false
        }
        let end = Int(verb.end)
        return bytes[end - 2] | 0x20 == UInt8(ascii: "e") && bytes[end - 1] | 0x20 == UInt8(ascii: "d")
    }

    /// A range's second number, and what joined it to the first.
    private func rangeEnd(after core: Core, startingAt start: Int, limit: Int) -> (start: Int, connector: Connector, core: Core)? {
        let i = core.end
        guard i + 1 < limit else { return nil }
        let joint = tokens[i]
        var connector: Connector
        if joint.hash == Words.hyphen || joint.hash == Words.enDash || joint.hash == Words.emDash {
            // "6,000-7,000" touches; "6,000 – 7,000" may have spaces around an en dash.
            guard (joint.isAttached && tokens[i + 1].isAttached) || joint.hash != Words.hyphen else { return nil }
            connector = .dash
        } else if joint.hash == Words.to {
            // "rose by 504 to 49,617": an increment and the total it made.
            // ("has climbed by another 42 to 146", "by a further 12 to 58".)
            var back = start - 1
            while back > 0, back >= start - 3, [Words.another, Words.further, Words.a].contains(tokens[back].hash) { back -= 1 }
            // (Not after a passive's agent "by": "backed by 3,000 to 4,000 Rwandan troops".)
            if back >= 0, tokens[back].hash == Words.by, !isAgentBy(back) { return nil }
            connector = .to
        } else if joint.hash == Words.and {
            guard start > 0, tokens[start - 1].hash == Words.between else { return nil }
            connector = .and
        } else if joint.hash == Words.or {
            connector = .or
        } else {
            return nil
        }
        guard let second = self.core(at: i + 1, limit: limit), second.kind == .count, second.vague == nil else { return nil }
        if connector == .or, !(second.value > core.value && second.value <= core.value * 10) { return nil }
        if connector == .dash, tokens[i + 1].isDigits != tokens[i - 1].isDigits { return nil }
        if connector == .dash || connector == .to, second.value * (core.scale == 1 ? second.scale : 1) < core.value,
           core.scale == second.scale {
            // "2024-25" is a season, "5-4" a score: a dash to a smaller number is no range.
            if connector == .dash { return nil }
        }
        return (i + 1, connector, second)
    }

    enum Connector { case dash, to, and, or }

    /// "since the operation began on Oct. 1 to 14": a day after its month is a date, and the
    /// number after "to" one of its own. ("March 3-5", "between March 3 and 5" and "from
    /// March 3 to 5" are dates whole.)
    /// So is a year after its month: "since the full-scale invasion in February 2022 to 14,120".
    private func endsAtDay(_ index: Int, before second: (start: Int, connector: Connector, core: Core)) -> Bool {
        if tokens[index].isDigits, tokens[index].length == 4, index >= 1, Lexicon.has(tokens[index - 1], .month),
           tokens[index - 1].isCapitalized, second.connector == .to {
            return !(index >= 2 && tokens[index - 2].hash == Words.from)
        }
        guard tokens[index].isDigits, tokens[index].length <= 2, index >= 1 else { return false }
        var month = index - 1
        if tokens[month].hash == Words.period, tokens[month].isAttached, month >= 1 { month -= 1 }
        guard Lexicon.has(tokens[month], .month) else { return false }
        if second.core.value > 31 { return true }
        return second.connector == .to && !(month >= 1 && tokens[month - 1].hash == Words.from)
    }

    /// "rose by 504 to 49,617" is two numbers, not a range: a range's ends are of one size
    /// and nothing but "from" or "between" stands before it.
    private func isPlausibleRange(_ first: Core, _ second: (start: Int, connector: Connector, core: Core)) -> Bool {
        let low = second.core.scale > 1 && first.scale == 1 ? first.value * second.core.scale : first.value
        if second.connector == .and { return true }
        // "since the operation began in October 2023 to 455": "to" after a year (or any larger
        // number) points somewhere else; a range rises.
        if second.connector == .to, second.core.value < low { return false }
        if second.core.value > max(low, 1) * 20 && !(second.connector == .dash && first.value < 100 && second.core.scale > 1) {
            return false
        }
        return true
    }

    // MARK: - What the number is

    /// After "and", "to" or "or" that follows an age ("aged four and seven"), or "between"
    /// after "aged": the words before `start` list ages.
    private func isInAgeList(before start: Int) -> Bool {
        var i = start - 1
        var steps = 0
        while i >= 0, steps < 5 {
            let hash = tokens[i].hash
            if hash == Words.aged || hash == Words.ages { return true }
            guard hash == Words.and || hash == Words.to || hash == Words.or || hash == Words.between
                    || hash == Words.comma || tokens[i].isDigits || Lexicon.has(tokens[i], .numberWord) else { return false }
            i -= 1
            steps += 1
        }
        return false
    }

    /// "October 7, 2023", "Oct. 7, 2023": the number at `index` follows a day of a month and its comma.
    /// Four digits from 1800 to 2100.
    private func isYearDigits(_ token: Token) -> Bool {
        // (Through the one digits parser: a token may hold a separator, and "20.4" is no year.)
        guard token.isDigits, token.length == 4, let parsed = parseDigits(token) else { return false }
        return parsed.value >= 1800 && parsed.value <= 2100
    }

    private func isAfterDayOfMonth(_ index: Int) -> Bool {
        guard index >= 3, tokens[index - 1].hash == Words.comma, tokens[index - 2].isDigits,
              tokens[index - 2].length <= 2 else { return false }
        let month = tokens[index - 3].hash == Words.period && index >= 4 ? index - 4 : index - 3
        return Lexicon.has(tokens[month], .month)
    }

    /// Dates, years, money, percentages, durations, ages, phone numbers and labels are numbers
    /// but never counts of people; a count is what is left.
    private func classify(_ core: Core, first: Int) -> NumberKind {
        let index = first
        let coreStart = tokens.indices.contains(index) ? index : 0
        let next = core.end < tokens.count ? tokens[core.end] : nil
        let previous = coreStart > 0 ? tokens[coreStart - 1] : nil
        let numberToken = tokens[firstNumberIndex(from: first, to: core.end)]

        // Money: "$1.5 billion", "US$300", "300 dollars", "€5m".
        if let previous, previous.isPunctuation, Words.currencySymbols.contains(previous.hash) { return .money }
        // "Rs 5 lakh", "Rs. 2,000": an abbreviation of a currency, with or without its period.
        if let previous, coreStart >= 1, previous.isWord ? Words.currencyAbbreviations.contains(previous.hash)
            : previous.hash == Words.period && coreStart >= 2 && tokens[coreStart - 2].end == previous.start
                && Words.currencyAbbreviations.contains(tokens[coreStart - 2].hash) { return .money }
        // "1. Deaths in landslides: 23", "2) Persons injured": a list's number opening its line.
        if index == coreStart, tokens[index].gap >= 2 || index == 0, SentenceSplitter.isListNumber(tokens, index) { return .label }
        if let previous, previous.isAllCaps, previous.isAttached == false, Words.currencyCodes.contains(previous.hash),
           numberToken.gap <= 1 { return .money }
        if let previous, numberToken.isAttached, previous.isWord, previous.isAllCaps,
           Words.currencyCodes.contains(previous.hash) { return .money }
        if let next, Lexicon.has(next, .currency), next.gap <= 1 { return .money }
        if let next, next.hash == Words.percentSign || Lexicon.has(next, .percent) { return .percent }
        if let next, next.hash == Words.per, core.end + 1 < tokens.count, tokens[core.end + 1].hash == Words.cent {
            return .percent
        }
        // Times: "10:30", "0600 hours", "3 p.m.".
        if let next, next.isAttached, next.hash == Words.colon, core.end + 1 < tokens.count,
           tokens[core.end + 1].isDigits, tokens[core.end + 1].isAttached { return .time }
        if let previous, previous.hash == Words.colon, numberToken.isAttached,
           coreStart >= 2, tokens[coreStart - 2].isDigits { return .time }
        if let next, next.hash == Words.time, Lexicon.has(next, .timeOfDay) { return .count }
        if NumberScanner.isClockTime(tokens, after: core.end) { return .time }
        if let next, next.hash == Words.hours, numberToken.length == 4, core.value <= 2400 { return .time }
        // Dates: "March 3", "3 March", "3/4/2025", "2025-03-04".
        let isDayNumber = numberToken.isDigits && core.value >= 1 && core.value <= 31 && core.value == core.value.rounded()
        // (The month right before the digits, not before a hedge: "between January and September.
        // At least 25 Palestinians were killed" and "in September at least 25 died" are counts.)
        let isBare = firstNumberIndex(from: first, to: core.end) == coreStart
        if isDayNumber, isBare, let previous, Lexicon.has(previous, .month), numberToken.gap <= 1 { return .date }
        if isDayNumber, isBare, let previous, previous.hash == Words.period, previous.isAttached, coreStart >= 2,
           Lexicon.has(tokens[coreStart - 2], .month) { return .date }  // "Oct. 1"
        if isDayNumber, let next, Lexicon.has(next, .month), next.gap <= 1 { return .date }
        // "on 26 and 27 October", "between December 23 and 26": a day joined to a day of its month.
        if isDayNumber, isBare, let next, next.hash == Words.and, core.end + 2 < tokens.count,
           isDay(token: tokens[core.end + 1]), Lexicon.has(tokens[core.end + 2], .month), tokens[core.end + 2].gap <= 1 {
            return .date
        }
        if isDayNumber, isBare, let previous, previous.hash == Words.and, coreStart >= 3,
           isDay(token: tokens[coreStart - 2]), Lexicon.has(tokens[coreStart - 3], .month) {
            return .date
        }
        if let next, next.isAttached, next.hash == Words.slash, core.end + 1 < tokens.count,
           tokens[core.end + 1].isDigits, tokens[core.end + 1].isAttached { return .date }
        if let previous, previous.hash == Words.slash, numberToken.isAttached, coreStart >= 2,
           tokens[coreStart - 2].isDigits { return .date }
        if numberToken.length == 4, let next, next.isAttached, next.hash == Words.hyphen,
           core.end + 1 < tokens.count, tokens[core.end + 1].isDigits, tokens[core.end + 1].isAttached,
           tokens[core.end + 1].length == 2 { return core.value >= 1800 && core.value <= 2100 ? .date : .count }
        // "the 2024-25 season", "in 2024–25": a year's last two digits after the year it runs from.
        if let previous, previous.hash == Words.hyphen || previous.hash == Words.enDash, previous.isAttached,
           numberToken.isAttached, numberToken.isDigits, numberToken.length == 2, coreStart >= 2,
           tokens[coreStart - 2].isDigits, tokens[coreStart - 2].length == 4, isYearDigits(tokens[coreStart - 2]) {
            return .year
        }
        // Years: four digits from 1800 to 2100, unless people or a casualty word follow. After a
        // month or a word of time ("since February 2022", "in 2022 have risen") only people
        // named at once make them a count ("in 2000 troops").
        if numberToken.isDigits, numberToken.length == 4, core.scale == 1, core.value >= 1800, core.value <= 2100 {
            // ("Attacks in the first half of 2025 killed 792 people": a part of a year is a time too.)
            let isTimeWord = previous.map { Lexicon.has($0, .month) || Words.yearPrepositions.contains($0.hash) } ?? false
                || isAfterDayOfMonth(coreStart)
                || previous?.hash == Words.of && coreStart >= 2
                && (Lexicon.has(tokens[coreStart - 2], .timeUnit) || Words.partsOfYear.contains(tokens[coreStart - 2].hash))
                // ("abducted in 2014 and 2015 remain missing": a year listed after a year.)
                || (previous?.hash == Words.and || previous?.hash == Words.or || previous?.hash == Words.comma) && coreStart >= 2
                && isYearDigits(tokens[coreStart - 2])
            // ("the 2016 peace deal had been killed": after an article, a casualty word past other
            // words is the sentence's verb, not the number's; "since the 2014 abduction of
            // schoolgirls": nor is a casualty noun at once the number's.)
            let afterArticle = previous?.hash == Words.the
            // ("in April 2014 Boko Haram fighters kidnapped 276 girls": after a month's name, a year
            // whatever follows.)
            if let previous, Lexicon.has(previous, .month), previous.isCapitalized, previous.isWord { return .year }
            if isTimeWord || afterArticle ? !isPeople(at: core.end) : !isPeopleOrTrigger(at: core.end, triggerPastWords: true)
                || isNamedByCopula(after: core.end) {
                return .year
            }
        }
        // ("has claimed about 2,000 vessels and 700 lives since 1792": an older year after "since".)
        if numberToken.isDigits, numberToken.length == 4, core.scale == 1, core.value >= 1000, core.value < 1800,
           previous?.hash == Words.since {
            return .year
        }
        // Durations, ages, measures: "three days", "a 19-year-old", "30 kilometres", "three-minute".
        var unitIndex = core.end
        // "three and a half years": the fraction before the unit.
        if unitIndex + 3 < tokens.count, tokens[unitIndex].hash == Words.and, tokens[unitIndex + 1].hash == Words.a,
           tokens[unitIndex + 2].hash == Words.half {
            unitIndex += 3
        }
        // ("a three-and-a-half-year deployment": so with hyphens.)
        if unitIndex + 6 < tokens.count, tokens[unitIndex].hash == Words.hyphen, tokens[unitIndex + 1].hash == Words.and,
           tokens[unitIndex + 2].hash == Words.hyphen, tokens[unitIndex + 3].hash == Words.a,
           tokens[unitIndex + 4].hash == Words.hyphen, tokens[unitIndex + 5].hash == Words.half,
           (unitIndex..<unitIndex + 6).allSatisfy({ tokens[$0].isAttached }) {
            unitIndex += 6
        }
        if unitIndex + 1 < tokens.count, tokens[unitIndex].hash == Words.hyphen, tokens[unitIndex].isAttached {
            unitIndex += 1
        }
        if unitIndex < tokens.count {
            let unit = tokens[unitIndex]
            if Lexicon.has(unit, .timeUnit) {
                if unitIndex + 2 < tokens.count, tokens[unitIndex + 1].hash == Words.hyphen || tokens[unitIndex + 1].hash == Words.old,
                   tokens[unitIndex + 2].hash == Words.old || tokens[unitIndex + 1].hash == Words.old {
                    return .age
                }
                if unitIndex + 1 < tokens.count, tokens[unitIndex + 1].hash == Words.old { return .age }
                return .duration
            }
            if Lexicon.has(unit, .measure) { return .measure }
        }
        if let previous, previous.hash == Words.aged || previous.hash == Words.age || previous.hash == Words.ages {
            return .age
        }
        // "roughly three soldiers were wounded for every one killed", "one in every five": a ratio.
        if let previous, previous.hash == Words.every { return .fraction }
        // ("captures perhaps one death in five": one of a noun in so many, the rest of the
        // ratio after it, then no noun of its own.)
        if core.value == 1, let next, next.isWord, core.end + 2 < tokens.count, tokens[core.end + 1].hash == Words.in,
           tokens[core.end + 2].isDigits || tokens[core.end + 2].roles.contains(.numberWord),
           core.end + 3 >= tokens.count || !tokens[core.end + 3].isWord || tokens[core.end + 3].hash == Words.of
            || tokens[core.end + 3].roles.contains(.auxiliary) {
            return .fraction
        }
        // "were 65 or older", "children 12 and younger": an age and those past it.
        if let next, next.hash == Words.or || next.hash == Words.and, core.end + 1 < tokens.count,
           tokens[core.end + 1].hash == Words.older || tokens[core.end + 1].hash == Words.younger {
            return .age
        }
        // "who went missing at the age of 34".
        if let previous, previous.hash == Words.of, coreStart >= 2, tokens[coreStart - 2].hash == Words.age { return .age }
        // "aged four and seven", "aged between 10 and 18", "ages 3 to 12": the ages that follow.
        if isInAgeList(before: coreStart) { return .age }
        // "one of MINUSCA's ten largest troop contributors", "the five deadliest attacks": a rank.
        if let next, next.roles.contains(.superlative) { return .ordinal }
        // "87 children under five", "people over 60": right after people, an age limit.
        // (The hedge opens the number: `first` is "under".)
        // (And after "those": "all those under 25".)
        if tokens[coreStart].hash == Words.under || tokens[coreStart].hash == Words.over, coreStart >= 1,
           People.kinds.match(tokens, endingBefore: coreStart) != nil || tokens[coreStart - 1].hash == Words.those {
            return .age
        }
        // Phone numbers: "+1 202 555 0143", "555-0143".
        if let previous, previous.hash == Words.plus, numberToken.isAttached { return .phone }
        // ("can report missing persons by calling 911", "dial 112": a number to call, three digits
        // or more with no separator; not "call 5,000 reservists".)
        if let previous, Words.callVerbs.contains(previous.hash), isBare, numberToken.isDigits, core.end == coreStart + 1,
           numberToken.length >= 3, core.value < 1_000_000, String(Int(core.value)).utf8.count == numberToken.length {
            return .phone
        }
        if let next, next.hash == Words.hyphen, next.isAttached, core.end + 1 < tokens.count,
           tokens[core.end + 1].isDigits, tokens[core.end + 1].isAttached, tokens[core.end + 1].first == UInt8(ascii: "0") {
            return .phone
        }
        // A level on a scale, and the scale: "raised to 4 on a five-point scale", "to 4 on its
        // five-point scale".
        if let next, next.hash == Words.on, core.end + 2 < tokens.count, Lexicon.has(tokens[core.end + 1], .determiner),
           (core.end + 2..<min(tokens.count, core.end + 6)).contains(where: { Words.scaleNouns.contains(tokens[$0].hash) }) {
            return .label
        }
        if let next, next.hash == Words.hyphen, next.isAttached, core.end + 2 < tokens.count,
           tokens[core.end + 1].isAttached, Words.scalePoints.contains(tokens[core.end + 1].hash),
           Words.scaleNouns.contains(tokens[core.end + 2].hash) {
            return .label
        }
        // Labels: "F-16", "Su-25", "COVID-19", "Brigade 155", "page 12", "10 Downing Street", "UPDATE 2-Guinea".
        if let next, next.hash == Words.hyphen, next.isAttached, core.end + 1 < tokens.count,
           tokens[core.end + 1].isAttached, tokens[core.end + 1].isCapitalized, tokens[core.end + 1].isWord,
           !Lexicon.has(tokens[core.end + 1], .scale) {
            return .label
        }
        if let previous, previous.hash == Words.hyphen, numberToken.isAttached, coreStart >= 2,
           tokens[coreStart - 2].isWord,
           // ("Covid-19": a name's number, whatever the name's length.)
           tokens[coreStart - 2].isAttached || tokens[coreStart - 2].length <= 4 || tokens[coreStart - 2].isAllCaps
            || tokens[coreStart - 2].isCapitalized,
           tokens[coreStart - 1].isAttached {
            return .label
        }
        // "M23", "A320", "T90": digits that touch the letters before them name a group or a
        // model, wherever the sentence starts.
        if let previous, previous.isWord, numberToken.isAttached, first == firstNumberIndex(from: first, to: core.end) {
            return .label
        }
        if let previous, previous.isWord, numberToken.gap <= 1, first == firstNumberIndex(from: first, to: core.end) {
            // "Barrio 18 is blamed for much of the extortion": a name and its number, one thing,
            // as the verb after it says, wherever the sentence starts.
            // ("Rescue 1122 said", "Rescue 1122 spokesman Farooq Ahmed said", "the victims'
            // association Lyon 14 said": so is a name's number before its speaker's verb or title;
            // not a word that only a sentence's start capitalizes, "Another 12 said".)
            if previous.isCapitalized, let next,
               core.value != 1 && Words.singularVerbs.contains(next.hash)
                || Words.nameSpeakerWords.contains(next.hash) && !Lexicon.has(previous, .common),
               !Lexicon.has(previous, .month), !Lexicon.has(previous, .weekday), !Hedges.before.contains(tokens, at: coreStart - 1) {
                return .label
            }
            // (Not a time the words before make a phrase of: "Last year 376 people died", "that
            // day 12 soldiers were wounded".)
            if Lexicon.has(previous, .labelNoun),
               !(Lexicon.has(previous, .timeUnit) && coreStart >= 2 && Words.timeDeterminers.contains(tokens[coreStart - 2].hash)) {
                return .label
            }
            if previous.isCapitalized, coreStart >= 2, !isSentenceStart(coreStart - 1),
               !Lexicon.has(previous, .common), !Lexicon.has(previous, .month), !Lexicon.has(previous, .weekday),
               !Lexicon.has(previous, .attribution), !Hedges.before.contains(tokens, at: coreStart - 1),
               !isGappedGroup(before: coreStart), !isListedPlace(before: coreStart, next: next),
               !isFirstListedPlace(before: coreStart, end: core.end), !isPlaceBeforeItsPeople(before: coreStart, end: core.end) {
                return .label
            }
        }
        // "the Indian army's 5 Field Regiment", "the 12 Infantry Battalion": a unit's number in its
        // name, the name's words capitalized.
        if let next, next.isWord, next.isCapitalized, next.gap <= 1 {
            var i = core.end
            while i < min(tokens.count, core.end + 3), tokens[i].isWord, tokens[i].isCapitalized {
                // (Not a force's name before its people: "2,500 Africa Corps fighters".)
                if Words.unitNameNouns.contains(tokens[i].hash) {
                    if i + 1 < tokens.count, isPeopleOrTrigger(at: i + 1) { break }
                    return .label
                }
                i += 1
            }
        }
        // "13 Drive", "12 Baker Street": a street on the same line (not "- Deaths: 13" and "Dr
        // Leila Nasser said ..." a paragraph on).
        if let next, next.isWord, next.isCapitalized, next.gap <= 1, Lexicon.has(next, .streetSuffix) || {
            core.end + 1 < tokens.count && Lexicon.has(tokens[core.end + 1], .streetSuffix) && tokens[core.end + 1].isCapitalized
                && tokens[core.end + 1].gap <= 1
        }(), !isPeopleOrTrigger(at: core.end) {
            return .label
        }
        return .count
    }

    private func firstNumberIndex(from first: Int, to end: Int) -> Int {
        var i = first
        while i < end, !(tokens[i].isDigits || Lexicon.has(tokens[i], .numberWord) || Lexicon.has(tokens[i], .scale)
                         || Vague.table.contains(tokens, at: i) || tokens[i].hash == Words.a || tokens[i].hash == Words.half) {
            i += 1
        }
        return min(i, end - 1)
    }

    /// "and El Salvador 75", ", France 16": a side that "and" or a list's comma brings in, its
    /// verb and noun left out; not a name and its number ("Route 50").
    private func isGappedGroup(before start: Int) -> Bool {
        People.joinedGroup(tokens, endingBefore: start, floor: max(0, start - 5)) != nil
    }

    /// "recorded 1,781 murders in the quarter, Gauteng 1,642 and the Eastern Cape 1,403": a
    /// place's share in a list of counts, after the list's comma or "and" (a "the" between),
    /// ending the list's item, with a number not far before it.
    private func isListedPlace(before start: Int, next: Token?) -> Bool {
        guard next.map({ $0.hash == Words.and || $0.isPunctuation }) ?? true,
              let joint = People.joinedPlace(tokens, endingBefore: start, floor: 1) else { return false }
        return Range(max(0, joint - 12), upTo: joint).contains { tokens[$0].isDigits }
    }

    /// "while in neighbouring Qinghai 18 people were killed", "In Gaza 18 civilians died": a
    /// place that "in" or "at" opens (an adjective or two between), its people named right
    /// after the number; not a label ("in Flight 370", "at Gate 4").
    private func isPlaceBeforeItsPeople(before start: Int, end: Int) -> Bool {
        guard end < tokens.count, People.kinds.contains(tokens, at: end) else { return false }
        var i = start - 1
        var names = 0
        while i >= 0, names < 3, tokens[i].isWord, tokens[i].isCapitalized,
              Lexicon.roles(tokens[i]).isDisjoint(with: [.labelNoun, .preposition]) {
            names += 1
            i -= 1
        }
        guard names > 0 else { return false }
        var words = 0
        while i >= 0, words < 2, tokens[i].isWord, !tokens[i].isCapitalized,
              Lexicon.roles(tokens[i]).isDisjoint(with: [.preposition, .auxiliary, .attribution, .conjunction]) {
            words += 1
            i -= 1
        }
        return i >= 0 && (tokens[i].hash == Words.in || tokens[i].hash == Words.at)
    }

    /// "Deaths by district: Swat 19, Shangla 11 and Buner 4": the first place of a list of places
    /// with their counts, right after the colon, with the next place and its number after it.
    private func isFirstListedPlace(before start: Int, end: Int) -> Bool {
        guard People.placeAndNumberFollow(tokens, after: end, limit: tokens.count),
              let joint = People.joinedPlace(tokens, endingBefore: start, floor: 1, orColon: true) else { return false }
        return tokens[joint].hash == Words.colon
    }

    private func isSentenceStart(_ index: Int) -> Bool {
        index == 0 || tokens[index].gap >= 2 || SentenceSplitter.isTerminal(tokens[index - 1])
            || tokens[index - 1].hash == Words.quote || tokens[index - 1].hash == Words.leftQuote
    }

    /// People named at `index`, after a demonym or two: "troops", "North Korean soldiers".
    private func isPeople(at index: Int) -> Bool {
        var i = index
        while i < tokens.count {
            if People.kinds.contains(tokens, at: i) { return true }
            guard let group = People.groups.match(tokens, at: i) else { return false }
            if group.value.isPeople { return true }
            i += group.length
        }
        return false
    }

    /// "that 2024 had been \"the costliest year of the war\"", "2023 was the deadliest year": a
    /// year that a copula says what it was (people counted take "were", and a casualty word past
    /// the copula's noun is no count's).
    private func isNamedByCopula(after end: Int) -> Bool {
        var i = end
        var isCopula = false
        while i < tokens.count, i < end + 3, Words.yearVerbs.contains(tokens[i].hash) {
            isCopula = isCopula || Words.yearCopulas.contains(tokens[i].hash)
            i += 1
        }
        if i < tokens.count, tokens[i].isQuoteMark { i += 1 }
        return isCopula && i < tokens.count && (tokens[i].hash == Words.the || tokens[i].hash == Words.a || tokens[i].hash == Words.an)
    }

    private func isPeopleOrTrigger(at index: Int, triggerPastWords: Bool = true) -> Bool {
        guard index < tokens.count else { return false }
        var i = index
        // Skip a demonym or adjective or two: "2000 North Korean soldiers".
        for _ in 0..<4 {
            guard i < tokens.count else { return false }
            if People.kinds.contains(tokens, at: i) { return true }
            if i == index || triggerPastWords, Triggers.words.contains(tokens, at: i) { return true }
            if let group = People.groups.match(tokens, at: i) {
                if group.value.isPeople { return true }
                i += group.length
                continue
            }
            if tokens[i].isWord, !Lexicon.has(tokens[i], .preposition), !Lexicon.has(tokens[i], .auxiliary) {
                i += 1
                continue
            }
            return false
        }
        return false
    }

    // MARK: - Digits

    struct ParsedDigits {
        var value: Double
        var hasSeparator: Bool
        var significantDigits: Int
        var hasLeadingZero: Bool
    }

    /// "2,700" → 2700, "1.5" → 1.5; commas group, one dot is a decimal point.
    func parseDigits(_ token: Token) -> ParsedDigits? {
        var whole = 0.0
        var fraction = 0.0
        var scale = 1.0
        var inFraction = false
        var hasSeparator = false
        var digits = 0
        var dots = 0
        let firstByte = bytes[Int(token.start)]
        for i in Int(token.start)..<Int(token.end) {
            let b = bytes[i]
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
                let d = Double(b - UInt8(ascii: "0"))
                if inFraction {
                    scale /= 10
                    fraction += d * scale
                } else {
                    whole = whole * 10 + d
                }
            case UInt8(ascii: ","):
                hasSeparator = true
            case UInt8(ascii: "."):
                dots += 1
                inFraction = true
            default:
                return nil
            }
        }
        if dots > 1 { return nil }  // "1.2.3" is a version or a date, not a quantity
        let leadingZero = firstByte == UInt8(ascii: "0") && token.length > 1
            && bytes[Int(token.start) + 1] != UInt8(ascii: ".")
        return ParsedDigits(value: whole + fraction, hasSeparator: hasSeparator, significantDigits: digits,
                            hasLeadingZero: leadingZero)
    }
}
