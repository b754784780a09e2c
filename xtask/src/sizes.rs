//! What the widget costs a page to download: each shipped file raw, gzipped and brotli'd; the
//! checked-in size budget (`bench/budget.json`); and the precompressed copies in dist/.

use std::io::Write;
use std::path::Path;

use serde_json::{Value, json};

/// The files a page downloads to show the widget, relative to the bundle folder: the loader
/// (which carries the stylesheet, since 2026-12-02) and the first module (intro, context,
/// statements); what a learner waits for. `leadership-balance.css` is fetched only by a
/// browser without constructable stylesheets (Safari before 16.4), so it is not counted here.
pub const SHIPPED: [&str; 3] =
    ["leadership-balance.js", "core/leadership-balance.js", "core/leadership-balance_bg.wasm"];

/// The widget's full module (every view, the results and the PDF among them), which the loader
/// fetches in the background at the learner's first click, and which a link in the address
/// (a shared result, a colleague's request or answer) starts with.
pub const FULL_MODULE: [&str; 2] =
    ["core/leadership-balance-full.js", "core/leadership-balance-full_bg.wasm"];

/// Every file of the widget itself, relative to the bundle: the loader, its stylesheet and
/// both modules. A host serves them (`dist`), and a SCORM package carries them.
pub const WIDGET_FILES: [&str; 6] = [
    "leadership-balance.js",
    "leadership-balance.css",
    "core/leadership-balance.js",
    "core/leadership-balance_bg.wasm",
    "core/leadership-balance-full.js",
    "core/leadership-balance-full_bg.wasm",
];

/// The files the trainer's cohort page downloads (besides the page itself and, for a language
/// other than English, one language pack).
pub const COHORT_SHIPPED: [&str; 5] =
    ["cohort-page.js", "cohort/cohort.js", "cohort/cohort_bg.wasm", "cohort.css", "leadership-balance.css"];

/// Files a page downloads only when a learner needs them: one language pack, for a learner
/// who reads another language than English.
pub const ON_DEMAND: [&str; 5] =
    ["core/lang/de.json", "core/lang/es.json", "core/lang/fr.json", "core/lang/pl.json", "core/lang/uk.json"];

/// One file's sizes in bytes.
#[derive(Clone, Debug, PartialEq)]
pub struct FileSize {
    pub file: String,
    pub raw: usize,
    pub gzip: usize,
    pub brotli: usize,
}

pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    // Writing to a Vec cannot fail.
    let _ = encoder.write_all(bytes);
    encoder.finish().unwrap_or_default()
}

/// The gzip stream for the `.gz` copies a host sends: zopfli's, which any gzip reader takes,
/// searches much harder than gzip -9 for the same format (about 3.6 s for the first module's
/// wasm here, 5% fewer bytes). The size budget and the price list keep measuring with
/// [`gzip`], so that their figures compare with every one before.
pub fn gzip_for_the_wire(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    match zopfli::compress(zopfli::Options::default(), zopfli::Format::Gzip, bytes, &mut out) {
        Ok(()) => out,
        // Writing to a Vec cannot fail; should zopfli still refuse, gzip -9 is as valid.
        Err(_) => gzip(bytes),
    }
}

pub fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
    let _ = brotli::BrotliCompress(&mut &bytes[..], &mut out, &params);
    out
}

/// The sizes of the shipped files in `bundle`.
pub fn measure(bundle: &Path) -> Result<Vec<FileSize>, String> {
    measure_files(bundle, &SHIPPED)
}

/// The sizes of `files` in `bundle`.
pub fn measure_files(bundle: &Path, files: &[&str]) -> Result<Vec<FileSize>, String> {
    files
        .iter()
        .map(|file| {
            let bytes = std::fs::read(bundle.join(file)).map_err(|e| format!("{file}: {e}"))?;
            Ok(FileSize {
                file: (*file).to_owned(),
                raw: bytes.len(),
                gzip: gzip(&bytes).len(),
                brotli: brotli(&bytes).len(),
            })
        })
        .collect()
}

/// The sizes of the `.gz` copies [`precompress`] wrote beside `files` in `bundle`, and their
/// total: what a server that sends them puts on the wire.
pub fn wire_gzip_sizes(bundle: &Path, files: &[&str]) -> Result<Value, String> {
    let mut sizes = serde_json::Map::new();
    let mut total = 0;
    for file in files {
        let copy = bundle.join(format!("{file}.gz"));
        let size = std::fs::metadata(&copy).map_err(|e| format!("{}: {e}", copy.display()))?.len();
        total += size;
        sizes.insert((*file).to_owned(), json!(size));
    }
    sizes.insert("total".to_owned(), json!(total));
    Ok(Value::Object(sizes))
}

pub fn total(sizes: &[FileSize]) -> FileSize {
    FileSize {
        file: "total".to_owned(),
        raw: sizes.iter().map(|s| s.raw).sum(),
        gzip: sizes.iter().map(|s| s.gzip).sum(),
        brotli: sizes.iter().map(|s| s.brotli).sum(),
    }
}

pub fn table(sizes: &[FileSize]) -> String {
    let mut text = format!("  {:<34} {:>10} {:>10} {:>10}\n", "file", "raw", "gzip -9", "brotli 11");
    for size in sizes.iter().chain([&total(sizes)]) {
        text.push_str(&format!(
            "  {:<34} {:>10} {:>10} {:>10}\n",
            size.file, size.raw, size.gzip, size.brotli
        ));
    }
    text
}

pub fn to_json(sizes: &[FileSize]) -> Value {
    let entry = |s: &FileSize| json!({ "file": s.file, "raw": s.raw, "gzip": s.gzip, "brotli": s.brotli });
    json!({ "files": sizes.iter().map(entry).collect::<Vec<_>>(), "total": entry(&total(sizes)) })
}

/// The checked-in budget.
#[derive(Debug, PartialEq)]
pub struct Budget {
    /// The gzip total above which `cargo xtask test` fails.
    pub limit_total_gzip: usize,
    /// Each shipped file's gzip size when the budget was last set, to name what grew.
    pub files_gzip: Vec<(String, usize)>,
}

impl Budget {
    pub fn from_json(text: &str) -> Result<Budget, String> {
        let value: Value = serde_json::from_str(text).map_err(|e| format!("bench/budget.json: {e}"))?;
        Budget::from_value(&value)
    }

    /// The budget of another bundle, kept under `key` in the same file with the same shape.
    pub fn from_json_at(text: &str, key: &str) -> Result<Budget, String> {
        let value: Value = serde_json::from_str(text).map_err(|e| format!("bench/budget.json: {e}"))?;
        let nested = value.get(key).ok_or(format!("bench/budget.json: `{key}` is missing"))?;
        Budget::from_value(nested)
    }

    fn from_value(value: &Value) -> Result<Budget, String> {
        let number = |key: &str| {
            value
                .get(key)
                .and_then(Value::as_u64)
                .map(|n| n as usize)
                .ok_or(format!("bench/budget.json: `{key}` must be a whole number"))
        };
        let files = value
            .get("files_gzip_bytes")
            .and_then(Value::as_object)
            .ok_or("bench/budget.json: `files_gzip_bytes` must map each file to its gzip size")?;
        Ok(Budget {
            limit_total_gzip: number("limit_total_gzip_bytes")?,
            files_gzip: files.iter().map(|(f, n)| (f.clone(), n.as_u64().unwrap_or(0) as usize)).collect(),
        })
    }

    /// `Ok` with a one-line summary when the total is within the limit; otherwise the error
    /// names the files that grew since the budget was set, and by how much.
    pub fn check(&self, sizes: &[FileSize]) -> Result<String, String> {
        let total = total(sizes).gzip;
        if total <= self.limit_total_gzip {
            return Ok(format!(
                "shipped gzip total {total} B: within the {} B limit of bench/budget.json ({} B to spare)",
                self.limit_total_gzip,
                self.limit_total_gzip - total
            ));
        }
        let mut grown = Vec::new();
        for size in sizes {
            match self.files_gzip.iter().find(|(f, _)| *f == size.file) {
                Some((_, before)) if size.gzip > *before => {
                    grown.push(format!(
                        "  {}: {before} B → {} B (+{} B)",
                        size.file,
                        size.gzip,
                        size.gzip - before
                    ));
                }
                None => grown.push(format!("  {}: new, {} B", size.file, size.gzip)),
                _ => {}
            }
        }
        Err(format!(
            "the shipped files are {total} B gzipped, {} B over the limit of {} B in bench/budget.json.\n\
             Grown since the budget was set:\n{}\n\
             Cut the growth, or, if it earns its bytes, raise the limit in bench/budget.json and say why in the commit.",
            total - self.limit_total_gzip,
            self.limit_total_gzip,
            if grown.is_empty() {
                "  (no single file grew; files were added)".to_owned()
            } else {
                grown.join("\n")
            }
        ))
    }
}

/// Writes `<file>.gz` and `<file>.br` beside every text and wasm file in `dir`, so a host that
/// serves precompressed files (nginx `gzip_static`, most CDNs) need not compress on the fly.
pub fn precompress(dir: &Path) -> Result<usize, String> {
    let mut written = 0;
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        if path.is_dir() {
            written += precompress(&path)?;
            continue;
        }
        let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !matches!(extension, "js" | "css" | "wasm" | "html" | "json") {
            continue;
        }
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        for (suffix, compressed) in [("gz", gzip_for_the_wire(&bytes)), ("br", brotli(&bytes))] {
            let target = path.with_extension(format!("{extension}.{suffix}"));
            std::fs::write(&target, compressed).map_err(|e| format!("{}: {e}", target.display()))?;
            written += 1;
        }
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn size(file: &str, gzip: usize) -> FileSize {
        FileSize { file: file.to_owned(), raw: gzip * 3, gzip, brotli: gzip - 1 }
    }

    fn budget() -> Budget {
        Budget {
            limit_total_gzip: 200,
            files_gzip: vec![("a.wasm".to_owned(), 150), ("b.js".to_owned(), 40)],
        }
    }

    #[test]
    fn within_the_limit_passes_and_says_how_much_is_left() {
        let summary = budget().check(&[size("a.wasm", 150), size("b.js", 40)]).expect("within");
        assert!(summary.contains("total 190 B") && summary.contains("10 B to spare"), "{summary}");
    }

    #[test]
    fn over_the_limit_fails_naming_the_files_that_grew() {
        let error =
            budget().check(&[size("a.wasm", 170), size("b.js", 40), size("c.css", 5)]).expect_err("over");
        assert!(error.contains("215 B gzipped, 15 B over the limit of 200 B"), "{error}");
        assert!(error.contains("a.wasm: 150 B → 170 B (+20 B)"), "{error}");
        assert!(error.contains("c.css: new, 5 B"), "{error}");
        assert!(!error.contains("b.js"), "an unchanged file is not blamed: {error}");
    }

    #[test]
    fn the_checked_in_budget_reads_and_names_every_shipped_file() {
        let text =
            std::fs::read_to_string(crate::run::root().join("bench/budget.json")).expect("bench/budget.json");
        let budget = Budget::from_json(&text).expect("a valid budget");
        assert!(budget.limit_total_gzip >= budget.files_gzip.iter().map(|(_, n)| n).sum::<usize>());
        let mut named: Vec<&str> = budget.files_gzip.iter().map(|(f, _)| f.as_str()).collect();
        named.sort_unstable();
        let mut shipped = SHIPPED.to_vec();
        shipped.sort_unstable();
        assert_eq!(named, shipped);
        let full = Budget::from_json_at(&text, "full_module").expect("the full module's budget");
        let named: Vec<&str> = full.files_gzip.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(named, FULL_MODULE);
    }

    #[test]
    fn precompressed_files_sit_beside_the_originals_and_unpack_to_them() {
        let dir = std::env::temp_dir().join(format!("lb-precompress-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("core")).expect("folders");
        let wasm = [0u8, 97, 115, 109, 1, 0, 0, 0].repeat(50);
        std::fs::write(dir.join("core/w.wasm"), &wasm).expect("written");
        std::fs::write(dir.join("a.css"), ".lb { color: red; }".repeat(20)).expect("written");
        std::fs::write(dir.join("notes.txt"), "not shipped compressed").expect("written");
        assert_eq!(precompress(&dir), Ok(4));
        let mut unpacked = Vec::new();
        std::io::Read::read_to_end(
            &mut flate2::read::GzDecoder::new(&std::fs::read(dir.join("core/w.wasm.gz")).expect("gz")[..]),
            &mut unpacked,
        )
        .expect("gunzip");
        assert_eq!(unpacked, wasm);
        let mut unbrotlied = Vec::new();
        brotli::BrotliDecompress(&mut &std::fs::read(dir.join("a.css.br")).expect("br")[..], &mut unbrotlied)
            .expect("unbrotli");
        assert_eq!(unbrotlied, ".lb { color: red; }".repeat(20).into_bytes());
        assert!(!dir.join("notes.txt.gz").exists());
        let wire = wire_gzip_sizes(&dir, &["core/w.wasm", "a.css"]).expect("both copies");
        let on_disk = |f: &str| std::fs::metadata(dir.join(f)).map(|m| m.len()).expect("a copy");
        assert_eq!(wire["core/w.wasm"], on_disk("core/w.wasm.gz"));
        assert_eq!(wire["total"], on_disk("core/w.wasm.gz") + on_disk("a.css.gz"));
        assert!(wire_gzip_sizes(&dir, &["notes.txt"]).is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }

    fn gunzip(bytes: &[u8]) -> String {
        let mut back = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(bytes), &mut back).expect("gunzip");
        back
    }

    #[test]
    fn compression_round_trips() {
        let text = "Leadership Balance ".repeat(100);
        assert_eq!(gunzip(&gzip(text.as_bytes())), text);
        assert_eq!(gunzip(&gzip_for_the_wire(text.as_bytes())), text);
        assert!(brotli(text.as_bytes()).len() < text.len() / 10);
    }

    #[test]
    fn the_wires_gzip_is_no_larger_than_gzip_9() {
        let text: String = (0..400).map(|i| format!("statement {i}: {} ", i * 7919 % 1000)).collect();
        assert!(gzip_for_the_wire(text.as_bytes()).len() <= gzip(text.as_bytes()).len());
    }

    #[test]
    fn another_bundle_keeps_its_own_budget_in_the_same_file() {
        let text = r#"{"limit_total_gzip_bytes": 10, "files_gzip_bytes": {},
            "cohort_page": {"limit_total_gzip_bytes": 200, "files_gzip_bytes": {"a.wasm": 150}}}"#;
        assert_eq!(Budget::from_json(text).map(|b| b.limit_total_gzip), Ok(10));
        let cohort = Budget::from_json_at(text, "cohort_page").expect("nested");
        assert_eq!(cohort.limit_total_gzip, 200);
        assert!(cohort.check(&[size("a.wasm", 190)]).is_ok());
        assert!(cohort.check(&[size("a.wasm", 210)]).is_err());
        assert!(Budget::from_json_at(text, "other").is_err());
    }
}
