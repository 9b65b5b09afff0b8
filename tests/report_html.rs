//! report.html in a real browser: headless Chromium (Debian `chromium`, installed by
//! scripts/setup.sh) renders it without console errors, makes no network request and
//! shows the headline figures of summary.json. A screenshot is kept in the test run.
//!
//! Network requests are caught by pointing Chromium at a proxy on loopback that only
//! counts: every request the page makes goes there. Chromium's own background calls to
//! Google (time, updates, accounts) also arrive and are told apart by host.

mod common;

use common::{read, stageplan};
use std::io::Read;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Hosts Chromium calls by itself, whatever page it shows.
const BROWSER_OWN_HOSTS: [&str; 7] = [
    "clients2.google.com",
    "update.googleapis.com",
    "accounts.google.com",
    "optimizationguide-pa.googleapis.com",
    "content-autofill.googleapis.com",
    "redirector.gvt1.com",
    "safebrowsingohttpgateway.googleapis.com",
];

fn chromium() -> PathBuf {
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.exists())
        .expect("Chromium is needed for this test: run `bash scripts/setup.sh` (Debian package chromium)")
}

/// What Chromium did with a page.
struct Rendered {
    dom: String,
    console: Vec<String>,
    /// The first line of every request that reached the proxy, not to the browser's own hosts.
    requests: Vec<String>,
}

/// A proxy that records the request line of each connection and answers nothing.
fn counting_proxy() -> (u16, Arc<Mutex<Vec<String>>>, Arc<AtomicBool>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let port = listener.local_addr().unwrap().port();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let stop = Arc::new(AtomicBool::new(false));
    let (seen2, stop2) = (seen.clone(), stop.clone());
    std::thread::spawn(move || {
        while !stop2.load(Ordering::SeqCst) {
            match listener.accept() {
                Ok((mut stream, _)) => {
                    stream.set_nonblocking(false).ok();
                    stream.set_read_timeout(Some(Duration::from_secs(2))).ok();
                    let mut buf = [0u8; 512];
                    let n = stream.read(&mut buf).unwrap_or(0);
                    let head = String::from_utf8_lossy(&buf[..n]);
                    seen2
                        .lock()
                        .unwrap()
                        .push(head.lines().next().unwrap_or("").to_string());
                }
                Err(_) => std::thread::sleep(Duration::from_millis(20)),
            }
        }
    });
    (port, seen, stop)
}

fn render(page: &Path, screenshot: Option<&Path>, scratch: &Path) -> Rendered {
    let (port, seen, stop) = counting_proxy();
    let url = format!("file://{}", page.canonicalize().unwrap().display());
    let run = |extra: &[String]| {
        let profile = tempfile::tempdir_in(scratch).unwrap();
        let out = Command::new(chromium())
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--enable-logging=stderr",
                "--v=0",
                "--window-size=1100,2400",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg(format!("--proxy-server=http://127.0.0.1:{port}"))
            .arg("--proxy-bypass-list=<-loopback>")
            .args(extra)
            .arg(&url)
            .output()
            .expect("Chromium starts");
        assert!(
            out.status.success(),
            "Chromium failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out
    };
    let dumped = run(&["--dump-dom".to_string()]);
    if let Some(shot) = screenshot {
        run(&[format!("--screenshot={}", shot.display())]);
    }
    // Late requests of the page still arrive at the proxy.
    std::thread::sleep(Duration::from_millis(300));
    stop.store(true, Ordering::SeqCst);
    let console = String::from_utf8_lossy(&dumped.stderr)
        .lines()
        .filter(|l| l.contains(":CONSOLE") || l.contains("Uncaught"))
        .map(str::to_string)
        .collect();
    let requests = seen
        .lock()
        .unwrap()
        .iter()
        .filter(|line| !BROWSER_OWN_HOSTS.iter().any(|h| line.contains(h)))
        .cloned()
        .collect();
    Rendered {
        dom: String::from_utf8_lossy(&dumped.stdout).into_owned(),
        console,
        requests,
    }
}

/// Between `<section ... id=headline>` and its end.
fn headline(dom: &str) -> &str {
    let start = dom
        .find("id=\"headline\"")
        .expect("the page has a headline section");
    let end = dom[start..].find("</section>").unwrap() + start;
    &dom[start..end]
}

/// Solves `data/hos` in `lang`, verifying `suggestions`, on a fixed day, into `out` of a
/// new temporary folder: the folder and `out`.
fn solve_hos(lang: &str, suggestions: &str) -> (tempfile::TempDir, PathBuf) {
    let (dir, out) = common::scratch("out");
    stageplan()
        .args(["solve", "data/hos", "--quiet", "--lang", lang])
        .args(["--suggestions", suggestions, "--out"])
        .arg(&out)
        .env("SOURCE_DATE_EPOCH", "1795564800")
        .assert()
        .success();
    (dir, out)
}

#[test]
fn report_renders_offline_with_the_headline_figures() {
    let (dir, out) = solve_hos("nl", "0");
    let shot = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("report-screenshot.png");
    let _ = std::fs::remove_file(&shot);
    let page = render(&out.join("report.html"), Some(&shot), dir.path());

    assert!(
        page.console.is_empty(),
        "console messages: {:?}",
        page.console
    );
    assert!(
        page.requests.is_empty(),
        "network requests: {:?}",
        page.requests
    );
    let summary = common::json(&out.join("summary.json"));
    let figures = headline(&page.dom);
    let objective = summary["objective"].as_f64().unwrap();
    for expected in [
        summary["students"].to_string(),
        format!("{} (", summary["placed"]),
        summary["unplaced"].to_string(),
        stageplan::report::page::num(objective, 2, stageplan::lang::Lang::Nl),
        "optimaal".to_string(),
    ] {
        assert!(
            figures.contains(&expected),
            "headline lacks '{expected}': {figures}"
        );
    }
    assert!(page.dom.contains("<svg"), "the charts are inline SVG");
    assert!(
        page.dom.contains("2026-11-25"),
        "the manifest carries SOURCE_DATE_EPOCH's day"
    );
    let png = std::fs::read(&shot).expect("the screenshot was written");
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 20_000,
        "a real screenshot: {} bytes",
        png.len()
    );
}

/// The checks above can fail: a page with a script error and a picture from elsewhere
/// (and no content policy) is caught on both counts.
#[test]
fn the_browser_check_catches_errors_and_requests() {
    let (dir, page) = common::scratch("bad.html");
    std::fs::write(
        &page,
        "<!DOCTYPE html><html><body><p>x</p><img src=\"http://example.com/logo.png\">\
         <script>notDefined()</script></body></html>",
    )
    .unwrap();
    let rendered = render(&page, None, dir.path());
    assert!(
        rendered.console.iter().any(|l| l.contains("notDefined")),
        "{:?}",
        rendered.console
    );
    assert!(
        rendered
            .requests
            .iter()
            .any(|r| r.contains("example.com/logo.png")),
        "{:?}",
        rendered.requests
    );
}

#[test]
fn a_sweep_writes_a_comparison_report() {
    let (dir, scenarios) = common::scratch("s.toml");
    std::fs::write(
        &scenarios,
        "[[scenario]]\nname = \"zonder reistijdgrens\"\nno_travel_limit = true\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    stageplan()
        .args([
            "sweep",
            "data/hos",
            "--lang",
            "nl",
            "--quiet",
            "--scenarios",
        ])
        .arg(&scenarios)
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let html = read(&out.join("report.html"));
    assert!(html.contains("zonder reistijdgrens") && html.contains(">basis<"));
    assert!(
        html.contains("s.toml"),
        "the scenario file is in the manifest"
    );
    let page = render(&out.join("report.html"), None, dir.path());
    assert!(page.console.is_empty() && page.requests.is_empty());
    assert!(read(&out.join("01-zonder-reistijdgrens/report.html")).contains("id=headline"));
    // Issue 16, item 11: each scenario's report names it in its title, the comparison
    // links to each report and shows every institute's placed students.
    let scenario = read(&out.join("01-zonder-reistijdgrens/report.html"));
    assert!(
        scenario.contains("<title>Stageplaatsingen in scenario &#39;zonder reistijdgrens&#39;"),
        "{}",
        &scenario[..400]
    );
    assert!(
        html.contains("<a href=\"01-zonder-reistijdgrens/report.html\">zonder reistijdgrens</a>")
    );
    assert!(html.contains("<a href=\"baseline/report.html\">basis</a>"));
    for chart in [
        "Geplaatste studenten per scenario",
        "Gemiddelde reistijd per scenario",
        "Langste reistijd per scenario",
        "Doelwaarde per scenario",
    ] {
        assert!(html.contains(&format!("<title>{chart}")), "{chart}");
    }
    for institute in ["HR", "HALO", "ICLON", "TUD"] {
        assert!(
            html.contains(&format!("<th class=n>geplaatst {institute}</th>")),
            "{institute}"
        );
    }
}

#[test]
fn the_report_shows_what_would_help_and_speaks_english_on_request() {
    let (_dir, out) = solve_hos("en", "2");
    let html = read(&out.join("report.html"));
    let diagnosis = common::json(&out.join("diagnosis.json"));
    assert!(html.contains("<html lang=\"en\">") && html.contains("What would help"));
    // Every verified suggestion of diagnosis.json is in the report with its gain.
    let items = diagnosis["suggestions"]["items"].as_array().unwrap();
    assert!(!items.is_empty(), "data/hos has verified suggestions");
    for s in items {
        let change = s["change"].as_str().unwrap();
        let gain = s["placed_extra"].as_i64().unwrap();
        let row = html
            .lines()
            .find(|l| l.contains(&stageplan::report::page::escape(change)))
            .unwrap_or_else(|| panic!("'{change}' is not in the report"));
        assert!(row.contains(&format!("{gain:+}")), "{row}");
    }
}

/// The section of `html` with id `id`.
fn section<'a>(html: &'a str, id: &str) -> &'a str {
    let start = html
        .find(&format!("<section id={id}>"))
        .unwrap_or_else(|| panic!("the report has a section '{id}'"));
    let end = html[start..].find("</section>").unwrap() + start;
    &html[start..end]
}

/// Issue 16, item 10: the stuurgroep sees whether the institutes are treated alike.
#[test]
fn the_report_breaks_the_plan_down_per_institute_and_track_with_a_map_of_journeys() {
    let (dir, out) = solve_hos("nl", "0");
    let html = read(&out.join("report.html"));
    let summary = common::json(&out.join("summary.json"));
    let institutes = section(&html, "institutes");
    assert!(institutes.contains("aandeel geplaatst"), "{institutes}");
    let rows: Vec<&str> = institutes
        .lines()
        .filter(|l| l.starts_with("<tr><td>"))
        .collect();
    assert_eq!(rows.len(), 4, "HR, HALO, ICLON and TUD: {institutes}");
    let cells = |row: &str| -> Vec<String> {
        row.split("<td")
            .skip(1)
            .map(|c| {
                c.split_once('>')
                    .unwrap()
                    .1
                    .split("</td>")
                    .next()
                    .unwrap()
                    .to_string()
            })
            .collect()
    };
    let (mut students, mut placed) = (0, 0);
    for (row, id) in rows.iter().zip(["HR", "HALO", "ICLON", "TUD"]) {
        let c = cells(row);
        assert!(c[0].starts_with(id), "{row}");
        assert!(c[3].ends_with(" %"), "a share as a percentage: {row}");
        students += c[1].parse::<u64>().unwrap();
        placed += c[2].parse::<u64>().unwrap();
    }
    assert_eq!(students, summary["students"].as_u64().unwrap());
    assert_eq!(placed, summary["placed"].as_u64().unwrap());
    // Unplaced by reason in words, the code small beside them, also per track.
    let tracks = section(&html, "tracks");
    assert!(
        tracks.contains("HR-VT2") && tracks.contains("TUD-SEC"),
        "{tracks}"
    );
    let unplaced: serde_json::Value = summary["unplaced"].clone();
    if unplaced.as_u64().unwrap() > 0 {
        assert!(
            tracks.contains("<small><code>R") && institutes.contains("<small><code>R"),
            "{tracks}"
        );
        let by_reason = section(&html, "unplaced");
        assert!(
            !by_reason.contains("<td><code>"),
            "words first: {by_reason}"
        );
    }
    // The map: a line per placed student with coordinates, a square per school.
    let map = section(&html, "map");
    assert!(
        map.contains("<svg") && map.contains("class=\"school\""),
        "{map}"
    );
    assert!(map.matches("class=\"trip\"").count() > 100, "{map}");
    let page = render(&out.join("report.html"), None, dir.path());
    assert!(page.console.is_empty() && page.requests.is_empty());
    // plan.xlsx has the same breakdown, its shares formatted as percentages.
    let book = std::fs::read(out.join("plan.xlsx")).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(book)).unwrap();
    let mut part = |name: &str| {
        let mut text = String::new();
        zip.by_name(name)
            .unwrap()
            .read_to_string(&mut text)
            .unwrap();
        text
    };
    let workbook = part("xl/workbook.xml");
    assert!(workbook.contains("Per instituut en traject"), "{workbook}");
    let styles = part("xl/styles.xml");
    assert!(styles.contains("0.0%"), "{styles}");
}
