//! Planning time of the pure engine, natively: a small harness (warm-up, then many timed samples,
//! median and spread) over the three scenarios of the benchmark: one 3-server pool, the 12-server
//! example with every option, and a synthetic site of 50 pools / 500 servers.
//! Run: `cargo bench --bench planning` (prints a table and writes target/bench/planning.json).

use lync_restore::plan::Texts;
use std::hint::black_box;
use std::time::{Duration, Instant};

use lync_restore::plan::description::example::example_plan;
use lync_restore::plan::{BackEnd, Lang, Plan, PoolKind, Session, build_session_checklist};

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

fn measure(session: &Session) -> Stats {
    let steps = build_session_checklist(session, Texts::built_in(Lang::En)).step_count();
    // Warm-up, and pick a sample count that keeps each scenario near a second.
    let start = Instant::now();
    let mut n = 0;
    while start.elapsed() < Duration::from_millis(200) {
        black_box(build_session_checklist(
            black_box(session),
            Texts::built_in(Lang::En),
        ));
        n += 1;
    }
    let samples = (n * 5).clamp(20, 2000);
    let mut times: Vec<Duration> = (0..samples)
        .map(|_| {
            let t = Instant::now();
            black_box(build_session_checklist(
                black_box(session),
                Texts::built_in(Lang::En),
            ));
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

fn main() {
    let scenarios = [
        ("3-server pool", three_servers()),
        ("12-server pool, every option", twelve_with_everything()),
        ("site of 50 pools / 500 servers", site_of_500()),
    ];
    println!("| planning (native, release) | steps | median | min | max | samples |");
    println!("| --- | ---: | ---: | ---: | ---: | ---: |");
    let mut json = Vec::new();
    for (name, session) in &scenarios {
        let s = measure(session);
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
