/// A kind of people, as a subject slug's last part (`troops`, `civilians`, `aid-workers`).
struct PeopleKind: Sendable, Hashable {
    var slug: String
    /// Soldiers and fighters: a bare count of them is a deployment.
    var isCombatant: Bool = false
}

/// Who the people are: the kinds, the groups (demonyms, countries, named organisations),
/// and the adjectives that name a kind ("civilian deaths").
enum People {
    static let kinds: PhraseTable<PeopleKind> = {
        var table = PhraseTable<PeopleKind>()
        let troops = PeopleKind(slug: "troops", isCombatant: true)
        for word in ["soldier", "soldiers", "troop", "troops", "force", "forces", "serviceman", "servicemen",
                     "servicewoman", "servicewomen", "service member", "service members", "servicemember",
                     "servicemembers", "military personnel", "personnel", "marine", "marines", "conscript",
                     "conscripts", "recruit", "recruits", "paratrooper", "paratroopers", "infantryman",
                     "infantrymen", "infantry", "sailor", "sailors", "airman", "airmen", "reservist",
                     "reservists", "commando", "commandos", "special forces", "servicepeople",
                     "guardsmen", "guardsman", "national guardsmen", "peacekeeper", "peacekeepers",
                     "mobilised men", "mobilized men", "draftees", "draftee", "officers and soldiers",
                     "soldiers and officers", "military servicemen", "troopers",
                     "trooper", "contract soldiers", "men in uniform", "jawan", "jawans",
                     // A peace mission's strength: "About 5,400 Indian military and police personnel
                     // are serving in nine UN missions".
                     "military and police personnel", "police and military personnel", "uniformed personnel",
                     // "25,420 soldiers and members of the security services", "five special operations soldiers".
                     "members of the security forces", "members of the security services",
                     "special operations soldiers", "special operations troops", "special operations forces",
                     "special operations personnel"] {
            table.add(word, troops)
        }
        let fighters = PeopleKind(slug: "fighters", isCombatant: true)
        for word in ["fighter", "fighters", "militant", "militants", "combatant", "combatants", "insurgent",
                     "insurgents", "rebel", "rebels", "jihadist", "jihadists", "gunman", "gunmen", "guerrilla",
                     "guerrillas", "guerilla", "guerillas", "militiaman", "militiamen", "militia members",
                     "mercenary", "mercenaries", "paramilitaries", "paramilitary fighters", "operatives",
                     "terrorists", "terrorist", "extremists", "khwarij", "khawarij"] {
            table.add(word, fighters)
        }
        for (slug, words) in [
            ("civilians", ["civilian", "civilians", "non-combatants", "noncombatants"]),
            ("people", ["people", "person", "persons", "resident", "residents", "villager", "villagers",
                        "inhabitants", "individuals", "individual", "locals",
                        "local residents", "souls", "lives", "victims", "victim",
                        "human beings", "humans", "adults"]),
            ("children", ["child", "children", "kids", "minors"]),
        ] {
            for word in words { table.add(word, PeopleKind(slug: slug)) }
        }
        // Other kinds are named as the text names them, in the plural: "crew members", "rescuers".
        for plural in ["women", "men", "aid workers", "humanitarian workers", "relief workers", "humanitarians",
                       "health workers", "healthcare workers", "medical workers", "medics", "doctors", "nurses",
                       "paramedics", "surgeons", "journalists", "reporters", "media workers", "photographers",
                       "police officers", "policemen", "police", "gendarmes", "rescue workers", "rescuers",
                       "firefighters", "firemen", "emergency workers", "first responders", "migrants", "asylum seekers",
                       "refugees", "displaced people", "passengers", "travellers", "travelers", "commuters",
                       "crew members", "crewmen", "crew", "sailors", "seafarers", "workers", "employees",
                       "construction workers", "factory workers", "labourers", "laborers", "miners", "students",
                       "pupils", "schoolchildren", "teachers", "trainees", "cadets", "pilgrims", "worshippers",
                       "worshipers", "protesters", "protestors", "demonstrators", "prisoners", "detainees",
                       "inmates", "hostages", "patients", "tourists", "visitors", "fishermen", "settlers",
                       "farmers", "herders", "volunteers", "officials", "infants", "babies", "newborns",
                       "boys", "girls", "teenagers", "youths", "elderly people", "pensioners", "guards",
                       "security guards", "border guards", "engineers", "contractors", "drivers", "pilots",
                       "diplomats", "activists", "rights defenders", "human rights defenders", "monks", "priests", "clerics", "athletes", "fans", "spectators",
                       "shoppers", "guests", "staff members", "staff", "truck drivers", "peacekeepers", "attackers", "assailants",
                       "family members", "relatives", "bystanders", "evacuees", "mourners", "spectators",
                       "riders", "couriers", "cyclists", "motorcyclists", "motorists", "pedestrians", "hikers", "climbers",
                       "swimmers", "divers", "flight attendants", "attendants", "cabin crew"] {
            let kind = PeopleKind(slug: Slug.make(plural))
            table.add(plural, kind)
            if let singular = singular(of: plural) { table.add(singular, kind) }
        }
        // Trades and the people of a place or an event, in the plural only: their singulars
        // are verbs or adjectives as often ("cook", "guide"). Not the trades that speak for
        // others more often than they are counted (prosecutors, lawmakers, officials' kinds):
        // named often, they would become the report's subject.
        for plural in ["nationals", "citizens", "foreign nationals", "foreigners", "expatriates", "lawyers", "lecturers", "pharmacists", "midwives", "traders", "merchants", "vendors",
                       "street vendors", "shopkeepers", "herdsmen", "shepherds", "nomads", "loggers", "truckers",
                       "porters", "farmhands", "imams", "pastors", "nuns", "missionaries", "preachers", "smugglers",
                       "poachers", "park rangers", "lifeguards", "voters", "schoolgirls", "schoolboys", "devotees",
                       "skiers", "tour guides", "trekkers", "campers", "vaccinators", "dockers", "bodyguards",
                       "peasants", "deminers", "apprentices", "mineworkers", "rioters", "footballers", "churchgoers",
                       "congregants", "concertgoers", "festivalgoers", "revellers", "revelers", "partygoers",
                       "bathers", "beachgoers", "surfers", "boatmen", "domestic workers", "sex workers",
                       "dock workers", "oil workers", "electricians", "welders", "sanitation workers",
                       "taxi drivers", "bus drivers", "suspects", "gang members", "guides", "mountain guides", "sherpas",
                       "mountaineers", "alpinists", "snowboarders", "paragliders", "boaters", "kayakers", "canoeists",
                       "rowers", "anglers", "freeriders", "ski tourers", "snowmobilers", "counsellors", "counselors",
                       "camp counsellors", "camp counselors"] {
            table.add(plural, PeopleKind(slug: Slug.make(plural)))
        }
        // Of those, the trades whose singular is only a noun: "One vendor lost his life".
        for plural in ["vendors", "street vendors", "traders", "merchants", "shopkeepers", "smugglers", "poachers",
                       "lifeguards", "devotees", "skiers", "trekkers", "campers", "bodyguards", "deminers", "electricians",
                       "welders", "mountaineers", "footballers", "churchgoers", "revellers", "surfers", "kayakers",
                       "snowboarders", "paragliders", "canoeists", "anglers", "snowmobilers"] {
            if let singular = singular(of: plural) { table.add(singular, PeopleKind(slug: Slug.make(plural))) }
        }
        return table.marked(.kinds)
    }()

    /// "crew members" → "crew member", "women" → "woman"; nil when the word has no plural ending.
    static func singular(of plural: String) -> String? {
        var words = plural.split(separator: " ").map(String.init)
        guard let last = words.last else { return nil }
        let irregular = ["women": "woman", "men": "man", "people": "person", "children": "child",
                         "policemen": "policeman", "fishermen": "fisherman", "crewmen": "crewman",
                         "police": "police", "staff": "staff", "crew": "crew", "elderly people": "elderly person"]
        if let word = irregular[last] {
            words[words.count - 1] = word
        } else if last.hasSuffix("ies") {
            words[words.count - 1] = String(last.dropLast(3)) + "y"
        } else if last.hasSuffix("s") {
            words[words.count - 1] = String(last.dropLast())
        } else {
            return nil
        }
        return words.joined(separator: " ")
    }

    /// Adjectives and noun modifiers that name the kind of the people a toll counts.
    static let kindAdjectives: PhraseTable<PeopleKind> = {
        var table = PhraseTable<PeopleKind>()
        let troops = PeopleKind(slug: "troops", isCombatant: true)
        for word in ["military", "troop", "soldier", "army", "combat", "battlefield", "servicemen", "paramilitary"] {
            table.add(word, troops)
        }
        for word in ["civilian", "non-combatant"] { table.add(word, PeopleKind(slug: "civilians")) }
        for word in ["child", "children's"] { table.add(word, PeopleKind(slug: "children")) }
        for word in ["militant", "rebel", "insurgent", "fighter"] {
            table.add(word, PeopleKind(slug: "fighters", isCombatant: true))
        }
        for word in ["migrant"] { table.add(word, PeopleKind(slug: "migrants")) }
        for word in ["police"] { table.add(word, PeopleKind(slug: "police-officers")) }
        return table.marked(.kindAdjectives)
    }()

    /// A group: a country, its demonym, its capital used for its government, or a named
    /// organisation. `isPlural` marks nouns that are people themselves ("Ukrainians").
    struct Group: Sendable, Hashable {
        var slug: String
        var isPeople: Bool = false
    }

    /// Where a list's comma or "and" (a "the" after it) brings in a capitalised place of up to
    /// four words that ends just before `end`: ", Khyber Pakhtunkhwa", "and the Eastern Cape";
    /// the joining word's index, at `floor` or after. With `orColon`, a colon may bring in the
    /// list's first place: "Deaths by district: Swat 19".
    static func joinedPlace(_ tokens: [Token], endingBefore end: Int, floor: Int, orColon: Bool = false) -> Int? {
        var i = end - 1
        var words = 0
        while i > floor, words < 5, tokens[i].isCapitalized || words > 0 && tokens[i].hash == Words.hyphen && tokens[i].isAttached {
            if tokens[i].isCapitalized { words += 1 }
            i -= 1
        }
        guard (1...4).contains(words) else { return nil }
        if i > floor, tokens[i].hash == Words.the { i -= 1 }
        return i >= floor && (tokens[i].hash == Words.comma || tokens[i].hash == Words.and
                              || orColon && tokens[i].hash == Words.colon) ? i : nil
    }

    /// Another place and its number after the list item that ends at `end`, brought in by a
    /// comma or "and" (a "the" after it), before `limit`: ", Shangla 11", "and the Eastern Cape 4".
    static func placeAndNumberFollow(_ tokens: [Token], after end: Int, limit: Int) -> Bool {
        guard end + 2 < limit, tokens[end].hash == Words.comma || tokens[end].hash == Words.and else { return false }
        var i = end + 1
        if tokens[i].hash == Words.the { i += 1 }
        let name = i
        while i < min(limit, name + 4), tokens[i].isWord, tokens[i].isCapitalized { i += 1 }
        return i > name && i < limit && tokens[i].isDigits
    }

    /// The side that "and" or a list's comma brings in, its words ending just before `end`
    /// and the joining word at `floor` or after: "and El Salvador", ", France".
    static func joinedGroup(_ tokens: [Token], endingBefore end: Int, floor: Int) -> Group? {
        guard let group = groups.match(tokens, endingBefore: end, floor: floor) else { return nil }
        // ("and the United States 120".)
        var joint = group.start - 1
        if joint > floor, tokens[joint].hash == Words.the { joint -= 1 }
        guard joint >= floor, tokens[joint].hash == Words.and || tokens[joint].hash == Words.comma else { return nil }
        return group.value
    }

    static let groups: PhraseTable<Group> = {
        var table = PhraseTable<Group>()
        for (slug, names, people) in countries {
            for name in names {
                table.add(name, Group(slug: slug))
                table.add(name + "'s", Group(slug: slug))
            }
            for name in people { table.add(name, Group(slug: slug, isPeople: true)) }
        }
        for (slug, names) in organisations {
            for name in names { table.add(name, Group(slug: slug)) }
        }
        return table.marked(.groups)
    }()

    /// slug, names (country, adjective, capital), plural nouns for its people.
    static let countries: [(String, [String], [String])] = [
        ("north-korean", ["North Korea", "North Korean", "Pyongyang", "DPRK", "N. Korea", "N. Korean",
                          "Democratic People's Republic of Korea"], ["North Koreans"]),
        ("south-korean", ["South Korea", "South Korean", "Seoul", "Republic of Korea", "ROK"], ["South Koreans"]),
        ("ukrainian", ["Ukraine", "Ukrainian", "Kyiv", "Kiev"], ["Ukrainians"]),
        ("russian", ["Russia", "Russian", "Moscow", "Kremlin"], ["Russians"]),
        ("belarusian", ["Belarus", "Belarusian", "Minsk"], ["Belarusians"]),
        ("us", ["United States", "U.S.", "US", "American", "America", "Washington", "U.S.-led", "US-led"],
         ["Americans"]),
        ("british", ["Britain", "British", "United Kingdom", "UK", "U.K.", "London"], ["Britons", "Brits"]),
        ("french", ["France", "French", "Paris"], ["French"]),
        ("german", ["Germany", "German", "Berlin"], ["Germans"]),
        ("polish", ["Poland", "Polish", "Warsaw"], ["Poles"]),
        ("israeli", ["Israel", "Israeli", "IDF", "Jerusalem", "Tel Aviv"], ["Israelis"]),
        ("palestinian", ["Palestine", "Palestinian", "Gaza", "Gazan", "West Bank", "Gaza Strip"],
         ["Palestinians", "Gazans"]),
        ("lebanese", ["Lebanon", "Lebanese", "Beirut"], ["Lebanese"]),
        ("syrian", ["Syria", "Syrian", "Damascus"], ["Syrians"]),
        ("iraqi", ["Iraq", "Iraqi", "Baghdad"], ["Iraqis"]),
        ("iranian", ["Iran", "Iranian", "Tehran"], ["Iranians"]),
        ("yemeni", ["Yemen", "Yemeni", "Sanaa"], ["Yemenis"]),
        ("saudi", ["Saudi Arabia", "Saudi", "Riyadh", "Saudi-led"], ["Saudis"]),
        ("turkish", ["Turkey", "Türkiye", "Turkish", "Ankara"], ["Turks"]),
        ("afghan", ["Afghanistan", "Afghan", "Kabul"], ["Afghans"]),
        ("pakistani", ["Pakistan", "Pakistani", "Islamabad"], ["Pakistanis"]),
        ("indian", ["India", "Indian", "New Delhi", "Delhi"], ["Indians"]),
        ("chinese", ["China", "Chinese", "Beijing"], ["Chinese"]),
        ("taiwanese", ["Taiwan", "Taiwanese", "Taipei"], ["Taiwanese"]),
        ("japanese", ["Japan", "Japanese", "Tokyo"], ["Japanese"]),
        ("myanmar", ["Myanmar", "Burma", "Burmese", "Naypyidaw"], ["Burmese"]),
        ("bangladeshi", ["Bangladesh", "Bangladeshi", "Dhaka"], ["Bangladeshis"]),
        ("rohingya", ["Rohingya"], ["Rohingyas"]),
        ("sudanese", ["Sudan", "Sudanese", "Khartoum"], ["Sudanese"]),
        ("south-sudanese", ["South Sudan", "South Sudanese", "Juba"], []),
        ("ethiopian", ["Ethiopia", "Ethiopian", "Addis Ababa"], ["Ethiopians"]),
        ("eritrean", ["Eritrea", "Eritrean", "Asmara"], ["Eritreans"]),
        ("somali", ["Somalia", "Somali", "Mogadishu"], ["Somalis"]),
        ("kenyan", ["Kenya", "Kenyan", "Nairobi"], ["Kenyans"]),
        ("congolese", ["Congo", "Congolese", "DRC", "DR Congo", "Kinshasa"], ["Congolese"]),
        ("rwandan", ["Rwanda", "Rwandan", "Kigali"], ["Rwandans"]),
        ("nigerian", ["Nigeria", "Nigerian", "Abuja"], ["Nigerians"]),
        ("malian", ["Mali", "Malian", "Bamako"], ["Malians"]),
        ("burkinabe", ["Burkina Faso", "Burkinabe", "Burkinabè", "Ouagadougou"], ["Burkinabe"]),
        ("nigerien", ["Niger", "Nigerien", "Niamey"], ["Nigeriens"]),
        ("chadian", ["Chad", "Chadian", "N'Djamena"], ["Chadians"]),
        ("libyan", ["Libya", "Libyan", "Tripoli"], ["Libyans"]),
        ("egyptian", ["Egypt", "Egyptian", "Cairo"], ["Egyptians"]),
        ("tunisian", ["Tunisia", "Tunisian", "Tunis"], ["Tunisians"]),
        ("algerian", ["Algeria", "Algerian", "Algiers"], ["Algerians"]),
        ("moroccan", ["Morocco", "Moroccan", "Rabat"], ["Moroccans"]),
        ("jordanian", ["Jordan", "Jordanian", "Amman"], ["Jordanians"]),
        ("armenian", ["Armenia", "Armenian", "Yerevan"], ["Armenians"]),
        ("azerbaijani", ["Azerbaijan", "Azerbaijani", "Azeri", "Baku"], ["Azerbaijanis", "Azeris"]),
        ("georgian", ["Georgia", "Georgian", "Tbilisi"], ["Georgians"]),
        ("moldovan", ["Moldova", "Moldovan", "Chisinau"], ["Moldovans"]),
        ("kazakh", ["Kazakhstan", "Kazakh"], ["Kazakhs"]),
        ("nepali", ["Nepal", "Nepali", "Nepalese", "Kathmandu"], ["Nepalis"]),
        ("sri-lankan", ["Sri Lanka", "Sri Lankan", "Colombo"], ["Sri Lankans"]),
        ("indonesian", ["Indonesia", "Indonesian", "Jakarta"], ["Indonesians"]),
        ("filipino", ["Philippines", "Filipino", "Philippine", "Manila"], ["Filipinos"]),
        ("thai", ["Thailand", "Thai", "Bangkok"], ["Thais"]),
        ("cambodian", ["Cambodia", "Cambodian", "Phnom Penh"], ["Cambodians"]),
        ("vietnamese", ["Vietnam", "Vietnamese", "Hanoi"], ["Vietnamese"]),
        ("mexican", ["Mexico", "Mexican"], ["Mexicans"]),
        ("colombian", ["Colombia", "Colombian", "Bogota", "Bogotá"], ["Colombians"]),
        ("venezuelan", ["Venezuela", "Venezuelan", "Caracas"], ["Venezuelans"]),
        ("brazilian", ["Brazil", "Brazilian", "Brasilia"], ["Brazilians"]),
        ("haitian", ["Haiti", "Haitian", "Port-au-Prince"], ["Haitians"]),
        ("canadian", ["Canada", "Canadian", "Ottawa"], ["Canadians"]),
        ("italian", ["Italy", "Italian", "Rome"], ["Italians"]),
        ("spanish", ["Spain", "Spanish", "Madrid"], ["Spaniards"]),
        ("greek", ["Greece", "Greek", "Athens"], ["Greeks"]),
        ("dutch", ["Netherlands", "Dutch", "The Hague", "Amsterdam"], ["Dutch"]),
        ("swedish", ["Sweden", "Swedish", "Stockholm"], ["Swedes"]),
        ("finnish", ["Finland", "Finnish", "Helsinki"], ["Finns"]),
        ("norwegian", ["Norway", "Norwegian", "Oslo"], ["Norwegians"]),
        ("danish", ["Denmark", "Danish", "Copenhagen"], ["Danes"]),
        ("estonian", ["Estonia", "Estonian", "Tallinn"], ["Estonians"]),
        ("latvian", ["Latvia", "Latvian", "Riga"], ["Latvians"]),
        ("lithuanian", ["Lithuania", "Lithuanian", "Vilnius"], ["Lithuanians"]),
        ("romanian", ["Romania", "Romanian", "Bucharest"], ["Romanians"]),
        ("hungarian", ["Hungary", "Hungarian", "Budapest"], ["Hungarians"]),
        ("czech", ["Czech Republic", "Czechia", "Czech", "Prague"], ["Czechs"]),
        ("serbian", ["Serbia", "Serbian", "Belgrade"], ["Serbs"]),
        ("croatian", ["Croatia", "Croatian", "Zagreb"], ["Croats", "Croatians"]),
        ("bosnian", ["Bosnia", "Bosnia and Herzegovina", "Bosnian", "Sarajevo"], ["Bosnians"]),
        ("kosovar", ["Kosovo", "Kosovar"], ["Kosovars"]),
        ("australian", ["Australia", "Australian", "Canberra"], ["Australians"]),
        ("new-zealand", ["New Zealand"], ["New Zealanders"]),
        ("cuban", ["Cuba", "Cuban", "Havana"], ["Cubans"]),
        ("south-african", ["South Africa", "South African", "Pretoria"], ["South Africans"]),
        ("malawian", ["Malawi", "Malawian"], ["Malawians"]),
        ("burundian", ["Burundi", "Burundian", "Bujumbura", "Gitega"], ["Burundians"]),
        ("ugandan", ["Uganda", "Ugandan", "Kampala"], ["Ugandans"]),
        ("tanzanian", ["Tanzania", "Tanzanian"], ["Tanzanians"]),
        ("zambian", ["Zambia", "Zambian"], ["Zambians"]),
        ("zimbabwean", ["Zimbabwe", "Zimbabwean"], ["Zimbabweans"]),
        ("mozambican", ["Mozambique", "Mozambican", "Maputo"], ["Mozambicans"]),
        ("angolan", ["Angola", "Angolan"], ["Angolans"]),
        ("cameroonian", ["Cameroon", "Cameroonian"], ["Cameroonians"]),
        ("senegalese", ["Senegal", "Senegalese", "Dakar"], ["Senegalese"]),
        ("ivorian", ["Ivory Coast", "Côte d'Ivoire", "Ivorian"], ["Ivorians"]),
        ("ghanaian", ["Ghana", "Ghanaian", "Accra"], ["Ghanaians"]),
        ("guinean", ["Guinea", "Guinean", "Conakry"], ["Guineans"]),
        ("papua-new-guinean", ["Papua New Guinea", "Papua New Guinean", "PNG", "Port Moresby"], ["Papua New Guineans"]),
        ("beninese", ["Benin", "Beninese"], ["Beninese"]),
        ("togolese", ["Togo", "Togolese"], ["Togolese"]),
        ("mauritanian", ["Mauritania", "Mauritanian"], ["Mauritanians"]),
        ("central-african", ["Central African Republic", "Central African"], []),
        ("djiboutian", ["Djibouti", "Djiboutian"], []),
        ("guatemalan", ["Guatemala", "Guatemalan"], ["Guatemalans"]),
        ("salvadoran", ["El Salvador", "Salvadoran", "Salvadorean"], ["Salvadorans"]),
        ("honduran", ["Honduras", "Honduran"], ["Hondurans"]),
        ("nicaraguan", ["Nicaragua", "Nicaraguan"], ["Nicaraguans"]),
        ("peruvian", ["Peru", "Peruvian", "Lima"], ["Peruvians"]),
        ("ecuadorian", ["Ecuador", "Ecuadorian", "Quito"], ["Ecuadorians"]),
        ("bolivian", ["Bolivia", "Bolivian"], ["Bolivians"]),
        ("chilean", ["Chile", "Chilean", "Santiago"], ["Chileans"]),
        ("argentine", ["Argentina", "Argentine", "Argentinian", "Buenos Aires"], ["Argentines"]),
        ("jamaican", ["Jamaica", "Jamaican"], ["Jamaicans"]),
        ("dominican", ["Dominican Republic", "Dominican"], ["Dominicans"]),
        ("emirati", ["United Arab Emirates", "UAE", "Emirati", "Abu Dhabi"], ["Emiratis"]),
        ("qatari", ["Qatar", "Qatari", "Doha"], ["Qataris"]),
        ("kuwaiti", ["Kuwait", "Kuwaiti"], ["Kuwaitis"]),
        ("omani", ["Oman", "Omani"], ["Omanis"]),
        ("bahraini", ["Bahrain", "Bahraini"], ["Bahrainis"]),
        ("uzbek", ["Uzbekistan", "Uzbek"], ["Uzbeks"]),
        ("tajik", ["Tajikistan", "Tajik"], ["Tajiks"]),
        ("kyrgyz", ["Kyrgyzstan", "Kyrgyz"], ["Kyrgyz"]),
        ("turkmen", ["Turkmenistan", "Turkmen"], []),
        ("mongolian", ["Mongolia", "Mongolian"], ["Mongolians"]),
        ("laotian", ["Laos", "Laotian", "Lao"], ["Laotians"]),
        ("malaysian", ["Malaysia", "Malaysian", "Kuala Lumpur"], ["Malaysians"]),
        ("singaporean", ["Singapore", "Singaporean"], ["Singaporeans"]),
        ("belgian", ["Belgium", "Belgian", "Brussels"], ["Belgians"]),
        ("austrian", ["Austria", "Austrian", "Vienna"], ["Austrians"]),
        ("swiss", ["Switzerland", "Swiss", "Bern"], ["Swiss"]),
        ("portuguese", ["Portugal", "Portuguese", "Lisbon"], ["Portuguese"]),
        ("irish", ["Ireland", "Irish", "Dublin"], ["Irish"]),
        ("slovak", ["Slovakia", "Slovak"], ["Slovaks"]),
        ("bulgarian", ["Bulgaria", "Bulgarian", "Sofia"], ["Bulgarians"]),
        ("albanian", ["Albania", "Albanian", "Tirana"], ["Albanians"]),
        ("macedonian", ["North Macedonia", "Macedonian", "Skopje"], ["Macedonians"]),
        ("fijian", ["Fiji", "Fijian"], ["Fijians"]),
        ("kurdish", ["Kurdish", "Kurdistan"], ["Kurds"]),
        ("chechen", ["Chechnya", "Chechen"], ["Chechens"]),
        ("tigrayan", ["Tigray", "Tigrayan"], ["Tigrayans"]),
        ("darfuri", ["Darfur", "Darfuri"], []),
        ("slovenian", ["Slovenia", "Slovenian", "Ljubljana"], ["Slovenians"]),
        ("montenegrin", ["Montenegro", "Montenegrin", "Podgorica"], ["Montenegrins"]),
        ("maltese", ["Malta", "Maltese", "Valletta"], ["Maltese"]),
        ("icelandic", ["Iceland", "Icelandic", "Reykjavik"], ["Icelanders"]),
        ("luxembourgish", ["Luxembourg", "Luxembourgish"], []),
        ("liberian", ["Liberia", "Liberian", "Monrovia"], ["Liberians"]),
        ("sierra-leonean", ["Sierra Leone", "Sierra Leonean", "Freetown"], ["Sierra Leoneans"]),
        ("gambian", ["Gambia", "The Gambia", "Gambian", "Banjul"], ["Gambians"]),
        ("gabonese", ["Gabon", "Gabonese", "Libreville"], []),
        ("malagasy", ["Madagascar", "Malagasy", "Antananarivo"], []),
        ("namibian", ["Namibia", "Namibian", "Windhoek"], ["Namibians"]),
        ("botswanan", ["Botswana", "Botswanan", "Gaborone"], []),
        ("basotho", ["Lesotho", "Maseru"], ["Basotho"]),
        ("swazi", ["Eswatini", "Swaziland", "Swazi"], ["Swazis"]),
        ("mauritian", ["Mauritius", "Mauritian"], ["Mauritians"]),
        ("comorian", ["Comoros", "Comorian"], ["Comorians"]),
        ("cape-verdean", ["Cape Verde", "Cabo Verde", "Cape Verdean"], ["Cape Verdeans"]),
        ("bissau-guinean", ["Guinea-Bissau", "Bissau-Guinean"], []),
        ("equatoguinean", ["Equatorial Guinea", "Equatoguinean"], []),
        ("panamanian", ["Panama", "Panamanian"], ["Panamanians"]),
        ("costa-rican", ["Costa Rica", "Costa Rican"], ["Costa Ricans"]),
        ("uruguayan", ["Uruguay", "Uruguayan", "Montevideo"], ["Uruguayans"]),
        ("paraguayan", ["Paraguay", "Paraguayan", "Asuncion", "Asunción"], ["Paraguayans"]),
        ("guyanese", ["Guyana", "Guyanese", "Georgetown"], []),
        ("surinamese", ["Suriname", "Surinamese", "Paramaribo"], []),
        ("belizean", ["Belize", "Belizean"], ["Belizeans"]),
        ("bahamian", ["Bahamas", "The Bahamas", "Bahamian"], ["Bahamians"]),
        ("barbadian", ["Barbados", "Barbadian"], ["Barbadians"]),
        ("trinidadian", ["Trinidad and Tobago", "Trinidad", "Trinidadian"], ["Trinidadians"]),
        ("puerto-rican", ["Puerto Rico", "Puerto Rican"], ["Puerto Ricans"]),
        ("bhutanese", ["Bhutan", "Bhutanese", "Thimphu"], []),
        ("maldivian", ["Maldives", "Maldivian"], ["Maldivians"]),
        ("bruneian", ["Brunei", "Bruneian"], []),
        ("timorese", ["Timor-Leste", "East Timor", "Timorese", "Dili"], []),
        ("solomon-islander", ["Solomon Islands"], ["Solomon Islanders"]),
        ("vanuatuan", ["Vanuatu"], []),
        ("samoan", ["Samoa", "Samoan"], ["Samoans"]),
        ("tongan", ["Tonga", "Tongan"], ["Tongans"]),
        ("sahrawi", ["Western Sahara", "Sahrawi"], ["Sahrawis"]),
    ]

    static let organisations: [(String, [String])] = [
        ("wagner", ["Wagner", "Wagner Group", "Wagner group"]),
        ("hamas", ["Hamas", "Qassam Brigades", "al-Qassam Brigades", "Izz ad-Din al-Qassam Brigades"]),
        ("hezbollah", ["Hezbollah", "Hizbollah", "Hizbullah"]),
        ("houthi", ["Houthi", "Houthis", "Ansar Allah"]),
        ("rsf", ["RSF", "Rapid Support Forces"]),
        ("islamic-state", ["Islamic State", "ISIS", "ISIL", "Daesh"]),
        ("taliban", ["Taliban"]),
        ("al-shabaab", ["al-Shabaab", "Al-Shabaab", "al Shabaab", "Shabaab"]),
        ("boko-haram", ["Boko Haram"]),
        ("m23", ["M23"]),
        ("pkk", ["PKK"]),
        ("sdf", ["SDF", "Syrian Democratic Forces"]),
        ("hts", ["HTS", "Hayat Tahrir al-Sham"]),
        ("jnim", ["JNIM"]),
        ("islamic-jihad", ["Islamic Jihad", "Palestinian Islamic Jihad"]),
        ("azov", ["Azov"]),
        ("kachin", ["Kachin Independence Army"]),
        ("arakan-army", ["Arakan Army"]),
        ("fano", ["Fano"]),
        ("tplf", ["TPLF"]),
        ("iswap", ["ISWAP", "Islamic State West Africa Province"]),
        ("adf", ["ADF", "Allied Democratic Forces"]),
        ("eln", ["ELN", "National Liberation Army"]),
        ("farc", ["FARC"]),
        // Missions and alliances whose troops are counted as theirs.
        ("nato", ["NATO"]),
        ("unifil", ["UNIFIL"]),
        ("kfor", ["KFOR"]),
        ("monusco", ["MONUSCO"]),
        ("minusma", ["MINUSMA"]),
        ("minusca", ["MINUSCA"]),
        ("unmiss", ["UNMISS"]),
        ("undof", ["UNDOF"]),
        ("atmis", ["ATMIS"]),
        ("aussom", ["AUSSOM"]),
        ("amisom", ["AMISOM"]),
        ("eufor", ["EUFOR"]),
        ("ecowas", ["ECOWAS"]),
    ]
}
