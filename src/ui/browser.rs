//! Every call into the browser the UI makes, in one place, each one failing soft: storage that
//! is disabled or full, a clipboard that is missing on plain `http://`, a refused dialog. Off the
//! browser (native tests, SSR) each is a harmless no-op, so components render anywhere. gloo
//! does the job where it can (dialogs, events, animation frames, files, fetch); what is still
//! written against web-sys says why.

#[cfg(target_arch = "wasm32")]
mod imp {
    use wasm_bindgen::{JsCast, JsValue};
    use web_sys::{HtmlDocument, HtmlTextAreaElement};

    pub fn now_text() -> String {
        let d = js_sys::Date::new_0();
        format!(
            "{:04}-{:02}-{:02} {:02}:{:02}",
            d.get_full_year(),
            d.get_month() + 1,
            d.get_date(),
            d.get_hours(),
            d.get_minutes()
        )
    }

    pub fn fragment() -> Option<String> {
        web_sys::window()?.location().hash().ok()
    }

    /// The start language the page's loader decided (`<html data-start-lang>`).
    pub fn start_lang() -> Option<String> {
        web_sys::window()?
            .document()?
            .document_element()?
            .get_attribute("data-start-lang")
    }

    /// Sets `<html lang>`.
    pub fn set_document_lang(tag: &str) {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", tag);
        }
    }

    /// Not gloo-storage: it stores JSON-encoded values, and the app keeps its own versioned text
    /// formats (and must tell "storage disabled" from "empty").
    fn storage() -> Result<web_sys::Storage, String> {
        let window = web_sys::window().ok_or("no window")?;
        match window.local_storage() {
            Ok(Some(s)) => Ok(s),
            _ => Err("storage unavailable".into()),
        }
    }

    pub fn load(key: &str) -> Result<Option<String>, String> {
        storage()?
            .get_item(key)
            .map_err(|_| "storage unreadable".to_string())
    }

    pub fn save(key: &str, value: &str) -> Result<(), String> {
        storage()?
            .set_item(key, value)
            .map_err(|_| "storage full or blocked".to_string())
    }

    pub fn confirm(message: &str) -> bool {
        gloo_dialogs::confirm(message)
    }

    /// The saved plans' durable copy (IndexedDB, `build/durable.js`), which the page's loader
    /// reads before the app starts and writes for it. Not gloo: it has no IndexedDB.
    fn durable() -> Option<JsValue> {
        js_sys::Reflect::get(&js_sys::global(), &"lyncDurable".into())
            .ok()
            .filter(JsValue::is_object)
    }

    /// The durable copy of the saved plans as the loader read it; `None` when there is none or
    /// IndexedDB cannot be used.
    pub fn load_durable() -> Option<String> {
        js_sys::Reflect::get(&durable()?, &"text".into())
            .ok()?
            .as_string()
    }

    /// Writes the durable copy of the saved plans: `true` once it is on disk.
    pub async fn save_durable(text: &str) -> bool {
        let write = async {
            let durable = durable()?;
            let save: js_sys::Function = js_sys::Reflect::get(&durable, &"save".into())
                .ok()?
                .dyn_into()
                .ok()?;
            let done = save.call1(&durable, &text.into()).ok()?;
            wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(done))
                .await
                .ok()?
                .as_bool()
        };
        write.await == Some(true)
    }

    /// Runs `changed` with the new text each time another tab writes `key` in localStorage
    /// (the listener lives as long as the page).
    pub fn on_stored_elsewhere(key: &'static str, changed: Box<dyn Fn(String)>) {
        let Some(window) = web_sys::window() else {
            return;
        };
        gloo_events::EventListener::new(&window, "storage", move |event| {
            if let Some(event) = event.dyn_ref::<web_sys::StorageEvent>()
                && event.key().as_deref() == Some(key)
                && let Some(text) = event.new_value()
            {
                changed(text);
            }
        })
        .forget();
    }

    /// A short id for this page, different in each tab (40 random bits, in hex).
    pub fn page_id() -> String {
        format!(".{:x}", (js_sys::Math::random() * 2f64.powi(40)) as u64)
    }

    /// Prints; `blank` hides the ticks for the duration of the print dialog.
    pub fn print(blank: bool) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let root = window.document().and_then(|d| d.document_element());
        if let Some(root) = &root {
            let _ = root.class_list().toggle_with_force("print-blank", blank);
        }
        let _ = window.print();
        if let Some(root) = &root {
            let _ = root.class_list().remove_1("print-blank");
        }
    }

    /// Sets the running header/footer rule for the next print. Applying it is a CSSOM edit of
    /// our own stylesheet (allowed by a `style-src 'self'` policy, unlike an inline style) that
    /// restyles the whole document: about 200 ms on a 500-server site plan, so it is done when
    /// the browser is about to print (`beforeprint`, which print-to-PDF fires too), not on
    /// every keystroke — or at once while a print is being prepared.
    pub fn set_page_rule(rule: &str) {
        let printing = PAGE_RULE.with(|state| {
            let mut state = state.borrow_mut();
            state.pending = rule.to_string();
            state.printing
        });
        watch_printing();
        if printing {
            apply_page_rule();
        }
    }

    /// Runs `hook` each time the browser is about to print, after the page rule is applied
    /// (the app sets the time of printing; what it renders in response is laid out before the
    /// print when the browser started the print, as with Ctrl+P).
    pub fn on_before_print(hook: Box<dyn Fn()>) {
        PAGE_RULE.with(|state| state.borrow_mut().hook = Some(std::rc::Rc::from(hook)));
        watch_printing();
    }

    /// There is a screen whose first paint can be hurried (off the browser, renders are whole).
    pub fn paints() -> bool {
        true
    }

    /// Runs `f` once the next frame is painted (a timer queued from an animation-frame callback
    /// runs after that frame's paint); at once if there is no window.
    pub fn after_next_paint(f: Box<dyn FnOnce()>) {
        if web_sys::window().is_none() {
            return f();
        }
        // The handle cancels the frame when dropped: it lives until the frame has run.
        let handle = std::rc::Rc::new(std::cell::Cell::new(None));
        let keep = handle.clone();
        handle.set(Some(gloo_render::request_animation_frame(move |_| {
            gloo_timers::callback::Timeout::new(0, f).forget();
            drop(keep.take());
        })));
    }

    /// Listens to `beforeprint`, once (the listener lives as long as the page).
    fn watch_printing() {
        let listening =
            PAGE_RULE.with(|state| std::mem::replace(&mut state.borrow_mut().listening, true));
        let Some(window) = web_sys::window().filter(|_| !listening) else {
            return;
        };
        gloo_events::EventListener::new(&window, "beforeprint", |_| {
            let hook = PAGE_RULE.with(|state| {
                let mut state = state.borrow_mut();
                state.printing = true;
                state.hook.clone()
            });
            apply_page_rule();
            if let Some(hook) = hook {
                hook();
            }
            // What the app renders in response runs in microtasks of this task, before the
            // print layout; after it, keystrokes go back to leaving the rule for the next print.
            gloo_timers::callback::Timeout::new(0, || {
                PAGE_RULE.with(|state| state.borrow_mut().printing = false);
            })
            .forget();
        })
        .forget();
    }

    /// The rule to print with, the one in the stylesheet, whether `beforeprint` is watched,
    /// whether a print is being prepared, and what to run before a print.
    #[derive(Default)]
    struct PageRule {
        pending: String,
        applied: String,
        listening: bool,
        printing: bool,
        hook: Option<std::rc::Rc<dyn Fn()>>,
    }

    thread_local! {
        static PAGE_RULE: std::cell::RefCell<PageRule> = std::cell::RefCell::default();
    }

    fn apply_page_rule() {
        let rule = PAGE_RULE.with(|state| {
            let mut state = state.borrow_mut();
            if state.pending == state.applied {
                return None;
            }
            state.applied = state.pending.clone();
            Some(state.applied.clone())
        });
        let Some(rule) = rule else { return };
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let sheets = doc.style_sheets();
        let Some(sheet) = sheets
            .get(0)
            .and_then(|s| s.dyn_into::<web_sys::CssStyleSheet>().ok())
        else {
            return;
        };
        let Ok(rules) = sheet.css_rules() else { return };
        // Drop the rule we added last time (it is always the last one).
        let n = rules.length();
        if n > 0
            && let Some(last) = rules.item(n - 1)
            && last.css_text().contains("@top-left")
        {
            let _ = sheet.delete_rule(n - 1);
        }
        let _ =
            sheet.insert_rule_with_index(&rule, sheet.css_rules().map(|r| r.length()).unwrap_or(0));
    }

    /// The page's URL without its fragment (where a plan link points).
    pub fn base_url() -> String {
        let Some(loc) = web_sys::window().map(|w| w.location()) else {
            return String::new();
        };
        format!(
            "{}{}{}",
            loc.origin().unwrap_or_default(),
            loc.pathname().unwrap_or_default(),
            loc.search().unwrap_or_default()
        )
    }

    /// Drops the fragment from the address bar without a reload or a history entry.
    pub fn clear_fragment() {
        let Some(window) = web_sys::window() else {
            return;
        };
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&base_url()));
        }
    }

    /// Offers `text` as a file download named `name` (a local blob: nothing is sent anywhere).
    pub fn download(name: &str, mime: &str, text: &str) -> bool {
        let run = || -> Option<()> {
            let doc = web_sys::window()?.document()?;
            let blob = gloo_file::Blob::new_with_options(text, Some(mime));
            // Revoked when dropped, after the click has started the download.
            let url = gloo_file::ObjectUrl::from(blob);
            let a: web_sys::HtmlAnchorElement = doc.create_element("a").ok()?.dyn_into().ok()?;
            a.set_href(&url);
            a.set_download(name);
            a.click();
            Some(())
        };
        run().is_some()
    }

    /// Reads the first chosen file of a file input: `Err(size)` when it is over `limit` bytes
    /// (not read at all), `Ok(None)` when nothing was chosen.
    pub async fn read_file(
        input: web_sys::HtmlInputElement,
        limit: usize,
    ) -> Result<Option<Vec<u8>>, usize> {
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return Ok(None);
        };
        let file = gloo_file::File::from(file);
        let size = file.size() as usize;
        if size > limit {
            return Err(size);
        }
        gloo_file::futures::read_as_bytes(&file)
            .await
            .map(Some)
            .map_err(|_| 0usize)
    }

    /// The rendered checklist as one self-contained HTML document: our stylesheet text inlined,
    /// the controls removed, no script.
    pub fn standalone_html(title: &str, lang: &str) -> Option<String> {
        // The export prints like the page: it carries the running header rule, which is
        // otherwise only put in place when the browser prints.
        apply_page_rule();
        let doc = web_sys::window()?.document()?;
        let checklist = doc.query_selector(".checklist").ok()??;
        let copy = checklist
            .clone_node_with_deep(true)
            .ok()?
            .dyn_into::<web_sys::Element>()
            .ok()?;
        if let Ok(controls) = copy.query_selector_all("button, input, progress, [role=status]") {
            for i in 0..controls.length() {
                if let Some(node) = controls.item(i)
                    && let Some(parent) = node.parent_node()
                {
                    let _ = parent.remove_child(&node);
                }
            }
        }
        let mut css = String::new();
        let sheets = doc.style_sheets();
        for i in 0..sheets.length() {
            if let Some(sheet) = sheets
                .get(i)
                .and_then(|s| s.dyn_into::<web_sys::CssStyleSheet>().ok())
                && let Ok(rules) = sheet.css_rules()
            {
                for j in 0..rules.length() {
                    if let Some(rule) = rules.item(j) {
                        css.push_str(&rule.css_text());
                        css.push('\n');
                    }
                }
            }
        }
        Some(format!(
            "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>\n{}</style>\n</head>\n<body class=\"standalone\">\n<main class=\"layout\">{}</main>\n</body>\n</html>\n",
            escape_html(title),
            css.replace("</", "<\\/"),
            copy.outer_html()
        ))
    }

    fn escape_html(text: &str) -> String {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    }

    /// The pack of the language `tag` (its steps): inlined in the single-file build
    /// (`<meta name="lync-pack-text-fr">`), else fetched from the hashed file the page names
    /// (`<meta name="lync-pack-fr">`). `None` when it cannot be had (offline, blocked, server
    /// error).
    pub async fn pack(tag: &str) -> Option<String> {
        let window = web_sys::window()?;
        let doc = window.document()?;
        let meta = |name: &str| {
            doc.query_selector(&format!("meta[name={name}]"))
                .ok()??
                .get_attribute("content")
        };
        if let Some(text) = meta(&format!("lync-pack-text-{tag}")) {
            return Some(text);
        }
        let response = gloo_net::http::Request::get(&meta(&format!("lync-pack-{tag}"))?)
            .send()
            .await
            .ok()?;
        if !response.ok() {
            return None;
        }
        response.text().await.ok()
    }

    /// Copies `text`: the async Clipboard API where the page is a secure context, else the
    /// old `execCommand("copy")` on a hidden text area (plain `http://` intranet hosting).
    /// Not gloo: it has no clipboard, let alone the fallback.
    pub async fn copy(text: String) -> bool {
        let Some(window) = web_sys::window() else {
            return false;
        };
        let navigator = window.navigator();
        let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
            .map(|v| !v.is_undefined() && !v.is_null())
            .unwrap_or(false);
        if has_clipboard {
            let promise = navigator.clipboard().write_text(&text);
            if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
                return true;
            }
        }
        copy_with_exec_command(&window, &text).unwrap_or(false)
    }

    fn copy_with_exec_command(window: &web_sys::Window, text: &str) -> Option<bool> {
        let doc = window.document()?;
        let area: HtmlTextAreaElement = doc.create_element("textarea").ok()?.dyn_into().ok()?;
        area.set_value(text);
        area.set_class_name("copy-buffer");
        area.set_read_only(true);
        let body = doc.body()?;
        body.append_child(&area).ok()?;
        area.select();
        let done = doc
            .dyn_ref::<HtmlDocument>()?
            .exec_command("copy")
            .unwrap_or(false);
        let _ = body.remove_child(&area);
        Some(done)
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    pub fn now_text() -> String {
        String::new()
    }
    pub fn fragment() -> Option<String> {
        None
    }
    pub fn start_lang() -> Option<String> {
        None
    }
    pub fn set_document_lang(_tag: &str) {}
    pub fn load(_key: &str) -> Result<Option<String>, String> {
        Ok(None)
    }
    pub fn save(_key: &str, _value: &str) -> Result<(), String> {
        Ok(())
    }
    pub fn load_durable() -> Option<String> {
        None
    }
    pub async fn save_durable(_text: &str) -> bool {
        true
    }
    pub fn on_stored_elsewhere(_key: &'static str, _changed: Box<dyn Fn(String)>) {}
    pub fn page_id() -> String {
        String::new()
    }
    pub fn confirm(_message: &str) -> bool {
        false
    }
    pub fn print(_blank: bool) {}
    pub fn set_page_rule(_rule: &str) {}
    pub fn on_before_print(_hook: Box<dyn Fn()>) {}
    pub fn paints() -> bool {
        false
    }
    pub fn after_next_paint(f: Box<dyn FnOnce()>) {
        f()
    }
    pub async fn copy(_text: String) -> bool {
        false
    }
    pub fn base_url() -> String {
        String::new()
    }
    pub fn clear_fragment() {}
    pub fn download(_name: &str, _mime: &str, _text: &str) -> bool {
        false
    }
    pub fn standalone_html(_title: &str, _lang: &str) -> Option<String> {
        None
    }
    pub async fn pack(_tag: &str) -> Option<String> {
        None
    }
    pub async fn read_file(
        _input: web_sys::HtmlInputElement,
        _limit: usize,
    ) -> Result<Option<Vec<u8>>, usize> {
        Ok(None)
    }
}

pub use imp::*;
