//! The signer picker: search deputies as you type (Chinese, pinyin initials
//! or full pinyin, as in the roster), pick the lead first, then co-signers.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Position, Rect};
use ratatui::widgets::{Clear, Widget};

use crate::domain::pinyin_keys::{PinyinKeys, match_name};
use crate::storage::docket::DeputyChoice;
use crate::ui::action::Action;
use crate::ui::text::Msg;
use crate::ui::theme::Theme;
use crate::ui::widgets::{TextInput, cells, is_text_input};

/// What the picker did with a key.
#[derive(Debug, PartialEq, Eq)]
pub enum PickerOutcome {
    Continue,
    /// Save: register with the picked signers.
    Done,
    /// Back to the form.
    Back,
}

pub struct Picker {
    deputies: Vec<(DeputyChoice, PinyinKeys)>,
    query: TextInput,
    /// Indexes into `deputies` that match the query, best first.
    matches: Vec<usize>,
    selected: usize,
    /// Picked deputy indexes; the first is the lead (领衔).
    pub picked: Vec<usize>,
    pub title: String,
    pub hint: String,
    /// A refusal to show (too few signers, ...).
    pub message: Option<String>,
}

impl Picker {
    pub fn new(deputies: &[DeputyChoice], title: String, hint: String) -> Picker {
        let deputies = deputies
            .iter()
            .map(|d| {
                let keys = if d.pinyin.is_empty() {
                    crate::domain::pinyin_keys::name_keys(&d.name)
                } else {
                    PinyinKeys::from_stored(&d.pinyin)
                };
                (d.clone(), keys)
            })
            .collect();
        let mut p = Picker {
            deputies,
            query: TextInput::new(),
            matches: Vec::new(),
            selected: 0,
            picked: Vec::new(),
            title,
            hint,
            message: None,
        };
        p.refilter();
        p
    }

    /// The picked deputies' ids, lead first.
    pub fn signer_ids(&self) -> Vec<i64> {
        self.picked.iter().map(|&i| self.deputies[i].0.id).collect()
    }

    fn refilter(&mut self) {
        let q = self.query.value().trim().to_lowercase();
        let mut ranked: Vec<(usize, usize)> = self
            .deputies
            .iter()
            .enumerate()
            .filter(|(i, _)| !self.picked.contains(i))
            .filter_map(|(i, (d, keys))| {
                if q.is_empty() {
                    return Some((0, i));
                }
                if let Some(rank) = match_name(&q, &d.name, keys) {
                    return Some((rank as usize, i));
                }
                d.group.to_lowercase().contains(&q).then_some((99, i))
            })
            .collect();
        ranked.sort_by_key(|&(rank, i)| (rank, i));
        self.matches = ranked.into_iter().map(|(_, i)| i).collect();
        self.selected = self.selected.min(self.matches.len().saturating_sub(1));
    }

    pub fn paste(&mut self, text: &str) {
        self.query.paste(text);
        self.refilter();
    }

    /// Typing searches. Non-text keys act through the keymap: the list's
    /// up/down move the highlight and its `open` (or the form's next field)
    /// picks; Backspace in an empty search drops the last picked; the
    /// form's save finishes and cancel goes back to the form.
    pub fn handle(
        &mut self,
        form_action: Option<Action>,
        list_action: Option<Action>,
        key: &KeyEvent,
    ) -> PickerOutcome {
        if is_text_input(key) {
            self.query.handle_key(key);
            self.selected = 0;
            self.refilter();
            return PickerOutcome::Continue;
        }
        match (form_action, list_action) {
            (Some(Action::Save), _) => return PickerOutcome::Done,
            (Some(Action::Cancel), _) => return PickerOutcome::Back,
            (_, Some(Action::Up)) => self.selected = self.selected.saturating_sub(1),
            (_, Some(Action::Down)) => {
                self.selected = (self.selected + 1).min(self.matches.len().saturating_sub(1));
            }
            (_, Some(Action::Open)) | (Some(Action::NextField), _) => self.pick(),
            _ if key.code == KeyCode::Backspace && self.query.is_empty() => {
                self.picked.pop();
                self.refilter();
            }
            _ => {
                if self.query.handle_key(key) {
                    self.selected = 0;
                    self.refilter();
                }
            }
        }
        PickerOutcome::Continue
    }

    fn pick(&mut self) {
        if let Some(&i) = self.matches.get(self.selected) {
            self.picked.push(i);
            self.query.clear();
            self.message = None;
            self.refilter();
        }
    }

    /// Draws the picker centred in `area`; returns the caret position.
    pub fn render(&self, area: Rect, buf: &mut Buffer, theme: &Theme) -> Option<Position> {
        let area = area.intersection(buf.area);
        let w = area.width.min(76);
        let h = area.height.min(20);
        let rect = cells::centered(area, w, h);
        if rect.width < 8 || rect.height < 6 {
            return None;
        }
        Clear.render(rect, buf);
        let block = theme
            .block(crate::ui::widgets::title_span(&self.title, theme))
            .style(theme.base);
        let inner = block.inner(rect);
        block.render(rect, buf);
        let x = inner.x + 1;
        let width = usize::from(inner.width.saturating_sub(2));
        let mut y = inner.y;
        // Picked signers: lead first.
        let picked: Vec<String> = self
            .picked
            .iter()
            .enumerate()
            .map(|(k, &i)| {
                let role = if k == 0 {
                    Msg::DocketRoleLead.t()
                } else {
                    Msg::DocketRoleCo.t()
                };
                format!("{}（{role}）", self.deputies[i].0.name)
            })
            .collect();
        let line = Msg::DocketPicked.fill(&[&self.picked.len(), &picked.join("、")]);
        for part in cells::wrap(&line, width).into_iter().take(2) {
            cells::put(buf, x, y, &part, width, theme.base);
            y += 1;
        }
        let label = Msg::SearchLabel.t();
        let lw = cells::width(label) as u16;
        cells::put(buf, x, y, label, usize::from(lw), theme.key);
        let input_area = Rect::new(x + lw, y, inner.width.saturating_sub(lw + 2), 1);
        let caret = self.query.render(input_area, buf, true, theme);
        y += 1;
        let bottom = inner.bottom();
        let reserved = 1 + u16::from(self.message.is_some());
        let list_h = bottom.saturating_sub(y + reserved);
        let offset = self
            .selected
            .saturating_sub(usize::from(list_h).saturating_sub(1));
        for (row, &i) in self
            .matches
            .iter()
            .enumerate()
            .skip(offset)
            .take(usize::from(list_h))
        {
            let d = &self.deputies[i].0;
            let text = format!(
                "{}  {}  {}",
                cells::pad(&d.name, 8, cells::Align::Left),
                cells::pad(&d.level, 2, cells::Align::Left),
                d.group
            );
            let style = if row == self.selected {
                theme.selected
            } else {
                theme.base
            };
            cells::put(
                buf,
                x,
                y,
                &cells::pad(&text, width, cells::Align::Left),
                width,
                style,
            );
            y += 1;
        }
        if let Some(msg) = &self.message {
            cells::put(buf, x, bottom - 2, msg, width, theme.error);
        }
        cells::put(buf, x, bottom - 1, &self.hint, width, theme.dim);
        caret
    }
}
