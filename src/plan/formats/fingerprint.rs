//! A short, stable fingerprint of a plan, printed on every binder page so a page from an older
//! binder is easy to spot. FNV-1a (64-bit) over the plan's compact JSON (fields in declaration
//! order, defaults left out), shown as 8 hex digits: not a security hash, only a change
//! detector. `tests/codec.rs` pins the values of the format fixtures, so a change of field
//! order or of the JSON writer cannot move a printed fingerprint unnoticed.

use crate::plan::description::model::Plan;
use crate::plan::formats::json_text::JsonText;

/// The plan's fingerprint, e.g. `3f9a61c2`. The same plan always gives the same value.
pub fn fingerprint(json: &impl JsonText, plan: &Plan) -> String {
    let json = json.write(plan);
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in json.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    // Fold to 32 bits so the printed value stays short.
    format!("{:08x}", (hash >> 32) ^ (hash & 0xffff_ffff))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::description::example::example_plan;
    use crate::plan::formats::json_text::SerdeJson;

    #[test]
    fn same_plan_same_print_any_edit_changes_it() {
        let a = example_plan();
        assert_eq!(
            fingerprint(&SerdeJson, &a),
            fingerprint(&SerdeJson, &a.clone())
        );
        assert_eq!(fingerprint(&SerdeJson, &a).len(), 8);
        let mut b = a.clone();
        b.servers[0].push('x');
        assert_ne!(fingerprint(&SerdeJson, &a), fingerprint(&SerdeJson, &b));
    }
}
