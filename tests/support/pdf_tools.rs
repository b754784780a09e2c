//! Checking a PDF with the tools a person would use: qpdf for structure, pdftotext for the
//! words, pdftoppm for the picture. Shared by the native PDF tests and the end-to-end tests.

use std::path::{Path, PathBuf};
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

/// Writes `bytes` as `<name>.pdf` into `dir`, made if need be, for the tools to read: its path.
pub fn write_pdf(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    std::fs::create_dir_all(dir).expect("a folder for the PDFs");
    let path = dir.join(format!("{name}.pdf"));
    std::fs::write(&path, bytes).expect("PDF written");
    path
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
    let info = info(path);
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no page count in {info}"))
}

/// Page `page` rendered in grey at `dpi`: its width, its height and one byte per pixel.
pub fn render_grey(path: &Path, page: usize, dpi: u32) -> (usize, usize, Vec<u8>) {
    let prefix = path.with_extension("").to_string_lossy().into_owned() + "-grey";
    let (page, dpi) = (page.to_string(), dpi.to_string());
    let args =
        ["-gray", "-r", &dpi, "-f", &page, "-l", &page, "-singlefile", &path.to_string_lossy(), &prefix];
    let out = run("pdftoppm", &args);
    assert!(out.status.success(), "pdftoppm failed");
    let image = format!("{prefix}.pgm");
    let bytes = std::fs::read(&image).expect("pdftoppm wrote the page");
    let _ = std::fs::remove_file(&image);
    // A binary PGM: "P5", width, height, max value, then one byte per pixel.
    let header: Vec<&[u8]> = bytes.splitn(5, |b| b.is_ascii_whitespace()).collect();
    assert_eq!(header[0], b"P5");
    let number = |field: &[u8]| String::from_utf8_lossy(field).parse::<usize>().expect("a PGM size");
    (number(header[1]), number(header[2]), header[4].to_vec())
}

/// Share of page 1's pixels that are not near-white, rendered in grey at 30 dpi.
pub fn ink_on_first_page(path: &Path) -> f64 {
    let (_, _, pixels) = render_grey(path, 1, 30);
    let dark = pixels.iter().filter(|&&v| v < 200).count();
    dark as f64 / pixels.len() as f64
}

/// The top and bottom of the ink on `page`, in points from the top edge, leaving out
/// everything below `above`: the bounding box of what pdftoppm drew, footer excluded.
pub fn ink_extent(path: &Path, page: usize, above: f64) -> Option<(f64, f64)> {
    let dpi = 72;
    let (width, _, pixels) = render_grey(path, page, dpi);
    let rows: Vec<usize> = pixels
        .chunks(width)
        .enumerate()
        .take_while(|(row, _)| (*row as f64) < above)
        .filter(|(_, row)| row.iter().any(|&v| v < 200))
        .map(|(row, _)| row)
        .collect();
    Some((*rows.first()? as f64, *rows.last()? as f64 + 1.0))
}

/// The text of pages `first..=last`, white space folded as in [`text_of`].
pub fn pages_text(path: &Path, first: usize, last: usize) -> String {
    let (first, last) = (first.to_string(), last.to_string());
    let out = run("pdftotext", &["-enc", "UTF-8", "-f", &first, "-l", &last, &path.to_string_lossy(), "-"]);
    assert!(out.status.success(), "pdftotext failed");
    String::from_utf8_lossy(&out.stdout).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// pdfinfo's view of the file, one "Name: value" per line.
pub fn info(path: &Path) -> String {
    String::from_utf8_lossy(&run("pdfinfo", &[&path.to_string_lossy()]).stdout).into_owned()
}

/// qpdf finds no error, the file is tagged for screen readers, and page 1 is not blank.
pub fn assert_well_formed(path: &Path) {
    qpdf_check(path);
    let info = info(path);
    assert!(info.lines().any(|l| l.starts_with("Tagged:") && l.ends_with("yes")), "not tagged:\n{info}");
    let ink = ink_on_first_page(path);
    assert!(ink > 0.01, "page 1 is blank: {ink:.4} of it has ink");
}
