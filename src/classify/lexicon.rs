//! Newsroom conventions as data: per-language tables of named text rules.
//!
//! Each rule has a stable name (`ko.credit.reporter`), the kind of removal it gives and a
//! scope. `Line` rules judge a whole short block: the block is removed when the pattern
//! matches it. The tables are compiled once, on first use, into one `RegexSet` per scope.

use crate::article::RemovalKind;
use regex::Regex;
use std::sync::OnceLock;

/// Where in a block a rule looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    /// The whole (short) block must match.
    Line,
}

/// One named rule.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Rule {
    pub name: &'static str,
    pub kind: RemovalKind,
    pub scope: Scope,
    pub pattern: &'static str,
}

const fn line(name: &'static str, kind: RemovalKind, pattern: &'static str) -> Rule {
    Rule {
        name,
        kind,
        scope: Scope::Line,
        pattern,
    }
}

use RemovalKind::{Caption, Copyright, Credit, Navigation, Timestamp};

/// Blocks longer than this (in characters) are never judged by `Line` rules.
pub(crate) const LINE_MAX_CHARS: usize = 160;

/// Korean.
const KO: &[Rule] = &[
    line(
        "ko.credit.reporter",
        Credit,
        r"^[\[(]?\s*[가-힣]{2,4}(?:\s*·\s*[가-힣]{2,4})*\s*(?:기자|특파원|통신원|객원기자|인턴기자|선임기자|전문기자|수습기자|논설위원|편집위원|칼럼니스트|앵커|리포터)\s*[\])]?\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?\s*(?:다른\s*기사\s*보기|기사\s*더\s*보기|구독(?:하기)?|응원하기)?\s*$",
    ),
    line(
        "ko.timestamp.label",
        Timestamp,
        r"^(?:(?:최종\s*)?(?:입력|수정|업데이트|기사입력|기사수정|등록|승인|발행|송고|게재|작성)\s*(?:일시|시간)?\s*[:：]?\s*[\d.\-/년월일\s:시분\[\]()]+\s*)+$",
    ),
    line(
        "ko.copyright.no-redistribution",
        Copyright,
        r"무단\s*전재|재배포\s*금지|저작권자\s*[©ⓒ(]|AI\s*학습\s*(?:및\s*)?활용\s*금지",
    ),
    line(
        "ko.caption.photo-credit",
        Caption,
        r"(?:^▲|(?:사진|그래픽|자료|영상)\s*=\s*\S+(?:\s*\S+)?\s*(?:기자|제공)?\s*\)?\s*$|(?:제공|자료사진)\s*$)",
    ),
];

/// English.
const EN: &[Rule] = &[
    line(
        "en.credit.by",
        Credit,
        r"^(?i:by)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|,|de|van|von|der|la))*(?:\s*[,|/–—-]\s*.{0,40})?$",
    ),
    line(
        "en.copyright",
        Copyright,
        r"^(?:©|\(c\)|Copyright\b)|(?i:all rights reserved)",
    ),
    line(
        "en.caption.credit",
        Caption,
        r"^(?:Photo|Photograph|Image|Picture|Illustration|Credit|Image source)s?\s*(?::|,|by\b)",
    ),
    line(
        "en.timestamp.label",
        Timestamp,
        r"^(?i:published|updated|posted|last updated|first published)\b.{0,40}\d",
    ),
];

/// Japanese.
const JA: &[Rule] = &[
    line(
        "ja.copyright",
        Copyright,
        r"無断転載|無断複製|著作権は.*帰属|Copyright|©",
    ),
    line(
        "ja.timestamp",
        Timestamp,
        r"^(?:(?:配信|更新|公開|掲載|最終更新)(?:日時)?\s*[:：]?\s*)?[\d０-９]{4}[年/.\-][\d０-９]{1,2}[月/.\-][\d０-９]{1,2}日?\s*(?:[\d０-９]{1,2}(?:時|:)[\d０-９]{2}分?)?\s*(?:[（(].{0,20}[)）])?\s*(?:[\d０-９,]+文字)?$",
    ),
];

/// Chinese.
const ZH: &[Rule] = &[
    line(
        "zh.copyright",
        Copyright,
        r"版权所有|版權所有|未经授权|未經授權|禁止转载|禁止轉載|Copyright|©",
    ),
    line(
        "zh.credit.reporter",
        Credit,
        r"^(?:[\d\-:/\s]{8,}\s*)?[(（]?(?:记者|記者|编辑|編輯|责任编辑|責任編輯|来源|來源)\s*[:：]?\s*\S{1,12}(?:\s*[／/]\s*\S{1,10}(?:报导|報導|报道|報道|攝影|摄影))?[)）]?$",
    ),
];

/// German.
const DE: &[Rule] = &[
    line(
        "de.copyright",
        Copyright,
        r"^(?:©|\(c\)|Copyright\b)|(?i:alle rechte vorbehalten)",
    ),
    line(
        "de.credit.by",
        Credit,
        r"^Von\s+\p{Lu}[\p{L}.-]+(?:\s+\p{Lu}[\p{L}.-]+){0,3}$",
    ),
    line("de.caption.credit", Caption, r"^(?:Foto|Bild|Grafik)\s*:"),
];

/// French.
const FR: &[Rule] = &[
    line(
        "fr.copyright",
        Copyright,
        r"^(?:©|\(c\))|(?i:tous droits réservés)",
    ),
    line(
        "fr.credit.par",
        Credit,
        r"^Par\s+\p{Lu}[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+){0,5}$",
    ),
    line(
        "fr.timestamp",
        Timestamp,
        r"^(?:Publié|Mis à jour|Modifié)\s+le\b.{0,40}\d",
    ),
];

/// Spanish and Portuguese.
const ES_PT: &[Rule] = &[
    line(
        "es.copyright",
        Copyright,
        r"^(?:©|\(c\))|(?i:todos los derechos reservados|todos os direitos reservados)",
    ),
    line(
        "es.credit.por",
        Credit,
        r"^Por\s+\p{Lu}[\p{L}.'-]+(?:\s+[\p{L}.'-]+){0,5}$",
    ),
    line(
        "es.timestamp",
        Timestamp,
        r"^(?:Publicado|Actualizado|Atualizado)\b.{0,40}\d",
    ),
];

/// Russian and Italian.
const RU_IT: &[Rule] = &[
    line(
        "ru.copyright",
        Copyright,
        r"^(?:©|\(c\))|(?i:все права защищены)",
    ),
    line(
        "it.copyright",
        Copyright,
        r"(?i:riproduzione riservata|tutti i diritti riservati)",
    ),
];

/// Rules of any language.
const ANY: &[Rule] = &[
    line(
        "any.breadcrumb",
        Navigation,
        r"^[^>›»]{1,30}(?:\s*[>›»]\s*[^>›»]{1,30}){2,}$",
    ),
    line(
        "any.timestamp.bare",
        Timestamp,
        r"^[\[(]?\d{1,4}(?:[.:/\-年月日h]\s?\d{1,4}){1,5}\.?\s*(?:日|[ap]\.?m\.?|[AP]M)?[\])]?$",
    ),
];

/// Every table, Korean first.
const TABLES: &[&[Rule]] = &[KO, EN, JA, ZH, DE, FR, ES_PT, RU_IT, ANY];

struct Compiled {
    rules: Vec<(Rule, Regex)>,
}

fn compiled() -> &'static Compiled {
    static COMPILED: OnceLock<Compiled> = OnceLock::new();
    COMPILED.get_or_init(|| {
        // One regex per rule, tried in table order: the first match wins, and each search
        // runs on the lazy DFA (a RegexSet's overlapping search falls back to a slower engine).
        // The patterns are constants checked by the unit tests; one that failed would be skipped.
        let rules = TABLES
            .iter()
            .flat_map(|t| t.iter().copied())
            .filter(|r| r.scope == Scope::Line)
            .filter_map(|r| Regex::new(r.pattern).ok().map(|re| (r, re)))
            .collect();
        Compiled { rules }
    })
}

/// The first `Line` rule (in table order) that judges this whole block.
pub(crate) fn judge_line(text: &str) -> Option<&'static Rule> {
    if text.chars().count() > LINE_MAX_CHARS {
        return None;
    }
    compiled()
        .rules
        .iter()
        .find(|(_, re)| re.is_match(text))
        .map(|(rule, _)| rule)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(text: &str) -> Option<&'static str> {
        judge_line(text).map(|r| r.name)
    }

    #[test]
    fn every_pattern_compiles() {
        for table in TABLES {
            for r in *table {
                assert!(regex::Regex::new(r.pattern).is_ok(), "{}", r.name);
            }
        }
        let total: usize = TABLES.iter().map(|t| t.len()).sum();
        assert_eq!(compiled().rules.len(), total);
    }

    #[test]
    fn korean_conventions() {
        assert_eq!(
            rule("최윤호 기자 uknow@donga.com"),
            Some("ko.credit.reporter")
        );
        assert_eq!(rule("최예린 기자"), Some("ko.credit.reporter"));
        assert_eq!(
            rule("입력 2026.07.21. 11:40 업데이트 2026.07.21. 13:02"),
            Some("ko.timestamp.label")
        );
        assert_eq!(
            rule("저작권자 © 무심천뉴스 무단전재 및 재배포 금지"),
            Some("ko.copyright.no-redistribution")
        );
        assert_eq!(
            rule("야광 팔찌를 찬 참가자들이 달리고 있다. 사진=그린스포츠 최재웅 기자"),
            Some("ko.caption.photo-credit")
        );
    }

    #[test]
    fn must_keep_sentences() {
        assert_eq!(rule("김 기자는 \"현장에 가 보니 달랐다\"고 말했다."), None);
        assert_eq!(rule("By the end of the day, the river had fallen."), None);
        assert_eq!(rule("The council met at 10:30 on Monday."), None);
    }

    #[test]
    fn other_languages() {
        assert_eq!(
            rule("© 2026 Harbour Herald Media Ltd. All rights reserved."),
            Some("en.copyright")
        );
        assert_eq!(rule("By Jane Doe | Reuters"), Some("en.credit.by"));
        assert_eq!(rule("2026年3月18日 05時00分"), Some("ja.timestamp"));
        assert_eq!(rule("トップ > 経済 > 記事"), Some("any.breadcrumb"));
        assert_eq!(rule("16:05"), Some("any.timestamp.bare"));
        assert_eq!(rule("11h42"), Some("any.timestamp.bare"));
    }
}
