//! French rules.

use super::Rule;
use crate::article::RemovalKind::*;

const L: &str = "fr";

/// The French table.
pub(super) const RULES: &[Rule] = &[
    Rule::line(
        L,
        "fr.copyright",
        Copyright,
        r"^(?:©|\(c\))|(?i:tous droits réservés)",
        "the copyright or no-reprint notice French news sites print at a story's end",
    ).sentence().ends_story(),
    Rule::line(
        L,
        "fr.credit.par",
        Credit,
        r"^Par\s+\p{Lu}[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+){0,5}$",
        "reporter and agency credit lines that French news sites set apart from the story",
    ).ends_story(),
    Rule::line(
        L,
        "fr.timestamp",
        Timestamp,
        r"^(?:Publié|Mis à jour|Modifié)\s+le(?-u:\b).{0,40}\d",
        "published/updated date labels in French news templates",
    ),
    Rule::line(
        L,
        "fr.caption.credit",
        Caption,
        r"^(?:Photo|Crédit photo|Illustration)\s*:\s*.{1,40}$",
        "photo captions and photo credits on French news sites",
    ).photo_credit(),
    Rule::line(
        L,
        "fr.teaser.header",
        Teaser,
        r"^(?:Lire aussi|À lire aussi|Sur le même sujet|Les plus lus|Voir aussi)\s*:?$",
        "headers of related, most-read and latest-news boxes on French news sites",
    ).ends_story(),
    Rule::line(
        L,
        "fr.teaser.inline",
        Teaser,
        r"^(?:(?:À|A)\s+)?(?:lire|voir|Lire|Voir)\s+aussi\s*:\s*\S.{0,150}$",
        "'read also:' lines linking another story, inside French news stories",
    ),
    Rule::line(
        L,
        "fr.promo.subscribe",
        Promo,
        r"^(?i:abonnez-vous|je m['’]abonne|inscrivez-vous à notre newsletter|suivez-nous sur)(?-u:\b).{0,120}$",
        "subscription, newsletter, tip-off and follow-us calls on French news sites",
    ).sentence().ends_story(),
    Rule::line(
        L,
        "fr.share.label",
        Share,
        r"^(?:Partager|Partager (?:l['’]article|cet article)|Copier le lien)$",
        "share-button labels of French news templates",
    ),
    Rule::line(
        L,
        "fr.widget.label",
        Widget,
        r"^(?:Imprimer|Écouter cet article|Commentaires)$",
        "tool-button labels (print, save, font size, comments) of French news templates",
    ),
    Rule::prefix(
        L,
        "fr.credit.dateline",
        Credit,
        r"^\p{Lu}[\p{L}'-]+(?:[ -]\p{Lu}[\p{L}'-]+){0,2}\s*\((?:AFP|Reuters|AP)\)\s*[-—–]+\s*",
        "wire-agency datelines that open a story on French news sites",
    ),
];
