//! Stage 1, decode: page bytes to text.
//!
//! Order of evidence: a byte order mark; then bytes that are valid UTF-8 are UTF-8; then the
//! caller's charset hint; then the page's own declaration (`<meta charset>`, `http-equiv`, an
//! XML `encoding=`); then detection (chardetng) for pages that declare nothing, or declare a
//! charset their bytes do not fit.

use crate::error::Error;
use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};
use std::borrow::Cow;

/// How many leading bytes are searched for a charset declaration.
const PRESCAN_BYTES: usize = 8192;

/// Decodes page bytes to text; see the module documentation for the order of evidence.
pub(crate) fn decode<'a>(bytes: &'a [u8], hint: Option<&str>) -> Result<Cow<'a, str>, Error> {
    if let Some(format) = binary_format(bytes) {
        return Err(Error::NotText { format });
    }
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let rest = bytes.get(bom_len..).unwrap_or_default();
        return Ok(encoding.decode_without_bom_handling(rest).0);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Cow::Borrowed(text));
    }
    let declared = hint
        .and_then(|label| Encoding::for_label(label.trim().as_bytes()))
        .or_else(|| declared_charset(bytes));
    let encoding = match declared {
        Some(enc) if enc != UTF_8 && fits(enc, bytes) => enc,
        _ => detect(bytes),
    };
    Ok(encoding.decode_without_bom_handling(bytes).0)
}

/// Whether the bytes decode in `encoding` without errors, and a single-byte declaration is not
/// contradicted by a confident multi-byte detection (a CP949 page declared as ISO-8859-1).
fn fits(encoding: &'static Encoding, bytes: &[u8]) -> bool {
    if encoding
        .decode_without_bom_handling_and_without_replacement(bytes)
        .is_none()
    {
        return false;
    }
    if encoding.is_single_byte() {
        let guess = detect(bytes);
        return guess.is_single_byte() || guess == encoding;
    }
    true
}

/// How many bytes the detector reads: plenty to tell the charsets apart, and it keeps
/// detection from costing more than the parse on large pages.
const DETECT_BYTES: usize = 64 * 1024;

/// The charset chardetng judges most likely.
fn detect(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    let sample = bytes.get(..DETECT_BYTES).unwrap_or(bytes);
    // A cut inside a multi-byte character would only cost the detector one character.
    detector.feed(sample, true);
    detector.guess(None, chardetng::Utf8Detection::Allow)
}

/// The charset the page declares in its first bytes, if any (WHATWG labels; `utf-16` declared
/// in a byte stream means UTF-8, as browsers treat it).
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes.get(..PRESCAN_BYTES).unwrap_or(bytes);
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    for key in [&b"charset"[..], &b"encoding"[..]] {
        let mut from = 0;
        while let Some(pos) = find(lower.get(from..)?, key) {
            let at = from + pos + key.len();
            from = at;
            let rest = lower.get(at..)?;
            let rest = skip(rest, |b| b.is_ascii_whitespace());
            let Some(rest) = rest.strip_prefix(b"=") else {
                continue;
            };
            let rest = skip(rest, |b| b.is_ascii_whitespace() || b == b'"' || b == b'\'');
            let end = rest
                .iter()
                .position(|&b| !(b.is_ascii_alphanumeric() || b"-_.:".contains(&b)))
                .unwrap_or(rest.len());
            let label = rest.get(..end)?;
            if let Some(enc) = Encoding::for_label(label) {
                let enc = if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
                    UTF_8
                } else {
                    enc
                };
                return Some(enc);
            }
        }
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn skip(bytes: &[u8], pred: impl Fn(u8) -> bool) -> &[u8] {
    let n = bytes.iter().take_while(|&&b| pred(b)).count();
    bytes.get(n..).unwrap_or_default()
}

/// Recognises common binary formats by their signatures.
fn binary_format(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"\x89PNG\r\n\x1a\n", "PNG"),
        (b"\xff\xd8\xff", "JPEG"),
        (b"GIF87a", "GIF"),
        (b"GIF89a", "GIF"),
        (b"%PDF-", "PDF"),
        (b"PK\x03\x04", "ZIP"),
        (b"\x1f\x8b", "gzip"),
        (b"RIFF", "RIFF"),
        (b"\x00asm", "WebAssembly"),
        (b"\x7fELF", "ELF"),
    ];
    SIGNATURES
        .iter()
        .find(|(sig, _)| bytes.starts_with(sig))
        .map(|&(_, name)| name)
}

/// The encoding used when nothing is known (kept for the tests' reference).
#[allow(dead_code)]
pub(crate) fn fallback() -> &'static Encoding {
    WINDOWS_1252
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_passes_through_borrowed() {
        let text = decode("<p>한국어</p>".as_bytes(), None).unwrap();
        assert!(matches!(text, Cow::Borrowed(_)));
        assert_eq!(text, "<p>한국어</p>");
    }

    #[test]
    fn bom_wins() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "hé".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(decode(&bytes, Some("euc-kr")).unwrap(), "hé");
    }

    #[test]
    fn declared_euc_kr() {
        let (body, _, _) = encoding_rs::EUC_KR.encode("대구시는 지난 15일 세미나를 열었다.");
        let mut page = b"<meta charset=\"euc-kr\"><p>".to_vec();
        page.extend_from_slice(&body);
        assert!(decode(&page, None).unwrap().contains("대구시는 지난 15일"));
    }

    #[test]
    fn undeclared_shift_jis_is_detected() {
        let text = "東京都は十五日、新しい人工知能の研究所を開設すると発表した。研究所では大学と企業が協力する。";
        let (body, _, _) = encoding_rs::SHIFT_JIS.encode(text);
        assert_eq!(decode(&body, None).unwrap(), text);
    }

    #[test]
    fn wrong_declaration_falls_back_to_detection() {
        let text = "中国国家统计局今天发布数据显示，今年前三季度国内生产总值同比增长百分之五。";
        let (body, _, _) = encoding_rs::GBK.encode(text);
        let mut page = b"<meta charset=\"iso-8859-1\"><p>".to_vec();
        page.extend_from_slice(&body);
        assert!(decode(&page, None).unwrap().contains(text));
    }

    #[test]
    fn caller_hint_beats_declaration() {
        let (body, _, _) = encoding_rs::WINDOWS_1251.encode("Привет, мир");
        let mut page = b"<meta charset=\"windows-1252\"><p>".to_vec();
        page.extend_from_slice(&body);
        assert!(decode(&page, Some("windows-1251"))
            .unwrap()
            .contains("Привет, мир"));
    }

    #[test]
    fn png_is_not_text() {
        assert_eq!(
            decode(b"\x89PNG\r\n\x1a\n\0\0", None),
            Err(Error::NotText { format: "PNG" })
        );
    }
}
