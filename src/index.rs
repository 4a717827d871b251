//! Stage 3, index: the DOM flattened once into an arena, with every feature computed in the
//! same pass.
//!
//! Nodes are stored in document order (pre-order), so a node's subtree is the contiguous range
//! `i..node.end`, its parent always has a smaller index, and a bottom-up pass is a reverse
//! loop. After this stage nothing walks a subtree's text again: each node carries its subtree's
//! measures and the measures of its *own* text (the text whose nearest block ancestor it is).

use crate::error::Error;
use crate::options::{Limits, OutputOptions};
use crate::parse::Parsed;
use crate::script::{measure, TextStats};
use markup5ever_rcdom::{Handle, NodeData};
use std::sync::OnceLock;

/// The element types the later stages distinguish; everything else is [`Tag::Inline`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tag {
    Document,
    Text,
    Inline,
    A,
    Br,
    Img,
    Time,
    P,
    Div,
    Section,
    Article,
    Main,
    Header,
    Footer,
    Nav,
    Aside,
    H(u8),
    Ul,
    Ol,
    Li,
    Dl,
    Dt,
    Dd,
    Table,
    Tr,
    Td,
    Th,
    TableCaption,
    Blockquote,
    Pre,
    Figure,
    Figcaption,
    Form,
    Address,
    Hr,
    Body,
    Center,
    Details,
    Fieldset,
    Menu,
}

impl Tag {
    fn from_name(name: &str) -> Tag {
        match name {
            "a" => Tag::A,
            "br" => Tag::Br,
            "img" => Tag::Img,
            "time" => Tag::Time,
            "p" => Tag::P,
            "div" => Tag::Div,
            "section" => Tag::Section,
            "article" => Tag::Article,
            "main" => Tag::Main,
            "header" => Tag::Header,
            "footer" => Tag::Footer,
            "nav" => Tag::Nav,
            "aside" => Tag::Aside,
            "h1" => Tag::H(1),
            "h2" => Tag::H(2),
            "h3" => Tag::H(3),
            "h4" => Tag::H(4),
            "h5" => Tag::H(5),
            "h6" => Tag::H(6),
            "ul" => Tag::Ul,
            "ol" => Tag::Ol,
            "li" => Tag::Li,
            "dl" => Tag::Dl,
            "dt" => Tag::Dt,
            "dd" => Tag::Dd,
            "table" => Tag::Table,
            "tr" => Tag::Tr,
            "td" => Tag::Td,
            "th" => Tag::Th,
            "caption" => Tag::TableCaption,
            "blockquote" => Tag::Blockquote,
            "pre" | "listing" | "xmp" | "plaintext" => Tag::Pre,
            "figure" => Tag::Figure,
            "figcaption" => Tag::Figcaption,
            "form" => Tag::Form,
            "address" => Tag::Address,
            "hr" => Tag::Hr,
            "body" => Tag::Body,
            "center" => Tag::Center,
            "details" | "summary" | "dialog" => Tag::Details,
            "fieldset" | "legend" => Tag::Fieldset,
            "menu" => Tag::Menu,
            "hgroup" | "thead" | "tbody" | "tfoot" => Tag::Div,
            _ => Tag::Inline,
        }
    }

    /// Block-level: starts and ends a block of text.
    pub fn is_block(self) -> bool {
        !matches!(
            self,
            Tag::Inline | Tag::A | Tag::Br | Tag::Img | Tag::Time | Tag::Text | Tag::Document
        )
    }

    /// A block whose own text is a paragraph *inside* its parent container (rather than a
    /// container whose loose text is itself a paragraph).
    pub fn is_paragraph_like(self) -> bool {
        matches!(
            self,
            Tag::P
                | Tag::H(_)
                | Tag::Li
                | Tag::Dt
                | Tag::Dd
                | Tag::Pre
                | Tag::Blockquote
                | Tag::Address
                | Tag::Figcaption
                | Tag::TableCaption
        )
    }
}

/// Elements whose content is never visible text.
fn is_ignored(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "math"
            | "iframe"
            | "object"
            | "embed"
            | "canvas"
            | "select"
            | "option"
            | "textarea"
            | "button"
            | "input"
            | "video"
            | "audio"
            | "map"
            | "head"
            | "frameset"
            | "frame"
            | "param"
            | "source"
            | "track"
            // Ruby annotations: the reading printed over the characters (子<rt>こ</rt>ども),
            // not part of the running text.
            | "rt"
            | "rp"
    )
}

/// Categories read from an element's class, id, role and itemprop tokens.
pub(crate) mod hint {
    pub const POSITIVE: u32 = 1 << 0;
    pub const NEGATIVE: u32 = 1 << 1;
    pub const COMMENT: u32 = 1 << 2;
    pub const SHARE: u32 = 1 << 3;
    pub const AD: u32 = 1 << 4;
    pub const RELATED: u32 = 1 << 5;
    pub const CAPTION: u32 = 1 << 6;
    pub const BYLINE: u32 = 1 << 7;
    pub const DATE: u32 = 1 << 8;
    pub const COPYRIGHT: u32 = 1 << 9;
    pub const PROMO: u32 = 1 << 10;
    pub const TAGS: u32 = 1 << 11;
    pub const SIDEBAR: u32 = 1 << 12;
    pub const NAV: u32 = 1 << 13;
    pub const HIDDEN: u32 = 1 << 14;
    pub const ARTICLE_BODY: u32 = 1 << 15;
    pub const FOOTER: u32 = 1 << 16;
    pub const LABEL: u32 = 1 << 17;
}

/// Token patterns, one per [`hint`] bit, in bit order. They run on the lowercased
/// `class id role itemprop` string; `(?:^|[^a-z])` bounds stand in for token edges.
///
/// They are compiled without Unicode (see [`hint_regex`]): a non-ASCII literal or a Unicode
/// class is written `(?u:...)`. Next to an ASCII letter, `[^a-z]` over bytes holds exactly where
/// it holds over characters (the byte beside the letter is ASCII, or belongs to a non-ASCII
/// character), so the bits do not change; a test holds them to the Unicode regexes.
const HINT_PATTERNS: &[&str] = &[
    // POSITIVE
    r"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|(?u:본문)|news_?view|view_?cont|read",
    // NEGATIVE
    r"(?:^|[^a-z])(?:ad|ads|adv|advert|banner|combx|comment|comments|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|tools|widget|social|sns|nav|menu|breadcrumbs?|popular|recommend|subscribe|newsletter|taboola|cookie|modal|popup|rank|ranking|hot|copyright|reporter|byline|author|caption|relate)(?:[^a-z]|$)",
    // COMMENT
    r"(?:^|[^a-z])(?:comments?|commentlist|disqus|replies|reply|respond|talk|livere|cmt|reple|dsq)(?:[^a-z]|$)|comment_|comment-",
    // SHARE
    r"(?:^|[^a-z])(?:share|sharing|shares|social|sns|print|font[-_]?size|fontsize|toolbar|facebook|twitter|kakao|sharebar|share[-_]?tools|bookmark|scrap|like[-_]?button)(?:[^a-z]|$)|share_|share-|-share|_share|sns_|sns-",
    // AD
    r"(?:^|[^a-z])(?:ad|ads|adv|advert|advertisement|advertising|banner|sponsor|sponsored|dfp|gpt|adsense|adslot|ad[-_]?slot|ad[-_]?unit|adwrap|ad[-_]?container|google_ads|commercial)(?:[^a-z]|$)|^ad_|^ad-|_ad_|-ad-|adsbygoogle|ad_wrap|ad-wrap",
    // RELATED
    r"(?:^|[^a-z])(?:tambem|tambien|lire[-_]?aussi|a[-_]?lire|voir[-_]?aussi|mehr[-_]?zum|weiterlesen|auch[-_]?interessant|relacionad[a-z]*|correlat[a-z]*|leggi[-_]?anche|related|relate|recommend|recommended|recommendations|more[-_]?stories|read[-_]?more|readmore|popular|most[-_]?read|mostread|most[-_]?viewed|trending|taboola|outbrain|also|next[-_]?article|prev[-_]?article|best|hot[-_]?news|ranking|rank|latest|more[-_]?news|other[-_]?news|news[-_]?list|article[-_]?list|list[-_]?news|teaser|teasers)(?:[^a-z]|$)|related|relation|recommend|(?u:관련)|popular|ranking",
    // CAPTION
    r"(?:^|[^a-z])(?:caption|figcaption|wp-caption-text|photo[-_]?desc|img[-_]?desc|image[-_]?desc|photo[-_]?caption|img[-_]?caption|credit|credits|photo[-_]?credit|image[-_]?credit|cutline|cap|img[-_]?cap|photo[-_]?cap|pic[-_]?cap|img[-_]?txt|photo[-_]?txt)(?:[^a-z]|$)|caption",
    // BYLINE
    r"(?:^|[^a-z])(?:byline|by[-_]?line|author|authors|writer|reporter|journalist|contributor|article[-_]?author|post[-_]?author|byline[-_]?name|signature|autor|auteur|autore|writer[-_]?name|editors?|profile|bio|author[-_]?info|journalist[-_]?info)(?:[^a-z]|$)|byline|reporter",
    // DATE
    r"(?:^|[^a-z])(?:date|dates|time|timestamp|published|updated|dateline|pubdate|post[-_]?date|article[-_]?date|datetime|entry[-_]?date|maj|heure|hora|ora|datum|fecha|zeit|update|modified|lastmod)(?:[^a-z]|$)",
    // COPYRIGHT
    r"copyright|(?:^|[^a-z])(?:disclaimer|notice|rights|license)(?:[^a-z]|$)",
    // PROMO
    r"(?:^|[^a-z])(?:newsletter|subscribe|subscription|signup|sign[-_]?up|paywall|app[-_]?download|promo|promotion|membership|donate|cta)(?:[^a-z]|$)|newsletter|subscri",
    // TAGS
    r"(?:^|[^a-z])(?:tags|tag[-_]?list|taglist|keywords|keyword|categories|topics|tag[-_]?cloud|tagcloud|hashtag|hashtags|post[-_]?tags|entry[-_]?tags|article[-_]?tags)(?:[^a-z]|$)",
    // SIDEBAR
    r"(?:^|[^a-z])(?:sidebar|side[-_]?bar|aside|rail|right[-_]?col|left[-_]?col|col[-_]?right|sidecol|side|widget|widgets|complementary)(?:[^a-z]|$)|sidebar",
    // NAV
    r"(?:^|[^a-z])(?:nav|navbar|navigation|menu|menus|breadcrumb|breadcrumbs|pagination|pager|gnb|lnb|snb|skip|skiplink|masthead|site[-_]?header|top[-_]?bar|topbar|site[-_]?footer)(?:[^a-z]|$)|breadcrumb|navigation",
    // HIDDEN
    r"(?:^|(?u:\s))(?:hidden|sr-only|visually-hidden|screen-reader-text|screenreader|offscreen|off-screen|blind|d-none|a11y|skip)(?:(?u:\s)|$)",
    // ARTICLE_BODY
    r"articlebody|article[-_]?body|article_?body|article[-_]?content|article_?content|article[-_]?text|article_?text|story[-_]?body|story_?body|entry[-_]?content|post[-_]?content|post[-_]?body|news[-_]?body|news_?body|newsbody|news_?text|article_?view|articleview|view_?con|news_?view|cont_?text|article_?txt|art_?txt|body[-_]?text|bodytext|main[-_]?text|maintext|content[-_]?body|story[-_]?content|post[-_]?text|articlecontent|article__body|article__content|rich[-_]?text|text[-_]?body|article[-_]?main|articletext|entry[-_]?body|(?u:본문)",
    // FOOTER
    r"(?:^|[^a-z])(?:footer|site[-_]?footer|site[-_]?info|colophon)(?:[^a-z]|$)",
    // LABEL
    r"(?:^|[^a-z])(?:label|badge|kicker|eyebrow|cate|category|categories|rubric|views|view[-_]?count|hits|read[-_]?count|wordcount|word[-_]?count|reading[-_]?time|read[-_]?time|counter|flag)(?:[^a-z]|$)|wordcount",
];

/// The hint patterns compiled once, one byte regex each, in bit order, and a literal prefilter
/// over all of them. One regex per pattern lets each use its literal prefilter, and most class
/// strings match none: a `RegexSet`'s overlapping search cost about twice as much (callgrind,
/// a 1 MB page: 45 M instructions against 23 M).
struct Hints {
    /// Each pattern's regex, compiled the first time a string holds one of its literals.
    regexes: Vec<OnceLock<Option<regex_automata::meta::Regex>>>,
    /// Every literal one of the patterns requires ([`HINT_LITERALS`]), searched in one
    /// pass; `None` if the automaton failed to build (then every pattern runs).
    literals: Option<aho_corasick::AhoCorasick>,
    /// For each literal, the patterns (bits) that require it.
    literal_bits: Vec<u32>,
    /// The patterns with no required literal: they run on every string.
    always: u32,
}

impl Hints {
    /// Pattern `i`'s regex, compiled on first use (`None` if it does not compile, which the
    /// tests rule out: it then matches nothing).
    fn regex(&self, i: usize) -> Option<&regex_automata::meta::Regex> {
        let cell = self.regexes.get(i)?;
        cell.get_or_init(|| HINT_PATTERNS.get(i).and_then(|p| hint_regex(p)))
            .as_ref()
    }

    /// The patterns that can match `class`: those with no required literal, and those one of
    /// whose required literals `class` contains. A pattern left out cannot match, so running
    /// only these gives the same bits as running all.
    fn candidates(&self, class: &str) -> u32 {
        let Some(ac) = &self.literals else {
            return u32::MAX;
        };
        let mut bits = self.always;
        for m in ac.find_overlapping_iter(class) {
            bits |= self
                .literal_bits
                .get(m.pattern().as_usize())
                .copied()
                .unwrap_or(u32::MAX);
        }
        bits
    }
}

/// A hint pattern compiled over bytes without Unicode: `[^a-z]` is then one byte class, not
/// the UTF-8 automaton of every character but 26. Only `is_match` runs, on strings the literal
/// prefilter already passed: the regex keeps no capture groups and builds no literal prefilter,
/// one-pass DFA or backtracker of its own (the lazy DFA and the PikeVM remain). A cold
/// `extract` compiles most of the 18 patterns (15 on en-01); building all 18 cost 19.5 M
/// instructions as `regex::bytes::Regex`, 12.8 M so (callgrind, a scratch program).
fn hint_regex(pattern: &str) -> Option<regex_automata::meta::Regex> {
    use regex_automata::{meta, nfa::thompson::WhichCaptures, util::syntax};
    meta::Regex::builder()
        .syntax(syntax::Config::new().unicode(false).utf8(false))
        .configure(
            meta::Config::new()
                .which_captures(WhichCaptures::None)
                .auto_prefilter(false)
                .onepass(false)
                .backtrack(false),
        )
        .build(pattern)
        .ok()
}

/// A hint pattern's syntax tree, parsed as [`hint_regex`] compiles it.
#[cfg(test)]
fn hint_hir(pattern: &str) -> Option<regex_syntax::hir::Hir> {
    regex_syntax::ParserBuilder::new()
        .unicode(false)
        .utf8(false)
        .build()
        .parse(pattern)
        .ok()
}

fn hint_set() -> &'static Hints {
    static SET: OnceLock<Hints> = OnceLock::new();
    SET.get_or_init(|| {
        // The patterns are constants checked by the unit tests; one that failed to compile
        // would match nothing.
        let regexes = HINT_PATTERNS.iter().map(|_| OnceLock::new()).collect();
        let literals = aho_corasick::AhoCorasick::builder()
            // The contiguous NFA: the DFA cost 6.3 M more instructions to build on a cold
            // start's first page (callgrind, en-01). (It once left 4 MB more peak RSS, when
            // mimalloc still asked for transparent huge pages; with `no_thp` it does not.)
            .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
            .build(HINT_LITERALS.iter().map(|(literal, _)| literal))
            .ok();
        Hints {
            regexes,
            literals,
            literal_bits: HINT_LITERALS.iter().map(|&(_, bits)| bits).collect(),
            always: 0,
        }
    })
}

/// The hint patterns' required literals (see [`required_literals`]), each with the patterns
/// (bits) that require it, in first-seen order. Written out rather than parsed at start-up,
/// which cost 4.6 M instructions of a cold `extract` (callgrind); `hint_literals_are_the_patterns`
/// recomputes them from [`HINT_PATTERNS`] and prints the table when they differ. No pattern is
/// without a literal (the same test), so none runs on every string.
#[rustfmt::skip]
const HINT_LITERALS: &[(&str, u32)] = &[
    ("article", 0x089a1),
    ("body", 0x08001),
    ("content", 0x08001),
    ("entry", 0x08901),
    ("hentry", 0x00001),
    ("h-entry", 0x00001),
    ("main", 0x00001),
    ("page", 0x00001),
    ("post", 0x00001),
    ("text", 0x08001),
    ("blog", 0x00001),
    ("story", 0x08001),
    ("본문", 0x08001),
    ("view", 0x08001),
    ("cont", 0x00001),
    ("read", 0x00021),
    ("ad", 0x00012),
    ("ads", 0x00012),
    ("adv", 0x00012),
    ("advert", 0x00012),
    ("banner", 0x00012),
    ("combx", 0x00002),
    ("comment", 0x00006),
    ("comments", 0x00002),
    ("com-", 0x00002),
    ("contact", 0x00002),
    ("foot", 0x00002),
    ("footer", 0x12002),
    ("footnote", 0x00002),
    ("gdpr", 0x00002),
    ("masthead", 0x02002),
    ("media", 0x00002),
    ("meta", 0x00002),
    ("outbrain", 0x00022),
    ("promo", 0x00402),
    ("related", 0x00022),
    ("scroll", 0x00002),
    ("share", 0x0000a),
    ("shoutbox", 0x00002),
    ("sidebar", 0x01002),
    ("skyscraper", 0x00002),
    ("sponsor", 0x00012),
    ("shopping", 0x00002),
    ("tags", 0x00802),
    ("tool", 0x00002),
    ("tools", 0x0000a),
    ("widget", 0x01002),
    ("social", 0x0000a),
    ("sns", 0x0000a),
    ("nav", 0x02002),
    ("menu", 0x02002),
    ("breadcrumb", 0x02002),
    ("popular", 0x00022),
    ("recommend", 0x00022),
    ("subscribe", 0x00402),
    ("newsletter", 0x00402),
    ("taboola", 0x00022),
    ("cookie", 0x00002),
    ("modal", 0x00002),
    ("popup", 0x00002),
    ("rank", 0x00022),
    ("ranking", 0x00022),
    ("hot", 0x00002),
    ("copyright", 0x00202),
    ("reporter", 0x00082),
    ("byline", 0x00082),
    ("author", 0x00082),
    ("caption", 0x00042),
    ("relate", 0x00022),
    ("commentlist", 0x00004),
    ("disqus", 0x00004),
    ("replies", 0x00004),
    ("reply", 0x00004),
    ("respond", 0x00004),
    ("talk", 0x00004),
    ("livere", 0x00004),
    ("cmt", 0x00004),
    ("reple", 0x00004),
    ("dsq", 0x00004),
    ("comment_", 0x00004),
    ("comment-", 0x00004),
    ("sharing", 0x00008),
    ("shares", 0x00008),
    ("print", 0x00008),
    ("size", 0x00008),
    ("fontsize", 0x00008),
    ("toolbar", 0x00008),
    ("facebook", 0x00008),
    ("twitter", 0x00008),
    ("kakao", 0x00008),
    ("sharebar", 0x00008),
    ("bookmark", 0x00008),
    ("scrap", 0x00008),
    ("button", 0x00008),
    ("share_", 0x00008),
    ("share-", 0x00008),
    ("-share", 0x00008),
    ("_share", 0x00008),
    ("sns_", 0x00008),
    ("sns-", 0x00008),
    ("advertisement", 0x00010),
    ("advertising", 0x00010),
    ("sponsored", 0x00010),
    ("dfp", 0x00010),
    ("gpt", 0x00010),
    ("adsense", 0x00010),
    ("adslot", 0x00010),
    ("slot", 0x00010),
    ("unit", 0x00010),
    ("adwrap", 0x00010),
    ("container", 0x00010),
    ("google_ads", 0x00010),
    ("commercial", 0x00010),
    ("ad_", 0x00010),
    ("ad-", 0x00010),
    ("_ad_", 0x00010),
    ("-ad-", 0x00010),
    ("adsbygoogle", 0x00010),
    ("ad_wrap", 0x00010),
    ("ad-wrap", 0x00010),
    ("tambem", 0x00020),
    ("tambien", 0x00020),
    ("aussi", 0x00020),
    ("lire", 0x00020),
    ("mehr", 0x00020),
    ("weiterlesen", 0x00020),
    ("interessant", 0x00020),
    ("relacionad", 0x00020),
    ("correlat", 0x00020),
    ("anche", 0x00020),
    ("recommended", 0x00020),
    ("recommendations", 0x00020),
    ("stories", 0x00020),
    ("more", 0x00020),
    ("readmore", 0x00020),
    ("mostread", 0x00020),
    ("viewed", 0x00020),
    ("trending", 0x00020),
    ("also", 0x00020),
    ("best", 0x00020),
    ("news", 0x00020),
    ("latest", 0x00020),
    ("other", 0x00020),
    ("list", 0x00820),
    ("teaser", 0x00020),
    ("teasers", 0x00020),
    ("relation", 0x00020),
    ("관련", 0x00020),
    ("figcaption", 0x00040),
    ("wp-caption-text", 0x00040),
    ("photo", 0x00040),
    ("desc", 0x00040),
    ("image", 0x00040),
    ("credit", 0x00040),
    ("credits", 0x00040),
    ("cutline", 0x00040),
    ("cap", 0x00040),
    ("txt", 0x08040),
    ("line", 0x00080),
    ("authors", 0x00080),
    ("writer", 0x00080),
    ("journalist", 0x00080),
    ("contributor", 0x00080),
    ("signature", 0x00080),
    ("autor", 0x00080),
    ("auteur", 0x00080),
    ("autore", 0x00080),
    ("editor", 0x00080),
    ("profile", 0x00080),
    ("bio", 0x00080),
    ("date", 0x00100),
    ("dates", 0x00100),
    ("time", 0x20100),
    ("timestamp", 0x00100),
    ("published", 0x00100),
    ("updated", 0x00100),
    ("dateline", 0x00100),
    ("pubdate", 0x00100),
    ("datetime", 0x00100),
    ("maj", 0x00100),
    ("heure", 0x00100),
    ("hora", 0x00100),
    ("ora", 0x00100),
    ("datum", 0x00100),
    ("fecha", 0x00100),
    ("zeit", 0x00100),
    ("update", 0x00100),
    ("modified", 0x00100),
    ("lastmod", 0x00100),
    ("disclaimer", 0x00200),
    ("notice", 0x00200),
    ("rights", 0x00200),
    ("license", 0x00200),
    ("subscription", 0x00400),
    ("signup", 0x00400),
    ("sign", 0x00400),
    ("paywall", 0x00400),
    ("download", 0x00400),
    ("promotion", 0x00400),
    ("membership", 0x00400),
    ("donate", 0x00400),
    ("cta", 0x00400),
    ("subscri", 0x00400),
    ("taglist", 0x00800),
    ("keywords", 0x00800),
    ("keyword", 0x00800),
    ("categories", 0x20800),
    ("topics", 0x00800),
    ("cloud", 0x00800),
    ("tagcloud", 0x00800),
    ("hashtag", 0x00800),
    ("hashtags", 0x00800),
    ("side", 0x01000),
    ("aside", 0x01000),
    ("rail", 0x01000),
    ("right", 0x01000),
    ("left", 0x01000),
    ("sidecol", 0x01000),
    ("widgets", 0x01000),
    ("complementary", 0x01000),
    ("navbar", 0x02000),
    ("navigation", 0x02000),
    ("menus", 0x02000),
    ("breadcrumbs", 0x02000),
    ("pagination", 0x02000),
    ("pager", 0x02000),
    ("gnb", 0x02000),
    ("lnb", 0x02000),
    ("snb", 0x02000),
    ("skip", 0x06000),
    ("skiplink", 0x02000),
    ("header", 0x02000),
    ("bar", 0x02000),
    ("topbar", 0x02000),
    ("hidden", 0x04000),
    ("sr-only", 0x04000),
    ("visually-hidden", 0x04000),
    ("screen-reader-text", 0x04000),
    ("screenreader", 0x04000),
    ("offscreen", 0x04000),
    ("off-screen", 0x04000),
    ("blind", 0x04000),
    ("d-none", 0x04000),
    ("a11y", 0x04000),
    ("articlebody", 0x08000),
    ("newsbody", 0x08000),
    ("articleview", 0x08000),
    ("bodytext", 0x08000),
    ("maintext", 0x08000),
    ("articlecontent", 0x08000),
    ("article__body", 0x08000),
    ("article__content", 0x08000),
    ("articletext", 0x08000),
    ("info", 0x10000),
    ("colophon", 0x10000),
    ("label", 0x20000),
    ("badge", 0x20000),
    ("kicker", 0x20000),
    ("eyebrow", 0x20000),
    ("cate", 0x20000),
    ("category", 0x20000),
    ("rubric", 0x20000),
    ("views", 0x20000),
    ("count", 0x20000),
    ("hits", 0x20000),
    ("wordcount", 0x20000),
    ("reading", 0x20000),
    ("counter", 0x20000),
    ("flag", 0x20000),
];

/// Each pattern's required literals with its bits, and the patterns with none, as
/// [`HINT_LITERALS`] holds them.
#[cfg(test)]
fn hint_literals_from_patterns() -> (Vec<(Vec<u8>, u32)>, u32) {
    let mut always = 0u32;
    let mut out: Vec<(Vec<u8>, u32)> = Vec::new();
    for (i, pattern) in HINT_PATTERNS.iter().enumerate() {
        let bit = 1u32 << i;
        match hint_hir(pattern).and_then(|hir| required_literals(&hir)) {
            Some(set) => {
                for literal in set {
                    if let Some(entry) = out.iter_mut().find(|(l, _)| *l == literal) {
                        entry.1 |= bit;
                    } else {
                        out.push((literal, bit));
                    }
                }
            }
            None => always |= bit,
        }
    }
    (out, always)
}

/// Literals of which every match of `hir` contains at least one (`None` when no such set is
/// found, as for a pattern that can match the empty string). Sound by construction: a
/// concatenation's match holds a match of each part, so one part's set serves; an
/// alternation's match is a match of one branch, so the union of all branches' sets serves;
/// a repetition at least once holds its part.
#[cfg(test)]
fn required_literals(hir: &regex_syntax::hir::Hir) -> Option<Vec<Vec<u8>>> {
    use regex_syntax::hir::{Class, HirKind};
    match hir.kind() {
        HirKind::Literal(lit) => Some(vec![lit.0.to_vec()]),
        HirKind::Class(Class::Unicode(class)) => {
            let chars: Vec<char> = class
                .iter()
                .flat_map(|r| r.start()..=r.end())
                .take(9)
                .collect();
            (chars.len() <= 8).then(|| chars.iter().map(|c| c.to_string().into_bytes()).collect())
        }
        HirKind::Class(Class::Bytes(class)) => {
            let bytes: Vec<u8> = class
                .iter()
                .flat_map(|r| r.start()..=r.end())
                .take(9)
                .collect();
            (bytes.len() <= 8).then(|| bytes.iter().map(|&b| vec![b]).collect())
        }
        HirKind::Empty | HirKind::Look(_) => None,
        HirKind::Repetition(rep) if rep.min >= 1 => required_literals(&rep.sub),
        HirKind::Repetition(_) => None,
        HirKind::Capture(cap) => required_literals(&cap.sub),
        HirKind::Concat(parts) => parts
            .iter()
            .filter_map(required_literals)
            // The most selective part: the longest shortest literal, then the fewest.
            .max_by_key(|set| {
                let shortest = set.iter().map(Vec::len).min().unwrap_or(0);
                (shortest, std::cmp::Reverse(set.len()))
            }),
        HirKind::Alternation(branches) => {
            let mut all = Vec::new();
            for branch in branches {
                all.extend(required_literals(branch)?);
            }
            Some(all)
        }
    }
}

/// The [`hint`] bits of a lowercased `class id role itemprop` string.
fn hint_bits(set: &Hints, class: &str) -> u32 {
    let class = without_wrapper_tokens(class);
    let class = class.as_ref();
    let candidates = set.candidates(class);
    (0..HINT_PATTERNS.len())
        .filter(|&i| {
            candidates & (1 << i) != 0
                && set.regex(i).is_some_and(|re| re.is_match(class.as_bytes()))
        })
        .fold(0u32, |acc, i| acc | (1 << i))
}

/// The class string without the tokens that name no kind of box.
///
/// Elementor (a page builder on a great many WordPress sites) wraps every block, the article's
/// text included, in "elementor-widget" containers and calls its rich-text block a
/// "text-editor": those names say nothing about a sidebar widget or an editor's byline.
/// Twitter's embed code (pasted unchanged by every site that quotes a post) marks the quoted
/// post `<blockquote class="twitter-tweet">`: a quotation in the story, whose platform name
/// says nothing about a share button.
fn without_wrapper_tokens(class: &str) -> std::borrow::Cow<'_, str> {
    if class.contains("elementor") || class.contains("twitter-") {
        class
            .split_ascii_whitespace()
            .filter(|t| !is_elementor_wrapper(t) && !is_embedded_post(t))
            .collect::<Vec<_>>()
            .join(" ")
            .into()
    } else {
        class.into()
    }
}

/// The [`hint`] bits of attribute values, each distinct value matched once per page.
///
/// Pages repeat their class names, and ids differ mostly by number ("cite_note-12",
/// "cite_note-13"): the key is the value lowercased, cut to [`HINT_VALUE_MAX`] bytes, with every
/// run of digits that does not follow a letter as one `0`. A pattern names a digit only after a
/// letter ("a11y") and sees any other digit only as a token edge, so the key matches exactly as
/// the value does (a test holds the patterns to that).
struct HintMemo {
    seen: std::collections::HashMap<String, u32>,
    key: String,
}

impl Default for HintMemo {
    fn default() -> Self {
        HintMemo {
            // Sized for a page's distinct class and id values: growing from empty rehashed
            // it five or six times on every page.
            seen: std::collections::HashMap::with_capacity(256),
            key: String::new(),
        }
    }
}

/// The longest attribute value read for hints, in bytes.
const HINT_VALUE_MAX: usize = 512;

/// Distinct values remembered per page; the rest are matched each time.
const HINT_MEMO_MAX: usize = 4096;

impl HintMemo {
    fn bits(&mut self, value: &str) -> u32 {
        self.key.clear();
        // Inside a run of digits that followed no letter.
        let mut number = false;
        let mut after_letter = false;
        // Read byte by byte; only a non-ASCII character is decoded (class names are ASCII).
        let bytes = value.as_bytes();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            if self.key.len() >= HINT_VALUE_MAX {
                break;
            }
            if b.is_ascii_digit() && (number || !after_letter) {
                if !number {
                    self.key.push('0');
                }
                number = true;
                i += 1;
                continue;
            }
            number = false;
            if b.is_ascii() {
                // A digit reaches here only after a letter ("a11y"): the token goes on.
                after_letter = b.is_ascii_alphanumeric();
                self.key.push(char::from(b.to_ascii_lowercase()));
                i += 1;
            } else {
                let Some(c) = crate::script::char_at(value, i) else {
                    break;
                };
                after_letter = c.is_alphabetic();
                self.key.push(c);
                i += c.len_utf8();
            }
        }
        if let Some(&bits) = self.seen.get(self.key.as_str()) {
            return bits;
        }
        let bits = hint_bits(hint_set(), &self.key);
        if self.seen.len() < HINT_MEMO_MAX {
            self.seen.insert(self.key.clone(), bits);
        }
        bits
    }
}

/// Elementor's generic wrapper classes (the widget types that name a sidebar or a list of
/// posts keep their meaning).
/// A class token of a social network's embed code for a quoted post.
fn is_embedded_post(token: &str) -> bool {
    matches!(
        token,
        "twitter-tweet" | "twitter-video" | "twitter-tweet-rendered"
    )
}

fn is_elementor_wrapper(token: &str) -> bool {
    matches!(
        token,
        "elementor-widget"
            | "elementor-widget-wrap"
            | "elementor-widget-container"
            | "elementor-widget-text-editor"
            | "elementor-text-editor"
            | "elementor-widget-heading"
            | "elementor-widget-image"
            | "elementor-widget-theme-post-content"
    )
}

/// Below this many words a page is short: a note or a one-paragraph page, whose every word is
/// its content (the score stage's whole-page fallback uses the same bound).
pub(crate) const SHORT_PAGE_WORDS: u32 = 150;

/// Flags set on a node in the index pass.
pub(crate) mod flag {
    /// Inside an `<a>`.
    pub const IN_LINK: u32 = 1 << 0;
    /// Inside a `<blockquote>`.
    pub const IN_QUOTE: u32 = 1 << 1;
    /// Inside a `<pre>`.
    pub const IN_PRE: u32 = 1 << 2;
    /// Inside an `<li>`.
    pub const IN_LI: u32 = 1 << 3;
    /// The subtree holds a `<table>` below this node.
    pub const HAS_TABLE: u32 = 1 << 4;
    /// The subtree holds a `<th>`.
    pub const HAS_TH: u32 = 1 << 5;
    /// `itemprop=articleBody`.
    pub const ITEMPROP_BODY: u32 = 1 << 6;
    /// Whitespace-only text node.
    pub const BLANK: u32 = 1 << 7;
    /// The subtree holds a block element below this node.
    pub const HAS_BLOCK: u32 = 1 << 8;
    /// Inside an `<h1>`-`<h6>`.
    pub const IN_HEADING: u32 = 1 << 9;
    /// Has a `datetime` attribute or is a `<time>`.
    pub const TIME: u32 = 1 << 10;
    /// An `<a>` whose `href` runs a script (`javascript:`), see `Page::settle_script_anchor`.
    pub const SCRIPT_ANCHOR: u32 = 1 << 11;
}

/// One node of the arena.
#[derive(Debug, Clone)]
pub(crate) struct Node {
    pub tag: Tag,
    /// Parent index (the document node is its own parent).
    pub parent: u32,
    /// End of the subtree (exclusive): the subtree is `index..end`.
    pub end: u32,
    /// Nearest block-level ancestor-or-self (for text: the block it belongs to).
    pub block: u32,
    /// [`flag`] bits.
    pub flags: u32,
    /// [`hint`] bits from this element's own class/id/role/itemprop.
    pub hints: u32,
    /// For text nodes: the byte range of the text in [`Page::text`].
    pub text: (u32, u32),
    /// Measures of the whole subtree's visible text.
    pub all: TextStats,
    /// Characters of the subtree's text that sit inside links.
    pub link_chars: u32,
    /// Measures of the text whose nearest block ancestor is this node.
    pub own: TextStats,
    /// Link characters within [`Node::own`].
    pub own_link_chars: u32,
    /// Links (`<a>` elements) in the subtree.
    pub links: u32,
    /// Rows (`<tr>`) in the subtree.
    pub rows: u32,
    /// Table cells (`<td>`, `<th>`) in the subtree.
    pub cells: u32,
    /// Paragraph-like blocks with some text in the subtree.
    pub paragraphs: u32,
}

impl Node {
    fn new(tag: Tag, parent: u32, flags: u32) -> Node {
        Node {
            tag,
            parent,
            end: 0,
            block: 0,
            flags,
            hints: 0,
            text: (0, 0),
            all: TextStats::default(),
            link_chars: 0,
            own: TextStats::default(),
            own_link_chars: 0,
            links: 0,
            rows: 0,
            cells: 0,
            paragraphs: 0,
        }
    }

    /// Share of the subtree's characters inside links.
    pub fn link_density(&self) -> f32 {
        if self.all.chars == 0 {
            0.0
        } else {
            self.link_chars as f32 / self.all.chars as f32
        }
    }

    /// Whether this node has a [`flag`].
    pub fn has(&self, f: u32) -> bool {
        self.flags & f != 0
    }
}

/// What the `<head>` and scripts say about the page.
#[derive(Debug, Default, Clone)]
pub(crate) struct HeadInfo {
    /// `<title>` text.
    pub title: Option<String>,
    /// `<meta>` pairs: (`property`/`name`/`itemprop`, lowercased; `content`).
    pub metas: Vec<(String, String)>,
    /// Contents of `<script type="application/ld+json">`.
    pub json_ld: Vec<String>,
    /// Contents of `<script type="application/json">` (a framework's page data, such as
    /// `__NEXT_DATA__`), at most 8 of at most 4 MB each.
    pub json_data: Vec<String>,
    /// `<html lang>`.
    pub lang: Option<String>,
    /// `<link rel=canonical href>`.
    pub canonical: Option<String>,
}

/// The indexed page.
#[derive(Debug)]
pub(crate) struct Page {
    pub nodes: Vec<Node>,
    /// All text of the page's text nodes, concatenated.
    pub text: String,
    pub head: HeadInfo,
    /// `datetime` attributes seen in the body: (node, value).
    pub datetimes: Vec<(u32, String)>,
    /// Microdata and link relations in the body that name an author or a date.
    pub props: Vec<Prop>,
    /// What the output options need of the body's elements, by node, in document order:
    /// `<thead>`s always; link targets, image sources and formatting elements when asked
    /// ([`Page::build_keeping`]).
    pub marks: Vec<(u32, Mark)>,
}

/// What an element of the body means to the output ([`Page::marks`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Mark {
    /// A `<thead>`: its rows are header rows.
    TableHead,
    /// An `<a>` with its `href` as written.
    Link(String),
    /// An `<img>`: its source as written (`src`, else a lazy `data-src`, else the first
    /// `srcset` or `data-srcset` candidate) and its alt text.
    Image { src: String, alt: String },
    /// `<em>`, `<i>`.
    Emphasis,
    /// `<strong>`, `<b>`.
    Strong,
    /// `<code>`, `<kbd>`, `<samp>`, `<tt>`.
    Code,
}

/// An image's attributes, as the index reads them.
#[derive(Default)]
struct ImageAttrs<'a> {
    src: Option<&'a str>,
    data_src: Option<&'a str>,
    srcset: Option<&'a str>,
    data_srcset: Option<&'a str>,
    alt: Option<&'a str>,
}

impl ImageAttrs<'_> {
    /// The image's source: `data-src` (the real image of a lazy one), then `src` unless it is
    /// an inline `data:` placeholder, then the first candidate of `srcset`/`data-srcset`.
    fn mark(&self) -> Option<Mark> {
        let usable = |v: &&str| !v.trim().is_empty() && !is_data_uri(v);
        let first = |set: &str| {
            set.split(',')
                .next()
                .and_then(|c| c.split_ascii_whitespace().next())
                .map(str::to_string)
        };
        let src = self
            .data_src
            .filter(usable)
            .or(self.src.filter(usable))
            .map(|v| v.trim().to_string())
            .or_else(|| self.srcset.filter(usable).and_then(first))
            .or_else(|| self.data_srcset.filter(usable).and_then(first))?;
        let alt = self
            .alt
            .map(|a| a.split_whitespace().collect::<Vec<_>>().join(" "));
        Some(Mark::Image {
            src,
            alt: alt.unwrap_or_default(),
        })
    }
}

/// Whether an `href` runs a script (`javascript:...`) rather than leading to a page.
fn is_script_href(v: &str) -> bool {
    v.trim_start()
        .get(..11)
        .is_some_and(|p| p.eq_ignore_ascii_case("javascript:"))
}

fn is_data_uri(v: &str) -> bool {
    v.trim_start()
        .get(..5)
        .is_some_and(|p| p.eq_ignore_ascii_case("data:"))
}

/// What a body element's `itemprop` or `rel` says it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PropName {
    /// `itemprop=author`, `itemprop=creator` or `rel=author`.
    Author,
    /// `itemprop=datePublished`.
    Published,
    /// `itemprop=dateModified`.
    Modified,
}

/// One microdata property or `rel=author` link: the element, the property and the value given
/// in a `content` or `datetime` attribute (else the element's text is the value).
#[derive(Debug, Clone)]
pub(crate) struct Prop {
    pub node: u32,
    pub name: PropName,
    pub value: Option<String>,
}

enum Work {
    Enter(Handle, u32, u32),
    Exit(u32),
}

/// A node's children, taken out of it: the walk holds the only reference to each, and a node
/// is freed when its turn ends.
fn take_children(node: &Handle) -> Vec<Handle> {
    std::mem::take(&mut *node.children.borrow_mut())
}

impl Page {
    /// Flattens the DOM into the arena and computes every feature. The walk consumes the
    /// document: each element gives up its children as it is read, so a node is freed right
    /// after its turn, while it is still in cache (dropping the whole DOM afterwards walked it
    /// again, cold: 5 M instructions on a 1 MB page, and more of the time than that).
    pub(crate) fn build(parsed: Parsed, limits: &Limits) -> Result<Page, Error> {
        Page::build_keeping(parsed, limits, OutputOptions::default())
    }

    /// [`Page::build`], recording in [`Page::marks`] what `output` asks for (link targets,
    /// image sources, formatting elements).
    pub(crate) fn build_keeping(
        parsed: Parsed,
        limits: &Limits,
        output: OutputOptions,
    ) -> Result<Page, Error> {
        let dom = &parsed.dom;
        // Allocated once: growing them copied megabytes on a large page.
        let mut page = Page {
            nodes: Vec::with_capacity(parsed.nodes.min(limits.max_nodes).saturating_add(1)),
            text: String::with_capacity(parsed.text_bytes),
            head: HeadInfo::default(),
            datetimes: Vec::new(),
            props: Vec::new(),
            marks: Vec::new(),
        };
        let mut root = Node::new(Tag::Document, 0, 0);
        root.block = 0;
        page.nodes.push(root);
        let mut visited: usize = 0;
        let mut stack: Vec<Work> = Vec::new();
        for child in take_children(&dom.document).into_iter().rev() {
            stack.push(Work::Enter(child, 0, 1));
        }
        stack.insert(0, Work::Exit(0));
        let mut hints = HintMemo::default();
        let mut script_anchors: Vec<u32> = Vec::new();
        let mut page_words = 0u32;
        while let Some(work) = stack.pop() {
            let (handle, parent, depth) = match work {
                Work::Exit(idx) => {
                    let end = page.nodes.len() as u32;
                    if let Some(node) = page.nodes.get_mut(idx as usize) {
                        node.end = end;
                    }
                    continue;
                }
                Work::Enter(h, p, d) => (h, p, d),
            };
            visited += 1;
            if visited > limits.max_nodes {
                return Err(Error::TooManyNodes {
                    limit: limits.max_nodes,
                });
            }
            let parent_node = &page.nodes[parent as usize];
            let inherited = parent_node.flags
                & (flag::IN_LINK | flag::IN_QUOTE | flag::IN_PRE | flag::IN_LI | flag::IN_HEADING);
            let parent_block = parent_node.block;
            match &handle.data {
                NodeData::Text { contents } => {
                    let contents = contents.borrow();
                    let stats = measure(&contents);
                    page_words = page_words.saturating_add(stats.words);
                    let start = page.text.len() as u32;
                    page.text.push_str(&contents);
                    let mut node = Node::new(Tag::Text, parent, inherited);
                    node.text = (start, page.text.len() as u32);
                    node.block = parent_block;
                    node.end = page.nodes.len() as u32 + 1;
                    node.all = stats;
                    if stats.chars == 0 {
                        node.flags |= flag::BLANK;
                    }
                    if node.has(flag::IN_LINK) {
                        node.link_chars = stats.chars;
                    }
                    let link = node.link_chars;
                    page.nodes.push(node);
                    if let Some(block) = page.nodes.get_mut(parent_block as usize) {
                        block.own.add(&stats);
                        block.own_link_chars += link;
                    }
                }
                NodeData::Element { name, attrs, .. } => {
                    let local: &str = &name.local;
                    if local == "title" || local == "meta" || local == "link" || local == "html" {
                        page.read_head_element(local, &handle, &attrs.borrow());
                    }
                    if local == "script" {
                        page.read_script(&handle, &attrs.borrow());
                        continue;
                    }
                    if is_ignored(local) && local != "head" {
                        continue;
                    }
                    if local == "head" {
                        // Visit the head only for its title, meta and JSON-LD.
                        page.scan_head(&handle);
                        continue;
                    }
                    let attrs = attrs.borrow();
                    let mut hint_bits = 0u32;
                    let mut hidden = false;
                    let mut node_flags = inherited;
                    let mut prop: Option<PropName> = None;
                    let mut prop_value: Option<&str> = None;
                    let mut href: Option<&str> = None;
                    let mut script_href = false;
                    let mut image = ImageAttrs::default();
                    let is_img = output.images && local == "img";
                    for attr in attrs.iter() {
                        let key: &str = &attr.name.local;
                        let value: &str = &attr.value;
                        match key {
                            "class" | "id" | "role" | "itemprop" => {
                                if key == "itemprop" {
                                    for name in value.split_ascii_whitespace() {
                                        match name.to_ascii_lowercase().as_str() {
                                            "articlebody" => node_flags |= flag::ITEMPROP_BODY,
                                            "author" | "creator" => prop = Some(PropName::Author),
                                            "datepublished" => prop = Some(PropName::Published),
                                            "datemodified" => prop = Some(PropName::Modified),
                                            _ => {}
                                        }
                                    }
                                }
                                hint_bits |= hints.bits(value);
                            }
                            "hidden" => hidden = true,
                            "rel"
                                if (local == "a" || local == "link")
                                    && value
                                        .split_ascii_whitespace()
                                        .any(|r| r.eq_ignore_ascii_case("author")) =>
                            {
                                prop = Some(PropName::Author);
                            }
                            "content" => prop_value = Some(value),
                            "aria-hidden" if local == "div" && value == "true" => {}
                            "style" => {
                                let style = value.to_ascii_lowercase();
                                let compact: String =
                                    style.chars().filter(|c| !c.is_whitespace()).collect();
                                if compact.contains("display:none")
                                    || compact.contains("visibility:hidden")
                                {
                                    hidden = true;
                                }
                            }
                            "href" if local == "a" => {
                                script_href = is_script_href(value);
                                if output.links && !script_href {
                                    href = Some(value);
                                }
                            }
                            "src" if is_img => image.src = Some(value),
                            "data-src" if is_img => image.data_src = Some(value),
                            "srcset" if is_img => image.srcset = Some(value),
                            "data-srcset" if is_img => image.data_srcset = Some(value),
                            "alt" if is_img => image.alt = Some(value),
                            "datetime" => {
                                prop_value = prop_value.or(Some(value));
                                node_flags |= flag::TIME;
                                page.datetimes
                                    .push((page.nodes.len() as u32, value.to_string()));
                            }
                            _ => {}
                        }
                    }
                    if hidden {
                        continue;
                    }
                    if depth as usize > limits.max_depth {
                        // Too deep: keep the content, flattened into the ancestor at the cap.
                        for child in take_children(&handle).into_iter().rev() {
                            stack.push(Work::Enter(child, parent, depth));
                        }
                        continue;
                    }
                    let tag = Tag::from_name(local);
                    let idx = page.nodes.len() as u32;
                    if let Some(name) = prop {
                        if page.props.len() < 256 {
                            page.props.push(Prop {
                                node: idx,
                                name,
                                value: prop_value.map(str::to_string),
                            });
                        }
                    }
                    let mark = match local {
                        "thead" => Some(Mark::TableHead),
                        "a" => href.map(|h| Mark::Link(h.trim().to_string())),
                        "img" if is_img => image.mark(),
                        "em" | "i" if output.formatting => Some(Mark::Emphasis),
                        "strong" | "b" if output.formatting => Some(Mark::Strong),
                        "code" | "kbd" | "samp" | "tt" if output.formatting => Some(Mark::Code),
                        _ => None,
                    };
                    if let Some(mark) = mark {
                        page.marks.push((idx, mark));
                    }
                    let mut node = Node::new(tag, parent, node_flags);
                    node.hints = hint_bits;
                    match tag {
                        Tag::A if script_href => {
                            node.flags |= flag::SCRIPT_ANCHOR;
                            script_anchors.push(idx);
                        }
                        Tag::A => node.flags |= flag::IN_LINK,
                        Tag::Blockquote => node.flags |= flag::IN_QUOTE,
                        Tag::Pre => node.flags |= flag::IN_PRE,
                        Tag::Li => node.flags |= flag::IN_LI,
                        Tag::H(_) => node.flags |= flag::IN_HEADING,
                        Tag::Time => node.flags |= flag::TIME,
                        _ => {}
                    }
                    node.block = if tag.is_block() { idx } else { parent_block };
                    page.nodes.push(node);
                    stack.push(Work::Exit(idx));
                    for child in take_children(&handle).into_iter().rev() {
                        stack.push(Work::Enter(child, idx, depth + 1));
                    }
                }
                _ => {}
            }
        }
        // On a short page (a note, a one-paragraph page) an anchor that leads nowhere is part
        // of the text; on a longer one it is a control, counted as a link.
        if page_words >= SHORT_PAGE_WORDS {
            for &anchor in &script_anchors {
                page.settle_script_anchor(anchor);
            }
        }
        page.compute_subtree_features();
        Ok(page)
    }

    /// A `javascript:` anchor on a page long enough to have controls counts as a link: a
    /// script's button ("Share", "Print", "Load more") or a headline a script opens (older
    /// portals open every story of a list so), as any link does. Linear: each anchor's subtree
    /// is walked once, and anchors do not nest.
    fn settle_script_anchor(&mut self, idx: u32) {
        let Some(anchor) = self.nodes.get(idx as usize) else {
            return;
        };
        if anchor.tag != Tag::A || !anchor.has(flag::SCRIPT_ANCHOR) {
            return;
        }
        let range = (idx as usize + 1)..(anchor.end as usize);
        for i in range {
            let Some(node) = self.nodes.get_mut(i) else {
                break;
            };
            if node.tag != Tag::Text || node.has(flag::IN_LINK) {
                continue;
            }
            node.flags |= flag::IN_LINK;
            node.link_chars = node.all.chars;
            let (block, chars) = (node.block, node.all.chars);
            if let Some(b) = self.nodes.get_mut(block as usize) {
                b.own_link_chars += chars;
            }
        }
        if let Some(anchor) = self.nodes.get_mut(idx as usize) {
            anchor.flags |= flag::IN_LINK;
        }
    }

    /// The bottom-up pass: subtree measures, counts and flags.
    fn compute_subtree_features(&mut self) {
        for i in (1..self.nodes.len()).rev() {
            let node = &mut self.nodes[i];
            if node.tag == Tag::A && node.has(flag::IN_LINK) {
                node.links += 1;
            }
            if node.tag == Tag::Tr {
                node.rows += 1;
            }
            if node.tag == Tag::Th {
                node.flags |= flag::HAS_TH;
            }
            if matches!(node.tag, Tag::Td | Tag::Th) {
                node.cells += 1;
            }
            if node.tag.is_block() && node.own.words >= 8 {
                node.paragraphs += 1;
            }
            let (parent, all, link_chars, links, rows, cells, paragraphs, flags, tag) = (
                node.parent as usize,
                node.all,
                node.link_chars,
                node.links,
                node.rows,
                node.cells,
                node.paragraphs,
                node.flags,
                node.tag,
            );
            let up = &mut self.nodes[parent];
            up.all.add(&all);
            up.link_chars += link_chars;
            up.links += links;
            up.rows += rows;
            up.cells += cells;
            up.paragraphs += paragraphs;
            up.flags |= flags & (flag::HAS_TABLE | flag::HAS_TH | flag::HAS_BLOCK);
            if tag == Tag::Table {
                up.flags |= flag::HAS_TABLE;
            }
            if tag.is_block() {
                up.flags |= flag::HAS_BLOCK;
            }
        }
    }

    fn read_head_element(&mut self, local: &str, handle: &Handle, attrs: &[html5ever::Attribute]) {
        let get = |k: &str| {
            attrs
                .iter()
                .find(|a| &*a.name.local == k)
                .map(|a| a.value.to_string())
        };
        match local {
            "title" if self.head.title.is_none() => {
                let mut s = String::new();
                for child in handle.children.borrow().iter() {
                    if let NodeData::Text { contents } = &child.data {
                        s.push_str(&contents.borrow());
                    }
                }
                self.head.title = Some(s);
            }
            "meta" => {
                let from_property = get("property").is_some();
                let key = get("property")
                    .or_else(|| get("name"))
                    .or_else(|| get("itemprop"));
                if let (Some(key), Some(content)) = (key, get("content")) {
                    // `property="dc:title og:title"` names several properties at once; the
                    // Dublin Core prefixes are written `dc.` and `dc:`, stored as `dc.`.
                    for key in key.split_ascii_whitespace() {
                        if self.head.metas.len() >= 512 {
                            break;
                        }
                        let mut key = key.to_ascii_lowercase();
                        for prefix in ["dc:", "dcterms:"] {
                            if let Some(rest) = key.strip_prefix(prefix) {
                                key = format!("{}.{rest}", prefix.trim_end_matches(':'));
                            }
                        }
                        // The RDFa `property` form of a key goes before a `name` form of the
                        // same key (`property="dc:title"` over `name="DC.title"`).
                        let before = if from_property {
                            self.head.metas.iter().position(|(k, _)| *k == key)
                        } else {
                            None
                        };
                        match before {
                            Some(at) => self.head.metas.insert(at, (key, content.clone())),
                            None => self.head.metas.push((key, content.clone())),
                        }
                    }
                }
            }
            "link" if get("rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical")) => {
                self.head.canonical = get("href");
            }
            "html" if self.head.lang.is_none() => {
                self.head.lang = get("lang").or_else(|| get("xml:lang"));
            }
            _ => {}
        }
    }

    fn read_script(&mut self, handle: &Handle, attrs: &[html5ever::Attribute]) {
        let kind = attrs
            .iter()
            .find(|a| &*a.name.local == "type")
            .map(|a| a.value.to_ascii_lowercase())
            .unwrap_or_default();
        let is_ld = kind.contains("ld+json");
        let is_data = !is_ld && kind.trim() == "application/json";
        let room = if is_ld {
            self.head.json_ld.len() < 32
        } else {
            is_data && self.head.json_data.len() < 8
        };
        if !room {
            return;
        }
        let mut s = String::new();
        for child in handle.children.borrow().iter() {
            if let NodeData::Text { contents } = &child.data {
                s.push_str(&contents.borrow());
            }
        }
        if is_ld {
            self.head.json_ld.push(s);
        } else if s.len() <= 4 << 20 {
            self.head.json_data.push(s);
        }
    }

    /// Reads title, meta, link and JSON-LD elements of the `<head>` (an iterative walk).
    fn scan_head(&mut self, head: &Handle) {
        let mut stack: Vec<Handle> = head.children.borrow().iter().rev().cloned().collect();
        let mut budget = 100_000usize;
        while let Some(node) = stack.pop() {
            budget = budget.saturating_sub(1);
            if budget == 0 {
                break;
            }
            if let NodeData::Element { name, attrs, .. } = &node.data {
                let local: &str = &name.local;
                match local {
                    "script" => self.read_script(&node, &attrs.borrow()),
                    "title" | "meta" | "link" => {
                        self.read_head_element(local, &node, &attrs.borrow())
                    }
                    _ => {
                        for child in node.children.borrow().iter().rev() {
                            stack.push(child.clone());
                        }
                    }
                }
            }
        }
    }

    /// The text of a text node.
    pub(crate) fn text_of(&self, node: &Node) -> &str {
        self.text
            .get(node.text.0 as usize..node.text.1 as usize)
            .unwrap_or_default()
    }

    /// Iterates over the children of node `i`.
    pub(crate) fn children(&self, i: u32) -> Children<'_> {
        let end = self.nodes.get(i as usize).map_or(0, |n| n.end);
        Children {
            page: self,
            next: i + 1,
            end,
        }
    }

    /// The first `<body>`, or the document.
    pub(crate) fn body(&self) -> u32 {
        self.nodes
            .iter()
            .position(|n| n.tag == Tag::Body)
            .map_or(0, |p| p as u32)
    }
}

/// Iterator over a node's children (it jumps over each child's subtree).
pub(crate) struct Children<'a> {
    page: &'a Page,
    next: u32,
    end: u32,
}

impl Iterator for Children<'_> {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.next >= self.end {
            return None;
        }
        let i = self.next;
        self.next = self.page.nodes.get(i as usize).map_or(self.end, |n| n.end);
        Some(i)
    }
}

impl Page {
    /// The whitespace-collapsed text of a subtree (for short elements such as headings).
    pub(crate) fn subtree_text(&self, i: u32) -> String {
        let end = self.nodes.get(i as usize).map_or(i, |n| n.end);
        let mut out = String::new();
        for node in self.nodes.get(i as usize..end as usize).unwrap_or_default() {
            if node.tag == Tag::Text {
                push_collapsed(&mut out, self.text_of(node));
            }
        }
        let trimmed = out.trim_end().len();
        out.truncate(trimmed);
        out
    }
}

/// Appends `text` to `out`, collapsing every run of whitespace to one space and never starting
/// `out` with a space.
pub(crate) fn push_collapsed(out: &mut String, text: &str) {
    // Runs between whitespace characters are copied whole; each whitespace character is one
    // space unless `out` is empty or already ends with one (or a line break). Bytes are read
    // one by one, and only a lead byte that can start Unicode whitespace (U+0085, U+00A0,
    // U+1680, U+2000-U+205F, U+3000) is decoded.
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let space_len = match b {
            _ if crate::script::is_ascii_space(b) => 1,
            0xC2 | 0xE1 | 0xE2 | 0xE3 => crate::script::char_at(text, i)
                .filter(|c| c.is_whitespace())
                .map_or(0, char::len_utf8),
            _ => 0,
        };
        if space_len == 0 {
            i += 1;
            continue;
        }
        out.push_str(text.get(start..i).unwrap_or_default());
        if !out.is_empty() && !out.ends_with(' ') && !out.ends_with('\n') {
            out.push(' ');
        }
        i += space_len;
        start = i;
    }
    out.push_str(text.get(start..).unwrap_or_default());
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    fn page(html: &str) -> Page {
        Page::build(
            crate::parse::parse(html, &Limits::default()).unwrap(),
            &Limits::default(),
        )
        .unwrap()
    }

    #[test]
    fn body_copy_is_no_copyright() {
        let set = hint_set();
        assert_eq!(hint_bits(set, "c-sheet__copy t-copy") & hint::COPYRIGHT, 0);
        assert_ne!(hint_bits(set, "site-copyright") & hint::COPYRIGHT, 0);
        assert_ne!(hint_bits(set, "legal-notice") & hint::COPYRIGHT, 0);
    }

    #[test]
    fn embedded_posts_are_no_share_boxes() {
        let set = hint_set();
        assert_eq!(hint_bits(set, "twitter-tweet") & hint::SHARE, 0);
        assert_eq!(
            hint_bits(set, "twitter-tweet tw-align-center") & hint::SHARE,
            0
        );
        // The platform's name still marks share buttons and follow boxes.
        assert_ne!(hint_bits(set, "share-twitter") & hint::SHARE, 0);
        assert_ne!(hint_bits(set, "twitter follow-us") & hint::SHARE, 0);
    }

    #[test]
    fn elementor_wrappers_are_no_hints() {
        let set = hint_set();
        assert_eq!(
            hint_bits(set, "elementor-text-editor elementor-clearfix") & hint::BYLINE,
            0
        );
        assert_eq!(
            hint_bits(
                set,
                "elementor-element elementor-widget elementor-widget-text-editor"
            ) & (hint::BYLINE | hint::SIDEBAR),
            0
        );
        assert_ne!(hint_bits(set, "article-editor") & hint::BYLINE, 0);
        assert_ne!(hint_bits(set, "sidebar-widget") & hint::SIDEBAR, 0);
    }

    #[test]
    fn push_collapsed_collapses_as_char_by_char() {
        fn reference(out: &mut String, text: &str) {
            for c in text.chars() {
                if c.is_whitespace() {
                    if !out.is_empty() && !out.ends_with(' ') && !out.ends_with('\n') {
                        out.push(' ');
                    }
                } else {
                    out.push(c);
                }
            }
        }
        for start in ["", "x", "x ", "x\n"] {
            for text in [
                "",
                " ",
                "a",
                " a",
                "a ",
                "a  b",
                "\n\t a \u{a0}b\u{3000}",
                "대구 시는",
                "  ",
                "\u{85}x\u{1680}y\u{2000}z\u{205f}w\u{2028}",
                "é\u{e1}ā—“”",
                "\u{a0}\u{a0}",
            ] {
                let (mut a, mut b) = (start.to_string(), start.to_string());
                push_collapsed(&mut a, text);
                reference(&mut b, text);
                assert_eq!(a, b, "{start:?} + {text:?}");
            }
        }
    }

    #[test]
    fn hint_memo_keys_match_as_the_values_do() {
        // The memo's key turns a digit run after a non-letter into one `0`: sound only while
        // a pattern names a digit only after a letter or a digit.
        for p in HINT_PATTERNS {
            let b = p.as_bytes();
            for (i, c) in b.iter().enumerate() {
                if c.is_ascii_digit() {
                    assert!(i > 0 && b[i - 1].is_ascii_alphanumeric(), "{p}");
                }
            }
        }
        let mut memo = HintMemo::default();
        for value in [
            "cite_note-12",
            "Ad-Slot-300x250",
            "sidebar2",
            "comment-4411 byline",
            "A11y-Nav 2col",
            "a11y",
            "x a11y",
            "Article-Body",
            "본문2 view_cont",
            "Café-12 été3 Ünter-Nav",
            "١٢-nav ad-٣",
        ] {
            assert_eq!(
                memo.bits(value),
                hint_bits(hint_set(), &value.to_ascii_lowercase()),
                "{value}"
            );
        }
        // Each of class, id and role is read: an id alone names the sidebar.
        let p = page("<body><div id='sidebar-3'><p>x</p></div></body>");
        let div = p.nodes.iter().position(|n| n.tag == Tag::Div).unwrap();
        assert_ne!(p.nodes[div].hints & hint::SIDEBAR, 0);
        assert_ne!(memo.bits("a11y") & hint::HIDDEN, 0);
    }

    /// The literal prefilter never drops a pattern that matches: on the class strings of
    /// every corpus page, and on every literal the patterns require set between token edges,
    /// the bits equal those of every regex run on its own.
    #[test]
    fn hint_prefilter_changes_no_bits() {
        let set = hint_set();
        let all = |class: &str| {
            (0..HINT_PATTERNS.len())
                .filter(|&i| set.regex(i).is_some_and(|re| re.is_match(class.as_bytes())))
                .fold(0u32, |acc, i| acc | (1 << i))
        };
        let strings = hint_test_strings();
        let mut matched = 0;
        for s in &strings {
            // Wrapper tokens are dropped before either path reads the string.
            let s = without_wrapper_tokens(s);
            let bits = all(&s);
            matched += usize::from(bits != 0);
            assert_eq!(hint_bits(set, &s), bits, "{s:?}");
        }
        assert!(matched > 200, "{matched} strings with hints");
        // Most class strings need no regex at all.
        let none = strings
            .iter()
            .filter(|s| set.candidates(s) == set.always)
            .count();
        assert_eq!(set.always, 0, "a hint pattern with no required literal");
        assert!(none > 0);
    }

    /// The hint regexes compiled over bytes without Unicode match where the same patterns
    /// compiled with Unicode over characters match, non-ASCII neighbours and spaces included;
    /// and the prefilter's literals are those the Unicode parse gives.
    #[test]
    fn hint_bytes_regexes_match_as_unicode_ones() {
        let mut strings = hint_test_strings();
        for edge in [
            "é", "ü", "本", "\u{a0}", "\u{3000}", "\u{2028}", "١", "ß", "\t",
        ] {
            for word in [
                "nav",
                "hidden",
                "ad",
                "sidebar",
                "relacionadas",
                "a11y",
                "본문",
                "관련",
            ] {
                strings.push(format!("{edge}{word}"));
                strings.push(format!("{word}{edge}"));
                strings.push(format!("{edge}{word}{edge}"));
                strings.push(format!("x{edge}{word} y"));
            }
        }
        let set = hint_set();
        for (i, pattern) in HINT_PATTERNS.iter().enumerate() {
            let unicode = Regex::new(pattern).unwrap();
            let bytes = set.regex(i).unwrap();
            for s in &strings {
                assert_eq!(
                    bytes.is_match(s.as_bytes()),
                    unicode.is_match(s),
                    "{pattern} on {s:?}"
                );
            }
            let from_unicode = required_literals(&regex_syntax::parse(pattern).unwrap());
            let from_bytes = required_literals(&hint_hir(pattern).unwrap());
            assert!(from_bytes.is_some(), "{pattern}");
            assert_eq!(from_bytes, from_unicode, "{pattern}");
        }
    }

    /// The literal table is the one the patterns give; on a difference, the table to paste.
    #[test]
    fn hint_literals_are_the_patterns() {
        let (computed, always) = hint_literals_from_patterns();
        assert_eq!(always, 0, "a hint pattern with no required literal");
        let table: Vec<(Vec<u8>, u32)> = HINT_LITERALS
            .iter()
            .map(|&(l, b)| (l.as_bytes().to_vec(), b))
            .collect();
        if table != computed {
            let mut text = String::new();
            for (literal, bits) in &computed {
                let literal = String::from_utf8(literal.clone()).unwrap();
                text.push_str(&format!("    ({literal:?}, 0x{bits:05x}),\n"));
            }
            panic!("HINT_LITERALS differs from the patterns; it should read:\n{text}");
        }
    }

    /// Class strings to hold the hint matcher to: every corpus page's class, id, role and
    /// itemprop values, and every word of the patterns set between token edges.
    fn hint_test_strings() -> Vec<String> {
        let mut strings: Vec<String> = Vec::new();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let class_re =
            regex::Regex::new(r#"(?:class|id|role|itemprop)\s*=\s*["']([^"']*)"#).unwrap();
        for dir in std::fs::read_dir(root).unwrap().flatten() {
            let Ok(page) = std::fs::read_to_string(dir.path().join("page.html")) else {
                continue;
            };
            for c in class_re.captures_iter(&page) {
                strings.push(c[1].to_lowercase());
            }
        }
        assert!(strings.len() > 500, "{} class strings", strings.len());
        for pattern in HINT_PATTERNS {
            for word in pattern.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-')) {
                for form in [
                    word.to_string(),
                    format!("x {word}"),
                    format!("x-{word}-2"),
                    format!("{word}s y"),
                    format!("a{word}b"),
                    format!("{word}_x"),
                ] {
                    strings.push(form);
                }
            }
        }
        strings
    }

    #[test]
    fn hint_patterns_compile() {
        assert!((0..HINT_PATTERNS.len()).all(|i| hint_set().regex(i).is_some()));
        assert!(hint_set().literals.is_some());
        for p in HINT_PATTERNS {
            regex::Regex::new(p).unwrap();
        }
    }

    #[test]
    fn subtree_ranges_and_features() {
        let p = page("<body><div class='article-body'><p>Hello <a href=x>big</a> world, today.</p><p>Second one here.</p></div><script>var x=1;</script></body>");
        let div = p.nodes.iter().position(|n| n.tag == Tag::Div).unwrap();
        let d = &p.nodes[div];
        assert_eq!(d.all.words, 7);
        assert_eq!(d.link_chars, 3);
        assert_eq!(d.paragraphs, 0);
        assert!(d.hints & hint::ARTICLE_BODY != 0);
        assert!(d.hints & hint::POSITIVE != 0);
        assert_eq!(p.children(div as u32).count(), 2);
        assert!(!p.text.contains("var x"));
    }

    #[test]
    fn script_anchors_are_not_links() {
        // On a page long enough to have controls a script's anchor counts as a link, short
        // or long.
        let filler = "<p>Words of the story go on here for a while. </p>".repeat(20);
        let p = page(&(filler + "<p>Open <a href='javascript:void(0)'>the map of the route</a> or <a href='/m'>the list</a> now.</p><p>Then <a href='javascript:share()'>Share it</a> today.</p></body>"));
        let mut paras = p.nodes.iter().filter(|n| n.tag == Tag::P).skip(20);
        let first = paras.next().unwrap();
        assert_eq!(
            (first.link_chars, first.own_link_chars, first.links),
            (23, 23, 2)
        );
        let second = paras.next().unwrap();
        assert_eq!(
            (second.link_chars, second.own_link_chars, second.links),
            (7, 7, 1)
        );
        // On a short page every such anchor is text.
        let p = page("<body><p>Then <a href='javascript:share()'>Share it</a> today.</p></body>");
        let para = p.nodes.iter().find(|n| n.tag == Tag::P).unwrap();
        assert_eq!((para.link_chars, para.links), (0, 0));
    }

    #[test]
    fn own_text_goes_to_nearest_block() {
        let p = page("<div>Loose text in the div<br>more loose text<p>para</p></div>");
        let div = p.nodes.iter().position(|n| n.tag == Tag::Div).unwrap();
        assert_eq!(p.nodes[div].own.words, 8);
        let para = p.nodes.iter().position(|n| n.tag == Tag::P).unwrap();
        assert_eq!(p.nodes[para].own.words, 1);
    }

    #[test]
    fn head_is_read() {
        let p = page("<html lang=ko><head><title>T - S</title><meta property='og:title' content='T'><script type='application/ld+json'>{\"a\":1}</script></head><body></body></html>");
        assert_eq!(p.head.title.as_deref(), Some("T - S"));
        assert_eq!(p.head.lang.as_deref(), Some("ko"));
        assert_eq!(p.head.metas[0], ("og:title".into(), "T".into()));
        assert_eq!(p.head.json_ld.len(), 1);
    }

    #[test]
    fn deep_nesting_is_flattened_not_refused() {
        let html = "<div>".repeat(5000) + "deep text" + &"</div>".repeat(5000);
        let limits = Limits {
            max_depth: 100,
            ..Limits::default()
        };
        let p = Page::build(crate::parse::parse(&html, &limits).unwrap(), &limits).unwrap();
        // No chain of ancestors is longer than the cap (plus html/body/text).
        for start in 0..p.nodes.len() {
            let (mut i, mut chain) = (start, 0);
            while i != 0 {
                i = p.nodes[i].parent as usize;
                chain += 1;
            }
            assert!(chain <= 104, "chain {chain}");
        }
        assert!(p.text.contains("deep text"));
    }

    #[test]
    fn hidden_elements_are_skipped() {
        let p = page("<div style='display: none'>secret</div><div hidden>also</div><p>shown</p>");
        assert_eq!(p.text, "shown");
    }

    #[test]
    fn ruby_readings_are_skipped() {
        let p = page("<p><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>ども</p>");
        assert_eq!(p.text, "子ども");
    }
}
