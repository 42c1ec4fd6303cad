//! Whether the system's file dialog can answer at all. rfd's Linux backend asks
//! xdg-desktop-portal over the session bus, then zenity; when neither is there
//! it answers "no file" at once, exactly as a Cancel does. Asking the bus first
//! tells the two apart, so the window can offer its own path dialog instead.

#[cfg(not(target_arch = "wasm32"))]
use std::sync::{Arc, OnceLock};

/// Why the system's file dialog cannot be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoSystemDialog {
    /// There is no D-Bus session bus to reach a portal on, and no zenity.
    NoSessionBus,
    /// The session bus has no xdg-desktop-portal (running or startable), and there is no zenity.
    NoPortal,
    /// xdg-desktop-portal runs but offers no file chooser (no backend such as
    /// xdg-desktop-portal-gtk implements it), and there is no zenity.
    NoFileChooser,
}

/// The probe's answer, filled in by a background thread when it is known.
/// Desktop only: a browser page's picker is always there (`io_web.rs`).
#[cfg(not(target_arch = "wasm32"))]
#[derive(Clone, Default)]
pub struct Probe(Arc<OnceLock<Result<(), NoSystemDialog>>>);

#[cfg(not(target_arch = "wasm32"))]
impl Probe {
    /// Starts asking on a background thread (a bus round trip can take a few
    /// milliseconds; the window should not wait for it).
    pub fn start() -> Self {
        let probe = Probe::default();
        let answer = probe.0.clone();
        std::thread::spawn(move || {
            let _ = answer.set(system_dialog());
        });
        probe
    }

    /// Why the system dialog cannot be shown; `None` when it can, or when the
    /// probe has not answered yet (then the system dialog is tried).
    pub fn unavailable(&self) -> Option<NoSystemDialog> {
        self.0.get().and_then(|answer| answer.err())
    }
}

/// The portal's well-known name on the session bus.
#[cfg(target_os = "linux")]
const PORTAL: &str = "org.freedesktop.portal.Desktop";

/// The portal's object, and the interface of its file dialog on it.
#[cfg(target_os = "linux")]
const PORTAL_PATH: &str = "/org/freedesktop/portal/desktop";
#[cfg(target_os = "linux")]
const FILE_CHOOSER: &str = "org.freedesktop.portal.FileChooser";

/// Whether rfd can show a dialog here: a portal on the session bus (running,
/// or startable on demand), or zenity on the `PATH`.
#[cfg(target_os = "linux")]
fn system_dialog() -> Result<(), NoSystemDialog> {
    if zenity_installed() {
        return Ok(());
    }
    zbus::block_on(portal_on_bus())
}

#[cfg(target_os = "linux")]
async fn portal_on_bus() -> Result<(), NoSystemDialog> {
    let connection = zbus::Connection::session()
        .await
        .map_err(|_| NoSystemDialog::NoSessionBus)?;
    let bus = zbus::fdo::DBusProxy::new(&connection)
        .await
        .map_err(|_| NoSystemDialog::NoSessionBus)?;
    let name = zbus::names::BusName::try_from(PORTAL).map_err(|_| NoSystemDialog::NoPortal)?;
    let running = bus.name_has_owner(name).await.unwrap_or(false);
    let startable = || async {
        let names = bus.list_activatable_names().await.unwrap_or_default();
        names.iter().any(|n| n.as_str() == PORTAL)
    };
    if !running && !startable().await {
        return Err(NoSystemDialog::NoPortal);
    }
    match file_chooser_answers(&connection).await {
        true => Ok(()),
        false => Err(NoSystemDialog::NoFileChooser),
    }
}

/// Whether the portal answers for its file chooser (reading the interface's
/// `version` starts the portal if it is only startable): a portal without a
/// backend that implements it answers every request with "no file".
#[cfg(target_os = "linux")]
async fn file_chooser_answers(connection: &zbus::Connection) -> bool {
    let Ok(interface) = zbus::names::InterfaceName::try_from(FILE_CHOOSER) else {
        return false;
    };
    let proxy = match zbus::fdo::PropertiesProxy::builder(connection)
        .destination(PORTAL)
        .and_then(|b| b.path(PORTAL_PATH))
    {
        Ok(builder) => builder.build().await,
        Err(error) => Err(error),
    };
    match proxy {
        Ok(properties) => properties.get(interface, "version").await.is_ok(),
        Err(_) => false,
    }
}

#[cfg(target_os = "linux")]
fn zenity_installed() -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join("zenity").is_file()))
}

/// Windows and macOS always have their own dialog.
#[cfg(not(any(target_os = "linux", target_arch = "wasm32")))]
fn system_dialog() -> Result<(), NoSystemDialog> {
    Ok(())
}
