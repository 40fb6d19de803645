//! Planning time of the pure engine, natively: a small harness (warm-up, then many timed samples,
//! median and spread) over the scenarios of the benchmark: one 3-server pool, the 12-server
//! example with every option, a synthetic site of 50 pools / 500 servers, and that site again
//! after one server of one pool was renamed, the other pools' parts reused (what a keystroke
//! costs the page's engine).
//! Run: `cargo bench --bench planning` (prints a table and writes target/bench/planning.json).

use lync_restore::plan::Texts;
use std::hint::black_box;
use std::time::{Duration, Instant};

use lync_restore::plan::description::example::example_plan;
use lync_restore::plan::{
    BackEnd, BuiltPools, Lang, Plan, PoolKind, Session, build_session_checklist,
    build_session_checklist_reusing,
};

fn three_servers() -> Session {
    Session {
        plan: Plan {
            kind: PoolKind::FrontEnd,
            pool_fqdn: "pool01.contoso.com".into(),
            servers: (1..=3).map(|i| format!("fe{i}.contoso.com")).collect(),
            back_end: BackEnd {
                sql_fqdn: "sql01.contoso.com".into(),
                sql_instance: "rtc".into(),
                ..BackEnd::default()
            },
            ..Plan::default()
        },
        ..Session::default()
    }
}

fn twelve_with_everything() -> Session {
    let mut plan = example_plan();
    plan.backup_pool = "pool02.example.com".into();
    plan.mediation_collocated = true;
    Session {
        plan,
        ..Session::default()
    }
}

/// 50 pools of 10 servers each (Front End pools and, every fifth, an Edge pool).
pub fn site_of_500() -> Session {
    let pools: Vec<Plan> = (0..50)
        .map(|p| {
            let mut plan = example_plan();
            plan.pool_fqdn = format!("pool{p:02}.example.com");
            plan.kind = if p % 5 == 4 {
                PoolKind::Edge
            } else {
                PoolKind::FrontEnd
            };
            plan.hosts_cms = p == 0;
            plan.servers = (0..10)
                .map(|s| format!("s{p:02}-{s:02}.example.com"))
                .collect();
            plan
        })
        .collect();
    let mut pools = pools.into_iter();
    let plan = pools.next().unwrap_or_default();
    Session {
        plan,
        site: pools.collect(),
        ..Session::default()
    }
}

struct Stats {
    median: Duration,
    min: Duration,
    max: Duration,
    samples: usize,
    steps: usize,
}

/// Times `plan`, which builds a checklist and returns its step count.
fn measure(mut plan: impl FnMut() -> usize) -> Stats {
    let steps = plan();
    // Warm-up, and pick a sample count that keeps each scenario near a second.
    let start = Instant::now();
    let mut n = 0;
    while start.elapsed() < Duration::from_millis(200) {
        black_box(plan());
        n += 1;
    }
    let samples = (n * 5).clamp(20, 2000);
    let mut times: Vec<Duration> = (0..samples)
        .map(|_| {
            let t = Instant::now();
            black_box(plan());
            t.elapsed()
        })
        .collect();
    times.sort();
    Stats {
        median: times[times.len() / 2],
        min: times[0],
        max: times[times.len() - 1],
        samples,
        steps,
    }
}

/// A fresh build of `session`.
fn fresh(session: &Session) -> Stats {
    measure(|| build_session_checklist(black_box(session), Texts::built_in(Lang::En)).step_count())
}

/// A rebuild of `session` after one server of its edited pool is renamed, back and forth, every
/// other pool reused from the last build.
fn one_server_renamed(session: &Session) -> Stats {
    let mut built = BuiltPools::default();
    let mut session = session.clone();
    build_session_checklist_reusing(&session, Texts::built_in(Lang::En), &mut built);
    let mut renamed = false;
    measure(move || {
        renamed = !renamed;
        session.plan.servers[0] = if renamed {
            "x.example.com"
        } else {
            "y.example.com"
        }
        .into();
        build_session_checklist_reusing(black_box(&session), Texts::built_in(Lang::En), &mut built)
            .step_count()
    })
}

fn main() {
    let site = site_of_500();
    let scenarios = [
        ("3-server pool", fresh(&three_servers())),
        (
            "12-server pool, every option",
            fresh(&twelve_with_everything()),
        ),
        ("site of 50 pools / 500 servers", fresh(&site)),
        (
            "the same site, one server renamed, other pools reused",
            one_server_renamed(&site),
        ),
    ];
    println!("| planning (native, release) | steps | median | min | max | samples |");
    println!("| --- | ---: | ---: | ---: | ---: | ---: |");
    let mut json = Vec::new();
    for (name, s) in &scenarios {
        let [median, min, max] = [s.median, s.min, s.max].map(|d| d.as_secs_f64() * 1e3);
        println!(
            "| {name} | {} | {median:.3} ms | {min:.3} ms | {max:.3} ms | {} |",
            s.steps, s.samples
        );
        json.push(format!(
            "{{\"scenario\":\"{name}\",\"steps\":{},\"median_ms\":{median:.4},\"min_ms\":{min:.4},\"max_ms\":{max:.4},\"samples\":{}}}",
            s.steps, s.samples
        ));
    }
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench");
    let _ = std::fs::create_dir_all(&out);
    let _ = std::fs::write(out.join("planning.json"), format!("[{}]\n", json.join(",")));
}
