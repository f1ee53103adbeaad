//! `maillage suggest`: where one service's sites should be, printed as the JSON of SUGGEST.md.

use std::path::Path;

use maillage::engine::lang::Lang;
use maillage::engine::model::{SiteIx, Territory};
use maillage::engine::suggest::{suggest, Goal, Layout, Request, Suggestion};
use serde_json::{json, Value};

use super::USAGE;

/// The command line of `suggest`, read.
#[derive(Debug, Default, PartialEq)]
struct Arguments<'a> {
    folder: Option<&'a str>,
    request: Request,
}

/// Runs `maillage suggest` with the arguments after the word `suggest`.
pub(super) fn run(args: &[&str], lang: Lang) -> Result<(), String> {
    let arguments = parse(args, lang)?;
    let Some(folder) = arguments.folder else {
        return Err(lang
            .pick(
                "indiquez le dossier du territoire",
                "give the folder of the territory",
            )
            .to_string());
    };
    if arguments.request.service.is_empty() {
        return Err(lang
            .pick(
                "indiquez le service avec --service",
                "give the service with --service",
            )
            .to_string());
    }
    let territory = super::load_folder(Path::new(folder), lang)?;
    let suggestion = suggest(&territory, &arguments.request).map_err(|e| e.message(lang))?;
    let text = serde_json::to_string_pretty(&to_json(&territory, &suggestion))
        .map_err(|e| e.to_string())?;
    super::print_out(&text)
}

/// Reads the options, as `--name value` or `--name=value`, and the folder.
fn parse<'a>(args: &[&'a str], lang: Lang) -> Result<Arguments<'a>, String> {
    let mut arguments = Arguments::default();
    let mut rest = args.iter();
    while let Some(&arg) = rest.next() {
        if arg == "--within-room" {
            arguments.request.within_room = true;
            continue;
        }
        if !arg.starts_with("--") {
            if arguments.folder.replace(arg).is_some() {
                return Err(match lang {
                    Lang::Fr => format!("un seul dossier, pas « {arg} » en plus"),
                    Lang::En => format!("only one folder, not “{arg}” as well"),
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
        let request = &mut arguments.request;
        match name {
            "--service" => request.service = value.trim().to_string(),
            "--sites" => {
                request.sites = Some(value.trim().parse().map_err(|_| match lang {
                    Lang::Fr => {
                        format!("--sites : « {value} » n'est pas un nombre entier de sites")
                    }
                    Lang::En => format!("--sites: “{value}” is not a whole number of sites"),
                })?)
            }
            "--lock" => request.locked.extend(
                value
                    .split(',')
                    .map(str::trim)
                    .filter(|id| !id.is_empty())
                    .map(str::to_string),
            ),
            "--goal" => {
                request.goal = Goal::from_word(value).ok_or_else(|| match lang {
                    Lang::Fr => {
                        format!("--goal : « {value} » n'est pas un objectif (distance ou coverage)")
                    }
                    Lang::En => format!("--goal: “{value}” is not a goal (distance or coverage)"),
                })?
            }
            _ => {
                return Err(match lang {
                    Lang::Fr => format!("option inconnue {name}\nusage :\n{USAGE}"),
                    Lang::En => format!("unknown option {name}\nusage:\n{USAGE}"),
                })
            }
        }
    }
    Ok(arguments)
}

/// The JSON of SUGGEST.md, with more keys: the gap, the capacity check.
fn to_json(territory: &Territory, suggestion: &Suggestion) -> Value {
    let ids = |sites: &[SiteIx]| -> Vec<String> {
        sites
            .iter()
            .map(|&s| territory.site(s).id.clone())
            .collect()
    };
    let layout = &suggestion.layout;
    let figures = |layout: &Layout| {
        json!({
            "sites": ids(&layout.sites),
            "objective": layout.objective,
            "mean_minutes": layout.mean_minutes,
            "covered": layout.covered,
            "share_within": layout.share_within,
            "max_minutes": layout.worst.map(|(_, minutes)| minutes),
        })
    };
    let capacity: Vec<Value> = suggestion
        .capacity
        .iter()
        .map(|load| {
            json!({
                "site": territory.site(load.site).id,
                "residents": load.residents,
                "demand": load.demand,
                "agents_needed": load.agents_needed,
                "room": load.room,
                "over_capacity": load.over_capacity,
            })
        })
        .collect();
    let mut out = figures(layout);
    let fields = [
        ("service", json!(territory.service(suggestion.service).id)),
        ("goal", json!(suggestion.goal.as_str())),
        ("p", json!(suggestion.p)),
        ("locked", json!(ids(&suggestion.locked))),
        ("bound", json!(suggestion.bound)),
        ("gap", json!(suggestion.gap)),
        ("proven_best", json!(suggestion.proven_best)),
        ("within_room", json!(suggestion.within_room)),
        ("current", figures(&suggestion.current)),
        ("capacity", json!(capacity)),
        ("over_capacity", json!(ids(&suggestion.over_capacity()))),
    ];
    if let Value::Object(map) = &mut out {
        for (key, value) in fields {
            map.insert(key.to_string(), value);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_are_read_in_both_forms() {
        let arguments = parse(
            &[
                "dir",
                "--service",
                "pmi",
                "--sites=3",
                "--lock",
                "S1, S2",
                "--lock=S3",
                "--goal",
                "coverage",
                "--within-room",
            ],
            Lang::En,
        )
        .unwrap();
        assert_eq!(arguments.folder, Some("dir"));
        assert_eq!(
            arguments.request,
            Request {
                service: "pmi".into(),
                sites: Some(3),
                locked: vec!["S1".into(), "S2".into(), "S3".into()],
                goal: Goal::Coverage,
                within_room: true,
            }
        );
    }

    #[test]
    fn bad_options_are_named() {
        let error = |args: &[&str]| parse(args, Lang::Fr).unwrap_err();
        assert_eq!(error(&["dir", "--sites"]), "--sites attend une valeur");
        assert_eq!(
            error(&["dir", "--sites", "trois"]),
            "--sites : « trois » n'est pas un nombre entier de sites"
        );
        assert_eq!(
            error(&["dir", "--goal", "speed"]),
            "--goal : « speed » n'est pas un objectif (distance ou coverage)"
        );
        assert!(error(&["dir", "--seed", "3"]).starts_with("option inconnue --seed"));
        assert!(error(&["dir", "other"]).contains("un seul dossier"));
    }
}
