//! The static HTTP server the floor is measured against: nginx serving the
//! fixtures as files, in a child process — what a user's plain client would
//! talk to in the simplest case, and a server whose cost is not ours.
//!
//! nginx is looked up in `OZ_BENCH_NGINX` (a path), then on `PATH`, then in
//! `/usr/sbin`, `/usr/local/sbin` and `/usr/local/nginx/sbin`;
//! `bench/install-nginx.sh` installs Debian's `nginx-light` where it is
//! missing. Without it the benchmark serves the same files from
//! `oz-bench serve` in another process (see [`crate::remote`]) and says so.
//!
//! The server gets its own prefix directory (`target/bench/nginx/`: the
//! configuration, the files, its logs and temporary files), one process
//! (`master_process off`), keep-alive without a request limit, no access
//! log, and the default static-file behaviour otherwise (`ETag`,
//! `Last-Modified`, `sendfile`). Its routes mirror [`crate::server`]:
//!
//! | request | file |
//! | --- | --- |
//! | `GET /api/v1/agent/runs/{id}` | `run.json` |
//! | `GET /api/v1/agent/runs/{id}/conversation` | `conversation.json` |
//! | `GET /api/v1/agent/runs[?cursor=pN]` | `pages/pN.json` (`p0` without a cursor) |
//! | `POST /api/v1/agent/runs` | `created.json` (the request body is read and discarded) |

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::fixtures::Fixtures;

/// Environment variable naming the nginx executable to use.
pub const ENV_NGINX: &str = "OZ_BENCH_NGINX";

/// Where nginx is looked for after `OZ_BENCH_NGINX` and `PATH`.
const USUAL_PLACES: [&str; 3] = [
    "/usr/sbin/nginx",
    "/usr/local/sbin/nginx",
    "/usr/local/nginx/sbin/nginx",
];

/// The nginx executable, if there is one.
pub fn locate() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os(ENV_NGINX).filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(path));
    }
    let on_path = std::env::var_os("PATH")
        .map(|paths| {
            std::env::split_paths(&paths)
                .map(|dir| dir.join("nginx"))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    on_path
        .into_iter()
        .chain(USUAL_PLACES.iter().map(PathBuf::from))
        .find(|p| p.is_file())
}

/// A running nginx; dropping it stops it.
pub struct Nginx {
    child: Child,
    /// `http://127.0.0.1:PORT/api/v1`.
    pub base_url: String,
    /// The executable.
    pub exe: PathBuf,
    /// Its version (`nginx -v`).
    pub version: String,
}

impl Nginx {
    /// Writes the fixtures and the configuration under `dir` and starts
    /// `exe` on a free loopback port; returns once it answers `get_run` with
    /// the fixture's bytes.
    pub fn start(exe: &Path, fixtures: &Fixtures, dir: &Path) -> Result<Nginx, String> {
        let version = version(exe)?;
        write_files(fixtures, dir)?;
        let port = free_port()?;
        let config = dir.join("nginx.conf");
        std::fs::write(&config, configuration(dir, port))
            .map_err(|e| format!("{}: {e}", config.display()))?;
        let mut command = Command::new(exe);
        command
            .arg("-p")
            .arg(dir)
            .arg("-e")
            .arg(dir.join("error.log"))
            .arg("-c")
            .arg(&config)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        // SAFETY: prctl is async-signal-safe; nothing else runs between fork and exec.
        unsafe {
            command.pre_exec(|| {
                // nginx ends with this process, whatever ends it. (The signal
                // comes when the *thread* that started it ends: oz-bench
                // starts it from its main thread.)
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGTERM);
                Ok(())
            });
        }
        let child = command
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", exe.display()))?;
        let mut nginx = Nginx {
            child,
            base_url: format!("http://127.0.0.1:{port}/api/v1"),
            exe: exe.to_owned(),
            version,
        };
        nginx.wait_until_serving(port, &fixtures.run, dir)?;
        Ok(nginx)
    }

    fn wait_until_serving(&mut self, port: u16, run: &[u8], dir: &Path) -> Result<(), String> {
        let deadline = Instant::now() + Duration::from_secs(10);
        let log = || {
            std::fs::read_to_string(dir.join("error.log"))
                .map(|l| l.lines().rev().take(5).collect::<Vec<_>>().join(" | "))
                .unwrap_or_default()
        };
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Err(format!("nginx exited ({status}): {}", log()));
            }
            if let Ok(body) = get(port, "/api/v1/agent/runs/run-1") {
                return if body == run {
                    Ok(())
                } else {
                    Err("nginx answers get_run with something else than the fixture".into())
                };
            }
            if Instant::now() > deadline {
                return Err(format!("nginx did not answer within 10 s: {}", log()));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The child's process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn version(exe: &Path) -> Result<String, String> {
    let out = Command::new(exe)
        .arg("-v")
        .output()
        .map_err(|e| format!("cannot run {}: {e}", exe.display()))?;
    // `nginx -v` prints `nginx version: nginx/1.22.1` on stderr.
    let text = String::from_utf8_lossy(&out.stderr);
    Ok(text
        .trim()
        .strip_prefix("nginx version: ")
        .unwrap_or(text.trim())
        .to_owned())
}

/// A loopback port nothing listens on right now.
fn free_port() -> Result<u16, String> {
    TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0)))
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .map_err(|e| format!("no free port: {e}"))
}

/// The body of `GET path` over a fresh connection (HTTP/1.0: the body ends
/// with the connection), for the readiness check.
fn get(port: u16, path: &str) -> std::io::Result<Vec<u8>> {
    let mut stream = TcpStream::connect(SocketAddr::from(([127, 0, 0, 1], port)))?;
    stream.set_read_timeout(Some(Duration::from_secs(2)))?;
    write!(stream, "GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")?;
    let mut response = Vec::new();
    stream.read_to_end(&mut response)?;
    let split = response
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or_else(|| std::io::Error::other("no header end"))?;
    if !response.starts_with(b"HTTP/1.1 200") {
        return Err(std::io::Error::other("not 200"));
    }
    Ok(response[split + 4..].to_vec())
}

/// The fixtures as files under `dir/www`.
pub fn write_files(fixtures: &Fixtures, dir: &Path) -> Result<(), String> {
    let www = dir.join("www");
    let pages = www.join("pages");
    for d in [&pages, &dir.join("tmp")] {
        std::fs::create_dir_all(d).map_err(|e| format!("{}: {e}", d.display()))?;
    }
    let write = |path: PathBuf, body: &[u8]| {
        std::fs::write(&path, body).map_err(|e| format!("{}: {e}", path.display()))
    };
    write(www.join("run.json"), &fixtures.run)?;
    write(www.join("conversation.json"), &fixtures.conversation)?;
    write(www.join("created.json"), &fixtures.created)?;
    for (n, page) in fixtures.pages.iter().enumerate() {
        write(pages.join(format!("p{n}.json")), page)?;
    }
    Ok(())
}

/// The configuration: one process in the foreground, the routes of the
/// module docs, nothing logged but errors.
fn configuration(dir: &Path, port: u16) -> String {
    let dir = dir.display();
    format!(
        r#"# Written by oz-bench (bench/src/nginx.rs); rewritten on every run.
daemon off;
master_process off;
worker_processes 1;
pid {dir}/nginx.pid;
error_log {dir}/error.log warn;
events {{
    worker_connections 1024;
}}
http {{
    access_log off;
    types {{ application/json json; }}
    default_type application/json;
    client_body_temp_path {dir}/tmp/body;
    proxy_temp_path {dir}/tmp/proxy;
    fastcgi_temp_path {dir}/tmp/fastcgi;
    uwsgi_temp_path {dir}/tmp/uwsgi;
    scgi_temp_path {dir}/tmp/scgi;
    keepalive_timeout 1200s;
    keepalive_requests 100000000;
    sendfile on;
    tcp_nodelay on;
    map $arg_cursor $page {{
        "~^p[0-9]+$" $arg_cursor;
        default p0;
    }}
    server {{
        listen 127.0.0.1:{port};
        root {dir}/www;
        location = /api/v1/agent/runs {{
            # POST: the static module answers 405, turned into the created run.
            error_page 405 =200 /created.json;
            try_files /pages/$page.json =400;
        }}
        location ~ "^/api/v1/agent/runs/[^/]+/conversation$" {{
            try_files /conversation.json =404;
        }}
        location ~ "^/api/v1/agent/runs/[^/]+$" {{
            try_files /run.json =404;
        }}
        location = /created.json {{
            internal;
        }}
    }}
}}
"#
    )
}
