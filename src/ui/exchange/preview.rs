//! The import preview: what each row of the file will become, every
//! problem by row number, and the summary; the chair confirms to import
//! (one transaction after a backup) or goes back.

use std::path::PathBuf;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget};

use super::{ExchangeCx, ExchangeOutcome};
use crate::domain::roster_file::ImportPlan;
use crate::io::excel::preview::{self, PreviewLine, Tone};
use crate::io::excel::{ExcelError, import};
use crate::ui::action::Action;
use crate::ui::keymap::{Context, Keymap};
use crate::ui::text::Msg;
use crate::ui::theme::Theme;
use crate::ui::widgets::cells::wrap;
use crate::ui::widgets::{Align, ColWidth, Column, Table, TableState};

pub struct ImportPreview {
    plan: ImportPlan,
    path: PathBuf,
    skip_bad: bool,
    lines: Vec<PreviewLine>,
    cells: Vec<Vec<String>>,
    styles: Vec<Style>,
    columns: Vec<Column>,
    state: TableState,
    page: usize,
    /// Why the last confirm did nothing.
    message: Option<String>,
}

impl ImportPreview {
    pub fn new(plan: ImportPlan, path: PathBuf, skip_bad: bool) -> ImportPreview {
        let lines = preview::lines(&plan);
        let cells = lines
            .iter()
            .map(|l| {
                vec![
                    l.row.clone(),
                    l.name.clone(),
                    l.outcome.clone(),
                    l.detail.clone(),
                ]
            })
            .collect();
        let columns = Msg::ExcelPreviewColumns
            .t()
            .split('|')
            .zip([
                ColWidth::Fixed(10),
                ColWidth::Fixed(8),
                ColWidth::Fixed(6),
                ColWidth::Min(20),
            ])
            .map(|(t, w)| Column::new(t, w, Align::Left))
            .collect();
        ImportPreview {
            plan,
            path,
            skip_bad,
            lines,
            cells,
            styles: Vec::new(),
            columns,
            state: TableState::default(),
            page: 10,
            message: None,
        }
    }

    pub fn handle(&mut self, action: Option<Action>, cx: &mut ExchangeCx) -> ExchangeOutcome {
        match action {
            Some(Action::Confirm) => {
                match import::apply(cx.db, &self.plan, self.skip_bad, cx.today) {
                    Ok(done) => ExchangeOutcome::Done {
                        message: Msg::ExcelImported.fill(&[
                            &done.deputies,
                            &done.groups,
                            &done
                                .backup
                                .map(|p| p.display().to_string())
                                .unwrap_or_default(),
                        ]),
                        changed: true,
                    },
                    Err(e) => {
                        self.message = Some(match e {
                            ExcelError::BadRows(n) => Msg::ExcelPreviewBadRows.fill(&[&n]),
                            other => other.describe(),
                        });
                        ExchangeOutcome::Stay
                    }
                }
            }
            Some(Action::Deny | Action::Back | Action::Cancel) => ExchangeOutcome::Close,
            Some(a) => {
                self.state.apply(a, self.lines.len(), self.page);
                ExchangeOutcome::Stay
            }
            None => ExchangeOutcome::Stay,
        }
    }

    pub fn render(&mut self, area: Rect, buf: &mut Buffer, theme: &Theme, keymap: &Keymap) {
        let popup = Rect {
            x: area.x + 1,
            y: area.y + 1,
            width: area.width.saturating_sub(2),
            height: area.height.saturating_sub(2),
        };
        Clear.render(popup, buf);
        let name = self
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let block = theme.block(Line::from(Span::styled(
            format!(" {} ", Msg::ExcelPreviewTitle.fill(&[&name])),
            theme.title,
        )));
        let inner = block.inner(popup);
        block.render(popup, buf);
        let text_w = usize::from(inner.width.max(1));
        let mut head: Vec<Line> = Vec::new();
        for l in preview::columns_line(&self.plan) {
            head.extend(
                wrap(&l, text_w)
                    .into_iter()
                    .map(|s| Line::styled(s, theme.dim)),
            );
        }
        for l in wrap(&preview::summary_line(&self.plan), text_w) {
            head.push(Line::styled(l, theme.header));
        }
        if let Some(m) = &self.message {
            head.extend(
                wrap(m, text_w)
                    .into_iter()
                    .map(|s| Line::styled(s, theme.error)),
            );
        }
        let k = |ctx, a| keymap.hint(ctx, a).unwrap_or_default();
        let hint = if self.skip_bad {
            Msg::ExcelPreviewHintSkip.fill(&[
                &k(Context::Dialog, Action::Confirm),
                &k(Context::Dialog, Action::Deny),
            ])
        } else {
            Msg::ExcelPreviewHint.fill(&[
                &k(Context::Dialog, Action::Confirm),
                &k(Context::Dialog, Action::Deny),
            ])
        };
        let head_h = (head.len() as u16).min(inner.height / 2);
        // The selected row's details in full, as the table cuts them.
        let selected: Vec<Line> = self
            .lines
            .get(self.state.selected)
            .map(|l| wrap(&format!("{} {} {}", l.row, l.name, l.detail), text_w))
            .unwrap_or_default()
            .into_iter()
            .take(3)
            .map(Line::from)
            .collect();
        let [head_area, table_area, detail_area, hint_area] = Layout::vertical([
            Constraint::Length(head_h),
            Constraint::Min(3),
            Constraint::Length(selected.len() as u16),
            Constraint::Length(1),
        ])
        .areas(inner);
        Paragraph::new(head).render(head_area, buf);
        Paragraph::new(selected).render(detail_area, buf);
        self.page = usize::from(table_area.height.saturating_sub(3)).max(1);
        self.styles = self
            .lines
            .iter()
            .map(|l| match l.tone {
                Tone::Add => theme.base,
                Tone::Note => theme.warn,
                Tone::Skip => theme.dim,
                Tone::Bad => theme.error,
            })
            .collect();
        Table::new(&self.columns, &self.cells)
            .row_styles(&self.styles)
            .render(table_area, buf, &mut self.state, theme);
        Paragraph::new(Line::styled(hint, theme.key)).render(hint_area, buf);
    }
}
