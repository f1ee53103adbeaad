//! The share link: one scenario, as a one-scenario saved document, deflated and written in
//! base64url after `#s=` in the page's address. The fragment never leaves the browser.

use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::{alphabet, Engine};
use miniz_oxide::deflate::compress_to_vec;
use miniz_oxide::inflate::decompress_to_vec_with_limit;

use super::{Document, SaveError};
use crate::engine::lang::Lang;

/// What precedes the scenario in the page's address.
pub const PREFIX: &str = "#s=";

/// The most a link may inflate to: far above any real scenario, far below what would stall the
/// page (a small link that inflates to gigabytes is refused, not unpacked).
const MAX_INFLATED: usize = 16 * 1024 * 1024;

/// base64url without padding on writing; with or without it on reading (a link pasted through a
/// mail client sometimes gains `=` at its end).
const BASE64URL: GeneralPurpose = GeneralPurpose::new(
    &alphabet::URL_SAFE,
    GeneralPurposeConfig::new()
        .with_encode_padding(false)
        .with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// The fragment (`#s=…`) that carries this document.
pub fn encode(document: &Document) -> String {
    let json = document.to_json();
    // Level 9: links are made rarely and the shortest one is the easiest to paste.
    let packed = compress_to_vec(json.as_bytes(), 9);
    format!("{PREFIX}{}", BASE64URL.encode(packed))
}

/// Reads a fragment made by [`encode`] (with or without the leading `#` or `#s=`).
pub fn decode(fragment: &str, lang: Lang) -> Result<Document, SaveError> {
    let text = fragment.trim();
    let text = text.strip_prefix('#').unwrap_or(text);
    let text = text.strip_prefix("s=").unwrap_or(text);
    let packed = BASE64URL
        .decode(text.as_bytes())
        .map_err(|_| SaveError::BadLink)?;
    let json =
        decompress_to_vec_with_limit(&packed, MAX_INFLATED).map_err(|_| SaveError::BadLink)?;
    let json = String::from_utf8(json).map_err(|_| SaveError::BadLink)?;
    match Document::read(&json, lang) {
        Err(SaveError::NotJson | SaveError::Foreign) => Err(SaveError::BadLink),
        other => other,
    }
}
