//! Korean rules.

use super::Rule;
use crate::article::RemovalKind::*;

const L: &str = "ko";

/// The Korean table.
pub(super) const RULES: &[Rule] = &[
    Rule::line(
        L,
        "ko.credit.reporter",
        Credit,
        r"^/?\s*(?:기자명\s*)?[\[(]?\s*[가-힣]{2,4}(?:\s*·\s*[가-힣]{2,4})*\s*(?:기자|특파원|통신원|객원기자|인턴기자|선임기자|전문기자|수습기자|논설위원|편집위원|칼럼니스트|앵커|리포터)\s*[\])]?\s*[\[(<]?\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?\s*[\])>]?\s*(?:다른\s*기사\s*보기|기사\s*더\s*보기|구독(?:하기)?|응원하기)?\s*$",
        "reporter and agency credit lines that Korean news sites set apart from the story",
    ).ends_story(),
    // Korean broadcasters end a report with the reporter's sign-off: "KBS 뉴스 홍길동입니다.",
    // "대전MBC 홍길동입니다.", "한빛방송 뉴스 오세진이었습니다." The station is a broadcaster's
    // call sign (its region glued on) or a name ending in 방송/TV followed by 뉴스, so "모두
    // 가짜 뉴스 때문입니다." and "모두 지역방송 때문입니다." are not one.
    Rule::line(
        L,
        "ko.credit.broadcast-signoff",
        Credit,
        r"^(?:[가-힣]{2,6}에서\s*)?(?:지금까지\s*)?(?:(?:[가-힣]{2,4})?(?:KBS|MBC|SBS|YTN|EBS|CBS|BBS|TBS|OBS|JTBC|MBN|KNN|TJB|UBC|JIBS|CJB|KCTV|JTV|TBC|G1|ubc|TV조선|채널A|연합뉴스\s?TV)(?:\s?[가-힣]{2,3}(?:총국)?)??\s*(?:뉴스\s*)?|[가-힣]{1,8}(?:방송|TV|티비)\s*뉴스\s*)[가-힣]{2,4}(?:입니다|이었습니다|였습니다)\.?$",
        "the sign-off that ends a Korean TV or radio report ('<station> 뉴스 <reporter>입니다')",
    )
    .sentence()
    .ends_story(),
    // The anchor hands over to the reporter: "홍길동 기자가 보도합니다.", "이 소식, 부산에서
    // 김민지 기자가 전해드립니다." The line opens the report, it does not end the story.
    Rule::line(
        L,
        "ko.credit.anchor-handover",
        Credit,
        r"^(?:[^.!?。]{0,24}\s)?[가-힣]{2,4}\s*(?:기자|특파원|리포터|캐스터)(?:가|이|께서)\s*(?:보도합니다|보도해\s*드립니다|전해\s*드립니다|전합니다|취재했습니다|알아봤습니다|짚어봅니다|정리했습니다)\.?$",
        "the anchor's handover that opens a Korean broadcast report ('<name> 기자가 보도합니다')",
    )
    .sentence(),
    // Staff credits under a broadcast or video report: "촬영기자: 홍길동 영상편집: 김철수",
    // "촬영 홍길동 / 편집 김영희", "그래픽: 이민지", "(영상취재: 박준호)". A role without a
    // colon needs a second role or a compound role, so a heading such as "촬영 현장" stays.
    Rule::line(
        L,
        "ko.credit.staff",
        Credit,
        concat!(
            r"^[\[(]?\s*(?:",
            // A role and its names after ':'.
            r"(?:촬영기자|촬영|영상취재|영상편집|영상\s*디자인|편집|그래픽|CG|디자인|자료조사|취재지원|영상|구성|연출|PD|VJ|오디오맨|조명)\s*[:：]\s*[가-힣]{2,4}(?:\s*기자)?(?:\s*[,·]\s*[가-힣]{2,4}(?:\s*기자)?)*",
            // A compound role and its names.
            r"|(?:촬영기자|영상취재|영상편집|취재지원|자료조사)\s+[가-힣]{2,4}(?:\s*기자)?(?:\s*[,·]\s*[가-힣]{2,4}(?:\s*기자)?)*",
            // A bare role and a name, followed by another role.
            r"|(?:촬영|편집|그래픽|CG|디자인|영상|구성|연출|PD|VJ)\s+[가-힣]{2,4}(?:\s*기자)?(?:\s*[,·]\s*[가-힣]{2,4}(?:\s*기자)?)*\s*[/|,·]?\s*(?:촬영기자|촬영|영상취재|영상편집|영상\s*디자인|편집|그래픽|CG|디자인|자료조사|취재지원|영상|구성|연출|PD|VJ|오디오맨|조명)\s*[:：]?\s*[가-힣]{2,4}(?:\s*기자)?(?:\s*[,·]\s*[가-힣]{2,4}(?:\s*기자)?)*",
            r")",
            // More roles.
            r"(?:\s*[/|,·]?\s*(?:촬영기자|촬영|영상취재|영상편집|영상\s*디자인|편집|그래픽|CG|디자인|자료조사|취재지원|영상|구성|연출|PD|VJ|오디오맨|조명)\s*[:：]?\s*[가-힣]{2,4}(?:\s*기자)?(?:\s*[,·]\s*[가-힣]{2,4}(?:\s*기자)?)*)*",
            r"\s*[\])]?$"
        ),
        "camera, editing and graphics staff credits under Korean broadcast and video reports",
    )
    .ends_story(),
    // "(세종=뉴스1) 홍길동 기자 hong@news1.kr", "서울=홍길동 기자 hong@example.kr": the wire
    // credit standing alone as a line, with the place before '='.
    Rule::line(
        L,
        "ko.credit.place-email",
        Credit,
        r"^(?:[(\[【]\s*[가-힣]{2,6}\s*=\s*[^()\[\]【】=]{1,20}[)\]】]|[가-힣]{2,6}\s*=)\s*[가-힣]{2,4}(?:\s*·\s*[가-힣]{2,4})*\s*(?:기자|특파원|통신원)\s*=?\s*[(<]?\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?\s*[)>]?$",
        "wire reporter lines with a place prefix and an e-mail on Korean news sites ('(세종=뉴스1) 홍길동 기자 hong@…')",
    )
    .ends_story(),
    Rule::line(
        L,
        "ko.timestamp.trailing-label",
        Timestamp,
        r"^[\d.\-/\s:]{8,24}(?:송고|입력|수정|등록)$",
        "published/updated date labels in Korean news templates",
    ),
    Rule::line(
        L,
        "ko.promo.tip-off",
        Promo,
        r"제보를\s*기다립니다|제보\s*(?:하기|는)\s*[:：]|^[◎◆■]\s*.{0,30}(?:제보|구독)",
        "subscription, newsletter, tip-off and follow-us calls on Korean news sites",
    ).ends_story(),
    Rule::line(
        L,
        "ko.copyright.brand-stamp",
        Copyright,
        r"^[\[(<]\s*[ⓒ©]\s*[^\]>)]{1,40}[\])>]$",
        "the copyright or no-reprint notice Korean news sites print at a story's end",
    ).ends_story(),
    // A photo's caption that ends with its agency or stock-photo credit ("…행진하고 있다.
    // /연합뉴스", "…모습. (사진=게티이미지뱅크)", "…있다 [AP=연합뉴스]", "…있다.
    // 2026.7.12/뉴스1 ⓒ News1 홍길동 기자"), or the credit standing alone ("ⓒ 연합뉴스",
    // "게티이미지코리아", "[EPA=연합뉴스]"). A news agency's name follows a caption's ending
    // (있다, 모습...); a stock-photo library's name may follow any short text. Not a
    // `photo_credit`: "ⓒ 뉴스1" under a photo without a caption follows the story's short lead
    // paragraph, which is not the photo's caption.
    Rule::line(
        L,
        "ko.caption.agency-mark",
        Caption,
        concat!(
            // The credit alone: a Korean agency or stock-photo library, or a foreign one
            // relayed by a Korean agency ("[EPA=연합뉴스]").
            r"^[ⓒ©]\s*(?:연합뉴스|뉴시스|뉴스1|뉴스원|[가-힣A-Za-z0-9]{2,10})$",
            r"|^/?\s*[(\[]?\s*(?:사진\s*=\s*)?(?:게티이미지(?:코리아|뱅크)?|셔터스톡|이미지투데이|클립아트코리아|픽사베이|어도비\s*스톡|아이클릭아트|언스플래시)(?:\s*=\s*(?:연합뉴스|뉴시스|뉴스1))?(?:\s*제공)?\s*[)\]]?$",
            r"|^(?:/\s*|[(\[]\s*(?:사진\s*=\s*)?)(?:연합뉴스|뉴시스|뉴스1|(?:연합뉴스|뉴시스|뉴스1|로이터|AP|AFP|EPA|UPI|신화|교도|XINHUA|AFPBBNews|게티이미지(?:코리아|뱅크)?|셔터스톡|이미지투데이|클립아트코리아|픽사베이|어도비\s*스톡|아이클릭아트|언스플래시|Getty\s*Images(?:\s*(?:Bank|Korea))?|Shutterstock|Pixabay|Adobe\s*Stock|123RF|Unsplash)\s*=\s*(?:연합뉴스|뉴시스|뉴스1))(?:\s*제공)?\s*[)\]]?$",
            r"|^[(\[]\s*사진\s*=\s*(?:Getty\s*Images(?:\s*(?:Bank|Korea))?|Shutterstock|Pixabay|Adobe\s*Stock|123RF|Unsplash)\s*[)\]]$",
            // A caption's Korean ending, then a news agency.
            r"|(?:있다|있는\s*모습|모습|했다|한다|이다|됐다|였다|전경|풍경|장면|\d{4}\.\d{1,2}\.\d{1,2})\.?",
            r"\s*/?\s*(?:[(\[]\s*(?:사진\s*=\s*)?(?:연합뉴스|뉴시스|뉴스1|로이터|AP|AFP|EPA|UPI|신화|교도|XINHUA|AFPBBNews|게티이미지(?:코리아|뱅크)?|셔터스톡|이미지투데이|클립아트코리아|픽사베이|어도비\s*스톡|아이클릭아트|언스플래시|Getty\s*Images(?:\s*(?:Bank|Korea))?|Shutterstock|Pixabay|Adobe\s*Stock|123RF|Unsplash)(?:\s*=\s*(?:연합뉴스|뉴시스|뉴스1))?(?:\s*제공)?\s*[)\]]|(?:연합뉴스|뉴시스|뉴스1|로이터|AP|AFP|EPA|UPI|신화|교도|XINHUA|AFPBBNews|게티이미지(?:코리아|뱅크)?|셔터스톡|이미지투데이|클립아트코리아|픽사베이|어도비\s*스톡|아이클릭아트|언스플래시|Getty\s*Images(?:\s*(?:Bank|Korea))?|Shutterstock|Pixabay|Adobe\s*Stock|123RF|Unsplash)(?:\s*=\s*(?:연합뉴스|뉴시스|뉴스1))?(?:\s*제공)?)",
            r"(?:\s*[ⓒ©]\s*News1(?:\s*[가-힣]{2,4}\s*기자)?)?$",
            // A short Korean text, then a stock-photo library.
            r"|[가-힣][^/]*?(?:[.…]\s*|\s*/\s*|\s+)[(\[]?\s*(?:사진\s*=\s*)?(?:게티이미지(?:코리아|뱅크)?|셔터스톡|이미지투데이|클립아트코리아|픽사베이|어도비\s*스톡|아이클릭아트|언스플래시|Getty\s*Images(?:\s*(?:Bank|Korea))?|Shutterstock|Pixabay|Adobe\s*Stock|123RF|Unsplash)(?:\s*=\s*(?:연합뉴스|뉴시스|뉴스1))?(?:\s*제공)?\s*[)\]]?$"
        ),
        "photo captions that end with the photo's agency or stock-photo credit on Korean news sites",
    ),
    Rule::line(
        L,
        "ko.timestamp.label",
        Timestamp,
        r"^(?:(?:최종\s*)?(?:입력|수정|업데이트|기사입력|기사수정|등록|승인|발행|송고|게재|작성)\s*(?:일시|시간)?\s*[:：]?\s*[\d.\-/년월일\s:시분\[\]()]+\s*)+$",
        "published/updated date labels in Korean news templates",
    ),
    Rule::line(
        L,
        "ko.copyright.no-redistribution",
        Copyright,
        r"무단\s*전재|재배포\s*금지|저작권자\s*[©ⓒ(]|AI\s*학습\s*(?:및\s*)?활용\s*금지",
        "the copyright or no-reprint notice Korean news sites print at a story's end",
    ).sentence().ends_story(),
    Rule::line(
        L,
        "ko.caption.photo-credit",
        Caption,
        r"(?:(?:사진|그래픽|자료|영상)\s*=\s*\S+(?:\s*\S+)?\s*(?:기자|제공)?\s*[)\]]?\s*$|(?:사진\s*제공|자료\s*사진)\s*[)\]]?\s*$|다\.\s*\S{1,12}\s*제공\s*[)\]]?\s*$|^▲.{4,}(?:있다|있는\s*모습|모습)\.?\s*(?:[(\[].{1,30}[)\]])?\s*$)",
        "photo captions and photo credits on Korean news sites",
    ),
    Rule::line(
        L,
        "ko.end.mark",
        Boilerplate,
        r"^[(<\[/]?\s*끝\s*[)>\]/]?$",
        "end-of-story marks on Korean news sites",
    ).ends_story(),
    Rule::line(
        L,
        "ko.teaser.header",
        Teaser,
        r"^[\[<【]?\s*(?:관련\s*기사|관련\s*뉴스|많이\s*본\s*(?:뉴스|기사)|주요\s*뉴스|최신\s*뉴스|인기\s*기사|이\s*시각\s*(?:주요|인기)?\s*뉴스|추천\s*기사|함께\s*(?:보면\s*좋은|읽으면\s*좋은|볼\s*만한|읽을\s*만한)\s*(?:기사|뉴스)|(?:가장\s*)?많이\s*(?:읽은|본)\s*(?:뉴스|기사)|(?:에디터|기자)\s*추천\s*(?:기사|뉴스)?|랭킹\s*뉴스|핫\s*클릭|최신\s*기사|오늘의\s*(?:주요|핫)\s*뉴스|실시간\s*(?:인기|많이 본)\s*뉴스|포토\s*뉴스|HOT\s*뉴스)\s*[\]>】]?$",
        "headers of related, most-read and latest-news boxes on Korean news sites",
    ).ends_story(),
    Rule::line(
        L,
        "ko.promo.arrow",
        Promo,
        r"^[▶☞►▷]\s*.{0,60}(?:구독|제보|다운로드|바로가기|친구\s*추가|앱|가입|보기|참여)(?:하기)?\s*[!.]?$",
        "subscription, newsletter, tip-off and follow-us calls on Korean news sites",
    ).ends_story(),
    Rule::line(
        L,
        "ko.widget.label",
        Widget,
        r"^(?:이미지\s*확대\s*보기|사진\s*크게\s*보기|원본\s*보기|글자\s*크기(?:\s*설정)?|글씨\s*크기|가+|인쇄(?:하기)?|스크랩|북마크|좋아요|댓글\s*\d*|기사\s*듣기|음성으로\s*듣기|번역|닫기|본문\s*글씨\s*(?:키우기|줄이기))$",
        "tool-button labels (print, save, font size, comments) of Korean news templates",
    ),
    // Reaction counters under a story: "좋아요 0 싫어요 0", "추천 3 비추천 0", "공감 12",
    // "좋아요12 슬퍼요0 화나요0". A lone reaction needs its count; "찬성 180 반대 2" (a vote)
    // is not one.
    Rule::line(
        L,
        "ko.widget.reactions",
        Widget,
        concat!(
            r"^(?:(?:좋아요|싫어요|추천(?:해요)?|비추천|공감|비공감|슬퍼요|화나요|놀라워요|감동이에요|흥미로워요|훈훈해요|응원해요|최고예요|후속\s*기사\s*원해요|팬이에요|궁금해요)\s*[:：]?\s*[\d,]*\s*[|/·]?\s*){2,}$",
            r"|^(?:좋아요|추천(?:수)?|공감|비추천|응원)\s*[:：]?\s*\d[\d,]*$"
        ),
        "reaction counters (like, recommend, sympathise) under stories on Korean news sites",
    ),
    // Share prompts: "이 기사를 공유합니다", "기사 공유하기", "SNS 공유", "URL 복사" and the
    // share buttons named after a network.
    Rule::line(
        L,
        "ko.share.label",
        Share,
        r"^(?:(?:이\s*)?기사(?:를)?\s*공유(?:하기|합니다|해\s*주세요)?|(?:SNS|sns|카카오톡|카카오|페이스북|트위터|X|밴드|네이버\s*밴드|링크)?\s*공유(?:하기)?|URL\s*복사|링크\s*복사|주소\s*복사|페이스북|카카오톡|카카오스토리|트위터|네이버\s*(?:블로그|밴드))\s*[!.]?$",
        "share-button labels and share prompts of Korean news templates",
    ),
    // Subscription prompts: "구독하기", "기자 구독", "네이버 뉴스 구독", "▶ 채널 구독",
    // "네이버에서 한빛일보 구독하기". A bare "넷플릭스 구독" is not one: the call names a
    // portal, the news, a channel, a newsletter or a reporter.
    Rule::line(
        L,
        "ko.promo.subscribe",
        Promo,
        r"^[▶☞►▷+]?\s*(?:구독(?:하기)?|(?:\S{1,12}\s*)?(?:네이버|다음|카카오톡?|유튜브|텔레그램|뉴스|채널|뉴스레터|기자|언론사)\s*(?:에서\s*)?(?:\S{1,12}\s*)?(?:구독(?:하기|\s*신청)?|구독\s*\+))\s*[!+]?$",
        "subscription calls (subscribe to the reporter, the channel, the portal feed) on Korean news sites",
    ),
    Rule::prefix(
        L,
        "ko.caption.bracketed",
        Caption,
        r"^▲?\s*[(\[]\s*(?:사진|자료사진|그래픽|영상)\s*=\s*[^)\]]{1,25}[)\]]\s*",
        "photo captions and photo credits on Korean news sites",
    ),
    Rule::glued(
        L,
        "ko.caption.glued",
        Caption,
        r"^▲\s*(?:사진|자료사진|그래픽|영상)\s*=\s*",
        "photo captions and photo credits on Korean news sites",
    ),
    Rule::prefix(
        L,
        "ko.credit.place",
        Credit,
        r"^【\s*(?:[가-힣]{1,5}(?:시|군|구|도)|서울|부산|대구|인천|광주|대전|울산|세종|수원|춘천|청주|전주|창원|제주|포항|안동|원주|강릉|목포|여수|순천|경주|김해|천안|평택|고양|성남|용인|부천|안산|화성|의정부)\s*】\s*",
        "reporter and agency credit lines that Korean news sites set apart from the story",
    ),
    Rule::prefix(
        L,
        "ko.credit.press-release",
        Credit,
        r"^\S{1,12}\s*--\s*\([^()]{1,20}\)\s*\d{4}년\s*\d{1,2}월\s*\d{1,2}일\s*--\s*",
        "reporter and agency credit lines that Korean news sites set apart from the story",
    ),
    Rule::prefix(
        L,
        "ko.credit.wire",
        Credit,
        r"^[(\[【]\s*[^()\[\]【】=]{1,20}=\s*[^()\[\]【】]{0,20}[)\]】]\s*(?:[가-힣]{2,4}(?:\s*·\s*[가-힣]{2,4})*\s*(?:기자|특파원|통신원|객원기자|인턴기자)\s*)?=?\s*",
        "reporter and agency credit lines that Korean news sites set apart from the story",
    ),
    Rule::suffix(
        L,
        "ko.caption.bracketed-end",
        Caption,
        r"\s*[(\[]\s*(?:사진|자료사진|그래픽)\s*=\s*[^)\]]{1,25}[)\]]$",
        "photo captions and photo credits on Korean news sites",
    ),
    Rule::suffix(
        L,
        "ko.credit.signature",
        Credit,
        r"\s*[\[(]?\s*[가-힣]{2,4}(?:\s*·\s*[가-힣]{2,4})*\s*(?:기자|특파원|통신원|객원기자|인턴기자)\s*[\])]?\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?$",
        "reporter and agency credit lines that Korean news sites set apart from the story",
    ),
];
