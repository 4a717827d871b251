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
    Rule::line(
        L,
        "ko.caption.agency-mark",
        Caption,
        r"^[ⓒ©]\s*(?:연합뉴스|뉴시스|뉴스1|뉴스원|[가-힣A-Za-z0-9]{2,10})$|(?:있다|있는\s*모습|모습|했다|한다)\.\s*/?\s*(?:연합뉴스|뉴시스|뉴스1|로이터|AP|AFP|EPA|신화|교도|게티이미지(?:코리아)?)(?:\s*=\s*연합뉴스)?$",
        "photo captions and photo credits on Korean news sites",
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
        r"^[\[<【]?\s*(?:관련\s*기사|관련\s*뉴스|많이\s*본\s*(?:뉴스|기사)|주요\s*뉴스|최신\s*뉴스|인기\s*기사|이\s*시각\s*(?:주요|인기)?\s*뉴스|추천\s*기사|함께\s*(?:보면\s*좋은|읽으면\s*좋은)\s*기사|오늘의\s*(?:주요|핫)\s*뉴스|실시간\s*(?:인기|많이 본)\s*뉴스|포토\s*뉴스|HOT\s*뉴스)\s*[\]>】]?$",
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
        r"^(?:이미지\s*확대\s*보기|사진\s*크게\s*보기|원본\s*보기|기사\s*공유(?:하기)?|공유하기|글자\s*크기(?:\s*설정)?|글씨\s*크기|가+|인쇄(?:하기)?|스크랩|북마크|좋아요|댓글\s*\d*|기사\s*듣기|음성으로\s*듣기|번역|닫기|URL\s*복사|페이스북|카카오톡|트위터|본문\s*글씨\s*(?:키우기|줄이기))$",
        "tool-button labels (print, save, font size, comments) of Korean news templates",
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
