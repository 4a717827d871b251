//! The parse of a large page on two threads. The calling thread runs the pre-parse scan, which
//! hands the text it keeps to a second, scoped thread in pieces as it goes; that thread
//! tokenizes and relays the tokens in batches back to the calling thread, which runs the tree
//! builder (behind the same [`Guard`]) once the scan is done. The `Rc` DOM is made, read and
//! dropped on the calling thread, from text it copies out of each batch, so the tokenizer's
//! thread owns none of its memory.
//!
//! The tokenizer takes two things from the tree builder as it goes, and here it cannot wait for
//! them, so the relay predicts them and the builder checks every prediction:
//!
//! - **the tokenizer state a start tag switches to** (the text of `<script>`, `<style>`,
//!   `<title>`, `<textarea>`... is raw text, unless the tag is in `<svg>` or `<math>`);
//! - **whether the current node is foreign**, asked at a `<![CDATA[`.
//!
//! The relay follows `<svg>`/`<math>` nesting and the HTML tags that break out of it. Where the
//! builder's answer differs (an unclosed `<svg>`, a `<style>` inside `<foreignObject>`, a
//! `<script>` in a frameset...), it drops what it built and parses the text again on its own,
//! as [`parse`](super::parse) does: the document is always the one-thread document.

use super::prepare::{self, Cuts};
use super::{feed, parse_prepared, Guard, Parsed, MAX_ATTRIBUTES};
use crate::error::Error;
use crate::options::Limits;
use html5ever::interface::QualName;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, Doctype, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use html5ever::{Attribute, LocalName};
use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::ops::Range;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{channel, sync_channel, Receiver, Sender, SyncSender};
use std::thread::ScopedJoinHandle;

/// When to start the second thread, and how much kept text to hand it at a time.
#[derive(Clone, Copy)]
pub(super) struct Sizes {
    /// The scan keeps at least this much text before the tokenizer's thread starts; a page
    /// whose kept text is shorter is parsed on one thread (starting a thread would cost more
    /// than it saves).
    pub start_at: usize,
    /// Kept text goes to the tokenizer's thread in pieces of about this many bytes, so it
    /// starts while the scan goes on.
    pub piece: usize,
}

impl Sizes {
    /// For pages: a thread from 64 KB of kept text on, pieces of 32 KB.
    pub const PAGES: Sizes = Sizes {
        start_at: 64 * 1024,
        piece: 32 * 1024,
    };
    /// For the tests and the fuzz target: a thread at once, and a piece at every point the
    /// scan allows (before each `<` and at each drop), so tokens straddle pieces.
    pub const EVERY_POINT: Sizes = Sizes {
        start_at: 0,
        piece: 1,
    };
}

/// Tokens relayed in one batch: few enough that the builder starts early, many enough that
/// the channel's cost per token is small.
const BATCH: usize = 512;

/// Batches in flight: the tokenizer waits when the builder is this far behind (the builder
/// starts once the scan is done), so memory stays bounded whatever the page.
const IN_FLIGHT: usize = 16;

/// A parse on two threads (or on one: a small page, or no second thread to be had).
pub(super) struct Outcome {
    pub parsed: Result<Parsed, Error>,
    /// A prediction was wrong, and the text was parsed again on one thread.
    pub parsed_again: bool,
}

/// Scans and parses the page (the raw text, before the pre-parse scan) on two threads once
/// the scan has kept `sizes.start_at` bytes. See the module documentation.
pub(super) fn parse(html: &str, limits: &Limits, sizes: Sizes) -> Outcome {
    let stop = AtomicBool::new(false);
    // Unbounded: the scan never waits for the tokenizer (which may be waiting for the builder,
    // which starts after the scan); a piece is ranges of the page, not a copy of its text.
    let (piece_sender, pieces) = channel();
    let (batch_sender, batches) = sync_channel(IN_FLIGHT);
    std::thread::scope(|scope| {
        let stop = &stop;
        let mut to_start = Some((pieces, batch_sender));
        let mut start = || -> Option<ScopedJoinHandle<'_, ()>> {
            let (pieces, sender) = to_start.take()?;
            std::thread::Builder::new()
                .name("copydesk-tokenizer".into())
                .spawn_scoped(scope, move || tokenize(html, pieces, sender, stop))
                .ok()
        };
        let mut stream = Stream {
            sizes,
            pending: Vec::new(),
            pending_bytes: 0,
            kept_bytes: 0,
            copied: 0,
            sender: piece_sender,
            tokenizing: None,
            start: &mut start,
        };
        prepare::scan(html, MAX_ATTRIBUTES, &mut stream);
        stream.cut(html.len(), html.len());
        if stream.tokenizing.is_none() {
            // A small page (or no thread to be had): one thread, on the kept text.
            return Outcome {
                parsed: parse_prepared(&text_of(html, stream.pending), limits),
                parsed_again: false,
            };
        }
        stream.send();
        let Stream {
            sender, tokenizing, ..
        } = stream;
        // The last piece is sent: the tokenizer ends after it.
        drop(sender);
        let built = build(batches, limits, stop);
        let parsed_again = built.is_none();
        let parsed = match built {
            Some(guard) => guard.finish(limits),
            None => parse_prepared(&prepare::prepare(html, MAX_ATTRIBUTES), limits),
        };
        if let Some(Err(panic)) = tokenizing.map(|t| t.join()) {
            std::panic::resume_unwind(panic);
        }
        Outcome {
            parsed,
            parsed_again,
        }
    })
}

/// The tokenizer's thread: the kept text as it comes, piece by piece, into the tokenizer.
fn tokenize(
    html: &str,
    pieces: Receiver<Vec<Range<usize>>>,
    sender: SyncSender<Batch>,
    stop: &AtomicBool,
) {
    let relay = Relay {
        sender,
        batch: RefCell::new(Batch::new()),
        foreign: Cell::new(0),
        stop,
    };
    let tokenizer = Tokenizer::new(relay, TokenizerOpts::default());
    let input = BufferQueue::default();
    for ranges in pieces.iter() {
        if stop.load(Ordering::Relaxed) {
            // The builder needs no more tokens: let the rest of the text go by.
            continue;
        }
        input.push_back(StrTendril::from(text_of(html, ranges)));
        feed(&tokenizer, &input);
    }
    tokenizer.end();
}

/// The kept text of these ranges of the page, one after another.
fn text_of(html: &str, ranges: Vec<Range<usize>>) -> String {
    let mut text = String::with_capacity(ranges.iter().map(|r| r.len()).sum());
    for range in ranges {
        text.push_str(html.get(range).unwrap_or_default());
    }
    text
}

/// The scan's kept text on its way to the tokenizer's thread: ranges of the page, sent in
/// pieces once there is enough of it.
struct Stream<'a, 'scope> {
    sizes: Sizes,
    /// Kept ranges not sent yet.
    pending: Vec<Range<usize>>,
    pending_bytes: usize,
    kept_bytes: usize,
    /// Where the text not yet cut or kept begins.
    copied: usize,
    sender: Sender<Vec<Range<usize>>>,
    tokenizing: Option<ScopedJoinHandle<'scope, ()>>,
    /// Starts the tokenizer's thread (`None`: no thread to be had).
    start: &'a mut dyn FnMut() -> Option<ScopedJoinHandle<'scope, ()>>,
}

impl Stream<'_, '_> {
    /// Keeps `html[self.copied..to]`.
    fn keep(&mut self, to: usize) {
        if to > self.copied {
            self.pending.push(self.copied..to);
            self.pending_bytes += to - self.copied;
            self.kept_bytes += to - self.copied;
        }
        self.copied = self.copied.max(to);
    }

    /// Sends what is pending, starting the thread first if the page is large enough by now.
    fn send(&mut self) {
        if self.tokenizing.is_none() {
            if self.kept_bytes < self.sizes.start_at {
                return;
            }
            match (self.start)() {
                Some(handle) => self.tokenizing = Some(handle),
                None => {
                    // No thread: stay on one (everything stays pending).
                    self.sizes.start_at = usize::MAX;
                    return;
                }
            }
        }
        if !self.pending.is_empty() {
            let ranges = std::mem::take(&mut self.pending);
            self.pending_bytes = 0;
            // A closed channel: the tokenizer's thread ended early (a panic, which the join
            // reports).
            let _ = self.sender.send(ranges);
        }
    }
}

impl Cuts for Stream<'_, '_> {
    fn cut(&mut self, from: usize, to: usize) {
        self.keep(from);
        self.copied = self.copied.max(to);
        if self.pending_bytes >= self.sizes.piece {
            self.send();
        }
    }

    fn progress(&mut self, at: usize) {
        if self.pending_bytes + at.saturating_sub(self.copied) >= self.sizes.piece {
            self.keep(at);
            self.send();
        }
    }
}

/// Whether the two-thread parse of `html` (forced, whatever its size) builds the same document as
/// the one-thread parse: every node, attribute and text in order, and the same node and text
/// counts; and whether it had to parse again. For the tests and the differential fuzz target.
pub(crate) fn matches_one_thread(html: &str, limits: &Limits) -> (bool, bool) {
    let one = parse_prepared(&prepare::prepare(html, MAX_ATTRIBUTES), limits);
    let two = parse(html, limits, Sizes::EVERY_POINT);
    let same = match (&one, &two.parsed) {
        (Ok(a), Ok(b)) => {
            a.nodes == b.nodes && a.text_bytes == b.text_bytes && outline(a) == outline(b)
        }
        (Err(a), Err(b)) => a == b,
        _ => false,
    };
    (same, two.parsed_again)
}

/// Every node of the document in order, one line each, with its depth.
fn outline(parsed: &Parsed) -> String {
    use markup5ever_rcdom::NodeData;
    use std::fmt::Write;
    let mut out = String::new();
    let mut stack = vec![(parsed.dom.document.clone(), 0usize)];
    while let Some((node, depth)) = stack.pop() {
        let _ = write!(out, "{depth} ");
        match &node.data {
            NodeData::Document => out.push_str("#document"),
            NodeData::Doctype {
                name,
                public_id,
                system_id,
            } => {
                let _ = write!(out, "<!doctype {name:?} {public_id:?} {system_id:?}>");
            }
            NodeData::Text { contents } => {
                let _ = write!(out, "{:?}", &**contents.borrow());
            }
            NodeData::Comment { contents } => {
                let _ = write!(out, "<!--{contents:?}-->");
            }
            NodeData::Element {
                name,
                attrs,
                template_contents,
                ..
            } => {
                let _ = write!(out, "<{:?} {}", name.ns, &*name.local);
                for a in attrs.borrow().iter() {
                    let _ = write!(out, " {:?}:{}={:?}", a.name.ns, &*a.name.local, &*a.value);
                }
                out.push('>');
                if let Some(contents) = template_contents.borrow().as_ref() {
                    stack.push((contents.clone(), depth + 1));
                }
            }
            NodeData::ProcessingInstruction { target, contents } => {
                let _ = write!(out, "<?{target:?} {contents:?}>");
            }
        }
        out.push('\n');
        for child in node.children.borrow().iter().rev() {
            stack.push((child.clone(), depth + 1));
        }
    }
    out
}

/// Runs the relayed tokens through the tree builder. `None` when a prediction was wrong (the
/// relay is stopped, and the caller parses again).
fn build(receiver: Receiver<Batch>, limits: &Limits, stop: &AtomicBool) -> Option<Guard> {
    let guard = Guard::new(limits);
    for batch in receiver.iter() {
        for item in &batch.items {
            let right = match item {
                Item::Token(token, line, predicted) => {
                    let result = guard.process_token(batch.token(token), *line);
                    if guard.over.get() {
                        // The node limit: the rest is not built (`finish` reports it).
                        stop.store(true, Ordering::Relaxed);
                        return Some(guard);
                    }
                    Switch::of(&result) == *predicted
                }
                Item::Foreign(predicted) => {
                    guard.adjusted_current_node_present_but_not_in_html_namespace() == *predicted
                }
                Item::End => {
                    guard.end();
                    return Some(guard);
                }
            };
            if !right {
                stop.store(true, Ordering::Relaxed);
                return None;
            }
        }
    }
    // The tokenizer's thread ended without its last batch (it panicked; the join reports it).
    guard.end();
    Some(guard)
}

/// A change of tokenizer state that a start tag asks for.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Switch {
    None,
    Raw(RawKind),
    Plaintext,
}

impl Switch {
    /// The switch a tree builder's answer asks for (a paused `</script>` or a `<meta charset>`
    /// asks for none: the one-thread parse goes straight on).
    fn of<H>(result: &TokenSinkResult<H>) -> Switch {
        match result {
            TokenSinkResult::RawData(kind) => Switch::Raw(*kind),
            TokenSinkResult::Plaintext => Switch::Plaintext,
            _ => Switch::None,
        }
    }

    fn result(self) -> TokenSinkResult<()> {
        match self {
            Switch::None => TokenSinkResult::Continue,
            Switch::Raw(kind) => TokenSinkResult::RawData(kind),
            Switch::Plaintext => TokenSinkResult::Plaintext,
        }
    }
}

/// Relayed events, in the tokenizer's order, with the text they carry copied into one buffer.
struct Batch {
    items: Vec<Item>,
    /// The text of the batch's tokens, one after another.
    text: String,
    /// The attributes of the batch's tags: names, and values in `text`.
    attrs: Vec<(QualName, Range<usize>)>,
}

/// One relayed event.
enum Item {
    /// A token, its line, and the switch the relay told the tokenizer to make.
    Token(Relayed, u64, Switch),
    /// The tokenizer asked whether the current node is foreign; the relay said this.
    Foreign(bool),
    /// The tokenizer ended.
    End,
}

/// A [`Token`] with its text in its batch's buffer (a `StrTendril` counts its references
/// without atomics and cannot cross threads).
enum Relayed {
    Doctype {
        name: Option<Range<usize>>,
        public_id: Option<Range<usize>>,
        system_id: Option<Range<usize>>,
        force_quirks: bool,
    },
    Tag {
        kind: TagKind,
        name: LocalName,
        self_closing: bool,
        /// Its attributes in the batch's list.
        attrs: Range<usize>,
        had_duplicate_attributes: bool,
    },
    Comment(Range<usize>),
    Characters(Range<usize>),
    NullCharacter,
    Eof,
    ParseError(Cow<'static, str>),
}

impl Batch {
    fn new() -> Batch {
        Batch {
            items: Vec::with_capacity(BATCH),
            text: String::new(),
            attrs: Vec::new(),
        }
    }

    /// Copies text into the buffer.
    fn put(&mut self, text: &str) -> Range<usize> {
        let start = self.text.len();
        self.text.push_str(text);
        start..self.text.len()
    }

    /// The token relayed, in its own text (allocated on this thread).
    fn token(&self, relayed: &Relayed) -> Token {
        let text = |range: &Range<usize>| {
            StrTendril::from_slice(self.text.get(range.clone()).unwrap_or_default())
        };
        match relayed {
            Relayed::Doctype {
                name,
                public_id,
                system_id,
                force_quirks,
            } => Token::DoctypeToken(Doctype {
                name: name.as_ref().map(text),
                public_id: public_id.as_ref().map(text),
                system_id: system_id.as_ref().map(text),
                force_quirks: *force_quirks,
            }),
            Relayed::Tag {
                kind,
                name,
                self_closing,
                attrs,
                had_duplicate_attributes,
            } => Token::TagToken(Tag {
                kind: *kind,
                name: name.clone(),
                self_closing: *self_closing,
                attrs: self
                    .attrs
                    .get(attrs.clone())
                    .unwrap_or_default()
                    .iter()
                    .map(|(name, value)| Attribute {
                        name: name.clone(),
                        value: text(value),
                    })
                    .collect(),
                had_duplicate_attributes: *had_duplicate_attributes,
            }),
            Relayed::Comment(range) => Token::CommentToken(text(range)),
            Relayed::Characters(range) => Token::CharacterTokens(text(range)),
            Relayed::NullCharacter => Token::NullCharacterToken,
            Relayed::Eof => Token::EOFToken,
            Relayed::ParseError(message) => Token::ParseError(message.clone()),
        }
    }

    /// Relays a token: its text goes into the buffer.
    fn push_token(&mut self, token: Token, line: u64, switch: Switch) {
        let relayed = match token {
            Token::DoctypeToken(d) => Relayed::Doctype {
                name: d.name.map(|t| self.put(&t)),
                public_id: d.public_id.map(|t| self.put(&t)),
                system_id: d.system_id.map(|t| self.put(&t)),
                force_quirks: d.force_quirks,
            },
            Token::TagToken(tag) => {
                let start = self.attrs.len();
                for attribute in tag.attrs {
                    let value = self.put(&attribute.value);
                    self.attrs.push((attribute.name, value));
                }
                Relayed::Tag {
                    kind: tag.kind,
                    name: tag.name,
                    self_closing: tag.self_closing,
                    attrs: start..self.attrs.len(),
                    had_duplicate_attributes: tag.had_duplicate_attributes,
                }
            }
            Token::CommentToken(text) => Relayed::Comment(self.put(&text)),
            Token::CharacterTokens(text) => Relayed::Characters(self.put(&text)),
            Token::NullCharacterToken => Relayed::NullCharacter,
            Token::EOFToken => Relayed::Eof,
            Token::ParseError(message) => Relayed::ParseError(message),
        };
        self.items.push(Item::Token(relayed, line, switch));
    }
}

/// The tokenizer's sink on the second thread: batches the tokens for the builder and answers
/// the tokenizer's two questions by prediction.
struct Relay<'a> {
    sender: SyncSender<Batch>,
    batch: RefCell<Batch>,
    /// Open `<svg>`/`<math>` elements, as far as tags alone tell.
    foreign: Cell<usize>,
    /// Set by the builder when it needs no more tokens.
    stop: &'a AtomicBool,
}

impl Relay<'_> {
    /// Sends the batch when it is full (or `now`).
    fn send(&self, now: bool) {
        let mut batch = self.batch.borrow_mut();
        if batch.items.len() >= BATCH || (now && !batch.items.is_empty()) {
            let full = std::mem::replace(&mut *batch, Batch::new());
            if self.sender.send(full).is_err() {
                self.stop.store(true, Ordering::Relaxed);
            }
        }
    }

    fn stopped(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }

    /// The switch the tree builder will ask for at this token (see the module documentation).
    fn predict(&self, token: &Token) -> Switch {
        let Token::TagToken(tag) = token else {
            return Switch::None;
        };
        let name: &str = &tag.name;
        let foreign_root = matches!(name, "svg" | "math");
        let opens_foreign = foreign_root && !tag.self_closing;
        if tag.kind == TagKind::EndTag {
            if foreign_root {
                self.foreign.set(self.foreign.get().saturating_sub(1));
            }
            return Switch::None;
        }
        if self.foreign.get() > 0 {
            if !breaks_out_of_foreign(name) {
                if opens_foreign {
                    self.foreign.set(self.foreign.get() + 1);
                }
                return Switch::None;
            }
            self.foreign.set(0);
        }
        if opens_foreign {
            self.foreign.set(1);
        }
        match name {
            "title" | "textarea" => Switch::Raw(RawKind::Rcdata),
            "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript" => {
                Switch::Raw(RawKind::Rawtext)
            }
            "script" => Switch::Raw(RawKind::ScriptData),
            "plaintext" => Switch::Plaintext,
            _ => Switch::None,
        }
    }
}

/// HTML start tags that close open `<svg>`/`<math>` content (the HTML standard's list for
/// foreign content; `<font>` counts only with `color`, `face` or `size`, which the pre-parse
/// scan drops).
fn breaks_out_of_foreign(name: &str) -> bool {
    matches!(
        name,
        "b" | "big"
            | "blockquote"
            | "body"
            | "br"
            | "center"
            | "code"
            | "dd"
            | "div"
            | "dl"
            | "dt"
            | "em"
            | "embed"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "head"
            | "hr"
            | "i"
            | "img"
            | "li"
            | "listing"
            | "menu"
            | "meta"
            | "nobr"
            | "ol"
            | "p"
            | "pre"
            | "ruby"
            | "s"
            | "small"
            | "span"
            | "strong"
            | "strike"
            | "sub"
            | "sup"
            | "table"
            | "tt"
            | "u"
            | "ul"
            | "var"
    )
}

impl TokenSink for Relay<'_> {
    type Handle = ();

    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<()> {
        if self.stopped() {
            return TokenSinkResult::Continue;
        }
        let switch = self.predict(&token);
        self.batch
            .borrow_mut()
            .push_token(token, line_number, switch);
        self.send(false);
        switch.result()
    }

    fn end(&self) {
        if !self.stopped() {
            self.batch.borrow_mut().items.push(Item::End);
            self.send(true);
        }
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        let foreign = self.foreign.get() > 0;
        if !self.stopped() {
            self.batch.borrow_mut().items.push(Item::Foreign(foreign));
        }
        foreign
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The two-thread parse of `html` is the one-thread parse; returns whether it parsed again.
    fn same(html: &str) -> bool {
        let (same, again) = matches_one_thread(html, &Limits::default());
        assert!(same, "two threads built another document for {html:?}");
        again
    }

    #[test]
    fn raw_text_elements_switch_the_tokenizer_as_predicted() {
        let html = "<!DOCTYPE html><html><head><title>A <b>title</b></title>\
            <style>p { color: red } </p></style><noscript><p>no</p></noscript>\
            <script>if (a < b && c > d) document.write('</p>')</script>\
            <script><!-- <script> </script> --></script></head><body>\
            <textarea><p>not a tag</p></textarea><xmp><b>raw</b></xmp>\
            <iframe><p>inside</p></iframe><noembed><i>x</i></noembed>\
            <noframes><i>y</i></noframes><title>late &amp; raw</title>\
            <p>Text &amp; more &#x41;&nbsp;\r\nlines\0</p><!-- note --></body></html>";
        assert!(!same(html));
    }

    #[test]
    fn foreign_content_is_followed() {
        // Icons: a self-closed <svg/>, an <svg> with its own <style> and <title> (foreign
        // elements, not raw text), CDATA, MathML, and HTML tags breaking out of foreign content.
        let html = "<body><svg/><script>a<b</script>\
            <svg viewBox='0 0 1 1'><title>icon</title><style>.a{fill:red}</style>\
            <path d='M0 0'/><![CDATA[ x<y ]]></svg><style>p{}</style>\
            <math><mi>x</mi><mo>=</mo></math><textarea><b>t</b></textarea>\
            <svg><g><p>out</p><script>c<d</script><svg><svg></svg></svg></g></svg>\
            <p>after</p></body>";
        assert!(!same(html));
    }

    #[test]
    fn a_wrong_prediction_parses_again_to_the_same_document() {
        for html in [
            // An <svg> left open: the </div> leaves it, the relay cannot tell.
            "<div><svg><g></div><script>x<y</script><p>p</p>",
            // HTML inside <foreignObject> is HTML: its <style> is raw text.
            "<svg><foreignObject><style><b>x</b></style></foreignObject></svg>",
            // In MathML's <mi>, HTML tags are HTML; a frameset ignores <script>.
            "<math><mi><style><b>x</b></style></mi></math>",
            "<frameset><script>x<y</script><frame></frameset>",
        ] {
            assert!(same(html), "{html:?} was not parsed again");
        }
    }

    #[test]
    fn odd_documents_build_the_same() {
        for html in [
            "",
            "<plaintext><p>all text</p>",
            "<table><b>x</b><tr><td>1<td>2<p>3</table>",
            "<template><p>t</p><td>c</td></template><p>after",
            "<p><b><i>a</p>b</b>c",
            "<!-- unclosed comment",
            "<div><a href=x>one<div>two</a>three</div>",
        ] {
            assert!(!same(html), "{html:?}");
        }
    }

    #[test]
    fn many_batches_and_long_texts_build_the_same() {
        let mut html = String::from("<html><body>");
        for i in 0..3000 {
            html.push_str(&format!(
                "<div class='c{i}' id=i{i}><p>Paragraph {i} &amp; some text.</p>\n</div>"
            ));
        }
        html.push_str(&"long text ".repeat(20_000));
        assert!(!same(&html));
    }

    #[test]
    fn the_node_and_depth_limits_hold_on_two_threads() {
        let html = "<div><p>x</p></div>".repeat(2000);
        let limits = Limits {
            max_nodes: 500,
            ..Limits::default()
        };
        let (same, _) = matches_one_thread(&html, &limits);
        assert!(same);
        assert!(matches!(
            parse(&html, &limits, Sizes::EVERY_POINT).parsed,
            Err(Error::TooManyNodes { limit: 500 })
        ));
        let deep = format!("{}deep{}", "<div>".repeat(300), "</div>".repeat(300));
        let limits = Limits {
            max_depth: 20,
            ..Limits::default()
        };
        assert!(matches_one_thread(&deep, &limits).0);
    }

    #[test]
    fn every_corpus_page_builds_the_same() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let mut pages = 0;
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let Ok(html) = std::fs::read_to_string(entry.path().join("page.html")) else {
                continue;
            };
            let (same, again) = matches_one_thread(&html, &Limits::default());
            assert!(same && !again, "{}", entry.path().display());
            pages += 1;
        }
        assert!(pages >= 40, "only {pages} corpus pages");
    }
}
