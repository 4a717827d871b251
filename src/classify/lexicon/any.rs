//! Any-language rules.

use super::Rule;
use crate::article::RemovalKind::*;

const L: &str = "any";

/// The any-language table.
pub(super) const RULES: &[Rule] = &[
    Rule::line(
        L,
        "any.credit.email",
        Credit,
        r"^[\[(<]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[\])>]?$",
        "reporter and agency credit lines that any-language news sites set apart from the story",
    )
    .ends_story(),
    // A WordPress shortcode the CMS left unrendered: "[button link=… type=…] Send us…[/button]".
    Rule::line(
        L,
        "any.widget.shortcode",
        Widget,
        r"^\[[a-z_][\w-]*\s+[\w-]+=[^\]]+\].*$",
        "tool-button labels (print, save, font size, comments) of any-language news templates",
    ),
    Rule::line(
        L,
        "any.widget.rule-line",
        Widget,
        r"^(?:(?:-\s?){3,}|(?:=\s?){3,}|(?:\*\s?){3,}|(?:~\s?){3,}|[─━═＝—－～＊]{3,})$",
        "a rule drawn with repeated dashes, equals signs or stars, which bulletin boards \
         (Dvbbs, Discuz!) and blogs print between a post and its signature, and plain-text \
         wire copy between a story and its notes",
    ),
    Rule::line(
        L,
        "any.breadcrumb",
        Navigation,
        r"^[^>›»]{1,30}(?:\s*[>›»]\s*[^>›»]{1,30}){2,}$",
        "breadcrumb trails (Home > Section > Story) of news CMS templates",
    ),
    Rule::line(
        L,
        "any.timestamp.bare",
        Timestamp,
        r"^[\[(]?\d{1,4}(?:(?:[.:/\-年月日h]\s?|\s)\d{1,4}){1,5}\.?\s*(?:日|[ap]\.?m\.?|[AP]M)?[\])]?$",
        "published/updated date labels in any-language news templates",
    ),
    Rule::line(
        L,
        "any.caption.credit-end",
        Caption,
        r"[.!?]\s+\(?(?:Photos?|Photograph|Picture|Image|Fotos?|Bild|Fotografía|Фото)\s*(?::|by(?-u:\b)|von(?-u:\b))\s*[^()!?]{2,60}\)?$",
        "photo captions and photo credits on any-language news sites",
    ),
    // "Olympic champion on the slope. © AFP / Jane Doe": the photo's credit after its caption.
    Rule::line(
        L,
        "any.caption.copyright-end",
        Caption,
        r"\S\s+©\s*[^©.!?]{2,60}$",
        "photo captions that end with the photo's agency and photographer after '©', on European and Asian news sites",
    ),
    // "http://blog.example.jp/tb.cgi/name/123": a trackback ping URL printed on its own line.
    Rule::line(
        L,
        "any.widget.trackback-url",
        Widget,
        r"^https?://\S*(?:/tb\.cgi|/tb\.php|/mt-tb\.cgi|/trackback/?|/tb/|trackback\.)\S*$",
        "the trackback ping URL printed under a post by blog CMSs (Movable Type's mt-tb.cgi, livedoor's tb.cgi, FC2's tb.php, WordPress's /trackback/)",
    ),
];
