//! Chinese rules.

use super::Rule;
use crate::article::RemovalKind::*;

const L: &str = "zh";

/// The Chinese table.
pub(super) const RULES: &[Rule] = &[
    Rule::line(
        L,
        "zh.copyright",
        Copyright,
        r"版权所有|版權所有|未经授权|未經授權|未经许可|禁止转载|禁止轉載|不得转载|Copyright|©",
        "the copyright or no-reprint notice Chinese news sites print at a story's end",
    ).sentence().ends_story(),
    Rule::line(
        L,
        "zh.credit.reporter",
        Credit,
        r"^(?:[\d\-:/\s]{8,}\s*)?[(（【]?(?:记者|記者|编辑|編輯|责任编辑|責任編輯|来源|來源)\s*[:：]?\s*\S{1,12}(?:\s*[／/]\s*\S{1,10}(?:报导|報導|报道|報道|攝影|摄影))?[)）】]?$",
        "reporter and agency credit lines that Chinese news sites set apart from the story",
    ).ends_story(),
    Rule::line(
        L,
        "zh.caption.credit",
        Caption,
        r"[（(]\s*(?:记者|記者|新华社记者|通讯员)?\s*[^（）()]{1,12}\s*(?:摄|攝)\s*[)）]$|^(?:图|圖|图片|圖片)(?:来源|來源)?\s*[：:／/]\s*\S{1,20}$",
        "photo captions and photo credits on Chinese news sites",
    ).photo_credit(),
    // The end mark of a Chinese wire story: "（完）", "(完)", "【完】", "（全文完）".
    Rule::line(
        L,
        "zh.end.mark",
        Boilerplate,
        r"^[（(【\[]\s*(?:全文)?完\s*[）)】\]]$",
        "the end mark ('（完）') that closes a wire story on Chinese news sites",
    )
    .ends_story(),
    Rule::line(
        L,
        "zh.teaser.header",
        Teaser,
        r"^[【\[■▼◆]?\s*(?:相关新闻|相關新聞|相关阅读|相關閱讀|相关报道|相關報導|相关链接|相關連結|相关文章|相關文章|推荐阅读|推薦閱讀|热门新闻|熱門新聞|热门推荐|熱門推薦|延伸阅读|延伸閱讀|更多新闻|更多新聞|更多阅读|更多閱讀|猜你喜欢|猜你喜歡)\s*[】\]]?\s*[：:]?$",
        "headers of related, most-read and latest-news boxes on Chinese news sites",
    ).ends_story(),
    // "更多精彩内容，请关注……" / "欢迎关注我们的微信公众号": the call to follow the site's
    // channels that closes a story on Chinese portals and newspaper sites.
    Rule::line(
        L,
        "zh.promo.follow",
        Promo,
        r"^(?:更多(?:精彩)?(?:内容|資訊|资讯|新闻|新聞|报道|報導)[，,]?\s*(?:请|請)(?:继续|繼續)?(?:关注|關注|访问|訪問|登录|登錄).{0,40}|(?:欢迎|歡迎)(?:关注|關注)(?:我们的|我們的)?.{0,20}(?:公众号|公眾號|微信|微博|官网|官網|网站|網站|头条号|頭條號|抖音号|抖音號)[。！!]?)$",
        "the call to follow the site's channels that closes stories on Chinese news sites",
    )
    .sentence(),
    Rule::line(
        L,
        "zh.share.label",
        Share,
        r"^(?:分享到\s*[：:]?|分享至\s*[：:]?|分享|轉發|转发)$",
        "share-button labels of Chinese news templates",
    ),
    Rule::line(
        L,
        "zh.widget.label",
        Widget,
        r"^[\[【(（]?\s*(?:打印|列印|收藏|字号|字級|放大|缩小|点击查看大图|关闭|關閉|关闭窗口|返回顶部)\s*[\]】)）]?$",
        "tool-button labels (print, save, font size, comments) of Chinese news templates",
    ),
    Rule::line(
        L,
        "zh.timestamp",
        Timestamp,
        r"^(?:(?:发布时间|發布時間|更新时间|更新時間)[：:]\s*\d{4}[-年./]\d{1,2}[-月./]\d{1,2}.{0,30}|\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:来源|來源)[：:]\s*\S{1,20})$",
        "published/updated date labels in Chinese news templates",
    ),
    Rule::prefix(
        L,
        "zh.credit.dateline",
        Credit,
        r"^(?:新华社|新華社|中新社|中新网|中新網)[^（(，,。]{0,20}电\s*(?:[（(]\s*(?:记者|記者)[^）)]{1,20}[）)])?\s*|^本报讯\s*(?:[（(]\s*(?:记者|記者|通讯员)[^）)]{1,20}[）)])?\s*|^本報訊\s*(?:[（(][^）)]{1,20}[）)])?\s*",
        "wire-agency datelines that open a story on Chinese news sites",
    ),
];
