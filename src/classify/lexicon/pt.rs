//! Portuguese rules.

use super::Rule;
use crate::article::RemovalKind::*;

const L: &str = "pt";

/// The Portuguese table.
pub(super) const RULES: &[Rule] = &[
    Rule::line(
        L,
        "pt.copyright",
        Copyright,
        r"^(?:©|\(c\))|(?i:todos os direitos reservados)",
        "the copyright or no-reprint notice Portuguese news sites print at a story's end",
    )
    .sentence()
    .ends_story(),
    Rule::line(
        L,
        "pt.credit.por",
        Credit,
        r"^Por\s+\p{Lu}[\p{L}.'-]+(?:\s+[\p{L}.'-]+){0,5}$",
        "reporter and agency credit lines that Portuguese news sites set apart from the story",
    )
    .ends_story(),
    Rule::line(
        L,
        "pt.timestamp",
        Timestamp,
        r"^(?:Publicado|Atualizado)(?-u:\b).{0,40}\d",
        "published/updated date labels in Portuguese news templates",
    ),
    Rule::line(
        L,
        "pt.caption.credit",
        Caption,
        r"^(?:Foto|Imagem|Fotografia)\s*:\s*.{1,40}$",
        "photo captions and photo credits on Portuguese news sites",
    )
    .photo_credit(),
    Rule::line(
        L,
        "pt.teaser.header",
        Teaser,
        r"^(?:Leia também|Mais lidas|Notícias relacionadas|Veja também)\s*:?$",
        "headers of related, most-read and latest-news boxes on Portuguese news sites",
    )
    .ends_story(),
    Rule::line(
        L,
        "pt.teaser.inline",
        Teaser,
        r"^(?:Leia também|Leia mais|Veja também)\s*:\s*\S.{0,150}$",
        "'read also:' lines linking another story, inside Portuguese news stories",
    ),
    Rule::line(
        L,
        "pt.promo.subscribe",
        Promo,
        r"^(?i:assine|inscreva-se|siga-nos)(?-u:\b).{0,120}$",
        "subscription, newsletter and follow-us calls on Portuguese news sites",
    )
    .sentence()
    .ends_story(),
    Rule::line(
        L,
        "pt.share.label",
        Share,
        r"^(?:Compartilhar|Compartilhe)(?:\s+(?:no|em|por)\s+(?:Facebook|X|Twitter|WhatsApp|LinkedIn|Telegram|e-?mail))?$|^Copiar link$",
        "share-button labels of Portuguese news templates",
    ),
    Rule::line(
        L,
        "pt.widget.label",
        Widget,
        r"^Imprimir$",
        "tool-button labels (print, save, font size, comments) of Portuguese news templates",
    ),
];
