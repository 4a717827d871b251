//! Dates and times as pages write them, normalised to RFC 3339.
//!
//! A date with a time becomes `2026-07-12T22:09:00+09:00` when the text gives a zone (an
//! offset, `Z`, or an abbreviation such as `KST`, `EST`, `MESZ`) or when the page is Korean
//! (Korean pages without a zone are in KST); otherwise the local time without an offset,
//! `2026-07-12T22:09:00`. A date alone stays a date, `2026-07-12`. Nothing is guessed beyond
//! that: a zone is written only when the page says so (or is Korean).
//!
//! Every date is checked against the calendar by jiff before it is kept: `2026-02-30`,
//! `2025-02-29` and `24:30` are not dates and are dropped, not emitted. A value in RFC 2822
//! form (`Tue, 01 Jul 2026 10:00:00 +0000`, as RSS-minded pages write their meta dates) is read
//! whole by jiff's RFC 2822 parser, its offset included.

use super::pattern::{Found, Pattern};

/// Where a date was found, for the one default the rules allow: Korean pages are in KST.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Zone {
    /// The page is Korean (declared `ko`, a `.kr` domain): no zone means +09:00.
    pub korean: bool,
    /// The page is Chinese: `CST` means China Standard Time (+08:00), not US Central.
    pub chinese: bool,
}

/// Whether a date is the first publication or an update, from the words before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stamp {
    Published,
    Modified,
}

struct Patterns {
    iso: Pattern,
    ymd: Pattern,
    cjk: Pattern,
    dmy: Pattern,
    /// `15/07/2026`: day first (as most of the world writes it) unless only month first fits.
    slashed: Pattern,
    /// `3/24 18:02`: month, day and time, no year.
    month_day: Pattern,
    month_first: Pattern,
    day_first: Pattern,
    time: Pattern,
    zone: Pattern,
    modified: Pattern,
    label: Pattern,
    short_year: Pattern,
    url: Pattern,
}

/// The patterns, each compiled on its first use (see [`Pattern`]); always `Some`.
fn patterns() -> Option<&'static Patterns> {
    static P: Patterns = {
        let build = Pattern::with_required;
        Patterns {
            iso: build(
                r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\s*(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?)?\s*(Z\b|[+-]\d{2}:?\d{2}\b)?",
                Some(&[("-", false)]),
            ),
            ymd: build(
                r"(\d{4})\s*[./]\s*(\d{1,2})\s*[./]\s*(\d{1,2})\b\.?",
                Some(&[(".", false), ("/", false)]),
            ),
            cjk: build(
                r"(\d{4})\s*[년年]\s*(\d{1,2})\s*[월月]\s*(\d{1,2})\s*[일日號号]?",
                Some(&[("年", false), ("년", false)]),
            ),
            dmy: build(
                r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b",
                Some(&[(".", false)]),
            ),
            slashed: build(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", Some(&[("/", false)])),
            month_day: build(
                r"\b(\d{1,2})/(\d{1,2})\s+(\d{1,2}):(\d{2})\b",
                Some(&[("/", false)]),
            ),
            month_first: build(
                r"(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b",
                Some(&[
                    ("apr", true),
                    ("aug", true),
                    ("dec", true),
                    ("feb", true),
                    ("jan", true),
                    ("jul", true),
                    ("jun", true),
                    ("mar", true),
                    ("may", true),
                    ("nov", true),
                    ("oct", true),
                    ("sep", true),
                    ("sept", true),
                    ("ſep", true),
                    ("ſept", true),
                ]),
            ),
            day_first: build(
                r"(?i)\b(\d{1,2})(?:er|\.)?\s+(?:de\s+)?(jan[a-z]*|janv[a-z]*|ene[a-z]*|gen[a-z]*|feb[a-z]*|f[ée]v[a-z]*|mar[a-z]*|m[äa]rz|apr[a-z]*|avr[a-z]*|abr[a-z]*|may[a-z]*|mai|mag[a-z]*|jun[a-z]*|juin|giu[a-z]*|jul[a-z]*|juil[a-z]*|lug[a-z]*|aug[a-z]*|ao[uû]t|ago[a-z]*|sep[a-z]*|set[a-z]*|oct[a-z]*|okt[a-z]*|ott[a-z]*|out[a-z]*|nov[a-z]*|dec[a-z]*|d[ée]c[a-z]*|dez[a-z]*|dic[a-z]*)\.?,?\s+(?:de\s+)?(\d{4})\b",
                None,
            ),
            time: build(
                r"(?i)(오전|오후|午前|午後|上午|下午)?\s*(\d{1,2})\s*(?::|時|时|h|시)\s*(\d{2})(?:\s*(?::|分|분)\s*(\d{2}))?\s*(?:分|분)?\s*(a\.?m\.?|p\.?m\.?)?",
                Some(&[
                    (":", false),
                    ("h", true),
                    ("时", false),
                    ("時", false),
                    ("시", false),
                ]),
            ),
            zone: build(
                r"(?:\b(KST|JST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST|MEZ|MESZ|HKT|SGT)\b|(?:UTC|GMT)\s*([+-]\d{1,2})(?::?(\d{2}))?)",
                Some(&[
                    ("BST", false),
                    ("CDT", false),
                    ("CEST", false),
                    ("CET", false),
                    ("CST", false),
                    ("EDT", false),
                    ("EST", false),
                    ("GMT", false),
                    ("HKT", false),
                    ("JST", false),
                    ("KST", false),
                    ("MDT", false),
                    ("MESZ", false),
                    ("MEZ", false),
                    ("MST", false),
                    ("PDT", false),
                    ("PST", false),
                    ("SGT", false),
                    ("UTC", false),
                ]),
            ),
            modified: build(
                r"(?i)(수정|업데이트|최종\s*수정|갱신|updated?|modified|last\s+updated|更新|修改|更新日|mis\s+à\s+jour|aktualisiert|actualizado|actualización|atualizado|aggiornato|обновлено)",
                Some(&[
                    ("actualizaciÓn", true),
                    ("actualización", true),
                    ("actualizado", true),
                    ("aggiornato", true),
                    ("aktualisiert", true),
                    ("aktualiſiert", true),
                    ("atualizado", true),
                    ("aKtualisiert", true),
                    ("aKtualiſiert", true),
                    ("jour", true),
                    ("modified", true),
                    ("update", true),
                    ("updated", true),
                    ("ОБН", false),
                    ("ОБн", false),
                    ("ОбН", false),
                    ("Обн", false),
                    ("оБН", false),
                    ("оБн", false),
                    ("обН", false),
                    ("обн", false),
                    ("ᲂБН", false),
                    ("ᲂБн", false),
                    ("ᲂбН", false),
                    ("ᲂбн", false),
                    ("修改", false),
                    ("更新", false),
                    ("更新日", false),
                    ("갱신", false),
                    ("수정", false),
                    ("업데이트", false),
                    ("최종", false),
                ]),
            ),
            label: build(
                r"(?i)(?:입력|기사입력|등록|승인|작성일|발행|게재|송고|수정|업데이트|published|posted|updated|publié|mis\s+à\s+jour|veröffentlicht|aktualisiert|stand:|actualizado|publicado|atualizado|pubblicato|aggiornato|опубликовано|обновлено|发布时间|發布時間|发表于|来源[：:]|來源[：:]|作者[：:]|公開|配信|更新)",
                None,
            ),
            short_year: build(
                r"\b(\d{2})[-./](\d{1,2})[-./](\d{1,2})\b",
                Some(&[("-", false), (".", false), ("/", false)]),
            ),
            url: build(
                r"/(20\d{2}|19\d{2})[/-]?(\d{2})[/-]?(\d{2})(?:/|[^0-9]|$)",
                Some(&[("19", false), ("20", false)]),
            ),
        }
    };
    Some(&P)
}

/// A calendar date with an optional time and offset.
#[derive(Debug, Clone, PartialEq, Eq)]
struct When {
    year: u32,
    month: u32,
    day: u32,
    time: Option<(u32, u32, u32)>,
    offset: Option<String>,
}

impl When {
    /// The date (and time of day) on jiff's calendar: `None` for a day the month does not have
    /// (February 30th, February 29th outside a leap year) or a time that is not one. A leap
    /// second (`:60`) counts as the second before it.
    fn civil(&self) -> Option<jiff::civil::DateTime> {
        let date = jiff::civil::Date::new(
            i16::try_from(self.year).ok()?,
            i8::try_from(self.month).ok()?,
            i8::try_from(self.day).ok()?,
        )
        .ok()?;
        let (h, m, s) = self.time.unwrap_or((0, 0, 0));
        let time = jiff::civil::Time::new(
            i8::try_from(h).ok()?,
            i8::try_from(m).ok()?,
            i8::try_from(s.min(59)).ok()?,
            0,
        )
        .ok()?;
        Some(date.to_datetime(time))
    }

    fn valid(&self) -> bool {
        (1990..=2100).contains(&self.year)
            && self.civil().is_some()
            && self.offset.as_deref().is_none_or(valid_offset)
    }

    fn render(&self, zone: Zone) -> String {
        let Some(civil) = self.civil() else {
            // Not reached: dates are checked with `valid` before they are rendered.
            return format!("{:04}-{:02}-{:02}", self.year, self.month, self.day);
        };
        let date = civil.date().to_string();
        let Some((h, m, s)) = self.time else {
            return date;
        };
        let s = s.min(59);
        let offset = match &self.offset {
            Some(o) => o.clone(),
            None if zone.korean => "+09:00".to_string(),
            None => String::new(),
        };
        format!("{date}T{h:02}:{m:02}:{s:02}{offset}")
    }
}

/// Whether `+HH:MM` is an offset in use on Earth (-12:00 to +14:00, whole minutes).
fn valid_offset(offset: &str) -> bool {
    let sign = match offset.as_bytes().first() {
        Some(b'+') => 1,
        Some(b'-') => -1,
        _ => return false,
    };
    let Some((h, m)) = offset.get(1..).and_then(|rest| rest.split_once(':')) else {
        return false;
    };
    let (Ok(h), Ok(m)) = (h.parse::<i32>(), m.parse::<i32>()) else {
        return false;
    };
    m < 60 && (-12 * 60..=14 * 60).contains(&(sign * (h * 60 + m)))
}

/// A whole RFC 2822 date-time (`Tue, 01 Jul 2026 10:00:00 +0000`) read by jiff, with its offset.
fn rfc2822(text: &str) -> Option<String> {
    let zoned = jiff::fmt::rfc2822::parse(text).ok()?;
    let seconds = zoned.offset().seconds();
    let sign = if seconds < 0 { '-' } else { '+' };
    let minutes = seconds.unsigned_abs() / 60;
    let when = When {
        year: u32::try_from(zoned.year()).ok()?,
        month: u32::try_from(zoned.month()).ok()?,
        day: u32::try_from(zoned.day()).ok()?,
        time: Some((
            u32::try_from(zoned.hour()).ok()?,
            u32::try_from(zoned.minute()).ok()?,
            u32::try_from(zoned.second()).ok()?,
        )),
        offset: Some(format!("{sign}{:02}:{:02}", minutes / 60, minutes % 60)),
    };
    when.valid().then(|| when.render(Zone::default()))
}

fn num(s: Option<Found<'_>>) -> Option<u32> {
    s.and_then(|m| m.as_str().parse().ok())
}

fn month_number(name: &str) -> Option<u32> {
    let n = name.to_lowercase();
    const MONTHS: &[(&[&str], u32)] = &[
        (&["jan", "ene", "gen"], 1),
        (&["feb", "fév", "fev"], 2),
        (&["mar", "mär"], 3),
        (&["apr", "avr", "abr"], 4),
        (&["may", "mai", "mag"], 5),
        (&["jun", "juin", "giu"], 6),
        (&["jul", "juil", "lug"], 7),
        (&["aug", "aoû", "aou", "ago"], 8),
        (&["sep", "set"], 9),
        (&["oct", "okt", "ott", "out"], 10),
        (&["nov"], 11),
        (&["dec", "déc", "dez", "dic"], 12),
    ];
    // "mar" is March in English and French ("mars") and Spanish "marzo"; "mai" is May.
    if n.starts_with("juil") {
        return Some(7);
    }
    if n.starts_with("juin") {
        return Some(6);
    }
    MONTHS
        .iter()
        .find(|(prefixes, _)| prefixes.iter().any(|p| n.starts_with(p)))
        .map(|(_, m)| *m)
}

/// The offset a zone written in the text stands for.
fn zone_offset(text: &str, zone: Zone) -> Option<String> {
    let caps = patterns()?.zone.captures(text)?;
    if let Some(abbr) = caps.get(1) {
        let offset = match abbr.as_str() {
            "KST" | "JST" => "+09:00",
            "HKT" | "SGT" => "+08:00",
            "CST" if zone.chinese => "+08:00",
            "EDT" => "-04:00",
            "EST" | "CDT" => "-05:00",
            "CST" | "MDT" => "-06:00",
            "MST" | "PDT" => "-07:00",
            "PST" => "-08:00",
            "GMT" | "UTC" => "+00:00",
            "BST" | "CET" | "MEZ" => "+01:00",
            "CEST" | "MESZ" => "+02:00",
            _ => return None,
        };
        return Some(offset.to_string());
    }
    let hours: i32 = caps.get(2)?.as_str().parse().ok()?;
    let minutes: u32 = num(caps.get(3)).unwrap_or(0);
    if hours.abs() > 14 || minutes >= 60 {
        return None;
    }
    let sign = if hours < 0 { '-' } else { '+' };
    Some(format!("{sign}{:02}:{minutes:02}", hours.abs()))
}

/// The first time of day in `text`, as 24-hour (hour, minute, second).
fn time_of_day(text: &str) -> Option<(u32, u32, u32)> {
    let p = patterns()?;
    for caps in p
        .time
        .for_text(text)
        .into_iter()
        .flat_map(|re| re.captures_iter(text))
    {
        let (Some(mut h), Some(m)) = (num(caps.get(2)), num(caps.get(3))) else {
            continue;
        };
        let s = num(caps.get(4)).unwrap_or(0);
        let pm = caps
            .get(1)
            .is_some_and(|x| matches!(x.as_str(), "오후" | "午後" | "下午"))
            || caps
                .get(5)
                .is_some_and(|x| x.as_str().to_ascii_lowercase().starts_with('p'));
        let am = caps
            .get(1)
            .is_some_and(|x| matches!(x.as_str(), "오전" | "午前" | "上午"))
            || caps
                .get(5)
                .is_some_and(|x| x.as_str().to_ascii_lowercase().starts_with('a'));
        if pm && h < 12 {
            h += 12;
        } else if am && h == 12 {
            h = 0;
        }
        if h < 24 && m < 60 && s < 61 {
            return Some((h, m, s));
        }
    }
    None
}

/// Every date in `text` with its byte range, in order.
fn dates_in(text: &str) -> Vec<(usize, usize, When)> {
    let Some(p) = patterns() else {
        return Vec::new();
    };
    let mut found: Vec<(usize, usize, When)> = Vec::new();
    let mut push = |start: usize, end: usize, when: When| {
        if when.valid() && !found.iter().any(|(s, e, _)| start < *e && *s < end) {
            found.push((start, end, when));
        }
    };
    for caps in p
        .iso
        .for_text(text)
        .into_iter()
        .flat_map(|re| re.captures_iter(text))
    {
        let (Some(all), Some(y), Some(mo), Some(d)) = (
            caps.get(0),
            num(caps.get(1)),
            num(caps.get(2)),
            num(caps.get(3)),
        ) else {
            continue;
        };
        let time = match (num(caps.get(4)), num(caps.get(5))) {
            (Some(h), Some(m)) => Some((h, m, num(caps.get(6)).unwrap_or(0))),
            _ => None,
        };
        let offset = caps.get(7).map(|o| {
            let o = o.as_str();
            if o == "Z" {
                "+00:00".to_string()
            } else if o.len() == 5 {
                format!("{}:{}", o.get(..3).unwrap_or(o), o.get(3..).unwrap_or(""))
            } else {
                o.to_string()
            }
        });
        push(
            all.start(),
            all.end(),
            When {
                year: y,
                month: mo,
                day: d,
                time,
                offset,
            },
        );
    }
    let mut simple = |pattern: &Pattern, order: [usize; 3], month_name: bool| {
        let Some(re) = pattern.for_text(text) else {
            return;
        };
        for caps in re.captures_iter(text) {
            let Some(all) = caps.get(0) else { continue };
            let get = |i: usize| caps.get(order[i]);
            let month = if month_name {
                get(1).and_then(|m| month_number(m.as_str()))
            } else {
                num(get(1))
            };
            let (Some(y), Some(mo), Some(d)) = (num(get(0)), month, num(get(2))) else {
                continue;
            };
            push(
                all.start(),
                all.end(),
                When {
                    year: y,
                    month: mo,
                    day: d,
                    time: None,
                    offset: None,
                },
            );
        }
    };
    simple(&p.ymd, [1, 2, 3], false);
    simple(&p.cjk, [1, 2, 3], false);
    simple(&p.dmy, [3, 2, 1], false);
    simple(&p.month_first, [3, 1, 2], true);
    simple(&p.day_first, [3, 2, 1], true);
    for caps in p
        .slashed
        .for_text(text)
        .into_iter()
        .flat_map(|re| re.captures_iter(text))
    {
        let (Some(all), Some(a), Some(b), Some(y)) = (
            caps.get(0),
            num(caps.get(1)),
            num(caps.get(2)),
            num(caps.get(3)),
        ) else {
            continue;
        };
        let (month, day) = if a <= 12 && b > 12 { (a, b) } else { (b, a) };
        push(
            all.start(),
            all.end(),
            When {
                year: y,
                month,
                day,
                time: None,
                offset: None,
            },
        );
    }
    found.sort_by_key(|(s, _, _)| *s);
    found
}

/// Fills in the time of day and zone of a date written in prose from the text around it.
fn complete(text: &str, start: usize, end: usize, next: usize, mut when: When, zone: Zone) -> When {
    if when.time.is_none() {
        // A time right after the date ("2026.07.12 22:09"), else right before it
        // ("Updated 3:04 PM EST, July 12, 2026").
        let after = text.get(end..next).unwrap_or("");
        let after = after.get(..floor(after, 40)).unwrap_or(after);
        let before_start = floor(text, start.saturating_sub(30));
        let before = text.get(before_start..start).unwrap_or("");
        when.time = time_of_day(after).or_else(|| time_of_day(before));
        if when.time.is_some() && when.offset.is_none() {
            when.offset = zone_offset(after, zone).or_else(|| zone_offset(before, zone));
        }
    }
    when
}

/// The largest char boundary at or below `i`.
fn floor(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Normalises one date value (a meta `content`, a `datetime` attribute, JSON-LD).
pub(crate) fn normalize(raw: &str, zone: Zone) -> Option<String> {
    let text = raw.trim();
    if text.is_empty() || text.len() > 200 {
        return None;
    }
    if let Some(whole) = rfc2822(text) {
        return Some(whole);
    }
    let found = dates_in(text);
    let (start, end, when) = found.into_iter().next()?;
    Some(complete(text, start, end, text.len(), when, zone).render(zone))
}

/// The dates of a visible dateline, each marked published or modified by the words before it
/// ("입력 2026.07.12 22:09 | 수정 2026.07.13 08:01", "Updated 3:04 PM EST, July 12, 2026").
pub(crate) fn stamps(text: &str, zone: Zone) -> Vec<(Stamp, String)> {
    if text.len() > 400 {
        return Vec::new();
    }
    let mut found = dates_in(text);
    if found.is_empty() && has_label(text) {
        // "작성일 26-07-12 14:25": a two-digit year, read only after a dateline label.
        if let Some(p) = patterns() {
            for caps in p
                .short_year
                .for_text(text)
                .into_iter()
                .flat_map(|re| re.captures_iter(text))
            {
                let (Some(all), Some(y), Some(m), Some(d)) = (
                    caps.get(0),
                    num(caps.get(1)),
                    num(caps.get(2)),
                    num(caps.get(3)),
                ) else {
                    continue;
                };
                let when = When {
                    year: 2000 + y,
                    month: m,
                    day: d,
                    time: None,
                    offset: None,
                };
                if when.valid() {
                    found.push((all.start(), all.end(), when));
                }
            }
        }
    }
    let mut out = Vec::new();
    let mut prev_end = 0usize;
    for (i, (start, end, when)) in found.iter().enumerate() {
        let next = found.get(i + 1).map_or(text.len(), |f| f.0);
        let when = complete(text, *start, *end, next, when.clone(), zone);
        let label = text.get(prev_end..*start).unwrap_or("");
        // "2026年7月14日 20時05分 更新": a CJK update label may follow the time.
        let after = text.get(*end..next).unwrap_or("");
        let after_label = after
            .trim_start_matches(|c: char| {
                c.is_whitespace() || c.is_ascii_digit() || ":時分时".contains(c)
            })
            .starts_with("更新");
        let kind = if after_label || patterns().is_some_and(|p| p.modified.is_match(label)) {
            Stamp::Modified
        } else {
            Stamp::Published
        };
        out.push((kind, when.render(zone)));
        prev_end = *end;
    }
    out
}

/// A month/day and time without a year ("最終更新 3/24 18:02"), dated in `year`.
pub(crate) fn month_day_time(text: &str, year: &str, zone: Zone) -> Option<String> {
    let p = patterns()?;
    let caps = p.month_day.captures(text)?;
    let when = When {
        year: year.parse().ok()?,
        month: num(caps.get(1))?,
        day: num(caps.get(2))?,
        time: Some((num(caps.get(3))?, num(caps.get(4))?, 0)),
        offset: zone_offset(text, zone),
    };
    when.valid().then(|| when.render(zone))
}

/// Whether a label says "updated" ("Updated", "수정", "更新", "Mis à jour").
pub(crate) fn says_modified(text: &str) -> bool {
    patterns().is_some_and(|p| p.modified.is_match(text))
}

/// Whether a line carries a dateline label ("입력", "등록일", "Published", "Updated"...).
pub(crate) fn has_label(text: &str) -> bool {
    patterns().is_some_and(|p| p.label.is_match(text))
}

/// The offset a normalised date-time ends with, if any (`+09:00`, `-05:00`).
pub(crate) fn offset_of(normalized: &str) -> Option<&str> {
    if normalized.len() <= 10 {
        return None;
    }
    let tail = normalized.get(normalized.len().checked_sub(6)?..)?;
    let bytes = tail.as_bytes();
    let signed = matches!(bytes.first(), Some(b'+' | b'-')) && bytes.get(3) == Some(&b':');
    signed.then_some(tail)
}

/// A date-time without a zone given the zone of `reference` (the page's other dates say which
/// zone it writes in); dates alone and values with a zone stay as they are.
pub(crate) fn with_offset_of(value: String, reference: Option<&str>) -> String {
    if value.len() <= 10 || offset_of(&value).is_some() {
        return value;
    }
    match reference.and_then(offset_of) {
        Some(offset) => format!("{value}{offset}"),
        None => value,
    }
}

/// A date in the page's URL path (`/2026/07/12/`, `/20260712/`).
pub(crate) fn from_url(url: &str) -> Option<String> {
    let caps = patterns()?.url.captures(url)?;
    let when = When {
        year: num(caps.get(1))?,
        month: num(caps.get(2))?,
        day: num(caps.get(3))?,
        time: None,
        offset: None,
    };
    when.valid().then(|| when.render(Zone::default()))
}

/// The instant or local time a normalised date stands for, for comparing two dates:
/// (date, time to the minute, offset in minutes when known).
#[cfg_attr(not(feature = "eval"), allow(dead_code))] // used by `eval` and the tests
pub(crate) fn key(normalized: &str) -> Option<(String, Option<String>, Option<i32>)> {
    let found = dates_in(normalized);
    let (_, _, when) = found.into_iter().next()?;
    let date = format!("{:04}-{:02}-{:02}", when.year, when.month, when.day);
    let time = when.time.map(|(h, m, _)| format!("{h:02}:{m:02}"));
    let offset = when.offset.as_deref().and_then(|o| {
        if o == "Z" {
            return Some(0);
        }
        let sign = if o.starts_with('-') { -1 } else { 1 };
        let h: i32 = o.get(1..3)?.parse().ok()?;
        let m: i32 = o.get(4..6)?.parse().ok()?;
        Some(sign * (h * 60 + m))
    });
    Some((date, time, offset))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literal_filters_keep_every_match() {
        // Each pattern's literal filter may only spare work: on every line of our corpus
        // (pages and expected output) and these date lines, a match survives it.
        let mut lines: Vec<String> = [
            "Published 12 March 2026, updated 3/24 18:02 KST",
            "2026년 7월 12일 오후 3시 25분 입력",
            "Mis à jour le 1er janvier 2026 à 10h15",
            "Stand: 15.07.2026, 09:30 Uhr MESZ",
            "https://example.com/2026/07/12/story",
            "作者：张三 发布时间 2026-07-12 22:09",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        for entry in std::fs::read_dir(&root).expect("corpus/").flatten() {
            for name in ["page.html", "expected.txt"] {
                if let Ok(bytes) = std::fs::read(entry.path().join(name)) {
                    let text = String::from_utf8_lossy(&bytes);
                    lines.extend(text.split(['<', '>', '\n']).map(str::to_string));
                }
            }
        }
        let p = patterns().expect("patterns");
        for (i, pattern) in every_pattern(p).iter().enumerate() {
            for line in &lines {
                assert!(pattern.filter_keeps_match(line), "pattern {i} on {line:?}");
                // And the searcher's captures are `regex`'s.
                assert!(pattern.agrees_with_regex(line), "pattern {i} on {line:?}");
            }
        }
    }

    #[test]
    fn required_literals_are_the_patterns() {
        // The literals written out beside each pattern are those its syntax tree gives; on a
        // difference, the `required` argument to write.
        let p = patterns().expect("patterns");
        let mut wrong = Vec::new();
        for (i, pattern) in every_pattern(p).iter().enumerate() {
            let (given, read) = pattern.required_given_and_read();
            let given: Option<Option<Vec<(String, bool)>>> =
                given.map(|g| g.map(|set| set.iter().map(|&(l, f)| (l.to_string(), f)).collect()));
            if given != Some(read.clone()) {
                let write = match &read {
                    None => "None".to_string(),
                    Some(set) => format!(
                        "Some(&[{}])",
                        set.iter()
                            .map(|(l, f)| format!("({l:?}, {f})"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                };
                wrong.push(format!("pattern {i}: {write}"));
            }
        }
        assert!(wrong.is_empty(), "write:\n{}", wrong.join("\n"));
    }

    /// Every pattern of the table, for the tests that go over all of them.
    fn every_pattern(p: &Patterns) -> [&Pattern; 14] {
        [
            &p.iso,
            &p.ymd,
            &p.cjk,
            &p.dmy,
            &p.slashed,
            &p.month_day,
            &p.month_first,
            &p.day_first,
            &p.time,
            &p.zone,
            &p.modified,
            &p.label,
            &p.short_year,
            &p.url,
        ]
    }

    const KO: Zone = Zone {
        korean: true,
        chinese: false,
    };
    const NONE: Zone = Zone {
        korean: false,
        chinese: false,
    };

    #[test]
    fn patterns_compile() {
        let p = patterns().unwrap();
        for pattern in every_pattern(p) {
            assert!(pattern.compiles());
        }
    }

    #[test]
    fn iso_values_keep_their_offset() {
        assert_eq!(
            normalize("2026-07-12T22:09:00+09:00", NONE).as_deref(),
            Some("2026-07-12T22:09:00+09:00")
        );
        assert_eq!(
            normalize("2021-11-01T10:52:50+0100", NONE).as_deref(),
            Some("2021-11-01T10:52:50+01:00")
        );
        assert_eq!(
            normalize("2019-01-03T07:00:02.000Z", NONE).as_deref(),
            Some("2019-01-03T07:00:02+00:00")
        );
        assert_eq!(
            normalize("2017-11-03 03:01:00.000000", NONE).as_deref(),
            Some("2017-11-03T03:01:00")
        );
        assert_eq!(normalize("2024-06-25", KO).as_deref(), Some("2024-06-25"));
    }

    #[test]
    fn korean_pages_are_in_kst() {
        assert_eq!(
            normalize("2026.07.12 22:09", KO).as_deref(),
            Some("2026-07-12T22:09:00+09:00")
        );
        assert_eq!(
            normalize("2026-07-12 오후 10:09", KO).as_deref(),
            Some("2026-07-12T22:09:00+09:00")
        );
        assert_eq!(
            normalize("2026년 07월 12일 22:09", KO).as_deref(),
            Some("2026-07-12T22:09:00+09:00")
        );
        assert_eq!(
            normalize("2026.07.12 22:09", NONE).as_deref(),
            Some("2026-07-12T22:09:00")
        );
    }

    #[test]
    fn prose_dates_in_many_languages() {
        assert_eq!(
            normalize("Updated 3:04 PM EST, July 12, 2026", NONE).as_deref(),
            Some("2026-07-12T15:04:00-05:00")
        );
        assert_eq!(
            normalize("Stand: 12.07.2026 22:09 Uhr", NONE).as_deref(),
            Some("2026-07-12T22:09:00")
        );
        assert_eq!(
            normalize("2026年7月12日 22時09分", NONE).as_deref(),
            Some("2026-07-12T22:09:00")
        );
        assert_eq!(
            normalize("Publié le 12 juillet 2026 à 22h09", NONE).as_deref(),
            Some("2026-07-12T22:09:00")
        );
        assert_eq!(
            normalize("Actualizado 15/07/2026 20:31", NONE).as_deref(),
            Some("2026-07-15T20:31:00")
        );
        assert_eq!(
            normalize("12 de julio de 2026", NONE).as_deref(),
            Some("2026-07-12")
        );
        assert_eq!(normalize("no date here", NONE), None);
        assert_eq!(normalize("2026-13-45", NONE), None);
    }

    #[test]
    fn impossible_dates_are_dropped() {
        assert_eq!(normalize("2026-02-30T10:00:00+00:00", NONE), None);
        assert_eq!(normalize("2025-02-29", NONE), None);
        assert_eq!(normalize("2026-04-31", NONE), None);
        assert_eq!(normalize("31.06.2026", NONE), None);
        assert_eq!(normalize("February 30, 2026", NONE), None);
        assert_eq!(normalize("2026-07-12T24:30:00Z", NONE), None);
        assert_eq!(normalize("2026-07-12T10:00:00+19:00", NONE), None);
        assert!(stamps("입력 2026.02.30 22:09", KO).is_empty());
        assert_eq!(from_url("https://x.com/2026/02/30/story"), None);
        // The same days where they exist.
        assert_eq!(
            normalize("2024-02-29T10:00:00+00:00", NONE).as_deref(),
            Some("2024-02-29T10:00:00+00:00")
        );
        assert_eq!(normalize("30.04.2026", NONE).as_deref(), Some("2026-04-30"));
    }

    #[test]
    fn rfc2822_is_read_whole() {
        assert_eq!(
            normalize("Wed, 01 Jul 2026 10:00:00 +0000", NONE).as_deref(),
            Some("2026-07-01T10:00:00+00:00")
        );
        assert_eq!(
            normalize("Wed, 1 Jul 2026 22:09:30 -0530", NONE).as_deref(),
            Some("2026-07-01T22:09:30-05:30")
        );
        // A weekday that does not fit the date is not RFC 2822; the date is still read.
        assert_eq!(
            normalize("Mon, 01 Jul 2026 10:00:00 +0000", NONE).as_deref(),
            Some("2026-07-01T10:00:00")
        );
    }

    #[test]
    fn datelines_tell_published_from_modified() {
        let s = stamps("입력 2026.07.12 22:09 | 수정 2026.07.13 08:01", KO);
        assert_eq!(
            s,
            vec![
                (Stamp::Published, "2026-07-12T22:09:00+09:00".to_string()),
                (Stamp::Modified, "2026-07-13T08:01:00+09:00".to_string()),
            ]
        );
        let s = stamps("기사입력 2026-07-12 오후 10:09", KO);
        assert_eq!(s[0].1, "2026-07-12T22:09:00+09:00");
        let s = stamps("작성일 26-07-12 14:25", KO);
        assert_eq!(s[0].1, "2026-07-12T14:25:00+09:00");
        let s = stamps("박성훈 기자 | 등록일 : 2026-07-22 오후 3:18:40 | 인쇄", KO);
        assert_eq!(s[0].1, "2026-07-22T15:18:40+09:00");
        assert_eq!(offset_of("2026-07-12T14:25:00+09:00"), Some("+09:00"));
        let s = stamps(
            "2026年7月14日 18時30分（2026年7月14日 20時05分 更新）",
            NONE,
        );
        assert_eq!(s[0], (Stamp::Published, "2026-07-14T18:30:00".to_string()));
        assert_eq!(s[1], (Stamp::Modified, "2026-07-14T20:05:00".to_string()));
        assert_eq!(offset_of("2026-07-12T14:25:00"), None);
        let page = Some("2026-03-24T09:00:00+09:00");
        assert_eq!(
            with_offset_of("2026-03-24T18:02:00".into(), page),
            "2026-03-24T18:02:00+09:00"
        );
        assert_eq!(with_offset_of("2026-03-24".into(), page), "2026-03-24");
        assert_eq!(
            with_offset_of("2026-03-24T18:02:00".into(), None),
            "2026-03-24T18:02:00"
        );
    }

    #[test]
    fn url_dates() {
        assert_eq!(
            from_url("https://x.com/2026/07/12/story").as_deref(),
            Some("2026-07-12")
        );
        assert_eq!(
            from_url("https://x.com/news/20260712/a.html").as_deref(),
            Some("2026-07-12")
        );
        assert_eq!(from_url("https://x.com/news/123456789"), None);
    }

    #[test]
    fn comparable_keys() {
        assert_eq!(
            key("2015-07-10T09:53:00-04:00"),
            Some((
                "2015-07-10".to_string(),
                Some("09:53".to_string()),
                Some(-240)
            ))
        );
    }
}
