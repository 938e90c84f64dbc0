//! A loopback HTTP/1.1 server that answers each request with the next reply
//! of a script (or what a handler makes of it) and records what it
//! received. Unlike a mock matcher it can answer in sequence (503 then
//! 200), stall, hang up, or break off a body.
#![allow(dead_code)]

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// How the server answers one request.
#[derive(Clone, Debug)]
pub enum Reply {
    /// A complete response.
    Respond {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    },
    /// Wait (on tokio's clock), then answer.
    Delay(Duration, Box<Reply>),
    /// Hang up without answering.
    Close,
    /// Send the head with `Content-Length: declared`, then only `body`, then hang up.
    Truncated {
        status: u16,
        declared: usize,
        body: Vec<u8>,
    },
    /// Send a chunked body of `chunk` repeated `count` times (a huge body).
    Endless { chunk: Vec<u8>, count: usize },
    /// Whatever reply the cell holds when the request arrives (a script the
    /// test changes as it goes, e.g. one reply per property-test case).
    Shared(Arc<Mutex<Reply>>),
    /// Send the head with `Content-Length: declared` and only `body`, then
    /// reset the connection (RST, not FIN): a connection reset mid-body.
    ResetMidBody {
        status: u16,
        declared: usize,
        body: Vec<u8>,
    },
    /// Send these bytes as they are (not necessarily HTTP), then hang up.
    RawBytes(Vec<u8>),
    /// Send the head (with `Content-Length`), then the body one byte every
    /// `every` (on tokio's clock): a body slower than any sane timeout.
    Trickle {
        status: u16,
        body: Vec<u8>,
        every: Duration,
    },
    /// A 200 with a chunked body: `chunk`, `count` times, each after
    /// `every` (on tokio's clock); after `stall_after` chunks, if given, it
    /// goes silent instead.
    Paced {
        chunk: Vec<u8>,
        count: usize,
        every: Duration,
        stall_after: Option<usize>,
    },
}

impl Reply {
    pub fn status(status: u16) -> Reply {
        Reply::Respond {
            status,
            headers: vec![],
            body: vec![],
        }
    }
    pub fn json(status: u16, body: serde_json::Value) -> Reply {
        Reply::Respond {
            status,
            headers: vec![("content-type".into(), "application/json".into())],
            body: body.to_string().into_bytes(),
        }
    }
    pub fn raw(status: u16, content_type: &str, body: &[u8]) -> Reply {
        Reply::Respond {
            status,
            headers: vec![("content-type".into(), content_type.into())],
            body: body.to_vec(),
        }
    }
    pub fn header(mut self, name: &str, value: &str) -> Reply {
        if let Reply::Respond { headers, .. } = &mut self {
            headers.push((name.into(), value.into()));
        }
        self
    }
    pub fn after(self, wait: Duration) -> Reply {
        Reply::Delay(wait, Box::new(self))
    }
    /// A reply the test can change between requests: put it in the script
    /// and set the cell before each request.
    pub fn shared(cell: &Arc<Mutex<Reply>>) -> Reply {
        Reply::Shared(cell.clone())
    }
}

/// A request as the server received it.
#[derive(Clone, Debug)]
pub struct Received {
    pub method: String,
    pub target: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Received {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Every value of header `name`, in order.
    pub fn header_values(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// The target's path, without the query.
    pub fn path(&self) -> &str {
        self.target.split('?').next().unwrap_or_default()
    }

    /// The decoded value of query parameter `name`, if present.
    pub fn query(&self, name: &str) -> Option<String> {
        let query = self.target.split_once('?')?.1;
        url::form_urlencoded::parse(query.as_bytes())
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.into_owned())
    }

    /// The body as JSON, if it is.
    pub fn json(&self) -> Option<serde_json::Value> {
        serde_json::from_slice(&self.body).ok()
    }
}

/// Answers a request: gets it and its index (from 0) among all received.
pub type Handler = Arc<dyn Fn(&Received, usize) -> Reply + Send + Sync>;

/// Where replies come from.
#[derive(Clone)]
enum Source {
    /// In order; the last repeats.
    Script(Arc<Vec<Reply>>),
    Handler(Handler),
}

/// The server; stops when dropped.
pub struct ScriptedServer {
    port: u16,
    received: Arc<Mutex<Vec<Received>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for ScriptedServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl ScriptedServer {
    /// Answers requests with `script` in order; the last reply repeats.
    pub async fn start(script: Vec<Reply>) -> ScriptedServer {
        assert!(!script.is_empty());
        Self::serve_from(Source::Script(Arc::new(script))).await
    }

    /// Answers each request with what `handler` makes of it (and of its
    /// index among all requests received, from 0).
    pub async fn handle(
        handler: impl Fn(&Received, usize) -> Reply + Send + Sync + 'static,
    ) -> ScriptedServer {
        Self::serve_from(Source::Handler(Arc::new(handler))).await
    }

    async fn serve_from(script: Source) -> ScriptedServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let received = Arc::new(Mutex::new(Vec::new()));
        let log = received.clone();
        let task = tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                // Head and body go out in separate writes; without this,
                // Nagle's algorithm and delayed ACKs add 40 ms to each reply.
                let _ = stream.set_nodelay(true);
                let log = log.clone();
                let script = script.clone();
                tokio::spawn(async move {
                    let _ = serve(stream, log, script).await;
                });
            }
        });
        ScriptedServer {
            port,
            received,
            task,
        }
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn received(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }

    pub fn count(&self) -> usize {
        self.received.lock().unwrap().len()
    }
}

async fn serve(
    mut stream: TcpStream,
    log: Arc<Mutex<Vec<Received>>>,
    script: Source,
) -> std::io::Result<()> {
    let mut buffer = Vec::new();
    loop {
        let Some(request) = read_request(&mut stream, &mut buffer).await? else {
            return Ok(());
        };
        let index = {
            let mut log = log.lock().unwrap();
            log.push(request.clone());
            log.len() - 1
        };
        let reply = match &script {
            Source::Script(script) => script[index.min(script.len() - 1)].clone(),
            Source::Handler(handler) => handler(&request, index),
        };
        if !write_reply(&mut stream, reply).await? {
            return Ok(());
        }
    }
}

async fn read_request(
    stream: &mut TcpStream,
    buffer: &mut Vec<u8>,
) -> std::io::Result<Option<Received>> {
    let head_end = loop {
        if let Some(i) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        let mut chunk = [0u8; 4096];
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            return Ok(None);
        }
        buffer.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buffer[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut first = lines.next().unwrap_or_default().split(' ');
    let method = first.next().unwrap_or_default().to_owned();
    let target = first.next().unwrap_or_default().to_owned();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let length = headers
        .iter()
        .find(|(n, _)| n == "content-length")
        .and_then(|(_, v)| v.parse::<usize>().ok())
        .unwrap_or(0);
    while buffer.len() < head_end + length {
        let mut chunk = [0u8; 4096];
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            return Ok(None);
        }
        buffer.extend_from_slice(&chunk[..n]);
    }
    let body = buffer[head_end..head_end + length].to_vec();
    buffer.drain(..head_end + length);
    Ok(Some(Received {
        method,
        target,
        headers,
        body,
    }))
}

/// Writes the reply; returns whether the connection stays open.
async fn write_reply(stream: &mut TcpStream, reply: Reply) -> std::io::Result<bool> {
    match reply {
        Reply::Delay(wait, reply) => {
            tokio::time::sleep(wait).await;
            Box::pin(write_reply(stream, *reply)).await
        }
        Reply::Close => Ok(false),
        Reply::Respond {
            status,
            headers,
            body,
        } => {
            let mut head = format!(
                "HTTP/1.1 {status} {}\r\ncontent-length: {}\r\n",
                reason(status),
                body.len()
            );
            for (name, value) in headers {
                head.push_str(&format!("{name}: {value}\r\n"));
            }
            head.push_str("\r\n");
            stream.write_all(head.as_bytes()).await?;
            stream.write_all(&body).await?;
            stream.flush().await?;
            Ok(true)
        }
        Reply::Truncated {
            status,
            declared,
            body,
        } => {
            let head = format!(
                "HTTP/1.1 {status} {}\r\ncontent-type: application/json\r\ncontent-length: {declared}\r\n\r\n",
                reason(status)
            );
            stream.write_all(head.as_bytes()).await?;
            stream.write_all(&body).await?;
            stream.flush().await?;
            Ok(false)
        }
        Reply::Endless { chunk, count } => {
            stream
                .write_all(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n")
                .await?;
            for _ in 0..count {
                stream
                    .write_all(format!("{:x}\r\n", chunk.len()).as_bytes())
                    .await?;
                stream.write_all(&chunk).await?;
                stream.write_all(b"\r\n").await?;
            }
            stream.write_all(b"0\r\n\r\n").await?;
            Ok(true)
        }
        Reply::Shared(cell) => {
            let reply = cell.lock().unwrap().clone();
            Box::pin(write_reply(stream, reply)).await
        }
        Reply::ResetMidBody {
            status,
            declared,
            body,
        } => {
            let head = format!(
                "HTTP/1.1 {status} {}\r\ncontent-type: application/json\r\ncontent-length: {declared}\r\n\r\n",
                reason(status)
            );
            stream.write_all(head.as_bytes()).await?;
            stream.write_all(&body).await?;
            stream.flush().await?;
            // Let the client read the head and the first bytes before the reset.
            tokio::time::sleep(Duration::from_millis(20)).await;
            // SO_LINGER 0: closing sends RST instead of FIN, without blocking.
            #[allow(deprecated)]
            stream.set_linger(Some(Duration::ZERO))?;
            Ok(false)
        }
        Reply::RawBytes(bytes) => {
            stream.write_all(&bytes).await?;
            stream.flush().await?;
            Ok(false)
        }
        Reply::Paced {
            chunk,
            count,
            every,
            stall_after,
        } => {
            stream
                .write_all(b"HTTP/1.1 200 OK\r\ncontent-type: application/octet-stream\r\ntransfer-encoding: chunked\r\n\r\n")
                .await?;
            stream.flush().await?;
            for sent in 0..count {
                if stall_after == Some(sent) {
                    tokio::time::sleep(Duration::from_secs(3600)).await;
                }
                tokio::time::sleep(every).await;
                stream
                    .write_all(format!("{:x}\r\n", chunk.len()).as_bytes())
                    .await?;
                stream.write_all(&chunk).await?;
                stream.write_all(b"\r\n").await?;
                stream.flush().await?;
            }
            stream.write_all(b"0\r\n\r\n").await?;
            stream.flush().await?;
            Ok(true)
        }
        Reply::Trickle {
            status,
            body,
            every,
        } => {
            let head = format!(
                "HTTP/1.1 {status} {}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
                reason(status),
                body.len()
            );
            stream.write_all(head.as_bytes()).await?;
            stream.flush().await?;
            for byte in body {
                tokio::time::sleep(every).await;
                stream.write_all(&[byte]).await?;
                stream.flush().await?;
            }
            Ok(true)
        }
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        204 => "No Content",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        307 => "Temporary Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        404 => "Not Found",
        408 => "Request Timeout",
        403 => "Forbidden",
        409 => "Conflict",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Status",
    }
}
