//! The exported default territory (issue 13) against an independent implementation of MODEL.md:
//! `maillage export portes-des-alpes`, then `maillage evaluate` on the folder, compared figure by
//! figure with the definitions of MODEL.md computed here from the CSV files alone, without the
//! engine. The real communes and populations, 8 services and 340–420 agents are checked too.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

/// One CSV file as rows of (column → value).
fn table(dir: &Path, file: &str) -> Vec<BTreeMap<String, String>> {
    let mut reader =
        csv::Reader::from_path(dir.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
    let headers = reader.headers().expect("a header row").clone();
    reader
        .records()
        .map(|record| {
            let record = record.expect("a record");
            headers
                .iter()
                .zip(record.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

fn number(row: &BTreeMap<String, String>, column: &str) -> f64 {
    row[column]
        .parse()
        .unwrap_or_else(|_| panic!("{column}: {}", row[column]))
}

/// MODEL.md's travel estimate: haversine (R = 6371.0088 km) × 1.3 at 25 km/h.
fn minutes(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let (dp, dl) = ((lat2 - lat1).to_radians(), (lon2 - lon1).to_radians());
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    let km = 2.0 * 6371.0088 * a.sqrt().asin();
    60.0 * 1.3 * km / 25.0
}

#[track_caller]
fn same(actual: &serde_json::Value, expected: f64, what: &str) {
    let actual = actual
        .as_f64()
        .unwrap_or_else(|| panic!("{what}: {actual}"));
    assert!(
        (actual - expected).abs() <= 1e-9 * expected.abs().max(1.0),
        "{what}: maillage says {actual}, MODEL.md gives {expected}"
    );
}

#[test]
fn evaluate_on_the_exported_default_equals_an_independent_model_md() {
    let dir = std::env::temp_dir().join(format!("maillage-independent-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let run = |args: &[&str]| {
        let output = Command::new(env!("CARGO_BIN_EXE_maillage"))
            .args(args)
            .output()
            .expect("the maillage binary runs");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        output.stdout
    };
    run(&["export", "portes-des-alpes", dir.to_str().expect("UTF-8")]);
    let json: serde_json::Value =
        serde_json::from_slice(&run(&["evaluate", dir.to_str().expect("UTF-8")])).expect("JSON");
    let zones = table(&dir, "zones.csv");
    let sites = table(&dir, "sites.csv");
    let services = table(&dir, "services.csv");
    let managers = table(&dir, "managers.csv");
    let teams = table(&dir, "teams.csv");
    let settings = table(&dir, "territory.csv");
    let _ = std::fs::remove_dir_all(&dir);

    // The real communes and their INSEE 2023 populations, 8 services, 340–420 agents.
    let mut communes: BTreeMap<&str, f64> = BTreeMap::new();
    for zone in &zones {
        *communes.entry(&zone["commune"]).or_default() += number(zone, "population");
    }
    let expected = [
        ("Bron", 42_982.0),
        ("Chassieu", 11_208.0),
        ("Mions", 13_843.0),
        ("Saint-Priest", 49_229.0),
    ];
    assert_eq!(communes.into_iter().collect::<Vec<_>>(), expected);
    assert_eq!(services.len(), 8);
    let agents: f64 = teams.iter().map(|t| number(t, "agents")).sum();
    assert!((340.0..=420.0).contains(&agents), "{agents} agents");

    let time = |z: &BTreeMap<String, String>, s: &BTreeMap<String, String>| {
        minutes(
            number(z, "lat"),
            number(z, "lon"),
            number(s, "lat"),
            number(s, "lon"),
        )
    };
    let usual: f64 = settings
        .iter()
        .find(|r| r["setting"] == "usual_absence")
        .map_or(0.08, |r| number(r, "value"));
    for service in &services {
        let k = &service["service_id"];
        let (per_1000, units, d0) = (
            number(service, "demand_per_1000"),
            number(service, "units_per_agent"),
            number(service, "catchment_minutes"),
        );
        // S_k, and each site's agents of k.
        let mut at_site: BTreeMap<&str, f64> = BTreeMap::new();
        for team in teams.iter().filter(|t| &t["service_id"] == k) {
            *at_site.entry(&team["site_id"]).or_default() += number(team, "agents");
        }
        let mut s_k: Vec<&BTreeMap<String, String>> = sites
            .iter()
            .filter(|s| at_site.get(s["site_id"].as_str()).is_some_and(|&a| a > 0.0))
            .collect();
        s_k.sort_by(|a, b| a["site_id"].as_bytes().cmp(b["site_id"].as_bytes()));
        let mut site_demand: BTreeMap<&str, f64> = BTreeMap::new();
        let (mut population, mut weighted, mut within, mut worst) = (0.0, 0.0, 0.0, 0.0f64);
        for zone in &zones {
            let p = number(zone, "population");
            let mut best: Option<(&str, f64)> = None;
            for site in &s_k {
                let t = time(zone, site);
                if best.is_none_or(|(_, b)| t < b) {
                    best = Some((&site["site_id"], t));
                }
            }
            let (site, t) = best.expect("a site");
            *site_demand.entry(site).or_default() += p * per_1000 / 1000.0;
            population += p;
            weighted += p * t;
            if t <= d0 {
                within += p;
            }
            if p > 0.0 {
                worst = worst.max(t);
            }
        }
        let figures = &json["services"][k];
        same(
            &figures["mean_minutes"],
            weighted / population,
            &format!("{k} mean_minutes"),
        );
        same(
            &figures["share_within"],
            within / population,
            &format!("{k} share_within"),
        );
        same(&figures["max_minutes"], worst, &format!("{k} max_minutes"));
        // 2SFCA with d0 = catchment_minutes, inclusive.
        for zone in &zones {
            let access: f64 = s_k
                .iter()
                .filter(|s| time(zone, s) <= d0)
                .map(|s| {
                    let reached: f64 = zones
                        .iter()
                        .filter(|z| time(z, s) <= d0)
                        .map(|z| number(z, "population"))
                        .sum();
                    if reached > 0.0 {
                        at_site[s["site_id"].as_str()] / reached
                    } else {
                        0.0
                    }
                })
                .sum::<f64>()
                * 1000.0;
            same(
                &figures["access"][&zone["zone_id"]],
                access,
                &format!("{k} access"),
            );
        }
        // Workload: each site's demand shared by agents; the service sums its teams.
        let (mut demand, mut capacity) = (0.0, 0.0);
        for team in teams.iter().filter(|t| &t["service_id"] == k) {
            let a = number(team, "agents");
            let site = team["site_id"].as_str();
            let d = site_demand.get(site).copied().unwrap_or(0.0) * a / at_site[site];
            let c = a * units;
            let id = &team["team_id"];
            same(&json["teams"][id]["demand"], d, &format!("{id} demand"));
            same(&json["teams"][id]["capacity"], c, &format!("{id} capacity"));
            same(&json["teams"][id]["load"], d / c, &format!("{id} load"));
            same(
                &json["teams"][id]["load_with_usual_absence"],
                d / (c * (1.0 - usual)),
                &format!("{id} load with usual absence"),
            );
            demand += d;
            capacity += c;
        }
        same(&figures["demand"], demand, &format!("{k} demand"));
        same(&figures["capacity"], capacity, &format!("{k} capacity"));
        same(&figures["load"], demand / capacity, &format!("{k} load"));
        same(
            &figures["usual_absence"],
            usual,
            &format!("{k} usual absence"),
        );
        same(
            &figures["load_with_usual_absence"],
            demand / (capacity * (1.0 - usual)),
            &format!("{k} load with usual absence"),
        );
    }

    // Management: spans, levels, and the sites and services held at any depth.
    let boss = |id: &str| {
        managers
            .iter()
            .find(|m| m["manager_id"] == id)
            .map(|m| m["reports_to"].as_str())
    };
    let level = |id: &str| {
        let (mut level, mut current) = (1, id);
        while let Some(Some(up)) = boss(current).map(|b| (!b.is_empty()).then_some(b)) {
            level += 1;
            current = up;
        }
        level
    };
    let under = |post: &str, ancestor: &str| {
        let mut current = post;
        loop {
            if current == ancestor {
                return true;
            }
            match boss(current) {
                Some(up) if !up.is_empty() => current = up,
                _ => return false,
            }
        }
    };
    let mut layers = 0;
    let mut spans = Vec::new();
    for manager in &managers {
        let id = manager["manager_id"].as_str();
        let posts = managers.iter().filter(|m| m["reports_to"] == id).count() as f64;
        let led: f64 = teams
            .iter()
            .filter(|t| t["manager_id"] == id)
            .map(|t| number(t, "agents"))
            .sum();
        let below: Vec<_> = teams
            .iter()
            .filter(|t| under(&t["manager_id"], id))
            .collect();
        let held = |column: &str| {
            let mut set: Vec<&str> = below.iter().map(|t| t[column].as_str()).collect();
            set.sort();
            set.dedup();
            set.len() as f64
        };
        same(
            &json["managers"][id]["span"],
            posts + led,
            &format!("{id} span"),
        );
        same(
            &json["managers"][id]["sites"],
            held("site_id"),
            &format!("{id} sites"),
        );
        same(
            &json["managers"][id]["services"],
            held("service_id"),
            &format!("{id} services"),
        );
        spans.push(posts + led);
        layers = layers.max(level(id) + usize::from(led > 0.0));
    }
    same(&json["layers"], layers as f64, "layers");
    same(
        &json["max_span"],
        spans.iter().copied().fold(0.0, f64::max),
        "max_span",
    );
    let with_reports: Vec<f64> = spans.into_iter().filter(|&s| s > 0.0).collect();
    same(
        &json["mean_span"],
        with_reports.iter().sum::<f64>() / with_reports.len() as f64,
        "mean_span",
    );
}
