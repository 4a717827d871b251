//! A small streaming WARC record reader: the HTML responses of a WARC file, one at a time.
//!
//! It reads the records of a plain WARC file or of one whose records are gzip members (as
//! Common Crawl serves them; the caller puts a `MultiGzDecoder` under it). Each record's block
//! is read whole only when it is an HTTP response (`WARC-Type: response`, `Content-Type:
//! application/http`) no larger than the page limit; every other record is skipped without
//! being held in memory. A response whose HTTP `Content-Type` is `text/html` or
//! `application/xhtml+xml` becomes a page, with the HTTP header's charset as its charset hint
//! and `WARC-Target-URI` as its URL; other responses are skipped (not errors).

use std::io::{self, BufRead, Read};

use flate2::read::{MultiGzDecoder, ZlibDecoder};

use super::input::{read_line, Line};
use super::{Failure, Item, Page};

/// Longest header line accepted, in bytes.
const MAX_LINE: usize = 64 * 1024;
/// Most header lines in one record.
const MAX_HEADERS: usize = 1024;
/// Room for the HTTP header in a response block, beyond the page limit.
const HTTP_HEADER_ROOM: usize = 64 * 1024;

/// Reads the HTML pages of a WARC stream; every item is a page or a failure (a truncated or
/// malformed record, a page over the limit).
pub(crate) struct WarcReader<R> {
    reader: R,
    name: String,
    max_bytes: usize,
    /// The stream failed or ended inside a record: nothing more is read.
    done: bool,
    /// Looking for the next `WARC/` line after a malformed record.
    resyncing: bool,
    /// Records started, for naming a record that has no URL.
    records: u64,
}

/// The WARC header fields the reader uses.
#[derive(Default)]
struct Header {
    kind: String,
    uri: Option<String>,
    record_id: Option<String>,
    content_type: String,
    length: Option<u64>,
}

impl<R: BufRead> WarcReader<R> {
    /// A reader of the stream `reader` named `name` (in failures); blocks over `max_bytes`
    /// bytes (plus room for the HTTP header) are failures.
    pub(crate) fn new(reader: R, name: String, max_bytes: usize) -> Self {
        WarcReader {
            reader,
            name,
            max_bytes,
            done: false,
            resyncing: false,
            records: 0,
        }
    }

    /// A failure that ends the reading of this stream.
    fn fail(&mut self, id: String, kind: &'static str, message: impl Into<String>) -> Item {
        self.done = true;
        Item::Failed(Failure::new(id, kind, message))
    }

    fn io_failure(&mut self, id: String, e: &io::Error) -> Item {
        let kind = if e.kind() == io::ErrorKind::UnexpectedEof {
            "truncated-record"
        } else {
            "read"
        };
        self.fail(id, kind, e.to_string())
    }

    /// Reads the header lines after the version line, up to the blank line.
    fn header(&mut self) -> Result<Header, Item> {
        let mut header = Header::default();
        let mut line = Vec::new();
        for _ in 0..MAX_HEADERS {
            line.clear();
            let here = self.here(&header);
            match read_line(&mut self.reader, &mut line, MAX_LINE) {
                Err(e) => return Err(self.io_failure(here, &e)),
                Ok(Line::Eof) => {
                    return Err(self.fail(here, "truncated-record", "the stream ends in a header"))
                }
                Ok(Line::TooLong) => {
                    self.resyncing = true;
                    return Err(Item::Failed(Failure::new(
                        here,
                        "bad-record",
                        "WARC header line too long",
                    )));
                }
                Ok(Line::Read) => {}
            }
            if line.is_empty() {
                return Ok(header);
            }
            let text = String::from_utf8_lossy(&line);
            let Some((name, value)) = text.split_once(':') else {
                continue;
            };
            let value = value.trim();
            match name.trim().to_ascii_lowercase().as_str() {
                "warc-type" => header.kind = value.to_ascii_lowercase(),
                "warc-target-uri" => header.uri = Some(unbracket(value).to_string()),
                "warc-record-id" => header.record_id = Some(unbracket(value).to_string()),
                "content-type" => header.content_type = value.to_ascii_lowercase(),
                "content-length" => header.length = value.parse().ok(),
                _ => {}
            }
        }
        self.resyncing = true;
        let here = self.here(&header);
        Err(Item::Failed(Failure::new(
            here,
            "bad-record",
            "too many WARC header lines",
        )))
    }

    /// The name of the current record in a failure: its URL, else its id, else its number.
    fn here(&self, header: &Header) -> String {
        header
            .uri
            .clone()
            .or_else(|| header.record_id.clone())
            .unwrap_or_else(|| format!("{}#{}", self.name, self.records))
    }

    /// Skips `length` bytes of block; a short block is a truncated record.
    fn skip(&mut self, length: u64, here: String) -> Option<Item> {
        match io::copy(&mut (&mut self.reader).take(length), &mut io::sink()) {
            Err(e) => Some(self.io_failure(here, &e)),
            Ok(n) if n < length => Some(self.fail(
                here,
                "truncated-record",
                format!("record block of {length} bytes ends after {n}"),
            )),
            Ok(_) => None,
        }
    }

    /// Reads one record after its version line: a page, a failure, or nothing (skipped).
    fn record(&mut self) -> Option<Item> {
        self.records += 1;
        let header = match self.header() {
            Ok(header) => header,
            Err(item) => return Some(item),
        };
        let here = self.here(&header);
        let Some(length) = header.length else {
            self.resyncing = true;
            return Some(Item::Failed(Failure::new(
                here,
                "bad-record",
                "WARC record without a valid Content-Length",
            )));
        };
        let is_response =
            header.kind == "response" && header.content_type.starts_with("application/http");
        if !is_response {
            return self.skip(length, here);
        }
        let limit = self.max_bytes.saturating_add(HTTP_HEADER_ROOM);
        if usize::try_from(length).map_or(true, |l| l > limit) {
            return Some(
                self.skip(length, here.clone())
                    .unwrap_or_else(|| Item::Failed(too_large(here, self.max_bytes))),
            );
        }
        let mut block = Vec::new();
        match (&mut self.reader).take(length).read_to_end(&mut block) {
            Err(e) => return Some(self.io_failure(here, &e)),
            Ok(n) if (n as u64) < length => {
                return Some(self.fail(
                    here,
                    "truncated-record",
                    format!("record block of {length} bytes ends after {n}"),
                ))
            }
            Ok(_) => {}
        }
        match http_page(block, self.max_bytes) {
            Ok(None) => None,
            Ok(Some((charset, html))) => Some(Item::Page(Page {
                id: header.record_id,
                url: header.uri,
                charset,
                html,
            })),
            Err((kind, message)) => Some(Item::Failed(Failure::new(here, kind, message))),
        }
    }
}

impl<R: BufRead> Iterator for WarcReader<R> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        let mut line = Vec::new();
        while !self.done {
            line.clear();
            match read_line(&mut self.reader, &mut line, MAX_LINE) {
                Err(e) => {
                    let here = format!("{}#{}", self.name, self.records + 1);
                    return Some(self.io_failure(here, &e));
                }
                Ok(Line::Eof) => self.done = true,
                Ok(Line::TooLong) => {}
                Ok(Line::Read) if line.is_empty() => {}
                Ok(Line::Read) if line.starts_with(b"WARC/") => {
                    self.resyncing = false;
                    if let Some(item) = self.record() {
                        return Some(item);
                    }
                }
                Ok(Line::Read) => {
                    if !self.resyncing {
                        self.resyncing = true;
                        let here = format!("{}#{}", self.name, self.records + 1);
                        return Some(Item::Failed(Failure::new(
                            here,
                            "bad-record",
                            "expected a WARC/ version line; skipping to the next record",
                        )));
                    }
                }
            }
        }
        None
    }
}

fn too_large(id: String, limit: usize) -> Failure {
    Failure::new(
        id,
        "input-too-large",
        format!("page exceeds the limit of {limit} bytes"),
    )
}

fn unbracket(value: &str) -> &str {
    value
        .strip_prefix('<')
        .and_then(|v| v.strip_suffix('>'))
        .unwrap_or(value)
}

/// What an HTTP response block holds: `None` when it is not HTML, else the charset of its
/// `Content-Type` and the payload (chunked transfer and gzip/deflate content decoded).
type HttpPage = Option<(Option<String>, Vec<u8>)>;

/// Splits an HTTP response into its header and HTML payload.
fn http_page(mut block: Vec<u8>, max_bytes: usize) -> Result<HttpPage, (&'static str, String)> {
    let Some((head_end, body_start)) = header_end(&block) else {
        return Err((
            "bad-record",
            "HTTP response without the end of its header".into(),
        ));
    };
    let head = String::from_utf8_lossy(block.get(..head_end).unwrap_or_default()).into_owned();
    let mut lines = head.lines();
    let status = lines.next().unwrap_or_default();
    if !status.starts_with("HTTP/") {
        return Err((
            "bad-record",
            format!("not an HTTP status line: {status:.80}"),
        ));
    }
    let mut media = None;
    let mut charset = None;
    let mut chunked = false;
    let mut encoding = String::new();
    for line in lines {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        match name.trim().to_ascii_lowercase().as_str() {
            "content-type" => {
                let mut parts = value.split(';');
                media = Some(parts.next().unwrap_or_default().trim().to_ascii_lowercase());
                charset = parts.find_map(|p| {
                    let (key, val) = p.split_once('=')?;
                    key.trim()
                        .eq_ignore_ascii_case("charset")
                        .then(|| val.trim().trim_matches(['"', '\'']).to_string())
                        .filter(|v| !v.is_empty())
                });
            }
            "transfer-encoding" => chunked = value.to_ascii_lowercase().contains("chunked"),
            "content-encoding" => encoding = value.trim().to_ascii_lowercase(),
            _ => {}
        }
    }
    if !matches!(
        media.as_deref(),
        Some("text/html" | "application/xhtml+xml")
    ) {
        return Ok(None);
    }
    let mut body = block.split_off(body_start.min(block.len()));
    if chunked {
        body = dechunk(&body).ok_or(("bad-record", "malformed chunked HTTP body".to_string()))?;
    }
    let limit = u64::try_from(max_bytes)
        .unwrap_or(u64::MAX)
        .saturating_add(1);
    let decoded = match encoding.as_str() {
        "" | "identity" => None,
        "gzip" | "x-gzip" => Some(read_limited(MultiGzDecoder::new(&body[..]), limit)),
        "deflate" => Some(read_limited(ZlibDecoder::new(&body[..]), limit)),
        other => {
            return Err((
                "unsupported-encoding",
                format!("HTTP Content-Encoding {other}"),
            ))
        }
    };
    if let Some(decoded) = decoded {
        body = decoded.map_err(|e| ("bad-record", format!("HTTP body: {e}")))?;
    }
    if body.len() > max_bytes {
        return Err((
            "input-too-large",
            format!("page exceeds the limit of {max_bytes} bytes"),
        ));
    }
    Ok(Some((charset, body)))
}

fn read_limited(reader: impl Read, limit: u64) -> io::Result<Vec<u8>> {
    let mut out = Vec::new();
    reader.take(limit).read_to_end(&mut out)?;
    Ok(out)
}

/// Where the HTTP header ends (`\r\n\r\n`, or `\n\n`) and the body starts.
fn header_end(block: &[u8]) -> Option<(usize, usize)> {
    let crlf = memchr::memmem::find(block, b"\r\n\r\n").map(|i| (i, i + 4));
    let lf = memchr::memmem::find(block, b"\n\n").map(|i| (i, i + 2));
    match (crlf, lf) {
        (Some(a), Some(b)) => Some(if a.0 <= b.0 { a } else { b }),
        (a, b) => a.or(b),
    }
}

/// The payload of a chunked HTTP body, or `None` when it is malformed.
fn dechunk(mut body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    loop {
        let eol = memchr::memchr(b'\n', body)?;
        let size_line = String::from_utf8_lossy(body.get(..eol)?);
        let size_hex = size_line.split(';').next()?.trim();
        let size = usize::from_str_radix(size_hex, 16).ok()?;
        body = body.get(eol + 1..)?;
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(body.get(..size)?);
        body = body.get(size..)?;
        body = body
            .strip_prefix(b"\r\n")
            .or_else(|| body.strip_prefix(b"\n"))?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kind: &str, uri: &str, block: &[u8]) -> Vec<u8> {
        let mut out = format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n\
             WARC-Record-ID: <urn:uuid:{uri}>\r\nContent-Type: application/http; msgtype=response\r\n\
             Content-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        out.extend_from_slice(block);
        out.extend_from_slice(b"\r\n\r\n");
        out
    }

    fn read(bytes: &[u8]) -> Vec<Item> {
        WarcReader::new(bytes, "test".into(), 1024).collect()
    }

    #[test]
    fn html_response_becomes_a_page_with_charset_and_url() {
        let warc = record(
            "response",
            "https://example.com/a",
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=\"EUC-KR\"\r\n\r\n<p>hi</p>",
        );
        let items = read(&warc);
        let [Item::Page(page)] = items.as_slice() else {
            panic!("one page expected: {items:?}");
        };
        assert_eq!(page.url.as_deref(), Some("https://example.com/a"));
        assert_eq!(page.id.as_deref(), Some("urn:uuid:https://example.com/a"));
        assert_eq!(page.charset.as_deref(), Some("EUC-KR"));
        assert_eq!(page.html, b"<p>hi</p>");
    }

    #[test]
    fn non_html_and_non_response_records_are_skipped() {
        let mut warc = record(
            "response",
            "https://example.com/img",
            b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG",
        );
        warc.extend(record(
            "request",
            "https://example.com/b",
            b"GET / HTTP/1.1\r\n\r\n",
        ));
        assert!(read(&warc).is_empty());
    }

    #[test]
    fn chunked_body_is_joined() {
        let warc = record(
            "response",
            "https://example.com/c",
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n3\r\n<p>\r\n4\r\nok</\r\n2\r\np>\r\n0\r\n\r\n",
        );
        let items = read(&warc);
        let [Item::Page(page)] = items.as_slice() else {
            panic!("one page expected: {items:?}");
        };
        assert_eq!(page.html, b"<p>ok</p>");
    }

    #[test]
    fn oversized_block_is_a_failure_and_reading_goes_on() {
        let big = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{}",
            "x".repeat(100_000)
        );
        let mut warc = record("response", "https://example.com/big", big.as_bytes());
        warc.extend(record(
            "response",
            "https://example.com/small",
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>small</p>",
        ));
        let items = read(&warc);
        assert!(
            matches!(&items[..], [Item::Failed(f), Item::Page(p)]
                if f.kind == "input-too-large" && p.html == b"<p>small</p>"),
            "{items:?}"
        );
    }

    #[test]
    fn garbage_between_records_is_one_failure_then_resync() {
        let mut warc = b"garbage\r\nmore garbage\r\n".to_vec();
        warc.extend(record(
            "response",
            "https://example.com/d",
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>d</p>",
        ));
        let items = read(&warc);
        assert!(
            matches!(&items[..], [Item::Failed(f), Item::Page(_)] if f.kind == "bad-record"),
            "{items:?}"
        );
    }

    #[test]
    fn truncated_block_is_a_truncated_record() {
        let warc = record(
            "response",
            "https://example.com/e",
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>e</p>",
        );
        let cut = warc.get(..warc.len() - 10).unwrap_or_default();
        let items = read(cut);
        assert!(
            matches!(&items[..], [Item::Failed(f)] if f.kind == "truncated-record"
                && f.id == "https://example.com/e"),
            "{items:?}"
        );
    }
}
