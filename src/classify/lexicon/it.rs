//! Italian rules.

use super::Rule;
use crate::article::RemovalKind::*;

const L: &str = "it";

/// The Italian table.
pub(super) const RULES: &[Rule] = &[
    Rule::line(
        L,
        "it.copyright",
        Copyright,
        r"(?i:riproduzione riservata|tutti i diritti riservati)",
        "the copyright or no-reprint notice Italian news sites print at a story's end",
    )
    .sentence()
    .ends_story(),
    Rule::line(
        L,
        "it.teaser.inline",
        Teaser,
        r"^(?i:leggi anche|leggi pure|guarda anche)\s*:\s*\S.{0,150}$",
        "'read also:' lines linking another story, inside Italian news stories",
    ),
    Rule::line(
        L,
        "it.promo.subscribe",
        Promo,
        r"^(?i:iscriviti|abbonati|seguici su)(?-u:\b).{0,120}$",
        "subscription, newsletter, tip-off and follow-us calls on Italian news sites",
    )
    .sentence()
    .ends_story(),
    Rule::line(
        L,
        "it.share.label",
        Share,
        r"^Condividi(?:\s+su\s+(?:Facebook|X|Twitter|WhatsApp|LinkedIn|Telegram))?$",
        "share-button labels of Italian news templates",
    ),
    Rule::prefix(
        L,
        "it.credit.dateline",
        Credit,
        r"^\((?:ANSA|AGI|Adnkronos|LaPresse|Italpress)\)\s*[-—–]+\s*\p{Lu}[A-ZÀ-ÖØ-Þ' ]{1,30},\s*\d{1,2}\s+[A-Za-zÀ-ÖØ-öø-ÿ]{3,4}\.?\s*[-—–]+\s*",
        "wire-agency datelines that open a story on Italian news sites",
    ),
];
