use super::*;

fn rule(text: &str) -> Option<&'static str> {
    judge_line(text, Langs::ALL).map(|r| r.id)
}

#[test]
fn every_pattern_compiles() {
    for r in all_rules() {
        assert!(regex::Regex::new(r.pattern).is_ok(), "{}", r.id);
    }
    let c = compiled();
    assert_eq!(
        c.lines.len() + c.prefixes.len() + c.suffixes.len(),
        all_rules().count()
    );
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
        ("Get the Daily Briefing", "en.promo.subscribe"),
        ("Subscribe now for unlimited access to every story.", "en.promo.subscribe"),
        (
            "For breaking news alerts, download our app for iOS and Android.",
            "en.promo.subscribe",
        ),

        ("Was this article helpful?", "en.widget.label"),
        ("War der Artikel nützlich?", "de.widget.label"),


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
