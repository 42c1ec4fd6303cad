//! The toast's state: the short notice a copy leaves ("Copied the chart…"),
//! numbered so that each new one is shown for its full time. A leaf: the
//! commands carry it, `AppState::apply` changes it, `toast` shows it.

/// A notice shown for a few seconds at the bottom of the window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Toast {
    /// What it says.
    pub text: String,
    /// Whether it reports a failure (shown in the error colour).
    pub error: bool,
    /// Its number: each toast shown gets the next one.
    pub number: u64,
}

/// The toast shown, if any, and how many have been.
#[derive(Debug, Default)]
pub struct Toasts {
    /// The toast on screen.
    pub current: Option<Toast>,
    shown: u64,
}

impl Toasts {
    /// Shows a new toast in place of any other.
    pub fn show(&mut self, text: String, error: bool) {
        self.shown += 1;
        self.current = Some(Toast {
            text,
            error,
            number: self.shown,
        });
    }

    /// Hides toast `number` (a newer toast stays).
    pub fn dismiss(&mut self, number: u64) {
        if self.current.as_ref().is_some_and(|t| t.number == number) {
            self.current = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dismissing_an_old_toast_keeps_the_new_one() {
        let mut toasts = Toasts::default();
        toasts.show("one".into(), false);
        toasts.show("two".into(), true);
        toasts.dismiss(1);
        assert_eq!(
            toasts.current.as_ref().map(|t| t.text.as_str()),
            Some("two")
        );
        toasts.dismiss(2);
        assert_eq!(toasts.current, None);
    }
}
