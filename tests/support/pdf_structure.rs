//! Reading a tagged PDF's structure tree the way an auditor would: from `qpdf --json`, the
//! object graph as the file holds it, not from what our writer meant to write.

use std::collections::HashMap;
use std::path::Path;

use serde_json::Value;

use super::pdf_tools::run;

/// One structure element, in reading order (a depth-first walk of the tree).
#[derive(Debug, Clone)]
pub struct Element {
    /// `H1`, `P`, `Figure`, …
    pub role: String,
    pub depth: usize,
    /// `/Alt`, if the element has one.
    pub alt: Option<String>,
    /// The 1-based pages of the element's own marked content, in order.
    pub pages: Vec<usize>,
}

/// The whole file as qpdf sees it.
pub struct PdfObjects {
    objects: HashMap<String, Value>,
}

impl PdfObjects {
    pub fn read(path: &Path) -> PdfObjects {
        let out = run("qpdf", &["--json=2", "--json-key=qpdf", &path.to_string_lossy()]);
        assert!(out.status.success(), "qpdf --json failed");
        let json: Value = serde_json::from_slice(&out.stdout).expect("qpdf writes JSON");
        let objects = json["qpdf"][1]
            .as_object()
            .expect("qpdf's object map")
            .iter()
            .map(|(key, value)| (key.clone(), value.clone()))
            .collect();
        PdfObjects { objects }
    }

    /// The dictionary of object `reference` ("12 0 R"); a stream's dictionary for a stream.
    pub fn get(&self, reference: &str) -> &Value {
        let object = &self.objects[&format!("obj:{reference}")];
        if object["value"].is_null() { &object["stream"]["dict"] } else { &object["value"] }
    }

    pub fn catalog(&self) -> &Value {
        let root = self.objects["trailer"]["value"]["/Root"].as_str().expect("a /Root");
        self.get(root)
    }

    /// The page references in order, to turn a `/Pg` into a page number.
    fn pages(&self) -> Vec<String> {
        let tree = self.catalog()["/Pages"].as_str().expect("a page tree");
        self.get(tree)["/Kids"]
            .as_array()
            .expect("kids")
            .iter()
            .filter_map(|k| k.as_str().map(str::to_owned))
            .collect()
    }

    /// Every structure element in reading order.
    pub fn structure(&self) -> Vec<Element> {
        let pages = self.pages();
        let root = self.catalog()["/StructTreeRoot"].as_str().expect("a /StructTreeRoot");
        let mut found = Vec::new();
        for kid in kids(&self.get(root)["/K"]) {
            if let Some(reference) = kid.as_str() {
                self.walk(reference, 0, &pages, &mut found);
            }
        }
        found
    }

    fn walk(&self, reference: &str, depth: usize, pages: &[String], found: &mut Vec<Element>) {
        let element = self.get(reference);
        let role = element["/S"].as_str().unwrap_or("?").trim_start_matches('/').to_owned();
        let alt = element["/Alt"].as_str().map(text);
        let at = found.len();
        found.push(Element { role, depth, alt, pages: Vec::new() });
        let page_of =
            |value: &Value| value.as_str().and_then(|p| pages.iter().position(|q| q == p)).map(|i| i + 1);
        let own_page = page_of(&element["/Pg"]);
        for kid in kids(&element["/K"]) {
            match kid {
                Value::String(child) => self.walk(child, depth + 1, pages, found),
                Value::Number(_) => found[at].pages.extend(own_page),
                Value::Object(map) if map.get("/Type").and_then(Value::as_str) == Some("/MCR") => {
                    found[at].pages.extend(map.get("/Pg").and_then(page_of).or(own_page));
                }
                _ => {}
            }
        }
    }
}

/// `/K` as a list, whether the file wrote one kid or an array.
fn kids(value: &Value) -> Vec<&Value> {
    match value {
        Value::Array(items) => items.iter().collect(),
        Value::Null => Vec::new(),
        one => vec![one],
    }
}

/// A PDF text string as qpdf's JSON gives it (`u:` for Unicode text).
pub fn text(value: &str) -> String {
    value.strip_prefix("u:").unwrap_or(value).to_owned()
}
