import FiguresExtraction
import Testing

/// Claims from the sentences SPEC and the issues use as examples.
@Suite struct ClaimExtractorTests {
    let extractor = ClaimExtractor(sources: SourceDirectory([
        .init(name: "National Intelligence Service", aliases: ["NIS", "South Korea's intelligence service", "the spy agency"]),
    ]))

    func claims(_ text: String, published: String = "2025-01-13", subject: String? = nil) -> [Claim] {
        extractor.claims(in: Document(text: text, published: CalendarDay(iso: published), outlet: "Example Wire",
                                      subject: subject))
    }

    @Test func readsTheNorthKoreanStory() throws {
        let found = claims("""
            South Korea's intelligence service said on Monday that nearly 300 North Korean soldiers have been \
            killed and another 2,700 wounded. Around 10,000 troops were sent by the isolated state.
            """)
        try #require(found.count == 3)
        #expect(found[0].figure == .killed)
        #expect(found[0].subject == "north-korean-troops")
        #expect(found[0].quantity.qualifier == .nearly)
        #expect(found[0].source == "National Intelligence Service")
        #expect(found[0].asOf.description == "2025-01-13")
        #expect(found[1].figure == .wounded)
        #expect(found[1].quantity.value == 2_700)
        #expect(found[1].subject == "north-korean-troops")
        #expect(found[1].scope == .total)
        #expect(found[2].figure == .deployed)
        #expect(found[2].quantity.qualifier == .approximate)
    }

    @Test func aTieForTheTitlesGroupGoesToTheFirstNamed() throws {
        // Both subjects carry the title's group once each: the first named wins, in every run
        // (a dictionary's order, which changes from process to process, once decided it).
        for (first, second, expected) in [("soldiers", "fighters", "syrian-troops"), ("fighters", "soldiers", "syrian-fighters")] {
            let text = """
                The ministry said 12 Syrian \(first) were killed on Monday.

                Monitors said 30 Syrian \(second) had been killed.

                On Tuesday, 40 more were killed, the ministry said.
                """
            let found = extractor.claims(in: Document(text: text, title: "Syrian clashes spread",
                                                      published: CalendarDay(iso: "2025-03-10"), outlet: "Example Wire"))
            try #require(found.count == 3)
            #expect(found[2].subject == expected)
        }
    }

    @Test func coordinationCarriesThePeopleOver() throws {
        let found = claims("""
            Almost 400 fighters from the breakaway region are believed to have been killed so far, and \
            another 1,200 have been wounded.
            """)
        try #require(found.count == 2)
        #expect(found.map(\.figure) == [.killed, .wounded])
        #expect(found.map(\.scope) == [.total, .total])
        #expect(found[1].subject == found[0].subject)
        #expect(found[0].source == "Example Wire", "no attribution: the outlet")
    }

    @Test func scopesFollowTheWords() throws {
        let found = claims("""
            Another 2,000 troops arrived, bringing the total to 5,000. North Korea plans to send 8,000 by \
            spring. Twelve soldiers were killed in the ambush. In the past week alone, 800 soldiers were killed.
            """)
        #expect(found.map(\.scope) == [.change, .total, .projection, .incident, .period])
        #expect(found.map(\.quantity.value) == [2_000, 5_000, 8_000, 12, 800])
    }

    @Test func aTollAfterAFinishedActionIsOneEvent() throws {
        let found = claims("""
            Jihadist fighters overran an army base in Djibo on Sunday, killing dozens of soldiers. \
            Russian forces have shelled the city for weeks, killing 300 civilians. \
            A fishing boat sank off the coast on Wednesday, killing at least 78 migrants. \
            Two soldiers were wounded when an explosive device went off near their vehicle.
            """)
        #expect(found.map(\.scope) == [.incident, .total, .total, .incident])
    }

    @Test func aStatedSpanHoldsInAReportOfThePast() throws {
        let found = claims("""
            Last week the ministry had put Russian losses for the previous seven days at about 8,900. \
            Russian losses since February 2022 stood at 1,225,180 on Wednesday, the General Staff said.
            """)
        #expect(found.map(\.scope) == [.period, .total])
    }

    @Test func windowsAreTheirSpansNotRankings() throws {
        let found = claims("""
            May was already the deadliest month for Burkinabe forces since the junta seized power in 2022, \
            with 232 soldiers killed. The toll has risen to 2,886, raising its toll by 167. \
            Another 63 were wounded in the deadliest attack on Christians since the fall of Assad in December. \
            At least 1,120 people have been killed since clashes erupted in the southern province of Sweida on July 13.
            """, published: "2025-07-20")
        #expect(found.map(\.quantity.value) == [232, 2_886, 167, 63, 1_120])
        #expect(found.map(\.scope) == [.period, .total, .change, .incident, .period])
    }

    @Test func aGroupBroughtInByAndTakesTheVerbLeftOut() throws {
        let found = claims("""
            Britain sent 200 troops to Cyprus, and Romania about 100 more. Poland contributed 2,000 troops \
            and Finland, which joined the alliance in 2023, some 600. Egypt will send 1,091 troops.
            """)
        #expect(found.map(\.quantity.value) == [200, 100, 2_000, 600, 1_091])
        #expect(found.map(\.figure) == Array(repeating: .deployed, count: 5))
        #expect(found.map(\.subject) == ["british-troops", "romanian-troops", "polish-troops", "finnish-troops",
                                          "egyptian-troops"])
    }

    @Test func aClauseOfItsOwnKeepsItsVerbAndWindow() throws {
        let found = claims("""
            North Korea has sent an additional 1,000 to 1,500 troops to Russia since January to replace \
            soldiers lost in the Kursk region. The overall death toll since October 7, 2023 has risen to 54,470, \
            with more than 124,600 people wounded over the same period. Spain is expected to contribute 150.
            """)
        #expect(found.map(\.quantity.value) == [1_250, 54_470, 124_600, 150])
        #expect(found.map(\.figure) == [.deployed, .killed, .wounded, .deployed])
        #expect(found.map(\.scope) == [.change, .total, .total, .projection])
    }

    @Test func aLengthOfTimeIsNoRateAndADayAloneIsAWindow() throws {
        let found = claims("""
            At least 568 people have died in a heat wave that has gripped southern Pakistan for more than a week. \
            Its morgue had received 141 bodies on Tuesday alone. Russia lost 1,340 soldiers over the past day, \
            Ukraine's General Staff said on Wednesday, bringing its tally since the invasion began to 900,120.
            """)
        #expect(found.map(\.quantity.value) == [568, 141, 1_340, 900_120])
        #expect(found.map(\.scope) == [.total, .period, .change, .total])
    }

    @Test func aPastDisasterIsOneEventOfItsMonth() throws {
        let found = claims("""
            The death toll from the typhoon has risen to 46. In November 2013, Typhoon Haiyan killed more \
            than 6,300 people in the same region.
            """, published: "2025-10-24")
        #expect(found.map(\.scope) == [.total, .incident])
        #expect(found.map(\.asOf.description) == ["2025-10-24", "2013-11-01"])
    }

    @Test func aPastFireIsOneEventOfItsMonthButGunfireIsNoFire() throws {
        let found = claims("""
            In February 2012, a fire at the Comayagua prison killed 361 inmates. In March 2022, soldiers \
            came under heavy fire at the border, and 12 were killed there this year.
            """, published: "2025-06-22")
        #expect(found.map(\.quantity.value) == [361, 12])
        #expect(found.first?.scope == .incident)
        #expect(found.first?.asOf.description == "2012-02-01")
        #expect(found.last?.scope != .incident)
    }

    @Test func thePoliceShootingDeadOnAPastDayIsOneEvent() throws {
        let found = claims("""
            On June 25, 2024, police shot dead at least 19 protesters outside parliament. Police have \
            killed 60 protesters since June.
            """, published: "2025-07-08")
        #expect(found.map(\.scope) == [.incident, .period])
        #expect(found.first?.asOf.description == "2024-06-25")
    }

    @Test func aDeploymentMadeLastMonthHoldsFromThen() throws {
        let found = claims("""
            The U.S. sent about 20 Marines to its embassy in Port-au-Prince last month. At least 712 civilians \
            have been killed in drone strikes in Amhara since the conflict began.
            """, published: "2025-04-02")
        #expect(found.map(\.scope) == [.total, .total])
        #expect(found.map(\.asOf.description) == ["2025-03-01", "2025-04-02"])
    }

    @Test func whoHoldsWhomSaysCaptivesOrTroops() throws {
        let found = claims("""
            Russia is still holding more than 8,000 Ukrainian servicemen. Russia is holding 50,000 troops near \
            the border. Hamas is still holding 50 hostages. The RSF said it was holding more than 4,000 captured \
            soldiers. Five Palestinians, including two children, had died in the past 24 hours, bringing the \
            number of hunger deaths since the war began to 193.
            """)
        #expect(found.map(\.figure) == [.captured, .deployed, .captured, .captured, .killed, .killed, .killed])
        #expect(found.map(\.subject)[0...2] == ["ukrainian-troops", "russian-troops", "hostages"])
        #expect(found.map(\.scope)[4...] == [.change, .change, .total])
    }

    @Test func peopleTreatedOrInHospitalAreWounded() throws {
        let found = claims("""
            Medics treated 31 people for dehydration and skin burns. At the centre, 11 migrants were treated for \
            hypothermia. It said 43 people had been admitted to Mulago hospital with gunshot wounds, nine of them \
            in critical condition. The toll has risen to 19, and 58 people are being treated in hospital.
            """)
        #expect(found.map(\.quantity.value) == [31, 11, 43, 9, 19, 58])
        #expect(found.map(\.figure) == [.wounded, .wounded, .wounded, .wounded, .killed, .wounded])
    }

    @Test func partsOfTheWoundedInHospitalTakeTheirWholesScope() throws {
        let found = claims("""
            Fourteen people were killed and 31 injured in a crash late Saturday when a bus left the road, police \
            said. Of the injured, nine remained in critical condition. Health facilities in Goma treated 2,880 \
            wounded people between 26 January and 4 February. The ICRC said more than 600 of them had been \
            admitted to hospitals it supports. The express, train number 13174, was carrying about 1,100 \
            passengers when it stopped.
            """, published: "2025-02-07")
        #expect(found.map(\.quantity.value) == [14, 31, 9, 2_880, 600])
        #expect(found.map(\.scope) == [.incident, .incident, .incident, .period, .period])
    }

    @Test func aPastMonthsDisasterToldAroundItsNumberIsOneEvent() throws {
        let found = claims("""
            In November 2023, at least 40 migrants died when their boat caught fire off the coast. In November \
            2021, a 21-storey tower under construction in Ikoyi came down, killing more than 40 people.
            """, published: "2026-01-22")
        #expect(found.map(\.scope) == [.incident, .incident])
        #expect(found.map(\.asOf.description) == ["2023-11-01", "2021-11-01"])
    }

    @Test func increasesRescuesReleasesAndWhereThePeopleWere() throws {
        let found = claims("""
            The INGD said 52 people have died, an increase of nine since the last update. At least 46 people have \
            died in floods, the minister said, raising the government's toll by 11 from the figure he gave on \
            Monday. Thirteen sailors were rescued by fishermen. Rebels freed 11 soldiers and two police officers. \
            The governor said seven people had died and that about 1,200 people had been in the hall. The network \
            recorded 1,562 civilian deaths and 742 arbitrary arrests.
            """)
        #expect(found.map(\.quantity.value) == [52, 9, 46, 11, 7, 1_562])
        #expect(found.map(\.scope)[0...3] == [.total, .change, .total, .change])
    }

    @Test func partsAbductionsAndTheInjuredAmongTheRescued() throws {
        let found = claims("""
            The ministry said more than 2,000 civilians had been killed since the siege began, and that about 400 of \
            them were children. The commission documented the abduction of 40 villagers during the attack, 12 of \
            whom had since been freed. A serac fell on a line of climbers. Seven of them made it back to base camp, \
            four with frostbite. Three people \
            were killed, and two were flown to hospital. The toll rose to 54. Witnesses said gunmen shot them, and \
            that the victims included 31 women.
            """)
        #expect(found.map(\.quantity.value) == [2_000, 400, 40, 4, 3, 2, 54, 31])
        #expect(found.map(\.figure) == [.killed, .killed, .captured, .wounded, .killed, .wounded, .killed, .killed])
        #expect(found[2].scope == .incident)
    }

    @Test func troopsLeavingAndPeopleNoCasualtyMakeNoClaim() throws {
        let found = claims("""
            About 11,000 North Korean troops are in Russia, after some 1,000 were rotated home. Each side handed \
            over 303 soldiers on the final day. About 20 gunmen arrived in three cars. The men were captured in \
            three separate engagements. Police said 52 protesters had been injured and 18 detained. Cholera has \
            killed 40 children. Its teams treated more than 2,300 patients in the week to Sunday, up from 1,100 \
            the week before.
            """)
        #expect(found.map(\.quantity.value) == [11_000, 52, 40])
    }

    @Test func theVerbAndNounLeftOutAfterAnd() throws {
        let found = claims("""
            The authority said 4,458 people were killed on the roads in 2024, and 4,012 in the first 11 months of \
            this year. Nineteen of the deaths were in Masbate, where the storm made landfall, and five in Samar. \
            Guatemala already has 150 soldiers in Haiti, and El Salvador 75. The agency said 14 people had been \
            killed in the blast and five remain missing.
            """, published: "2025-12-18")
        #expect(found.map(\.quantity.value) == [4_458, 4_012, 19, 5, 150, 75, 14, 5])
        #expect(found.map(\.figure) == [.killed, .killed, .killed, .killed, .deployed, .deployed, .killed, .missing])
        #expect(found[5].subject == "salvadoran-troops")
        let list = claims("Austria has recorded 19 deaths, France 16, Switzerland 14 and Italy nine, the EAWS said.")
        #expect(list.map(\.quantity.value) == [19, 16, 14, 9])
        #expect(list.allSatisfy { $0.figure == .killed })
        #expect(found.map(\.scope)[6...] == [.incident, .total])
    }

    @Test func anEarlierValueOfTheTollJustToldIsOfItsScope() throws {
        let found = claims("""
            The death toll from Sunday's strike on the port has risen to 74, the ministry said. The ministry had put \
            the toll at 58 on Friday. At least 2,900 people were killed in the battle for Goma in late January. A \
            week earlier, the government had put the death toll at 773.
            """, published: "2025-06-02")
        #expect(found.map(\.quantity.value) == [74, 58, 2_900, 773])
        #expect(found.map(\.scope) == [.incident, .incident, .incident, .incident])
        #expect(found[1].asOf.description == "2025-05-30")
    }

    @Test func capturedWholesAreTheRaidsAndCaptivesStillHeldAreNow() throws {
        let found = claims("""
            Gunmen have released 38 of the 87 pupils they abducted from a boarding school last month, leaving 49 \
            still in captivity, police said. Troops have freed 37 of the 52 travellers abducted by gunmen on a \
            highway, leaving 15 still held. The guerrillas are still holding 14 soldiers and two police officers \
            seized in separate attacks.
            """, published: "2025-11-04")
        #expect(found.map(\.quantity.value) == [87, 49, 52, 15, 14, 2])
        #expect(found.allSatisfy { $0.figure == .captured })
        #expect(found.map(\.scope) == [.incident, .total, .incident, .total, .total, .total])
        #expect(found[1].asOf.description == "2025-11-04")
    }

    @Test func troopsHeldByAnotherKindAndTroopsNumberedAreCounts() throws {
        let held = claims("The army said the guerrillas were still holding 14 soldiers and two police officers.")
        #expect(held.map(\.figure) == [.captured, .captured])
        let numbered = claims("""
            In June 2023, French intelligence put the number of Wagner fighters in the country at between 1,200 \
            and 1,500. In October, Lubinets had put the number of Ukrainian servicemen held by Russia at about \
            8,000. The move would raise the number of NATO troops in the country to more than 4,000 by September.
            """, published: "2025-03-02")
        #expect(numbered.map(\.figure) == [.deployed, .captured, .deployed])
        #expect(numbered.map(\.scope) == [.total, .total, .projection])
        #expect(numbered.map(\.asOf.description) == ["2023-06-01", "2024-10-01", "2025-03-02"])
    }

    @Test func earlierValuesAveragesAndRankedEvents() throws {
        let found = claims("""
            The death toll from the typhoon was revised down to 46 on Friday from 52 a day earlier. Russian \
            losses have averaged about 1,300 a day since January. A missile attack on Kyiv killed 28 civilians, \
            the deadliest single attack on the capital since the start of the full-scale invasion.
            """, published: "2025-07-10")
        #expect(found.map(\.quantity.value) == [46, 52, 1_300, 28])
        #expect(found.map(\.scope) == [.total, .total, .period, .incident])
    }

    @Test func openingWindowsAndPartsOfATollCarryOver() throws {
        let found = claims("""
            Between November 2023 and December 2024, the Houthis attacked more than 100 merchant ships, sank two \
            and killed four seafarers. At least 30 people were killed in the attack. Among the dead were at least \
            six children. Trump ordered 2,000 National Guard troops to the city on Saturday and another 2,000 on \
            Monday. The project has recorded 742 deaths so far this year, and a further 455 reported missing.
            """)
        #expect(found.map(\.quantity.value) == [4, 30, 6, 2_000, 2_000, 742, 455])
        #expect(found.map(\.figure) == [.killed, .killed, .killed, .deployed, .deployed, .killed, .missing])
        #expect(found.map(\.scope)[0...2] == [.period, .incident, .incident])
    }

    @Test func neitherAPlanNorAnAttackIsPassedToWhatIsNow() throws {
        let found = claims("""
            Twelve soldiers were killed in the ambush. Nine others are missing. The toll could rise to 100, \
            officials said. At least 60 children were among the dead.
            """)
        #expect(found.map(\.quantity.value) == [12, 9, 100, 60])
        #expect(found.map(\.scope) == [.incident, .total, .projection, .total])
    }

    @Test func aRestatementAndAPartAfterACopulaKeepTheFigure() throws {
        let found = claims("""
            The ISW estimated that Russia suffered roughly 415,000 casualties over the course of the year, \
            or about 1,140 a day. MSF said it treated 300 wounded people, and among them were 54 children.
            """)
        #expect(found.map(\.quantity.value) == [415_000, 1_140, 300, 54])
        #expect(found.map(\.figure) == [.casualties, .casualties, .wounded, .wounded])
        #expect(found.map(\.scope)[0...1] == [.period, .period])
    }

    @Test func numbersWithAVerbOfTheirOwnAreNotTolls() throws {
        let found = claims("""
            At least three people have died and 568 have been rescued. Police said 25 people had been killed \
            or wounded in the attack and that at least three men had fled the scene. The mayor said at least \
            200 residents had lost their homes. The contract has drawn only a few thousand recruits. Israel \
            has deployed three additional infantry battalions to the West Bank.
            """)
        #expect(found.map(\.quantity.value) == [3, 25])
    }

    @Test func pastReferencesAreDatedBack() throws {
        let found = claims("In March, the spy agency had put the number of North Korean soldiers killed at 450.",
                           published: "2025-06-18")
        try #require(found.count == 1)
        #expect(found[0].asOf.description == "2025-03-01")
        #expect(found[0].source == "National Intelligence Service")
        let earlier = claims("A month earlier, the NIS had said at least 100 North Korean soldiers had died.")
        #expect(earlier.first?.asOf.description == "2024-12-13")
    }

    @Test func weekdaysInTheAttributionSetTheDay() throws {
        let found = claims("The NIS said on Friday that 300 North Korean soldiers had been killed.")
        #expect(found.first?.asOf.description == "2025-01-10")  // the Friday before Monday 13 January
    }

    @Test func thingsAndTrapsAreNotClaims() {
        #expect(claims("""
            In 2024, 5,000 crates of ammunition and three transport planes arrived. A three-minute video \
            showed a 19-year-old. The $1.5 billion package covers 120 drones. About 2,000 refugees crossed.
            """).isEmpty)
    }

    @Test func relayedBriefingsNameTheAgency() throws {
        let found = claims("""
            About 4,700 North Korean soldiers have been killed or wounded, lawmaker Cho Min-seok said after a \
            briefing by the NIS.
            """)
        #expect(found.first?.figure == .casualties)
        #expect(found.first?.source == "National Intelligence Service")
    }

    @Test func unknownSourcesKeepTheirWords() throws {
        let found = claims("The Kursk Observer said 300 North Korean soldiers had been killed.")
        #expect(found.first?.source == nil)
        #expect(found.first?.sourceText == "Kursk Observer")
    }

    @Test func spansPointAtTheNumber() throws {
        let text = "South Korea's intelligence service said nearly 300 North Korean soldiers had been killed."
        let found = claims(text)
        let span = try #require(found.first?.span)
        #expect(String(decoding: Array(text.utf8)[span], as: UTF8.self) == "nearly 300")
    }

    @Test func joinedPeopleKeepTheVerbForTheNextNumber() {
        let found = claims("""
            The dead also included 354 Syrian government soldiers and security personnel and 21 Bedouin \
            fighters, the monitor said.
            """)
        #expect(found.map(\.figure) == [.killed, .killed])
        #expect(found.map(\.quantity.value) == [354, 21])
    }

    @Test func aSubordinateClauseEndsTheNounPhrase() {
        let found = claims("The Pentagon said it could send up to 4,000 more if Iran targeted American bases.")
        #expect(found.count == 1)
        #expect(found.first?.figure == .deployed)
        #expect(found.first?.scope == .projection)
        #expect(found.first?.quantity.qualifier == .atMost)
    }

    @Test func aPlanInAnEarlierReportedClauseIsNotTheNumbers() {
        let found = claims("""
            The president ordered the police and the army to deploy to the area, and the army said it had sent \
            300 soldiers to Kebbi on Tuesday.
            """)
        #expect(found.first?.figure == .deployed)
        #expect(found.first?.scope == .total)
    }

    @Test func aGappedGroupTakesTheScopeOfTheNumberBefore() {
        let plan = claims("The Netherlands will send 250 more troops to Lithuania, and Norway about 120, the governments said.")
        #expect(plan.map(\.scope) == [.projection, .projection])
        let sent = claims("Britain sent 200 troops to Cyprus, and Romania about 100 more.")
        #expect(sent.map(\.scope) == [.total, .total])
        #expect(sent.last?.subject == "romanian-troops")
    }

    @Test func moreTroopsWithTheNounLeftOut() {
        let found = claims("The army said it had deployed about 9,000 soldiers to the area and planned to add 1,500 more.")
        #expect(found.map(\.figure) == [.deployed, .deployed])
        #expect(found.last?.scope == .projection)
        // Not after a toll: people arrested are no more dead.
        #expect(claims("Gunmen killed 12 villagers, and police arrested 30 more.").count == 1)
    }

    @Test func quotedNumbersStayInTheirClause() {
        let found = claims("""
            The group said it had killed "more than 50" hostages and was still holding "over 150" Pakistani soldiers.
            """)
        #expect(found.map(\.figure) == [.killed, .captured])
        let leaders = claims("Central Command said it had killed \"hundreds of Houthi fighters and numerous leaders\".")
        #expect(leaders.first?.figure == .killed)
    }

    @Test func aRangeOfDaysIsADate() {
        let found = claims("Attacks on displacement sites killed at least 89 civilians between 11 and 17 August, officials said.")
        #expect(found.map(\.quantity.value) == [89])
        #expect(found.first?.scope == .period)  // many attacks over the days named
    }

    @Test func aWordBeforeACountNounNamesItsCause() {
        let found = claims("Bolivia records about 1,400 traffic deaths a year, according to the national police.")
        #expect(found.first?.figure == .killed)
        #expect(found.first?.quantity.value == 1400)
    }

    @Test func aTollWhenAnAttackOrACrashHappenedIsItsIncident() {
        let attack = claims("The ministry said 34 soldiers were killed and 14 wounded when fighters on motorcycles attacked a post.")
        #expect(attack.map(\.scope) == [.incident, .incident])
        let crash = claims("At least 37 people were killed when two buses collided head-on near Uyuni.")
        #expect(crash.first?.scope == .incident)
        // A sinking's toll stays the story's.
        let sinking = claims("At least 78 passengers died when an overloaded boat capsized on Lake Kivu.")
        #expect(sinking.first?.scope == .total)
    }

    @Test func theEventARankingComparesWithIsDatedByItsSince() {
        let found = claims("""
            It was the deadliest fire in Iraq since September 2023, when a blaze at a wedding hall killed more than 100 people. \
            If confirmed, it would be the deadliest episode for Russian forces in Africa since July 2024, when more than 80 \
            Wagner fighters were killed in the same area.
            """)
        #expect(found.map(\.scope) == [.incident, .incident])
        #expect(found.map(\.asOf.description) == ["2023-09-01", "2024-07-01"])
        #expect(found.last?.source == nil || found.last?.sourceText == nil)
        let lastMonth = claims("It was the deadliest road accident since last month, when a bus plunged into a ravine, killing 30 passengers.")
        #expect(lastMonth.first?.asOf.description == "2024-12-01")
    }

    @Test func aJoiningWordOpensNoSourceName() {
        let found = claims("""
            The president ordered the army to deploy to the area, and Nigeria's army said it had sent 300 soldiers there.
            """)
        #expect(found.first?.sourceText == "Nigeria's army")
    }

    @Test func anAsideAboutThePeopleStandsBeforeTheirVerb() {
        let found = claims("Fifteen people, four of them children, died of malnutrition in the past 24 hours, the ministry added.")
        #expect(found.map(\.figure) == [.killed, .killed])
        #expect(found.map(\.scope) == [.period, .period])
        let youngest = claims("Four children, the youngest a 7-year-old boy, were among the dead, the governor said.")
        #expect(youngest.first?.figure == .killed)
    }

    @Test func theVictimsIncludedArePartsOfTheToll() {
        let found = claims("""
            Gang members killed at least 115 people in a two-day rampage through the town. The victims included 20 women and \
            three babies, a spokesperson said.
            """)
        #expect(found.map(\.figure) == [.killed, .killed, .killed])
        #expect(found.map(\.scope) == [.incident, .incident, .incident])
    }

    @Test func aClauseOfItsOwnEndsTheTroopsVerbSearch() {
        let found = claims("The Lebanese army plans to deploy 10,000 soldiers in the south as the peacekeepers leave.")
        #expect(found.first?.figure == .deployed)
        #expect(found.first?.scope == .projection)
        let modal = claims("About 1,200 soldiers have been deployed, and another 500 will be sent on Friday.")
        #expect(modal.map(\.figure) == [.deployed, .deployed])
        #expect(modal.last?.scope == .projection)
    }

    @Test func toAfterAYearIsNoRange() {
        let found = claims("""
            Two soldiers were killed on Monday, bringing the number of soldiers killed since the ground operation began in \
            October 2023 to 455.
            """)
        #expect(found.map(\.quantity.value) == [2, 455])
        #expect(found.last?.scope == .total)
    }

    @Test func flightAttendantsArePeople() {
        let found = claims("Two flight attendants who were seated in the tail section were injured in the crash.")
        #expect(found.first?.figure == .wounded)
        #expect(found.first?.subject == "flight-attendants")
    }

    @Test func dailyBulletinsAndWeeksToADayAreWindows() {
        let found = claims("The enemy lost up to 145 troops during the day, a tank and five artillery guns.")
        #expect(found.first?.scope == .period)
        let week = claims("Nearly 13,000 people were hospitalised with heatstroke in the week to Sunday, the agency said.")
        #expect(week.first?.scope == .period)
        // "this week's floods" names the event: the story's total.
        let floods = claims("The number of people who died in this week's floods has risen to 78, the premier said.")
        #expect(floods.first?.scope == .total)
    }

    @Test func killingAllOfThemAfterAFinishedActionIsItsIncident() {
        let found = claims("""
            A passenger plane crashed into a forested hillside on Thursday as it approached the town, killing all 43 \
            passengers and five crew members on board.
            """)
        #expect(found.map(\.scope) == [.incident, .incident])
        let landmine = claims("Six soldiers were killed and two others wounded when their vehicle drove over a landmine.")
        #expect(landmine.map(\.scope) == [.incident, .incident])
        // A siege that ended is one event; a flood is the story's total.
        let siege = claims("Security forces ended a 20-hour siege of a hotel on Sunday, killing all six gunmen.")
        #expect(siege.map(\.scope) == [.incident])
        let flood = claims("Floods swept through the valley on Sunday, killing 40 people.")
        #expect(flood.map(\.scope) == [.total])
    }

    @Test func aPartOfTheWoundedTwoSentencesLaterIsInTheirScope() {
        let found = claims("""
            Gunmen attacked a wedding party on Saturday, killing 14 people and wounding 30. The attackers fled \
            on motorcycles, the police said. Eight of the wounded were taken to the capital, officials said.
            """)
        #expect(found.map(\.scope) == [.incident, .incident, .incident])
        let others = claims("""
            Militants stormed an army post on Monday, killing at least nine soldiers. The attackers used two car \
            bombs. Five other soldiers were wounded, an official said.
            """)
        #expect(others.map(\.scope) == [.incident, .incident])
        // Seven sentences on, the attack is no longer what the number is of.
        let later = claims("""
            Gunmen attacked a wedding party on Saturday, killing 14 people and wounding 30. The attackers fled. \
            Police gave chase. Roads were closed. Schools shut. Markets emptied. Traffic stopped. Eight of the \
            wounded are children, officials said.
            """)
        #expect(later.map(\.scope) == [.incident, .incident, .total])
    }

    @Test func fightingThatEruptedWithNoYearOpensAWindow() {
        let erupted = claims("At least 47 people have been killed since fighting erupted between the army and the rebels.")
        #expect(erupted.map(\.scope) == [.period])
        let war = claims("More than 18,800 civilians have been killed since the fighting erupted on 15 April 2023.")
        #expect(war.map(\.scope) == [.total])
        let began = claims("It said 2,141 people have been killed since cross-border hostilities began.")
        #expect(began.map(\.scope) == [.total])
    }

    @Test func twoNumbersShareThePlanThatFollowsThem() {
        let shared = claims("The governor said 300 National Guard troops and 150 soldiers would be sent to the city this week.")
        #expect(shared.map(\.scope) == [.projection, .projection])
        let more = claims("Russia has 620,000 troops in the region and 300 more will be sent.")
        #expect(more.map(\.scope) == [.total, .projection])
    }

    @Test func aPlaceBeforeTheAndKeepsTwoNumbersJoined() {
        let found = claims("""
            In February 2023, two earthquakes killed more than 53,000 people in Turkey and about 6,000 in Syria.
            """, published: "2025-08-11")
        #expect(found.map(\.scope) == [.incident, .incident])
        #expect(found.map(\.asOf) == [CalendarDay(iso: "2023-02-01"), CalendarDay(iso: "2023-02-01")])
    }

    @Test func aBareNumberAfterAClaimIsMoreOfItsEvent() {
        let found = claims("""
            Seventeen people were killed in the attack, among them two local lawmakers and a former minister, and 38 were wounded.
            """)
        #expect(found.map(\.scope) == [.incident, .incident, .incident])
        let captured = claims("""
            The army said its forces had repelled an assault on the city, killing "hundreds" of fighters and capturing 35.
            """)
        #expect(captured.map(\.scope) == [.incident, .incident])
    }

    @Test func theWindowReachesPastARelativeClauseOnThePeople() {
        let found = claims("Two flight attendants who were seated in the tail section were injured in the crash, officials said.")
        #expect(found.map(\.scope) == [.incident])
    }

    @Test func aCountOfTheSpeakersIsNoFigure() {
        let found = claims("Jihadist fighters overran an army base on Sunday, killing at least 34 soldiers, two security sources said.")
        #expect(found.map(\.quantity.value) == [34])
        // ("put the number of dead at 31 and said": "and" names no speaker.)
        let and = claims("The minister put the number of dead in the explosion at 31 and said 24 miners were still unaccounted for.")
        #expect(and.map(\.quantity.value) == [31, 24])
    }

    @Test func eventsSpreadOverAPlaceAreATally() {
        let found = claims("At least 250 soldiers have been killed in attacks across the country.")
        #expect(found.map(\.scope) == [.total])
    }

    @Test func aBareSpanOfAPastMonthsEventIsHowLongItLasted() {
        let lasted = claims("In June 2024, ADF fighters killed at least 80 people in attacks on villages over two days.",
                            published: "2025-09-17")
        #expect(lasted.map(\.scope) == [.incident])
        #expect(lasted.first?.asOf == CalendarDay(iso: "2024-06-01"))
        let past = claims("In June 2024, ADF fighters killed at least 80 people over the past two days.", published: "2025-09-17")
        #expect(past.map(\.scope) == [.period])
        let bare = claims("ADF fighters killed at least 80 people over two days.", published: "2025-09-17")
        #expect(bare.map(\.scope) == [.period])
    }

    @Test func anIncidentInAMonthNamedAloneHoldsOnThatMonth() {
        let found = claims("At least 40 Burundian soldiers were killed in a single battle near Sake in October.", published: "2023-11-29")
        #expect(found.map(\.scope) == [.incident])
        #expect(found.first?.asOf == CalendarDay(iso: "2023-10-01"))
    }

    @Test func theSidesMayStandBetweenAnOutbreakAndItsVerb() {
        let found = claims("Since the fighting between the \"Chapitos\" and the faction loyal to Ismael \"El Mayo\" Zambada "
                           + "erupted on Sept. 9, at least 580 people have been killed in Sinaloa.", published: "2025-09-17")
        #expect(found.map(\.scope) == [.period])
    }

    @Test func theSecondOfTwoParticiplesTellsTheAttacksToll() {
        let found = claims("Gang members stormed the town of Mirebalais, freeing more than 500 inmates from its prison "
                           + "and killing at least 20 people, local officials said.")
        #expect(found.map(\.scope) == [.incident])
    }

    @Test func aConditionsDeadlineIsNoWindow() {
        let found = claims("The group said it was holding as many as 214 hostages, many of them off-duty soldiers, and threatened "
                           + "to kill them unless the government freed jailed activists within 48 hours.")
        #expect(found.map(\.scope) == [.total])
    }

    @Test func troopsThatReturnedHomeAreNoDeployment() {
        let home = claims("The defence ministry said the 150 Russian servicemen returned home were being flown to Moscow.")
        #expect(home.isEmpty)
        // (Nor troops back at their base, as the corpus's writers read them: "Sixteen Burkinabe
        // soldiers ... return to base"; but troops sent back to the front are deployed.)
        #expect(claims("About 1,000 French soldiers returned to the base in June.").isEmpty)
        let front = claims("About 1,000 French soldiers returned to the front line in June.")
        #expect(front.map(\.figure) == [.deployed])
    }

    @Test func troopsSentAfterADisasterAreNoSubjectOfItsToll() {
        let found = claims("""
            The death toll from the earthquakes in southern Turkey has surpassed 31,600, the agency said. More than \
            80,000 people were injured. More than 20,000 Turkish soldiers have been deployed, and 5,000 Turkish troops \
            arrived on Monday.
            """)
        #expect(found.first?.subject == "people")
        // In a war story the troops named are the subject of the unnamed toll.
        let war = claims("Around 10,000 North Korean troops were sent to Russia, and 1,000 more North Korean troops arrived "
                         + "in May. Another 2,700 have been wounded, and 300 were killed.")
        #expect(war.map(\.subject).suffix(2) == ["north-korean-troops", "north-korean-troops"])
    }

    @Test func troopsThatFledOrGunmenOfARaidAreNoDeployment() {
        #expect(claims("Some 600 soldiers and their families had earlier fled across the bridge into Thailand.").isEmpty)
        #expect(claims("Police said about 60 gunmen took part in the raid and that a guard was shot dead.").isEmpty)
        #expect(claims("The troops were returning to their camp when they came under fire from about 20 gunmen.").isEmpty)
    }

    @Test func aPledgeInAnAsideAboutTheKillersIsNoPlan() {
        let found = claims("The ADF, a Ugandan-origin group that has pledged allegiance to the Islamic State, has killed more "
                           + "than 6,500 civilians in eastern Congo since 2014.")
        #expect(found.map(\.scope) == [.total])
    }

    @Test func hostilitiesThatBeganAreTheWholeConflictHoweverDated() {
        let found = claims("Hezbollah said that 11 of its fighters had been killed since cross-border hostilities with Israel "
                           + "began on Oct. 8.", published: "2023-10-17")
        #expect(found.map(\.scope) == [.total])
    }

    @Test func clashesThatBeganOnAWeekdayOpenThisWeeksWindow() {
        let found = claims("Thailand's army said three of its soldiers had been killed and 14 wounded since the clashes "
                           + "began on Monday morning near the temple.", published: "2025-07-22")
        #expect(found.map(\.scope) == [.period, .period])
    }

    @Test func lastYearIsAWindowButNotTheStartOfOne() {
        let found = claims("""
            About 600 North Korean soldiers have been killed in Kursk since they were deployed last year. Last year, \
            281 people died of dengue in Bangladesh. The agency said 158 people died in mine accidents nationwide last year. \
            Avalanches killed 22 people in Himachal Pradesh last winter.
            """, published: "2025-09-01")
        #expect(found.map(\.scope) == [.total, .period, .period, .period])
    }

    @Test func onePersonAfterAnArticleSharesTheVerbAndAGunfightIsAnEvent() {
        let found = claims("Three Indian soldiers and a civilian porter were killed and two soldiers wounded in a gunfight "
                           + "with militants. The ministry said one Syrian soldier had been killed in the attack.")
        #expect(found.map(\.figure) == [.killed, .wounded, .killed])
        #expect(found.map(\.scope) == [.incident, .incident, .incident])
        #expect(found.map(\.quantity.value) == [3, 2, 1])
    }

    @Test func peopleTreatedForBurnsAreInjuredAndAnimalsAreNoPeople() {
        let found = claims("""
            More than 70 people were still being treated for burns. Eight men were brought out alive on Saturday, \
            two of them with broken legs. Biologists said at least 138 mantled howler monkeys had been found dead.
            """)
        #expect(found.map(\.figure) == [.wounded, .wounded])
        #expect(found.map(\.quantity.value) == [70, 2])
    }

    @Test func aDisastersStartAndAWindowAfterTheDayOfAPastReport() {
        let found = claims("""
            At least 30 bodies have been recovered since a dam burst in Red Sea state on Sunday. Cyclone Tsiory has \
            killed at least 48 people since it made landfall near Mahanoro on 12 February. The office said last \
            month that 127 civilians were killed in that time.
            """, published: "2026-02-16")
        #expect(found.map(\.scope) == [.total, .total, .period])
    }

    @Test func aPartOfTheDeadAfterAnIncrementIsOfTheToll() {
        let found = claims("""
            The number of people killed in the collapse rose to 23 on Wednesday after rescuers pulled two more \
            bodies from the debris. Among the dead were four children, the youngest a two-year-old girl. The toll \
            has risen to 31, including 11 children. Of those, nine were campers. An earlier version, citing local \
            volunteers, said 19 people had been killed.
            """)
        #expect(found.map(\.quantity.value) == [23, 2, 4, 31, 11, 9])
        #expect(found.map(\.scope) == [.total, .change, .total, .total, .total, .total])
        #expect(found.map(\.figure) == Array(repeating: .killed, count: 6))
    }

    @Test func agesDoNotCutPeopleOffAndTheInjuredWhoDiedAreDead() {
        let found = claims("""
            Three children aged between six and 12 were among the dead. Ten more people injured in a fuel tanker \
            explosion died in hospital overnight.
            """)
        #expect(found.map(\.quantity.value) == [3, 10])
        #expect(found.map(\.figure) == [.killed, .killed])
        #expect(found.last?.scope == .change)
    }

    @Test func aQuakesTollAfterItStruckIsTheStorysAndAWeaponsIsAnIncident() {
        let found = claims("""
            AFAD said 96 people had been killed and 870 injured after the quake struck at 3:14 a.m. Four police \
            officers were killed by landmines in the region on Monday. More than 300 people have been killed by \
            landmines since 2022.
            """)
        #expect(found.map(\.scope) == [.total, .total, .incident, .total])
    }

    @Test func whatFollowsBeforeOrAPurposeIsNotTheNumbersVerb() {
        let found = claims("""
            A gunman opened fire inside a nightclub, killing six people and wounding 14 before officers shot him dead. \
            The army said it had sent 400 soldiers to the area to search for the missing men. Twelve soldiers \
            deployed to guard the pipeline were killed in the attack.
            """)
        #expect(found.map(\.figure) == [.killed, .wounded, .deployed, .killed])
    }

    @Test func lastYearDatedByTheReportAndItsManyEventsAreAWindow() {
        let found = claims("""
            The administration said in January that 158 people died in mine accidents nationwide last year. Police \
            say 44 people were killed in gang-related shootings last year.
            """, published: "2026-03-05")
        #expect(found.map(\.scope) == [.period, .period])
    }

    @Test func anAverageIsTheClaimBeforeAtARateAndRatiosAndWithdrawnNumbersAreNone() {
        let found = claims("""
            UNICEF says more than 17,000 children have been killed in Gaza since the war began, an average of 28 a \
            day. Planners cite a ratio of roughly three wounded for every soldier killed. The story has been \
            corrected to show that 228 people were killed in March, not 237 as previously reported. Our 08:05 \
            entry originally gave the number of wounded as 124,135.
            """, published: "2025-07-22")
        #expect(found.map(\.quantity.value) == [17_000, 28, 228])
        #expect(found.map(\.scope) == [.total, .period, .period])
        #expect(found[1].figure == .killed)
    }

    @Test func aRangeFromOneNumberToAnotherAfterAClaimIsNoAverage() {
        // The "3" of "from 1 to 3" once had its core start at the "1", before its tokens: reading
        // back to it trapped.
        let found = claims("""
            OCHA reported 17 deaths in the two provinces. A year after Ukraine lowered its mobilisation age from 1 \
            to 3, commanders say their brigades are short.
            """)
        #expect(found.map(\.quantity.value) == [17])
    }

    @Test func aTimeBesideAReportVerbDatesTheReport() {
        let found = claims("Britain's Ministry of Defence estimated this month that Russia had suffered about 950,000 casualties.")
        #expect(found.map(\.scope) == [.total])
    }

    @Test func aPartOfWhomWithItsOwnVerbAndPeopleAfterAPossessiveShareTheirVerbs() {
        let found = claims("""
            About 14,000 North Korean soldiers were sent to the region, of whom about 4,000 were killed or wounded. \
            More than 124,000 fighters and their relatives have surrendered.
            """)
        #expect(found.map(\.figure) == [.deployed, .casualties, .captured])
    }

    @Test func troopsAlreadyDeployedOrSentSinceLastOctoberAreTotalsAndAPlannedPointerIsAPlan() {
        let found = claims("""
            North Korea has sent about 15,000 troops to Russia since last October. The Africa Corps has already \
            deployed about 1,500 troops to Mali. It has deployed about 6,000 soldiers there so far and plans to \
            bring the number to 10,000 by the summer. The toll for the whole conflict, which began when Hezbollah \
            opened fire on Israel on Oct. 8, 2023, stands at 4,285 killed and 17,215 wounded.
            """, published: "2025-09-04")
        #expect(found.map(\.scope) == [.total, .total, .total, .projection, .total, .total])
    }

    @Test func agesAreNoCountsAndAComparedNumberIsTheClaimBefore() {
        let found = claims("""
            The group said 12 of those killed were under 18. A heatwave killed more than 100 people, most of them \
            over 60. The dead were over 300. Police say 44 people were killed in gang-related shootings last year, \
            against 62 in 2022. Russia had suffered about 950,000 casualties, of whom roughly 250,000 had been killed.
            """, published: "2026-03-05")
        #expect(found.map(\.quantity.value) == [12, 100, 300, 44, 62, 950_000, 250_000])
        #expect(found[4].figure == .killed)
        #expect(found[4].scope == .period)
        #expect(found[6].figure == .killed)
    }

    @Test func oneAttackersTollAWeekdaysCrackdownAndAWarsLength() {
        let found = claims("""
            The group said its bomber had killed "more than 40" soldiers. Amnesty said it had documented 23 deaths \
            in Tuesday's crackdown, 17 of them from gunshot wounds. The mediator said around 600,000 people had died \
            in the two-year conflict. The mayor said the dead could number between 18,000 and 20,000. The bureau is \
            handling more than 23,000 requests from families of missing soldiers.
            """)
        #expect(found.map(\.quantity.value) == [40, 23, 17, 600_000, 19_000])
        #expect(found.map(\.scope) == [.incident, .incident, .incident, .total, .total])
        #expect(found[2].figure == .killed)
    }

    @Test func aBareTollSharesNoVerbWithAnotherNumbersPeople() {
        let found = claims("""
            The death toll stands at 14, including three children, and 57 people were injured, the service says. \
            Doctors said three of the injured had died since the weekend.
            """)
        #expect(found.map(\.figure) == [.killed, .killed, .wounded, .killed])
        #expect(found.last?.scope == .period)
    }

    @Test func troopsDeployedSinceAYearAreThereNow() {
        let found = claims("Uganda has deployed about 4,000 troops in Ituri and North Kivu since 2021 under a joint operation.")
        #expect(found.map(\.scope) == [.total])
    }

    @Test func theVerbAfterANumberIsNotAnotherNumbers() {
        let found = claims("The death toll rose to 34 after three more of the injured died in hospital.")
        #expect(found.map(\.figure) == [.killed, .killed])
        #expect(found.map(\.scope) == [.total, .change])
    }

    @Test func anotherFigureTakesTheTollsScopeNotTheIncrements() {
        let found = claims("The toll from an explosion at a fuel depot rose to 34 on Thursday after three more of the injured "
                           + "died in hospital. The blast sent a fireball over the district. Another 76 people were wounded.")
        #expect(found.map(\.scope) == [.incident, .change, .incident])
    }

    @Test func aPartOfTheInjuredReachesBackSixSentences() {
        let found = claims("At least 18 migrants were killed and 27 injured when a bus plunged into a ravine. The bus was carrying "
                           + "55 passengers. Among the dead were five children. The driver fled. Investigators believe the bus was "
                           + "travelling too fast. Six of the injured were flown to hospitals.")
        #expect(found.last?.quantity.value == 6)
        #expect(found.last?.scope == .incident)
    }

    @Test func aCollapseStartsTheStoryNotAWindow() {
        let found = claims("The agency said 31 people had been pulled out alive since the building gave way on Saturday "
                           + "afternoon, 14 of them with injuries.")
        #expect(found.map(\.scope) == [.total])
    }

    @Test func aCountNounIsNotReachedAcrossAClauseOfItsOwn() {
        let found = claims("He said the toll could rise, as dozens of residents had fled into the forest and at least 20 "
                           + "people were still missing.")
        #expect(found.map(\.quantity.value) == [20])
        #expect(found.map(\.figure) == [.missing])
    }

    @Test func aPlansModalMayComeAfterAnAsideOnThePeople() {
        let found = claims("About 1,700 of the soldiers, from the 82nd Airborne Division, will go to Poland.")
        #expect(found.map(\.scope) == [.projection])
    }

    @Test func peopleLeftInAPlightAreNoCasualty() {
        #expect(claims("The storm left 12 people dead and thousands homeless.").map(\.quantity.value) == [12])
        #expect(claims("The storm left 12 people dead and dozens more without power.").map(\.quantity.value) == [12])
    }

    @Test func partsOfTheDeadAndTheInjuredKeepTheirOwnFigure() {
        let own = claims("Among the dead were 10 women and three infants, it said, and at least 16 people were seriously wounded.")
        #expect(own.map(\.figure) == [.killed, .killed, .wounded])
        let dead = claims("The spokesman said that 11 of the injured were in critical condition and that the dead included "
                          + "four Iranian nationals.")
        #expect(dead.map(\.figure) == [.wounded, .killed])
        let burns = claims("Thirty-one people injured in the blasts remain in hospital, nine of them with burns covering more "
                           + "than half of their bodies.")
        #expect(burns.map(\.figure) == [.wounded, .wounded])
    }

    @Test func aWindowOpeningTheSentenceHoldsOverAParticiplesToll() {
        let found = claims("In the first two months of this year, the military carried out at least 380 air and drone strikes, "
                           + "killing 210 civilians, according to a tally.")
        #expect(found.map(\.scope) == [.period])
    }

    @Test func injuredAmongTheRescuedAreNoPartOfAnIncrement() {
        let found = claims("The governor said 26 more bodies had been pulled from the water overnight and that 41 people had "
                           + "been rescued alive, 12 of them with serious injuries.")
        #expect(found.map(\.scope) == [.change, .total])
    }

    @Test func theNumberOfAVerbIsItsCountNoun() {
        #expect(claims("Police confirmed the attack but put the number abducted at 61.").map(\.figure) == [.captured])
        #expect(claims("Police put the number of people abducted at 61.").map(\.figure) == [.captured])
    }

    @Test func anAsClauseTellsTheEventToo() {
        let found = claims("At least 39 people were killed on Thursday as police fired tear gas and live rounds at students.")
        #expect(found.map(\.scope) == [.incident])
        let threw = claims("Fourteen soldiers had been hurt on Wednesday when protesters threw rocks and petrol bombs at them.")
        #expect(threw.map(\.scope) == [.incident])
    }

    @Test func aWhenClausesEventMayComeAfterALongSubject() {
        let found = claims("At least 18 migrants were killed and 27 injured when a bus carrying them toward the US border "
                           + "plunged about 25 metres into a ravine.")
        #expect(found.map(\.scope) == [.incident, .incident])
    }

    @Test func aBoatThatBrokeApartIsAnEvent() {
        let found = claims("In February 2023, at least 94 people died when a wooden boat broke apart off Cutro, in southern Italy.",
                           published: "2025-03-06")
        #expect(found.map(\.scope) == [.incident])
        #expect(found.first?.asOf == CalendarDay(iso: "2023-02-01"))
    }

    @Test func thePeoplesOwnRelativeClauseSaysWhatBecameOfThem() {
        let searched = claims("Police are searching for seven people who went missing, officials said.")
        #expect(searched.map(\.figure) == [.missing])
        let reach = claims("Rescuers were racing to reach at least seven miners who remained unaccounted for.")
        #expect(reach.map(\.figure) == [.missing])
        // "others" heads its phrase: the word after it is the verb.
        let others = claims("A blast killed 12 miners, and seven others remained unaccounted for.")
        #expect(others.map(\.figure) == [.killed, .missing])
        let named = claims("The army named 12 soldiers who were killed in the ambush.")
        #expect(named.map(\.figure) == [.killed])
        #expect(named.map(\.scope) == [.incident])
        // A verb with an object is what the people did: the 40 are the killers.
        let killers = claims("Police arrested 40 gunmen who killed 12 villagers.")
        #expect(!killers.contains { $0.quantity.value == 40 && $0.figure == .killed })
    }

    @Test func aRateBelongsToTheNumberBeforeIt() {
        let average = claims("UNICEF says more than 18,000 children have been killed since the war began – an average of 28 a day.")
        #expect(average.first?.scope == .total)
        let year = claims("Russia suffered roughly 415,000 casualties over the course of the year, or about 1,140 a day.")
        #expect(year.map(\.scope) == [.period, .period])
        let seized = claims("At least 2,900 bodies have been recovered since the rebels seized the city late last month.")
        #expect(seized.map(\.scope) == [.period])
    }

    @Test func anEarlierValueIsDatedToTheDayItWasGiven() {
        let found = claims("- Deaths: 9 (up from 6 on 16 November)", published: "2025-11-18")
        #expect(found.map(\.asOf) == [CalendarDay(iso: "2025-11-18"), CalendarDay(iso: "2025-11-16")])
        let weekday = claims("The death toll rose to 9, up from 6 on Sunday.", published: "2025-11-18")
        #expect(weekday.last?.asOf == CalendarDay(iso: "2025-11-16"))
    }

    @Test func hyphenatedSpeakersKeepTheirWholeName() {
        #expect(claims("Tuareg-led rebels said on Monday they had killed 47 soldiers.").first?.sourceText == "Tuareg-led rebels")
        #expect(claims("Doctors at al-Ahli hospital said 12 people were killed.").first?.sourceText == "al-Ahli hospital")
        #expect(claims("The Tehreek-e-Taliban Pakistan said its bomber had killed 40 soldiers.").first?.sourceText
                == "Tehreek-e-Taliban Pakistan")
        // A pronoun after a month is no name: "they" are someone named before, or no one.
        let they = claims("On 4 November they had put the toll at 31.", published: "2025-11-06")
        #expect(they.first?.sourceText == nil)
    }

    @Test func anEventAfterTwoJoinedNumbersIsBoths() {
        let found = claims("The rebels said they had killed 47 soldiers and \"dozens\" of mercenaries in a two-day battle near the border.")
        #expect(found.map(\.scope) == [.incident, .incident])
        let war = claims("The rebels said they had killed 47 soldiers and 12 mercenaries since the war began.")
        #expect(war.map(\.scope) == [.total, .total])
    }

    @Test func thoseOfThemWithInjuriesAreWounded() {
        let found = claims("Rescuers had pulled 61 people alive from the rubble by nightfall, 23 of them with serious injuries.")
        #expect(found.map(\.figure) == [.wounded])
        #expect(found.map(\.quantity.value) == [23])
        let things = claims("Russia launched 476 drones and 48 missiles, and 441 of them had been shot down.")
        #expect(things.isEmpty)
    }

    @Test func anotherOfADifferentFigureAFewSentencesOnIsNoIncrement() {
        let found = claims("""
            Fires killed 12 firefighters on Monday. The flames reached the coast. Another 26 soldiers were injured, \
            the ministry said.
            """)
        #expect(found.map(\.scope) == [.total, .total])
        let more = claims("Fires killed 12 firefighters on Monday. The flames reached the coast. Another 26 were killed on Tuesday.")
        #expect(more.map(\.scope) == [.total, .change])
    }

    @Test func aRankingsSpanIsNoWindow() {
        let found = claims("""
            In October 2023, a series of earthquakes killed more than 1,500 people, the deadliest in the country in two decades.
            """, published: "2025-11-06")
        #expect(found.map(\.scope) == [.incident])
        let window = claims("More than 1,500 people were killed in two decades of fighting.")
        #expect(window.map(\.scope) == [.period])
    }

    @Test func theNewTollAfterAnIncrementIsATotal() {
        let found = claims("The number of people killed when the landfill collapsed rose by four to 30, police said.")
        #expect(found.map(\.scope) == [.change, .total])
        let plan = claims("Egypt sent 1,091 troops and plans to send about 1,000 more next year.")
        #expect(plan.map(\.scope) == [.total, .projection])
    }

    @Test func aCorrectionWithdrawsTheNumbersItRepeats() {
        let found = claims("Correction: An earlier version of this article said 19 people had been killed. The toll is 17.")
        #expect(found.map(\.quantity.value) == [17])
    }

    @Test func itIsTheFigureToldBefore() {
        let found = claims("Officials put the death toll at 40 on Monday. A day earlier they had put it at 31.")
        #expect(found.map(\.figure) == [.killed, .killed])
    }

    @Test func aKidnappingByGunmenIsOneEvent() {
        let found = claims("Gunmen stormed the school before dawn on November 21 and kidnapped 303 pupils.", published: "2025-12-02")
        #expect(found.map(\.figure) == [.captured])
        #expect(found.map(\.scope) == [.incident])
        #expect(found.map(\.asOf) == [CalendarDay(iso: "2025-11-21")])
    }

    @Test func theAttackersOfAnAttackAreNoDeployment() {
        let found = claims("Four people were killed late Friday when at least two gunmen opened fire on a crowd.")
        #expect(found.map(\.quantity.value) == [4])
        #expect(claims("Twenty gunmen stormed the village before dawn.").isEmpty)
        #expect(claims("About 500 soldiers were attacked near the border.").map(\.figure) == [.deployed])
    }

    @Test func aLabelBeforeAColonNamesTheFigure() {
        let found = claims("""
            Figures since landfall:

            - Deaths: 9
            - Injured: 37
            - Missing: 4, all in the north
            - Homes destroyed: 308
            """)
        #expect(found.map(\.figure) == [.killed, .wounded, .missing])
        #expect(found.map(\.quantity.value) == [9, 37, 4])
        let sentence = claims("The toll, officials said: 12 soldiers were wounded.")
        #expect(sentence.map(\.figure) == [.wounded])
    }

    @Test func aPastMonthThatOpensTheSentenceDatesItsEvent() {
        let crush = claims("In June 2019, 16 people died in a crush at the same stadium.", published: "2025-03-25")
        #expect(crush.map(\.scope) == [.incident])
        #expect(crush.map(\.asOf) == [CalendarDay(iso: "2019-06-01")])
        let storms = claims("In November 2020, hurricanes Eta and Iota killed 94 people in Honduras.", published: "2025-11-18")
        #expect(storms.map(\.scope) == [.incident])
        // An insurgency is a war: its start opens no window, however long the since-phrase.
        let rebellion = claims("Tens of thousands of people have died since an armed rebellion against the government began in 1989.")
        #expect(rebellion.map(\.scope) == [.total])
    }

    @Test func anArmedActOfAPastMonthIsOneEvent() {
        let found = claims("In February 2022, militia fighters killed 62 people at a camp in the north.", published: "2025-02-11")
        #expect(found.map(\.scope) == [.incident])
        #expect(found.map(\.asOf) == [CalendarDay(iso: "2022-02-01")])
        let kidnapped = claims("In April 2014, Boko Haram fighters kidnapped 276 girls from their school.", published: "2025-11-19")
        #expect(kidnapped.map(\.scope) == [.incident])
        let toll = claims("In July 2024, 320 soldiers were killed.", published: "2025-08-11")
        #expect(toll.map(\.scope) != [.incident])
    }

    @Test func captivesWhoEscapeAreNoLongerHeld() {
        let found = claims("Five of the abducted pupils escaped on Tuesday, leaving 38 still being held, police said.")
        #expect(found.map(\.quantity.value) == [38])
        #expect(found.map(\.figure) == [.captured])
    }

    @Test func aThingNamesTheCauseOfDeaths() {
        let roads = claims("The country records about 1,400 road deaths a year, according to the police.")
        #expect(roads.map(\.figure) == [.killed])
        #expect(roads.map(\.scope) == [.period])
        let tanks = claims("Russia has suffered 300 tank losses.")
        #expect(tanks.isEmpty)
    }

    @Test func theWorstDayIsOneEventNotASpan() {
        let day = claims("""
            The worst single day came on May 11, when fighters overran the town and killed about 100 people, \
            residents said.
            """, published: "2025-11-04")
        #expect(day.map(\.scope) == [.incident])
        #expect(day.map(\.asOf) == [CalendarDay(iso: "2025-05-11")])
        let month = claims("May was the deadliest month for the army, with 232 soldiers killed.")
        #expect(month.map(\.scope) == [.period])
    }

    @Test func aCountOfThingsDoesNotCutTheNextNumbersClause() {
        let found = claims("In February 2023, two earthquakes in the south killed more than 53,000 people.", published: "2025-08-11")
        #expect(found.map(\.quantity.value) == [53_000])
        #expect(found.map(\.scope) == [.incident])
        #expect(found.map(\.asOf) == [CalendarDay(iso: "2023-02-01")])
        // Minutes are how long one attack lasted, not a window.
        let minutes = claims("""
            Within two minutes, the attackers had fired more than 100 rounds, killing 12 people and wounding nine.
            """)
        #expect(minutes.map(\.scope) == [.incident, .incident])
        // An aside's date is not the event's.
        let aside = claims("""
            In Bukavu, which the rebels seized on Feb. 16, two grenade blasts at a rally on March 1 killed at least 11 people.
            """, published: "2025-03-03")
        #expect(aside.map(\.asOf) == [CalendarDay(iso: "2025-03-01")])
    }

    @Test func peopleTakenCaptiveAreCaptured() {
        let found = claims("The militants killed 35 soldiers and took three prisoner in the ambush.")
        #expect(found.map(\.figure) == [.killed, .captured])
        let hostages = claims("Rebels have taken 30 hostages.")
        #expect(hostages.map(\.figure) == [.captured])
        let named = claims("Rebels took 12 soldiers captive.")
        #expect(named.map(\.figure) == [.captured])
        let towns = claims("Rebels took 30 villages.")
        #expect(towns.isEmpty)
        let unknown = claims("In April 2014, the group took 276 schoolgirls captive.", published: "2025-12-02")
        #expect(unknown.map(\.figure) == [.captured])
    }

    @Test func thoseOfTheWoundedWhoDiedAreDead() {
        let found = claims("Officials said four of the wounded had died in hospital, bringing the toll to 20.")
        #expect(found.map(\.figure) == [.killed, .killed])
        let still = claims("Officials said four of the wounded were in critical condition.")
        #expect(still.map(\.figure) == [.wounded])
    }

    @Test func overnightIsWhenNotWhatIsCounted() {
        let found = claims("The toll rose by seven overnight, the agency said.")
        #expect(found.map(\.figure) == [.killed])
        #expect(found.map(\.scope) == [.change])
        let now = claims("The minister said 1,200 more soldiers had arrived overnight, and that 7,800 troops were now deployed.")
        #expect(now.map(\.scope) == [.change, .total])
    }

    @Test func peopleTheLexiconDoesNotKnowShareTheVerb() {
        let found = claims("At least 2,100 soldiers and VDP auxiliaries were killed, the monitor said.")
        #expect(found.map(\.figure) == [.killed])
        let things = claims("The army sent 300 soldiers and trucks were seen on the road.")
        #expect(things.map(\.figure) == [.deployed])
    }

    @Test func pluralAttacksInAWindowAreATally() {
        let month = claims("The monitor said 212 civilians had been killed in airstrikes across the country last month.")
        #expect(month.map(\.scope) == [.period])
        let weekend = claims("More than 400 people were killed in attacks on two camps over the weekend.")
        #expect(weekend.map(\.scope) == [.incident])
        let one = claims("At least 30 people were killed in an airstrike on the market last month.")
        #expect(one.map(\.scope) == [.incident])
    }

    @Test func troopsAlreadyThereArePresentNotPlanned() {
        let found = claims("The ministry said 1,500 more soldiers will be sent next week, on top of the 6,000 already there.")
        #expect(found.map(\.figure) == [.deployed, .deployed])
        #expect(found.map(\.scope) == [.projection, .total])
        let joined = claims("""
            The army said it would send 900 more troops this weekend, adding to some 40,000 soldiers and police \
            already deployed in the province.
            """)
        #expect(joined.map(\.scope) == [.projection, .total])
    }

    @Test func aVehicleThatFellIntoAGorgeIsACrash() {
        let found = claims("At least 12 people were killed and 20 injured when their bus fell into a gorge on Tuesday.")
        #expect(found.map(\.scope) == [.incident, .incident])
        let plunged = claims("Nine people died when a minibus plunged off a bridge, police said.")
        #expect(plunged.map(\.scope) == [.incident])
        let night = claims("Nine people were killed when night fell over the flooded valley, police said.")
        #expect(night.map(\.scope) == [.total])
    }

    @Test func aSeasonThatBeganOpensTheStoryNotAWindow() {
        let rains = claims("Floods have killed 321 people since the rainy season began in April, the agency said.")
        #expect(rains.map(\.scope) == [.total])
        let began = claims("Floods have injured 756 people since the rains began on April 29, the agency said.", published: "2025-05-09")
        #expect(began.map(\.scope) == [.total])
        let fighting = claims("At least 900 fighters have been killed since the fighting season began in April, officials said.")
        #expect(fighting.map(\.scope) == [.period])
    }

    @Test func pluralStrikesAfterAnOpeningSpanAreATally() {
        let found = claims("""
            Between January and August, the military carried out at least 1,100 air and drone strikes, which killed 1,728 \
            civilians, the monitor said.
            """)
        #expect(found.first?.quantity.value == 1728)
        #expect(found.first?.scope == .period)
    }

    @Test func anotherSidesTroopsHeldAreCaptives() {
        let found = claims("The negotiator said the government held \"no more than 700\" Houthi fighters.")
        #expect(found.first?.figure == .captured)
        #expect(claims("Ukraine held 300 Russian soldiers.").first?.figure == .captured)
        #expect(claims("Hezbollah holds 3,000 fighters in the south.").first?.figure == .deployed)
    }

    @Test func yearSpansThisYearAndFuturePossession() {
        let span = claims("The commission estimated that some 450,000 people were killed in the conflict between 1985 and 2018.")
        #expect(span.first?.scope == .period)
        let thisYear = claims("In 2025 alone, 66 attacks have been recorded, with 981 deaths.", published: "2025-09-01")
        #expect(thisYear.first?.scope == .period)
        let future = claims("Intelligence said Russia could have about 30,000 troops stationed near the Baltic states within a few years.")
        #expect(future.first?.scope == .projection)
        #expect(claims("As many as 150,000 may have been killed.").first?.scope == .total)
        let expected = claims("Analysts expect Pyongyang to keep up to 15,000 soldiers in Russia through the summer.")
        #expect(expected.first?.scope == .projection)
    }

    @Test func aHedgedNumberJoinsTheSharedVerb() {
        let found = claims("Six Philippine soldiers and at least 11 militants were killed in a clash near the town.")
        #expect(found.map(\.figure) == [.killed, .killed])
    }

    @Test func aCountrysArmyIsItsSide() {
        #expect(claims("Papua New Guinea's army deployed 100 soldiers to clear the road.").first?.subject
                == "papua-new-guinean-troops")
        #expect(claims("The Philippine military deployed 2,600 soldiers to help with the rescue.").first?.subject
                == "filipino-troops")
        #expect(claims("The Russian army lost 300 soldiers.").first?.subject == "russian-troops")
    }

    @Test func aTimeAdverbAfterTheNumberEndsItsNounPhrase() {
        let found = claims("Officials had put the death toll at 116 late on Tuesday.", published: "2024-07-03")
        #expect(found.first?.quantity.value == 116)
        #expect(found.first?.figure == .killed)
        #expect(claims("Police said 12 people were hurt early on Monday.").first?.figure == .wounded)
    }

    @Test func troopsKeptToTrainOthersAreDeployed() {
        let found = claims("France will keep about 80 troops there to train the Ivorian army.")
        #expect(found.first?.figure == .deployed)
        #expect(found.first?.scope == .projection)
        #expect(claims("About 600 soldiers have left the base.").isEmpty)
    }

    @Test func scareQuotesBreakNoClause() {
        let found = claims("The army said its \"precise strike\" on a command centre inside the school had killed at least 19 fighters.")
        #expect(found.first?.scope == .incident)
        let curly = claims("The army said its \u{201C}precise strike\u{201D} on a command centre had killed at least 19 fighters.")
        #expect(curly.first?.scope == .incident)
    }

    @Test func anAttackerNamedByTheActInAPastMonthIsAnIncident() {
        let found = claims("In January 2023, a suicide bomber killed more than 80 people at a mosque in Peshawar.",
                           published: "2024-11-19")
        #expect(found.first?.scope == .incident)
        #expect(found.first?.asOf == CalendarDay(iso: "2023-01-01"))
    }

    @Test func peopleBeingHeldAreCaptives() {
        let found = claims("The ministry said that 34 soldiers were being held by residents of a rural area.")
        #expect(found.first?.figure == .captured)
    }

    @Test func aPartOfTheDeadTakesTheLastTollsScopeSentencesLater() {
        let found = claims("""
            A bus plunged into a ravine on Sunday, killing 24 people. Rescuers worked through the night. \
            Four children were among the dead, the regional government said.
            """)
        #expect(found.map(\.scope) == [.incident, .incident])
    }

    @Test func gunmenComingInVehiclesAreAttackersNotADeployment() {
        #expect(claims("About 30 gunmen in armoured pickup trucks opened fire on the officers in the town.").isEmpty)
        let troops = claims("About 12,000 North Korean troops in Kursk attacked Ukrainian positions last week.")
        #expect(troops.first?.figure == .deployed)
    }

    @Test func aRecommendationIsAPlan() {
        let found = claims("Officials said the Pentagon had recommended sending between 3,000 and 5,000 more American troops.")
        #expect(found.first?.scope == .projection)
    }

    @Test func aPastMonthAfterTheNumberDatesItsEvent() {
        let storm = claims("Tropical Storm Ana, which killed 46 people in Malawi in January 2022, destroyed water systems.",
                           published: "2023-02-08")
        #expect(storm.first?.scope == .incident)
        #expect(storm.first?.asOf == CalendarDay(iso: "2022-01-01"))
        let window = claims("The office verified the deaths of at least 6,900 civilians since the military seized power in February 2021.",
                            published: "2025-09-19")
        #expect(window.first?.scope != .incident)
    }

    @Test func aPartOfTheInjuredReachesFourSentencesBack() {
        let found = claims("""
            At least 24 people were killed and 31 injured when a bus plunged into a ravine early on Thursday, police said. \
            The bus was travelling to Lima when it left the road. Four children were among the dead, it said. \
            Villagers used ropes to carry survivors up the slope. Eleven of the injured were flown to Lima, the minister said.
            """)
        #expect(found.last?.quantity.value == 11)
        #expect(found.last?.scope == .incident)
    }

    @Test func aPartOfPeopleCountedBeforeThatDiedIsATollOfItsOwn() {
        let found = claims("Seven miners were pulled out alive and taken to the hospital, where two of them later died, officials said.")
        #expect(found.count == 1)
        #expect(found.first?.figure == .killed)
        #expect(found.first?.quantity.value == 2)
        #expect(claims("Russia launched 476 drones and 48 missiles, and 441 of them had been shot down.").isEmpty)
    }

    @Test func anotherSidesTroopsBelievedHeldAreCaptives() {
        let found = claims("Ukraine is believed to be holding about 6,000 Russian servicemen.")
        #expect(found.first?.figure == .captured)
    }

    @Test func anEventsOwnTollIsAnIncident() {
        #expect(claims("Iran port blast toll rises to 57 as fires burn for third day.").first?.scope == .incident)
        #expect(claims("The earthquake death toll rose to 3,000.").first?.scope == .total)
    }

    @Test func bracketsAroundANamesShortFormBreakNoClause() {
        let found = claims("At least 80 people have been killed in the region since the National Liberation Army (ELN) launched an offensive on Thursday.",
                           published: "2025-01-21")
        #expect(found.first?.scope == .period)
    }

    @Test func peopleMissingNowAreATotalBesideAWindowsDead() {
        let found = claims("Soldiers have recovered 61 bodies in the past 24 hours alone, and around 40 people remain missing, officials said.")
        #expect(found.map(\.scope) == [.period, .total])
    }

    @Test func peopleWhoLostThingsAreNoCasualties() {
        #expect(claims("More than 500,000 customers, about 77% of the island's total, lost power, the utility said.").isEmpty)
        #expect(claims("About 300 soldiers suffered heavy losses.").first?.figure == .casualties)
    }

    @Test func theObjectOfACasualtyVerbTakesThatVerb() {
        let found = claims("In November 2014, a gunman wounded three people in a shooting at the library before police shot him dead.")
        #expect(found.first?.figure == .wounded)
    }

    @Test func aNumberForAnotherYearSharesTheFigureLeftOut() {
        let found = claims("Researchers estimated that heat killed more than 61,000 people across the continent in the summer of 2022, and 47,690 in 2023.",
                           published: "2025-07-09")
        #expect(found.map(\.quantity.value) == [61000, 47690])
        #expect(found.map(\.scope) == [.period, .period])
    }

    @Test func aPlacesShareTakesTheFigureBefore() {
        let found = claims("Milan recorded the highest estimated toll, 499 deaths, followed by Barcelona with 439 and Paris with 235.")
        #expect(found.map(\.figure) == [.killed, .killed, .killed])
    }

    @Test func theAttackersOfAWhenClauseAreNoCasualties() {
        let found = claims("At least 34 soldiers were killed and 14 wounded when hundreds of jihadist fighters on motorcycles attacked a military post.")
        #expect(found.map(\.quantity.value) == [34, 14])
        #expect(claims("At least 34 soldiers were killed when 200 fighters on motorcycles attacked a post.").count == 1)
    }

    @Test func troopsThatArriveOrRemainAreDeployed() {
        let plan = claims("The federal home ministry said another 2,000 paramilitary troops would arrive on Tuesday.")
        #expect(plan.first?.figure == .deployed)
        #expect(plan.first?.scope == .projection)
        #expect(claims("About 1,700 peacekeepers remained on Monday.").first?.figure == .deployed)
        #expect(claims("About 500 soldiers remain hospitalised.").first?.figure == .wounded)
        #expect(claims("Germany brought home its last 60 soldiers from Niger in 2024.").isEmpty)
    }

    @Test func anArmedBandsActInAPastMonthIsAnIncident() {
        let found = claims("In June 2023, RSF fighters and allied Arab militias killed between 10,000 and 15,000 people in El Geneina.",
                           published: "2025-04-15")
        #expect(found.first?.scope == .incident)
        #expect(found.first?.asOf == CalendarDay(iso: "2023-06-01"))
    }

    @Test func aTollRaisedForOneDaysEventsIsThatEvents() {
        let found = claims("The commission says it has raised its toll from Tuesday's shootings to 23, after a man died of his wounds.",
                           published: "2024-06-26")
        #expect(found.first?.scope == .incident)
        #expect(claims("The strike killed five, raising the toll to 40.").last?.scope == .total)
    }

    @Test func aVerbHedgeLinksTheCountNounBefore() {
        let found = claims("The number of people killed by Hurricane Helene topped 160 across six states on Tuesday.")
        #expect(found.first?.figure == .killed)
        #expect(found.first?.quantity.qualifier == .atLeast)
    }

    @Test func theDeadIncludedArePartsOfTheToll() {
        let found = claims("""
            The plane crashed on Thursday, killing 241 people. The dead included 169 Indian nationals, 53 Britons and \
            seven Portuguese citizens, the airline said.
            """, published: "2025-06-14")
        #expect(found.map(\.figure) == [.killed, .killed, .killed, .killed])
        #expect(found.map(\.scope) == [.incident, .incident, .incident, .incident])
    }

    @Test func aHelicopterShotDownIsAnEvent() {
        let found = claims("In August 2011, 30 U.S. service members were killed when the Taliban shot down a Chinook helicopter.",
                           published: "2021-08-27")
        #expect(found.first?.scope == .incident)
        #expect(found.first?.asOf == CalendarDay(iso: "2011-08-01"))
    }

    @Test func aPastYearOpeningTheSentenceIsAWindow() {
        let found = claims("In 2024, 37 social leaders were killed in Norte de Santander, according to Indepaz.", published: "2025-03-10")
        #expect(found.first?.scope == .period)
        let act = claims("In 2014, Boko Haram fighters kidnapped 276 girls from a school in Chibok.", published: "2025-03-10")
        #expect(act.first?.scope != .period)
    }

    @Test func sinceTheProtestsBeganIsAWindow() {
        let found = claims("Security forces have killed about 700 people since the protests began, the party said on Friday.",
                           published: "2025-11-03")
        #expect(found.first?.scope == .period)
        // (The war's start is still the whole war.)
        #expect(claims("About 700 people have been killed since the war began.").first?.scope == .total)
    }

    @Test func aWeekdaysEventMayHaveModifiers() {
        let found = claims("At least 38 people were killed and 130 injured during Monday's anti-government protests across Kenya.",
                           published: "2025-07-09")
        #expect(found.map(\.scope) == [.incident, .incident])
    }

    @Test func aKillingInAPastMonthOpeningTheSentenceIsOneEvent() {
        let fighting = claims("In February 2011, fighting around the Preah Vihear temple killed at least 20 people.", published: "2025-07-25")
        #expect(fighting.first?.scope == .incident)
        #expect(fighting.first?.asOf == CalendarDay(iso: "2011-02-01"))
        let soldiers = claims("In February 2024, soldiers and militia members killed at least 223 villagers in two northern villages.",
                              published: "2025-03-10")
        #expect(soldiers.first?.scope == .incident)
    }

    @Test func aSiegeIsAWindow() {
        let found = claims("Between 1,900 and 2,300 civilians were killed by shelling, drone strikes and sniper fire during the siege.")
        #expect(found.first?.scope == .period)
    }

    @Test func anEarlierValueOfATollTakesItsScope() {
        let found = claims("""
            The death toll from Saturday's attack on a convoy has risen to 52, an official said on Tuesday. \
            On Sunday, officials had put it at 31.
            """, published: "2025-03-04")
        #expect(found.map(\.scope) == [.incident, .incident])
        #expect(found.last?.asOf == CalendarDay(iso: "2025-03-02"))
    }

    @Test func anOfferOfTroopsIsAPlan() {
        let found = claims("Guatemala has offered 150 more soldiers. Estonia has offered a company of about 150 soldiers.")
        #expect(found.map(\.scope) == [.projection, .projection])
    }

    @Test func aTotalThePlanBringsIsPlanned() {
        let found = claims("""
            Russia will send up to 600 more military personnel to the Central African Republic, bringing its \
            contingent to about 2,100.
            """)
        #expect(found.map(\.scope) == [.projection, .projection])
        // (A total reached is no plan: "sent 600 more ..., bringing".)
        let sent = claims("Russia sent 600 more military personnel to the country, bringing its contingent to about 2,100.")
        #expect(sent.last?.scope == .total)
    }

    @Test func aCollisionIsAnEvent() {
        let found = claims("""
            Sixteen people were killed and 23 injured when a regional train slammed into a minibus at a level crossing. \
            Seven of the injured were flown to Sofia by helicopter.
            """)
        #expect(found.map(\.scope) == [.incident, .incident, .incident])
        let attacked = claims("The team treated 14 people for gunshot wounds after a group of arrivals was attacked near the border.")
        #expect(attacked.first?.scope == .incident)
    }

    @Test func aLongAsideStandsBeforeTheVerb() {
        let found = claims("Another 11 people, among them a seven-year-old girl hit by a stray bullet at her school, were wounded.")
        #expect(found.first?.figure == .wounded)
        #expect(found.first?.quantity.value == 11)
    }

    @Test func aLabelMaySayWhoAndWhen() {
        let found = claims("""
            Situation update:

            - Insurgents killed over the past week: 142
            - Soldiers killed in the attack on the base: 6
            - Deaths at transit sites since 1 June: 57
            - Injured: 30
            - Civilians killed in July: 212
            - Burkinabe soldiers and VDP auxiliaries killed in July: 197
            """, published: "2025-08-22")
        #expect(found.map(\.figure) == [.killed, .killed, .killed, .wounded, .killed, .killed])
        #expect(found.map(\.scope) == [.period, .incident, .period, .total, .period, .period])
        #expect(found.last?.quantity.value == 197)
    }

    @Test func peopleWhoKillANumberAreNoCasualty() {
        let found = claims("In August 2023, clashes between two rival militias in Tripoli killed 55 people.", published: "2025-06-02")
        #expect(found.map(\.quantity.value) == [55])
        #expect(claims("Clashes between two gangs have killed 12 people.").map(\.quantity.value) == [12])
        // (A passive verb's distance is no count: "were killed 40 km from the border".)
        #expect(claims("Twelve soldiers were killed 40 km from the border.").map(\.quantity.value) == [12])
    }

    @Test func protestsDatedByAYearStartTheStory() {
        let found = claims("Amnesty said police had killed at least 77 protesters since anti-tax demonstrations began in June 2024.")
        #expect(found.first?.scope == .total)
    }

    @Test func howLongADisasterHasLastedIsNoWindow() {
        let found = claims("""
            A wildfire that has raged across northern Evia since Saturday has killed eight people. \
            Another 31 people have been treated for burns.
            """)
        #expect(found.map(\.scope) == [.total, .total])
        #expect(claims("Floods have killed 30 people since Sunday.").first?.scope == .period)
    }

    @Test func peopleStillMissingAreMissingNow() {
        let attack = claims("""
            The State Emergency Service says 17 people are now confirmed dead in the attack and at least nine residents \
            remain unaccounted for.
            """)
        #expect(attack.map(\.scope) == [.incident, .total])
        let plan = claims("The agency said the toll was likely to rise, with about a dozen pupils still unaccounted for.")
        #expect(plan.first?.figure == .missing)
        #expect(plan.first?.scope == .total)
    }

    @Test func aFigureWordModifyingAThingCountsNoPeople() {
        #expect(claims("Security firm Sahel Risk Analytics recorded 1,130 kidnapping incidents in the three countries.").isEmpty)
    }

    @Test func theAttackersActIsOneEvent() {
        #expect(claims("The attackers also shot dead three villagers who tried to flee.").first?.scope == .incident)
        let kidnapping = claims("Armed men stormed a cement factory near Kayes on Tuesday, kidnapping three Indian engineers.")
        #expect(kidnapping.first?.figure == .captured)
        #expect(kidnapping.first?.scope == .incident)
    }

    @Test func aRateAfterAClaimIsItsAverage() {
        let found = claims("Russia lost 31,000 soldiers killed or wounded in June. That is an average of about 1,030 a day.")
        #expect(found.map(\.quantity.value) == [31000, 1030])
        #expect(found.last?.scope == .period)
        let worksOut = claims("The ISW put Russian casualties near Pokrovsk at 9,000 in March. That works out at about 300 a day.")
        #expect(worksOut.last?.quantity.value == 300)
        #expect(worksOut.last?.scope == .period)
    }

    @Test func partsOfThemHeadingASentence() {
        let found = claims("""
            The disaster office says 23 people have died since the volcano began erupting on Sunday. \
            Nineteen of them were from the hamlet of Mananawin.
            """)
        #expect(found.map(\.figure) == [.killed, .killed])
        #expect(found.map(\.scope) == [.total, .total])
        // (With a figure word of their own, theirs: "Twelve of them died in hospital".)
        let own = claims("Rescuers said 40 people were injured. Twelve of them died in hospital.")
        #expect(own.map(\.figure) == [.wounded, .killed])
    }

    @Test func stagesAndSidesAreThings() {
        let stages = claims("The exchange was the first since June, when the two sides swapped 1,200 prisoners each in three stages over a week.")
        #expect(!stages.contains { $0.quantity.value == 3 })
        #expect(claims("Ukrainian officials said the two sides had also agreed to exchange the bodies of fallen soldiers.").isEmpty)
    }

    @Test func aClashAfterWhenIsAnEvent() {
        let found = claims("At least 19 people were killed on Sunday when soldiers loyal to the president fought mutinous troops.")
        #expect(found.first?.scope == .incident)
    }

    @Test func aTollsNewValueIsOfTheEventItsSubjectNames() {
        let crash = claims("""
            The number of people killed when an Air India Boeing 787 crashed into a medical college hostel on Thursday \
            has risen to at least 270, doctors said.
            """)
        #expect(crash.first?.scope == .incident)
        let series = claims("The number of people killed in a series of explosions at a fireworks workshop rose to 29.")
        #expect(series.first?.scope == .incident)
        #expect(claims("The number of people killed in the earthquake rose to 290.").first?.scope == .total)
    }

    @Test func theMonthASinceStartsIsNoWindow() {
        let found = claims("In Mozambique, 27 people have died of cholera since the start of the rainy season in October, the WHO said.")
        #expect(found.first?.scope == .total)
        let troops = claims("""
            About 700 Spanish soldiers arrived at the base on Monday to replace a contingent of similar size that has \
            served there since May.
            """)
        #expect(troops.first?.scope == .total)
    }

    @Test func aListLabelMayNamePeopleAndAParticiple() {
        let found = claims("""
            Weekly briefing:

            - Mozambican soldiers killed: 4, all in an ambush on the Awasse road on Tuesday
            - Civilians abducted since the start of October: at least 56
            - Rwandan troops in the province: about 4,000
            - Deaths recorded by our teams: 197
            """, published: "2025-10-17")
        #expect(found.map(\.figure) == [.killed, .captured, .deployed, .killed])
        #expect(found.map(\.scope) == [.incident, .period, .total, .total])
    }

    @Test func theLevelAForceIsCutToIsDeployed() {
        let level = claims("Under the resolution, UNIFIL will reduce its strength to about 7,500 troops by the end of 2026.")
        #expect(level.map(\.figure) == [.deployed])
        #expect(level.first?.scope == .projection)
        // (The troops cut are no count of those deployed.)
        #expect(claims("France will cut 2,000 troops from its Sahel force.").isEmpty)
    }

    @Test func aVerbJoinedByAndHasItsClausesSubject() {
        #expect(claims("The committee put the toll at 78 and said the hospital was full.").first?.sourceText == "committee")
        let added = claims("The ministry said 78 people were killed and added that 20 were hurt.")
        #expect(added.map(\.sourceText) == ["ministry", "ministry"])
        let rsf = claims("On Monday, the Rapid Support Forces denied the claims and said it had killed 140 fighters.")
        #expect(rsf.first?.sourceText == "Rapid Support Forces")
        // (Never the joining word, nor the people counted.)
        #expect(claims("Rebels seized the town and said 12 soldiers were killed.").map(\.sourceText) == ["Rebels"])
        let guards = claims("Seven guards were taken hostage in the riot and released unharmed after 14 hours, he said.")
        #expect(guards.map(\.quantity.value) == [7])
    }

    @Test func aWholeToldAgainWithItsFigureWordIsNoClaim() {
        let found = claims("Gunmen killed 31 inmates in the riot. Of the 31 dead, 22 were shot.")
        #expect(found.map(\.quantity.value) == [31, 22])
        #expect(found.last?.scope == .incident)
    }

    @Test func aHeadlinesEventBeforeAColonIsTheNumbersEvent() {
        let crash = claims("Uttarakhand bus crash: 18 pilgrims dead, 22 injured as bus plunges into gorge")
        #expect(crash.map(\.scope) == [.incident, .incident])
        #expect(claims("Kyiv strike: death toll rises to 23 as rescuers search rubble").map(\.scope) == [.incident])
        // (A disaster's toll is the story's; a sentence with a full stop is no headline.)
        #expect(claims("Spain floods: death toll climbs to 205").map(\.scope) == [.total])
        let record = claims("The mine has a long record of accidents: in November 2021, a fire there killed five miners.",
                            published: "2025-10-28")
        #expect(record.first?.asOf == CalendarDay(iso: "2021-11-01"))
    }

    @Test func hostagesTakenInAnAttackThatRemainAreHeldNow() {
        let found = claims("""
            Ninety-eight hostages taken in the Oct. 7, 2023 attack remain in Gaza, at least 36 of whom the \
            Israeli military believes are dead, Israeli officials said on Tuesday.
            """, published: "2025-01-14")
        #expect(found.map(\.figure) == [.captured, .killed])
        #expect(found.first?.scope == .total)
        #expect(found.first?.asOf == CalendarDay(iso: "2025-01-14"))
    }

    @Test func anIncreaseAfterTheDayOfTheTollIsAChange() {
        let rising = claims("The death toll rose to 114 on Wednesday, rising by 29 overnight.", published: "2025-11-05")
        #expect(rising.map(\.scope) == [.total, .change])
        let increase = claims("The death toll rose to 114 on Wednesday, an increase of 29 overnight.", published: "2025-11-05")
        #expect(increase.map(\.quantity.value) == [114, 29])
        #expect(increase.last?.scope == .change)
    }

    @Test func eachEarlierValueTakesItsOwnDay() {
        let found = claims("""
            The death toll from Saturday's fuel tanker explosion rose to 98 on Tuesday, the agency said. \
            The agency had put the toll at 86 on Monday and at 70 on Sunday.
            """, published: "2025-01-21")
        #expect(found.map(\.asOf) == ["2025-01-21", "2025-01-20", "2025-01-19"].map { CalendarDay(iso: $0) })
    }

    @Test func aHeadlinesPeopleBeforeAColonTakeTheFigureWordAfterTheNumber() {
        let kursk = claims("North Korean troops in Kursk: 3,000 killed or wounded, says Kyiv")
        #expect(kursk.map(\.figure) == [.casualties])
        #expect(kursk.first?.subject == "north-korean-troops")
        let bakhmut = claims("Russian forces near Bakhmut: 200 dead, 500 wounded")
        #expect(bakhmut.map(\.figure) == [.killed, .wounded])
        // (No figure word after the number: troops present.)
        #expect(claims("- Rwandan troops in the province: about 4,000").map(\.figure) == [.deployed])
    }

    @Test func eventsInAMonthOrAnOpeningYearAreATally() {
        let july = claims("At least 412 soldiers were killed in those attacks in July, compared with 287 in June.", published: "2025-08-05")
        #expect(july.map(\.scope) == [.period, .period])
        let year = claims("In 2024, four Zambian peacekeepers died in two separate attacks in Haute-Kotto.", published: "2025-05-01")
        #expect(year.first?.scope == .period)
        let convoy = claims("Two Ghanaian peacekeepers were killed on Thursday when their convoy came under attack.")
        #expect(convoy.first?.scope == .incident)
    }

    @Test func aRatesBaseIsNoCount() {
        let found = claims("""
            Famine is declared when two people in every 10,000 die each day. Mortality among children has passed \
            4 per 10,000 people a day.
            """)
        #expect(found.isEmpty)
        let burns = claims("At least 188 people were rescued, and 41 of them were taken to hospital with burns.")
        #expect(burns.map(\.figure) == [.wounded])
    }

    @Test func peopleInQuoteMarksAreReadThrough() {
        let found = claims("It said 62 \"terrorists\" were killed during the attack.")
        #expect(found.first?.figure == .killed)
        #expect(found.first?.scope == .incident)
        let dozens = claims("The government said that \"dozens of terrorists\" had been killed by air strikes.")
        #expect(dozens.first?.figure == .killed)
    }

    @Test func howThenWhatInOnePassiveVerb() {
        let wounded = claims("It said 586 people had been shot and wounded and that 4,100 had been detained.")
        #expect(wounded.map(\.figure) == [.wounded])
        #expect(wounded.map(\.quantity.value) == [586])
        let killed = claims("Police said 58 people were stabbed and killed.")
        #expect(killed.map(\.figure) == [.killed])
    }

    @Test func aYearAfterTheArticleNamesAThing() {
        let found = claims("Indepaz said 39 former FARC combatants who signed the 2016 peace deal had been killed so far this year.")
        #expect(found.map(\.quantity.value) == [39])
    }

    @Test func thingsAfterAPrepositionAreNoPeopleJoined() {
        let clans = claims("At least 26 people have been killed in fighting between two clans over a land boundary.")
        #expect(clans.map(\.quantity.value) == [26])
        let operations = claims("The department said 112 suspected militants had been killed in 46 intelligence-based operations.")
        #expect(operations.map(\.quantity.value) == [112])
    }

    @Test func anEarlierTollAfterAnIncrementKeepsTheTollsScope() {
        let found = claims("""
            Fourteen people were killed in a Russian glide-bomb attack on Saturday, the governor said on Sunday, \
            raising the toll by five overnight. On Saturday evening he had put the toll at nine. Of the dead, three \
            were workers.
            """, published: "2025-10-27")
        #expect(found.map(\.scope) == [.incident, .change, .incident, .incident])
        #expect(found.map(\.asOf)[2] == CalendarDay(iso: "2025-10-25"))
    }

    @Test func aMonthThatOpensTheSentenceIsItsTally() {
        let month = claims("In November, 14 people died on the border, most of them from hypothermia.", published: "2025-12-02")
        #expect(month.map(\.scope) == [.period])
        // Troops there then, one event, a report of the month: no tally (the event is an incident).
        let troops = claims("In January, about 1,700 German soldiers were based in Lithuania.", published: "2025-06-02")
        #expect(troops.map(\.scope) == [.total])
        let boat = claims("In June, more than 80 people died when a boat capsized on the river.", published: "2025-09-02")
        #expect(boat.map(\.scope) == [.incident])
        let report = claims("In March, the ministry put the toll at 450.", published: "2025-09-02")
        #expect(report.map(\.scope) == [.total])
    }

    @Test func aDatelineIsNoPartOfTheSentenceAfterIt() {
        // The month opens the sentence after the dateline.
        let month = claims("GENEVA, May 9 (Lake Leman Wire) - In April, at least 213 civilians were killed and 1,087 injured "
                           + "in Ukraine, the UN human rights monitoring mission said on Friday.", published: "2025-05-09")
        #expect(month.map(\.scope) == [.period, .period])
        #expect(month.map(\.quantity.value) == [213, 1087])
        // Nor does the dateline's place name the people.
        let place = claims("CUSCO, Peru (Andean Courier) — Thirteen people were killed and 31 injured when a bus plunged "
                           + "into a ravine on Sunday, the police said.", published: "2025-11-25")
        #expect(place.map(\.subject) == ["people", "people"])
        #expect(place.first?.quote?.hasPrefix("Thirteen people") == true)
        // A heading in capitals over a list's dash is no dateline: the dash stays the item's.
        let heading = claims("BURKINA FASO\n\n- An attack near Djibo on Monday killed 9 soldiers, a humanitarian source said.",
                             published: "2025-03-06")
        #expect(heading.map(\.quantity.value) == [9])
        #expect(heading.first?.quote?.hasPrefix("- An attack") == true)
    }

    @Test func thisYearIsATallysWindow() {
        let found = claims("More than 1,500 people have been killed in the northeast this year, according to Amnesty International.")
        #expect(found.map(\.scope) == [.period])
        // Troops this year are there now; a thing ranked this year is no window.
        let troops = claims("The United States has about 400 troops in the country and has stepped up drone strikes this year.")
        #expect(troops.map(\.scope) == [.total])
        let ranked = claims("Authorities found the remains of 32 people in a clandestine grave, the 12th such discovery this year.")
        #expect(ranked.map(\.scope) == [.total])
    }

    @Test func animalsAreNoPeople() {
        #expect(claims("The agriculture ministry said more than 40,000 alpacas and llamas had died since May.").isEmpty)
    }

    @Test func takenToHospitalWithAHarmPastAnAside() {
        let found = claims("Three migrants, including a pregnant woman, were taken to Mytilene's hospital with hypothermia.")
        #expect(found.map(\.figure) == [.wounded])
        let bites = claims("Since the floods began in August, our teams have treated 61 people for snakebites.")
        #expect(bites.map(\.figure) == [.wounded])
    }

    @Test func aPartOfTheWoundedThatHasSinceDiedIsKilledInTheirScope() {
        let found = claims("""
            A drone struck the market on Monday, wounding 40 people. Nineteen of them have since died of their injuries.
            """)
        #expect(found.map(\.figure) == [.wounded, .killed])
        #expect(found.map(\.scope) == [.incident, .incident])
    }

    @Test func aReleaseInAnotherClauseFreesNoCaptiveOfThisOne() {
        let found = claims("In October 2024, inmates took 46 prison guards hostage; all were released after 72 hours.",
                           published: "2025-03-01")
        #expect(found.map(\.figure) == [.captured])
    }

    @Test func aLeadingPartMayNameItsWholesFigure() {
        let found = claims("Tkachuk said 117 people had been injured in the strike. Of the injured, 14 remain in hospital.")
        #expect(found.map(\.scope) == [.incident, .incident])
    }

    @Test func thePastYearOfATallyReachesPastJoinedNumbersAndPlaces() {
        let found = claims("""
            At least seven aid workers were killed and 23 abducted in the country in 2025, according to the UN.
            """, published: "2026-03-10")
        #expect(found.map(\.scope) == [.period, .period])
        let places = claims("It recorded at least 1,650 people abducted across Mali, Burkina Faso and Niger in 2025.",
                            published: "2026-01-13")
        #expect(places.map(\.scope) == [.period])
        // Troops there now: the year is the operation's start.
        let troops = claims("About 4,000 Ugandan troops are deployed in Ituri and North Kivu under an operation that began in 2021.")
        #expect(troops.map(\.scope) == [.total])
        let month = claims("The prosecutor said 16 civilians had been wounded by drones since the start of the month.")
        #expect(month.map(\.scope) == [.period])
    }

    @Test func anAgeLimitAfterThePeopleIsNoNumber() {
        let found = claims("At least 87 children under five have died of pneumonia in Peru since January.", published: "2025-06-23")
        #expect(found.map(\.quantity.value) == [87])
        #expect(found.map(\.figure) == [.killed])
        let defenders = claims("Eleven social leaders and human rights defenders were killed in Colombia in October.")
        #expect(defenders.map(\.figure) == [.killed])
    }

    @Test func aPartComesAfterTheNearestCountNotAClaimBehindIt() {
        let found = claims("It said 586 people had been shot and wounded and that 4,100 had been detained, among them 300 minors.")
        #expect(found.map(\.quantity.value) == [586])
    }

    @Test func aLabelMayHoldAHyphenatedWordAndItsMonthIsItsWindow() {
        let treated = claims("- Children treated for injuries at UNICEF-supported health centres: 212")
        #expect(treated.map(\.figure) == [.wounded])
        let gunfire = claims("- Injured by police gunfire in May: 58", published: "2025-06-05")
        #expect(gunfire.map(\.scope) == [.period])
    }

    @Test func heldByAnotherSideAfterAnAuxiliaryIsCaptured() {
        let found = claims("At least three Brazilians are believed to be held by Russian forces.")
        #expect(found.map(\.figure) == [.captured])
        #expect(claims("About 300 people attended a rally held by the opposition.").isEmpty)
    }

    @Test func troopsGoingHomeAreNoDeployment() {
        #expect(claims("About 650 soldiers from the outgoing battalion will fly home in three rotations by October.").isEmpty)
        #expect(claims("Some 200 soldiers went home last week.").isEmpty)
    }

    @Test func aNumberBeforeASuperlativeIsARank() {
        let found = claims("Zambia has about 1,000 soldiers in the mission, one of MINUSCA's ten largest troop contributors.")
        #expect(found.map(\.quantity.value) == [1000])
    }

    @Test func aTableCellTakesItsFigureFromItsColumnHeaderOrItsRowLabel() {
        let byColumn = claims("""
            | Group | Killed | Wounded |
            |:--|--:|--:|
            | Civilians | 112 | about 400 |
            | Total | 121 | 431 |
            """)
        #expect(byColumn.map(\.figure) == [.killed, .wounded, .killed, .wounded])
        #expect(byColumn.map(\.quantity.value) == [112, 400, 121, 431])
        #expect(byColumn.first?.subject == "civilians")
        let byRow = claims("""
            | Indicator | Figure |
            |---|---|
            | Deaths | 473 |
            | Schools damaged | 1,160 |
            """)
        #expect(byRow.map(\.figure) == [.killed])
        let troops = claims("""
            | Country | Troops |
            | --- | --- |
            | Kenya | 1,000 |
            """)
        #expect(troops.map(\.subject) == ["kenyan-troops"])
        // (A row may leave a cell empty.)
        let withEmpty = claims("""
            | Province | Killed | Missing |
            |---|---|---|
            | North | | 3 |
            """)
        #expect(withEmpty.map(\.figure) == [.missing])
        // (No header over a row of numbers: nothing says what they count.)
        #expect(claims("| North | 12 | 40 |").isEmpty)
    }

    @Test func aPastDayWithoutItsYearDatesAnEventAsAnIncident() {
        let drowned = claims("On June 30, 26 migrants drowned when an overloaded boat sank off Obock.", published: "2025-07-05")
        #expect(drowned.map(\.scope) == [.incident])
        #expect(drowned.map(\.asOf.description) == ["2025-06-30"])
        // (Not the day a window opened: the toll since then is the story's.)
        let floods = claims("Floods have killed 266 people across Pakistan since the monsoon began on June 26, the authority said.",
                            published: "2025-07-05")
        #expect(floods.map(\.scope) == [.total])
    }

    @Test func aTableRowsMonthIsItsWindow() {
        let found = claims("""
            | Indicator | Figure |
            |---|---|
            | Crew killed in June | 1 |
            """, published: "2025-07-03")
        #expect(found.map(\.scope) == [.period])
    }

    @Test func aLabelMayNameHowItsCountIsKeptAndItsTime() {
        let found = claims("""
            - Deaths this week: 14
            - Cumulative deaths since 1 January: 402
            - Total deaths: 400
            """, published: "2024-12-04")
        #expect(found.map(\.quantity.value) == [14, 402, 400])
        #expect(found.map(\.scope) == [.period, .period, .total])
    }

    @Test func aPastDayBeforeItsMonthOpensAnIncident() {
        let found = claims("On 4 June, eight armed men boarded the tanker and kidnapped six crew members.", published: "2025-07-03")
        #expect(found.map(\.scope) == [.incident])
        #expect(found.map(\.asOf.description) == ["2025-06-04"])
    }

    @Test func aBomberWhoBlewHimselfUpMakesAnIncident() {
        let found = claims("Officials said 24 people were killed and more than 50 injured when a suicide bomber blew himself up inside the mosque.")
        #expect(found.map(\.scope) == [.incident, .incident])
    }

    @Test func sailorsAloneAreNoDeploymentButSentSailorsAre() {
        #expect(claims("A passing tanker picked up six sailors and a private security team pulled four more from the water.").isEmpty)
        #expect(claims("All 23 sailors were in good health, and the ship was sailing to Berbera.").isEmpty)
        #expect(claims("The navy sent 500 sailors to the region.").map(\.figure) == [.deployed])
        #expect(claims("About 15,000 Brazilian soldiers, sailors and airmen are in the state.").map(\.figure) == [.deployed])
    }

    @Test func peopleWhoRemainInAStateThatIsNoFigureAreNoClaim() {
        let found = claims("Nine miners have been confirmed dead and 14 remain trapped after part of a coal mine collapsed.")
        #expect(found.map(\.quantity.value) == [9])
        let missing = claims("Nine miners have been confirmed dead and 14 remain missing.")
        #expect(missing.map(\.figure) == [.killed, .missing])
        let troops = claims("Russia has sent 3,000 troops and 500 remain in the region.")
        #expect(troops.map(\.figure) == [.deployed, .deployed])
    }

    @Test func aYearStillToComeThatTheNumberIsToBeReachedByMakesAProjection() {
        let brigade = claims("The brigade is to reach its full strength of about 4,800 soldiers and 200 civilian staff by the end of 2027.",
                             published: "2025-06-10")
        #expect(brigade.map(\.scope) == [.projection])
        let canada = claims("Canada has about 2,200 troops in Latvia and plans to increase the number to 2,500 by 2027.",
                            published: "2025-06-10")
        #expect(canada.map(\.scope) == [.total, .projection])
    }

    @Test func aPartOfTheDeathsTakesTheirScope() {
        let found = claims("The heat killed 120 people last month. Sonora accounted for 37 of the deaths, followed by Veracruz with 29.",
                           published: "2025-06-10")
        #expect(found.map(\.scope) == [.period, .period, .period])
    }

    @Test func aLabelOfPeopleTreatedForAHarmIsInjured() {
        let found = claims("- Patients treated for gunshot and blast wounds since 1 January: 57", published: "2025-03-05")
        #expect(found.map(\.figure) == [.wounded])
        #expect(found.map(\.scope) == [.period])
    }

    @Test func anEarlierLiveEntryCorrectedIsNoClaim() {
        #expect(claims("**14:30** Correction: An earlier entry said 42 people had been killed, citing a local council member.").isEmpty)
    }

    @Test func anEarlierTollAfterTheNumberKilledRisingIsOfItsScope() {
        let found = claims("""
            The number of miners killed in a methane explosion at a coal mine has risen to 12, the department said on Wednesday.

            On Tuesday, the department had put the toll at nine.
            """, published: "2024-11-07")
        #expect(found.map(\.scope) == [.incident, .incident])
        #expect(found.map(\.asOf.description) == ["2024-11-06", "2024-11-05"])
    }

    @Test func aLabelOfPeopleMayNameItsFigureAFewWordsOn() {
        let found = claims("""
            - Servicemen confirmed held in Russian captivity: 4,120
            - Rwandan troops in the province: about 4,000
            - Ukrainian soldiers: 300
            """)
        #expect(found.map(\.figure) == [.captured, .deployed, .deployed])
    }

    @Test func aNumberAfterAfterWithAVerbOfItsOwnTakesNoCountNounBeforeIt() {
        let found = claims("The sheriff now says six workers remain unaccounted for, after 24 others were located safe.")
        #expect(found.map(\.quantity.value) == [6])
    }

    @Test func peopleSentToHospitalAreInjured() {
        #expect(claims("The heat wave put 300 people in hospital.").map(\.figure) == [.wounded])
        #expect(claims("Food poisoning sent more than 1,200 people to hospital last year.").map(\.figure) == [.wounded])
        #expect(claims("The army sent 200 soldiers to the hospital to guard it.").map(\.figure) == [.deployed])
    }

    @Test func peopleWhoRemainInHospitalsOrHospitalisedAreInjured() {
        let found = claims("The health ministry said 71 patients remained in hospitals across the country, 19 of them in critical condition.")
        #expect(found.map(\.quantity.value) == [71, 19])
        #expect(found.map(\.figure) == [.wounded, .wounded])
        #expect(claims("Twelve people remain hospitalised.").map(\.figure) == [.wounded])
    }

    @Test func withinATimeOfAnEventIsNoWindow() {
        let found = claims("Resistance groups say dozens of conscripts have been killed within weeks of being sent to the front.")
        #expect(found.map(\.scope) == [.total])
        #expect(claims("At least 40 people were killed within days.").map(\.scope) == [.period])
    }

    @Test func peopleTakenToAHospitalNamedAFewWordsOnAreInjured() {
        let taken = claims("He said 50 people had been taken to the district hospital.")
        #expect(taken.map(\.figure) == [.wounded])
        let treated = claims("The ministry said 212 people had now been treated in Aqaba's hospitals for chlorine inhalation.")
        #expect(treated.map(\.figure) == [.wounded])
        let flown = claims("Forty-one people with severe burns have been flown to hospitals in Greece and Austria, it said.")
        #expect(flown.map(\.figure) == [.wounded])
        #expect(claims("Russia sent 300 soldiers to the border hospital.").map(\.figure) == [.deployed])
    }

    @Test func noneOfAWholeIsNoClaim() {
        #expect(claims("It said none of its 640 workers had been hurt and that no chlorine had escaped.").isEmpty)
    }

    @Test func forcesThatNumberACountAreDeployed() {
        let found = claims("Ukraine's armed forces now number about 880,000, President Volodymyr Zelensky said last month.")
        #expect(found.map(\.figure) == [.deployed])
        #expect(found.map(\.quantity.value) == [880_000])
        #expect(claims("The rebels number about 3,000, the army said.").map(\.figure) == [.deployed])
    }

    @Test func anEventsEarlierTollAFewSentencesOnKeepsItsScope() {
        let found = claims("""
            The death toll from Sunday's suicide bombing at a livestock market has risen to 31, the health director said on \
            Tuesday. More than 70 people were wounded in the blast, he said. On Sunday evening officials had put the toll at 19.
            """, published: "2025-02-18")
        #expect(found.map(\.quantity.value) == [31, 70, 19])
        #expect(found.map(\.scope) == [.incident, .incident, .incident])
        #expect(found.map(\.asOf)[2] == CalendarDay(iso: "2025-02-16"))
        // After a count that named no toll too: the event's count is what the earlier toll counted.
        let battle = claims("""
            At least 2,900 people were killed in the battle for Goma in late January, the United Nations said on Tuesday. \
            A week earlier, Congo's government had put the death toll at 773.
            """, published: "2025-02-12")
        #expect(battle.map(\.scope) == [.incident, .incident])
    }

    @Test func aRiotOrAStandoffIsOneEvent() {
        let riot = claims("At least 31 inmates were killed in a riot at the Litoral penitentiary that began on Sunday night.")
        #expect(riot.map(\.scope) == [.incident])
        let standoff = claims("The group said it had killed 60 soldiers during the standoff.")
        #expect(standoff.map(\.scope) == [.incident])
    }

    @Test func aHyphenatedCompoundBeforeTheKindModifiesIt() {
        let found = claims("Israel has about 169,500 active-duty soldiers. Australia has about 28,000 full-time soldiers.")
        #expect(found.map(\.quantity.value) == [169_500, 28_000])
        #expect(found.map(\.figure) == [.deployed, .deployed])
        #expect(claims("Israel deployed 500 well-trained soldiers.").map(\.figure) == [.deployed])
        #expect(claims("About 500 war-weary soldiers were killed.").map(\.figure) == [.killed])
    }

    @Test func forcesNumberingACountInAnAsideAreDeployed() {
        let who = claims("Dutch peacekeepers, who numbered about 400 in the enclave, were unable to stop the killings.")
        #expect(who.map(\.figure) == [.deployed])
        #expect(claims("The Egyptian soldiers, numbering about 300, landed on Tuesday.").map(\.figure) == [.deployed])
        // Troops that leave, their verb after the aside: no deployment.
        #expect(claims("The outgoing Indonesian troops, numbering about 830, began flying home on Thursday.").isEmpty)
    }

    @Test func troopsThereSinceAWeekdayAreThereNow() {
        let found = claims("Also on the ground since Monday are 24 Jamaican soldiers, who will guard the base.")
        #expect(found.map(\.figure) == [.deployed])
        #expect(found.map(\.scope) == [.total])
    }

    @Test func anotherSidesTroopsTheyHoldAreCaptives() {
        let found = claims("Syrian Kurdish authorities say they still hold about 9,000 Islamic State fighters in prisons.")
        #expect(found.map(\.figure) == [.captured])
        #expect(claims("Hezbollah holds 3,000 fighters in the south.").map(\.figure) == [.deployed])
    }

    @Test func troopsThatFlyOutAreNoDeployment() {
        #expect(claims("France handed over its last base on Thursday as the final 120 French soldiers flew out of N'Djamena.").isEmpty)
        #expect(claims("France flew 120 soldiers to N'Djamena.").map(\.figure) == [.deployed])
    }

    @Test func aPartOfTheWoundedToldFirstThatDiedIsInTheirScope() {
        let found = claims("""
            Its teams had treated 212 wounded people in the past week, MSF said. Of those, 38 died of their injuries.
            """)
        #expect(found.map(\.figure) == [.wounded, .killed])
        #expect(found.map(\.scope) == [.period, .period])
    }

    @Test func aNumberAfterAndWithItsVerbLeftOutSharesTheScope() {
        let found = claims("Since the beginning of May, 61 civilians have been killed in the region and 402 wounded, officials said.")
        #expect(found.map(\.figure) == [.killed, .wounded])
        #expect(found.map(\.scope) == [.period, .period])
    }

    @Test func bodiesOfPeopleWhoHadBeenMissingAreDead() {
        let found = claims("The army said it had recovered the bodies of six soldiers who had been missing since the raid.")
        #expect(found.map(\.figure) == [.killed])
        #expect(claims("Rescuers are searching for seven people who went missing.").map(\.figure) == [.missing])
    }

    @Test func peopleTreatedForAHarmAfterAnotherAreInjured() {
        let found = claims("Doctors said 58 of the freed detainees were being treated for malnutrition and untreated wounds.")
        #expect(found.map(\.figure) == [.wounded])
    }

    @Test func everyYearAndAFiscalYearAreWindows() {
        #expect(claims("About 1,400 people die on Bolivia's roads every year.").map(\.scope) == [.period])
        #expect(claims("Road accidents killed 2,380 people in Nepal in the last fiscal year.").map(\.scope) == [.period])
        #expect(claims("At least 18 climbers died on Nepal's peaks last season.").map(\.scope) == [.period])
    }

    @Test func aTotalOfRightBeforeTheNumberLeavesItsWindowToDecide() {
        let year = claims("A total of 447 miners were killed in accidents at Chinese mines in 2023.", published: "2025-01-15")
        #expect(year.map(\.scope) == [.period])
        let pointer = claims("Estonia sent 50 more soldiers on Monday, for a total of 250.")
        #expect(pointer.map(\.scope) == [.change, .total])
    }

    @Test func sinceItBeganAfterADisasterIsItsWholeStory() {
        let monsoon = claims("The monsoon has killed 312 people across Pakistan since it began on June 26.", published: "2025-08-14")
        #expect(monsoon.map(\.scope) == [.total])
        let outbreak = claims("A cholera outbreak has killed 1,486 people since it was declared in September.", published: "2025-10-02")
        #expect(outbreak.map(\.scope) == [.total])
        // A siege that began is a window, named or not.
        let siege = claims("The siege has killed 40 civilians since it began on Monday.", published: "2025-10-02")
        #expect(siege.map(\.scope) == [.period])
    }

    @Test func aHeatWavesSpanAndAWarsStartYearOpenNoWindow() {
        let wave = claims("More than 1,100 deaths have been attributed to the heat wave that has gripped the country since Aug. 3.",
                          published: "2025-09-01")
        #expect(wave.map(\.scope) == [.total])
        let war = claims("The monitor estimates that more than 500,000 people were killed in the civil war that began in 2011.",
                         published: "2025-09-01")
        #expect(war.map(\.scope) == [.total])
        #expect(claims("At least 412 migrants died in 2024.", published: "2025-09-01").map(\.scope) == [.period])
    }

    @Test func aPartToldInAnEventOfItsOwnIsThatEvents() {
        let found = claims("Israeli strikes killed 41 people over the past 24 hours, including 21 in a strike on a house.")
        #expect(found.map(\.quantity.value) == [41, 21])
        #expect(found.map(\.scope) == [.period, .incident])
        let plain = claims("Israeli strikes killed 41 people over the past 24 hours, including 21 children.")
        #expect(plain.map(\.scope) == [.period, .period])
    }

    @Test func aStrengthAMissionIsMeantToHaveIsAProjection() {
        let found = claims("AUSSOM, which replaced the previous AU mission in January, is meant to have 11,826 troops.")
        #expect(found.map(\.figure) == [.deployed])
        #expect(found.map(\.scope) == [.projection])
    }

    @Test func sinceDawnAndTheCourseOfTheDayAreWindows() {
        #expect(claims("At least 27 people have been killed across the Gaza Strip since dawn.").map(\.scope) == [.period])
        #expect(claims("In the course of the day, the army lost up to 230 servicemen.").map(\.scope) == [.period])
        // Captives still held, told in reported speech, are held now, whatever window follows.
        let held = claims("""
            The minister told reporters that inmates were still holding 12 guards hostage and that negotiators had \
            been talking to gang leaders since dawn.
            """)
        #expect(held.map(\.figure) == [.captured])
        #expect(held.map(\.scope) == [.total])
    }

    @Test func aPastMonthOpeningTheSentenceWithoutACommaDatesTheEvent() {
        let found = claims("In December 2004 the same waves also killed more than 30,000 people in Sri Lanka.")
        #expect(found.map(\.scope) == [.incident])
        #expect(found.map(\.asOf) == [CalendarDay(iso: "2004-12-01")])
    }

    @Test func lastYearBeforeTheNumberIsAWindowNotALabel() {
        for text in ["Last year 376 people died in coal mine accidents nationwide.",
                     "Last year, 376 people died in coal mine accidents nationwide."] {
            let found = claims(text)
            #expect(found.map(\.quantity.value) == [376], "\(text)")
            #expect(found.map(\.scope) == [.period], "\(text)")
        }
        #expect(claims("That day 12 soldiers were wounded.").map(\.figure) == [.wounded])
    }

    @Test func killingsAndHomicidesAreDeaths() {
        let found = claims("The office said it had recorded 875 killings since May. Guanajuato recorded 2,688 homicides in 2024.")
        #expect(found.map(\.figure) == [.killed, .killed])
        #expect(found.first?.scope == .period)
        // Only as the noun the number heads.
        #expect(claims("Police said 12 of the suspects were wanted in connection with murders committed in 2024.").isEmpty)
        #expect(claims("Police have arrested 17 officers in connection with the killings.").isEmpty)
    }

    @Test func troopsExpelledAreNoDeployment() {
        #expect(claims("Niger's junta expelled about 1,100 US troops and some 1,500 French soldiers after the coup.").isEmpty)
    }

    @Test func quoteMarksAroundANumbersPhraseBreakNoClause() {
        let found = claims("Mali's army said on Monday it had killed \"around 40 terrorists\" in an air strike near Diema.")
        #expect(found.map(\.scope) == [.incident])
    }

    @Test func aClauseAfterCommaWhereHasItsOwnWindow() {
        let found = claims("""
            Gran Grif has killed more than 300 people since the start of the year and was behind the October 2024 \
            massacre in Pont-Sonde, where gunmen killed at least 115 people.
            """)
        #expect(found.map(\.scope) == [.period, .incident])
    }

    @Test func aPartAfterOfThoseTakesTheScopeOfTheCasualtyCount() {
        let found = claims("""
            Landmines killed or injured at least 6,279 people in 2024, the campaign said. Of those, 1,945 were killed \
            and 4,325 injured.
            """)
        #expect(found.map(\.figure) == [.casualties, .killed, .wounded])
        #expect(found.map(\.scope) == [.period, .period, .period])
    }

    @Test func aLabelsUnknownPluralBeforeAParticipleNamesItsPeople() {
        let found = claims("""
            The ministry's daily report:

            - Aid-seekers killed near distribution points in the past 24 hours: 41
            - Total aid-seekers injured since 27 May: more than 11,230
            - Confirmed deaths: 12
            """)
        #expect(found.map(\.figure) == [.killed, .wounded, .killed])
        #expect(found.map(\.scope) == [.period, .period, .total])
        #expect(found.prefix(2).map(\.subject) == ["aid-seekers", "aid-seekers"])
    }

    @Test func aDayOfFightingAndComingUnderFireAreOneEvent() {
        let day = claims("At least nine Kyrgyz soldiers were killed and 17 wounded in a day of fighting with Tajik forces.")
        #expect(day.map(\.scope) == [.incident, .incident])
        let fire = claims("Two Rwandan peacekeepers were killed on Sunday when their patrol came under fire from armed men.")
        #expect(fire.map(\.scope) == [.incident])
    }

    @Test func deathsPerHundredThousandAreARate() {
        #expect(claims("Andalusia registered the highest rates, at 4.2 and 3.9 deaths per 100,000 inhabitants.").isEmpty)
    }

    @Test func aPartEndingTheSentenceKeepsItsEventFromTheWhole() {
        let found = claims("""
            Eleven Tanzanian soldiers have been killed in the Central African Republic since Tanzania first deployed \
            there in 2014, including two in an ambush near Sam Ouandja.
            """)
        #expect(found.map(\.quantity.value) == [11, 2])
        #expect(found.map(\.scope) == [.total, .incident])
    }

    @Test func aPartOfThemKeepsItsWindowAndItsEventFromTheWhole() {
        let window = claims("""
            Since the start of the war on Oct. 7, 2023, 898 Israeli soldiers have been killed, 454 of them since the \
            ground offensive in Gaza began on Oct. 27, 2023, according to the military.
            """)
        #expect(window.map(\.quantity.value) == [898, 454])
        #expect(window.map(\.scope) == [.total, .period])
        let event = claims("38 soldiers have been killed this year, 17 of them when fighters overran a base at Marte in May.",
                           published: "2025-07-03")
        #expect(event.map(\.scope) == [.period, .incident])
        // (Past a few words on the part, and doers of several words.)
        let doers = claims("""
            Okoro said 38 Nigerian soldiers had been killed in the North-East so far this year, including 17 when \
            Islamic State West Africa Province fighters overran a base at Marte in May.
            """, published: "2025-07-03")
        #expect(doers.map(\.scope) == [.period, .incident])
        let captured = claims("""
            The Arakan Army said it had taken more than 400 soldiers prisoner since the start of its offensive, \
            including 170 captured when it overran the Western Command headquarters in Ann last month.
            """, published: "2025-01-15")
        #expect(captured.map(\.scope) == [.period, .incident])
    }

    @Test func fightersAndTheirFamiliesShareTheVerb() {
        let found = claims("A total of 2,340 Boko Haram fighters and their families surrendered to troops in the North East.")
        #expect(found.map(\.figure) == [.captured])
        #expect(found.map(\.quantity.value) == [2340])
    }

    @Test func aLongSpanAfterAnEventOnlySaysWhen() {
        let found = claims("A year after Hamas's cross-border attack, the Israeli military says 728 soldiers have been killed on all fronts.")
        #expect(found.map(\.scope) == [.total])
        // (A span of hours is still the event's.)
        #expect(claims("Hours after the attack, officials said 40 soldiers were killed.").map(\.scope) == [.incident])
    }

    @Test func theMissingAfterAnEventOfTheDayAreMissingNow() {
        let found = claims("""
            A local official said between 60 and 70 soldiers had died in the attack and that at least 20 were missing.
            """)
        #expect(found.map(\.figure) == [.killed, .missing])
        #expect(found.map(\.scope) == [.incident, .total])
        // (An event dated back keeps its missing.)
        let past = claims("In March 2024, the capsizing of a trawler off Tongyeong left four fishermen dead and five missing.",
                          published: "2025-06-10")
        #expect(past.map(\.scope) == [.incident, .incident])
    }

    @Test func aPartOfAYearIsATimeAndManyEventsInAWindowATally() {
        let half = claims("Attacks in the first half of 2025 killed 792 people.", published: "2025-08-12")
        #expect(half.map(\.quantity.value) == [792])
        #expect(half.map(\.scope) == [.period])
        let month = claims("Militant attacks last month killed 92 people.", published: "2025-08-12")
        #expect(month.map(\.scope) == [.period])
        // (One event as the subject is still an incident.)
        #expect(claims("A missile strike on a school killed eight people on Monday.").map(\.scope) == [.incident])
    }

    @Test func aTrainThatRanIntoAnotherAndDoersWithAShortFormAreOneEvent() {
        let train = claims("""
            At least 51 people were killed and more than 200 injured when a passenger express train ran into a \
            stationary goods train in Odisha's Balasore district on Friday evening, the railway ministry said.
            """)
        #expect(train.map(\.scope) == [.incident, .incident])
        let doers = claims("""
            Twelve Nigerian soldiers were killed and 21 wounded when Islamic State West Africa Province (ISWAP) \
            fighters overran a base in Marte on Tuesday.
            """)
        #expect(doers.map(\.scope) == [.incident, .incident])
        // (A boat that ran into trouble is a mishap, the story's.)
        let boat = claims("""
            Four migrants, among them a seven-year-old girl, died early on Wednesday when an overcrowded inflatable \
            boat ran into trouble off the northern French coast, the regional prefecture said.
            """)
        #expect(boat.map(\.scope) == [.total])
    }

    @Test func hostagesTakenInTheActiveAreOneEvents() {
        #expect(claims("Inmates took 43 guards hostage at the start of the riot, according to SNAI.").map(\.scope) == [.incident])
        let prisoners = claims("""
            The Karen National Union said its fighters had overrun the last army battalion headquarters outside \
            Myawaddy, taking 63 Myanmar soldiers prisoner.
            """)
        #expect(prisoners.map(\.scope) == [.incident])
        // (Prisoners taken in a war with no event named are a tally; so are those in the perfect.)
        let war = claims("It said its units had taken 17 Ukrainian servicemen prisoner in the Rodynske area, north of the city.")
        #expect(war.map(\.scope) == [.total])
        #expect(claims("Russian forces have taken 300 Ukrainian soldiers hostage.").map(\.scope) == [.total])
    }

    @Test func othersWhoRemainMissingAreMissingAndAnotherAfterThemIsOfTheDead() {
        let found = claims("""
            A gas explosion at a coal mine has killed 16 miners, Xinhua said on Tuesday, and rescuers were searching \
            for two others who remained unaccounted for. Another nine miners were injured, two of them seriously, it said.
            """, published: "2026-01-13")
        #expect(found.map(\.figure) == [.killed, .missing, .wounded, .wounded])
        #expect(found.map(\.scope) == [.incident, .total, .incident, .incident])
    }

    @Test func captivesHeldNowPastAllOrBothAreATotal() {
        let held = claims("""
            Gunmen kidnapped 227 pupils on Friday. That leaves 177 pupils and all 12 teachers still being held by \
            the kidnappers, he said.
            """)
        #expect(held.map(\.quantity.value) == [227, 177, 12])
        #expect(held.map(\.scope) == [.incident, .total, .total])
        let hands = claims("That leaves 73 pupils and both teachers in the hands of the kidnappers, Aliyu said.")
        #expect(hands.map(\.quantity.value) == [73])
        #expect(hands.map(\.figure) == [.captured])
    }

    @Test func theNumberAnIncrementAddsToIsTheSameFigure() {
        let added = claims("""
            North Korea has sent a further 3,000 troops to Russia since February, South Korea's Joint Chiefs \
            of Staff said, adding to the roughly 11,000 it deployed in October.
            """)
        #expect(added.map(\.quantity.value) == [3_000, 11_000])
        #expect(added.map(\.figure) == [.deployed, .deployed])
        #expect(added.map(\.scope) == [.change, .total])
        let remain = claims("""
            The agency said the North was likely to send an additional 6,000 troops to Russia as early as July, \
            on top of roughly 11,000 who remain there.
            """)
        #expect(remain.map(\.quantity.value) == [6_000, 11_000])
        #expect(remain.map(\.scope) == [.projection, .total])
    }

    @Test func theWoundedThatDiedAndTheirPartsAreDeadOfTheWoundedsWindow() {
        let died = claims("""
            Between 20 April and 11 May, our teams treated 1,146 people for war wounds. Of the wounded, 77 died \
            of their injuries: 41 at Tawila, 27 at Nyala and nine at Kutum.
            """)
        #expect(died.map(\.quantity.value) == [1_146, 77, 41, 27, 9])
        #expect(died.map(\.figure) == [.wounded, .killed, .killed, .killed, .killed])
        #expect(died.map(\.scope) == [.period, .period, .period, .period, .period])
    }

    @Test func listsOfPlacesAfterAColonOrEndingOnTheirKind() {
        let kinds = claims("Tawila field hospital received 612 of the wounded, Nyala Teaching Hospital 389 and Kutum health centre 145.")
        #expect(kinds.map(\.quantity.value) == [612, 389, 145])
        #expect(kinds.map(\.figure) == [.wounded, .wounded, .wounded])
        let colon = claims("The storm has now killed at least 51 people across the Caribbean: 25 in Haiti, 19 in Jamaica and two in Panama.")
        #expect(colon.map(\.quantity.value) == [51, 25, 19, 2])
        #expect(colon.map(\.figure) == [.killed, .killed, .killed, .killed])
    }

    @Test func aNumberWithdrawnWithItsFigureWordsIsNone() {
        let found = claims("""
            Seventeen people were killed when shells struck the camp on Saturday, OCHA said on Tuesday, not 27 \
            killed as it had reported on Sunday.
            """)
        #expect(found.map(\.quantity.value) == [17])
    }

    @Test func twoMonthsJoinedAreAWindowWhateverDatesTheReport() {
        let months = claims("The minister said last week that about 3,000 people had been killed in North Kivu in January and February.")
        #expect(months.map(\.scope) == [.period])
    }

    @Test func statesThatNamePlacesReportNothing() {
        let listed = claims("Gunmen abducted at least 1,130 people in Kogi and Kwara states in the first six months of 2025.",
                            published: "2025-07-15")
        #expect(listed.map(\.scope) == [.period])
        #expect(listed.map(\.source) == ["Example Wire"])
        let toll = claims("Odisha reported 28 deaths. That brings the toll across the three states to at least 143.")
        #expect(toll.map(\.quantity.value) == [28, 143])
    }

    @Test func anExchangeOfFireBeforeTheTollIsOneEvent() {
        let fire = claims("""
            Own troops engaged the location and, after an intense exchange of fire, eleven (11) terrorists were \
            sent to hell.
            """)
        #expect(fire.map(\.scope) == [.incident])
    }

    @Test func captivesAlsoHeldAndAForceThatNumbers() {
        #expect(claims("Officials estimate that Russia is also holding about 16,000 Ukrainian civilians.").map(\.figure) == [.captured])
        #expect(claims("The army, which numbers about 33,000, has struggled to contain JNIM.").map(\.figure) == [.deployed])
    }

    @Test func putWithNoAtReportsNothing() {
        let floods = claims("In August 2022, floods that put a third of Pakistan under water killed more than 1,700 people.",
                            published: "2025-07-15")
        #expect(floods.map(\.scope) == [.incident])
        #expect(floods.map(\.asOf.description) == ["2022-08-01"])
        // (A toll put "at" a number, however far on, still names its speaker.)
        let put = claims("""
            The department put the number of Canadian troops deployed on other missions abroad, from the Middle \
            East to the Indo-Pacific, at 1,210.
            """)
        #expect(put.map(\.sourceText) == ["department"])
    }

    @Test func agesAndTheNumberOfThingsAreNoCounts() {
        #expect(claims("The median age of the dead is 35, and the oldest confirmed soldier killed was 71.").isEmpty)
        let cases = claims("""
            A cholera outbreak in Zambia has killed 112 people, the ministry said on Wednesday, as the number of \
            recorded cases passed 4,000.
            """)
        #expect(cases.map(\.quantity.value) == [112])
    }

    @Test func aHolidaysDaysAndATableRowsYearAreWindows() {
        let holiday = claims("""
            Road accidents killed 253 people and injured 1,838 during this year's Songkran holiday, the Road Safety \
            Centre said on Friday.
            """, published: "2025-04-18")
        #expect(holiday.map(\.quantity.value) == [253, 1_838])
        #expect(holiday.map(\.scope) == [.period, .period])
        let rows = claims("""
            | Year | Civilians killed | Soldiers killed |
            |---|---|---|
            | 2022 | 98 | 15 |
            """, published: "2025-02-05")
        #expect(rows.map(\.quantity.value) == [98, 15])
        #expect(rows.map(\.scope) == [.period, .period])
    }

    @Test func sharesFollowedByAnyNounAndARatesFractionAndAWholeYear() {
        let shares = claims("Gold mines accounted for 18 of the deaths, followed by platinum mines with 12 and coal mines with 7.")
        #expect(shares.map(\.quantity.value) == [18, 12, 7])
        #expect(shares.map(\.figure) == [.killed, .killed, .killed])
        // (A number with a fractional part counts no people; an average may have one.)
        #expect(claims("Deaths per 10,000 apprehensions rose to 3.5 as crossings fell.").isEmpty)
        let year = claims("In all of 2024, 11 aid workers were killed in the country and 34 were injured, it said.",
                          published: "2025-08-19")
        #expect(year.map(\.scope) == [.period, .period])
    }

    @Test func earlierValuesPastAHedgeOrBeforeATimeAgo() {
        let ago = claims("About 370 soldiers are deployed, down from about 550 two years ago.")
        #expect(ago.map(\.quantity.value) == [370, 550])
        #expect(ago.map(\.figure) == [.deployed, .deployed])
        let hedged = claims("""
            The United States has reduced its military presence in Iraq to about 1,500 troops from roughly 2,500 \
            in January, a U.S. official said.
            """)
        #expect(hedged.map(\.quantity.value) == [1_500, 2_500])
        // (A compound after the number is still its phrase: rhinos are no people.)
        #expect(claims("In the park, 31 animals have drowned, among them nine one-horned rhinos.").isEmpty)
    }

    @Test func troopsWhoLeaveTheServiceAreNoDeployment() {
        #expect(claims("The answer also disclosed that 412 service personnel had been medically discharged in 2024.").isEmpty)
        #expect(claims("About 3,000 Russian soldiers had deserted in the first half of the year, the agency said.").isEmpty)
        #expect(claims("About 30,000 Iraqi soldiers abandoned their posts and fled.").isEmpty)
    }

    @Test func aVerbThatTellsNoEventLeavesAnOpeningYearAWindow() {
        let found = claims("In 2025, 2,688 people were killed in Guanajuato, though the number fell by 18% from 2024.",
                           published: "2026-02-10")
        #expect(found.map(\.scope) == [.period])
    }

    @Test func anOrdinalsSinceADayOfAMonthDatesTheEventAfterWhen() {
        let found = claims("It was the third landmine blast involving Thai troops since July 16, when five soldiers were wounded.",
                           published: "2025-08-20")
        #expect(found.map(\.scope) == [.incident])
        #expect(found.map(\.asOf.description) == ["2025-07-16"])
    }

    @Test func aPhraseOnWherePeopleServeStandsBeforeTheirOwnVerb() {
        let killed = claims("""
            Thirteen South African soldiers serving with a regional force and the UN mission were killed in clashes \
            with the M23 around Goma, Pretoria said.
            """)
        #expect(killed.map(\.figure) == [.killed])
        let hurt = claims("""
            Two Ghanaian soldiers serving with the UN Interim Force in Lebanon (UNIFIL) were lightly injured on Sunday \
            when a shell landed near their position.
            """)
        #expect(hurt.map(\.figure) == [.wounded])
        #expect(claims("About 1,200 soldiers serving with the UN mission were deployed to the region.").map(\.figure) == [.deployed])
    }

    @Test func aDepartureVerbPastAClauseOfItsOwnIsNotTheTroops() {
        let found = claims("""
            AUSSOM is meant to have 11,860 troops, but contributors have deployed only about 10,500, leaving gaps in \
            the Shabelle regions.
            """)
        #expect(found.map(\.quantity.value) == [11_860, 10_500])
        #expect(found.map(\.scope) == [.projection, .total])
    }

    @Test func aLabelsYearIsItsWindow() {
        let found = claims("""
            Key figures:

            - Deaths recorded in the Mediterranean in 2024: 2,452
            - Children killed on migration routes in 2024: at least 1,220
            """, published: "2025-03-20")
        #expect(found.map(\.scope) == [.period, .period])
    }

    @Test func lastYearOpeningTheSentenceWithoutACommaIsAWindow() {
        let found = claims("Last year the agency verified 1,348 attacks on health care in 18 countries, which also injured 1,280 people.")
        #expect(found.map(\.figure) == [.wounded])
        #expect(found.map(\.scope) == [.period])
    }

    @Test func theQuarterIsAWindowAndAWhenClauseMayRunLong() {
        #expect(claims("The mission also revised the number of people kidnapped in the quarter to 179.").map(\.scope) == [.period])
        let crash = claims("""
            Thirteen people were killed and 98 injured when a passenger train on the Interoceanic line jumped the tracks \
            and crashed down an embankment near Nizanda on Sunday.
            """)
        #expect(crash.map(\.scope) == [.incident, .incident])
    }

    @Test func aColumnsHeaderNamesTheWindowOfItsCells() {
        let found = claims("""
            Partners recorded the following casualties:

            | Group | Killed this week | Injured this week |
            |---|---|---|
            | Civilians | 58 | 41 |
            | Police officers | 4 | 9 |
            """)
        #expect(found.map(\.figure) == [.killed, .wounded, .killed, .wounded])
        #expect(found.map(\.scope) == [.period, .period, .period, .period])
    }

    @Test func aLongLabelWithAClauseOfItsOwn() {
        let found = claims("""
            Key figures:

            - People killed by cholera at the Rhoe site since the outbreak was declared on 20 March: 9
            """, published: "2025-04-08")
        #expect(found.map(\.figure) == [.killed])
        #expect(found.map(\.quantity.value) == [9])
    }

    @Test func aVagueAmountJoinedByAndSharesTheVerb() {
        let found = claims("Last July more than 80 Wagner fighters and dozens of Malian soldiers were killed in fighting with rebels.")
        #expect(found.map(\.figure) == [.killed, .killed])
    }

    @Test func theKillingsOrDeathsOfPeopleAreDeaths() {
        let found = claims("The ombudsman's office recorded the killings of 173 community leaders nationwide in 2024.",
                           published: "2025-01-22")
        #expect(found.map(\.figure) == [.killed])
        #expect(found.map(\.scope) == [.period])
        #expect(claims("The office recorded the deaths of 12 miners last week.").map(\.figure) == [.killed])
    }

    @Test func hostagesThatRemainOrAreStillHeldAreHeldNow() {
        let remain = claims("Israel says 50 hostages remain in Gaza, of whom around 20 are believed to be alive.")
        #expect(remain.map(\.figure) == [.captured, .captured])
        #expect(remain.first?.scope == .total)
        let held = claims("""
            Fifty hostages, 20 of whom are believed to be alive, are still being held in the Strip, nearly two years \
            after the Hamas-led attack on southern Israel.
            """)
        #expect(held.first?.figure == .captured)
        #expect(held.first?.scope == .total)
        #expect(claims("Militants freed 20 hostages on Monday.").isEmpty)
    }

    @Test func aDeathSentenceIsNoDeath() {
        #expect(claims("A Houthi court sentenced 17 people to death for espionage in November.").isEmpty)
    }

    @Test func troopsLeftAfterHaveRemainAndTroopsDisarmedLeave() {
        let left = claims("Analysts estimate that the insurgents have between 200 and 300 fighters left.")
        #expect(left.map(\.figure) == [.deployed])
        #expect(claims("About 65,000 Tigrayan fighters have handed in their weapons under a demobilisation programme.").isEmpty)
        #expect(claims("About 2,000 peacekeepers left the province last week.").isEmpty)
        #expect(claims("On the enemy side, more than 40 terrorists were neutralised, and 12 motorcycles were recovered.").isEmpty)
    }

    @Test func overnightFightingAndAWeekdayNightsCrashAreOneEvent() {
        #expect(claims("ISPR says 23 Pakistani soldiers were killed and 29 wounded in the overnight fighting.").map(\.scope)
                == [.incident, .incident])
        #expect(claims("The number of people killed in Monday night's head-on collision between a bus and a truck rose to 19.")
                .map(\.scope) == [.incident])
        #expect(claims("The provisional toll of the attack is 15 soldiers killed and 9 wounded.").map(\.scope) == [.incident, .incident])
    }

    @Test func aParticipleAloneHeadsAColumnAndItsMonthIsTheWindow() {
        let found = claims("""
            Monthly figures:

            | State | Killed in October | Abducted in October |
            |---|---|---|
            | Zamfara | 131 | 244 |
            """, published: "2025-11-06")
        #expect(found.map(\.figure) == [.killed, .captured])
        #expect(found.map(\.scope) == [.period, .period])
    }

    @Test func aCasualtyVerbTakesItsObjectPastAPossessiveDeterminer() {
        let crew = claims("One of the helicopters crashed in bad weather on Friday, killing its five crew members.")
        #expect(crew.map(\.figure) == [.killed])
        #expect(crew.map(\.scope) == [.incident])
        #expect(claims("A roadside bomb hit the convoy on Monday, killing its five soldiers.").map(\.figure) == [.killed])
        #expect(claims("The army sent its 1,500 soldiers to the border.").map(\.figure) == [.deployed])
    }

    @Test func aPartOfTheInjuredNamedBeforeTakesTheirToll() {
        let found = claims("""
            At least 11 people were killed and 94 injured on Tuesday when a passenger train derailed near Minya. \
            Seven carriages left the tracks. Ambulances took the injured to hospitals in Minya and Mallawi, and 23 of \
            them were admitted to Minya University Hospital, four of them in intensive care, the health ministry said.
            """)
        #expect(found.map(\.quantity.value) == [11, 94, 23, 4])
        #expect(found.map(\.scope) == [.incident, .incident, .incident, .incident])
    }

    @Test func aTollThatCouldPassANumberIsAtLeastIt() {
        #expect(claims("The toll could pass 60 as rescue teams reach villages cut off by landslides.").map(\.quantity.qualifier)
                == [.atLeast])
    }

    @Test func streetsOperationsAndTankersAreThingsAndAnAttacksAgentsNoDeployment() {
        #expect(claims("In 2019, a blaze killed at least 70 people a few streets from today's fire.").map(\.quantity.value) == [70])
        #expect(claims("""
            On Thursday a unit on patrol near Tillia was attacked by several hundred terrorists on motorcycles. \
            Since 1 January the Defence and Security Forces have conducted more than 300 offensive operations in the region.
            """).isEmpty)
        #expect(claims("JNIM has burned or seized at least 120 tankers on the roads into Bamako since then.").isEmpty)
    }

    @Test func deathsRecordedAreCountedNotSpeaking() {
        let found = claims("""
            A cholera outbreak has killed 329 people, the health ministry said on Tuesday, with 46 deaths recorded in the past week alone.
            """)
        #expect(found.map(\.quantity.value) == [329, 46])
        #expect(found.last?.scope == .period)
    }

    @Test func troopsStillHeldAreCaptives() {
        let found = claims("The ELN is still holding 12 soldiers and three police officers seized in separate attacks in the region.")
        #expect(found.map(\.figure) == [.captured, .captured])
        #expect(claims("Russia is holding 50,000 troops near the border.").map(\.figure) == [.deployed])
    }

    @Test func aPlanReachesPastAnAsideOnItsPeople() {
        #expect(claims("Another 400 personnel, including aircrew and a detachment of Royal Marines, will fly out to join the group in June.")
                .map(\.scope) == [.projection])
    }

    @Test func aPlaceTakenAndARelativeClauseOnTheAttackersTellTheEvent() {
        #expect(claims("The United Nations says at least 3,000 people were killed when the rebels took Goma.").map(\.scope) == [.incident])
        #expect(claims("JNIM fighters who overran the eastern town of Sebba on Sunday killed more than 100 people, most of them soldiers.")
                .map(\.scope) == [.incident])
    }

    @Test func troopsServingWithAMissionWhoLeaveAreNoDeployment() {
        #expect(claims("The last 300 Pakistani peacekeepers serving with the UN mission in Congo left their base in Bukavu on Thursday.")
                .isEmpty)
    }

    @Test func aCasualtyVerbInTheSimplePastFollowsARelativeClause() {
        let found = claims("""
            The number of workers killed in an explosion at a fireworks factory rose to eight on Wednesday after two more \
            workers who had suffered severe burns died at hospital, police said.
            """)
        #expect(found.map(\.quantity.value) == [8, 2])
        #expect(found.map(\.scope) == [.incident, .change])
    }

    @Test func aMonthOpeningASentenceDatesAPastCountOnlyByItsOwnWords() {
        // (The report word ending the sentence before is not this sentence's.)
        let plan = claims("""
            The figures were confirmed, the ministry said. In February, European officials were discussing a reassurance \
            force of about 30,000 European troops.
            """, published: "2025-03-06")
        #expect(plan.map(\.asOf) == [CalendarDay(iso: "2025-03-06")])
        let based = claims("In January, about 1,700 German soldiers were based in Lithuania, according to the Bundeswehr.", published: "2025-03-06")
        #expect(based.map(\.asOf) == [CalendarDay(iso: "2025-01-01")])
        #expect(claims("In May, 152 people were killed in Sinaloa, the prosecutor's office said.", published: "2025-03-06").map(\.asOf)
                == [CalendarDay(iso: "2025-03-06")])
    }

    @Test func aLowerCaseHyphenCompoundBeforeACountNounModifiesIt() {
        let found = claims("Spain recorded 37 heat-related deaths in the 24 hours to midnight on Monday, the ministry said.")
        #expect(found.map(\.quantity.value) == [37])
        #expect(found.map(\.figure) == [.killed])
        #expect(found.map(\.scope) == [.period])
        #expect(claims("Police recorded 19 political killings in December.").map(\.figure) == [.killed])
    }

    @Test func aShareOfTheDeadIsNoCount() {
        let found = claims("""
            Extreme heat killed an estimated 16,500 people in European cities between June and August, and about \
            two-thirds of them were older than 85, the study said.
            """)
        #expect(found.map(\.quantity.value) == [16_500])
    }

    @Test func aBuildingFlattenedAfterWhenIsTheEvent() {
        let found = claims("""
            The Civil Defence says 17 people were killed when Israeli aircraft flattened the Al-Ghefari tower, a 12-storey \
            residential building in Gaza City.
            """)
        #expect(found.map(\.scope) == [.incident])
    }

    @Test func aKindOpeningAHyphenCompoundOnlyModifiesWhatFollows() {
        #expect(claims("Several troop-contributing countries have complained of late payments.").isEmpty)
        #expect(claims("The navy sent three troop-carrying ships to the island.").isEmpty)
        #expect(claims("Special forces killed 31 of the 32 hostage-takers after storming the gymnasium.").map(\.quantity.value) == [31])
    }

    @Test func aPartWithAnEventOfItsOwnLeavesTheWholeToTheSentencesAfter() {
        let found = claims("""
            At least 94 people were killed across Syria in the past week, including 37 in a single attack on an army \
            checkpoint, the Syrian Observatory for Human Rights said on Monday. The monitor said the dead included 41 \
            civilians and 22 Syrian government soldiers.
            """)
        #expect(found.map(\.quantity.value) == [94, 37, 41, 22])
        #expect(found.map(\.scope) == [.period, .incident, .period, .period])
    }

    @Test func aPartOfTheInjuredAfterAnotherFiguresWindowIsOfTheInjuredsToll() {
        let found = claims("""
            An air strike on the market killed 30 people and wounded 60, officials said. The Emergency Lawyers said at \
            least 112 civilians had been killed in strikes across White Nile state in the past seven days. Medics said \
            they had received 41 of the wounded.
            """)
        #expect(found.map(\.quantity.value) == [30, 60, 112, 41])
        #expect(found.map(\.scope) == [.incident, .incident, .period, .incident])
    }

    @Test func aReportVerbInARelativeClauseOnTheCountNounIsNoAttribution() {
        let found = claims("""
            Extreme heat killed an estimated 1,180 people in Spain in July, the institute said on Tuesday, more than \
            double the 480 heat-attributable deaths it recorded in the same month last year.
            """, published: "2025-08-06")
        #expect(found.map(\.quantity.value) == [1180, 480])
        #expect(found.map(\.scope) == [.period, .period])
    }

    @Test func aVerbInQuotesStillTellsNoDeployment() {
        #expect(claims("The military government said its forces had \"neutralised\" more than 400 terrorists in the operation.")
                .isEmpty)
    }

    @Test func aPastYearOfAConditionIsATally() {
        let found = claims("In 2022, the hottest year on record in Spain, heat killed more than 4,600 people.")
        #expect(found.map(\.scope) == [.period])
    }

    @Test func aPastMonthAfterARankingThatOpensTheSentenceDatesItsEvent() {
        let found = claims("""
            In the deadliest, in February 2024, soldiers and Volunteers for the Defence of the Homeland (VDP) killed at \
            least 223 villagers in Tanwalbougou and Dafo.
            """, published: "2025-05-08")
        #expect(found.map(\.scope) == [.incident])
        #expect(found.map(\.asOf) == [CalendarDay(iso: "2024-02-01")])
    }

    @Test func aNumberWithdrawnAsSomeoneSaidIsNoClaim() {
        let found = claims("Police now say seven people died in the shooting, not eight as they said overnight.")
        #expect(found.map(\.quantity.value) == [7])
    }

    @Test func peopleWhoSustainedInjuriesAreInjured() {
        let found = claims("""
            36 persons lost their lives in the attack, while 22 others sustained injuries and are currently receiving \
            treatment at Bokkos General Hospital.
            """)
        #expect(found.map(\.figure) == [.killed, .wounded])
    }

    @Test func aLevelOnAScaleIsNoCount() {
        #expect(claims("The avalanche warning level had been raised to 4 on a five-point scale on Tuesday.").isEmpty)
    }

    @Test func aReportWordAfterANumberOrArticleIsANoun() {
        // "states" names places here, not a report: the window runs on to its week.
        let found = claims("Officials recorded 68 deaths across 11 states in the week to Sept. 21.", published: "2025-09-24")
        #expect(found.map(\.scope) == [.period])
    }

    @Test func anEarlierTollAfterAnEventsCountIsThatEvents() {
        let found = claims("""
            A suicide bomber killed 15 people at a market in Beledweyne on Wednesday, police said. Residents had put             the toll at 30 on Monday evening.
            """, published: "2025-03-06")
        #expect(found.map(\.scope) == [.incident, .incident])
    }

    @Test func aFurtherNumberIsAnothers() {
        let found = claims("Gunmen killed 9 people in an attack on a village on Monday. A further 12 people were injured.")
        #expect(found.map(\.figure) == [.killed, .wounded])
        #expect(found.map(\.scope) == [.incident, .incident])
    }

    @Test func aPartOfThemWithItsOwnEventIsThatEvents() {
        let found = claims("""
            Army officers said at least 160 Somali soldiers had been killed since February, 47 of them when militants             overran a base at Moqokori. The monitor said 23 soldiers had been killed over the past week, 17 of them in             a single ambush near Djibo.
            """, published: "2025-05-15")
        #expect(found.map(\.quantity.value) == [160, 47, 23, 17])
        #expect(found.map(\.scope) == [.period, .incident, .period, .incident])
    }

    @Test func aDatedEventAfterARankingWithANounIsAnIncident() {
        let found = claims("In the deadliest episode, on May 4, 2023, mobs killed at least 30 people in Churachandpur.",
                           published: "2025-05-03")
        #expect(found.map(\.scope) == [.incident])
        #expect(found.map(\.asOf) == [CalendarDay(iso: "2023-05-04")])
    }

    @Test func aPastDayAfterTheNumberDatesItsEvent() {
        let found = claims("""
            The war began when Hamas-led militants killed about 1,200 Israelis in southern Israel on Oct. 7, 2023.
            """, published: "2025-11-04")
        #expect(found.map(\.scope) == [.incident])
        #expect(found.map(\.asOf) == [CalendarDay(iso: "2023-10-07")])
        // A day of this year after a disaster is the story's toll.
        let flood = claims("At least 52 people were killed in flash floods in Swat district on Aug. 15, officials said.",
                           published: "2025-08-28")
        #expect(flood.map(\.scope) == [.total])
    }

    @Test func aTollFromOneWeaponIsThatEventsToll() {
        let found = claims("""
            The death toll from Monday's car bomb in the northern city of Manbij has risen to 20, the monitor said.
            """, published: "2025-02-05")
        #expect(found.map(\.scope) == [.incident])
    }

    @Test func anEarlierReportAfterAnEventsCountIsThatEvents() {
        let found = claims("""
            A suicide bomber killed 15 people at a market on Wednesday, police said. The ministry had reported 17 dead \
            on Monday. On 3 March, OCHA reported 38 deaths.
            """, published: "2025-03-06")
        #expect(found.map(\.quantity.value) == [15, 17, 38])
        #expect(found.map(\.scope) == [.incident, .incident, .incident])
        #expect(found.map(\.asOf.description)[1...] == ["2025-03-03", "2025-03-03"])
        // Not a monitor's tally kept so far.
        let tally = claims("""
            Gunmen killed 12 people in a raid on a village on Monday, police said. The UN office said it had documented \
            the killing of 111 civilians so far.
            """, published: "2025-03-06")
        #expect(tally.map(\.scope) == [.incident, .total])
    }

    @Test func aPastDaysTollThatOpensTheSentenceIsAnIncident() {
        let found = claims("On Oct. 23, 2022, 41 people were killed and more than 150 injured as fans fled the tear gas.",
                           published: "2025-08-07")
        #expect(found.map(\.scope) == [.incident, .incident])
        #expect(found.map(\.asOf.description) == ["2022-10-23", "2022-10-23"])
        // A month's toll alone is no one event.
        #expect(claims("In July 2024, 320 soldiers were killed.", published: "2025-08-07").map(\.scope) != [.incident])
    }

    @Test func anEventAfterWhenMayFollowAnAsideOnItsSubject() {
        let found = claims("Fourteen South African soldiers were killed in January when M23 rebels, backed by Rwanda, seized Goma.",
                           published: "2025-05-02")
        #expect(found.map(\.scope) == [.incident])
    }

    @Test func aSecondActJoinedByAndIsOfTheFirstActsEvent() {
        let found = claims("""
            The war began when Hamas-led militants killed about 1,200 Israelis in southern Israel on Oct. 7, 2023, and \
            took 251 hostages.
            """, published: "2025-11-04")
        #expect(found.map(\.figure) == [.killed, .captured])
        #expect(found.map(\.scope) == [.incident, .incident])
        #expect(found.map(\.asOf.description) == ["2023-10-07", "2023-10-07"])
    }

    @Test func lastSeasonIsAWindow() {
        #expect(claims("Last winter, 167 people died of cold-related causes, it said.").map(\.scope) == [.period])
        #expect(claims("""
            Russian drones have killed more than 200 civilians since last summer, according to the regional governor.
            """).map(\.scope) == [.period])
    }

    @Test func aTollRaisedFromAQualifiedEventIsThatEvents() {
        let found = claims("""
            Police have raised the toll from Saturday night's mass shooting at a tavern in KwaNobuhle township to 18, a \
            spokeswoman said.
            """)
        #expect(found.map(\.scope) == [.incident])
    }

    @Test func pluralEventsKillingInAMonthAreAWindowsTally() {
        let found = claims("Air strikes killed 142 civilians in January, 97 in February and 118 in March, it said.",
                           published: "2025-05-06")
        #expect(found.map(\.scope) == [.period, .period, .period])
        #expect(claims("Russian drones killed 61 civilians in October, the mission said.").map(\.scope) == [.period])
        // One event of the month stays its incident.
        #expect(claims("An air strike killed 42 civilians in January.", published: "2025-05-06").map(\.scope) == [.incident])
    }

    @Test func aListOfNumbersEachInItsPlaceOrMonth() {
        #expect(claims("Police killed 142 civilians in Kharkiv, 97 in Kyiv and 118 in Odesa.").map(\.quantity.value)
                == [142, 97, 118])
        #expect(claims("Police killed 142 civilians in January, 97 in February, 118 in March and 50 in April.",
                       published: "2025-05-06").map(\.quantity.value) == [142, 97, 118, 50])
        // A place and a clause after its comma are no list.
        #expect(claims("""
            Rescue teams are still searching for at least 15 people missing in Buner, where more than 200 people died in \
            a single night.
            """).map(\.scope) == [.total, .incident])
        // Clinics are no people.
        #expect(claims("""
            Health partners have treated 1,210 injured people in Herat Regional Hospital and four mobile clinics since Tuesday.
            """).map(\.quantity.value) == [1210])
    }

    @Test func aPartEndingBeforeTheAttributionKeepsItsEventFromTheWhole() {
        let found = claims("""
            Nine miners have died since the start of this year, including five in a methane explosion at a mine in \
            Shakhtinsk on Jan. 23, the ministry said.
            """, published: "2025-02-11")
        #expect(found.map(\.scope) == [.period, .incident])
        #expect(found.map(\.asOf.description) == ["2025-02-11", "2025-01-23"])
    }

    @Test func aPastYearsWindowReachesPastThePeopleCountedAndOpensWithItsSeason() {
        #expect(claims("""
            A record 124 journalists and media workers were killed worldwide in 2024, the group said.
            """, published: "2025-02-12").map(\.scope) == [.period])
        #expect(claims("""
            During the summer of 2022, the hottest on record in Portugal, heat killed more than 2,200 people.
            """).map(\.scope) == [.period])
        #expect(claims("During 2024, 37 social leaders were killed in Norte de Santander.").map(\.scope) == [.period])
        // Troops there now stay a total past "and" ("soldiers and police officers ... under a deal signed in 2021").
        #expect(claims("""
            Rwanda has about 4,000 soldiers and police officers in Cabo Delgado under a bilateral deal signed in 2021.
            """).map(\.scope) == [.total])
    }

    @Test func theReportsOwnYearIsATallysWindow() {
        let found = claims("""
            At least 6,777 people were killed in Syria in 2024, including 3,598 civilians, the observatory said.
            """, published: "2024-12-31")
        #expect(found.map(\.scope) == [.period, .period])
        #expect(claims("Bandit attacks in the North Rift region killed 94 people in 2024, the ministry said.",
                       published: "2024-12-30").map(\.scope) == [.period])
    }

    @Test func aWindowAfterRisingByIsTheIncrements() {
        let found = claims("""
            The number of people listed as missing in Mexico has passed 125,000, rising by more than 4,000 since \
            January, officials said.
            """, published: "2025-05-13")
        #expect(found.map(\.scope) == [.total, .change])
    }

    @Test func aModifiedSiegeOrOffensiveIsAWindow() {
        #expect(claims("""
            During the five-month siege, 87 civilians and more than 900 militants were killed, according to the army.
            """).map(\.scope) == [.period, .period])
        #expect(claims("Shelling killed 300 civilians throughout the Russian summer offensive, officials said.")
                .map(\.scope) == [.period])
    }

    @Test func thisSeasonOfTheYearIsATallysWindow() {
        #expect(claims("In Switzerland alone, 23 people have been killed this winter, the institute said.").map(\.scope)
                == [.period])
        #expect(claims("""
            The disaster authority said on Tuesday that 112 people had died in rain-related incidents this monsoon season.
            """).map(\.scope) == [.total])
        #expect(claims("Germany has 1,800 troops in Lithuania this summer.").map(\.scope) == [.total])
    }

    @Test func aPlacesShareInAListTakesTheFigureBefore() {
        let found = claims("""
            Armed gangs abducted at least 1,301 people in 2024, the group said. Zamfara accounted for 612 of the \
            abductions, Katsina for 388 and Kaduna for 301, it said.
            """, published: "2025-01-15")
        #expect(found.map(\.quantity.value) == [1301, 612, 388, 301])
        #expect(found.allSatisfy { $0.figure == .captured && $0.scope == .period })
        let murders = claims("KwaZulu-Natal recorded 1,781 murders in the quarter, Gauteng 1,642 and the Eastern Cape 1,403.")
        #expect(murders.map(\.quantity.value) == [1781, 1642, 1403])
        #expect(murders.allSatisfy { $0.figure == .killed })
        let troops = claims("The Czech Republic has contributed about 600 soldiers, Germany 350, Slovenia 150 and the United States 120.")
        #expect(troops.map(\.subject) == ["czech-troops", "german-troops", "slovenian-troops", "us-troops"])
    }

    @Test func aListOfPeopleTakesTheVerbAfterIt() {
        let found = claims("""
            It said 165 Pakistani soldiers and police officers, 87 civilians and more than 900 militants were killed.
            """)
        #expect(found.map(\.figure) == [.killed, .killed, .killed])
        let quoted = claims("""
            Fifty-two Burkinabe soldiers, 18 VDP auxiliaries and "dozens" of JNIM fighters were killed on Sunday.
            """)
        #expect(quoted.map(\.figure) == [.killed, .killed, .killed])
        #expect(quoted.map(\.subject) == ["burkinabe-troops", "vdp-auxiliaries", "jnim-fighters"])
        // Not a list that a verb before takes as its object.
        #expect(claims("Coastguard vessels rescued 60 people, and about 10 migrants remain missing.").map(\.quantity.value)
                == [10])
    }

    @Test func ofTheNumberOpensPartsOfTheLastToll() {
        let found = claims("""
            Gunmen killed 49 people in the village on Sunday, police said. Of the 49, 21 were women and 11 were \
            children, he said.
            """)
        #expect(found.map(\.quantity.value) == [49, 21, 11])
        #expect(found.map(\.subject) == ["people", "women", "children"])
        #expect(found.allSatisfy { $0.figure == .killed })
    }

    @Test func theSameQuarterAndTheHalfYearAreWindows() {
        let found = claims("""
            Gangs killed 1,000 people in the first quarter, the UN said. In the same quarter, gangs kidnapped 185 \
            people for ransom, it said.
            """)
        #expect(found.map(\.scope) == [.period, .period])
        #expect(claims("In Mali, at least 217 soldiers were killed in the half-year, the group said.").map(\.scope) == [.period])
    }

    @Test func aPlaceWithItsOwnNounSharesTheToll() {
        let found = claims("""
            Strikes killed 200 civilians in June, the mission said. Donetsk region accounted for 84 of the deaths, \
            followed by Kharkiv region with 41 and the city of Kyiv with 38, the mission said.
            """)
        #expect(found.map(\.quantity.value) == [200, 84, 41, 38])
    }

    @Test func theAgesOfTheDeadAreNoCount() {
        let found = claims("The attack killed 80 people. Of the dead, 38 were under 25, and the youngest was 14, the ministry said.")
        #expect(found.map(\.quantity.value) == [80, 38])
        // The part named with "of" before the copula: "19 of the dead".
        let part = claims("At least 40 people were killed in the attack. At least 19 of the dead were under 25, police said.")
        #expect(part.map(\.quantity.value) == [40, 19])
        // A toll under a number stays a count.
        #expect(claims("The death toll was under 30, the ministry said.").map(\.quantity.value) == [30])
    }

    @Test func moreDeathsAfterTroopsAreAnIncrement() {
        let found = claims("""
            Poland will keep about 6,000 soldiers on its border, as rights groups reported two more migrant deaths.
            """)
        #expect(found.map(\.scope) == [.projection, .change])
    }

    @Test func captivesAlsoStillHeldAreHeldNow() {
        #expect(claims("Pirates are also still holding 17 fishermen seized from a dhow in December, the force said.")
                .map(\.scope) == [.total])
    }

    @Test func aPlanSaidInAStatementStaysAPlan() {
        let found = claims("""
            The MoD said in a statement that the reinforcements would come from the 4th Light Brigade and would stay \
            until September, bringing the British contingent to about 1,100.
            """)
        #expect(found.map(\.scope) == [.projection])
    }

    @Test func troopsExpelledInAYearAndMoreLaterAreNoDeployment() {
        #expect(claims("""
            Niger's military government expelled some 1,500 French soldiers in 2023 and about 1,000 US troops last year.
            """).isEmpty)
    }

    @Test func peopleAmongACountAfterThemArePartOfIt() {
        let found = claims("""
            The minister said 11 police officers were among more than 100 people hurt in the clashes.
            """)
        #expect(found.map(\.figure) == [.wounded, .wounded])
        #expect(found.map(\.subject) == ["police-officers", "people"])
    }

    @Test func aListOfSidesTakesTheLastItemsKindAndVerb() {
        let found = claims("""
            Fourteen South African, three Malawian and three Tanzanian soldiers were killed in January.
            """)
        #expect(found.map(\.subject) == ["south-african-troops", "malawian-troops", "tanzanian-troops"])
        #expect(found.allSatisfy { $0.figure == .killed })
        let hurt = claims("KFOR said 11 Italian and 14 Hungarian soldiers, and two Moldovan soldiers, had been hurt.")
        #expect(hurt.map(\.figure) == [.wounded, .wounded, .wounded])
    }

    @Test func aPersonsAgeAfterTheNameIsNoCount() {
        #expect(claims("Private Darragh Kenny, 24, from Donegal, was killed in December 2022.").isEmpty)
    }

    @Test func troopsGivenInExchangeAreNoDeployment() {
        #expect(claims("Baku freed four Armenian soldiers in January in exchange for two Azerbaijani servicemen.").isEmpty)
    }

    @Test func aPlansLongCountAfterBringingIsPlanned() {
        let found = claims("""
            Benin will deploy an additional 3,000 soldiers to its northern border, bringing the number of troops \
            deployed in the northern region under the operation to about 6,000.
            """)
        #expect(found.map(\.scope) == [.projection, .projection])
    }

    @Test func peopleTreatedAtAHospitalAreHurt() {
        let found = claims("""
            Five people were killed. At least 20 others were being treated at the Saudi Hospital, officials said.
            """)
        #expect(found.map(\.figure) == [.killed, .wounded])
        #expect(found.last?.quantity.value == 20)
    }

    @Test func aWindowAfterAnIncreaseIsTheIncreases() {
        let found = claims("The toll rose to 114, a rise of 29 since Tuesday, the ministry said.")
        #expect(found.map(\.quantity.value) == [114, 29])
        #expect(found.map(\.scope) == [.total, .change])
    }

    @Test func eachValueOfASeriesHoldsFromItsOwnMonth() {
        let found = claims("""
            In December the agency said at least 100 North Korean soldiers had been killed, and in February it put \
            the number killed or wounded at about 3,600.
            """, published: "2025-04-10")
        #expect(found.map(\.quantity.value) == [100, 3_600])
        #expect(found.map(\.asOf) == [CalendarDay(iso: "2024-12-01"), CalendarDay(iso: "2025-02-01")])
        let tolls = claims("""
            By Oct. 29 it said more than 8,000 people had been killed; on Dec. 20 the toll passed 20,000, and in \
            February the ministry reported 30,000 dead.
            """, published: "2025-04-10")
        #expect(tolls.map(\.asOf) == [CalendarDay(iso: "2024-10-29"), CalendarDay(iso: "2024-12-20"),
                                      CalendarDay(iso: "2025-02-01")])
    }

    @Test func aLaterValueOfASeriesMayLeaveOutItsFigure() {
        let found = claims("""
            In January 2024 the ministry had put Russian casualties at 350,000, and in October at more than 700,000.
            """, published: "2025-04-10")
        #expect(found.map(\.figure) == [.casualties, .casualties])
        #expect(found.map(\.quantity.value) == [350_000, 700_000])
        #expect(found.last?.asOf == CalendarDay(iso: "2024-10-01"))
        let report = claims("""
            In its report for February 2023 it had counted 8,006 civilians killed; in its report of Feb. 24 this year, 12,654.
            """, published: "2025-04-10")
        #expect(report.map(\.quantity.value) == [8_006, 12_654])
        #expect(report.last?.asOf == CalendarDay(iso: "2025-02-24"))
        // (Things after the time are no value of the series.)
        #expect(claims("""
            In January the army said it had killed 300 fighters, and in March it lost 12 tanks.
            """, published: "2025-04-10").map(\.quantity.value) == [300])
        // (Nor is a year alone a day the value was given: it is a window.)
        let years = claims("In 2024 the agency recorded 2,452 deaths, and in 2023, 3,155.", published: "2025-04-10")
        #expect(years.map(\.quantity.value) == [2_452, 3_155])
        #expect(years.last?.asOf == CalendarDay(iso: "2025-04-10"))
    }

    @Test func anotherTollOfAnEventsSizeIsThatEvents() {
        let found = claims("""
            A drone strike on a mosque killed at least 75 people on Friday, a medical group said. The resistance \
            committee put the toll at 78.
            """)
        #expect(found.map(\.scope) == [.incident, .incident])
        // (A war's toll after one strike's is the war's.)
        let war = claims("""
            An air strike killed 12 people in a market on Friday, medics said. The health ministry put the toll at 45,000.
            """)
        #expect(war.map(\.scope) == [.incident, .total])
    }

    @Test func troopsInAPastYearAreTheLevelThen() {
        let found = claims("The mission had 14,200 troops in 2020, officials said.", published: "2025-03-28")
        #expect(found.map(\.scope) == [.total])
        #expect(found.first?.asOf == CalendarDay(iso: "2020-01-01"))
        // (A year of another verb's dates nothing.)
        let treaty = claims("The United States keeps about 28,500 troops in South Korea under a treaty signed in 1953.",
                            published: "2025-03-28")
        #expect(treaty.map(\.scope) == [.total])
        #expect(treaty.first?.asOf == CalendarDay(iso: "2025-03-28"))
    }

    @Test func hostagesSeizedInAnAttackAndStillHeldAreHeldNow() {
        let found = claims("""
            Fifty-nine hostages seized in the Oct. 7, 2023 attack remain in Gaza, the office said on Monday.
            """, published: "2025-03-17")
        #expect(found.map(\.scope) == [.total])
        // (The whole the held are a part of is the attack's.)
        let whole = claims("""
            Of the 251 hostages seized during the Oct. 7, 2023 attack, 58 are still being held in Gaza, according to \
            the office.
            """, published: "2025-03-17")
        #expect(whole.map(\.scope) == [.incident, .total])
    }

    @Test func aPartWithItsOwnEventEndsTheWholesWindowPastADate() {
        let found = claims("""
            The Pentagon counts 2,461 US service members killed in the war, including 13 service members killed in a \
            suicide bombing at Kabul airport on Aug. 26, 2021.
            """, published: "2024-08-30")
        #expect(found.map(\.scope) == [.total, .incident])
    }

    @Test func troopsRecruitedOrDraftedAreNoDeployment() {
        #expect(claims("The army has been drafting about 5,000 conscripts a month since April.").isEmpty)
        #expect(claims("It has kept up recruitment, signing about 30,000 contract soldiers a month.").isEmpty)
    }

    @Test func aMonthBeforeStoodAtDatesTheLevel() {
        let found = claims("In March, the toll stood at 1,210 soldiers killed since January 2024.", published: "2025-09-03")
        #expect(found.map(\.asOf) == [CalendarDay(iso: "2025-03-01")])
    }

    @Test func aRelativeClauseOfAnotherNounCountsNoOnesPeople() {
        let found = claims("""
            Fourteen inmates were killed in a riot at the prison, which was built for 1,200 inmates but now houses \
            more than 3,000.
            """)
        #expect(found.map(\.quantity.value) == [14])
        // (One of the count noun itself, or closed before the number, still links.)
        let toll = claims("Its toll for the whole war, which began in March 2011, stands at more than 656,000.")
        #expect(toll.map(\.quantity.value) == [656_000])
    }

    @Test func aCompoundBeforeAThingCountsThings() {
        #expect(claims("The army deployed 40 all-terrain vehicles to reach isolated communities.").isEmpty)
        #expect(claims("The army sent 12 off-road vehicles to the valley.").isEmpty)
    }

    @Test func aPartOfACountWithItsPeopleAndVerbIsNoneOfTheClaimBefore() {
        let found = claims("""
            The police said that 22 people have been killed and that more than 1,200 people have been detained, among \
            them 300 minors.
            """)
        #expect(found.map(\.quantity.value) == [22])
    }

    @Test func troopsSentToHelpTrainAnArmyAreSent() {
        let found = claims("Australia will send about 120 soldiers to Papua New Guinea next month to help train the country's army.")
        #expect(found.map(\.figure) == [.deployed])
        #expect(found.map(\.scope) == [.projection])
    }

    @Test func whatAForceCanMobiliseIsAProjection() {
        let found = claims("Finland's Defence Forces can mobilise 280,000 troops in wartime.")
        #expect(found.map(\.scope) == [.projection])
    }

    @Test func todaysProtestsAreOneEvent() {
        let found = claims("The health ministry says 19 people have died in today's protests.")
        #expect(found.map(\.scope) == [.incident])
    }

    @Test func officialIdiomForDeathsAndInjuries() {
        let martyred = claims("""
            In a separate incident on Monday, two soldiers of the army's 5th Division were martyred and three others \
            sustained bullet injuries when their patrol was ambushed.
            """)
        #expect(martyred.map(\.figure) == [.killed, .wounded])
        let lives = claims("""
            As many as 438 personnel of the Central Armed Police Forces (CAPFs) and the Assam Rifles have laid down \
            their lives in the line of duty since 2020, the minister told the Lok Sabha.
            """)
        #expect(lives.map(\.figure) == [.killed])
        let degrees = claims("Thirty-one other persons sustained varying degrees of injuries, the police said.")
        #expect(degrees.map(\.figure) == [.wounded])
        let critical = claims("Five jawans were injured, and two of them are stated to be critical.")
        #expect(critical.map(\.figure) == [.wounded, .wounded])
    }

    @Test func aNumberWordWithItsDigitsInBracketsIsOneNumber() {
        let found = claims("The police confirmed the death of nine (9) persons in a gas explosion on Thursday.")
        #expect(found.map(\.quantity.value) == [9])
        #expect(found.map(\.figure) == [.killed])
    }

    @Test func anOrderedListsNumbersAreNoCounts() {
        let found = claims("""
            The bulletin lists the following:

            1. Deaths in landslides: 23
            2. Deaths in floods: 9
            3. Persons injured: 64
            """)
        #expect(found.map(\.quantity.value) == [23, 9, 64])
    }

    @Test func oneOperationToldWithAIsAnIncident() {
        let found = claims("The army killed 47 al-Shabaab militants in an operation in Middle Shabelle on Monday, officials said.")
        #expect(found.map(\.scope) == [.incident])
        // (Not one in a clause of its own.)
        let held = claims("""
            The ministry said 34 soldiers were being held by residents, three days after the troops were surrounded \
            during an operation against FARC dissidents.
            """)
        #expect(held.map(\.scope) == [.total])
    }

    @Test func peopleRushedToANamedHospitalAreHurt() {
        let found = claims("Sixty passengers were injured. Of them, 23 were rushed to Sher-e-Bangla Medical College Hospital.")
        #expect(found.map(\.quantity.value) == [60, 23])
        #expect(found.map(\.figure) == [.wounded, .wounded])
    }

    @Test func partsOfAWholeTakeItsWindowAndAnIncrementsParts() {
        let total = claims("""
            A total of 142 social leaders have been murdered in Colombia between January 1 and September 30 of this \
            year. Of the total, 38 were killed in the department of Cauca, 17 in Antioquia and 14 in Valle del Cauca.
            """, published: "2025-10-08")
        #expect(total.map(\.quantity.value) == [142, 38, 17, 14])
        #expect(total.map(\.scope) == [.period, .period, .period, .period])
        let fresh = claims("""
            Three more persons lost their lives in floods on Wednesday, taking the toll this year to 38. Of the fresh \
            deaths, two were reported from Golaghat.
            """)
        #expect(fresh.map(\.scope) == [.change, .total, .change])
    }

    @Test func theSameYearIsTheWindowBefore() {
        let found = claims("""
            Railway accidents killed 2,468 people in 2024. The railways stated that 2,697 persons were injured in such \
            incidents during the same year.
            """, published: "2025-06-10")
        #expect(found.map(\.scope) == [.period, .period])
    }

    @Test func livesACauseClaimedAreItsDead() {
        let found = claims("Heatstroke claimed 38 lives in Sindh last week, the department said.")
        #expect(found.map(\.figure) == [.killed])
        #expect(found.map(\.quantity.value) == [38])
        // (No speaker: the cause claimed no number.)
        #expect(found.first?.sourceText == "department")
    }

    @Test func aPlacesShareInBracketsIsOfTheCountNounBefore() {
        let found = claims("""
            Heatstroke claimed 38 lives in Sindh last week. The deaths were reported from Jacobabad (11), Larkana (8) \
            and Karachi (3).
            """)
        #expect(found.map(\.quantity.value) == [38, 11, 8, 3])
        #expect(found.allSatisfy { $0.figure == .killed })
    }

    @Test func aGlossInBracketsLinksTheCountNoun() {
        let found = claims("The number of fatalities caused by the huaico (mudslide) on Sunday night rose to 17 on Wednesday.")
        #expect(found.map(\.quantity.value) == [17])
    }

    @Test func patientsBroughtToHospitalsOrStillAdmittedAreHurt() {
        let found = claims("""
            More than 1,900 patients with heat-related illnesses were brought to hospitals in the province, of whom 214 \
            remain admitted, the department said.
            """)
        #expect(found.map(\.figure) == [.wounded, .wounded])
        let treated = claims("Eleven children are still undergoing treatment at the district hospital.")
        #expect(treated.map(\.figure) == [.wounded])
    }

    @Test func aPastMonthsDeathsAfterAnActAreAnIncident() {
        let found = claims("In December 2022, at least 73 persons died after consuming spurious liquor in the same district.",
                           published: "2025-10-15")
        #expect(found.map(\.scope) == [.incident])
        #expect(found.first?.asOf == CalendarDay(iso: "2022-12-01"))
    }

    @Test func theOperationOrFightingOfAnIncidentToldBeforeIsIt() {
        let found = claims("""
            The army killed 47 militants in an operation in Middle Shabelle on Monday, officials said. Three soldiers \
            lost their lives and four others were wounded during the operation, the deputy minister said.
            """)
        #expect(found.map(\.scope) == [.incident, .incident, .incident])
        // (Not without one: the war's fighting.)
        let war = claims("About 329 of its soldiers have died in the fighting, the military says.")
        #expect(war.map(\.scope) == [.total])
    }

    @Test func anEncounterIsOneEvent() {
        let found = claims("Police said four militants were killed in an encounter with security forces in Kulgam on Tuesday.")
        #expect(found.map(\.scope) == [.incident])
    }

    @Test func aLiveBlogsPresentTenseRaiseIsAnIncrement() {
        let found = claims("The national disaster agency raises its toll by nine to 50, after rescuers recover bodies.")
        #expect(found.map(\.scope) == [.change, .total])
    }

    @Test func aPlansTotalRunsPastAShortFormInBrackets() {
        let found = claims("""
            The Government has approved plans to send an additional 150 Irish troops to southern Lebanon, bringing the \
            Irish contingent with the UN Interim Force in Lebanon (UNIFIL) to about 520, the Department of Defence said.
            """)
        #expect(found.map(\.scope) == [.projection, .projection])
    }

    @Test func aSiegeOfHoursIsOneEvent() {
        let found = claims("In August 2022, gunmen from the group killed 21 people during a 30-hour siege at the Hayat Hotel.",
                           published: "2025-08-03")
        #expect(found.map(\.scope) == [.incident])
        // (A siege of months is a window.)
        let long = claims("During the five-month siege, 165 soldiers were killed.")
        #expect(long.map(\.scope) == [.period])
    }

    @Test func headlinesWindowsWithoutTheArticle() {
        #expect(claims("Russia lost 1,240 troops in past day, Kyiv says").map(\.scope) == [.period])
        #expect(claims("UN: gang violence killed 1,520 in Haiti in second quarter").map(\.scope) == [.period])
    }

    @Test func bareAttacksToldInThePerfectAreATally() {
        let found = claims("""
            ACLED has recorded more than 29,600 deaths from violence, including about 8,900 civilians killed in direct attacks.
            """)
        #expect(found.map(\.scope) == [.total, .total])
        // (One attack is one event.)
        #expect(claims("Eight civilians were killed in a direct attack on the market.").map(\.scope) == [.incident])
    }

    @Test func oneDescribedPersonCounts() {
        let found = claims("One professional soldier lost his life and two other soldiers were left wounded.")
        #expect(found.map(\.figure) == [.killed, .wounded])
        #expect(found.map(\.quantity.value) == [1, 2])
        // (Not "one of".)
        #expect(claims("One of the soldiers said the camp was quiet.").isEmpty)
    }

    @Test func anOperationOpeningTheSentenceHoldsForAllOfIt() {
        let found = claims("""
            In a military operation in the rural zone of Tibu, troops of the Second Division neutralised three ELN rebels \
            and captured two others, the army said.
            """)
        #expect(found.map(\.figure) == [.captured])
        #expect(found.map(\.scope) == [.incident])
    }

    @Test func aParticipleAsideBeforeTheVerb() {
        let found = claims("After an intense exchange of fire, three (03) soldiers, having fought gallantly, embraced shahadat, the ISPR said.")
        #expect(found.map(\.figure) == [.killed])
    }

    @Test func aComparisonWithPeopleNamedAndAYearIsTheSameFigure() {
        let found = claims("""
            Rai said 19 security personnel and 27 civilians were killed in LWE violence in 2024, against 21 security \
            personnel and 30 civilians in 2023.
            """)
        #expect(found.map(\.figure) == [.killed, .killed, .killed, .killed])
        #expect(found.map(\.quantity.value) == [19, 27, 21, 30])
        // (Not people a verb is against.)
        let cases = claims("Prosecutors say 245 soldiers have been killed, and have opened cases against 90 Russian commanders.")
        #expect(cases.map(\.quantity.value) == [245])
    }

    @Test func aPlanReadsPastTheUnitTroopsComeFrom() {
        let found = claims("""
            The army said that another 800 troops from the Army's 3rd Infantry Division would be sent to Capiz on Thursday.
            """)
        #expect(found.map(\.scope) == [.projection])
    }

    @Test func troopsLeavingAreNoDeployment() {
        let found = claims("""
            Since the coup, the authorities have obtained the departure of some 1,500 French soldiers and about 1,000 \
            American military personnel.
            """)
        #expect(found.isEmpty)
        #expect(claims("France completed the withdrawal of about 1,000 troops on Thursday.").isEmpty)
    }

    @Test func victimsOfHomicideAreDead() {
        let found = claims("""
            According to the National Public Security System, 1,834 victims of intentional homicide were registered in \
            the month, against 2,492 in August of last year.
            """)
        #expect(found.map(\.figure) == [.killed, .killed])
        #expect(found.first?.scope == .period)
    }

    @Test func theFightersOfOneAttackAreNoDeployment() {
        #expect(claims("""
            A police official said around 25 to 30 terrorists armed with heavy weapons and night-vision goggles had \
            stormed the post from three sides shortly after 2am.
            """).isEmpty)
        #expect(claims("The convoy came under fire from about 60 JNIM fighters riding motorcycles, the statement said.").isEmpty)
        #expect(claims("The attack began with a car bomb, followed by an assault by dozens of fighters, the captain said.").isEmpty)
        // (Fighters a group has are.)
        #expect(claims("The group has about 1,500 fighters in the province, the army said.").map(\.figure) == [.deployed])
    }

    @Test func aDailyReportIsNoRate() {
        let found = claims("""
            The death toll in this year's floods rose to 52 with eight more deaths reported from three districts in the \
            last 24 hours. Of the fresh deaths, three were reported from Dhubri, two from Nalbari and three from \
            Golaghat, the ASDMA's daily flood report said.
            """)
        #expect(found.map(\.scope) == [.total, .change, .change, .change, .change])
    }

    @Test func aDaysEventCountedInIsNoIncident() {
        let found = claims("""
            With Friday's encounter, 188 insurgents have been killed in separate encounters in the Bastar region this \
            year, the police chief said.
            """)
        #expect(found.map(\.scope) == [.period])
    }

    @Test func aBarePartOfThingsCountedBetweenIsNone() {
        let found = claims("""
            Last year, 11 people died in building collapses in the metropolis, while the SBCA has declared 578 buildings \
            across Karachi dangerous, including 456 in District South.
            """)
        #expect(found.map(\.quantity.value) == [11])
        // (A span of time between is no count: "including 210 in the Kursk border region".)
        let part = claims("Ukraine had lost up to 1,425 servicemen in the previous 24 hours, including 210 in the Kursk region.")
        #expect(part.map(\.quantity.value) == [1425, 210])
    }

    @Test func peopleReceivingTreatmentAreHurt() {
        let found = claims("""
            The commissioner said that 11 persons who sustained varying degrees of injuries in the attack were receiving \
            treatment at the hospital. Doctors said 51 others were still receiving treatment for burns.
            """)
        #expect(found.map(\.figure) == [.wounded, .wounded])
    }

    @Test func aGlossWithAColonInBrackets() {
        let found = claims("""
            The death toll from Severe Tropical Storm Kristine (international name: Trami) has climbed to 81, with 34 \
            others still missing, the council said.
            """)
        #expect(found.map(\.figure) == [.killed, .missing])
    }

    @Test func aPastMonthsWhenClauseHoldingTheNumberIsThatEvent() {
        let found = claims("""
            Security has been tight on Ashura since December 2009, when a suicide bomber killed 43 people at a procession \
            on M.A. Jinnah Road in Karachi.
            """, published: "2025-07-04")
        #expect(found.map(\.scope) == [.incident])
        #expect(found.first?.asOf == CalendarDay(iso: "2009-12-01"))
        // (A report then dates the number, no event.)
        let report = claims("The ministry has not updated its own figure since September 2022, when it said 5,937 servicemen had been killed.",
                            published: "2025-03-19")
        #expect(report.map(\.scope) == [.total])
        #expect(report.first?.asOf == CalendarDay(iso: "2022-09-01"))
        // (A number after the clause is the toll since then.)
        #expect(claims("Since October 2023, when the war began, 40,000 people have been killed.").map(\.scope) == [.total])
    }

    @Test func peopleTreatedMostlyForInjuriesAreHurt() {
        let found = claims("""
            The Red Cross said its teams had treated 392 devotees as of 3 p.m., mostly for minor injuries, dizziness and \
            fainting.
            """)
        #expect(found.map(\.figure) == [.wounded])
    }

    @Test func aLabelOfTroopsThereOrToCome() {
        let found = claims("""
            Troop pledges:

            - Ugandan troops already in Somalia: 4,500
            - Egyptian troops expected from July: 1,091
            - Israeli troops remaining in south Lebanon: about 5,000, according to Lebanese officials
            """)
        #expect(found.map(\.figure) == [.deployed, .deployed, .deployed])
        #expect(found.map(\.scope) == [.total, .projection, .total])
    }

    @Test func fightersNeutralisedAreNoneNumbered() {
        #expect(claims("The total number of terrorists neutralised since January 1 had reached 168, the ministry said.").isEmpty)
    }

    @Test func twoWordsJoinedBeforeTheKind() {
        let found = claims("Bangladesh currently has 5,832 military and police personnel deployed in 10 United Nations missions.")
        #expect(found.map(\.figure) == [.deployed])
    }

    @Test func troopsSignedUpAreNoDeployment() {
        #expect(claims("""
            The government has allocated Rs 42 billion for the provincial Counter Terrorism Departments, and 7,800 new \
            personnel had been recruited for the Frontier Constabulary, the minister said.
            """).isEmpty)
        #expect(claims("The department said 1,900 reservists were enlisted by December.").isEmpty)
        // (A participle that only describes them is no verb of theirs.)
        #expect(claims("Some 3,000 troops recruited in the north were sent to the border.").map(\.figure) == [.deployed])
    }

    @Test func anOperationAsTheSubjectIsOneEvent() {
        let found = claims("""
            A mega-operation of the Civil and Military Police against the Comando Vermelho faction in the North Zone of \
            Rio left at least 64 dead, among them four police officers, the state government said.
            """)
        #expect(found.map(\.scope) == [.incident, .incident])
        // (Not a campaign told in the perfect.)
        #expect(claims("A military operation launched in 2023 has killed more than 1,200 militants, the army said.")
            .map(\.scope) == [.total])
    }

    @Test func peopleBeingTreatedAreHurt() {
        #expect(claims("Dr Tariqul Islam said 19 workers were still being treated there.").map(\.figure) == [.wounded])
        #expect(claims("Police said 12 men were being treated as suspects.").isEmpty)
        let found = claims("""
            Governor Johnson Sakaja told reporters at the scene that 29 people had been rescued so far and 17 of them \
            were admitted to Kenyatta National Hospital.
            """)
        #expect(found.map(\.figure) == [.wounded])
        #expect(found.map(\.quantity.value) == [17])
    }

    @Test func aStampedesCauseIsNoEventOfItsOwn() {
        let found = claims("""
            Seven devotees were killed and 34 others injured in a stampede at the temple in Kondagattu on Sunday \
            evening as thousands of pilgrims rushed towards the sanctum after the gates were opened late.
            """)
        #expect(found.map(\.scope) == [.total, .total])
        // (Gunmen who opened fire are one.)
        #expect(claims("Two soldiers were killed on Monday when terrorists opened harassing fire on a base.")
            .map(\.scope) == [.incident])
    }

    @Test func aDerailmentIsAnEvent() {
        let found = claims("""
            In October 2016, 79 people were killed and more than 550 injured in a derailment at Eséka, on the same line.
            """, published: "2025-02-27")
        #expect(found.map(\.scope) == [.incident, .incident])
        #expect(found.map(\.asOf.description) == ["2016-10-01", "2016-10-01"])
    }

    @Test func prisonersOfWarAreCaptivesWhateverHoldsThem() {
        let found = claims("Russia held about 6,300 Ukrainian prisoners of war, the commissioner said.")
        #expect(found.map(\.figure) == [.captured])
        #expect(claims("Ukraine says it has 1,200 Russian prisoners of war.").map(\.figure) == [.captured])
        // (Inmates of a prison are no captives of a war.)
        #expect(claims("The prison holds 6,300 prisoners.").isEmpty)
    }

    @Test func bareAttacksAfterThePerfectAreATally() {
        let found = claims("""
            ACLED says more than 150,000 people have been killed in the fighting, including about 14,500 civilians \
            killed in direct attacks.
            """)
        #expect(found.map(\.scope) == [.total, .total])
    }

    @Test func aStreetIsOnTheNumbersOwnLine() {
        let found = claims("The bulletin gave this breakdown:\n\n- Still in hospital: 38\n- Deaths: 13\n\nDr Leila Nasser said the patients were on ventilators.")
        #expect(found.map(\.quantity.value) == [38, 13])
        #expect(claims("Protesters gathered outside 13 Dr Leila Nasser Street on Monday.").isEmpty)
    }

    @Test func aListOfPlacesAfterAColonCountsWhatItsLabelNames() {
        let found = claims("""
            The commission listed the deaths by county as follows: Nairobi 17, Nakuru 6, Kiambu 5, Laikipia 2 and Kajiado 2.
            """)
        #expect(found.map(\.quantity.value) == [17, 6, 5, 2, 2])
        #expect(found.allSatisfy { $0.figure == .killed })
        // (Places of several words, "the" before one.)
        #expect(claims("District-wise breakdown of deaths: Swat 19, Dir Lower 9 and the Eastern Cape 4.")
            .map(\.quantity.value) == [19, 9, 4])
        // (A name and its number alone is a label still; so is a list whose clause names no figure.)
        #expect(claims("Deaths were confirmed at the site: Gate 6.").isEmpty)
        #expect(claims("The buses used these routes: Route 17, Route 6 and Route 5.").isEmpty)
    }

    @Test func aTollBeforeWhenAttackersInvadedIsTheAttacks() {
        let found = claims("""
            No fewer than 14 persons were killed when armed bandits invaded Kigudu community in Kauru on Sunday.
            """)
        #expect(found.map(\.scope) == [.incident])
    }

    @Test func combatsAndConfrontationsAreEvents() {
        let found = claims("""
            In combats registered during the early morning of this Monday in Tibu, two soldiers lost their lives \
            and another five resulted wounded, the army said.
            """)
        #expect(found.map(\.scope) == [.incident, .incident])
        // (The preposition that opens the sentence is no part of a speaker's name.)
        #expect(!found.contains { $0.sourceText?.hasPrefix("In ") == true })
    }

    @Test func partsOfOneEventsTollKeepItsScope() {
        let toll = "At least 12 people were killed and 30 others injured as a passenger bus fell into a roadside ditch early today."
        #expect(claims(toll + " The deceased include four women and a child, police said.").map(\.scope)
            == [.incident, .incident, .incident])
        #expect(claims(toll + " Eight people died on the spot while four others succumbed in hospital, he said.").map(\.scope)
            == [.incident, .incident, .incident, .incident])
    }

    @Test func martyrsAreTheDead() {
        let found = claims("""
            The toll of the strike on the port rose to 74 martyrs and 171 wounded, the ministry said. Among the \
            martyrs were 12 workers.
            """)
        #expect(found.map(\.figure) == [.killed, .wounded, .killed])
        #expect(found.map(\.quantity.value) == [74, 171, 12])
    }

    @Test func aPopulationInARelativeClauseIsNoToll() {
        let found = claims("""
            More than 50 civilians were killed in the town, whose population has swollen to some 300,000 with \
            the arrival of displaced persons.
            """)
        #expect(found.map(\.quantity.value) == [50])
    }

    @Test func theTollOfOneEventRaisedOrStatedIsThatEvents() {
        #expect(claims("One of them died hours later, raising the toll of the riot to seven.").map(\.scope) == [.incident])
        #expect(claims("The provisional toll of the attack is of 9 soldiers, according to the general staff.")
            .map(\.scope) == [.incident])
        // (A toll raised with no event named stays the story's.)
        #expect(claims("One of them died hours later, raising the toll to seven.").map(\.scope) == [.total])
    }

    @Test func aClauseDuringWhichOneEventHappenedIsThatEvents() {
        let found = claims("""
            Troops repelled an attack by Boko Haram terrorists on a base at Wajiroko on Tuesday, during which five \
            soldiers paid the supreme price and 11 others were wounded, he said.
            """)
        #expect(found.map(\.figure) == [.killed, .wounded])
        #expect(found.map(\.scope) == [.incident, .incident])
        // (An operation told with "a" is one event too; a place is none.)
        #expect(claims("""
            The jawans were returning from a joint operation in the Abujhmarh forests, in which five Maoist \
            insurgents were killed, officials said.
            """).map(\.scope) == [.incident])
        #expect(claims("The jawans were returning from the forests, in which five Maoist insurgents were killed.")
            .map(\.scope) == [.total])
        // (Not a disaster's.)
        #expect(claims("The floods, in which 40 people died, hit the north.").map(\.scope) == [.total])
    }

    @Test func aTollWhoseRelativeClauseTellsAnAttackIsThatAttacks() {
        let found = claims("""
            The toll of the American aggression which targeted Ras Isa port on Thursday night rose to 74 martyrs, \
            the ministry said.
            """)
        #expect(found.map(\.scope) == [.incident])
        // (Not a disaster's.)
        #expect(claims("The death toll from the earthquake that struck the valley on Sunday has risen to 412.")
            .map(\.scope) == [.total])
    }

    @Test func troopsLackedAreNoDeployment() {
        #expect(claims("The Army had a shortage of about 1,07,000 personnel as on 1 July 2024, the minister said.").isEmpty)
        #expect(claims("The police force faces a shortfall of 12,000 officers.").isEmpty)
    }

    @Test func aNumberInTheSpeakersNameCountsThem() {
        let found = claims("At least 530 people died, two diplomats involved in the talks said.")
        #expect(found.map(\.quantity.value) == [530])
    }

    @Test func peoplesRelativeClauseCountsBesideAMainVerbOfNoFigure() {
        let found = claims("""
            Three others succumbed to their injuries at the General Hospital, where eight other persons who \
            sustained gunshot injuries were rushed and are receiving treatment.
            """)
        #expect(found.map(\.figure) == [.killed, .wounded])
        #expect(found.map(\.quantity.value) == [3, 8])
        // (The killers are still none.)
        #expect(claims("Forty gunmen who killed 12 villagers were arrested.").map(\.quantity.value) == [12])
    }

    @Test func asWellAsJoinsAListOfTheDead() {
        let found = claims("The dead include 341 civilians, as well as 187 Syrian government troops.")
        #expect(found.map(\.figure) == [.killed, .killed])
    }

    @Test func anAgreementInForceIsNoTroops() {
        let found = claims("""
            With this, the total number of martyrs since the ceasefire agreement entered into force on 27 November \
            reached 212, in addition to 537 wounded, according to the ministry.
            """)
        #expect(found.map(\.figure) == [.killed, .wounded])
        #expect(found.first?.scope == .period)
    }

    @Test func aPluralsPossessiveIsInsideTheWhenClause() {
        let found = claims("""
            At least 36 passengers were killed and 19 injured when a bus of the Garhwal Motor Owners' Union \
            carrying 63 people plunged into a gorge.
            """)
        #expect(found.map(\.scope) == [.incident, .incident])
    }

    @Test func anExchangeOfFireIsOneEventForTheWholeSentence() {
        let found = claims("""
            In the ensuing exchange of fire, thirteen (13) terrorists were sent to hell, while four (04) soldiers \
            sustained injuries, the military said.
            """)
        #expect(found.map(\.figure) == [.killed, .wounded])
        #expect(found.map(\.scope) == [.incident, .incident])
    }

    @Test func fightersWhoHadTakenPartInAnAttackAreNoDeployment() {
        #expect(claims("Dozens of terrorists had taken part in the ambush, it added.").isEmpty)
        // (Soldiers in an operation are still there.)
        #expect(claims("About 300 soldiers took part in the operation.").map(\.figure) == [.deployed])
    }

    @Test func aNumberJoinedToAnEventsNewTollIsThatEventsToo() {
        let found = claims("""
            The toll of the drone strike which targeted the port on Thursday night rose to 74 martyrs and 171 \
            wounded, the ministry said.
            """)
        #expect(found.map(\.figure) == [.killed, .wounded])
        #expect(found.map(\.scope) == [.incident, .incident])
        // (A war's new toll and the number joined to it stay totals.)
        #expect(claims("The toll of the war rose to 74,000 dead and 171,000 wounded, the ministry said.").map(\.scope)
            == [.total, .total])
    }

    @Test func anotherTollOfAnEventIsMeasuredAgainstItsWholeToll() {
        // (The last claim, "three", is a part of the 14: the 19 is of the attack's size.)
        let found = claims("""
            No fewer than 14 persons were killed when bandits invaded the village on Sunday. Eleven of the victims \
            died on the spot while three others succumbed at the hospital, police said. A resident, however, put \
            the death toll at 19.
            """)
        #expect(found.map(\.quantity.value) == [14, 11, 3, 19])
        #expect(found.last?.scope == .incident)
    }

    @Test func thePreviousTollOfAnEventIsThatEvents() {
        let found = claims("""
            A drone strike on the port killed 74 people and wounded 171 on Thursday, the ministry said on \
            Saturday. He said the previous toll announced on Friday morning was 58 martyrs and 126 wounded.
            """, published: "2025-04-19")
        #expect(found.map(\.quantity.value) == [74, 171, 58, 126])
        #expect(found.map(\.scope) == [.incident, .incident, .incident, .incident])
        #expect(found.last?.asOf == CalendarDay(iso: "2025-04-18"))
        // (The time after "announced" is no speaker: the sentence's is.)
        #expect(found.last?.sourceText == "He")
        // (After a war's toll, it is the war's.)
        let war = claims("""
            The war has killed 74,000 people, the ministry said. The previous toll, given in March, was 58,000.
            """, published: "2025-04-19")
        #expect(war.map(\.scope) == [.total, .total])
    }

    @Test func peopleTakenByTheAttackersAreOfTheStorysAttack() {
        let found = claims("""
            At least 14 people were killed when bandits invaded the village on Sunday, police said. He added that \
            30 residents, mostly women and children, were abducted by the attackers.
            """)
        #expect(found.map(\.figure) == [.killed, .captured])
        #expect(found.map(\.scope) == [.incident, .incident])
        // (With no attack before, it is no attack's.)
        #expect(claims("He added that 30 residents, mostly women and children, were abducted by the attackers.").map(\.scope)
            == [.total])
    }

    @Test func anAdverbBetweenASpeakerAndTheVerbIsNoPartOfTheName() {
        #expect(claims("Amina Bello however said 40 people were killed.").first?.sourceText == "Amina Bello")
        #expect(claims("""
            Yakubu Danladi, a resident who spoke to our correspondent, however put the death toll at 19.
            """).first?.sourceText == "Yakubu Danladi")
    }

    @Test func aSpeakersRelativeClauseSetsNoScope() {
        let found = claims("""
            An air strike on a market killed at least 54 people on Monday. The Sudanese army, which alone operates \
            warplanes in the conflict, said it had killed more than 100 RSF fighters in the strike.
            """)
        #expect(found.map(\.scope) == [.incident, .incident])
    }

    @Test func aForceInAnAsideOnThePeopleIsNoDeployment() {
        let found = claims("""
            Fourteen South African soldiers, part of a regional force and the UN mission, were also killed in the \
            battle for Goma.
            """)
        #expect(found.map(\.figure) == [.killed])
    }

    @Test func anAsideOnOneOfThePeopleHidesNoEvent() {
        let found = claims("""
            Security forces killed 27 Maoist insurgents, including a top commander who carried a bounty on his \
            head, in an encounter in the forests of Narayanpur district on Wednesday, police said.
            """)
        #expect(found.map(\.scope) == [.incident])
    }

    @Test func aWordForHowOftenBeforeAThingIsNoRate() {
        let found = claims("""
            Rescuers have recovered 38 bodies after a boat carrying traders to a weekly market capsized on the river \
            on Monday, the agency said.
            """)
        #expect(found.map(\.scope) == [.total])
        // (A rate stays one.)
        #expect(claims("Russian forces are losing about 1,200 soldiers daily, the ministry said.").map(\.scope) == [.period])
    }

    @Test func hostagesTakenAreCaptured() {
        let found = claims("""
            Israel says about 1,200 Israelis were killed in the Hamas-led attack on Oct. 7, 2023, and that 251 \
            hostages were taken.
            """)
        #expect(found.map(\.figure) == [.killed, .captured])
        #expect(found.map(\.scope) == [.incident, .incident])
        // (After "have been", and over a window too.)
        let window = claims("Some 1,500 hostages have been taken since 2020, the group said.")
        #expect(window.map(\.figure) == [.captured])
        #expect(window.map(\.scope) == [.total])
        #expect(claims("Some 1,500 people have been taken hostage since 2020, the group said.").map(\.scope) == [.total])
        #expect(claims("Some 1,500 hostages have been taken in the past five years, the group said.").map(\.scope) == [.period])
        // ("Taken prisoner" says so itself, and sets no scope.)
        #expect(claims("Russian military bloggers claimed that as many as 850 Ukrainian troops had been taken prisoner.")
            .map(\.scope) == [.total])
        // (Taken somewhere, they are not.)
        #expect(claims("The 12 hostages were taken to hospital for checks after their release.").allSatisfy { $0.figure != .captured })
    }

    @Test func theFallenOfACommuniqueAreKilledInTheTollsScope() {
        let found = claims("""
            On the friendly side, the provisional toll of the attack is of 9 soldiers and 4 VDP auxiliaries fallen \
            with arms in hand, according to the general staff.
            """)
        #expect(found.map(\.figure) == [.killed, .killed])
        #expect(found.map(\.scope) == [.incident, .incident])
        // ("Fallen" alone is no death: "Prices have fallen by 12 percent".)
        #expect(claims("Some 300 soldiers have fallen back to the second line.").allSatisfy { $0.figure != .killed })
    }

    @Test func aPartOfTheInjuredOfTheStorysEventIsThatEvents() {
        let found = claims("""
            A riot broke out in the Machala jail on Sunday that left at least 6 inmates dead, the agency said. The \
            riot began at dawn when gang members attacked rival inmates. Four of the injured were transferred to the \
            Teofilo Davila hospital.
            """)
        #expect(found.map(\.scope) == [.incident, .incident])
        // (With no event before, a total.)
        #expect(claims("Four of the injured were transferred to the Teofilo Davila hospital.").map(\.scope) == [.total])
    }

    @Test func aFiguresPhraseOfSeveralWordsJoinsTwoNumbers() {
        let found = claims("""
            A bus plunged into a gorge on Monday, killing 9 people and injuring 30, police said. Twelve of the \
            injured remained in hospital on Tuesday, three in critical condition.
            """)
        #expect(found.map(\.scope) == [.incident, .incident, .incident, .incident])
    }

    @Test func anInitialismBeforeTheEventIsNoBreak() {
        let found = claims("At least 68 African migrants were killed and 47 others wounded when a U.S. airstrike hit a detention centre in Saada, the U.N. agency said on Monday.",
                           published: "2025-04-28")
        #expect(found.map(\.scope) == [.incident, .incident])
        #expect(found.map(\.quantity.value) == [68, 47])
    }

    @Test func aCountUnderAnOpeningPastMonthIsItsEvents() {
        let siege = claims("In August 2022, 21 people were killed during a 30-hour siege of the Hayat Hotel in the capital.", published: "2025-06-10")
        #expect(siege.map(\.scope) == [.incident])
        #expect(siege.map(\.asOf.description) == ["2022-08-01"])
        let nuns = claims("In January 2024, six nuns of the Congregation of Saint Anne were kidnapped from a bus in Port-au-Prince.",
                          published: "2025-06-10")
        #expect(nuns.map(\.scope) == [.incident])
        let typhoon = claims("In December 2012, Typhoon Bopha killed more than 1,000 people on Mindanao and left over 800 missing.",
                             published: "2025-06-10")
        #expect(typhoon.map(\.scope) == [.incident, .incident])
        #expect(typhoon.map(\.asOf.description) == ["2012-12-01", "2012-12-01"])
        // A report of a toll, a tally, a state now, and a month's toll with no event named are not.
        #expect(claims("In December 2024, Zelensky said 43,000 Ukrainian soldiers had been killed.", published: "2025-06-10")
            .map(\.scope) == [.total])
        #expect(claims("In April 2014, Boko Haram fighters kidnapped 276 schoolgirls from Chibok; about 90 are still missing.",
                       published: "2025-06-10").map(\.scope) == [.incident, .total])
        #expect(claims("In July 2024, 320 soldiers were killed.", published: "2025-06-10").map(\.scope) == [.total])
    }

    @Test func countsRightAfterAnIncidentWithNoScopeOfTheirOwnAreItsParts() {
        let story = claims("""
            A suicide bomber rammed an explosives-laden car into a checkpoint in Bannu on Monday, killing four soldiers, \
            the military said. The ISPR said troops had killed six militants who tried to storm the checkpoint after the blast. \
            Another 14 soldiers were wounded, hospital officials said. Nine people remain in hospital.
            """, published: "2025-06-10")
        #expect(story.map(\.quantity.value) == [4, 6, 14, 9])
        // The ones in hospital now are how many are in care, not the attack's toll.
        #expect(story.map(\.scope) == [.incident, .incident, .incident, .total])
        // Nor is a tally ("have"), nor a war's toll.
        let tally = claims("""
            An airstrike on a market in Tabit killed 12 people on Sunday, officials said. \
            Government forces have killed more than 300 rebels in the region. That war killed about 1,200 people in Lebanon.
            """, published: "2025-06-10")
        #expect(tally.map(\.scope) == [.incident, .total, .total])
        // Troops there, and people missing now, told between: the rival claims are still the attack's.
        let rival = claims("""
            Jihadist fighters ambushed an army convoy on Sunday, killing at least 17 soldiers, sources said. \
            Another 23 soldiers were wounded and at least eight are missing. About 300 soldiers were stationed at the base. \
            JNIM said in a statement that its fighters had killed 41 soldiers.
            """, published: "2025-10-14")
        #expect(rival.map(\.quantity.value) == [17, 23, 8, 300, 41])
        #expect(rival.map(\.scope) == [.incident, .incident, .total, .total, .incident])
    }

    @Test func aLaterValueOfASeriesWithItsTimeAfterIt() {
        let found = claims("The IOM has recorded more than 1,100 deaths on the route since January, and nearly 25,000 since 2014.",
                           published: "2025-06-04")
        #expect(found.map(\.quantity.value) == [1100, 25000])
        #expect(found.map(\.figure) == [.killed, .killed])
        // Its own time sets its scope, not the one before the comma.
        #expect(found.map(\.scope) == [.period, .total])
        let spread = claims("ACLED said at least 1,850 people had been killed in Burkina Faso since January, and more than 26,000 "
                            + "since the insurgency spread from Mali in 2015.", published: "2025-05-28")
        #expect(spread.map(\.quantity.value) == [1850, 26000])
        #expect(spread.map(\.scope) == [.period, .total])
    }

    @Test func aPastYearAfterTheVerbReachesPastAnAsideAndThePlaces() {
        let aside = claims("Historians estimate that between 100,000 and 300,000 people, most of them Hutu, were killed in 1972.",
                           published: "2025-06-10")
        #expect(aside.map(\.scope) == [.period])
        let places = claims("At least 412 migrants died trying to cross the border between Mexico and the United States in 2024, "
                            + "the International Organization for Migration said on Thursday.", published: "2025-06-27")
        #expect(places.map(\.scope) == [.period])
    }

    @Test func militantsSentToHellAreDeadNotDeployed() {
        let found = claims("Since the start of the month, security forces have sent 57 khwarij to hell in separate engagements "
                           + "across Khyber Pakhtunkhwa.", published: "2025-03-15")
        #expect(found.map(\.figure) == [.killed])
        #expect(claims("The army sent 300 troops to Helmand.").map(\.figure) == [.deployed])
    }

    @Test func itTheFigureToldBeforeReachesANumber() {
        let reach = claims("The death toll from the landslides has risen to 257, the UN said on Thursday, warning that it could reach 500.",
                           published: "2024-07-18")
        #expect(reach.map(\.figure) == [.killed, .killed])
        #expect(reach.map(\.quantity.value) == [257, 500])
        #expect(reach.map(\.scope) == [.total, .projection])
        let exceed = claims("The death toll from the earthquake has risen to 2,719, the minister said on Tuesday, "
                            + "adding that he expected it to exceed 3,000.", published: "2025-04-01")
        #expect(exceed.map(\.quantity.value) == [2_719, 3_000])
        #expect(exceed.map(\.quantity.qualifier) == [.exact, .atLeast])
        #expect(exceed.map(\.scope) == [.total, .projection])
        let risen = claims("On Jan. 14, the day after it struck, AFAD put the toll at 87; by Jan. 19 it had risen to 134.",
                           published: "2026-01-13")
        #expect(risen.map(\.quantity.value) == [87, 134])
        #expect(risen.map(\.figure) == [.killed, .killed])
        let passed = claims("On Tuesday, the day after the quake, the toll had stood at 105, and it passed 200 on Thursday.",
                            published: "2025-12-08")
        #expect(passed.map(\.quantity.value) == [105, 200])
        #expect(passed.map(\.quantity.qualifier) == [.exact, .atLeast])
        // Only "it": not what others could reach.
        #expect(claims("The death toll has risen to 257, and the team could reach 500 by Friday.").map(\.quantity.value) == [257])
    }

    @Test func aLevelOfTroopsToBeCutOrRaisedToIsTheirs() {
        let cut = claims("France now keeps about 1,500 troops in Djibouti, a number it plans to cut to 1,200 by 2027, and around 100 in Gabon.",
                         published: "2025-07-17")
        #expect(cut.map(\.quantity.value) == [1_500, 1_200, 100])
        #expect(cut.map(\.figure) == [.deployed, .deployed, .deployed])
        #expect(cut.map(\.scope) == [.total, .projection, .total])
        let reduce = claims("AUSSOM has about 11,000 troops in the country and is meant to reduce them to 8,500 by mid-2026.",
                            published: "2025-09-14")
        #expect(reduce.map(\.quantity.value) == [11_000, 8_500])
        #expect(reduce.map(\.scope) == [.total, .projection])
        let fall = claims("It still has about 1,500 troops in Djibouti. Under a plan presented to lawmakers last year, "
                          + "the number in Djibouti would fall to around 1,000 by 2027.", published: "2025-07-17")
        #expect(fall.map(\.quantity.value) == [1_500, 1_000])
        #expect(fall.map(\.scope) == [.total, .projection])
        // Only a level of troops: not a count of others cut to a number.
        #expect(claims("The army has 1,500 troops in Djibouti and cut its attacks to 12 a month.").map(\.quantity.value) == [1_500])
    }

    @Test func armedPeoplesActOnANamedDayIsOneRaid() {
        let youths = claims("Armed youths abducted six aid workers from a convoy near Pibor on Monday, the UN humanitarian office said.",
                            published: "2025-09-05")
        #expect(youths.map(\.scope) == [.incident])
        let pirates = claims("Pirates kidnapped 10 of its 19 crew members on Wednesday.", published: "2025-09-05")
        #expect(pirates.map(\.scope) == [.incident])
        // Not an act before the day's clause, told in the past perfect.
        let earlier = claims("Iraqi special forces pushed deeper into eastern Mosul on Tuesday, as the United Nations said "
                             + "the militants had killed dozens of civilians.", published: "2016-11-08")
        #expect(earlier.map(\.scope) == [.total])
        // Nor a day that only dates the report.
        #expect(claims("Rebels killed six people, the army said on Monday.", published: "2025-09-05").map(\.scope) == [.total])
    }

    @Test func hostagesSomeoneHoldsAreCaptives() {
        #expect(claims("Hamas still holds 59 hostages.").map(\.figure) == [.captured])
        let holding = claims("The military estimates that fewer than 70 Maute fighters remain in the ruins, holding about 300 hostages.")
        #expect(holding.map(\.figure) == [.deployed, .captured])
        #expect(holding.map(\.quantity.value) == [70, 300])
        let also = claims("Houthi forces are also still holding 19 crew members of the bulk carrier Eternity Sun.")
        #expect(also.map(\.figure) == [.captured])
        // Not those a side wants to hold.
        #expect(claims("The group wants to hold 59 hostages.").isEmpty)
    }

    @Test func aPartOfAWholeUnderTheSameWindowIsOfThatWindow() {
        let week = claims("Over the same week, 11 people were killed in the raids, among them two vigilantes.", published: "2025-12-08")
        #expect(week.map(\.scope) == [.period, .period])
        let own = claims("Since January 1 this year, security forces have killed 112 Maoist insurgents in Chhattisgarh, "
                         + "according to police in Bastar, including 31 in a single operation in the Abujhmarh forests on Feb. 9.",
                         published: "2025-03-19")
        #expect(own.map(\.scope) == [.period, .incident])
    }

    @Test func anotherNumberArrivingAfterTroopsIsMoreTroops() {
        let arrived = claims("Around 400 German troops are already in the country, a Bundeswehr spokesman said, "
                             + "and another 150 arrived at the Rukla base last week.", published: "2025-05-27")
        #expect(arrived.map(\.figure) == [.deployed, .deployed])
        #expect(arrived.map(\.quantity.value) == [400, 150])
        #expect(arrived.map(\.scope) == [.total, .change])
        #expect(arrived.map(\.subject) == ["german-troops", "german-troops"])
        // Not people of another kind.
        #expect(claims("About 300 troops were sent to the site. Another 150 migrants arrived by boat.").map(\.quantity.value) == [300])
    }

    @Test func aPartAfterTheTollsPeopleNamedAgainIsOfTheToll() {
        let victims = claims("A car bomb killed 20 people on Monday. Hassan said most of the victims were civilians, among them five children.",
                             published: "2024-12-16")
        #expect(victims.map(\.figure) == [.killed, .killed])
        #expect(victims.map(\.quantity.value) == [20, 5])
        #expect(victims.map(\.subject) == ["people", "children"])
        #expect(victims.map(\.scope) == [.incident, .incident])
        // Not things.
        #expect(claims("A blast killed 21 people on Tuesday. The families of the dead received aid, including 5,000 blankets.")
            .map(\.quantity.value) == [21])
    }

    @Test func captivesTakenWithAnotherJoinedByAnd() {
        let taken = claims("Inmates took 21 guards and the prison director hostage on Wednesday night after a search of cells.",
                           published: "2025-09-04")
        #expect(taken.map(\.figure) == [.captured])
        #expect(taken.map(\.quantity.value) == [21])
        // Not people taken somewhere.
        #expect(claims("Inmates took 21 guards and the prison director to the yard.").isEmpty)
    }

    @Test func tradesAndCrowdsAreKindsOfPeople() {
        let dead = claims("Among the dead were 14 lawyers, the bar association said.", published: "2025-08-09")
        #expect(dead.map(\.figure) == [.killed])
        #expect(dead.map(\.subject) == ["lawyers"])
        #expect(claims("Among the dead were 12 skiers.").map(\.subject) == ["skiers"])
        #expect(claims("Among the dead were nine street vendors.").map(\.subject) == ["street-vendors"])
        let suspects = claims("Karachi police killed 97 suspects in so-called encounters in 2025, the commission said.",
                              published: "2026-01-06")
        #expect(suspects.map(\.subject) == ["suspects"])
        #expect(suspects.map(\.scope) == [.period])
    }

    @Test func anEventCountedAsOneIsOneEvent() {
        let found = claims("""
            Over the weekend, 11 people died in avalanches in Switzerland, Austria and France, including three \
            off-piste skiers killed in a single avalanche near Verbier on Saturday.
            """, published: "2025-02-10")
        #expect(found.map(\.scope) == [.period, .incident])
        // Not one of many: "in one of the attacks".
        #expect(claims("Twelve people died in one of the attacks this year.").map(\.scope) == [.period])
    }

    @Test func peopleCarriedShareNoVerbWithAnotherClause() {
        let drowned = claims("""
            The deadliest case came on 17 October, when a rubber boat with 53 people on board deflated south of \
            Lampedusa and 41 people drowned.
            """, published: "2025-11-04")
        #expect(drowned.map(\.quantity.value) == [41])
        #expect(claims("The boat had 53 people on board and 41 people died.").map(\.quantity.value) == [41])
        // People joined right after "with" share the participle.
        let joined = claims("Clashes broke out on Monday, with 20 soldiers and 12 civilians killed.")
        #expect(joined.map(\.quantity.value) == [20, 12])
        #expect(joined.map(\.figure) == [.killed, .killed])
    }

    @Test func anAccountsYearIsAWindow() {
        let deaths = claims("""
            At least 171 migrants died trying to cross the border in the 2025 fiscal year, which ended on Sept. 30, \
            the agency said. It recorded 328 deaths in the 2024 fiscal year and a record 895 in fiscal 2022.
            """, published: "2025-11-20")
        #expect(deaths.map(\.quantity.value) == [171, 328, 895])
        #expect(deaths.map(\.scope) == [.period, .period, .period])
    }

    @Test func aPartOfTheVictimsIsAPartOfTheToll() {
        let parts = claims("""
            Gunmen killed 23 villagers in an attack on Monday night. Nine of the victims were children, the \
            ministry said.
            """, published: "2025-06-10")
        #expect(parts.map(\.quantity.value) == [23, 9])
        #expect(parts.map(\.subject) == ["people", "children"])
        #expect(parts.map(\.scope) == [.incident, .incident])
        // The whole's scope over the part's own words.
        let year = claims("""
            Police recorded 880 homicides in 2025. The agency said 41 of the victims were bystanders caught in crossfire.
            """, published: "2026-01-06")
        #expect(year.map(\.scope) == [.period, .period])
    }

    @Test func aGappedGroupMayHaveAnAsideWithWhose() {
        let pledged = claims("""
            Egypt has pledged to send 1,091 soldiers, and Ethiopia, whose forces have fought al-Shabaab in \
            Somalia since 2006, some 2,500.
            """, published: "2024-12-30")
        #expect(pledged.map(\.quantity.value) == [1091, 2500])
        #expect(pledged.map(\.subject) == ["egyptian-troops", "ethiopian-troops"])
        #expect(pledged.map(\.scope) == [.projection, .projection])
    }

    @Test func lastYearAsAWindowDatesNothing() {
        let found = claims("""
            Last year, 312 people died in coal mine accidents nationwide, according to the National Mine Safety Administration.
            """, published: "2025-03-12")
        #expect(found.map(\.scope) == [.period])
        #expect(found.map(\.asOf.description) == ["2025-03-12"])
        // A month still dates a past report: "last month the ministry said".
        let month = claims("Last month, the ministry said 450 people had been killed.", published: "2025-03-12")
        #expect(month.map(\.asOf.description) == ["2025-02-01"])
    }

    @Test func aYearWindowReachesPastFigureWordsJoinedByAnd() {
        let found = claims("Ukraine's General Staff says Russia lost 418,340 troops killed and wounded in 2024.", published: "2025-01-02")
        #expect(found.map(\.figure) == [.casualties])
        #expect(found.map(\.scope) == [.period])
    }

    @Test func theTimeOfAnEarlierValueDoesNotDateTheLevel() {
        let found = claims("""
            The Africa Corps now has about 2,500 troops in Mali, up from roughly 1,500 in January, according to the institute.
            """, published: "2025-06-18")
        #expect(found.map(\.quantity.value) == [2500, 1500])
        #expect(found.map(\.asOf.description) == ["2025-06-18", "2025-01-01"])
    }

    @Test func aPartThatHasSinceDiedIsCountedToNow() {
        let found = claims("""
            About 12,000 North Korean troops were sent to the region in November, according to US officials, \
            and about 4,000 of them have since been killed or wounded.
            """, published: "2025-03-13")
        #expect(found.map(\.quantity.value) == [12000, 4000])
        #expect(found.map(\.asOf.description) == ["2024-11-01", "2025-03-13"])
    }

    @Test func aWithdrawnNumberMayHaveALongerAttribution() {
        let found = claims("""
            A fire at a garment factory on Saturday night killed 16 workers, not 19 as the city's rescue service had said earlier, police said.
            """, published: "2025-06-10")
        #expect(found.map(\.quantity.value) == [16])
    }

    @Test func aTotalOfPeopleInAPlightIsNoToll() {
        let found = claims("""
            Divers recovered 20 more bodies on Sunday, raising the toll to 64, officials said. \
            A total of 38 passengers were rescued, officials said.
            """, published: "2025-06-10")
        #expect(found.map(\.quantity.value) == [20, 64])
        // Nor of people whose verb names no figure.
        let working = claims("""
            A gas explosion killed 21 miners on Monday. A total of 129 miners were working underground when the blast tore through the shaft.
            """, published: "2025-03-12")
        #expect(working.map(\.quantity.value) == [21])
    }

    @Test func anAsideOnAPartMayRunLong() {
        let treated = claims("""
            The agency said on Friday that 312 people, most of them residents of the villages of Helvaci and Samurlu, \
            had been treated at hospitals for smoke inhalation.
            """, published: "2025-09-19")
        #expect(treated.map(\.figure) == [.wounded])
        #expect(treated.map(\.quantity.value) == [312])
        // A name's aside, then an age's.
        let named = claims("""
            The Indian Army says one Indian soldier, Lance Naik Dinesh Kumar, 32, was killed by Pakistani firing along the Line of Control.
            """, published: "2025-05-08")
        #expect(named.map(\.figure) == [.killed])
    }

    @Test func aCountryThatCurrentlyHasTroopsIsTheirs() {
        let found = claims("France currently has 1,500 soldiers in Chad.", published: "2025-03-12")
        #expect(found.map(\.subject) == ["french-troops"])
    }

    @Test func aNumberJoinedToAnEarlierReportOfTheEventIsOfTheEvent() {
        let found = claims("""
            The death toll from Sunday's derailment has risen to 15, officials said. \
            On Sunday night, railway officials had put the toll at 12 dead and 58 injured.
            """, published: "2025-06-10")
        #expect(found.map(\.quantity.value) == [15, 12, 58])
        #expect(found.map(\.scope) == [.incident, .incident, .incident])
    }

    @Test func aTollNamedByItsYearIsAPeriod() {
        let found = claims("The group had put the 2024 toll at 1,512 in its December update.", published: "2025-06-10")
        #expect(found.map(\.scope) == [.period])
        #expect(claims("The 2023 death toll was 412, the group said.", published: "2025-06-10").map(\.scope) == [.period])
    }

    @Test func aClauseOfInWhichAfterAWindowedCountOfEventsIsOfTheWindow() {
        let found = claims("""
            The organization also documented 412 attacks on health workers and medical facilities in 2024, \
            in which nine health workers were killed and 27 were injured.
            """, published: "2025-08-20")
        #expect(found.map(\.scope) == [.period, .period])
        // Not one event of a month.
        let clashes = claims("""
            Lawmakers questioned the deployment after clashes near the base in Bor in March, in which 13 civilians were killed.
            """, published: "2025-08-20")
        #expect(clashes.map(\.scope) == [.incident])
    }

    @Test func anEarlierValueItEstimatedIsDatedByItsOwnTime() {
        let found = claims("""
            The NIS told lawmakers in a closed-door briefing that North Korean casualties had reached about 4,000, \
            up from some 3,000 it estimated in January.
            """, published: "2025-08-29")
        #expect(found.map(\.quantity.value) == [4000, 3000])
        #expect(found.map(\.scope) == [.total, .total])
        #expect(found.map(\.asOf.description) == ["2025-08-29", "2025-01-01"])
    }

    @Test func theLastOfAListOfPartsIsAPartOfTheNumberBefore() {
        let found = claims("""
            Israeli air strikes on two villages killed seven people on Monday, including a paramedic and two children, \
            the health ministry said.
            """, published: "2026-02-09")
        #expect(found.map(\.quantity.value) == [7, 2])
        #expect(found.map(\.figure) == [.killed, .killed])
        #expect(found.map(\.scope) == [.incident, .incident])
        // A count after the list's close is no part of it.
        let after = claims("The attack killed 40 people, including a child, and 80 were wounded.", published: "2026-02-09")
        #expect(after.map(\.figure) == [.killed, .wounded])
    }

    @Test func aSeasonAfterOverTheIsTheWindow() {
        let found = claims("""
            Milan had 1,156 heat deaths over the summer, followed by Barcelona with 849 and Paris with 762, they said.
            """, published: "2025-09-16")
        #expect(found.map(\.scope) == [.period, .period, .period])
        // Troops kept through a season are no tally of it.
        let troops = claims("Thailand will keep about 6,000 soldiers along its border through the winter.", published: "2025-09-16")
        #expect(troops.map(\.scope) == [.projection])
    }

    @Test func peopleAtRiskOfAHarmAreNoClaim() {
        let found = claims("""
            The floods destroyed 1,140 schools, and 410,000 children are at risk of missing the start of the school year. \
            About 200 people are at risk of being killed by landmines.
            """, published: "2025-09-16")
        #expect(found.isEmpty)
    }

    @Test func peopleWhoseActCountsANumberAreItsActors() {
        let found = claims("""
            Revenge attacks between the two communities killed more than 400 people in Jonglei in 2024, according to UNMISS. \
            Two bombers killed 40 people on Monday.
            """, published: "2025-02-20")
        #expect(found.map(\.quantity.value) == [400, 40])
        // Not a second act of the same subject after "and".
        let joined = claims("A missile strike killed at least 12 people and wounded 90 others.", published: "2025-02-20")
        #expect(joined.map(\.figure) == [.killed, .wounded])
        // Not a time after the act: the captives are held that long.
        let held = claims("""
            Inmates in one wing were still holding six guards hostage more than 24 hours after the violence began.
            """, published: "2025-11-13")
        #expect(held.map(\.figure) == [.captured])
        #expect(held.map(\.quantity.value) == [6])
    }

    @Test func thePastDecadeIsAWindow() {
        let found = claims("""
            Cattle raids and revenge attacks have killed thousands of people in Jonglei over the past decade.
            """, published: "2025-02-20")
        #expect(found.map(\.scope) == [.period])
    }

    @Test func aSpanAfterTheSuperlativeOfAnEventRanksIt() {
        let found = claims("""
            The blast, which killed 40 people on Monday, was the deadliest attack in the city in the past year.
            """, published: "2025-02-20")
        #expect(found.map(\.scope) == [.incident])
        // Not a superlative of a place.
        let hospitals = claims("""
            In Delhi, at least 17 people have died of heat-related illness at the city's three largest government \
            hospitals since Sunday, hospital officials said.
            """, published: "2025-02-20")
        #expect(hospitals.map(\.scope) == [.period])
    }

    @Test func theNextPartsOfTheDeadLeaveTheirWholeOut() {
        let found = claims("Nine of the dead were women, four were children and two were soldiers.", published: "2025-03-04")
        #expect(found.map(\.figure) == [.killed, .killed, .killed])
        #expect(found.map(\.quantity.value) == [9, 4, 2])
        #expect(found.map(\.subject) == ["women", "children", "troops"])
    }

    @Test func aDefiniteCountJoinedToTheFirstSharesItsVerb() {
        let found = claims("Police said 10 passengers and the two drivers died at the scene.", published: "2025-04-09")
        #expect(found.map(\.quantity.value) == [10, 2])
        #expect(found.map(\.figure) == [.killed, .killed])
    }

    @Test func aMedicalCentreIsAHospital() {
        let found = claims("""
            A spokesman said 42 workers had been taken to Jinnah Postgraduate Medical Centre, most of them with burns. \
            About 300 people were taken to an evacuation centre.
            """, published: "2024-11-27")
        #expect(found.map(\.figure) == [.wounded])
        #expect(found.map(\.quantity.value) == [42])
    }

    @Test func aMonthOpeningTheSentenceWithAnEventAfterWhenIsThatEvent() {
        let found = claims("In June, more than 80 people died when a boat capsized.", published: "2025-09-14")
        #expect(found.map(\.scope) == [.incident])
        #expect(found.map(\.asOf.description) == ["2025-06-01"])
        // Not a condition: a month's tally.
        let heat = claims("In June, 40 people died when temperatures soared.", published: "2025-09-14")
        #expect(heat.map(\.scope) == [.total])
    }

    @Test func theWholeOfAPastYearIsAWindow() {
        let found = claims("In the whole of 2023, 12 people died on the route.", published: "2025-09-14")
        #expect(found.map(\.scope) == [.period])
    }

    @Test func aHyphenatedLengthIsAMeasure() {
        let found = claims("Officials said a 40-centimetre section of rail was missing from the track.", published: "2025-09-14")
        #expect(found.isEmpty)
    }

    @Test func aNounTheLexiconDoesNotKnowAfterAmongTheDeadNamesThePart() {
        let found = claims("""
            A drone strike killed nine people in Odesa. Among the dead were two dockworkers and a 12-year-old boy, Kiper said.
            """, published: "2025-12-03")
        #expect(found.map(\.quantity.value) == [9, 2])
        #expect(found.map(\.subject) == ["people", "dockworkers"])
    }

    @Test func anEarlierValueOfACountThatIsNoClaimIsNone() {
        let found = claims("""
            UNHCR said 569 Rohingya died at sea in 2023, and that at least 4,500 attempted the crossing that year, \
            up from 3,705 in 2022.
            """, published: "2025-03-20")
        #expect(found.map(\.quantity.value) == [569])
        // The claim's own earlier value still is one.
        let own = claims("The toll rose to 512 on Monday, up from 430.", published: "2025-03-20")
        #expect(own.map(\.quantity.value) == [512, 430])
    }

    @Test func peopleWithAVerbOfTheirOwnPastTheirRelativeClauseAreNoneOfTheMissing() {
        let found = claims("""
            Officials say 20 people remain missing after five passengers who reached the shore were found safe.
            """, published: "2025-03-20")
        #expect(found.map(\.quantity.value) == [20])
        // (A clause with a verb group of its own is the clause's.)
        let joined = claims("The attack killed 12 soldiers and three civilians who had been working in the fields.",
                            published: "2025-03-20")
        #expect(joined.map(\.quantity.value) == [12, 3])
    }

    @Test func thoseUnderAnAgeAreAnAgeLimit() {
        let found = claims("The two sides agreed to exchange all seriously wounded prisoners and all those under 25.",
                           published: "2025-03-20")
        #expect(found.isEmpty)
    }

    @Test func theSizeOfEachOfManyGroupsIsNoCount() {
        let found = claims("Russia sends small assault groups of three to five soldiers against Ukrainian positions.",
                           published: "2025-03-20")
        #expect(found.isEmpty)
    }

    @Test func aPartAmongThemInASingleWreckIsThatEvents() {
        let found = claims("""
            So far this year, IOM has recorded 612 migrant deaths, among them 89 in a single shipwreck off Mauritania.
            """, published: "2025-03-20")
        #expect(found.map(\.scope) == [.period, .incident])
    }

    @Test func aLiveBlogsTimeStampIsNoPartOfTheSentence() {
        let found = claims("""
            Officials gave new figures on Monday.

            **10:45 a.m.** — In 2024, 37 social leaders were killed in Norte de Santander.
            """, published: "2025-03-20")
        #expect(found.map(\.scope) == [.period])
    }

    @Test func aKindInTheSingularModifiesAThingPastQuoteMarks() {
        let found = claims("""
            India said its missile attack on nine "terrorist infrastructure" sites had killed more than 100 militants.
            """, published: "2025-05-08")
        #expect(found.map(\.quantity.value) == [100])
        // A kind in the plural is the phrase's head.
        let guards = claims("Two soldiers guarding sites were killed.", published: "2025-05-08")
        #expect(guards.map(\.quantity.value) == [2])
    }

    @Test func theFiscalYearIsAWindow() {
        let found = claims("""
            In the fiscal year that ended in mid-July, nearly 2,400 people died in road accidents across the country.
            """, published: "2025-09-10")
        #expect(found.map(\.scope) == [.period])
    }

    @Test func theStorysOwnOperationIsOneEvent() {
        let found = claims("Four Frontier Corps soldiers were also martyred in the operation, he said.", published: "2025-03-12")
        #expect(found.map(\.scope) == [.incident])
        // Not one of a length told, nor one counted since it began.
        let long = claims("The army said it had killed 200 militants in the three-month operation.", published: "2025-03-12")
        #expect(long.map(\.scope) == [.period])
        let since = claims("""
            Israel's military says 466 Israeli soldiers have been killed in the Gaza ground operation since it began.
            """, published: "2025-03-12")
        #expect(since.map(\.scope) == [.total])
    }

    @Test func speakersAfterACommaAndPlainWordsAreNoClaim() {
        let found = claims("""
            Another 14 soldiers and five civilians were wounded, two hospital officials in Miranshah told this website. \
            Fighters ambushed a convoy, killing at least 15 soldiers and nine truck drivers, two security sources and a \
            transport union official said.
            """, published: "2025-03-20")
        #expect(found.map(\.quantity.value) == [14, 5, 15, 9])
        // A count with a verb of its own is no speaker.
        let own = claims("Gunmen killed 12 people, 40 others were wounded, police said.", published: "2025-03-20")
        #expect(own.map(\.quantity.value) == [12, 40])
        // Nor is a part.
        let part = claims("Israel says 50 hostages are still being held in Gaza, about 20 of them believed to be alive.",
                          published: "2025-07-21")
        #expect(part.map(\.quantity.value) == [50, 20])
    }

    @Test func aProportionsBaseIsNoCount() {
        let found = claims("Nine in 10 of the dead were women and children, the UN estimated.", published: "2025-03-20")
        #expect(found.isEmpty)
    }

    @Test func peopleTreatedForADiseaseAreHurt() {
        let treated = claims("MSF said on Thursday it had treated 2,870 people for cholera in Maiduguri since early September.")
        #expect(treated.map(\.figure) == [.wounded])
        #expect(treated.map(\.quantity.value) == [2870])
        #expect(treated.map(\.scope) == [.period])
    }

    @Test func anEpidemicInAYearIsItsTally() {
        let year = claims("In 2024, cholera killed more than 740 people in Zambia.", published: "2026-01-23")
        #expect(year.map(\.scope) == [.period])
    }

    @Test func aRiseInAnAsideIsTheIncrementOfTheClaimBefore() {
        let rise = claims("Cholera has killed 412 people in Zambia since October, rising by 17 in the previous 24 hours.")
        #expect(rise.map(\.figure) == [.killed, .killed])
        #expect(rise.map(\.scope) == [.period, .change])
        let noun = claims("Cholera has killed 412 people in Zambia since October, an increase of 17 in the previous 24 hours.")
        #expect(noun.map(\.scope) == [.period, .change])
    }

    @Test func careOutsideTheNumbersClauseLeavesItTheEventsCount() {
        let buried = claims("Twenty-one soldiers were killed and 14 wounded when their convoy was ambushed on Sunday, the army said. "
                            + "A local official said residents had buried the bodies of 29 soldiers on Monday, and that at least "
                            + "six of the wounded had been evacuated to Kayes hospital.")
        #expect(buried.map(\.scope) == [.incident, .incident, .incident, .incident])
        let injured = claims("The toll from the strike on the fuel depot has risen to 12, the minister said. He said 31 people "
                             + "were injured and had been taken to Kosti Teaching Hospital.")
        #expect(injured.map(\.scope) == [.incident, .incident])
        // People in care, no verb that hurt them: how many are in hospital now.
        let care = claims("A bus crash killed 12 people on Monday, police said. Fourteen remain in hospital.")
        #expect(care.map(\.scope) == [.incident, .total])
    }

    @Test func aShareOfThisYearsDeathsIsOfTheYear() {
        let share = claims("Dengue has killed 1,512 people in Brazil so far this year, the ministry said. São Paulo state "
                           + "accounts for 612 of this year's deaths, the ministry said.")
        #expect(share.map(\.scope) == [.period, .period])
    }

    @Test func anEarlierTollOfTheDeadIsTheEventsToll() {
        let earlier = claims("A suicide bomber blew himself up in Kabul on Thursday, killing at least nine people, officials "
                             + "said. He had earlier given a toll of five dead.")
        #expect(earlier.map(\.quantity.value) == [9, 5])
        #expect(earlier.map(\.scope) == [.incident, .incident])
    }

    @Test func aHedgedNumberAfterACopulaThatOpensTheSentenceIsRead() {
        // The age check looked back past the sentence's start and trapped on a backward range.
        let question = claims("The report ended. Were under 18 people killed in the raid?")
        #expect(question.map(\.figure) == [.killed])
    }

    @Test func aPlaceThatInOpensIsNoLabelBeforeItsPeople() {
        let place = claims("Floods killed 31 people in Gansu province, while in neighbouring Qinghai 18 people were "
                           + "killed and 198 injured, officials said.")
        #expect(place.map(\.quantity.value) == [31, 18, 198])
        #expect(place.map(\.figure) == [.killed, .killed, .wounded])
        let opening = claims("The strikes went on. In Gaza 18 civilians were killed on Monday, medics said.")
        #expect(opening.map(\.quantity.value) == [18])
        // A label's number stays one: "Sector 12" names no twelve soldiers.
        #expect(claims("The patrol was based in Sector 12 soldiers' barracks.").isEmpty)
    }

    @Test func aTollAfterAfterIsTheSubjectOfItsLinkVerb() {
        let toll = claims("Rescuers searched the river after the toll from a dam burst in the north rose to 52, the agency said.")
        #expect(toll.map(\.quantity.value) == [52])
        #expect(toll.map(\.figure) == [.killed])
    }

    @Test func aVerbJoinedToANegatedOneIsThePeoplesOwn() {
        let missing = claims("Local officials said dozens of fishermen who put to sea on Friday had not returned and were missing.")
        #expect(missing.map(\.figure) == [.missing])
        let feared = claims("Twelve workers had not returned and were feared dead.")
        #expect(feared.map(\.figure) == [.killed])
        // A negation with no figure word after "and" is still none.
        #expect(claims("Twelve passengers were not hurt and were taken to a hotel.").isEmpty)
        #expect(claims("No soldiers were killed.").isEmpty)
    }

    @Test func aLabelsPeopleMayOpenWithAWordThatSaysWhichOnes() {
        let list = claims("The monitor published its monthly figures.\n\n- Civilians killed in August: 62\n"
                          + "- Security personnel killed in August: 73\n")
        #expect(list.map(\.quantity.value) == [62, 73])
        #expect(list.map(\.figure) == [.killed, .killed])
    }

    @Test func aParticiplesSecondObjectIsPartOfTheToll() {
        let base = claims("Militants overran a military base in the north on Tuesday, killing a brigade commander and at "
                          + "least 15 soldiers, the army said.")
        #expect(base.map(\.quantity.value) == [15])
        #expect(base.map(\.scope) == [.incident])
    }

    @Test func peopleHeldBySomeoneAreCaptives() {
        let held = claims("Two North Korean soldiers held by Ukraine have asked to be sent to South Korea.")
        #expect(held.map(\.figure) == [.captured])
        // Those freed are no count of captives.
        #expect(claims("A Swiss aid worker and two Austrian engineers held by al-Qaeda's Sahel affiliate for 14 months "
                       + "have been freed, the ministry said.").isEmpty)
    }

    @Test func troopsALevelVerbTakesAreCutToTheNumber() {
        let cut = claims("The United States will cut the number of its troops in Syria to fewer than 1,000 over the coming "
                         + "months, down from about 2,000, officials said.")
        #expect(cut.map(\.quantity.value) == [1000, 2000])
        #expect(cut.map(\.figure) == [.deployed, .deployed])
        #expect(cut.map(\.scope) == [.projection, .total])
        let done = claims("The United States has cut its troops in Syria to about 1,500.")
        #expect(done.map(\.figure) == [.deployed])
        #expect(done.map(\.scope) == [.total])
        // Not what the verb cuts when it is no troops.
        #expect(claims("The army cut its attacks in the north to 12.").isEmpty)
    }

    @Test func soldiersHandedBackInASwapAreNoDeployment() {
        let swap = claims("Ukraine and Russia each handed over 390 prisoners on Friday in the first stage of the largest "
                          + "exchange since the 2022 invasion, with 270 soldiers and 120 civilians returning to each side, "
                          + "officials said.")
        #expect(!swap.contains { $0.figure == .deployed })
        let returned = claims("Russia's Defence Ministry said the 390 Russian servicemen who had been returned were being "
                              + "taken to Belarus before travelling home.")
        #expect(returned.isEmpty)
        // Troops that return to a front, no swap named, are still counted.
        #expect(claims("About 2,000 troops returned to the front on Monday.").map(\.figure) == [.deployed])
    }

    @Test func aPartOfWhomAfterACountThatIsNoClaimIsNone() {
        let detained = claims("Amnesty International said it had documented 19 deaths, 16 of them from live ammunition, and "
                              + "that at least 340 people had been detained, 85 of whom remained in custody.")
        #expect(detained.map(\.quantity.value) == [19, 16])
        // Unless its own verb names a casualty, after an auxiliary or "remained".
        let wounded = claims("Security forces rescued 354 passengers, 37 of whom had been wounded in the attack, he said.")
        #expect(wounded.map(\.figure) == [.wounded])
        let treated = claims("He said 11 persons had been pulled out alive, eight of whom remained under treatment at the "
                             + "Civil Hospital.")
        #expect(treated.map(\.figure) == [.wounded])
    }

    @Test func theInjuredDyingAreDead() {
        let dying = claims("A curfew was extended after the toll from weekend riots rose to 11, with two more of the injured "
                           + "dying in hospital, police said.")
        #expect(dying.map(\.figure) == [.killed, .killed])
        #expect(dying.map(\.scope) == [.incident, .change])
    }

    @Test func aRisesSizeCountsTheTollsFigure() {
        let rise = claims("The death toll from the derailment rose to 34 on Friday, rising by six overnight as more of the "
                          + "injured died in hospital, railway officials said.")
        #expect(rise.map(\.figure) == [.killed, .killed])
        #expect(rise.map(\.scope) == [.incident, .change])
    }

    @Test func survivorsTakenToHospitalAreHurt() {
        let airlifted = claims("Three passengers survived and were airlifted to Mankweng Hospital in a critical condition, "
                               + "paramedics said.")
        #expect(airlifted.map(\.figure) == [.wounded])
        let burns = claims("Three passengers who survived were taken to the regional hospital in Herat with severe burns.")
        #expect(burns.map(\.figure) == [.wounded])
        #expect(claims("Three passengers survived and were taken home.").isEmpty)
    }

    @Test func aNounBeforeALabelsCountNounSaysWhatOf() {
        let label = claims("The observatory's bulletin listed the figures.\n\n- Protest deaths since September 2021: 73\n")
        #expect(label.map(\.quantity.value) == [73])
        #expect(label.map(\.figure) == [.killed])
    }

    @Test func aNumberJoinedToAnEarlierTollIsOfItsEventPastACountBetween() {
        let earlier = claims("The number of workers killed in an explosion at a chemical plant has risen to 13, CCTV reported "
                             + "on Thursday. Local officials said 34 people were being treated in hospital. Provincial "
                             + "authorities had put the toll at nine dead and 51 injured on Wednesday.",
                             published: "2025-06-05")
        #expect(earlier.map(\.quantity.value) == [13, 34, 9, 51])
        #expect(earlier.map(\.scope) == [.incident, .total, .incident, .incident])
    }

    @Test func aPartWhoseInjuriesAnAsideNamesIsHurt() {
        let burns = claims("The governor said 146 people had been pulled alive from the water by fishermen and navy boats, "
                           + "and that 31 of them, most with burns, had been taken to Mbandaka General Hospital.")
        #expect(burns.map(\.quantity.value) == [31])
        #expect(burns.map(\.figure) == [.wounded])
    }

    @Test func onePersonJoinedWithTheSharesTheVerb() {
        let driver = claims("Two people on the motorcycle and the truck's driver were also among the dead, the spokesman said.")
        #expect(driver.map(\.quantity.value) == [2])
        #expect(driver.map(\.figure) == [.killed])
        #expect(claims("Two people and the driver were among the dead.").map(\.figure) == [.killed])
    }

    @Test func aWhenClausesSubjectMayHaveALongAside() {
        let pileUp = claims("Ten people were killed and 48 injured when more than 30 vehicles, among them eight buses and a "
                            + "fuel tanker, crashed into one another in dense fog on the Yamuna Expressway.")
        #expect(pileUp.map(\.quantity.value) == [10, 48])
        #expect(pileUp.map(\.scope) == [.incident, .incident])
    }

    @Test func aYearOpeningAClauseWithNoCommaIsItsWindow() {
        let clause = claims("About 1,400 people die on Bolivian roads every year, according to the World Health Organization, "
                            + "and in 2024 the transport ministry recorded 1,213 road deaths.", published: "2025-06-05")
        #expect(clause.map(\.quantity.value) == [1400, 1213])
        #expect(clause.map(\.scope) == [.period, .period])
        #expect(claims("In 2024 the ministry recorded 1,213 deaths.", published: "2025-06-05").map(\.scope) == [.period])
        // One event still is one.
        #expect(claims("In 2024 the bus crash killed 30 people.", published: "2025-06-05").map(\.scope) == [.incident])
    }

    @Test func aYearAfterTheCountNounIsItsWindow() {
        let route = claims("The IOM has put the number of deaths on the route in 2024 at 1,154.", published: "2025-06-05")
        #expect(route.map(\.scope) == [.period])
        let rose = claims("Deaths in 2023 rose to 412, the ministry said.", published: "2025-06-05")
        #expect(rose.map(\.scope) == [.period])
        // Not the year a start was in.
        let start = claims("Its last estimate put the number of soldiers killed since the insurgency began in 2015 at 1,650.",
                           published: "2025-06-05")
        #expect(start.map(\.scope) == [.total])
    }

    @Test func aRelativeClausesTimeAgoDatesNothing() {
        let search = claims("The ICRC is currently searching for more than 8,100 missing people in Colombia, some of whom "
                            + "disappeared more than 30 years ago.", published: "2025-04-03")
        #expect(search.map(\.asOf.description) == ["2025-04-03"])
        // A report's own time still dates it.
        #expect(claims("The ministry put the toll at 450 two years ago.", published: "2025-04-03").map(\.asOf.description)
                == ["2023-04-03"])
    }

    @Test func anEarlierReportOfAnEventsTollIsDatedToTheReport() {
        let bombing = claims("On Monday evening police had put the toll from the bombing at 19.", published: "2025-02-18")
        #expect(bombing.map(\.scope) == [.incident])
        #expect(bombing.map(\.asOf.description) == ["2025-02-17"])
        let joined = claims("On Friday night the ministry had reported 20 soldiers dead and 33 wounded in the attack.",
                            published: "2025-03-24")
        #expect(joined.map(\.asOf.description) == ["2025-03-21", "2025-03-21"])
    }

    @Test func aSecondVerbJoinedByAndIsThePeoplesFigure() {
        let surrendered = claims("Over the past week, 38 Ukrainian servicemen laid down their arms and surrendered to units "
                                 + "of the North group.")
        #expect(surrendered.map(\.figure) == [.captured])
        #expect(claims("Twelve migrants fell overboard and drowned.").map(\.figure) == [.killed])
        // Not an act on others, nor a verb with an object of its own.
        #expect(claims("About 500 fighters crossed the border and attacked the town.").map(\.figure) == [.deployed])
        #expect(claims("300 soldiers stormed the village and killed civilians.").isEmpty)
    }

    @Test func patientsAHospitalReceivedAreHurt() {
        let received = claims("The Southern Philippines Medical Center says it has received 137 patients in Davao City "
                              + "since the quake, 18 of them children.")
        #expect(received.map(\.quantity.value) == [137, 18])
        #expect(received.map(\.figure) == [.wounded, .wounded])
        // Not people received, who may be refugees.
        #expect(claims("Cibitoke province had received 9,000 people on Tuesday alone.").isEmpty)
    }

    @Test func aTallySinceAStartInThePerfectIsNoPastMonthsEvent() {
        let tally = claims("Since Captain Ibrahim Traoré seized power in September 2022, at least 6,400 Burkinabe soldiers "
                           + "and VDP auxiliaries have been killed, according to ACLED, and the government has recruited "
                           + "50,000 VDP volunteers.", published: "2025-08-25")
        #expect(tally.map(\.quantity.value) == [6400])
        #expect(tally.map(\.scope) == [.total])
        #expect(tally.map(\.asOf.description) == ["2025-08-25"])
    }

    @Test func aFigureWordBeforeALabelsPeopleNamesItsFigure() {
        let admitted = claims("- Wounded people admitted since 11 April: 612", published: "2025-04-17")
        #expect(admitted.map(\.figure) == [.wounded])
        #expect(admitted.map(\.scope) == [.period])
        #expect(claims("- Wounded civilians: 612").map(\.figure) == [.wounded])
        #expect(claims("- Missing migrants: 40").map(\.figure) == [.missing])
    }

    @Test func aSecondActJoinedByAndSharesTheYearAfterIt() {
        let year = claims("Nigeria's army says troops killed more than 2,000 bandits and rescued 1,400 hostages across the "
                          + "northwest last year.")
        #expect(year.map(\.quantity.value) == [2000])
        #expect(year.map(\.scope) == [.period])
        #expect(claims("The toll for the first half of the year is 3,137.").map(\.scope) == [.period])
    }

    @Test func aTollRankedAsOneAttackIsThatAttacks() {
        let ranked = claims("The Collective Justice for Barsalogho, a victims' group, puts the toll at about 600, which would "
                            + "make it the deadliest single attack in Burkina Faso's history.")
        #expect(ranked.map(\.scope) == [.incident])
        #expect(claims("Thirty people were killed, the deadliest attack in the region.").map(\.scope) == [.incident])
        // Not a disaster's toll, nor a month's.
        #expect(claims("More than 1,000 people have died, the deadliest floods in a decade.").map(\.scope) == [.total])
        #expect(claims("In May, 232 soldiers were killed, the deadliest month for the army.").map(\.scope) == [.period])
    }

    @Test func aNumberOfThingsInThePeoplesPhraseIsPassedOver() {
        let block = claims("Local officials said at least nine residents of one apartment block there remained unaccounted for.")
        #expect(block.map(\.quantity.value) == [9])
        #expect(block.map(\.figure) == [.missing])
    }

    @Test func aNewTollsWindowEndsAtWithAfterItsDay() {
        let toll = claims("The number of people killed in the landslides that buried three hill villages in Idukki district "
                          + "early on Tuesday rose to 167 on Thursday, with 41 more bodies pulled from the mud over the past "
                          + "day, Revenue Minister Rajan Pillai said.")
        #expect(toll.map(\.quantity.value) == [167, 41])
        #expect(toll.map(\.scope) == [.total, .change])
    }

    @Test func aBattleOfAFewDaysIsOneEvent() {
        let battle = claims("The army said its forces had taken full control of the Kalakla district of southern Khartoum "
                            + "after three days of fighting, killing more than 120 RSF fighters.")
        #expect(battle.map(\.scope) == [.incident])
        let rebels = claims("Tuareg-led separatist rebels said on Monday that they had killed 78 Wagner fighters and 41 Malian "
                            + "soldiers in three days of fighting near Tinzaouatene.")
        #expect(rebels.map(\.scope) == [.incident, .incident])
    }

    @Test func quotedAttackersAreNoClaims() {
        let ambush = claims("Eleven (11) Nigerien soldiers were killed and 13 others wounded when their patrol was ambushed "
                            + "by \"several hundred terrorists\" near Fambita.")
        #expect(ambush.map(\.quantity.value) == [11, 13])
    }

    @Test func aWholeToldAgainMayCarryAWindow() {
        let parts = claims("- Deaths this week: 19\n\nOf the 19 deaths this week, 11 occurred in the community before "
                           + "patients reached a health facility.")
        #expect(parts.map(\.quantity.value) == [19, 11])
        #expect(parts.map(\.figure) == [.killed, .killed])
        #expect(parts.map(\.scope) == [.period, .period])
    }

    @Test func recruitsInTrainingAreNoDeployment() {
        #expect(claims("Western officials say it signs up roughly 30,000 new contract soldiers a month.").isEmpty)
        #expect(claims("It plans to sign up 343,000 contract soldiers this year.").isEmpty)
        #expect(claims("Some 1,300 conscripts began their nine-month basic training at the Rukla camp on Monday.").isEmpty)
        #expect(claims("Army chief Olufemi Adeyemi said 2,800 recruits had completed basic training in Kaduna last month.").isEmpty)
        // Recruits at the front are.
        #expect(claims("About 1,400 Nepali recruits are fighting on Russian-held parts of the front.").map(\.figure) == [.deployed])
    }

    @Test func captivesTakenAndSinceFreedAreNoCount() {
        #expect(claims("Fifty pupils seized from a Catholic boarding school in Nigeria's Niger state have escaped and "
                       + "returned to their families, the association said.").isEmpty)
        #expect(claims("Three aid workers kidnapped in central Mali nearly five months ago have been released, their "
                       + "employer said.").isEmpty)
        #expect(claims("Fifty pupils seized from a Catholic boarding school in Nigeria's Niger state are still being held.")
                .map(\.figure) == [.captured])
    }

    @Test func aPartOfTroopsToldBeforeIsWhereItIs() {
        let parts = claims("The US has about 4,000 troops in the region. About 2,500 of them are in Iraq and some 1,500 in Syria.")
        #expect(parts.map(\.quantity.value) == [4000, 2500, 1500])
        #expect(parts.map(\.figure) == [.deployed, .deployed, .deployed])
        #expect(claims("The US has about 4,000 troops in the region. About 2,500 of them are women.").map(\.quantity.value) == [4000])
    }

    @Test func fightersHeldInJailsAreCaptives() {
        #expect(claims("The SDF also guards prisons holding some 9,000 Islamic State fighters.").map(\.figure) == [.captured])
        #expect(claims("He said about 2,000 Houthi fighters were held in government and Saudi jails.").map(\.figure)
                == [.captured])
        #expect(claims("Some 300 soldiers were held in reserve.").map(\.figure) == [.deployed])
    }

    @Test func anAgeAfterTheAgeOfAndARatioAreNoCounts() {
        #expect(claims("Divers matched the bone to a woman from Ishinomaki who went missing at the age of 34.").isEmpty)
        let ratio = claims("Russian casualties averaged about 1,020 a day, and roughly three soldiers were wounded for every "
                           + "one killed.")
        #expect(ratio.map(\.quantity.value) == [1020])
    }

    @Test func anIncrementAfterByAnotherIsNoRange() {
        let toll = claims("AFAD says the toll has climbed by another 42 to 146.")
        #expect(toll.map(\.quantity.value) == [42, 146])
        #expect(toll.map(\.scope) == [.change, .total])
        #expect(claims("Between 6,000 to 7,000 troops were sent.").map(\.quantity.value) == [6500])
    }

    @Test func aPartOfPeopleRescuedBetweenIsNoClaim() {
        let rescued = claims("In the past week, troops killed 57 ISWAP fighters, arrested 31 suspected logistics suppliers and "
                             + "rescued 46 kidnapped civilians, among them 19 children.")
        #expect(rescued.map(\.quantity.value) == [57])
        let wounded = claims("The strike killed 12 people and wounded 30 others, among them five children.")
        #expect(wounded.map(\.quantity.value) == [12, 30, 5])
    }

    @Test func troopsSentHomeAreNoDeployment() {
        #expect(claims("The UN mission in South Sudan has begun sending home about 2,000 troops under cost cuts.").isEmpty)
        #expect(claims("The 697 Ukrainian soldiers freed so far were flown to Kyiv.").isEmpty)
        #expect(claims("The federal home ministry said another 2,000 troops would be sent.").map(\.figure) == [.deployed])
    }

    @Test func aCountWithItsOwnCountNounIsNoPartOfTheLeadingWhole() {
        let injured = claims("Among the dead were two children, said Kinshasa governor Daniel Bumba, who put the number of "
                             + "injured at 32.")
        #expect(injured.map(\.figure) == [.killed, .wounded])
    }

    @Test func anAccidentIsOneEvent() {
        let bus = claims("The death toll in Monday's bus accident near Sundernagar rose to 24 on Wednesday after two more "
                         + "injured passengers succumbed.", published: "2025-06-11")
        #expect(bus.map(\.quantity.value) == [24, 2])
        #expect(bus.map(\.scope) == [.incident, .change])
        #expect(claims("Road accidents killed 1,400 people last year.").map(\.scope) == [.period])
    }

    @Test func formerSoldiersAndForeignMoneyAreNoClaims() {
        #expect(claims("Another 80 former soldiers face trial over abuses in the Ayacucho region.").isEmpty)
        #expect(claims("The minister said 5,000 retired personnel would be called back.").isEmpty)
        #expect(claims("Twelve former soldiers were killed in the attack.").map(\.figure) == [.killed])
        #expect(claims("The government has paid 100,000 leva in compensation to the family of each of the dead.").isEmpty)
    }

    @Test func anEarlierValuesYearIsItsWindow() {
        let years = claims("The neighbouring city recorded 23 homicides in 2025, up from 17 in 2024.", published: "2026-01-08")
        #expect(years.map(\.scope) == [.period, .period])
        #expect(claims("The toll rose to 512, up from 430.").map(\.scope) == [.total, .total])
    }

    @Test func theDeadOfALaterSentenceAreOfTheTollItsSentenceOpenedWith() {
        let lebanon = claims("Israeli strikes have killed 2,574 people since hostilities began a year ago, the ministry "
                             + "said, including 89 killed on Wednesday alone. Of the dead, 166 were children.")
        #expect(lebanon.map(\.quantity.value) == [2574, 89, 166])
        #expect(lebanon.map(\.scope) == [.total, .period, .total])
        let sea = claims("At least 1,950 migrants have died in the Mediterranean so far this year and another 640 remain "
                         + "missing, the IOM said. Of the dead, 1,210 died on the central route.")
        #expect(sea.map(\.scope) == [.period, .total, .period])
        let heat = claims("Between 1 and 31 March, 214 deaths were recorded at the hospital. Of these deaths, 118 were "
                          + "linked to heat.")
        #expect(heat.map(\.scope) == [.period, .period])
        let season = claims("A total of 1,427 people died on the roads during the festive season. Of this season's "
                            + "deaths, 512 were pedestrians.")
        #expect(season.map(\.scope) == [.period, .period])
    }

    @Test func aWholeToldAgainWithItsWordsIsNoNewClaimOnlyWhenToldBefore() {
        let week = claims("The group said it had verified 41 more killings in the past week. Of the 41 deaths recorded "
                          + "in the past week, 17 were in Sagaing region.")
        #expect(week.map(\.quantity.value) == [41, 17])
        #expect(week.map(\.figure) == [.killed, .killed])
        let year = claims("Some 78 people died crossing the Channel in 2024. Of the 78 deaths in 2024, 12 were children.")
        #expect(year.map(\.quantity.value) == [78, 12])
        #expect(year.map(\.scope) == [.period, .period])
        let first = claims("Of the 96 people injured in the attack, 21 remain in hospital.")
        #expect(first.map(\.quantity.value) == [96, 21])
    }

    @Test func anotherCountAfterThePeoplesOwnVerbSharesNoVerb() {
        let arrests = claims("Police said 31 people were arrested and three police officers were hurt.")
        #expect(arrests.map(\.quantity.value) == [3])
        #expect(claims("Six soldiers and at least 11 militants were killed.").map(\.quantity.value) == [6, 11])
    }

    @Test func aCountWithItsVerbLeftOutSharesThePlan() {
        let france = claims("France will keep about 80 troops in Ivory Coast and about 100 in Gabon to train local forces.")
        #expect(france.map(\.scope) == [.projection, .projection])
        let djibouti = claims("France now keeps about 1,500 troops in Djibouti, a number it plans to cut to 1,200 by 2027, "
                              + "and around 100 in Gabon.")
        #expect(djibouti.map(\.scope) == [.total, .projection, .total])
    }

    @Test func theStrengthAForceIsMeantToHaveIsAPlan() {
        let against = claims("AUSSOM has about 8,900 troops on the ground, against the 11,146 it is meant to have, the AU said.")
        #expect(against.map(\.quantity.value) == [8_900, 11_146])
        #expect(against.map(\.figure) == [.deployed, .deployed])
        #expect(against.map(\.scope) == [.total, .projection])
        let short = claims("The MSS has about 430 personnel in Haiti, far short of the 2,500 authorised by the UN Security Council.")
        #expect(short.map(\.quantity.value) == [430, 2_500])
        #expect(short.map(\.scope) == [.total, .projection])
        // What it had is no plan.
        #expect(claims("The force had 300 soldiers, against the 500 it had in 2020.").map(\.quantity.value) == [300])
        let authorised = claims("MINUSCA is authorised to have up to 14,400 military personnel, according to UN figures.")
        #expect(authorised.map(\.scope) == [.projection])
    }

    @Test func theStrengthAForceHasBesideItsPlanIsATotal() {
        let has = claims("AUSSOM is meant to have 11,146 troops but currently has about 10,300, an AU official said.")
        #expect(has.map(\.quantity.value) == [11_146, 10_300])
        #expect(has.map(\.figure) == [.deployed, .deployed])
        #expect(has.map(\.scope) == [.projection, .total])
    }

    @Test func theTroopsAWithdrawalLeavesAreDeployed() {
        let plan = claims("The Netherlands said it would withdraw about 120 troops from the NATO battlegroup in Lithuania by April, "
                          + "leaving some 150 in the country.")
        #expect(plan.map(\.quantity.value) == [150])
        #expect(plan.map(\.figure) == [.deployed])
        #expect(plan.map(\.scope) == [.projection])
        let done = claims("The US withdrew 2,000 troops last year, leaving about 900 in the country.")
        #expect(done.map(\.quantity.value) == [900])
        #expect(done.map(\.scope) == [.total])
        #expect(claims("The floods killed 12 people, leaving 300 homeless.").map(\.quantity.value) == [12])
    }

    @Test func aSeasonNamedByItsYearOpeningTheSentenceIsAPeriod() {
        let season = claims("During the 2015 epidemic season, meningitis killed 573 people in Niger.", published: "2025-03-01")
        #expect(season.map(\.scope) == [.period])
        let epidemic = claims("In 2019, when the Philippines declared a national dengue epidemic, more than 1,500 people died of the disease.",
                              published: "2025-03-01")
        #expect(epidemic.map(\.scope) == [.period])
    }

    @Test func aColumnOfCumulativeCountsIsTotal() {
        let table = claims("""
            **Deaths by province**

            | Province | Deaths this week | Cumulative deaths |
            |---|---|---|
            | Nampula | 3 | 19 |
            | Tete | 2 | 6 |
            """, published: "2025-02-20")
        #expect(table.map(\.quantity.value) == [3, 19, 2, 6])
        #expect(table.map(\.scope) == [.period, .total, .period, .total])
    }

    @Test func aYearThatACopulaNamesIsNoCount() {
        let found = claims("He said that 2024 had been \"the costliest year of the war for Russia\", with roughly 430,000 killed and wounded.",
                           published: "2025-02-01")
        #expect(found.map(\.quantity.value) == [430_000])
    }

    @Test func troopsHeldAsPrisonersAreCaptives() {
        let found = claims("The Arakan Army said it was holding some 2,500 junta soldiers as prisoners of war.")
        #expect(found.map(\.figure) == [.captured])
    }

    @Test func theInjuredWhoDiedAfterALongNameOfTheEventAreDead() {
        let found = claims("Two more devotees injured in Monday night's crush at a token-distribution centre below the hill shrine "
                           + "died in hospital on Tuesday, taking the toll to nine.")
        #expect(found.map(\.figure) == [.killed, .killed])
        let aside = claims("Ten more people injured in last week's fuel tanker explosion in Majiya, Jigawa state, died in hospital "
                           + "over the weekend, raising the death toll to 181.")
        #expect(aside.map(\.figure) == [.killed, .killed])
    }

    @Test func thingsSeizedAreNoCaptives() {
        #expect(claims("Inspectors seized 2,300 gas cylinders from suppliers in the city.").isEmpty)
    }

    @Test func aPartOfTheVictimsIsOfTheDead() {
        let found = claims("A bomb killed 40 people in the market on Monday. Of the victims, 12 were children.")
        #expect(found.map(\.quantity.value) == [40, 12])
        #expect(found.map(\.figure) == [.killed, .killed])
        #expect(found.map(\.scope) == [.incident, .incident])
        let year = claims("Aid groups said 383 aid workers were killed last year. Of last year's victims, 181 were killed in Gaza.")
        #expect(year.map(\.scope) == [.period, .period])
    }

    @Test func fighterJetsAreNoFighters() {
        #expect(claims("Of the 85 F-16 fighter jets pledged by Denmark, fewer than 20 had arrived by the end of January.").isEmpty)
    }

    @Test func aPartOfANumberThatMadeNoClaimIsNone() {
        #expect(claims("The government said it would release 5,864 prisoners, including 180 foreigners, in an amnesty.").isEmpty)
        #expect(claims("The navy has saved 520 lives, including those of 45 Indian nationals, the ministry said.").isEmpty)
        let part = claims("The ministry recorded 300 deaths, including 40 children.")
        #expect(part.map(\.quantity.value) == [300, 40])
    }

    @Test func aKindOfPeoplesShareIsCounted() {
        let found = claims("Pedestrians accounted for 1,602 of the deaths and motorcyclists for 1,318.")
        #expect(found.map(\.quantity.value) == [1_602, 1_318])
    }

    @Test func anAgeAVerbOfChangeReachesIsNoCount() {
        let found = claims("Volunteers say the median age of the dead has risen to 38, as older men sign contracts.")
        #expect(found.isEmpty)
    }

    @Test func peopleJoinedToTroopsShareTheirDeparture() {
        #expect(claims("At least 15,000 soldiers and police officers have defected since the coup, a rights group said.").isEmpty)
    }

    @Test func fightersNeutralisedAreNoDeployment() {
        let quoted = claims("The army said 11 soldiers had been killed in the attack, and that about 30 \"terrorists\" had been \"neutralised\".")
        #expect(quoted.map(\.quantity.value) == [11])
        #expect(claims("The strikes inflicted heavy losses on the enemy, permitting the neutralisation of several dozens of terrorists.").isEmpty)
    }

    @Test func aNumberCorrectedAtTheEndOfTheSentenceIsWithdrawn() {
        let found = claims("The army said on Wednesday that 27 soldiers were killed in the ambush, not 42.")
        #expect(found.map(\.quantity.value) == [27])
    }

    @Test func anEarlierValueInTheSameWindowAYearBackIsAPeriod() {
        let found = claims("In Spain, the institute recorded 2,012 heat-related deaths between June 1 and Aug. 31, up from 1,180 in the same "
                           + "months of 2024.", published: "2025-09-10")
        #expect(found.map(\.quantity.value) == [2_012, 1_180])
        #expect(found.map(\.scope) == [.period, .period])
    }

    @Test func aPastYearOpeningTheSentenceAloneOrAsAWholeIsAPeriod() {
        let whole = claims("In 2024 as a whole it recorded 6,721 deaths, the lowest annual toll since the war began in 2011.",
                           published: "2025-09-05")
        #expect(whole.map(\.scope) == [.period])
        let alone = claims("In 2024 alone, 37 social leaders were killed in Norte de Santander.", published: "2025-09-05")
        #expect(alone.map(\.scope) == [.period])
    }

    @Test func aNumberOfThingsAfterFromStandsInThePeoplesPhrase() {
        let found = claims("In Omdurman, six people from one returnee family were killed on Sunday when a shell exploded.")
        #expect(found.map(\.figure) == [.killed])
        #expect(found.map(\.quantity.value) == [6])
    }

    @Test func forcesNumberingPastAPlaceOrARelativeClause() {
        let place = claims("Ethiopian troops in the region now number about 2,500.")
        #expect(place.map(\.figure) == [.deployed])
        #expect(place.map(\.quantity.value) == [2_500])
        let relative = claims("Kenyan soldiers, who arrived last year, number about 400.")
        #expect(relative.map(\.figure) == [.deployed])
        #expect(relative.map(\.scope) == [.total])
    }

    @Test func sinceADayOfLastYearIsTheWholeWar() {
        let found = claims("Gaza's health ministry says 42,603 Palestinians have been killed in Gaza since Oct. 7 last year.",
                           published: "2024-10-20")
        #expect(found.map(\.scope) == [.total])
        let month = claims("Some 300 people have been killed since October last year.", published: "2024-10-20")
        #expect(month.map(\.scope) == [.total])
        let thisYear = claims("Some 300 people have been killed since October.", published: "2024-12-20")
        #expect(thisYear.map(\.scope) == [.period])
    }

    @Test func aPartAmongThemWithItsOwnParticipleAndWindow() {
        let found = claims("The ministry said 61,599 Palestinians had been killed and 154,088 wounded since October 2023, among them "
                           + "1,838 people killed while seeking aid since late May.", published: "2025-08-12")
        #expect(found.map(\.figure) == [.killed, .wounded, .killed])
        #expect(found.map(\.scope) == [.total, .total, .period])
    }

    @Test func aPartAsideWithARelativeClauseStillReachesTheVerb() {
        let found = claims("At least 550 pilgrims, most of them Egyptians who had travelled without official permits, have died "
                           + "during the Hajj.", published: "2024-06-18")
        #expect(found.map(\.figure) == [.killed])
        #expect(found.map(\.quantity.value) == [550])
    }

    @Test func aWhoseClauseOnThePeopleIsPassedToTheirVerb() {
        let found = claims("Five fishermen from Cox's Bazar whose trawler capsized off Kutubdia on 25 May are among the missing.",
                           published: "2025-05-28")
        #expect(found.map(\.figure) == [.missing])
        #expect(found.map(\.quantity.value) == [5])
    }

    @Test func aGunmanFiringFromARooftopIsOneAttacker() {
        let found = claims("A gunman firing from a rooftop killed seven people and wounded at least 38 others at a parade on Friday.",
                           published: "2025-07-05")
        #expect(found.map(\.scope) == [.incident, .incident])
    }

    @Test func peopleJoinedAfterAndThatWithTheirOwnVerbAreNoPartOfTheToll() {
        let found = claims("He said 46 people had been wounded, and that 63 guests and staff had been rescued by the security forces.")
        #expect(found.map(\.quantity.value) == [46])
    }

    @Test func aNumberJoinedAfterTheFirstsOwnTimeHasItsOwnWindow() {
        let found = claims("An Israeli military statement said its forces had killed more than 2,500 Hezbollah fighters during the "
                           + "war and about 30 since the ceasefire.")
        #expect(found.map(\.quantity.value) == [2_500, 30])
        #expect(found.map(\.scope) == [.total, .period])
    }

    @Test func onceOpensAClauseOfItsOwn() {
        let found = claims("Lebanon has deployed 4,000 soldiers in the south. It plans to send another 1,500 once the Israelis leave.")
        #expect(found.map(\.quantity.value) == [4_000, 1_500])
        #expect(found.map(\.scope) == [.total, .projection])
    }

    @Test func aTimeInARelativeClauseOnADisasterIsNoWindowOfItsToll() {
        let snow = claims("Heavy snow that has blanketed northern and western Japan since early February has killed 12 people and "
                          + "injured 148.", published: "2025-02-20")
        #expect(snow.map(\.scope) == [.total, .total])
        let floods = claims("The floods, which began in late April 2024 and peaked in the first week of May, killed 184 people and "
                            + "injured 806, the agency said.", published: "2025-05-01")
        #expect(floods.map(\.scope) == [.total, .total])
        #expect(floods.map(\.asOf) == [CalendarDay(iso: "2025-05-01"), CalendarDay(iso: "2025-05-01")])
        let window = claims("Floods have killed 40 people since Monday.", published: "2025-03-12")
        #expect(window.map(\.scope) == [.period])
    }

    @Test func fightersLoyalToSomeoneAreJoinedToTheDead() {
        let found = claims("The monitor said the dead also included 273 Syrian soldiers and police officers and 250 fighters loyal "
                           + "to the former government.")
        #expect(found.map(\.figure) == [.killed, .killed])
    }

    @Test func captivesBelievedDeadAreAPartOfTheDead() {
        let found = claims("Israel says 94 hostages remain in Gaza, including 34 it believes are dead.")
        #expect(found.map(\.figure) == [.captured, .killed])
        #expect(found.map(\.scope) == [.total, .total])
        let believed = claims("Israel says 94 hostages remain in Gaza, including 34 believed to be dead.")
        #expect(believed.map(\.figure) == [.captured, .killed])
    }

    @Test func aBreakdownByKindInAppositionIsAPartOfTheNumberBefore() {
        let found = claims("In Kerr County alone, 68 bodies have been recovered, 40 adults and 28 children, the sheriff said.")
        #expect(found.map(\.quantity.value) == [68, 40, 28])
        #expect(found.map(\.figure) == [.killed, .killed, .killed])
        let verb = claims("Rebels killed 12 soldiers, 40 civilians and 3 police officers were wounded.")
        #expect(verb.map(\.figure) == [.killed, .wounded, .wounded])
    }

    @Test func aListOfPeopleWithAnotherCountIsNoSpeaker() {
        let found = claims("The dead included two Italian climbers, a French climber and four Nepali guides, said Gyanendra "
                           + "Phuyal, the district police chief.")
        #expect(found.map(\.quantity.value) == [2, 4])
        #expect(found.map(\.figure) == [.killed, .killed])
        let speakers = claims("At least 530 people died, two diplomats involved in the talks said.")
        #expect(speakers.map(\.quantity.value) == [530])
    }

    @Test func aNumberJoinedToAnotherTollOfTheEventIsOfThatEvent() {
        let found = claims("A car bomb exploded near a shop late on Monday, killing at least 31 people, sources said. The Interior "
                           + "Ministry put the toll at 29 dead and 58 wounded, while a spokesman said more had died.")
        #expect(found.map(\.quantity.value) == [31, 29, 58])
        #expect(found.map(\.scope) == [.incident, .incident, .incident])
    }

    @Test func whatEachUnitHoldsIsNoCount() {
        let found = claims("The commission approved 1,200 companies for the polls. Each company has 80 to 100 personnel.")
        #expect(found.isEmpty)
        let team = claims("India sent 12 rescue teams to the district. Each team has about 30 personnel.")
        #expect(team.isEmpty)
    }

    @Test func anAfterHedgeBeforeThanOpensTheNextNumber() throws {
        let found = claims("Violence killed 312 civilians in Iraq in 2024, the group said. It said the 2024 figure compared with "
                           + "537 in 2023 and more than 29,000 in 2006.", published: "2025-01-30")
        #expect(found.map(\.quantity.value) == [312, 537, 29_000])
        let last = try #require(found.last)
        #expect(last.quantity.qualifier == .atLeast)
        #expect(last.scope == .period)
    }

    @Test func aCrashToldByTheVehiclesFallOrLeavingTheRoadIsOneEvent() {
        let cable = claims("Six people, among them four Israeli tourists, were killed when a cable car cabin detached and fell "
                           + "about 40 metres at the Gudauri ski resort on Sunday, the ministry said.")
        #expect(cable.map(\.scope) == [.incident, .incident])
        let bus = claims("Police said 31 people were killed and 22 injured when the bus left the road on a bend after an apparent "
                         + "brake failure.")
        #expect(bus.map(\.scope) == [.incident, .incident])
        let night = claims("Some 40 soldiers were killed when the troops left the base at night.")
        #expect(night.map(\.scope) == [.total])
    }

    @Test func aBoatThatOverturnedSankLikeOneThatCapsized() {
        let boat = claims("Seven migrants, including a baby, drowned when their boat overturned on the Drina river.")
        #expect(boat.map(\.scope) == [.total])
        let bus = claims("Seven people died when their bus overturned on the highway.")
        #expect(bus.map(\.scope) == [.incident])
    }

    @Test func aProjectionIsNoTollALaterReportIsOf() {
        let found = claims("The number of workers killed in Monday's reactor explosion rose to 27 on Wednesday, police said. The "
                           + "collector said the toll could pass 35. A day earlier, the minister had put the toll at 19.",
                           published: "2025-07-02")
        #expect(found.map(\.quantity.value) == [27, 35, 19])
        #expect(found.map(\.scope) == [.incident, .projection, .incident])
    }

    @Test func escapedTroopsAreNoDeployment() {
        let found = claims("A further six peacekeepers from the same patrol escaped and reached a UN position.")
        #expect(found.isEmpty)
        let inmates = claims("The army said it had deployed about 400 soldiers to track down the escaped inmates.")
        #expect(inmates.map(\.figure) == [.deployed])
    }

    @Test func aNamingAsideStandsBetweenPeopleAndTheirVerb() {
        let found = claims("Fourteen South African, three Malawian and two Tanzanian soldiers serving with the SADC mission, known "
                           + "as SAMIDRC, were killed in fighting with M23 rebels.")
        #expect(found.map(\.quantity.value) == [14, 3, 2])
        #expect(found.map(\.figure) == [.killed, .killed, .killed])
    }

    @Test func aPeakOrARecordBeforeAnEarlierValue() {
        let peak = claims("About 61,000 military and police personnel serve in 11 missions, according to the United Nations, down "
                          + "from a peak of more than 110,000 in 2015.")
        #expect(peak.map(\.quantity.value) == [61_000, 110_000])
        #expect(peak.map(\.figure) == [.deployed, .deployed])
        let record = claims("Deaths fell to 680 in fiscal 2024, down from a record 895 in fiscal 2023, officials said.")
        #expect(record.map(\.quantity.value) == [680, 895])
        #expect(record.map(\.scope) == [.period, .period])
    }

    @Test func anApprovedDeploymentOrAnAuthorisedStrengthIsAPlan() {
        let approved = claims("The government has approved the deployment of 850 troops to Somalia.")
        #expect(approved.map(\.scope) == [.projection])
        let strength = claims("The council renewed the mandate for 12 months, keeping its authorised strength unchanged at 860 "
                              + "military personnel.")
        #expect(strength.map(\.scope) == [.projection])
    }

    @Test func aHyphenatedModifierBeforeAGroupAndItsKind() {
        let found = claims("The Pentagon said it would send 1,500 more active-duty U.S. troops to the border.")
        #expect(found.map(\.figure) == [.deployed])
        #expect(found.map(\.subject) == ["us-troops"])
    }

    @Test func moneyAfterANairaSignIsNoCount() {
        let found = claims("Residents said the bandits had demanded a ransom of \u{20A6}50 million for the release of the captives.")
        #expect(found.isEmpty)
    }

    @Test func theDeadAlsoIncludedIsAPartOfTheToll() {
        let found = claims("At least 6,140 people were killed in Syria in 2025, the monitor said. Among the dead were 2,310 "
                           + "civilians, the monitor said. The dead also included 1,450 Syrian government troops and 1,020 SDF "
                           + "fighters, it said.", published: "2025-12-31")
        #expect(found.map(\.scope) == [.period, .period, .period, .period])
    }

    @Test func theWholeOfThoseWhoDiedOpensASentence() {
        let found = claims("French authorities recorded 78 deaths in 2024, against 12 in 2023. Of those who died in 2024, 10 "
                           + "were children.", published: "2025-02-27")
        #expect(found.map(\.quantity.value) == [78, 12, 10])
        #expect(found.map(\.figure) == [.killed, .killed, .killed])
        #expect(found.map(\.scope) == [.period, .period, .period])
    }

    @Test func sufferingFromAnInjuryIsWounded() {
        let found = claims("Three people suffering from dehydration were taken to the hospital in Heraklion, it said.")
        #expect(found.map(\.figure) == [.wounded])
    }

    @Test func itRevisedWithWordsBetweenIsTheFigureBefore() {
        let found = claims("A train derailed on Sunday, killing 20. Railways officials had initially put the toll at 22 on Sunday "
                           + "night before revising it down on Monday to 17.")
        #expect(found.map(\.quantity.value) == [20, 22, 17])
        #expect(found.map(\.figure) == [.killed, .killed, .killed])
    }

    @Test func patientsAdmittedAreWounded() {
        let remain = claims("Currently, 58 patients remain admitted in cholera treatment units across the country.")
        #expect(remain.map(\.figure) == [.wounded])
        let label = claims("- Patients currently admitted to cholera treatment centres: 211")
        #expect(label.map(\.figure) == [.wounded])
        let army = claims("The army admitted 12 soldiers were killed in the ambush.")
        #expect(army.map(\.figure) == [.killed])
    }

    @Test func captivesHeldAsAnObjectAreCaptured() {
        let pirates = claims("At the height of the crisis, in January 2011, Somali pirates held 32 ships and 736 hostages, "
                             + "according to the bureau.")
        #expect(pirates.map(\.quantity.value) == [736])
        #expect(pirates.map(\.figure) == [.captured])
        let rally = claims("The rally held 300 people.")
        #expect(rally.isEmpty)
    }

    @Test func aPartOfSomeonesOwnFightersThatAnotherHoldsIsCaptured() {
        let found = claims("The Houthis say the government side holds about 3,000 of their fighters.")
        #expect(found.map(\.figure) == [.captured])
        let kept = claims("Russia keeps about 1,500 of its soldiers in Transnistria.")
        #expect(kept.map(\.figure) == [.deployed])
    }

    @Test func aPossessiveAfterAVagueAmountsOf() {
        let found = claims("Turkey also keeps hundreds of its own soldiers and military advisers in western Libya.")
        #expect(found.map(\.figure) == [.deployed])
        #expect(found.map(\.subject) == ["turkish-troops"])
    }

    @Test func peopleJoinedBeforeAParticipleShareIt() {
        let found = claims("It counted between 2,100 and 2,400 Burkinabe soldiers and VDP auxiliaries killed during the year.")
        #expect(found.map(\.figure) == [.killed])
        let things = claims("It has 2,000 soldiers and helicopters deployed in the region.")
        #expect(things.map(\.figure) == [.deployed])
    }

    @Test func aDayWrittenBeforeItsMonthDatesAnAct() throws {
        let found = claims("Militants killed 33 soldiers on 1 November 2024.", published: "2025-08-01")
        let claim = try #require(found.first)
        #expect(claim.scope == .incident)
        #expect(claim.asOf == CalendarDay(iso: "2024-11-01"))
        let thisYear = claims("Militants killed 33 soldiers on 3 March.", published: "2025-08-01")
        #expect(thisYear.map(\.asOf) == [CalendarDay(iso: "2025-03-03")])
    }

    @Test func disastersInThePluralOverAYearAreATally() {
        let found = claims("In 2021, wildfires along the Mediterranean and Aegean coasts killed eight people.", published: "2025-08-01")
        #expect(found.map(\.scope) == [.period])
    }

    @Test func theInjuredStillInCareAfterAndAreCountedNow() {
        let found = claims("More than 40 people were wounded in the blast, and 23 remain in hospital, the director said.")
        #expect(found.map(\.scope) == [.incident, .total])
        let part = claims("A bomb exploded in the market on Sunday, wounding 38 people. Twelve of the injured remained in "
                          + "hospital on Tuesday.")
        #expect(part.map(\.scope) == [.incident, .incident])
    }

    @Test func sinceACampaignBeganIsAWindow() {
        let found = claims("Houthi attacks on merchant shipping have killed at least eight seafarers since the campaign began in "
                           + "November 2023.", published: "2025-08-01")
        #expect(found.map(\.scope) == [.period])
    }

    @Test func aLaterValueWithABareTime() {
        let found = claims("The project recorded 1,012 deaths on the route in 2024, and at least 340 so far this year.",
                           published: "2025-08-01")
        #expect(found.map(\.quantity.value) == [1_012, 340])
        #expect(found.map(\.figure) == [.killed, .killed])
    }

    @Test func troopsTrainingOthersAreThere() {
        let found = claims("About 100 Australian troops are in Britain training Ukrainian recruits.")
        #expect(found.map(\.figure) == [.deployed])
        let own = claims("600 U.S. service members and 400 Kenyan soldiers are training.")
        #expect(own.isEmpty)
    }

    @Test func oneChildsAgeAfterOfIsNoCount() {
        let found = claims("Two bodies, those of a man and a boy of about 10, washed up near Sabratha on Tuesday.")
        #expect(found.map(\.quantity.value) == [2])
    }

    @Test func captivesWhoRegainedTheirFreedomAreNoCount() {
        let found = claims("Police said that 24 of the 61 students abducted from a school in Maga on Jan. 12 had regained their "
                           + "freedom.")
        #expect(found.map(\.quantity.value) == [61])
    }

    @Test func aLabelOfFightersNeutralisedIsNoDeployment() {
        #expect(claims("- Terrorists neutralised: 80").isEmpty)
        #expect(claims("- Rwandan troops in the province: about 4,000").map(\.figure) == [.deployed])
    }

    @Test func aPartOfPeopleReleasedIsNone() {
        let found = claims("The Houthis are releasing 288 detainees, among them 16 Saudi soldiers and three Sudanese.")
        #expect(found.isEmpty)
    }

    @Test func troopsEvacuatedAreNoDeployment() {
        #expect(claims("The ICRC said it had helped evacuate 1,359 Congolese soldiers and their relatives from the base.").isEmpty)
        #expect(claims("The army sent 300 soldiers to help evacuate residents.").map(\.figure) == [.deployed])
    }

    @Test func aYearCountedBackFromItsEndIsAPeriod() {
        let found = claims("A record 612 inmates died in South African prisons in the year to March 2024, the inspectorate said.",
                           published: "2024-10-10")
        #expect(found.map(\.scope) == [.period])
        let months = claims("Police recorded 1,200 murders in the 12 months to June.", published: "2024-10-10")
        #expect(months.map(\.scope) == [.period])
    }

    @Test func aTimePutFirstIsTheJoinedClausesTime() {
        let found = claims("Since post-election protests began in October, at least 4,200 people have been arrested and at least "
                           + "17 detainees have died in police custody, the group said.")
        #expect(found.map(\.quantity.value) == [17])
        #expect(found.map(\.scope) == [.period])
    }

    @Test func theObjectOfAnArrestTakesNoVerbAfterIt() {
        let found = claims("Police arrested 300 people and 12 protesters were killed.")
        #expect(found.map(\.quantity.value) == [12])
        #expect(found.map(\.figure) == [.killed])
    }

    @Test func armedMenWithAPhraseOfHowTheyCameActOnADay() {
        let found = claims("Armed men in a speedboat kidnapped eight fishermen on Sunday night.")
        #expect(found.map(\.scope) == [.incident])
        let said = claims("Russia's Defence Ministry said on Wednesday that Ukrainian troops had suffered more than 67,000 "
                          + "casualties in the Kursk region.")
        #expect(said.map(\.scope) == [.total])
    }

    @Test func aCountryHoldingAnothersPeopleHoldsCaptives() {
        let found = claims("India, for its part, holds 81 Pakistani fishermen and 266 other Pakistani civilians, the ministry said.")
        #expect(found.map(\.figure) == [.captured, .captured])
        let own = claims("Ukraine holds about 60,000 Ukrainian troops in reserve.")
        #expect(own.map(\.figure) == [.deployed])
        let speaker = claims("The Houthis say the government holds fewer than 700 Houthi fighters.")
        #expect(speaker.map(\.figure) == [.captured])
    }

    @Test func aPastYearBeforeAPronounOpensATally() {
        let found = claims("In 2023 we recorded 118 police killings, against 129 in 2022.", published: "2025-02-25")
        #expect(found.map(\.quantity.value) == [118, 129])
        #expect(found.map(\.figure) == [.killed, .killed])
        #expect(found.map(\.scope) == [.period, .period])
    }

    @Test func aTollOfOnePastDayIsOneEvent() throws {
        let found = claims("Two aid workers were killed near Kaya on July 10.", published: "2025-08-01")
        let claim = try #require(found.first)
        #expect(claim.scope == .incident)
        #expect(claim.asOf == CalendarDay(iso: "2025-07-10"))
        let israel = claims("About 1,200 people were killed in Israel on Oct. 7, 2023.", published: "2025-08-01")
        #expect(israel.map(\.scope) == [.incident])
        let earlier = claims("INGD says 58 people have been killed in the provinces, up from 41 on 31 January.", published: "2025-02-02")
        #expect(earlier.map(\.scope).first == .total)
        let hrw = claims("Human Rights Watch has said soldiers killed at least 223 villagers in the villages of Nondin and Soro "
                         + "on February 25, 2024.", published: "2025-08-01")
        #expect(hrw.map(\.scope) == [.incident])
    }

    @Test func aYearSpanIsNoCount() {
        let found = claims("In the 2024-25 season, 91 people died in avalanches in the Alps.", published: "2025-08-01")
        #expect(found.map(\.quantity.value) == [91])
    }

    @Test func peopleRescuedThenTakenToHospitalHurtAreWounded() {
        let found = claims("Two other guides were rescued and flown by helicopter to a hospital in Lukla with head and leg injuries.")
        #expect(found.map(\.figure) == [.wounded])
    }

    @Test func peopleAPronounsClauseCarriedShareTheVerbBefore() {
        let found = claims("The plane crashed on Tuesday night, killing all seven crew members and 12 Sudanese soldiers it was "
                           + "carrying.")
        #expect(found.map(\.figure) == [.killed, .killed])
    }

    @Test func aStrengthHeldAfterACommaAndBut() {
        let found = claims("The mission is meant to have 11,860 troops, but currently has about 10,300.")
        #expect(found.map(\.scope) == [.projection, .total])
        #expect(found.map(\.figure) == [.deployed, .deployed])
    }

    @Test func troopsThatBeganTrainingAreNoDeployment() {
        #expect(claims("About 120 Ukrainian soldiers began training on the new systems at a base in southern Germany.").isEmpty)
        #expect(claims("About 120 Ukrainian soldiers began arriving in Germany.").map(\.figure) == [.deployed])
    }

    @Test func aPartOfThemAfterItsSpeakerOnly() {
        let found = claims("More than 330 people have been killed in Israeli attacks since the truce began. The UN human rights "
                           + "office says at least 127 of them were civilians.")
        #expect(found.map(\.quantity.value) == [330, 127])
        #expect(found.map(\.figure) == [.killed, .killed])
        let alive = claims("Hamas holds 50 hostages. Israel believes 20 of them are alive.")
        #expect(alive.map(\.quantity.value) == [50])
    }

    @Test func anEarlierValueInAMonthAfterAMonthsCount() {
        let found = claims("UN monitors said at least 286 civilians were killed in July, up from 232 in June.", published: "2025-09-05")
        #expect(found.map(\.scope) == [.period, .period])
        let toll = claims("The toll rose to 512, up from 430 in March.", published: "2025-09-05")
        #expect(toll.map(\.scope) == [.total, .total])
    }

    @Test func aVoteIsNoCount() {
        #expect(claims("Parliament passed a law creating a register of missing persons, by 29 votes to 6.").isEmpty)
        let toll = claims("That brings the toll across the three states to at least 143.")
        #expect(toll.map(\.quantity.value) == [143])
    }

    @Test func aPartOfThemWithAFigureWordOfItsOwn() {
        let found = claims("Security forces rescued 354 passengers, 37 of them wounded, he said.")
        #expect(found.map(\.quantity.value) == [37])
        #expect(found.map(\.figure) == [.wounded])
    }

    @Test func livesAfterItsSubjectIsAVerb() {
        #expect(claims("Ayşe Demir, 58, still lives in a container city on the edge of town that is home to about 3,400 people.")
            .isEmpty)
        let lost = claims("It said that among those who lost their lives are six women and four children under the age of 10.")
        #expect(lost.map(\.figure) == [.killed, .killed])
    }

    @Test func amongThemIsAPartOfTheCountJustTold() {
        let found = claims("At least 40 people died during the blockade. Among them were 14 children under five and a nurse.")
        #expect(found.map(\.quantity.value) == [40, 14])
        #expect(found.map(\.figure) == [.killed, .killed])
        #expect(claims("Rescuers pulled 40 people out alive. Among them were 14 children.").isEmpty)
    }

    @Test func oneRepeatedInBracketsIsACount() {
        let found = claims("One (01) person succumbed to injuries while receiving treatment at the teaching hospital.")
        #expect(found.map(\.quantity.value) == [1])
        #expect(found.map(\.figure) == [.killed])
    }

    @Test func aFiscalYearAcrossTwoIsAWindowAndSoIsTheYearBefore() {
        let found = claims("Rail accidents in India killed 312 people in the 2024-25 fiscal year, up from 271 the year before.",
                           published: "2025-09-10")
        #expect(found.map(\.quantity.value) == [312, 271])
        #expect(found.map(\.scope) == [.period, .period])
        let roads = claims("Road crashes killed 4,100 people last year, up from 3,900 the previous year.")
        #expect(roads.map(\.scope) == [.period, .period])
        let toll = claims("The toll rose to 500, up from 400 a year earlier.")
        #expect(toll.map(\.scope) == [.total, .total])
    }

    @Test func heatStressIsAHarm() {
        let found = claims("Saudi health authorities said they had treated more than 2,700 people for heat stress since Thursday.")
        #expect(found.map(\.figure) == [.wounded])
    }

    @Test func theDeadOfTheEventAreNotInCare() {
        let found = claims("""
            Fifteen people died on the spot when a bus fell down a precipice. \
            Two people succumbed to injuries while receiving treatment at the Badulla Teaching Hospital.
            """)
        #expect(found.map(\.scope) == [.incident, .incident])
        let care = claims("A gunman killed four people on Monday. Nine people remain in hospital.")
        #expect(care.map(\.scope) == [.incident, .total])
    }

    @Test func armedMenAndAVerbOfHarmInASecondActOnADay() {
        let taken = claims("Armed men stopped a passenger bus on the highway on Tuesday night and kidnapped 16 passengers.")
        #expect(taken.map(\.scope) == [.incident])
        let hurt = claims("A gunman shot dead a driver on the Santa Catalina line on Tuesday and wounded two passengers, police said.")
        #expect(hurt.map(\.figure) == [.wounded])
        #expect(hurt.map(\.scope) == [.incident])
    }

    @Test func aWhichClauseAfterLastYear() {
        let found = claims("The Indepaz think tank recorded 76 massacres nationwide last year, in which 267 people were killed.")
        #expect(found.map(\.quantity.value) == [267])
        #expect(found.map(\.scope) == [.period])
    }

    @Test func captivesFoundAliveGoFree() {
        let found = claims("Gunmen kidnapped 16 passengers on Tuesday. Five of the abducted passengers were found alive on Wednesday.")
        #expect(found.map(\.quantity.value) == [16])
    }

    @Test func anAgeAfterANameEndsTheSentence() {
        let found = claims("Among the dead were a 16-year-old boy and the cooperative's president, Segundo Quiñónez, 58.")
        #expect(!found.map(\.quantity.value).contains(58))
    }

    @Test func aNameAndItsNumberTakeASingularVerb() {
        let found = claims("Barrio 18 is blamed for much of the extortion that has killed dozens of bus drivers this year.")
        #expect(!found.map(\.quantity.value).contains(18))
        #expect(claims("Route 50 was closed after 18 people were killed.").map(\.quantity.value) == [18])
    }

    @Test func aSentenceThatWithdrawsAnEarlierVersionsNumberKeepsItsOwn() {
        let found = claims("""
            Seventeen people were killed in the shooting, not 19 as stated in an earlier version of this statement, \
            and 11 others were injured.
            """)
        #expect(found.map(\.quantity.value) == [17, 11])
        #expect(claims("An earlier version of this story said 19 people were killed, not 17.").isEmpty)
    }

    @Test func aLabelsTallySinceADayIsATotal() {
        let found = claims("- Cumulative deaths since the outbreak was declared on 28 September 2024: 1,487", published: "2025-06-09")
        #expect(found.map(\.scope) == [.total])
        #expect(found.map(\.asOf.description) == ["2025-06-09"])
    }

    @Test func aBulletinsReportingWeekIsAWindow() {
        let found = claims("During the reporting week, 1,213 new cases and 14 deaths were reported from nine states.")
        #expect(found.map(\.quantity.value) == [14])
        #expect(found.map(\.scope) == [.period])
    }

    @Test func forcesWhichNumber() {
        let found = claims("Colombia's armed forces, which number about 220,000, are a prized recruiting ground.")
        #expect(found.map(\.figure) == [.deployed])
    }

    @Test func aYearInAClauseOfAnotherTime() {
        let found = claims("That war killed an estimated 400,000 people before a peace deal was signed in 2018.")
        #expect(found.map(\.scope) == [.total])
    }

    @Test func whatIsUsualIsNoClaim() {
        #expect(claims("A Ugandan battalion usually has between 700 and 800 soldiers.").isEmpty)
    }

    @Test func aPointerGerundNeedsANewTotal() {
        let found = claims("Seven farm workers were killed and 12 injured when a train slammed into the minibus taking them to work.")
        #expect(found.map(\.scope) == [.incident, .incident])
        let toll = claims("Three more people drowned in the past 24 hours, bringing the death toll since the floods began on 14 July to 29.",
                          published: "2025-07-20")
        #expect(toll.map(\.scope) == [.change, .total])
    }

    @Test func whatAVehicleCanCarryIsNoDeployment() {
        #expect(claims("The carriers, each able to carry 11 soldiers and a crew of two, will be delivered in three batches.").isEmpty)
        #expect(claims("The ship can carry up to 300 troops.").isEmpty)
        #expect(claims("Two navy ships carrying another 1,200 troops arrived on Monday.").map(\.figure) == [.deployed])
    }

    @Test func pulledOutAliveAndThenInCare() {
        let found = claims("Three miners were pulled out alive and are being treated for burns at a hospital in Sogamoso.")
        #expect(found.map(\.figure) == [.wounded])
        let flown = claims("Three people were killed, and two were pulled alive from the snow and flown to hospital in Sion.")
        #expect(flown.map(\.figure) == [.killed])
        #expect(claims("Rescuers pulled the two men out of the river and took them home.").isEmpty)
    }

    @Test func aStrengthToBeReachedByTheTroopsJustTold() {
        let found = claims("The brigade currently has about 500 soldiers and is to reach about 4,800 by the end of 2027.")
        #expect(found.map(\.quantity.value) == [500, 4800])
        #expect(found.map(\.figure) == [.deployed, .deployed])
        #expect(found.map(\.scope) == [.total, .projection])
    }

    @Test func anOutbreaksYearMayComeAfterTheSidesAndTheDay() {
        let found = claims("""
            At least 1,720 people have been killed in Sinaloa since fighting erupted between rival factions of the \
            Sinaloa Cartel on Sept. 9, 2024, according to the prosecutor.
            """, published: "2025-09-09")
        #expect(found.map(\.scope) == [.total])
        let recent = claims("At least 30 people have been killed since fighting erupted between the army and the RSF, the ministry said.")
        #expect(recent.map(\.scope) == [.period])
    }

    @Test func statesAsANounStopsNoWindow() {
        let found = claims("At least 384 people were killed across the northwestern states in October, the group said.",
                           published: "2025-11-06")
        #expect(found.map(\.scope) == [.period])
    }

    @Test func aCountComparedWithAWindowsCountIsAnotherWindows() {
        let found = claims("""
            In August alone, 187 people were killed in the state, the prosecutor's office said, compared with 208 in July.
            """, published: "2025-09-09")
        #expect(found.map(\.quantity.value) == [187, 208])
        #expect(found.map(\.scope) == [.period, .period])
    }

    @Test func overTheWholeOfAYearOpensAWindow() {
        let found = claims("Over the whole of 2024, it said, Russia lost 430,790 troops.", published: "2025-01-03")
        #expect(found.map(\.scope) == [.period])
        #expect(found.map(\.figure) == [.casualties])
    }

    @Test func aStrengthHeldAfterAPlaceAndTime() {
        let found = claims("""
            MONUSCO had about 13,500 troops in Congo at the start of 2024 and has roughly 11,000 after the South Kivu pullout.
            """, published: "2025-04-30")
        #expect(found.map(\.quantity.value) == [13500, 11000])
        #expect(found.map(\.figure) == [.deployed, .deployed])
        let now = claims("""
            Myanmar's military had about 150,000 personnel in 2021, the year it seized power, but now has no more than 130,000.
            """, published: "2025-02-26")
        #expect(now.map(\.quantity.value) == [150000, 130000])
        #expect(now.map(\.figure) == [.deployed, .deployed])
    }

    @Test func peopleInTheHospitalAreWounded() {
        let found = claims("Fifteen people were injured in the fire, and six were in hospital on Monday.")
        #expect(found.map(\.figure) == [.wounded, .wounded])
        let ward = claims("A blast killed 12 workers. Seven others remain in the hospital's burns ward.")
        #expect(ward.map(\.figure) == [.killed, .wounded])
    }

    @Test func aMonthWithItsYearIsNoWindowBeforeAYearEarlier() {
        let found = claims("""
            Fourteen years after protests erupted in Syria in March 2011, the monitor says it has documented the deaths of \
            656,493 people, up from 618,000 a year earlier.
            """, published: "2025-03-15")
        #expect(found.map(\.quantity.value) == [656493, 618000])
        #expect(found.map(\.scope) == [.total, .total])
    }

    @Test func anEarlierValueWithItsNounAndItsYear() {
        let found = claims("The UN said 61 peacekeepers died in 2024. That was down from 85 deaths in 2023.", published: "2025-03-15")
        #expect(found.map(\.quantity.value) == [61, 85])
        #expect(found.map(\.scope) == [.period, .period])
    }

    @Test func aWarThatBeganWithAnAttackIsNoEventOfItsToll() {
        let found = claims("""
            The ministry's toll for the war, which began with the Hamas-led attack on southern Israel on Oct. 7, 2023, \
            stands at 69,483 killed and 170,706 wounded.
            """, published: "2025-11-18")
        #expect(found.map(\.scope) == [.total, .total])
        #expect(found.map(\.asOf.description) == ["2025-11-18", "2025-11-18"])
    }

    @Test func aDiseasesNameIsNoCount() {
        let found = claims("Doctors said 40 patients with Covid-19 remain in hospital.")
        #expect(!found.contains { $0.quantity.value == 19 })
    }

    @Test func aComparisonThatOpensTheSentenceIsOfTheClaimBefore() {
        let found = claims("""
            ACLED recorded about 2,100 deaths among Burkinabe soldiers in 2024. That compares with about 1,300 in 2023.
            """, published: "2025-01-21")
        #expect(found.map(\.quantity.value) == [2100, 1300])
        #expect(found.map(\.figure) == [.killed, .killed])
        #expect(found.map(\.scope) == [.period, .period])
    }

    @Test func theStrengthAForceHasElsewhere() {
        let found = claims("""
            Russia's Africa Corps has about 100 personnel in Burkina Faso, far fewer than the roughly 2,000 it has in Mali.
            """, published: "2025-01-21")
        #expect(found.map(\.quantity.value) == [100, 2000])
        #expect(found.map(\.figure) == [.deployed, .deployed])
    }

    @Test func moreTroopsDueWithTheirNounLeftOut() {
        let found = claims("""
            Egypt sent 1,091 troops to Somalia on Monday. Another 291 are due by the end of August, the ministry said.
            """, published: "2025-07-08")
        #expect(found.map(\.quantity.value) == [1091, 291])
        #expect(found.map(\.figure) == [.deployed, .deployed])
        #expect(found.map(\.scope) == [.total, .projection])
        // Where more of them are now is no plan.
        #expect(claims("Egypt sent 1,091 troops to Somalia on Monday. Another 291 are in Mogadishu.").map(\.scope) != [.total, .projection])
    }

    @Test func aPastMonthsTollWithItsEventInAWhenOrAfterClause() {
        let found = claims("""
            In June 2022, 44 migrants died of thirst near Séguédine after their vehicle broke down, according to the IOM.
            """, published: "2025-06-05")
        #expect(found.map(\.scope) == [.incident])
        #expect(found.map(\.asOf.description) == ["2022-06-01"])
        // No event told: the month's toll.
        #expect(claims("In July 2024, 320 soldiers were killed.", published: "2025-06-05").map(\.scope) != [.incident])
    }

    @Test func whereTheTroopsJustToldAreWithTheirNounLeftOut() {
        let found = claims("""
            About 1,250 Australian military personnel are deployed on operations overseas. Of those, about 400 are in \
            the Middle East, and about 110 are in South Sudan with the UN mission.
            """, published: "2025-02-13")
        #expect(found.map(\.quantity.value) == [1250, 400, 110])
        #expect(found.map(\.figure) == [.deployed, .deployed, .deployed])
        // After a toll, no deployment: "Twelve are in hospital" are wounded.
        let hurt = claims("Egypt sent 1,000 troops to the border. Twelve are in hospital after a crash.")
        #expect(hurt.map(\.figure) == [.deployed, .wounded])
    }

    @Test func aPartOfATollNamedAFewWordsOnIsInItsScope() {
        let month = "At least 120 civilians were killed in road accidents in March."
        let those = claims(month + " Twenty-nine of those killed were children, it said.", published: "2025-04-04")
        #expect(those.map(\.scope) == [.period, .period])
        let share = claims(month + " Children accounted for 32 of the month's deaths.", published: "2025-04-04")
        #expect(share.map(\.quantity.value) == [120, 32])
        #expect(share.map(\.figure) == [.killed, .killed])
        #expect(share.map(\.scope) == [.period, .period])
        #expect(share.last?.subject == "children")
        let homicides = claims(month + " Guanajuato accounted for 241 of the October homicides.", published: "2025-04-04")
        #expect(homicides.map(\.figure) == [.killed, .killed])
        let among = claims(month + " At least 64 children were among those killed, it said.", published: "2025-04-04")
        #expect(among.map(\.scope) == [.period, .period])
        // Not a verb's people: freed pupils, or attackers killed and others captured.
        #expect(claims("Sixty-three of the pupils abducted from a school in Zamfara two weeks ago have been freed.").isEmpty)
        let attackers = claims("Gunmen ambushed a patrol on Monday. Troops later killed two of the attackers and captured three others.")
        #expect(attackers.first?.figure == .killed)
        // Nor the victims identified.
        #expect(claims("The fire killed 40 people on Sunday. The coroner said it had identified 32 of the victims so far.")
            .map(\.quantity.value) == [40])
    }

    @Test func partsOfAWholeToldAgainByItsNumberAreInItsScope() {
        let found = claims("""
            Landmines killed or wounded 434 people in Afghanistan last year, the UN said. Of the 434, 147 were killed and \
            287 injured, it said.
            """, published: "2025-11-04")
        #expect(found.map(\.quantity.value) == [434, 147, 287])
        #expect(found.map(\.scope) == [.period, .period, .period])
    }

    @Test func aMonthsOrAYearsTollNamedSoIsAPeriod() {
        #expect(claims("It put the August death toll at 1,045.", published: "2025-09-08").map(\.scope) == [.period])
        // A count joined to the first shares the year's toll.
        let joined = claims("The 2023 toll was 1,974 killed and 6,651 injured, it said.", published: "2025-02-20")
        #expect(joined.map(\.scope) == [.period, .period])
        // A campaign that records is who counts, not an event.
        let recorded = claims("""
            In 2024, the campaign recorded 1,003 casualties in Myanmar, 933 in Syria and 293 in Ukraine, it said.
            """, published: "2025-11-04")
        #expect(recorded.map(\.scope) == [.period, .period, .period])
    }

    @Test func peopleWhereACopulaAndAnAdverbPutThemHaveAVerbOfTheirOwn() {
        let found = claims("""
            It says 6,912 people have been killed by the military since the February 2021 coup, and that 22,140 \
            political prisoners are still behind bars.
            """, published: "2025-06-04")
        #expect(found.map(\.quantity.value) == [6912])
    }

    @Test func aPartInBareEventsOfAWholeTheSentenceOpensOnIsInTheWholesScope() {
        let found = claims("""
            Myanmar's military killed 187 people in May, the group said. Of the dead, 92 were killed in air strikes, \
            among them 23 children, it said.
            """, published: "2025-06-04")
        #expect(found.map(\.quantity.value) == [187, 92, 23])
        #expect(found.map(\.scope) == [.period, .period, .period])
    }

    @Test func anObjectJoinedToPeopleCountedAsTheyTrainIsNoDeployment() {
        #expect(claims("The navy has trained 1,200 sailors and 300 marine engineers for the new vessels since 2022.").isEmpty)
        #expect(claims("The mission trained 11 quick-reaction companies, some 1,700 Mozambican soldiers in all.").isEmpty)
    }

    @Test func captivesFreedPastALongPhraseOfHowTheyWereTakenAreNoClaim() {
        #expect(claims("""
            Fourteen Senegalese and Malian truck drivers abducted by al-Qaeda-linked fighters on the Dakar-Bamako corridor \
            last September have been freed, Mali's transport ministry said.
            """).isEmpty)
    }

    @Test func troopsWithTheirNounLeftOutBeforeWhereTheyServe() {
        let serving = claims("""
            MINUSCA is authorised to have up to 14,400 military personnel, but currently has about 14,100 deployed across the country.
            """)
        #expect(serving.map(\.quantity.value) == [14400, 14100])
        #expect(serving.map(\.figure) == [.deployed, .deployed])
        #expect(serving.map(\.scope) == [.projection, .total])
        let kept = claims("""
            Tajikistan still had about 1,900 soldiers deployed in the valley on Monday, the defence ministry said, and \
            planned to keep about 400 there until the summer.
            """)
        #expect(kept.map(\.quantity.value) == [1900, 400])
        #expect(kept.map(\.scope) == [.total, .projection])
        // No troops told or named: no deployment.
        #expect(claims("The ministry said 300 residents had been evacuated and that it has about 120 there.").isEmpty)
    }

    @Test func theNewValueAfterAnIncrementAndWhenItRose() {
        let found = claims("""
            The number of people killed by flash floods in the northern provinces rose by 12 overnight to 59, the ministry said.
            """)
        #expect(found.map(\.quantity.value) == [12, 59])
        #expect(found.map(\.scope) == [.change, .total])
    }

    @Test func moreBodiesAreMoreOfTheDeadAfterAnotherFiguresClaim() {
        let found = claims("""
            The number of people killed in the landslides has risen to 143, and 87 people are still missing, the minister \
            said. Rescuers pulled 11 more bodies from the mud on Thursday morning, he said.
            """)
        #expect(found.map(\.quantity.value) == [143, 87, 11])
        #expect(found.map(\.scope) == [.total, .total, .change])
        // More of another figure's people after a toll are no increment: "dozens more missing".
        #expect(claims("The blast killed 112 people and left dozens more missing.").map(\.scope).last != .change)
    }

    @Test func moreTroopsExpectedArePlanned() {
        let found = claims("Egypt has sent 1,091 soldiers to Somalia. Another 1,000 are expected by September, it said.")
        #expect(found.map(\.scope) == [.total, .projection])
    }

    @Test func massEventsAreCountedAsEvents() {
        #expect(claims("Kajuru has seen at least a dozen mass abductions since 2021.").isEmpty)
        #expect(claims("The group documented 14 mass killings in the region last year.").isEmpty)
        // People abducted are a claim.
        #expect(claims("Gunmen abducted 14 villagers in Kajuru on Sunday.").map(\.figure) == [.captured])
    }

    @Test func aLevelOnItsScaleIsNoCount() {
        let found = claims("""
            Avalanches have killed nine people this winter. The institute raised the danger level in parts of Valais \
            to 4 on its five-point scale.
            """)
        #expect(found.map(\.quantity.value) == [9])
    }

    @Test func eventsOfAKindJustToldAreCountedAsEvents() {
        let found = claims("Tavern shootings have become common: 24 people were killed in 11 such attacks last year, police said.")
        #expect(found.map(\.quantity.value) == [24])
    }

    @Test func peopleACourtDealsWithAreNoCasualties() {
        #expect(claims("Four police officers have been charged with murder over the death of a blogger in custody.").isEmpty)
        #expect(claims("A military court on Thursday convicted five officers over the killing of protesters at the sit-in.").isEmpty)
        // People killed are still counted.
        #expect(claims("Four police officers were killed in the ambush on Thursday.").map(\.quantity.value) == [4])
    }

    @Test func theDischargedAreNoLongerCountedInjured() {
        let found = claims("""
            A blast at the market killed 12 people on Friday. Doctors said 41 of the wounded had been discharged by \
            Monday and that 43 were still in hospital.
            """)
        #expect(found.map(\.quantity.value) == [12, 43])
    }

    @Test func aNameOfTwoWordsAfterALowerCaseWordNamesTheGroup() {
        let found = claims("Officials said 1,200 paramilitary Frontier Corps troops had been deployed along the road.")
        #expect(found.map(\.subject) == ["frontier-corps-troops"])
        #expect(found.map(\.figure) == [.deployed])
    }

    @Test func peopleTakenWhenAPlaceFellAreOfThatEvent() {
        #expect(claims("Rebels say 312 Myanmar soldiers surrendered when the headquarters fell.").map(\.scope) == [.incident])
        #expect(claims("Sudan's army said it had captured 62 RSF fighters when it retook Um Sumeima.").map(\.scope) == [.incident])
        // Night falls without any event.
        #expect(claims("Rebels say 312 Myanmar soldiers surrendered when night fell.").map(\.scope) != [.incident])
    }

    @Test func sinceAfterAnAuxiliaryIsAnAdverb() {
        let found = claims("Twin bombings hit Kampala. Police have since said three officers were killed in the blasts.")
        #expect(found.map(\.quantity.value) == [3])
        #expect(found.map(\.scope) == [.incident])
        #expect(found.first?.sourceText == "Police")
    }

    @Test func theValueAFigureIsRaisedFromIsTheNumberNow() {
        let found = claims("""
            Canada will more than double its military presence in Latvia, raising the number of Canadian troops there \
            from about 1,000 to as many as 2,200 by the end of this year.
            """)
        #expect(found.map(\.quantity.value) == [1_000, 2_200])
        #expect(found.map(\.scope) == [.total, .projection])
        #expect(claims("Canada is raising the number of its troops in Latvia to 2,200 by next summer.").map(\.scope) == [.projection])
    }

    @Test func aCutJoinedToAPlanIsPlanned() {
        let found = claims("""
            The United States will close three of its eight bases in northeastern Syria and cut its troop presence \
            there to fewer than 1,000 by the end of the summer, officials said.
            """)
        #expect(found.map(\.scope) == [.projection])
        // "cuts" as a noun points at nothing.
        #expect(claims("Budget cuts mean the mission may have to shrink to about 11,000 troops next year.").map(\.scope)
                == [.projection])
        // What is cut is often no figure at all.
        #expect(claims("The UN has cut the number of international staff in Houthi-held areas to about 40.").isEmpty)
    }

    @Test func troopsJoinedPastWhereTheFirstServeShareThePlan() {
        let found = claims("""
            The exercise will also involve about 1,000 British soldiers from the NATO battlegroup at Tapa and some \
            400 U.S. troops.
            """)
        #expect(found.map(\.scope) == [.projection, .projection])
        // Not across a comma and "but".
        let held = claims("AUSSOM is authorised to have up to 11,900 troops, but only about 10,600 were on the ground on June 30.")
        #expect(held.map(\.scope) == [.projection, .total])
    }

    @Test func troopsPledgedArePlanned() {
        let found = claims("""
            Defence chiefs on Wednesday approved plans for a 5,000-strong standby force, with Nigeria pledging about 800 \
            soldiers and Ghana about 1,600.
            """)
        #expect(found.map(\.quantity.value) == [5_000, 800, 1_600])
        #expect(found.map(\.scope) == [.projection, .projection, .projection])
    }

    @Test func aUnitOfAUnitBeforeThePlanStillPlansThem() {
        let found = claims("""
            About 4,200 soldiers from the 1st Armored Division's 3rd Armored Brigade Combat Team will deploy to Poland \
            next month.
            """)
        #expect(found.map(\.scope) == [.projection])
    }

    @Test func aThingsWordInsideANameBeforeTheKindNamesTheGroup() {
        let found = claims("In September 2025, three Assam Rifles soldiers were killed in a similar ambush in Chandel district.")
        #expect(found.map(\.quantity.value) == [3])
        #expect(found.map(\.subject) == ["assam-rifles-troops"])
        // Things stay things.
        #expect(claims("Ukraine received 31 Abrams tanks in 2024.").isEmpty)
    }

    @Test func aPronounAfterWhereTheyServeIsNoClause() {
        let found = claims("Since it began deploying in June 2024, three Kenyan police officers serving with it have been killed.")
        #expect(found.map(\.figure) == [.killed])
    }

    @Test func attackersAreCountedPeople() {
        let found = claims("It says 21 hostages were killed by the militants, and that all 33 attackers died in the assault.")
        #expect(found.map(\.quantity.value) == [21, 33])
        #expect(found.last?.subject == "attackers")
    }

    @Test func troopsLeavingPastTheirForcesNameOrFlyingHomeAreNoDeployment() {
        #expect(claims("""
            The last 180 Tanzanian soldiers of the Southern African regional force in eastern Congo left their base in \
            Sake on Monday.
            """).isEmpty)
        #expect(claims("The 600 soldiers of the outgoing battalion will fly home to N'Djamena in three stages.").isEmpty)
    }

    @Test func theRescuedTakenIntoCareWithAHarmAreHurt() {
        let found = claims("A boat capsized. Eight of the rescued were taken to hospital with burns and breathing problems.")
        #expect(found.map(\.figure) == [.wounded])
        let burned = claims("A volcano erupted. Officials said 14 people had been rescued with burns and airlifted to hospitals.")
        #expect(burned.map(\.figure) == [.wounded])
        // Rescued and sheltered, no one is hurt.
        #expect(claims("A boat capsized. Eight of the rescued were taken to a shelter.").isEmpty)
    }

    @Test func moreTroopsDueArePlanned() {
        let found = claims("""
            The army has about 6,000 soldiers deployed across Zamfara, a military spokesman said, with 1,500 more due to \
            arrive in May.
            """)
        #expect(found.map(\.quantity.value) == [6_000, 1_500])
        #expect(found.map(\.scope) == [.total, .projection])
        let due = claims("The first 1,091 Egyptian soldiers arrived in Mogadishu on Tuesday, with a further 1,400 due by the end of September.")
        #expect(due.map(\.scope) == [.total, .projection])
    }

    @Test func moreTroopsASentenceOnAreMoreOfThem() {
        let found = claims("The Pentagon has sent 7,000 troops to the border. It plans to add roughly 1,000 more by January.")
        #expect(found.map(\.figure) == [.deployed, .deployed])
        #expect(found.map(\.scope) == [.total, .projection])
        // Only after troops: more after a toll are no more of anything here.
        #expect(claims("Gunmen killed 40 soldiers on Sunday. Police arrested 30 more on Monday.").count == 1)
    }

    @Test func peopleTakenToAHospitalWhoseNameHasSmallWordsAreHurt() {
        let found = claims("Six people were taken to the Virgen de los Reyes hospital in Valverde.")
        #expect(found.map(\.figure) == [.wounded])
    }

    @Test func peopleSufferingFromADegreeOfAHarmAreHurt() {
        let found = claims("Twelve passengers were suffering from severe burns, the coast guard said.")
        #expect(found.map(\.figure) == [.wounded])
    }

    @Test func peopleFlownToHospitalWithAHarmPastAnAsideOrWhoMovedThemAreHurt() {
        let airlifted = claims("A helicopter airlifted three women, one of them pregnant, to a hospital in Catania with severe hypothermia.")
        #expect(airlifted.map(\.figure) == [.wounded])
        #expect(airlifted.map(\.quantity.value) == [3])
        let evacuated = claims("Nine people were evacuated by the navy and flown to Mater Dei Hospital with fuel burns.")
        #expect(evacuated.map(\.figure) == [.wounded])
    }

    @Test func aStrengthRaisedFromTroopsToAValueIsTheNumberNowAndThePlan() {
        let found = claims("The force will temporarily raise its strength from about 1,100 troops to some 1,600 ahead of the elections.")
        #expect(found.map(\.quantity.value) == [1_100, 1_600])
        #expect(found.map(\.scope) == [.total, .projection])
    }

    @Test func troopsFromALowerCaseUnitWithAModalArePlanned() {
        let found = claims("About 500 soldiers from the force's intermediate reserve will arrive by Sept. 20.")
        #expect(found.map(\.scope) == [.projection])
    }

    @Test func aCountInARelativeClauseOfOneEventIsItsIncident() {
        let standoff = claims("Inmates freed the last guards on Thursday, ending a 30-hour standoff in which 14 inmates were killed.")
        #expect(standoff.map(\.scope) == [.incident])
        let weekend = claims("The deployment follows a weekend in which 37 people were killed in the city.")
        #expect(weekend.map(\.scope) == [.period])
        // A war is no one event, nor are several.
        let war = claims("The ceasefire ended a five-year civil war in which an estimated 400,000 people died.")
        #expect(war.map(\.scope) == [.total])
        let massacres = claims("Indepaz recorded nine massacres in October, in which 31 people died.")
        #expect(massacres.map(\.scope) == [.period])
    }

    @Test func aNumberJoinedAfterAnOpeningTimeWithASinceOfItsOwnIsItsTotal() {
        let found = claims("""
            In November 2021, 68 inmates were killed in a riot at the Litoral Penitentiary, and more than 400 inmates have \
            died in prison violence since 2021.
            """)
        #expect(found.map(\.scope) == [.incident, .total])
    }

    @Test func peopleANonStateGroupIsNowHoldingAreCaptives() {
        let found = claims("The Houthis are now holding at least 41 aid workers.")
        #expect(found.map(\.figure) == [.captured])
    }

    @Test func theWholeOfAPastYearIsItsWindow() {
        let found = claims("The group said it had counted 6,618 deaths in the whole of 2023.")
        #expect(found.map(\.scope) == [.period])
    }

    @Test func aPartOfTheDeadWithAWordOfAnyCasualtyIsOfTheDead() {
        let found = claims("A rights group said 9,757 migrants had died at sea this year. Of the dead, 6,829 were lost on the Atlantic route.")
        #expect(found.map(\.figure) == [.killed, .killed])
        #expect(found.map(\.scope) == [.period, .period])
    }

    @Test func aTotalThatAVehicleCarriesIsNoFiguresTotal() {
        let found = claims("""
            Dozens of passengers are missing after a landslide swept two buses into the river. The buses were carrying a \
            total of 63 people.
            """)
        #expect(found.map(\.quantity.value) == [24])
    }

    @Test func aNumberJoinedAfterAnIncrementOfAnotherFigureIsOfItsToll() {
        let found = claims("""
            The agency says 73 people are now confirmed dead, a rise of 12 since its afternoon briefing, and 1,018 have \
            been injured.
            """)
        #expect(found.map(\.figure) == [.killed, .killed, .wounded])
        #expect(found.map(\.scope) == [.total, .change, .total])
    }

    @Test func aBaseNamedAfterItsPlaceThatFallsIsAnEvent() {
        let found = claims("""
            About 600 soldiers surrendered to rebels when the army's last base near the border town of Myawaddy fell on \
            Wednesday.
            """)
        #expect(found.map(\.figure) == [.captured])
        #expect(found.map(\.scope) == [.incident])
    }

    @Test func aListOfPeopleStandsBeforeTheirVerb() {
        let found = claims("Some 2,500 soldiers, marines and National Guard members surrendered at the steelworks after a siege, the ministry said.")
        #expect(found.map(\.figure) == [.captured])
    }

    @Test func aPartHeldWithoutChargeIsOfTheCaptives() {
        let found = claims("Israel is holding more than 10,800 Palestinians, including about 3,500 held without charge.")
        #expect(found.map(\.figure) == [.captured, .captured])
        // Left without something, people are in a plight, no casualty.
        #expect(claims("The floods left thousands without power.").isEmpty)
    }

    @Test func theFirstOfTheTroopsBeforeThatArriveAreDeployed() {
        let found = claims("Egypt has pledged 1,091 soldiers to the mission; the first 400 arrived in Mogadishu on Monday.")
        #expect(found.map(\.figure) == [.deployed, .deployed])
        #expect(found.map(\.scope) == [.projection, .total])
    }

    @Test func militaryAndPolicePersonnelAreTroops() {
        let found = claims("About 5,400 Indian military and police personnel are serving in nine UN missions.")
        #expect(found.map(\.figure) == [.deployed])
        #expect(found.first?.subject == "indian-troops")
        let mission = claims("The mission now has about 1,050 police and military personnel on the ground.")
        #expect(mission.map(\.figure) == [.deployed])
    }

    @Test func captivesTakenWithPeopleJoinedToThemAreOfTheEvent() {
        let found = claims("Inmates took 23 guards and two police officers hostage at the start of the riot on Wednesday, SNAI said.")
        #expect(found.map(\.figure) == [.captured, .captured])
        #expect(found.map(\.scope) == [.incident, .incident])
    }

    @Test func patientsAdmittedByACareTeamAreWounded() {
        let found = claims("MSF teams in Tawila admitted 1,342 patients with acute watery diarrhoea to the cholera treatment centre in the past week.")
        #expect(found.map(\.figure) == [.wounded])
        #expect(found.map(\.scope) == [.period])
        #expect(claims("The general hospital has admitted 96 cholera patients since Aug. 1, the ministry said.").map(\.figure) == [.wounded])
        // Owning up is no admission to a hospital.
        #expect(claims("The army admitted 12 soldiers were killed in the ambush.").map(\.figure) == [.killed])
    }

    @Test func noneOfAnOwnersPeopleIsNoClaim() {
        #expect(claims("None of the container ship's 23 crew members were hurt, the navy said.").isEmpty)
    }

    @Test func troopsOfAPlanThatAreThereAlreadyArePresent() {
        let found = claims("Germany also plans to station a brigade of about 4,800 soldiers in Lithuania by 2027, of whom about 500 are already there.")
        #expect(found.map(\.scope) == [.projection, .total])
        let strength = claims("Taiwan's armed forces currently have about 152,000 personnel against an authorised strength of about 188,000, the ministry said.")
        #expect(strength.map(\.scope) == [.total, .projection])
    }

    @Test func aForceExpandedFromOneValueToAnother() {
        let found = claims("The cabinet approved a law that aims to expand Germany's armed forces from about 182,000 active soldiers to 260,000 by 2035.")
        #expect(found.map(\.quantity.value) == [182_000, 260_000])
        #expect(found.map(\.scope) == [.total, .projection])
    }

    @Test func aHedgeLinksOnlyWhereItEndsAtTheNumber() {
        let found = claims("It added that reinforcements had arrived and that a search was under way for two soldiers who remain missing.")
        #expect(found.map(\.figure) == [.missing])
    }

    @Test func partsAndJoinedCountsBeforeAPointerAreIncrements() {
        let aside = claims("""
            Fifteen people, four of them children, died of malnutrition in Gaza over the past 24 hours, bringing the \
            number of hunger-related deaths since the war began to 147, the ministry said.
            """)
        #expect(aside.map(\.scope) == [.change, .change, .total])
        let joined = claims("""
            The ministry said 74 people had been killed and 311 wounded in the past 24 hours, bringing the overall \
            toll since the war began to 59,921 killed and 145,233 wounded.
            """)
        #expect(joined.map(\.scope) == [.change, .change, .total, .total])
        // A part told after the event's place is no aside: "where one of them died".
        let part = claims("""
            Four of the injured were transferred to the hospital, where one of them died hours later, raising the toll of the riot to seven.
            """)
        #expect(part.first?.scope != .change)
    }

    @Test func peopleWhoHaveRecoveredAreNoCount() {
        let found = claims("The ministry said 2,210 people had been treated for cholera, of whom 1,960 had recovered.")
        #expect(found.map(\.quantity.value) == [2_210])
        let disease = claims("At least 52 children have died of measles since January and more than 900 have been treated for the disease.")
        #expect(disease.map(\.figure) == [.killed, .wounded])
    }

    @Test func aThingsWordOpeningANameBeforeTheKindIsPartOfTheName() {
        let found = claims("Eight District Reserve Guard personnel and their civilian driver were killed on Monday.")
        #expect(found.map(\.figure) == [.killed])
        #expect(found.first?.subject == "district-reserve-guard-troops")
    }

    @Test func troopsThatCompleteTheirTrainingAreNotDeployed() {
        #expect(claims("The army said 1,250 recruits of the 89th Regular Recruits Intake had completed their 24-week training.").isEmpty)
        let found = claims("About 12,000 Finnish soldiers are on active duty, he said, while some 21,000 conscripts complete their training each year.")
        #expect(found.map(\.quantity.value) == [12_000])
    }

    @Test func aPartOfTroopsWithNoClaimThatIsSentIsDeployed() {
        let found = claims("""
            The army said it had trained more than 20,000 Popular Resistance fighters since January, and that about \
            8,000 of them had been deployed to the front near El Obeid.
            """)
        #expect(found.map(\.quantity.value) == [8_000])
        #expect(found.map(\.figure) == [.deployed])
    }

    @Test func daysJoinedInAMonthAreADateSpan() {
        let found = claims("In Maputo province alone, 43 people were killed between December 23 and 26, the group said.")
        #expect(found.map(\.scope) == [.period])
        let days = claims("Fighters killed at least 47 people in the town on 26 and 27 October.")
        #expect(days.map(\.quantity.value) == [47])
        #expect(days.map(\.scope) == [.period])
        // (Not in a disaster's relative clause: when it struck.)
        let floods = claims("Flash floods that swept through Baghlan on 10 and 11 May have killed at least 315 people.")
        #expect(floods.map(\.scope) == [.total])
    }

    @Test func aVehiclesLoadOfTroopsIsNoDeployment() {
        #expect(claims("A first convoy carrying 180 South African soldiers crossed into Rwanda from Goma on Thursday.").isEmpty)
        #expect(claims("The vehicles can each carry up to 10 soldiers, the ministry said.").isEmpty)
    }

    @Test func troopsThatReturnAreNoDeployment() {
        #expect(claims("A US official said about 700 soldiers would return to Fort Campbell, Kentucky, before Christmas.").isEmpty)
        #expect(claims("About 1,000 more South African troops are expected to return by the end of May.").isEmpty)
        #expect(claims("The last US troops left Niger in August, a year after about 1,500 French soldiers were expelled.").isEmpty)
        // Not another noun's participle, nor a return to the front.
        let sent = claims("MONUSCO said it had sent about 200 peacekeepers to the area to protect civilians returning to their homes.")
        #expect(sent.map(\.figure) == [.deployed])
        #expect(claims("About 3,000 soldiers returned to the front after a week of rest.").map(\.figure) == [.deployed])
    }

    @Test func aNameInQuoteMarksStandsInThePeoplesPhrase() {
        let found = claims("Two police officers from the \"White Angels\" evacuation unit were killed on Monday when a drone struck their van.")
        #expect(found.map(\.figure) == [.killed])
    }

    @Test func peopleWithAHarmTakenInAreWounded() {
        let taken = claims("Nine people with fractures and head wounds were taken to Bududa hospital, the district chairman said.")
        #expect(taken.map(\.figure) == [.wounded])
        let received = claims("MSF said its hospital in Tawila had received 132 people with gunshot and shrapnel wounds in the past seven days.")
        #expect(received.map(\.figure) == [.wounded])
        #expect(received.map(\.scope) == [.period])
        // People received with no harm named may be refugees.
        #expect(claims("The camp received 500 people fleeing the fighting.").isEmpty)
    }

    @Test func aModalPastBeforeOrAfterIsAnotherClauses() {
        let found = claims("Of the nine deaths this week, four occurred in the community before patients could reach care.")
        #expect(found.map(\.scope).contains(.projection) == false)
        #expect(claims("Eleven people died before rescuers could reach them.").map(\.scope) == [.total])
    }

    @Test func patientsAdmittedAtATreatmentCentreAreWounded() {
        let found = claims("Currently, 32 patients are admitted at the Cholera Treatment Centre run by the ministry.")
        #expect(found.map(\.figure) == [.wounded])
    }

    @Test func whatEachOfSeveralUnitsHoldsIsNoCount() {
        #expect(claims("The spokesman said two more mechanised divisions, each of about 8,000 soldiers, would arrive by mid-June.").isEmpty)
        #expect(claims("Two battalions, each with some 800 troops, arrived on Monday.").isEmpty)
        // Guard: a count of the whole stays.
        #expect(claims("Two divisions of about 16,000 soldiers arrived on Monday.").map(\.figure) == [.deployed])
    }

    @Test func pickupsTechnicalsAndMortarsAreThings() {
        let found = claims("The group said its fighters had killed 85 Somali soldiers and captured 20, along with 11 technicals.")
        #expect(found.map(\.quantity.value) == [85, 20])
        #expect(claims("The FLA said its fighters captured four army pickups and a drone ground station.").isEmpty)
        #expect(claims("It posted photos of what it said were 16 captured rifles and two mortars.").isEmpty)
    }

    @Test func aMonthsOneEventNamedAfterInAIsAnIncident() {
        let blaze = claims("In March, three workers were killed in a blaze at a dye factory nearby.", published: "2025-09-04")
        #expect(blaze.map(\.scope) == [.incident])
        #expect(blaze.map(\.asOf.description) == ["2025-03-01"])
        let collapse = claims("In January, six miners died in a smaller collapse at the same site.", published: "2025-09-04")
        #expect(collapse.map(\.scope) == [.incident])
        // An event after "when", past what the boat was doing.
        let boat = claims("In March, 14 people died when a boat carrying footballers to a match sank near Kasenyi.", published: "2025-05-22")
        #expect(boat.map(\.scope) == [.incident])
        #expect(boat.map(\.asOf.description) == ["2025-03-01"])
        // Guards: a place, or a series of events, is the month's tally.
        #expect(claims("In May, 152 people were killed in Sinaloa.", published: "2025-09-04").map(\.scope) == [.period])
        #expect(claims("In March, 30 people were killed in a series of attacks.", published: "2025-09-04").map(\.scope) == [.period])
    }

    @Test func theNextPartOfTheVictimsOrPastAnAsideIsAPart() {
        let victims = claims("At least 30 people were killed in the crush. Four of the victims were children and 11 were women, the city said.")
        #expect(victims.map(\.quantity.value) == [30, 4, 11])
        #expect(victims.map(\.figure) == [.killed, .killed, .killed])
        let aside = claims("A fire killed 40 workers. Nineteen of the dead were refugees, most of them from Syria and Afghanistan, and six were children.")
        #expect(aside.map(\.quantity.value) == [40, 19, 6])
        #expect(aside.last?.subject == "children")
    }

    @Test func peopleStillInOrSentToANamedHospitalAreWounded() {
        let remained = claims("A bus crashed on Monday. Officials said nine remained in Santo Antonio hospital on Sunday.")
        #expect(remained.map(\.figure) == [.wounded])
        let part = claims("Divers rescued 34 passengers alive on Monday, and nine of them remain in Mokwa General Hospital.")
        #expect(part.map(\.figure) == [.wounded])
        let sent = claims("Officials said 27 of the injured were being treated at the provincial hospital and 16 had been sent to Calmette Hospital in Phnom Penh.")
        #expect(sent.map(\.quantity.value) == [27, 16])
        #expect(sent.map(\.figure) == [.wounded, .wounded])
        // Guard: sent to guard one.
        #expect(claims("Police said 50 officers had been sent to guard the hospital.").map(\.figure).contains(.wounded) == false)
    }

    @Test func daysOfFightingAreOneBattle() {
        let toll = claims("The death toll from three days of fighting between rival armed groups in Tripoli has risen to 58, the centre said.")
        #expect(toll.map(\.scope) == [.incident])
        // Guard: hours counted back from now are a window.
        #expect(claims("Three Thai soldiers were killed in the past 24 hours of fighting along the range.").map(\.scope) == [.period])
    }

    @Test func aReportsPastPerfectBeforeAParticipleTellsOneAct() {
        let found = claims("The MNDAA said on Tuesday that its fighters had retaken the town of Hsenwi from the military after a 10-day offensive, killing 218 Myanmar soldiers and capturing 96.")
        #expect(found.map(\.scope) == [.incident, .incident])
        // Guard: over a window it is the window's.
        #expect(claims("Officials said the militants had shelled the city over the past week, killing 30 people.").map(\.scope) == [.period])
    }

    @Test func aPastReportsMonthInTheCountsClauseIsItsWindow() {
        let found = claims("The group said in its monthly bulletin on Wednesday that it had recorded 1,184 deaths in armed clashes in February, up from 902 in January.", published: "2026-03-05")
        #expect(found.map(\.scope) == [.period, .period])
        // Guard: another clause's month dates another report.
        let other = claims("In December the agency said at least 100 North Korean soldiers had been killed, and in January it put the number killed at about 300.", published: "2025-02-13")
        #expect(other.first?.scope == .total)
    }

    @Test func theNextThingSaidAfterACommaAndThatHasItsOwnVerb() {
        let found = claims("The unit said on Monday that 21 people had died, that 58 had been pulled out alive and that two were missing.")
        #expect(found.map(\.quantity.value) == [21, 2])
        #expect(found.map(\.figure) == [.killed, .missing])
    }

    @Test func peopleTreatedMostOfThemForAnInjuryAreWounded() {
        let found = claims("Hospitals in the city said they had treated 86 people, most of them for bruises and fractures.")
        #expect(found.map(\.figure) == [.wounded])
        // Guard: a disease most of them had is left out.
        #expect(claims("A mobile clinic has treated 380 patients in the past week, most of them for diarrhoeal disease.").isEmpty)
    }

    @Test func aSecondActLeavingPeopleMissingIsOfItsDatedEvent() {
        let found = claims("The volcano's eruption in June 2018 killed 215 people and left 229 missing, according to Conred.", published: "2026-06-05")
        #expect(found.map(\.scope) == [.incident, .incident])
        #expect(found.map(\.asOf.description) == ["2018-06-01", "2018-06-01"])
        // Guard: missing after an event of the day are missing now.
        let today = claims("Gunmen killed 20 villagers on Monday and left 12 missing.")
        #expect(today.map(\.scope) == [.incident, .total])
    }

    @Test func fightingInAPastMonthIsOneEvent() {
        let found = claims("Fighting over the same towns in April 2021 killed more than 100 people, according to Human Rights Watch.", published: "2025-05-06")
        #expect(found.map(\.scope) == [.incident])
        #expect(found.map(\.asOf.description) == ["2021-04-01"])
        // Guard: a tally since the fighting began.
        #expect(claims("Since the fighting began in April 2023, the RSF have killed 3,000 people.").map(\.scope) == [.total])
    }

    @Test func aLongRelativeClauseBeforeAVerbOfHarm() {
        let found = claims("Two workers who were near the tunnel's mouth when the roof gave way suffered minor injuries, police said.")
        #expect(found.map(\.figure) == [.wounded])
    }

    @Test func whatTheTollCouldBeIsAnEstimateOfNow() {
        let found = claims("Former US special envoy Tom Perriello has said the true toll could be up to 150,000.")
        #expect(found.map(\.scope) == [.total])
        let dated = claims("In November 2024 the US special envoy, Tom Perriello, said the toll could be as many as 150,000.", published: "2026-04-15")
        #expect(dated.map(\.asOf.description) == ["2024-11-01"])
        // Guards: the final toll, or a rise, is to come.
        #expect(claims("Local officials warned that the final toll could be between 60 and 100.").map(\.scope) == [.projection])
        #expect(claims("Officials fear the toll could rise to 200.").map(\.scope) == [.projection])
    }

    @Test func aNumberJoinedWithItsVerbAfterItSharesTheYear() {
        let found = claims("More than 4,500 children were killed and 7,000 maimed last year in the conflicts covered by the annual report, it said.")
        #expect(found.map(\.scope) == [.period, .period])
    }

    @Test func placesOrWeaponsJoinedByAndShareTheYear() {
        let places = claims("Armed groups, militaries and police killed at least 921 health workers across 33 conflict-affected countries and territories in 2024, the coalition said.", published: "2025-03-25")
        #expect(places.map(\.scope) == [.period])
        let weapons = claims("The authority said that 49 people were killed or injured by landmines and explosive remnants of war in 2024.", published: "2025-03-25")
        #expect(weapons.map(\.scope) == [.period])
        // Guard: one weapon is one event.
        #expect(claims("Two farmers were killed by a landmine in the region.").map(\.scope) == [.incident])
    }

    @Test func weaponsNamedWithAModifierOverAMonthAreATally() {
        let found = claims("The UN mission said that mines and explosive remnants of war killed 14 civilians and injured 53 in July.", published: "2025-08-05")
        #expect(found.map(\.scope) == [.period, .period])
    }

    @Test func aNamedHolidaysWeekendIsAWindow() {
        let found = claims("At least 25 people were wounded and six killed in shootings across Chicago over the Labor Day weekend, the police said Tuesday.")
        #expect(found.map(\.scope) == [.period, .period])
        // Guard: a disaster over the holiday is the story's toll.
        let floods = claims("At least 50 people have died in floods that swept through western Kenya over the Easter weekend, the minister said.")
        #expect(floods.map(\.scope) == [.total])
    }

    @Test func theSameWeekendOrPeriodNamedAgainIsAWindow() {
        #expect(claims("Over the same weekend last year, 49 people were wounded and nine killed.").map(\.scope) == [.period, .period])
        let same = claims("Houthi-run health authorities have given a higher toll of 217 killed and 440 wounded for the same period.")
        #expect(same.map(\.scope) == [.period, .period])
        let within = claims("Regrettably, within the period, three of our gallant soldiers paid the supreme sacrifice, while seven others sustained varying degrees of injuries.")
        #expect(within.map(\.scope) == [.period, .period])
    }

    @Test func deathsARevisionAddsAreAChange() {
        let found = claims("The department raised the state's toll from the hurricane to 19, adding four deaths from carbon monoxide poisoning.")
        #expect(found.map(\.scope) == [.total, .change])
        let hedged = claims("The department raised the state's toll from the hurricane to 19, adding at least four deaths from carbon monoxide poisoning.")
        #expect(hedged.map(\.scope) == [.total, .change])
        // Guard: "adding that" tells another thing.
        #expect(claims("The army said 19 soldiers were killed, adding that four were missing.").map(\.scope) == [.total, .total])
    }

    @Test func aMeasureIsNoOtherNumberBeforeAPointer() {
        let found = claims("Four people were electrocuted and two died in wall collapses in the city on Tuesday as Cyclone Nilam dumped 21 cm of rain on Chennai, taking the toll in Tamil Nadu from the storm to 11, the minister said.")
        #expect(found.map(\.scope) == [.change, .change, .total])
    }

    @Test func walkingIntoOrRunningOverAMineIsOneEvent() {
        let walked = claims("Three Colombian soldiers were killed and six were wounded on Saturday when their patrol walked into a minefield, the army said.")
        #expect(walked.map(\.scope) == [.incident, .incident])
        let ran = claims("Two farmworkers were killed when their tractor ran over an anti-tank mine while ploughing a field, the governor said.")
        #expect(ran.map(\.scope) == [.incident])
        // Guard: walking home is no event.
        #expect(claims("Two soldiers were killed when they walked home from the base.").map(\.scope) == [.total])
    }

    @Test func aYearBeforeANamedSubjectOpensTheSentence() {
        let found = claims("In 2024 Voces Libres recorded five journalists killed, down from nine in 2023.", published: "2025-03-10")
        #expect(found.map(\.scope) == [.period, .period])
    }

    @Test func aPluralsPossessiveStaysInThePhrase() {
        let found = claims("The death toll from Typhoon Kalinaw in the Philippines' Bicol region has risen to 47, the regional disaster office said on Wednesday.")
        #expect(found.map(\.figure) == [.killed])
        #expect(found.map(\.quantity.value) == [47])
    }

    @Test func aNameInQuoteMarksInAWhenClause() {
        let found = claims("Four people, among them two children, were injured in Kharkiv's Saltivskyi district when a PFM-1 \"butterfly\" mine that a boy had picked up in a courtyard exploded, Mayor Ihor Terekhov said.")
        #expect(found.map(\.scope) == [.incident, .incident])
    }

    @Test func peopleALegalStepIsTakenAgainstAreNoCount() {
        #expect(claims("Prosecutors have opened war crimes cases against 90 Russian servicemen over attacks on journalists.").isEmpty)
        #expect(claims("The investigation recommended disciplinary action against 16 service members.").isEmpty)
        #expect(claims("Prosecutors have opened cases against more than 90 Russian servicemen.").isEmpty)
        // Guard: troops sent against an enemy are deployed.
        #expect(claims("The army sent 500 troops against the rebels.").map(\.figure) == [.deployed])
    }

    @Test func remainAfterARelativeClauseOrItsAside() {
        let long = claims("Seven of the 84 workers who were aboard the vessel when it caught fire remain missing.")
        #expect(long.map(\.figure) == [.missing])
        let aside = claims("Seven of the 27 fishermen who were aboard, including three Indonesians and two Vietnamese, remain unaccounted for.")
        #expect(aside.first?.figure == .missing)
        #expect(aside.first?.quantity.value == 7)
    }

    @Test func shortPhrasesAroundAWeekendOrAnOpeningYearDoNotCrash() {
        // Found by scripts/fuzz claims: a weekend right after "over", a number word right after
        // an opening year.
        #expect(claims("Six people were killed over weekend in the north.").map(\.figure) == [.killed])
        #expect(claims("In 2024 Five people died.", published: "2025-03-10").map(\.figure) == [.killed])
    }

    @Test func aWholeOfTroopsSentIsADeploymentClaim() {
        let found = claims("The spy agency said about 4,700 of the roughly 14,000 North Korean troops sent to Russia had been killed or wounded.")
        #expect(found.map(\.figure) == [.casualties, .deployed])
        #expect(found.last?.quantity.value == 14_000)
        let relative = claims("Kyrgyzstan said it would withdraw about 1,000 of the 1,500 soldiers it had sent to Batken.")
        #expect(relative.first?.figure == .deployed)
        #expect(relative.first?.quantity.value == 1_500)
        // Guard: a whole of people no one sent is still no claim.
        #expect(claims("Two of the 40 soldiers were killed.").map(\.quantity.value) == [2])
    }

    @Test func peopleTreatedForHeatRelatedIllnessAreWounded() {
        let found = claims("At least 112 people were treated for heat-related illness at hospitals across the state over the past week.")
        #expect(found.first?.figure == .wounded)
        #expect(found.first?.quantity.value == 112)
        let rooms = claims("More than 3,000 people have been treated in emergency rooms for heat-related illnesses since May 20.")
        #expect(rooms.first?.figure == .wounded)
    }

    @Test func peopleCarriedToAHospitalAreWounded() {
        let found = claims("Paramedics treated more than 200 people at the scene and had taken 142 to hospitals.")
        #expect(found.last?.figure == .wounded)
        #expect(found.last?.quantity.value == 142)
        #expect(claims("Rescuers took 12 people to hospital in Boulogne.").first?.figure == .wounded)
        // Guard: people carried elsewhere are no casualty.
        #expect(claims("The helicopter took 12 people to Tromso.").isEmpty)
    }

    @Test func aVerbJoinedToAPluralDisastersKillingNamesNoEvent() {
        let found = claims("In 2021, wildfires along Turkey's southern coast killed eight people and destroyed hundreds of homes.",
                           published: "2025-08-01")
        #expect(found.first?.scope == .period)
        // Guard: the first verb of a chain still tells an event.
        #expect(claims("In 2014, Boko Haram fighters stormed a school and kidnapped 276 girls.", published: "2025-08-01")
            .first?.scope != .period)
    }

    @Test func aTemperatureIsNoOtherNumberBeforeAPointer() {
        let found = claims("Twelve people died of hypothermia as temperatures fell to minus 24C, the centre said, bringing the number of cold deaths since Nov. 1 to 43.")
        #expect(found.map(\.scope) == [.change, .total])
    }

    @Test func aForcesCeilingIsAProjection() {
        #expect(claims("The Bundestag voted to extend the mission, keeping the mandate's ceiling at 300 soldiers.").first?.scope == .projection)
        #expect(claims("The Security Council has authorised a ceiling of 11,500 military personnel for the mission.").first?.scope == .projection)
        // Guard: troops there now are not.
        #expect(claims("The mission has about 11,500 military personnel.").first?.scope == .total)
    }

    @Test func aTollPutAtOnADaysEveningIsJoinedToTheNext() {
        let found = claims("AFAD had put the toll at 21 on Tuesday evening and at 12 on Monday night.")
        #expect(found.map(\.quantity.value) == [21, 12])
        #expect(found.map(\.figure) == [.killed, .killed])
    }

    @Test func theLevelTroopsWereCutFromIsACount() {
        let found = claims("The United States has cut its troop presence in northeast Syria to about 1,400 from some 2,000 in January, a U.S. official said.")
        #expect(found.map(\.quantity.value) == [1_400, 2_000])
        #expect(found.map(\.figure) == [.deployed, .deployed])
        // Guard: troops taken away are no count of those there.
        #expect(claims("The army will pull 300 soldiers from the region.").isEmpty)
    }

    @Test func aModelsNumberIsPartOfItsName() {
        let found = claims("All 29 people on board a Russian An-26 military transport plane were killed when it crashed into a cliff.")
        #expect(found.map(\.quantity.value) == [29])
        #expect(found.first?.figure == .killed)
    }

    @Test func aDisasterAfterTheVerbOfAWhenClauseNamesNoDisaster() {
        let found = claims("Two Greek air force pilots were killed on Tuesday when their plane crashed while fighting a wildfire on the island of Evia.")
        #expect(found.first?.scope == .incident)
        // Guard: a disaster before the verb is the story's toll.
        #expect(claims("Two people were killed on Tuesday when a wildfire hit their village.").first?.scope != .incident)
        // Guard: a word joined by a hyphen is no verb of the clause.
        #expect(claims("Eighteen workers were killed when the roof of a coal-fired power station gave way.").first?.scope != .incident)
    }

    @Test func anAdverbOfPlaceEndsAPutAtValue() {
        #expect(claims("Police have put the number of dead at seven nationwide.").first?.figure == .killed)
    }

    @Test func theValueAPointerVerbRaisesTheCountFromIsACount() {
        let found = claims("Uganda is raising the number of its troops in eastern Congo from about 4,000 to some 6,000, its army chief said.")
        #expect(found.map(\.quantity.value) == [4_000, 6_000])
        #expect(found.map(\.figure) == [.deployed, .deployed])
        #expect(found.first?.scope == .total)
    }

    @Test func anElidedNumbersOwnRelativeClauseSaysWhatBecameOfThem() {
        let found = claims("HUR said it had identified 96 Cubans who had been killed in Ukraine and about 40 who were listed as missing.")
        #expect(found.map(\.figure) == [.killed, .missing])
        let miners = claims("Rescuers found 12 miners who had died and 30 who were injured.")
        #expect(miners.map(\.figure) == [.killed, .wounded])
    }

    @Test func survivorsOfANamedEventTakenToHospitalAreWounded() {
        #expect(claims("Two soldiers survived the crash and were airlifted to Kenyatta National Hospital in Nairobi.").first?.figure == .wounded)
        #expect(claims("Of those in hospital, 19 were protesters, the ministry said.").first?.figure == .wounded)
    }

    @Test func aTollRisenAsMoreOfTheWoundedDiedCountsTheDead() {
        #expect(claims("The toll from the strikes had risen to 80 as more of the wounded died in hospital.").first?.figure == .killed)
    }

    @Test func theWhenClauseOfAPointedCountsSubjectIsItsModifier() {
        let found = claims("The number of people killed when a Bangladesh Air Force training jet crashed into a school in Dhaka on Monday has risen to 31, the ministry said.")
        #expect(found.first?.figure == .killed)
        let bridge = claims("The number of people killed when a section of a 40-year-old bridge over the Mahi river collapsed near Padra, sending vehicles plunging into the water, has risen to 20, the collector said.")
        #expect(bridge.map(\.quantity.value) == [20])
        #expect(bridge.first?.figure == .killed)
        // Guard: a hedge is no pointer; the clause before "when" is another's.
        #expect(claims("In March 2019, 41 people drowned when a boat carrying Sudanese and Chadians sank within sight of Crete, prompting Greece to launch a naval rescue operation that saved more than 9,000 people in a year.")
            .map(\.quantity.value) == [41])
    }

    @Test func aCraftsCrewIsNoDeployment() {
        #expect(claims("The helicopter had six soldiers on board.").isEmpty)
        #expect(claims("A jet collided with an Army Black Hawk helicopter with three soldiers on board as it approached the airport.").isEmpty)
        // Guard: a craft sent carries troops sent; so do ships counted.
        #expect(claims("France has sent a navy ship from Reunion with 60 military personnel on board.").first?.figure == .deployed)
        #expect(claims("The United States has about 4,000 Marines and sailors aboard two warships in the region.").first?.figure == .deployed)
    }

    @Test func aThingJoinedToTheCraftThePeopleWereOnSharesTheirVerb() {
        let found = claims("All 67 people aboard the jet and the helicopter died in the crash.")
        #expect(found.map(\.quantity.value) == [67])
        #expect(found.first?.figure == .killed)
        // Guard: things joined where no one was aboard share no verb after them.
        #expect(claims("Sirens sounded on Thursday as thousands of people gathered at mass graves and mosques to remember the dead.").isEmpty)
    }

    @Test func citizensArePeopleOfAKind() {
        let found = claims("Among the dead are 41 Kazakh citizens, 12 Russians and four Azerbaijani nationals.")
        #expect(found.map(\.quantity.value) == [41, 12, 4])
        #expect(found.first?.subject == "kazakh-citizens")
    }

    @Test func aLabelsFigureWordMayHaveASecondParticipleOrDueTo() {
        let found = claims("Key figures:\n- Deaths confirmed: 21\n- Injured and admitted: 14\n- Deaths due to landslides: 11")
        #expect(found.map(\.quantity.value) == [21, 14, 11])
        #expect(found.map(\.figure) == [.killed, .wounded, .killed])
    }

    @Test func anEarlierValueWithTheAndItsGiverIsDatedBack() {
        let found = claims("About 2,000 North Korean soldiers have been killed, South Korea's spy agency told lawmakers on Thursday, up from the 600 it had estimated in April.", published: "2025-09-04")
        #expect(found.map(\.quantity.value) == [2000, 600])
        #expect(found.last?.figure == .killed)
        #expect(found.last?.scope == .total)
        #expect(found.last?.asOf == CalendarDay(iso: "2025-04-01"))
        let toll = claims("Iran has raised its death toll from the war to 935, a spokesman said on Monday, up from the 627 that Iran's health ministry had reported on June 25.", published: "2025-06-30")
        #expect(toll.map(\.quantity.value) == [935, 627])
        #expect(toll.last?.asOf == CalendarDay(iso: "2025-06-25"))
        // A window's count told before by its giver is that window's.
        let window = claims("The UN mission said on Thursday that 173 civilians were killed in January, up from the 139 it reported last month.", published: "2025-02-06")
        #expect(window.map(\.scope) == [.period, .period])
        // Guard: a count of things after "from the" is no earlier value.
        #expect(claims("At least 30 people were killed in the fire, which spread from the 12 stalls on the market's east side.")
            .map(\.quantity.value) == [30])
    }

    @Test func whatAPlaceIsBuiltToHoldIsNoCount() {
        #expect(claims("The morgue's cold storage, built for 200 bodies, was full, the charity said.").isEmpty)
        #expect(claims("The camp, which has room for 3,000 people, was flooded.").isEmpty)
        // Guard: "for" after another word is no capacity.
        #expect(claims("Funerals were held on Friday for 12 people killed in the blast.").map(\.quantity.value) == [12])
    }

    @Test func troopsWhoSignUpAreNoDeployment() {
        #expect(claims("The department said 1,900 soldiers had signed up by December.").isEmpty)
        // Guard: troops sent are.
        #expect(claims("The department said 1,900 soldiers had been sent by December.").first?.figure == .deployed)
    }

    @Test func aRelativeClauseBetweenCommasStandsBetweenTroopsAndTheirVerb() {
        #expect(claims("The 600 soldiers of the outgoing battalion, who have manned the camp since September, will fly home to N'Djamena in three stages, he said.").isEmpty)
        // Guard: troops whose verb after the clause sends nobody home stay.
        #expect(claims("The 600 soldiers of the new battalion, who arrived in September, will stay until March, he said.").first?.figure == .deployed)
    }

    @Test func aHolderIsNamedAfterASemicolonAndTheGerundHolds() {
        let found = claims("Moscow has not said how many Ukrainians it holds; Kyiv says it holds about 6,000 Russian soldiers, a figure that could not be verified.")
        #expect(found.map(\.quantity.value) == [6000])
        #expect(found.first?.figure == .captured)
        #expect(claims("The official accused the government of holding about 1,200 Houthi fighters in its prisons.").first?.figure == .captured)
        // Guard: a side's own troops held are deployed.
        #expect(claims("Russia is holding 50,000 Russian troops near the border.").first?.figure == .deployed)
    }

    @Test func survivorsWithInjuriesAreWounded() {
        let found = claims("Three other soldiers survived with burns and broken bones and were flown to a hospital in Timika, the spokesman said.")
        #expect(found.map(\.quantity.value) == [3])
        #expect(found.first?.figure == .wounded)
        // Guard: survivors with no harm named are no casualties.
        #expect(claims("Three other soldiers survived with their rifles and walked to a village in Timika, the spokesman said.").first?.figure != .wounded)
    }

    @Test func aParticipleWithAPronounObjectStandsBeforeThePeoplesVerb() {
        let found = claims("Three truck drivers were killed when the fighters opened fire on the convoy, and two Malian soldiers escorting it were wounded, Mali's army said.")
        #expect(found.map(\.quantity.value) == [3, 2])
        #expect(found.last?.figure == .wounded)
        // Guard: with no verb after the pronoun, nothing is skipped.
        #expect(claims("Mali sent 200 soldiers escorting them to the border.").first?.figure == .deployed)
    }

    @Test func peopleAddedAlongWithShareTheCasualtyBefore() {
        let found = claims("Thirteen South African soldiers were killed in clashes with the rebels around Goma, South Africa's defence ministry said, along with three Malawian peacekeepers.")
        #expect(found.map(\.quantity.value) == [13, 3])
        #expect(found.map(\.figure) == [.killed, .killed])
        // Guard: a deployment is not shared.
        #expect(claims("Malawi has sent 300 soldiers to the region, along with 12 doctors.").map(\.quantity.value) == [300])
    }

    @Test func sinceTheFireBeganIsTheWholeStory() {
        let found = claims("Of the 68 people taken to hospital since the fire began on Wednesday afternoon, 29 were still being treated, the Hospital Authority said.")
        #expect(found.map(\.quantity.value) == [68, 29])
        #expect(found.map(\.scope) == [.total, .total])
        // Guard: a ceasefire opens a window.
        #expect(claims("At least 40 people have been killed since the ceasefire began on Sunday.").first?.scope == .period)
    }

    @Test func aHarmOfTheBodyAFewWordsAfterSufferedIsAWound() {
        let found = claims("Six workers were killed and five others suffered severe burns in an explosion at a fireworks unit on Friday, police said.")
        #expect(found.map(\.figure) == [.killed, .wounded])
        #expect(claims("One firefighter sustained a minor injury and was treated at the scene.").first?.figure == .wounded)
        // Guard: losses of things are no harm.
        #expect(claims("About 300 families lost their homes in the fire.").isEmpty)
    }

    @Test func takenInWithADiseaseIsHurt() {
        let found = claims("MSF said its hospital in Ulang had admitted 486 children with severe acute malnutrition in the past month.")
        #expect(found.first?.figure == .wounded)
        #expect(claims("MSF said it had opened a 60-bed unit in Tshikapa and was admitting about 90 patients a week.").first?.figure == .wounded)
        // Guard: a disease only suspected is left out, as are the treated "with" one.
        #expect(claims("Our teams have treated more than 2,600 people with suspected cholera at two centres.").isEmpty)
    }

    @Test func theDeathOfTheInjuredIsADeath() {
        let found = claims("The death toll now stands at five, following the death of two more injured persons at the teaching hospital.")
        #expect(found.map(\.quantity.value) == [5, 2])
        #expect(found.last?.figure == .killed)
        #expect(found.last?.scope == .change)
    }

    @Test func peopleShotAreNoThing() {
        let found = claims("The death toll rose to nine on Monday after two more people shot during overnight protests died in hospital, police said.")
        #expect(found.map(\.quantity.value) == [9, 2])
        #expect(found.last?.figure == .killed)
    }

    @Test func kinOfTheDeadAreNoCasualties() {
        #expect(claims("About 200 relatives of people killed in last month's unrest marched to the court on Wednesday.").isEmpty)
        #expect(claims("Some 40 parents of missing students protested outside the ministry.").isEmpty)
        // Guard: kin with their own casualty verb are counted.
        #expect(claims("Three relatives of the governor were killed in the attack.").first?.figure == .killed)
    }

    @Test func anUnknownCurrencyAfterTheNumberIsMoney() {
        #expect(claims("The clans will pay compensation of 150 pigs and 300,000 kina to the families of the dead.").isEmpty)
    }

    @Test func quoteMarksAroundTheFiguresWordsStandInThePredicate() {
        let found = claims("The army said that nine soldiers and four VDP auxiliaries had \"fallen with arms in hand\" during an attack on the detachment on Sunday.")
        #expect(found.map(\.quantity.value) == [9, 4])
        #expect(found.map(\.figure) == [.killed, .killed])
    }

    @Test func aRelativeClauseOnAPartIsNoAsideOfTheWhole() {
        let found = claims("About 120 soldiers were stationed at the base, nearly half of whom were killed, wounded or missing, according to officers in Niamey.")
        #expect(found.first?.figure == .deployed)
    }

    @Test func anAdjectivesCasualtyOutranksAVerbOfMovingTroops() {
        let found = claims("Residents said more than 20 wounded soldiers had been brought to the city's hospital on Monday night.")
        #expect(found.first?.figure == .wounded)
        // Guard: troops brought in with no casualty word are deployed.
        #expect(claims("The army said more than 200 soldiers had been brought to the city on Monday night.").first?.figure == .deployed)
    }

    @Test func theBodiesOfTheMissingAreDead() {
        let found = claims("Security sources said on Wednesday that the bodies of four of the missing soldiers had since been found, bringing the toll to 15.")
        #expect(found.map(\.quantity.value) == [4, 15])
        #expect(found.map(\.figure) == [.killed, .killed])
        #expect(found.map(\.scope) == [.change, .total])
    }

    @Test func aTollAfterAnIncrementIsATotal() {
        let found = claims("Officials said that four more soldiers had died, bringing the toll to 15.")
        #expect(found.map(\.scope) == [.change, .total])
    }

    @Test func aVoteOpensAWindow() {
        let found = claims("The minister told parliament on Friday that eight people had died in \"acts of hooliganism\" since the vote, including two police officers.")
        #expect(found.map(\.scope) == [.period, .period])
        #expect(claims("At least 14 people have died in election-related violence since polling day, a rights group said.").first?.scope == .period)
        // Guard: the results' announcement starts the crisis's whole story.
        let results = claims("Police shot dead at least 11 protesters on Thursday, bringing the number killed since disputed election results were announced on Dec. 23 to 187.")
        #expect(results.last?.scope == .total)
    }

    @Test func aDisastersWordAfterToIsAVerb() {
        let found = claims("The gendarmerie says three people were killed and 21 injured on Monday when protesters tried to storm the electoral commission's offices and gendarmes opened fire.")
        #expect(found.map(\.scope) == [.incident, .incident])
    }

    @Test func aTimeUnitsTollIsAWindows() {
        let found = claims("The Home Ministry put the day's toll at four dead and more than 60 injured in 11 districts.")
        #expect(found.map(\.scope) == [.period, .period])
        // Guard: a weekday's toll is its event's.
        #expect(claims("The ministry put Monday's toll at 40 dead.").first?.scope != .period)
    }

    @Test func survivorsWhoSpeakAreSpeakers() {
        #expect(claims("Two soldiers who survived the attack said the base came under fire from more than 200 gunmen on motorcycles.").isEmpty)
        // Guard: people whose relative clause names a casualty are counted.
        #expect(claims("Two soldiers who were wounded in the attack said the base came under fire.").first?.figure == .wounded)
    }

    @Test func aPronounsIncrementIsAChange() {
        let found = claims("On Wednesday, it put the toll at 23, and on Friday it raised it by 11 to 34 after rescuers reached the buried neighbourhood.")
        #expect(found.map(\.quantity.value) == [23, 11, 34])
        #expect(found.map(\.scope) == [.total, .change, .total])
    }

    @Test func aTargetOfTroopsIsTheirPlannedStrength() {
        let found = claims("Norway has about 23,000 full-time military personnel, according to its Defence Ministry, whose plan sets a target of 28,000 by 2036.")
        #expect(found.map(\.quantity.value) == [23000, 28000])
        #expect(found.last?.figure == .deployed)
        #expect(found.last?.scope == .projection)
        // Guard: a target after a casualty is no claim.
        #expect(claims("About 40 people were killed on Monday, and the UN has a goal of 500 by May.").map(\.quantity.value) == [40])
    }

    @Test func aPastYearReachesPastThingsJoinedAndListed() {
        #expect(claims("The agency said that 298 miners had died in accidents at the country's coal and metal mines in 2024.", published: "2025-03-01")
            .first?.scope == .period)
        #expect(claims("The agency said 1,470 people had died in landslides, floods and other disasters across the country in 2024.", published: "2025-03-01")
            .first?.scope == .period)
        // Guard: a clause of its own joined by "and" keeps its year.
        #expect(claims("The fighting killed 1,100 people and led to reforms agreed in 2013.", published: "2025-03-01").first?.scope == .total)
    }

    @Test func howLongANamedThingRunsIsNoWindow() {
        #expect(claims("The monsoon, which runs from June to September, has killed 112 people across Nepal so far this season, it said.")
            .first?.scope == .total)
        // Guard: a span the count is told over is its window.
        #expect(claims("At least 40 people were killed from June to September, officials said.").first?.scope == .period)
    }

    @Test func aWarWithModifiersIsTheWholeWar() {
        let found = claims("Iran's health ministry said 627 people had been killed and 4,870 injured in Israeli strikes during the 12-day war, which ended with a ceasefire on Tuesday.")
        #expect(found.map(\.scope) == [.total, .total])
    }

    @Test func troopsFreedAfterACountOfCaptivesAreNoDeployment() {
        let found = claims("Cardozo said the ELN had kidnapped 43 soldiers and police officers since the start of the year, and that 29 had since been freed.")
        #expect(found.map(\.quantity.value) == [43])
        // Guard: troops sent after a count of captives stay.
        #expect(claims("The ELN had kidnapped 43 soldiers, and the army sent 900 soldiers to the region.").map(\.figure) == [.captured, .deployed])
    }

    @Test func whatEachUnitHoldsIsNoCountOfTheWhole() {
        #expect(claims("He said the kidnappers had demanded a ransom of 50 million naira for each group of 10 captives.").isEmpty)
    }

    @Test func aNextPartsPeopleMayHaveWordsBeforeTheirKind() {
        let found = claims("The ministry said 96 of the dead were children under five and 31 were pregnant or breastfeeding women.")
        #expect(found.map(\.quantity.value) == [96, 31])
        #expect(found.last?.subject == "women")
    }

    @Test func aTollsJoinedModalVerbIsItsProjection() {
        let found = claims("The governor said the toll had stood at 38 a week earlier and could pass 100 by the end of the month if relief food did not arrive.")
        #expect(found.map(\.quantity.value) == [38, 100])
        #expect(found.last?.scope == .projection)
    }

    @Test func anUnknownNounsPastVerbIsItsPredicate() {
        let found = claims("Two farmworkers died of heatstroke in fields near Ragusa this afternoon, regional health officials say, bringing the number of heat-related deaths reported across Italy to 19.")
        #expect(found.map(\.quantity.value) == [2, 19])
        #expect(found.first?.subject == "farmworkers")
        #expect(found.map(\.figure) == [.killed, .killed])
        #expect(claims("Verma said that a total of 1,214 Maoists surrendered during the year.").first?.figure == .captured)
        // Guard: a participle after an unknown noun may modify it.
        #expect(claims("Pirates were still holding 17 fishermen from two Iranian dhows seized in the Gulf of Aden in December.")
            .map(\.quantity.value) == [17])
    }

    @Test func theNumberTreatedIsACountOfTheWounded() {
        let found = claims("The Jakarta health office put the number treated in the capital's hospitals at 469, up from 310 on Friday.")
        #expect(found.map(\.quantity.value) == [469, 310])
        #expect(found.map(\.figure) == [.wounded, .wounded])
    }

    @Test func aParticiplesClauseAfterTroopsIsTheirSidesAct() {
        let found = claims("Russia's Africa Corps now has about 2,000 troops in Mali after absorbing many of the Wagner mercenaries who are leaving the country, two diplomatic sources said.")
        #expect(found.map(\.quantity.value) == [2000])
        #expect(found.first?.figure == .deployed)
    }

    @Test func aTollOfOneAttackPutAtANumberIsItsEvents() {
        let found = claims("The general staff put the provisional toll of the attack at five soldiers killed and seven wounded.")
        #expect(found.map(\.scope) == [.incident, .incident])
        // Guard: a disaster's toll is the story's.
        #expect(claims("The ministry put the toll from the floods at 40.").first?.scope == .total)
    }

    @Test func peopleWhoRemainAtAHospitalAreWounded() {
        let found = claims("The spokesman said 23 people remained at Korle Bu Teaching Hospital's burns unit, down from 31 on Monday.")
        #expect(found.map(\.quantity.value) == [23, 31])
        #expect(found.map(\.figure) == [.wounded, .wounded])
        // Guard: at a place that is no hospital, no one is hurt.
        #expect(claims("The spokesman said 23 people remained at Korle Bu market.").isEmpty)
    }

    @Test func aRelativeClauseBetweenCommasDoesNotHideThePeoplesVerb() {
        let found = claims("The army said all 16 attackers, who had tried to enter the cantonment after ramming two explosive-laden vehicles into the gate, were killed by troops during the assault.")
        #expect(found.map(\.quantity.value) == [16])
        #expect(found.first?.figure == .killed)
        #expect(found.first?.scope == .incident)
    }

    @Test func aWholeThatItsParticipleNamesCasualtiesIsAClaim() {
        let found = claims("Police said 11 of the 15 people injured in the clash had been discharged.")
        #expect(found.map(\.quantity.value) == [11, 15])
        #expect(found.last?.figure == .wounded)
        let died = claims("Experts have identified the remains of 41 of the 58 people who died when the plane crashed last week.")
        #expect(died.contains { $0.quantity.value == 58 && $0.figure == .killed })
        // Guard: the part's own verb after the whole makes the whole no claim.
        #expect(claims("The coast guard said 11 of its 25 crew members remain missing.").map(\.quantity.value) == [11])
    }

    @Test func peopleTreatedForPoisoningAreWounded() {
        let found = claims("Twenty-three people have died and 160 have been treated for methanol poisoning after drinking bootleg alcohol, the ministry said.")
        #expect(found.map(\.quantity.value) == [23, 160])
        #expect(found.map(\.figure) == [.killed, .wounded])
        let treated = claims("MSF teams in Bentiu have treated 387 people for acute food poisoning since Saturday.")
        #expect(treated.map(\.figure) == [.wounded])
    }

    @Test func sinceAnOutbreaksFirstCasesIsTheWholeStory() {
        let found = claims("Since the first cases were reported on 2 March, 31 people have died, the WHO said.")
        #expect(found.map(\.scope) == [.total])
        // Guard: since a day alone is a window.
        #expect(claims("Since 2 March, 31 people have died, the WHO said.").map(\.scope) == [.period])
    }

    @Test func millilitresAreNoPeople() {
        #expect(claims("As little as 30 millilitres of methanol can kill an adult, doctors said.").isEmpty)
    }

    @Test func peopleWhoFrozeToDeathAreDead() {
        let found = claims("In May 2005, 44 conscripts and a sergeant froze to death during a march on the volcano.")
        #expect(found.map(\.quantity.value) == [44])
        #expect(found.first?.figure == .killed)
    }

    @Test func troopsAsleepOrAccountedForAreNoDeployment() {
        #expect(claims("About 90 conscripts were asleep in the building when the fire started, the army said.").isEmpty)
        #expect(claims("All 62 soldiers had been accounted for, the army said.").isEmpty)
        // Guard: troops in a place are deployed.
        #expect(claims("About 90 conscripts were in the building, the army said.").first?.figure == .deployed)
    }

    @Test func peopleWhoRemainInAHospitalNamedOrItsWardAreWounded() {
        #expect(claims("Eight soldiers remain in the burns ward of the Jodhpur hospital.").first?.figure == .wounded)
        let found = claims("Salas said 45 conscripts had been treated for cold injuries, and that 12 remained at Juan Noé hospital in Arica.")
        #expect(found.map(\.quantity.value) == [45, 12])
        #expect(found.map(\.figure) == [.wounded, .wounded])
        // Guard: troops that remain in a town are deployed.
        #expect(claims("Eight soldiers remain in the town of Jodhpur.").first?.figure == .deployed)
    }

    @Test func aRelativeClauseAfterAnAsideOnAPartSaysWhatBefellTheWhole() {
        let found = claims("Firefighters were still searching for nine people, among them three children, who went missing on Sunday when a raft overturned.")
        #expect(found.map(\.quantity.value) == [9, 3])
        #expect(found.map(\.figure) == [.missing, .missing])
    }

    @Test func peopleAtAPlaceTreatedForAHarmAreWounded() {
        let found = claims("Between 80 and 100 students at a girls' boarding school in Baringo County were treated for food poisoning overnight, the principal said.")
        #expect(found.map(\.quantity.value) == [90])
        #expect(found.first?.figure == .wounded)
    }

    @Test func peopleBroughtOrTransferredToAHospitalNamedAreWounded() {
        #expect(claims("Memon said 184 patients had been brought to Liaquat University Hospital alone.").first?.figure == .wounded)
        #expect(claims("Three students were transferred to Moi Teaching and Referral Hospital.").first?.figure == .wounded)
        // Guard: brought to a place that is no hospital.
        #expect(claims("Memon said 184 patients had been brought to the city.").isEmpty)
    }

    @Test func whatTheSpeakerWentOnToSayIsNoPlan() {
        let found = claims("Rodrigo said the army would study the report, adding that about 2,300 troops were stationed at Diyatalawa.")
        #expect(found.map(\.scope) == [.total])
    }

    @Test func peopleRegisteredAsMissingAreMissing() {
        let found = claims("Veracruz has about 7,000 people registered as missing, according to the state search commission.")
        #expect(found.map(\.figure) == [.missing])
        // Guard: people recorded as dead by mistake are no toll.
        #expect(claims("The ministry said four people had been wrongly recorded as dead by a hospital.").isEmpty)
    }

    @Test func aCompoundAdjectiveEndingInTrainedIsNoTraining() {
        let found = claims("Zimbabwe's army deployed about 5,000 soldiers of the North Korean-trained Fifth Brigade to Matabeleland in January 1983, the commission said.")
        #expect(found.map(\.figure) == [.deployed])
    }

    @Test func aNounThatADeathWordModifiesCountsNoDead() {
        #expect(claims("The prosecution had sought the death penalty for all 13 accused.").isEmpty)
    }

    @Test func aQuestionsClauseIsNotThePeoplesVerb() {
        #expect(claims("The two also differ on how many people have died on the way.").isEmpty)
    }

    @Test func theMainAuxiliaryAfterARelativeClauseOfDeathKeepsNoTroops() {
        let found = claims("Wahyu said the nine civilians who died had rushed onto the site to collect scrap metal.")
        #expect(found.map(\.quantity.value) == [9])
        #expect(found.first?.figure == .killed)
    }

    @Test func aPartOfThemThatACasualtyVerbTakesIsACasualty() {
        let found = claims("An Army truck carrying 26 conscripts overturned on the highway, killing three of them and injuring 19, police said.")
        #expect(found.map(\.quantity.value) == [3, 19])
        #expect(found.map(\.figure) == [.killed, .wounded])
    }

    @Test func aParentsChildrenAreNoCount() {
        #expect(claims("Among the dead was a mother of eight who was shot as she crossed a road.").isEmpty)
    }

    @Test func troopsRescuedPastTheirRelativeClauseAreNoDeployment() {
        #expect(claims("Eleven other Marines who were aboard the vehicle were rescued by a safety boat, the Pentagon said.").isEmpty)
    }

    @Test func aPartOfThingsWithAModifierIsNoPeople() {
        #expect(claims("The airstrip has received 43 relief flights, including three from Brazil's air force.").isEmpty)
    }

    @Test func aMeasureAfterTheFigureIsNoCountOfVictims() {
        let found = claims("Eight other miners remain unaccounted for just shy of 800 metres below the surface, the agency said.")
        #expect(found.map(\.quantity.value) == [8])
        #expect(found.first?.figure == .missing)
    }

    @Test func peopleRescuedWithBurnsPastTheirRelativeClauseAreWounded() {
        let found = claims("Three miners who were near the entrance were rescued with burns and taken to the hospital in Ubaté.")
        #expect(found.map(\.figure) == [.wounded])
    }

    @Test func aPartInAnAsideEndsNoClauseOfItsWhole() {
        let found = claims("Twelve of the survivors, among them three children, were flown to Heraklion's Venizelio hospital with hypothermia, the director said.")
        #expect(found.map(\.quantity.value) == [12, 3])
        #expect(found.map(\.figure) == [.wounded, .wounded])
    }

    @Test func freedCaptivesAreHeldNoMore() {
        #expect(claims("A police spokesman said the freed captives, among them 12 women, had been reunited with their families.").isEmpty)
    }

    @Test func aHyphenatedModifierBeforeTheEventKeepsItOneEvent() {
        let found = claims("At least 17 Indian soldiers were injured in a hand-to-hand clash with Chinese troops on Tuesday night, officials said.")
        #expect(found.map(\.scope) == [.incident])
    }

    @Test func troopsThatExchangedFireTellOneEvent() {
        let found = claims("A Kenyan soldier and two South Sudanese soldiers were killed on Tuesday when troops from the two countries exchanged fire at the Nadapal border post.")
        #expect(found.map(\.quantity.value) == [2])
        #expect(found.first?.scope == .incident)
        // (Prisoners exchanged are no event.)
        #expect(claims("Two soldiers were killed when the two sides exchanged prisoners at the border post.").first?.scope != .incident)
    }

    @Test func aDaysExchangeOfFireIsOneEvent() {
        let found = claims("Ecuador's defence ministry said two Ecuadorian soldiers were wounded in Sunday's exchange of fire.")
        #expect(found.map(\.scope) == [.incident])
    }

    @Test func theNumberOfCaptivesPutAtAValueAfterARaidIsTheRaids() {
        let found = claims("""
            Armed bandits stormed Kadamutsa village on Tuesday evening, killing 23 villagers and abducting about 50 others, \
            residents said. Police spokesman Yazid Abubakar put the number abducted at 31 and said tactical teams had been sent.
            """)
        #expect(found.map(\.quantity.value) == [23, 50, 31])
        #expect(found.map(\.scope) == [.incident, .incident, .incident])
    }

    @Test func captivesARescueIsStillToFreeAreHeld() {
        let found = claims("Efforts are ongoing to rescue the remaining forty-nine (49) students still in captivity.")
        #expect(found.map(\.quantity.value) == [49])
        #expect(found.first?.figure == .captured)
        #expect(claims("Troops rescued 49 students from the forest on Tuesday.").isEmpty)
    }

    @Test func peopleInTheKidnappersHandsAreHeld() {
        let found = claims("The parents' forum says 49 girls remain in the kidnappers' hands.")
        #expect(found.map(\.figure) == [.captured])
    }

    @Test func fightersWhoLaidDownArmsAreNoDeployment() {
        #expect(claims("About 3,000 former fighters have been through the programme's deradicalisation camp in Gombe.").isEmpty)
        #expect(claims("The body said 26,145 combatants and 4,625 firearms had been decommissioned since 2015.").isEmpty)
        // (Veterans who fight again are.)
        let found = claims("As many as 380 retired Colombian soldiers are fighting in Sudan, the ministry said.")
        #expect(found.map(\.figure) == [.deployed])
    }

    @Test func moreTroopsToComeAfterAPlaceAdverbArePlanned() {
        let more = claims("India has around 70,000 troops in the sector and plans to deploy about 40,000 more there by 2027, they said.")
        #expect(more.map(\.quantity.value) == [70_000, 40_000])
        #expect(more.last?.scope == .projection)
        let further = claims("Myanmar's military said it had moved 800 soldiers into Lashio on Tuesday and would station a further 1,200 there by the end of May.")
        #expect(further.map(\.quantity.value) == [800, 1_200])
        #expect(further.last?.figure == .deployed)
        #expect(further.last?.scope == .projection)
    }

    @Test func aPlanOnceAnotherSideLeavesIsNoDeparture() {
        let found = claims("""
            The army said it had deployed 2,000 troops in the south, bringing its strength there to about 6,000, and that it \
            would send another 4,000 once Israeli forces leave.
            """)
        #expect(found.map(\.quantity.value) == [2_000, 6_000, 4_000])
        #expect(found.last?.scope == .projection)
    }

    @Test func aUnitsNumberInItsNameIsNoCount() {
        let found = claims("A soldier of the Indian army's 5 Field Regiment, Lance Naik Dinesh Kumar, 32, was killed in the shelling in Poonch, the army says.")
        #expect(found.isEmpty)
        // (A force's name before its people is no unit's number: "2,500 Africa Corps fighters".)
        #expect(claims("Some 2,500 Africa Corps fighters are deployed in the country, diplomats say.").map(\.quantity.value) == [2_500])
    }

    @Test func peopleWhoseHolderTheRelativeClauseNamesAreHeld() {
        let found = claims("The group has seized one vessel, the car carrier Galaxy Leader, whose 25 crew members it is still holding.")
        #expect(found.map(\.quantity.value) == [25])
        #expect(found.first?.figure == .captured)
    }

    @Test func theInjuredWhoRemainInTheHospitalJustNamedAreWounded() {
        let found = claims("The injured, all of whom are stable, were flown to a hospital in Djibouti, where three of them remain.")
        #expect(found.map(\.quantity.value) == [3])
        #expect(found.first?.figure == .wounded)
    }

    @Test func kinOfTwoKindsOfCasualtiesAreNoCasualties() {
        #expect(claims("Hundreds of parents and relatives of the schoolgirls abducted from Rijau marched on the government house on Monday.").isEmpty)
    }

    @Test func aTableRowOfAMonthIsAWindow() {
        let found = claims("""
            Abductions recorded by the group, by month:

            | Month | Abducted | Killed during abductions |
            |---|---|---|
            | January | 388 | 41 |
            | February | 402 | 37 |
            """)
        #expect(found.map(\.quantity.value) == [388, 41, 402, 37])
        #expect(found.allSatisfy { $0.scope == .period })
    }

    @Test func aPartOfThoseCountedByTheirParticipleIsOfTheWholesWindow() {
        let found = claims("""
            Armed groups abducted at least 3,140 people in the northwest in 2025, according to the group's annual report. \
            Katsina accounted for 1,012 of the people abducted, Zamfara for 884 and Sokoto for 701.
            """)
        #expect(found.map(\.quantity.value) == [3_140, 1_012, 884, 701])
        #expect(found.allSatisfy { $0.scope == .period })
    }

    @Test func aNumberRaisedFromAValueToAnotherIsNoRange() {
        let found = claims("Musa said the army planned to raise the number of troops in its school-protection force from 1,200 to 3,000 by March.")
        #expect(found.map(\.quantity.value) == [3_000])
        #expect(found.first?.scope == .projection)
    }

    @Test func captivesThatTheVerbSaysDiedOrWereHurtAreCasualties() {
        let died = claims("Over the same period, at least 240 people were killed during abductions and 17 captives died in captivity.")
        #expect(died.map(\.figure) == [.killed, .killed])
        #expect(claims("Three captives were injured in the crossfire, police said.").map(\.figure) == [.wounded])
    }

    @Test func peopleOnTheirWayHomeAreNoneBroughtHome() {
        let found = claims("In a similar attack in June 2024, gunmen abducted more than 100 students travelling home from Debark University; most were released after ransoms were paid.")
        #expect(found.map(\.quantity.value) == [100])
        #expect(found.first?.figure == .captured)
    }

    @Test func aForcesCeilingCutIsAPlannedStrength() {
        let found = claims("UNISFA has about 3,250 troops in the area, and the Security Council is expected to cut its ceiling to 2,500 next year.")
        #expect(found.map(\.quantity.value) == [3_250, 2_500])
        #expect(found.last?.scope == .projection)
    }

    @Test func captivesAnotherSideSaysItHoldsAreHeld() {
        let found = claims("Armenia says Azerbaijan is still holding 23 Armenians, while Baku says it holds 19.")
        #expect(found.map(\.quantity.value) == [23, 19])
        #expect(found.allSatisfy { $0.figure == .captured })
    }

    @Test func aPerfectInALaterClauseOfThePeopleOpensNoTally() {
        let found = claims("""
            Enemy forces attacked our positions at Panakuach on Monday. In the ensuing exchange of fire, our forces killed \
            forty-three (43) enemy combatants. We regret to announce that seven (07) of our soldiers paid the supreme sacrifice, \
            while fifteen (15) sustained injuries and have been evacuated to Bentiu for treatment.
            """)
        #expect(found.map(\.quantity.value) == [43, 7, 15])
        #expect(found.allSatisfy { $0.scope == .incident })
    }

    @Test func theMostWithAnAdjectiveRanksAsASuperlativeDoes() {
        let found = claims("The attack is the most serious on a tanker since January, when a drone boat struck the Marlin Star and killed two of its crew members.",
                           published: "2024-06-13")
        #expect(found.first?.scope == .incident)
        #expect(found.first?.asOf.description == "2024-01-01")
    }

    @Test func aPastMonthRightBeforeWhenDatesTheEventSinceIsNamed() {
        let found = claims("India keeps 50,000 troops in Ladakh, a deployment it has maintained since the deadly clash in the Galwan valley in June 2020, when 20 Indian soldiers were killed.")
        #expect(found.map(\.quantity.value) == [50_000, 20])
        #expect(found.last?.scope == .incident)
        #expect(found.last?.asOf.description == "2020-06-01")
    }

    @Test func fightersWhoSurrenderedOnADayAreOneEvents() {
        let found = claims("On Saturday, 37 fighters surrendered to troops in the Middle Shabelle region with their weapons, he said.")
        #expect(found.map(\.figure) == [.captured])
        #expect(found.first?.scope == .incident)
    }

    @Test func aTollOfAWeaponsEventRaisedIsThatEvents() {
        let found = claims("Update: the provincial government has raised the number of civilians killed in the Kamanyola shelling to 19.")
        #expect(found.map(\.scope) == [.incident])
    }

    @Test func aPartOfThemInCareTakesTheScopeOfTheirWhole() {
        let found = claims("""
            Russian drones struck a grain terminal in Izmail overnight, damaging a cargo ship and injuring five crew members, \
            the authorities said on Friday. Two of them were taken to hospital with shrapnel wounds, the authorities said.
            """)
        #expect(found.map(\.quantity.value) == [5, 2])
        #expect(found.map(\.scope) == [.incident, .incident])
    }

    @Test func aCompoundEndingOnAWordOfHarmSaysWhatBefellThem() {
        let found = claims("The ICRC has treated 386 weapon-wounded patients in South Sudan since the start of the year.")
        #expect(found.map(\.figure) == [.wounded])
    }

    @Test func suspectsHeldForTrialAreNoCaptives() {
        #expect(claims("He said 48 suspects were being held at Rumbek central prison awaiting trial.").isEmpty)
    }

    @Test func troopsAnArmyIsShortOfAreNoDeployment() {
        #expect(claims("The military told the committee on Monday that it is short of about 12,000 soldiers, including some 7,500 combat troops.").isEmpty)
    }

    @Test func aCountOfEventsAfterAnArticleIsNoPeople() {
        let found = claims("Soldiers from the post deployed to Afghanistan and Iraq; 316 of them were killed in the two wars, according to the museum.")
        #expect(found.map(\.quantity.value) == [316])
    }

    @Test func aForceCutFromALevelToAnotherIsThereNowAndPlanned() {
        let found = claims("The British Army will shrink from about 73,000 regular soldiers to 70,000 by 2029, the ministry said on Monday.")
        #expect(found.map(\.quantity.value) == [73_000, 70_000])
        #expect(found.map(\.scope) == [.total, .projection])
    }

    @Test func deathThreatsAreNoDeaths() {
        #expect(claims("The union said 140 more had received death threats this year.").isEmpty)
    }

    @Test func aPartOfPeopleFreedIsHeldNoMore() {
        #expect(claims("About 300 of the freed inmates were political prisoners, the network said.").isEmpty)
        // (Unless the part was hurt.)
        #expect(claims("Two of the freed guards were taken to hospital with stab wounds.").map(\.figure) == [.wounded])
    }

    @Test func inmatesAPrisonHoldsAreNoCaptives() {
        #expect(claims("The facility, built in 1958 for 260 inmates, was holding 712 at the time of the attack.").isEmpty)
        #expect(claims("The rebels were holding 712 at the prison.").map(\.figure) == [.captured])
    }

    @Test func aPastMonthAfterAColonOpensItsOwnSentence() {
        let found = claims("""
            The figures come two years after the worst episode in the country's prisons in a decade: in June 2023, 46 women \
            were killed at the women's prison in Tamara when a gang set fire to a cell block.
            """)
        #expect(found.map(\.scope) == [.incident])
        #expect(found.first?.asOf.description == "2023-06-01")
    }

    @Test func aTollAGerundBringsPastManyWordsStaysTheStorys() {
        let found = claims("""
            The court convicted two men of helping to plan the bombing outside the stadium on Nov. 16, 2019, which killed 17 \
            people. Two of the injured later died in hospital, bringing the number of people killed in the attack to 19, \
            prosecutors said.
            """)
        #expect(found.last?.quantity.value == 19)
        #expect(found.last?.scope == .total)
    }

    @Test func aPartListedAfterOnePersonAmongTheVictimsIsAPart() {
        let found = claims("""
            Gunmen killed 12 people in the village of Kiri on Tuesday, the mayor said. The victims included a 70-year-old \
            village chief and two boys aged 11 and 13.
            """)
        #expect(found.map(\.quantity.value) == [12, 2])
        #expect(found.map(\.figure) == [.killed, .killed])
    }

    @Test func aConflictOfSoManyDaysIsTheWholeWar() {
        let found = claims("India has said Pakistani shelling killed 16 civilians in Poonch district alone during the four-day conflict.")
        #expect(found.map(\.scope) == [.total])
    }

    @Test func aValuePutAtRightAfterASentencesOpeningIsReadSafely() {
        // (The "put the number at" test once read a range whose start passed its end here.)
        let found = claims("Gunmen abducted 40 villagers in a raid on Tuesday, police said. Still at 31 hostages remain.")
        #expect(found.first?.quantity.value == 40)
    }

    @Test func killedOrMaimedIsBothCasualties() {
        let found = claims("At least 600 children were killed or maimed in the north-east last year, the agency said.")
        #expect(found.map(\.figure) == [.casualties])
        #expect(found.map(\.quantity.value) == [600])
    }

    @Test func animalsCountedAreNoPeople() {
        // (And a bare number right after animals counts animals again.)
        let found = claims("""
            Rangers captured 23 crocodiles near the fishing camps last year and moved another 14 to a sanctuary. Poisoned \
            carcasses also killed 11 vultures, and at least 40 have been electrocuted by power lines since 2020.
            """)
        #expect(found.isEmpty)
        let mixed = claims("Herders shot three lions after the cattle raid, and police said two herders were killed.")
        #expect(mixed.map(\.quantity.value) == [2])
    }

    @Test func aMobOrAWildAnimalOnADayIsOneAttack() {
        let mob = claims("A mob lynched three men accused of theft in the town of Ruiru late on Saturday, police said.")
        #expect(mob.map(\.scope) == [.incident])
        let tiger = claims("Two farmers were killed by a tiger on Friday morning near the reserve, forest officials said.")
        #expect(tiger.map(\.scope) == [.incident])
    }

    @Test func aForceNamedInSeveralCapitalisedWordsBeforePersonnelIsDeployed() {
        let found = claims("""
            About 400 Central Reserve Police Force personnel have been deployed to the district, officials said, and 60 \
            Ground Self-Defense Force personnel would be sent next week.
            """)
        #expect(found.map(\.quantity.value) == [400, 60])
        #expect(found.map(\.figure) == [.deployed, .deployed])
        #expect(found.map(\.scope) == [.total, .projection])
    }

    @Test func soldiersSentencedOrArrestedAreNoDeployment() {
        let found = claims("""
            A military court sentenced seven soldiers to life in prison over the massacre. Police also arrested 12 soldiers \
            suspected of looting.
            """)
        #expect(found.isEmpty)
    }

    @Test func aLevelVerbNearFromToIsAMoveNotARange() {
        let found = claims("The junta has said it wants to expand Chad's army from 20,000 to 50,000 soldiers by 2030.")
        #expect(found.map(\.quantity.value) == [50_000])
        #expect(found.map(\.quantity.qualifier) == [.exact])
        #expect(found.map(\.scope) == [.projection])
    }

    @Test func aFiscalYearIsAWindow() {
        let found = claims("""
            Bears have killed five people and injured 61 in Iwate this fiscal year, officials said. In fiscal 2022, they \
            killed two people, the ministry said. Elephants killed 1,200 people between 2018-19 and 2022-23, the minister said.
            """)
        #expect(found.map(\.quantity.value) == [5, 61, 2, 1_200])
        #expect(found.map(\.scope) == [.period, .period, .period, .period])
    }

    @Test func aFiscalYearRowIsAWindow() {
        let found = claims("""
            | Year | Deaths |
            |---|---|
            | 2021-22 | 535 |
            | 2022-23 | 605 |
            """)
        #expect(found.map(\.scope) == [.period, .period])
    }

    @Test func anActOnADayWithItsYearIsOneEventWhoeverDidIt() {
        let found = claims("""
            Forces under the general's command killed about 300 prisoners at a quarry near Trnovo on 12 July 1995, the \
            appeals chamber said.
            """)
        #expect(found.map(\.scope) == [.incident])
        #expect(found.first?.asOf.description == "1995-07-12")
    }

    @Test func theDaysBeforeAnEventAreAWindow() {
        let found = claims("At least 23 people were killed in political violence in the week before the vote, monitors said.")
        #expect(found.map(\.scope) == [.period])
    }

    @Test func troopsAWithdrawalTakesAwayAreNoDeployment() {
        let found = claims("The move follows Britain's withdrawal of its last 250 troops from Mali in December.")
        #expect(found.isEmpty)
    }

    @Test func aPartAfterIncludingWithNoCommasLeavesTheWholeItsVerb() {
        let found = claims("""
            Thirty-one (31) persons including nine (09) police officers sustained injuries and were admitted to the \
            district hospital.
            """)
        #expect(found.map(\.quantity.value) == [31, 9])
        #expect(found.map(\.figure) == [.wounded, .wounded])
    }

    @Test func peopleToDoHarmAreNotHarmed() {
        let found = claims("The warden has authorised three marksmen to kill the leopard if it cannot be caught.")
        #expect(found.isEmpty)
    }

    @Test func aPartOfTheDeadIdentifiedIsNoNewCount() {
        let found = claims("""
            Forensic teams have exhumed the remains of 1,480 people since 2004, of whom 960 have been identified, the \
            commission said.
            """)
        #expect(found.map(\.quantity.value) == [1_480])
    }

    @Test func anEventNamedByItsDateIsOneEvent() {
        let found = claims("""
            - Soldiers killed during the 4 January attack: 6
            The deadliest was the October 2019 clashes, in which 41 people died.
            """)
        #expect(found.map(\.scope) == [.incident, .incident])
        #expect(found.map(\.asOf.description) == ["2025-01-04", "2019-10-01"])
    }

    @Test func oneNationalOfAPeopleIsCounted() {
        let found = claims("""
            At least one Canadian national has been killed in the fighting, the ministry said. Some 3,000 National Guard \
            troops remain in the city.
            """)
        #expect(found.map(\.quantity.value) == [1, 3_000])
        #expect(found.map(\.figure) == [.killed, .deployed])
        #expect(found.first?.subject == "canadian-nationals")
    }

    @Test func aVehicleThatRollsOrFlipsIsACrash() {
        let found = claims("""
            Three Latvian soldiers were hurt on Sunday when their truck rolled down an embankment during a night march, \
            the army said.
            """)
        #expect(found.map(\.scope) == [.incident])
    }

    @Test func troopsFromAListOfCountriesKeepTheirModal() {
        let found = claims("More than 8,000 troops from Kenya, Uganda and nine other countries will take part in the drills.")
        #expect(found.map(\.quantity.value) == [8_000])
        #expect(found.map(\.scope) == [.projection])
    }

    @Test func aPartOfPlannedTroopsIsPlanned() {
        let found = claims("Japan will send about 3,000 personnel to the exercise, including 900 marines from its amphibious brigade.")
        #expect(found.map(\.scope) == [.projection, .projection])
    }

    @Test func peopleTreatedForSymptomsOrExposureAreHurt() {
        let found = claims("""
            Doctors said at least 45 residents were treated for symptoms of gas exposure after the leak. At least 30 \
            families near the plant have been treated for rashes and vomiting.
            """)
        #expect(found.map(\.quantity.value) == [45, 30])
        #expect(found.map(\.figure) == [.wounded, .wounded])
    }

    @Test func troopsTreatedOrSentToHospitalAreHurt() {
        let found = claims("""
            Heat illness sent 310 recruits to hospital at the training camp, the inspector general said. The report said \
            640 soldiers had been treated for post-traumatic stress disorder, and relatives said as many as nine \
            conscripts had suffered frostbite.
            """)
        #expect(found.map(\.quantity.value) == [310, 640, 9])
        #expect(found.map(\.figure) == [.wounded, .wounded, .wounded])
    }

    @Test func anAsideWithAgesJoinedByHyphensEndsBeforeTheVerb() {
        let found = claims("Two miners, a 19-year-old apprentice and a 52-year-old foreman, were killed when the roof fell in.")
        #expect(found.map(\.quantity.value) == [2])
        #expect(found.map(\.figure) == [.killed])
    }

    @Test func aShareInAListIsOfTheDeadThoughItsNameHoldsAForce() {
        let found = claims("The Army accounted for 40 of the deaths, the Navy for 12 and the Air Force for nine.")
        #expect(found.map(\.figure) == [.killed, .killed, .killed])
    }

    @Test func theDeadAWindowsPossessiveNamesAreThatWindows() {
        let found = claims("""
            Of this year's deaths, 61 were children, the report said. It said 29 of this year's deaths were in the \
            capital and 11 in the north.
            """)
        #expect(found.map(\.quantity.value) == [61, 29, 11])
        #expect(found.map(\.scope) == [.period, .period, .period])
    }

    @Test func anEarlierValueOfAPartOfAYearIsThatWindows() {
        let found = claims("""
            Sixty-two sailors died by suicide in the first half of 2024, down from 70 in the first half of 2023, the navy \
            said. Nine recruits died in training accidents in the year to June, up from four the year before.
            """)
        #expect(found.map(\.quantity.value) == [62, 70, 9, 4])
        #expect(found.map(\.scope) == [.period, .period, .period, .period])
    }

    @Test func aBatonChargeAfterWhenIsTheEvent() {
        let found = claims("""
            Over 40 supporters were hurt, some of them badly, when police baton-charged fans outside the ground on \
            Saturday.
            """)
        #expect(found.map(\.scope) == [.incident])
    }

    @Test func aNamesFirstWordIsNoIncrement() {
        let found = claims("A contingent of about 60 New Zealand soldiers arrived in the country last month.")
        #expect(found.map(\.scope) == [.total])
        #expect(found.first?.subject == "new-zealand-troops")
    }

    @Test func forcesThatNumberPastAWhichClause() {
        let found = claims("Chad's armed forces, which were rebuilt after the 2008 rebellion, now number about 35,000, the ministry said.")
        #expect(found.map(\.quantity.value) == [35_000])
        #expect(found.map(\.figure) == [.deployed])
    }

    @Test func twoKindsOfDoersJoinedKeepTheYear() {
        let found = claims("At least 25 people were shot dead by police and soldiers in 2024, the group said.")
        #expect(found.map(\.scope) == [.period])
    }

    @Test func anEventWordBeforeGearNamesNoEvent() {
        let found = claims("Two crew members died after an assault boat capsized during the exercise on Tuesday.")
        #expect(found.map(\.scope) == [.total])
    }

    @Test func theDeadOfLastYearOpeningTheSentenceAreItsWindow() {
        let found = claims("Of last year's deaths, 48 were motorcyclists, the agency said. Of last winter's victims, 12 were over 80.")
        #expect(found.map(\.quantity.value) == [48, 12])
        #expect(found.map(\.figure) == [.killed, .killed])
        #expect(found.map(\.scope) == [.period, .period])
    }

    @Test func theVictimsOfAWindowAreAWhole() {
        let found = claims("Of last year's victims, 14 were journalists and nine were lawyers.")
        #expect(found.map(\.quantity.value) == [14, 9])
        #expect(found.map(\.figure) == [.killed, .killed])
        #expect(found.map(\.scope) == [.period, .period])
    }

    @Test func anEventWordInQuoteMarksIsStillTheEvent() {
        let found = claims("Three suspects died in a \"shootout\" with officers on Sunday, police said.")
        #expect(found.map(\.scope) == [.incident])
    }

    @Test func allOfAPastYearIsItsWindow() {
        let found = claims("Rebels killed 212 soldiers in all of 2023, the monitor said.")
        #expect(found.map(\.scope) == [.period])
    }

    @Test func aSecondActWithItsNumberSharesTheYear() {
        let found = claims("Bomb attacks killed 51 people and wounded 140 in 2024, the report said.")
        #expect(found.map(\.quantity.value) == [51, 140])
        #expect(found.map(\.scope) == [.period, .period])
    }

    @Test func fightersWhoHadLaidDownTheirArmsAndSurrenderedAreCaptives() {
        let found = claims("The army said that 26 rebels had laid down their weapons and surrendered to troops near the border.")
        #expect(found.map(\.figure) == [.captured])
    }

    @Test func fightersWhoLayDownTheirArmsAreNoDeployment() {
        #expect(claims("About 90 fighters laid down their weapons at a ceremony in the provincial capital on Friday.").isEmpty)
    }

    @Test func anAsideOnTheGroupTheyBelongToMayRunLong() {
        let found = claims("""
            Twenty-two FDLR combatants, members of a Hutu militia formed by officers of the former army in 1996, \
            surrendered to peacekeepers on Monday. On Sunday, 31 fighters, members of a breakaway faction of the \
            old liberation front, laid down their arms and surrendered to the army.
            """)
        #expect(found.map(\.quantity.value) == [22, 31])
        #expect(found.map(\.figure) == [.captured, .captured])
    }

    @Test func theAmountAMoveOfMoneyReachesIsMoney() {
        #expect(claims("Compensation for wounded soldiers grew from 60 billion roubles to about 95 billion, the ministry said.").isEmpty)
    }

    @Test func peoplesListedBeforeTheNounNameTheGroup() {
        let found = claims("""
            The force said 200 Ghanaian and Zambian soldiers would be deployed to the north next month. The mission \
            has about 800 Nepali, Bangladeshi and Pakistani peacekeepers in the region.
            """)
        #expect(found.map(\.quantity.value) == [200, 800])
        #expect(found.map(\.figure) == [.deployed, .deployed])
        #expect(found.map(\.scope) == [.projection, .total])
        #expect(found.map(\.subject) == ["ghanaian-troops", "nepali-troops"])
    }

    @Test func aParticipleAfterThePeopleIsNoVerbOfTheirOwn() {
        let found = claims("Gunmen stormed a village, killing a teacher and nine people sitting outside a mosque.")
        #expect(found.map(\.quantity.value) == [9])
        #expect(found.map(\.figure) == [.killed])
        #expect(found.map(\.scope) == [.incident])
    }

    @Test func aLaterObjectOfAListIsTheParticiplesToll() {
        let found = claims("Militants raided the compound, killing the governor, his three guards and a driver.")
        #expect(found.map(\.quantity.value) == [3])
        #expect(found.map(\.figure) == [.killed])
        #expect(found.map(\.scope) == [.incident])
    }

    @Test func shootingDeadIsATollsParticiple() {
        let found = claims("Gunmen attacked a bus on Monday, shooting dead six passengers.")
        #expect(found.map(\.scope) == [.incident])
    }

    @Test func aNumberJoinedPastAnAsideMayHaveBracketedDigits() {
        let found = claims("Three (03) soldiers, including an officer, and two (02) civilians embraced shahadat in the attack.")
        #expect(found.map(\.quantity.value) == [3, 2])
        #expect(found.map(\.figure) == [.killed, .killed])
    }

    @Test func theLastOfAListOfPartsAfterAmongThem() {
        let found = claims("A drone strike killed nine people on Sunday, among them a doctor and three nurses.")
        #expect(found.map(\.quantity.value) == [9, 3])
        #expect(found.map(\.figure) == [.killed, .killed])
    }

    @Test func hadBeforeAReportVerbHoldsNoTroops() {
        #expect(claims("Most of the victims were shot by gunmen near their homes, and at least 15 had reported threats to the police.").isEmpty)
    }

    @Test func peopleWhoKillSomeoneNamedAreTheKillers() {
        #expect(claims("Three gunmen killed the mayor on Friday.").isEmpty)
        #expect(claims("Two attackers on a motorcycle shot the councillor and his driver dead.").isEmpty)
    }

    @Test func amputationsLostLimbsAndIntensiveCareAreWounds() {
        let found = claims("""
            Doctors said 12 of the soldiers required amputations, and nine lost both legs. Four of the soldiers were \
            taken to intensive care.
            """)
        #expect(found.map(\.quantity.value) == [12, 9, 4])
        #expect(found.map(\.figure) == [.wounded, .wounded, .wounded])
    }

    @Test func aJoinedClauseWithItsOwnTimeIsNoPartOfTheEventBefore() {
        let found = claims("""
            Three soldiers were killed in the ambush of March 3, 2024, and 40 soldiers have been killed in roadside \
            bombings since the mission began. Rebels killed nine villagers in a single raid last week, and attacks \
            have killed more than 2,000 people since the revolt began.
            """)
        #expect(found.map(\.quantity.value) == [3, 40, 9, 2_000])
        #expect(found.map(\.scope) == [.incident, .total, .incident, .total])
        #expect(found.count == 4 && found[1].asOf == CalendarDay(iso: "2025-01-13"))
    }

    @Test func aRangeAfterAnAgentsByIsARange() {
        let found = claims("The rebels are supported by 2,000 to 3,000 foreign troops, a UN panel said.")
        #expect(found.map(\.quantity.low) == [2_000])
        #expect(found.map(\.quantity.high) == [3_000])
        #expect(found.map(\.quantity.qualifier) == [.range])
        let rise = claims("The toll rose by 12 to 58 overnight.")
        #expect(rise.map(\.quantity.value) == [12, 58])
    }

    @Test func soldiersDismissedOrConvictedAreNoDeployment() {
        #expect(claims("The navy said 22 sailors had been dismissed for misconduct.").isEmpty)
        #expect(claims("A military court convicted nine soldiers of looting.").isEmpty)
    }

    @Test func aLaterObjectOfAVerdictsListIsNoDeath() {
        #expect(claims("The tribunal sentenced 11 militants to death and 23 others to life imprisonment.").isEmpty)
    }

    @Test func aCountListedAfterAnUnclaimedCountSharesItsPlan() {
        let found = claims("For the summit next month the government will deploy 9,000 police officers and 700 army personnel.")
        #expect(found.map(\.quantity.value) == [700])
        #expect(found.map(\.scope) == [.projection])
        let past = claims("The mayor said he would resign, and 9,000 police officers and 700 soldiers were deployed.")
        #expect(past.map(\.scope) == [.total])
    }

    @Test func aRequestForTroopsIsAPlan() {
        let found = claims("The cabinet approved a request for 250 soldiers to help police at the border.")
        #expect(found.map(\.quantity.value) == [250])
        #expect(found.map(\.scope) == [.projection])
    }

    @Test func whatWasHeldInLastYearsEventsIsItsWindow() {
        let found = claims("During last year's pilgrimages, medics treated 64 pilgrims for heat exhaustion.")
        #expect(found.map(\.quantity.value) == [64])
        #expect(found.map(\.scope) == [.period])
        let attack = claims("In last year's attack, 11 worshippers were killed.")
        #expect(attack.map(\.scope) == [.incident])
    }

    @Test func aSeasonNamedByItsYearIsAWindow() {
        let found = claims("""
            Seven skiers died in avalanches during the 2023-24 season, up from four the season before. Nine climbers \
            died on the peak in the spring 2024 season.
            """)
        #expect(found.map(\.quantity.value) == [7, 4, 9])
        #expect(found.map(\.scope) == [.period, .period, .period])
    }

    @Test func anAgeAfterANameBetweenCommasIsNoCount() {
        let found = claims("Six miners died in the collapse. The youngest of the dead, Ramesh Yadav, was 17.")
        #expect(found.map(\.quantity.value) == [6])
    }

    @Test func aNumberNamedAsAFigureIsNoClaim() {
        let found = claims("The ministry says 4,500 people have died. The 4,500 figure includes deaths from disease.")
        #expect(found.map(\.quantity.value) == [4_500])
    }

    @Test func yearsJoinedByAndAreOneTime() {
        let found = claims("At least 28 activists who were detained in 2019 and 2020 remain missing, a rights group said.")
        #expect(found.map(\.quantity.value) == [28])
        #expect(found.map(\.figure) == [.missing])
        #expect(found.map(\.scope) == [.total])
    }

    @Test func anObjectJoinedByAlongsideToAReleaseIsNoDeployment() {
        #expect(claims("The exchange freed 95 civilians alongside 800 soldiers.").isEmpty)
    }

    @Test func theWoundedOfAnEventNamedWithTwoNounsWhoDiedAreDead() {
        let found = claims("Three more people injured in Friday's bomb and rocket attack on the market have died in hospital.")
        #expect(found.map(\.quantity.value) == [3])
        #expect(found.map(\.figure) == [.killed])
    }

    @Test func aSecondActJoinedToAWindowedCountSharesTheWindow() {
        let found = claims("""
            Artillery fire killed 57 civilians in the province in 2024 and wounded 310, the governor said. Air strikes \
            have killed 900 people since the war began and injured 2,400.
            """)
        #expect(found.map(\.quantity.value) == [57, 310, 900, 2_400])
        #expect(found.map(\.scope) == [.period, .period, .total, .total])
    }

    @Test func bodiesFoundOfAPartOfTheMissingAreDead() {
        let found = claims("Searchers found the bodies of four of the nine hikers who went missing in the fog.")
        #expect(found.first?.quantity.value == 4)
        #expect(found.first?.figure == .killed)
        let guides = claims("Rescuers brought down the bodies of two guides on Tuesday.")
        #expect(guides.map(\.quantity.value) == [2])
        #expect(guides.map(\.figure) == [.killed])
    }

    @Test func troopsFromACountOfPlacesKeepTheirPlan() {
        let found = claims("About 3,400 Home Guard soldiers from more than 20 regions will patrol the city during the summit.")
        #expect(found.map(\.quantity.value) == [3_400])
        #expect(found.map(\.scope) == [.projection])
        let level = claims("The mission has about 9,000 troops from 40 countries and is expected to shrink.")
        #expect(level.map(\.scope) == [.total])
    }

    @Test func anEventsTollAfterAnIncrementIsTheEvents() {
        let found = claims("By evening the number of people wounded in the shelling had risen by eight to 35, the mayor said.")
        #expect(found.map(\.quantity.value) == [8, 35])
        #expect(found.map(\.scope) == [.change, .incident])
    }

    @Test func aSectorsShareInALowerCaseListIsAShare() {
        let found = claims("Farming accounted for 120 of the deaths, mining for 45 and fishing for 30.")
        #expect(found.map(\.quantity.value) == [120, 45, 30])
        #expect(found.map(\.figure) == [.killed, .killed, .killed])
    }

    @Test func aSpeakerNamedAfterTheVerbFollowsAnAsideAndAPredicate() {
        let found = claims("Nine people, including two police officers, were hurt in the explosion, said Amina Yusuf, a local official.")
        #expect(found.map(\.quantity.value) == [9, 2])
        #expect(found.map(\.figure) == [.wounded, .wounded])
    }

    @Test func theNumberOfHostagesOrOfPeopleHeldIsOfCaptives() {
        let found = claims("The foreign ministry had put the number of hostages at 140.")
        #expect(found.map(\.quantity.value) == [140])
        #expect(found.map(\.figure) == [.captured])
        let held = claims("The number of Vietnamese fishermen held in Malaysia stands at 56.")
        #expect(held.map(\.quantity.value) == [56])
        #expect(held.map(\.figure) == [.captured])
    }

    @Test func aCountOfPeopleInEachUnitIsNoClaim() {
        #expect(claims("The plan calls for three more platoons of about 40 soldiers each.").isEmpty)
    }

    @Test func anAnimalsDeathsAreNoPeoplesDeaths() {
        let found = claims("Rangers recorded 61 human deaths and 120 elephant deaths in the district.")
        #expect(found.map(\.quantity.value) == [61])
    }

    @Test func bodiesInTheStateTheyWereFoundInAreTheDead() {
        let found = claims("Searchers pulled 14 charred bodies from the wreckage.")
        #expect(found.map(\.quantity.value) == [14])
        #expect(found.map(\.figure) == [.killed])
    }

    @Test func lastYearOpeningASentenceAfterAndIsItsWindow() {
        let found = claims("And last year 23 firefighters were killed in road accidents.")
        #expect(found.map(\.scope) == [.period])
    }

    @Test func armedMenKillingOverAYearIsATally() {
        let found = claims("Gunmen killed more than 800 people in the region last year, the report said.")
        #expect(found.map(\.quantity.value) == [800])
        #expect(found.map(\.scope) == [.period])
        let gunfire = claims("At least 60 police officers have been wounded by gunfire in the city this year.")
        #expect(gunfire.map(\.scope) == [.period])
    }

    @Test func partsOfTheWholeBeforeInPluralEventsKeepItsWindow() {
        let found = claims("Some 2,100 workers died on the job last year. Of those, 300 died in falls and 120 died in road crashes.")
        #expect(found.map(\.quantity.value) == [2_100, 300, 120])
        #expect(found.map(\.scope) == [.period, .period, .period])
    }

    @Test func peopleAmongATollPastAParticiplesPhrase() {
        let found = claims("Six police officers sent to guard the depot were among at least 25 people killed in the blast.")
        #expect(found.map(\.quantity.value) == [6, 25])
        #expect(found.map(\.figure) == [.killed, .killed])
    }

    @Test func membersOfTheSecurityServicesAndSpecialOperationsSoldiersAreTroops() {
        let found = claims("At least 40 soldiers and members of the security services have been killed.")
        #expect(found.map(\.figure) == [.killed])
        let special = claims("Three special operations soldiers died in the helicopter crash.")
        #expect(special.map(\.quantity.value) == [3])
        #expect(special.map(\.figure) == [.killed])
    }

    @Test func aFinancialYearAcrossTwoOpeningASentenceIsItsWindow() {
        let found = claims("In the 2023-24 financial year, 54 people died in such crashes.")
        #expect(found.map(\.scope) == [.period])
    }

    @Test func aSpeakersLabelInATranscriptOpensNoSentence() {
        let found = claims("Okafor: Last year, 96 people died in mining accidents across the state.")
        #expect(found.map(\.quantity.value) == [96])
        #expect(found.map(\.scope) == [.period])
    }

    @Test func peopleWhoAreIllTakeNoHarmFromTheCountBefore() {
        let found = claims("Medics evacuated 22 wounded fighters and six sick children from the camp.")
        #expect(found.map(\.quantity.value) == [22])
        #expect(found.map(\.figure) == [.wounded])
    }

    @Test func aReportVerbInThePassiveInTheirRelativeClauseIsNoSpeaker() {
        let found = claims("Nine fishermen who had been reported missing were found dead on the shore.")
        #expect(found.map(\.quantity.value) == [9])
        #expect(found.map(\.figure) == [.killed])
    }

    @Test func aFormulaOfTheTellingWithAModalIsNoPlan() {
        let found = claims("It will be recalled that on 3 March 2022, a tanker blast at Ore killed 62 people.")
        #expect(found.map(\.quantity.value) == [62])
        #expect(found.map(\.scope) == [.incident])
    }

    @Test func aSecondThingSaidAfterAndThatTakesNoPlanFromTheFirst() {
        let found = claims("Officials said the search would continue for two more days and that divers had so far recovered the bodies of six fishermen.")
        #expect(found.map(\.quantity.value) == [6])
        #expect(found.map(\.scope) == [.total])
    }

    @Test func aPartOfAYearsTollCountsInThatYear() {
        let found = claims("The agency said 41 of the 2023 deaths occurred on rural roads.")
        #expect(found.map(\.scope) == [.period])
    }

    @Test func anEarlierValueOverAWholeYearIsThatYears() {
        let found = claims("Police said 44 officers were killed on duty this year, up from 31 in all of 2024.")
        #expect(found.map(\.quantity.value) == [44, 31])
        #expect(found.map(\.scope) == [.period, .period])
    }

    @Test func aTollWordBeforeAThingCountsTheThing() {
        #expect(claims("Divers located three of the missing vessels near the reef.").isEmpty)
    }

    @Test func aPartOfEventsCountsNoPeople() {
        #expect(claims("Police logged 9,200 assaults, and 410 of those assaults left victims hurt.").isEmpty)
    }

    @Test func peopleJoinedByAndShareTheRelativeClauseAfterThem() {
        let found = claims("The service remembered 12 firefighters and support staff who died on duty.")
        #expect(found.map(\.quantity.value) == [12])
        #expect(found.map(\.figure) == [.killed])
    }

    @Test func aMonthWithItsYearRightAfterATollsNounIsItsWindow() {
        let found = claims("The coroner recorded 48 drug deaths in March 2024.")
        #expect(found.map(\.scope) == [.period])
    }

    @Test func theWholeOfAYearOpeningWithForIsAWindow() {
        let found = claims("For the whole of 2023, the agency counted 530 road deaths.")
        #expect(found.map(\.quantity.value) == [530])
        #expect(found.map(\.scope) == [.period])
    }

    @Test func aYearNamingATollWhoseValueFollowsIsNoCount() {
        let found = claims("The ministry had put 2023 road deaths at 1,180.")
        #expect(found.map(\.quantity.value) == [1_180])
    }

    @Test func aRecordsWordsAfterThePointerLinkTheCountNoun() {
        let found = claims("Heat deaths in the province rose to a record 212 last summer.")
        #expect(found.map(\.quantity.value) == [212])
        #expect(claims("Road deaths in the state fell to a ten-year low of 88.").map(\.quantity.value) == [88])
    }

    @Test func twoWordsMayNameACountNounsCause() {
        let found = claims("The clinic logged 96 road crash injuries last month.")
        #expect(found.map(\.quantity.value) == [96])
        #expect(found.map(\.figure) == [.wounded])
    }

    @Test func aDaysCountWithItsOwnVerbAfterAndIsAnIncrementToo() {
        let found = claims("Crashes killed 40 people and injured 210 in the 24 hours to 6 a.m. on Sunday, "
                           + "bringing the number killed since the campaign began to 300.")
        #expect(found.map(\.quantity.value) == [40, 210, 300])
        #expect(found.map(\.scope) == [.change, .change, .total])
    }

    @Test func aSecondValueOfThePointerIsATotalToo() {
        let found = claims("Storms killed 30 people in the 24 hours to Monday, bringing the number killed since the rains "
                           + "began to 300 and the number injured to 1,450.")
        #expect(found.map(\.quantity.value) == [30, 300, 1_450])
        #expect(found.map(\.scope) == [.change, .total, .total])
    }

    @Test func aMonsoonOfAYearIsAWindowNotAnEvent() {
        let found = claims("In the 2022 monsoon, floods killed 410 people in the province.")
        #expect(found.map(\.scope) == [.period])
    }

    @Test func theWholeOfATimeOpeningTheSentenceIsAWindow() {
        let found = claims("Over the whole of last year's rainy season, lightning killed 61 people.")
        #expect(found.map(\.scope) == [.period])
    }

    @Test func animalsInALabelOrUnknownBirdsAreNoPeople() {
        #expect(claims("Storm damage:\n\n- Cattle killed: 41\n").isEmpty)
        #expect(claims("The storm also killed at least 30 peacocks.").isEmpty)
    }

    @Test func papersAboutDeathsAreThings() {
        #expect(claims("Auditors reviewed 5,400 death certificates from the district.").isEmpty)
        #expect(claims("In 2021, the group published 880 rebel death notices.").isEmpty)
    }

    @Test func survivorsJoinedToTheDeadAreNoDead() {
        let found = claims("Divers recovered 12 bodies and 31 survivors from the hold.")
        #expect(found.map(\.quantity.value) == [12])
    }

    @Test func aLabelsSourceAfterACommaIsNoPartOfItsWords() {
        let found = claims("Weekly tally:\n\n- Soldiers killed, according to the ministry: 1,210\n")
        #expect(found.map(\.quantity.value) == [1_210])
        #expect(found.map(\.figure) == [.killed])
    }

    @Test func anEarlierValueInTheSameWindowAsAnOpeningOneIsOfThatWindow() {
        let found = claims("In the 12 months to June, 2,400 people died of overdoses, down from 2,750 in the 12 months to June 2024.")
        #expect(found.map(\.quantity.value) == [2_400, 2_750])
        #expect(found.map(\.scope) == [.period, .period])
        #expect(claims("In 2023 there were 64 road deaths in the town.").map(\.scope) == [.period])
    }

    @Test func peopleTreatedForOverdosesAreHurt() {
        let found = claims("Medics treated 75 people for drug overdoses at the festival.")
        #expect(found.map(\.figure) == [.wounded])
    }

    @Test func lastYearsValueOfAHolidaysCountIsOfThatHoliday() {
        let found = claims("Clinics treated 140 people for injuries over the Easter weekend, up from 95 last year.")
        #expect(found.map(\.quantity.value) == [140, 95])
        #expect(found.map(\.scope) == [.period, .period])
        #expect(claims("Nine people died on the roads during the Christmas-New Year holiday period.").map(\.scope) == [.period])
    }

    @Test func aLabelMayHaveSeveralModifiersAndACompound() {
        let found = claims("Bulletin:\n\n- Cumulative suspected drug-related deaths since 1 January: 213\n")
        #expect(found.map(\.quantity.value) == [213])
        #expect(found.map(\.figure) == [.killed])
    }

    @Test func theNumberOfAccidentsCountsNoPeople() {
        #expect(claims("Nine people died on the roads. The number of collisions rose to 4,100 from 3,900.").map(\.quantity.value) == [9])
    }

    @Test func peopleWithAVerbOfAnotherFigureTakeNoTollFromATotalOf() {
        #expect(claims("Ten people died in the blast. A total of 300 police officers were deployed to the area.").map(\.quantity.value) == [10])
        let found = claims("Six people were injured. A total of 90 volunteers, including 20 soldiers, were clearing the debris.")
        #expect(!found.contains { $0.quantity.value == 90 })
    }

    @Test func aPopulationOfAnimalsTakesNoFigureFromTheCountBefore() {
        let found = claims("Kenya sent 300 soldiers to the park. The park's elephant population has fallen to about 2,100.")
        #expect(found.map(\.quantity.value) == [300])
    }

    @Test func anEarlierValueOverTheSameMonthsIsOfThatWindow() {
        let found = claims("The group counted 90 deaths since January, up from 70 over the same months of 2023.")
        #expect(found.map(\.scope) == [.period, .period])
    }

    @Test func aSentenceOpeningWithForEveryIsARatio() {
        #expect(claims("For every soldier killed, they estimate, about three are wounded.").isEmpty)
    }

    @Test func oneInADigitsNumberIsAProportion() {
        #expect(claims("A union survey of its members found that 1 in 5 had been injured at work.").isEmpty)
    }

    @Test func aLabelsMonthWithItsYearBeforeTheNumberIsRead() {
        let found = claims("Situation report:\n\n- Cumulative deaths since the outbreak was declared in March 2024: 640\n")
        #expect(found.map(\.quantity.value) == [640])
    }

    @Test func thePresentOfDrownedIsAVerbOfTheDead() {
        let found = claims("Around 90 people drown in the country's lakes every year.")
        #expect(found.map(\.quantity.value) == [90])
        #expect(found.map(\.figure) == [.killed])
        #expect(found.map(\.scope) == [.period])
    }

    @Test func aReportVerbRightBeforeWhatBefellThePeopleNamesNoSpeaker() {
        let found = claims("Divers are looking for 6 persons reported missing after the ferry sank.")
        #expect(found.map(\.quantity.value) == [6])
        #expect(found.map(\.figure) == [.missing])
    }

    @Test func aGappedShareMayNameItsPartInSeveralWords() {
        #expect(claims("Rivers accounted for 51 of the deaths, lakes for 30 and garden ponds for 12.").map(\.quantity.value) == [51, 30, 12])
        let found = claims("Motorbike crashes accounted for 20 of the deaths, the agency said, and quad-bike rollovers for five.")
        #expect(found.map(\.quantity.value) == [20, 5])
    }

    @Test func aNumberToCallIsNoCount() {
        #expect(claims("Relatives can report missing persons by calling 999.").isEmpty)
    }

    @Test func theNewValueAfterAnotherIncrementIsATotal() {
        let found = claims("The number of injured has risen by another 14 to 120.")
        #expect(found.map(\.quantity.value) == [14, 120])
        #expect(found.map(\.scope) == [.change, .total])
    }

    @Test func theHurtTakenToANumberOfHospitalsAreHurt() {
        let found = claims("Officials said 52 people were taken to four hospitals.")
        #expect(found.map(\.quantity.value) == [52])
        #expect(found.map(\.figure) == [.wounded])
    }

    @Test func aRatioOpeningAQuoteIsNoCount() {
        #expect(claims("\"For every child killed by a shell, two died of hunger,\" she said.").isEmpty)
    }

    @Test func aRatePerMillionIsNoCount() {
        #expect(claims("Norway recorded 16 road deaths per million inhabitants.").isEmpty)
    }

    @Test func aHarmThatButSetsAsideIsNotTheNumbers() {
        #expect(claims("No one was hurt, but 40 climbers were stranded overnight.").isEmpty)
    }

    @Test func anAgeAndThoseOlderIsNoCount() {
        #expect(claims("Most of those who died were 70 or older.").isEmpty)
    }

    @Test func theSizeOfAGroupOrOfEachUnitIsNoCount() {
        let found = claims("Three divers from a group of eight died in the cave.")
        #expect(found.map(\.quantity.value) == [3])
        #expect(claims("The army sent three companies of about 120 soldiers each to clear the roads.").isEmpty)
    }

    @Test func theFamiliesThePeopleCameFromAreNoCount() {
        #expect(claims("Rescuers found nine people from three families dead in the rubble.").map(\.quantity.value) == [9])
    }

    @Test func oneTooManyIsASaying() {
        #expect(claims("\"Even one death is one too many,\" the mayor said.").isEmpty)
    }

    @Test func peopleJoinedAndThenTheirAgesShareTheVerb() {
        let found = claims("The dead were four women and three men aged between 20 and 61.")
        #expect(found.map(\.quantity.value) == [4, 3])
    }

    @Test func accidentsInThePluralAreNoOneEvent() {
        let found = claims("Over the holiday, 40 people were killed in road crashes.")
        #expect(found.map(\.scope) == [.period])
    }

    @Test func aListItemMayHoldItsOwnYear() {
        let found = claims("There were 38 such deaths in 2020, 51 in 2021 and 47 in 2022.")
        #expect(found.map(\.quantity.value) == [38, 51, 47])
    }

    @Test func aTallysWordMayStandBeforeACause() {
        let found = claims("The WHO said 640 suspected cholera deaths had been reported.")
        #expect(found.map(\.quantity.value) == [640])
        #expect(found.map(\.figure) == [.killed])
    }

    @Test func counsellorsAndWaterSportsPeopleArePeople() {
        let found = claims("Two camp counsellors were taken to hospital.")
        #expect(found.map(\.figure) == [.wounded])
        #expect(found.map(\.subject) == ["camp-counsellors"])
    }

    @Test func aBurnInTheSingularIsAWound() {
        #expect(claims("One firefighter suffered a minor burn to his arm.").map(\.figure) == [.wounded])
    }

    @Test func aWholeOpeningTheSentenceMayNameItsCause() {
        let found = claims("Of the flood deaths, 11 were farmers and five were fishermen.")
        #expect(found.map(\.quantity.value) == [11, 5])
    }

    @Test func theVictimsAsTheSubjectOfACopulaAreTheDead() {
        let found = claims("Floods killed six people. The victims were four women and two men.")
        #expect(found.map(\.quantity.value) == [6, 4, 2])
        #expect(found.map(\.figure) == [.killed, .killed, .killed])
    }

    @Test func listsOfCasualtiesAndCausesOfDeathAreThings() {
        #expect(claims("The team has compiled 14 casualty lists since 2012.").isEmpty)
        #expect(claims("Road crashes are among the top three causes of death for young men.").isEmpty)
    }

    @Test func anAgeBetweenCommasAfterThePersonsWordIsNoCount() {
        #expect(claims("The injured woman, 41, was flown to Cairo.").isEmpty)
    }

    @Test func peopleSentToHospitalPastAnAsideAreHurt() {
        let found = claims("The smoke sent 40 people, most of them elderly, to hospital.")
        #expect(found.map(\.quantity.value) == [40])
        #expect(found.map(\.figure) == [.wounded])
    }

    @Test func partsOfThoseHeldAreCaptives() {
        let found = claims("There are 300 fishermen held in foreign jails, the ministry said. Of those held, 120 are in Pakistan and 80 in Iran.")
        #expect(found.map(\.quantity.value) == [300, 120, 80])
        #expect(found.map(\.figure) == [.captured, .captured, .captured])
    }

    @Test func anEarlierValueAfterFromAndTheNewValuesYearIsTheYearBefores() {
        let found = claims("Road deaths rose to 58 in 2024 from 19 the year before.")
        #expect(found.map(\.quantity.value) == [58, 19])
        #expect(found.map(\.scope) == [.period, .period])
    }

    @Test func thoseWhoRemainThereAfterAHospitalASentenceBackAreHurt() {
        let found = claims("Twenty people were taken to hospital with burns, officials said. Six remain there.")
        #expect(found.map(\.quantity.value) == [20, 6])
        #expect(found.map(\.figure) == [.wounded, .wounded])
    }

    @Test func aPartOfThoseWhoDrownedIsOfTheDead() {
        let found = claims("About 9,000 of those who drowned were under five, the agency said.")
        #expect(found.map(\.quantity.value) == [9_000])
        #expect(found.map(\.figure) == [.killed])
    }

    @Test func aTollForAYearIsThatYears() {
        let found = claims("Researchers put the national toll for 2023 at 6,400.")
        #expect(found.map(\.scope) == [.period])
    }

    @Test func peopleTransportedToHospitalAreHurt() {
        #expect(claims("Nine people were transported to hospital.").map(\.figure) == [.wounded])
    }

    @Test func aCountThatEndsTheTextIsRead() {
        #expect(claims("The toll rose to 12").map(\.quantity.value) == [12])
        #expect(claims("Officials said 40 people died").map(\.quantity.value) == [40])
    }

    @Test func aLookBackFromTheClauseStartIsRead() {
        // (A look-back from "totalled" began past its own end when the number before it was no
        // count: this sentence trapped.)
        #expect(claims("Calls to 911 totalled 1.3 million last year.").isEmpty)
        #expect(claims("Calls to 911 totalled 1.3 million last year. Police said 12 people were killed.").map(\.quantity.value) == [12])
    }

    @Test func killingsCountedBeforeALinkVerbAreTheDead() {
        let climbed = claims("Murders in the province climbed to 412 in the first half, the prosecutor said.")
        #expect(climbed.map(\.figure) == [.killed])
        #expect(climbed.map(\.quantity.value) == [412])
        let put = claims("The coroner put the number of killings in March at 31.")
        #expect(put.map(\.figure) == [.killed])
        #expect(put.map(\.quantity.value) == [31])
    }

    @Test func aPartOfThoseInHospitalIsHurt() {
        let found = claims("The cruise line said the ship would dock on Friday. Nine of those in hospital are children.")
        #expect(found.map(\.figure) == [.wounded])
        #expect(found.map(\.subject) == ["children"])
    }

    @Test func peopleNowInHospitalAreHurt() {
        let found = claims("The health office said nine patients are now in hospital.")
        #expect(found.map(\.figure) == [.wounded])
        #expect(found.map(\.quantity.value) == [9])
    }

    @Test func prisonsAndInvestigationsAreThings() {
        #expect(claims("The ministry said 40 inmates had died in its 12 prisons last year.").map(\.quantity.value) == [40])
        #expect(claims("The inspectorate opened 7 investigations into deaths in custody.").isEmpty)
    }

    @Test func aTimeAfterTheCountNounNamesNoThing() {
        let found = claims("The number of deaths this year has risen to 64, the lifesaving society said.")
        #expect(found.map(\.figure) == [.killed])
        #expect(found.map(\.quantity.value) == [64])
    }

    @Test func theVictimsCountedAgainAreTheDead() {
        let found = claims("Gunmen killed 22 people in the town. Of the 22 victims, 15 were farmers.")
        #expect(found.map(\.quantity.value) == [22, 15])
        #expect(found.map(\.figure) == [.killed, .killed])
        #expect(found.last?.subject == "farmers")
    }

    @Test func anAbbreviationsPeriodBreaksNoClause() {
        let found = claims("Eight pupils were treated at St. Joseph's Hospital.")
        #expect(found.map(\.figure) == [.wounded])
        #expect(found.map(\.quantity.value) == [8])
    }

    @Test func oneTraderIsAPerson() {
        let found = claims("One trader lost his life when the roof fell.")
        #expect(found.map(\.figure) == [.killed])
        #expect(found.map(\.subject) == ["traders"])
    }

    @Test func treatedForAnInfectionOrTearGasAreHurt() {
        #expect(claims("Twenty-one soldiers were treated for Covid-19 at the base.").map(\.figure) == [.wounded])
        #expect(claims("At least 30 marchers were treated for the effects of tear gas.").map(\.figure) == [.wounded])
    }

    @Test func peopleMovedToHospitalAreHurt() {
        let found = claims("Two of the strikers had been moved to hospital by Sunday.")
        #expect(found.map(\.figure) == [.wounded])
        #expect(found.map(\.quantity.value) == [2])
    }

    @Test func aLabelOfPeopleAdmittedCountsTheHurt() {
        let found = claims("- Children admitted in the past week: 41")
        #expect(found.map(\.figure) == [.wounded])
        #expect(found.map(\.scope) == [.period])
        #expect(claims("- Refugees admitted this year: 5,000").isEmpty)
        #expect(claims("- Children admitted for severe acute malnutrition: 700").isEmpty)
    }

    @Test func theNumberInHospitalIsACountOfTheHurt() {
        let found = claims("Officials had put the number in hospital at 17 on Friday.")
        #expect(found.map(\.figure) == [.wounded])
        #expect(found.map(\.quantity.value) == [17])
    }

    @Test func aQuotedHarmWithItsAdverbIsRead() {
        let found = claims("The county said that four deputies had been \"slightly injured\".")
        #expect(found.map(\.figure) == [.wounded])
        #expect(found.map(\.quantity.value) == [4])
    }

    @Test func onePersonMoreJoinedByAndSharesTheCare() {
        let found = claims("Fourteen pupils and a teacher were treated for the effects of the smoke.")
        #expect(found.map(\.figure) == [.wounded])
        #expect(found.map(\.subject) == ["pupils"])
    }

    @Test func aFireOrPoliceDepartmentsStrengthIsNoTroops() {
        #expect(claims("The new hires bring the fire department's strength to 2,100.").isEmpty)
        #expect(claims("The army's strength rose to 120,000.").map(\.figure) == [.deployed])
        #expect(claims("Police said the army's strength had risen to 120,000.").map(\.figure) == [.deployed])
    }

    @Test func aPastYearRightBeforeTheCountIsItsWindow() {
        let found = claims("In 2024 five inmates died at the county jail.")
        #expect(found.map(\.figure) == [.killed])
        #expect(found.map(\.scope) == [.period])
    }

    @Test func anEventThatStartsARankingsSpanIsNoEventOfTheCount() {
        let found = claims("In 2022, cholera killed 41 people in the district, the worst toll since the first outbreak.")
        #expect(found.map(\.quantity.value) == [41])
        #expect(found.map(\.scope) == [.period])
    }

    @Test func peopleTakenAwayAndStillMissingAreMissing() {
        let found = claims("Relatives say 212 men seized by soldiers between 2013 and 2016 remain missing.")
        #expect(found.map(\.figure) == [.missing])
        #expect(found.map(\.scope) == [.total])
        let hyphened = claims("At least 40 activists arrested since the anti-fuel-tax protests began in May are still missing, the group said.")
        #expect(hyphened.map(\.figure) == [.missing])
        #expect(hyphened.map(\.scope) == [.total])
        let dead = claims("Nine villagers kidnapped by the gang were later found dead, police said.")
        #expect(dead.map(\.figure) == [.killed])
        #expect(claims("Police said 30 students abducted by gunmen were freed on Monday.").map(\.figure) == [])
    }

    @Test func aRelativeClauseWithAYearSpanReachesItsVerb() {
        let found = claims("At least 640 people who vanished during the 1975-1990 conflict are still missing, according to a registry.")
        #expect(found.map(\.figure) == [.missing])
        #expect(found.map(\.scope) == [.total])
    }

    @Test func takenAndThenKilledAreTheDead() {
        let found = claims("Police said six traders were abducted and killed on a highway near Zaria.")
        #expect(found.map(\.figure) == [.killed])
        #expect(found.map(\.quantity.value) == [6])
    }

    @Test func thoseTreatedShareNoVerbWithACountJoinedAfterThem() {
        let found = claims("Clinics treated 212 people for heat-related illnesses and nine people died, the agency said.")
        #expect(found.map(\.figure) == [.wounded, .killed])
        #expect(found.map(\.quantity.value) == [212, 9])
    }

    @Test func aSeasonOrAReportingYearNamedByItsYearsIsAWindow() {
        #expect(claims("The agency recorded 44 cold-related deaths during the 2022-23 winter.").map(\.scope) == [.period])
        #expect(claims("In all, 97 workers were killed at work in the 2023 reporting year, the regulator said.").map(\.scope) == [.period])
    }

    @Test func anEarlierValueOfThePreviousAccountsYearIsAWindow() {
        let found = claims("The board said 880 workers died abroad in the 2023-24 fiscal year, up from 812 in the previous fiscal year.")
        #expect(found.map(\.quantity.value) == [880, 812])
        #expect(found.map(\.scope) == [.period, .period])
    }

    @Test func anEarlierValueAfterAShareOfChangeIsRead() {
        let found = claims("The bureau said 3,101 workers died on the job in 2023, down 6% from 3,299 in 2022.")
        #expect(found.map(\.quantity.value) == [3101, 3299])
        #expect(found.map(\.figure) == [.killed, .killed])
        #expect(found.map(\.scope) == [.period, .period])
    }

    @Test func theDeadOfAMonthNamedByItsPossessiveAreCountedOverIt() {
        let found = claims("Construction accounted for 19 of March's deaths, the union said.")
        #expect(found.map(\.scope) == [.period])
        #expect(claims("Of the month's dead, eight were farmhands.").map(\.scope) == [.period])
    }

    @Test func causesJoinedAfterOfShareTheYear() {
        let found = claims("Some 412 people died of hunger and exposure in 2022, the statistics office said.")
        #expect(found.map(\.scope) == [.period])
    }

    @Test func aLabelsWindowAfterAVerbOfReportIsItsWindow() {
        #expect(claims("- Overdose deaths reported this month: 14").map(\.scope) == [.period])
    }

    @Test func aBlazeSetWhenPeopleDiedIsAnAttack() {
        let found = claims("Two guards died when inmates set fire to mattresses in the east wing, the prison service said.")
        #expect(found.map(\.scope) == [.incident])
    }

    @Test func firemenArePeople() {
        let found = claims("Three firemen suffered burns while fighting the blaze.")
        #expect(found.map(\.figure) == [.wounded])
        #expect(found.map(\.subject) == ["firemen"])
    }

    @Test func aWindowInAnAsideOnMostOfThemIsThePartsNotTheWholes() {
        let found = claims("At least 3,100 people have been killed in the region since March 2023, most of them in the past two months, the office said.")
        #expect(found.map(\.quantity.value) == [3100])
        #expect(found.map(\.scope) == [.total])
    }

    @Test func aLaterPartAfterALongFirstPartIsReadToo() {
        let found = claims("Seven of the dead were workers on the night shift, which had just begun at the plant, and three were drivers waiting at the gate.")
        #expect(found.map(\.quantity.value) == [7, 3])
        #expect(found.map(\.figure) == [.killed, .killed])
    }

    @Test func aLaterCountWithItsVerbLeftOutBeforeByIsOfTheFigureBefore() {
        let found = claims("The agency said 212 of the deaths were caused by falls and 97 by crushing injuries.")
        #expect(found.map(\.quantity.value) == [212, 97])
        #expect(found.map(\.figure) == [.killed, .killed])
    }

    @Test func aWholeToldAgainByItsNumberTakesTheFigureThatToldIt() {
        let found = claims("Militants killed 64 villagers in the raid on Tuesday. Another 130 people were wounded. Of the 64, 19 were children.")
        #expect(found.map(\.quantity.value) == [64, 130, 19])
        #expect(found.map(\.figure) == [.killed, .wounded, .killed])
    }

    @Test func aUnitsSizeInAnAsideTakesTheUnitsPlan() {
        let found = claims("The second battalion, of about 850 soldiers, is due to leave for Lebanon in May, the army said.")
        #expect(found.map(\.figure) == [.deployed])
        #expect(found.map(\.scope) == [.projection])
        let long = claims("The contingent, made up of 240 soldiers drawn mostly from the 2nd Regiment in Galway, will deploy in March.")
        #expect(long.map(\.scope) == [.projection])
    }

    @Test func theSamePeoplesSecondVerbGroupAfterAndIsRead() {
        let found = claims("Four climbers were rescued on Sunday and are being treated at the district hospital, police said.")
        #expect(found.map(\.figure) == [.wounded])
        #expect(found.map(\.quantity.value) == [4])
        #expect(claims("Police said 18 men were arrested and are being held in the capital.").isEmpty)
    }

    @Test func peopleTreatedWithNoHarmNamedAreHurtButPatientsAreNot() {
        let found = claims("Last year, first-aid volunteers treated 380 fans.")
        #expect(found.map(\.figure) == [.wounded])
        #expect(found.map(\.quantity.value) == [380])
        #expect(claims("The clinic's teams treated 734 patients this week.").isEmpty)
        #expect(claims("The charity said it had treated more than 700 measles patients since October.").isEmpty)
    }

    @Test func aCountCalledCumulativeAfterTreatedIsHurt() {
        let found = claims("Clinics have treated a cumulative 1,240 villagers for burns and eye irritation since the eruption began.")
        #expect(found.map(\.figure) == [.wounded])
        #expect(found.map(\.quantity.value) == [1240])
    }

    @Test func aNationsPeopleFightingAbroadAreItsFightersThere() {
        let found = claims("Officials in Lima estimate that about 250 Peruvians are fighting in Ukraine.")
        #expect(found.map(\.figure) == [.deployed])
        #expect(found.map(\.quantity.value) == [250])
        #expect(found.map(\.scope) == [.total])
    }

    @Test func aYearOfTheNineteenthCenturyDatesAPastEvent() {
        let found = claims("In August 1883, the eruption of Krakatau killed more than 36,000 people.")
        #expect(found.map(\.scope) == [.incident])
        #expect(found.first?.asOf.description == "1883-08-01")
        let older = claims("In April 1815, the eruption killed an estimated 71,000 people.")
        #expect(older.first?.asOf.description == "1815-04-01")
    }

    @Test func aListItemOpenedByAPastYearIsThatYearsCount() {
        let found = claims("The reply gave the toll for earlier years:\n\n- 2021-22: 35 accidents, 12 deaths\n- 2023: 313 deaths\n")
        #expect(found.map(\.quantity.value) == [12, 313])
        #expect(found.map(\.scope) == [.period, .period])
    }

    @Test func theCurrentFinancialYearIsAWindow() {
        let found = claims("Level-crossing accidents killed 27 people in the current financial year, the ministry said.")
        #expect(found.map(\.scope) == [.period])
    }

    @Test func peopleSentToAHospitalNamedAreHurt() {
        let found = claims("The storm sent 19 people to Ramsey County Medical Center with hypothermia, officials said.")
        #expect(found.map(\.figure) == [.wounded])
        #expect(found.map(\.quantity.value) == [19])
        let infirmary = claims("Four people have been taken to Glasgow Royal Infirmary, police said.")
        #expect(infirmary.map(\.figure) == [.wounded])
    }

    @Test func aTrainThatJumpedTheTracksIsOneEvent() {
        let found = claims("At least nine passengers were killed when six carriages jumped the tracks near Kotri late on Sunday.")
        #expect(found.map(\.scope) == [.incident])
        #expect(claims("Two passengers were hurt when a tram left the rails at the depot on Sunday.").map(\.scope) == [.incident])
    }

    @Test func anEarlierValueAfterTheNewOneAVerbCameToHasItsOwnYear() {
        let found = claims("The number of fishermen killed at sea rose to 64 from 51 in 2023, the federation said.")
        #expect(found.map(\.quantity.value) == [64, 51])
        #expect(found.last?.scope == .period)
        let all = claims("Avalanches have killed 17 people in the region this year, up from 12 in all of last year.")
        #expect(all.map(\.scope) == [.period, .period])
    }

    @Test func aPartsWindowBeforeTheGiversWordsIsThePartsOnly() {
        let found = claims("The toll has risen to 214, 23 of them in the past 24 hours, the religious affairs ministry said on Wednesday.")
        #expect(found.map(\.quantity.value) == [214, 23])
        #expect(found.map(\.scope) == [.total, .period])
    }

    @Test func aTimeInTheStartOfADisasterDatesTheStartNotTheCount() {
        let found = claims("At least 30 people have died since the volcano began erupting last week.")
        #expect(found.map(\.scope) == [.total])
        let treated = claims("Clinics have treated 800 people for burns since the cyclone began battering the coast last week.")
        #expect(treated.map(\.scope) == [.total])
    }

    @Test func peopleSaidToBeOfAKindKeepTheCountsWindow() {
        let found = claims("The remains of 212 people believed to be migrants have been recovered in the desert so far this year.")
        #expect(found.map(\.quantity.value) == [212])
        #expect(found.map(\.scope) == [.period])
    }

    @Test func peopleHurtWhenArmedMenBoardedAreHurtInOneEvent() {
        let found = claims("Three crew members were wounded when pirates boarded the tanker off Somalia.")
        #expect(found.map(\.figure) == [.wounded])
        #expect(found.map(\.scope) == [.incident])
    }

    @Test func aPartOfAPlacesDeadIsAPartOfTheDead() {
        let found = claims("The Sahel route accounted for 212 of the region's deaths, the agency said.")
        #expect(found.map(\.figure) == [.killed])
        #expect(found.map(\.quantity.value) == [212])
        #expect(claims("Officials said 174 of the country's dead were children.").map(\.figure) == [.killed])
    }

    @Test func peopleWhoHadUndergoneAmputationsAreHurt() {
        let found = claims("Five climbers were treated for frostbite. Two had undergone amputations.")
        #expect(found.map(\.quantity.value) == [5, 2])
        #expect(found.map(\.figure) == [.wounded, .wounded])
    }

    @Test func foreignNationalsFightingForASideAreItsFighters() {
        let found = claims("Some 40 Nepali nationals are still fighting with Russian forces, the ministry said.")
        #expect(found.map(\.figure) == [.deployed])
        #expect(found.map(\.quantity.value) == [40])
        #expect(claims("About 200 volunteers were fighting the fire on Sunday.").isEmpty)
    }

    @Test func theSameFiscalYearIsAWindow() {
        let found = claims("The sector also reported 61 migrant deaths in the same fiscal year.")
        #expect(found.map(\.scope) == [.period])
    }

    @Test func executionsCountedAreDeaths() {
        let found = claims("The monitor documented 412 executions in 2024, up from 356 in 2023.")
        #expect(found.map(\.figure) == [.killed, .killed])
        #expect(found.map(\.quantity.value) == [412, 356])
        #expect(found.map(\.scope) == [.period, .period])
    }

    @Test func peopleHangedAreDead() {
        #expect(claims("Authorities hanged 14 men at the central prison.").map(\.figure) == [.killed])
        #expect(claims("Belarus hangs three men convicted of sabotage").map(\.quantity.value) == [3])
    }

    @Test func executionsScheduledArePlanned() {
        let found = claims("Nine executions are already scheduled for next year, the center said.")
        #expect(found.map(\.figure) == [.killed])
        #expect(found.map(\.scope) == [.projection])
    }

    @Test func aColumnOfExecutionsCountsTheDead() {
        let found = claims("""
            Executions by year:

            | Year | Executions recorded |
            |---|---|
            | 2022 | 210 |
            | 2023 | 264 |
            """)
        #expect(found.map(\.quantity.value) == [210, 264])
        #expect(found.map(\.figure) == [.killed, .killed])
    }

    @Test func peopleUnderSentenceOfDeathAreNotDead() {
        #expect(claims("Nine people are currently under sentence of death in the state.").isEmpty)
        #expect(claims("Some 3,100 prisoners were under sentence of death at the end of the year.").isEmpty)
    }

    @Test func aPastMonthsDeathsAfterDrinkingAreOneEvent() {
        let found = claims("In May 2021, 48 people died in two villages of the district after drinking toxic liquor.")
        #expect(found.map(\.scope) == [.incident])
        #expect(found.first?.asOf == CalendarDay(iso: "2021-05-01"))
    }

    @Test func aPartOfAWindowsCountToldByHowTheyDiedIsOfTheWindow() {
        let found = claims("The group said 58 porters were killed in 2024, 41 of them by gunfire.")
        #expect(found.map(\.quantity.value) == [58, 41])
        #expect(found.map(\.scope) == [.period, .period])
        let single = claims("The group said 58 porters were killed in 2024, nine of them shot by guards in a single ambush.")
        #expect(single.map(\.scope) == [.period, .incident])
    }

    @Test func aPartOfAWindowsWholeThatOpensTheSentenceIsOfTheWindow() {
        let found = claims("Of the 37 people killed by storms in the United Kingdom last year, 12 died on the roads.")
        #expect(found.map(\.quantity.value) == [37, 12])
        #expect(found.map(\.scope) == [.period, .period])
    }

    @Test func peopleWithTheirOwnVerbPastAPerfectRelativeClauseShareNoFigure() {
        let found = claims("Officials said nine people had been beheaded, and that 30 hostages who had been held by the gang in the forest were freed on Monday.")
        #expect(found.map(\.quantity.value) == [9])
    }

    @Test func thunderstormsAreADisaster() {
        let found = claims("Severe thunderstorms swept across the county on Monday evening, killing four people and injuring at least 15.")
        #expect(found.map(\.quantity.value) == [4, 15])
        #expect(found.map(\.scope) == [.total, .total])
    }

    @Test func peopleWithALongListOfInjuriesAreHurt() {
        let found = claims("Two people with severe head and chest injuries were airlifted to the regional trauma centre.")
        #expect(found.map(\.figure) == [.wounded])
    }

    @Test func aKillingInTheSimplePastDatedByMonthAndYearAfterIsOneEvent() {
        let found = claims("The deaths came a year after tainted liquor killed 31 people in the town in March 2023.")
        #expect(found.map(\.scope) == [.incident])
        #expect(found.first?.asOf == CalendarDay(iso: "2023-03-01"))
    }

    @Test func aDisasterToldWithAnArticleAfterAMonthAloneIsThatMonthsEvent() {
        let found = claims("In June, a landslide at the quarry killed nine workers.")
        #expect(found.map(\.scope) == [.incident])
        #expect(found.first?.asOf == CalendarDay(iso: "2024-06-01"))
    }

    @Test func whatIsSentForPeopleCountsNone() {
        #expect(claims("The agency sent medical supplies for 500 injured people to the district hospital.").isEmpty)
        #expect(claims("The convoy carried food for about 9,000 wounded and displaced people.").isEmpty)
    }

    @Test func theMissingFoundAliveAreMissingNoMore() {
        #expect(claims("Four of the people listed as missing have been found alive.").isEmpty)
        #expect(claims("Officials said three people reported missing in the valley were found safe on Tuesday.").isEmpty)
        #expect(claims("Twelve people are still missing and three were found alive.").map(\.quantity.value) == [12])
    }

    @Test func aLengthOfTimeAfterTheVerbIsNoObject() {
        let found = claims("At least 61 villagers died over five days, officials said.")
        #expect(found.map(\.figure) == [.killed])
        #expect(found.map(\.quantity.value) == [61])
    }

    @Test func aCountNounKeptByAParticipleIsTheSubjectOfItsChange() {
        let found = claims("Fatalities reported across the state rose to 842 in 2023.")
        #expect(found.map(\.figure) == [.killed])
        #expect(found.map(\.scope) == [.period])
    }

    @Test func aPartOfAWindowsKillingsIsOfTheWindow() {
        let found = claims("The monitor said 14 of this month's killings were in the capital.")
        #expect(found.map(\.scope) == [.period])
    }

    @Test func aPartInANamedBattleIsOfThatEvent() {
        let found = claims("In all, 30 soldiers were killed during the deployment, 12 of them in the battle for the airport.")
        #expect(found.map(\.quantity.value) == [30, 12])
        #expect(found.last?.scope == .incident)
    }

    @Test func aListOnDeathRowAndCrimesPunishableByDeathAreNoDead() {
        #expect(claims("About 90 men and four women are on death row.").isEmpty)
        #expect(claims("The code lists 27 crimes punishable by death.").isEmpty)
    }

    @Test func aThingsWordBeforeAnUnknownPluralAndItsVerbNamesATrade() {
        let found = claims("Two storm chasers were injured by flying debris.")
        #expect(found.map(\.figure) == [.wounded])
        #expect(found.first?.subject == "storm-chasers")
        #expect(claims("Four rocket launchers were destroyed.").isEmpty)
    }

    @Test func peopleListedAsATollsAreOfItsFigure() {
        #expect(claims("Officials said the dead included five crew members and two guards escorting the prisoners.")
            .map(\.figure) == [.killed, .killed])
        #expect(claims("The dead were three pilots and four soldiers who had been wounded in a raid.")
            .map(\.figure) == [.killed, .killed])
        #expect(claims("The dead included 10 soldiers, and 30 civilians were wounded.").map(\.figure) == [.killed, .wounded])
    }

    @Test func aPossessiveMonthsTollAndTheWeekendsDeathsAreOfTheirWindow() {
        #expect(claims("March's death toll was 214, the ministry said.").map(\.scope) == [.period])
        #expect(claims("Motorcyclists accounted for 31 of the weekend's deaths.").map(\.scope) == [.period])
    }

    @Test func agesAfterAnUnknownNounAreNoWordOfIt() {
        let found = claims("Two cousins aged 12 and 15 were killed.")
        #expect(found.map(\.quantity.value) == [2])
        #expect(found.map(\.figure) == [.killed])
    }

    @Test func theInjuredOfAnEventBetweenTwoThingsWhoDiedAreDead() {
        let found = claims("Three more people injured in Friday's collision between a lorry and a minibus have died.")
        #expect(found.map(\.figure) == [.killed])
    }

    @Test func stallsAreThings() {
        let found = claims("Police said two people were hurt and that dozens of stalls and three shops were burned.")
        #expect(found.map(\.quantity.value) == [2])
    }

    @Test func aRelativeClauseInThePerfectAfterAModalIsNoPlan() {
        let found = claims("Officials said the clash may be tied to a land dispute that has claimed at least 20 lives since 2021.")
        #expect(found.map(\.scope) == [.total])
    }

    @Test func otherPeopleAfterAnObjectWithAPhraseShareItsVerb() {
        let found = claims("The plane crashed, killing the head of the air force and seven other officers.")
        #expect(found.map(\.figure) == [.killed])
        #expect(found.map(\.quantity.value) == [7])
    }

    @Test func peopleWithALongerPhraseAmongACountAreItsPart() {
        let found = claims("Eighteen players and staff of the team were among 25 people killed when the bus overturned.")
        #expect(found.map(\.quantity.value) == [18, 25])
        #expect(found.map(\.figure) == [.killed, .killed])
    }

    @Test func aTradeNamedByAThingsWordAfterACopulaIsPeople() {
        let found = claims("Forty people died. Among the dead were eight storm spotters.")
        #expect(found.map(\.quantity.value) == [40, 8])
        #expect(found.last?.subject == "storm-spotters")
    }

    @Test func aTroopCeilingIsAPlan() {
        let found = claims("The council kept the troop ceiling at 14,000.")
        #expect(found.map(\.figure) == [.deployed])
        #expect(found.map(\.scope) == [.projection])
    }

    @Test func aChargeOfCausingDeathCountsNoDead() {
        #expect(claims("Prosecutors charged the hotel's manager and three fire inspectors with causing death by negligence.").isEmpty)
    }

    @Test func victimsWithAnAsideOnTheirAgesIncludeAPart() {
        let found = claims("Nine people died. The victims, aged between 20 and 35, included four students.")
        #expect(found.map(\.quantity.value) == [9, 4])
        #expect(found.map(\.figure) == [.killed, .killed])
    }

    @Test func aTollsListOpensOnNoPassiveCopulaNorPastWhere() {
        let found = claims("As a result of the riot, nine inmates lost their lives and five other people were wounded, "
            + "among them two guards. The wounded were taken to the regional hospital, where two inmates remain in serious condition.")
        #expect(found.map(\.quantity.value) == [9, 5, 2, 2])
        #expect(found.last?.scope == .total)
    }

    @Test func theTollOfActsCountedOverAWindowIsThatWindows() {
        let found = claims("Monitors recorded 14 bombings across the province in 2023, which killed 96 people and wounded 210.")
        #expect(found.map(\.quantity.value) == [96, 210])
        #expect(found.map(\.scope) == [.period, .period])
        #expect(claims("Five ambushes in March killed 40 soldiers.").map(\.scope) == [.period])
    }

    @Test func aPlaceRankedOverAWindowCountsItsTollInIt() {
        let found = claims("Kano was the deadliest region in 2023, with 212 deaths, followed by Kaduna with 150.")
        #expect(found.map(\.quantity.value) == [212, 150])
        #expect(found.map(\.scope) == [.period, .period])
        #expect(claims("It was the deadliest ambush this year, with 30 dead.").map(\.scope) == [.total])
    }

    @Test func anOlderYearAfterSinceIsNoCount() {
        #expect(claims("The reef has claimed 300 lives since 1750.").map(\.quantity.value) == [300])
    }

    @Test func aReturnInAClauseAfterThatIsNotTheTroops() {
        let found = claims("The army said it had sent 800 soldiers to the district on Friday and that order had returned.")
        #expect(found.map(\.figure) == [.deployed])
        #expect(found.map(\.quantity.value) == [800])
    }

    @Test func peopleAccusedOfACrimeAreNeitherSpeakersNorVictims() {
        #expect(claims("Militiamen killed 12 farmers accused of hiding food.").map(\.figure) == [.killed])
        #expect(claims("Officials said 14 men suspected of killing a guard were arrested.").isEmpty)
        #expect(claims("Seven men suspected of smuggling fuel were killed in a shootout with police.").map(\.figure) == [.killed])
        // (A text cut right after "of": no look past its end.)
        #expect(claims("Police killed 14 men suspected of").map(\.figure) == [.killed])
    }

    @Test func oneOfANounInSoManyIsARatio() {
        #expect(claims("Surveys count perhaps one death in ten.").isEmpty)
    }

    @Test func aPartOfPeopleArrestedIsNoClaim() {
        #expect(claims("Three gunmen were killed and 25 arrested, including four foreigners.").map(\.quantity.value) == [3])
        #expect(claims("Police said 30 suspects, including 12 soldiers, had been detained.").isEmpty)
    }

    @Test func troopsAfterAnOpeningClauseOfAWithdrawalHaveTheirOwnVerb() {
        let found = claims("Weeks after the government expelled some 900 foreign troops, about 300 Turkish soldiers arrived in the capital.")
        #expect(found.map(\.quantity.value) == [300])
        #expect(found.first?.subject == "turkish-troops")
    }

    @Test func moreTroopsThatArrivedAreAChange() {
        let found = claims("About 400 Chadian soldiers arrived in March, and 250 more arrived in May.")
        #expect(found.map(\.quantity.value) == [400, 250])
        #expect(found.last?.scope == .change)
        #expect(found.last?.figure == .deployed)
    }

    @Test func aParticipleAfterTroopsSentTellsWhatTheyAre() {
        let found = claims("The ministry will send 2,000 soldiers trained in mountain warfare to the border.")
        #expect(found.map(\.figure) == [.deployed])
        #expect(found.map(\.scope) == [.projection])
    }

    @Test func anEarlierValueJoinedToAnotherSharesItsWindow() {
        let found = claims("At least 60 civilians were killed and 150 injured in the region in May, "
            + "down from 75 killed and 180 injured in April.")
        #expect(found.map(\.quantity.value) == [60, 150, 75, 180])
        #expect(found.map(\.scope) == [.period, .period, .period, .period])
    }

    @Test func earlierThisMonthDatesAnEventAndOpensNoWindow() {
        #expect(claims("The army said 40 people drowned after a ferry sank earlier this month.").map(\.scope) == [.total])
    }

    @Test func fightersWhoCarriedOutAnAttackAreNoDeployment() {
        #expect(claims("The group said three of its fighters had carried out the attack.").isEmpty)
    }

    @Test func theMartyredOnTheSpotAreOneEvents() {
        #expect(claims("Two of our guards were martyred on the spot.").map(\.scope) == [.incident])
    }

    @Test func aPartOfTheNewDeathsIsAChange() {
        let found = claims("The toll rose to 60. Among the new deaths were five children.")
        #expect(found.map(\.quantity.value) == [60, 5])
        #expect(found.map(\.scope) == [.total, .change])
    }

    @Test func aMonthsActToldWithAAndItsTollJoinedAfterIsOneEvent() {
        let found = claims("In March, a police patrol was ambushed near the border and nine officers were killed.")
        #expect(found.map(\.scope) == [.incident])
        #expect(found.first?.asOf == CalendarDay(iso: "2024-03-01"))
    }

    @Test func troopsThatBringACountToANewValueAreAChange() {
        let found = claims("The new battalion of about 600 soldiers brought the number of troops in the district to some 3,200.")
        #expect(found.map(\.quantity.value) == [600, 3200])
        #expect(found.map(\.scope) == [.change, .total])
    }

    @Test func livesTakenAfterACountOfThingsAreDead() {
        let found = claims("The river has claimed about 500 boats and 900 lives since 1900.")
        #expect(found.map(\.quantity.value) == [900])
        #expect(found.map(\.figure) == [.killed])
    }

    @Test func aKillingAnAccusationDatesToADayIsOneEvent() {
        let found = claims("Amnesty accused the militia of killing 48 villagers on March 3.")
        #expect(found.map(\.scope) == [.incident])
        #expect(found.first?.asOf == CalendarDay(iso: "2024-03-03"))
    }

    @Test func peopleInAPlaceWithTheirOwnVerbAreNoEllipsis() {
        let found = claims("Ten people were killed, and 400 children in Gaza needed support.")
        #expect(found.map(\.quantity.value) == [10])
        #expect(claims("Ten soldiers were killed and 40 civilians in Gaza were wounded.").map(\.figure) == [.killed, .wounded])
    }

    @Test func theNextPartOfPeopleKilledTakesTheirFigure() {
        #expect(claims("Nine of the civilians killed were women and four were children.").map(\.quantity.value) == [9, 4])
        #expect(claims("Nine of those killed were women and four were children.").map(\.figure) == [.killed, .killed])
    }

    @Test func abductionsCountedOverAWindowAreAPeriodsCount() {
        #expect(claims("The mission verified the abduction of 212 children in the quarter.").map(\.scope) == [.period])
        #expect(claims("The mission verified the abduction of 212 children last year.").map(\.scope) == [.period])
        #expect(claims("The abduction of 212 pupils from Gidan Kara in May shocked the country.").map(\.scope) == [.incident])
    }

    @Test func aYearsTallyHoldsHoweverItsActsAreTold() {
        #expect(claims("The monitor said 31 children had been killed by drone strikes this year.").map(\.scope) == [.period])
        #expect(claims("The monitor said 31 children had been killed by gunmen this year.").map(\.scope) == [.period])
        // (Not a date's year, nor a ranking's.)
        #expect(claims("In May this year, gunmen abducted 90 pupils from a school.").map(\.scope) == [.incident])
        #expect(claims("Police said 14 officers were killed in an ambush on Monday, the deadliest attack on them this year.").map(\.scope) == [.incident])
    }

    @Test func aWholeWarsLengthIsNoWindow() {
        #expect(claims("About 75,000 people were killed during the 12-year civil war.").map(\.scope) == [.total])
        #expect(claims("More than 6,000 people were killed during the two decades of the conflict.").map(\.scope) == [.total])
        #expect(claims("More than 6,000 people were killed in two decades of fighting.").map(\.scope) == [.period])
    }

    @Test func peopleThatAParticipleOfNoFigureTellsAreNoClaim() {
        let found = claims("The explosion killed 12 people. Officials put the number of residents evacuated at about 4,000.")
        #expect(found.map(\.quantity.value) == [12])
        #expect(claims("The explosion killed 12 people. Officials put the number at 14.").map(\.quantity.value) == [12, 14])
    }

    @Test func paragraphNumbersAreLabels() {
        #expect(claims("(Adds details of missing miners in paragraphs 3-6)").isEmpty)
    }

    @Test func aShareOfAWholeIsAnAsideAtLength() {
        let found = claims("About 30,000 people, roughly 8 percent of the province's population at the time, were killed.")
        #expect(found.map(\.quantity.value) == [30000])
        #expect(found.map(\.figure) == [.killed])
    }

    @Test func aRisesShareStandsBetweenTheCountAndItsNewValue() {
        let found = claims("The agency said road deaths rose by 7% to 2,950.")
        #expect(found.map(\.quantity.value) == [2950])
        #expect(found.map(\.figure) == [.killed])
        #expect(claims("Child deaths in 2023 rose by 40 to 1,210.").map(\.scope) == [.change, .period])
        #expect(claims("The charity said child deaths in 2023 rose by 12% to about 1,900.").map(\.scope) == [.period])
        // (Not attempts: no one killed.)
        #expect(claims("Attempted murders rose by 4% to 6,100.").isEmpty)
    }

    @Test func aFigureNamedAgainReachesTwoSentencesBack() {
        let found = claims("Teams recovered 9 more bodies, raising the number of bodies found to 212. Of the 212, 150 have been identified. In March it had put the number at 190.")
        #expect(found.map(\.quantity.value) == [9, 212, 190])
        #expect(found.last?.figure == .killed)
        #expect(found.last?.asOf == CalendarDay(iso: "2024-03-01"))
    }

    @Test func aPartOfAWholeToldByItsNumberTakesItsOwnVerb() {
        let found = claims("Twenty-four workers were injured. Five of the 24 were still in hospital on Friday.")
        #expect(found.map(\.quantity.value) == [24, 5])
        #expect(found.map(\.figure) == [.wounded, .wounded])
    }

    @Test func combatantsDetainedAreCaptives() {
        let found = claims("The army said it had detained about 30 Malian soldiers near the border.")
        #expect(found.map(\.figure) == [.captured])
        #expect(claims("Police detained 40 protesters.").isEmpty)
    }

    @Test func anEventNamedWithADemonstrativeIsOneEvent() {
        let found = claims("Six soldiers were killed in that attack, they said.", published: "2025-10-24")
        #expect(found.map(\.scope) == [.incident])
    }

    @Test func aListOfPlacesTheyComeFromIsPartOfThePeople() {
        let found = claims("The UN said that 13 peacekeepers from South Africa, Malawi and Uruguay had been killed in the fighting around Goma.",
                           published: "2025-02-10")
        #expect(found.map(\.figure) == [.killed])
        #expect(found.map(\.subject) == ["south-african-troops"])
        let arrived = claims("About 2,000 soldiers from Kenya and Ethiopia arrived in Mogadishu on Monday.", published: "2025-02-10")
        #expect(arrived.map(\.figure) == [.deployed])
    }

    @Test func aPartOfTheDeadToldWhereTheyServedIsNoDeployment() {
        let found = claims("""
            South Africa's presidency said on Sunday that 14 South African soldiers had been killed in the battle, \
            nine of them serving with a regional force.
            """, published: "2025-02-10")
        #expect(found.map(\.figure) == [.killed, .killed])
        let next = claims("Thirteen South African soldiers were killed. Two of them were serving with the UN peacekeeping mission.",
                          published: "2025-02-10")
        #expect(next.map(\.figure) == [.killed, .killed])
        // Troops that will serve somewhere are still a deployment.
        let arrived = claims("About 2,000 troops arrived on Monday. Some 500 of them will be stationed in Goma.", published: "2025-02-10")
        #expect(arrived.map(\.figure) == [.deployed, .deployed])
    }

    @Test func armedPeoplesSecondActOnANamedDayIsOneRaid() {
        let raid = claims("Armed bandits on motorcycles stormed a government secondary school in Zamfara state on Tuesday and kidnapped 68 pupils.",
                          published: "2025-02-12")
        #expect(raid.map(\.scope) == [.incident])
        let shot = claims("Gunmen burst into a car wash in the south of Culiacán shortly before noon on Tuesday and shot dead five workers.",
                          published: "2025-02-12")
        #expect(shot.map(\.scope) == [.incident])
        // Not a tally since a day.
        #expect(claims("Militants have attacked dozens of villages since Monday and killed 40 people.", published: "2025-02-12")
            .map(\.scope) == [.period])
    }
}

