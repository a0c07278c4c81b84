//! The dashboard's charts, drawn as SVG on the server with `plotters`: the browser gets a
//! picture (no chart script, nothing from elsewhere), readable on a projector and in print.
//! Colours are attributes, not inline styles, so the page's CSP holds.
use plotters::prelude::*;

use crate::i18n::{Lang, Msg};
use crate::model::MonthCount;

const RECEIVED: RGBColor = RGBColor(0x1f, 0x4e, 0x79);
const CLOSED: RGBColor = RGBColor(0x2e, 0x8b, 0x57);
const WIDTH: u32 = 720;

/// Received and closed cases per month, side by side.
pub fn months(months: &[MonthCount], lang: Lang) -> String {
    let mut svg = String::new();
    let max = months.iter().map(|m| m.received.max(m.closed)).max().unwrap_or(0).max(1);
    let n = u32::try_from(months.len()).unwrap_or(1).max(1);
    let drawn = (|| -> Result<(), Box<dyn std::error::Error + '_>> {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, 320)).into_drawing_area();
        root.fill(&WHITE)?;
        let mut chart = ChartBuilder::on(&root)
            .margin(12)
            .x_label_area_size(36)
            .y_label_area_size(40)
            .build_cartesian_2d(0u32..n * 3, 0u32..max + max.div_ceil(10))?;
        let labels: Vec<String> = months.iter().map(|m| m.month.clone()).collect();
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(months.len())
            .x_label_formatter(&|x| if x % 3 == 1 { usize::try_from(*x / 3).ok().and_then(|i| labels.get(i)).cloned().unwrap_or_default() } else { String::new() })
            .y_desc(Msg::ChartCases.t(lang))
            .draw()?;
        chart
            .draw_series(months.iter().enumerate().map(|(i, m)| {
                let x = u32::try_from(i).unwrap_or(0) * 3;
                Rectangle::new([(x, 0), (x + 1, m.received)], RECEIVED.filled())
            }))?
            .label(Msg::ChartReceived.t(lang))
            .legend(|(x, y)| Rectangle::new([(x, y - 5), (x + 10, y + 5)], RECEIVED.filled()));
        chart
            .draw_series(months.iter().enumerate().map(|(i, m)| {
                let x = u32::try_from(i).unwrap_or(0) * 3 + 1;
                Rectangle::new([(x, 0), (x + 1, m.closed)], CLOSED.filled())
            }))?
            .label(Msg::ChartClosed.t(lang))
            .legend(|(x, y)| Rectangle::new([(x, y - 5), (x + 10, y + 5)], CLOSED.filled()));
        chart.configure_series_labels().border_style(BLACK).background_style(WHITE).draw()?;
        root.present()?;
        Ok(())
    })();
    finish(drawn.is_ok(), svg)
}

/// One horizontal bar per label; nothing for no rows (plotters, asked for no labels on an
/// axis, never returned: a fresh installation's public page hung).
pub fn bars(rows: &[(String, u32)]) -> String {
    if rows.is_empty() {
        return String::new();
    }
    let mut svg = String::new();
    let max = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1);
    let n = u32::try_from(rows.len()).unwrap_or(0).max(1);
    let height = 60 + 34 * n;
    let drawn = (|| -> Result<(), Box<dyn std::error::Error + '_>> {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, height)).into_drawing_area();
        root.fill(&WHITE)?;
        let mut chart = ChartBuilder::on(&root)
            .margin(12)
            .x_label_area_size(30)
            .y_label_area_size(230)
            .build_cartesian_2d(0u32..max + max.div_ceil(10), 0u32..n)?;
        chart
            .configure_mesh()
            .disable_y_mesh()
            .y_labels(rows.len())
            .y_label_formatter(&|y| usize::try_from(n - 1 - *y.min(&(n - 1))).ok().and_then(|i| rows.get(i)).map(|r| r.0.clone()).unwrap_or_default())
            .draw()?;
        chart.draw_series(rows.iter().enumerate().map(|(i, (_, count))| {
            let y = n - 1 - u32::try_from(i).unwrap_or(0);
            Rectangle::new([(0, y), (*count, y + 1)], RECEIVED.filled())
        }))?;
        root.present()?;
        Ok(())
    })();
    finish(drawn.is_ok(), svg)
}

fn finish(ok: bool, svg: String) -> String {
    if ok {
        svg
    } else {
        tracing::warn!("a dashboard chart could not be drawn");
        String::new()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn bars_draw_each_row_and_nothing_for_no_rows() {
        assert_eq!(super::bars(&[]), "");
        let svg = super::bars(&[("Pungutan liar".to_owned(), 7)]);
        assert!(svg.starts_with("<svg") && svg.contains("Pungutan liar"), "{svg}");
    }
}
