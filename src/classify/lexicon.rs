//! Newsroom conventions as data: per-language tables of named text rules.
//!
//! Each rule has a stable name (`ko.credit.reporter`), the kind of removal it gives and a
//! scope. `Line` rules judge a whole short block: the block is removed when the pattern
//! matches it. The tables are compiled once, on first use, into one `Regex` per rule, tried in
//! table order.

use super::first_byte::{self, ByteSet};
use crate::article::RemovalKind;
use regex::Regex;
use std::sync::OnceLock;

/// Where in a block a rule looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    /// The whole (short) block must match.
    Line,
    /// The start of a paragraph: the match is split off and the rest stays in the body
    /// (a wire dateline, a glued caption). The pattern starts with `^`.
    Prefix,
    /// The end of a paragraph, after a finished sentence (a glued reporter signature). The
    /// pattern ends with `$`.
    Suffix,
}

/// One named rule.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Rule {
    pub name: &'static str,
    pub kind: RemovalKind,
    pub scope: Scope,
    pub pattern: &'static str,
}

const fn line(name: &'static str, kind: RemovalKind, pattern: &'static str) -> Rule {
    Rule {
        name,
        kind,
        scope: Scope::Line,
        pattern,
    }
}

const fn prefix(name: &'static str, kind: RemovalKind, pattern: &'static str) -> Rule {
    Rule {
        name,
        kind,
        scope: Scope::Prefix,
        pattern,
    }
}

const fn suffix(name: &'static str, kind: RemovalKind, pattern: &'static str) -> Rule {
    Rule {
        name,
        kind,
        scope: Scope::Suffix,
        pattern,
    }
}

use RemovalKind::{
    Ad, Boilerplate, Caption, Copyright, Credit, Navigation, Promo, Share, Teaser, Timestamp,
    Widget,
};

/// Whether a block removed by the rule of this name marks the end of the story: text after it
/// in the article's container is not the story (a signature line, a copyright notice, an end
/// mark, the header of a related-stories box, a subscription promo).
pub(crate) fn ends_story(rule: &str) -> bool {
    let line_rule = compiled().rules.iter().any(|(r, _)| r.name == rule);
    line_rule
        && (rule.contains(".credit.")
            || rule.contains(".copyright")
            || rule.contains(".end.")
            || rule.contains(".teaser.header")
            || rule.contains(".promo."))
}

/// Blocks longer than this (in characters) are never judged by `Line` rules.
pub(crate) const LINE_MAX_CHARS: usize = 160;

/// The longest block that a copyright rule judges when it opens with "©".
const NOTICE_MAX_CHARS: usize = 400;

/// Korean.
const KO: &[Rule] = &[
    line(
        "ko.credit.reporter",
        Credit,
        r"^/?\s*(?:기자명\s*)?[\[(]?\s*[가-힣]{2,4}(?:\s*·\s*[가-힣]{2,4})*\s*(?:기자|특파원|통신원|객원기자|인턴기자|선임기자|전문기자|수습기자|논설위원|편집위원|칼럼니스트|앵커|리포터)\s*[\])]?\s*[\[(<]?\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?\s*[\])>]?\s*(?:다른\s*기사\s*보기|기사\s*더\s*보기|구독(?:하기)?|응원하기)?\s*$",
    ),
    line(
        "any.credit.email",
        Credit,
        r"^[\[(<]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[\])>]?$",
    ),
    line(
        "ko.timestamp.trailing-label",
        Timestamp,
        r"^[\d.\-/\s:]{8,24}(?:송고|입력|수정|등록)$",
    ),
    line(
        "ko.promo.tip-off",
        Promo,
        r"제보를\s*기다립니다|제보\s*(?:하기|는)\s*[:：]|^[◎◆■]\s*.{0,30}(?:제보|구독)",
    ),
    line(
        "ko.copyright.brand-stamp",
        Copyright,
        r"^[\[(<]\s*[ⓒ©]\s*[^\]>)]{1,40}[\])>]$",
    ),
    line(
        "ko.caption.agency-mark",
        Caption,
        r"^[ⓒ©]\s*(?:연합뉴스|뉴시스|뉴스1|뉴스원|[가-힣A-Za-z0-9]{2,10})$|(?:있다|있는\s*모습|모습|했다|한다)\.\s*/?\s*(?:연합뉴스|뉴시스|뉴스1|로이터|AP|AFP|EPA|신화|교도|게티이미지(?:코리아)?)(?:\s*=\s*연합뉴스)?$",
    ),
    line(
        "ko.timestamp.label",
        Timestamp,
        r"^(?:(?:최종\s*)?(?:입력|수정|업데이트|기사입력|기사수정|등록|승인|발행|송고|게재|작성)\s*(?:일시|시간)?\s*[:：]?\s*[\d.\-/년월일\s:시분\[\]()]+\s*)+$",
    ),
    line(
        "ko.copyright.no-redistribution",
        Copyright,
        r"무단\s*전재|재배포\s*금지|저작권자\s*[©ⓒ(]|AI\s*학습\s*(?:및\s*)?활용\s*금지",
    ),
    line(
        "ko.caption.photo-credit",
        Caption,
        r"(?:(?:사진|그래픽|자료|영상)\s*=\s*\S+(?:\s*\S+)?\s*(?:기자|제공)?\s*[)\]]?\s*$|(?:사진\s*제공|자료\s*사진)\s*[)\]]?\s*$|다\.\s*\S{1,12}\s*제공\s*[)\]]?\s*$|^▲.{4,}(?:있다|있는\s*모습|모습)\.?\s*(?:[(\[].{1,30}[)\]])?\s*$)",
    ),
    line("ko.end.mark", Boilerplate, r"^[(<\[/]?\s*끝\s*[)>\]/]?$"),
    line(
        "ko.teaser.header",
        Teaser,
        r"^[\[<【]?\s*(?:관련\s*기사|관련\s*뉴스|많이\s*본\s*(?:뉴스|기사)|주요\s*뉴스|최신\s*뉴스|인기\s*기사|이\s*시각\s*(?:주요|인기)?\s*뉴스|추천\s*기사|함께\s*(?:보면\s*좋은|읽으면\s*좋은)\s*기사|오늘의\s*(?:주요|핫)\s*뉴스|실시간\s*(?:인기|많이 본)\s*뉴스|포토\s*뉴스|HOT\s*뉴스)\s*[\]>】]?$",
    ),
    line(
        "ko.promo.arrow",
        Promo,
        r"^[▶☞►▷]\s*.{0,60}(?:구독|제보|다운로드|바로가기|친구\s*추가|앱|가입|보기|참여)(?:하기)?\s*[!.]?$",
    ),
    line(
        "ko.widget.label",
        Widget,
        r"^(?:이미지\s*확대\s*보기|사진\s*크게\s*보기|원본\s*보기|기사\s*공유(?:하기)?|공유하기|글자\s*크기(?:\s*설정)?|글씨\s*크기|가+|인쇄(?:하기)?|스크랩|북마크|좋아요|댓글\s*\d*|기사\s*듣기|음성으로\s*듣기|번역|닫기|URL\s*복사|페이스북|카카오톡|트위터|본문\s*글씨\s*(?:키우기|줄이기))$",
    ),
];

/// Korean prefixes and suffixes: wire datelines, credits and captions glued to a paragraph.
const KO_EDGES: &[Rule] = &[
    prefix(
        "ko.caption.bracketed",
        Caption,
        r"^▲?\s*[(\[]\s*(?:사진|자료사진|그래픽|영상)\s*=\s*[^)\]]{1,25}[)\]]\s*",
    ),
    prefix(
        "ko.caption.glued",
        Caption,
        r"^▲\s*(?:사진|자료사진|그래픽|영상)\s*=\s*",
    ),
    prefix(
        "ko.credit.place",
        Credit,
        r"^【\s*(?:[가-힣]{1,5}(?:시|군|구|도)|서울|부산|대구|인천|광주|대전|울산|세종|수원|춘천|청주|전주|창원|제주|포항|안동|원주|강릉|목포|여수|순천|경주|김해|천안|평택|고양|성남|용인|부천|안산|화성|의정부)\s*】\s*",
    ),
    prefix(
        "ko.credit.press-release",
        Credit,
        r"^\S{1,12}\s*--\s*\([^()]{1,20}\)\s*\d{4}년\s*\d{1,2}월\s*\d{1,2}일\s*--\s*",
    ),
    prefix(
        "ko.credit.wire",
        Credit,
        r"^[(\[【]\s*[^()\[\]【】=]{1,20}=\s*[^()\[\]【】]{0,20}[)\]】]\s*(?:[가-힣]{2,4}(?:\s*·\s*[가-힣]{2,4})*\s*(?:기자|특파원|통신원|객원기자|인턴기자)\s*)?=?\s*",
    ),
    suffix(
        "ko.caption.bracketed-end",
        Caption,
        r"\s*[(\[]\s*(?:사진|자료사진|그래픽)\s*=\s*[^)\]]{1,25}[)\]]$",
    ),
    suffix(
        "ko.credit.signature",
        Credit,
        r"\s*[\[(]?\s*[가-힣]{2,4}(?:\s*·\s*[가-힣]{2,4})*\s*(?:기자|특파원|통신원|객원기자|인턴기자)\s*[\])]?\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?$",
    ),
];

/// English.
const EN: &[Rule] = &[
    line(
        "en.credit.by",
        Credit,
        r"^(?i:by)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|,|de|van|von|der|la))*(?:\s*[,|/–—-]\s*.{0,40})?$",
    ),
    line(
        "en.copyright",
        Copyright,
        r"^(?:©|\(c\)|Copyright(?-u:\b))|(?i:all rights reserved|copyrighted (?:property|material) of(?-u:\b)|^(?:written )?permission (?:must be obtained|is required) (?:before|to|for)(?-u:\b)|^this (?:article|story|content|material) may not be (?:re)?(?:published|reproduced|distributed)(?-u:\b))",
    ),
    line(
        "en.caption.credit",
        Caption,
        r"^\(?(?:Photo|Photograph|Image|Picture|Illustration|Credit|Image source)s?\s*(?::|,|by(?-u:\b))",
    ),
    line(
        "en.timestamp.label",
        Timestamp,
        r"^(?i:published|updated|posted|last updated|first published)(?-u:\b).{0,40}(?:\d|ago)",
    ),
    line(
        "en.credit.agency",
        Credit,
        r"^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3},\s*(?:Reuters|AP|AFP|Bloomberg|Associated Press|Agence France-Presse)$",
    ),
    line(
        "en.teaser.header",
        Teaser,
        r"^(?i:related(?:\s+(?:stories|articles|news|content|coverage))?|most (?:read|popular|viewed)|read more|more (?:stories|news|on this story)|you (?:may|might) also like|recommended(?: for you)?|trending(?: now)?|latest (?:news|stories)|also read|see also|editor'?s picks)\s*:?$",
    ),
    line(
        "en.teaser.inline",
        Teaser,
        r"^(?i:read more|related|see also|also read|read also)\s*:\s*\S.{0,150}$",
    ),
    line(
        "en.credit.reporting",
        Credit,
        r"^\(\s*(?:Reporting|Additional reporting|Writing|Editing|Compiled|Research)\s+by(?-u:\b)[^()]{2,}\)$",
    ),
    line(
        "en.promo.subscribe",
        Promo,
        r"^(?i:(?:sign up|subscribe|register) (?:for|to)(?-u:\b).*|subscribe(?: now(?-u:\b).*)?|follow (?:us|@\w{2,30}) on(?-u:\b).*|chat with us (?:in|on) .*(?:messenger|whatsapp)(?-u:\b).*|get .+ delivered (?:to|through) your (?:letterbox|door|doorstep|inbox)(?-u:\b).*|get (?:our|the) .*(?:newsletter|briefing|digest).*|(?:for .*)?download (?:our|the) (?:\S+ ){0,2}apps?(?-u:\b).*)$",
    ),
    line(
        "en.share.label",
        Share,
        r"^(?i:share|share this(?: article| story)?|share on (?:facebook|x|twitter|linkedin|whatsapp|email)|email|copy link|copy article link)$",
    ),
    line(
        "en.widget.label",
        Widget,
        r"^(?i:print|listen to this article|save|comments?|advertisement|ad|skip advertisement|enlarge (?:this )?image|view gallery|read more|\d+ min read|(?:was this|did you find this) (?:article|story|page|post) (?:helpful|useful)\??)$",
    ),
    // The British "Advert" label, alone or before the advert's own text (capitalised).
    line(
        "en.ad.label",
        Ad,
        r"^(?:Advert|ADVERT)(?:\s+\p{Lu}.*)?$|^(?:Advertisement|ADVERTISEMENT)\s+\p{Lu}.*$",
    ),
];

/// English prefixes: wire datelines.
const EN_EDGES: &[Rule] = &[prefix(
    "en.credit.dateline",
    Credit,
    r"^\p{Lu}[\p{Lu} .'-]{1,30}(?:,\s*\p{Lu}[\p{L}.]{1,12}\.?(?:\s+\d{1,2})?)?\s*\((?:Reuters|AP|AFP|Bloomberg|UPI|CNN|dpa|Xinhua|Yonhap|Kyodo)\)\s*[-—–]+\s*",
)];

/// Japanese.
const JA: &[Rule] = &[
    line(
        "ja.credit.bracketed-name",
        Credit,
        r"^[（(]\s*(?:\p{Han}{1,6}(?:部|局|支局|総局)\s*)?\p{Han}{2,5}\s*[）)]$",
    ),
    line(
        "ja.copyright",
        Copyright,
        r"無断転載|無断複製|著作権は.*帰属|Copyright|©",
    ),
    line(
        "ja.timestamp",
        Timestamp,
        r"^(?:(?:配信|更新|公開|掲載|最終更新)(?:日時)?\s*[:：]?\s*)?[\d０-９]{4}[年/.\-][\d０-９]{1,2}[月/.\-][\d０-９]{1,2}日?\s*(?:[\d０-９]{1,2}(?:時|:)[\d０-９]{2}分?)?\s*(?:[（(].{0,20}[)）])?\s*(?:[\d０-９,]+文字)?$",
    ),
    line(
        "ja.credit.reporter",
        Credit,
        r"^[(（]\s*(?:記者|編集委員|論説委員)\s*[^()（）]{1,12}[)）]$",
    ),
    line(
        "ja.caption.credit",
        Caption,
        r"^(?:写真|画像|撮影)\s*[：:＝=]\s*\S{1,20}$|＝[\d０-９]{1,2}日[^。]{0,24}$",
    ),
    line(
        "ja.teaser.header",
        Teaser,
        r"^(?:関連記事|関連ニュース|あわせて読みたい|おすすめ記事|人気記事|ランキング|こちらもおすすめ)$",
    ),
    line(
        "ja.share.label",
        Share,
        r"^(?:シェア|この記事をシェア|記事をシェア|シェアする|共有|リンクをコピー)$",
    ),
    line(
        "ja.widget.label",
        Widget,
        r"^(?:画像を拡大|拡大する|印刷|保存|記事を保存)$",
    ),
];

/// Chinese.
const ZH: &[Rule] = &[
    line(
        "zh.copyright",
        Copyright,
        r"版权所有|版權所有|未经授权|未經授權|未经许可|禁止转载|禁止轉載|不得转载|Copyright|©",
    ),
    line(
        "zh.credit.reporter",
        Credit,
        r"^(?:[\d\-:/\s]{8,}\s*)?[(（【]?(?:记者|記者|编辑|編輯|责任编辑|責任編輯|来源|來源)\s*[:：]?\s*\S{1,12}(?:\s*[／/]\s*\S{1,10}(?:报导|報導|报道|報道|攝影|摄影))?[)）】]?$",
    ),
    line(
        "zh.caption.credit",
        Caption,
        r"[（(]\s*(?:记者|記者|新华社记者|通讯员)?\s*[^（）()]{1,12}\s*(?:摄|攝)\s*[)）]$|^(?:图|圖|图片|圖片)(?:来源|來源)?\s*[：:／/]\s*\S{1,20}$",
    ),
    line(
        "zh.teaser.header",
        Teaser,
        r"^(?:相关新闻|相關新聞|相关阅读|相關閱讀|推荐阅读|推薦閱讀|热门新闻|熱門新聞|延伸阅读|延伸閱讀|更多新闻)\s*[：:]?$",
    ),
    line(
        "zh.share.label",
        Share,
        r"^(?:分享到\s*[：:]?|分享至\s*[：:]?|分享|轉發|转发)$",
    ),
    line(
        "zh.widget.label",
        Widget,
        r"^(?:打印|列印|收藏|字号|字級|放大|缩小|点击查看大图)$",
    ),
    line(
        "zh.timestamp",
        Timestamp,
        r"^(?:(?:发布时间|發布時間|更新时间|更新時間)[：:]\s*\d{4}[-年./]\d{1,2}[-月./]\d{1,2}.{0,30}|\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:来源|來源)[：:]\s*\S{1,20})$",
    ),
];

/// German.
const DE: &[Rule] = &[
    line(
        "de.copyright",
        Copyright,
        r"^(?:©|\(c\)|Copyright(?-u:\b))|(?i:alle rechte vorbehalten)",
    ),
    line(
        "de.credit.by",
        Credit,
        r"^Von\s+\p{Lu}[\p{L}.-]+(?:\s+\p{Lu}[\p{L}.-]+){0,3}$",
    ),
    line("de.caption.credit", Caption, r"^(?:Foto|Bild|Grafik)\s*:"),
    line("de.credit.source", Credit, r"^Quelle\s*:\s*\S.{1,100}$"),
    line(
        "de.timestamp",
        Timestamp,
        r"^(?:Stand|Aktualisiert(?:\s+am)?|Veröffentlicht(?:\s+am)?|Zuletzt aktualisiert(?:\s+am)?)\s*:?\s*\d{1,2}\.\s*(?:\d{1,2}\.|\p{L}{3,9})\s*\d{2,4}.{0,30}$",
    ),
    line(
        "de.credit.agency",
        Credit,
        r"^\(?(?:dpa|AFP|AP|Reuters|epd|KNA|dts|sid|APA|PAP)(?:\s*/\s*\p{L}{1,10}){0,3}\)?$|^\(?\p{Ll}{2,5}\s*/\s*(?:dpa|AFP|AP|APA|PAP|EFE|ANSA|KNA|epd)\)?$",
    ),
    line(
        "de.teaser.inline",
        Teaser,
        r"^(?:Lesen Sie auch|Auch interessant|Mehr zum Thema)\s*:\s*\S.{0,150}$",
    ),
    line(
        "de.promo.subscribe",
        Promo,
        r"^(?i:jetzt\s+(?:abonnieren|abonnent werden|gratis testen|testen|registrieren)|(?:zum\s+)?newsletter\s+(?:abonnieren|bestellen|anmelden))(?-u:\b).{0,120}$",
    ),
    line(
        "de.teaser.header",
        Teaser,
        r"^(?:Lesen Sie auch|Mehr zum Thema|Das könnte Sie auch interessieren|Meistgelesen|Weitere Artikel|Auch interessant|Schon gelesen\?|Weiterlesen|Weiterführende(?:r)? Links?)\s*:?$",
    ),
    line(
        "de.share.label",
        Share,
        r"^(?:Teilen|Jetzt teilen|Artikel teilen|Beitrag teilen|Link kopieren|Möchten Sie (?:den|diesen) (?:Artikel|Beitrag) teilen\?)$",
    ),
    line(
        "de.widget.label",
        Widget,
        r"^(?:Drucken|Artikel vorlesen|Merken|Kommentare|War (?:der|dieser) (?:Artikel|Beitrag) (?:hilfreich|nützlich)\?)$",
    ),
];

/// French.
const FR: &[Rule] = &[
    line(
        "fr.copyright",
        Copyright,
        r"^(?:©|\(c\))|(?i:tous droits réservés)",
    ),
    line(
        "fr.credit.par",
        Credit,
        r"^Par\s+\p{Lu}[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+){0,5}$",
    ),
    line(
        "fr.timestamp",
        Timestamp,
        r"^(?:Publié|Mis à jour|Modifié)\s+le(?-u:\b).{0,40}\d",
    ),
    line(
        "fr.caption.credit",
        Caption,
        r"^(?:Photo|Crédit photo|Illustration)\s*:\s*.{1,40}$",
    ),
    line(
        "fr.teaser.header",
        Teaser,
        r"^(?:Lire aussi|À lire aussi|Sur le même sujet|Les plus lus|Voir aussi)\s*:?$",
    ),
    line(
        "fr.teaser.inline",
        Teaser,
        r"^(?:(?:À|A)\s+)?(?:lire|voir|Lire|Voir)\s+aussi\s*:\s*\S.{0,150}$",
    ),
    line(
        "fr.promo.subscribe",
        Promo,
        r"^(?i:abonnez-vous|je m['’]abonne|inscrivez-vous à notre newsletter|suivez-nous sur)(?-u:\b).{0,120}$",
    ),
    line(
        "fr.share.label",
        Share,
        r"^(?:Partager|Partager (?:l['’]article|cet article)|Copier le lien|Permalien)$",
    ),
    line(
        "fr.widget.label",
        Widget,
        r"^(?:Imprimer|Écouter cet article|Commentaires)$",
    ),
];

/// Spanish and Portuguese.
const ES_PT: &[Rule] = &[
    line(
        "es.copyright",
        Copyright,
        r"^(?:©|\(c\))|(?i:todos los derechos reservados|todos os direitos reservados)",
    ),
    line(
        "es.credit.por",
        Credit,
        r"^Por\s+\p{Lu}[\p{L}.'-]+(?:\s+[\p{L}.'-]+){0,5}$",
    ),
    line(
        "es.timestamp",
        Timestamp,
        r"^(?:Publicado|Actualizado|Atualizado)(?-u:\b).{0,40}\d",
    ),
    line(
        "es.caption.credit",
        Caption,
        r"^(?:Foto|Imagen|Fotografía)\s*:\s*.{1,40}$",
    ),
    line(
        "es.teaser.header",
        Teaser,
        r"^(?:Lea también|Lee también|Te puede interesar|Lo más leído|Leia também|Mais lidas|Noticias relacionadas|Notícias relacionadas)\s*:?$",
    ),
    line(
        "es.teaser.inline",
        Teaser,
        r"^(?:Lea también|Lee también|Te puede interesar|Ver también|Leia também|Leia mais|Veja também)\s*:\s*\S.{0,150}$",
    ),
    line(
        "es.promo.subscribe",
        Promo,
        r"^(?i:suscr[íi]bete|suscribite|reg[íi]strate|s[íi]guenos en|h[áa]zte (?:miembro|socio|suscriptor)|assine|inscreva-se|siga-nos)(?-u:\b).*$|^.*(?:canal|grupo) (?:de|no|en) (?:Telegram|WhatsApp).*(?:[ÚU]nete|S[íi]guenos|Suscr[íi]bete|Participa).*$",
    ),
    line(
        "es.share.label",
        Share,
        r"^(?:Compartir|Compartilhar|Compartilhe)(?:\s+(?:en|no|em|por)\s+(?:Facebook|X|Twitter|WhatsApp|LinkedIn|Telegram|e-?mail|correo))?$|^(?:Copiar enlace|Copiar link)$",
    ),
    line("es.widget.label", Widget, r"^Imprimir$"),
];

/// Russian and Italian.
const RU_IT: &[Rule] = &[
    line(
        "ru.copyright",
        Copyright,
        r"^(?:©|\(c\))|(?i:все права защищены)",
    ),
    line(
        "it.copyright",
        Copyright,
        r"(?i:riproduzione riservata|tutti i diritti riservati)",
    ),
    line("ru.caption.credit", Caption, r"^Фото\s*[:：]\s*.{1,60}$"),
    line(
        "ru.teaser.inline",
        Teaser,
        r"^(?:Читайте также|Смотрите также|По теме)\s*:\s*\S.{0,150}$",
    ),
    line(
        "it.teaser.inline",
        Teaser,
        r"^(?i:leggi anche|leggi pure|guarda anche)\s*:\s*\S.{0,150}$",
    ),
    line(
        "ru.promo.subscribe",
        Promo,
        r"^(?:Подписывайтесь|Подпишитесь)\s+на\s.{1,120}$",
    ),
    line(
        "it.promo.subscribe",
        Promo,
        r"^(?i:iscriviti|abbonati|seguici su)(?-u:\b).{0,120}$",
    ),
    line("ru.share.label", Share, r"^Поделиться$"),
    line(
        "it.share.label",
        Share,
        r"^Condividi(?:\s+su\s+(?:Facebook|X|Twitter|WhatsApp|LinkedIn|Telegram))?$",
    ),
];

/// Wire datelines and agency credits glued to the first paragraph, other than Korean and
/// English.
const INTL_EDGES: &[Rule] = &[
    prefix("ja.credit.dateline", Credit, r"^【[^】가-힣]{1,12}】\s*"),
    prefix(
        "zh.credit.dateline",
        Credit,
        r"^(?:新华社|新華社|中新社|中新网|中新網)[^（(，,。]{0,20}电\s*(?:[（(]\s*(?:记者|記者)[^）)]{1,20}[）)])?\s*|^本报讯\s*(?:[（(]\s*(?:记者|記者|通讯员)[^）)]{1,20}[）)])?\s*|^本報訊\s*(?:[（(][^）)]{1,20}[）)])?\s*",
    ),
    prefix(
        "de.credit.dateline",
        Credit,
        r"^\p{Lu}[\p{L}-]+(?:[ /]\p{Lu}[\p{L}.-]+){0,2}\s*\((?:dpa|AFP|Reuters|epd|KNA|AP|dts|sid|APA)(?:/[\p{L}]{1,10})?\)\s*[-—–]+\s*",
    ),
    prefix(
        "fr.credit.dateline",
        Credit,
        r"^\p{Lu}[\p{Lu}' -]{1,30}\s*\((?:AFP|Reuters|AP)\)\s*[-—–]+\s*",
    ),
    prefix(
        "es.credit.dateline",
        Credit,
        r"^\p{Lu}[\p{Lu} .]{1,30},\s*\d{1,2}\s+\p{L}{3,4}\.?\s*\((?:EFE|Europa Press|EUROPA PRESS|AFP|Reuters)\)\s*\.?\s*[-—–]+\s*",
    ),
    prefix(
        "it.credit.dateline",
        Credit,
        r"^\((?:ANSA|AGI|Adnkronos|LaPresse|Italpress)\)\s*[-—–]+\s*\p{Lu}[\p{Lu}' ]{1,30},\s*\d{1,2}\s+\p{L}{3,4}\.?\s*[-—–]+\s*",
    ),
    prefix(
        "ru.credit.dateline",
        Credit,
        r"^\p{Lu}[\p{Lu}\- ]{1,30},\s*\d{1,2}\s+\p{Ll}{3,8}\.?\s*(?:[—–-]\s*(?:РИА Новости|Интерфакс|Прайм|RT)|/ТАСС/)\.?\s*",
    ),
];

/// Rules of any language.
const ANY: &[Rule] = &[
    // A WordPress shortcode the CMS left unrendered: "[button link=… type=…] Send us…[/button]".
    line(
        "any.widget.shortcode",
        Widget,
        r"^\[[a-z_][\w-]*\s+[\w-]+=[^\]]+\].*$",
    ),
    line(
        "any.breadcrumb",
        Navigation,
        r"^[^>›»]{1,30}(?:\s*[>›»]\s*[^>›»]{1,30}){2,}$",
    ),
    line(
        "any.timestamp.bare",
        Timestamp,
        r"^[\[(]?\d{1,4}(?:[.:/\-年月日h]\s?\d{1,4}){1,5}\.?\s*(?:日|[ap]\.?m\.?|[AP]M)?[\])]?$",
    ),
    line(
        "any.caption.credit-end",
        Caption,
        r"[.!?]\s+\(?(?:Photos?|Photograph|Picture|Image|Fotos?|Bild|Fotografía|Фото)\s*(?::|by(?-u:\b)|von(?-u:\b))\s*[^()!?]{2,60}\)?$",
    ),
];

/// Every table, Korean first.
const TABLES: &[&[Rule]] = &[
    KO, KO_EDGES, EN, EN_EDGES, JA, ZH, DE, FR, ES_PT, RU_IT, INTL_EDGES, ANY,
];

/// A rule compiled: its regex, and the bytes its matches can start with when the pattern says
/// (a line that starts with another byte skips the search).
struct Compiled {
    rules: Vec<(Rule, Matcher)>,
    prefixes: Vec<(Rule, Matcher)>,
    suffixes: Vec<(Rule, Matcher)>,
}

struct Matcher {
    regex: Regex,
    first: Option<ByteSet>,
}

impl Matcher {
    fn is_match(&self, text: &str) -> bool {
        self.may_start(text) && self.regex.is_match(text)
    }

    fn find<'t>(&self, text: &'t str) -> Option<regex::Match<'t>> {
        if !self.may_start(text) {
            return None;
        }
        self.regex.find(text)
    }

    fn may_start(&self, text: &str) -> bool {
        match (&self.first, text.as_bytes().first()) {
            (None, _) => true,
            (Some(set), Some(&b)) => set.contains(b),
            (Some(_), None) => false,
        }
    }
}

fn compiled() -> &'static Compiled {
    static COMPILED: OnceLock<Compiled> = OnceLock::new();
    COMPILED.get_or_init(|| {
        // One regex per rule, tried in table order: the first match wins, and each search
        // runs on the lazy DFA (a RegexSet's overlapping search falls back to a slower engine).
        // The patterns are constants checked by the unit tests; one that failed would be skipped.
        let of = |scope: Scope| -> Vec<(Rule, Matcher)> {
            TABLES
                .iter()
                .flat_map(|t| t.iter().copied())
                .filter(|r| r.scope == scope)
                .filter_map(|r| {
                    let regex = Regex::new(r.pattern).ok()?;
                    let first = first_byte::of(r.pattern);
                    Some((r, Matcher { regex, first }))
                })
                .collect()
        };
        Compiled {
            rules: of(Scope::Line),
            prefixes: of(Scope::Prefix),
            suffixes: of(Scope::Suffix),
        }
    })
}

/// The first `Line` rule (in table order) that judges this whole block.
pub(crate) fn judge_line(text: &str) -> Option<&'static Rule> {
    let chars = text.chars().count();
    // A notice that opens with "©" is one however many sentences it runs to ("© 2022, Site.
    // This article is the copyrighted property of ... Written permission must be ...").
    let notice = chars <= NOTICE_MAX_CHARS && text.trim_start().starts_with('©');
    if chars > LINE_MAX_CHARS && !notice {
        return None;
    }
    compiled()
        .rules
        .iter()
        .filter(|(rule, _)| chars <= LINE_MAX_CHARS || rule.kind == RemovalKind::Copyright)
        .find(|(_, re)| re.is_match(text))
        .map(|(rule, _)| rule)
}

/// A piece split off the start or the end of a paragraph.
#[derive(Debug, Clone)]
pub(crate) struct Split {
    /// The rule that matched.
    pub rule: &'static Rule,
    /// The text returned as the removal.
    pub removed: String,
    /// What stays in the body.
    pub rest: String,
}

/// The first prefix rule that splits something off the start of a paragraph.
pub(crate) fn judge_prefix(text: &str) -> Option<Split> {
    for (rule, re) in &compiled().prefixes {
        let Some(m) = re.find(text) else {
            continue;
        };
        let matched = m.as_str();
        let after = text.get(m.end()..).unwrap_or_default();
        if rule.name == "ko.caption.glued" {
            // "▲ 사진=대구광역시대구시는 ..." : the credit runs to the end of an institution's name.
            let token_end = after.find(char::is_whitespace).unwrap_or(after.len());
            let token = after.get(..token_end).unwrap_or_default();
            let Some(cut) = glued_credit_end(token, token_end < after.len()) else {
                continue;
            };
            let credit = after.get(..cut).unwrap_or_default();
            let rest = after.get(cut..).unwrap_or_default().trim_start();
            if rest.is_empty() {
                continue;
            }
            let label: String = matched
                .trim_start_matches('▲')
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            return Some(Split {
                rule,
                removed: format!("{label}{credit}"),
                rest: rest.to_string(),
            });
        }
        let rest = after.trim_start();
        if rest.chars().count() < 2 {
            continue;
        }
        let removed = if rule.kind == RemovalKind::Caption {
            clean_caption(matched)
        } else {
            matched.trim().to_string()
        };
        return Some(Split {
            rule,
            removed,
            rest: rest.to_string(),
        });
    }
    None
}

/// The first suffix rule that splits something off the end of a paragraph; the paragraph
/// must end a sentence before the suffix.
pub(crate) fn judge_suffix(text: &str) -> Option<Split> {
    for (rule, re) in &compiled().suffixes {
        let Some(m) = re.find(text) else {
            continue;
        };
        let rest = text.get(..m.start()).unwrap_or_default().trim_end();
        let finished = rest.ends_with(['.', '!', '?', '"', '”', '’', '\'', '。', ')', '）']);
        if !finished || rest.chars().count() < 10 {
            continue;
        }
        let removed = if rule.kind == RemovalKind::Caption {
            clean_caption(m.as_str())
        } else {
            m.as_str().trim().to_string()
        };
        return Some(Split {
            rule,
            removed,
            rest: rest.to_string(),
        });
    }
    None
}

/// "(사진=연합뉴스)" → "사진=연합뉴스".
fn clean_caption(s: &str) -> String {
    s.trim()
        .trim_start_matches(['▲', ' '])
        .trim_matches(|c| matches!(c, '(' | ')' | '[' | ']' | ' '))
        .replace(" = ", "=")
}

/// Where the name of an institution or agency ends in a glued run such as "대구광역시대구시는":
/// the split whose left part ends with the longest known suffix (광역시 beats 시). When the
/// token is followed by a space, the whole token is a candidate too ("사진=대구광역시 대구시는").
fn glued_credit_end(token: &str, spaced: bool) -> Option<usize> {
    const SUFFIXES: &[&str] = &[
        "특별자치도",
        "특별자치시",
        "특별시",
        "광역시",
        "교육청",
        "경찰청",
        "소방본부",
        "연합뉴스",
        "뉴시스",
        "뉴스1",
        "뉴스핌",
        "시청",
        "군청",
        "구청",
        "도청",
        "제공",
        "통신",
        "일보",
        "신문",
        "뉴스",
        "방송",
        "기자",
        "공사",
        "공단",
        "재단",
        "협회",
        "위원회",
        "연구원",
        "대학교",
        "병원",
        "센터",
        "본부",
        "DB",
        "시",
        "군",
        "구",
        "도",
        "청",
        "부",
        "처",
        "원",
    ];
    let mut best: Option<(usize, usize)> = None;
    // Only the first 16 characters can end a name (linear in the token, not quadratic).
    let total = token.chars().count();
    let whole = (spaced && total <= 15).then_some((token.len(), total));
    let cuts = token
        .char_indices()
        .enumerate()
        .skip(2)
        .take(14)
        .map(|(n, (i, _))| (i, n))
        .chain(whole);
    for (cut, left_chars) in cuts {
        let left = token.get(..cut)?;
        let right_chars = total - left_chars;
        if right_chars < 2 && cut != token.len() {
            continue;
        }
        let score = SUFFIXES
            .iter()
            .filter(|s| left.ends_with(*s))
            .map(|s| s.chars().count())
            .max()
            .unwrap_or(0);
        if score > 0 && best.is_none_or(|(s, _)| score > s) {
            best = Some((score, cut));
        }
    }
    best.map(|(_, cut)| cut)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(text: &str) -> Option<&'static str> {
        judge_line(text).map(|r| r.name)
    }

    #[test]
    fn every_pattern_compiles() {
        for table in TABLES {
            for r in *table {
                assert!(regex::Regex::new(r.pattern).is_ok(), "{}", r.name);
            }
        }
        let total: usize = TABLES.iter().map(|t| t.len()).sum();
        let c = compiled();
        assert_eq!(c.rules.len() + c.prefixes.len() + c.suffixes.len(), total);
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
        let s = judge_prefix("▲ 사진=대구광역시대구시는 지난 15일 세미나를 열었다.").unwrap();
        assert_eq!(s.removed, "사진=대구광역시");
        assert_eq!(s.rest, "대구시는 지난 15일 세미나를 열었다.");
        let s = judge_prefix("(사진=연합뉴스) 정부는 24일 대책을 내놨다.").unwrap();
        assert_eq!(s.removed, "사진=연합뉴스");
        assert_eq!(s.rest, "정부는 24일 대책을 내놨다.");
    }

    #[test]
    fn wire_prefixes() {
        let s = judge_prefix("(서울=연합뉴스) 홍길동 기자 = 정부는 24일 대책을 내놨다.").unwrap();
        assert_eq!(s.removed, "(서울=연합뉴스) 홍길동 기자 =");
        assert_eq!(s.rest, "정부는 24일 대책을 내놨다.");
        let s = judge_prefix("[뉴스21 통신=추현욱 ] 서울시는 1일 밝혔다.").unwrap();
        assert_eq!(s.removed, "[뉴스21 통신=추현욱 ]");
        let s = judge_prefix("WASHINGTON (Reuters) - The Senate voted on Tuesday.").unwrap();
        assert_eq!(s.removed, "WASHINGTON (Reuters) -");
        assert_eq!(s.rest, "The Senate voted on Tuesday.");
        assert!(judge_prefix("The Senate voted (Reuters) - on Tuesday.").is_none());
    }

    #[test]
    fn trailing_signature() {
        let s =
            judge_suffix("경찰은 사고 원인을 조사하고 있다고 말했다. 홍길동 기자 hong@example.kr")
                .unwrap();
        assert_eq!(s.removed, "홍길동 기자 hong@example.kr");
        assert_eq!(s.rest, "경찰은 사고 원인을 조사하고 있다고 말했다.");
        assert!(judge_suffix("김 기자는 현장에서 만난 홍길동 기자").is_none());
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
            ("Subscribe now to our eNATION edition for the full story.", "en.promo.subscribe"),
            (
                "For the latest stories and breaking news updates download the Harbour apps for iOS.",
                "en.promo.subscribe",
            ),
            ("This article is the copyrighted property of Harbour News.", "en.copyright"),
            (
                "Written permission must be obtained before reprint in online or print media.",
                "en.copyright",
            ),
            ("Was this article helpful?", "en.widget.label"),
            ("War der Artikel nützlich?", "de.widget.label"),
            ("Möchten Sie den Artikel teilen?", "de.share.label"),
            ("Schon gelesen?", "de.teaser.header"),
            ("HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS", "es.promo.subscribe"),
            (
                "¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular.",
                "es.promo.subscribe",
            ),
            ("Permalien", "fr.share.label"),
            ("(Credit: Clayton Aldern / Grist)", "en.caption.credit"),
            ("SUBSCRIBE", "en.promo.subscribe"),
            (
                "Follow @HarbourDeals on Twitter to keep up with the latest deals.",
                "en.promo.subscribe",
            ),
            (
                "Chat with us in Facebook Messenger. Find out what's happening in the world as it \
                 unfolds.",
                "en.promo.subscribe",
            ),
            ("Advert", "en.ad.label"),
            (
                "Get Harbour Monthly delivered through your letterbox every month. 12 issues for £11.99.",
                "en.promo.subscribe",
            ),
            (
                "[button link=”http://www.example.com/review/” type=”big”] Send us YOUR review[/button]",
                "any.widget.shortcode",
            ),
            (
                "Advert Get Harbour Monthly delivered through your letterbox every month.",
                "en.ad.label",
            ),
            ("Weiterlesen:", "de.teaser.header"),
            ("Weiterführender Link", "de.teaser.header"),
            ("aja/PAP", "de.credit.agency"),
            (
                "Quelle: Deutscher Jagdverband (DJV), 02. Februar 2022, Berlin",
                "de.credit.source",
            ),
            (
                "© 2022, Harbour News. This article is the copyrighted property of Harbour News. \
                 Written permission must be obtained before reprint in online or print media. \
                 REPRINTING CONTENT WITHOUT PERMISSION IS THEFT AND PUNISHABLE BY LAW.",
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
            ("Leia também: Metrô terá novas estações", "es.teaser.inline"),
            ("Suscríbete a nuestro boletín diario", "es.promo.subscribe"),
            ("Compartir en Facebook", "es.share.label"),
            ("Compartilhe", "es.share.label"),
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
            let s = judge_prefix(text).unwrap();
            assert_eq!(
                (s.rule.name, s.removed.as_str()),
                (*name, *removed),
                "{text}"
            );
        }
    }
}
