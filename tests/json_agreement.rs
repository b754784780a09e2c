//! The widget's own JSON reader (`src/json.rs`) against serde_json, a widely used reader: on
//! every kept fuzz input (config, instrument and saved-state corpora, thousands of odd texts)
//! and on generated ones, both accept the same texts and read the same values.

#![cfg(not(target_arch = "wasm32"))]

use leadership_balance::json::{self, Value};
use proptest::prelude::*;

/// Does `ours` hold the same value as serde_json's reading? Numbers may differ in the last
/// bit (ours scales by powers of ten); objects compare with the last of a repeated key.
fn same(ours: &Value, theirs: &serde_json::Value) -> bool {
    match (ours, theirs) {
        (Value::Null, serde_json::Value::Null) => true,
        (Value::Bool(a), serde_json::Value::Bool(b)) => a == b,
        (Value::Number(a), serde_json::Value::Number(b)) => {
            let b = b.as_f64().unwrap_or(f64::NAN);
            a == &b || (a - b).abs() <= b.abs() * 1e-15
        }
        (Value::String(a), serde_json::Value::String(b)) => a == b,
        (Value::Array(a), serde_json::Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y))
        }
        (Value::Object(a), serde_json::Value::Object(b)) => {
            a.keys().count() == b.len() && b.iter().all(|(k, v)| a.get(k).is_some_and(|x| same(x, v)))
        }
        _ => false,
    }
}

fn agree(text: &str) -> Result<(), String> {
    let ours = json::parse(text);
    let theirs = serde_json::from_str::<serde_json::Value>(text);
    match (ours, theirs) {
        (Ok(a), Ok(b)) if same(&a, &b) => Ok(()),
        (Ok(a), Ok(b)) => Err(format!("read differently: {a:?} vs {b:?}")),
        (Err(_), Err(_)) => Ok(()),
        (Ok(_), Err(e)) => Err(format!("only ours accepts it (serde_json: {e})")),
        (Err(e), Ok(_)) => Err(format!("only serde_json accepts it (ours: {e})")),
    }
}

#[test]
fn both_readers_agree_on_every_kept_fuzz_input() {
    let corpora = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz").join("corpus");
    let mut checked = 0;
    let mut disagreements = Vec::new();
    for target in ["config", "instrument", "saved_state"] {
        for entry in std::fs::read_dir(corpora.join(target)).expect("a corpus").filter_map(Result::ok) {
            let bytes = std::fs::read(entry.path()).expect("readable");
            let Ok(text) = std::str::from_utf8(&bytes) else { continue };
            checked += 1;
            if let Err(why) = agree(text) {
                disagreements.push(format!("{}: {why}\n  {text:?}", entry.path().display()));
            }
        }
    }
    assert!(checked > 1000, "only {checked} inputs");
    assert!(disagreements.is_empty(), "{} of {checked}:\n{}", disagreements.len(), disagreements.join("\n"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn both_readers_agree_on_generated_texts(text in r#"[\[\]{}",:0-9eE.+\- \\ntrufalsu\\"aé😀]{0,40}"#) {
        prop_assert_eq!(agree(&text), Ok(()));
    }

    #[test]
    fn both_readers_agree_on_numbers(whole in -1_000_000i64..1_000_000, fraction in 0u32..1_000_000, exponent in -30i32..30) {
        prop_assert_eq!(agree(&format!("{whole}.{fraction:06}e{exponent}")), Ok(()));
    }
}
