/// A sentence: a run of tokens, and the paragraph it belongs to.
struct Sentence: Sendable {
    var tokens: Range<Int>
    var paragraph: Int
}

/// Splits tokens into sentences: at `.`, `!` and `?` before a capital, a digit or a quote,
/// but not after an abbreviation or an initial; at a blank line always; at a single line
/// break only after sentence-ending punctuation or before a list bullet or heading.
enum SentenceSplitter {
    static func sentences(_ tokens: [Token]) -> [Sentence] {
        var result: [Sentence] = []
        var start = 0
        var paragraph = 0
        var index = 0
        func close(at end: Int) {
            if end > start { result.append(Sentence(tokens: start..<end, paragraph: paragraph)) }
            start = end
        }
        while index < tokens.count {
            let token = tokens[index]
            if index == start, index > 0, token.gap >= 2 {
                paragraph += 1  // a blank line right after a sentence's end
            } else if index > start, token.gap >= 2 {
                let previous = tokens[index - 1]
                if token.gap == 3 {
                    close(at: index)
                    paragraph += 1
                } else if endsSentence(previous) {
                    // One paragraph a line: a line that ends a sentence ends its paragraph too.
                    close(at: index)
                    paragraph += 1
                } else if startsBlock(token) || isListNumber(tokens, index) || isHeadingLine(tokens, start, index) {
                    close(at: index)
                }
            }
            // "GENEVA, May 9 (Lake Leman Wire) - In April, ...": a dateline is a sentence of its
            // own, so that the one after it opens where its words do. (Only at a line's start:
            // not at a chunk's that a long paragraph's sentence end made.)
            if index == start, token.gap >= 2 || token.start == 0, let dash = datelineDash(tokens, at: index) {
                close(at: dash + 1)
                index = dash + 1
                continue
            }
            // "Rojas: Last year, 143 people died ...", "Q: ...", "Col. Garba: ...": a speaker's turn
            // in a transcript; the label is a sentence of its own, so that the turn opens where
            // its words do.
            if index == start, token.gap >= 2 || token.start == 0, let colon = speakerLabelColon(tokens, at: index) {
                close(at: colon + 1)
                index = colon + 1
                continue
            }
            // "**09:30** — Among the dead were ...": a live blog's time stamp is no part of the
            // sentence after it, which opens where its words do.
            if index == start, token.gap >= 2 || token.start == 0, let dash = timeStampDash(tokens, at: index) {
                start = dash + 1
                index = dash + 1
                continue
            }
            if token.isPunctuation, isTerminal(token) {
                // Closing quotes and brackets stay with their sentence.
                var end = index + 1
                while end < tokens.count, tokens[end].gap == 0, isCloser(tokens[end]) { end += 1 }
                if end >= tokens.count {
                    index = end
                    continue
                }
                let next = tokens[end]
                if next.gap > 0, startsSentence(next), !isAbbreviation(tokens, before: index, terminal: token) {
                    close(at: end)
                }
                index = end
                continue
            }
            index += 1
        }
        close(at: tokens.count)
        return result
    }

    static let terminals = WordSet([".", "!", "?", "…"])
    static let closers = WordSet(["\"", "”", "’", "'", ")", "]", "»"])
    static let openers = WordSet(["\"", "“", "‘", "'", "(", "[", "«"])
    /// (A pipe starts a Markdown table's row.)
    static let bullets = WordSet(["-", "*", "•", "#", "–", "—", ">", "|"])

    static func isTerminal(_ token: Token) -> Bool { terminals.contains(token.hash) }
    static func isCloser(_ token: Token) -> Bool { token.isPunctuation && closers.contains(token.hash) }

    static func endsSentence(_ token: Token) -> Bool {
        token.isPunctuation && (terminals.contains(token.hash) || closers.contains(token.hash)
            || token.hash == Words.colon)
    }

    static func startsBlock(_ token: Token) -> Bool { token.isPunctuation && bullets.contains(token.hash) }

    /// "2. Deaths in floods: 9", "3) Persons injured": an ordered list's number opening a line.
    static func isListNumber(_ tokens: [Token], _ index: Int) -> Bool {
        index + 2 < tokens.count && tokens[index].isDigits && tokens[index].length <= 2
            && tokens[index + 1].isAttached && (tokens[index + 1].hash == Words.period || tokens[index + 1].hash == Words.closeParen)
            && tokens[index + 2].gap >= 1
    }

    /// A short line without final punctuation followed by a line break is a heading or title.
    static func isHeadingLine(_ tokens: [Token], _ start: Int, _ end: Int) -> Bool {
        var lineStart = end - 1
        while lineStart > start, tokens[lineStart].gap < 2 { lineStart -= 1 }
        return end - lineStart <= 14 && tokens[lineStart].isCapitalized
            && !(tokens[end - 1].isPunctuation && tokens[end - 1].hash == Words.comma) && tokens[end].isCapitalized
    }

    static func startsSentence(_ token: Token) -> Bool {
        if token.isCapitalized || token.isDigits { return true }
        if token.isPunctuation { return openers.contains(token.hash) || bullets.contains(token.hash) }
        return token.first >= 0x80  // a non-ASCII capital such as "É"
    }

    /// "GENEVA, May 9 (Lake Leman Wire) - ", "KYIV (Reuters) — ", "**PORT SUDAN, Sudan** – ": a
    /// wire story's dateline opening a line: its place in capitals, then capitalized words,
    /// commas, a day or year and an outlet in brackets, up to a dash set apart by spaces
    /// before a sentence's start. Returns the dash's index.
    static func datelineDash(_ tokens: [Token], at start: Int) -> Int? {
        var index = start
        while index < tokens.count, tokens[index].isPunctuation, tokens[index].hash == Words.asterisk { index += 1 }
        guard index < tokens.count, tokens[index].isAllCaps else { return nil }
        var depth = 0
        let limit = min(tokens.count - 1, index + 24)
        while index < limit {
            let token = tokens[index]
            // (One line: not a heading in capitals above a list, "BURKINA FASO" over "- An attack ...".)
            if index > start, token.gap >= 2 { return nil }
            if token.isWord {
                guard depth > 0 || token.isCapitalized || token.first >= 0x80 else { return nil }
            } else if token.isDigits {
                guard depth > 0 || token.length <= 4 else { return nil }
            } else if token.isPunctuation {
                switch token.hash {
                case Words.hyphen where token.gap == 0, Words.comma, Words.asterisk:
                    break
                case Words.hyphen, Words.enDash, Words.emDash:
                    guard depth == 0 else { break }
                    var dash = index
                    if tokens[dash + 1].hash == Words.hyphen, tokens[dash + 1].gap == 0 { dash += 1 }  // "--"
                    guard dash + 1 < tokens.count, tokens[dash + 1].gap == 1, startsSentence(tokens[dash + 1]) else { return nil }
                    return dash
                case Words.openParen:
                    depth += 1
                case Words.closeParen:
                    guard depth > 0 else { return nil }
                    depth -= 1
                case Words.period:
                    // ("Feb. 8": an abbreviation's.)
                    guard token.gap == 0, index > start, tokens[index - 1].isWord, tokens[index - 1].length <= 4 else { return nil }
                default:
                    guard depth > 0, !isTerminal(token) else { return nil }
                }
            } else if depth == 0 {
                return nil
            }
            index += 1
        }
        return nil
    }

    /// "**09:30** — ", "**10:45 a.m.** — ", "18:16 - ": a live blog's time stamp opening a line,
    /// in bold or not, up to a dash set apart by spaces before a sentence's start. Returns the
    /// dash's index.
    static func timeStampDash(_ tokens: [Token], at start: Int) -> Int? {
        var index = start
        while index < tokens.count, tokens[index].isPunctuation, tokens[index].hash == Words.asterisk { index += 1 }
        guard index + 2 < tokens.count, tokens[index].isDigits, tokens[index].length <= 2,
              tokens[index + 1].hash == Words.colon, tokens[index + 1].gap == 0,
              tokens[index + 2].isDigits, tokens[index + 2].gap == 0, tokens[index + 2].length == 2 else { return nil }
        index += 3
        let limit = min(tokens.count - 1, index + 9)
        while index < limit {
            let token = tokens[index]
            if token.gap >= 2 { return nil }
            switch token.hash {
            case Words.asterisk, Words.period:
                break
            case Words.hyphen, Words.enDash, Words.emDash:
                guard token.gap == 1, tokens[index + 1].gap == 1, startsSentence(tokens[index + 1]) else { return nil }
                return index
            default:
                // "a.m.", "pm", "GMT": the time's own short words.
                guard token.isWord, token.length <= 3 else { return nil }
            }
            index += 1
        }
        return nil
    }

    /// Words that label a line's section, not a speaker: "Correction:", "Update:".
    static let sectionLabels = WordSet(["correction", "corrections", "update", "updates", "note", "editor", "editors",
                                        "source", "sources", "background", "context", "breaking", "related", "read",
                                        "watch", "photo", "video", "summary", "key", "analysis", "opinion",
                                        "clarification", "warning", "disclaimer", "factbox", "timeline", "latest",
                                        "what", "why", "how", "who", "when", "where"])

    /// "Rojas: ", "Q: ", "Col. Garba: ", "Governor Dado: ": a speaker's label opening a line in
    /// a transcript, capitalised words (an abbreviation's period among them) up to a colon
    /// before a sentence's start. Not a section's label ("Correction:") nor a place's or a
    /// people's name ("Gaza:"). Returns the colon's index.
    static func speakerLabelColon(_ tokens: [Token], at start: Int) -> Int? {
        var index = start
        while index < min(tokens.count, start + 6) {
            let token = tokens[index]
            if index > start, token.gap >= 2 { return nil }
            if token.hash == Words.colon {
                guard index > start, token.gap == 0, index + 1 < tokens.count, tokens[index + 1].gap == 1,
                      tokens[index + 1].isCapitalized || tokens[index + 1].isPunctuation && openers.contains(tokens[index + 1].hash)
                else { return nil }
                return index
            }
            if token.isWord {
                guard token.isCapitalized || token.first >= 0x80, !sectionLabels.contains(token.hash),
                      People.groups.match(tokens, at: index, limit: tokens.count) == nil else { return nil }
            } else if !(token.hash == Words.period && token.gap == 0 && index > start && tokens[index - 1].isWord) {
                return nil
            }
            index += 1
        }
        return nil
    }

    /// "Mr.", "Gen.", "U.S.", "Jan.": a period that ends a known abbreviation or an initial.
    static func isAbbreviation(_ tokens: [Token], before index: Int, terminal: Token) -> Bool {
        guard terminal.hash == Words.period, index > 0 else { return false }
        let word = tokens[index - 1]
        guard word.isWord, word.end == terminal.start else { return false }
        if word.length == 1 { return true }  // an initial, or the last letter of U.S.
        return Lexicon.abbreviations.contains(word.hash)
    }
}
