//! Japanese rules.

use super::Rule;
use crate::article::RemovalKind::*;

const L: &str = "ja";

/// The Japanese table.
pub(super) const RULES: &[Rule] = &[
    // The agency tail that closes a wire story: "（共同）", "（時事）", "（ロイター）",
    // "（AFP＝時事）", "（ブルームバーグ）".
    Rule::line(
        L,
        "ja.credit.agency",
        Credit,
        r"^[（(]\s*(?:(?:AFP|AP|EPA|dpa|ロイター|新華社|聯合|CNN|NNA)\s*[＝=]\s*)?(?:共同|時事|共同通信|時事通信|ロイター|ブルームバーグ|AFP|AP|EPA|dpa|新華社|聯合|CNN|NNA)\s*[）)]$",
        "the agency tail ('（共同）', '（時事）') that closes a wire story on Japanese news sites",
    )
    .ends_story(),
    Rule::line(
        L,
        "ja.credit.bracketed-name",
        Credit,
        r"^[（(]\s*(?:\p{Han}{1,6}(?:部|局|支局|総局)\s*)?\p{Han}{2,5}\s*[）)]$",
        "reporter and agency credit lines that Japanese news sites set apart from the story",
    ).ends_story(),
    Rule::line(
        L,
        "ja.copyright",
        Copyright,
        r"無断転載|無断複製|著作権は.*帰属|Copyright|©",
        "the copyright or no-reprint notice Japanese news sites print at a story's end",
    ).sentence().ends_story(),
    Rule::line(
        L,
        "ja.timestamp",
        Timestamp,
        r"^(?:(?:配信|更新|公開|掲載|最終更新)(?:日時)?\s*[:：]?\s*)?[\d０-９]{4}[年/.\-][\d０-９]{1,2}[月/.\-][\d０-９]{1,2}日?\s*(?:[\d０-９]{1,2}(?:時|:)[\d０-９]{2}分?)?\s*(?:[（(].{0,20}[)）])?\s*(?:[\d０-９,]+文字)?$",
        "published/updated date labels in Japanese news templates",
    ),
    Rule::line(
        L,
        "ja.credit.reporter",
        Credit,
        r"^[(（]\s*(?:記者|編集委員|論説委員)\s*[^()（）]{1,12}[)）]$",
        "reporter and agency credit lines that Japanese news sites set apart from the story",
    ).ends_story(),
    Rule::line(
        L,
        "ja.credit.source",
        Credit,
        r"^(?:ソース|引用元|出典|元記事)\s*[：:]\s*[^。\s][^。\n]{0,59}(?:\s+https?://\S+)?$",
        "the source line under a story quoted on a bulletin board or a news digest blog \
         ('ソース：<paper>（<date>）' and its URL on 2ch-style news boards, '引用元：' and \
         '出典：' on the digest blogs that repost them)",
    ),
    Rule::line(
        L,
        "ja.caption.credit",
        Caption,
        r"^(?:写真|画像|撮影)\s*[：:＝=]\s*\S{1,20}$|＝[\d０-９]{1,2}日[^。]{0,24}$",
        "photo captions and photo credits on Japanese news sites",
    ).photo_credit(),
    Rule::line(
        L,
        "ja.teaser.header",
        Teaser,
        r"^[【［\[■▼◆＜<]?\s*(?:関連記事|関連ニュース|あわせて読みたい|合わせて読みたい|おすすめ記事|人気記事|注目記事|ランキング|アクセスランキング|こちらもおすすめ|こちらもおすすめ記事|こちらも読まれています|最新記事|新着記事)\s*[】］\]＞>]?\s*[:：]?$",
        "headers of related, most-read and latest-news boxes on Japanese news sites",
    ).ends_story(),
    // "この記事は会員限定です。…会員登録…", "この記事は有料記事です。残り…": where a paywalled
    // story is cut, Japanese newspapers print the same members-only notice.
    Rule::line(
        L,
        "ja.promo.members-only",
        Promo,
        r"^(?:この記事は(?:有料(?:会員)?|会員)(?:限定|向け|専用)?(?:記事)?です|(?:続き|全文|残り)(?:を|は).{0,12}(?:会員|ログイン|登録|購読).{0,12}(?:お読み|読め|ご覧))",
        "the members-only notice Japanese newspapers print where a paywalled story is cut",
    )
    .ends_story()
    .sentence(),
    Rule::line(
        L,
        "ja.share.label",
        Share,
        r"^(?:シェア|この記事をシェア|記事をシェア|シェアする|共有|リンクをコピー)$",
        "share-button labels of Japanese news templates",
    ),
    Rule::line(
        L,
        "ja.widget.label",
        Widget,
        r"^(?:画像を拡大|拡大する|印刷|保存|記事を保存)$",
        "tool-button labels (print, save, font size, comments) of Japanese news templates",
    ),
    // "トラックバックURL" / "この記事へのトラックバック": the trackback block under a post.
    Rule::line(
        L,
        "ja.widget.trackback",
        Widget,
        r"^(?:この(?:記事|エントリー?)への)?(?:トラックバック|TrackBack|Trackback)[\s　]*(?:URL|ＵＲＬ|一覧)?[\s　]*[：:]?[\s　]*(?:https?://\S+)?$",
        "the trackback header and URL under a post on Japanese blog hosts and CMSs (livedoor Blog, FC2, Seesaa, Movable Type: 'トラックバックURL', 'この記事へのトラックバック')",
    ),
    Rule::prefix(
        L,
        "ja.credit.dateline",
        Credit,
        r"^【[^】가-힣]{1,12}】\s*",
        "wire-agency datelines that open a story on Japanese news sites",
    ),
];
