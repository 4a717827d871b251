//! Russian rules.

use super::Rule;
use crate::article::RemovalKind::*;

const L: &str = "ru";

/// The Russian table.
pub(super) const RULES: &[Rule] = &[
    Rule::line(
        L,
        "ru.copyright",
        Copyright,
        r"^(?:©|\(c\))|(?i:все права защищены)",
        "the copyright or no-reprint notice Russian news sites print at a story's end",
    )
    .sentence()
    .ends_story(),
    Rule::line(
        L,
        "ru.caption.credit",
        Caption,
        r"^Фото\s*[:：]\s*.{1,60}$",
        "photo captions and photo credits on Russian news sites",
    )
    .photo_credit(),
    Rule::line(
        L,
        "ru.teaser.inline",
        Teaser,
        r"^(?:Читайте также|Смотрите также|По теме)\s*:\s*\S.{0,150}$",
        "'read also:' lines linking another story, inside Russian news stories",
    ),
    Rule::line(
        L,
        "ru.promo.subscribe",
        Promo,
        r"^(?:Подписывайтесь|Подпишитесь)\s+на\s.{1,120}$",
        "subscription, newsletter, tip-off and follow-us calls on Russian news sites",
    )
    .sentence()
    .ends_story(),
    Rule::line(
        L,
        "ru.share.label",
        Share,
        r"^Поделиться$",
        "share-button labels of Russian news templates",
    ),
    Rule::prefix(
        L,
        "ru.credit.dateline",
        Credit,
        r"^\p{Lu}[Ѐ-ЯA-Z\- ]{1,30},\s*\d{1,2}\s+[а-џ]{3,8}\.?\s*(?:[—–-]\s*(?:РИА Новости|Интерфакс|Прайм|RT)|/ТАСС/)\.?\s*",
        "wire-agency datelines that open a story on Russian news sites",
    ),
];
