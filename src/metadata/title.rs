//! The headline: a visible heading that agrees with what the page declares, else the declared
//! title without the site-name affix (" - 연합뉴스", " | Reuters"; "[속보]" is part of the title);
//! on old pages without a matching heading, the element that shows the title's main segment.

use super::collapse;
use crate::index::{Page, Tag};

/// Picks the headline: the page's first declared title, as the visible `<h1>` (or `<h2>`) that
/// it names when there is one, else without its site-name affix; else the first `<h1>`.
///
/// `references` are the declared titles in order of trust (Dublin Core, OpenGraph, Twitter,
/// Parse.ly, `<title>`: the order Readability and trafilatura read them in), and the JSON-LD
/// `headline` goes before them all when a visible heading or another declared title agrees
/// with it (Wikipedia's holds the Wikidata description), after them otherwise. The first one
/// is the title even where the visible headline differs (an edited or A/B-tested headline):
/// the publisher's declaration is the stable one. A later reference that a visible heading
/// matches wins only over a first one more than twice as long as that heading, which is a
/// description rather than a title.
pub(crate) fn choose_title(
    page: &Page,
    ld_headline: Option<&str>,
    references: &[String],
    site: Option<&str>,
) -> (Option<String>, Option<u32>) {
    let mut headings: Vec<(u32, u8, String)> = Vec::new();
    for (i, node) in page.nodes.iter().enumerate() {
        if let Tag::H(level) = node.tag {
            if level <= 2 && node.all.chars > 0 && node.all.chars < 400 {
                headings.push((i as u32, level, heading_text(page, i as u32)));
                if headings.len() >= 64 {
                    break;
                }
            }
        }
    }
    let ld = ld_headline
        .map(collapse)
        .filter(|h| !normal_key(h).is_empty());
    let agreed = ld.as_deref().is_some_and(|h| {
        let key = normal_key(h);
        match_heading(&headings, h, site).is_some()
            || references.iter().any(|r| normal_key(r).contains(&key))
    });
    let (before, after) = if agreed {
        (ld.as_deref(), None)
    } else {
        (None, ld.as_deref())
    };
    let mut declared = before
        .into_iter()
        .chain(references.iter().map(String::as_str))
        .chain(after)
        .filter(|r| !normal_key(r).is_empty());
    if let Some(first) = declared.next() {
        if let Some((text, node)) = match_heading(&headings, first, site) {
            // The heading is a link that names one part of the title, and the page shows a
            // longer part whole: the heading is the blog's banner ("Post : Blog" over a banner
            // <h1> linking home and the post's <h3>).
            let key = normal_key(&text);
            let linked = page
                .nodes
                .get(node as usize)
                .is_some_and(|n| n.all.chars > 0 && n.link_chars >= n.all.chars);
            if linked && key != normal_key(first) {
                if let Some((shown, shown_node)) = visible_segment(page, first) {
                    let shown_key = normal_key(&shown);
                    if shown_key.chars().count() > key.chars().count() && !shown_key.contains(&key)
                    {
                        return (Some(shown), Some(shown_node));
                    }
                }
            }
            // A blog's archive page: its <title> is the blog's name, which its banner shows;
            // the article is the first post under it.
            if let Some(post) = first_post_heading(page, node, &text) {
                return post;
            }
            return (Some(text), Some(node));
        }
        // An old page's headline is a bold line or a table cell, not a heading: the element
        // whose text is the title's main segment ("Headline_Section_Site").
        if let Some((text, node)) = visible_segment(page, first) {
            return (Some(text), Some(node));
        }
        let first = strip_site(first, site);
        let first_chars = first.chars().count();
        // The headline the page shows is still the headline element (the body does not repeat
        // it), even where its words differ from the declared title.
        let shown = declared.find_map(|r| match_heading(&headings, r, site));
        return match shown {
            Some((text, node)) if first_chars > text.chars().count() * 2 => {
                (Some(text), Some(node))
            }
            Some((_, node)) => (Some(first), Some(node)),
            None => (Some(first), None),
        };
    }
    match headings.iter().find(|h| h.1 == 1) {
        Some(h) => (Some(h.2.clone()), Some(h.0)),
        None => (None, None),
    }
}

/// The visible heading a declared title names: the same words, a headline that extends it
/// (with its subtitle), or the longest heading it contains as its main part.
fn match_heading(
    headings: &[(u32, u8, String)],
    reference: &str,
    site: Option<&str>,
) -> Option<(String, u32)> {
    {
        let key = normal_key(reference);
        if !key.is_empty() {
            // An exact match first, then the longest heading the reference contains.
            let mut best: Option<&(u32, u8, String)> = None;
            for h in headings {
                let hk = normal_key(&h.2);
                if hk.chars().count() < 4 {
                    continue;
                }
                if hk == key {
                    // The same words: the declared text keeps the punctuation that markup
                    // split off the heading ("Stuttgart 21" + "Eröffnung..." in two spans).
                    return Some((collapse(reference), h.0));
                }
                // A visible headline that extends the declared one (a headline and its
                // subtitle) is the fuller title.
                if h.1 == 1 && hk.starts_with(&key) && hk.len() <= key.len() * 4 {
                    return Some((h.2.clone(), h.0));
                }
                if key.contains(&hk) && best.is_none_or(|b| b.2.len() < h.2.len()) {
                    best = Some(h);
                }
            }
            if let Some(b) = best {
                let bk = normal_key(&b.2);
                // The heading plus a site affix shorter than itself ("Headline - Site"), not a
                // blog's name that prefixes a longer headline ("Blog: The real headline").
                let affix = (key.starts_with(&bk) || key.ends_with(&bk))
                    && key.len().saturating_sub(bk.len()) <= bk.len().max(30);
                // The heading is the title's main part less a type label ("【原创】").
                let main = main_runs(reference)
                    .iter()
                    .any(|r| normal_key(strip_label(r)) == bk);
                if affix
                    || main
                    || b.2.chars().count() * 2 >= strip_site(reference, site).chars().count()
                {
                    return Some((b.2.clone(), b.0));
                }
            }
        }
    }
    None
}

/// A heading's text without a leading type label that links to its category (a forum's
/// "[原创]" link before the thread's subject); a label typed into the text itself stays.
fn heading_text(page: &Page, i: u32) -> String {
    let full = page.subtree_text(i);
    let end = page.nodes.get(i as usize).map_or(i, |n| n.end);
    let Some(first_text) = (i..end).find(|&j| {
        page.nodes
            .get(j as usize)
            .is_some_and(|n| n.tag == Tag::Text && n.all.chars > 0)
    }) else {
        return full;
    };
    let Some(link) = (i..first_text)
        .rev()
        .find(|&j| page.nodes.get(j as usize).is_some_and(|n| n.tag == Tag::A))
    else {
        return full;
    };
    if page
        .nodes
        .get(link as usize)
        .is_none_or(|n| n.end <= first_text)
    {
        return full;
    }
    let label = page.subtree_text(link);
    let bracketed = (label.starts_with('[') && label.ends_with(']'))
        || (label.starts_with('【') && label.ends_with('】'));
    match full.strip_prefix(label.as_str()).map(str::trim) {
        Some(rest) if bracketed && label.chars().count() <= 10 && !normal_key(rest).is_empty() => {
            rest.to_string()
        }
        _ => full,
    }
}

/// Separators between a title's parts: a headline, a section, a site ("Headline_新闻中心_Site",
/// "Site -- Headline", "Headline : Blog").
const SEGMENT_SEPARATORS: &[&str] = &[
    " -- ", "--", " - ", " | ", "|", "_", " :: ", " : ", "：", "｜", " » ", " « ", " · ", " — ",
    " – ", "──", "—",
];

/// The title's parts: the text between its separators, each with its byte range.
fn segments(title: &str) -> Vec<(usize, usize)> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut at = 0;
    while at < title.len() {
        let rest = title.get(at..).unwrap_or_default();
        match SEGMENT_SEPARATORS
            .iter()
            .find(|sep| rest.starts_with(**sep))
        {
            Some(sep) => {
                parts.push((start, at));
                at += sep.len();
                start = at;
            }
            None => at += rest.chars().next().map_or(1, char::len_utf8),
        }
    }
    parts.push((start, title.len()));
    parts
}

/// The visible element whose text is the declared title's main part: a run of the title's
/// separator-delimited segments that holds its longest one ("Headline" or "Headline - Sub" in
/// "Headline - Sub - Section - Site"), the longest run that the page shows whole.
fn visible_segment(page: &Page, reference: &str) -> Option<(String, u32)> {
    for run in main_runs(reference) {
        let key = normal_key(&run);
        let n = key.chars().count() as u32;
        for (i, node) in page.nodes.iter().enumerate() {
            if matches!(node.tag, Tag::Text | Tag::Document | Tag::Body)
                || node.all.chars < n
                || node.all.chars > n * 2 + 20
            {
                continue;
            }
            let text = heading_text(page, i as u32);
            if normal_key(&text) == key {
                return Some((text, i as u32));
            }
        }
    }
    None
}

/// A title part without a leading type label ("【原创】", "[转载]").
fn strip_label(part: &str) -> &str {
    for (open, close) in [('[', ']'), ('【', '】')] {
        if let Some((label, rest)) = part.strip_prefix(open).and_then(|p| p.split_once(close)) {
            if label.chars().count() <= 8 && !rest.trim().is_empty() {
                return rest.trim();
            }
        }
    }
    part
}

/// The runs of a title's segments that hold its longest segment, longest first, less the
/// whole title; none for a title without separators.
fn main_runs(reference: &str) -> Vec<String> {
    let title = collapse(reference);
    let parts = segments(&title);
    if parts.len() < 2 {
        return Vec::new();
    }
    // The longest segment; of two as long, the first (the headline leads).
    let mut longest = 0;
    let mut longest_chars = 0;
    for (k, &(a, b)) in parts.iter().enumerate() {
        let n = title.get(a..b).map_or(0, |p| p.trim().chars().count());
        if n > longest_chars {
            (longest, longest_chars) = (k, n);
        }
    }
    let mut runs: Vec<String> = Vec::new();
    for first in 0..=longest {
        for last in longest..parts.len() {
            let (Some(&(a, _)), Some(&(_, b))) = (parts.get(first), parts.get(last)) else {
                continue;
            };
            if let Some(run) = title.get(a..b) {
                let run = run.trim();
                if normal_key(run).chars().count() >= 4 && run != title {
                    runs.push(run.to_string());
                }
            }
        }
    }
    runs.sort_by_key(|r| std::cmp::Reverse(r.chars().count()));
    runs
}

/// Where the headline is the page's banner, a heading that is wholly a link and whose text the
/// page repeats (the blog's name in its footer), and two or more headings of one lower level
/// below it are wholly links too (the posts of an archive page): the first of those posts.
fn first_post_heading(page: &Page, node: u32, text: &str) -> Option<(Option<String>, Option<u32>)> {
    let banner = page.nodes.get(node as usize)?;
    let Tag::H(level) = banner.tag else {
        return None;
    };
    if banner.all.chars == 0 || banner.link_chars < banner.all.chars || text.is_empty() {
        return None;
    }
    if page.text.matches(text).count() < 2 {
        return None;
    }
    let mut posts: Vec<(u32, u8)> = Vec::new();
    for (i, n) in page.nodes.iter().enumerate().skip(banner.end as usize) {
        if let Tag::H(l) = n.tag {
            if l > level
                && l <= 4
                && n.all.chars >= 2
                && n.all.chars < 200
                && n.link_chars >= n.all.chars
            {
                posts.push((i as u32, l));
            }
        }
    }
    let &(first, post_level) = posts.first()?;
    if posts.iter().filter(|p| p.1 == post_level).count() < 2 {
        return None;
    }
    let title = page.subtree_text(first);
    (!normal_key(&title).is_empty()).then_some((Some(title), Some(first)))
}

/// Lowercased alphanumerics only, for comparing titles.
pub(crate) fn normal_key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Removes a site-name prefix or suffix (" - 연합뉴스", " | Reuters").
pub(crate) fn strip_site(title: &str, site: Option<&str>) -> String {
    let title = collapse(title);
    const SEPARATORS: &[&str] = &[
        " | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » ", " : ", " ｜ ", "｜", " / ",
    ];
    for sep in SEPARATORS {
        let parts: Vec<&str> = title.split(sep).collect();
        if parts.len() < 2 {
            continue;
        }
        if let Some(site) = site {
            let sk = normal_key(site);
            let kept: Vec<&str> = parts
                .iter()
                .copied()
                .filter(|p| normal_key(p) != sk && !sk.is_empty())
                .collect();
            if kept.len() < parts.len() && !kept.is_empty() {
                return kept.join(sep);
            }
        }
        let first = parts.first().copied().unwrap_or_default();
        let last = parts.last().copied().unwrap_or_default();
        let (fc, lc) = (first.chars().count(), last.chars().count());
        let short = |p: &str, n: usize| n <= 40 && p.split_whitespace().count() <= 5;
        if *sep == " : " {
            continue;
        }
        // A short last part is the site's name ("Storm hits coast - Daily News").
        if lc <= fc && short(last, lc) {
            return parts
                .get(..parts.len() - 1)
                .map_or_else(|| title.clone(), |p| p.join(sep));
        }
        // A short first part is a prefix ("Reuters | Markets rally...").
        if fc * 2 <= lc && short(first, fc) {
            return parts
                .get(1..)
                .map_or_else(|| title.clone(), |p| p.join(sep));
        }
    }
    title
}

/// The site-name affix [`strip_site`] would remove from a title, if any.
pub(crate) fn site_affix(title: &str, site: Option<&str>) -> Option<String> {
    let full = collapse(title);
    // "Headline : 다온뉴스": a colon before a short last part names the site.
    if let Some((_, last)) = full.rsplit_once(" : ") {
        let last = last.trim();
        if !last.is_empty() && last.chars().count() <= 15 && last.split_whitespace().count() <= 2 {
            return Some(last.to_string());
        }
    }
    // "Headline_江南日报网": Chinese sites join the site's name with an underscore.
    if let Some((head, last)) = full.rsplit_once('_') {
        let last = last.trim();
        if !head.trim().is_empty() && !last.is_empty() && last.chars().count() <= 12 {
            return Some(last.to_string());
        }
    }
    let stripped = strip_site(&full, site);
    if stripped == full || stripped.is_empty() {
        return None;
    }
    let rest = if let Some(rest) = full.strip_prefix(stripped.as_str()) {
        rest
    } else {
        full.strip_suffix(stripped.as_str())?
    };
    let affix = rest.trim_matches(|c: char| c.is_whitespace() || "|-–—:·«»｜/".contains(c));
    (!affix.is_empty()).then(|| affix.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_site_suffix_and_prefix() {
        assert_eq!(
            strip_site("Storm hits coast - Daily News", None),
            "Storm hits coast"
        );
        assert_eq!(
            strip_site("[속보] 대구시 세미나 개최 | 뉴스21", Some("뉴스21")),
            "[속보] 대구시 세미나 개최"
        );
        assert_eq!(
            strip_site("Reuters | Markets rally as rates fall sharply", None),
            "Markets rally as rates fall sharply"
        );
        assert_eq!(strip_site("No separator here", None), "No separator here");
    }

    fn title_of(head: &str, h1: &str) -> Option<String> {
        let body = "<p>The council met on Tuesday and voted to keep the old bridge open for \
                    another year while engineers study the cost of a full repair.</p>"
            .repeat(4);
        title_in(&format!(
            "<html><head>{head}</head><body><article><h1>{h1}</h1>{body}</article></body></html>"
        ))
    }

    /// The title `extract` gives a page.
    fn title_in(html: &str) -> Option<String> {
        crate::extract(html.as_bytes(), &crate::Options::default())
            .ok()
            .and_then(|a| a.title)
    }

    #[test]
    fn the_declared_title_beats_a_different_visible_headline() {
        let head = r#"<title>Bridge stays open - Daily News</title>
            <meta property="og:title" content="Old bridge stays open for another year">"#;
        assert_eq!(
            title_of(head, "Council keeps the old bridge open").as_deref(),
            Some("Old bridge stays open for another year")
        );
        // Dublin Core comes before OpenGraph.
        let head = r#"<meta name="dc.title" content="The DC title">
            <meta property="og:title" content="The OG title">"#;
        assert_eq!(title_of(head, "Other").as_deref(), Some("The DC title"));
    }

    #[test]
    fn a_json_ld_headline_leads_only_where_the_page_agrees() {
        let ld = |headline: &str| {
            format!(
                r#"<script type="application/ld+json">{{"@type":"NewsArticle",
                "headline":"{headline}"}}</script>"#
            )
        };
        // Confirmed by <title>: it beats the OpenGraph title and the visible headline.
        let head = format!(
            r#"{}<title>Bridge hands-on: what changes - Daily News</title>
            <meta property="og:title" content="Bridge is open again">"#,
            ld("Bridge hands-on: what changes")
        );
        assert_eq!(
            title_of(&head, "Bridge is open again").as_deref(),
            Some("Bridge hands-on: what changes")
        );
        // A description nothing else repeats (Wikipedia's): the declared titles win.
        let head = format!(
            r#"{}<title>List of bridges in Ohio - Wikipedia</title>"#,
            ld("Wikimedia list article")
        );
        assert_eq!(
            title_of(&head, "List of bridges in Ohio").as_deref(),
            Some("List of bridges in Ohio")
        );
    }

    #[test]
    fn affixes_name_the_site() {
        assert_eq!(
            site_affix("Storm hits coast - Daily News", None).as_deref(),
            Some("Daily News")
        );
        assert_eq!(
            site_affix("Reuters | Markets rally as rates fall sharply", None).as_deref(),
            Some("Reuters")
        );
        assert_eq!(site_affix("No separator here", None), None);
    }

    /// The headline of a page with `head` and `body`, after four paragraphs of story.
    fn title_of_page(head: &str, body: &str) -> Option<String> {
        let story =
            "<p>镇上的老石桥修了整整三个月，昨天终于重新通行，赶集的村民一大早就从桥上走过，\
                     都说桥面比以前宽了，走起来也稳当多了。</p>"
                .repeat(4);
        title_in(&format!(
            "<html><head><meta charset=\"utf-8\">{head}</head><body>{body}{story}</body></html>"
        ))
    }

    #[test]
    fn segments_split_at_cjk_and_ascii_separators() {
        let parts = |t: &str| {
            segments(t)
                .into_iter()
                .filter_map(|(a, b)| t.get(a..b).map(str::to_string))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            parts("老石桥通行_本地新闻_清水网"),
            ["老石桥通行", "本地新闻", "清水网"]
        );
        assert_eq!(
            parts("老石桥通行 -- 打印本页 -- 清水网"),
            ["老石桥通行", "打印本页", "清水网"]
        );
        assert_eq!(parts("No separator"), ["No separator"]);
    }

    #[test]
    fn a_bold_line_that_shows_the_titles_main_segment_is_the_headline() {
        // The section and the site name follow the headline; the page shows them too (a
        // section label, a copyright line), but the longest segment is the headline.
        let body = r#"<table><tr><td><b>本地新闻</b></td></tr>
            <tr><td align="center"><font size="4"><b>老石桥修缮完毕 昨起恢复通行</b></font></td></tr></table>"#;
        for title in [
            "老石桥修缮完毕 昨起恢复通行_本地新闻_清水网",
            "老石桥修缮完毕 昨起恢复通行 -- 打印本页 -- 清水网",
            "老石桥修缮完毕 昨起恢复通行 - 本地新闻 - 清水网",
        ] {
            let head = format!("<title>{title}</title>");
            assert_eq!(
                title_of_page(&head, body).as_deref(),
                Some("老石桥修缮完毕 昨起恢复通行"),
                "{title}"
            );
        }
        // A forum's name before the subject; the label typed into the subject stays.
        let head = "<title>清水镇论坛 --  [原创]我们村口的那座老石桥</title>";
        let body = "<div><b>[原创]我们村口的那座老石桥</b></div>";
        assert_eq!(
            title_of_page(head, body).as_deref(),
            Some("[原创]我们村口的那座老石桥")
        );
        // A blog's name after " : " and the post's title in an <h3>.
        let head = "<title>石橋が直った : 川沿い日記</title>";
        let body =
            r#"<h1><a href="/">川沿い日記</a></h1><h3><a href="/1.html">石橋が直った</a></h3>"#;
        assert_eq!(title_of_page(head, body).as_deref(), Some("石橋が直った"));
    }

    #[test]
    fn a_forums_type_label_link_is_not_part_of_the_subject() {
        let head = "<title>【原创】我们村口的那座老石桥 - 乡土记忆 - 清水镇论坛</title>";
        let body =
            r#"<h1><a href="forum.php?typeid=3">[原创]</a> <span>我们村口的那座老石桥</span></h1>"#;
        assert_eq!(
            title_of_page(head, body).as_deref(),
            Some("我们村口的那座老石桥")
        );
    }

    #[test]
    fn a_blog_archives_banner_gives_way_to_its_first_post() {
        let head = "<title>河边小书房 - 博客平台</title>";
        let post = |t: &str| {
            format!(
                r#"<div class="post"><h2>2009-03-22</h2><h3><a href="/logs/{t}.html">{t}</a></h3>
                <p>今天在河边散步，看见新修的石桥上站满了钓鱼的人，大家都在等傍晚的鱼群。</p></div>"#
            )
        };
        let body = format!(
            r#"<h1><a href="/">河边小书房</a></h1>{}{}<div id="footer">Copyright 河边小书房</div>"#,
            post("旧书摊上的一本地方志"),
            post("春天的第一壶茶")
        );
        assert_eq!(
            title_of_page(head, &body).as_deref(),
            Some("旧书摊上的一本地方志")
        );
        // The page does not repeat the banner's name: it is the headline, as declared.
        let body = format!(
            r#"<h1><a href="/">河边小书房</a></h1>{}{}"#,
            post("旧书摊上的一本地方志"),
            post("春天的第一壶茶")
        );
        assert_eq!(title_of_page(head, &body).as_deref(), Some("河边小书房"));
    }
}
