//! German rules.

use super::Rule;
use crate::article::RemovalKind::*;

const L: &str = "de";

/// The German table.
pub(super) const RULES: &[Rule] = &[
    Rule::line(
        L,
        "de.copyright",
        Copyright,
        r"^(?:©|\(c\)|Copyright(?-u:\b))|(?i:alle rechte vorbehalten)",
        "the copyright or no-reprint notice German news sites print at a story's end",
    ).sentence().ends_story(),
    Rule::line(
        L,
        "de.credit.by",
        Credit,
        r"^Von\s+\p{Lu}[\p{L}.-]+(?:\s+\p{Lu}[\p{L}.-]+){0,3}$",
        "reporter and agency credit lines that German news sites set apart from the story",
    ).ends_story(),
    Rule::line(
        L,
        "de.caption.credit",
        Caption,
        r"^(?:Foto|Bild|Grafik)\s*:",
        "photo captions and photo credits on German news sites",
    ).photo_credit(),
    Rule::line(
        L,
        "de.credit.source",
        Credit,
        r"^Quelle\s*:\s*\S.{1,100}$",
        "reporter and agency credit lines that German news sites set apart from the story",
    ).ends_story(),
    Rule::line(
        L,
        "de.timestamp",
        Timestamp,
        r"^(?:Stand|Aktualisiert(?:\s+am)?|Veröffentlicht(?:\s+am)?|Zuletzt aktualisiert(?:\s+am)?)\s*:?\s*\d{1,2}\.\s*(?:\d{1,2}\.|[A-Za-zÀ-ÖØ-öø-ÿ]{3,9})\s*\d{2,4}.{0,30}$",
        "published/updated date labels in German news templates",
    ),
    Rule::line(
        L,
        "de.credit.agency",
        Credit,
        r"^\(?(?:dpa|AFP|AP|Reuters|epd|KNA|dts|sid|APA|PAP)(?:\s*/\s*[A-Za-zÀ-ÖØ-öø-ÿ]{1,10}){0,3}\)?$|^\(?[a-zß-öø-ÿ]{2,5}\s*/\s*(?:dpa|AFP|AP|APA|PAP|EFE|ANSA|KNA|epd)\)?$",
        "reporter and agency credit lines that German news sites set apart from the story",
    ).ends_story(),
    Rule::line(
        L,
        "de.teaser.inline",
        Teaser,
        r"^(?:Lesen Sie auch|Auch interessant|Mehr zum Thema)\s*:\s*\S.{0,150}$",
        "'Lesen Sie auch:' / 'Mehr zum Thema:' lines that German newsrooms set inside a story to link another one",
    ),
    Rule::line(
        L,
        "de.promo.subscribe",
        Promo,
        r"^(?i:jetzt\s+(?:abonnieren|abonnent werden|gratis testen|testen|registrieren)|(?:zum\s+)?newsletter\s+(?:abonnieren|bestellen|anmelden))(?-u:\b).{0,120}$",
        "subscription, newsletter, tip-off and follow-us calls on German news sites",
    ).sentence().ends_story(),
    Rule::line(
        L,
        "de.teaser.header",
        Teaser,
        r"^(?:Lesen Sie auch|Mehr zum Thema|Das könnte Sie auch interessieren|Meistgelesen|Weitere Artikel|Auch interessant|Weiterlesen)\s*:?$",
        "the standard German headers of related and most-read boxes ('Mehr zum Thema', 'Lesen Sie auch', 'Meistgelesen'), not one site's wording",
    ).ends_story(),
    Rule::line(
        L,
        "de.share.label",
        Share,
        r"^(?:Teilen|Jetzt teilen|Artikel teilen|Beitrag teilen|Link kopieren)$",
        "the share buttons German CMS templates print beside a story ('Teilen', 'Artikel teilen', 'Link kopieren'), not one site's wording",
    ),
    Rule::line(
        L,
        "de.widget.label",
        Widget,
        r"^(?:Drucken|Artikel vorlesen|Merken|Kommentare|War (?:der|dieser) (?:Artikel|Beitrag) (?:hilfreich|nützlich)\?)$",
        "tool-button labels (print, save, font size, comments) of German news templates",
    ),
    Rule::prefix(
        L,
        "de.credit.dateline",
        Credit,
        r"^\p{Lu}[\p{L}-]+(?:[ /]\p{Lu}[\p{L}.-]+){0,2}\s*\((?:dpa|AFP|Reuters|epd|KNA|AP|dts|sid|APA)(?:/[A-Za-zÀ-ÖØ-öø-ÿ]{1,10})?\)\s*[-—–]+\s*",
        "wire-agency datelines that open a story on German news sites",
    ),
];
