//! Response compression, negotiated from `Accept-Encoding` and done once per cached body.

use std::io::Write;

use actix_web::web::Bytes;

/// Bodies smaller than this are sent as they are: compressing them saves less than the
/// header costs.
const MIN_COMPRESSIBLE: usize = 1024;

/// A content coding Haven can send.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Coding {
    Identity,
    Gzip,
    Brotli,
}

impl Coding {
    /// The `Content-Encoding` value, if any.
    pub fn header(self) -> Option<&'static str> {
        match self {
            Coding::Identity => None,
            Coding::Gzip => Some("gzip"),
            Coding::Brotli => Some("br"),
        }
    }

    /// Added to the ETag so each representation has its own strong validator.
    pub fn etag_suffix(self) -> &'static str {
        match self {
            Coding::Identity => "",
            Coding::Gzip => "-gz",
            Coding::Brotli => "-br",
        }
    }
}

/// The best coding the client accepts: brotli, then gzip, else none. Quality values are
/// honoured (`q=0` refuses); `*` accepts both.
pub fn negotiate(accept_encoding: Option<&str>, body_len: usize) -> Coding {
    let Some(header) = accept_encoding else { return Coding::Identity };
    if body_len < MIN_COMPRESSIBLE {
        return Coding::Identity;
    }
    let mut brotli = None;
    let mut gzip = None;
    let mut any = None;
    for range in header.split(',').take(16) {
        let mut parts = range.split(';');
        let name = parts.next().unwrap_or("").trim().to_ascii_lowercase();
        let accepted = parts
            .map(str::trim)
            .find_map(|p| p.strip_prefix("q="))
            .is_none_or(|q| q.parse::<f32>().map(|q| q > 0.0).unwrap_or(false));
        match name.as_str() {
            "br" => brotli = Some(accepted),
            "gzip" | "x-gzip" => gzip = Some(accepted),
            "*" => any = Some(accepted),
            _ => {}
        }
    }
    if brotli.or(any) == Some(true) {
        Coding::Brotli
    } else if gzip.or(any) == Some(true) {
        Coding::Gzip
    } else {
        Coding::Identity
    }
}

pub fn compress(body: &[u8], coding: Coding) -> Option<Bytes> {
    match coding {
        Coding::Identity => None,
        Coding::Gzip => {
            let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
            encoder.write_all(body).ok()?;
            encoder.finish().ok().map(Bytes::from)
        }
        Coding::Brotli => {
            let mut out = Vec::new();
            // Quality 9 of 11: most of the gain, a fraction of the time; it runs once per body.
            let params = brotli::enc::BrotliEncoderParams { quality: 9, ..Default::default() };
            brotli::BrotliCompress(&mut &body[..], &mut out, &params).ok()?;
            Some(Bytes::from(out))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_best_accepted_coding_wins() {
        let big = MIN_COMPRESSIBLE;
        let cases = [
            (None, Coding::Identity, "no header"),
            (Some("gzip, deflate, br"), Coding::Brotli, "brotli preferred"),
            (Some("gzip"), Coding::Gzip, "gzip only"),
            (Some("br;q=0, gzip"), Coding::Gzip, "brotli refused"),
            (Some("br;q=0, gzip;q=0"), Coding::Identity, "both refused"),
            (Some("*"), Coding::Brotli, "anything"),
            (Some("identity"), Coding::Identity, "identity only"),
            (Some("GZIP"), Coding::Gzip, "case-insensitive"),
        ];
        for (header, expected, why) in cases {
            assert_eq!(negotiate(header, big), expected, "{why}");
        }
        assert_eq!(negotiate(Some("br"), 10), Coding::Identity, "tiny bodies are not compressed");
    }

    #[test]
    fn compressed_bodies_round_trip() {
        let body = "a crisis line ".repeat(200).into_bytes();
        let gz = compress(&body, Coding::Gzip).expect("gzip");
        let mut decoded = Vec::new();
        std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&gz[..]), &mut decoded).expect("gunzip");
        assert_eq!(decoded, body);
        let br = compress(&body, Coding::Brotli).expect("brotli");
        let mut decoded = Vec::new();
        brotli::BrotliDecompress(&mut &br[..], &mut decoded).expect("unbrotli");
        assert_eq!(decoded, body);
        assert!(br.len() < body.len() / 4);
    }
}
