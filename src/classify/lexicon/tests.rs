use super::*;

fn rule(text: &str) -> Option<&'static str> {
    judge_line(text, Langs::ALL).map(|r| r.id)
}

#[test]
fn every_pattern_compiles() {
    for r in all_rules() {
        assert!(
            build(r.pattern).is_some(),
            "{} does not compile within the limits",
            r.id
        );
    }
    for (t, (lang, rules)) in TABLES.iter().enumerate() {
        let c = compiled(t).expect("a table");
        let matchers: Vec<&Matcher> = [&c.lines, &c.prefixes, &c.suffixes]
            .into_iter()
            .flat_map(|v| v.iter().map(|(_, m)| m))
            .collect();
        assert_eq!(matchers.len(), rules.len(), "{lang}");
        assert!(matchers.iter().all(|m| m.regex().is_some()), "{lang}");
    }
    assert!(compiled(TABLES.len()).is_none());
}

#[test]
fn a_rule_compiles_on_the_first_text_it_can_match() {
    // A line that no match can start with leaves an anchored rule uncompiled.
    let m = Matcher::new(r"^Поделиться$");
    assert!(!m.is_match("Share"));
    assert!(m.regex.get().is_none());
    assert!(m.is_match("Поделиться"));
    assert!(m.regex.get().is_some());
    // A pattern that does not compile matches nothing.
    let broken = Matcher::new(r"^(unclosed");
    assert!(!broken.is_match("(unclosed"));
    assert!(broken.find("(unclosed").is_none());
}

#[test]
fn a_page_compiles_its_own_tables_only() {
    // A Korean page runs the Korean and `any` tables, in that order; an unknown language
    // runs all of them.
    let count = |langs: Langs| tables(langs).count();
    assert_eq!(count(Langs::of(Some("ko-KR"))), 2);
    assert_eq!(count(Langs::of(Some("en"))), 2);
    assert_eq!(count(Langs::of(Some("xx"))), TABLES.len());
    assert_eq!(count(Langs::of(None)), TABLES.len());
    let ko = Langs::of(Some("ko"));
    let first = tables(ko).next().map(|c| c as *const Compiled);
    assert_eq!(first, compiled(0).map(|c| c as *const Compiled));
}

/// The heap of a pattern's automata as `regex` builds them (its meta regex under the same
/// configuration: leftmost-first, UTF-8, the rule builder's NFA limit).
fn automata_bytes(pattern: &str) -> usize {
    use regex_automata::meta;
    let config = meta::Config::new()
        .match_kind(regex_automata::MatchKind::LeftmostFirst)
        .utf8_empty(true)
        .nfa_size_limit(Some(NFA_SIZE_LIMIT))
        .hybrid_cache_capacity(DFA_SIZE_LIMIT);
    meta::Builder::new()
        .configure(config)
        .syntax(regex_automata::util::syntax::Config::new().utf8(true))
        .build(pattern)
        .map(|re| re.memory_usage())
        .unwrap_or(usize::MAX)
}

#[test]
fn rule_automata_stay_small() {
    // Cold start (issue #13): the rules a page runs are compiled before its first line is
    // judged. A bounded repetition of a Unicode class (`\p{L}{1,10}`, `\w{2,30}`) copies the
    // class's automaton once per repetition; `examples/regex_memory.rs` lists the largest.
    const RULE_MAX: usize = 400 << 10;
    const TABLE_MAX: usize = 2 << 20;
    for (lang, rules) in TABLES {
        let mut table = 0;
        for r in *rules {
            let bytes = automata_bytes(r.pattern);
            assert!(bytes <= RULE_MAX, "{}: {bytes} bytes of automata", r.id);
            // The lazy DFA fits its cache with room to spare (else the slower PikeVM runs).
            let lazy_dfa = regex_automata::hybrid::regex::Builder::new()
                .dfa(regex_automata::hybrid::dfa::Config::new().cache_capacity(DFA_SIZE_LIMIT / 2))
                .build(r.pattern);
            assert!(
                lazy_dfa.is_ok(),
                "{}: the lazy DFA needs more than half its cache",
                r.id
            );
            table += bytes;
        }
        assert!(
            table <= TABLE_MAX,
            "the {lang} table: {table} bytes of automata"
        );
    }
}

#[test]
fn every_rule_is_typed_data() {
    let mut ids = std::collections::HashSet::new();
    for (lang, rules) in TABLES {
        for r in *rules {
            assert_eq!(r.lang, *lang, "{} sits in the {lang} table", r.id);
            assert!(ids.insert(r.id), "{} twice", r.id);
            assert!(r.origin.len() >= 20, "{} names no convention", r.id);
            match r.scope {
                Scope::Prefix | Scope::Glued => assert!(r.pattern.starts_with('^'), "{}", r.id),
                Scope::Suffix => assert!(r.pattern.ends_with('$'), "{}", r.id),
                Scope::Line => {}
            }
            assert!(!(r.ends_story && r.scope != Scope::Line), "{}", r.id);
        }
    }
}

#[test]
fn rules_run_on_their_language_only() {
    // A German page's "© 2020" is a copyright notice, not a Korean agency mark.
    let de = Langs::of(Some("de-DE"));
    assert_eq!(judge_line("© 2020", de).map(|r| r.id), Some("de.copyright"));
    assert!(judge_line("최예린 기자", de).is_none());
    assert!(judge_line("Teilen", Langs::of(Some("en"))).is_none());
    assert_eq!(
        judge_line("Share", Langs::of(Some("en-GB"))).map(|r| r.id),
        Some("en.share.label")
    );
    // The `any` rules run everywhere; an unknown language runs every table.
    assert_eq!(
        judge_line("16:05", de).map(|r| r.id),
        Some("any.timestamp.bare")
    );
    assert_eq!(Langs::of(Some("nl")), Langs::ALL);
    assert_eq!(Langs::of(None), Langs::ALL);
}

#[test]
fn korean_conventions() {
    assert_eq!(
        rule("최윤호 기자 uknow@donga.com"),
        Some("ko.credit.reporter")
    );
    assert_eq!(rule("최예린 기자"), Some("ko.credit.reporter"));
    assert_eq!(
        rule("입력 2026.07.21. 11:40 업데이트 2026.07.21. 13:02"),
        Some("ko.timestamp.label")
    );
    assert_eq!(
        rule("저작권자 © 무심천뉴스 무단전재 및 재배포 금지"),
        Some("ko.copyright.no-redistribution")
    );
    assert_eq!(
        rule("야광 팔찌를 찬 참가자들이 달리고 있다. 사진=그린스포츠 최재웅 기자"),
        Some("ko.caption.photo-credit")
    );
}

#[test]
fn glued_caption_splits_at_the_institution() {
    let s = judge_prefix(
        "▲ 사진=대구광역시대구시는 지난 15일 세미나를 열었다.",
        Langs::ALL,
    )
    .unwrap();
    assert_eq!(s.removed, "사진=대구광역시");
    assert_eq!(s.rest, "대구시는 지난 15일 세미나를 열었다.");
    let s = judge_prefix("(사진=연합뉴스) 정부는 24일 대책을 내놨다.", Langs::ALL).unwrap();
    assert_eq!(s.removed, "사진=연합뉴스");
    assert_eq!(s.rest, "정부는 24일 대책을 내놨다.");
}

#[test]
fn wire_prefixes() {
    let s = judge_prefix(
        "(서울=연합뉴스) 홍길동 기자 = 정부는 24일 대책을 내놨다.",
        Langs::ALL,
    )
    .unwrap();
    assert_eq!(s.removed, "(서울=연합뉴스) 홍길동 기자 =");
    assert_eq!(s.rest, "정부는 24일 대책을 내놨다.");
    let s = judge_prefix("[뉴스21 통신=추현욱 ] 서울시는 1일 밝혔다.", Langs::ALL).unwrap();
    assert_eq!(s.removed, "[뉴스21 통신=추현욱 ]");
    let s = judge_prefix(
        "WASHINGTON (Reuters) - The Senate voted on Tuesday.",
        Langs::ALL,
    )
    .unwrap();
    assert_eq!(s.removed, "WASHINGTON (Reuters) -");
    assert_eq!(s.rest, "The Senate voted on Tuesday.");
    assert!(judge_prefix("The Senate voted (Reuters) - on Tuesday.", Langs::ALL).is_none());
}

#[test]
fn trailing_signature() {
    let s = judge_suffix(
        "경찰은 사고 원인을 조사하고 있다고 말했다. 홍길동 기자 hong@example.kr",
        Langs::ALL,
    )
    .unwrap();
    assert_eq!(s.removed, "홍길동 기자 hong@example.kr");
    assert_eq!(s.rest, "경찰은 사고 원인을 조사하고 있다고 말했다.");
    assert!(judge_suffix("김 기자는 현장에서 만난 홍길동 기자", Langs::ALL).is_none());
}

#[test]
fn must_keep_sentences() {
    assert_eq!(rule("김 기자는 \"현장에 가 보니 달랐다\"고 말했다."), None);
    assert_eq!(rule("By the end of the day, the river had fallen."), None);
    assert_eq!(rule("The council met at 10:30 on Monday."), None);
    assert_eq!(
        rule("The report may not be published until 2027, the minister said."),
        None
    );
    assert_eq!(
        rule("Officials urged residents to download the FEMA app for alerts."),
        None
    );
    assert_eq!(
        rule("Advertisement revenue fell by a tenth in the quarter."),
        None
    );
    assert_eq!(rule("Subscribers can read the full report online."), None);
    assert_eq!(
        rule("Source: a senior official who asked not to be named because the talks were private."),
        None
    );
    assert_eq!(
        rule("Sources: the ministry did not reply to requests for comment."),
        None
    );
    assert_eq!(
        rule("El gobierno abrió un canal de Telegram para informar a los vecinos."),
        None
    );
}

#[test]
fn other_languages() {
    assert_eq!(
        rule("© 2026 Harbour Herald Media Ltd. All rights reserved."),
        Some("en.copyright")
    );
    assert_eq!(rule("By Jane Doe | Reuters"), Some("en.credit.by"));
    assert_eq!(rule("2026年3月18日 05時00分"), Some("ja.timestamp"));
    assert_eq!(rule("トップ > 経済 > 記事"), Some("any.breadcrumb"));
    assert_eq!(rule("16:05"), Some("any.timestamp.bare"));
    assert_eq!(rule("11h42"), Some("any.timestamp.bare"));
}

#[test]
fn international_lines() {
    let cases: &[(&str, &str)] = &[
        ("Share", "en.share.label"),
        ("Copy link", "en.share.label"),
        ("Print", "en.widget.label"),
        ("Read more: Harbor Bridge to close for repairs", "en.teaser.inline"),
        (
            "(Reporting by Jane Doe; Additional reporting by Tom Reyes; Editing by Andrea Ricci)",
            "en.credit.reporting",
        ),
        ("SOURCE: Harbour Wire and news agencies", "en.credit.source"),
        ("Source: Meridian News Agency", "en.credit.source"),
        ("Get the Daily Briefing", "en.promo.subscribe"),
        ("Subscribe now for unlimited access to every story.", "en.promo.subscribe"),
        (
            "For breaking news alerts, download our app for iOS and Android.",
            "en.promo.subscribe",
        ),

        ("更多精彩内容，请关注本报官方网站。", "zh.promo.follow"),
        ("更多资讯请继续关注 海滨日报网 www.haibin.example.cn", "zh.promo.follow"),
        ("欢迎关注我们的微信公众号！", "zh.promo.follow"),
        ("This slideshow requires JavaScript.", "en.widget.script-required"),
        (
            "Please enable JavaScript to view the comments powered by Disqus.",
            "en.widget.script-required",
        ),
        ("The interactive map requires JavaScript to run", "en.widget.script-required"),
        ("Was this article helpful?", "en.widget.label"),
        ("War dieser Beitrag hilfreich?", "de.widget.label"),


        ("Hazte socio y apoya el periodismo independiente", "es.promo.subscribe"),
        (
            "Tenemos un canal de WhatsApp con las últimas noticias. Únete gratis.",
            "es.promo.subscribe",
        ),

        ("(Credit: Maria Olsen / Valley Gazette)", "en.caption.credit"),
        ("SUBSCRIBE", "en.promo.subscribe"),
        (
            "Follow @ValleyGazette on Instagram for more pictures.",
            "en.promo.subscribe",
        ),
        ("Advert", "en.ad.label"),
        (
            "Get the Valley Gazette delivered to your door every Saturday.",
            "en.promo.subscribe",
        ),
        (
            "[button link=”http://www.example.com/review/” type=”big”] Send us YOUR review[/button]",
            "any.widget.shortcode",
        ),
        ("Advertisement Discover the lakes by rail this spring", "en.ad.label"),
        ("Weiterlesen:", "de.teaser.header"),

        ("kba/dpa", "de.credit.agency"),
        (
            "Quelle: Statistisches Landesamt, Mai 2025",
            "de.credit.source",
        ),
        (
            "© 2025 Valley Gazette. All rights reserved. This material may not be published, \
             broadcast, rewritten or redistributed without permission of the publisher, in \
             print or online, in whole or in part.",
            "en.copyright",
        ),
        ("シェア", "ja.share.label"),
        ("記事を保存", "ja.widget.label"),
        ("分享到：", "zh.share.label"),
        ("打印", "zh.widget.label"),
        ("【编辑：王琦】", "zh.credit.reporter"),
        ("图片来源：新华社", "zh.caption.credit"),
        ("圖片來源：中央社", "zh.caption.credit"),
        ("2026年07月13日 16:42\u{3000}来源：中国新闻网", "zh.timestamp"),
        ("Stand: 12.07.2026 22:09 Uhr", "de.timestamp"),
        ("Aktualisiert am 3. Juli 2026, 08:15 Uhr", "de.timestamp"),
        ("dpa/mv", "de.credit.agency"),
        ("Lesen Sie auch: Bahn verschiebt Eröffnung", "de.teaser.inline"),
        ("Jetzt abonnieren und den ersten Monat für 0,99 Euro lesen.", "de.promo.subscribe"),
        ("Artikel teilen", "de.share.label"),
        ("Drucken", "de.widget.label"),
        ("À lire aussi : Sécheresse : alerte renforcée", "fr.teaser.inline"),
        ("Abonnez-vous pour lire la suite : 1 € le premier mois.", "fr.promo.subscribe"),
        ("Partager", "fr.share.label"),
        ("Imprimer", "fr.widget.label"),
        ("Te puede interesar: Aviso rojo por calor", "es.teaser.inline"),
        ("Leia também: Metrô terá novas estações", "pt.teaser.inline"),
        ("Suscríbete a nuestro boletín diario", "es.promo.subscribe"),
        ("Compartir en Facebook", "es.share.label"),
        ("Compartilhe", "pt.share.label"),
        ("Imprimir", "es.widget.label"),
        ("Фото: РИА Новости / Максим Богодвид", "ru.caption.credit"),
        ("Читайте также: В Казани продлили работу метро", "ru.teaser.inline"),
        ("LEGGI ANCHE: Tram, i commercianti chiedono ristori", "it.teaser.inline"),
        ("Подписывайтесь на «Волжскую газету» в Telegram", "ru.promo.subscribe"),
        ("Iscriviti alla newsletter", "it.promo.subscribe"),
        ("Поделиться", "ru.share.label"),
        ("Condividi", "it.share.label"),
        (
            "A pickup at the showroom in Palo Alto, June 3, 2026. Photo: Brendan McDermid/Reuters",
            "any.caption.credit-end",
        ),
        (
            "Einsatzkräfte löschen ein Feuer bei Lübtheen. Foto: Jens Büttner/dpa",
            "any.caption.credit-end",
        ),
        (
            "Les vendanges ont débuté dans le Médoc. (Photo by Philippe Lopez/AFP)",
            "any.caption.credit-end",
        ),
        ("Vista aérea del embalse. Foto: EFE/Jorge Zapata", "any.caption.credit-end"),
    ];
    for (text, name) in cases {
        assert_eq!(rule(text), Some(*name), "{text}");
    }
    // Sentences that only mention these words stay.
    assert_eq!(rule("The photo by the river was taken in May."), None);
    assert_eq!(rule("Share prices fell 3% on Monday."), None);
    assert_eq!(rule("Die Partei will teilen, was sie hat."), None);
}

#[test]
fn international_datelines() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "SEVILLA, 13 Jul. (EUROPA PRESS) - El Ayuntamiento ha activado su plan.",
            "es.credit.dateline",
            "SEVILLA, 13 Jul. (EUROPA PRESS) -",
        ),
        (
            "(ANSA) - BOLOGNA, 12 LUG - La linea rossa del tram entrerà in servizio.",
            "it.credit.dateline",
            "(ANSA) - BOLOGNA, 12 LUG -",
        ),
        (
            "КАЗАНЬ, 12 июл — РИА Новости. Первый участок откроют в 2028 году.",
            "ru.credit.dateline",
            "КАЗАНЬ, 12 июл — РИА Новости.",
        ),
        (
            "МОСКВА, 12 июля. /ТАСС/. Правительство утвердило план.",
            "ru.credit.dateline",
            "МОСКВА, 12 июля. /ТАСС/.",
        ),
    ];
    for (text, name, removed) in cases {
        let s = judge_prefix(text, Langs::ALL).unwrap();
        assert_eq!((s.rule.id, s.removed.as_str()), (*name, *removed), "{text}");
    }
}

/// Asserts that each line is judged by `id`.
fn assert_rule(id: &str, lines: &[&str]) {
    for text in lines {
        assert_eq!(rule(text), Some(id), "{text}");
    }
}

/// Asserts that no `Line` rule judges any of these sentences of running text.
fn assert_kept(lines: &[&str]) {
    for text in lines {
        assert_eq!(rule(text), None, "{text}");
    }
}

#[test]
fn korean_broadcast_signoffs_and_handovers() {
    assert_rule(
        "ko.credit.broadcast-signoff",
        &[
            "KBS 뉴스 홍길동입니다.",
            "MBC뉴스 김민지입니다.",
            "YTN 박서준입니다.",
            "대전MBC 이수아입니다.",
            "한빛방송 뉴스 오세진입니다.",
            "부산에서 KBS 뉴스 최하늘입니다.",
            "KBS 청주 한지원입니다.",
            "지금까지 한빛방송 뉴스 오세진이었습니다.",
            "연합뉴스TV 정다운입니다",
        ],
    );
    assert_rule(
        "ko.credit.anchor-handover",
        &[
            "홍길동 기자가 보도합니다.",
            "김민지 기자가 전해드립니다.",
            "이 소식, 부산에서 김민지 기자가 전해드립니다.",
            "현장에 나가 있는 박서준 기자가 보도합니다.",
            "워싱턴 이수아 특파원이 취재했습니다.",
        ],
    );
    assert_kept(&[
        "그는 '시민을 위한 뉴스입니다'라고 말했다.",
        "모두 가짜 뉴스 때문입니다.",
        "모두 지역방송 때문입니다.",
        "모두 KBS 때문입니다.",
        "이것은 AI 뉴스 서비스입니다.",
        "KBS 뉴스는 이날 오후 특보 체제로 전환했습니다.",
        "앵커 출신인 김 의원은 이번 선거에서 3선에 도전한다.",
        "이 사실을 처음 보도한 것은 지역 방송사 기자였습니다.",
        "홍길동 기자가 보도한 내용은 사실과 달랐다고 법원은 판단했다.",
        "김 기자가 보도합니다.",
        "방송사 기자들은 다음 달 파업 여부를 결정한다고 전했습니다.",
    ]);
}

#[test]
fn korean_staff_and_place_credits() {
    assert_rule(
        "ko.credit.staff",
        &[
            "촬영기자: 홍길동 영상편집: 김철수",
            "촬영 홍길동 / 편집 김영희",
            "그래픽: 이민지",
            "영상취재 박준호",
            "(영상취재: 박준호)",
            "[촬영기자:정민호 / 영상편집:서하린]",
            "영상취재: 김도하·이수민 기자",
            "촬영기자 오세진, 그래픽 한소희",
        ],
    );
    assert_rule(
        "ko.credit.place-email",
        &[
            "(세종=뉴스1) 홍길동 기자 hong@news1.kr",
            "[서울=뉴시스] 김하은 기자 haeun@example.kr",
            "서울=홍길동 기자 hong@example.kr",
            "(부산=한누리통신) 박서준 기자",
        ],
    );
    assert_kept(&[
        "촬영 현장",
        "편집 방향",
        "그래픽 카드",
        "촬영 허가를 받지 않은 드론 비행이 적발되면 최대 200만 원의 과태료가 부과된다.",
        "이 영화는 지난해 여름 강원도 정선 일대에서 촬영됐다.",
        "영상편집 프로그램 사용법을 배우려는 중장년층이 늘었다.",
        "그래픽 디자이너 김모 씨는 이번 전시에서 신작 20점을 선보인다.",
        "세종시 공무원 홍길동 기자회견에서 답했다.",
    ]);
}

#[test]
fn korean_agency_captions() {
    assert_rule(
        "ko.caption.agency-mark",
        &[
            "12일 서울 광화문광장에서 시민들이 행진하고 있다. /연합뉴스",
            "출근길 지하철역이 붐비는 모습. (사진=게티이미지뱅크)",
            "시위대가 의사당 앞에서 구호를 외치고 있다 [AP=연합뉴스]",
            "사무실에서 일하는 직장인들. 게티이미지코리아",
            "12일 인천공항 출국장이 여행객들로 붐비고 있다. 2026.7.12/뉴스1 ⓒ News1 이수민 기자",
            "게티이미지코리아",
            "(사진=게티이미지뱅크)",
            "[EPA=연합뉴스]",
            "/연합뉴스",
            "ⓒ 연합뉴스",
        ],
    );
    assert_kept(&[
        "연합뉴스 보도에 따르면 정부는 다음 주 추가 대책을 발표할 예정이다.",
        "사진 속 인물은 1950년대 부산 국제시장에서 포목점을 운영하던 상인으로 확인됐다.",
        "게티이미지코리아는 올해 국내 사진작가 50명과 새로 계약했다고 밝혔다.",
        "AP와 AFP 등 외신들도 이번 사고를 주요 뉴스로 다뤘다.",
        "연합뉴스",
    ]);
}

#[test]
fn korean_widgets_shares_and_promos() {
    assert_rule(
        "ko.widget.reactions",
        &[
            "좋아요 0 싫어요 0",
            "추천 3 비추천 0",
            "공감 12",
            "좋아요12 슬퍼요0 화나요0",
            "추천해요 0 좋아요 0 감동이에요 0 화나요 0 슬퍼요 0",
        ],
    );
    assert_rule(
        "ko.share.label",
        &[
            "이 기사를 공유합니다",
            "기사 공유하기",
            "SNS 공유",
            "공유하기",
            "URL 복사",
            "카카오톡",
        ],
    );
    assert_rule(
        "ko.promo.subscribe",
        &[
            "구독하기",
            "기자 구독",
            "네이버 뉴스 구독",
            "네이버에서 한빛일보 구독하기",
            "유튜브 채널 구독",
            "+ 구독",
        ],
    );
    assert_eq!(rule("▶ 채널 구독"), Some("ko.promo.arrow"));
    assert_kept(&[
        "좋아요 수를 숨기는 기능이 도입된 뒤 청소년 이용자의 불안감이 줄었다는 조사 결과가 나왔다.",
        "찬성 180 반대 2",
        "공감 능력이 뛰어난 아이일수록 친구 관계가 원만하다는 연구가 나왔다.",
        "추천 제도를 악용한 사례가 잇따르자 시는 심사 기준을 바꿨다.",
        "공유 킥보드 이용자는 다음 달부터 헬멧을 쓰지 않으면 과태료를 물게 된다.",
        "두 기관은 감염병 정보를 실시간으로 공유하는 협약을 맺었다.",
        "이 기사를 공유한 누리꾼은 하루 만에 1만 명을 넘었다.",
        "구독 서비스 해지를 어렵게 만든 업체들에 공정거래위원회가 과징금을 부과했다.",
        "음원 구독자 수는 올해 처음으로 1천만 명을 넘어섰다.",
        "넷플릭스 구독",
        "밴드",
        "뉴스 구독료를 올린 언론사는 올해 들어 다섯 곳이다.",
    ]);
}

#[test]
fn korean_teaser_headers() {
    assert_rule(
        "ko.teaser.header",
        &[
            "주요뉴스",
            "많이 본 뉴스",
            "관련기사",
            "이 시각 주요뉴스",
            "오늘의 핫뉴스",
            "함께 볼만한 뉴스",
            "포토뉴스",
            "인기기사",
            "[관련기사]",
            "가장 많이 읽은 기사",
        ],
    );
    for r in all_rules().filter(|r| r.id == "ko.teaser.header") {
        assert!(r.ends_story);
    }
    assert_kept(&[
        "관련기사를 자동으로 묶어 보여주는 포털의 알고리즘이 편향됐다는 지적이 나왔다.",
        "주요 뉴스 채널들은 이날 오후 일제히 특보를 내보냈다.",
        "많이 본 뉴스 목록은 매시간 바뀐다.",
    ]);
}

#[test]
fn japanese_and_chinese_conventions() {
    assert_rule(
        "ja.credit.agency",
        &["（共同）", "（時事）", "（ロイター）", "（AFP＝時事）"],
    );
    assert_rule(
        "ja.teaser.header",
        &[
            "【関連記事】",
            "関連記事",
            "■関連ニュース",
            "こちらも読まれています",
        ],
    );
    assert_rule("zh.end.mark", &["（完）", "(完)", "【完】"]);
    // On a Chinese page, "（全文完）" is the end mark, not a Japanese bracketed name.
    let zh = Langs::of(Some("zh-CN"));
    assert_eq!(
        judge_line("（全文完）", zh).map(|r| r.id),
        Some("zh.end.mark")
    );
    assert_rule(
        "zh.teaser.header",
        &[
            "相关阅读",
            "【相关阅读】",
            "相關閱讀：",
            "相关报道",
            "延伸閱讀",
        ],
    );
    assert_rule("zh.credit.reporter", &["责任编辑：王琦"]);
    assert_kept(&[
        "共同通信の世論調査によると、内閣支持率は前回より4ポイント下がった。",
        "関連記事の表示方法を巡り、ポータルサイトの運営会社が新聞各社と協議を始めた。",
        "試合は完全に相手のペースだった。",
        "工程预计明年完工。",
        "相关阅读材料已发给每位参会代表。",
        "这位曾担任文学杂志责任编辑的作家，今年出版了第一部长篇小说。",
    ]);
}

#[test]
fn chinese_portal_and_blog_lines() {
    assert_rule(
        "zh.timestamp",
        &[
            "2011年03月14日09:20 来源：人民网 我要评论",
            "2009-11-02 16:05:33 来源：中国新闻网 字号：大 中 小",
            "来源：新华网 2012-05-08 10:12 手机看新闻",
        ],
    );
    assert_rule(
        "zh.caption.credit",
        &[
            "5月3日，游客在公园里观赏盛开的牡丹。新华社记者 李华 摄",
            "图为工人正在检修输电线路。本报记者 张明、王强 摄",
            "新华社记者 赵一 摄",
        ],
    );
    assert_rule(
        "zh.widget.blog-stats",
        &[
            "阅读(356)┊ 评论 (12)┊ 收藏(3)┊转载(1)┊喜欢▼┊打印┊举报",
            "阅读(88) | 评论(2)",
            "浏览：1,208 | 回复：7",
        ],
    );
    assert_rule(
        "zh.nav.prev-next",
        &[
            "上一篇：春天的第一场雨",
            "后一篇：写在女儿十岁生日",
            "« 下一篇",
        ],
    );
    assert_rule(
        "zh.nav.post-meta",
        &["已投稿到：读书频道", "标签：旅行 摄影", "分类：随笔"],
    );
    // Running text with the same words stays.
    assert_kept(&[
        "来源：本报记者从市统计局获得的数据显示，全市常住人口已突破八百万。",
        "2012年05月08日10:12，来源不明的一笔款项打入了他的账户。",
        "阅读、评论和转载的数量，已经成为衡量一篇文章影响力的指标。",
        "评论(原文)发表以后，作者收到了上百封读者来信。",
        "上一篇报道刊出后，有关部门很快作出了回应。",
        "下一篇论文将重点讨论城市化对农村教育的影响。",
        "分类：按照用途，这些设备可以分为三种。",
        "他举起相机，对着远处的雪山按下了快门。",
        "这组照片是记者张明在灾区拍摄的。",
    ]);
}

#[test]
fn chinese_datelines() {
    let cases: &[(&str, &str)] = &[
        (
            "新华网昆明9月26日电 时下正值秋收季节。",
            "新华网昆明9月26日电",
        ),
        (
            "新华社北京１月５日电（记者 王某）国务院常务会议５日召开。",
            "新华社北京１月５日电（记者 王某）",
        ),
        (
            "本报北京3月2日电 全国春耕生产已由南向北展开。",
            "本报北京3月2日电",
        ),
        (
            "新华社华盛顿电 美国国会两院通过了预算案。",
            "新华社华盛顿电",
        ),
        (
            "本报讯 记者陈红报道：市区今年将新增公交线路十条。",
            "本报讯 记者陈红报道：",
        ),
        (
            "本报讯（记者 陈红 通讯员 刘洋）市区今年将新增公交线路十条。",
            "本报讯（记者 陈红 通讯员 刘洋）",
        ),
    ];
    for (text, removed) in cases {
        let s = judge_prefix(text, Langs::of(Some("zh"))).unwrap();
        assert_eq!(
            (s.rule.id, s.removed.as_str()),
            ("zh.credit.dateline", *removed),
            "{text}"
        );
    }
    // Running text that opens with an agency's name and has "电" or "报道" in it stays whole.
    for text in [
        "新华社记者近日电话采访了这位老人，他说自己身体很好。",
        "新华社报道，这座大桥将于年底通车。",
        "本报记者日前电话联系了该公司，对方表示正在调查。",
        "人民网电商频道今天上线，首批入驻商家超过一百家。",
    ] {
        assert!(
            judge_prefix(text, Langs::of(Some("zh"))).is_none(),
            "{text}"
        );
    }
}

#[test]
fn japanese_and_blog_trackbacks() {
    assert_rule(
        "ja.widget.trackback",
        &[
            "トラックバックURL",
            "この記事へのトラックバック",
            "トラックバック一覧",
            "トラックバックURL：http://blog.example.jp/tb.cgi/abc/123",
        ],
    );
    assert_rule(
        "any.widget.trackback-url",
        &[
            "http://blog.example.jp/tb.cgi/kawa/123",
            "http://mine.blog.example.com/tb.php/45-9a8b7c",
            "https://example.org/2008/05/a-post/trackback/",
        ],
    );
    assert_kept(&[
        "トラックバックという仕組みは、ブログ同士をつなぐ機能として2000年代に広まった。",
        "トラックバック機能を廃止するブログサービスが相次いでいる。",
        "https://example.org/2008/05/a-post/",
    ]);
}

#[test]
fn japanese_board_source_lines() {
    assert_rule(
        "ja.credit.source",
        &[
            "ソース：湖北日報（２００７年３月２日）",
            "ソース：湖北日報（２００７年３月２日）\nhttp://www.kohoku.example.jp/news/0302.html",
            "引用元：http://news.example.jp/item/12345",
            "出典: 港町タイムズ 2010年5月1日",
        ],
    );
    assert_kept(&[
        "ソースの味付けは店ごとに違い、甘口を好む客が多いという。",
        "出典を明らかにしない報道には注意が必要だと専門家は話す。",
        "引用元の記事は既に削除されており、確認できなかった。",
    ]);
}

#[test]
fn korean_caption_credits_leave_latin_credit_lines_to_their_languages() {
    // Latin photo credits are not Korean captions, even when every table runs (another
    // language's rule may take them).
    for text in [
        "Jane Doe/AFP/Getty Images",
        "Thomas Lee/Digital Vision/Getty Images",
        "Image: River Studio / Shutterstock",
        "Shutterstock",
        "(AP)",
        "/AFP",
    ] {
        assert!(rule(text).is_none_or(|id| !id.starts_with("ko.")), "{text}");
    }
    assert_eq!(
        rule("서울 도심의 야경. Getty Images Bank"),
        Some("ko.caption.agency-mark")
    );
}

#[test]
fn japanese_members_only_notices() {
    let ja = Langs::of(Some("ja"));
    for notice in [
        "この記事は会員限定です。会員登録すると続きをお読みいただけます。",
        "この記事は有料記事です。残り1200文字",
        "続きは会員登録（無料）でお読みいただけます。",
    ] {
        assert_eq!(
            judge_line(notice, ja).map(|r| r.id),
            Some("ja.promo.members-only"),
            "{notice}"
        );
    }
    // The same words in a story's sentences stay.
    for sentence in [
        "同社は会員限定のサービスを来月から始めると発表した。",
        "記者会見で社長は、有料記事の読者が前年より二割増えたと説明した。",
        "この記事は昨年、県内の複数の新聞に転載された。",
    ] {
        assert!(judge_line(sentence, ja).is_none(), "{sentence}");
    }
}

#[test]
fn english_subscription_calls() {
    let en = Langs::of(Some("en"));
    for call in [
        "Subscribe to the Valley Gazette for unlimited access to local news.",
        "Sign up for our weekly briefing on the harbour towns.",
        "SUBSCRIBE TO OUR PODCAST",
    ] {
        assert!(judge_line(call, en).is_some(), "{call}");
    }
    for sentence in [
        "Subscribe to the idea that prices will fall, he said, and you will wait forever.",
        "Subscribers to the paper were told on Monday that delivery would change.",
    ] {
        assert!(
            judge_line(sentence, en).is_none_or(|r| !r.sentence),
            "{sentence}"
        );
    }
}

#[test]
fn rules_drawn_with_characters() {
    assert_rule(
        "any.widget.rule-line",
        &[
            "---",
            "----------------------------------",
            "= = = = =",
            "*****",
            "＝＝＝＝＝＝",
            "————",
        ],
    );
    assert_kept(&[
        "--",
        "The vote was 3-2 -- a narrow margin -- and the motion passed.",
        "Scores: 10 - 9 - 8, then the final.",
        "*** Update: the road has reopened. ***",
    ]);
}

#[test]
fn bracketed_tool_links_and_date_time_lines() {
    let zh = Langs::of(Some("zh"));
    assert_eq!(
        judge_line("[打印]", zh).map(|r| r.id),
        Some("zh.widget.label")
    );
    assert_eq!(
        judge_line("【关闭窗口】", zh).map(|r| r.id),
        Some("zh.widget.label")
    );
    assert!(judge_line("市民可以打印电子发票。", zh).is_none());
    assert_eq!(
        judge_line("2024-03-08 09:41:27", zh).map(|r| r.id),
        Some("any.timestamp.bare")
    );
    assert!(judge_line("2005年6月13日，市政府召开会议。", zh).is_none());
}

/// Lines to hold the literal filter to: every line of our corpus pages and of their expected
/// output (`corpus/`, written by us), and the lines these tests judge.
fn sample_lines() -> Vec<String> {
    let mut lines = Vec::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    for entry in std::fs::read_dir(&root).expect("corpus/").flatten() {
        for name in ["page.html", "expected.txt"] {
            let Ok(bytes) = std::fs::read(entry.path().join(name)) else {
                continue;
            };
            let text = String::from_utf8_lossy(&bytes);
            for line in text.lines() {
                lines.push(line.to_string());
                // The text between tags, as blocks reach the rules.
                lines.extend(
                    line.split(['<', '>'])
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(str::to_string),
                );
            }
        }
    }
    let tests = include_str!("tests.rs");
    lines.extend(tests.split('"').map(str::to_string));
    lines
}

#[test]
fn required_literals_are_necessary() {
    // A rule the filter leaves out of a text must not match it: the filter only saves work.
    let lines = sample_lines();
    assert!(lines.len() > 1000);
    let mut matched = 0;
    for (t, (lang, rules)) in TABLES.iter().enumerate() {
        let c = compiled(t).expect("a table");
        assert!(rules.len() <= MAX_RULES, "{lang}");
        for (rule, m) in [&c.lines, &c.prefixes, &c.suffixes]
            .into_iter()
            .flat_map(|v| v.iter())
        {
            let re = build(rule.pattern).expect("compiles");
            for line in &lines {
                if re.is_match(line) {
                    matched += 1;
                    assert!(
                        c.candidates(line).has(m.index),
                        "{} matches {line:?} but the filter skips it",
                        rule.id
                    );
                }
            }
        }
    }
    assert!(matched > 100, "{matched}");
}

#[test]
fn every_engine_finds_what_regex_finds() {
    // Each rule's engine (the forward lazy DFA alone for an anchored rule, else the meta
    // regex), as written and in the cut form a line gets, finds `regex`'s first match.
    let lines = sample_lines();
    let (mut anchored, mut matched) = (0, 0);
    for rule in all_rules() {
        let re = regex::Regex::new(rule.pattern).expect("compiles");
        let written = engine(rule.pattern, None).expect("compiles");
        anchored += usize::from(matches!(written, Engine::Anchored(_)));
        let cuts: Vec<Option<Engine>> = (0..CUTS.len())
            .map(|c| engine(rule.pattern, Some(c)))
            .collect();
        for line in &lines {
            let want = re.find(line).map(|m| (m.start(), m.end()));
            matched += usize::from(want.is_some());
            assert_eq!(written.find(line), want, "{} on {line:?}", rule.id);
            assert_eq!(written.is_match(line), want.is_some(), "{}", rule.id);
            if let Some(Some(cut)) = cut_of(line).and_then(|c| cuts.get(c)) {
                assert_eq!(cut.find(line), want, "{} cut on {line:?}", rule.id);
                assert_eq!(cut.is_match(line), want.is_some(), "{}", rule.id);
            }
        }
    }
    assert!(
        anchored > 60 && matched > 100,
        "{anchored} anchored, {matched} matches"
    );
}

#[test]
fn openings_are_necessary() {
    // A rule whose openings a text does not start with must not match it: they only save work.
    let lines = sample_lines();
    let (mut matched, mut with) = (0, 0);
    for (t, _) in TABLES.iter().enumerate() {
        let c = compiled(t).expect("a table");
        for (rule, m) in [&c.lines, &c.prefixes, &c.suffixes]
            .into_iter()
            .flat_map(|v| v.iter())
        {
            let Some(openings) = m.starts else {
                continue;
            };
            with += 1;
            let re = build(rule.pattern).expect("compiles");
            for line in &lines {
                if re.is_match(line) {
                    matched += 1;
                    assert!(
                        starts::admits(openings, line),
                        "{} matches {line:?} but its openings skip it",
                        rule.id
                    );
                }
            }
        }
    }
    assert!(with > 60 && matched > 50, "{with} rules, {matched} matches");
}

#[test]
fn openings_skip_the_lines_that_compiled_needlessly() {
    // Lines of an English page that reached these rules' regexes (a literal of the table, a
    // first byte they can start with) before the openings; none matches.
    let en = Langs::of(Some("en"));
    for line in [
        "We use cookies to improve",
        "Local",
        "Sport",
        "About us Contact us Advertise",
    ] {
        assert!(judge_line(line, en).is_none(), "{line}");
        let t = TABLES.iter().position(|(l, _)| *l == "en").unwrap();
        let c = compiled(t).unwrap();
        let reached: Vec<&str> = c
            .lines
            .iter()
            .filter(|(_, m)| m.may_start(line) && m.opens(line))
            .map(|(r, _)| r.id)
            .collect();
        assert!(
            !reached.iter().any(|id| {
                [
                    "en.widget.label",
                    "en.teaser.header",
                    "en.share.label",
                    "en.ad.label",
                ]
                .contains(id)
            }),
            "{line}: {reached:?}"
        );
    }
    // A Korean page's section and site names.
    for (line, lang, rules) in [
        (
            "다온뉴스",
            "ko",
            &["ko.copyright.brand-stamp", "ko.teaser.header"][..],
        ),
        ("경제", "any", &["any.timestamp.bare"][..]),
    ] {
        let t = TABLES.iter().position(|(l, _)| *l == lang).unwrap();
        let c = compiled(t).unwrap();
        for (rule, m) in &c.lines {
            if rules.contains(&rule.id) {
                assert!(!m.opens(line), "{} opens {line}", rule.id);
            }
        }
    }
}

#[test]
fn most_rules_require_a_literal() {
    // The filter is what keeps a page from compiling rules no line of it can match.
    let with: usize = all_rules()
        .filter(|r| {
            regex_syntax::parse(r.pattern)
                .ok()
                .and_then(|hir| literals::required(&hir))
                .is_some()
        })
        .count();
    let all = all_rules().count();
    assert!(
        with * 10 >= all * 7,
        "{with} of {all} rules require a literal"
    );
}

#[test]
fn a_plain_line_runs_few_rules() {
    // A sentence of story text with none of the rules' literals reaches at most a few regexes
    // of the English and `any` tables (those that require no literal and start with any
    // byte): the rest are neither searched nor compiled on it.
    let en = Langs::of(Some("en"));
    let text = "The council met on Tuesday to discuss the new budget for the town";
    assert!(judge_line(text, en).is_none());
    assert!(judge_prefix(text, en).is_none());
    assert!(judge_suffix(text, en).is_none());
    let mut runs = Vec::new();
    for (t, (lang, _)) in TABLES.iter().enumerate() {
        if !en.has(t) {
            continue;
        }
        let c = compiled(t).expect("a table");
        let can = c.candidates(text);
        runs.extend(
            [&c.lines, &c.prefixes, &c.suffixes]
                .into_iter()
                .flat_map(|v| v.iter())
                .filter(|(_, m)| can.has(m.index) && m.may_start(text))
                .map(|(rule, _)| format!("{lang}:{}", rule.id)),
        );
    }
    assert!(runs.len() <= 3, "{runs:?}");
}

#[test]
fn a_rule_past_the_filter_bits_always_runs() {
    assert!(Rules::default().has(MAX_RULES));
    assert!(!Rules::default().has(0));
    assert!(Rules::one(3).has(3) && !Rules::one(3).has(4));
    assert_eq!(Rules::one(MAX_RULES), Rules::default());
}

#[test]
fn the_cut_forms_find_what_the_pattern_finds() {
    // On a text whose characters a cut's set holds, a rule's cut form gives the pattern's own
    // match, span for span; a text with characters outside every set gets the pattern as
    // written.
    assert_eq!(
        cut_of("Photo: Jane Doe — “quoted” © 2026 €5, Zoë, Łódź, 3 \u{212A}"),
        Some(0)
    );
    assert_eq!(cut_of("▲ 사진=연합뉴스 ［서울］ 記者 カメラ"), Some(1));
    assert_eq!(cut_of("Фото: ТАСС"), None);
    assert_eq!(cut_of("사진 Фото"), None);
    assert_eq!(cut_of("ok"), Some(0));
    // Each set holds the one before it, so the first that holds a text is found in one pass.
    for pair in CUTS.windows(2) {
        for &(lo, hi) in pair[0] {
            assert!(pair[1].iter().any(|&(l, h)| l <= lo && hi <= h));
        }
    }
    let mut lines = sample_lines();
    lines.extend(
        [
            "By JOSÉ ÁLVAREZ and Zoë Ærø",
            "By Łukasz Żak",
            "SOURCE: Agência Brasil",
            "Photo: Ĳsbrand Ŋ / Ǆemal",
            "ÉMILE ZOLA, Paris (Reuters)",
            "By \u{212A}arl \u{212B}berg",
            "S\u{17F}\u{212A}IP ADVERTISEMENT",
            "▲ 홍길동 기자 ＝ 서울",
            "ℂ ℕ Ⅻ ㈜ ㉠ ｶﾀｶﾅ ＡＢＣ",
        ]
        .map(str::to_string),
    );
    for (cut, _) in CUTS.iter().enumerate() {
        let held: Vec<&String> = lines.iter().filter(|l| cut_of(l) == Some(cut)).collect();
        assert!(held.len() > 100, "cut {cut}: {}", held.len());
        let mut matched = 0;
        for r in all_rules() {
            let (Some(full), Some(form)) = (build(r.pattern), build_cut(r.pattern, cut)) else {
                panic!("{} does not compile in both forms", r.id);
            };
            for line in &held {
                let want = full.find(line.as_str()).map(|m| m.range());
                assert_eq!(
                    form.find(line.as_str()).map(|m| m.range()),
                    want,
                    "{} cut {cut} on {line:?}",
                    r.id
                );
                matched += usize::from(want.is_some());
            }
        }
        assert!(matched > 50, "cut {cut}: {matched}");
    }
    assert!(build_cut("x", CUTS.len()).is_none());
    // A matcher picks the form by the text.
    let m = Matcher::new(r"^\p{Lu}\p{L}+$");
    assert!(m.is_match("Élan") && m.cuts[0].get().is_some() && m.regex.get().is_none());
    assert!(m.is_match("Ωmega") && m.regex.get().is_some());
    assert!(!m.is_match("élan") && !m.is_match("ωmega"));
    let k = Matcher::new(r"^\p{L}+ 기자$");
    assert!(k.is_match("홍길동 기자") && k.cuts[1].get().is_some() && k.regex.get().is_none());
}
