//! Stage 2, parse: text to a DOM with html5ever. The DOM type stays inside this module and
//! `index`, which flattens it; nothing else sees `Rc` nodes.
//!
//! Two guards sit between html5ever's tokenizer and its tree builder, because the tree builder's
//! cost grows with the depth of its stack of open elements (every start tag scans it for an
//! open `<p>`, a button scope...): 100,000 nested `<div>`s took 100 s in a release build.
//!
//! - **Depth**: an element the tree builder creates deeper than the depth cap is closed at once
//!   (an end tag of its name is fed right after it), so its content lands in its parent, as the
//!   index flattens elements deeper than `Limits::max_depth`; the element's own end tag, when it
//!   comes, is swallowed. The stack of open elements stays near the cap, so the parse is linear.
//! - **Attributes**: html5ever checks each new attribute of a tag against all earlier ones, so
//!   one tag with n attributes costs O(n²) (a million: many minutes). Before tokenizing, one
//!   linear scan ([`prepare`]) drops the attributes past [`MAX_ATTRIBUTES`] of a tag (a browser
//!   keeps them, but no page needs them).
//! - **Nodes**: once more nodes were created than `Limits::max_nodes`, the rest of the input is
//!   not fed to the tree builder (the formatting-element reconstruction of the HTML standard can
//!   create many nodes from few bytes) and the parse reports [`Error::TooManyNodes`].
//!
//! The same scan also drops what no later stage reads (indentation, unread attributes, the text
//! of scripts and styles): see [`prepare`].

use crate::error::Error;
use crate::options::Limits;
use html5ever::interface::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use html5ever::tree_builder::{TreeBuilder, TreeBuilderOpts};
use html5ever::{Attribute, LocalName, QualName};
use markup5ever_rcdom::RcDom;
use markup5ever_rcdom::{Handle, Node, NodeData};
use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

mod prepare;
pub(crate) use prepare::MAX_ATTRIBUTES;

/// How far below `max_depth` the parser starts closing elements: the index flattens exactly at
/// `max_depth`; the parser only has to keep its stack bounded.
const DEPTH_SLACK: usize = 16;

/// The parsed document, with the sizes the index allocates its arena by.
pub(crate) struct Parsed {
    pub dom: RcDom,
    /// Nodes created: elements, comments and text nodes (a text appended to a text node
    /// creates none). The arena has at most this many plus the document.
    pub nodes: usize,
    /// Bytes of text placed (an upper bound of the text the index keeps).
    pub text_bytes: usize,
}

/// Parses a whole HTML document the way a browser would, within the limits' depth and node
/// count (see the module documentation), on the calling thread.
pub(crate) fn parse(html: &str, limits: &Limits) -> Result<Parsed, Error> {
    parse_prepared(&prepare::prepare(html, MAX_ATTRIBUTES), limits)
}

/// [`parse`], keeping link targets and image sources when `output` is set (the output options
/// read them; the scan drops them otherwise).
pub(crate) fn parse_keeping(html: &str, limits: &Limits, output: bool) -> Result<Parsed, Error> {
    if !output {
        return parse(html, limits);
    }
    parse_prepared(
        &prepare::prepare_keeping(html, MAX_ATTRIBUTES, true),
        limits,
    )
}

/// [`parse`] after the pre-parse scan.
fn parse_prepared(html: &str, limits: &Limits) -> Result<Parsed, Error> {
    let tokenizer = Tokenizer::new(Guard::new(limits), TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    feed(&tokenizer, &input);
    tokenizer.end();
    tokenizer.sink.finish(limits)
}

/// Runs the tokenizer over all the text `input` holds (more may come after).
fn feed<S: TokenSink>(tokenizer: &Tokenizer<S>, input: &BufferQueue) {
    // `feed` pauses after each `</script>` (for a scripting engine there is none of); go on.
    while !input.is_empty() {
        let _ = tokenizer.feed(input);
    }
}

impl Guard {
    /// A fresh tree builder behind the guards of these limits.
    fn new(limits: &Limits) -> Guard {
        let sink = Sink {
            dom: RcDom::default(),
            depth: RefCell::new(HashMap::with_hasher(AddressHash)),
            nodes: Cell::new(0),
            created: Cell::new(0),
            text_bytes: Cell::new(0),
            last: RefCell::new(None),
        };
        Guard {
            inner: TreeBuilder::new(sink, TreeBuilderOpts::default()),
            cap: limits.max_depth.saturating_add(DEPTH_SLACK),
            max_nodes: limits.max_nodes,
            swallow: RefCell::new(HashMap::new()),
            over: Cell::new(false),
        }
    }

    /// The document built, or the error of a parse stopped by the node limit.
    fn finish(self, limits: &Limits) -> Result<Parsed, Error> {
        if self.over.get() {
            return Err(Error::TooManyNodes {
                limit: limits.max_nodes,
            });
        }
        let sink = self.inner.sink;
        Ok(Parsed {
            dom: sink.dom,
            nodes: sink.created.get(),
            text_bytes: sink.text_bytes.get(),
        })
    }
}

/// The tree builder behind the depth and node guards.
struct Guard {
    inner: TreeBuilder<Handle, Sink>,
    cap: usize,
    max_nodes: usize,
    /// End tags to swallow, by name: the elements closed early for depth (most pages have
    /// none, and then an end tag costs no lookup).
    swallow: RefCell<HashMap<LocalName, usize>>,
    /// More nodes than `max_nodes` were created: the rest of the input is dropped.
    over: Cell<bool>,
}

impl TokenSink for Guard {
    type Handle = Handle;

    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<Handle> {
        if self.over.get() {
            return TokenSinkResult::Continue;
        }
        if self.inner.sink.nodes.get() > self.max_nodes {
            self.over.set(true);
            return TokenSinkResult::Continue;
        }
        let start = match &token {
            Token::TagToken(tag)
                if tag.kind == TagKind::EndTag && self.swallow.borrow().is_empty() =>
            {
                None
            }
            Token::TagToken(tag) if tag.kind == TagKind::EndTag => {
                let mut swallow = self.swallow.borrow_mut();
                if let Some(n) = swallow.get_mut(&tag.name) {
                    *n -= 1;
                    if *n == 0 {
                        swallow.remove(&tag.name);
                    }
                    return TokenSinkResult::Continue;
                }
                None
            }
            Token::TagToken(tag) => Some((tag.name.clone(), tag.self_closing)),
            _ => None,
        };
        self.inner.sink.last.replace(None);
        let result = self.inner.process_token(token, line_number);
        let Some((name, self_closing)) = start else {
            return result;
        };
        // A start tag that made an element too deep: close it at once, so its content goes to
        // its parent. Raw-text elements (script, style...) switch the tokenizer and are left.
        let created = self.inner.sink.last.borrow_mut().take();
        let Some((created, depth)) = created else {
            return result;
        };
        if depth <= self.cap || !matches!(result, TokenSinkResult::Continue) {
            return result;
        }
        let closable = match &created.data {
            NodeData::Element { name: n, .. } => {
                n.local.eq_ignore_ascii_case(&name)
                    && if n.ns == html5ever::ns!(html) {
                        !is_void(&name)
                    } else {
                        !self_closing
                    }
            }
            _ => false,
        };
        if closable && self.inner.sink.is_open_current(&created) {
            let end = Tag {
                kind: TagKind::EndTag,
                name: name.clone(),
                self_closing: false,
                attrs: Vec::new(),
                had_duplicate_attributes: false,
            };
            let _ = self.inner.process_token(Token::TagToken(end), line_number);
            *self.swallow.borrow_mut().entry(name).or_insert(0) += 1;
        }
        result
    }

    fn end(&self) {
        self.inner.end();
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.inner
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}

/// A node's parent and its index there, found from the back (where the tree builder works).
fn parent_and_index(node: &Handle) -> Option<(Handle, usize)> {
    let weak = node.parent.take();
    let parent = weak.as_ref().and_then(|w| w.upgrade());
    node.parent.set(weak);
    let parent = parent?;
    let i = parent
        .children
        .borrow()
        .iter()
        .rposition(|c| Rc::ptr_eq(c, node))?;
    Some((parent, i))
}

/// Takes a node out of its parent's children.
fn detach(node: &Handle) {
    if let Some((parent, i)) = parent_and_index(node) {
        parent.children.borrow_mut().remove(i);
        node.parent.set(None);
    }
}

/// HTML elements that never hold content (the tree builder pops them at once).
fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "basefont"
            | "bgsound"
            | "br"
            | "col"
            | "embed"
            | "frame"
            | "hr"
            | "image"
            | "img"
            | "input"
            | "keygen"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
    )
}

/// `RcDom` with each element's depth and a count of the nodes created.
struct Sink {
    dom: RcDom,
    /// Depth of each element, by its address.
    depth: RefCell<HashMap<usize, usize, AddressHash>>,
    /// Nodes placed (each text append counts): the `max_nodes` guard.
    nodes: Cell<usize>,
    /// Nodes created (see [`Parsed::nodes`]).
    created: Cell<usize>,
    /// Bytes of text placed.
    text_bytes: Cell<usize>,
    /// The last element appended, with its depth.
    last: RefCell<Option<(Handle, usize)>>,
}

/// A hasher for node addresses: they are distinct, aligned integers, so one multiplication
/// spreads them well; the default SipHash cost a noticeable share of the parse.
#[derive(Default, Clone, Copy)]
struct AddressHash;

impl std::hash::BuildHasher for AddressHash {
    type Hasher = AddressHasher;
    fn build_hasher(&self) -> AddressHasher {
        AddressHasher(0)
    }
}

/// The hasher of [`AddressHash`].
struct AddressHasher(u64);

impl std::hash::Hasher for AddressHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = ((n as u64) >> 3).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

fn key(h: &Handle) -> usize {
    Rc::as_ptr(h) as usize
}

impl Sink {
    fn depth_of(&self, h: &Handle) -> usize {
        self.depth.borrow().get(&key(h)).copied().unwrap_or(0)
    }

    /// Counts a placed node and records its depth; the parent's depth is looked up only for a
    /// node (text is most appends, and needs none).
    fn placed(&self, parent_depth: impl FnOnce() -> usize, child: &NodeOrText<Handle>) {
        self.nodes.set(self.nodes.get() + 1);
        match child {
            NodeOrText::AppendNode(node) => {
                let depth = parent_depth() + 1;
                self.depth.borrow_mut().insert(key(node), depth);
                if matches!(node.data, NodeData::Element { .. }) {
                    self.last.replace(Some((node.clone(), depth)));
                }
            }
            NodeOrText::AppendText(text) => {
                self.text_bytes.set(self.text_bytes.get() + text.len());
            }
        }
    }

    /// Whether `node` is the last child of its parent (it was just inserted and nothing came
    /// after it), so that an end tag of its name closes it.
    fn is_open_current(&self, node: &Handle) -> bool {
        let parent = node.parent.take();
        let last = parent
            .as_ref()
            .and_then(|p| p.upgrade())
            .and_then(|p| p.children.borrow().last().cloned());
        node.parent.set(parent);
        last.is_some_and(|l| Rc::ptr_eq(&l, node)) && node.children.borrow().is_empty()
    }
}

impl TreeSink for Sink {
    type Handle = Handle;
    type Output = Sink;
    type ElemName<'a>
        = <RcDom as TreeSink>::ElemName<'a>
    where
        Self: 'a;

    fn finish(self) -> Sink {
        self
    }
    fn parse_error(&self, _msg: Cow<'static, str>) {
        // RcDom keeps every message in a list nothing reads (a real page has hundreds).
    }
    fn get_document(&self) -> Handle {
        self.dom.get_document()
    }
    fn elem_name<'a>(&'a self, target: &'a Handle) -> Self::ElemName<'a> {
        self.dom.elem_name(target)
    }
    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> Handle {
        self.created.set(self.created.get() + 1);
        self.dom.create_element(name, attrs, flags)
    }
    fn create_comment(&self, text: StrTendril) -> Handle {
        self.created.set(self.created.get() + 1);
        self.dom.create_comment(text)
    }
    fn create_pi(&self, target: StrTendril, data: StrTendril) -> Handle {
        self.created.set(self.created.get() + 1);
        self.dom.create_pi(target, data)
    }
    fn append(&self, parent: &Handle, child: NodeOrText<Handle>) {
        self.placed(|| self.depth_of(parent), &child);
        if matches!(child, NodeOrText::AppendText(_))
            && !parent
                .children
                .borrow()
                .last()
                .is_some_and(|last| matches!(last.data, NodeData::Text { .. }))
        {
            // RcDom appends to a last text child; otherwise the text is a new node.
            self.created.set(self.created.get() + 1);
        }
        self.dom.append(parent, child)
    }
    fn append_based_on_parent_node(
        &self,
        element: &Handle,
        prev_element: &Handle,
        child: NodeOrText<Handle>,
    ) {
        // As RcDom does, through the faster `append_before_sibling` above.
        let weak = element.parent.take();
        let has_parent = weak.as_ref().is_some_and(|w| w.upgrade().is_some());
        element.parent.set(weak);
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }
    fn append_doctype_to_document(
        &self,
        name: StrTendril,
        public_id: StrTendril,
        system_id: StrTendril,
    ) {
        self.dom
            .append_doctype_to_document(name, public_id, system_id)
    }
    fn mark_script_already_started(&self, node: &Handle) {
        self.dom.mark_script_already_started(node)
    }
    fn pop(&self, node: &Handle) {
        self.dom.pop(node)
    }
    fn get_template_contents(&self, target: &Handle) -> Handle {
        let contents = self.dom.get_template_contents(target);
        // Template contents continue the template's depth.
        let depth = self.depth_of(target);
        self.depth.borrow_mut().insert(key(&contents), depth);
        contents
    }
    fn same_node(&self, x: &Handle, y: &Handle) -> bool {
        self.dom.same_node(x, y)
    }
    fn set_quirks_mode(&self, mode: QuirksMode) {
        self.dom.set_quirks_mode(mode)
    }
    fn append_before_sibling(&self, sibling: &Handle, new_node: NodeOrText<Handle>) {
        self.placed(|| self.depth_of(sibling).saturating_sub(1), &new_node);
        // RcDom finds the sibling by scanning its parent's children from the front: foster
        // parenting (content misplaced in a table goes before the table, the parent's last
        // child) was quadratic, 2 MB of `<table><b>x</b>...` took 63 s. Scan from the back.
        let Some((parent, i)) = parent_and_index(sibling) else {
            return;
        };
        let child = match new_node {
            NodeOrText::AppendText(text) => {
                if i > 0 {
                    if let NodeData::Text { contents } = &parent.children.borrow()[i - 1].data {
                        contents.borrow_mut().push_tendril(&text);
                        return;
                    }
                }
                self.created.set(self.created.get() + 1);
                Node::new(NodeData::Text {
                    contents: RefCell::new(text),
                })
            }
            NodeOrText::AppendNode(node) => {
                detach(&node);
                node
            }
        };
        child.parent.set(Some(Rc::downgrade(&parent)));
        // The index is still right: `detach` cannot move the sibling (the tree builder never
        // inserts a node before itself).
        let i = parent
            .children
            .borrow()
            .iter()
            .rposition(|c| Rc::ptr_eq(c, sibling))
            .unwrap_or(i);
        parent.children.borrow_mut().insert(i, child);
    }
    fn add_attrs_if_missing(&self, target: &Handle, attrs: Vec<Attribute>) {
        self.dom.add_attrs_if_missing(target, attrs)
    }
    fn associate_with_form(
        &self,
        target: &Handle,
        form: &Handle,
        nodes: (&Handle, Option<&Handle>),
    ) {
        self.dom.associate_with_form(target, form, nodes)
    }
    fn remove_from_parent(&self, target: &Handle) {
        detach(target)
    }
    fn reparent_children(&self, node: &Handle, new_parent: &Handle) {
        self.dom.reparent_children(node, new_parent)
    }
    fn is_mathml_annotation_xml_integration_point(&self, handle: &Handle) -> bool {
        self.dom.is_mathml_annotation_xml_integration_point(handle)
    }
    fn set_current_line(&self, line_number: u64) {
        self.dom.set_current_line(line_number)
    }
    fn allow_declarative_shadow_roots(&self, intended_parent: &Handle) -> bool {
        self.dom.allow_declarative_shadow_roots(intended_parent)
    }
    fn attach_declarative_shadow(
        &self,
        location: &Handle,
        template: &Handle,
        attrs: &[Attribute],
    ) -> bool {
        self.dom
            .attach_declarative_shadow(location, template, attrs)
    }
    fn maybe_clone_an_option_into_selectedcontent(&self, option: &Handle) {
        self.dom.maybe_clone_an_option_into_selectedcontent(option)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn depth_of_text(dom: &RcDom, needle: &str) -> Option<usize> {
        let mut stack = vec![(dom.document.clone(), 0usize)];
        while let Some((node, d)) = stack.pop() {
            if let NodeData::Text { contents } = &node.data {
                if contents.borrow().contains(needle) {
                    return Some(d);
                }
            }
            for c in node.children.borrow().iter() {
                stack.push((c.clone(), d + 1));
            }
        }
        None
    }

    /// Each text's depth is the same in our parse as in plain html5ever's.
    fn assert_depths_as_html5ever(html: &str, texts: &[&str]) {
        let ours = parse(html, &Limits::default()).unwrap().dom;
        let plain = html5ever::parse_document(RcDom::default(), Default::default());
        let plain = html5ever::tendril::TendrilSink::one(plain, html);
        for text in texts {
            assert_eq!(
                depth_of_text(&ours, text),
                depth_of_text(&plain, text),
                "{text}"
            );
        }
    }

    #[test]
    fn deep_nesting_is_capped_and_text_kept() {
        let n = 5_000;
        let html = "<div>".repeat(n) + "deep" + &"</div>".repeat(n) + "<p>after</p>";
        let limits = Limits::default();
        let dom = parse(&html, &limits).unwrap().dom;
        let d = depth_of_text(&dom, "deep").unwrap();
        assert!(d <= limits.max_depth + DEPTH_SLACK + 4, "depth {d}");
        // The swallowed end tags keep the structure after the deep part right.
        assert_eq!(depth_of_text(&dom, "after"), Some(4));
    }

    #[test]
    fn shallow_pages_are_parsed_as_before() {
        let html = "<html><body><div><p>a<b>b</b></p><table><tr><td>c</table></div></body></html>";
        assert_depths_as_html5ever(html, &["c", "b"]);
    }

    #[test]
    fn foster_parenting_is_linear_and_right() {
        let html = "<table><b>x</b>y<tr><td>c</td></tr></table>";
        assert_depths_as_html5ever(html, &["x", "y", "c"]);
        let big = "<table>".to_string() + &"<b>x</b>".repeat(20_000);
        let start = std::time::Instant::now();
        parse(&big, &Limits::default()).unwrap();
        assert!(start.elapsed() < std::time::Duration::from_secs(20));
    }

    #[test]
    fn node_count_is_limited_during_the_parse() {
        let html = "<p>x</p>".repeat(1000);
        let limits = Limits {
            max_nodes: 100,
            ..Limits::default()
        };
        assert_eq!(
            parse(&html, &limits).err(),
            Some(Error::TooManyNodes { limit: 100 })
        );
    }

    /// Elements, comments and text nodes under the document.
    fn dom_nodes(dom: &RcDom) -> usize {
        let mut stack = vec![dom.document.clone()];
        let mut n = 0;
        while let Some(node) = stack.pop() {
            if matches!(
                node.data,
                NodeData::Element { .. } | NodeData::Text { .. } | NodeData::Comment { .. }
            ) {
                n += 1;
            }
            stack.extend(node.children.borrow().iter().cloned());
        }
        n
    }

    #[test]
    fn parse_counts_the_nodes_it_creates_and_the_text_it_places() {
        for html in [
            "<!doctype html><p>a &amp; b<!-- c --></p>",
            // Reconstructed formatting elements, foster-parented text before a table.
            "<p><b>x</p>y<table>z<tr><td>w</table>",
            // Many text appends into one text node: a line break after a carriage return, and
            // character references, are each a separate append.
            &"a\r&amp;".repeat(500),
        ] {
            let parsed = parse(html, &Limits::default()).unwrap();
            assert_eq!(parsed.nodes, dom_nodes(&parsed.dom), "{html}");
            assert!(parsed.text_bytes <= html.len(), "{html}");
        }
        // The arena is allocated from the count: 1,500 appends made one text node.
        let parsed = parse(&"a\r&amp;".repeat(500), &Limits::default()).unwrap();
        assert!(parsed.nodes < 10);
    }
}
