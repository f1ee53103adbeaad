//! The colours of the travel-time bands and of the site markers, and the checks that they work:
//! neighbouring bands told apart with a colour-vision deficiency and on a washed-out projector,
//! markers visible on every band. styles/map.css paints with these colours (a test compares them).

/// The six bands, nearest first: light to dark (lightness carries the order when hue is lost), from
/// cream through green and teal to blue and navy. Chosen for the largest smallest difference
/// between neighbours under every condition [`conditions`] lists.
pub const BANDS: [&str; 6] = [
    "#fff9ed", "#a4e66a", "#31caa3", "#53a0b2", "#0075cd", "#002b6e",
];
/// Zones of a service that has no site.
pub const NO_SITE: &str = "#bdbdbd";
/// The marker's two rings: every marker has one of each touching the band (ink outside a white
/// ring, or white around an ink shape), so that one of them stands out on any colour.
pub const INK: &str = "#1b1f24";
pub const WHITE: &str = "#ffffff";

/// A colour in linear-light RGB, 0 to 1.
pub type Linear = [f64; 3];

/// `#rrggbb` in linear light; `None` if it is not written so.
pub fn linear(hex: &str) -> Option<Linear> {
    let digits = hex.strip_prefix('#')?;
    if digits.len() != 6 {
        return None;
    }
    let channel = |i: usize| {
        let value = f64::from(u8::from_str_radix(digits.get(i..i + 2)?, 16).ok()?) / 255.0;
        Some(if value <= 0.04045 {
            value / 12.92
        } else {
            ((value + 0.055) / 1.055).powf(2.4)
        })
    };
    Some([channel(0)?, channel(2)?, channel(4)?])
}

/// WCAG 2.1 relative luminance.
pub fn luminance(c: Linear) -> f64 {
    0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]
}

/// WCAG 2.1 contrast ratio, 1 to 21.
pub fn contrast(a: Linear, b: Linear) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The better of the two rings' contrast against a band: what makes the marker visible there.
pub fn marker_contrast(band: Linear) -> f64 {
    let ring = |hex| linear(hex).map_or(1.0, |ring| contrast(ring, band));
    ring(INK).max(ring(WHITE))
}

/// CIE L*a*b* (D65).
pub fn lab(c: Linear) -> [f64; 3] {
    let x = (0.4124564 * c[0] + 0.3575761 * c[1] + 0.1804375 * c[2]) / 0.95047;
    let y = 0.2126729 * c[0] + 0.7151522 * c[1] + 0.0721750 * c[2];
    let z = (0.0193339 * c[0] + 0.1191920 * c[1] + 0.9503041 * c[2]) / 1.08883;
    let f = |t: f64| {
        if t > 216.0 / 24389.0 {
            t.cbrt()
        } else {
            (24389.0 / 27.0 * t + 16.0) / 116.0
        }
    };
    let (fx, fy, fz) = (f(x), f(y), f(z));
    [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
}

/// CIEDE2000 colour difference: about 1 is just noticeable, 10 is plainly different.
pub fn delta_e(a: [f64; 3], b: [f64; 3]) -> f64 {
    let ([l1, a1, b1], [l2, a2, b2]) = (a, b);
    let c_mean = (a1.hypot(b1) + a2.hypot(b2)) / 2.0;
    let seventh = |c: f64| (c.powi(7) / (c.powi(7) + 25f64.powi(7))).sqrt();
    let g = 0.5 * (1.0 - seventh(c_mean));
    let (a1, a2) = (a1 * (1.0 + g), a2 * (1.0 + g));
    let (c1, c2) = (a1.hypot(b1), a2.hypot(b2));
    let hue = |a: f64, b: f64| {
        if a == 0.0 && b == 0.0 {
            0.0
        } else {
            b.atan2(a).to_degrees().rem_euclid(360.0)
        }
    };
    let (h1, h2) = (hue(a1, b1), hue(a2, b2));
    let dh = if c1 * c2 == 0.0 {
        0.0
    } else if (h2 - h1).abs() <= 180.0 {
        h2 - h1
    } else if h2 > h1 {
        h2 - h1 - 360.0
    } else {
        h2 - h1 + 360.0
    };
    let big_dh = 2.0 * (c1 * c2).sqrt() * (dh / 2.0).to_radians().sin();
    let l_mean = (l1 + l2) / 2.0;
    let c_mean = (c1 + c2) / 2.0;
    let h_mean = if c1 * c2 == 0.0 {
        h1 + h2
    } else if (h1 - h2).abs() <= 180.0 {
        (h1 + h2) / 2.0
    } else if h1 + h2 < 360.0 {
        (h1 + h2 + 360.0) / 2.0
    } else {
        (h1 + h2 - 360.0) / 2.0
    };
    let cos = |degrees: f64| degrees.to_radians().cos();
    let t =
        1.0 - 0.17 * cos(h_mean - 30.0) + 0.24 * cos(2.0 * h_mean) + 0.32 * cos(3.0 * h_mean + 6.0)
            - 0.20 * cos(4.0 * h_mean - 63.0);
    let rotation = 30.0 * (-((h_mean - 275.0) / 25.0).powi(2)).exp();
    let r_t = -2.0 * seventh(c_mean) * (2.0 * rotation).to_radians().sin();
    let s_l = 1.0 + 0.015 * (l_mean - 50.0).powi(2) / (20.0 + (l_mean - 50.0).powi(2)).sqrt();
    let s_c = 1.0 + 0.045 * c_mean;
    let s_h = 1.0 + 0.015 * c_mean * t;
    let (dl, dc, dh) = ((l2 - l1) / s_l, (c2 - c1) / s_c, big_dh / s_h);
    (dl * dl + dc * dc + dh * dh + r_t * dc * dh).sqrt()
}

/// The colour-vision deficiencies simulated (Machado, Oliveira and Fernandes 2009, severity 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Deficiency {
    Protanopia,
    Deuteranopia,
    Tritanopia,
}

/// How a colour looks with a deficiency.
pub fn simulate(c: Linear, deficiency: Deficiency) -> Linear {
    let m: [[f64; 3]; 3] = match deficiency {
        Deficiency::Protanopia => [
            [0.152286, 1.052583, -0.204868],
            [0.114503, 0.786281, 0.099216],
            [-0.003882, -0.048116, 1.051998],
        ],
        Deficiency::Deuteranopia => [
            [0.367322, 0.860646, -0.227968],
            [0.280085, 0.672501, 0.047413],
            [-0.011820, 0.042940, 0.968881],
        ],
        Deficiency::Tritanopia => [
            [1.255528, -0.076749, -0.178779],
            [-0.078411, 0.930809, 0.147602],
            [0.004733, 0.691367, 0.303900],
        ],
    };
    m.map(|row| (row[0] * c[0] + row[1] * c[1] + row[2] * c[2]).clamp(0.0, 1.0))
}

/// A washed-out projector: room light adds 30 % of the white's light to every colour (black shows
/// as a light grey, and the dark end of a palette closes up).
pub fn washed_out(c: Linear) -> Linear {
    c.map(|v| 0.7 * v + 0.3)
}

/// How a colour looks in some condition.
pub type Seen = fn(Linear) -> Linear;

/// Every way the palette is checked: (name, how a colour looks that way).
pub fn conditions() -> [(&'static str, Seen); 7] {
    [
        ("normal vision", |c| c),
        ("protanopia", |c| simulate(c, Deficiency::Protanopia)),
        ("deuteranopia", |c| simulate(c, Deficiency::Deuteranopia)),
        ("tritanopia", |c| simulate(c, Deficiency::Tritanopia)),
        ("washed-out projector", washed_out),
        ("deuteranopia on a washed-out projector", |c| {
            washed_out(simulate(c, Deficiency::Deuteranopia))
        }),
        ("protanopia on a washed-out projector", |c| {
            washed_out(simulate(c, Deficiency::Protanopia))
        }),
    ]
}

/// The smallest CIEDE2000 difference between two neighbouring bands, seen one way.
pub fn closest_neighbours(bands: &[&str], seen: Seen) -> f64 {
    let colours: Vec<[f64; 3]> = bands
        .iter()
        .filter_map(|hex| linear(hex))
        .map(|c| lab(seen(c)))
        .collect();
    colours
        .windows(2)
        .map(|pair| delta_e(pair[0], pair[1]))
        .fold(f64::INFINITY, f64::min)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The palette used before (viridis), to show what the new one changes.
    const VIRIDIS: [&str; 6] = [
        "#fde725", "#7ad151", "#22a884", "#2a788e", "#414487", "#440154",
    ];

    #[test]
    fn contrast_follows_wcag() {
        let (black, white) = (linear("#000000").unwrap(), linear("#ffffff").unwrap());
        assert!((contrast(black, white) - 21.0).abs() < 1e-9);
        // The measurement: the black square on viridis' darkest band.
        let ink_on_purple = contrast(linear(INK).unwrap(), linear(VIRIDIS[5]).unwrap());
        assert!((ink_on_purple - 1.09).abs() < 0.005, "{ink_on_purple}");
        assert_eq!(linear("#12345"), None);
    }

    #[test]
    fn delta_e_matches_the_published_test_pairs() {
        // Sharma, Wu and Dalal (2005), pairs 1 and 17.
        assert!((delta_e([50.0, 2.6772, -79.7751], [50.0, 0.0, -82.7485]) - 2.0425).abs() < 1e-3);
        assert!((delta_e([50.0, 2.5, 0.0], [73.0, 25.0, -18.0]) - 27.1492).abs() < 1e-3);
    }

    #[test]
    fn the_bands_go_from_light_to_dark() {
        let lightness: Vec<f64> = BANDS.iter().map(|b| lab(linear(b).unwrap())[0]).collect();
        assert!(
            lightness.windows(2).all(|w| w[0] > w[1] + 8.0),
            "{lightness:?}"
        );
    }

    #[test]
    fn neighbouring_bands_stay_apart_with_colour_blindness_and_on_a_washed_out_projector() {
        for (name, seen) in conditions() {
            let now = closest_neighbours(&BANDS, seen);
            let before = closest_neighbours(&VIRIDIS, seen);
            assert!(now >= 9.5, "{name}: {now:.1}");
            // Where viridis was weakest (its dark end on a projector), the new bands do far better.
            if name.contains("projector") {
                assert!(now > before * 1.5, "{name}: {now:.1} against {before:.1}");
            }
        }
    }

    #[test]
    fn a_marker_stands_out_on_every_band() {
        for band in BANDS.iter().chain([&NO_SITE]) {
            let ratio = marker_contrast(linear(band).unwrap());
            // WCAG 2.1 1.4.11 asks 3:1 for the parts of a graphic needed to understand it.
            assert!(ratio >= 4.0, "{band}: {ratio:.2}");
        }
    }

    #[test]
    fn the_stylesheet_paints_with_these_colours() {
        let css = include_str!("../../../styles/map.css");
        for (index, band) in BANDS.iter().enumerate() {
            let rule = format!(".band-{index} {{ fill: {band}; background: {band}; }}");
            assert!(css.contains(&rule), "styles/map.css lacks `{rule}`");
        }
        let none = format!(".band-none {{ fill: {NO_SITE}; background: {NO_SITE}; }}");
        assert!(css.contains(&none), "styles/map.css lacks `{none}`");
    }
}
