//! The browser's side of the web build: the page's address fragment and title
//! (share links, `ui::share_link`), and saving a file as a download. Each call
//! fails quietly (logged) when the page lacks what it needs: the dashboard
//! keeps working, it just cannot follow the address or save.

use wasm_bindgen::{JsCast, JsValue};

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The page address's fragment without its `#` ("" when there is none).
pub fn fragment() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .map(|hash| hash.strip_prefix('#').unwrap_or(&hash).to_owned())
        .unwrap_or_default()
}

/// The page's whole address, fragment included ("" when there is none).
pub fn address() -> String {
    window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// Replaces the address's fragment with `fragment` without adding a history
/// entry per click (the address bar always links to the view on screen).
pub fn replace_fragment(fragment: &str) {
    let Some(window) = window() else { return };
    let Ok(history) = window.history() else {
        return;
    };
    let url = format!("#{fragment}");
    if let Err(error) = history.replace_state_with_url(&JsValue::NULL, "", Some(&url)) {
        log::warn!("the address could not follow the view: {error:?}");
    }
}

/// Sets the page's title (tab strip, history, bookmarks).
pub fn set_title(title: &str) {
    if let Some(document) = window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// The page's canvas with this id, where eframe draws.
pub fn canvas(id: &str) -> Option<web_sys::HtmlCanvasElement> {
    let element = window()?.document()?.get_element_by_id(id)?;
    element.dyn_into::<web_sys::HtmlCanvasElement>().ok()
}

/// Hides the page's loading indicator (the element with this id), once the
/// app draws.
pub fn hide(id: &str) {
    if let Some(element) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        element.remove();
    }
}

/// Marks the element with this id `data-painted-ms`: the milliseconds since
/// the page was opened, when the dashboard's content was first on screen
/// (`scripts/test-web.sh` reads it).
pub fn mark_painted(id: &str) {
    let Some(window) = window() else { return };
    let ms = window.performance().map_or(0.0, |p| p.now());
    mark("content-painted");
    if let Some(element) = window.document().and_then(|d| d.get_element_by_id(id)) {
        let _ = element.set_attribute("data-painted-ms", &format!("{ms:.0}"));
    }
}

/// Marks a moment of start-up on the page's performance timeline
/// (`performance.mark`): `scripts/web_check.py` reads them to show where the
/// time to the first frame goes.
pub fn mark(name: &str) {
    if let Some(performance) = window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// Shows the page's element with this id (one marked `hidden`).
pub fn unhide(id: &str) {
    if let Some(element) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        let _ = element.remove_attribute("hidden");
    }
}

/// Offers `bytes` to the person as a downloaded file called `name`: a Blob,
/// an object URL for it, and a click on an unattached `<a download>`.
pub fn download(name: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    let fail = |error: JsValue| format!("{error:?}");
    let document = window()
        .and_then(|w| w.document())
        .ok_or("the page has no document")?;
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(fail)?
        .dyn_into()
        .map_err(|_| "not an anchor".to_owned())?;
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    // Not revoked: a browser may still be reading the Blob after the click
    // returns; the page's few exports are freed when it closes.
    Ok(())
}
