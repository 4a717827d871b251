//! The one place a block's label is decided: every signal the walk and the edge passes found
//! is gathered in an [`Evidence`], and [`decide`] weighs it against the block's own evidence.
//!
//! The principle (docs/ARCHITECTURE.md, "How a block is decided"): a single signal removes a
//! block only when the block's own evidence is weak. A sentence-rich block inside the
//! article's region stays unless two independent signals agree; a line that reads as a
//! sentence is not removed by a text rule alone. A wrong removal (a story's paragraph lost)
//! costs far more than a kept teaser line.

use super::lexicon::Rule;
use super::rules::{Decision, Source};
use crate::article::RemovalKind;
use crate::index::hint;
use crate::options::Favor;

/// Every signal about one block.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Evidence {
    /// The block is the page's headline.
    pub title: bool,
    /// The innermost decision of an enclosing element by its tag or name, else one by link
    /// density.
    pub element: Option<Decision>,
    /// The block lies outside the article's region.
    pub outside: bool,
    /// The block is the lead (standfirst) between the headline and the region.
    pub lead: bool,
    /// The block itself is mostly links.
    pub linked: Option<(RemovalKind, &'static str)>,
    /// A text rule that matches the whole block.
    pub line: Option<&'static Rule>,
    /// The rule's match opens the block (the line starts with the convention's words).
    pub line_opens: bool,
    /// A decision of a later step from the block's place among the others (the appended
    /// teaser run, the text after the story's end, a caption before its credit, a page with
    /// no article, a glued piece split off): final.
    pub placed: Option<(RemovalKind, &'static str)>,
    /// The block's own evidence: a paragraph of running text (long enough, few links, ends a
    /// sentence).
    pub prose: bool,
    /// The block reads as a sentence (several words, ends like one, no notice symbols).
    pub sentence: bool,
    /// The block has at most 80 characters besides spaces.
    pub short: bool,
    /// The block shares the vocabulary of the story told outside its named box (or the box
    /// holds the story): with a wide box's name as the only signal, it stays.
    pub on_topic: bool,
    /// An image stands right before the block (or at its start), with no other block
    /// between: what a figure laid out without `<figcaption>` puts before its caption.
    pub after_image: bool,
    /// The caller's preset ([`Favor`]).
    pub favor: Favor,
}

impl Evidence {
    /// The signals present, by name, for `--explain`: what the page's structure said
    /// (`title`, `element:<rule>` with `/wide` and `/evidence` when the name is only
    /// evidence, `outside`, `lead`, `links:<rule>`), what the text said (`line:<rule>`,
    /// `prose`, `sentence`, `on-topic`) and a decision from the block's place
    /// (`placed:<rule>`).
    pub(crate) fn signals(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.title {
            out.push("title".to_string());
        }
        if let Some(d) = self.element {
            let mut s = format!("element:{}", d.rule);
            if d.wide {
                s.push_str("/wide");
            }
            if d.is_evidence_only() {
                s.push_str("/evidence");
            }
            out.push(s);
        }
        if self.outside {
            out.push("outside".to_string());
        }
        if self.lead {
            out.push("lead".to_string());
        }
        if let Some((_, rule)) = self.linked {
            out.push(format!("links:{rule}"));
        }
        if let Some(rule) = self.line {
            out.push(format!("line:{}", rule.id));
        }
        for (on, name) in [
            (self.prose, "prose"),
            (self.sentence, "sentence"),
            (self.on_topic, "on-topic"),
            (self.after_image, "after-image"),
        ] {
            if on {
                out.push(name.to_string());
            }
        }
        if let Some((_, rule)) = self.placed {
            out.push(format!("placed:{rule}"));
        }
        out
    }
}

/// The label [`decide`] gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Label {
    /// Part of the article body.
    Body,
    /// Left out, with its kind and rule.
    Removed(RemovalKind, &'static str),
}

/// The block's label from its evidence. The table (docs/ARCHITECTURE.md):
///
/// | evidence | label |
/// |---|---|
/// | placed by a later step | that removal |
/// | the headline | `title.heading` |
/// | no structural signal, a text rule, the block reads as a sentence | body, unless the rule's convention is itself a sentence (a reprint notice, an imperative subscription call) and its match opens the line |
/// | no structural signal, a text rule | the rule's removal |
/// | a wide box's name or layout tag only, a sentence-rich block inside the region (or the lead) that shares the story's vocabulary | body |
/// | a structural signal and a text rule naming its kind more exactly | the rule's removal |
/// | a structural signal | its removal |
/// | nothing | body |
pub(crate) fn decide(ev: &Evidence) -> Label {
    if let Some((kind, rule)) = ev.placed {
        return Label::Removed(kind, rule);
    }
    if ev.title {
        return Label::Removed(RemovalKind::Title, "title.heading");
    }
    let structural = structural(ev);
    let strict = ev.favor == Favor::Precision;
    let Some(s) = structural else {
        return match ev.line {
            Some(rule) if strict || !ev.sentence || ev.line_opens && rule.sentence => {
                Label::Removed(rule.kind, rule.id)
            }
            _ => Label::Body,
        };
    };
    if let Some(rule) = ev.line.filter(|rule| refines(&s, rule, ev)) {
        return Label::Removed(rule.kind, rule.id);
    }
    // One signal from a wide box's name or layout tag does not remove a paragraph that
    // continues the story.
    let only_evidence = match (s, ev.favor) {
        (_, Favor::Precision) => false,
        (Signal::Element(d), Favor::Recall) => d.is_evidence_only_for_recall(),
        (Signal::Element(d), _) => d.is_evidence_only() && ev.on_topic,
        _ => false,
    };
    if only_evidence && ev.prose && (!ev.outside || ev.lead) && ev.line.is_none() {
        return Label::Body;
    }
    Label::Removed(s.kind(), s.rule())
}

/// The structural signal that labels a block: an element's decision, the block's place
/// outside the region (unless it is the lead), its own links.
#[derive(Debug, Clone, Copy)]
enum Signal {
    Element(Decision),
    Outside,
    Linked(RemovalKind, &'static str),
}

impl Signal {
    fn kind(&self) -> RemovalKind {
        match self {
            Signal::Element(d) => d.kind,
            Signal::Outside => RemovalKind::Boilerplate,
            Signal::Linked(kind, _) => *kind,
        }
    }

    fn rule(&self) -> &'static str {
        match self {
            Signal::Element(d) => d.rule,
            Signal::Outside => "outside.container",
            Signal::Linked(_, rule) => rule,
        }
    }
}

fn structural(ev: &Evidence) -> Option<Signal> {
    if let Some(d) = ev.element.filter(|d| !d.misnamed()) {
        return Some(Signal::Element(d));
    }
    if ev.outside && !ev.lead {
        return Some(Signal::Outside);
    }
    ev.linked.map(|(kind, rule)| Signal::Linked(kind, rule))
}

/// Whether a text rule names a removed block's kind more exactly than its structural signal:
/// a credit, a timestamp or a copyright line inside a page's header or footer or outside the
/// article; a short block named only by its class; a subscription pitch in a box removed for
/// its tag or name; a share button named only a "label".
fn refines(s: &Signal, rule: &Rule, ev: &Evidence) -> bool {
    let by_name_or_tag = matches!(s, Signal::Element(d) if !matches!(d.by, Source::Links));
    let short_by_class =
        matches!(s, Signal::Element(d) if matches!(d.by, Source::Hint(_))) && ev.short;
    let boxed = match s {
        Signal::Element(d) if d.by == Source::Hint(hint::LABEL) => Some(RemovalKind::Share),
        _ if by_name_or_tag && matches!(s.kind(), RemovalKind::Sidebar | RemovalKind::Teaser) => {
            Some(RemovalKind::Promo)
        }
        _ => None,
    };
    let generic =
        short_by_class || matches!(s.kind(), RemovalKind::Boilerplate | RemovalKind::Navigation);
    let vaguer = match rule.kind {
        RemovalKind::Navigation => true,
        RemovalKind::Teaser | RemovalKind::Widget => short_by_class,
        _ => false,
    };
    boxed == Some(rule.kind) || (generic && !vaguer && rule.kind != s.kind())
}

/// Whether a block's text reads as a sentence: six or more words (or fifteen CJK
/// characters), ending like a sentence, with no e-mail, link or ⓒ and no list, caption or
/// notice marker (▲, ■, ©...) in front. A text rule alone never removes such a line.
pub(crate) fn reads_as_sentence(text: &str) -> bool {
    let stats = crate::script::measure(text.trim());
    reads_as_sentence_measured(text, stats.words, stats.cjk)
}

/// Marks that open a list item, a caption or a notice rather than a sentence.
const MARKERS: &[char] = &[
    '▲', '△', '▶', '►', '▷', '☞', '■', '□', '◆', '◇', '●', '○', '※', '★', '☆', '【', '[', '(', '<',
    '©', 'ⓒ', '/', '|', '·', '-', '–', '—', '*', '#', '>', '»', '›',
];

/// [`reads_as_sentence`] with the text's words and CJK characters already counted (the walk
/// sums them from the index's measures, so the text is not measured again).
pub(crate) fn reads_as_sentence_measured(text: &str, words: u32, cjk: u32) -> bool {
    let t = text.trim();
    let Some(first) = t.chars().next() else {
        return false;
    };
    if MARKERS.contains(&first)
        || t.contains(['@', 'ⓒ'])
        || t.contains("http")
        || t.contains("www.")
    {
        return false;
    }
    (words >= 6 || cjk >= 15) && ends_sentence(t)
}

/// Whether text ends like a sentence: final punctuation, possibly inside a closing quote.
pub(crate) fn ends_sentence(t: &str) -> bool {
    let t = t.trim_end_matches(['"', '”', '’', '\'', '」', '』', ')', '）', ' ']);
    t.ends_with(['.', '!', '?', '。', '！', '？', '…'])
}

/// Whether a block is a paragraph of running text: at least 80 characters (40 of them CJK),
/// under a fifth of them in links, with a sentence end.
pub(crate) fn is_prose(text: &str, chars: u32, link_chars: u32, cjk: u32) -> bool {
    let long = chars >= 80 || (cjk * 2 > chars && chars >= 40);
    long && link_chars * 5 < chars && has_sentence_end(text)
}

fn has_sentence_end(text: &str) -> bool {
    text.char_indices().any(|(i, c)| match c {
        '。' | '！' | '？' => true,
        '.' | '!' | '?' => text
            .get(i + 1..)
            .and_then(|r| r.chars().next())
            .is_none_or(|n| n.is_whitespace() || matches!(n, '"' | '”' | '’' | ')')),
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::rules::Source;
    use crate::index::Tag;

    fn wide_caption_hint() -> Option<Decision> {
        Some(Decision {
            kind: RemovalKind::Caption,
            rule: "class.caption",
            by: Source::Hint(hint::CAPTION),
            wide: true,
        })
    }

    #[test]
    fn a_share_name_on_a_wide_box_decides_nothing() {
        let share = |wide| Decision {
            kind: RemovalKind::Share,
            rule: "class.share",
            by: Source::Hint(hint::SHARE),
            wide,
        };
        // A command line in a documentation section whose id reads "sharing-...".
        let ev = Evidence {
            element: Some(share(true)),
            ..Evidence::default()
        };
        assert_eq!(decide(&ev), Label::Body);
        // A share bar's own buttons go.
        let ev = Evidence {
            element: Some(share(false)),
            ..Evidence::default()
        };
        assert_eq!(
            decide(&ev),
            Label::Removed(RemovalKind::Share, "class.share")
        );
        // Outside the article, the block still goes for where it stands.
        let ev = Evidence {
            element: Some(share(true)),
            outside: true,
            ..Evidence::default()
        };
        assert_eq!(
            decide(&ev),
            Label::Removed(RemovalKind::Boilerplate, "outside.container")
        );
    }

    #[test]
    fn a_name_alone_does_not_remove_a_paragraph_of_the_story() {
        let ev = Evidence {
            element: wide_caption_hint(),
            prose: true,
            on_topic: true,
            ..Evidence::default()
        };
        assert_eq!(decide(&ev), Label::Body);
        // Off the story's topic, the name decides.
        let off = Evidence {
            on_topic: false,
            ..ev
        };
        assert_ne!(decide(&off), Label::Body);
        // The same name on a short block removes it.
        let ev = Evidence { prose: false, ..ev };
        assert_eq!(
            decide(&ev),
            Label::Removed(RemovalKind::Caption, "class.caption")
        );
        // Outside the region, the paragraph goes.
        let ev = Evidence {
            prose: true,
            outside: true,
            ..ev
        };
        assert_eq!(
            decide(&ev),
            Label::Removed(RemovalKind::Caption, "class.caption")
        );
    }

    #[test]
    fn a_caption_tag_and_link_density_remove_alone() {
        let ev = Evidence {
            element: Some(Decision {
                kind: RemovalKind::Caption,
                rule: "tag.figcaption",
                by: Source::Tag(Tag::Figcaption),
                wide: true,
            }),
            prose: true,
            ..Evidence::default()
        };
        assert_eq!(
            decide(&ev),
            Label::Removed(RemovalKind::Caption, "tag.figcaption")
        );
    }

    #[test]
    fn sentences_and_notices() {
        assert!(reads_as_sentence(
            "The Copyright Office rejected the claim on Monday."
        ));
        assert!(reads_as_sentence(
            "김 기자는 \"현장에 가 보니 달랐다\"고 말했다."
        ));
        assert!(!reads_as_sentence(
            "© 2026 Valley Gazette Ltd. All rights reserved."
        ));
        assert!(!reads_as_sentence(
            "저작권자 © 뉴스 무단전재 및 재배포 금지"
        ));
        assert!(reads_as_sentence(
            "The © sign on the old posters was added by the printer, not the artist."
        ));
        assert!(!reads_as_sentence("By Jane Doe | Reuters"));
        assert!(!reads_as_sentence("Share"));
        assert!(!reads_as_sentence(
            "▲ 시민들이 공원을 걷고 있는 모습이다. 오늘 오후 촬영했다."
        ));
    }
}
