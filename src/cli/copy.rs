//! `copy`: puts a chart on the system clipboard as the window's "Copy image"
//! does (the PNG export of a chart of `--width × --height` points, at twice
//! the pixels), or its table as "Copy table" does (tab-separated text), with
//! the window's default chart options. On X11 and Wayland the copying program
//! serves the clipboard, so this one stays until another program takes the
//! clipboard, or `--hold` seconds pass. `scripts/test-clipboard.sh` reads the
//! copies back with `xclip`.

use super::export::load_data;
use super::{CopyArgs, CopyWhat, EXIT_INVALID, EXIT_OK, output_failed, usage_error};
use crate::charts::{self, ChartChoice, ChartOptions};
use crate::clipboard::{self, Clipboard, SystemClipboard};
use std::io::{self, Write};
use std::time::Duration;

/// Runs `copy`, saying on `err` what was copied (or why nothing was).
/// Returns the exit status: 0 when copied, 1 for invalid data or no
/// clipboard (no display server), 2 for a usage error.
pub fn run_copy(args: &CopyArgs, err: &mut dyn Write) -> u8 {
    let mut clipboard = SystemClipboard::holding(Duration::from_secs(args.hold));
    copy(args, &mut clipboard, err).unwrap_or_else(output_failed)
}

fn copy(args: &CopyArgs, clipboard: &mut dyn Clipboard, err: &mut dyn Write) -> io::Result<u8> {
    let ChartChoice::One(kind) = args.chart else {
        return usage_error(err, "copy takes one chart, not all".to_owned());
    };
    let Some(analysis) = load_data(args.data.as_deref(), err)? else {
        return Ok(EXIT_INVALID);
    };
    let options = ChartOptions {
        lang: args.lang,
        ..ChartOptions::for_stats(&analysis.stats)
    };
    let data = analysis.chart_data();
    let title = charts::title(kind, data, &options);
    let copied = match args.what {
        CopyWhat::Image => {
            let spec = clipboard::image_spec(args.width as f32, args.height as f32);
            if let Err(e) = spec.validate() {
                return usage_error(err, e.to_string());
            }
            let image = match clipboard::chart_image(kind, data, &options, &spec) {
                Ok(image) => image,
                Err(e) => {
                    writeln!(err, "hk-ai-dashboard: nothing was copied: {e}")?;
                    return Ok(EXIT_INVALID);
                }
            };
            let (w, h) = (image.width, image.height);
            writeln!(err, "copying \"{title}\" as a {w}×{h} PNG image")?;
            clipboard.set_image(&image)
        }
        CopyWhat::Table => {
            let (text, rows) = clipboard::table_text(kind, data, &options);
            writeln!(err, "copying the table of \"{title}\" ({rows} rows)")?;
            clipboard.set_text(&text)
        }
    };
    match copied {
        Ok(()) => Ok(EXIT_OK),
        Err(e) => {
            writeln!(err, "hk-ai-dashboard: nothing was copied: {e}")?;
            Ok(EXIT_INVALID)
        }
    }
}
