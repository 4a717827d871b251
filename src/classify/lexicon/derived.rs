//! What start-up would otherwise read from each rule's parsed pattern: the literals its
//! matches require ([`super::literals`]) and the bytes they start with
//! ([`super::first_byte`]), written out as constants, one entry per rule of each of
//! [`super::TABLES`] in order. Parsing a table's patterns for them cost about 10 M instructions
//! of a cold `extract` (callgrind, the English and `any` tables). The test
//! `derived_is_the_patterns` recomputes every entry from the patterns and, when one differs
//! (a rule added or edited), prints this file's table to paste.

/// One rule's derived facts.
pub(super) struct Derived {
    /// The literals one of which every match contains, each with whether it is searched
    /// ignoring ASCII case; `None` when the pattern requires none.
    pub(super) literals: Option<&'static [(&'static str, bool)]>,
    /// The bytes every match starts with, as [`super::ByteSet::from_words`] reads them;
    /// `None` when the pattern says less.
    pub(super) first: Option<[u64; 4]>,
}

/// Each table's rules' [`Derived`], in [`super::TABLES`] order.
#[rustfmt::skip]
pub(super) const DERIVED: &[&[Derived]] = &[
    // ko
    &[
        // ko.credit.reporter
        Derived { literals: Some(&[("객원기자", false), ("기자", false), ("논설위원", false), ("리포터", false), ("선임기자", false), ("수습기자", false), ("앵커", false), ("인턴기자", false), ("전문기자", false), ("칼럼니스트", false), ("통신원", false), ("특파원", false), ("편집위원", false)]), first: Some([0x810100003e00, 0x8000000, 0x0, 0x3c0e00000004]) },
        // ko.credit.broadcast-signoff
        Derived { literals: Some(&[("였습니다", false), ("이었습니다", false), ("입니다", false)]), first: Some([0x0, 0x2000000238acac, 0x0, 0x3c0000000000]) },
        // ko.credit.anchor-handover
        Derived { literals: Some(&[("드립니다", false), ("보도합니다", false), ("알아봤습니다", false), ("전합니다", false), ("정리했습니다", false), ("짚어봅니다", false), ("취재했습니다", false)]), first: Some([0x7fffbffdffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0x1fffffffffffff]) },
        // ko.credit.staff
        Derived { literals: Some(&[("CG", false), ("PD", false), ("VJ", false), ("구성", false), ("그래픽", false), ("디자인", false), ("연출", false), ("영상", false), ("영상취재", false), ("영상편집", false), ("오디오맨", false), ("자료조사", false), ("조명", false), ("촬영", false), ("촬영기자", false), ("취재지원", false), ("편집", false)]), first: Some([0x10100003e00, 0x8410008, 0x0, 0x3c0e00000004]) },
        // ko.credit.place-email
        Derived { literals: Some(&[("기자", false), ("통신원", false), ("특파원", false)]), first: Some([0x10000000000, 0x8000000, 0x0, 0x3c0800000000]) },
        // ko.timestamp.trailing-label
        Derived { literals: Some(&[("등록", false), ("송고", false), ("수정", false), ("입력", false)]), first: Some([0x7ffe00100003e00, 0x0, 0x0, 0x1840f8a000004]) },
        // ko.promo.tip-off
        Derived { literals: Some(&[("구독", false), ("기다립니다", false), ("제보", false)]), first: None },
        // ko.copyright.brand-stamp
        Derived { literals: Some(&[("©", false), ("ⓒ", false)]), first: Some([0x1000010000000000, 0x8000000, 0x0, 0x0]) },
        // ko.caption.agency-mark
        Derived { literals: None, first: None },
        // ko.timestamp.label
        Derived { literals: Some(&[("게재", false), ("기사수정", false), ("기사입력", false), ("등록", false), ("발행", false), ("송고", false), ("수정", false), ("승인", false), ("업데이트", false), ("입력", false), ("작성", false)]), first: Some([0x0, 0x0, 0x0, 0x1c0000000000]) },
        // ko.copyright.no-redistribution
        Derived { literals: Some(&[("무단", false), ("재배포", false), ("저작권자", false), ("학습", false)]), first: None },
        // ko.caption.photo-credit
        Derived { literals: Some(&[("그래픽", false), ("모습", false), ("사진", false), ("영상", false), ("있는", false), ("있다", false), ("자료", false), ("제공", false)]), first: None },
        // ko.end.mark
        Derived { literals: Some(&[("끝", false)]), first: Some([0x1000810100003e00, 0x8000000, 0x0, 0x80e00000004]) },
        // ko.teaser.header
        Derived { literals: Some(&[("관련", false), ("뉴스", false), ("랭킹", false), ("많이", false), ("시각", false), ("실시간", false), ("오늘의", false), ("인기", false), ("주요", false), ("최신", false), ("추천", false), ("클릭", false), ("포토", false), ("함께", false)]), first: Some([0x1000000100003e00, 0x8000100, 0x0, 0x3c0e00000004]) },
        // ko.promo.arrow
        Derived { literals: Some(&[("▶", false), ("▷", false), ("►", false), ("☞", false)]), first: Some([0x0, 0x0, 0x0, 0x400000000]) },
        // ko.widget.label
        Derived { literals: Some(&[("가", false), ("글씨", false), ("글자", false), ("기사", false), ("닫기", false), ("댓글", false), ("번역", false), ("북마크", false), ("사진", false), ("스크랩", false), ("원본", false), ("음성으로", false), ("이미지", false), ("인쇄", false), ("좋아요", false), ("줄이기", false), ("키우기", false)]), first: Some([0x0, 0x0, 0x0, 0x1c0000000000]) },
        // ko.widget.reactions
        Derived { literals: Some(&[("감동이에요", false), ("공감", false), ("궁금해요", false), ("놀라워요", false), ("비공감", false), ("비추천", false), ("슬퍼요", false), ("싫어요", false), ("원해요", false), ("응원", false), ("응원해요", false), ("좋아요", false), ("최고예요", false), ("추천", false), ("팬이에요", false), ("화나요", false), ("훈훈해요", false), ("흥미로워요", false)]), first: Some([0x0, 0x0, 0x0, 0x3c0000000000]) },
        // ko.share.label
        Derived { literals: Some(&[("공유", false), ("기사", false), ("네이버", false), ("링크", false), ("복사", false), ("주소", false), ("카카오스토리", false), ("카카오톡", false), ("트위터", false), ("페이스북", false)]), first: Some([0x100003e00, 0x8000001280000, 0x0, 0x3c0e00000004]) },
        // ko.promo.subscribe
        Derived { literals: Some(&[("구독", false)]), first: Some([0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0x1fffffffffffff]) },
        // ko.caption.bracketed
        Derived { literals: Some(&[("그래픽", false), ("사진", false), ("영상", false), ("자료사진", false)]), first: Some([0x10100003e00, 0x8000000, 0x0, 0xe00000004]) },
        // ko.caption.glued
        Derived { literals: Some(&[("그래픽", false), ("사진", false), ("영상", false), ("자료사진", false)]), first: Some([0x0, 0x0, 0x0, 0x400000000]) },
        // ko.credit.place
        Derived { literals: Some(&[("【", false)]), first: Some([0x0, 0x0, 0x0, 0x800000000]) },
        // ko.credit.press-release
        Derived { literals: Some(&[("년", false)]), first: Some([0xfffffffeffffc1ff, 0xffffffffffffffff, 0xffffffffffffffff, 0x1fffffffffffff]) },
        // ko.credit.wire
        Derived { literals: Some(&[("=", false)]), first: Some([0x10000000000, 0x8000000, 0x0, 0x800000000]) },
        // ko.caption.bracketed-end
        Derived { literals: Some(&[("그래픽", false), ("사진", false), ("자료사진", false)]), first: None },
        // ko.credit.signature
        Derived { literals: Some(&[("객원기자", false), ("기자", false), ("인턴기자", false), ("통신원", false), ("특파원", false)]), first: None },
    ],
    // en
    &[
        // en.credit.by
        Derived { literals: Some(&[("by", true)]), first: Some([0x0, 0x400000004, 0x0, 0x0]) },
        // en.copyright
        Derived { literals: Some(&[("(c)", false), ("Copyright", false), ("all rights reserved", true), ("all rights reſerved", true), ("all rightſ reserved", true), ("all rightſ reſerved", true), ("this article may not be ", true), ("this article may not be re", true), ("this content may not be ", true), ("this content may not be re", true), ("this material may not be ", true), ("this material may not be re", true), ("this story may not be ", true), ("this story may not be re", true), ("this ſtory may not be ", true), ("this ſtory may not be re", true), ("thiſ article may not be ", true), ("thiſ article may not be re", true), ("thiſ content may not be ", true), ("thiſ content may not be re", true), ("thiſ material may not be ", true), ("thiſ material may not be re", true), ("thiſ story may not be ", true), ("thiſ story may not be re", true), ("thiſ ſtory may not be ", true), ("thiſ ſtory may not be re", true), ("©", false)]), first: None },
        // en.caption.credit
        Derived { literals: Some(&[("Credit", false), ("Illustration", false), ("Image", false), ("Image source", false), ("Photo", false), ("Photograph", false), ("Picture", false)]), first: Some([0x10000000000, 0x10208, 0x0, 0x0]) },
        // en.credit.source
        Derived { literals: Some(&[("SOURCE", false), ("Source", false), ("Sources", false)]), first: Some([0x0, 0x80000, 0x0, 0x0]) },
        // en.timestamp.label
        Derived { literals: Some(&[("first published", true), ("first publiſhed", true), ("firſt published", true), ("firſt publiſhed", true), ("last updated", true), ("laſt updated", true), ("posted", true), ("poſted", true), ("published", true), ("publiſhed", true), ("updated", true)]), first: Some([0x0, 0x21104000211040, 0x0, 0x0]) },
        // en.credit.agency
        Derived { literals: Some(&[("AFP", false), ("AP", false), ("Agence France-Presse", false), ("Associated Press", false), ("Bloomberg", false), ("Reuters", false)]), first: Some([0x0, 0x7fffffe, 0x0, 0x18406003fe3f8]) },
        // en.teaser.header
        Derived { literals: None, first: Some([0x0, 0x21c3022021c3022, 0x0, 0x20]) },
        // en.teaser.inline
        Derived { literals: Some(&[("also read", true), ("alſo read", true), ("read also", true), ("read alſo", true), ("read more", true), ("related", true), ("see also", true), ("see alſo", true), ("ſee also", true), ("ſee alſo", true)]), first: Some([0x0, 0xc0002000c0002, 0x0, 0x20]) },
        // en.credit.reporting
        Derived { literals: Some(&[("Additional reporting", false), ("Compiled", false), ("Editing", false), ("Reporting", false), ("Research", false), ("Writing", false)]), first: Some([0x10000000000, 0x0, 0x0, 0x0]) },
        // en.promo.subscribe
        Derived { literals: None, first: Some([0x0, 0xc00d0000c00d0, 0x0, 0x20]) },
        // en.promo.subscribe-call
        Derived { literals: Some(&[("Register for ", false), ("Register to ", false), ("Register with ", false), ("SIGN UP for ", false), ("SIGN UP to ", false), ("SIGN UP with ", false), ("SUBSCRIBE for ", false), ("SUBSCRIBE to ", false), ("SUBSCRIBE with ", false), ("Sign up for ", false), ("Sign up to ", false), ("Sign up with ", false), ("Subscribe for ", false), ("Subscribe to ", false), ("Subscribe with ", false)]), first: Some([0x0, 0xc0000, 0x0, 0x0]) },
        // en.share.label
        Derived { literals: None, first: Some([0x0, 0x8002800080028, 0x0, 0x20]) },
        // en.widget.label
        Derived { literals: None, first: Some([0x3ff000000000000, 0xcd103a00cd103a, 0x0, 0x184038a000020]) },
        // en.widget.script-required
        Derived { literals: None, first: Some([0x0, 0x10002002110000, 0x0, 0x0]) },
        // en.ad.label
        Derived { literals: Some(&[("ADVERT", false), ("ADVERTISEMENT", false), ("Advert", false), ("Advertisement", false)]), first: Some([0x0, 0x2, 0x0, 0x0]) },
        // en.credit.dateline
        Derived { literals: Some(&[("(AFP)", false), ("(AP)", false), ("(Bloomberg)", false), ("(CNN)", false), ("(Kyodo)", false), ("(Reuters)", false), ("(UPI)", false), ("(Xinhua)", false), ("(Yonhap)", false), ("(dpa)", false)]), first: Some([0x0, 0x7fffffe, 0x0, 0x18406003fe3f8]) },
    ],
    // ja
    &[
        // ja.credit.agency
        Derived { literals: Some(&[("AFP", false), ("AP", false), ("CNN", false), ("EPA", false), ("NNA", false), ("dpa", false), ("ブルームバーグ", false), ("ロイター", false), ("共同", false), ("共同通信", false), ("新華社", false), ("時事", false), ("時事通信", false), ("聯合", false)]), first: Some([0x10000000000, 0x0, 0x0, 0x800000000000]) },
        // ja.credit.bracketed-name
        Derived { literals: Some(&[("(", false), ("（", false)]), first: Some([0x10000000000, 0x0, 0x0, 0x800000000000]) },
        // ja.copyright
        Derived { literals: Some(&[("Copyright", false), ("©", false), ("無断複製", false), ("無断転載", false), ("著作権は", false)]), first: None },
        // ja.timestamp
        Derived { literals: Some(&[("-", false), (".", false), ("/", false), ("年", false)]), first: Some([0x3ff000000000000, 0x0, 0x0, 0x186638a000000]) },
        // ja.credit.reporter
        Derived { literals: Some(&[("編集委員", false), ("記者", false), ("論説委員", false)]), first: Some([0x10000000000, 0x0, 0x0, 0x800000000000]) },
        // ja.credit.source
        Derived { literals: Some(&[("ソース", false), ("元記事", false), ("出典", false), ("引用元", false)]), first: Some([0x0, 0x0, 0x0, 0x2800000000]) },
        // ja.caption.credit
        Derived { literals: Some(&[("写真", false), ("撮影", false), ("画像", false), ("＝", false)]), first: None },
        // ja.teaser.header
        Derived { literals: Some(&[("あわせて読みたい", false), ("おすすめ記事", false), ("こちらもおすすめ", false), ("こちらもおすすめ記事", false), ("こちらも読まれています", false), ("アクセスランキング", false), ("ランキング", false), ("人気記事", false), ("合わせて読みたい", false), ("新着記事", false), ("最新記事", false), ("注目記事", false), ("関連ニュース", false), ("関連記事", false)]), first: Some([0x1000000100003e00, 0x8000000, 0x0, 0x827e00000004]) },
        // ja.promo.members-only
        Derived { literals: Some(&[("この記事は会員です", false), ("この記事は会員向けです", false), ("この記事は会員向け記事です", false), ("この記事は会員専用です", false), ("この記事は会員専用記事です", false), ("この記事は会員記事です", false), ("この記事は会員限定です", false), ("この記事は会員限定記事です", false), ("この記事は有料です", false), ("この記事は有料会員です", false), ("この記事は有料会員向けです", false), ("この記事は有料会員向け記事です", false), ("この記事は有料会員専用です", false), ("この記事は有料会員専用記事です", false), ("この記事は有料会員記事です", false), ("この記事は有料会員限定です", false), ("この記事は有料会員限定記事です", false), ("この記事は有料向けです", false), ("この記事は有料向け記事です", false), ("この記事は有料専用です", false), ("この記事は有料専用記事です", false), ("この記事は有料記事です", false), ("この記事は有料限定です", false), ("この記事は有料限定記事です", false), ("全文は", false), ("全文を", false), ("残りは", false), ("残りを", false), ("続きは", false), ("続きを", false)]), first: Some([0x0, 0x0, 0x0, 0xe800000000]) },
        // ja.share.label
        Derived { literals: Some(&[("この記事をシェア", false), ("シェア", false), ("シェアする", false), ("リンクをコピー", false), ("共有", false), ("記事をシェア", false)]), first: Some([0x0, 0x0, 0x0, 0x12800000000]) },
        // ja.widget.label
        Derived { literals: Some(&[("保存", false), ("印刷", false), ("拡大する", false), ("画像を拡大", false), ("記事を保存", false)]), first: Some([0x0, 0x0, 0x0, 0x1f000000000]) },
        // ja.widget.trackback
        Derived { literals: Some(&[("TrackBack", false), ("Trackback", false), ("トラックバック", false)]), first: Some([0x0, 0x100000, 0x0, 0x800000000]) },
        // ja.credit.dateline
        Derived { literals: Some(&[("【", false)]), first: Some([0x0, 0x0, 0x0, 0x800000000]) },
    ],
    // zh
    &[
        // zh.copyright
        Derived { literals: Some(&[("Copyright", false), ("©", false), ("不得转载", false), ("未經授權", false), ("未经授权", false), ("未经许可", false), ("版权所有", false), ("版權所有", false), ("禁止轉載", false), ("禁止转载", false)]), first: None },
        // zh.credit.reporter
        Derived { literals: Some(&[("來源", false), ("来源", false), ("編輯", false), ("编辑", false), ("記者", false), ("记者", false), ("責任編輯", false), ("责任编辑", false)]), first: Some([0x7ffa10100003e00, 0x0, 0x0, 0x185df8a000004]) },
        // zh.caption.credit
        Derived { literals: Some(&[("图", false), ("图片", false), ("圖", false), ("圖片", false), ("摄", false), ("攝", false), ("記者", false), ("记者", false), ("通訊員", false), ("通讯员", false)]), first: None },
        // zh.end.mark
        Derived { literals: Some(&[("完", false)]), first: Some([0x10000000000, 0x8000000, 0x0, 0x800800000000]) },
        // zh.teaser.header
        Derived { literals: Some(&[("延伸閱讀", false), ("延伸阅读", false), ("推荐阅读", false), ("推薦閱讀", false), ("更多新聞", false), ("更多新闻", false), ("更多閱讀", false), ("更多阅读", false), ("热门推荐", false), ("热门新闻", false), ("熱門推薦", false), ("熱門新聞", false), ("猜你喜欢", false), ("猜你喜歡", false), ("相关报道", false), ("相关文章", false), ("相关新闻", false), ("相关链接", false), ("相关阅读", false), ("相關報導", false), ("相關文章", false), ("相關新聞", false), ("相關連結", false), ("相關閱讀", false)]), first: Some([0x100003e00, 0x8000000, 0x0, 0xee00000004]) },
        // zh.promo.follow
        Derived { literals: Some(&[("更多内容", false), ("更多報導", false), ("更多报道", false), ("更多新聞", false), ("更多新闻", false), ("更多精彩内容", false), ("更多精彩報導", false), ("更多精彩报道", false), ("更多精彩新聞", false), ("更多精彩新闻", false), ("更多精彩資訊", false), ("更多精彩资讯", false), ("更多資訊", false), ("更多资讯", false), ("欢迎关注", false), ("欢迎关注我们的", false), ("欢迎关注我們的", false), ("欢迎關注", false), ("欢迎關注我们的", false), ("欢迎關注我們的", false), ("歡迎关注", false), ("歡迎关注我们的", false), ("歡迎关注我們的", false), ("歡迎關注", false), ("歡迎關注我们的", false), ("歡迎關注我們的", false)]), first: Some([0x0, 0x0, 0x0, 0x4000000000]) },
        // zh.share.label
        Derived { literals: Some(&[("分享", false), ("分享到", false), ("分享至", false), ("轉發", false), ("转发", false)]), first: Some([0x0, 0x0, 0x0, 0x12000000000]) },
        // zh.widget.label
        Derived { literals: Some(&[("关闭", false), ("关闭窗口", false), ("列印", false), ("字号", false), ("字級", false), ("打印", false), ("收藏", false), ("放大", false), ("点击查看大图", false), ("缩小", false), ("返回顶部", false), ("關閉", false)]), first: Some([0x10100003e00, 0x8000000, 0x0, 0x83ee00000004]) },
        // zh.widget.blog-stats
        Derived { literals: Some(&[("举报", false), ("分享", false), ("喜欢", false), ("喜歡", false), ("回复", false), ("回覆", false), ("引用", false), ("打印", false), ("推荐", false), ("推薦", false), ("收藏", false), ("浏览", false), ("瀏覽", false), ("点击", false), ("舉報", false), ("評論", false), ("评论", false), ("轉載", false), ("转载", false), ("閱讀", false), ("阅读", false), ("點擊", false)]), first: Some([0x0, 0x0, 0x0, 0x3f000000000]) },
        // zh.nav.prev-next
        Derived { literals: Some(&[("上一条", false), ("上一條", false), ("上一篇", false), ("上一篇文章", false), ("下一条", false), ("下一條", false), ("下一篇", false), ("下一篇文章", false), ("前一篇", false), ("后一篇", false), ("後一篇", false)]), first: Some([0x1000000100003e00, 0x0, 0x0, 0x3e00000004]) },
        // zh.nav.post-meta
        Derived { literals: Some(&[("分类", false), ("分类目录", false), ("分類", false), ("分類目錄", false), ("已投稿到", false), ("所属分类", false), ("所屬分類", false), ("收录于", false), ("收錄於", false), ("标签", false), ("標籤", false)]), first: Some([0x0, 0x0, 0x0, 0x6000000000]) },
        // zh.timestamp
        Derived { literals: Some(&[("來源:", false), ("來源：", false), ("发布时间:", false), ("发布时间：", false), ("更新时间:", false), ("更新时间：", false), ("更新時間:", false), ("更新時間：", false), ("来源:", false), ("来源：", false), ("發布時間:", false), ("發布時間：", false), ("稿源:", false), ("稿源：", false)]), first: Some([0x3ff000000000000, 0x0, 0x0, 0x184f38a000000]) },
        // zh.credit.dateline
        Derived { literals: Some(&[("中国新闻网", false), ("中國新聞網", false), ("中新社", false), ("中新網", false), ("中新网", false), ("人民網", false), ("人民网", false), ("央視網", false), ("央视网", false), ("新华社", false), ("新华网", false), ("新華社", false), ("新華網", false), ("本報", false), ("本報訊", false), ("本报", false), ("本报讯", false)]), first: Some([0x0, 0x0, 0x0, 0x7000000000]) },
    ],
    // de
    &[
        // de.copyright
        Derived { literals: Some(&[("(c)", false), ("Copyright", false), ("alle rechte vorbehalten", true), ("©", false)]), first: None },
        // de.credit.by
        Derived { literals: Some(&[("Von", false)]), first: Some([0x0, 0x400000, 0x0, 0x0]) },
        // de.caption.credit
        Derived { literals: Some(&[("Bild", false), ("Foto", false), ("Grafik", false)]), first: Some([0x0, 0xc4, 0x0, 0x0]) },
        // de.credit.source
        Derived { literals: Some(&[("Quelle", false)]), first: Some([0x0, 0x20000, 0x0, 0x0]) },
        // de.timestamp
        Derived { literals: Some(&[("Aktualisiert", false), ("Stand", false), ("Veröffentlicht", false), ("Zuletzt aktualisiert", false)]), first: Some([0x0, 0x4480002, 0x0, 0x0]) },
        // de.credit.agency
        Derived { literals: Some(&[("AFP", false), ("ANSA", false), ("AP", false), ("APA", false), ("EFE", false), ("KNA", false), ("PAP", false), ("Reuters", false), ("dpa", false), ("dts", false), ("epd", false), ("sid", false)]), first: Some([0x10000000000, 0x7fffffe00050802, 0x0, 0x8]) },
        // de.teaser.inline
        Derived { literals: Some(&[("Auch interessant", false), ("Lesen Sie auch", false), ("Mehr zum Thema", false)]), first: Some([0x0, 0x3002, 0x0, 0x0]) },
        // de.promo.subscribe
        Derived { literals: Some(&[("abonnent werden", true), ("abonnieren", true), ("gratis testen", true), ("gratis teſten", true), ("gratiſ testen", true), ("gratiſ teſten", true), ("newsletter", true), ("newſletter", true), ("registrieren", true), ("regiſtrieren", true), ("testen", true), ("teſten", true)]), first: Some([0x0, 0x400440004004400, 0x0, 0x0]) },
        // de.teaser.header
        Derived { literals: Some(&[("Auch interessant", false), ("Das könnte Sie auch interessieren", false), ("Lesen Sie auch", false), ("Mehr zum Thema", false), ("Meistgelesen", false), ("Weitere Artikel", false), ("Weiterlesen", false)]), first: Some([0x0, 0x803012, 0x0, 0x0]) },
        // de.share.label
        Derived { literals: Some(&[("Artikel teilen", false), ("Beitrag teilen", false), ("Jetzt teilen", false), ("Link kopieren", false), ("Teilen", false)]), first: Some([0x0, 0x101406, 0x0, 0x0]) },
        // de.widget.label
        Derived { literals: Some(&[("Artikel vorlesen", false), ("Drucken", false), ("Kommentare", false), ("Merken", false), ("War der Artikel hilfreich?", false), ("War der Artikel nützlich?", false), ("War der Beitrag hilfreich?", false), ("War der Beitrag nützlich?", false), ("War dieser Artikel hilfreich?", false), ("War dieser Artikel nützlich?", false), ("War dieser Beitrag hilfreich?", false), ("War dieser Beitrag nützlich?", false)]), first: Some([0x0, 0x802812, 0x0, 0x0]) },
        // de.credit.dateline
        Derived { literals: Some(&[("(AFP", false), ("(AP", false), ("(APA", false), ("(KNA", false), ("(Reuters", false), ("(dpa", false), ("(dts", false), ("(epd", false), ("(sid", false)]), first: Some([0x0, 0x7fffffe, 0x0, 0x18406003fe3f8]) },
    ],
    // fr
    &[
        // fr.copyright
        Derived { literals: None, first: None },
        // fr.credit.par
        Derived { literals: Some(&[("Par", false)]), first: Some([0x0, 0x10000, 0x0, 0x0]) },
        // fr.timestamp
        Derived { literals: Some(&[("Mis à jour", false), ("Modifié", false), ("Publié", false)]), first: Some([0x0, 0x12000, 0x0, 0x0]) },
        // fr.caption.credit
        Derived { literals: Some(&[("Crédit photo", false), ("Illustration", false), ("Photo", false)]), first: Some([0x0, 0x10208, 0x0, 0x0]) },
        // fr.teaser.header
        Derived { literals: Some(&[("Les plus lus", false), ("Lire aussi", false), ("Sur le même sujet", false), ("Voir aussi", false), ("À lire aussi", false)]), first: Some([0x0, 0x481000, 0x0, 0x8]) },
        // fr.teaser.inline
        Derived { literals: Some(&[("aussi", false)]), first: Some([0x0, 0x40100000401002, 0x0, 0x8]) },
        // fr.promo.subscribe
        Derived { literals: Some(&[("abonnez-vous", true), ("abonnez-vouſ", true), ("inscrivez-vous À notre newsletter", true), ("inscrivez-vous À notre newſletter", true), ("inscrivez-vous à notre newsletter", true), ("inscrivez-vous à notre newſletter", true), ("inscrivez-vouſ À notre newsletter", true), ("inscrivez-vouſ À notre newſletter", true), ("inscrivez-vouſ à notre newsletter", true), ("inscrivez-vouſ à notre newſletter", true), ("inſcrivez-vous À notre newsletter", true), ("inſcrivez-vous À notre newſletter", true), ("inſcrivez-vous à notre newsletter", true), ("inſcrivez-vous à notre newſletter", true), ("inſcrivez-vouſ À notre newsletter", true), ("inſcrivez-vouſ À notre newſletter", true), ("inſcrivez-vouſ à notre newsletter", true), ("inſcrivez-vouſ à notre newſletter", true), ("je m'abonne", true), ("je m’abonne", true), ("suivez-nous sur", true), ("suivez-nous ſur", true), ("suivez-nouſ sur", true), ("suivez-nouſ ſur", true), ("ſuivez-nous sur", true), ("ſuivez-nous ſur", true), ("ſuivez-nouſ sur", true), ("ſuivez-nouſ ſur", true)]), first: Some([0x0, 0x8060200080602, 0x0, 0x20]) },
        // fr.share.label
        Derived { literals: Some(&[("Copier le lien", false), ("Partager", false), ("Partager cet article", false), ("Partager l'article", false), ("Partager l’article", false)]), first: Some([0x0, 0x10008, 0x0, 0x0]) },
        // fr.widget.label
        Derived { literals: Some(&[("Commentaires", false), ("Imprimer", false), ("Écouter cet article", false)]), first: Some([0x0, 0x208, 0x0, 0x8]) },
        // fr.credit.dateline
        Derived { literals: Some(&[("(AFP)", false), ("(AP)", false), ("(Reuters)", false)]), first: Some([0x0, 0x7fffffe, 0x0, 0x18406003fe3f8]) },
    ],
    // es
    &[
        // es.copyright
        Derived { literals: None, first: None },
        // es.credit.por
        Derived { literals: Some(&[("Por", false)]), first: Some([0x0, 0x10000, 0x0, 0x0]) },
        // es.timestamp
        Derived { literals: Some(&[("Actualizado", false), ("Publicado", false)]), first: Some([0x0, 0x10002, 0x0, 0x0]) },
        // es.caption.credit
        Derived { literals: Some(&[("Foto", false), ("Fotografía", false), ("Imagen", false)]), first: Some([0x0, 0x240, 0x0, 0x0]) },
        // es.teaser.header
        Derived { literals: Some(&[("Lea también", false), ("Lee también", false), ("Lo más leído", false), ("Noticias relacionadas", false), ("Te puede interesar", false)]), first: Some([0x0, 0x105000, 0x0, 0x0]) },
        // es.teaser.inline
        Derived { literals: Some(&[("Lea también", false), ("Lee también", false), ("Te puede interesar", false), ("Ver también", false)]), first: Some([0x0, 0x501000, 0x0, 0x0]) },
        // es.promo.subscribe
        Derived { literals: None, first: Some([0xfffffffffffffbff, 0xffffffffffffffff, 0xffffffffffffffff, 0x1fffffffffffff]) },
        // es.share.label
        Derived { literals: Some(&[("Compartir", false), ("Copiar enlace", false)]), first: Some([0x0, 0x8, 0x0, 0x0]) },
        // es.widget.label
        Derived { literals: Some(&[("Imprimir", false)]), first: Some([0x0, 0x200, 0x0, 0x0]) },
        // es.credit.dateline
        Derived { literals: Some(&[("(AFP)", false), ("(EFE)", false), ("(EUROPA PRESS)", false), ("(Europa Press)", false), ("(Reuters)", false)]), first: Some([0x0, 0x7fffffe, 0x0, 0x18406003fe3f8]) },
    ],
    // pt
    &[
        // pt.copyright
        Derived { literals: None, first: None },
        // pt.credit.por
        Derived { literals: Some(&[("Por", false)]), first: Some([0x0, 0x10000, 0x0, 0x0]) },
        // pt.timestamp
        Derived { literals: Some(&[("Atualizado", false), ("Publicado", false)]), first: Some([0x0, 0x10002, 0x0, 0x0]) },
        // pt.caption.credit
        Derived { literals: Some(&[("Foto", false), ("Fotografia", false), ("Imagem", false)]), first: Some([0x0, 0x240, 0x0, 0x0]) },
        // pt.teaser.header
        Derived { literals: Some(&[("Leia também", false), ("Mais lidas", false), ("Notícias relacionadas", false), ("Veja também", false)]), first: Some([0x0, 0x407000, 0x0, 0x0]) },
        // pt.teaser.inline
        Derived { literals: Some(&[("Leia mais", false), ("Leia também", false), ("Veja também", false)]), first: Some([0x0, 0x401000, 0x0, 0x0]) },
        // pt.promo.subscribe
        Derived { literals: Some(&[("assine", true), ("asſine", true), ("aſsine", true), ("aſſine", true), ("inscreva-se", true), ("inscreva-ſe", true), ("inſcreva-se", true), ("inſcreva-ſe", true), ("siga-nos", true), ("siga-noſ", true), ("ſiga-nos", true), ("ſiga-noſ", true)]), first: Some([0x0, 0x8020200080202, 0x0, 0x20]) },
        // pt.share.label
        Derived { literals: Some(&[("Compartilhar", false), ("Compartilhe", false), ("Copiar link", false)]), first: Some([0x0, 0x8, 0x0, 0x0]) },
        // pt.widget.label
        Derived { literals: Some(&[("Imprimir", false)]), first: Some([0x0, 0x200, 0x0, 0x0]) },
    ],
    // ru
    &[
        // ru.copyright
        Derived { literals: None, first: None },
        // ru.caption.credit
        Derived { literals: Some(&[("Фото", false)]), first: Some([0x0, 0x0, 0x0, 0x10000]) },
        // ru.teaser.inline
        Derived { literals: Some(&[("По теме", false), ("Смотрите также", false), ("Читайте также", false)]), first: Some([0x0, 0x0, 0x0, 0x10000]) },
        // ru.promo.subscribe
        Derived { literals: Some(&[("Подписывайтесь", false), ("Подпишитесь", false)]), first: Some([0x0, 0x0, 0x0, 0x10000]) },
        // ru.share.label
        Derived { literals: Some(&[("Поделиться", false)]), first: Some([0x0, 0x0, 0x0, 0x10000]) },
        // ru.credit.dateline
        Derived { literals: Some(&[("/ТАСС/", false), ("RT", false), ("Интерфакс", false), ("Прайм", false), ("РИА Новости", false)]), first: Some([0x0, 0x7fffffe, 0x0, 0x18406003fe3f8]) },
    ],
    // it
    &[
        // it.copyright
        Derived { literals: Some(&[("riproduzione riservata", true), ("riproduzione riſervata", true), ("tutti i diritti riservati", true), ("tutti i diritti riſervati", true)]), first: None },
        // it.teaser.inline
        Derived { literals: Some(&[("guarda anche", true), ("leggi anche", true), ("leggi pure", true)]), first: Some([0x0, 0x108000001080, 0x0, 0x0]) },
        // it.promo.subscribe
        Derived { literals: Some(&[("abbonati", true), ("iscriviti", true), ("iſcriviti", true), ("seguici su", true), ("seguici ſu", true), ("ſeguici su", true), ("ſeguici ſu", true)]), first: Some([0x0, 0x8020200080202, 0x0, 0x20]) },
        // it.share.label
        Derived { literals: Some(&[("Condividi", false)]), first: Some([0x0, 0x8, 0x0, 0x0]) },
        // it.credit.dateline
        Derived { literals: Some(&[("(AGI)", false), ("(ANSA)", false), ("(Adnkronos)", false), ("(Italpress)", false), ("(LaPresse)", false)]), first: Some([0x10000000000, 0x0, 0x0, 0x0]) },
    ],
    // any
    &[
        // any.credit.email
        Derived { literals: Some(&[("@", false)]), first: Some([0x13ff690100003e00, 0x7fffffe8ffffffe, 0x0, 0x9bffffffffffc]) },
        // any.widget.shortcode
        Derived { literals: Some(&[("[", false)]), first: Some([0x0, 0x8000000, 0x0, 0x0]) },
        // any.widget.rule-line
        Derived { literals: Some(&[("*", false), ("-", false), ("=", false), ("~", false), ("—", false), ("─", false), ("━", false), ("═", false), ("＊", false), ("－", false), ("＝", false), ("～", false)]), first: Some([0x2000240000000000, 0x4000000000000000, 0x0, 0x800400000000]) },
        // any.breadcrumb
        Derived { literals: Some(&[(">", false), ("»", false), ("›", false)]), first: Some([0xbfffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0x1fffffffffffff]) },
        // any.timestamp.bare
        Derived { literals: None, first: Some([0x3ff010000000000, 0x8000000, 0x0, 0x184038a000000]) },
        // any.caption.credit-end
        Derived { literals: Some(&[("Bild", false), ("Foto", false), ("Fotografía", false), ("Image", false), ("Photo", false), ("Photograph", false), ("Picture", false), ("Фото", false)]), first: None },
        // any.caption.copyright-end
        Derived { literals: Some(&[("©", false)]), first: None },
        // any.widget.trackback-url
        Derived { literals: Some(&[("http://", false), ("https://", false)]), first: Some([0x0, 0x10000000000, 0x0, 0x0]) },
    ],
];

#[cfg(test)]
mod tests {
    use super::super::{first_byte, literals, TABLES};
    use super::*;

    /// The tables in this file's syntax, each rule's entry from `entry(table, rule)`.
    fn render(
        entry: impl Fn(usize, usize) -> (Option<Vec<(String, bool)>>, Option<[u64; 4]>),
    ) -> String {
        let mut out = String::new();
        for (t, (lang, rules)) in TABLES.iter().enumerate() {
            out.push_str(&format!("    // {lang}\n    &[\n"));
            for (r, rule) in rules.iter().enumerate() {
                let (literals, first) = entry(t, r);
                let lits = match literals {
                    Some(set) => {
                        let items: Vec<String> =
                            set.iter().map(|(l, f)| format!("({l:?}, {f})")).collect();
                        format!("Some(&[{}])", items.join(", "))
                    }
                    None => "None".to_string(),
                };
                let first = match first {
                    Some(w) => format!(
                        "Some([0x{:x}, 0x{:x}, 0x{:x}, 0x{:x}])",
                        w[0], w[1], w[2], w[3]
                    ),
                    None => "None".to_string(),
                };
                out.push_str(&format!(
                    "        // {}\n        Derived {{ literals: {lits}, first: {first} }},\n",
                    rule.id
                ));
            }
            out.push_str("    ],\n");
        }
        out
    }

    /// The table as the patterns give it.
    fn generated() -> String {
        render(|t, r| {
            let rule = &TABLES[t].1[r];
            let hir = regex_syntax::parse(rule.pattern).unwrap();
            (
                literals::required(&hir),
                first_byte::of_hir(&hir).map(|set| set.words()),
            )
        })
    }

    /// What the constants hold (called once their shape matches the tables').
    fn written() -> String {
        render(|t, r| {
            let d = &DERIVED[t][r];
            let literals = d
                .literals
                .map(|set| set.iter().map(|&(l, f)| (l.to_string(), f)).collect());
            (literals, d.first)
        })
    }

    #[test]
    fn derived_is_the_patterns() {
        let generated = generated();
        let same_shape = DERIVED.len() == TABLES.len()
            && TABLES
                .iter()
                .zip(DERIVED)
                .all(|((_, rules), d)| rules.len() == d.len());
        assert!(
            same_shape && written() == generated,
            "DERIVED differs from the rule patterns; it should read:\n{generated}"
        );
    }
}
