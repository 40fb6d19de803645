//! Every call into the browser the UI makes, in one place, each one failing soft: storage that
//! is disabled or full, a clipboard that is missing on plain `http://`, a refused dialog. Off the
//! browser (native tests, SSR) each is a harmless no-op, so components render anywhere.

/// Where the current session is kept between visits (issue 5 brings versioned multi-plan storage).
pub const SESSION_KEY: &str = "lync-restore/v1/current";

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
        web_sys::window()
            .and_then(|w| w.confirm_with_message(message).ok())
            .unwrap_or(false)
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

    /// Replaces the running header/footer rule (a CSSOM edit of our own stylesheet: allowed by
    /// a `style-src 'self'` policy, unlike an inline style).
    pub fn set_page_rule(rule: &str) {
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
            sheet.insert_rule_with_index(rule, sheet.css_rules().map(|r| r.length()).unwrap_or(0));
    }

    /// Copies `text`: the async Clipboard API where the page is a secure context, else the
    /// old `execCommand("copy")` on a hidden text area (plain `http://` intranet hosting).
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
    pub fn load(_key: &str) -> Result<Option<String>, String> {
        Ok(None)
    }
    pub fn save(_key: &str, _value: &str) -> Result<(), String> {
        Ok(())
    }
    pub fn confirm(_message: &str) -> bool {
        false
    }
    pub fn print(_blank: bool) {}
    pub fn set_page_rule(_rule: &str) {}
    pub async fn copy(_text: String) -> bool {
        false
    }
}

pub use imp::*;
