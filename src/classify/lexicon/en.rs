//! English rules.

use super::Rule;
use crate::article::RemovalKind::*;

const L: &str = "en";

/// The English table.
pub(super) const RULES: &[Rule] = &[
    Rule::line(
        L,
        "en.credit.by",
        Credit,
        r"^(?i:by)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|,|de|van|von|der|la))*(?:\s*[,|/–—-]\s*.{0,40})?$",
        "reporter and agency credit lines that English news sites set apart from the story",
    ).ends_story(),
    Rule::line(
        L,
        "en.copyright",
        Copyright,
        r"^(?:©|\(c\)|Copyright(?-u:\b))|(?i:all rights reserved|^this (?:article|story|content|material) may not be (?:re)?(?:published|reproduced|distributed)(?-u:\b))",
        "the copyright or no-reprint notice English news sites print at a story's end",
    ).sentence().ends_story(),
    Rule::line(
        L,
        "en.caption.credit",
        Caption,
        r"^\(?(?:Photo|Photograph|Image|Picture|Illustration|Credit|Image source)s?\s*(?::|,|by(?-u:\b))",
        "photo captions and photo credits on English news sites",
    ).photo_credit(),
    // "SOURCE: Al Jazeera and news agencies", "Source: Xinhua": the agency a story was
    // compiled from, a line of its own under the text (wire-fed international desks).
    Rule::line(
        L,
        "en.credit.source",
        Credit,
        r"^(?:SOURCE|Source|Sources)\s*:\s*\p{Lu}[\p{L}'’.&-]*(?:\s+(?:and|&|news|agencies|wires|\p{Lu}[\p{L}'’.&-]*))*\.?$",
        "the line naming the agencies a story was compiled from, under stories of wire-fed English news sites",
    ),
    Rule::line(
        L,
        "en.timestamp.label",
        Timestamp,
        r"^(?i:published|updated|posted|last updated|first published)(?-u:\b).{0,40}(?:\d|ago)",
        "published/updated date labels in English news templates",
    ),
    Rule::line(
        L,
        "en.credit.agency",
        Credit,
        r"^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3},\s*(?:Reuters|AP|AFP|Bloomberg|Associated Press|Agence France-Presse)$",
        "the 'Name Surname, Associated Press' sign-off of a wire reporter, as papers and portals running AP, AFP, Reuters or Bloomberg copy print it under the story",
    ).ends_story(),
    Rule::line(
        L,
        "en.teaser.header",
        Teaser,
        r"^(?i:related(?:\s+(?:stories|articles|news|content|coverage))?|most (?:read|popular|viewed)|read more|more (?:stories|news|on this story)|you (?:may|might) also like|recommended(?: for you)?|trending(?: now)?|latest (?:news|stories)|also read|see also|editor'?s picks)\s*:?$",
        "headers of related, most-read and latest-news boxes on English news sites",
    ).ends_story(),
    Rule::line(
        L,
        "en.teaser.inline",
        Teaser,
        r"^(?i:read more|related|see also|also read|read also)\s*:\s*\S.{0,150}$",
        "'read also:' lines linking another story, inside English news stories",
    ),
    Rule::line(
        L,
        "en.credit.reporting",
        Credit,
        r"^\(\s*(?:Reporting|Additional reporting|Writing|Editing|Compiled|Research)\s+by(?-u:\b)[^()]{2,}\)$",
        "the parenthesised staff credit that closes Reuters wire copy ('(Reporting by ...; Editing by ...)'), printed as is by the many papers and portals that run it",
    ).ends_story(),
    Rule::line(
        L,
        "en.promo.subscribe",
        Promo,
        r"^(?i:(?:sign up|subscribe|register) (?:for|to)(?-u:\b).*|subscribe(?: now(?-u:\b).*)?|follow (?:us|@[0-9A-Za-z_]{2,30}) on(?-u:\b).*|get .+ delivered (?:to|straight to) your (?:door|doorstep|inbox)(?-u:\b).*|get (?:our|the) .*(?:newsletter|briefing|digest).*|(?:for .*)?download (?:our|the) (?:\S+ ){0,2}apps?(?-u:\b).*)$",
        "subscription, newsletter, tip-off and follow-us calls on English news sites",
    ).ends_story(),
    // "Subscribe to the Valley Gazette for...", "Sign up for our briefing.": a call addressed to
    // the reader that names the publication or "our" newsletter, which may read as a sentence.
    Rule::line(
        L,
        "en.promo.subscribe-call",
        Promo,
        r"^(?:Subscribe|SUBSCRIBE|Sign up|SIGN UP|Register) (?:to|for|with) (?:our(?-u:\b)|(?:the |a )?(?:free |weekly |daily )?(?:newsletters?|briefing|digest|podcast)(?-u:\b)|\p{Lu}\p{L}*(?:\s|$|[.!,]))",
        "calls to subscribe addressed to the reader, naming the publication or its newsletter, on English news sites",
    )
    .ends_story()
    .sentence(),
    Rule::line(
        L,
        "en.share.label",
        Share,
        r"^(?i:share|share this(?: article| story)?|share on (?:facebook|x|twitter|linkedin|whatsapp|email)|email|copy link|copy article link)$",
        "share-button labels of English news templates",
    ),
    Rule::line(
        L,
        "en.widget.label",
        Widget,
        r"^(?i:print|listen to this article|save|comments?|advertisement|ad|skip advertisement|enlarge (?:this )?image|view gallery|read more|\d+ min read|(?:was this|did you find this) (?:article|story|page|post) (?:helpful|useful)\??)$",
        "tool-button labels (print, save, font size, comments) of English news templates",
    ),
    // A script widget's placeholder text, left in the page where the script would draw:
    // Jetpack's slideshow on WordPress sites, Disqus's comment box, embedded players and maps.
    Rule::line(
        L,
        "en.widget.script-required",
        Widget,
        r"^(?:(?:This|The) (?:slideshow|gallery|video|audio|content|page|map|player|feature|interactive|form|embed)(?: [A-Za-z]+)? requires JavaScript(?: to (?:run|work|play|display|load))?|(?:Please )?(?:enable|turn on) JavaScript to (?:view|see|watch|use|play|read) [^.!?,;]{1,60}|You (?:need to|must) enable JavaScript to (?:view|see|watch|use|play|run) [^.!?,;]{1,40})\.?$",
        "the placeholder a script widget leaves in a page (Jetpack slideshows on WordPress sites, Disqus comment boxes, embedded players)",
    ).sentence(),
    // The British "Advert" label, alone or before the advert's own text (capitalised).
    Rule::line(
        L,
        "en.ad.label",
        Ad,
        r"^(?:Advert|ADVERT)(?:\s+\p{Lu}.*)?$|^(?:Advertisement|ADVERTISEMENT)\s+\p{Lu}.*$",
        "advertisement labels on English news sites",
    ),
    Rule::prefix(
        L,
        "en.credit.dateline",
        Credit,
        r"^\p{Lu}[A-ZÀ-ÖØ-Þ .'-]{1,30}(?:,\s*\p{Lu}[A-Za-zÀ-ÖØ-öø-ÿ.]{1,12}\.?(?:\s+\d{1,2})?)?\s*\((?:Reuters|AP|AFP|Bloomberg|UPI|CNN|dpa|Xinhua|Yonhap|Kyodo)\)\s*[-—–]+\s*",
        "wire-agency datelines that open a story on English news sites",
    ),
];
