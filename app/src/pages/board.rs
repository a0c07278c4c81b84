//! The interactive case board: a column per workflow state; drag a card, or use its
//! "move to…" control (keyboard and touch), to move a case. Only legal targets accept a card;
//! the server checks every move again.
use leptos::prelude::*;

use crate::components::PageTitle;
use crate::domain::workflow::{legal_targets, CaseState};
use crate::domain::report::Channel;
use crate::functions::board::{board_options, load_board, MoveBoardCard};
use crate::i18n::{channel_name, deadline_name, error_text, staff_state_name, use_lang, Lang, Msg};
use crate::model::{Board, BoardCard, BoardFilter, DueDate};

/// Moves the board itself can make; questions and closing need a message (case page).
pub fn board_targets(from: CaseState) -> Vec<CaseState> {
    legal_targets(from)
        .iter()
        .copied()
        .filter(|s| !matches!(s, CaseState::Klarifikasi | CaseState::Selesai))
        .collect()
}

#[component]
pub fn BoardPage() -> impl IntoView {
    view! {
        <PageTitle page=Msg::BoardTitle/>
        <BoardIsland/>
    }
}

/// The island (lazy: fetched when the page opens): the filters, the columns and moving cards.
#[cfg_attr(any(feature = "ssr", feature = "staff-bundle"), island(lazy))]
#[cfg_attr(not(any(feature = "ssr", feature = "staff-bundle")), component)]
fn BoardIsland() -> impl IntoView {
    let lang = use_lang();
    let mover = ServerAction::<MoveBoardCard>::new();
    let filter = RwSignal::new(BoardFilter::default());
    let cards = Resource::new(move || (filter.get(), mover.version().get()), |(f, _)| load_board(f));
    let dragging = RwSignal::new(None::<(i32, CaseState)>);
    let options = Resource::new(|| (), |_| board_options());
    // Searching words opens the sealed "what happened" of every case the user may see, on
    // the server: one search per pause in typing, not one per keystroke.
    let search = debounce(std::time::Duration::from_millis(350), move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        filter.update(|f| f.text = text);
    });

    view! {
        <h1>{Msg::BoardTitle.t(lang)}</h1>
        <p class="no-print"><a rel="external" download data-testid="export-csv" href=move || export_href(&filter.get())>{Msg::DashboardExport.t(lang)}</a></p>
        <div class="board-filters">
            <label for="board-text">{Msg::BoardSearch.t(lang)}</label>
            <input id="board-text" type="search" placeholder="WBS-2026-00001"
                on:input=search/>
            <select id="board-state" aria-label=Msg::StatusLabel.t(lang) on:change=move |ev| filter.update(|f| f.state = event_target_value(&ev))>
                <option value="">{Msg::AllStates.t(lang)}</option>
                {CaseState::ALL.into_iter().map(|s| view! { <option value=s.code()>{staff_state_name(s, lang)}</option> }).collect_view()}
            </select>
            <select id="board-channel" aria-label=Msg::Channel.t(lang) on:change=move |ev| filter.update(|f| f.channel = event_target_value(&ev))>
                <option value="">{Msg::AllChannels.t(lang)}</option>
                {[Channel::Portal, Channel::Surat, Channel::Langsung, Channel::Telepon].into_iter().map(|c| view! { <option value=c.code()>{channel_name(c, lang)}</option> }).collect_view()}
            </select>
            <label class="check">
                <input id="board-overdue" type="checkbox" on:change=move |ev| filter.update(|f| f.overdue = event_target_checked(&ev))/>
                {Msg::OnlyOverdue.t(lang)}
            </label>
            <label class="check">
                <input id="board-due-soon" type="checkbox" on:change=move |ev| filter.update(|f| f.due_soon = event_target_checked(&ev))/>
                {Msg::OnlyDueSoon.t(lang)}
            </label>
            <Suspense>
                {move || Suspend::new(async move {
                    let (categories, workers) = options.await.unwrap_or_default();
                    view! {
                        <select id="board-category" aria-label=Msg::CategoryShort.t(lang) on:change=move |ev| filter.update(|f| f.category = event_target_value(&ev))>
                            <option value="">{Msg::AllCategories.t(lang)}</option>
                            {categories.into_iter().map(|c| {
                                let name = match lang { Lang::Id => c.name_id.clone(), Lang::En => c.name_en.clone() };
                                view! { <option value=c.code.clone()>{name}</option> }
                            }).collect_view()}
                        </select>
                        <select id="board-assignee" aria-label=Msg::Assignees.t(lang) on:change=move |ev| filter.update(|f| f.assignee = event_target_value(&ev).parse().ok())>
                            <option value="">{Msg::AllAssignees.t(lang)}</option>
                            {workers.into_iter().map(|(id, name)| view! { <option value=id.to_string()>{name}</option> }).collect_view()}
                        </select>
                    }
                })}
            </Suspense>
        </div>
        {move || mover.value().get().and_then(|r| r.err()).map(|e| view! {
            <p class="error" role="alert" data-testid="board-error">{error_text(&e, lang)}</p>
        })}
        <Transition fallback=move || view! { <p>{Msg::Loading.t(lang)}</p> }>
            {move || Suspend::new(async move {
                match cards.await {
                    Ok(board) => view! { <Columns board dragging mover/> }.into_any(),
                    Err(e) => view! {
                        <p class="error" role="alert">{error_text(&e, lang)} " " <a href="/staf">{Msg::SignIn.t(lang)}</a></p>
                    }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Columns(
    board: Board,
    dragging: RwSignal<Option<(i32, CaseState)>>,
    mover: ServerAction<MoveBoardCard>,
) -> impl IntoView {
    let lang = use_lang();
    let columns = CaseState::ALL
        .into_iter()
        .map(|state| {
            let in_column: Vec<BoardCard> = board.cards.iter().filter(|c| c.state == state).cloned().collect();
            let total = board.totals.iter().find(|(s, _)| *s == state).map_or(0, |(_, n)| *n);
            let shown = u64::try_from(in_column.len()).unwrap_or(u64::MAX);
            // Only when the column holds more than it shows: "200 of 1234".
            let count = if total > shown { format!("{shown} {} {total}", Msg::Of.t(lang)) } else { shown.to_string() };
            let accepts = move || dragging.get().is_some_and(|(_, from)| board_targets(from).contains(&state));
            view! {
                <section class="column" data-testid=format!("column-{}", state.code())
                    class:accepts=accepts
                    on:dragover=move |ev| if accepts() { ev.prevent_default(); }
                    on:drop=move |ev| {
                        ev.prevent_default();
                        if let Some((id, from)) = dragging.get_untracked() {
                            if board_targets(from).contains(&state) {
                                mover.dispatch(MoveBoardCard { id, to: state });
                            }
                        }
                        dragging.set(None);
                    }>
                    <h2>{staff_state_name(state, lang)} <span class="count" data-testid="column-count">{count}</span></h2>
                    {in_column.into_iter().map(|c| view! { <Card card=c dragging mover lang/> }).collect_view()}
                </section>
            }
        })
        .collect_view();
    // Columns stretch to the tallest one, so a card from the bottom of a long column can be
    // dropped level with it.
    view! { <div class="columns">{columns}</div> }
}

#[component]
fn Card(card: BoardCard, dragging: RwSignal<Option<(i32, CaseState)>>, mover: ServerAction<MoveBoardCard>, lang: Lang) -> impl IntoView {
    let id = card.id;
    let from = card.state;
    let targets = board_targets(from);
    let category = match lang {
        Lang::Id => card.category.name_id.clone(),
        Lang::En => card.category.name_en.clone(),
    };
    view! {
        <article class="case-card" draggable="true" data-testid=format!("card-{}", card.case_number)
            class:overdue=card.due.as_ref().is_some_and(|d| d.overdue)
            on:dragstart=move |_| dragging.set(Some((id, from)))
            on:dragend=move |_| dragging.set(None)>
            <h3><a href=format!("/staf/kasus/{id}") data-testid="open-case">{card.case_number.clone()}</a></h3>
            <p class="meta">{category}</p>
            <p class="meta">{card.received_at.clone()} " · " {card.age_days} " " {Msg::Days.t(lang)} " · " {channel_name(card.channel, lang)}</p>
            <p class="meta">"5W+2H " <strong>{card.met_count} "/7"</strong></p>
            {card.due.clone().map(|due| view! { <DueLine due lang/> })}
            {card.answer_arrived.then(|| view! { <p class="badge" data-testid="answer-arrived">{Msg::AnswerArrived.t(lang)}</p> })}
            {card.closing_proposed.then(|| view! { <p class="badge" data-testid="closing-proposed">{Msg::ClosingProposedBadge.t(lang)}</p> })}
            <p class="meta">{if card.assignees.is_empty() { Msg::Unassigned.t(lang).to_owned() } else { card.assignees.join(", ") }}</p>
            {(!targets.is_empty()).then(|| view! {
                <label class="move">
                    <span>{Msg::MoveTo.t(lang)}</span>
                    <select data-testid="move-to" on:change=move |ev| {
                        if let Some(to) = CaseState::from_code(&event_target_value(&ev)) {
                            mover.dispatch(MoveBoardCard { id, to });
                        }
                    }>
                        <option value="">"—"</option>
                        {targets.iter().map(|t| view! { <option value=t.code()>{staff_state_name(*t, lang)}</option> }).collect_view()}
                    </select>
                </label>
            })}
        </article>
    }
    // Erased: a column of these is otherwise a type too deep for the release wasm build.
    .into_any()
}

/// "Verification due 2026-12-02", marked when the date has passed.
#[component]
pub fn DueLine(
    due: DueDate,
    lang: Lang,
    /// Without the deadline's name, where a label beside it says it already.
    #[prop(optional)]
    bare: bool,
) -> impl IntoView {
    view! {
        <p class="meta due" class:overdue=due.overdue data-testid="due">
            {(!bare).then(|| view! { {deadline_name(due.kind, lang)} " " })}<time datetime=due.date.clone()>{crate::i18n::long_date(&due.date, lang)}</time>
            {due.overdue.then(|| view! { " " <strong class="overdue-tag">{Msg::Overdue.t(lang)}</strong> })}
            {due.soon.then(|| view! { " " <strong class="soon-tag">{Msg::DueSoon.t(lang)}</strong> })}
        </p>
    }
}

/// The CSV export of what the board shows with these filters.
fn export_href(f: &BoardFilter) -> String {
    let mut q: Vec<(&str, String)> = vec![("category", f.category.clone()), ("state", f.state.clone()), ("channel", f.channel.clone()), ("text", f.text.clone())];
    if let Some(a) = f.assignee {
        q.push(("assignee", a.to_string()));
    }
    if f.overdue {
        q.push(("overdue", "true".into()));
    }
    if f.due_soon {
        q.push(("due_soon", "true".into()));
    }
    let query: Vec<String> = q
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}", percent_encoding::utf8_percent_encode(&v, percent_encoding::NON_ALPHANUMERIC)))
        .collect();
    format!("/staf/ekspor.csv?{}", query.join("&"))
}
