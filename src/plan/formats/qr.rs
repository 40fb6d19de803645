//! QR codes for the printed documentation links, drawn as one SVG path (no image, no network),
//! so a phone can open the Microsoft page straight from paper.

use qrcodegen::{Mask, QrCode, QrCodeEcc, QrSegment, Version};

/// A QR code ready to draw: `size` modules square (plus a 4-module quiet zone on each side in
/// `view_box`), and `path` an SVG path of 1×1 squares for the dark modules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrSvg {
    /// SVG `viewBox` including the quiet zone.
    pub view_box: String,
    /// SVG path data of the dark modules.
    pub path: String,
}

/// Encodes `text` (a URL) with medium error correction; `None` if it is too long for a QR code.
pub fn qr_svg(text: &str) -> Option<QrSvg> {
    // A fixed mask: the library's automatic choice encodes every code eight times to score the
    // masks, which made the first render of the page noticeably slower; any mask scans.
    let segments = QrSegment::make_segments(text);
    let qr = QrCode::encode_segments_advanced(
        &segments,
        QrCodeEcc::Medium,
        Version::MIN,
        Version::MAX,
        Some(Mask::new(0)),
        true,
    )
    .ok()?;
    let size = qr.size();
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if qr.get_module(x, y) {
                // Merge horizontal runs of dark modules into one rectangle.
                let start = x;
                while x < size && qr.get_module(x, y) {
                    x += 1;
                }
                path.push_str(&format!("M{start} {y}h{}v1h-{}z", x - start, x - start));
            } else {
                x += 1;
            }
        }
    }
    Some(QrSvg {
        view_box: format!("-4 -4 {} {}", size + 8, size + 8),
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_a_documentation_url() {
        let qr = qr_svg("https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-restoring-a-lync-server-pool")
            .expect("fits");
        assert!(qr.path.starts_with('M'));
        assert!(qr.view_box.starts_with("-4 -4 "));
    }

    #[test]
    fn too_long_is_none_not_a_panic() {
        assert_eq!(qr_svg(&"x".repeat(5000)), None);
    }
}
