//! Topology import: a `Get-CsTopology -AsXml` file or a Topology Builder `.tbxml` document
//! (untrusted bytes) → the sites, pools, servers, SQL stores and file stores it describes, and
//! from there plans for the pools the user marks as failed. Hostile input ends in an
//! [`ImportError`], never a panic: size cap, encoding checks, DTDs refused, a node limit, and
//! iterative walks only. Roles outside the restore procedures are listed, never dropped.
//!
//! The browser runs the reader in a Web Worker loaded on first import (it keeps the XML parser
//! out of the first load, and the page responsive on a large file): [`worker_reply`] is what the
//! worker answers (a [`TopologyView`]: plans and lines to show), [`read_worker_reply`] what the
//! page makes of it.

mod classify;
mod raw;
mod text;
mod to_plan;
mod view;

pub use classify::{ImportedPool, NotPlanned, Product, SqlRef, StoreInfo, Topology};
pub use raw::{BUILDER_NS, MAX_NODES, Shape, TOPOLOGY_NS};
pub use text::MAX_TOPOLOGY_BYTES;
pub use view::{PoolView, TopologyView};

use serde::{Deserialize, Serialize};

use crate::plan::formats::json_text::JsonText;
use crate::plan::texts::message::Message;
use crate::plan::texts::table::{Texts, key};

/// Why a topology file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The file is empty.
    Empty,
    /// Over the size cap (bytes).
    TooLarge {
        /// Size of the file.
        size: usize,
        /// The cap.
        limit: usize,
    },
    /// A ZIP file (most likely `Export-CsConfiguration` output).
    Zip,
    /// Not text in an encoding a topology uses.
    NotText,
    /// Not well-formed XML (often a truncated file).
    Xml {
        /// The parser's message.
        message: String,
        /// Line, from 1.
        line: u32,
        /// Column, from 1.
        column: u32,
    },
    /// The document has a DTD (refused: entity expansion attacks).
    Dtd,
    /// Far more XML nodes than any topology.
    TooManyNodes,
    /// XML, but not a Lync topology.
    NotATopology {
        /// The root element found.
        root: String,
    },
    /// A topology root element in an unknown namespace.
    UnknownNamespace(String),
}

impl ImportError {
    /// What happened and what to do, for the user.
    pub fn message(&self) -> Message {
        match self {
            ImportError::Empty => Message::new(key::IMPORT_EMPTY),
            ImportError::TooLarge { size, limit } => Message::new(key::IMPORT_TOO_LARGE)
                .size("size", *size)
                .size("limit", *limit),
            ImportError::Zip => Message::new(key::IMPORT_ZIP),
            ImportError::NotText => Message::new(key::IMPORT_NOT_TEXT),
            ImportError::Xml {
                message,
                line,
                column,
            } => Message::new(key::IMPORT_XML)
                .with("line", line)
                .with("column", column)
                .with("message", message),
            ImportError::Dtd => Message::new(key::IMPORT_DTD),
            ImportError::TooManyNodes => {
                Message::new(key::IMPORT_TOO_MANY_NODES).with("max", MAX_NODES)
            }
            ImportError::NotATopology { root } => {
                Message::new(key::IMPORT_NOT_A_TOPOLOGY).with("root", root)
            }
            ImportError::UnknownNamespace(ns) => {
                Message::new(key::IMPORT_UNKNOWN_NAMESPACE).with("namespace", format!("{ns:?}"))
            }
        }
    }
}

/// Reads a topology file.
pub fn import_topology(bytes: &[u8]) -> Result<Topology, ImportError> {
    let text = text::decode_text(bytes)?;
    let (shape, raw) = raw::read(&text)?;
    Ok(classify::classify(shape, &raw))
}

/// What the import worker answers: `{"ok": view}` or `{"error": message}`.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum WorkerReply {
    Ok(TopologyView),
    Error(String),
}

/// The import worker's answer to `bytes`: the JSON of what the page shows of the topology
/// ([`TopologyView`]), or of why it could not be read, said by `texts` (the page's language's
/// labels and messages are built into the worker too).
pub fn worker_reply(json: &impl JsonText, bytes: &[u8], texts: Texts) -> String {
    let reply = match import_topology(bytes) {
        Ok(t) => WorkerReply::Ok(TopologyView::from(&t)),
        Err(e) => WorkerReply::Error(texts.render(&e.message())),
    };
    json.write(&reply)
}

/// Reads the import worker's answer; an unreadable answer is said by `texts`.
pub fn read_worker_reply<J: JsonText>(
    json: &J,
    reply: &str,
    texts: Texts,
) -> Result<TopologyView, String> {
    let reply = json
        .parse(reply)
        .ok()
        .map(|doc| json.typed::<WorkerReply>(doc));
    match reply {
        Some(Ok(WorkerReply::Ok(view))) => Ok(view),
        Some(Ok(WorkerReply::Error(message))) => Err(message),
        _ => Err(texts.get(key::IMPORT_UNREADABLE_REPLY).into()),
    }
}
