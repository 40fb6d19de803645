//! What the import worker answers for the readiness jobs, so the script writers and the report
//! reader stay out of the first load: a script for the plan file the page sends, or a report
//! read against it (`{"ok": readiness}` or `{"error": message}`).

use serde::{Deserialize, Serialize};

use crate::plan::description::readiness::Readiness;
use crate::plan::formats::codec::decode_file;
use crate::plan::formats::fingerprint::fingerprint;
use crate::plan::formats::json_text::JsonText;
use crate::plan::readiness::report::read_report;
use crate::plan::readiness::scripts::{backup_script, readiness_script, session_plans};
use crate::plan::texts::lang::Lang;
use crate::plan::texts::table::{Texts, key};

/// The byte order mark a script file starts with: Windows PowerShell 5.1 reads a file without
/// one in the system's ANSI code page, which garbles every accented letter.
pub const BOM: &str = "\u{feff}";

/// The worker's answer to a report.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum ReportReply {
    Ok(Box<Readiness>),
    Error(String),
}

/// The answer to job `kind` (`backup`, `readiness` or `report`) for the plan file `plan_file`:
/// a script file's text (empty when the plan file does not read), or a report reply.
pub fn answer(
    json: &impl JsonText,
    kind: &str,
    bytes: &[u8],
    plan_file: &str,
    texts: Texts,
) -> String {
    let Ok(session) = decode_file(json, plan_file.as_bytes()) else {
        return String::new();
    };
    let plans = session_plans(&session);
    let print_id = fingerprint(json, &session.plan);
    let lang: Lang = texts.lang();
    match kind {
        "backup" => format!("{BOM}{}", backup_script(&plans, lang, &print_id)),
        "readiness" => format!("{BOM}{}", readiness_script(&plans, lang, &print_id)),
        _ => json.write(&match read_report(json, bytes, &print_id, &plans) {
            Ok(r) => ReportReply::Ok(Box::new(r)),
            Err(e) => ReportReply::Error(texts.render(&e.message())),
        }),
    }
}

/// Reads the worker's answer to a report; an unreadable answer is said by `texts`.
pub fn read_answer<J: JsonText>(json: &J, reply: &str, texts: Texts) -> Result<Readiness, String> {
    match json
        .parse(reply)
        .ok()
        .map(|doc| json.typed::<ReportReply>(doc))
    {
        Some(Ok(ReportReply::Ok(r))) => Ok(*r),
        Some(Ok(ReportReply::Error(message))) => Err(message),
        _ => Err(texts.get(key::IMPORT_UNREADABLE_REPLY).into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::description::example::example_plan;
    use crate::plan::formats::codec::encode_file;
    use crate::plan::formats::json_text::SerdeJson;
    use crate::plan::planning::progress::Session;

    #[test]
    fn scripts_and_reports_through_the_worker() {
        let session = Session {
            plan: example_plan(),
            ..Session::default()
        };
        let file = encode_file(&SerdeJson, &session, false);
        let texts = Texts::built_in(Lang::Fr);
        let backup = answer(&SerdeJson, "backup", &[], &file, texts);
        assert!(backup.starts_with(BOM) && backup.contains("Export-CsUserData"));
        assert!(backup.contains("Sauvegarde de pool01.example.com"));
        let check = answer(&SerdeJson, "readiness", &[], &file, texts);
        assert!(check.contains("Test-BackupFile"));
        let reply = answer(&SerdeJson, "report", b"{}", &file, texts);
        let error = read_answer(&SerdeJson, &reply, texts).expect_err("not a report");
        assert!(error.contains("rapport"), "{error}");
        assert!(answer(&SerdeJson, "backup", &[], "not a plan", texts).is_empty());
        assert!(read_answer(&SerdeJson, "garbage", texts).is_err());
    }
}
