//! Windows: the `.exe` is built for the GUI subsystem (`windows_subsystem` in
//! `main.rs`), so a double-click opens no console window. A GUI program gets no
//! console of its own, though, so `export`, `check`, `--help` and usage errors
//! attach to the console of the terminal that started them (cmd, PowerShell,
//! Windows Terminal) before printing. An interactive cmd does not wait for a
//! GUI program, though, so for exit codes the console twin
//! `hk-ai-dashboard.com` (packaging/windows/console) runs this `.exe` and waits.

use windows_sys::Win32::Storage::FileSystem::{FILE_TYPE_DISK, FILE_TYPE_PIPE, GetFileType};
use windows_sys::Win32::System::Console::{
    ATTACH_PARENT_PROCESS, AttachConsole, GetStdHandle, STD_OUTPUT_HANDLE,
};

/// Sends standard output and error to the parent's console, if it has one.
/// Output already redirected to a file or a pipe (`> out.txt`, `| findstr`)
/// stays redirected: attaching would send it to the screen instead.
pub fn attach_parent_console() {
    // SAFETY: these calls take only constants and a handle the system gave us;
    // each fails harmlessly (no console: nothing is printed, as before).
    unsafe {
        let output = GetStdHandle(STD_OUTPUT_HANDLE);
        let kind = GetFileType(output);
        if kind == FILE_TYPE_DISK || kind == FILE_TYPE_PIPE {
            return;
        }
        AttachConsole(ATTACH_PARENT_PROCESS);
    }
}

/// The window could not open (most often: no OpenGL 2.0 driver). A person who
/// double-clicked the app has no terminal to read the reason in, so say it in
/// a native message box, in both interface languages.
pub fn report_window_failure() {
    rfd::MessageDialog::new()
        .set_level(rfd::MessageLevel::Error)
        .set_title("HK AI Dashboard")
        .set_description(WINDOW_FAILURE_TEXT)
        .set_buttons(rfd::MessageButtons::Ok)
        .show();
}

/// The message box text: what failed, the likely cause, what still works.
const WINDOW_FAILURE_TEXT: &str = "\
The window could not open. HK AI Dashboard draws with OpenGL 2.0 or later: \
please install the latest graphics driver from your PC's or graphics card's maker. \
Exporting charts from the command line (hk-ai-dashboard.exe export --help) \
works without it.

無法開啟視窗。HK AI Dashboard 需要 OpenGL 2.0 或以上版本：\
請向電腦或顯示卡製造商下載最新的顯示卡驅動程式。\
命令列匯出圖表（hk-ai-dashboard.exe export --help）毋須 OpenGL。";
