//! What start-up would otherwise read from each rule's parsed pattern: the literals its
//! matches require ([`super::literals`]) and the bytes they start with
//! ([`super::first_byte`]), written out as constants, one entry per rule of each of
//! [`super::TABLES`] in order. Parsing a table's patterns for them cost about 10 M instructions
//! of a cold `extract` (callgrind, the English and `any` tables). The test
//! `derived_is_the_patterns` recomputes every entry from the patterns and, when one differs
//! (a rule added or edited), prints this file's table to paste.

use super::starts::Position;
#[allow(clippy::wildcard_imports)]
use classes::*;

/// One rule's derived facts.
pub(super) struct Derived {
    /// The literals one of which every match contains, each with whether it is searched
    /// ignoring ASCII case; `None` when the pattern requires none.
    pub(super) literals: Option<&'static [(&'static str, bool)]>,
    /// The bytes every match starts with, as [`super::ByteSet::from_words`] reads them;
    /// `None` when the pattern says less.
    pub(super) first: Option<[u64; 4]>,
    /// The openings every match starts with ([`super::starts`]); `None` when the pattern
    /// says none.
    pub(super) starts: Option<super::starts::Openings>,
}

/// Each table's rules' [`Derived`], in [`super::TABLES`] order; the openings' classes are the
/// constants `C{n}` after it.
#[rustfmt::skip]
pub(super) const DERIVED: &[&[Derived]] = &[
    // ko
    &[
        // ko.credit.reporter
        Derived { literals: Some(&[("객원기자", false), ("기자", false), ("논설위원", false), ("리포터", false), ("선임기자", false), ("수습기자", false), ("앵커", false), ("인턴기자", false), ("전문기자", false), ("칼럼니스트", false), ("통신원", false), ("특파원", false), ("편집위원", false)]), first: Some([0x810100003e00, 0x8000000, 0x0, 0x3c0e00000004]), starts: Some(&[&[C0], &[C1, C0], &[C1, C2], &[C3, C0], &[C3, C1, C0], &[C3, C1, C2], &[C3, C2], &[C3, C4, C5, C6, C0], &[C3, C4, C5, C6, C1, C0], &[C3, C4, C5, C6, C1, C2], &[C3, C4, C5, C6, C2], &[C2], &[C4, C5, C6, C0], &[C4, C5, C6, C1, C0], &[C4, C5, C6, C1, C2], &[C4, C5, C6, C2]]) },
        // ko.credit.broadcast-signoff
        Derived { literals: Some(&[("였습니다", false), ("이었습니다", false), ("입니다", false)]), first: Some([0x0, 0x2000000238acac, 0x0, 0x3c0000000000]), starts: Some(&[&[C7], &[C2], &[C8, C9, C10, C8, C0], &[C8, C9, C10, C8, C7]]) },
        // ko.credit.anchor-handover
        Derived { literals: Some(&[("드립니다", false), ("보도합니다", false), ("알아봤습니다", false), ("전합니다", false), ("정리했습니다", false), ("짚어봅니다", false), ("취재했습니다", false)]), first: Some([0x7fffbffdffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0x1fffffffffffff]), starts: Some(&[&[C11], &[C0, C2], &[C2]]) },
        // ko.credit.staff
        Derived { literals: Some(&[("CG", false), ("PD", false), ("VJ", false), ("구성", false), ("그래픽", false), ("디자인", false), ("연출", false), ("영상", false), ("영상취재", false), ("영상편집", false), ("오디오맨", false), ("자료조사", false), ("조명", false), ("촬영", false), ("촬영기자", false), ("취재지원", false), ("편집", false)]), first: Some([0x10100003e00, 0x8410008, 0x0, 0x3c0e00000004]), starts: Some(&[&[C0], &[C1, C0], &[C1, C12], &[C12]]) },
        // ko.credit.place-email
        Derived { literals: Some(&[("기자", false), ("통신원", false), ("특파원", false)]), first: Some([0x10000000000, 0x8000000, 0x0, 0x3c0800000000]), starts: Some(&[&[C13, C0], &[C13, C2], &[C2]]) },
        // ko.timestamp.trailing-label
        Derived { literals: Some(&[("등록", false), ("송고", false), ("수정", false), ("입력", false)]), first: Some([0x7ffe00100003e00, 0x0, 0x0, 0x1840f8a000004]), starts: Some(&[&[C14]]) },
        // ko.promo.tip-off
        Derived { literals: Some(&[("구독", false), ("기다립니다", false), ("제보", false)]), first: None, starts: None },
        // ko.copyright.brand-stamp
        Derived { literals: Some(&[("©", false), ("ⓒ", false)]), first: Some([0x1000010000000000, 0x8000000, 0x0, 0x0]), starts: Some(&[&[C15, C0], &[C15, C16, C17], &[C15, C16, C0]]) },
        // ko.caption.agency-mark
        Derived { literals: Some(&[("123RF", false), ("AFP", false), ("AFPBBNews", false), ("AP", false), ("Adobe", false), ("EPA", false), ("Images", false), ("Pixabay", false), ("Shutterstock", false), ("UPI", false), ("Unsplash", false), ("XINHUA", false), ("©", false), ("ⓒ", false), ("게티이미지", false), ("교도", false), ("뉴스1", false), ("뉴시스", false), ("로이터", false), ("사진", false), ("셔터스톡", false), ("신화", false), ("아이클릭아트", false), ("어도비", false), ("언스플래시", false), ("연합뉴스", false), ("이미지투데이", false), ("클립아트코리아", false), ("픽사베이", false)]), first: None, starts: None },
        // ko.timestamp.label
        Derived { literals: Some(&[("게재", false), ("기사수정", false), ("기사입력", false), ("등록", false), ("발행", false), ("송고", false), ("수정", false), ("승인", false), ("업데이트", false), ("입력", false), ("작성", false)]), first: Some([0x0, 0x0, 0x0, 0x1c0000000000]), starts: Some(&[&[C18, C19], &[C18, C19, C0], &[C18, C19, C20, C21], &[C18, C19, C22, C20], &[C4, C23, C24, C25], &[C4, C23, C24, C25, C0], &[C4, C23, C24, C25, C20, C21], &[C4, C23, C24, C25, C22, C20], &[C4, C23, C26, C27], &[C4, C23, C26, C27, C0], &[C4, C23, C26, C27, C20, C21], &[C4, C23, C26, C27, C22, C20], &[C28, C29], &[C28, C29, C0], &[C28, C29, C20, C21], &[C28, C29, C22, C20], &[C30, C31], &[C30, C31, C0], &[C30, C31, C20, C21], &[C30, C31, C22, C20], &[C32, C33], &[C32, C33, C0], &[C32, C33, C20, C21], &[C32, C33, C22, C20], &[C24, C25], &[C24, C25, C0], &[C24, C25, C20, C21], &[C24, C25, C22, C20], &[C34, C35], &[C34, C35, C0], &[C34, C35, C20, C21], &[C34, C35, C22, C20], &[C36, C37, C38, C39], &[C36, C37, C38, C39, C0], &[C36, C37, C38, C39, C20, C21], &[C36, C37, C38, C39, C22, C20], &[C26, C27], &[C26, C27, C0], &[C26, C27, C20, C21], &[C26, C27, C22, C20], &[C40, C41], &[C40, C41, C0], &[C40, C41, C20, C21], &[C40, C41, C22, C20], &[C42, C43, C0], &[C42, C43, C18, C19], &[C42, C43, C18, C19, C0], &[C42, C43, C18, C19, C20, C21], &[C42, C43, C18, C19, C22, C20], &[C42, C43, C4, C23, C24, C25], &[C42, C43, C4, C23, C24, C25, C0], &[C42, C43, C4, C23, C24, C25, C20, C21], &[C42, C43, C4, C23, C24, C25, C22, C20], &[C42, C43, C4, C23, C26, C27], &[C42, C43, C4, C23, C26, C27, C0], &[C42, C43, C4, C23, C26, C27, C20, C21], &[C42, C43, C4, C23, C26, C27, C22, C20], &[C42, C43, C28, C29], &[C42, C43, C28, C29, C0], &[C42, C43, C28, C29, C20, C21], &[C42, C43, C28, C29, C22, C20], &[C42, C43, C30, C31], &[C42, C43, C30, C31, C0], &[C42, C43, C30, C31, C20, C21], &[C42, C43, C30, C31, C22, C20], &[C42, C43, C32, C33], &[C42, C43, C32, C33, C0], &[C42, C43, C32, C33, C20, C21], &[C42, C43, C32, C33, C22, C20], &[C42, C43, C24, C25], &[C42, C43, C24, C25, C0], &[C42, C43, C24, C25, C20, C21], &[C42, C43, C24, C25, C22, C20], &[C42, C43, C34, C35], &[C42, C43, C34, C35, C0], &[C42, C43, C34, C35, C20, C21], &[C42, C43, C34, C35, C22, C20], &[C42, C43, C36, C37, C38, C39], &[C42, C43, C36, C37, C38, C39, C0], &[C42, C43, C36, C37, C38, C39, C20, C21], &[C42, C43, C36, C37, C38, C39, C22, C20], &[C42, C43, C26, C27], &[C42, C43, C26, C27, C0], &[C42, C43, C26, C27, C20, C21], &[C42, C43, C26, C27, C22, C20], &[C42, C43, C40, C41], &[C42, C43, C40, C41, C0], &[C42, C43, C40, C41, C20, C21], &[C42, C43, C40, C41, C22, C20]]) },
        // ko.copyright.no-redistribution
        Derived { literals: Some(&[("무단", false), ("재배포", false), ("저작권자", false), ("학습", false)]), first: None, starts: None },
        // ko.caption.photo-credit
        Derived { literals: Some(&[("그래픽", false), ("모습", false), ("사진", false), ("영상", false), ("있는", false), ("있다", false), ("자료", false), ("제공", false)]), first: None, starts: None },
        // ko.end.mark
        Derived { literals: Some(&[("끝", false)]), first: Some([0x1000810100003e00, 0x8000000, 0x0, 0x80e00000004]), starts: Some(&[&[C0], &[C44, C0], &[C44, C45], &[C44, C45, C0], &[C44, C45, C46], &[C45], &[C45, C0], &[C45, C46]]) },
        // ko.teaser.header
        Derived { literals: Some(&[("관련", false), ("뉴스", false), ("랭킹", false), ("많이", false), ("시각", false), ("실시간", false), ("오늘의", false), ("인기", false), ("주요", false), ("최신", false), ("추천", false), ("클릭", false), ("포토", false), ("함께", false)]), first: Some([0x1000000100003e00, 0x8000100, 0x0, 0x3c0e00000004]), starts: Some(&[&[C0], &[C47, C0], &[C47, C48], &[C48]]) },
        // ko.promo.arrow
        Derived { literals: Some(&[("▶", false), ("▷", false), ("►", false), ("☞", false)]), first: Some([0x0, 0x0, 0x0, 0x400000000]), starts: Some(&[&[C49, C50], &[C49, C0], &[C49, C51, C26], &[C49, C51, C26, C0], &[C49, C51, C26, C52], &[C49, C51, C26, C53, C4], &[C49, C51, C26, C53, C4, C0], &[C49, C51, C26, C53, C4, C52], &[C49, C54, C55], &[C49, C54, C55, C0], &[C49, C54, C55, C52], &[C49, C54, C55, C53, C4], &[C49, C54, C55, C53, C4, C0], &[C49, C54, C55, C53, C4, C52], &[C49, C56, C57, C58, C59], &[C49, C56, C57, C58, C59, C0], &[C49, C56, C57, C58, C59, C52], &[C49, C56, C57, C58, C59, C53, C4], &[C49, C56, C57, C58, C59, C53, C4, C0], &[C49, C56, C57, C58, C59, C53, C4, C52], &[C49, C60, C58, C51, C4], &[C49, C60, C58, C51, C4, C0], &[C49, C60, C58, C51, C4, C52], &[C49, C60, C58, C51, C4, C53, C4], &[C49, C60, C58, C51, C4, C53, C4, C0], &[C49, C60, C58, C51, C4, C53, C4, C52], &[C49, C61, C4], &[C49, C61, C4, C0], &[C49, C61, C4, C52], &[C49, C61, C4, C53, C4], &[C49, C61, C4, C53, C4, C0], &[C49, C61, C4, C53, C4, C52], &[C49, C62], &[C49, C62, C0], &[C49, C62, C52], &[C49, C62, C53, C4], &[C49, C62, C53, C4, C0], &[C49, C62, C53, C4, C52], &[C49, C63, C61], &[C49, C63, C61, C0], &[C49, C63, C61, C52], &[C49, C63, C61, C53, C4], &[C49, C63, C61, C53, C4, C0], &[C49, C63, C61, C53, C4, C52], &[C49, C64, C65], &[C49, C64, C65, C0], &[C49, C64, C65, C52], &[C49, C64, C65, C53, C4], &[C49, C64, C65, C53, C4, C0], &[C49, C64, C65, C53, C4, C52], &[C49, C66, C54, C0], &[C49, C66, C54, C67, C51], &[C49, C66, C54, C67, C51, C0], &[C49, C66, C54, C67, C51, C52], &[C49, C66, C54, C67, C51, C53, C4], &[C49, C66, C54, C67, C51, C53, C4, C0], &[C49, C66, C54, C67, C51, C53, C4, C52]]) },
        // ko.widget.label
        Derived { literals: Some(&[("가", false), ("글씨", false), ("글자", false), ("기사", false), ("닫기", false), ("댓글", false), ("번역", false), ("북마크", false), ("사진", false), ("스크랩", false), ("원본", false), ("음성으로", false), ("이미지", false), ("인쇄", false), ("좋아요", false), ("줄이기", false), ("키우기", false)]), first: Some([0x0, 0x0, 0x0, 0x1c0000000000]), starts: Some(&[&[C51], &[C68, C69, C0], &[C68, C69, C70, C4], &[C68, C5, C0], &[C68, C5, C70, C4], &[C68, C5, C70, C4, C0], &[C68, C5, C70, C4, C71, C25], &[C4, C23, C0], &[C4, C23, C72, C4], &[C73, C4], &[C74, C68], &[C74, C68, C0], &[C74, C68, C75], &[C76, C77], &[C78, C79, C0], &[C78, C79, C68, C69, C0], &[C78, C79, C68, C69, C80, C38, C4], &[C78, C79, C68, C69, C81, C82, C4], &[C83, C84, C70], &[C23, C85, C0], &[C23, C85, C70, C18, C0], &[C23, C85, C70, C18, C61, C4], &[C86, C70, C87], &[C88, C78, C0], &[C88, C78, C61, C4], &[C89, C41, C90, C58, C0], &[C89, C41, C90, C58, C72, C4], &[C38, C91, C8, C0], &[C38, C91, C8, C92, C93, C0], &[C38, C91, C8, C92, C93, C61, C4], &[C35, C94], &[C35, C94, C53, C4], &[C95, C96, C97]]) },
        // ko.widget.reactions
        Derived { literals: Some(&[("감동이에요", false), ("공감", false), ("궁금해요", false), ("놀라워요", false), ("비공감", false), ("비추천", false), ("슬퍼요", false), ("싫어요", false), ("원해요", false), ("응원", false), ("응원해요", false), ("좋아요", false), ("최고예요", false), ("추천", false), ("팬이에요", false), ("화나요", false), ("훈훈해요", false), ("흥미로워요", false)]), first: Some([0x0, 0x0, 0x0, 0x3c0000000000]), starts: Some(&[&[C98]]) },
        // ko.share.label
        Derived { literals: Some(&[("공유", false), ("기사", false), ("네이버", false), ("링크", false), ("복사", false), ("주소", false), ("카카오스토리", false), ("카카오톡", false), ("트위터", false), ("페이스북", false)]), first: Some([0x100003e00, 0x8000001280000, 0x0, 0x3c0e00000004]), starts: Some(&[&[C0], &[C99, C100, C99, C0], &[C99, C100, C99, C101, C102], &[C99, C100, C99, C101, C102, C0], &[C99, C100, C99, C101, C102, C53, C4], &[C99, C100, C99, C101, C102, C53, C4, C0], &[C103, C104, C105, C0], &[C103, C104, C105, C106, C23], &[C103, C104, C105, C106, C23, C0], &[C107, C0], &[C107, C101, C102], &[C107, C101, C102, C0], &[C107, C101, C102, C53, C4], &[C107, C101, C102, C53, C4, C0], &[C108, C109, C108, C0], &[C108, C109, C108, C101, C102], &[C108, C109, C108, C101, C102, C0], &[C108, C109, C108, C101, C102, C53, C4], &[C108, C109, C108, C101, C102, C53, C4, C0], &[C101, C102], &[C101, C102, C0], &[C101, C102, C53, C4], &[C101, C102, C53, C4, C0], &[C4, C23, C0], &[C4, C23, C101, C102], &[C4, C23, C101, C102, C0], &[C4, C23, C101, C102, C53, C4], &[C4, C23, C101, C102, C53, C4, C0], &[C4, C23, C101, C102, C110, C111, C56], &[C4, C23, C101, C102, C110, C111, C56, C0], &[C4, C23, C101, C102, C112, C0], &[C4, C23, C101, C102, C112, C113, C114, C97], &[C4, C23, C101, C102, C112, C113, C114, C97, C0], &[C4, C23, C115, C0], &[C4, C23, C115, C101, C102], &[C4, C23, C115, C101, C102, C0], &[C4, C23, C115, C101, C102, C53, C4], &[C4, C23, C115, C101, C102, C53, C4, C0], &[C4, C23, C115, C101, C102, C110, C111, C56], &[C4, C23, C115, C101, C102, C110, C111, C56, C0], &[C4, C23, C115, C101, C102, C112, C0], &[C4, C23, C115, C101, C102, C112, C113, C114, C97], &[C4, C23, C115, C101, C102, C112, C113, C114, C97, C0], &[C116, C38, C117, C0], &[C116, C38, C117, C118, C59], &[C116, C38, C117, C118, C59, C0], &[C116, C38, C117, C118, C59, C101, C102], &[C116, C38, C117, C118, C59, C101, C102, C0], &[C116, C38, C117, C118, C59, C101, C102, C53, C4], &[C116, C38, C117, C118, C59, C101, C102, C53, C4, C0], &[C116, C38, C117, C119, C58, C120], &[C116, C38, C117, C119, C58, C120, C0], &[C121, C70, C0], &[C121, C70, C101, C102], &[C121, C70, C101, C102, C0], &[C121, C70, C101, C102, C53, C4], &[C121, C70, C101, C102, C53, C4, C0], &[C121, C70, C106, C23], &[C121, C70, C106, C23, C0], &[C118, C59, C0], &[C118, C59, C101, C102], &[C118, C59, C101, C102, C0], &[C118, C59, C101, C102, C53, C4], &[C118, C59, C101, C102, C53, C4, C0], &[C38, C0], &[C38, C4, C23, C0], &[C38, C4, C23, C101, C102], &[C38, C4, C23, C101, C102, C0], &[C38, C4, C23, C101, C102, C53, C4], &[C38, C4, C23, C101, C102, C53, C4, C0], &[C38, C4, C23, C101, C102, C110, C111, C56], &[C38, C4, C23, C101, C102, C110, C111, C56, C0], &[C38, C4, C23, C101, C102, C112, C0], &[C38, C4, C23, C101, C102, C112, C113, C114, C97], &[C38, C4, C23, C101, C102, C112, C113, C114, C97, C0], &[C38, C4, C23, C115, C0], &[C38, C4, C23, C115, C101, C102], &[C38, C4, C23, C115, C101, C102, C0], &[C38, C4, C23, C115, C101, C102, C53, C4], &[C38, C4, C23, C115, C101, C102, C53, C4, C0], &[C38, C4, C23, C115, C101, C102, C110, C111, C56], &[C38, C4, C23, C115, C101, C102, C110, C111, C56, C0], &[C38, C4, C23, C115, C101, C102, C112, C0], &[C38, C4, C23, C115, C101, C102, C112, C113, C114, C97], &[C38, C4, C23, C115, C101, C102, C112, C113, C114, C97, C0], &[C113, C122, C0], &[C113, C122, C106, C23], &[C113, C122, C106, C23, C0], &[C123, C123, C124, C0], &[C123, C123, C124, C101, C102], &[C123, C123, C124, C101, C102, C0], &[C123, C123, C124, C101, C102, C53, C4], &[C123, C123, C124, C101, C102, C53, C4, C0], &[C123, C123, C124, C86, C125, C126], &[C123, C123, C124, C86, C125, C126, C0], &[C123, C123, C124, C127], &[C123, C123, C124, C127, C0], &[C123, C123, C124, C127, C101, C102], &[C123, C123, C124, C127, C101, C102, C0], &[C123, C123, C124, C127, C101, C102, C53, C4], &[C123, C123, C124, C127, C101, C102, C53, C4, C0], &[C39, C128, C129], &[C39, C128, C129, C0], &[C39, C128, C129, C101, C102], &[C39, C128, C129, C101, C102, C0], &[C39, C128, C129, C101, C102, C53, C4], &[C39, C128, C129, C101, C102, C53, C4, C0], &[C130, C38, C86, C83], &[C130, C38, C86, C83, C0], &[C130, C38, C86, C83, C101, C102], &[C130, C38, C86, C83, C101, C102, C0], &[C130, C38, C86, C83, C101, C102, C53, C4], &[C130, C38, C86, C83, C101, C102, C53, C4, C0]]) },
        // ko.promo.subscribe
        Derived { literals: Some(&[("구독", false)]), first: Some([0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0x1fffffffffffff]), starts: Some(&[&[C131], &[C0], &[C132, C131], &[C132, C0]]) },
        // ko.caption.bracketed
        Derived { literals: Some(&[("그래픽", false), ("사진", false), ("영상", false), ("자료사진", false)]), first: Some([0x10100003e00, 0x8000000, 0x0, 0xe00000004]), starts: Some(&[&[C0], &[C1, C0], &[C1, C120, C133, C134, C0], &[C1, C120, C133, C134, C135, C136], &[C1, C120, C133, C134, C135, C0], &[C1, C23, C85, C0], &[C1, C23, C85, C135, C136], &[C1, C23, C85, C135, C0], &[C1, C137, C138, C0], &[C1, C137, C138, C135, C136], &[C1, C137, C138, C135, C0], &[C1, C5, C139, C23, C85, C0], &[C1, C5, C139, C23, C85, C135, C136], &[C1, C5, C139, C23, C85, C135, C0], &[C140, C0], &[C140, C1, C0], &[C140, C1, C120, C133, C134, C0], &[C140, C1, C120, C133, C134, C135, C136], &[C140, C1, C120, C133, C134, C135, C0], &[C140, C1, C23, C85, C0], &[C140, C1, C23, C85, C135, C136], &[C140, C1, C23, C85, C135, C0], &[C140, C1, C137, C138, C0], &[C140, C1, C137, C138, C135, C136], &[C140, C1, C137, C138, C135, C0], &[C140, C1, C5, C139, C23, C85, C0], &[C140, C1, C5, C139, C23, C85, C135, C136], &[C140, C1, C5, C139, C23, C85, C135, C0]]) },
        // ko.caption.glued
        Derived { literals: Some(&[("그래픽", false), ("사진", false), ("영상", false), ("자료사진", false)]), first: Some([0x0, 0x0, 0x0, 0x400000000]), starts: Some(&[&[C140, C0], &[C140, C120, C133, C134, C0], &[C140, C120, C133, C134, C135], &[C140, C120, C133, C134, C135, C0], &[C140, C23, C85, C0], &[C140, C23, C85, C135], &[C140, C23, C85, C135, C0], &[C140, C137, C138, C0], &[C140, C137, C138, C135], &[C140, C137, C138, C135, C0], &[C140, C5, C139, C23, C85, C0], &[C140, C5, C139, C23, C85, C135], &[C140, C5, C139, C23, C85, C135, C0]]) },
        // ko.credit.place
        Derived { literals: Some(&[("【", false)]), first: Some([0x0, 0x0, 0x0, 0x800000000]), starts: Some(&[&[C141, C0], &[C141, C2], &[C141, C142, C143, C0], &[C141, C142, C143, C144], &[C141, C142, C143, C144, C0], &[C141, C145, C113, C0], &[C141, C145, C113, C144], &[C141, C145, C113, C144, C0], &[C141, C33, C146, C0], &[C141, C33, C146, C144], &[C141, C33, C146, C144, C0], &[C141, C147, C113, C0], &[C141, C147, C113, C144], &[C141, C147, C113, C144, C0], &[C141, C148, C112, C0], &[C141, C148, C112, C144], &[C141, C148, C112, C144, C0], &[C141, C93, C54, C0], &[C141, C93, C54, C144], &[C141, C93, C54, C144, C0], &[C141, C93, C149, C0], &[C141, C93, C149, C144], &[C141, C93, C149, C144, C0], &[C141, C150, C151, C0], &[C141, C150, C151, C144], &[C141, C150, C151, C144, C0], &[C141, C152, C153, C0], &[C141, C152, C153, C144], &[C141, C152, C153, C144, C0], &[C141, C152, C154, C0], &[C141, C152, C154, C144], &[C141, C152, C154, C144, C0], &[C141, C155, C156, C0], &[C141, C155, C156, C144], &[C141, C155, C156, C144, C0], &[C141, C41, C157, C0], &[C141, C41, C157, C144], &[C141, C41, C157, C144, C0], &[C141, C114, C43, C0], &[C141, C114, C43, C144], &[C141, C114, C43, C144, C0], &[C141, C24, C88, C0], &[C141, C24, C88, C144], &[C141, C24, C88, C144, C0], &[C141, C158, C154, C0], &[C141, C158, C154, C144], &[C141, C158, C154, C144, C0], &[C141, C159, C160, C0], &[C141, C159, C160, C144], &[C141, C159, C160, C144, C0], &[C141, C159, C153, C0], &[C141, C159, C153, C144], &[C141, C159, C153, C144, C0], &[C141, C65, C24, C0], &[C141, C65, C24, C144], &[C141, C65, C24, C144, C0], &[C141, C161, C35, C0], &[C141, C161, C35, C144], &[C141, C161, C35, C144, C0], &[C141, C156, C153, C0], &[C141, C156, C153, C144], &[C141, C156, C153, C144, C0], &[C141, C88, C113, C0], &[C141, C88, C113, C144], &[C141, C88, C113, C144, C0], &[C141, C162, C25, C152, C0], &[C141, C162, C25, C152, C144], &[C141, C162, C25, C152, C144, C0], &[C141, C35, C154, C0], &[C141, C35, C154, C144], &[C141, C35, C154, C144, C0], &[C141, C149, C113, C0], &[C141, C149, C113, C144], &[C141, C149, C113, C144, C0], &[C141, C63, C113, C0], &[C141, C63, C113, C144], &[C141, C63, C113, C144, C0], &[C141, C163, C88, C0], &[C141, C163, C88, C144], &[C141, C163, C88, C144, C0], &[C141, C154, C159, C0], &[C141, C154, C159, C144], &[C141, C154, C159, C144, C0], &[C141, C164, C113, C0], &[C141, C164, C113, C144], &[C141, C164, C113, C144, C0], &[C141, C165, C154, C0], &[C141, C165, C154, C144], &[C141, C165, C154, C144, C0], &[C141, C166, C167, C0], &[C141, C166, C167, C144], &[C141, C166, C167, C144, C0], &[C141, C151, C168, C0], &[C141, C151, C168, C144], &[C141, C151, C168, C144, C0], &[C141, C169, C41, C0], &[C141, C169, C41, C144], &[C141, C169, C41, C144, C0]]) },
        // ko.credit.press-release
        Derived { literals: Some(&[("년", false)]), first: Some([0xfffffffeffffc1ff, 0xffffffffffffffff, 0xffffffffffffffff, 0x1fffffffffffff]), starts: Some(&[&[C131]]) },
        // ko.credit.wire
        Derived { literals: Some(&[("=", false)]), first: Some([0x10000000000, 0x8000000, 0x0, 0x800000000]), starts: Some(&[&[C13, C170], &[C13, C0]]) },
        // ko.caption.bracketed-end
        Derived { literals: Some(&[("그래픽", false), ("사진", false), ("자료사진", false)]), first: None, starts: None },
        // ko.credit.signature
        Derived { literals: Some(&[("객원기자", false), ("기자", false), ("인턴기자", false), ("통신원", false), ("특파원", false)]), first: None, starts: None },
    ],
    // en
    &[
        // en.credit.by
        Derived { literals: Some(&[("by", true)]), first: Some([0x0, 0x400000004, 0x0, 0x0]), starts: Some(&[&[C171, C172, C0]]) },
        // en.copyright
        Derived { literals: Some(&[("(c)", false), ("Copyright", false), ("all rights reserved", true), ("all rights reſerved", true), ("all rightſ reserved", true), ("all rightſ reſerved", true), ("this article may not be ", true), ("this article may not be re", true), ("this content may not be ", true), ("this content may not be re", true), ("this material may not be ", true), ("this material may not be re", true), ("this story may not be ", true), ("this story may not be re", true), ("this ſtory may not be ", true), ("this ſtory may not be re", true), ("thiſ article may not be ", true), ("thiſ article may not be re", true), ("thiſ content may not be ", true), ("thiſ content may not be re", true), ("thiſ material may not be ", true), ("thiſ material may not be re", true), ("thiſ story may not be ", true), ("thiſ story may not be re", true), ("thiſ ſtory may not be ", true), ("thiſ ſtory may not be re", true), ("©", false)]), first: None, starts: None },
        // en.caption.credit
        Derived { literals: Some(&[("Credit", false), ("Illustration", false), ("Image", false), ("Image source", false), ("Photo", false), ("Photograph", false), ("Picture", false)]), first: Some([0x10000000000, 0x10208, 0x0, 0x0]), starts: Some(&[&[C173, C174, C175, C176, C177, C178, C179, C0], &[C173, C174, C175, C176, C177, C178, C179, C180], &[C173, C174, C175, C176, C177, C178, C179, C181], &[C173, C174, C175, C176, C177, C178, C179, C182, C183], &[C173, C174, C175, C176, C177, C178, C179, C108, C0], &[C173, C174, C175, C176, C177, C178, C179, C108, C180], &[C173, C174, C175, C176, C177, C178, C179, C108, C181], &[C173, C174, C175, C176, C177, C178, C179, C108, C182, C183], &[C173, C184, C185, C185, C186, C108, C179, C175, C187, C179, C178, C188, C109, C0], &[C173, C184, C185, C185, C186, C108, C179, C175, C187, C179, C178, C188, C109, C180], &[C173, C184, C185, C185, C186, C108, C179, C175, C187, C179, C178, C188, C109, C181], &[C173, C184, C185, C185, C186, C108, C179, C175, C187, C179, C178, C188, C109, C182, C183], &[C173, C184, C185, C185, C186, C108, C179, C175, C187, C179, C178, C188, C109, C108, C0], &[C173, C184, C185, C185, C186, C108, C179, C175, C187, C179, C178, C188, C109, C108, C180], &[C173, C184, C185, C185, C186, C108, C179, C175, C187, C179, C178, C188, C109, C108, C181], &[C173, C184, C185, C185, C186, C108, C179, C175, C187, C179, C178, C188, C109, C108, C182, C183], &[C173, C184, C189, C187, C190, C176, C0], &[C173, C184, C189, C187, C190, C176, C191, C108, C188, C186, C175, C192, C176, C0], &[C173, C184, C189, C187, C190, C176, C191, C108, C188, C186, C175, C192, C176, C180], &[C173, C184, C189, C187, C190, C176, C191, C108, C188, C186, C175, C192, C176, C181], &[C173, C184, C189, C187, C190, C176, C191, C108, C188, C186, C175, C192, C176, C182, C183], &[C173, C184, C189, C187, C190, C176, C191, C108, C188, C186, C175, C192, C176, C108, C0], &[C173, C184, C189, C187, C190, C176, C191, C108, C188, C186, C175, C192, C176, C108, C180], &[C173, C184, C189, C187, C190, C176, C191, C108, C188, C186, C175, C192, C176, C108, C181], &[C173, C184, C189, C187, C190, C176, C191, C108, C188, C186, C175, C192, C176, C108, C182, C183], &[C173, C184, C189, C187, C190, C176, C180], &[C173, C184, C189, C187, C190, C176, C181], &[C173, C184, C189, C187, C190, C176, C182, C183], &[C173, C184, C189, C187, C190, C176, C108, C0], &[C173, C184, C189, C187, C190, C176, C108, C180], &[C173, C184, C189, C187, C190, C176, C108, C181], &[C173, C184, C189, C187, C190, C176, C108, C182, C183], &[C173, C193, C194, C188, C179, C188, C0], &[C173, C193, C194, C188, C179, C188, C180], &[C173, C193, C194, C188, C179, C188, C181], &[C173, C193, C194, C188, C179, C188, C182, C183], &[C173, C193, C194, C188, C179, C188, C190, C175, C187, C195, C194, C0], &[C173, C193, C194, C188, C179, C188, C190, C175, C187, C195, C194, C180], &[C173, C193, C194, C188, C179, C188, C190, C175, C187, C195, C194, C181], &[C173, C193, C194, C188, C179, C188, C190, C175, C187, C195, C194, C182, C183], &[C173, C193, C194, C188, C179, C188, C190, C175, C187, C195, C194, C108, C0], &[C173, C193, C194, C188, C179, C188, C190, C175, C187, C195, C194, C108, C180], &[C173, C193, C194, C188, C179, C188, C190, C175, C187, C195, C194, C108, C181], &[C173, C193, C194, C188, C179, C188, C190, C175, C187, C195, C194, C108, C182, C183], &[C173, C193, C194, C188, C179, C188, C108, C0], &[C173, C193, C194, C188, C179, C188, C108, C180], &[C173, C193, C194, C188, C179, C188, C108, C181], &[C173, C193, C194, C188, C179, C188, C108, C182, C183], &[C173, C193, C178, C192, C179, C186, C175, C176, C0], &[C173, C193, C178, C192, C179, C186, C175, C176, C180], &[C173, C193, C178, C192, C179, C186, C175, C176, C181], &[C173, C193, C178, C192, C179, C186, C175, C176, C182, C183], &[C173, C193, C178, C192, C179, C186, C175, C176, C108, C0], &[C173, C193, C178, C192, C179, C186, C175, C176, C108, C180], &[C173, C193, C178, C192, C179, C186, C175, C176, C108, C181], &[C173, C193, C178, C192, C179, C186, C175, C176, C108, C182, C183], &[C174, C175, C176, C177, C178, C179, C0], &[C174, C175, C176, C177, C178, C179, C180], &[C174, C175, C176, C177, C178, C179, C181], &[C174, C175, C176, C177, C178, C179, C182, C183], &[C174, C175, C176, C177, C178, C179, C108, C0], &[C174, C175, C176, C177, C178, C179, C108, C180], &[C174, C175, C176, C177, C178, C179, C108, C181], &[C174, C175, C176, C177, C178, C179, C108, C182, C183], &[C184, C185, C185, C186, C108, C179, C175, C187, C179, C178, C188, C109, C0], &[C184, C185, C185, C186, C108, C179, C175, C187, C179, C178, C188, C109, C180], &[C184, C185, C185, C186, C108, C179, C175, C187, C179, C178, C188, C109, C181], &[C184, C185, C185, C186, C108, C179, C175, C187, C179, C178, C188, C109, C182, C183], &[C184, C185, C185, C186, C108, C179, C175, C187, C179, C178, C188, C109, C108, C0], &[C184, C185, C185, C186, C108, C179, C175, C187, C179, C178, C188, C109, C108, C180], &[C184, C185, C185, C186, C108, C179, C175, C187, C179, C178, C188, C109, C108, C181], &[C184, C185, C185, C186, C108, C179, C175, C187, C179, C178, C188, C109, C108, C182, C183], &[C184, C189, C187, C190, C176, C0], &[C184, C189, C187, C190, C176, C191, C108, C188, C186, C175, C192, C176, C0], &[C184, C189, C187, C190, C176, C191, C108, C188, C186, C175, C192, C176, C180], &[C184, C189, C187, C190, C176, C191, C108, C188, C186, C175, C192, C176, C181], &[C184, C189, C187, C190, C176, C191, C108, C188, C186, C175, C192, C176, C182, C183], &[C184, C189, C187, C190, C176, C191, C108, C188, C186, C175, C192, C176, C108, C0], &[C184, C189, C187, C190, C176, C191, C108, C188, C186, C175, C192, C176, C108, C180], &[C184, C189, C187, C190, C176, C191, C108, C188, C186, C175, C192, C176, C108, C181], &[C184, C189, C187, C190, C176, C191, C108, C188, C186, C175, C192, C176, C108, C182, C183], &[C184, C189, C187, C190, C176, C180], &[C184, C189, C187, C190, C176, C181], &[C184, C189, C187, C190, C176, C182, C183], &[C184, C189, C187, C190, C176, C108, C0], &[C184, C189, C187, C190, C176, C108, C180], &[C184, C189, C187, C190, C176, C108, C181], &[C184, C189, C187, C190, C176, C108, C182, C183], &[C193, C194, C188, C179, C188, C0], &[C193, C194, C188, C179, C188, C180], &[C193, C194, C188, C179, C188, C181], &[C193, C194, C188, C179, C188, C182, C183], &[C193, C194, C188, C179, C188, C190, C175, C187, C195, C194, C0], &[C193, C194, C188, C179, C188, C190, C175, C187, C195, C194, C180], &[C193, C194, C188, C179, C188, C190, C175, C187, C195, C194, C181], &[C193, C194, C188, C179, C188, C190, C175, C187, C195, C194, C182, C183], &[C193, C194, C188, C179, C188, C190, C175, C187, C195, C194, C108, C0], &[C193, C194, C188, C179, C188, C190, C175, C187, C195, C194, C108, C180], &[C193, C194, C188, C179, C188, C190, C175, C187, C195, C194, C108, C181], &[C193, C194, C188, C179, C188, C190, C175, C187, C195, C194, C108, C182, C183], &[C193, C194, C188, C179, C188, C108, C0], &[C193, C194, C188, C179, C188, C108, C180], &[C193, C194, C188, C179, C188, C108, C181], &[C193, C194, C188, C179, C188, C108, C182, C183], &[C193, C178, C192, C179, C186, C175, C176, C0], &[C193, C178, C192, C179, C186, C175, C176, C180], &[C193, C178, C192, C179, C186, C175, C176, C181], &[C193, C178, C192, C179, C186, C175, C176, C182, C183], &[C193, C178, C192, C179, C186, C175, C176, C108, C0], &[C193, C178, C192, C179, C186, C175, C176, C108, C180], &[C193, C178, C192, C179, C186, C175, C176, C108, C181], &[C193, C178, C192, C179, C186, C175, C176, C108, C182, C183]]) },
        // en.credit.source
        Derived { literals: Some(&[("SOURCE", false), ("Source", false), ("Sources", false)]), first: Some([0x0, 0x80000, 0x0, 0x0]), starts: Some(&[&[C99, C196, C103, C104, C174, C197, C0], &[C99, C196, C103, C104, C174, C197, C181], &[C99, C196, C103, C104, C174, C197, C181, C0], &[C99, C188, C186, C175, C192, C176, C0], &[C99, C188, C186, C175, C192, C176, C181], &[C99, C188, C186, C175, C192, C176, C181, C0], &[C99, C188, C186, C175, C192, C176, C108, C0], &[C99, C188, C186, C175, C192, C176, C108, C181], &[C99, C188, C186, C175, C192, C176, C108, C181, C0]]) },
        // en.timestamp.label
        Derived { literals: Some(&[("first published", true), ("first publiſhed", true), ("firſt published", true), ("firſt publiſhed", true), ("last updated", true), ("laſt updated", true), ("posted", true), ("poſted", true), ("published", true), ("publiſhed", true), ("updated", true)]), first: Some([0x0, 0x21104000211040, 0x0, 0x0]), starts: Some(&[&[C198, C199, C200, C201, C202, C191, C203, C204, C171, C205, C199, C201, C206, C207, C208, C50], &[C198, C199, C200, C201, C202, C191, C203, C204, C171, C205, C199, C201, C206, C207, C208, C75], &[C198, C199, C200, C201, C202, C191, C203, C204, C171, C205, C199, C201, C206, C207, C208, C187], &[C205, C209, C201, C202, C191, C204, C203, C208, C209, C202, C207, C208, C50], &[C205, C209, C201, C202, C191, C204, C203, C208, C209, C202, C207, C208, C75], &[C205, C209, C201, C202, C191, C204, C203, C208, C209, C202, C207, C208, C187, C190, C188], &[C203, C210, C201, C202, C207, C208, C50], &[C203, C210, C201, C202, C207, C208, C75], &[C203, C210, C201, C202, C207, C208, C187, C190, C188], &[C203, C204, C171, C205, C199, C201, C206, C207, C208, C50], &[C203, C204, C171, C205, C199, C201, C206, C207, C208, C75], &[C203, C204, C171, C205, C199, C201, C206, C207, C208, C187, C190, C188], &[C204, C203, C208, C209, C202, C207, C208, C50], &[C204, C203, C208, C209, C202, C207, C208, C75], &[C204, C203, C208, C209, C202, C207, C208, C187, C190, C188]]) },
        // en.credit.agency
        Derived { literals: Some(&[("AFP", false), ("AP", false), ("Agence France-Presse", false), ("Associated Press", false), ("Bloomberg", false), ("Reuters", false)]), first: Some([0x0, 0x7fffffe, 0x0, 0x18406003fe3f8]), starts: None },
        // en.teaser.header
        Derived { literals: None, first: Some([0x0, 0x21c3022021c3022, 0x0, 0x20]), starts: Some(&[&[C209, C205, C201, C210, C191, C200, C207, C209, C208], &[C209, C205, C201, C210, C191, C200, C207, C209, C208, C0], &[C209, C205, C201, C210, C191, C200, C207, C209, C208, C181], &[C207, C208, C199, C202, C210, C200, C211, C201, C191, C203, C199, C212, C213, C201], &[C207, C208, C199, C202, C210, C200, C211, C201, C191, C203, C199, C212, C213, C201, C0], &[C207, C208, C199, C202, C210, C200, C211, C201, C191, C203, C199, C212, C213, C201, C181], &[C207, C208, C199, C202, C210, C200, C201, C191, C203, C199, C212, C213, C201], &[C207, C208, C199, C202, C210, C200, C201, C191, C203, C199, C212, C213, C201, C0], &[C207, C208, C199, C202, C210, C200, C201, C191, C203, C199, C212, C213, C201, C181], &[C205, C209, C202, C207, C201, C202, C191, C214, C207, C215, C201], &[C205, C209, C202, C207, C201, C202, C191, C214, C207, C215, C201, C0], &[C205, C209, C202, C207, C201, C202, C191, C214, C207, C215, C201, C181], &[C205, C209, C202, C207, C201, C202, C191, C201, C202, C210, C200, C199, C207, C201], &[C205, C209, C202, C207, C201, C202, C191, C201, C202, C210, C200, C199, C207, C201, C0], &[C205, C209, C202, C207, C201, C202, C191, C201, C202, C210, C200, C199, C207, C201, C181], &[C216, C210, C200, C207, C191, C214, C207, C215, C201], &[C216, C210, C200, C207, C191, C214, C207, C215, C201, C0], &[C216, C210, C200, C207, C191, C214, C207, C215, C201, C181], &[C216, C210, C200, C207, C191, C210, C214, C191, C202, C206, C199, C201, C191, C201, C202, C210], &[C216, C210, C200, C207, C191, C201, C202, C210, C200, C199, C207, C201], &[C216, C210, C200, C207, C191, C201, C202, C210, C200, C199, C207, C201, C0], &[C216, C210, C200, C207, C191, C201, C202, C210, C200, C199, C207, C201, C181], &[C216, C210, C201, C202, C191, C203, C210, C203, C204, C205, C209, C200], &[C216, C210, C201, C202, C191, C203, C210, C203, C204, C205, C209, C200, C0], &[C216, C210, C201, C202, C191, C203, C210, C203, C204, C205, C209, C200, C181], &[C216, C210, C201, C202, C191, C200, C207, C209, C208], &[C216, C210, C201, C202, C191, C200, C207, C209, C208, C0], &[C216, C210, C201, C202, C191, C200, C207, C209, C208, C181], &[C216, C210, C201, C202, C191, C217, C199, C207, C215, C207, C208], &[C216, C210, C201, C202, C191, C217, C199, C207, C215, C207, C208, C0], &[C216, C210, C201, C202, C191, C217, C199, C207, C215, C207, C208, C181], &[C200, C207, C209, C208, C191, C216, C210, C200, C207], &[C200, C207, C209, C208, C191, C216, C210, C200, C207, C0], &[C200, C207, C209, C208, C191, C216, C210, C200, C207, C181], &[C200, C207, C212, C210, C216, C216, C207, C214, C208, C207, C208], &[C200, C207, C212, C210, C216, C216, C207, C214, C208, C207, C208, C0], &[C200, C207, C212, C210, C216, C216, C207, C214, C208, C207, C208, C191, C198, C210, C200, C191], &[C200, C207, C212, C210, C216, C216, C207, C214, C208, C207, C208, C181], &[C200, C207, C205, C209, C202, C207, C208], &[C200, C207, C205, C209, C202, C207, C208, C0], &[C200, C207, C205, C209, C202, C207, C208, C181], &[C201, C207, C207, C191, C209, C205, C201, C210], &[C201, C207, C207, C191, C209, C205, C201, C210, C0], &[C201, C207, C207, C191, C209, C205, C201, C210, C181], &[C202, C200, C207, C214, C208, C199, C214, C218], &[C202, C200, C207, C214, C208, C199, C214, C218, C0], &[C202, C200, C207, C214, C208, C199, C214, C218, C191, C214, C210, C215], &[C202, C200, C207, C214, C208, C199, C214, C218, C191, C214, C210, C215, C0], &[C202, C200, C207, C214, C208, C199, C214, C218, C191, C214, C210, C215, C181], &[C202, C200, C207, C214, C208, C199, C214, C218, C181], &[C172, C210, C204, C191, C216, C209, C172, C191, C209, C205, C201, C210, C191, C205, C199, C213], &[C172, C210, C204, C191, C216, C199, C218, C206, C202, C191, C209, C205, C201, C210, C191, C205]]) },
        // en.teaser.inline
        Derived { literals: Some(&[("also read", true), ("alſo read", true), ("read also", true), ("read alſo", true), ("read more", true), ("related", true), ("see also", true), ("see alſo", true), ("ſee also", true), ("ſee alſo", true)]), first: Some([0x0, 0xc0002000c0002, 0x0, 0x20]), starts: Some(&[&[C209, C205, C201, C210, C191, C200, C207, C209, C208, C0], &[C209, C205, C201, C210, C191, C200, C207, C209, C208, C181, C131], &[C209, C205, C201, C210, C191, C200, C207, C209, C208, C181, C131, C50], &[C209, C205, C201, C210, C191, C200, C207, C209, C208, C181, C0], &[C200, C207, C209, C208, C191, C209, C205, C201, C210, C0], &[C200, C207, C209, C208, C191, C209, C205, C201, C210, C181, C131], &[C200, C207, C209, C208, C191, C209, C205, C201, C210, C181, C131, C50], &[C200, C207, C209, C208, C191, C209, C205, C201, C210, C181, C0], &[C200, C207, C209, C208, C191, C216, C210, C200, C207, C0], &[C200, C207, C209, C208, C191, C216, C210, C200, C207, C181, C131], &[C200, C207, C209, C208, C191, C216, C210, C200, C207, C181, C131, C50], &[C200, C207, C209, C208, C191, C216, C210, C200, C207, C181, C0], &[C200, C207, C205, C209, C202, C207, C208, C0], &[C200, C207, C205, C209, C202, C207, C208, C181, C131], &[C200, C207, C205, C209, C202, C207, C208, C181, C131, C50], &[C200, C207, C205, C209, C202, C207, C208, C181, C0], &[C201, C207, C207, C191, C209, C205, C201, C210, C0], &[C201, C207, C207, C191, C209, C205, C201, C210, C181, C131], &[C201, C207, C207, C191, C209, C205, C201, C210, C181, C131, C50], &[C201, C207, C207, C191, C209, C205, C201, C210, C181, C0]]) },
        // en.credit.reporting
        Derived { literals: Some(&[("Additional reporting", false), ("Compiled", false), ("Editing", false), ("Reporting", false), ("Research", false), ("Writing", false)]), first: Some([0x10000000000, 0x0, 0x0, 0x0]), starts: Some(&[&[C173, C0], &[C173, C219, C177, C177, C178, C179, C178, C188, C109, C187, C185, C191, C175, C176, C195, C188], &[C173, C174, C188, C189, C195, C178, C185, C176, C177, C0], &[C173, C197, C177, C178, C179, C178, C109, C190, C0], &[C173, C104, C176, C195, C188, C175, C179, C178, C109, C190, C0], &[C173, C104, C176, C108, C176, C187, C175, C192, C194, C0], &[C173, C220, C175, C178, C179, C178, C109, C190, C0]]) },
        // en.promo.subscribe
        Derived { literals: None, first: Some([0x0, 0xc00d0000c00d0, 0x0, 0x20]), starts: Some(&[&[C208, C210, C215, C214, C205, C210, C209, C208, C191, C210, C204, C200, C191, C131], &[C208, C210, C215, C214, C205, C210, C209, C208, C191, C210, C204, C200, C191, C209, C203, C203], &[C208, C210, C215, C214, C205, C210, C209, C208, C191, C202, C206, C207, C191, C131], &[C208, C210, C215, C214, C205, C210, C209, C208, C191, C202, C206, C207, C191, C209, C203, C203], &[C198, C210, C205, C205, C210, C215, C191, C221, C222], &[C198, C210, C205, C205, C210, C215, C191, C204, C201, C191, C210, C214], &[C198, C210, C205, C205, C210, C215, C191, C204, C201, C191, C210, C214, C50], &[C198, C210, C200, C191, C50], &[C198, C210, C200, C191, C208, C210, C215, C214, C205, C210, C209, C208, C191, C210, C204, C200], &[C198, C210, C200, C191, C208, C210, C215, C214, C205, C210, C209, C208, C191, C202, C206, C207], &[C218, C207, C202, C191, C50], &[C218, C207, C202, C191, C210, C204, C200, C191, C50], &[C218, C207, C202, C191, C210, C204, C200, C191, C171, C200, C199, C207, C198, C199, C214, C218], &[C218, C207, C202, C191, C210, C204, C200, C191, C208, C199, C218, C207, C201, C202], &[C218, C207, C202, C191, C210, C204, C200, C191, C208, C199, C218, C207, C201, C202, C50], &[C218, C207, C202, C191, C210, C204, C200, C191, C214, C207, C215, C201, C205, C207, C202, C202], &[C218, C207, C202, C191, C202, C206, C207, C191, C50], &[C218, C207, C202, C191, C202, C206, C207, C191, C171, C200, C199, C207, C198, C199, C214, C218], &[C218, C207, C202, C191, C202, C206, C207, C191, C208, C199, C218, C207, C201, C202], &[C218, C207, C202, C191, C202, C206, C207, C191, C208, C199, C218, C207, C201, C202, C50], &[C218, C207, C202, C191, C202, C206, C207, C191, C214, C207, C215, C201, C205, C207, C202, C202], &[C200, C207, C218, C199, C201, C202, C207, C200, C191, C198, C210, C200], &[C200, C207, C218, C199, C201, C202, C207, C200, C191, C198, C210, C200, C50], &[C200, C207, C218, C199, C201, C202, C207, C200, C191, C202, C210], &[C200, C207, C218, C199, C201, C202, C207, C200, C191, C202, C210, C50], &[C201, C199, C218, C214, C191, C204, C203, C191, C198, C210, C200], &[C201, C199, C218, C214, C191, C204, C203, C191, C198, C210, C200, C50], &[C201, C199, C218, C214, C191, C204, C203, C191, C202, C210], &[C201, C199, C218, C214, C191, C204, C203, C191, C202, C210, C50], &[C201, C204, C171, C201, C212, C200, C199, C171, C207], &[C201, C204, C171, C201, C212, C200, C199, C171, C207, C191, C198, C210, C200], &[C201, C204, C171, C201, C212, C200, C199, C171, C207, C191, C198, C210, C200, C50], &[C201, C204, C171, C201, C212, C200, C199, C171, C207, C191, C214, C210, C215], &[C201, C204, C171, C201, C212, C200, C199, C171, C207, C191, C214, C210, C215, C50], &[C201, C204, C171, C201, C212, C200, C199, C171, C207, C191, C202, C210], &[C201, C204, C171, C201, C212, C200, C199, C171, C207, C191, C202, C210, C50]]) },
        // en.promo.subscribe-call
        Derived { literals: Some(&[("Register for ", false), ("Register to ", false), ("Register with ", false), ("SIGN UP for ", false), ("SIGN UP to ", false), ("SIGN UP with ", false), ("SUBSCRIBE for ", false), ("SUBSCRIBE to ", false), ("SUBSCRIBE with ", false), ("Sign up for ", false), ("Sign up to ", false), ("Sign up with ", false), ("Subscribe for ", false), ("Subscribe to ", false), ("Subscribe with ", false)]), first: Some([0x0, 0xc0000, 0x0, 0x0]), starts: Some(&[&[C104, C176, C190, C178, C108, C179, C176, C175, C191, C223, C188, C175, C191], &[C104, C176, C190, C178, C108, C179, C176, C175, C191, C179, C188, C191], &[C104, C176, C190, C178, C108, C179, C176, C175, C191, C224, C178, C179, C194, C191], &[C99, C184, C225, C100, C191, C103, C193, C191, C223, C188, C175, C191], &[C99, C184, C225, C100, C191, C103, C193, C191, C179, C188, C191], &[C99, C184, C225, C100, C191, C103, C193, C191, C224, C178, C179, C194, C191], &[C99, C103, C226, C99, C174, C104, C184, C226, C197, C191, C223, C188, C175, C191], &[C99, C103, C226, C99, C174, C104, C184, C226, C197, C191, C179, C188, C191], &[C99, C103, C226, C99, C174, C104, C184, C226, C197, C191, C224, C178, C179, C194, C191], &[C99, C178, C190, C109, C191, C186, C195, C191, C223, C188, C175, C191], &[C99, C178, C190, C109, C191, C186, C195, C191, C179, C188, C191], &[C99, C178, C190, C109, C191, C186, C195, C191, C224, C178, C179, C194, C191], &[C99, C186, C182, C108, C192, C175, C178, C182, C176, C191, C223, C188, C175, C191], &[C99, C186, C182, C108, C192, C175, C178, C182, C176, C191, C179, C188, C191], &[C99, C186, C182, C108, C192, C175, C178, C182, C176, C191, C224, C178, C179, C194, C191]]) },
        // en.share.label
        Derived { literals: None, first: Some([0x0, 0x8002800080028, 0x0, 0x20]), starts: Some(&[&[C212, C210, C203, C172, C191, C209, C200, C202, C199, C212, C205, C207, C191, C205, C199, C214], &[C212, C210, C203, C172, C191, C205, C199, C214, C213], &[C207, C216, C209, C199, C205], &[C201, C206, C209, C200, C207], &[C201, C206, C209, C200, C207, C191, C210, C214, C191, C207, C216, C209, C199, C205], &[C201, C206, C209, C200, C207, C191, C210, C214, C191, C198, C209, C212, C207, C171, C210, C210], &[C201, C206, C209, C200, C207, C191, C210, C214, C191, C205, C199, C214, C213, C207, C208, C199], &[C201, C206, C209, C200, C207, C191, C210, C214, C191, C202, C215, C199, C202, C202, C207, C200], &[C201, C206, C209, C200, C207, C191, C210, C214, C191, C215, C206, C209, C202, C201, C209, C203], &[C201, C206, C209, C200, C207, C191, C210, C214, C191, C227], &[C201, C206, C209, C200, C207, C191, C202, C206, C199, C201], &[C201, C206, C209, C200, C207, C191, C202, C206, C199, C201, C191, C209, C200, C202, C199, C212], &[C201, C206, C209, C200, C207, C191, C202, C206, C199, C201, C191, C201, C202, C210, C200, C172]]) },
        // en.widget.label
        Derived { literals: None, first: Some([0x3ff000000000000, 0xcd103a00cd103a, 0x0, 0x184038a000020]), starts: Some(&[&[C75], &[C209, C208], &[C209, C208, C217, C207, C200, C202, C199, C201, C207, C216, C207, C214, C202], &[C212, C210, C216, C216, C207, C214, C202], &[C212, C210, C216, C216, C207, C214, C202, C201], &[C208, C199, C208, C191, C172, C210, C204, C191, C198, C199, C214, C208, C191, C202, C206, C199], &[C207, C214, C205, C209, C200, C218, C207, C191, C199, C216, C209, C218, C207], &[C207, C214, C205, C209, C200, C218, C207, C191, C202, C206, C199, C201, C191, C199, C216, C209], &[C205, C199, C201, C202, C207, C214, C191, C202, C210, C191, C202, C206, C199, C201, C191, C209], &[C203, C200, C199, C214, C202], &[C200, C207, C209, C208, C191, C216, C210, C200, C207], &[C201, C209, C217, C207], &[C201, C213, C199, C203, C191, C209, C208, C217, C207, C200, C202, C199, C201, C207, C216, C207], &[C217, C199, C207, C215, C191, C218, C209, C205, C205, C207, C200, C172], &[C215, C209, C201, C191, C202, C206, C199, C201, C191, C209, C200, C202, C199, C212, C205, C207], &[C215, C209, C201, C191, C202, C206, C199, C201, C191, C203, C209, C218, C207, C191, C206, C207], &[C215, C209, C201, C191, C202, C206, C199, C201, C191, C203, C209, C218, C207, C191, C204, C201], &[C215, C209, C201, C191, C202, C206, C199, C201, C191, C203, C210, C201, C202, C191, C206, C207], &[C215, C209, C201, C191, C202, C206, C199, C201, C191, C203, C210, C201, C202, C191, C204, C201], &[C215, C209, C201, C191, C202, C206, C199, C201, C191, C201, C202, C210, C200, C172, C191, C206], &[C215, C209, C201, C191, C202, C206, C199, C201, C191, C201, C202, C210, C200, C172, C191, C204]]) },
        // en.widget.script-required
        Derived { literals: None, first: Some([0x0, 0x10002002110000, 0x0, 0x0]), starts: Some(&[&[C193, C185, C176, C187, C108, C176, C191, C176, C109, C187, C182, C185, C176, C191, C228, C187], &[C193, C185, C176, C187, C108, C176, C191, C179, C186, C175, C109, C191, C188, C109, C191, C228], &[C229, C194, C176, C191, C187, C186, C177, C178, C188, C191, C230], &[C229, C194, C176, C191, C187, C186, C177, C178, C188, C191, C175, C176, C231, C186, C178, C175], &[C229, C194, C176, C191, C192, C188, C109, C179, C176, C109, C179, C191, C230], &[C229, C194, C176, C191, C192, C188, C109, C179, C176, C109, C179, C191, C175, C176, C231, C186], &[C229, C194, C176, C191, C176, C189, C182, C176, C177, C191, C230], &[C229, C194, C176, C191, C176, C189, C182, C176, C177, C191, C175, C176, C231, C186, C178, C175], &[C229, C194, C176, C191, C223, C176, C187, C179, C186, C175, C176, C191, C230], &[C229, C194, C176, C191, C223, C176, C187, C179, C186, C175, C176, C191, C175, C176, C231, C186], &[C229, C194, C176, C191, C223, C188, C175, C189, C191, C230], &[C229, C194, C176, C191, C223, C188, C175, C189, C191, C175, C176, C231, C186, C178, C175, C176], &[C229, C194, C176, C191, C190, C187, C185, C185, C176, C175, C183, C191, C230], &[C229, C194, C176, C191, C190, C187, C185, C185, C176, C175, C183, C191, C175, C176, C231, C186], &[C229, C194, C176, C191, C178, C109, C179, C176, C175, C187, C192, C179, C178, C232, C176, C191], &[C229, C194, C176, C191, C189, C187, C195, C191, C230], &[C229, C194, C176, C191, C189, C187, C195, C191, C175, C176, C231, C186, C178, C175, C176, C108], &[C229, C194, C176, C191, C195, C187, C190, C176, C191, C230], &[C229, C194, C176, C191, C195, C187, C190, C176, C191, C175, C176, C231, C186, C178, C175, C176], &[C229, C194, C176, C191, C195, C185, C187, C183, C176, C175, C191, C230], &[C229, C194, C176, C191, C195, C185, C187, C183, C176, C175, C191, C175, C176, C231, C186, C178], &[C229, C194, C176, C191, C108, C185, C178, C177, C176, C108, C194, C188, C224, C191, C230], &[C229, C194, C176, C191, C108, C185, C178, C177, C176, C108, C194, C188, C224, C191, C175, C176], &[C229, C194, C176, C191, C232, C178, C177, C176, C188, C191, C230], &[C229, C194, C176, C191, C232, C178, C177, C176, C188, C191, C175, C176, C231, C186, C178, C175], &[C229, C194, C178, C108, C191, C187, C186, C177, C178, C188, C191, C230], &[C229, C194, C178, C108, C191, C187, C186, C177, C178, C188, C191, C175, C176, C231, C186, C178], &[C229, C194, C178, C108, C191, C192, C188, C109, C179, C176, C109, C179, C191, C230], &[C229, C194, C178, C108, C191, C192, C188, C109, C179, C176, C109, C179, C191, C175, C176, C231], &[C229, C194, C178, C108, C191, C176, C189, C182, C176, C177, C191, C230], &[C229, C194, C178, C108, C191, C176, C189, C182, C176, C177, C191, C175, C176, C231, C186, C178], &[C229, C194, C178, C108, C191, C223, C176, C187, C179, C186, C175, C176, C191, C230], &[C229, C194, C178, C108, C191, C223, C176, C187, C179, C186, C175, C176, C191, C175, C176, C231], &[C229, C194, C178, C108, C191, C223, C188, C175, C189, C191, C230], &[C229, C194, C178, C108, C191, C223, C188, C175, C189, C191, C175, C176, C231, C186, C178, C175], &[C229, C194, C178, C108, C191, C190, C187, C185, C185, C176, C175, C183, C191, C230], &[C229, C194, C178, C108, C191, C190, C187, C185, C185, C176, C175, C183, C191, C175, C176, C231], &[C229, C194, C178, C108, C191, C178, C109, C179, C176, C175, C187, C192, C179, C178, C232, C176], &[C229, C194, C178, C108, C191, C189, C187, C195, C191, C230], &[C229, C194, C178, C108, C191, C189, C187, C195, C191, C175, C176, C231, C186, C178, C175, C176], &[C229, C194, C178, C108, C191, C195, C187, C190, C176, C191, C230], &[C229, C194, C178, C108, C191, C195, C187, C190, C176, C191, C175, C176, C231, C186, C178, C175], &[C229, C194, C178, C108, C191, C195, C185, C187, C183, C176, C175, C191, C230], &[C229, C194, C178, C108, C191, C195, C185, C187, C183, C176, C175, C191, C175, C176, C231, C186], &[C229, C194, C178, C108, C191, C108, C185, C178, C177, C176, C108, C194, C188, C224, C191, C230], &[C229, C194, C178, C108, C191, C108, C185, C178, C177, C176, C108, C194, C188, C224, C191, C175], &[C229, C194, C178, C108, C191, C232, C178, C177, C176, C188, C191, C230], &[C229, C194, C178, C108, C191, C232, C178, C177, C176, C188, C191, C175, C176, C231, C186, C178], &[C233, C188, C186, C191, C189, C186, C108, C179, C191, C176, C109, C187, C182, C185, C176, C191], &[C233, C188, C186, C191, C109, C176, C176, C177, C191, C179, C188, C191, C176, C109, C187, C182], &[C176, C109, C187, C182, C185, C176, C191, C228, C187, C232, C187, C99, C192, C175, C178, C195], &[C179, C186, C175, C109, C191, C188, C109, C191, C228, C187, C232, C187, C99, C192, C175, C178]]) },
        // en.ad.label
        Derived { literals: Some(&[("ADVERT", false), ("ADVERTISEMENT", false), ("Advert", false), ("Advertisement", false)]), first: Some([0x0, 0x2, 0x0, 0x0]), starts: Some(&[&[C219, C234, C235, C197, C104, C229], &[C219, C234, C235, C197, C104, C229, C0], &[C219, C234, C235, C197, C104, C229, C184, C99, C197, C236, C197, C100, C229, C0], &[C219, C177, C232, C176, C175, C179], &[C219, C177, C232, C176, C175, C179, C0], &[C219, C177, C232, C176, C175, C179, C178, C108, C176, C189, C176, C109, C179, C0]]) },
        // en.credit.dateline
        Derived { literals: Some(&[("(AFP)", false), ("(AP)", false), ("(Bloomberg)", false), ("(CNN)", false), ("(Kyodo)", false), ("(Reuters)", false), ("(UPI)", false), ("(Xinhua)", false), ("(Yonhap)", false), ("(dpa)", false)]), first: Some([0x0, 0x7fffffe, 0x0, 0x18406003fe3f8]), starts: None },
    ],
    // ja
    &[
        // ja.credit.agency
        Derived { literals: Some(&[("AFP", false), ("AP", false), ("CNN", false), ("EPA", false), ("NNA", false), ("dpa", false), ("ブルームバーグ", false), ("ロイター", false), ("共同", false), ("共同通信", false), ("新華社", false), ("時事", false), ("時事通信", false), ("聯合", false)]), first: Some([0x10000000000, 0x0, 0x0, 0x800000000000]), starts: Some(&[&[C237, C0], &[C237, C219, C238, C193, C0], &[C237, C219, C238, C193, C239, C0], &[C237, C219, C238, C193, C239, C240], &[C237, C219, C193, C0], &[C237, C219, C193, C239, C0], &[C237, C219, C193, C239, C240], &[C237, C240], &[C237, C174, C100, C100, C0], &[C237, C174, C100, C100, C239, C0], &[C237, C174, C100, C100, C239, C240], &[C237, C197, C193, C219, C0], &[C237, C197, C193, C219, C239, C0], &[C237, C197, C193, C219, C239, C240], &[C237, C100, C100, C219, C0], &[C237, C100, C100, C219, C239, C0], &[C237, C100, C100, C219, C239, C240], &[C237, C177, C195, C187, C0], &[C237, C177, C195, C187, C239, C0], &[C237, C177, C195, C187, C239, C240], &[C237, C241, C242, C243, C244, C0], &[C237, C241, C242, C243, C244, C239, C0], &[C237, C241, C242, C243, C244, C239, C240], &[C237, C245, C246, C247, C0], &[C237, C245, C246, C247, C239, C0], &[C237, C245, C246, C247, C239, C240], &[C237, C248, C249, C0], &[C237, C248, C249, C239, C0], &[C237, C248, C249, C239, C240]]) },
        // ja.credit.bracketed-name
        Derived { literals: Some(&[("(", false), ("（", false)]), first: Some([0x10000000000, 0x0, 0x0, 0x800000000000]), starts: Some(&[&[C237, C0], &[C237, C250]]) },
        // ja.copyright
        Derived { literals: Some(&[("Copyright", false), ("©", false), ("無断複製", false), ("無断転載", false), ("著作権は", false)]), first: None, starts: None },
        // ja.timestamp
        Derived { literals: Some(&[("-", false), (".", false), ("/", false), ("年", false)]), first: Some([0x3ff000000000000, 0x0, 0x0, 0x186638a000000]), starts: Some(&[&[C75], &[C251, C252, C0], &[C251, C252, C75], &[C251, C252, C253, C0], &[C251, C252, C253, C75], &[C251, C252, C254, C255, C0], &[C251, C252, C254, C255, C75], &[C251, C252, C254, C255, C253, C0], &[C251, C252, C254, C255, C253, C75], &[C256, C257, C0], &[C256, C257, C75], &[C256, C257, C253, C0], &[C256, C257, C253, C75], &[C256, C257, C254, C255, C0], &[C256, C257, C254, C255, C75], &[C256, C257, C254, C255, C253, C0], &[C256, C257, C254, C255, C253, C75], &[C258, C245, C0], &[C258, C245, C75], &[C258, C245, C253, C0], &[C258, C245, C253, C75], &[C258, C245, C254, C255, C0], &[C258, C245, C254, C255, C75], &[C258, C245, C254, C255, C253, C0], &[C258, C245, C254, C255, C253, C75], &[C259, C260, C258, C245, C0], &[C259, C260, C258, C245, C75], &[C259, C260, C258, C245, C253, C0], &[C259, C260, C258, C245, C253, C75], &[C259, C260, C258, C245, C254, C255, C0], &[C259, C260, C258, C245, C254, C255, C75], &[C259, C260, C258, C245, C254, C255, C253, C0], &[C259, C260, C258, C245, C254, C255, C253, C75], &[C261, C262, C0], &[C261, C262, C75], &[C261, C262, C253, C0], &[C261, C262, C253, C75], &[C261, C262, C254, C255, C0], &[C261, C262, C254, C255, C75], &[C261, C262, C254, C255, C253, C0], &[C261, C262, C254, C255, C253, C75]]) },
        // ja.credit.reporter
        Derived { literals: Some(&[("編集委員", false), ("記者", false), ("論説委員", false)]), first: Some([0x10000000000, 0x0, 0x0, 0x800000000000]), starts: Some(&[&[C237, C0], &[C237, C263, C264, C265, C266, C267], &[C237, C263, C264, C265, C266, C0], &[C237, C268, C269, C267], &[C237, C268, C269, C0], &[C237, C270, C271, C265, C266, C267], &[C237, C270, C271, C265, C266, C0]]) },
        // ja.credit.source
        Derived { literals: Some(&[("ソース", false), ("元記事", false), ("出典", false), ("引用元", false)]), first: Some([0x0, 0x0, 0x0, 0x2800000000]), starts: Some(&[&[C272, C244, C273, C0], &[C272, C244, C273, C253, C274], &[C272, C244, C273, C253, C274, C275], &[C272, C244, C273, C253, C274, C0], &[C272, C244, C273, C253, C0], &[C276, C268, C277, C0], &[C276, C268, C277, C253, C274], &[C276, C268, C277, C253, C274, C275], &[C276, C268, C277, C253, C274, C0], &[C276, C268, C277, C253, C0], &[C278, C279, C0], &[C278, C279, C253, C274], &[C278, C279, C253, C274, C275], &[C278, C279, C253, C274, C0], &[C278, C279, C253, C0], &[C280, C281, C276, C0], &[C280, C281, C276, C253, C274], &[C280, C281, C276, C253, C274, C275], &[C280, C281, C276, C253, C274, C0], &[C280, C281, C276, C253, C0]]) },
        // ja.caption.credit
        Derived { literals: Some(&[("写真", false), ("撮影", false), ("画像", false), ("＝", false)]), first: None, starts: None },
        // ja.teaser.header
        Derived { literals: Some(&[("あわせて読みたい", false), ("おすすめ記事", false), ("こちらもおすすめ", false), ("こちらもおすすめ記事", false), ("こちらも読まれています", false), ("アクセスランキング", false), ("ランキング", false), ("人気記事", false), ("合わせて読みたい", false), ("新着記事", false), ("最新記事", false), ("注目記事", false), ("関連ニュース", false), ("関連記事", false)]), first: Some([0x1000000100003e00, 0x8000000, 0x0, 0x827e00000004]), starts: Some(&[&[C0], &[C282, C0], &[C282, C283, C284, C285, C286, C287, C288, C289, C290], &[C282, C283, C284, C285, C286, C287, C288, C289, C290, C0], &[C282, C283, C284, C285, C286, C287, C288, C289, C290, C291], &[C282, C292, C293, C293, C294, C268, C277], &[C282, C292, C293, C293, C294, C268, C277, C0], &[C282, C292, C293, C293, C294, C268, C277, C291], &[C282, C295, C296, C297, C298, C292, C293, C293, C294], &[C282, C295, C296, C297, C298, C292, C293, C293, C294, C0], &[C282, C295, C296, C297, C298, C292, C293, C293, C294, C291], &[C282, C295, C296, C297, C298, C292, C293, C293, C294, C268, C277], &[C282, C295, C296, C297, C298, C292, C293, C293, C294, C268, C277, C0], &[C282, C295, C296, C297, C298, C292, C293, C293, C294, C268, C277, C291], &[C282, C295, C296, C297, C298, C287, C299, C300, C286, C290, C299, C293], &[C282, C295, C296, C297, C298, C287, C299, C300, C286, C290, C299, C293, C0], &[C282, C295, C296, C297, C298, C287, C299, C300, C286, C290, C299, C293, C291], &[C282, C301, C302, C303, C273, C304, C305, C306, C305, C307], &[C282, C301, C302, C303, C273, C304, C305, C306, C305, C307, C0], &[C282, C301, C302, C303, C273, C304, C305, C306, C305, C307, C291], &[C282, C304, C305, C306, C305, C307], &[C282, C304, C305, C306, C305, C307, C0], &[C282, C304, C305, C306, C305, C307, C291], &[C282, C308, C309, C268, C277], &[C282, C308, C309, C268, C277, C0], &[C282, C308, C309, C268, C277, C291], &[C282, C249, C284, C285, C286, C287, C288, C289, C290], &[C282, C249, C284, C285, C286, C287, C288, C289, C290, C0], &[C282, C249, C284, C285, C286, C287, C288, C289, C290, C291], &[C282, C245, C310, C268, C277], &[C282, C245, C310, C268, C277, C0], &[C282, C245, C310, C268, C277, C291], &[C282, C259, C245, C268, C277], &[C282, C259, C245, C268, C277, C0], &[C282, C259, C245, C268, C277, C291], &[C282, C311, C312, C268, C277], &[C282, C311, C312, C268, C277, C0], &[C282, C311, C312, C268, C277, C291], &[C282, C313, C314, C315, C316, C244, C273], &[C282, C313, C314, C315, C316, C244, C273, C0], &[C282, C313, C314, C315, C316, C244, C273, C291], &[C282, C313, C314, C268, C277], &[C282, C313, C314, C268, C277, C0], &[C282, C313, C314, C268, C277, C291], &[C283, C284, C285, C286, C287, C288, C289, C290], &[C283, C284, C285, C286, C287, C288, C289, C290, C0], &[C283, C284, C285, C286, C287, C288, C289, C290, C291], &[C292, C293, C293, C294, C268, C277], &[C292, C293, C293, C294, C268, C277, C0], &[C292, C293, C293, C294, C268, C277, C291], &[C295, C296, C297, C298, C292, C293, C293, C294], &[C295, C296, C297, C298, C292, C293, C293, C294, C0], &[C295, C296, C297, C298, C292, C293, C293, C294, C291], &[C295, C296, C297, C298, C292, C293, C293, C294, C268, C277], &[C295, C296, C297, C298, C292, C293, C293, C294, C268, C277, C0], &[C295, C296, C297, C298, C292, C293, C293, C294, C268, C277, C291], &[C295, C296, C297, C298, C287, C299, C300, C286, C290, C299, C293], &[C295, C296, C297, C298, C287, C299, C300, C286, C290, C299, C293, C0], &[C295, C296, C297, C298, C287, C299, C300, C286, C290, C299, C293, C291], &[C301, C302, C303, C273, C304, C305, C306, C305, C307], &[C301, C302, C303, C273, C304, C305, C306, C305, C307, C0], &[C301, C302, C303, C273, C304, C305, C306, C305, C307, C291], &[C304, C305, C306, C305, C307], &[C304, C305, C306, C305, C307, C0], &[C304, C305, C306, C305, C307, C291], &[C308, C309, C268, C277], &[C308, C309, C268, C277, C0], &[C308, C309, C268, C277, C291], &[C249, C284, C285, C286, C287, C288, C289, C290], &[C249, C284, C285, C286, C287, C288, C289, C290, C0], &[C249, C284, C285, C286, C287, C288, C289, C290, C291], &[C245, C310, C268, C277], &[C245, C310, C268, C277, C0], &[C245, C310, C268, C277, C291], &[C259, C245, C268, C277], &[C259, C245, C268, C277, C0], &[C259, C245, C268, C277, C291], &[C311, C312, C268, C277], &[C311, C312, C268, C277, C0], &[C311, C312, C268, C277, C291], &[C313, C314, C315, C316, C244, C273], &[C313, C314, C315, C316, C244, C273, C0], &[C313, C314, C315, C316, C244, C273, C291], &[C313, C314, C268, C277], &[C313, C314, C268, C277, C0], &[C313, C314, C268, C277, C291]]) },
        // ja.promo.members-only
        Derived { literals: Some(&[("この記事は会員です", false), ("この記事は会員向けです", false), ("この記事は会員向け記事です", false), ("この記事は会員専用です", false), ("この記事は会員専用記事です", false), ("この記事は会員記事です", false), ("この記事は会員限定です", false), ("この記事は会員限定記事です", false), ("この記事は有料です", false), ("この記事は有料会員です", false), ("この記事は有料会員向けです", false), ("この記事は有料会員向け記事です", false), ("この記事は有料会員専用です", false), ("この記事は有料会員専用記事です", false), ("この記事は有料会員記事です", false), ("この記事は有料会員限定です", false), ("この記事は有料会員限定記事です", false), ("この記事は有料向けです", false), ("この記事は有料向け記事です", false), ("この記事は有料専用です", false), ("この記事は有料専用記事です", false), ("この記事は有料記事です", false), ("この記事は有料限定です", false), ("この記事は有料限定記事です", false), ("全文は", false), ("全文を", false), ("残りは", false), ("残りを", false), ("続きは", false), ("続きを", false)]), first: Some([0x0, 0x0, 0x0, 0xe800000000]), starts: Some(&[&[C295, C317, C268, C277, C318, C319, C266, C320, C293], &[C295, C317, C268, C277, C318, C319, C266, C321, C322, C320, C293], &[C295, C317, C268, C277, C318, C319, C266, C321, C322, C268, C277, C320, C293], &[C295, C317, C268, C277, C318, C319, C266, C323, C281, C320, C293], &[C295, C317, C268, C277, C318, C319, C266, C323, C281, C268, C277, C320, C293], &[C295, C317, C268, C277, C318, C319, C266, C268, C277, C320, C293], &[C295, C317, C268, C277, C318, C319, C266, C324, C325, C320, C293], &[C295, C317, C268, C277, C318, C319, C266, C324, C325, C268, C277, C320, C293], &[C295, C317, C268, C277, C318, C326, C327, C320, C293], &[C295, C317, C268, C277, C318, C326, C327, C319, C266, C320, C293], &[C295, C317, C268, C277, C318, C326, C327, C319, C266, C321, C322, C320, C293], &[C295, C317, C268, C277, C318, C326, C327, C319, C266, C321, C322, C268, C277, C320, C293], &[C295, C317, C268, C277, C318, C326, C327, C319, C266, C323, C281, C320, C293], &[C295, C317, C268, C277, C318, C326, C327, C319, C266, C323, C281, C268, C277, C320, C293], &[C295, C317, C268, C277, C318, C326, C327, C319, C266, C268, C277, C320, C293], &[C295, C317, C268, C277, C318, C326, C327, C319, C266, C324, C325, C320, C293], &[C295, C317, C268, C277, C318, C326, C327, C319, C266, C324, C325, C268, C277, C320, C293], &[C295, C317, C268, C277, C318, C326, C327, C321, C322, C320, C293], &[C295, C317, C268, C277, C318, C326, C327, C321, C322, C268, C277, C320, C293], &[C295, C317, C268, C277, C318, C326, C327, C323, C281, C320, C293], &[C295, C317, C268, C277, C318, C326, C327, C323, C281, C268, C277, C320, C293], &[C295, C317, C268, C277, C318, C326, C327, C268, C277, C320, C293], &[C295, C317, C268, C277, C318, C326, C327, C324, C325, C320, C293], &[C295, C317, C268, C277, C318, C326, C327, C324, C325, C268, C277, C320, C293], &[C328, C329, C330, C50], &[C328, C329, C330, C241, C307, C242, C305, C50], &[C328, C329, C330, C241, C307, C242, C305, C292, C287, C288], &[C328, C329, C330, C241, C307, C242, C305, C331, C332], &[C328, C329, C330, C241, C307, C242, C305, C287, C294], &[C328, C329, C330, C319, C266, C50], &[C328, C329, C330, C319, C266, C292, C287, C288], &[C328, C329, C330, C319, C266, C331, C332], &[C328, C329, C330, C319, C266, C287, C294], &[C328, C329, C330, C333, C334, C50], &[C328, C329, C330, C333, C334, C292, C287, C288], &[C328, C329, C330, C333, C334, C331, C332], &[C328, C329, C330, C333, C334, C287, C294], &[C328, C329, C330, C335, C287, C50], &[C328, C329, C330, C335, C287, C292, C287, C288], &[C328, C329, C330, C335, C287, C331, C332], &[C328, C329, C330, C335, C287, C287, C294], &[C336, C337, C330, C50], &[C336, C337, C330, C241, C307, C242, C305, C50], &[C336, C337, C330, C241, C307, C242, C305, C292, C287, C288], &[C336, C337, C330, C241, C307, C242, C305, C331, C332], &[C336, C337, C330, C241, C307, C242, C305, C287, C294], &[C336, C337, C330, C319, C266, C50], &[C336, C337, C330, C319, C266, C292, C287, C288], &[C336, C337, C330, C319, C266, C331, C332], &[C336, C337, C330, C319, C266, C287, C294], &[C336, C337, C330, C333, C334, C50], &[C336, C337, C330, C333, C334, C292, C287, C288], &[C336, C337, C330, C333, C334, C331, C332], &[C336, C337, C330, C333, C334, C287, C294], &[C336, C337, C330, C335, C287, C50], &[C336, C337, C330, C335, C287, C292, C287, C288], &[C336, C337, C330, C335, C287, C331, C332], &[C336, C337, C330, C335, C287, C287, C294], &[C338, C339, C330, C50], &[C338, C339, C330, C241, C307, C242, C305, C50], &[C338, C339, C330, C241, C307, C242, C305, C292, C287, C288], &[C338, C339, C330, C241, C307, C242, C305, C331, C332], &[C338, C339, C330, C241, C307, C242, C305, C287, C294], &[C338, C339, C330, C319, C266, C50], &[C338, C339, C330, C319, C266, C292, C287, C288], &[C338, C339, C330, C319, C266, C331, C332], &[C338, C339, C330, C319, C266, C287, C294], &[C338, C339, C330, C333, C334, C50], &[C338, C339, C330, C333, C334, C292, C287, C288], &[C338, C339, C330, C333, C334, C331, C332], &[C338, C339, C330, C333, C334, C287, C294], &[C338, C339, C330, C335, C287, C50], &[C338, C339, C330, C335, C287, C292, C287, C288], &[C338, C339, C330, C335, C287, C331, C332], &[C338, C339, C330, C335, C287, C287, C294]]) },
        // ja.share.label
        Derived { literals: Some(&[("この記事をシェア", false), ("シェア", false), ("シェアする", false), ("リンクをコピー", false), ("共有", false), ("記事をシェア", false)]), first: Some([0x0, 0x0, 0x0, 0x12800000000]), starts: Some(&[&[C295, C317, C268, C277, C340, C341, C342, C301], &[C341, C342, C301], &[C341, C342, C301, C293, C343], &[C344, C305, C302, C340, C345, C346, C244], &[C347, C326], &[C268, C277, C340, C341, C342, C301]]) },
        // ja.widget.label
        Derived { literals: Some(&[("保存", false), ("印刷", false), ("拡大する", false), ("画像を拡大", false), ("記事を保存", false)]), first: Some([0x0, 0x0, 0x0, 0x1f000000000]), starts: Some(&[&[C348, C349], &[C350, C351], &[C352, C353, C293, C343], &[C354, C355, C340, C352, C353], &[C268, C277, C340, C348, C349]]) },
        // ja.widget.trackback
        Derived { literals: Some(&[("TrackBack", false), ("Trackback", false), ("トラックバック", false)]), first: Some([0x0, 0x100000, 0x0, 0x800000000]), starts: Some(&[&[C229, C175, C187, C192, C356, C226, C187, C192, C356], &[C229, C175, C187, C192, C356, C226, C187, C192, C356, C0], &[C229, C175, C187, C192, C356, C226, C187, C192, C356, C253], &[C229, C175, C187, C192, C356, C226, C187, C192, C356, C253, C0], &[C229, C175, C187, C192, C356, C226, C187, C192, C356, C103, C104, C105], &[C229, C175, C187, C192, C356, C226, C187, C192, C356, C103, C104, C105, C0], &[C229, C175, C187, C192, C356, C226, C187, C192, C356, C103, C104, C105, C253], &[C229, C175, C187, C192, C356, C226, C187, C192, C356, C103, C104, C105, C253, C0], &[C229, C175, C187, C192, C356, C226, C187, C192, C356, C357, C332], &[C229, C175, C187, C192, C356, C226, C187, C192, C356, C357, C332, C0], &[C229, C175, C187, C192, C356, C226, C187, C192, C356, C357, C332, C253], &[C229, C175, C187, C192, C356, C226, C187, C192, C356, C357, C332, C253, C0], &[C229, C175, C187, C192, C356, C226, C187, C192, C356, C358, C359, C360], &[C229, C175, C187, C192, C356, C226, C187, C192, C356, C358, C359, C360, C0], &[C229, C175, C187, C192, C356, C226, C187, C192, C356, C358, C359, C360, C253], &[C229, C175, C187, C192, C356, C226, C187, C192, C356, C358, C359, C360, C253, C0], &[C229, C175, C187, C192, C356, C182, C187, C192, C356], &[C229, C175, C187, C192, C356, C182, C187, C192, C356, C0], &[C229, C175, C187, C192, C356, C182, C187, C192, C356, C253], &[C229, C175, C187, C192, C356, C182, C187, C192, C356, C253, C0], &[C229, C175, C187, C192, C356, C182, C187, C192, C356, C103, C104, C105], &[C229, C175, C187, C192, C356, C182, C187, C192, C356, C103, C104, C105, C0], &[C229, C175, C187, C192, C356, C182, C187, C192, C356, C103, C104, C105, C253], &[C229, C175, C187, C192, C356, C182, C187, C192, C356, C103, C104, C105, C253, C0], &[C229, C175, C187, C192, C356, C182, C187, C192, C356, C357, C332], &[C229, C175, C187, C192, C356, C182, C187, C192, C356, C357, C332, C0], &[C229, C175, C187, C192, C356, C182, C187, C192, C356, C357, C332, C253], &[C229, C175, C187, C192, C356, C182, C187, C192, C356, C357, C332, C253, C0], &[C229, C175, C187, C192, C356, C182, C187, C192, C356, C358, C359, C360], &[C229, C175, C187, C192, C356, C182, C187, C192, C356, C358, C359, C360, C0], &[C229, C175, C187, C192, C356, C182, C187, C192, C356, C358, C359, C360, C253], &[C229, C175, C187, C192, C356, C182, C187, C192, C356, C358, C359, C360, C253, C0], &[C295, C317, C361, C305, C362, C344, C363, C317, C229, C175, C187, C192, C356, C226, C187, C192], &[C295, C317, C361, C305, C362, C344, C363, C317, C229, C175, C187, C192, C356, C182, C187, C192], &[C295, C317, C361, C305, C362, C344, C363, C317, C362, C304, C364, C302, C365, C364, C302], &[C295, C317, C361, C305, C362, C344, C363, C317, C362, C304, C364, C302, C365, C364, C302, C0], &[C295, C317, C361, C305, C362, C344, C363, C317, C362, C304, C364, C302, C365, C364, C302, C253], &[C295, C317, C361, C305, C362, C344, C363, C317, C362, C304, C364, C302, C365, C364, C302, C103], &[C295, C317, C361, C305, C362, C344, C363, C317, C362, C304, C364, C302, C365, C364, C302, C357], &[C295, C317, C361, C305, C362, C344, C363, C317, C362, C304, C364, C302, C365, C364, C302, C358], &[C295, C317, C361, C305, C362, C344, C244, C363, C317, C229, C175, C187, C192, C356, C226, C187], &[C295, C317, C361, C305, C362, C344, C244, C363, C317, C229, C175, C187, C192, C356, C182, C187], &[C295, C317, C361, C305, C362, C344, C244, C363, C317, C362, C304, C364, C302, C365, C364, C302], &[C295, C317, C268, C277, C363, C317, C229, C175, C187, C192, C356, C226, C187, C192, C356], &[C295, C317, C268, C277, C363, C317, C229, C175, C187, C192, C356, C226, C187, C192, C356, C0], &[C295, C317, C268, C277, C363, C317, C229, C175, C187, C192, C356, C226, C187, C192, C356, C253], &[C295, C317, C268, C277, C363, C317, C229, C175, C187, C192, C356, C226, C187, C192, C356, C103], &[C295, C317, C268, C277, C363, C317, C229, C175, C187, C192, C356, C226, C187, C192, C356, C357], &[C295, C317, C268, C277, C363, C317, C229, C175, C187, C192, C356, C226, C187, C192, C356, C358], &[C295, C317, C268, C277, C363, C317, C229, C175, C187, C192, C356, C182, C187, C192, C356], &[C295, C317, C268, C277, C363, C317, C229, C175, C187, C192, C356, C182, C187, C192, C356, C0], &[C295, C317, C268, C277, C363, C317, C229, C175, C187, C192, C356, C182, C187, C192, C356, C253], &[C295, C317, C268, C277, C363, C317, C229, C175, C187, C192, C356, C182, C187, C192, C356, C103], &[C295, C317, C268, C277, C363, C317, C229, C175, C187, C192, C356, C182, C187, C192, C356, C357], &[C295, C317, C268, C277, C363, C317, C229, C175, C187, C192, C356, C182, C187, C192, C356, C358], &[C295, C317, C268, C277, C363, C317, C362, C304, C364, C302, C365, C364, C302], &[C295, C317, C268, C277, C363, C317, C362, C304, C364, C302, C365, C364, C302, C0], &[C295, C317, C268, C277, C363, C317, C362, C304, C364, C302, C365, C364, C302, C253], &[C295, C317, C268, C277, C363, C317, C362, C304, C364, C302, C365, C364, C302, C253, C0], &[C295, C317, C268, C277, C363, C317, C362, C304, C364, C302, C365, C364, C302, C103, C104, C105], &[C295, C317, C268, C277, C363, C317, C362, C304, C364, C302, C365, C364, C302, C357, C332], &[C295, C317, C268, C277, C363, C317, C362, C304, C364, C302, C365, C364, C302, C357, C332, C0], &[C295, C317, C268, C277, C363, C317, C362, C304, C364, C302, C365, C364, C302, C357, C332, C253], &[C295, C317, C268, C277, C363, C317, C362, C304, C364, C302, C365, C364, C302, C358, C359, C360], &[C362, C304, C364, C302, C365, C364, C302], &[C362, C304, C364, C302, C365, C364, C302, C0], &[C362, C304, C364, C302, C365, C364, C302, C253], &[C362, C304, C364, C302, C365, C364, C302, C253, C0], &[C362, C304, C364, C302, C365, C364, C302, C103, C104, C105], &[C362, C304, C364, C302, C365, C364, C302, C103, C104, C105, C0], &[C362, C304, C364, C302, C365, C364, C302, C103, C104, C105, C253], &[C362, C304, C364, C302, C365, C364, C302, C103, C104, C105, C253, C0], &[C362, C304, C364, C302, C365, C364, C302, C357, C332], &[C362, C304, C364, C302, C365, C364, C302, C357, C332, C0], &[C362, C304, C364, C302, C365, C364, C302, C357, C332, C253], &[C362, C304, C364, C302, C365, C364, C302, C357, C332, C253, C0], &[C362, C304, C364, C302, C365, C364, C302, C358, C359, C360], &[C362, C304, C364, C302, C365, C364, C302, C358, C359, C360, C0], &[C362, C304, C364, C302, C365, C364, C302, C358, C359, C360, C253], &[C362, C304, C364, C302, C365, C364, C302, C358, C359, C360, C253, C0]]) },
        // ja.credit.dateline
        Derived { literals: Some(&[("【", false)]), first: Some([0x0, 0x0, 0x0, 0x800000000]), starts: Some(&[&[C141, C366]]) },
    ],
    // zh
    &[
        // zh.copyright
        Derived { literals: Some(&[("Copyright", false), ("©", false), ("不得转载", false), ("未經授權", false), ("未经授权", false), ("未经许可", false), ("版权所有", false), ("版權所有", false), ("禁止轉載", false), ("禁止转载", false)]), first: None, starts: None },
        // zh.credit.reporter
        Derived { literals: Some(&[("來源", false), ("来源", false), ("編輯", false), ("编辑", false), ("記者", false), ("记者", false), ("責任編輯", false), ("责任编辑", false)]), first: Some([0x7ffa10100003e00, 0x0, 0x0, 0x185df8a000004]), starts: Some(&[&[C367], &[C368, C369, C370, C131], &[C368, C369, C370, C0], &[C368, C369, C370, C253, C131], &[C368, C369, C370, C253, C0], &[C368, C371, C370, C131], &[C368, C371, C370, C0], &[C368, C371, C370, C253, C131], &[C368, C371, C370, C253, C0], &[C368, C263, C372, C131], &[C368, C263, C372, C0], &[C368, C263, C372, C253, C131], &[C368, C263, C372, C253, C0], &[C368, C373, C374, C131], &[C368, C373, C374, C0], &[C368, C373, C374, C253, C131], &[C368, C373, C374, C253, C0], &[C368, C268, C269, C131], &[C368, C268, C269, C0], &[C368, C268, C269, C253, C131], &[C368, C268, C269, C253, C0], &[C368, C375, C269, C131], &[C368, C375, C269, C0], &[C368, C375, C269, C253, C131], &[C368, C375, C269, C253, C0], &[C368, C376, C377, C263, C372, C131], &[C368, C376, C377, C263, C372, C0], &[C368, C376, C377, C263, C372, C253, C131], &[C368, C376, C377, C263, C372, C253, C0], &[C368, C378, C377, C373, C374, C131], &[C368, C378, C377, C373, C374, C0], &[C368, C378, C377, C373, C374, C253, C131], &[C368, C378, C377, C373, C374, C253, C0], &[C369, C370, C131], &[C369, C370, C0], &[C369, C370, C253, C131], &[C369, C370, C253, C0], &[C371, C370, C131], &[C371, C370, C0], &[C371, C370, C253, C131], &[C371, C370, C253, C0], &[C263, C372, C131], &[C263, C372, C0], &[C263, C372, C253, C131], &[C263, C372, C253, C0], &[C373, C374, C131], &[C373, C374, C0], &[C373, C374, C253, C131], &[C373, C374, C253, C0], &[C268, C269, C131], &[C268, C269, C0], &[C268, C269, C253, C131], &[C268, C269, C253, C0], &[C375, C269, C131], &[C375, C269, C0], &[C375, C269, C253, C131], &[C375, C269, C253, C0], &[C376, C377, C263, C372, C131], &[C376, C377, C263, C372, C0], &[C376, C377, C263, C372, C253, C131], &[C376, C377, C263, C372, C253, C0], &[C378, C377, C373, C374, C131], &[C378, C377, C373, C374, C0], &[C378, C377, C373, C374, C253, C131], &[C378, C377, C373, C374, C253, C0]]) },
        // zh.caption.credit
        Derived { literals: Some(&[("图", false), ("图片", false), ("圖", false), ("圖片", false), ("摄", false), ("攝", false), ("記者", false), ("记者", false), ("通訊員", false), ("通讯员", false)]), first: None, starts: None },
        // zh.end.mark
        Derived { literals: Some(&[("完", false)]), first: Some([0x10000000000, 0x8000000, 0x0, 0x800800000000]), starts: Some(&[&[C379, C0], &[C379, C328, C329, C380, C0], &[C379, C328, C329, C380, C381], &[C379, C380, C0], &[C379, C380, C381]]) },
        // zh.teaser.header
        Derived { literals: Some(&[("延伸閱讀", false), ("延伸阅读", false), ("推荐阅读", false), ("推薦閱讀", false), ("更多新聞", false), ("更多新闻", false), ("更多閱讀", false), ("更多阅读", false), ("热门推荐", false), ("热门新闻", false), ("熱門推薦", false), ("熱門新聞", false), ("猜你喜欢", false), ("猜你喜歡", false), ("相关报道", false), ("相关文章", false), ("相关新闻", false), ("相关链接", false), ("相关阅读", false), ("相關報導", false), ("相關文章", false), ("相關新聞", false), ("相關連結", false), ("相關閱讀", false)]), first: Some([0x100003e00, 0x8000000, 0x0, 0xee00000004]), starts: Some(&[&[C0], &[C382, C0], &[C382, C383, C384, C385, C386], &[C382, C383, C384, C385, C386, C0], &[C382, C383, C384, C387, C388], &[C382, C383, C384, C387, C388, C0], &[C382, C389, C390, C387, C388], &[C382, C389, C390, C387, C388, C0], &[C382, C389, C391, C385, C386], &[C382, C389, C391, C385, C386, C0], &[C382, C258, C392, C245, C393], &[C382, C258, C392, C245, C393, C0], &[C382, C258, C392, C245, C394], &[C382, C258, C392, C245, C394, C0], &[C382, C258, C392, C385, C386], &[C382, C258, C392, C385, C386, C0], &[C382, C258, C392, C387, C388], &[C382, C258, C392, C387, C388, C0], &[C382, C395, C396, C389, C390], &[C382, C395, C396, C389, C390, C0], &[C382, C395, C396, C245, C394], &[C382, C395, C396, C245, C394, C0], &[C382, C397, C398, C389, C391], &[C382, C397, C398, C389, C391, C0], &[C382, C397, C398, C245, C393], &[C382, C397, C398, C245, C393, C0], &[C382, C399, C400, C401, C402], &[C382, C399, C400, C401, C402, C0], &[C382, C399, C400, C401, C403], &[C382, C399, C400, C401, C403, C0], &[C382, C404, C405, C406, C407], &[C382, C404, C405, C406, C407, C0], &[C382, C404, C405, C329, C408], &[C382, C404, C405, C329, C408, C0], &[C382, C404, C405, C245, C394], &[C382, C404, C405, C245, C394, C0], &[C382, C404, C405, C409, C410], &[C382, C404, C405, C409, C410, C0], &[C382, C404, C405, C387, C388], &[C382, C404, C405, C387, C388, C0], &[C382, C404, C411, C412, C413], &[C382, C404, C411, C412, C413, C0], &[C382, C404, C411, C329, C408], &[C382, C404, C411, C329, C408, C0], &[C382, C404, C411, C245, C393], &[C382, C404, C411, C245, C393, C0], &[C382, C404, C411, C314, C414], &[C382, C404, C411, C314, C414, C0], &[C382, C404, C411, C385, C386], &[C382, C404, C411, C385, C386, C0], &[C383, C384, C385, C386], &[C383, C384, C385, C386, C0], &[C383, C384, C387, C388], &[C383, C384, C387, C388, C0], &[C389, C390, C387, C388], &[C389, C390, C387, C388, C0], &[C389, C391, C385, C386], &[C389, C391, C385, C386, C0], &[C258, C392, C245, C393], &[C258, C392, C245, C393, C0], &[C258, C392, C245, C394], &[C258, C392, C245, C394, C0], &[C258, C392, C385, C386], &[C258, C392, C385, C386, C0], &[C258, C392, C387, C388], &[C258, C392, C387, C388, C0], &[C395, C396, C389, C390], &[C395, C396, C389, C390, C0], &[C395, C396, C245, C394], &[C395, C396, C245, C394, C0], &[C397, C398, C389, C391], &[C397, C398, C389, C391, C0], &[C397, C398, C245, C393], &[C397, C398, C245, C393, C0], &[C399, C400, C401, C402], &[C399, C400, C401, C402, C0], &[C399, C400, C401, C403], &[C399, C400, C401, C403, C0], &[C404, C405, C406, C407], &[C404, C405, C406, C407, C0], &[C404, C405, C329, C408], &[C404, C405, C329, C408, C0], &[C404, C405, C245, C394], &[C404, C405, C245, C394, C0], &[C404, C405, C409, C410], &[C404, C405, C409, C410, C0], &[C404, C405, C387, C388], &[C404, C405, C387, C388, C0], &[C404, C411, C412, C413], &[C404, C411, C412, C413, C0], &[C404, C411, C329, C408], &[C404, C411, C329, C408, C0], &[C404, C411, C245, C393], &[C404, C411, C245, C393, C0], &[C404, C411, C314, C414], &[C404, C411, C314, C414, C0], &[C404, C411, C385, C386], &[C404, C411, C385, C386, C0]]) },
        // zh.promo.follow
        Derived { literals: Some(&[("更多内容", false), ("更多報導", false), ("更多报道", false), ("更多新聞", false), ("更多新闻", false), ("更多精彩内容", false), ("更多精彩報導", false), ("更多精彩报道", false), ("更多精彩新聞", false), ("更多精彩新闻", false), ("更多精彩資訊", false), ("更多精彩资讯", false), ("更多資訊", false), ("更多资讯", false), ("欢迎关注", false), ("欢迎关注我们的", false), ("欢迎关注我們的", false), ("欢迎關注", false), ("欢迎關注我们的", false), ("欢迎關注我們的", false), ("歡迎关注", false), ("歡迎关注我们的", false), ("歡迎关注我們的", false), ("歡迎關注", false), ("歡迎關注我们的", false), ("歡迎關注我們的", false)]), first: Some([0x0, 0x0, 0x0, 0x4000000000]), starts: Some(&[&[C415]]) },
        // zh.share.label
        Derived { literals: Some(&[("分享", false), ("分享到", false), ("分享至", false), ("轉發", false), ("转发", false)]), first: Some([0x0, 0x0, 0x0, 0x12000000000]), starts: Some(&[&[C416, C417], &[C416, C417, C418], &[C416, C417, C418, C0], &[C416, C417, C418, C253], &[C416, C417, C419], &[C416, C417, C419, C0], &[C416, C417, C419, C253], &[C420, C421], &[C422, C423]]) },
        // zh.widget.label
        Derived { literals: Some(&[("关闭", false), ("关闭窗口", false), ("列印", false), ("字号", false), ("字級", false), ("打印", false), ("收藏", false), ("放大", false), ("点击查看大图", false), ("缩小", false), ("返回顶部", false), ("關閉", false)]), first: Some([0x10100003e00, 0x8000000, 0x0, 0x83ee00000004]), starts: Some(&[&[C0], &[C379, C0], &[C379, C405, C424], &[C379, C405, C424, C0], &[C379, C405, C424, C381], &[C379, C405, C424, C425, C426], &[C379, C405, C424, C425, C426, C0], &[C379, C405, C424, C425, C426, C381], &[C379, C427, C350], &[C379, C427, C350, C0], &[C379, C427, C350, C381], &[C379, C428, C429], &[C379, C428, C429, C0], &[C379, C428, C429, C381], &[C379, C428, C430], &[C379, C428, C430, C0], &[C379, C428, C430, C381], &[C379, C431, C350], &[C379, C431, C350, C0], &[C379, C431, C350, C381], &[C379, C432, C433], &[C379, C432, C433, C0], &[C379, C432, C433, C381], &[C379, C434, C353], &[C379, C434, C353, C0], &[C379, C434, C353, C381], &[C379, C435, C436, C437, C438, C353, C439], &[C379, C435, C436, C437, C438, C353, C439, C0], &[C379, C435, C436, C437, C438, C353, C439, C381], &[C379, C440, C441], &[C379, C440, C441, C0], &[C379, C440, C441, C381], &[C379, C442, C443, C444, C445], &[C379, C442, C443, C444, C445, C0], &[C379, C442, C443, C444, C445, C381], &[C379, C411, C446], &[C379, C411, C446, C0], &[C379, C411, C446, C381], &[C405, C424], &[C405, C424, C0], &[C405, C424, C381], &[C405, C424, C425, C426], &[C405, C424, C425, C426, C0], &[C405, C424, C425, C426, C381], &[C427, C350], &[C427, C350, C0], &[C427, C350, C381], &[C428, C429], &[C428, C429, C0], &[C428, C429, C381], &[C428, C430], &[C428, C430, C0], &[C428, C430, C381], &[C431, C350], &[C431, C350, C0], &[C431, C350, C381], &[C432, C433], &[C432, C433, C0], &[C432, C433, C381], &[C434, C353], &[C434, C353, C0], &[C434, C353, C381], &[C435, C436, C437, C438, C353, C439], &[C435, C436, C437, C438, C353, C439, C0], &[C435, C436, C437, C438, C353, C439, C381], &[C440, C441], &[C440, C441, C0], &[C440, C441, C381], &[C442, C443, C444, C445], &[C442, C443, C444, C445, C0], &[C442, C443, C444, C445, C381], &[C411, C446], &[C411, C446, C0], &[C411, C446, C381]]) },
        // zh.widget.blog-stats
        Derived { literals: Some(&[("举报", false), ("分享", false), ("喜欢", false), ("喜歡", false), ("回复", false), ("回覆", false), ("引用", false), ("打印", false), ("推荐", false), ("推薦", false), ("收藏", false), ("浏览", false), ("瀏覽", false), ("点击", false), ("舉報", false), ("評論", false), ("评论", false), ("轉載", false), ("转载", false), ("閱讀", false), ("阅读", false), ("點擊", false)]), first: Some([0x0, 0x0, 0x0, 0x3f000000000]), starts: Some(&[&[C447, C406], &[C447, C406, C0], &[C416, C417], &[C416, C417, C0], &[C401, C402], &[C401, C402, C0], &[C401, C403], &[C401, C403, C0], &[C443, C448], &[C443, C448, C0], &[C443, C449], &[C443, C449, C0], &[C280, C281], &[C280, C281, C0], &[C431, C350], &[C431, C350, C0], &[C389, C390], &[C389, C390, C0], &[C389, C391], &[C389, C391, C0], &[C432, C433], &[C432, C433, C0], &[C450, C451], &[C450, C451, C0], &[C452, C453], &[C452, C453, C0], &[C435, C436], &[C435, C436, C0], &[C454, C412], &[C454, C412, C0], &[C455, C270], &[C455, C270, C0], &[C456, C457], &[C456, C457, C0], &[C420, C257], &[C420, C257, C0], &[C422, C458], &[C422, C458, C0], &[C385, C386], &[C385, C386, C0], &[C387, C388], &[C387, C388, C0], &[C459, C460], &[C459, C460, C0]]) },
        // zh.nav.prev-next
        Derived { literals: Some(&[("上一条", false), ("上一條", false), ("上一篇", false), ("上一篇文章", false), ("下一条", false), ("下一條", false), ("下一篇", false), ("下一篇文章", false), ("前一篇", false), ("后一篇", false), ("後一篇", false)]), first: Some([0x1000000100003e00, 0x0, 0x0, 0x3e00000004]), starts: Some(&[&[C0], &[C461, C0], &[C461, C462, C357, C463], &[C461, C462, C357, C463, C0], &[C461, C462, C357, C463, C464], &[C461, C462, C357, C463, C464, C0], &[C461, C462, C357, C465], &[C461, C462, C357, C465, C0], &[C461, C462, C357, C465, C464], &[C461, C462, C357, C465, C464, C0], &[C461, C462, C357, C466], &[C461, C462, C357, C466, C0], &[C461, C462, C357, C466, C464], &[C461, C462, C357, C466, C464, C0], &[C461, C462, C357, C466, C329, C408], &[C461, C462, C357, C466, C329, C408, C0], &[C461, C462, C357, C466, C329, C408, C464], &[C461, C462, C357, C466, C329, C408, C464, C0], &[C461, C467, C357, C463], &[C461, C467, C357, C463, C0], &[C461, C467, C357, C463, C464], &[C461, C467, C357, C463, C464, C0], &[C461, C467, C357, C465], &[C461, C467, C357, C465, C0], &[C461, C467, C357, C465, C464], &[C461, C467, C357, C465, C464, C0], &[C461, C467, C357, C466], &[C461, C467, C357, C466, C0], &[C461, C467, C357, C466, C464], &[C461, C467, C357, C466, C464, C0], &[C461, C467, C357, C466, C329, C408], &[C461, C467, C357, C466, C329, C408, C0], &[C461, C467, C357, C466, C329, C408, C464], &[C461, C467, C357, C466, C329, C408, C464, C0], &[C461, C468, C357, C466], &[C461, C468, C357, C466, C0], &[C461, C468, C357, C466, C464], &[C461, C468, C357, C466, C464, C0], &[C461, C469, C357, C466], &[C461, C469, C357, C466, C0], &[C461, C469, C357, C466, C464], &[C461, C469, C357, C466, C464, C0], &[C461, C470, C357, C466], &[C461, C470, C357, C466, C0], &[C461, C470, C357, C466, C464], &[C461, C470, C357, C466, C464, C0], &[C462, C357, C463], &[C462, C357, C463, C0], &[C462, C357, C463, C464], &[C462, C357, C463, C464, C0], &[C462, C357, C465], &[C462, C357, C465, C0], &[C462, C357, C465, C464], &[C462, C357, C465, C464, C0], &[C462, C357, C466], &[C462, C357, C466, C0], &[C462, C357, C466, C464], &[C462, C357, C466, C464, C0], &[C462, C357, C466, C329, C408], &[C462, C357, C466, C329, C408, C0], &[C462, C357, C466, C329, C408, C464], &[C462, C357, C466, C329, C408, C464, C0], &[C467, C357, C463], &[C467, C357, C463, C0], &[C467, C357, C463, C464], &[C467, C357, C463, C464, C0], &[C467, C357, C465], &[C467, C357, C465, C0], &[C467, C357, C465, C464], &[C467, C357, C465, C464, C0], &[C467, C357, C466], &[C467, C357, C466, C0], &[C467, C357, C466, C464], &[C467, C357, C466, C464, C0], &[C467, C357, C466, C329, C408], &[C467, C357, C466, C329, C408, C0], &[C467, C357, C466, C329, C408, C464], &[C467, C357, C466, C329, C408, C464, C0], &[C468, C357, C466], &[C468, C357, C466, C0], &[C468, C357, C466, C464], &[C468, C357, C466, C464, C0], &[C469, C357, C466], &[C469, C357, C466, C0], &[C469, C357, C466, C464], &[C469, C357, C466, C464, C0], &[C470, C357, C466], &[C470, C357, C466, C0], &[C470, C357, C466, C464], &[C470, C357, C466, C464, C0]]) },
        // zh.nav.post-meta
        Derived { literals: Some(&[("分类", false), ("分类目录", false), ("分類", false), ("分類目錄", false), ("已投稿到", false), ("所属分类", false), ("所屬分類", false), ("收录于", false), ("收錄於", false), ("标签", false), ("標籤", false)]), first: Some([0x0, 0x0, 0x0, 0x6000000000]), starts: Some(&[&[C416, C471, C0], &[C416, C471, C253, C472], &[C416, C471, C253, C0], &[C416, C471, C312, C473, C0], &[C416, C471, C312, C473, C253, C472], &[C416, C471, C312, C473, C253, C0], &[C416, C474, C0], &[C416, C474, C253, C472], &[C416, C474, C253, C0], &[C416, C474, C312, C475, C0], &[C416, C474, C312, C475, C253, C472], &[C416, C474, C312, C475, C253, C0], &[C476, C477, C478, C418, C0], &[C476, C477, C478, C418, C253, C472], &[C476, C477, C478, C418, C253, C0], &[C479, C480, C416, C471, C0], &[C479, C480, C416, C471, C253, C472], &[C479, C480, C416, C471, C253, C0], &[C479, C481, C416, C474, C0], &[C479, C481, C416, C474, C253, C472], &[C479, C481, C416, C474, C253, C0], &[C432, C473, C482, C0], &[C432, C473, C482, C253, C472], &[C432, C473, C482, C253, C0], &[C432, C475, C483, C0], &[C432, C475, C483, C253, C472], &[C432, C475, C483, C253, C0], &[C484, C485, C0], &[C484, C485, C253, C472], &[C484, C485, C253, C0], &[C486, C487, C0], &[C486, C487, C253, C472], &[C486, C487, C253, C0]]) },
        // zh.timestamp
        Derived { literals: Some(&[("來源:", false), ("來源：", false), ("发布时间:", false), ("发布时间：", false), ("更新时间:", false), ("更新时间：", false), ("更新時間:", false), ("更新時間：", false), ("来源:", false), ("来源：", false), ("發布時間:", false), ("發布時間：", false), ("稿源:", false), ("稿源：", false)]), first: Some([0x3ff000000000000, 0x0, 0x0, 0x184f38a000000]), starts: Some(&[&[C75], &[C369, C370, C253, C488], &[C369, C370, C253, C0], &[C423, C489, C490, C491, C253, C0], &[C423, C489, C490, C491, C253, C75], &[C258, C245, C490, C491, C253, C0], &[C258, C245, C490, C491, C253, C75], &[C258, C245, C255, C492, C253, C0], &[C258, C245, C255, C492, C253, C75], &[C371, C370, C253, C488], &[C371, C370, C253, C0], &[C421, C489, C255, C492, C253, C0], &[C421, C489, C255, C492, C253, C75], &[C478, C370, C253, C488], &[C478, C370, C253, C0]]) },
        // zh.credit.dateline
        Derived { literals: Some(&[("中国新闻网", false), ("中國新聞網", false), ("中新社", false), ("中新網", false), ("中新网", false), ("人民網", false), ("人民网", false), ("央視網", false), ("央视网", false), ("新华社", false), ("新华网", false), ("新華社", false), ("新華網", false), ("本報", false), ("本報訊", false), ("本报", false), ("本报讯", false)]), first: Some([0x0, 0x0, 0x0, 0x7000000000]), starts: Some(&[&[C493]]) },
    ],
    // de
    &[
        // de.copyright
        Derived { literals: Some(&[("(c)", false), ("Copyright", false), ("alle rechte vorbehalten", true), ("©", false)]), first: None, starts: None },
        // de.credit.by
        Derived { literals: Some(&[("Von", false)]), first: Some([0x0, 0x400000, 0x0, 0x0]), starts: Some(&[&[C235, C188, C109, C0]]) },
        // de.caption.credit
        Derived { literals: Some(&[("Bild", false), ("Foto", false), ("Grafik", false)]), first: Some([0x0, 0xc4, 0x0, 0x0]), starts: Some(&[&[C226, C178, C185, C177, C0], &[C226, C178, C185, C177, C181], &[C238, C188, C179, C188, C0], &[C238, C188, C179, C188, C181], &[C225, C175, C187, C223, C178, C356, C0], &[C225, C175, C187, C223, C178, C356, C181]]) },
        // de.credit.source
        Derived { literals: Some(&[("Quelle", false)]), first: Some([0x0, 0x20000, 0x0, 0x0]), starts: Some(&[&[C494, C186, C176, C185, C185, C176, C0], &[C494, C186, C176, C185, C185, C176, C181, C131, C50], &[C494, C186, C176, C185, C185, C176, C181, C0]]) },
        // de.timestamp
        Derived { literals: Some(&[("Aktualisiert", false), ("Stand", false), ("Veröffentlicht", false), ("Zuletzt aktualisiert", false)]), first: Some([0x0, 0x4480002, 0x0, 0x0]), starts: Some(&[&[C219, C356, C179, C186, C187, C185, C178, C108, C178, C176, C175, C179, C0], &[C219, C356, C179, C186, C187, C185, C178, C108, C178, C176, C175, C179, C75], &[C219, C356, C179, C186, C187, C185, C178, C108, C178, C176, C175, C179, C181, C0], &[C219, C356, C179, C186, C187, C185, C178, C108, C178, C176, C175, C179, C181, C75], &[C99, C179, C187, C109, C177, C0], &[C99, C179, C187, C109, C177, C75], &[C99, C179, C187, C109, C177, C181, C0], &[C99, C179, C187, C109, C177, C181, C75], &[C235, C176, C175, C495, C223, C223, C176, C109, C179, C185, C178, C192, C194, C179, C0], &[C235, C176, C175, C495, C223, C223, C176, C109, C179, C185, C178, C192, C194, C179, C75], &[C235, C176, C175, C495, C223, C223, C176, C109, C179, C185, C178, C192, C194, C179, C181, C0], &[C235, C176, C175, C495, C223, C223, C176, C109, C179, C185, C178, C192, C194, C179, C181, C75], &[C496, C186, C185, C176, C179, C497, C179, C191, C187, C356, C179, C186, C187, C185, C178, C108]]) },
        // de.credit.agency
        Derived { literals: Some(&[("AFP", false), ("ANSA", false), ("AP", false), ("APA", false), ("EFE", false), ("KNA", false), ("PAP", false), ("Reuters", false), ("dpa", false), ("dts", false), ("epd", false), ("sid", false)]), first: Some([0x10000000000, 0x7fffffe00050802, 0x0, 0x8]), starts: Some(&[&[C173, C219, C238, C193], &[C173, C219, C238, C193, C0], &[C173, C219, C238, C193, C498], &[C173, C219, C238, C193, C3, C0], &[C173, C219, C238, C193, C3, C499], &[C173, C219, C193], &[C173, C219, C193, C0], &[C173, C219, C193, C498], &[C173, C219, C193, C3, C0], &[C173, C219, C193, C3, C499], &[C173, C219, C193, C219], &[C173, C219, C193, C219, C0], &[C173, C219, C193, C219, C498], &[C173, C219, C193, C219, C3, C0], &[C173, C219, C193, C219, C3, C499], &[C173, C500, C100, C219], &[C173, C500, C100, C219, C0], &[C173, C500, C100, C219, C498], &[C173, C500, C100, C219, C3, C0], &[C173, C500, C100, C219, C3, C499], &[C173, C193, C219, C193], &[C173, C193, C219, C193, C0], &[C173, C193, C219, C193, C498], &[C173, C193, C219, C193, C3, C0], &[C173, C193, C219, C193, C3, C499], &[C173, C104, C176, C186, C179, C176, C175, C108], &[C173, C104, C176, C186, C179, C176, C175, C108, C0], &[C173, C104, C176, C186, C179, C176, C175, C108, C498], &[C173, C104, C176, C186, C179, C176, C175, C108, C3, C0], &[C173, C104, C176, C186, C179, C176, C175, C108, C3, C499], &[C173, C501], &[C173, C177, C195, C187], &[C173, C177, C195, C187, C0], &[C173, C177, C195, C187, C498], &[C173, C177, C195, C187, C3, C0], &[C173, C177, C195, C187, C3, C499], &[C173, C177, C179, C108], &[C173, C177, C179, C108, C0], &[C173, C177, C179, C108, C498], &[C173, C177, C179, C108, C3, C0], &[C173, C177, C179, C108, C3, C499], &[C173, C176, C195, C177], &[C173, C176, C195, C177, C0], &[C173, C176, C195, C177, C498], &[C173, C176, C195, C177, C3, C0], &[C173, C176, C195, C177, C3, C499], &[C173, C108, C178, C177], &[C173, C108, C178, C177, C0], &[C173, C108, C178, C177, C498], &[C173, C108, C178, C177, C3, C0], &[C173, C108, C178, C177, C3, C499], &[C219, C238, C193], &[C219, C238, C193, C0], &[C219, C238, C193, C498], &[C219, C238, C193, C3, C0], &[C219, C238, C193, C3, C499], &[C219, C193], &[C219, C193, C0], &[C219, C193, C498], &[C219, C193, C3, C0], &[C219, C193, C3, C499], &[C219, C193, C219], &[C219, C193, C219, C0], &[C219, C193, C219, C498], &[C219, C193, C219, C3, C0], &[C219, C193, C219, C3, C499], &[C500, C100, C219], &[C500, C100, C219, C0], &[C500, C100, C219, C498], &[C500, C100, C219, C3, C0], &[C500, C100, C219, C3, C499], &[C193, C219, C193], &[C193, C219, C193, C0], &[C193, C219, C193, C498], &[C193, C219, C193, C3, C0], &[C193, C219, C193, C3, C499], &[C104, C176, C186, C179, C176, C175, C108], &[C104, C176, C186, C179, C176, C175, C108, C0], &[C104, C176, C186, C179, C176, C175, C108, C498], &[C104, C176, C186, C179, C176, C175, C108, C3, C0], &[C104, C176, C186, C179, C176, C175, C108, C3, C499], &[C501], &[C177, C195, C187], &[C177, C195, C187, C0], &[C177, C195, C187, C498], &[C177, C195, C187, C3, C0], &[C177, C195, C187, C3, C499], &[C177, C179, C108], &[C177, C179, C108, C0], &[C177, C179, C108, C498], &[C177, C179, C108, C3, C0], &[C177, C179, C108, C3, C499], &[C176, C195, C177], &[C176, C195, C177, C0], &[C176, C195, C177, C498], &[C176, C195, C177, C3, C0], &[C176, C195, C177, C3, C499], &[C108, C178, C177], &[C108, C178, C177, C0], &[C108, C178, C177, C498], &[C108, C178, C177, C3, C0], &[C108, C178, C177, C3, C499]]) },
        // de.teaser.inline
        Derived { literals: Some(&[("Auch interessant", false), ("Lesen Sie auch", false), ("Mehr zum Thema", false)]), first: Some([0x0, 0x3002, 0x0, 0x0]), starts: Some(&[&[C219, C186, C192, C194, C191, C178, C109, C179, C176, C175, C176, C108, C108, C187, C109, C179], &[C105, C176, C108, C176, C109, C191, C99, C178, C176, C191, C187, C186, C192, C194, C0], &[C105, C176, C108, C176, C109, C191, C99, C178, C176, C191, C187, C186, C192, C194, C181, C131], &[C105, C176, C108, C176, C109, C191, C99, C178, C176, C191, C187, C186, C192, C194, C181, C0], &[C236, C176, C194, C175, C191, C497, C186, C189, C191, C229, C194, C176, C189, C187, C0], &[C236, C176, C194, C175, C191, C497, C186, C189, C191, C229, C194, C176, C189, C187, C181, C131], &[C236, C176, C194, C175, C191, C497, C186, C189, C191, C229, C194, C176, C189, C187, C181, C0]]) },
        // de.promo.subscribe
        Derived { literals: Some(&[("abonnent werden", true), ("abonnieren", true), ("gratis testen", true), ("gratis teſten", true), ("gratiſ testen", true), ("gratiſ teſten", true), ("newsletter", true), ("newſletter", true), ("registrieren", true), ("regiſtrieren", true), ("testen", true), ("teſten", true)]), first: Some([0x0, 0x400440004004400, 0x0, 0x0]), starts: Some(&[&[C502, C207, C202, C503, C202, C0], &[C214, C207, C215, C201, C205, C207, C202, C202, C207, C200, C0], &[C503, C204, C216, C0]]) },
        // de.teaser.header
        Derived { literals: Some(&[("Auch interessant", false), ("Das könnte Sie auch interessieren", false), ("Lesen Sie auch", false), ("Mehr zum Thema", false), ("Meistgelesen", false), ("Weitere Artikel", false), ("Weiterlesen", false)]), first: Some([0x0, 0x803012, 0x0, 0x0]), starts: Some(&[&[C219, C186, C192, C194, C191, C178, C109, C179, C176, C175, C176, C108, C108, C187, C109, C179], &[C234, C187, C108, C191, C356, C495, C109, C109, C179, C176, C191, C99, C178, C176, C191, C187], &[C105, C176, C108, C176, C109, C191, C99, C178, C176, C191, C187, C186, C192, C194], &[C105, C176, C108, C176, C109, C191, C99, C178, C176, C191, C187, C186, C192, C194, C0], &[C105, C176, C108, C176, C109, C191, C99, C178, C176, C191, C187, C186, C192, C194, C181], &[C236, C176, C194, C175, C191, C497, C186, C189, C191, C229, C194, C176, C189, C187], &[C236, C176, C194, C175, C191, C497, C186, C189, C191, C229, C194, C176, C189, C187, C0], &[C236, C176, C194, C175, C191, C497, C186, C189, C191, C229, C194, C176, C189, C187, C181], &[C236, C176, C178, C108, C179, C190, C176, C185, C176, C108, C176, C109], &[C236, C176, C178, C108, C179, C190, C176, C185, C176, C108, C176, C109, C0], &[C236, C176, C178, C108, C179, C190, C176, C185, C176, C108, C176, C109, C181], &[C220, C176, C178, C179, C176, C175, C176, C191, C219, C175, C179, C178, C356, C176, C185], &[C220, C176, C178, C179, C176, C175, C176, C191, C219, C175, C179, C178, C356, C176, C185, C0], &[C220, C176, C178, C179, C176, C175, C176, C191, C219, C175, C179, C178, C356, C176, C185, C181], &[C220, C176, C178, C179, C176, C175, C185, C176, C108, C176, C109], &[C220, C176, C178, C179, C176, C175, C185, C176, C108, C176, C109, C0], &[C220, C176, C178, C179, C176, C175, C185, C176, C108, C176, C109, C181]]) },
        // de.share.label
        Derived { literals: Some(&[("Artikel teilen", false), ("Beitrag teilen", false), ("Jetzt teilen", false), ("Link kopieren", false), ("Teilen", false)]), first: Some([0x0, 0x101406, 0x0, 0x0]), starts: Some(&[&[C219, C175, C179, C178, C356, C176, C185, C191, C179, C176, C178, C185, C176, C109], &[C226, C176, C178, C179, C175, C187, C190, C191, C179, C176, C178, C185, C176, C109], &[C228, C176, C179, C497, C179, C191, C179, C176, C178, C185, C176, C109], &[C105, C178, C109, C356, C191, C356, C188, C195, C178, C176, C175, C176, C109], &[C229, C176, C178, C185, C176, C109]]) },
        // de.widget.label
        Derived { literals: Some(&[("Artikel vorlesen", false), ("Drucken", false), ("Kommentare", false), ("Merken", false), ("War der Artikel hilfreich?", false), ("War der Artikel nützlich?", false), ("War der Beitrag hilfreich?", false), ("War der Beitrag nützlich?", false), ("War dieser Artikel hilfreich?", false), ("War dieser Artikel nützlich?", false), ("War dieser Beitrag hilfreich?", false), ("War dieser Beitrag nützlich?", false)]), first: Some([0x0, 0x802812, 0x0, 0x0]), starts: Some(&[&[C219, C175, C179, C178, C356, C176, C185, C191, C232, C188, C175, C185, C176, C108, C176, C109], &[C234, C175, C186, C192, C356, C176, C109], &[C500, C188, C189, C189, C176, C109, C179, C187, C175, C176], &[C236, C176, C175, C356, C176, C109], &[C220, C187, C175, C191, C177, C176, C175, C191, C219, C175, C179, C178, C356, C176, C185, C191], &[C220, C187, C175, C191, C177, C176, C175, C191, C226, C176, C178, C179, C175, C187, C190, C191], &[C220, C187, C175, C191, C177, C178, C176, C108, C176, C175, C191, C219, C175, C179, C178, C356], &[C220, C187, C175, C191, C177, C178, C176, C108, C176, C175, C191, C226, C176, C178, C179, C175]]) },
        // de.credit.dateline
        Derived { literals: Some(&[("(AFP", false), ("(AP", false), ("(APA", false), ("(KNA", false), ("(Reuters", false), ("(dpa", false), ("(dts", false), ("(epd", false), ("(sid", false)]), first: Some([0x0, 0x7fffffe, 0x0, 0x18406003fe3f8]), starts: None },
    ],
    // fr
    &[
        // fr.copyright
        Derived { literals: None, first: None, starts: None },
        // fr.credit.par
        Derived { literals: Some(&[("Par", false)]), first: Some([0x0, 0x10000, 0x0, 0x0]), starts: Some(&[&[C193, C187, C175, C0]]) },
        // fr.timestamp
        Derived { literals: Some(&[("Mis à jour", false), ("Modifié", false), ("Publié", false)]), first: Some([0x0, 0x12000, 0x0, 0x0]), starts: Some(&[&[C236, C178, C108, C191, C504, C191, C505, C188, C186, C175, C0], &[C236, C188, C177, C178, C223, C178, C506, C0], &[C193, C186, C182, C185, C178, C506, C0]]) },
        // fr.caption.credit
        Derived { literals: Some(&[("Crédit photo", false), ("Illustration", false), ("Photo", false)]), first: Some([0x0, 0x10208, 0x0, 0x0]), starts: Some(&[&[C174, C175, C506, C177, C178, C179, C191, C195, C194, C188, C179, C188, C0], &[C174, C175, C506, C177, C178, C179, C191, C195, C194, C188, C179, C188, C181, C50], &[C174, C175, C506, C177, C178, C179, C191, C195, C194, C188, C179, C188, C181, C0], &[C184, C185, C185, C186, C108, C179, C175, C187, C179, C178, C188, C109, C0], &[C184, C185, C185, C186, C108, C179, C175, C187, C179, C178, C188, C109, C181, C50], &[C184, C185, C185, C186, C108, C179, C175, C187, C179, C178, C188, C109, C181, C0], &[C193, C194, C188, C179, C188, C0], &[C193, C194, C188, C179, C188, C181, C50], &[C193, C194, C188, C179, C188, C181, C0]]) },
        // fr.teaser.header
        Derived { literals: Some(&[("Les plus lus", false), ("Lire aussi", false), ("Sur le même sujet", false), ("Voir aussi", false), ("À lire aussi", false)]), first: Some([0x0, 0x481000, 0x0, 0x8]), starts: Some(&[&[C105, C176, C108, C191, C195, C185, C186, C108, C191, C185, C186, C108], &[C105, C176, C108, C191, C195, C185, C186, C108, C191, C185, C186, C108, C0], &[C105, C176, C108, C191, C195, C185, C186, C108, C191, C185, C186, C108, C181], &[C105, C178, C175, C176, C191, C187, C186, C108, C108, C178], &[C105, C178, C175, C176, C191, C187, C186, C108, C108, C178, C0], &[C105, C178, C175, C176, C191, C187, C186, C108, C108, C178, C181], &[C99, C186, C175, C191, C185, C176, C191, C189, C507, C189, C176, C191, C108, C186, C505, C176], &[C235, C188, C178, C175, C191, C187, C186, C108, C108, C178], &[C235, C188, C178, C175, C191, C187, C186, C108, C108, C178, C0], &[C235, C188, C178, C175, C191, C187, C186, C108, C108, C178, C181], &[C508, C191, C185, C178, C175, C176, C191, C187, C186, C108, C108, C178], &[C508, C191, C185, C178, C175, C176, C191, C187, C186, C108, C108, C178, C0], &[C508, C191, C185, C178, C175, C176, C191, C187, C186, C108, C108, C178, C181]]) },
        // fr.teaser.inline
        Derived { literals: Some(&[("aussi", false)]), first: Some([0x0, 0x40100000401002, 0x0, 0x8]), starts: Some(&[&[C509, C0], &[C105, C178, C175, C176, C0], &[C235, C188, C178, C175, C0], &[C185, C178, C175, C176, C0], &[C232, C188, C178, C175, C0]]) },
        // fr.promo.subscribe
        Derived { literals: Some(&[("abonnez-vous", true), ("abonnez-vouſ", true), ("inscrivez-vous À notre newsletter", true), ("inscrivez-vous À notre newſletter", true), ("inscrivez-vous à notre newsletter", true), ("inscrivez-vous à notre newſletter", true), ("inscrivez-vouſ À notre newsletter", true), ("inscrivez-vouſ À notre newſletter", true), ("inscrivez-vouſ à notre newsletter", true), ("inscrivez-vouſ à notre newſletter", true), ("inſcrivez-vous À notre newsletter", true), ("inſcrivez-vous À notre newſletter", true), ("inſcrivez-vous à notre newsletter", true), ("inſcrivez-vous à notre newſletter", true), ("inſcrivez-vouſ À notre newsletter", true), ("inſcrivez-vouſ À notre newſletter", true), ("inſcrivez-vouſ à notre newsletter", true), ("inſcrivez-vouſ à notre newſletter", true), ("je m'abonne", true), ("je m’abonne", true), ("suivez-nous sur", true), ("suivez-nous ſur", true), ("suivez-nouſ sur", true), ("suivez-nouſ ſur", true), ("ſuivez-nous sur", true), ("ſuivez-nous ſur", true), ("ſuivez-nouſ sur", true), ("ſuivez-nouſ ſur", true)]), first: Some([0x0, 0x8060200080602, 0x0, 0x20]), starts: Some(&[&[C209, C171, C210, C214, C214, C207, C503, C510, C217, C210, C204, C201], &[C209, C171, C210, C214, C214, C207, C503, C510, C217, C210, C204, C201, C50], &[C199, C214, C201, C212, C200, C199, C217, C207, C503, C510, C217, C210, C204, C201, C191, C511], &[C502, C207, C191, C216, C512, C209, C171, C210, C214, C214, C207], &[C502, C207, C191, C216, C512, C209, C171, C210, C214, C214, C207, C50], &[C201, C204, C199, C217, C207, C503, C510, C214, C210, C204, C201, C191, C201, C204, C200], &[C201, C204, C199, C217, C207, C503, C510, C214, C210, C204, C201, C191, C201, C204, C200, C50]]) },
        // fr.share.label
        Derived { literals: Some(&[("Copier le lien", false), ("Partager", false), ("Partager cet article", false), ("Partager l'article", false), ("Partager l’article", false)]), first: Some([0x0, 0x10008, 0x0, 0x0]), starts: Some(&[&[C174, C188, C195, C178, C176, C175, C191, C185, C176, C191, C185, C178, C176, C109], &[C193, C187, C175, C179, C187, C190, C176, C175], &[C193, C187, C175, C179, C187, C190, C176, C175, C191, C192, C176, C179, C191, C187, C175, C179], &[C193, C187, C175, C179, C187, C190, C176, C175, C191, C185, C512, C187, C175, C179, C178, C192]]) },
        // fr.widget.label
        Derived { literals: Some(&[("Commentaires", false), ("Imprimer", false), ("Écouter cet article", false)]), first: Some([0x0, 0x208, 0x0, 0x8]), starts: Some(&[&[C174, C188, C189, C189, C176, C109, C179, C187, C178, C175, C176, C108], &[C184, C189, C195, C175, C178, C189, C176, C175], &[C513, C192, C188, C186, C179, C176, C175, C191, C192, C176, C179, C191, C187, C175, C179, C178]]) },
        // fr.credit.dateline
        Derived { literals: Some(&[("(AFP)", false), ("(AP)", false), ("(Reuters)", false)]), first: Some([0x0, 0x7fffffe, 0x0, 0x18406003fe3f8]), starts: None },
    ],
    // es
    &[
        // es.copyright
        Derived { literals: None, first: None, starts: None },
        // es.credit.por
        Derived { literals: Some(&[("Por", false)]), first: Some([0x0, 0x10000, 0x0, 0x0]), starts: Some(&[&[C193, C188, C175, C0]]) },
        // es.timestamp
        Derived { literals: Some(&[("Actualizado", false), ("Publicado", false)]), first: Some([0x0, 0x10002, 0x0, 0x0]), starts: Some(&[&[C219, C192, C179, C186, C187, C185, C178, C497, C187, C177, C188, C50], &[C219, C192, C179, C186, C187, C185, C178, C497, C187, C177, C188, C75], &[C193, C186, C182, C185, C178, C192, C187, C177, C188, C50], &[C193, C186, C182, C185, C178, C192, C187, C177, C188, C75]]) },
        // es.caption.credit
        Derived { literals: Some(&[("Foto", false), ("Fotografía", false), ("Imagen", false)]), first: Some([0x0, 0x240, 0x0, 0x0]), starts: Some(&[&[C238, C188, C179, C188, C0], &[C238, C188, C179, C188, C181, C50], &[C238, C188, C179, C188, C181, C0], &[C238, C188, C179, C188, C190, C175, C187, C223, C514, C187, C0], &[C238, C188, C179, C188, C190, C175, C187, C223, C514, C187, C181, C50], &[C238, C188, C179, C188, C190, C175, C187, C223, C514, C187, C181, C0], &[C184, C189, C187, C190, C176, C109, C0], &[C184, C189, C187, C190, C176, C109, C181, C50], &[C184, C189, C187, C190, C176, C109, C181, C0]]) },
        // es.teaser.header
        Derived { literals: Some(&[("Lea también", false), ("Lee también", false), ("Lo más leído", false), ("Noticias relacionadas", false), ("Te puede interesar", false)]), first: Some([0x0, 0x105000, 0x0, 0x0]), starts: Some(&[&[C105, C176, C187, C191, C179, C187, C189, C182, C178, C506, C109], &[C105, C176, C187, C191, C179, C187, C189, C182, C178, C506, C109, C0], &[C105, C176, C187, C191, C179, C187, C189, C182, C178, C506, C109, C181], &[C105, C176, C176, C191, C179, C187, C189, C182, C178, C506, C109], &[C105, C176, C176, C191, C179, C187, C189, C182, C178, C506, C109, C0], &[C105, C176, C176, C191, C179, C187, C189, C182, C178, C506, C109, C181], &[C105, C188, C191, C189, C515, C108, C191, C185, C176, C514, C177, C188], &[C105, C188, C191, C189, C515, C108, C191, C185, C176, C514, C177, C188, C0], &[C105, C188, C191, C189, C515, C108, C191, C185, C176, C514, C177, C188, C181], &[C100, C188, C179, C178, C192, C178, C187, C108, C191, C175, C176, C185, C187, C192, C178, C188], &[C229, C176, C191, C195, C186, C176, C177, C176, C191, C178, C109, C179, C176, C175, C176, C108]]) },
        // es.teaser.inline
        Derived { literals: Some(&[("Lea también", false), ("Lee también", false), ("Te puede interesar", false), ("Ver también", false)]), first: Some([0x0, 0x501000, 0x0, 0x0]), starts: Some(&[&[C105, C176, C187, C191, C179, C187, C189, C182, C178, C506, C109, C0], &[C105, C176, C187, C191, C179, C187, C189, C182, C178, C506, C109, C181, C131], &[C105, C176, C187, C191, C179, C187, C189, C182, C178, C506, C109, C181, C131, C50], &[C105, C176, C187, C191, C179, C187, C189, C182, C178, C506, C109, C181, C0], &[C105, C176, C176, C191, C179, C187, C189, C182, C178, C506, C109, C0], &[C105, C176, C176, C191, C179, C187, C189, C182, C178, C506, C109, C181, C131], &[C105, C176, C176, C191, C179, C187, C189, C182, C178, C506, C109, C181, C131, C50], &[C105, C176, C176, C191, C179, C187, C189, C182, C178, C506, C109, C181, C0], &[C229, C176, C191, C195, C186, C176, C177, C176, C191, C178, C109, C179, C176, C175, C176, C108], &[C235, C176, C175, C191, C179, C187, C189, C182, C178, C506, C109, C0], &[C235, C176, C175, C191, C179, C187, C189, C182, C178, C506, C109, C181, C131], &[C235, C176, C175, C191, C179, C187, C189, C182, C178, C506, C109, C181, C131, C50], &[C235, C176, C175, C191, C179, C187, C189, C182, C178, C506, C109, C181, C0]]) },
        // es.promo.subscribe
        Derived { literals: None, first: Some([0xfffffffffffffbff, 0xffffffffffffffff, 0xffffffffffffffff, 0x1fffffffffffff]), starts: Some(&[&[C50], &[C206, C516, C503, C202, C207, C191, C216, C199, C207, C216, C171, C200, C210], &[C206, C516, C503, C202, C207, C191, C216, C199, C207, C216, C171, C200, C210, C50], &[C206, C516, C503, C202, C207, C191, C201, C210, C212, C199, C210], &[C206, C516, C503, C202, C207, C191, C201, C210, C212, C199, C210, C50], &[C206, C516, C503, C202, C207, C191, C201, C204, C201, C212, C200, C199, C203, C202, C210, C200], &[C200, C207, C218, C517, C201, C202, C200, C209, C202, C207], &[C200, C207, C218, C517, C201, C202, C200, C209, C202, C207, C50], &[C201, C517, C218, C204, C207, C214, C210, C201, C191, C207, C214], &[C201, C517, C218, C204, C207, C214, C210, C201, C191, C207, C214, C50], &[C201, C204, C201, C212, C200, C199, C171, C199, C202, C207], &[C201, C204, C201, C212, C200, C199, C171, C199, C202, C207, C50], &[C201, C204, C201, C212, C200, C517, C171, C207, C202, C207], &[C201, C204, C201, C212, C200, C517, C171, C207, C202, C207, C50], &[C192, C187, C109, C187, C185, C191, C177, C176, C191, C229, C176, C185, C176, C190, C175, C187], &[C192, C187, C109, C187, C185, C191, C177, C176, C191, C220, C194, C187, C179, C108, C219, C195], &[C192, C187, C109, C187, C185, C191, C176, C109, C191, C229, C176, C185, C176, C190, C175, C187], &[C192, C187, C109, C187, C185, C191, C176, C109, C191, C220, C194, C187, C179, C108, C219, C195], &[C192, C187, C109, C187, C185, C191, C109, C188, C191, C229, C176, C185, C176, C190, C175, C187], &[C192, C187, C109, C187, C185, C191, C109, C188, C191, C220, C194, C187, C179, C108, C219, C195], &[C190, C175, C186, C195, C188, C191, C177, C176, C191, C229, C176, C185, C176, C190, C175, C187], &[C190, C175, C186, C195, C188, C191, C177, C176, C191, C220, C194, C187, C179, C108, C219, C195], &[C190, C175, C186, C195, C188, C191, C176, C109, C191, C229, C176, C185, C176, C190, C175, C187], &[C190, C175, C186, C195, C188, C191, C176, C109, C191, C220, C194, C187, C179, C108, C219, C195], &[C190, C175, C186, C195, C188, C191, C109, C188, C191, C229, C176, C185, C176, C190, C175, C187], &[C190, C175, C186, C195, C188, C191, C109, C188, C191, C220, C194, C187, C179, C108, C219, C195]]) },
        // es.share.label
        Derived { literals: Some(&[("Compartir", false), ("Copiar enlace", false)]), first: Some([0x0, 0x8, 0x0, 0x0]), starts: Some(&[&[C174, C188, C189, C195, C187, C175, C179, C178, C175], &[C174, C188, C189, C195, C187, C175, C179, C178, C175, C0], &[C174, C188, C195, C178, C187, C175, C191, C176, C109, C185, C187, C192, C176]]) },
        // es.widget.label
        Derived { literals: Some(&[("Imprimir", false)]), first: Some([0x0, 0x200, 0x0, 0x0]), starts: Some(&[&[C184, C189, C195, C175, C178, C189, C178, C175]]) },
        // es.credit.dateline
        Derived { literals: Some(&[("(AFP)", false), ("(EFE)", false), ("(EUROPA PRESS)", false), ("(Europa Press)", false), ("(Reuters)", false)]), first: Some([0x0, 0x7fffffe, 0x0, 0x18406003fe3f8]), starts: None },
    ],
    // pt
    &[
        // pt.copyright
        Derived { literals: None, first: None, starts: None },
        // pt.credit.por
        Derived { literals: Some(&[("Por", false)]), first: Some([0x0, 0x10000, 0x0, 0x0]), starts: Some(&[&[C193, C188, C175, C0]]) },
        // pt.timestamp
        Derived { literals: Some(&[("Atualizado", false), ("Publicado", false)]), first: Some([0x0, 0x10002, 0x0, 0x0]), starts: Some(&[&[C219, C179, C186, C187, C185, C178, C497, C187, C177, C188, C50], &[C219, C179, C186, C187, C185, C178, C497, C187, C177, C188, C75], &[C193, C186, C182, C185, C178, C192, C187, C177, C188, C50], &[C193, C186, C182, C185, C178, C192, C187, C177, C188, C75]]) },
        // pt.caption.credit
        Derived { literals: Some(&[("Foto", false), ("Fotografia", false), ("Imagem", false)]), first: Some([0x0, 0x240, 0x0, 0x0]), starts: Some(&[&[C238, C188, C179, C188, C0], &[C238, C188, C179, C188, C181, C50], &[C238, C188, C179, C188, C181, C0], &[C238, C188, C179, C188, C190, C175, C187, C223, C178, C187, C0], &[C238, C188, C179, C188, C190, C175, C187, C223, C178, C187, C181, C50], &[C238, C188, C179, C188, C190, C175, C187, C223, C178, C187, C181, C0], &[C184, C189, C187, C190, C176, C189, C0], &[C184, C189, C187, C190, C176, C189, C181, C50], &[C184, C189, C187, C190, C176, C189, C181, C0]]) },
        // pt.teaser.header
        Derived { literals: Some(&[("Leia também", false), ("Mais lidas", false), ("Notícias relacionadas", false), ("Veja também", false)]), first: Some([0x0, 0x407000, 0x0, 0x0]), starts: Some(&[&[C105, C176, C178, C187, C191, C179, C187, C189, C182, C506, C189], &[C105, C176, C178, C187, C191, C179, C187, C189, C182, C506, C189, C0], &[C105, C176, C178, C187, C191, C179, C187, C189, C182, C506, C189, C181], &[C236, C187, C178, C108, C191, C185, C178, C177, C187, C108], &[C236, C187, C178, C108, C191, C185, C178, C177, C187, C108, C0], &[C236, C187, C178, C108, C191, C185, C178, C177, C187, C108, C181], &[C100, C188, C179, C514, C192, C178, C187, C108, C191, C175, C176, C185, C187, C192, C178, C188], &[C235, C176, C505, C187, C191, C179, C187, C189, C182, C506, C189], &[C235, C176, C505, C187, C191, C179, C187, C189, C182, C506, C189, C0], &[C235, C176, C505, C187, C191, C179, C187, C189, C182, C506, C189, C181]]) },
        // pt.teaser.inline
        Derived { literals: Some(&[("Leia mais", false), ("Leia também", false), ("Veja também", false)]), first: Some([0x0, 0x401000, 0x0, 0x0]), starts: Some(&[&[C105, C176, C178, C187, C191, C189, C187, C178, C108, C0], &[C105, C176, C178, C187, C191, C189, C187, C178, C108, C181, C131], &[C105, C176, C178, C187, C191, C189, C187, C178, C108, C181, C131, C50], &[C105, C176, C178, C187, C191, C189, C187, C178, C108, C181, C0], &[C105, C176, C178, C187, C191, C179, C187, C189, C182, C506, C189, C0], &[C105, C176, C178, C187, C191, C179, C187, C189, C182, C506, C189, C181, C131], &[C105, C176, C178, C187, C191, C179, C187, C189, C182, C506, C189, C181, C131, C50], &[C105, C176, C178, C187, C191, C179, C187, C189, C182, C506, C189, C181, C0], &[C235, C176, C505, C187, C191, C179, C187, C189, C182, C506, C189, C0], &[C235, C176, C505, C187, C191, C179, C187, C189, C182, C506, C189, C181, C131], &[C235, C176, C505, C187, C191, C179, C187, C189, C182, C506, C189, C181, C131, C50], &[C235, C176, C505, C187, C191, C179, C187, C189, C182, C506, C189, C181, C0]]) },
        // pt.promo.subscribe
        Derived { literals: Some(&[("assine", true), ("asſine", true), ("aſsine", true), ("aſſine", true), ("inscreva-se", true), ("inscreva-ſe", true), ("inſcreva-se", true), ("inſcreva-ſe", true), ("siga-nos", true), ("siga-noſ", true), ("ſiga-nos", true), ("ſiga-noſ", true)]), first: Some([0x0, 0x8020200080202, 0x0, 0x20]), starts: Some(&[&[C209, C201, C201, C199, C214, C207], &[C209, C201, C201, C199, C214, C207, C50], &[C199, C214, C201, C212, C200, C207, C217, C209, C510, C201, C207], &[C199, C214, C201, C212, C200, C207, C217, C209, C510, C201, C207, C50], &[C201, C199, C218, C209, C510, C214, C210, C201], &[C201, C199, C218, C209, C510, C214, C210, C201, C50]]) },
        // pt.share.label
        Derived { literals: Some(&[("Compartilhar", false), ("Compartilhe", false), ("Copiar link", false)]), first: Some([0x0, 0x8, 0x0, 0x0]), starts: Some(&[&[C174, C188, C189, C195, C187, C175, C179, C178, C185, C194, C187, C175], &[C174, C188, C189, C195, C187, C175, C179, C178, C185, C194, C187, C175, C0], &[C174, C188, C189, C195, C187, C175, C179, C178, C185, C194, C176], &[C174, C188, C189, C195, C187, C175, C179, C178, C185, C194, C176, C0], &[C174, C188, C195, C178, C187, C175, C191, C185, C178, C109, C356]]) },
        // pt.widget.label
        Derived { literals: Some(&[("Imprimir", false)]), first: Some([0x0, 0x200, 0x0, 0x0]), starts: Some(&[&[C184, C189, C195, C175, C178, C189, C178, C175]]) },
    ],
    // ru
    &[
        // ru.copyright
        Derived { literals: None, first: None, starts: None },
        // ru.caption.credit
        Derived { literals: Some(&[("Фото", false)]), first: Some([0x0, 0x0, 0x0, 0x10000]), starts: Some(&[&[C518, C519, C520, C519, C0], &[C518, C519, C520, C519, C253, C50], &[C518, C519, C520, C519, C253, C0]]) },
        // ru.teaser.inline
        Derived { literals: Some(&[("По теме", false), ("Смотрите также", false), ("Читайте также", false)]), first: Some([0x0, 0x0, 0x0, 0x10000]), starts: Some(&[&[C521, C519, C191, C520, C522, C523, C522, C0], &[C521, C519, C191, C520, C522, C523, C522, C181, C131], &[C521, C519, C191, C520, C522, C523, C522, C181, C131, C50], &[C521, C519, C191, C520, C522, C523, C522, C181, C0], &[C524, C523, C519, C520, C525, C526, C520, C522, C191, C520, C527, C528, C529, C522, C0], &[C524, C523, C519, C520, C525, C526, C520, C522, C191, C520, C527, C528, C529, C522, C181, C131], &[C524, C523, C519, C520, C525, C526, C520, C522, C191, C520, C527, C528, C529, C522, C181, C0], &[C530, C526, C520, C527, C531, C520, C522, C191, C520, C527, C528, C529, C522, C0], &[C530, C526, C520, C527, C531, C520, C522, C191, C520, C527, C528, C529, C522, C181, C131], &[C530, C526, C520, C527, C531, C520, C522, C191, C520, C527, C528, C529, C522, C181, C131, C50], &[C530, C526, C520, C527, C531, C520, C522, C191, C520, C527, C528, C529, C522, C181, C0]]) },
        // ru.promo.subscribe
        Derived { literals: Some(&[("Подписывайтесь", false), ("Подпишитесь", false)]), first: Some([0x0, 0x0, 0x0, 0x10000]), starts: Some(&[&[C521, C519, C532, C533, C526, C534, C535, C536, C527, C531, C520, C522, C534, C537, C0], &[C521, C519, C532, C533, C526, C538, C526, C520, C522, C534, C537, C0]]) },
        // ru.share.label
        Derived { literals: Some(&[("Поделиться", false)]), first: Some([0x0, 0x0, 0x0, 0x10000]), starts: Some(&[&[C521, C519, C532, C522, C539, C526, C520, C537, C534, C540]]) },
        // ru.credit.dateline
        Derived { literals: Some(&[("/ТАСС/", false), ("RT", false), ("Интерфакс", false), ("Прайм", false), ("РИА Новости", false)]), first: Some([0x0, 0x7fffffe, 0x0, 0x18406003fe3f8]), starts: None },
    ],
    // it
    &[
        // it.copyright
        Derived { literals: Some(&[("riproduzione riservata", true), ("riproduzione riſervata", true), ("tutti i diritti riservati", true), ("tutti i diritti riſervati", true)]), first: None, starts: None },
        // it.teaser.inline
        Derived { literals: Some(&[("guarda anche", true), ("leggi anche", true), ("leggi pure", true)]), first: Some([0x0, 0x108000001080, 0x0, 0x0]), starts: Some(&[&[C218, C204, C209, C200, C208, C209, C191, C209, C214, C212, C206, C207, C0], &[C218, C204, C209, C200, C208, C209, C191, C209, C214, C212, C206, C207, C181, C131], &[C218, C204, C209, C200, C208, C209, C191, C209, C214, C212, C206, C207, C181, C131, C50], &[C218, C204, C209, C200, C208, C209, C191, C209, C214, C212, C206, C207, C181, C0], &[C205, C207, C218, C218, C199, C191, C209, C214, C212, C206, C207, C0], &[C205, C207, C218, C218, C199, C191, C209, C214, C212, C206, C207, C181, C131], &[C205, C207, C218, C218, C199, C191, C209, C214, C212, C206, C207, C181, C131, C50], &[C205, C207, C218, C218, C199, C191, C209, C214, C212, C206, C207, C181, C0], &[C205, C207, C218, C218, C199, C191, C203, C204, C200, C207, C0], &[C205, C207, C218, C218, C199, C191, C203, C204, C200, C207, C181, C131], &[C205, C207, C218, C218, C199, C191, C203, C204, C200, C207, C181, C131, C50], &[C205, C207, C218, C218, C199, C191, C203, C204, C200, C207, C181, C0]]) },
        // it.promo.subscribe
        Derived { literals: Some(&[("abbonati", true), ("iscriviti", true), ("iſcriviti", true), ("seguici su", true), ("seguici ſu", true), ("ſeguici su", true), ("ſeguici ſu", true)]), first: Some([0x0, 0x8020200080202, 0x0, 0x20]), starts: Some(&[&[C209, C171, C171, C210, C214, C209, C202, C199], &[C209, C171, C171, C210, C214, C209, C202, C199, C50], &[C199, C201, C212, C200, C199, C217, C199, C202, C199], &[C199, C201, C212, C200, C199, C217, C199, C202, C199, C50], &[C201, C207, C218, C204, C199, C212, C199, C191, C201, C204], &[C201, C207, C218, C204, C199, C212, C199, C191, C201, C204, C50]]) },
        // it.share.label
        Derived { literals: Some(&[("Condividi", false)]), first: Some([0x0, 0x8, 0x0, 0x0]), starts: Some(&[&[C174, C188, C109, C177, C178, C232, C178, C177, C178], &[C174, C188, C109, C177, C178, C232, C178, C177, C178, C0]]) },
        // it.credit.dateline
        Derived { literals: Some(&[("(AGI)", false), ("(ANSA)", false), ("(Adnkronos)", false), ("(Italpress)", false), ("(LaPresse)", false)]), first: Some([0x10000000000, 0x0, 0x0, 0x0]), starts: Some(&[&[C173, C219, C225, C184, C498, C0], &[C173, C219, C225, C184, C498, C541], &[C173, C219, C100, C99, C219, C498, C0], &[C173, C219, C100, C99, C219, C498, C541], &[C173, C219, C177, C109, C356, C175, C188, C109, C188, C108, C498, C0], &[C173, C219, C177, C109, C356, C175, C188, C109, C188, C108, C498, C541], &[C173, C184, C179, C187, C185, C195, C175, C176, C108, C108, C498, C0], &[C173, C184, C179, C187, C185, C195, C175, C176, C108, C108, C498, C541], &[C173, C105, C187, C193, C175, C176, C108, C108, C176, C498, C0], &[C173, C105, C187, C193, C175, C176, C108, C108, C176, C498, C541]]) },
    ],
    // any
    &[
        // any.credit.email
        Derived { literals: Some(&[("@", false)]), first: Some([0x13ff690100003e00, 0x7fffffe8ffffffe, 0x0, 0x9bffffffffffc]), starts: None },
        // any.widget.shortcode
        Derived { literals: Some(&[("[", false)]), first: Some([0x0, 0x8000000, 0x0, 0x0]), starts: Some(&[&[C542, C543], &[C542, C543, C0]]) },
        // any.widget.rule-line
        Derived { literals: Some(&[("*", false), ("-", false), ("=", false), ("~", false), ("—", false), ("─", false), ("━", false), ("═", false), ("＊", false), ("－", false), ("＝", false), ("～", false)]), first: Some([0x2000240000000000, 0x4000000000000000, 0x0, 0x800400000000]), starts: Some(&[&[C544], &[C544, C0], &[C510], &[C510, C0], &[C135], &[C135, C0], &[C545], &[C545, C0], &[C546]]) },
        // any.breadcrumb
        Derived { literals: Some(&[(">", false), ("»", false), ("›", false)]), first: Some([0xbfffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0x1fffffffffffff]), starts: Some(&[&[C547]]) },
        // any.timestamp.bare
        Derived { literals: None, first: Some([0x3ff010000000000, 0x8000000, 0x0, 0x184038a000000]), starts: Some(&[&[C1, C75], &[C75]]) },
        // any.caption.credit-end
        Derived { literals: Some(&[("Bild", false), ("Foto", false), ("Fotografía", false), ("Image", false), ("Photo", false), ("Photograph", false), ("Picture", false), ("Фото", false)]), first: None, starts: None },
        // any.caption.copyright-end
        Derived { literals: Some(&[("©", false)]), first: None, starts: None },
        // any.widget.trackback-url
        Derived { literals: Some(&[("http://", false), ("https://", false)]), first: Some([0x0, 0x10000000000, 0x0, 0x0]), starts: Some(&[&[C194, C179, C179, C195, C181, C3, C3, C131], &[C194, C179, C179, C195, C181, C3, C3, C3, C189, C179, C510, C179, C182, C548, C192, C190], &[C194, C179, C179, C195, C181, C3, C3, C3, C179, C182, C548, C192, C190, C178], &[C194, C179, C179, C195, C181, C3, C3, C3, C179, C182, C548, C192, C190, C178, C131], &[C194, C179, C179, C195, C181, C3, C3, C3, C179, C182, C548, C195, C194, C195], &[C194, C179, C179, C195, C181, C3, C3, C3, C179, C182, C548, C195, C194, C195, C131], &[C194, C179, C179, C195, C181, C3, C3, C3, C179, C182, C3], &[C194, C179, C179, C195, C181, C3, C3, C3, C179, C182, C3, C131], &[C194, C179, C179, C195, C181, C3, C3, C3, C179, C175, C187, C192, C356, C182, C187, C192], &[C194, C179, C179, C195, C181, C3, C3, C179, C175, C187, C192, C356, C182, C187, C192, C356], &[C194, C179, C179, C195, C108, C181, C3, C3, C131], &[C194, C179, C179, C195, C108, C181, C3, C3, C3, C189, C179, C510, C179, C182, C548, C192], &[C194, C179, C179, C195, C108, C181, C3, C3, C3, C179, C182, C548, C192, C190, C178], &[C194, C179, C179, C195, C108, C181, C3, C3, C3, C179, C182, C548, C192, C190, C178, C131], &[C194, C179, C179, C195, C108, C181, C3, C3, C3, C179, C182, C548, C195, C194, C195], &[C194, C179, C179, C195, C108, C181, C3, C3, C3, C179, C182, C548, C195, C194, C195, C131], &[C194, C179, C179, C195, C108, C181, C3, C3, C3, C179, C182, C3], &[C194, C179, C179, C195, C108, C181, C3, C3, C3, C179, C182, C3, C131], &[C194, C179, C179, C195, C108, C181, C3, C3, C3, C179, C175, C187, C192, C356, C182, C187], &[C194, C179, C179, C195, C108, C181, C3, C3, C179, C175, C187, C192, C356, C182, C187, C192]]) },
    ],
];

/// The openings' classes.
#[rustfmt::skip]
mod classes {
    use super::Position;

    pub(super) const C0: Position = &[('\t', '\r'), (' ', ' '), ('\u{85}', '\u{85}'), ('\u{a0}', '\u{a0}'), ('\u{1680}', '\u{1680}'), ('\u{2000}', '\u{200a}'), ('\u{2028}', '\u{2029}'), ('\u{202f}', '\u{202f}'), ('\u{205f}', '\u{205f}'), ('\u{3000}', '\u{3000}')];
    pub(super) const C1: Position = &[('(', '('), ('[', '[')];
    pub(super) const C2: Position = &[('가', '힣')];
    pub(super) const C3: Position = &[('/', '/')];
    pub(super) const C4: Position = &[('기', '기')];
    pub(super) const C5: Position = &[('자', '자')];
    pub(super) const C6: Position = &[('명', '명')];
    pub(super) const C7: Position = &[('B', 'C'), ('E', 'E'), ('G', 'G'), ('J', 'K'), ('M', 'M'), ('O', 'O'), ('S', 'U'), ('Y', 'Y'), ('u', 'u'), ('가', '힣')];
    pub(super) const C8: Position = &[('지', '지')];
    pub(super) const C9: Position = &[('금', '금')];
    pub(super) const C10: Position = &[('까', '까')];
    pub(super) const C11: Position = &[('\0', ' '), ('"', '-'), ('/', '>'), ('@', '、'), ('〃', '\u{10ffff}')];
    pub(super) const C12: Position = &[('C', 'C'), ('P', 'P'), ('V', 'V'), ('구', '구'), ('그', '그'), ('디', '디'), ('연', '연'), ('영', '영'), ('오', '오'), ('자', '자'), ('조', '조'), ('촬', '촬'), ('취', '취'), ('편', '편')];
    pub(super) const C13: Position = &[('(', '('), ('[', '['), ('【', '【')];
    pub(super) const C14: Position = &[('\t', '\r'), (' ', ' '), ('-', ':'), ('\u{85}', '\u{85}'), ('\u{a0}', '\u{a0}'), ('٠', '٩'), ('۰', '۹'), ('߀', '߉'), ('०', '९'), ('০', '৯'), ('੦', '੯'), ('૦', '૯'), ('୦', '୯'), ('௦', '௯'), ('౦', '౯'), ('೦', '೯'), ('൦', '൯'), ('෦', '෯'), ('๐', '๙'), ('໐', '໙'), ('༠', '༩'), ('၀', '၉'), ('႐', '႙'), ('\u{1680}', '\u{1680}'), ('០', '៩'), ('᠐', '᠙'), ('᥆', '᥏'), ('᧐', '᧙'), ('᪀', '᪉'), ('᪐', '᪙'), ('᭐', '᭙'), ('᮰', '᮹'), ('᱀', '᱉'), ('᱐', '᱙'), ('\u{2000}', '\u{200a}'), ('\u{2028}', '\u{2029}'), ('\u{202f}', '\u{202f}'), ('\u{205f}', '\u{205f}'), ('\u{3000}', '\u{3000}'), ('꘠', '꘩'), ('꣐', '꣙'), ('꤀', '꤉'), ('꧐', '꧙'), ('꧰', '꧹'), ('꩐', '꩙'), ('꯰', '꯹'), ('０', '９'), ('𐒠', '𐒩'), ('𐴰', '𐴹'), ('𐵀', '𐵉'), ('𑁦', '𑁯'), ('𑃰', '𑃹'), ('𑄶', '𑄿'), ('𑇐', '𑇙'), ('𑋰', '𑋹'), ('𑑐', '𑑙'), ('𑓐', '𑓙'), ('𑙐', '𑙙'), ('𑛀', '𑛉'), ('𑛐', '𑛣'), ('𑜰', '𑜹'), ('𑣠', '𑣩'), ('𑥐', '𑥙'), ('𑯰', '𑯹'), ('𑱐', '𑱙'), ('𑵐', '𑵙'), ('𑶠', '𑶩'), ('𑽐', '𑽙'), ('𖄰', '𖄹'), ('𖩠', '𖩩'), ('𖫀', '𖫉'), ('𖭐', '𖭙'), ('𖵰', '𖵹'), ('𜳰', '𜳹'), ('𝟎', '𝟿'), ('𞅀', '𞅉'), ('𞋰', '𞋹'), ('𞓰', '𞓹'), ('𞗱', '𞗺'), ('𞥐', '𞥙'), ('🯰', '🯹')];
    pub(super) const C15: Position = &[('(', '('), ('<', '<'), ('[', '[')];
    pub(super) const C16: Position = &[('©', '©'), ('ⓒ', 'ⓒ')];
    pub(super) const C17: Position = &[('\0', '('), ('*', '='), ('?', '\\'), ('^', '\u{10ffff}')];
    pub(super) const C18: Position = &[('게', '게')];
    pub(super) const C19: Position = &[('재', '재')];
    pub(super) const C20: Position = &[('시', '시')];
    pub(super) const C21: Position = &[('간', '간')];
    pub(super) const C22: Position = &[('일', '일')];
    pub(super) const C23: Position = &[('사', '사')];
    pub(super) const C24: Position = &[('수', '수')];
    pub(super) const C25: Position = &[('정', '정')];
    pub(super) const C26: Position = &[('입', '입')];
    pub(super) const C27: Position = &[('력', '력')];
    pub(super) const C28: Position = &[('등', '등')];
    pub(super) const C29: Position = &[('록', '록')];
    pub(super) const C30: Position = &[('발', '발')];
    pub(super) const C31: Position = &[('행', '행')];
    pub(super) const C32: Position = &[('송', '송')];
    pub(super) const C33: Position = &[('고', '고')];
    pub(super) const C34: Position = &[('승', '승')];
    pub(super) const C35: Position = &[('인', '인')];
    pub(super) const C36: Position = &[('업', '업')];
    pub(super) const C37: Position = &[('데', '데')];
    pub(super) const C38: Position = &[('이', '이')];
    pub(super) const C39: Position = &[('트', '트')];
    pub(super) const C40: Position = &[('작', '작')];
    pub(super) const C41: Position = &[('성', '성')];
    pub(super) const C42: Position = &[('최', '최')];
    pub(super) const C43: Position = &[('종', '종')];
    pub(super) const C44: Position = &[('(', '('), ('/', '/'), ('<', '<'), ('[', '[')];
    pub(super) const C45: Position = &[('끝', '끝')];
    pub(super) const C46: Position = &[(')', ')'), ('/', '/'), ('>', '>'), (']', ']')];
    pub(super) const C47: Position = &[('<', '<'), ('[', '['), ('【', '【')];
    pub(super) const C48: Position = &[('H', 'H'), ('가', '가'), ('관', '관'), ('기', '기'), ('랭', '랭'), ('많', '많'), ('실', '실'), ('에', '에'), ('오', '오'), ('이', '이'), ('인', '인'), ('주', '주'), ('최', '최'), ('추', '추'), ('포', '포'), ('함', '함'), ('핫', '핫')];
    pub(super) const C49: Position = &[('▶', '▷'), ('►', '►'), ('☞', '☞')];
    pub(super) const C50: Position = &[('\0', '\t'), ('\u{b}', '\u{10ffff}')];
    pub(super) const C51: Position = &[('가', '가')];
    pub(super) const C52: Position = &[('!', '!'), ('.', '.')];
    pub(super) const C53: Position = &[('하', '하')];
    pub(super) const C54: Position = &[('구', '구')];
    pub(super) const C55: Position = &[('독', '독')];
    pub(super) const C56: Position = &[('다', '다')];
    pub(super) const C57: Position = &[('운', '운')];
    pub(super) const C58: Position = &[('로', '로')];
    pub(super) const C59: Position = &[('드', '드')];
    pub(super) const C60: Position = &[('바', '바')];
    pub(super) const C61: Position = &[('보', '보')];
    pub(super) const C62: Position = &[('앱', '앱')];
    pub(super) const C63: Position = &[('제', '제')];
    pub(super) const C64: Position = &[('참', '참')];
    pub(super) const C65: Position = &[('여', '여')];
    pub(super) const C66: Position = &[('친', '친')];
    pub(super) const C67: Position = &[('추', '추')];
    pub(super) const C68: Position = &[('글', '글')];
    pub(super) const C69: Position = &[('씨', '씨')];
    pub(super) const C70: Position = &[('크', '크')];
    pub(super) const C71: Position = &[('설', '설')];
    pub(super) const C72: Position = &[('듣', '듣')];
    pub(super) const C73: Position = &[('닫', '닫')];
    pub(super) const C74: Position = &[('댓', '댓')];
    pub(super) const C75: Position = &[('0', '9'), ('٠', '٩'), ('۰', '۹'), ('߀', '߉'), ('०', '९'), ('০', '৯'), ('੦', '੯'), ('૦', '૯'), ('୦', '୯'), ('௦', '௯'), ('౦', '౯'), ('೦', '೯'), ('൦', '൯'), ('෦', '෯'), ('๐', '๙'), ('໐', '໙'), ('༠', '༩'), ('၀', '၉'), ('႐', '႙'), ('០', '៩'), ('᠐', '᠙'), ('᥆', '᥏'), ('᧐', '᧙'), ('᪀', '᪉'), ('᪐', '᪙'), ('᭐', '᭙'), ('᮰', '᮹'), ('᱀', '᱉'), ('᱐', '᱙'), ('꘠', '꘩'), ('꣐', '꣙'), ('꤀', '꤉'), ('꧐', '꧙'), ('꧰', '꧹'), ('꩐', '꩙'), ('꯰', '꯹'), ('０', '９'), ('𐒠', '𐒩'), ('𐴰', '𐴹'), ('𐵀', '𐵉'), ('𑁦', '𑁯'), ('𑃰', '𑃹'), ('𑄶', '𑄿'), ('𑇐', '𑇙'), ('𑋰', '𑋹'), ('𑑐', '𑑙'), ('𑓐', '𑓙'), ('𑙐', '𑙙'), ('𑛀', '𑛉'), ('𑛐', '𑛣'), ('𑜰', '𑜹'), ('𑣠', '𑣩'), ('𑥐', '𑥙'), ('𑯰', '𑯹'), ('𑱐', '𑱙'), ('𑵐', '𑵙'), ('𑶠', '𑶩'), ('𑽐', '𑽙'), ('𖄰', '𖄹'), ('𖩠', '𖩩'), ('𖫀', '𖫉'), ('𖭐', '𖭙'), ('𖵰', '𖵹'), ('𜳰', '𜳹'), ('𝟎', '𝟿'), ('𞅀', '𞅉'), ('𞋰', '𞋹'), ('𞓰', '𞓹'), ('𞗱', '𞗺'), ('𞥐', '𞥙'), ('🯰', '🯹')];
    pub(super) const C76: Position = &[('번', '번')];
    pub(super) const C77: Position = &[('역', '역')];
    pub(super) const C78: Position = &[('본', '본')];
    pub(super) const C79: Position = &[('문', '문')];
    pub(super) const C80: Position = &[('줄', '줄')];
    pub(super) const C81: Position = &[('키', '키')];
    pub(super) const C82: Position = &[('우', '우')];
    pub(super) const C83: Position = &[('북', '북')];
    pub(super) const C84: Position = &[('마', '마')];
    pub(super) const C85: Position = &[('진', '진')];
    pub(super) const C86: Position = &[('스', '스')];
    pub(super) const C87: Position = &[('랩', '랩')];
    pub(super) const C88: Position = &[('원', '원')];
    pub(super) const C89: Position = &[('음', '음')];
    pub(super) const C90: Position = &[('으', '으')];
    pub(super) const C91: Position = &[('미', '미')];
    pub(super) const C92: Position = &[('확', '확')];
    pub(super) const C93: Position = &[('대', '대')];
    pub(super) const C94: Position = &[('쇄', '쇄')];
    pub(super) const C95: Position = &[('좋', '좋')];
    pub(super) const C96: Position = &[('아', '아')];
    pub(super) const C97: Position = &[('요', '요')];
    pub(super) const C98: Position = &[('감', '감'), ('공', '공'), ('궁', '궁'), ('놀', '놀'), ('비', '비'), ('슬', '슬'), ('싫', '싫'), ('응', '응'), ('좋', '좋'), ('최', '최'), ('추', '추'), ('팬', '팬'), ('화', '화'), ('후', '후'), ('훈', '훈'), ('흥', '흥')];
    pub(super) const C99: Position = &[('S', 'S')];
    pub(super) const C100: Position = &[('N', 'N')];
    pub(super) const C101: Position = &[('공', '공')];
    pub(super) const C102: Position = &[('유', '유')];
    pub(super) const C103: Position = &[('U', 'U')];
    pub(super) const C104: Position = &[('R', 'R')];
    pub(super) const C105: Position = &[('L', 'L')];
    pub(super) const C106: Position = &[('복', '복')];
    pub(super) const C107: Position = &[('X', 'X')];
    pub(super) const C108: Position = &[('s', 's')];
    pub(super) const C109: Position = &[('n', 'n')];
    pub(super) const C110: Position = &[('합', '합')];
    pub(super) const C111: Position = &[('니', '니')];
    pub(super) const C112: Position = &[('해', '해')];
    pub(super) const C113: Position = &[('주', '주')];
    pub(super) const C114: Position = &[('세', '세')];
    pub(super) const C115: Position = &[('를', '를')];
    pub(super) const C116: Position = &[('네', '네')];
    pub(super) const C117: Position = &[('버', '버')];
    pub(super) const C118: Position = &[('밴', '밴')];
    pub(super) const C119: Position = &[('블', '블')];
    pub(super) const C120: Position = &[('그', '그')];
    pub(super) const C121: Position = &[('링', '링')];
    pub(super) const C122: Position = &[('소', '소')];
    pub(super) const C123: Position = &[('카', '카')];
    pub(super) const C124: Position = &[('오', '오')];
    pub(super) const C125: Position = &[('토', '토')];
    pub(super) const C126: Position = &[('리', '리')];
    pub(super) const C127: Position = &[('톡', '톡')];
    pub(super) const C128: Position = &[('위', '위')];
    pub(super) const C129: Position = &[('터', '터')];
    pub(super) const C130: Position = &[('페', '페')];
    pub(super) const C131: Position = &[('\0', '\u{8}'), ('\u{e}', '\u{1f}'), ('!', '\u{84}'), ('\u{86}', '\u{9f}'), ('¡', 'ᙿ'), ('ᚁ', '\u{1fff}'), ('\u{200b}', '‧'), ('\u{202a}', '\u{202e}'), ('‰', '⁞'), ('\u{2060}', '⿿'), ('、', '\u{10ffff}')];
    pub(super) const C132: Position = &[('+', '+'), ('▶', '▷'), ('►', '►'), ('☞', '☞')];
    pub(super) const C133: Position = &[('래', '래')];
    pub(super) const C134: Position = &[('픽', '픽')];
    pub(super) const C135: Position = &[('=', '=')];
    pub(super) const C136: Position = &[('\0', '('), ('*', '\\'), ('^', '\u{10ffff}')];
    pub(super) const C137: Position = &[('영', '영')];
    pub(super) const C138: Position = &[('상', '상')];
    pub(super) const C139: Position = &[('료', '료')];
    pub(super) const C140: Position = &[('▲', '▲')];
    pub(super) const C141: Position = &[('【', '【')];
    pub(super) const C142: Position = &[('강', '강')];
    pub(super) const C143: Position = &[('릉', '릉')];
    pub(super) const C144: Position = &[('】', '】')];
    pub(super) const C145: Position = &[('경', '경')];
    pub(super) const C146: Position = &[('양', '양')];
    pub(super) const C147: Position = &[('광', '광')];
    pub(super) const C148: Position = &[('김', '김')];
    pub(super) const C149: Position = &[('전', '전')];
    pub(super) const C150: Position = &[('목', '목')];
    pub(super) const C151: Position = &[('포', '포')];
    pub(super) const C152: Position = &[('부', '부')];
    pub(super) const C153: Position = &[('산', '산')];
    pub(super) const C154: Position = &[('천', '천')];
    pub(super) const C155: Position = &[('서', '서')];
    pub(super) const C156: Position = &[('울', '울')];
    pub(super) const C157: Position = &[('남', '남')];
    pub(super) const C158: Position = &[('순', '순')];
    pub(super) const C159: Position = &[('안', '안')];
    pub(super) const C160: Position = &[('동', '동')];
    pub(super) const C161: Position = &[('용', '용')];
    pub(super) const C162: Position = &[('의', '의')];
    pub(super) const C163: Position = &[('창', '창')];
    pub(super) const C164: Position = &[('청', '청')];
    pub(super) const C165: Position = &[('춘', '춘')];
    pub(super) const C166: Position = &[('평', '평')];
    pub(super) const C167: Position = &[('택', '택')];
    pub(super) const C168: Position = &[('항', '항')];
    pub(super) const C169: Position = &[('화', '화')];
    pub(super) const C170: Position = &[('\0', '\''), ('*', '<'), ('>', 'Z'), ('\\', '\\'), ('^', '』'), ('〒', '\u{10ffff}')];
    pub(super) const C171: Position = &[('B', 'B'), ('b', 'b')];
    pub(super) const C172: Position = &[('Y', 'Y'), ('y', 'y')];
    pub(super) const C173: Position = &[('(', '(')];
    pub(super) const C174: Position = &[('C', 'C')];
    pub(super) const C175: Position = &[('r', 'r')];
    pub(super) const C176: Position = &[('e', 'e')];
    pub(super) const C177: Position = &[('d', 'd')];
    pub(super) const C178: Position = &[('i', 'i')];
    pub(super) const C179: Position = &[('t', 't')];
    pub(super) const C180: Position = &[(',', ',')];
    pub(super) const C181: Position = &[(':', ':')];
    pub(super) const C182: Position = &[('b', 'b')];
    pub(super) const C183: Position = &[('y', 'y')];
    pub(super) const C184: Position = &[('I', 'I')];
    pub(super) const C185: Position = &[('l', 'l')];
    pub(super) const C186: Position = &[('u', 'u')];
    pub(super) const C187: Position = &[('a', 'a')];
    pub(super) const C188: Position = &[('o', 'o')];
    pub(super) const C189: Position = &[('m', 'm')];
    pub(super) const C190: Position = &[('g', 'g')];
    pub(super) const C191: Position = &[(' ', ' ')];
    pub(super) const C192: Position = &[('c', 'c')];
    pub(super) const C193: Position = &[('P', 'P')];
    pub(super) const C194: Position = &[('h', 'h')];
    pub(super) const C195: Position = &[('p', 'p')];
    pub(super) const C196: Position = &[('O', 'O')];
    pub(super) const C197: Position = &[('E', 'E')];
    pub(super) const C198: Position = &[('F', 'F'), ('f', 'f')];
    pub(super) const C199: Position = &[('I', 'I'), ('i', 'i')];
    pub(super) const C200: Position = &[('R', 'R'), ('r', 'r')];
    pub(super) const C201: Position = &[('S', 'S'), ('s', 's'), ('ſ', 'ſ')];
    pub(super) const C202: Position = &[('T', 'T'), ('t', 't')];
    pub(super) const C203: Position = &[('P', 'P'), ('p', 'p')];
    pub(super) const C204: Position = &[('U', 'U'), ('u', 'u')];
    pub(super) const C205: Position = &[('L', 'L'), ('l', 'l')];
    pub(super) const C206: Position = &[('H', 'H'), ('h', 'h')];
    pub(super) const C207: Position = &[('E', 'E'), ('e', 'e')];
    pub(super) const C208: Position = &[('D', 'D'), ('d', 'd')];
    pub(super) const C209: Position = &[('A', 'A'), ('a', 'a')];
    pub(super) const C210: Position = &[('O', 'O'), ('o', 'o')];
    pub(super) const C211: Position = &[('\'', '\'')];
    pub(super) const C212: Position = &[('C', 'C'), ('c', 'c')];
    pub(super) const C213: Position = &[('K', 'K'), ('k', 'k'), ('K', 'K')];
    pub(super) const C214: Position = &[('N', 'N'), ('n', 'n')];
    pub(super) const C215: Position = &[('W', 'W'), ('w', 'w')];
    pub(super) const C216: Position = &[('M', 'M'), ('m', 'm')];
    pub(super) const C217: Position = &[('V', 'V'), ('v', 'v')];
    pub(super) const C218: Position = &[('G', 'G'), ('g', 'g')];
    pub(super) const C219: Position = &[('A', 'A')];
    pub(super) const C220: Position = &[('W', 'W')];
    pub(super) const C221: Position = &[('@', '@')];
    pub(super) const C222: Position = &[('0', '9'), ('A', 'Z'), ('_', '_'), ('a', 'z'), ('ſ', 'ſ'), ('K', 'K')];
    pub(super) const C223: Position = &[('f', 'f')];
    pub(super) const C224: Position = &[('w', 'w')];
    pub(super) const C225: Position = &[('G', 'G')];
    pub(super) const C226: Position = &[('B', 'B')];
    pub(super) const C227: Position = &[('X', 'X'), ('x', 'x')];
    pub(super) const C228: Position = &[('J', 'J')];
    pub(super) const C229: Position = &[('T', 'T')];
    pub(super) const C230: Position = &[('A', 'Z'), ('a', 'z')];
    pub(super) const C231: Position = &[('q', 'q')];
    pub(super) const C232: Position = &[('v', 'v')];
    pub(super) const C233: Position = &[('Y', 'Y')];
    pub(super) const C234: Position = &[('D', 'D')];
    pub(super) const C235: Position = &[('V', 'V')];
    pub(super) const C236: Position = &[('M', 'M')];
    pub(super) const C237: Position = &[('(', '('), ('（', '（')];
    pub(super) const C238: Position = &[('F', 'F')];
    pub(super) const C239: Position = &[('=', '='), ('＝', '＝')];
    pub(super) const C240: Position = &[('A', 'A'), ('C', 'C'), ('E', 'E'), ('N', 'N'), ('d', 'd'), ('ブ', 'ブ'), ('ロ', 'ロ'), ('共', '共'), ('新', '新'), ('時', '時'), ('聯', '聯')];
    pub(super) const C241: Position = &[('ロ', 'ロ')];
    pub(super) const C242: Position = &[('イ', 'イ')];
    pub(super) const C243: Position = &[('タ', 'タ')];
    pub(super) const C244: Position = &[('ー', 'ー')];
    pub(super) const C245: Position = &[('新', '新')];
    pub(super) const C246: Position = &[('華', '華')];
    pub(super) const C247: Position = &[('社', '社')];
    pub(super) const C248: Position = &[('聯', '聯')];
    pub(super) const C249: Position = &[('合', '合')];
    pub(super) const C250: Position = &[('⺀', '⺙'), ('⺛', '⻳'), ('⼀', '⿕'), ('々', '々'), ('〇', '〇'), ('〡', '〩'), ('〸', '〻'), ('㐀', '䶿'), ('一', '鿿'), ('豈', '舘'), ('並', '龎'), ('𖿢', '𖿣'), ('\u{16ff0}', '\u{16ff1}'), ('𠀀', '𪛟'), ('𪜀', '𫜹'), ('𫝀', '𫠝'), ('𫠠', '𬺡'), ('𬺰', '𮯠'), ('𮯰', '𮹝'), ('丽', '𪘀'), ('𰀀', '𱍊'), ('𱍐', '𲎯')];
    pub(super) const C251: Position = &[('公', '公')];
    pub(super) const C252: Position = &[('開', '開')];
    pub(super) const C253: Position = &[(':', ':'), ('：', '：')];
    pub(super) const C254: Position = &[('日', '日')];
    pub(super) const C255: Position = &[('時', '時')];
    pub(super) const C256: Position = &[('掲', '掲')];
    pub(super) const C257: Position = &[('載', '載')];
    pub(super) const C258: Position = &[('更', '更')];
    pub(super) const C259: Position = &[('最', '最')];
    pub(super) const C260: Position = &[('終', '終')];
    pub(super) const C261: Position = &[('配', '配')];
    pub(super) const C262: Position = &[('信', '信')];
    pub(super) const C263: Position = &[('編', '編')];
    pub(super) const C264: Position = &[('集', '集')];
    pub(super) const C265: Position = &[('委', '委')];
    pub(super) const C266: Position = &[('員', '員')];
    pub(super) const C267: Position = &[('\0', '\''), ('*', '＇'), ('＊', '\u{10ffff}')];
    pub(super) const C268: Position = &[('記', '記')];
    pub(super) const C269: Position = &[('者', '者')];
    pub(super) const C270: Position = &[('論', '論')];
    pub(super) const C271: Position = &[('説', '説')];
    pub(super) const C272: Position = &[('ソ', 'ソ')];
    pub(super) const C273: Position = &[('ス', 'ス')];
    pub(super) const C274: Position = &[('\0', '\u{8}'), ('\u{e}', '\u{1f}'), ('!', '\u{84}'), ('\u{86}', '\u{9f}'), ('¡', 'ᙿ'), ('ᚁ', '\u{1fff}'), ('\u{200b}', '‧'), ('\u{202a}', '\u{202e}'), ('‰', '⁞'), ('\u{2060}', '⿿'), ('、', '、'), ('〃', '\u{10ffff}')];
    pub(super) const C275: Position = &[('\0', '\t'), ('\u{b}', '、'), ('〃', '\u{10ffff}')];
    pub(super) const C276: Position = &[('元', '元')];
    pub(super) const C277: Position = &[('事', '事')];
    pub(super) const C278: Position = &[('出', '出')];
    pub(super) const C279: Position = &[('典', '典')];
    pub(super) const C280: Position = &[('引', '引')];
    pub(super) const C281: Position = &[('用', '用')];
    pub(super) const C282: Position = &[('<', '<'), ('[', '['), ('■', '■'), ('▼', '▼'), ('◆', '◆'), ('【', '【'), ('＜', '＜'), ('［', '［')];
    pub(super) const C283: Position = &[('あ', 'あ')];
    pub(super) const C284: Position = &[('わ', 'わ')];
    pub(super) const C285: Position = &[('せ', 'せ')];
    pub(super) const C286: Position = &[('て', 'て')];
    pub(super) const C287: Position = &[('読', '読')];
    pub(super) const C288: Position = &[('み', 'み')];
    pub(super) const C289: Position = &[('た', 'た')];
    pub(super) const C290: Position = &[('い', 'い')];
    pub(super) const C291: Position = &[('>', '>'), (']', ']'), ('】', '】'), ('＞', '＞'), ('］', '］')];
    pub(super) const C292: Position = &[('お', 'お')];
    pub(super) const C293: Position = &[('す', 'す')];
    pub(super) const C294: Position = &[('め', 'め')];
    pub(super) const C295: Position = &[('こ', 'こ')];
    pub(super) const C296: Position = &[('ち', 'ち')];
    pub(super) const C297: Position = &[('ら', 'ら')];
    pub(super) const C298: Position = &[('も', 'も')];
    pub(super) const C299: Position = &[('ま', 'ま')];
    pub(super) const C300: Position = &[('れ', 'れ')];
    pub(super) const C301: Position = &[('ア', 'ア')];
    pub(super) const C302: Position = &[('ク', 'ク')];
    pub(super) const C303: Position = &[('セ', 'セ')];
    pub(super) const C304: Position = &[('ラ', 'ラ')];
    pub(super) const C305: Position = &[('ン', 'ン')];
    pub(super) const C306: Position = &[('キ', 'キ')];
    pub(super) const C307: Position = &[('グ', 'グ')];
    pub(super) const C308: Position = &[('人', '人')];
    pub(super) const C309: Position = &[('気', '気')];
    pub(super) const C310: Position = &[('着', '着')];
    pub(super) const C311: Position = &[('注', '注')];
    pub(super) const C312: Position = &[('目', '目')];
    pub(super) const C313: Position = &[('関', '関')];
    pub(super) const C314: Position = &[('連', '連')];
    pub(super) const C315: Position = &[('ニ', 'ニ')];
    pub(super) const C316: Position = &[('ュ', 'ュ')];
    pub(super) const C317: Position = &[('の', 'の')];
    pub(super) const C318: Position = &[('は', 'は')];
    pub(super) const C319: Position = &[('会', '会')];
    pub(super) const C320: Position = &[('で', 'で')];
    pub(super) const C321: Position = &[('向', '向')];
    pub(super) const C322: Position = &[('け', 'け')];
    pub(super) const C323: Position = &[('専', '専')];
    pub(super) const C324: Position = &[('限', '限')];
    pub(super) const C325: Position = &[('定', '定')];
    pub(super) const C326: Position = &[('有', '有')];
    pub(super) const C327: Position = &[('料', '料')];
    pub(super) const C328: Position = &[('全', '全')];
    pub(super) const C329: Position = &[('文', '文')];
    pub(super) const C330: Position = &[('は', 'は'), ('を', 'を')];
    pub(super) const C331: Position = &[('ご', 'ご')];
    pub(super) const C332: Position = &[('覧', '覧')];
    pub(super) const C333: Position = &[('登', '登')];
    pub(super) const C334: Position = &[('録', '録')];
    pub(super) const C335: Position = &[('購', '購')];
    pub(super) const C336: Position = &[('残', '残')];
    pub(super) const C337: Position = &[('り', 'り')];
    pub(super) const C338: Position = &[('続', '続')];
    pub(super) const C339: Position = &[('き', 'き')];
    pub(super) const C340: Position = &[('を', 'を')];
    pub(super) const C341: Position = &[('シ', 'シ')];
    pub(super) const C342: Position = &[('ェ', 'ェ')];
    pub(super) const C343: Position = &[('る', 'る')];
    pub(super) const C344: Position = &[('リ', 'リ')];
    pub(super) const C345: Position = &[('コ', 'コ')];
    pub(super) const C346: Position = &[('ピ', 'ピ')];
    pub(super) const C347: Position = &[('共', '共')];
    pub(super) const C348: Position = &[('保', '保')];
    pub(super) const C349: Position = &[('存', '存')];
    pub(super) const C350: Position = &[('印', '印')];
    pub(super) const C351: Position = &[('刷', '刷')];
    pub(super) const C352: Position = &[('拡', '拡')];
    pub(super) const C353: Position = &[('大', '大')];
    pub(super) const C354: Position = &[('画', '画')];
    pub(super) const C355: Position = &[('像', '像')];
    pub(super) const C356: Position = &[('k', 'k')];
    pub(super) const C357: Position = &[('一', '一')];
    pub(super) const C358: Position = &[('Ｕ', 'Ｕ')];
    pub(super) const C359: Position = &[('Ｒ', 'Ｒ')];
    pub(super) const C360: Position = &[('Ｌ', 'Ｌ')];
    pub(super) const C361: Position = &[('エ', 'エ')];
    pub(super) const C362: Position = &[('ト', 'ト')];
    pub(super) const C363: Position = &[('へ', 'へ')];
    pub(super) const C364: Position = &[('ッ', 'ッ')];
    pub(super) const C365: Position = &[('バ', 'バ')];
    pub(super) const C366: Position = &[('\0', '【'), ('〒', '\u{abff}'), ('\u{d7a4}', '\u{10ffff}')];
    pub(super) const C367: Position = &[('\t', '\r'), (' ', ' '), ('-', '-'), ('/', ':'), ('\u{85}', '\u{85}'), ('\u{a0}', '\u{a0}'), ('٠', '٩'), ('۰', '۹'), ('߀', '߉'), ('०', '९'), ('০', '৯'), ('੦', '੯'), ('૦', '૯'), ('୦', '୯'), ('௦', '௯'), ('౦', '౯'), ('೦', '೯'), ('൦', '൯'), ('෦', '෯'), ('๐', '๙'), ('໐', '໙'), ('༠', '༩'), ('၀', '၉'), ('႐', '႙'), ('\u{1680}', '\u{1680}'), ('០', '៩'), ('᠐', '᠙'), ('᥆', '᥏'), ('᧐', '᧙'), ('᪀', '᪉'), ('᪐', '᪙'), ('᭐', '᭙'), ('᮰', '᮹'), ('᱀', '᱉'), ('᱐', '᱙'), ('\u{2000}', '\u{200a}'), ('\u{2028}', '\u{2029}'), ('\u{202f}', '\u{202f}'), ('\u{205f}', '\u{205f}'), ('\u{3000}', '\u{3000}'), ('꘠', '꘩'), ('꣐', '꣙'), ('꤀', '꤉'), ('꧐', '꧙'), ('꧰', '꧹'), ('꩐', '꩙'), ('꯰', '꯹'), ('０', '９'), ('𐒠', '𐒩'), ('𐴰', '𐴹'), ('𐵀', '𐵉'), ('𑁦', '𑁯'), ('𑃰', '𑃹'), ('𑄶', '𑄿'), ('𑇐', '𑇙'), ('𑋰', '𑋹'), ('𑑐', '𑑙'), ('𑓐', '𑓙'), ('𑙐', '𑙙'), ('𑛀', '𑛉'), ('𑛐', '𑛣'), ('𑜰', '𑜹'), ('𑣠', '𑣩'), ('𑥐', '𑥙'), ('𑯰', '𑯹'), ('𑱐', '𑱙'), ('𑵐', '𑵙'), ('𑶠', '𑶩'), ('𑽐', '𑽙'), ('𖄰', '𖄹'), ('𖩠', '𖩩'), ('𖫀', '𖫉'), ('𖭐', '𖭙'), ('𖵰', '𖵹'), ('𜳰', '𜳹'), ('𝟎', '𝟿'), ('𞅀', '𞅉'), ('𞋰', '𞋹'), ('𞓰', '𞓹'), ('𞗱', '𞗺'), ('𞥐', '𞥙'), ('🯰', '🯹')];
    pub(super) const C368: Position = &[('(', '('), ('【', '【'), ('（', '（')];
    pub(super) const C369: Position = &[('來', '來')];
    pub(super) const C370: Position = &[('源', '源')];
    pub(super) const C371: Position = &[('来', '来')];
    pub(super) const C372: Position = &[('輯', '輯')];
    pub(super) const C373: Position = &[('编', '编')];
    pub(super) const C374: Position = &[('辑', '辑')];
    pub(super) const C375: Position = &[('记', '记')];
    pub(super) const C376: Position = &[('責', '責')];
    pub(super) const C377: Position = &[('任', '任')];
    pub(super) const C378: Position = &[('责', '责')];
    pub(super) const C379: Position = &[('(', '('), ('[', '['), ('【', '【'), ('（', '（')];
    pub(super) const C380: Position = &[('完', '完')];
    pub(super) const C381: Position = &[(')', ')'), (']', ']'), ('】', '】'), ('）', '）')];
    pub(super) const C382: Position = &[('[', '['), ('■', '■'), ('▼', '▼'), ('◆', '◆'), ('【', '【')];
    pub(super) const C383: Position = &[('延', '延')];
    pub(super) const C384: Position = &[('伸', '伸')];
    pub(super) const C385: Position = &[('閱', '閱')];
    pub(super) const C386: Position = &[('讀', '讀')];
    pub(super) const C387: Position = &[('阅', '阅')];
    pub(super) const C388: Position = &[('读', '读')];
    pub(super) const C389: Position = &[('推', '推')];
    pub(super) const C390: Position = &[('荐', '荐')];
    pub(super) const C391: Position = &[('薦', '薦')];
    pub(super) const C392: Position = &[('多', '多')];
    pub(super) const C393: Position = &[('聞', '聞')];
    pub(super) const C394: Position = &[('闻', '闻')];
    pub(super) const C395: Position = &[('热', '热')];
    pub(super) const C396: Position = &[('门', '门')];
    pub(super) const C397: Position = &[('熱', '熱')];
    pub(super) const C398: Position = &[('門', '門')];
    pub(super) const C399: Position = &[('猜', '猜')];
    pub(super) const C400: Position = &[('你', '你')];
    pub(super) const C401: Position = &[('喜', '喜')];
    pub(super) const C402: Position = &[('欢', '欢')];
    pub(super) const C403: Position = &[('歡', '歡')];
    pub(super) const C404: Position = &[('相', '相')];
    pub(super) const C405: Position = &[('关', '关')];
    pub(super) const C406: Position = &[('报', '报')];
    pub(super) const C407: Position = &[('道', '道')];
    pub(super) const C408: Position = &[('章', '章')];
    pub(super) const C409: Position = &[('链', '链')];
    pub(super) const C410: Position = &[('接', '接')];
    pub(super) const C411: Position = &[('關', '關')];
    pub(super) const C412: Position = &[('報', '報')];
    pub(super) const C413: Position = &[('導', '導')];
    pub(super) const C414: Position = &[('結', '結')];
    pub(super) const C415: Position = &[('更', '更'), ('欢', '欢'), ('歡', '歡')];
    pub(super) const C416: Position = &[('分', '分')];
    pub(super) const C417: Position = &[('享', '享')];
    pub(super) const C418: Position = &[('到', '到')];
    pub(super) const C419: Position = &[('至', '至')];
    pub(super) const C420: Position = &[('轉', '轉')];
    pub(super) const C421: Position = &[('發', '發')];
    pub(super) const C422: Position = &[('转', '转')];
    pub(super) const C423: Position = &[('发', '发')];
    pub(super) const C424: Position = &[('闭', '闭')];
    pub(super) const C425: Position = &[('窗', '窗')];
    pub(super) const C426: Position = &[('口', '口')];
    pub(super) const C427: Position = &[('列', '列')];
    pub(super) const C428: Position = &[('字', '字')];
    pub(super) const C429: Position = &[('号', '号')];
    pub(super) const C430: Position = &[('級', '級')];
    pub(super) const C431: Position = &[('打', '打')];
    pub(super) const C432: Position = &[('收', '收')];
    pub(super) const C433: Position = &[('藏', '藏')];
    pub(super) const C434: Position = &[('放', '放')];
    pub(super) const C435: Position = &[('点', '点')];
    pub(super) const C436: Position = &[('击', '击')];
    pub(super) const C437: Position = &[('查', '查')];
    pub(super) const C438: Position = &[('看', '看')];
    pub(super) const C439: Position = &[('图', '图')];
    pub(super) const C440: Position = &[('缩', '缩')];
    pub(super) const C441: Position = &[('小', '小')];
    pub(super) const C442: Position = &[('返', '返')];
    pub(super) const C443: Position = &[('回', '回')];
    pub(super) const C444: Position = &[('顶', '顶')];
    pub(super) const C445: Position = &[('部', '部')];
    pub(super) const C446: Position = &[('閉', '閉')];
    pub(super) const C447: Position = &[('举', '举')];
    pub(super) const C448: Position = &[('复', '复')];
    pub(super) const C449: Position = &[('覆', '覆')];
    pub(super) const C450: Position = &[('浏', '浏')];
    pub(super) const C451: Position = &[('览', '览')];
    pub(super) const C452: Position = &[('瀏', '瀏')];
    pub(super) const C453: Position = &[('覽', '覽')];
    pub(super) const C454: Position = &[('舉', '舉')];
    pub(super) const C455: Position = &[('評', '評')];
    pub(super) const C456: Position = &[('评', '评')];
    pub(super) const C457: Position = &[('论', '论')];
    pub(super) const C458: Position = &[('载', '载')];
    pub(super) const C459: Position = &[('點', '點')];
    pub(super) const C460: Position = &[('擊', '擊')];
    pub(super) const C461: Position = &[('<', '<'), ('«', '«'), ('‹', '‹'), ('←', '←')];
    pub(super) const C462: Position = &[('上', '上')];
    pub(super) const C463: Position = &[('条', '条')];
    pub(super) const C464: Position = &[(':', ':'), ('>', '>'), ('»', '»'), ('›', '›'), ('：', '：')];
    pub(super) const C465: Position = &[('條', '條')];
    pub(super) const C466: Position = &[('篇', '篇')];
    pub(super) const C467: Position = &[('下', '下')];
    pub(super) const C468: Position = &[('前', '前')];
    pub(super) const C469: Position = &[('后', '后')];
    pub(super) const C470: Position = &[('後', '後')];
    pub(super) const C471: Position = &[('类', '类')];
    pub(super) const C472: Position = &[('\0', '+'), ('-', '、'), ('〃', '\u{ff00}'), ('＂', '＋'), ('－', '＞'), ('＠', '\u{10ffff}')];
    pub(super) const C473: Position = &[('录', '录')];
    pub(super) const C474: Position = &[('類', '類')];
    pub(super) const C475: Position = &[('錄', '錄')];
    pub(super) const C476: Position = &[('已', '已')];
    pub(super) const C477: Position = &[('投', '投')];
    pub(super) const C478: Position = &[('稿', '稿')];
    pub(super) const C479: Position = &[('所', '所')];
    pub(super) const C480: Position = &[('属', '属')];
    pub(super) const C481: Position = &[('屬', '屬')];
    pub(super) const C482: Position = &[('于', '于')];
    pub(super) const C483: Position = &[('於', '於')];
    pub(super) const C484: Position = &[('标', '标')];
    pub(super) const C485: Position = &[('签', '签')];
    pub(super) const C486: Position = &[('標', '標')];
    pub(super) const C487: Position = &[('籤', '籤')];
    pub(super) const C488: Position = &[('\0', '\u{8}'), ('\u{e}', '\u{1f}'), ('!', '\u{84}'), ('\u{86}', '\u{9f}'), ('¡', 'ᙿ'), ('ᚁ', '\u{1fff}'), ('\u{200b}', '‧'), ('\u{202a}', '\u{202e}'), ('‰', '⁞'), ('\u{2060}', '⿿'), ('、', '、'), ('〃', '\u{ff00}'), ('＂', '＋'), ('－', '＞'), ('＠', '\u{10ffff}')];
    pub(super) const C489: Position = &[('布', '布')];
    pub(super) const C490: Position = &[('时', '时')];
    pub(super) const C491: Position = &[('间', '间')];
    pub(super) const C492: Position = &[('間', '間')];
    pub(super) const C493: Position = &[('中', '中'), ('人', '人'), ('央', '央'), ('新', '新'), ('本', '本')];
    pub(super) const C494: Position = &[('Q', 'Q')];
    pub(super) const C495: Position = &[('ö', 'ö')];
    pub(super) const C496: Position = &[('Z', 'Z')];
    pub(super) const C497: Position = &[('z', 'z')];
    pub(super) const C498: Position = &[(')', ')')];
    pub(super) const C499: Position = &[('A', 'Z'), ('a', 'z'), ('À', 'Ö'), ('Ø', 'ö'), ('ø', 'ÿ')];
    pub(super) const C500: Position = &[('K', 'K')];
    pub(super) const C501: Position = &[('a', 'z'), ('ß', 'ö'), ('ø', 'ÿ')];
    pub(super) const C502: Position = &[('J', 'J'), ('j', 'j')];
    pub(super) const C503: Position = &[('Z', 'Z'), ('z', 'z')];
    pub(super) const C504: Position = &[('à', 'à')];
    pub(super) const C505: Position = &[('j', 'j')];
    pub(super) const C506: Position = &[('é', 'é')];
    pub(super) const C507: Position = &[('ê', 'ê')];
    pub(super) const C508: Position = &[('À', 'À')];
    pub(super) const C509: Position = &[('A', 'A'), ('À', 'À')];
    pub(super) const C510: Position = &[('-', '-')];
    pub(super) const C511: Position = &[('À', 'À'), ('à', 'à')];
    pub(super) const C512: Position = &[('\'', '\''), ('’', '’')];
    pub(super) const C513: Position = &[('É', 'É')];
    pub(super) const C514: Position = &[('í', 'í')];
    pub(super) const C515: Position = &[('á', 'á')];
    pub(super) const C516: Position = &[('A', 'A'), ('a', 'a'), ('Á', 'Á'), ('á', 'á')];
    pub(super) const C517: Position = &[('I', 'I'), ('i', 'i'), ('Í', 'Í'), ('í', 'í')];
    pub(super) const C518: Position = &[('Ф', 'Ф')];
    pub(super) const C519: Position = &[('о', 'о')];
    pub(super) const C520: Position = &[('т', 'т')];
    pub(super) const C521: Position = &[('П', 'П')];
    pub(super) const C522: Position = &[('е', 'е')];
    pub(super) const C523: Position = &[('м', 'м')];
    pub(super) const C524: Position = &[('С', 'С')];
    pub(super) const C525: Position = &[('р', 'р')];
    pub(super) const C526: Position = &[('и', 'и')];
    pub(super) const C527: Position = &[('а', 'а')];
    pub(super) const C528: Position = &[('к', 'к')];
    pub(super) const C529: Position = &[('ж', 'ж')];
    pub(super) const C530: Position = &[('Ч', 'Ч')];
    pub(super) const C531: Position = &[('й', 'й')];
    pub(super) const C532: Position = &[('д', 'д')];
    pub(super) const C533: Position = &[('п', 'п')];
    pub(super) const C534: Position = &[('с', 'с')];
    pub(super) const C535: Position = &[('ы', 'ы')];
    pub(super) const C536: Position = &[('в', 'в')];
    pub(super) const C537: Position = &[('ь', 'ь')];
    pub(super) const C538: Position = &[('ш', 'ш')];
    pub(super) const C539: Position = &[('л', 'л')];
    pub(super) const C540: Position = &[('я', 'я')];
    pub(super) const C541: Position = &[('-', '-'), ('–', '—')];
    pub(super) const C542: Position = &[('[', '[')];
    pub(super) const C543: Position = &[('_', '_'), ('a', 'z')];
    pub(super) const C544: Position = &[('*', '*')];
    pub(super) const C545: Position = &[('~', '~')];
    pub(super) const C546: Position = &[('—', '—'), ('─', '━'), ('═', '═'), ('＊', '＊'), ('－', '－'), ('＝', '＝'), ('～', '～')];
    pub(super) const C547: Position = &[('\0', '='), ('?', 'º'), ('¼', '‹'), ('※', '\u{10ffff}')];
    pub(super) const C548: Position = &[('.', '.')];
}

#[cfg(test)]
mod tests {
    use super::super::{first_byte, literals, starts, TABLES};
    use super::*;

    /// The tables in this file's syntax, each rule's entry from `entry(table, rule)`.
    fn render(entry: impl Fn(usize, usize) -> Facts) -> String {
        let mut out = String::new();
        // The classes, written once each as `C{n}`, numbered in order of first use.
        let mut classes: Vec<Vec<(char, char)>> = Vec::new();
        for (t, (lang, rules)) in TABLES.iter().enumerate() {
            out.push_str(&format!("    // {lang}\n    &[\n"));
            for (r, rule) in rules.iter().enumerate() {
                let (literals, first, starts) = entry(t, r);
                let lits = match literals {
                    Some(set) => {
                        let items: Vec<String> =
                            set.iter().map(|(l, f)| format!("({l:?}, {f})")).collect();
                        format!("Some(&[{}])", items.join(", "))
                    }
                    None => "None".to_string(),
                };
                let first = match first {
                    Some(w) => format!(
                        "Some([0x{:x}, 0x{:x}, 0x{:x}, 0x{:x}])",
                        w[0], w[1], w[2], w[3]
                    ),
                    None => "None".to_string(),
                };
                let mut position = |p: &Vec<(char, char)>| {
                    let n = match classes.iter().position(|c| c == p) {
                        Some(n) => n,
                        None => {
                            classes.push(p.clone());
                            classes.len() - 1
                        }
                    };
                    format!("C{n}")
                };
                let starts = match starts {
                    Some(openings) => {
                        let openings: Vec<String> = openings
                            .iter()
                            .map(|o| {
                                let positions: Vec<String> = o.iter().map(&mut position).collect();
                                format!("&[{}]", positions.join(", "))
                            })
                            .collect();
                        format!("Some(&[{}])", openings.join(", "))
                    }
                    None => "None".to_string(),
                };
                out.push_str(&format!(
                    "        // {}\n        Derived {{ literals: {lits}, first: {first}, starts: {starts} }},\n",
                    rule.id
                ));
            }
            out.push_str("    ],\n");
        }
        out.push_str("];\n\n/// The openings' classes.\n#[rustfmt::skip]\nmod classes {\n    use super::Position;\n\n");
        for (n, class) in classes.iter().enumerate() {
            let ranges: Vec<String> = class.iter().map(|r| format!("{r:?}")).collect();
            out.push_str(&format!(
                "    pub(super) const C{n}: Position = &[{}];\n",
                ranges.join(", ")
            ));
        }
        out.push_str("}\n");
        out
    }

    /// One rule's facts: literals, first bytes, openings.
    type Facts = (
        Option<Vec<(String, bool)>>,
        Option<[u64; 4]>,
        Option<Vec<Vec<Vec<(char, char)>>>>,
    );

    /// The table as the patterns give it.
    fn generated() -> String {
        render(|t, r| {
            let rule = &TABLES[t].1[r];
            let hir = regex_syntax::parse(rule.pattern).unwrap();
            (
                literals::required(&hir),
                first_byte::of_hir(&hir).map(|set| set.words()),
                starts::of_hir(&hir),
            )
        })
    }

    /// What the constants hold (called once their shape matches the tables').
    fn written() -> String {
        render(|t, r| {
            let d = &DERIVED[t][r];
            let literals = d
                .literals
                .map(|set| set.iter().map(|&(l, f)| (l.to_string(), f)).collect());
            let starts = d.starts.map(|o| {
                o.iter()
                    .map(|p| p.iter().map(|r| r.to_vec()).collect())
                    .collect()
            });
            (literals, d.first, starts)
        })
    }

    #[test]
    fn derived_is_the_patterns() {
        let generated = generated();
        let same_shape = DERIVED.len() == TABLES.len()
            && TABLES
                .iter()
                .zip(DERIVED)
                .all(|((_, rules), d)| rules.len() == d.len());
        assert!(
            same_shape && written() == generated,
            "DERIVED differs from the rule patterns; it should read:\n{generated}"
        );
    }
}
