//! The SVG writer on small hand-made drawings: clip groups, cutting to the
//! clip, pixel snapping and path data.

use super::super::drawing::Drawing;
use egui::epaint::ClippedShape;
use egui::{Color32, Pos2, Rect, Shape, Stroke, Vec2};

/// A 100 × 100 point drawing at 2 pixels per point of `shapes`, each
/// clipped to `clip`, as SVG.
fn svg_of(clip: Rect, shapes: Vec<Shape>) -> String {
    let drawing = Drawing {
        size: Vec2::splat(100.0),
        zoom: 1.0,
        pixels_per_point: 2.0,
        background: Color32::WHITE,
        shapes: shapes
            .into_iter()
            .map(|shape| ClippedShape::new(clip, shape))
            .collect(),
        title: String::new(),
        description: String::new(),
        sources: Vec::new(),
        frames: 1,
        settled: true,
    };
    drawing.to_svg().0
}

fn body(svg: &str) -> &str {
    svg.split("</defs>").nth(1).unwrap_or_default()
}

const PLOT: Rect = Rect::from_min_max(Pos2::new(10.0, 10.0), Pos2::new(90.0, 90.0));

#[test]
fn shapes_inside_their_clip_need_no_clip_group() {
    let svg = svg_of(
        PLOT,
        vec![
            Shape::circle_filled(Pos2::new(50.0, 50.0), 5.0, Color32::RED),
            Shape::rect_filled(PLOT, 2, Color32::BLUE),
        ],
    );
    assert!(!svg.contains("clip-path"), "{svg}");
    assert!(body(&svg).contains("<circle"), "{svg}");
}

#[test]
fn axis_aligned_lines_and_plain_rectangles_are_cut_to_their_clip() {
    let grey = Stroke::new(1.0, Color32::GRAY);
    let svg = svg_of(
        PLOT,
        vec![
            Shape::line_segment([Pos2::new(0.0, 50.5), Pos2::new(100.0, 50.5)], grey),
            Shape::line_segment([Pos2::new(30.5, 0.0), Pos2::new(30.5, 95.0)], grey),
            Shape::rect_filled(
                Rect::from_min_max(Pos2::new(20.0, 80.0), Pos2::new(30.0, 120.0)),
                0,
                Color32::BLUE,
            ),
        ],
    );
    assert!(!svg.contains("clip-path"), "{svg}");
    let body = body(&svg);
    assert!(body.contains("x1=\"10\" y1=\"50.5\" x2=\"90\""), "{body}");
    assert!(body.contains("y1=\"10\" x2=\"30.5\" y2=\"90\""), "{body}");
    assert!(
        body.contains("x=\"20\" y=\"80\" width=\"10\" height=\"10\""),
        "{body}"
    );
}

#[test]
fn shapes_crossing_their_clip_are_clipped_and_shapes_outside_it_are_left_out() {
    let svg = svg_of(
        PLOT,
        vec![
            Shape::circle_filled(Pos2::new(90.0, 50.0), 5.0, Color32::RED),
            Shape::circle_filled(Pos2::new(5.0, 50.0), 3.0, Color32::GREEN),
        ],
    );
    assert_eq!(svg.matches("<clipPath").count(), 1, "{svg}");
    assert!(
        svg.contains("<g clip-path=\"url(#c0)\">\n<circle cx=\"90\""),
        "{svg}"
    );
    assert!(
        !svg.contains("#00ff00"),
        "the circle outside its clip: {svg}"
    );
}

#[test]
fn clips_are_snapped_to_whole_pixels_as_on_screen() {
    // 10.1 points is 20.2 pixels: egui's renderer clips at pixel 20, point 10.
    let clip = Rect::from_min_max(Pos2::new(10.1, 10.1), Pos2::new(89.9, 89.9));
    let svg = svg_of(
        clip,
        vec![Shape::circle_filled(
            Pos2::new(50.0, 50.0),
            45.0,
            Color32::RED,
        )],
    );
    assert!(
        svg.contains("<clipPath id=\"c0\"><rect x=\"10\" y=\"10\" width=\"80\" height=\"80\"/>"),
        "{svg}"
    );
}

#[test]
fn paths_and_beziers_become_path_data() {
    use egui::epaint::{CubicBezierShape, QuadraticBezierShape};
    let p = |x: f32, y: f32| Pos2::new(x, y);
    let stroke = Stroke::new(1.0, Color32::RED);
    let svg = svg_of(
        PLOT,
        vec![
            Shape::line(vec![p(20.0, 20.0), p(30.0, 25.0), p(40.0, 20.0)], stroke),
            Shape::QuadraticBezier(QuadraticBezierShape::from_points_stroke(
                [p(20.0, 40.0), p(30.0, 30.0), p(40.0, 40.0)],
                false,
                Color32::TRANSPARENT,
                stroke,
            )),
            Shape::CubicBezier(CubicBezierShape::from_points_stroke(
                [p(20.0, 60.0), p(25.0, 50.0), p(35.0, 50.0), p(40.0, 60.0)],
                true,
                Color32::BLUE,
                stroke,
            )),
        ],
    );
    let body = body(&svg);
    assert!(body.contains("d=\"M20 20L30 25L40 20\""), "{body}");
    assert!(body.contains("d=\"M20 40Q30 30 40 40\""), "{body}");
    assert!(
        body.contains("d=\"M20 60C25 50 35 50 40 60Z\" fill=\"#0000ff\""),
        "{body}"
    );
}
