//! The article's edges: what the structural walk kept as body but the text shows is not the
//! story. One pass of five steps over the labelled blocks, for HTML and text input alike:
//!
//! 1. whole-line rules (`lexicon`): credits, timestamps, copyright, captions, promos, widget
//!    labels, related-box headers;
//! 2. a forum thread's replies, or a blog listing's later posts, after the first post (post
//!    headers or footers that name a poster beside a date and time); replies already outside
//!    a region that holds the first post alone are labelled comments;
//! 3. the run of appended teasers at the end of the body: other stories' headline + snippet
//!    pairs, the snippets cut off mid-word or ending in "..." (shape), or on another topic
//!    than the story and than each other (vocabulary);
//! 4. the article's end: after a signature, a copyright notice, an end mark or a related-box
//!    header, with enough story before it, the rest of the body is cut ("cut after"); the cut
//!    is undone when it would remove most of the text, or when a paragraph after the mark
//!    continues the story;
//! 5. prefixes and suffixes glued to a paragraph (wire datelines, photo credits, signatures)
//!    are split off into removals of their own.

use super::blocks::Labeled;
use super::decide::Label;
use super::lexicon::{self, Langs, Rule};
use super::vocabulary::Vocabulary;
use crate::article::{BlockKind, RemovalKind};
use crate::options::Favor;

/// Runs the five steps over the page's labelled blocks, with the rules of the page's
/// languages.
pub(crate) fn refine(mut blocks: Vec<Labeled>, langs: Langs, favor: Favor) -> Vec<Labeled> {
    // Only what the walk kept as the story can mark the story's end; a related-box header
    // between two of the article's containers is not its end.
    let in_story: Vec<bool> = blocks.iter().map(is_text_body).collect();
    judge_lines(&mut blocks, langs);
    // Favouring recall, nothing is cut for where it stands after the story.
    if favor != Favor::Recall {
        cut_thread_replies(&mut blocks);
        label_replies_after(&mut blocks);
        cut_teaser_run(&mut blocks);
        cut_after_end(&mut blocks, &in_story);
    }
    split_glued(blocks, langs)
}

/// Whether a block takes part in text rules (tables and code are left alone).
fn is_text_body(block: &Labeled) -> bool {
    block.label == Label::Body
        && matches!(
            block.kind,
            BlockKind::Paragraph | BlockKind::ListItem | BlockKind::Quote | BlockKind::Heading
        )
}

/// The text rule that removed a block, if one did.
fn removed_by_line(block: &Labeled) -> Option<&'static Rule> {
    block
        .ev
        .line
        .filter(|r| block.label == Label::Removed(r.kind, r.id))
}

/// Step 1: every block's whole-line rule, as evidence for `decide`.
fn judge_lines(blocks: &mut [Labeled], langs: Langs) {
    for block in blocks.iter_mut() {
        let table_body = block.kind == BlockKind::TableRow && block.label == Label::Body;
        if block.kind == BlockKind::Code || table_body || block.ev.title {
            continue;
        }
        let found = lexicon::judge_line_at(&block.text, langs).or_else(|| {
            let inner = unwrapped(&block.text)?;
            lexicon::judge_line_at(inner, langs).map(|m| lexicon::LineMatch { opens: true, ..m })
        });
        if let Some(m) = found {
            block.update(|ev| {
                ev.line = Some(m.rule);
                ev.line_opens = m.opens;
            });
        }
    }
    caption_before_credit(blocks);
}

/// The text inside one pair of brackets that encloses the whole block, as editors set off a
/// note from the story: "（更多内容请关注本网）", "(Photo: Reuters)", "【来源：新华社】",
/// "〔来源：本报综合〕". `None` when the block is not wholly enclosed by one pair (a
/// sentence that only opens with a parenthesis is not).
fn unwrapped(text: &str) -> Option<&str> {
    const PAIRS: [(char, char); 5] = [
        ('(', ')'),
        ('（', '）'),
        ('[', ']'),
        ('【', '】'),
        ('〔', '〕'),
    ];
    let t = text.trim();
    let open = t.chars().next()?;
    let &(_, close) = PAIRS.iter().find(|(o, _)| *o == open)?;
    let inner = t.strip_prefix(open)?.strip_suffix(close)?;
    // One pair around the whole block: no closing bracket of the same kind inside.
    if inner.contains(close) || inner.trim().is_empty() {
        return None;
    }
    Some(inner.trim())
}

/// The line before a photo-credit line ("图片来源：新华社", "Foto: dpa", "Photo: AFP") is the
/// photo's caption, a figure laid out as plain paragraphs: a short line standing between a
/// removal and the credit, or a line of any length up to a long caption's that follows the
/// image itself (image, caption, credit in a row).
fn caption_before_credit(blocks: &mut [Labeled]) {
    for i in 1..blocks.len() {
        let credit = removed_by_line(&blocks[i]).is_some_and(|r| r.photo_credit)
            && chars(&blocks[i].text) <= 30;
        let prev = &blocks[i - 1];
        let opened = i < 2 || !is_text_body(&blocks[i - 2]);
        let short_after_removal = opened && chars(&prev.text) <= 60;
        // Image, line, credit; not line, image, credit (the credit is then the image's own,
        // under it, and the line before the image is the story's).
        let after_image = prev.ev.after_image
            && !blocks[i].ev.after_image
            && chars(&prev.text) <= CAPTION_MAX_CHARS;
        if credit
            && (short_after_removal || after_image)
            && is_text_body(prev)
            && matches!(prev.kind, BlockKind::Paragraph | BlockKind::Heading)
        {
            blocks[i - 1]
                .update(|ev| ev.placed = Some((RemovalKind::Caption, "caption.before-credit")));
        }
    }
}

/// The longest caption taken for one by its place between an image and a photo credit
/// (characters besides spaces): wire captions run to three or four sentences.
const CAPTION_MAX_CHARS: usize = 500;

fn chars(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).count()
}

/// Whether a snippet looks cut off: it ends in an ellipsis, or in the middle of a word.
fn truncated(text: &str) -> bool {
    let t = text.trim_end();
    if t.ends_with("...") || t.ends_with('…') || t.ends_with('⋯') || t.ends_with("..") {
        return true;
    }
    let Some(last) = t.chars().last() else {
        return false;
    };
    if last == '.' {
        // Korean sentences end in a verb ending; "...승객들은 선." stops mid-word.
        let word = t
            .trim_end_matches('.')
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("");
        let Some(end) = word.chars().last() else {
            return false;
        };
        let hangul = ('\u{AC00}'..='\u{D7A3}').contains(&end);
        return hangul && !KOREAN_SENTENCE_ENDS.contains(&end);
    }
    // Korean snippets cut mid-word end in a syllable no sentence ends with.
    if ('\u{AC00}'..='\u{D7A3}').contains(&last) {
        return !KOREAN_SENTENCE_ENDS.contains(&last);
    }
    // Latin-script snippets cut mid-word end in a letter, with no closing punctuation.
    last.is_alphanumeric() && crate::script::measure(t).cjk == 0 && chars(t) >= 60
}

/// Final syllables of Korean sentences (다, 요, 죠, 까 ... and nominal endings 음, 함, 임).
const KOREAN_SENTENCE_ENDS: &[char] = &[
    '다', '요', '죠', '까', '음', '함', '임', '됨', '네', '라', '자', '오', '니', '지', '야', '게',
    '것', '중', '정', '명', '원', '건', '개', '일', '년', '월', '위', '등', '편', '분', '만',
];

/// Whether a line looks like a headline: short, and not a finished sentence.
fn headline_like(text: &str, snippet: &str) -> bool {
    let t = text.trim();
    let n = chars(t);
    n > 0
        && n <= 120
        && n < chars(snippet)
        && !t.ends_with(['.', '。', '다'])
        && !t.ends_with("다.")
}

/// A forum thread's replies, or a blog listing's later posts: a run of at least three post
/// headers or footers inside the region, short lines that name the poster beside a date and
/// time printed the same way each time (bulletin boards print "1 ：name：2006/11/08(水)
/// 12:01:33 ID:…", Discuz! "name 发表于 2010-3-5 12:01", phpBB "by name » 2012-03-05 12:01",
/// blog engines under each post "posted by name @ 2005-06-14 03:25"), with the posts' text
/// between most of them. The line may already be removed by its element's name (a
/// `post-footer` cell); a list of dated links has no text between its lines and is no
/// thread. The first post is the article (a header its credit line); every later post is a
/// comment, or, when the lines close their posts (nothing follows the last one), another
/// post of the listing (a teaser). When the story stands before the first header (a story
/// with its comment thread under it), every post is a comment.
fn cut_thread_replies(blocks: &mut [Labeled]) {
    let headers: Vec<(usize, String)> = blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| {
            !b.ev.outside && !b.ev.prose && chars(&b.text) <= 100 && b.ev.placed.is_none()
        })
        .filter_map(|(i, b)| post_header_form(&b.text).map(|form| (i, form)))
        .collect();
    // The form printed most often is the posts' (a page's own date line may come first).
    let alike = most_printed(&headers);
    let (Some(first), Some(&second), Some(&last), true) =
        (alike.first(), alike.get(1), alike.last(), alike.len() >= 3)
    else {
        return;
    };
    let text_in = |from: usize, to: usize, prose: bool| {
        blocks.get(from..to).is_some_and(|run| {
            run.iter()
                .any(|b| is_text_body(b) && (b.ev.prose || !prose))
        })
    };
    let posts_between = alike
        .windows(2)
        .filter(|w| text_in(w[0] + 1, w[1], false))
        .count();
    if posts_between * 2 < alike.len() - 1 {
        return;
    }
    let story_before = text_in(0, *first, true);
    if !story_before && !text_in(first + 1, second, true) {
        return;
    }
    let closes_posts = story_before && !text_in(last + 1, blocks.len(), false);
    let cut_from = if story_before { *first } else { second };
    if !story_before && is_text_body(&blocks[*first]) {
        blocks[*first].update(|ev| ev.placed = Some((RemovalKind::Credit, "thread.post-header")));
    }
    let placed = if closes_posts {
        (RemovalKind::Teaser, "posts.later")
    } else {
        (RemovalKind::Comment, "thread.replies")
    };
    for block in blocks.iter_mut().skip(cut_from) {
        if is_text_body(block) {
            block.update(|ev| ev.placed = Some(placed));
        }
    }
}

/// The thread under a region that holds only the first post (a Discuz! or phpBB page whose
/// posts sit in sibling tables): after the region, three or more post headers of one form
/// with the replies' text between most of them. The replies' sentences, removed as outside
/// the region, are labelled comments (`thread.replies`) rather than boilerplate; nothing
/// changes place in or out of the body. What follows the last reply's own run of text (a
/// reply form, the board's footer) stays as it was.
fn label_replies_after(blocks: &mut [Labeled]) {
    let Some(end) = blocks.iter().rposition(|b| !b.ev.outside) else {
        return;
    };
    let is_filler =
        |b: &Labeled| b.label == Label::Removed(RemovalKind::Boilerplate, "outside.container");
    let headers: Vec<(usize, String)> = blocks
        .iter()
        .enumerate()
        .skip(end + 1)
        .filter(|(_, b)| is_filler(b) && !b.ev.prose && chars(&b.text) <= 100)
        .filter_map(|(i, b)| post_header_form(&b.text).map(|form| (i, form)))
        .collect();
    let alike = most_printed(&headers);
    let (Some(&last), true) = (alike.last(), alike.len() >= 3) else {
        return;
    };
    let said = |b: &Labeled| is_filler(b) && (b.ev.sentence || b.ev.prose);
    let replies_between = alike
        .windows(2)
        .filter(|w| {
            blocks
                .get(w[0] + 1..w[1])
                .is_some_and(|run| run.iter().any(said))
        })
        .count();
    if replies_between * 2 < alike.len() - 1 {
        return;
    }
    // The last reply runs until the first block something else removed.
    let tail = blocks
        .iter()
        .skip(last + 1)
        .take_while(|b| is_filler(b))
        .count();
    let first = alike.first().copied().unwrap_or(last);
    for (i, block) in blocks
        .iter_mut()
        .enumerate()
        .take(last + 1 + tail)
        .skip(first)
    {
        if said(block) && !alike.contains(&i) {
            block.update(|ev| ev.placed = Some((RemovalKind::Comment, "thread.replies")));
        }
    }
}

/// The indices of the lines whose date form is printed most often (ties: the earliest).
fn most_printed(headers: &[(usize, String)]) -> Vec<usize> {
    headers
        .iter()
        .map(|(_, form)| headers.iter().filter(|(_, f)| f == form).count())
        .enumerate()
        .max_by_key(|&(at, count)| (count, std::cmp::Reverse(at)))
        .and_then(|(at, _)| headers.get(at))
        .map(|(_, form)| {
            headers
                .iter()
                .filter(|(_, f)| f == form)
                .map(|&(i, _)| i)
                .collect()
        })
        .unwrap_or_default()
}

/// The form of a forum post header's date and time (digits as `0`, spaces dropped), when the
/// line holds one and a name besides it.
fn post_header_form(text: &str) -> Option<String> {
    let (start, end) = find_date_time(text)?;
    let letters =
        |part: Option<&str>| part.map_or(0, |t| t.chars().filter(|c| c.is_alphabetic()).count());
    if letters(text.get(..start)) + letters(text.get(end..)) < 2 {
        return None;
    }
    Some(
        text.get(start..end)?
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| if c.is_ascii_digit() { '0' } else { c })
            .collect(),
    )
}

/// The first date and time in `text`, as byte offsets: a year of 19xx or 20xx, month and day
/// joined by `-`, `/`, `.` or 年月日, an optional weekday in brackets, then `h:mm` or
/// `h:mm:ss` ("2006/11/08(水) 12:01:33", "2010-3-5 12:01", "2005年6月14日 03:25"). A scan by
/// hand, not a regex: it runs on every short line of a page and costs nothing to set up.
fn find_date_time(text: &str) -> Option<(usize, usize)> {
    if !text.contains(':') || !(text.contains("19") || text.contains("20")) {
        return None;
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    (0..chars.len()).find_map(|from| {
        let to = date_time_from(&chars, from)?;
        let at = |k: usize| chars.get(k).map_or(text.len(), |&(b, _)| b);
        Some((at(from), at(to)))
    })
}

/// The end (a char index) of a date and time that starts at char `from`, if one does.
fn date_time_from(chars: &[(usize, char)], from: usize) -> Option<usize> {
    let c = |k: usize| chars.get(k).map(|&(_, c)| c);
    let is = |k: usize, set: &str| c(k).is_some_and(|ch| set.contains(ch));
    let space = |k: usize| c(k).is_some_and(char::is_whitespace);
    let digit = |k: usize| c(k).is_some_and(char::is_numeric);
    // One or two digits at `k`: where they end.
    let digits = |k: usize| match (digit(k), digit(k + 1)) {
        (false, _) => None,
        (true, false) => Some(k + 1),
        (true, true) => Some(k + 2),
    };
    let century =
        (c(from)? == '1' && c(from + 1)? == '9') || (c(from)? == '2' && c(from + 1)? == '0');
    if !century || !digit(from + 2) || !digit(from + 3) || !is(from + 4, "-/.年") {
        return None;
    }
    let mut k = from + 5;
    if space(k) {
        k += 1;
    }
    k = digits(k)?;
    if !is(k, "-/.月") {
        return None;
    }
    k += 1;
    if space(k) {
        k += 1;
    }
    k = digits(k)?;
    if is(k, "日") {
        k += 1;
    }
    // A weekday in brackets: "(水)", "（三）".
    let mut j = k + usize::from(space(k));
    if is(j, "(（") {
        j += 1;
        let inner = (j..j + 4)
            .take_while(|&i| c(i).is_some_and(|ch| !")）".contains(ch)))
            .count();
        if inner >= 1 && is(j + inner, ")）") {
            k = j + inner + 1;
        }
    }
    while space(k) {
        k += 1;
    }
    k = digits(k)?;
    if !is(k, ":") || !digit(k + 1) || !digit(k + 2) {
        return None;
    }
    k += 3;
    if is(k, ":") && digit(k + 1) && digit(k + 2) {
        k += 3;
    }
    Some(k)
}

/// Step 2: the appended run of other stories' teasers at the end of the body.
fn cut_teaser_run(blocks: &mut [Labeled]) {
    let body: Vec<usize> = (0..blocks.len())
        .filter(|&i| is_text_body(&blocks[i]))
        .collect();
    // The story's core, to tell other stories' snippets by their topic: the first half of
    // the body (an appended run is never most of it).
    let core = Vocabulary::of(
        body.iter()
            .take(body.len().div_ceil(2))
            .map(|&i| blocks[i].text.as_str()),
    );
    let mut start = body.len();
    let mut pairs = 0;
    let mut last_snippet: Option<usize> = None;
    // Whether every snippet of the run was taken for its place alone.
    let mut summaries_only = true;
    while start >= 1 {
        // A teaser card's date or byline line under its snippet belongs to the pair; it is
        // taken into the run only when a pair stands above it.
        let meta = usize::from(start >= 2 && is_card_meta(&blocks[body[start - 1]]));
        let at = start - meta;
        let s = body[at - 1];
        let snippet = &blocks[s].text;
        // A snippet is cut off ("...", mid-word), or a paragraph on another topic than the
        // story's and than the snippet after it (unrelated stories, not the story's sections).
        let off_topic = || {
            blocks[s].kind == BlockKind::Paragraph
                && core.is_foreign(snippet)
                && last_snippet.is_none_or(|next| {
                    Vocabulary::of([blocks[next].text.as_str()]).is_foreign(snippet)
                })
        };
        // The headline is a removed link right before the snippet, or a body line.
        let linked = s > 0
            && matches!(
                blocks[s - 1].label,
                Label::Removed(RemovalKind::LinkList | RemovalKind::Teaser, _)
            )
            && headline_like(&blocks[s - 1].text, snippet);
        // Under a linked headline, a short summary is a teaser's by its place alone.
        let summary = linked && blocks[s].kind == BlockKind::Paragraph && chars(snippet) <= 200;
        if chars(snippet) < 30 || !(summary || truncated(snippet) || off_topic()) {
            break;
        }
        if !summary || truncated(snippet) || off_topic() {
            summaries_only = false;
        }
        if linked {
            pairs += 1;
            start = at - 1;
        } else if at >= 2
            && blocks[body[at - 2]].kind == BlockKind::Paragraph
            && headline_like(&blocks[body[at - 2]].text, snippet)
        {
            pairs += 1;
            start = at - 2;
        } else {
            break;
        }
        last_snippet = Some(s);
    }
    if pairs < 2 || start < 2 {
        return;
    }
    // Linked headlines over short summaries that are neither cut off nor off topic: a run of
    // four makes a teaser list (fewer is a story's own pointers).
    if summaries_only && pairs < 4 {
        return;
    }
    let before: usize = body[..start].iter().map(|&i| chars(&blocks[i].text)).sum();
    let run: usize = body[start..].iter().map(|&i| chars(&blocks[i].text)).sum();
    // Undo a cut that would take most of the text.
    if run > before * 3 / 2 {
        return;
    }
    for &i in &body[start..] {
        blocks[i].update(|ev| ev.placed = Some((RemovalKind::Teaser, "teaser.run")));
    }
}

/// Whether a block is a teaser card's date or byline line: a short paragraph (60 characters
/// at most) that is no sentence and holds a year (19xx or 20xx), as "Jane Doe 2026-03-02
/// 14:35" or "March 2, 2026" under another story's summary.
fn is_card_meta(block: &Labeled) -> bool {
    block.kind == BlockKind::Paragraph
        && !block.ev.sentence
        && chars(&block.text) <= 60
        && block
            .text
            .split(|c: char| !c.is_ascii_digit())
            .any(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")))
}

/// Step 3: cut after the story's end: a line a rule marks as the end (a signature, a
/// copyright notice, an end mark, a related-box header, a subscription call), with enough
/// story before it. The cut is undone when it would remove most of the text, or when a
/// paragraph after the mark continues the story (shares its vocabulary).
fn cut_after_end(blocks: &mut [Labeled], in_story: &[bool]) {
    let mut before_chars = 0usize;
    let mut before_blocks = 0usize;
    let mut end: Option<usize> = None;
    for (i, block) in blocks.iter().enumerate() {
        if is_text_body(block) {
            before_chars += chars(&block.text);
            before_blocks += 1;
            continue;
        }
        let Some(rule) = removed_by_line(block).filter(|r| r.ends_story) else {
            continue;
        };
        if !in_story.get(i).copied().unwrap_or(false) {
            continue;
        }
        let notice = rule.kind != RemovalKind::Copyright || is_notice(&block.text);
        if notice && before_blocks >= 2 && before_chars >= 60 {
            end = Some(i);
            break;
        }
    }
    let Some(end) = end else {
        return;
    };
    let after: Vec<usize> = (end + 1..blocks.len())
        .filter(|&i| is_text_body(&blocks[i]))
        .collect();
    let after_chars: usize = after.iter().map(|&i| chars(&blocks[i].text)).sum();
    if after.is_empty() || after_chars > before_chars * 3 / 2 {
        return;
    }
    let story = Vocabulary::of(
        blocks
            .iter()
            .take(end)
            .filter(|b| is_text_body(b))
            .map(|b| b.text.as_str()),
    );
    let continues = after
        .iter()
        .any(|&i| blocks[i].ev.prose && story.continues(&blocks[i].text));
    if continues {
        return;
    }
    for i in after {
        blocks[i].update(|ev| ev.placed = Some((RemovalKind::Teaser, "end.cut-after")));
    }
}

/// A copyright line that is a notice ("무단전재 금지", "All rights reserved", a year), not a
/// photo credit such as "© Getty Images".
fn is_notice(text: &str) -> bool {
    let lower = text.to_lowercase();
    const WORDS: &[&str] = &[
        "rights",
        "reserved",
        "무단",
        "재배포",
        "금지",
        "저작권",
        "転載",
        "版权",
        "版權",
        "转载",
        "droits",
        "derechos",
        "direitos",
        "rechte",
        "riservat",
        "права",
        "copyright",
    ];
    WORDS.iter().any(|w| lower.contains(w))
        || lower
            .split(|c: char| !c.is_ascii_digit())
            .any(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")))
}

/// Step 4: prefixes and suffixes glued to a paragraph become removals of their own.
fn split_glued(blocks: Vec<Labeled>, langs: Langs) -> Vec<Labeled> {
    let mut out = Vec::with_capacity(blocks.len());
    for mut block in blocks {
        if !is_text_body(&block) || block.kind == BlockKind::Heading {
            out.push(block);
            continue;
        }
        let mut after: Vec<Labeled> = Vec::new();
        for _ in 0..3 {
            let Some(split) = lexicon::judge_prefix(&block.text, langs) else {
                break;
            };
            let removal = (split.rule.kind, split.rule.id);
            out.push(Labeled::placed(block.kind, split.removed, removal));
            block.text = split.rest;
        }
        if let Some(split) = lexicon::judge_suffix(&block.text, langs) {
            let removal = (split.rule.kind, split.rule.id);
            after.push(Labeled::placed(block.kind, split.removed, removal));
            block.text = split.rest;
        }
        out.push(block);
        out.extend(after);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(lines: &[&str]) -> Vec<Labeled> {
        lines
            .iter()
            .map(|l| Labeled::from_text(BlockKind::Paragraph, l.to_string()))
            .collect()
    }

    fn kept(blocks: &[Labeled]) -> Vec<&str> {
        blocks
            .iter()
            .filter(|b| b.label == Label::Body)
            .map(|b| b.text.as_str())
            .collect()
    }

    #[test]
    fn truncation() {
        assert!(truncated("일부 승객들은 선."));
        assert!(truncated("드론 등 4차산업 시대를 이끌어갈 첨..."));
        assert!(!truncated("경찰은 사고 원인을 조사하고 있다."));
        assert!(!truncated("시는 내년 3월 착공할 예정."));
        assert!(truncated(
            "The council said the bridge would close for repairs next summer and reop"
        ));
        assert!(!truncated("The council said the bridge would close."));
    }

    #[test]
    fn teaser_run_after_the_story() {
        let mut blocks = body(&[
            "대구시는 지난 15일 인공지능 세미나를 열고 지역 기업들의 의견을 들었다고 밝혔다.",
            "이번 세미나에서 대구시는 인공지능 지역확산 사업의 추진 방향을 소개했다.",
            "혁신성장국장은 \"산업 생태계를 키우겠다\"고 말했다.",
            "한강버스 한달만에 정식운항 재개",
            "[뉴스21 통신=추현욱 ] 서울시는 한강버스가 1일 오전 9시부터 운항을 재개했다고 밝혔다. 일부 승객들은 선.",
            "강서구청장, 서울퓨처랩 방문",
            "진교훈 서울 강서구청장이 1일 마곡광장에 위치한 체험센터를 방문했다. 또, AI와 로봇 등 첨...",
        ]);
        cut_teaser_run(&mut blocks);
        assert_eq!(kept(&blocks).len(), 3);
    }

    #[test]
    fn unmarked_pairs_of_other_stories_are_a_teaser_run() {
        let mut blocks = body(&[
            "대구시는 지난 15일 인공지능 세미나를 열고 지역 기업들의 의견을 들었다고 밝혔다.",
            "이번 세미나에서 대구시는 인공지능 지역확산 사업의 추진 방향을 소개했다.",
            "대구시 혁신성장국장은 \"인공지능 산업 생태계를 키우겠다\"고 말했다.",
            "세미나에 참석한 기업들은 인공지능 인재 양성과 지역 데이터 개방을 요청했다.",
            "한강버스 정식운항 재개",
            "서울시는 한강버스가 1일 오전 9시부터 운항을 재개했다고 밝혔다. 선착장마다 \
             출근길 승객들이 줄을 섰고, 운항사는 배차 간격을 줄이겠다고 다짐했다.",
            "강서구청장, 미래연구소 방문",
            "강서구청장이 1일 마곡광장에 있는 체험센터를 찾아 로봇 교육 현장을 둘러봤다. \
             구청장은 청소년들과 코딩 수업을 함께 들으며 교육 장비 확충을 약속했다.",
        ]);
        cut_teaser_run(&mut blocks);
        assert_eq!(kept(&blocks).len(), 4, "{:?}", kept(&blocks));
        // A story's own sections (subhead + paragraph on its topic) stay.
        let mut blocks = body(&[
            "The council voted on Monday to close the harbour bridge for repairs this summer.",
            "Engineers found cracks in two of the bridge supports, the council report said.",
            "Repair costs",
            "Repairs to the bridge supports will cost the council about four million pounds.",
            "Diversions",
            "While the bridge is closed, harbour traffic will be diverted over the council's \
             ring road bridge.",
        ]);
        cut_teaser_run(&mut blocks);
        assert_eq!(kept(&blocks).len(), 6, "{:?}", kept(&blocks));
    }

    #[test]
    fn short_last_paragraph_is_kept() {
        let mut blocks = body(&[
            "대구시는 지난 15일 인공지능 세미나를 열고 지역 기업들의 의견을 들었다고 밝혔다.",
            "이번 세미나에서 대구시는 인공지능 지역확산 사업의 추진 방향을 소개했다.",
            "경찰은 사고 원인을 조사하고 있다.",
        ]);
        let before = blocks.len();
        cut_teaser_run(&mut blocks);
        cut_after_end(&mut blocks, &[true; 8]);
        assert_eq!(kept(&blocks).len(), before);
    }

    #[test]
    fn a_related_header_outside_the_story_does_not_end_it() {
        let mut blocks = body(&[
            "Die Turbinen stehen, doch ins Stromnetz kann der Windpark noch nicht einspeisen.",
            "Grund sind nach Angaben des Unternehmens Lieferprobleme bei einem Hersteller.",
        ]);
        let mut header = Labeled::from_text(BlockKind::Paragraph, "Mehr zum Thema".into());
        header.update(|ev| ev.outside = true);
        blocks.push(header);
        blocks.extend(body(&[
            "Kritik kam vom Landesenergieministerium in Schwerin.",
        ]));
        let in_story: Vec<bool> = blocks.iter().map(is_text_body).collect();
        judge_lines(&mut blocks, Langs::ALL);
        assert!(matches!(
            blocks[2].label,
            Label::Removed(RemovalKind::Teaser, _)
        ));
        cut_after_end(&mut blocks, &in_story);
        assert_eq!(kept(&blocks).len(), 3);
    }

    #[test]
    fn a_note_in_brackets_is_judged_by_its_words() {
        let mut blocks = body(&[
            "新区今年将新建三所学校，预计明年秋季开学，可提供学位四千余个。",
            "（更多精彩内容，请继续关注本报客户端）",
            "(Reporting by Ana Lima; Editing by Tom Baker)",
            "（本报记者 王小明 摄）",
        ]);
        judge_lines(&mut blocks, Langs::ALL);
        assert_eq!(blocks[0].label, Label::Body);
        for b in &blocks[1..] {
            assert!(matches!(b.label, Label::Removed(..)), "{} stays", b.text);
        }
    }

    #[test]
    fn an_aside_in_brackets_or_a_sentence_opening_with_one_stays() {
        let mut blocks = body(&[
            "（记者了解到，更多内容将在下月公布，届时请关注市政府网站的正式文件。）",
            "(The photo agency, which holds the copyright, declined to comment on Monday.)",
            "(AP) Schools reopened on Monday after the storm, officials said.",
            "[1] Reporting by the committee found that the funds had been spent as planned.",
        ]);
        judge_lines(&mut blocks, Langs::ALL);
        for b in &blocks {
            assert_eq!(b.label, Label::Body, "{} removed", b.text);
        }
        assert_eq!(unwrapped("(a) and (b)"), None);
        assert_eq!(unwrapped("【来源：新华社】"), Some("来源：新华社"));
    }

    /// A block removed by an element's tag or name.
    fn removed(kind: RemovalKind, rule: &'static str, text: &str) -> Labeled {
        use crate::classify::rules::{Decision, Source};
        use crate::index::{hint, Tag};
        let by = match rule {
            "tag.aside" => Source::Tag(Tag::Aside),
            "class.label" => Source::Hint(hint::LABEL),
            "class.share" => Source::Hint(hint::SHARE),
            "class.related" => Source::Hint(hint::RELATED),
            _ => Source::Links,
        };
        let mut block = Labeled::from_text(BlockKind::Paragraph, text.into());
        block.update(|ev| {
            ev.element = Some(Decision {
                kind,
                rule,
                by,
                wide: false,
            })
        });
        block
    }

    #[test]
    fn snippets_after_linked_headlines_are_teasers() {
        let mut blocks = body(&[
            "El Ayuntamiento de Sevilla ha activado este lunes su plan municipal contra el calor.",
            "Los espacios abrirán de lunes a sábado entre las 10.00 y las 20.00 horas.",
        ]);
        blocks.push(removed(
            RemovalKind::Teaser,
            "class.related",
            "Te puede interesar",
        ));
        for (headline, snippet) in [
            ("Tussam reduce frecuencias en 12 líneas", "La empresa municipal de autobuses aplicará desde el 1 de julio el horario de verano y..."),
            ("Aviso rojo por calor en la Campiña", "La Aemet ha elevado a rojo el nivel de aviso por temperaturas máximas en la Campiña…"),
        ] {
            blocks.push(removed(RemovalKind::LinkList, "block.links", headline));
            blocks.extend(body(&[snippet]));
        }
        cut_teaser_run(&mut blocks);
        assert_eq!(kept(&blocks).len(), 2);
    }

    #[test]
    fn a_teaser_cards_date_line_belongs_to_its_pair() {
        let story = [
            "The county opened three new cycle routes along the river on Saturday morning.",
            "Cyclists will be able to ride from the old mill to the harbour without meeting a car.",
            "The routes cost the county about two million pounds and took eighteen months to build.",
        ];
        let cards = [
            (
                "Orchestra returns to the concert hall",
                "Violinists, cellists and singers rehearsed symphonies together again",
                "Anna Berg 2026-03-02 14:35",
            ),
            (
                "Bakery wins national award",
                "Sourdough loaves baked overnight impressed every judge at the competition",
                "March 1, 2026 Tom Reyes",
            ),
        ];
        let mut blocks = body(&story);
        for (headline, summary, meta) in cards {
            blocks.push(removed(
                RemovalKind::Teaser,
                "block.headline-link",
                headline,
            ));
            blocks.extend(body(&[summary, meta]));
        }
        cut_teaser_run(&mut blocks);
        assert_eq!(kept(&blocks), story.to_vec());
        // A dated line closing the story, with no pair above it, stays.
        let mut blocks = body(&story);
        blocks.extend(body(&["Updated March 2, 2026"]));
        cut_teaser_run(&mut blocks);
        assert_eq!(kept(&blocks).len(), 4);
    }

    #[test]
    fn four_linked_headlines_over_summaries_are_teasers() {
        let story = [
            "The county opened three new cycle routes along the river on Saturday morning.",
            "Cyclists will be able to ride from the old mill to the harbour without meeting a car.",
            "The routes cost the county about two million pounds and took eighteen months to build.",
            "Council leaders said they hoped the routes would cut traffic in the town centre.",
        ];
        let pairs = [
            (
                "Riverside path",
                "The river route for cyclists runs from the harbour to the county boundary.",
            ),
            (
                "Harbour loop",
                "The harbour route takes cyclists around the quays and back to the river.",
            ),
            (
                "Mill climb",
                "The mill route climbs from the river to the old mill above the harbour.",
            ),
            (
                "Forest trail",
                "The forest route leaves the river at the mill and rejoins it at the harbour.",
            ),
        ];
        let build = |n: usize| {
            let mut blocks = body(&story);
            for (headline, summary) in pairs.iter().take(n) {
                blocks.push(removed(RemovalKind::LinkList, "block.links", headline));
                blocks.extend(body(&[summary]));
            }
            blocks
        };
        let mut blocks = build(4);
        cut_teaser_run(&mut blocks);
        assert_eq!(kept(&blocks), story.to_vec());
        // Three such pairs are the story's own pointers: they stay.
        let mut blocks = build(3);
        cut_teaser_run(&mut blocks);
        assert_eq!(kept(&blocks).len(), 7);
    }

    #[test]
    fn a_short_line_before_a_photo_credit_is_its_caption() {
        let mut blocks = vec![removed(RemovalKind::Share, "class.share", "分享到：")];
        blocks.extend(body(&[
            "7月10日，一批新能源汽车在江苏太仓港等待装船出口。",
            "图片来源：新华社",
            "海关总署12日发布数据显示，今年上半年我国新能源汽车出口128.6万辆，同比增长31.2%。",
            "短句。",
            "图片来源：新华社",
        ]));
        judge_lines(&mut blocks, Langs::ALL);
        assert!(matches!(
            blocks[1].label,
            Label::Removed(RemovalKind::Caption, _)
        ));
        assert!(matches!(
            blocks[2].label,
            Label::Removed(RemovalKind::Caption, _)
        ));
        // After a paragraph of the story, a short line stays.
        assert_eq!(blocks[4].label, Label::Body);
    }

    #[test]
    fn a_line_between_an_image_and_its_credit_is_the_caption() {
        let caption = "Firefighters, left, and volunteers, second right, carry sandbags along the \
            river bank in the old town on Sunday, as the water rose to its highest level in \
            twenty years and the council opened two shelters for residents of the lower streets.";
        let mut blocks = body(&[
            "The river crested on Sunday evening, a metre above the flood mark.",
            caption,
            "Photo: AFP",
            "Officials said the shelters would stay open until the water receded.",
            caption,
            "The council will meet on Tuesday to count the cost of the damage.",
        ]);
        blocks[1].update(|ev| ev.after_image = true);
        blocks[4].update(|ev| ev.after_image = true);
        judge_lines(&mut blocks, Langs::ALL);
        assert!(matches!(
            blocks[1].label,
            Label::Removed(RemovalKind::Caption, _)
        ));
        // After an image but followed by the story, not by a credit: the story.
        assert_eq!(blocks[4].label, Label::Body);
        // A long paragraph before a credit with no image before it stays, and so does one
        // with an image both before it and before the credit (the credit is that image's).
        let mut blocks = body(&[caption, "Photo: AFP", caption, "Photo: AFP"]);
        blocks[2].update(|ev| ev.after_image = true);
        blocks[3].update(|ev| ev.after_image = true);
        judge_lines(&mut blocks, Langs::ALL);
        assert_eq!(blocks[0].label, Label::Body);
        assert_eq!(blocks[2].label, Label::Body);
    }

    #[test]
    fn a_forum_threads_first_post_is_the_article_and_the_rest_are_replies() {
        let post = "The town council voted last night to close the old swimming pool at the end \
                    of the summer, after engineers found the roof unsafe.";
        let mut blocks = body(&[
            "1 : riverside_tom : 2011/05/04(Wed) 09:12:40",
            post,
            "2 : anon : 2011/05/04(Wed) 09:15:02",
            "Shame, I learned to swim there.",
            "3 : marta_k : 2011/05/04(Wed) 09:21:44",
            "They said the same about the library.",
        ]);
        cut_thread_replies(&mut blocks);
        assert!(matches!(
            blocks[0].label,
            Label::Removed(RemovalKind::Credit, _)
        ));
        assert_eq!(blocks[1].label, Label::Body);
        for b in &blocks[2..] {
            assert!(
                matches!(b.label, Label::Removed(RemovalKind::Comment, _)),
                "{} stays",
                b.text
            );
        }
        // A story with its thread under it: every post is a comment.
        let mut blocks = body(&[post, post]);
        blocks.extend(body(&[
            "gale 发表于 2011-5-4 09:15",
            "可惜了。",
            "路人甲 发表于 2011-5-4 10:02",
            "同意楼上。",
            "阿强 发表于 2011-5-4 11:40",
        ]));
        cut_thread_replies(&mut blocks);
        assert_eq!(blocks[1].label, Label::Body);
        assert!(blocks[2..].iter().all(|b| b.label != Label::Body));
    }

    #[test]
    fn a_blog_listings_later_posts_go_after_the_first() {
        let footer = |at: &str| {
            removed(
                RemovalKind::Navigation,
                "class.footer",
                &format!("posted by Mara @ 2009-04-{at} (12)"),
            )
        };
        let mut blocks = body(&[
            "Spring on the allotment",
            "The broad beans came up in a week, far sooner than the packet promised, and the \
             frost held off until the first shoots were strong enough to stand it.",
        ]);
        blocks.push(footer("02 21:14:07"));
        blocks.extend(body(&[
            "A visit to the seed library",
            "The library lends seeds instead of books: you take a packet in the spring and \
             return some of the harvest's seed in the autumn, labelled by hand.",
        ]));
        blocks.push(footer("01 08:30:55"));
        blocks.extend(body(&[
            "Mending the shed roof",
            "Two sheets of felt, a box of tacks and a dry afternoon were all it took in the \
             end, though the ladder had seen better days.",
        ]));
        blocks.push(footer("01 07:02:10"));
        cut_thread_replies(&mut blocks);
        assert_eq!(blocks[0].label, Label::Body);
        assert_eq!(blocks[1].label, Label::Body);
        for b in blocks
            .iter()
            .skip(3)
            .filter(|b| !b.text.starts_with("posted"))
        {
            assert_eq!(
                b.label,
                Label::Removed(RemovalKind::Teaser, "posts.later"),
                "{} stays",
                b.text
            );
        }
    }

    #[test]
    fn the_form_printed_most_often_marks_the_posts() {
        // The page's own dated line, printed another way, comes before the thread.
        let mut blocks = body(&["Filed by the desk 2011年5月4日 08:00"]);
        blocks.extend(body(&[
            "1 : riverside_tom : 2011/05/04(Wed) 09:12:40",
            "The town council voted last night to close the old swimming pool at the end of \
             the summer, after engineers found the roof unsafe.",
            "2 : anon : 2011/05/04(Wed) 09:15:02",
            "Shame, I learned to swim there.",
            "3 : marta_k : 2011/05/04(Wed) 09:21:44",
            "They said the same about the library.",
        ]));
        cut_thread_replies(&mut blocks);
        assert_eq!(blocks[2].label, Label::Body);
        assert!(blocks[3..].iter().all(|b| b.label != Label::Body));
    }

    #[test]
    fn a_list_of_dated_links_inside_the_story_is_no_thread() {
        let story = "The ferry operator cancelled every crossing for the afternoon as the wind \
                     rose, and said the evening boats would depend on the forecast.";
        let mut blocks = body(&[story]);
        for at in ["09:12", "10:40", "11:05"] {
            blocks.push(removed(
                RemovalKind::LinkList,
                "links.dense",
                &format!("Harbour notice by portmaster 2011-05-04 {at}"),
            ));
        }
        blocks.extend(body(&[story, story]));
        cut_thread_replies(&mut blocks);
        assert_eq!(blocks[0].label, Label::Body);
        assert!(blocks[4..].iter().all(|b| b.label == Label::Body));
    }

    #[test]
    fn replies_under_a_first_post_region_are_comments() {
        let outside = |text: &str| {
            let mut b = Labeled::from_text(BlockKind::Paragraph, text.to_string());
            b.update(|ev| ev.outside = true);
            b
        };
        let mut blocks = body(&[
            "The ferry operator cancelled every crossing for the afternoon as the wind rose, \
             and said the evening boats would depend on the forecast.",
        ]);
        let lines = [
            "posted by gull 2011-05-04 09:15 | quote",
            "Same thing happened last spring, they ran a bus instead.",
            "posted by harbourcat 2011-05-04 09:40 | quote",
            "reply",
            "posted by tern 2011-05-04 10:02 | quote",
            "Does anyone know if the night boat is still running?",
            "Powered by BoardSoft 2.1",
        ];
        blocks.extend(lines.iter().map(|l| outside(l)));
        let mut form = removed(
            RemovalKind::Widget,
            "tag.form",
            "Log in to reply, it takes a minute.",
        );
        form.update(|ev| ev.outside = true);
        blocks.push(form);
        blocks.push(outside(
            "Questions about the board go to the site team, who answer by mail.",
        ));
        label_replies_after(&mut blocks);
        let comment = Label::Removed(RemovalKind::Comment, "thread.replies");
        assert_eq!(blocks[0].label, Label::Body);
        assert_eq!(blocks[2].label, comment);
        assert_eq!(blocks[6].label, comment);
        for i in [1, 3, 4, 5, 7] {
            assert_eq!(
                blocks[i].label,
                Label::Removed(RemovalKind::Boilerplate, "outside.container"),
                "{}",
                blocks[i].text
            );
        }
        assert!(matches!(
            blocks[8].label,
            Label::Removed(RemovalKind::Widget, _)
        ));
        assert_eq!(
            blocks[9].label,
            Label::Removed(RemovalKind::Boilerplate, "outside.container")
        );
        // Dated links with no replies between them are no thread.
        let mut blocks = body(&["A story."]);
        for at in ["09:15", "09:40", "10:02"] {
            blocks.push(outside(&format!(
                "Harbour notice by portmaster 2011-05-04 {at}"
            )));
        }
        blocks.push(outside(
            "The ferry timetable changes on Monday, the operator said.",
        ));
        label_replies_after(&mut blocks);
        assert!(blocks
            .iter()
            .all(|b| !matches!(b.label, Label::Removed(RemovalKind::Comment, _))));
    }

    #[test]
    fn the_date_time_scan_finds_what_the_pattern_finds() {
        let re = regex::Regex::new(
            r"(?:19|20)\d\d[-/.年]\s?\d{1,2}[-/.月]\s?\d{1,2}日?(?:\s?[(（][^)）]{1,4}[)）])?\s*\d{1,2}:\d\d(?::\d\d)?",
        )
        .unwrap();
        let samples = [
            "1 : tom : 2006/11/08(水) 12:01:33 ID:abc",
            "gale 发表于 2010-3-5 12:01",
            "by name » 2012-03-05 12:01",
            "posted by Mara @ 2009-04-02 21:14:07 (12)",
            "2005年6月14日 03:25",
            "2005年 6月 14日（三） 3:25",
            "2019-2020 season: 12:30 kick-off",
            "in 1999.12.31 23:59:5",
            "2006/11/08(水曜日です) 12:01",
            "2006/11/08 (水)12:01:33:44",
            "20060-11-08 12:01",
            "x2006-1-8  9:05y",
            "2006-1-8",
            "12:01 2006-1-8",
            "１９９９-１-２ ３:４５",
            "2006-11-081 12:01",
            "",
        ];
        for text in samples {
            let want = re.find(text).map(|m| (m.start(), m.end()));
            assert_eq!(find_date_time(text), want, "{text}");
        }
    }

    #[test]
    fn dated_lines_without_a_name_or_in_sentences_are_no_thread() {
        // A live report's bare timestamps, and sentences that carry a date and time.
        let mut blocks = body(&[
            "2024-03-05 14:02",
            "The first ferry left the harbour on time, the port authority said.",
            "2024-03-05 14:30",
            "A second ferry was held back by the wind, officials said on the quay.",
            "2024-03-05 15:10",
            "All crossings were cancelled for the rest of the afternoon, the operator said.",
        ]);
        cut_thread_replies(&mut blocks);
        assert!(blocks.iter().all(|b| b.label == Label::Body));
        let mut blocks = body(&[
            "The polls closed at 2024-03-05 20:00, and counting began at once in every ward.",
            "Officials said turnout at 2024-03-05 18:00 was already above the last election's.",
            "Results were due after 2024-03-06 02:00, the electoral office told reporters.",
        ]);
        cut_thread_replies(&mut blocks);
        assert!(blocks.iter().all(|b| b.label == Label::Body));
    }

    #[test]
    fn a_pitch_in_an_aside_is_a_promo() {
        let mut blocks = vec![
            removed(RemovalKind::Sidebar, "tag.aside", "Get the Daily Briefing"),
            removed(RemovalKind::Sidebar, "tag.aside", "Most read"),
            removed(RemovalKind::Widget, "class.label", "Compartir"),
        ];
        judge_lines(&mut blocks, Langs::ALL);
        assert_eq!(
            blocks[0].label,
            Label::Removed(RemovalKind::Promo, "en.promo.subscribe")
        );
        assert_eq!(
            blocks[1].label,
            Label::Removed(RemovalKind::Sidebar, "tag.aside")
        );
        assert_eq!(
            blocks[2].label,
            Label::Removed(RemovalKind::Share, "es.share.label")
        );
    }

    #[test]
    fn cut_after_copyright_is_undone_when_it_takes_most() {
        let mut blocks = body(&[
            "첫 문단은 충분히 길게 써서 기사 본문이라는 것을 보여 주는 문장이다. 정말로 그렇다.",
            "둘째 문단도 본문이다. 시는 내년 3월 착공할 계획이라고 밝혔다. 이어서 설명했다.",
        ]);
        blocks.extend(body(&["저작권자 © 뉴스 무단전재 및 재배포 금지"]));
        judge_lines(&mut blocks, Langs::ALL);
        let long = "다른 기사의 긴 본문이 이어진다. ".repeat(20);
        blocks.extend(body(&["짧은 다른 기사 제목", long.as_str()]));
        let mut undone = blocks.clone();
        cut_after_end(&mut undone, &[true; 8]);
        assert_eq!(kept(&undone).len(), 4, "most of the text: undone");
        blocks.pop();
        cut_after_end(&mut blocks, &[true; 8]);
        assert_eq!(kept(&blocks).len(), 2);
    }
}
