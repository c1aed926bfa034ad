//! Removes identifying metadata from JPEG and PNG attachments before they
//! are encrypted (DESIGN "Reporter": EXIF, XMP, GPS and text chunks), the
//! same rules as the page's `web/src/strip.js`.
//!
//! JPEG: APP1 (EXIF, GPS, XMP), APP2–APP15 except ICC colour profiles
//! (APP2 "ICC_PROFILE"), and COM segments are dropped; anything after the
//! end-of-image marker is dropped. PNG: tEXt, zTXt, iTXt, eXIf and tIME
//! chunks are dropped. Other types are left as they are, with a warning.

/// What scrubbing did to one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scrubbed {
    /// The cleaned bytes.
    pub data: Vec<u8>,
    /// What was removed, for the reporter to read.
    pub removed: Vec<String>,
}

/// The image kind, from the first bytes.
pub fn kind(data: &[u8]) -> Option<&'static str> {
    if data.starts_with(&[0xff, 0xd8, 0xff]) {
        Some("jpeg")
    } else if data.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("png")
    } else {
        None
    }
}

/// Cleans a JPEG or PNG; `None` for other data or a file too damaged to
/// parse (the caller then warns and refuses to send it as is, or sends it
/// only if the reporter insists).
pub fn scrub(data: &[u8]) -> Option<Scrubbed> {
    match kind(data)? {
        "jpeg" => scrub_jpeg(data),
        _ => scrub_png(data),
    }
}

fn scrub_jpeg(d: &[u8]) -> Option<Scrubbed> {
    let mut out = vec![0xff, 0xd8];
    let mut removed = Vec::new();
    let mut i = 2;
    loop {
        if i + 4 > d.len() || d[i] != 0xff {
            return None;
        }
        let marker = d[i + 1];
        if marker == 0xd9 {
            out.extend_from_slice(&[0xff, 0xd9]);
            if i + 2 < d.len() {
                removed.push(format!(
                    "{} bytes after the end of the image",
                    d.len() - i - 2
                ));
            }
            break;
        }
        let len = usize::from(u16::from_be_bytes([d[i + 2], d[i + 3]]));
        if len < 2 || i + 2 + len > d.len() {
            return None;
        }
        let seg = &d[i..i + 2 + len];
        let body = &seg[4..];
        let drop = match marker {
            0xe1 if body.starts_with(b"Exif\0") => Some("EXIF (camera, time, GPS position)"),
            0xe1 => Some("XMP metadata"),
            0xed => Some("IPTC/Photoshop metadata"),
            0xe2 if body.starts_with(b"ICC_PROFILE") => None,
            0xe2..=0xef => Some("an application metadata segment"),
            0xfe => Some("a comment"),
            _ => None,
        };
        match drop {
            Some(what) => removed.push(what.to_owned()),
            None => out.extend_from_slice(seg),
        }
        i += 2 + len;
        if marker == 0xda {
            // Start of scan: entropy-coded data runs to the end-of-image
            // marker; copy it as is, then stop at EOI.
            let rest = &d[i..];
            let eoi = rest.windows(2).rposition(|w| w == [0xff, 0xd9])?;
            out.extend_from_slice(&rest[..eoi + 2]);
            if eoi + 2 < rest.len() {
                removed.push(format!(
                    "{} bytes after the end of the image",
                    rest.len() - eoi - 2
                ));
            }
            break;
        }
    }
    Some(Scrubbed { data: out, removed })
}

fn scrub_png(d: &[u8]) -> Option<Scrubbed> {
    let mut out = d[..8].to_vec();
    let mut removed = Vec::new();
    let mut i = 8;
    while i + 12 <= d.len() {
        let len = u32::from_be_bytes(d[i..i + 4].try_into().ok()?) as usize;
        let end = i.checked_add(12)?.checked_add(len)?;
        if end > d.len() {
            return None;
        }
        let ty = &d[i + 4..i + 8];
        let what = match ty {
            b"tEXt" | b"zTXt" | b"iTXt" => Some("a text chunk"),
            b"eXIf" => Some("EXIF (camera, time, GPS position)"),
            b"tIME" => Some("the modification time"),
            _ => None,
        };
        match what {
            Some(w) => removed.push(w.to_owned()),
            None => out.extend_from_slice(&d[i..end]),
        }
        i = end;
        if ty == b"IEND" {
            if i < d.len() {
                removed.push(format!("{} bytes after the end of the image", d.len() - i));
            }
            return Some(Scrubbed { data: out, removed });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(marker: u8, body: &[u8]) -> Vec<u8> {
        let mut v = vec![0xff, marker];
        v.extend_from_slice(&((body.len() + 2) as u16).to_be_bytes());
        v.extend_from_slice(body);
        v
    }

    #[test]
    fn jpeg_loses_exif_xmp_and_comments_but_keeps_the_image() {
        let mut j = vec![0xff, 0xd8];
        j.extend(seg(0xe0, b"JFIF\0\x01\x01"));
        j.extend(seg(0xe1, b"Exif\0\0GPS 51.5N 0.1W"));
        j.extend(seg(0xe1, b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>"));
        j.extend(seg(0xe2, b"ICC_PROFILE\0colour"));
        j.extend(seg(0xfe, b"taken at home"));
        j.extend(seg(0xdb, &[0; 65]));
        j.extend(seg(0xda, &[1, 2, 3]));
        j.extend_from_slice(&[0x12, 0x34, 0xff, 0x00, 0x56]);
        j.extend_from_slice(&[0xff, 0xd9]);
        j.extend_from_slice(b"trailing secret");
        let s = scrub(&j).unwrap();
        let text = String::from_utf8_lossy(&s.data);
        assert!(
            !text.contains("GPS")
                && !text.contains("xmpmeta")
                && !text.contains("home")
                && !text.contains("trailing")
        );
        assert!(text.contains("ICC_PROFILE") && text.contains("JFIF"));
        assert!(
            s.data
                .ends_with(&[0x12, 0x34, 0xff, 0x00, 0x56, 0xff, 0xd9])
        );
        assert_eq!(s.removed.len(), 4);
    }

    #[test]
    fn png_loses_text_exif_and_time_chunks() {
        fn chunk(ty: &[u8], body: &[u8]) -> Vec<u8> {
            let mut v = (body.len() as u32).to_be_bytes().to_vec();
            v.extend_from_slice(ty);
            v.extend_from_slice(body);
            v.extend_from_slice(&[0, 0, 0, 0]);
            v
        }
        let mut p = b"\x89PNG\r\n\x1a\n".to_vec();
        p.extend(chunk(b"IHDR", &[0; 13]));
        p.extend(chunk(b"tEXt", b"Author\0Jane Doe"));
        p.extend(chunk(b"eXIf", b"GPS"));
        p.extend(chunk(b"IDAT", b"pixels"));
        p.extend(chunk(b"IEND", b""));
        let s = scrub(&p).unwrap();
        let text = String::from_utf8_lossy(&s.data);
        assert!(!text.contains("Jane") && !text.contains("GPS") && text.contains("pixels"));
        assert_eq!(s.removed.len(), 2);
        assert_eq!(scrub(b"plain text"), None);
        assert_eq!(scrub(&p[..20]), None, "a damaged file is not half-cleaned");
    }
}
