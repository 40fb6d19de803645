//! Untrusted topology bytes → text: size cap first, then the encodings Lync admins produce
//! (UTF-8 with or without BOM; UTF-16 LE/BE with BOM, as Windows PowerShell 5.1 writes; UTF-16
//! without BOM recognised by its `<` byte pattern), and the wrong files they pick by mistake.

use super::ImportError;

/// Largest topology file accepted (real topologies are well under 2 MB).
pub const MAX_TOPOLOGY_BYTES: usize = 8 * 1024 * 1024;

/// Decodes `bytes` to text, refusing what is not a text topology file.
pub fn decode_text(bytes: &[u8]) -> Result<String, ImportError> {
    if bytes.len() > MAX_TOPOLOGY_BYTES {
        return Err(ImportError::TooLarge {
            size: bytes.len(),
            limit: MAX_TOPOLOGY_BYTES,
        });
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::Empty);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return Err(ImportError::Zip);
    }
    let text = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        String::from_utf8(rest.to_vec()).map_err(|_| ImportError::NotText)?
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        utf16(rest, u16::from_le_bytes)?
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        utf16(rest, u16::from_be_bytes)?
    } else if bytes.len() >= 2 && bytes[0] == b'<' && bytes[1] == 0 {
        utf16(bytes, u16::from_le_bytes)?
    } else if bytes.len() >= 2 && bytes[0] == 0 && bytes[1] == b'<' {
        utf16(bytes, u16::from_be_bytes)?
    } else {
        String::from_utf8(bytes.to_vec()).map_err(|_| ImportError::NotText)?
    };
    Ok(without_encoding_declaration(text))
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, ImportError> {
    if !bytes.len().is_multiple_of(2) {
        return Err(ImportError::NotText);
    }
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .map_err(|_| ImportError::NotText)
}

/// The text is decoded already: an `encoding="utf-16"` declaration would no longer be true.
fn without_encoding_declaration(text: String) -> String {
    let trimmed = text.trim_start_matches('\u{feff}');
    if let Some(end) = trimmed.strip_prefix("<?xml").and_then(|r| r.find("?>")) {
        return format!("<?xml version=\"1.0\"?>{}", &trimmed[5 + end + 2..]);
    }
    trimmed.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_encoding_admins_produce() {
        let xml = "<?xml version=\"1.0\" encoding=\"utf-16\"?><Topology/>";
        let mut le = vec![0xFF, 0xFE];
        le.extend(xml.encode_utf16().flat_map(u16::to_le_bytes));
        let mut be = vec![0xFE, 0xFF];
        be.extend(xml.encode_utf16().flat_map(u16::to_be_bytes));
        let bare_le: Vec<u8> = xml.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let mut bom8 = b"\xEF\xBB\xBF".to_vec();
        bom8.extend(xml.as_bytes());
        for bytes in [le, be, bare_le, bom8, xml.as_bytes().to_vec()] {
            assert_eq!(
                decode_text(&bytes),
                Ok("<?xml version=\"1.0\"?><Topology/>".to_string())
            );
        }
    }

    #[test]
    fn refuses_what_is_not_a_text_topology() {
        assert_eq!(decode_text(b"PK\x03\x04rest"), Err(ImportError::Zip));
        assert_eq!(decode_text(b"  \n"), Err(ImportError::Empty));
        assert_eq!(decode_text(b"\xFF\xFE<\x00a"), Err(ImportError::NotText));
        assert_eq!(decode_text(&[0xC3, 0x28]), Err(ImportError::NotText));
    }
}
