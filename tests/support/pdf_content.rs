//! What a PDF's pages draw, read back from the file as qpdf writes it uncompressed (`--qdf`):
//! per page, every marked-content operator and every text object, its glyphs decoded through
//! its font's ToUnicode map. Enough to tell whether anything is drawn outside a tag or an
//! artifact, and what.

use std::collections::HashMap;
use std::path::Path;

use super::pdf_tools::run;

/// The body of every object: what lies between `N 0 obj` and `endobj`.
fn objects(text: &str) -> HashMap<usize, &str> {
    let mut found = HashMap::new();
    for chunk in text.split("endobj") {
        let Some(at) = chunk.find(" 0 obj\n") else { continue };
        let number = chunk[..at].rsplit(|c: char| !c.is_ascii_digit()).next().unwrap_or("");
        if let Ok(id) = number.parse() {
            found.insert(id, &chunk[at + " 0 obj\n".len()..]);
        }
    }
    found
}

/// The object a dictionary's `key` refers to (`/Contents 9 0 R`).
fn reference(body: &str, key: &str) -> Option<usize> {
    let after = &body[body.find(&format!("{key} "))? + key.len() + 1..];
    after.split_whitespace().next()?.parse().ok()
}

/// A stream object's data.
fn stream(body: &str) -> &str {
    let data = body.split_once("stream\n").map_or("", |(_, data)| data);
    data.rsplit_once("endstream").map_or(data, |(data, _)| data)
}

/// A ToUnicode CMap's character for each CID.
fn to_unicode(cmap: &str) -> HashMap<u16, String> {
    let mut map = HashMap::new();
    for line in cmap.lines().filter(|l| l.starts_with('<') && l.matches('<').count() == 2) {
        let parts: Vec<&str> = line.split(['<', '>']).filter(|p| !p.trim().is_empty()).collect();
        let (Some(cid), Some(units)) = (parts.first(), parts.get(1)) else { continue };
        let Ok(cid) = u16::from_str_radix(cid, 16) else { continue };
        let units: Vec<u16> = (0..units.len() / 4)
            .filter_map(|i| u16::from_str_radix(&units[4 * i..4 * i + 4], 16).ok())
            .collect();
        map.insert(cid, String::from_utf16_lossy(&units));
    }
    map
}

/// Per page in order: `--page--`, then each `BDC`, `BMC` and `EMC` line as written, and each
/// text object as `BT ` and its decoded text.
pub fn page_marks(path: &Path) -> Vec<String> {
    let qdf = path.with_extension("qdf.pdf");
    let out =
        run("qpdf", &["--qdf", "--object-streams=disable", &path.to_string_lossy(), &qdf.to_string_lossy()]);
    assert!(out.status.success(), "qpdf --qdf failed");
    let bytes = std::fs::read(&qdf).expect("qpdf's copy");
    let text: String = bytes.iter().map(|&b| char::from(b)).collect();
    let objects = objects(&text);
    let mut pages: Vec<(usize, &str)> =
        objects.iter().filter(|(_, b)| b.contains("/Type /Page\n")).map(|(id, b)| (*id, *b)).collect();
    // qpdf numbers the pages' objects in page order.
    pages.sort_by_key(|(id, _)| *id);
    let mut found = Vec::new();
    for (_, page) in pages {
        found.push("--page--".to_owned());
        let fonts: HashMap<&str, HashMap<u16, String>> = ["/F1", "/F2"]
            .into_iter()
            .filter_map(|name| {
                let font = objects.get(&reference(page, name)?)?;
                let cmap = objects.get(&reference(font, "/ToUnicode")?)?;
                Some((name, to_unicode(stream(cmap))))
            })
            .collect();
        let content = reference(page, "/Contents").and_then(|id| objects.get(&id)).expect("a page's content");
        let mut font = "";
        let mut shown: Option<String> = None;
        for line in stream(content).lines() {
            if line == "BT" {
                shown = Some(String::new());
            } else if line == "ET" {
                found.push(format!("BT {}", shown.take().unwrap_or_default()));
            } else if let Some(name) = line.strip_suffix(" Tf").and_then(|l| l.split_whitespace().next()) {
                font = fonts.keys().find(|k| **k == name).copied().unwrap_or("");
            } else if let (Some(hex), Some(text)) = (line.strip_suffix("> Tj"), shown.as_mut()) {
                let hex = hex.trim_start_matches('<');
                for i in 0..hex.len() / 4 {
                    let cid = u16::from_str_radix(&hex[4 * i..4 * i + 4], 16).unwrap_or(0);
                    text.push_str(
                        fonts.get(font).and_then(|m| m.get(&cid)).map_or("\u{FFFD}", String::as_str),
                    );
                }
            } else if shown.is_none() && (line.ends_with(" BDC") || line.ends_with(" BMC") || line == "EMC") {
                found.push(line.to_owned());
            }
        }
    }
    found
}
