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
    let text = match declared.filter(|&enc| enc != UTF_8) {
        Some(enc) => match fitting(enc, bytes) {
            Ok(text) => text,
            Err(guess) => {
                guess
                    .unwrap_or_else(|| detect(bytes))
                    .decode_without_bom_handling(bytes)
                    .0
            }
        },
        None => detect(bytes).decode_without_bom_handling(bytes).0,
    };
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
    // Counted in blocks of 255 into a byte, with comparisons and no branches, which the
    // compiler turns into vector code (a `filter` over ranges cost ten instructions a byte,
    // more than the UTF-8 check of the whole page).
    let controls: usize = sample
        .chunks(255)
        .map(|block| {
            let n = block
                .iter()
                .fold(0u8, |n, &b| n.wrapping_add(u8::from(is_control(b))));
            usize::from(n)
        })
        .sum();
    controls >= 16 && controls * 50 >= sample.len()
}

/// The C0 controls no text holds (0x01-0x08, 0x0E-0x1A, 0x1C-0x1F) and DEL, written without
/// branches (non-short-circuit `&` and `|`).
#[inline]
fn is_control(b: u8) -> bool {
    ((b < 0x20) & (b != 0) & (b.wrapping_sub(0x09) > 4) & (b != 0x1B)) | (b == 0x7F)
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

/// The page decoded in its declared `encoding` when the bytes fit it: they decode without
/// errors, and a single-byte declaration is not contradicted by a confident multi-byte
/// detection (a CP949 page declared as ISO-8859-1). Otherwise `Err` with the detector's guess
/// when it was asked (so that it is not asked twice).
fn fitting<'a>(
    encoding: &'static Encoding,
    bytes: &'a [u8],
) -> Result<Cow<'a, str>, Option<&'static Encoding>> {
    // Decoded without errors, the text is what decoding with replacement gives.
    let text = encoding
        .decode_without_bom_handling_and_without_replacement(bytes)
        .ok_or(None)?;
    if encoding.is_single_byte() && !surely_single_byte(bytes.get(..DETECT_BYTES).unwrap_or(bytes))
    {
        let guess = detect(bytes);
        if !(guess.is_single_byte() || guess == encoding) {
            return Err(Some(guess));
        }
    }
    Ok(text)
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

/// Whether chardetng's guess on `sample` is certainly a single-byte charset, told without
/// running it: reading 64 KiB costs it about a thousand instructions a byte (25 candidates),
/// several times the whole extraction of a page, and for a page that declares a single-byte
/// charset only "single-byte or not" is asked.
///
/// The guess is multi-byte only when the UTF-8 candidate or one of the five CJK candidates
/// (GBK, EUC-JP, EUC-KR, Shift_JIS, Big5) is still qualified at the end: every other candidate,
/// and the fallback, is single-byte. The UTF-8 candidate is disqualified by bytes that are not
/// UTF-8. A CJK candidate is disqualified for good by a byte its decoder reports malformed,
/// unless one of chardetng 1.0's exceptions applies (`forgiven`). After an ASCII byte each of
/// those decoders starts a new character (or is inside a GB18030 four-byte sequence, whose
/// fourth byte must be a digit, which a malformed pair below cannot have), so an ASCII byte,
/// then a lead byte, then a byte the decoder refuses after that lead and no exception forgives,
/// disqualifies the candidate. When every one is disqualified, this says `true`; otherwise
/// `false`, and the detector runs. The test `surely_single_byte_agrees_with_chardetng` checks
/// the claim against chardetng itself.
fn surely_single_byte(sample: &[u8]) -> bool {
    const CJK: [&Encoding; 5] = [
        encoding_rs::GBK,
        encoding_rs::EUC_JP,
        encoding_rs::EUC_KR,
        encoding_rs::SHIFT_JIS,
        encoding_rs::BIG5,
    ];
    if std::str::from_utf8(sample).is_ok() {
        return false;
    }
    let mut alive = [true; 5];
    let mut left = CJK.len();
    let mut rest = sample;
    // Every ASCII byte followed by a non-ASCII one.
    while let Some(at) = rest.windows(2).position(|w| w[0] < 0x80 && w[1] >= 0x80) {
        let (Some(&lead), Some(&next)) = (rest.get(at + 1), rest.get(at + 2)) else {
            break;
        };
        for (k, &encoding) in CJK.iter().enumerate() {
            if alive[k] && refused(encoding, lead, next) && !forgiven(k, lead, next) {
                alive[k] = false;
                left -= 1;
            }
        }
        if left == 0 {
            return true;
        }
        rest = rest.get(at + 1..).unwrap_or_default();
    }
    false
}

/// Whether `encoding`'s decoder, fed one byte at a time as chardetng feeds it, takes `lead` as
/// the start of a character (no output, no error) and then reports `next` malformed.
fn refused(encoding: &'static Encoding, lead: u8, next: u8) -> bool {
    use encoding_rs::DecoderResult;
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut dst = [0u16; 4];
    let (result, _, written) =
        decoder.decode_to_utf16_without_replacement(&[lead], &mut dst, false);
    if result != DecoderResult::InputEmpty || written != 0 {
        return false;
    }
    let (result, _, _) = decoder.decode_to_utf16_without_replacement(&[next], &mut dst, false);
    matches!(result, DecoderResult::Malformed(..))
}

/// Whether chardetng 1.0 might forgive candidate `k` (the order of `surely_single_byte`'s
/// list) a malformed `next` after `lead`: its exceptions for vendor extensions, widened where
/// they depend on more than the two bytes (the malformed length, the byte before), so that a
/// `false` here is certain.
fn forgiven(k: usize, lead: u8, next: u8) -> bool {
    let mac_single = matches!(lead, 0xA0 | 0xFD | 0xFE) && (next < 0x80 || next == 0xFF);
    match k {
        // GBK: Mac Chinese single bytes.
        0 => mac_single || next == 0xFF,
        // EUC-JP: unmapped pairs of the JIS X 0208/0212 area.
        1 => (0xA1..=0xFE).contains(&lead) && (0xA1..=0xFE).contains(&next),
        // EUC-KR: CP949 user-defined area, some symbols, Mac Korean single bytes.
        2 => {
            ((lead == 0xC9 || lead == 0xFE) && (0xA1..=0xFE).contains(&next))
                || ((lead == 0xA1
                    || (0xA3..=0xA8).contains(&lead)
                    || (0xAA..=0xAD).contains(&lead))
                    && (0x7B..=0x7D).contains(&next))
                || ((0x81..=0x84).contains(&lead) && (next <= 0x80 || next == 0xFF))
                || next == 0x80
                || next == 0xFF
        }
        // Shift_JIS: Shift_JIS 2004 and MacJapanese pairs, single-byte extensions.
        3 => {
            (((0x81..=0x9F).contains(&lead) || (0xE0..=0xFC).contains(&lead))
                && ((0x40..=0x7E).contains(&next) || (0x80..=0xFC).contains(&next)))
                || next == 0xA0
                || next >= 0xFD
        }
        // Big5: unmapped pairs (Big5-UAO and others), Mac Chinese single bytes.
        _ => {
            ((0x81..=0xFE).contains(&lead)
                && ((0x40..=0x7E).contains(&next) || (0xA1..=0xFE).contains(&next)))
                || mac_single
                || next == 0xFF
        }
    }
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
    fn controls_are_counted_as_before() {
        let reference = |b: u8| matches!(b, 0x01..=0x08 | 0x0E..=0x1A | 0x1C..=0x1F | 0x7F);
        for b in 0..=255u8 {
            assert_eq!(is_control(b), reference(b), "byte {b:#04x}");
        }
        // Blocks of 255 with every byte a control: no count wraps.
        assert!(mostly_controls(&[0x01; 70_000]));
        let mut rng = Rng(3);
        for n in [0usize, 15, 16, 254, 255, 256, 800, 5000, 70_000] {
            let bytes: Vec<u8> = rng.bytes(n).into_iter().map(|b| b & 0x9F).collect();
            let controls = bytes
                .iter()
                .take(BINARY_SAMPLE_BYTES)
                .filter(|&&b| reference(b));
            let sample = n.min(BINARY_SAMPLE_BYTES);
            let expected = controls.count();
            assert_eq!(
                mostly_controls(&bytes),
                expected >= 16 && expected * 50 >= sample,
                "{n} bytes"
            );
        }
    }

    /// Pages in many charsets (the corpus pages re-encoded, with characters the charset lacks
    /// as references) and random mostly-ASCII bytes: whenever `surely_single_byte` says so,
    /// chardetng guesses a single-byte charset.
    #[test]
    fn surely_single_byte_agrees_with_chardetng() {
        let mut samples: Vec<Vec<u8>> = Vec::new();
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let mut pages: Vec<String> = std::fs::read_dir(&corpus)
            .map(|d| {
                d.filter_map(|e| std::fs::read_to_string(e.ok()?.path().join("page.html")).ok())
                    .collect()
            })
            .unwrap_or_default();
        pages.sort();
        assert!(!pages.is_empty(), "no corpus pages in {}", corpus.display());
        let charsets = [
            encoding_rs::WINDOWS_1252,
            encoding_rs::WINDOWS_1250,
            encoding_rs::WINDOWS_1251,
            encoding_rs::ISO_8859_2,
            encoding_rs::ISO_8859_7,
            encoding_rs::KOI8_R,
            encoding_rs::EUC_KR,
            encoding_rs::SHIFT_JIS,
            encoding_rs::EUC_JP,
            encoding_rs::GBK,
            encoding_rs::BIG5,
        ];
        for page in &pages {
            for charset in charsets {
                samples.push(charset.encode(page).0.into_owned());
            }
        }
        // The eval pages that are not UTF-8, when `../shared/eval` is there (read, never copied).
        let eval = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval");
        let sets = std::fs::read_dir(&eval).map(|d| d.filter_map(|e| Some(e.ok()?.path())));
        match sets {
            Ok(sets) => {
                for set in sets {
                    let Ok(files) = std::fs::read_dir(set.join("html")) else {
                        continue;
                    };
                    for file in files.filter_map(|e| e.ok()) {
                        if let Ok(bytes) = std::fs::read(file.path()) {
                            if std::str::from_utf8(&bytes).is_err() {
                                samples.push(bytes);
                            }
                        }
                    }
                }
            }
            Err(_) => eprintln!("skipped: ../shared/eval not found (its legacy pages left out)"),
        }
        let mut rng = Rng(11);
        for _ in 0..400 {
            let n = 20 + (rng.next() % 3000) as usize;
            let high = 1 + rng.next() % 40;
            let bytes = (0..n)
                .map(|_| {
                    let r = rng.next();
                    let b = (r >> 56) as u8;
                    if r % 100 < high {
                        b | 0x80
                    } else {
                        0x20 + b % 0x5F
                    }
                })
                .collect();
            samples.push(bytes);
        }
        let mut said = 0;
        for sample in &samples {
            let sample = sample.get(..DETECT_BYTES).unwrap_or(sample);
            if surely_single_byte(sample) {
                said += 1;
                let guess = detect(sample);
                assert!(guess.is_single_byte(), "chardetng says {}", guess.name());
            }
        }
        eprintln!("surely single-byte: {said} of {} samples", samples.len());
        // The shortcut is taken often enough to matter, and never for a CJK page.
        assert!(said > samples.len() / 4, "{said} of {}", samples.len());
        let (gbk, _, _) = encoding_rs::GBK
            .encode("中国国家统计局今天发布数据显示，今年前三季度国内生产总值同比增长。");
        assert!(!surely_single_byte(&gbk));
        let (latin, _, _) = WINDOWS_1252.encode("Le café est fermé, dit-il. Très bien.");
        assert!(surely_single_byte(&latin));
    }

    #[test]
    fn png_is_not_text() {
        assert_eq!(
            decode(b"\x89PNG\r\n\x1a\n\0\0", None),
            Err(Error::NotText { format: "PNG" })
        );
    }
}
