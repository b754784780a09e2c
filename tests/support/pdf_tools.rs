//! Checking a PDF with the tools a person would use: qpdf for structure, pdftotext for the
//! words, pdftoppm for the picture. Shared by the native PDF tests and the end-to-end tests.

use std::path::Path;
use std::process::{Command, Output};

pub fn run(program: &str, args: &[&str]) -> Output {
    Command::new(program).args(args).output().unwrap_or_else(|e| {
        panic!("cannot run {program} ({e}): install qpdf and poppler-utils, or run `cargo xtask test`, which does")
    })
}

pub fn qpdf_check(path: &Path) {
    let out = run("qpdf", &["--check", &path.to_string_lossy()]);
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "qpdf --check failed for {}:\n{report}", path.display());
    assert!(report.contains("No syntax or stream encoding errors"), "{report}");
}

/// The PDF's text as pdftotext extracts it, with every run of white space (line breaks from
/// wrapping included) folded into one space.
pub fn text_of(path: &Path) -> String {
    let out = run("pdftotext", &["-enc", "UTF-8", &path.to_string_lossy(), "-"]);
    assert!(out.status.success(), "pdftotext failed");
    String::from_utf8_lossy(&out.stdout).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` as a reader sees it: every run of white space (line breaks, no-break spaces) as one
/// space, so that expected sentences match however pdftotext broke the lines.
pub fn words(text: &str) -> String {
    text.split(char::is_whitespace).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

pub fn page_count(path: &Path) -> usize {
    let out = run("pdfinfo", &[&path.to_string_lossy()]);
    let info = String::from_utf8_lossy(&out.stdout).into_owned();
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no page count in {info}"))
}

/// Share of page 1's pixels that are not near-white, rendered in grey at 30 dpi.
pub fn ink_on_first_page(path: &Path) -> f64 {
    let prefix = path.with_extension("");
    let out = run(
        "pdftoppm",
        &["-gray", "-r", "30", "-f", "1", "-l", "1", &path.to_string_lossy(), &prefix.to_string_lossy()],
    );
    assert!(out.status.success(), "pdftoppm failed");
    let dir = prefix.parent().expect("a folder");
    let stem = prefix.file_name().expect("a name").to_string_lossy().into_owned();
    let image = std::fs::read_dir(dir)
        .expect("readable")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            name.starts_with(&format!("{stem}-")) && name.ends_with(".pgm")
        })
        .expect("pdftoppm wrote page 1");
    let bytes = std::fs::read(&image).expect("the image");
    let _ = std::fs::remove_file(&image);
    // A binary PGM: "P5", width, height, max value, then one byte per pixel.
    let header: Vec<&[u8]> = bytes.splitn(5, |b| b.is_ascii_whitespace()).collect();
    assert_eq!(header[0], b"P5");
    let pixels = header[4];
    let dark = pixels.iter().filter(|&&v| v < 200).count();
    dark as f64 / pixels.len() as f64
}

/// qpdf finds no error, and page 1 is not blank.
pub fn assert_well_formed(path: &Path) {
    qpdf_check(path);
    let ink = ink_on_first_page(path);
    assert!(ink > 0.01, "page 1 is blank: {ink:.4} of it has ink");
}
