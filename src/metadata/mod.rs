//! Stage 4, metadata: what the page says about itself (headline, authors, dates, site,
//! language, description, canonical URL, lead image, section, tags).
//!
//! Sources, in order of trust; the first that gives a field wins:
//!
//! 1. JSON-LD (`NewsArticle`, `Article`, `ReportageNewsArticle`... at the top level, in arrays
//!    or `@graph`; broken JSON repaired or skipped);
//! 2. OpenGraph and `article:*` meta;
//! 3. other meta: Dublin Core (`dc.*`, `dcterms.*`), `author`, `description`, `keywords`...;
//! 4. microdata in the body (`itemprop=author`, `datePublished`, `dateModified`);
//! 5. `<time datetime>`;
//! 6. `rel=author` links;
//! 7. the visible page: the byline and dateline the classify stage removed from the body as
//!    `credit` and `timestamp` (one mechanism: what is cut from the text feeds the metadata);
//! 8. the URL (`/2026/07/12/`).
//!
//! [`read`] runs before scoring (the headline's element helps find the article); [`complete`]
//! runs after classify, when the removed credits and timestamps are known.

mod dates;
mod jsonld;
mod lang;
mod pattern;
mod payload;

pub(crate) use payload::body as payload_body;

pub(crate) use lang::resolve as language;
mod people;
mod title;

// The comparison keys are used by `eval` (feature `eval`) only.
#[cfg(feature = "eval")]
pub(crate) use dates::key as date_key;
pub(crate) use dates::Zone;
pub(crate) use title::normal_key;
#[cfg(feature = "eval")]
pub(crate) use title::strip_site;

use crate::article::{Article, RemovalKind};
use crate::index::{Page, PropName, Tag};
use crate::options::Options;

/// What the page says about itself, before the body is known.
#[derive(Debug, Default, Clone)]
pub(crate) struct Meta {
    pub title: Option<String>,
    /// The arena index of the heading element that holds the title, if one does.
    pub title_node: Option<u32>,
    /// The text of the element marked as the author (`itemprop=author`, `rel=author`).
    pub shown_author: Option<String>,
    /// A byline from structured sources (microdata, `rel=author`, meta, JSON-LD), used when the
    /// page shows none.
    pub byline: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<String>,
    pub modified: Option<String>,
    /// The declared language (checked against the body in [`complete`]).
    pub lang: Option<String>,
    pub site_name: Option<String>,
    pub description: Option<String>,
    pub canonical_url: Option<String>,
    pub image: Option<String>,
    pub section: Option<String>,
    pub tags: Vec<String>,
    /// `articleBody` from JSON-LD, when present.
    pub ld_body: Option<String>,
    /// How dates without a zone are read.
    pub zone: Zone,
    /// The URL a date may be read from, last.
    pub url: Option<String>,
}

/// Reads the page's metadata from every source but the visible byline and dateline.
pub(crate) fn read(page: &Page, options: &Options) -> Meta {
    let ld = jsonld::read(&page.head.json_ld);
    let meta = |keys: &[&str]| -> Option<String> {
        keys.iter().find_map(|k| {
            page.head
                .metas
                .iter()
                .find(|(key, v)| key == k && !v.trim().is_empty())
                .map(|(_, v)| collapse(v))
        })
    };
    let declared_lang = page
        .head
        .lang
        .as_deref()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .or_else(|| {
            meta(&["og:locale", "content-language", "language", "dc.language"])
                .map(|l| l.replace('_', "-"))
        })
        .or_else(|| ld.lang.clone())
        .or_else(|| options.lang.clone());
    let canonical_url = page
        .head
        .canonical
        .as_deref()
        .map(collapse)
        .filter(|c| !c.is_empty())
        .or_else(|| meta(&["og:url"]))
        .or_else(|| ld.url.clone())
        .map(|c| absolute(&c, options.url.as_deref()));
    let url = options.url.clone().or_else(|| canonical_url.clone());
    let zone = Zone {
        korean: declared_lang
            .as_deref()
            .is_some_and(|l| l.to_ascii_lowercase().starts_with("ko"))
            || url.as_deref().is_some_and(is_korean_domain),
        chinese: declared_lang
            .as_deref()
            .is_some_and(|l| l.to_ascii_lowercase().starts_with("zh")),
    };

    let declared_site = ld
        .publisher
        .clone()
        .or_else(|| meta(&["og:site_name", "application-name", "twitter:site:name"]));
    let mut references: Vec<String> = Vec::new();
    for key in [
        "dc.title",
        "dcterms.title",
        "og:title",
        "twitter:title",
        "parsely-title",
        "sailthru.title",
        "title",
    ] {
        references.extend(meta(&[key]));
    }
    references.extend(page.head.title.as_deref().map(collapse));
    references.dedup();
    let (title, title_node) = title::choose_title(
        page,
        ld.headline.as_deref(),
        &references,
        declared_site.as_deref(),
    );
    let site_name = declared_site.or_else(|| {
        page.head
            .title
            .as_deref()
            .and_then(|t| title::site_affix(t, None))
    });

    // Structured bylines: microdata and rel=author in the body, then meta, then JSON-LD.
    let prop_text = |name: PropName| -> Option<String> {
        page.props.iter().filter(|p| p.name == name).find_map(|p| {
            // A photo's `creator` in its caption is not the article's author.
            if name == PropName::Author && in_figure(page, p.node) {
                return None;
            }
            p.value
                .as_deref()
                .map(collapse)
                .or_else(|| Some(page.subtree_text(p.node)))
                .filter(|v| !v.is_empty() && v.chars().count() <= 120 && !v.starts_with("http"))
        })
    };
    let meta_author = [
        "article:author",
        "dc.creator",
        "dcterms.creator",
        "author",
        "parsely-author",
        "sailthru.author",
        "byl",
    ]
    .iter()
    .find_map(|k| meta(&[k]).filter(|a| !a.starts_with("http")));
    let shown_author = prop_text(PropName::Author);
    let person_byline = shown_author
        .clone()
        .or(meta_author)
        .or_else(|| (!ld.authors.is_empty()).then(|| ld.authors.join(", ")));
    let authors = if ld.authors.is_empty() {
        person_byline
            .as_deref()
            .map(people::names)
            .unwrap_or_default()
    } else {
        ld.authors.clone()
    };
    // An organisation credited as author is a byline only when nothing names a person.
    let byline =
        person_byline.or_else(|| (!ld.org_authors.is_empty()).then(|| ld.org_authors.join(", ")));

    let date = |raw: Option<String>| raw.and_then(|r| dates::normalize(&r, zone));
    // `<time datetime>` elements, each published or modified by the label beside it
    // ("Updated <time>").
    let time_elements: Vec<(dates::Stamp, String)> = page
        .datetimes
        .iter()
        .take(16)
        .filter_map(|&(node, ref value)| {
            let value = dates::normalize(value, zone)?;
            let parent = page.nodes.get(node as usize).map_or(node, |n| n.parent);
            let label = page.subtree_text(parent);
            let stamp = if label.chars().count() <= 80 && dates::says_modified(&label) {
                dates::Stamp::Modified
            } else {
                dates::Stamp::Published
            };
            Some((stamp, value))
        })
        .collect();
    let published = date(ld.published.clone())
        .or_else(|| {
            date(meta(&[
                "article:published_time",
                "og:article:published_time",
                "article.published",
                "datepublished",
                "pubdate",
                "publishdate",
                "publish-date",
                "parsely-pub-date",
                "sailthru.date",
                "dc.date",
                "dc.date.issued",
                "dcterms.created",
                "dcterms.issued",
                "date",
            ]))
        })
        .or_else(|| date(prop_text(PropName::Published)))
        .or_else(|| {
            time_elements
                .iter()
                .find_map(|(stamp, v)| (*stamp == dates::Stamp::Published).then(|| v.clone()))
        });
    let modified = date(ld.modified.clone())
        .or_else(|| {
            date(meta(&[
                "article:modified_time",
                "og:updated_time",
                "datemodified",
                "dc.date.modified",
                "dcterms.modified",
            ]))
        })
        .or_else(|| date(prop_text(PropName::Modified)))
        .or_else(|| {
            time_elements
                .iter()
                .find_map(|(stamp, v)| (*stamp == dates::Stamp::Modified).then(|| v.clone()))
        });

    let tags = {
        let article_tags: Vec<String> = page
            .head
            .metas
            .iter()
            .filter(|(k, v)| k == "article:tag" && !v.trim().is_empty())
            .map(|(_, v)| collapse(v))
            .collect();
        if !article_tags.is_empty() {
            article_tags
        } else if !ld.keywords.is_empty() {
            ld.keywords.clone()
        } else {
            meta(&["news_keywords", "keywords"])
                .map(|k| split_list(&k))
                .unwrap_or_default()
        }
    };

    Meta {
        title,
        title_node,
        shown_author,
        byline,
        authors,
        published,
        modified,
        lang: declared_lang,
        site_name,
        // The fuller of the page's two summaries (social cards are often cut short).
        description: match (meta(&["description"]), meta(&["og:description"])) {
            (Some(d), Some(og)) => Some(if og.chars().count() > d.chars().count() {
                og
            } else {
                d
            }),
            (d, og) => d.or(og),
        }
        .or_else(|| {
            meta(&[
                "twitter:description",
                "dc.description",
                "dcterms.description",
            ])
        })
        .or(ld.description),
        canonical_url,
        image: meta(&[
            "og:image",
            "og:image:url",
            "og:image:secure_url",
            "twitter:image",
            "twitter:image:src",
        ])
        .or(ld.image)
        .map(|i| absolute(&i, url.as_deref())),
        section: meta(&["article:section", "parsely-section"]).or(ld.section),
        tags,
        ld_body: ld.body,
        zone,
        url,
    }
}

/// Whether a node stands in a `<figure>` or `<figcaption>` (a few levels up at most).
fn in_figure(page: &Page, node: u32) -> bool {
    let mut at = node;
    for _ in 0..8 {
        let Some(n) = page.nodes.get(at as usize) else {
            return false;
        };
        if matches!(n.tag, Tag::Figure | Tag::Figcaption) {
            return true;
        }
        if n.parent == at {
            return false;
        }
        at = n.parent;
    }
    false
}

/// Fills the article's metadata: the structured sources, then the byline and dateline the
/// classify stage removed, then the URL; the language is checked against the body.
///
/// `named_credits` are the texts of the blocks the page itself names a byline (by class or
/// id), which may be a desk credit naming no person.
pub(crate) fn complete(article: &mut Article, meta: Meta, named_credits: &[String]) {
    // Credits, and the byline part of a dateline removed for its place ("2026-04-28 09:12:36
    // 来源：江南日报 作者：记者 周文静 通讯员 李明 【字号 大 中 小】").
    let credits: Vec<&str> = article
        .removed
        .iter()
        .filter_map(|r| match r.kind {
            RemovalKind::Credit => Some(r.text.as_str()),
            // A byline removed for where it stands ("Por Ana Souza, Folha da Baía").
            _ if r.text.len() <= 120 && starts_with_lead(&r.text) => Some(r.text.as_str()),
            _ if r.text.len() <= 240 && dates::has_label(&r.text) => byline_segment(&r.text),
            _ => None,
        })
        .collect();
    // A lone "By" is joined to the credit after it (the name is often a link of its own).
    let mut visible: Vec<String> = Vec::new();
    let mut lead: Option<&str> = None;
    for credit in credits {
        if LEADS.contains(&credit.trim().to_lowercase().as_str()) {
            lead = Some(credit.trim());
            continue;
        }
        visible.push(match lead.take() {
            Some(lead) => format!("{lead} {credit}"),
            None => credit.to_string(),
        });
    }
    // The byline as shown: the first visible credit that names someone, one with a lead word
    // ("By …") before a bare one; when the structured sources name the authors, the first that
    // names one of them (a class called "author" also holds section labels, breadcrumbs and
    // profile boxes).
    let known: Vec<String> = meta.authors.iter().map(|a| normal_key(a)).collect();
    // Whether a shown name is one of the declared authors (either may hold the other:
    // "Jane Doe" and "Jane Doe, Staff Writer").
    let declared = |name: &str| {
        let n = normal_key(name);
        !n.is_empty()
            && known
                .iter()
                .any(|k| k.contains(&n) || n.contains(k.as_str()))
    };
    let led = visible.iter().filter(|c| starts_with_lead(c));
    let shown = led.chain(visible.iter()).find_map(|c| {
        let names = people::names(c);
        let agrees = known.is_empty() || names.iter().any(|n| declared(n));
        (!names.is_empty() && agrees).then(|| (shown_byline(c), names))
    });
    // Of the credits that name the same people, the fullest ("강서연" and then "강서연
    // 출판평론가" in the closing profile).
    let shown = shown.map(|(byline, names)| {
        let fuller = visible
            .iter()
            .filter(|c| c.chars().count() <= 60 && people::names(c) == names)
            .map(|c| shown_byline(c))
            .filter(|b| b.contains(byline.as_str()))
            .max_by_key(|b| b.chars().count());
        (fuller.unwrap_or(byline), names)
    });
    // A desk credit names no person ("취재 온누리방송 재난보도팀", "Par la rédaction"): it is
    // still the byline the page shows, unless a structured byline says otherwise.
    let desk = || {
        named_credits
            .iter()
            .map(|text| shown_byline(text))
            .find(|b| {
                let key = normal_key(b);
                !key.is_empty()
                    && b.chars().count() <= 60
                    && meta
                        .byline
                        .as_deref()
                        .is_none_or(|m| key.contains(&normal_key(m)))
            })
    };
    // A credit that is the marked author's name and then a role in another element ("Kevin
    // Tremblay" + "Municipal Affairs Reporter"): the name is the byline.
    let shown = shown.map(|(byline, names)| match meta.shown_author.as_deref() {
        Some(marked) if byline.starts_with(marked) && byline.len() > marked.len() => {
            (marked.to_string(), names)
        }
        _ => (byline, names),
    });
    // A credit split over elements shows only some of the declared authors ("Par" + one name
    // in one element, "et" + the other in the next): the structured byline names them all.
    let partial =
        |names: &[String]| meta.authors.len() > names.len() && names.iter().all(|n| declared(n));
    let (byline, authors) = match shown {
        Some((byline, names)) if meta.authors.is_empty() => (Some(byline), names),
        Some((_, names)) if partial(&names) && meta.byline.is_some() => {
            (meta.byline.clone(), meta.authors)
        }
        Some((byline, _)) => (Some(byline), meta.authors),
        None => (desk().or(meta.byline), meta.authors),
    };
    article.byline = byline.filter(|b| !b.is_empty());
    article.authors = authors;

    let mut sample = String::new();
    for block in &article.body {
        if sample.len() > 8_000 {
            break;
        }
        sample.push_str(&block.text);
        sample.push('\n');
    }
    article.lang = lang::resolve(meta.lang.as_deref(), &sample);
    // A page whose text is Korean is in KST, whatever it declares.
    let mut zone = meta.zone;
    zone.korean |= article
        .lang
        .as_deref()
        .is_some_and(|l| l.to_ascii_lowercase().starts_with("ko"));

    // The visible dateline: timestamps and credits, and any other short removal that carries a
    // dateline label ("입력", "등록일", "Published", "Updated"); a dateline the page classes as
    // an ad or puts outside the article is still the article's dateline.
    let mut shown_published: Option<String> = None;
    let mut shown_modified: Option<String> = None;
    for removal in &article.removed {
        let direct = matches!(removal.kind, RemovalKind::Timestamp | RemovalKind::Credit);
        let labelled = removal.text.len() <= 240 && dates::has_label(&removal.text);
        if !(direct || labelled) {
            continue;
        }
        for (stamp, value) in dates::stamps(&removal.text, zone) {
            let slot = match stamp {
                dates::Stamp::Published => &mut shown_published,
                dates::Stamp::Modified => &mut shown_modified,
            };
            // A date with its time beats the same date alone ("2026년 07월 24일 (금)" then
            // "기사입력 2026/07/24 [15:33]").
            let better = match slot.as_deref() {
                None => true,
                Some(old) => old.len() == 10 && value.len() > 10 && value.starts_with(old),
            };
            if better {
                *slot = Some(value);
            }
        }
        let timed = |s: &Option<String>| s.as_ref().is_some_and(|s| s.len() > 10);
        if timed(&shown_published) && timed(&shown_modified) {
            break;
        }
    }
    // A visible time refines a structured date that has none ("2026-07-24" and "기사입력
    // 2026/07/24 [15:33]"); a visible time without a zone takes the zone of the page's
    // structured dates.
    let refine = |structured: Option<String>, shown: Option<String>| -> Option<String> {
        let shown = shown.map(|s| dates::with_offset_of(s, structured.as_deref()));
        match (structured, shown) {
            (Some(st), Some(sh)) if st.len() == 10 && sh.starts_with(&st) => Some(sh),
            (Some(st), _) => Some(st),
            (None, shown) => shown,
        }
    };
    let mut published = refine(meta.published, shown_published);
    let modified = refine(meta.modified, shown_modified);
    let modified = modified.map(|m| dates::with_offset_of(m, published.as_deref()));
    // "（最終更新 3/24 18:02）": an update time without a year takes the publication's.
    let modified = modified.or_else(|| {
        let year = published.as_deref()?.get(..4)?;
        article
            .removed
            .iter()
            .filter(|r| r.text.len() <= 120 && dates::says_modified(&r.text))
            .find_map(|r| dates::month_day_time(&r.text, year, zone))
            .map(|m| dates::with_offset_of(m, published.as_deref()))
    });
    if published.is_none() && article.status == crate::article::Status::Article {
        published = meta.url.as_deref().and_then(dates::from_url);
    }
    article.published = published;
    article.modified = modified;
    // A page with no article (a section front, an error page) has no author or date of its
    // own: what it shows belongs to the stories it lists.
    if article.status != crate::article::Status::Article {
        article.byline = None;
        article.authors.clear();
        article.published = None;
        article.modified = None;
    }

    article.title = meta.title;
    article.site_name = meta.site_name;
    article.description = meta.description;
    article.canonical_url = meta.canonical_url;
    article.image = meta.image;
    article.section = meta.section;
    article.tags = meta.tags;
}

/// Metadata for already-extracted text: only the caller's hints and what the text shows.
pub(crate) fn for_text(options: &Options) -> Meta {
    let korean = options
        .lang
        .as_deref()
        .is_some_and(|l| l.to_ascii_lowercase().starts_with("ko"))
        || options.url.as_deref().is_some_and(is_korean_domain);
    Meta {
        lang: options.lang.clone(),
        url: options.url.clone(),
        zone: Zone {
            korean,
            chinese: options
                .lang
                .as_deref()
                .is_some_and(|l| l.to_ascii_lowercase().starts_with("zh")),
        },
        ..Meta::default()
    }
}

/// The part of a dateline after an author label, up to the next bracket or separator.
fn byline_segment(text: &str) -> Option<&str> {
    const LABELS: &[&str] = &["作者：", "作者:", "記者：", "글쓴이 :", "Autor:", "Author:"];
    let (label, at) = LABELS
        .iter()
        .find_map(|l| text.find(l).map(|at| (*l, at)))?;
    let rest = text.get(at + label.len()..)?;
    let end = rest
        .find(['【', '[', '|', '｜', '(', '（'])
        .unwrap_or(rest.len());
    let segment = rest.get(..end)?.trim();
    (!segment.is_empty()).then_some(segment)
}

/// Whether a line opens with a byline's lead word ("By ", "Por ", "Par ", "Von ", "Di ").
fn starts_with_lead(text: &str) -> bool {
    let lower = text.trim_start().to_lowercase();
    ["by ", "por ", "par ", "von ", "di ", "от "]
        .iter()
        .any(|l| lower.starts_with(l))
        && text
            .split_whitespace()
            .nth(1)
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// Words that introduce a byline and are nothing on their own.
const LEADS: &[&str] = &[
    "by",
    "von",
    "par",
    "por",
    "di",
    "от",
    "written by",
    "posted by",
];

/// A credit line as a byline: without emails, links, wire prefixes and trailing separators.
fn shown_byline(credit: &str) -> String {
    let words: Vec<&str> = credit
        .split_whitespace()
        .filter(|w| !w.contains('@') && !w.starts_with("http") && !w.starts_with("www."))
        .collect();
    let mut joined = words.join(" ");
    // "(서울=연합뉴스)" and "【서울=뉴시스】" prefixes name the agency, not the writer.
    if joined.starts_with(['(', '[', '【']) {
        if let Some(close) = joined.find([')', ']', '】']) {
            let head = joined.get(..close).unwrap_or("");
            if head.contains('=') {
                let rest = joined.get(close..).unwrap_or("");
                let rest = rest
                    .get(rest.chars().next().map_or(0, char::len_utf8)..)
                    .unwrap_or("");
                joined = rest.trim_start().to_string();
            }
        }
    }
    // Field labels are not part of what the byline shows; links after it are not either.
    for label in [
        "기자명",
        "Автор:",
        "Автор",
        "作者：",
        "作者:",
        "Author:",
        "Autor:",
    ] {
        if let Some(rest) = joined.strip_prefix(label) {
            joined = rest.trim_start().to_string();
        }
    }
    for tail in [
        "다른 기사 보기",
        "다른기사 보기",
        "기사 더 보기",
        "구독하기",
        "구독",
        "응원하기",
    ] {
        if let Some(rest) = joined.strip_suffix(tail) {
            joined = rest.trim_end().to_string();
        }
    }
    // A broadcast's handover names the reporter before its verb ("홍길동 기자가 보도합니다."):
    // the byline is the name and title.
    for title in ["기자", "특파원"] {
        if let Some(at) = joined
            .find(&format!("{title}가 "))
            .or_else(|| joined.find(&format!("{title}이 ")))
        {
            let is_handover = joined.get(at..).is_some_and(|rest| {
                rest.contains("보도합니다")
                    || rest.contains("전해드립니다")
                    || rest.contains("취재했습니다")
            });
            if is_handover {
                joined.truncate(at + title.len());
                if let Some(start) = joined.rfind(|c: char| c.is_whitespace() || c == ',') {
                    let name_start = joined
                        .get(..start)
                        .and_then(|head| head.rfind(char::is_whitespace))
                        .map_or(0, |i| i + 1);
                    joined = joined.get(name_start..).unwrap_or_default().to_string();
                }
            }
        }
    }
    // "한소희기자" is written with the space the title takes.
    for title in ["기자", "특파원"] {
        if let Some(name) = joined.strip_suffix(title) {
            let syllables = name.chars().count();
            if (2..=4).contains(&syllables)
                && name.chars().all(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
            {
                joined = format!("{name} {title}");
            }
        }
    }
    let trimmed = joined.trim_matches(|c: char| c.is_whitespace() || "=|/【】<>（）".contains(c));
    // Brackets are trimmed only when they enclose the whole line or are left unpaired.
    let trimmed = match (
        trimmed.strip_prefix(['(', '[']),
        trimmed.strip_suffix([')', ']']),
    ) {
        (Some(_), Some(_)) => trimmed.get(1..trimmed.len() - 1).unwrap_or(trimmed),
        _ => trimmed,
    };
    let open = trimmed.matches(['(', '[']).count();
    let close = trimmed.matches([')', ']']).count();
    let trimmed = if open < close {
        trimmed.trim_end_matches([')', ']'])
    } else if open > close {
        trimmed.trim_start_matches(['(', '['])
    } else {
        trimmed
    };
    trimmed.trim().to_string()
}

/// Whether a URL's host is under `.kr`.
fn is_korean_domain(url: &str) -> bool {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#', ':']).next().unwrap_or_default();
    host.to_ascii_lowercase().ends_with(".kr")
}

/// A URL made absolute against the page's URL with the `url` crate (WHATWG joining, as a
/// browser resolves `src` and `href`): relative (`images/lead.jpg`), root-relative and
/// protocol-relative values are joined; an absolute URL is kept as written. Without a base that
/// parses, a protocol-relative URL gets `https:` and anything else stays as it is.
fn absolute(raw: &str, base: Option<&str>) -> String {
    let raw = raw.trim();
    if url::Url::parse(raw).is_ok() {
        return raw.to_string();
    }
    let base = base
        .and_then(|b| url::Url::parse(b.trim()).ok())
        .filter(|b| !b.cannot_be_a_base());
    match base {
        Some(base) => base
            .join(raw)
            .map_or_else(|_| raw.to_string(), String::from),
        None if raw.starts_with("//") => format!("https:{raw}"),
        None => raw.to_string(),
    }
}

/// A comma-separated list ("a, b, c") as items.
pub(crate) fn split_list(s: &str) -> Vec<String> {
    s.split([',', '，', '、', ';'])
        .map(collapse)
        .filter(|t| !t.is_empty())
        .collect()
}

/// Collapses whitespace and trims.
pub(crate) fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    crate::index::push_collapsed(&mut out, s);
    out.trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bylines_as_shown() {
        assert_eq!(shown_byline("최윤호 기자 uknow@donga.com"), "최윤호 기자");
        assert_eq!(shown_byline("(서울=연합뉴스) 홍길동 기자 ="), "홍길동 기자");
        assert_eq!(shown_byline("By Jane Doe"), "By Jane Doe");
        assert_eq!(shown_byline("기자명 장민호 기자"), "장민호 기자");
        assert_eq!(shown_byline("【서울=뉴시스】이지은 기자 ="), "이지은 기자");
        assert_eq!(shown_byline("오세진 기자다른 기사 보기"), "오세진 기자");
        assert_eq!(shown_byline("한소희기자 sohee@x.kr"), "한소희 기자");
        assert_eq!(shown_byline("Автор: Ирина Соколова"), "Ирина Соколова");
        assert_eq!(
            shown_byline("Tom Kelleher (now) and Ruby Santos (earlier)"),
            "Tom Kelleher (now) and Ruby Santos (earlier)"
        );
    }

    fn byline_of(head: &str, top: &str) -> Option<String> {
        let body = "<p>The council met on Tuesday and voted to keep the old bridge open for \
                    another year while engineers study the cost of a full repair.</p>"
            .repeat(4);
        let html = format!(
            "<html><head>{head}</head><body><article><h1>Bridge stays open</h1>{top}{body}\
             </article></body></html>"
        );
        crate::extract(html.as_bytes(), &crate::Options::default())
            .ok()
            .and_then(|a| a.byline)
    }

    #[test]
    fn a_photo_creator_is_not_the_author() {
        let top = r#"<figure><img src="a.jpg"><figcaption>The bridge
            <span itemprop="creator">Benoit Tessier/Reuters</span></figcaption></figure>"#;
        let head = r#"<meta property="author" content="Sarah Archer">"#;
        assert_eq!(byline_of(head, top).as_deref(), Some("Sarah Archer"));
    }

    #[test]
    fn a_credit_with_a_lead_word_beats_a_bare_label() {
        let top = r#"<div class="byline"><a href="/topics/tech">Tech Industry</a></div>
            <div class="byline">by <a href="/profiles/steven">Steven Musil</a></div>"#;
        assert_eq!(byline_of("", top).as_deref(), Some("by Steven Musil"));
    }

    #[test]
    fn a_partial_credit_yields_to_the_declared_authors() {
        let head = r#"<script type="application/ld+json">{"@type":"NewsArticle",
            "author":[{"@type":"Person","name":"Alexandre Hervaud"},
                      {"@type":"Person","name":"Jérémy Piette"}]}</script>"#;
        let top = r#"<span class="authors">Par <span class="author">Alexandre Hervaud</span>
            et <span class="author">Jérémy Piette</span></span>"#;
        assert_eq!(
            byline_of(head, top).as_deref(),
            Some("Alexandre Hervaud, Jérémy Piette")
        );
    }

    #[test]
    fn a_dublin_core_property_beats_the_name_form() {
        let head = r#"<meta name="DC.creator" content="Name Form">
            <meta property="dc:creator" content="Property Form">"#;
        assert_eq!(byline_of(head, "").as_deref(), Some("Property Form"));
    }

    #[test]
    fn urls() {
        assert!(is_korean_domain("https://www.yna.co.kr/view/AKR1"));
        assert!(!is_korean_domain("https://www.donga.com/news/1"));
        assert_eq!(
            absolute("/news/1", Some("https://x.kr/a/b")),
            "https://x.kr/news/1"
        );
        assert_eq!(absolute("//cdn.x/i.jpg", None), "https://cdn.x/i.jpg");
        assert_eq!(
            absolute("//cdn.x/i.jpg", Some("http://x.kr/a")),
            "http://cdn.x/i.jpg"
        );
        assert_eq!(
            absolute("images/lead.jpg", Some("https://example.com/news/a.html")),
            "https://example.com/news/images/lead.jpg"
        );
        assert_eq!(
            absolute(
                "../img/b.png?w=800",
                Some("https://example.com/news/2026/a.html")
            ),
            "https://example.com/news/img/b.png?w=800"
        );
        assert_eq!(
            absolute(
                "https://cdn.example.com/i.jpg",
                Some("https://example.com/")
            ),
            "https://cdn.example.com/i.jpg"
        );
        // No base, or one that is not a URL: left as written.
        assert_eq!(absolute("images/lead.jpg", None), "images/lead.jpg");
        assert_eq!(
            absolute("images/lead.jpg", Some("not a url")),
            "images/lead.jpg"
        );
    }

    #[test]
    fn relative_image_and_canonical_are_joined_with_the_page_url() {
        let html = br#"<html><head><title>Harbour opens</title>
            <meta property="og:image" content="images/lead.jpg">
            <link rel="canonical" href="a.html"></head><body><article><h1>Harbour opens</h1>
            <p>The new harbour opened on Friday after three years of building work on the quay.</p>
            <p>Ferries to the islands will leave from the east pier from the first of June.</p>
            </article></body></html>"#;
        let options = Options::builder()
            .url("https://example.com/news/a.html")
            .build();
        let article = crate::extract(html, &options).unwrap();
        assert_eq!(
            article.image.as_deref(),
            Some("https://example.com/news/images/lead.jpg")
        );
        assert_eq!(
            article.canonical_url.as_deref(),
            Some("https://example.com/news/a.html")
        );
        // Without the page's URL the image stays as the page wrote it.
        let article = crate::extract(html, &Options::default()).unwrap();
        assert_eq!(article.image.as_deref(), Some("images/lead.jpg"));
    }
}
