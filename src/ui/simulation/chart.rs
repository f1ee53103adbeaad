//! A service's backlog month by month, drawn by hand in SVG: the median line and the 10–90 %
//! band of each version, the change month marked where the scenario changes the service, axes
//! with units; and the same figures as a table.

use std::fmt::Write;

use super::texts::SimText;
use crate::engine::lang::Lang;
use crate::engine::simulation::Percentiles;
use crate::ui::i18n::{format_decimal, format_int, t};

/// Which simulation a curve comes from; each has its own line style, not only its colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Version {
    /// The starting territory, unchanged: dashed blue line.
    Base,
    /// The scenario, changed at the change month: solid vermilion line.
    Scenario,
}

impl Version {
    pub fn class(self) -> &'static str {
        match self {
            Version::Base => "base",
            Version::Scenario => "scenario",
        }
    }

    /// How its median is drawn, in words for the legend.
    pub fn line(self) -> SimText {
        match self {
            Version::Base => SimText::Dashed,
            Version::Scenario => SimText::Solid,
        }
    }

    pub fn label(self) -> SimText {
        match self {
            Version::Base => SimText::Base,
            Version::Scenario => SimText::Scenario,
        }
    }
}

/// The drawing area inside the SVG's view box (the rest holds the axes' labels).
const WIDTH: f64 = 560.0;
const HEIGHT: f64 = 230.0;
const LEFT: f64 = 62.0;
const RIGHT: f64 = WIDTH - 14.0;
const TOP: f64 = 30.0;
const BOTTOM: f64 = HEIGHT - 44.0;

/// A round step for about four gridlines up to `max`, and the axis top it gives.
fn axis_scale(max: f64) -> (f64, f64) {
    if !(max > 0.0 && max.is_finite()) {
        return (1.0, 4.0);
    }
    let raw = max / 4.0;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|step| *step >= raw)
        .unwrap_or(10.0 * magnitude);
    (step, (max / step).ceil() * step)
}

/// Month ticks: 1, then every `step` months, with at most about twelve labels.
fn month_ticks(months: u32) -> Vec<u32> {
    let step = [1, 2, 3, 6, 12, 24]
        .into_iter()
        .find(|step| months.div_ceil(*step) <= 12)
        .unwrap_or(months.div_ceil(12).max(1));
    // Month 1 is always labelled; a multiple of the step too close to it would overlap it.
    let mut ticks = vec![1];
    ticks.extend(
        (1..=months / step)
            .map(|k| k * step)
            .filter(|m| 4 * (m - 1) >= 3 * step),
    );
    ticks
}

fn tick_label(lang: Lang, value: f64, step: f64) -> String {
    if step >= 1.0 {
        format_int(lang, value.round() as i64)
    } else {
        let decimals = (-step.log10()).ceil().clamp(1.0, 6.0) as usize;
        format_decimal(lang, value, decimals)
    }
}

/// Text made safe inside HTML or SVG markup, as content or as an attribute value: service
/// names come from files anyone can write.
pub fn escape(text: &str) -> String {
    let mut safe = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => safe.push_str("&amp;"),
            '<' => safe.push_str("&lt;"),
            '>' => safe.push_str("&gt;"),
            '"' => safe.push_str("&quot;"),
            '\'' => safe.push_str("&#39;"),
            _ => safe.push(c),
        }
    }
    safe
}

/// The chart of one service as SVG markup: `curves` in drawing order (the base first, under
/// the scenario); `change_month` is marked where the scenario changes this service (`None`
/// otherwise). Markup rather than a tree of Yew elements: a few hundred elements per chart cost
/// the page's size and its redraws much more as components than as one string.
pub fn backlog_chart(
    lang: Lang,
    label: &str,
    months: u32,
    change_month: Option<u32>,
    curves: &[(Version, &Percentiles)],
) -> String {
    let highest = curves
        .iter()
        .flat_map(|(_, p)| p.p90.iter().chain(&p.p50))
        .fold(0.0f64, |a, &b| a.max(b));
    let (step, top) = axis_scale(highest);
    let x = |month: u32| {
        if months <= 1 {
            (LEFT + RIGHT) / 2.0
        } else {
            LEFT + f64::from(month - 1) * (RIGHT - LEFT) / f64::from(months - 1)
        }
    };
    let y = |value: f64| BOTTOM - value.clamp(0.0, top) / top * (BOTTOM - TOP);
    let mut svg = format!(
        r#"<svg class="backlog-chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{}"><text class="axis-title" x="4" y="18">{}</text>"#,
        escape(label),
        t(lang, SimText::BacklogAxis)
    );
    for k in 0..=((top / step).round() as u32) {
        let value = f64::from(k) * step;
        let at = y(value);
        let _ = write!(
            svg,
            r#"<g class="grid"><line x1="{LEFT:.1}" x2="{RIGHT:.1}" y1="{at:.1}" y2="{at:.1}"/><text x="{:.1}" y="{:.1}" text-anchor="end">{}</text></g>"#,
            LEFT - 6.0,
            at + 5.0,
            tick_label(lang, value, step)
        );
    }
    for (version, p) in curves {
        let _ = write!(
            svg,
            r#"<g class="curve {}"><path class="band" d=""#,
            version.class()
        );
        for (m, v) in (1..).zip(&p.p90) {
            let _ = write!(
                svg,
                "{}{:.1},{:.1}",
                if m == 1 { 'M' } else { 'L' },
                x(m),
                y(*v)
            );
        }
        for (m, v) in (1..=p.p10.len() as u32).rev().zip(p.p10.iter().rev()) {
            let _ = write!(svg, "L{:.1},{:.1}", x(m), y(*v));
        }
        svg.push_str(r#"Z"/><polyline class="median" points=""#);
        for (m, v) in (1..).zip(&p.p50) {
            let _ = write!(svg, "{:.1},{:.1} ", x(m), y(*v));
        }
        svg.push_str(r#""/>"#);
        if months <= 1 {
            let median = p.p50.first().copied().unwrap_or(0.0);
            let _ = write!(
                svg,
                r#"<circle class="point" cx="{:.1}" cy="{:.1}" r="4"/>"#,
                x(1),
                y(median)
            );
        }
        svg.push_str("</g>");
    }
    let _ = write!(
        svg,
        r#"<line class="axis" x1="{LEFT:.1}" x2="{RIGHT:.1}" y1="{BOTTOM:.1}" y2="{BOTTOM:.1}"/><line class="axis" x1="{LEFT:.1}" x2="{LEFT:.1}" y1="{TOP:.1}" y2="{BOTTOM:.1}"/>"#
    );
    // Over the axis, so that a change in month 1 still shows its own line; its label sits left
    // of the line when the line is in the right half, so that it stays inside.
    if let Some(change_month) = change_month {
        let change_x = x(change_month.clamp(1, months.max(1)));
        let (label_x, anchor) = if change_x > (LEFT + RIGHT) / 2.0 {
            (change_x - 6.0, "end")
        } else {
            (change_x + 6.0, "start")
        };
        let _ = write!(
            svg,
            r#"<g class="change-marker"><line x1="{change_x:.1}" x2="{change_x:.1}" y1="{:.1}" y2="{BOTTOM:.1}"/><text x="{label_x:.1}" y="{:.1}" text-anchor="{anchor}">{} ({} {change_month})</text></g>"#,
            TOP - 4.0,
            TOP + 10.0,
            t(lang, SimText::ChangeMarker),
            t(lang, SimText::MonthAxis).to_lowercase(),
        );
    }
    for month in month_ticks(months) {
        let _ = write!(
            svg,
            r#"<g class="tick"><line x1="{0:.1}" x2="{0:.1}" y1="{BOTTOM:.1}" y2="{1:.1}"/><text x="{0:.1}" y="{2:.1}" text-anchor="middle">{month}</text></g>"#,
            x(month),
            BOTTOM + 5.0,
            BOTTOM + 20.0
        );
    }
    let _ = write!(
        svg,
        r#"<text class="axis-title" x="{:.1}" y="{:.1}" text-anchor="middle">{}</text></svg>"#,
        (LEFT + RIGHT) / 2.0,
        HEIGHT - 4.0,
        t(lang, SimText::MonthAxis)
    );
    svg
}

/// The figures of the chart, month by month, as table markup: for screen readers and for
/// reading exact values.
pub fn backlog_table(lang: Lang, caption: &str, curves: &[(Version, &Percentiles)]) -> String {
    let months = curves.first().map_or(0, |(_, p)| p.p50.len());
    let mut table = format!(
        r#"<table class="backlog-table"><caption>{}</caption><thead><tr><th scope="col" rowspan="2">{}</th>"#,
        escape(caption),
        t(lang, SimText::Month)
    );
    for (version, _) in curves {
        let _ = write!(
            table,
            r#"<th scope="colgroup" colspan="3">{}</th>"#,
            escape(t(lang, version.label()))
        );
    }
    table.push_str("</tr><tr>");
    for _ in curves {
        for key in [SimText::P10, SimText::P50, SimText::P90] {
            let _ = write!(
                table,
                r#"<th scope="col" class="number">{}</th>"#,
                t(lang, key)
            );
        }
    }
    table.push_str("</tr></thead><tbody>");
    for m in 0..months {
        let _ = write!(table, r#"<tr><th scope="row">{}</th>"#, m + 1);
        for (_, p) in curves {
            for series in [&p.p10, &p.p50, &p.p90] {
                let figure = series
                    .get(m)
                    .map_or_else(|| "—".to_owned(), |v| format_decimal(lang, *v, 0));
                let _ = write!(table, r#"<td class="number">{figure}</td>"#);
            }
        }
        table.push_str("</tr>");
    }
    table.push_str("</tbody></table>");
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_axis_top_is_a_round_step_above_the_highest_figure() {
        assert_eq!(axis_scale(0.0), (1.0, 4.0));
        assert_eq!(axis_scale(37.0), (10.0, 40.0));
        assert_eq!(axis_scale(100.0), (50.0, 100.0));
        assert_eq!(axis_scale(1234.0), (500.0, 1500.0));
        let (step, top) = axis_scale(0.3);
        assert!((step - 0.1).abs() < 1e-12 && (top - 0.3).abs() < 1e-9);
    }

    #[test]
    fn month_ticks_start_at_one_and_stay_few() {
        assert_eq!(month_ticks(1), vec![1]);
        assert_eq!(month_ticks(6), vec![1, 2, 3, 4, 5, 6]);
        assert_eq!(
            month_ticks(24),
            vec![1, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24]
        );
        assert_eq!(
            month_ticks(36),
            vec![1, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36]
        );
        assert_eq!(
            month_ticks(120),
            vec![1, 12, 24, 36, 48, 60, 72, 84, 96, 108, 120]
        );
    }
}
