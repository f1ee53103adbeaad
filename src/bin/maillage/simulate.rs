//! `maillage simulate`: the month-by-month simulation of a folder, or of the change to a second one, printed as the JSON of MODEL.md.

use std::path::Path;

use maillage::engine::lang::Lang;
use maillage::engine::simulation::{simulate, SimulationParams};

use super::USAGE;

/// The command line of `simulate`, read.
#[derive(Debug, Default, PartialEq)]
struct Request<'a> {
    before: Option<&'a str>,
    after: Option<&'a str>,
    params: SimulationParams,
}

/// Runs `maillage simulate` with the arguments after the word `simulate`.
pub(super) fn run(args: &[&str], lang: Lang) -> Result<(), String> {
    let request = parse(args, lang)?;
    request.params.validate().map_err(|e| e.message(lang))?;
    let Some(before_dir) = request.before else {
        return Err(lang
            .pick(
                "indiquez le dossier du territoire à simuler",
                "give the folder of the territory to simulate",
            )
            .to_string());
    };
    let before = super::load_folder(Path::new(before_dir), lang)?;
    let after = match request.after {
        Some(dir) => super::load_folder(Path::new(dir), lang)?,
        None => before.clone(),
    };
    let result = simulate(&before, &after, &request.params).map_err(|e| e.message(lang))?;
    let text = serde_json::to_string_pretty(&result.to_model_json()).map_err(|e| e.to_string())?;
    super::print_out(&text)
}

/// Reads the options, as `--name value` or `--name=value`, and the folder.
fn parse<'a>(args: &[&'a str], lang: Lang) -> Result<Request<'a>, String> {
    let mut request = Request::default();
    let mut rest = args.iter();
    while let Some(&arg) = rest.next() {
        if !arg.starts_with("--") {
            if request.before.replace(arg).is_some() {
                return Err(match lang {
                    Lang::Fr => format!("un seul dossier à simuler, pas « {arg} » en plus (le second va après --after)"),
                    Lang::En => format!("only one folder to simulate, not “{arg}” as well (put the second after --after)"),
                });
            }
            continue;
        }
        let (name, value) = match arg.split_once('=') {
            Some((name, value)) => (name, value),
            None => match rest.next() {
                Some(&value) => (arg, value),
                None => {
                    return Err(match lang {
                        Lang::Fr => format!("{arg} attend une valeur"),
                        Lang::En => format!("{arg} needs a value"),
                    })
                }
            },
        };
        let params = &mut request.params;
        match name {
            "--after" => request.after = Some(value),
            "--change-month" => params.change_month = number(name, value, lang)?,
            "--months" => params.months = number(name, value, lang)?,
            "--runs" => params.runs = number(name, value, lang)?,
            "--seed" => params.seed = number(name, value, lang)?,
            "--absence" => params.usual_absence = Some(number(name, value, lang)?),
            "--dip" => params.dip = number(name, value, lang)?,
            "--recovery" => params.recovery_months = number(name, value, lang)?,
            _ => {
                return Err(match lang {
                    Lang::Fr => format!("option inconnue {name}\nusage :\n{USAGE}"),
                    Lang::En => format!("unknown option {name}\nusage:\n{USAGE}"),
                })
            }
        }
    }
    Ok(request)
}

/// Reads the value of option `name`, or says why it cannot.
fn number<T: std::str::FromStr>(name: &str, value: &str, lang: Lang) -> Result<T, String> {
    value.trim().parse().map_err(|_| match lang {
        Lang::Fr => format!("{name} : « {value} » n'est pas un nombre valable ici"),
        Lang::En => format!("{name}: “{value}” is not a valid number here"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_are_read_in_both_forms() {
        let request = parse(
            &[
                "dir",
                "--after",
                "dir2",
                "--change-month=4",
                "--months",
                "12",
                "--runs=100",
                "--seed",
                "7",
                "--absence",
                "0.1",
                "--dip=0.3",
                "--recovery",
                "3",
            ],
            Lang::En,
        )
        .unwrap();
        assert_eq!(request.before, Some("dir"));
        assert_eq!(request.after, Some("dir2"));
        assert_eq!(
            request.params,
            SimulationParams {
                months: 12,
                runs: 100,
                seed: 7,
                usual_absence: Some(0.1),
                dip: 0.3,
                recovery_months: 3.0,
                change_month: 4,
            }
        );
    }

    #[test]
    fn bad_options_are_named() {
        let error = |args: &[&str]| parse(args, Lang::En).unwrap_err();
        assert_eq!(error(&["dir", "--runs"]), "--runs needs a value");
        assert_eq!(
            error(&["dir", "--runs", "many"]),
            "--runs: “many” is not a valid number here"
        );
        assert_eq!(
            error(&["dir", "--seed", "-1"]),
            "--seed: “-1” is not a valid number here"
        );
        assert!(error(&["dir", "--speed", "3"]).starts_with("unknown option --speed"));
        assert!(error(&["dir", "other"]).contains("only one folder"));
    }
}
