//! Both ends of the topology import worker. The XML reader (roxmltree and the importer, about a
//! tenth of the app) lives in its own wasm, `import-worker`, fetched the first time a topology
//! file is opened, so it is not part of the first load; running it in a Web Worker also keeps the
//! page responsive while a large topology is read.
//!
//! Protocol: the worker says [`READY`] once it listens; the page then sends
//! `[language tag, ArrayBuffer of the file]` (the buffer is transferred, not copied) and gets one
//! string back, [`crate::plan::import::worker_reply`]. The page finds the worker script in
//! `<meta name="lync-import-worker" content="…">`, which the build writes (a hashed file, or a
//! `blob:` URL in the single-file build). The worker is ended after each file. Not gloo-worker:
//! its bridge registers workers by type and sends messages through its own codec, while this one
//! is a plain script URL (hashed file or `blob:`) with a transferred buffer and a text reply.

/// What the worker posts once it listens.
pub const READY: &str = "lync-import-worker:ready";

/// Why a file could not be handed to the worker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkerFailure {
    /// The file is larger than the limit (its size).
    TooLarge(usize),
    /// The browser could not read the file.
    NotRead,
    /// The worker could not start or stopped without answering.
    NoWorker,
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;

    use super::{READY, WorkerFailure};
    use crate::plan::Lang;

    /// Page side: reads the file chosen in `input` in a new worker; its reply, or `Ok(None)`
    /// when no file is chosen.
    pub async fn import_file(
        input: &web_sys::HtmlInputElement,
        limit: usize,
        lang: Lang,
    ) -> Result<Option<String>, WorkerFailure> {
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return Ok(None);
        };
        let size = file.size() as usize;
        if size > limit {
            return Err(WorkerFailure::TooLarge(size));
        }
        let buffer = JsFuture::from(file.array_buffer())
            .await
            .map_err(|_| WorkerFailure::NotRead)?;
        let url = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("meta[name=lync-import-worker]").ok()?)
            .and_then(|m| m.get_attribute("content"))
            .ok_or(WorkerFailure::NoWorker)?;
        let worker = web_sys::Worker::new(&url).map_err(|_| WorkerFailure::NoWorker)?;
        let reply = exchange(&worker, lang, buffer).await;
        worker.terminate();
        reply
    }

    async fn exchange(
        worker: &web_sys::Worker,
        lang: Lang,
        buffer: JsValue,
    ) -> Result<Option<String>, WorkerFailure> {
        let mut settle = None;
        let done = js_sys::Promise::new(&mut |resolve, reject| settle = Some((resolve, reject)));
        let (resolve, reject) = settle.ok_or(WorkerFailure::NoWorker)?;
        let sender = worker.clone();
        let refuse = reject.clone();
        let mut job = Some((
            js_sys::Array::of2(&JsValue::from_str(lang.tag()), &buffer),
            js_sys::Array::of1(&buffer),
        ));
        let on_message =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                let data = e.data();
                if data.as_string().as_deref() != Some(READY) {
                    let _ = resolve.call1(&JsValue::NULL, &data);
                } else if let Some((job, transfer)) = job.take()
                    && sender.post_message_with_transfer(&job, &transfer).is_err()
                {
                    let _ = refuse.call0(&JsValue::NULL);
                }
            });
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
            // Reported to the user next to the file field instead of the console.
            e.prevent_default();
            let _ = reject.call0(&JsValue::NULL);
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        let reply = JsFuture::from(done).await;
        worker.set_onmessage(None);
        worker.set_onerror(None);
        reply
            .ok()
            .and_then(|v| v.as_string())
            .map(Some)
            .ok_or(WorkerFailure::NoWorker)
    }

    /// Worker side: answers every file the page sends, then says it is ready.
    pub fn serve() {
        let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let answer_to = scope.clone();
        let on_message =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                let job = js_sys::Array::from(&e.data());
                let lang = Lang::from_tag(&job.get(0).as_string().unwrap_or_default());
                let bytes = js_sys::Uint8Array::new(&job.get(1)).to_vec();
                let reply = crate::plan::import::worker_reply(
                    &crate::ui::browser_json::PageJson,
                    &bytes,
                    crate::plan::Texts::messages(lang),
                );
                let _ = answer_to.post_message(&JsValue::from_str(&reply));
            });
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // The handler lives as long as the worker.
        on_message.forget();
        let _ = scope.post_message(&JsValue::from_str(READY));
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::WorkerFailure;
    use crate::plan::Lang;

    pub async fn import_file(
        _input: &web_sys::HtmlInputElement,
        _limit: usize,
        _lang: Lang,
    ) -> Result<Option<String>, WorkerFailure> {
        Ok(None)
    }

    pub fn serve() {}
}

pub use imp::{import_file, serve};
