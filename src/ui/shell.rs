//! Drawing the frame around the panes: tab bar, status bar, overlays, and
//! the notice shown when the terminal is too small.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget};

use crate::ui::action::Action;
use crate::ui::app::App;
use crate::ui::keymap::Context;
use crate::ui::overlays::{Overlay, render_detail, render_welcome};
use crate::ui::panes::RenderCtx;
use crate::ui::text::Msg;
use crate::ui::widgets::cells::{Align, pad, truncate, width, wrap};

/// The smallest terminal the layout is drawn in; below it a notice shows.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 15;

const PANE_ACTIONS: [Action; 5] = [
    Action::PaneToday,
    Action::PaneRoster,
    Action::PaneCalendar,
    Action::PaneSpotCheck,
    Action::PaneDocket,
];

pub fn draw(app: &mut App, frame: &mut Frame) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        draw_too_small(frame, area);
        return;
    }
    // A read-only file gets a banner line under the tabs saying why.
    let banner_rows = u16::from(app.db.is_read_only());
    let [tabs, banner, body, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(banner_rows),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(area);
    draw_tabs(app, frame, tabs);
    if banner_rows > 0 {
        let text = crate::ui::app::read_only_banner(&app.db);
        let line = pad(
            &format!(
                " {}",
                truncate(&text, usize::from(banner.width.saturating_sub(1)))
            ),
            usize::from(banner.width),
            Align::Left,
        );
        frame.render_widget(Paragraph::new(line).style(app.theme.error), banner);
    }
    let ctx = RenderCtx {
        theme: &app.theme,
        keymap: &app.keymap,
        today: app.today,
    };
    app.panes[app.active].render(frame, body, &ctx);
    draw_status(app, frame, status);
    let buf = frame.buffer_mut();
    match &mut app.overlay {
        None => {}
        Some(Overlay::Help(view)) => view.render(area, buf, &app.theme),
        Some(Overlay::Welcome) => render_welcome(
            area,
            buf,
            &app.theme,
            &app.keymap,
            &app.db.path().display().to_string(),
        ),
        Some(Overlay::Detail(detail, scroll)) => {
            render_detail(area, buf, &app.theme, detail, *scroll)
        }
        Some(Overlay::ConfirmQuit(confirm)) => confirm.render(area, buf, &app.theme),
        Some(Overlay::History(view)) => {
            let undo = app
                .keymap
                .hint(Context::Global, Action::Undo)
                .unwrap_or_default();
            view.render(
                area,
                buf,
                &app.theme,
                &Msg::SafetyHistoryHint.fill(&[&undo]),
            )
        }
        Some(Overlay::Handover(form)) => {
            if let Some(pos) = form.render(area, buf, &app.theme) {
                frame.set_cursor_position(pos);
            }
        }
    }
}

fn draw_too_small(frame: &mut Frame, area: Rect) {
    let text = Msg::TooSmall.fill(&[&MIN_WIDTH, &MIN_HEIGHT, &area.width, &area.height]);
    let lines: Vec<Line> = wrap(&text, usize::from(area.width.max(1)))
        .into_iter()
        .map(Line::from)
        .collect();
    Clear.render(area, frame.buffer_mut());
    Paragraph::new(lines).render(area, frame.buffer_mut());
}

fn draw_tabs(app: &App, frame: &mut Frame, area: Rect) {
    let mut spans = Vec::new();
    for (i, pane) in app.panes.iter().enumerate() {
        let key = app
            .keymap
            .hint(Context::Global, PANE_ACTIONS[i])
            .unwrap_or_default();
        let style = if i == app.active {
            app.theme.tab_active
        } else {
            app.theme.tab_inactive
        };
        spans.push(Span::styled(format!(" {key} {} ", pane.title().t()), style));
        spans.push(Span::raw(" "));
    }
    let used: usize = spans.iter().map(|s| width(&s.content)).sum();
    let name = Msg::AppName.t();
    let room = usize::from(area.width).saturating_sub(used);
    if room > width(name) + 1 {
        spans.push(Span::styled(pad(name, room, Align::Right), app.theme.dim));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// Left: the last message, or key hints. Right: file, date, read-only.
fn draw_status(app: &App, frame: &mut Frame, area: Rect) {
    let mode = if app.db.is_read_only() {
        Msg::ReadOnly.t()
    } else {
        Msg::Writable.t()
    };
    let date = app.today.format("%Y-%m-%d").to_string();
    let path = app.db.path().display().to_string();
    let total = usize::from(area.width);
    let (left, style) = match &app.status {
        Some(s) if s.is_error => (s.text.clone(), app.theme.error),
        Some(s) => (s.text.clone(), app.theme.status_bar),
        None => (hints(app), app.theme.status_bar),
    };
    // The file name gets what the message leaves, at least 12 cells; its
    // end matters most.
    let fixed = width(mode) + width(&date) + 8;
    let path_room = total.saturating_sub(fixed + width(&left) + 2).max(12);
    let bar = if app.theme.ascii_borders { '|' } else { '│' };
    let right = format!(" {} {bar} {date} {bar} {mode} ", tail(&path, path_room));
    let left_room = total.saturating_sub(width(&right));
    let line = Line::from(vec![
        Span::styled(pad(&format!(" {left}"), left_room, Align::Left), style),
        Span::styled(right, app.theme.status_bar),
    ]);
    frame.render_widget(Paragraph::new(line).style(app.theme.status_bar), area);
}

/// The end of a path that fits `room` cells, with an ellipsis in front.
fn tail(text: &str, room: usize) -> String {
    if width(text) <= room {
        return text.to_owned();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut used = 1;
    for c in chars.iter().rev() {
        let w = unicode_width::UnicodeWidthChar::width(*c).unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        out.insert(0, *c);
    }
    format!("…{out}")
}

fn hints(app: &App) -> String {
    let k = |ctx, a| app.keymap.hint(ctx, a).unwrap_or_default();
    let hint = Msg::Hints.fill(&[
        &k(Context::Global, Action::Help),
        &k(Context::Global, Action::NextPane),
        &k(Context::List, Action::Search),
        &k(Context::List, Action::Open),
        &k(Context::Global, Action::Quit),
    ]);
    truncate(&hint, 60).into_owned()
}
