//! The system clipboard, behind a small interface ([`Clipboard`]) so the
//! window's tests hand in their own and no test touches the desktop's; and
//! what "Copy image" and "Copy table" put on it ([`chart_image`],
//! [`table_text`]), shared by the window and `hk-ai-dashboard copy`.
//!
//! On the desktop, [`SystemClipboard`] is arboard (the clipboard crate
//! egui-winit itself uses): X11; Wayland through its data-control protocol
//! where the compositor offers it, else through XWayland; Windows and macOS;
//! text, and images offered as `image/png`. It is opened on first use and
//! kept open: on X11 and Wayland the program itself serves what it copied,
//! for as long as it runs. Without a display server it answers
//! [`ClipboardError::Unavailable`], never a panic. In a browser there is no
//! image copy ([`IMAGES`] is false, the button is hidden) and text goes
//! through egui (the browser's clipboard).

use crate::charts::{ChartData, ChartKind, ChartOptions};
use crate::export::{self, ExportError, ExportSpec, Format};
use crate::style;

/// Whether chart images can be copied here (not in a browser).
pub const IMAGES: bool = cfg!(not(target_arch = "wasm32"));

/// An image for the clipboard: straight (not premultiplied) 8-bit RGBA, row by row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RgbaImage {
    /// Width in pixels.
    pub width: usize,
    /// Height in pixels.
    pub height: usize,
    /// `width × height × 4` bytes.
    pub pixels: Vec<u8>,
}

/// Why nothing was copied.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ClipboardError {
    /// There is no clipboard to copy to (no X11 or Wayland display, for example).
    #[error("the clipboard is not available: {0}")]
    Unavailable(String),
    /// The clipboard is there but refused the content.
    #[error("the clipboard refused the content: {0}")]
    Refused(String),
}

/// Where copies go.
pub trait Clipboard {
    /// Puts `text` on the clipboard.
    fn set_text(&mut self, text: &str) -> Result<(), ClipboardError>;
    /// Puts `image` on the clipboard (as PNG where the system wants a file type).
    fn set_image(&mut self, image: &RgbaImage) -> Result<(), ClipboardError>;
}

/// The export spec of a copied chart image: a chart of `width × height`
/// points (its size on screen) exported as PNG at
/// [`style::COPY_IMAGE_SCALE`] pixels per point, with every other setting the
/// PNG export's default (light colours, as the export dialog starts). The
/// sides are rounded to whole points, at least one.
pub fn image_spec(width: f32, height: f32) -> ExportSpec {
    let points = |side: f32| side.round().max(1.0) as u32;
    ExportSpec {
        width: points(width),
        height: points(height),
        scale: style::COPY_IMAGE_SCALE,
        format: Format::Png,
        ..ExportSpec::default()
    }
}

/// The pixels of the PNG export of `kind` with `spec`: what "Copy image" puts
/// on the clipboard (the clipboard encodes its own PNG from them).
pub fn chart_image(
    kind: ChartKind,
    data: ChartData,
    options: &ChartOptions,
    spec: &ExportSpec,
) -> Result<RgbaImage, ExportError> {
    let (width, height, pixels) = export::render_rgba(kind, data, options, spec)?;
    Ok(RgbaImage {
        width: width as usize,
        height: height as usize,
        pixels,
    })
}

/// What "Copy table" puts on the clipboard: the chart's table as
/// tab-separated text ([`export::chart_tsv`]), and its number of data rows
/// (the lines between the heading and the blank line before the source).
pub fn table_text(kind: ChartKind, data: ChartData, options: &ChartOptions) -> (String, usize) {
    let text = export::chart_tsv(kind, data, options);
    let rows = text
        .lines()
        .take_while(|l| !l.is_empty())
        .count()
        .saturating_sub(1);
    (text, rows)
}

/// The window's clipboard: the desktop's ([`SystemClipboard`]), or in a
/// browser the page's, through `ctx`.
pub fn system(ctx: &egui::Context) -> Box<dyn Clipboard> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = ctx;
        Box::new(SystemClipboard::new())
    }
    #[cfg(target_arch = "wasm32")]
    Box::new(SystemClipboard::new(ctx))
}

/// The desktop's clipboard, opened on first use.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Default)]
pub struct SystemClipboard {
    open: Option<arboard::Clipboard>,
    /// Linux: keep serving each copy until another program takes the
    /// clipboard or this time has passed (for `hk-ai-dashboard copy`, which
    /// would otherwise exit, and take the copy with it, at once).
    #[cfg(target_os = "linux")]
    hold: Option<std::time::Duration>,
}

#[cfg(not(target_arch = "wasm32"))]
impl SystemClipboard {
    /// A clipboard not yet opened.
    pub fn new() -> Self {
        SystemClipboard::default()
    }

    /// A clipboard whose every copy returns only when another program took
    /// the clipboard, or after `hold` (Linux; elsewhere a copy outlives the
    /// program anyway and returns at once).
    pub fn holding(hold: std::time::Duration) -> Self {
        #[cfg(target_os = "linux")]
        {
            SystemClipboard {
                open: None,
                hold: Some(hold),
            }
        }
        #[cfg(not(target_os = "linux"))]
        {
            let _ = hold;
            SystemClipboard::default()
        }
    }

    fn set(&mut self) -> Result<arboard::Set<'_>, ClipboardError> {
        if self.open.is_none() {
            let opened = arboard::Clipboard::new()
                .map_err(|e| ClipboardError::Unavailable(no_display_hint(&e.to_string())))?;
            self.open = Some(opened);
        }
        #[cfg(target_os = "linux")]
        let hold = self.hold;
        let Some(open) = self.open.as_mut() else {
            return Err(ClipboardError::Unavailable(String::new()));
        };
        let set = open.set();
        #[cfg(target_os = "linux")]
        let set = match hold {
            Some(hold) => {
                use arboard::SetExtLinux;
                set.wait_until(std::time::Instant::now() + hold)
            }
            None => set,
        };
        Ok(set)
    }
}

/// The system's reason, with what a person can check when no display is set.
#[cfg(not(target_arch = "wasm32"))]
fn no_display_hint(reason: &str) -> String {
    let display = ["DISPLAY", "WAYLAND_DISPLAY"]
        .iter()
        .any(|v| std::env::var_os(v).is_some_and(|s| !s.is_empty()));
    if display || cfg!(any(windows, target_os = "macos")) {
        reason.to_owned()
    } else {
        format!("no display server (neither DISPLAY nor WAYLAND_DISPLAY is set): {reason}")
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Clipboard for SystemClipboard {
    fn set_text(&mut self, text: &str) -> Result<(), ClipboardError> {
        self.set()?
            .text(text)
            .map_err(|e| ClipboardError::Refused(e.to_string()))
    }

    fn set_image(&mut self, image: &RgbaImage) -> Result<(), ClipboardError> {
        let data = arboard::ImageData {
            width: image.width,
            height: image.height,
            bytes: std::borrow::Cow::Borrowed(&image.pixels),
        };
        self.set()?
            .image(data)
            .map_err(|e| ClipboardError::Refused(e.to_string()))
    }
}

/// The browser's clipboard, through egui (text only: no image copy on the web).
#[cfg(target_arch = "wasm32")]
pub struct SystemClipboard {
    ctx: egui::Context,
}

#[cfg(target_arch = "wasm32")]
impl SystemClipboard {
    /// Text copied goes to the browser through `ctx`.
    pub fn new(ctx: &egui::Context) -> Self {
        SystemClipboard { ctx: ctx.clone() }
    }
}

#[cfg(target_arch = "wasm32")]
impl Clipboard for SystemClipboard {
    fn set_text(&mut self, text: &str) -> Result<(), ClipboardError> {
        self.ctx.copy_text(text.to_owned());
        Ok(())
    }

    fn set_image(&mut self, _: &RgbaImage) -> Result<(), ClipboardError> {
        Err(ClipboardError::Unavailable(
            "images are not copied in a browser".to_owned(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copied_image_is_the_png_export_at_twice_the_points_rounded() {
        let spec = image_spec(1241.6, 385.4);
        assert_eq!((spec.width, spec.height), (1242, 385));
        assert_eq!(spec.pixel_size(), (2484, 770));
        assert_eq!(spec.format, Format::Png);
        assert_eq!(spec.theme, ExportSpec::default().theme);
        assert_eq!(image_spec(0.2, 0.0).pixel_size(), (2, 2), "never empty");
    }
}
