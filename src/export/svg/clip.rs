//! Clip groups: a shape that crosses its clip rectangle's edge is written in a
//! `<g clip-path>` group, any other in a plain `<g>`; consecutive shapes share
//! a group, and each distinct clip rectangle is defined once, numbered in
//! first-use order.

use super::markup::{COORD, num};
use egui::Rect;
use std::fmt::Write as _;

/// The group a shape is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Group {
    /// A plain `<g>`: the shape lies inside its clip.
    Plain,
    /// `<g clip-path="url(#cN)">`: the shape crosses clip rectangle N.
    Clip(usize),
}

/// The clip rectangles used so far and the group currently open.
#[derive(Default)]
pub(super) struct ClipGroups {
    clips: Vec<Rect>,
    open: Option<Group>,
}

impl ClipGroups {
    /// The group for a shape clipped to `clip` that inks `ink` on a `canvas`:
    /// plain when whatever of it falls on the canvas lies inside the clip
    /// (the canvas itself cuts off the rest).
    pub fn group_for(&mut self, clip: Rect, ink: Rect, canvas: Rect) -> Group {
        if clip.contains_rect(ink.intersect(canvas)) {
            return Group::Plain;
        }
        Group::Clip(match self.clips.iter().position(|c| *c == clip) {
            Some(i) => i,
            None => {
                self.clips.push(clip);
                self.clips.len() - 1
            }
        })
    }

    /// Makes `wanted` the open group in `body`, closing the one open before.
    pub fn enter(&mut self, wanted: Group, body: &mut String) {
        if self.open == Some(wanted) {
            return;
        }
        self.close(body);
        match wanted {
            Group::Clip(i) => {
                let _ = writeln!(body, "<g clip-path=\"url(#c{i})\">");
            }
            Group::Plain => body.push_str("<g>\n"),
        }
        self.open = Some(wanted);
    }

    /// Closes the open group, if any.
    pub fn close(&mut self, body: &mut String) {
        if self.open.take().is_some() {
            body.push_str("</g>\n");
        }
    }

    /// The `<clipPath>` definitions of every clip rectangle used.
    pub fn write_defs(&self, out: &mut String) {
        for (i, clip) in self.clips.iter().enumerate() {
            let _ = writeln!(
                out,
                "<clipPath id=\"c{i}\"><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/></clipPath>",
                num(clip.min.x, COORD),
                num(clip.min.y, COORD),
                num(clip.width(), COORD),
                num(clip.height(), COORD)
            );
        }
    }
}
