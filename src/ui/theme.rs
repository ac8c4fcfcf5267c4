//! Colours and borders. The default theme uses named ANSI colours and
//! `Color::Reset` so it reads on 16-colour and light terminals.

use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::border;

/// Styles every pane and widget draws with.
#[derive(Clone, Debug)]
pub struct Theme {
    /// Plain ASCII borders for consoles that draw box characters two cells wide.
    pub ascii_borders: bool,
    pub base: Style,
    pub title: Style,
    pub header: Style,
    pub selected: Style,
    pub dim: Style,
    pub error: Style,
    pub warn: Style,
    pub ok: Style,
    pub key: Style,
    pub tab_active: Style,
    pub tab_inactive: Style,
    pub status_bar: Style,
}

impl Default for Theme {
    fn default() -> Self {
        Theme {
            ascii_borders: false,
            base: Style::default().fg(Color::Reset).bg(Color::Reset),
            title: Style::default().add_modifier(Modifier::BOLD),
            header: Style::default()
                .fg(Color::Cyan)
                .add_modifier(Modifier::BOLD),
            selected: Style::default().add_modifier(Modifier::REVERSED),
            dim: Style::default().fg(Color::DarkGray),
            error: Style::default().fg(Color::Red).add_modifier(Modifier::BOLD),
            warn: Style::default().fg(Color::Yellow),
            ok: Style::default().fg(Color::Green),
            key: Style::default().fg(Color::Cyan),
            tab_active: Style::default()
                .add_modifier(Modifier::REVERSED)
                .add_modifier(Modifier::BOLD),
            tab_inactive: Style::default(),
            status_bar: Style::default().add_modifier(Modifier::REVERSED),
        }
    }
}

impl Theme {
    pub fn with_ascii_borders(mut self, ascii: bool) -> Self {
        self.ascii_borders = ascii;
        self
    }

    /// The border set: box-drawing by default, `+-|` when ASCII is asked for.
    pub fn border_set(&self) -> border::Set<'static> {
        if self.ascii_borders {
            border::Set {
                top_left: "+",
                top_right: "+",
                bottom_left: "+",
                bottom_right: "+",
                vertical_left: "|",
                vertical_right: "|",
                horizontal_top: "-",
                horizontal_bottom: "-",
            }
        } else {
            border::PLAIN
        }
    }

    /// A bordered block in this theme's border set.
    pub fn block<'a>(
        &self,
        title: impl Into<ratatui::text::Line<'a>>,
    ) -> ratatui::widgets::Block<'a> {
        ratatui::widgets::Block::bordered()
            .border_set(self.border_set())
            .title(title)
    }
}
