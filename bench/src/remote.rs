//! The servers the HTTP rows run against, always in another process: a
//! server sharing the client's process (even on its own thread and runtime)
//! shares its allocator and its scheduling and can hide costs; one in
//! another process shares only the kernel, like a real server does.
//!
//! [`StaticServer`] is nginx when there is one ([`crate::nginx`]), else
//! [`Remote`]: `oz-bench serve --port 0 --stdin`, this same binary serving
//! the same fixtures with hyper.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running `oz-bench serve` child; dropping it stops it.
pub struct Remote {
    child: Child,
    /// `http://127.0.0.1:PORT/api/v1`.
    pub base_url: String,
}

impl Remote {
    /// Starts the child and waits for the base URL it prints once it listens.
    /// It stops when its stdin closes (this process ending, or [`Drop`]), or
    /// after `lifetime`.
    pub fn start(lifetime: Duration) -> Result<Remote, String> {
        let exe = std::env::current_exe().map_err(|e| e.to_string())?;
        let mut child = Command::new(&exe)
            .args(["serve", "--port", "0", "--stdin", "--seconds"])
            .arg(lifetime.as_secs().max(1).to_string())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| format!("cannot start {} serve: {e}", exe.display()))?;
        let stdout = child.stdout.take().ok_or("no stdout")?;
        let mut line = String::new();
        let read = BufReader::new(stdout).read_line(&mut line);
        let base_url = line.trim().to_owned();
        if read.is_err() || !base_url.starts_with("http://") {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!(
                "oz-bench serve printed no base URL ({:?})",
                base_url
            ));
        }
        Ok(Remote { child, base_url })
    }

    /// The child's process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }
}

impl Drop for Remote {
    fn drop(&mut self) {
        // Closing stdin asks the child to stop; it is killed if it has not
        // within two seconds.
        drop(self.child.stdin.take());
        let deadline = Instant::now() + Duration::from_secs(2);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The static server every HTTP row runs against: nginx in a child process
/// when there is one (see [`crate::nginx`]), else `oz-bench serve` in a
/// child process, with the reason printed and recorded.
pub enum StaticServer {
    /// nginx serving the fixtures as files.
    Nginx(crate::nginx::Nginx),
    /// `oz-bench serve`, and why not nginx.
    Fallback {
        /// The running server.
        remote: Remote,
        /// Why nginx is not used.
        why: String,
    },
}

impl StaticServer {
    /// Starts nginx, or the fallback when nginx is missing or fails to start.
    pub fn start(fixtures: &crate::fixtures::Fixtures) -> Result<StaticServer, String> {
        let why = match crate::nginx::locate() {
            Some(exe) => match crate::nginx::Nginx::start(&exe, fixtures, &nginx_dir()) {
                Ok(nginx) => return Ok(StaticServer::Nginx(nginx)),
                Err(e) => format!("nginx ({}) did not start: {e}", exe.display()),
            },
            None => format!(
                "nginx not found (install it with bench/install-nginx.sh, or name it in {})",
                crate::nginx::ENV_NGINX
            ),
        };
        eprintln!("oz-bench: {why}; serving from `oz-bench serve` in another process instead");
        Ok(StaticServer::Fallback {
            remote: Remote::start(crate::SERVER_LIFETIME)?,
            why,
        })
    }

    /// `nginx` or `oz-bench serve`: the rows' `server`.
    pub fn name(&self) -> &'static str {
        match self {
            StaticServer::Nginx(_) => "nginx",
            StaticServer::Fallback { .. } => "oz-bench serve",
        }
    }

    /// The base URL (`http://127.0.0.1:PORT/api/v1`).
    pub fn base_url(&self) -> &str {
        match self {
            StaticServer::Nginx(nginx) => &nginx.base_url,
            StaticServer::Fallback { remote, .. } => &remote.base_url,
        }
    }

    /// What serves, in words.
    pub fn describe(&self) -> String {
        match self {
            StaticServer::Nginx(nginx) => format!("{} ({})", nginx.version, nginx.exe.display()),
            StaticServer::Fallback { .. } => "oz-bench serve (hyper, another process)".into(),
        }
    }

    /// For the results: `kind`, `describe`, `pid`, `fallback_reason`.
    pub fn info(&self) -> serde_json::Value {
        let (pid, why) = match self {
            StaticServer::Nginx(nginx) => (nginx.pid(), None),
            StaticServer::Fallback { remote, why } => (remote.pid(), Some(why.clone())),
        };
        serde_json::json!({
            "kind": self.name(),
            "describe": self.describe(),
            "base_url": self.base_url(),
            "pid": pid,
            "fallback_reason": why,
        })
    }
}

/// nginx's prefix directory: `target/bench/nginx` beside this executable
/// (`target/release/oz-bench`), else one in the temporary directory.
fn nginx_dir() -> std::path::PathBuf {
    std::env::current_exe()
        .ok()
        .and_then(|exe| Some(exe.parent()?.parent()?.join("bench").join("nginx")))
        .filter(|dir| {
            dir.parent()
                .and_then(|p| p.parent())
                .is_some_and(|t| t.is_dir())
        })
        .unwrap_or_else(|| {
            std::env::temp_dir().join(format!("oz-bench-nginx-{}", std::process::id()))
        })
}
