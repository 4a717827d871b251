//! Spanish rules.

use super::Rule;
use crate::article::RemovalKind::*;

const L: &str = "es";

/// The Spanish table.
pub(super) const RULES: &[Rule] = &[
    Rule::line(
        L,
        "es.copyright",
        Copyright,
        r"^(?:©|\(c\))|(?i:todos los derechos reservados)",
        "the copyright or no-reprint notice Spanish news sites print at a story's end",
    ).sentence().ends_story(),
    Rule::line(
        L,
        "es.credit.por",
        Credit,
        r"^Por\s+\p{Lu}[\p{L}.'-]+(?:\s+[\p{L}.'-]+){0,5}$",
        "reporter and agency credit lines that Spanish news sites set apart from the story",
    ).ends_story(),
    Rule::line(
        L,
        "es.timestamp",
        Timestamp,
        r"^(?:Publicado|Actualizado)(?-u:\b).{0,40}\d",
        "published/updated date labels in Spanish news templates",
    ),
    Rule::line(
        L,
        "es.caption.credit",
        Caption,
        r"^(?:Foto|Imagen|Fotografía)\s*:\s*.{1,40}$",
        "photo captions and photo credits on Spanish news sites",
    ).photo_credit(),
    Rule::line(
        L,
        "es.teaser.header",
        Teaser,
        r"^(?:Lea también|Lee también|Te puede interesar|Lo más leído|Noticias relacionadas)\s*:?$",
        "headers of related, most-read and latest-news boxes on Spanish news sites",
    ).ends_story(),
    Rule::line(
        L,
        "es.teaser.inline",
        Teaser,
        r"^(?:Lea también|Lee también|Te puede interesar|Ver también)\s*:\s*\S.{0,150}$",
        "'read also:' lines linking another story, inside Spanish news stories",
    ),
    Rule::line(
        L,
        "es.promo.subscribe",
        Promo,
        r"^(?i:suscr[íi]bete|suscribite|reg[íi]strate|s[íi]guenos en|h[áa]zte (?:socio|suscriptor|miembro))(?-u:\b).*$|^.*(?:canal|grupo) (?:de|no|en) (?:Telegram|WhatsApp).*(?:[ÚU]nete|S[íi]guenos|Suscr[íi]bete|Participa).*$",
        "subscription, newsletter, tip-off and follow-us calls on Spanish news sites",
    ).sentence().ends_story(),
    Rule::line(
        L,
        "es.share.label",
        Share,
        r"^Compartir(?:\s+(?:en|por)\s+(?:Facebook|X|Twitter|WhatsApp|LinkedIn|Telegram|e-?mail|correo))?$|^Copiar enlace$",
        "share-button labels of Spanish news templates",
    ),
    Rule::line(
        L,
        "es.widget.label",
        Widget,
        r"^Imprimir$",
        "tool-button labels (print, save, font size, comments) of Spanish news templates",
    ),
    Rule::prefix(
        L,
        "es.credit.dateline",
        Credit,
        r"^\p{Lu}[A-ZÀ-ÖØ-Þ .]{1,30},\s*\d{1,2}\s+[A-Za-zÀ-ÖØ-öø-ÿ]{3,4}\.?\s*\((?:EFE|Europa Press|EUROPA PRESS|AFP|Reuters)\)\s*\.?\s*[-—–]+\s*",
        "wire-agency datelines that open a story on Spanish news sites",
    ),
];
