//! The one linear scan over the page's text before html5ever tokenizes it. It does five
//! things, and copies the text only when it changes something:
//!
//! - **Attribute cap**: a tag keeps at most [`MAX_ATTRIBUTES`] attributes; the rest of the tag,
//!   up to its `>`, is dropped. html5ever checks each new attribute against all earlier ones of
//!   its tag, so one tag with n attributes costs O(n²).
//! - **Unread attributes**: only [`READ_ATTRIBUTES`], and on a few elements those of
//!   [`READ_ON`], are kept.
//! - **Unread raw text**: the text of `<script>` (unless JSON-LD), `<style>`, `<noscript>`,
//!   `<iframe>` and `<textarea>` is dropped; the index ignores those elements, and inline
//!   scripts and styles are two fifths of the eval pages' bytes.
//! - **Comments**: a comment's text is dropped (`<!-- x -->` becomes `<!---->`, the same
//!   node): no stage reads it.
//! - **Indentation**: spaces and tabs right after a line break in text are dropped, outside
//!   `<pre>` and `<listing>` (whose whitespace is content), raw text (`<script>`, `<style>`,
//!   `<textarea>`...) and comments. Pretty-printed pages are a third indentation; the tokenizer,
//!   the tree builder and the index would each walk it, and everything downstream collapses
//!   whitespace outside `<pre>`, so the text that comes out is the same. Line breaks are kept.
//!
//! Tags are found as the tokenizer finds them: `<` or `</` and a letter, then a name, then
//! attributes (each read whole, its value quoted or not); comments run from `<!--` to `-->`;
//! raw text runs to the end tag of its element's name (for a script, as the tokenizer's escape
//! states find it), except in `<svg>`/`<math>`, where those names hold tags. Text, raw text and
//! comments are crossed with `memchr`.

use std::borrow::Cow;

/// Attributes kept per tag; the rest of an over-long tag is dropped before tokenizing.
pub(crate) const MAX_ATTRIBUTES: usize = 1024;

/// The attributes some stage reads on any element (the index: hints, hidden elements,
/// microdata); with [`READ_ON`], the scan drops every other one before tokenizing. A large
/// page carries thousands that nothing reads (`href` and `title` on every link, `srcset`,
/// `data-*`, `width`, `hreflang`...), and the tokenizer reads an attribute's name a character
/// at a time, then the tree builder and the DOM store it. A stage that starts reading another
/// attribute adds it here or to [`READ_ON`]; the corpus test
/// `dropping_unread_attributes_and_raw_text_changes_no_output` compares every corpus page with
/// and without the drop.
const READ_ATTRIBUTES: &[&[u8]] = &[
    b"class",
    b"id",
    b"role",
    b"itemprop",
    b"hidden",
    b"aria-hidden",
    b"style",
    b"content",
    b"datetime",
];

/// Attributes read only on one element: `rel=author` on links, the canonical `<link>`, the
/// head's `<meta>` pairs, the page's language and a script's JSON-LD type. On a link-heavy
/// page the `href`s alone are a sixth of the bytes.
const READ_ON: &[(&[u8], &[&[u8]])] = &[
    (b"a", &[b"rel"]),
    (b"link", &[b"rel", b"href"]),
    (b"meta", &[b"name", b"property"]),
    (b"html", &[b"lang", b"xml:lang"]),
    (b"script", &[b"type"]),
];

/// What output options read besides (`OutputOptions`): link targets and image sources, kept
/// only when the caller asks for links or images (they are a large share of a page's bytes).
const READ_FOR_OUTPUT: &[(&[u8], &[&[u8]])] = &[
    (b"a", &[b"rel", b"href"]),
    (
        b"img",
        &[b"src", b"alt", b"data-src", b"srcset", b"data-srcset"],
    ),
];

#[cfg(test)]
thread_local! {
    /// Tests turn the drops of unread attributes and unread raw text off, to compare.
    pub(crate) static KEEP_ALL: std::cell::Cell<bool> =
        const { std::cell::Cell::new(false) };
}

fn drops_unread() -> bool {
    #[cfg(test)]
    if KEEP_ALL.with(std::cell::Cell::get) {
        return false;
    }
    true
}

/// Elements whose content is raw text: no tags inside, whitespace kept (`plaintext` never ends).
const RAW_TEXT: &[&[u8]] = &[
    b"script",
    b"style",
    b"textarea",
    b"title",
    b"xmp",
    b"iframe",
    b"noembed",
    b"noframes",
    b"noscript",
    b"plaintext",
];

/// Elements with ordinary content whose whitespace is content.
const VERBATIM: &[&[u8]] = &[b"pre", b"listing"];

/// Elements that open foreign content, where the raw-text names are ordinary elements.
const FOREIGN: &[&[u8]] = &[b"svg", b"math"];

#[derive(Clone, Copy, PartialEq)]
enum State {
    /// Between tags.
    Text,
    /// In a tag's name (from its first letter).
    Name,
    /// Between attributes (each attribute is crossed whole, see `attribute_span`).
    Space,
}

/// What the scan knows of where it is.
#[derive(Default)]
struct Context {
    /// Inside this many `<pre>`s or `<listing>`s.
    verbatim: usize,
    /// Inside this many `<svg>`s or `<math>`s, where `<script>` and `<style>` hold tags.
    foreign: usize,
    /// Link targets and image sources are kept ([`READ_FOR_OUTPUT`]).
    output: bool,
}

/// The tag being read.
#[derive(Default)]
struct Tag {
    /// Where its name starts.
    name_start: usize,
    end: bool,
    attributes: usize,
    /// Once it ends: raw text begins (a start tag of a raw-text element, in HTML content).
    opens_raw: Option<&'static [u8]>,
    /// Once it ends, unless self-closed: foreign content begins.
    opens_foreign: bool,
    /// A `type` attribute names JSON data a stage reads: JSON-LD (`application/ld+json`) or a
    /// framework's page data (`application/json`, such as `__NEXT_DATA__`).
    json_ld: bool,
    /// The attributes read on this element beside [`READ_ATTRIBUTES`] (from [`READ_ON`]).
    reads: &'static [&'static [u8]],
}

impl Tag {
    fn new(name_start: usize, end: bool) -> Self {
        Tag {
            name_start,
            end,
            ..Tag::default()
        }
    }
}

impl Context {
    /// The tag's name is read: update what it opens or closes.
    fn named(&mut self, tag: &mut Tag, name: &[u8]) {
        if !tag.end {
            let find = |table: &'static [(&[u8], &'static [&'static [u8]])]| {
                table
                    .iter()
                    .find(|(element, _)| name.eq_ignore_ascii_case(element))
                    .map(|(_, reads)| *reads)
            };
            let output = if self.output {
                find(READ_FOR_OUTPUT)
            } else {
                None
            };
            tag.reads = output.or_else(|| find(READ_ON)).unwrap_or(&[]);
        }
        // Every other name of interest is 3 to 9 letters long.
        if !(3..=9).contains(&name.len()) {
            return;
        }
        if is_one_of(name, VERBATIM) {
            self.verbatim = if tag.end {
                self.verbatim.saturating_sub(1)
            } else {
                self.verbatim + 1
            };
        } else if is_one_of(name, FOREIGN) {
            if tag.end {
                self.foreign = self.foreign.saturating_sub(1);
            } else {
                tag.opens_foreign = true;
            }
        } else if !tag.end && self.foreign == 0 {
            tag.opens_raw = RAW_TEXT
                .iter()
                .copied()
                .find(|r| name.eq_ignore_ascii_case(r));
        }
    }

    /// The tag ended at its `>`; `self_closed` when a `/` came right before. Returns the
    /// element whose raw text begins here, if any.
    fn ended(&mut self, tag: &Tag, self_closed: bool) -> Option<&'static [u8]> {
        if tag.opens_foreign && !self_closed {
            self.foreign += 1;
        }
        tag.opens_raw
    }
}

/// The text after the scan: the input itself while nothing changed.
struct Output<'a> {
    html: &'a str,
    out: Option<String>,
    /// Bytes of `html` handled (copied or dropped) into `out`.
    copied: usize,
}

impl<'a> Output<'a> {
    /// Drops `html[from..to]` (ranges come in order and do not overlap).
    fn cut(&mut self, from: usize, to: usize) {
        let html = self.html;
        let out = self
            .out
            .get_or_insert_with(|| String::with_capacity(html.len()));
        out.push_str(html.get(self.copied..from).unwrap_or(""));
        self.copied = to;
    }

    fn finish(self) -> Cow<'a, str> {
        match self.out {
            Some(mut out) => {
                out.push_str(self.html.get(self.copied..).unwrap_or(""));
                Cow::Owned(out)
            }
            None => Cow::Borrowed(self.html),
        }
    }
}

/// The text with tags cut to `max_attributes` attributes and indentation dropped (see the
/// module documentation).
pub(crate) fn prepare(html: &str, max_attributes: usize) -> Cow<'_, str> {
    prepare_keeping(html, max_attributes, false)
}

/// [`prepare`], keeping the attributes of [`READ_FOR_OUTPUT`] too when `output` is set.
pub(crate) fn prepare_keeping(html: &str, max_attributes: usize, output: bool) -> Cow<'_, str> {
    let mut out = Output {
        html,
        out: None,
        copied: 0,
    };
    scan(html, max_attributes, output, &mut out);
    out.finish()
}

/// The scan of [`prepare`], telling `output` what it drops as it goes.
fn scan(html: &str, max_attributes: usize, keep_output: bool, output: &mut Output<'_>) {
    let bytes = html.as_bytes();
    let mut state = State::Text;
    let mut context = Context {
        output: keep_output,
        ..Context::default()
    };
    let mut tag = Tag::default();
    let mut i = 0usize;
    while let Some(&b) = bytes.get(i) {
        match state {
            State::Text => {
                let rest = bytes.get(i..).unwrap_or_default();
                let next = if context.verbatim > 0 {
                    memchr::memchr(b'<', rest)
                } else {
                    memchr::memchr2(b'<', b'\n', rest)
                };
                let Some(at) = next else {
                    break;
                };
                i += at;
                if bytes.get(i) == Some(&b'\n') {
                    let indent = bytes
                        .get(i + 1..)
                        .unwrap_or_default()
                        .iter()
                        .take_while(|&&c| c == b' ' || c == b'\t')
                        .count();
                    if indent > 0 {
                        output.cut(i + 1, i + 1 + indent);
                    }
                    i += 1 + indent;
                    continue;
                }
                let after = bytes.get(i + 1..).unwrap_or_default();
                if after.starts_with(b"!--") {
                    // A comment ends at the first `-->` (`<!-->` and `<!--->` end at once).
                    let body = bytes.get(i + 2..).unwrap_or_default();
                    i = match memchr::memmem::find(body, b"-->") {
                        Some(at) => {
                            // No stage reads a comment: its text goes, the empty comment
                            // stays (the same nodes), and the tokenizer does not read it a
                            // character at a time. Not when `--!>` ends it first.
                            let (from, to) = (i + 4, i + 2 + at);
                            let text = bytes.get(from..to).unwrap_or_default();
                            if to > from
                                && drops_unread()
                                && memchr::memmem::find(text, b"--!").is_none()
                            {
                                output.cut(from, to);
                            }
                            i + 2 + at + 3
                        }
                        None => bytes.len(),
                    };
                    continue;
                }
                let (end, first) = match after {
                    [b'/', c, ..] => (true, *c),
                    [c, ..] => (false, *c),
                    [] => (false, b' '),
                };
                if first.is_ascii_alphabetic() {
                    state = State::Name;
                    tag = Tag::new(i + 1 + usize::from(end), end);
                    i = tag.name_start;
                } else {
                    i += 1;
                }
                continue;
            }
            State::Name if !ends_word(b) => {
                // Inside a name: on to the byte that ends it.
                let rest = bytes.get(i..).unwrap_or_default();
                i += rest
                    .iter()
                    .position(|&c| ends_word(c))
                    .unwrap_or(rest.len());
                continue;
            }
            State::Name => {
                if ends_name(b) {
                    let name = bytes.get(tag.name_start..i).unwrap_or_default();
                    context.named(&mut tag, name);
                    state = if b == b'>' { State::Text } else { State::Space };
                }
            }
            State::Space => match b {
                b'>' => state = State::Text,
                b'/' => {}
                _ if b.is_ascii_whitespace() => {}
                _ => {
                    // An attribute starts here.
                    tag.attributes += 1;
                    if tag.attributes > max_attributes {
                        // Drop from here to the tag's end (respecting quotes), keep the `>`.
                        let end = tag_end(bytes, i);
                        output.cut(i, end);
                        i = end;
                        continue;
                    }
                    let (name_end, end) = attribute_span(bytes, i);
                    let name = bytes.get(i..name_end).unwrap_or_default();
                    if name.eq_ignore_ascii_case(b"type") {
                        let value = bytes.get(name_end..end).unwrap_or_default();
                        tag.json_ld = value.windows(7).any(|w| w.eq_ignore_ascii_case(b"ld+json"))
                            || value
                                .windows(16)
                                .any(|w| w.eq_ignore_ascii_case(b"application/json"));
                    }
                    if drops_unread()
                        && !is_one_of(name, READ_ATTRIBUTES)
                        && !is_one_of(name, tag.reads)
                        && !is_script_link(&tag, name, bytes.get(name_end..end))
                    {
                        output.cut(i, end);
                    }
                    // On past the attribute, read as the tokenizer reads it (an unquoted value
                    // runs on over a `/`).
                    i = end;
                    continue;
                }
            },
        }
        if state == State::Text {
            // The tag ended at this `>`.
            let self_closed = i > 0 && bytes.get(i - 1) == Some(&b'/');
            if let Some(name) = context.ended(&tag, self_closed) {
                // Raw text, to the `<` of its end tag: no tags in it, whitespace kept, and
                // the text of an element no stage reads dropped.
                let from = i + 1;
                let end = raw_end(bytes, from, name);
                let unread = match name {
                    b"script" => !tag.json_ld,
                    b"style" | b"noscript" | b"iframe" | b"textarea" => true,
                    _ => false,
                };
                if unread && end > from && drops_unread() {
                    output.cut(from, end);
                }
                i = end + 2;
                tag = Tag::new(i, true);
                state = State::Name;
                continue;
            }
        }
        i += 1;
    }
}

/// Whether an attribute is a link's `href` that runs a script (`javascript:`): the index
/// reads it (such an anchor is a script's button, not a link), the others it does not.
fn is_script_link(tag: &Tag, name: &[u8], value: Option<&[u8]>) -> bool {
    if !name.eq_ignore_ascii_case(b"href") || !is_one_of(b"rel", tag.reads) {
        return false;
    }
    let value = value.unwrap_or_default();
    let start = value
        .iter()
        .position(|&c| !(c == b'=' || c == b'"' || c == b'\'' || c.is_ascii_whitespace()))
        .unwrap_or(value.len());
    value
        .get(start..start + 11)
        .is_some_and(|p| p.eq_ignore_ascii_case(b"javascript:"))
}

/// Whether `b` ends a tag's name: HTML whitespace (`u8::is_ascii_whitespace` is exactly it),
/// `/` or `>`.
fn ends_name(b: u8) -> bool {
    b.is_ascii_whitespace() || b == b'/' || b == b'>'
}

/// Whether `b` may end a tag's name, or is a quote: quotes are part of a name, but stop the
/// fast skip.
fn ends_word(b: u8) -> bool {
    ends_name(b) || b == b'"' || b == b'\''
}

/// Whether `name` is one of `names`, ignoring ASCII case.
fn is_one_of(name: &[u8], names: &[&[u8]]) -> bool {
    names.iter().any(|n| name.eq_ignore_ascii_case(n))
}

/// Where the raw text of element `name` that starts at `from` ends: the `<` of its end tag,
/// or the end of the input (`plaintext` never ends).
fn raw_end(bytes: &[u8], from: usize, name: &[u8]) -> usize {
    if name == b"plaintext" {
        return bytes.len();
    }
    if name == b"script" {
        return script_end(bytes, from);
    }
    let mut at = from;
    while let Some(next) = bytes.get(at..).and_then(|rest| memchr::memchr(b'<', rest)) {
        at += next;
        if tag_at(bytes, at, name, true) {
            return at;
        }
        at += 1;
    }
    bytes.len()
}

/// Where script text that starts at `from` ends, as the tokenizer's script states find it: a
/// `</script` ends it, except after `<!--` and a `<script` (the "double escaped" state of old
/// `document.write` code), where it only leaves that state; `-->` goes back to plain text.
fn script_end(bytes: &[u8], from: usize) -> usize {
    #[derive(PartialEq)]
    enum Escape {
        None,
        Escaped,
        Double,
    }
    let mut escape = Escape::None;
    let mut at = from;
    while let Some(next) = bytes
        .get(at..)
        .and_then(|rest| memchr::memchr2(b'<', b'-', rest))
    {
        at += next;
        let rest = bytes.get(at..).unwrap_or_default();
        if rest.starts_with(b"-->") {
            escape = Escape::None;
            at += 3;
        } else if rest.starts_with(b"-") {
            at += 1;
        } else if escape == Escape::None && rest.starts_with(b"<!--") {
            // `<!-->` and `<!--->` close at once.
            let dashes = rest
                .get(4..)
                .unwrap_or_default()
                .iter()
                .take_while(|&&c| c == b'-');
            let after = 4 + dashes.count();
            if rest.get(after) == Some(&b'>') {
                at += after + 1;
            } else {
                escape = Escape::Escaped;
                at += after;
            }
        } else if tag_at(bytes, at, b"script", true) {
            if escape != Escape::Double {
                return at;
            }
            escape = Escape::Escaped;
            at += 8;
        } else if escape == Escape::Escaped && tag_at(bytes, at, b"script", false) {
            escape = Escape::Double;
            at += 7;
        } else {
            at += 1;
        }
    }
    bytes.len()
}

/// Whether the `<` at `at` opens a tag named `name` (an end tag with `end`): `<name` or
/// `</name`, then a space, `/` or `>` (or the end of the input).
fn tag_at(bytes: &[u8], at: usize, name: &[u8], end: bool) -> bool {
    let name_at = at + 1 + usize::from(end);
    let opens = bytes.get(at) == Some(&b'<') && (!end || bytes.get(at + 1) == Some(&b'/'));
    opens
        && bytes
            .get(name_at..name_at + name.len())
            .is_some_and(|t| t.eq_ignore_ascii_case(name))
        && bytes
            .get(name_at + name.len())
            .is_none_or(|&c| ends_name(c))
}

/// An attribute that starts at `start`, as the tokenizer reads it: where its name ends, and
/// where the attribute ends (after its value, quoted or not, when it has one). A name runs to
/// a space, `/`, `>` or `=` (its first character may be any); a value may follow `=`, with
/// spaces around it.
fn attribute_span(bytes: &[u8], start: usize) -> (usize, usize) {
    let is_space = |c: u8| c.is_ascii_whitespace();
    let after = |from: usize, stop: &dyn Fn(u8) -> bool| {
        bytes
            .get(from..)
            .and_then(|rest| rest.iter().position(|&c| stop(c)))
            .map_or(bytes.len(), |at| from + at)
    };
    let name_end = after(start + 1, &|c| {
        is_space(c) || matches!(c, b'/' | b'>' | b'=')
    });
    let equals = after(name_end, &|c| !is_space(c));
    if bytes.get(equals) != Some(&b'=') {
        return (name_end, name_end);
    }
    let value = after(equals + 1, &|c| !is_space(c));
    let end = match bytes.get(value) {
        // A quoted value runs to its closing quote (found with memchr: values are long).
        Some(&q @ (b'"' | b'\'')) => bytes
            .get(value + 1..)
            .and_then(|rest| memchr::memchr(q, rest))
            .map_or(bytes.len(), |at| value + 1 + at + 1),
        Some(b'>') | None => value,
        Some(_) => after(value, &|c| is_space(c) || c == b'>'),
    };
    (name_end, end)
}

/// Where the tag that reaches `from` ends: its `>`, found by reading the attributes as the
/// tokenizer does (a `>` in a quoted value is no end), or the end of the input.
fn tag_end(bytes: &[u8], from: usize) -> usize {
    let mut at = from;
    loop {
        match bytes.get(at) {
            None | Some(b'>') => return at.min(bytes.len()),
            Some(&c) if c.is_ascii_whitespace() || c == b'/' => at += 1,
            // An attribute spans at least its first byte.
            Some(_) => at = attribute_span(bytes, at).1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::prepare;

    /// Runs `f` with the drop of unread attributes off.
    fn keeping_all<T>(f: impl FnOnce() -> T) -> T {
        super::KEEP_ALL.with(|k| k.set(true));
        let out = f();
        super::KEEP_ALL.with(|k| k.set(false));
        out
    }

    #[test]
    fn unread_attributes_are_dropped() {
        assert_eq!(
            prepare("<a href=\"/x\" title=\"a > b\" data-id=7 CLASS=c>x</a>", 10),
            "<a    CLASS=c>x</a>"
        );
        assert_eq!(
            prepare("<img srcset = 'a 1x' alt=x/><p hidden>y", 10),
            // An unquoted value runs to a space or `>`: "x/" (the tokenizer reads it so too).
            "<img  ><p hidden>y"
        );
        assert_eq!(prepare("<p =x id=y>", 10), "<p  id=y>");
        assert_eq!(prepare("<p title=>z", 10), "<p >z");
        assert_eq!(prepare("<p title=\"open", 10), "<p ");
        assert_eq!(
            prepare("<html xml:lang=ko lang=ko dir=ltr>", 10),
            "<html xml:lang=ko lang=ko >"
        );
    }

    #[test]
    fn attributes_read_on_one_element_are_kept_there_only() {
        // `rel` on links and `<link>`, `href` on `<link>`, names on `<meta>`, the language on
        // `<html>`, the type on `<script>`; tag names in any case.
        assert_eq!(
            prepare(
                "<A REL=author href=/p>x</A><span rel=x lang=en name=n>y</span>",
                10
            ),
            "<A REL=author >x</A><span   >y</span>"
        );
        assert_eq!(
            prepare(
                "<link rel=canonical href=/c><meta name=a property=b content=c>",
                10
            ),
            "<link rel=canonical href=/c><meta name=a property=b content=c>"
        );
        assert_eq!(
            prepare("<div type=x lang=ko><script type=module></script>", 10),
            "<div  ><script type=module></script>"
        );
        // End tags keep only what every element keeps (the tokenizer drops their attributes).
        assert_eq!(prepare("<p>x</a rel=y class=z>", 10), "<p>x</a  class=z>");
    }

    #[test]
    fn script_hrefs_are_kept_on_links_only() {
        // The index reads a `javascript:` target (a script's button is no link); other
        // targets, and `javascript:` on other elements, go.
        assert_eq!(
            prepare(
                "<a href=\"javascript:void(0)\">x</a><a href = JavaScript:go()>y</a><a href='/p'>z</a><div href=javascript:x>w</div>",
                10
            ),
            "<a href=\"javascript:void(0)\">x</a><a href = JavaScript:go()>y</a><a >z</a><div >w</div>"
        );
    }

    #[test]
    fn output_attributes_are_kept_only_when_asked() {
        let html = "<a href=/x title=t>x</a><img src=a.jpg alt=A data-src=b.jpg srcset='c.jpg 1x' width=3><p href=y>";
        assert_eq!(prepare(html, 10), "<a  >x</a><img     ><p >");
        assert_eq!(
            super::prepare_keeping(html, 10, true),
            "<a href=/x >x</a><img src=a.jpg alt=A data-src=b.jpg srcset='c.jpg 1x' ><p >"
        );
    }

    #[test]
    fn dropping_unread_attributes_and_raw_text_changes_no_output() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let mut pages = 0;
        for dir in std::fs::read_dir(&root).unwrap() {
            let path = dir.unwrap().path().join("page.html");
            let Ok(html) = std::fs::read(&path) else {
                continue;
            };
            let options = crate::Options::default();
            let dropped = crate::extract(&html, &options).unwrap().to_json();
            let kept = keeping_all(|| crate::extract(&html, &options).unwrap().to_json());
            assert_eq!(dropped, kept, "{}", path.display());
            pages += 1;
        }
        assert!(pages >= 40, "{pages} corpus pages");
    }

    #[test]
    fn tags_keep_at_most_the_cap() {
        keeping_all(tags_keep_at_most_the_cap_all);
    }

    fn tags_keep_at_most_the_cap_all() {
        assert_eq!(prepare("<p a=1 b=2>x</p>", 5), "<p a=1 b=2>x</p>");
        assert_eq!(
            prepare("<p a=1 b='2 >' c=3 d>x</p>", 2),
            "<p a=1 b='2 >' >x</p>"
        );
        assert_eq!(prepare("a < b c d e", 1), "a < b c d e");
        let many: String = (0..5000).map(|i| format!(" a{i}=\"{i}\"")).collect();
        let page = format!("<div{many}><p>text</p></div>");
        let capped = prepare(&page, 1024);
        assert!(capped.len() < page.len() / 3);
        assert!(capped.ends_with("><p>text</p></div>"));
        // End tags too: the tokenizer reads their attributes as well.
        let end = format!("<p>x</p{many}>");
        assert!(prepare(&end, 1024).len() < end.len() / 3);
        // In SVG a `<script>` holds tags, so tags after it are cut too; in HTML it is raw text.
        let svg = format!("<svg><script/><g{many}></g></svg>");
        assert!(prepare(&svg, 1024).len() < svg.len() / 3);
        let svg = format!("<svg/><script><g{many}></g></script>");
        assert!(prepare(&svg, 1024) == svg, "changed");
    }

    #[test]
    fn script_text_is_no_tag() {
        // A loop's `i<urls.length` once opened a "tag" whose thousand "attributes" ran past the
        // script into the article, and the cap cut the article away (two eval pages lost most
        // of their text). Raw text holds no tags.
        let script = format!(
            "<script>for (var i = 0; i<urls.length; i++) {{ {} }}</script>",
            "a = b + c; ".repeat(400)
        );
        let html = format!("<html><body>{script}<p>The article stays.</p></body></html>");
        let out = keeping_all(|| prepare(&html, 1024));
        assert!(out == html, "changed");
        assert_eq!(
            prepare(&html, 1024),
            "<html><body><script></script><p>The article stays.</p></body></html>"
        );
    }

    #[test]
    fn text_of_unread_raw_elements_is_dropped() {
        for (html, out) in [
            (
                "<script>\n  var a = 1;\n</script>\n  <p>x",
                "<script></script>\n<p>x",
            ),
            ("<script>if (a</b) {x()}</SCRIPT >y", "<script></SCRIPT >y"),
            ("<style>p { color: red }</style><p>", "<style></style><p>"),
            ("<noscript><img src=x></noscript>", "<noscript></noscript>"),
            ("<textarea>typed</textarea>", "<textarea></textarea>"),
            ("<iframe>frame</iframe>", "<iframe></iframe>"),
            ("<script>never closed <p>text", "<script>"),
            // JSON-LD is read: kept as it is.
            (
                "<script type='application/LD+JSON'>{\"@type\": \"A\"}</script>",
                "<script type='application/LD+JSON'>{\"@type\": \"A\"}</script>",
            ),
            // After `<!--` and `<script`, a `</script>` does not end the script.
            (
                "<script><!-- document.write(\"<script>x</script>\"); --></script><p>y</p>",
                "<script></script><p>y</p>",
            ),
            (
                "<script><!--></script><p>y</p>",
                "<script></script><p>y</p>",
            ),
            (
                "<script><!-- a </script><p>y</p>",
                "<script></script><p>y</p>",
            ),
        ] {
            assert_eq!(prepare(html, 10), out, "{html:?}");
        }
    }

    #[test]
    fn indentation_after_line_breaks_is_dropped() {
        assert_eq!(
            prepare("<div>\n    <p>One\n\t  two</p>\n  </div>", 10),
            "<div>\n<p>One\ntwo</p>\n</div>"
        );
        // Nothing to drop: the input itself, not a copy.
        assert!(matches!(
            prepare("<p>a b</p>\n<p>c</p>", 10),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn whitespace_that_is_content_is_kept() {
        for html in [
            "<pre>\n  indented\n    code</pre>",
            "<PRE class=x>\n  a<b>\n  b</b></PRE>",
            "<pre><pre>\n  a</pre>\n  b</pre>",
            "<listing>\n  a</listing>",
            "<script type=application/ld+json>\n  {\"a\": 1}\n</script>",
            "<title>\n  T</title>",
            "<!-- <pre> -->\n  <p>x</p>",
            "<xmp>\n  a</xmp>",
            "<p class='a\n  b'>x</p>",
            "<plaintext>\n  a</plaintext>\n  b",
        ] {
            let out = prepare(html, 10);
            match html {
                // A commented-out `<pre>` is no `<pre>` (and the comment's text goes).
                "<!-- <pre> -->\n  <p>x</p>" => assert_eq!(out, "<!---->\n<p>x</p>"),
                _ => assert_eq!(out, html),
            }
        }
        // After the element's end, indentation goes again.
        assert_eq!(
            prepare("<pre>\n  a</pre>\n  <p>\n  b</p>", 10),
            "<pre>\n  a</pre>\n<p>\nb</p>"
        );
        assert_eq!(
            keeping_all(|| prepare("<script>x='</scripts>\n  '</script>\n  <p>", 10)),
            "<script>x='</scripts>\n  '</script>\n<p>"
        );
        // In SVG, `<style>` is no raw text.
        assert_eq!(
            prepare("<svg><style>\n  a</style></svg>\n  <p>", 10),
            "<svg><style>\na</style></svg>\n<p>"
        );
    }

    #[test]
    fn comment_text_is_dropped_and_the_comment_kept() {
        for (html, out) in [
            ("a<!-- x -->b", "a<!---->b"),
            ("<!-->a", "<!-->a"),
            ("<!--->a", "<!--->a"),
            ("<!---->a", "<!---->a"),
            ("<!--x-->a<!--y-->", "<!---->a<!---->"),
            // `--!>` ends a comment for the tokenizer: the text after it is text.
            ("<!-- a --!> b -->c", "<!-- a --!> b -->c"),
            // Never closed: the tokenizer takes the rest as the comment; left as it is.
            ("a<!-- b", "a<!-- b"),
            // In raw text, `<!--` is text.
            ("<title>a<!-- b --></title>", "<title>a<!-- b --></title>"),
        ] {
            assert_eq!(prepare(html, 10), out, "{html:?}");
        }
        assert_eq!(keeping_all(|| prepare("a<!-- x -->b", 10)), "a<!-- x -->b");
    }

    #[test]
    fn any_input_is_scanned_without_panic() {
        for html in [
            "<",
            "</",
            "<!",
            "<!--",
            "<!-->",
            "<a",
            "<a b",
            "<a b='",
            "<a b=\"c",
            "</a b c>",
            "<script",
            "<script>",
            "<script></",
            "<pre",
            "\n",
            "\n ",
            "é\n é",
            "<p\n a>\n b",
        ] {
            let out = prepare(html, 1);
            assert!(out.len() <= html.len(), "{html:?}");
        }
    }
}
