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

/// The hint patterns' matcher: every word of every pattern ([`HINT_WORDS`]) in one
/// Aho-Corasick automaton, searched once per string, each occurrence checked against the
/// edges its pattern sets around the word. Every pattern is an alternation of words, each
/// either bare, or between token edges (`(?:^|[^a-z])`, `(?:^|(?u:\s))`, `^` before;
/// `(?:[^a-z]|$)`, `(?:(?u:\s)|$)` after), so a pattern matches a string exactly when one of
/// its words occurs there with its edges: the bits are the regexes' (the test
/// `hint_words_match_as_the_regexes` holds them to every pattern's regex), without compiling
/// any (15 of the 18 regexes and the literal prefilter before them cost 8.6 M instructions of
/// a cold `extract` of en-01, callgrind).
struct Hints {
    /// The words, as [`HINT_WORDS`] lists them; `None` if the automaton failed to build (then
    /// every pattern's regex runs).
    words: Option<aho_corasick::AhoCorasick>,
    /// Each pattern's regex, compiled on first use: only when `words` is `None`, and for the
    /// tests.
    regexes: Vec<OnceLock<Option<regex_automata::meta::Regex>>>,
}

impl Hints {
    /// Pattern `i`'s regex, compiled on first use (`None` if it does not compile, which the
    /// tests rule out: it then matches nothing).
    fn regex(&self, i: usize) -> Option<&regex_automata::meta::Regex> {
        let cell = self.regexes.get(i)?;
        cell.get_or_init(|| HINT_PATTERNS.get(i).and_then(|p| hint_regex(p)))
            .as_ref()
    }

    /// The bits of the patterns that match `class`.
    fn bits(&self, class: &str) -> u32 {
        let Some(ac) = &self.words else {
            return (0..HINT_PATTERNS.len())
                .filter(|&i| {
                    self.regex(i)
                        .is_some_and(|re| re.is_match(class.as_bytes()))
                })
                .fold(0u32, |acc, i| acc | (1 << i));
        };
        let mut bits = 0u32;
        for m in ac.find_overlapping_iter(class) {
            let Some(&(_, bit, before, after)) = HINT_WORDS.get(m.pattern().as_usize()) else {
                continue;
            };
            if before.holds_before(class, m.start()) && after.holds_after(class, m.end()) {
                bits |= 1 << bit;
            }
        }
        bits
    }
}

/// What a hint word needs beside it for its pattern to match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Edge {
    /// Anything.
    Any,
    /// The string's end, or a byte that is not `a`-`z` (`(?:^|[^a-z])`, `(?:[^a-z]|$)`).
    Token,
    /// The string's end, or a whitespace character (`(?:^|(?u:\s))`, `(?:(?u:\s)|$)`).
    Space,
    /// The string's start (`^`); only before a word.
    Start,
}

impl Edge {
    /// Whether the edge holds before byte `start` of `s`.
    fn holds_before(self, s: &str, start: usize) -> bool {
        let before = s.get(..start);
        match self {
            Edge::Any => true,
            Edge::Token => start
                .checked_sub(1)
                .and_then(|i| s.as_bytes().get(i))
                .is_none_or(|b| !b.is_ascii_lowercase()),
            Edge::Space => {
                before.is_some_and(|b| b.chars().next_back().is_none_or(char::is_whitespace))
            }
            Edge::Start => start == 0,
        }
    }

    /// Whether the edge holds after byte `end` of `s`.
    fn holds_after(self, s: &str, end: usize) -> bool {
        match self {
            Edge::Any => true,
            Edge::Token => s
                .as_bytes()
                .get(end)
                .is_none_or(|b| !b.is_ascii_lowercase()),
            Edge::Space => s
                .get(end..)
                .is_some_and(|a| a.chars().next().is_none_or(char::is_whitespace)),
            Edge::Start => end == 0,
        }
    }
}

/// A hint pattern compiled over bytes without Unicode: `[^a-z]` is then one byte class, not
/// the UTF-8 automaton of every character but 26. Only `is_match` runs: the regex keeps no
/// capture groups and builds no literal prefilter, one-pass DFA or backtracker of its own.
/// [`Hints`] matches without them; they remain for the tests (and in case its automaton
/// failed to build).
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
        // The noncontiguous NFA: on the 540 words it builds in 2.4 M instructions, the
        // contiguous NFA in 2.9 M and the DFA in 16 M, and it searches a page's short class
        // strings as fast as the contiguous one (callgrind, a scratch program, 1,000 strings).
        let words = aho_corasick::AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::NoncontiguousNFA))
            .build(HINT_WORDS.iter().map(|(word, ..)| word))
            .ok();
        Hints {
            words,
            regexes: HINT_PATTERNS.iter().map(|_| OnceLock::new()).collect(),
        }
    })
}

/// Every word of the hint patterns: (word, pattern bit, edge before, edge after), in pattern
/// order. Written out rather than read from the patterns at start-up; `hint_words_are_the_patterns`
/// recomputes them from [`HINT_PATTERNS`] and prints the table when they differ.
#[rustfmt::skip]
const HINT_WORDS: &[(&str, u8, Edge, Edge)] = &[
    ("article", 0, Edge::Any, Edge::Any),
    ("body", 0, Edge::Any, Edge::Any),
    ("content", 0, Edge::Any, Edge::Any),
    ("entry", 0, Edge::Any, Edge::Any),
    ("hentry", 0, Edge::Any, Edge::Any),
    ("h-entry", 0, Edge::Any, Edge::Any),
    ("main", 0, Edge::Any, Edge::Any),
    ("page", 0, Edge::Any, Edge::Any),
    ("post", 0, Edge::Any, Edge::Any),
    ("text", 0, Edge::Any, Edge::Any),
    ("blog", 0, Edge::Any, Edge::Any),
    ("story", 0, Edge::Any, Edge::Any),
    ("본문", 0, Edge::Any, Edge::Any),
    ("news_view", 0, Edge::Any, Edge::Any),
    ("newsview", 0, Edge::Any, Edge::Any),
    ("view_cont", 0, Edge::Any, Edge::Any),
    ("viewcont", 0, Edge::Any, Edge::Any),
    ("read", 0, Edge::Any, Edge::Any),
    ("ad", 1, Edge::Token, Edge::Token),
    ("ads", 1, Edge::Token, Edge::Token),
    ("adv", 1, Edge::Token, Edge::Token),
    ("advert", 1, Edge::Token, Edge::Token),
    ("banner", 1, Edge::Token, Edge::Token),
    ("combx", 1, Edge::Token, Edge::Token),
    ("comment", 1, Edge::Token, Edge::Token),
    ("comments", 1, Edge::Token, Edge::Token),
    ("com-", 1, Edge::Token, Edge::Token),
    ("contact", 1, Edge::Token, Edge::Token),
    ("foot", 1, Edge::Token, Edge::Token),
    ("footer", 1, Edge::Token, Edge::Token),
    ("footnote", 1, Edge::Token, Edge::Token),
    ("gdpr", 1, Edge::Token, Edge::Token),
    ("masthead", 1, Edge::Token, Edge::Token),
    ("media", 1, Edge::Token, Edge::Token),
    ("meta", 1, Edge::Token, Edge::Token),
    ("outbrain", 1, Edge::Token, Edge::Token),
    ("promo", 1, Edge::Token, Edge::Token),
    ("related", 1, Edge::Token, Edge::Token),
    ("scroll", 1, Edge::Token, Edge::Token),
    ("share", 1, Edge::Token, Edge::Token),
    ("shoutbox", 1, Edge::Token, Edge::Token),
    ("sidebar", 1, Edge::Token, Edge::Token),
    ("skyscraper", 1, Edge::Token, Edge::Token),
    ("sponsor", 1, Edge::Token, Edge::Token),
    ("shopping", 1, Edge::Token, Edge::Token),
    ("tags", 1, Edge::Token, Edge::Token),
    ("tool", 1, Edge::Token, Edge::Token),
    ("tools", 1, Edge::Token, Edge::Token),
    ("widget", 1, Edge::Token, Edge::Token),
    ("social", 1, Edge::Token, Edge::Token),
    ("sns", 1, Edge::Token, Edge::Token),
    ("nav", 1, Edge::Token, Edge::Token),
    ("menu", 1, Edge::Token, Edge::Token),
    ("breadcrumbs", 1, Edge::Token, Edge::Token),
    ("breadcrumb", 1, Edge::Token, Edge::Token),
    ("popular", 1, Edge::Token, Edge::Token),
    ("recommend", 1, Edge::Token, Edge::Token),
    ("subscribe", 1, Edge::Token, Edge::Token),
    ("newsletter", 1, Edge::Token, Edge::Token),
    ("taboola", 1, Edge::Token, Edge::Token),
    ("cookie", 1, Edge::Token, Edge::Token),
    ("modal", 1, Edge::Token, Edge::Token),
    ("popup", 1, Edge::Token, Edge::Token),
    ("rank", 1, Edge::Token, Edge::Token),
    ("ranking", 1, Edge::Token, Edge::Token),
    ("hot", 1, Edge::Token, Edge::Token),
    ("copyright", 1, Edge::Token, Edge::Token),
    ("reporter", 1, Edge::Token, Edge::Token),
    ("byline", 1, Edge::Token, Edge::Token),
    ("author", 1, Edge::Token, Edge::Token),
    ("caption", 1, Edge::Token, Edge::Token),
    ("relate", 1, Edge::Token, Edge::Token),
    ("comments", 2, Edge::Token, Edge::Token),
    ("comment", 2, Edge::Token, Edge::Token),
    ("commentlist", 2, Edge::Token, Edge::Token),
    ("disqus", 2, Edge::Token, Edge::Token),
    ("replies", 2, Edge::Token, Edge::Token),
    ("reply", 2, Edge::Token, Edge::Token),
    ("respond", 2, Edge::Token, Edge::Token),
    ("talk", 2, Edge::Token, Edge::Token),
    ("livere", 2, Edge::Token, Edge::Token),
    ("cmt", 2, Edge::Token, Edge::Token),
    ("reple", 2, Edge::Token, Edge::Token),
    ("dsq", 2, Edge::Token, Edge::Token),
    ("comment_", 2, Edge::Any, Edge::Any),
    ("comment-", 2, Edge::Any, Edge::Any),
    ("share", 3, Edge::Token, Edge::Token),
    ("sharing", 3, Edge::Token, Edge::Token),
    ("shares", 3, Edge::Token, Edge::Token),
    ("social", 3, Edge::Token, Edge::Token),
    ("sns", 3, Edge::Token, Edge::Token),
    ("print", 3, Edge::Token, Edge::Token),
    ("font-size", 3, Edge::Token, Edge::Token),
    ("font_size", 3, Edge::Token, Edge::Token),
    ("fontsize", 3, Edge::Token, Edge::Token),
    ("toolbar", 3, Edge::Token, Edge::Token),
    ("facebook", 3, Edge::Token, Edge::Token),
    ("twitter", 3, Edge::Token, Edge::Token),
    ("kakao", 3, Edge::Token, Edge::Token),
    ("sharebar", 3, Edge::Token, Edge::Token),
    ("share-tools", 3, Edge::Token, Edge::Token),
    ("share_tools", 3, Edge::Token, Edge::Token),
    ("sharetools", 3, Edge::Token, Edge::Token),
    ("bookmark", 3, Edge::Token, Edge::Token),
    ("scrap", 3, Edge::Token, Edge::Token),
    ("like-button", 3, Edge::Token, Edge::Token),
    ("like_button", 3, Edge::Token, Edge::Token),
    ("likebutton", 3, Edge::Token, Edge::Token),
    ("share_", 3, Edge::Any, Edge::Any),
    ("share-", 3, Edge::Any, Edge::Any),
    ("-share", 3, Edge::Any, Edge::Any),
    ("_share", 3, Edge::Any, Edge::Any),
    ("sns_", 3, Edge::Any, Edge::Any),
    ("sns-", 3, Edge::Any, Edge::Any),
    ("ad", 4, Edge::Token, Edge::Token),
    ("ads", 4, Edge::Token, Edge::Token),
    ("adv", 4, Edge::Token, Edge::Token),
    ("advert", 4, Edge::Token, Edge::Token),
    ("advertisement", 4, Edge::Token, Edge::Token),
    ("advertising", 4, Edge::Token, Edge::Token),
    ("banner", 4, Edge::Token, Edge::Token),
    ("sponsor", 4, Edge::Token, Edge::Token),
    ("sponsored", 4, Edge::Token, Edge::Token),
    ("dfp", 4, Edge::Token, Edge::Token),
    ("gpt", 4, Edge::Token, Edge::Token),
    ("adsense", 4, Edge::Token, Edge::Token),
    ("adslot", 4, Edge::Token, Edge::Token),
    ("ad-slot", 4, Edge::Token, Edge::Token),
    ("ad_slot", 4, Edge::Token, Edge::Token),
    ("ad-unit", 4, Edge::Token, Edge::Token),
    ("ad_unit", 4, Edge::Token, Edge::Token),
    ("adunit", 4, Edge::Token, Edge::Token),
    ("adwrap", 4, Edge::Token, Edge::Token),
    ("ad-container", 4, Edge::Token, Edge::Token),
    ("ad_container", 4, Edge::Token, Edge::Token),
    ("adcontainer", 4, Edge::Token, Edge::Token),
    ("google_ads", 4, Edge::Token, Edge::Token),
    ("commercial", 4, Edge::Token, Edge::Token),
    ("ad_", 4, Edge::Start, Edge::Any),
    ("ad-", 4, Edge::Start, Edge::Any),
    ("_ad_", 4, Edge::Any, Edge::Any),
    ("-ad-", 4, Edge::Any, Edge::Any),
    ("adsbygoogle", 4, Edge::Any, Edge::Any),
    ("ad_wrap", 4, Edge::Any, Edge::Any),
    ("ad-wrap", 4, Edge::Any, Edge::Any),
    ("tambem", 5, Edge::Token, Edge::Token),
    ("tambien", 5, Edge::Token, Edge::Token),
    ("lire-aussi", 5, Edge::Token, Edge::Token),
    ("lire_aussi", 5, Edge::Token, Edge::Token),
    ("lireaussi", 5, Edge::Token, Edge::Token),
    ("a-lire", 5, Edge::Token, Edge::Token),
    ("a_lire", 5, Edge::Token, Edge::Token),
    ("alire", 5, Edge::Token, Edge::Token),
    ("voir-aussi", 5, Edge::Token, Edge::Token),
    ("voir_aussi", 5, Edge::Token, Edge::Token),
    ("voiraussi", 5, Edge::Token, Edge::Token),
    ("mehr-zum", 5, Edge::Token, Edge::Token),
    ("mehr_zum", 5, Edge::Token, Edge::Token),
    ("mehrzum", 5, Edge::Token, Edge::Token),
    ("weiterlesen", 5, Edge::Token, Edge::Token),
    ("auch-interessant", 5, Edge::Token, Edge::Token),
    ("auch_interessant", 5, Edge::Token, Edge::Token),
    ("auchinteressant", 5, Edge::Token, Edge::Token),
    ("relacionad", 5, Edge::Token, Edge::Any),
    ("correlat", 5, Edge::Token, Edge::Any),
    ("leggi-anche", 5, Edge::Token, Edge::Token),
    ("leggi_anche", 5, Edge::Token, Edge::Token),
    ("leggianche", 5, Edge::Token, Edge::Token),
    ("related", 5, Edge::Token, Edge::Token),
    ("relate", 5, Edge::Token, Edge::Token),
    ("recommend", 5, Edge::Token, Edge::Token),
    ("recommended", 5, Edge::Token, Edge::Token),
    ("recommendations", 5, Edge::Token, Edge::Token),
    ("more-stories", 5, Edge::Token, Edge::Token),
    ("more_stories", 5, Edge::Token, Edge::Token),
    ("morestories", 5, Edge::Token, Edge::Token),
    ("read-more", 5, Edge::Token, Edge::Token),
    ("read_more", 5, Edge::Token, Edge::Token),
    ("readmore", 5, Edge::Token, Edge::Token),
    ("popular", 5, Edge::Token, Edge::Token),
    ("most-read", 5, Edge::Token, Edge::Token),
    ("most_read", 5, Edge::Token, Edge::Token),
    ("mostread", 5, Edge::Token, Edge::Token),
    ("most-viewed", 5, Edge::Token, Edge::Token),
    ("most_viewed", 5, Edge::Token, Edge::Token),
    ("mostviewed", 5, Edge::Token, Edge::Token),
    ("trending", 5, Edge::Token, Edge::Token),
    ("taboola", 5, Edge::Token, Edge::Token),
    ("outbrain", 5, Edge::Token, Edge::Token),
    ("also", 5, Edge::Token, Edge::Token),
    ("next-article", 5, Edge::Token, Edge::Token),
    ("next_article", 5, Edge::Token, Edge::Token),
    ("nextarticle", 5, Edge::Token, Edge::Token),
    ("prev-article", 5, Edge::Token, Edge::Token),
    ("prev_article", 5, Edge::Token, Edge::Token),
    ("prevarticle", 5, Edge::Token, Edge::Token),
    ("best", 5, Edge::Token, Edge::Token),
    ("hot-news", 5, Edge::Token, Edge::Token),
    ("hot_news", 5, Edge::Token, Edge::Token),
    ("hotnews", 5, Edge::Token, Edge::Token),
    ("ranking", 5, Edge::Token, Edge::Token),
    ("rank", 5, Edge::Token, Edge::Token),
    ("latest", 5, Edge::Token, Edge::Token),
    ("more-news", 5, Edge::Token, Edge::Token),
    ("more_news", 5, Edge::Token, Edge::Token),
    ("morenews", 5, Edge::Token, Edge::Token),
    ("other-news", 5, Edge::Token, Edge::Token),
    ("other_news", 5, Edge::Token, Edge::Token),
    ("othernews", 5, Edge::Token, Edge::Token),
    ("news-list", 5, Edge::Token, Edge::Token),
    ("news_list", 5, Edge::Token, Edge::Token),
    ("newslist", 5, Edge::Token, Edge::Token),
    ("article-list", 5, Edge::Token, Edge::Token),
    ("article_list", 5, Edge::Token, Edge::Token),
    ("articlelist", 5, Edge::Token, Edge::Token),
    ("list-news", 5, Edge::Token, Edge::Token),
    ("list_news", 5, Edge::Token, Edge::Token),
    ("listnews", 5, Edge::Token, Edge::Token),
    ("teaser", 5, Edge::Token, Edge::Token),
    ("teasers", 5, Edge::Token, Edge::Token),
    ("related", 5, Edge::Any, Edge::Any),
    ("relation", 5, Edge::Any, Edge::Any),
    ("recommend", 5, Edge::Any, Edge::Any),
    ("관련", 5, Edge::Any, Edge::Any),
    ("popular", 5, Edge::Any, Edge::Any),
    ("ranking", 5, Edge::Any, Edge::Any),
    ("caption", 6, Edge::Token, Edge::Token),
    ("figcaption", 6, Edge::Token, Edge::Token),
    ("wp-caption-text", 6, Edge::Token, Edge::Token),
    ("photo-desc", 6, Edge::Token, Edge::Token),
    ("photo_desc", 6, Edge::Token, Edge::Token),
    ("photodesc", 6, Edge::Token, Edge::Token),
    ("img-desc", 6, Edge::Token, Edge::Token),
    ("img_desc", 6, Edge::Token, Edge::Token),
    ("imgdesc", 6, Edge::Token, Edge::Token),
    ("image-desc", 6, Edge::Token, Edge::Token),
    ("image_desc", 6, Edge::Token, Edge::Token),
    ("imagedesc", 6, Edge::Token, Edge::Token),
    ("photo-caption", 6, Edge::Token, Edge::Token),
    ("photo_caption", 6, Edge::Token, Edge::Token),
    ("photocaption", 6, Edge::Token, Edge::Token),
    ("img-caption", 6, Edge::Token, Edge::Token),
    ("img_caption", 6, Edge::Token, Edge::Token),
    ("imgcaption", 6, Edge::Token, Edge::Token),
    ("credit", 6, Edge::Token, Edge::Token),
    ("credits", 6, Edge::Token, Edge::Token),
    ("photo-credit", 6, Edge::Token, Edge::Token),
    ("photo_credit", 6, Edge::Token, Edge::Token),
    ("photocredit", 6, Edge::Token, Edge::Token),
    ("image-credit", 6, Edge::Token, Edge::Token),
    ("image_credit", 6, Edge::Token, Edge::Token),
    ("imagecredit", 6, Edge::Token, Edge::Token),
    ("cutline", 6, Edge::Token, Edge::Token),
    ("cap", 6, Edge::Token, Edge::Token),
    ("img-cap", 6, Edge::Token, Edge::Token),
    ("img_cap", 6, Edge::Token, Edge::Token),
    ("imgcap", 6, Edge::Token, Edge::Token),
    ("photo-cap", 6, Edge::Token, Edge::Token),
    ("photo_cap", 6, Edge::Token, Edge::Token),
    ("photocap", 6, Edge::Token, Edge::Token),
    ("pic-cap", 6, Edge::Token, Edge::Token),
    ("pic_cap", 6, Edge::Token, Edge::Token),
    ("piccap", 6, Edge::Token, Edge::Token),
    ("img-txt", 6, Edge::Token, Edge::Token),
    ("img_txt", 6, Edge::Token, Edge::Token),
    ("imgtxt", 6, Edge::Token, Edge::Token),
    ("photo-txt", 6, Edge::Token, Edge::Token),
    ("photo_txt", 6, Edge::Token, Edge::Token),
    ("phototxt", 6, Edge::Token, Edge::Token),
    ("caption", 6, Edge::Any, Edge::Any),
    ("byline", 7, Edge::Token, Edge::Token),
    ("by-line", 7, Edge::Token, Edge::Token),
    ("by_line", 7, Edge::Token, Edge::Token),
    ("author", 7, Edge::Token, Edge::Token),
    ("authors", 7, Edge::Token, Edge::Token),
    ("writer", 7, Edge::Token, Edge::Token),
    ("reporter", 7, Edge::Token, Edge::Token),
    ("journalist", 7, Edge::Token, Edge::Token),
    ("contributor", 7, Edge::Token, Edge::Token),
    ("article-author", 7, Edge::Token, Edge::Token),
    ("article_author", 7, Edge::Token, Edge::Token),
    ("articleauthor", 7, Edge::Token, Edge::Token),
    ("post-author", 7, Edge::Token, Edge::Token),
    ("post_author", 7, Edge::Token, Edge::Token),
    ("postauthor", 7, Edge::Token, Edge::Token),
    ("byline-name", 7, Edge::Token, Edge::Token),
    ("byline_name", 7, Edge::Token, Edge::Token),
    ("bylinename", 7, Edge::Token, Edge::Token),
    ("signature", 7, Edge::Token, Edge::Token),
    ("autor", 7, Edge::Token, Edge::Token),
    ("auteur", 7, Edge::Token, Edge::Token),
    ("autore", 7, Edge::Token, Edge::Token),
    ("writer-name", 7, Edge::Token, Edge::Token),
    ("writer_name", 7, Edge::Token, Edge::Token),
    ("writername", 7, Edge::Token, Edge::Token),
    ("editors", 7, Edge::Token, Edge::Token),
    ("editor", 7, Edge::Token, Edge::Token),
    ("profile", 7, Edge::Token, Edge::Token),
    ("bio", 7, Edge::Token, Edge::Token),
    ("author-info", 7, Edge::Token, Edge::Token),
    ("author_info", 7, Edge::Token, Edge::Token),
    ("authorinfo", 7, Edge::Token, Edge::Token),
    ("journalist-info", 7, Edge::Token, Edge::Token),
    ("journalist_info", 7, Edge::Token, Edge::Token),
    ("journalistinfo", 7, Edge::Token, Edge::Token),
    ("byline", 7, Edge::Any, Edge::Any),
    ("reporter", 7, Edge::Any, Edge::Any),
    ("date", 8, Edge::Token, Edge::Token),
    ("dates", 8, Edge::Token, Edge::Token),
    ("time", 8, Edge::Token, Edge::Token),
    ("timestamp", 8, Edge::Token, Edge::Token),
    ("published", 8, Edge::Token, Edge::Token),
    ("updated", 8, Edge::Token, Edge::Token),
    ("dateline", 8, Edge::Token, Edge::Token),
    ("pubdate", 8, Edge::Token, Edge::Token),
    ("post-date", 8, Edge::Token, Edge::Token),
    ("post_date", 8, Edge::Token, Edge::Token),
    ("postdate", 8, Edge::Token, Edge::Token),
    ("article-date", 8, Edge::Token, Edge::Token),
    ("article_date", 8, Edge::Token, Edge::Token),
    ("articledate", 8, Edge::Token, Edge::Token),
    ("datetime", 8, Edge::Token, Edge::Token),
    ("entry-date", 8, Edge::Token, Edge::Token),
    ("entry_date", 8, Edge::Token, Edge::Token),
    ("entrydate", 8, Edge::Token, Edge::Token),
    ("maj", 8, Edge::Token, Edge::Token),
    ("heure", 8, Edge::Token, Edge::Token),
    ("hora", 8, Edge::Token, Edge::Token),
    ("ora", 8, Edge::Token, Edge::Token),
    ("datum", 8, Edge::Token, Edge::Token),
    ("fecha", 8, Edge::Token, Edge::Token),
    ("zeit", 8, Edge::Token, Edge::Token),
    ("update", 8, Edge::Token, Edge::Token),
    ("modified", 8, Edge::Token, Edge::Token),
    ("lastmod", 8, Edge::Token, Edge::Token),
    ("copyright", 9, Edge::Any, Edge::Any),
    ("disclaimer", 9, Edge::Token, Edge::Token),
    ("notice", 9, Edge::Token, Edge::Token),
    ("rights", 9, Edge::Token, Edge::Token),
    ("license", 9, Edge::Token, Edge::Token),
    ("newsletter", 10, Edge::Token, Edge::Token),
    ("subscribe", 10, Edge::Token, Edge::Token),
    ("subscription", 10, Edge::Token, Edge::Token),
    ("signup", 10, Edge::Token, Edge::Token),
    ("sign-up", 10, Edge::Token, Edge::Token),
    ("sign_up", 10, Edge::Token, Edge::Token),
    ("paywall", 10, Edge::Token, Edge::Token),
    ("app-download", 10, Edge::Token, Edge::Token),
    ("app_download", 10, Edge::Token, Edge::Token),
    ("appdownload", 10, Edge::Token, Edge::Token),
    ("promo", 10, Edge::Token, Edge::Token),
    ("promotion", 10, Edge::Token, Edge::Token),
    ("membership", 10, Edge::Token, Edge::Token),
    ("donate", 10, Edge::Token, Edge::Token),
    ("cta", 10, Edge::Token, Edge::Token),
    ("newsletter", 10, Edge::Any, Edge::Any),
    ("subscri", 10, Edge::Any, Edge::Any),
    ("tags", 11, Edge::Token, Edge::Token),
    ("tag-list", 11, Edge::Token, Edge::Token),
    ("tag_list", 11, Edge::Token, Edge::Token),
    ("taglist", 11, Edge::Token, Edge::Token),
    ("keywords", 11, Edge::Token, Edge::Token),
    ("keyword", 11, Edge::Token, Edge::Token),
    ("categories", 11, Edge::Token, Edge::Token),
    ("topics", 11, Edge::Token, Edge::Token),
    ("tag-cloud", 11, Edge::Token, Edge::Token),
    ("tag_cloud", 11, Edge::Token, Edge::Token),
    ("tagcloud", 11, Edge::Token, Edge::Token),
    ("hashtag", 11, Edge::Token, Edge::Token),
    ("hashtags", 11, Edge::Token, Edge::Token),
    ("post-tags", 11, Edge::Token, Edge::Token),
    ("post_tags", 11, Edge::Token, Edge::Token),
    ("posttags", 11, Edge::Token, Edge::Token),
    ("entry-tags", 11, Edge::Token, Edge::Token),
    ("entry_tags", 11, Edge::Token, Edge::Token),
    ("entrytags", 11, Edge::Token, Edge::Token),
    ("article-tags", 11, Edge::Token, Edge::Token),
    ("article_tags", 11, Edge::Token, Edge::Token),
    ("articletags", 11, Edge::Token, Edge::Token),
    ("sidebar", 12, Edge::Token, Edge::Token),
    ("side-bar", 12, Edge::Token, Edge::Token),
    ("side_bar", 12, Edge::Token, Edge::Token),
    ("aside", 12, Edge::Token, Edge::Token),
    ("rail", 12, Edge::Token, Edge::Token),
    ("right-col", 12, Edge::Token, Edge::Token),
    ("right_col", 12, Edge::Token, Edge::Token),
    ("rightcol", 12, Edge::Token, Edge::Token),
    ("left-col", 12, Edge::Token, Edge::Token),
    ("left_col", 12, Edge::Token, Edge::Token),
    ("leftcol", 12, Edge::Token, Edge::Token),
    ("col-right", 12, Edge::Token, Edge::Token),
    ("col_right", 12, Edge::Token, Edge::Token),
    ("colright", 12, Edge::Token, Edge::Token),
    ("sidecol", 12, Edge::Token, Edge::Token),
    ("side", 12, Edge::Token, Edge::Token),
    ("widget", 12, Edge::Token, Edge::Token),
    ("widgets", 12, Edge::Token, Edge::Token),
    ("complementary", 12, Edge::Token, Edge::Token),
    ("sidebar", 12, Edge::Any, Edge::Any),
    ("nav", 13, Edge::Token, Edge::Token),
    ("navbar", 13, Edge::Token, Edge::Token),
    ("navigation", 13, Edge::Token, Edge::Token),
    ("menu", 13, Edge::Token, Edge::Token),
    ("menus", 13, Edge::Token, Edge::Token),
    ("breadcrumb", 13, Edge::Token, Edge::Token),
    ("breadcrumbs", 13, Edge::Token, Edge::Token),
    ("pagination", 13, Edge::Token, Edge::Token),
    ("pager", 13, Edge::Token, Edge::Token),
    ("gnb", 13, Edge::Token, Edge::Token),
    ("lnb", 13, Edge::Token, Edge::Token),
    ("snb", 13, Edge::Token, Edge::Token),
    ("skip", 13, Edge::Token, Edge::Token),
    ("skiplink", 13, Edge::Token, Edge::Token),
    ("masthead", 13, Edge::Token, Edge::Token),
    ("site-header", 13, Edge::Token, Edge::Token),
    ("site_header", 13, Edge::Token, Edge::Token),
    ("siteheader", 13, Edge::Token, Edge::Token),
    ("top-bar", 13, Edge::Token, Edge::Token),
    ("top_bar", 13, Edge::Token, Edge::Token),
    ("topbar", 13, Edge::Token, Edge::Token),
    ("site-footer", 13, Edge::Token, Edge::Token),
    ("site_footer", 13, Edge::Token, Edge::Token),
    ("sitefooter", 13, Edge::Token, Edge::Token),
    ("breadcrumb", 13, Edge::Any, Edge::Any),
    ("navigation", 13, Edge::Any, Edge::Any),
    ("hidden", 14, Edge::Space, Edge::Space),
    ("sr-only", 14, Edge::Space, Edge::Space),
    ("visually-hidden", 14, Edge::Space, Edge::Space),
    ("screen-reader-text", 14, Edge::Space, Edge::Space),
    ("screenreader", 14, Edge::Space, Edge::Space),
    ("offscreen", 14, Edge::Space, Edge::Space),
    ("off-screen", 14, Edge::Space, Edge::Space),
    ("blind", 14, Edge::Space, Edge::Space),
    ("d-none", 14, Edge::Space, Edge::Space),
    ("a11y", 14, Edge::Space, Edge::Space),
    ("skip", 14, Edge::Space, Edge::Space),
    ("articlebody", 15, Edge::Any, Edge::Any),
    ("article-body", 15, Edge::Any, Edge::Any),
    ("article_body", 15, Edge::Any, Edge::Any),
    ("article-content", 15, Edge::Any, Edge::Any),
    ("article_content", 15, Edge::Any, Edge::Any),
    ("articlecontent", 15, Edge::Any, Edge::Any),
    ("article-text", 15, Edge::Any, Edge::Any),
    ("article_text", 15, Edge::Any, Edge::Any),
    ("articletext", 15, Edge::Any, Edge::Any),
    ("story-body", 15, Edge::Any, Edge::Any),
    ("story_body", 15, Edge::Any, Edge::Any),
    ("storybody", 15, Edge::Any, Edge::Any),
    ("entry-content", 15, Edge::Any, Edge::Any),
    ("entry_content", 15, Edge::Any, Edge::Any),
    ("entrycontent", 15, Edge::Any, Edge::Any),
    ("post-content", 15, Edge::Any, Edge::Any),
    ("post_content", 15, Edge::Any, Edge::Any),
    ("postcontent", 15, Edge::Any, Edge::Any),
    ("post-body", 15, Edge::Any, Edge::Any),
    ("post_body", 15, Edge::Any, Edge::Any),
    ("postbody", 15, Edge::Any, Edge::Any),
    ("news-body", 15, Edge::Any, Edge::Any),
    ("news_body", 15, Edge::Any, Edge::Any),
    ("newsbody", 15, Edge::Any, Edge::Any),
    ("news_text", 15, Edge::Any, Edge::Any),
    ("newstext", 15, Edge::Any, Edge::Any),
    ("article_view", 15, Edge::Any, Edge::Any),
    ("articleview", 15, Edge::Any, Edge::Any),
    ("view_con", 15, Edge::Any, Edge::Any),
    ("viewcon", 15, Edge::Any, Edge::Any),
    ("news_view", 15, Edge::Any, Edge::Any),
    ("newsview", 15, Edge::Any, Edge::Any),
    ("cont_text", 15, Edge::Any, Edge::Any),
    ("conttext", 15, Edge::Any, Edge::Any),
    ("article_txt", 15, Edge::Any, Edge::Any),
    ("articletxt", 15, Edge::Any, Edge::Any),
    ("art_txt", 15, Edge::Any, Edge::Any),
    ("arttxt", 15, Edge::Any, Edge::Any),
    ("body-text", 15, Edge::Any, Edge::Any),
    ("body_text", 15, Edge::Any, Edge::Any),
    ("bodytext", 15, Edge::Any, Edge::Any),
    ("main-text", 15, Edge::Any, Edge::Any),
    ("main_text", 15, Edge::Any, Edge::Any),
    ("maintext", 15, Edge::Any, Edge::Any),
    ("content-body", 15, Edge::Any, Edge::Any),
    ("content_body", 15, Edge::Any, Edge::Any),
    ("contentbody", 15, Edge::Any, Edge::Any),
    ("story-content", 15, Edge::Any, Edge::Any),
    ("story_content", 15, Edge::Any, Edge::Any),
    ("storycontent", 15, Edge::Any, Edge::Any),
    ("post-text", 15, Edge::Any, Edge::Any),
    ("post_text", 15, Edge::Any, Edge::Any),
    ("posttext", 15, Edge::Any, Edge::Any),
    ("article__body", 15, Edge::Any, Edge::Any),
    ("article__content", 15, Edge::Any, Edge::Any),
    ("rich-text", 15, Edge::Any, Edge::Any),
    ("rich_text", 15, Edge::Any, Edge::Any),
    ("richtext", 15, Edge::Any, Edge::Any),
    ("text-body", 15, Edge::Any, Edge::Any),
    ("text_body", 15, Edge::Any, Edge::Any),
    ("textbody", 15, Edge::Any, Edge::Any),
    ("article-main", 15, Edge::Any, Edge::Any),
    ("article_main", 15, Edge::Any, Edge::Any),
    ("articlemain", 15, Edge::Any, Edge::Any),
    ("entry-body", 15, Edge::Any, Edge::Any),
    ("entry_body", 15, Edge::Any, Edge::Any),
    ("entrybody", 15, Edge::Any, Edge::Any),
    ("본문", 15, Edge::Any, Edge::Any),
    ("footer", 16, Edge::Token, Edge::Token),
    ("site-footer", 16, Edge::Token, Edge::Token),
    ("site_footer", 16, Edge::Token, Edge::Token),
    ("sitefooter", 16, Edge::Token, Edge::Token),
    ("site-info", 16, Edge::Token, Edge::Token),
    ("site_info", 16, Edge::Token, Edge::Token),
    ("siteinfo", 16, Edge::Token, Edge::Token),
    ("colophon", 16, Edge::Token, Edge::Token),
    ("label", 17, Edge::Token, Edge::Token),
    ("badge", 17, Edge::Token, Edge::Token),
    ("kicker", 17, Edge::Token, Edge::Token),
    ("eyebrow", 17, Edge::Token, Edge::Token),
    ("cate", 17, Edge::Token, Edge::Token),
    ("category", 17, Edge::Token, Edge::Token),
    ("categories", 17, Edge::Token, Edge::Token),
    ("rubric", 17, Edge::Token, Edge::Token),
    ("views", 17, Edge::Token, Edge::Token),
    ("view-count", 17, Edge::Token, Edge::Token),
    ("view_count", 17, Edge::Token, Edge::Token),
    ("viewcount", 17, Edge::Token, Edge::Token),
    ("hits", 17, Edge::Token, Edge::Token),
    ("read-count", 17, Edge::Token, Edge::Token),
    ("read_count", 17, Edge::Token, Edge::Token),
    ("readcount", 17, Edge::Token, Edge::Token),
    ("wordcount", 17, Edge::Token, Edge::Token),
    ("word-count", 17, Edge::Token, Edge::Token),
    ("word_count", 17, Edge::Token, Edge::Token),
    ("reading-time", 17, Edge::Token, Edge::Token),
    ("reading_time", 17, Edge::Token, Edge::Token),
    ("readingtime", 17, Edge::Token, Edge::Token),
    ("read-time", 17, Edge::Token, Edge::Token),
    ("read_time", 17, Edge::Token, Edge::Token),
    ("readtime", 17, Edge::Token, Edge::Token),
    ("counter", 17, Edge::Token, Edge::Token),
    ("flag", 17, Edge::Token, Edge::Token),
    ("wordcount", 17, Edge::Any, Edge::Any),
];

/// The words of each pattern with their edges, as [`HINT_WORDS`] holds them: each branch of
/// the pattern's top alternation is an optional edge, a finite set of words (a word ending in
/// `[a-z]*` before a token edge needs no edge after it: the letters run on to one), and an
/// optional edge. `None` for a pattern not of that form.
#[cfg(test)]
fn hint_words_from_patterns() -> Option<Vec<(String, u8, Edge, Edge)>> {
    use regex_syntax::hir::{literal::Extractor, Class, Hir, HirKind, Look};
    fn edge(hir: &Hir) -> Option<Edge> {
        match hir.kind() {
            HirKind::Look(Look::Start) => Some(Edge::Start),
            HirKind::Alternation(alts) if alts.len() == 2 => {
                let (class, look) = match (alts[0].kind(), alts[1].kind()) {
                    (HirKind::Look(l), c) | (c, HirKind::Look(l)) => (c, *l),
                    _ => return None,
                };
                if !matches!(look, Look::Start | Look::End) {
                    return None;
                }
                match class {
                    HirKind::Class(Class::Bytes(c)) => {
                        let not_az: Vec<(u8, u8)> =
                            c.iter().map(|r| (r.start(), r.end())).collect();
                        (not_az == [(0, b'a' - 1), (b'z' + 1, 255)]).then_some(Edge::Token)
                    }
                    HirKind::Class(Class::Unicode(c)) => {
                        let space = regex_syntax::parse(r"\s").ok()?;
                        let HirKind::Class(Class::Unicode(s)) = space.kind() else {
                            return None;
                        };
                        (c == s).then_some(Edge::Space)
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }
    let mut out = Vec::new();
    for (bit, pattern) in HINT_PATTERNS.iter().enumerate() {
        let hir = hint_hir(pattern)?;
        let branches = match hir.kind() {
            HirKind::Alternation(b) => b.clone(),
            _ => vec![hir.clone()],
        };
        for branch in branches {
            let mut parts = match branch.kind() {
                HirKind::Concat(p) => p.clone(),
                _ => vec![branch.clone()],
            };
            let before = match parts.first().and_then(edge) {
                Some(e) => {
                    parts.remove(0);
                    e
                }
                None => Edge::Any,
            };
            let after = match parts.last().and_then(edge) {
                Some(Edge::Start) => return None,
                Some(e) => {
                    parts.pop();
                    e
                }
                None => Edge::Any,
            };
            let body = Hir::concat(parts);
            let mut extractor = Extractor::new();
            extractor.limit_total(100_000);
            let seq = extractor.extract(&body);
            for lit in seq.literals()? {
                let word = String::from_utf8(lit.as_bytes().to_vec()).ok()?;
                let after = if lit.is_exact() {
                    after
                } else if after == Edge::Token && pattern.contains(&format!("{word}[a-z]*")) {
                    Edge::Any
                } else {
                    return None;
                };
                let entry = (word, u8::try_from(bit).ok()?, before, after);
                if !out.contains(&entry) {
                    out.push(entry);
                }
            }
        }
    }
    Some(out)
}

/// The [`hint`] bits of a lowercased `class id role itemprop` string.
fn hint_bits(set: &Hints, class: &str) -> u32 {
    let class = without_wrapper_tokens(class);
    set.bits(class.as_ref())
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

/// Whether a `style` attribute hides its element: `display:none` or `visibility:hidden` in it
/// once whitespace is taken out and ASCII letters are lowercased. Reads the value once, without
/// building that compacted copy (every styled element used to allocate two strings for it).
fn hides(style: &str) -> bool {
    const HIDING: [&[u8]; 2] = [b"display:none", b"visibility:hidden"];
    // The last 17 characters kept (the longer pattern's length), a non-ASCII one as 0xFF:
    // no pattern holds it, as no match in the compacted string spans such a character.
    let mut window = [0u8; 17];
    for c in style.chars().filter(|c| !c.is_whitespace()) {
        window.copy_within(1.., 0);
        if let Some(last) = window.last_mut() {
            *last = u8::try_from(c.to_ascii_lowercase())
                .ok()
                .filter(u8::is_ascii)
                .unwrap_or(0xFF);
        }
        if HIDING.iter().any(|p| window.ends_with(p)) {
            return true;
        }
    }
    false
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
                                        let is = |word: &str| name.eq_ignore_ascii_case(word);
                                        if is("articlebody") {
                                            node_flags |= flag::ITEMPROP_BODY;
                                        } else if is("author") || is("creator") {
                                            prop = Some(PropName::Author);
                                        } else if is("datepublished") {
                                            prop = Some(PropName::Published);
                                        } else if is("datemodified") {
                                            prop = Some(PropName::Modified);
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
                            "style" if hides(value) => hidden = true,
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
    fn hides_as_the_compacted_lowercase_copy_says() {
        fn reference(style: &str) -> bool {
            let compact: String = style
                .to_ascii_lowercase()
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            compact.contains("display:none") || compact.contains("visibility:hidden")
        }
        for style in [
            "",
            "display:none",
            "color: red; DISPLAY : None ;",
            "display:\u{a0}none",
            "display:\u{3000}n o n e",
            "display:nonE",
            "display:n\u{e9}one",
            "display:block",
            "displaynone",
            "visibility:hidden",
            "Visibility:\tHidden!important",
            "visibility:hiddeN",
            "visibility:hidde",
            "x-visibility:hidden",
            "display:nonvisibility:hidden",
            "displ\u{2028}ay:none",
            "\u{17f}display:none",
            "display:\u{212a}none",
        ] {
            assert_eq!(hides(style), reference(style), "{style:?}");
        }
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

    /// The word matcher gives every regex's bits: on the class strings of every corpus page,
    /// every word of the patterns set between token edges, and words beside non-ASCII
    /// characters and spaces.
    #[test]
    fn hint_words_match_as_the_regexes() {
        let set = hint_set();
        assert!(set.words.is_some());
        let all = |class: &str| {
            (0..HINT_PATTERNS.len())
                .filter(|&i| set.regex(i).is_some_and(|re| re.is_match(class.as_bytes())))
                .fold(0u32, |acc, i| acc | (1 << i))
        };
        let mut strings = hint_test_strings();
        strings.extend(hint_edge_strings());
        for (word, ..) in HINT_WORDS {
            for edge in ["", " ", "x", "X", "-", "\u{a0}", "é", "\u{3000}"] {
                strings.push(format!("{edge}{word}{edge}"));
                strings.push(format!("{word}{edge}z"));
                strings.push(format!("q{edge}{word}"));
            }
        }
        let mut matched = 0;
        for s in &strings {
            // Wrapper tokens are dropped before either path reads the string.
            let s = without_wrapper_tokens(s);
            let bits = all(&s);
            matched += usize::from(bits != 0);
            assert_eq!(hint_bits(set, &s), bits, "{s:?}");
        }
        assert!(matched > 200, "{matched} strings with hints");
        // Each edge, checked on its own.
        assert!(Edge::Token.holds_before("x-nav", 2) && !Edge::Token.holds_before("xnav", 1));
        assert!(Edge::Token.holds_after("nav", 3) && !Edge::Token.holds_after("navx", 3));
        assert!(Edge::Space.holds_before("a\u{a0}b", 3) && !Edge::Space.holds_before("a-b", 2));
        assert!(Edge::Space.holds_after("b", 1) && !Edge::Space.holds_after("b-", 1));
        assert!(Edge::Start.holds_before("ad_x", 0) && !Edge::Start.holds_before("xad_", 1));
    }

    /// Pattern words beside non-ASCII characters and spaces.
    fn hint_edge_strings() -> Vec<String> {
        let mut strings = Vec::new();
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
        strings
    }

    /// The hint regexes compiled over bytes without Unicode match where the same patterns
    /// compiled with Unicode over characters match, non-ASCII neighbours and spaces included.
    #[test]
    fn hint_bytes_regexes_match_as_unicode_ones() {
        let mut strings = hint_test_strings();
        strings.extend(hint_edge_strings());
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
        }
    }

    /// The word table is the one the patterns give; on a difference, the table to paste.
    #[test]
    fn hint_words_are_the_patterns() {
        let computed = hint_words_from_patterns().expect("every pattern is words and edges");
        let table: Vec<(String, u8, Edge, Edge)> = HINT_WORDS
            .iter()
            .map(|&(w, b, before, after)| (w.to_string(), b, before, after))
            .collect();
        if table != computed {
            let mut text = String::new();
            for (word, bit, before, after) in &computed {
                text.push_str(&format!(
                    "    ({word:?}, {bit}, Edge::{before:?}, Edge::{after:?}),\n"
                ));
            }
            panic!("HINT_WORDS differs from the patterns; it should read:\n{text}");
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
        assert!(hint_set().words.is_some());
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
