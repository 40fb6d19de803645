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
mod view;

pub use classify::{ImportedPool, NotPlanned, Product, SqlRef, StoreInfo, Topology};
pub use raw::{BUILDER_NS, MAX_NODES, Shape, TOPOLOGY_NS};
pub use text::MAX_TOPOLOGY_BYTES;
pub use view::{PoolView, TopologyView};

use serde::{Deserialize, Serialize};

use crate::plan::formats::json_text::JsonText;
use crate::plan::texts::lang::Lang;

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
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (ImportError::Empty, Lang::En) => "The file is empty.".into(),
            (ImportError::Empty, Lang::Fr) => "Le fichier est vide.".into(),
            (ImportError::TooLarge { size, limit }, Lang::En) => format!(
                "The file is {}; a topology file is at most {}. Is it the right file?",
                lang.size(*size),
                lang.size(*limit)
            ),
            (ImportError::TooLarge { size, limit }, Lang::Fr) => format!(
                "Le fichier fait {} ; un fichier de topologie fait au plus {}. Est-ce le bon fichier ?",
                lang.size(*size),
                lang.size(*limit)
            ),
            (ImportError::Zip, Lang::En) => {
                "This is a ZIP file, most likely an Export-CsConfiguration backup: unzip it and open the XML file inside, or export the topology with Get-CsTopology -AsXml.".into()
            }
            (ImportError::Zip, Lang::Fr) => {
                "C'est un fichier ZIP, sans doute une sauvegarde Export-CsConfiguration : décompressez-le et ouvrez le fichier XML qu'il contient, ou exportez la topologie avec Get-CsTopology -AsXml.".into()
            }
            (ImportError::NotText, Lang::En) => "This is not a text file in UTF-8 or UTF-16: it is not a topology file.".into(),
            (ImportError::NotText, Lang::Fr) => "Ce n'est pas un fichier texte UTF-8 ou UTF-16 : ce n'est pas un fichier de topologie.".into(),
            (ImportError::Xml { message, line, column }, Lang::En) => {
                format!("The XML is not well formed at line {line}, column {column} ({message}); the file may be truncated.")
            }
            (ImportError::Xml { message, line, column }, Lang::Fr) => {
                format!("Le XML est mal formé à la ligne {line}, colonne {column} ({message}) ; le fichier est peut-être tronqué.")
            }
            (ImportError::Dtd, Lang::En) => "The file contains a DTD, which topology files never have; it is refused for safety.".into(),
            (ImportError::Dtd, Lang::Fr) => "Le fichier contient une DTD, ce qu'aucun fichier de topologie ne contient ; il est refusé par sécurité.".into(),
            (ImportError::TooManyNodes, Lang::En) => format!("The file has more than {MAX_NODES} XML nodes: it is not a topology file."),
            (ImportError::TooManyNodes, Lang::Fr) => format!("Le fichier compte plus de {MAX_NODES} nœuds XML : ce n'est pas un fichier de topologie."),
            (ImportError::NotATopology { root }, Lang::En) => format!(
                "This is not a Lync topology (its root element is <{root}>). Export one with Get-CsTopology -AsXml, or save it from Topology Builder."
            ),
            (ImportError::NotATopology { root }, Lang::Fr) => format!(
                "Ce n'est pas une topologie Lync (son élément racine est <{root}>). Exportez-la avec Get-CsTopology -AsXml, ou enregistrez-la depuis le Générateur de topologie."
            ),
            (ImportError::UnknownNamespace(ns), Lang::En) => format!("The topology uses an unknown namespace ({ns:?}): it was not written by Lync Server 2013, Skype for Business Server 2015 or 2019."),
            (ImportError::UnknownNamespace(ns), Lang::Fr) => format!("La topologie utilise un espace de noms inconnu ({ns:?}) : elle n'a pas été écrite par Lync Server 2013, Skype for Business Server 2015 ou 2019."),
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
/// ([`TopologyView`]), or of the error message in `lang`.
pub fn worker_reply(json: &impl JsonText, bytes: &[u8], lang: Lang) -> String {
    let reply = match import_topology(bytes) {
        Ok(t) => WorkerReply::Ok(TopologyView::from(&t)),
        Err(e) => WorkerReply::Error(e.message(lang)),
    };
    json.write(&reply)
}

/// Reads the import worker's answer (an unreadable answer becomes an error message).
pub fn read_worker_reply<J: JsonText>(
    json: &J,
    reply: &str,
    lang: Lang,
) -> Result<TopologyView, String> {
    let reply = json
        .parse(reply)
        .ok()
        .map(|doc| json.typed::<WorkerReply>(doc));
    match reply {
        Some(Ok(WorkerReply::Ok(view))) => Ok(view),
        Some(Ok(WorkerReply::Error(message))) => Err(message),
        _ => Err(match lang {
            Lang::En => "The topology reader gave an answer this page cannot read; reload the page and try again.".into(),
            Lang::Fr => "Le lecteur de topologie a donné une réponse illisible pour cette page ; rechargez la page et réessayez.".into(),
        }),
    }
}
