//! The SCORM packages (`cargo xtask dist --scorm`, `cargo xtask scorm`; docs/lms.md): two zip
//! files a training provider uploads to a learning platform as they are, one SCORM 1.2 and one
//! SCORM 2004 4th Edition. Each holds `imsmanifest.xml` (one organization, one SCO, every file
//! listed), the widget's files from a built bundle, and the launch page (web/scorm/), with the
//! provider's config inline in it.

use std::io::Write;
use std::path::{Path, PathBuf};

use leadership_balance::config::ProviderConfig;

use crate::sizes::WIDGET_FILES;

/// The launch page script's tsconfig, relative to the workspace root.
const TSCONFIG: &str = "web/scorm/tsconfig.json";

/// Type-checks the launch page's script (web/scorm/lms.js) with the TypeScript that setup
/// installs into `.tools/`, as the loader is checked.
pub fn typecheck() -> Result<(), String> {
    let tsc = crate::run::tools_dir().join("node_modules").join(".bin").join("tsc");
    if !tsc.exists() {
        return Err(format!(
            "{} is missing; `cargo xtask test` installs it with the other npm tools",
            tsc.display()
        ));
    }
    crate::run::status(crate::run::command(
        &tsc.to_string_lossy(),
        &["--project", TSCONFIG, "--pretty", "false"],
    ))?;
    println!("The SCORM launch page type-checks ({TSCONFIG}).");
    Ok(())
}

/// The two versions a package is made for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Version {
    Scorm12,
    Scorm2004,
}

impl Version {
    pub const ALL: [Version; 2] = [Version::Scorm12, Version::Scorm2004];

    /// As the launch page reads it from `<html data-scorm>`.
    fn code(self) -> &'static str {
        match self {
            Version::Scorm12 => "1.2",
            Version::Scorm2004 => "2004",
        }
    }

    /// The zip's name, which says the version: `leadership-balance-0.1.0-scorm-1.2.zip`.
    pub fn file_name(self, widget_version: &str) -> String {
        let version = match self {
            Version::Scorm12 => "scorm-1.2",
            Version::Scorm2004 => "scorm-2004-4th-edition",
        };
        format!("leadership-balance-{widget_version}-{version}.zip")
    }
}

/// The folders a package carries whole: the language packs (which the bundle must have) and
/// the PDF's fonts (with their licence), fetched when the learner makes the PDF.
const WIDGET_FOLDERS: [(&str, bool); 2] = [("core/lang", true), ("core/fonts", false)];

/// The launch page's files, copied from web/scorm/ as they are.
const LAUNCH_FILES: [&str; 2] = ["lms.js", "lms.css"];

/// The launch page, the SCO the platform opens.
const LAUNCH: &str = "index.html";

/// The launch page's template, its words and its script, from web/scorm/.
struct Sources {
    template: String,
    words: String,
    copied: Vec<(&'static str, Vec<u8>)>,
}

impl Sources {
    fn read(web_scorm: &Path) -> Result<Sources, String> {
        let read = |name: &str| {
            std::fs::read(web_scorm.join(name))
                .map_err(|e| format!("{}: {e}", web_scorm.join(name).display()))
        };
        let text = |name: &str| {
            read(name).and_then(|bytes| String::from_utf8(bytes).map_err(|e| format!("{name}: {e}")))
        };
        let mut copied = Vec::new();
        for name in LAUNCH_FILES {
            copied.push((name, read(name)?));
        }
        Ok(Sources { template: text("launch.html")?, words: text("words.json")?, copied })
    }
}

/// What a provider puts in: their config's text (checked by the widget's own rules), if any.
pub struct Provider {
    config: Option<(String, ProviderConfig)>,
}

impl Provider {
    /// The built-in widget, with no config.
    pub fn none() -> Provider {
        Provider { config: None }
    }

    /// The config in `text`, refused with every problem the widget would name.
    pub fn from_config(text: &str) -> Result<Provider, String> {
        let config = ProviderConfig::from_json(text).map_err(|problems| {
            let lines: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
            format!("the config has problems:\n{}", lines.join("\n"))
        })?;
        Ok(Provider { config: Some((text.to_owned(), config)) })
    }

    /// The package's title: the provider's name with the assessment's, or the assessment's.
    fn title(&self) -> String {
        match self.config.as_ref().and_then(|(_, c)| c.provider.name.as_deref()) {
            Some(name) => format!("{name}: Leadership Balance"),
            None => "Leadership Balance".to_owned(),
        }
    }

    fn language(&self) -> &str {
        self.config.as_ref().and_then(|(_, c)| c.language.as_deref()).unwrap_or("en")
    }
}

/// `text` safe inside an XML or HTML element or attribute.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The launch page for `version`: the template's slots filled.
fn launch_page(sources: &Sources, provider: &Provider, version: Version) -> String {
    // The config goes inline as JSON, its `<` escaped so that no text in it can end the
    // script element (`\u003c` is the same character to a JSON reader).
    let config = provider.config.as_ref().map_or_else(String::new, |(text, _)| {
        format!(
            "\n        <script type=\"application/json\">{}</script>\n      ",
            text.trim().replace('<', "\\u003c")
        )
    });
    sources
        .template
        .replace("{{VERSION}}", version.code())
        .replace("{{LANG}}", &escaped(provider.language()))
        .replace("{{TITLE}}", &escaped(&provider.title()))
        .replace("{{CONFIG}}", &config)
}

/// `lms-words.js`: the launch page's words (web/scorm/words.json) for lms.js to read.
fn words_script(words: &str) -> Result<String, String> {
    let parsed: serde_json::Value =
        serde_json::from_str(words).map_err(|e| format!("web/scorm/words.json: {e}"))?;
    Ok(format!(
        "// The launch page's words, from web/scorm/words.json (xtask/src/scorm.rs).\nglobalThis.leadershipBalanceLmsWords = {};\n",
        serde_json::to_string(&parsed).unwrap_or_default()
    ))
}

/// `imsmanifest.xml` for `version`: metadata, one organization with one item, one SCO
/// resource whose files are `files` (the launch page first).
pub fn manifest(version: Version, title: &str, files: &[String]) -> String {
    let title = escaped(title);
    let list: String = files.iter().map(|f| format!("      <file href=\"{}\"/>\n", escaped(f))).collect();
    let (root, schema_version, scorm_type) = match version {
        Version::Scorm12 => (
            "xmlns=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2\"\n          xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_rootv1p2\"",
            "1.2",
            "adlcp:scormtype",
        ),
        Version::Scorm2004 => (
            "xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\"\n          xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_v1p3\"\n          xmlns:adlseq=\"http://www.adlnet.org/xsd/adlseq_v1p3\"\n          xmlns:adlnav=\"http://www.adlnet.org/xsd/adlnav_v1p3\"\n          xmlns:imsss=\"http://www.imsglobal.org/xsd/imsss\"",
            "2004 4th Edition",
            "adlcp:scormType",
        ),
    };
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>
<manifest identifier=\"leadership-balance-{code}\" version=\"{widget}\"
          {root}>
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>{schema_version}</schemaversion>
  </metadata>
  <organizations default=\"leadership-balance\">
    <organization identifier=\"leadership-balance\">
      <title>{title}</title>
      <item identifier=\"assessment\" identifierref=\"widget\">
        <title>{title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier=\"widget\" type=\"webcontent\" {scorm_type}=\"sco\" href=\"{LAUNCH}\">
{list}    </resource>
  </resources>
</manifest>
",
        code = version.code().replace('.', "-"),
        widget = leadership_balance::VERSION,
    )
}

/// Every file of a package for `version`, by its path in the zip, the manifest first.
fn package_files(
    bundle: &Path,
    sources: &Sources,
    provider: &Provider,
    version: Version,
) -> Result<Vec<(String, Vec<u8>)>, String> {
    let mut files: Vec<(String, Vec<u8>)> = vec![
        (LAUNCH.to_owned(), launch_page(sources, provider, version).into_bytes()),
        ("lms-words.js".to_owned(), words_script(&sources.words)?.into_bytes()),
    ];
    for (name, bytes) in &sources.copied {
        files.push(((*name).to_owned(), bytes.clone()));
    }
    let mut widget: Vec<String> = WIDGET_FILES.iter().map(|f| (*f).to_owned()).collect();
    for (folder, required) in WIDGET_FOLDERS {
        let path = bundle.join(folder);
        let entries = match std::fs::read_dir(&path) {
            Ok(entries) => entries,
            Err(_) if !required => continue,
            Err(e) => {
                return Err(format!(
                    "{}: {e} (build the bundle first: trunk build --release)",
                    path.display()
                ));
            }
        };
        let mut names: Vec<String> = entries
            .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
            .map(|name| format!("{folder}/{name}"))
            .collect();
        names.sort();
        widget.extend(names);
    }
    for name in widget {
        let path = bundle.join(&name);
        let bytes = std::fs::read(&path).map_err(|e| {
            format!("{}: {e} (build the bundle first: trunk build --release)", path.display())
        })?;
        files.push((name, bytes));
    }
    let names: Vec<String> = files.iter().map(|(name, _)| name.clone()).collect();
    let manifest = manifest(version, &provider.title(), &names);
    files.insert(0, ("imsmanifest.xml".to_owned(), manifest.into_bytes()));
    Ok(files)
}

/// Writes `files` as a zip at `path`: deflated, dated 1980-01-01 (zip's earliest), so that the
/// same files always make the same zip.
fn write_zip(path: &Path, files: &[(String, Vec<u8>)]) -> Result<(), String> {
    let fail = |e: &dyn std::fmt::Display| format!("{}: {e}", path.display());
    let file = std::fs::File::create(path).map_err(|e| fail(&e))?;
    let mut zip = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    for (name, bytes) in files {
        zip.start_file(name.as_str(), options).map_err(|e| fail(&e))?;
        zip.write_all(bytes).map_err(|e| fail(&e))?;
    }
    zip.finish().map_err(|e| fail(&e))?;
    Ok(())
}

/// Writes both packages of the bundle in `bundle` into `out`, with `provider`'s config;
/// returns their paths. `web_scorm` is the launch page's folder (web/scorm/).
pub fn write_packages(
    bundle: &Path,
    web_scorm: &Path,
    provider: &Provider,
    out: &Path,
) -> Result<Vec<PathBuf>, String> {
    let sources = Sources::read(web_scorm)?;
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let mut written = Vec::new();
    for version in Version::ALL {
        let files = package_files(bundle, &sources, provider, version)?;
        let path = out.join(version.file_name(leadership_balance::VERSION));
        write_zip(&path, &files)?;
        written.push(path);
    }
    Ok(written)
}

/// The arguments of `cargo xtask scorm [bundle] [--config <file>]` (and `dist --scorm`'s
/// `--config`): the bundle folder, if given, and the provider.
pub fn arguments(args: &[String]) -> Result<(Option<PathBuf>, Provider), String> {
    let mut bundle = None;
    let mut provider = Provider::none();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--config" => {
                let file = args.next().ok_or("--config needs a file after it")?;
                let text = std::fs::read_to_string(file).map_err(|e| format!("--config {file}: {e}"))?;
                provider = Provider::from_config(&text).map_err(|e| format!("--config {file}: {e}"))?;
            }
            other if other.starts_with("--") => return Err(format!("scorm does not take `{other}`")),
            folder if bundle.is_none() => bundle = Some(PathBuf::from(folder)),
            extra => return Err(format!("scorm takes one bundle folder; `{extra}` is a second")),
        }
    }
    Ok((bundle, provider))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;
    use std::io::Read;
    use tempfile::TempDir;

    /// A bundle folder with stand-ins for the widget's files and two language packs.
    fn bundle() -> TempDir {
        let dir = TempDir::with_prefix("lb-scorm-bundle-").expect("a scratch folder");
        for name in WIDGET_FILES.iter().chain(&[
            "core/lang/de.json",
            "core/lang/fr.json",
            "core/fonts/sans-regular.lbfont",
            "embed.html",
        ]) {
            let path = dir.path().join(name);
            std::fs::create_dir_all(path.parent().expect("a folder")).expect("created");
            std::fs::write(path, format!("stand-in for {name}")).expect("written");
        }
        dir
    }

    fn web_scorm() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("web").join("scorm")
    }

    /// Every file of the zip at `path`, by name.
    fn unzipped(path: &Path) -> Vec<(String, Vec<u8>)> {
        let mut zip = zip::ZipArchive::new(std::fs::File::open(path).expect("the zip")).expect("a zip");
        (0..zip.len())
            .map(|i| {
                let mut file = zip.by_index(i).expect("an entry");
                let mut bytes = Vec::new();
                file.read_to_end(&mut bytes).expect("read");
                (file.name().expect("a UTF-8 name").into_owned(), bytes)
            })
            .collect()
    }

    /// The element `name` of `namespace` under `node`; the test fails without it.
    fn child_of<'a, 'input>(
        node: roxmltree::Node<'a, 'input>,
        namespace: &str,
        name: &str,
    ) -> roxmltree::Node<'a, 'input> {
        node.children()
            .find(|c| c.is_element() && c.has_tag_name((namespace, name)))
            .unwrap_or_else(|| panic!("no {name} in {}", node.tag_name().name()))
    }

    fn packages(provider: &Provider) -> (TempDir, Vec<PathBuf>) {
        let (bundle, out) = (bundle(), TempDir::with_prefix("lb-scorm-out-").expect("a scratch folder"));
        let written = write_packages(bundle.path(), &web_scorm(), provider, out.path()).expect("written");
        (out, written)
    }

    #[test]
    fn each_zip_is_named_for_its_version_and_holds_the_widget_and_the_launch_page() {
        let (_out, written) = packages(&Provider::none());
        let names: Vec<String> =
            written.iter().map(|p| p.file_name().expect("a name").to_string_lossy().into_owned()).collect();
        assert_eq!(
            names,
            ["leadership-balance-0.1.0-scorm-1.2.zip", "leadership-balance-0.1.0-scorm-2004-4th-edition.zip"]
        );
        for path in &written {
            let files: BTreeSet<String> = unzipped(path).into_iter().map(|(name, _)| name).collect();
            for name in WIDGET_FILES.iter().chain(&[
                "core/lang/de.json",
                "core/fonts/sans-regular.lbfont",
                "index.html",
                "lms.js",
                "lms-words.js",
            ]) {
                assert!(files.contains(*name), "{} lacks {name}", path.display());
            }
            assert!(!files.contains("embed.html"), "only what the widget needs");
        }
    }

    /// The checks an importing platform makes: well-formed XML, the elements each version
    /// requires, the organization's item pointing at the SCO, and every file of the zip listed
    /// (and no other).
    #[test]
    fn each_manifest_is_well_formed_complete_and_lists_exactly_the_zips_files() {
        let (_out, written) = packages(&Provider::none());
        for (path, version) in written.iter().zip(Version::ALL) {
            let files = unzipped(path);
            assert_eq!(files[0].0, "imsmanifest.xml", "the manifest comes first, at the root");
            let text = String::from_utf8(files[0].1.clone()).expect("UTF-8");
            let document = roxmltree::Document::parse(&text).expect("well-formed XML");
            let root = document.root_element();
            let (namespace, adlcp, scorm_type, schema_version) = match version {
                Version::Scorm12 => (
                    "http://www.imsproject.org/xsd/imscp_rootv1p1p2",
                    "http://www.adlnet.org/xsd/adlcp_rootv1p2",
                    "scormtype",
                    "1.2",
                ),
                Version::Scorm2004 => (
                    "http://www.imsglobal.org/xsd/imscp_v1p1",
                    "http://www.adlnet.org/xsd/adlcp_v1p3",
                    "scormType",
                    "2004 4th Edition",
                ),
            };
            assert_eq!(root.tag_name().name(), "manifest");
            assert_eq!(root.tag_name().namespace(), Some(namespace));
            assert!(root.attribute("identifier").is_some_and(|id| !id.is_empty()));
            let child = |node, name| child_of(node, namespace, name);
            let metadata = child(root, "metadata");
            assert_eq!(child(metadata, "schema").text(), Some("ADL SCORM"));
            assert_eq!(child(metadata, "schemaversion").text(), Some(schema_version));
            let organizations = child(root, "organizations");
            let organization = child(organizations, "organization");
            assert_eq!(organizations.attribute("default"), organization.attribute("identifier"));
            assert_eq!(child(organization, "title").text(), Some("Leadership Balance"));
            let items: Vec<_> =
                organization.children().filter(|c| c.has_tag_name((namespace, "item"))).collect();
            assert_eq!(items.len(), 1, "one item");
            let resources: Vec<_> = child(root, "resources")
                .children()
                .filter(|c| c.has_tag_name((namespace, "resource")))
                .collect();
            assert_eq!(resources.len(), 1, "one resource");
            let sco = resources[0];
            assert_eq!(items[0].attribute("identifierref"), sco.attribute("identifier"));
            assert_eq!(sco.attribute((adlcp, scorm_type)), Some("sco"));
            assert_eq!(sco.attribute("type"), Some("webcontent"));
            assert_eq!(sco.attribute("href"), Some("index.html"));
            let listed: BTreeSet<&str> = sco
                .children()
                .filter(|c| c.has_tag_name((namespace, "file")))
                .filter_map(|f| f.attribute("href"))
                .collect();
            let in_zip: BTreeSet<&str> =
                files.iter().map(|(name, _)| name.as_str()).filter(|n| *n != "imsmanifest.xml").collect();
            assert_eq!(listed, in_zip, "{}", path.display());
            assert!(listed.contains("index.html"));
        }
    }

    #[test]
    fn the_providers_config_goes_inline_and_no_text_in_it_ends_the_script() {
        let config = r#"{"provider": {"name": "Tom & Jerry </script><script>alert(1)</script>"}, "language": "de", "lms": {"name_on_pdf": true}}"#;
        let provider = Provider::from_config(config).expect("valid");
        let (_out, written) = packages(&provider);
        for (path, version) in written.iter().zip(Version::ALL) {
            let files = unzipped(path);
            let page = files.iter().find(|(name, _)| name == "index.html").expect("the launch page");
            let page = String::from_utf8(page.1.clone()).expect("UTF-8");
            assert_eq!(page.matches("</script>").count(), 4, "three script files and the config: {page}");
            assert!(page.contains(r#"<html lang="de" data-scorm=""#), "{page}");
            assert!(page.contains(&format!(r#"data-scorm="{}""#, version.code())));
            assert!(page.contains("<title>Tom &amp; Jerry &lt;/script&gt;"), "{page}");
            let marker = r#"<script type="application/json">"#;
            let start = page.find(marker).expect("inline") + marker.len();
            let inline = &page[start..start + page[start..].find("</script>").expect("its end")];
            let read: serde_json::Value = serde_json::from_str(inline).expect("still JSON");
            assert_eq!(read["provider"]["name"], "Tom & Jerry </script><script>alert(1)</script>");
            let manifest = String::from_utf8(files[0].1.clone()).expect("UTF-8");
            roxmltree::Document::parse(&manifest).expect("a name with markup keeps the manifest well-formed");
        }
        let wrong = Provider::from_config(r#"{"lms": {"name_on_pdf": "yes"}}"#).err().expect("refused");
        assert!(wrong.contains("lms.name_on_pdf: must be true or false"), "{wrong}");
    }

    #[test]
    fn the_same_bundle_makes_the_same_zips() {
        let (first, second) = (packages(&Provider::none()), packages(&Provider::none()));
        for (a, b) in first.1.iter().zip(&second.1) {
            assert_eq!(std::fs::read(a).expect("a"), std::fs::read(b).expect("b"));
        }
    }

    /// The launch page's own words: every language the widget speaks, each with every key
    /// English has, none empty, none left in English, and the same `{slots}`.
    #[test]
    fn the_launch_pages_words_are_complete_in_every_language() {
        let words: serde_json::Value =
            serde_json::from_str(include_str!("../../web/scorm/words.json")).expect("JSON");
        let languages: Vec<&str> =
            words.as_object().expect("by language").keys().map(String::as_str).collect();
        let spoken: Vec<&str> = leadership_balance::strings::CODES.to_vec();
        for code in &spoken {
            assert!(languages.contains(code), "words.json lacks {code}");
        }
        let english = words["en"].as_object().expect("English");
        let slots = |text: &str| -> BTreeSet<String> {
            text.split('{')
                .skip(1)
                .filter_map(|rest| rest.split_once('}'))
                .map(|(slot, _)| slot.to_owned())
                .collect()
        };
        for code in languages.iter().filter(|c| **c != "en") {
            let table = words[code].as_object().expect("a table");
            let keys: BTreeSet<&String> = table.keys().collect();
            assert_eq!(keys, english.keys().collect(), "{code}'s keys");
            for (key, text) in table {
                let text = text.as_str().expect("text");
                let source = english[key].as_str().expect("text");
                assert!(!text.trim().is_empty(), "{code}.{key} is empty");
                assert_ne!(text, source, "{code}.{key} is still English");
                assert_eq!(slots(text), slots(source), "{code}.{key}'s slots");
            }
        }
        let script = words_script(include_str!("../../web/scorm/words.json")).expect("written");
        assert!(script.starts_with("// "), "{script}");
    }

    #[test]
    fn the_arguments_name_a_bundle_and_a_config() {
        let args = |list: &[&str]| list.iter().map(|a| (*a).to_owned()).collect::<Vec<_>>();
        let (bundle, provider) = arguments(&args(&["target/e2e-dist"])).expect("read");
        assert_eq!(bundle, Some(PathBuf::from("target/e2e-dist")));
        assert!(provider.config.is_none());
        assert!(arguments(&args(&["--config"])).is_err());
        assert!(arguments(&args(&["a", "b"])).is_err());
        assert!(arguments(&args(&["--colour"])).is_err());
        let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("../web/example-config.json");
        let (_, provider) =
            arguments(&args(&["--config", &example.to_string_lossy()])).expect("the example config is valid");
        assert_eq!(provider.title(), "Northwind Learning: Leadership Balance");
    }
}
