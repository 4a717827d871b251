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
        r"[（(]\s*(?:记者|記者|新华社记者|通讯员)?\s*[^（）()]{1,12}\s*(?:摄|攝)\s*[)）]$|^(?:图|圖|图片|圖片)(?:来源|來源)?\s*[：:／/]\s*\S{1,20}$|(?:^|[。！？]\s*)(?:新华社|新華社|中新社|本报|本報|人民网|人民網)?(?:特约)?(?:记者|記者|通讯员|通訊員)\s*\p{Han}{2,4}(?:\s*[、，]\s*\p{Han}{2,4})?\s*(?:摄|攝)(?:影)?$",
        "photo captions and photo credits on Chinese news sites: a bracketed credit ('（新华社记者 王某 摄）'), a 'picture source' line, or the caption's sentence followed on the same line by the agency photographer's credit ('……脱粒。新华社记者 王某 摄', as Xinhua, People's Daily and China News Service picture stories print it)",
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
    // "阅读(1,024)┊ 评论 (4)┊ 收藏(12)┊转载(3)┊喜欢▼┊打印┊举报": the counters and tools under a
    // blog post.
    Rule::line(
        L,
        "zh.widget.blog-stats",
        Widget,
        r"^(?:(?:阅读|閱讀|评论|評論|收藏|转载|轉載|引用|浏览|瀏覽|点击|點擊|回复|回覆|推荐|推薦|喜欢|喜歡|打印|举报|舉報|分享)[\s　]*(?:[(（\[][\s　]*[\d,]+[\s　]*[)）\]]|[：:][\s　]*[\d,]+)?[\s　]*▼?[\s　]*(?:[┊|｜│丨]|$)[\s　]*){2,}$",
        "the counters and tools bar under a blog post (阅读(n)┊评论(n)┊收藏(n)┊转载(n)…) of Chinese blog hosts: Sina, NetEase (163), Sohu and Bokee blogs",
    ),
    // "前一篇：<title>" / "下一篇：<title>": the links to the blog's or the site's neighbouring
    // posts under a story.
    Rule::line(
        L,
        "zh.nav.prev-next",
        Navigation,
        r"^[«‹<←]?[\s　]*(?:前一篇|后一篇|後一篇|上一篇|下一篇|上一篇文章|下一篇文章|上一條|下一條|上一条|下一条)[\s　]*[：:>›»]?[\s　]*[^。！？]{0,60}$",
        "the links to the previous and next post under a story, on Chinese blog hosts (Sina, NetEase, Sohu blogs) and news CMSs ('上一篇：…' / '下一篇：…')",
    ),
    // "标签：外婆 腌菜" / "分类：家常" / "已投稿到：排行榜": the post's filing under a blog post.
    Rule::line(
        L,
        "zh.nav.post-meta",
        Navigation,
        r"^(?:标签|標籤|分类|分類|所属分类|所屬分類|分类目录|分類目錄|已投稿到|收录于|收錄於)[\s　]*[：:][\s　]*[^。！？，,]{1,40}$",
        "the tags, category and channel a post is filed under, printed under the post by Chinese blog hosts (Sina, NetEase, Sohu blogs) and WordPress themes",
    ),
    Rule::line(
        L,
        "zh.timestamp",
        Timestamp,
        r"^(?:(?:发布时间|發布時間|更新时间|更新時間)[：:]\s*\d{4}[-年./]\d{1,2}[-月./]\d{1,2}.{0,30}|\d{4}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:来源|來源|稿源)[：:]\s*[^\s。！？，]+(?:\s+[^\s。！？，]+){0,4}|(?:来源|來源|稿源)[：:]\s*[^\s。！？，]+\s+\d{4}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s+[^\s。！？，]+){0,3})$",
        "published/updated date labels in Chinese news templates, and the portal date/source line under a headline ('2010年09月26日08:41 来源：新华网 手机看新闻', as Sina, Sohu, NetEase and Xinhua print it, date first or source first, with the template's link labels after)",
    ),
    Rule::prefix(
        L,
        "zh.credit.dateline",
        Credit,
        r"^(?:新华社|新華社|中新社|中新网|中新網|新华网|新華網|人民网|人民網|中国新闻网|中國新聞網|央视网|央視網|本报|本報)\p{Han}{0,10}(?:(?:[\d０-９]{1,2}月[\d０-９]{1,2}日)?电[\s　]*[（(][\s　]*(?:记者|記者)[^）)]{1,20}[）)]|[\d０-９]{1,2}月[\d０-９]{1,2}日电|电[\s　])[\s　]*|^本报讯[\s　]*(?:[（(]\s*(?:记者|記者|通讯员|通訊員|实习生)[^）)]{1,20}[）)]|(?:记者|記者|通讯员|通訊員|实习生)[\s　]*[\p{Han}\s　、]{2,20}?(?:报道|報道)[：:])?[\s　]*|^本報訊[\s　]*(?:[（(][^）)]{1,20}[）)])?[\s　]*",
        "the dateline that opens a story on Chinese news sites: a wire or newspaper dateline ('新华社北京1月5日电（记者 王某）', '新华网昆明9月26日电', '本报北京1月5日电', as Xinhua, People's Daily and China News Service print it; a date or a space after '电', so '新华社记者近日电话采访' stays) or a local paper's '本报讯（记者 王某）' / '本报讯 记者王某报道：'",
    ),
];
