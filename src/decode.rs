//! Stage 1, decode: page bytes to text.
//!
//! Order of evidence: a byte order mark; then bytes that are valid UTF-8 are UTF-8; then the
//! caller's charset hint; then the page's own declaration (`<meta charset>`, `http-equiv`, an
//! XML `encoding=`); then detection (chardetng) for pages that declare nothing, or declare a
//! charset their bytes do not fit.
//!
//! Bytes that are not text fail with [`Error::NotText`] instead of becoming an article of
//! garbage: a known binary signature at the start (PNG, PDF, ZIP...), else (without a byte order
//! mark) a share of C0 control bytes no text has, else, after decoding in a detected or
//! declared legacy charset, a share of replacement characters (bytes the charset cannot map).

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
    if mostly_controls(bytes) {
        return Err(Error::NotText { format: "binary" });
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
    let text = encoding.decode_without_bom_handling(bytes).0;
    if mostly_replaced(&text) {
        return Err(Error::NotText { format: "binary" });
    }
    Ok(text)
}

/// Text that was already extracted must be text too: random or binary data that reached a
/// string (through a lossy conversion, say) holds control characters or replacement
/// characters no text does.
pub(crate) fn check_text(text: &str) -> Result<(), Error> {
    if mostly_controls(text.as_bytes()) || mostly_replaced(text) {
        return Err(Error::NotText { format: "binary" });
    }
    Ok(())
}

/// How many leading bytes the binary checks read.
const BINARY_SAMPLE_BYTES: usize = 64 * 1024;

/// Whether the first bytes hold more C0 control bytes than text ever does: 2% or more of the
/// sample, and at least 16 of them. Tab, line feed, vertical tab, form feed, carriage return
/// and escape (ISO-2022 charsets) are text; NUL is left out too, since NULs sprinkled through a
/// real page are dropped by the parser and the page's text still stands. Random bytes hold
/// about 10% such controls; binary formats far more.
fn mostly_controls(bytes: &[u8]) -> bool {
    let sample = bytes.get(..BINARY_SAMPLE_BYTES).unwrap_or(bytes);
    let controls = sample
        .iter()
        .filter(|&&b| matches!(b, 0x01..=0x08 | 0x0E..=0x1A | 0x1C..=0x1F | 0x7F))
        .count();
    controls >= 16 && controls * 50 >= sample.len()
}

/// Whether decoded text is mostly bytes its charset could not map: 5% or more of the first
/// characters are U+FFFD, and at least 16 of them.
fn mostly_replaced(text: &str) -> bool {
    let mut chars = 0usize;
    let mut replaced = 0usize;
    for c in text.chars().take(BINARY_SAMPLE_BYTES) {
        chars += 1;
        if c == '\u{FFFD}' {
            replaced += 1;
        }
    }
    replaced >= 16 && replaced * 20 >= chars
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

    #[test]
    fn text_input_that_is_not_text_is_refused() {
        // Random bytes through a lossy conversion: replacement and control characters.
        let mut state: u32 = 12_345;
        let bytes: Vec<u8> = (0..100_000)
            .map(|_| {
                state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                (state >> 16) as u8
            })
            .collect();
        let text = String::from_utf8_lossy(&bytes);
        assert_eq!(
            crate::extract_text(&text, &crate::Options::default()).err(),
            Some(Error::NotText { format: "binary" })
        );
        // Ordinary text in any script passes.
        assert!(check_text("대구시는 세미나를 열었다.\nThe council met.\tNotes\r\n").is_ok());
    }

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

    /// A small seeded generator (xorshift64*), so the tests' bytes are the same on every run.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }

        fn bytes(&mut self, n: usize) -> Vec<u8> {
            (0..n).map(|_| (self.next() >> 56) as u8).collect()
        }
    }

    const BINARY: Result<Cow<'static, str>, Error> = Err(Error::NotText { format: "binary" });

    #[test]
    fn random_bytes_are_not_text() {
        for seed in 1..=20u64 {
            let bytes = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15)).bytes(100 * 1024);
            assert_eq!(decode(&bytes, None), BINARY, "seed {seed}");
            assert_eq!(decode(&bytes, Some("euc-kr")), BINARY, "seed {seed}");
        }
        // Short random inputs too, down to a few hundred bytes.
        for (seed, n) in [(7u64, 300usize), (8, 1000), (9, 5000)] {
            let bytes = Rng(seed).bytes(n);
            assert_eq!(decode(&bytes, None), BINARY, "{n} bytes");
        }
    }

    #[test]
    fn binary_after_a_text_like_start_is_not_text() {
        // A PNG signature that is not at the very start, and a PDF without its header line.
        let mut rng = Rng(42);
        let mut png = b"\n\n\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        png.extend(rng.bytes(20_000));
        assert_eq!(decode(&png, None), BINARY);
        let mut pdf = b"1 0 obj\n<< /Length 5000 /Filter /FlateDecode >>\nstream\n".to_vec();
        pdf.extend(rng.bytes(5000));
        pdf.extend_from_slice(b"\nendstream\nendobj\n");
        assert_eq!(decode(&pdf, None), BINARY);
    }

    #[test]
    fn high_bytes_that_no_charset_maps_are_not_text() {
        // Random high bytes hold no C0 controls, so only the replacement check can tell:
        // decoded as EUC-KR, most of them are sequences the charset cannot map.
        let bytes: Vec<u8> = Rng(5).bytes(40_000).into_iter().map(|b| b | 0x80).collect();
        let text = encoding_rs::EUC_KR.decode_without_bom_handling(&bytes).0;
        assert!(mostly_replaced(&text));
    }

    #[test]
    fn text_with_a_few_controls_and_nuls_is_text() {
        let mut page = "<p>The council voted on Monday to close the bridge.</p>".repeat(50);
        page.push_str("\u{1}\u{2}\u{3}\u{8}\u{1b}$B\0\0\0");
        page.push_str(&"\0".repeat(1000));
        assert!(decode(page.as_bytes(), None).is_ok());
        assert!(decode(&[0u8; 100_000], None).is_ok());
        assert!(decode(b"\x01\x02\x03", None).is_ok());
        // A legacy page with a few bytes its charset cannot map.
        let korean = "대구시는 지난 15일 세미나를 열었다. ".repeat(40);
        let (body, _, _) = encoding_rs::EUC_KR.encode(&korean);
        let mut page = b"<meta charset=\"euc-kr\"><p>".to_vec();
        page.extend_from_slice(&body);
        page.extend_from_slice(b"\xff\xff\xff");
        assert!(decode(&page, None).is_ok());
    }

    #[test]
    fn png_is_not_text() {
        assert_eq!(
            decode(b"\x89PNG\r\n\x1a\n\0\0", None),
            Err(Error::NotText { format: "PNG" })
        );
    }
}
