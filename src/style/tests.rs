use super::*;

#[test]
fn every_named_text_style_is_registered() {
    let mut style = egui::Style::default();
    apply(&mut style);
    for name in [FIGURE, KEY_VALUE, CARD_TITLE, TIMELINE_LABEL, TIMELINE_YEAR] {
        assert!(style.text_styles.contains_key(&text(name)), "{name}");
    }
}

#[test]
fn unknown_sectors_and_kinds_get_palette_colours() {
    assert_eq!(sector_color_at(None), PALETTE[9]);
    assert_eq!(sector_color_at(Some(12)), PALETTE[2]);
    assert_ne!(TOTAL, INITIATIVE_MARKER);
}

/// CIE L*a*b* of an sRGB colour (D65).
fn lab(color: Color32) -> [f64; 3] {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let (r, g, b) = (linear(color.r()), linear(color.g()), linear(color.b()));
    let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
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

/// The CIE 1976 colour difference ΔE*ab.
fn delta_e(a: Color32, b: Color32) -> f64 {
    let (a, b) = (lab(a), lab(b));
    a.iter()
        .zip(b)
        .map(|(a, b)| (a - b).powi(2))
        .sum::<f64>()
        .sqrt()
}

#[test]
fn a_colour_keeps_one_meaning_sectors_and_kinds_never_share_one() {
    let kinds = InitiativeKind::ALL.map(initiative_kind_color);
    let others = PALETTE
        .iter()
        .chain(&[TOTAL, INITIATIVE_MARKER, FUNDING_PARTLY_AI]);
    for (kind, color) in InitiativeKind::ALL.iter().zip(kinds) {
        for other in others.clone() {
            let distance = delta_e(color, *other);
            assert!(
                distance >= 20.0,
                "{kind:?} {color:?} ~ {other:?}: ΔE {distance:.1}"
            );
        }
        let lightness = lab(color)[0];
        assert!(
            (35.0..=80.0).contains(&lightness),
            "{kind:?}: L* {lightness:.0}"
        );
    }
    for (i, a) in kinds.iter().enumerate() {
        for b in &kinds[i + 1..] {
            let distance = delta_e(*a, *b);
            assert!(distance >= 25.0, "{a:?} ~ {b:?}: ΔE {distance:.1}");
        }
    }
    // The check itself tells near colours apart.
    assert!(delta_e(PALETTE[3], Color32::from_rgb(0xff, 0x80, 0x10)) < 5.0);
}
