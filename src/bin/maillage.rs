//! The command-line tool: evaluate a territory folder, simulate it month by month, suggest where a service's sites should be, export an embedded territory.

use std::path::Path;
use std::process::ExitCode;

use maillage::engine::io::{read_territory, write_territory, TerritoryFiles, FILE_NAMES};
use maillage::engine::lang::Lang;
use maillage::engine::metrics::evaluate;
use maillage::engine::model::Territory;

// Beside this file, not in src/bin/ where Cargo would take it for a binary of its own.
#[path = "maillage/simulate.rs"]
mod simulate;
#[path = "maillage/suggest.rs"]
mod suggest;

const USAGE: &str = "\
usage:
  maillage evaluate DIR        print the figures of the territory in DIR (CSV files of MODEL.md) as JSON
  maillage export NAME DIR     write an embedded territory as CSV files into DIR
                               NAME: portes-des-alpes | metropole
  maillage simulate DIR [--after DIR2] [--change-month c] [--months M] [--runs R] [--seed S]
                        [--absence A] [--dip D] [--recovery N]
                               simulate DIR month by month (or its change into DIR2 at month c)
                               and print the backlog percentiles and means as JSON;
                               --absence: the usual absence (default: the territory's, from its
                               territory.csv, else 0.08)
  maillage suggest DIR --service K [--sites P] [--lock S1,S2,…] [--goal distance|coverage]
                        [--within-room]
                               suggest where service K's P sites should be (P: as many as today
                               by default), the locked sites among them, and print them as JSON;
                               --within-room: only sites with room for the agents they would need
Messages are in French when LANG starts with fr, in English otherwise.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let lang = message_language();
    let outcome = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["evaluate", dir] => evaluate_folder(Path::new(dir), lang),
        ["export", name, dir] => export(name, Path::new(dir), lang),
        ["simulate", rest @ ..] => simulate::run(rest, lang),
        ["suggest", rest @ ..] => suggest::run(rest, lang),
        ["help" | "--help" | "-h"] => print_out(USAGE),
        _ => Err(USAGE.to_string()),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn message_language() -> Lang {
    match std::env::var("LANG") {
        Ok(lang) if lang.to_ascii_lowercase().starts_with("fr") => Lang::Fr,
        _ => Lang::En,
    }
}

/// Reads the files of MODEL.md and the project's optional ones that are in the folder; the
/// engine says which are missing.
fn read_folder(dir: &Path, lang: Lang) -> Result<TerritoryFiles, String> {
    if !dir.is_dir() {
        return Err(match lang {
            Lang::Fr => format!("{} n'est pas un dossier", dir.display()),
            Lang::En => format!("{} is not a folder", dir.display()),
        });
    }
    let mut files = TerritoryFiles::new();
    for name in FILE_NAMES {
        let path = dir.join(name);
        if !path.exists() {
            continue;
        }
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let text = String::from_utf8(bytes).map_err(|_| match lang {
            Lang::Fr => {
                format!("{name} : le fichier n'est pas en UTF-8 (enregistrez-le en « CSV UTF-8 »)")
            }
            Lang::En => format!("{name}: the file is not UTF-8 (save it as “CSV UTF-8”)"),
        })?;
        files.insert(name.to_string(), text);
    }
    Ok(files)
}

/// Reads a territory folder, showing its warnings on standard error.
fn load_folder(dir: &Path, lang: Lang) -> Result<Territory, String> {
    let files = read_folder(dir, lang)?;
    let loaded = read_territory(&files).map_err(|e| e.message(lang))?;
    for warning in &loaded.warnings {
        eprintln!(
            "{}{}",
            lang.pick("attention : ", "warning: "),
            warning.message(lang)
        );
    }
    Ok(loaded.territory)
}

fn evaluate_folder(dir: &Path, lang: Lang) -> Result<(), String> {
    let territory = load_folder(dir, lang)?;
    let json = evaluate(&territory).to_model_json();
    let text = serde_json::to_string_pretty(&json).map_err(|e| e.to_string())?;
    print_out(&text)
}

/// Writes the result on standard output. A reader that stops early (`| head`) is not an error:
/// `println!` would panic there.
fn print_out(text: &str) -> Result<(), String> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match writeln!(out, "{text}").and_then(|()| out.flush()) {
        Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => Err(error.to_string()),
        _ => Ok(()),
    }
}

fn export(name: &str, dir: &Path, lang: Lang) -> Result<(), String> {
    let territory = embedded_territory(name, lang)?.ok_or_else(|| match lang {
        Lang::Fr => format!("territoire inconnu « {name} » : portes-des-alpes ou metropole"),
        Lang::En => format!("unknown territory “{name}”: portes-des-alpes or metropole"),
    })?;
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for (file, text) in write_territory(&territory) {
        let path = dir.join(file);
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

/// The embedded territory with this name, read like any folder (so a bad embedded file fails
/// here with the usual message instead of producing a folder the tool would then refuse).
fn embedded_territory(name: &str, lang: Lang) -> Result<Option<Territory>, String> {
    let Some(embedded) = maillage::engine::embedded::by_key(name) else {
        return Ok(None);
    };
    let loaded = read_territory(&embedded.files).map_err(|e| e.message(lang))?;
    Ok(Some(loaded.territory))
}
